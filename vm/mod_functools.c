// vm/mod_functools.c: the functools module, higher-order functions and decorators.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// CPython writes most of functools in Python; kinglet has no frozen Python modules, so all of
// it is C here, keeping the Python semantics where they are visible. partial, the key wrapper
// of cmp_to_key, the lru_cache wrapper and the singledispatch function are builtin types. The
// methods that total_ordering adds to a class are twelve const builtin functions, one per (missing
// method, defined method) pair, since a builtin function found in a class binds to the instance
// like a def does.
//
// Some pieces need what only classes have: cached_property, partialmethod and
// singledispatchmethod are descriptors (their __get__ and __set_name__ must be called by
// attribute lookup) and CacheInfo is a named tuple. They are classes made when the module is
// first imported, with builtin functions as their methods, so they behave like the classes
// CPython defines in Python, subclassing included.
//
// The lru_cache wrapper keeps a dict from call keys to nodes of a circular doubly linked list
// ordered from least to most recently used: a hit moves its node to the end, a miss on a full
// cache drops the node at the front. An unbounded cache needs no order and maps keys straight
// to results. The wrapper binds to instances like a function, so decorated methods work.

#include <string.h>

#include "vm/bc.h"
#include "vm/gc.h"
#include "vm/map.h"
#include "vm/nlr.h"
#include "vm/obj_dict.h"
#include "vm/obj_int.h"
#include "vm/obj_list.h"
#include "vm/obj_module.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

#if KL_CFG_MODULE_FUNCTOOLS

// ==== Helpers ====

// Is the keyword [name] (a str, interned or not) the name [q]?
static bool kw_is(kl_obj_t name, kl_qstr_t q) {
    if (KL_OBJ_IS_QSTR(name)) {
        return KL_OBJ_QSTR_VALUE(name) == q;
    }
    size_t len, qlen;
    const char *s = kl_obj_str_get_data(name, &len);
    const char *qs = kl_qstr_data(q, &qlen);
    return len == qlen && memcmp(s, qs, len) == 0;
}

// The arguments of a function with Python's calling rules and error messages: out[i]
// receives the argument names[i] (by position or by name) or keeps its initial value; the first
// [n_required] must be given.
static void parse_args(const char *fun, size_t n_args, size_t n_kw, const kl_obj_t *args,
                       size_t n_names, const uint16_t *names, size_t n_required, kl_obj_t *out) {
    if (n_args > n_names) {
        if (n_required == n_names) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("%s() takes %z positional argument%s but %z %s given"),
                             fun, n_names, n_names == 1 ? "" : "s", n_args,
                             n_args == 1 ? "was" : "were");
        }
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%s() takes from %z to %z positional arguments but %z "
                                       "were given"),
                         fun, n_required, n_names, n_args);
    }
    for (size_t i = 0; i < n_args; i++) {
        out[i] = args[i];
    }
    for (size_t i = 0; i < n_kw; i++) {
        kl_obj_t name = args[n_args + 2 * i];
        size_t j = 0;
        while (j < n_names && !kw_is(name, names[j])) {
            j++;
        }
        if (j == n_names) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("%s() got an unexpected keyword argument '%S'"), fun,
                             name);
        }
        if (j < n_args) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("%s() got multiple values for argument '%q'"), fun,
                             (kl_qstr_t)names[j]);
        }
        out[j] = args[n_args + 2 * i + 1];
    }
    // Missing ones are named, as Python does: 'a', 'a' and 'b', 'a', 'b', and 'c'.
    size_t missing = 0;
    for (size_t i = 0; i < n_required; i++) {
        missing += out[i] == KL_OBJ_NULL;
    }
    if (missing == 0) {
        return;
    }
    kl_vstr_t v;
    kl_vstr_init(&v, 32);
    kl_print_t print;
    kl_vstr_print(&print, &v);
    size_t k = 0;
    for (size_t i = 0; i < n_required; i++) {
        if (out[i] == KL_OBJ_NULL) {
            k++;
            const char *sep = k == 1 ? "" : k < missing ? ", " : missing == 2 ? " and " : ", and ";
            kl_printf(&print, "%s'%q'", sep, (kl_qstr_t)names[i]);
        }
    }
    kl_raise_msg_fmt(&kl_type_TypeError,
                     KL_ERROR_TEXT("%s() missing %z required positional argument%s: %S"), fun,
                     missing, missing == 1 ? "" : "s", kl_vstr_to_str(&v));
}

// getattr(o, name, None) that turns only AttributeError into KL_OBJ_NULL.
static kl_obj_t getattr_maybe(kl_obj_t o, kl_qstr_t name) {
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_t v = kl_load_attr_maybe(o, name, KL_OBJ_NULL);
        kl_nlr_pop();
        return v;
    }
    if (kl_obj_isinstance(nlr.ret_val, &kl_type_AttributeError)) {
        return KL_OBJ_NULL;
    }
    kl_nlr_jump(nlr.ret_val);
}

// The attribute protocol of objects that keep arbitrary attributes in [*dict] (made on the
// first store), for partial and the lru_cache wrapper. Loads not found there fall back to the
// type (methods).
static void dict_attr(kl_obj_t self, kl_obj_t *dict, kl_qstr_t attr, kl_obj_t *dest) {
    if (dest[0] == KL_OBJ_NULL) {
        if (attr == KL_QSTR___dict__) {
            if (*dict == KL_OBJ_NULL) {
                *dict = kl_obj_new_dict(0);
            }
            dest[0] = *dict;
            return;
        }
        if (*dict != KL_OBJ_NULL) {
            kl_obj_t v = kl_obj_dict_get(*dict, KL_OBJ_NEW_QSTR(attr));
            if (v != KL_OBJ_NULL) {
                dest[0] = v;
                return;
            }
        }
        kl_type_generic_attr(self, attr, dest);
        return;
    }
    if (dest[1] != KL_OBJ_NULL) {
        if (*dict == KL_OBJ_NULL) {
            *dict = kl_obj_new_dict(0);
        }
        kl_obj_dict_store(*dict, KL_OBJ_NEW_QSTR(attr), dest[1]);
        dest[0] = KL_OBJ_NULL;
    } else if (*dict != KL_OBJ_NULL &&
               kl_map_lookup(kl_obj_dict_get_map(*dict), KL_OBJ_NEW_QSTR(attr),
                             KL_MAP_LOOKUP_REMOVE) != NULL) {
        dest[0] = KL_OBJ_NULL;
    }
}

// A class named [name] in functools whose namespace holds the builtin functions [methods].
static kl_obj_t make_class(kl_qstr_t name, size_t n, const kl_obj_builtin_t *const *methods) {
    kl_obj_t ns = kl_obj_new_dict(n + 1);
    kl_obj_dict_store(ns, KL_OBJ_NEW_QSTR(KL_QSTR___module__), KL_OBJ_NEW_QSTR(KL_QSTR_functools));
    for (size_t i = 0; i < n; i++) {
        kl_obj_dict_store(ns, KL_OBJ_NEW_QSTR(methods[i]->name), KL_ROM_PTR(methods[i]));
    }
    kl_obj_t base = KL_OBJ_FROM_PTR(&kl_type_object);
    return kl_type_new_from_c(KL_OBJ_NEW_QSTR(name), kl_obj_new_tuple(1, &base), ns);
}

// ==== reduce ====

static kl_obj_t functools_reduce(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    if (n_kw != 0) {
        kl_raise_TypeError(KL_ERROR_TEXT("reduce() takes no keyword arguments"));
    }
    if (n_args < 2) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("reduce expected at least 2 arguments, got %z"), n_args);
    }
    if (n_args > 3) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("reduce expected at most 3 arguments, got %z"), n_args);
    }
    kl_obj_t it = KL_OBJ_NULL;
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        it = kl_getiter(args[1], NULL);
        kl_nlr_pop();
    } else if (kl_obj_isinstance(nlr.ret_val, &kl_type_TypeError)) {
        kl_raise_TypeError(KL_ERROR_TEXT("reduce() arg 2 must support iteration"));
    } else {
        kl_nlr_jump(nlr.ret_val);
    }
    kl_obj_t acc = n_args == 3 ? args[2] : KL_OBJ_NULL;
    kl_obj_t v;
    while ((v = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        acc = acc == KL_OBJ_NULL ? v : kl_call_function_2(args[0], acc, v);
    }
    if (acc == KL_OBJ_NULL) {
        kl_raise_TypeError(KL_ERROR_TEXT("reduce() of empty iterable with no initial value"));
    }
    return acc;
}
static KL_DEFINE_FUN_KW(functools_reduce_obj, reduce, 0, functools_reduce);

// ==== partial ====

typedef struct _partial_t {
    kl_obj_base_t base;
    kl_obj_t func;
    kl_obj_t args; // tuple
    kl_obj_t kw;   // dict
    kl_obj_t dict; // attributes set on the partial, or NULL
} partial_t;

