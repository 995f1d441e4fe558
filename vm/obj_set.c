// vm/obj_set.c: the set and frozenset types.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A set is the key half of an insertion-ordered map (vm/map.c): the members are the keys and
// the values stay unused. Reusing the dict's map costs a word per member, but it brings hashing,
// probing and resizing for free and keeps a set's iteration order stable and predictable.
// (CPython's set order follows its hash table's slots; programs must not depend on either.)
//
// set and frozenset share every line of code below; a frozenset is a set whose type has no
// mutating methods and a hash. Operations that build a new set give it the builtin type of the
// left operand, so frozenset | set is a frozenset and set | frozenset a set, as in CPython.
//
// The operators (| & - ^ and the comparisons) take sets and frozensets only and answer
// NotImplemented otherwise; the named methods (union, issubset, ...) take any iterable, which
// they turn into a temporary set when they need membership tests on it.
//
// A mutable set used as a member or looked up as a key (`{1} in s`, s.discard({1})) stands in
// as a frozenset, as CPython allows: sets are unhashable, but the frozenset with the same
// members hashes and compares equal.

#include <string.h>

#include "vm/gc.h"
#include "vm/map.h"
#include "vm/obj_dict.h"
#include "vm/obj_list.h"
#include "vm/obj_set.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

// ==== Storage ====

static bool is_native_set_type(const kl_obj_type_t *t) {
    if (t == &kl_type_set || t == &kl_type_frozenset) {
        return true;
    }
    return (t->flags & KL_TYPE_FLAG_HEAP) &&
           (t->native_base == &kl_type_set || t->native_base == &kl_type_frozenset);
}

bool kl_obj_is_anyset(kl_obj_t o) {
    return KL_OBJ_IS_OBJ(o) && is_native_set_type(((kl_obj_base_t *)o)->type);
}

// The native set behind [o]: itself, or the set part of an instance of a set subclass.
static kl_obj_set_t *native_set(kl_obj_t o) {
    const kl_obj_type_t *t = ((kl_obj_base_t *)o)->type;
    if (t != &kl_type_set && t != &kl_type_frozenset) {
        o = ((kl_obj_instance_t *)o)->subobj[0];
    }
    return KL_OBJ_TO_PTR(o);
}

static kl_obj_set_t *new_set(const kl_obj_type_t *type, size_t n_alloc) {
    kl_obj_set_t *s = kl_gc_alloc(sizeof(kl_obj_set_t), 0);
    s->base.type = type;
    kl_map_init(&s->map, n_alloc);
    return s;
}

static kl_obj_set_t *set_copy_as(const kl_obj_type_t *type, const kl_obj_set_t *src) {
    kl_obj_set_t *s = new_set(type, 0);
    kl_map_copy(&s->map, &src->map);
    return s;
}

// A small map searches without hashing: hash the key first so that an unhashable key is a
// TypeError, as in CPython, whatever the size of the set.
static void check_hashable(const kl_map_t *map, kl_obj_t key) {
    if (map->index == NULL && KL_OBJ_IS_OBJ(key)) {
        kl_obj_hash(key);
    }
}

// [key] as a lookup key: a mutable set stands in as the frozenset with the same members.
static kl_obj_t lookup_key(kl_obj_t key) {
    if (kl_obj_is_type(key, &kl_type_set)) {
        return KL_OBJ_FROM_PTR(set_copy_as(&kl_type_frozenset, KL_OBJ_TO_PTR(key)));
    }
    return key;
}

static bool set_has(kl_obj_set_t *s, kl_obj_t key) {
    key = lookup_key(key);
    check_hashable(&s->map, key);
    return kl_map_lookup(&s->map, key, KL_MAP_LOOKUP) != NULL;
}

static void set_add(kl_obj_set_t *s, kl_obj_t key) {
    kl_map_lookup(&s->map, key, KL_MAP_LOOKUP_ADD_IF_NOT_FOUND);
}

