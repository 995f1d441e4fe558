// vm/obj_dict.c: the dict type, its keys/values/items views and their iterators.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A dict is an object header around a kl_map_t (vm/map.c), the same insertion-ordered map that
// holds namespaces and instance attributes, so iteration order, popitem's LIFO order and
// reversed() all fall out of the map's entry array: iterating is walking that array and
// skipping deleted entries.
//
// An iterator remembers its position in the array and the dict's size when it started. Python
// code run by the loop body may add or delete keys; the size check turns that into CPython's
// RuntimeError instead of a walk over a moved array. An iterator that a for loop creates lives in
// the caller's kl_obj_iter_buf_t, so `for k in d` allocates nothing.
//
// The views (d.keys(), d.values(), d.items()) are a pointer to the dict and a kind; they read
// the dict live, and share the dict's length and iteration slots. Keys and items views are
// set-like: their & | - ^ build a set (vm/obj_set.c) and their comparisons are subset tests written
// against the generic len/iter/in protocol, so they work with sets, frozensets and other views
// alike, on either side of the operator. Below CORE the views have neither
// (KL_CFG_DICT_VIEW_SETOPS, KL_CFG_DICT_VIEW_COMPARE).
//
// Instances of a class derived from dict keep the dict in subobj[0]. The dunder methods in the
// method table (__getitem__, __setitem__, __init__...) exist for them: super().__setitem__ and
// dict.__init__ find them, and __getitem__ is where a subclass's __missing__ is honoured, because
// it is called with the instance rather than the native dict.

#include <string.h>

#include "vm/gc.h"
#include "vm/map.h"
#include "vm/obj_dict.h"
#include "vm/obj_list.h"
#include "vm/obj_set.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

// ==== Storage ====

static bool is_native_dict_type(const kl_obj_type_t *t) {
    return t == &kl_type_dict ||
           ((t->flags & KL_TYPE_FLAG_HEAP) && kl_type_native_base(t) == &kl_type_dict);
}

bool kl_obj_is_dict(kl_obj_t o) {
    return KL_OBJ_IS_OBJ(o) && is_native_dict_type(((kl_obj_base_t *)o)->type);
}

// The native dict behind [o]: itself, or the dict part of an instance of a dict subclass.
static kl_obj_dict_t *native_dict(kl_obj_t o) {
    if (((kl_obj_base_t *)o)->type != &kl_type_dict) {
        o = ((kl_obj_instance_t *)o)->subobj[0];
    }
    return KL_OBJ_TO_PTR(o);
}

kl_map_t *kl_obj_dict_get_map(kl_obj_t dict) {
    return &native_dict(dict)->map;
}

// What a view yields, in the order of kl_type_dict_views; VIEW_KEYS and VIEW_VALUES are also the
// positions of the key and the value in an entry.
_Static_assert(offsetof(kl_map_elem_t, value) == sizeof(kl_obj_t), "an entry is key, value");
typedef enum {
    VIEW_KEYS,
    VIEW_VALUES,
    VIEW_ITEMS,
} view_kind_t;

// A view is laid out as an instance of a dict subclass is (kl_obj_instance_t), its dict where
// such an instance keeps its dict part, so that native_dict serves views too.
typedef struct _dict_view_t {
    kl_obj_base_t base;
    size_t kind; // view_kind_t
    kl_obj_dict_t *dict;
} dict_view_t;

_Static_assert(offsetof(dict_view_t, dict) == offsetof(kl_obj_instance_t, subobj),
               "native_dict finds a view's dict");

static kl_obj_t view_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs);

// The three view types, which cannot be subclassed, are the types with view_binary_op.
static bool is_view(kl_obj_t o) {
    return KL_OBJ_IS_OBJ(o) && ((kl_obj_base_t *)o)->type->binary_op == view_binary_op;
}

static view_kind_t view_kind(kl_obj_t view) {
    return (view_kind_t)((dict_view_t *)KL_OBJ_TO_PTR(view))->kind;
}

// What iterating [o] yields: a view's kind, or the keys of a dict (or of an instance of a dict
// subclass).
static view_kind_t iter_kind(kl_obj_t o) {
    return is_view(o) ? view_kind(o) : VIEW_KEYS;
}

// kl_map_lookup for a key from a Python program. A small map searches without hashing: hash
// the key first so that an unhashable key is a TypeError, as in CPython, whatever the size of
// the dict.
static kl_map_elem_t *lookup(kl_obj_dict_t *d, kl_obj_t key, kl_map_lookup_kind_t kind) {
    if (d->map.index == NULL && KL_OBJ_IS_OBJ(key)) {
        kl_obj_hash(key);
    }
    return kl_map_lookup(&d->map, key, kind);
}

kl_obj_t kl_obj_new_dict(size_t n_alloc) {
    kl_obj_dict_t *d = kl_gc_alloc(sizeof(kl_obj_dict_t), 0);
    d->base.type = &kl_type_dict;
    kl_map_init(&d->map, n_alloc);
    return KL_OBJ_FROM_PTR(d);
}

kl_obj_t kl_obj_new_dict_view_of_map(kl_map_t *map) {
    kl_obj_t dict = kl_obj_new_dict(0);
    kl_map_copy(&native_dict(dict)->map, map);
    return dict;
}

