// fuzz/fuzz_repl.c: the REPL's input handling (vm/repl.c, vm/readline.c).
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Each input is a byte that picks the console, then what arrives on it. Bit 0 of the first byte
// makes the console a terminal (echo, line editing with escape sequences, history, Tab
// completion, auto-indent), bit 1 makes Ctrl-D at an empty prompt soft-reset as on a board. The
// rest is read by kl_repl_run through fuzz/hal.c's kl_hal_stdin_read_byte until it runs out:
// friendly entries, Ctrl-A into the raw REPL and its raw-paste mode, Ctrl-E paste mode, Ctrl-C.
// A soft reset starts a fresh interpreter, as a port's does. The history lives in a static ring
// of vm/readline.c, so it is cleared before each input. Seeds: tests/repl/ sessions.

#include <stdbool.h>

#include "fuzz/support.h"
#include "vm/readline.h"
#include "vm/repl.h"

static void *stack_top_of_run;

static void soft_reset(void) {
    fuzz_stop();
    fuzz_start(stack_top_of_run);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char stack_top;
    if (size == 0) {
        return 0;
    }
    stack_top_of_run = &stack_top;
    fuzz_start(&stack_top);
    kl_readline_history_clear();
    fuzz_hal_set_stdin(data + 1, size - 1);
    kl_repl_port_t port = {
        .platform = "fuzz",
        .exit_hint = "Type Ctrl-D to exit.",
        .interactive = (data[0] & 1) != 0,
        .soft_reset = soft_reset,
        .ctrl_d_resets = (data[0] & 2) != 0,
    };
    kl_repl_run(&port);
    fuzz_stop();
    return 0;
}
