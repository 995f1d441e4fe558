// vm/obj_range.c: the range type and its iterator.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A range stores start, stop and step as machine integers and computes everything else (length,
// items, membership) arithmetically, so `for i in range(n)` allocates nothing (the iterator
// lives in the caller's iter_buf) and `x in range(a, b, c)` is O(1). CPython allows bounds of
// any size; here a bound must fit in kl_int_t (OverflowError otherwise), and len() of a range
// must fit in a small int, which on a 32-bit board means below 2**30. Both are deliberate
// differences from CPython: a range that large cannot be iterated on a board anyway.
//
// Lengths and items are computed in unsigned arithmetic, where stop - start cannot overflow even
// for range(-2**62, 2**62); an item is always between start and stop, so it fits in kl_int_t.

#include "vm/gc.h"
#include "vm/obj_slice.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

typedef struct _kl_obj_range_t {
    kl_obj_base_t base;
    kl_int_t start;
    kl_int_t stop;
    kl_int_t step;
} kl_obj_range_t;

// The number of items of range(start, stop, step), step != 0.
static kl_uint_t range_count(kl_int_t start, kl_int_t stop, kl_int_t step) {
    if (step > 0) {
        if (start >= stop) {
            return 0;
        }
        return ((kl_uint_t)stop - (kl_uint_t)start - 1) / (kl_uint_t)step + 1;
    }
    if (start <= stop) {
        return 0;
    }
    return ((kl_uint_t)start - (kl_uint_t)stop - 1) / (0 - (kl_uint_t)step) + 1;
}

// start + i * step for an i below the length (so the result lies inside the range).
static kl_int_t range_item(const kl_obj_range_t *r, kl_uint_t i) {
    return (kl_int_t)((kl_uint_t)r->start + i * (kl_uint_t)r->step);
}

static kl_obj_t new_range(kl_int_t start, kl_int_t stop, kl_int_t step) {
    kl_obj_range_t *r = kl_gc_alloc(sizeof(kl_obj_range_t), KL_GC_ATOMIC);
    r->base.type = &kl_type_range;
    r->start = start;
    r->stop = stop;
    r->step = step;
    return KL_OBJ_FROM_PTR(r);
}

static kl_obj_t range_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                               const kl_obj_t *args) {
    (void)type;
    if (n_kw != 0) {
        kl_raise_TypeError(KL_ERROR_TEXT("range() takes no keyword arguments"));
    }
    if (n_args == 0) {
        kl_raise_TypeError(KL_ERROR_TEXT("range expected at least 1 argument, got 0"));
    }
    if (n_args > 3) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("range expected at most 3 arguments, got %z"), n_args);
    }
    kl_int_t v[3] = {0, 0, 1};
    for (size_t i = 0; i < n_args; i++) {
        v[n_args == 1 ? 1 : i] = kl_obj_slice_get_arg_int(args[i]);
    }
    if (v[2] == 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("range() arg 3 must not be zero"));
    }
    return new_range(v[0], v[1], v[2]);
}

static void range_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    const kl_obj_range_t *r = KL_OBJ_TO_PTR(o);
    kl_printf(print, "range(%r, %r", kl_obj_new_int(r->start), kl_obj_new_int(r->stop));
    if (r->step != 1) {
        kl_printf(print, ", %r", kl_obj_new_int(r->step));
    }
    kl_print_strn(print, ")", 1);
}

// The length as a small int, or OverflowError.
static kl_uint_t range_len_checked(const kl_obj_range_t *r) {
    kl_uint_t n = range_count(r->start, r->stop, r->step);
    if (n > (kl_uint_t)KL_SMALL_INT_MAX) {
        kl_raise_OverflowError(KL_ERROR_TEXT("Python int too large to convert to C ssize_t"));
    }
    return n;
}

