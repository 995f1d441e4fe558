// tests/unit/test_parse.c: unit tests for vm/parse.c and vm/lexer.c through kl_parse.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The trees are checked in a compact written form (kind, code, value, children) so that a test
// reads like the construct it parses: precedence and associativity, the shape of every
// statement the compiler consumes, f-strings (with the `=` form), match patterns. Errors are
// checked for CPython 3.11's exception class, message, line and column. The depth limits, the
// REPL's "needs more input" question, the three modes, a block larger than one node holds, and
// a parse under a heap small enough to collect while the tree is being built complete it.
// Python programs cannot see trees, which is why these are C tests; tests/ covers the rest.

#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/ast.h"
#include "vm/gc.h"
#include "vm/kinglet.h"
#include "vm/lexer.h"
#include "vm/nlr.h"
#include "vm/obj_exception.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/parse.h"
#include "vm/qstr.h"
#include "vm/runtime.h"

static char *stack_top;
static char heap[8 * 1024 * 1024];

static void setup(void) {
    kl_init_t init = {.heap = heap, .heap_size = sizeof(heap), .stack_top = stack_top};
    kl_init(&init);
}

static void teardown(void) {
    kl_deinit();
}

// ==== Writing trees ====

typedef struct {
    char *buf;
    size_t len;
    size_t size;
} out_t;

static void put(out_t *o, const char *s, size_t n) {
    if (o->len + n + 1 > o->size) {
        o->size = (o->len + n + 1) * 2;
        o->buf = realloc(o->buf, o->size);
    }
    memcpy(o->buf + o->len, s, n);
    o->len += n;
    o->buf[o->len] = '\0';
}

static void puts_(out_t *o, const char *s) {
    put(o, s, strlen(s));
}

// (KIND:op value kid kid ...), _ for a missing child. Names print bare, constants as repr.
static void write_tree(out_t *o, const kl_ast_t *n) {
    if (n == NULL) {
        puts_(o, "_");
        return;
    }
    puts_(o, "(");
    puts_(o, kl_ast_kind_names[n->kind]);
    if (n->op != 0) {
        char num[16];
        snprintf(num, sizeof(num), ":%u", n->op);
        puts_(o, num);
    }
    if (n->v != KL_OBJ_NULL) {
        puts_(o, " ");
        size_t len;
        const char *s;
        if (n->kind == KL_AST_CONSTANT || n->kind == KL_AST_PAT_SINGLETON ||
            n->kind == KL_AST_FORMATTEDVALUE) {
            s = kl_obj_str_get_data(kl_obj_str_of(n->v, KL_PRINT_REPR), &len);
        } else {
            s = kl_qstr_data(KL_OBJ_QSTR_VALUE(n->v), &len);
        }
        put(o, s, len);
    }
    for (size_t i = 0; i < n->n; i++) {
        puts_(o, " ");
        write_tree(o, n->kid[i]);
    }
    puts_(o, ")");
}

// The tree of [src] in [mode], or "Type: message @line:col" for an error.
static char *parse_str(const char *src, kl_parse_mode_t mode) {
    static out_t o;
    o.len = 0;
    put(&o, "", 0);
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_ast_t *tree = kl_parse(src, strlen(src), KL_QSTR__lt_string_gt_, mode);
        write_tree(&o, tree);
        kl_nlr_pop();
        return o.buf;
    }
    kl_obj_t exc = nlr.ret_val;
    const kl_obj_type_t *type = kl_obj_get_type(exc);
    puts_(&o, type == &kl_type_IndentationError ? "IndentationError"
              : type == &kl_type_TabError       ? "TabError"
              : type == &kl_type_SyntaxError    ? "SyntaxError"
              : type == &kl_type_RecursionError ? "RecursionError"
                                                : "other");
    kl_obj_tuple_t *args = (kl_obj_tuple_t *)kl_exception_get_args(exc);
    if (args->len >= 1) {
        size_t len;
        const char *msg = kl_obj_str_get_data(args->items[0], &len);
        puts_(&o, ": ");
        put(&o, msg, len);
    }
    if (args->len >= 2) {
        kl_obj_tuple_t *details = (kl_obj_tuple_t *)args->items[1];
        char where[48];
        snprintf(where, sizeof(where), " @%ld:%ld", (long)KL_OBJ_SMALL_INT_VALUE(details->items[1]),
                 (long)KL_OBJ_SMALL_INT_VALUE(details->items[2]));
        puts_(&o, where);
    }
    return o.buf;
}

