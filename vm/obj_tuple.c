// vm/obj_tuple.c: the tuple type, and the item-wise comparisons tuples and lists share.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A tuple is one block: the header, the length and the items inline, so a two-item tuple on a
// 32-bit board costs four words and one allocation. Tuples never change after construction,
// which is why the empty tuple can be a single const object in flash and why a tuple can hand
// out a pointer to its items (kl_obj_get_array) that stays valid as long as the tuple does.
//
// Comparison of sequences is defined once here (kl_obj_tuple_compare_items) and used by list
// and slice too: items are first tested for identity, then equality, as CPython does, so a list
// holding a NaN still equals itself.

#include <string.h>

#include "vm/gc.h"
#include "vm/obj_list.h"
#include "vm/obj_slice.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

const kl_obj_tuple_t kl_const_empty_tuple_obj = {{&kl_type_tuple}, 0};

kl_obj_tuple_t *kl_obj_tuple_alloc(size_t n) {
    if (n == 0) {
        return (kl_obj_tuple_t *)&kl_const_empty_tuple_obj;
    }
    if (n > (SIZE_MAX - sizeof(kl_obj_tuple_t)) / sizeof(kl_obj_t)) {
        kl_raise_MemoryError();
    }
    kl_obj_tuple_t *t = kl_gc_alloc(sizeof(kl_obj_tuple_t) + n * sizeof(kl_obj_t), 0);
    t->base.type = &kl_type_tuple;
    t->len = n;
    return t;
}

kl_obj_t kl_obj_new_tuple(size_t n, const kl_obj_t *items) {
    kl_obj_tuple_t *t = kl_obj_tuple_alloc(n);
    if (n > 0 && items != NULL) {
        kl_mem_copy(t->items, items, n * sizeof(kl_obj_t));
    }
    return KL_OBJ_FROM_PTR(t);
}

// The native tuple behind [o]: itself, or the tuple part of an instance of a tuple subclass.
static bool is_tuple(kl_obj_t o) {
    if (!KL_OBJ_IS_OBJ(o)) {
        return false;
    }
    const kl_obj_type_t *t = ((kl_obj_base_t *)o)->type;
    return t == &kl_type_tuple ||
           ((t->flags & KL_TYPE_FLAG_HEAP) && kl_type_native_base(t) == &kl_type_tuple);
}

static kl_obj_tuple_t *native_tuple(kl_obj_t o) {
    if (!is_tuple(o)) {
        // A method taken from the class and applied to another type: tuple.count(1, 2).
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("descriptor requires a 'tuple' object but received a '%T'"),
                         o);
    }
    if (((kl_obj_base_t *)o)->type != &kl_type_tuple) {
        o = ((kl_obj_instance_t *)o)->subobj[0];
    }
    return KL_OBJ_TO_PTR(o);
}

kl_obj_t *kl_obj_tuple_get_items(kl_obj_t o, size_t *len) {
    kl_obj_tuple_t *t = native_tuple(o);
    *len = t->len;
    return t->items;
}

kl_obj_t kl_obj_tuple_from_iterable(kl_obj_t iterable) {
    if (kl_obj_is_type(iterable, &kl_type_tuple)) {
        return iterable;
    }
    if (kl_obj_is_type(iterable, &kl_type_list)) {
        size_t n;
        kl_obj_t *items = kl_obj_list_get_items(iterable, &n);
        return kl_obj_new_tuple(n, items);
    }
    // Collect into a list first: the length is not known in advance.
    kl_obj_t list = kl_obj_list_from_iterable(iterable);
    size_t n;
    kl_obj_t *items = kl_obj_list_get_items(list, &n);
    return kl_obj_new_tuple(n, items);
}

// ==== Shared sequence helpers ====

kl_obj_t kl_obj_tuple_compare_items(kl_binary_op_t op, const kl_obj_t *a, size_t na,
                                    const kl_obj_t *b, size_t nb) {
    size_t n = na < nb ? na : nb;
    size_t i = 0;
    while (i < n && (a[i] == b[i] || kl_obj_equal(a[i], b[i]))) {
        i++;
    }
    if (i == n) {
        // One is a prefix of the other: the lengths decide.
        switch (op) {
            case KL_BINARY_OP_LT:
                return KL_OBJ_FROM_BOOL(na < nb);
            case KL_BINARY_OP_GT:
                return KL_OBJ_FROM_BOOL(na > nb);
            case KL_BINARY_OP_EQ:
                return KL_OBJ_FROM_BOOL(na == nb);
            case KL_BINARY_OP_NE:
                return KL_OBJ_FROM_BOOL(na != nb);
            case KL_BINARY_OP_LE:
                return KL_OBJ_FROM_BOOL(na <= nb);
            default:
                return KL_OBJ_FROM_BOOL(na >= nb);
        }
    }
    if (op == KL_BINARY_OP_EQ) {
        return kl_const_false;
    }
    if (op == KL_BINARY_OP_NE) {
        return kl_const_true;
    }
    // The first differing pair decides, with the operator itself (its result as it is).
    return kl_binary_op(op, a[i], b[i]);
}

