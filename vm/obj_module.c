// vm/obj_module.c: module objects and the import machinery.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Imports look in sys.modules, then in the table of builtin modules compiled into the image,
// then (through the port) in the file system along sys.path. A module's attributes are its
// globals dict, so `mod.x` is one dict lookup.

#include <string.h>

#include "vm/gc.h"
#include "vm/map.h"
#include "vm/obj_exception.h"
#include "vm/obj_module.h"
#include "vm/obj_str.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/state.h"
#include "vm/vstr.h"

kl_obj_t kl_obj_new_module(kl_qstr_t name) {
    kl_obj_module_t *m = kl_gc_alloc(sizeof(kl_obj_module_t), 0);
    m->base.type = &kl_type_module;
    m->globals = (kl_obj_dict_t *)kl_obj_new_dict(4);
    kl_obj_dict_store(KL_OBJ_FROM_PTR(m->globals), KL_OBJ_NEW_QSTR(KL_QSTR___name__),
                      KL_OBJ_NEW_QSTR(name));
    return KL_OBJ_FROM_PTR(m);
}

kl_obj_t kl_obj_module_globals(kl_obj_t module) {
    return KL_OBJ_FROM_PTR(((kl_obj_module_t *)module)->globals);
}

kl_qstr_t kl_obj_module_name(kl_obj_t module) {
    kl_obj_t n = kl_obj_dict_get(kl_obj_module_globals(module), KL_OBJ_NEW_QSTR(KL_QSTR___name__));
    return n != KL_OBJ_NULL && kl_obj_is_str(n) ? kl_obj_str_get_qstr(n) : KL_QSTR__lt_unknown_gt_;
}

static void module_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    kl_qstr_t name = kl_obj_module_name(o);
    kl_obj_t file = kl_obj_dict_get(kl_obj_module_globals(o), KL_OBJ_NEW_QSTR(KL_QSTR___file__));
    if (file != KL_OBJ_NULL) {
        kl_printf(print, "<module '%q' from %r>", name, file);
    } else {
        kl_printf(print, "<module '%q' (built-in)>", name);
    }
}

static void module_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    kl_obj_module_t *m = (kl_obj_module_t *)self;
    if (dest[0] == KL_OBJ_NULL) {
        kl_map_elem_t *e = kl_map_lookup_qstr(&m->globals->map, attr, KL_MAP_LOOKUP);
        if (e != NULL) {
            dest[0] = e->value;
        } else if (attr == KL_QSTR___dict__) {
            dest[0] = KL_OBJ_FROM_PTR(m->globals);
        } else if (attr == KL_QSTR___class__) {
            dest[0] = KL_OBJ_FROM_PTR(&kl_type_module);
        }
        return;
    }
    if (m->globals->map.is_fixed) {
        return; // a const module: the caller raises AttributeError
    }
    if (dest[1] != KL_OBJ_NULL) {
        kl_map_lookup_qstr(&m->globals->map, attr, KL_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = dest[1];
        dest[0] = KL_OBJ_NULL;
    } else if (kl_map_lookup_qstr(&m->globals->map, attr, KL_MAP_LOOKUP_REMOVE) != NULL) {
        dest[0] = KL_OBJ_NULL;
    }
}

const kl_obj_type_t kl_type_module = {
    .base = {&kl_type_type},
    .name = KL_QSTR_module,
    .print = module_print,
    .attr = module_attr,
};

// ==== Import ====

static const kl_builtin_module_t builtin_modules[] = {
    {KL_QSTR_builtins, &kl_module_builtins, NULL},
    {KL_QSTR_sys, NULL, kl_mod_sys_init},
};

static kl_obj_t modules_dict(void) {
    return kl_state.roots.modules;
}

static kl_obj_t find_builtin(kl_qstr_t name) {
    for (size_t i = 0; i < sizeof(builtin_modules) / sizeof(builtin_modules[0]); i++) {
        const kl_builtin_module_t *b = &builtin_modules[i];
        if (b->name == name) {
            kl_obj_t m = b->init != NULL ? b->init() : KL_OBJ_FROM_PTR(b->module);
            kl_obj_dict_store(modules_dict(), KL_OBJ_NEW_QSTR(name), m);
            return m;
        }
    }
    return KL_OBJ_NULL;
}

static kl_obj_t import_one(kl_qstr_t name) {
    kl_obj_t m = kl_obj_dict_get(modules_dict(), KL_OBJ_NEW_QSTR(name));
    if (m != KL_OBJ_NULL) {
        return m;
    }
    m = find_builtin(name);
    if (m != KL_OBJ_NULL) {
        return m;
    }
    kl_obj_t exc = kl_obj_new_exception_fmt(&kl_type_ModuleNotFoundError,
                                            KL_ERROR_TEXT("No module named '%q'"), name);
    kl_raise(exc);
}

kl_obj_t kl_import_name_in(kl_qstr_t name, kl_obj_t fromlist, kl_int_t level, kl_obj_t globals) {
    (void)globals;
    if (level > 0) {
        kl_raise_msg(&kl_type_ImportError,
                     KL_ERROR_TEXT("attempted relative import with no known parent package"));
    }
    // a.b.c: import a, then a.b, then a.b.c; return a unless there is a fromlist.
    size_t len;
    const char *str = kl_qstr_data(name, &len);
    kl_obj_t top = KL_OBJ_NULL, last = KL_OBJ_NULL;
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i == len || str[i] == '.') {
            kl_qstr_t part = kl_qstr_from_strn(str, i);
            (void)start;
            last = import_one(part);
            if (top == KL_OBJ_NULL) {
                top = last;
            }
            start = i + 1;
        }
    }
    if (fromlist != kl_const_none && fromlist != KL_OBJ_NULL) {
        return last;
    }
    return top;
}

kl_obj_t kl_import_name(kl_qstr_t name, kl_obj_t fromlist, kl_int_t level) {
    return kl_import_name_in(name, fromlist, level, KL_OBJ_NULL);
}

kl_obj_t kl_import_from(kl_obj_t module, kl_qstr_t name) {
    kl_obj_t v = kl_load_attr_maybe(module, name, KL_OBJ_NULL);
    if (v == KL_OBJ_NULL) {
        kl_qstr_t mname = kl_obj_is_type(module, &kl_type_module) ? kl_obj_module_name(module)
                                                                  : KL_QSTR__lt_unknown_gt_;
        kl_obj_t exc = kl_obj_new_exception_fmt(
            &kl_type_ImportError,
            KL_ERROR_TEXT("cannot import name '%q' from '%q' (unknown location)"), name, mname);
        kl_raise(exc);
    }
    return v;
}

void kl_import_all(kl_obj_t module, kl_obj_t dest_dict) {
    kl_obj_t g = kl_obj_module_globals(module);
    kl_obj_t all = kl_obj_dict_get(g, KL_OBJ_NEW_QSTR(KL_QSTR___all__));
    if (all != KL_OBJ_NULL) {
        kl_obj_t it = kl_getiter(all, NULL);
        kl_obj_t name;
        while ((name = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
            kl_obj_dict_store(dest_dict, name, kl_load_attr(module, kl_obj_str_get_qstr(name)));
        }
        return;
    }
    size_t pos = 0;
    kl_map_elem_t *e;
    while ((e = kl_map_next(&((kl_obj_dict_t *)g)->map, &pos)) != NULL) {
        size_t len;
        const char *s = kl_obj_str_get_data(e->key, &len);
        if (len > 0 && s[0] != '_') {
            kl_obj_dict_store(dest_dict, e->key, e->value);
        }
    }
}
