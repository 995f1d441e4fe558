// vm/obj_module.h: module objects.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#ifndef KL_INCLUDED_VM_OBJ_MODULE_H
#define KL_INCLUDED_VM_OBJ_MODULE_H

#include "vm/obj.h"

// A module is its globals dict. Builtin modules whose contents never change keep a const dict
// in flash; the others (sys, __main__, imported files) a dict on the heap.
typedef struct _kl_obj_module_t {
    kl_obj_base_t base;
    kl_obj_dict_t *globals;
} kl_obj_module_t;

// A builtin module: its name and its const (or initial) globals.
typedef struct _kl_builtin_module_t {
    uint16_t name; // qstr
    const kl_obj_module_t *module;
    // Called once on first import to make a mutable module (NULL: the const module is used).
    kl_obj_t (*init)(void);
} kl_builtin_module_t;

kl_obj_t kl_obj_new_module(kl_qstr_t name);
kl_qstr_t kl_obj_module_name(kl_obj_t module);
kl_obj_t kl_obj_module_globals(kl_obj_t module);
// The sorted names of the modules compiled in, as a tuple (sys.builtin_module_names).
kl_obj_t kl_obj_module_builtin_names(void);

// sys (vm/mod_sys.c)
kl_obj_t kl_mod_sys_init(void);
// The bytes of str [s] as console stream [fd] (1 stdout, 2 stderr) writes them, in *[len]:
// the str's own UTF-8 unless it holds a lone surrogate, which stdout refuses (UnicodeEncodeError,
// and nothing is written) and stderr writes as \udXXX, as CPython's streams do.
const char *kl_mod_sys_console_text(kl_obj_t s, int fd, size_t *len);
#if KL_CFG_MODULE_SYS
// A replaced sys.stdout, or KL_OBJ_NULL while it is the console.
kl_obj_t kl_mod_sys_stdout(void);
// sys.stdin, sys.stdout or sys.stderr ([name]) when a program replaced it (with a StringIO, or
// None); KL_OBJ_NULL while it is the console stream, which the caller then uses directly.
kl_obj_t kl_mod_sys_stream(kl_qstr_t name);
// A program's replacement of sys.displayhook / sys.excepthook, or KL_OBJ_NULL.
kl_obj_t kl_mod_sys_displayhook(void);
kl_obj_t kl_mod_sys_excepthook(void);
#else
// Without sys nothing can replace the streams or the hooks: the callers' code for replacements
// folds away.
static inline kl_obj_t kl_mod_sys_stdout(void) {
    return KL_OBJ_NULL;
}
static inline kl_obj_t kl_mod_sys_displayhook(void) {
    return KL_OBJ_NULL;
}
static inline kl_obj_t kl_mod_sys_excepthook(void) {
    return KL_OBJ_NULL;
}
#endif
// The other builtin modules, each behind its KL_CFG_MODULE_* switch: a const module, or an init
// function that builds a mutable one at first import.
kl_obj_t kl_mod_errno_init(void);
extern const kl_obj_module_t kl_module_kinglet;
// Run the callbacks micropython.schedule() queued (called by the VM at a check point).
void kl_mod_kinglet_run_scheduled(void);
extern const kl_obj_module_t kl_module_types;
extern const kl_obj_type_t kl_type_simple_namespace; // types.SimpleNamespace
kl_obj_t kl_mod_time_init(void);
extern const kl_obj_module_t kl_module_gc;
extern const kl_obj_module_t kl_module_math;
extern const kl_obj_module_t kl_module_cmath;
extern const kl_obj_module_t kl_module_struct;
extern const kl_obj_module_t kl_module_binascii;
kl_obj_t kl_mod_random_init(void);
kl_obj_t kl_mod_json_init(void);
kl_obj_t kl_mod_re_init(void);
extern const kl_obj_module_t kl_module_itertools;
kl_obj_t kl_mod_hashlib_init(void);
extern const kl_obj_module_t kl_module_array;
extern const kl_obj_module_t kl_module_machine;
kl_obj_t kl_mod_functools_init(void);
kl_obj_t kl_mod_io_init(void);
#ifdef KL_PORT_BUILTIN_MODULES
// The init functions of the port's modules.
#define X(name, init) kl_obj_t init(void);
KL_PORT_BUILTIN_MODULES(X)
#undef X
#endif
extern const kl_obj_module_t kl_module_builtins;
// The attribute protocol of the builtins module (vm/mod_builtins.c; [dest] as for
// kl_attr_fun_t): loads see the overrides of kl_builtins_lookup, stores and deletes change them.
void kl_builtins_module_attr(kl_qstr_t attr, kl_obj_t *dest);

#endif // KL_INCLUDED_VM_OBJ_MODULE_H
