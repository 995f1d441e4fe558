// vm/mod_itertools.c: the itertools module, lazy iterator building blocks.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Every function of the module is an iterator type, as in CPython: calling it checks the
// arguments and makes a small struct on the heap, and iternext does one step of work, pulling
// from the wrapped iterators only as far as the caller asks. Nothing is buffered except where
// the semantics demand it: cycle keeps the items of its first pass, tee keeps the items that
// some of its iterators have not read yet (a shared singly linked list of blocks, which become
// garbage once the slowest iterator has passed them), and the combinatoric iterators keep their
// pools as tuples with an array of indices into them.
//
// groupby and the _grouper objects it hands out share one underlying iterator: the groupby
// holds the current key and value, and a grouper only yields while it is the groupby's
// current one, so advancing the groupby ends the previous group, as in CPython.
//
// A StopIteration raised by a function that an iterator calls (a predicate, a key) ends the
// iteration, as it does for the consumer of CPython's C iterators. The argument checks and
// their messages follow CPython 3.11.

#include <string.h>

#include "vm/gc.h"
#include "vm/nlr.h"
#include "vm/obj_int.h"
#include "vm/obj_list.h"
#include "vm/obj_module.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

#if KL_CFG_MODULE_ITERTOOLS

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

// The arguments of a function that takes them by position or by name (CPython's argument
// clinic): out[i] receives the argument names[i], or keeps its initial value when absent. The
// first [n_pos] names may be given by position, the first [n_required] must be given.
static void parse_args(const char *fun, size_t n_args, size_t n_kw, const kl_obj_t *args,
                       size_t n_names, const uint16_t *names, size_t n_pos, size_t n_required,
                       kl_obj_t *out) {
    if (n_args + n_kw > n_names) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%s() takes at most %z argument%s (%z given)"), fun, n_names,
                         n_names == 1 ? "" : "s", n_args + n_kw);
    }
    if (n_args > n_pos) {
        // "positional" only when some arguments are keyword-only.
        kl_raise_msg_fmt(
            &kl_type_TypeError, KL_ERROR_TEXT("%s() takes at most %z %sargument%s (%z given)"), fun,
            n_pos, n_pos < n_names ? "positional " : "", n_pos == 1 ? "" : "s", n_args + n_kw);
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
                             KL_ERROR_TEXT("'%S' is an invalid keyword argument for %s()"), name,
                             fun);
        }
        if (j < n_args) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("argument for %s() given by name ('%q') and position "
                                           "(%z)"),
                             fun, (kl_qstr_t)names[j], j + 1);
        }
        out[j] = args[n_args + 2 * i + 1];
    }
    for (size_t i = 0; i < n_required; i++) {
        if (out[i] == KL_OBJ_NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("%s() missing required argument '%q' (pos %z)"), fun,
                             (kl_qstr_t)names[i], i + 1);
        }
    }
}

// The checks of a function that takes positional arguments only.
static void check_args(const char *fun, size_t n_args, size_t n_kw, size_t n_min, size_t n_max) {
    if (n_kw != 0) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("%s() takes no keyword arguments"), fun);
    }
    if (n_min == n_max && n_args != n_min) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("%s expected %z argument%s, got %z"),
                         fun, n_min, n_min == 1 ? "" : "s", n_args);
    }
    if (n_args < n_min) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%s expected at least %z argument%s, got %z"), fun, n_min,
                         n_min == 1 ? "" : "s", n_args);
    }
    if (n_args > n_max) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%s expected at most %z argument%s, got %z"), fun, n_max,
                         n_max == 1 ? "" : "s", n_args);
    }
}

// Call [fun] for an iterator's next step. A StopIteration it raises ends the iteration
// (KL_OBJ_STOP_ITERATION), as it does for the consumer of CPython's iterators.
static kl_obj_t call_for_next(kl_obj_t fun, size_t n_args, const kl_obj_t *args) {
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_t r = kl_call_function_n_kw(fun, n_args, 0, args);
        kl_nlr_pop();
        return r;
    }
    if (kl_obj_isinstance(nlr.ret_val, &kl_type_StopIteration)) {
        return KL_OBJ_STOP_ITERATION;
    }
    kl_nlr_jump(nlr.ret_val);
}

// A non-negative size argument [o] (an int or an object with __index__); ValueError [neg_msg]
// when negative.
static size_t get_size(kl_obj_t o, const char *neg_msg) {
    kl_obj_t i = kl_obj_index(o);
    if (kl_obj_int_cmp(i, KL_OBJ_NEW_SMALL_INT(0)) < 0) {
        kl_raise_ValueError(neg_msg);
    }
    return (size_t)kl_obj_get_int(i);
}

// A new iterator object of [size] bytes whose type is [type].
static void *new_iter(const kl_obj_type_t *type, size_t size) {
    kl_obj_base_t *o = kl_gc_alloc(size, 0);
    o->type = type;
    return o;
}

// The bytes of an array of [n] + 1 items of [each] bytes after a [header]; MemoryError when
// that does not fit a size_t (a huge r or repeat on a 32-bit board).
static size_t array_bytes(size_t header, size_t n, size_t each) {
    if (n >= (SIZE_MAX - header) / each) {
        kl_raise_MemoryError();
    }
    return header + (n + 1) * each;
}

// A tuple of pool[indices[0]], ..., pool[indices[n - 1]].
static kl_obj_t pick(kl_obj_t pool, const size_t *indices, size_t n) {
    size_t len;
    kl_obj_t *items = kl_obj_tuple_get_items(pool, &len);
    kl_obj_tuple_t *t = kl_obj_tuple_alloc(n);
    for (size_t i = 0; i < n; i++) {
        t->items[i] = items[indices[i]];
    }
    return KL_OBJ_FROM_PTR(t);
}

#define ITER_TYPE(c_name, q_name, make, next)                                                      \
    static const kl_obj_iter_type_t c_name##_head = {                                              \
        .type =                                                                                    \
            {                                                                                      \
                .base = {&kl_type_type},                                                           \
                .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_BASETYPE |  \
                         KL_TYPE_FLAG_ITER,                                                        \
                .name = KL_QSTR_##q_name,                                                          \
                .make_new = make,                                                                  \
                .parent = &kl_type_object,                                                         \
            },                                                                                     \
        .getiter = kl_iter_self,                                                                   \
        .iternext = next,                                                                          \
    }

// ==== count ====

typedef struct _count_t {
    kl_obj_base_t base;
    kl_obj_t cnt;
    kl_obj_t step;
} count_t;

// What CPython's count accepts: an int, float or complex, or an object that converts to one.
static bool is_number(kl_obj_t o) {
    if (kl_obj_is_int(o) || kl_obj_isinstance(o, &kl_type_float) ||
        kl_obj_isinstance(o, &kl_type_complex)) {
        return true;
    }
    const kl_obj_type_t *t = kl_obj_get_type(o);
    return kl_type_lookup(t, KL_QSTR___index__) != KL_OBJ_NULL ||
           kl_type_lookup(t, KL_QSTR___int__) != KL_OBJ_NULL ||
           kl_type_lookup(t, KL_QSTR___float__) != KL_OBJ_NULL ||
           kl_type_lookup(t, KL_QSTR___complex__) != KL_OBJ_NULL;
}

