// vm/obj_type.h: classes, instances, and the attribute protocol.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#ifndef KL_INCLUDED_VM_OBJ_TYPE_H
#define KL_INCLUDED_VM_OBJ_TYPE_H

#include "vm/obj.h"

// [attr] found along the method resolution order of [type], or KL_OBJ_NULL.
kl_obj_t kl_type_lookup(const kl_obj_type_t *type, kl_qstr_t attr);
// Forget every cached kl_type_lookup result: a class dict changed, or a collection may have
// freed a class whose address a new class will reuse.
void kl_type_cache_invalidate(void);
// The attribute protocol of types without an attr function: look up the class, bind methods.
void kl_type_generic_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest);
// Turn a value found in a class into what attribute access on [self] gives (bound method,
// property value, descriptor result...). [dest] as for kl_attr_fun_t loads.
void kl_type_bind_attr(kl_obj_t value, kl_obj_t self, const kl_obj_type_t *type, kl_obj_t *dest);
// The native part of an instance of a class derived from a builtin (the list of a list
// subclass), or [o] itself.
kl_obj_t kl_obj_native(kl_obj_t o, const kl_obj_type_t *native);

extern const kl_obj_type_t kl_type_super;

// getiter of iterators: returns self.
kl_obj_t kl_iter_self(kl_obj_t self, kl_obj_iter_buf_t *iter_buf);
// An iterator over obj[0], obj[1], ... until IndexError (the old sequence protocol).
kl_obj_t kl_obj_new_seq_iter(kl_obj_t seq);
// [exc], caught where an iterator was advanced: a StopIteration ends the iteration, its value put
// aside as an iternext slot's end is (KL_OBJ_STOP_ITERATION is returned); anything else is raised
// again.
kl_obj_t kl_type_catch_stop(kl_obj_t exc);
kl_obj_t kl_obj_new_static_class_method(const kl_obj_type_t *type, kl_obj_t fun);
// Allocate an instance of [type] (a class, or a builtin type through its make_new).
kl_obj_t kl_type_new_instance(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                              const kl_obj_t *args);
// The default store/delete of instance attributes (dest as for kl_attr_fun_t).
void kl_type_instance_store(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest);
// Store dest[1] as [attr] in [map], or delete [attr] when dest[1] is NULL, and mark it done
// (dest[0] NULL); false when there was nothing to delete.
bool kl_type_map_store(kl_map_t *map, kl_qstr_t attr, kl_obj_t *dest);
// A binary operator on a class instance that is the left or the right operand.
kl_obj_t kl_instance_binary_op_side(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs,
                                    bool self_is_lhs);
// type(name, bases, dict) with metaclass [meta]: [name] a str, [bases] a tuple, [dict] a dict.
kl_obj_t kl_type_new(const kl_obj_type_t *meta, kl_obj_t name, kl_obj_t bases, kl_obj_t dict);
// A class that C code builds (as a class statement would, with metaclass type) whose namespace
// holds builtin functions meant as its methods: each becomes a method descriptor, so it binds.
kl_obj_t kl_type_new_from_c(kl_obj_t name, kl_obj_t bases, kl_obj_t dict);
// Does a class defined in Python, in the MRO of [type], define [name]? (False for builtin
// types.) Fast paths for builtin values use it to honour a subclass's override.
bool kl_type_heap_defines(const kl_obj_type_t *type, kl_qstr_t name);
#if KL_CFG_METACLASS
// The most derived of [meta] and the metaclasses of [bases]; TypeError when two are unrelated.
const kl_obj_type_t *kl_type_winner(const kl_obj_type_t *meta, kl_obj_t bases);
#endif
// Call metaclass [meta] to create a class (__build_class__).
kl_obj_t kl_type_call_metaclass(const kl_obj_type_t *meta, size_t n_args, size_t n_kw,
                                const kl_obj_t *args);

// The slot values of an instance of a class with __slots__: one per name in the __slots__ of
// the classes its layout extends, KL_OBJ_NULL while unset.
kl_obj_t *kl_type_slot_values(kl_obj_t self);
// The bytes an instance of [type] takes: [native_bytes] of its builtin part, then its slots.
size_t kl_type_instance_bytes(const kl_obj_type_t *type, size_t native_bytes);

// ==== Member descriptors (vm/obj_member.c) ====
// The class attribute behind a name in __slots__: it reads and writes value [index] of
// kl_type_slot_values() of instances of [owner].
extern const kl_obj_type_t kl_type_member_descriptor;
kl_obj_t kl_obj_new_member(const kl_obj_type_t *owner, kl_qstr_t name, size_t index);
// obj.name through member [m]: the value; AttributeError when the slot is empty, TypeError when
// [obj] is not an instance of the member's class.
kl_obj_t kl_obj_member_get(kl_obj_t m, kl_obj_t obj);
// Store [value] in the slot, or empty it when [value] is KL_OBJ_NULL (AttributeError when it is
// already empty).
void kl_obj_member_set(kl_obj_t m, kl_obj_t obj, kl_obj_t value);

// A class's __qualname__ (a heap type: one a class statement or type() made).
kl_obj_t kl_type_qualname(const kl_obj_type_t *t);
// For dir(): add to [names], a dict whose keys are the names, those in the namespaces along the
// MRO of class [t], with the dunders that builtin types there answer through their slots
// (list.__len__, int.__add__) and the numbers' real, imag, numerator and denominator, which no
// dict holds.
void kl_type_dir(const kl_obj_type_t *t, kl_obj_t names);
#if KL_CFG_GENERIC_ALIAS
// list[int]: the object annotations evaluate to; calling it calls the origin.
kl_obj_t kl_obj_new_generic_alias(kl_obj_t origin, kl_obj_t args);
extern const kl_obj_callable_type_t kl_type_generic_alias_head;
#define kl_type_generic_alias (kl_type_generic_alias_head.type)
// A class as a generic alias or union shows it: `int`, `mod.Name`, `...`, else its repr.
void kl_obj_generic_alias_print_arg(const kl_print_t *print, kl_obj_t a);
// types.UnionType (vm/obj_union.c): lhs | rhs for classes, None, aliases and unions, or
// KL_OBJ_NULL when one side is something else; and the members of a union (a tuple).
extern const kl_obj_ops_type_t kl_type_union_head;
#define kl_type_union (kl_type_union_head.type)
kl_obj_t kl_obj_union_or(kl_obj_t lhs, kl_obj_t rhs);
kl_obj_t kl_obj_union_args(kl_obj_t u);
#endif

typedef struct _kl_obj_property_t {
    kl_obj_base_t base;
    kl_obj_t fget;
    kl_obj_t fset;
    kl_obj_t fdel;
    kl_obj_t doc;
    kl_obj_t name; // the class attribute it was assigned to (__set_name__), or KL_OBJ_NULL
} kl_obj_property_t;
KL_NORETURN void kl_obj_property_raise_missing(kl_obj_t prop, const kl_obj_type_t *type,
                                               const char *what);
// property(fget) made from C (the named fields of sys.version_info and the like), whether or not
// the builtin property is (KL_CFG_PROPERTY); the module that calls it needs KL_CFG_PROPERTY_TYPE.
kl_obj_t kl_obj_new_property(kl_obj_t fget);

// The docstring of a builtin type, or NULL (vm/builtin_docs.c, with KL_CFG_BUILTIN_DOCS).
const char *kl_builtin_type_doc(const kl_obj_type_t *type);

#endif // KL_INCLUDED_VM_OBJ_TYPE_H
