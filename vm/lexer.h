// vm/lexer.h: source bytes to tokens, with Python's rules for lines and indentation.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The lexer hands out one token per call and never looks further ahead than the token it is
// making, so the whole source is never held as a token array: a megabyte script costs the
// parser a few hundred bytes of lexer state, not a second copy of itself. Tokens do not copy
// their text either: they are spans (byte offset and length) of the source, which the parser
// converts to names, numbers and strings only when it builds a node.
//
// Python's layout rules live here: physical lines are joined inside brackets and after a
// backslash, blank and comment-only lines vanish, and the indentation of each logical line is
// compared with a stack to produce INDENT and DEDENT tokens. Indentation is measured twice, with
// tabs to the next multiple of 8 and with tabs as 1 column; a line whose order differs between
// the two depends on the tab size and is a TabError, as in CPython.
//
// Errors are SyntaxError (IndentationError, TabError) raised through kl_raise_syntax_error_range
// with CPython's messages. In quiet mode the lexer raises nothing: it returns an ERROR token and
// records why in [error], which lets the REPL ask "is this input unfinished?" and lets the parser
// scan ahead (marks) without risking a longjmp.

#ifndef KL_INCLUDED_VM_LEXER_H
#define KL_INCLUDED_VM_LEXER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm/obj.h"

// Keywords: X(token suffix, text). Soft keywords (match, case, _) are plain names; the parser
// recognises them by position.
// clang-format off
#define KL_LEXER_KEYWORDS(X) \
    X(FALSE, "False") X(NONE, "None") X(TRUE, "True") X(AND, "and") X(AS, "as") \
    X(ASSERT, "assert") X(ASYNC, "async") X(AWAIT, "await") X(BREAK, "break") X(CLASS, "class") \
    X(CONTINUE, "continue") X(DEF, "def") X(DEL, "del") X(ELIF, "elif") X(ELSE, "else") \
    X(EXCEPT, "except") X(FINALLY, "finally") X(FOR, "for") X(FROM, "from") X(GLOBAL, "global") \
    X(IF, "if") X(IMPORT, "import") X(IN, "in") X(IS, "is") X(LAMBDA, "lambda") \
    X(NONLOCAL, "nonlocal") X(NOT, "not") X(OR, "or") X(PASS, "pass") X(RAISE, "raise") \
    X(RETURN, "return") X(TRY, "try") X(WHILE, "while") X(WITH, "with") X(YIELD, "yield")

// Operators and delimiters: X(token suffix, text). The binary operators come in the order of
// kl_binary_op_t and their augmented forms follow in the same order, so the parser maps a token
// to its operator by subtraction.
#define KL_LEXER_OPERATORS(X) \
    X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(LBRACE, "{") X(RBRACE, "}") \
    X(COMMA, ",") X(COLON, ":") X(SEMI, ";") X(DOT, ".") X(ELLIPSIS, "...") X(ARROW, "->") \
    X(WALRUS, ":=") X(ASSIGN, "=") X(TILDE, "~") \
    X(LT, "<") X(GT, ">") X(EQ, "==") X(NE, "!=") X(LE, "<=") X(GE, ">=") \
    X(PLUS, "+") X(MINUS, "-") X(STAR, "*") X(SLASH, "/") X(DSLASH, "//") X(PERCENT, "%") \
    X(DSTAR, "**") X(AT, "@") X(LSHIFT, "<<") X(RSHIFT, ">>") X(AMP, "&") X(VBAR, "|") \
    X(CARET, "^") \
    X(PLUS_EQ, "+=") X(MINUS_EQ, "-=") X(STAR_EQ, "*=") X(SLASH_EQ, "/=") X(DSLASH_EQ, "//=") \
    X(PERCENT_EQ, "%=") X(DSTAR_EQ, "**=") X(AT_EQ, "@=") X(LSHIFT_EQ, "<<=") \
    X(RSHIFT_EQ, ">>=") X(AMP_EQ, "&=") X(VBAR_EQ, "|=") X(CARET_EQ, "^=")
