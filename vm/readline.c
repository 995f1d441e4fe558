// vm/readline.c: the REPL's line editor and its history ring.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The same editor runs on a Linux terminal and on a board's UART, so it assumes only what every
// VT100-descended terminal does: Backspace moves one column left, ESC [ n D moves n columns
// left, ESC [ K erases to the end of the line, and output needs CR LF. It redraws only the text
// from the cursor to the end of the line after each edit, which is cheap on a 115200-baud link
// and needs no knowledge of the prompt or the screen width (a line longer than the screen is
// still edited correctly in the buffer, but the cursor may be drawn on the wrong row).
//
// The cursor is kept on a UTF-8 character boundary and one character is counted as one column,
// which holds for everything except double-width East Asian characters.
//
// History is a static ring of NUL-terminated lines, oldest first: a board gets Up/Down without a
// heap, and the oldest lines are dropped when a new one does not fit.
//
// Tab completion knows nothing about Python: it finds the word before the cursor and asks the
// caller's completer for the names that could follow its last '.'. It keeps only their common
// prefix, in a small buffer on the stack, so nothing is stored per candidate; listing them on a
// second Tab asks the completer again and prints each name as it comes.

#include <string.h>

#include "vm/config.h"
#include "vm/readline.h"
#include "vm/vstr.h"

// Escape sequence states.
enum {
    ESC_NONE,
    ESC_START, // after ESC
    ESC_CSI,   // after ESC [
    ESC_SS3,   // after ESC O
};

// Control characters the editor acts on.
#define CTRL(c) ((c) - '@')
#define KEY_ESC (0x1b)
#define KEY_DEL (0x7f)

// Indentation step of Tab at the start of a line, auto-indent and Backspace in leading spaces.
#define INDENT (4)
// Bytes of a completion's common prefix kept: a longer name completes in several Tabs.
#define COMMON_BYTES (64)
// A list of completions is laid out in cells of this many columns, on lines of at most LIST_WIDTH
// (the width of the narrowest usual terminal; the editor does not know the real one).
#define LIST_CELL (16)
#define LIST_WIDTH (80)

// ==== Output ====

static void out(kl_readline_t *rl, const char *str, size_t len) {
    if (rl->write != NULL && len > 0) {
        rl->write(str, len);
    }
}

static void out_str(kl_readline_t *rl, const char *str) {
    out(rl, str, strlen(str));
}

// Without KL_CFG_REPL_UTF8 every byte counts as a character of its own.
static bool is_continuation(char c) {
    return KL_CFG_REPL_UTF8 && ((unsigned char)c & 0xc0) == 0x80;
}

// Terminal columns taken by [len] bytes of UTF-8 at [str]: one per character.
static size_t columns(const char *str, size_t len) {
    if (!KL_CFG_REPL_UTF8) {
        return len;
    }
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (!is_continuation(str[i])) {
            n++;
        }
    }
    return n;
}

static void move_left(kl_readline_t *rl, size_t cols) {
    if (cols == 0) {
        return;
    }
    if (cols == 1) {
        // Backspace is understood even by terminals that know no escape sequences.
        out_str(rl, "\b");
        return;
    }
    // ESC [ n D, written from the end.
    char seq[3 + 20];
    char *p = seq + sizeof(seq);
    *--p = 'D';
    p = kl_vstr_uint_digits(p, cols, 10, false);
    *--p = '[';
    *--p = KEY_ESC;
    out(rl, p, (size_t)(seq + sizeof(seq) - p));
}

// ==== Editing ====

// The byte offset where the character before the cursor starts.
static size_t prev_char(const kl_readline_t *rl) {
    size_t p = rl->cursor;
    if (p > 0) {
        p--;
        while (p > 0 && is_continuation(rl->buf[p])) {
            p--;
        }
    }
    return p;
}

// The byte offset just past the character under the cursor.
static size_t next_char(const kl_readline_t *rl) {
    size_t p = rl->cursor;
    if (p < rl->len) {
        p++;
        while (p < rl->len && is_continuation(rl->buf[p])) {
            p++;
        }
    }
    return p;
}

// Move the cursor back to byte [to] of the line.
static void back_to(kl_readline_t *rl, size_t to) {
    move_left(rl, columns(rl->buf + to, rl->cursor - to));
    rl->cursor = to;
}

// Move the cursor on to byte [to]: writing the text again is the one way to move right that
// every terminal knows.
static void forward_to(kl_readline_t *rl, size_t to) {
    out(rl, rl->buf + rl->cursor, to - rl->cursor);
    rl->cursor = to;
}

