// vm/obj_module.c: module objects and the import machinery.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Imports look in sys.modules, then in the table of builtin modules compiled into the image,
// then (through the port) in the file system along sys.path. A module's attributes are its
// globals dict, so `mod.x` is one dict lookup.

#include <string.h>

#include "vm/bc.h"
#include "vm/bcfile.h"
#include "vm/frozen.h"
#include "vm/gc.h"
#include "vm/hal.h"
#include "vm/map.h"
#include "vm/nlr.h"
#include "vm/obj_exception.h"
#include "vm/obj_list.h"
#include "vm/obj_module.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/parse.h"
#include "vm/runtime.h"
#include "vm/state.h"
#include "vm/vstr.h"

// Whether an import can load a module that is not compiled in: from a file or frozen code.
// Without (MINIMUM) only the builtin modules can be imported, and none of them is a package.
#define IMPORT_LOADS (KL_CFG_IMPORT_FILES || KL_CFG_FROZEN)

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
    if (m == &kl_module_builtins && attr != KL_QSTR___dict__ && attr != KL_QSTR___class__) {
        kl_builtins_module_attr(attr, dest);
        return;
    }
    if (dest[0] == KL_OBJ_NULL) {
        kl_map_elem_t *e = kl_map_lookup_qstr(&m->globals->map, attr, KL_MAP_LOOKUP);
        if (e != NULL) {
            dest[0] = e->value;
        } else if (attr == KL_QSTR___dict__) {
            dest[0] = KL_OBJ_FROM_PTR(m->globals);
        } else if (attr == KL_QSTR___class__) {
            dest[0] = KL_OBJ_FROM_PTR(&kl_type_module);
        } else if (KL_CFG_MODULE_GETATTR &&
                   (e = kl_map_lookup_qstr(&m->globals->map, KL_QSTR___getattr__, KL_MAP_LOOKUP)) !=
                       NULL) {
            // PEP 562: the module's own __getattr__ is asked for the names its globals lack;
            // what it raises (AttributeError for a name it does not know) propagates.
            dest[0] = kl_call_function_1(e->value, KL_OBJ_NEW_QSTR(attr));
        }
        return;
    }
    if (m->globals->map.is_fixed) {
        return; // a const module: the caller raises AttributeError
    }
    kl_type_map_store(&m->globals->map, attr, dest);
}

const kl_obj_type_t kl_type_module = {
    .base = {&kl_type_type},
    .name = KL_QSTR_module,
    .print = module_print,
    .attr = module_attr,
};

// ==== Import ====

// The port's own modules (KL_PORT_BUILTIN_MODULES in its port_config.h) are defined there.
#define X(name, init) kl_obj_t init(void);
KL_PORT_BUILTIN_MODULES(X)
#undef X