// clang-format on

typedef enum {
    KL_TOKEN_END,
    KL_TOKEN_NEWLINE,
    KL_TOKEN_INDENT,
    KL_TOKEN_DEDENT,
    KL_TOKEN_NAME,
    KL_TOKEN_NUMBER, // validated; the parser converts the text
    KL_TOKEN_STRING, // one literal with its prefix and quotes; the parser decodes it
    // The end of an f-string replacement field's expression (see kl_lexer_push_region).
    KL_TOKEN_FIELD_END,
    // A character that starts no token ($, ?, `), or in quiet mode any lexical error.
    KL_TOKEN_ERROR,
#define X(name, text) KL_TOKEN_KW_##name,
    KL_LEXER_KEYWORDS(X)
#undef X
#define X(name, text) KL_TOKEN_##name,
        KL_LEXER_OPERATORS(X)
#undef X
            KL_TOKEN_NUM_KINDS,
} kl_lexer_token_kind_t;

// The keywords' text, one after the other with their NULs (the lexer finds them by the offsets of
// the fields). bool's repr and the parser's error texts take True, False and None from here: one
// copy of each in the image.
typedef struct {
#define X(name, text) char kw_##name[sizeof(text)];
    KL_LEXER_KEYWORDS(X)
#undef X
} kl_lexer_keyword_text_t;

extern const kl_lexer_keyword_text_t kl_lexer_keyword_text;

// Why a quiet lexer stopped (kl_lexer_t.error).
typedef enum {
    KL_LEXER_OK,
    KL_LEXER_EOF_IN_BRACKETS,  // the input ended inside ( [ {
    KL_LEXER_EOF_IN_STRING,    // the input ended inside a triple-quoted string
    KL_LEXER_EOF_IN_CONTINUED, // the input ended right after a backslash continuation
    KL_LEXER_BAD_LAYOUT,       // indentation, tabs, a character after a line continuation
    KL_LEXER_BAD,              // any other error
} kl_lexer_error_t;

// [line] and [col] (without KL_CFG_SYNTAX_ERROR_DETAIL [start], which stands in for [col]:
// vm/parse.c, pos_t) are next to each other, so that the parser loads a position as a pair.
// What a KL_TOKEN_NUMBER is (kl_lexer_token_t.number), so that the parser need not look again.
enum { KL_LEXER_INT, KL_LEXER_FLOAT, KL_LEXER_IMAGINARY };

typedef struct _kl_lexer_token_t {
    uint8_t kind;   // kl_lexer_token_kind_t
    uint8_t number; // of a KL_TOKEN_NUMBER: KL_LEXER_INT, _FLOAT or _IMAGINARY
    uint32_t line;  // 1-based line of the first character
#if KL_CFG_SYNTAX_ERROR_DETAIL
    uint32_t col; // 1-based column of the first character, in code points
#endif
    size_t start; // byte offset of the first character in the source
    size_t len;   // bytes
#if KL_CFG_SYNTAX_ERROR_DETAIL
    size_t line_start; // byte offset of the first character of the token's line
#endif
} kl_lexer_token_t;

// Levels of indentation (the outermost counts as one), as in CPython.
#define KL_LEXER_MAX_INDENT (100)
// Brackets and indentation levels the lexer holds without allocating: fewer in the smallest
// builds, where the lexer's 500 bytes are an eighth of a 4 KiB heap while a file compiles.
#define KL_LEXER_INLINE_DEPTH (KL_CFG_LEVEL >= KL_LEVEL_CORE ? 16 : 4)

// The lexer flags.
#define KL_LEXER_QUIET (1)     // never raise: return KL_TOKEN_ERROR and set [error]
#define KL_LEXER_EVAL_MODE (2) // the first line may be indented (eval, REPL expressions)

