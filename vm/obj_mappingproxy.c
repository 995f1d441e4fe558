// vm/obj_mappingproxy.c: mappingproxy, the read-only view that a class's __dict__ gives.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A class's attributes must change only through setattr, which keeps the type-lookup cache
// right, so C.__dict__ hands out this view rather than the dict: reads go to the live mapping,
// writes raise TypeError. mappingproxy(m) wraps any mapping.

#include "vm/gc.h"
#include "vm/obj_dict.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

#if KL_CFG_MAPPINGPROXY

typedef struct _mappingproxy_t {
    kl_obj_base_t base;
    kl_obj_t mapping;
} mappingproxy_t;

kl_obj_t kl_obj_new_mappingproxy(kl_obj_t mapping) {
    mappingproxy_t *p = kl_gc_alloc(sizeof(mappingproxy_t), 0);
    p->base.type = &kl_type_mappingproxy;
    p->mapping = mapping;
    return KL_OBJ_FROM_PTR(p);
}

static kl_obj_t mapping_of(kl_obj_t self) {
    return ((mappingproxy_t *)KL_OBJ_TO_PTR(self))->mapping;
}

static kl_obj_t mappingproxy_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                      const kl_obj_t *args) {
    (void)type;
    if (n_kw != 0 || n_args != 1) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("mappingproxy() takes exactly one argument (%z given)"),
                         n_args + n_kw);
    }
    // A mapping has keys() as well as a subscript: lists and tuples are not mappings.
    kl_obj_t m = args[0];
    const kl_obj_type_t *t = kl_obj_get_type(m);
    if (kl_obj_is_subclass(t, &kl_type_list) || kl_obj_is_subclass(t, &kl_type_tuple) ||
        kl_load_attr_maybe(m, KL_QSTR_keys, KL_OBJ_NULL) == KL_OBJ_NULL ||
        (kl_type_subscr(t) == NULL && kl_type_lookup(t, KL_QSTR___getitem__) == KL_OBJ_NULL)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("mappingproxy() argument must be a mapping, not %T"), m);
    }
    return kl_obj_new_mappingproxy(m);
}

static void mappingproxy_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    // str() of a proxy is str() of its mapping.
    kl_printf(print, kind == KL_PRINT_REPR ? "mappingproxy(%r)" : "%S", mapping_of(o));
}

static kl_obj_t mappingproxy_subscr(kl_obj_t self, kl_obj_t index, kl_obj_t value) {
    if (value == KL_OBJ_SENTINEL) {
        return kl_obj_subscr(mapping_of(self), index, KL_OBJ_SENTINEL);
    }
    kl_raise_msg_fmt(&kl_type_TypeError,
                     value == KL_OBJ_NULL
                         ? KL_ERROR_TEXT("'mappingproxy' object does not support item deletion")
                         : KL_ERROR_TEXT("'mappingproxy' object does not support item assignment"));
}

static kl_obj_t mappingproxy_getiter(kl_obj_t self, kl_obj_iter_buf_t *iter_buf) {
    (void)iter_buf;
    return kl_getiter(mapping_of(self), NULL);
}

static kl_obj_t mappingproxy_unary_op(kl_unary_op_t op, kl_obj_t o) {
    switch (op) {
        case KL_UNARY_OP_LEN:
            return kl_obj_len(mapping_of(o));
        case KL_UNARY_OP_BOOL:
            return KL_OBJ_FROM_BOOL(kl_obj_is_true(mapping_of(o)));
        case KL_UNARY_OP_HASH:
            kl_raise_TypeError(KL_ERROR_TEXT("unhashable type: 'mappingproxy'"));
        default:
            return KL_OBJ_NULL;
    }
}

static kl_obj_t mappingproxy_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    switch (op) {
        case KL_BINARY_OP_CONTAINS:
            return KL_OBJ_FROM_BOOL(kl_obj_contains(mapping_of(lhs), rhs));
        case KL_BINARY_OP_EQ:
        case KL_BINARY_OP_NE:
        case KL_BINARY_OP_LT:
        case KL_BINARY_OP_GT:
        case KL_BINARY_OP_LE:
        case KL_BINARY_OP_GE:
            // The proxy compares as its mapping does (a reflected call gets the proxy on the
            // right).
            if (kl_obj_is_type(lhs, &kl_type_mappingproxy)) {
                return kl_binary_op(op, mapping_of(lhs), rhs);
            }
            return kl_binary_op(op, lhs, mapping_of(rhs));
        case KL_BINARY_OP_OR:
            // proxy | other and other | proxy are new dicts.
            if (kl_obj_is_type(lhs, &kl_type_mappingproxy)) {
                lhs = mapping_of(lhs);
            }
            if (kl_obj_is_type(rhs, &kl_type_mappingproxy)) {
                rhs = mapping_of(rhs);
            }
            return kl_binary_op(KL_BINARY_OP_OR, lhs, rhs);
        default:
            return KL_OBJ_NULL;
    }
}

// get, keys, values, items and copy: the mapping's own methods.
static kl_obj_t delegate(kl_qstr_t name, size_t n_args, const kl_obj_t *args) {
    kl_obj_t m[2 + 2];
    kl_load_method(mapping_of(args[0]), name, m);
    for (size_t i = 1; i < n_args; i++) {
        m[1 + i] = args[i];
    }
    return kl_call_method_n_kw(n_args - 1, 0, m);
}

static kl_obj_t mappingproxy_get(size_t n_args, const kl_obj_t *args) {
    return delegate(KL_QSTR_get, n_args, args);
}
static KL_DEFINE_FUN_VAR(mappingproxy_get_obj, get, 2, 3, mappingproxy_get);

#define DEFINE_DELEGATE(name)                                                                      \
    static kl_obj_t mappingproxy_##name(kl_obj_t self) {                                           \
        return delegate(KL_QSTR_##name, 1, &self);                                                 \
    }                                                                                              \
    static KL_DEFINE_FUN_1(mappingproxy_##name##_obj, name, mappingproxy_##name)
DEFINE_DELEGATE(keys);
DEFINE_DELEGATE(values);
DEFINE_DELEGATE(items);
DEFINE_DELEGATE(copy);

static const kl_rom_map_elem_t mappingproxy_locals_table[] = {
    {KL_ROM_QSTR(copy), KL_ROM_PTR(&mappingproxy_copy_obj)},
    {KL_ROM_QSTR(get), KL_ROM_PTR(&mappingproxy_get_obj)},
    {KL_ROM_QSTR(items), KL_ROM_PTR(&mappingproxy_items_obj)},
    {KL_ROM_QSTR(keys), KL_ROM_PTR(&mappingproxy_keys_obj)},
    {KL_ROM_QSTR(values), KL_ROM_PTR(&mappingproxy_values_obj)},
};
static KL_DEFINE_CONST_DICT(mappingproxy_locals_dict, mappingproxy_locals_table);

const kl_obj_ops_type_t kl_type_mappingproxy_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_OPS,
            .name = KL_QSTR_mappingproxy,
            .make_new = mappingproxy_make_new,
            .print = mappingproxy_print,
            .binary_op = mappingproxy_binary_op,
            .locals_dict = &mappingproxy_locals_dict,
            .parent = &kl_type_object,
        },
    .unary_op = mappingproxy_unary_op,
    .subscr = mappingproxy_subscr,
    .getiter = mappingproxy_getiter,
};

#endif // KL_CFG_MAPPINGPROXY
