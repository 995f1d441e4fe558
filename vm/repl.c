// vm/repl.c: the friendly REPL (>>>) and the raw REPL that tools such as mpremote drive.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The REPL is a loop over two modes. The friendly mode reads lines with the editor of
// vm/readline.c until the core says the entry is complete (kl_repl_needs_more_input), runs it in
// KL_EXEC_MODE_SINGLE so expression values are echoed, and starts over. Ctrl-A on an empty line
// switches to the raw mode, a machine protocol that MicroPython's tools speak (described byte
// by byte in the team's protocols/raw-repl.md): no echo, the program ends with Ctrl-D, and the
// answer is OK, the output, \x04, the errors, \x04, then the `>` prompt. Ctrl-B goes back.
// Ctrl-E on an empty line enters paste mode, MicroPython's way to paste a program whose
// indentation the friendly mode would upset: lines are stored as they come, with no editing
// beyond Backspace and no auto-indent, and run as a whole (as a file, so values are not echoed)
// on Ctrl-D. For people, the friendly mode adds Tab completion (kl_repl_complete) and indents the
// line after one that ends with ':'.
//
// Nothing is allocated: an entry (all the lines of a compound statement, or a whole raw-REPL
// program) is collected in one static buffer of KL_CFG_REPL_INPUT_BYTES, edited in place by the
// line editor at its end. The interpreter's heap is never touched while waiting for input.

#include <stddef.h>
#include <string.h>

#include "vm/config.h"
#include "vm/hal.h"
#include "vm/kinglet.h"
#include "vm/readline.h"
#include "vm/repl.h"

#define CTRL_A (0x01)
#define CTRL_B (0x02)
#define CTRL_C (0x03)
#define CTRL_D (0x04)
#define CTRL_E (0x05)

// Each text is written whole or as the end of one other text: the linker keeps a string that
// ends another only once, and a copy with a byte added after it (">", "\n") whole again.
#define RAW_BANNER "raw REPL; CTRL-B to exit\r\n"
#define SOFT_REBOOT "kinglet: soft reboot\r\n"
#if KL_CFG_ERROR_TEXT
#define INPUT_TOO_LONG "MemoryError: input longer than KL_CFG_REPL_INPUT_BYTES"
#else
// As a traceback says it without error text; the name's text is the qstr table's.
#define INPUT_TOO_LONG kl_qstr_str(KL_QSTR_MemoryError)
#endif
#define PASTE_BANNER "paste mode; Ctrl-C to cancel, Ctrl-D to finish"
#define PASTE_PROMPT "=== "
#define INDENT (4)

// Bytes the host may send in raw-paste mode per \x01 it receives: half of a small board's
// buffer, the figure MicroPython's tools are used to.
#define RAW_PASTE_WINDOW (128)

typedef enum {
    REPL_EXIT,     // leave kl_repl_run
    REPL_RAW,      // switch to the raw REPL
    REPL_FRIENDLY, // switch back to the friendly REPL
} repl_next_t;

static char input[KL_CFG_REPL_INPUT_BYTES];
static kl_readline_t editor;

// Set while a raw-REPL program runs, for kl_repl_redirect_stderr.
static bool raw_exec_active;
static bool raw_stderr_started;

// ==== Console ====

static void out(const char *str) {
    kl_hal_stdout_write(str, strlen(str));
}

// Prompts and REPL messages: the console for a terminal, the error stream for a pipe.
static void say(const kl_repl_port_t *port, const char *str) {
    if (port->interactive) {
        kl_hal_stdout_write(str, strlen(str));
    } else {
        kl_hal_stderr_write(str, strlen(str));
    }
}

static void newline(const kl_repl_port_t *port) {
    // A terminal in raw mode does not turn LF into CR LF by itself; a pipe wants plain LF.
    say(port, port->interactive ? "\r\n" : "\n");
}

static void say_line(const kl_repl_port_t *port, const char *str) {
    say(port, str);
    newline(port);
}

static void input_begin(const kl_repl_port_t *port) {
    if (port->input_begin != NULL) {
        port->input_begin();
    }
}

static void input_end(const kl_repl_port_t *port) {
    if (port->input_end != NULL) {
        port->input_end();
    }
}

static void print_banner(const kl_repl_port_t *port) {
    say(port, "kinglet " KL_VERSION_STRING " (Python " KL_PYTHON_VERSION_STRING ") on ");
    say_line(port, port->platform != NULL ? port->platform : "unknown");
    if (port->exit_hint != NULL) {
        say_line(port, port->exit_hint);
    }
}

