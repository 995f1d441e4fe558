// vm/obj_tuple.c: the tuple type, and the sequence operations tuples and lists share.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A tuple is one block: the header, the length and the items inline, so a two-item tuple on a
// 32-bit board costs four words and one allocation. Tuples never change after construction,
// which is why the empty tuple can be a single const object in flash and why a tuple can hand
// out a pointer to its items (kl_obj_get_array) that stays valid as long as the tuple does.
//
// What only reads the items of a list or a tuple (comparison, repr, len, `in`, count, index,
// concatenation, repetition, iteration) is defined once here and serves both types; list adds
// what changes a list (vm/obj_list.c). Items are first tested for identity, then equality, as
// CPython does (kl_obj_equal does both), so a list holding a NaN still equals itself.

#include <string.h>

#include "vm/gc.h"
#include "vm/obj_int.h"
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

static kl_obj_tuple_t *native_tuple(kl_obj_t o) {
    return KL_OBJ_TO_PTR(kl_obj_tuple_seq_check(o, &kl_type_tuple));
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
    // Anything but a list is collected into one first: the length is not known in advance.
    kl_obj_t list =
        kl_obj_is_type(iterable, &kl_type_list) ? iterable : kl_obj_list_from_iterable(iterable);
    size_t n;
    kl_obj_t *items = kl_obj_list_get_items(list, &n);
    return kl_obj_new_tuple(n, items);
}

// ==== Shared sequence code ====
// Lists and tuples share everything that only reads the items: comparison, repr, len, `in`,
// count and index, concatenation, repetition and iteration, written once over (items, len).
// Python code run from inside (an __eq__, a __repr__) may change a list, so the loops below
// re-read the items and the length after every such call; for a tuple that is merely redundant.

_Static_assert(offsetof(kl_obj_tuple_t, len) == offsetof(kl_obj_list_t, len),
               "lists and tuples keep their length in the same place");

const kl_obj_type_t *kl_obj_tuple_seq_type(kl_obj_t o) {
    if (!KL_OBJ_IS_OBJ(o)) {
        return NULL;
    }
    const kl_obj_type_t *t = ((kl_obj_base_t *)o)->type;
    if (t->flags & KL_TYPE_FLAG_HEAP) {
        t = kl_type_native_base(t);
    }
    return t == &kl_type_list || t == &kl_type_tuple ? t : NULL;
}

// The native list or tuple behind [o], a list or tuple or an instance of a subclass of one.
static kl_obj_t seq_native(kl_obj_t o) {
    const kl_obj_type_t *t = ((kl_obj_base_t *)o)->type;
    if (t != &kl_type_list && t != &kl_type_tuple) {
        o = ((kl_obj_instance_t *)o)->subobj[0];
    }
    return o;
}

kl_obj_t kl_obj_tuple_seq_check(kl_obj_t o, const kl_obj_type_t *type) {
    if (kl_obj_tuple_seq_type(o) != type) {
        // A method taken from the class and applied to another type: list.append(1, 2).
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("descriptor requires a '%q' object but received a '%T'"),
                         type->name, o);
    }
    return seq_native(o);
}

// The items and the length of the native list or tuple [seq], as they are now.
static kl_obj_t *seq_items(kl_obj_t seq, size_t *len) {
    kl_obj_tuple_t *t = KL_OBJ_TO_PTR(seq);
    *len = t->len;
    return t->base.type == &kl_type_tuple ? t->items : ((kl_obj_list_t *)t)->items;
}

kl_obj_t *kl_obj_tuple_seq_items(kl_obj_t o, size_t *len) {
    return seq_items(seq_native(o), len);
}

static bool seq_is_tuple(kl_obj_t seq) {
    return ((kl_obj_base_t *)seq)->type == &kl_type_tuple;
}

// A new list or tuple of [n] items, all KL_OBJ_NULL for the caller to fill in.
static kl_obj_t seq_new(bool tuple, size_t n) {
    return tuple ? KL_OBJ_FROM_PTR(kl_obj_tuple_alloc(n)) : kl_obj_new_list(n, NULL);
}

kl_int_t kl_obj_tuple_seq_find(kl_obj_t seq, size_t start, size_t stop, kl_obj_t value,
                               bool count) {
    seq = seq_native(seq);
    kl_int_t found = 0;
    for (size_t i = start; i < stop; i++) {
        size_t n;
        kl_obj_t *items = seq_items(seq, &n);
        if (i >= n) {
            break;
        }
        if (kl_obj_equal(items[i], value)) {
            if (!count) {
                return (kl_int_t)i;
            }
            found++;
        }
    }
    return count ? found : -1;
}

