// vm/mod_array.c: the array module, sequences of numbers stored as packed C values.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// An array is a header and a separate pointer-free (atomic) block of items, so the collector
// never scans the numbers and the object keeps its identity when the block grows. Each typecode
// is the C type of the target, sized with sizeof as CPython built for that target would size it:
// 'l' is 8 bytes on a 64-bit host and 4 on a Cortex-M. 'u' holds code points in 4 bytes, as
// wchar_t on Linux and newlib.
//
// Storing a value checks its range with CPython's messages, which come from the argument
// parser CPython uses for each code: 'b' is first read as a C short, 'H' as a C int, and every
// code but 'q' and 'Q' as a C long first, so the wording depends on how far out the value is.
//
// Arrays lend their bytes through vm/buffer.c, so bytes(a), bytearray(a) and hashlib accept
// them.

#include <float.h>
#include <limits.h>
#include <math.h>
#include <string.h>

#include "vm/buffer.h"
#include "vm/gc.h"
#include "vm/obj_bytearray.h"
#include "vm/obj_int.h"
#include "vm/obj_list.h"
#include "vm/obj_module.h"
#include "vm/obj_slice.h"
#include "vm/obj_str.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

#if KL_CFG_MODULE_ARRAY

#define LONG_BITS (sizeof(long) * CHAR_BIT)
#define INT_BITS (sizeof(int) * CHAR_BIT)

typedef struct _array_t {
    kl_obj_base_t base;
    char code;
    uint8_t itemsize;
    size_t len;
    size_t alloc; // items
    uint8_t *items;
} array_t;

static const char typecodes[] = "bBuhHiIlLqQfd";

static size_t code_size(char c) {
    switch (c) {
        case 'b':
        case 'B':
            return 1;
        case 'h':
        case 'H':
            return sizeof(short);
        case 'i':
        case 'I':
            return sizeof(int);
        case 'l':
        case 'L':
            return sizeof(long);
        case 'q':
        case 'Q':
            return sizeof(long long);
        case 'f':
            return sizeof(float);
        case 'd':
            return sizeof(double);
        case 'u':
            return 4;
        default:
            return 0;
    }
}

static bool is_array(kl_obj_t o) {
    return kl_obj_is_type(o, &kl_mod_array_type);
}

static array_t *get_array(kl_obj_t o) {
    if (!is_array(o)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("descriptor requires a 'array.array' object but received "
                                       "'%T'"),
                         o);
    }
    return (array_t *)o;
}

static array_t *new_array(char code, size_t len) {
    array_t *a = kl_gc_alloc(sizeof(array_t), 0);
    a->base.type = &kl_mod_array_type;
    a->code = code;
    a->itemsize = (uint8_t)code_size(code);
    if (len > 0) {
        if (len > PTRDIFF_MAX / a->itemsize) {
            kl_raise_MemoryError();
        }
        a->items = kl_gc_alloc(len * a->itemsize, KL_GC_ATOMIC);
    }
    a->len = len;
    a->alloc = len;
    return a;
}

// Room for [extra] more items.
static void array_reserve(array_t *a, size_t extra) {
    if (extra > PTRDIFF_MAX / a->itemsize - a->len) {
        kl_raise_MemoryError();
    }
    size_t need = a->len + extra;
    // An array that never held items has none allocated; it gets some even for no extra, so
    // that a caller's `items + len` is never arithmetic on NULL (UB, if only formally).
    if (need <= a->alloc && a->items != NULL) {
        return;
    }
    size_t n = a->alloc + a->alloc / 2 + 4;
    if (n < need || n > PTRDIFF_MAX / a->itemsize) {
        n = need;
    }
    a->items = kl_gc_realloc(a->items, n * a->itemsize, KL_GC_ATOMIC);
    a->alloc = n;
}

// ==== Items to and from Python values ====

static kl_obj_t item_get(const array_t *a, size_t i) {
    const uint8_t *p = a->items + i * a->itemsize;
    switch (a->code) {
#define LOAD(ctype, make)                                                                          \
    {                                                                                              \
        ctype v;                                                                                   \
        memcpy(&v, p, sizeof(v));                                                                  \
        return make;                                                                               \
    }
        case 'b':
            LOAD(signed char, KL_OBJ_NEW_SMALL_INT(v))
        case 'B':
            LOAD(unsigned char, KL_OBJ_NEW_SMALL_INT(v))
        case 'h':
            LOAD(short, KL_OBJ_NEW_SMALL_INT(v))
        case 'H':
            LOAD(unsigned short, KL_OBJ_NEW_SMALL_INT(v))
        case 'i':
            LOAD(int, kl_obj_new_int_from_ll(v))
        case 'I':
            LOAD(unsigned int, kl_obj_new_int_from_u64(v))
        case 'l':
            LOAD(long, kl_obj_new_int_from_ll(v))
        case 'L':
            LOAD(unsigned long, kl_obj_new_int_from_u64(v))
        case 'q':
            LOAD(long long, kl_obj_new_int_from_ll(v))
        case 'Q':
            LOAD(unsigned long long, kl_obj_new_int_from_u64(v))
        case 'f':
            LOAD(float, kl_obj_new_float((double)v))
        case 'd':
            LOAD(double, kl_obj_new_float(v))
        default:
            LOAD(uint32_t, kl_obj_str_from_char(v))
#undef LOAD
    }
}