// Remove [key]; false when it was not there.
static bool set_discard(kl_obj_set_t *s, kl_obj_t key) {
    key = lookup_key(key);
    check_hashable(&s->map, key);
    return kl_map_lookup(&s->map, key, KL_MAP_LOOKUP_REMOVE) != NULL;
}

// Add everything [iterable] yields; sets and plain dicts are read directly.
static void set_update(kl_obj_set_t *s, kl_obj_t iterable) {
    const kl_map_t *src = NULL;
    if (kl_obj_is_anyset(iterable)) {
        src = &native_set(iterable)->map;
    } else if (kl_obj_is_type(iterable, &kl_type_dict)) {
        // Not a dict subclass: its __iter__ may differ.
        src = kl_obj_dict_get_map(iterable);
    }
    if (src != NULL) {
        if (src == &s->map) {
            return;
        }
        size_t pos = 0;
        kl_map_elem_t *e;
        while ((e = kl_map_next(src, &pos)) != NULL) {
            set_add(s, e->key);
        }
        return;
    }
    kl_obj_iter_buf_t iter_buf;
    kl_obj_t it = kl_getiter(iterable, &iter_buf);
    kl_obj_t item;
    while ((item = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        set_add(s, item);
    }
}

// [o] as a native set for membership tests: itself when it is one, else a new set of its items.
static kl_obj_set_t *as_set(kl_obj_t o) {
    if (kl_obj_is_anyset(o)) {
        return native_set(o);
    }
    kl_obj_set_t *s = new_set(&kl_type_set, 0);
    set_update(s, o);
    return s;
}

kl_obj_t kl_obj_new_set(size_t n, const kl_obj_t *items) {
    kl_obj_set_t *s = new_set(&kl_type_set, n);
    for (size_t i = 0; i < n; i++) {
        set_add(s, items[i]);
    }
    return KL_OBJ_FROM_PTR(s);
}

void kl_obj_set_add(kl_obj_t set, kl_obj_t item) {
    set_add(native_set(set), item);
}

void kl_obj_set_update(kl_obj_t set, kl_obj_t iterable) {
    set_update(native_set(set), iterable);
}

kl_obj_t kl_obj_new_frozenset_from_iterable(kl_obj_t iterable) {
    kl_obj_set_t *s = new_set(&kl_type_frozenset, 0);
    set_update(s, iterable);
    return KL_OBJ_FROM_PTR(s);
}

// ==== The set algebra, in place on [s] ====

// Is every member of [a] in [b]?
static bool set_is_subset(kl_obj_set_t *a, kl_obj_set_t *b) {
    if (a->map.used > b->map.used) {
        return false;
    }
    size_t pos = 0;
    kl_map_elem_t *e;
    while ((e = kl_map_next(&a->map, &pos)) != NULL) {
        if (kl_map_lookup(&b->map, e->key, KL_MAP_LOOKUP) == NULL) {
            return false;
        }
    }
    return true;
}

// The members common to [s] and [other] (any iterable), as a new set of the type of [s].
// Which of two equal members survives (1 or 1.0) follows CPython: the one from the smaller
// set, or from [other] when it is not a set.
static kl_obj_set_t *set_intersection(kl_obj_set_t *s, kl_obj_t other) {
    kl_obj_set_t *r = new_set(s->base.type, 0);
    if (kl_obj_is_anyset(other)) {
        kl_obj_set_t *big = s;
        kl_obj_set_t *small = native_set(other);
        if (small == big) {
            kl_map_copy(&r->map, &s->map);
            return r;
        }
        if (small->map.used > big->map.used) {
            big = small;
            small = s;
        }
        size_t pos = 0;
        kl_map_elem_t *e;
        while ((e = kl_map_next(&small->map, &pos)) != NULL) {
            kl_obj_t key = e->key;
            if (kl_map_lookup(&big->map, key, KL_MAP_LOOKUP) != NULL) {
                set_add(r, key);
            }
        }
        return r;
    }
    kl_obj_iter_buf_t iter_buf;
    kl_obj_t it = kl_getiter(other, &iter_buf);
    kl_obj_t item;
    while ((item = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        if (set_has(s, item)) {
            set_add(r, item);
        }
    }
    return r;
}

// Keep only the members of [s] that are in [other] (any iterable).
static void set_intersection_update(kl_obj_set_t *s, kl_obj_t other) {
    s->map = set_intersection(s, other)->map;
}

static void set_difference_update(kl_obj_set_t *s, kl_obj_t other) {
    if (kl_obj_is_anyset(other) && native_set(other) == s) {
        kl_map_clear(&s->map);
        return;
    }
    if (kl_obj_is_anyset(other)) {
        kl_obj_set_t *o = native_set(other);
        size_t pos = 0;
        kl_map_elem_t *e;
        while ((e = kl_map_next(&o->map, &pos)) != NULL) {
            kl_map_lookup(&s->map, e->key, KL_MAP_LOOKUP_REMOVE);
        }
        return;
    }
    kl_obj_iter_buf_t iter_buf;
    kl_obj_t it = kl_getiter(other, &iter_buf);
    kl_obj_t item;
    while ((item = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        set_discard(s, item);
    }
}

static void set_symmetric_difference_update(kl_obj_set_t *s, kl_obj_t other) {
    // A set of the other side first: a member it holds twice must flip only once.
    kl_obj_set_t *o = as_set(other);
    if (o == s) {
        kl_map_clear(&s->map);
        return;
    }
    size_t pos = 0;
    kl_map_elem_t *e;
    while ((e = kl_map_next(&o->map, &pos)) != NULL) {
        kl_obj_t key = e->key;
        if (kl_map_lookup(&s->map, key, KL_MAP_LOOKUP_REMOVE) == NULL) {
            set_add(s, key);
        }
    }
}

// ==== Type protocol ====

static kl_obj_t set_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                             const kl_obj_t *args) {
    if (n_kw != 0) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("%q() takes no keyword arguments"),
                         type->name);
    }
    if (n_args > 1) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%q expected at most 1 argument, got %z"), type->name,
                         n_args);
    }
    // frozenset(a_frozenset) is that frozenset: it cannot change.
    if (type == &kl_type_frozenset && n_args == 1 && kl_obj_is_type(args[0], &kl_type_frozenset)) {
        return args[0];
    }
    kl_obj_set_t *s = new_set(type, 0);
    if (n_args == 1) {
        set_update(s, args[0]);
    }
    return KL_OBJ_FROM_PTR(s);
}

