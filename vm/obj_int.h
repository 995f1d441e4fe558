// vm/obj_int.h: arbitrary-precision integers (small ints only without KL_CFG_BIGINT).
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#ifndef KL_INCLUDED_VM_OBJ_INT_H
#define KL_INCLUDED_VM_OBJ_INT_H

#include "vm/mpn.h"
#include "vm/obj.h"

// An int too big for a small int: sign and magnitude, immutable, digits inline. Every int
// result that fits a small int is returned as one, so a heap int is always "big".
typedef struct _kl_obj_int_t {
    kl_obj_base_t base;
    uint32_t neg;
    uint32_t len;
    kl_mpn_dig_t dig[];
} kl_obj_int_t;

// Python's numeric hash modulus: equal ints and floats hash equal.
#if UINTPTR_MAX > 0xffffffffu
#define KL_HASH_BITS (61)
#else
#define KL_HASH_BITS (31)
#endif
#define KL_HASH_MODULUS (((kl_uint_t)1 << KL_HASH_BITS) - 1)
#define KL_HASH_INF (314159)

#if !KL_CFG_BIGINT
// Raise OverflowError: an int result is too big for a small int and this build has no others.
KL_NORETURN void kl_raise_small_int_overflow(void);
#endif

// An int from [n] little-endian digits (leading zero digits allowed) and a sign.
kl_obj_t kl_obj_new_int_from_digits(const kl_mpn_dig_t *d, size_t n, bool neg);
kl_obj_t kl_obj_int_hash(kl_obj_t o); // a small int
// Fixed-width conversions (struct): the magnitude of int [o] (an int or a bool) in *[mag] and
// its sign in *[neg], or false when the magnitude needs more than 64 bits; an int from a
// uint64_t.
bool kl_obj_int_get_mag64(kl_obj_t o, uint64_t *mag, bool *neg);
kl_obj_t kl_obj_new_int_from_u64(uint64_t value);
bool kl_obj_int_to_int_checked(kl_obj_t o, kl_int_t *value);
// The bits of [o]'s magnitude: int.bit_length().
size_t kl_obj_int_bit_length(kl_obj_t o);
kl_float_t kl_obj_int_to_float(kl_obj_t o); // raises OverflowError
// -1, 0 or 1 comparing two ints (small, big or bool).
int kl_obj_int_cmp(kl_obj_t a, kl_obj_t b);
// A float compared with an int exactly (no rounding of the int): -1, 0, 1, or 2 for NaN.
int kl_obj_int_cmp_float(kl_obj_t i, kl_float_t f);
bool kl_obj_is_int(kl_obj_t o); // int or bool (or an int subclass's native value)
kl_obj_t kl_obj_int_pow3(kl_obj_t base, kl_obj_t exp, kl_obj_t mod);
kl_obj_t kl_obj_int_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs);
// str(int) in [base] with Python's prefix for 2/8/16 when [prefix].
kl_obj_t kl_obj_int_format_base(kl_obj_t o, unsigned base, bool prefix, bool upper);
// __index__: an int (never a bool) from an int, bool, or object with __index__; TypeError
// otherwise.
kl_obj_t kl_obj_index(kl_obj_t o);
// The same, but KL_OBJ_NULL instead of the TypeError when [o] has no __index__.
kl_obj_t kl_obj_index_maybe(kl_obj_t o);

// CPython's default limit on the decimal digits of int <-> str conversions (a guard against
// quadratic-time conversions of huge inputs), and the smallest non-zero limit one may set.
#define KL_INT_MAX_STR_DIGITS (4300)
#define KL_INT_STR_DIGITS_THRESHOLD (640)

#endif // KL_INCLUDED_VM_OBJ_INT_H
