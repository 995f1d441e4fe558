// vm/obj_bytearray.c: the bytearray type, a mutable sequence of bytes.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A bytearray is a header and a separate atomic array of bytes, like a list's header and item
// array: the object keeps its identity while the array grows by half its size (append is
// amortised O(1)) and shrinks when three quarters of it fall empty. The array holds no
// pointers, so the collector never scans it.
//
// Everything a bytearray shares with bytes (find, split, strip, upper, hex, decode, ...) is the
// bytes code in vm/obj_str.c, which builds a bytearray result when self is one; that is why the
// method table of this type lives there too. What is here is what only a mutable sequence has:
// item and slice assignment, deletion, in-place + and *, and append, extend, insert, pop,
// remove, reverse, clear and copy.
//
// Any argument may be self (`b[1:] = b`, `b.extend(b)`, `b += b`), and any iterable of ints
// may run Python code that changes self while it is read. So new contents are first gathered
// into a separate buffer (a vstr) or copied, and only then spliced in: a failure half way leaves
// self as it was, as in CPython.
//
// CPython forbids changing the size of a bytearray that a memoryview exports, and releases the
// export when the view is freed by reference counting. A tracing collector cannot say when a
// view has become garbage, so a count of exports would lock bytearrays forever; kinglet lets the
// size change and the views read the current array (see vm/obj_memoryview.c).

#include <string.h>

#include "vm/buffer.h"
#include "vm/format.h"
#include "vm/gc.h"
#include "vm/nlr.h"
#include "vm/obj_bytearray.h"
#include "vm/obj_int.h"
#include "vm/obj_slice.h"
#include "vm/obj_str.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

#if KL_CFG_BYTEARRAY

// ==== Storage ====

bool kl_obj_is_bytearray(kl_obj_t o) {
    if (!KL_OBJ_IS_OBJ(o)) {
        return false;
    }
    const kl_obj_type_t *t = ((kl_obj_base_t *)o)->type;
    return t == &kl_type_bytearray ||
           ((t->flags & KL_TYPE_FLAG_HEAP) && kl_type_native_base(t) == &kl_type_bytearray);
}

// The native bytearray behind [o]: itself, or the bytearray part of an instance of a subclass.
static kl_obj_bytearray_t *native_ba(kl_obj_t o) {
    if (!kl_obj_is_bytearray(o)) {
        // A method taken from the class and applied to another type: bytearray.append(b'', 1).
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("descriptor requires a 'bytearray' object but received a "
                                       "'%T'"),
                         o);
    }
    return KL_OBJ_TO_PTR(kl_obj_native(o, &kl_type_bytearray));
}

// Make room for at least [need] bytes.
static void ba_reserve(kl_obj_bytearray_t *ba, size_t need) {
    if (need <= ba->alloc) {
        return;
    }
    size_t alloc = ba->alloc + ba->alloc / 2 + 8;
    if (alloc < need || alloc < ba->alloc) {
        alloc = need;
    }
    if (alloc > SIZE_MAX / 2) {
        kl_raise_MemoryError();
    }
    if (ba->items != NULL && !kl_gc_is_heap_ptr(ba->items)) {
        // Memory the port lent (kl_obj_new_bytearray_by_ref): the bytes move to the heap.
        char *items = kl_gc_alloc(alloc, KL_GC_ATOMIC);
        kl_mem_copy(items, ba->items, ba->len);
        ba->items = items;
    } else {
        // kl_gc_realloc leaves the array intact if it raises.
        ba->items = kl_gc_realloc(ba->items, alloc, KL_GC_ATOMIC);
    }
    ba->alloc = alloc;
}

// Set the length to [len] (<= the current length) and give memory back when the bytearray has
// shrunk to a quarter of its array.
static void ba_truncate(kl_obj_bytearray_t *ba, size_t len) {
    ba->len = len;
    if (ba->alloc > 64 && len < ba->alloc / 4) {
        size_t alloc = len + len / 2 + 8;
        char *items = kl_gc_alloc_maybe(alloc, KL_GC_ATOMIC);
        if (items != NULL) {
            kl_mem_copy(items, ba->items, len);
            ba->items = items;
            ba->alloc = alloc;
        }
    }
}

