// vm/obj_type.c: type and object, classes defined in Python, and their instances.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A class statement creates a kl_obj_type_t on the heap whose C slots are the instance_*
// functions below: each looks up the matching special method (__add__, __len__, __iter__...)
// along the class's method resolution order and calls it, so builtin and Python-defined types
// share one protocol and the VM never asks which kind it has. The MRO is computed with C3
// linearisation when the class is created and stored as a tuple, so a lookup is a walk over a
// short array of dicts.
//
// Builtin methods that a class inherits from `object` (its default __repr__, __eq__, __hash__,
// __init__...) are recognised by address: when the lookup finds one of them, the slot takes the
// native fast path instead of calling through Python.
//
// Instances of classes derived from a builtin container or number carry the builtin value in
// subobj[0] (kl_obj_instance_t); exceptions are the exception: their layout already has the
// attribute map at the instance's offset, so an Exception subclass's instance *is* an exception
// object that the raise machinery uses directly.

#include <stddef.h>

#include <string.h>

#include "vm/bc.h"
#include "vm/buffer.h"
#include "vm/gc.h"
#include "vm/map.h"
#include "vm/nlr.h"
#include "vm/obj_bytearray.h"
#include "vm/obj_dict.h"
#include "vm/obj_exception.h"
#include "vm/obj_int.h"
#include "vm/obj_list.h"
#include "vm/obj_module.h"
#include "vm/obj_set.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/state.h"
#include "vm/vstr.h"

static bool is_heap_type(const kl_obj_type_t *t) {
    return (t->flags & KL_TYPE_FLAG_HEAP) != 0;
}

// Whether a class keeps its MRO as a tuple (KL_TYPE_FLAG_MRO): with one base at most it is the
// class, then the chain of parents, which mro_item and kl_obj_is_subclass walk as they do a
// builtin type's, unless that base is ExceptionGroup, whose two bases its chain cannot give;
// the random module reads the tuple of a subclass of Random.
#define STORED_MRO (KL_CFG_MULTIPLE_INHERITANCE || KL_CFG_EXCEPTION_GROUPS || KL_CFG_MODULE_RANDOM)

// Whether classes can have more than the layout of their one base: without __slots__ and
// multiple inheritance an instance's layout is its base's plus a __dict__, so a new class has
// nothing to work out, and layout conflicts and __class__ checks cannot arise.
#define LAYOUT_FULL (KL_CFG_SLOTS || KL_CFG_MULTIPLE_INHERITANCE || KL_CFG_CLASS_ASSIGN)

// A class made by a class statement or type(): the type, then what the layout of its instances
// needs. Builtin types are plain kl_obj_type_t structs in flash; only heap types have the rest.
typedef struct _heap_type_t {
    kl_obj_type_t type;
    // As in kl_obj_heap_type_head_t (vm/obj.h), which is how other files read them.
    KL_TYPE_ALL_SLOTS
    kl_obj_tuple_t *bases;
    kl_obj_tuple_t *mro;
    const kl_obj_type_t *native_base;
    kl_obj_t subclasses;
#if LAYOUT_FULL
    // The base whose instance layout this class extends (CPython's best base): the first base
    // unless another one's layout derives from it. Its slot values come first in an instance.
    const kl_obj_type_t *layout_base;
    // The most derived class along the layout bases that adds slot values (or the builtin type
    // that gives the layout): bases can be combined only when these derive from one another.
    const kl_obj_type_t *solid;
    // The names this class's own __slots__ adds, mangled and sorted; NULL without __slots__.
    kl_obj_tuple_t *own_slots;
    size_t n_slots;    // slot values in an instance: the layout base's, then own_slots
    bool adds_dict;    // instances have a __dict__ that those of the layout base lack
    bool adds_weakref; // ... __weakref__, which those of the layout base do not have
    bool has_weakref;  // instances have __weakref__ (always None: kinglet has no weakrefs)
#endif
    // __qualname__: the type's own, taken out of the class namespace as CPython does (NULL:
    // the name).
    kl_obj_t qualname;
} heap_type_t;
_Static_assert(offsetof(heap_type_t, call) == offsetof(kl_obj_callable_type_t, call),
               "a class is a callable type");
_Static_assert(offsetof(heap_type_t, mro) == offsetof(kl_obj_heap_type_head_t, mro),
               "heap_type_t begins as kl_obj_heap_type_head_t");
_Static_assert(offsetof(heap_type_t, native_base) == offsetof(kl_obj_heap_type_head_t, native_base),
               "heap_type_t begins as kl_obj_heap_type_head_t");
_Static_assert(offsetof(heap_type_t, subclasses) == offsetof(kl_obj_heap_type_head_t, subclasses),
               "heap_type_t begins as kl_obj_heap_type_head_t");

static const heap_type_t *as_heap_type(const kl_obj_type_t *t) {
    return (const heap_type_t *)t;
}

kl_obj_t kl_type_qualname(const kl_obj_type_t *t) {
    kl_obj_t q = as_heap_type(t)->qualname;
    return q != KL_OBJ_NULL ? q : KL_OBJ_NEW_QSTR(t->name);
}

static bool is_instance_layout(const kl_obj_type_t *t) {
    return is_heap_type(t);
}

// The builtin type whose value an instance of class [type] carries in subobj[0], or NULL. Only
// for a class: the type of every value that reaches the instance_* slots below is one.
static const kl_obj_type_t *native_of(const kl_obj_type_t *type) {
    return as_heap_type(type)->native_base;
}

// The class of [self], an instance of a class or a class: an object in memory, whose type a
// load gives, where kl_obj_get_type would test for the immediate values first.
static const kl_obj_type_t *class_of(kl_obj_t self) {
    return ((const kl_obj_base_t *)self)->type;
}

static kl_obj_t subobj_of(kl_obj_t self) {
    return ((kl_obj_instance_t *)self)->subobj[0];
}

kl_obj_t kl_obj_native(kl_obj_t o, const kl_obj_type_t *native) {
    const kl_obj_type_t *nb = kl_type_native_base(kl_obj_get_type(o));
    return nb != NULL && (native == NULL || nb == native) ? subobj_of(o) : o;
}

// ==== Lookup along the MRO ====

static kl_obj_t dict_lookup(const kl_obj_dict_t *d, kl_qstr_t attr) {
    if (d == NULL) {
        return KL_OBJ_NULL;
    }
    kl_map_elem_t *e = kl_map_lookup_qstr((kl_map_t *)&d->map, attr, KL_MAP_LOOKUP);
    return e != NULL ? e->value : KL_OBJ_NULL;
}

#if KL_CFG_TYPE_CACHE_BITS
// A direct-mapped cache of (type, name) -> value lookups along the MRO, as every attribute
// access on an instance asks its class first. Entries are valid for one epoch; the epoch moves
// on whenever a class dict changes and at every collection (so a dead type's address, reused
// by a new one, can never hit), which is why the static table needs no GC root.
typedef struct _type_cache_entry_t {
    const kl_obj_type_t *type;
    kl_obj_t value;
    uint32_t epoch;
    uint16_t attr;
} type_cache_entry_t;

static type_cache_entry_t type_cache[1 << KL_CFG_TYPE_CACHE_BITS];
static uint32_t type_cache_epoch = 1;
#endif

void kl_type_cache_invalidate(void) {
#if KL_CFG_TYPE_CACHE_BITS
    if (++type_cache_epoch == 0) {
        memset(type_cache, 0, sizeof(type_cache));
        type_cache_epoch = 1;
    }
#endif
}

// ==== Slot wrappers ====
//
// Builtin types implement their operators as C slots, not as entries in their method dicts, so
// `int.__add__`, `super().__getitem__(i)` in a list subclass, or `len.__call__` need something
// to find. A lookup that misses a builtin type's dict falls back to a const wrapper for the
// dunder when the type has the slot behind it; calling the wrapper runs the slot on the native
// part of its first argument.
//
// Without KL_CFG_SLOT_WRAPPERS only the wrappers for the dunders object also defines (whose
// lookup would otherwise find object's and answer wrongly) and the subscript ones are kept;
// without KL_CFG_OBJECT_DUNDERS too, object has none of those dunders and no wrapper is left.
#define ANY_WRAPPERS (KL_CFG_SLOT_WRAPPERS || KL_CFG_OBJECT_DUNDERS)

#if ANY_WRAPPERS
static kl_obj_t slot_result(kl_obj_t r) {
    return r == KL_OBJ_NULL ? kl_const_notimplemented : r;
}

// Binary operator [op] of the native parts, [other] first when [reflected]. The operands come
// first, where each wrapper has its own two arguments already.
static kl_obj_t slot_binary(kl_obj_t self, kl_obj_t other, kl_binary_op_t op, bool reflected) {
    kl_obj_t ns = kl_obj_native(self, NULL), no = kl_obj_native(other, NULL);
    const kl_obj_type_t *t = kl_obj_get_type(ns);
    if (t->binary_op == NULL) {
        return kl_const_notimplemented;
    }
#if KL_CFG_SLOT_WRAPPERS
    if (op == KL_BINARY_OP_MOD && (t == &kl_type_str || t == &kl_type_bytes)) {
        // fmt % args: the arguments are formatted as they are (a str subclass's __str__
        // counts); only the format is read natively.
        if (reflected) {
            return kl_obj_get_type(no) == t ? slot_result(t->binary_op(op, no, self))
                                            : kl_const_notimplemented;
        }
        // A format given back unchanged (nothing in it to format) is the instance; an empty
        // result is the one empty str, as in CPython.
        kl_obj_t r = t->binary_op(op, ns, other);
        return r == ns && r != KL_OBJ_NEW_QSTR(KL_QSTR_NULL) ? self : slot_result(r);
    }
#endif
    return slot_result(reflected ? t->binary_op(op, no, ns) : t->binary_op(op, ns, no));
}

#if KL_CFG_SLOT_WRAPPERS