// Every module compiled into the core; a module is added here and in vm/config.h.
// clang-format off
static const kl_builtin_module_t builtin_modules[] = {
    {KL_QSTR_builtins, &kl_module_builtins, NULL}, // always present
#if KL_CFG_MODULE_SYS
    {KL_QSTR_sys, NULL, kl_mod_sys_init},
#endif
#if KL_CFG_MODULE_ERRNO
    {KL_QSTR_errno, NULL, kl_mod_errno_init},
#endif
#if KL_CFG_MODULE_KINGLET
    {KL_QSTR_kinglet, &kl_module_kinglet, NULL},
    {KL_QSTR_micropython, &kl_module_kinglet, NULL},
#endif
#if KL_CFG_MODULE_TYPES
    {KL_QSTR_types, &kl_module_types, NULL},
#endif
#if KL_CFG_MODULE_TIME
    {KL_QSTR_time, NULL, kl_mod_time_init},
#endif
#if KL_CFG_MODULE_GC
    {KL_QSTR_gc, &kl_module_gc, NULL},
#endif
#if KL_CFG_MODULE_MATH
    {KL_QSTR_math, &kl_module_math, NULL},
#endif
#if KL_CFG_MODULE_CMATH
    {KL_QSTR_cmath, &kl_module_cmath, NULL},
#endif
#if KL_CFG_MODULE_STRUCT
    {KL_QSTR_struct, &kl_module_struct, NULL},
#endif
#if KL_CFG_MODULE_BINASCII
    {KL_QSTR_binascii, &kl_module_binascii, NULL},
#endif
#if KL_CFG_MODULE_RANDOM
    {KL_QSTR_random, NULL, kl_mod_random_init},
#endif
#if KL_CFG_MODULE_JSON
    {KL_QSTR_json, NULL, kl_mod_json_init},
#endif
#if KL_CFG_MODULE_RE
    {KL_QSTR_re, NULL, kl_mod_re_init},
#endif
#if KL_CFG_MODULE_FUNCTOOLS
    {KL_QSTR_functools, NULL, kl_mod_functools_init},
#endif
#if KL_CFG_MODULE_HASHLIB
    {KL_QSTR_hashlib, NULL, kl_mod_hashlib_init},
#endif
#if KL_CFG_MODULE_ARRAY
    {KL_QSTR_array, &kl_module_array, NULL},
#endif
#if KL_CFG_MODULE_ITERTOOLS
    {KL_QSTR_itertools, &kl_module_itertools, NULL},
#endif
#if KL_CFG_MODULE_IO
    {KL_QSTR_io, NULL, kl_mod_io_init},
#endif
#if KL_CFG_MODULE_MACHINE
    {KL_QSTR_machine, &kl_module_machine, NULL},
#endif
    // The port's own modules (unix/port_config.h: os, ffi), as X(name, init) entries.
#define X(name, init) {KL_QSTR_##name, NULL, init},
    KL_PORT_BUILTIN_MODULES(X)
#undef X
};
// clang-format on

kl_obj_t kl_obj_module_builtin_names(void) {
    size_t n = sizeof(builtin_modules) / sizeof(builtin_modules[0]);
    kl_obj_t list = kl_obj_new_list(0, NULL);
    for (size_t i = 0; i < n; i++) {
        kl_obj_list_append(list, KL_OBJ_NEW_QSTR(builtin_modules[i].name));
    }
    kl_obj_list_sort(list, kl_const_none, false);
    return kl_obj_tuple_from_iterable(list);
}

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

#if KL_CFG_IMPORT_FILES
// The text of [name] with [len] bytes as a NUL-terminated path "dir/name[suffix]".
static const char *make_path(kl_vstr_t *v, kl_obj_t dir, const char *name, size_t len,
                             const char *suffix) {
    v->len = 0;
    size_t dlen;
    const char *d = kl_obj_str_get_data(dir, &dlen);
    if (dlen > 0) {
        kl_vstr_add_strn(v, d, dlen);
        if (d[dlen - 1] != '/') {
            kl_vstr_add_byte(v, '/');
        }
    }
    kl_vstr_add_strn(v, name, len);
    kl_vstr_add_str(v, suffix);
    return kl_vstr_null_terminate(v);
}

// Run the source file at [path] as module [name] (already registered in sys.modules).
static void exec_module_file(kl_obj_t module, const char *path) {
    kl_obj_t src = kl_hal_read_file(path);
    if (src == KL_OBJ_NULL) {
        kl_raise(kl_obj_new_exception_fmt(&kl_type_ImportError, KL_ERROR_TEXT("cannot read '%s'"),
                                          path));
    }
    size_t len;
    const char *data = kl_obj_str_get_data(src, &len);
    kl_obj_t code;
#if KL_CFG_BYTECODE_FILES
    if (kl_bcfile_is(data, len)) {
        code = kl_bcfile_load((const uint8_t *)data, len);
    } else
#endif
    {
        code = kl_compile(data, len, kl_qstr_from_str(path), KL_PARSE_FILE);
    }
    kl_obj_t g = kl_obj_module_globals(module);
    kl_vm_exec_code((const kl_obj_code_t *)code, g, g, KL_OBJ_NULL);
}

