// vm/obj_memoryview.c: the memoryview type, a window on the bytes of a bytes or bytearray.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A view is the object it shows plus a one-dimensional walk over its bytes: item i is the byte
// at start + i * step. Slicing a view composes the walks and shares the object, so
// memoryview(b)[2:][::2] is one small header and no copy. Only the unsigned-byte format 'B'
// exists: a view of bytes or bytearray is what programs on a small board use for zero-copy
// slicing of buffers, and formats, casts and multi-dimensional shapes would cost more flash than
// they are worth there.
//
// A view keeps a pointer to the object, never to its bytes: a bytearray's array moves when it
// grows, and a view of it must see the current contents. CPython forbids resizing a bytearray
// while a view exists (BufferError), but it can do so because reference counting tells it when
// the last view dies; a tracing collector cannot, so kinglet allows the resize (see
// docs/differences.md). Every access therefore checks that the view still lies inside the
// object and raises BufferError when the bytearray has shrunk under it.

#include <string.h>

#include "vm/buffer.h"
#include "vm/gc.h"
#include "vm/obj_bytearray.h"
#include "vm/obj_list.h"
#include "vm/obj_memoryview.h"
#include "vm/obj_slice.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/qstr.h"
#include "vm/runtime.h"

#if KL_CFG_MEMORYVIEW

typedef struct _memoryview_t {
    kl_obj_base_t base;
    kl_obj_t obj;  // the bytes or bytearray shown (or an instance of a subclass of either)
    size_t start;  // offset of item 0 in obj's bytes
    size_t len;    // items
    kl_int_t step; // bytes from one item to the next; negative for a reversed view
    bool readonly;
    bool released;
} memoryview_t;

// ==== Access ====

static memoryview_t *get_view(kl_obj_t o) {
    if (!kl_obj_is_type(o, &kl_type_memoryview)) {
        // A method taken from the class and applied to another type: memoryview.tolist(b'').
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("descriptor requires a 'memoryview' object but received "
                                       "a '%T'"),
                         o);
    }
    memoryview_t *mv = KL_OBJ_TO_PTR(o);
    if (mv->released) {
        kl_raise_ValueError(KL_ERROR_TEXT("operation forbidden on released memoryview object"));
    }
    return mv;
}

// The bytes of the object behind [mv], checked to still hold every item of the view.
static char *view_base(const memoryview_t *mv) {
    size_t total;
    char *data;
    if (kl_obj_is_bytearray(mv->obj)) {
        data = kl_obj_bytearray_get_data(mv->obj, &total);
    } else {
        data = (char *)kl_obj_str_get_data(mv->obj, &total);
    }
    if (mv->len > 0) {
        size_t last = (size_t)((kl_int_t)mv->start + (kl_int_t)(mv->len - 1) * mv->step);
        if (mv->start >= total || last >= total) {
            kl_raise_msg(&kl_type_BufferError,
                         KL_ERROR_TEXT("memoryview: underlying bytearray was resized"));
        }
    }
    return data;
}

// The address of item [i] of [mv].
static char *view_item(const memoryview_t *mv, char *base, size_t i) {
    return base + (kl_int_t)mv->start + (kl_int_t)i * mv->step;
}

// A copy of the items of [mv] as bytes.
static kl_obj_t view_to_bytes(const memoryview_t *mv) {
    char *base = view_base(mv);
    if (mv->step == 1) {
        return kl_obj_new_bytes(base + mv->start, mv->len);
    }
    kl_vstr_t out;
    kl_vstr_init(&out, mv->len);
    char *buf = kl_vstr_extend(&out, mv->len);
    // The allocation did not move [base]: only a resize of the bytearray does.
    for (size_t i = 0; i < mv->len; i++) {
        buf[i] = *view_item(mv, base, i);
    }
    return kl_vstr_to_bytes(&out);
}