// An int as a sign and a 64-bit magnitude; [big] when the magnitude needs more bits.
typedef struct _ival_t {
    uint64_t mag;
    bool neg;
    bool big;
} ival_t;

static bool in_signed(const ival_t *x, unsigned bits) {
    if (x->big) {
        return false;
    }
    uint64_t half = (uint64_t)1 << (bits - 1);
    return x->neg ? x->mag <= half : x->mag < half;
}

static bool in_unsigned(const ival_t *x, unsigned bits) {
    if (x->big || x->neg) {
        return false;
    }
    return bits >= 64 || x->mag < ((uint64_t)1 << bits);
}

// OverflowError "<what> is greater than maximum" or "... less than minimum" by the sign of [x].
static KL_NORETURN void out_of_range(const ival_t *x, const char *what) {
    kl_raise_msg_fmt(&kl_type_OverflowError,
                     x->neg ? "%s is less than minimum" : "%s is greater than maximum", what);
}

static void need_long(const ival_t *x) {
    if (!in_signed(x, LONG_BITS)) {
        kl_raise_OverflowError(KL_ERROR_TEXT("Python int too large to convert to C long"));
    }
}

// The unsigned codes 'I' and 'L' go through PyLong_AsUnsignedLong.
static void need_ulong(const ival_t *x) {
    if (x->neg) {
        kl_raise_OverflowError(KL_ERROR_TEXT("can't convert negative value to unsigned int"));
    }
    if (!in_unsigned(x, LONG_BITS)) {
        kl_raise_OverflowError(KL_ERROR_TEXT("Python int too large to convert to C unsigned long"));
    }
}

// The value [v] checked for code [c] of [a] as the bits to store (two's complement).
static uint64_t int_value(char c, kl_obj_t v) {
    kl_obj_t n = kl_obj_index(v);
    ival_t x;
    x.big = !kl_obj_int_get_mag64(n, &x.mag, &x.neg);
    switch (c) {
        case 'b':
            need_long(&x);
            if (!in_signed(&x, 16)) {
                out_of_range(&x, "signed short integer");
            }
            if (!in_signed(&x, 8)) {
                out_of_range(&x, "signed char");
            }
            break;
        case 'B':
            need_long(&x);
            if (!in_unsigned(&x, 8)) {
                out_of_range(&x, "unsigned byte integer");
            }
            break;
        case 'h':
            need_long(&x);
            if (!in_signed(&x, 16)) {
                out_of_range(&x, "signed short integer");
            }
            break;
        case 'H':
            need_long(&x);
            if (!in_signed(&x, INT_BITS)) {
                out_of_range(&x, "signed integer");
            }
            if (!in_unsigned(&x, 16)) {
                out_of_range(&x, "unsigned short");
            }
            break;
        case 'i':
            need_long(&x);
            if (!in_signed(&x, INT_BITS)) {
                out_of_range(&x, "signed integer");
            }
            break;
        case 'I':
            need_ulong(&x);
            if (!in_unsigned(&x, INT_BITS)) {
                out_of_range(&x, "unsigned int");
            }
            break;
        case 'l':
            need_long(&x);
            break;
        case 'L':
            need_ulong(&x);
            break;
        case 'q':
            if (!in_signed(&x, 64)) {
                kl_raise_OverflowError(KL_ERROR_TEXT("int too big to convert"));
            }
            break;
        default: // 'Q'
            if (x.neg) {
                kl_raise_OverflowError(KL_ERROR_TEXT("can't convert negative int to unsigned"));
            }
            if (!in_unsigned(&x, 64)) {
                kl_raise_OverflowError(KL_ERROR_TEXT("int too big to convert"));
            }
            break;
    }
    return x.neg ? (uint64_t)0 - x.mag : x.mag;
}

// (float)x without C's undefined behaviour for values beyond FLT_MAX: those round to FLT_MAX
// or to infinity as IEEE 754 does.
static float float_narrow(double x) {
    double ax = fabs(x);
    if (ax > FLT_MAX && !isinf(x)) {
        float r = ax >= 0x1.ffffffp127 ? INFINITY : FLT_MAX;
        return x < 0 ? -r : r;
    }
    return (float)x;
}

// The bytes [v] stores as an item of code [c], into [out] (itemsize bytes). Raises before
// anything is written, so a failed store leaves the array as it was.
static void item_pack(char c, kl_obj_t v, uint8_t *out) {
    switch (c) {
        case 'f': {
            float f = float_narrow(kl_obj_get_float(v));
            memcpy(out, &f, sizeof(f));
            return;
        }
        case 'd': {
            double d = kl_obj_get_float(v);
            memcpy(out, &d, sizeof(d));
            return;
        }
        case 'u': {
            if (!kl_obj_is_str(v) || kl_obj_str_get_charlen(v) != 1) {
                kl_raise_TypeError(KL_ERROR_TEXT("array item must be unicode character"));
            }
            size_t len;
            const char *s = kl_obj_str_get_data(v, &len);
            uint32_t cp = kl_obj_str_utf8_decode(&s);
            memcpy(out, &cp, sizeof(cp));
            return;
        }
        default:
            break;
    }
    uint64_t bits = int_value(c, v);
    size_t n = code_size(c);
    // The low [n] bytes in the host's order: a narrowing through the C types.
    switch (n) {
        case 1: {
            uint8_t b = (uint8_t)bits;
            memcpy(out, &b, 1);
            break;
        }
        case 2: {
            uint16_t h = (uint16_t)bits;
            memcpy(out, &h, 2);
            break;
        }
        case 4: {
            uint32_t w = (uint32_t)bits;
            memcpy(out, &w, 4);
            break;
        }
        default:
            memcpy(out, &bits, 8);
            break;
    }
}