static kl_obj_t count_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                               const kl_obj_t *args) {
    static const uint16_t names[] = {KL_QSTR_start, KL_QSTR_step};
    kl_obj_t a[2] = {KL_OBJ_NEW_SMALL_INT(0), KL_OBJ_NEW_SMALL_INT(1)};
    parse_args("count", n_args, n_kw, args, 2, names, 2, 0, a);
    if (!is_number(a[0]) || !is_number(a[1])) {
        kl_raise_TypeError(KL_ERROR_TEXT("a number is required"));
    }
    count_t *c = new_iter(type, sizeof(count_t));
    c->cnt = a[0];
    c->step = a[1];
    return KL_OBJ_FROM_PTR(c);
}

static kl_obj_t count_next(kl_obj_t self) {
    count_t *c = KL_OBJ_TO_PTR(self);
    kl_obj_t v = c->cnt;
    if (KL_OBJ_IS_SMALL_INT(v) && KL_OBJ_IS_SMALL_INT(c->step)) {
        kl_int_t n = KL_OBJ_SMALL_INT_VALUE(v) + KL_OBJ_SMALL_INT_VALUE(c->step);
        if (KL_SMALL_INT_FITS(n)) {
            c->cnt = KL_OBJ_NEW_SMALL_INT(n);
            return v;
        }
    }
    c->cnt = kl_binary_op(KL_BINARY_OP_ADD, v, c->step);
    return v;
}

static void count_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    count_t *c = KL_OBJ_TO_PTR(o);
    // A step of int 1 is left out, a step of 1.0 is not.
    if (kl_obj_is_int(c->step) && kl_obj_int_cmp(c->step, KL_OBJ_NEW_SMALL_INT(1)) == 0) {
        kl_printf(print, "count(%r)", c->cnt);
    } else {
        kl_printf(print, "count(%r, %r)", c->cnt, c->step);
    }
}

static const kl_obj_iter_type_t count_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_BASETYPE |
                     KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_itertools_dot_count,
            .make_new = count_make_new,
            .print = count_print,
            .parent = &kl_type_object,
        },
    .getiter = kl_iter_self,
    .iternext = count_next,
};
#define count_type (count_type_head.type)

// ==== cycle ====

typedef struct _cycle_t {
    kl_obj_base_t base;
    kl_obj_t iter;  // NULL once the first pass is over
    kl_obj_t saved; // list of the items of the first pass
    size_t index;   // the next saved item to give on later passes
} cycle_t;

static kl_obj_t cycle_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                               const kl_obj_t *args) {
    check_args("cycle", n_args, n_kw, 1, 1);
    kl_obj_t iter = kl_getiter(args[0], NULL);
    cycle_t *c = new_iter(type, sizeof(cycle_t));
    c->iter = iter;
    c->saved = kl_obj_new_list(0, NULL);
    c->index = 0;
    return KL_OBJ_FROM_PTR(c);
}

static kl_obj_t cycle_next(kl_obj_t self) {
    cycle_t *c = KL_OBJ_TO_PTR(self);
    if (c->iter != KL_OBJ_NULL) {
        kl_obj_t v = kl_iternext(c->iter);
        if (v != KL_OBJ_STOP_ITERATION) {
            kl_obj_list_append(c->saved, v);
            return v;
        }
        c->iter = KL_OBJ_NULL;
    }
    size_t len;
    kl_obj_t *items = kl_obj_list_get_items(c->saved, &len);
    if (len == 0) {
        return KL_OBJ_STOP_ITERATION;
    }
    if (c->index >= len) {
        c->index = 0;
    }
    return items[c->index++];
}

ITER_TYPE(cycle_type, itertools_dot_cycle, cycle_make_new, cycle_next);
#define cycle_type (cycle_type_head.type)

// ==== repeat ====

typedef struct _repeat_t {
    kl_obj_base_t base;
    kl_obj_t obj;
    kl_int_t cnt; // -1: forever
} repeat_t;

static kl_obj_t repeat_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                const kl_obj_t *args) {
    static const uint16_t names[] = {KL_QSTR_object, KL_QSTR_times};
    kl_obj_t a[2] = {KL_OBJ_NULL, KL_OBJ_NULL};
    parse_args("repeat", n_args, n_kw, args, 2, names, 2, 1, a);
    kl_int_t cnt = -1;
    if (a[1] != KL_OBJ_NULL) {
        kl_obj_t t = kl_obj_index(a[1]);
        cnt = kl_obj_int_cmp(t, KL_OBJ_NEW_SMALL_INT(0)) < 0 ? 0 : kl_obj_get_int(t);
    }
    repeat_t *r = new_iter(type, sizeof(repeat_t));
    r->obj = a[0];
    r->cnt = cnt;
    return KL_OBJ_FROM_PTR(r);
}

static kl_obj_t repeat_next(kl_obj_t self) {
    repeat_t *r = KL_OBJ_TO_PTR(self);
    if (r->cnt == 0) {
        return KL_OBJ_STOP_ITERATION;
    }
    if (r->cnt > 0) {
        r->cnt--;
    }
    return r->obj;
}

static void repeat_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    repeat_t *r = KL_OBJ_TO_PTR(o);
    if (r->cnt < 0) {
        kl_printf(print, "repeat(%r)", r->obj);
    } else {
        kl_printf(print, "repeat(%r, %r)", r->obj, kl_obj_new_int(r->cnt));
    }
}

static kl_obj_t repeat_length_hint(kl_obj_t self) {
    repeat_t *r = KL_OBJ_TO_PTR(self);
    if (r->cnt < 0) {
        kl_raise_TypeError(KL_ERROR_TEXT("len() of unsized object"));
    }
    return kl_obj_new_int(r->cnt);
}
static KL_DEFINE_FUN_1(repeat_length_hint_obj, __length_hint__, repeat_length_hint);

static const kl_rom_map_elem_t repeat_locals_table[] = {
    {KL_ROM_QSTR(__length_hint__), KL_ROM_PTR(&repeat_length_hint_obj)},
};
static KL_DEFINE_CONST_DICT(repeat_locals_dict, repeat_locals_table);

static const kl_obj_iter_type_t repeat_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_BASETYPE |
                     KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_itertools_dot_repeat,
            .make_new = repeat_make_new,
            .print = repeat_print,
            .locals_dict = &repeat_locals_dict,
            .parent = &kl_type_object,
        },
    .getiter = kl_iter_self,
    .iternext = repeat_next,
};
#define repeat_type (repeat_type_head.type)

// ==== accumulate ====

typedef struct _accumulate_t {
    kl_obj_base_t base;
    kl_obj_t iter;
    kl_obj_t func;    // NULL: addition
    kl_obj_t total;   // NULL before the first item
    kl_obj_t initial; // NULL once given (or when there is none)
} accumulate_t;