// Run [m] from [path]; on failure take it out of sys.modules again.
static void run_module(kl_obj_t m, const char *path, kl_qstr_t full) {
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        exec_module_file(m, path);
        kl_nlr_pop();
    } else {
        kl_map_lookup(&((kl_obj_dict_t *)modules_dict())->map, KL_OBJ_NEW_QSTR(full),
                      KL_MAP_LOOKUP_REMOVE);
        kl_nlr_jump(nlr.ret_val);
    }
}

// Find and load [full] (a dotted name whose last part is [name]) in the directories of
// [search] (sys.path or the parent package's __path__). KL_OBJ_NULL if not found.
static kl_obj_t load_from_path(kl_qstr_t full, const char *name, size_t len, kl_obj_t search) {
    if (search == KL_OBJ_NULL || !kl_obj_is_type(search, &kl_type_list)) {
        return KL_OBJ_NULL;
    }
    kl_vstr_t v;
    kl_vstr_init(&v, 64);
    size_t n;
    kl_obj_t *dirs;
    kl_obj_get_array(search, &n, &dirs);
    for (size_t i = 0; i < n; i++) {
        if (!kl_obj_is_str(dirs[i])) {
            continue;
        }
        // In each directory: a package, then a module; source before bytecode (.kbc), so a
        // stale .kbc never shadows the .py beside it.
        static const char *const suffixes[] = {
            "/__init__.py",
            ".py",
#if KL_CFG_BYTECODE_FILES
            "/__init__.kbc",
            ".kbc",
#endif
        };
        bool is_pkg = false;
        const char *path = NULL;
        for (size_t k = 0; k < sizeof(suffixes) / sizeof(suffixes[0]); k++) {
            path = make_path(&v, dirs[i], name, len, suffixes[k]);
            if (kl_hal_path_kind(path) == KL_HAL_PATH_FILE) {
                is_pkg = suffixes[k][0] == '/';
                break;
            }
            path = NULL;
        }
        if (path == NULL) {
            continue;
        }
        kl_obj_t m = kl_obj_new_module(full);
        kl_obj_t g = kl_obj_module_globals(m);
        kl_obj_t file = kl_obj_new_str(path, strlen(path));
        kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR___file__), file);
        size_t flen;
        const char *fs = kl_qstr_data(full, &flen);
        if (is_pkg) {
            // A package: its own directory is where its submodules are found.
            kl_obj_t dir = kl_obj_new_str(path, (size_t)(strrchr(path, '/') - path));
            kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR___path__), kl_obj_new_list(1, &dir));
            kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR___package__), KL_OBJ_NEW_QSTR(full));
        } else {
            const char *dot = NULL;
            for (size_t k = 0; k < flen; k++) {
                if (fs[k] == '.') {
                    dot = fs + k;
                }
            }
            kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR___package__),
                              dot == NULL ? KL_OBJ_NEW_QSTR(KL_QSTR_NULL)
                                          : kl_obj_new_str(fs, (size_t)(dot - fs)));
        }
        // Registered before it runs, so circular imports see the partial module.
        kl_obj_dict_store(modules_dict(), KL_OBJ_NEW_QSTR(full), m);
        run_module(m, path, full);
        // The module may have replaced itself in sys.modules.
        kl_obj_t r = kl_obj_dict_get(modules_dict(), KL_OBJ_NEW_QSTR(full));
        return r != KL_OBJ_NULL ? r : m;
    }
    return KL_OBJ_NULL;
}
#endif