static void array_append(array_t *a, kl_obj_t v) {
    uint8_t tmp[8];
    item_pack(a->code, v, tmp);
    array_reserve(a, 1);
    memcpy(a->items + a->len * a->itemsize, tmp, a->itemsize);
    a->len++;
}

// Append the items of [b] (an array of the same code) to [a]; [b] may be [a].
static void array_append_array(array_t *a, const array_t *b) {
    size_t n = b->len;
    array_reserve(a, n);
    kl_mem_copy(a->items + a->len * a->itemsize, b->items, n * a->itemsize);
    a->len += n;
}

static void array_frombytes_data(array_t *a, const char *data, size_t len) {
    if (len % a->itemsize != 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("bytes length not a multiple of item size"));
    }
    size_t n = len / a->itemsize;
    array_reserve(a, n);
    kl_mem_copy(a->items + a->len * a->itemsize, data, len);
    a->len += n;
}

static void array_fromunicode_str(array_t *a, kl_obj_t s) {
    size_t len;
    const char *p = kl_obj_str_get_data(s, &len);
    const char *end = p + len;
    array_reserve(a, kl_obj_str_get_charlen(s));
    while (p < end) {
        uint32_t cp = kl_obj_str_utf8_decode(&p);
        memcpy(a->items + a->len * 4, &cp, 4);
        a->len++;
    }
}

// extend() with any iterable: values are checked one by one, as CPython appends them.
static void array_extend_iter(array_t *a, kl_obj_t iterable) {
    kl_obj_iter_buf_t buf;
    kl_obj_t it = kl_getiter(iterable, &buf);
    kl_obj_t v;
    while ((v = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        array_append(a, v);
    }
}

// ==== Construction and printing ====

static kl_obj_t array_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                               const kl_obj_t *args) {
    (void)type;
    if (n_kw > 0) {
        kl_raise_TypeError(KL_ERROR_TEXT("array.array() takes no keyword arguments"));
    }
    if (n_args < 1) {
        kl_raise_TypeError(KL_ERROR_TEXT("array() takes at least 1 argument (0 given)"));
    }
    if (n_args > 2) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("array() takes at most 2 arguments (%z given)"), n_args);
    }
    if (!kl_obj_is_str(args[0]) || kl_obj_str_get_charlen(args[0]) != 1) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("array() argument 1 must be a unicode character, not %T"),
                         args[0]);
    }
    size_t len;
    const char *s = kl_obj_str_get_data(args[0], &len);
    // strchr finds the terminating NUL too: "\0" is not a typecode.
    if (len != 1 || s[0] == '\0' || strchr(typecodes, s[0]) == NULL) {
        kl_raise_ValueError(
            KL_ERROR_TEXT("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"));
    }
    array_t *a = new_array(s[0], 0);
    if (n_args == 2) {
        kl_obj_t init = args[1];
        if (kl_obj_is_str(init)) {
            if (a->code != 'u') {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("cannot use a str to initialize an array with "
                                               "typecode '%c'"),
                                 a->code);
            }
            array_fromunicode_str(a, init);
        } else if (is_array(init) && ((array_t *)init)->code == a->code) {
            array_append_array(a, (array_t *)init);
        } else if ((kl_obj_is_bytes(init) || kl_obj_is_bytearray(init)) && !is_array(init)) {
            const char *data;
            size_t n;
            kl_buffer_get(init, &data, &n, false);
            array_frombytes_data(a, data, n);
        } else {
            array_extend_iter(a, init);
        }
    }
    return KL_OBJ_FROM_PTR(a);
}

static void array_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    array_t *a = (array_t *)o;
    kl_printf(print, "array('%c'", a->code);
    if (a->len > 0) {
        kl_print_strn(print, ", ", 2);
        if (a->code == 'u') {
            kl_vstr_t v;
            kl_vstr_init(&v, a->len);
            for (size_t i = 0; i < a->len; i++) {
                uint32_t cp;
                memcpy(&cp, a->items + 4 * i, 4);
                char buf[4];
                kl_vstr_add_strn(&v, buf, kl_obj_str_utf8_encode(cp, buf));
            }
            kl_obj_print(print, kl_obj_new_str(v.buf, v.len), KL_PRINT_REPR);
        } else {
            kl_print_strn(print, "[", 1);
            for (size_t i = 0; i < a->len; i++) {
                if (i > 0) {
                    kl_print_strn(print, ", ", 2);
                }
                kl_obj_print(print, item_get(a, i), KL_PRINT_REPR);
            }
            kl_print_strn(print, "]", 1);
        }
    }
    kl_print_strn(print, ")", 1);
}

// ==== Operators ====

static kl_obj_t array_unary_op(kl_unary_op_t op, kl_obj_t o) {
    array_t *a = (array_t *)o;
    switch (op) {
        case KL_UNARY_OP_BOOL:
            return KL_OBJ_FROM_BOOL(a->len != 0);
        case KL_UNARY_OP_LEN:
            return KL_OBJ_NEW_SMALL_INT(a->len);
        default:
            // HASH too: arrays are unhashable, the runtime says so.
            return KL_OBJ_NULL;
    }
}