static kl_obj_t accumulate_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                    const kl_obj_t *args) {
    static const uint16_t names[] = {KL_QSTR_iterable, KL_QSTR_func, KL_QSTR_initial};
    kl_obj_t a[3] = {KL_OBJ_NULL, kl_const_none, kl_const_none};
    parse_args("accumulate", n_args, n_kw, args, 3, names, 2, 1, a);
    kl_obj_t iter = kl_getiter(a[0], NULL);
    accumulate_t *acc = new_iter(type, sizeof(accumulate_t));
    acc->iter = iter;
    acc->func = a[1] == kl_const_none ? KL_OBJ_NULL : a[1];
    acc->total = KL_OBJ_NULL;
    acc->initial = a[2] == kl_const_none ? KL_OBJ_NULL : a[2];
    return KL_OBJ_FROM_PTR(acc);
}

static kl_obj_t accumulate_next(kl_obj_t self) {
    accumulate_t *acc = KL_OBJ_TO_PTR(self);
    if (acc->initial != KL_OBJ_NULL) {
        acc->total = acc->initial;
        acc->initial = KL_OBJ_NULL;
        return acc->total;
    }
    kl_obj_t v = kl_iternext(acc->iter);
    if (v == KL_OBJ_STOP_ITERATION) {
        return KL_OBJ_STOP_ITERATION;
    }
    if (acc->total == KL_OBJ_NULL) {
        acc->total = v;
    } else if (acc->func == KL_OBJ_NULL) {
        acc->total = kl_binary_op(KL_BINARY_OP_ADD, acc->total, v);
    } else {
        kl_obj_t call[2] = {acc->total, v};
        kl_obj_t r = call_for_next(acc->func, 2, call);
        if (r == KL_OBJ_STOP_ITERATION) {
            return r;
        }
        acc->total = r;
    }
    return acc->total;
}

ITER_TYPE(accumulate_type, itertools_dot_accumulate, accumulate_make_new, accumulate_next);
#define accumulate_type (accumulate_type_head.type)

// ==== chain ====

typedef struct _chain_t {
    kl_obj_base_t base;
    kl_obj_t source; // iterator over the iterables; NULL when they are used up
    kl_obj_t active; // iterator over the current one, or NULL
} chain_t;

static kl_obj_t new_chain(const kl_obj_type_t *type, kl_obj_t source) {
    chain_t *c = new_iter(type, sizeof(chain_t));
    c->source = source;
    c->active = KL_OBJ_NULL;
    return KL_OBJ_FROM_PTR(c);
}

static kl_obj_t chain_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                               const kl_obj_t *args) {
    check_args("chain", n_args, n_kw, 0, (size_t)-1);
    return new_chain(type, kl_getiter(kl_obj_new_tuple(n_args, args), NULL));
}

static kl_obj_t chain_next(kl_obj_t self) {
    chain_t *c = KL_OBJ_TO_PTR(self);
    for (;;) {
        if (c->active == KL_OBJ_NULL) {
            if (c->source == KL_OBJ_NULL) {
                return KL_OBJ_STOP_ITERATION;
            }
            kl_obj_t it = kl_iternext(c->source);
            if (it == KL_OBJ_STOP_ITERATION) {
                c->source = KL_OBJ_NULL;
                return KL_OBJ_STOP_ITERATION;
            }
            c->active = kl_getiter(it, NULL);
        }
        kl_obj_t v = kl_iternext(c->active);
        if (v != KL_OBJ_STOP_ITERATION) {
            return v;
        }
        c->active = KL_OBJ_NULL;
    }
}

static const kl_obj_iter_type_t chain_type_head;
#define chain_type (chain_type_head.type)

// chain.from_iterable(iterable), a classmethod: the iterables come lazily from one iterable. A
// subclass gets an instance of itself, whose native part is the chain.
static kl_obj_t chain_from_iterable(kl_obj_t cls, kl_obj_t iterable) {
    kl_obj_t source = kl_getiter(iterable, NULL);
    kl_obj_t o = kl_type_new_instance((const kl_obj_type_t *)cls, 0, 0, NULL);
    ((chain_t *)kl_obj_native(o, &chain_type))->source = source;
    return o;
}
static KL_DEFINE_FUN_2(chain_from_iterable_fun_obj, from_iterable, chain_from_iterable);
static const kl_obj_static_class_method_t chain_from_iterable_obj = {
    {&kl_type_classmethod}, KL_ROM_PTR(&chain_from_iterable_fun_obj)};

static const kl_rom_map_elem_t chain_locals_table[] = {
    {KL_ROM_QSTR(from_iterable), KL_ROM_PTR(&chain_from_iterable_obj)},
};
static KL_DEFINE_CONST_DICT(chain_locals_dict, chain_locals_table);

static const kl_obj_iter_type_t chain_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_BASETYPE |
                     KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_itertools_dot_chain,
            .make_new = chain_make_new,
            .locals_dict = &chain_locals_dict,
            .parent = &kl_type_object,
        },
    .getiter = kl_iter_self,
    .iternext = chain_next,
};

// ==== compress ====

typedef struct _compress_t {
    kl_obj_base_t base;
    kl_obj_t data;
    kl_obj_t selectors;
} compress_t;

static kl_obj_t compress_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                  const kl_obj_t *args) {
    static const uint16_t names[] = {KL_QSTR_data, KL_QSTR_selectors};
    kl_obj_t a[2] = {KL_OBJ_NULL, KL_OBJ_NULL};
    parse_args("compress", n_args, n_kw, args, 2, names, 2, 2, a);
    kl_obj_t data = kl_getiter(a[0], NULL);
    kl_obj_t selectors = kl_getiter(a[1], NULL);
    compress_t *c = new_iter(type, sizeof(compress_t));
    c->data = data;
    c->selectors = selectors;
    return KL_OBJ_FROM_PTR(c);
}

static kl_obj_t compress_next(kl_obj_t self) {
    compress_t *c = KL_OBJ_TO_PTR(self);
    for (;;) {
        kl_obj_t d = kl_iternext(c->data);
        if (d == KL_OBJ_STOP_ITERATION) {
            return d;
        }
        kl_obj_t s = kl_iternext(c->selectors);
        if (s == KL_OBJ_STOP_ITERATION) {
            return s;
        }
        if (kl_obj_is_true(s)) {
            return d;
        }
    }
}

ITER_TYPE(compress_type, itertools_dot_compress, compress_make_new, compress_next);
#define compress_type (compress_type_head.type)

// ==== dropwhile, takewhile, filterfalse ====

// The three share one layout: a predicate, an iterator, and a flag (dropwhile: done dropping;
// takewhile: done taking).
typedef struct _pred_iter_t {
    kl_obj_base_t base;
    kl_obj_t pred;
    kl_obj_t iter;
    bool flag;
} pred_iter_t;