#if KL_CFG_FROZEN
// Load the frozen module [full] (vm/frozen.c), or KL_OBJ_NULL if there is none.
static kl_obj_t load_frozen(kl_qstr_t full) {
    size_t flen;
    const char *fs = kl_qstr_data(full, &flen);
    const kl_frozen_module_t *f = kl_frozen_find(fs, flen);
    if (f == NULL) {
        return KL_OBJ_NULL;
    }
    kl_obj_t m = kl_obj_new_module(full);
    kl_obj_t g = kl_obj_module_globals(m);
    size_t cut = 0;
    for (size_t k = 0; k < flen; k++) {
        if (fs[k] == '.') {
            cut = k;
        }
    }
    if (f->is_pkg) {
        // Its submodules are frozen too: an empty __path__ sends the search to the table.
        kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR___path__), kl_obj_new_list(0, NULL));
        kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR___package__), KL_OBJ_NEW_QSTR(full));
    } else {
        kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR___package__), kl_obj_new_str(fs, cut));
    }
    kl_obj_dict_store(modules_dict(), KL_OBJ_NEW_QSTR(full), m);
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_t code;
        if (f->kind == KL_FROZEN_CODE) {
            // The code object itself, const (in flash on a board): it runs where it lies.
            code = KL_OBJ_FROM_PTR(f->data);
#if KL_CFG_BYTECODE_FILES
        } else if (f->kind == KL_FROZEN_BYTECODE) {
            // kinglet-cross recorded the file name as `<frozen name>` (mk/unix.mk).
            code = kl_bcfile_load((const uint8_t *)f->data, f->len);
#endif
        } else {
            kl_vstr_t v;
            kl_vstr_init(&v, flen + 10);
            kl_vstr_add_str(&v, "<frozen ");
            kl_vstr_add_strn(&v, fs, flen);
            kl_vstr_add_byte(&v, '>');
            kl_qstr_t fname = kl_qstr_from_strn(v.buf, v.len);
            code = kl_compile(f->data, f->len, fname, KL_PARSE_FILE);
        }
        kl_vm_exec_code((const kl_obj_code_t *)code, g, g, KL_OBJ_NULL);
        kl_nlr_pop();
    } else {
        kl_map_lookup(&((kl_obj_dict_t *)modules_dict())->map, KL_OBJ_NEW_QSTR(full),
                      KL_MAP_LOOKUP_REMOVE);
        kl_nlr_jump(nlr.ret_val);
    }
    kl_obj_t r = kl_obj_dict_get(modules_dict(), KL_OBJ_NEW_QSTR(full));
    return r != KL_OBJ_NULL ? r : m;
}
#endif

static KL_NORETURN void raise_not_found(kl_qstr_t name) {
    kl_obj_t exc = kl_obj_new_exception_fmt(&kl_type_ModuleNotFoundError,
                                            KL_ERROR_TEXT("No module named '%q'"), name);
    kl_store_attr(exc, KL_QSTR_name, KL_OBJ_NEW_QSTR(name));
    kl_raise(exc);
}

// Import the module [full] whose parent (for a dotted name) is [parent] or NULL.
static kl_obj_t import_one(kl_qstr_t full, kl_obj_t parent) {
    kl_obj_t m = kl_obj_dict_get(modules_dict(), KL_OBJ_NEW_QSTR(full));
    if (m != KL_OBJ_NULL) {
        if (m == kl_const_none) {
            raise_not_found(full);
        }
        return m;
    }
    kl_obj_t search = kl_state.roots.sys_path;
    if (parent == KL_OBJ_NULL) {
        m = find_builtin(full);
        if (m != KL_OBJ_NULL) {
            return m;
        }
    }
#if IMPORT_LOADS || KL_CFG_ERROR_TEXT
    else {
        // (Without modules to load a submodule is not found either way: only the message
        // tells the two apart. #if, not if, keeps __path__ out of the smallest image.)
        search = kl_obj_dict_get(kl_obj_module_globals(parent), KL_OBJ_NEW_QSTR(KL_QSTR___path__));
        if (search == KL_OBJ_NULL) {
            size_t plen;
            const char *p = kl_qstr_data(kl_obj_module_name(parent), &plen);
            kl_obj_t exc = kl_obj_new_exception_fmt(
                &kl_type_ModuleNotFoundError,
                KL_ERROR_TEXT("No module named '%q'; '%s' is not a package"), full,
                kl_obj_str_get_data(kl_obj_new_str(p, plen), &plen));
            kl_store_attr(exc, KL_QSTR_name, KL_OBJ_NEW_QSTR(full));
            kl_raise(exc);
        }
    }
#endif
#if IMPORT_LOADS
    // The last part of the name, which the parent stores the module as.
    size_t flen;
    const char *fs = kl_qstr_data(full, &flen);
    const char *name = fs;
    for (size_t k = 0; k < flen; k++) {
        if (fs[k] == '.') {
            name = fs + k + 1;
        }
    }
    size_t len = flen - (size_t)(name - fs);
    m = KL_OBJ_NULL;
#if KL_CFG_IMPORT_FILES
    m = load_from_path(full, name, len, search);
#else
    (void)search;
#endif
#if KL_CFG_FROZEN
    if (m == KL_OBJ_NULL) {
        m = load_frozen(full);
    }
#endif
    if (m == KL_OBJ_NULL) {
        raise_not_found(full);
    }
    if (parent != KL_OBJ_NULL) {
        kl_obj_dict_store(kl_obj_module_globals(parent),
                          KL_OBJ_NEW_QSTR(kl_qstr_from_strn(name, len)), m);
    }
    return m;
#else
    (void)search;
    raise_not_found(full);
#endif
}