static const kl_obj_callable_type_t partial_type_head;
#define partial_type (partial_type_head.type)

static partial_t *new_partial(kl_obj_t func, kl_obj_t args, kl_obj_t kw) {
    partial_t *p = kl_gc_alloc(sizeof(partial_t), 0);
    p->base.type = &partial_type;
    p->func = func;
    p->args = args;
    p->kw = kw;
    p->dict = KL_OBJ_NULL;
    return p;
}

// A partial, or an instance of a subclass that keeps partial's __call__, with no attributes set.
static bool is_plain_partial(kl_obj_t o) {
    kl_obj_t native = kl_obj_native(o, &partial_type);
    if (!kl_obj_is_type(native, &partial_type) || ((partial_t *)native)->dict != KL_OBJ_NULL) {
        return false;
    }
    if (native == o) {
        return true;
    }
    const kl_obj_instance_t *inst = KL_OBJ_TO_PTR(o);
    return !kl_type_heap_defines(inst->base.type, KL_QSTR___call__) &&
           (inst->dict == NULL || inst->dict->map.used == 0);
}

static kl_obj_t partial_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                 const kl_obj_t *args) {
    (void)type;
    if (n_args == 0) {
        kl_raise_TypeError(KL_ERROR_TEXT("type 'partial' takes at least one argument"));
    }
    kl_obj_t func = args[0];
    if (!kl_obj_is_callable(func)) {
        kl_raise_TypeError(KL_ERROR_TEXT("the first argument must be callable"));
    }
    size_t n_inner = 0;
    kl_obj_t *inner = NULL;
    kl_obj_t kw = kl_obj_new_dict(n_kw);
    // A partial of a plain partial is flattened into one.
    if (is_plain_partial(func)) {
        partial_t *p = KL_OBJ_TO_PTR(kl_obj_native(func, &partial_type));
        inner = kl_obj_tuple_get_items(p->args, &n_inner);
        kl_obj_dict_update(kw, p->kw, false);
        func = p->func;
    }
    kl_obj_tuple_t *t = kl_obj_tuple_alloc(n_inner + n_args - 1);
    kl_mem_copy(t->items, inner, n_inner * sizeof(kl_obj_t));
    kl_mem_copy(t->items + n_inner, args + 1, (n_args - 1) * sizeof(kl_obj_t));
    for (size_t i = 0; i < n_kw; i++) {
        kl_obj_dict_store(kw, args[n_args + 2 * i], args[n_args + 2 * i + 1]);
    }
    return KL_OBJ_FROM_PTR(new_partial(func, KL_OBJ_FROM_PTR(t), kw));
}

static kl_obj_t partial_call(kl_obj_t self, size_t n_args, size_t n_kw, const kl_obj_t *args) {
    partial_t *p = KL_OBJ_TO_PTR(self);
    size_t n_pre;
    kl_obj_t *pre = kl_obj_tuple_get_items(p->args, &n_pre);
    kl_map_t *map = kl_obj_dict_get_map(p->kw);
    if (map->used == 0 && n_pre == 0) {
        return kl_call_function_n_kw(p->func, n_args, n_kw, args);
    }
    // The keywords of the call override the stored ones.
    kl_obj_t kw = p->kw;
    if (n_kw != 0) {
        kw = kl_obj_new_dict(map->used + n_kw);
        kl_obj_dict_update(kw, p->kw, false);
        for (size_t i = 0; i < n_kw; i++) {
            kl_obj_dict_store(kw, args[n_args + 2 * i], args[n_args + 2 * i + 1]);
        }
        map = kl_obj_dict_get_map(kw);
    }
    size_t n_pos = n_pre + n_args;
    // Up to eight argument words on the C stack, more on the heap.
    kl_obj_t small[8];
    size_t need = n_pos + 2 * map->used;
    kl_obj_t *call = need <= 8 ? small : kl_gc_alloc(need * sizeof(kl_obj_t), 0);
    kl_mem_copy(call, pre, n_pre * sizeof(kl_obj_t));
    kl_mem_copy(call + n_pre, args, n_args * sizeof(kl_obj_t));
    size_t pos = 0, k = n_pos;
    kl_map_elem_t *e;
    while ((e = kl_map_next(map, &pos)) != NULL) {
        call[k++] = e->key;
        call[k++] = e->value;
    }
    return kl_call_function_n_kw(p->func, n_pos, (k - n_pos) / 2, call);
}

static void partial_print_body(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    partial_t *p = KL_OBJ_TO_PTR(o);
    kl_printf(print, "functools.partial(%r", p->func);
    size_t n;
    kl_obj_t *items = kl_obj_tuple_get_items(p->args, &n);
    for (size_t i = 0; i < n; i++) {
        kl_printf(print, ", %r", items[i]);
    }
    size_t pos = 0;
    kl_map_elem_t *e;
    while ((e = kl_map_next(kl_obj_dict_get_map(p->kw), &pos)) != NULL) {
        kl_printf(print, ", %S=%r", e->key, e->value);
    }
    kl_printf(print, ")");
}

// A partial that contains itself prints as "...".
static void partial_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    kl_obj_list_print_guarded(print, o, kind, partial_print_body, "...");
}

static void partial_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    partial_t *p = KL_OBJ_TO_PTR(self);
    if (attr == KL_QSTR_func || attr == KL_QSTR_args || attr == KL_QSTR_keywords) {
        if (dest[0] != KL_OBJ_NULL) {
            kl_raise_msg(&kl_type_AttributeError, KL_ERROR_TEXT("readonly attribute"));
        }
        dest[0] = attr == KL_QSTR_func ? p->func : attr == KL_QSTR_args ? p->args : p->kw;
        return;
    }
    bool load = dest[0] == KL_OBJ_NULL;
    dict_attr(self, &p->dict, attr, dest);
    if (load && dest[0] == KL_OBJ_NULL && attr == KL_QSTR___doc__) {
        dest[0] = kl_const_none; // no docstring, rather than no attribute
    }
}

static const kl_obj_callable_type_t partial_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_BASETYPE | KL_TYPE_FLAG_CALL,
            .name = KL_QSTR_functools_dot_partial,
            .make_new = partial_make_new,
            .print = partial_print,
            .attr = partial_attr,
            .parent = &kl_type_object,
        },
    .call = partial_call,
};

// ==== update_wrapper and wraps ====

// WRAPPER_ASSIGNMENTS and WRAPPER_UPDATES: const tuples, laid out as kl_obj_tuple_t.
static const struct {
    kl_obj_base_t base;
    size_t len;
    kl_obj_t items[5];
} wrapper_assignments = {{&kl_type_tuple},
                         5,
                         {KL_OBJ_NEW_QSTR(KL_QSTR___module__), KL_OBJ_NEW_QSTR(KL_QSTR___name__),
                          KL_OBJ_NEW_QSTR(KL_QSTR___qualname__), KL_OBJ_NEW_QSTR(KL_QSTR___doc__),
                          KL_OBJ_NEW_QSTR(KL_QSTR___annotations__)}};
static const struct {
    kl_obj_base_t base;
    size_t len;
    kl_obj_t items[1];
} wrapper_updates = {{&kl_type_tuple}, 1, {KL_OBJ_NEW_QSTR(KL_QSTR___dict__)}};

static kl_obj_t update_wrapper(kl_obj_t wrapper, kl_obj_t wrapped, kl_obj_t assigned,
                               kl_obj_t updated) {
    kl_obj_t it = kl_getiter(assigned, NULL);
    kl_obj_t name;
    while ((name = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        if (!kl_obj_is_str(name)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("attribute name must be string, not '%T'"), name);
        }
        kl_qstr_t q = kl_obj_str_get_qstr(name);
        kl_obj_t v = getattr_maybe(wrapped, q);
        if (v != KL_OBJ_NULL) {
            kl_store_attr(wrapper, q, v);
        }
    }
    it = kl_getiter(updated, NULL);
    while ((name = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        if (!kl_obj_is_str(name)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("attribute name must be string, not '%T'"), name);
        }
        kl_qstr_t q = kl_obj_str_get_qstr(name);
        kl_obj_t v = getattr_maybe(wrapped, q);
        kl_obj_t m[3];
        kl_load_method(kl_load_attr(wrapper, q), KL_QSTR_update, m);
        m[2] = v != KL_OBJ_NULL ? v : kl_obj_new_dict(0);
        kl_call_method_n_kw(1, 0, m);
    }
    kl_store_attr(wrapper, KL_QSTR___wrapped__, wrapped);
    return wrapper;
}

static const uint16_t wrapper_arg_names[] = {KL_QSTR_wrapper, KL_QSTR_wrapped, KL_QSTR_assigned,
                                             KL_QSTR_updated};