kl_int_t kl_obj_tuple_find_item(const kl_obj_t *items, size_t start, size_t stop, kl_obj_t value) {
    for (size_t i = start; i < stop; i++) {
        if (items[i] == value || kl_obj_equal(items[i], value)) {
            return (kl_int_t)i;
        }
    }
    return -1;
}

void kl_obj_tuple_print_items(const kl_print_t *print, const kl_obj_t *items, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            kl_print_strn(print, ", ", 2);
        }
        kl_obj_print(print, items[i], KL_PRINT_REPR);
    }
}

// ==== Type protocol ====

static kl_obj_t tuple_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                               const kl_obj_t *args) {
    (void)type;
    if (n_kw != 0) {
        kl_raise_TypeError(KL_ERROR_TEXT("tuple() takes no keyword arguments"));
    }
    if (n_args > 1) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("tuple expected at most 1 argument, got %z"), n_args);
    }
    if (n_args == 0) {
        return kl_const_empty_tuple;
    }
    return kl_obj_tuple_from_iterable(args[0]);
}

static void tuple_print_body(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    size_t n;
    kl_obj_t *items = kl_obj_tuple_get_items(o, &n);
    kl_print_strn(print, "(", 1);
    kl_obj_tuple_print_items(print, items, n);
    kl_print_str(print, n == 1 ? ",)" : ")");
}

static void tuple_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    size_t n;
    kl_obj_tuple_get_items(o, &n);
    if (n == 0) {
        kl_print_strn(print, "()", 2);
        return;
    }
    // A tuple reached again through a list it contains prints as "(...)", like CPython.
    kl_obj_list_print_guarded(print, o, kind, tuple_print_body, "(...)");
}

// CPython's tuple hash, one xxHash round per item with the item's hash as the input lane, in
// the 64-bit or the 32-bit variant after the machine word; equal tuples of equal hashes order a
// set as in CPython.
#if UINTPTR_MAX > 0xffffffffu
#define XXPRIME_1 ((kl_uint_t)11400714785074694791ULL)
#define XXPRIME_2 ((kl_uint_t)14029467366897019727ULL)
#define XXPRIME_5 ((kl_uint_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))
#else
#define XXPRIME_1 ((kl_uint_t)2654435761UL)
#define XXPRIME_2 ((kl_uint_t)2246822519UL)
#define XXPRIME_5 ((kl_uint_t)374761393UL)
#define XXROTATE(x) (((x) << 13) | ((x) >> 19))
#endif

