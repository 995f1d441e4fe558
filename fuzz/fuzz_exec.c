// fuzz/fuzz_exec.c: compile and run a program.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Each input is Python source (or a .kbc file, which kl_exec_source recognises by its magic),
// run as __main__ through the embedding API under the limits of fuzz/support.h: a 512 KiB heap,
// an instruction budget and a recursion limit, so that an endless loop, deep recursion or a huge
// allocation ends in a Python exception. Exceptions are printed to the (dropped) error stream,
// which exercises the traceback printer as well. Seeds: tests/**/*.py.

#include "fuzz/support.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char stack_top;
    fuzz_start(&stack_top);
    int code = 0;
    kl_exec_source((const char *)data, size, "<fuzz>", KL_EXEC_MODE_FILE, &code);
    fuzz_stop();
    return 0;
}