#define X(name, sym, d, r, i)                                                                      \
    static kl_obj_t slot_##d(kl_obj_t a, kl_obj_t b) {                                             \
        return slot_binary(a, b, KL_BINARY_OP_##name, false);                                      \
    }                                                                                              \
    static KL_DEFINE_FUN_2(slot_##d##_obj, d, slot_##d);                                           \
    static kl_obj_t slot_##r(kl_obj_t a, kl_obj_t b) {                                             \
        return slot_binary(a, b, KL_BINARY_OP_##name, true);                                       \
    }                                                                                              \
    static KL_DEFINE_FUN_2(slot_##r##_obj, r, slot_##r);
KL_BINARY_OPS(X)
#undef X

// int.__pow__(exp, mod=None): the one binary dunder with an optional third argument. It comes
// first in slot_wrappers, ahead of the two-argument wrapper that KL_BINARY_OPS makes.
static kl_obj_t slot_pow3(size_t n_args, const kl_obj_t *args) {
    if (n_args == 2 || args[2] == kl_const_none) {
        return slot_binary(args[0], args[1], KL_BINARY_OP_POW, false);
    }
    kl_obj_t ns = kl_obj_native(args[0], NULL);
    if (!kl_obj_is_int(ns) || !kl_obj_is_int(args[1]) || !kl_obj_is_int(args[2])) {
        return kl_const_notimplemented;
    }
    return kl_obj_int_pow3(ns, args[1], args[2]);
}
static KL_DEFINE_FUN_VAR(slot_pow3_obj, __pow__, 2, 3, slot_pow3);

// int.__divmod__ and float.__divmod__ (and the reflected forms): (a // b, a % b) on the
// native values. Like the other binary dunders they take only their own kind of number (and
// float takes ints): anything else is NotImplemented.
static kl_obj_t slot_divmod(kl_obj_t self, kl_obj_t other, bool reflected) {
    self = kl_obj_native(self, NULL);
    other = kl_obj_native(other, NULL);
    bool self_float = kl_obj_get_type(self) == KL_TYPE_FLOAT;
    const kl_obj_type_t *t = kl_obj_get_type(other);
    if (t != &kl_type_int && t != &kl_type_bool && (t != KL_TYPE_FLOAT || !self_float)) {
        return kl_const_notimplemented;
    }
    kl_obj_t a = reflected ? other : self, b = reflected ? self : other;
    kl_obj_t items[2] = {kl_binary_op(KL_BINARY_OP_FLOORDIV, a, b),
                         kl_binary_op(KL_BINARY_OP_MOD, a, b)};
    return kl_obj_new_tuple(2, items);
}
static kl_obj_t slot___divmod__(kl_obj_t a, kl_obj_t b) {
    return slot_divmod(a, b, false);
}
static KL_DEFINE_FUN_2(slot___divmod___obj, __divmod__, slot___divmod__);
static kl_obj_t slot___rdivmod__(kl_obj_t a, kl_obj_t b) {
    return slot_divmod(a, b, true);
}
static KL_DEFINE_FUN_2(slot___rdivmod___obj, __rdivmod__, slot___rdivmod__);
#endif // KL_CFG_SLOT_WRAPPERS

// The ordering comparisons go with the other operator wrappers: without KL_CFG_SLOT_WRAPPERS
// object has no __lt__ and its kin either (its NotImplemented is what a missing method gives the
// operator anyway), so no lookup of them can find object's.
#if KL_CFG_SLOT_WRAPPERS
#define KL_ORDER_SLOTS(X)                                                                          \
    X(LT, __lt__)                                                                                  \
    X(GT, __gt__)                                                                                  \
    X(LE, __le__)                                                                                  \
    X(GE, __ge__)
#else
#define KL_ORDER_SLOTS(X)
#endif
#define KL_COMPARE_SLOTS(X)                                                                        \
    KL_ORDER_SLOTS(X)                                                                              \
    X(EQ, __eq__)                                                                                  \
    X(NE, __ne__)
#define X(name, d)                                                                                 \
    static kl_obj_t slot_##d(kl_obj_t a, kl_obj_t b) {                                             \
        return slot_binary(a, b, KL_BINARY_OP_##name, false);                                      \
    }                                                                                              \
    static KL_DEFINE_FUN_2(slot_##d##_obj, d, slot_##d);
KL_COMPARE_SLOTS(X)
#undef X

#if KL_CFG_SLOT_WRAPPERS
static kl_obj_t slot_unary(kl_unary_op_t op, kl_obj_t self) {
    return kl_unary_op(op, kl_obj_native(self, NULL));
}
#define KL_UNARY_SLOTS(X)                                                                          \
    X(NEGATIVE, __neg__)                                                                           \
    X(POSITIVE, __pos__)                                                                           \
    X(INVERT, __invert__)                                                                          \
    X(ABS, __abs__)                                                                                \
    X(INT, __int__)                                                                                \
    X(FLOAT, __float__)
#define X(name, d)                                                                                 \
    static kl_obj_t slot_##d(kl_obj_t a) {                                                         \
        return slot_unary(KL_UNARY_OP_##name, a);                                                  \
    }                                                                                              \
    static KL_DEFINE_FUN_1(slot_##d##_obj, d, slot_##d);
KL_UNARY_SLOTS(X)
#undef X

static kl_obj_t slot___index__(kl_obj_t self) {
    return kl_obj_index(kl_obj_native(self, NULL));
}
static KL_DEFINE_FUN_1(slot___index___obj, __index__, slot___index__);

// int's __trunc__, __floor__ and __ceil__: the integer itself. __round__(ndigits=None) is round().
static kl_obj_t slot_int_self(kl_obj_t self) {
    return kl_obj_index(kl_obj_native(self, NULL));
}
static KL_DEFINE_FUN_1(slot___trunc___obj, __trunc__, slot_int_self);
static KL_DEFINE_FUN_1(slot___floor___obj, __floor__, slot_int_self);
static KL_DEFINE_FUN_1(slot___ceil___obj, __ceil__, slot_int_self);

static kl_obj_t slot___round__(size_t n_args, const kl_obj_t *args) {
    kl_obj_t round = kl_load_attr(KL_OBJ_FROM_PTR(&kl_module_builtins), KL_QSTR_round);
    kl_obj_t call[2] = {kl_obj_native(args[0], NULL), n_args > 1 ? args[1] : kl_const_none};
    return kl_call_function_n_kw(round, 2, 0, call);
}
static KL_DEFINE_FUN_VAR(slot___round___obj, __round__, 1, 2, slot___round__);
#endif // KL_CFG_SLOT_WRAPPERS
#endif // ANY_WRAPPERS

// repr() or str() of the native value of [self]. A set's and a bytearray's name the subclass,
// as CPython's do: S({1, 2}), S() and B(b'x') where the native value shows {1, 2}, set() and
// bytearray(b'x').
static kl_obj_t native_str_of(kl_obj_t self, kl_print_kind_t kind) {
    kl_obj_t native = kl_obj_native(self, NULL);
    kl_obj_t r = kl_obj_str_of(native, kind);
    bool named = kl_obj_is_anyset(self);
#if KL_CFG_BYTEARRAY
    named = named || kl_obj_is_bytearray(self);
#endif
    if (native == self || !named) {
        return r;
    }
    size_t len;
    const char *text = kl_obj_str_get_data(r, &len);
    const char *brace = memchr(text, '{', len);
    kl_vstr_t v;
    kl_vstr_init(&v, len + 16);
    kl_vstr_add_str(&v, kl_qstr_str(kl_obj_get_type(self)->name));
    if (!kl_obj_is_anyset(self)) {
        // bytearray(b'...'): what follows the name.
        const char *paren = memchr(text, '(', len);
        kl_vstr_add_strn(&v, paren, (size_t)(text + len - paren));
        return kl_vstr_to_str(&v);
    }
    kl_vstr_add_strn(&v, "(", 1);
    if (brace != NULL) {
        // {...} of a set, or frozenset({...}): the braces and what they hold.
        const char *end = text + len;
        if (kl_obj_get_type(native) == &kl_type_frozenset) {
            end--;
        }
        kl_vstr_add_strn(&v, brace, (size_t)(end - brace));
    }
    kl_vstr_add_strn(&v, ")", 1);
    return kl_vstr_to_str(&v);
}

#if ANY_WRAPPERS
static kl_obj_t slot___repr__(kl_obj_t self) {
    return native_str_of(self, KL_PRINT_REPR);
}
static KL_DEFINE_FUN_1(slot___repr___obj, __repr__, slot___repr__);

static kl_obj_t slot___str__(kl_obj_t self) {
    return native_str_of(self, KL_PRINT_STR);
}
static KL_DEFINE_FUN_1(slot___str___obj, __str__, slot___str__);

#if KL_CFG_SLOT_WRAPPERS
static kl_obj_t slot___bool__(kl_obj_t self) {
    return KL_OBJ_FROM_BOOL(kl_obj_is_true(kl_obj_native(self, NULL)));
}
static KL_DEFINE_FUN_1(slot___bool___obj, __bool__, slot___bool__);
#endif

static kl_obj_t slot___hash__(kl_obj_t self) {
    return kl_obj_new_int((kl_int_t)kl_obj_hash(kl_obj_native(self, NULL)));
}
static KL_DEFINE_FUN_1(slot___hash___obj, __hash__, slot___hash__);

#if KL_CFG_SLOT_WRAPPERS
static kl_obj_t slot___len__(kl_obj_t self) {
    return kl_obj_len(kl_obj_native(self, NULL));
}
static KL_DEFINE_FUN_1(slot___len___obj, __len__, slot___len__);
#endif

// The subscript of the native part, which the three subscript wrappers share.
static KL_NOINLINE kl_obj_t native_subscr(kl_obj_t self, kl_obj_t key, kl_obj_t value) {
    return kl_obj_subscr(kl_obj_native(self, NULL), key, value);
}

static kl_obj_t slot___getitem__(kl_obj_t self, kl_obj_t key) {
    return native_subscr(self, key, KL_OBJ_SENTINEL);
}
static KL_DEFINE_FUN_2(slot___getitem___obj, __getitem__, slot___getitem__);

static kl_obj_t slot___setitem__(kl_obj_t self, kl_obj_t key, kl_obj_t value) {
    native_subscr(self, key, value);
    return kl_const_none;
}
static KL_DEFINE_FUN_3(slot___setitem___obj, __setitem__, slot___setitem__);

static kl_obj_t slot___delitem__(kl_obj_t self, kl_obj_t key) {
    native_subscr(self, key, KL_OBJ_NULL);
    return kl_const_none;
}
static KL_DEFINE_FUN_2(slot___delitem___obj, __delitem__, slot___delitem__);

#if KL_CFG_SLOT_WRAPPERS
static kl_obj_t slot___contains__(kl_obj_t self, kl_obj_t item) {
    return KL_OBJ_FROM_BOOL(kl_obj_contains(kl_obj_native(self, NULL), item));
}
static KL_DEFINE_FUN_2(slot___contains___obj, __contains__, slot___contains__);

static kl_obj_t slot___iter__(kl_obj_t self) {
    kl_obj_t native = kl_obj_native(self, NULL);
    kl_obj_t it = kl_getiter(native, NULL);
    // An iterator is its own iterator: for an instance of a subclass, the instance, so that the
    // subclass's __next__ is the one called.
    return it == native ? self : it;
}
static KL_DEFINE_FUN_1(slot___iter___obj, __iter__, slot___iter__);

static kl_obj_t slot___next__(kl_obj_t self) {
    kl_state.roots.stop_iteration_value = KL_OBJ_NULL;
    kl_obj_t v = kl_iternext(kl_obj_native(self, NULL));
    if (v == KL_OBJ_STOP_ITERATION) {
        kl_obj_t value = kl_state.roots.stop_iteration_value;
        kl_state.roots.stop_iteration_value = KL_OBJ_NULL;
        kl_raise_StopIteration(value);
    }
    return v;
}
static KL_DEFINE_FUN_1(slot___next___obj, __next__, slot___next__);

static kl_obj_t slot___call__(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    return kl_call_function_n_kw(kl_obj_native(args[0], NULL), n_args - 1, n_kw, args + 1);
}
static KL_DEFINE_FUN_KW(slot___call___obj, __call__, 1, slot___call__);
#endif // KL_CFG_SLOT_WRAPPERS

// list.__init__ and bytearray.__init__ (and dict's, where its dict has none): refill the native
// part from the arguments, as a subclass's __init__ does through super().__init__(...).
static kl_obj_t slot___init__(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t self = kl_obj_native(args[0], NULL);
    const kl_obj_type_t *t = kl_obj_get_type(self);
    kl_obj_t fresh = t->make_new(t, n_args - 1, n_kw, args + 1);
    if (t == &kl_type_list) {
        *(kl_obj_list_t *)self = *(kl_obj_list_t *)fresh;
    } else if (t == &kl_type_dict) {
        ((kl_obj_dict_t *)self)->map = ((kl_obj_dict_t *)fresh)->map;
#if KL_CFG_BYTEARRAY
    } else if (t == &kl_type_bytearray) {
        *(kl_obj_bytearray_t *)self = *(kl_obj_bytearray_t *)fresh;
#endif
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_KW(slot___init___obj, __init__, 1, slot___init__);

enum {
    // Those every level has come first, so that without KL_CFG_SLOT_WRAPPERS the switch on them
    // is a short table.
    SLOT_BINARY, // a comparison: every type with a binary_op
    SLOT_HASH,
    SLOT_SUBSCR,
    SLOT_SUBSCR_SET, // __setitem__ and __delitem__: the mutable ones
    SLOT_INIT,
    SLOT_PRINT,
    SLOT_STR,
    SLOT_ARITH,   // __op__ of an arithmetic operator (arith_ops)
    SLOT_ARITH_R, // __rop__
    SLOT_UNARY,
    SLOT_REAL,
    SLOT_LEN,
    SLOT_CONTAINS,
    SLOT_ITER,
    SLOT_NEXT,
    SLOT_CALL,
    SLOT_INDEX,
    SLOT_BOOL,
};

// The wrappers, each with the slot it needs (and the operator of SLOT_ARITH and SLOT_ARITH_R):
// W(wrapper, needs, op) for each, expanded into parallel tables, which are smaller than a
// table of padded structs.
#if KL_CFG_SLOT_WRAPPERS
#define ARITH_WRAPPERS(name, sym, d, r, i)                                                         \
    W(slot_##d##_obj, SLOT_ARITH, KL_BINARY_OP_##name)                                             \
    W(slot_##r##_obj, SLOT_ARITH_R, KL_BINARY_OP_##name)
#define UNARY_WRAPPERS(name, d) W(slot_##d##_obj, SLOT_UNARY, 0)
#define OPTIONAL_WRAPPERS                                                                          \
    W(slot_pow3_obj, SLOT_ARITH, KL_BINARY_OP_POW)                                                 \
    W(slot___divmod___obj, SLOT_REAL, 0)                                                           \
    W(slot___rdivmod___obj, SLOT_REAL, 0)                                                          \
    KL_BINARY_OPS(ARITH_WRAPPERS)                                                                  \
    KL_UNARY_SLOTS(UNARY_WRAPPERS)                                                                 \
    W(slot___len___obj, SLOT_LEN, 0)                                                               \
    W(slot___contains___obj, SLOT_CONTAINS, 0)                                                     \
    W(slot___iter___obj, SLOT_ITER, 0)                                                             \
    W(slot___next___obj, SLOT_NEXT, 0)                                                             \
    W(slot___call___obj, SLOT_CALL, 0)                                                             \
    W(slot___index___obj, SLOT_INDEX, 0)                                                           \
    W(slot___trunc___obj, SLOT_INDEX, 0)                                                           \
    W(slot___floor___obj, SLOT_INDEX, 0)                                                           \
    W(slot___ceil___obj, SLOT_INDEX, 0)                                                            \
    W(slot___round___obj, SLOT_INDEX, 0)                                                           \
    W(slot___bool___obj, SLOT_BOOL, 0)
#else
#define OPTIONAL_WRAPPERS
#endif
#define COMPARE_WRAPPERS(name, d) W(slot_##d##_obj, SLOT_BINARY, 0)
#define SLOT_WRAPPERS                                                                              \
    OPTIONAL_WRAPPERS                                                                              \
    KL_COMPARE_SLOTS(COMPARE_WRAPPERS)                                                             \
    W(slot___hash___obj, SLOT_HASH, 0)                                                             \
    W(slot___getitem___obj, SLOT_SUBSCR, 0)                                                        \
    W(slot___setitem___obj, SLOT_SUBSCR_SET, 0)                                                    \
    W(slot___delitem___obj, SLOT_SUBSCR_SET, 0)                                                    \
    W(slot___init___obj, SLOT_INIT, 0)                                                             \
    W(slot___repr___obj, SLOT_PRINT, 0)                                                            \
    W(slot___str___obj, SLOT_STR, 0)

#define W(fun, needs, op) &fun,
static const kl_obj_builtin_t *const slot_wrappers[] = {SLOT_WRAPPERS};
#undef W
#define W(fun, needs, op) needs,
static const uint8_t slot_needs[] = {SLOT_WRAPPERS};
#undef W
#if KL_CFG_SLOT_WRAPPERS
#define W(fun, needs, op) op,
static const uint8_t slot_ops[] = {SLOT_WRAPPERS};
#undef W
#endif

#if KL_CFG_SLOT_WRAPPERS
// The arithmetic operators builtin type [t] has as dunder methods in CPython, as a mask of
// 1 << kl_binary_op_t: __op__ ones, or the reflected __rop__ ones. A type's binary_op answers
// comparisons too, so it alone does not say which (a tuple has no __sub__, a str no __radd__).
static unsigned arith_ops(const kl_obj_type_t *t, bool reflected) {
#define B(op) (1u << KL_BINARY_OP_##op)
    unsigned real = B(ADD) | B(SUB) | B(MUL) | B(TRUEDIV) | B(FLOORDIV) | B(MOD) | B(POW);
    if (t == &kl_type_int || t == &kl_type_bool) {
        return real | B(LSHIFT) | B(RSHIFT) | B(AND) | B(OR) | B(XOR);
    }
    if (t == KL_TYPE_FLOAT) {
        return real;
    }
    if (t == KL_TYPE_COMPLEX) {
        return B(ADD) | B(SUB) | B(MUL) | B(TRUEDIV) | B(POW);
    }
    unsigned seq = (reflected ? 0 : B(ADD)) | B(MUL);
    if (t == &kl_type_str) {
        return seq | (KL_CFG_STR_PERCENT ? B(MOD) : 0);
    }
    if (t == &kl_type_bytes || t == &kl_type_bytearray) {
        return seq | (KL_CFG_BYTES_FORMAT ? B(MOD) : 0);
    }
#if KL_CFG_MODULE_ARRAY
    if (t == &kl_mod_array_type) {
        return seq;
    }
#endif
    if (t == &kl_type_list || t == &kl_type_tuple) {
        return seq;
    }
    unsigned sets = B(AND) | B(OR) | B(SUB) | (KL_CFG_SET_METHODS_FULL ? B(XOR) : 0);
    if (t == &kl_type_set || t == &kl_type_frozenset) {
        return sets;
    }
#if KL_CFG_DICT_VIEW_SETOPS
    if (t == &kl_type_dict_keys || t == &kl_type_dict_items) {
        return sets;
    }
#endif
#if KL_CFG_MAPPINGPROXY
    if (t == &kl_type_mappingproxy) {
        return B(OR);
    }
#endif
#if KL_CFG_GENERIC_ALIAS
    if (t == &kl_type_generic_alias || t == &kl_type_union) {
        return B(OR);
    }
#endif
    return t == &kl_type_dict ? B(OR) : 0;
#undef B
}
#endif

// The wrapper for dunder [attr] of builtin type [t], if [t] has the slot behind it.
static kl_obj_t slot_wrapper_for(const kl_obj_type_t *t, kl_qstr_t attr) {
    // Exceptions keep their methods in BaseException's dict; their instances are not wrappers
    // around a native part, so a slot wrapper would call back into the instance.
    if (t == &kl_type_object || t == &kl_type_type ||
        (t->flags & (KL_TYPE_FLAG_HEAP | KL_TYPE_FLAG_EXCEPTION))) {
        return KL_OBJ_NULL;
    }
#if KL_CFG_SLOT_WRAPPERS
    // Only dunders have wrappers: most names are turned away before the long table.
    size_t len;
    const char *s = kl_qstr_data(attr, &len);
    if (len < 5 || s[0] != '_' || s[1] != '_') {
        return KL_OBJ_NULL;
    }
#endif
    for (size_t i = 0; i < sizeof(slot_wrappers) / sizeof(slot_wrappers[0]); i++) {
        const kl_obj_builtin_t *w = slot_wrappers[i];
        if (w->name != attr) {
            continue;
        }
#if KL_CFG_SLOT_WRAPPERS
        bool container = kl_type_subscr(t) != NULL || kl_type_getiter(t) != NULL;
#endif
        bool has;
        switch (slot_needs[i]) {
            case SLOT_BINARY:
                has = t->binary_op != NULL;
                break;
#if KL_CFG_SLOT_WRAPPERS
            case SLOT_ARITH:
            case SLOT_ARITH_R:
                has = t->binary_op != NULL &&
                      (arith_ops(t, slot_needs[i] == SLOT_ARITH_R) & (1u << slot_ops[i])) != 0;
                break;
            case SLOT_UNARY:
                // Only the numbers have the arithmetic unary operators and conversions.
                has = t == &kl_type_int || t == &kl_type_bool || t == KL_TYPE_FLOAT ||
                      t == KL_TYPE_COMPLEX;
                break;
            case SLOT_REAL:
                has = t == &kl_type_int || t == &kl_type_bool || t == KL_TYPE_FLOAT;
                break;
            case SLOT_LEN:
                has = kl_type_unary_op(t) != NULL && container && kl_type_iternext(t) == NULL;
                break;
            case SLOT_CONTAINS:
                // dict_values has none in CPython: `in` iterates it.
                has = t->binary_op != NULL && container && kl_type_iternext(t) == NULL &&
                      t != &kl_type_dict_values;
                break;
            case SLOT_ITER:
                has = kl_type_getiter(t) != NULL;
                break;
            case SLOT_NEXT:
                has = kl_type_iternext(t) != NULL;
                break;
            case SLOT_CALL:
                has = kl_type_call_slot(t) != NULL;
                break;
            case SLOT_INDEX:
                has = t == &kl_type_int || t == &kl_type_bool;
                break;
            case SLOT_BOOL:
                has = t == &kl_type_int || t == &kl_type_bool || t == KL_TYPE_FLOAT ||
                      t == KL_TYPE_COMPLEX;
                break;
#endif
            case SLOT_HASH:
                // The mutable containers set __hash__ to None, as in CPython.
                if (t == &kl_type_list || t == &kl_type_dict || t == &kl_type_set ||
                    (KL_CFG_BYTEARRAY && t == &kl_type_bytearray) || t == &kl_type_slice) {
                    return kl_const_none;
                }
                has = kl_type_unary_op(t) != NULL;
                break;
            case SLOT_SUBSCR:
                has = kl_type_subscr(t) != NULL;
                break;
            case SLOT_SUBSCR_SET:
                // The immutable ones with items: CPython gives them no __setitem__.
                has = kl_type_subscr(t) != NULL && t != &kl_type_tuple && t != &kl_type_str &&
                      t != &kl_type_bytes && t != &kl_type_range;
#if KL_CFG_MAPPINGPROXY
                has = has && t != &kl_type_mappingproxy;
#endif
                break;
            case SLOT_PRINT:
                has = t->print != NULL;
                break;
            case SLOT_STR:
                // Only str's str() differs from its repr; the others inherit object.__str__,
                // which calls repr (a subclass's __repr__ included).
                has = t == &kl_type_str;
                break;
            default:
                has = t == &kl_type_list || t == &kl_type_dict;
#if KL_CFG_BYTEARRAY
                has = has || t == &kl_type_bytearray;
#endif
                break;
        }
        return has ? KL_ROM_PTR(w) : KL_OBJ_NULL;
    }
    return KL_OBJ_NULL;
}
#else
// No wrappers: a builtin type's dunders are those of its dict.
static kl_obj_t slot_wrapper_for(const kl_obj_type_t *t, kl_qstr_t attr) {
    (void)t;
    (void)attr;
    return KL_OBJ_NULL;
}
#endif // ANY_WRAPPERS

// Add a name to [names], a dict whose keys are the names dir() lists, in the order first seen.
static void add_name(kl_obj_t names, kl_qstr_t name) {
    kl_obj_dict_store(names, KL_OBJ_NEW_QSTR(name), kl_const_none);
}

static void add_slot_names(const kl_obj_type_t *t, kl_obj_t names) {
#if ANY_WRAPPERS
    for (size_t i = 0; i < sizeof(slot_wrappers) / sizeof(slot_wrappers[0]); i++) {
        kl_qstr_t name = slot_wrappers[i]->name;
        if (slot_wrapper_for(t, name) != KL_OBJ_NULL) {
            add_name(names, name);
        }
    }
#else
    (void)t;
    (void)names;
#endif
}

// The [i]th class of the method resolution order of [type], NULL past its end: the MRO a class
// stores, or, for a builtin type (and a class where none is stored, see STORED_MRO), its chain
// of parents, then object.
static const kl_obj_type_t *mro_item(const kl_obj_type_t *type, size_t i) {
#if STORED_MRO
    const kl_obj_tuple_t *mro = kl_type_mro(type);
    if (mro != NULL) {
        return i < mro->len ? (const kl_obj_type_t *)mro->items[i] : NULL;
    }
#endif
    const kl_obj_type_t *t = type;
    for (; i > 0; i--) {
        if (t == &kl_type_object) {
            return NULL;
        }
        t = t->parent != NULL ? t->parent : &kl_type_object;
    }
    return t;
}

// [attr] along the MRO of [type], after class [after] there (for super()), or from the start
// when [after] is NULL; *[owner] gets the class whose dict or slot wrapper gives it.
static kl_obj_t lookup_after(const kl_obj_type_t *type, const kl_obj_type_t *after, kl_qstr_t attr,
                             const kl_obj_type_t **owner) {
    bool seen = after == NULL;
    const kl_obj_type_t *t;
    for (size_t i = 0; (t = mro_item(type, i)) != NULL; i++) {
        if (seen) {
            kl_obj_t v = dict_lookup(t->locals_dict, attr);
            if (v == KL_OBJ_NULL) {
                v = slot_wrapper_for(t, attr);
            }
            if (v != KL_OBJ_NULL) {
                *owner = t;
                return v;
            }
        } else {
            seen = t == after;
        }
    }
    return KL_OBJ_NULL;
}

// The method descriptor of builtin function [fun], found as [attr] of builtin type [owner]: a
// method of its dict (list.append) or a slot wrapper (list.__len__). Each is made once and kept
// (KL_CFG_DESCRIPTOR_IDENTITY), so that two reads give the same object, as in CPython (pprint
// asks `r is list.__repr__`).
static kl_obj_t descriptor_of(const kl_obj_type_t *owner, kl_qstr_t attr, kl_obj_t fun) {
#if KL_CFG_DESCRIPTOR_IDENTITY
#define descriptors KL_REGISTER_ROOT(KL_ROOT_TYPE_DESCRIPTORS)
    if (descriptors == KL_OBJ_NULL) {
        descriptors = kl_obj_new_dict(0);
    }
    uintptr_t h = ((uintptr_t)owner >> 2) * 31u + ((uintptr_t)fun >> 2);
    kl_map_elem_t *e =
        kl_map_lookup(&((kl_obj_dict_t *)descriptors)->map, KL_OBJ_NEW_SMALL_INT(h & 0x3fffffff),
                      KL_MAP_LOOKUP_ADD_IF_NOT_FOUND);
    if (e->value != KL_OBJ_NULL && kl_obj_method_descriptor_fun(e->value) == fun &&
        kl_obj_method_descriptor_owner(e->value) == owner) {
        return e->value;
    }
#endif
    // A new one (with the table, it replaces, rarely, another pair whose key is the same: that
    // one is made again when next read).
#if ANY_WRAPPERS
    kl_obj_t d = dict_lookup(owner->locals_dict, attr) == fun
                     ? kl_obj_new_method_descriptor(owner, fun)
                     : kl_obj_new_slot_descriptor(owner, fun);
#else
    // Without wrappers every one is a method of the type's dict.
    (void)attr;
    kl_obj_t d = kl_obj_new_method_descriptor(owner, fun);
#endif
#if KL_CFG_DESCRIPTOR_IDENTITY
    e->value = d;
#endif
    return d;
}

#if KL_CFG_MAPPINGPROXY
// What builtin type [type]'s __dict__ shows: its methods as the descriptors reading them as
// attributes gives (vars(list)['append'] is list.append), never the bare C functions, which
// trust their first argument to be of the type. A new dict at each read.
static kl_obj_t builtin_type_dict(const kl_obj_type_t *type) {
    kl_obj_t d = kl_obj_new_dict(0);
    if (type->locals_dict != NULL) {
        const kl_map_t *map = &type->locals_dict->map;
        size_t pos = 0;
        kl_map_elem_t *e;
        while ((e = kl_map_next(map, &pos)) != NULL) {
            kl_obj_t v = e->value;
            if (KL_OBJ_IS_QSTR(e->key) && kl_obj_is_type(v, &kl_type_builtin_function)) {
                v = descriptor_of(type, KL_OBJ_QSTR_VALUE(e->key), v);
            }
            kl_obj_dict_store(d, e->key, v);
        }
    }
    return d;
}
#endif

kl_obj_t kl_type_lookup(const kl_obj_type_t *type, kl_qstr_t attr) {
#if KL_CFG_TYPE_CACHE_BITS
    size_t h =
        (((uintptr_t)type >> 4) ^ (attr * 2654435761u)) & ((1u << KL_CFG_TYPE_CACHE_BITS) - 1);
    type_cache_entry_t *c = &type_cache[h];
    if (c->type == type && c->attr == attr && c->epoch == type_cache_epoch) {
        return c->value;
    }
    const kl_obj_type_t *owner;
    kl_obj_t v = lookup_after(type, NULL, attr, &owner);
    if (attr <= 0xffff) {
        c->type = type;
        c->attr = (uint16_t)attr;
        c->epoch = type_cache_epoch;
        c->value = v;
    }
    return v;
#else
    const kl_obj_type_t *owner;
    return lookup_after(type, NULL, attr, &owner);
#endif
}

// A static method [v] gives its function, a class method its function bound to [cls]: true
// when [v] is one of them.
static bool bind_static_class(kl_obj_t v, kl_obj_t cls, kl_obj_t *dest) {
    bool is_static = kl_obj_is_type(v, &kl_type_staticmethod);
    if (!is_static && !kl_obj_is_type(v, &kl_type_classmethod)) {
        return false;
    }
    dest[0] = ((kl_obj_static_class_method_t *)v)->fun;
    if (!is_static) {
        dest[1] = cls;
    }
    return true;
}

// Functions, builtin functions and other callables whose type says they bind like them (the
// lru_cache wrapper of vm/mod_functools.c).
static bool is_function_like(kl_obj_t v) {
    if (!KL_OBJ_IS_OBJ(v) || v == KL_OBJ_NULL) {
        return false;
    }
    return (((kl_obj_base_t *)v)->type->flags & KL_TYPE_FLAG_BINDS_SELF) != 0;
}

void kl_type_bind_attr(kl_obj_t value, kl_obj_t self, const kl_obj_type_t *type, kl_obj_t *dest) {
    if (is_function_like(value)) {
        dest[0] = value;
        dest[1] = self;
        return;
    }
    if (KL_OBJ_IS_OBJ(value)) {
        const kl_obj_type_t *vt = ((kl_obj_base_t *)value)->type;
        if (KL_CFG_SLOTS && vt == &kl_type_member_descriptor) {
            dest[0] = kl_obj_member_get(value, self);
            return;
        }
        if (bind_static_class(value, KL_OBJ_FROM_PTR(type), dest)) {
            return;
        }
        if (vt == &kl_type_method_descriptor) {
            // add = list.append in a class body binds like the method itself.
            dest[0] = kl_obj_method_descriptor_fun(value);
            dest[1] = self;
            return;
        }
#if KL_CFG_PROPERTY_TYPE
        if (vt == &kl_type_property) {
            kl_obj_property_t *p = (kl_obj_property_t *)value;
            if (p->fget == KL_OBJ_NULL || p->fget == kl_const_none) {
                kl_obj_property_raise_missing(value, kl_obj_get_type(self), "getter");
            }
            dest[0] = kl_call_function_1(p->fget, self);
            return;
        }
#endif
#if KL_CFG_DESCRIPTORS
        if (is_heap_type(vt)) {
            kl_obj_t get = kl_type_lookup(vt, KL_QSTR___get__);
            if (get != KL_OBJ_NULL) {
                kl_obj_t args[3] = {value, self, KL_OBJ_FROM_PTR(type)};
                dest[0] = kl_call_function_n_kw(get, 3, 0, args);
                return;
            }
        }
#endif
    }
    dest[0] = value;
}

void kl_type_generic_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    if (dest[0] != KL_OBJ_NULL) {
        return; // no stores or deletes on builtin instances
    }
    const kl_obj_type_t *type = kl_obj_get_type(self);
    kl_obj_t v = kl_type_lookup(type, attr);
    if (v != KL_OBJ_NULL) {
        kl_type_bind_attr(v, self, type, dest);
    } else if (attr == KL_QSTR___class__) {
        dest[0] = KL_OBJ_FROM_PTR(type);
    }
}

// ==== object ====

static kl_obj_t object_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                const kl_obj_t *args) {
    (void)args;
    if (n_args != 0 || n_kw != 0) {
        kl_raise_TypeError(KL_ERROR_TEXT("object() takes no arguments"));
    }
    kl_obj_base_t *o = kl_gc_alloc(sizeof(kl_obj_base_t), 0);
    o->type = type;
    return KL_OBJ_FROM_PTR(o);
}

// The name of class [t] as repr() shows it and its instances: the module unless that is builtins
// (a builtin type of another module names it in its const dict), then the qualified name (A.B
// for a nested class).
static void print_type_name(const kl_print_t *print, const kl_obj_type_t *t) {
    kl_obj_t module = dict_lookup(t->locals_dict, KL_QSTR___module__);
    if (module != KL_OBJ_NULL && kl_obj_is_str(module) &&
        kl_obj_str_get_qstr(module) != KL_QSTR_builtins) {
        kl_printf(print, "%S.", module);
    }
    kl_printf(print, "%S", is_heap_type(t) ? kl_type_qualname(t) : KL_OBJ_NEW_QSTR(t->name));
}

static void object_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    kl_print_str(print, "<");
    print_type_name(print, kl_obj_get_type(o));
    kl_printf(print, " object at %p>", o);
}

static kl_obj_t object___init__(size_t n_args, const kl_obj_t *args) {
    (void)n_args;
#if !ANY_WRAPPERS
    // list.__init__ (and bytearray's) is missing, and this one must not stand in for it: a
    // subclass's super().__init__(x) would leave the value unfilled. dict has its own.
    const kl_obj_type_t *t = kl_obj_get_type(kl_obj_native(args[0], NULL));
    if (t == &kl_type_list || (KL_CFG_BYTEARRAY && t == &kl_type_bytearray)) {
        kl_raise_NotImplementedError(KL_ERROR_TEXT("__init__ of a list or bytearray is not built"));
    }
#endif
    (void)args;
    return kl_const_none;
}
static KL_DEFINE_FUN_VAR(object___init___obj, __init__, 1, 0xffff, object___init__);

static bool native_takes_init_args(const kl_obj_type_t *native);

static kl_obj_t object___new__(size_t n_args, const kl_obj_t *args) {
    // Any class will do, including one whose metaclass derives from type.
    if (!kl_obj_isinstance(args[0], &kl_type_type)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("object.__new__(X): X is not a type object (%T)"), args[0]);
    }
    // A class derived from an immutable builtin takes its value here (int.__new__(cls, 5)).
    // So does the immutable builtin itself (int.__new__(int, 5) is 5); a mutable one is made
    // empty and filled by its __init__ (list.__new__(list, [1]) is []).
    const kl_obj_type_t *t = (const kl_obj_type_t *)args[0];
    bool pass = is_heap_type(t) ? kl_type_native_base(t) != NULL
                                : t != &kl_type_object && native_takes_init_args(t);
    return kl_type_new_instance(t, pass ? n_args - 1 : 0, 0, args + 1);
}
static KL_DEFINE_FUN_VAR(object___new___fun_obj, __new__, 1, 0xffff, object___new__);
static const kl_obj_static_class_method_t object___new___obj = {
    {&kl_type_staticmethod}, KL_ROM_PTR(&object___new___fun_obj)};

#if KL_CFG_OBJECT_DUNDERS
static kl_obj_t object___repr__(kl_obj_t self) {
    // A builtin type's own printing comes from its __repr__ slot wrapper (int.__repr__(5));
    // object.__repr__(5) is object's, as in CPython. Types and exceptions have no wrapper.
    const kl_obj_type_t *t = kl_obj_get_type(self);
    if (!is_heap_type(t) && slot_wrapper_for(t, KL_QSTR___repr__) == KL_OBJ_NULL) {
        return kl_obj_str_of(self, KL_PRINT_REPR);
    }
    kl_vstr_t v;
    kl_vstr_init(&v, 32);
    kl_print_t p;
    kl_vstr_print(&p, &v);
    object_print(&p, self, KL_PRINT_REPR);
    return kl_vstr_to_str(&v);
}
static KL_DEFINE_FUN_1(object___repr___obj, __repr__, object___repr__);

static kl_obj_t object___str__(kl_obj_t self) {
    return kl_obj_str_of(self, is_heap_type(kl_obj_get_type(self)) ? KL_PRINT_REPR : KL_PRINT_STR);
}
static KL_DEFINE_FUN_1(object___str___obj, __str__, object___str__);

static kl_obj_t object___eq__(kl_obj_t self, kl_obj_t other) {
    return self == other ? kl_const_true : kl_const_notimplemented;
}
static KL_DEFINE_FUN_2(object___eq___obj, __eq__, object___eq__);

static kl_obj_t object___ne__(kl_obj_t self, kl_obj_t other) {
    // The inverse of type(self).__eq__, passing NotImplemented through.
    kl_obj_t eq = kl_type_lookup(kl_obj_get_type(self), KL_QSTR___eq__);
    kl_obj_t r = eq == KL_OBJ_NULL || eq == kl_const_none
                     ? (self == other ? kl_const_true : kl_const_notimplemented)
                     : kl_call_function_2(eq, self, other);
    if (r == kl_const_notimplemented) {
        return r;
    }
    return KL_OBJ_FROM_BOOL(!kl_obj_is_true(r));
}
static KL_DEFINE_FUN_2(object___ne___obj, __ne__, object___ne__);

static kl_obj_t object___hash__(kl_obj_t self) {
    return KL_OBJ_NEW_SMALL_INT((kl_int_t)((kl_uint_t)self >> 4));
}
static KL_DEFINE_FUN_1(object___hash___obj, __hash__, object___hash__);
#endif // KL_CFG_OBJECT_DUNDERS

static void type_store(kl_obj_type_t *type, kl_qstr_t attr, kl_obj_t *dest);
#if KL_CFG_SETATTR_HOOKS
static kl_obj_t object___setattr__(kl_obj_t self, kl_obj_t name, kl_obj_t value);
static KL_DEFINE_FUN_3(object___setattr___obj, __setattr__, object___setattr__);
static kl_obj_t object___delattr__(kl_obj_t self, kl_obj_t name);
static KL_DEFINE_FUN_2(object___delattr___obj, __delattr__, object___delattr__);
#endif
#if KL_CFG_GETATTRIBUTE
static kl_obj_t object___getattribute__(kl_obj_t self, kl_obj_t name);
static KL_DEFINE_FUN_2(object___getattribute___obj, __getattribute__, object___getattribute__);
#endif

#if KL_CFG_BUILTIN_FORMAT
static kl_obj_t object___format__(kl_obj_t self, kl_obj_t spec) {
    if (kl_obj_is_true(spec)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("unsupported format string passed to %T.__format__"), self);
    }
    return kl_obj_str_of(self, KL_PRINT_STR);
}
static KL_DEFINE_FUN_2(object___format___obj, __format__, object___format__);
#endif

#if KL_CFG_CLASS_HOOKS
static kl_obj_t object___init_subclass__(kl_obj_t cls) {
    (void)cls;
    return kl_const_none;
}
static KL_DEFINE_FUN_1(object___init_subclass___fun_obj, __init_subclass__,
                       object___init_subclass__);
static const kl_obj_static_class_method_t object___init_subclass___obj = {
    {&kl_type_classmethod}, KL_ROM_PTR(&object___init_subclass___fun_obj)};
#endif

static kl_obj_t object___dir__(kl_obj_t self);
static KL_DEFINE_FUN_1(object___dir___obj, __dir__, object___dir__);

#if KL_CFG_ABC_PROTOCOL
// object.__subclasshook__(subclass): the default that abc.ABCMeta consults, with no opinion.
static kl_obj_t object___subclasshook__(size_t n_args, const kl_obj_t *args) {
    (void)n_args;
    (void)args;
    return kl_const_notimplemented;
}
static KL_DEFINE_FUN_VAR(object___subclasshook___fun_obj, __subclasshook__, 1, 0xffff,
                         object___subclasshook__);
static const kl_obj_static_class_method_t object___subclasshook___obj = {
    {&kl_type_classmethod}, KL_ROM_PTR(&object___subclasshook___fun_obj)};

static kl_obj_t object___reduce_ex__(kl_obj_t self, kl_obj_t proto) {
    (void)self;
    (void)proto;
    kl_raise_NotImplementedError(KL_ERROR_TEXT("pickling is not supported"));
}
static KL_DEFINE_FUN_2(object___reduce_ex___obj, __reduce_ex__, object___reduce_ex__);
#endif

#if KL_CFG_SLOT_WRAPPERS
static kl_obj_t object___lt__(kl_obj_t self, kl_obj_t other) {
    (void)self;
    (void)other;
    return kl_const_notimplemented;
}
static KL_DEFINE_FUN_2(object___lt___obj, __lt__, object___lt__);
static KL_DEFINE_FUN_2(object___le___obj, __le__, object___lt__);
static KL_DEFINE_FUN_2(object___gt___obj, __gt__, object___lt__);
static KL_DEFINE_FUN_2(object___ge___obj, __ge__, object___lt__);
#endif

static const kl_rom_map_elem_t object_locals_table[] = {
#if KL_CFG_SETATTR_HOOKS
    {KL_ROM_QSTR(__delattr__), KL_ROM_PTR(&object___delattr___obj)},
#endif
    {KL_ROM_QSTR(__dir__), KL_ROM_PTR(&object___dir___obj)},
#if KL_CFG_OBJECT_DUNDERS
    {KL_ROM_QSTR(__eq__), KL_ROM_PTR(&object___eq___obj)},
#endif
#if KL_CFG_BUILTIN_FORMAT
    {KL_ROM_QSTR(__format__), KL_ROM_PTR(&object___format___obj)},
#endif
#if KL_CFG_SLOT_WRAPPERS
    {KL_ROM_QSTR(__ge__), KL_ROM_PTR(&object___ge___obj)},
#endif
#if KL_CFG_GETATTRIBUTE
    {KL_ROM_QSTR(__getattribute__), KL_ROM_PTR(&object___getattribute___obj)},
#endif
#if KL_CFG_SLOT_WRAPPERS
    {KL_ROM_QSTR(__gt__), KL_ROM_PTR(&object___gt___obj)},
#endif
#if KL_CFG_OBJECT_DUNDERS
    {KL_ROM_QSTR(__hash__), KL_ROM_PTR(&object___hash___obj)},
#endif
    {KL_ROM_QSTR(__init__), KL_ROM_PTR(&object___init___obj)},
#if KL_CFG_CLASS_HOOKS
    {KL_ROM_QSTR(__init_subclass__), KL_ROM_PTR(&object___init_subclass___obj)},
#endif
#if KL_CFG_SLOT_WRAPPERS
    {KL_ROM_QSTR(__le__), KL_ROM_PTR(&object___le___obj)},
#endif
#if KL_CFG_SLOT_WRAPPERS
    {KL_ROM_QSTR(__lt__), KL_ROM_PTR(&object___lt___obj)},
#endif
#if KL_CFG_OBJECT_DUNDERS
    {KL_ROM_QSTR(__ne__), KL_ROM_PTR(&object___ne___obj)},
#endif
    {KL_ROM_QSTR(__new__), KL_ROM_PTR(&object___new___obj)},
#if KL_CFG_ABC_PROTOCOL
    {KL_ROM_QSTR(__reduce_ex__), KL_ROM_PTR(&object___reduce_ex___obj)},
#endif
#if KL_CFG_OBJECT_DUNDERS
    {KL_ROM_QSTR(__repr__), KL_ROM_PTR(&object___repr___obj)},
#endif
#if KL_CFG_SETATTR_HOOKS
    {KL_ROM_QSTR(__setattr__), KL_ROM_PTR(&object___setattr___obj)},
#endif
#if KL_CFG_OBJECT_DUNDERS
    {KL_ROM_QSTR(__str__), KL_ROM_PTR(&object___str___obj)},
#endif
#if KL_CFG_ABC_PROTOCOL
    {KL_ROM_QSTR(__subclasshook__), KL_ROM_PTR(&object___subclasshook___obj)},
#endif
};
static KL_DEFINE_CONST_DICT(object_locals_dict, object_locals_table);

static bool is_object_default(kl_obj_t v) {
#if !(ANY_WRAPPERS || KL_CFG_SETATTR_HOOKS || KL_CFG_GETATTRIBUTE || KL_CFG_CLASS_HOOKS)
    // Of object's methods only __init__ is asked for as a special method (__new__ and __dir__
    // are compared or called directly).
    return v == KL_ROM_PTR(&object___init___obj);
#else
    if (!KL_OBJ_IS_OBJ(v) || v == KL_OBJ_NULL) {
        return false;
    }
    const kl_map_t *m = &object_locals_dict.map;
    for (size_t i = 0; i < m->used; i++) {
        if (m->rom[i].value == v) {
            return true;
        }
    }
    return false;
#endif
}

static kl_obj_t object_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    (void)op;
    (void)lhs;
    (void)rhs;
    return KL_OBJ_NULL;
}

const kl_obj_type_t kl_type_object = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_BASETYPE | KL_TYPE_FLAG_EQ_IS_ID,
    .name = KL_QSTR_object,
    .make_new = object_make_new,
    .print = object_print,
    .binary_op = object_binary_op,
    .locals_dict = &object_locals_dict,
};

// ==== Instance layout and __slots__ ====
//
// An instance of a class is a kl_obj_instance_t (an exception object for exception classes),
// then the native part when the class derives from a builtin (subobj[0]), then one value per
// name in the __slots__ of the classes its layout extends, so `p.x` on a slotted class is a
// type lookup that finds a member descriptor (vm/obj_member.c) and one load from the instance.
// Instances of a class whose every base lists __slots__ (none of them "__dict__") have no
// __dict__ at all: KL_TYPE_FLAG_SLOTS.
//
// The slot values of a class must sit at the same indices in the instances of all its
// subclasses. As in CPython, each class records the base whose layout it extends and its
// "solid" class, the nearest one along those bases that adds slot values; when a class has
// several bases, one solid class must derive from all the others, or the layouts conflict.
// A class's own slots then follow those of that base.

// The bytes of the exception object that starts an instance of exception class [t]: exception
// groups carry their message and exceptions too.
static size_t exception_size(const kl_obj_type_t *t) {
    return KL_CFG_EXCEPTION_GROUPS && kl_obj_is_subclass(t, &kl_type_BaseExceptionGroup)
               ? sizeof(kl_obj_exception_group_t)
               : sizeof(kl_obj_exception_t);
}

// The slot values of an instance (see above): after the exception object or the native part.
kl_obj_t *kl_type_slot_values(kl_obj_t self) {
    const kl_obj_type_t *t = kl_obj_get_type(self);
    if (t->flags & KL_TYPE_FLAG_EXCEPTION) {
        return (kl_obj_t *)((char *)self + exception_size(t));
    }
    return ((kl_obj_instance_t *)self)->subobj + (kl_type_native_base(t) != NULL ? 1 : 0);
}

#if LAYOUT_FULL
static const kl_obj_type_t *solid_base(const kl_obj_type_t *t) {
    if (is_heap_type(t)) {
        return as_heap_type(t)->solid;
    }
    if (t->flags & KL_TYPE_FLAG_EXCEPTION) {
        // kinglet's exceptions share one layout (groups add two fields), but a class that
        // combines two of the exceptions whose CPython instances carry extra fields conflicts
        // there, so it does here too.
        static const kl_obj_type_t *const own_layout[] = {
            &kl_type_BaseExceptionGroup,
            &kl_type_SystemExit,
            &kl_type_ImportError,
            &kl_type_OSError,
            &kl_type_SyntaxError,
            &kl_type_UnicodeEncodeError,
            &kl_type_UnicodeDecodeError,
            &kl_type_StopIteration,
            &kl_type_NameError,
            &kl_type_AttributeError,
#if KL_CFG_EXCEPTIONS_FULL
            &kl_type_UnicodeTranslateError,
#endif
        };
        for (size_t i = 0; i < sizeof(own_layout) / sizeof(own_layout[0]); i++) {
            if (kl_obj_is_subclass(t, own_layout[i])) {
                return own_layout[i];
            }
        }
        return &kl_type_BaseException;
    }
    return t;
}

#endif

// The slot values in an instance of [t]: none without __slots__.
static size_t n_slots(const kl_obj_type_t *t) {
#if KL_CFG_SLOTS
    return is_heap_type(t) ? as_heap_type(t)->n_slots : 0;
#else
    (void)t;
    return 0;
#endif
}

size_t kl_type_instance_bytes(const kl_obj_type_t *type, size_t native_bytes) {
    size_t n = n_slots(type);
    return native_bytes + n * sizeof(kl_obj_t);
}

#if LAYOUT_FULL
// Whether [t] derives from int, bytes or tuple, builtins whose CPython instances vary in size.
static bool is_var_size_data(const kl_obj_type_t *t) {
    return kl_obj_is_subclass(t, &kl_type_int) || kl_obj_is_subclass(t, &kl_type_bytes) ||
           kl_obj_is_subclass(t, &kl_type_tuple);
}

// Builtins whose CPython instances vary in size: their subclasses can have no slots.
static bool is_var_size(const kl_obj_type_t *t) {
    return is_var_size_data(t) || kl_obj_is_subclass(t, &kl_type_type);
}
#endif

// Whether the instances of class [t] have no __dict__: only __slots__ does that.
static bool no_dict(const kl_obj_type_t *t) {
    return KL_CFG_SLOTS && (t->flags & KL_TYPE_FLAG_SLOTS);
}

#if LAYOUT_FULL
static bool has_dict(const kl_obj_type_t *t) {
    if (is_heap_type(t)) {
        return !no_dict(t);
    }
    return (t->flags & KL_TYPE_FLAG_EXCEPTION) || t == &kl_type_type;
}
#endif

#if LAYOUT_FULL
// The builtins that CPython's weak references apply to.
static bool has_weakref(const kl_obj_type_t *t) {
    if (is_heap_type(t)) {
        return as_heap_type(t)->has_weakref;
    }
    return t == &kl_type_type || t == &kl_type_set || t == &kl_type_frozenset;
}
#endif

#if KL_CFG_SLOTS
// Whether the instances of class [t] have __weakref__ (always None: kinglet has no weak
// references). Without KL_CFG_SLOTS they have none, as MicroPython's have none.
static bool instances_have_weakref(const kl_obj_type_t *t) {
    return as_heap_type(t)->has_weakref;
}
#endif

#if KL_CFG_CLASS_ASSIGN
static size_t n_own_slots(const heap_type_t *h) {
    return h->own_slots != NULL ? h->own_slots->len : 0;
}

// What [h] adds to its layout base, counted as CPython counts words: a __dict__ of a subclass
// of a variable-size builtin is one (other dicts live outside the instance).
static size_t added_words(const heap_type_t *h) {
    return n_own_slots(h) + h->adds_weakref + (h->adds_dict && is_var_size(h->layout_base));
}

// The class whose layout [t] has: [t] or the nearest layout base that adds to it.
static const kl_obj_type_t *layout_owner(const kl_obj_type_t *t) {
    while (is_heap_type(t) && added_words(as_heap_type(t)) == 0 && !as_heap_type(t)->adds_dict) {
        t = as_heap_type(t)->layout_base;
    }
    return t;
}

// Whether instances of heap types [a] and [b] may trade classes (__class__ assignment): CPython's
// rule is that their layout owners are one class, or siblings that add the same slots (and a
// weakref, if that is all they add) in the same order.
static bool same_layout(const kl_obj_type_t *a, const kl_obj_type_t *b) {
    // What the instance memory depends on; CPython's rule implies it, this makes sure of it.
    if (kl_type_native_base(a) != kl_type_native_base(b) || n_slots(a) != n_slots(b) ||
        ((a->flags ^ b->flags) & (KL_TYPE_FLAG_EXCEPTION | KL_TYPE_FLAG_SLOTS))) {
        return false;
    }
    a = layout_owner(a);
    b = layout_owner(b);
    if (a == b) {
        return true;
    }
    if (!is_heap_type(a) || !is_heap_type(b)) {
        return false;
    }
    const heap_type_t *ha = as_heap_type(a), *hb = as_heap_type(b);
    if (ha->layout_base != hb->layout_base) {
        return false;
    }
    size_t words = 0;
    if (ha->adds_weakref && hb->adds_weakref && n_own_slots(ha) == 0 && n_own_slots(hb) == 0) {
        words++;
    }
    if (ha->own_slots != NULL && hb->own_slots != NULL) {
        if (!kl_obj_equal(KL_OBJ_FROM_PTR(ha->own_slots), KL_OBJ_FROM_PTR(hb->own_slots))) {
            return false;
        }
        words += n_own_slots(ha);
    }
    return words == added_words(ha) && words == added_words(hb);
}
#endif

#if LAYOUT_FULL
// The base of [bases] whose layout a new class extends; TypeError when no base's solid class
// derives from those of all the others. The one base without KL_CFG_MULTIPLE_INHERITANCE.
static const kl_obj_type_t *best_base(const kl_obj_tuple_t *bases) {
    const kl_obj_type_t *best = NULL, *winner = NULL;
    for (size_t i = 0; i < (KL_CFG_MULTIPLE_INHERITANCE ? bases->len : 1); i++) {
        const kl_obj_type_t *b = (const kl_obj_type_t *)bases->items[i];
        const kl_obj_type_t *solid = solid_base(b);
        if (winner == NULL ||
            (!kl_obj_is_subclass(winner, solid) && kl_obj_is_subclass(solid, winner))) {
            winner = solid;
            best = b;
        } else if (!kl_obj_is_subclass(winner, solid)) {
            kl_raise_TypeError(KL_ERROR_TEXT("multiple bases have instance lay-out conflict"));
        }
    }
    return best;
}

#endif

#if KL_CFG_SLOTS
// A private name in the __slots__ of class [cls] (__x, not __x__) becomes _cls__x, as the
// compiler mangles it in the class body.
static kl_qstr_t mangle(kl_qstr_t cls, kl_qstr_t name) {
    size_t len, clen;
    const char *n = kl_qstr_data(name, &len);
    if (len < 3 || n[0] != '_' || n[1] != '_' || (n[len - 1] == '_' && n[len - 2] == '_')) {
        return name;
    }
    const char *c = kl_qstr_data(cls, &clen);
    while (clen > 0 && *c == '_') {
        c++;
        clen--;
    }
    if (clen == 0) {
        return name;
    }
    kl_vstr_t v;
    kl_vstr_init(&v, len + clen + 2);
    kl_vstr_add_byte(&v, '_');
    kl_vstr_add_strn(&v, c, clen);
    kl_vstr_add_strn(&v, n, len);
    return kl_qstr_from_strn(v.buf, v.len);
}

// An item of __slots__ must be a str that is an identifier; returns its name.
static kl_qstr_t slot_name(kl_obj_t item) {
    if (!kl_obj_is_str(item)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("__slots__ items must be strings, not '%T'"), item);
    }
    size_t len;
    const char *s = kl_obj_str_get_data(item, &len);
    const char *end = s + len;
    bool ok = len != 0;
    for (bool first = true; ok && s < end; first = false) {
        ok = kl_obj_str_char_isident(kl_obj_str_utf8_decode(&s), first);
    }
    if (!ok) {
        kl_raise_TypeError(KL_ERROR_TEXT("__slots__ must be identifiers"));
    }
    return kl_obj_str_get_qstr(item);
}

