// vm/obj_exception_group.c: BaseExceptionGroup, ExceptionGroup and the except* machinery.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// An exception group is an exception that carries other exceptions: a message and a non-empty
// tuple of leaves or nested groups. ExceptionGroup is the one builtin class with two bases
// (BaseExceptionGroup and Exception), so unlike every other builtin type it carries its
// __bases__ and __mro__ as const tuples; kl_obj_is_subclass and attribute lookup already follow
// an MRO when a type has one.
//
// Everything rests on split: a condition (an exception type, a tuple of them, a predicate, or,
// inside the VM, a set of leaf identities) divides a group into the part that matches and the
// rest, keeping the nesting. Each part is made by the group's derive() method, so subclasses
// decide their own type, and copies the group's traceback, cause, context and notes.
//
// `except* T as e` compiles to two instructions over these helpers (see compile.c):
// CHECK_EG_MATCH splits what is still unhandled by T, and once every clause has run,
// PREP_RERAISE_STAR combines what the clauses raised with what no clause matched. A clause
// that re-raises its match with a bare `raise` leaves its traceback, cause and context exactly
// as split made them; that is how such an exception is told apart from a new one, and it goes
// back into the shape of the original group.

#include <string.h>

#include "vm/gc.h"
#include "vm/obj_dict.h"
#include "vm/obj_exception.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/state.h"

#if KL_CFG_EXCEPTION_GROUPS

// CPython's limits on how much of a group a traceback shows.
#define GROUP_PRINT_MAX_WIDTH (15)

bool kl_obj_is_exception_group(kl_obj_t o) {
    return kl_obj_is_exception_instance(o) &&
           kl_obj_is_subclass(kl_obj_get_type(o), &kl_type_BaseExceptionGroup);
}

static kl_obj_exception_group_t *group_native(kl_obj_t o) {
    return (kl_obj_exception_group_t *)o;
}

kl_obj_t kl_exception_group_message(kl_obj_t group) {
    kl_obj_t m = group_native(group)->message;
    return m == KL_OBJ_NULL ? KL_OBJ_NEW_QSTR(KL_QSTR_NULL) : m;
}

kl_obj_t kl_exception_group_exceptions(kl_obj_t group) {
    kl_obj_t t = group_native(group)->exceptions;
    return t == KL_OBJ_NULL ? kl_const_empty_tuple : t;
}

// ==== Creating ====

// PySequence_Check's rule: something indexable that is not a mapping.
static bool is_sequence(kl_obj_t o) {
    const kl_obj_type_t *t = kl_obj_get_type(o);
    if (kl_obj_is_subclass(t, &kl_type_dict) || kl_obj_is_subclass(t, &kl_type_mappingproxy)) {
        return false;
    }
    if (t->flags & KL_TYPE_FLAG_HEAP) {
        return kl_type_lookup(t, KL_QSTR___getitem__) != KL_OBJ_NULL;
    }
    return kl_type_subscr(t) != NULL && !kl_obj_is_subclass(t, &kl_type_type);
}

// BaseExceptionGroup.__new__(cls, message, exceptions). [type] may be a class derived from
// either builtin group class; BaseExceptionGroup itself becomes ExceptionGroup when every
// exception in the group is an Exception.
kl_obj_t kl_exception_group_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                const kl_obj_t *args) {
    if (n_args != 2) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("BaseExceptionGroup.__new__() takes exactly 2 arguments "
                                       "(%z given)"),
                         n_args);
    }
    if (!kl_obj_is_str(args[0])) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("BaseExceptionGroup.__new__() argument 1 must be str, not "
                                       "%T"),
                         args[0]);
    }
    if (!is_sequence(args[1])) {
        kl_raise_TypeError(KL_ERROR_TEXT("second argument (exceptions) must be a sequence"));
    }
    kl_obj_t excs = kl_obj_tuple_from_iterable(args[1]);
    kl_obj_tuple_t *t = (kl_obj_tuple_t *)excs;
    if (t->len == 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("second argument (exceptions) must be a non-empty "
                                          "sequence"));
    }
    bool nested_base = false;
    for (size_t i = 0; i < t->len; i++) {
        if (!kl_obj_is_exception_instance(t->items[i])) {
            kl_raise_msg_fmt(&kl_type_ValueError,
                             KL_ERROR_TEXT("Item %z of second argument (exceptions) is not an "
                                           "exception"),
                             i);
        }
        if (!kl_obj_isinstance(t->items[i], &kl_type_Exception)) {
            nested_base = true;
        }
    }
    if (type == &kl_type_BaseExceptionGroup) {
        if (!nested_base) {
            type = &kl_type_ExceptionGroup;
        }
    } else if (nested_base && type == &kl_type_ExceptionGroup) {
        kl_raise_TypeError(KL_ERROR_TEXT("Cannot nest BaseExceptions in an ExceptionGroup"));
    } else if (nested_base && kl_obj_is_subclass(type, &kl_type_Exception)) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("Cannot nest BaseExceptions in '%q'"),
                         type->name);
    }
    if (n_kw != 0 && !(type->flags & KL_TYPE_FLAG_HEAP)) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("%q() takes no keyword arguments"),
                         type->name);
    }
    kl_obj_exception_group_t *g =
        kl_gc_alloc(kl_type_instance_bytes(type, sizeof(kl_obj_exception_group_t)), 0);
    g->exc.base.type = type;
    g->exc.args = kl_obj_new_tuple(2, args);
    g->message = args[0];
    g->exceptions = excs;
    return KL_OBJ_FROM_PTR(g);
}

