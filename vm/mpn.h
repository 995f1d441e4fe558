// vm/mpn.h: natural-number digit arrays, the layer under Python's arbitrary-precision int.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A natural number is a pointer to little-endian digits plus a length: `(a, an)` means
// a[0] + a[1] * 2^32 + ... + a[an - 1] * 2^(32 * (an - 1)). Inputs are normalized (no leading
// zero digit; an == 0 means zero) unless a function says otherwise, and every function that
// produces a number returns the normalized length of its result.
//
// Why 32-bit digits: kinglet's main targets are Cortex-M3/M4 parts, whose UMULL and UMLAL give a
// full 32x32->64 product in one instruction, so the inner loops (multiply-accumulate with a
// uint64_t double digit) compile to straight-line code. A 16-bit digit would waste half of every
// multiply; a 64-bit digit would need a 128-bit product the core lacks. Division is the one
// operation these cores cannot do in hardware for a double digit (UDIV is 32/32 only), so the
// dividers below multiply by a precomputed reciprocal (Moller and Granlund, "Improved division by
// invariant integers", 2011) instead of using the C `/` on uint64_t, which is a library call there.
//
// Memory: nothing here allocates. The caller passes the result array, sized by the rule written
// beside each function, and, where a function needs temporaries, a scratch array whose size a
// `..._scratch_len` function reports. Sizes are counted in digits, not bytes. A result array may
// alias an input only where the function says so.
//
// Signs live in the int layer (sign and magnitude). The `_signed` helpers give Python's infinite
// two's-complement meaning to & | ^ ~ >> on sign-magnitude operands, so `-5 & 3 == 3`,
// `-5 | 3 == -5`, `-5 ^ 3 == -8`, `~5 == -6` and `-5 >> 1 == -3` at any size. Their `neg`
// arguments are ignored for a zero operand, and they never report a negative zero.

#ifndef KL_INCLUDED_VM_MPN_H
#define KL_INCLUDED_VM_MPN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint32_t kl_mpn_dig_t;
typedef uint64_t kl_mpn_ddig_t;

#define KL_MPN_DIG_BITS (32)
#define KL_MPN_DIG_MAX (UINT32_MAX)

// Digits kl_mpn_from_double needs: 32 for |x| < 2^1024, plus one its shift may touch.
#define KL_MPN_DOUBLE_DIGS (33)
// Digits needed for a uint64_t.
#define KL_MPN_U64_DIGS (2)

// ==== Basics ====

// Length of [a, an) once leading zero digits are dropped.
size_t kl_mpn_norm(const kl_mpn_dig_t *a, size_t an);
// -1, 0 or 1 as a < b, a == b, a > b.
int kl_mpn_cmp(const kl_mpn_dig_t *a, size_t an, const kl_mpn_dig_t *b, size_t bn);
// Number of bits of a, 0 for zero (Python's int.bit_length of the magnitude).
size_t kl_mpn_bit_length(const kl_mpn_dig_t *a, size_t an);
// r (KL_MPN_U64_DIGS digits) = v.
size_t kl_mpn_from_u64(kl_mpn_dig_t *r, uint64_t v);
// True and *v set when a fits in a uint64_t.
bool kl_mpn_to_u64(const kl_mpn_dig_t *a, size_t an, uint64_t *v);

// ==== Addition and subtraction ====

// r = a + b. r needs max(an, bn) + 1 digits; r may be a or b.
size_t kl_mpn_add(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t an, const kl_mpn_dig_t *b,
                  size_t bn);
// r = a - b, requires a >= b. r needs an digits; r may be a or b.
size_t kl_mpn_sub(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t an, const kl_mpn_dig_t *b,
                  size_t bn);
// r = a + d. r needs an + 1 digits; r may be a.
size_t kl_mpn_add_1(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t an, kl_mpn_dig_t d);
// r = a - d, requires a >= d. r needs an digits (1 if an == 0); r may be a.
size_t kl_mpn_sub_1(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t an, kl_mpn_dig_t d);

// ==== Multiplication ====

