// vm/mod_cmath.c: the cmath module, the elementary functions of complex numbers.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Each function is written from its textbook definition on real libm functions, in the forms
// that keep full accuracy: the square root as sqrt((|x| + |z|) / 2) with the other part divided
// by it, the logarithm through log1p when |z| is near 1, tanh in Kahan's form, and the inverse
// functions from Kahan's "Branch cuts for complex elementary functions" (1987), which take their
// results from square roots of 1 +- z and so get the branch cuts and the signs of zero right.
// The circular functions are the hyperbolic ones turned by i (sin z = -i sinh(iz)). Arguments
// near the ends of the double range are scaled first, so that ordinary results never overflow
// on the way.
//
// Errors follow CPython's: log(0) and atanh(+-1) are domain errors (ValueError "math domain
// error"), results too big for a double from finite arguments are range errors (OverflowError
// "math range error"). For infinite and NaN arguments the functions return what their formulas
// give (CPython keeps a table of exact special values instead), and raise ValueError when a NaN
// appears from arguments without one. Arguments convert as CPython's do: complex, then
// __complex__, then anything math accepts (float, int, __float__, __index__).

#include <float.h>
#include <math.h>

#include "vm/mod_math.h"
#include "vm/obj_module.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"

#if KL_CFG_MODULE_CMATH

#define CMATH_PI (3.141592653589793)
#define CMATH_E (2.718281828459045)
#define CMATH_LN2 (0.6931471805599453)
#define CMATH_LN10 (2.302585092994046)

// Above LARGE a sum of two parts may overflow; SQRT_LARGE, LOG_LARGE are its root and log.
#define LARGE (DBL_MAX / 4.0)
#define SQRT_LARGE (6.703903964971298e+153)
#define LOG_LARGE (708.3964185322641)
#define SQRT_DBL_MIN (1.4916681462400413e-154)

typedef struct _cnum_t {
    double re;
    double im;
} cnum_t;

static cnum_t cnum(double re, double im) {
    cnum_t z = {re, im};
    return z;
}

// ==== Arguments and results ====

static bool get_complex_exact(kl_obj_t o, cnum_t *z) {
    if (KL_OBJ_IS_OBJ(o) && (kl_obj_get_type(o)->flags & KL_TYPE_FLAG_HEAP)) {
        o = kl_obj_native(o, &kl_type_complex);
    }
    if (kl_obj_is_type(o, &kl_type_complex)) {
        kl_obj_complex_get(o, &z->re, &z->im);
        return true;
    }
    return false;
}

static cnum_t get_complex(kl_obj_t o) {
    cnum_t z;
    if (get_complex_exact(o, &z)) {
        return z;
    }
    if (KL_OBJ_IS_OBJ(o) && (kl_obj_get_type(o)->flags & KL_TYPE_FLAG_HEAP)) {
        kl_obj_t m[2];
        kl_load_method_maybe(o, KL_QSTR___complex__, m);
        if (m[0] != KL_OBJ_NULL) {
            kl_obj_t r = kl_call_method_n_kw(0, 0, m);
            if (!get_complex_exact(r, &z)) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("__complex__ returned non-complex (type %T)"), r);
            }
            return z;
        }
    }
    return cnum(kl_mod_math_get_double(o), 0.0);
}

static bool has_nan(cnum_t z) {
    return isnan(z.re) || isnan(z.im);
}

static bool is_finite(cnum_t z) {
    return isfinite(z.re) && isfinite(z.im);
}

// [r], the value of a function at [z], as a complex, or the error it shows: an infinity from a
// finite argument overflowed, a NaN from an argument without one is outside the domain.
static kl_obj_t result(cnum_t z, cnum_t r) {
    if (is_finite(z) && (isinf(r.re) || isinf(r.im))) {
        kl_mod_math_range_error();
    }
    if (has_nan(r) && !has_nan(z)) {
        kl_mod_math_domain_error();
    }
    return kl_obj_new_complex(r.re, r.im);
}

// ==== The functions on complex numbers ====