kl_obj_t kl_obj_tuple_seq_count(const kl_obj_type_t *type, kl_obj_t self, kl_obj_t value) {
    kl_obj_t seq = kl_obj_tuple_seq_check(self, type);
    return KL_OBJ_NEW_SMALL_INT(kl_obj_tuple_seq_find(seq, 0, SIZE_MAX, value, true));
}

kl_obj_t kl_obj_tuple_seq_index(const kl_obj_type_t *type, size_t n_args, const kl_obj_t *args) {
    kl_obj_t seq = kl_obj_tuple_seq_check(args[0], type);
    size_t n, start, stop;
    seq_items(seq, &n);
    kl_obj_slice_index_range(n, n_args, args, &start, &stop);
    kl_int_t i = kl_obj_tuple_seq_find(seq, start, stop, args[1], false);
    if (i < 0) {
        kl_raise_msg_fmt(&kl_type_ValueError,
                         type == &kl_type_list ? KL_ERROR_TEXT("%r is not in list")
                                               : KL_ERROR_TEXT("tuple.index(x): x not in tuple"),
                         args[1]);
    }
    return KL_OBJ_NEW_SMALL_INT(i);
}

kl_obj_t kl_obj_tuple_compare_items(kl_binary_op_t op, const kl_obj_t *a, size_t na,
                                    const kl_obj_t *b, size_t nb) {
    size_t n = na < nb ? na : nb;
    size_t i = 0;
    while (i < n && kl_obj_equal(a[i], b[i])) {
        i++;
    }
    if (i == n) {
        // One is a prefix of the other: the lengths decide, compared as the ints they are.
        return kl_obj_int_binary_op(op, KL_OBJ_NEW_SMALL_INT(na), KL_OBJ_NEW_SMALL_INT(nb));
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

static void seq_print_body(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    kl_obj_t seq = seq_native(o);
    bool tuple = seq_is_tuple(seq);
    kl_print_strn(print, &"[("[tuple], 1);
    size_t n, i = 0;
    kl_obj_t *items;
    while (items = seq_items(seq, &n), i < n) {
        // The first item without the ", ".
        kl_printf(print, &", %r"[i == 0 ? 2 : 0], items[i]);
        i++;
    }
    // "]", ",)" or ")", from one string.
    kl_print_str(print, &"]\0,)"[!tuple ? 0 : n == 1 ? 2 : 3]);
}

void kl_obj_tuple_seq_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    kl_obj_t seq = seq_native(o);
    // A container reached again through itself prints as "[...]" or "(...)", like CPython.
    kl_obj_list_print_guarded(print, o, kind, seq_print_body,
                              seq_is_tuple(seq) ? "(...)" : "[...]");
}

#if KL_CFG_TUPLE_HASH_FULL
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

#else // KL_CFG_TUPLE_HASH_FULL

// The item hashes mixed by a multiply and an xor each, with the length as the seed: equal tuples
// hash equal, and only the values tell it from CPython's xxHash (vm/config.h).
kl_uint_t kl_obj_tuple_hash(kl_obj_t o) {
    size_t n;
    kl_obj_t *items = kl_obj_tuple_get_items(o, &n);
    kl_uint_t acc = n;
    for (size_t i = 0; i < n; i++) {
        acc = (acc * 1000003u) ^ kl_obj_hash(items[i]);
    }
    return acc;
}

#endif // KL_CFG_TUPLE_HASH_FULL

kl_obj_t kl_obj_tuple_seq_unary_op(kl_unary_op_t op, kl_obj_t o) {
    kl_obj_t seq = seq_native(o);
    size_t n;
    seq_items(seq, &n);
    switch (op) {
        case KL_UNARY_OP_BOOL:
            return KL_OBJ_FROM_BOOL(n != 0);
        case KL_UNARY_OP_LEN:
            return KL_OBJ_NEW_SMALL_INT(n);
        case KL_UNARY_OP_HASH:
            // Lists are unhashable (NULL: the runtime says so). A tuple's hash is a full word:
            // an int object when it is too big for a small int.
            return seq_is_tuple(seq) ? kl_obj_new_int((kl_int_t)KL_HASH_FIT(kl_obj_tuple_hash(o)))
                                     : KL_OBJ_NULL;
        default:
            return KL_OBJ_NULL;
    }
}

kl_int_t kl_obj_tuple_repeat_count(kl_obj_t count) {
    kl_int_t k;
    switch (kl_obj_slice_index_value(count, &k)) {
        case KL_SLICE_INDEX_OK:
            return k < 0 ? 0 : k;
        case KL_SLICE_INDEX_OVERFLOW:
            kl_raise_OverflowError(KL_ERROR_TEXT("cannot fit 'int' into an index-sized integer"));
        default:
            // Without messages the runtime's TypeError serves: no builtin type multiplies a
            // sequence from the right.
            if (!KL_CFG_ERROR_TEXT ||
                (KL_OBJ_IS_OBJ(count) &&
                 (((kl_obj_base_t *)count)->type->flags & KL_TYPE_FLAG_HEAP))) {
                return -1;
            }
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("can't multiply sequence by non-int of type '%T'"),
                             count);
    }
}