static kl_obj_t range_unary_op(kl_unary_op_t op, kl_obj_t o) {
    const kl_obj_range_t *r = KL_OBJ_TO_PTR(o);
    kl_uint_t n = range_count(r->start, r->stop, r->step);
    switch (op) {
        case KL_UNARY_OP_BOOL:
            return KL_OBJ_FROM_BOOL(n != 0);
        case KL_UNARY_OP_LEN:
            return KL_OBJ_NEW_SMALL_INT(range_len_checked(r));
        case KL_UNARY_OP_HASH: {
            // Equal ranges (same items) must hash equal: hash what equality looks at.
            kl_obj_t parts[3] = {kl_obj_new_int_from_uint(n), kl_const_none, kl_const_none};
            if (n > 0) {
                parts[1] = kl_obj_new_int(r->start);
                if (n > 1) {
                    parts[2] = kl_obj_new_int(r->step);
                }
            }
            return KL_OBJ_NEW_SMALL_INT(kl_obj_hash(kl_obj_new_tuple(3, parts)) &
                                        (kl_uint_t)KL_SMALL_INT_MAX);
        }
        default:
            return KL_OBJ_NULL;
    }
}

// The position of the int [value] in [r], or -1.
static kl_int_t range_index_of_int(const kl_obj_range_t *r, kl_int_t value) {
    kl_uint_t off;
    if (r->step > 0) {
        if (value < r->start || value >= r->stop) {
            return -1;
        }
        off = (kl_uint_t)value - (kl_uint_t)r->start;
        if (off % (kl_uint_t)r->step != 0) {
            return -1;
        }
        return (kl_int_t)(off / (kl_uint_t)r->step);
    }
    if (value > r->start || value <= r->stop) {
        return -1;
    }
    off = (kl_uint_t)r->start - (kl_uint_t)value;
    kl_uint_t step = 0 - (kl_uint_t)r->step;
    if (off % step != 0) {
        return -1;
    }
    return (kl_int_t)(off / step);
}

// The position of [value] in [r] or -1: O(1) for ints, a scan comparing items otherwise
// (2.0 in range(3) is True, as in CPython).
static kl_int_t range_find(const kl_obj_range_t *r, kl_obj_t value) {
    if (KL_OBJ_IS_SMALL_INT(value) || value == kl_const_false || value == kl_const_true) {
        kl_int_t v;
        kl_obj_slice_index_value(value, &v);
        return range_index_of_int(r, v);
    }
    if (kl_obj_is_type(value, &kl_type_int)) {
        kl_int_t v;
        if (!kl_obj_get_int_maybe(value, &v)) {
            return -1; // beyond kl_int_t, so beyond every bound
        }
        return range_index_of_int(r, v);
    }
    kl_uint_t n = range_count(r->start, r->stop, r->step);
    for (kl_uint_t i = 0; i < n; i++) {
        if (kl_obj_equal(kl_obj_new_int(range_item(r, i)), value)) {
            return (kl_int_t)i;
        }
    }
    return -1;
}

static kl_obj_t range_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    if (!kl_obj_is_type(lhs, &kl_type_range)) {
        return KL_OBJ_NULL;
    }
    const kl_obj_range_t *a = KL_OBJ_TO_PTR(lhs);
    switch (op) {
        case KL_BINARY_OP_EQ:
        case KL_BINARY_OP_NE: {
            if (!kl_obj_is_type(rhs, &kl_type_range)) {
                return KL_OBJ_NULL;
            }
            // Ranges are equal when they produce the same items.
            const kl_obj_range_t *b = KL_OBJ_TO_PTR(rhs);
            kl_uint_t na = range_count(a->start, a->stop, a->step);
            kl_uint_t nb = range_count(b->start, b->stop, b->step);
            bool eq =
                na == nb && (na == 0 || (a->start == b->start && (na == 1 || a->step == b->step)));
            return KL_OBJ_FROM_BOOL(eq == (op == KL_BINARY_OP_EQ));
        }
        case KL_BINARY_OP_CONTAINS:
            return KL_OBJ_FROM_BOOL(range_find(a, rhs) >= 0);
        default:
            return KL_OBJ_NULL;
    }
}

// a + b * c, or OverflowError when it does not fit in kl_int_t.
static kl_int_t mul_add_checked(kl_int_t a, kl_int_t b, kl_int_t c) {
    kl_int_t r;
#if defined(__GNUC__)
    if (__builtin_mul_overflow(b, c, &r) || __builtin_add_overflow(a, r, &r)) {
        kl_raise_OverflowError(KL_ERROR_TEXT("Python int too large to convert to C ssize_t"));
    }
#else
    // Portable: do it in unsigned arithmetic and check by division.
    if (b != 0 &&
        (c > KL_SLICE_INDEX_MAX / (b < 0 ? -b : b) || c < -KL_SLICE_INDEX_MAX / (b < 0 ? -b : b))) {
        kl_raise_OverflowError(KL_ERROR_TEXT("Python int too large to convert to C ssize_t"));
    }
    r = b * c;
    if ((r > 0 && a > KL_SLICE_INDEX_MAX - r) || (r < 0 && a < -KL_SLICE_INDEX_MAX - r)) {
        kl_raise_OverflowError(KL_ERROR_TEXT("Python int too large to convert to C ssize_t"));
    }
    r = a + r;
#endif
    return r;
}

