// vm/buffer.c: the bytes-like objects (bytes, bytearray, memoryview) seen as one kind of value.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A dispatch on the three types rather than a slot in kl_obj_type_t: no other type lends its
// memory, and a slot would cost a word in every type object in flash.

#include "vm/buffer.h"
#include "vm/obj_bytearray.h"
#include "vm/obj_memoryview.h"
#include "vm/obj_str.h"
#include "vm/runtime.h"

bool kl_buffer_check(kl_obj_t o) {
    return kl_obj_is_bytes(o) || kl_obj_is_bytearray(o) ||
           (KL_CFG_MEMORYVIEW && kl_obj_is_type(o, &kl_type_memoryview))
#if KL_CFG_MODULE_ARRAY
           || kl_obj_is_type(o, &kl_mod_array_type)
#endif
        ;
}

bool kl_buffer_get_maybe(kl_obj_t o, const char **data, size_t *len, bool writable) {
    if (kl_obj_is_bytes(o)) {
        if (writable) {
            return false;
        }
        *data = kl_obj_str_get_data(o, len);
        return true;
    }
    if (kl_obj_is_bytearray(o)) {
        *data = kl_obj_bytearray_get_data(o, len);
        return true;
    }
    if (KL_CFG_MEMORYVIEW && kl_obj_is_type(o, &kl_type_memoryview)) {
        return kl_obj_memoryview_get_data(o, data, len, writable);
    }
#if KL_CFG_MODULE_ARRAY
    return kl_mod_array_get_buffer(o, data, len);
#else
    return false;
#endif
}

void kl_buffer_get(kl_obj_t o, const char **data, size_t *len, bool writable) {
    if (!kl_buffer_get_maybe(o, data, len, writable)) {
        if (writable && kl_buffer_check(o)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("a writable bytes-like object is required, not '%T'"),
                             o);
        }
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("a bytes-like object is required, not '%T'"), o);
    }
}