void kl_obj_dict_store(kl_obj_t dict, kl_obj_t key, kl_obj_t value) {
    kl_map_t *map = &native_dict(dict)->map;
    kl_map_lookup(map, key, KL_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
}

kl_obj_t kl_obj_dict_get(kl_obj_t dict, kl_obj_t key) {
    kl_map_elem_t *e = kl_map_lookup(&native_dict(dict)->map, key, KL_MAP_LOOKUP);
    return e != NULL ? e->value : KL_OBJ_NULL;
}

static kl_obj_t dict_copy_of(kl_obj_dict_t *d) {
    kl_obj_t copy = kl_obj_new_dict(0);
    kl_map_copy(&native_dict(copy)->map, &d->map);
    return copy;
}

// How CPython names a called object in argument errors: "__main__.f" for a function or method
// (module and qualified name), "print" for a builtin, else the type's name.
static kl_obj_t function_str(kl_obj_t fn) {
    kl_obj_t qual = kl_load_attr_maybe(fn, KL_QSTR___qualname__, KL_OBJ_NULL);
    if (qual == KL_OBJ_NULL || !kl_obj_is_str(qual)) {
        return KL_OBJ_NEW_QSTR(kl_obj_get_type_qstr(fn));
    }
    kl_obj_t mod = kl_load_attr_maybe(fn, KL_QSTR___module__, KL_OBJ_NULL);
    if (mod == KL_OBJ_NULL || !kl_obj_is_str(mod) || kl_obj_str_get_qstr(mod) == KL_QSTR_builtins) {
        return qual;
    }
    return kl_obj_str_printf("%S.%S", mod, qual);
}

// Store [key]: [value] in [d]; with [no_dups], a key that is already there is an error (the
// keyword arguments of f(**a, **b), where [fn], if known, is f). New entries come back from
// the map with a NULL value, which no stored value ever is.
static void store_checked(kl_obj_dict_t *d, kl_obj_t key, kl_obj_t value, bool no_dups,
                          kl_obj_t fn) {
    kl_map_elem_t *e = kl_map_lookup(&d->map, key, KL_MAP_LOOKUP_ADD_IF_NOT_FOUND);
    if (no_dups && e->value != KL_OBJ_NULL) {
        if (fn != KL_OBJ_NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("%S() got multiple values for keyword argument '%S'"),
                             function_str(fn), key);
        }
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("got multiple values for keyword argument '%S'"), key);
    }
    e->value = value;
}

// d.update(other): a dict, a mapping (anything with keys() and __getitem__), or pairs.
static void dict_update_from(kl_obj_dict_t *d, kl_obj_t other, bool no_dups, kl_obj_t fn) {
    // A dict, or a dict subclass that keeps dict's __iter__, is copied from its map directly
    // (as CPython does: an overridden __getitem__ alone is not called).
    if (kl_obj_is_dict(other) && !kl_type_heap_defines(kl_obj_get_type(other), KL_QSTR___iter__)) {
        kl_obj_dict_t *src = native_dict(other);
        if (src == d && !no_dups) {
            return;
        }
        size_t pos = 0;
        kl_map_elem_t *e;
        while ((e = kl_map_next(&src->map, &pos)) != NULL) {
            store_checked(d, e->key, e->value, no_dups, fn);
        }
        return;
    }
    // A mapping gives its keys, each looked up in it; anything else is iterated for pairs, each
    // a sequence of two items.
    kl_obj_t keys[2] = {KL_OBJ_NULL, KL_OBJ_NULL};
    kl_load_method_maybe(other, KL_QSTR_keys, keys);
    bool mapping = keys[0] != KL_OBJ_NULL;
    kl_obj_t seq = other;
    if (mapping) {
        seq = kl_call_method_n_kw(0, 0, keys);
    } else if (no_dups) {
        if (fn != KL_OBJ_NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("%S() argument after ** must be a mapping, not %T"),
                             function_str(fn), other);
        }
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("argument after ** must be a mapping, not %T"), other);
    }
    kl_obj_iter_buf_t iter_buf;
    kl_obj_t it = kl_getiter(seq, &iter_buf);
    kl_obj_t item;
    for (size_t i = 0; (item = kl_iternext(it)) != KL_OBJ_STOP_ITERATION; i++) {
        kl_obj_t key = item, value;
        if (mapping) {
            value = kl_obj_subscr(other, key, KL_OBJ_SENTINEL);
        } else {
            // An exact list or tuple is read in place, anything else collected into a list. One
            // that is not iterable is the TypeError of kl_getiter there, which only words it
            // differently: without messages no test of its own is needed.
            const kl_obj_type_t *type = kl_obj_get_type(item);
            if (type != &kl_type_tuple && type != &kl_type_list) {
                if (KL_CFG_ERROR_TEXT && kl_type_getiter(type) == NULL) {
                    kl_raise_msg_fmt(&kl_type_TypeError,
                                     KL_ERROR_TEXT("cannot convert dictionary update sequence "
                                                   "element #%z to a sequence"),
                                     i);
                }
                item = kl_obj_list_from_iterable(item);
            }
            size_t n;
            kl_obj_t *items = kl_obj_tuple_seq_items(item, &n);
            if (n != 2) {
                kl_raise_msg_fmt(&kl_type_ValueError,
                                 KL_ERROR_TEXT("dictionary update sequence element #%z has length "
                                               "%z; 2 is required"),
                                 i, n);
            }
            key = items[0];
            value = items[1];
        }
        store_checked(d, key, value, no_dups, fn);
    }
}

void kl_obj_dict_store_keys(kl_obj_t dict, kl_obj_t iterable, kl_obj_t value) {
    kl_obj_iter_buf_t iter_buf;
    kl_obj_t it = kl_getiter(iterable, &iter_buf);
    kl_obj_t key;
    while ((key = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        kl_obj_subscr(dict, key, value); // a subclass's own __setitem__, if it has one
    }
}

void kl_obj_dict_update(kl_obj_t dict, kl_obj_t other, bool no_dups) {
    dict_update_from(native_dict(dict), other, no_dups, KL_OBJ_NULL);
}

void kl_obj_dict_merge_kwargs(kl_obj_t dict, kl_obj_t other, kl_obj_t fn) {
    dict_update_from(native_dict(dict), other, true, fn);
}

// dict(...), d.update(...) and dict.__init__(...): at most one positional argument, then the
// keyword arguments as string keys.
static void dict_update_args(kl_obj_dict_t *d, size_t n_args, size_t n_kw, const kl_obj_t *args,
                             const char *name) {
    if (n_args > 1) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%s expected at most 1 argument, got %z"), name, n_args);
    }
    if (n_args == 1) {
        dict_update_from(d, args[0], false, KL_OBJ_NULL);
    }
    for (size_t i = 0; i < n_kw; i++) {
        kl_obj_t key = args[n_args + 2 * i];
        kl_obj_t value = args[n_args + 2 * i + 1];
        kl_map_lookup(&d->map, key, KL_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
    }
}

// ==== Type protocol ====

static kl_obj_t dict_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                              const kl_obj_t *args) {
    (void)type;
    kl_obj_t dict = kl_obj_new_dict(0);
    dict_update_args(KL_OBJ_TO_PTR(dict), n_args, n_kw, args, "dict");
    return dict;
}