static cnum_t c_sqrt(cnum_t z) {
    if (isinf(z.im)) {
        return cnum(INFINITY, z.im);
    }
    if (isinf(z.re)) {
        double zero = isnan(z.im) ? z.im : copysign(0.0, z.im);
        return z.re > 0 ? cnum(z.re, zero) : cnum(fabs(zero), copysign(INFINITY, z.im));
    }
    if (has_nan(z)) {
        return cnum(NAN, NAN);
    }
    if (z.re == 0.0 && z.im == 0.0) {
        return cnum(0.0, z.im);
    }
    double ax = fabs(z.re), ay = fabs(z.im), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        // |z| is subnormal: scale up by an even power of two, whose root is exact.
        ax = ldexp(ax, 54);
        s = ldexp(sqrt((ax + hypot(ax, ldexp(ay, 54))) / 2.0), -27);
    } else {
        // sqrt((ax + |z|) / 2), computed on an eighth of z so the sum cannot overflow.
        ax /= 8.0;
        s = 2.0 * sqrt(ax + hypot(ax, ay / 8.0));
    }
    double d = ay / (2.0 * s);
    return z.re >= 0.0 ? cnum(s, copysign(d, z.im)) : cnum(d, copysign(s, z.im));
}

static cnum_t c_exp(cnum_t z) {
    if (z.im == 0.0) {
        return cnum(exp(z.re), z.im);
    }
    if (isinf(z.re) && z.re < 0 && !isfinite(z.im)) {
        return cnum(0.0, 0.0);
    }
    double l;
    if (z.re > LOG_LARGE) {
        // exp(x) overflows before exp(x) * cos(y) does.
        l = exp(z.re - 1.0);
        return cnum(l * cos(z.im) * CMATH_E, l * sin(z.im) * CMATH_E);
    }
    l = exp(z.re);
    return cnum(l * cos(z.im), l * sin(z.im));
}

// log(z); log(0) is -inf + 0j with *[domain] set (CPython forgets it in log(0, base)).
static cnum_t c_log_domain(cnum_t z, bool *domain) {
    double ax = fabs(z.re), ay = fabs(z.im), re;
    if (isinf(z.re) || isinf(z.im)) {
        re = INFINITY;
    } else if (has_nan(z)) {
        re = NAN;
    } else if (ax > LARGE || ay > LARGE) {
        re = log(hypot(ax / 2.0, ay / 2.0)) + CMATH_LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax == 0.0 && ay == 0.0) {
            *domain = true;
            re = -INFINITY;
        } else {
            re = log(hypot(ldexp(ax, 53), ldexp(ay, 53))) - 53.0 * CMATH_LN2;
        }
    } else {
        double h = hypot(ax, ay);
        if (h >= 0.71 && h <= 1.73) {
            // log|z| = log1p(|z|**2 - 1) / 2, with |z|**2 - 1 = (m - 1)(m + 1) + n**2 exact
            // enough when |z| is near 1.
            double m = ax > ay ? ax : ay, n = ax > ay ? ay : ax;
            re = log1p((m - 1.0) * (m + 1.0) + n * n) / 2.0;
        } else {
            re = log(h);
        }
    }
    return cnum(re, atan2(z.im, z.re));
}

static cnum_t c_log(cnum_t z) {
    bool domain = false;
    cnum_t r = c_log_domain(z, &domain);
    if (domain) {
        kl_mod_math_domain_error();
    }
    return r;
}

// sinh and cosh for |x| up to LOG_LARGE directly; past it, through x -+ 1 and a factor e so
// that finite results do not overflow on the way.
static cnum_t c_sinh(cnum_t z) {
    if (z.im == 0.0) {
        return cnum(sinh(z.re), z.im);
    }
    if (fabs(z.re) > LOG_LARGE && isfinite(z.re)) {
        double x1 = z.re - copysign(1.0, z.re);
        return cnum(cos(z.im) * sinh(x1) * CMATH_E, sin(z.im) * cosh(x1) * CMATH_E);
    }
    return cnum(cos(z.im) * sinh(z.re), sin(z.im) * cosh(z.re));
}

static cnum_t c_cosh(cnum_t z) {
    if (z.im == 0.0) {
        // The imaginary part is y sinh(x): a zero with the sign of x * y (+0 for a NaN x).
        return cnum(cosh(z.re), isnan(z.re) ? 0.0 : copysign(0.0, z.re) * z.im);
    }
    if (fabs(z.re) > LOG_LARGE && isfinite(z.re)) {
        double x1 = z.re - copysign(1.0, z.re);
        return cnum(cos(z.im) * cosh(x1) * CMATH_E, sin(z.im) * sinh(x1) * CMATH_E);
    }
    return cnum(cos(z.im) * cosh(z.re), sin(z.im) * sinh(z.re));
}