// Replace the [count] bytes at [start] by the [m] bytes at [src]; [src] must not point into
// [ba] (the array may move).
static void ba_replace_range(kl_obj_bytearray_t *ba, size_t start, size_t count, const char *src,
                             size_t m) {
    size_t len = ba->len;
    if (m == 0 && count == 0) {
        return; // an empty bytearray may have no array: no NULL + 0 below
    }
    if (m > count) {
        if (len + (m - count) < len) {
            kl_raise_MemoryError();
        }
        ba_reserve(ba, len + (m - count));
    }
    kl_mem_copy(ba->items + start + m, ba->items + start + count, len - start - count);
    kl_mem_copy(ba->items + start, src, m);
    if (m < count) {
        ba_truncate(ba, len - (count - m));
    } else {
        ba->len = len + (m - count);
    }
}

// Append [n] bytes at [src], which may point into [ba] itself.
static void ba_append_bytes(kl_obj_bytearray_t *ba, const char *src, size_t n) {
    if (n == 0) {
        return;
    }
    size_t len = ba->len;
    if (len + n < len) {
        kl_raise_MemoryError();
    }
    if (ba->items != NULL && src >= ba->items && src < ba->items + ba->alloc) {
        size_t offset = (size_t)(src - ba->items);
        ba_reserve(ba, len + n);
        src = ba->items + offset;
    } else {
        ba_reserve(ba, len + n);
    }
    kl_mem_copy(ba->items + len, src, n);
    ba->len = len + n;
}

kl_obj_t kl_obj_new_bytearray(const char *data, size_t len) {
    kl_obj_bytearray_t *ba = kl_gc_alloc(sizeof(kl_obj_bytearray_t), 0);
    ba->base.type = &kl_type_bytearray;
    ba->len = 0;
    ba->alloc = 0;
    ba->items = NULL;
    if (len > 0) {
        ba_reserve(ba, len);
        // kl_gc_realloc zeroed the new array, which is what a NULL [data] asks for.
        if (data != NULL) {
            kl_mem_copy(ba->items, data, len);
        }
        ba->len = len;
    }
    return KL_OBJ_FROM_PTR(ba);
}

kl_obj_t kl_obj_new_bytearray_by_ref(char *data, size_t len) {
    kl_obj_bytearray_t *ba = kl_gc_alloc(sizeof(kl_obj_bytearray_t), 0);
    ba->base.type = &kl_type_bytearray;
    ba->len = len;
    ba->alloc = len;
    ba->items = len > 0 ? data : NULL;
    return KL_OBJ_FROM_PTR(ba);
}

kl_obj_t kl_obj_bytearray_from_vstr(kl_vstr_t *vstr) {
    kl_obj_bytearray_t *ba = kl_gc_alloc(sizeof(kl_obj_bytearray_t), 0);
    ba->base.type = &kl_type_bytearray;
    ba->len = vstr->len;
    ba->alloc = vstr->alloc;
    ba->items = vstr->buf;
    vstr->buf = NULL;
    vstr->len = vstr->alloc = 0;
    return KL_OBJ_FROM_PTR(ba);
}

char *kl_obj_bytearray_get_data(kl_obj_t o, size_t *len) {
    kl_obj_bytearray_t *ba = native_ba(o);
    *len = ba->len;
    // Never NULL: callers pass it to memcmp and memchr, which want a valid pointer even for 0.
    return ba->items != NULL ? ba->items : (char *)"";
}

// ==== Argument helpers ====

// The byte [o] stands for: an int in range(256). CPython's messages for the rest.
static uint8_t byte_value(kl_obj_t o) {
    kl_int_t v;
    switch (kl_obj_slice_index_value(o, &v)) {
        case KL_SLICE_INDEX_NOT_INT:
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("'%T' object cannot be interpreted as an integer"), o);
        case KL_SLICE_INDEX_OK:
            if (v >= 0 && v <= 255) {
                return (uint8_t)v;
            }
            break;
        default:
            break;
    }
    kl_raise_ValueError(KL_ERROR_TEXT("byte must be in range(0, 256)"));
}

// An iterator over [iterable]; [what] words the TypeError for a value that is not iterable
// ("cannot convert '%q' object to bytearray", with the type name).
static kl_obj_t ints_iter(kl_obj_t iterable, const char *what) {
    kl_qstr_t type_name = kl_obj_get_type_qstr(iterable);
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_t it = kl_getiter(iterable, NULL);
        kl_nlr_pop();
        return it;
    }
    if (kl_obj_isinstance(nlr.ret_val, &kl_type_TypeError)) {
        kl_raise_msg_fmt(&kl_type_TypeError, what, type_name);
    }
    kl_nlr_jump(nlr.ret_val);
}

