// vm/obj_int.c: the int and bool types.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Small ints live in the value word (obj.h); their arithmetic is done here with overflow checks
// and promoted to a heap int only when the result does not fit, so programs that stay within
// 31/63 bits never allocate for arithmetic. Heap ints are sign and magnitude over the digit
// arrays of vm/mpn.c, immutable, and normalized back to small ints whenever they fit: the two
// forms never represent the same value, which keeps equality a word comparison for small ints.
//
// Every operation converts its operands to a (digits, length, sign) view first; a small int's
// view uses a two-digit buffer on the C stack, so mixed small/big arithmetic has one code path.
//
// Without big ints (KL_CFG_BIGINT=0, below CORE) every int is a small int and vm/mpn.c is not
// linked: a result that does not fit raises OverflowError (kl_raise_small_int_overflow) instead
// of growing, so an answer is never silently wrapped. The sections below then keep their small
// int paths only.

#include <math.h>
#include <string.h>

#include "vm/buffer.h"
#include "vm/format.h"
#include "vm/gc.h"
#include "vm/lexer.h"
#include "vm/obj_bytearray.h"
#include "vm/obj_int.h"
#include "vm/obj_slice.h"
#include "vm/obj_str.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/state.h"
#include "vm/vstr.h"

static bool is_bool(kl_obj_t o) {
    return o == kl_const_true || o == kl_const_false;
}

bool kl_obj_is_int(kl_obj_t o) {
    return KL_OBJ_IS_SMALL_INT(o) || is_bool(o) || kl_obj_is_type(o, &kl_type_int);
}

#if KL_CFG_FLOAT
// NaN and the infinities have no int value: what int() of one raises.
static void check_float_for_int(kl_float_t value) {
    if (isnan(value)) {
        kl_raise_ValueError(KL_ERROR_TEXT("cannot convert float NaN to integer"));
    }
    if (isinf(value)) {
        kl_raise_OverflowError(KL_ERROR_TEXT("cannot convert float infinity to integer"));
    }
}
#endif

#if KL_CFG_BIGINT

// ==== Views and results ====

typedef struct _num_t {
    const kl_mpn_dig_t *d;
    size_t n;
    bool neg;
    kl_mpn_dig_t buf[KL_MPN_U64_DIGS];
} num_t;

static void to_num(kl_obj_t o, num_t *n) {
    if (KL_OBJ_IS_SMALL_INT(o) || KL_OBJ_IS_IMM(o)) {
        kl_int_t v = KL_OBJ_IS_SMALL_INT(o) ? KL_OBJ_SMALL_INT_VALUE(o) : (o == kl_const_true);
        n->neg = v < 0;
        uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        n->n = kl_mpn_from_u64(n->buf, mag);
        n->d = n->buf;
    } else {
        const kl_obj_int_t *i = (const kl_obj_int_t *)o;
        n->d = i->dig;
        n->n = i->len;
        n->neg = i->neg != 0;
    }
}

static kl_obj_int_t *int_alloc(size_t n_digits) {
    if (n_digits > ((size_t)1 << 26)) {
        kl_raise_MemoryError();
    }
    kl_obj_int_t *r = kl_gc_alloc(sizeof(kl_obj_int_t) + n_digits * sizeof(kl_mpn_dig_t), 0);
    r->base.type = &kl_type_int;
    return r;
}

// Finish a result: normalize, return a small int when it fits.
static kl_obj_t int_finish(kl_obj_int_t *r, size_t n, bool neg) {
    n = kl_mpn_norm(r->dig, n);
    if (n <= KL_MPN_U64_DIGS) {
        uint64_t mag;
        if (kl_mpn_to_u64(r->dig, n, &mag) && mag <= (uint64_t)KL_SMALL_INT_MAX + (neg ? 1 : 0)) {
            kl_int_t v = neg ? -(kl_int_t)(mag - 1) - 1 : (kl_int_t)mag;
            if (KL_SMALL_INT_FITS(v)) {
                kl_gc_free(r);
                return KL_OBJ_NEW_SMALL_INT(v);
            }
        }
    }
    r->len = (uint32_t)n;
    r->neg = n > 0 && neg;
    return KL_OBJ_FROM_PTR(r);
}

static kl_obj_t from_digits(const kl_mpn_dig_t *d, size_t n, bool neg) {
    kl_obj_int_t *r = int_alloc(n);
    memcpy(r->dig, d, n * sizeof(kl_mpn_dig_t));
    return int_finish(r, n, neg);
}

kl_obj_t kl_obj_new_int_from_digits(const kl_mpn_dig_t *d, size_t n, bool neg) {
    return from_digits(d, n, neg);
}

kl_obj_t kl_obj_new_int_from_ll(long long value) {
    if (value >= KL_SMALL_INT_MIN && value <= KL_SMALL_INT_MAX) {
        return KL_OBJ_NEW_SMALL_INT((kl_int_t)value);
    }
    kl_mpn_dig_t buf[KL_MPN_U64_DIGS];
    uint64_t mag = value < 0 ? (uint64_t)0 - (uint64_t)value : (uint64_t)value;
    size_t n = kl_mpn_from_u64(buf, mag);
    return from_digits(buf, n, value < 0);
}

kl_obj_t kl_obj_new_int(kl_int_t value) {
    if (KL_SMALL_INT_FITS(value)) {
        return KL_OBJ_NEW_SMALL_INT(value);
    }
    return kl_obj_new_int_from_ll(value);
}

kl_obj_t kl_obj_new_int_from_uint(kl_uint_t value) {
    if (value <= (kl_uint_t)KL_SMALL_INT_MAX) {
        return KL_OBJ_NEW_SMALL_INT((kl_int_t)value);
    }
    kl_mpn_dig_t buf[KL_MPN_U64_DIGS];
    size_t n = kl_mpn_from_u64(buf, value);
    return from_digits(buf, n, false);
}

kl_obj_t kl_obj_new_int_from_u64(uint64_t value) {
    if (value <= (uint64_t)KL_SMALL_INT_MAX) {
        return KL_OBJ_NEW_SMALL_INT((kl_int_t)value);
    }
    kl_mpn_dig_t buf[KL_MPN_U64_DIGS];
    size_t n = kl_mpn_from_u64(buf, value);
    return from_digits(buf, n, false);
}

bool kl_obj_int_get_mag64(kl_obj_t o, uint64_t *mag, bool *neg) {
    num_t a;
    to_num(o, &a);
    *neg = a.neg;
    return kl_mpn_to_u64(a.d, a.n, mag);
}

bool kl_obj_int_to_int_checked(kl_obj_t o, kl_int_t *value) {
    if (KL_OBJ_IS_SMALL_INT(o)) {
        *value = KL_OBJ_SMALL_INT_VALUE(o);
        return true;
    }
    num_t a;
    to_num(o, &a);
    uint64_t mag;
    if (!kl_mpn_to_u64(a.d, a.n, &mag)) {
        return false;
    }
    if (a.neg) {
        if (mag > (uint64_t)INTPTR_MAX + 1) {
            return false;
        }
        *value = -(kl_int_t)(mag - 1) - 1;
    } else {
        if (mag > (uint64_t)INTPTR_MAX) {
            return false;
        }
        *value = (kl_int_t)mag;
    }
    return true;
}

kl_float_t kl_obj_int_to_float(kl_obj_t o) {
    if (KL_OBJ_IS_SMALL_INT(o)) {
        return (kl_float_t)KL_OBJ_SMALL_INT_VALUE(o);
    }
    num_t a;
    to_num(o, &a);
    bool overflow = false;
    double d = kl_mpn_to_double(a.d, a.n, &overflow);
    if (overflow) {
        kl_raise_OverflowError(KL_ERROR_TEXT("int too large to convert to float"));
    }
    return a.neg ? -d : d;
}

kl_obj_t kl_obj_new_int_from_float(kl_float_t value) {
    check_float_for_int(value);
    double t = trunc(value);
    if (t >= -4e15 && t <= 4e15) {
        return kl_obj_new_int_from_ll((long long)t);
    }
    kl_obj_int_t *r = int_alloc(KL_MPN_DOUBLE_DIGS);
    size_t n = kl_mpn_from_double(r->dig, t);
    return int_finish(r, n, t < 0);
}

#else // !KL_CFG_BIGINT

// ==== Small ints only ====

