// vm/obj_float.c: the float type.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Floats are boxed IEEE doubles. Text conversion in both directions goes through vm/numfmt.c
// (shortest round-trip repr, correctly rounded parsing) rather than the C library, whose float
// printing on newlib allocates from malloc. Comparisons with ints are exact, and the hash agrees
// with int's for equal values, as Python requires of dict keys.

#include <math.h>
#include <string.h>

#include "vm/buffer.h"
#include "vm/format.h"
#include "vm/gc.h"
#include "vm/numfmt.h"
#include "vm/obj_int.h"
#include "vm/obj_module.h"
#include "vm/obj_str.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/state.h"
#include "vm/vstr.h"

#if KL_CFG_FLOAT

kl_obj_t kl_obj_new_float(kl_float_t value) {
    kl_obj_float_t *f = kl_gc_alloc(sizeof(kl_obj_float_t), KL_GC_ATOMIC);
    f->base.type = &kl_type_float;
    f->value = value;
    return KL_OBJ_FROM_PTR(f);
}

static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

kl_obj_t kl_obj_new_float_from_str(const char *str, size_t len) {
    const char *p = str, *end = str + len;
    while (p < end && is_space(*p)) {
        p++;
    }
    while (end > p && is_space(end[-1])) {
        end--;
    }
    double d;
    if (p == end || kl_numfmt_parse_float(p, (size_t)(end - p), &d) != 0) {
        kl_raise_msg_fmt(&kl_type_ValueError,
                         KL_ERROR_TEXT("could not convert string to float: %r"),
                         kl_obj_new_str(str, len));
    }
    return kl_obj_new_float(d);
}

static void float_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    char buf[KL_NUMFMT_REPR_BUFSIZE];
    kl_float_t v = ((kl_obj_float_t *)o)->value;
    // Far from 1 the shortest digits take big-number arithmetic, about as long as a check
    // point per 16 binary orders of magnitude: a budget is charged that (kl_budget_charge).
    int e = 0;
    if (isfinite(v)) {
        frexp(v, &e);
    }
    if (e > 60 || e < -60) {
        kl_budget_charge((size_t)(e < 0 ? -e : e) >> 4);
    }
    size_t n = kl_numfmt_float_repr(buf, sizeof(buf), v);
    kl_print_strn(print, buf, n);
}

static kl_obj_t float_hash(kl_float_t x) {
    // Python's numeric hash of x = m * 2**e: m * 2**e mod (2**BITS - 1).
    if (isinf(x)) {
        return KL_OBJ_NEW_SMALL_INT(x > 0 ? KL_HASH_INF : -KL_HASH_INF);
    }
    if (isnan(x)) {
        return KL_OBJ_NEW_SMALL_INT(0);
    }
    int e;
    double m = frexp(x, &e);
    bool neg = m < 0;
    if (neg) {
        m = -m;
    }
    kl_uint_t h = 0;
    while (m != 0.0) {
        h = ((h << 28) & KL_HASH_MODULUS) | h >> (KL_HASH_BITS - 28);
        m *= 268435456.0; // 2**28
        e -= 28;
        kl_uint_t y = (kl_uint_t)m;
        m -= (double)y;
        h += y;
        if (h >= KL_HASH_MODULUS) {
            h -= KL_HASH_MODULUS;
        }
    }
    e = e >= 0 ? e % KL_HASH_BITS : KL_HASH_BITS - 1 - ((-1 - e) % KL_HASH_BITS);
    h = ((h << e) & KL_HASH_MODULUS) | h >> (KL_HASH_BITS - e);
    kl_int_t v = neg ? -(kl_int_t)h : (kl_int_t)h;
    if (v == -1) {
        v = -2;
    }
    return KL_OBJ_NEW_SMALL_INT(v);
}