// tanh in Kahan's form: with t = tanh(x), u = tan(y) and c = 1 / cosh(x),
// tanh(z) = (t (1 + u**2) + i u c**2) / (1 + t**2 u**2).
static cnum_t c_tanh(cnum_t z) {
    if (isinf(z.re)) {
        return cnum(copysign(1.0, z.re), isfinite(z.im) ? copysign(0.0, sin(2.0 * z.im)) : 0.0);
    }
    if (z.im == 0.0) {
        return cnum(tanh(z.re), z.im);
    }
    if (fabs(z.re) > LOG_LARGE) {
        return cnum(copysign(1.0, z.re), 4.0 * sin(z.im) * cos(z.im) * exp(-2.0 * fabs(z.re)));
    }
    double t = tanh(z.re), u = tan(z.im), c = 1.0 / cosh(z.re);
    double tu = t * u, den = 1.0 + tu * tu;
    return cnum(t * (1.0 + u * u) / den, ((u / den) * c) * c);
}

// The circular functions: sin z = -i sinh(iz), cos z = cosh(iz), tan z = -i tanh(iz).
static cnum_t times_i(cnum_t z) {
    return cnum(-z.im, z.re);
}

static cnum_t times_minus_i(cnum_t z) {
    return cnum(z.im, -z.re);
}

static cnum_t c_sin(cnum_t z) {
    return times_minus_i(c_sinh(times_i(z)));
}

static cnum_t c_cos(cnum_t z) {
    return c_cosh(times_i(z));
}

static cnum_t c_tan(cnum_t z) {
    return times_minus_i(c_tanh(times_i(z)));
}

// Kahan's inverse functions. Arguments beyond LARGE (and infinities) take the asymptotic forms,
// where 1 +- z is z and the products of the square roots would overflow.
static bool is_large(cnum_t z) {
    return fabs(z.re) > LARGE || fabs(z.im) > LARGE;
}

// log(2|z|) for a large z, without overflow.
static double log_2abs(cnum_t z) {
    return log(hypot(z.re / 2.0, z.im / 2.0)) + 2.0 * CMATH_LN2;
}

static cnum_t c_acos(cnum_t z) {
    if (is_large(z) && !has_nan(z)) {
        double im = log_2abs(z);
        return cnum(atan2(fabs(z.im), z.re), signbit(z.im) ? im : -im);
    }
    cnum_t s1 = c_sqrt(cnum(1.0 - z.re, -z.im)); // sqrt(1 - z)
    cnum_t s2 = c_sqrt(cnum(1.0 + z.re, z.im));  // sqrt(1 + z)
    return cnum(2.0 * atan2(s1.re, s2.re), asinh(s2.re * s1.im - s2.im * s1.re));
}

static cnum_t c_acosh(cnum_t z) {
    if (is_large(z) && !has_nan(z)) {
        return cnum(log_2abs(z), atan2(z.im, z.re));
    }
    cnum_t s1 = c_sqrt(cnum(z.re - 1.0, z.im)); // sqrt(z - 1)
    cnum_t s2 = c_sqrt(cnum(z.re + 1.0, z.im)); // sqrt(z + 1)
    return cnum(asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * atan2(s1.im, s2.re));
}

static cnum_t c_asinh(cnum_t z) {
    if (is_large(z) && !has_nan(z)) {
        double re = log_2abs(z);
        return cnum(copysign(re, z.re), atan2(z.im, fabs(z.re)));
    }
    cnum_t s1 = c_sqrt(cnum(1.0 + z.im, -z.re)); // sqrt(1 - iz)
    cnum_t s2 = c_sqrt(cnum(1.0 - z.im, z.re));  // sqrt(1 + iz)
    return cnum(asinh(s1.re * s2.im - s2.re * s1.im), atan2(z.im, s1.re * s2.re - s1.im * s2.im));
}

static cnum_t c_asin(cnum_t z) {
    return times_minus_i(c_asinh(times_i(z)));
}

