// vm/mod_math.c: the math module, CPython 3.11's functions on floats and ints.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The transcendental functions are libm's (glibc on the host, newlib on boards); what this file
// adds is Python's error rules around them. errno is not reliable across libms, so every result
// is judged by its value, as CPython does: a NaN from a non-NaN argument is a domain error
// (ValueError "math domain error"), and an infinity from a finite argument is either a range
// error (OverflowError "math range error", for functions that can overflow, like exp) or a
// domain error (for poles, like atanh(1)). The few functions whose libm versions disagree with
// CPython at special points (pow, fmod, gamma, lgamma) check those points before calling libm.
//
// Arguments convert as CPython's PyFloat_AsDouble does: floats, ints of any size (OverflowError
// when too big for a double), then __float__ and __index__. log, log2 and log10 also take ints
// too big for a double, through their mantissa and exponent. The integer functions (isqrt,
// factorial, comb, perm, gcd, lcm) work on ints of any size with the int type's operators, and
// fsum and hypot/dist are exact or nearly so: fsum keeps Shewchuk's list of non-overlapping
// partial sums and rounds once at the end, and the Euclidean norm sums squares in double-double
// arithmetic, so the results match CPython's bit for bit on ordinary arguments.
//
// Every function is a KL_FUN_KW builtin that checks its own arguments, so that the errors name
// the function as CPython does ("math.sqrt() takes exactly one argument (2 given)"). The module
// is const: its table of functions and float constants lives in flash. vm/mod_cmath.c shares
// the argument helpers below.

#include <math.h>

#include "vm/gc.h"
#include "vm/mod_math.h"
#include "vm/obj_int.h"
#include "vm/obj_module.h"
#include "vm/obj_str.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"

#if KL_CFG_MODULE_MATH

// C11 without POSIX has no M_PI or M_E: the doubles nearest to pi and e.
#define MATH_PI (3.141592653589793)
#define MATH_E (2.718281828459045)

// ==== Arguments ====

void kl_mod_math_no_kw(kl_qstr_t module, kl_qstr_t name, size_t n_kw) {
    if (n_kw != 0) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("%q.%q() takes no keyword arguments"),
                         module, name);
    }
}

void kl_mod_math_check_1(kl_qstr_t module, kl_qstr_t name, size_t n_args, size_t n_kw) {
    kl_mod_math_no_kw(module, name, n_kw);
    if (n_args != 1) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%q.%q() takes exactly one argument (%z given)"), module,
                         name, n_args);
    }
}

void kl_mod_math_check_n(kl_qstr_t module, kl_qstr_t name, size_t n_args, size_t n_kw, size_t n) {
    kl_mod_math_no_kw(module, name, n_kw);
    if (n_args != n) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("%q expected %z arguments, got %z"),
                         name, n, n_args);
    }
}

double kl_mod_math_get_double(kl_obj_t o) {
    if (kl_obj_is_type(o, &kl_type_float)) {
        return ((kl_obj_float_t *)o)->value;
    }
    if (KL_OBJ_IS_SMALL_INT(o)) {
        return (double)KL_OBJ_SMALL_INT_VALUE(o);
    }
    if (kl_obj_is_int(o)) {
        return kl_obj_int_to_float(o);
    }
    if (KL_OBJ_IS_OBJ(o) && (kl_obj_get_type(o)->flags & KL_TYPE_FLAG_HEAP)) {
        // A float subclass is its value, whatever its __float__ says (as in CPython).
        kl_obj_t native = kl_obj_native(o, &kl_type_float);
        if (native != o) {
            return ((kl_obj_float_t *)native)->value;
        }
        kl_obj_t m[2];
        kl_load_method_maybe(o, KL_QSTR___float__, m);
        if (m[0] != KL_OBJ_NULL) {
            kl_obj_t r = kl_call_method_n_kw(0, 0, m);
            if (!kl_obj_is_type(r, &kl_type_float)) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("%T.__float__ returned non-float (type %T)"), o, r);
            }
            return ((kl_obj_float_t *)r)->value;
        }
        kl_load_method_maybe(o, KL_QSTR___index__, m);
        if (m[0] != KL_OBJ_NULL) {
            return kl_obj_int_to_float(kl_obj_index(o));
        }
    }
    kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("must be real number, not %T"), o);
}

KL_NORETURN void kl_mod_math_domain_error(void) {
    kl_raise_ValueError(KL_ERROR_TEXT("math domain error"));
}

KL_NORETURN void kl_mod_math_range_error(void) {
    kl_raise_OverflowError(KL_ERROR_TEXT("math range error"));
}

// [r], computed from [x], as a float object, or the error CPython's rules see in it.
static kl_obj_t float_result(double x, double r, bool can_overflow) {
    if (isnan(r) && !isnan(x)) {
        kl_mod_math_domain_error();
    }
    if (isinf(r) && isfinite(x)) {
        if (can_overflow) {
            kl_mod_math_range_error();
        }
        kl_mod_math_domain_error();
    }
    return kl_obj_new_float(r);
}

// The int inside [o] for the integer functions: an int, a bool, an int subclass, __index__.
static kl_obj_t get_index(kl_obj_t o) {
    if (KL_OBJ_IS_SMALL_INT(o)) {
        return o;
    }
    if (KL_OBJ_IS_OBJ(o) && (kl_obj_get_type(o)->flags & KL_TYPE_FLAG_HEAP)) {
        kl_obj_t native = kl_obj_native(o, &kl_type_int);
        if (native != o) {
            return native;
        }
    }
    return kl_obj_index(o);
}

// Is the int [o] negative?
static bool int_is_neg(kl_obj_t o) {
    if (KL_OBJ_IS_SMALL_INT(o)) {
        return KL_OBJ_SMALL_INT_VALUE(o) < 0;
    }
    return ((kl_obj_int_t *)o)->neg != 0;
}

static size_t int_bit_length(kl_obj_t o) {
    if (KL_OBJ_IS_SMALL_INT(o)) {
        kl_int_t v = KL_OBJ_SMALL_INT_VALUE(o);
        kl_uint_t m = v < 0 ? (kl_uint_t)0 - (kl_uint_t)v : (kl_uint_t)v;
        size_t n = 0;
        while (m != 0) {
            n++;
            m >>= 1;
        }
        return n;
    }
    const kl_obj_int_t *i = (const kl_obj_int_t *)o;
    return kl_mpn_bit_length(i->dig, i->len);
}