static kl_obj_t new_pred_iter(const kl_obj_type_t *type, const char *name, size_t n_args,
                              size_t n_kw, const kl_obj_t *args) {
    check_args(name, n_args, n_kw, 2, 2);
    kl_obj_t iter = kl_getiter(args[1], NULL);
    pred_iter_t *p = new_iter(type, sizeof(pred_iter_t));
    p->pred = args[0];
    p->iter = iter;
    p->flag = false;
    return KL_OBJ_FROM_PTR(p);
}

// The truth of pred(v); KL_OBJ_STOP_ITERATION if the predicate raised StopIteration.
static kl_obj_t test_pred(kl_obj_t pred, kl_obj_t v) {
    if (pred == kl_const_none) {
        return KL_OBJ_FROM_BOOL(kl_obj_is_true(v));
    }
    kl_obj_t r = call_for_next(pred, 1, &v);
    if (r == KL_OBJ_STOP_ITERATION) {
        return r;
    }
    return KL_OBJ_FROM_BOOL(kl_obj_is_true(r));
}

static kl_obj_t dropwhile_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                   const kl_obj_t *args) {
    return new_pred_iter(type, "dropwhile", n_args, n_kw, args);
}

static kl_obj_t dropwhile_next(kl_obj_t self) {
    pred_iter_t *p = KL_OBJ_TO_PTR(self);
    for (;;) {
        kl_obj_t v = kl_iternext(p->iter);
        if (v == KL_OBJ_STOP_ITERATION || p->flag) {
            return v;
        }
        kl_obj_t t = test_pred(p->pred, v);
        if (t == KL_OBJ_STOP_ITERATION) {
            return t;
        }
        if (t == kl_const_false) {
            p->flag = true;
            return v;
        }
    }
}

ITER_TYPE(dropwhile_type, itertools_dot_dropwhile, dropwhile_make_new, dropwhile_next);
#define dropwhile_type (dropwhile_type_head.type)

static kl_obj_t takewhile_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                   const kl_obj_t *args) {
    return new_pred_iter(type, "takewhile", n_args, n_kw, args);
}

static kl_obj_t takewhile_next(kl_obj_t self) {
    pred_iter_t *p = KL_OBJ_TO_PTR(self);
    if (p->flag) {
        return KL_OBJ_STOP_ITERATION;
    }
    kl_obj_t v = kl_iternext(p->iter);
    if (v == KL_OBJ_STOP_ITERATION) {
        return v;
    }
    kl_obj_t t = test_pred(p->pred, v);
    if (t == KL_OBJ_STOP_ITERATION) {
        return t;
    }
    if (t == kl_const_true) {
        return v;
    }
    p->flag = true;
    return KL_OBJ_STOP_ITERATION;
}

ITER_TYPE(takewhile_type, itertools_dot_takewhile, takewhile_make_new, takewhile_next);
#define takewhile_type (takewhile_type_head.type)

static kl_obj_t filterfalse_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                     const kl_obj_t *args) {
    return new_pred_iter(type, "filterfalse", n_args, n_kw, args);
}

static kl_obj_t filterfalse_next(kl_obj_t self) {
    pred_iter_t *p = KL_OBJ_TO_PTR(self);
    for (;;) {
        kl_obj_t v = kl_iternext(p->iter);
        if (v == KL_OBJ_STOP_ITERATION) {
            return v;
        }
        kl_obj_t t = test_pred(p->pred, v);
        if (t == KL_OBJ_STOP_ITERATION) {
            return t;
        }
        if (t == kl_const_false) {
            return v;
        }
    }
}

ITER_TYPE(filterfalse_type, itertools_dot_filterfalse, filterfalse_make_new, filterfalse_next);
#define filterfalse_type (filterfalse_type_head.type)

// ==== groupby ====

typedef struct _groupby_t {
    kl_obj_base_t base;
    kl_obj_t iter;
    kl_obj_t keyfunc;   // NULL: the items are their keys
    kl_obj_t tgtkey;    // key of the group last handed out, NULL before the first
    kl_obj_t currkey;   // key of [currvalue], NULL before the first read
    kl_obj_t currvalue; // the item read ahead, NULL when a grouper has taken it
    kl_obj_t currgrouper;
} groupby_t;

typedef struct _grouper_t {
    kl_obj_base_t base;
    groupby_t *parent;
    kl_obj_t tgtkey;
} grouper_t;

static kl_obj_t groupby_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                 const kl_obj_t *args) {
    static const uint16_t names[] = {KL_QSTR_iterable, KL_QSTR_key};
    kl_obj_t a[2] = {KL_OBJ_NULL, kl_const_none};
    parse_args("groupby", n_args, n_kw, args, 2, names, 2, 1, a);
    kl_obj_t iter = kl_getiter(a[0], NULL);
    groupby_t *g = new_iter(type, sizeof(groupby_t));
    g->iter = iter;
    g->keyfunc = a[1] == kl_const_none ? KL_OBJ_NULL : a[1];
    g->tgtkey = g->currkey = g->currvalue = g->currgrouper = KL_OBJ_NULL;
    return KL_OBJ_FROM_PTR(g);
}

// Read the next item and its key into currvalue and currkey; false at the end.
static bool groupby_step(groupby_t *g) {
    kl_obj_t v = kl_iternext(g->iter);
    if (v == KL_OBJ_STOP_ITERATION) {
        return false;
    }
    kl_obj_t k = v;
    if (g->keyfunc != KL_OBJ_NULL) {
        k = call_for_next(g->keyfunc, 1, &v);
        if (k == KL_OBJ_STOP_ITERATION) {
            return false;
        }
    }
    g->currvalue = v;
    g->currkey = k;
    return true;
}

static const kl_obj_iter_type_t grouper_type_head;
#define grouper_type (grouper_type_head.type)

static kl_obj_t groupby_next(kl_obj_t self) {
    groupby_t *g = KL_OBJ_TO_PTR(self);
    g->currgrouper = KL_OBJ_NULL;
    // Skip what is left of the current group.
    for (;;) {
        if (g->currkey != KL_OBJ_NULL &&
            (g->tgtkey == KL_OBJ_NULL || !kl_obj_equal(g->tgtkey, g->currkey))) {
            break;
        }
        if (!groupby_step(g)) {
            return KL_OBJ_STOP_ITERATION;
        }
    }
    g->tgtkey = g->currkey;
    grouper_t *gr = new_iter(&grouper_type, sizeof(grouper_t));
    gr->parent = g;
    gr->tgtkey = g->tgtkey;
    g->currgrouper = KL_OBJ_FROM_PTR(gr);
    kl_obj_t pair[2] = {g->currkey, KL_OBJ_FROM_PTR(gr)};
    return kl_obj_new_tuple(2, pair);
}

ITER_TYPE(groupby_type, itertools_dot_groupby, groupby_make_new, groupby_next);
#define groupby_type (groupby_type_head.type)