void kl_raise_small_int_overflow(void) {
    kl_raise_OverflowError(KL_ERROR_TEXT("small int overflow (KL_CFG_BIGINT=0)"));
}

// The value of int or bool [o]: in this build no int is a heap object.
static kl_int_t small_value(kl_obj_t o) {
    return KL_OBJ_IS_SMALL_INT(o) ? KL_OBJ_SMALL_INT_VALUE(o) : (kl_int_t)(o == kl_const_true);
}

// The magnitude of [v], which fits a kl_uint_t even for KL_SMALL_INT_MIN.
static kl_uint_t small_mag(kl_int_t v) {
    return v < 0 ? (kl_uint_t)0 - (kl_uint_t)v : (kl_uint_t)v;
}

kl_obj_t kl_obj_new_int(kl_int_t value) {
    if (!KL_SMALL_INT_FITS(value)) {
        kl_raise_small_int_overflow();
    }
    return KL_OBJ_NEW_SMALL_INT(value);
}

kl_obj_t kl_obj_new_int_from_ll(long long value) {
    if (value < KL_SMALL_INT_MIN || value > KL_SMALL_INT_MAX) {
        kl_raise_small_int_overflow();
    }
    return KL_OBJ_NEW_SMALL_INT((kl_int_t)value);
}

kl_obj_t kl_obj_new_int_from_u64(uint64_t value) {
    if (value > (uint64_t)KL_SMALL_INT_MAX) {
        kl_raise_small_int_overflow();
    }
    return KL_OBJ_NEW_SMALL_INT((kl_int_t)value);
}

kl_obj_t kl_obj_new_int_from_uint(kl_uint_t value) {
    return kl_obj_new_int_from_u64(value);
}

kl_obj_t kl_obj_new_int_from_digits(const kl_mpn_dig_t *d, size_t n, bool neg) {
    uint64_t mag = 0;
    while (n > 0) {
        if (mag > (uint64_t)KL_SMALL_INT_MAX) {
            kl_raise_small_int_overflow();
        }
        mag = mag << KL_MPN_DIG_BITS | d[--n];
    }
    if (mag > (uint64_t)KL_SMALL_INT_MAX + neg) {
        kl_raise_small_int_overflow();
    }
    return KL_OBJ_NEW_SMALL_INT(neg ? -(kl_int_t)mag : (kl_int_t)mag);
}

bool kl_obj_int_get_mag64(kl_obj_t o, uint64_t *mag, bool *neg) {
    kl_int_t v = small_value(o);
    *neg = v < 0;
    *mag = small_mag(v);
    return true;
}

bool kl_obj_int_to_int_checked(kl_obj_t o, kl_int_t *value) {
    *value = small_value(o);
    return true;
}

#if KL_CFG_FLOAT
kl_float_t kl_obj_int_to_float(kl_obj_t o) {
    return (kl_float_t)small_value(o);
}

kl_obj_t kl_obj_new_int_from_float(kl_float_t value) {
    check_float_for_int(value);
    // Both bounds are powers of two, exact in a double.
    double t = trunc(value);
    if (t < (double)KL_SMALL_INT_MIN || t >= -(double)KL_SMALL_INT_MIN) {
        kl_raise_small_int_overflow();
    }
    return KL_OBJ_NEW_SMALL_INT((kl_int_t)t);
}
#endif

#endif // KL_CFG_BIGINT

// ==== Parsing ====

static int digit_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20; // 'A'-'Z' to 'a'-'z'; no other character lands there
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    return 99;
}

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r'); // \t \n \v \f \r
}

// Parse Python int() syntax; false on a syntax error.
static bool parse_int(const char *s, size_t len, int base, kl_obj_t *out) {
    const char *p = s, *end = s + len;
    while (p < end && is_space(*p)) {
        p++;
    }
    while (end > p && is_space(end[-1])) {
        end--;
    }
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p++ == '-';
    }
    bool prefixed = false;
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb != 0 && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            prefixed = true;
        }
    }
    if (base == 0) {
        base = 10;
        // Base 0 forbids leading zeros in a non-zero decimal number.
        if (end - p > 1 && p[0] == '0') {
            for (const char *q = p; q < end; q++) {
                if (*q != '0' && *q != '_') {
                    return false;
                }
            }
        }
    }
    if (p == end) {
        return false;
    }
    // Digits with single underscores between them (or right after a prefix).
    bool prev_digit = prefixed;
    size_t n_digits = 0;
#if !KL_CFG_BIGINT
    // The magnitude, checked against the small int range at every digit (so no digit limit is
    // needed: a long number overflows long before it is slow); a syntax error further on wins.
    kl_uint_t limit = (kl_uint_t)KL_SMALL_INT_MAX + neg, v = 0;
    bool overflow = false;
#endif
    for (const char *q = p; q < end; q++) {
        if (*q == '_') {
            if (!prev_digit) {
                return false;
            }
            prev_digit = false;
        } else {
            int d = digit_value(*q);
            if (d >= base) {
                return false;
            }
            prev_digit = true;
            n_digits++;
#if !KL_CFG_BIGINT
            if (v > (limit - (kl_uint_t)d) / (kl_uint_t)base) {
                overflow = true;
            }
            v = v * (kl_uint_t)base + (kl_uint_t)d;
#endif
        }
    }
    // No digit at all leaves prev_digit false too: the loop refuses a leading '_'.
    if (!prev_digit) {
        return false;
    }
#if !KL_CFG_BIGINT
    if (overflow) {
        kl_raise_small_int_overflow();
    }
    *out = KL_OBJ_NEW_SMALL_INT(neg ? -(kl_int_t)v : (kl_int_t)v);
    return true;
#else
    size_t limit = kl_state.int_max_str_digits;
    if (limit != 0 && n_digits > limit && (base & (base - 1)) != 0) {
        kl_raise_msg_fmt(&kl_type_ValueError,
                         KL_ERROR_TEXT("Exceeds the limit (%z digits) for integer string "
                                       "conversion: value has %z digits; use "
                                       "sys.set_int_max_str_digits() to increase the limit"),
                         limit, n_digits);
    }
    size_t nlen = (size_t)(end - p);
    if (nlen <= 9 && base <= 10) {
        kl_int_t v = 0;
        for (const char *q = p; q < end; q++) {
            if (*q != '_') {
                v = v * base + digit_value(*q);
            }
        }
        *out = KL_OBJ_NEW_SMALL_INT(neg ? -v : v);
        return true;
    }
    kl_obj_int_t *r = int_alloc(kl_mpn_from_str_len(nlen, (unsigned)base));
    size_t n = kl_mpn_from_str(r->dig, p, nlen, (unsigned)base);
    *out = int_finish(r, n, neg);
    return true;
#endif
}

static KL_NORETURN void raise_invalid_literal(const char *s, size_t len, int base) {
    kl_raise_msg_fmt(&kl_type_ValueError,
                     KL_ERROR_TEXT("invalid literal for int() with base %d: %r"), base,
                     kl_obj_new_str(s, len));
}

kl_obj_t kl_obj_new_int_from_str(const char *str, size_t len, int base) {
    kl_obj_t r;
    if (!parse_int(str, len, base, &r)) {
        raise_invalid_literal(str, len, base);
    }
    return r;
}

// ==== Printing ====

#if KL_CFG_BIGINT

static KL_NORETURN void raise_too_many_digits(size_t limit) {
    kl_raise_msg_fmt(&kl_type_ValueError,
                     KL_ERROR_TEXT("Exceeds the limit (%z digits) for integer string conversion; "
                                   "use sys.set_int_max_str_digits() to increase the limit"),
                     limit);
}