static void set_print_body(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    kl_obj_set_t *s = native_set(o);
    bool frozen = s->base.type == &kl_type_frozenset;
    if (s->map.used == 0) {
        kl_print_str(print, frozen ? "frozenset()" : "set()");
        return;
    }
    if (frozen) {
        kl_print_str(print, "frozenset(");
    }
    kl_print_strn(print, "{", 1);
    size_t pos = 0;
    kl_map_elem_t *e;
    bool first = true;
    while ((e = kl_map_next(&s->map, &pos)) != NULL) {
        if (!first) {
            kl_print_strn(print, ", ", 2);
        }
        first = false;
        kl_obj_print(print, e->key, KL_PRINT_REPR);
    }
    kl_print_strn(print, "}", 1);
    if (frozen) {
        kl_print_strn(print, ")", 1);
    }
}

static void set_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    // A member whose repr prints the set again shows the set as "set(...)", like CPython.
    bool frozen = native_set(o)->base.type == &kl_type_frozenset;
    kl_obj_list_print_guarded(print, o, kind, set_print_body,
                              frozen ? "frozenset(...)" : "set(...)");
}

// The same for every ordering of the same members: a commutative sum of mixed member hashes.
static kl_uint_t frozenset_hash(kl_obj_set_t *s) {
    kl_uint_t h = 0;
    size_t pos = 0;
    kl_map_elem_t *e;
    while ((e = kl_map_next(&s->map, &pos)) != NULL) {
        kl_uint_t x = kl_obj_hash(e->key);
        // Mixed before summing, so that {1, 2} and {3} (1 + 2 == 3) do not collide.
        x = (x ^ (x << 16) ^ 0x5bd1e995u) * (kl_uint_t)0x9e3779b1u;
        h += x;
    }
    h ^= ((kl_uint_t)s->map.used + 1) * (kl_uint_t)0x27d4eb2du;
    h ^= h >> 13;
    return h;
}