static void dict_print_body(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    kl_obj_dict_t *d = native_dict(o);
    kl_print_strn(print, "{", 1);
    size_t pos = 0;
    kl_map_elem_t *e;
    bool first = true;
    while ((e = kl_map_next(&d->map, &pos)) != NULL) {
        // The key and the value are both read before either is printed: the key's repr may run
        // Python code that moves the entries. The first entry is printed without the ", ".
        kl_printf(print, &", %r: %r"[first ? 2 : 0], e -> key, e -> value);
        first = false;
    }
    kl_print_strn(print, "}", 1);
}

static void dict_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    kl_obj_list_print_guarded(print, o, kind, dict_print_body, "{...}");
}

// Also the slot of the views, whose dict native_dict finds as well.
static kl_obj_t dict_unary_op(kl_unary_op_t op, kl_obj_t o) {
    kl_obj_dict_t *d = native_dict(o);
    switch (op) {
        case KL_UNARY_OP_BOOL:
            return KL_OBJ_FROM_BOOL(d->map.used != 0);
        case KL_UNARY_OP_LEN:
            return KL_OBJ_NEW_SMALL_INT(d->map.used);
        default:
            // HASH too: dicts are unhashable, the runtime says so.
            return KL_OBJ_NULL;
    }
}

// Same keys, and equal values for each: the order does not matter.
static bool dict_equal(kl_obj_dict_t *a, kl_obj_dict_t *b) {
    if (a == b) {
        return true;
    }
    if (a->map.used != b->map.used) {
        return false;
    }
    size_t pos = 0;
    kl_map_elem_t *e;
    while ((e = kl_map_next(&a->map, &pos)) != NULL) {
        kl_obj_t value = e->value;
        kl_map_elem_t *f = kl_map_lookup(&b->map, e->key, KL_MAP_LOOKUP);
        if (f == NULL) {
            return false;
        }
        if (!kl_obj_equal(value, f->value)) {
            return false;
        }
    }
    return true;
}

// obj.h names only the first in-place operator; the rest follow in the same order.
#define INPLACE_OR (KL_BINARY_OP_OR + KL_BINARY_OP_INPLACE_OFFSET)

static kl_obj_t dict_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    if (!kl_obj_is_dict(lhs)) {
        // Asked as the right operand: a dict has no reflected operators.
        return KL_OBJ_NULL;
    }
    kl_obj_dict_t *a = native_dict(lhs);
    switch ((int)op) { // INPLACE_OR is not one of the enum's names
        case KL_BINARY_OP_EQ:
        case KL_BINARY_OP_NE:
            if (!kl_obj_is_dict(rhs)) {
                return KL_OBJ_NULL;
            }
            return KL_OBJ_FROM_BOOL(dict_equal(a, native_dict(rhs)) == (op == KL_BINARY_OP_EQ));
        case KL_BINARY_OP_CONTAINS:
            return KL_OBJ_FROM_BOOL(lookup(a, rhs, KL_MAP_LOOKUP) != NULL);
#if KL_CFG_DICT_UNION
        case KL_BINARY_OP_OR:
            if (!kl_obj_is_dict(rhs)) {
                return KL_OBJ_NULL;
            }
            // A copy of the left dict, updated in place below.
            lhs = dict_copy_of(a);
            a = KL_OBJ_TO_PTR(lhs);
            // fall through
        case INPLACE_OR:
            // `d |= x` takes anything d.update takes.
            dict_update_from(a, rhs, false, KL_OBJ_NULL);
            return lhs;
#endif
        default:
            return KL_OBJ_NULL;
    }
}

static kl_obj_t dict___getitem__(kl_obj_t self, kl_obj_t key);