static kl_obj_t grouper_next(kl_obj_t self) {
    grouper_t *gr = KL_OBJ_TO_PTR(self);
    groupby_t *g = gr->parent;
    if (g->currgrouper != self) {
        return KL_OBJ_STOP_ITERATION;
    }
    if (g->currvalue == KL_OBJ_NULL && !groupby_step(g)) {
        return KL_OBJ_STOP_ITERATION;
    }
    if (!kl_obj_equal(gr->tgtkey, g->currkey)) {
        return KL_OBJ_STOP_ITERATION;
    }
    kl_obj_t v = g->currvalue;
    g->currvalue = KL_OBJ_NULL;
    return v;
}

// Made only by groupby: no constructor, no subclasses.
static const kl_obj_iter_type_t grouper_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_itertools_dot__grouper,
            .parent = &kl_type_object,
        },
    .getiter = kl_iter_self,
    .iternext = grouper_next,
};

// ==== islice ====

typedef struct _islice_t {
    kl_obj_base_t base;
    kl_obj_t iter; // NULL once finished
    kl_int_t next; // index of the next item to give
    kl_int_t stop; // -1: no limit
    kl_int_t step;
    kl_int_t cnt; // items read so far
} islice_t;

// An index argument of islice as an int in *[v]; false when it is not an int (or an object
// with __index__) or does not fit. CPython clears any error here and reports its own.
static bool islice_index(kl_obj_t o, kl_int_t *v) {
    kl_obj_t i = KL_OBJ_NULL;
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        i = kl_obj_index(o);
        kl_nlr_pop();
    } else {
        return false;
    }
    return kl_obj_int_to_int_checked(i, v);
}

// The checks, in CPython's order and with its messages: a bad or -1 stop is "Stop argument", a
// bad start or a stop below -1 "Indices", a step below 1 "Step".
static kl_obj_t islice_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                const kl_obj_t *args) {
    check_args("islice", n_args, n_kw, 2, 4);
    kl_int_t start = 0, stop = -1, step = 1;
    kl_obj_t a_stop = n_args == 2 ? args[1] : args[2];
    if (n_args > 2 && args[1] != kl_const_none && !islice_index(args[1], &start)) {
        start = -1;
    }
    if (a_stop != kl_const_none && (!islice_index(a_stop, &stop) || stop == -1)) {
        kl_raise_ValueError(KL_ERROR_TEXT("Stop argument for islice() must be None or an "
                                          "integer: 0 <= x <= sys.maxsize."));
    }
    if (start < 0 || stop < -1) {
        kl_raise_ValueError(KL_ERROR_TEXT("Indices for islice() must be None or an integer: "
                                          "0 <= x <= sys.maxsize."));
    }
    if (n_args == 4 && args[3] != kl_const_none && !islice_index(args[3], &step)) {
        step = -1;
    }
    if (step < 1) {
        kl_raise_ValueError(KL_ERROR_TEXT("Step for islice() must be a positive integer or None."));
    }
    kl_obj_t iter = kl_getiter(args[0], NULL);
    islice_t *s = new_iter(type, sizeof(islice_t));
    s->iter = iter;
    s->next = start;
    s->stop = stop;
    s->step = step;
    s->cnt = 0;
    return KL_OBJ_FROM_PTR(s);
}

static kl_obj_t islice_next(kl_obj_t self) {
    islice_t *s = KL_OBJ_TO_PTR(self);
    if (s->iter == KL_OBJ_NULL) {
        return KL_OBJ_STOP_ITERATION;
    }
    // Skip to the next index (even past stop when start > stop, as CPython does).
    while (s->cnt < s->next) {
        if (kl_iternext(s->iter) == KL_OBJ_STOP_ITERATION) {
            s->iter = KL_OBJ_NULL;
            return KL_OBJ_STOP_ITERATION;
        }
        s->cnt++;
    }
    if (s->stop >= 0 && s->cnt >= s->stop) {
        s->iter = KL_OBJ_NULL;
        return KL_OBJ_STOP_ITERATION;
    }
    kl_obj_t v = kl_iternext(s->iter);
    if (v == KL_OBJ_STOP_ITERATION) {
        s->iter = KL_OBJ_NULL;
        return v;
    }
    s->cnt++;
    kl_int_t old = s->next;
    s->next = old > INTPTR_MAX - s->step ? INTPTR_MAX : old + s->step;
    if (s->stop >= 0 && s->next > s->stop) {
        s->next = s->stop;
    }
    return v;
}

ITER_TYPE(islice_type, itertools_dot_islice, islice_make_new, islice_next);
#define islice_type (islice_type_head.type)

// ==== starmap ====

typedef struct _starmap_t {
    kl_obj_base_t base;
    kl_obj_t func;
    kl_obj_t iter;
} starmap_t;

static kl_obj_t starmap_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                 const kl_obj_t *args) {
    check_args("starmap", n_args, n_kw, 2, 2);
    kl_obj_t iter = kl_getiter(args[1], NULL);
    starmap_t *s = new_iter(type, sizeof(starmap_t));
    s->func = args[0];
    s->iter = iter;
    return KL_OBJ_FROM_PTR(s);
}

static kl_obj_t starmap_next(kl_obj_t self) {
    starmap_t *s = KL_OBJ_TO_PTR(self);
    kl_obj_t v = kl_iternext(s->iter);
    if (v == KL_OBJ_STOP_ITERATION) {
        return v;
    }
    kl_obj_t t = kl_obj_tuple_from_iterable(v);
    size_t n;
    kl_obj_t *items = kl_obj_tuple_get_items(t, &n);
    return call_for_next(s->func, n, items);
}

ITER_TYPE(starmap_type, itertools_dot_starmap, starmap_make_new, starmap_next);
#define starmap_type (starmap_type_head.type)

// ==== tee ====

// The items read from the source and not yet seen by every tee iterator: a list of blocks of
// TEE_BLOCK items that grows at the tail, so an item costs about one word. Every block but the
// tail is full. An iterator holds a block and the index of its next item there; a block
// becomes garbage once the slowest iterator has left it.
#define TEE_BLOCK 16

typedef struct _tee_block_t {
    kl_obj_base_t base; // never seen by Python code; a type only so the block is an object
    struct _tee_block_t *next;
    size_t n; // items filled in
    kl_obj_t values[TEE_BLOCK];
} tee_block_t;

typedef struct _tee_shared_t {
    kl_obj_base_t base;
    kl_obj_t iter;     // the source, NULL once it is exhausted
    tee_block_t *tail; // where the next item read goes
} tee_shared_t;

typedef struct _tee_t {
    kl_obj_base_t base;
    tee_shared_t *shared;
    tee_block_t *block;
    size_t index;
} tee_t;

static const kl_obj_iter_type_t tee_type_head;
#define tee_type (tee_type_head.type)
static const kl_obj_type_t tee_internal_type = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_EQ_IS_ID,
    .name = KL_QSTR_itertools_dot__tee_dataobject,
    .parent = &kl_type_object,
};