#define CHECK_TREE(mode, src, tree) ck_assert_str_eq(parse_str(src, mode), tree)
#define CHECK_EXPR(src, tree) CHECK_TREE(KL_PARSE_EVAL, src, tree)
#define CHECK_FILE(src, tree) CHECK_TREE(KL_PARSE_FILE, src, tree)

// ==== Expressions ====

START_TEST(test_precedence) {
    // ** binds tighter than unary minus on its left, groups to the right.
    CHECK_EXPR("-2**2", "(UNARYOP:2 (BINOP:6 (CONSTANT 2) (CONSTANT 2)))");
    CHECK_EXPR("2**-1", "(BINOP:6 (CONSTANT 2) (UNARYOP:2 (CONSTANT 1)))");
    CHECK_EXPR("a**b**c", "(BINOP:6 (NAME a) (BINOP:6 (NAME b) (NAME c)))");
    CHECK_EXPR("a - b - c", "(BINOP:1 (BINOP:1 (NAME a) (NAME b)) (NAME c))");
    CHECK_EXPR("a | b ^ c & d << e + f * g",
               "(BINOP:11 (NAME a) (BINOP:12 (NAME b) (BINOP:10 (NAME c) (BINOP:8 (NAME d) "
               "(BINOP (NAME e) (BINOP:2 (NAME f) (NAME g)))))))");
    CHECK_EXPR("a @ b // c % d / e",
               "(BINOP:3 (BINOP:5 (BINOP:4 (BINOP:7 (NAME a) (NAME b)) (NAME c)) (NAME d)) "
               "(NAME e))");
    CHECK_EXPR("not a or b and c", "(BOOLOP:1 (UNARYOP (NAME a)) (BOOLOP (NAME b) (NAME c)))");
    CHECK_EXPR("a or b or c", "(BOOLOP:1 (NAME a) (NAME b) (NAME c))");
    CHECK_EXPR("(a or b) or c", "(BOOLOP:1 (BOOLOP:1 (NAME a) (NAME b)) (NAME c))");
    CHECK_EXPR("~-+a", "(UNARYOP:3 (UNARYOP:2 (UNARYOP:1 (NAME a))))");
    CHECK_EXPR("await a ** 2", "(BINOP:6 (AWAIT (NAME a)) (CONSTANT 2))");
    CHECK_EXPR("a if b else c if d else e",
               "(IFEXP (NAME b) (NAME a) (IFEXP (NAME d) (NAME c) (NAME e)))");
    CHECK_EXPR("lambda: a if b else c", "(LAMBDA (ARGUMENTS) (IFEXP (NAME b) (NAME a) (NAME c)))");
}
END_TEST

START_TEST(test_comparisons) {
    CHECK_EXPR(
        "a < b <= c == d != e > f >= g",
        "(COMPARE (NAME a) (CMP (NAME b)) (CMP:4 (NAME c)) (CMP:2 (NAME d)) (CMP:3 (NAME e)) "
        "(CMP:1 (NAME f)) (CMP:5 (NAME g)))");
    CHECK_EXPR("a in b not in c is d is not e",
               "(COMPARE (NAME a) (CMP:6 (NAME b)) (CMP:7 (NAME c)) (CMP:8 (NAME d)) "
               "(CMP:9 (NAME e)))");
    CHECK_EXPR("not a in b", "(UNARYOP (COMPARE (NAME a) (CMP:6 (NAME b))))");
}
END_TEST