static kl_obj_t int_abs(kl_obj_t o) {
    return int_is_neg(o) ? kl_unary_op(KL_UNARY_OP_NEGATIVE, o) : o;
}

// OverflowError for an int argument past the largest C long, which CPython's messages quote
// (%S in [fmt]); kinglet's limit is its word size, the same on a 64-bit host.
static KL_NORETURN void raise_too_big(const char *fmt) {
    kl_raise_msg_fmt(&kl_type_OverflowError, fmt, kl_obj_new_int_from_ll((long long)INTPTR_MAX));
}

// ==== Functions of one float ====

#define MATH_1(name, fun, can_overflow)                                                            \
    static kl_obj_t math_##name(size_t n_args, size_t n_kw, const kl_obj_t *args) {                \
        kl_mod_math_check_1(KL_QSTR_math, KL_QSTR_##name, n_args, n_kw);                           \
        double x = kl_mod_math_get_double(args[0]);                                                \
        return float_result(x, fun(x), can_overflow);                                              \
    }                                                                                              \
    static KL_DEFINE_FUN_KW(math_##name##_obj, name, 0, math_##name)

MATH_1(acos, acos, false);
MATH_1(acosh, acosh, false);
MATH_1(asin, asin, false);
MATH_1(asinh, asinh, false);
MATH_1(atan, atan, false);
MATH_1(atanh, atanh, false);
MATH_1(cbrt, cbrt, false);
MATH_1(cos, cos, false);
MATH_1(cosh, cosh, true);
MATH_1(erf, erf, false);
MATH_1(erfc, erfc, false);
MATH_1(exp, exp, true);
MATH_1(exp2, exp2, true);
MATH_1(expm1, expm1, true);
MATH_1(fabs, fabs, false);
MATH_1(log1p, log1p, false);
MATH_1(sin, sin, false);
MATH_1(sinh, sinh, true);
MATH_1(sqrt, sqrt, false);
MATH_1(tan, tan, false);
MATH_1(tanh, tanh, false);

static double to_degrees(double x) {
    return x * (180.0 / MATH_PI);
}
MATH_1(degrees, to_degrees, false);

static double to_radians(double x) {
    return x * (MATH_PI / 180.0);
}
MATH_1(radians, to_radians, false);

static bool is_integral(double x) {
    return isfinite(x) && x == floor(x);
}

// gamma: exact for the integers whose factorial a double holds (as CPython's table is), libm's
// tgamma elsewhere; no value at zero and the negative integers.
static double gamma_of(double x) {
    if (isnan(x) || x == INFINITY) {
        return x;
    }
    if (x == -INFINITY || (is_integral(x) && x <= 0.0)) {
        kl_mod_math_domain_error();
    }
    if (is_integral(x) && x <= 23.0) {
        kl_obj_t f = KL_OBJ_NEW_SMALL_INT(1);
        for (int i = 2; i < (int)x; i++) {
            f = kl_binary_op(KL_BINARY_OP_MUL, f, KL_OBJ_NEW_SMALL_INT(i));
        }
        return kl_obj_int_to_float(f);
    }
    return tgamma(x);
}
MATH_1(gamma, gamma_of, true);

static double lgamma_of(double x) {
    if (is_integral(x) && x <= 0.0) {
        kl_mod_math_domain_error();
    }
    if (x == 1.0 || x == 2.0) {
        return 0.0;
    }
    return isinf(x) ? INFINITY : lgamma(x);
}
MATH_1(lgamma, lgamma_of, true);

static kl_obj_t math_isfinite(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_mod_math_check_1(KL_QSTR_math, KL_QSTR_isfinite, n_args, n_kw);
    return KL_OBJ_FROM_BOOL(isfinite(kl_mod_math_get_double(args[0])));
}
static KL_DEFINE_FUN_KW(math_isfinite_obj, isfinite, 0, math_isfinite);

static kl_obj_t math_isinf(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_mod_math_check_1(KL_QSTR_math, KL_QSTR_isinf, n_args, n_kw);
    return KL_OBJ_FROM_BOOL(isinf(kl_mod_math_get_double(args[0])));
}
static KL_DEFINE_FUN_KW(math_isinf_obj, isinf, 0, math_isinf);

static kl_obj_t math_isnan(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_mod_math_check_1(KL_QSTR_math, KL_QSTR_isnan, n_args, n_kw);
    return KL_OBJ_FROM_BOOL(isnan(kl_mod_math_get_double(args[0])));
}
static KL_DEFINE_FUN_KW(math_isnan_obj, isnan, 0, math_isnan);

static kl_obj_t math_ulp(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_mod_math_check_1(KL_QSTR_math, KL_QSTR_ulp, n_args, n_kw);
    double x = fabs(kl_mod_math_get_double(args[0]));
    if (isnan(x) || isinf(x)) {
        return kl_obj_new_float(x);
    }
    double up = nextafter(x, INFINITY);
    if (isinf(up)) {
        return kl_obj_new_float(x - nextafter(x, -INFINITY));
    }
    return kl_obj_new_float(up - x);
}
static KL_DEFINE_FUN_KW(math_ulp_obj, ulp, 0, math_ulp);

static kl_obj_t math_frexp(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_mod_math_check_1(KL_QSTR_math, KL_QSTR_frexp, n_args, n_kw);
    double x = kl_mod_math_get_double(args[0]);
    int e = 0;
    double m = x;
    if (isfinite(x) && x != 0.0) {
        m = frexp(x, &e);
    }
    kl_obj_t items[2] = {kl_obj_new_float(m), KL_OBJ_NEW_SMALL_INT(e)};
    return kl_obj_new_tuple(2, items);
}
static KL_DEFINE_FUN_KW(math_frexp_obj, frexp, 0, math_frexp);

static kl_obj_t math_modf(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_mod_math_check_1(KL_QSTR_math, KL_QSTR_modf, n_args, n_kw);
    double x = kl_mod_math_get_double(args[0]);
    double ip, fp;
    if (isinf(x)) {
        ip = x;
        fp = copysign(0.0, x);
    } else {
        fp = modf(x, &ip);
    }
    kl_obj_t items[2] = {kl_obj_new_float(fp), kl_obj_new_float(ip)};
    return kl_obj_new_tuple(2, items);
}
static KL_DEFINE_FUN_KW(math_modf_obj, modf, 0, math_modf);

// ==== Rounding to an int ====

// floor and ceil: a float exactly, the __floor__/__ceil__ of other objects (an int's is
// itself), or the float of anything else.
static kl_obj_t floor_ceil(kl_qstr_t name, kl_qstr_t dunder, size_t n_args, size_t n_kw,
                           const kl_obj_t *args, double (*fun)(double)) {
    kl_mod_math_check_1(KL_QSTR_math, name, n_args, n_kw);
    kl_obj_t x = args[0];
    if (!kl_obj_is_type(x, &kl_type_float)) {
        if (kl_obj_is_int(x)) {
            return kl_obj_index(x);
        }
        if (KL_OBJ_IS_OBJ(x) && (kl_obj_get_type(x)->flags & KL_TYPE_FLAG_HEAP)) {
            kl_obj_t m[2];
            kl_load_method_maybe(x, dunder, m);
            if (m[0] != KL_OBJ_NULL) {
                return kl_call_method_n_kw(0, 0, m);
            }
        }
    }
    return kl_obj_new_int_from_float(fun(kl_mod_math_get_double(x)));
}

static kl_obj_t math_floor(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    return floor_ceil(KL_QSTR_floor, KL_QSTR___floor__, n_args, n_kw, args, floor);
}
static KL_DEFINE_FUN_KW(math_floor_obj, floor, 0, math_floor);

static kl_obj_t math_ceil(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    return floor_ceil(KL_QSTR_ceil, KL_QSTR___ceil__, n_args, n_kw, args, ceil);
}
static KL_DEFINE_FUN_KW(math_ceil_obj, ceil, 0, math_ceil);

// trunc: only through __trunc__ (floats and ints have it), never through __float__.
static kl_obj_t math_trunc(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_mod_math_check_1(KL_QSTR_math, KL_QSTR_trunc, n_args, n_kw);
    kl_obj_t x = args[0];
    if (kl_obj_is_type(x, &kl_type_float)) {
        return kl_obj_new_int_from_float(((kl_obj_float_t *)x)->value);
    }
    if (kl_obj_is_int(x)) {
        return kl_obj_index(x);
    }
    const kl_obj_type_t *type = kl_obj_get_type(x);
    if (type->flags & KL_TYPE_FLAG_HEAP) {
        kl_obj_t m[2];
        kl_load_method_maybe(x, KL_QSTR___trunc__, m);
        if (m[0] != KL_OBJ_NULL) {
            return kl_call_method_n_kw(0, 0, m);
        }
        kl_obj_t native = kl_obj_native(x, &kl_type_float);
        if (native != x) {
            return kl_obj_new_int_from_float(((kl_obj_float_t *)native)->value);
        }
    }
    kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("type %q doesn't define __trunc__ method"),
                     type->name);
}
static KL_DEFINE_FUN_KW(math_trunc_obj, trunc, 0, math_trunc);