kl_obj_t kl_obj_int_format_base(kl_obj_t o, unsigned base, bool prefix, bool upper) {
    num_t a;
    to_num(o, &a);
    size_t limit = kl_state.int_max_str_digits;
    bool check = base == 10 && limit != 0 && kl_mpn_str_len(a.n, 10) > limit;
    if (check) {
        // Refuse before converting when even a lower bound on the digits is over the limit:
        // bits * log10(2), rounded down.
        size_t bits = (a.n - 1) * KL_MPN_DIG_BITS;
        for (kl_mpn_dig_t top = a.d[a.n - 1]; top != 0; top >>= 1) {
            bits++;
        }
        if ((bits - 1) / 10 * 3 > limit) {
            raise_too_many_digits(limit);
        }
    }
    kl_vstr_t v;
    size_t max = kl_mpn_str_len(a.n, base) + 4;
    kl_vstr_init(&v, max + 1);
    if (a.neg) {
        kl_vstr_add_byte(&v, '-');
    }
    if (prefix) {
        kl_vstr_add_str(&v, base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "");
    }
    if (a.n == 0) {
        kl_vstr_add_byte(&v, '0');
    } else {
        kl_mpn_dig_t *scratch = kl_gc_alloc(a.n * sizeof(kl_mpn_dig_t), KL_GC_ATOMIC);
        memcpy(scratch, a.d, a.n * sizeof(kl_mpn_dig_t));
        char *dst = kl_vstr_extend(&v, kl_mpn_str_len(a.n, base));
        size_t written = kl_mpn_to_str(dst, scratch, a.n, base, scratch);
        kl_vstr_cut_tail(&v, kl_mpn_str_len(a.n, base) - written);
        kl_gc_free(scratch);
    }
    if (check && v.len - a.neg > limit) {
        raise_too_many_digits(limit);
    }
    if (upper) {
        for (size_t i = 0; i < v.len; i++) {
            if (v.buf[i] >= 'a' && v.buf[i] <= 'z') {
                v.buf[i] = (char)(v.buf[i] - 32);
            }
        }
    }
    return kl_vstr_to_str(&v);
}

#else

kl_obj_t kl_obj_int_format_base(kl_obj_t o, unsigned base, bool prefix, bool upper) {
    kl_int_t v = small_value(o);
    kl_uint_t mag = small_mag(v);
    char buf[sizeof(kl_uint_t) * 8 + 3]; // base 2 digits, the prefix and the sign
    char *p = kl_vstr_uint_digits(buf + sizeof(buf), mag, base, upper);
    if (prefix && base != 10) {
        *--p = (char)((base == 16 ? 'x' : base == 8 ? 'o' : 'b') - (upper ? 32 : 0));
        *--p = '0';
    }
    if (v < 0) {
        *--p = '-';
    }
    return kl_obj_new_str(p, (size_t)(buf + sizeof(buf) - p));
}

#endif // KL_CFG_BIGINT

static void int_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    if (KL_OBJ_IS_SMALL_INT(o)) {
        kl_printf(print, "%lld", (long long)KL_OBJ_SMALL_INT_VALUE(o));
        return;
    }
#if KL_CFG_BIGINT
    kl_obj_t s = kl_obj_int_format_base(o, 10, false, false);
    size_t len;
    const char *data = kl_obj_str_get_data(s, &len);
    kl_print_strn(print, data, len);
#endif
}

// ==== Arithmetic ====

// [base] ** [exp] for a negative exponent: a float.
static kl_obj_t pow_negative(kl_obj_t base, kl_obj_t exp) {
#if KL_CFG_FLOAT
    kl_float_t b = kl_obj_int_to_float(base);
    kl_float_t x = kl_obj_int_to_float(exp);
    if (b == 0.0) {
        kl_raise_ZeroDivisionError(KL_ERROR_TEXT("0.0 cannot be raised to a negative power"));
    }
    return kl_obj_new_float(pow(b, x));
#else
    (void)base;
    (void)exp;
    kl_raise_no_float();
#endif
}

static void check_pow3_args(kl_obj_t base, kl_obj_t exp, kl_obj_t mod) {
    if (!kl_obj_is_int(base) || !kl_obj_is_int(exp) || !kl_obj_is_int(mod)) {
        kl_raise_TypeError(KL_ERROR_TEXT("pow() 3rd argument not allowed unless all arguments "
                                         "are integers"));
    }
}

#if KL_CFG_BIGINT

static kl_obj_t add_signed(const num_t *a, const num_t *b, bool b_neg) {
    size_t n = (a->n > b->n ? a->n : b->n) + 1;
    kl_obj_int_t *r = int_alloc(n);
    size_t rn;
    bool neg;
    if (a->neg == b_neg) {
        rn = kl_mpn_add(r->dig, a->d, a->n, b->d, b->n);
        neg = a->neg;
    } else if (kl_mpn_cmp(a->d, a->n, b->d, b->n) >= 0) {
        rn = kl_mpn_sub(r->dig, a->d, a->n, b->d, b->n);
        neg = a->neg;
    } else {
        rn = kl_mpn_sub(r->dig, b->d, b->n, a->d, a->n);
        neg = b_neg;
    }
    return int_finish(r, rn, neg);
}

static kl_obj_t mul(const num_t *a, const num_t *b) {
    if (a->n == 0 || b->n == 0) {
        return KL_OBJ_NEW_SMALL_INT(0);
    }
    // A budget is charged a unit per 256 digit products (the schoolbook bound; Karatsuba does
    // fewer, so this errs toward stopping early).
    kl_budget_charge((a->n * b->n) >> 8);
    kl_obj_int_t *r = int_alloc(a->n + b->n);
    size_t sl = kl_mpn_mul_scratch_len(a->n, b->n);
    kl_mpn_dig_t *scratch = sl ? kl_gc_alloc(sl * sizeof(kl_mpn_dig_t), KL_GC_ATOMIC) : NULL;
    size_t rn = kl_mpn_mul(r->dig, a->d, a->n, b->d, b->n, scratch);
    kl_gc_free(scratch);
    return int_finish(r, rn, a->neg != b->neg);
}

// Floor division and modulo with Python's signs; either output may be NULL.
static void divmod_num(const num_t *a, const num_t *b, kl_obj_t *q_out, kl_obj_t *r_out) {
    size_t qalloc = a->n >= b->n ? a->n - b->n + 1 : 1;
    kl_budget_charge((qalloc * b->n) >> 8); // as mul: a unit per 256 digit products
    kl_obj_int_t *q = int_alloc(qalloc + 1);
    kl_obj_int_t *r = int_alloc(b->n + 1);
    kl_mpn_dig_t *scratch =
        kl_gc_alloc(kl_mpn_divmod_scratch_len(a->n, b->n) * sizeof(kl_mpn_dig_t), KL_GC_ATOMIC);
    size_t qn = 0, rn = 0;
    if (kl_mpn_cmp(a->d, a->n, b->d, b->n) < 0) {
        memcpy(r->dig, a->d, a->n * sizeof(kl_mpn_dig_t));
        rn = a->n;
    } else {
        kl_mpn_divmod(q->dig, &qn, r->dig, &rn, a->d, a->n, b->d, b->n, scratch);
    }
    kl_gc_free(scratch);
    bool neg = a->neg != b->neg;
    if (neg && rn > 0) {
        // Round the quotient toward minus infinity: q = q + 1, r = b - r.
        qn = kl_mpn_add_1(q->dig, q->dig, qn, 1);
        rn = kl_mpn_sub(r->dig, b->d, b->n, r->dig, rn);
    }
    if (q_out != NULL) {
        *q_out = int_finish(q, qn, neg);
    }
    if (r_out != NULL) {
        *r_out = int_finish(r, rn, b->neg);
    }
}

static kl_obj_t int_pow(kl_obj_t base, kl_obj_t exp) {
    num_t e;
    to_num(exp, &e);
    if (e.neg) {
        return pow_negative(base, exp);
    }
    kl_obj_t result = KL_OBJ_NEW_SMALL_INT(1);
    kl_obj_t sq = base;
    // Square-and-multiply over the exponent's bits.
    size_t bits = kl_mpn_bit_length(e.d, e.n);
    if (bits > 64) {
        num_t b;
        to_num(base, &b);
        if (b.n == 0 || (b.n == 1 && b.d[0] == 1)) {
            return (b.neg && (e.d[0] & 1)) ? KL_OBJ_NEW_SMALL_INT(-1)
                                           : KL_OBJ_NEW_SMALL_INT(b.n == 0 ? 0 : 1);
        }
        kl_raise_MemoryError();
    }
    for (size_t i = 0; i < bits; i++) {
        if ((e.d[i / 32] >> (i % 32)) & 1) {
            result = kl_obj_int_binary_op(KL_BINARY_OP_MUL, result, sq);
        }
        if (i + 1 < bits) {
            sq = kl_obj_int_binary_op(KL_BINARY_OP_MUL, sq, sq);
        }
    }
    return result;
}