START_TEST(test_atoms_and_trailers) {
    CHECK_EXPR("a.b(c, *d, e=1, **f)[g]",
               "(SUBSCRIPT (CALL (ATTRIBUTE b (NAME a)) (NAME c) (STARRED (NAME d)) "
               "(KEYWORD e (CONSTANT 1)) (KEYWORD (NAME f))) (NAME g))");
    CHECK_EXPR("f(x for x in y)",
               "(CALL (NAME f) (GENEXP (NAME x) (COMPREHENSION (NAME x) (NAME y))))");
    CHECK_EXPR("a[1:2, ::3, *b]", "(SUBSCRIPT (NAME a) (TUPLE (SLICE (CONSTANT 1) (CONSTANT 2) _) "
                                  "(SLICE _ _ (CONSTANT 3)) (STARRED (NAME b))))");
    CHECK_EXPR("a[*b]", "(SUBSCRIPT (NAME a) (TUPLE (STARRED (NAME b))))");
    CHECK_EXPR("[*a, b]", "(LIST (STARRED (NAME a)) (NAME b))");
    CHECK_EXPR("(a,)", "(TUPLE (NAME a))");
    CHECK_EXPR("()", "(TUPLE)");
    CHECK_EXPR("{}", "(DICT)");
    CHECK_EXPR("{a: 1, **b}", "(DICT (NAME a) (CONSTANT 1) _ (NAME b))");
    CHECK_EXPR("{a, *b}", "(SET (NAME a) (STARRED (NAME b)))");
    CHECK_EXPR("{k: v for k, v in d if k async for x in y}",
               "(DICTCOMP (NAME k) (NAME v) (COMPREHENSION (TUPLE (NAME k) (NAME v)) (NAME d) "
               "(NAME k)) (COMPREHENSION:1 (NAME x) (NAME y)))");
    CHECK_EXPR("[y := f(x), y]", "(LIST (NAMEDEXPR (NAME y) (CALL (NAME f) (NAME x))) (NAME y))");
    CHECK_EXPR("None, True, False, ...",
               "(TUPLE (CONSTANT None) (CONSTANT True) (CONSTANT False) (CONSTANT Ellipsis))");
    CHECK_EXPR("0x1F + 0o17 + 0b1_01 + 1_000",
               "(BINOP (BINOP (BINOP (CONSTANT 31) (CONSTANT 15)) (CONSTANT 5)) (CONSTANT 1000))");
    CHECK_EXPR("1.5e3", "(CONSTANT 1500.0)");
    CHECK_EXPR("1if x else 2", "(IFEXP (NAME x) (CONSTANT 1) (CONSTANT 2))");
    // Each keyword that may follow a number right away (KL_CFG_NUMBER_KEYWORDS).
    CHECK_EXPR(
        "0x1for 0b1and 1in 2not in 3is 4",
        "(BOOLOP:1 (CONSTANT 31) (BOOLOP (CONSTANT 1) "
        "(COMPARE (CONSTANT 1) (CMP:6 (CONSTANT 2)) (CMP:7 (CONSTANT 3)) (CMP:8 (CONSTANT 4)))))");
    CHECK_EXPR("[0 if 1else 2for x in y]",
               "(LISTCOMP (IFEXP (CONSTANT 1) (CONSTANT 0) (CONSTANT 2)) (COMPREHENSION (NAME x) "
               "(NAME y)))");
    CHECK_EXPR("lambda a, /, b=1, *c, d, e=2, **f: 0",
               "(LAMBDA (ARGUMENTS (ARG a _ _) (ARG:1 b (CONSTANT 1) _) (ARG:2 c _ _) "
               "(ARG:3 d _ _) (ARG:3 e (CONSTANT 2) _) (ARG:4 f _ _)) (CONSTANT 0))");
}
END_TEST

START_TEST(test_strings) {
    CHECK_EXPR("'a' \"b\" '''c'''", "(CONSTANT 'abc')");
    CHECK_EXPR("b'\\x41\\n' rb'\\n'", "(CONSTANT b'A\\n\\\\n')");
    CHECK_EXPR("'\\u00e9\\U0001F600\\101\\q'", "(CONSTANT '\xc3\xa9\xf0\x9f\x98\x80"
                                               "A\\\\q')");
    CHECK_EXPR("'a\\\nb'", "(CONSTANT 'ab')");
#if KL_CFG_UNICODE_NAMES
    CHECK_EXPR("'\\N{BULLET}\\N{greek small letter alpha}\\N{CJK UNIFIED IDEOGRAPH-4E00}'",
               "(CONSTANT '\xe2\x80\xa2\xce\xb1\xe4\xb8\x80')");
    CHECK_EXPR("'\\N{HANGUL SYLLABLE GAG}\\N{NO-BREAK SPACE}'", "(CONSTANT '\xea\xb0\x81\\xa0')");
#endif
    CHECK_EXPR("'\\N{NOT A REAL NAME}'",
               "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position "
               "0-18: unknown Unicode character name @1:22");
    // f-strings: literal pieces merge, fields keep conversion (op) and spec.
    CHECK_EXPR("'a' f'b{c!r:>{w}}' 'd'",
               "(JOINEDSTR (CONSTANT 'ab') (FORMATTEDVALUE:114 (NAME c) (JOINEDSTR (CONSTANT '>') "
               "(FORMATTEDVALUE (NAME w) _))) (CONSTANT 'd'))");
    // The = form: the text to print first in v, 'r' unless a conversion or spec is given.
    CHECK_EXPR("f'{ x = }'", "(JOINEDSTR (FORMATTEDVALUE:114 ' x = ' (NAME x) _))");
    CHECK_EXPR("f'{x=:>4}'",
               "(JOINEDSTR (FORMATTEDVALUE 'x=' (NAME x) (JOINEDSTR (CONSTANT '>4'))))");
    CHECK_EXPR("f'{x=!s}'", "(JOINEDSTR (FORMATTEDVALUE:115 'x=' (NAME x) _))");
    CHECK_EXPR("f'{{}}{a, b}'",
               "(JOINEDSTR (CONSTANT '{}') (FORMATTEDVALUE (TUPLE (NAME a) (NAME b)) _))");
    CHECK_EXPR("f''", "(JOINEDSTR)");
    CHECK_EXPR("f'{x:}'", "(JOINEDSTR (FORMATTEDVALUE (NAME x) (JOINEDSTR)))");
    CHECK_EXPR("f'''{\na\n}'''", "(JOINEDSTR (FORMATTEDVALUE (NAME a) _))");
}
END_TEST

