// vm/obj_tuple.h: the tuple type, and the sequence operations tuples and lists share.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#ifndef KL_INCLUDED_VM_OBJ_TUPLE_H
#define KL_INCLUDED_VM_OBJ_TUPLE_H

#include <stdbool.h>
#include <stddef.h>

#include "vm/obj.h"

// An uninitialised tuple of [n] items for the caller to fill in (the items start as
// KL_OBJ_NULL, which the collector skips); the empty tuple for n == 0.
kl_obj_tuple_t *kl_obj_tuple_alloc(size_t n);
// The items of a tuple (or of an instance of a tuple subclass).
kl_obj_t *kl_obj_tuple_get_items(kl_obj_t o, size_t *len);
// hash() of the tuple [o], as CPython computes it (an xxHash-style mix of the item hashes).
kl_uint_t kl_obj_tuple_hash(kl_obj_t o);
// A tuple of the items an iterable yields (the object itself for an exact tuple).
kl_obj_t kl_obj_tuple_from_iterable(kl_obj_t iterable);
// Lexicographic comparison of two arrays of items with [op] (LT, GT, EQ, NE, LE, GE), as
// tuples and lists compare: the first unequal pair decides, else the lengths. Returns a bool.
kl_obj_t kl_obj_tuple_compare_items(kl_binary_op_t op, const kl_obj_t *a, size_t na,
                                    const kl_obj_t *b, size_t nb);

// ==== What lists and tuples share ====
// [seq] below is a list or a tuple, or an instance of a subclass of one.

// kl_type_list or kl_type_tuple when [o] is a list or tuple (or an instance of a subclass of
// one), else NULL.
const kl_obj_type_t *kl_obj_tuple_seq_type(kl_obj_t o);
// The native list or tuple behind [o], which must be of [type] (kl_type_list or kl_type_tuple):
// else the TypeError of a method applied to the wrong type (list.append(1, 2)).
kl_obj_t kl_obj_tuple_seq_check(kl_obj_t o, const kl_obj_type_t *type);
// The items and the length of [seq] as they are now (a list's change when it does).
kl_obj_t *kl_obj_tuple_seq_items(kl_obj_t seq, size_t *len);
// The first index in [start, stop) of an item equal to [value], or -1; with [count], how many
// such items there are.
kl_int_t kl_obj_tuple_seq_find(kl_obj_t seq, size_t start, size_t stop, kl_obj_t value, bool count);
// The methods count and index of [type] (kl_type_list or kl_type_tuple), self checked as
// kl_obj_tuple_seq_check does: seq.count(value), and seq.index(value[, start[, stop]]) for
// args[0] = seq, which raises ValueError when the value is not found.
kl_obj_t kl_obj_tuple_seq_count(const kl_obj_type_t *type, kl_obj_t self, kl_obj_t value);
kl_obj_t kl_obj_tuple_seq_index(const kl_obj_type_t *type, size_t n_args, const kl_obj_t *args);
// The count of a repetition `seq * count` (0 for a negative one), or -1 when [count] is an
// instance of a class, which may implement __rmul__ itself.
kl_int_t kl_obj_tuple_repeat_count(kl_obj_t count);
// The type slots lists and tuples share: list(x) and tuple(x) (the type as make_new is given it),
// repr, len/bool/hash, + * < == `in`, iter().
kl_obj_t kl_obj_tuple_seq_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                   const kl_obj_t *args);
void kl_obj_tuple_seq_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind);
kl_obj_t kl_obj_tuple_seq_unary_op(kl_unary_op_t op, kl_obj_t o);
kl_obj_t kl_obj_tuple_seq_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs);
kl_obj_t kl_obj_tuple_seq_getiter(kl_obj_t self, kl_obj_iter_buf_t *iter_buf);

#endif // KL_INCLUDED_VM_OBJ_TUPLE_H