// ==== Functions of two floats ====

#define MATH_2(name)                                                                               \
    static kl_obj_t math_##name(size_t n_args, size_t n_kw, const kl_obj_t *args) {                \
        kl_mod_math_check_n(KL_QSTR_math, KL_QSTR_##name, n_args, n_kw, 2);                        \
        return name##_of(kl_mod_math_get_double(args[0]), kl_mod_math_get_double(args[1]));        \
    }                                                                                              \
    static KL_DEFINE_FUN_KW(math_##name##_obj, name, 0, math_##name)

static kl_obj_t atan2_of(double y, double x) {
    return kl_obj_new_float(atan2(y, x));
}
MATH_2(atan2);

static kl_obj_t copysign_of(double x, double y) {
    return kl_obj_new_float(copysign(x, y));
}
MATH_2(copysign);

static kl_obj_t nextafter_of(double x, double y) {
    return kl_obj_new_float(nextafter(x, y));
}
MATH_2(nextafter);

static kl_obj_t fmod_of(double x, double y) {
    if (isinf(y) && isfinite(x)) {
        return kl_obj_new_float(x);
    }
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) {
        kl_mod_math_domain_error();
    }
    return kl_obj_new_float(r);
}
MATH_2(fmod);

static kl_obj_t remainder_of(double x, double y) {
    if (isnan(x) || isnan(y)) {
        return kl_obj_new_float(NAN);
    }
    if (isinf(x) || y == 0.0) {
        kl_mod_math_domain_error();
    }
    if (isinf(y)) {
        return kl_obj_new_float(x);
    }
    return kl_obj_new_float(remainder(x, y));
}
MATH_2(remainder);

static bool is_odd_integer(double y) {
    return isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
}

// pow: C99's special values worked out here, since not every libm follows them; 0 to a negative
// power and a negative number to a fractional power are domain errors.
static kl_obj_t pow_of(double x, double y) {
    double r;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) {
            r = y == 0.0 ? 1.0 : x;
        } else if (isnan(y)) {
            r = x == 1.0 ? 1.0 : y;
        } else if (isinf(x)) {
            bool odd = is_odd_integer(y);
            if (y > 0.0) {
                r = odd ? x : fabs(x);
            } else if (y == 0.0) {
                r = 1.0;
            } else {
                r = odd ? copysign(0.0, x) : 0.0;
            }
        } else if (fabs(x) == 1.0) {
            r = 1.0;
        } else if ((y > 0.0) == (fabs(x) > 1.0)) {
            r = INFINITY;
        } else {
            r = 0.0;
        }
        return kl_obj_new_float(r);
    }
    if (x == 0.0) {
        if (y < 0.0) {
            kl_mod_math_domain_error();
        }
        return kl_obj_new_float(y == 0.0 ? 1.0 : is_odd_integer(y) ? x : 0.0);
    }
    if (x < 0.0 && y != floor(y)) {
        kl_mod_math_domain_error();
    }
    r = pow(x, y);
    if (isinf(r)) {
        kl_mod_math_range_error();
    }
    return kl_obj_new_float(r);
}
MATH_2(pow);