kl_uint_t kl_obj_tuple_hash(kl_obj_t o) {
    size_t n;
    kl_obj_t *items = kl_obj_tuple_get_items(o, &n);
    kl_uint_t acc = XXPRIME_5;
    for (size_t i = 0; i < n; i++) {
        acc += kl_obj_hash(items[i]) * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    // The length, mangled so that hash(()) keeps its historical value.
    acc += (kl_uint_t)n ^ (XXPRIME_5 ^ (kl_uint_t)3527539UL);
    if (acc == (kl_uint_t)-1) {
        return 1546275796;
    }
    return acc;
}

static kl_obj_t tuple_unary_op(kl_unary_op_t op, kl_obj_t o) {
    size_t n;
    kl_obj_tuple_get_items(o, &n);
    switch (op) {
        case KL_UNARY_OP_BOOL:
            return KL_OBJ_FROM_BOOL(n != 0);
        case KL_UNARY_OP_LEN:
            return KL_OBJ_NEW_SMALL_INT(n);
        case KL_UNARY_OP_HASH:
            // A full word: an int object when it is too big for a small int.
            return kl_obj_new_int((kl_int_t)KL_HASH_FIT(kl_obj_tuple_hash(o)));
        default:
            return KL_OBJ_NULL;
    }
}

// [seq] * [count] for a tuple [seq]; KL_OBJ_NULL lets a class of [count] try __rmul__.
static kl_obj_t tuple_repeat(kl_obj_t seq, kl_obj_t count) {
    kl_int_t k;
    switch (kl_obj_slice_index_value(count, &k)) {
        case KL_SLICE_INDEX_OK:
            break;
        case KL_SLICE_INDEX_OVERFLOW:
            kl_raise_OverflowError(KL_ERROR_TEXT("cannot fit 'int' into an index-sized integer"));
        default:
            if (KL_OBJ_IS_OBJ(count) &&
                (((kl_obj_base_t *)count)->type->flags & KL_TYPE_FLAG_HEAP)) {
                return KL_OBJ_NULL;
            }
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("can't multiply sequence by non-int of type '%T'"),
                             count);
    }
    size_t n;
    kl_obj_t *items = kl_obj_tuple_get_items(seq, &n);
    if (k <= 0 || n == 0) {
        return kl_const_empty_tuple;
    }
    if (k == 1 && kl_obj_is_type(seq, &kl_type_tuple)) {
        return seq;
    }
    if ((size_t)k > SIZE_MAX / sizeof(kl_obj_t) / n) {
        kl_raise_MemoryError();
    }
    kl_obj_tuple_t *t = kl_obj_tuple_alloc(n * (size_t)k);
    items = kl_obj_tuple_get_items(seq, &n);
    for (kl_int_t i = 0; i < k; i++) {
        kl_mem_copy(t->items + (size_t)i * n, items, n * sizeof(kl_obj_t));
    }
    return KL_OBJ_FROM_PTR(t);
}

static kl_obj_t tuple_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    if (!is_tuple(lhs)) {
        // Reached for the right operand: `3 * (1,)`.
        return op == KL_BINARY_OP_MUL ? tuple_repeat(rhs, lhs) : KL_OBJ_NULL;
    }
    size_t na;
    kl_obj_t *a = kl_obj_tuple_get_items(lhs, &na);
    switch (op) {
        case KL_BINARY_OP_ADD: {
            if (!is_tuple(rhs)) {
                if (KL_OBJ_IS_OBJ(rhs) &&
                    (((kl_obj_base_t *)rhs)->type->flags & KL_TYPE_FLAG_HEAP)) {
                    return KL_OBJ_NULL;
                }
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("can only concatenate tuple (not \"%T\") to tuple"),
                                 rhs);
            }
            size_t nb;
            kl_obj_t *b = kl_obj_tuple_get_items(rhs, &nb);
            if (nb == 0 && kl_obj_is_type(lhs, &kl_type_tuple)) {
                return lhs;
            }
            if (na == 0 && kl_obj_is_type(rhs, &kl_type_tuple)) {
                return rhs;
            }
            kl_obj_tuple_t *t = kl_obj_tuple_alloc(na + nb);
            kl_mem_copy(t->items, a, na * sizeof(kl_obj_t));
            kl_mem_copy(t->items + na, b, nb * sizeof(kl_obj_t));
            return KL_OBJ_FROM_PTR(t);
        }
        case KL_BINARY_OP_MUL:
            return tuple_repeat(lhs, rhs);
        case KL_BINARY_OP_LT:
        case KL_BINARY_OP_GT:
        case KL_BINARY_OP_EQ:
        case KL_BINARY_OP_NE:
        case KL_BINARY_OP_LE:
        case KL_BINARY_OP_GE: {
            if (!is_tuple(rhs)) {
                return KL_OBJ_NULL;
            }
            size_t nb;
            kl_obj_t *b = kl_obj_tuple_get_items(rhs, &nb);
            return kl_obj_tuple_compare_items(op, a, na, b, nb);
        }
        case KL_BINARY_OP_CONTAINS:
            return KL_OBJ_FROM_BOOL(kl_obj_tuple_find_item(a, 0, na, rhs) >= 0);
        default:
            return KL_OBJ_NULL;
    }
}

