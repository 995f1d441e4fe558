// vm/kinglet.c: the embedding API (vm/kinglet.h): start-up, running source, shutting down.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// This is the boundary where exceptions stop: every entry point pushes an nlr handler, so a
// Python error (or MemoryError, or SystemExit) becomes a status code and a printed traceback,
// never a longjmp into the port.

#include <string.h>

#include "vm/bc.h"
#include "vm/bcfile.h"
#include "vm/gc.h"
#include "vm/hal.h"
#include "vm/kinglet.h"
#include "vm/map.h"
#include "vm/obj_exception.h"
#include "vm/obj_int.h"
#include "vm/obj_list.h"
#include "vm/obj_module.h"
#include "vm/obj_str.h"
#include "vm/obj_type.h"
#include "vm/parse.h"
#include "vm/runtime.h"
#include "vm/state.h"
#include "vm/vstr.h"

kl_state_t kl_state;

// An uncaught exception goes to sys.excepthook if the program replaced it (an error in the
// hook is printed before the original exception, as CPython does); otherwise its traceback
// goes to sys.stderr, which a program may have replaced (with a StringIO) or set to None
// (nothing is printed then).
static void print_exception(kl_obj_t exc) {
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_t hook = kl_mod_sys_excepthook();
#if KL_CFG_MODULE_SYS
        kl_obj_t err = kl_mod_sys_stream(KL_QSTR_stderr);
#else
        kl_obj_t err = KL_OBJ_NULL; // the console: no sys.stderr to replace (KL_CFG_MODULE_SYS)
#endif
        if (hook != KL_OBJ_NULL) {
            kl_obj_t args[3] = {KL_OBJ_FROM_PTR(kl_obj_get_type(exc)), exc,
                                kl_exception_get_traceback_obj(exc)};
            kl_nlr_buf_t nlr2;
            if (kl_nlr_push(&nlr2) == 0) {
                kl_call_function_n_kw(hook, 3, 0, args);
                kl_nlr_pop();
            } else {
                kl_print_str(&kl_print_stderr, "Error in sys.excepthook:\n");
                kl_exception_print(&kl_print_stderr, nlr2.ret_val);
                kl_print_str(&kl_print_stderr, "\nOriginal exception was:\n");
                kl_exception_print(&kl_print_stderr, exc);
            }
        } else if (err == KL_OBJ_NULL) {
            kl_exception_print(&kl_print_stderr, exc);
        } else if (err != kl_const_none) {
            kl_vstr_t v;
            kl_vstr_init(&v, 256);
            kl_print_t p;
            kl_vstr_print(&p, &v);
            kl_exception_print(&p, exc);
            kl_obj_t call[3] = {KL_OBJ_NULL, KL_OBJ_NULL, kl_vstr_to_str(&v)};
            kl_load_method(err, KL_QSTR_write, call);
            kl_call_method_n_kw(1, 0, call);
        }
        kl_nlr_pop();
    } else {
        kl_print_str(&kl_print_stderr, "Error while printing an exception\n");
    }
}