static kl_obj_t functools_update_wrapper(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t a[4] = {KL_OBJ_NULL, KL_OBJ_NULL, KL_ROM_PTR(&wrapper_assignments),
                     KL_ROM_PTR(&wrapper_updates)};
    parse_args("update_wrapper", n_args, n_kw, args, 4, wrapper_arg_names, 2, a);
    return update_wrapper(a[0], a[1], a[2], a[3]);
}
static KL_DEFINE_FUN_KW(functools_update_wrapper_obj, update_wrapper, 0, functools_update_wrapper);

// wraps(wrapped, ...) is partial(update_wrapper, wrapped=wrapped, assigned=..., updated=...).
static kl_obj_t functools_wraps(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t a[3] = {KL_OBJ_NULL, KL_ROM_PTR(&wrapper_assignments), KL_ROM_PTR(&wrapper_updates)};
    parse_args("wraps", n_args, n_kw, args, 3, wrapper_arg_names + 1, 1, a);
    kl_obj_t kw = kl_obj_new_dict(3);
    for (size_t i = 0; i < 3; i++) {
        kl_obj_dict_store(kw, KL_OBJ_NEW_QSTR(wrapper_arg_names[i + 1]), a[i]);
    }
    return KL_OBJ_FROM_PTR(
        new_partial(KL_ROM_PTR(&functools_update_wrapper_obj), kl_const_empty_tuple, kw));
}
static KL_DEFINE_FUN_KW(functools_wraps_obj, wraps, 0, functools_wraps);

// ==== cmp_to_key ====

// cmp_to_key(mycmp) is a key wrapper without an object; calling it wraps one.
typedef struct _key_wrapper_t {
    kl_obj_base_t base;
    kl_obj_t cmp;
    kl_obj_t obj; // NULL in the one cmp_to_key returns
} key_wrapper_t;

static const kl_obj_callable_type_t key_wrapper_type_head;
#define key_wrapper_type (key_wrapper_type_head.type)

static kl_obj_t new_key_wrapper(kl_obj_t cmp, kl_obj_t obj) {
    key_wrapper_t *k = kl_gc_alloc(sizeof(key_wrapper_t), 0);
    k->base.type = &key_wrapper_type;
    k->cmp = cmp;
    k->obj = obj;
    return KL_OBJ_FROM_PTR(k);
}

static kl_obj_t functools_cmp_to_key(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const uint16_t names[] = {KL_QSTR_mycmp};
    kl_obj_t cmp = KL_OBJ_NULL;
    if (n_args + n_kw > 1) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("cmp_to_key() takes at most 1 argument (%z given)"),
                         n_args + n_kw);
    }
    if (n_args == 1) {
        cmp = args[0];
    } else if (n_kw == 1) {
        if (!kw_is(args[0], names[0])) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("'%S' is an invalid keyword argument for cmp_to_key()"),
                             args[0]);
        }
        cmp = args[1];
    } else {
        kl_raise_TypeError(KL_ERROR_TEXT("cmp_to_key() missing required argument 'mycmp' (pos 1)"));
    }
    return new_key_wrapper(cmp, KL_OBJ_NULL);
}
static KL_DEFINE_FUN_KW(functools_cmp_to_key_obj, cmp_to_key, 0, functools_cmp_to_key);

static kl_obj_t key_wrapper_call(kl_obj_t self, size_t n_args, size_t n_kw, const kl_obj_t *args) {
    if (n_kw != 0 || n_args != 1) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("K() takes exactly 1 positional argument (%z given)"),
                         n_args + n_kw);
    }
    return new_key_wrapper(((key_wrapper_t *)self)->cmp, args[0]);
}

static kl_obj_t key_wrapper_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    if (op < KL_BINARY_OP_LT || op > KL_BINARY_OP_GE) {
        return KL_OBJ_NULL;
    }
    if (!kl_obj_is_type(rhs, &key_wrapper_type) || !kl_obj_is_type(lhs, &key_wrapper_type)) {
        kl_raise_TypeError(KL_ERROR_TEXT("other argument must be K instance"));
    }
    key_wrapper_t *a = KL_OBJ_TO_PTR(lhs), *b = KL_OBJ_TO_PTR(rhs);
    if (a->obj == KL_OBJ_NULL || b->obj == KL_OBJ_NULL) {
        kl_raise_msg(&kl_type_AttributeError, KL_ERROR_TEXT("object"));
    }
    kl_obj_t r = kl_call_function_2(a->cmp, a->obj, b->obj);
    return kl_binary_op(op, r, KL_OBJ_NEW_SMALL_INT(0));
}

static kl_obj_t key_wrapper_unary_op(kl_unary_op_t op, kl_obj_t o) {
    (void)o;
    if (op == KL_UNARY_OP_HASH) {
        kl_raise_TypeError(KL_ERROR_TEXT("unhashable type: 'functools.KeyWrapper'"));
    }
    return KL_OBJ_NULL;
}

static void key_wrapper_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    key_wrapper_t *k = KL_OBJ_TO_PTR(self);
    if (attr == KL_QSTR_obj && dest[0] == KL_OBJ_NULL) {
        if (k->obj == KL_OBJ_NULL) {
            kl_raise_msg(&kl_type_AttributeError, KL_ERROR_TEXT("obj"));
        }
        dest[0] = k->obj;
        return;
    }
    if (attr == KL_QSTR_obj && dest[1] != KL_OBJ_NULL) {
        k->obj = dest[1];
        dest[0] = KL_OBJ_NULL;
        return;
    }
    kl_type_generic_attr(self, attr, dest);
}

static const kl_obj_callable_type_t key_wrapper_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_CALL,
            .name = KL_QSTR_functools_dot_KeyWrapper,
            .binary_op = key_wrapper_binary_op,
            .attr = key_wrapper_attr,
            .parent = &kl_type_object,
        },
    .unary_op = key_wrapper_unary_op,
    .call = key_wrapper_call,
};

// ==== total_ordering ====

// How a missing comparison follows from the result r of the defined one.
enum {
    FROM_NOT,        // not r
    FROM_AND_NE,     // r and self != other
    FROM_NOT_AND_NE, // not r and self != other
    FROM_OR_EQ,      // r or self == other
    FROM_NOT_OR_EQ,  // not r or self == other
};

static kl_obj_t derive(kl_obj_t self, kl_obj_t other, kl_qstr_t root, int how) {
    kl_obj_t f = kl_load_attr(KL_OBJ_FROM_PTR(kl_obj_get_type(self)), root);
    kl_obj_t args[2] = {self, other};
    kl_obj_t r = kl_call_function_n_kw(f, 2, 0, args);
    if (r == kl_const_notimplemented) {
        return r;
    }
    bool t = kl_obj_is_true(r);
    switch (how) {
        case FROM_NOT:
            return KL_OBJ_FROM_BOOL(!t);
        case FROM_AND_NE:
            return t ? kl_binary_op(KL_BINARY_OP_NE, self, other) : r;
        case FROM_NOT_AND_NE:
            return t ? kl_const_false : kl_binary_op(KL_BINARY_OP_NE, self, other);
        case FROM_OR_EQ:
            return t ? r : kl_binary_op(KL_BINARY_OP_EQ, self, other);
        default:
            return t ? kl_binary_op(KL_BINARY_OP_EQ, self, other) : kl_const_true;
    }
}

// (root, missing method, how): for each defined root, the three methods it supplies.
#define ORDERING_TABLE(D)                                                                          \
    D(lt, gt, FROM_NOT_AND_NE)                                                                     \
    D(lt, le, FROM_OR_EQ)                                                                          \
    D(lt, ge, FROM_NOT)                                                                            \
    D(le, ge, FROM_NOT_OR_EQ)                                                                      \
    D(le, lt, FROM_AND_NE)                                                                         \
    D(le, gt, FROM_NOT)                                                                            \
    D(gt, lt, FROM_NOT_AND_NE)                                                                     \
    D(gt, ge, FROM_OR_EQ)                                                                          \
    D(gt, le, FROM_NOT)                                                                            \
    D(ge, le, FROM_NOT_OR_EQ)                                                                      \
    D(ge, gt, FROM_AND_NE)                                                                         \
    D(ge, lt, FROM_NOT)