static kl_obj_t math_ldexp(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_mod_math_check_n(KL_QSTR_math, KL_QSTR_ldexp, n_args, n_kw, 2);
    double x = kl_mod_math_get_double(args[0]);
    kl_obj_t i = args[1];
    if (KL_OBJ_IS_OBJ(i) && (kl_obj_get_type(i)->flags & KL_TYPE_FLAG_HEAP)) {
        i = kl_obj_native(i, &kl_type_int);
    }
    if (!kl_obj_is_int(i)) {
        kl_raise_TypeError(KL_ERROR_TEXT("Expected an int as second argument to ldexp."));
    }
    if (x == 0.0 || !isfinite(x)) {
        return kl_obj_new_float(x);
    }
    // Exponents past +-100000 under- or overflow every double alike.
    kl_int_t e;
    if (!kl_obj_int_to_int_checked(kl_obj_index(i), &e) || e > 100000 || e < -100000) {
        e = int_is_neg(kl_obj_index(i)) ? -100000 : 100000;
    }
    double r = ldexp(x, (int)e);
    if (isinf(r)) {
        kl_mod_math_range_error();
    }
    return kl_obj_new_float(r);
}
static KL_DEFINE_FUN_KW(math_ldexp_obj, ldexp, 0, math_ldexp);

// ==== Logarithms ====

// [fun] of [x] for log, log2 and log10. An int too big for a double is m * 2**e with m in
// [0.5, 1), and its logarithm fun(m) + fun(2) * e.
static double log_helper(kl_obj_t x, double (*fun)(double)) {
    kl_obj_t i = x;
    if (KL_OBJ_IS_OBJ(i) && (kl_obj_get_type(i)->flags & KL_TYPE_FLAG_HEAP)) {
        i = kl_obj_native(i, &kl_type_int);
    }
    if (kl_obj_is_int(i)) {
        i = kl_obj_index(i);
        if (int_is_neg(i) || i == KL_OBJ_NEW_SMALL_INT(0)) {
            kl_mod_math_domain_error();
        }
        if (!KL_OBJ_IS_SMALL_INT(i)) {
            const kl_obj_int_t *b = (const kl_obj_int_t *)i;
            bool overflow = false;
            double d = kl_mpn_to_double(b->dig, b->len, &overflow);
            if (overflow) {
                long e = (long)kl_mpn_bit_length(b->dig, b->len);
                double m = kl_mpn_to_double_scaled(b->dig, b->len, -e, &overflow);
                if (m >= 1.0) {
                    m *= 0.5;
                    e++;
                }
                return fun(m) + fun(2.0) * (double)e;
            }
            return fun(d);
        }
    }
    double d = kl_mod_math_get_double(x);
    double r = fun(d);
    if ((isnan(r) && !isnan(d)) || (isinf(r) && isfinite(d))) {
        kl_mod_math_domain_error();
    }
    return r;
}

static kl_obj_t math_log(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    if (n_kw != 0) {
        kl_raise_TypeError(KL_ERROR_TEXT("log() takes no keyword arguments"));
    }
    if (n_args < 1 || n_args > 2) {
        kl_raise_TypeError(KL_ERROR_TEXT("math.log requires 1 to 2 arguments"));
    }
    double num = log_helper(args[0], log);
    if (n_args == 1) {
        return kl_obj_new_float(num);
    }
    double den = log_helper(args[1], log);
    if (den == 0.0) {
        kl_raise_ZeroDivisionError(KL_ERROR_TEXT("float division by zero"));
    }
    return kl_obj_new_float(num / den);
}
static KL_DEFINE_FUN_KW(math_log_obj, log, 0, math_log);

static kl_obj_t math_log2(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_mod_math_check_1(KL_QSTR_math, KL_QSTR_log2, n_args, n_kw);
    return kl_obj_new_float(log_helper(args[0], log2));
}
static KL_DEFINE_FUN_KW(math_log2_obj, log2, 0, math_log2);

static kl_obj_t math_log10(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_mod_math_check_1(KL_QSTR_math, KL_QSTR_log10, n_args, n_kw);
    return kl_obj_new_float(log_helper(args[0], log10));
}
static KL_DEFINE_FUN_KW(math_log10_obj, log10, 0, math_log10);

// ==== Comparison ====

void kl_mod_math_isclose_args(size_t n_args, size_t n_kw, const kl_obj_t *args, kl_obj_t *v) {
    static const uint16_t names[4] = {KL_QSTR_a, KL_QSTR_b, KL_QSTR_rel_tol, KL_QSTR_abs_tol};
    size_t dup = 4;
    if (n_args > 2) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("isclose() takes exactly 2 positional arguments (%z given)"),
                         n_args);
    }
    for (size_t j = 0; j < 4; j++) {
        v[j] = j < n_args ? args[j] : KL_OBJ_NULL;
    }
    for (size_t k = 0; k < n_kw; k++) {
        kl_obj_t name = args[n_args + 2 * k];
        kl_qstr_t q = kl_obj_str_get_qstr(name);
        size_t j = 0;
        while (j < 4 && names[j] != q) {
            j++;
        }
        if (j == 4) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("'%S' is an invalid keyword argument for isclose()"),
                             name);
        }
        if (j < n_args) {
            dup = j;
        } else {
            v[j] = args[n_args + 2 * k + 1];
        }
    }
    // A missing argument is reported before one given twice.
    for (size_t j = 0; j < 2; j++) {
        if (v[j] == KL_OBJ_NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("isclose() missing required argument '%q' (pos %z)"),
                             (kl_qstr_t)names[j], j + 1);
        }
    }
    if (dup < 4) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("argument for isclose() given by name ('%q') and "
                                       "position (%z)"),
                         (kl_qstr_t)names[dup], dup + 1);
    }
}