// ==== Statements ====

START_TEST(test_assignments) {
    CHECK_FILE("a = b = 1", "(MODULE (ASSIGN (NAME a) (NAME b) (CONSTANT 1)))");
    CHECK_FILE("a, *b = c", "(MODULE (ASSIGN (TUPLE (NAME a) (STARRED (NAME b))) (NAME c)))");
    CHECK_FILE("x += 1; y @= 2",
               "(MODULE (AUGASSIGN (NAME x) (CONSTANT 1)) (AUGASSIGN:7 (NAME y) (CONSTANT 2)))");
    CHECK_FILE(
        "x: int = 1\n(y): int\nz.a: str",
        "(MODULE (ANNASSIGN:1 (NAME x) (NAME int) (CONSTANT 1)) "
        "(ANNASSIGN (NAME y) (NAME int) _) (ANNASSIGN (ATTRIBUTE a (NAME z)) (NAME str) _))");
    CHECK_FILE("del a, b[0]", "(MODULE (DELETE (NAME a) (SUBSCRIPT (NAME b) (CONSTANT 0))))");
    CHECK_FILE("x = yield", "(MODULE (ASSIGN (NAME x) (YIELD _)))");
    CHECK_FILE("return *a, b", "(MODULE (RETURN (TUPLE (STARRED (NAME a)) (NAME b))))");
}
END_TEST

START_TEST(test_compound) {
    CHECK_FILE("if a: b\nelif c: d\nelse: e",
               "(MODULE (IF (NAME a) (SUITE (EXPR (NAME b))) (IF (NAME c) (SUITE (EXPR (NAME d))) "
               "(SUITE (EXPR (NAME e))))))");
    CHECK_FILE("for a, b in c: pass\nelse: pass",
               "(MODULE (FOR (TUPLE (NAME a) (NAME b)) (NAME c) (SUITE (PASS)) (SUITE (PASS))))");
    CHECK_FILE("while x:\n    break\n", "(MODULE (WHILE (NAME x) (SUITE (BREAK)) _))");
    CHECK_FILE(
        "try:\n    a\nexcept E as e:\n    b\nexcept:\n    c\nelse:\n    d\nfinally:\n    f\n",
        "(MODULE (TRY (SUITE (EXPR (NAME a))) (HANDLERS (EXCEPTHANDLER e (NAME E) "
        "(SUITE (EXPR (NAME b)))) (EXCEPTHANDLER _ (SUITE (EXPR (NAME c))))) "
        "(SUITE (EXPR (NAME d))) (SUITE (EXPR (NAME f)))))");
    CHECK_FILE("try:\n    a\nexcept* E:\n    b\n",
               "(MODULE (TRY:1 (SUITE (EXPR (NAME a))) (HANDLERS (EXCEPTHANDLER (NAME E) "
               "(SUITE (EXPR (NAME b))))) _ _))");
    CHECK_FILE("with (a as b, c): pass",
               "(MODULE (WITH (WITHITEM (NAME a) (NAME b)) (WITHITEM (NAME c) _) (SUITE (PASS))))");
    CHECK_FILE("with (a, b) as c: pass",
               "(MODULE (WITH (WITHITEM (TUPLE (NAME a) (NAME b)) (NAME c)) (SUITE (PASS))))");
    CHECK_FILE("@d1\n@d2.x(1)\nasync def f(a, /, b: int = 1, *, c) -> T:\n    '''doc'''\n",
               "(MODULE (FUNCDEF:1 f (ARGUMENTS (ARG a _ _) (ARG:1 b (CONSTANT 1) (NAME int)) "
               "(ARG:3 c _ _)) (NAME T) (SUITE (EXPR (CONSTANT 'doc'))) (DECORATORS (NAME d1) "
               "(CALL (ATTRIBUTE x (NAME d2)) (CONSTANT 1)))))");
    CHECK_FILE(
        "class A(B, metaclass=M): pass\nclass C(): pass",
        "(MODULE (CLASSDEF A (ARGLIST (NAME B) (KEYWORD metaclass (NAME M))) (SUITE (PASS)) _) "
        "(CLASSDEF C _ (SUITE (PASS)) _))");
    CHECK_FILE("import a.b.c as d, e\nfrom ..x.y import (z as w, v,)\nfrom . import *",
               "(MODULE (IMPORT (ALIAS a.b.c (NAME d)) (ALIAS e _)) (IMPORTFROM:2 x.y (ALIAS z "
               "(NAME w)) (ALIAS v _)) (IMPORTFROM:1  (ALIAS * _)))");
    CHECK_FILE("global a, b\nassert x, 'm'\nraise E from c",
               "(MODULE (GLOBAL (NAME a) (NAME b)) (ASSERT (NAME x) (CONSTANT 'm')) "
               "(RAISE (NAME E) (NAME c)))");
}
END_TEST