// Order of code points, which is that of the UTF-8 bytes.
static bool qstr_less(kl_qstr_t a, kl_qstr_t b) {
    size_t la, lb;
    const char *sa = kl_qstr_data(a, &la);
    const char *sb = kl_qstr_data(b, &lb);
    int c = memcmp(sa, sb, la < lb ? la : lb);
    return c < 0 || (c == 0 && la < lb);
}
#endif

#if !LAYOUT_FULL
static void class_layout(heap_type_t *h, const kl_obj_tuple_t *bases) {
    if (dict_lookup(h->type.locals_dict, KL_QSTR___slots__) != KL_OBJ_NULL) {
        kl_raise_NotImplementedError(KL_ERROR_TEXT("__slots__"));
    }
    (void)bases;
}
#else
// Lay out the instances of new class [h] with bases [bases], its dict already filled from the
// class body: pick the layout base, read __slots__, and put a member descriptor in the class
// dict for each slot the class adds.
static void class_layout(heap_type_t *h, const kl_obj_tuple_t *bases) {
    kl_obj_type_t *t = &h->type;
    const kl_obj_type_t *base = best_base(bases);
    bool var_size = is_var_size(base);
    bool may_add_dict = !has_dict(base);
    bool may_add_weakref = !has_weakref(base) && !var_size;
    bool add_dict = may_add_dict, add_weakref = may_add_weakref;
    size_t n_own = 0;
    kl_obj_t slots = dict_lookup(t->locals_dict, KL_QSTR___slots__);
#if !KL_CFG_SLOTS
    if (slots != KL_OBJ_NULL) {
        kl_raise_NotImplementedError(KL_ERROR_TEXT("__slots__"));
    }
#else
    kl_qstr_t *own = NULL;
    if (slots != KL_OBJ_NULL) {
        kl_obj_t names =
            kl_obj_is_str(slots) ? kl_obj_new_tuple(1, &slots) : kl_obj_tuple_from_iterable(slots);
        size_t len;
        kl_obj_t *items;
        kl_obj_get_array(names, &len, &items);
        if (len != 0 && var_size) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("nonempty __slots__ not supported for subtype of '%q'"),
                             (kl_qstr_t)base->name);
        }
        add_dict = add_weakref = false;
        for (size_t i = 0; i < len; i++) {
            kl_qstr_t name = slot_name(items[i]);
            if (name == KL_QSTR___dict__) {
                if (!may_add_dict || add_dict) {
                    kl_raise_TypeError(KL_ERROR_TEXT("__dict__ slot disallowed: we already got "
                                                     "one"));
                }
                add_dict = true;
            } else if (name == KL_QSTR___weakref__) {
                if (!may_add_weakref || add_weakref) {
                    kl_raise_TypeError(KL_ERROR_TEXT("__weakref__ slot disallowed: either we "
                                                     "already got one, or __itemsize__ != 0"));
                }
                add_weakref = true;
            }
        }
        own = len != 0 ? kl_gc_alloc(len * sizeof(kl_qstr_t), KL_GC_ATOMIC) : NULL;
        for (size_t i = 0; i < len; i++) {
            kl_qstr_t name = kl_obj_str_get_qstr(items[i]);
            if (name == KL_QSTR___dict__ || name == KL_QSTR___weakref__) {
                continue;
            }
            kl_qstr_t mangled = mangle(t->name, name);
            // The compiler puts __qualname__ (and __classcell__) in every class body.
            if (dict_lookup(t->locals_dict, mangled) != KL_OBJ_NULL &&
                name != KL_QSTR___qualname__ && name != KL_QSTR___classcell__) {
                kl_raise_msg_fmt(&kl_type_ValueError,
                                 KL_ERROR_TEXT("'%q' in __slots__ conflicts with class variable"),
                                 mangled);
            }
            // Sorted, as CPython orders them (by insertion: there are few).
            size_t j = n_own++;
            for (; j > 0 && qstr_less(mangled, own[j - 1]); j--) {
                own[j] = own[j - 1];
            }
            own[j] = mangled;
        }
        // The other bases may bring a __dict__ or weakref support.
        for (size_t i = 0; i < bases->len; i++) {
            const kl_obj_type_t *b = (const kl_obj_type_t *)bases->items[i];
            add_dict = add_dict || (may_add_dict && has_dict(b));
            add_weakref = add_weakref || (may_add_weakref && has_weakref(b));
        }
    }
