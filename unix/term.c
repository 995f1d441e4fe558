// unix/term.c: switching the controlling terminal between raw and cooked mode.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The REPL edits lines itself (vm/readline.c), so while it reads a line the terminal must pass
// every byte through untouched; while code runs the terminal goes back to cooked mode, where the
// program's input() gets the kernel's line editing and Ctrl-C becomes SIGINT and thus a
// KeyboardInterrupt. A shell left in raw mode is unusable, so the original settings are restored
// at exit and on the signals that end the process, not only on the normal path.

#define _POSIX_C_SOURCE 200809L

#include <signal.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

#include "unix/term.h"

static struct termios saved;
static volatile sig_atomic_t have_saved;
static volatile sig_atomic_t raw_active;

static void restore_and_reraise(int sig) {
    kl_term_restore();
    signal(sig, SIG_DFL);
    raise(sig);
}

bool kl_term_init(void) {
    if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &saved) != 0) {
        return false;
    }
    have_saved = 1;
    atexit(kl_term_restore);
    // SIGINT is not here: raw mode turns it off, and in cooked mode it is the interpreter's.
    static const int fatal_signals[] = {SIGHUP, SIGTERM, SIGQUIT, SIGABRT};
    for (size_t i = 0; i < sizeof(fatal_signals) / sizeof(fatal_signals[0]); i++) {
        struct sigaction sa;
        sa.sa_handler = restore_and_reraise;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = 0;
        sigaction(fatal_signals[i], &sa, NULL);
    }
    return true;
}

void kl_term_raw(void) {
    if (!have_saved) {
        return;
    }
    struct termios raw = saved;
    raw.c_iflag &= ~(tcflag_t)(BRKINT | ICRNL | INLCR | IGNCR | ISTRIP | IXON | PARMRK);
    raw.c_oflag &= ~(tcflag_t)OPOST;
    raw.c_lflag &= ~(tcflag_t)(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
    raw.c_cflag |= CS8;
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    // TCSADRAIN, not TCSAFLUSH: lines pasted ahead of the prompt must not be thrown away.
    if (tcsetattr(STDIN_FILENO, TCSADRAIN, &raw) == 0) {
        raw_active = 1;
    }
}

void kl_term_cooked(void) {
    if (have_saved && raw_active) {
        tcsetattr(STDIN_FILENO, TCSADRAIN, &saved);
        raw_active = 0;
    }
}

void kl_term_restore(void) {
    // TCSANOW: on the way out, waiting for a stuck terminal to drain would hang the exit.
    if (have_saved && raw_active) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        raw_active = 0;
    }
}
