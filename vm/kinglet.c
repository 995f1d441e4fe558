// vm/kinglet.c: the embedding API (vm/kinglet.h): start-up, running source, shutting down.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// This is the boundary where exceptions stop: every entry point pushes an nlr handler, so a
// Python error (or MemoryError, or SystemExit) becomes a status code and a printed traceback,
// never a longjmp into the port.

#include <string.h>

#include "vm/bc.h"
#include "vm/gc.h"
#include "vm/hal.h"
#include "vm/kinglet.h"
#include "vm/map.h"
#include "vm/obj_exception.h"
#include "vm/obj_int.h"
#include "vm/obj_list.h"
#include "vm/obj_module.h"
#include "vm/obj_str.h"
#include "vm/parse.h"
#include "vm/runtime.h"
#include "vm/state.h"
#include "vm/vstr.h"

kl_state_t kl_state;

static void print_exception(kl_obj_t exc) {
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_exception_print(&kl_print_stderr, exc);
        kl_nlr_pop();
    } else {
        kl_print_str(&kl_print_stderr, "Error while printing an exception\n");
    }
}

void kl_init(const kl_init_t *init) {
    memset(&kl_state, 0, sizeof(kl_state));
    kl_nlr_top = NULL;
    kl_state.c_stack_top = init->stack_top;
    kl_state.c_stack_limit = init->stack_limit;
    kl_state.recursion_limit =
        init->recursion_limit != 0 ? init->recursion_limit : KL_CFG_RECURSION_LIMIT;
    kl_state.int_max_str_digits = KL_INT_MAX_STR_DIGITS;
    kl_gc_init(init->heap, init->heap_size);
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_qstr_init();
        // MemoryError must be raisable with no memory left: make it now.
        kl_state.roots.mem_error = kl_obj_new_exception(&kl_type_MemoryError, 0, NULL);
        // The value stack, sized to the heap on small boards.
        kl_gc_info_t info;
        kl_gc_info(&info);
        size_t words = KL_CFG_VM_STACK_WORDS;
        if (words * sizeof(kl_obj_t) > info.total / 8) {
            words = info.total / 8 / sizeof(kl_obj_t);
        }
        // Atomic: the collector scans only its live part, below stack_ptr (vm/gc.c).
        kl_state.roots.vm_stack = kl_gc_alloc(words * sizeof(kl_obj_t), KL_GC_ATOMIC);
        kl_state.stack_base = (kl_obj_t *)kl_state.roots.vm_stack;
        kl_state.stack_ptr = kl_state.stack_base;
        kl_state.stack_end = kl_state.stack_base + words;
        kl_state.roots.rec_error = kl_obj_new_exception_msg(
            &kl_type_RecursionError, KL_ERROR_TEXT("maximum recursion depth exceeded"));
        kl_state.roots.modules = kl_obj_new_dict(8);
        kl_state.roots.sys_argv = kl_obj_new_list(0, NULL);
        kl_state.roots.sys_path = kl_obj_new_list(0, NULL);
        kl_obj_t main = kl_obj_new_module(KL_QSTR___main__);
        kl_obj_dict_store(kl_obj_module_globals(main), KL_OBJ_NEW_QSTR(KL_QSTR___builtins__),
                          KL_OBJ_FROM_PTR(&kl_module_builtins));
        kl_obj_dict_store(kl_obj_module_globals(main), KL_OBJ_NEW_QSTR(KL_QSTR___doc__),
                          kl_const_none);
        kl_state.roots.main_module = main;
        kl_obj_dict_store(kl_state.roots.modules, KL_OBJ_NEW_QSTR(KL_QSTR___main__), main);
        kl_nlr_pop();
    } else {
        kl_hal_fatal("heap too small to start");
    }
}

void kl_deinit(void) {
    kl_nlr_top = NULL;
}