kl_obj_t kl_obj_int_pow3(kl_obj_t base, kl_obj_t exp, kl_obj_t mod) {
    check_pow3_args(base, exp, mod);
    num_t m;
    to_num(mod, &m);
    if (m.n == 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("pow() 3rd argument cannot be 0"));
    }
    if (m.n == 1 && m.d[0] == 1) {
        // Everything is 0 modulo 1, as CPython answers before it looks for an inverse.
        return KL_OBJ_NEW_SMALL_INT(0);
    }
    num_t e;
    to_num(exp, &e);
    if (e.neg) {
        // Modular inverse by the extended Euclidean algorithm, then a positive power.
        kl_obj_t a = kl_obj_int_binary_op(KL_BINARY_OP_MOD, base, mod);
        kl_obj_t mm = m.neg ? kl_unary_op(KL_UNARY_OP_NEGATIVE, mod) : mod;
        kl_obj_t old_r = a, r = mm, old_s = KL_OBJ_NEW_SMALL_INT(1), s = KL_OBJ_NEW_SMALL_INT(0);
        while (r != KL_OBJ_NEW_SMALL_INT(0)) {
            kl_obj_t q = kl_obj_int_binary_op(KL_BINARY_OP_FLOORDIV, old_r, r);
            kl_obj_t t = kl_obj_int_binary_op(KL_BINARY_OP_SUB, old_r,
                                              kl_obj_int_binary_op(KL_BINARY_OP_MUL, q, r));
            old_r = r;
            r = t;
            t = kl_obj_int_binary_op(KL_BINARY_OP_SUB, old_s,
                                     kl_obj_int_binary_op(KL_BINARY_OP_MUL, q, s));
            old_s = s;
            s = t;
        }
        if (old_r != KL_OBJ_NEW_SMALL_INT(1)) {
            kl_raise_ValueError(KL_ERROR_TEXT("base is not invertible for the given modulus"));
        }
        base = kl_obj_int_binary_op(KL_BINARY_OP_MOD, old_s, mod);
        exp = kl_unary_op(KL_UNARY_OP_NEGATIVE, exp);
        to_num(exp, &e);
    }
    kl_obj_t result = kl_obj_int_binary_op(KL_BINARY_OP_MOD, KL_OBJ_NEW_SMALL_INT(1), mod);
    kl_obj_t sq = kl_obj_int_binary_op(KL_BINARY_OP_MOD, base, mod);
    size_t bits = kl_mpn_bit_length(e.d, e.n);
    for (size_t i = 0; i < bits; i++) {
        if ((e.d[i / 32] >> (i % 32)) & 1) {
            result = kl_obj_int_binary_op(KL_BINARY_OP_MOD,
                                          kl_obj_int_binary_op(KL_BINARY_OP_MUL, result, sq), mod);
        }
        sq = kl_obj_int_binary_op(KL_BINARY_OP_MOD, kl_obj_int_binary_op(KL_BINARY_OP_MUL, sq, sq),
                                  mod);
    }
    return result;
}

static kl_obj_t shift(const num_t *a, kl_obj_t count, bool left) {
    num_t c;
    to_num(count, &c);
    if (c.neg) {
        kl_raise_ValueError(KL_ERROR_TEXT("negative shift count"));
    }
    uint64_t bits;
    if (!kl_mpn_to_u64(c.d, c.n, &bits) || bits > ((uint64_t)1 << 31)) {
        if (!left || a->n == 0) {
            return KL_OBJ_NEW_SMALL_INT(left || !a->neg || a->n == 0 ? 0 : -1);
        }
        kl_raise_OverflowError(KL_ERROR_TEXT("too many digits in integer"));
    }
    if (left) {
        if (a->n == 0) {
            return KL_OBJ_NEW_SMALL_INT(0);
        }
        kl_obj_int_t *r = int_alloc(a->n + (size_t)bits / 32 + 1);
        size_t rn = kl_mpn_shl(r->dig, a->d, a->n, (size_t)bits);
        return int_finish(r, rn, a->neg);
    }
    size_t drop = (size_t)bits / 32;
    size_t rlen = a->n > drop ? a->n - drop + 1 : 1;
    kl_obj_int_t *r = int_alloc(rlen);
    bool rneg = false;
    size_t rn = kl_mpn_shr_signed(r->dig, &rneg, a->d, a->n, a->neg, (size_t)bits);
    return int_finish(r, rn, rneg);
}

static kl_obj_t bitwise(kl_binary_op_t op, const num_t *a, const num_t *b) {
    size_t n = (a->n > b->n ? a->n : b->n) + 1;
    kl_obj_int_t *r = int_alloc(n);
    bool rneg = false;
    size_t rn;
    if (op == KL_BINARY_OP_AND) {
        rn = kl_mpn_and_signed(r->dig, &rneg, a->d, a->n, a->neg, b->d, b->n, b->neg);
    } else if (op == KL_BINARY_OP_OR) {
        rn = kl_mpn_or_signed(r->dig, &rneg, a->d, a->n, a->neg, b->d, b->n, b->neg);
    } else {
        rn = kl_mpn_xor_signed(r->dig, &rneg, a->d, a->n, a->neg, b->d, b->n, b->neg);
    }
    return int_finish(r, rn, rneg);
}

#else // !KL_CFG_BIGINT

// [base] ** [exp] for small ints. When the result fits, so does every square on the way: the
// last one squared is at most |base| ** exp.
static kl_obj_t int_pow(kl_obj_t base, kl_obj_t exp) {
    kl_int_t e = small_value(exp), sq = small_value(base), r = 1;
    if (e < 0) {
        return pow_negative(base, exp);
    }
    while (e != 0) {
        if ((e & 1) && (__builtin_mul_overflow(r, sq, &r) || !KL_SMALL_INT_FITS(r))) {
            kl_raise_small_int_overflow();
        }
        e >>= 1;
        if (e != 0 && (__builtin_mul_overflow(sq, sq, &sq) || !KL_SMALL_INT_FITS(sq))) {
            kl_raise_small_int_overflow();
        }
    }
    return KL_OBJ_NEW_SMALL_INT(r);
}

// [a] * [b] mod [m] for a, b < m <= 2**30 (2**62 on a 64-bit target) without a double-width
// product or division (a library call on Cortex-M): a sum of doublings, each below 2 * m.
static kl_uint_t mulmod(kl_uint_t a, kl_uint_t b, kl_uint_t m) {
    kl_uint_t r = 0;
    for (; b != 0; b >>= 1) {
        if (b & 1) {
            r += a;
            r -= r >= m ? m : 0;
        }
        a += a;
        a -= a >= m ? m : 0;
    }
    return r;
}

kl_obj_t kl_obj_int_pow3(kl_obj_t base, kl_obj_t exp, kl_obj_t mod) {
    check_pow3_args(base, exp, mod);
    kl_int_t m = small_value(mod), e = small_value(exp), b = small_value(base);
    if (m == 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("pow() 3rd argument cannot be 0"));
    }
    kl_int_t um = (kl_int_t)small_mag(m); // fits: KL_SMALL_INT_MIN is 2 bits above the word's
    if (um == 1) {
        return KL_OBJ_NEW_SMALL_INT(0);
    }
    kl_int_t x = b % um;
    x += x < 0 ? um : 0;
    if (e < 0) {
        // The inverse of x modulo um by the extended Euclidean algorithm; every value stays
        // within [-um, um].
        kl_int_t r0 = um, r1 = x, s0 = 0, s1 = 1;
        while (r1 != 0) {
            kl_int_t q = r0 / r1, t = r0 - q * r1;
            r0 = r1;
            r1 = t;
            t = s0 - q * s1;
            s0 = s1;
            s1 = t;
        }
        if (r0 != 1) {
            kl_raise_ValueError(KL_ERROR_TEXT("base is not invertible for the given modulus"));
        }
        x = s0 + (s0 < 0 ? um : 0);
        e = -e;
    }
    kl_uint_t r = 1, sq = (kl_uint_t)x;
    for (; e != 0; e >>= 1) {
        if (e & 1) {
            r = mulmod(r, sq, (kl_uint_t)um);
        }
        sq = mulmod(sq, sq, (kl_uint_t)um);
    }
    // Python's result has the modulus's sign.
    return KL_OBJ_NEW_SMALL_INT(m < 0 && r != 0 ? (kl_int_t)r - um : (kl_int_t)r);
}

#endif // KL_CFG_BIGINT