// r = a * m + c. r needs an + 1 digits; r may be a. The step of base conversion.
size_t kl_mpn_mul_1_add(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t an, kl_mpn_dig_t m,
                        kl_mpn_dig_t c);
// r[0 .. n) -= a[0 .. n) * m, [a, n) not necessarily normalized; returns the borrow out of the
// top digit. Nothing is normalized: this is the inner step of long division, exported for numfmt.
kl_mpn_dig_t kl_mpn_submul_1(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t n, kl_mpn_dig_t m);
// Scratch digits kl_mpn_mul and kl_mpn_sqr need. Zero below the Karatsuba threshold (both
// operands shorter than KL_MPN_KARATSUBA_DIGS digits), where scratch may be NULL.
size_t kl_mpn_mul_scratch_len(size_t an, size_t bn);
// r = a * b. r needs an + bn digits and must not overlap a or b. Schoolbook below the threshold,
// Karatsuba above it.
size_t kl_mpn_mul(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t an, const kl_mpn_dig_t *b,
                  size_t bn, kl_mpn_dig_t *scratch);
// r = a * a, about twice as fast as kl_mpn_mul(a, a). r needs 2 * an digits, no overlap with a;
// scratch: kl_mpn_mul_scratch_len(an, an).
size_t kl_mpn_sqr(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t an, kl_mpn_dig_t *scratch);

// Below this many digits kl_mpn_mul uses the schoolbook method; squaring's schoolbook method
// does half the work, so it stays ahead of Karatsuba longer. Measured on x86-64; retune per core.
#define KL_MPN_KARATSUBA_DIGS (32)
#define KL_MPN_KARATSUBA_SQR_DIGS (48)

// ==== Division ====

// q = a / d, returns a % d; d != 0. q needs an digits (may be a); *qn gets q's length.
kl_mpn_dig_t kl_mpn_div_1(kl_mpn_dig_t *q, size_t *qn, const kl_mpn_dig_t *a, size_t an,
                          kl_mpn_dig_t d);
// Scratch digits kl_mpn_divmod needs: an + bn + 1.
size_t kl_mpn_divmod_scratch_len(size_t an, size_t bn);
// q = a / b and r = a % b (floor division of naturals, Knuth's algorithm D); bn >= 1.
// q needs max(an - bn + 1, 1) digits, r needs bn digits; either may be NULL when not wanted
// (its length pointer may then be NULL too). q and r must not overlap a, b or each other.
void kl_mpn_divmod(kl_mpn_dig_t *q, size_t *qn, kl_mpn_dig_t *r, size_t *rn, const kl_mpn_dig_t *a,
                   size_t an, const kl_mpn_dig_t *b, size_t bn, kl_mpn_dig_t *scratch);

// ==== Shifts and bitwise operations on magnitudes ====

// r = a << nbits. r needs an + nbits / 32 + 1 digits; r may be a.
size_t kl_mpn_shl(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t an, size_t nbits);
// r = a >> nbits. r needs max(an - nbits / 32, 0) digits; r may be a.
size_t kl_mpn_shr(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t an, size_t nbits);
// r = a & b, r needs min(an, bn) digits; r = a | b and r = a ^ b, max(an, bn) digits;
// r = a & ~b, an digits. r may be a or b.
size_t kl_mpn_and(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t an, const kl_mpn_dig_t *b,
                  size_t bn);
size_t kl_mpn_or(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t an, const kl_mpn_dig_t *b,
                 size_t bn);
size_t kl_mpn_xor(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t an, const kl_mpn_dig_t *b,
                  size_t bn);
size_t kl_mpn_andnot(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t an, const kl_mpn_dig_t *b,
                     size_t bn);

// ==== Python's two's-complement operations on sign-magnitude operands ====
// Operand x is (x, xn) negated when xneg. The result magnitude goes to r, its sign to *rneg.

// r = a & b, a | b, a ^ b. r needs max(an, bn) + 1 digits; r may be a or b.
size_t kl_mpn_and_signed(kl_mpn_dig_t *r, bool *rneg, const kl_mpn_dig_t *a, size_t an, bool aneg,
                         const kl_mpn_dig_t *b, size_t bn, bool bneg);