static kl_obj_t group_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                               const kl_obj_t *args) {
    return kl_exception_group_new(type, n_args, n_kw, args);
}

// A group of [excs] (a list or tuple) with an empty message, of the class the leaves call for.
static kl_obj_t new_plain_group(kl_obj_t excs) {
    kl_obj_t args[2] = {KL_OBJ_NEW_QSTR(KL_QSTR_NULL), excs};
    return kl_exception_group_new(&kl_type_BaseExceptionGroup, 2, 0, args);
}

// ==== split, subgroup and derive ====

typedef enum {
    MATCH_TYPE,      // an exception class or a tuple of them
    MATCH_PREDICATE, // a callable taking the exception
    MATCH_LEAVES,    // a list of leaf exceptions, compared by identity
} match_kind_t;

typedef struct _matcher_t {
    match_kind_t kind;
    kl_obj_t value;
} matcher_t;

static bool is_exception_type_spec(kl_obj_t cond) {
    if (kl_obj_is_type(cond, &kl_type_tuple)) {
        kl_obj_tuple_t *t = (kl_obj_tuple_t *)cond;
        for (size_t i = 0; i < t->len; i++) {
            if (!kl_obj_is_exception_type(t->items[i])) {
                return false;
            }
        }
        return true;
    }
    return kl_obj_is_exception_type(cond);
}

static matcher_t matcher_from_condition(kl_obj_t cond) {
    matcher_t m = {MATCH_TYPE, cond};
    if (is_exception_type_spec(cond)) {
        return m;
    }
    bool is_class = KL_OBJ_IS_OBJ(cond) && kl_obj_is_subclass(kl_obj_get_type(cond), &kl_type_type);
    if (!is_class && !kl_obj_is_type(cond, &kl_type_tuple) && kl_obj_is_callable(cond)) {
        m.kind = MATCH_PREDICATE;
        return m;
    }
    kl_raise_TypeError(KL_ERROR_TEXT("expected a function, exception type or tuple of exception "
                                     "types"));
}

static bool matcher_matches(const matcher_t *m, kl_obj_t exc) {
    switch (m->kind) {
        case MATCH_TYPE:
            return kl_exception_match(exc, m->value);
        case MATCH_PREDICATE:
            return kl_obj_is_true(kl_call_function_1(m->value, exc));
        default: {
            size_t len;
            kl_obj_t *items;
            kl_obj_get_array(m->value, &len, &items);
            for (size_t i = 0; i < len; i++) {
                if (items[i] == exc) {
                    return true;
                }
            }
            return false;
        }
    }
}

static kl_traceback_t *copy_traceback(const kl_traceback_t *tb) {
    if (tb == NULL) {
        return NULL;
    }
    size_t bytes = sizeof(kl_traceback_t) + tb->len * sizeof(tb->entries[0]);
    kl_traceback_t *c = kl_gc_alloc(bytes, KL_GC_ATOMIC);
    memcpy(c, tb, bytes);
    c->alloc = tb->len;
    return c;
}

// Give [to] the traceback, cause, context and a copy of the notes of [from]. The traceback is
// copied, not shared: a traceback record grows in place as its exception unwinds.
static void copy_metadata(kl_obj_t to, kl_obj_t from) {
    kl_obj_exception_t *t = kl_exception_native(to);
    kl_obj_exception_t *f = kl_exception_native(from);
    t->traceback = copy_traceback(f->traceback);
    t->context = f->context;
    t->cause = f->cause;
    t->suppress_context = true;
    kl_obj_t notes = kl_load_attr_maybe(from, KL_QSTR___notes__, KL_OBJ_NULL);
    if (notes != KL_OBJ_NULL && is_sequence(notes)) {
        kl_store_attr(to, KL_QSTR___notes__, kl_obj_list_from_iterable(notes));
    }
}