bool kl_obj_memoryview_get_data(kl_obj_t o, const char **data, size_t *len, bool writable) {
    memoryview_t *mv = get_view(o);
    if (writable && (mv->readonly || (mv->step != 1 && mv->len > 1))) {
        return false;
    }
    *len = mv->len;
    if (mv->len == 0) {
        *data = "";
    } else if (mv->step == 1) {
        *data = view_base(mv) + mv->start;
    } else {
        kl_obj_t copy = view_to_bytes(mv);
        size_t n;
        *data = kl_obj_str_get_data(copy, &n);
    }
    return true;
}

// ==== Constructor ====

static kl_obj_t new_view(kl_obj_t obj, size_t start, size_t len, kl_int_t step, bool readonly) {
    memoryview_t *mv = kl_gc_alloc(sizeof(memoryview_t), 0);
    mv->base.type = &kl_type_memoryview;
    mv->obj = obj;
    mv->start = start;
    mv->len = len;
    mv->step = step;
    mv->readonly = readonly;
    mv->released = false;
    return KL_OBJ_FROM_PTR(mv);
}

// memoryview(object)
static kl_obj_t memoryview_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                    const kl_obj_t *args) {
    (void)type;
    kl_obj_t src = KL_OBJ_NULL;
    if (n_args + n_kw > 1) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("memoryview() takes at most 1 %sargument (%z given)"),
                         n_args == 0 ? "keyword " : "", n_args + n_kw);
    }
    if (n_args == 1) {
        src = args[0];
    } else if (n_kw == 1 && kl_obj_str_equal(args[0], KL_OBJ_NEW_QSTR(KL_QSTR_object))) {
        src = args[1];
    }
    if (src == KL_OBJ_NULL) {
        kl_raise_TypeError(KL_ERROR_TEXT("memoryview() missing required argument 'object' (pos "
                                         "1)"));
    }
    if (kl_obj_is_type(src, &kl_type_memoryview)) {
        const memoryview_t *other = get_view(src);
        return new_view(other->obj, other->start, other->len, other->step, other->readonly);
    }
    size_t len;
    if (kl_obj_is_bytearray(src)) {
        kl_obj_bytearray_get_data(src, &len);
        return new_view(src, 0, len, 1, false);
    }
    if (kl_obj_is_bytes(src)) {
        kl_obj_str_get_data(src, &len);
        return new_view(src, 0, len, 1, true);
    }
    kl_raise_msg_fmt(&kl_type_TypeError,
                     KL_ERROR_TEXT("memoryview: a bytes-like object is required, not '%T'"), src);
}

// ==== Type protocol ====

static void memoryview_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    const memoryview_t *mv = KL_OBJ_TO_PTR(o);
    kl_printf(print, mv->released ? "<released memory at %p>" : "<memory at %p>", o);
}

static kl_obj_t memoryview_unary_op(kl_unary_op_t op, kl_obj_t o) {
    switch (op) {
        case KL_UNARY_OP_BOOL:
        case KL_UNARY_OP_LEN: {
            const memoryview_t *mv = get_view(o);
            return op == KL_UNARY_OP_LEN ? KL_OBJ_NEW_SMALL_INT(mv->len)
                                         : KL_OBJ_FROM_BOOL(mv->len != 0);
        }
        case KL_UNARY_OP_HASH: {
            const memoryview_t *mv = get_view(o);
            if (!mv->readonly) {
                kl_raise_ValueError(KL_ERROR_TEXT("cannot hash writable memoryview object"));
            }
            // The hash of the equal bytes object, so a view can look up a bytes key. (On a
            // 32-bit target a small int keeps 31 of its 32 bits, and the two differ.)
            size_t len;
            const char *data = kl_obj_str_get_data(view_to_bytes(mv), &len);
            return KL_OBJ_NEW_SMALL_INT(kl_qstr_compute_hash(data, len));
        }
        default:
            return KL_OBJ_NULL;
    }
}

