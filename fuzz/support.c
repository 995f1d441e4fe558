// fuzz/support.c: start and stop an interpreter per input (see fuzz/support.h).
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#include <string.h>

#include "fuzz/support.h"
#include "vm/nlr.h"
#include "vm/obj.h"
#include "vm/obj_dict.h"
#include "vm/obj_module.h"
#include "vm/qstr.h"
#include "vm/runtime.h"
#include "vm/state.h"

static char heap[FUZZ_HEAP_BYTES];

void fuzz_start(void *stack_top) {
    fuzz_hal_reset();
    kl_init_t init = {
        .heap = heap,
        .heap_size = sizeof(heap),
        .stack_top = stack_top,
        .stack_limit = FUZZ_STACK_LIMIT,
        .recursion_limit = FUZZ_RECURSION_LIMIT,
    };
    kl_init(&init);
    kl_set_instruction_limit(FUZZ_INSTRUCTION_LIMIT);
}

void fuzz_stop(void) {
    kl_deinit();
}

kl_exec_status_t fuzz_run_driver(const char *driver, const uint8_t *data, size_t size) {
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_t g = kl_obj_module_globals(kl_state.roots.main_module);
        kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(kl_qstr_from_str("data")),
                          kl_obj_new_bytes((const char *)data, size));
        kl_nlr_pop();
    } else {
        return KL_EXEC_EXCEPTION; // MemoryError: the input does not fit the heap
    }
    int code = 0;
    return kl_exec_source(driver, strlen(driver), "<fuzz>", KL_EXEC_MODE_FILE, &code);
}

int fuzz_driver_one_input(const char *driver, const uint8_t *data, size_t size) {
    char stack_top; // the interpreter runs below this frame
    fuzz_start(&stack_top);
    fuzz_run_driver(driver, data, size);
    fuzz_stop();
    return 0;
}