static kl_obj_t range_subscr(kl_obj_t self, kl_obj_t index, kl_obj_t value) {
    if (value != KL_OBJ_SENTINEL) {
        return KL_OBJ_NULL; // the runtime: "'range' object does not support item assignment"
    }
    const kl_obj_range_t *r = KL_OBJ_TO_PTR(self);
    kl_uint_t n = range_count(r->start, r->stop, r->step);
    if (kl_obj_is_slice(index)) {
        // The items selected by the slice are again an arithmetic progression.
        kl_slice_indices_t ind;
        kl_obj_slice_indices(index, (size_t)range_len_checked(r), &ind);
        kl_int_t start = mul_add_checked(r->start, ind.start, r->step);
        kl_int_t stop = mul_add_checked(r->start, ind.stop, r->step);
        kl_int_t step = mul_add_checked(0, ind.step, r->step);
        return new_range(start, stop, step);
    }
    kl_int_t i;
    switch (kl_obj_slice_index_value(index, &i)) {
        case KL_SLICE_INDEX_OK:
            break;
        case KL_SLICE_INDEX_OVERFLOW:
            kl_raise_IndexError(KL_ERROR_TEXT("range object index out of range"));
        default:
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("range indices must be integers or slices, not %T"),
                             index);
    }
    if (i < 0) {
        if ((kl_uint_t) - (i + 1) >= n) {
            kl_raise_IndexError(KL_ERROR_TEXT("range object index out of range"));
        }
        return kl_obj_new_int(range_item(r, n - (kl_uint_t) - (i + 1) - 1));
    }
    if ((kl_uint_t)i >= n) {
        kl_raise_IndexError(KL_ERROR_TEXT("range object index out of range"));
    }
    return kl_obj_new_int(range_item(r, (kl_uint_t)i));
}

static void range_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    const kl_obj_range_t *r = KL_OBJ_TO_PTR(self);
    if (attr == KL_QSTR_start || attr == KL_QSTR_stop || attr == KL_QSTR_step) {
        if (dest[0] == KL_OBJ_NULL) {
            kl_int_t v = attr == KL_QSTR_start  ? r->start
                         : attr == KL_QSTR_stop ? r->stop
                                                : r->step;
            dest[0] = kl_obj_new_int(v);
        }
        // A store or delete leaves dest[0] set: the attributes are read-only.
        return;
    }
    // Methods: the class's own lookup.
    kl_type_generic_attr(self, attr, dest);
}

// ==== Iteration ====

// Counts the items left rather than comparing with stop, so that the last step never needs to
// compute a value beyond the range (which could overflow).
typedef struct _range_iter_t {
    kl_obj_base_t base;
    kl_int_t cur;
    kl_int_t step;
    kl_uint_t left;
} range_iter_t;

static kl_obj_t range_iter_next(kl_obj_t self) {
    range_iter_t *it = KL_OBJ_TO_PTR(self);
    if (it->left == 0) {
        return KL_OBJ_STOP_ITERATION;
    }
    kl_int_t v = it->cur;
    if (--it->left > 0) {
        it->cur = (kl_int_t)((kl_uint_t)it->cur + (kl_uint_t)it->step);
    }
    return v >= KL_SMALL_INT_MIN && v <= KL_SMALL_INT_MAX ? KL_OBJ_NEW_SMALL_INT(v)
                                                          : kl_obj_new_int(v);
}

static const kl_obj_type_t range_iterator_type = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID,
    .name = KL_QSTR_range_iterator,
    .getiter = kl_iter_self,
    .iternext = range_iter_next,
    .parent = &kl_type_object,
};