static kl_obj_t set_unary_op(kl_unary_op_t op, kl_obj_t o) {
    kl_obj_set_t *s = native_set(o);
    switch (op) {
        case KL_UNARY_OP_BOOL:
            return KL_OBJ_FROM_BOOL(s->map.used != 0);
        case KL_UNARY_OP_LEN:
            return KL_OBJ_NEW_SMALL_INT(s->map.used);
        case KL_UNARY_OP_HASH:
            if (s->base.type == &kl_type_frozenset) {
                // Drop the top bits so the value is a small int on every target.
                return KL_OBJ_NEW_SMALL_INT((kl_int_t)(frozenset_hash(s) >> 2));
            }
            // A set is unhashable: the runtime says so.
            return KL_OBJ_NULL;
        default:
            return KL_OBJ_NULL;
    }
}

// obj.h names only the first in-place operator; the rest follow in the same order.
#define INPLACE(op) ((kl_binary_op_t)((op) + KL_BINARY_OP_INPLACE_OFFSET))

static kl_obj_t set_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    if (op == KL_BINARY_OP_CONTAINS) {
        if (!kl_obj_is_anyset(lhs)) {
            return KL_OBJ_NULL;
        }
        return KL_OBJ_FROM_BOOL(set_has(native_set(lhs), rhs));
    }
    // Every other operator wants two sets (NotImplemented otherwise, so that the other
    // operand, a dict view say, gets its turn).
    if (!kl_obj_is_anyset(lhs) || !kl_obj_is_anyset(rhs)) {
        return KL_OBJ_NULL;
    }
    kl_obj_set_t *a = native_set(lhs);
    kl_obj_set_t *b = native_set(rhs);
    if (op >= KL_BINARY_OP_INPLACE_ADD && op <= KL_BINARY_OP_INPLACE_LAST) {
        // In place on a mutable set only: a frozenset falls back to the plain operator.
        if (a->base.type != &kl_type_set) {
            return KL_OBJ_NULL;
        }
        if (op == INPLACE(KL_BINARY_OP_OR)) {
            set_update(a, rhs);
        } else if (op == INPLACE(KL_BINARY_OP_AND)) {
            set_intersection_update(a, rhs);
        } else if (op == INPLACE(KL_BINARY_OP_SUB)) {
            set_difference_update(a, rhs);
        } else if (op == INPLACE(KL_BINARY_OP_XOR)) {
            set_symmetric_difference_update(a, rhs);
        } else {
            return KL_OBJ_NULL;
        }
        return lhs;
    }
    switch (op) {
        case KL_BINARY_OP_OR:
        case KL_BINARY_OP_AND:
        case KL_BINARY_OP_SUB:
        case KL_BINARY_OP_XOR: {
            if (op == KL_BINARY_OP_AND) {
                return KL_OBJ_FROM_PTR(set_intersection(a, rhs));
            }
            kl_obj_set_t *r = set_copy_as(a->base.type, a);
            if (op == KL_BINARY_OP_OR) {
                set_update(r, rhs);
            } else if (op == KL_BINARY_OP_SUB) {
                set_difference_update(r, rhs);
            } else {
                set_symmetric_difference_update(r, rhs);
            }
            return KL_OBJ_FROM_PTR(r);
        }
        case KL_BINARY_OP_EQ:
            return KL_OBJ_FROM_BOOL(a->map.used == b->map.used && set_is_subset(a, b));
        case KL_BINARY_OP_NE:
            return KL_OBJ_FROM_BOOL(!(a->map.used == b->map.used && set_is_subset(a, b)));
        case KL_BINARY_OP_LE:
            return KL_OBJ_FROM_BOOL(set_is_subset(a, b));
        case KL_BINARY_OP_LT:
            return KL_OBJ_FROM_BOOL(a->map.used < b->map.used && set_is_subset(a, b));
        case KL_BINARY_OP_GE:
            return KL_OBJ_FROM_BOOL(set_is_subset(b, a));
        case KL_BINARY_OP_GT:
            return KL_OBJ_FROM_BOOL(b->map.used < a->map.used && set_is_subset(b, a));
        default:
            return KL_OBJ_NULL;
    }
}

