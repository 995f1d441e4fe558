// vm/obj_complex.c: the complex type.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A pair of floats with Python's arithmetic. Printing follows CPython: `(1+2j)`, `2j` without
// parentheses when the real part is +0.0, each part in its shortest round-trip form.

#include <math.h>
#include <string.h>

#include "vm/format.h"
#include "vm/gc.h"
#include "vm/numfmt.h"
#include "vm/obj_int.h"
#include "vm/obj_str.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

#if KL_CFG_FLOAT

kl_obj_t kl_obj_new_complex(kl_float_t real, kl_float_t imag) {
    kl_obj_complex_t *c = kl_gc_alloc(sizeof(kl_obj_complex_t), KL_GC_ATOMIC);
    c->base.type = &kl_type_complex;
    c->real = real;
    c->imag = imag;
    return KL_OBJ_FROM_PTR(c);
}

void kl_obj_complex_get(kl_obj_t o, kl_float_t *real, kl_float_t *imag) {
    *real = ((kl_obj_complex_t *)o)->real;
    *imag = ((kl_obj_complex_t *)o)->imag;
}

size_t kl_obj_complex_part_repr(char *buf, size_t buflen, kl_float_t x) {
    size_t n = kl_numfmt_float_repr(buf, buflen, x);
    // Integral parts print without ".0" inside a complex: (1+2j).
    if (n > 2 && buf[n - 2] == '.' && buf[n - 1] == '0') {
        n -= 2;
    }
    return n;
}

static void print_part(const kl_print_t *print, double x) {
    char buf[KL_NUMFMT_REPR_BUFSIZE];
    kl_print_strn(print, buf, kl_obj_complex_part_repr(buf, sizeof(buf), x));
}

static void complex_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    kl_obj_complex_t *c = (kl_obj_complex_t *)o;
    if (c->real == 0.0 && !signbit(c->real)) {
        print_part(print, c->imag);
        kl_print_str(print, "j");
        return;
    }
    kl_print_str(print, "(");
    print_part(print, c->real);
    if (!signbit(c->imag) || isnan(c->imag)) {
        kl_print_str(print, "+");
    }
    print_part(print, c->imag);
    kl_print_str(print, "j)");
}

static bool get_complex(kl_obj_t o, kl_float_t *re, kl_float_t *im) {
    if (kl_obj_is_type(o, &kl_type_complex)) {
        *re = ((kl_obj_complex_t *)o)->real;
        *im = ((kl_obj_complex_t *)o)->imag;
        return true;
    }
    if (kl_obj_is_type(o, &kl_type_float) || kl_obj_is_int(o)) {
        *re = kl_obj_get_float(o);
        *im = 0.0;
        return true;
    }
    return false;
}

// A constructor argument: a number, or an object with __complex__, __float__ or __index__.
static bool ctor_complex(kl_obj_t o, kl_float_t *re, kl_float_t *im) {
    if (get_complex(o, re, im)) {
        return true;
    }
    kl_obj_t m[2];
    kl_load_special_method_maybe(o, KL_QSTR___complex__, m);
    if (m[0] != KL_OBJ_NULL) {
        kl_obj_t r = kl_call_method_n_kw(0, 0, m);
        if (!kl_obj_is_type(r, &kl_type_complex)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("__complex__ returned non-complex (type %T)"), r);
        }
        return get_complex(r, re, im);
    }
    *im = 0.0;
    if (kl_obj_get_float_maybe(o, re)) {
        return true;
    }
    kl_load_special_method_maybe(o, KL_QSTR___index__, m);
    if (m[0] != KL_OBJ_NULL) {
        *re = kl_obj_get_float(kl_call_method_n_kw(0, 0, m));
        return true;
    }
    return false;
}