// [seq] * [count] for a list or tuple [seq]; KL_OBJ_NULL lets a class of [count] try __rmul__.
static kl_obj_t seq_repeat(kl_obj_t seq, kl_obj_t count) {
    kl_int_t k = kl_obj_tuple_repeat_count(count);
    if (k < 0) {
        return KL_OBJ_NULL;
    }
    kl_obj_t src = seq_native(seq);
    size_t n;
    seq_items(src, &n);
    if (n == 0) {
        k = 0;
    }
#if KL_CFG_TUPLE_IDENTITY
    if (k == 1 && kl_obj_is_type(seq, &kl_type_tuple)) {
        return seq; // an exact tuple is immutable: no copy needed
    }
#endif
    if (k > 0 && (size_t)k > SIZE_MAX / sizeof(kl_obj_t) / n) {
        kl_raise_MemoryError();
    }
    kl_obj_t result = seq_new(seq_is_tuple(src), n * (size_t)k);
    size_t len;
    kl_obj_t *dst = seq_items(result, &len);
    kl_obj_t *items = seq_items(src, &n);
    for (kl_int_t i = 0; i < k; i++) {
        kl_mem_copy(dst + (size_t)i * n, items, n * sizeof(kl_obj_t));
    }
    return result;
}

kl_obj_t kl_obj_tuple_seq_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    const kl_obj_type_t *type = kl_obj_tuple_seq_type(lhs);
    if (type == NULL) {
        // Reached for the right operand: `3 * [1]`.
        return op == KL_BINARY_OP_MUL ? seq_repeat(rhs, lhs) : KL_OBJ_NULL;
    }
    if (op == KL_BINARY_OP_MUL) {
        return seq_repeat(lhs, rhs);
    }
    kl_obj_t a = seq_native(lhs);
    if (op == KL_BINARY_OP_CONTAINS) {
        return KL_OBJ_FROM_BOOL(kl_obj_tuple_seq_find(a, 0, SIZE_MAX, rhs, false) >= 0);
    }
    if (op != KL_BINARY_OP_ADD && (op < KL_BINARY_OP_LT || op > KL_BINARY_OP_GE)) {
        return KL_OBJ_NULL;
    }
    // Concatenation and comparison: with a sequence of the same kind only.
    if (kl_obj_tuple_seq_type(rhs) != type) {
        // Without messages the runtime's TypeError serves: no builtin type adds a sequence
        // from the right.
        if (op != KL_BINARY_OP_ADD || !KL_CFG_ERROR_TEXT ||
            (KL_OBJ_IS_OBJ(rhs) && (((kl_obj_base_t *)rhs)->type->flags & KL_TYPE_FLAG_HEAP))) {
            return KL_OBJ_NULL;
        }
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("can only concatenate %q (not \"%T\") to %q"), type->name,
                         rhs, type->name);
    }
    kl_obj_t b = seq_native(rhs);
    size_t na, nb;
    kl_obj_t *ia = seq_items(a, &na);
    kl_obj_t *ib = seq_items(b, &nb);
    if (op != KL_BINARY_OP_ADD) {
        return kl_obj_tuple_compare_items(op, ia, na, ib, nb);
    }
#if KL_CFG_TUPLE_IDENTITY
    // An exact tuple plus an empty one is that tuple itself, as in CPython.
    if (nb == 0 && kl_obj_is_type(lhs, &kl_type_tuple)) {
        return lhs;
    }
    if (na == 0 && kl_obj_is_type(rhs, &kl_type_tuple)) {
        return rhs;
    }
#endif
    kl_obj_t result = seq_new(type == &kl_type_tuple, na + nb);
    if (na + nb > 0) {
        size_t n;
        kl_obj_t *r = seq_items(result, &n);
        kl_mem_copy(r, seq_items(a, &na), na * sizeof(kl_obj_t));
        kl_mem_copy(r + na, seq_items(b, &nb), nb * sizeof(kl_obj_t));
    }
    return result;
}