void kl_set_argv(int argc, char **argv) {
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        for (int i = 0; i < argc; i++) {
            kl_obj_list_append(kl_state.roots.sys_argv, kl_obj_new_str_from_cstr(argv[i]));
        }
        kl_nlr_pop();
    }
}

void kl_sys_path_append(const char *dir) {
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_list_append(kl_state.roots.sys_path, kl_obj_new_str_from_cstr(dir));
        kl_nlr_pop();
    }
}

void kl_interrupt(void) {
    kl_state.interrupt = 1;
}

void kl_set_instruction_budget(uint64_t n) {
    kl_state.budget = n;
    kl_state.budget_on = n != 0;
}

bool kl_repl_needs_more_input(const char *src, size_t len) {
    return kl_parse_needs_more_input(src, len);
}

void kl_repl_print_value(kl_obj_t value) {
    if (value == kl_const_none) {
        return;
    }
    kl_obj_dict_store(kl_obj_module_globals(kl_state.roots.main_module), KL_OBJ_NEW_QSTR(KL_QSTR__),
                      value);
    kl_obj_print(&kl_print_stdout, value, KL_PRINT_REPR);
    kl_print_str(&kl_print_stdout, "\n");
}

// The exit status SystemExit([code]) asks for; prints a non-integer code as CPython does.
static int system_exit_code(kl_obj_t exc) {
    kl_obj_t code = kl_exception_stop_value(exc);
    kl_obj_tuple_t *args = (kl_obj_tuple_t *)kl_exception_get_args(exc);
    if (args->len > 1) {
        code = KL_OBJ_FROM_PTR(args);
    }
    if (code == kl_const_none) {
        return 0;
    }
    kl_int_t v;
    if (kl_obj_get_int_maybe(code, &v)) {
        return (int)(v & 0xff);
    }
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_print(&kl_print_stderr, code, KL_PRINT_STR);
        kl_print_str(&kl_print_stderr, "\n");
        kl_nlr_pop();
    }
    return 1;
}

kl_exec_status_t kl_exec_source(const char *src, size_t len, const char *filename,
                                kl_exec_mode_t mode, int *exit_code) {
    kl_nlr_buf_t nlr;
    *exit_code = 0;
    kl_state.interrupt = 0;
    kl_state.roots.cur_exc = KL_OBJ_NULL;
    kl_state.recursion_depth = 0;
    kl_state.frame = NULL;
    kl_state.stack_ptr = kl_state.stack_base;
    if (kl_nlr_push(&nlr) == 0) {
        kl_qstr_t fname = kl_qstr_from_str(filename);
        kl_obj_t code = kl_compile(src, len, fname,
                                   mode == KL_EXEC_MODE_SINGLE ? KL_PARSE_SINGLE : KL_PARSE_FILE);
        kl_obj_t globals = kl_obj_module_globals(kl_state.roots.main_module);
        if (mode == KL_EXEC_MODE_FILE) {
            kl_obj_dict_store(globals, KL_OBJ_NEW_QSTR(KL_QSTR___file__), KL_OBJ_NEW_QSTR(fname));
        }
        kl_vm_exec_code((const kl_obj_code_t *)code, globals, globals, KL_OBJ_NULL);
        kl_nlr_pop();
        return KL_EXEC_OK;
    }
    kl_obj_t exc = nlr.ret_val;
    kl_state.roots.cur_exc = KL_OBJ_NULL;
    kl_state.frame = NULL;
    kl_state.recursion_depth = 0;
    kl_state.stack_ptr = kl_state.stack_base;
    if (kl_obj_isinstance(exc, &kl_type_SystemExit)) {
        kl_nlr_buf_t nlr2;
        if (kl_nlr_push(&nlr2) == 0) {
            *exit_code = system_exit_code(exc);
            kl_nlr_pop();
        } else {
            *exit_code = 1;
        }
        return KL_EXEC_EXIT;
    }
    print_exception(exc);
    return KL_EXEC_EXCEPTION;
}