static kl_int_t repeat_count(kl_obj_t count) {
    kl_int_t k;
    switch (kl_obj_slice_index_value(count, &k)) {
        case KL_SLICE_INDEX_OK:
            return k < 0 ? 0 : k;
        case KL_SLICE_INDEX_OVERFLOW:
            kl_raise_OverflowError(KL_ERROR_TEXT("cannot fit 'int' into an index-sized integer"));
        default:
            if (KL_OBJ_IS_OBJ(count) &&
                (((kl_obj_base_t *)count)->type->flags & KL_TYPE_FLAG_HEAP)) {
                return -1;
            }
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("can't multiply sequence by non-int of type '%T'"),
                             count);
    }
}

static void array_repeat_inplace(array_t *a, kl_int_t k) {
    size_t n = a->len;
    if (k == 0 || n == 0) {
        a->len = 0;
        return;
    }
    if ((size_t)k > PTRDIFF_MAX / a->itemsize / n) {
        kl_raise_MemoryError();
    }
    array_reserve(a, n * (size_t)(k - 1));
    for (kl_int_t i = 1; i < k; i++) {
        memcpy(a->items + (size_t)i * n * a->itemsize, a->items, n * a->itemsize);
    }
    a->len = n * (size_t)k;
}

static array_t *array_copy(const array_t *a) {
    array_t *r = new_array(a->code, 0);
    array_append_array(r, a);
    return r;
}

static kl_obj_t array_compare(kl_binary_op_t op, array_t *a, array_t *b) {
    if ((op == KL_BINARY_OP_EQ || op == KL_BINARY_OP_NE) && a->len != b->len) {
        return KL_OBJ_FROM_BOOL(op == KL_BINARY_OP_NE);
    }
    size_t i = 0;
    for (; i < a->len && i < b->len; i++) {
        kl_obj_t x = item_get(a, i);
        kl_obj_t y = item_get(b, i);
        if (!kl_obj_equal(x, y)) {
            if (op == KL_BINARY_OP_EQ || op == KL_BINARY_OP_NE) {
                return KL_OBJ_FROM_BOOL(op == KL_BINARY_OP_NE);
            }
            return kl_binary_op(op, x, y);
        }
    }
    size_t na = a->len, nb = b->len;
    switch (op) {
        case KL_BINARY_OP_LT:
            return KL_OBJ_FROM_BOOL(na < nb);
        case KL_BINARY_OP_LE:
            return KL_OBJ_FROM_BOOL(na <= nb);
        case KL_BINARY_OP_GT:
            return KL_OBJ_FROM_BOOL(na > nb);
        case KL_BINARY_OP_GE:
            return KL_OBJ_FROM_BOOL(na >= nb);
        case KL_BINARY_OP_EQ:
            return kl_const_true;
        default:
            return kl_const_false;
    }
}

#define INPLACE_MUL (KL_BINARY_OP_MUL + KL_BINARY_OP_INPLACE_OFFSET)

static kl_obj_t array_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    if (!is_array(lhs)) {
        // Reached for the right operand: `3 * a`.
        if (op == KL_BINARY_OP_MUL) {
            kl_int_t k = repeat_count(lhs);
            if (k < 0) {
                return KL_OBJ_NULL;
            }
            array_t *r = array_copy((array_t *)rhs);
            array_repeat_inplace(r, k);
            return KL_OBJ_FROM_PTR(r);
        }
        return KL_OBJ_NULL;
    }
    array_t *a = (array_t *)lhs;
    switch ((int)op) {
        case KL_BINARY_OP_ADD:
        case KL_BINARY_OP_INPLACE_ADD: {
            if (!is_array(rhs)) {
                if (KL_OBJ_IS_OBJ(rhs) &&
                    (((kl_obj_base_t *)rhs)->type->flags & KL_TYPE_FLAG_HEAP)) {
                    return KL_OBJ_NULL;
                }
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 op == KL_BINARY_OP_ADD
                                     ? KL_ERROR_TEXT("can only append array (not \"%T\") to array")
                                     : KL_ERROR_TEXT("can only extend array with array (not "
                                                     "\"%T\")"),
                                 rhs);
            }
            array_t *b = (array_t *)rhs;
            if (b->code != a->code) {
                kl_raise_TypeError(KL_ERROR_TEXT("bad argument type for built-in operation"));
            }
            array_t *r = op == KL_BINARY_OP_ADD ? array_copy(a) : a;
            array_append_array(r, b);
            return KL_OBJ_FROM_PTR(r);
        }
        case KL_BINARY_OP_MUL:
        case INPLACE_MUL: {
            kl_int_t k = repeat_count(rhs);
            if (k < 0) {
                return KL_OBJ_NULL;
            }
            array_t *r = op == KL_BINARY_OP_MUL ? array_copy(a) : a;
            array_repeat_inplace(r, k);
            return KL_OBJ_FROM_PTR(r);
        }
        case KL_BINARY_OP_LT:
        case KL_BINARY_OP_GT:
        case KL_BINARY_OP_EQ:
        case KL_BINARY_OP_NE:
        case KL_BINARY_OP_LE:
        case KL_BINARY_OP_GE:
            if (!is_array(rhs)) {
                return KL_OBJ_NULL;
            }
            return array_compare(op, a, (array_t *)rhs);
        case KL_BINARY_OP_CONTAINS:
            for (size_t i = 0; i < a->len; i++) {
                if (kl_obj_equal(item_get(a, i), rhs)) {
                    return kl_const_true;
                }
            }
            return kl_const_false;
        default:
            return KL_OBJ_NULL;
    }
}