static bool is_blank(const char *str, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if (str[i] != ' ' && str[i] != '\t' && str[i] != '\n' && str[i] != '\r' && str[i] != '\f') {
            return false;
        }
    }
    return true;
}

// Read one line into [buf] of [size] bytes with the editor, after [prompt] and starting with
// [indent] spaces; a kl_readline_feed result. Sets [*end] when the input has ended.
static int read_line(const kl_repl_port_t *port, const char *prompt, size_t indent, char *buf,
                     size_t size, bool *end) {
    say(port, prompt);
    kl_readline_start(&editor, buf, size);
    if (KL_CFG_REPL_COMPLETION) {
        editor.prompt = prompt; // for the line again below a list of completions
    }
    if (KL_CFG_REPL_AUTO_INDENT && indent < size) {
        kl_readline_indent(&editor, indent);
    }
    for (;;) {
        int c = kl_hal_stdin_read_byte();
        *end = c < 0;
        int r = kl_readline_feed(&editor, c);
        if (r != KL_READLINE_MORE) {
            return r;
        }
    }
}

// The indentation for the line after [len] bytes of [line]: one level deeper when it ends with
// ':' (a block starts); the same as this line's when this line kept the auto-indent it was given
// (the person relies on it); else none, so that lines typed or pasted with their own indentation,
// dedented ones such as `else:` included, are taken as they are.
static size_t next_indent(const char *line, size_t len, bool kept) {
#if KL_CFG_REPL_AUTO_INDENT
    size_t n = 0;
    while (n < len && line[n] == ' ') {
        n++;
    }
    while (len > n && (line[len - 1] == ' ' || line[len - 1] == '\t')) {
        len--;
    }
    if (len > n && line[len - 1] == ':') {
        return n + INDENT;
    }
    return kept && len > n ? n : 0;
#else
    (void)line;
    (void)len;
    (void)kept;
    return 0;
#endif
}

static void soft_reset(const kl_repl_port_t *port) {
    out(SOFT_REBOOT);
    if (port->soft_reset != NULL) {
        input_end(port);
        port->soft_reset();
        input_begin(port);
    }
}

// ==== Paste mode ====

// Read a pasted program into [input] until Ctrl-D; returns its length, or -1 when cancelled by
// Ctrl-C or too long. The end of input finishes the program like Ctrl-D.
static int paste_read(const kl_repl_port_t *port) {
    bool echo = editor.write != NULL;
    newline(port);
    say_line(port, PASTE_BANNER);
    say(port, PASTE_PROMPT);
    size_t len = 0;
    bool overflow = false;
    bool after_cr = false;
    for (;;) {
        int c = kl_hal_stdin_read_byte();
        if (c < 0 || c == CTRL_D) {
            newline(port);
            break;
        }
        if (c == CTRL_C) {
            newline(port);
            return -1;
        }
        if (after_cr && c == '\n') {
            after_cr = false;
            continue;
        }
        after_cr = c == '\r';
        char ch = (char)c;
        if (c == '\r' || c == '\n') {
            ch = '\n';
            newline(port);
            say(port, PASTE_PROMPT);
        } else if (KL_CFG_REPL_SMART_BACKSPACE && (c == 0x7f || c == 0x08)) {
            // Backspace within the current line: one whole UTF-8 character (KL_CFG_REPL_UTF8).
            if (len > 0 && input[len - 1] != '\n' && !overflow) {
                while (KL_CFG_REPL_UTF8 && len > 1 &&
                       ((unsigned char)input[len - 1] & 0xc0) == 0x80) {
                    len--;
                }
                len--;
                if (echo) {
                    out("\b \b");
                }
            }
            continue;
        } else if (echo) {
            kl_hal_stdout_write(&ch, 1);
        }
        if (len + 1 < sizeof(input)) {
            input[len++] = ch;
        } else {
            overflow = true;
        }
    }
    if (overflow) {
        say_line(port, INPUT_TOO_LONG);
        return -1;
    }
    input[len] = '\0';
    return (int)len;
}

// ==== Friendly REPL ====