// ==== Iteration ====

// As for dicts: [set] is NULL once exhausted, and [used] catches a change of size.
typedef struct _set_iter_t {
    kl_obj_base_t base;
    kl_obj_set_t *set;
    size_t pos;
    size_t used;
} set_iter_t;

_Static_assert(sizeof(set_iter_t) <= sizeof(kl_obj_iter_buf_t), "set_iter_t fits an iter_buf");

static kl_obj_t set_iter_next(kl_obj_t self) {
    set_iter_t *it = KL_OBJ_TO_PTR(self);
    if (it->set == NULL) {
        return KL_OBJ_STOP_ITERATION;
    }
    if (it->set->map.used != it->used) {
        it->used = SIZE_MAX;
        kl_raise_msg(&kl_type_RuntimeError, KL_ERROR_TEXT("Set changed size during iteration"));
    }
    kl_map_elem_t *e = kl_map_next(&it->set->map, &it->pos);
    if (e == NULL) {
        it->set = NULL;
        return KL_OBJ_STOP_ITERATION;
    }
    return e->key;
}

static const kl_obj_type_t set_iterator_type = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID,
    .name = KL_QSTR_set_iterator,
    .getiter = kl_iter_self,
    .iternext = set_iter_next,
    .parent = &kl_type_object,
};

static kl_obj_t set_getiter(kl_obj_t self, kl_obj_iter_buf_t *iter_buf) {
    set_iter_t *it = iter_buf != NULL ? (set_iter_t *)iter_buf : kl_gc_alloc(sizeof(set_iter_t), 0);
    it->base.type = &set_iterator_type;
    it->set = native_set(self);
    it->pos = 0;
    it->used = it->set->map.used;
    return KL_OBJ_FROM_PTR(it);
}

// ==== Methods ====
// [self] is a set or frozenset, or an instance of a subclass (native_set serves both). Results
// of the non-mutating methods have the builtin type of self.

static kl_obj_t set_add_method(kl_obj_t self, kl_obj_t item) {
    set_add(native_set(self), item);
    return kl_const_none;
}
static KL_DEFINE_FUN_2(set_add_obj, add, set_add_method);

static kl_obj_t set_clear(kl_obj_t self) {
    kl_map_clear(&native_set(self)->map);
    return kl_const_none;
}
static KL_DEFINE_FUN_1(set_clear_obj, clear, set_clear);

static kl_obj_t set_copy(kl_obj_t self) {
    kl_obj_set_t *s = native_set(self);
    if (kl_obj_is_type(self, &kl_type_frozenset)) {
        return self;
    }
    return KL_OBJ_FROM_PTR(set_copy_as(s->base.type, s));
}
static KL_DEFINE_FUN_1(set_copy_obj, copy, set_copy);

// The shape of union, intersection and difference: a copy of self, updated by each argument.
static kl_obj_t set_multi(size_t n_args, const kl_obj_t *args,
                          void (*update)(kl_obj_set_t *, kl_obj_t)) {
    kl_obj_set_t *s = native_set(args[0]);
    kl_obj_set_t *r = set_copy_as(s->base.type, s);
    for (size_t i = 1; i < n_args; i++) {
        update(r, args[i]);
    }
    return KL_OBJ_FROM_PTR(r);
}

// The shape of the *_update methods: self updated in place by each argument.
static kl_obj_t set_multi_update(size_t n_args, const kl_obj_t *args,
                                 void (*update)(kl_obj_set_t *, kl_obj_t)) {
    kl_obj_set_t *s = native_set(args[0]);
    for (size_t i = 1; i < n_args; i++) {
        update(s, args[i]);
    }
    return kl_const_none;
}