static kl_obj_t dict_subscr(kl_obj_t self, kl_obj_t index, kl_obj_t value) {
    kl_obj_dict_t *d = native_dict(self);
    if (value == KL_OBJ_SENTINEL) {
        // A miss asks for __missing__, which only a subclass can define.
        return dict___getitem__(self, index);
    }
    if (value == KL_OBJ_NULL) {
        if (lookup(d, index, KL_MAP_LOOKUP_REMOVE) == NULL) {
            kl_raise_KeyError(index);
        }
        return kl_const_none;
    }
    kl_map_lookup(&d->map, index, KL_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
    return kl_const_none;
}

// ==== Iterators ====

// [pos] is the next entry to look at, or for a reverse iterator one past it. [dict] is NULL
// once the iterator is exhausted, so that it stays exhausted even if the dict grows.
typedef struct _dict_iter_t {
    kl_obj_base_t base;
    kl_obj_dict_t *dict;
    size_t pos;
    // The size when iteration started, shifted left by KIND_BITS; SIZE_MAX after a change was
    // reported. Its low KIND_BITS hold the view_kind_t when one type serves all kinds.
    size_t used;
    // The entries a forward iterator has still to give: finding one more means that keys were
    // deleted and others added, the size staying the same.
    size_t left;
} dict_iter_t;

// With one iterator type (no KL_CFG_DICT_VIEW_TYPES) the kind is kept in [used].
#define KIND_BITS (KL_CFG_DICT_VIEW_TYPES ? 0 : 2)

_Static_assert(sizeof(dict_iter_t) <= sizeof(kl_obj_iter_buf_t), "dict_iter_t fits an iter_buf");

// The next live entry, or NULL at the end.
static kl_map_elem_t *dict_iter_step(dict_iter_t *it, bool reverse) {
    if (it->dict == NULL) {
        return NULL;
    }
    kl_map_t *map = &it->dict->map;
    if (map->used != it->used >> KIND_BITS) {
        // Sticky: every later call fails too, as in CPython.
        it->used = SIZE_MAX;
        kl_raise_msg(&kl_type_RuntimeError,
                     KL_ERROR_TEXT("dictionary changed size during iteration"));
    }
    kl_map_elem_t *e = NULL;
    if (KL_CFG_BUILTINS_ITER && reverse) {
        if (it->pos > map->filled) {
            it->pos = map->filled;
        }
        e = kl_map_prev(map, &it->pos);
    } else {
        e = kl_map_next(map, &it->pos);
        if (e != NULL && it->left-- == 0) {
            it->dict = NULL;
            kl_raise_msg(&kl_type_RuntimeError,
                         KL_ERROR_TEXT("dictionary keys changed during iteration"));
        }
    }
    if (e == NULL) {
        it->dict = NULL;
    }
    return e;
}

// The pair (key, value) of [e], the two words of the entry (the collector, which never moves
// a block, leaves them where they are).
static kl_obj_t make_item(kl_map_elem_t *e) {
    return kl_obj_new_tuple(2, &e->key);
}

static kl_obj_t dict_iter_next(kl_obj_t self);

#define DICT_ITER_TYPE(q_name)                                                                     \
    {                                                                                              \
        .type =                                                                                    \
            {                                                                                      \
                .base = {&kl_type_type},                                                           \
                .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_ITER,       \
                .name = q_name,                                                                    \
                .parent = &kl_type_object,                                                         \
            },                                                                                     \
        .getiter = kl_iter_self, .iternext = dict_iter_next,                                       \
    }

// The iterator types, forward then reverse, each in view_kind_t order: one iternext serves them
// all, reading the kind and the direction from where its type sits in this table. Without
// KL_CFG_DICT_VIEW_TYPES (and so without reverse iterators) one type serves all three kinds.
#if KL_CFG_DICT_VIEW_TYPES
static const kl_obj_iter_type_t dict_iter_types[1 + KL_CFG_BUILTINS_ITER][3] = {
    {
        DICT_ITER_TYPE(KL_QSTR_dict_keyiterator),
        DICT_ITER_TYPE(KL_QSTR_dict_valueiterator),
        DICT_ITER_TYPE(KL_QSTR_dict_itemiterator),
    },
#if KL_CFG_BUILTINS_ITER
    {
        DICT_ITER_TYPE(KL_QSTR_dict_reversekeyiterator),
        DICT_ITER_TYPE(KL_QSTR_dict_reversevalueiterator),
        DICT_ITER_TYPE(KL_QSTR_dict_reverseitemiterator),
    },
#endif
};
#else
static const kl_obj_iter_type_t dict_iter_types[1][1] = {{DICT_ITER_TYPE(KL_QSTR_dict_iterator)}};
#endif

static kl_obj_t dict_iter_next(kl_obj_t self) {
#if KL_CFG_DICT_VIEW_TYPES
    size_t i = (size_t)((const kl_obj_iter_type_t *)((kl_obj_base_t *)self)->type -
                        &dict_iter_types[0][0]);
#else
    // The kind, read before the step, which may make [used] SIZE_MAX.
    size_t i = ((dict_iter_t *)KL_OBJ_TO_PTR(self))->used & 3;
#endif
    kl_map_elem_t *e = dict_iter_step(KL_OBJ_TO_PTR(self), i >= 3);
    if (e == NULL) {
        return KL_OBJ_STOP_ITERATION;
    }
    view_kind_t kind = (view_kind_t)(KL_CFG_DICT_VIEW_TYPES ? i % 3 : i);
    return kind == VIEW_ITEMS ? make_item(e) : ((const kl_obj_t *)e)[kind];
}

// An iterator over [d] of [kind], in [iter_buf] when the caller gave one.
static kl_obj_t new_dict_iter(kl_obj_dict_t *d, view_kind_t kind, bool reverse,
                              kl_obj_iter_buf_t *iter_buf) {
    dict_iter_t *it =
        iter_buf != NULL ? (dict_iter_t *)iter_buf : kl_gc_alloc(sizeof(dict_iter_t), 0);
    reverse = KL_CFG_BUILTINS_ITER && reverse;
    it->base.type = &dict_iter_types[reverse][KL_CFG_DICT_VIEW_TYPES ? kind : 0].type;
    it->dict = d;
    it->pos = reverse ? d->map.filled : 0; // a const map's [filled] is its [used]
    it->used = d->map.used << KIND_BITS | (KIND_BITS ? kind : 0);
    it->left = d->map.used;
    return KL_OBJ_FROM_PTR(it);
}

static kl_obj_t dict_getiter(kl_obj_t self, kl_obj_iter_buf_t *iter_buf) {
    return new_dict_iter(native_dict(self), iter_kind(self), false, iter_buf);
}

// ==== Views ====

#if KL_CFG_DICT_VIEW_COMPARE || KL_CFG_DICT_VIEW_SETOPS
// Keys and items views are set-like; values views are not.
static bool is_setlike(kl_obj_t o) {
    return kl_obj_is_anyset(o) || (is_view(o) && view_kind(o) != VIEW_VALUES);
}
#endif

static kl_obj_t new_view(kl_obj_t dict, view_kind_t kind) {
    dict_view_t *v = kl_gc_alloc(sizeof(dict_view_t), 0);
    v->base.type = &kl_type_dict_views[KL_CFG_DICT_VIEW_TYPES ? kind : 0].type;
    v->kind = kind;
    v->dict = native_dict(dict);
    return KL_OBJ_FROM_PTR(v);
}

// dict_keys([...]): the items the view yields, collected into a list first, as CPython does,
// so that a repr that changes the dict cannot disturb the iteration.
static void view_print_body(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
#if KL_CFG_DICT_VIEW_TYPES
    kl_qstr_t name = ((kl_obj_base_t *)o)->type->name;
#else
    // One type for the three kinds: the name CPython's type has.
    static const uint16_t names[] = {KL_QSTR_dict_keys, KL_QSTR_dict_values, KL_QSTR_dict_items};
    kl_qstr_t name = names[view_kind(o)];
#endif
    kl_printf(print, "%q(%r)", name, kl_obj_list_from_iterable(o));
}

static void view_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    kl_obj_list_print_guarded(print, o, kind, view_print_body, "...");
}