// Append the bytes of [iterable] (ints in range(256)) to [out]; [what] as for ints_iter.
static void gather_ints(kl_vstr_t *out, kl_obj_t iterable, const char *what) {
    kl_obj_t it = ints_iter(iterable, what);
    kl_obj_t item;
    while ((item = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        kl_vstr_add_byte(out, (char)byte_value(item));
    }
}

// Is [o] a number, which a slice assignment refuses even though bytearray(5) is valid?
static bool is_number(kl_obj_t o) {
    return KL_OBJ_IS_SMALL_INT(o) || o == kl_const_true || o == kl_const_false ||
           kl_obj_isinstance(o, &kl_type_int) || kl_obj_isinstance(o, KL_TYPE_FLOAT) ||
           kl_obj_isinstance(o, KL_TYPE_COMPLEX);
}

// The new contents of a slice assignment as bytes: a bytes-like value copied (it may be self),
// or an iterable of ints gathered. Returns a bytes or bytearray object holding them.
static kl_obj_t assigned_bytes(kl_obj_t value) {
    const char *data;
    size_t len;
    if (kl_buffer_get_maybe(value, &data, &len, false)) {
        return kl_obj_new_bytes(data, len);
    }
    if (is_number(value) || kl_obj_is_str(value)) {
        kl_raise_TypeError(KL_ERROR_TEXT("can assign only bytes, buffers, or iterables of ints in "
                                         "range(0, 256)"));
    }
    kl_vstr_t out;
    kl_vstr_init(&out, 16);
    gather_ints(&out, value, KL_ERROR_TEXT("cannot convert '%q' object to bytearray"));
    return kl_vstr_to_bytes(&out);
}

// ==== Constructor ====

static const kl_qstr_t new_names[] = {KL_QSTR_source, KL_QSTR_encoding, KL_QSTR_errors};

// A C string for the encoding or errors argument [o] (NULL when absent).
static const char *arg_cstr(kl_obj_t o, const char *what) {
    if (o == KL_OBJ_NULL) {
        return NULL;
    }
    if (!kl_obj_is_str(o)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("bytearray() argument '%s' must be str, not %N"), what, o);
    }
    size_t len;
    return kl_obj_str_get_data(o, &len);
}

// bytearray(), bytearray(n), bytearray(str, encoding[, errors]), bytearray(bytes-like),
// bytearray(iterable of ints)
static kl_obj_t bytearray_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                   const kl_obj_t *args) {
    (void)type;
    kl_obj_t a[3] = {KL_OBJ_NULL, KL_OBJ_NULL, KL_OBJ_NULL};
    if (n_args + n_kw > 3) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("bytearray() takes at most 3 %sarguments (%z given)"),
                         n_args == 0 ? "keyword " : "", n_args + n_kw);
    }
    for (size_t i = 0; i < n_args; i++) {
        a[i] = args[i];
    }
    for (size_t k = 0; k < n_kw; k++) {
        kl_obj_t name = args[n_args + 2 * k];
        size_t i = 0;
        while (i < 3 && !kl_obj_str_equal(name, KL_OBJ_NEW_QSTR(new_names[i]))) {
            i++;
        }
        if (i == 3) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("'%S' is an invalid keyword argument for bytearray()"),
                             name);
        }
        if (a[i] != KL_OBJ_NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("argument for bytearray() given by name ('%q') and "
                                           "position (%z)"),
                             new_names[i], i + 1);
        }
        a[i] = args[n_args + 2 * k + 1];
    }
    kl_obj_t src = a[0];
    const char *encoding = arg_cstr(a[1], "encoding");
    const char *errors = arg_cstr(a[2], "errors");
    if (src != KL_OBJ_NULL && kl_obj_is_str(src)) {
        if (encoding == NULL) {
            kl_raise_TypeError(KL_ERROR_TEXT("string argument without an encoding"));
        }
        size_t len;
        const char *data = kl_obj_str_get_data(kl_obj_str_encode(src, encoding, errors), &len);
        return kl_obj_new_bytearray(data, len);
    }
    if (encoding != NULL) {
        kl_raise_TypeError(KL_ERROR_TEXT("encoding without a string argument"));
    }
    if (errors != NULL) {
        kl_raise_TypeError(KL_ERROR_TEXT("errors without a string argument"));
    }
    if (src == KL_OBJ_NULL) {
        return kl_obj_new_bytearray(NULL, 0);
    }
    kl_int_t n;
    kl_slice_index_result_t r = kl_obj_slice_index_value(src, &n);
    if (r == KL_SLICE_INDEX_OVERFLOW) {
        kl_raise_OverflowError(KL_ERROR_TEXT("cannot fit 'int' into an index-sized integer"));
    }
    if (r != KL_SLICE_INDEX_NOT_INT) {
        if (n < 0) {
            kl_raise_ValueError(KL_ERROR_TEXT("negative count"));
        }
        return kl_obj_new_bytearray(NULL, (size_t)n);
    }
    const char *data;
    size_t len;
    if (kl_buffer_get_maybe(src, &data, &len, false)) {
        return kl_obj_new_bytearray(data, len);
    }
    kl_vstr_t out;
    kl_vstr_init(&out, 16);
    gather_ints(&out, src, KL_ERROR_TEXT("cannot convert '%q' object to bytearray"));
    return kl_obj_bytearray_from_vstr(&out);
}

