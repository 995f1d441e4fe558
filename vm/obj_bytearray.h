// vm/obj_bytearray.h: the bytearray type, a mutable sequence of bytes.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#ifndef KL_INCLUDED_VM_OBJ_BYTEARRAY_H
#define KL_INCLUDED_VM_OBJ_BYTEARRAY_H

#include <stdbool.h>
#include <stddef.h>

#include "vm/obj.h"
#include "vm/vstr.h"

// A header and a separately allocated (atomic) array of [alloc] bytes, so the object keeps its
// identity when the array grows; [items] is NULL while nothing has been allocated.
typedef struct _kl_obj_bytearray_t {
    kl_obj_base_t base;
    size_t len;
    size_t alloc;
    char *items;
} kl_obj_bytearray_t;

#if KL_CFG_BYTEARRAY
extern const kl_obj_ops_type_t kl_type_bytearray_head;
#define kl_type_bytearray (kl_type_bytearray_head.type)
#else
extern const kl_obj_type_t kl_type_bytearray; // a stub without slots (vm/obj_bytearray.c)
#endif

// True for a bytearray and an instance of a bytearray subclass.
bool kl_obj_is_bytearray(kl_obj_t o);
// A new bytearray holding a copy of [len] bytes at [data], or [len] zero bytes for a NULL
// [data].
kl_obj_t kl_obj_new_bytearray(const char *data, size_t len);
// A new bytearray over [len] bytes at [data], memory outside the heap that the port lends (the
// unix ffi module's as_bytearray): reads and writes go to that memory, without a copy, until
// the bytearray grows past [len] bytes, when its bytes move to the heap. The port keeps the
// memory valid.
kl_obj_t kl_obj_new_bytearray_by_ref(char *data, size_t len);
// A new bytearray that takes over the buffer of [vstr] (left empty), without a copy.
kl_obj_t kl_obj_bytearray_from_vstr(kl_vstr_t *vstr);
// The bytes of the bytearray [o] and their count. The pointer is never NULL and stays valid
// until the bytearray changes size.
char *kl_obj_bytearray_get_data(kl_obj_t o, size_t *len);

// The methods only bytearray has. Its method table lives in vm/obj_str.c, next to the bytes
// methods that make up most of it.
extern const kl_obj_builtin_t kl_obj_bytearray___iadd___obj;
extern const kl_obj_builtin_t kl_obj_bytearray___imul___obj;
extern const kl_obj_builtin_t kl_obj_bytearray_append_obj;
extern const kl_obj_builtin_t kl_obj_bytearray_clear_obj;
extern const kl_obj_builtin_t kl_obj_bytearray_copy_obj;
extern const kl_obj_builtin_t kl_obj_bytearray_extend_obj;
extern const kl_obj_builtin_t kl_obj_bytearray_insert_obj;
extern const kl_obj_builtin_t kl_obj_bytearray_pop_obj;
extern const kl_obj_builtin_t kl_obj_bytearray_remove_obj;
extern const kl_obj_builtin_t kl_obj_bytearray_reverse_obj;

#endif // KL_INCLUDED_VM_OBJ_BYTEARRAY_H