static kl_obj_t complex_div(kl_float_t a, kl_float_t b, kl_float_t c, kl_float_t d) {
    if (c == 0.0 && d == 0.0) {
        kl_raise_ZeroDivisionError(KL_ERROR_TEXT("complex division by zero"));
    }
    // Smith's algorithm: scale by the larger component to avoid overflow.
    if (fabs(c) >= fabs(d)) {
        double r = d / c, den = c + d * r;
        return kl_obj_new_complex((a + b * r) / den, (b - a * r) / den);
    }
    double r = c / d, den = c * r + d;
    return kl_obj_new_complex((a * r + b) / den, (b * r - a) / den);
}

// ==== Powers ====
//
// z ** w as CPython computes it, step for step, so that the results (and their signed zeros)
// agree: an integral exponent up to 100 by repeated squaring, anything else through polar form.
// CPython then reports a C library domain error (a zero base to a negative or complex power, a
// division by zero, the cosine of an infinite angle) as ZeroDivisionError, and any infinite part
// in the result as OverflowError.

typedef struct _cpow_t {
    double re, im;
    bool domain_error;
} cpow_t;

static void cpow_mul(cpow_t *r, double pr, double pi) {
    double t = r->re * pr - r->im * pi;
    r->im = r->re * pi + r->im * pr;
    r->re = t;
}

// 1 / [r], with Smith's scaling; a zero divisor is a domain error with the result 0.
static void cpow_invert(cpow_t *r) {
    double c = r->re, d = r->im;
    double abs_c = c < 0 ? -c : c, abs_d = d < 0 ? -d : d;
    if (abs_c >= abs_d) {
        if (abs_c == 0.0) {
            r->domain_error = true;
            r->re = r->im = 0.0;
            return;
        }
        double ratio = d / c, den = c + d * ratio;
        r->re = (1.0 + 0.0 * ratio) / den;
        r->im = (0.0 - 1.0 * ratio) / den;
    } else if (abs_d >= abs_c) {
        double ratio = c / d, den = c * ratio + d;
        r->re = (1.0 * ratio + 0.0) / den;
        r->im = (0.0 * ratio - 1.0) / den;
    } else {
        r->re = r->im = NAN; // a NaN part
    }
}

// (a+bj) ** n for 0 < n: the bits of n from the lowest, squaring as it goes.
static void cpow_unsigned(cpow_t *r, double a, double b, unsigned long n) {
    r->re = 1.0;
    r->im = 0.0;
    double pr = a, pi = b;
    for (unsigned long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) {
            cpow_mul(r, pr, pi);
        }
        double t = pr * pr - pi * pi;
        pi = pr * pi + pi * pr;
        pr = t;
    }
}

static void cpow_polar(cpow_t *r, double a, double b, double c, double d) {
    if (c == 0.0 && d == 0.0) {
        r->re = 1.0;
        r->im = 0.0;
        return;
    }
    if (a == 0.0 && b == 0.0) {
        if (d != 0.0 || c < 0.0) {
            r->domain_error = true;
        }
        r->re = r->im = 0.0;
        return;
    }
    double vabs = hypot(a, b);
    double len = pow(vabs, c);
    double at = atan2(b, a);
    double phase = at * c;
    if (d != 0.0) {
        len /= exp(at * d);
        phase += d * log(vabs);
    }
    if (isinf(phase)) {
        r->domain_error = true; // the cosine of an infinite angle
    }
    r->re = len * cos(phase);
    r->im = len * sin(phase);
}

static kl_obj_t complex_pow(kl_float_t a, kl_float_t b, kl_float_t c, kl_float_t d) {
    cpow_t r = {0.0, 0.0, false};
    if (d == 0.0 && c == floor(c) && fabs(c) <= 100.0) {
        long n = (long)c;
        cpow_unsigned(&r, a, b, (unsigned long)(n < 0 ? -n : n));
        if (n < 0) {
            cpow_invert(&r);
        }
    } else {
        cpow_polar(&r, a, b, c, d);
    }
    if (r.domain_error) {
        kl_raise_ZeroDivisionError(KL_ERROR_TEXT("0.0 to a negative or complex power"));
    }
    if (isinf(r.re) || isinf(r.im)) {
        kl_raise_OverflowError(KL_ERROR_TEXT("complex exponentiation"));
    }
    return kl_obj_new_complex(r.re, r.im);
}