// ==== Type protocol ====

// bytearray(b'...'). Not quite the bytes repr: CPython escapes a single quote even inside
// double quotes, bytearray(b"it\'s").
static void bytearray_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    kl_obj_bytearray_t *ba = native_ba(o);
    const char *data = ba->items != NULL ? ba->items : "";
    char quote = '\'';
    if (memchr(data, '\'', ba->len) != NULL && memchr(data, '"', ba->len) == NULL) {
        quote = '"';
    }
    // A subclass shows its own name: B(b'xy').
    kl_printf(print, "%q(b%c", kl_obj_get_type_qstr(o), (int)quote);
    size_t run = 0; // start of bytes that need no escaping
    for (size_t i = 0; i < ba->len; i++) {
        uint8_t c = (uint8_t)data[i];
        if (c >= 0x20 && c < 0x7f && c != '\\' && c != '\'') {
            continue;
        }
        kl_print_strn(print, data + run, i - run);
        run = i + 1;
        char esc[4] = {'\\', (char)c, 0, 0};
        size_t n = 2;
        if (c == '\n' || c == '\r' || c == '\t') {
            esc[1] = c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
        } else if (c != '\\' && c != '\'') {
            esc[1] = 'x';
            esc[2] = "0123456789abcdef"[c >> 4];
            esc[3] = "0123456789abcdef"[c & 0xf];
            n = 4;
        }
        kl_print_strn(print, esc, n);
    }
    kl_print_strn(print, data + run, ba->len - run);
    kl_printf(print, "%c)", (int)quote);
}

static kl_obj_t bytearray_unary_op(kl_unary_op_t op, kl_obj_t o) {
    kl_obj_bytearray_t *ba = native_ba(o);
    switch (op) {
        case KL_UNARY_OP_BOOL:
            return KL_OBJ_FROM_BOOL(ba->len != 0);
        case KL_UNARY_OP_LEN:
            return KL_OBJ_NEW_SMALL_INT(ba->len);
        default:
            // HASH too: a bytearray is unhashable, the runtime says so.
            return KL_OBJ_NULL;
    }
}

// obj.h names only the first in-place operator; the rest follow in the same order.
#define INPLACE_MUL (KL_BINARY_OP_MUL + KL_BINARY_OP_INPLACE_OFFSET)

static bool is_heap_instance(kl_obj_t o) {
    return KL_OBJ_IS_OBJ(o) && (((kl_obj_base_t *)o)->type->flags & KL_TYPE_FLAG_HEAP);
}

// The count of a repetition `bytearray * count` (negative counts as 0), or -1 when [count] is
// a class instance that may implement __rmul__ itself.
static kl_int_t repeat_count(kl_obj_t count) {
    kl_int_t k;
    switch (kl_obj_slice_index_value(count, &k)) {
        case KL_SLICE_INDEX_OK:
            return k < 0 ? 0 : k;
        case KL_SLICE_INDEX_OVERFLOW:
            kl_raise_OverflowError(KL_ERROR_TEXT("cannot fit 'int' into an index-sized integer"));
        default:
            if (is_heap_instance(count)) {
                return -1;
            }
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("can't multiply sequence by non-int of type '%T'"),
                             count);
    }
}

// Repeat the contents of [ba] in place so that it holds them [k] times.
static void repeat_inplace(kl_obj_bytearray_t *ba, kl_int_t k) {
    size_t n = ba->len;
    if (k == 0 || n == 0) {
        ba_truncate(ba, 0);
        return;
    }
    if ((size_t)k > (SIZE_MAX / 2) / n) {
        kl_raise_MemoryError();
    }
    ba_reserve(ba, n * (size_t)k);
    for (kl_int_t i = 1; i < k; i++) {
        kl_mem_copy(ba->items + (size_t)i * n, ba->items, n);
    }
    ba->len = n * (size_t)k;
}