// atanh(z) = log((1 + z) / (1 - z)) / 2: the real part as log1p(4x / ((1 - x)**2 + y**2)) / 4,
// the imaginary part as atan2(2y, (1 - x)(1 + x) - y**2) / 2; odd, so computed for x >= 0.
static cnum_t c_atanh(cnum_t z) {
    if (signbit(z.re)) {
        cnum_t r = c_atanh(cnum(-z.re, -z.im));
        return cnum(-r.re, -r.im);
    }
    double x = z.re, y = z.im, ay = fabs(y);
    if (isnan(x) || isnan(y)) {
        return cnum(isinf(x) || isinf(y) ? 0.0 : NAN,
                    isinf(x) || isinf(y) ? copysign(CMATH_PI / 2, y) : NAN);
    }
    if (x > SQRT_LARGE || ay > SQRT_LARGE) {
        // 1/z, up to terms below the last bit: x / |z|**2 and +-pi/2.
        double h = hypot(x / 2.0, y / 2.0);
        return cnum(isinf(h) ? 0.0 : x / 4.0 / h / h, copysign(CMATH_PI / 2, y));
    }
    if (x == 1.0 && ay < SQRT_DBL_MIN) {
        if (ay == 0.0) {
            kl_mod_math_domain_error();
        }
        return cnum(-log(sqrt(ay) / sqrt(hypot(ay, 2.0))), copysign(atan2(2.0, -ay) / 2.0, y));
    }
    double re = log1p(4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)) / 4.0;
    return cnum(re, atan2(2.0 * y, (1.0 - x) * (1.0 + x) - ay * ay) / 2.0);
}

static cnum_t c_atan(cnum_t z) {
    return times_minus_i(c_atanh(times_i(z)));
}

static cnum_t c_log10(cnum_t z) {
    cnum_t r = c_log(z);
    return cnum(r.re / CMATH_LN10, r.im / CMATH_LN10);
}

// ==== The module's functions ====

#define CMATH_1(name)                                                                              \
    static kl_obj_t cmath_##name(size_t n_args, size_t n_kw, const kl_obj_t *args) {               \
        kl_mod_math_check_1(KL_QSTR_cmath, KL_QSTR_##name, n_args, n_kw);                          \
        cnum_t z = get_complex(args[0]);                                                           \
        return result(z, c_##name(z));                                                             \
    }                                                                                              \
    static KL_DEFINE_FUN_KW(cmath_##name##_obj, name, 0, cmath_##name)

CMATH_1(acos);
CMATH_1(acosh);
CMATH_1(asin);
CMATH_1(asinh);
CMATH_1(atan);
CMATH_1(atanh);
CMATH_1(cos);
CMATH_1(cosh);
CMATH_1(exp);
CMATH_1(log10);
CMATH_1(sin);
CMATH_1(sinh);
CMATH_1(sqrt);
CMATH_1(tan);
CMATH_1(tanh);

// log(z[, base]): the quotient of two logarithms, a domain error when the base's is 0.
static kl_obj_t cmath_log(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_mod_math_no_kw(KL_QSTR_cmath, KL_QSTR_log, n_kw);
    if (n_args < 1 || n_args > 2) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         n_args < 1 ? KL_ERROR_TEXT("log expected at least 1 argument, got %z")
                                    : KL_ERROR_TEXT("log expected at most 2 arguments, got %z"),
                         n_args);
    }
    cnum_t z = get_complex(args[0]);
    if (n_args == 1) {
        return result(z, c_log(z));
    }
    // As in CPython, only the base's logarithm and the division can fail: log(0, 2) is
    // -inf + nanj, not an error.
    bool domain = false;
    cnum_t n = c_log_domain(z, &domain);
    cnum_t d = c_log(get_complex(args[1]));
    if (d.re == 0.0 && d.im == 0.0) {
        kl_mod_math_domain_error();
    }
    // n / d by Smith's method, as complex division does it.
    double q, den;
    if (fabs(d.re) >= fabs(d.im)) {
        q = d.im / d.re;
        den = d.re + d.im * q;
        return kl_obj_new_complex((n.re + n.im * q) / den, (n.im - n.re * q) / den);
    }
    q = d.re / d.im;
    den = d.re * q + d.im;
    return kl_obj_new_complex((n.re * q + n.im) / den, (n.im * q - n.re) / den);
}
static KL_DEFINE_FUN_KW(cmath_log_obj, log, 0, cmath_log);