#endif
    h->layout_base = base;
    h->n_slots = n_slots(base) + n_own;
    h->adds_dict = add_dict;
    h->has_weakref = has_weakref(base) || add_weakref;
    h->adds_weakref = add_weakref;
    // A dict in a variable-size instance takes a word of it, as a slot does.
    h->solid = n_own != 0 || (add_dict && var_size) ? t : solid_base(base);
    if (KL_CFG_SLOTS && !add_dict && !has_dict(base)) {
        t->flags |= KL_TYPE_FLAG_SLOTS;
    }
#if KL_CFG_SLOTS
    if (slots != KL_OBJ_NULL) {
        kl_obj_t *names = kl_gc_alloc((n_own + 1) * sizeof(kl_obj_t), 0);
        for (size_t i = 0; i < n_own; i++) {
            names[i] = KL_OBJ_NEW_QSTR(own[i]);
            kl_obj_t member = kl_obj_new_member(t, own[i], n_slots(base) + i);
            kl_map_lookup_qstr(&t->locals_dict->map, own[i], KL_MAP_LOOKUP_ADD_IF_NOT_FOUND)
                ->value = member;
        }
        h->own_slots = (kl_obj_tuple_t *)kl_obj_new_tuple(n_own, names);
    }
#endif
}
#endif // LAYOUT_FULL

// ==== Instances ====

bool kl_type_map_store(kl_map_t *map, kl_qstr_t attr, kl_obj_t *dest) {
    kl_obj_t value = dest[1];
    kl_map_elem_t *e = kl_map_lookup_qstr(
        map, attr, value != KL_OBJ_NULL ? KL_MAP_LOOKUP_ADD_IF_NOT_FOUND : KL_MAP_LOOKUP_REMOVE);
    if (e == NULL) {
        return false;
    }
    if (value != KL_OBJ_NULL) {
        e->value = value;
    }
    dest[0] = KL_OBJ_NULL;
    return true;
}

static kl_map_t *instance_members(kl_obj_t self) {
    kl_obj_instance_t *o = (kl_obj_instance_t *)self;
    if (o->dict == NULL) {
        o->dict = (kl_obj_dict_t *)kl_obj_new_dict(0);
    }
    return &o->dict->map;
}

// Call special method [m], found on the class of [self], bound to [self] as attribute access
// binds it (None, which marks a method as absent, is not callable).
static kl_obj_t call_special_kw(kl_obj_t self, kl_obj_t m, size_t n_args, size_t n_kw,
                                const kl_obj_t *args) {
    kl_obj_t dest[2] = {KL_OBJ_NULL, KL_OBJ_NULL};
    kl_type_bind_attr(m, self, class_of(self), dest);
    if (dest[1] == KL_OBJ_NULL) {
        return kl_call_function_n_kw(dest[0], n_args, n_kw, args);
    }
    return kl_call_method_self(dest[0], dest[1], n_args, n_kw, args);
}

// The same without keywords, as every special method but __call__ is called: four arguments
// pass in registers.
static KL_NOINLINE kl_obj_t call_special(kl_obj_t self, kl_obj_t m, size_t n_args,
                                         const kl_obj_t *args) {
    return call_special_kw(self, m, n_args, 0, args);
}

// Special method [name] of class [type], NULL when it has none or only object's.
static kl_obj_t lookup_own(const kl_obj_type_t *type, kl_qstr_t name) {
    kl_obj_t m = kl_type_lookup(type, name);
    return is_object_default(m) ? KL_OBJ_NULL : m;
}

static void instance_print(const kl_print_t *print, kl_obj_t self, kl_print_kind_t kind) {
    const kl_obj_type_t *type = class_of(self);
    // str() asks for __str__, then __repr__; without either the native value or object prints.
    kl_qstr_t name = KL_QSTR___str__;
    kl_obj_t m = kind == KL_PRINT_STR ? lookup_own(type, name) : KL_OBJ_NULL;
    const kl_obj_type_t *native = native_of(type);
    bool own_str = native == &kl_type_bytes;
#if KL_CFG_BYTEARRAY
    own_str = own_str || native == &kl_type_bytearray;
#endif
#if !ANY_WRAPPERS
    // str's __str__, which a class's __repr__ does not override either, has no wrapper to find.
    own_str = own_str || native == &kl_type_str;
#endif
    kl_obj_t r;
    if (m == KL_OBJ_NULL && kind == KL_PRINT_STR && own_str) {
        // bytes and bytearray have a __str__ of their own, which a class's __repr__ does not
        // override: str(b) is the base's repr, naming a bytearray's subclass.
        r = native_str_of(self, KL_PRINT_STR);
    } else {
        if (m == KL_OBJ_NULL) {
            m = lookup_own(type, name = KL_QSTR___repr__);
        }
        if (m == KL_OBJ_NULL) {
            if (native == NULL) {
                object_print(print, self, kind);
                return;
            }
#if ANY_WRAPPERS
            kl_obj_print(print, subobj_of(self), kind);
            return;
#else
            // What the native type's __repr__ wrapper gives where it is built.
            r = native_str_of(self, KL_PRINT_REPR);
#endif
        } else {
            r = call_special(self, m, 0, NULL);
            if (!kl_obj_is_str(r)) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("%q returned non-string (type %T)"), name, r);
            }
        }
    }
    size_t len;
    const char *s = kl_obj_str_get_data(r, &len);
    kl_print_strn(print, s, len);
}

#if KL_CFG_FLOAT
#define FLOAT_DUNDER KL_QSTR___float__
#else
#define FLOAT_DUNDER 0 // only float() asks: #if keeps the name out of the image without floats
#endif

static kl_obj_t instance_unary_op(kl_unary_op_t op, kl_obj_t self) {
    static const uint16_t names[KL_UNARY_OP_NUM] = {
        [KL_UNARY_OP_BOOL] = KL_QSTR___bool__,    [KL_UNARY_OP_LEN] = KL_QSTR___len__,
        [KL_UNARY_OP_HASH] = KL_QSTR___hash__,    [KL_UNARY_OP_POSITIVE] = KL_QSTR___pos__,
        [KL_UNARY_OP_NEGATIVE] = KL_QSTR___neg__, [KL_UNARY_OP_INVERT] = KL_QSTR___invert__,
        [KL_UNARY_OP_ABS] = KL_QSTR___abs__,      [KL_UNARY_OP_INT] = KL_QSTR___int__,
        [KL_UNARY_OP_FLOAT] = FLOAT_DUNDER,
    };
    const kl_obj_type_t *type = class_of(self);
    kl_qstr_t name = names[op];
    kl_obj_t m = lookup_own(type, name);
    if (m == KL_OBJ_NULL) {
        // The native value's, else object's: a hash from the address.
        const kl_obj_type_t *nb = native_of(type);
        kl_unary_op_fun_t unary_op = nb != NULL ? kl_type_unary_op(nb) : NULL;
        kl_obj_t r = unary_op != NULL ? unary_op(op, subobj_of(self)) : KL_OBJ_NULL;
#if !ANY_WRAPPERS
        // Without the wrappers no __hash__ = None marks a mutable base that lacks one in its
        // dict (bytearray) as unhashable: a base whose == is not identity and gives no hash is.
        if (r == KL_OBJ_NULL && op == KL_UNARY_OP_HASH && nb != NULL &&
            !(nb->flags & KL_TYPE_FLAG_EQ_IS_ID) && nb->binary_op != NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("unhashable type: '%q'"),
                             type->name);
        }
#endif
        return r != KL_OBJ_NULL || op != KL_UNARY_OP_HASH
                   ? r
                   : KL_OBJ_NEW_SMALL_INT((kl_int_t)((kl_uint_t)self >> 4));
    }
    if (op == KL_UNARY_OP_HASH && m == kl_const_none) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("unhashable type: '%q'"), type->name);
    }
    kl_obj_t r = call_special(self, m, 0, NULL);
    switch (op) {
        case KL_UNARY_OP_HASH: {
            if (!kl_obj_is_int(r)) {
                kl_raise_TypeError(KL_ERROR_TEXT("__hash__ method should return an integer"));
            }
            if (r == KL_OBJ_NEW_SMALL_INT(-1)) {
                return KL_OBJ_NEW_SMALL_INT(-2); // -1 is reserved, as in CPython
            }
            // An int that fits a machine word is the hash itself, a bigger one is hashed.
            kl_int_t h;
            if (KL_CFG_BIGINT && !KL_OBJ_IS_SMALL_INT(r) && !kl_obj_int_to_int_checked(r, &h)) {
                return kl_obj_int_hash(r);
            }
            return r;
        }
        case KL_UNARY_OP_BOOL:
            if (r != kl_const_true && r != kl_const_false) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("__bool__ should return bool, returned %T"), r);
            }
            return r;
        case KL_UNARY_OP_LEN: {
            // The sign first, as CPython checks it: a huge negative length is a ValueError.
            // (Without big ints every int is a small one.)
            kl_obj_t i = kl_obj_index(r);
            bool small = !KL_CFG_BIGINT || KL_OBJ_IS_SMALL_INT(i);
            bool neg = small ? KL_OBJ_SMALL_INT_VALUE(i) < 0
                             : ((const kl_obj_int_t *)KL_OBJ_TO_PTR(i))->neg;
            if (neg) {
                kl_raise_ValueError(KL_ERROR_TEXT("__len__() should return >= 0"));
            }
            if (!small) {
                kl_raise_OverflowError(KL_ERROR_TEXT("cannot fit 'int' into an index-sized "
                                                     "integer"));
            }
            return i;
        }
        case KL_UNARY_OP_INT:
            if (!kl_obj_is_int(r)) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("__int__ returned non-int (type %T)"), r);
            }
            return r;
        default:
            return r;
    }
}

// The dunders of the arithmetic operators: __op__, __rop__, __iop__ (only __op__ without
// KL_CFG_SPECIAL_METHODS_FULL).
#if KL_CFG_SPECIAL_METHODS_FULL
static const uint16_t binary_names[KL_BINARY_OP_NUM_ARITH][3] = {
#define X(name, sym, d, r, i) {KL_QSTR_##d, KL_QSTR_##r, KL_QSTR_##i},
    KL_BINARY_OPS(X)
#undef X
};
#else
static const uint16_t binary_names[KL_BINARY_OP_NUM_ARITH] = {
#define X(name, sym, d, r, i) KL_QSTR_##d,
    KL_BINARY_OPS(X)
#undef X
};
#endif

static kl_obj_t instance_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs);

// The binary operator for a class instance that is the left ([self_is_lhs]) or right operand:
// the runtime says which, since both operands may be instances of classes.
kl_obj_t kl_instance_binary_op_side(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs,
                                    bool self_is_lhs) {
    kl_obj_t self = self_is_lhs ? lhs : rhs;
    kl_obj_t other = self_is_lhs ? rhs : lhs;
    // No name: no method to look for, only the native value's operator.
    kl_qstr_t name = KL_QSTR_NULL;
    if (op < KL_BINARY_OP_NUM_ARITH) {
#if KL_CFG_SPECIAL_METHODS_FULL
        name = binary_names[op][self_is_lhs ? 0 : 1];
#else
        if (self_is_lhs) {
            name = binary_names[op];
        }
#endif
    } else if (op <= KL_BINARY_OP_INPLACE_LAST) {
        if (!self_is_lhs) {
            return KL_OBJ_NULL;
        }
#if KL_CFG_SPECIAL_METHODS_FULL
        name = binary_names[op - KL_BINARY_OP_INPLACE_OFFSET][2];
#endif
    } else if (op == KL_BINARY_OP_CONTAINS) {
        if (!self_is_lhs) {
            return KL_OBJ_NULL;
        }
        name = KL_QSTR___contains__;
    } else {
        // Comparisons: the reflection of a < b is b > a.
        static const uint16_t cmp_names[6] = {KL_QSTR___lt__, KL_QSTR___gt__, KL_QSTR___eq__,
                                              KL_QSTR___ne__, KL_QSTR___le__, KL_QSTR___ge__};
        static const uint8_t reflect[6] = {1, 0, 2, 3, 5, 4};
        size_t i = op - KL_BINARY_OP_LT;
        name = cmp_names[self_is_lhs ? i : reflect[i]];
    }
    const kl_obj_type_t *type = class_of(self);
    const kl_obj_type_t *nb = native_of(type);
    kl_obj_t m = KL_CFG_SPECIAL_METHODS_FULL || name != KL_QSTR_NULL ? kl_type_lookup(type, name)
                                                                     : KL_OBJ_NULL;
#if ANY_WRAPPERS
    if (is_object_default(m)) {
        // object's comparisons give way to the native value's. Without one they are called as
        // any method is (__ne__ inverts __eq__, the others are NotImplemented), but __eq__,
        // identity, is common enough to answer here.
        if (nb != NULL) {
            m = KL_OBJ_NULL;
        } else if (name == KL_QSTR___eq__) {
            return self == other ? kl_const_true : KL_OBJ_NULL;
        }
    }
#endif
#if !KL_CFG_OBJECT_DUNDERS
    if (m == KL_OBJ_NULL && nb == NULL && name == KL_QSTR___ne__) {
        // What object.__ne__ does where it is built: the inverse of __eq__, NotImplemented
        // passed through (None, for no __eq__, leaves identity to the runtime).
        m = kl_type_lookup(type, KL_QSTR___eq__);
        if (m == KL_OBJ_NULL || m == kl_const_none) {
            return KL_OBJ_NULL;
        }
        kl_obj_t r = call_special(self, m, 1, &other);
        return r == kl_const_notimplemented ? KL_OBJ_NULL : KL_OBJ_FROM_BOOL(!kl_obj_is_true(r));
    }
#endif
    if (m != KL_OBJ_NULL) {
        if (op == KL_BINARY_OP_CONTAINS) {
            if (m == kl_const_none) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("'%T' object is not a container"), self);
            }
            return KL_OBJ_FROM_BOOL(kl_obj_is_true(call_special(self, m, 1, &other)));
        }
        kl_obj_t r = call_special(self, m, 1, &other);
        return r == kl_const_notimplemented ? KL_OBJ_NULL : r;
    }
    if (nb == NULL || nb->binary_op == NULL) {
        return KL_OBJ_NULL;
    }
    kl_obj_t sub = subobj_of(self), other_native = kl_obj_native(other, nb);
    kl_obj_t l = self_is_lhs ? sub : other_native;
#if KL_CFG_STR_PERCENT || KL_CFG_BYTES_FORMAT
    if (op == KL_BINARY_OP_MOD && (nb == &kl_type_str || nb == &kl_type_bytes)) {
        // fmt % args: the arguments are formatted as they are (a str subclass's __str__
        // counts), only the format is read natively; a format given back unchanged is the
        // instance.
        kl_obj_t r = nb->binary_op(op, l, rhs);
        return r == sub && r != KL_OBJ_NEW_QSTR(KL_QSTR_NULL) ? self : r;
    }
#endif
    kl_obj_t r = nb->binary_op(op, l, self_is_lhs ? other_native : sub);
    // An in-place operator that updated the native part (a list's +=) gives back the instance.
    // Otherwise a native part given back is a value of the base type, as CPython's `() + t` and
    // `'' + s` are an exact tuple and str: an immutable native one operand stands for, or a
    // small int that only looks like the part (`i += 0`).
    bool updated = op >= KL_BINARY_OP_INPLACE_ADD && op <= KL_BINARY_OP_INPLACE_LAST;
    return r == sub && updated && KL_OBJ_IS_OBJ(sub) ? self : r;
}

static kl_obj_t instance_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    const kl_obj_type_t *lt = kl_obj_get_type(lhs);
    return kl_instance_binary_op_side(op, lhs, rhs,
                                      is_heap_type(lt) && lt->binary_op == instance_binary_op);
}

static kl_obj_t instance_subscr(kl_obj_t self, kl_obj_t index, kl_obj_t value) {
    const kl_obj_type_t *type = class_of(self);
    kl_qstr_t name = value == KL_OBJ_SENTINEL ? KL_QSTR___getitem__
                     : value == KL_OBJ_NULL   ? KL_QSTR___delitem__
                                              : KL_QSTR___setitem__;
    kl_obj_t m = kl_type_lookup(type, name);
    if (m == KL_OBJ_NULL) {
        const kl_obj_type_t *nb = native_of(type);
        kl_subscr_fun_t subscr = nb != NULL ? kl_type_subscr(nb) : NULL;
        return subscr != NULL ? subscr(subobj_of(self), index, value) : KL_OBJ_NULL;
    }
    kl_obj_t args[2] = {index, value};
    kl_obj_t r =
        call_special(self, m, value == KL_OBJ_SENTINEL || value == KL_OBJ_NULL ? 1 : 2, args);
    return value == KL_OBJ_SENTINEL ? r : kl_const_none;
}

static kl_obj_t instance_call(kl_obj_t self, size_t n_args, size_t n_kw, const kl_obj_t *args) {
    const kl_obj_type_t *type = class_of(self);
    kl_obj_t m = kl_type_lookup(type, KL_QSTR___call__);
    if (m == KL_OBJ_NULL) {
        const kl_obj_type_t *nb = native_of(type);
        if (nb != NULL && kl_type_call_slot(nb) != NULL) {
            return kl_type_call_slot(nb)(subobj_of(self), n_args, n_kw, args);
        }
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("'%q' object is not callable"),
                         type->name);
    }
    return call_special_kw(self, m, n_args, n_kw, args);
}

// Iterating an object that only has __getitem__: the old sequence protocol.
typedef struct _seq_iter_t {
    kl_obj_base_t base;
    kl_obj_t seq;
    kl_int_t index;
} seq_iter_t;

static kl_obj_t seq_iter_next(kl_obj_t self) {
    seq_iter_t *it = (seq_iter_t *)self;
    if (it->seq == KL_OBJ_NULL) {
        return KL_OBJ_STOP_ITERATION;
    }
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_t v = kl_obj_subscr(it->seq, KL_OBJ_NEW_SMALL_INT(it->index), KL_OBJ_SENTINEL);
        kl_nlr_pop();
        it->index++;
        return v;
    }
    if (kl_obj_isinstance(nlr.ret_val, &kl_type_IndexError) ||
        kl_obj_isinstance(nlr.ret_val, &kl_type_StopIteration)) {
        it->seq = KL_OBJ_NULL;
        return KL_OBJ_STOP_ITERATION;
    }
    kl_nlr_jump(nlr.ret_val);
}

static const kl_obj_iter_type_t seq_iter_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_iterator,
        },
    .getiter = kl_iter_self,
    .iternext = seq_iter_next,
};
#define seq_iter_type (seq_iter_type_head.type)

kl_obj_t kl_obj_new_seq_iter(kl_obj_t seq) {
    seq_iter_t *it = kl_gc_alloc(sizeof(seq_iter_t), 0);
    it->base.type = &seq_iter_type;
    it->seq = seq;
    return KL_OBJ_FROM_PTR(it);
}