typedef struct _kl_lexer_t {
    const char *src; // the whole source; never NUL-terminated by contract
    size_t len;      // bytes in src
    size_t end;      // lexing stops here (before [len] inside an f-string region)
    size_t pos;      // next byte to read
    kl_qstr_t filename;
    uint32_t line; // current line, 1-based
#if KL_CFG_SYNTAX_ERROR_DETAIL
    size_t line_start; // offset of the first byte of the current line
    // Code points between line_start and col_pos: tokens move forward, so columns cost linear
    // time in total even on a megabyte single-line source.
    size_t col_pos;
    uint32_t col_cp;
#endif
    uint16_t paren_level;
    uint16_t indent_level; // entries above the base in the indent stacks
    uint16_t pending_dedents;
    uint8_t flags;        // KL_LEXER_*
    uint8_t error;        // kl_lexer_error_t, quiet mode
    bool at_line_start;   // the next token starts a logical line: measure its indentation
    bool line_has_tokens; // the current logical line has produced a token
    bool in_region;       // inside an f-string replacement field (newlines are spaces)
#if KL_CFG_SYNTAX_ERROR_ORDER
    // Quiet mode: the error that would have been raised, so that the parser can still raise it
    // when a lexical error further on is to replace its own (vm/parse.c, check_rest).
    const kl_obj_type_t *err_type;
    size_t err_offset;
    char err_msg[KL_CFG_ERROR_TEXT ? 100 : 1]; // messages are all "" without error text
#endif
    // The open brackets' source offsets and the indentation stack, [paren_alloc] and
    // [indent_alloc] entries: the small inline arrays below, moved to the heap and doubled when a
    // program nests deeper, up to KL_CFG_PARSE_DEPTH and KL_LEXER_MAX_INDENT. An indentation
    // entry is two words with KL_CFG_TAB_ERROR, its column with tabs to multiples of 8 and with
    // tabs as one column ([2 * level] and [2 * level + 1]), so that one stack holds both and grows
    // as the bracket stack does; one word, the first, without. A parse on a small board costs ~200
    // bytes of them instead of 1.6 KB.
    uint32_t *paren_pos;
    uint32_t *indent;
    uint16_t paren_alloc;
    uint16_t indent_alloc;
    uint32_t paren_inline[KL_LEXER_INLINE_DEPTH];
    uint32_t indent_inline[(KL_CFG_TAB_ERROR ? 2 : 1) * KL_LEXER_INLINE_DEPTH];
} kl_lexer_t;

// A position to come back to after scanning ahead. Only valid at bracket level 0 with no token
// pending (the parser takes marks at the start of a statement).
typedef struct _kl_lexer_mark_t {
    size_t pos;
#if KL_CFG_SYNTAX_ERROR_DETAIL
    size_t line_start;
    size_t col_pos;
#endif
    uint32_t line;
#if KL_CFG_SYNTAX_ERROR_DETAIL
    uint32_t col_cp;
#endif
    bool line_has_tokens;
} kl_lexer_mark_t;

// The state an f-string region saves (kl_lexer_push_region).
typedef struct _kl_lexer_region_t {
    size_t end;
    size_t pos;
#if KL_CFG_SYNTAX_ERROR_DETAIL
    size_t line_start;
    size_t col_pos;
#endif
    uint32_t line;
#if KL_CFG_SYNTAX_ERROR_DETAIL
    uint32_t col_cp;
#endif
    uint16_t paren_level;
    bool in_region;
} kl_lexer_region_t;

// Start lexing [len] bytes at [src]. A UTF-8 byte order mark is skipped.
void kl_lexer_init(kl_lexer_t *lex, const char *src, size_t len, kl_qstr_t filename,
                   unsigned flags);