START_TEST(test_match) {
    CHECK_FILE("match p:\n"
               "    case [1, *rest] | (a.b as c):\n        pass\n"
               "    case {'k': v, None: _, **kw} if v:\n        pass\n"
               "    case Point(0, y=-1 + 2j) | None:\n        pass\n"
               "    case x, *_:\n        pass\n"
               "    case _:\n        pass\n",
               "(MODULE (MATCH (NAME p) "
               "(MATCHCASE (PAT_OR (PAT_SEQUENCE (PAT_VALUE (CONSTANT 1)) (PAT_STAR rest)) "
               "(PAT_AS c (PAT_VALUE (ATTRIBUTE b (NAME a))))) _ (SUITE (PASS))) "
               "(MATCHCASE (PAT_MAPPING kw (CONSTANT 'k') (PAT_AS v _) (CONSTANT None) (PAT_AS _)) "
               "(NAME v) (SUITE (PASS))) "
               "(MATCHCASE (PAT_OR (PAT_CLASS (NAME Point) (PAT_VALUE (CONSTANT 0)) (PAT_KEYWORD y "
               "(PAT_VALUE (BINOP (UNARYOP:2 (CONSTANT 1)) (CONSTANT 2j))))) (PAT_SINGLETON None)) "
               "_ (SUITE (PASS))) "
               "(MATCHCASE (PAT_SEQUENCE (PAT_AS x _) (PAT_STAR)) _ (SUITE (PASS))) "
               "(MATCHCASE (PAT_AS _) _ (SUITE (PASS)))))");
    // The soft keyword is a name elsewhere.
    CHECK_FILE("match(x)\nmatch = 1",
               "(MODULE (EXPR (CALL (NAME match) (NAME x))) (ASSIGN (NAME match) (CONSTANT 1)))");
}
END_TEST

// ==== Errors ====