void kl_mod_math_tolerances(const kl_obj_t *v, double *rel_tol, double *abs_tol) {
    *rel_tol = v[2] == KL_OBJ_NULL ? 1e-09 : kl_mod_math_get_double(v[2]);
    *abs_tol = v[3] == KL_OBJ_NULL ? 0.0 : kl_mod_math_get_double(v[3]);
    if (*rel_tol < 0.0 || *abs_tol < 0.0) {
        kl_raise_ValueError(KL_ERROR_TEXT("tolerances must be non-negative"));
    }
}

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
static kl_obj_t math_isclose(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t v[4];
    kl_mod_math_isclose_args(n_args, n_kw, args, v);
    double a = kl_mod_math_get_double(v[0]);
    double b = kl_mod_math_get_double(v[1]);
    double rel_tol, abs_tol;
    kl_mod_math_tolerances(v, &rel_tol, &abs_tol);
    if (a == b) {
        return kl_const_true;
    }
    if (isinf(a) || isinf(b)) {
        return kl_const_false;
    }
    double diff = fabs(b - a);
    return KL_OBJ_FROM_BOOL(diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) ||
                            diff <= abs_tol);
}
static KL_DEFINE_FUN_KW(math_isclose_obj, isclose, 0, math_isclose);

// ==== Sums and norms ====

// A growable array of doubles for fsum's partials, on the C stack until it outgrows it.
typedef struct _darray_t {
    double *items;
    size_t len;
    size_t alloc;
} darray_t;

static void darray_push(darray_t *a, double x, double *stack_buf) {
    if (a->len == a->alloc) {
        double *items = kl_gc_alloc(2 * a->alloc * sizeof(double), KL_GC_ATOMIC);
        for (size_t i = 0; i < a->len; i++) {
            items[i] = a->items[i];
        }
        if (a->items != stack_buf) {
            kl_gc_free(a->items);
        }
        a->items = items;
        a->alloc *= 2;
    }
    a->items[a->len++] = x;
}

// fsum: Shewchuk's exact summation. [partials] holds non-overlapping doubles, smallest first,
// whose exact sum is the sum of the items so far; the result is that sum rounded once, half to
// even. Infinities and NaNs are summed apart.
static kl_obj_t math_fsum(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_mod_math_check_1(KL_QSTR_math, KL_QSTR_fsum, n_args, n_kw);
    double stack_buf[32];
    darray_t p = {stack_buf, 0, 32};
    double special = 0.0, inf_sum = 0.0;
    kl_obj_iter_buf_t iter_buf;
    kl_obj_t it = kl_getiter(args[0], &iter_buf);
    kl_obj_t item;
    while ((item = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        double x = kl_mod_math_get_double(item), orig = x;
        size_t n = 0;
        for (size_t i = 0; i < p.len; i++) {
            double y = p.items[i];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) {
                p.items[n++] = lo;
            }
            x = hi;
        }
        p.len = n;
        if (x != 0.0) {
            if (!isfinite(x)) {
                // Infinities and NaNs go to [special]; a finite sum that overflowed is an error.
                if (isfinite(orig)) {
                    kl_raise_OverflowError(KL_ERROR_TEXT("intermediate overflow in fsum"));
                }
                if (isinf(orig)) {
                    inf_sum += orig;
                }
                special += orig;
                p.len = 0;
            } else {
                darray_push(&p, x, stack_buf);
            }
        }
    }
    if (special != 0.0) {
        if (isnan(inf_sum)) {
            kl_raise_ValueError(KL_ERROR_TEXT("-inf + inf in fsum"));
        }
        return kl_obj_new_float(special);
    }
    double hi = 0.0;
    size_t n = p.len;
    if (n > 0) {
        double lo = 0.0;
        hi = p.items[--n];
        // Add the partials from the largest down until the sum is inexact.
        while (n > 0) {
            double x = hi, y = p.items[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) {
                break;
            }
        }
        // Round half to even on the whole sum: when [lo] is exactly half an ulp and the rest
        // of the partials lean the same way, the sum is past the tie.
        if (n > 0 && ((lo < 0.0 && p.items[n - 1] < 0.0) || (lo > 0.0 && p.items[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            if (y == x - hi) {
                hi = x;
            }
        }
    }
    return kl_obj_new_float(hi);
}
static KL_DEFINE_FUN_KW(math_fsum_obj, fsum, 0, math_fsum);

// Double-double helpers: the exact sum and product of two doubles as (hi, lo) pairs.
static void two_sum(double a, double b, double *hi, double *lo) {
    double s = a + b;
    double bb = s - a;
    *lo = (a - (s - bb)) + (b - bb);
    *hi = s;
}

static void two_prod(double a, double b, double *hi, double *lo) {
    // Dekker's product: split each factor into halves of 26 bits that multiply exactly. The
    // factors here are at most 1, so the split cannot overflow.
    const double split = 134217729.0; // 2**27 + 1
    double p = a * b;
    double ca = split * a, cb = split * b;
    double ah = ca - (ca - a), al = a - ah;
    double bh = cb - (cb - b), bl = b - bh;
    *hi = p;
    *lo = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

// The Euclidean norm of the [n] magnitudes [v] (destroyed), with [max] the largest. The squares
// are scaled so the largest is in [0.5, 1), summed exactly enough in double-double, and the
// square root corrected by one Newton step on the double-double sum.
static double vector_norm(size_t n, double *v, double max, bool found_nan) {
    if (isinf(max)) {
        return max;
    }
    if (found_nan) {
        return NAN;
    }
    if (max == 0.0 || n <= 1) {
        return max;
    }
    int e;
    frexp(max, &e);
    double s = 0.0, c = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = ldexp(v[i], -e);
        double ph, pl, sh, sl;
        two_prod(x, x, &ph, &pl);
        two_sum(s, ph, &sh, &sl);
        s = sh;
        c += sl + pl;
    }
    double t;
    two_sum(s, c, &s, &t);
    double h = sqrt(s);
    double hh, hl;
    two_prod(h, h, &hh, &hl);
    h += ((s - hh) - hl + t) / (2.0 * h);
    return ldexp(h, e);
}

// Room for [n] doubles: [stack_buf] (of [stack_len]) when they fit, else the heap.
static double *norm_buf(size_t n, double *stack_buf, size_t stack_len) {
    return n <= stack_len ? stack_buf : kl_gc_alloc(n * sizeof(double), KL_GC_ATOMIC);
}

static kl_obj_t math_hypot(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_mod_math_no_kw(KL_QSTR_math, KL_QSTR_hypot, n_kw);
    double stack_buf[16];
    double *v = norm_buf(n_args, stack_buf, 16);
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n_args; i++) {
        double x = fabs(kl_mod_math_get_double(args[i]));
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) {
            max = x;
        }
    }
    return kl_obj_new_float(vector_norm(n_args, v, max, found_nan));
}
static KL_DEFINE_FUN_KW(math_hypot_obj, hypot, 0, math_hypot);

// A tuple of the items of [o] (any iterable), for dist.
static kl_obj_t as_tuple(kl_obj_t o) {
    if (kl_obj_is_type(o, &kl_type_tuple)) {
        return o;
    }
    return kl_call_function_1(KL_OBJ_FROM_PTR(&kl_type_tuple), o);
}

static kl_obj_t math_dist(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_mod_math_check_n(KL_QSTR_math, KL_QSTR_dist, n_args, n_kw, 2);
    kl_obj_tuple_t *p = KL_OBJ_TO_PTR(as_tuple(args[0]));
    kl_obj_tuple_t *q = KL_OBJ_TO_PTR(as_tuple(args[1]));
    if (p->len != q->len) {
        kl_raise_ValueError(KL_ERROR_TEXT("both points must have the same number of dimensions"));
    }
    double stack_buf[16];
    double *v = norm_buf(p->len, stack_buf, 16);
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < p->len; i++) {
        double a = kl_mod_math_get_double(p->items[i]);
        double b = kl_mod_math_get_double(q->items[i]);
        double x = fabs(a - b);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) {
            max = x;
        }
    }
    return kl_obj_new_float(vector_norm(p->len, v, max, found_nan));
}
static KL_DEFINE_FUN_KW(math_dist_obj, dist, 0, math_dist);