// view.mapping: a read-only proxy of the dict the view reads. Without the mapping proxy a view's
// attributes are the generic ones (no attr slot).
#if KL_CFG_MAPPINGPROXY
static void view_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    if (dest[0] == KL_OBJ_NULL && attr == KL_QSTR_mapping) {
        dest[0] =
            kl_obj_new_mappingproxy(KL_OBJ_FROM_PTR(((dict_view_t *)KL_OBJ_TO_PTR(self))->dict));
        return;
    }
    kl_type_generic_attr(self, attr, dest);
}
#else
#define view_attr NULL
#endif

// `item in self` for a keys or items view. A values view has no test of its own: `in` iterates
// it, as in CPython (where a change of the dict's size in an __eq__ is a RuntimeError too).
static bool view_contains(kl_obj_t self, kl_obj_t item) {
    dict_view_t *v = KL_OBJ_TO_PTR(self);
    if (view_kind(self) == VIEW_KEYS) {
        return lookup(v->dict, item, KL_MAP_LOOKUP) != NULL;
    }
    const kl_obj_tuple_t *pair = KL_OBJ_TO_PTR(item);
    if (!kl_obj_is_type(item, &kl_type_tuple) || pair->len != 2) {
        return false;
    }
    kl_map_elem_t *e = lookup(v->dict, pair->items[0], KL_MAP_LOOKUP);
    return e != NULL && kl_obj_equal(e->value, pair->items[1]);
}