#define X(root, op, how)                                                                           \
    static kl_obj_t op##_from_##root(kl_obj_t self, kl_obj_t other) {                              \
        return derive(self, other, KL_QSTR___##root##__, how);                                     \
    }                                                                                              \
    static KL_DEFINE_FUN_2(op##_from_##root##_obj, __##op##__, op##_from_##root);
ORDERING_TABLE(X)
#undef X

static const kl_obj_builtin_t *const ordering_funs[] = {
#define X(root, op, how) &op##_from_##root##_obj,
    ORDERING_TABLE(X)
#undef X
};

static kl_obj_t functools_total_ordering(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const uint16_t names[] = {KL_QSTR_cls};
    kl_obj_t cls = KL_OBJ_NULL;
    parse_args("total_ordering", n_args, n_kw, args, 1, names, 1, &cls);
    static const uint16_t roots[4] = {KL_QSTR___lt__, KL_QSTR___le__, KL_QSTR___gt__,
                                      KL_QSTR___ge__};
    bool defined[4];
    int root = -1;
    for (int i = 0; i < 4; i++) {
        kl_obj_t mine = kl_load_attr_maybe(cls, roots[i], KL_OBJ_NULL);
        kl_obj_t base = kl_load_attr_maybe(KL_OBJ_FROM_PTR(&kl_type_object), roots[i], KL_OBJ_NULL);
        defined[i] = mine != KL_OBJ_NULL && mine != base;
        if (defined[i] && root < 0) {
            root = i;
        }
    }
    if (root < 0) {
        kl_raise_ValueError(
            KL_ERROR_TEXT("must define at least one ordering operation: < > <= >="));
    }
    for (int k = 0; k < 3; k++) {
        const kl_obj_builtin_t *f = ordering_funs[root * 3 + k];
        int i = 0;
        while (roots[i] != f->name) {
            i++;
        }
        if (!defined[i]) {
            kl_store_attr(cls, f->name, KL_ROM_PTR(f));
        }
    }
    return cls;
}
static KL_DEFINE_FUN_KW(functools_total_ordering_obj, total_ordering, 0, functools_total_ordering);

// ==== lru_cache and cache ====

typedef struct _lru_node_t {
    kl_obj_base_t base; // never seen by Python code; a type only so the node is an object
    struct _lru_node_t *prev;
    struct _lru_node_t *next;
    kl_obj_t key;
    kl_obj_t result;
} lru_node_t;

typedef struct _lru_t {
    kl_obj_base_t base;
    kl_obj_t func;
    kl_obj_t cache;   // dict: key -> node (bounded) or key -> result (unbounded)
    kl_obj_t dict;    // attributes (__wrapped__, __name__, ...)
    kl_obj_t typed;   // as given; its truth decides
    kl_int_t maxsize; // -1: unbounded
    kl_uint_t hits;
    kl_uint_t misses;
    lru_node_t *root; // sentinel: root->next is the least recently used node
} lru_t;

static const kl_obj_type_t lru_node_type = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_EQ_IS_ID,
    .name = KL_QSTR_functools_dot__lru_list_elem,
    .parent = &kl_type_object,
};

static void lru_reset(lru_t *w) {
    w->cache = kl_obj_new_dict(0);
    w->root = kl_gc_alloc(sizeof(lru_node_t), 0);
    w->root->base.type = &lru_node_type;
    w->root->prev = w->root->next = w->root;
    w->root->key = w->root->result = KL_OBJ_NULL;
    w->hits = w->misses = 0;
}

static void lru_unlink(lru_node_t *n) {
    n->prev->next = n->next;
    n->next->prev = n->prev;
}

static void lru_append(lru_t *w, lru_node_t *n) {
    n->prev = w->root->prev;
    n->next = w->root;
    w->root->prev->next = n;
    w->root->prev = n;
}

// The cache key of a call: the positional arguments, then a marker and the keyword pairs, then
// (typed) the types of the values. One int or str argument is its own key.
static kl_obj_t lru_key(bool typed, size_t n_args, size_t n_kw, const kl_obj_t *args) {
    if (!typed && n_kw == 0 && n_args == 1) {
        const kl_obj_type_t *t = kl_obj_get_type(args[0]);
        if (t == &kl_type_int || t == &kl_type_str) {
            return args[0];
        }
    }
    size_t n = n_args + (n_kw != 0 ? 1 + 2 * n_kw : 0) + (typed ? n_args + n_kw : 0);
    kl_obj_tuple_t *key = kl_obj_tuple_alloc(n);
    size_t k = 0;
    for (size_t i = 0; i < n_args; i++) {
        key->items[k++] = args[i];
    }
    if (n_kw != 0) {
        key->items[k++] = KL_OBJ_FROM_PTR(&lru_node_type); // the marker
        for (size_t i = 0; i < 2 * n_kw; i++) {
            key->items[k++] = args[n_args + i];
        }
    }
    if (typed) {
        for (size_t i = 0; i < n_args; i++) {
            key->items[k++] = KL_OBJ_FROM_PTR(kl_obj_get_type(args[i]));
        }
        for (size_t i = 0; i < n_kw; i++) {
            key->items[k++] = KL_OBJ_FROM_PTR(kl_obj_get_type(args[n_args + 2 * i + 1]));
        }
    }
    return KL_OBJ_FROM_PTR(key);
}

static kl_obj_t lru_call(kl_obj_t self, size_t n_args, size_t n_kw, const kl_obj_t *args) {
    lru_t *w = KL_OBJ_TO_PTR(self);
    if (w->maxsize == 0) {
        w->misses++;
        return kl_call_function_n_kw(w->func, n_args, n_kw, args);
    }
    kl_obj_t key = lru_key(kl_obj_is_true(w->typed), n_args, n_kw, args);
    // Small dicts search without hashing: check first that the key can be hashed.
    kl_obj_hash(key);
    kl_obj_t found = kl_obj_dict_get(w->cache, key);
    if (found != KL_OBJ_NULL) {
        w->hits++;
        if (w->maxsize < 0) {
            return found;
        }
        lru_node_t *n = KL_OBJ_TO_PTR(found);
        lru_unlink(n);
        lru_append(w, n);
        return n->result;
    }
    w->misses++;
    kl_obj_t result = kl_call_function_n_kw(w->func, n_args, n_kw, args);
    if (w->maxsize < 0) {
        kl_obj_dict_store(w->cache, key, result);
        return result;
    }
    if (kl_obj_dict_get(w->cache, key) != KL_OBJ_NULL) {
        return result; // a recursive call cached it meanwhile
    }
    if (kl_obj_dict_get_map(w->cache)->used >= (size_t)w->maxsize) {
        lru_node_t *old = w->root->next;
        lru_unlink(old);
        kl_map_lookup(kl_obj_dict_get_map(w->cache), old->key, KL_MAP_LOOKUP_REMOVE);
    }
    lru_node_t *n = kl_gc_alloc(sizeof(lru_node_t), 0);
    n->base.type = &lru_node_type;
    n->key = key;
    n->result = result;
    lru_append(w, n);
    kl_obj_dict_store(w->cache, key, KL_OBJ_FROM_PTR(n));
    return result;
}

static kl_obj_t lru_maxsize_obj(lru_t *w) {
    return w->maxsize < 0 ? kl_const_none : kl_obj_new_int(w->maxsize);
}

static kl_obj_t lru_cache_info(kl_obj_t self) {
    lru_t *w = KL_OBJ_TO_PTR(self);
    kl_obj_t mod = kl_import_name(KL_QSTR_functools, kl_const_none, 0);
    kl_obj_t cls = kl_load_attr(mod, KL_QSTR__CacheInfo);
    kl_obj_t items[4] = {kl_obj_new_int_from_uint(w->hits), kl_obj_new_int_from_uint(w->misses),
                         lru_maxsize_obj(w),
                         kl_obj_new_int_from_uint(kl_obj_dict_get_map(w->cache)->used)};
    return kl_call_function_n_kw(cls, 4, 0, items);
}
static KL_DEFINE_FUN_1(lru_cache_info_obj, cache_info, lru_cache_info);

static kl_obj_t lru_cache_clear(kl_obj_t self) {
    lru_reset(KL_OBJ_TO_PTR(self));
    return kl_const_none;
}
static KL_DEFINE_FUN_1(lru_cache_clear_obj, cache_clear, lru_cache_clear);

static kl_obj_t lru_cache_parameters(kl_obj_t self) {
    lru_t *w = KL_OBJ_TO_PTR(self);
    kl_obj_t d = kl_obj_new_dict(2);
    kl_obj_dict_store(d, KL_OBJ_NEW_QSTR(KL_QSTR_maxsize), lru_maxsize_obj(w));
    kl_obj_dict_store(d, KL_OBJ_NEW_QSTR(KL_QSTR_typed), w->typed);
    return d;
}
static KL_DEFINE_FUN_1(lru_cache_parameters_obj, cache_parameters, lru_cache_parameters);

static void lru_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    dict_attr(self, &((lru_t *)self)->dict, attr, dest);
}

static const kl_rom_map_elem_t lru_locals_table[] = {
    {KL_ROM_QSTR(cache_clear), KL_ROM_PTR(&lru_cache_clear_obj)},
    {KL_ROM_QSTR(cache_info), KL_ROM_PTR(&lru_cache_info_obj)},
    {KL_ROM_QSTR(cache_parameters), KL_ROM_PTR(&lru_cache_parameters_obj)},
};
static KL_DEFINE_CONST_DICT(lru_locals_dict, lru_locals_table);

