// vm/obj_union.c: types.UnionType, what `int | None` makes.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Annotations are evaluated when a def or class statement runs, so `def f(x: list[int] | None)`
// needs `|` between classes, None, generic aliases and unions to work even though nothing reads
// the result. A union keeps its members in a tuple, flattened (a union of unions is one union)
// and without duplicates; a union of one member is that member. isinstance() and issubclass()
// accept a union as they accept a tuple of classes (vm/mod_builtins.c).

#include "vm/gc.h"
#include "vm/obj_list.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

#if KL_CFG_GENERIC_ALIAS

typedef struct _union_t {
    kl_obj_base_t base;
    kl_obj_t args; // tuple of classes and generic aliases; NoneType stands for None
} union_t;

kl_obj_t kl_obj_union_args(kl_obj_t u) {
    return ((union_t *)u)->args;
}

// What may stand on either side of `|` in a union: None, a class, a generic alias, a union.
static bool is_unionable(kl_obj_t o) {
    return o == kl_const_none || kl_obj_is_type(o, &kl_type_generic_alias) ||
           kl_obj_is_type(o, &kl_type_union) ||
           (KL_OBJ_IS_OBJ(o) && o != KL_OBJ_NULL &&
            kl_obj_is_subclass(((kl_obj_base_t *)o)->type, &kl_type_type));
}

static void add_member(kl_obj_t list, kl_obj_t m) {
    if (m == kl_const_none) {
        m = KL_OBJ_FROM_PTR(&kl_type_NoneType);
    }
    size_t n;
    kl_obj_t *items = kl_obj_list_get_items(list, &n);
    for (size_t i = 0; i < n; i++) {
        if (items[i] == m || kl_obj_equal(items[i], m)) {
            return;
        }
    }
    kl_obj_list_append(list, m);
}

static void add_members(kl_obj_t list, kl_obj_t o) {
    if (kl_obj_is_type(o, &kl_type_union)) {
        kl_obj_tuple_t *t = (kl_obj_tuple_t *)((union_t *)o)->args;
        for (size_t i = 0; i < t->len; i++) {
            add_member(list, t->items[i]);
        }
    } else {
        add_member(list, o);
    }
}

kl_obj_t kl_obj_union_or(kl_obj_t lhs, kl_obj_t rhs) {
    if (!is_unionable(lhs) || !is_unionable(rhs)) {
        return KL_OBJ_NULL;
    }
    kl_obj_t list = kl_obj_new_list(0, NULL);
    add_members(list, lhs);
    add_members(list, rhs);
    size_t n;
    kl_obj_t *items = kl_obj_list_get_items(list, &n);
    if (n == 1) {
        return items[0] == KL_OBJ_FROM_PTR(&kl_type_NoneType) ? kl_const_none : items[0];
    }
    union_t *u = kl_gc_alloc(sizeof(union_t), 0);
    u->base.type = &kl_type_union;
    u->args = kl_obj_new_tuple(n, items);
    return KL_OBJ_FROM_PTR(u);
}

static void union_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    kl_obj_tuple_t *t = (kl_obj_tuple_t *)((union_t *)o)->args;
    for (size_t i = 0; i < t->len; i++) {
        if (i > 0) {
            kl_print_str(print, " | ");
        }
        if (t->items[i] == KL_OBJ_FROM_PTR(&kl_type_NoneType)) {
            kl_print_str(print, "None");
        } else {
            kl_obj_generic_alias_print_arg(print, t->items[i]);
        }
    }
}

static void union_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    if (dest[0] != KL_OBJ_NULL) {
        return;
    }
    if (attr == KL_QSTR___args__) {
        dest[0] = ((union_t *)self)->args;
    } else if (attr == KL_QSTR___parameters__) {
        dest[0] = kl_const_empty_tuple;
    }
}

// Unions are equal when they have the same members, in any order.
static bool same_members(kl_obj_t a, kl_obj_t b) {
    kl_obj_tuple_t *ta = (kl_obj_tuple_t *)((union_t *)a)->args;
    kl_obj_tuple_t *tb = (kl_obj_tuple_t *)((union_t *)b)->args;
    if (ta->len != tb->len) {
        return false;
    }
    for (size_t i = 0; i < ta->len; i++) {
        bool found = false;
        for (size_t j = 0; j < tb->len && !found; j++) {
            found = kl_obj_equal(ta->items[i], tb->items[j]);
        }
        if (!found) {
            return false;
        }
    }
    return true;
}

static kl_obj_t union_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    if (op == KL_BINARY_OP_OR) {
        return kl_obj_union_or(lhs, rhs);
    }
    if ((op == KL_BINARY_OP_EQ || op == KL_BINARY_OP_NE) && kl_obj_is_type(lhs, &kl_type_union) &&
        kl_obj_is_type(rhs, &kl_type_union)) {
        return KL_OBJ_FROM_BOOL(same_members(lhs, rhs) == (op == KL_BINARY_OP_EQ));
    }
    return KL_OBJ_NULL;
}

static kl_obj_t union_unary_op(kl_unary_op_t op, kl_obj_t o) {
    if (op == KL_UNARY_OP_HASH) {
        // Independent of the order of the members, as equality is.
        kl_obj_tuple_t *t = (kl_obj_tuple_t *)((union_t *)o)->args;
        kl_uint_t h = 0x5a17;
        for (size_t i = 0; i < t->len; i++) {
            h ^= kl_obj_hash(t->items[i]);
        }
        return KL_OBJ_NEW_SMALL_INT((kl_int_t)(h >> 2));
    }
    return KL_OBJ_NULL;
}

const kl_obj_ops_type_t kl_type_union_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_OPS,
            .name = KL_QSTR_types_UnionType,
            .print = union_print,
            .binary_op = union_binary_op,
            .attr = union_attr,
        },
    .unary_op = union_unary_op,
};

#endif // KL_CFG_GENERIC_ALIAS