int kl_obj_int_cmp(kl_obj_t a, kl_obj_t b) {
#if !KL_CFG_BIGINT
    kl_int_t x = small_value(a), y = small_value(b);
    return x < y ? -1 : x > y;
#else
    if (KL_OBJ_IS_SMALL_INT(a) && KL_OBJ_IS_SMALL_INT(b)) {
        kl_int_t x = KL_OBJ_SMALL_INT_VALUE(a), y = KL_OBJ_SMALL_INT_VALUE(b);
        return x < y ? -1 : x > y;
    }
    num_t x, y;
    to_num(a, &x);
    to_num(b, &y);
    if (x.neg != y.neg) {
        return x.neg ? -1 : 1;
    }
    int c = kl_mpn_cmp(x.d, x.n, y.d, y.n);
    return x.neg ? -c : c;
#endif
}

int kl_obj_int_cmp_float(kl_obj_t i, kl_float_t f) {
    if (isnan(f)) {
        return 2;
    }
    if (isinf(f)) {
        return f > 0 ? -1 : 1;
    }
#if !KL_CFG_BIGINT
    // Past the small ints (powers of two, exact in a double) f is beyond every int.
    if (f >= -(double)KL_SMALL_INT_MIN || f < (double)KL_SMALL_INT_MIN) {
        return f > 0 ? -1 : 1;
    }
#endif
    // Compare exactly: floor(f) as an int first, then the fraction.
    double fl = floor(f);
    kl_obj_t fi = kl_obj_new_int_from_float(fl);
    int c = kl_obj_int_cmp(i, fi);
    if (c != 0) {
        return c;
    }
    return fl == f ? 0 : -1;
}

// The comparison [op] (KL_BINARY_OP_LT to KL_BINARY_OP_GE) of two ints that compare as [c] (-1, 0
// or 1). Three bits an operator, in the order of kl_binary_op_t, say for which c it holds: bit
// c + 1 of LT's is set for c = -1 only, and so on.
static kl_obj_t compare_result(kl_binary_op_t op, int c) {
    // clang-format off
    static const uint32_t holds = 1u << 0 | 4u << 3 | 2u << 6 |  // LT GT EQ
                                  5u << 9 | 3u << 12 | 6u << 15; // NE LE GE
    // clang-format on
    return KL_OBJ_FROM_BOOL((holds >> ((op - KL_BINARY_OP_LT) * 3 + c + 1)) & 1);
}

kl_obj_t kl_obj_int_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    if (!kl_obj_is_int(lhs) || !kl_obj_is_int(rhs)) {
        return KL_OBJ_NULL;
    }
    if (op >= KL_BINARY_OP_INPLACE_ADD && op <= KL_BINARY_OP_INPLACE_LAST) {
        op = (kl_binary_op_t)(op - KL_BINARY_OP_INPLACE_OFFSET);
    }
#if !KL_CFG_BIGINT
    // Bools as 0 and 1: every operand is then a small int.
    lhs = KL_OBJ_NEW_SMALL_INT(small_value(lhs));
    rhs = KL_OBJ_NEW_SMALL_INT(small_value(rhs));
#endif
    if (KL_OBJ_IS_SMALL_INT(lhs) && KL_OBJ_IS_SMALL_INT(rhs)) {
        kl_int_t a = KL_OBJ_SMALL_INT_VALUE(lhs), b = KL_OBJ_SMALL_INT_VALUE(rhs), r;
        switch (op) {
            case KL_BINARY_OP_ADD:
                return kl_obj_new_int(a + b);
            case KL_BINARY_OP_SUB:
                return kl_obj_new_int(a - b);
            case KL_BINARY_OP_MUL:
                if (!__builtin_mul_overflow(a, b, &r)) {
                    return kl_obj_new_int(r);
                }
                break;
            case KL_BINARY_OP_FLOORDIV:
            case KL_BINARY_OP_MOD: {
                if (b == 0) {
                    kl_raise_ZeroDivisionError(op == KL_BINARY_OP_MOD
                                                   ? KL_ERROR_TEXT("integer modulo by zero")
                                                   : KL_ERROR_TEXT("integer division or modulo "
                                                                   "by zero"));
                }
                kl_int_t q = a / b, m = a % b;
                if (m != 0 && ((m < 0) != (b < 0))) {
                    q--;
                    m += b;
                }
                return kl_obj_new_int(op == KL_BINARY_OP_MOD ? m : q);
            }
            case KL_BINARY_OP_AND:
                return KL_OBJ_NEW_SMALL_INT(a & b);
            case KL_BINARY_OP_OR:
                return KL_OBJ_NEW_SMALL_INT(a | b);
            case KL_BINARY_OP_XOR:
                return KL_OBJ_NEW_SMALL_INT(a ^ b);
            case KL_BINARY_OP_RSHIFT:
            case KL_BINARY_OP_LSHIFT:
                if (b < 0) {
                    kl_raise_ValueError(KL_ERROR_TEXT("negative shift count"));
                }
                // A count past the word's bits shifts as far as the last one: right, to 0 or
                // -1; left, only 0 still fits.
                if (b > (kl_int_t)(sizeof(kl_int_t) * 8 - 1)) {
                    b = (kl_int_t)(sizeof(kl_int_t) * 8 - 1);
                }
                if (op == KL_BINARY_OP_RSHIFT) {
                    return KL_OBJ_NEW_SMALL_INT(a >> b);
                }
                r = (kl_int_t)((kl_uint_t)a << b);
                if ((r >> b) == a && KL_SMALL_INT_FITS(r)) {
                    return KL_OBJ_NEW_SMALL_INT(r);
                }
                break;
            default:
                if (op >= KL_BINARY_OP_LT && op <= KL_BINARY_OP_GE) {
                    return compare_result(op, (a > b) - (a < b));
                }
                break;
        }
    }
#if !KL_CFG_BIGINT
    // What the small int paths above left: a result that does not fit, true division and
    // powers.
    kl_int_t b = KL_OBJ_SMALL_INT_VALUE(rhs);
    switch (op) {
        case KL_BINARY_OP_MUL:
        case KL_BINARY_OP_LSHIFT:
            kl_raise_small_int_overflow();
        case KL_BINARY_OP_TRUEDIV:
            if (b == 0) {
                kl_raise_ZeroDivisionError(KL_ERROR_TEXT("division by zero"));
            }
#if KL_CFG_FLOAT
            return kl_obj_new_float((kl_float_t)((double)KL_OBJ_SMALL_INT_VALUE(lhs) / (double)b));
#else
            kl_raise_no_float();
#endif
        case KL_BINARY_OP_POW:
            return int_pow(lhs, rhs);
        default:
            return KL_OBJ_NULL;
    }
#else
    num_t a, b;
    to_num(lhs, &a);
    to_num(rhs, &b);
    switch (op) {
        case KL_BINARY_OP_ADD:
            return add_signed(&a, &b, b.neg);
        case KL_BINARY_OP_SUB:
            return add_signed(&a, &b, b.n > 0 && !b.neg);
        case KL_BINARY_OP_MUL:
            return mul(&a, &b);
        case KL_BINARY_OP_FLOORDIV:
        case KL_BINARY_OP_MOD: {
            if (b.n == 0) {
                kl_raise_ZeroDivisionError(op == KL_BINARY_OP_MOD
                                               ? KL_ERROR_TEXT("integer modulo by zero")
                                               : KL_ERROR_TEXT("integer division or modulo by "
                                                               "zero"));
            }
            kl_obj_t r;
            divmod_num(&a, &b, op == KL_BINARY_OP_FLOORDIV ? &r : NULL,
                       op == KL_BINARY_OP_MOD ? &r : NULL);
            return r;
        }
        case KL_BINARY_OP_TRUEDIV: {
            if (b.n == 0) {
                kl_raise_ZeroDivisionError(KL_ERROR_TEXT("division by zero"));
            }
#if !KL_CFG_FLOAT
            kl_raise_no_float();
#else
            if (a.n <= 1 && b.n <= 1) {
                // Both below 2**32: exact in a double, so one division rounds correctly.
                double x = a.n ? (double)a.d[0] : 0.0, y = (double)b.d[0];
                double q = x / y;
                return kl_obj_new_float(a.neg != b.neg ? -q : q);
            }
            size_t sl = kl_mpn_truediv_scratch_len(a.n, b.n);
            kl_mpn_dig_t *scratch = kl_gc_alloc(sl * sizeof(kl_mpn_dig_t), KL_GC_ATOMIC);
            bool overflow = false;
            double q = kl_mpn_truediv(a.d, a.n, b.d, b.n, scratch, &overflow);
            kl_gc_free(scratch);
            if (overflow) {
                kl_raise_OverflowError(KL_ERROR_TEXT("integer division result too large for a "
                                                     "float"));
            }
            return kl_obj_new_float(a.neg != b.neg ? -q : q);
#endif
        }
        case KL_BINARY_OP_POW:
            return int_pow(lhs, rhs);
        case KL_BINARY_OP_LSHIFT:
            return shift(&a, rhs, true);
        case KL_BINARY_OP_RSHIFT:
            return shift(&a, rhs, false);
        case KL_BINARY_OP_AND:
        case KL_BINARY_OP_OR:
        case KL_BINARY_OP_XOR:
            return bitwise(op, &a, &b);
        default:
            if (op >= KL_BINARY_OP_LT && op <= KL_BINARY_OP_GE) {
                return compare_result(op, kl_obj_int_cmp(lhs, rhs));
            }
            return KL_OBJ_NULL;
    }