// Only == and != exist, against anything bytes-like on either side; a released view equals
// itself and nothing else.
static kl_obj_t memoryview_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    if (op != KL_BINARY_OP_EQ && op != KL_BINARY_OP_NE) {
        return KL_OBJ_NULL;
    }
    bool eq;
    bool lhs_released = kl_obj_is_type(lhs, &kl_type_memoryview) &&
                        ((const memoryview_t *)KL_OBJ_TO_PTR(lhs))->released;
    bool rhs_released = kl_obj_is_type(rhs, &kl_type_memoryview) &&
                        ((const memoryview_t *)KL_OBJ_TO_PTR(rhs))->released;
    if (lhs_released || rhs_released) {
        eq = lhs == rhs;
    } else {
        if (!kl_buffer_check(lhs) || !kl_buffer_check(rhs)) {
            return KL_OBJ_NULL;
        }
        const char *a, *b;
        size_t alen, blen;
        kl_buffer_get(lhs, &a, &alen, false);
        // [b] may be a fresh copy (a stepped view); that allocation never moves [a].
        kl_buffer_get(rhs, &b, &blen, false);
        eq = alen == blen && memcmp(a, b, alen) == 0;
    }
    return KL_OBJ_FROM_BOOL(eq == (op == KL_BINARY_OP_EQ));
}

// A tuple key, CPython's multi-dimensional indexing: for this one-dimensional view, a 1-tuple
// of an index is that index; anything else is an error, worded as CPython's (a store [store]
// has its own message for slices).
static kl_obj_t tuple_key(kl_obj_t key, bool store) {
    size_t n;
    kl_obj_t *items = kl_obj_tuple_get_items(key, &n);
    bool all_index = true, all_slices = true;
    for (size_t i = 0; i < n; i++) {
        kl_int_t unused;
        all_index =
            all_index && kl_obj_slice_index_value(items[i], &unused) != KL_SLICE_INDEX_NOT_INT;
        all_slices = all_slices && kl_obj_is_slice(items[i]);
    }
    if (all_index) {
        if (n == 1) {
            return items[0];
        }
        if (n == 0) {
            kl_raise_NotImplementedError(KL_ERROR_TEXT("sub-views are not implemented"));
        }
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("cannot index 1-dimension view with %z-element tuple"), n);
    }
    if (all_slices) {
        kl_raise_NotImplementedError(
            store ? KL_ERROR_TEXT("memoryview slice assignments are currently restricted to "
                                  "ndim = 1")
                  : KL_ERROR_TEXT("multi-dimensional slicing is not implemented"));
    }
    kl_raise_TypeError(KL_ERROR_TEXT("memoryview: invalid slice key"));
}

