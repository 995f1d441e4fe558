// vm/map.h: the insertion-ordered hash map behind dicts, namespaces and instances.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#ifndef KL_INCLUDED_VM_MAP_H
#define KL_INCLUDED_VM_MAP_H

#include "vm/obj.h"

typedef enum {
    KL_MAP_LOOKUP,
    KL_MAP_LOOKUP_ADD_IF_NOT_FOUND, // a new entry has value KL_OBJ_NULL
    KL_MAP_LOOKUP_REMOVE,           // returns the removed entry (key and value still readable)
} kl_map_lookup_kind_t;

void kl_map_init(kl_map_t *map, size_t n);
void kl_map_clear(kl_map_t *map);
// Find [key]; raises TypeError for an unhashable key. NULL when absent (and not added).
kl_map_elem_t *kl_map_lookup(kl_map_t *map, kl_obj_t key, kl_map_lookup_kind_t kind);
kl_map_elem_t *kl_map_lookup_qstr(kl_map_t *map, kl_qstr_t q, kl_map_lookup_kind_t kind);
// Iterate: start with *pos = 0; returns NULL at the end.
kl_map_elem_t *kl_map_next(const kl_map_t *map, size_t *pos);
// Iterate backwards: start with *pos = filled.
kl_map_elem_t *kl_map_prev(const kl_map_t *map, size_t *pos);
void kl_map_copy(kl_map_t *dest, const kl_map_t *src);

#endif // KL_INCLUDED_VM_MAP_H