// ==== Subscripts ====

static size_t item_index(array_t *a, kl_obj_t index, const char *range_msg) {
    return kl_obj_slice_get_index(index, a->len, range_msg,
                                  KL_ERROR_TEXT("array indices must be integers"));
}

// Remove the [count] items start, start + step, ... (any step sign).
static void array_delete_slice(array_t *a, const kl_slice_indices_t *s) {
    if (s->count == 0) {
        return;
    }
    size_t sz = a->itemsize;
    if (s->step == 1) {
        size_t start = (size_t)s->start;
        kl_mem_copy(a->items + start * sz, a->items + (start + s->count) * sz,
                    (a->len - start - s->count) * sz);
        a->len -= s->count;
        return;
    }
    // Keep every item not on the slice, in order.
    kl_int_t lo = s->step > 0 ? s->start : s->start + (kl_int_t)(s->count - 1) * s->step;
    size_t step = (size_t)(s->step > 0 ? s->step : -s->step);
    size_t dst = (size_t)lo;
    for (size_t i = (size_t)lo; i < a->len; i++) {
        if (i >= (size_t)lo && (i - (size_t)lo) % step == 0 && (i - (size_t)lo) / step < s->count) {
            continue;
        }
        kl_mem_copy(a->items + dst * sz, a->items + i * sz, sz);
        dst++;
    }
    a->len = dst;
}

static void array_assign_slice(array_t *a, const kl_slice_indices_t *s, kl_obj_t value) {
    if (!is_array(value)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("can only assign array (not \"%T\") to array slice"), value);
    }
    array_t *b = (array_t *)value;
    if (b->code != a->code) {
        kl_raise_TypeError(KL_ERROR_TEXT("bad argument type for built-in operation"));
    }
    size_t sz = a->itemsize;
    if (b == a) {
        b = array_copy(a);
    }
    if (s->step == 1) {
        size_t start = (size_t)s->start;
        size_t old = s->count;
        size_t n = b->len;
        if (n == 0 && old == 0) {
            // Nothing to do, and an empty array may have no items block: NULL + 0 is undefined.
            return;
        }
        if (n > old) {
            array_reserve(a, n - old);
        }
        kl_mem_copy(a->items + (start + n) * sz, a->items + (start + old) * sz,
                    (a->len - start - old) * sz);
        kl_mem_copy(a->items + start * sz, b->items, n * sz);
        a->len = a->len - old + n;
        return;
    }
    if (b->len != s->count) {
        kl_raise_msg_fmt(&kl_type_ValueError,
                         KL_ERROR_TEXT("attempt to assign array of size %z to extended slice of "
                                       "size %z"),
                         b->len, s->count);
    }
    for (size_t i = 0; i < s->count; i++) {
        size_t at = (size_t)(s->start + (kl_int_t)i * s->step);
        memcpy(a->items + at * sz, b->items + i * sz, sz);
    }
}

static kl_obj_t array_subscr(kl_obj_t self, kl_obj_t index, kl_obj_t value) {
    array_t *a = (array_t *)self;
    if (kl_obj_is_slice(index)) {
        kl_slice_indices_t s;
        kl_obj_slice_indices(index, a->len, &s);
        if (value == KL_OBJ_SENTINEL) {
            array_t *r = new_array(a->code, s.count);
            for (size_t i = 0; i < s.count; i++) {
                memcpy(r->items + i * a->itemsize,
                       a->items + (size_t)(s.start + (kl_int_t)i * s.step) * a->itemsize,
                       a->itemsize);
            }
            return KL_OBJ_FROM_PTR(r);
        }
        if (value == KL_OBJ_NULL) {
            array_delete_slice(a, &s);
        } else {
            array_assign_slice(a, &s, value);
        }
        return kl_const_none;
    }
    if (value == KL_OBJ_SENTINEL) {
        return item_get(a, item_index(a, index, KL_ERROR_TEXT("array index out of range")));
    }
    if (value == KL_OBJ_NULL) {
        size_t i = item_index(a, index, KL_ERROR_TEXT("array assignment index out of range"));
        kl_mem_copy(a->items + i * a->itemsize, a->items + (i + 1) * a->itemsize,
                    (a->len - i - 1) * a->itemsize);
        a->len--;
        return kl_const_none;
    }
    uint8_t tmp[8];
    size_t i = item_index(a, index, KL_ERROR_TEXT("array assignment index out of range"));
    item_pack(a->code, value, tmp);
    // The value's __index__ may have shrunk the array.
    if (i >= a->len) {
        kl_raise_IndexError(KL_ERROR_TEXT("array assignment index out of range"));
    }
    memcpy(a->items + i * a->itemsize, tmp, a->itemsize);
    return kl_const_none;
}

// ==== Iteration ====

typedef struct _array_iter_t {
    kl_obj_base_t base;
    array_t *array;
    size_t next;
} array_iter_t;