// Three-way comparison of two byte strings.
static int bytes_cmp(const char *a, size_t alen, const char *b, size_t blen) {
    int c = memcmp(a, b, alen < blen ? alen : blen);
    if (c != 0) {
        return c;
    }
    return alen < blen ? -1 : alen > blen;
}

// [lhs] op [rhs] for a comparison between a bytearray and any bytes-like value, on either side.
static kl_obj_t compare(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    const char *a, *b;
    size_t alen, blen;
    if (!kl_buffer_get_maybe(lhs, &a, &alen, false) ||
        !kl_buffer_get_maybe(rhs, &b, &blen, false)) {
        return KL_OBJ_NULL;
    }
    if (op == KL_BINARY_OP_EQ || op == KL_BINARY_OP_NE) {
        bool eq = alen == blen && memcmp(a, b, alen) == 0;
        return KL_OBJ_FROM_BOOL(eq == (op == KL_BINARY_OP_EQ));
    }
    int c = bytes_cmp(a, alen, b, blen);
    switch (op) {
        case KL_BINARY_OP_LT:
            return KL_OBJ_FROM_BOOL(c < 0);
        case KL_BINARY_OP_GT:
            return KL_OBJ_FROM_BOOL(c > 0);
        case KL_BINARY_OP_LE:
            return KL_OBJ_FROM_BOOL(c <= 0);
        default:
            return KL_OBJ_FROM_BOOL(c >= 0);
    }
}

static kl_obj_t bytearray_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    bool is_cmp = op >= KL_BINARY_OP_LT && op <= KL_BINARY_OP_GE;
    if (!kl_obj_is_bytearray(lhs)) {
        // Reached for the right operand: `3 * b` and comparisons with bytes on the left.
        if (op == KL_BINARY_OP_MUL) {
            kl_int_t k = repeat_count(lhs);
            if (k < 0) {
                return KL_OBJ_NULL;
            }
            kl_obj_bytearray_t *b = native_ba(rhs);
            kl_obj_t result = kl_obj_new_bytearray(b->items, b->len);
            repeat_inplace(KL_OBJ_TO_PTR(result), k);
            return result;
        }
        return is_cmp ? compare(op, lhs, rhs) : KL_OBJ_NULL;
    }
    if (is_cmp) {
        return compare(op, lhs, rhs);
    }
    kl_obj_bytearray_t *a = native_ba(lhs);
    if (op == INPLACE_MUL) {
        kl_int_t k = repeat_count(rhs);
        if (k < 0) {
            return KL_OBJ_NULL;
        }
        repeat_inplace(a, k);
        return lhs;
    }
    switch (op) {
        case KL_BINARY_OP_ADD:
        case KL_BINARY_OP_INPLACE_ADD: {
            const char *data;
            size_t len;
            if (!kl_buffer_get_maybe(rhs, &data, &len, false)) {
                if (is_heap_instance(rhs)) {
                    return KL_OBJ_NULL;
                }
                kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("can't concat %T to bytearray"),
                                 rhs);
            }
            if (op == KL_BINARY_OP_INPLACE_ADD) {
                ba_append_bytes(a, data, len);
                return lhs;
            }
            if (a->len + len < len) {
                kl_raise_MemoryError();
            }
            kl_obj_t result = kl_obj_new_bytearray(NULL, a->len + len);
            // Nothing was resized by the allocation: [data] and a->items are still good.
            kl_obj_bytearray_t *r = KL_OBJ_TO_PTR(result);
            kl_mem_copy(r->items, a->items, a->len);
            if (len > 0) {
                // (An empty result may have no items block, and NULL + 0 is undefined.)
                kl_mem_copy(r->items + a->len, data, len);
            }
            return result;
        }
        case KL_BINARY_OP_MUL: {
            kl_int_t k = repeat_count(rhs);
            if (k < 0) {
                return KL_OBJ_NULL;
            }
            kl_obj_t result = kl_obj_new_bytearray(a->items, a->len);
            repeat_inplace(KL_OBJ_TO_PTR(result), k);
            return result;
        }
#if KL_CFG_BYTES_FORMAT
        case KL_BINARY_OP_MOD:
            return kl_format_percent(lhs, rhs);
