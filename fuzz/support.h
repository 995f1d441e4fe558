// fuzz/support.h: what every harness shares: a fresh interpreter per input, and the fake hal.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Each harness is a plain LLVMFuzzerTestOneInput (libFuzzer calls it; fuzz/afl_main.c calls it
// from AFL++'s persistent loop). It starts the interpreter with fuzz_start, feeds it the input,
// and stops it with fuzz_stop, so no input sees what an earlier one left behind: the heap is the
// same static block, initialised again, and kl_init resets the whole state.

#ifndef KL_INCLUDED_FUZZ_SUPPORT_H
#define KL_INCLUDED_FUZZ_SUPPORT_H

#include <stddef.h>
#include <stdint.h>

#include "vm/kinglet.h"

// The limits every input runs under (fuzz/README.md says why these numbers).
#define FUZZ_HEAP_BYTES (512 * 1024)
#define FUZZ_INSTRUCTION_LIMIT (100000)
#define FUZZ_RECURSION_LIMIT (200)
#define FUZZ_STACK_LIMIT (1024 * 1024)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// A fresh interpreter with the limits above; [stack_top] is a local of the caller.
void fuzz_start(void *stack_top);
void fuzz_stop(void);

// Run [driver], Python source, in __main__ with the global `data` bound to the [size] bytes of
// [data]. The harnesses for one parser put the input into a driver like this.
kl_exec_status_t fuzz_run_driver(const char *driver, const uint8_t *data, size_t size);
// The whole of a data-parser harness's LLVMFuzzerTestOneInput: a fresh interpreter, [driver]
// run on the input, the interpreter stopped.
int fuzz_driver_one_input(const char *driver, const uint8_t *data, size_t size);

// fuzz/hal.c: the fake console and clock.
void fuzz_hal_reset(void);
void fuzz_hal_set_stdin(const uint8_t *data, size_t len);

#endif // KL_INCLUDED_FUZZ_SUPPORT_H