static kl_obj_t tuple_subscr(kl_obj_t self, kl_obj_t index, kl_obj_t value) {
    if (value == KL_OBJ_NULL) {
        kl_raise_TypeError(KL_ERROR_TEXT("'tuple' object doesn't support item deletion"));
    }
    if (value != KL_OBJ_SENTINEL) {
        kl_raise_TypeError(KL_ERROR_TEXT("'tuple' object does not support item assignment"));
    }
    size_t n;
    kl_obj_t *items = kl_obj_tuple_get_items(self, &n);
#if KL_CFG_SLICE
    if (kl_obj_is_slice(index)) {
        kl_slice_indices_t ind;
        kl_obj_slice_indices(index, n, &ind);
        if (ind.step == 1 && ind.count == n && kl_obj_is_type(self, &kl_type_tuple)) {
            return self;
        }
        kl_obj_tuple_t *t = kl_obj_tuple_alloc(ind.count);
        items = kl_obj_tuple_get_items(self, &n);
        kl_int_t j = ind.start;
        for (size_t i = 0; i < ind.count; i++, j += ind.step) {
            t->items[i] = items[j];
        }
        return KL_OBJ_FROM_PTR(t);
    }
#endif
    size_t i =
        kl_obj_slice_get_index(index, n, KL_ERROR_TEXT("tuple index out of range"),
                               KL_ERROR_TEXT("tuple indices must be integers or slices, not %T"));
    return items[i];
}

// ==== Iteration ====

// Tuple iterators keep the tuple and the next index; list iterators (vm/obj_list.c) have the
// same shape but reread the length at every step.
typedef struct _tuple_iter_t {
    kl_obj_base_t base;
    kl_obj_t seq;
    size_t index;
} tuple_iter_t;

static kl_obj_t tuple_iter_next(kl_obj_t self) {
    tuple_iter_t *it = KL_OBJ_TO_PTR(self);
    size_t n;
    kl_obj_t *items = kl_obj_tuple_get_items(it->seq, &n);
    if (it->index >= n) {
        return KL_OBJ_STOP_ITERATION;
    }
    return items[it->index++];
}

static const kl_obj_iter_type_t tuple_iterator_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_tuple_iterator,
            .parent = &kl_type_object,
        },
    .getiter = kl_iter_self,
    .iternext = tuple_iter_next,
};
#define tuple_iterator_type (tuple_iterator_type_head.type)

static kl_obj_t tuple_getiter(kl_obj_t self, kl_obj_iter_buf_t *iter_buf) {
    tuple_iter_t *it =
        iter_buf != NULL ? (tuple_iter_t *)iter_buf : kl_gc_alloc(sizeof(tuple_iter_t), 0);
    it->base.type = &tuple_iterator_type;
    it->seq = self;
    it->index = 0;
    return KL_OBJ_FROM_PTR(it);
}

// ==== Methods ====

static kl_obj_t tuple_count(kl_obj_t self, kl_obj_t value) {
    size_t n;
    kl_obj_t *items = kl_obj_tuple_get_items(self, &n);
    kl_int_t count = 0;
    for (size_t i = 0; i < n; i++) {
        if (items[i] == value || kl_obj_equal(items[i], value)) {
            count++;
        }
    }
    return KL_OBJ_NEW_SMALL_INT(count);
}
static KL_DEFINE_FUN_2(tuple_count_obj, count, tuple_count);

static kl_obj_t tuple_index(size_t n_args, const kl_obj_t *args) {
    size_t n;
    kl_obj_t *items = kl_obj_tuple_get_items(args[0], &n);
    size_t start, stop;
    kl_obj_slice_index_range(n, n_args, args, &start, &stop);
    kl_int_t i = kl_obj_tuple_find_item(items, start, stop, args[1]);
    if (i < 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("tuple.index(x): x not in tuple"));
    }
    return KL_OBJ_NEW_SMALL_INT(i);
}
static KL_DEFINE_FUN_VAR(tuple_index_obj, index, 2, 4, tuple_index);

static const kl_map_elem_t tuple_locals_table[] = {
    {KL_ROM_QSTR(count), KL_ROM_PTR(&tuple_count_obj)},
    {KL_ROM_QSTR(index), KL_ROM_PTR(&tuple_index_obj)},
};
static KL_DEFINE_CONST_DICT(tuple_locals_dict, tuple_locals_table);

const kl_obj_ops_type_t kl_type_tuple_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_BASETYPE | KL_TYPE_FLAG_OPS,
            .name = KL_QSTR_tuple,
            .make_new = tuple_make_new,
            .print = tuple_print,
            .binary_op = tuple_binary_op,
            .locals_dict = &tuple_locals_dict,
            .parent = &kl_type_object,
        },
    .unary_op = tuple_unary_op,
    .subscr = tuple_subscr,
    .getiter = tuple_getiter,
};