static kl_obj_t float_unary_op(kl_unary_op_t op, kl_obj_t o) {
    kl_float_t x = ((kl_obj_float_t *)o)->value;
    switch (op) {
        case KL_UNARY_OP_BOOL:
            return KL_OBJ_FROM_BOOL(x != 0.0);
        case KL_UNARY_OP_HASH:
            return float_hash(x);
        case KL_UNARY_OP_POSITIVE:
        case KL_UNARY_OP_FLOAT:
            return o;
        case KL_UNARY_OP_NEGATIVE:
            return kl_obj_new_float(-x);
        case KL_UNARY_OP_ABS:
            return kl_obj_new_float(fabs(x));
        case KL_UNARY_OP_INT:
            return kl_obj_new_int_from_float(x);
        default:
            return KL_OBJ_NULL;
    }
}

static kl_obj_t compare_with_int(kl_binary_op_t op, kl_obj_t i, kl_float_t f, bool int_left) {
    int c = kl_obj_int_cmp_float(i, f);
    if (c == 2) {
        return KL_OBJ_FROM_BOOL(op == KL_BINARY_OP_NE);
    }
    if (!int_left) {
        c = -c;
    }
    switch (op) {
        case KL_BINARY_OP_LT:
            return KL_OBJ_FROM_BOOL(c < 0);
        case KL_BINARY_OP_GT:
            return KL_OBJ_FROM_BOOL(c > 0);
        case KL_BINARY_OP_EQ:
            return KL_OBJ_FROM_BOOL(c == 0);
        case KL_BINARY_OP_NE:
            return KL_OBJ_FROM_BOOL(c != 0);
        case KL_BINARY_OP_LE:
            return KL_OBJ_FROM_BOOL(c <= 0);
        default:
            return KL_OBJ_FROM_BOOL(c >= 0);
    }
}

kl_obj_t kl_obj_float_binary_op_values(kl_binary_op_t op, kl_float_t a, kl_float_t b) {
    switch (op) {
        case KL_BINARY_OP_ADD:
            return kl_obj_new_float(a + b);
        case KL_BINARY_OP_SUB:
            return kl_obj_new_float(a - b);
        case KL_BINARY_OP_MUL:
            return kl_obj_new_float(a * b);
        case KL_BINARY_OP_TRUEDIV:
            if (b == 0.0) {
                kl_raise_ZeroDivisionError(KL_ERROR_TEXT("float division by zero"));
            }
            return kl_obj_new_float(a / b);
        case KL_BINARY_OP_FLOORDIV:
        case KL_BINARY_OP_MOD: {
            if (b == 0.0) {
                kl_raise_ZeroDivisionError(op == KL_BINARY_OP_MOD
                                               ? KL_ERROR_TEXT("float modulo")
                                               : KL_ERROR_TEXT("float floor division by zero"));
            }
            double mod = fmod(a, b);
            double div = (a - mod) / b;
            if (mod != 0.0) {
                if ((b < 0) != (mod < 0)) {
                    mod += b;
                    div -= 1.0;
                }
            } else {
                mod = copysign(0.0, b);
            }
            double floordiv;
            if (div != 0.0) {
                floordiv = floor(div);
                if (div - floordiv > 0.5) {
                    floordiv += 1.0;
                }
            } else {
                floordiv = copysign(0.0, a / b);
            }
            if (isinf(a) || isnan(a) || isnan(b)) {
                floordiv = NAN;
                mod = NAN;
            } else if (isinf(b)) {
                // Python: 1.0 // inf == 0.0, -1.0 // inf == -1.0, 1.0 % inf == 1.0.
                if (a == 0.0 || (a > 0) == (b > 0)) {
                    floordiv = (a == 0.0) ? copysign(0.0, a / b) : 0.0;
                    // A zero remainder takes the divisor's sign: -0.0 % inf == 0.0.
                    mod = (a == 0.0) ? copysign(0.0, b) : a;
                } else {
                    floordiv = -1.0;
                    mod = b;
                }
            }
            return kl_obj_new_float(op == KL_BINARY_OP_MOD ? mod : floordiv);
        }
        case KL_BINARY_OP_POW:
            // 0.0 ** -inf is inf (the rule for infinite exponents comes first in CPython).
            if (a == 0.0 && b < 0.0 && !isinf(b)) {
                kl_raise_ZeroDivisionError(
                    KL_ERROR_TEXT("0.0 cannot be raised to a negative power"));
            }
            if (a < 0.0 && b != floor(b) && isfinite(b) && isfinite(a)) {
                return kl_obj_new_complex_pow(a, b);
            }
            {
                double r = pow(a, b);
                if (isinf(r) && isfinite(a) && isfinite(b)) {
                    kl_raise_msg_fmt(&kl_type_OverflowError,
                                     KL_ERROR_TEXT("(34, 'Numerical result out of range')"));
                }
                return kl_obj_new_float(r);
            }
        case KL_BINARY_OP_LT:
            return KL_OBJ_FROM_BOOL(a < b);
        case KL_BINARY_OP_GT:
            return KL_OBJ_FROM_BOOL(a > b);
        case KL_BINARY_OP_EQ:
            return KL_OBJ_FROM_BOOL(a == b);
        case KL_BINARY_OP_NE:
            return KL_OBJ_FROM_BOOL(a != b);
        case KL_BINARY_OP_LE:
            return KL_OBJ_FROM_BOOL(a <= b);
        case KL_BINARY_OP_GE:
            return KL_OBJ_FROM_BOOL(a >= b);
        default:
            return KL_OBJ_NULL;
    }
}

