// vm/obj_set.h: the set and frozenset types.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#ifndef KL_INCLUDED_VM_OBJ_SET_H
#define KL_INCLUDED_VM_OBJ_SET_H

#include <stdbool.h>

#include "vm/obj.h"

extern const kl_obj_type_t kl_type_set;
extern const kl_obj_type_t kl_type_frozenset;

// A set or frozenset: the members are the keys of an insertion-ordered map whose values are
// unused (vm/map.c). Same layout as kl_obj_dict_t.
typedef struct _kl_obj_set_t {
    kl_obj_base_t base;
    kl_map_t map;
} kl_obj_set_t;

// True for a set or a frozenset, or an instance of a class derived from either.
bool kl_obj_is_anyset(kl_obj_t o);
// A new frozenset of the items [iterable] yields.
kl_obj_t kl_obj_new_frozenset_from_iterable(kl_obj_t iterable);

// kl_obj_new_set, kl_obj_set_add and kl_obj_set_update are declared in vm/runtime.h.

#endif // KL_INCLUDED_VM_OBJ_SET_H
