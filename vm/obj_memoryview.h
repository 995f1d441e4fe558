// vm/obj_memoryview.h: the memoryview type, a window on the bytes of a bytes or bytearray.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#ifndef KL_INCLUDED_VM_OBJ_MEMORYVIEW_H
#define KL_INCLUDED_VM_OBJ_MEMORYVIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "vm/obj.h"

#if KL_CFG_MEMORYVIEW
extern const kl_obj_ops_type_t kl_type_memoryview_head;
#define kl_type_memoryview (kl_type_memoryview_head.type)
#else
extern const kl_obj_type_t kl_type_memoryview; // a stub without slots (vm/obj_memoryview.c)
#endif

// The bytes the view [o] shows, for vm/buffer.c: a pointer into the viewed object, or a
// contiguous copy for a view with a step other than 1. Returns false when [writable] asks for
// memory the view may not change; raises ValueError for a released view.
bool kl_obj_memoryview_get_data(kl_obj_t o, const char **data, size_t *len, bool writable);

#endif // KL_INCLUDED_VM_OBJ_MEMORYVIEW_H