static kl_obj_t instance_getiter(kl_obj_t self, kl_obj_iter_buf_t *buf) {
    const kl_obj_type_t *type = class_of(self);
    kl_obj_t m = kl_type_lookup(type, KL_QSTR___iter__);
    if (m == kl_const_none) {
        return KL_OBJ_NULL;
    }
    if (m == KL_OBJ_NULL) {
        const kl_obj_type_t *nb = native_of(type);
        kl_getiter_fun_t getiter = nb != NULL ? kl_type_getiter(nb) : NULL;
        if (getiter != NULL) {
            // An iterator is its own iterator: the instance, so that its class's __next__ runs.
            kl_obj_t sub = subobj_of(self);
            kl_obj_t it = getiter(sub, buf);
            return it == sub ? self : it;
        }
        if (kl_type_lookup(type, KL_QSTR___getitem__) != KL_OBJ_NULL) {
            return kl_obj_new_seq_iter(self);
        }
        return KL_OBJ_NULL;
    }
    kl_obj_t it = call_special(self, m, 0, NULL);
    const kl_obj_type_t *it_type = kl_obj_get_type(it);
    if (kl_type_iternext(it_type) == NULL ||
        (is_heap_type(it_type) && kl_type_lookup(it_type, KL_QSTR___next__) == KL_OBJ_NULL &&
         (native_of(it_type) == NULL || kl_type_iternext(native_of(it_type)) == NULL))) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("iter() returned non-iterator of type '%T'"), it);
    }
    return it;
}

static kl_obj_t instance_iternext(kl_obj_t self) {
    const kl_obj_type_t *type = class_of(self);
    kl_obj_t m = kl_type_lookup(type, KL_QSTR___next__);
    if (m == KL_OBJ_NULL) {
        const kl_obj_type_t *nb = native_of(type);
        kl_iternext_fun_t iternext = nb != NULL ? kl_type_iternext(nb) : NULL;
        if (iternext != NULL) {
            return iternext(subobj_of(self));
        }
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("'%q' object is not an iterator"),
                         type->name);
    }
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_t r = call_special(self, m, 0, NULL);
        kl_nlr_pop();
        return r;
    }
    return kl_type_catch_stop(nlr.ret_val);
}

kl_obj_t kl_type_catch_stop(kl_obj_t exc) {
    if (!kl_obj_isinstance(exc, &kl_type_StopIteration)) {
        kl_nlr_jump(exc);
    }
    kl_state.roots.stop_iteration_value = kl_exception_stop_value(exc);
    return KL_OBJ_STOP_ITERATION;
}

// ---- Attributes of instances ----

static bool is_data_descriptor(kl_obj_t v) {
    if (!KL_OBJ_IS_OBJ(v) || v == KL_OBJ_NULL) {
        return false;
    }
    const kl_obj_type_t *t = ((kl_obj_base_t *)v)->type;
    if ((KL_CFG_PROPERTY_TYPE && t == &kl_type_property) ||
        (KL_CFG_SLOTS && t == &kl_type_member_descriptor)) {
        return true;
    }
#if KL_CFG_DESCRIPTORS
    return is_heap_type(t) && (kl_type_lookup(t, KL_QSTR___set__) != KL_OBJ_NULL ||
                               kl_type_lookup(t, KL_QSTR___delete__) != KL_OBJ_NULL);
#else
    return false;
#endif
}

static KL_NORETURN void raise_attr_error(kl_obj_t self, kl_qstr_t attr) {
    kl_obj_t exc = kl_obj_new_exception_fmt(
        &kl_type_AttributeError, KL_ERROR_TEXT("'%T' object has no attribute '%q'"), self, attr);
    kl_exception_set_attr_info(exc, self, attr);
    kl_raise(exc);
}

// Bind [v], which the MRO of [type], the class of [self], gives as [attr] (after class [after]
// there, for super()), as loading the attribute of [self] does.
static void bind_found(kl_obj_t v, kl_obj_t self, const kl_obj_type_t *type,
                       const kl_obj_type_t *after, kl_qstr_t attr, kl_obj_t *dest) {
    if (kl_obj_is_type(v, &kl_type_builtin_function)) {
        const kl_obj_type_t *nb = kl_type_native_base(type), *owner;
        if (nb != NULL && kl_type_lookup(nb, attr) == v) {
            // A builtin method of the native base works on the native part.
            dest[0] = v;
            dest[1] = subobj_of(self);
            return;
        }
        // One a class statement stored (`f = len`) is a plain function, not a method: unlike a
        // def, it does not bind to the instance.
        if (lookup_after(type, after, attr, &owner) == v && is_heap_type(owner)) {
            dest[0] = v;
            return;
        }
    }
    kl_type_bind_attr(v, self, type, dest);
}

// Plain attribute load on an instance, without __getattribute__/__getattr__ hooks.
static void instance_load(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    const kl_obj_type_t *type = class_of(self);
    kl_obj_t cls_v = kl_type_lookup(type, attr);
    if (cls_v != KL_OBJ_NULL && is_data_descriptor(cls_v)) {
        kl_type_bind_attr(cls_v, self, type, dest);
        return;
    }
    kl_obj_dict_t *dict = ((kl_obj_instance_t *)self)->dict;
    kl_map_elem_t *e = dict != NULL ? kl_map_lookup_qstr(&dict->map, attr, KL_MAP_LOOKUP) : NULL;
    if (e != NULL) {
        dest[0] = e->value;
        return;
    }
    const kl_obj_type_t *nb = native_of(type);
    if (cls_v != KL_OBJ_NULL) {
        bind_found(cls_v, self, type, NULL, attr, dest);
        return;
    }
    if (attr == KL_QSTR___class__) {
        dest[0] = KL_OBJ_FROM_PTR(type);
    }
#if KL_CFG_INSTANCE_DICT
    else if (attr == KL_QSTR___dict__ && !no_dict(type)) {
        instance_members(self);
        dest[0] = KL_OBJ_FROM_PTR(((kl_obj_instance_t *)self)->dict);
    }
#endif
#if KL_CFG_SLOTS
    else if (attr == KL_QSTR___weakref__ && instances_have_weakref(type)) {
        dest[0] = kl_const_none;
    }
#endif
    else if (nb != NULL && nb->attr != NULL) {
        nb->attr(subobj_of(self), attr, dest);
    } else if (type->flags & KL_TYPE_FLAG_EXCEPTION) {
        kl_exception_attr(self, attr, dest);
    }
}

#if KL_CFG_GETATTRIBUTE || KL_CFG_SETATTR_HOOKS
// The qstr of the name handed to object.__getattribute__ and friends, which may be anything.
static kl_qstr_t attr_name_arg(kl_obj_t name) {
    if (!kl_obj_is_str(name)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("attribute name must be string, not '%T'"), name);
    }
    return kl_obj_str_get_qstr(name);
}
#endif

#if KL_CFG_GETATTRIBUTE
static kl_obj_t object___getattribute__(kl_obj_t self, kl_obj_t name) {
    kl_qstr_t attr = attr_name_arg(name);
    kl_obj_t dest[2] = {KL_OBJ_NULL, KL_OBJ_NULL};
    if (is_instance_layout(kl_obj_get_type(self))) {
        instance_load(self, attr, dest);
    } else {
        kl_load_method_maybe(self, attr, dest);
    }
    if (dest[0] == KL_OBJ_NULL) {
        raise_attr_error(self, attr);
    }
    if (dest[1] != KL_OBJ_NULL) {
        return kl_obj_new_bound_meth(dest[0], dest[1]);
    }
    return dest[0];
}
#endif

#if KL_CFG_SETATTR_HOOKS
// The store (dest[1] set) or delete (dest[1] NULL) of [attr] on [self] through the __setattr__
// or __delattr__ of its class, or of its metaclass for a class; false when that is object's.
static bool call_store_hook(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    bool is_store = dest[1] != KL_OBJ_NULL;
    kl_qstr_t name = is_store ? KL_QSTR___setattr__ : KL_QSTR___delattr__;
    kl_obj_t hook = lookup_own(class_of(self), name);
    if (hook == KL_OBJ_NULL) {
        return false;
    }
    kl_obj_t args[2] = {KL_OBJ_NEW_QSTR(attr), dest[1]};
    call_special(self, hook, is_store ? 2 : 1, args);
    dest[0] = KL_OBJ_NULL;
    return true;
}
#else
// No class has a __setattr__ or __delattr__ of its own (kl_type_new refuses them).
#define call_store_hook(self, attr, dest) false
#endif

static void instance_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    const kl_obj_type_t *type = class_of(self);
    if (dest[0] == KL_OBJ_NULL) {
        // A user __getattribute__ sees every access; an AttributeError from it, or from the
        // normal lookup (a property raising it), falls back to __getattr__.
#if KL_CFG_GETATTRIBUTE
        kl_obj_t ga = kl_type_lookup(type, KL_QSTR___getattribute__);
        bool user_ga = ga != KL_OBJ_NULL && !is_object_default(ga) && attr != KL_QSTR___class__;
#else
        kl_obj_t ga = KL_OBJ_NULL; // no class has its own (kl_type_new refuses it)
        bool user_ga = false;
#endif
        // Looked up first, as CPython does: what the __getattribute__ call does to the class
        // does not change which __getattr__ runs.
        kl_obj_t getattr = kl_type_lookup(type, KL_QSTR___getattr__);
        bool has_getattr = getattr != KL_OBJ_NULL;
        kl_obj_t name = KL_OBJ_NEW_QSTR(attr);
        if (!user_ga && !has_getattr) {
            instance_load(self, attr, dest);
            return;
        }
        kl_nlr_buf_t nlr;
        if (kl_nlr_push(&nlr) == 0) {
            if (user_ga) {
                dest[0] = call_special(self, ga, 1, &name);
            } else {
                instance_load(self, attr, dest);
            }
            kl_nlr_pop();
            if (dest[0] != KL_OBJ_NULL) {
                return;
            }
        } else if (!has_getattr || !kl_obj_isinstance(nlr.ret_val, &kl_type_AttributeError)) {
            kl_nlr_jump(nlr.ret_val);
        }
        dest[1] = KL_OBJ_NULL;
        dest[0] = has_getattr ? call_special(self, getattr, 1, &name) : KL_OBJ_NULL;
        return;
    }
    if (!call_store_hook(self, attr, dest)) {
        kl_type_instance_store(self, attr, dest);
    }
}

// The default __setattr__/__delattr__ of instances: data descriptors first (properties, the
// member descriptors of __slots__), then the __dict__.
void kl_type_instance_store(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    const kl_obj_type_t *type = kl_obj_get_type(self);
    bool is_store = dest[1] != KL_OBJ_NULL;
    // What the class holds matters only when a descriptor can take the store: a member of
    // __slots__, a property or a class with __set__.
    kl_obj_t cls_v = KL_CFG_SLOTS || KL_CFG_PROPERTY_TYPE || KL_CFG_DESCRIPTORS
                         ? kl_type_lookup(type, attr)
                         : KL_OBJ_NULL;
    if (cls_v != KL_OBJ_NULL && KL_OBJ_IS_OBJ(cls_v)) {
        const kl_obj_type_t *vt = ((kl_obj_base_t *)cls_v)->type;
        if (KL_CFG_SLOTS && vt == &kl_type_member_descriptor) {
            kl_obj_member_set(cls_v, self, dest[1]);
            dest[0] = KL_OBJ_NULL;
            return;
        }
#if KL_CFG_PROPERTY_TYPE
        if (vt == &kl_type_property) {
            kl_obj_property_t *p = (kl_obj_property_t *)cls_v;
            kl_obj_t f = is_store ? p->fset : p->fdel;
            if (f == KL_OBJ_NULL || f == kl_const_none) {
                kl_obj_property_raise_missing(cls_v, type, is_store ? "setter" : "deleter");
            }
            if (is_store) {
                kl_call_function_2(f, self, dest[1]);
            } else {
                kl_call_function_1(f, self);
            }
            dest[0] = KL_OBJ_NULL;
            return;
        }
#endif
#if KL_CFG_DESCRIPTORS
        if (is_heap_type(vt)) {
            kl_obj_t m = kl_type_lookup(vt, is_store ? KL_QSTR___set__ : KL_QSTR___delete__);
            if (m != KL_OBJ_NULL) {
                kl_obj_t args[3] = {cls_v, self, dest[1]};
                kl_call_function_n_kw(m, is_store ? 3 : 2, 0, args);
                dest[0] = KL_OBJ_NULL;
                return;
            }
        }
#endif
    }
    if (!is_instance_layout(type)) {
        return; // leaves dest[0] set: the caller raises AttributeError
    }
    if (is_store && attr == KL_QSTR___class__) {
#if !KL_CFG_CLASS_ASSIGN
        kl_raise_NotImplementedError(KL_ERROR_TEXT("__class__ assignment"));
#else
        // Only between classes whose instances share a layout.
        kl_obj_t cls = dest[1];
        if (!kl_obj_isinstance(cls, &kl_type_type)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("__class__ must be set to a class, not '%T' object"),
                             cls);
        }
        const kl_obj_type_t *nt = (const kl_obj_type_t *)cls;
        if (!is_heap_type(nt)) {
            kl_raise_TypeError(KL_ERROR_TEXT("__class__ assignment only supported for mutable "
                                             "types or ModuleType subclasses"));
        }
        if (!same_layout(nt, type)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("__class__ assignment: '%q' object layout differs from "
                                           "'%q'"),
                             nt->name, type->name);
        }
        ((kl_obj_base_t *)self)->type = nt;
        dest[0] = KL_OBJ_NULL;
        return;
#endif
    }
    if (no_dict(type)) {
        // No __dict__ to put it in.
        if (cls_v != KL_OBJ_NULL) {
            kl_raise_msg_fmt(&kl_type_AttributeError,
                             KL_ERROR_TEXT("'%q' object attribute '%q' is read-only"), type->name,
                             attr);
        }
        raise_attr_error(self, attr);
    }
#if KL_CFG_INSTANCE_DICT
    if (is_store && attr == KL_QSTR___dict__) {
        if (!kl_obj_is_type(dest[1], &kl_type_dict)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("__dict__ must be set to a dictionary, not a '%T'"),
                             dest[1]);
        }
        ((kl_obj_instance_t *)self)->dict = (kl_obj_dict_t *)dest[1];
        dest[0] = KL_OBJ_NULL;
        return;
    }
#else
    if (attr == KL_QSTR___dict__) {
        // Stored in the dict it would be read back as the attribute no instance has here.
        raise_attr_error(self, attr);
    }
#endif
    if (!kl_type_map_store(instance_members(self), attr, dest)) {
        raise_attr_error(self, attr);
    }
}

#if KL_CFG_SETATTR_HOOKS
// object.__setattr__ ([value] set) and object.__delattr__ ([value] NULL).
static kl_obj_t object_store(kl_obj_t self, kl_obj_t name, kl_obj_t value) {
    kl_qstr_t attr = attr_name_arg(name);
    kl_obj_t dest[2] = {KL_OBJ_SENTINEL, value};
    if (kl_obj_isinstance(self, &kl_type_type)) {
        // type.__setattr__(cls, ...), super().__setattr__ in a metaclass.
        type_store((kl_obj_type_t *)self, attr, dest);
        return kl_const_none;
    }
    kl_type_instance_store(self, attr, dest);
    if (dest[0] != KL_OBJ_NULL) {
        raise_attr_error(self, attr);
    }
    return kl_const_none;
}

static kl_obj_t object___setattr__(kl_obj_t self, kl_obj_t name, kl_obj_t value) {
    return object_store(self, name, value);
}

static kl_obj_t object___delattr__(kl_obj_t self, kl_obj_t name) {
    return object_store(self, name, KL_OBJ_NULL);
}
#endif

// Add the keys of [map] (if not NULL) to [names] (see add_name).
static void add_keys(kl_obj_t names, kl_map_t *map) {
    size_t pos = 0;
    kl_map_elem_t *e;
    while (map != NULL && (e = kl_map_next(map, &pos)) != NULL) {
        kl_obj_dict_store(names, e->key, kl_const_none);
    }
}

void kl_type_dir(const kl_obj_type_t *type, kl_obj_t names) {
    const kl_obj_type_t *t;
    for (size_t i = 0; (t = mro_item(type, i)) != NULL; i++) {
        add_keys(names, t->locals_dict != NULL ? &t->locals_dict->map : NULL);
        add_slot_names(t, names);
    }
    // The numbers' parts, which their attribute functions provide rather than a dict.
    // (Without floats KL_TYPE_FLOAT is NULL, as the native base of a plain class may be.) Left
    // out by the preprocessor where no number has them, so that their names stay out of the
    // image too.
#if KL_CFG_INT_METHODS_FULL || KL_CFG_FLOAT
    const kl_obj_type_t *native = is_heap_type(type) ? kl_type_native_base(type) : type;
    bool is_int = native == &kl_type_int || native == &kl_type_bool;
    if (native != NULL && ((KL_CFG_INT_METHODS_FULL && is_int) || native == KL_TYPE_FLOAT ||
                           native == KL_TYPE_COMPLEX)) {
        add_name(names, KL_QSTR_real);
        add_name(names, KL_QSTR_imag);
        if (is_int) {
            add_name(names, KL_QSTR_numerator);
            add_name(names, KL_QSTR_denominator);
        }
    }
#endif
}

static kl_obj_t object___dir__(kl_obj_t self) {
    // The names without duplicates (one defined along the MRO more than once), in the order
    // first seen: the keys of a dict.
    kl_obj_t names = kl_obj_new_dict(0);
    const kl_obj_type_t *type = kl_obj_get_type(self);
    kl_map_t *own = NULL;
    if (is_instance_layout(type) && ((kl_obj_instance_t *)self)->dict != NULL) {
        own = &((kl_obj_instance_t *)self)->dict->map;
    } else if (!is_instance_layout(type) && kl_type_full(type)->attr != NULL) {
        // A builtin object that keeps its attributes in a dict (a function, a namespace).
        kl_obj_t d[2] = {KL_OBJ_NULL, KL_OBJ_NULL};
        kl_type_full(type)->attr(self, KL_QSTR___dict__, d);
        if (d[0] != KL_OBJ_NULL && kl_obj_is_type(d[0], &kl_type_dict)) {
            own = &((kl_obj_dict_t *)d[0])->map;
        }
    }
    add_keys(names, own);
    kl_type_dir(type, names);
    // What the attribute functions provide rather than a dict: the special attributes.
    add_name(names, KL_QSTR___class__);
#if KL_CFG_DOCSTRINGS
    add_name(names, KL_QSTR___doc__);
#endif
    if (is_instance_layout(type)) {
        add_name(names, KL_QSTR___module__);
        if (KL_CFG_INSTANCE_DICT && !no_dict(type)) {
            add_name(names, KL_QSTR___dict__);
        }
#if KL_CFG_SLOTS
        if (is_heap_type(type) && instances_have_weakref(type)) {
            add_name(names, KL_QSTR___weakref__);
        }
#endif
    }
    return kl_obj_list_from_iterable(names);
}

static void type_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind);
static kl_obj_t type_make_new(const kl_obj_type_t *meta, size_t n_args, size_t n_kw,
                              const kl_obj_t *args);
static void type_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest);
static kl_obj_t type_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs);
#if KL_CFG_METACLASS
static kl_obj_t meta_call(kl_obj_t self, size_t n_args, size_t n_kw, const kl_obj_t *args);
#endif

// ==== Creating instances ====

kl_obj_t kl_type_new_instance(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                              const kl_obj_t *args) {
    if (!is_heap_type(type)) {
        kl_make_new_fun_t make_new = kl_type_full(type)->make_new;
        if (make_new == NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("cannot create '%q' instances"),
                             type->name);
        }
        return make_new(type, n_args, n_kw, args);
    }
    size_t n = n_slots(type);
    if (type->flags & KL_TYPE_FLAG_EXCEPTION) {
        // The exception object (a group's message and exceptions stay empty: only
        // BaseExceptionGroup.__new__ fills them), then room for the slot values.
        kl_obj_exception_t *e = kl_gc_alloc(kl_type_instance_bytes(type, exception_size(type)), 0);
        e->base.type = type;
        e->args = kl_obj_new_tuple(n_args, args); // the empty tuple when n_args is 0
        kl_exception_split_os_args(KL_OBJ_FROM_PTR(e), n_args, args);
        return KL_OBJ_FROM_PTR(e);
    }
    const kl_obj_type_t *nb = native_of(type);
    kl_obj_instance_t *o =
        kl_gc_alloc(sizeof(kl_obj_instance_t) + ((nb != NULL) + n) * sizeof(kl_obj_t), 0);
    o->base.type = type;
    // The __dict__ is made when first needed (instance_members): an instance that never gets
    // an attribute has none.
    if (nb != NULL) {
        o->subobj[0] = nb->make_new(nb, n_args, n_kw, args);
    }
    return KL_OBJ_FROM_PTR(o);
}

static bool native_takes_init_args(const kl_obj_type_t *native) {
    // Immutable builtins, iterators (itertools.count...) and the method wrappers take their
    // value at creation; mutable ones in __init__ (which, for a subclass that overrides
    // __init__, may never pass them on).
    return (native->flags & KL_TYPE_FLAG_ITER_SELF) || native == &kl_type_int ||
           native == KL_TYPE_FLOAT || native == &kl_type_str || native == &kl_type_tuple ||
           native == &kl_type_bytes || native == &kl_type_bool || native == &kl_type_frozenset ||
           native == KL_TYPE_COMPLEX || native == &kl_type_staticmethod ||
           native == &kl_type_classmethod;
}

