// vm/ast.h: the parse tree, the hand-off from the parser to the compiler.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The parser (vm/parse.c) builds one node per construct with every child resolved, and the
// compiler (vm/compile.c) walks it twice: once to find each scope's names, once to emit
// bytecode. A single generic node shape (kind, a code, a value, children) keeps the parser small
// and lets one loop walk any tree; ast.def says what each kind keeps where. Nodes are allocated
// on the GC heap: the tree stays alive while the parser or compiler holds its root on the C stack
// (the collector scans the stack conservatively) and is garbage the moment compilation ends.

#ifndef KL_INCLUDED_VM_AST_H
#define KL_INCLUDED_VM_AST_H

#include <stdint.h>

#include "vm/obj.h"

typedef enum {
#define AST(name, doc) KL_AST_##name,
#include "vm/ast.def"
#undef AST
    KL_AST_NUM_KINDS,
} kl_ast_kind_t;

typedef struct _kl_ast_t {
    uint8_t kind; // kl_ast_kind_t
    uint8_t op;   // see ast.def
    uint16_t n;   // number of children
    uint32_t line;
    // 1-based column of the first character, in code points; its byte offset without
    // KL_CFG_SYNTAX_ERROR_DETAIL (vm/parse.c, pos_t)
    uint32_t col;
    kl_obj_t v;
    struct _kl_ast_t *kid[];
} kl_ast_t;

// ARG op.
enum {
    KL_AST_ARG_POSONLY,
    KL_AST_ARG_NORMAL,
    KL_AST_ARG_VARARGS,
    KL_AST_ARG_KWONLY,
    KL_AST_ARG_VARKW,
};

// BOOLOP op.
enum { KL_AST_BOOL_AND, KL_AST_BOOL_OR };

// UNARYOP op. +, - and ~ are in the order of kl_unary_op_t, so the compiler maps them by
// subtraction.
enum { KL_AST_UNARY_NOT, KL_AST_UNARY_POS, KL_AST_UNARY_NEG, KL_AST_UNARY_INVERT };

// CMP op.
enum {
    KL_AST_CMP_LT,
    KL_AST_CMP_GT,
    KL_AST_CMP_EQ,
    KL_AST_CMP_NE,
    KL_AST_CMP_LE,
    KL_AST_CMP_GE,
    KL_AST_CMP_IN,
    KL_AST_CMP_NOT_IN,
    KL_AST_CMP_IS,
    KL_AST_CMP_IS_NOT,
};

extern const char *const kl_ast_kind_names[KL_AST_NUM_KINDS];

// A new node with [n] children, all NULL.
kl_ast_t *kl_ast_new(kl_ast_kind_t kind, size_t n, uint32_t line, uint32_t col);

#endif // KL_INCLUDED_VM_AST_H
