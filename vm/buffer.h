// vm/buffer.h: the bytes-like objects (bytes, bytearray, memoryview) seen as one kind of value.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// CPython's buffer protocol lets any C type lend its memory to another. kinglet has three types
// that hold raw bytes, so the protocol is one function that knows them all: a bytes method that
// accepts "a bytes-like object" asks kl_buffer_get instead of testing for bytes, and so accepts
// bytearray and memoryview arguments too.
//
// The pointer it returns is borrowed: it stays valid while the object lives and, for a
// bytearray (or a view of one), until the bytearray changes its size. Callers therefore read
// through it before running any Python code.

#ifndef KL_INCLUDED_VM_BUFFER_H
#define KL_INCLUDED_VM_BUFFER_H

#include <stdbool.h>
#include <stddef.h>

#include "vm/obj.h"

// Is [o] bytes-like: a bytes, a bytearray (or an instance of a subclass of either) or a
// memoryview?
bool kl_buffer_check(kl_obj_t o);
// Point *[data] at the [len] bytes of [o] and return true when [o] is bytes-like; return false
// when it is not, or when [writable] asks for memory that [o] may not change (a bytes, a
// read-only view). A view with a step other than 1 yields a contiguous copy (never writable); a
// released view raises ValueError.
bool kl_buffer_get_maybe(kl_obj_t o, const char **data, size_t *len, bool writable);
// The same, raising TypeError "a bytes-like object is required, not 'int'" where
// kl_buffer_get_maybe returns false.
void kl_buffer_get(kl_obj_t o, const char **data, size_t *len, bool writable);

#if KL_CFG_MODULE_ARRAY
// The items of an array.array [o] as bytes (vm/mod_array.c); false when [o] is no array.
bool kl_mod_array_get_buffer(kl_obj_t o, const char **data, size_t *len);
extern const kl_obj_ops_type_t kl_mod_array_type_head;
#define kl_mod_array_type (kl_mod_array_type_head.type)
#endif

#endif // KL_INCLUDED_VM_BUFFER_H