#if KL_CFG_DICT_VIEW_COMPARE
// Is every item [a] yields in [b]?
static bool all_contained_in(kl_obj_t a, kl_obj_t b) {
    kl_obj_iter_buf_t iter_buf;
    kl_obj_t it = kl_getiter(a, &iter_buf);
    kl_obj_t item;
    while ((item = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        if (!kl_obj_contains(b, item)) {
            return false;
        }
    }
    return true;
}

// A comparison of two set-like operands as subset tests (either may be the view).
static kl_obj_t setlike_compare(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    size_t na = kl_obj_get_len(lhs);
    size_t nb = kl_obj_get_len(rhs);
    if (op == KL_BINARY_OP_GT || op == KL_BINARY_OP_GE) {
        // a > b is b < a, a >= b is b <= a.
        kl_obj_t t = lhs;
        lhs = rhs;
        rhs = t;
        size_t n = na;
        na = nb;
        nb = n;
        op = op == KL_BINARY_OP_GT ? KL_BINARY_OP_LT : KL_BINARY_OP_LE;
    }
    bool sizes_fit = op == KL_BINARY_OP_LT ? na < nb : op == KL_BINARY_OP_LE ? na <= nb : na == nb;
    return KL_OBJ_FROM_BOOL((sizes_fit && all_contained_in(lhs, rhs)) != (op == KL_BINARY_OP_NE));
}
#endif // KL_CFG_DICT_VIEW_COMPARE

#if KL_CFG_DICT_VIEW_SETOPS
// view & other, with CPython's choice of which side is iterated: it decides which of two
// equal keys (1 and 1.0) the result holds. [self] is a keys or items view.
static kl_obj_t view_and(kl_obj_t self, kl_obj_t other) {
    size_t len_self = ((dict_view_t *)KL_OBJ_TO_PTR(self))->dict->map.used;
    kl_obj_t result = kl_obj_new_set(0, NULL);
    if (kl_obj_is_type(other, &kl_type_set) && len_self <= kl_obj_get_len(other)) {
        // other.intersection(self): the keys of the view that the set holds.
        kl_obj_t t = self;
        self = other;
        other = t;
    } else if (is_setlike(other) && is_view(other) &&
               ((dict_view_t *)KL_OBJ_TO_PTR(other))->dict->map.used > len_self) {
        kl_obj_t t = self;
        self = other;
        other = t;
    }
    kl_obj_iter_buf_t iter_buf;
    kl_obj_t it = kl_getiter(other, &iter_buf);
    kl_obj_t item;
    while ((item = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        if (kl_obj_contains(self, item)) {
            kl_obj_set_add(result, item);
        }
    }
    return result;
}

// The set that view | x, view - x and view ^ x start from, made as CPython makes it (its order
// depends on that): a keys view is read as its dict, which sizes the table for all the keys
// first; anything else (items, the other operand when it is on the left) is iterated.
static kl_obj_t set_of(kl_obj_t iterable) {
    if (is_view(iterable) && view_kind(iterable) == VIEW_KEYS) {
        iterable = KL_OBJ_FROM_PTR(((dict_view_t *)KL_OBJ_TO_PTR(iterable))->dict);
    }
    kl_obj_t set = kl_obj_new_set(0, NULL);
    kl_obj_set_update(set, iterable);
    return set;
}

// items ^ items, CPython's way: the pairs of the right dict whose key the left one lacks or maps
// to an unequal value, in the right dict's order, then the left dict's remaining pairs.
static kl_obj_t items_xor(kl_obj_t lhs, kl_obj_t rhs) {
    kl_map_t rest;
    kl_map_copy(&rest, &((dict_view_t *)KL_OBJ_TO_PTR(lhs))->dict->map);
    kl_obj_t result = kl_obj_new_set(0, NULL);
    const kl_map_t *right = &((dict_view_t *)KL_OBJ_TO_PTR(rhs))->dict->map;
    size_t pos = 0;
    kl_map_elem_t *e;
    while ((e = kl_map_next(right, &pos)) != NULL) {
        kl_map_elem_t *mine = kl_map_lookup(&rest, e->key, KL_MAP_LOOKUP);
        if (mine != NULL && kl_obj_equal(mine->value, e->value)) {
            kl_map_lookup(&rest, e->key, KL_MAP_LOOKUP_REMOVE);
        } else {
            kl_obj_set_add(result, make_item(e));
        }
    }
    pos = 0;
    while ((e = kl_map_next(&rest, &pos)) != NULL) {
        kl_obj_set_add(result, make_item(e));
    }
    return result;
}
#endif // KL_CFG_DICT_VIEW_SETOPS

static kl_obj_t view_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    bool lhs_is_view = is_view(lhs);
    // Everything is for keys and items views only (`in` a values view iterates it), and `in`
    // for the view on the left.
    kl_obj_t view = lhs_is_view ? lhs : rhs;
    if ((op == KL_BINARY_OP_CONTAINS && !lhs_is_view) || view_kind(view) == VIEW_VALUES) {
        return KL_OBJ_NULL;
    }
    switch (op) {
        case KL_BINARY_OP_CONTAINS:
            return KL_OBJ_FROM_BOOL(view_contains(lhs, rhs));
#if KL_CFG_DICT_VIEW_SETOPS
        case KL_BINARY_OP_AND:
            return view_and(view, view == lhs ? rhs : lhs);
        case KL_BINARY_OP_OR:
        case KL_BINARY_OP_SUB:
        case KL_BINARY_OP_XOR: {
            if (op == KL_BINARY_OP_XOR && is_view(lhs) && is_view(rhs) &&
                view_kind(lhs) == VIEW_ITEMS && view_kind(rhs) == VIEW_ITEMS) {
                return items_xor(lhs, rhs);
            }
            // Any iterable on the other side, as in CPython; the result is a set of the left
            // operand updated by the right one, by the method CPython calls.
            kl_obj_t a = set_of(lhs);
            kl_qstr_t method = op == KL_BINARY_OP_OR    ? KL_QSTR_update
                               : op == KL_BINARY_OP_SUB ? KL_QSTR_difference_update
                                                        : KL_QSTR_symmetric_difference_update;
            kl_call_function_1(kl_load_attr(a, method), rhs);
            return a;
        }
#endif
        case KL_BINARY_OP_LT:
        case KL_BINARY_OP_GT:
        case KL_BINARY_OP_EQ:
        case KL_BINARY_OP_NE:
        case KL_BINARY_OP_LE:
        case KL_BINARY_OP_GE:
#if KL_CFG_DICT_VIEW_COMPARE
            if (!is_setlike(lhs) || !is_setlike(rhs)) {
                return KL_OBJ_NULL;
            }
            return setlike_compare(op, lhs, rhs);
#else
            // Not left to identity, which would answer == wrongly.
            kl_raise_NotImplementedError(KL_ERROR_TEXT("dict view comparison"));
#endif
        default:
            return KL_OBJ_NULL;
    }
}

#if KL_CFG_BUILTINS_ITER
// reversed() of a dict or a view.
static kl_obj_t dict___reversed__(kl_obj_t self) {
    return new_dict_iter(native_dict(self), iter_kind(self), true, NULL);
}
static KL_DEFINE_FUN_1(dict___reversed___obj, __reversed__, dict___reversed__);
#endif

#if KL_CFG_DICT_VIEW_SETOPS
static kl_obj_t view_isdisjoint(kl_obj_t self, kl_obj_t other) {
    kl_obj_iter_buf_t iter_buf;
    kl_obj_t it = kl_getiter(other, &iter_buf);
    kl_obj_t item;
    while ((item = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        if (view_contains(self, item)) {
            return kl_const_false;
        }
    }
    return kl_const_true;
}
static KL_DEFINE_FUN_2(view_isdisjoint_obj, isdisjoint, view_isdisjoint);
#endif

#if KL_CFG_BUILTINS_ITER || KL_CFG_DICT_VIEW_SETOPS
static const kl_rom_map_elem_t setlike_view_locals_table[] = {
#if KL_CFG_BUILTINS_ITER
    {KL_ROM_QSTR(__reversed__), KL_ROM_PTR(&dict___reversed___obj)},
#endif
#if KL_CFG_DICT_VIEW_SETOPS
    {KL_ROM_QSTR(isdisjoint), KL_ROM_PTR(&view_isdisjoint_obj)},
#endif
};
static KL_DEFINE_CONST_DICT(setlike_view_locals_dict, setlike_view_locals_table);
#define SETLIKE_VIEW_LOCALS (&setlike_view_locals_dict)
#else
#define SETLIKE_VIEW_LOCALS NULL
#endif

#if KL_CFG_BUILTINS_ITER
static const kl_rom_map_elem_t values_view_locals_table[] = {
    {KL_ROM_QSTR(__reversed__), KL_ROM_PTR(&dict___reversed___obj)},
};
static KL_DEFINE_CONST_DICT(values_view_locals_dict, values_view_locals_table);
#define VALUES_VIEW_LOCALS (&values_view_locals_dict)
#else
#define VALUES_VIEW_LOCALS NULL
#endif

#define DICT_VIEW_TYPE(q_name, extra_flags, locals)                                                \
    {                                                                                              \
        .type =                                                                                    \
            {                                                                                      \
                .base = {&kl_type_type},                                                           \
                .flags = KL_TYPE_FLAG_OPS | (extra_flags),                                         \
                .name = q_name,                                                                    \
                .print = view_print,                                                               \
                .binary_op = view_binary_op,                                                       \
                .attr = view_attr,                                                                 \
                .locals_dict = locals,                                                             \
                .parent = &kl_type_object,                                                         \
            },                                                                                     \
        .unary_op = dict_unary_op, .getiter = dict_getiter,                                        \
    }

// In view_kind_t order. Values views compare by identity (CPython's do too) and are hashable by
// identity. Without KL_CFG_DICT_VIEW_TYPES one type serves all three, as in MicroPython, and
// values views are unhashable too (their == is still identity: view_binary_op leaves it).
#if KL_CFG_DICT_VIEW_TYPES
const kl_obj_ops_type_t kl_type_dict_views[3] = {
    DICT_VIEW_TYPE(KL_QSTR_dict_keys, 0, SETLIKE_VIEW_LOCALS),
    DICT_VIEW_TYPE(KL_QSTR_dict_values, KL_TYPE_FLAG_EQ_IS_ID, VALUES_VIEW_LOCALS),
    DICT_VIEW_TYPE(KL_QSTR_dict_items, 0, SETLIKE_VIEW_LOCALS),
};
#else
const kl_obj_ops_type_t kl_type_dict_views[1] = {DICT_VIEW_TYPE(KL_QSTR_dict_view, 0, NULL)};
#endif

// ==== Methods ====
// [self] is a dict, or an instance of a dict subclass when the method is called through the
// class (dict.__setitem__(self, k, v), super().__init__()): native_dict serves both.

static kl_obj_t dict_clear(kl_obj_t self) {
    kl_map_clear(&native_dict(self)->map);
    return kl_const_none;
}
static KL_DEFINE_FUN_1(dict_clear_obj, clear, dict_clear);

static kl_obj_t dict_copy(kl_obj_t self) {
    return dict_copy_of(native_dict(self));
}
static KL_DEFINE_FUN_1(dict_copy_obj, copy, dict_copy);

// dict.fromkeys(iterable, value=None), a classmethod: a subclass gets an instance of itself,
// filled through its own __setitem__ (KL_CFG_DICT_FROMKEYS).
#if KL_CFG_DICT_FROMKEYS
static kl_obj_t dict_fromkeys(size_t n_args, const kl_obj_t *args) {
    kl_obj_t cls = args[0];
    kl_obj_t dict =
        cls == KL_OBJ_FROM_PTR(&kl_type_dict) ? kl_obj_new_dict(0) : kl_call_function_0(cls);
    kl_obj_dict_store_keys(dict, args[1], n_args > 2 ? args[2] : kl_const_none);
    return dict;
}
static KL_DEFINE_FUN_VAR(dict_fromkeys_fun_obj, fromkeys, 2, 3, dict_fromkeys);
static const kl_obj_static_class_method_t dict_fromkeys_obj = {{&kl_type_classmethod},
                                                               KL_ROM_PTR(&dict_fromkeys_fun_obj)};
#endif

// get, pop and setdefault: the value of the key args[1] in the dict args[0], found, removed or
// added by [kind], else the default args[2] (None if not given, but pop raises KeyError), which
// setdefault also stores.
static kl_obj_t lookup_or_default(size_t n_args, const kl_obj_t *args, kl_map_lookup_kind_t kind) {
    kl_obj_dict_t *d = native_dict(args[0]);
    kl_obj_t dflt = n_args > 2 ? args[2] : kl_const_none;
    kl_map_elem_t *e;
    if (kind == KL_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
        // kl_map_lookup hashes a key it adds: lookup's hash first would call __hash__ twice.
        e = kl_map_lookup(&d->map, args[1], kind);
    } else if (kind == KL_MAP_LOOKUP_REMOVE && d->map.used == 0) {
        // Like CPython, an empty dict answers without hashing the key: {}.pop([], 1) is 1.
        e = NULL;
    } else {
        e = lookup(d, args[1], kind);
    }
    if (e == NULL) {
        if (kind == KL_MAP_LOOKUP_REMOVE && n_args == 2) {
            kl_raise_KeyError(args[1]);
        }
        return dflt;
    }
    if (e->value == KL_OBJ_NULL) {
        e->value = dflt; // an entry setdefault added
    }
    return e->value;
}

static kl_obj_t dict_get(size_t n_args, const kl_obj_t *args) {
    return lookup_or_default(n_args, args, KL_MAP_LOOKUP);
}
static KL_DEFINE_FUN_VAR(dict_get_obj, get, 2, 3, dict_get);

static kl_obj_t dict_keys(kl_obj_t self) {
    return new_view(self, VIEW_KEYS);
}
static KL_DEFINE_FUN_1(dict_keys_obj, keys, dict_keys);

static kl_obj_t dict_values(kl_obj_t self) {
    return new_view(self, VIEW_VALUES);
}
static KL_DEFINE_FUN_1(dict_values_obj, values, dict_values);

static kl_obj_t dict_items(kl_obj_t self) {
    return new_view(self, VIEW_ITEMS);
}
static KL_DEFINE_FUN_1(dict_items_obj, items, dict_items);

static kl_obj_t dict_pop(size_t n_args, const kl_obj_t *args) {
    return lookup_or_default(n_args, args, KL_MAP_LOOKUP_REMOVE);
}
static KL_DEFINE_FUN_VAR(dict_pop_obj, pop, 2, 3, dict_pop);

// The last item inserted (LIFO order, as CPython guarantees since 3.7).
static kl_obj_t dict_popitem(kl_obj_t self) {
    kl_map_t *map = &native_dict(self)->map;
    size_t pos = map->filled;
    kl_map_elem_t *e = kl_map_prev(map, &pos);
    if (e != NULL) {
        // A const map refuses (kl_map_lookup's TypeError "object is read-only").
        return make_item(kl_map_lookup(map, e->key, KL_MAP_LOOKUP_REMOVE));
    }
    kl_raise_KeyError(kl_obj_new_str_from_cstr(KL_ERROR_TEXT("popitem(): dictionary is empty")));
}
static KL_DEFINE_FUN_1(dict_popitem_obj, popitem, dict_popitem);

static kl_obj_t dict_setdefault(size_t n_args, const kl_obj_t *args) {
    return lookup_or_default(n_args, args, KL_MAP_LOOKUP_ADD_IF_NOT_FOUND);
}
static KL_DEFINE_FUN_VAR(dict_setdefault_obj, setdefault, 2, 3, dict_setdefault);

static kl_obj_t dict_update(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    dict_update_args(native_dict(args[0]), n_args - 1, n_kw, args + 1, "update");
    return kl_const_none;
}
static KL_DEFINE_FUN_KW(dict_update_obj, update, 1, dict_update);

#if KL_CFG_ERROR_TEXT
static kl_obj_t dict___init__(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    dict_update_args(native_dict(args[0]), n_args - 1, n_kw, args + 1, "dict");
    return kl_const_none;
}
#else
// d.update and dict.__init__ differ only in the name their messages give: without messages one
// function serves both.
#define dict___init__ dict_update
#endif
static KL_DEFINE_FUN_KW(dict___init___obj, __init__, 1, dict___init__);

// d[key] for a dict subclass: a missing key goes to the class's __missing__ when it has one.
static kl_obj_t dict___getitem__(kl_obj_t self, kl_obj_t key) {
    kl_map_elem_t *e = lookup(native_dict(self), key, KL_MAP_LOOKUP);
    if (e != NULL) {
        return e->value;
    }
    // Looked up on the class only, as special methods are: an instance __getattr__ that indexes
    // self would otherwise recurse. dict itself has no __missing__.
    kl_obj_t call[3];
    kl_load_special_method_maybe(self, KL_QSTR___missing__, call);
    if (call[0] != KL_OBJ_NULL) {
        call[2] = key;
        return kl_call_method_n_kw(1, 0, call);
    }
    kl_raise_KeyError(key);
}
static KL_DEFINE_FUN_2(dict___getitem___obj, __getitem__, dict___getitem__);

static kl_obj_t dict___setitem__(kl_obj_t self, kl_obj_t key, kl_obj_t value) {
    kl_obj_dict_store(self, key, value);
    return kl_const_none;
}
static KL_DEFINE_FUN_3(dict___setitem___obj, __setitem__, dict___setitem__);

static kl_obj_t dict___delitem__(kl_obj_t self, kl_obj_t key) {
    return dict_subscr(native_dict(self), key, KL_OBJ_NULL);
}
static KL_DEFINE_FUN_2(dict___delitem___obj, __delitem__, dict___delitem__);

#if KL_CFG_SLOT_WRAPPERS
static kl_obj_t dict___contains__(kl_obj_t self, kl_obj_t key) {
    return KL_OBJ_FROM_BOOL(lookup(native_dict(self), key, KL_MAP_LOOKUP) != NULL);
}
static KL_DEFINE_FUN_2(dict___contains___obj, __contains__, dict___contains__);

static kl_obj_t dict___len__(kl_obj_t self) {
    return KL_OBJ_NEW_SMALL_INT(native_dict(self)->map.used);
}
static KL_DEFINE_FUN_1(dict___len___obj, __len__, dict___len__);

static kl_obj_t dict___iter__(kl_obj_t self) {
    return new_dict_iter(native_dict(self), VIEW_KEYS, false, NULL);
}
static KL_DEFINE_FUN_1(dict___iter___obj, __iter__, dict___iter__);
#endif

#if KL_CFG_SPECIAL_METHODS_FULL && KL_CFG_DICT_UNION
// dict.__ior__, for calls by name (super().__ior__(x) in a subclass): update in place.
static kl_obj_t dict___ior__(kl_obj_t self, kl_obj_t other) {
    return dict_binary_op(INPLACE_OR, self, other);
}
static KL_DEFINE_FUN_2(dict___ior___obj, __ior__, dict___ior__);
#endif

// Sorted by name (ASCII): the table is binary-searched. dict's own dunders, not the generic
// wrappers of vm/obj_type.c, because called through the class they check that self is a dict
// (the wrappers would run any type's slot). Below CORE (KL_CFG_SLOT_WRAPPERS) __len__,
// __contains__ and __iter__ are left out, as every builtin type's are there.

static const kl_rom_map_elem_t dict_locals_table[] = {
#if KL_CFG_SLOT_WRAPPERS
    {KL_ROM_QSTR(__contains__), KL_ROM_PTR(&dict___contains___obj)},
#endif
    {KL_ROM_QSTR(__delitem__), KL_ROM_PTR(&dict___delitem___obj)},
    {KL_ROM_QSTR(__getitem__), KL_ROM_PTR(&dict___getitem___obj)},
    // Unhashable, also for subclasses (which would otherwise inherit object.__hash__).
    {KL_ROM_QSTR(__hash__), kl_const_none},
    {KL_ROM_QSTR(__init__), KL_ROM_PTR(&dict___init___obj)},
#if KL_CFG_SPECIAL_METHODS_FULL && KL_CFG_DICT_UNION
    {KL_ROM_QSTR(__ior__), KL_ROM_PTR(&dict___ior___obj)},
#endif
#if KL_CFG_SLOT_WRAPPERS
    {KL_ROM_QSTR(__iter__), KL_ROM_PTR(&dict___iter___obj)},
    {KL_ROM_QSTR(__len__), KL_ROM_PTR(&dict___len___obj)},
#endif
#if KL_CFG_BUILTINS_ITER
    {KL_ROM_QSTR(__reversed__), KL_ROM_PTR(&dict___reversed___obj)},
#endif
    {KL_ROM_QSTR(__setitem__), KL_ROM_PTR(&dict___setitem___obj)},
    {KL_ROM_QSTR(clear), KL_ROM_PTR(&dict_clear_obj)},
    {KL_ROM_QSTR(copy), KL_ROM_PTR(&dict_copy_obj)},
#if KL_CFG_DICT_FROMKEYS
    {KL_ROM_QSTR(fromkeys), KL_ROM_PTR(&dict_fromkeys_obj)},
#endif
    {KL_ROM_QSTR(get), KL_ROM_PTR(&dict_get_obj)},
    {KL_ROM_QSTR(items), KL_ROM_PTR(&dict_items_obj)},
    {KL_ROM_QSTR(keys), KL_ROM_PTR(&dict_keys_obj)},
    {KL_ROM_QSTR(pop), KL_ROM_PTR(&dict_pop_obj)},
    {KL_ROM_QSTR(popitem), KL_ROM_PTR(&dict_popitem_obj)},
    {KL_ROM_QSTR(setdefault), KL_ROM_PTR(&dict_setdefault_obj)},
    {KL_ROM_QSTR(update), KL_ROM_PTR(&dict_update_obj)},
    {KL_ROM_QSTR(values), KL_ROM_PTR(&dict_values_obj)},
};
static KL_DEFINE_CONST_DICT(dict_locals_dict, dict_locals_table);

const kl_obj_ops_type_t kl_type_dict_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_BASETYPE | KL_TYPE_FLAG_OPS,
            .name = KL_QSTR_dict,
            .make_new = dict_make_new,
            .print = dict_print,
            .binary_op = dict_binary_op,
            .locals_dict = &dict_locals_dict,
            .parent = &kl_type_object,
        },
    .unary_op = dict_unary_op,
    .subscr = dict_subscr,
    .getiter = dict_getiter,
};
