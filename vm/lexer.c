// vm/lexer.c: source bytes to tokens, with Python's rules for lines and indentation.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// One call of kl_lexer_next makes one token: first any DEDENTs still owed, then (at the start of
// a logical line) the indentation, then white space, comments and line joins, then the token.
// Everything is a forward scan over the source bytes, so lexing is linear in the input whatever
// its shape (megabyte lines, thousands of blank lines).
//
// Two places decide more than the next byte can tell. Numbers accept a keyword glued to their
// end (`1if x else 2` is valid Python 3.11) but reject any other letter, with CPython's "invalid
// decimal literal" (without KL_CFG_NUMBER_KEYWORDS every letter is rejected). Identifiers accept
// any non-ASCII code point except those listed in not_ident below: a board cannot carry the Unicode
// identifier tables, so the list names the blocks of punctuation and symbols people actually paste
// by mistake (currency, arrows, maths, box drawing, emoji, typographic quotes), which gives
// CPython's "invalid character" message for them. Other non-letters pass as identifier characters,
// and names are not NFKC-normalised. Without KL_CFG_NON_IDENT_CHARS the list is left out and every
// non-ASCII character passes; without KL_CFG_STR_UNICODE none does, as names are str and every str
// is ASCII there.

#include <stdarg.h>
#include <string.h>

#include "vm/gc.h"
#include "vm/lexer.h"
#include "vm/runtime.h"

// Inside an f-string's replacement field (kl_lexer_push_region): never without f-strings, so
// the code for it drops out of those builds.
#define IN_REGION(lex) (KL_CFG_FSTRINGS && (lex)->in_region)

// ==== Messages ====

#if KL_CFG_ERROR_TEXT
void kl_lexer_format(char *buf, size_t size, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    size_t n = 0;
#define PUT(ch)                                                                                    \
    do {                                                                                           \
        if (n + 1 < size) {                                                                        \
            buf[n++] = (char)(ch);                                                                 \
        }                                                                                          \
    } while (0)
    for (const char *f = fmt; *f != '\0'; f++) {
        if (*f != '%') {
            PUT(*f);
            continue;
        }
        f++;
        if (*f == 's') {
            for (const char *s = va_arg(ap, const char *); *s != '\0'; s++) {
                PUT(*s);
            }
        } else if (*f == 'u') {
            unsigned v = va_arg(ap, unsigned);
            char digits[12];
            int k = 0;
            do {
                digits[k++] = (char)('0' + v % 10);
                v /= 10;
            } while (v != 0);
            while (k > 0) {
                PUT(digits[--k]);
            }
        } else if (*f == 'c') {
            PUT(va_arg(ap, int));
        } else if (*f == 'U') {
            // CPython prints U+%04X: at least four hex digits.
            unsigned v = va_arg(ap, unsigned);
            int digits = 4;
            while (digits < 8 && (v >> (4 * digits)) != 0) {
                digits++;
            }
            PUT('U');
            PUT('+');
            for (int k = digits - 1; k >= 0; k--) {
                PUT("0123456789ABCDEF"[(v >> (4 * k)) & 15]);
            }
        } else if (*f == '%') {
            PUT('%');
        } else {
            break;
        }
    }
#undef PUT
    if (size > 0) {
        buf[n] = '\0';
    }
    va_end(ap);
}
#endif

// ==== Characters ====

uint32_t kl_lexer_utf8_decode(const char *s, size_t n, size_t *len) {
    const unsigned char *u = (const unsigned char *)s;
    uint32_t c = u[0];
    size_t need;
    uint32_t min;
    if (c < 0x80) {
        *len = 1;
        return c;
    } else if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        min = 0x80;
        c &= 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        min = 0x800;
        c &= 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        min = 0x10000;
        c &= 0x07;
    } else {
        *len = 1;
        return 0xFFFD;
    }
    if (need >= n) {
        *len = 1;
        return 0xFFFD;
    }
    for (size_t i = 1; i <= need; i++) {
        if ((u[i] & 0xC0) != 0x80) {
            *len = 1;
            return 0xFFFD;
        }
        c = (c << 6) | (u[i] & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        *len = 1;
        return 0xFFFD;
    }
    *len = need + 1;
    return c;
}

#if !KL_CFG_STR_UNICODE
// Names are str, which holds ASCII only in this build: no other character is a name's.
static int classify_non_ascii(uint32_t cp) {
    (void)cp;
    return 1;
}
#elif KL_CFG_NON_IDENT_CHARS
// Code points that can never be part of an identifier (see the header comment); [1] marks the
// non-printable ones, which CPython reports by number only.
static const uint32_t not_ident[][3] = {
    {0x0080, 0x009F, 1},    {0x00A0, 0x00A0, 1}, {0x00A1, 0x00A9, 0}, {0x00AB, 0x00AC, 0},
    {0x00AD, 0x00AD, 1},    {0x00AE, 0x00B4, 0}, {0x00B6, 0x00B6, 0}, {0x00B8, 0x00B9, 0},
    {0x00BB, 0x00BF, 0},    {0x00D7, 0x00D7, 0}, {0x00F7, 0x00F7, 0}, {0x2000, 0x200F, 1},
    {0x2010, 0x2027, 0},    {0x2028, 0x202F, 1}, {0x2030, 0x203E, 0}, {0x2041, 0x2053, 0},
    {0x2055, 0x205E, 0},    {0x205F, 0x206F, 1}, {0x20A0, 0x20CF, 0}, {0x2190, 0x2BFF, 0},
    {0x2E00, 0x2E7F, 0},    {0x3000, 0x3000, 1}, {0x3001, 0x3004, 0}, {0x3008, 0x3020, 0},
    {0x3030, 0x3030, 0},    {0x303D, 0x303F, 0}, {0xD800, 0xDFFF, 1}, {0xE000, 0xF8FF, 1},
    {0xFE10, 0xFE19, 0},    {0xFE30, 0xFE32, 0}, {0xFE35, 0xFE4C, 0}, {0xFE50, 0xFE6B, 0},
    {0xFEFF, 0xFEFF, 1},    {0xFF01, 0xFF0F, 0}, {0xFF1A, 0xFF20, 0}, {0xFF3B, 0xFF3E, 0},
    {0xFF40, 0xFF40, 0},    {0xFF5B, 0xFF65, 0}, {0xFFF0, 0xFFFF, 1}, {0x1F000, 0x1FAFF, 0},
    {0xF0000, 0x10FFFF, 1},
};