// Write the line from byte [from], where the terminal's cursor is, to its end, then (with
// [erase]) clear what is left of a longer line after it, and walk back to the cursor.
static void redraw(kl_readline_t *rl, size_t from, bool erase) {
    out(rl, rl->buf + from, rl->len - from);
    if (erase) {
        out_str(rl, "\x1b[K");
    }
    move_left(rl, columns(rl->buf + rl->cursor, rl->len - rl->cursor));
}

static void insert(kl_readline_t *rl, const char *str, size_t n) {
    // One byte stays free for the NUL that ends a returned line.
    if (rl->len + n + 1 > rl->size) {
        return;
    }
    size_t at = rl->cursor;
    memmove(rl->buf + at + n, rl->buf + at, rl->len - at);
    memcpy(rl->buf + at, str, n);
    rl->len += n;
    rl->cursor += n;
    redraw(rl, at, false);
}

// Remove the bytes [from, to) with the cursor somewhere in that range, leaving it at [from].
static void delete_range(kl_readline_t *rl, size_t from, size_t to) {
    if (from >= to) {
        return;
    }
    back_to(rl, from);
    memmove(rl->buf + from, rl->buf + to, rl->len - to);
    rl->len -= to - from;
    redraw(rl, from, true);
}

static void move_home(kl_readline_t *rl) {
    back_to(rl, 0);
}

static void move_end(kl_readline_t *rl) {
    forward_to(rl, rl->len);
}

static void move_char_left(kl_readline_t *rl) {
    back_to(rl, prev_char(rl));
}

static void move_char_right(kl_readline_t *rl) {
    forward_to(rl, next_char(rl));
}

#if KL_CFG_REPL_HISTORY_BYTES > 0
// Replace the whole line with [n] bytes of [text] (a history entry), cursor at the end.
static void replace_line(kl_readline_t *rl, const char *text, size_t n) {
    if (n > rl->size - 1) {
        n = rl->size - 1;
        while (n > 0 && is_continuation(text[n])) {
            n--;
        }
    }
    move_home(rl);
    memcpy(rl->buf, text, n);
    rl->len = n;
    rl->cursor = n;
    redraw(rl, 0, true);
}

static void history_show(kl_readline_t *rl, int pos) {
    const char *entry = pos < 0 ? "" : kl_readline_history_get((size_t)pos);
    if (entry != NULL) {
        rl->history_pos = pos;
        replace_line(rl, entry, strlen(entry));
    }
}
#endif

static int finish_line(kl_readline_t *rl) {
    out_str(rl, "\r\n");
    rl->buf[rl->len] = '\0';
    return (int)rl->len;
}

// True when the [n] bytes at [str] are all spaces (or there are none).
static bool all_spaces(const char *str, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (str[i] != ' ') {
            return false;
        }
    }
    return true;
}

static void backspace(kl_readline_t *rl) {
    size_t from = prev_char(rl);
    if (KL_CFG_REPL_SMART_BACKSPACE && rl->cursor > 0 && all_spaces(rl->buf, rl->cursor)) {
        // In the indentation, one key undoes one level of it.
        from = (rl->cursor - 1) / INDENT * INDENT;
    }
    delete_range(rl, from, rl->cursor);
}

#if KL_CFG_REPL_KILL_KEYS
// Ctrl-W: the spaces before the cursor, then the word before them.
static void kill_word(kl_readline_t *rl) {
    size_t from = rl->cursor;
    while (from > 0 && rl->buf[from - 1] == ' ') {
        from--;
    }
    while (from > 0 && rl->buf[from - 1] != ' ') {
        from--;
    }
    delete_range(rl, from, rl->cursor);
}
#endif

// ==== Completion ====

typedef struct _match_t {
    size_t count;              // distinct names offered
    size_t first_len;          // bytes of the first name kept in [common]
    size_t prefix;             // bytes of [common] that every name so far starts with
    char common[COMMON_BYTES]; // the start of the first name
} match_t;

static void match_add(void *ctx, const char *name, size_t n) {
    match_t *m = ctx;
    if (m->count++ == 0) {
        m->first_len = n < sizeof(m->common) ? n : sizeof(m->common);
        memcpy(m->common, name, m->first_len);
        m->prefix = m->first_len;
        return;
    }
    size_t i = 0;
    while (i < m->prefix && i < n && m->common[i] == name[i]) {
        i++;
    }
    m->prefix = i;
}

typedef struct _list_t {
    kl_readline_t *rl;
    size_t col; // columns used on the current output line
} list_t;