static kl_obj_t new_range_iter(kl_obj_iter_buf_t *iter_buf, kl_int_t cur, kl_int_t step,
                               kl_uint_t left) {
    range_iter_t *it = iter_buf != NULL ? (range_iter_t *)iter_buf
                                        : kl_gc_alloc(sizeof(range_iter_t), KL_GC_ATOMIC);
    it->base.type = &range_iterator_type;
    it->cur = cur;
    it->step = step;
    it->left = left;
    return KL_OBJ_FROM_PTR(it);
}

static kl_obj_t range_getiter(kl_obj_t self, kl_obj_iter_buf_t *iter_buf) {
    const kl_obj_range_t *r = KL_OBJ_TO_PTR(self);
    return new_range_iter(iter_buf, r->start, r->step, range_count(r->start, r->stop, r->step));
}

// ==== Methods ====

// The range a method was called on (checked: range.count may be handed anything).
static const kl_obj_range_t *range_self(kl_obj_t o) {
    if (!kl_obj_is_type(o, &kl_type_range)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("descriptor requires a 'range' object but received a '%T'"),
                         o);
    }
    return KL_OBJ_TO_PTR(o);
}

// reversed(range): the same items from the last one down.
static kl_obj_t range___reversed__(kl_obj_t self) {
    const kl_obj_range_t *r = range_self(self);
    kl_uint_t n = range_count(r->start, r->stop, r->step);
    kl_int_t last = n > 0 ? range_item(r, n - 1) : r->start;
    // Negated in unsigned arithmetic: -step may not fit in kl_int_t, but the iterator adds it
    // with unsigned wrap-around, which lands on the right item all the same.
    kl_int_t step = (kl_int_t)(0 - (kl_uint_t)r->step);
    return new_range_iter(NULL, last, step, n);
}
static KL_DEFINE_FUN_1(range___reversed___obj, __reversed__, range___reversed__);

static kl_obj_t range_count_method(kl_obj_t self, kl_obj_t value) {
    const kl_obj_range_t *r = range_self(self);
    if (KL_OBJ_IS_SMALL_INT(value) || kl_obj_is_type(value, &kl_type_int) ||
        value == kl_const_false || value == kl_const_true) {
        return KL_OBJ_NEW_SMALL_INT(range_find(r, value) >= 0);
    }
    // Other values may equal several items (a class with a permissive __eq__).
    kl_uint_t n = range_count(r->start, r->stop, r->step);
    kl_int_t count = 0;
    for (kl_uint_t i = 0; i < n; i++) {
        if (kl_obj_equal(kl_obj_new_int(range_item(r, i)), value)) {
            count++;
        }
    }
    return KL_OBJ_NEW_SMALL_INT(count);
}
static KL_DEFINE_FUN_2(range_count_obj, count, range_count_method);

static kl_obj_t range_index(kl_obj_t self, kl_obj_t value) {
    kl_int_t i = range_find(range_self(self), value);
    if (i < 0) {
        if (KL_OBJ_IS_SMALL_INT(value) || kl_obj_is_type(value, &kl_type_int) ||
            value == kl_const_false || value == kl_const_true) {
            kl_raise_msg_fmt(&kl_type_ValueError, KL_ERROR_TEXT("%r is not in range"), value);
        }
        kl_raise_ValueError(KL_ERROR_TEXT("sequence.index(x): x not in sequence"));
    }
    return kl_obj_new_int(i);
}
static KL_DEFINE_FUN_2(range_index_obj, index, range_index);

static const kl_map_elem_t range_locals_table[] = {
    {KL_ROM_QSTR(__reversed__), KL_ROM_PTR(&range___reversed___obj)},
    {KL_ROM_QSTR(count), KL_ROM_PTR(&range_count_obj)},
    {KL_ROM_QSTR(index), KL_ROM_PTR(&range_index_obj)},
};
static KL_DEFINE_CONST_DICT(range_locals_dict, range_locals_table);

const kl_obj_type_t kl_type_range = {
    .base = {&kl_type_type},
    .flags = 0,
    .name = KL_QSTR_range,
    .make_new = range_make_new,
    .print = range_print,
    .unary_op = range_unary_op,
    .binary_op = range_binary_op,
    .attr = range_attr,
    .subscr = range_subscr,
    .getiter = range_getiter,
    .locals_dict = &range_locals_dict,
    .parent = &kl_type_object,
};