static kl_obj_t float_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    if (op >= KL_BINARY_OP_INPLACE_ADD && op <= KL_BINARY_OP_INPLACE_LAST) {
        op = (kl_binary_op_t)(op - KL_BINARY_OP_INPLACE_OFFSET);
    }
    bool lf = kl_obj_is_type(lhs, &kl_type_float), rf = kl_obj_is_type(rhs, &kl_type_float);
    if (op >= KL_BINARY_OP_LT && op <= KL_BINARY_OP_GE && (!lf || !rf)) {
        // Exact comparison of an int with a float.
        if (lf && kl_obj_is_int(rhs)) {
            return compare_with_int(op, rhs, ((kl_obj_float_t *)lhs)->value, false);
        }
        if (rf && kl_obj_is_int(lhs)) {
            return compare_with_int(op, lhs, ((kl_obj_float_t *)rhs)->value, true);
        }
        return KL_OBJ_NULL;
    }
    kl_float_t a, b;
    if ((!lf && !kl_obj_is_int(lhs)) || (!rf && !kl_obj_is_int(rhs))) {
        return KL_OBJ_NULL;
    }
    a = lf ? ((kl_obj_float_t *)lhs)->value : kl_obj_int_to_float(lhs);
    b = rf ? ((kl_obj_float_t *)rhs)->value : kl_obj_int_to_float(rhs);
    return kl_obj_float_binary_op_values(op, a, b);
}

static kl_obj_t float_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                               const kl_obj_t *args) {
    (void)type;
    if (n_kw != 0) {
        kl_raise_TypeError(KL_ERROR_TEXT("float() takes no keyword arguments"));
    }
    if (n_args > 1) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("float expected at most 1 argument, got %z"), n_args);
    }
    if (n_args == 0) {
        return kl_obj_new_float(0.0);
    }
    kl_obj_t x = args[0];
    if (kl_obj_is_type(x, &kl_type_float)) {
        return x;
    }
    const char *buf = NULL;
    size_t buf_len = 0;
    bool is_text = kl_obj_is_str(x) || kl_obj_is_bytes(x);
    if (is_text ||
        (!kl_obj_is_type(x, &kl_type_complex) && !(kl_obj_get_type(x)->flags & KL_TYPE_FLAG_HEAP) &&
         kl_buffer_get_maybe(x, &buf, &buf_len, false))) {
        // str, or the bytes of a bytes-like object (bytearray, memoryview).
        size_t len = buf_len;
        const char *s = is_text ? kl_obj_str_get_number_text(x, &len) : buf;
        const char *p = s, *end = s + len;
        while (p < end && is_space(*p)) {
            p++;
        }
        while (end > p && is_space(end[-1])) {
            end--;
        }
        double d;
        if (p == end || kl_numfmt_parse_float(p, (size_t)(end - p), &d) != 0) {
            kl_raise_msg_fmt(&kl_type_ValueError,
                             KL_ERROR_TEXT("could not convert string to float: %r"), x);
        }
        return kl_obj_new_float(d);
    }
    kl_float_t v;
    if (kl_obj_get_float_maybe(x, &v)) {
        return kl_obj_new_float(v);
    }
    kl_obj_t m[2] = {KL_OBJ_NULL, KL_OBJ_NULL};
    if (!kl_obj_is_type(x, &kl_type_complex)) {
        // complex has no __float__ since Python 3.10: it falls through to the error below.
        kl_load_special_method_maybe(x, KL_QSTR___float__, m);
    }
    if (m[0] != KL_OBJ_NULL) {
        kl_obj_t r = kl_call_method_n_kw(0, 0, m);
        if (!kl_obj_is_type(r, &kl_type_float)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("%T.__float__ returned non-float (type %T)"), x, r);
        }
        return r;
    }
    kl_load_special_method_maybe(x, KL_QSTR___index__, m);
    if (m[0] != KL_OBJ_NULL) {
        return kl_obj_new_float(kl_obj_int_to_float(kl_obj_index(x)));
    }
    kl_raise_msg_fmt(&kl_type_TypeError,
                     KL_ERROR_TEXT("float() argument must be a string or a real number, not '%T'"),
                     x);
}