static kl_obj_t set_union(size_t n_args, const kl_obj_t *args) {
    return set_multi(n_args, args, set_update);
}
static KL_DEFINE_FUN_VAR(set_union_obj, union, 1, 0xffff, set_union);

static kl_obj_t set_update_method(size_t n_args, const kl_obj_t *args) {
    return set_multi_update(n_args, args, set_update);
}
static KL_DEFINE_FUN_VAR(set_update_obj, update, 1, 0xffff, set_update_method);

static kl_obj_t set_intersection_method(size_t n_args, const kl_obj_t *args) {
    kl_obj_set_t *r = native_set(args[0]);
    if (n_args == 1) {
        return KL_OBJ_FROM_PTR(set_copy_as(r->base.type, r));
    }
    for (size_t i = 1; i < n_args; i++) {
        r = set_intersection(r, args[i]);
    }
    return KL_OBJ_FROM_PTR(r);
}
static KL_DEFINE_FUN_VAR(set_intersection_obj, intersection, 1, 0xffff, set_intersection_method);

static kl_obj_t set_intersection_update_method(size_t n_args, const kl_obj_t *args) {
    return set_multi_update(n_args, args, set_intersection_update);
}
static KL_DEFINE_FUN_VAR(set_intersection_update_obj, intersection_update, 1, 0xffff,
                         set_intersection_update_method);

static kl_obj_t set_difference(size_t n_args, const kl_obj_t *args) {
    return set_multi(n_args, args, set_difference_update);
}
static KL_DEFINE_FUN_VAR(set_difference_obj, difference, 1, 0xffff, set_difference);

static kl_obj_t set_difference_update_method(size_t n_args, const kl_obj_t *args) {
    return set_multi_update(n_args, args, set_difference_update);
}
static KL_DEFINE_FUN_VAR(set_difference_update_obj, difference_update, 1, 0xffff,
                         set_difference_update_method);

static kl_obj_t set_symmetric_difference(kl_obj_t self, kl_obj_t other) {
    kl_obj_set_t *s = native_set(self);
    kl_obj_set_t *r = set_copy_as(s->base.type, s);
    set_symmetric_difference_update(r, other);
    return KL_OBJ_FROM_PTR(r);
}
static KL_DEFINE_FUN_2(set_symmetric_difference_obj, symmetric_difference,
                       set_symmetric_difference);

static kl_obj_t set_symmetric_difference_update_method(kl_obj_t self, kl_obj_t other) {
    set_symmetric_difference_update(native_set(self), other);
    return kl_const_none;
}
static KL_DEFINE_FUN_2(set_symmetric_difference_update_obj, symmetric_difference_update,
                       set_symmetric_difference_update_method);

static kl_obj_t set_discard_method(kl_obj_t self, kl_obj_t item) {
    set_discard(native_set(self), item);
    return kl_const_none;
}
static KL_DEFINE_FUN_2(set_discard_obj, discard, set_discard_method);