#endif
        case KL_BINARY_OP_CONTAINS: {
            const char *needle;
            size_t n;
            char byte;
            if (!kl_buffer_get_maybe(rhs, &needle, &n, false)) {
                kl_int_t v;
                if (kl_obj_slice_index_value(rhs, &v) == KL_SLICE_INDEX_NOT_INT) {
                    kl_raise_msg_fmt(&kl_type_TypeError,
                                     KL_ERROR_TEXT("a bytes-like object is required, not '%T'"),
                                     rhs);
                }
                byte = (char)byte_value(rhs);
                needle = &byte;
                n = 1;
            }
            if (n == 0) {
                return kl_const_true;
            }
            for (size_t i = 0; i + n <= a->len; i++) {
                if (a->items[i] == needle[0] && memcmp(a->items + i, needle, n) == 0) {
                    return kl_const_true;
                }
            }
            return kl_const_false;
        }
        default:
            return KL_OBJ_NULL;
    }
}

// Delete the [count] bytes start, start + step, ... (step > 0).
static void delete_stepped(kl_obj_bytearray_t *ba, size_t start, size_t step, size_t count) {
    if (count == 0) {
        return;
    }
    size_t dst = start;
    size_t next_del = start;
    size_t deleted = 0;
    for (size_t src = start; src < ba->len; src++) {
        if (deleted < count && src == next_del) {
            deleted++;
            next_del += step;
            continue;
        }
        ba->items[dst++] = ba->items[src];
    }
    ba_truncate(ba, dst);
}

static kl_obj_t subscr_slice(kl_obj_bytearray_t *ba, kl_obj_t index, kl_obj_t value) {
    kl_slice_indices_t ind;
    if (value == KL_OBJ_SENTINEL) {
        kl_obj_slice_indices(index, ba->len, &ind);
        kl_obj_t result = kl_obj_new_bytearray(NULL, ind.count);
        kl_obj_bytearray_t *r = KL_OBJ_TO_PTR(result);
        kl_int_t j = ind.start;
        for (size_t i = 0; i < ind.count; i++, j += ind.step) {
            r->items[i] = ba->items[j];
        }
        return result;
    }
    // The slice is checked first (a bad bound or a zero step), as in CPython, and resolved
    // again below, after the value has been read.
    kl_obj_slice_indices(index, ba->len, &ind);
    const char *src = NULL;
    size_t m = 0;
    if (value != KL_OBJ_NULL) {
        // A copy: the value may be self, and gathering ints may run code that changes self.
        kl_obj_t copy = assigned_bytes(value);
        src = kl_obj_str_get_data(copy, &m);
    }
    kl_obj_slice_indices(index, ba->len, &ind);
    if (ind.step == 1) {
        ba_replace_range(ba, (size_t)ind.start, ind.count, src, m);
        return kl_const_none;
    }
    if (m == 0) {
        // Deletion, and (unlike a list) assigning nothing to an extended slice also deletes.
        if (ind.step > 0) {
            delete_stepped(ba, (size_t)ind.start, (size_t)ind.step, ind.count);
        } else if (ind.count > 0) {
            // The same bytes, walked upwards.
            size_t first = (size_t)(ind.start + (kl_int_t)(ind.count - 1) * ind.step);
            delete_stepped(ba, first, (size_t)-ind.step, ind.count);
        }
        return kl_const_none;
    }
    if (m != ind.count) {
        kl_raise_msg_fmt(&kl_type_ValueError,
                         KL_ERROR_TEXT("attempt to assign bytes of size %z to extended slice of "
                                       "size %z"),
                         m, ind.count);
    }
    kl_int_t j = ind.start;
    for (size_t i = 0; i < m; i++, j += ind.step) {
        ba->items[j] = src[i];
    }
    return kl_const_none;
}

static kl_obj_t bytearray_subscr(kl_obj_t self, kl_obj_t index, kl_obj_t value) {
    kl_obj_bytearray_t *ba = native_ba(self);
    if (kl_obj_is_slice(index)) {
        return subscr_slice(ba, index, value);
    }
    // As in CPython 3.11: the index must be an int that fits, then the value is converted, and
    // only then is the index checked against the length.
    kl_int_t unused;
    switch (kl_obj_slice_index_value(index, &unused)) {
        case KL_SLICE_INDEX_NOT_INT:
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("bytearray indices must be integers or slices, not %T"),
                             index);
        case KL_SLICE_INDEX_OVERFLOW:
            kl_raise_msg_fmt(&kl_type_IndexError,
                             KL_ERROR_TEXT("cannot fit '%T' into an index-sized integer"), index);
        default:
            break;
    }
    uint8_t byte = 0;
    if (value != KL_OBJ_SENTINEL && value != KL_OBJ_NULL) {
        byte = byte_value(value);
    }
    size_t i = kl_obj_slice_get_index(index, ba->len, KL_ERROR_TEXT("bytearray index out of range"),
                                      KL_ERROR_TEXT("bytearray indices must be integers or "
                                                    "slices, not %T"));
    if (value == KL_OBJ_SENTINEL) {
        return KL_OBJ_NEW_SMALL_INT((uint8_t)ba->items[i]);
    }
    if (value == KL_OBJ_NULL) {
        kl_mem_copy(ba->items + i, ba->items + i + 1, ba->len - i - 1);
        ba_truncate(ba, ba->len - 1);
        return kl_const_none;
    }
    ba->items[i] = (char)byte;
    return kl_const_none;
}