// Give back the heap arrays a deeply nested program made the lexer grow (the caller frees the
// kl_lexer_t itself, if it allocated it): a REPL line's lexer would otherwise stay allocated
// until a collection proves it unreachable, which a stale word on the C stack can delay.
void kl_lexer_free(kl_lexer_t *lex);
// The next token. Raises SyntaxError, IndentationError or TabError (not in quiet mode).
void kl_lexer_next(kl_lexer_t *lex, kl_lexer_token_t *tok);

void kl_lexer_mark(const kl_lexer_t *lex, kl_lexer_mark_t *mark);
void kl_lexer_restore(kl_lexer_t *lex, const kl_lexer_mark_t *mark);

// Lex the expression of an f-string replacement field, bytes [start, end) of the source that
// begin on line [line] whose first byte is at [line_start], [start] being in column [col]
// (1-based, code points; given so that columns cost nothing to find on a long line; these two
// are unused without KL_CFG_SYNTAX_ERROR_DETAIL): newlines there are white space (the
// expression is implicitly parenthesised) and the end of the region is KL_TOKEN_FIELD_END.
void kl_lexer_push_region(kl_lexer_t *lex, kl_lexer_region_t *save, size_t start, size_t end,
                          uint32_t line, size_t line_start, uint32_t col);
void kl_lexer_pop_region(kl_lexer_t *lex, const kl_lexer_region_t *save);

#if KL_CFG_SYNTAX_ERROR_DETAIL
// Raise [type] (a SyntaxError class) at [line]:[col] of the line starting at offset
// [line_start], quoting that line.
KL_NORETURN void kl_lexer_raise(const kl_lexer_t *lex, const kl_obj_type_t *type, uint32_t line,
                                uint32_t col, size_t line_start, const char *msg);
// The same for the columns [col, end_col) of that line (end_offset is end_col).
KL_NORETURN void kl_lexer_raise_range(const kl_lexer_t *lex, const kl_obj_type_t *type,
                                      uint32_t line, uint32_t col, uint32_t end_col,
                                      size_t line_start, const char *msg);
// The 1-based column, in code points, of byte [offset] of the line starting at [line_start].
uint32_t kl_lexer_column(const kl_lexer_t *lex, size_t line_start, size_t offset);
#else
// Without KL_CFG_SYNTAX_ERROR_DETAIL an error names its line only: raise [type] (a SyntaxError
// class) at [line].
KL_NORETURN void kl_lexer_raise_line(const kl_lexer_t *lex, const kl_obj_type_t *type,
                                     uint32_t line, const char *msg);
#endif
// Raise [type] at byte [offset] of the source.
KL_NORETURN void kl_lexer_raise_at(const kl_lexer_t *lex, const kl_obj_type_t *type, size_t offset,
                                   const char *msg);
// The line of byte [offset], and the offset of that line's first byte in [*line_start] (scans
// from the start: for errors only). Without KL_CFG_SYNTAX_ERROR_DETAIL, which quotes no line,
// the first line starts at 0 even after a byte order mark.
uint32_t kl_lexer_line_at(const kl_lexer_t *lex, size_t offset, size_t *line_start);

// A tiny formatter for error messages into [buf] of [size] bytes, so the core needs no printf:
// %s (C string), %u (unsigned), %c (char), %U (a code point as U+XXXX), %%. Without
// KL_CFG_ERROR_TEXT every format is "" (KL_ERROR_TEXT), so it writes the empty string, inline.
#if KL_CFG_ERROR_TEXT
void kl_lexer_format(char *buf, size_t size, const char *fmt, ...);
#else
static inline void kl_lexer_format(char *buf, size_t size, const char *fmt, ...) {
    (void)size;
    (void)fmt;
    buf[0] = '\0';
}
#endif

// The code point of the UTF-8 sequence at [s] (at most [n] bytes); its length in [*len].
// Invalid sequences give 0xFFFD with length 1.
uint32_t kl_lexer_utf8_decode(const char *s, size_t n, size_t *len);

#endif // KL_INCLUDED_VM_LEXER_H
