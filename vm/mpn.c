// vm/mpn.c: natural-number digit arrays, the layer under Python's arbitrary-precision int.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The algorithms are the classical ones of Knuth, TAOCP vol. 2, section 4.3: schoolbook
// multiplication, algorithm D for long division, and Karatsuba's split for large products.
// Division by a digit that stays fixed across a loop (one-digit division, the leading divisor
// digit in algorithm D, the 10^9 of decimal output) multiplies by a reciprocal computed once,
// following Moller and Granlund: for a normalized divisor d (top bit set) let
// v = floor((2^64 - 1) / d) - 2^32; then a two-digit dividend below d * 2^32 is divided with two
// multiplications and at most two corrections. On Cortex-M3 that replaces a call to the
// 64-by-64-bit division routine per digit.
//
// Conversion to double truncates the exact value to at least 55 significant bits plus a sticky
// bit (set when anything nonzero was dropped), then rounds once, to 53 bits or to fewer in the
// subnormal range, so there is never a second rounding. True division gets its 55+ bits from one
// long division and the sticky bit from the remainder.

#include "vm/mpn.h"
#include "vm/config.h"

// Used by big ints, the exact float conversions of vm/numfmt.c and random's draws of any size;
// a build with none of them leaves the file out.
#if KL_CFG_BIGINT || KL_CFG_FLOAT || KL_CFG_MODULE_RANDOM

#include <math.h>
#include <string.h>

// ==== Digit helpers ====

#define DIG_BITS KL_MPN_DIG_BITS
#define DIG_MAX KL_MPN_DIG_MAX

typedef kl_mpn_dig_t dig_t;
typedef kl_mpn_ddig_t ddig_t;

// Count of leading zero bits of a nonzero digit.
static int clz_dig(dig_t x) {
#if defined(__GNUC__)
    return __builtin_clz(x);
#else
    int n = 0;
    while (!(x & 0x80000000u)) {
        x <<= 1;
        n++;
    }
    return n;
#endif
}

static int bitlen_u64(uint64_t x) {
    if (x >> 32) {
        return 64 - clz_dig((dig_t)(x >> 32));
    }
    return x ? 32 - clz_dig((dig_t)x) : 0;
}

static void copy_digs(dig_t *r, const dig_t *a, size_t n) {
    if (n > 0 && r != a) {
        memmove(r, a, n * sizeof(dig_t));
    }
}

static void zero_digs(dig_t *r, size_t n) {
    if (n > 0) {
        memset(r, 0, n * sizeof(dig_t));
    }
}

// The reciprocal v = floor((2^64 - 1) / d) - 2^32 of a normalized digit d.
static dig_t reciprocal(dig_t d) {
    return (dig_t)((((ddig_t)(dig_t)~d << DIG_BITS) | DIG_MAX) / d);
}

// Divides [u1 u0] by the normalized d with reciprocal v; requires u1 < d. Returns the quotient
// and stores the remainder in *r. All arithmetic wraps on purpose (it is modular in the paper).
static dig_t div_2by1(dig_t u1, dig_t u0, dig_t d, dig_t v, dig_t *r) {
    ddig_t p = (ddig_t)v * u1 + (((ddig_t)u1 << DIG_BITS) | u0);
    dig_t q1 = (dig_t)(p >> DIG_BITS) + 1;
    dig_t q0 = (dig_t)p;
    dig_t rem = (dig_t)(u0 - q1 * d);
    if (rem > q0) {
        q1--;
        rem += d;
    }
    if (rem >= d) {
        q1++;
        rem -= d;
    }
    *r = rem;
    return q1;
}

// ==== Basics ====

size_t kl_mpn_norm(const kl_mpn_dig_t *a, size_t an) {
    while (an > 0 && a[an - 1] == 0) {
        an--;
    }
    return an;
}

int kl_mpn_cmp(const kl_mpn_dig_t *a, size_t an, const kl_mpn_dig_t *b, size_t bn) {
    if (an != bn) {
        return an < bn ? -1 : 1;
    }
    while (an > 0) {
        an--;
        if (a[an] != b[an]) {
            return a[an] < b[an] ? -1 : 1;
        }
    }
    return 0;
}

size_t kl_mpn_bit_length(const kl_mpn_dig_t *a, size_t an) {
    if (an == 0) {
        return 0;
    }
    return an * DIG_BITS - (size_t)clz_dig(a[an - 1]);
}

size_t kl_mpn_from_u64(kl_mpn_dig_t *r, uint64_t v) {
    r[0] = (dig_t)v;
    r[1] = (dig_t)(v >> DIG_BITS);
    return kl_mpn_norm(r, 2);
}

bool kl_mpn_to_u64(const kl_mpn_dig_t *a, size_t an, uint64_t *v) {
    if (an > 2) {
        return false;
    }
    uint64_t x = 0;
    if (an > 1) {
        x = (uint64_t)a[1] << DIG_BITS;
    }
    if (an > 0) {
        x |= a[0];
    }
    *v = x;
    return true;
}

// ==== Addition and subtraction ====