static kl_obj_t cmath_phase(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_mod_math_check_1(KL_QSTR_cmath, KL_QSTR_phase, n_args, n_kw);
    cnum_t z = get_complex(args[0]);
    return kl_obj_new_float(atan2(z.im, z.re));
}
static KL_DEFINE_FUN_KW(cmath_phase_obj, phase, 0, cmath_phase);

// |z|, an OverflowError when it is too big for a double.
static double c_abs(cnum_t z) {
    double r = hypot(z.re, z.im);
    if (isinf(r) && is_finite(z)) {
        kl_mod_math_range_error();
    }
    return r;
}

static kl_obj_t cmath_polar(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_mod_math_check_1(KL_QSTR_cmath, KL_QSTR_polar, n_args, n_kw);
    cnum_t z = get_complex(args[0]);
    kl_obj_t items[2] = {kl_obj_new_float(c_abs(z)), kl_obj_new_float(atan2(z.im, z.re))};
    return kl_obj_new_tuple(2, items);
}
static KL_DEFINE_FUN_KW(cmath_polar_obj, polar, 0, cmath_polar);

static kl_obj_t cmath_rect(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_mod_math_check_n(KL_QSTR_cmath, KL_QSTR_rect, n_args, n_kw, 2);
    double r = kl_mod_math_get_double(args[0]);
    double phi = kl_mod_math_get_double(args[1]);
    if (phi == 0.0) {
        // No 0 * inf: the imaginary part is a zero with the sign of r * phi.
        return kl_obj_new_complex(r, isnan(r) ? 0.0 : signbit(r) ? -phi : phi);
    }
    if (isnan(phi) && (r == 0.0 || isinf(r))) {
        // No angle, but a known modulus.
        return kl_obj_new_complex(fabs(r), r == 0.0 ? 0.0 : phi);
    }
    double re = r * cos(phi), im = r * sin(phi);
    if ((isnan(re) || isnan(im)) && !isnan(r) && !isnan(phi)) {
        if (r == 0.0) {
            return kl_obj_new_complex(0.0, 0.0);
        }
        kl_mod_math_domain_error();
    }
    return kl_obj_new_complex(re, im);
}
static KL_DEFINE_FUN_KW(cmath_rect_obj, rect, 0, cmath_rect);

static kl_obj_t cmath_isfinite(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_mod_math_check_1(KL_QSTR_cmath, KL_QSTR_isfinite, n_args, n_kw);
    return KL_OBJ_FROM_BOOL(is_finite(get_complex(args[0])));
}
static KL_DEFINE_FUN_KW(cmath_isfinite_obj, isfinite, 0, cmath_isfinite);

static kl_obj_t cmath_isinf(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_mod_math_check_1(KL_QSTR_cmath, KL_QSTR_isinf, n_args, n_kw);
    cnum_t z = get_complex(args[0]);
    return KL_OBJ_FROM_BOOL(isinf(z.re) || isinf(z.im));
}
static KL_DEFINE_FUN_KW(cmath_isinf_obj, isinf, 0, cmath_isinf);

static kl_obj_t cmath_isnan(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_mod_math_check_1(KL_QSTR_cmath, KL_QSTR_isnan, n_args, n_kw);
    return KL_OBJ_FROM_BOOL(has_nan(get_complex(args[0])));
}
static KL_DEFINE_FUN_KW(cmath_isnan_obj, isnan, 0, cmath_isnan);

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) with |b - a| as the distance.
static kl_obj_t cmath_isclose(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t v[4];
    kl_mod_math_isclose_args(n_args, n_kw, args, v);
    cnum_t a = get_complex(v[0]);
    cnum_t b = get_complex(v[1]);
    double rel_tol, abs_tol;
    kl_mod_math_tolerances(v, &rel_tol, &abs_tol);
    if (a.re == b.re && a.im == b.im) {
        return kl_const_true;
    }
    if (isinf(a.re) || isinf(a.im) || isinf(b.re) || isinf(b.im)) {
        return kl_const_false;
    }
    double diff = hypot(b.re - a.re, b.im - a.im);
    return KL_OBJ_FROM_BOOL(diff <= rel_tol * hypot(b.re, b.im) ||
                            diff <= rel_tol * hypot(a.re, a.im) || diff <= abs_tol);
}
static KL_DEFINE_FUN_KW(cmath_isclose_obj, isclose, 0, cmath_isclose);

// ==== The module ====