// ==== Methods ====

static kl_obj_t float_is_integer(kl_obj_t self) {
    kl_float_t x = ((kl_obj_float_t *)self)->value;
    return KL_OBJ_FROM_BOOL(isfinite(x) && x == floor(x));
}
static KL_DEFINE_FUN_1(float_is_integer_obj, is_integer, float_is_integer);

// The float value of [self], a float or an instance of a subclass.
static kl_float_t float_value(kl_obj_t self) {
    return ((kl_obj_float_t *)KL_OBJ_TO_PTR(kl_obj_native(self, &kl_type_float)))->value;
}

// __trunc__, __floor__ and __ceil__ give an int (raising for inf and nan, as int() does).
static kl_obj_t float___trunc__(kl_obj_t self) {
    return kl_obj_new_int_from_float(float_value(self));
}
static KL_DEFINE_FUN_1(float___trunc___obj, __trunc__, float___trunc__);

static kl_obj_t float___floor__(kl_obj_t self) {
    return kl_obj_new_int_from_float(floor(float_value(self)));
}
static KL_DEFINE_FUN_1(float___floor___obj, __floor__, float___floor__);

static kl_obj_t float___ceil__(kl_obj_t self) {
    return kl_obj_new_int_from_float(ceil(float_value(self)));
}
static KL_DEFINE_FUN_1(float___ceil___obj, __ceil__, float___ceil__);

// __round__(ndigits=None) is round() on the float value.
static kl_obj_t float___round__(size_t n_args, const kl_obj_t *args) {
    kl_obj_t round = kl_load_attr(KL_OBJ_FROM_PTR(&kl_module_builtins), KL_QSTR_round);
    kl_obj_t call[2] = {kl_obj_new_float(float_value(args[0])),
                        n_args > 1 ? args[1] : kl_const_none};
    return kl_call_function_n_kw(round, 2, 0, call);
}
static KL_DEFINE_FUN_VAR(float___round___obj, __round__, 1, 2, float___round__);

static kl_obj_t float_conjugate(kl_obj_t self) {
    return self;
}
static KL_DEFINE_FUN_1(float_conjugate_obj, conjugate, float_conjugate);

