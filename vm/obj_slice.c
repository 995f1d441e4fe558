// vm/obj_slice.c: slice objects and the index arithmetic every sequence type shares.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A slice object only stores what was written between the brackets; what it selects depends on
// the length of the sequence it is applied to. kl_obj_slice_indices does that resolution once,
// with CPython's clamping rules, and str, bytes, list, tuple and range all take their
// (start, stop, step, count) from it, so `s[-100:100:-2]` means the same thing everywhere.
//
// Bounds are kl_int_t. A bound that does not fit (a big int, `x[:10**100]`) is clamped to
// +/-KL_SLICE_INDEX_MAX, which is as good as infinity for a sequence that fits in memory; the
// clamping also keeps `start + len` and `-step` free of overflow. slice.indices, which computes
// with ints of any size, is left out below CORE (KL_CFG_SLICE_INDICES), and so are slices
// themselves (KL_CFG_SLICE): only the index helpers are built then, which every sequence type
// uses for its int subscripts and its index() and other integer arguments.

#include "vm/obj_slice.h"
#include "vm/gc.h"
#include "vm/obj_int.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

// ==== Index values ====

kl_slice_index_result_t kl_obj_slice_index_value(kl_obj_t o, kl_int_t *value) {
    if (KL_OBJ_IS_SMALL_INT(o)) {
        *value = KL_OBJ_SMALL_INT_VALUE(o);
        return KL_SLICE_INDEX_OK;
    }
    // An int, a bool or an instance of an int subclass is taken by its value, as CPython takes
    // it: without asking an int subclass for __index__. Anything else is asked.
    if (kl_obj_get_int_maybe(o, value)) {
        return KL_SLICE_INDEX_OK;
    }
    o = kl_obj_index_maybe(o);
    if (o == KL_OBJ_NULL) {
        return KL_SLICE_INDEX_NOT_INT;
    }
    // Without big ints every int fits.
    if (kl_obj_get_int_maybe(o, value) || !KL_CFG_BIGINT) {
        return KL_SLICE_INDEX_OK;
    }
    // A big int: clamped.
    bool neg = kl_obj_int_cmp(o, KL_OBJ_NEW_SMALL_INT(0)) < 0;
    *value = neg ? -KL_SLICE_INDEX_MAX : KL_SLICE_INDEX_MAX;
    return KL_SLICE_INDEX_OVERFLOW;
}

size_t kl_obj_slice_get_index(kl_obj_t index, size_t len, const char *range_msg,
                              const char *type_fmt) {
    kl_int_t i;
    switch (kl_obj_slice_index_value(index, &i)) {
        case KL_SLICE_INDEX_OK:
            break;
        case KL_SLICE_INDEX_OVERFLOW:
            kl_raise_IndexError(KL_ERROR_TEXT("cannot fit 'int' into an index-sized integer"));
        default:
            kl_raise_msg_fmt(&kl_type_TypeError, type_fmt, index);
    }
    return kl_obj_slice_wrap_index(i, len, range_msg);
}

size_t kl_obj_slice_wrap_index(kl_int_t i, size_t len, const char *range_msg) {
    if (i < 0) {
        i += (kl_int_t)len;
    }
    if (i < 0 || (size_t)i >= len) {
        kl_raise_IndexError(range_msg);
    }
    return (size_t)i;
}

// A start or stop argument of index(): counted from the end when negative, clamped to [0, len].
static size_t index_range_bound(kl_obj_t o, size_t len) {
    kl_int_t v;
    if (kl_obj_slice_index_value(o, &v) == KL_SLICE_INDEX_NOT_INT) {
        kl_raise_TypeError(
            KL_ERROR_TEXT("slice indices must be integers or have an __index__ method"));
    }
    return kl_obj_slice_clamp_index(v, len);
}

size_t kl_obj_slice_clamp_index(kl_int_t i, size_t len) {
    if (i < 0) {
        // No overflow: a huge bound is clamped to -KL_SLICE_INDEX_MAX.
        i += (kl_int_t)len;
        return i < 0 ? 0 : (size_t)i;
    }
    return (size_t)i > len ? len : (size_t)i;
}

void kl_obj_slice_index_range(size_t len, size_t n_args, const kl_obj_t *args, size_t *start,
                              size_t *stop) {
    *start = n_args > 2 ? index_range_bound(args[2], len) : 0;
    *stop = n_args > 3 ? index_range_bound(args[3], len) : len;
}

#if KL_CFG_SLICE
// ==== Slice resolution ====