// 0: an identifier character; 1: a printable non-identifier; 2: non-printable.
static int classify_non_ascii(uint32_t cp) {
    for (size_t i = 0; i < sizeof(not_ident) / sizeof(not_ident[0]); i++) {
        if (cp < not_ident[i][0]) {
            break;
        }
        if (cp <= not_ident[i][1]) {
            return not_ident[i][2] ? 2 : 1;
        }
    }
    return 0;
}
#else
// Without KL_CFG_NON_IDENT_CHARS every code point is, as in MicroPython.
static int classify_non_ascii(uint32_t cp) {
    (void)cp;
    return 0;
}
#endif

static bool is_digit(int c) {
    return c >= '0' && c <= '9';
}

static bool is_ident_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

static bool is_ident_char(int c) {
    return is_ident_start(c) || is_digit(c);
}

// The byte at [i], or -1 past the end of the region.
static int byte_at(const kl_lexer_t *lex, size_t i) {
    return i < lex->end ? (unsigned char)lex->src[i] : -1;
}

// Bytes of the line break at [i] (\n, \r\n or \r), 0 if there is none.
static size_t newline_at(const kl_lexer_t *lex, size_t i) {
    int c = byte_at(lex, i);
    if (c == '\n') {
        return 1;
    }
    if (c == '\r') {
        return byte_at(lex, i + 1) == '\n' ? 2 : 1;
    }
    return 0;
}

// ==== Positions and errors ====

// The lexer has just stepped over a line break: [pos] is the first byte of the next line.
static void next_line(kl_lexer_t *lex) {
    lex->line++;
#if KL_CFG_SYNTAX_ERROR_DETAIL
    lex->line_start = lex->pos;
    lex->col_pos = lex->pos;
    lex->col_cp = 0;
#endif
}

#if KL_CFG_SYNTAX_ERROR_DETAIL
// The 1-based column of byte [offset] of the current line.
static uint32_t column(kl_lexer_t *lex, size_t offset) {
    if (lex->col_pos > offset || lex->col_pos < lex->line_start) {
        lex->col_pos = lex->line_start;
        lex->col_cp = 0;
    }
    for (size_t i = lex->col_pos; i < offset; i++) {
        lex->col_cp += ((unsigned char)lex->src[i] & 0xC0) != 0x80;
    }
    lex->col_pos = offset;
    return lex->col_cp + 1;
}
#endif