static kl_obj_t set_remove(kl_obj_t self, kl_obj_t item) {
    if (!set_discard(native_set(self), item)) {
        kl_raise_KeyError(item);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_2(set_remove_obj, remove, set_remove);

// The first member: for small ints added in order, the smallest, as CPython would usually give.
static kl_obj_t set_pop(kl_obj_t self) {
    kl_obj_set_t *s = native_set(self);
    size_t pos = 0;
    kl_map_elem_t *e = kl_map_next(&s->map, &pos);
    if (e == NULL) {
        kl_raise_KeyError(kl_obj_new_str_from_cstr(KL_ERROR_TEXT("pop from an empty set")));
    }
    return kl_map_lookup(&s->map, e->key, KL_MAP_LOOKUP_REMOVE)->key;
}
static KL_DEFINE_FUN_1(set_pop_obj, pop, set_pop);

static kl_obj_t set_isdisjoint(kl_obj_t self, kl_obj_t other) {
    kl_obj_set_t *s = native_set(self);
    kl_obj_iter_buf_t iter_buf;
    kl_obj_t it = kl_getiter(other, &iter_buf);
    kl_obj_t item;
    while ((item = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        if (set_has(s, item)) {
            return kl_const_false;
        }
    }
    return kl_const_true;
}
static KL_DEFINE_FUN_2(set_isdisjoint_obj, isdisjoint, set_isdisjoint);

static kl_obj_t set_issubset(kl_obj_t self, kl_obj_t other) {
    return KL_OBJ_FROM_BOOL(set_is_subset(native_set(self), as_set(other)));
}
static KL_DEFINE_FUN_2(set_issubset_obj, issubset, set_issubset);

static kl_obj_t set_issuperset(kl_obj_t self, kl_obj_t other) {
    kl_obj_set_t *s = native_set(self);
    if (kl_obj_is_anyset(other)) {
        return KL_OBJ_FROM_BOOL(set_is_subset(native_set(other), s));
    }
    kl_obj_iter_buf_t iter_buf;
    kl_obj_t it = kl_getiter(other, &iter_buf);
    kl_obj_t item;
    while ((item = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        if (!set_has(s, item)) {
            return kl_const_false;
        }
    }
    return kl_const_true;
}
static KL_DEFINE_FUN_2(set_issuperset_obj, issuperset, set_issuperset);

static kl_obj_t set___contains__(kl_obj_t self, kl_obj_t item) {
    return KL_OBJ_FROM_BOOL(set_has(native_set(self), item));
}
static KL_DEFINE_FUN_2(set___contains___obj, __contains__, set___contains__);

// set.__init__(iterable): what a subclass's __init__ reaches through super().__init__.
static kl_obj_t set___init__(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    if (n_kw != 0) {
        kl_raise_TypeError(KL_ERROR_TEXT("set() takes no keyword arguments"));
    }
    if (n_args > 2) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("set expected at most 1 argument, got %z"), n_args - 1);
    }
    kl_obj_set_t *s = native_set(args[0]);
    kl_map_clear(&s->map);
    if (n_args == 2) {
        set_update(s, args[1]);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_KW(set___init___obj, __init__, 1, set___init__);

// Sorted by name (ASCII): the tables are binary-searched.
// set.__ior__, __iand__, __isub__ and __ixor__, for calls by name (super().__ior__(x) in a
// subclass): the in-place operators, NotImplemented unless [other] is a set or frozenset.
static kl_obj_t set_inplace(kl_binary_op_t op, kl_obj_t self, kl_obj_t other) {
    kl_obj_t r = set_binary_op(INPLACE(op), self, other);
    return r == KL_OBJ_NULL ? kl_const_notimplemented : r;
}

static kl_obj_t set___ior__(kl_obj_t self, kl_obj_t other) {
    return set_inplace(KL_BINARY_OP_OR, self, other);
}
static KL_DEFINE_FUN_2(set___ior___obj, __ior__, set___ior__);

static kl_obj_t set___iand__(kl_obj_t self, kl_obj_t other) {
    return set_inplace(KL_BINARY_OP_AND, self, other);
}
static KL_DEFINE_FUN_2(set___iand___obj, __iand__, set___iand__);

static kl_obj_t set___isub__(kl_obj_t self, kl_obj_t other) {
    return set_inplace(KL_BINARY_OP_SUB, self, other);
}
static KL_DEFINE_FUN_2(set___isub___obj, __isub__, set___isub__);

static kl_obj_t set___ixor__(kl_obj_t self, kl_obj_t other) {
    return set_inplace(KL_BINARY_OP_XOR, self, other);
}
static KL_DEFINE_FUN_2(set___ixor___obj, __ixor__, set___ixor__);

static const kl_map_elem_t set_locals_table[] = {
    {KL_ROM_QSTR(__contains__), KL_ROM_PTR(&set___contains___obj)},
    // Unhashable, also for subclasses (which would otherwise inherit object.__hash__).
    {KL_ROM_QSTR(__hash__), kl_const_none},
    {KL_ROM_QSTR(__iand__), KL_ROM_PTR(&set___iand___obj)},
    {KL_ROM_QSTR(__init__), KL_ROM_PTR(&set___init___obj)},
    {KL_ROM_QSTR(__ior__), KL_ROM_PTR(&set___ior___obj)},
    {KL_ROM_QSTR(__isub__), KL_ROM_PTR(&set___isub___obj)},
    {KL_ROM_QSTR(__ixor__), KL_ROM_PTR(&set___ixor___obj)},
    {KL_ROM_QSTR(add), KL_ROM_PTR(&set_add_obj)},
    {KL_ROM_QSTR(clear), KL_ROM_PTR(&set_clear_obj)},
    {KL_ROM_QSTR(copy), KL_ROM_PTR(&set_copy_obj)},
    {KL_ROM_QSTR(difference), KL_ROM_PTR(&set_difference_obj)},
    {KL_ROM_QSTR(difference_update), KL_ROM_PTR(&set_difference_update_obj)},
    {KL_ROM_QSTR(discard), KL_ROM_PTR(&set_discard_obj)},
    {KL_ROM_QSTR(intersection), KL_ROM_PTR(&set_intersection_obj)},
    {KL_ROM_QSTR(intersection_update), KL_ROM_PTR(&set_intersection_update_obj)},
    {KL_ROM_QSTR(isdisjoint), KL_ROM_PTR(&set_isdisjoint_obj)},
    {KL_ROM_QSTR(issubset), KL_ROM_PTR(&set_issubset_obj)},
    {KL_ROM_QSTR(issuperset), KL_ROM_PTR(&set_issuperset_obj)},
    {KL_ROM_QSTR(pop), KL_ROM_PTR(&set_pop_obj)},
    {KL_ROM_QSTR(remove), KL_ROM_PTR(&set_remove_obj)},
    {KL_ROM_QSTR(symmetric_difference), KL_ROM_PTR(&set_symmetric_difference_obj)},
    {KL_ROM_QSTR(symmetric_difference_update), KL_ROM_PTR(&set_symmetric_difference_update_obj)},
    {KL_ROM_QSTR(union), KL_ROM_PTR(&set_union_obj)},
    {KL_ROM_QSTR(update), KL_ROM_PTR(&set_update_obj)},
};
static KL_DEFINE_CONST_DICT(set_locals_dict, set_locals_table);

static const kl_map_elem_t frozenset_locals_table[] = {
    {KL_ROM_QSTR(__contains__), KL_ROM_PTR(&set___contains___obj)},
    {KL_ROM_QSTR(copy), KL_ROM_PTR(&set_copy_obj)},
    {KL_ROM_QSTR(difference), KL_ROM_PTR(&set_difference_obj)},
    {KL_ROM_QSTR(intersection), KL_ROM_PTR(&set_intersection_obj)},
    {KL_ROM_QSTR(isdisjoint), KL_ROM_PTR(&set_isdisjoint_obj)},
    {KL_ROM_QSTR(issubset), KL_ROM_PTR(&set_issubset_obj)},
    {KL_ROM_QSTR(issuperset), KL_ROM_PTR(&set_issuperset_obj)},
    {KL_ROM_QSTR(symmetric_difference), KL_ROM_PTR(&set_symmetric_difference_obj)},
    {KL_ROM_QSTR(union), KL_ROM_PTR(&set_union_obj)},
};
static KL_DEFINE_CONST_DICT(frozenset_locals_dict, frozenset_locals_table);

const kl_obj_type_t kl_type_set = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_BASETYPE,
    .name = KL_QSTR_set,
    .make_new = set_make_new,
    .print = set_print,
    .unary_op = set_unary_op,
    .binary_op = set_binary_op,
    .getiter = set_getiter,
    .locals_dict = &set_locals_dict,
    .parent = &kl_type_object,
};

const kl_obj_type_t kl_type_frozenset = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_BASETYPE,
    .name = KL_QSTR_frozenset,
    .make_new = set_make_new,
    .print = set_print,
    .unary_op = set_unary_op,
    .binary_op = set_binary_op,
    .getiter = set_getiter,
    .locals_dict = &frozenset_locals_dict,
    .parent = &kl_type_object,
};