// orig.derive(excs) with orig's metadata, or NULL when [excs] is empty.
static kl_obj_t derive_part(kl_obj_t orig, kl_obj_t excs) {
    size_t len;
    kl_obj_t *items;
    kl_obj_get_array(excs, &len, &items);
    if (len == 0) {
        return KL_OBJ_NULL;
    }
    kl_obj_t m[3];
    kl_load_method(orig, KL_QSTR_derive, m);
    m[2] = excs;
    kl_obj_t part = kl_call_method_n_kw(1, 0, m);
    if (!kl_obj_is_exception_group(part)) {
        kl_raise_TypeError(KL_ERROR_TEXT("derive must return an instance of BaseExceptionGroup"));
    }
    copy_metadata(part, orig);
    return part;
}

// Divide [exc] by [m]: *match and *rest get the parts (KL_OBJ_NULL for an empty part). With
// [want_rest] false, only the matching part is built.
static void split(kl_obj_t exc, const matcher_t *m, bool want_rest, kl_obj_t *match,
                  kl_obj_t *rest) {
    kl_stack_check();
    *match = KL_OBJ_NULL;
    *rest = KL_OBJ_NULL;
    if (matcher_matches(m, exc)) {
        *match = exc;
        return;
    }
    if (!kl_obj_is_exception_group(exc)) {
        *rest = exc;
        return;
    }
    kl_obj_tuple_t *excs = (kl_obj_tuple_t *)kl_exception_group_exceptions(exc);
    kl_obj_t matches = kl_obj_new_list(0, NULL);
    kl_obj_t rests = kl_obj_new_list(0, NULL);
    for (size_t i = 0; i < excs->len; i++) {
        kl_obj_t sub_match, sub_rest;
        split(excs->items[i], m, want_rest, &sub_match, &sub_rest);
        if (sub_match != KL_OBJ_NULL) {
            kl_obj_list_append(matches, sub_match);
        }
        if (want_rest && sub_rest != KL_OBJ_NULL) {
            kl_obj_list_append(rests, sub_rest);
        }
    }
    *match = derive_part(exc, matches);
    if (want_rest) {
        *rest = derive_part(exc, rests);
    }
}

static kl_obj_t or_none(kl_obj_t o) {
    return o == KL_OBJ_NULL ? kl_const_none : o;
}

static void check_self(kl_obj_t self) {
    if (!kl_obj_is_exception_group(self)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("descriptor requires a 'BaseExceptionGroup' object but "
                                       "received '%T'"),
                         self);
    }
}

static kl_obj_t group_split(kl_obj_t self, kl_obj_t cond) {
    check_self(self);
    matcher_t m = matcher_from_condition(cond);
    kl_obj_t parts[2];
    split(self, &m, true, &parts[0], &parts[1]);
    parts[0] = or_none(parts[0]);
    parts[1] = or_none(parts[1]);
    return kl_obj_new_tuple(2, parts);
}
static KL_DEFINE_FUN_2(group_split_obj, split, group_split);

static kl_obj_t group_subgroup(kl_obj_t self, kl_obj_t cond) {
    check_self(self);
    matcher_t m = matcher_from_condition(cond);
    kl_obj_t match, rest;
    split(self, &m, false, &match, &rest);
    return or_none(match);
}
static KL_DEFINE_FUN_2(group_subgroup_obj, subgroup, group_subgroup);

static kl_obj_t group_derive(kl_obj_t self, kl_obj_t excs) {
    check_self(self);
    kl_obj_t args[2] = {kl_exception_group_message(self), excs};
    return kl_exception_group_new(&kl_type_BaseExceptionGroup, 2, 0, args);
}
static KL_DEFINE_FUN_2(group_derive_obj, derive, group_derive);

static kl_obj_t group___new__(size_t n_args, const kl_obj_t *args) {
    if (!kl_obj_is_exception_type(args[0]) ||
        !kl_obj_is_subclass((const kl_obj_type_t *)args[0], &kl_type_BaseExceptionGroup)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("BaseExceptionGroup.__new__(X): X is not a subtype of "
                                       "BaseExceptionGroup (%r)"),
                         args[0]);
    }
    return kl_exception_group_new((const kl_obj_type_t *)args[0], n_args - 1, 0, args + 1);
}
static KL_DEFINE_FUN_VAR(group___new___fun_obj, __new__, 1, 0xffff, group___new__);
static const kl_obj_static_class_method_t group___new___obj = {{&kl_type_staticmethod},
                                                               KL_ROM_PTR(&group___new___fun_obj)};