static kl_obj_t float_as_integer_ratio(kl_obj_t self) {
    kl_float_t x = ((kl_obj_float_t *)self)->value;
    if (isinf(x)) {
        kl_raise_OverflowError(KL_ERROR_TEXT("cannot convert Infinity to integer ratio"));
    }
    if (isnan(x)) {
        kl_raise_ValueError(KL_ERROR_TEXT("cannot convert NaN to integer ratio"));
    }
    int e;
    double m = frexp(x, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    kl_obj_t num = kl_obj_new_int_from_float(m);
    kl_obj_t den = KL_OBJ_NEW_SMALL_INT(1);
    kl_obj_t shift = KL_OBJ_NEW_SMALL_INT(e < 0 ? -e : e);
    if (e > 0) {
        num = kl_binary_op(KL_BINARY_OP_LSHIFT, num, shift);
    } else {
        den = kl_binary_op(KL_BINARY_OP_LSHIFT, den, shift);
    }
    kl_obj_t items[2] = {num, den};
    return kl_obj_new_tuple(2, items);
}
static KL_DEFINE_FUN_1(float_as_integer_ratio_obj, as_integer_ratio, float_as_integer_ratio);

static kl_obj_t float_hex(kl_obj_t self) {
    kl_float_t x = ((kl_obj_float_t *)self)->value;
    kl_vstr_t v;
    kl_vstr_init(&v, 32);
    if (isnan(x)) {
        kl_vstr_add_str(&v, "nan");
    } else if (isinf(x)) {
        kl_vstr_add_str(&v, x > 0 ? "inf" : "-inf");
    } else {
        if (signbit(x)) {
            kl_vstr_add_byte(&v, '-');
            x = -x;
        }
        if (x == 0.0) {
            kl_vstr_add_str(&v, "0x0.0p+0");
        } else {
            int e;
            double m = frexp(x, &e); // x = m * 2**e, 0.5 <= m < 1
            m *= 2.0;
            e -= 1;
            if (e < -1022) {
                // Subnormal: leading digit 0.
                m = ldexp(m, e + 1022);
                e = -1022;
            }
            int lead = (int)m;
            m -= lead;
            kl_vstr_add_str(&v, lead ? "0x1." : "0x0.");
            for (int i = 0; i < 13; i++) {
                m *= 16.0;
                int d = (int)m;
                m -= d;
                kl_vstr_add_byte(&v, "0123456789abcdef"[d]);
            }
            char ebuf[16];
            char *p =
                kl_vstr_uint_digits(ebuf + sizeof(ebuf), (unsigned)(e < 0 ? -e : e), 10, false);
            *--p = e < 0 ? '-' : '+';
            *--p = 'p';
            kl_vstr_add_strn(&v, p, (size_t)(ebuf + sizeof(ebuf) - p));
        }
    }
    return kl_vstr_to_str(&v);
}
static KL_DEFINE_FUN_1(float_hex_obj, hex, float_hex);

static int hex_digit(char c) {
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

// The value of the text [str]: [sign] [0x] hex digits [. hex digits] [p [sign] decimal exponent].
static kl_obj_t fromhex_value(kl_obj_t str) {
    size_t len;
    const char *s = kl_obj_str_get_data(str, &len);
    const char *p = s, *end = s + len;
    while (p < end && is_space(*p)) {
        p++;
    }
    while (end > p && is_space(end[-1])) {
        end--;
    }
    double d;
    if (kl_numfmt_parse_float(p, (size_t)(end - p), &d) == 0 && (isinf(d) || isnan(d))) {
        return kl_obj_new_float(d);
    }
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p++ == '-';
    }
    if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') {
        p += 2;
    }
    // Up to 15 significant hex digits (60 bits) are kept; later ones only set a sticky bit.
    uint64_t mant = 0;
    long exp = 0;
    int n_sig = 0;
    bool sticky = false, any = false, seen_dot = false;
    for (; p < end; p++) {
        if (*p == '.' && !seen_dot) {
            seen_dot = true;
            continue;
        }
        int v = hex_digit(*p);
        if (v < 0) {
            break;
        }
        any = true;
        if (n_sig < 15) {
            if (mant != 0 || v != 0) {
                n_sig++;
            }
            mant = (mant << 4) | (uint64_t)v;
            if (seen_dot) {
                exp -= 4;
            }
        } else {
            sticky = sticky || v != 0;
            if (!seen_dot) {
                exp += 4;
            }
        }
    }
    if (p < end && (*p | 0x20) == 'p') {
        p++;
        bool eneg = false;
        if (p < end && (*p == '+' || *p == '-')) {
            eneg = *p++ == '-';
        }
        long e = 0;
        bool digits = false;
        while (p < end && *p >= '0' && *p <= '9') {
            e = e < 100000 ? e * 10 + (*p - '0') : e;
            p++;
            digits = true;
        }
        if (!digits) {
            any = false;
        }
        exp += eneg ? -e : e;
    }
    if (!any || p != end) {
        kl_raise_ValueError(KL_ERROR_TEXT("invalid hexadecimal floating-point string"));
    }
    if (sticky) {
        mant |= 1;
    }
    double r = ldexp((double)mant, (int)(exp < -100000 ? -100000 : exp > 100000 ? 100000 : exp));
    if (isinf(r)) {
        kl_raise_OverflowError(KL_ERROR_TEXT("hexadecimal value too large to represent as a "
                                             "float"));
    }
    return kl_obj_new_float(neg ? -r : r);
}
// float.fromhex(string), a classmethod: a subclass is called with the float.
static kl_obj_t float_fromhex(kl_obj_t cls, kl_obj_t str) {
    if (!kl_obj_is_str(str)) {
        kl_raise_TypeError(KL_ERROR_TEXT("bad argument type for built-in operation"));
    }
    kl_obj_t f = fromhex_value(str);
    if (cls != KL_OBJ_FROM_PTR(&kl_type_float)) {
        return kl_call_function_1(cls, f);
    }
    return f;
}
static KL_DEFINE_FUN_2(float_fromhex_fun_obj, fromhex, float_fromhex);
static const kl_obj_static_class_method_t float_fromhex_obj = {{&kl_type_classmethod},
                                                               KL_ROM_PTR(&float_fromhex_fun_obj)};