size_t kl_mpn_or_signed(kl_mpn_dig_t *r, bool *rneg, const kl_mpn_dig_t *a, size_t an, bool aneg,
                        const kl_mpn_dig_t *b, size_t bn, bool bneg);
size_t kl_mpn_xor_signed(kl_mpn_dig_t *r, bool *rneg, const kl_mpn_dig_t *a, size_t an, bool aneg,
                         const kl_mpn_dig_t *b, size_t bn, bool bneg);
// r = ~a = -a - 1. r needs an + 1 digits; r may be a.
size_t kl_mpn_invert_signed(kl_mpn_dig_t *r, bool *rneg, const kl_mpn_dig_t *a, size_t an,
                            bool aneg);
// r = a >> nbits, rounding toward minus infinity like Python. r needs
// max(an - nbits / 32, 0) + 1 digits; r may be a.
size_t kl_mpn_shr_signed(kl_mpn_dig_t *r, bool *rneg, const kl_mpn_dig_t *a, size_t an, bool aneg,
                         size_t nbits);

// ==== Text ====
// Digit characters are 0-9 then a-z (lowercase) for bases 2 to 36.

// Upper bound on the characters kl_mpn_to_str writes for an an-digit number (at least 1).
size_t kl_mpn_str_len(size_t an, unsigned base);
// Writes a in [base] (2 to 36) to buf, without sign, prefix or NUL; returns the character count.
// buf needs kl_mpn_str_len(an, base) characters. scratch needs an digits and may be a itself, in
// which case a is destroyed; power-of-two bases do not touch it (it may be NULL for them).
// Decimal output divides by 10^9 per step, so it costs about n^2 / 18 digit operations.
size_t kl_mpn_to_str(char *buf, const kl_mpn_dig_t *a, size_t an, unsigned base,
                     kl_mpn_dig_t *scratch);
// Upper bound on the digits kl_mpn_from_str produces from len characters.
size_t kl_mpn_from_str_len(size_t len, unsigned base);
// r = the value of the len characters at s in [base] (2 to 36). The caller has validated them:
// every character is a digit (either case) below base or '_'; underscores are skipped without
// any check of where they stand (the lexer and int() check that). r needs
// kl_mpn_from_str_len(len, base) digits.
size_t kl_mpn_from_str(kl_mpn_dig_t *r, const char *s, size_t len, unsigned base);

// ==== Conversions with double ====
// All correctly rounded to nearest, ties to even, including results in the subnormal range. They
// set *overflow to whether the result overflowed, returning HUGE_VAL then (Python raises
// OverflowError). Operands are limited to 2^26 digits (the exponent arithmetic uses long).

// The double nearest to a.
double kl_mpn_to_double(const kl_mpn_dig_t *a, size_t an, bool *overflow);
// The double nearest to a * 2^exp2.
double kl_mpn_to_double_scaled(const kl_mpn_dig_t *a, size_t an, long exp2, bool *overflow);
// r = trunc(|x|) for finite x; r needs KL_MPN_DOUBLE_DIGS digits.
size_t kl_mpn_from_double(kl_mpn_dig_t *r, double x);
// Scratch digits for kl_mpn_truediv and kl_mpn_truediv_scaled: 2 * max(an, bn) + 6.
size_t kl_mpn_truediv_scratch_len(size_t an, size_t bn);
// The double nearest to a / b (Python's int / int), b != 0. (10**400) / (10**399) == 10.0.
double kl_mpn_truediv(const kl_mpn_dig_t *a, size_t an, const kl_mpn_dig_t *b, size_t bn,
                      kl_mpn_dig_t *scratch, bool *overflow);
// The double nearest to a / b * 2^exp2, b != 0 (used by decimal-to-float conversion).
double kl_mpn_truediv_scaled(const kl_mpn_dig_t *a, size_t an, const kl_mpn_dig_t *b, size_t bn,
                             long exp2, kl_mpn_dig_t *scratch, bool *overflow);

#endif // KL_INCLUDED_VM_MPN_H