static kl_obj_t group___class_getitem__(kl_obj_t cls, kl_obj_t item) {
    return kl_obj_new_generic_alias(cls, item);
}
static KL_DEFINE_FUN_2(group___class_getitem___fun_obj, __class_getitem__, group___class_getitem__);
static const kl_obj_static_class_method_t group___class_getitem___obj = {
    {&kl_type_classmethod}, KL_ROM_PTR(&group___class_getitem___fun_obj)};

static const kl_rom_map_elem_t group_locals_table[] = {
    {KL_ROM_QSTR(__class_getitem__), KL_ROM_PTR(&group___class_getitem___obj)},
    {KL_ROM_QSTR(__new__), KL_ROM_PTR(&group___new___obj)},
    {KL_ROM_QSTR(derive), KL_ROM_PTR(&group_derive_obj)},
    {KL_ROM_QSTR(split), KL_ROM_PTR(&group_split_obj)},
    {KL_ROM_QSTR(subgroup), KL_ROM_PTR(&group_subgroup_obj)},
};
static KL_DEFINE_CONST_DICT(group_locals_dict, group_locals_table);

// The two builtin group classes share everything but their bases.
#define GROUP_TYPE_FIELDS(n, more_flags)                                                           \
    .base = {&kl_type_type},                                                                       \
    .flags = KL_TYPE_FLAG_BASETYPE | KL_TYPE_FLAG_EXCEPTION | KL_TYPE_FLAG_EQ_IS_ID | more_flags,  \
    .name = KL_QSTR_##n, .make_new = group_make_new, .print = kl_exception_print_obj,              \
    .attr = kl_exception_attr

const kl_obj_type_t kl_type_BaseExceptionGroup = {
    GROUP_TYPE_FIELDS(BaseExceptionGroup, 0),
    .locals_dict = &group_locals_dict,
    .parent = &kl_type_BaseException,
};

// Const tuples for ExceptionGroup's two bases and its MRO.
static const struct {
    kl_obj_base_t base;
    size_t len;
    kl_obj_t items[2];
} exception_group_bases = {
    {&kl_type_tuple},
    2,
    {KL_ROM_PTR(&kl_type_BaseExceptionGroup), KL_ROM_PTR(&kl_type_Exception)},
};

static const struct {
    kl_obj_base_t base;
    size_t len;
    kl_obj_t items[5];
} exception_group_mro = {
    {&kl_type_tuple},
    5,
    {KL_ROM_PTR(&kl_type_ExceptionGroup), KL_ROM_PTR(&kl_type_BaseExceptionGroup),
     KL_ROM_PTR(&kl_type_Exception), KL_ROM_PTR(&kl_type_BaseException),
     KL_ROM_PTR(&kl_type_object)},
};

const kl_obj_heap_type_head_t kl_type_ExceptionGroup_head = {
    .type = {GROUP_TYPE_FIELDS(ExceptionGroup, KL_TYPE_FLAG_MRO),
             .parent = &kl_type_BaseExceptionGroup},
    .bases = (struct _kl_obj_tuple_t *)&exception_group_bases,
    .mro = (struct _kl_obj_tuple_t *)&exception_group_mro,
};

// ==== except* ====

// The class (or tuple of classes) of an except* clause: exceptions, but not groups.
static void check_star_type(kl_obj_t type) {
    if (kl_obj_is_type(type, &kl_type_tuple)) {
        kl_obj_tuple_t *t = (kl_obj_tuple_t *)type;
        for (size_t i = 0; i < t->len; i++) {
            check_star_type(t->items[i]);
        }
        return;
    }
    if (!kl_obj_is_exception_type(type)) {
        kl_raise_TypeError(KL_ERROR_TEXT("catching classes that do not inherit from "
                                         "BaseException is not allowed"));
    }
    if (kl_obj_is_subclass((const kl_obj_type_t *)type, &kl_type_BaseExceptionGroup)) {
        kl_raise_TypeError(KL_ERROR_TEXT("catching ExceptionGroup with except* is not allowed. "
                                         "Use except instead."));
    }
}

