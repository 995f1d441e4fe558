// vm/obj_slice.h: slice objects and the index arithmetic every sequence type shares.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#ifndef KL_INCLUDED_VM_OBJ_SLICE_H
#define KL_INCLUDED_VM_OBJ_SLICE_H

#include <stdbool.h>
#include <stddef.h>

#include "vm/obj.h"

#if KL_CFG_SLICE
typedef struct _kl_obj_slice_t {
    kl_obj_base_t base;
    kl_obj_t start; // kl_const_none when omitted
    kl_obj_t stop;
    kl_obj_t step;
} kl_obj_slice_t;

// What a slice selects from a sequence of a given length: the items start, start + step, ...
// (count of them). start and stop are clamped like CPython's PySlice_AdjustIndices, so
// stop may be -1 for a negative step that runs off the front.
typedef struct _kl_slice_indices_t {
    kl_int_t start;
    kl_int_t stop;
    kl_int_t step;
    size_t count;
} kl_slice_indices_t;

kl_obj_t kl_obj_new_slice(kl_obj_t start, kl_obj_t stop, kl_obj_t step);
static inline bool kl_obj_is_slice(kl_obj_t o) {
    return kl_obj_is_type(o, &kl_type_slice);
}
// Compute [out] for [slice] over [len] items. Raises ValueError for a zero step and TypeError
// ("slice indices must be integers or None or have an __index__ method") for bad bounds; huge
// bounds (big ints) are clamped, never an error.
void kl_obj_slice_indices(kl_obj_t slice, size_t len, kl_slice_indices_t *out);
// The same computation from plain numbers (bounds already converted), for callers that have no
// slice object; [has_start]/[has_stop] false mean the bound was None.
void kl_obj_slice_adjust(size_t len, bool has_start, kl_int_t start, bool has_stop, kl_int_t stop,
                         kl_int_t step, kl_slice_indices_t *out);
#endif // KL_CFG_SLICE

// Reading an int-like value (an int, a bool, an instance of an int subclass by its value, or an
// object with __index__) as a kl_int_t.
typedef enum {
    KL_SLICE_INDEX_NOT_INT,  // not an int-like value at all
    KL_SLICE_INDEX_OK,       // *value holds it
    KL_SLICE_INDEX_OVERFLOW, // a big int: *value holds KL_SLICE_INDEX_MAX or its negation
} kl_slice_index_result_t;
#define KL_SLICE_INDEX_MAX ((kl_int_t)(((kl_uint_t)-1) >> 1))
kl_slice_index_result_t kl_obj_slice_index_value(kl_obj_t o, kl_int_t *value);
// An integer argument of a method (a width, a count): raises TypeError "'float' object cannot be
// interpreted as an integer" and OverflowError "Python int too large to convert to C ssize_t",
// which is what kl_obj_get_int (vm/obj.c) does.
static inline kl_int_t kl_obj_slice_get_arg_int(kl_obj_t o) {
    return kl_obj_get_int(o);
}
// Resolve the sequence index [index] (negative counts from the end) into [0, len). Raises
// IndexError [range_msg] ("list index out of range") when it is out of range, IndexError
// "cannot fit 'int' into an index-sized integer" for a huge int, and TypeError built from the
// kl_printf format [type_fmt] with the index as its argument ("list indices must be integers
// or slices, not %T") when it is not int-like.
// The position [i] stands for in a sequence of [len] items, counted from the end when negative;
// IndexError [range_msg] when there is no such item.
size_t kl_obj_slice_wrap_index(kl_int_t i, size_t len, const char *range_msg);
// The same position, clamped to [0, len] instead (where list.insert puts an item).
size_t kl_obj_slice_clamp_index(kl_int_t i, size_t len);
size_t kl_obj_slice_get_index(kl_obj_t index, size_t len, const char *range_msg,
                              const char *type_fmt);
// The [*start, *stop) range of a sequence's index(value[, start[, stop]]) over [len] items
// from its arguments [args] (args[2] and args[3], when [n_args] has them): counted from the end
// when negative, then clamped to [0, len], so *stop may be below *start. Raises TypeError ("slice
// indices must be integers or have an __index__ method") for a bound that is not int-like, None
// included; a huge int is no error.
void kl_obj_slice_index_range(size_t len, size_t n_args, const kl_obj_t *args, size_t *start,
                              size_t *stop);

#endif // KL_INCLUDED_VM_OBJ_SLICE_H