static void list_add(void *ctx, const char *name, size_t n) {
    // Enough for the widest padding: a whole cell and the two spaces.
    static const char spaces[LIST_CELL + 2] = "                  ";
    list_t *l = ctx;
    size_t width = columns(name, n);
    if (l->col > 0) {
        // The next cell that leaves at least two spaces after the previous name. The padding is
        // written only now, so that no output line ends in spaces.
        size_t start = (l->col + 2 + LIST_CELL - 1) / LIST_CELL * LIST_CELL;
        if (start + width > LIST_WIDTH) {
            out_str(l->rl, "\r\n");
            l->col = 0;
        } else {
            out(l->rl, spaces, start - l->col);
            l->col = start;
        }
    }
    out(l->rl, name, n);
    l->col += width;
}

static bool is_word_byte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.' || (unsigned char)c >= 0x80;
}

static void tab(kl_readline_t *rl) {
    bool again = rl->after_tab;
    if (KL_CFG_REPL_COMPLETION) {
        rl->after_tab = true;
    }
    size_t start = rl->cursor;
    while (start > 0 && is_word_byte(rl->buf[start - 1])) {
        start--;
    }
    if (!KL_CFG_REPL_COMPLETION || rl->complete == NULL || start == rl->cursor) {
        // No word to complete: indentation at the start of a line, and otherwise what a tab in
        // pasted text stands for. Spaces, not a tab: a tab's width on screen would break the
        // column count.
        insert(rl, "    ", INDENT);
        return;
    }
    size_t stem = start;
    for (size_t i = start; i < rl->cursor; i++) {
        if (rl->buf[i] == '.') {
            stem = i + 1;
        }
    }
    size_t typed = rl->cursor - stem;
    match_t m;
    m.count = 0;
    rl->complete(rl->buf + start, rl->cursor - start, match_add, &m);
    if (m.count == 0 || typed > m.first_len || memcmp(m.common, rl->buf + stem, typed) != 0) {
        return;
    }
    // Never insert half of a UTF-8 character.
    while (m.prefix > typed && m.prefix < m.first_len && is_continuation(m.common[m.prefix])) {
        m.prefix--;
    }
    if (m.prefix > typed) {
        insert(rl, m.common + typed, m.prefix - typed);
    } else if (m.count > 1 && again) {
        list_t l = {rl, 0};
        out_str(rl, "\r\n");
        rl->complete(rl->buf + start, rl->cursor - start, list_add, &l);
        // The prompt and the line again below the list, the cursor where it was.
        out_str(rl, "\r\n");
        if (rl->prompt != NULL) {
            out_str(rl, rl->prompt);
        }
        redraw(rl, 0, false);
    }
}

// ==== Escape sequences ====

// The keys of ESC [ x and ESC O x as the control character with the same action (the final
// byte, or for ESC [ n ~ the digit n), in pairs: Right, Left, Home and End, and the VT220 keys,
// where 1 and 7 are Home, 4 and 8 End (terminals disagree) and 3 is Delete. kl_readline_feed
// acts on them as it does on the typed key, except on an empty line, where the typed Ctrl-A,
// Ctrl-B, Ctrl-D and Ctrl-E go to the caller but these do nothing. With a history, Up and Down
// are two codes that no key types.
#define KEY_UP (0x80)
#define KEY_DOWN (0x81)
static const char escape_keys[] = {
    'C', CTRL('F'),    'D', CTRL('B'),      'H', CTRL('A'), 'F', CTRL('E'), '1', CTRL('A'),
    '7', CTRL('A'),    '4', CTRL('E'),      '8', CTRL('E'), '3', CTRL('D'),
#if KL_CFG_REPL_HISTORY_BYTES > 0
    'A', (char)KEY_UP, 'B', (char)KEY_DOWN,
#endif
    0,
};

// The key of the final byte [c] of ESC [ ... or ESC O ...; 0 for the function keys, modified
// arrows and the like, which are swallowed, never inserted as text.
static int escape_key(int c, unsigned param) {
    if (c == '~') {
        c = '0' + (int)param;
    }
    for (const char *p = escape_keys; *p != '\0'; p += 2) {
        if (*p == c) {
            return (unsigned char)p[1];
        }
    }
    return 0;
}