void kl_exception_group_check_match(kl_obj_t exc, kl_obj_t type, kl_obj_t *match, kl_obj_t *rest) {
    check_star_type(type);
    *match = kl_const_none;
    *rest = kl_const_none;
    if (exc == kl_const_none) {
        return;
    }
    if (kl_exception_match(exc, type)) {
        if (kl_obj_is_exception_group(exc)) {
            *match = exc;
            return;
        }
        // A naked exception is wrapped, with a traceback of the frame that caught it.
        kl_obj_t group = new_plain_group(kl_obj_new_tuple(1, &exc));
        const kl_traceback_t *tb = kl_exception_native(exc)->traceback;
        if (tb != NULL && tb->len > 0) {
            kl_traceback_t *c =
                kl_gc_alloc(sizeof(kl_traceback_t) + sizeof(tb->entries[0]), KL_GC_ATOMIC);
            c->len = c->alloc = 1;
            c->entries[0] = tb->entries[tb->len - 1];
            kl_exception_native(group)->traceback = c;
        }
        *match = group;
        return;
    }
    if (kl_obj_is_exception_group(exc)) {
        matcher_t m = {MATCH_TYPE, type};
        kl_obj_t mt, rs;
        split(exc, &m, true, &mt, &rs);
        *match = or_none(mt);
        *rest = or_none(rs);
        return;
    }
    *rest = exc;
}

static bool same_traceback(const kl_traceback_t *a, const kl_traceback_t *b) {
    size_t la = a != NULL ? a->len : 0, lb = b != NULL ? b->len : 0;
    return la == lb && (la == 0 || memcmp(a->entries, b->entries, la * sizeof(a->entries[0])) == 0);
}

// Whether [e] is a part of [orig] that a clause re-raised untouched (bare `raise`).
static bool is_reraise(kl_obj_t e, kl_obj_t orig) {
    kl_obj_exception_t *x = kl_exception_native(e);
    kl_obj_exception_t *o = kl_exception_native(orig);
    return x->cause == o->cause && x->context == o->context &&
           same_traceback(x->traceback, o->traceback);
}

static void collect_leaves(kl_obj_t exc, kl_obj_t leaves) {
    kl_stack_check();
    if (!kl_obj_is_exception_group(exc)) {
        kl_obj_list_append(leaves, exc);
        return;
    }
    kl_obj_tuple_t *excs = (kl_obj_tuple_t *)kl_exception_group_exceptions(exc);
    for (size_t i = 0; i < excs->len; i++) {
        collect_leaves(excs->items[i], leaves);
    }
}

kl_obj_t kl_exception_group_prep_reraise(kl_obj_t orig, kl_obj_t excs) {
    size_t len;
    kl_obj_t *items;
    kl_obj_get_array(excs, &len, &items);
    if (len == 0) {
        return kl_const_none;
    }
    if (!kl_obj_is_exception_group(orig)) {
        // A naked exception was wrapped: at most one clause ran, and its outcome is first.
        return items[0];
    }
    kl_obj_t raised = kl_obj_new_list(0, NULL);
    kl_obj_t leaves = kl_obj_new_list(0, NULL);
    for (size_t i = 0; i < len; i++) {
        if (items[i] == kl_const_none) {
            continue;
        }
        if (!kl_obj_is_exception_instance(items[i])) {
            // The compiler collects exceptions (or None); a loaded .kbc file might not.
            kl_raise_msg(&kl_type_SystemError, KL_ERROR_TEXT("bad exception state"));
        }
        if (is_reraise(items[i], orig)) {
            collect_leaves(items[i], leaves);
        } else {
            kl_obj_list_append(raised, items[i]);
        }
    }
    // The re-raised leaves, in the shape they had in orig.
    kl_obj_t reraised = KL_OBJ_NULL;
    if (kl_obj_get_len(leaves) > 0) {
        matcher_t m = {MATCH_LEAVES, leaves};
        kl_obj_t unused;
        split(orig, &m, false, &reraised, &unused);
    }
    if (kl_obj_get_len(raised) == 0) {
        return or_none(reraised);
    }
    if (reraised != KL_OBJ_NULL) {
        kl_obj_list_append(raised, reraised);
    }
    kl_obj_get_array(raised, &len, &items);
    return len == 1 ? items[0] : new_plain_group(raised);
}

#else

// Without exception groups no program can name this class, so no class derives from it; it
// stays for vm/obj_type.c, which sizes the instances of exception classes by it. It needs no
// name (which keeps "BaseExceptionGroup" out of the qstr table).
const kl_obj_type_t kl_type_BaseExceptionGroup = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_EXCEPTION,
    .parent = &kl_type_BaseException,
};

#endif // KL_CFG_EXCEPTION_GROUPS