static tee_block_t *new_tee_block(void) {
    tee_block_t *b = new_iter(&tee_internal_type, sizeof(tee_block_t));
    b->next = NULL;
    b->n = 0;
    return b;
}

static kl_obj_t new_tee(tee_shared_t *shared, tee_block_t *block, size_t index) {
    tee_t *t = new_iter(&tee_type, sizeof(tee_t));
    t->shared = shared;
    t->block = block;
    t->index = index;
    return KL_OBJ_FROM_PTR(t);
}

// Read one more item from the source onto the tail; false at its end.
static bool tee_read(tee_shared_t *sh) {
    if (sh->iter == KL_OBJ_NULL) {
        return false;
    }
    kl_obj_t v = kl_iternext(sh->iter);
    if (v == KL_OBJ_STOP_ITERATION) {
        sh->iter = KL_OBJ_NULL;
        return false;
    }
    if (sh->tail->n == TEE_BLOCK) {
        tee_block_t *b = new_tee_block();
        sh->tail->next = b;
        sh->tail = b;
    }
    sh->tail->values[sh->tail->n++] = v;
    return true;
}

static kl_obj_t tee_next(kl_obj_t self) {
    tee_t *t = KL_OBJ_TO_PTR(self);
    for (;;) {
        tee_block_t *b = t->block;
        if (t->index < b->n) {
            return b->values[t->index++];
        }
        if (t->index == TEE_BLOCK && b->next != NULL) {
            t->block = b->next;
            t->index = 0;
            continue;
        }
        // This iterator leads: read one more item for everyone.
        if (!tee_read(t->shared)) {
            return KL_OBJ_STOP_ITERATION;
        }
    }
}

static kl_obj_t tee_copy(kl_obj_t self) {
    tee_t *t = KL_OBJ_TO_PTR(self);
    return new_tee(t->shared, t->block, t->index);
}
static KL_DEFINE_FUN_1(tee_copy_obj, __copy__, tee_copy);

static const kl_rom_map_elem_t tee_locals_table[] = {
    {KL_ROM_QSTR(__copy__), KL_ROM_PTR(&tee_copy_obj)},
};
static KL_DEFINE_CONST_DICT(tee_locals_dict, tee_locals_table);

static const kl_obj_iter_type_t tee_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_itertools_dot__tee,
            .locals_dict = &tee_locals_dict,
            .parent = &kl_type_object,
        },
    .getiter = kl_iter_self,
    .iternext = tee_next,
};

// tee(iterable, n=2): n iterators over the items of one. An iterator that can copy itself
// (a tee, or anything with __copy__) is copied rather than wrapped, and is the first result.
static kl_obj_t itertools_tee(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    if (n_kw != 0) {
        kl_raise_TypeError(KL_ERROR_TEXT("itertools.tee() takes no keyword arguments"));
    }
    check_args("tee", n_args, 0, 1, 2);
    size_t n = n_args > 1 ? get_size(args[1], KL_ERROR_TEXT("n must be >= 0")) : 2;
    kl_obj_t it = kl_getiter(args[0], NULL);
    kl_obj_tuple_t *r = kl_obj_tuple_alloc(n);
    if (n == 0) {
        return KL_OBJ_FROM_PTR(r);
    }
    kl_obj_t copy[2];
    kl_load_method_maybe(it, KL_QSTR___copy__, copy);
    if (copy[0] == KL_OBJ_NULL) {
        tee_shared_t *sh = new_iter(&tee_internal_type, sizeof(tee_shared_t));
        sh->iter = it;
        sh->tail = new_tee_block();
        it = new_tee(sh, sh->tail, 0);
        kl_load_method_maybe(it, KL_QSTR___copy__, copy);
    }
    for (size_t i = 0; i < n; i++) {
        r->items[i] = KL_OBJ_NULL;
    }
    r->items[0] = it;
    for (size_t i = 1; i < n; i++) {
        r->items[i] = kl_call_method_n_kw(0, 0, copy);
    }
    return KL_OBJ_FROM_PTR(r);
}
static KL_DEFINE_FUN_KW(itertools_tee_obj, tee, 0, itertools_tee);

// ==== zip_longest ====

typedef struct _zip_longest_t {
    kl_obj_base_t base;
    kl_obj_t fill;
    size_t n;
    size_t active; // iterators not yet exhausted
    kl_obj_t iters[];
} zip_longest_t;

static kl_obj_t zip_longest_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                     const kl_obj_t *args) {
    kl_obj_t fill = kl_const_none;
    for (size_t i = 0; i < n_kw; i++) {
        if (!kw_is(args[n_args + 2 * i], KL_QSTR_fillvalue)) {
            kl_raise_TypeError(KL_ERROR_TEXT("zip_longest() got an unexpected keyword argument"));
        }
        fill = args[n_args + 2 * i + 1];
    }
    zip_longest_t *z = new_iter(type, sizeof(zip_longest_t) + n_args * sizeof(kl_obj_t));
    z->fill = fill;
    z->n = 0;
    for (size_t i = 0; i < n_args; i++) {
        z->iters[i] = kl_getiter(args[i], NULL);
        z->n = i + 1;
    }
    z->active = z->n;
    return KL_OBJ_FROM_PTR(z);
}

static kl_obj_t zip_longest_next(kl_obj_t self) {
    zip_longest_t *z = KL_OBJ_TO_PTR(self);
    if (z->active == 0) {
        return KL_OBJ_STOP_ITERATION;
    }
    kl_obj_tuple_t *t = kl_obj_tuple_alloc(z->n);
    for (size_t i = 0; i < z->n; i++) {
        t->items[i] = z->fill;
    }
    for (size_t i = 0; i < z->n; i++) {
        if (z->iters[i] == KL_OBJ_NULL) {
            continue;
        }
        kl_obj_t v = kl_iternext(z->iters[i]);
        if (v != KL_OBJ_STOP_ITERATION) {
            t->items[i] = v;
            continue;
        }
        z->iters[i] = KL_OBJ_NULL;
        if (--z->active == 0) {
            return KL_OBJ_STOP_ITERATION;
        }
    }
    return KL_OBJ_FROM_PTR(t);
}

ITER_TYPE(zip_longest_type, itertools_dot_zip_longest, zip_longest_make_new, zip_longest_next);
#define zip_longest_type (zip_longest_type_head.type)

// ==== pairwise ====

typedef struct _pairwise_t {
    kl_obj_base_t base;
    kl_obj_t iter; // NULL once exhausted
    kl_obj_t old;  // NULL before the first item
} pairwise_t;

static kl_obj_t pairwise_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                  const kl_obj_t *args) {
    check_args("pairwise", n_args, n_kw, 1, 1);
    kl_obj_t iter = kl_getiter(args[0], NULL);
    pairwise_t *p = new_iter(type, sizeof(pairwise_t));
    p->iter = iter;
    p->old = KL_OBJ_NULL;
    return KL_OBJ_FROM_PTR(p);
}

