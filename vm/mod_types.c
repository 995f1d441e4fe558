// vm/mod_types.c: the types module: names for the interpreter's own types, and SimpleNamespace.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Most of types is a table of the builtin type objects that have no builtin name (the type of a
// function, of a generator, of a module...), so `isinstance(f, types.FunctionType)` works. The
// one type defined here is SimpleNamespace: an object that is nothing but its attribute dict,
// built from keyword arguments, printed as namespace(a=1), equal when the dicts are.

#include "vm/bc.h"
#include "vm/gc.h"
#include "vm/map.h"
#include "vm/obj_dict.h"
#include "vm/obj_exception.h"
#include "vm/obj_list.h"
#include "vm/obj_module.h"
#include "vm/obj_str.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

#if KL_CFG_MODULE_TYPES

// ==== SimpleNamespace ====

typedef struct _namespace_t {
    kl_obj_base_t base;
    kl_obj_dict_t *dict;
} namespace_t;

static kl_obj_t namespace_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                   const kl_obj_t *args) {
    if (n_args != 0) {
        kl_raise_TypeError(KL_ERROR_TEXT("no positional arguments expected"));
    }
    namespace_t *ns = kl_gc_alloc(sizeof(namespace_t), 0);
    ns->base.type = type;
    ns->dict = (kl_obj_dict_t *)kl_obj_new_dict(n_kw);
    for (size_t i = 0; i < n_kw; i++) {
        kl_obj_dict_store(KL_OBJ_FROM_PTR(ns->dict), args[2 * i], args[2 * i + 1]);
    }
    return KL_OBJ_FROM_PTR(ns);
}

static void namespace_print_body(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    namespace_t *ns = (namespace_t *)o;
    kl_print_str(print, "namespace(");
    size_t pos = 0;
    kl_map_elem_t *e;
    bool first = true;
    while ((e = kl_map_next(&ns->dict->map, &pos)) != NULL) {
        if (!kl_obj_is_str(e->key)) {
            continue;
        }
        kl_obj_t value = e->value; // read first: the repr below may run Python code
        kl_printf(print, first ? "%S=%r" : ", %S=%r", e->key, value);
        first = false;
    }
    kl_print_str(print, ")");
}

static void namespace_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    kl_obj_list_print_guarded(print, o, kind, namespace_print_body, "namespace(...)");
}

static void namespace_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    namespace_t *ns = (namespace_t *)self;
    kl_map_t *map = &ns->dict->map;
    if (dest[0] == KL_OBJ_NULL) {
        if (attr == KL_QSTR___dict__) {
            dest[0] = KL_OBJ_FROM_PTR(ns->dict);
            return;
        }
        kl_map_elem_t *e = kl_map_lookup_qstr(map, attr, KL_MAP_LOOKUP);
        if (e != NULL) {
            dest[0] = e->value;
            return;
        }
        kl_type_generic_attr(self, attr, dest);
        return;
    }
    if (dest[1] != KL_OBJ_NULL) {
        kl_map_lookup_qstr(map, attr, KL_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = dest[1];
        dest[0] = KL_OBJ_NULL;
    } else if (kl_map_lookup_qstr(map, attr, KL_MAP_LOOKUP_REMOVE) != NULL) {
        dest[0] = KL_OBJ_NULL;
    }
}

static kl_obj_t namespace_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    if ((op == KL_BINARY_OP_EQ || op == KL_BINARY_OP_NE) &&
        kl_obj_is_type(lhs, &kl_type_simple_namespace) &&
        kl_obj_is_type(rhs, &kl_type_simple_namespace)) {
        bool eq = kl_obj_equal(KL_OBJ_FROM_PTR(((namespace_t *)lhs)->dict),
                               KL_OBJ_FROM_PTR(((namespace_t *)rhs)->dict));
        return KL_OBJ_FROM_BOOL(eq == (op == KL_BINARY_OP_EQ));
    }
    return KL_OBJ_NULL;
}

const kl_obj_type_t kl_type_simple_namespace = {
    .base = {&kl_type_type},
    .name = KL_QSTR_types_SimpleNamespace,
    .make_new = namespace_make_new,
    .print = namespace_print,
    .binary_op = namespace_binary_op,
    .attr = namespace_attr,
};

// ==== The module ====

static const kl_rom_map_elem_t types_globals_table[] = {
    {KL_ROM_QSTR(__name__), KL_OBJ_NEW_QSTR(KL_QSTR_types)},
    {KL_ROM_QSTR(AsyncGeneratorType), KL_ROM_PTR(&kl_type_async_generator)},
    {KL_ROM_QSTR(BuiltinFunctionType), KL_ROM_PTR(&kl_type_builtin_function)},
    {KL_ROM_QSTR(BuiltinMethodType), KL_ROM_PTR(&kl_type_builtin_function)},
    {KL_ROM_QSTR(CellType), KL_ROM_PTR(&kl_type_cell)},
    {KL_ROM_QSTR(CodeType), KL_ROM_PTR(&kl_type_code)},
    {KL_ROM_QSTR(CoroutineType), KL_ROM_PTR(&kl_type_coroutine)},
    {KL_ROM_QSTR(EllipsisType), KL_ROM_PTR(&kl_type_ellipsis)},
    {KL_ROM_QSTR(FunctionType), KL_ROM_PTR(&kl_type_function)},
    {KL_ROM_QSTR(GeneratorType), KL_ROM_PTR(&kl_type_generator)},
    {KL_ROM_QSTR(GenericAlias), KL_ROM_PTR(&kl_type_generic_alias)},
    {KL_ROM_QSTR(LambdaType), KL_ROM_PTR(&kl_type_function)},
    {KL_ROM_QSTR(MappingProxyType), KL_ROM_PTR(&kl_type_mappingproxy)},
    {KL_ROM_QSTR(MemberDescriptorType), KL_ROM_PTR(&kl_type_member_descriptor)},
    {KL_ROM_QSTR(MethodDescriptorType), KL_ROM_PTR(&kl_type_method_descriptor)},
    {KL_ROM_QSTR(MethodType), KL_ROM_PTR(&kl_type_bound_method)},
    {KL_ROM_QSTR(ModuleType), KL_ROM_PTR(&kl_type_module)},
    {KL_ROM_QSTR(NoneType), KL_ROM_PTR(&kl_type_NoneType)},
    {KL_ROM_QSTR(NotImplementedType), KL_ROM_PTR(&kl_type_NotImplementedType)},
    {KL_ROM_QSTR(SimpleNamespace), KL_ROM_PTR(&kl_type_simple_namespace)},
    {KL_ROM_QSTR(TracebackType), KL_ROM_PTR(&kl_type_traceback)},
    {KL_ROM_QSTR(UnionType), KL_ROM_PTR(&kl_type_union)},
};
static KL_DEFINE_CONST_DICT(types_globals, types_globals_table);

const kl_obj_module_t kl_module_types = {{&kl_type_module}, &types_globals};

#endif // KL_CFG_MODULE_TYPES