// prod(iterable, /, *, start=1): start * item * item ..., with the operators of the items.
static kl_obj_t math_prod(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    if (n_args + n_kw > 2) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("prod() takes at most 2 arguments (%z given)"),
                         n_args + n_kw);
    }
    if (n_args != 1) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("prod() takes exactly 1 positional argument (%z given)"),
                         n_args);
    }
    kl_obj_t acc = KL_OBJ_NEW_SMALL_INT(1);
    for (size_t k = 0; k < n_kw; k++) {
        kl_obj_t name = args[n_args + 2 * k];
        if (kl_obj_str_get_qstr(name) != KL_QSTR_start) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("'%S' is an invalid keyword argument for prod()"), name);
        }
        acc = args[n_args + 2 * k + 1];
    }
    kl_obj_iter_buf_t iter_buf;
    kl_obj_t it = kl_getiter(args[0], &iter_buf);
    kl_obj_t item;
    while ((item = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        acc = kl_binary_op(KL_BINARY_OP_MUL, acc, item);
    }
    return acc;
}
static KL_DEFINE_FUN_KW(math_prod_obj, prod, 0, math_prod);

// ==== Integer functions ====

static kl_obj_t math_isqrt(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_mod_math_check_1(KL_QSTR_math, KL_QSTR_isqrt, n_args, n_kw);
    kl_obj_t n = get_index(args[0]);
    if (int_is_neg(n)) {
        kl_raise_ValueError(KL_ERROR_TEXT("isqrt() argument must be nonnegative"));
    }
    if (KL_OBJ_IS_SMALL_INT(n)) {
        // A small int has at most 62 bits: the double square root is off by at most one.
        uint64_t v = (uint64_t)KL_OBJ_SMALL_INT_VALUE(n);
        uint64_t r = (uint64_t)sqrt((double)v);
        while (r * r > v) {
            r--;
        }
        while ((r + 1) * (r + 1) <= v) {
            r++;
        }
        return kl_obj_new_int_from_ll((long long)r);
    }
    // Newton's iteration from above, started within a relative 2**-50 of the root: the top 104
    // bits of n (an even shift away) have a double square root good to about one unit.
    size_t bits = int_bit_length(n);
    size_t shift = bits > 104 ? (bits - 104 + 1) & ~(size_t)1 : 0;
    kl_obj_t top = kl_binary_op(KL_BINARY_OP_RSHIFT, n, kl_obj_new_int_from_uint(shift));
    double g = floor(sqrt(kl_obj_int_to_float(top))) + 2.0;
    kl_obj_t x = kl_binary_op(KL_BINARY_OP_LSHIFT, kl_obj_new_int_from_float(g),
                              kl_obj_new_int_from_uint(shift / 2));
    for (;;) {
        kl_obj_t y = kl_binary_op(KL_BINARY_OP_ADD, x, kl_binary_op(KL_BINARY_OP_FLOORDIV, n, x));
        y = kl_binary_op(KL_BINARY_OP_RSHIFT, y, KL_OBJ_NEW_SMALL_INT(1));
        if (kl_obj_int_cmp(y, x) >= 0) {
            return x;
        }
        x = y;
    }
}
static KL_DEFINE_FUN_KW(math_isqrt_obj, isqrt, 0, math_isqrt);

// The product of the [len] consecutive ints from [lo] up, by binary splitting so that the big
// multiplications pair numbers of similar size.
static kl_obj_t range_product(kl_obj_t lo, kl_uint_t len) {
    if (len == 0) {
        return KL_OBJ_NEW_SMALL_INT(1);
    }
    if (len == 1) {
        return lo;
    }
    if (len <= 4 && KL_OBJ_IS_SMALL_INT(lo) && KL_OBJ_SMALL_INT_VALUE(lo) < 0x7000) {
        // Four factors below 2**15 multiply within 60 bits.
        long long p = 1, f = (long long)KL_OBJ_SMALL_INT_VALUE(lo);
        for (kl_uint_t i = 0; i < len; i++) {
            p *= f + (long long)i;
        }
        return kl_obj_new_int_from_ll(p);
    }
    kl_uint_t half = len / 2;
    kl_obj_t mid = kl_binary_op(KL_BINARY_OP_ADD, lo, kl_obj_new_int_from_uint(half));
    return kl_binary_op(KL_BINARY_OP_MUL, range_product(lo, half), range_product(mid, len - half));
}

static kl_obj_t factorial_of(kl_obj_t n) {
    if (int_is_neg(n)) {
        kl_raise_ValueError(KL_ERROR_TEXT("factorial() not defined for negative values"));
    }
    kl_int_t v;
    if (!kl_obj_int_to_int_checked(n, &v)) {
        raise_too_big(KL_ERROR_TEXT("factorial() argument should not exceed %S"));
    }
    return v < 2 ? KL_OBJ_NEW_SMALL_INT(1) : range_product(KL_OBJ_NEW_SMALL_INT(1), (kl_uint_t)v);
}

