// vm/obj_member.c: member_descriptor, the class attribute behind each name in __slots__.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A class with __slots__ keeps those attributes in its instances rather than in a __dict__: a
// fixed array of values after the instance header (vm/obj_type.c lays it out and says where it
// starts). Each name in __slots__ becomes a member descriptor in the class dict that knows the
// index of its value in that array, so `p.x` is a type lookup that finds the descriptor and one
// load from the instance. A value of KL_OBJ_NULL is an empty slot: reading it or deleting it
// raises AttributeError. The descriptor checks that the object it is used on is an instance of
// the class that defined it, which is what makes the index valid: a class whose layout does not
// extend that class's cannot be a subclass of it (class creation refuses the combination).

#include "vm/gc.h"
#include "vm/obj_exception.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

typedef struct _member_t {
    kl_obj_base_t base;
    const kl_obj_type_t *owner; // the class whose __slots__ named it: __objclass__
    kl_qstr_t name;             // after private-name mangling
    size_t index;               // into kl_type_slot_values() of an instance
} member_t;

kl_obj_t kl_obj_new_member(const kl_obj_type_t *owner, kl_qstr_t name, size_t index) {
    member_t *m = kl_gc_alloc(sizeof(member_t), 0);
    m->base.type = &kl_type_member_descriptor;
    m->owner = owner;
    m->name = name;
    m->index = index;
    return KL_OBJ_FROM_PTR(m);
}

// The address of the value [m] gives [obj], after checking that [obj] has it.
static kl_obj_t *member_value(const member_t *m, kl_obj_t obj) {
    if (!kl_obj_is_subclass(kl_obj_get_type(obj), m->owner)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("descriptor '%q' for '%q' objects doesn't apply to a '%T' "
                                       "object"),
                         m->name, (kl_qstr_t)m->owner->name, obj);
    }
    return &kl_type_slot_values(obj)[m->index];
}

static KL_NORETURN void raise_unset(const member_t *m, kl_obj_t obj, bool attr_info) {
    kl_obj_t exc = kl_obj_new_exception_fmt(
        &kl_type_AttributeError, KL_ERROR_TEXT("'%T' object has no attribute '%q'"), obj, m->name);
    if (attr_info) {
        kl_exception_set_attr_info(exc, obj, m->name);
    }
    kl_raise(exc);
}

kl_obj_t kl_obj_member_get(kl_obj_t self, kl_obj_t obj) {
    const member_t *m = (const member_t *)self;
    kl_obj_t v = *member_value(m, obj);
    if (v == KL_OBJ_NULL) {
        // Read as obj.name: the error names the attribute and the object, as a failed attribute
        // load does.
        raise_unset(m, obj, true);
    }
    return v;
}

void kl_obj_member_set(kl_obj_t self, kl_obj_t obj, kl_obj_t value) {
    const member_t *m = (const member_t *)self;
    kl_obj_t *slot = member_value(m, obj);
    if (value == KL_OBJ_NULL && *slot == KL_OBJ_NULL) {
        // CPython's message for deleting an empty slot is the bare name.
        kl_raise(kl_obj_new_exception_arg1(&kl_type_AttributeError, KL_OBJ_NEW_QSTR(m->name)));
    }
    *slot = value;
}

#if KL_CFG_SLOTS

static void member_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    const member_t *m = (const member_t *)o;
    kl_printf(print, "<member '%q' of '%q' objects>", m->name, (kl_qstr_t)m->owner->name);
}

// __get__(obj, type=None): the value, or the descriptor itself when read from the class.
static kl_obj_t member___get__(size_t n_args, const kl_obj_t *args) {
    kl_obj_t obj = args[1];
    kl_obj_t type = n_args > 2 ? args[2] : kl_const_none;
    if (obj == kl_const_none) {
        if (type == kl_const_none) {
            kl_raise_TypeError(KL_ERROR_TEXT("__get__(None, None) is invalid"));
        }
        return args[0];
    }
    const member_t *m = (const member_t *)args[0];
    kl_obj_t v = *member_value(m, obj);
    if (v == KL_OBJ_NULL) {
        raise_unset(m, obj, false);
    }
    return v;
}
static KL_DEFINE_FUN_VAR(member___get___obj, __get__, 2, 3, member___get__);

static kl_obj_t member___set__(kl_obj_t self, kl_obj_t obj, kl_obj_t value) {
    kl_obj_member_set(self, obj, value);
    return kl_const_none;
}
static KL_DEFINE_FUN_3(member___set___obj, __set__, member___set__);

static kl_obj_t member___delete__(kl_obj_t self, kl_obj_t obj) {
    kl_obj_member_set(self, obj, KL_OBJ_NULL);
    return kl_const_none;
}
static KL_DEFINE_FUN_2(member___delete___obj, __delete__, member___delete__);

static const kl_rom_map_elem_t member_locals_table[] = {
    {KL_ROM_QSTR(__delete__), KL_ROM_PTR(&member___delete___obj)},
    {KL_ROM_QSTR(__get__), KL_ROM_PTR(&member___get___obj)},
    {KL_ROM_QSTR(__set__), KL_ROM_PTR(&member___set___obj)},
};
static KL_DEFINE_CONST_DICT(member_locals_dict, member_locals_table);

static void member_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    if (dest[0] != KL_OBJ_NULL) {
        return;
    }
    const member_t *m = (const member_t *)self;
    switch (attr) {
        case KL_QSTR___name__:
            dest[0] = KL_OBJ_NEW_QSTR(m->name);
            return;
        case KL_QSTR___qualname__: {
            kl_obj_t owner = kl_load_attr(KL_OBJ_FROM_PTR(m->owner), KL_QSTR___qualname__);
            dest[0] = kl_obj_str_printf("%S.%q", owner, m->name);
            return;
        }
        case KL_QSTR___objclass__:
            dest[0] = KL_OBJ_FROM_PTR(m->owner);
            return;
#if KL_CFG_DOCSTRINGS
        case KL_QSTR___doc__:
            dest[0] = kl_const_none;
            return;
#endif
        default:
            kl_type_generic_attr(self, attr, dest);
            return;
    }
}

const kl_obj_type_t kl_type_member_descriptor = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_EQ_IS_ID,
    .name = KL_QSTR_member_descriptor,
    .print = member_print,
    .attr = member_attr,
    .locals_dict = &member_locals_dict,
};

#else

// Without __slots__ (KL_CFG_SLOTS=0) no member descriptor is ever made: the type stays for the
// type tests in vm/obj_type.c, which then never match. It has no name, so that its name and
// those of its methods stay out of the qstr table.
const kl_obj_type_t kl_type_member_descriptor = {
    .base = {&kl_type_type},
};

#endif // KL_CFG_SLOTS