// Read one entry (a simple statement, or a compound statement up to its empty line, or a
// pasted program) into [input]; returns its length with [*mode] set to how it runs, or -1 with
// [next] set when the REPL must leave this mode.
static int friendly_read(const kl_repl_port_t *port, repl_next_t *next, kl_exec_mode_t *mode) {
    size_t len = 0;
    size_t indent = 0;
    const char *prompt = ">>> ";
    *mode = KL_EXEC_MODE_SINGLE;
    for (;;) {
        // Room for at least one byte of text, the NUL and the newline appended below.
        if (sizeof(input) - len < 3) {
            say_line(port, INPUT_TOO_LONG);
            len = 0;
            indent = 0;
            prompt = ">>> ";
        }
        bool end = false;
        int r = read_line(port, prompt, indent, input + len, sizeof(input) - len - 1, &end);
        indent = 0;
        if (r == KL_READLINE_EOF) {
            if (len == 0 && !end && port->ctrl_d_resets) {
                // A board has nowhere to exit to: Ctrl-D starts the interpreter afresh.
                newline(port);
                soft_reset(port);
                print_banner(port);
                continue;
            }
            if (len == 0) {
                newline(port);
                *next = REPL_EXIT;
                return -1;
            }
            // The end of input inside a compound statement runs what was typed.
            return (int)len;
        }
        if (r == KL_READLINE_INTERRUPT) {
            newline(port);
            say_line(port, kl_qstr_str(KL_QSTR_KeyboardInterrupt)); // the table's text
            len = 0;
            prompt = ">>> ";
            continue;
        }
        if (r == KL_READLINE_CTRL_A) {
            *next = REPL_RAW;
            return -1;
        }
        if (r == KL_READLINE_CTRL_B) {
            // As in MicroPython: the banner again, and a fresh entry.
            newline(port);
            print_banner(port);
            len = 0;
            prompt = ">>> ";
            continue;
        }
        if (r == KL_READLINE_CTRL_E) {
            int n = paste_read(port);
            if (n > 0) {
                *mode = KL_EXEC_MODE_FILE;
                return n;
            }
            len = 0;
            prompt = ">>> ";
            continue;
        }
        if (port->interactive) {
            kl_readline_history_add(input + len, (size_t)r);
            indent = next_indent(input + len, (size_t)r, editor.auto_indented);
        }
        len += (size_t)r;
        input[len++] = '\n';
        input[len] = '\0';
        if (is_blank(input, len)) {
            // Nothing typed yet: a fresh prompt, as CPython gives.
            len = 0;
            indent = 0;
            continue;
        }
        if (!kl_repl_needs_more_input(input, len)) {
            return (int)len;
        }
        prompt = "... ";
    }
}

static repl_next_t friendly_repl(const kl_repl_port_t *port, int *exit_code) {
    for (;;) {
        repl_next_t next = REPL_EXIT;
        kl_exec_mode_t mode = KL_EXEC_MODE_SINGLE;
        input_begin(port);
        int len = friendly_read(port, &next, &mode);
        if (len < 0) {
            // The raw REPL reads with the console still in input mode.
            if (next != REPL_RAW) {
                input_end(port);
            }
            return next;
        }
        input_end(port);
        int code = 0;
        kl_exec_status_t status = kl_exec_source(input, (size_t)len, "<stdin>", mode, &code);
        if (status == KL_EXEC_EXIT) {
            *exit_code = code;
            return REPL_EXIT;
        }
    }
}

// ==== Raw REPL ====

// Raw-paste mode, after \x05 A \x01: flow-controlled transfer of the program into [input].
// Returns its length, -1 at the end of input. Sets [*overflow] when it did not fit.
static int raw_paste_read(bool *overflow) {
    static const char header[] = {'R', 0x01, (char)(RAW_PASTE_WINDOW & 0xff),
                                  (char)(RAW_PASTE_WINDOW >> 8), 0x01};
    kl_hal_stdout_write(header, sizeof(header));
    size_t len = 0;
    size_t since_credit = 0;
    *overflow = false;
    for (;;) {
        int c = kl_hal_stdin_read_byte();
        if (c < 0) {
            return -1;
        }
        if (c == CTRL_D) {
            // The end of the program. After an overflow the host's \x04 answers ours, and gets
            // no acknowledgement.
            if (!*overflow) {
                out("\x04");
            }
            return (int)len;
        }
        if (*overflow) {
            continue;
        }
        if (len + 1 >= sizeof(input)) {
            // \x04 asks the host to stop sending; it answers with \x04.
            *overflow = true;
            out("\x04");
            continue;
        }
        input[len++] = (char)c;
        // Each \x01 gives the host room for another window; the buffer drains at once here.
        if (++since_credit == RAW_PASTE_WINDOW) {
            since_credit = 0;
            out("\x01");
        }
    }
}