static kl_obj_t memoryview_subscr(kl_obj_t self, kl_obj_t index, kl_obj_t value) {
    memoryview_t *mv = get_view(self);
    if (value == KL_OBJ_NULL) {
        kl_raise_TypeError(KL_ERROR_TEXT("cannot delete memory"));
    }
    if (value != KL_OBJ_SENTINEL && mv->readonly) {
        kl_raise_TypeError(KL_ERROR_TEXT("cannot modify read-only memory"));
    }
    if (kl_obj_is_type(index, &kl_type_tuple)) {
        index = tuple_key(index, value != KL_OBJ_SENTINEL);
    }
    if (kl_obj_is_slice(index)) {
        kl_slice_indices_t ind;
        kl_obj_slice_indices(index, mv->len, &ind);
        size_t start =
            ind.count == 0 ? mv->start : (size_t)((kl_int_t)mv->start + ind.start * mv->step);
        if (value == KL_OBJ_SENTINEL) {
            return new_view(mv->obj, start, ind.count, ind.step * mv->step, mv->readonly);
        }
        const char *src;
        size_t n;
        kl_buffer_get(value, &src, &n, false);
        if (n != ind.count) {
            kl_raise_ValueError(KL_ERROR_TEXT("memoryview assignment: lvalue and rvalue have "
                                              "different structures"));
        }
        // The source may overlap the target (m[1:] = m[:-1]): copy it first.
        kl_obj_t copy = kl_obj_new_bytes(src, n);
        src = kl_obj_str_get_data(copy, &n);
        memoryview_t sub = *mv;
        sub.start = start;
        sub.len = ind.count;
        sub.step = ind.step * mv->step;
        char *base = view_base(&sub);
        for (size_t i = 0; i < n; i++) {
            *view_item(&sub, base, i) = src[i];
        }
        return kl_const_none;
    }
    size_t i =
        kl_obj_slice_get_index(index, mv->len, KL_ERROR_TEXT("index out of bounds on dimension 1"),
                               KL_ERROR_TEXT("memoryview: invalid slice key"));
    kl_int_t byte = 0;
    if (value != KL_OBJ_SENTINEL) {
        if (kl_obj_slice_index_value(value, &byte) == KL_SLICE_INDEX_NOT_INT) {
            kl_raise_TypeError(KL_ERROR_TEXT("memoryview: invalid type for format 'B'"));
        }
        if (byte < 0 || byte > 255) {
            kl_raise_ValueError(KL_ERROR_TEXT("memoryview: invalid value for format 'B'"));
        }
    }
    char *p = view_item(mv, view_base(mv), i);
    if (value == KL_OBJ_SENTINEL) {
        return KL_OBJ_NEW_SMALL_INT((uint8_t)*p);
    }
    *p = (char)byte;
    return kl_const_none;
}

// ==== Iteration ====

typedef struct _memoryview_iter_t {
    kl_obj_base_t base;
    kl_obj_t view;
    size_t index;
} memoryview_iter_t;

static kl_obj_t memoryview_iter_next(kl_obj_t self) {
    memoryview_iter_t *it = KL_OBJ_TO_PTR(self);
    const memoryview_t *mv = get_view(it->view);
    if (it->index >= mv->len) {
        return KL_OBJ_STOP_ITERATION;
    }
    char *p = view_item(mv, view_base(mv), it->index++);
    return KL_OBJ_NEW_SMALL_INT((uint8_t)*p);
}

static const kl_obj_iter_type_t memoryview_iterator_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_memory_iterator,
            .parent = &kl_type_object,
        },
    .getiter = kl_iter_self,
    .iternext = memoryview_iter_next,
};
#define memoryview_iterator_type (memoryview_iterator_type_head.type)

static kl_obj_t memoryview_getiter(kl_obj_t self, kl_obj_iter_buf_t *iter_buf) {
    get_view(self);
    memoryview_iter_t *it;
    if (iter_buf != NULL) {
        it = (memoryview_iter_t *)iter_buf;
    } else {
        it = kl_gc_alloc(sizeof(memoryview_iter_t), 0);
    }
    it->base.type = &memoryview_iterator_type;
    it->view = self;
    it->index = 0;
    return KL_OBJ_FROM_PTR(it);
}

// ==== Attributes ====