kl_obj_t kl_obj_new_complex_pow(kl_float_t base, kl_float_t exp_) {
    return complex_pow(base, 0.0, exp_, 0.0);
}

static kl_obj_t complex_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    kl_float_t a, b, c, d;
    if (!get_complex(lhs, &a, &b) || !get_complex(rhs, &c, &d)) {
        return KL_OBJ_NULL;
    }
    if (op >= KL_BINARY_OP_INPLACE_ADD && op <= KL_BINARY_OP_INPLACE_LAST) {
        op = (kl_binary_op_t)(op - KL_BINARY_OP_INPLACE_OFFSET);
    }
    switch (op) {
        case KL_BINARY_OP_ADD:
            return kl_obj_new_complex(a + c, b + d);
        case KL_BINARY_OP_SUB:
            return kl_obj_new_complex(a - c, b - d);
        case KL_BINARY_OP_MUL:
            return kl_obj_new_complex(a * c - b * d, a * d + b * c);
        case KL_BINARY_OP_TRUEDIV:
            return complex_div(a, b, c, d);
        case KL_BINARY_OP_POW:
            return complex_pow(a, b, c, d);
        case KL_BINARY_OP_EQ:
            return KL_OBJ_FROM_BOOL(a == c && b == d);
        case KL_BINARY_OP_NE:
            return KL_OBJ_FROM_BOOL(a != c || b != d);
        case KL_BINARY_OP_FLOORDIV:
        case KL_BINARY_OP_MOD:
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("unsupported operand type(s) for %s: '%T' and '%T'"),
                             op == KL_BINARY_OP_MOD ? "%" : "//", lhs, rhs);
        default:
            return KL_OBJ_NULL;
    }
}

static kl_obj_t complex_unary_op(kl_unary_op_t op, kl_obj_t o) {
    kl_obj_complex_t *c = (kl_obj_complex_t *)o;
    switch (op) {
        case KL_UNARY_OP_BOOL:
            return KL_OBJ_FROM_BOOL(c->real != 0.0 || c->imag != 0.0);
        case KL_UNARY_OP_POSITIVE:
            return o;
        case KL_UNARY_OP_NEGATIVE:
            return kl_obj_new_complex(-c->real, -c->imag);
        case KL_UNARY_OP_ABS: {
            double r = hypot(c->real, c->imag);
            if (isinf(r) && isfinite(c->real) && isfinite(c->imag)) {
                kl_raise_OverflowError(KL_ERROR_TEXT("absolute value too large"));
            }
            return kl_obj_new_float(r);
        }
        case KL_UNARY_OP_HASH: {
            // hash(real) + 1000003 * hash(imag), as CPython combines them.
            kl_int_t hr =
                KL_OBJ_SMALL_INT_VALUE(kl_unary_op(KL_UNARY_OP_HASH, kl_obj_new_float(c->real)));
            kl_int_t hi =
                KL_OBJ_SMALL_INT_VALUE(kl_unary_op(KL_UNARY_OP_HASH, kl_obj_new_float(c->imag)));
            // Equal to hash(real) when there is no imaginary part, so 1+0j and 1 are one key.
            kl_int_t h = (kl_int_t)((kl_uint_t)hr + (kl_uint_t)1000003 * (kl_uint_t)hi);
            if (h == -1) {
                h = -2;
            }
            if (!KL_SMALL_INT_FITS(h)) {
                h = (kl_int_t)((kl_uint_t)h >> 2);
            }
            return KL_OBJ_NEW_SMALL_INT(h);
        }
        default:
            return KL_OBJ_NULL;
    }
}

// ==== Parsing text ====

static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// CPython rejects a misplaced underscore before it parses, with another message.
static KL_NORETURN void raise_bad_text(kl_obj_t x) {
    kl_raise_msg_fmt(&kl_type_ValueError, KL_ERROR_TEXT("could not convert string to complex: %r"),
                     x);
}