void kl_init(const kl_init_t *init) {
    memset(&kl_state, 0, sizeof(kl_state));
    kl_nlr_top = NULL;
    kl_state.c_stack_top = init->stack_top;
    kl_state.c_stack_low = init->stack_top;
    kl_state.c_stack_limit = init->stack_limit;
    kl_state.recursion_limit =
        init->recursion_limit != 0 ? init->recursion_limit : KL_CFG_RECURSION_LIMIT;
    kl_state.kbd_intr_char = 3; // Ctrl-C
    // What only sys, gc and big ints read is left at zero where they are not built.
#if KL_CFG_BIGINT
    kl_state.int_max_str_digits = KL_INT_MAX_STR_DIGITS;
#endif
#if KL_CFG_MODULE_SYS
    kl_state.executable = init->executable;
    kl_state.orig_argc = init->orig_argc;
    kl_state.orig_argv = init->orig_argv;
    kl_state.console_tty = init->console_tty;
    kl_state.switch_interval = 0.005;
#endif
#if KL_CFG_MODULE_GC
    kl_state.gc_threshold = -1;
    kl_state.gc_thresholds[0] = 700;
    kl_state.gc_thresholds[1] = 10;
    kl_state.gc_thresholds[2] = 10;
#endif
    kl_gc_init(init->heap, init->heap_size);
    // The attribute cache outlives the heap: what it holds for a builtin type may be an
    // object of the last interpreter's heap (a soft reset starts a new one in the same place),
    // and a fuzzing harness needs every input to behave the same.
    kl_type_cache_invalidate();
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        // MemoryError must be raisable with no memory left: make it now.
        kl_state.roots.mem_error = kl_obj_new_exception(&kl_type_MemoryError, 0, NULL);
        // The value stack, sized to the heap on small boards.
        size_t words = KL_CFG_VM_STACK_WORDS;
        if (words * sizeof(kl_obj_t) > kl_gc_total() / 8) {
            words = kl_gc_total() / 8 / sizeof(kl_obj_t);
        }
        // Atomic: the collector scans only its live part, below stack_ptr (vm/gc.c).
        kl_state.roots.vm_stack = kl_gc_alloc(words * sizeof(kl_obj_t), KL_GC_ATOMIC);
        kl_state.stack_base = (kl_obj_t *)kl_state.roots.vm_stack;
        kl_state.stack_ptr = kl_state.stack_base;
        kl_state.stack_end = kl_state.stack_base + words;
        kl_state.roots.rec_error = kl_obj_new_exception_msg(
            &kl_type_RecursionError, KL_ERROR_TEXT("maximum recursion depth exceeded"));
        kl_state.roots.modules = kl_obj_new_dict(8);
        // sys.argv only where there is a sys; sys.path also where import searches it.
#if KL_CFG_MODULE_SYS
        kl_state.roots.sys_argv = kl_obj_new_list(0, NULL);
#endif
#if KL_CFG_MODULE_SYS || KL_CFG_IMPORT_FILES
        kl_state.roots.sys_path = kl_obj_new_list(0, NULL);
#endif
        kl_obj_t main = kl_obj_new_module(KL_QSTR___main__);
        kl_obj_dict_store(kl_obj_module_globals(main), KL_OBJ_NEW_QSTR(KL_QSTR___builtins__),
                          KL_OBJ_FROM_PTR(&kl_module_builtins));
#if KL_CFG_DOCSTRINGS
        kl_obj_dict_store(kl_obj_module_globals(main), KL_OBJ_NEW_QSTR(KL_QSTR___doc__),
                          kl_const_none);
#endif
        kl_state.roots.main_module = main;
        kl_obj_dict_store(kl_state.roots.modules, KL_OBJ_NEW_QSTR(KL_QSTR___main__), main);
        kl_nlr_pop();
    } else {
        kl_hal_fatal("heap too small"); // as kl_gc_init says it, one string for both
    }
}

void kl_deinit(void) {
    kl_nlr_top = NULL;
}

void kl_set_argv(int argc, char **argv) {
#if KL_CFG_MODULE_SYS
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        for (int i = 0; i < argc; i++) {
            kl_obj_list_append(kl_state.roots.sys_argv, kl_obj_new_str_from_cstr(argv[i]));
        }
        kl_nlr_pop();
    }
#else
    // No sys, no sys.argv.
    (void)argc;
    (void)argv;
#endif
}

void kl_sys_path_append(const char *dir) {
#if KL_CFG_MODULE_SYS || KL_CFG_IMPORT_FILES
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_list_append(kl_state.roots.sys_path, kl_obj_new_str_from_cstr(dir));
        kl_nlr_pop();
    }
#else
    // Nothing reads sys.path.
    (void)dir;
#endif
}

void kl_interrupt(void) {
    // micropython.kbd_intr(-1) turns the console's interrupt off.
    if (kl_state.kbd_intr_char >= 0) {
        kl_state.interrupt = 1;
    }
}

int kl_kbd_intr_char(void) {
    return kl_state.kbd_intr_char;
}

#if KL_CFG_INSTRUCTION_BUDGET
void kl_set_instruction_budget(uint64_t n) {
    kl_state.budget = n;
    kl_state.budget_on = n != 0;
}