// [c] after an ESC: the key that a finished sequence stands for, 0 while it goes on (or when it
// stands for nothing), -1 when [c] is not part of a sequence.
static int escape_feed(kl_readline_t *rl, int c) {
    if (rl->esc_state == ESC_START) {
        rl->esc_param = 0;
        rl->esc_state = c == '[' ? ESC_CSI : c == 'O' ? ESC_SS3 : ESC_NONE;
        // A lone Escape press followed by a key: the key still counts.
        return rl->esc_state != ESC_NONE ? 0 : -1;
    }
    if (c < 0x20) {
        // A control character cannot be inside a sequence: the sequence was cut short.
        rl->esc_state = ESC_NONE;
        return -1;
    }
    if (rl->esc_state == ESC_CSI) {
        if (c >= '0' && c <= '9') {
            if (rl->esc_param < 100) {
                rl->esc_param = (uint8_t)(rl->esc_param * 10 + (c - '0'));
            }
            return 0;
        }
        // Modifier parameters (ESC [ 1 ; 5 C is Ctrl-Right) do not change the key, and other
        // bytes before the final one are skipped.
        if (c < 0x40 || c > 0x7e) {
            return 0;
        }
    }
    // The final byte; after ESC O it is the byte that follows.
    rl->esc_state = ESC_NONE;
    return escape_key(c, rl->esc_param);
}

// ==== Public interface ====

void kl_readline_start(kl_readline_t *rl, char *buf, size_t size) {
    rl->buf = buf;
    rl->size = size;
    rl->len = 0;
    rl->cursor = 0;
    // What only history, UTF-8, completion and auto-indent read stays as it is without them.
    if (KL_CFG_REPL_HISTORY_BYTES > 0) {
        rl->history_pos = -1;
    }
    rl->esc_state = ESC_NONE;
    rl->esc_param = 0;
    if (KL_CFG_REPL_UTF8) {
        rl->utf8_need = 0;
        rl->utf8_len = 0;
    }
    if (KL_CFG_REPL_AUTO_INDENT) {
        rl->auto_indent = 0;
        rl->auto_indented = false;
    }
    if (KL_CFG_REPL_COMPLETION) {
        rl->after_tab = false;
    }
    buf[0] = '\0';
}

void kl_readline_indent(kl_readline_t *rl, size_t n) {
    while (n > 0) {
        size_t step = n < INDENT ? n : INDENT;
        insert(rl, "    ", step);
        n -= step;
    }
    rl->auto_indent = rl->len;
    rl->auto_indented = rl->len > 0;
}

// What key [c] does, typed or from an escape sequence; the mode keys on an [empty] line go to
// the caller. One call for both: a copy of the switch for each would cost a second jump table.
static KL_NOINLINE int act(kl_readline_t *rl, int c, bool empty) {
    switch (c) {
        case '\r':
            rl->after_cr = true;
            return finish_line(rl);
        case '\n':
            return finish_line(rl);
        case CTRL('C'):
            rl->len = 0;
            rl->cursor = 0;
            rl->buf[0] = '\0';
            return KL_READLINE_INTERRUPT;
        case CTRL('D'):
            if (empty) {
                return KL_READLINE_EOF;
            }
            delete_range(rl, rl->cursor, next_char(rl));
            break;
        case CTRL('A'):
            // On an empty line Ctrl-A is the raw REPL's entry key (tools send it after CR, so
            // the line is always empty then); elsewhere it is Home, as in Emacs and bash.
            if (empty) {
                return KL_READLINE_CTRL_A;
            }
            move_home(rl);
            break;
        case CTRL('B'):
            if (empty) {
                return KL_READLINE_CTRL_B;
            }
            move_char_left(rl);
            break;
        case CTRL('E'):
            // On an empty line, MicroPython's paste-mode key; elsewhere End.
            if (empty) {
                return KL_READLINE_CTRL_E;
            }
            move_end(rl);
            break;
        case CTRL('F'):
            move_char_right(rl);
            break;
#if KL_CFG_REPL_KILL_KEYS
        case CTRL('K'):
            delete_range(rl, rl->cursor, rl->len);
            break;
        case CTRL('U'):
            delete_range(rl, 0, rl->cursor);
            break;
        case CTRL('W'):
            kill_word(rl);
            break;
#endif
        case CTRL('H'):
        case KEY_DEL:
            backspace(rl);
            break;
        case '\t':
            tab(rl);
            break;
        case KEY_ESC:
            rl->esc_state = ESC_START;
            break;
#if KL_CFG_REPL_HISTORY_BYTES > 0
        case KEY_UP:
            history_show(rl, rl->history_pos + 1);
            break;
        case KEY_DOWN:
            if (rl->history_pos >= 0) {
                history_show(rl, rl->history_pos - 1);
            }
            break;
#endif
        default:
            if (c >= 0x20) {
                char ch = (char)c;
                insert(rl, &ch, 1);
            }
            // Other control characters are ignored rather than stored invisibly in the line.
            break;
    }
    return KL_READLINE_MORE;
}

