// vm/repl.h: the interactive loop, friendly (>>>) and raw (Ctrl-A), over any console.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The REPL is portable: it reads bytes with kl_hal_stdin_read_byte, writes with
// kl_hal_stdout_write / kl_hal_stderr_write and runs code with the embedding API (vm/kinglet.h),
// so the unix executable and a board's UART console share it. What differs between them is
// passed in a kl_repl_port_t: the banner's platform name, how to put a terminal into
// byte-at-a-time mode and back, and what a soft reset does.

#ifndef KL_INCLUDED_VM_REPL_H
#define KL_INCLUDED_VM_REPL_H

#include <stdbool.h>

typedef struct _kl_repl_port_t {
    const char *platform;  // in the banner: "kinglet 0.1.0 (Python 3.11) on [platform]"
    const char *exit_hint; // the line under the banner ("Type Ctrl-D to exit."), or NULL
    // A terminal: banner, prompts and echo on the console, with line editing. Otherwise input
    // comes from a pipe: no banner, no echo, prompts on the error stream (as CPython does), so
    // that the standard output carries only the program's output and the raw REPL's bytes.
    bool interactive;
    bool quiet; // no banner at start (-q)
    // Called before the REPL reads input and after it has read it, around every entry. A unix
    // terminal switches to raw mode (no echo, no line discipline, no signals, so Ctrl-C arrives
    // as a byte) and back to cooked mode while code runs, so Ctrl-C raises KeyboardInterrupt
    // then. NULL on a UART, which is always raw. Output while input is begun must use CR LF.
    void (*input_begin)(void);
    void (*input_end)(void);
    // Reinitialise the interpreter for the raw REPL's soft reset (Ctrl-D on an empty program,
    // or SystemExit in raw mode); NULL when the port has none.
    void (*soft_reset)(void);
    // Ctrl-D at an empty >>> prompt soft-resets (a board, which has nowhere to exit to) instead
    // of leaving the REPL (unix). The end of input always leaves it.
    bool ctrl_d_resets;
} kl_repl_port_t;

// Run the REPL until the end of input or Ctrl-D on an empty line (returns 0), or until a program
// raises SystemExit in the friendly REPL (returns its exit code).
int kl_repl_run(const kl_repl_port_t *port);

// The raw REPL sends a program's errors after its output, past a \x04 marker, on the console.
// A port calls this at the start of kl_hal_stderr_write: while a raw-REPL program runs it sends
// the marker (once) and returns true, and the port must then write the bytes to the console
// (its standard output) instead of its error stream.
bool kl_repl_redirect_stderr(void);

// Whether a raw-REPL program is running. A board's console turns LF into CR LF for a terminal
// while code runs, except for a raw-REPL program, whose output a tool reads byte for byte.
bool kl_repl_raw_active(void);

#endif // KL_INCLUDED_VM_REPL_H