// BINDS_SELF: found in a class, the wrapper binds to the instance like the function it wraps.
static const kl_obj_callable_type_t lru_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_BINDS_SELF | KL_TYPE_FLAG_CALL,
            .name = KL_QSTR_functools_dot__lru_cache_wrapper,
            .attr = lru_attr,
            .locals_dict = &lru_locals_dict,
            .parent = &kl_type_object,
        },
    .call = lru_call,
};
#define lru_type (lru_type_head.type)

static kl_obj_t new_lru(kl_obj_t func, kl_int_t maxsize, kl_obj_t typed) {
    if (!kl_obj_is_callable(func)) {
        kl_raise_TypeError(KL_ERROR_TEXT("the first argument must be callable"));
    }
    lru_t *w = kl_gc_alloc(sizeof(lru_t), 0);
    w->base.type = &lru_type;
    w->func = func;
    w->dict = KL_OBJ_NULL;
    w->typed = typed;
    w->maxsize = maxsize;
    lru_reset(w);
    update_wrapper(KL_OBJ_FROM_PTR(w), func, KL_ROM_PTR(&wrapper_assignments),
                   KL_ROM_PTR(&wrapper_updates));
    return KL_OBJ_FROM_PTR(w);
}

// What lru_cache(maxsize, typed) returns: partial(this, maxsize, typed).
static kl_obj_t lru_decorate(kl_obj_t maxsize, kl_obj_t typed, kl_obj_t func) {
    return new_lru(func, maxsize == kl_const_none ? -1 : kl_obj_get_int(maxsize), typed);
}
static KL_DEFINE_FUN_3(lru_decorate_obj, decorating_function, lru_decorate);

static kl_obj_t functools_lru_cache(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const uint16_t names[] = {KL_QSTR_maxsize, KL_QSTR_typed};
    kl_obj_t a[2] = {KL_OBJ_NEW_SMALL_INT(128), kl_const_false};
    parse_args("lru_cache", n_args, n_kw, args, 2, names, 0, a);
    kl_obj_t maxsize = a[0];
    if (kl_obj_is_int(maxsize)) {
        kl_int_t m;
        if (kl_obj_int_cmp(maxsize, KL_OBJ_NEW_SMALL_INT(0)) < 0) {
            m = 0;
        } else if (!kl_obj_int_to_int_checked(maxsize, &m)) {
            m = INTPTR_MAX;
        }
        maxsize = kl_obj_new_int(m);
    } else if (kl_obj_is_callable(maxsize) && kl_obj_get_type(a[1]) == &kl_type_bool) {
        // @lru_cache without parentheses.
        return new_lru(maxsize, 128, a[1]);
    } else if (maxsize != kl_const_none) {
        kl_raise_TypeError(
            KL_ERROR_TEXT("Expected first argument to be an integer, a callable, or None"));
    }
    kl_obj_t pre[2] = {maxsize, a[1]};
    return KL_OBJ_FROM_PTR(
        new_partial(KL_ROM_PTR(&lru_decorate_obj), kl_obj_new_tuple(2, pre), kl_obj_new_dict(0)));
}
static KL_DEFINE_FUN_KW(functools_lru_cache_obj, lru_cache, 0, functools_lru_cache);

static kl_obj_t functools_cache(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const uint16_t names[] = {KL_QSTR_user_function};
    kl_obj_t f = KL_OBJ_NULL;
    parse_args("cache", n_args, n_kw, args, 1, names, 1, &f);
    return new_lru(f, -1, kl_const_false);
}
static KL_DEFINE_FUN_KW(functools_cache_obj, cache, 0, functools_cache);

// ==== CacheInfo ====

// A tuple subclass with a property per field, as collections.namedtuple makes.
#define CACHE_INFO_FIELDS(X)                                                                       \
    X(0, hits)                                                                                     \
    X(1, misses)                                                                                   \
    X(2, maxsize)                                                                                  \
    X(3, currsize)
#define X(i, name)                                                                                 \
    static kl_obj_t cache_info_##name(kl_obj_t self) {                                             \
        return kl_obj_subscr(kl_obj_native(self, NULL), KL_OBJ_NEW_SMALL_INT(i), KL_OBJ_SENTINEL); \
    }                                                                                              \
    static KL_DEFINE_FUN_1(cache_info_##name##_obj, name, cache_info_##name);
CACHE_INFO_FIELDS(X)
#undef X

static const struct {
    kl_obj_base_t base;
    size_t len;
    kl_obj_t items[4];
} cache_info_fields = {{&kl_type_tuple},
                       4,
                       {KL_OBJ_NEW_QSTR(KL_QSTR_hits), KL_OBJ_NEW_QSTR(KL_QSTR_misses),
                        KL_OBJ_NEW_QSTR(KL_QSTR_maxsize), KL_OBJ_NEW_QSTR(KL_QSTR_currsize)}};

static kl_obj_t cache_info_repr(kl_obj_t self) {
    size_t n;
    kl_obj_t *items = kl_obj_tuple_get_items(kl_obj_native(self, NULL), &n);
    if (n != 4) {
        return kl_obj_str_printf("CacheInfo%r", kl_obj_native(self, NULL));
    }
    return kl_obj_str_printf("CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)", items[0],
                             items[1], items[2], items[3]);
}
static KL_DEFINE_FUN_1(cache_info_repr_obj, __repr__, cache_info_repr);

// CacheInfo(hits, misses, maxsize, currsize), by position or by name.
static kl_obj_t cache_info_new(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const uint16_t names[] = {KL_QSTR_cls, KL_QSTR_hits, KL_QSTR_misses, KL_QSTR_maxsize,
                                     KL_QSTR_currsize};
    kl_obj_t a[5] = {KL_OBJ_NULL, KL_OBJ_NULL, KL_OBJ_NULL, KL_OBJ_NULL, KL_OBJ_NULL};
    parse_args("CacheInfo.__new__", n_args, n_kw, args, 5, names, 5, a);
    kl_obj_t t = kl_obj_new_tuple(4, a + 1);
    return kl_type_new_instance((const kl_obj_type_t *)a[0], 1, 0, &t);
}
static KL_DEFINE_FUN_KW(cache_info_new_obj, __new__, 0, cache_info_new);

static kl_obj_t cache_info_make(kl_obj_t cls, kl_obj_t iterable) {
    kl_obj_t t = kl_obj_tuple_from_iterable(iterable);
    size_t n;
    kl_obj_tuple_get_items(t, &n);
    if (n != 4) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("Expected 4 arguments, got %z"), n);
    }
    return kl_type_new_instance((const kl_obj_type_t *)cls, 1, 0, &t);
}
static KL_DEFINE_FUN_2(cache_info_make_obj, _make, cache_info_make);

static kl_obj_t cache_info_asdict(kl_obj_t self) {
    size_t n;
    kl_obj_t *items = kl_obj_tuple_get_items(kl_obj_native(self, NULL), &n);
    kl_obj_t d = kl_obj_new_dict(4);
    for (size_t i = 0; i < n && i < 4; i++) {
        kl_obj_dict_store(d, cache_info_fields.items[i], items[i]);
    }
    return d;
}
static KL_DEFINE_FUN_1(cache_info_asdict_obj, _asdict, cache_info_asdict);

// _replace(**fields): a copy with some fields changed.
static kl_obj_t cache_info_replace(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    if (n_args != 1) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("_replace() takes 1 positional argument but %z were given"),
                         n_args);
    }
    size_t n;
    kl_obj_t *items = kl_obj_tuple_get_items(kl_obj_native(args[0], NULL), &n);
    kl_obj_t t = kl_obj_new_tuple(n, items);
    kl_obj_t *fresh = kl_obj_tuple_get_items(t, &n);
    kl_obj_t unknown = kl_obj_new_list(0, NULL);
    for (size_t i = 0; i < n_kw; i++) {
        size_t j = 0;
        while (j < 4 && !kl_obj_str_equal(args[1 + 2 * i], cache_info_fields.items[j])) {
            j++;
        }
        if (j < 4 && j < n) {
            fresh[j] = args[2 + 2 * i];
        } else {
            kl_obj_list_append(unknown, args[1 + 2 * i]);
        }
    }
    if (kl_obj_get_len(unknown) != 0) {
        kl_raise_msg_fmt(&kl_type_ValueError, KL_ERROR_TEXT("Got unexpected field names: %r"),
                         unknown);
    }
    return kl_type_new_instance(kl_obj_get_type(args[0]), 1, 0, &t);
}
static KL_DEFINE_FUN_KW(cache_info_replace_obj, _replace, 1, cache_info_replace);