static size_t bom_len(const char *src, size_t len) {
    return len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

uint32_t kl_lexer_line_at(const kl_lexer_t *lex, size_t offset, size_t *line_start) {
    // A byte order mark holds no line break: only the quoted line skips it.
    size_t start = KL_CFG_SYNTAX_ERROR_DETAIL ? bom_len(lex->src, lex->len) : 0;
    uint32_t n = 1;
    for (size_t i = start; i < offset && i < lex->len; i++) {
        char c = lex->src[i];
        if (c == '\r' && i + 1 < lex->len && lex->src[i + 1] == '\n') {
            continue;
        }
        if (c == '\n' || c == '\r') {
            n++;
            start = i + 1;
        }
    }
    *line_start = start;
    return n;
}

// The message of an error: inside an f-string replacement field it is the f-string's error, as
// in CPython 3.11, written to [buf] of ERROR_BUF bytes (never without f-strings).
#define ERROR_BUF (KL_CFG_FSTRINGS ? 160 : 1)
static const char *error_message(const kl_lexer_t *lex, char *buf, const char *msg) {
#if !KL_CFG_ERROR_TEXT
    msg = ""; // the callers' messages are all "": this lets them drop theirs
#endif
    if (IN_REGION(lex) && strncmp(msg, "f-string", 8) != 0) {
        kl_lexer_format(buf, ERROR_BUF, "f-string: %s", msg);
        msg = buf;
    }
    return msg;
}

#if KL_CFG_SYNTAX_ERROR_DETAIL
uint32_t kl_lexer_column(const kl_lexer_t *lex, size_t line_start, size_t offset) {
    uint32_t cp = 0;
    for (size_t i = line_start; i < offset && i < lex->len; i++) {
        cp += ((unsigned char)lex->src[i] & 0xC0) != 0x80;
    }
    return cp + 1;
}

KL_NORETURN void kl_lexer_raise(const kl_lexer_t *lex, const kl_obj_type_t *type, uint32_t line,
                                uint32_t col, size_t line_start, const char *msg) {
    kl_lexer_raise_range(lex, type, line, col, col, line_start, msg);
}

KL_NORETURN void kl_lexer_raise_range(const kl_lexer_t *lex, const kl_obj_type_t *type,
                                      uint32_t line, uint32_t col, uint32_t end_col,
                                      size_t line_start, const char *msg) {
    size_t end = line_start;
    while (end < lex->len && lex->src[end] != '\n' && lex->src[end] != '\r') {
        end++;
    }
    // The text keeps its line feed, as CPython's does.
    if (end < lex->len && lex->src[end] == '\n') {
        end++;
    }
    char buf[ERROR_BUF];
    kl_raise_syntax_error_range(type, lex->filename, line, col, line, end_col,
                                lex->src + line_start, end - line_start,
                                error_message(lex, buf, msg));
}
#else
KL_NORETURN void kl_lexer_raise_line(const kl_lexer_t *lex, const kl_obj_type_t *type,
                                     uint32_t line, const char *msg) {
    char buf[ERROR_BUF];
    kl_raise_syntax_error_line(type, lex->filename, line, error_message(lex, buf, msg));
}
#endif

KL_NORETURN void kl_lexer_raise_at(const kl_lexer_t *lex, const kl_obj_type_t *type, size_t offset,
                                   const char *msg) {
    size_t line_start;
    uint32_t line = kl_lexer_line_at(lex, offset, &line_start);
#if KL_CFG_SYNTAX_ERROR_DETAIL
    kl_lexer_raise(lex, type, line, kl_lexer_column(lex, line_start, offset), line_start, msg);
#else
    kl_lexer_raise_line(lex, type, line, msg);
#endif
}

// A lexical error at byte [offset]: raised, or in quiet mode turned into an ERROR token.
// Returns false so callers can `return fail(...)`.
static bool fail(kl_lexer_t *lex, kl_lexer_token_t *tok, const kl_obj_type_t *type, size_t offset,
                 kl_lexer_error_t code, const char *msg) {
    if (lex->flags & KL_LEXER_QUIET) {
        lex->error = (uint8_t)code;
#if KL_CFG_SYNTAX_ERROR_ORDER
#if !KL_CFG_ERROR_TEXT
        msg = ""; // as in error_message
#endif
        lex->err_type = type;
        lex->err_offset = offset;
        size_t n = strlen(msg);
        if (n >= sizeof(lex->err_msg)) {
            n = sizeof(lex->err_msg) - 1;
        }
        memcpy(lex->err_msg, msg, n);
        lex->err_msg[n] = '\0';
#endif
        tok->kind = KL_TOKEN_ERROR;
        tok->start = offset;
        tok->len = 0;
        tok->line = lex->line;
#if KL_CFG_SYNTAX_ERROR_DETAIL
        tok->line_start = lex->line_start;
        tok->col = 0;
#endif
        return false;
    }
    kl_lexer_raise_at(lex, type, offset, msg);
}

static KL_NOINLINE void make_token(kl_lexer_t *lex, kl_lexer_token_t *tok,
                                   kl_lexer_token_kind_t kind, size_t start) {
    tok->kind = (uint8_t)kind;
    tok->start = start;
    tok->len = lex->pos - start;
    tok->line = lex->line;
#if KL_CFG_SYNTAX_ERROR_DETAIL
    tok->line_start = lex->line_start;
    tok->col = column(lex, start);
#endif
}

// ==== Setup, marks and regions ====

void kl_lexer_init(kl_lexer_t *lex, const char *src, size_t len, kl_qstr_t filename,
                   unsigned flags) {
    memset(lex, 0, sizeof(*lex));
    lex->src = src;
    lex->len = len;
    lex->end = len;
    lex->filename = filename;
    lex->flags = (uint8_t)flags;
    lex->pos = bom_len(src, len);
    lex->line = 1;
#if KL_CFG_SYNTAX_ERROR_DETAIL
    lex->line_start = lex->pos;
    lex->col_pos = lex->pos;
#endif
    lex->at_line_start = true;
    kl_lexer_free(lex); // which points the stacks at their inline arrays (NULL is not freed)
}

void kl_lexer_free(kl_lexer_t *lex) {
    if (lex->paren_pos != lex->paren_inline) {
        kl_gc_free(lex->paren_pos);
    }
    if (lex->indent != lex->indent_inline) {
        kl_gc_free(lex->indent);
    }
    lex->paren_pos = lex->paren_inline;
    lex->indent = lex->indent_inline;
    lex->paren_alloc = KL_LEXER_INLINE_DEPTH;
    lex->indent_alloc = KL_LEXER_INLINE_DEPTH;
}

// Room for entry [n] of the stack at [*stack] (the bracket or the indentation stack), of
// [*alloc] entries of [words] words each, the first [n] in use: the stack is moved to a heap
// array of twice as many entries, at most [max], if need be. False when the heap is full (quiet
// mode: the error is recorded) or MemoryError.
static bool make_room(kl_lexer_t *lex, kl_lexer_token_t *tok, uint32_t **stack,
                      const uint32_t *inline_stack, size_t n, uint16_t *alloc, size_t max,
                      size_t words) {
    if (n < *alloc) {
        return true;
    }
    size_t grown = *alloc * 2 < max ? *alloc * 2 : max;
    uint32_t *a = kl_gc_alloc_maybe(grown * words * sizeof(uint32_t), KL_GC_ATOMIC);
    if (a == NULL) {
        if (!(lex->flags & KL_LEXER_QUIET)) {
            kl_raise_MemoryError();
        }
        return fail(lex, tok, &kl_type_MemoryError, lex->pos, KL_LEXER_BAD, "");
    }
    memcpy(a, *stack, n * words * sizeof(uint32_t));
    if (*stack != inline_stack) {
        kl_gc_free(*stack);
    }
    *stack = a;
    *alloc = (uint16_t)grown;
    return true;
}

void kl_lexer_mark(const kl_lexer_t *lex, kl_lexer_mark_t *mark) {
    mark->pos = lex->pos;
    mark->line = lex->line;
#if KL_CFG_SYNTAX_ERROR_DETAIL
    mark->line_start = lex->line_start;
    mark->col_pos = lex->col_pos;
    mark->col_cp = lex->col_cp;
#endif
    mark->line_has_tokens = lex->line_has_tokens;
}

void kl_lexer_restore(kl_lexer_t *lex, const kl_lexer_mark_t *mark) {
    lex->pos = mark->pos;
    lex->line = mark->line;
#if KL_CFG_SYNTAX_ERROR_DETAIL
    lex->line_start = mark->line_start;
    lex->col_pos = mark->col_pos;
    lex->col_cp = mark->col_cp;
#endif
    lex->line_has_tokens = mark->line_has_tokens;
    lex->paren_level = 0;
    lex->pending_dedents = 0;
    lex->at_line_start = false;
    lex->error = KL_LEXER_OK;
}

void kl_lexer_push_region(kl_lexer_t *lex, kl_lexer_region_t *save, size_t start, size_t end,
                          uint32_t line, size_t line_start, uint32_t col) {
    save->end = lex->end;
    save->pos = lex->pos;
    save->line = lex->line;
#if KL_CFG_SYNTAX_ERROR_DETAIL
    save->line_start = lex->line_start;
    save->col_pos = lex->col_pos;
    save->col_cp = lex->col_cp;
#endif
    save->paren_level = lex->paren_level;
    save->in_region = lex->in_region;
    lex->end = end;
    lex->pos = start;
    lex->line = line;
#if KL_CFG_SYNTAX_ERROR_DETAIL
    lex->line_start = line_start;
    lex->col_pos = start;
    lex->col_cp = col - 1;
#else
    (void)line_start;
    (void)col;
#endif
    lex->in_region = true;
}

void kl_lexer_pop_region(kl_lexer_t *lex, const kl_lexer_region_t *save) {
    lex->end = save->end;
    lex->pos = save->pos;
    lex->line = save->line;
#if KL_CFG_SYNTAX_ERROR_DETAIL
    lex->line_start = save->line_start;
    lex->col_pos = save->col_pos;
    lex->col_cp = save->col_cp;
#endif
    // A region abandoned by an error may have left brackets open.
    lex->paren_level = save->paren_level;
    lex->in_region = save->in_region;
}

// ==== Layout: indentation, white space, end of input ====

// Where an error of the current line's layout is: the start of the line, or without
// KL_CFG_SYNTAX_ERROR_DETAIL, where only the line counts, the lexer's position in it.
#if KL_CFG_SYNTAX_ERROR_DETAIL
#define LINE_OFFSET(lex) ((lex)->line_start)
#else
#define LINE_OFFSET(lex) ((lex)->pos)
#endif

// An indentation entry: its column with tabs to multiples of 8, and with KL_CFG_TAB_ERROR its
// column with tabs as one, which tells a mix of tabs and spaces that only looks consistent.
#define INDENT_WORDS (KL_CFG_TAB_ERROR ? 2 : 1)

#if KL_CFG_TAB_ERROR
static bool tab_error(kl_lexer_t *lex, kl_lexer_token_t *tok) {
    return fail(lex, tok, &kl_type_TabError, LINE_OFFSET(lex), KL_LEXER_BAD_LAYOUT,
                KL_ERROR_TEXT("inconsistent use of tabs and spaces in indentation"));
}
#endif

// From a '#' to the end of its line.
static void skip_comment(kl_lexer_t *lex) {
    int c;
    while ((c = byte_at(lex, lex->pos)) != -1 && c != '\n' && c != '\r') {
        lex->pos++;
    }
}

// At the start of a logical line: skips blank and comment-only lines, measures the indentation
// and compares it with the stack. Returns true when it made a token (INDENT, DEDENT, ERROR).
static bool indentation(kl_lexer_t *lex, kl_lexer_token_t *tok) {
    uint32_t col, altcol;
    for (;;) {
        col = 0;
        altcol = 0;
        int c;
        while ((c = byte_at(lex, lex->pos)) == ' ' || c == '\t' || c == '\f') {
            // A tab goes to the next multiple of 8 (and counts 1 in [altcol]); CPython restarts
            // the count at a form feed.
            col = c == '\t' ? (col | 7) + 1 : col + 1;
            altcol++;
            if (c == '\f') {
                col = 0;
                altcol = 0;
            }
            lex->pos++;
        }
        if (c == '#') {
            skip_comment(lex);
        }
        size_t nl = newline_at(lex, lex->pos);
        if (nl == 0) {
            break;
        }
        lex->pos += nl;
        next_line(lex);
    }
    lex->at_line_start = false;
    if (lex->pos >= lex->end) {
        return false; // at_end does the rest
    }
    if (lex->flags & KL_LEXER_EVAL_MODE) {
        // eval() and the REPL's expressions may start indented; only the first line.
        lex->flags &= (uint8_t)~KL_LEXER_EVAL_MODE;
        return false;
    }
    uint16_t level = lex->indent_level;
    if (col > lex->indent[INDENT_WORDS * level]) {
#if KL_CFG_TAB_ERROR
        if (altcol <= lex->indent[2 * level + 1]) {
            return !tab_error(lex, tok);
        }
#endif
        if (level + 1 >= KL_LEXER_MAX_INDENT) {
            return !fail(lex, tok, &kl_type_IndentationError, LINE_OFFSET(lex), KL_LEXER_BAD_LAYOUT,
                         KL_ERROR_TEXT("too many levels of indentation"));
        }
        if (!make_room(lex, tok, &lex->indent, lex->indent_inline, level + 1, &lex->indent_alloc,
                       KL_LEXER_MAX_INDENT, INDENT_WORDS)) {
            return true; // the error token
        }
        level++;
        lex->indent[INDENT_WORDS * level] = col;
#if KL_CFG_TAB_ERROR
        lex->indent[2 * level + 1] = altcol;
#endif
        lex->indent_level = level;
        make_token(lex, tok, KL_TOKEN_INDENT, lex->pos);
        return true;
    }
    uint16_t n = 0;
    while (level > 0 && col < lex->indent[INDENT_WORDS * level]) {
        level--;
        n++;
    }
    if (col != lex->indent[INDENT_WORDS * level]) {
        // CPython points past the end of the offending line (only its line without
        // KL_CFG_SYNTAX_ERROR_DETAIL).
        size_t end = lex->pos;
#if KL_CFG_SYNTAX_ERROR_DETAIL
        while (byte_at(lex, end) != -1 && newline_at(lex, end) == 0) {
            end++;
        }
#endif
        return !fail(lex, tok, &kl_type_IndentationError, end, KL_LEXER_BAD_LAYOUT,
                     KL_ERROR_TEXT("unindent does not match any outer indentation level"));
    }
#if KL_CFG_TAB_ERROR
    if (altcol != lex->indent[2 * level + 1]) {
        return !tab_error(lex, tok);
    }
#endif
    if (n == 0) {
        return false; // the same level
    }
    lex->indent_level = level;
    lex->pending_dedents = (uint16_t)(n - 1);
    make_token(lex, tok, KL_TOKEN_DEDENT, lex->pos);
    return true;
}

// Skips spaces, comments, line joins and (inside brackets) line breaks. Returns false when it
// made a token (NEWLINE, ERROR) instead.
static bool skip_space(kl_lexer_t *lex, kl_lexer_token_t *tok) {
    for (;;) {
        int c = byte_at(lex, lex->pos);
        if (c == ' ' || c == '\t' || c == '\f') {
            lex->pos++;
        } else if (c == '#') {
            skip_comment(lex);
        } else if (c == '\\') {
            size_t nl = newline_at(lex, lex->pos + 1);
            if (nl == 0 && lex->pos + 1 < lex->end) {
                return fail(lex, tok, &kl_type_SyntaxError, lex->pos + 1, KL_LEXER_BAD_LAYOUT,
                            KL_ERROR_TEXT("unexpected character after line continuation "
                                          "character"));
            }
            // A backslash that ends the input, or whose line break does.
            if (nl == 0 || (lex->pos + 1 + nl >= lex->end && !IN_REGION(lex))) {
                return fail(lex, tok, &kl_type_SyntaxError, lex->pos + 1, KL_LEXER_EOF_IN_CONTINUED,
                            KL_ERROR_TEXT("unexpected EOF while parsing"));
            }
            lex->pos += 1 + nl;
            next_line(lex);
        } else if (c == '\n' || c == '\r') {
            size_t nl = newline_at(lex, lex->pos);
            if (lex->paren_level > 0 || IN_REGION(lex)) {
                lex->pos += nl;
                next_line(lex);
            } else {
                size_t start = lex->pos;
                lex->pos += nl;
                make_token(lex, tok, KL_TOKEN_NEWLINE, start);
                next_line(lex);
                lex->at_line_start = true;
                lex->line_has_tokens = false;
                return false;
            }
        } else {
            return true;
        }
    }
}

static void at_end(kl_lexer_t *lex, kl_lexer_token_t *tok) {
    if (IN_REGION(lex)) {
        make_token(lex, tok, KL_TOKEN_FIELD_END, lex->pos);
        return;
    }
    if (lex->paren_level > 0) {
        size_t open = lex->paren_pos[lex->paren_level - 1];
        char msg[40];
        kl_lexer_format(msg, sizeof(msg), KL_ERROR_TEXT("'%c' was never closed"), lex->src[open]);
        fail(lex, tok, &kl_type_SyntaxError, open, KL_LEXER_EOF_IN_BRACKETS, msg);
        return;
    }
    // The last line needs no line break: CPython adds the NEWLINE, then closes the blocks.
    if (lex->line_has_tokens) {
        lex->line_has_tokens = false;
        make_token(lex, tok, KL_TOKEN_NEWLINE, lex->pos);
    } else if (lex->indent_level > 0) {
        lex->indent_level--;
        make_token(lex, tok, KL_TOKEN_DEDENT, lex->pos);
    } else {
        make_token(lex, tok, KL_TOKEN_END, lex->pos);
    }
}

// ==== Names ====

// The keywords' text (vm/lexer.h), and where each starts: a byte per keyword rather than a
// pointer. The next one's start gives a keyword's length.
const kl_lexer_keyword_text_t kl_lexer_keyword_text = {
#define X(name, text) text,
    KL_LEXER_KEYWORDS(X)
#undef X
};

static const uint8_t keyword_at[] = {
#define X(name, text) offsetof(kl_lexer_keyword_text_t, kw_##name),
    KL_LEXER_KEYWORDS(X)
#undef X
        sizeof(kl_lexer_keyword_text_t),
};
_Static_assert(sizeof(kl_lexer_keyword_text_t) <= 255, "keyword offsets are bytes");

static kl_lexer_token_kind_t keyword_or_name(const char *s, size_t n) {
    if (n < 2 || n > 8 || s[0] < 'F' || s[0] > 'y') {
        return KL_TOKEN_NAME;
    }
    // The keywords are in byte order: the search ends at the first one past [s].
    for (size_t i = 0; i + 1 < sizeof(keyword_at); i++) {
        const char *k = (const char *)&kl_lexer_keyword_text + keyword_at[i];
        if (k[0] > s[0]) {
            break;
        }
        if (k[0] == s[0] && (size_t)(keyword_at[i + 1] - keyword_at[i]) == n + 1 &&
            memcmp(k, s, n) == 0) {
            return (kl_lexer_token_kind_t)(KL_TOKEN_KW_FALSE + i);
        }
    }
    return KL_TOKEN_NAME;
}

// r, u, b, f, br, rb, fr, rf in any case.
static bool is_string_prefix(const char *s, size_t n) {
    int a = s[0] | 0x20;
    if (n == 1) {
        return a == 'r' || a == 'u' || a == 'b' || a == 'f';
    }
    if (n == 2) {
        // r with b or f, in either order: the letter that goes with the r.
        int b = s[1] | 0x20;
        int other = a == 'r' ? b : b == 'r' ? a : 0;
        return other == 'b' || other == 'f';
    }
    return false;
}

// An error for the non-ASCII character at [offset], of class [klass] (classify_non_ascii).
static bool bad_character(kl_lexer_t *lex, kl_lexer_token_t *tok, size_t offset, uint32_t cp,
                          size_t cp_len, int klass) {
    char msg[64];
    if (klass == 2 || cp < 0x20 || cp == 0x7F) {
        kl_lexer_format(msg, sizeof(msg), KL_ERROR_TEXT("invalid non-printable character %U"),
                        (unsigned)cp);
    } else if (!KL_CFG_STR_UNICODE) {
        // The message is a str, and every str is ASCII here: the code point alone.
        kl_lexer_format(msg, sizeof(msg), KL_ERROR_TEXT("invalid character %U"), (unsigned)cp);
    } else {
        char ch[5];
        memcpy(ch, lex->src + offset, cp_len);
        ch[cp_len] = '\0';
        kl_lexer_format(msg, sizeof(msg), KL_ERROR_TEXT("invalid character '%s' (%U)"), ch,
                        (unsigned)cp);
    }
    return fail(lex, tok, &kl_type_SyntaxError, offset, KL_LEXER_BAD, msg);
}

static bool lex_string(kl_lexer_t *lex, kl_lexer_token_t *tok, size_t start, size_t prefix_len);

static bool lex_name(kl_lexer_t *lex, kl_lexer_token_t *tok) {
    size_t start = lex->pos;
    size_t p = start;
    for (;;) {
        int c = byte_at(lex, p);
        if (c < 0x80) {
            if (!is_ident_char(c)) { // also the end (-1)
                break;
            }
            p++;
            continue;
        }
        if (!KL_CFG_STR_UNICODE && !KL_CFG_ERROR_TEXT) {
            // Every non-ASCII character is an error here (classify_non_ascii), and without error
            // text nothing tells them apart: no need to decode it.
            return fail(lex, tok, &kl_type_SyntaxError, p, KL_LEXER_BAD, "");
        }
        size_t n;
        uint32_t cp = kl_lexer_utf8_decode(lex->src + p, lex->end - p, &n);
        int klass = cp == 0xFFFD && n == 1 ? 2 : classify_non_ascii(cp);
        if (klass != 0) {
            return bad_character(lex, tok, p, cp, n, klass);
        }
        p += n;
    }
    int q = byte_at(lex, p);
    if ((q == '\'' || q == '"') && is_string_prefix(lex->src + start, p - start)) {
        return lex_string(lex, tok, start, p - start);
    }
    lex->pos = p;
    make_token(lex, tok, keyword_or_name(lex->src + start, p - start), start);
    return true;
}

// ==== Numbers ====

// After a number: a letter glued to it is an error unless it starts one of the keywords that
// may follow a number in valid code (CPython 3.11 only warns about those; KL_CFG_NUMBER_KEYWORDS).
static bool number_end(kl_lexer_t *lex, kl_lexer_token_t *tok, size_t start, const char *kind) {
    size_t p = lex->pos;
    int c = byte_at(lex, p);
    if (!is_ident_char(c)) { // also the end (-1)
        make_token(lex, tok, KL_TOKEN_NUMBER, start);
        return true;
    }
#if KL_CFG_NUMBER_KEYWORDS
#define KW_BIT(name) (1u << (KL_TOKEN_KW_##name - KL_TOKEN_KW_FALSE))
    const uint32_t allowed = KW_BIT(AND) | KW_BIT(ELSE) | KW_BIT(FOR) | KW_BIT(IF) | KW_BIT(IN) |
                             KW_BIT(IS) | KW_BIT(NOT) | KW_BIT(OR);
#undef KW_BIT
    for (size_t i = 0; (allowed >> i) != 0; i++) {
        size_t n = keyword_at[i + 1] - keyword_at[i] - 1u;
        if (((allowed >> i) & 1) != 0 && p + n <= lex->end &&
            memcmp(lex->src + p, (const char *)&kl_lexer_keyword_text + keyword_at[i], n) == 0) {
            make_token(lex, tok, KL_TOKEN_NUMBER, start);
            return true;
        }
    }
#endif
    char msg[40];
    kl_lexer_format(msg, sizeof(msg), KL_ERROR_TEXT("invalid %s literal"), kind);
    return fail(lex, tok, &kl_type_SyntaxError, p - 1, KL_LEXER_BAD, msg);
}

// Digits of [base] from lex->pos, each run of them after an optional single underscore, for a
// number of [kind] ("decimal", "hexadecimal", ...): at least one, and not ending in an
// underscore. [*nonzero] is set if one of them is not 0.
static bool digits(kl_lexer_t *lex, kl_lexer_token_t *tok, int base, const char *kind,
                   bool *nonzero) {
    char msg[48];
    size_t first = lex->pos;
    for (;;) {
        int c = byte_at(lex, lex->pos);
        if (c == '_') {
            lex->pos++;
            c = byte_at(lex, lex->pos);
        }
        unsigned v = (unsigned)(c - '0');
        if (v > 9) {
            v = (unsigned)((c | 0x20) - 'a') < 6 ? (unsigned)((c | 0x20) - 'a' + 10) : 99u;
        }
        if (v >= (unsigned)base) {
            // (Without error text the two errors are one: the same line, an empty message.)
            if (v <= 9 && KL_CFG_ERROR_TEXT) {
                kl_lexer_format(msg, sizeof(msg), KL_ERROR_TEXT("invalid digit '%c' in %s literal"),
                                c, kind);
                return fail(lex, tok, &kl_type_SyntaxError, lex->pos, KL_LEXER_BAD, msg);
            }
            // No digit yet (a lone underscore is the character before), or an underscore last.
            if (v <= 9 || lex->pos == first || lex->src[lex->pos - 1] == '_') {
                kl_lexer_format(msg, sizeof(msg), KL_ERROR_TEXT("invalid %s literal"), kind);
                // CPython points at the last character it read.
                return fail(lex, tok, &kl_type_SyntaxError, lex->pos - 1, KL_LEXER_BAD, msg);
            }
            return true;
        }
        *nonzero |= v != 0;
        lex->pos++;
    }
}

// A number literal: digits of the base its prefix names, and for a decimal one a fraction, an
// exponent and a j as they come. One path for every base, so that the end of the literal is
// checked in one place; the token says which type the parser builds (kl_lexer_token_t.number).
static bool lex_number(kl_lexer_t *lex, kl_lexer_token_t *tok) {
    size_t start = lex->pos;
    int x = byte_at(lex, start + 1) | 0x20;
    bool nonzero = false;
    int base = 10;
    const char *kind = "decimal";
    uint8_t number = KL_LEXER_INT;
    if (byte_at(lex, start) == '0' && (x == 'x' || x == 'o' || x == 'b')) {
        kind = x == 'x' ? "hexadecimal" : x == 'o' ? "octal" : "binary";
        base = x == 'x' ? 16 : x == 'o' ? 8 : 2;
        lex->pos += 2;
    }
    if ((base != 10 || byte_at(lex, lex->pos) != '.') && !digits(lex, tok, base, kind, &nonzero)) {
        return false;
    }
    if (base == 10) {
#if KL_CFG_FLOAT || KL_CFG_NUMBER_KEYWORDS
        if (byte_at(lex, lex->pos) == '.') {
            number = KL_LEXER_FLOAT;
            lex->pos++;
            // Digits after the point or in the exponent make a float: [nonzero] no longer
            // matters.
            if (is_digit(byte_at(lex, lex->pos)) && !digits(lex, tok, 10, kind, &nonzero)) {
                return false;
            }
        }
        if ((byte_at(lex, lex->pos) | 0x20) == 'e') {
            size_t q = lex->pos + 1;
            int sign = byte_at(lex, q);
            if (sign == '+' || sign == '-') {
                q++;
            }
            if (is_digit(byte_at(lex, q))) {
                lex->pos = q;
                if (!digits(lex, tok, 10, kind, &nonzero)) {
                    return false;
                }
                number = KL_LEXER_FLOAT;
            } else if (sign == '+' || sign == '-') {
                return fail(lex, tok, &kl_type_SyntaxError, q - 1, KL_LEXER_BAD,
                            KL_ERROR_TEXT("invalid decimal literal"));
            }
        }
        if ((byte_at(lex, lex->pos) | 0x20) == 'j') {
            lex->pos++;
            number = KL_LEXER_IMAGINARY;
            kind = "imaginary";
        } else if (byte_at(lex, start) == '0' && nonzero && number == KL_LEXER_INT) {
            return fail(
                lex, tok, &kl_type_SyntaxError, start, KL_LEXER_BAD,
                KL_ERROR_TEXT("leading zeros in decimal integer literals are not permitted; "
                              "use an 0o prefix for octal integers"));
        }
#else
        // Without floats the parser refuses every literal but an int (parse_number), so the
        // rest of a float is only scanned to its end, not checked: its point, then name
        // characters and an exponent's sign (no keyword may follow a number here). A malformed
        // one is the parser's SyntaxError at the literal, where the lexer's would have been.
        int c = byte_at(lex, lex->pos);
        if (c == '.' || (c | 0x20) == 'e' || (c | 0x20) == 'j') {
            number = KL_LEXER_FLOAT;
            int prev;
            do {
                prev = c | 0x20;
                c = byte_at(lex, ++lex->pos);
            } while (is_ident_char(c) || ((c == '+' || c == '-') && prev == 'e'));
        } else if (byte_at(lex, start) == '0' && nonzero) {
            return fail(
                lex, tok, &kl_type_SyntaxError, start, KL_LEXER_BAD,
                KL_ERROR_TEXT("leading zeros in decimal integer literals are not permitted; "
                              "use an 0o prefix for octal integers"));
        }
#endif
    }
    tok->number = number;
    return number_end(lex, tok, start, kind);
}

// ==== Strings ====

// A string literal from its prefix at [start]; the quote is at start + prefix_len. Escapes are
// only skipped here (so an escaped quote does not end the literal); the parser decodes them.
static bool lex_string(kl_lexer_t *lex, kl_lexer_token_t *tok, size_t start, size_t prefix_len) {
    uint32_t line = lex->line;
#if KL_CFG_SYNTAX_ERROR_DETAIL
    size_t line_start = lex->line_start;
    uint32_t col = column(lex, start);
#endif
    size_t p = start + prefix_len;
    int quote = byte_at(lex, p);
    bool triple = byte_at(lex, p + 1) == quote && byte_at(lex, p + 2) == quote;
    p += triple ? 3 : 1;
    for (;;) {
        int c = byte_at(lex, p);
        size_t nl = newline_at(lex, p);
        if (c == -1 || (nl != 0 && !triple)) {
            // CPython names the last line that has text: a final line break starts no line.
            uint32_t at = lex->line;
            if (c == -1 && p > 0 && (lex->src[p - 1] == '\n' || lex->src[p - 1] == '\r') &&
                at > line) {
                at--;
            }
            char msg[72];
            kl_lexer_format(msg, sizeof(msg),
                            triple ? KL_ERROR_TEXT("unterminated triple-quoted string literal "
                                                   "(detected at line %u)")
                                   : KL_ERROR_TEXT("unterminated string literal (detected at "
                                                   "line %u)"),
                            (unsigned)at);
            // The input may go on (for quiet mode): a triple-quoted string, or a line ending in
            // a backslash inside a string (the REPL asks for more lines).
            bool more = c == -1 &&
                        (triple || (p >= 2 && lex->src[p - 1] == '\n' && lex->src[p - 2] == '\\'));
            lex->pos = p;
            return fail(lex, tok, &kl_type_SyntaxError, start,
                        more ? KL_LEXER_EOF_IN_STRING : KL_LEXER_BAD, msg);
        }
        if (c == '\\') {
            p++;
            nl = newline_at(lex, p);
            if (nl != 0) {
                lex->pos = p + nl;
                next_line(lex);
                p = lex->pos;
            } else if (byte_at(lex, p) != -1) {
                p++;
            }
        } else if (nl != 0) {
            lex->pos = p + nl;
            next_line(lex);
            p = lex->pos;
        } else if (c == quote &&
                   (!triple || (byte_at(lex, p + 1) == quote && byte_at(lex, p + 2) == quote))) {
            p += triple ? 3 : 1;
            break;
        } else {
            p++;
        }
    }
    lex->pos = p;
    tok->kind = KL_TOKEN_STRING;
    tok->start = start;
    tok->len = p - start;
    tok->line = line;
#if KL_CFG_SYNTAX_ERROR_DETAIL
    tok->col = col;
    tok->line_start = line_start;
#endif
    return true;
}

// ==== Operators ====

static bool open_bracket(kl_lexer_t *lex, kl_lexer_token_t *tok) {
    if (lex->paren_level >= KL_CFG_PARSE_DEPTH) {
        return fail(lex, tok, &kl_type_SyntaxError, lex->pos, KL_LEXER_BAD,
                    KL_ERROR_TEXT("too many nested parentheses"));
    }
    if (!make_room(lex, tok, &lex->paren_pos, lex->paren_inline, lex->paren_level,
                   &lex->paren_alloc, KL_CFG_PARSE_DEPTH, 1)) {
        return false;
    }
    lex->paren_pos[lex->paren_level++] = (uint32_t)lex->pos;
    return true;
}

static bool close_bracket(kl_lexer_t *lex, kl_lexer_token_t *tok, char close) {
    char msg[96];
    if (lex->paren_level == 0) {
        kl_lexer_format(msg, sizeof(msg), KL_ERROR_TEXT("unmatched '%c'"), close);
        return fail(lex, tok, &kl_type_SyntaxError, lex->pos, KL_LEXER_BAD, msg);
    }
    size_t open_pos = lex->paren_pos[lex->paren_level - 1];
    char open = lex->src[open_pos];
    // In ASCII ')' follows '(', while ']' and '}' are two after theirs.
    if (close != open + (open == '(' ? 1 : 2)) {
        // The line of the opening bracket only goes into the message.
        size_t line_start;
        uint32_t line =
            KL_CFG_ERROR_TEXT ? kl_lexer_line_at(lex, open_pos, &line_start) : lex->line;
        if (line == lex->line) {
            kl_lexer_format(msg, sizeof(msg),
                            KL_ERROR_TEXT("closing parenthesis '%c' does not match opening "
                                          "parenthesis '%c'"),
                            close, open);
        } else {
            kl_lexer_format(msg, sizeof(msg),
                            KL_ERROR_TEXT("closing parenthesis '%c' does not match opening "
                                          "parenthesis '%c' on line %u"),
                            close, open, (unsigned)line);
        }
        return fail(lex, tok, &kl_type_SyntaxError, lex->pos, KL_LEXER_BAD, msg);
    }
    lex->paren_level--;
    return true;
}

// Every operator's text, in the order of their kinds (from KL_TOKEN_LPAR), padded with NULs.
static const char op_text[][3] = {
#define X(name, text) text,
    KL_LEXER_OPERATORS(X)
#undef X
};

// The longest operator at the lexer's position: its kind and length, or 0 length for none.
static size_t match_operator(const kl_lexer_t *lex, kl_lexer_token_kind_t *kind) {
    size_t best = 0;
    for (size_t i = 0; i < sizeof(op_text) / sizeof(op_text[0]); i++) {
        const char *text = op_text[i];
        size_t n = 0;
        while (n < 3 && text[n] != 0 && (unsigned char)text[n] == byte_at(lex, lex->pos + n)) {
            n++;
        }
        if ((n == 3 || text[n] == 0) && n > best) {
            best = n;
            *kind = (kl_lexer_token_kind_t)(KL_TOKEN_LPAR + i);
        }
    }
    return best;
}

static bool lex_operator(kl_lexer_t *lex, kl_lexer_token_t *tok) {
    size_t start = lex->pos;
    int c = byte_at(lex, start);
    kl_lexer_token_kind_t kind = KL_TOKEN_ERROR;
    size_t n = match_operator(lex, &kind);
    if (n == 0) {
        if (c < 0x20 || c == 0x7F) {
            return bad_character(lex, tok, start, (uint32_t)c, 1, 2);
        }
        // $ ? ` and a lone !: CPython's parser reports these as plain "invalid syntax".
        lex->pos++;
        make_token(lex, tok, KL_TOKEN_ERROR, start);
        return true;
    }
    // The brackets are the first kinds, each opening one followed by its closing one.
    if (kind <= KL_TOKEN_RBRACE) {
        if (!((kind - KL_TOKEN_LPAR) % 2 == 0 ? open_bracket(lex, tok)
                                              : close_bracket(lex, tok, (char)c))) {
            return false;
        }
    }
    lex->pos += n;
    make_token(lex, tok, kind, start);
    return true;
}

// ==== The next token ====

void kl_lexer_next(kl_lexer_t *lex, kl_lexer_token_t *tok) {
    if (lex->pending_dedents > 0) {
        lex->pending_dedents--;
        make_token(lex, tok, KL_TOKEN_DEDENT, lex->pos);
        return;
    }
    if (lex->at_line_start && !IN_REGION(lex) && lex->paren_level == 0) {
        if (indentation(lex, tok)) {
            return;
        }
    }
    if (!skip_space(lex, tok)) {
        return;
    }
    if (lex->pos >= lex->end) {
        at_end(lex, tok);
        return;
    }
    lex->line_has_tokens = true;
    int c = byte_at(lex, lex->pos);
    if (is_ident_start(c)) {
        lex_name(lex, tok);
    } else if (is_digit(c) || (c == '.' && is_digit(byte_at(lex, lex->pos + 1)))) {
        lex_number(lex, tok);
    } else if (c == '\'' || c == '"') {
        lex_string(lex, tok, lex->pos, 0);
    } else {
        lex_operator(lex, tok);
    }
}