static kl_obj_t pairwise_next(kl_obj_t self) {
    pairwise_t *p = KL_OBJ_TO_PTR(self);
    if (p->iter == KL_OBJ_NULL) {
        return KL_OBJ_STOP_ITERATION;
    }
    if (p->old == KL_OBJ_NULL) {
        p->old = kl_iternext(p->iter);
        if (p->old == KL_OBJ_STOP_ITERATION) {
            p->iter = KL_OBJ_NULL;
            return KL_OBJ_STOP_ITERATION;
        }
    }
    kl_obj_t v = kl_iternext(p->iter);
    if (v == KL_OBJ_STOP_ITERATION) {
        p->iter = KL_OBJ_NULL;
        p->old = KL_OBJ_NULL;
        return v;
    }
    kl_obj_t pair[2] = {p->old, v};
    p->old = v;
    return kl_obj_new_tuple(2, pair);
}

ITER_TYPE(pairwise_type, itertools_dot_pairwise, pairwise_make_new, pairwise_next);
#define pairwise_type (pairwise_type_head.type)

// ==== product ====

// The combinatoric iterators keep their pools as tuples and an array of indices into them;
// [state] is 0 before the first result, 1 while running, 2 once finished.
typedef struct _product_t {
    kl_obj_base_t base;
    size_t n;
    size_t *indices;
    int state;
    kl_obj_t pools[]; // one tuple per position (repeat copies share a tuple)
} product_t;

static kl_obj_t product_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                 const kl_obj_t *args) {
    size_t repeat = 1;
    for (size_t i = 0; i < n_kw; i++) {
        if (!kw_is(args[n_args + 2 * i], KL_QSTR_repeat)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("'%S' is an invalid keyword argument for product()"),
                             args[n_args + 2 * i]);
        }
        repeat =
            get_size(args[n_args + 2 * i + 1], KL_ERROR_TEXT("repeat argument cannot be negative"));
    }
    size_t n = n_args * repeat;
    if (n_args != 0 && n / n_args != repeat) {
        kl_raise_MemoryError();
    }
    kl_obj_t *tuples = kl_gc_alloc((n_args + 1) * sizeof(kl_obj_t), 0);
    for (size_t i = 0; i < n_args; i++) {
        tuples[i] = kl_obj_tuple_from_iterable(args[i]);
    }
    product_t *p = new_iter(type, array_bytes(sizeof(product_t), n, sizeof(kl_obj_t)));
    p->n = n;
    p->indices = kl_gc_alloc(array_bytes(0, n, sizeof(size_t)), KL_GC_ATOMIC);
    p->state = 0;
    for (size_t i = 0; i < n; i++) {
        p->pools[i] = tuples[i % n_args];
        p->indices[i] = 0;
    }
    return KL_OBJ_FROM_PTR(p);
}

static kl_obj_t product_next(kl_obj_t self) {
    product_t *p = KL_OBJ_TO_PTR(self);
    if (p->state == 2) {
        return KL_OBJ_STOP_ITERATION;
    }
    if (p->state == 0) {
        p->state = 1;
        for (size_t i = 0; i < p->n; i++) {
            size_t len;
            kl_obj_tuple_get_items(p->pools[i], &len);
            if (len == 0) {
                p->state = 2;
                return KL_OBJ_STOP_ITERATION;
            }
        }
    } else {
        // Advance the rightmost index that can, like an odometer.
        size_t i = p->n;
        for (;;) {
            if (i == 0) {
                p->state = 2;
                return KL_OBJ_STOP_ITERATION;
            }
            i--;
            size_t len;
            kl_obj_tuple_get_items(p->pools[i], &len);
            if (++p->indices[i] < len) {
                break;
            }
            p->indices[i] = 0;
        }
    }
    kl_obj_tuple_t *t = kl_obj_tuple_alloc(p->n);
    for (size_t i = 0; i < p->n; i++) {
        size_t len;
        t->items[i] = kl_obj_tuple_get_items(p->pools[i], &len)[p->indices[i]];
    }
    return KL_OBJ_FROM_PTR(t);
}

ITER_TYPE(product_type, itertools_dot_product, product_make_new, product_next);
#define product_type (product_type_head.type)

// ==== permutations, combinations, combinations_with_replacement ====

typedef struct _combo_t {
    kl_obj_base_t base;
    kl_obj_t pool; // tuple
    size_t n;      // len(pool)
    size_t r;
    size_t *indices;
    size_t *cycles; // permutations only
    int state;
} combo_t;

static combo_t *new_combo(const kl_obj_type_t *type, kl_obj_t pool, size_t r, size_t n_indices) {
    combo_t *c = new_iter(type, sizeof(combo_t));
    c->pool = pool;
    kl_obj_tuple_get_items(pool, &c->n);
    c->r = r;
    c->indices = kl_gc_alloc(array_bytes(0, n_indices, sizeof(size_t)), KL_GC_ATOMIC);
    c->cycles = NULL;
    c->state = 0;
    return c;
}

static kl_obj_t permutations_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                      const kl_obj_t *args) {
    static const uint16_t names[] = {KL_QSTR_iterable, KL_QSTR_r};
    kl_obj_t a[2] = {KL_OBJ_NULL, kl_const_none};
    parse_args("permutations", n_args, n_kw, args, 2, names, 2, 1, a);
    kl_obj_t pool = kl_obj_tuple_from_iterable(a[0]);
    size_t n;
    kl_obj_tuple_get_items(pool, &n);
    size_t r = n;
    if (a[1] != kl_const_none) {
        if (!kl_obj_is_int(a[1])) {
            kl_raise_TypeError(KL_ERROR_TEXT("Expected int as r"));
        }
        if (kl_obj_int_cmp(a[1], KL_OBJ_NEW_SMALL_INT(0)) < 0) {
            kl_raise_ValueError(KL_ERROR_TEXT("r must be non-negative"));
        }
        r = (size_t)kl_obj_get_int(a[1]);
    }
    combo_t *c = new_combo(type, pool, r, n);
    // Only the first min(r, n) cycles are used: with r > n there are no permutations.
    c->cycles = kl_gc_alloc(array_bytes(0, r < n ? r : n, sizeof(size_t)), KL_GC_ATOMIC);
    for (size_t i = 0; i < n; i++) {
        c->indices[i] = i;
    }
    for (size_t i = 0; i < r && i < n; i++) {
        c->cycles[i] = n - i;
    }
    return KL_OBJ_FROM_PTR(c);
}