static kl_obj_t make_cache_info_class(void) {
    kl_obj_t ns = kl_obj_new_dict(8);
#define X(i, name)                                                                                 \
    kl_obj_dict_store(ns, KL_OBJ_NEW_QSTR(KL_QSTR_##name),                                         \
                      kl_obj_new_property(KL_OBJ_FROM_PTR(&cache_info_##name##_obj)));
    CACHE_INFO_FIELDS(X)
#undef X
    kl_obj_dict_store(ns, KL_OBJ_NEW_QSTR(KL_QSTR___module__), KL_OBJ_NEW_QSTR(KL_QSTR_functools));
    kl_obj_dict_store(ns, KL_OBJ_NEW_QSTR(KL_QSTR___repr__), KL_ROM_PTR(&cache_info_repr_obj));
    kl_obj_dict_store(ns, KL_OBJ_NEW_QSTR(KL_QSTR__fields), KL_ROM_PTR(&cache_info_fields));
    kl_obj_dict_store(
        ns, KL_OBJ_NEW_QSTR(KL_QSTR___new__),
        kl_obj_new_static_class_method(&kl_type_staticmethod, KL_ROM_PTR(&cache_info_new_obj)));
    kl_obj_dict_store(
        ns, KL_OBJ_NEW_QSTR(KL_QSTR__make),
        kl_obj_new_static_class_method(&kl_type_classmethod, KL_ROM_PTR(&cache_info_make_obj)));
    kl_obj_dict_store(ns, KL_OBJ_NEW_QSTR(KL_QSTR__asdict), KL_ROM_PTR(&cache_info_asdict_obj));
    kl_obj_dict_store(ns, KL_OBJ_NEW_QSTR(KL_QSTR__replace), KL_ROM_PTR(&cache_info_replace_obj));
    kl_obj_t base = KL_OBJ_FROM_PTR(&kl_type_tuple);
    return kl_type_new_from_c(KL_OBJ_NEW_QSTR(KL_QSTR_CacheInfo), kl_obj_new_tuple(1, &base), ns);
}

// ==== cached_property ====

// A class whose methods are builtin functions: __init__(self, func), __set_name__(self, owner,
// name) and __get__(self, instance, owner=None). The value is stored in the instance __dict__
// under the attribute's name, where later lookups find it before the (non-data) descriptor.

static kl_obj_t cached_property_init(kl_obj_t self, kl_obj_t func) {
    kl_store_attr(self, KL_QSTR_func, func);
    kl_store_attr(self, KL_QSTR_attrname, kl_const_none);
    kl_store_attr(self, KL_QSTR___doc__, kl_load_attr(func, KL_QSTR___doc__));
    return kl_const_none;
}
static KL_DEFINE_FUN_2(cached_property_init_obj, __init__, cached_property_init);

static kl_obj_t cached_property_set_name(kl_obj_t self, kl_obj_t owner, kl_obj_t name) {
    (void)owner;
    kl_obj_t attrname = kl_load_attr(self, KL_QSTR_attrname);
    if (attrname == kl_const_none) {
        kl_store_attr(self, KL_QSTR_attrname, name);
    } else if (!kl_obj_equal(name, attrname)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("Cannot assign the same cached_property to two different "
                                       "names (%r and %r)."),
                         attrname, name);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_3(cached_property_set_name_obj, __set_name__, cached_property_set_name);

static kl_obj_t cached_property_get(size_t n_args, const kl_obj_t *args) {
    kl_obj_t self = args[0], instance = args[1];
    if (instance == kl_const_none) {
        return self;
    }
    kl_obj_t attrname = kl_load_attr(self, KL_QSTR_attrname);
    if (attrname == kl_const_none) {
        kl_raise_TypeError(KL_ERROR_TEXT(
            "Cannot use cached_property instance without calling __set_name__ on it."));
    }
    (void)n_args;
    kl_obj_t cache = getattr_maybe(instance, KL_QSTR___dict__);
    kl_obj_t tname = KL_OBJ_NEW_QSTR(kl_obj_get_type_qstr(instance));
    if (cache == KL_OBJ_NULL) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("No '__dict__' attribute on %r instance to cache %r "
                                       "property."),
                         tname, attrname);
    }
    if (!kl_obj_is_dict(cache)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("The '__dict__' attribute on %r instance does not support "
                                       "item assignment for caching %r property."),
                         tname, attrname);
    }
    kl_obj_t v = kl_obj_dict_get(cache, attrname);
    if (v == KL_OBJ_NULL) {
        v = kl_call_function_1(kl_load_attr(self, KL_QSTR_func), instance);
        kl_obj_dict_store(cache, attrname, v);
    }
    return v;
}
static KL_DEFINE_FUN_VAR(cached_property_get_obj, __get__, 2, 3, cached_property_get);

static const kl_obj_builtin_t *const cached_property_methods[] = {
    &cached_property_init_obj, &cached_property_set_name_obj, &cached_property_get_obj};

// ==== singledispatch ====

// A generic function: [registry] maps classes to implementations, object to the function it was
// made from. A call picks the implementation of the first class along the MRO of the first
// argument's class. Like the function it wraps, it binds to instances.
typedef struct _dispatch_t {
    kl_obj_base_t base;
    kl_obj_t func;
    kl_obj_t registry; // dict
    kl_obj_t dict;     // attributes (__wrapped__, __name__, ...)
} dispatch_t;

static bool is_class(kl_obj_t o) {
    return KL_OBJ_IS_OBJ(o) && kl_obj_is_subclass(((kl_obj_base_t *)o)->type, &kl_type_type);
}

static kl_obj_t dispatch_find(kl_obj_t self, kl_obj_t cls) {
    dispatch_t *d = KL_OBJ_TO_PTR(self);
    kl_obj_t mro = kl_load_attr(cls, KL_QSTR___mro__);
    kl_obj_t it = kl_getiter(mro, NULL);
    kl_obj_t c;
    while ((c = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        kl_obj_t f = kl_obj_dict_get(d->registry, c);
        if (f != KL_OBJ_NULL) {
            return f;
        }
    }
    kl_obj_t f = kl_obj_dict_get(d->registry, KL_OBJ_FROM_PTR(&kl_type_object));
    return f != KL_OBJ_NULL ? f : d->func;
}
static KL_DEFINE_FUN_2(dispatch_find_obj, dispatch, dispatch_find);

static kl_obj_t dispatch_call(kl_obj_t self, size_t n_args, size_t n_kw, const kl_obj_t *args) {
    dispatch_t *d = KL_OBJ_TO_PTR(self);
    if (n_args == 0) {
        kl_obj_t name = getattr_maybe(d->func, KL_QSTR___name__);
        kl_raise_msg_fmt(
            &kl_type_TypeError, KL_ERROR_TEXT("%S requires at least 1 positional argument"),
            name != KL_OBJ_NULL ? name : kl_obj_new_str_from_cstr("singledispatch function"));
    }
    kl_obj_t f = dispatch_find(self, KL_OBJ_FROM_PTR(kl_obj_get_type(args[0])));
    return kl_call_function_n_kw(f, n_args, n_kw, args);
}

static KL_NORETURN void raise_bad_register(kl_obj_t cls) {
    kl_raise_msg_fmt(&kl_type_TypeError,
                     KL_ERROR_TEXT("Invalid first argument to `register()`: %r. Use either "
                                   "`@register(some_class)` or plain `@register` on an annotated "
                                   "function."),
                     cls);
}

static const kl_obj_builtin_t dispatch_register_obj;

// A class, or a union of classes (int | str, a types.UnionType).
static bool is_dispatch_type(kl_obj_t cls) {
    if (!kl_obj_is_type(cls, &kl_type_union)) {
        return is_class(cls);
    }
    size_t n;
    kl_obj_t *items = kl_obj_tuple_get_items(kl_obj_union_args(cls), &n);
    for (size_t i = 0; i < n; i++) {
        if (!is_class(items[i])) {
            return false;
        }
    }
    return n > 0;
}

// register(cls, func) and register(cls) (a decorator), or register(func) with the class taken
// from the annotation of its first parameter. A union (int | str) registers each class.
static kl_obj_t dispatch_register(size_t n_args, const kl_obj_t *args) {
    dispatch_t *d = KL_OBJ_TO_PTR(args[0]);
    kl_obj_t cls = args[1];
    kl_obj_t func = n_args > 2 ? args[2] : kl_const_none;
    bool valid = is_dispatch_type(cls);
    if (valid && func == kl_const_none) {
        return KL_OBJ_FROM_PTR(
            new_partial(kl_obj_new_bound_meth(KL_ROM_PTR(&dispatch_register_obj), args[0]),
                        kl_obj_new_tuple(1, &cls), kl_obj_new_dict(0)));
    }
    if (!valid) {
        if (func != kl_const_none) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("Invalid first argument to `register()`. %r is not a "
                                           "class or union type."),
                             cls);
        }
        func = cls;
        kl_obj_t ann = getattr_maybe(func, KL_QSTR___annotations__);
        if (ann == KL_OBJ_NULL) {
            // A classmethod or staticmethod: the annotations of the function it wraps.
            kl_obj_t inner = getattr_maybe(func, KL_QSTR___func__);
            ann =
                inner != KL_OBJ_NULL ? getattr_maybe(inner, KL_QSTR___annotations__) : KL_OBJ_NULL;
        }
        if (ann == KL_OBJ_NULL || !kl_obj_is_dict(ann) || kl_obj_dict_get_map(ann)->used == 0) {
            raise_bad_register(cls);
        }
        size_t pos = 0;
        kl_map_elem_t *e = kl_map_next(kl_obj_dict_get_map(ann), &pos);
        cls = e->value;
        if (!is_dispatch_type(cls)) {
            bool is_union = kl_obj_is_type(cls, &kl_type_union);
            kl_raise_msg_fmt(&kl_type_TypeError,
                             is_union ? KL_ERROR_TEXT("Invalid annotation for %r. %r not all "
                                                      "arguments are classes.")
                                      : KL_ERROR_TEXT("Invalid annotation for %r. %r is not a "
                                                      "class."),
                             e->key, cls);
        }
    }
    if (kl_obj_is_type(cls, &kl_type_union)) {
        size_t n;
        kl_obj_t *items = kl_obj_tuple_get_items(kl_obj_union_args(cls), &n);
        for (size_t i = 0; i < n; i++) {
            kl_obj_dict_store(d->registry, items[i], func);
        }
    } else {
        kl_obj_dict_store(d->registry, cls, func);
    }
    return func;
}
static KL_DEFINE_FUN_VAR(dispatch_register_obj, register, 2, 3, dispatch_register);

// There is no dispatch cache to clear: dispatch walks the MRO each call.
static kl_obj_t dispatch_clear_cache(kl_obj_t self) {
    (void)self;
    return kl_const_none;
}
static KL_DEFINE_FUN_1(dispatch_clear_cache_obj, _clear_cache, dispatch_clear_cache);

static void dispatch_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    dispatch_t *d = KL_OBJ_TO_PTR(self);
    if (attr == KL_QSTR_registry && dest[0] == KL_OBJ_NULL) {
        dest[0] = kl_obj_new_mappingproxy(d->registry);
        return;
    }
    dict_attr(self, &d->dict, attr, dest);
}