static kl_obj_t math_factorial(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_mod_math_check_1(KL_QSTR_math, KL_QSTR_factorial, n_args, n_kw);
    return factorial_of(get_index(args[0]));
}
static KL_DEFINE_FUN_KW(math_factorial_obj, factorial, 0, math_factorial);

// n and k of comb and perm, checked in CPython's order.
static void get_n_k(kl_obj_t a, kl_obj_t b, kl_obj_t *n, kl_obj_t *k) {
    *n = get_index(a);
    *k = get_index(b);
    if (int_is_neg(*n)) {
        kl_raise_ValueError(KL_ERROR_TEXT("n must be a non-negative integer"));
    }
    if (int_is_neg(*k)) {
        kl_raise_ValueError(KL_ERROR_TEXT("k must be a non-negative integer"));
    }
}

static kl_obj_t math_perm(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_mod_math_no_kw(KL_QSTR_math, KL_QSTR_perm, n_kw);
    if (n_args < 1 || n_args > 2) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         n_args < 1 ? KL_ERROR_TEXT("perm expected at least 1 argument, got %z")
                                    : KL_ERROR_TEXT("perm expected at most 2 arguments, got %z"),
                         n_args);
    }
    if (n_args == 1 || args[1] == kl_const_none) {
        return factorial_of(get_index(args[0]));
    }
    kl_obj_t n, k;
    get_n_k(args[0], args[1], &n, &k);
    if (kl_obj_int_cmp(k, n) > 0) {
        return KL_OBJ_NEW_SMALL_INT(0);
    }
    kl_int_t kv;
    if (!kl_obj_int_to_int_checked(k, &kv)) {
        raise_too_big(KL_ERROR_TEXT("k must not exceed %S"));
    }
    kl_obj_t lo = kl_binary_op(KL_BINARY_OP_ADD, kl_binary_op(KL_BINARY_OP_SUB, n, k),
                               KL_OBJ_NEW_SMALL_INT(1));
    return range_product(lo, (kl_uint_t)kv);
}
static KL_DEFINE_FUN_KW(math_perm_obj, perm, 0, math_perm);

static kl_obj_t math_comb(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_mod_math_check_n(KL_QSTR_math, KL_QSTR_comb, n_args, n_kw, 2);
    kl_obj_t n, k;
    get_n_k(args[0], args[1], &n, &k);
    if (kl_obj_int_cmp(k, n) > 0) {
        return KL_OBJ_NEW_SMALL_INT(0);
    }
    kl_obj_t nk = kl_binary_op(KL_BINARY_OP_SUB, n, k);
    if (kl_obj_int_cmp(nk, k) < 0) {
        k = nk;
    }
    kl_int_t kv;
    if (!kl_obj_int_to_int_checked(k, &kv)) {
        raise_too_big(KL_ERROR_TEXT("min(n - k, k) must not exceed %S"));
    }
    kl_obj_t lo = kl_binary_op(KL_BINARY_OP_ADD, kl_binary_op(KL_BINARY_OP_SUB, n, k),
                               KL_OBJ_NEW_SMALL_INT(1));
    kl_obj_t num = range_product(lo, (kl_uint_t)kv);
    return kl_binary_op(KL_BINARY_OP_FLOORDIV, num, factorial_of(k));
}
static KL_DEFINE_FUN_KW(math_comb_obj, comb, 0, math_comb);

static kl_obj_t gcd_of(kl_obj_t a, kl_obj_t b) {
    a = int_abs(a);
    b = int_abs(b);
    while (b != KL_OBJ_NEW_SMALL_INT(0)) {
        if (KL_OBJ_IS_SMALL_INT(a) && KL_OBJ_IS_SMALL_INT(b)) {
            kl_uint_t x = (kl_uint_t)KL_OBJ_SMALL_INT_VALUE(a);
            kl_uint_t y = (kl_uint_t)KL_OBJ_SMALL_INT_VALUE(b);
            while (y != 0) {
                kl_uint_t t = x % y;
                x = y;
                y = t;
            }
            return kl_obj_new_int_from_uint(x);
        }
        kl_obj_t t = kl_binary_op(KL_BINARY_OP_MOD, a, b);
        a = b;
        b = t;
    }
    return a;
}

static kl_obj_t math_gcd(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_mod_math_no_kw(KL_QSTR_math, KL_QSTR_gcd, n_kw);
    kl_obj_t g = KL_OBJ_NEW_SMALL_INT(0);
    for (size_t i = 0; i < n_args; i++) {
        g = gcd_of(g, get_index(args[i]));
    }
    return g;
}
static KL_DEFINE_FUN_KW(math_gcd_obj, gcd, 0, math_gcd);

static kl_obj_t math_lcm(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_mod_math_no_kw(KL_QSTR_math, KL_QSTR_lcm, n_kw);
    kl_obj_t l = KL_OBJ_NEW_SMALL_INT(1);
    for (size_t i = 0; i < n_args; i++) {
        kl_obj_t x = int_abs(get_index(args[i]));
        if (x == KL_OBJ_NEW_SMALL_INT(0) || l == KL_OBJ_NEW_SMALL_INT(0)) {
            l = KL_OBJ_NEW_SMALL_INT(0);
            continue;
        }
        l = kl_binary_op(KL_BINARY_OP_MUL, kl_binary_op(KL_BINARY_OP_FLOORDIV, l, gcd_of(l, x)), x);
    }
    return l;
}
static KL_DEFINE_FUN_KW(math_lcm_obj, lcm, 0, math_lcm);

// ==== The module ====

static const kl_obj_float_t math_pi_obj = {{&kl_type_float}, MATH_PI};
static const kl_obj_float_t math_e_obj = {{&kl_type_float}, MATH_E};
static const kl_obj_float_t math_tau_obj = {{&kl_type_float}, 2.0 * MATH_PI};
static const kl_obj_float_t math_inf_obj = {{&kl_type_float}, INFINITY};
static const kl_obj_float_t math_nan_obj = {{&kl_type_float}, NAN};