void kl_set_instruction_limit(uint64_t n) {
    kl_state.budget = n;
    kl_state.budget_on = n != 0 ? 2 : 0;
}
#endif

#if KL_CFG_BYTECODE_FILES
kl_exec_status_t kl_compile_to_bcfile(const char *src, size_t len, const char *filename,
                                      const void **out, size_t *out_len) {
    kl_nlr_buf_t nlr;
    kl_state.roots.cur_exc = KL_OBJ_NULL;
    kl_state.frame = NULL;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_t code = kl_compile(src, len, kl_qstr_from_str(filename), KL_PARSE_FILE);
        kl_obj_t bytes = kl_bcfile_save(code);
        *out = kl_obj_str_get_data(bytes, out_len);
        kl_nlr_pop();
        return KL_EXEC_OK;
    }
    print_exception(nlr.ret_val);
    return KL_EXEC_EXCEPTION;
}
#endif

void kl_set_compile_int_bits(unsigned bits) {
    kl_state.compile_int_bits = (uint8_t)(bits < 64 ? bits : 64);
}

bool kl_repl_needs_more_input(const char *src, size_t len) {
    return kl_parse_needs_more_input(src, len);
}

// ==== REPL completion ====

#if KL_CFG_REPL_COMPLETION

static const char *const keywords[] = {
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield",
};

static bool is_name(const char *str, size_t len) {
    if (len == 0 || (str[0] >= '0' && str[0] <= '9')) {
        return false;
    }
    for (size_t i = 0; i < len; i++) {
        char c = str[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || (unsigned char)c >= 0x80)) {
            return false;
        }
    }
    return true;
}

static bool is_class_obj(kl_obj_t o) {
    return KL_OBJ_IS_OBJ(o) && kl_obj_is_subclass(((kl_obj_base_t *)o)->type, &kl_type_type);
}

// [base].[name] as far as completion needs it, or KL_OBJ_NULL. Only dicts are read, so no
// property, __getattr__ or descriptor runs: a module's globals, a class's namespace along its
// MRO (the raw attribute), an instance's __dict__. Instances of built-in types have no Python
// code behind their attributes, so those go through the usual lookup.
static kl_obj_t complete_lookup(kl_obj_t base, const char *name, size_t len) {
    kl_qstr_t q = kl_qstr_find_strn(name, len);
    if (q == KL_QSTR_NULL) {
        return KL_OBJ_NULL; // no dict holds a name that was never interned
    }
    if (base == KL_OBJ_NULL) {
        kl_obj_t v =
            kl_obj_dict_get(kl_obj_module_globals(kl_state.roots.main_module), KL_OBJ_NEW_QSTR(q));
        if (v == KL_OBJ_NULL) {
            v = kl_obj_dict_get(kl_obj_module_globals(KL_OBJ_FROM_PTR(&kl_module_builtins)),
                                KL_OBJ_NEW_QSTR(q));
        }
        return v;
    }
    if (kl_obj_is_type(base, &kl_type_module)) {
        return kl_obj_dict_get(kl_obj_module_globals(base), KL_OBJ_NEW_QSTR(q));
    }
    if (is_class_obj(base)) {
        return kl_type_lookup((const kl_obj_type_t *)base, q);
    }
    const kl_obj_type_t *type = kl_obj_get_type(base);
    if (type->flags & KL_TYPE_FLAG_HEAP) {
        kl_obj_instance_t *inst = (kl_obj_instance_t *)base;
        if ((kl_type_native_base(type) != NULL && kl_type_native_base(type) != &kl_type_object) ||
            inst->dict == NULL) {
            return KL_OBJ_NULL;
        }
        return kl_obj_dict_get(KL_OBJ_FROM_PTR(inst->dict), KL_OBJ_NEW_QSTR(q));
    }
    return kl_load_attr_maybe(base, q, KL_OBJ_NULL);
}