// ==== Iteration ====

// The bytearray may change while the iterator runs, so every step re-reads its length.
typedef struct _bytearray_iter_t {
    kl_obj_base_t base;
    kl_obj_t seq;
    size_t index;
} bytearray_iter_t;

static kl_obj_t bytearray_iter_next(kl_obj_t self) {
    bytearray_iter_t *it = KL_OBJ_TO_PTR(self);
    kl_obj_bytearray_t *ba = native_ba(it->seq);
    if (it->index >= ba->len) {
        return KL_OBJ_STOP_ITERATION;
    }
    return KL_OBJ_NEW_SMALL_INT((uint8_t)ba->items[it->index++]);
}

static const kl_obj_iter_type_t bytearray_iterator_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_bytearray_iterator,
            .parent = &kl_type_object,
        },
    .getiter = kl_iter_self,
    .iternext = bytearray_iter_next,
};
#define bytearray_iterator_type (bytearray_iterator_type_head.type)

static kl_obj_t bytearray_getiter(kl_obj_t self, kl_obj_iter_buf_t *iter_buf) {
    bytearray_iter_t *it;
    if (iter_buf != NULL) {
        it = (bytearray_iter_t *)iter_buf;
    } else {
        it = kl_gc_alloc(sizeof(bytearray_iter_t), 0);
    }
    it->base.type = &bytearray_iterator_type;
    it->seq = self;
    it->index = 0;
    return KL_OBJ_FROM_PTR(it);
}

// ==== Methods ====

static kl_obj_t bytearray_append(kl_obj_t self, kl_obj_t item) {
    kl_obj_bytearray_t *ba = native_ba(self);
    char byte = (char)byte_value(item);
    ba_reserve(ba, ba->len + 1);
    ba->items[ba->len++] = byte;
    return kl_const_none;
}
KL_DEFINE_FUN_2(kl_obj_bytearray_append_obj, append, bytearray_append);

// __iadd__ and __imul__, for calls by name (super().__iadd__(x) in a subclass): the in-place
// operators. __imul__ reads its count as an index first, as CPython's wrapper does.
static kl_obj_t bytearray___iadd__(kl_obj_t self, kl_obj_t other) {
    kl_obj_t r = bytearray_binary_op(KL_BINARY_OP_INPLACE_ADD, self, other);
    if (r == KL_OBJ_NULL) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("can't concat %T to bytearray"), other);
    }
    return r;
}
KL_DEFINE_FUN_2(kl_obj_bytearray___iadd___obj, __iadd__, bytearray___iadd__);

static kl_obj_t bytearray___imul__(kl_obj_t self, kl_obj_t count) {
    repeat_inplace(native_ba(self), repeat_count(kl_obj_index(count)));
    return self;
}
KL_DEFINE_FUN_2(kl_obj_bytearray___imul___obj, __imul__, bytearray___imul__);

static kl_obj_t bytearray_clear(kl_obj_t self) {
    ba_truncate(native_ba(self), 0);
    return kl_const_none;
}
KL_DEFINE_FUN_1(kl_obj_bytearray_clear_obj, clear, bytearray_clear);

static kl_obj_t bytearray_copy(kl_obj_t self) {
    kl_obj_bytearray_t *ba = native_ba(self);
    return kl_obj_new_bytearray(ba->items, ba->len);
}
KL_DEFINE_FUN_1(kl_obj_bytearray_copy_obj, copy, bytearray_copy);

static kl_obj_t bytearray_extend(kl_obj_t self, kl_obj_t iterable) {
    kl_obj_bytearray_t *ba = native_ba(self);
    const char *data;
    size_t len;
    if (kl_buffer_get_maybe(iterable, &data, &len, false)) {
        ba_append_bytes(ba, data, len);
        return kl_const_none;
    }
    kl_vstr_t out;
    kl_vstr_init(&out, 16);
    gather_ints(&out, iterable, KL_ERROR_TEXT("can't extend bytearray with %q"));
    ba_append_bytes(ba, out.buf, out.len);
    return kl_const_none;
}
KL_DEFINE_FUN_2(kl_obj_bytearray_extend_obj, extend, bytearray_extend);