int kl_readline_feed(kl_readline_t *rl, int c) {
    if (c == KL_READLINE_END_OF_INPUT) {
        // A last line without a newline still counts; the next call reports the end.
        rl->after_cr = false;
        return rl->len == 0 ? KL_READLINE_EOF : finish_line(rl);
    }
    c &= 0xff;
    if (rl->after_cr) {
        rl->after_cr = false;
        if (c == '\n') {
            return KL_READLINE_MORE;
        }
    }
    if (KL_CFG_REPL_COMPLETION && c != '\t') {
        rl->after_tab = false;
    }
    if (KL_CFG_REPL_AUTO_INDENT && rl->auto_indent > 0) {
        // A space or Tab typed first replaces the auto-indent: it comes with its own indentation.
        if ((c == ' ' || c == '\t') && rl->esc_state == ESC_NONE &&
            (!KL_CFG_REPL_UTF8 || rl->utf8_need == 0) && rl->len == rl->auto_indent &&
            rl->cursor == rl->len) {
            delete_range(rl, 0, rl->len);
            rl->auto_indented = false;
        }
        rl->auto_indent = 0;
    }
    // The keys that act differently on an empty line when typed.
    bool empty = rl->len == 0;
    int key = rl->esc_state != ESC_NONE ? escape_feed(rl, c) : -1;
    if (key == 0) {
        return KL_READLINE_MORE;
    }
    if (key > 0) {
        c = key;
        empty = false;
    }
#if KL_CFG_REPL_UTF8
    else {
        // Bytes of a multi-byte character are collected and inserted together, so the redraw
        // after an insertion in the middle of the line never sends half a character.
        if (rl->utf8_need > 0) {
            if (is_continuation((char)c)) {
                rl->utf8[rl->utf8_len++] = (char)c;
                if (--rl->utf8_need == 0) {
                    insert(rl, rl->utf8, rl->utf8_len);
                }
                return KL_READLINE_MORE;
            }
            // A broken sequence is dropped, and this byte is taken on its own.
            rl->utf8_need = 0;
        }
        if (c >= 0x80) {
            uint8_t need = c >= 0xf0 && c < 0xf8 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
            if (need > 0 && c < 0xf8) {
                rl->utf8[0] = (char)c;
                rl->utf8_len = 1;
                rl->utf8_need = need;
            }
            return KL_READLINE_MORE;
        }
    }
#elif KL_CFG_REPL_HISTORY_BYTES > 0
    else if (c >= 0x80) {
        // A byte of a non-ASCII character, inserted here: act takes 0x80 and 0x81 for Up and Down.
        char ch = (char)c;
        insert(rl, &ch, 1);
        return KL_READLINE_MORE;
    }
#endif

    return act(rl, c, empty);
}

// ==== History ====

#if KL_CFG_REPL_HISTORY_BYTES > 0

static char history[KL_CFG_REPL_HISTORY_BYTES];
static size_t history_used;

void kl_readline_history_add(const char *line, size_t len) {
    if (len == 0 || len + 1 > sizeof(history) || memchr(line, '\0', len) != NULL) {
        return;
    }
    const char *newest = kl_readline_history_get(0);
    if (newest != NULL && strlen(newest) == len && memcmp(newest, line, len) == 0) {
        return;
    }
    while (history_used + len + 1 > sizeof(history)) {
        size_t oldest = strlen(history) + 1;
        memmove(history, history + oldest, history_used - oldest);
        history_used -= oldest;
    }
    memcpy(history + history_used, line, len);
    history[history_used + len] = '\0';
    history_used += len + 1;
}

size_t kl_readline_history_count(void) {
    size_t n = 0;
    for (size_t i = 0; i < history_used; i++) {
        if (history[i] == '\0') {
            n++;
        }
    }
    return n;
}

const char *kl_readline_history_get(size_t n) {
    size_t end = history_used;
    for (;;) {
        if (end == 0) {
            return NULL;
        }
        // [end - 1] is the NUL of this entry; its text starts after the previous NUL.
        size_t start = end - 1;
        while (start > 0 && history[start - 1] != '\0') {
            start--;
        }
        if (n == 0) {
            return history + start;
        }
        n--;
        end = start;
    }
}

void kl_readline_history_clear(void) {
    history_used = 0;
}

#else

void kl_readline_history_add(const char *line, size_t len) {
    (void)line;
    (void)len;
}

size_t kl_readline_history_count(void) {
    return 0;
}

const char *kl_readline_history_get(size_t n) {
    (void)n;
    return NULL;
}

void kl_readline_history_clear(void) {
}

#endif // KL_CFG_REPL_HISTORY_BYTES > 0