// The sorted names to offer after [base] (KL_OBJ_NULL: a plain name).
static kl_obj_t complete_names(kl_obj_t base) {
    if (base == KL_OBJ_NULL) {
        // The keys of a dict serve as a set (KL_CFG_SET may leave sets out).
        kl_obj_t names = kl_obj_new_dict(0);
        kl_obj_dict_store_keys(names, kl_obj_module_globals(kl_state.roots.main_module),
                               kl_const_none);
        kl_obj_dict_store_keys(names, kl_obj_module_globals(KL_OBJ_FROM_PTR(&kl_module_builtins)),
                               kl_const_none);
        for (size_t i = 0; i < sizeof(keywords) / sizeof(keywords[0]); i++) {
            kl_obj_dict_store(names, kl_obj_new_str_from_cstr(keywords[i]), kl_const_none);
        }
        kl_obj_t list = kl_obj_list_from_iterable(names);
        kl_obj_list_sort(list, KL_OBJ_NULL, false);
        return list;
    }
    // dir() runs Python code only through a __dir__ that a class defines.
    const kl_obj_type_t *type = kl_obj_get_type(base);
    if (kl_type_heap_defines(type, KL_QSTR___dir__)) {
        return KL_OBJ_NULL;
    }
    kl_obj_t dir = kl_obj_dict_get(kl_obj_module_globals(KL_OBJ_FROM_PTR(&kl_module_builtins)),
                                   KL_OBJ_NEW_QSTR(KL_QSTR_dir));
    return kl_call_function_1(dir, base);
}

// kl_repl_complete under its nlr handler: an error just ends the list early.
static void complete(const char *word, size_t len,
                     void (*add)(void *ctx, const char *name, size_t n), void *ctx) {
    size_t stem = len;
    while (stem > 0 && word[stem - 1] != '.') {
        stem--;
    }
    const char *prefix = word + stem;
    size_t prefix_len = len - stem;
    if (prefix_len > 0 && !is_name(prefix, prefix_len)) {
        return;
    }
    // Walk the chain before the last '.', one name at a time.
    kl_obj_t base = KL_OBJ_NULL;
    for (size_t start = 0; start < stem;) {
        size_t end = start;
        while (word[end] != '.') {
            end++;
        }
        if (!is_name(word + start, end - start)) {
            return;
        }
        base = complete_lookup(base, word + start, end - start);
        if (base == KL_OBJ_NULL) {
            return;
        }
        start = end + 1;
    }
    kl_obj_t names = complete_names(base);
    if (names == KL_OBJ_NULL || !kl_obj_is_type(names, &kl_type_list)) {
        return;
    }
    kl_obj_list_t *list = (kl_obj_list_t *)names;
    bool hidden = prefix_len == 0 || prefix[0] != '_';
    for (size_t i = 0; i < list->len; i++) {
        if (!kl_obj_is_str(list->items[i])) {
            continue;
        }
        size_t n;
        const char *name = kl_obj_str_get_data(list->items[i], &n);
        if (n >= prefix_len && memcmp(name, prefix, prefix_len) == 0 &&
            !(hidden && n > 0 && name[0] == '_')) {
            add(ctx, name, n);
        }
    }
}

void kl_repl_complete(const char *word, size_t len,
                      void (*add)(void *ctx, const char *name, size_t n), void *ctx) {
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        complete(word, len, add, ctx);
        kl_nlr_pop();
    }
}

#else

void kl_repl_complete(const char *word, size_t len,
                      void (*add)(void *ctx, const char *name, size_t n), void *ctx) {
    (void)word;
    (void)len;
    (void)add;
    (void)ctx;
}

#endif // KL_CFG_REPL_COMPLETION

void kl_repl_print_value(kl_obj_t value) {
    kl_obj_t hook = kl_mod_sys_displayhook();
    if (hook != KL_OBJ_NULL) {
        kl_call_function_1(hook, value);
        return;
    }
    if (value == kl_const_none) {
        return;
    }
    kl_obj_dict_store(kl_obj_module_globals(kl_state.roots.main_module), KL_OBJ_NEW_QSTR(KL_QSTR__),
                      value);
    kl_obj_print(&kl_print_stdout, value, KL_PRINT_REPR);
    kl_print_str(&kl_print_stdout, "\n");
}