static kl_obj_t permutations_next(kl_obj_t self) {
    combo_t *c = KL_OBJ_TO_PTR(self);
    if (c->state == 2) {
        return KL_OBJ_STOP_ITERATION;
    }
    if (c->state == 0) {
        c->state = 1;
        if (c->r > c->n) {
            c->state = 2;
            return KL_OBJ_STOP_ITERATION;
        }
        return pick(c->pool, c->indices, c->r);
    }
    size_t n = c->n;
    size_t *ind = c->indices;
    // Count down the cycle of the rightmost position that has swaps left; a position whose
    // cycle runs out rotates its index to the end and starts its cycle again.
    for (size_t i = c->r; i-- > 0;) {
        if (--c->cycles[i] == 0) {
            size_t first = ind[i];
            memmove(&ind[i], &ind[i + 1], (n - i - 1) * sizeof(size_t));
            ind[n - 1] = first;
            c->cycles[i] = n - i;
        } else {
            size_t j = n - c->cycles[i];
            size_t tmp = ind[i];
            ind[i] = ind[j];
            ind[j] = tmp;
            return pick(c->pool, ind, c->r);
        }
    }
    c->state = 2;
    return KL_OBJ_STOP_ITERATION;
}

ITER_TYPE(permutations_type, itertools_dot_permutations, permutations_make_new, permutations_next);
#define permutations_type (permutations_type_head.type)

// combinations(iterable, r) and combinations_with_replacement(iterable, r).
static combo_t *combinations_new(const kl_obj_type_t *type, const char *name, size_t n_args,
                                 size_t n_kw, const kl_obj_t *args) {
    static const uint16_t names[] = {KL_QSTR_iterable, KL_QSTR_r};
    kl_obj_t a[2] = {KL_OBJ_NULL, KL_OBJ_NULL};
    parse_args(name, n_args, n_kw, args, 2, names, 2, 2, a);
    kl_obj_t r = kl_obj_index(a[1]);
    kl_obj_t pool = kl_obj_tuple_from_iterable(a[0]);
    if (kl_obj_int_cmp(r, KL_OBJ_NEW_SMALL_INT(0)) < 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("r must be non-negative"));
    }
    size_t rr = (size_t)kl_obj_get_int(r);
    return new_combo(type, pool, rr, rr);
}

static kl_obj_t combinations_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                      const kl_obj_t *args) {
    combo_t *c = combinations_new(type, "combinations", n_args, n_kw, args);
    for (size_t i = 0; i < c->r; i++) {
        c->indices[i] = i;
    }
    return KL_OBJ_FROM_PTR(c);
}

static kl_obj_t combinations_next(kl_obj_t self) {
    combo_t *c = KL_OBJ_TO_PTR(self);
    if (c->state == 2) {
        return KL_OBJ_STOP_ITERATION;
    }
    size_t n = c->n, r = c->r;
    size_t *ind = c->indices;
    if (c->state == 0) {
        c->state = r > n ? 2 : 1;
        return c->state == 2 ? KL_OBJ_STOP_ITERATION : pick(c->pool, ind, r);
    }
    // The rightmost index not yet at its highest value moves up; the ones after it follow.
    size_t i = r;
    for (;;) {
        if (i == 0) {
            c->state = 2;
            return KL_OBJ_STOP_ITERATION;
        }
        i--;
        if (ind[i] != i + n - r) {
            break;
        }
    }
    ind[i]++;
    for (size_t j = i + 1; j < r; j++) {
        ind[j] = ind[j - 1] + 1;
    }
    return pick(c->pool, ind, r);
}

ITER_TYPE(combinations_type, itertools_dot_combinations, combinations_make_new, combinations_next);
#define combinations_type (combinations_type_head.type)

static kl_obj_t cwr_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                             const kl_obj_t *args) {
    combo_t *c = combinations_new(type, "combinations_with_replacement", n_args, n_kw, args);
    for (size_t i = 0; i < c->r; i++) {
        c->indices[i] = 0;
    }
    return KL_OBJ_FROM_PTR(c);
}

static kl_obj_t cwr_next(kl_obj_t self) {
    combo_t *c = KL_OBJ_TO_PTR(self);
    if (c->state == 2) {
        return KL_OBJ_STOP_ITERATION;
    }
    size_t n = c->n, r = c->r;
    size_t *ind = c->indices;
    if (c->state == 0) {
        c->state = n == 0 && r > 0 ? 2 : 1;
        return c->state == 2 ? KL_OBJ_STOP_ITERATION : pick(c->pool, ind, r);
    }
    size_t i = r;
    for (;;) {
        if (i == 0) {
            c->state = 2;
            return KL_OBJ_STOP_ITERATION;
        }
        i--;
        if (ind[i] != n - 1) {
            break;
        }
    }
    size_t v = ind[i] + 1;
    for (size_t j = i; j < r; j++) {
        ind[j] = v;
    }
    return pick(c->pool, ind, r);
}

ITER_TYPE(cwr_type, itertools_dot_combinations_with_replacement, cwr_make_new, cwr_next);
#define cwr_type (cwr_type_head.type)

// ==== The module ====

static const kl_rom_map_elem_t itertools_globals_table[] = {
    {KL_ROM_QSTR(__name__), KL_OBJ_NEW_QSTR(KL_QSTR_itertools)},
    {KL_ROM_QSTR(_grouper), KL_ROM_PTR(&grouper_type)},
    {KL_ROM_QSTR(_tee), KL_ROM_PTR(&tee_type)},
    {KL_ROM_QSTR(accumulate), KL_ROM_PTR(&accumulate_type)},
    {KL_ROM_QSTR(chain), KL_ROM_PTR(&chain_type)},
    {KL_ROM_QSTR(combinations), KL_ROM_PTR(&combinations_type)},
    {KL_ROM_QSTR(combinations_with_replacement), KL_ROM_PTR(&cwr_type)},
    {KL_ROM_QSTR(compress), KL_ROM_PTR(&compress_type)},
    {KL_ROM_QSTR(count), KL_ROM_PTR(&count_type)},
    {KL_ROM_QSTR(cycle), KL_ROM_PTR(&cycle_type)},
    {KL_ROM_QSTR(dropwhile), KL_ROM_PTR(&dropwhile_type)},
    {KL_ROM_QSTR(filterfalse), KL_ROM_PTR(&filterfalse_type)},
    {KL_ROM_QSTR(groupby), KL_ROM_PTR(&groupby_type)},
    {KL_ROM_QSTR(islice), KL_ROM_PTR(&islice_type)},
    {KL_ROM_QSTR(pairwise), KL_ROM_PTR(&pairwise_type)},
    {KL_ROM_QSTR(permutations), KL_ROM_PTR(&permutations_type)},
    {KL_ROM_QSTR(product), KL_ROM_PTR(&product_type)},
    {KL_ROM_QSTR(repeat), KL_ROM_PTR(&repeat_type)},
    {KL_ROM_QSTR(starmap), KL_ROM_PTR(&starmap_type)},
    {KL_ROM_QSTR(takewhile), KL_ROM_PTR(&takewhile_type)},
    {KL_ROM_QSTR(tee), KL_ROM_PTR(&itertools_tee_obj)},
    {KL_ROM_QSTR(zip_longest), KL_ROM_PTR(&zip_longest_type)},
};
static KL_DEFINE_CONST_DICT(itertools_globals, itertools_globals_table);

const kl_obj_module_t kl_module_itertools = {{&kl_type_module}, &itertools_globals};

#endif // KL_CFG_MODULE_ITERTOOLS