// complex(str): [ws] [( [ws]] real [+-imag j] | imag j [ws] [)] [ws]. Non-ASCII digits and
// spaces count as their ASCII forms; an underscore must sit between two digits.
static kl_obj_t complex_from_text(kl_obj_t x) {
    size_t len;
    const char *s = kl_obj_str_get_number_text(x, &len);
    if (memchr(s, '_', len) != NULL) {
        char *copy = kl_gc_alloc(len + 1, KL_GC_ATOMIC);
        size_t n = 0;
        char prev = 0;
        for (size_t i = 0; i < len; i++) {
            char c = s[i];
            bool digit = c >= '0' && c <= '9';
            bool digit_before = prev >= '0' && prev <= '9';
            if ((c == '_' && !digit_before) || (prev == '_' && !digit)) {
                raise_bad_text(x);
            }
            if (c != '_') {
                copy[n++] = c;
            }
            prev = c;
        }
        if (prev == '_') {
            raise_bad_text(x);
        }
        s = copy;
        len = n;
    }
    const char *p = s, *end = s + len;
    while (p < end && is_space(*p)) {
        p++;
    }
    while (end > p && is_space(end[-1])) {
        end--;
    }
    if (p < end && *p == '(') {
        if (end[-1] != ')') {
            end = p; // malformed
        } else {
            p++;
            end--;
            while (p < end && is_space(*p)) {
                p++;
            }
            while (end > p && is_space(end[-1])) {
                end--;
            }
        }
    }
    kl_float_t re = 0.0, im = 0.0;
    bool ok = p < end;
    if (ok && (end[-1] == 'j' || end[-1] == 'J')) {
        // Split at the last sign that is not part of an exponent.
        const char *split = NULL;
        for (const char *q = end - 1; q > p; q--) {
            if ((*q == '+' || *q == '-') && q[-1] != 'e' && q[-1] != 'E') {
                split = q;
                break;
            }
        }
        const char *ims = split != NULL ? split : p;
        size_t imlen = (size_t)(end - 1 - ims);
        if (imlen == 0 || (imlen == 1 && (*ims == '+' || *ims == '-'))) {
            im = (imlen == 1 && *ims == '-') ? -1.0 : 1.0;
        } else {
            ok = kl_numfmt_parse_float(ims, imlen, &im) == 0;
        }
        if (ok && split != NULL) {
            ok = kl_numfmt_parse_float(p, (size_t)(split - p), &re) == 0;
        }
    } else if (ok) {
        ok = kl_numfmt_parse_float(p, (size_t)(end - p), &re) == 0;
    }
    if (!ok) {
        kl_raise_ValueError(KL_ERROR_TEXT("complex() arg is a malformed string"));
    }
    return kl_obj_new_complex(re, im);
}

