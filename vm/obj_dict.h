// vm/obj_dict.h: the dict type and its views.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// kl_obj_new_dict is declared in vm/obj.h; kl_obj_dict_store, kl_obj_dict_get,
// kl_obj_dict_update and kl_obj_new_dict_view_of_map in vm/runtime.h. The struct kl_obj_dict_t
// is in vm/obj.h.

#ifndef KL_INCLUDED_VM_OBJ_DICT_H
#define KL_INCLUDED_VM_OBJ_DICT_H

#include <stdbool.h>

#include "vm/obj.h"

// The three view types, in one table: keys, values, items (one type for all three without
// KL_CFG_DICT_VIEW_TYPES).
extern const kl_obj_ops_type_t kl_type_dict_views[KL_CFG_DICT_VIEW_TYPES ? 3 : 1];
#if KL_CFG_DICT_VIEW_TYPES
#define kl_type_dict_keys (kl_type_dict_views[0].type)
#define kl_type_dict_values (kl_type_dict_views[1].type)
#define kl_type_dict_items (kl_type_dict_views[2].type)
#endif
#if KL_CFG_MAPPINGPROXY
extern const kl_obj_ops_type_t kl_type_mappingproxy_head;
#define kl_type_mappingproxy (kl_type_mappingproxy_head.type)

// A read-only view of [mapping] (vm/obj_mappingproxy.c), as a class's __dict__ gives.
kl_obj_t kl_obj_new_mappingproxy(kl_obj_t mapping);
#endif

// True for a dict, or an instance of a class derived from dict.
bool kl_obj_is_dict(kl_obj_t o);
// The map of a dict, or of the dict part of an instance of a dict subclass.
kl_map_t *kl_obj_dict_get_map(kl_obj_t dict);

#endif // KL_INCLUDED_VM_OBJ_DICT_H