void kl_obj_slice_adjust(size_t len, bool has_start, kl_int_t start, bool has_stop, kl_int_t stop,
                         kl_int_t step, kl_slice_indices_t *out) {
    kl_int_t n = (kl_int_t)len;
    if (!has_start) {
        start = step < 0 ? KL_SLICE_INDEX_MAX : 0;
    }
    if (!has_stop) {
        stop = step < 0 ? -KL_SLICE_INDEX_MAX : KL_SLICE_INDEX_MAX;
    }
    if (start < 0) {
        start += n;
        if (start < 0) {
            start = step < 0 ? -1 : 0;
        }
    } else if (start >= n) {
        start = step < 0 ? n - 1 : n;
    }
    if (stop < 0) {
        stop += n;
        if (stop < 0) {
            stop = step < 0 ? -1 : 0;
        }
    } else if (stop >= n) {
        stop = step < 0 ? n - 1 : n;
    }
    out->start = start;
    out->stop = stop;
    out->step = step;
    if (step < 0) {
        out->count = stop < start ? (size_t)((start - stop - 1) / -step + 1) : 0;
    } else {
        out->count = start < stop ? (size_t)((stop - start - 1) / step + 1) : 0;
    }
}

// A slice bound: None (false returned) or an int-like value, clamped.
static bool slice_bound(kl_obj_t o, kl_int_t *value) {
    if (o == kl_const_none) {
        return false;
    }
    if (kl_obj_slice_index_value(o, value) == KL_SLICE_INDEX_NOT_INT) {
        kl_raise_TypeError(
            KL_ERROR_TEXT("slice indices must be integers or None or have an __index__ method"));
    }
    return true;
}

void kl_obj_slice_indices(kl_obj_t slice, size_t len, kl_slice_indices_t *out) {
    const kl_obj_slice_t *s = KL_OBJ_TO_PTR(slice);
    kl_int_t start = 0, stop = 0, step = 1;
    if (slice_bound(s->step, &step)) {
        if (step == 0) {
            kl_raise_ValueError(KL_ERROR_TEXT("slice step cannot be zero"));
        }
    }
    bool has_start = slice_bound(s->start, &start);
    bool has_stop = slice_bound(s->stop, &stop);
    kl_obj_slice_adjust(len, has_start, start, has_stop, stop, step, out);
}

// ==== The slice type ====

kl_obj_t kl_obj_new_slice(kl_obj_t start, kl_obj_t stop, kl_obj_t step) {
    kl_obj_slice_t *s = kl_gc_alloc(sizeof(kl_obj_slice_t), 0);
    s->base.type = &kl_type_slice;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return KL_OBJ_FROM_PTR(s);
}

static kl_obj_t slice_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                               const kl_obj_t *args) {
    (void)type;
    // One test and one raise for the three ways of calling it wrongly, as range() has.
    if (n_kw != 0 || n_args - 1 > 2) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         n_kw != 0 ? KL_ERROR_TEXT("slice() takes no keyword arguments")
                         : n_args != 0
                             ? KL_ERROR_TEXT("slice expected at most 3 arguments, got %z")
                             : KL_ERROR_TEXT("slice expected at least 1 argument, got %z"),
                         n_args);
    }
    if (n_args == 1) {
        return kl_obj_new_slice(kl_const_none, args[0], kl_const_none);
    }
    return kl_obj_new_slice(args[0], args[1], n_args == 3 ? args[2] : kl_const_none);
}

static void slice_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    const kl_obj_slice_t *s = KL_OBJ_TO_PTR(o);
    kl_printf(print, "slice(%r, %r, %r)", s->start, s->stop, s->step);
}

static kl_obj_t slice_unary_op(kl_unary_op_t op, kl_obj_t o) {
    (void)o;
    // Slices are unhashable in Python 3.11: KL_OBJ_NULL for HASH lets the runtime say so.
    (void)op;
    return KL_OBJ_NULL;
}

static kl_obj_t slice_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    if (op < KL_BINARY_OP_LT || op > KL_BINARY_OP_GE || !kl_obj_is_slice(lhs) ||
        !kl_obj_is_slice(rhs)) {
        return KL_OBJ_NULL;
    }
    // Compared like the tuples (start, stop, step).
    const kl_obj_slice_t *a = KL_OBJ_TO_PTR(lhs);
    const kl_obj_slice_t *b = KL_OBJ_TO_PTR(rhs);
    return kl_obj_tuple_compare_items(op, &a->start, 3, &b->start, 3);
}