static kl_obj_t heap_type_call(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                               const kl_obj_t *args) {
    kl_obj_t new_fn = kl_type_lookup(type, KL_QSTR___new__);
    kl_obj_t init = lookup_own(type, KL_QSTR___init__);
    bool custom_new = new_fn != KL_OBJ_NULL && new_fn != KL_ROM_PTR(&object___new___obj);
    bool custom_init = init != KL_OBJ_NULL;
    kl_obj_t obj;
    if (custom_new) {
        kl_obj_t fn = new_fn;
        if (kl_obj_is_type(fn, &kl_type_staticmethod)) {
            fn = ((kl_obj_static_class_method_t *)fn)->fun;
        }
        obj = kl_call_method_self(fn, KL_OBJ_FROM_PTR(type), n_args, n_kw, args);
        if (!kl_obj_isinstance(obj, type)) {
            return obj;
        }
    } else {
        // The arguments go to the new instance (its native value, an exception's args) unless
        // __init__ takes them and the native value is filled there.
        const kl_obj_type_t *nb = native_of(type);
        size_t pass_args = n_args, pass_kw = n_kw;
        if (nb == NULL) {
            if (!custom_init && (n_args != 0 || n_kw != 0) &&
                !(type->flags & KL_TYPE_FLAG_EXCEPTION)) {
                kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("%q() takes no arguments"),
                                 type->name);
            }
        } else if (custom_init && !native_takes_init_args(nb)) {
            pass_args = pass_kw = 0;
        }
        obj = kl_type_new_instance(type, pass_args, pass_kw, args);
    }
    if (custom_init) {
        kl_obj_t r = kl_call_method_self(init, obj, n_args, n_kw, args);
        if (r != kl_const_none) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("__init__() should return None, not '%T'"), r);
        }
    }
    return obj;
}

// ==== type ====

bool kl_type_heap_defines(const kl_obj_type_t *meta, kl_qstr_t name) {
    const kl_obj_type_t *t;
    for (size_t i = 0; is_heap_type(meta) && (t = mro_item(meta, i)) != NULL; i++) {
        if (is_heap_type(t) && dict_lookup(t->locals_dict, name) != KL_OBJ_NULL) {
            return true;
        }
    }
    return false;
}

#if KL_CFG_METACLASS
// Operators on classes whose metaclass is defined in Python: its dunders (C == x with a
// metaclass __eq__), else what every class does (identity, C | D).
static kl_obj_t meta_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    const kl_obj_type_t *lt = kl_obj_get_type(lhs);
    kl_obj_t r = kl_instance_binary_op_side(op, lhs, rhs,
                                            is_heap_type(lt) && lt->binary_op == meta_binary_op);
    if (r != KL_OBJ_NULL) {
        return r;
    }
    return type_binary_op(op, lhs, rhs);
}

// repr() and str() of a class whose metaclass is defined in Python.
static void meta_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    const kl_obj_type_t *meta = kl_obj_get_type(o);
    if (kl_type_heap_defines(meta, KL_QSTR___repr__) ||
        (kind == KL_PRINT_STR && kl_type_heap_defines(meta, KL_QSTR___str__))) {
        instance_print(print, o, kind);
        return;
    }
    type_print(print, o, kind);
}
#endif

// A builtin type's name is its tp_name in CPython's sense: "int", or "module.Name" for one
// that lives in a module (types.SimpleNamespace, re.Match). [module] picks the part before the
// last dot ("builtins" when there is none), else the part after it.
static kl_obj_t builtin_name_part(const kl_obj_type_t *t, bool module) {
    size_t len;
    const char *name = kl_qstr_data(t->name, &len);
    size_t dot = len;
    while (dot > 0 && name[dot - 1] != '.') {
        dot--;
    }
    if (dot == 0) {
        return KL_OBJ_NEW_QSTR(module ? KL_QSTR_builtins : t->name);
    }
    return module ? kl_obj_new_str(name, dot - 1) : kl_obj_new_str(name + dot, len - dot);
}

static void type_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    kl_print_str(print, "<class '");
    print_type_name(print, (const kl_obj_type_t *)o);
    kl_print_str(print, "'>");
}

static kl_obj_t type_call(kl_obj_t self, size_t n_args, size_t n_kw, const kl_obj_t *args) {
    const kl_obj_type_t *type = (const kl_obj_type_t *)self;
    if (is_heap_type(type)) {
        return heap_type_call(type, n_args, n_kw, args);
    }
    return kl_type_new_instance(type, n_args, n_kw, args);
}

#if KL_CFG_METACLASS
// Calling a class whose metaclass is defined in Python: the metaclass's __call__ if it has one,
// else the usual instance creation.
static kl_obj_t meta_call(kl_obj_t self, size_t n_args, size_t n_kw, const kl_obj_t *args) {
    const kl_obj_type_t *meta = kl_obj_get_type(self);
    kl_obj_t call = kl_type_lookup(meta, KL_QSTR___call__);
    if (call != KL_OBJ_NULL && kl_obj_is_type(call, &kl_type_function)) {
        return kl_call_method_self(call, self, n_args, n_kw, args);
    }
    return type_call(self, n_args, n_kw, args);
}
#endif

#if KL_CFG_ABC_PROTOCOL || STORED_MRO
// A tuple of [first] (unless NULL), then the MRO of [t].
static kl_obj_t mro_after(kl_obj_t first, const kl_obj_type_t *t) {
    kl_obj_t l = kl_obj_new_list(first != KL_OBJ_NULL, &first);
    const kl_obj_type_t *c;
    for (size_t i = 0; (c = mro_item(t, i)) != NULL; i++) {
        kl_obj_list_append(l, KL_OBJ_FROM_PTR(c));
    }
    return kl_obj_tuple_from_iterable(l);
}

// [t].__mro__: the tuple a class stores, or one made for a builtin type.
static kl_obj_t mro_tuple(const kl_obj_type_t *t) {
    if (kl_type_mro(t) != NULL) {
        return KL_OBJ_FROM_PTR(kl_type_mro(t));
    }
    return mro_after(KL_OBJ_NULL, t);
}
#endif

#if STORED_MRO
// C3 linearisation of [bases] for a new class; with one base (all there may be without
// KL_CFG_MULTIPLE_INHERITANCE), the class, then the MRO of its base.
static kl_obj_tuple_t *compute_mro(kl_obj_t cls, kl_obj_tuple_t *bases) {
#if !KL_CFG_MULTIPLE_INHERITANCE
    return KL_OBJ_TO_PTR(mro_after(cls, (const kl_obj_type_t *)bases->items[0]));
#else
    size_t nb = bases->len;
    // Sequences to merge: the MRO of each base, then the list of bases.
    kl_obj_t *seqs = kl_gc_alloc((nb + 1) * sizeof(kl_obj_t), 0);
    size_t *pos = kl_gc_alloc((nb + 1) * sizeof(size_t), KL_GC_ATOMIC);
    for (size_t i = 0; i < nb; i++) {
        seqs[i] = mro_tuple((const kl_obj_type_t *)bases->items[i]);
    }
    seqs[nb] = KL_OBJ_FROM_PTR(bases);
    kl_obj_t out = kl_obj_new_list(0, NULL);
    kl_obj_list_append(out, cls);
    for (;;) {
        bool any = false;
        kl_obj_t candidate = KL_OBJ_NULL;
        for (size_t i = 0; i <= nb; i++) {
            size_t len;
            kl_obj_t *items;
            kl_obj_get_array(seqs[i], &len, &items);
            if (pos[i] >= len) {
                continue;
            }
            any = true;
            kl_obj_t c = items[pos[i]];
            // c must not appear in the tail of any sequence.
            bool in_tail = false;
            for (size_t j = 0; j <= nb && !in_tail; j++) {
                size_t jl;
                kl_obj_t *ji;
                kl_obj_get_array(seqs[j], &jl, &ji);
                for (size_t k = pos[j] + 1; k < jl; k++) {
                    if (ji[k] == c) {
                        in_tail = true;
                        break;
                    }
                }
            }
            if (!in_tail) {
                candidate = c;
                break;
            }
        }
        if (!any) {
            break;
        }
        if (candidate == KL_OBJ_NULL) {
#if KL_CFG_ERROR_TEXT
            kl_vstr_t v;
            kl_vstr_init(&v, 64);
            kl_print_t p;
            kl_vstr_print(&p, &v);
            kl_printf(&p, "Cannot create a consistent method resolution\norder (MRO) for bases");
            for (size_t i = 0; i < nb; i++) {
                kl_printf(&p, "%s%q", i ? ", " : " ", ((kl_obj_type_t *)bases->items[i])->name);
            }
            kl_raise(kl_obj_new_exception_arg1(&kl_type_TypeError, kl_vstr_to_str(&v)));
#else
            kl_raise_TypeError("");
#endif
        }
        kl_obj_list_append(out, candidate);
        for (size_t i = 0; i <= nb; i++) {
            size_t len;
            kl_obj_t *items;
            kl_obj_get_array(seqs[i], &len, &items);
            if (pos[i] < len && items[pos[i]] == candidate) {
                pos[i]++;
            }
        }
    }
    size_t len;
    kl_obj_t *items;
    kl_obj_get_array(out, &len, &items);
    return (kl_obj_tuple_t *)kl_obj_new_tuple(len, items);
#endif
}
#endif

#if KL_CFG_METACLASS
const kl_obj_type_t *kl_type_winner(const kl_obj_type_t *meta, kl_obj_t bases) {
    size_t nb;
    kl_obj_t *items;
    kl_obj_get_array(bases, &nb, &items);
    for (size_t i = 0; i < nb; i++) {
        const kl_obj_type_t *m = kl_obj_get_type(items[i]);
        if (kl_obj_is_subclass(m, meta)) {
            meta = m;
        } else if (!kl_obj_is_subclass(meta, m)) {
            kl_raise_TypeError(KL_ERROR_TEXT("metaclass conflict: the metaclass of a derived "
                                             "class must be a (non-strict) subclass of the "
                                             "metaclasses of all its bases"));
        }
    }
    return meta;
}
#endif

kl_obj_t kl_type_new_from_c(kl_obj_t name, kl_obj_t bases, kl_obj_t dict) {
    kl_obj_t cls = kl_type_new(&kl_type_type, name, bases, dict);
    // A builtin function in a class statement's namespace is a plain function (it does not
    // bind); here the C code means a method, so each becomes a method descriptor.
    kl_map_t *map = &((kl_obj_type_t *)cls)->locals_dict->map;
    size_t pos = 0;
    kl_map_elem_t *e;
    while ((e = kl_map_next(map, &pos)) != NULL) {
        if (kl_obj_is_type(e->value, &kl_type_builtin_function)) {
            e->value = kl_obj_new_method_descriptor((const kl_obj_type_t *)cls, e->value);
        }
    }
    kl_type_cache_invalidate();
    return cls;
}

// [name] in class dict [map], None unless it is there.
static void set_default(kl_map_t *map, kl_qstr_t name) {
    kl_map_elem_t *e = kl_map_lookup_qstr(map, name, KL_MAP_LOOKUP_ADD_IF_NOT_FOUND);
    if (e->value == KL_OBJ_NULL) {
        e->value = kl_const_none;
    }
}

#define REFUSE_LEFT_OUT                                                                            \
    (!KL_CFG_CLASS_HOOKS || !KL_CFG_GETATTRIBUTE || !KL_CFG_SPECIAL_METHODS_FULL ||                \
     !KL_CFG_DESCRIPTORS || !KL_CFG_SETATTR_HOOKS)

#if REFUSE_LEFT_OUT
// The dunders whose machinery this build leaves out: a class that had one would see it go
// uncalled, so defining or setting one is a NotImplementedError instead. Each is the length of
// the text between its underscores (an octal escape), then the text; the names themselves need
// not be in the image.
static const char left_out_hooks[] =
#if !KL_CFG_CLASS_HOOKS
    "\015init_subclass\010set_name"
#endif
#if !KL_CFG_GETATTRIBUTE
    "\014getattribute"
#endif
#if !KL_CFG_DESCRIPTORS
    "\003get\003set\006delete"
#endif
#if !KL_CFG_SETATTR_HOOKS
    "\007setattr\007delattr"
#endif
#if !KL_CFG_SPECIAL_METHODS_FULL
    // divmod() and round() (vm/mod_builtins.c), int() (vm/obj_int.c) and subscripts of classes
    // (vm/obj.c) call none of these.
    "\006divmod\007rdivmod\005round\005trunc\015class_getitem"
#endif
    ;

// Whether [s] ([len] bytes), the text between the underscores of a dunder, names one left out.
static bool is_left_out(const char *s, size_t len) {
    for (const char *h = left_out_hooks; *h != '\0'; h += *h + 1) {
        if ((size_t)*h == len && memcmp(h + 1, s, len) == 0) {
            return true;
        }
    }
#if !KL_CFG_SPECIAL_METHODS_FULL
    // __rop__ and __iop__: r or i, then the name of an operator's __op__.
    if (*s == 'r' || *s == 'i') {
        for (size_t i = 0; i < KL_BINARY_OP_NUM_ARITH; i++) {
            size_t n;
            const char *op = kl_qstr_data(binary_names[i], &n);
            if (n - 3 == len && memcmp(op + 2, s + 1, len - 1) == 0) {
                return true;
            }
        }
    }
#endif
    return false;
}

// Refuse [name], a key of a new class's dict or an attribute set on a class, if it is a
// left-out dunder.
static void refuse_left_out(kl_obj_t name) {
    if (!kl_obj_is_str(name)) {
        return;
    }
    size_t len;
    const char *s = kl_obj_str_get_data(name, &len);
    if (len >= 5 && s[0] == '_' && s[1] == '_' && s[len - 1] == '_' && s[len - 2] == '_' &&
        is_left_out(s + 2, len - 4)) {
        kl_raise_msg_fmt(&kl_type_NotImplementedError, KL_ERROR_TEXT("%S"), name);
    }
}
#endif

kl_obj_t kl_type_new(const kl_obj_type_t *meta, kl_obj_t name, kl_obj_t bases_in, kl_obj_t dict) {
#if KL_CFG_METACLASS
    meta = kl_type_winner(meta, bases_in);
#endif
    kl_obj_tuple_t *bases = (kl_obj_tuple_t *)bases_in;
    if (bases->len == 0) {
        kl_obj_t obj = KL_OBJ_FROM_PTR(&kl_type_object);
        bases = (kl_obj_tuple_t *)kl_obj_new_tuple(1, &obj);
    }
#if !KL_CFG_MULTIPLE_INHERITANCE
    if (bases->len > 1) {
        kl_raise_NotImplementedError(KL_ERROR_TEXT("multiple inheritance"));
    }
#endif
    const kl_obj_type_t *native = NULL;
    bool is_exc = false;
    // One base without KL_CFG_MULTIPLE_INHERITANCE: the checks between bases drop out.
    size_t n_bases = KL_CFG_MULTIPLE_INHERITANCE ? bases->len : 1;
    for (size_t i = 0; i < n_bases; i++) {
        kl_obj_t b = bases->items[i];
        if (!kl_obj_isinstance(b, &kl_type_type)) {
            // CPython finds the most derived metaclass first: type(b) is not a metaclass, so
            // neither derives from the other.
            kl_raise_TypeError(KL_ERROR_TEXT("metaclass conflict: the metaclass of a derived "
                                             "class must be a (non-strict) subclass of the "
                                             "metaclasses of all its bases"));
        }
        const kl_obj_type_t *bt = (const kl_obj_type_t *)b;
        if (!(bt->flags & KL_TYPE_FLAG_BASETYPE)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("type '%q' is not an acceptable base type"), bt->name);
        }
        for (size_t j = 0; j < i; j++) {
            if (bases->items[j] == b) {
                kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("duplicate base class %q"),
                                 bt->name);
            }
        }
        if (bt->flags & KL_TYPE_FLAG_EXCEPTION) {
            is_exc = true;
        }
        const kl_obj_type_t *nb_t = is_heap_type(bt) ? kl_type_native_base(bt) : bt;
#if KL_CFG_METACLASS
        if (is_heap_type(bt) && kl_obj_is_subclass(bt, &kl_type_type)) {
            nb_t = &kl_type_type; // a metaclass's subclass is a metaclass too
        }
#else
        if (bt == &kl_type_type) {
            kl_raise_NotImplementedError(KL_ERROR_TEXT("metaclasses"));
        }
#endif
        if (nb_t == &kl_type_object || (nb_t != NULL && (nb_t->flags & KL_TYPE_FLAG_EXCEPTION))) {
            nb_t = NULL;
        }
        if (nb_t != NULL) {
            if (native != NULL && native != nb_t) {
                kl_raise_TypeError(KL_ERROR_TEXT("multiple bases have instance lay-out conflict"));
            }
            native = nb_t;
        }
    }
    // (One base cannot be both: an exception class has no native base.)
    if (KL_CFG_MULTIPLE_INHERITANCE && is_exc && native != NULL) {
        kl_raise_TypeError(KL_ERROR_TEXT("multiple bases have instance lay-out conflict"));
    }
    heap_type_t *h = kl_gc_alloc(sizeof(heap_type_t), KL_GC_LONG_LIVED);
    kl_obj_type_t *t = &h->type;
    t->base.type = meta;
    t->flags = KL_TYPE_FLAG_HEAP | (STORED_MRO ? KL_TYPE_FLAG_MRO : 0) | KL_TYPE_FLAG_CALL |
               KL_TYPE_FLAG_BASETYPE | (is_exc ? KL_TYPE_FLAG_EXCEPTION : 0);
    t->name = (uint16_t)kl_obj_str_get_qstr(name);
    t->make_new = kl_type_new_instance;
    t->print = instance_print;
    h->call = instance_call;
    h->unary_op = instance_unary_op;
    t->binary_op = instance_binary_op;
    t->attr = instance_attr;
    h->subscr = instance_subscr;
    h->getiter = instance_getiter;
    h->iternext = instance_iternext;
    t->parent = (const kl_obj_type_t *)bases->items[0];
    h->bases = bases;
    h->native_base = native;
#if KL_CFG_METACLASS
    // A subclass of a user metaclass is a metaclass too (that one's native_base is NULL).
    bool is_meta = native == &kl_type_type;
    for (size_t i = 0; i < bases->len && !is_meta; i++) {
        is_meta = kl_obj_is_subclass((const kl_obj_type_t *)bases->items[i], &kl_type_type);
    }
    if (is_meta) {
        // A metaclass: its instances are classes, so it takes type's slots, with the
        // metaclass's own __call__ honoured by meta_call.
        // len(C), C[k], iter(C) and repr(C) use the metaclass's dunders when it has them.
        t->make_new = type_make_new;
        t->print = meta_print;
        h->call = meta_call;
        h->unary_op = instance_unary_op;
        t->binary_op = meta_binary_op;
        t->attr = type_attr;
        h->subscr = instance_subscr;
        h->getiter = instance_getiter;
        h->native_base = NULL;
    }
#endif
    // The class dict: a copy of the namespace (so the body's mapping is not shared).
    kl_obj_dict_t *d = (kl_obj_dict_t *)kl_obj_new_dict(0);
    if (dict != KL_OBJ_NULL) {
        kl_obj_dict_update(KL_OBJ_FROM_PTR(d), dict, false);
    }
    t->locals_dict = d;
#if REFUSE_LEFT_OUT
    {
        size_t pos = 0;
        kl_map_elem_t *e;
        while ((e = kl_map_next(&d->map, &pos)) != NULL) {
            refuse_left_out(e->key);
        }
    }
#endif
    // __qualname__ is the type's, not a class attribute; __doc__ always is one, None when the
    // body gave none (both as CPython's type.__new__ does, the second below).
    kl_map_elem_t *qn = kl_map_lookup_qstr(&d->map, KL_QSTR___qualname__, KL_MAP_LOOKUP_REMOVE);
    if (qn != NULL) {
        if (!kl_obj_is_str(qn->value)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("type __qualname__ must be a str, not %T"), qn->value);
        }
        h->qualname = qn->value;
    }
    class_layout(h, bases);
#if KL_CFG_DOCSTRINGS
    // After __slots__, which may name __doc__ itself.
    set_default(&d->map, KL_QSTR___doc__);
#endif
#if STORED_MRO
    h->mro = compute_mro(KL_OBJ_FROM_PTR(t), bases);
#endif
#if KL_CFG_ABC_PROTOCOL
    // Remember the new class in its heap bases, for __subclasses__().
    for (size_t i = 0; i < bases->len; i++) {
        heap_type_t *bh = (heap_type_t *)bases->items[i];
        if (is_heap_type(&bh->type)) {
            if (bh->subclasses == KL_OBJ_NULL) {
                bh->subclasses = kl_obj_new_list(0, NULL);
            }
            kl_obj_list_append(bh->subclasses, KL_OBJ_FROM_PTR(t));
        }
    }
#endif
    // Wrap __new__ as a static method, __init_subclass__ and __class_getitem__ as class
    // methods, as CPython does (without KL_CFG_SPECIAL_METHODS_FULL refuse_left_out has refused
    // a __class_getitem__ already).
    static const uint16_t implicit[] = {
        KL_QSTR___new__,
#if KL_CFG_SPECIAL_METHODS_FULL
        KL_QSTR___class_getitem__,
#endif
#if KL_CFG_CLASS_HOOKS
        KL_QSTR___init_subclass__,
#endif
    };
    kl_map_elem_t *e;
    for (size_t i = 0; i < sizeof(implicit) / sizeof(implicit[0]); i++) {
        e = kl_map_lookup_qstr(&d->map, implicit[i], KL_MAP_LOOKUP);
        if (e != NULL && kl_obj_is_type(e->value, &kl_type_function)) {
            e->value = kl_obj_new_static_class_method(
                i == 0 ? &kl_type_staticmethod : &kl_type_classmethod, e->value);
        }
    }
    // A class that defines __eq__ but not __hash__ is unhashable.
    if (kl_map_lookup_qstr(&d->map, KL_QSTR___eq__, KL_MAP_LOOKUP) != NULL) {
        set_default(&d->map, KL_QSTR___hash__);
    }
    // __classcell__ from the class body gets the class.
    e = kl_map_lookup_qstr(&d->map, KL_QSTR___classcell__, KL_MAP_LOOKUP_REMOVE);
    if (e != NULL && kl_obj_is_type(e->value, &kl_type_cell)) {
        ((kl_obj_cell_t *)e->value)->value = KL_OBJ_FROM_PTR(t);
    }
#if KL_CFG_PROPERTY || KL_CFG_CLASS_HOOKS
    // __set_name__ on descriptors (the caller then calls the parent's __init_subclass__).
    size_t pos = 0;
    while ((e = kl_map_next(&d->map, &pos)) != NULL) {
        kl_obj_t v = e->value;
#if KL_CFG_PROPERTY
        if (kl_obj_is_type(v, &kl_type_property)) {
            // A builtin type's property (a getset descriptor to CPython) lives in flash and
            // keeps no name.
            if (kl_gc_is_heap_ptr(v)) {
                ((kl_obj_property_t *)v)->name = e->key;
            }
            continue;
        }
#endif
#if KL_CFG_CLASS_HOOKS
        if (KL_OBJ_IS_OBJ(v) && v != KL_OBJ_NULL && is_heap_type(((kl_obj_base_t *)v)->type)) {
            kl_obj_t m[2];
            kl_load_method_maybe(v, KL_QSTR___set_name__, m);
            if (m[0] != KL_OBJ_NULL) {
                kl_obj_t args[4] = {m[0], m[1], KL_OBJ_FROM_PTR(t), e->key};
                kl_call_method_n_kw(2, 0, args);
            }
        }
#endif
    }
