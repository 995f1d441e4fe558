// vm/obj_tuple.h: the tuple type, and the item-wise comparisons tuples and lists share.
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
// The index of the first item equal to [value] in [start, stop), or -1.
kl_int_t kl_obj_tuple_find_item(const kl_obj_t *items, size_t start, size_t stop, kl_obj_t value);
// Print [n] items separated by ", " with repr, as in tuples and lists.
void kl_obj_tuple_print_items(const kl_print_t *print, const kl_obj_t *items, size_t n);

#endif // KL_INCLUDED_VM_OBJ_TUPLE_H