static void slice_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    const kl_obj_slice_t *s = KL_OBJ_TO_PTR(self);
    if (attr == KL_QSTR_start || attr == KL_QSTR_stop || attr == KL_QSTR_step) {
        if (dest[0] == KL_OBJ_NULL) {
            dest[0] = attr == KL_QSTR_start ? s->start : attr == KL_QSTR_stop ? s->stop : s->step;
        }
        // A store or delete leaves dest[0] set: the attributes are read-only.
        return;
    }
    // Methods: the class's own lookup.
    kl_type_generic_attr(self, attr, dest);
}

#if KL_CFG_SLICE_INDICES
// A bound of slice.indices as an int object: [o] itself when None-free, else its __index__.
static kl_obj_t indices_bound(kl_obj_t o) {
    kl_int_t v;
    if (kl_obj_slice_index_value(o, &v) == KL_SLICE_INDEX_NOT_INT) {
        kl_raise_TypeError(
            KL_ERROR_TEXT("slice indices must be integers or None or have an __index__ method"));
    }
    return kl_obj_index(o);
}

static bool int_lt(kl_obj_t a, kl_obj_t b) {
    return kl_obj_is_true(kl_binary_op(KL_BINARY_OP_LT, a, b));
}

// A start or stop of slice.indices: None gives [dflt]; a negative value counts from [length];
// the result is clamped to [lower, upper].
static kl_obj_t indices_clamp(kl_obj_t o, kl_obj_t dflt, kl_obj_t length, kl_obj_t lower,
                              kl_obj_t upper) {
    if (o == kl_const_none) {
        return dflt;
    }
    kl_obj_t v = indices_bound(o);
    kl_obj_t zero = KL_OBJ_NEW_SMALL_INT(0);
    if (int_lt(v, zero)) {
        v = kl_binary_op(KL_BINARY_OP_ADD, v, length);
        return int_lt(v, lower) ? lower : v;
    }
    return int_lt(upper, v) ? upper : v;
}

// slice.indices(length) -> (start, stop, step). Unlike indexing a sequence, it works on ints of
// any size, so it computes with int objects rather than clamped kl_int_t bounds.
static kl_obj_t slice_indices(kl_obj_t self, kl_obj_t length) {
    if (!kl_obj_is_slice(self)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("descriptor requires a 'slice' object but received a '%T'"),
                         self);
    }
    const kl_obj_slice_t *s = KL_OBJ_TO_PTR(self);
    kl_obj_t zero = KL_OBJ_NEW_SMALL_INT(0);
    kl_obj_t len = kl_obj_index(length);
    if (int_lt(len, zero)) {
        kl_raise_ValueError(KL_ERROR_TEXT("length should not be negative"));
    }
    kl_obj_t step = s->step == kl_const_none ? KL_OBJ_NEW_SMALL_INT(1) : indices_bound(s->step);
    if (kl_obj_is_true(kl_binary_op(KL_BINARY_OP_EQ, step, zero))) {
        kl_raise_ValueError(KL_ERROR_TEXT("slice step cannot be zero"));
    }
    bool back = int_lt(step, zero);
    kl_obj_t lower = back ? KL_OBJ_NEW_SMALL_INT(-1) : zero;
    kl_obj_t upper = back ? kl_binary_op(KL_BINARY_OP_ADD, len, lower) : len;
    kl_obj_t items[3] = {indices_clamp(s->start, back ? upper : lower, len, lower, upper),
                         indices_clamp(s->stop, back ? lower : upper, len, lower, upper), step};
    return kl_obj_new_tuple(3, items);
}
static KL_DEFINE_FUN_2(slice_indices_obj, indices, slice_indices);

static const kl_rom_map_elem_t slice_locals_table[] = {
    {KL_ROM_QSTR(indices), KL_ROM_PTR(&slice_indices_obj)},
};
static KL_DEFINE_CONST_DICT(slice_locals_dict, slice_locals_table);
#endif // KL_CFG_SLICE_INDICES

const kl_obj_ops_type_t kl_type_slice_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_OPS,
            .name = KL_QSTR_slice,
            .make_new = slice_make_new,
            .print = slice_print,
            .binary_op = slice_binary_op,
            .attr = slice_attr,
#if KL_CFG_SLICE_INDICES
            .locals_dict = &slice_locals_dict,
#endif
        },
    .unary_op = slice_unary_op,
};
#endif // KL_CFG_SLICE