#endif // KL_CFG_BIGINT
}

kl_obj_t kl_obj_int_hash(kl_obj_t o) {
    // Python's numeric hash: the value modulo 2**61 - 1 (2**31 - 1 on 32-bit), with the sign,
    // and -1 mapped to -2.
#if !KL_CFG_BIGINT
    kl_int_t v = small_value(o);
    // Every small int is below the modulus unless a word is wider than the hash (64-bit).
    if ((kl_uint_t)KL_SMALL_INT_MAX >= KL_HASH_MODULUS) {
        kl_int_t h = (kl_int_t)(small_mag(v) % KL_HASH_MODULUS);
        v = v < 0 ? -h : h;
    }
#else
    num_t a;
    to_num(o, &a);
    kl_uint_t h = 0;
    for (size_t i = a.n; i > 0; i--) {
        // h = (h * 2**32 + digit) mod P, done as rotations since 2**BITS == 1 (mod P).
        for (int k = 0; k < 32; k++) {
            h = ((h << 1) & KL_HASH_MODULUS) | (h >> (KL_HASH_BITS - 1));
        }
        h += a.d[i - 1];
        if (h >= KL_HASH_MODULUS) {
            h -= KL_HASH_MODULUS;
        }
    }
    kl_int_t v = a.neg ? -(kl_int_t)h : (kl_int_t)h;
#endif
    if (v == -1) {
        v = -2;
    }
    return KL_OBJ_NEW_SMALL_INT(v);
}

static kl_obj_t int_unary_op(kl_unary_op_t op, kl_obj_t o) {
    // A bool as the int 0 or 1, which every case below (its truth too) treats alike.
    if (is_bool(o)) {
        o = KL_OBJ_NEW_SMALL_INT(o == kl_const_true);
    }
    switch (op) {
        case KL_UNARY_OP_BOOL:
            return KL_OBJ_FROM_BOOL(!KL_OBJ_IS_SMALL_INT(o) || KL_OBJ_SMALL_INT_VALUE(o) != 0);
        case KL_UNARY_OP_HASH:
            return kl_obj_int_hash(o);
        case KL_UNARY_OP_POSITIVE:
        case KL_UNARY_OP_INT:
            return o;
        case KL_UNARY_OP_FLOAT:
#if KL_CFG_FLOAT
            return kl_obj_new_float(kl_obj_int_to_float(o));
#else
            kl_raise_no_float();
#endif
        case KL_UNARY_OP_NEGATIVE:
#if KL_CFG_BIGINT
            if (!KL_OBJ_IS_SMALL_INT(o)) {
                const kl_obj_int_t *i = (const kl_obj_int_t *)o;
                return from_digits(i->dig, i->len, !i->neg);
            }
#endif
            return kl_obj_new_int(-KL_OBJ_SMALL_INT_VALUE(o));
        case KL_UNARY_OP_ABS: {
#if KL_CFG_BIGINT
            if (!KL_OBJ_IS_SMALL_INT(o)) {
                const kl_obj_int_t *i = (const kl_obj_int_t *)o;
                return i->neg ? from_digits(i->dig, i->len, false) : o;
            }
#endif
            kl_int_t v = KL_OBJ_SMALL_INT_VALUE(o);
            return kl_obj_new_int(v < 0 ? -v : v);
        }
        case KL_UNARY_OP_INVERT:
#if KL_CFG_BIGINT
            if (!KL_OBJ_IS_SMALL_INT(o)) {
                num_t a;
                to_num(o, &a);
                kl_obj_int_t *r = int_alloc(a.n + 1);
                bool rneg = false;
                size_t rn = kl_mpn_invert_signed(r->dig, &rneg, a.d, a.n, a.neg);
                return int_finish(r, rn, rneg);
            }
#endif
            return KL_OBJ_NEW_SMALL_INT(~KL_OBJ_SMALL_INT_VALUE(o));
        default:
            return KL_OBJ_NULL;
    }
}

static kl_obj_t int_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    return kl_obj_int_binary_op(op, lhs, rhs);
}

kl_obj_t kl_obj_index_maybe(kl_obj_t o) {
    if (!kl_obj_is_int(o)) {
        // A special method: looked up on the type, so a class passed as the value (bin(int))
        // does not find its instances' __index__.
        const kl_obj_type_t *type = kl_obj_get_type(o);
        kl_obj_t f = kl_type_lookup(type, KL_QSTR___index__);
        if (f == KL_OBJ_NULL) {
            return KL_OBJ_NULL;
        }
        kl_obj_t m[2] = {KL_OBJ_NULL, KL_OBJ_NULL};
        kl_type_bind_attr(f, o, type, m);
        o = kl_call_method_n_kw(0, 0, m);
        if (!kl_obj_is_int(o)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("__index__ returned non-int (type %T)"), o);
        }
    }
    return is_bool(o) ? KL_OBJ_NEW_SMALL_INT(o == kl_const_true) : o;
}

kl_obj_t kl_obj_index(kl_obj_t o) {
    kl_obj_t i = kl_obj_index_maybe(o);
    if (i == KL_OBJ_NULL) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("'%T' object cannot be interpreted as an integer"), o);
    }
    return i;
}

// int(x=0), int(x, base)
static kl_obj_t int_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                             const kl_obj_t *args) {
    (void)type;
    // x is positional-only: no keyword's name is the null qstr.
    static const uint16_t names[2] = {KL_QSTR_NULL, KL_QSTR_base};
    kl_obj_t a[2];
    kl_arg_bind("int", n_args, n_kw, args, 0, 2, 2, names, a);
    kl_obj_t x = a[0] != KL_OBJ_NULL ? a[0] : KL_OBJ_NEW_SMALL_INT(0);
    kl_obj_t base = a[1];
    // A str or bytes (or a bytes-like object, read as bytes) is parsed in base [b].
    kl_int_t b = 10;
    if (base != KL_OBJ_NULL) {
        if (a[0] == KL_OBJ_NULL) {
            kl_raise_TypeError(KL_ERROR_TEXT("int() missing string argument"));
        }
        // A base too big for a machine word is as out of range as any other (without big ints
        // every int is small).
        kl_obj_t bi = kl_obj_index(base);
        if (!KL_CFG_BIGINT) {
            b = KL_OBJ_SMALL_INT_VALUE(bi);
        } else if (!kl_obj_get_int_maybe(bi, &b)) {
            b = -1;
        }
        if (b != 0 && (b < 2 || b > 36)) {
            kl_raise_ValueError(KL_ERROR_TEXT("int() base must be >= 2 and <= 36, or 0"));
        }
        if (KL_CFG_BYTEARRAY && kl_obj_is_type(x, &kl_type_bytearray)) {
            size_t len;
            const char *s;
            kl_buffer_get(x, &s, &len, false);
            x = kl_obj_new_bytes(s, len); // for the error message, which shows b'...'
        }
        if (!kl_obj_is_str(x) && !kl_obj_is_bytes(x)) {
            kl_raise_TypeError(KL_ERROR_TEXT("int() can't convert non-string with explicit base"));
        }
    } else if (kl_obj_is_int(x)) {
        return kl_obj_index(x);
    }
#if KL_CFG_FLOAT
    else if (kl_obj_is_type(x, &kl_type_float)) {
        return kl_obj_new_int_from_float(((kl_obj_float_t *)x)->value);
    }
#endif
    else if (!kl_obj_is_str(x) && !kl_obj_is_bytes(x)) {
        const char *data;
        size_t data_len;
        // Only bytearray, memoryview and array lend their bytes besides bytes itself.
        if ((KL_CFG_BYTEARRAY || KL_CFG_MEMORYVIEW || KL_CFG_MODULE_ARRAY) &&
            !(kl_obj_get_type(x)->flags & KL_TYPE_FLAG_HEAP) &&
            kl_buffer_get_maybe(x, &data, &data_len, false)) {
            // bytearray, memoryview and the other bytes-like objects parse like bytes.
            x = kl_obj_new_bytes(data, data_len);
        } else {
            const kl_obj_type_t *t = kl_obj_get_type(x);
            kl_unary_op_fun_t unary_op = kl_type_unary_op(t);
            if (unary_op != NULL) {
                kl_obj_t r = unary_op(KL_UNARY_OP_INT, x);
                if (r != KL_OBJ_NULL) {
                    return r;
                }
            }
            kl_obj_t m[2];
            kl_load_special_method_maybe(x, KL_QSTR___index__, m);
            if (m[0] != KL_OBJ_NULL) {
                return kl_obj_index(x);
            }
            // __trunc__, which Python 3.11 deprecates here, only with
            // KL_CFG_SPECIAL_METHODS_FULL (without it no class has one; #if keeps the name out of
            // the image).
#if KL_CFG_SPECIAL_METHODS_FULL
            kl_load_special_method_maybe(x, KL_QSTR___trunc__, m);
            if (m[0] != KL_OBJ_NULL) {
                return kl_call_method_n_kw(0, 0, m);
            }
#endif
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("int() argument must be a string, a bytes-like object "
                                           "or a real number, not '%T'"),
                             x);
        }
    }
    size_t len;
    const char *s = kl_obj_str_get_number_text(x, &len);
    kl_obj_t r;
    if (!parse_int(s, len, (int)b, &r)) {
        kl_raise_msg_fmt(&kl_type_ValueError,
                         KL_ERROR_TEXT("invalid literal for int() with base %d: %r"), (int)b, x);
    }
    return r;
}

