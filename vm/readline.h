// vm/readline.h: the REPL's line editor, fed one input byte at a time.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The editor is a state machine rather than a blocking call so that it knows nothing about
// where bytes come from: vm/repl.c feeds it from kl_hal_stdin_read_byte, a unit test feeds it a
// string, and a board could feed it from a UART interrupt. It writes only through the [write]
// callback it is given (NULL: no echo, for input from a pipe), and allocates nothing: the line
// lives in the caller's buffer and the history in a static ring of KL_CFG_REPL_HISTORY_BYTES.
//
// Keys: printable text and UTF-8 (a byte at a time without KL_CFG_REPL_UTF8), Backspace (in
// leading spaces: back to the previous multiple of four, with KL_CFG_REPL_SMART_BACKSPACE),
// Delete, Left/Right, Home/End (ESC [H, ESC [F, ESC [1~, ESC [4~, ESC OH, ESC OF), Ctrl-A/E
// (home/end), Ctrl-B/F (left/right), Ctrl-K/U/W (kill to end/start/previous word, with
// KL_CFG_REPL_KILL_KEYS), Up/Down (history), Tab (completion of the word before the cursor
// through the [complete] callback; four spaces when there is no such word), Enter (CR, LF or
// CR LF), Ctrl-C, Ctrl-D. Ctrl-A, Ctrl-B and Ctrl-E on an empty line are returned to the caller
// instead (the REPL's mode keys).

#ifndef KL_INCLUDED_VM_READLINE_H
#define KL_INCLUDED_VM_READLINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// kl_readline_feed results; a finished line returns its length (>= 0) instead.
#define KL_READLINE_MORE (-1)      // the line is not finished: feed the next byte
#define KL_READLINE_EOF (-2)       // Ctrl-D on an empty line, or the end of input
#define KL_READLINE_INTERRUPT (-3) // Ctrl-C: the line was discarded
#define KL_READLINE_CTRL_A (-4)    // Ctrl-A on an empty line (the raw REPL's entry key)
#define KL_READLINE_CTRL_B (-5)    // Ctrl-B on an empty line (print the banner)
#define KL_READLINE_CTRL_E (-6)    // Ctrl-E on an empty line (paste mode)

// Feed kl_readline_feed this instead of a byte at the end of input.
#define KL_READLINE_END_OF_INPUT (-1)

// Called by a completer for each name that completes the word: [n] bytes of [name], the whole
// name (not only the part after the word). [ctx] is what the completer was given.
typedef void (*kl_readline_add_t)(void *ctx, const char *name, size_t n);

// A completer: call [add] once for each distinct name that starts with the [len] bytes of [word]
// (letters, digits, '_', '.' and non-ASCII bytes, as found before the cursor).
typedef void (*kl_readline_complete_t)(const char *word, size_t len, kl_readline_add_t add,
                                       void *ctx);

typedef struct _kl_readline_t {
    char *buf;     // the caller's buffer; NUL-terminated when a line is returned
    size_t size;   // bytes in [buf], including room for the NUL
    size_t len;    // bytes of text in [buf]
    size_t cursor; // byte offset of the cursor, always on a character boundary
    // Echo and cursor movement; NULL when the input is not from a terminal.
    void (*write)(const char *str, size_t len);
    // Tab completion, or NULL (Tab then always inserts four spaces). Set by the caller; never
    // called without KL_CFG_REPL_COMPLETION.
    kl_readline_complete_t complete;
    // What was printed before the line, to draw it again after a list of completions.
    const char *prompt;
    size_t auto_indent; // bytes of untouched indentation put in by kl_readline_indent
    int history_pos;    // -1 while editing a new line, else the history entry shown (0: newest)
    uint8_t esc_state;  // where in an escape sequence the editor is
    uint8_t esc_param;  // the number of an ESC [ n ~ sequence
    uint8_t utf8_need;  // continuation bytes still expected for [utf8] (KL_CFG_REPL_UTF8)
    uint8_t utf8_len;   // bytes collected in [utf8]
    char utf8[4];       // a multi-byte character is inserted whole, once complete
    bool after_cr;      // the last byte ended a line with CR: an LF right after it is the same end
    bool after_tab;     // the last key was a Tab: a Tab that adds nothing lists the candidates
    bool auto_indented; // the line began with auto-indent, and typing did not replace it
} kl_readline_t;

// Start a new line in [buf] of [size] bytes (at least 1); keeps [write] and the CR state of the
// previous line, so CR LF split across two lines is still one line end.
void kl_readline_start(kl_readline_t *rl, char *buf, size_t size);

// Start the line with [n] spaces of indentation (auto-indent). Typing a space or Tab before
// anything else replaces them, so that text typed or pasted with its own indentation keeps it
// (with KL_CFG_REPL_AUTO_INDENT; the REPL calls this only then).
void kl_readline_indent(kl_readline_t *rl, size_t n);

// Process one input byte [c] (0..255, or KL_READLINE_END_OF_INPUT).
int kl_readline_feed(kl_readline_t *rl, int c);

// Remember [len] bytes of [line] for Up/Down; empty lines and repeats of the newest entry are
// not stored, and the oldest entries make room. Does nothing when KL_CFG_REPL_HISTORY_BYTES is 0.
void kl_readline_history_add(const char *line, size_t len);
// The number of stored entries, and entry [n] (0: newest) or NULL.
size_t kl_readline_history_count(void);
const char *kl_readline_history_get(size_t n);
void kl_readline_history_clear(void);

#endif // KL_INCLUDED_VM_READLINE_H