static kl_obj_t array_iter_next(kl_obj_t self) {
    array_iter_t *it = (array_iter_t *)self;
    if (it->array == NULL || it->next >= it->array->len) {
        it->array = NULL;
        return KL_OBJ_STOP_ITERATION;
    }
    return item_get(it->array, it->next++);
}

static const kl_obj_iter_type_t array_iter_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_array_dot_arrayiterator,
            .parent = &kl_type_object,
        },
    .getiter = kl_iter_self,
    .iternext = array_iter_next,
};
#define array_iter_type (array_iter_type_head.type)

static kl_obj_t array_getiter(kl_obj_t self, kl_obj_iter_buf_t *iter_buf) {
    (void)iter_buf;
    array_iter_t *it = kl_gc_alloc(sizeof(array_iter_t), 0);
    it->base.type = &array_iter_type;
    it->array = (array_t *)self;
    it->next = 0;
    return KL_OBJ_FROM_PTR(it);
}

// ==== Methods ====

static kl_obj_t array_append_m(kl_obj_t self, kl_obj_t v) {
    array_append(get_array(self), v);
    return kl_const_none;
}
static KL_DEFINE_FUN_2(array_append_obj, append, array_append_m);

static kl_obj_t array_extend(kl_obj_t self, kl_obj_t iterable) {
    array_t *a = get_array(self);
    if (is_array(iterable)) {
        if (((array_t *)iterable)->code != a->code) {
            kl_raise_TypeError(KL_ERROR_TEXT("can only extend with array of same kind"));
        }
        array_append_array(a, (array_t *)iterable);
    } else {
        array_extend_iter(a, iterable);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_2(array_extend_obj, extend, array_extend);

static kl_obj_t array_insert(kl_obj_t self, kl_obj_t index, kl_obj_t v) {
    array_t *a = get_array(self);
    kl_int_t i = kl_obj_slice_get_arg_int(index);
    uint8_t tmp[8];
    item_pack(a->code, v, tmp);
    if (i < 0) {
        i += (kl_int_t)a->len;
        if (i < 0) {
            i = 0;
        }
    }
    if ((size_t)i > a->len) {
        i = (kl_int_t)a->len;
    }
    array_reserve(a, 1);
    size_t sz = a->itemsize;
    kl_mem_copy(a->items + ((size_t)i + 1) * sz, a->items + (size_t)i * sz,
                (a->len - (size_t)i) * sz);
    memcpy(a->items + (size_t)i * sz, tmp, sz);
    a->len++;
    return kl_const_none;
}
static KL_DEFINE_FUN_3(array_insert_obj, insert, array_insert);

static kl_obj_t array_pop(size_t n_args, const kl_obj_t *args) {
    array_t *a = get_array(args[0]);
    kl_int_t i = n_args > 1 ? kl_obj_slice_get_arg_int(args[1]) : -1;
    if (a->len == 0) {
        kl_raise_IndexError(KL_ERROR_TEXT("pop from empty array"));
    }
    if (i < 0) {
        i += (kl_int_t)a->len;
    }
    if (i < 0 || (size_t)i >= a->len) {
        kl_raise_IndexError(KL_ERROR_TEXT("pop index out of range"));
    }
    kl_obj_t v = item_get(a, (size_t)i);
    size_t sz = a->itemsize;
    kl_mem_copy(a->items + (size_t)i * sz, a->items + ((size_t)i + 1) * sz,
                (a->len - (size_t)i - 1) * sz);
    a->len--;
    return v;
}
static KL_DEFINE_FUN_VAR(array_pop_obj, pop, 1, 2, array_pop);

// The index of the first item equal to [v] in [start, stop), or -1.
static kl_int_t array_find(array_t *a, kl_obj_t v, size_t start, size_t stop) {
    for (size_t i = start; i < stop && i < a->len; i++) {
        if (kl_obj_equal(item_get(a, i), v)) {
            return (kl_int_t)i;
        }
    }
    return -1;
}

static kl_obj_t array_index(size_t n_args, const kl_obj_t *args) {
    array_t *a = get_array(args[0]);
    kl_slice_indices_t s;
    bool has_start = n_args > 2;
    bool has_stop = n_args > 3;
    kl_obj_slice_adjust(a->len, has_start, has_start ? kl_obj_slice_get_arg_int(args[2]) : 0,
                        has_stop, has_stop ? kl_obj_slice_get_arg_int(args[3]) : 0, 1, &s);
    kl_int_t i = s.count == 0 ? -1 : array_find(a, args[1], (size_t)s.start, (size_t)s.stop);
    if (i < 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("array.index(x): x not in array"));
    }
    return KL_OBJ_NEW_SMALL_INT(i);
}
static KL_DEFINE_FUN_VAR(array_index_obj, index, 2, 4, array_index);

static kl_obj_t array_count(kl_obj_t self, kl_obj_t v) {
    array_t *a = get_array(self);
    size_t n = 0;
    for (size_t i = 0; i < a->len; i++) {
        n += kl_obj_equal(item_get(a, i), v);
    }
    return KL_OBJ_NEW_SMALL_INT(n);
}
static KL_DEFINE_FUN_2(array_count_obj, count, array_count);

static kl_obj_t array_remove(kl_obj_t self, kl_obj_t v) {
    array_t *a = get_array(self);
    kl_int_t i = array_find(a, v, 0, a->len);
    if (i < 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("array.remove(x): x not in array"));
    }
    size_t sz = a->itemsize;
    kl_mem_copy(a->items + (size_t)i * sz, a->items + ((size_t)i + 1) * sz,
                (a->len - (size_t)i - 1) * sz);
    a->len--;
    return kl_const_none;
}
static KL_DEFINE_FUN_2(array_remove_obj, remove, array_remove);