#endif
    return KL_OBJ_FROM_PTR(t);
}

// __init_subclass__ of the parent of the new class [cls], with the class keywords.
static void call_init_subclass(kl_obj_t cls, size_t n_kw, const kl_obj_t *kw) {
    const kl_obj_type_t *t = (const kl_obj_type_t *)cls;
#if KL_CFG_CLASS_HOOKS
    kl_obj_t m[2];
    const kl_obj_type_t *owner;
    kl_obj_t isc = lookup_after(t, t, KL_QSTR___init_subclass__, &owner);
    if (isc != KL_OBJ_NULL && !is_object_default(isc)) {
        kl_type_bind_attr(isc, cls, t, m);
        if (m[1] == KL_OBJ_NULL) {
            kl_call_function_n_kw(m[0], 0, n_kw, kw);
        } else {
            kl_call_method_self(m[0], m[1], 0, n_kw, kw);
        }
        return;
    }
#else
    (void)kw;
#endif
    // object.__init_subclass__ (without KL_CFG_CLASS_HOOKS no class defines another).
    if (n_kw != 0) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%q.__init_subclass__() takes no keyword arguments"),
                         t->name);
    }
}

// The name, bases and namespace of a new class: a str, a tuple and a dict.
static void check_new_class_args(const kl_obj_t *args) {
    if (!kl_obj_is_str(args[0])) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("type.__new__() argument 1 must be str, not %T"), args[0]);
    }
    if (!kl_obj_is_type(args[1], &kl_type_tuple)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("type.__new__() argument 2 must be tuple, not %T"), args[1]);
    }
    if (!kl_obj_is_type(args[2], &kl_type_dict)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("type.__new__() argument 3 must be dict, not %T"), args[2]);
    }
}

// type(name, bases, dict) or type.__new__: the class, which, as in CPython, belongs to the
// module of the running code when the dict names none (type('T', (), {}) in a script is
// __main__.T).
static kl_obj_t new_class_in_caller(const kl_obj_type_t *meta, const kl_obj_t *args) {
    kl_obj_t cls = kl_type_new(meta, args[0], args[1], args[2]);
    kl_obj_dict_t *ns = ((kl_obj_type_t *)cls)->locals_dict;
    if (dict_lookup(ns, KL_QSTR___module__) == KL_OBJ_NULL && kl_state.frame != NULL &&
        kl_obj_is_type(kl_state.frame->globals, &kl_type_dict)) {
        kl_obj_t name = kl_obj_dict_get(kl_state.frame->globals, KL_OBJ_NEW_QSTR(KL_QSTR___name__));
        if (name != KL_OBJ_NULL) {
            kl_obj_dict_store(KL_OBJ_FROM_PTR(ns), KL_OBJ_NEW_QSTR(KL_QSTR___module__), name);
        }
    }
    return cls;
}

static kl_obj_t type_make_new(const kl_obj_type_t *meta, size_t n_args, size_t n_kw,
                              const kl_obj_t *args) {
    if (n_args == 1 && n_kw == 0) {
        return KL_OBJ_FROM_PTR(kl_obj_get_type(args[0]));
    }
    if (n_args != 3) {
        kl_raise_TypeError(KL_ERROR_TEXT("type() takes 1 or 3 arguments"));
    }
    check_new_class_args(args);
#if KL_CFG_METACLASS
    // type(name, bases, dict) with a base whose metaclass is more derived makes an instance of
    // that metaclass, through its own __new__ if it has one.
    const kl_obj_type_t *winner = kl_type_winner(meta, args[1]);
    if (winner != meta) {
        kl_obj_t wnew = kl_type_lookup(winner, KL_QSTR___new__);
        if (wnew != KL_OBJ_NULL && wnew != kl_type_lookup(&kl_type_type, KL_QSTR___new__)) {
            kl_obj_t call[4] = {KL_OBJ_FROM_PTR(winner), args[0], args[1], args[2]};
            kl_obj_t m[2] = {KL_OBJ_NULL, KL_OBJ_NULL};
            kl_type_bind_attr(wnew, KL_OBJ_FROM_PTR(winner), winner, m); // a static method
            return kl_call_function_n_kw(m[0], 4, 0, call);
        }
    }
#else
    const kl_obj_type_t *winner = meta;
#endif
    kl_obj_t cls = new_class_in_caller(winner, args);
    call_init_subclass(cls, n_kw, args + 3);
    return cls;
}

// Store (dest[1] set) or delete (dest[1] NULL) an attribute of a class, in its own dict.
static void type_store(kl_obj_type_t *type, kl_qstr_t attr, kl_obj_t *dest) {
    {
        if (!is_heap_type(type)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("cannot set '%q' attribute of immutable type '%q'"),
                             attr, type->name);
        }
        kl_map_t *map = &type->locals_dict->map;
        kl_type_cache_invalidate();
#if REFUSE_LEFT_OUT
        // Hooks set after the class was made would go uncalled too (see kl_type_new).
        refuse_left_out(KL_OBJ_NEW_QSTR(attr));
#endif
        if (attr == KL_QSTR___name__ || attr == KL_QSTR___qualname__) {
            // Both live in the type, not in its dict (kl_type_new took __qualname__ out of the
            // namespace): repr, errors and the attributes read them there.
            if (dest[1] == KL_OBJ_NULL) {
                kl_raise_msg_fmt(
                    &kl_type_TypeError,
                    KL_ERROR_TEXT("cannot delete '%q' attribute of immutable type '%q'"), attr,
                    type->name);
            }
            if (!kl_obj_is_str(dest[1])) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("can only assign string to %q.%q, not '%T'"),
                                 type->name, attr, dest[1]);
            }
            if (attr == KL_QSTR___name__) {
                type->name = (uint16_t)kl_obj_str_get_qstr(dest[1]);
            } else {
                ((heap_type_t *)type)->qualname = dest[1];
            }
            dest[0] = KL_OBJ_NULL;
            return;
        }
        if (!kl_type_map_store(map, attr, dest)) {
            kl_raise_msg_fmt(&kl_type_AttributeError, KL_ERROR_TEXT("%q"), attr);
        }
    }
}

static void type_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    kl_obj_type_t *type = (kl_obj_type_t *)self;
    if (dest[0] != KL_OBJ_NULL) {
        // Store or delete on a class: a metaclass's __setattr__/__delattr__ sees it first.
#if KL_CFG_METACLASS
        if (call_store_hook(self, attr, dest)) {
            return;
        }
#endif
        type_store(type, attr, dest);
        return;
    }
    switch (attr) {
#if KL_CFG_ABC_PROTOCOL
        case KL_QSTR___name__:
        case KL_QSTR___qualname__:
            dest[0] = !is_heap_type(type)        ? builtin_name_part(type, false)
                      : attr == KL_QSTR___name__ ? KL_OBJ_NEW_QSTR(type->name)
                                                 : kl_type_qualname(type);
            return;
#else
        case KL_QSTR___name__:
            dest[0] =
                is_heap_type(type) ? KL_OBJ_NEW_QSTR(type->name) : builtin_name_part(type, false);
            return;
#endif
#if KL_CFG_ABC_PROTOCOL
        case KL_QSTR___bases__:
        case KL_QSTR___base__: {
            // A builtin type's one base is its parent, else object, which has none.
            kl_obj_t p = type->parent != NULL ? KL_OBJ_FROM_PTR(type->parent)
                                              : KL_OBJ_FROM_PTR(&kl_type_object);
            if (attr == KL_QSTR___base__) {
                dest[0] = type == &kl_type_object ? kl_const_none : p;
            } else if (type->flags & KL_TYPE_FLAG_MRO) {
                dest[0] = KL_OBJ_FROM_PTR(as_heap_type(type)->bases);
            } else {
                dest[0] = kl_obj_new_tuple(type != &kl_type_object, &p); // object's: empty
            }
            return;
        }
        case KL_QSTR___mro__:
            dest[0] = mro_tuple(type);
            return;
#endif
#if KL_CFG_MAPPINGPROXY
        case KL_QSTR___dict__:
            // A read-only view: writes must go through setattr so the lookup cache sees them.
            dest[0] = kl_obj_new_mappingproxy(is_heap_type(type) && type->locals_dict != NULL
                                                  ? KL_OBJ_FROM_PTR(type->locals_dict)
                                                  : builtin_type_dict(type));
            return;
#endif
        case KL_QSTR___class__:
            dest[0] = KL_OBJ_FROM_PTR(class_of(self));
            return;
#if KL_CFG_ABC_PROTOCOL
        case KL_QSTR___module__:
            if (!is_heap_type(type)) {
                // struct.error and the like name their module in their const dict; a dotted
                // name (types.SimpleNamespace) carries it otherwise.
                kl_obj_t m = dict_lookup(type->locals_dict, KL_QSTR___module__);
                dest[0] = m != KL_OBJ_NULL ? m : builtin_name_part(type, true);
                return;
            }
            break;
#endif
#if KL_CFG_DOCSTRINGS
        case KL_QSTR___doc__:
            if (dict_lookup(type->locals_dict, KL_QSTR___doc__) == KL_OBJ_NULL) {
                dest[0] = kl_const_none;
#if KL_CFG_BUILTIN_DOCS
                const char *doc = is_heap_type(type) ? NULL : kl_builtin_type_doc(type);
                if (doc != NULL) {
                    dest[0] = kl_obj_new_str_from_cstr(doc);
                }
#endif
                return;
            }
            break;
#endif
        default:
            break;
    }
    kl_obj_t v = kl_type_lookup(type, attr);
    if (v != KL_OBJ_NULL) {
        if (bind_static_class(v, self, dest)) {
            return;
        }
        if (KL_OBJ_IS_OBJ(v)) {
            const kl_obj_type_t *vt = ((kl_obj_base_t *)v)->type;
#if KL_CFG_DESCRIPTORS
            if (is_heap_type(vt)) {
                kl_obj_t get = kl_type_lookup(vt, KL_QSTR___get__);
                if (get != KL_OBJ_NULL) {
                    kl_obj_t args[3] = {v, kl_const_none, self};
                    dest[0] = kl_call_function_n_kw(get, 3, 0, args);
                    return;
                }
            }
#endif
            if (vt == &kl_type_builtin_function) {
                // A method or slot wrapper of a builtin type (not object's or type's) is its
                // method descriptor, which checks the type of the instance it is called with.
                const kl_obj_type_t *owner;
                if (lookup_after(type, NULL, attr, &owner) == v && !is_heap_type(owner) &&
                    owner != &kl_type_object && owner != &kl_type_type) {
                    if (attr == KL_QSTR___init__ && (owner->flags & KL_TYPE_FLAG_EXCEPTION)) {
                        // Every builtin exception class has an __init__ of its own in CPython
                        // (KeyError.__init__ is not BaseException.__init__).
                        for (size_t i = 0; is_heap_type(owner = mro_item(type, i)); i++) {
                        }
                    }
                    dest[0] = descriptor_of(owner, attr, v);
                    return;
                }
            }
        }
        dest[0] = v;
        return;
    }
    // Methods of the metaclass (type.mro, __subclasses__, a user metaclass's methods).
    const kl_obj_type_t *meta = class_of(self);
    v = kl_type_lookup(meta, attr);
    if (v != KL_OBJ_NULL) {
        kl_type_bind_attr(v, self, meta, dest);
    }
#if KL_CFG_METACLASS
    else if (is_heap_type(meta) && kl_type_heap_defines(meta, KL_QSTR___getattr__)) {
        // Last, a metaclass's __getattr__ (3.11's EnumType finds members with it).
        kl_obj_t name = KL_OBJ_NEW_QSTR(attr);
        dest[0] = call_special(self, kl_type_lookup(meta, KL_QSTR___getattr__), 1, &name);
    }
#endif
}

static kl_obj_t type_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
#if KL_CFG_GENERIC_ALIAS
    if (op == KL_BINARY_OP_OR) {
        return kl_obj_union_or(lhs, rhs); // int | str (vm/obj_union.c)
    }
#endif
    if (op == KL_BINARY_OP_EQ || op == KL_BINARY_OP_NE) {
        return KL_OBJ_FROM_BOOL((lhs == rhs) == (op == KL_BINARY_OP_EQ));
    }
    return KL_OBJ_NULL;
}

#if KL_CFG_ABC_PROTOCOL
static kl_obj_t type_mro(kl_obj_t self) {
    return kl_obj_list_from_iterable(mro_tuple((const kl_obj_type_t *)self));
}
static KL_DEFINE_FUN_1(type_mro_obj, mro, type_mro);
#endif

#if KL_CFG_ABC_PROTOCOL
static kl_obj_t type___instancecheck__(kl_obj_t self, kl_obj_t obj) {
    return KL_OBJ_FROM_BOOL(kl_obj_isinstance(obj, (const kl_obj_type_t *)self));
}
static KL_DEFINE_FUN_2(type___instancecheck___obj, __instancecheck__, type___instancecheck__);

static kl_obj_t type___subclasscheck__(kl_obj_t self, kl_obj_t sub) {
    return KL_OBJ_FROM_BOOL(
        kl_obj_is_subclass((const kl_obj_type_t *)sub, (const kl_obj_type_t *)self));
}
static KL_DEFINE_FUN_2(type___subclasscheck___obj, __subclasscheck__, type___subclasscheck__);

static kl_obj_t type___subclasses__(kl_obj_t self) {
    const kl_obj_type_t *t = (const kl_obj_type_t *)self;
    kl_obj_t subs = is_heap_type(t) ? as_heap_type(t)->subclasses : KL_OBJ_NULL;
    if (subs == KL_OBJ_NULL) {
        return kl_obj_new_list(0, NULL);
    }
    return kl_obj_list_from_iterable(subs);
}
static KL_DEFINE_FUN_1(type___subclasses___obj, __subclasses__, type___subclasses__);
#endif

#if KL_CFG_METACLASS
// A metaclass's __new__ is what calls type.__new__: without metaclasses it would only be
// type(name, bases, dict) spelt longer, and goes (AttributeError).
static kl_obj_t type___new__(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    // type.__new__(meta, name, bases, dict, **kw) from a metaclass's __new__: it makes the
    // class, then calls the parent's __init_subclass__(**kw), as CPython's does.
    if (n_args != 4) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("type.__new__() takes exactly 3 arguments (%z given)"),
                         n_args == 0 ? (size_t)0 : n_args - 1);
    }
    // The metaclass must be a class deriving from type: it becomes the new class's type.
    if (!kl_obj_isinstance(args[0], &kl_type_type)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("type.__new__(X): X is not a type object (%T)"), args[0]);
    }
    const kl_obj_type_t *meta = (const kl_obj_type_t *)args[0];
    if (!kl_obj_is_subclass(meta, &kl_type_type)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("type.__new__(%q): %q is not a subtype of type"), meta->name,
                         meta->name);
    }
    check_new_class_args(args + 1);
    kl_obj_t cls = new_class_in_caller(meta, args + 1);
    call_init_subclass(cls, n_kw, args + 4);
    return cls;
}
static KL_DEFINE_FUN_KW(type___new___fun_obj, __new__, 2, type___new__);
static const kl_obj_static_class_method_t type___new___obj = {{&kl_type_staticmethod},
                                                              KL_ROM_PTR(&type___new___fun_obj)};

static kl_obj_t type___init__(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    (void)n_kw; // the class keywords, already given to __init_subclass__
    (void)args;
    if (n_args != 2 && n_args != 4) {
        kl_raise_TypeError(KL_ERROR_TEXT("type.__init__() takes 1 or 3 arguments"));
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_KW(type___init___obj, __init__, 1, type___init__);

static kl_obj_t type___call__(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    return type_call(args[0], n_args - 1, n_kw, args + 1);
}
static KL_DEFINE_FUN_KW(type___call___obj, __call__, 1, type___call__);
#endif

#if KL_CFG_METACLASS || KL_CFG_ABC_PROTOCOL
static const kl_rom_map_elem_t type_locals_table[] = {
#if KL_CFG_METACLASS
    {KL_ROM_QSTR(__call__), KL_ROM_PTR(&type___call___obj)},
    {KL_ROM_QSTR(__init__), KL_ROM_PTR(&type___init___obj)},
#endif
#if KL_CFG_ABC_PROTOCOL
    {KL_ROM_QSTR(__instancecheck__), KL_ROM_PTR(&type___instancecheck___obj)},
#endif
#if KL_CFG_METACLASS
    {KL_ROM_QSTR(__new__), KL_ROM_PTR(&type___new___obj)},
#endif
#if KL_CFG_ABC_PROTOCOL
    {KL_ROM_QSTR(__subclasscheck__), KL_ROM_PTR(&type___subclasscheck___obj)},
    {KL_ROM_QSTR(__subclasses__), KL_ROM_PTR(&type___subclasses___obj)},
#endif
#if KL_CFG_ABC_PROTOCOL
    {KL_ROM_QSTR(mro), KL_ROM_PTR(&type_mro_obj)},
#endif
};
static KL_DEFINE_CONST_DICT(type_locals_dict, type_locals_table);
#endif

const kl_obj_callable_type_t kl_type_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_BASETYPE | KL_TYPE_FLAG_CALL,
            .name = KL_QSTR_type,
            .make_new = type_make_new,
            .print = type_print,
            .binary_op = type_binary_op,
            .attr = type_attr,
#if KL_CFG_METACLASS || KL_CFG_ABC_PROTOCOL
            .locals_dict = &type_locals_dict,
#endif
        },
    .call = type_call,
};

// Calling a metaclass (a heap subclass of type) creates a class through type.__new__ unless
// the metaclass overrides __new__/__call__.
kl_obj_t kl_type_call_metaclass(const kl_obj_type_t *meta, size_t n_args, size_t n_kw,
                                const kl_obj_t *args) {
#if KL_CFG_METACLASS
    if (meta == &kl_type_type) {
        return type_make_new(meta, n_args, n_kw, args);
    }
    // Creating a class calls the metaclass, so what runs is the metaclass's own type's __call__
    // (type.__call__ unless there is a meta-metaclass); Meta.__call__ is for calling classes.
    const kl_obj_type_t *meta_type = kl_obj_get_type(KL_OBJ_FROM_PTR(meta));
    kl_obj_t call = kl_type_lookup(meta_type, KL_QSTR___call__);
    if (call != KL_OBJ_NULL && call != KL_ROM_PTR(&type___call___obj)) {
        return kl_call_method_self(call, KL_OBJ_FROM_PTR(meta), n_args, n_kw, args);
    }
    kl_obj_t new_fn = kl_type_lookup(meta, KL_QSTR___new__);
    kl_obj_t cls;
    if (new_fn != KL_OBJ_NULL && new_fn != KL_ROM_PTR(&type___new___obj)) {
        kl_obj_t fn = new_fn;
        if (kl_obj_is_type(fn, &kl_type_staticmethod)) {
            fn = ((kl_obj_static_class_method_t *)fn)->fun;
        }
        cls = kl_call_method_self(fn, KL_OBJ_FROM_PTR(meta), n_args, n_kw, args);
    } else {
        cls = type_make_new(meta, n_args, n_kw, args);
    }
    kl_obj_t init = kl_type_lookup(meta, KL_QSTR___init__);
    if (init != KL_OBJ_NULL && init != KL_ROM_PTR(&type___init___obj) &&
        kl_obj_isinstance(cls, meta)) {
        kl_call_method_self(init, cls, n_args, n_kw, args);
    }
    return cls;
#else
    // Only type, as __build_class__ makes sure.
    return type_make_new(meta, n_args, n_kw, args);
#endif
}

// ==== None, NotImplemented, Ellipsis ====

static void none_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)o;
    (void)kind;
    kl_print_str(print, "None");
}

static kl_obj_t none_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                              const kl_obj_t *args) {
    (void)type;
    (void)args;
    if (n_args || n_kw) {
        kl_raise_TypeError(KL_ERROR_TEXT("NoneType takes no arguments"));
    }
    return kl_const_none;
}

static kl_obj_t none_unary_op(kl_unary_op_t op, kl_obj_t o) {
    (void)o;
    return op == KL_UNARY_OP_BOOL ? kl_const_false : KL_OBJ_NULL;
}

const kl_obj_ops_type_t kl_type_NoneType_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_OPS,
            .name = KL_QSTR_NoneType,
            .make_new = none_make_new,
            .print = none_print,
        },
    .unary_op = none_unary_op,
};

typedef struct _singleton_t {
    kl_obj_base_t base;
} singleton_t;

static void singleton_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    kl_print_str(print, o == kl_const_notimplemented ? "NotImplemented" : "Ellipsis");
}

const kl_obj_type_t kl_type_NotImplementedType = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_EQ_IS_ID,
    .name = KL_QSTR_NotImplementedType,
    .print = singleton_print,
};

const kl_obj_type_t kl_type_ellipsis = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_EQ_IS_ID,
    .name = KL_QSTR_ellipsis,
    .print = singleton_print,
};

static const singleton_t notimplemented_obj = {{&kl_type_NotImplementedType}};
const kl_obj_base_t kl_const_ellipsis_obj = {&kl_type_ellipsis};
const kl_obj_t kl_const_notimplemented = (kl_obj_t)&notimplemented_obj;
const kl_obj_t kl_const_ellipsis = (kl_obj_t)&kl_const_ellipsis_obj;

// ==== staticmethod, classmethod, property ====

// Subclasses of the builtin descriptors reach their methods through the general descriptor
// protocol (an instance's __get__ along its class), so without it they cannot be made.
#define DESCRIPTOR_BASETYPE (KL_CFG_DESCRIPTORS ? KL_TYPE_FLAG_BASETYPE : 0)

kl_obj_t kl_obj_new_static_class_method(const kl_obj_type_t *type, kl_obj_t fun) {
    kl_obj_static_class_method_t *o = kl_gc_alloc(sizeof(kl_obj_static_class_method_t), 0);
    o->base.type = type;
    o->fun = fun;
    return KL_OBJ_FROM_PTR(o);
}

static kl_obj_t static_class_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                      const kl_obj_t *args) {
    kl_arg_check_num(n_args, n_kw, 1, 1, false);
    return kl_obj_new_static_class_method(type, args[0]);
}