// ==== Type protocol ====

kl_obj_t kl_obj_tuple_seq_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                   const kl_obj_t *args) {
    if (n_kw != 0 || n_args > 1) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         n_kw != 0 ? KL_ERROR_TEXT("%q() takes no keyword arguments")
                                   : KL_ERROR_TEXT("%q expected at most 1 argument, got %z"),
                         type->name, n_args);
    }
    bool tuple = type == &kl_type_tuple;
    if (n_args == 0) {
        return seq_new(tuple, 0);
    }
    return tuple ? kl_obj_tuple_from_iterable(args[0]) : kl_obj_list_from_iterable(args[0]);
}

static kl_obj_t tuple_subscr(kl_obj_t self, kl_obj_t index, kl_obj_t value) {
    if (value != KL_OBJ_SENTINEL) {
        // The runtime: "'tuple' object doesn't support item deletion" (or assignment), naming
        // a subclass as CPython does.
        return KL_OBJ_NULL;
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

// One iterator for lists and tuples: the native sequence and the next index, the length re-read
// at every step (a list may change while it runs).
typedef struct _seq_iter_t {
    kl_obj_base_t base;
    kl_obj_t seq;
    size_t index;
} seq_iter_t;

static kl_obj_t seq_iter_next(kl_obj_t self) {
    seq_iter_t *it = KL_OBJ_TO_PTR(self);
    size_t n;
    kl_obj_t *items = seq_items(it->seq, &n);
    if (it->index >= n) {
        // Stay exhausted even if the list grows afterwards, as CPython does.
        it->index = SIZE_MAX;
        return KL_OBJ_STOP_ITERATION;
    }
    return items[it->index++];
}

#define SEQ_ITER_TYPE(c_name, q_name)                                                              \
    static const kl_obj_iter_type_t c_name##_head = {                                              \
        .type =                                                                                    \
            {                                                                                      \
                .base = {&kl_type_type},                                                           \
                .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_ITER,       \
                .name = q_name,                                                                    \
                .parent = &kl_type_object,                                                         \
            },                                                                                     \
        .getiter = kl_iter_self,                                                                   \
        .iternext = seq_iter_next,                                                                 \
    }

#if KL_CFG_SEQ_ITER_TYPES
SEQ_ITER_TYPE(tuple_iterator_type, KL_QSTR_tuple_iterator);
SEQ_ITER_TYPE(list_iterator_type, KL_QSTR_list_iterator);
#else
// One type serves both, as in MicroPython.
SEQ_ITER_TYPE(list_iterator_type, KL_QSTR_iterator);
#define tuple_iterator_type_head list_iterator_type_head
#endif

kl_obj_t kl_obj_tuple_seq_getiter(kl_obj_t self, kl_obj_iter_buf_t *iter_buf) {
    _Static_assert(sizeof(seq_iter_t) <= sizeof(kl_obj_iter_buf_t), "seq_iter_t fits an iter_buf");
    seq_iter_t *it = iter_buf != NULL ? (seq_iter_t *)iter_buf : kl_gc_alloc(sizeof(seq_iter_t), 0);
    it->seq = seq_native(self);
    it->base.type =
        seq_is_tuple(it->seq) ? &tuple_iterator_type_head.type : &list_iterator_type_head.type;
    it->index = 0;
    return KL_OBJ_FROM_PTR(it);
}

// ==== Methods ====

static kl_obj_t tuple_count(kl_obj_t self, kl_obj_t value) {
    return kl_obj_tuple_seq_count(&kl_type_tuple, self, value);
}
static KL_DEFINE_FUN_2(tuple_count_obj, count, tuple_count);

static kl_obj_t tuple_index(size_t n_args, const kl_obj_t *args) {
    return kl_obj_tuple_seq_index(&kl_type_tuple, n_args, args);
}
static KL_DEFINE_FUN_VAR(tuple_index_obj, index, 2, 4, tuple_index);

static const kl_rom_map_elem_t tuple_locals_table[] = {
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
            .make_new = kl_obj_tuple_seq_make_new,
            .print = kl_obj_tuple_seq_print,
            .binary_op = kl_obj_tuple_seq_binary_op,
            .locals_dict = &tuple_locals_dict,
            .parent = &kl_type_object,
        },
    .unary_op = kl_obj_tuple_seq_unary_op,
    .subscr = tuple_subscr,
    .getiter = kl_obj_tuple_seq_getiter,
};
