// fuzz/fuzz_bcfile.c: the .kbc loader (vm/bcfile.c).
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Each input is a .kbc file. The loader must either raise ValueError or return a code object;
// a loaded one is then run under the limits of fuzz/support.h, since the VM must trust a loaded
// code object as much as a compiled one. Any crash, sanitizer report or hang is a finding; a
// Python exception is not. Seeds: `kinglet-cross` output for tests/**/*.py (make fuzz-corpus).

#include "fuzz/support.h"
#include "vm/bc.h"
#include "vm/bcfile.h"
#include "vm/nlr.h"
#include "vm/obj_module.h"
#include "vm/runtime.h"
#include "vm/state.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char stack_top;
    fuzz_start(&stack_top);
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_t code = kl_bcfile_load(data, size);
        kl_obj_t g = kl_obj_module_globals(kl_state.roots.main_module);
        kl_vm_exec_code((const kl_obj_code_t *)code, g, g, KL_OBJ_NULL);
        kl_nlr_pop();
    }
    fuzz_stop();
    return 0;
}