static kl_obj_t staticmethod_call(kl_obj_t self, size_t n_args, size_t n_kw, const kl_obj_t *args) {
    return kl_call_function_n_kw(((kl_obj_static_class_method_t *)self)->fun, n_args, n_kw, args);
}

#if KL_CFG_ABC_PROTOCOL
// f.__isabstractmethod__, for the descriptors that wrap functions (abc.abstractmethod marks
// the function; the wrapper reports it as CPython's do).
static bool fun_is_abstract(kl_obj_t f) {
    if (f == kl_const_none) {
        return false;
    }
    kl_obj_t d[2] = {KL_OBJ_NULL, KL_OBJ_NULL};
    kl_load_method_maybe(f, KL_QSTR___isabstractmethod__, d);
    return d[0] != KL_OBJ_NULL && d[1] == KL_OBJ_NULL && kl_obj_is_true(d[0]);
}
#endif

#if KL_CFG_FUNCTION_ATTRS || KL_CFG_ABC_PROTOCOL
static void static_class_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    if (dest[0] != KL_OBJ_NULL) {
        return;
    }
    if (attr == KL_QSTR___func__ || attr == KL_QSTR___wrapped__) {
        dest[0] = ((kl_obj_static_class_method_t *)self)->fun;
    } else {
        kl_obj_t f = ((kl_obj_static_class_method_t *)self)->fun;
        if (attr == KL_QSTR___name__ || attr == KL_QSTR___qualname__
#if KL_CFG_DOCSTRINGS
            || attr == KL_QSTR___doc__
#endif
        ) {
            dest[0] = kl_load_attr(f, attr);
        }
#if KL_CFG_ABC_PROTOCOL
        else if (attr == KL_QSTR___isabstractmethod__) {
            dest[0] = KL_OBJ_FROM_BOOL(fun_is_abstract(f));
        }
#endif
        else {
            kl_type_generic_attr(self, attr, dest);
        }
    }
}
#else
// No attributes of their own (KL_CFG_FUNCTION_ATTRS): what the generic lookup gives.
#define static_class_attr NULL
#endif

#if KL_CFG_DESCRIPTORS
// f.__get__(obj, type) of static and class methods: what attribute access on a class gives.
static kl_obj_t static_class___get__(size_t n_args, const kl_obj_t *args) {
    // An instance of a subclass (abc.abstractclassmethod) holds the method as its subobject.
    kl_obj_t self = kl_obj_native(args[0], NULL);
    kl_obj_static_class_method_t *m = (kl_obj_static_class_method_t *)self;
    if (kl_obj_is_type(self, &kl_type_staticmethod)) {
        return m->fun;
    }
    kl_obj_t owner = n_args > 2 && args[2] != kl_const_none
                         ? args[2]
                         : KL_OBJ_FROM_PTR(kl_obj_get_type(args[1]));
    return kl_obj_new_bound_meth(m->fun, owner);
}
static KL_DEFINE_FUN_VAR(static_class___get___obj, __get__, 2, 3, static_class___get__);

static const kl_rom_map_elem_t static_class_locals_table[] = {
    {KL_ROM_QSTR(__get__), KL_ROM_PTR(&static_class___get___obj)},
};
static KL_DEFINE_CONST_DICT(static_class_locals_dict, static_class_locals_table);
#endif

const kl_obj_callable_type_t kl_type_staticmethod_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = DESCRIPTOR_BASETYPE | KL_TYPE_FLAG_CALL,
            .name = KL_QSTR_staticmethod,
            .make_new = static_class_make_new,
            .attr = static_class_attr,
#if KL_CFG_DESCRIPTORS
            .locals_dict = &static_class_locals_dict,
#endif
        },
    .call = staticmethod_call,
};

const kl_obj_type_t kl_type_classmethod = {
    .base = {&kl_type_type},
    .flags = DESCRIPTOR_BASETYPE,
    .name = KL_QSTR_classmethod,
    .make_new = static_class_make_new,
    .attr = static_class_attr,
#if KL_CFG_DESCRIPTORS
    .locals_dict = &static_class_locals_dict,
#endif
};

#if KL_CFG_PROPERTY_TYPE
// AttributeError for a property without the accessor [what] ("getter", "setter", "deleter"),
// used on an instance of [type]: the message names the property once __set_name__ has run.
void kl_obj_property_raise_missing(kl_obj_t prop, const kl_obj_type_t *type, const char *what) {
    kl_obj_t name = ((kl_obj_property_t *)prop)->name;
    if (name != KL_OBJ_NULL) {
        kl_raise_msg_fmt(&kl_type_AttributeError,
                         KL_ERROR_TEXT("property %r of '%q' object has no %s"), name, type->name,
                         what);
    }
    kl_raise_msg_fmt(&kl_type_AttributeError, KL_ERROR_TEXT("property of '%q' object has no %s"),
                     type->name, what);
}

kl_obj_t kl_obj_new_property(kl_obj_t fget) {
    kl_obj_property_t *p = kl_gc_alloc(sizeof(kl_obj_property_t), 0);
    p->base.type = &kl_type_property;
    p->fget = fget;
    p->fset = p->fdel = kl_const_none;
    p->doc = kl_load_attr_maybe(fget, KL_QSTR___doc__, kl_const_none);
    return KL_OBJ_FROM_PTR(p);
}

#if KL_CFG_PROPERTY
static kl_obj_t property_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                  const kl_obj_t *args) {
    kl_obj_property_t *p = kl_gc_alloc(sizeof(kl_obj_property_t), 0);
    p->base.type = type;
    kl_obj_t *fields[4] = {&p->fget, &p->fset, &p->fdel, &p->doc};
    static const uint16_t names[4] = {KL_QSTR_fget, KL_QSTR_fset, KL_QSTR_fdel, KL_QSTR_doc};
    if (n_args > 4) {
        kl_raise_TypeError(KL_ERROR_TEXT("property() takes at most 4 arguments"));
    }
    for (size_t i = 0; i < 4; i++) {
        *fields[i] = i < n_args ? args[i] : kl_const_none;
    }
    for (size_t k = 0; k < n_kw; k++) {
        kl_qstr_t q = kl_obj_str_get_qstr(args[n_args + 2 * k]);
        bool found = false;
        for (size_t i = 0; i < 4; i++) {
            if (names[i] == q) {
                *fields[i] = args[n_args + 2 * k + 1];
                found = true;
            }
        }
        if (!found) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("property() got an unexpected keyword argument '%q'"),
                             q);
        }
    }
    if (p->doc == kl_const_none && p->fget != kl_const_none) {
        p->doc = kl_load_attr_maybe(p->fget, KL_QSTR___doc__, kl_const_none);
    }
    p->name = KL_OBJ_NULL;
    return KL_OBJ_FROM_PTR(p);
}

static kl_obj_t property___set_name__(kl_obj_t self, kl_obj_t owner, kl_obj_t name) {
    (void)owner;
    ((kl_obj_property_t *)self)->name = name;
    return kl_const_none;
}
static KL_DEFINE_FUN_3(property___set_name___obj, __set_name__, property___set_name__);

static kl_obj_t property_copy(kl_obj_t self, int which, kl_obj_t f) {
    kl_obj_property_t *p = kl_gc_alloc(sizeof(kl_obj_property_t), 0);
    *p = *(kl_obj_property_t *)self;
    if (which == 0) {
        p->fget = f;
    } else if (which == 1) {
        p->fset = f;
    } else {
        p->fdel = f;
    }
    return KL_OBJ_FROM_PTR(p);
}

static kl_obj_t property_getter(kl_obj_t self, kl_obj_t f) {
    return property_copy(self, 0, f);
}
static KL_DEFINE_FUN_2(property_getter_obj, getter, property_getter);
static kl_obj_t property_setter(kl_obj_t self, kl_obj_t f) {
    return property_copy(self, 1, f);
}
static KL_DEFINE_FUN_2(property_setter_obj, setter, property_setter);
static kl_obj_t property_deleter(kl_obj_t self, kl_obj_t f) {
    return property_copy(self, 2, f);
}
static KL_DEFINE_FUN_2(property_deleter_obj, deleter, property_deleter);

static kl_obj_t property___get__(size_t n_args, const kl_obj_t *args) {
    // An instance of a subclass of property holds the property as its subobject.
    kl_obj_property_t *p = (kl_obj_property_t *)kl_obj_native(args[0], NULL);
    if (n_args < 2 || args[1] == kl_const_none) {
        return args[0];
    }
    if (p->fget == kl_const_none) {
        kl_obj_property_raise_missing(args[0], kl_obj_get_type(args[1]), "getter");
    }
    return kl_call_function_1(p->fget, args[1]);
}
static KL_DEFINE_FUN_VAR(property___get___obj, __get__, 2, 3, property___get__);

static kl_obj_t property___delete__(kl_obj_t self, kl_obj_t obj) {
    kl_obj_property_t *p = (kl_obj_property_t *)kl_obj_native(self, NULL);
    if (p->fdel == kl_const_none) {
        kl_obj_property_raise_missing(self, kl_obj_get_type(obj), "deleter");
    }
    kl_call_function_1(p->fdel, obj);
    return kl_const_none;
}
static KL_DEFINE_FUN_2(property___delete___obj, __delete__, property___delete__);

static kl_obj_t property___set__(kl_obj_t self, kl_obj_t obj, kl_obj_t value) {
    kl_obj_property_t *p = (kl_obj_property_t *)kl_obj_native(self, NULL);
    if (p->fset == kl_const_none) {
        kl_obj_property_raise_missing(self, kl_obj_get_type(obj), "setter");
    }
    kl_call_function_2(p->fset, obj, value);
    return kl_const_none;
}
static KL_DEFINE_FUN_3(property___set___obj, __set__, property___set__);

static void property_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    kl_obj_property_t *p = (kl_obj_property_t *)self;
    if (dest[0] != KL_OBJ_NULL) {
        // Only __doc__ can be set (del makes it None), as in CPython; the functions are
        // read-only.
        if (attr == KL_QSTR___doc__) {
            p->doc = dest[1] != KL_OBJ_NULL ? dest[1] : kl_const_none;
            dest[0] = KL_OBJ_NULL;
        } else if (attr == KL_QSTR_fget || attr == KL_QSTR_fset || attr == KL_QSTR_fdel) {
            kl_raise_msg(&kl_type_AttributeError, KL_ERROR_TEXT("readonly attribute"));
        }
        return;
    }
    switch (attr) {
        case KL_QSTR_fget:
            dest[0] = p->fget;
            break;
        case KL_QSTR_fset:
            dest[0] = p->fset;
            break;
        case KL_QSTR_fdel:
            dest[0] = p->fdel;
            break;
        case KL_QSTR___doc__:
            dest[0] = p->doc;
            break;
#if KL_CFG_ABC_PROTOCOL
        case KL_QSTR___isabstractmethod__:
            dest[0] = KL_OBJ_FROM_BOOL(fun_is_abstract(p->fget) || fun_is_abstract(p->fset) ||
                                       fun_is_abstract(p->fdel));
            break;
#endif
        default:
            kl_type_generic_attr(self, attr, dest);
            break;
    }
}

static const kl_rom_map_elem_t property_locals_table[] = {
    {KL_ROM_QSTR(__delete__), KL_ROM_PTR(&property___delete___obj)},
    {KL_ROM_QSTR(__get__), KL_ROM_PTR(&property___get___obj)},
    {KL_ROM_QSTR(__set__), KL_ROM_PTR(&property___set___obj)},
    {KL_ROM_QSTR(__set_name__), KL_ROM_PTR(&property___set_name___obj)},
    {KL_ROM_QSTR(deleter), KL_ROM_PTR(&property_deleter_obj)},
    {KL_ROM_QSTR(getter), KL_ROM_PTR(&property_getter_obj)},
    {KL_ROM_QSTR(setter), KL_ROM_PTR(&property_setter_obj)},
};
static KL_DEFINE_CONST_DICT(property_locals_dict, property_locals_table);
#endif // KL_CFG_PROPERTY

const kl_obj_type_t kl_type_property = {
    .base = {&kl_type_type},
#if KL_CFG_PROPERTY
    .flags = DESCRIPTOR_BASETYPE,
    .name = KL_QSTR_property,
    .make_new = property_make_new,
    .attr = property_attr,
    .locals_dict = &property_locals_dict,
#else
    // Only the builtin types' own read-only properties, made in C.
    .name = KL_QSTR_property,
    .attr = kl_type_generic_attr,
#endif
};
#endif // KL_CFG_PROPERTY_TYPE

// ==== super ====

typedef struct _kl_obj_super_t {
    kl_obj_base_t base;
    const kl_obj_type_t *type; // lookups start after this class
    kl_obj_t obj;              // an instance, or a class (for classmethods)
} kl_obj_super_t;

static kl_obj_t super_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                               const kl_obj_t *args) {
    (void)type;
    if (n_kw != 0) {
        kl_raise_TypeError(KL_ERROR_TEXT("super() takes no keyword arguments"));
    }
    kl_obj_t cls, obj;
    if (n_args == 0) {
        // super() with no arguments: the __class__ cell and the first argument of the caller.
        kl_frame_t *f = kl_state.frame;
        if (f == NULL || f->code->n_pos == 0 || f->locals_dict != KL_OBJ_NULL) {
            kl_raise_msg(&kl_type_RuntimeError, KL_ERROR_TEXT("super(): no arguments"));
        }
        const kl_obj_code_t *code = f->code;
        cls = KL_OBJ_NULL;
        for (size_t i = code->n_locals - code->n_free; i < code->n_locals; i++) {
            if (code->local_names[i] == KL_QSTR___class__) {
                cls = ((kl_obj_cell_t *)f->locals[i])->value;
            }
        }
        if (cls == KL_OBJ_NULL) {
            kl_raise_msg(&kl_type_RuntimeError, KL_ERROR_TEXT("super(): __class__ cell not found"));
        }
        obj = f->locals[0];
#if KL_CFG_FUNCTION_ATTRS_FULL || KL_CFG_METACLASS
        bool is_cell = false;
        for (size_t i = 0; i < code->n_cells; i++) {
            is_cell = is_cell || code->cell_locals[i] == 0;
        }
#else
        // A program gets a cell only from a function's __closure__ (or a metaclass, from the
        // namespace's __classcell__): without both the argument is one only where the frame made
        // it one, for a closure that uses it.
        bool is_cell = kl_obj_is_type(obj, &kl_type_cell);
#endif
        if (is_cell) {
            obj = ((kl_obj_cell_t *)obj)->value;
        }
        if (obj == KL_OBJ_NULL) {
            kl_raise_msg(&kl_type_RuntimeError, KL_ERROR_TEXT("super(): arg[0] deleted"));
        }
    } else if (n_args == 2) {
        cls = args[0];
        obj = args[1];
        if (!kl_obj_isinstance(cls, &kl_type_type)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("super() argument 1 must be a type, not %T"), cls);
        }
    } else {
        kl_raise_NotImplementedError(KL_ERROR_TEXT("super() with one argument"));
    }
    bool obj_is_type = kl_obj_isinstance(obj, &kl_type_type);
    if (!(obj_is_type &&
          kl_obj_is_subclass((const kl_obj_type_t *)obj, (const kl_obj_type_t *)cls)) &&
        !kl_obj_isinstance(obj, (const kl_obj_type_t *)cls)) {
        kl_raise_TypeError(KL_ERROR_TEXT("super(type, obj): obj must be an instance or subtype "
                                         "of type"));
    }
    kl_obj_super_t *s = kl_gc_alloc(sizeof(kl_obj_super_t), 0);
    s->base.type = &kl_type_super;
    s->type = (const kl_obj_type_t *)cls;
    s->obj = obj;
    return KL_OBJ_FROM_PTR(s);
}

static void super_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    if (dest[0] != KL_OBJ_NULL) {
        return;
    }
    kl_obj_super_t *s = (kl_obj_super_t *)self;
    // super(C, x) binds to an instance x of C, or, in a class method, to a subclass x of C (a
    // metaclass's methods get classes that are instances: instance wins).
    bool obj_is_type =
        !kl_obj_isinstance(s->obj, s->type) && kl_obj_isinstance(s->obj, &kl_type_type);
    const kl_obj_type_t *start =
        obj_is_type ? (const kl_obj_type_t *)s->obj : kl_obj_get_type(s->obj);
    const kl_obj_type_t *owner;
    kl_obj_t v = lookup_after(start, s->type, attr, &owner);
    if (v == KL_OBJ_NULL) {
        if (attr == KL_QSTR___class__) {
            dest[0] = KL_OBJ_FROM_PTR(&kl_type_super);
        }
        return;
    }
    if (obj_is_type) {
        if (!bind_static_class(v, s->obj, dest)) {
            dest[0] = v;
        }
        return;
    }
    bind_found(v, s->obj, start, s->type, attr, dest);
}

static void super_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    kl_obj_super_t *s = (kl_obj_super_t *)o;
    kl_printf(print, "<super: <class '%q'>, <%T object>>", s->type->name, s->obj);
}

const kl_obj_type_t kl_type_super = {
    .base = {&kl_type_type},
    .name = KL_QSTR_super,
    .make_new = super_make_new,
    .print = super_print,
    .attr = super_attr,
};

// ==== Generic aliases ====
#if KL_CFG_GENERIC_ALIAS

typedef struct _generic_alias_t {
    kl_obj_base_t base;
    kl_obj_t origin;
    kl_obj_t args; // tuple
} generic_alias_t;

kl_obj_t kl_obj_new_generic_alias(kl_obj_t origin, kl_obj_t args) {
    generic_alias_t *g = kl_gc_alloc(sizeof(generic_alias_t), 0);
    g->base.type = &kl_type_generic_alias;
    g->origin = origin;
    g->args = kl_obj_is_type(args, &kl_type_tuple) ? args : kl_obj_new_tuple(1, &args);
    return KL_OBJ_FROM_PTR(g);
}

void kl_obj_generic_alias_print_arg(const kl_print_t *print, kl_obj_t a) {
    // A class, whatever its metaclass, prints as its qualified name.
    bool is_class = KL_OBJ_IS_OBJ(a) && a != KL_OBJ_NULL &&
                    kl_obj_is_subclass(kl_obj_get_type(a), &kl_type_type);
    if (is_class && !is_heap_type((const kl_obj_type_t *)a)) {
        kl_printf(print, "%q", ((const kl_obj_type_t *)a)->name);
    } else if (is_class) {
        kl_obj_t qn = kl_load_attr_maybe(a, KL_QSTR___qualname__, KL_OBJ_NULL);
        kl_obj_t mod = kl_load_attr_maybe(a, KL_QSTR___module__, KL_OBJ_NULL);
        if (mod != KL_OBJ_NULL && kl_obj_is_str(mod) &&
            kl_obj_str_get_qstr(mod) != KL_QSTR_builtins) {
            kl_printf(print, "%S.", mod);
        }
        kl_printf(print, "%S", qn);
    } else if (a == kl_const_ellipsis) {
        kl_print_str(print, "...");
    } else {
        kl_obj_print(print, a, KL_PRINT_REPR);
    }
}

static void generic_alias_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    generic_alias_t *g = (generic_alias_t *)o;
    kl_obj_generic_alias_print_arg(print, g->origin);
    kl_print_str(print, "[");
    kl_obj_tuple_t *t = (kl_obj_tuple_t *)g->args;
    for (size_t i = 0; i < t->len; i++) {
        if (i > 0) {
            kl_print_str(print, ", ");
        }
        kl_obj_generic_alias_print_arg(print, t->items[i]);
    }
    if (t->len == 0) {
        kl_print_str(print, "()");
    }
    kl_print_str(print, "]");
}

static kl_obj_t generic_alias_call(kl_obj_t self, size_t n_args, size_t n_kw,
                                   const kl_obj_t *args) {
    return kl_call_function_n_kw(((generic_alias_t *)self)->origin, n_args, n_kw, args);
}

static void generic_alias_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    if (dest[0] != KL_OBJ_NULL) {
        return;
    }
    generic_alias_t *g = (generic_alias_t *)self;
    if (attr == KL_QSTR___origin__) {
        dest[0] = g->origin;
    } else if (attr == KL_QSTR___args__) {
        dest[0] = g->args;
    } else if (attr == KL_QSTR___parameters__) {
        dest[0] = kl_const_empty_tuple;
    } else {
        kl_load_method_maybe(g->origin, attr, dest);
    }
}

static kl_obj_t generic_alias_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    if (op == KL_BINARY_OP_OR) {
        return kl_obj_union_or(lhs, rhs);
    }
    if ((op == KL_BINARY_OP_EQ || op == KL_BINARY_OP_NE) &&
        kl_obj_is_type(lhs, &kl_type_generic_alias) &&
        kl_obj_is_type(rhs, &kl_type_generic_alias)) {
        generic_alias_t *a = (generic_alias_t *)lhs, *b = (generic_alias_t *)rhs;
        bool eq = a->origin == b->origin && kl_obj_equal(a->args, b->args);
        return KL_OBJ_FROM_BOOL(eq == (op == KL_BINARY_OP_EQ));
    }
    return KL_OBJ_NULL;
}

static kl_obj_t generic_alias_unary_op(kl_unary_op_t op, kl_obj_t o) {
    if (op == KL_UNARY_OP_HASH) {
        generic_alias_t *g = (generic_alias_t *)o;
        kl_uint_t h = kl_obj_hash(g->origin) ^ (kl_obj_hash(g->args) * 31);
        return KL_OBJ_NEW_SMALL_INT((kl_int_t)(h >> 2));
    }
    return KL_OBJ_NULL;
}

// types.GenericAlias(origin, args): what list[int] makes, built directly (typing does).
static kl_obj_t generic_alias_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                       const kl_obj_t *args) {
    (void)type;
    if (n_kw != 0) {
        kl_raise_TypeError(KL_ERROR_TEXT("GenericAlias() takes no keyword arguments"));
    }
    if (n_args != 2) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("GenericAlias expected 2 arguments, got %z"), n_args);
    }
    return kl_obj_new_generic_alias(args[0], args[1]);
}

const kl_obj_callable_type_t kl_type_generic_alias_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_CALL,
            .name = KL_QSTR_types_GenericAlias,
            .make_new = generic_alias_make_new,
            .print = generic_alias_print,
            .binary_op = generic_alias_binary_op,
            .attr = generic_alias_attr,
        },
    .unary_op = generic_alias_unary_op,
    .call = generic_alias_call,
};
#endif // KL_CFG_GENERIC_ALIAS