// r[0 .. n) = a + b over n digits each; returns the carry. r may be a or b.
static dig_t add_n(dig_t *r, const dig_t *a, const dig_t *b, size_t n) {
    ddig_t c = 0;
    for (size_t i = 0; i < n; i++) {
        c += (ddig_t)a[i] + b[i];
        r[i] = (dig_t)c;
        c >>= DIG_BITS;
    }
    return (dig_t)c;
}

// r[0 .. n) = a - b over n digits each; returns the borrow. r may be a or b.
static dig_t sub_n(dig_t *r, const dig_t *a, const dig_t *b, size_t n) {
    dig_t borrow = 0;
    for (size_t i = 0; i < n; i++) {
        dig_t x = a[i];
        dig_t y = b[i];
        dig_t t = x - y - borrow;
        borrow = (x < y) || (x == y && borrow);
        r[i] = t;
    }
    return borrow;
}

// Adds d into r[0 .. n) in place; returns the carry out.
static dig_t add_1_in(dig_t *r, size_t n, dig_t d) {
    for (size_t i = 0; i < n && d; i++) {
        dig_t t = r[i] + d;
        d = t < d;
        r[i] = t;
    }
    return d;
}

// Subtracts d from r[0 .. n) in place; returns the borrow out.
static dig_t sub_1_in(dig_t *r, size_t n, dig_t d) {
    for (size_t i = 0; i < n && d; i++) {
        dig_t t = r[i];
        r[i] = t - d;
        d = t < d;
    }
    return d;
}