static void memoryview_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    switch (attr) {
        case KL_QSTR_obj:
        case KL_QSTR_nbytes:
        case KL_QSTR_readonly:
        case KL_QSTR_itemsize:
        case KL_QSTR_format:
        case KL_QSTR_ndim:
        case KL_QSTR_shape:
        case KL_QSTR_strides:
        case KL_QSTR_suboffsets:
        case KL_QSTR_contiguous:
        case KL_QSTR_c_contiguous:
        case KL_QSTR_f_contiguous:
            break;
        default:
            // Methods: the class's own lookup.
            kl_type_generic_attr(self, attr, dest);
            return;
    }
    if (dest[0] != KL_OBJ_NULL) {
        // A store or delete: the attributes are read-only.
        kl_raise_msg_fmt(&kl_type_AttributeError,
                         KL_ERROR_TEXT("attribute '%q' of 'memoryview' objects is not writable"),
                         attr);
    }
    const memoryview_t *mv = get_view(self);
    kl_obj_t item;
    switch (attr) {
        case KL_QSTR_obj:
            dest[0] = mv->obj;
            break;
        case KL_QSTR_nbytes:
            dest[0] = KL_OBJ_NEW_SMALL_INT(mv->len);
            break;
        case KL_QSTR_readonly:
            dest[0] = KL_OBJ_FROM_BOOL(mv->readonly);
            break;
        case KL_QSTR_itemsize:
        case KL_QSTR_ndim:
            dest[0] = KL_OBJ_NEW_SMALL_INT(1);
            break;
        case KL_QSTR_format:
            dest[0] = KL_OBJ_NEW_QSTR(KL_QSTR_B);
            break;
        case KL_QSTR_shape:
        case KL_QSTR_strides:
            item = attr == KL_QSTR_shape ? KL_OBJ_NEW_SMALL_INT(mv->len)
                                         : KL_OBJ_NEW_SMALL_INT(mv->step);
            dest[0] = kl_obj_new_tuple(1, &item);
            break;
        case KL_QSTR_suboffsets:
            dest[0] = kl_obj_new_tuple(0, NULL);
            break;
        default:
            // One dimension: C and Fortran order are the same thing.
            dest[0] = KL_OBJ_FROM_BOOL(mv->step == 1 || mv->len <= 1);
            break;
    }
}

// ==== Methods ====

// tobytes(order=None). The order ('C', 'F', 'A' or None) is checked but does not matter in one
// dimension.
static kl_obj_t memoryview_tobytes(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    if (n_args + n_kw > 2) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("tobytes() takes at most 1 %sargument (%z given)"),
                         n_args == 1 ? "keyword " : "", n_args + n_kw - 1);
    }
    kl_obj_t order = n_args > 1 ? args[1] : kl_const_none;
    if (n_kw > 0) {
        kl_obj_t name = args[n_args];
        if (kl_obj_str_get_qstr(name) != KL_QSTR_order) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("'%S' is an invalid keyword argument for tobytes()"),
                             name);
        }
        order = args[n_args + 1];
    }
    if (order != kl_const_none) {
        if (!kl_obj_is_str(order)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("tobytes() argument 'order' must be str or None, not "
                                           "%T"),
                             order);
        }
        size_t len;
        const char *o = kl_obj_str_get_data(order, &len);
        if (len != 1 || (o[0] != 'C' && o[0] != 'F' && o[0] != 'A')) {
            kl_raise_ValueError(KL_ERROR_TEXT("order must be 'C', 'F' or 'A'"));
        }
    }
    return view_to_bytes(get_view(args[0]));
}
static KL_DEFINE_FUN_KW(memoryview_tobytes_obj, tobytes, 1, memoryview_tobytes);

static kl_obj_t memoryview_tolist(kl_obj_t self) {
    const memoryview_t *mv = get_view(self);
    kl_obj_t list = kl_obj_new_list(mv->len, NULL);
    size_t n;
    kl_obj_t *items = kl_obj_list_get_items(list, &n);
    char *base = view_base(mv);
    for (size_t i = 0; i < n; i++) {
        items[i] = KL_OBJ_NEW_SMALL_INT((uint8_t)*view_item(mv, base, i));
    }
    return list;
}
static KL_DEFINE_FUN_1(memoryview_tolist_obj, tolist, memoryview_tolist);

// hex([sep[, bytes_per_sep]]): bytes.hex of the items.
static kl_obj_t memoryview_hex(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    size_t n = n_args - 1 + 2 * n_kw;
    kl_obj_t *dest = kl_gc_alloc((2 + n) * sizeof(kl_obj_t), 0);
    kl_load_method(view_to_bytes(get_view(args[0])), KL_QSTR_hex, dest);
    for (size_t i = 0; i < n; i++) {
        dest[2 + i] = args[1 + i];
    }
    return kl_call_method_n_kw(n_args - 1, n_kw, dest);
}
static KL_DEFINE_FUN_KW(memoryview_hex_obj, hex, 1, memoryview_hex);