#if IMPORT_LOADS
// The package that a relative import at [level] in [globals] starts from.
static kl_obj_t resolve_package(kl_obj_t globals, kl_int_t level) {
    kl_obj_t pkg = KL_OBJ_NULL;
    if (globals != KL_OBJ_NULL && kl_obj_is_type(globals, &kl_type_dict)) {
        pkg = kl_obj_dict_get(globals, KL_OBJ_NEW_QSTR(KL_QSTR___package__));
        if (pkg == KL_OBJ_NULL || pkg == kl_const_none) {
            kl_obj_t name = kl_obj_dict_get(globals, KL_OBJ_NEW_QSTR(KL_QSTR___name__));
            if (name != KL_OBJ_NULL && kl_obj_is_str(name)) {
                if (kl_obj_dict_get(globals, KL_OBJ_NEW_QSTR(KL_QSTR___path__)) != KL_OBJ_NULL) {
                    pkg = name;
                } else {
                    size_t len;
                    const char *s = kl_obj_str_get_data(name, &len);
                    size_t cut = 0;
                    for (size_t k = 0; k < len; k++) {
                        if (s[k] == '.') {
                            cut = k;
                        }
                    }
                    pkg = kl_obj_new_str(s, cut);
                }
            }
        }
    }
    size_t len = 0;
    const char *s = pkg != KL_OBJ_NULL && kl_obj_is_str(pkg) ? kl_obj_str_get_data(pkg, &len) : "";
    if (len == 0) {
        kl_raise_msg(&kl_type_ImportError,
                     KL_ERROR_TEXT("attempted relative import with no known parent package"));
    }
    for (kl_int_t l = 1; l < level; l++) {
        while (len > 0 && s[len - 1] != '.') {
            len--;
        }
        if (len == 0) {
            kl_raise_msg(&kl_type_ImportError,
                         KL_ERROR_TEXT("attempted relative import beyond top-level package"));
        }
        len--;
    }
    return kl_obj_new_str(s, len);
}
#endif

kl_obj_t kl_import_name_in(kl_qstr_t name, kl_obj_t fromlist, kl_int_t level, kl_obj_t globals) {
    size_t len;
    const char *full = kl_qstr_data(name, &len);
    if (level > 0) {
#if IMPORT_LOADS
        // The package's name, then the module's.
        size_t plen;
        const char *p = kl_obj_str_get_data(resolve_package(globals, level), &plen);
        kl_vstr_t v;
        kl_vstr_init(&v, plen + len + 1);
        kl_vstr_add_strn(&v, p, plen);
        if (name != KL_QSTR_NULL) {
            kl_vstr_add_byte(&v, '.');
        }
        kl_vstr_add_strn(&v, full, len);
        full = v.buf;
        len = v.len;
#else
        // Only builtin modules: there is no package to be relative to.
        (void)globals;
        kl_raise_msg(&kl_type_ImportError,
                     KL_ERROR_TEXT("attempted relative import with no known parent package"));
#endif
    }
    if (len == 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("Empty module name"));
    }
    // a.b.c: import a, then a.b, then a.b.c.
    kl_obj_t top = KL_OBJ_NULL, last = KL_OBJ_NULL;
    for (size_t i = 0; i <= len; i++) {
        if (i == len || full[i] == '.') {
            kl_qstr_t part = kl_qstr_from_strn(full, i);
            last = import_one(part, last);
            if (top == KL_OBJ_NULL) {
                top = last;
            }
        }
    }
    bool has_fromlist = fromlist != kl_const_none && fromlist != KL_OBJ_NULL;
    if (has_fromlist || level > 0) {
        return last;
    }
    return top;
}