size_t kl_mpn_add(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t an, const kl_mpn_dig_t *b,
                  size_t bn) {
    if (an < bn) {
        const dig_t *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    ddig_t c = add_n(r, a, b, bn);
    for (size_t i = bn; i < an; i++) {
        c += a[i];
        r[i] = (dig_t)c;
        c >>= DIG_BITS;
    }
    r[an] = (dig_t)c;
    return an + (c != 0);
}

size_t kl_mpn_sub(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t an, const kl_mpn_dig_t *b,
                  size_t bn) {
    dig_t borrow = sub_n(r, a, b, bn);
    for (size_t i = bn; i < an; i++) {
        dig_t x = a[i];
        r[i] = x - borrow;
        borrow = x < borrow;
    }
    return kl_mpn_norm(r, an);
}

size_t kl_mpn_add_1(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t an, kl_mpn_dig_t d) {
    copy_digs(r, a, an);
    r[an] = add_1_in(r, an, d);
    return an + (r[an] != 0);
}

size_t kl_mpn_sub_1(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t an, kl_mpn_dig_t d) {
    if (an == 0) {
        // Only d == 0 is allowed here.
        return 0;
    }
    copy_digs(r, a, an);
    sub_1_in(r, an, d);
    return kl_mpn_norm(r, an);
}

// ==== Multiplication ====

// r[0 .. n) = a * m + c; returns the high digit. r may be a.
static dig_t mul_1(dig_t *r, const dig_t *a, size_t n, dig_t m, dig_t c) {
    ddig_t acc = c;
    for (size_t i = 0; i < n; i++) {
        acc += (ddig_t)a[i] * m;
        r[i] = (dig_t)acc;
        acc >>= DIG_BITS;
    }
    return (dig_t)acc;
}

// r[0 .. n) += a * m; returns the carry digit.
static dig_t addmul_1(dig_t *r, const dig_t *a, size_t n, dig_t m) {
    ddig_t acc = 0;
    for (size_t i = 0; i < n; i++) {
        // a * m + r + carry <= (2^32 - 1)^2 + 2 * (2^32 - 1) = 2^64 - 1: no overflow.
        acc += (ddig_t)a[i] * m + r[i];
        r[i] = (dig_t)acc;
        acc >>= DIG_BITS;
    }
    return (dig_t)acc;
}

kl_mpn_dig_t kl_mpn_submul_1(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t n, kl_mpn_dig_t m) {
    dig_t borrow = 0;
    for (size_t i = 0; i < n; i++) {
        ddig_t p = (ddig_t)a[i] * m + borrow;
        dig_t lo = (dig_t)p;
        dig_t hi = (dig_t)(p >> DIG_BITS);
        dig_t t = r[i];
        r[i] = t - lo;
        // p <= 2^64 - 2^32, so hi <= 2^32 - 2 and hi + 1 cannot wrap.
        borrow = hi + (t < lo);
    }
    return borrow;
}

size_t kl_mpn_mul_1_add(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t an, kl_mpn_dig_t m,
                        kl_mpn_dig_t c) {
    r[an] = mul_1(r, a, an, m, c);
    return kl_mpn_norm(r, an + 1);
}

// r[0 .. an + bn) = a * b, schoolbook; an, bn >= 1; operands need not be normalized.
static void mul_basecase(dig_t *r, const dig_t *a, size_t an, const dig_t *b, size_t bn) {
    r[an] = mul_1(r, a, an, b[0], 0);
    for (size_t j = 1; j < bn; j++) {
        r[an + j] = addmul_1(r + j, a, an, b[j]);
    }
}

// r[0 .. 2n) = a * a, schoolbook: the cross products a[i] * a[j] (i < j) once, doubled, then
// the squares on the diagonal added. n >= 1.
static void sqr_basecase(dig_t *r, const dig_t *a, size_t n) {
    zero_digs(r, 2 * n);
    for (size_t i = 0; i + 1 < n; i++) {
        r[n + i] = addmul_1(r + 2 * i + 1, a + i + 1, n - i - 1, a[i]);
    }
    // Double: shift left by one bit.
    dig_t top = 0;
    for (size_t i = 0; i < 2 * n; i++) {
        dig_t x = r[i];
        r[i] = (x << 1) | top;
        top = x >> (DIG_BITS - 1);
    }
    ddig_t c = 0;
    for (size_t i = 0; i < n; i++) {
        ddig_t sq = (ddig_t)a[i] * a[i];
        c += (ddig_t)r[2 * i] + (dig_t)sq;
        r[2 * i] = (dig_t)c;
        c >>= DIG_BITS;
        c += (ddig_t)r[2 * i + 1] + (dig_t)(sq >> DIG_BITS);
        r[2 * i + 1] = (dig_t)c;
        c >>= DIG_BITS;
    }
}

// Scratch digits karatsuba(n) uses: 4k for the half sums and their product at this level, where
// k = n - n / 2 + 1, plus what the middle product needs one level down.
static size_t kara_scratch(size_t n) {
    size_t s = 0;
    while (n >= KL_MPN_KARATSUBA_DIGS) {
        size_t k = n - n / 2 + 1;
        s += 4 * k;
        n = k;
    }
    return s;
}

// r[0 .. 2n) = a * b for two n-digit operands (leading zeros allowed). When a == b the same
// split computes a square, with the three sub-products squares too.
static void karatsuba(dig_t *r, const dig_t *a, const dig_t *b, size_t n, dig_t *scratch) {
    if (n < (a == b ? KL_MPN_KARATSUBA_SQR_DIGS : KL_MPN_KARATSUBA_DIGS)) {
        if (a == b) {
            sqr_basecase(r, a, n);
        } else {
            mul_basecase(r, a, n, b, n);
        }
        return;
    }
    // a = a1 * B^m + a0 with m low digits; the high halves have h = n - m >= m digits.
    size_t m = n / 2;
    size_t h = n - m;
    size_t k = h + 1;
    dig_t *sa = scratch;
    dig_t *sb = scratch + k;
    dig_t *z1 = scratch + 2 * k;
    dig_t *rest = scratch + 4 * k;
    bool square = a == b;

    // sa = a0 + a1 and sb = b0 + b1, each h + 1 digits.
    copy_digs(sa, a + m, h);
    dig_t ca = add_n(sa, sa, a, m);
    sa[h] = h > m ? add_1_in(sa + m, h - m, ca) : ca;
    if (!square) {
        copy_digs(sb, b + m, h);
        dig_t cb = add_n(sb, sb, b, m);
        sb[h] = h > m ? add_1_in(sb + m, h - m, cb) : cb;
    }

    // z1 = sa * sb (2k digits), z0 = a0 * b0 in r[0 .. 2m), z2 = a1 * b1 in r[2m .. 2n).
    karatsuba(z1, sa, square ? sa : sb, k, rest);
    karatsuba(r, a, b, m, rest);
    karatsuba(r + 2 * m, a + m, b + m, h, rest);

    // z1 -= z0 + z2, which leaves a0 * b1 + a1 * b0 (nonnegative, below B^(2k)).
    dig_t br = sub_n(z1, z1, r, 2 * m);
    sub_1_in(z1 + 2 * m, 2 * k - 2 * m, br);
    br = sub_n(z1, z1, r + 2 * m, 2 * h);
    sub_1_in(z1 + 2 * h, 2 * k - 2 * h, br);

    // r += z1 * B^m. The true sum fits in 2n digits, so the top digits of z1 beyond them are 0.
    size_t zn = kl_mpn_norm(z1, 2 * k);
    dig_t c = add_n(r + m, r + m, z1, zn);
    add_1_in(r + m + zn, 2 * n - m - zn, c);
}

size_t kl_mpn_mul_scratch_len(size_t an, size_t bn) {
    size_t n = an < bn ? an : bn;
    if (n < KL_MPN_KARATSUBA_DIGS) {
        return 0;
    }
    // Unbalanced products multiply n-digit chunks into a 2n-digit temporary, after padding the
    // last chunk to n digits.
    return 3 * n + kara_scratch(n);
}

size_t kl_mpn_mul(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t an, const kl_mpn_dig_t *b,
                  size_t bn, kl_mpn_dig_t *scratch) {
    if (an == 0 || bn == 0) {
        return 0;
    }
    if (an < bn) {
        const dig_t *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    if (bn < KL_MPN_KARATSUBA_DIGS) {
        mul_basecase(r, a, an, b, bn);
        return kl_mpn_norm(r, an + bn);
    }
    if (an == bn) {
        karatsuba(r, a, b, bn, scratch);
        return kl_mpn_norm(r, an + bn);
    }
    // a is longer: r = sum of (bn-digit chunk of a) * b, each chunk product balanced.
    dig_t *tmp = scratch;
    dig_t *pad = scratch + 2 * bn;
    dig_t *rest = scratch + 3 * bn;
    zero_digs(r, an + bn);
    for (size_t i = 0; i < an; i += bn) {
        size_t c = an - i < bn ? an - i : bn;
        const dig_t *chunk = a + i;
        if (c < bn) {
            copy_digs(pad, a + i, c);
            zero_digs(pad + c, bn - c);
            chunk = pad;
        }
        karatsuba(tmp, chunk, b, bn, rest);
        // The chunk product is below B^(c + bn); digits past that are zero.
        dig_t carry = add_n(r + i, r + i, tmp, c + bn);
        add_1_in(r + i + c + bn, an + bn - i - c - bn, carry);
    }
    return kl_mpn_norm(r, an + bn);
}

size_t kl_mpn_sqr(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t an, kl_mpn_dig_t *scratch) {
    if (an == 0) {
        return 0;
    }
    if (an < KL_MPN_KARATSUBA_SQR_DIGS) {
        sqr_basecase(r, a, an);
    } else {
        karatsuba(r, a, a, an, scratch);
    }
    return kl_mpn_norm(r, 2 * an);
}

// ==== Division ====

kl_mpn_dig_t kl_mpn_div_1(kl_mpn_dig_t *q, size_t *qn, const kl_mpn_dig_t *a, size_t an,
                          kl_mpn_dig_t d) {
    if (an == 0) {
        *qn = 0;
        return 0;
    }
    int sh = clz_dig(d);
    dig_t dn = d << sh;
    dig_t v = reciprocal(dn);
    dig_t r;
    if (sh == 0) {
        r = 0;
        for (size_t i = an; i-- > 0;) {
            q[i] = div_2by1(r, a[i], dn, v, &r);
        }
    } else {
        // Divide a << sh by d << sh, shifting on the fly; the remainder comes out shifted.
        r = a[an - 1] >> (DIG_BITS - sh);
        for (size_t i = an; i-- > 0;) {
            dig_t u0 = a[i] << sh;
            if (i > 0) {
                u0 |= a[i - 1] >> (DIG_BITS - sh);
            }
            q[i] = div_2by1(r, u0, dn, v, &r);
        }
        r >>= sh;
    }
    *qn = kl_mpn_norm(q, an);
    return r;
}

// Algorithm D core. v (n >= 2 digits) has its top bit set; u has un >= n + 1 digits and its top
// n digits are below v. Stores the un - n quotient digits in q (unless q is NULL) and leaves the
// remainder in u[0 .. n), with u's upper digits zeroed.
static void divrem_knuth(dig_t *q, dig_t *u, size_t un, const dig_t *v, size_t n) {
    dig_t vtop = v[n - 1];
    dig_t vnext = v[n - 2];
    dig_t vinv = reciprocal(vtop);
    for (size_t j = un - n; j-- > 0;) {
        dig_t u2 = u[j + n];
        dig_t u1 = u[j + n - 1];
        dig_t u0 = u[j + n - 2];
        dig_t qhat;
        dig_t rhat;
        bool rhat_big;
        if (u2 >= vtop) {
            // u2 == vtop: the estimate saturates at B - 1 and rhat = u1 + vtop may exceed B.
            qhat = DIG_MAX;
            rhat = u1 + vtop;
            rhat_big = rhat < u1;
        } else {
            qhat = div_2by1(u2, u1, vtop, vinv, &rhat);
            rhat_big = false;
        }
        // Knuth's test with the next divisor digit: makes qhat at most one too big.
        while (!rhat_big && (ddig_t)qhat * vnext > (((ddig_t)rhat << DIG_BITS) | u0)) {
            qhat--;
            dig_t old = rhat;
            rhat += vtop;
            rhat_big = rhat < old;
        }
        dig_t borrow = kl_mpn_submul_1(u + j, v, n, qhat);
        if (u[j + n] < borrow) {
            // Rare: qhat was one too big; add the divisor back.
            qhat--;
            dig_t c = add_n(u + j, u + j, v, n);
            u[j + n] = u[j + n] - borrow + c;
        } else {
            u[j + n] -= borrow;
        }
        if (q != NULL) {
            q[j] = qhat;
        }
    }
}

size_t kl_mpn_divmod_scratch_len(size_t an, size_t bn) {
    return an + bn + 1;
}

void kl_mpn_divmod(kl_mpn_dig_t *q, size_t *qn, kl_mpn_dig_t *r, size_t *rn, const kl_mpn_dig_t *a,
                   size_t an, const kl_mpn_dig_t *b, size_t bn, kl_mpn_dig_t *scratch) {
    if (kl_mpn_cmp(a, an, b, bn) < 0) {
        if (q != NULL && qn != NULL) {
            *qn = 0;
        }
        if (r != NULL) {
            copy_digs(r, a, an);
            if (rn != NULL) {
                *rn = an;
            }
        }
        return;
    }
    if (bn == 1) {
        dig_t *qq = q != NULL ? q : scratch;
        size_t qlen;
        dig_t rem = kl_mpn_div_1(qq, &qlen, a, an, b[0]);
        if (q != NULL && qn != NULL) {
            *qn = qlen;
        }
        if (r != NULL) {
            r[0] = rem;
            if (rn != NULL) {
                *rn = rem != 0;
            }
        }
        return;
    }
    // Normalize so the divisor's top bit is set; the dividend gets one extra digit.
    int sh = clz_dig(b[bn - 1]);
    dig_t *v = scratch;
    dig_t *u = scratch + bn;
    kl_mpn_shl(v, b, bn, (size_t)sh);
    zero_digs(u, an + 1);
    kl_mpn_shl(u, a, an, (size_t)sh);
    divrem_knuth(q, u, an + 1, v, bn);
    if (q != NULL && qn != NULL) {
        *qn = kl_mpn_norm(q, an + 1 - bn);
    }
    if (r != NULL) {
        size_t len = kl_mpn_shr(r, u, kl_mpn_norm(u, bn), (size_t)sh);
        if (rn != NULL) {
            *rn = len;
        }
    }
}

// ==== Shifts and bitwise operations on magnitudes ====

size_t kl_mpn_shl(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t an, size_t nbits) {
    if (an == 0) {
        return 0;
    }
    size_t w = nbits / DIG_BITS;
    unsigned s = (unsigned)(nbits % DIG_BITS);
    if (s == 0) {
        memmove(r + w, a, an * sizeof(dig_t));
        zero_digs(r, w);
        return an + w;
    }
    // From the top down, so r may be a.
    dig_t top = a[an - 1] >> (DIG_BITS - s);
    for (size_t i = an - 1; i > 0; i--) {
        r[i + w] = (a[i] << s) | (a[i - 1] >> (DIG_BITS - s));
    }
    r[w] = a[0] << s;
    r[an + w] = top;
    zero_digs(r, w);
    return an + w + (top != 0);
}

size_t kl_mpn_shr(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t an, size_t nbits) {
    size_t w = nbits / DIG_BITS;
    if (w >= an) {
        return 0;
    }
    unsigned s = (unsigned)(nbits % DIG_BITS);
    size_t n = an - w;
    if (s == 0) {
        memmove(r, a + w, n * sizeof(dig_t));
        return n;
    }
    // From the bottom up, so r may be a.
    for (size_t i = 0; i + 1 < n; i++) {
        r[i] = (a[i + w] >> s) | (a[i + w + 1] << (DIG_BITS - s));
    }
    r[n - 1] = a[an - 1] >> s;
    return kl_mpn_norm(r, n);
}

size_t kl_mpn_and(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t an, const kl_mpn_dig_t *b,
                  size_t bn) {
    size_t n = an < bn ? an : bn;
    for (size_t i = 0; i < n; i++) {
        r[i] = a[i] & b[i];
    }
    return kl_mpn_norm(r, n);
}

// Shared by | and ^ on magnitudes: the common digits combined, the longer operand's rest copied.
static size_t or_xor(dig_t *r, const dig_t *a, size_t an, const dig_t *b, size_t bn, bool is_xor) {
    if (an < bn) {
        const dig_t *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    for (size_t i = 0; i < bn; i++) {
        r[i] = is_xor ? a[i] ^ b[i] : a[i] | b[i];
    }
    copy_digs(r + bn, a + bn, an - bn);
    return kl_mpn_norm(r, an);
}

size_t kl_mpn_or(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t an, const kl_mpn_dig_t *b,
                 size_t bn) {
    return or_xor(r, a, an, b, bn, false);
}

size_t kl_mpn_xor(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t an, const kl_mpn_dig_t *b,
                  size_t bn) {
    return or_xor(r, a, an, b, bn, true);
}

size_t kl_mpn_andnot(kl_mpn_dig_t *r, const kl_mpn_dig_t *a, size_t an, const kl_mpn_dig_t *b,
                     size_t bn) {
    for (size_t i = 0; i < an; i++) {
        r[i] = i < bn ? a[i] & ~b[i] : a[i];
    }
    return kl_mpn_norm(r, an);
}

// ==== Python's two's-complement operations on sign-magnitude operands ====
// A negative x is the infinite digit string ~(|x| - 1) = ~|x| + 1: each digit is formed on the
// fly with a running carry, and past the top digit the string continues with all-ones digits.
// The result is converted back the same way: a negative result's magnitude is ~t + 1 over the
// digits t, plus a top digit of 1 when the carry runs off the end (|r| = 2^(32n)).

typedef enum { BITOP_AND, BITOP_OR, BITOP_XOR } bitop_t;

// The next two's-complement digit of a sign-magnitude operand, advancing its carry *c.
static dig_t tc_digit(const dig_t *a, size_t an, size_t i, bool neg, dig_t *c) {
    dig_t d = i < an ? a[i] : 0;
    if (neg) {
        d = ~d + *c;
        *c = *c && d == 0;
    }
    return d;
}

static size_t bitop_signed(dig_t *r, bool *rneg, const dig_t *a, size_t an, bool aneg,
                           const dig_t *b, size_t bn, bool bneg, bitop_t op) {
    aneg = aneg && an > 0;
    bneg = bneg && bn > 0;
    bool neg;
    switch (op) {
        case BITOP_AND:
            neg = aneg && bneg;
            break;
        case BITOP_OR:
            neg = aneg || bneg;
            break;
        default:
            neg = aneg != bneg;
            break;
    }
    size_t n = an > bn ? an : bn;
    dig_t ca = 1;
    dig_t cb = 1;
    dig_t cr = 1;
    for (size_t i = 0; i < n; i++) {
        // Both digits are read before r[i] is written, so r may be a or b.
        dig_t x = tc_digit(a, an, i, aneg, &ca);
        dig_t y = tc_digit(b, bn, i, bneg, &cb);
        dig_t t;
        switch (op) {
            case BITOP_AND:
                t = x & y;
                break;
            case BITOP_OR:
                t = x | y;
                break;
            default:
                t = x ^ y;
                break;
        }
        if (neg) {
            t = ~t + cr;
            cr = cr && t == 0;
        }
        r[i] = t;
    }
    r[n] = neg ? cr : 0;
    size_t len = kl_mpn_norm(r, n + 1);
    *rneg = neg && len > 0;
    return len;
}

size_t kl_mpn_and_signed(kl_mpn_dig_t *r, bool *rneg, const kl_mpn_dig_t *a, size_t an, bool aneg,
                         const kl_mpn_dig_t *b, size_t bn, bool bneg) {
    return bitop_signed(r, rneg, a, an, aneg, b, bn, bneg, BITOP_AND);
}

size_t kl_mpn_or_signed(kl_mpn_dig_t *r, bool *rneg, const kl_mpn_dig_t *a, size_t an, bool aneg,
                        const kl_mpn_dig_t *b, size_t bn, bool bneg) {
    return bitop_signed(r, rneg, a, an, aneg, b, bn, bneg, BITOP_OR);
}

size_t kl_mpn_xor_signed(kl_mpn_dig_t *r, bool *rneg, const kl_mpn_dig_t *a, size_t an, bool aneg,
                         const kl_mpn_dig_t *b, size_t bn, bool bneg) {
    return bitop_signed(r, rneg, a, an, aneg, b, bn, bneg, BITOP_XOR);
}

size_t kl_mpn_invert_signed(kl_mpn_dig_t *r, bool *rneg, const kl_mpn_dig_t *a, size_t an,
                            bool aneg) {
    if (aneg && an > 0) {
        // ~(-m) = m - 1 >= 0.
        *rneg = false;
        return kl_mpn_sub_1(r, a, an, 1);
    }
    // ~m = -(m + 1).
    *rneg = true;
    return kl_mpn_add_1(r, a, an, 1);
}

size_t kl_mpn_shr_signed(kl_mpn_dig_t *r, bool *rneg, const kl_mpn_dig_t *a, size_t an, bool aneg,
                         size_t nbits) {
    if (!aneg || an == 0) {
        *rneg = false;
        return kl_mpn_shr(r, a, an, nbits);
    }
    // Floor of a negative quotient: -(|a| >> n) - 1 when any one bit is shifted out.
    size_t w = nbits / DIG_BITS;
    unsigned s = (unsigned)(nbits % DIG_BITS);
    bool lost = false;
    for (size_t i = 0; i < w && i < an && !lost; i++) {
        lost = a[i] != 0;
    }
    if (!lost && w < an && s > 0) {
        lost = (a[w] & (((dig_t)1 << s) - 1)) != 0;
    }
    size_t n = kl_mpn_shr(r, a, an, nbits);
    if (lost) {
        n = kl_mpn_add_1(r, r, n, 1);
    }
    *rneg = true;
    return n;
}

// ==== Text ====

static const char digit_chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

// The largest m with base^m < 2^32, and base^m in *big.
static unsigned chunk_digits(unsigned base, dig_t *big) {
    dig_t p = base;
    unsigned m = 1;
    while (p <= DIG_MAX / base) {
        p *= base;
        m++;
    }
    *big = p;
    return m;
}

// log2(base) for power-of-two bases, 0 for the others.
static unsigned pow2_bits(unsigned base) {
    unsigned k = 0;
    while ((1u << k) < base) {
        k++;
    }
    return (1u << k) == base ? k : 0;
}

size_t kl_mpn_str_len(size_t an, unsigned base) {
    // base^(m + 1) >= 2^32, so every digit of a needs at most m + 1 characters.
    dig_t big;
    unsigned m = chunk_digits(base, &big);
    return an == 0 ? 1 : an * (m + 1);
}

size_t kl_mpn_to_str(char *buf, const kl_mpn_dig_t *a, size_t an, unsigned base,
                     kl_mpn_dig_t *scratch) {
    if (an == 0) {
        buf[0] = '0';
        return 1;
    }
    unsigned k = pow2_bits(base);
    if (k != 0) {
        // Power-of-two base: pick k bits at a time from the top.
        size_t nbits = kl_mpn_bit_length(a, an);
        size_t nch = (nbits + k - 1) / k;
        for (size_t i = 0; i < nch; i++) {
            size_t off = (nch - 1 - i) * k;
            size_t w = off / DIG_BITS;
            unsigned s = (unsigned)(off % DIG_BITS);
            dig_t x = a[w] >> s;
            if (s + k > DIG_BITS && w + 1 < an) {
                x |= a[w + 1] << (DIG_BITS - s);
            }
            buf[i] = digit_chars[x & ((1u << k) - 1)];
        }
        return nch;
    }
    // Other bases: peel off m characters per division by base^m, writing from the end of the
    // bound backwards, then move the text to the front.
    dig_t big;
    unsigned m = chunk_digits(base, &big);
    size_t bound = kl_mpn_str_len(an, base);
    char *p = buf + bound;
    copy_digs(scratch, a, an);
    size_t n = an;
    while (n > 0) {
        dig_t rem = kl_mpn_div_1(scratch, &n, scratch, n, big);
        // Every chunk but the leading one is padded with zeros to m characters.
        for (unsigned i = 0; i < m && (n > 0 || rem > 0); i++) {
            *--p = digit_chars[rem % base];
            rem /= base;
        }
    }
    size_t len = (size_t)(buf + bound - p);
    memmove(buf, p, len);
    return len;
}

size_t kl_mpn_from_str_len(size_t len, unsigned base) {
    // base^m < 2^32, so every m characters add at most one digit.
    dig_t big;
    unsigned m = chunk_digits(base, &big);
    return len / m + 1;
}

static unsigned char_value(char c) {
    if (c >= '0' && c <= '9') {
        return (unsigned)(c - '0');
    }
    if (c >= 'a' && c <= 'z') {
        return (unsigned)(c - 'a') + 10;
    }
    return (unsigned)(c - 'A') + 10;
}

size_t kl_mpn_from_str(kl_mpn_dig_t *r, const char *s, size_t len, unsigned base) {
    unsigned k = pow2_bits(base);
    if (k != 0) {
        // Power-of-two base: pack k bits per character from the least significant end.
        size_t n = 0;
        dig_t acc = 0;
        unsigned have = 0;
        for (size_t i = len; i-- > 0;) {
            if (s[i] == '_') {
                continue;
            }
            dig_t v = char_value(s[i]);
            acc |= v << have;
            have += k;
            if (have >= DIG_BITS) {
                r[n++] = acc;
                have -= DIG_BITS;
                acc = have > 0 ? v >> (k - have) : 0;
            }
        }
        if (have > 0) {
            r[n++] = acc;
        }
        return kl_mpn_norm(r, n);
    }
    // Other bases: accumulate m characters into one digit, then r = r * base^m + chunk.
    dig_t big;
    (void)chunk_digits(base, &big);
    size_t n = 0;
    dig_t chunk = 0;
    dig_t scale = 1;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '_') {
            continue;
        }
        chunk = chunk * base + char_value(s[i]);
        scale *= base;
        if (scale == big) {
            n = kl_mpn_mul_1_add(r, r, n, big, chunk);
            chunk = 0;
            scale = 1;
        }
    }
    if (scale > 1) {
        n = kl_mpn_mul_1_add(r, r, n, scale, chunk);
    }
    return n;
}

// ==== Conversions with double ====
// The format parameters, named so a single-precision build can change them in one place.

#define MANT_BITS 53      // significand bits, the hidden one included
#define EMIN_NORMAL -1022 // exponent of the smallest normal power of two
#define EMAX 1023         // exponent of the largest finite power of two

// The double nearest to (mant + f) * 2^e, where f in [0, 1) is zero unless sticky, in which case
// it is nonzero and mant has at least MANT_BITS + 2 bits (so f only breaks ties).
static double round_to_double(uint64_t mant, bool sticky, long e, bool *overflow) {
    int len = bitlen_u64(mant);
    if (len == 0) {
        return 0.0;
    }
    long top = e + len - 1;
    if (top > EMAX) {
        *overflow = true;
        return HUGE_VAL;
    }
    // Bits the result can keep counting from mant's top bit: fewer for subnormals.
    long keep = top >= EMIN_NORMAL ? MANT_BITS : top - EMIN_NORMAL + MANT_BITS;
    if (keep <= 0) {
        // At most half the smallest subnormal: 0 unless above the halfway point 2^(emin - 1).
        bool above = keep == 0 && (sticky || (mant & (mant - 1)) != 0);
        return above ? ldexp(1.0, EMIN_NORMAL - MANT_BITS + 1) : 0.0;
    }
    if (len <= keep) {
        return ldexp((double)mant, (int)e);
    }
    int drop = len - (int)keep;
    uint64_t kept = mant >> drop;
    uint64_t rest = mant & (((uint64_t)1 << drop) - 1);
    uint64_t half = (uint64_t)1 << (drop - 1);
    if (rest > half || (rest == half && (sticky || (kept & 1)))) {
        kept++;
        // Rounding up to 2^53 at the top exponent overflows.
        if (bitlen_u64(kept) + e + drop - 1 > EMAX) {
            *overflow = true;
            return HUGE_VAL;
        }
    }
    return ldexp((double)kept, (int)(e + drop));
}

// The 64 bits of a starting at bit off (bits past the top read as zero).
static uint64_t get_bits64(const dig_t *a, size_t an, size_t off) {
    size_t w = off / DIG_BITS;
    unsigned s = (unsigned)(off % DIG_BITS);
    uint64_t x = 0;
    for (unsigned i = 0; i < 3 && w + i < an; i++) {
        uint64_t d = a[w + i];
        int pos = (int)(i * DIG_BITS) - (int)s;
        if (pos < 0) {
            x |= d >> -pos;
        } else if (pos < 64) {
            x |= d << pos;
        }
    }
    return x;
}

double kl_mpn_to_double_scaled(const kl_mpn_dig_t *a, size_t an, long exp2, bool *overflow) {
    *overflow = false;
    if (an == 0) {
        return 0.0;
    }
    size_t len = kl_mpn_bit_length(a, an);
    if (len <= 64) {
        return round_to_double(get_bits64(a, an, 0), false, exp2, overflow);
    }
    size_t off = len - 64;
    bool sticky = false;
    for (size_t i = 0; i < off / DIG_BITS && !sticky; i++) {
        sticky = a[i] != 0;
    }
    unsigned s = (unsigned)(off % DIG_BITS);
    if (!sticky && s > 0) {
        sticky = (a[off / DIG_BITS] & (((dig_t)1 << s) - 1)) != 0;
    }
    return round_to_double(get_bits64(a, an, off), sticky, exp2 + (long)off, overflow);
}

double kl_mpn_to_double(const kl_mpn_dig_t *a, size_t an, bool *overflow) {
    return kl_mpn_to_double_scaled(a, an, 0, overflow);
}

size_t kl_mpn_from_double(kl_mpn_dig_t *r, double x) {
    x = fabs(x);
    if (!(x >= 1.0)) {
        return 0;
    }
    int e;
    double m = frexp(x, &e);
    // x = mant * 2^(e - 53) with mant a 53-bit integer.
    uint64_t mant = (uint64_t)ldexp(m, MANT_BITS);
    if (e <= MANT_BITS) {
        return kl_mpn_from_u64(r, mant >> (MANT_BITS - e));
    }
    size_t n = kl_mpn_from_u64(r, mant);
    return kl_mpn_shl(r, r, n, (size_t)(e - MANT_BITS));
}

size_t kl_mpn_truediv_scratch_len(size_t an, size_t bn) {
    return 2 * (an > bn ? an : bn) + 6;
}

double kl_mpn_truediv_scaled(const kl_mpn_dig_t *a, size_t an, const kl_mpn_dig_t *b, size_t bn,
                             long exp2, kl_mpn_dig_t *scratch, bool *overflow) {
    *overflow = false;
    if (an == 0) {
        return 0.0;
    }
    long la = (long)kl_mpn_bit_length(a, an);
    long lb = (long)kl_mpn_bit_length(b, bn);
    long d = la - lb + exp2;
    // a / b * 2^exp2 lies in (2^(d - 1), 2^(d + 1)).
    if (d - 1 > EMAX) {
        *overflow = true;
        return HUGE_VAL;
    }
    if (d + 1 < EMIN_NORMAL - MANT_BITS) {
        return 0.0;
    }
    // q = floor(a * 2^s / b) lies in [2^55, 2^57): MANT_BITS + 2 bits or more, as rounding wants.
    long s = MANT_BITS + 3 - (la - lb);
    size_t ash = s > 0 ? (size_t)s : 0;
    size_t bsh = s < 0 ? (size_t)-s : 0;
    // Shift both so the divisor's top bit is set; the dividend gets an extra zero digit on top.
    unsigned norm = (unsigned)((DIG_BITS - (size_t)(lb + (long)bsh) % DIG_BITS) % DIG_BITS);
    dig_t *v = scratch;
    size_t vn = kl_mpn_shl(v, b, bn, bsh + norm);
    dig_t *u = scratch + vn;
    size_t un = kl_mpn_shl(u, a, an, ash + norm);
    u[un] = 0;
    un++;
    if (un < vn + 1) {
        // Cannot happen with q >= 2^55; keeps the core's precondition visible.
        return 0.0;
    }
    dig_t qd[4] = {0, 0, 0, 0};
    if (vn == 1) {
        size_t qn;
        dig_t rem = kl_mpn_div_1(u, &qn, u, un, v[0]);
        uint64_t q = 0;
        kl_mpn_to_u64(u, qn, &q);
        return round_to_double(q, rem != 0, exp2 - s, overflow);
    }
    if (un - vn > 4) {
        return 0.0;
    }
    divrem_knuth(qd, u, un, v, vn);
    uint64_t q = ((uint64_t)qd[1] << DIG_BITS) | qd[0];
    bool sticky = kl_mpn_norm(u, vn) != 0;
    return round_to_double(q, sticky, exp2 - s, overflow);
}

double kl_mpn_truediv(const kl_mpn_dig_t *a, size_t an, const kl_mpn_dig_t *b, size_t bn,
                      kl_mpn_dig_t *scratch, bool *overflow) {
    return kl_mpn_truediv_scaled(a, an, b, bn, 0, scratch, overflow);
}

#endif // KL_CFG_BIGINT || KL_CFG_FLOAT || KL_CFG_MODULE_RANDOM