static kl_obj_t memoryview_toreadonly(kl_obj_t self) {
    const memoryview_t *mv = get_view(self);
    return new_view(mv->obj, mv->start, mv->len, mv->step, true);
}
static KL_DEFINE_FUN_1(memoryview_toreadonly_obj, toreadonly, memoryview_toreadonly);

static kl_obj_t memoryview_release(kl_obj_t self) {
    if (!kl_obj_is_type(self, &kl_type_memoryview)) {
        get_view(self); // raises the descriptor TypeError
    }
    // Releasing twice is allowed; the object is dropped so the collector may free it.
    memoryview_t *mv = KL_OBJ_TO_PTR(self);
    mv->released = true;
    mv->obj = KL_OBJ_NULL;
    return kl_const_none;
}
static KL_DEFINE_FUN_1(memoryview_release_obj, release, memoryview_release);

static kl_obj_t memoryview___enter__(kl_obj_t self) {
    get_view(self);
    return self;
}
static KL_DEFINE_FUN_1(memoryview___enter___obj, __enter__, memoryview___enter__);

// __exit__(exc_type, exc_value, traceback): release, and let any exception through.
static kl_obj_t memoryview___exit__(size_t n_args, const kl_obj_t *args) {
    (void)n_args;
    return memoryview_release(args[0]);
}
static KL_DEFINE_FUN_VAR(memoryview___exit___obj, __exit__, 1, 4, memoryview___exit__);

// ==== Type object ====

// Sorted by name in ASCII order: the runtime binary-searches const dicts.
static const kl_rom_map_elem_t memoryview_locals_table[] = {
    {KL_ROM_QSTR(__enter__), KL_ROM_PTR(&memoryview___enter___obj)},
    {KL_ROM_QSTR(__exit__), KL_ROM_PTR(&memoryview___exit___obj)},
    {KL_ROM_QSTR(hex), KL_ROM_PTR(&memoryview_hex_obj)},
    {KL_ROM_QSTR(release), KL_ROM_PTR(&memoryview_release_obj)},
    {KL_ROM_QSTR(tobytes), KL_ROM_PTR(&memoryview_tobytes_obj)},
    {KL_ROM_QSTR(tolist), KL_ROM_PTR(&memoryview_tolist_obj)},
    {KL_ROM_QSTR(toreadonly), KL_ROM_PTR(&memoryview_toreadonly_obj)},
};
static KL_DEFINE_CONST_DICT(memoryview_locals_dict, memoryview_locals_table);

const kl_obj_ops_type_t kl_type_memoryview_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_OPS,
            .name = KL_QSTR_memoryview,
            .make_new = memoryview_make_new,
            .print = memoryview_print,
            .binary_op = memoryview_binary_op,
            .attr = memoryview_attr,
            .locals_dict = &memoryview_locals_dict,
            .parent = &kl_type_object,
        },
    .unary_op = memoryview_unary_op,
    .subscr = memoryview_subscr,
    .getiter = memoryview_getiter,
};

#else

// A build without memoryview (KL_CFG_MEMORYVIEW=0): the name is not defined and no value is one.
// The type object stays, without constructor or methods, for vm/buffer.c's type test. No value
// has it and no name binds it, so it needs no name (which keeps "memoryview" out of the qstr
// table).
const kl_obj_type_t kl_type_memoryview = {
    .base = {&kl_type_type},
    .parent = &kl_type_object,
};

bool kl_obj_memoryview_get_data(kl_obj_t o, const char **data, size_t *len, bool writable) {
    (void)o; // never called: no value is a memoryview
    (void)data;
    (void)len;
    (void)writable;
    return false;
}

#endif // KL_CFG_MEMORYVIEW