// ==== Methods ====

size_t kl_obj_int_bit_length(kl_obj_t o) {
#if KL_CFG_BIGINT
    num_t a;
    to_num(o, &a);
    return kl_mpn_bit_length(a.d, a.n);
#else
    size_t n = 0;
    for (kl_uint_t mag = small_mag(small_value(o)); mag != 0; mag >>= 1) {
        n++;
    }
    return n;
#endif
}

static kl_obj_t int_bit_length(kl_obj_t self) {
    return kl_obj_new_int_from_uint(kl_obj_int_bit_length(self));
}
static KL_DEFINE_FUN_1(int_bit_length_obj, bit_length, int_bit_length);

#if KL_CFG_INT_METHODS_FULL
static kl_obj_t int_bit_count(kl_obj_t self) {
    size_t c = 0;
#if KL_CFG_BIGINT
    num_t a;
    to_num(self, &a);
    for (size_t i = 0; i < a.n; i++) {
        c += (size_t)__builtin_popcount(a.d[i]);
    }
#else
    for (kl_uint_t mag = small_mag(small_value(self)); mag != 0; mag &= mag - 1) {
        c++;
    }
#endif
    return kl_obj_new_int_from_uint(c);
}
static KL_DEFINE_FUN_1(int_bit_count_obj, bit_count, int_bit_count);

static kl_obj_t int_conjugate(kl_obj_t self) {
    return kl_obj_index(self);
}
static KL_DEFINE_FUN_1(int_conjugate_obj, conjugate, int_conjugate);

static kl_obj_t int_as_integer_ratio(kl_obj_t self) {
    kl_obj_t items[2] = {kl_obj_index(self), KL_OBJ_NEW_SMALL_INT(1)};
    return kl_obj_new_tuple(2, items);
}
static KL_DEFINE_FUN_1(int_as_integer_ratio_obj, as_integer_ratio, int_as_integer_ratio);
#endif // KL_CFG_INT_METHODS_FULL

// The byteorder argument of to_bytes and from_bytes ([fname]): true for 'little'.
static bool byteorder_is_little(kl_obj_t o, const char *fname) {
    if (o == KL_OBJ_NULL) {
        return false;
    }
    if (!kl_obj_is_str(o)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%s() argument 'byteorder' must be str, not %N"), fname, o);
    }
    size_t len;
    const char *s = kl_obj_str_get_data(o, &len);
    if (len == 6 && memcmp(s, "little", 6) == 0) {
        return true;
    }
    if (len == 3 && memcmp(s, "big", 3) == 0) {
        return false;
    }
    kl_raise_ValueError(KL_ERROR_TEXT("byteorder must be either 'little' or 'big'"));
}

// The arguments of to_bytes and from_bytes ([fname]) after self or the class, [n_required] of
// them needed, into [a] (the third, signed, keyword only): whether signed is true. [little]
// receives the byteorder.
static bool bind_bytes_args(const char *fname, size_t n_args, size_t n_kw, const kl_obj_t *args,
                            size_t n_required, const uint16_t *names, kl_obj_t *a, bool *little) {
    kl_arg_bind(fname, n_args - 1, n_kw, args + 1, n_required, 2, 3, names, a);
    *little = byteorder_is_little(a[1], fname);
    return a[2] != KL_OBJ_NULL && kl_obj_is_true(a[2]);
}

static const uint16_t to_bytes_names[] = {KL_QSTR_length, KL_QSTR_byteorder, KL_QSTR_signed};

// int.to_bytes(length=1, byteorder='big', *, signed=False)
static kl_obj_t int_to_bytes(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t self = args[0];
    kl_obj_t arg[3];
    bool little;
    bool is_signed =
        bind_bytes_args("to_bytes", n_args, n_kw, args, 0, to_bytes_names, arg, &little);
    kl_int_t len = arg[0] == KL_OBJ_NULL ? 1 : kl_obj_get_int(kl_obj_index(arg[0]));
    if (len < 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("length argument must be non-negative"));
    }
#if !KL_CFG_BIGINT
    kl_int_t v = small_value(self);
    if (v < 0 && !is_signed) {
        kl_raise_OverflowError(KL_ERROR_TEXT("can't convert negative int to unsigned"));
    }
    // The bits of v in two's complement: with a sign bit when signed, except for 0 and (as
    // CPython 3.11 allows) -1, which fit in no bytes at all.
    size_t need = is_signed && v != 0 && v != -1;
    for (kl_uint_t m = (kl_uint_t)(v < 0 ? ~v : v); m != 0; m >>= 1) {
        need++;
    }
    if (need > (size_t)len * 8) {
        kl_raise_OverflowError(KL_ERROR_TEXT("int too big to convert"));
    }
    char *buf = kl_gc_alloc((size_t)len + 1, KL_GC_ATOMIC);
    for (kl_int_t i = 0; i < len; i++) {
        size_t shift =
            (size_t)i * 8 < sizeof(kl_int_t) * 8 ? (size_t)i * 8 : sizeof(kl_int_t) * 8 - 1;
        buf[little ? i : len - 1 - i] = (char)(uint8_t)(v >> shift);
    }
    return kl_obj_new_bytes(buf, (size_t)len);
#else
    num_t a;
    to_num(self, &a);
    if (a.neg && !is_signed) {
        kl_raise_OverflowError(KL_ERROR_TEXT("can't convert negative int to unsigned"));
    }
    // Two's complement of the value in len bytes.
    size_t bits = kl_mpn_bit_length(a.d, a.n);
    // A sign bit, except for 0, which fits in no bytes at all.
    size_t need = is_signed && bits > 0 ? bits + 1 : bits;
    if (a.neg && a.n > 0) {
        // -2**(k) fits in k+1 bits.
        bool pow2 = true;
        for (size_t i = 0; i + 1 < a.n; i++) {
            pow2 = pow2 && a.d[i] == 0;
        }
        if (pow2 && (a.d[a.n - 1] & (a.d[a.n - 1] - 1)) == 0) {
            need = bits;
        }
        // CPython 3.11 lets -1 (alone) convert to no bytes too.
        if (bits == 1) {
            need = 0;
        }
    }
    if (need > (size_t)len * 8) {
        kl_raise_OverflowError(KL_ERROR_TEXT("int too big to convert"));
    }
    char *buf = kl_gc_alloc((size_t)len + 1, KL_GC_ATOMIC);
    uint32_t borrow = 1;
    for (kl_int_t i = 0; i < len; i++) {
        size_t di = (size_t)i / 4;
        uint8_t byte = di < a.n ? (uint8_t)(a.d[di] >> ((i % 4) * 8)) : 0;
        if (a.neg) {
            uint32_t v = (uint32_t)(uint8_t)~byte + borrow;
            byte = (uint8_t)v;
            borrow = v >> 8;
        }
        buf[little ? i : len - 1 - i] = (char)byte;
    }
    return kl_obj_new_bytes(buf, (size_t)len);