kl_obj_t kl_import_name(kl_qstr_t name, kl_obj_t fromlist, kl_int_t level) {
    return kl_import_name_in(name, fromlist, level, KL_OBJ_NULL);
}

kl_obj_t kl_import_from(kl_obj_t module, kl_qstr_t name) {
#if KL_CFG_MODULE_GETATTR
    // An AttributeError from a module's __getattr__ (PEP 562) means the name is not there.
    kl_nlr_buf_t attr_nlr;
    if (kl_nlr_push(&attr_nlr) == 0) {
        kl_obj_t v = kl_load_attr_maybe(module, name, KL_OBJ_NULL);
        kl_nlr_pop();
        if (v != KL_OBJ_NULL) {
            return v;
        }
    } else if (!kl_obj_isinstance(attr_nlr.ret_val, &kl_type_AttributeError)) {
        kl_nlr_jump(attr_nlr.ret_val);
    }
#else
    kl_obj_t v = kl_load_attr_maybe(module, name, KL_OBJ_NULL);
    if (v != KL_OBJ_NULL) {
        return v;
    }
#endif
    kl_qstr_t mname = KL_QSTR__lt_unknown_gt_;
    kl_obj_t file = KL_OBJ_NULL;
    if (kl_obj_is_type(module, &kl_type_module)) {
        // from package import submodule (which, without modules to load, is never found)
#if IMPORT_LOADS
        if (kl_obj_dict_get(kl_obj_module_globals(module), KL_OBJ_NEW_QSTR(KL_QSTR___path__)) !=
            KL_OBJ_NULL) {
            kl_vstr_t full;
            kl_vstr_init(&full, 32);
            size_t len;
            const char *s = kl_qstr_data(kl_obj_module_name(module), &len);
            kl_vstr_add_strn(&full, s, len);
            kl_vstr_add_byte(&full, '.');
            s = kl_qstr_data(name, &len);
            kl_vstr_add_strn(&full, s, len);
            kl_nlr_buf_t nlr;
            if (kl_nlr_push(&nlr) == 0) {
                kl_obj_t m = import_one(kl_qstr_from_strn(full.buf, full.len), module);
                kl_nlr_pop();
                return m;
            } else if (!kl_obj_isinstance(nlr.ret_val, &kl_type_ModuleNotFoundError)) {
                kl_nlr_jump(nlr.ret_val);
            }
        }
#endif
        mname = kl_obj_module_name(module);
        file = kl_obj_dict_get(kl_obj_module_globals(module), KL_OBJ_NEW_QSTR(KL_QSTR___file__));
    }
    kl_obj_t exc;
    if (file != KL_OBJ_NULL) {
        exc = kl_obj_new_exception_fmt(&kl_type_ImportError,
                                       KL_ERROR_TEXT("cannot import name '%q' from '%q' (%S)"),
                                       name, mname, file);
    } else {
        exc = kl_obj_new_exception_fmt(
            &kl_type_ImportError,
            KL_ERROR_TEXT("cannot import name '%q' from '%q' (unknown location)"), name, mname);
    }
    // The module imported from, and its file, as CPython sets them.
    kl_store_attr(exc, KL_QSTR_name, KL_OBJ_NEW_QSTR(mname));
    if (file != KL_OBJ_NULL) {
        kl_store_attr(exc, KL_QSTR_path, file);
    }
    kl_raise(exc);
}

void kl_import_all(kl_obj_t module, kl_obj_t dest_dict) {
    // The compiler only emits IMPORT_STAR after IMPORT_NAME; a hand-made .kbc file need not.
    if (!kl_obj_is_type(module, &kl_type_module)) {
        kl_raise_TypeError(KL_ERROR_TEXT("import * needs a module"));
    }
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