// The exit status a SystemExit asks for: its code attribute, as CPython reads it (so a code
// assigned after the exception was made counts); prints a non-integer code as CPython does.
// The caller's nlr handler takes an error in reading or printing the code (status 1).
static int system_exit_code(kl_obj_t exc) {
    kl_obj_t code = kl_load_attr(exc, KL_QSTR_code);
    if (code == kl_const_none) {
        return 0;
    }
    kl_int_t v;
    if (kl_obj_get_int_maybe(code, &v)) {
        return (int)(v & 0xff);
    }
    kl_obj_print(&kl_print_stderr, code, KL_PRINT_STR);
    kl_print_str(&kl_print_stderr, "\n");
    return 1;
}

// A heap lock (micropython.heap_lock) ends with the program or REPL entry that took it:
// reporting an error and compiling the next entry both allocate.
static void release_heap_lock(void) {
    while (kl_gc_heap_unlock() > 0) {
    }
}

// No Python code running: no frame, no exception being handled, an empty value stack. Before
// a top-level run, and after one ended with an exception (which unwound without popping).
static void reset_run_state(void) {
    kl_state.roots.cur_exc = KL_OBJ_NULL;
    kl_state.recursion_depth = 0;
    kl_state.frame = NULL;
    kl_state.stack_ptr = kl_state.stack_base;
}

// The atexit module is Python (lib/atexit.py): without frozen modules or import from files no
// program can import it, and there is nothing to run.
void kl_run_atexit(void) {
#if KL_CFG_FROZEN || KL_CFG_IMPORT_FILES
    kl_obj_t atexit = kl_obj_dict_get(kl_state.roots.modules, KL_OBJ_NEW_QSTR(KL_QSTR_atexit));
    if (atexit == KL_OBJ_NULL) {
        return;
    }
    kl_state.interrupt = 0;
    reset_run_state();
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_call_function_0(kl_load_attr(atexit, KL_QSTR__run_exitfuncs));
        kl_nlr_pop();
    } else {
        reset_run_state();
        print_exception(nlr.ret_val);
    }
    release_heap_lock();
#endif
}

kl_exec_status_t kl_exec_source(const char *src, size_t len, const char *filename,
                                kl_exec_mode_t mode, int *exit_code) {
    kl_nlr_buf_t nlr;
    *exit_code = 0;
    kl_state.interrupt = 0;
    reset_run_state();
    kl_gc_clear_stack();
    if (kl_nlr_push(&nlr) == 0) {
        kl_qstr_t fname = kl_qstr_from_str(filename);
        kl_obj_t code;
#if KL_CFG_BYTECODE_FILES
        if (mode == KL_EXEC_MODE_FILE && kl_bcfile_is(src, len)) {
            code = kl_bcfile_load((const uint8_t *)src, len);
        } else
#endif
        {
            code = kl_compile(src, len, fname,
                              mode == KL_EXEC_MODE_SINGLE ? KL_PARSE_SINGLE : KL_PARSE_FILE);
        }
        kl_gc_clear_stack();
        kl_obj_t globals = kl_obj_module_globals(kl_state.roots.main_module);
        if (mode == KL_EXEC_MODE_FILE) {
            kl_obj_dict_store(globals, KL_OBJ_NEW_QSTR(KL_QSTR___file__), KL_OBJ_NEW_QSTR(fname));
        }
        kl_vm_exec_code((const kl_obj_code_t *)code, globals, globals, KL_OBJ_NULL);
        kl_nlr_pop();
        nlr.ret_val = KL_OBJ_NULL; // no exception
    }
    kl_obj_t exc = nlr.ret_val;
    release_heap_lock();
    if (exc == KL_OBJ_NULL) {
        return KL_EXEC_OK;
    }
    reset_run_state();
    if (kl_obj_isinstance(exc, &kl_type_SystemExit)) {
        *exit_code = 1; // what is left when reading or printing the code raises
        kl_nlr_buf_t nlr2;
        if (kl_nlr_push(&nlr2) == 0) {
            *exit_code = system_exit_code(exc);
            kl_nlr_pop();
        }
        return KL_EXEC_EXIT;
    }
    print_exception(exc);
    return KL_EXEC_EXCEPTION;
}
