// vm/parse.h: source text to parse tree.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#ifndef KL_INCLUDED_VM_PARSE_H
#define KL_INCLUDED_VM_PARSE_H

#include <stdbool.h>
#include <stddef.h>

#include "vm/ast.h"

typedef enum {
    KL_PARSE_FILE,   // a module: statements; returns MODULE
    KL_PARSE_SINGLE, // one interactive statement (REPL); returns MODULE
    KL_PARSE_EVAL,   // one expression (eval); returns the expression node
} kl_parse_mode_t;

// Parse [len] bytes of UTF-8 at [src]. Raises SyntaxError, IndentationError or TabError
// naming file, line and (KL_CFG_SYNTAX_ERROR_DETAIL) column, and MemoryError. Nesting deeper than
// KL_CFG_PARSE_DEPTH raises SyntaxError("too many nested parentheses") for brackets and
// RecursionError for other constructs, so the C stack is never exhausted.
kl_ast_t *kl_parse(const char *src, size_t len, kl_qstr_t filename, kl_parse_mode_t mode);

// A file a line of statements at a time, so that only one statement's tree need be in the heap:
// kl_parse_next returns the statements of the next logical line (one compound statement, or
// simple statements separated by ';') as a MODULE node, and NULL at the end of the input, when
// the parser's memory has been given back. Errors are raised as by kl_parse.
typedef struct _parser_t kl_parser_t;
kl_parser_t *kl_parse_open(const char *src, size_t len, kl_qstr_t filename);
kl_ast_t *kl_parse_next(kl_parser_t *p);

// For the REPL: does [src] (the lines typed so far, each ending in '\n') need more lines?
// True while a bracket is open, a triple-quoted string or a backslash continuation is
// unfinished, or the input starts a compound statement (a line ending in ':' after the first
// line, or a decorator) and its last line is not empty. Never raises.
bool kl_parse_needs_more_input(const char *src, size_t len);

#endif // KL_INCLUDED_VM_PARSE_H