static kl_obj_t complex_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                 const kl_obj_t *args) {
    (void)type;
    if (n_kw > 0) {
        // complex(real=..., imag=...): move the keywords into their positions.
        kl_obj_t pos[2] = {KL_OBJ_NULL, KL_OBJ_NULL};
        if (n_args + n_kw > 2) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             n_args == 0 ? KL_ERROR_TEXT("complex() takes at most 2 keyword "
                                                         "arguments (%z given)")
                                         : KL_ERROR_TEXT("complex() takes at most 2 arguments (%z "
                                                         "given)"),
                             n_args + n_kw);
        }
        for (size_t i = 0; i < n_args; i++) {
            pos[i] = args[i];
        }
        for (size_t k = 0; k < n_kw; k++) {
            kl_qstr_t q = kl_obj_str_get_qstr(args[n_args + 2 * k]);
            size_t i = q == KL_QSTR_real ? 0 : q == KL_QSTR_imag ? 1 : 2;
            if (i == 2 || pos[i] != KL_OBJ_NULL) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 i == 2 ? KL_ERROR_TEXT("'%q' is an invalid keyword argument for "
                                                        "complex()")
                                        : KL_ERROR_TEXT("argument for complex() given by name "
                                                        "('%q') and position (%z)"),
                                 q, i + 1);
            }
            pos[i] = args[n_args + 2 * k + 1];
        }
        if (pos[0] == KL_OBJ_NULL) {
            pos[0] = KL_OBJ_NEW_SMALL_INT(0);
        }
        return complex_make_new(type, pos[1] == KL_OBJ_NULL ? 1 : 2, 0, pos);
    }
    if (n_args > 2) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("complex() takes at most 2 arguments (%z given)"), n_args);
    }
    kl_float_t re = 0.0, im = 0.0;
    bool first_is_complex = false;
    if (n_args >= 1) {
        kl_obj_t x = args[0];
        if (kl_obj_is_str(x)) {
            if (n_args == 2) {
                kl_raise_TypeError(KL_ERROR_TEXT("complex() can't take second arg if first is a "
                                                 "string"));
            }
            return complex_from_text(x);
        }
        if (n_args == 2 && kl_obj_is_str(args[1])) {
            kl_raise_TypeError(KL_ERROR_TEXT("complex() second arg can't be a string"));
        }
        kl_float_t b;
        first_is_complex = kl_obj_is_type(x, &kl_type_complex);
        if (!ctor_complex(x, &re, &b)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("complex() first argument must be a string or a "
                                           "number, not '%T'"),
                             x);
        }
        im = b;
    }
    if (n_args == 2) {
        kl_float_t c, d;
        if (kl_obj_is_str(args[1])) {
            kl_raise_TypeError(KL_ERROR_TEXT("complex() second arg can't be a string"));
        }
        if (!ctor_complex(args[1], &c, &d)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("complex() second argument must be a number, not '%T'"),
                             args[1]);
        }
        re -= d;
        // A real second argument is the imaginary part itself (keeping -0.0).
        im = first_is_complex ? im + c : c;
    }
    return kl_obj_new_complex(re, im);
}

static kl_obj_t complex_conjugate(kl_obj_t self) {
    kl_obj_complex_t *c = (kl_obj_complex_t *)self;
    return kl_obj_new_complex(c->real, -c->imag);
}
static KL_DEFINE_FUN_1(complex_conjugate_obj, conjugate, complex_conjugate);

// __complex__ gives the plain complex value (of a subclass instance too).
static kl_obj_t complex___complex__(kl_obj_t self) {
    kl_obj_complex_t *c = (kl_obj_complex_t *)KL_OBJ_TO_PTR(kl_obj_native(self, &kl_type_complex));
    return kl_obj_get_type(self) == &kl_type_complex ? self : kl_obj_new_complex(c->real, c->imag);
}
static KL_DEFINE_FUN_1(complex___complex___obj, __complex__, complex___complex__);

static void complex_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    if (dest[0] != KL_OBJ_NULL) {
        return;
    }
    kl_obj_complex_t *c = (kl_obj_complex_t *)self;
    if (attr == KL_QSTR_real) {
        dest[0] = kl_obj_new_float(c->real);
    } else if (attr == KL_QSTR_imag) {
        dest[0] = kl_obj_new_float(c->imag);
    } else {
        kl_type_generic_attr(self, attr, dest);
    }
}

static const kl_rom_map_elem_t complex_locals_table[] = {
    {KL_ROM_QSTR(__complex__), KL_ROM_PTR(&complex___complex___obj)},
#if KL_CFG_BUILTIN_FORMAT
    {KL_ROM_QSTR(__format__), KL_ROM_PTR(&kl_format_dunder_format_obj)},
#endif
    {KL_ROM_QSTR(conjugate), KL_ROM_PTR(&complex_conjugate_obj)},
};
static KL_DEFINE_CONST_DICT(complex_locals_dict, complex_locals_table);

const kl_obj_ops_type_t kl_type_complex_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_BASETYPE | KL_TYPE_FLAG_OPS,
            .name = KL_QSTR_complex,
            .make_new = complex_make_new,
            .print = complex_print,
            .binary_op = complex_binary_op,
            .attr = complex_attr,
            .locals_dict = &complex_locals_dict,
        },
    .unary_op = complex_unary_op,
};

#endif // KL_CFG_FLOAT
