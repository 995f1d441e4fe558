// ports/shared/main.c: the main() of every bare-metal board: a heap, then the REPL forever.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The heap is the RAM between the end of .bss and the bottom of the stack, as the board's
// linker script lays it out, or at most KL_PORT_HEAP_BYTES of it when the configuration says
// so (docs/footprint.md measures the REPL in a 4 KiB heap that way). The REPL never ends on a
// board: Ctrl-D at an empty prompt, or in the raw REPL, starts the interpreter afresh on the
// same heap (a soft reset), and so does SystemExit once the board has had its say.

#include <stddef.h>

#include "ports/shared/board.h"
#include "ports/shared/console.h"
#include "vm/kinglet.h"
#include "vm/repl.h"

static kl_init_t init;

static void start(void) {
    kl_init(&init);
}

static void soft_reset(void) {
    kl_deinit();
    start();
}

static void input_begin(void) {
    kl_port_console_cooked(false);
}

static void input_end(void) {
    kl_port_console_cooked(true);
}

int main(void) {
    board_init();
    char stack_top;
    size_t heap_size = (size_t)(_heap_end - _heap_start);
#ifdef KL_PORT_HEAP_BYTES
    if (heap_size > KL_PORT_HEAP_BYTES) {
        heap_size = KL_PORT_HEAP_BYTES;
    }
#endif
    // The stack may grow down to _stack_bottom; the margin covers the frames between two of
    // the core's checks and the interrupt handlers.
    size_t stack_size = (size_t)(&stack_top - _stack_bottom);
    size_t margin = stack_size / 8 < 512 ? 512 : stack_size / 8;
    init.heap = _heap_start;
    init.heap_size = heap_size;
    init.stack_top = &stack_top;
    init.stack_limit = stack_size > 2 * margin ? stack_size - margin : stack_size / 2;
#if KL_CFG_MODULE_SYS
    init.console_tty = 7; // the UART is a terminal for stdin, stdout and stderr (sys's isatty())
#endif
    start();
    // Constant, so that the REPL's tests of it fold away when it is inlined here.
    static const kl_repl_port_t port = {
        .platform = board_name,
        .exit_hint = "Type Ctrl-D to soft reset.",
        .interactive = true,
        .input_begin = input_begin,
        .input_end = input_end,
        .soft_reset = soft_reset,
        .ctrl_d_resets = true,
    };
    for (;;) {
        int code = kl_repl_run(&port);
        board_exit(code);
        soft_reset();
    }
}