static const kl_rom_map_elem_t math_globals_table[] = {
    {KL_ROM_QSTR(__name__), KL_OBJ_NEW_QSTR(KL_QSTR_math)},
    {KL_ROM_QSTR(acos), KL_ROM_PTR(&math_acos_obj)},
    {KL_ROM_QSTR(acosh), KL_ROM_PTR(&math_acosh_obj)},
    {KL_ROM_QSTR(asin), KL_ROM_PTR(&math_asin_obj)},
    {KL_ROM_QSTR(asinh), KL_ROM_PTR(&math_asinh_obj)},
    {KL_ROM_QSTR(atan), KL_ROM_PTR(&math_atan_obj)},
    {KL_ROM_QSTR(atan2), KL_ROM_PTR(&math_atan2_obj)},
    {KL_ROM_QSTR(atanh), KL_ROM_PTR(&math_atanh_obj)},
    {KL_ROM_QSTR(cbrt), KL_ROM_PTR(&math_cbrt_obj)},
    {KL_ROM_QSTR(ceil), KL_ROM_PTR(&math_ceil_obj)},
    {KL_ROM_QSTR(comb), KL_ROM_PTR(&math_comb_obj)},
    {KL_ROM_QSTR(copysign), KL_ROM_PTR(&math_copysign_obj)},
    {KL_ROM_QSTR(cos), KL_ROM_PTR(&math_cos_obj)},
    {KL_ROM_QSTR(cosh), KL_ROM_PTR(&math_cosh_obj)},
    {KL_ROM_QSTR(degrees), KL_ROM_PTR(&math_degrees_obj)},
    {KL_ROM_QSTR(dist), KL_ROM_PTR(&math_dist_obj)},
    {KL_ROM_QSTR(e), KL_ROM_PTR(&math_e_obj)},
    {KL_ROM_QSTR(erf), KL_ROM_PTR(&math_erf_obj)},
    {KL_ROM_QSTR(erfc), KL_ROM_PTR(&math_erfc_obj)},
    {KL_ROM_QSTR(exp), KL_ROM_PTR(&math_exp_obj)},
    {KL_ROM_QSTR(exp2), KL_ROM_PTR(&math_exp2_obj)},
    {KL_ROM_QSTR(expm1), KL_ROM_PTR(&math_expm1_obj)},
    {KL_ROM_QSTR(fabs), KL_ROM_PTR(&math_fabs_obj)},
    {KL_ROM_QSTR(factorial), KL_ROM_PTR(&math_factorial_obj)},
    {KL_ROM_QSTR(floor), KL_ROM_PTR(&math_floor_obj)},
    {KL_ROM_QSTR(fmod), KL_ROM_PTR(&math_fmod_obj)},
    {KL_ROM_QSTR(frexp), KL_ROM_PTR(&math_frexp_obj)},
    {KL_ROM_QSTR(fsum), KL_ROM_PTR(&math_fsum_obj)},
    {KL_ROM_QSTR(gamma), KL_ROM_PTR(&math_gamma_obj)},
    {KL_ROM_QSTR(gcd), KL_ROM_PTR(&math_gcd_obj)},
    {KL_ROM_QSTR(hypot), KL_ROM_PTR(&math_hypot_obj)},
    {KL_ROM_QSTR(inf), KL_ROM_PTR(&math_inf_obj)},
    {KL_ROM_QSTR(isclose), KL_ROM_PTR(&math_isclose_obj)},
    {KL_ROM_QSTR(isfinite), KL_ROM_PTR(&math_isfinite_obj)},
    {KL_ROM_QSTR(isinf), KL_ROM_PTR(&math_isinf_obj)},
    {KL_ROM_QSTR(isnan), KL_ROM_PTR(&math_isnan_obj)},
    {KL_ROM_QSTR(isqrt), KL_ROM_PTR(&math_isqrt_obj)},
    {KL_ROM_QSTR(lcm), KL_ROM_PTR(&math_lcm_obj)},
    {KL_ROM_QSTR(ldexp), KL_ROM_PTR(&math_ldexp_obj)},
    {KL_ROM_QSTR(lgamma), KL_ROM_PTR(&math_lgamma_obj)},
    {KL_ROM_QSTR(log), KL_ROM_PTR(&math_log_obj)},
    {KL_ROM_QSTR(log10), KL_ROM_PTR(&math_log10_obj)},
    {KL_ROM_QSTR(log1p), KL_ROM_PTR(&math_log1p_obj)},
    {KL_ROM_QSTR(log2), KL_ROM_PTR(&math_log2_obj)},
    {KL_ROM_QSTR(modf), KL_ROM_PTR(&math_modf_obj)},
    {KL_ROM_QSTR(nan), KL_ROM_PTR(&math_nan_obj)},
    {KL_ROM_QSTR(nextafter), KL_ROM_PTR(&math_nextafter_obj)},
    {KL_ROM_QSTR(perm), KL_ROM_PTR(&math_perm_obj)},
    {KL_ROM_QSTR(pi), KL_ROM_PTR(&math_pi_obj)},
    {KL_ROM_QSTR(pow), KL_ROM_PTR(&math_pow_obj)},
    {KL_ROM_QSTR(prod), KL_ROM_PTR(&math_prod_obj)},
    {KL_ROM_QSTR(radians), KL_ROM_PTR(&math_radians_obj)},
    {KL_ROM_QSTR(remainder), KL_ROM_PTR(&math_remainder_obj)},
    {KL_ROM_QSTR(sin), KL_ROM_PTR(&math_sin_obj)},
    {KL_ROM_QSTR(sinh), KL_ROM_PTR(&math_sinh_obj)},
    {KL_ROM_QSTR(sqrt), KL_ROM_PTR(&math_sqrt_obj)},
    {KL_ROM_QSTR(tan), KL_ROM_PTR(&math_tan_obj)},
    {KL_ROM_QSTR(tanh), KL_ROM_PTR(&math_tanh_obj)},
    {KL_ROM_QSTR(tau), KL_ROM_PTR(&math_tau_obj)},
    {KL_ROM_QSTR(trunc), KL_ROM_PTR(&math_trunc_obj)},
    {KL_ROM_QSTR(ulp), KL_ROM_PTR(&math_ulp_obj)},
};
static KL_DEFINE_CONST_DICT(math_globals, math_globals_table);

const kl_obj_module_t kl_module_math = {
    .base = {&kl_type_module},
    .globals = &math_globals,
};

#endif // KL_CFG_MODULE_MATH