static kl_obj_t bytearray_insert(kl_obj_t self, kl_obj_t index, kl_obj_t item) {
    kl_obj_bytearray_t *ba = native_ba(self);
    kl_int_t i = kl_obj_slice_get_arg_int(index);
    char byte = (char)byte_value(item);
    kl_int_t n = (kl_int_t)ba->len;
    // Like list.insert: a position off either end clamps to it.
    if (i < 0) {
        i += n;
        if (i < 0) {
            i = 0;
        }
    } else if (i > n) {
        i = n;
    }
    ba_replace_range(ba, (size_t)i, 0, &byte, 1);
    return kl_const_none;
}
KL_DEFINE_FUN_3(kl_obj_bytearray_insert_obj, insert, bytearray_insert);

static kl_obj_t bytearray_pop(size_t n_args, const kl_obj_t *args) {
    kl_obj_bytearray_t *ba = native_ba(args[0]);
    kl_int_t i = n_args > 1 ? kl_obj_slice_get_arg_int(args[1]) : -1;
    if (ba->len == 0) {
        kl_raise_IndexError(KL_ERROR_TEXT("pop from empty bytearray"));
    }
    if (i < 0) {
        i += (kl_int_t)ba->len;
    }
    if (i < 0 || i >= (kl_int_t)ba->len) {
        kl_raise_IndexError(KL_ERROR_TEXT("pop index out of range"));
    }
    uint8_t byte = (uint8_t)ba->items[i];
    kl_mem_copy(ba->items + i, ba->items + i + 1, ba->len - (size_t)i - 1);
    ba_truncate(ba, ba->len - 1);
    return KL_OBJ_NEW_SMALL_INT(byte);
}
KL_DEFINE_FUN_VAR(kl_obj_bytearray_pop_obj, pop, 1, 2, bytearray_pop);

static kl_obj_t bytearray_remove(kl_obj_t self, kl_obj_t value) {
    kl_obj_bytearray_t *ba = native_ba(self);
    char byte = (char)byte_value(value);
    const char *p = ba->len > 0 ? memchr(ba->items, byte, ba->len) : NULL;
    if (p == NULL) {
        kl_raise_ValueError(KL_ERROR_TEXT("value not found in bytearray"));
    }
    size_t i = (size_t)(p - ba->items);
    kl_mem_copy(ba->items + i, ba->items + i + 1, ba->len - i - 1);
    ba_truncate(ba, ba->len - 1);
    return kl_const_none;
}
KL_DEFINE_FUN_2(kl_obj_bytearray_remove_obj, remove, bytearray_remove);

static kl_obj_t bytearray_reverse(kl_obj_t self) {
    kl_obj_bytearray_t *ba = native_ba(self);
    for (size_t i = 0, j = ba->len; i + 1 < j; i++, j--) {
        char t = ba->items[i];
        ba->items[i] = ba->items[j - 1];
        ba->items[j - 1] = t;
    }
    return kl_const_none;
}
KL_DEFINE_FUN_1(kl_obj_bytearray_reverse_obj, reverse, bytearray_reverse);

// ==== Type object ====

const kl_obj_ops_type_t kl_type_bytearray_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_BASETYPE | KL_TYPE_FLAG_OPS,
            .name = KL_QSTR_bytearray,
            .make_new = bytearray_make_new,
            .print = bytearray_print,
            .binary_op = bytearray_binary_op,
            .locals_dict = &kl_obj_str_bytearray_locals_dict,
            .parent = &kl_type_object,
        },
    .unary_op = bytearray_unary_op,
    .subscr = bytearray_subscr,
    .getiter = bytearray_getiter,
};

#else

// A build without bytearray (KL_CFG_BYTEARRAY=0): the name is not defined and no value is one.
// The type object stays, without constructor or methods, for the type tests of the rest of the
// core (vm/buffer.c, vm/obj_int.c, vm/obj_type.c), which then never match. No value has it and
// no name binds it, so it needs no name (which keeps "bytearray" out of the qstr table).
const kl_obj_type_t kl_type_bytearray = {
    .base = {&kl_type_type},
    .parent = &kl_type_object,
};

bool kl_obj_is_bytearray(kl_obj_t o) {
    (void)o;
    return false;
}

char *kl_obj_bytearray_get_data(kl_obj_t o, size_t *len) {
    (void)o; // never called: kl_obj_is_bytearray is false for every value
    *len = 0;
    return (char *)"";
}

#endif // KL_CFG_BYTEARRAY