#endif
}
static KL_DEFINE_FUN_KW(int_to_bytes_obj, to_bytes, 1, int_to_bytes);

// int.from_bytes(bytes, byteorder='big', *, signed=False)
static kl_obj_t int_from_bytes_value(size_t n_args, size_t n_kw, const kl_obj_t *args);

// int.from_bytes on a subclass gives an instance of the subclass.
static kl_obj_t int_from_bytes(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t v = int_from_bytes_value(n_args, n_kw, args);
    if (args[0] != KL_OBJ_FROM_PTR(&kl_type_int)) {
        return kl_call_function_1(args[0], v);
    }
    return v;
}

static const uint16_t from_bytes_names[] = {KL_QSTR_bytes, KL_QSTR_byteorder, KL_QSTR_signed};

static kl_obj_t int_from_bytes_value(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    // args[0] is the class.
    kl_obj_t a[3];
    bool little;
    bool is_signed =
        bind_bytes_args("from_bytes", n_args, n_kw, args, 1, from_bytes_names, a, &little);
    kl_obj_t data = a[0];
    if (!kl_obj_is_bytes(data)) {
        // bytes(data), except that a str or an int is not a source of bytes here.
        kl_int_t n;
        if (kl_obj_is_str(data) || (!kl_buffer_check(data) &&
                                    kl_obj_slice_index_value(data, &n) != KL_SLICE_INDEX_NOT_INT)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("cannot convert '%T' object to bytes"), data);
        }
        data = kl_call_function_1(KL_OBJ_FROM_PTR(&kl_type_bytes), data);
    }
    size_t len;
    const uint8_t *s = (const uint8_t *)kl_obj_str_get_data(data, &len);
#if !KL_CFG_BIGINT
    // From the most significant byte, checked against the small int range at every byte; a
    // negative number starts from all ones.
    // [k] walks from the most significant byte (size_t wraps, so no pointer leaves the data).
    size_t k = little ? len - 1 : 0;
    kl_int_t v = is_signed && len > 0 && (s[k] & 0x80) ? -1 : 0;
    for (size_t i = 0; i < len; i++, k += little ? (size_t)-1 : 1) {
        if (v > (KL_SMALL_INT_MAX >> 8) || v < (KL_SMALL_INT_MIN >> 8)) {
            kl_raise_small_int_overflow();
        }
        v = (kl_int_t)((kl_uint_t)v << 8) | s[k];
    }
    return KL_OBJ_NEW_SMALL_INT(v);
#else
    kl_obj_int_t *r = int_alloc(len / 4 + 1);
    for (size_t i = 0; i < len; i++) {
        uint8_t byte = little ? s[i] : s[len - 1 - i];
        r->dig[i / 4] |= (kl_mpn_dig_t)byte << ((i % 4) * 8);
    }
    size_t n = kl_mpn_norm(r->dig, len / 4 + 1);
    bool top_set = len > 0 && ((little ? s[len - 1] : s[0]) & 0x80);
    if (is_signed && top_set) {
        // Subtract 2**(8*len).
        kl_obj_t v = int_finish(r, n, false);
        kl_obj_t p = kl_obj_int_binary_op(KL_BINARY_OP_LSHIFT, KL_OBJ_NEW_SMALL_INT(1),
                                          kl_obj_new_int_from_uint(len * 8));
        return kl_obj_int_binary_op(KL_BINARY_OP_SUB, v, p);
    }
    return int_finish(r, n, false);
#endif
}
static KL_DEFINE_FUN_KW(int_from_bytes_fun_obj, from_bytes, 1, int_from_bytes);
static const kl_obj_static_class_method_t int_from_bytes_obj = {
    {&kl_type_classmethod}, KL_ROM_PTR(&int_from_bytes_fun_obj)};

#if KL_CFG_INT_METHODS_FULL
// The numbers' parts: int is its own real part and numerator.
static void int_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    if (dest[0] != KL_OBJ_NULL) {
        return;
    }
    switch (attr) {
        case KL_QSTR_real:
        case KL_QSTR_numerator:
            dest[0] = kl_obj_index(self);
            break;
        case KL_QSTR_imag:
            dest[0] = KL_OBJ_NEW_SMALL_INT(0);
            break;
        case KL_QSTR_denominator:
            dest[0] = KL_OBJ_NEW_SMALL_INT(1);
            break;
        default:
            kl_type_generic_attr(self, attr, dest);
            break;
    }
}
#define INT_ATTR int_attr
#else
#define INT_ATTR NULL
#endif

static const kl_rom_map_elem_t int_locals_table[] = {
#if KL_CFG_BUILTIN_FORMAT
    {KL_ROM_QSTR(__format__), KL_ROM_PTR(&kl_format_dunder_format_obj)},
#endif
#if KL_CFG_INT_METHODS_FULL
    {KL_ROM_QSTR(as_integer_ratio), KL_ROM_PTR(&int_as_integer_ratio_obj)},
    {KL_ROM_QSTR(bit_count), KL_ROM_PTR(&int_bit_count_obj)},
#endif
    {KL_ROM_QSTR(bit_length), KL_ROM_PTR(&int_bit_length_obj)},
#if KL_CFG_INT_METHODS_FULL
    {KL_ROM_QSTR(conjugate), KL_ROM_PTR(&int_conjugate_obj)},
#endif
    {KL_ROM_QSTR(from_bytes), KL_ROM_PTR(&int_from_bytes_obj)},
    {KL_ROM_QSTR(to_bytes), KL_ROM_PTR(&int_to_bytes_obj)},
};
static KL_DEFINE_CONST_DICT(int_locals_dict, int_locals_table);

const kl_obj_ops_type_t kl_type_int_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_BASETYPE | KL_TYPE_FLAG_OPS,
            .name = KL_QSTR_int,
            .make_new = int_make_new,
            .print = int_print,
            .binary_op = int_binary_op,
            .attr = INT_ATTR,
            .locals_dict = &int_locals_dict,
        },
    .unary_op = int_unary_op,
};

// ==== bool ====

static void bool_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    kl_print_str(print, o == kl_const_true ? kl_lexer_keyword_text.kw_TRUE
                                           : kl_lexer_keyword_text.kw_FALSE);
}

static kl_obj_t bool_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                              const kl_obj_t *args) {
    (void)type;
    if (n_kw != 0) {
        kl_raise_TypeError(KL_ERROR_TEXT("bool() takes no keyword arguments"));
    }
    if (n_args > 1) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("bool expected at most 1 argument, got %z"), n_args);
    }
    return KL_OBJ_FROM_BOOL(n_args == 1 && kl_obj_is_true(args[0]));
}

// Ints' arithmetic, except that &, | and ^ (plain or in place) of two bools give a bool.
static kl_obj_t bool_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    kl_obj_t r = kl_obj_int_binary_op(op, lhs, rhs);
    if (op >= KL_BINARY_OP_INPLACE_ADD && op <= KL_BINARY_OP_INPLACE_LAST) {
        op = (kl_binary_op_t)(op - KL_BINARY_OP_INPLACE_OFFSET);
    }
    if (op >= KL_BINARY_OP_AND && op <= KL_BINARY_OP_XOR && is_bool(lhs) && is_bool(rhs)) {
        return KL_OBJ_FROM_BOOL(r != KL_OBJ_NEW_SMALL_INT(0));
    }
    return r;
}

const kl_obj_ops_type_t kl_type_bool_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_OPS,
            .name = KL_QSTR_bool,
            .make_new = bool_make_new,
            .print = bool_print,
            .binary_op = bool_binary_op,
            .attr = INT_ATTR,
            .locals_dict = &int_locals_dict,
            .parent = &kl_type_int,
        },
    .unary_op = int_unary_op,
};