static const kl_rom_map_elem_t dispatch_locals_table[] = {
    {KL_ROM_QSTR(_clear_cache), KL_ROM_PTR(&dispatch_clear_cache_obj)},
    {KL_ROM_QSTR(dispatch), KL_ROM_PTR(&dispatch_find_obj)},
    {KL_ROM_QSTR(register), KL_ROM_PTR(&dispatch_register_obj)},
};
static KL_DEFINE_CONST_DICT(dispatch_locals_dict, dispatch_locals_table);

static const kl_obj_callable_type_t dispatch_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_BINDS_SELF | KL_TYPE_FLAG_CALL,
            .name = KL_QSTR_singledispatch,
            .attr = dispatch_attr,
            .locals_dict = &dispatch_locals_dict,
            .parent = &kl_type_object,
        },
    .call = dispatch_call,
};
#define dispatch_type (dispatch_type_head.type)

static kl_obj_t functools_singledispatch(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const uint16_t names[] = {KL_QSTR_func};
    kl_obj_t func = KL_OBJ_NULL;
    parse_args("singledispatch", n_args, n_kw, args, 1, names, 1, &func);
    dispatch_t *d = kl_gc_alloc(sizeof(dispatch_t), 0);
    d->base.type = &dispatch_type;
    d->func = func;
    d->registry = kl_obj_new_dict(4);
    d->dict = KL_OBJ_NULL;
    kl_obj_dict_store(d->registry, KL_OBJ_FROM_PTR(&kl_type_object), func);
    update_wrapper(KL_OBJ_FROM_PTR(d), func, KL_ROM_PTR(&wrapper_assignments),
                   KL_ROM_PTR(&wrapper_updates));
    return KL_OBJ_FROM_PTR(d);
}
static KL_DEFINE_FUN_KW(functools_singledispatch_obj, singledispatch, 0, functools_singledispatch);

// ==== partialmethod and singledispatchmethod ====

// Both are classes made at first import (they are descriptors), with builtin functions as their
// methods and their state in the instance __dict__ (func, args, keywords; dispatcher, func).

static const kl_obj_builtin_t partialmethod_get_obj;

static bool is_partialmethod(kl_obj_t o) {
    kl_obj_t get = kl_type_lookup(kl_obj_get_type(o), KL_QSTR___get__);
    return get != KL_OBJ_NULL && kl_obj_is_type(get, &kl_type_method_descriptor) &&
           kl_obj_method_descriptor_fun(get) == KL_ROM_PTR(&partialmethod_get_obj);
}

static void check_callable_or_descriptor(kl_obj_t func) {
    if (!kl_obj_is_callable(func) && getattr_maybe(func, KL_QSTR___get__) == KL_OBJ_NULL) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("%r is not callable or a descriptor"),
                         func);
    }
}

// partialmethod(func, /, *args, **keywords); a partialmethod of a partialmethod is flattened.
static kl_obj_t partialmethod_init(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    if (n_args < 2) {
        kl_raise_TypeError(KL_ERROR_TEXT(
            "partialmethod.__init__() missing 1 required positional argument: 'func'"));
    }
    kl_obj_t self = args[0], func = args[1];
    check_callable_or_descriptor(func);
    kl_obj_t kw = kl_obj_new_dict(n_kw);
    size_t n_inner = 0;
    kl_obj_t *inner = NULL;
    if (is_partialmethod(func)) {
        inner = kl_obj_tuple_get_items(kl_load_attr(func, KL_QSTR_args), &n_inner);
        kl_obj_dict_update(kw, kl_load_attr(func, KL_QSTR_keywords), false);
        func = kl_load_attr(func, KL_QSTR_func);
    }
    kl_obj_tuple_t *t = kl_obj_tuple_alloc(n_inner + n_args - 2);
    kl_mem_copy(t->items, inner, n_inner * sizeof(kl_obj_t));
    kl_mem_copy(t->items + n_inner, args + 2, (n_args - 2) * sizeof(kl_obj_t));
    for (size_t i = 0; i < n_kw; i++) {
        kl_obj_dict_store(kw, args[n_args + 2 * i], args[n_args + 2 * i + 1]);
    }
    kl_store_attr(self, KL_QSTR_func, func);
    kl_store_attr(self, KL_QSTR_args, KL_OBJ_FROM_PTR(t));
    kl_store_attr(self, KL_QSTR_keywords, kw);
    return kl_const_none;
}
static KL_DEFINE_FUN_KW(partialmethod_init_obj, __init__, 0, partialmethod_init);

// The method a partialmethod gives when its function does not bind: called with
// (cls_or_self, *args, **keywords), it calls func(cls_or_self, *stored, *args, **keywords).
typedef struct _pm_method_t {
    kl_obj_base_t base;
    kl_obj_t pm;
} pm_method_t;

static kl_obj_t pm_method_call(kl_obj_t self, size_t n_args, size_t n_kw, const kl_obj_t *args) {
    if (n_args == 0) {
        kl_raise_TypeError(
            KL_ERROR_TEXT("partialmethod._make_unbound_method.<locals>._method() missing 1 "
                          "required positional argument: 'cls_or_self'"));
    }
    // func(cls_or_self, *stored, *rest): the first argument goes in front of the stored ones.
    kl_obj_t pm = ((pm_method_t *)self)->pm;
    size_t n;
    kl_obj_t *stored = kl_obj_tuple_get_items(kl_load_attr(pm, KL_QSTR_args), &n);
    kl_obj_tuple_t *t = kl_obj_tuple_alloc(n + 1);
    t->items[0] = args[0];
    kl_mem_copy(t->items + 1, stored, n * sizeof(kl_obj_t));
    kl_obj_t p = KL_OBJ_FROM_PTR(new_partial(kl_load_attr(pm, KL_QSTR_func), KL_OBJ_FROM_PTR(t),
                                             kl_load_attr(pm, KL_QSTR_keywords)));
    return partial_call(p, n_args - 1, n_kw, args + 1);
}

static void pm_method_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    if (attr == KL_QSTR__partialmethod && dest[0] == KL_OBJ_NULL) {
        dest[0] = ((pm_method_t *)self)->pm;
        return;
    }
    kl_type_generic_attr(self, attr, dest);
}

static const kl_obj_callable_type_t pm_method_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_BINDS_SELF | KL_TYPE_FLAG_CALL,
            .name = KL_QSTR__method,
            .attr = pm_method_attr,
            .parent = &kl_type_object,
        },
    .call = pm_method_call,
};
#define pm_method_type (pm_method_type_head.type)