static kl_obj_t array_reverse(kl_obj_t self) {
    array_t *a = get_array(self);
    size_t sz = a->itemsize;
    uint8_t tmp[8];
    for (size_t i = 0, j = a->len; i + 1 < j; i++, j--) {
        memcpy(tmp, a->items + i * sz, sz);
        memcpy(a->items + i * sz, a->items + (j - 1) * sz, sz);
        memcpy(a->items + (j - 1) * sz, tmp, sz);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_1(array_reverse_obj, reverse, array_reverse);

static kl_obj_t array_byteswap(size_t n_args, const kl_obj_t *args) {
    if (n_args > 1) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("array.byteswap() takes no arguments (%z given)"),
                         n_args - 1);
    }
    array_t *a = get_array(args[0]);
    size_t sz = a->itemsize;
    for (size_t i = 0; i < a->len; i++) {
        uint8_t *p = a->items + i * sz;
        for (size_t k = 0; k < sz / 2; k++) {
            uint8_t t = p[k];
            p[k] = p[sz - 1 - k];
            p[sz - 1 - k] = t;
        }
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_VAR(array_byteswap_obj, byteswap, 1, 0xffff, array_byteswap);

// (address, length): the address of the items as an int, as CPython gives it.
static kl_obj_t array_buffer_info(kl_obj_t self) {
    array_t *a = get_array(self);
    kl_obj_t t[2] = {kl_obj_new_int_from_uint((kl_uint_t)(uintptr_t)a->items),
                     kl_obj_new_int_from_uint(a->len)};
    return kl_obj_new_tuple(2, t);
}
static KL_DEFINE_FUN_1(array_buffer_info_obj, buffer_info, array_buffer_info);

static kl_obj_t array_frombytes(kl_obj_t self, kl_obj_t buffer) {
    array_t *a = get_array(self);
    const char *data;
    size_t len;
    // CPython takes only buffers of bytes here: an array of wider items is refused.
    if (is_array(buffer) && ((array_t *)buffer)->itemsize != 1) {
        kl_raise_TypeError(KL_ERROR_TEXT("a bytes-like object is required"));
    }
    if (buffer == self) {
        kl_raise_msg(&kl_type_BufferError,
                     KL_ERROR_TEXT("cannot resize an array that is exporting buffers"));
    }
    kl_buffer_get(buffer, &data, &len, false);
    array_frombytes_data(a, data, len);
    return kl_const_none;
}
static KL_DEFINE_FUN_2(array_frombytes_obj, frombytes, array_frombytes);

static kl_obj_t array_tobytes(kl_obj_t self) {
    array_t *a = get_array(self);
    return kl_obj_new_bytes((const char *)a->items, a->len * a->itemsize);
}
static KL_DEFINE_FUN_1(array_tobytes_obj, tobytes, array_tobytes);

// fromlist(list): all items or none.
static kl_obj_t array_fromlist(kl_obj_t self, kl_obj_t list) {
    array_t *a = get_array(self);
    if (!kl_obj_isinstance(list, &kl_type_list)) {
        kl_raise_TypeError(KL_ERROR_TEXT("arg must be list"));
    }
    size_t n;
    kl_obj_t *items;
    kl_obj_get_array(kl_obj_native(list, &kl_type_list), &n, &items);
    array_t *tmp = new_array(a->code, 0);
    for (size_t i = 0; i < n; i++) {
        array_append(tmp, items[i]);
    }
    array_append_array(a, tmp);
    return kl_const_none;
}
static KL_DEFINE_FUN_2(array_fromlist_obj, fromlist, array_fromlist);

static kl_obj_t array_tolist(kl_obj_t self) {
    array_t *a = get_array(self);
    kl_obj_t list = kl_obj_new_list(a->len, NULL);
    kl_obj_list_t *l = KL_OBJ_TO_PTR(list);
    for (size_t i = 0; i < a->len && i < l->len; i++) {
        l->items[i] = item_get(a, i);
    }
    return list;
}
static KL_DEFINE_FUN_1(array_tolist_obj, tolist, array_tolist);

static kl_obj_t array_fromunicode(kl_obj_t self, kl_obj_t s) {
    array_t *a = get_array(self);
    if (!kl_obj_is_str(s)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("fromunicode() argument must be str, not %T"), s);
    }
    if (a->code != 'u') {
        kl_raise_ValueError(
            KL_ERROR_TEXT("fromunicode() may only be called on unicode type arrays"));
    }
    array_fromunicode_str(a, s);
    return kl_const_none;
}
static KL_DEFINE_FUN_2(array_fromunicode_obj, fromunicode, array_fromunicode);

static kl_obj_t array_tounicode(kl_obj_t self) {
    array_t *a = get_array(self);
    if (a->code != 'u') {
        kl_raise_ValueError(KL_ERROR_TEXT("tounicode() may only be called on unicode type arrays"));
    }
    kl_vstr_t v;
    kl_vstr_init(&v, a->len);
    for (size_t i = 0; i < a->len; i++) {
        uint32_t cp;
        memcpy(&cp, a->items + 4 * i, 4);
        if (cp > 0x10ffff) {
            kl_raise_msg_fmt(&kl_type_ValueError,
                             KL_ERROR_TEXT("character U+%x is not in range [U+0000; U+10ffff]"),
                             (unsigned)cp);
        }
        char buf[4];
        kl_vstr_add_strn(&v, buf, kl_obj_str_utf8_encode(cp, buf));
    }
    return kl_obj_new_str(v.buf, v.len);
}
static KL_DEFINE_FUN_1(array_tounicode_obj, tounicode, array_tounicode);

static kl_obj_t array_copy_m(kl_obj_t self) {
    return KL_OBJ_FROM_PTR(array_copy(get_array(self)));
}
static KL_DEFINE_FUN_1(array___copy___obj, __copy__, array_copy_m);

static kl_obj_t array_deepcopy(kl_obj_t self, kl_obj_t memo) {
    (void)memo;
    return KL_OBJ_FROM_PTR(array_copy(get_array(self)));
}
static KL_DEFINE_FUN_2(array___deepcopy___obj, __deepcopy__, array_deepcopy);

// itemsize and typecode are read-only data of the object.
static void array_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    if (attr == KL_QSTR_itemsize || attr == KL_QSTR_typecode) {
        if (dest[0] != KL_OBJ_NULL) {
            kl_raise_msg_fmt(&kl_type_AttributeError,
                             KL_ERROR_TEXT("attribute '%q' of 'array.array' objects is not "
                                           "writable"),
                             attr);
        }
        array_t *a = (array_t *)self;
        dest[0] = attr == KL_QSTR_itemsize ? KL_OBJ_NEW_SMALL_INT(a->itemsize)
                                           : kl_obj_new_str(&a->code, 1);
        return;
    }
    kl_type_generic_attr(self, attr, dest);
}