static void float_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    if (dest[0] != KL_OBJ_NULL) {
        return;
    }
    if (attr == KL_QSTR_real) {
        dest[0] = self;
    } else if (attr == KL_QSTR_imag) {
        dest[0] = kl_obj_new_float(0.0);
    } else {
        kl_type_generic_attr(self, attr, dest);
    }
}

static const kl_rom_map_elem_t float_locals_table[] = {
    {KL_ROM_QSTR(__ceil__), KL_ROM_PTR(&float___ceil___obj)},
    {KL_ROM_QSTR(__floor__), KL_ROM_PTR(&float___floor___obj)},
#if KL_CFG_BUILTIN_FORMAT
    {KL_ROM_QSTR(__format__), KL_ROM_PTR(&kl_format_dunder_format_obj)},
#endif
    {KL_ROM_QSTR(__round__), KL_ROM_PTR(&float___round___obj)},
    {KL_ROM_QSTR(__trunc__), KL_ROM_PTR(&float___trunc___obj)},
    {KL_ROM_QSTR(as_integer_ratio), KL_ROM_PTR(&float_as_integer_ratio_obj)},
    {KL_ROM_QSTR(conjugate), KL_ROM_PTR(&float_conjugate_obj)},
    {KL_ROM_QSTR(fromhex), KL_ROM_PTR(&float_fromhex_obj)},
    {KL_ROM_QSTR(hex), KL_ROM_PTR(&float_hex_obj)},
    {KL_ROM_QSTR(is_integer), KL_ROM_PTR(&float_is_integer_obj)},
};
static KL_DEFINE_CONST_DICT(float_locals_dict, float_locals_table);

const kl_obj_ops_type_t kl_type_float_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_BASETYPE | KL_TYPE_FLAG_OPS,
            .name = KL_QSTR_float,
            .make_new = float_make_new,
            .print = float_print,
            .binary_op = float_binary_op,
            .attr = float_attr,
            .locals_dict = &float_locals_dict,
        },
    .unary_op = float_unary_op,
};

#else

// A build without floats (KL_CFG_FLOAT=0): what would make a float raises instead, so 1 / 2 or
// 2 ** -1 is a clear error rather than a wrong integer (docs/differences.md).
void kl_raise_no_float(void) {
    kl_raise_NotImplementedError(KL_ERROR_TEXT("floats are not in this build (KL_CFG_FLOAT=0)"));
}

kl_obj_t kl_obj_new_float(kl_float_t value) {
    (void)value;
    kl_raise_no_float();
}

#endif // KL_CFG_FLOAT
