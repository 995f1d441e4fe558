// unix/term.h: switching the controlling terminal between raw and cooked mode.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#ifndef KL_INCLUDED_UNIX_TERM_H
#define KL_INCLUDED_UNIX_TERM_H

#include <stdbool.h>

// Remember the settings of the terminal on standard input, if it is one, and arrange for them
// to be restored at exit and on fatal signals. Returns whether standard input is a terminal.
bool kl_term_init(void);
// Raw mode for the line editor: bytes one at a time, no echo, no CR/LF translation, and no
// signals (Ctrl-C arrives as a byte). Nothing happens when standard input is not a terminal.
void kl_term_raw(void);
// Back to the settings kl_term_init found (cooked mode, where Ctrl-C sends SIGINT).
void kl_term_cooked(void);
// kl_term_cooked for the exit paths; async-signal-safe.
void kl_term_restore(void);

#endif // KL_INCLUDED_UNIX_TERM_H
