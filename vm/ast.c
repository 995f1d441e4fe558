// vm/ast.c: allocation and names of parse-tree nodes.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A node is one GC block: the fixed header and its children in a flexible array, so a node and
// its child pointers cost one allocation and one pointer chase. Blocks are scanned for pointers
// (flags 0): the children and the value word keep the rest of the tree and its constants alive
// for as long as the root is reachable from the C stack.

#include "vm/ast.h"
#include "vm/gc.h"

const char *const kl_ast_kind_names[KL_AST_NUM_KINDS] = {
#define AST(name, doc) #name,
#include "vm/ast.def"
#undef AST
};

kl_ast_t *kl_ast_new(kl_ast_kind_t kind, size_t n, uint32_t line, uint32_t col) {
    // kl_ast_t.n is 16 bits: the parser refuses longer sequences before it gets here.
    kl_ast_t *node = kl_gc_alloc(sizeof(kl_ast_t) + n * sizeof(kl_ast_t *), 0);
    node->kind = (uint8_t)kind;
    node->n = (uint16_t)n;
    node->line = line;
    node->col = col;
    return node;
}