START_TEST(test_errors) {
    static const char *const cases[][2] = {
        {"x = (1,\n", "SyntaxError: '(' was never closed @1:5"},
        {"print(1\nx = 2\n", "SyntaxError: '(' was never closed @1:6"},
        {"x = )", "SyntaxError: unmatched ')' @1:5"},
        {"(]", "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @1:2"},
        {" x", "IndentationError: unexpected indent @1:1"},
        {"if x:\npass", "IndentationError: expected an indented block after 'if' statement on "
                        "line 1 @2:1"},
        {"def f():\n", "IndentationError: expected an indented block after function definition "
                       "on line 1 @1:9"},
        {"if 1:\n  x\n y", "IndentationError: unindent does not match any outer indentation "
                           "level @3:3"},
        {"if x\n  pass", "SyntaxError: expected ':' @1:5"},
        {"x = 'abc", "SyntaxError: unterminated string literal (detected at line 1) @1:5"},
        {"1_", "SyntaxError: invalid decimal literal @1:2"},
        {"1 = x", "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of "
                  "'='? @1:1"},
        {"f() = 1", "SyntaxError: cannot assign to function call here. Maybe you meant '==' "
                    "instead of '='? @1:1"},
        {"a = f() = 1", "SyntaxError: cannot assign to function call @1:5"},
        {"(a, 1) = x", "SyntaxError: cannot assign to literal @1:5"},
        {"a + 1 = 2", "SyntaxError: cannot assign to expression here. Maybe you meant '==' "
                      "instead of '='? @1:1"},
        {"del 1", "SyntaxError: cannot delete literal @1:5"},
        {"f(a=1, b)", "SyntaxError: positional argument follows keyword argument @1:9"},
        {"f(x for x in y, 1)", "SyntaxError: Generator expression must be parenthesized @1:3"},
        {"foo(a b)", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @1:5"},
        {"a b", "SyntaxError: invalid syntax @1:3"},
        {"print 'x'", "SyntaxError: Missing parentheses in call to 'print'. Did you mean "
                      "print(...)? @1:1"},
        {"f'{a!x}'", "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or "
                     "'a' @1:9"},
        {"f'{a b}'", "SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma? @1:4"},
        {"if x = 1: pass", "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of "
                           "'='? @1:4"},
        {"def f(a=1, b): pass", "SyntaxError: non-default argument follows default argument "
                                "@1:12"},
        {"try:\n  x\n", "SyntaxError: expected 'except' or 'finally' block @2:4"},
        {"\tif 1:\n        x", "IndentationError: unexpected indent @1:1"},
        {"if 1:\n\tx\n        y", "TabError: inconsistent use of tabs and spaces in indentation "
                                  "@3:1"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        ck_assert_str_eq(parse_str(cases[i][0], KL_PARSE_FILE), cases[i][1]);
    }
}
END_TEST

START_TEST(test_depth_limits) {
    // Unbracketed nesting: RecursionError; brackets: the lexer's limit.
    static const char *const units[] = {"-", "not ", "lambda: ", "a if b else ", "2**"};
    for (size_t k = 0; k < sizeof(units) / sizeof(units[0]); k++) {
        size_t n = 100000 / strlen(units[k]);
        char *src = malloc(n * strlen(units[k]) + 2);
        src[0] = '\0';
        for (size_t i = 0; i < n; i++) {
            memcpy(src + i * strlen(units[k]), units[k], strlen(units[k]));
        }
        strcpy(src + n * strlen(units[k]), "1");
        ck_assert_str_eq(parse_str(src, KL_PARSE_EVAL),
                         "RecursionError: maximum recursion depth exceeded during compilation");
        free(src);
    }
    char src[1024];
    memset(src, '(', 200);
    memset(src + 200, ')', 200);
    src[400] = '\0';
    ck_assert_str_eq(parse_str(src, KL_PARSE_EVAL), "(TUPLE)");
    memset(src, '[', 201);
    memset(src + 201, ']', 201);
    src[402] = '\0';
    ck_assert_str_eq(parse_str(src, KL_PARSE_EVAL),
                     "SyntaxError: too many nested parentheses @1:201");
}
END_TEST

// The lexer's bracket and indentation stacks start in place (KL_LEXER_INLINE_DEPTH entries)
// and move to the heap, doubling, as a program nests deeper; when the heap cannot give them
// more, a quiet lexer (the REPL's needs-more-input check) reports MemoryError as its error
// rather than raising.
START_TEST(test_lexer_stacks_grow) {
    char src[512];
    size_t n = 0;
    for (int i = 0; i < 40; i++) {
        src[n++] = "([{"[i % 3];
    }
    for (int i = 39; i >= 0; i--) {
        src[n++] = ")]}"[i % 3];
    }
    src[n] = '\0';
    kl_lexer_t lex;
    kl_lexer_token_t tok;
    kl_lexer_init(&lex, src, n, KL_QSTR__lt_string_gt_, KL_LEXER_QUIET);
    ck_assert_ptr_eq(lex.paren_pos, lex.paren_inline);
    size_t tokens = 0;
    do {
        kl_lexer_next(&lex, &tok);
        tokens++;
    } while (tok.kind != KL_TOKEN_END && tok.kind != KL_TOKEN_ERROR);
    ck_assert_int_eq(tok.kind, KL_TOKEN_END);
    ck_assert_uint_eq(tokens, 80 + 2); // the brackets, NEWLINE, END
    ck_assert_uint_eq(lex.paren_alloc, 64);
    ck_assert_ptr_ne(lex.paren_pos, lex.paren_inline);
    ck_assert(kl_gc_is_heap_ptr(lex.paren_pos));
    // Twenty indented blocks: the indentation stacks grow once, to 32.
    char blocks[1024];
    n = 0;
    for (int i = 0; i < 20; i++) {
        n += (size_t)snprintf(blocks + n, sizeof(blocks) - n, "%*sif x:\n", i, "");
    }
    n += (size_t)snprintf(blocks + n, sizeof(blocks) - n, "%*sy\n", 20, "");
    ck_assert(strncmp(parse_str(blocks, KL_PARSE_FILE), "(MODULE (IF (NAME x)", 20) == 0);
    kl_lexer_init(&lex, blocks, n, KL_QSTR__lt_string_gt_, KL_LEXER_QUIET);
    size_t indents = 0;
    do {
        kl_lexer_next(&lex, &tok);
        indents += tok.kind == KL_TOKEN_INDENT;
    } while (tok.kind != KL_TOKEN_END && tok.kind != KL_TOKEN_ERROR);
    ck_assert_int_eq(tok.kind, KL_TOKEN_END);
    ck_assert_uint_eq(indents, 20);
    ck_assert_uint_eq(lex.indent_alloc, 32);
    // No heap to grow into: the quiet lexer's error is MemoryError, at the 17th bracket.
    kl_lexer_init(&lex, src, 80, KL_QSTR__lt_string_gt_, KL_LEXER_QUIET);
    kl_gc_heap_lock();
    size_t before_error = 0;
    do {
        kl_lexer_next(&lex, &tok);
        before_error++;
    } while (tok.kind != KL_TOKEN_END && tok.kind != KL_TOKEN_ERROR);
    kl_gc_heap_unlock();
    ck_assert_int_eq(tok.kind, KL_TOKEN_ERROR);
    ck_assert_ptr_eq(lex.err_type, &kl_type_MemoryError);
    ck_assert_uint_eq(before_error, KL_LEXER_INLINE_DEPTH + 1);
}
END_TEST

START_TEST(test_modes) {
    CHECK_TREE(KL_PARSE_EVAL, "  1, 2\n\n", "(TUPLE (CONSTANT 1) (CONSTANT 2))");
    CHECK_TREE(KL_PARSE_EVAL, "x = 1", "SyntaxError: invalid syntax @1:3");
    CHECK_TREE(KL_PARSE_SINGLE, "if x:\n    y\n\n",
               "(MODULE (IF (NAME x) (SUITE (EXPR (NAME y))) _))");
    CHECK_TREE(KL_PARSE_SINGLE, "a = 1; b = 2\n",
               "(MODULE (ASSIGN (NAME a) (CONSTANT 1)) (ASSIGN (NAME b) (CONSTANT 2)))");
    CHECK_TREE(KL_PARSE_SINGLE, "a = 1\nb = 2\n",
               "SyntaxError: multiple statements found while compiling a single statement @1:6");
    CHECK_TREE(KL_PARSE_FILE, "", "(MODULE)");
    CHECK_TREE(KL_PARSE_FILE, "\xef\xbb\xbfx\r\n", "(MODULE (EXPR (NAME x)))");
}
END_TEST

START_TEST(test_needs_more_input) {
    static const struct {
        const char *src;
        bool more;
    } cases[] = {
        {"x = 1\n", false},
        {"if x:\n", true},
        {"if x:\n    y\n", true},
        {"if x:\n    y\n\n", false},
        {"while True: pass\n", true},
        {"while True: pass\n\n", false},
        {"@dec\n", true},
        {"x = (1,\n", true},
        {"'''abc\n", true},
        {"x = 1 + \\\n", true},
        {"x = 'a\\\n", true},
        {"x = 'abc\n", false}, // an error: compiling reports it
        {"x = )\n", false},
        {"match x:\n", true},
        {"match(x)\n", false},
        {"", false},
        {"\n", false},
        {"    x = 1\n", false},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        ck_assert_msg(kl_parse_needs_more_input(cases[i].src, strlen(cases[i].src)) ==
                          cases[i].more,
                      "needs_more_input(%s)", cases[i].src);
    }
}
END_TEST

// More statements than a node holds: the block is split into SUITE chunks, in order. In the
// GC-stress build a collection at each of its allocations would take minutes: every 97th will do.
START_TEST(test_long_block) {
    kl_gc_set_stress(97);
    size_t n = 70000;
    char *src = malloc(n * 5 + 1);
    for (size_t i = 0; i < n; i++) {
        memcpy(src + i * 5, "pass\n", 5);
    }
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_ast_t *tree = kl_parse(src, n * 5, KL_QSTR__lt_string_gt_, KL_PARSE_FILE);
        kl_nlr_pop();
        ck_assert_uint_eq(tree->kind, KL_AST_MODULE);
        ck_assert_uint_eq(tree->n, 2);
        ck_assert_uint_eq(tree->kid[0]->kind, KL_AST_SUITE);
        ck_assert_uint_eq(tree->kid[0]->n + tree->kid[1]->n, n);
        ck_assert_uint_eq(tree->kid[1]->kid[tree->kid[1]->n - 1]->line, n);
    } else {
        ck_abort_msg("parse failed");
    }
    free(src);
    kl_gc_set_stress(1);
}
END_TEST

// A heap that must collect while the parser works: the tree in progress lives only on the C
// stack and in its own nodes, and must come out intact.
static char small_heap[256 * 1024];

// The REPL asks whether a line needs more after every line typed, and parses each entry: what
// the lexer and parser allocate goes back to the heap at once, not at the next collection (on a
// 4 KiB heap it is a tenth of the heap).
START_TEST(test_parser_memory_freed) {
    // "if x:\n y = (([{...}]))\n", the brackets 40 deep.
    char src[256] = "if x:\n y = ";
    size_t n = strlen(src);
    char *brackets = src + n;
    for (int i = 0; i < 40; i++) {
        src[n++] = "([{"[i % 3];
    }
    for (int i = 39; i >= 0; i--) {
        src[n++] = ")]}"[i % 3];
    }
    src[n++] = '\n';
    src[n] = '\0';
    kl_gc_info_t before, after;
    kl_gc_set_stress(SIZE_MAX); // a GC-stress build: no collection may free the garbage instead
    kl_gc_collect();
    kl_gc_info(&before);
    ck_assert(kl_parse_needs_more_input(src, n));
    ck_assert(!kl_parse_needs_more_input("x = [1,\n 2]\n", 13));
    kl_gc_info(&after);
    ck_assert_uint_eq(after.collections, before.collections);
    ck_assert_uint_eq(after.used, before.used);
    // A lexer that grew its stacks gives them back.
    kl_lexer_t lex;
    kl_lexer_token_t tok;
    kl_lexer_init(&lex, brackets, 80, KL_QSTR__lt_string_gt_, 0);
    do {
        kl_lexer_next(&lex, &tok);
    } while (tok.kind != KL_TOKEN_END);
    kl_gc_info(&after);
    ck_assert_uint_gt(after.used, before.used);
    kl_lexer_free(&lex);
    ck_assert_ptr_eq(lex.paren_pos, lex.paren_inline);
    kl_gc_info(&after);
    ck_assert_uint_eq(after.used, before.used);
    // A parse keeps only its tree: the same as a parse of the tree's size, whatever the lexer grew.
    kl_ast_t *tree = kl_parse(brackets, 80, KL_QSTR__lt_string_gt_, KL_PARSE_EVAL);
    ck_assert_ptr_nonnull(tree);
    kl_gc_info(&after);
    ck_assert_uint_lt(after.used - before.used, 80 * sizeof(kl_ast_t));
    kl_gc_set_stress(1);
}
END_TEST

START_TEST(test_collect_while_parsing) {
    kl_deinit();
    kl_init_t init = {.heap = small_heap, .heap_size = sizeof(small_heap), .stack_top = stack_top};
    kl_init(&init);
    const char *stmt = "def f(a, b=[1, 2], *c, **d):\n"
                       "    return {k: f'{v!r:>{a}}' for k, v in d.items() if k not in c}\n";
    size_t len = strlen(stmt), n = 60;
    char *src = malloc(len * n + 1);
    for (size_t i = 0; i < n; i++) {
        memcpy(src + i * len, stmt, len);
    }
    src[len * n] = '\0';
    kl_gc_info_t before, after;
    kl_gc_info(&before);
    char *first = NULL;
    for (int round = 0; round < 20; round++) {
        char *tree = parse_str(src, KL_PARSE_FILE);
        if (first == NULL) {
            first = strdup(tree);
        } else {
            ck_assert_str_eq(tree, first);
        }
    }
    kl_gc_info(&after);
    ck_assert_uint_gt(after.collections, before.collections);
    ck_assert_ptr_eq(strstr(first, "Error"), NULL);
    free(first);
    free(src);
}
END_TEST

static Suite *parse_suite(void) {
    Suite *s = suite_create("parse");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_precedence);
    tcase_add_test(tc, test_comparisons);
    tcase_add_test(tc, test_atoms_and_trailers);
    tcase_add_test(tc, test_strings);
    tcase_add_test(tc, test_assignments);
    tcase_add_test(tc, test_compound);
    tcase_add_test(tc, test_match);
    tcase_add_test(tc, test_errors);
    tcase_add_test(tc, test_depth_limits);
    tcase_add_test(tc, test_modes);
    tcase_add_test(tc, test_needs_more_input);
    tcase_add_test(tc, test_lexer_stacks_grow);
    tcase_add_test(tc, test_parser_memory_freed);
    tcase_add_test(tc, test_long_block);
    tcase_add_test(tc, test_collect_while_parsing);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    char top;
    stack_top = &top;
    SRunner *sr = srunner_create(parse_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