static const kl_obj_float_t cmath_pi_obj = {{&kl_type_float}, CMATH_PI};
static const kl_obj_float_t cmath_e_obj = {{&kl_type_float}, CMATH_E};
static const kl_obj_float_t cmath_tau_obj = {{&kl_type_float}, 2.0 * CMATH_PI};
static const kl_obj_float_t cmath_inf_obj = {{&kl_type_float}, INFINITY};
static const kl_obj_float_t cmath_nan_obj = {{&kl_type_float}, NAN};
static const kl_obj_complex_t cmath_infj_obj = {{&kl_type_complex}, 0.0, INFINITY};
static const kl_obj_complex_t cmath_nanj_obj = {{&kl_type_complex}, 0.0, NAN};

static const kl_rom_map_elem_t cmath_globals_table[] = {
    {KL_ROM_QSTR(__name__), KL_OBJ_NEW_QSTR(KL_QSTR_cmath)},
    {KL_ROM_QSTR(acos), KL_ROM_PTR(&cmath_acos_obj)},
    {KL_ROM_QSTR(acosh), KL_ROM_PTR(&cmath_acosh_obj)},
    {KL_ROM_QSTR(asin), KL_ROM_PTR(&cmath_asin_obj)},
    {KL_ROM_QSTR(asinh), KL_ROM_PTR(&cmath_asinh_obj)},
    {KL_ROM_QSTR(atan), KL_ROM_PTR(&cmath_atan_obj)},
    {KL_ROM_QSTR(atanh), KL_ROM_PTR(&cmath_atanh_obj)},
    {KL_ROM_QSTR(cos), KL_ROM_PTR(&cmath_cos_obj)},
    {KL_ROM_QSTR(cosh), KL_ROM_PTR(&cmath_cosh_obj)},
    {KL_ROM_QSTR(e), KL_ROM_PTR(&cmath_e_obj)},
    {KL_ROM_QSTR(exp), KL_ROM_PTR(&cmath_exp_obj)},
    {KL_ROM_QSTR(inf), KL_ROM_PTR(&cmath_inf_obj)},
    {KL_ROM_QSTR(infj), KL_ROM_PTR(&cmath_infj_obj)},
    {KL_ROM_QSTR(isclose), KL_ROM_PTR(&cmath_isclose_obj)},
    {KL_ROM_QSTR(isfinite), KL_ROM_PTR(&cmath_isfinite_obj)},
    {KL_ROM_QSTR(isinf), KL_ROM_PTR(&cmath_isinf_obj)},
    {KL_ROM_QSTR(isnan), KL_ROM_PTR(&cmath_isnan_obj)},
    {KL_ROM_QSTR(log), KL_ROM_PTR(&cmath_log_obj)},
    {KL_ROM_QSTR(log10), KL_ROM_PTR(&cmath_log10_obj)},
    {KL_ROM_QSTR(nan), KL_ROM_PTR(&cmath_nan_obj)},
    {KL_ROM_QSTR(nanj), KL_ROM_PTR(&cmath_nanj_obj)},
    {KL_ROM_QSTR(phase), KL_ROM_PTR(&cmath_phase_obj)},
    {KL_ROM_QSTR(pi), KL_ROM_PTR(&cmath_pi_obj)},
    {KL_ROM_QSTR(polar), KL_ROM_PTR(&cmath_polar_obj)},
    {KL_ROM_QSTR(rect), KL_ROM_PTR(&cmath_rect_obj)},
    {KL_ROM_QSTR(sin), KL_ROM_PTR(&cmath_sin_obj)},
    {KL_ROM_QSTR(sinh), KL_ROM_PTR(&cmath_sinh_obj)},
    {KL_ROM_QSTR(sqrt), KL_ROM_PTR(&cmath_sqrt_obj)},
    {KL_ROM_QSTR(tan), KL_ROM_PTR(&cmath_tan_obj)},
    {KL_ROM_QSTR(tanh), KL_ROM_PTR(&cmath_tanh_obj)},
    {KL_ROM_QSTR(tau), KL_ROM_PTR(&cmath_tau_obj)},
};
static KL_DEFINE_CONST_DICT(cmath_globals, cmath_globals_table);

const kl_obj_module_t kl_module_cmath = {
    .base = {&kl_type_module},
    .globals = &cmath_globals,
};

#endif // KL_CFG_MODULE_CMATH