// Run [len] bytes of [input] as a raw-REPL program and send the two \x04-ended sections.
// Returns true when it raised SystemExit.
static bool raw_exec(const kl_repl_port_t *port, size_t len, bool overflow) {
    kl_exec_status_t status = KL_EXEC_OK;
    input_end(port);
    raw_exec_active = true;
    raw_stderr_started = false;
    if (overflow) {
        // Reported like an error of the program: code runs in cooked mode, where LF suffices.
        kl_repl_redirect_stderr();
        out(INPUT_TOO_LONG);
        out("\n");
    } else {
        int code = 0;
        input[len] = '\0';
        status = kl_exec_source(input, len, "<stdin>", KL_EXEC_MODE_FILE, &code);
    }
    if (!raw_stderr_started) {
        out("\x04");
    }
    raw_exec_active = false;
    input_begin(port);
    out("\x04");
    return status == KL_EXEC_EXIT;
}

static repl_next_t raw_repl(const kl_repl_port_t *port) {
    out("\r\n" RAW_BANNER);
    for (;;) {
        out(">");
        size_t len = 0;
        bool overflow = false;
        bool paste = false;
        for (;;) {
            int c = kl_hal_stdin_read_byte();
            if (c < 0) {
                input_end(port);
                return REPL_EXIT;
            }
            if (c == CTRL_A) {
                // Tools send \r\x01 to enter raw mode without knowing the mode they are in, and
                // wait for the banner: a reset of the raw REPL answers with it again.
                out("\r\n" RAW_BANNER);
                out(">");
                len = 0;
                overflow = false;
            } else if (c == CTRL_B) {
                out("\r\n");
                return REPL_FRIENDLY;
            } else if (c == CTRL_C) {
                len = 0;
                overflow = false;
            } else if (c == CTRL_D) {
                if (len > 0 || overflow) {
                    break;
                }
                out("OK\r\n");
                soft_reset(port);
                out(RAW_BANNER);
                out(">");
            } else if (c == CTRL_E && len == 0) {
                // \x05 A \x01 requests raw-paste mode; anything else after \x05 is dropped.
                if (kl_hal_stdin_read_byte() == 'A' && kl_hal_stdin_read_byte() == 0x01) {
                    int n = raw_paste_read(&overflow);
                    if (n < 0) {
                        input_end(port);
                        return REPL_EXIT;
                    }
                    len = (size_t)n;
                    paste = true;
                    break;
                }
            } else if (len + 1 < sizeof(input)) {
                input[len++] = (char)c;
            } else {
                overflow = true;
            }
        }
        if (!paste) {
            out("OK");
        }
        if (raw_exec(port, len, overflow)) {
            soft_reset(port);
            out(RAW_BANNER);
        }
    }
}

// ==== Public interface ====

int kl_repl_run(const kl_repl_port_t *port) {
    editor.write = port->interactive ? kl_hal_stdout_write : NULL;
    // Completion looks at the interpreter's names, which only a person at a terminal wants.
    editor.complete = port->interactive && KL_CFG_REPL_COMPLETION ? kl_repl_complete : NULL;
    editor.after_cr = false;
    if (port->interactive && !port->quiet) {
        input_begin(port);
        print_banner(port);
        input_end(port);
    }
    int exit_code = 0;
    repl_next_t mode = REPL_FRIENDLY;
    for (;;) {
        repl_next_t next = REPL_EXIT;
        if (mode == REPL_FRIENDLY) {
            next = friendly_repl(port, &exit_code);
        } else {
            next = raw_repl(port);
        }
        if (next == REPL_EXIT) {
            return exit_code;
        }
        if (next == REPL_FRIENDLY) {
            // The banner tells a tool that the friendly REPL is back; the console is still in
            // input mode from the raw REPL.
            print_banner(port);
            input_end(port);
        }
        mode = next;
    }
}

bool kl_repl_raw_active(void) {
    return raw_exec_active;
}

bool kl_repl_redirect_stderr(void) {
    if (!raw_exec_active) {
        return false;
    }
    if (!raw_stderr_started) {
        raw_stderr_started = true;
        kl_hal_stdout_write("\x04", 1);
    }
    return true;
}
