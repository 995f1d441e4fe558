// fuzz/fuzz_bcfile.c: libFuzzer harness for the .kbc loader (vm/bcfile.c).
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Each input is a .kbc file. The loader must either raise ValueError or return a code object;
// a loaded one is then run under an instruction budget, since the VM must trust a loaded code
// object as much as a compiled one. Any crash, sanitizer report or hang is a finding; a Python
// exception is not. Seeds: `kinglet-cross` output for tests/**/*.py. Build (from the top) with
// the core instrumented for coverage (`make VARIANT=fuzz`: clang, asan, fuzzer-no-link), else
// libFuzzer sees only this file's branches and mutates blind:
//
//   make VARIANT=fuzz
//   clang -g -O1 -fsanitize=fuzzer,address -I. -Iunix -Iunix/build-fuzz fuzz/fuzz_bcfile.c \
//       -Wl,--start-group unix/build-fuzz/libkinglet.a unix/build-fuzz/libkinglet_unix.a \
//       -Wl,--end-group -lm -pthread -lffi -ldl -o fuzz_bcfile
//
// Run it with -fork=1 -ignore_timeouts=1 and a scratch folder as the working directory: the
// seeds are test programs, and a mutated time.sleep() argument is a timeout, not a finding.

#include <stddef.h>
#include <stdint.h>

#include "vm/bc.h"
#include "vm/bcfile.h"
#include "vm/kinglet.h"
#include "vm/nlr.h"
#include "vm/obj_module.h"
#include "vm/runtime.h"
#include "vm/state.h"

static char heap[8 << 20];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char stack_top;
    kl_init_t init = {.heap = heap, .heap_size = sizeof(heap), .stack_top = &stack_top};
    kl_init(&init);
    kl_set_instruction_budget(100000);
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_t code = kl_bcfile_load(data, size);
        kl_obj_t g = kl_obj_module_globals(kl_state.roots.main_module);
        kl_vm_exec_code((const kl_obj_code_t *)code, g, g, KL_OBJ_NULL);
        kl_nlr_pop();
    }
    kl_deinit();
    return 0;
}