// __get__(self, obj, cls=None): a partial of the bound function, or, when the function does not
// bind, the method above (bound to [obj] unless it is None).
static kl_obj_t partialmethod_get(size_t n_args, const kl_obj_t *args) {
    kl_obj_t self = args[0], obj = args[1];
    kl_obj_t cls = n_args > 2 ? args[2] : kl_const_none;
    kl_obj_t func = kl_load_attr(self, KL_QSTR_func);
    kl_obj_t get = getattr_maybe(func, KL_QSTR___get__);
    if (get != KL_OBJ_NULL) {
        kl_obj_t new_func = kl_call_function_2(get, obj, cls);
        if (new_func != func) {
            kl_obj_t kw = kl_obj_new_dict(0);
            kl_obj_dict_update(kw, kl_load_attr(self, KL_QSTR_keywords), false);
            partial_t *p = new_partial(new_func, kl_load_attr(self, KL_QSTR_args), kw);
            kl_obj_t bound_self = getattr_maybe(new_func, KL_QSTR___self__);
            if (bound_self != KL_OBJ_NULL) {
                kl_store_attr(KL_OBJ_FROM_PTR(p), KL_QSTR___self__, bound_self);
            }
            return KL_OBJ_FROM_PTR(p);
        }
    }
    pm_method_t *m = kl_gc_alloc(sizeof(pm_method_t), 0);
    m->base.type = &pm_method_type;
    m->pm = self;
    return obj == kl_const_none ? KL_OBJ_FROM_PTR(m)
                                : kl_obj_new_bound_meth(KL_OBJ_FROM_PTR(m), obj);
}
static KL_DEFINE_FUN_VAR(partialmethod_get_obj, __get__, 2, 3, partialmethod_get);

// "functools.partialmethod(func, args, keywords)", each part written even when empty.
static kl_obj_t partialmethod_repr(kl_obj_t self) {
    kl_obj_t cls = KL_OBJ_FROM_PTR(kl_obj_get_type(self));
    kl_vstr_t v;
    kl_vstr_init(&v, 64);
    kl_print_t print;
    kl_vstr_print(&print, &v);
    kl_printf(&print, "%S.%S(%S, ", kl_load_attr(cls, KL_QSTR___module__),
              kl_load_attr(cls, KL_QSTR___qualname__), kl_load_attr(self, KL_QSTR_func));
    size_t n;
    kl_obj_t *items = kl_obj_tuple_get_items(kl_load_attr(self, KL_QSTR_args), &n);
    for (size_t i = 0; i < n; i++) {
        kl_printf(&print, i == 0 ? "%r" : ", %r", items[i]);
    }
    kl_printf(&print, ", ");
    size_t pos = 0;
    kl_map_elem_t *e;
    bool first = true;
    kl_obj_t kw = kl_load_attr(self, KL_QSTR_keywords);
    while ((e = kl_map_next(kl_obj_dict_get_map(kw), &pos)) != NULL) {
        kl_printf(&print, first ? "%S=%r" : ", %S=%r", e->key, e->value);
        first = false;
    }
    kl_printf(&print, ")");
    return kl_vstr_to_str(&v);
}
static KL_DEFINE_FUN_1(partialmethod_repr_obj, __repr__, partialmethod_repr);

// singledispatchmethod(func): a descriptor whose __get__ gives a callable that dispatches on
// its first argument and binds the implementation it finds like the descriptor would.
static kl_obj_t sdmethod_init(kl_obj_t self, kl_obj_t func) {
    check_callable_or_descriptor(func);
    kl_store_attr(self, KL_QSTR_dispatcher, functools_singledispatch(1, 0, &func));
    kl_store_attr(self, KL_QSTR_func, func);
    return kl_const_none;
}
static KL_DEFINE_FUN_2(sdmethod_init_obj, __init__, sdmethod_init);

static kl_obj_t sdmethod_register(size_t n_args, const kl_obj_t *args) {
    kl_obj_t m[4];
    kl_load_method(kl_load_attr(args[0], KL_QSTR_dispatcher), KL_QSTR_register, m);
    m[2] = args[1];
    m[3] = n_args > 2 ? args[2] : kl_const_none;
    return kl_call_method_n_kw(2, 0, m);
}
static KL_DEFINE_FUN_VAR(sdmethod_register_obj, register, 2, 3, sdmethod_register);

typedef struct _sd_bound_t {
    kl_obj_base_t base;
    kl_obj_t dispatcher;
    kl_obj_t obj;
    kl_obj_t cls;
    kl_obj_t dict;
} sd_bound_t;

static kl_obj_t sd_bound_call(kl_obj_t self, size_t n_args, size_t n_kw, const kl_obj_t *args) {
    sd_bound_t *b = KL_OBJ_TO_PTR(self);
    if (n_args == 0) {
        kl_raise_IndexError(KL_ERROR_TEXT("tuple index out of range"));
    }
    kl_obj_t f = dispatch_find(b->dispatcher, KL_OBJ_FROM_PTR(kl_obj_get_type(args[0])));
    kl_obj_t bound = kl_call_function_2(kl_load_attr(f, KL_QSTR___get__), b->obj, b->cls);
    return kl_call_function_n_kw(bound, n_args, n_kw, args);
}

static void sd_bound_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    dict_attr(self, &((sd_bound_t *)self)->dict, attr, dest);
}

static const kl_obj_callable_type_t sd_bound_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_CALL,
            .name = KL_QSTR__method,
            .attr = sd_bound_attr,
            .parent = &kl_type_object,
        },
    .call = sd_bound_call,
};
#define sd_bound_type (sd_bound_type_head.type)

static kl_obj_t sdmethod_get(size_t n_args, const kl_obj_t *args) {
    sd_bound_t *b = kl_gc_alloc(sizeof(sd_bound_t), 0);
    b->base.type = &sd_bound_type;
    b->dispatcher = kl_load_attr(args[0], KL_QSTR_dispatcher);
    b->obj = args[1];
    b->cls = n_args > 2 ? args[2] : kl_const_none;
    b->dict = KL_OBJ_NULL;
    kl_obj_t r = KL_OBJ_FROM_PTR(b);
    kl_store_attr(r, KL_QSTR_register, kl_load_attr(args[0], KL_QSTR_register));
    update_wrapper(r, kl_load_attr(args[0], KL_QSTR_func), KL_ROM_PTR(&wrapper_assignments),
                   KL_ROM_PTR(&wrapper_updates));
    return r;
}
static KL_DEFINE_FUN_VAR(sdmethod_get_obj, __get__, 2, 3, sdmethod_get);

static const kl_obj_builtin_t *const partialmethod_methods[] = {
    &partialmethod_init_obj, &partialmethod_get_obj, &partialmethod_repr_obj};
static const kl_obj_builtin_t *const sdmethod_methods[] = {
    &sdmethod_init_obj, &sdmethod_register_obj, &sdmethod_get_obj};

// ==== The module ====

kl_obj_t kl_mod_functools_init(void) {
    kl_obj_t m = kl_obj_new_module(KL_QSTR_functools);
    kl_obj_t g = kl_obj_module_globals(m);
#define SET(q, value) kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(q), (value))
    SET(KL_QSTR_WRAPPER_ASSIGNMENTS, KL_ROM_PTR(&wrapper_assignments));
    SET(KL_QSTR_WRAPPER_UPDATES, KL_ROM_PTR(&wrapper_updates));
    SET(KL_QSTR__CacheInfo, make_cache_info_class());
    SET(KL_QSTR_cache, KL_ROM_PTR(&functools_cache_obj));
    SET(KL_QSTR_cached_property, make_class(KL_QSTR_cached_property, 3, cached_property_methods));
    SET(KL_QSTR_cmp_to_key, KL_ROM_PTR(&functools_cmp_to_key_obj));
    SET(KL_QSTR_lru_cache, KL_ROM_PTR(&functools_lru_cache_obj));
    SET(KL_QSTR_partial, KL_ROM_PTR(&partial_type));
    SET(KL_QSTR_partialmethod, make_class(KL_QSTR_partialmethod, 3, partialmethod_methods));
    SET(KL_QSTR_reduce, KL_ROM_PTR(&functools_reduce_obj));
    SET(KL_QSTR_singledispatch, KL_ROM_PTR(&functools_singledispatch_obj));
    SET(KL_QSTR_singledispatchmethod,
        make_class(KL_QSTR_singledispatchmethod, 3, sdmethod_methods));
    SET(KL_QSTR_total_ordering, KL_ROM_PTR(&functools_total_ordering_obj));
    SET(KL_QSTR_update_wrapper, KL_ROM_PTR(&functools_update_wrapper_obj));
    SET(KL_QSTR_wraps, KL_ROM_PTR(&functools_wraps_obj));
#undef SET
    return m;
}

#endif // KL_CFG_MODULE_FUNCTOOLS