static const kl_rom_map_elem_t array_locals_table[] = {
    {KL_ROM_QSTR(__copy__), KL_ROM_PTR(&array___copy___obj)},
    {KL_ROM_QSTR(__deepcopy__), KL_ROM_PTR(&array___deepcopy___obj)},
    {KL_ROM_QSTR(append), KL_ROM_PTR(&array_append_obj)},
    {KL_ROM_QSTR(buffer_info), KL_ROM_PTR(&array_buffer_info_obj)},
    {KL_ROM_QSTR(byteswap), KL_ROM_PTR(&array_byteswap_obj)},
    {KL_ROM_QSTR(count), KL_ROM_PTR(&array_count_obj)},
    {KL_ROM_QSTR(extend), KL_ROM_PTR(&array_extend_obj)},
    {KL_ROM_QSTR(frombytes), KL_ROM_PTR(&array_frombytes_obj)},
    {KL_ROM_QSTR(fromlist), KL_ROM_PTR(&array_fromlist_obj)},
    {KL_ROM_QSTR(fromunicode), KL_ROM_PTR(&array_fromunicode_obj)},
    {KL_ROM_QSTR(index), KL_ROM_PTR(&array_index_obj)},
    {KL_ROM_QSTR(insert), KL_ROM_PTR(&array_insert_obj)},
    {KL_ROM_QSTR(pop), KL_ROM_PTR(&array_pop_obj)},
    {KL_ROM_QSTR(remove), KL_ROM_PTR(&array_remove_obj)},
    {KL_ROM_QSTR(reverse), KL_ROM_PTR(&array_reverse_obj)},
    {KL_ROM_QSTR(tobytes), KL_ROM_PTR(&array_tobytes_obj)},
    {KL_ROM_QSTR(tolist), KL_ROM_PTR(&array_tolist_obj)},
    {KL_ROM_QSTR(tounicode), KL_ROM_PTR(&array_tounicode_obj)},
};
static KL_DEFINE_CONST_DICT(array_locals_dict, array_locals_table);

const kl_obj_ops_type_t kl_mod_array_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_OPS,
            .name = KL_QSTR_array_dot_array,
            .make_new = array_make_new,
            .print = array_print,
            .binary_op = array_binary_op,
            .attr = array_attr,
            .locals_dict = &array_locals_dict,
            .parent = &kl_type_object,
        },
    .unary_op = array_unary_op,
    .subscr = array_subscr,
    .getiter = array_getiter,
};

bool kl_mod_array_get_buffer(kl_obj_t o, const char **data, size_t *len) {
    if (!is_array(o)) {
        return false;
    }
    array_t *a = (array_t *)o;
    *data = a->items != NULL ? (const char *)a->items : "";
    *len = a->len * a->itemsize;
    return true;
}

// Sorted by name (ASCII order): const dicts are searched by bisection.
static const kl_rom_map_elem_t array_globals_table[] = {
    {KL_ROM_QSTR(ArrayType), KL_ROM_PTR(&kl_mod_array_type)},
    {KL_ROM_QSTR(__name__), KL_OBJ_NEW_QSTR(KL_QSTR_array)},
    {KL_ROM_QSTR(array), KL_ROM_PTR(&kl_mod_array_type)},
    {KL_ROM_QSTR(typecodes), KL_OBJ_NEW_QSTR(KL_QSTR_bBuhHiIlLqQfd)},
};
static KL_DEFINE_CONST_DICT(array_globals_dict, array_globals_table);

const kl_obj_module_t kl_module_array = {{&kl_type_module}, &array_globals_dict};

#endif // KL_CFG_MODULE_ARRAY
