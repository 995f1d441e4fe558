// vm/parse.c: tokens to parse tree, by recursive descent over Python 3.11's grammar.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// One function per grammar level, each reading tokens from the lexer one at a time with at most
// one token of lookahead (NAME '=' in calls, NAME ':=' for the walrus, 'not' 'in'). Where the
// grammar needs more than that, the parser builds the larger construct and checks it afterwards:
// an assignment target is parsed as an expression and then validated (which is also how CPython
// words its "cannot assign to ..." errors), and a keyword argument is told from a positional one
// by the '=' after its name. Two places need a glance further ahead, and there the lexer scans the
// rest of the logical line quietly and rewinds to a mark: the soft keyword `match` (is
// `match (x):` a match statement or a call?) and `with (` (parenthesised with-items or a
// parenthesised expression?). A line is scanned at most twice, so parsing stays linear.
//
// Binary operators from | down to * share one precedence-climbing loop, which keeps the C stack
// per level of source nesting small. The C recursion that input can drive without brackets
// (unary operators, not, await, **, lambda, conditional expressions, blocks) counts against
// KL_CFG_PARSE_DEPTH and raises RecursionError past it; brackets are bounded by the lexer, which
// refuses more than KL_CFG_PARSE_DEPTH open ones ("too many nested parentheses").
//
// Nodes live on the GC heap. A node under construction is only referenced from C locals, which
// the collector scans conservatively; children are gathered in a seq_t (a few slots on the C
// stack, spilling to a GC array) and the node is allocated once their number is known.
//
// Errors follow CPython 3.11: the same exception class and message for the common mistakes, at
// the same line and (1-based, code point; KL_CFG_SYNTAX_ERROR_DETAIL) column, including its hints
// ("Perhaps you forgot a comma?", "Maybe you meant '==' ...?"). Some hints depend on whether the
// next expression parses; only then, on the way to an error, does the parser try a parse under an
// nlr handler (expression_follows). As in CPython, a SyntaxError found by the parser is replaced by
// a lexical error further down the input if there is one (a bracket left open on an earlier line,
// an unterminated string, a malformed number), because that is usually the real mistake.

#include <string.h>

#include "vm/gc.h"
#include "vm/lexer.h"
#include "vm/nlr.h"
#include "vm/parse.h"
#include "vm/runtime.h"
#include "vm/unicode_names.h"
#include "vm/vstr.h"

// ==== Parser state ====

// Where a token or node starts: its line and 1-based column in code points, or without
// KL_CFG_SYNTAX_ERROR_DETAIL, where errors report no column, its byte offset in the source. Either
// tells positions apart, which is all the parser asks of them beside errors (is this node where
// its statement started, or was it in parentheses?), and an offset costs nothing to find.
typedef struct _pos_t {
    uint32_t line;
    uint32_t col;
} pos_t;

#if KL_CFG_SYNTAX_ERROR_DETAIL
#define TOKEN_COL(t) ((t)->col)
#else
#define TOKEN_COL(t) ((uint32_t)(t)->start)
#endif

typedef struct _parser_t {
    kl_lexer_t lex;
    kl_lexer_token_t tok;     // the current token
    kl_lexer_token_t ahead;   // the token after it, when [has_ahead]
    kl_lexer_token_t newline; // the last NEWLINE consumed: errors at the end of input point there
    bool has_ahead;
    uint16_t depth; // recursion not bounded by brackets (see enter())
#if KL_CFG_SYNTAX_ERROR_ORDER
    // The exception in flight was raised by the parser, not the lexer, when it had read up to
    // [error_line] (see check_rest).
    bool parser_error;
    uint32_t error_line;
#if KL_CFG_FSTRINGS
    uint16_t regions;               // f-string replacement fields being parsed, innermost last
    kl_lexer_region_t outer_region; // what the outermost f-string field saved
#endif
#endif
    // The last expression parsed at the level of the grammar's `expression`, with the position
    // of its first token and the offset of the token after it: a token that could start another
    // expression right there is "invalid syntax. Perhaps you forgot a comma?" (in brackets) or a
    // Python 2 print statement.
    kl_ast_t *elem;
    pos_t elem_pos;
    size_t elem_end;
    bool elem_excluded; // starts with a soft keyword: CPython gives no comma hint then
    bool elem_named;    // parsed as a named_expression (where a stray '=' gets a hint)
    // Parsing the condition of `a if b else c` (which started at [if_start]): a syntax error
    // there is "expected 'else' after 'if' expression", CPython taking `b` as far as it goes.
    bool if_active;
    pos_t if_start;
    // Trying whether an expression parses, for a hint (see expression_follows).
    bool speculating;
    bool plain_failure; // the error in flight is a plain "invalid syntax"
} parser_t;

// Functions off the path that every level of bracket nesting goes through keep their locals
// (seq_t, string buffers) out of that path's stack frames.
#if defined(__GNUC__)
#define NOINLINE __attribute__((noinline))
#else
#define NOINLINE
#endif

// The token kinds of the binary operators are in kl_binary_op_t order (vm/lexer.h).
#define BINARY_OP(kind) ((kind)-KL_TOKEN_PLUS)
#define AUG_OP(kind) ((kind)-KL_TOKEN_PLUS_EQ)

// kl_ast_t.n is 16 bits.
#define MAX_KIDS (0xffff)

// ==== Tokens ====

static void advance(parser_t *p) {
    if (p->tok.kind == KL_TOKEN_NEWLINE) {
        p->newline = p->tok;
    }
    if (p->has_ahead) {
        p->tok = p->ahead;
        p->has_ahead = false;
    } else {
        kl_lexer_next(&p->lex, &p->tok);
    }
}

// The kind of the token after the current one.
static int peek(parser_t *p) {
    if (!p->has_ahead) {
        kl_lexer_next(&p->lex, &p->ahead);
        p->has_ahead = true;
    }
    return p->ahead.kind;
}

static bool accept(parser_t *p, int kind) {
    if (p->tok.kind == kind) {
        advance(p);
        return true;
    }
    return false;
}

static pos_t here(const parser_t *p) {
    pos_t pos = {p->tok.line, TOKEN_COL(&p->tok)};
    return pos;
}

static bool tok_is_word(const parser_t *p, const kl_lexer_token_t *t, const char *word) {
    size_t n = strlen(word);
    return t->kind == KL_TOKEN_NAME && t->len == n && memcmp(p->lex.src + t->start, word, n) == 0;
}

// match, case and _ are names to the lexer; the parser decides by position.
static bool is_soft_keyword(const parser_t *p, const kl_lexer_token_t *t) {
    return tok_is_word(p, t, "match") || tok_is_word(p, t, "case") || tok_is_word(p, t, "_");
}

// The token kinds that can start an expression, a bit each.
#define STARTS_BIT(kind, word) ((kind) / 32 == (word) ? 1u << ((kind) % 32) : 0u)
#define STARTS_WORD(w)                                                                             \
    (STARTS_BIT(KL_TOKEN_NAME, w) | STARTS_BIT(KL_TOKEN_NUMBER, w) |                               \
     STARTS_BIT(KL_TOKEN_STRING, w) | STARTS_BIT(KL_TOKEN_LPAR, w) |                               \
     STARTS_BIT(KL_TOKEN_LSQB, w) | STARTS_BIT(KL_TOKEN_LBRACE, w) |                               \
     STARTS_BIT(KL_TOKEN_MINUS, w) | STARTS_BIT(KL_TOKEN_PLUS, w) |                                \
     STARTS_BIT(KL_TOKEN_TILDE, w) | STARTS_BIT(KL_TOKEN_KW_NOT, w) |                              \
     STARTS_BIT(KL_TOKEN_KW_LAMBDA, w) | (KL_CFG_ASYNC ? STARTS_BIT(KL_TOKEN_KW_AWAIT, w) : 0u) |  \
     STARTS_BIT(KL_TOKEN_KW_NONE, w) | STARTS_BIT(KL_TOKEN_KW_TRUE, w) |                           \
     STARTS_BIT(KL_TOKEN_KW_FALSE, w) | STARTS_BIT(KL_TOKEN_ELLIPSIS, w))
_Static_assert(KL_TOKEN_NUM_KINDS <= 96, "starts_expression has three words of bits");

static bool starts_expression(int kind) {
    static const uint32_t starts[3] = {STARTS_WORD(0), STARTS_WORD(1), STARTS_WORD(2)};
    return (unsigned)kind < KL_TOKEN_NUM_KINDS && ((starts[kind / 32] >> (kind % 32)) & 1) != 0;
}

// Inside brackets (an f-string field counts: CPython parses it as "(expr)").
static bool in_brackets(const parser_t *p) {
    return p->lex.paren_level > 0 || p->lex.in_region;
}

// ==== Errors ====

#if KL_CFG_SYNTAX_ERROR_DETAIL
// The offset of the first byte of [line] (for quoting it in an error).
static size_t line_start_of(const parser_t *p, uint32_t line) {
    if (line == p->tok.line) {
        return p->tok.line_start;
    }
    const char *src = p->lex.src;
    size_t len = p->lex.len;
    size_t start = len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    uint32_t n = 1;
    for (size_t i = start; i < len && n < line; i++) {
        if (src[i] == '\r' && i + 1 < len && src[i + 1] == '\n') {
            continue;
        }
        if (src[i] == '\n' || src[i] == '\r') {
            n++;
            start = i + 1;
        }
    }
    return start;
}

static KL_NORETURN void error_range(parser_t *p, const kl_obj_type_t *type, uint32_t line,
                                    uint32_t col, uint32_t end_col, const char *msg) {
#if !KL_CFG_ERROR_TEXT
    msg = ""; // the callers' messages are all "": this lets them drop theirs
#endif
#if KL_CFG_SYNTAX_ERROR_ORDER
    p->parser_error = true;
    // The furthest token read decides whether an unclosed bracket is the better report.
    p->error_line = p->tok.line > line ? p->tok.line : line;
#endif
    kl_lexer_raise_range(&p->lex, type, line, col, end_col, line_start_of(p, line), msg);
}

static KL_NORETURN void error_at(parser_t *p, const kl_obj_type_t *type, uint32_t line,
                                 uint32_t col, const char *msg) {
    error_range(p, type, line, col, col, msg);
}
#else
// Without KL_CFG_SYNTAX_ERROR_DETAIL only the line is reported ([col] is a byte offset).
static KL_NORETURN void error_at(parser_t *p, const kl_obj_type_t *type, uint32_t line,
                                 uint32_t col, const char *msg) {
    (void)col;
#if KL_CFG_SYNTAX_ERROR_ORDER
    p->parser_error = true;
    p->error_line = p->tok.line > line ? p->tok.line : line;
#endif
    kl_lexer_raise_line(&p->lex, type, line, msg);
}
#endif

static NOINLINE KL_NORETURN void error_pos(parser_t *p, pos_t pos, const char *msg) {
    error_at(p, &kl_type_SyntaxError, pos.line, pos.col, msg);
}

static KL_NORETURN void error_node(parser_t *p, const kl_ast_t *node, const char *msg) {
    error_at(p, &kl_type_SyntaxError, node->line, node->col, msg);
}

static KL_NORETURN void error_tok(parser_t *p, const kl_obj_type_t *type, const kl_lexer_token_t *t,
                                  const char *msg) {
    // The DEDENTs and END at the end of the input sit on no line of their own: CPython points at
    // the line break before them.
    if ((t->kind == KL_TOKEN_END || t->kind == KL_TOKEN_DEDENT) && !p->lex.in_region &&
        t->start >= p->lex.len && p->newline.kind == KL_TOKEN_NEWLINE) {
        t = &p->newline;
    }
#if KL_CFG_SYNTAX_ERROR_DETAIL
    // The carets cover the token (its first line), as CPython's do.
    uint32_t end = t->col;
    for (size_t i = t->start; i < t->start + t->len && i < p->lex.len; i++) {
        unsigned char c = (unsigned char)p->lex.src[i];
        if (c == '\n' || c == '\r') {
            break;
        }
        end += (c & 0xC0) != 0x80;
    }
    error_range(p, type, t->line, t->col, end, msg);
#else
    error_at(p, type, t->line, 0, msg);
#endif
}

static KL_NORETURN void error_here(parser_t *p, const char *msg) {
    error_tok(p, &kl_type_SyntaxError, &p->tok, msg);
}

// Expression kinds that the grammar level `bitwise_or` can produce (every kind but those of
// lambda, conditional, or/and/not, comparison, walrus, yield and star).
static bool is_bitor_level(const kl_ast_t *e) {
    switch (e->kind) {
        case KL_AST_LAMBDA:
        case KL_AST_IFEXP:
        case KL_AST_BOOLOP:
        case KL_AST_COMPARE:
        case KL_AST_NAMEDEXPR:
        case KL_AST_YIELD:
        case KL_AST_YIELDFROM:
        case KL_AST_STARRED:
            return false;
        case KL_AST_UNARYOP:
            return e->op != KL_AST_UNARY_NOT;
        default:
            return true;
    }
}

// How CPython names an expression in "cannot assign to %s".
static const char *expr_name(const kl_ast_t *e) {
    switch (e->kind) {
        case KL_AST_ATTRIBUTE:
            return "attribute";
        case KL_AST_SUBSCRIPT:
            return "subscript";
        case KL_AST_STARRED:
            return "starred";
        case KL_AST_NAME:
            return "name";
        case KL_AST_LIST:
            return "list";
        case KL_AST_TUPLE:
            return "tuple";
        case KL_AST_LAMBDA:
            return "lambda";
        case KL_AST_CALL:
            return "function call";
        case KL_AST_GENEXP:
            return "generator expression";
        case KL_AST_YIELD:
        case KL_AST_YIELDFROM:
            return "yield expression";
#if KL_CFG_ASYNC
        case KL_AST_AWAIT:
            return "await expression";
#endif
        case KL_AST_LISTCOMP:
            return "list comprehension";
        case KL_AST_SETCOMP:
            return "set comprehension";
        case KL_AST_DICTCOMP:
            return "dict comprehension";
        case KL_AST_DICT:
            return "dict literal";
        case KL_AST_SET:
            return "set display";
#if KL_CFG_FSTRINGS
        case KL_AST_JOINEDSTR:
        case KL_AST_FORMATTEDVALUE:
            return "f-string expression";
#endif
        case KL_AST_COMPARE:
            return "comparison";
        case KL_AST_IFEXP:
            return "conditional expression";
        case KL_AST_NAMEDEXPR:
            return "named expression";
        case KL_AST_CONSTANT:
            if (e->v == kl_const_none) {
                return kl_lexer_keyword_text.kw_NONE;
            }
            if (e->v == kl_const_true) {
                return kl_lexer_keyword_text.kw_TRUE;
            }
            if (e->v == kl_const_false) {
                return kl_lexer_keyword_text.kw_FALSE;
            }
            if (e->v == kl_const_ellipsis) {
                return "ellipsis";
            }
            return "literal";
        default:
            return "expression";
    }
}

// An error at [e] whose message [fmt] names it (%s).
static NOINLINE KL_NORETURN void error_named(parser_t *p, const kl_ast_t *e, const char *fmt) {
#if KL_CFG_ERROR_TEXT
    char msg[100];
    kl_lexer_format(msg, sizeof(msg), fmt, expr_name(e));
    error_node(p, e, msg);
#else
    (void)fmt; // "" without error text: the node's name would go nowhere
    error_node(p, e, "");
#endif
}

// Record [e], which started at [pos], as the last expression parsed (see parser_t.elem).
static void set_elem(parser_t *p, kl_ast_t *e, pos_t pos, bool soft) {
#if KL_CFG_SYNTAX_HINTS
    p->elem = e;
    p->elem_pos = pos;
    p->elem_end = p->tok.start;
    p->elem_excluded = soft;
    p->elem_named = false;
#else
    (void)p;
    (void)e;
    (void)pos;
    (void)soft;
#endif
}

// "Perhaps you forgot a comma?" and friends apply when the token at which parsing failed
// directly follows the last expression parsed.
static bool elem_before_token(const parser_t *p) {
    return p->elem != NULL && p->elem_end == p->tok.start;
}

static kl_ast_t *parse_expr(parser_t *p);
static kl_ast_t *parse_bitor(parser_t *p);
typedef kl_ast_t *(*parse_fn_t)(parser_t *p);
static kl_ast_t *comma_tuple(parser_t *p, kl_ast_t *first, pos_t pos, parse_fn_t parse, int close);
static kl_ast_t *parse_star_expr(parser_t *p);

// What expression_follows tries.
typedef enum {
    TRY_EXPR,      // expression
    TRY_BITOR,     // bitwise_or
    TRY_STAR_REST, // the ", item, ..." rest of star_expressions
} try_kind_t;

// Does the [kind] of expression parse at the current token? CPython's hints for juxtaposed
// expressions and stray '=' need the next expression to parse, and its parser reads it whether
// or not a hint results, meeting any lexical error there (raised as it is) or error with a
// message of its own (raised too). Only a plain "invalid syntax" means no. Hints that would
// need another such trial are not given inside one, so trials do not nest.
static bool expression_follows(parser_t *p, try_kind_t kind) {
    kl_nlr_buf_t nlr;
    volatile uint16_t depth = p->depth;
    volatile bool was_active = p->if_active;
    p->speculating = true;
    p->plain_failure = false;
    p->if_active = false;
    if (kl_nlr_push(&nlr) == 0) {
        if (kind == TRY_EXPR) {
            parse_expr(p);
        } else if (kind == TRY_BITOR) {
            parse_bitor(p);
        } else {
            comma_tuple(p, NULL, here(p), parse_star_expr, -1);
        }
        kl_nlr_pop();
        p->speculating = false;
        p->if_active = was_active;
        return true;
    }
    p->depth = depth;
    p->speculating = false;
    p->if_active = was_active;
    if (!p->plain_failure) {
        kl_nlr_jump(nlr.ret_val);
    }
    p->plain_failure = false;
    return false;
}

// The current token cannot continue what was parsed: "invalid syntax", or one of the hints
// CPython gives for common mistakes at that point.
static KL_NORETURN void unexpected(parser_t *p) {
#if KL_CFG_SYNTAX_HINTS
    // A copy: the hints' trial parses below move the parser on.
    kl_lexer_token_t t = p->has_ahead ? p->ahead : p->tok;
#endif
    int k = p->tok.kind;
    if (k == KL_TOKEN_INDENT) {
        // CPython reads the indented token (a lexical error there wins), points one column left
        // of it, and looks no further for lexical errors (so this is not a parser_error).
        peek(p);
#if KL_CFG_SYNTAX_ERROR_DETAIL
        kl_lexer_raise(&p->lex, &kl_type_IndentationError, p->tok.line,
                       p->tok.col > 1 ? p->tok.col - 1 : 1, p->tok.line_start,
                       KL_ERROR_TEXT("unexpected indent"));
#elif KL_CFG_SYNTAX_ERROR_ORDER
        kl_lexer_raise_line(&p->lex, &kl_type_IndentationError, p->tok.line,
                            KL_ERROR_TEXT("unexpected indent"));
#endif
        // (Otherwise error_tok raises the same: the token's line.)
    }
    if (k == KL_TOKEN_INDENT || (k == KL_TOKEN_DEDENT && !p->speculating)) {
        error_tok(p, &kl_type_IndentationError, &p->tok,
                  k == KL_TOKEN_INDENT ? KL_ERROR_TEXT("unexpected indent")
                                       : KL_ERROR_TEXT("unexpected unindent"));
    }
    if (KL_CFG_SYNTAX_HINTS && !p->speculating && elem_before_token(p)) {
        kl_ast_t *e = p->elem;
        pos_t epos = p->elem_pos;
        char msg[96];
        if (starts_expression(p->tok.kind)) {
            size_t len = 0;
            const char *name = "";
            if (e->kind == KL_AST_NAME && e->line == epos.line && e->col == epos.col) {
                name = kl_qstr_data(KL_OBJ_QSTR_VALUE(e->v), &len);
            }
            bool legacy = (len == 5 && memcmp(name, "print", 5) == 0) ||
                          (len == 4 && memcmp(name, "exec", 4) == 0);
            bool name_string = e->kind == KL_AST_NAME && p->tok.kind == KL_TOKEN_STRING;
            bool comma = !p->elem_excluded && !name_string && e->kind != KL_AST_IFEXP &&
                         e->kind != KL_AST_LAMBDA;
            bool brackets = in_brackets(p);
            // CPython tries `a b` for a missing comma (b an expression), then, if a is a name,
            // for a Python 2 statement (b star_expressions).
            if ((comma || len > 0) && expression_follows(p, TRY_EXPR)) {
                if (comma && brackets) {
                    error_pos(p, epos,
                              KL_ERROR_TEXT("invalid syntax. Perhaps you forgot a comma?"));
                }
                if (len > 0 &&
                    (p->tok.kind != KL_TOKEN_COMMA || expression_follows(p, TRY_STAR_REST)) &&
                    legacy) {
                    kl_lexer_format(msg, sizeof(msg),
                                    KL_ERROR_TEXT("Missing parentheses in call to '%s'. Did you "
                                                  "mean %s(...)?"),
                                    name, name);
                    error_pos(p, epos, msg);
                }
            }
        } else if (p->tok.kind == KL_TOKEN_ASSIGN && p->elem_named && !p->elem_excluded) {
            // `if x = 1:` and the like, when a plain value follows the '='.
            bool excluded =
                e->kind == KL_AST_LIST || e->kind == KL_AST_TUPLE || e->kind == KL_AST_GENEXP ||
                (e->kind == KL_AST_CONSTANT &&
                 (e->v == kl_const_none || e->v == kl_const_true || e->v == kl_const_false));
            if ((e->kind == KL_AST_NAME || (!excluded && is_bitor_level(e))) &&
                starts_expression(peek(p))) {
                advance(p);
                if (expression_follows(p, TRY_BITOR) && p->tok.kind != KL_TOKEN_ASSIGN &&
                    p->tok.kind != KL_TOKEN_WALRUS) {
                    if (e->kind == KL_AST_NAME) {
                        error_pos(p, epos,
                                  KL_ERROR_TEXT("invalid syntax. Maybe you meant '==' or ':=' "
                                                "instead of '='?"));
                    }
                    kl_lexer_format(msg, sizeof(msg),
                                    KL_ERROR_TEXT("cannot assign to %s here. Maybe you meant '==' "
                                                  "instead of '='?"),
                                    expr_name(e));
                    error_pos(p, epos, msg);
                }
            }
        }
    }
    if (KL_CFG_SYNTAX_HINTS && p->if_active) {
        error_pos(p, p->if_start, KL_ERROR_TEXT("expected 'else' after 'if' expression"));
    }
    // CPython reports the furthest token it read, which is the one peeked at if any.
#if KL_CFG_SYNTAX_HINTS
    p->plain_failure = true;
    error_tok(p, &kl_type_SyntaxError, &t, KL_ERROR_TEXT("invalid syntax"));
#else
    error_tok(p, &kl_type_SyntaxError, p->has_ahead ? &p->ahead : &p->tok,
              KL_ERROR_TEXT("invalid syntax"));
#endif
}

// Checks that only choose the message of an error that the parser raises at the same token
// anyway, through unexpected(), when nothing has been peeked at: without error text and hints
// (which unexpected() could give there instead) they make no difference, and are left out.
#define MESSAGE_CHECK (KL_CFG_ERROR_TEXT || KL_CFG_SYNTAX_HINTS)

static void expect(parser_t *p, int kind) {
    if (!accept(p, kind)) {
        unexpected(p);
    }
}

// The ':' of a compound statement's header. A missing one is "expected ':'" when a line break
// follows, or whatever else follows when [forced] (CPython's `&&':'`).
static void expect_colon(parser_t *p, bool forced) {
    if (accept(p, KL_TOKEN_COLON)) {
        return;
    }
    if (forced || p->tok.kind == KL_TOKEN_NEWLINE) {
        error_here(p, KL_ERROR_TEXT("expected ':'"));
    }
    unexpected(p);
}

// Recursion that brackets do not bound.
static void enter(parser_t *p) {
    if (++p->depth > KL_CFG_PARSE_DEPTH) {
        kl_raise_RecursionError(
            KL_ERROR_TEXT("maximum recursion depth exceeded during compilation"));
    }
    kl_stack_check();
}

static void leave(parser_t *p) {
    p->depth--;
}

// ==== Nodes ====

#define SEQ_INLINE (8)

// Children being gathered: a few on the C stack, more in a GC array.
typedef struct _seq_t {
    kl_ast_t **items;
    size_t n;
    size_t alloc;
    kl_ast_t *inline_items[SEQ_INLINE];
} seq_t;

static NOINLINE void seq_init(seq_t *s) {
    s->items = s->inline_items;
    s->n = 0;
    s->alloc = SEQ_INLINE;
}

static void seq_push(seq_t *s, kl_ast_t *kid) {
    if (s->n == s->alloc) {
        kl_ast_t **items = kl_gc_alloc(2 * s->alloc * sizeof(kl_ast_t *), 0);
        memcpy(items, s->items, s->n * sizeof(kl_ast_t *));
        if (s->items != s->inline_items) {
            kl_gc_free(s->items);
        }
        s->items = items;
        s->alloc *= 2;
    }
    s->items[s->n++] = kid;
}

static kl_ast_t *node(kl_ast_kind_t kind, size_t n, pos_t pos) {
    return kl_ast_new(kind, n, pos.line, pos.col);
}

// A node of [kind] with [n] children at the current token.
static kl_ast_t *node_here(parser_t *p, kl_ast_kind_t kind, size_t n) {
    return kl_ast_new(kind, n, p->tok.line, TOKEN_COL(&p->tok));
}

// The same, stepping over the token.
static NOINLINE kl_ast_t *node_next(parser_t *p, kl_ast_kind_t kind, size_t n) {
    kl_ast_t *node = node_here(p, kind, n);
    advance(p);
    return node;
}

static kl_ast_t *node1(kl_ast_kind_t kind, pos_t pos, kl_ast_t *a) {
    kl_ast_t *n = node(kind, 1, pos);
    n->kid[0] = a;
    return n;
}

static kl_ast_t *node2(kl_ast_kind_t kind, pos_t pos, kl_ast_t *a, kl_ast_t *b) {
    kl_ast_t *n = node(kind, 2, pos);
    n->kid[0] = a;
    n->kid[1] = b;
    return n;
}

static kl_ast_t *node3(kl_ast_kind_t kind, pos_t pos, kl_ast_t *a, kl_ast_t *b, kl_ast_t *c) {
    kl_ast_t *n = node(kind, 3, pos);
    n->kid[0] = a;
    n->kid[1] = b;
    n->kid[2] = c;
    return n;
}

// A node holding the gathered children; [s] is emptied.
static kl_ast_t *seq_node(parser_t *p, seq_t *s, kl_ast_kind_t kind, pos_t pos) {
    if (s->n > MAX_KIDS) {
        if (kind != KL_AST_MODULE && kind != KL_AST_SUITE) {
            error_pos(p, pos, KL_ERROR_TEXT("too many items in one display, call or target"));
        }
        // A block of more statements than a node holds is split into SUITEs, which the compiler
        // runs in order like any nested block. Each goes in place of the first of the items it
        // takes, already copied. They are fewer than MAX_KIDS: more would take 4 billion
        // statements, more than any heap holds.
        size_t k = 0;
        for (size_t i = 0; i < s->n; i += MAX_KIDS) {
            size_t n = s->n - i < MAX_KIDS ? s->n - i : MAX_KIDS;
            kl_ast_t *chunk = node(KL_AST_SUITE, n, pos);
            memcpy(chunk->kid, s->items + i, n * sizeof(kl_ast_t *));
            s->items[k++] = chunk;
        }
        s->n = k;
    }
    kl_ast_t *n = node(kind, s->n, pos);
    memcpy(n->kid, s->items, s->n * sizeof(kl_ast_t *));
    if (s->items != s->inline_items) {
        kl_gc_free(s->items);
    }
    seq_init(s);
    return n;
}

static kl_obj_t name_value(parser_t *p, const kl_lexer_token_t *t) {
    return KL_OBJ_NEW_QSTR(kl_qstr_from_strn(p->lex.src + t->start, t->len));
}

// A NAME node from the current token, which must be a name.
static kl_obj_t expect_name(parser_t *p) {
    if (p->tok.kind != KL_TOKEN_NAME) {
        unexpected(p);
    }
    kl_obj_t v = name_value(p, &p->tok);
    advance(p);
    return v;
}

static kl_ast_t *constant(pos_t pos, kl_obj_t v) {
    kl_ast_t *n = node(KL_AST_CONSTANT, 0, pos);
    n->v = v;
    return n;
}

static kl_ast_t *parse_name(parser_t *p) {
    kl_ast_t *n = node_here(p, KL_AST_NAME, 0);
    n->v = expect_name(p);
    return n;
}

// ==== Numbers ====

// The lexer has checked the syntax and picked the type; this converts.
static NOINLINE kl_ast_t *parse_number(parser_t *p) {
    const char *s = p->lex.src + p->tok.start;
    size_t len = p->tok.len;
    kl_ast_t *n = node_here(p, KL_AST_CONSTANT, 0);
    if (p->tok.number == KL_LEXER_INT) {
        n->v = kl_obj_new_int_from_str(s, len, 0);
    } else {
#if KL_CFG_FLOAT
        // An imaginary literal is its float without the j.
        bool imaginary = p->tok.number == KL_LEXER_IMAGINARY;
        n->v = kl_obj_new_float_from_str(s, len - imaginary);
        if (imaginary) {
            n->v = kl_obj_new_complex(0.0, kl_obj_get_float(n->v));
        }
#else
        error_here(p, KL_ERROR_TEXT("float literals are not supported by this build"));
#endif
    }
    advance(p);
    return n;
}

// ==== Strings ====

// Adjacent literals are concatenated into one value; if any of them is an f-string, the result
// is a JOINEDSTR of CONSTANT pieces and FORMATTEDVALUEs.
typedef struct _strings_t {
    kl_vstr_t buf; // text not yet turned into a CONSTANT piece
    seq_t parts;   // JOINEDSTR pieces
    pos_t pos;     // of the first literal
    bool is_bytes;
    bool is_str;
    bool is_fstring;
} strings_t;

#if KL_CFG_FSTRINGS
// The text of one f-string literal, scanned from [pos] to [end] (its closing quote). [line],
// [col] and [line_start] (the last two with KL_CFG_SYNTAX_ERROR_DETAIL) describe [cur], a cursor
// that only moves forward, so that finding the line of a replacement field costs linear time in
// total.
typedef struct _fstring_t {
    const kl_lexer_token_t *tok;
    size_t pos;
    size_t end;
    size_t body; // the first byte after the opening quote
    bool raw;
    size_t cur;
    uint32_t line;
#if KL_CFG_SYNTAX_ERROR_DETAIL
    uint32_t col; // 1-based column of [cur], in code points
    size_t line_start;
#endif
} fstring_t;
#endif

static int hex_value(int c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static KL_NORETURN void error_after(parser_t *p, const kl_lexer_token_t *t, const char *msg);

static KL_NORETURN void escape_error(parser_t *p, const kl_lexer_token_t *t, bool bytes,
                                     size_t first, size_t last, const char *what) {
    char msg[128];
    if (bytes) {
        kl_lexer_format(msg, sizeof(msg),
                        KL_ERROR_TEXT("(value error) invalid \\x escape at position %u"),
                        (unsigned)first);
    } else {
        kl_lexer_format(msg, sizeof(msg),
                        KL_ERROR_TEXT("(unicode error) 'unicodeescape' codec can't decode bytes "
                                      "in position %u-%u: %s"),
                        (unsigned)first, (unsigned)last, what);
    }
    error_after(p, t, msg);
}

// Append the code point [value] of a str literal's escape, at positions [first, last) from the
// literal's body, to [buf]. Where every str is ASCII (KL_CFG_STR_UNICODE=0) one above 127 is a
// SyntaxError.
static void add_escaped(parser_t *p, kl_vstr_t *buf, uint32_t value, const kl_lexer_token_t *t,
                        size_t first, size_t last) {
    if (!KL_CFG_STR_UNICODE && value >= 0x80) {
        escape_error(p, t, false, first, last,
                     KL_ERROR_TEXT("not ASCII, and str is ASCII only in this build "
                                   "(KL_CFG_STR_UNICODE=0)"));
    }
    kl_vstr_add_char(buf, value);
}

// Append the value of the literal text [from, to) of token [t] to [buf]: escapes decoded unless
// [raw], line breaks as \n. Positions in escape errors count from [body], as CPython's do.
static void decode_text(parser_t *p, kl_vstr_t *buf, size_t from, size_t to, bool raw, bool bytes,
                        const kl_lexer_token_t *t, size_t body) {
    const char *src = p->lex.src;
    size_t i = from;
    while (i < to) {
        unsigned char c = (unsigned char)src[i];
        if (c == '\r') {
            // Source line breaks are \n in the value, whatever the file uses.
            kl_vstr_add_byte(buf, '\n');
            i += i + 1 < to && src[i + 1] == '\n' ? 2 : 1;
            continue;
        }
        if (c >= 0x80) {
            if (bytes || !KL_CFG_STR_UNICODE) {
                error_tok(p, &kl_type_SyntaxError, t,
                          bytes ? KL_ERROR_TEXT("bytes can only contain ASCII literal characters")
                                : KL_ERROR_TEXT("str can only contain ASCII characters in this "
                                                "build (KL_CFG_STR_UNICODE=0)"));
            }
            size_t n;
            uint32_t cp = kl_lexer_utf8_decode(src + i, to - i, &n);
            if (cp == 0xFFFD && n == 1) {
                char msg[100];
                kl_lexer_format(msg, sizeof(msg),
                                KL_ERROR_TEXT("(unicode error) 'utf-8' codec can't decode byte "
                                              "0x%c%c in position %u: invalid start byte"),
                                "0123456789abcdef"[c >> 4], "0123456789abcdef"[c & 15],
                                (unsigned)(i - body));
                error_after(p, t, msg);
            }
            kl_vstr_add_strn(buf, src + i, n);
            i += n;
            continue;
        }
        if (c != '\\' || raw || i + 1 >= to) {
            // A backslash that ends the text is itself (f'\{x}' has one before the field).
            kl_vstr_add_byte(buf, (char)c);
            i++;
            continue;
        }
        size_t esc = i;
        i += 2;
        int e = src[esc + 1];
        uint32_t value;
        int digits;
        unsigned base = 16;
        // The one-character escapes: each letter followed by the byte it stands for.
        static const char simple[] = "\\\\''\"\"a\ab\bf\fn\nr\rt\tv\v";
        const char *at = memchr(simple, e, sizeof(simple) - 1);
        if (at != NULL && (at - simple) % 2 == 0) {
            kl_vstr_add_byte(buf, at[1]);
            continue;
        }
        switch (e) {
            case '\n':
                continue;
            case '\r':
                if (i < to && src[i] == '\n') {
                    i++;
                }
                continue;
            case '0':
            case '1':
            case '2':
            case '3':
            case '4':
            case '5':
            case '6':
            case '7':
                // One to three octal digits, this one the first: read by the loop below.
                base = 8;
                digits = 3;
                i--;
                break;
            case 'N':
                if (!bytes) {
                    // Without the names and error text every \N escape is the same error.
                    if ((!KL_CFG_UNICODE_NAMES && !KL_CFG_ERROR_TEXT) || i >= to || src[i] != '{') {
                        escape_error(p, t, false, esc - body, i - 1 - body,
                                     KL_ERROR_TEXT("malformed \\N character escape"));
                    }
                    size_t close = i;
                    while (close < to && src[close] != '}') {
                        close++;
                    }
                    if (close >= to || close == i + 1) {
                        escape_error(p, t, false, esc - body, (close < to ? close : to - 1) - body,
                                     KL_ERROR_TEXT("malformed \\N character escape"));
                    }
#if KL_CFG_UNICODE_NAMES
                    if (kl_unicode_names_lookup(src + i + 1, close - i - 1, &value)) {
                        add_escaped(p, buf, value, t, esc - body, close - body);
                        i = close + 1;
                        continue;
                    }
#endif
                    escape_error(p, t, false, esc - body, close - body,
                                 KL_ERROR_TEXT("unknown Unicode character name"));
                }
                // fall through - in bytes \N is no escape
            default:
                // \xXX, and in a str \uXXXX and \UXXXXXXXX.
                digits = e == 'x' ? 2 : bytes ? 0 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
                break;
        }
        if (digits == 0) {
            // Not an escape: the backslash stays, and the next character is read as text.
            kl_vstr_add_byte(buf, '\\');
            i = esc + 1;
            continue;
        }
        value = 0;
        int k = 0;
        for (; k < digits && i < to && (unsigned)hex_value(src[i]) < base; k++) {
            value = value * base + (uint32_t)hex_value(src[i++]);
        }
        if (k < digits && base == 16) {
            escape_error(p, t, bytes, esc - body, i - 1 - body,
                         e == 'x'   ? KL_ERROR_TEXT("truncated \\xXX escape")
                         : e == 'u' ? KL_ERROR_TEXT("truncated \\uXXXX escape")
                                    : KL_ERROR_TEXT("truncated \\UXXXXXXXX escape"));
        }
        if (bytes) {
            kl_vstr_add_byte(buf, (char)value);
        } else {
            if (value > 0x10ffff) {
                escape_error(p, t, false, esc - body, i - 1 - body,
                             KL_ERROR_TEXT("illegal Unicode character"));
            }
            add_escaped(p, buf, value, t, esc - body, i - 1 - body);
        }
    }
}

// An error in the text of a literal (the current token, or [t] in a replacement field),
// reported at the token after the literals, as CPython does (it decodes them together).
static KL_NORETURN void error_after(parser_t *p, const kl_lexer_token_t *t, const char *msg) {
    if (KL_CFG_FSTRINGS && p->lex.in_region) {
        size_t at = t->start + t->len, line_start;
        uint32_t line = kl_lexer_line_at(&p->lex, at, &line_start);
#if KL_CFG_SYNTAX_ERROR_DETAIL
        error_at(p, &kl_type_SyntaxError, line, kl_lexer_column(&p->lex, line_start, at), msg);
#else
        error_at(p, &kl_type_SyntaxError, line, 0, msg);
#endif
    }
    while (p->tok.kind == KL_TOKEN_STRING) {
        advance(p);
    }
    error_here(p, msg);
}

#if KL_CFG_FSTRINGS
static KL_NORETURN void fstring_error(parser_t *p, const fstring_t *f, const char *msg) {
    error_after(p, f->tok, msg);
}

// Move the f-string's line cursor to [to].
static void fstring_sync(parser_t *p, fstring_t *f, size_t to) {
    const char *src = p->lex.src;
    for (; f->cur < to; f->cur++) {
        char c = src[f->cur];
        if (c == '\n' || (c == '\r' && src[f->cur + 1] != '\n')) {
            f->line++;
#if KL_CFG_SYNTAX_ERROR_DETAIL
            f->line_start = f->cur + 1;
            f->col = 1;
        } else if ((c & 0xC0) != 0x80) {
            f->col++;
#endif
        }
    }
}
#endif

// A str constant. One made only of name characters is interned, a qstr, as CPython interns
// such constants: "ab" in two functions is one object, and so is sys.intern("ab").
// (Not inlined: one copy serves plain strings and f-string text.)
static NOINLINE kl_obj_t literal_str(const char *data, size_t len) {
    for (size_t i = 0; i < len; i++) {
        char ch = data[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
              ch == '_')) {
            return kl_obj_new_str(data, len);
        }
    }
    return KL_OBJ_NEW_QSTR(kl_qstr_from_strn(data, len));
}

#if KL_CFG_FSTRINGS
static void flush_text(strings_t *s) {
    if (s->buf.len > 0) {
        seq_push(&s->parts, constant(s->pos, literal_str(s->buf.buf, s->buf.len)));
        kl_vstr_init(&s->buf, 16);
    }
}

static kl_ast_t *parse_paren_body(parser_t *p, pos_t pos, int close);
static void fstring_text(parser_t *p, fstring_t *f, int level, strings_t *s);

// The expression of a replacement field, bytes [start, end) of the source: the lexer reads just
// that region, and the parser parses it as if it were in parentheses, as CPython does.
static kl_ast_t *fstring_expr(parser_t *p, fstring_t *f, size_t start, size_t end) {
    // A tuple or generator expression in the field starts at the '{', as CPython has it.
    fstring_sync(p, f, start - 1);
#if KL_CFG_SYNTAX_ERROR_DETAIL
    pos_t pos = {f->line, f->col};
#else
    pos_t pos = {f->line, (uint32_t)(start - 1)};
#endif
    fstring_sync(p, f, start);
    kl_lexer_token_t saved_tok = p->tok, saved_newline = p->newline;
    kl_lexer_region_t save;
#if KL_CFG_SYNTAX_ERROR_DETAIL
    kl_lexer_push_region(&p->lex, &save, start, end, f->line, f->line_start, f->col);
#else
    kl_lexer_push_region(&p->lex, &save, start, end, f->line, 0, 0);
#endif
#if KL_CFG_SYNTAX_ERROR_ORDER
    if (p->regions++ == 0) {
        p->outer_region = save;
    }
#endif
    advance(p);
    kl_ast_t *e = parse_paren_body(p, pos, KL_TOKEN_FIELD_END);
#if KL_CFG_SYNTAX_ERROR_ORDER
    p->regions--;
#endif
    kl_lexer_pop_region(&p->lex, &save);
    p->has_ahead = false;
    p->tok = saved_tok;
    p->newline = saved_newline;
    return e;
}

// One replacement field, at the '{' at f->pos. [level] is 0 in the f-string's text and 1 in a
// format spec.
static kl_ast_t *fstring_field(parser_t *p, fstring_t *f, int level, pos_t pos) {
    const char *src = p->lex.src;
    char msg[96];
    if (level >= 2) {
        fstring_error(p, f, KL_ERROR_TEXT("f-string: expressions nested too deeply"));
    }
    size_t i = f->pos + 1, end = f->end;
    size_t expr_start = i;
    // Find the end of the expression: the first ! : = } outside brackets and strings, as
    // CPython's fstring_find_expr does (!= == <= >= are operators, not ends).
    char quote = 0;
    bool triple = false;
    char stack[KL_CFG_PARSE_DEPTH];
    size_t depth = 0;
    for (; i < end; i++) {
        char ch = src[i];
        if (ch == '\\') {
            fstring_error(p, f,
                          KL_ERROR_TEXT("f-string expression part cannot include a backslash"));
        }
        if (quote != 0) {
            if (ch == quote) {
                if (!triple) {
                    quote = 0;
                } else if (i + 2 < end && src[i + 1] == ch && src[i + 2] == ch) {
                    i += 2;
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            triple = i + 2 < end && src[i + 1] == ch && src[i + 2] == ch;
            if (triple) {
                i += 2;
            }
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= sizeof(stack)) {
                fstring_error(p, f, KL_ERROR_TEXT("f-string: too many nested parenthesis"));
            }
            stack[depth++] = ch;
        } else if (ch == '#') {
            fstring_error(p, f, KL_ERROR_TEXT("f-string expression part cannot include '#'"));
        } else if (depth == 0 &&
                   (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (i + 1 < end && src[i + 1] == '=' && ch != ':' && ch != '}') {
                i++;
                continue;
            }
            if (ch == '>' || ch == '<') {
                continue;
            }
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (depth == 0) {
                kl_lexer_format(msg, sizeof(msg), KL_ERROR_TEXT("f-string: unmatched '%c'"), ch);
                fstring_error(p, f, msg);
            }
            char open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                  (open == '{' && ch == '}'))) {
                kl_lexer_format(msg, sizeof(msg),
                                KL_ERROR_TEXT("f-string: closing parenthesis '%c' does not match "
                                              "opening parenthesis '%c'"),
                                ch, open);
                fstring_error(p, f, msg);
            }
        }
    }
    if (quote != 0) {
        fstring_error(p, f, KL_ERROR_TEXT("f-string: unterminated string"));
    }
    if (depth > 0) {
        kl_lexer_format(msg, sizeof(msg), KL_ERROR_TEXT("f-string: unmatched '%c'"),
                        stack[depth - 1]);
        fstring_error(p, f, msg);
    }
    if (i >= end) {
        fstring_error(p, f, KL_ERROR_TEXT("f-string: expecting '}'"));
    }
    size_t expr_end = i;
    bool blank = true;
    for (size_t k = expr_start; k < expr_end; k++) {
        char c = src[k];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
            blank = false;
        }
    }
    if (blank) {
        if (src[i] == '}') {
            fstring_error(p, f, KL_ERROR_TEXT("f-string: empty expression not allowed"));
        }
        kl_lexer_format(msg, sizeof(msg),
                        KL_ERROR_TEXT("f-string: expression required before '%c'"), src[i]);
        fstring_error(p, f, msg);
    }
    kl_ast_t *value = fstring_expr(p, f, expr_start, expr_end);
    kl_obj_t text = KL_OBJ_NULL;
    if (src[i] == '=') {
        // f'{x = }': the text of the expression, the '=' and the white space after it are
        // printed before the value.
        i++;
        while (i < end && (src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r' ||
                           src[i] == '\f' || src[i] == '\v')) {
            i++;
        }
        if (i >= end) {
            fstring_error(p, f, KL_ERROR_TEXT("f-string: expecting '}'"));
        }
        kl_vstr_t v;
        kl_vstr_init(&v, i - expr_start + 1);
        decode_text(p, &v, expr_start, i, true, false, f->tok, f->body);
        text = kl_obj_new_str(v.buf, v.len);
    }
    int conversion = 0;
    if (src[i] == '!') {
        i++;
        if (i >= end) {
            fstring_error(p, f, KL_ERROR_TEXT("f-string: expecting '}'"));
        }
        conversion = src[i++];
        if (conversion != 's' && conversion != 'r' && conversion != 'a') {
            fstring_error(p, f,
                          KL_ERROR_TEXT("f-string: invalid conversion character: expected 's', "
                                        "'r', or 'a'"));
        }
    }
    kl_ast_t *spec = NULL;
    if (i < end && src[i] == ':') {
        i++;
        if (i >= end) {
            fstring_error(p, f, KL_ERROR_TEXT("f-string: expecting '}'"));
        }
        // CPython places a spec and its pieces at the literal that holds it, not at the first
        // of the concatenated literals.
        strings_t s;
        kl_vstr_init(&s.buf, 16);
        seq_init(&s.parts);
        s.pos.line = f->tok->line;
        s.pos.col = TOKEN_COL(f->tok);
        f->pos = i;
        fstring_text(p, f, level + 1, &s);
        flush_text(&s);
        spec = seq_node(p, &s.parts, KL_AST_JOINEDSTR, s.pos);
        i = f->pos;
    }
    if (i >= end || src[i] != '}') {
        fstring_error(p, f, KL_ERROR_TEXT("f-string: expecting '}'"));
    }
    f->pos = i + 1;
    if (text != KL_OBJ_NULL && spec == NULL && conversion == 0) {
        conversion = 'r';
    }
    kl_ast_t *fv = node2(KL_AST_FORMATTEDVALUE, pos, value, spec);
    fv->op = (uint8_t)conversion;
    fv->v = text;
    return fv;
}

// Text and fields from f->pos up to the closing quote, or (in a format spec, [level] > 0) up to
// the '}' that ends the spec.
static void fstring_text(parser_t *p, fstring_t *f, int level, strings_t *s) {
    const char *src = p->lex.src;
    while (f->pos < f->end) {
        size_t lit = f->pos, i = f->pos;
        while (i < f->end) {
            char ch = src[i++];
            if (!f->raw && ch == '\\' && i < f->end) {
                ch = src[i++];
                if (ch == 'N') {
                    // \N{NAME}: its braces are no field.
                    if (i < f->end && src[i++] == '{') {
                        while (i < f->end && src[i++] != '}') {
                        }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (level == 0 && i < f->end && src[i] == ch) {
                    // A doubled brace is one brace of text.
                    decode_text(p, &s->buf, lit, i, f->raw, false, f->tok, f->body);
                    i++;
                    lit = i;
                    continue;
                }
                if (level == 0 && ch == '}') {
                    fstring_error(p, f, KL_ERROR_TEXT("f-string: single '}' is not allowed"));
                }
                i--;
                break;
            }
        }
        decode_text(p, &s->buf, lit, i, f->raw, false, f->tok, f->body);
        f->pos = i;
        if (i >= f->end || src[i] == '}') {
            return;
        }
        flush_text(s);
        seq_push(&s->parts, fstring_field(p, f, level, s->pos));
    }
}
#endif

// One literal token (the current one) into [s].
static void string_token(parser_t *p, strings_t *s) {
#if KL_CFG_FSTRINGS
    // A copy: parsing a replacement field moves p->tok through the field's tokens.
    kl_lexer_token_t tok = p->tok;
    const kl_lexer_token_t *t = &tok;
#else
    const kl_lexer_token_t *t = &p->tok;
#endif
    const char *src = p->lex.src;
    size_t i = t->start, end = t->start + t->len;
    bool raw = false, bytes = false, fmt = false;
    while (src[i] != '\'' && src[i] != '"') {
        int c = src[i++] | 0x20;
        raw |= c == 'r';
        bytes |= c == 'b';
        fmt |= c == 'f';
    }
    // Two quotes start a triple-quoted literal unless they are the whole of an empty one.
    size_t quote = end - i > 2 && src[i + 1] == src[i] ? 3 : 1;
    size_t body = i + quote, body_end = end - quote;
    if (bytes ? s->is_str : s->is_bytes) {
        // Reported after the last of the literals, as in CPython: where error_after does the
        // same (no f-string fields), by it.
        if (!KL_CFG_FSTRINGS) {
            error_after(p, t, KL_ERROR_TEXT("cannot mix bytes and nonbytes literals"));
        }
        while (p->tok.kind == KL_TOKEN_STRING) {
            advance(p);
        }
        error_here(p, KL_ERROR_TEXT("cannot mix bytes and nonbytes literals"));
    }
    s->is_bytes |= bytes;
    s->is_str |= !bytes;
    if (!fmt) {
        decode_text(p, &s->buf, body, body_end, raw, bytes, t, body);
        return;
    }
#if KL_CFG_FSTRINGS
    s->is_fstring = true;
    fstring_t f;
    f.tok = t;
    f.pos = body;
    f.end = body_end;
    f.body = body;
    f.raw = raw;
    f.cur = t->start;
    f.line = t->line;
#if KL_CFG_SYNTAX_ERROR_DETAIL
    f.col = t->col;
    f.line_start = t->line_start;
#endif
    fstring_text(p, &f, 0, s);
#else
    error_tok(p, &kl_type_SyntaxError, t, KL_ERROR_TEXT("f-strings are left out of this build"));
#endif
}

// Adjacent string literals, from the current token.
static NOINLINE kl_ast_t *parse_strings(parser_t *p) {
    strings_t s;
    kl_vstr_init(&s.buf, 16);
    seq_init(&s.parts);
    s.pos = here(p);
    s.is_bytes = s.is_str = s.is_fstring = false;
    while (p->tok.kind == KL_TOKEN_STRING) {
        // The lexer stands right after this token (nothing was peeked), which f-string fields
        // rely on: they lex their region and come back here.
        string_token(p, &s);
        advance(p);
    }
#if KL_CFG_FSTRINGS
    if (s.is_fstring) {
        flush_text(&s);
        return seq_node(p, &s.parts, KL_AST_JOINEDSTR, s.pos);
    }
#endif
    return constant(s.pos, s.is_bytes ? kl_obj_new_bytes(s.buf.buf, s.buf.len)
                                      : literal_str(s.buf.buf, s.buf.len));
}

// ==== Expressions ====

static kl_ast_t *parse_named(parser_t *p);
static kl_ast_t *parse_factor(parser_t *p);
static kl_ast_t *parse_disjunction(parser_t *p);
static kl_ast_t *parse_yield(parser_t *p);
static kl_ast_t *parse_params(parser_t *p, bool lambda, int close);
static void parse_call_args(parser_t *p, seq_t *args, bool is_call, pos_t open);

typedef enum {
    TARGET_STORE, // assignment, with, augmented forms checked separately
    TARGET_DEL,
    TARGET_FOR, // for loops and comprehensions: `x in y` is the loop's `in`
} target_kind_t;

// The part of [e] that cannot be assigned to (or deleted), or NULL (CPython's
// _PyPegen_get_invalid_target).
static kl_ast_t *invalid_target(kl_ast_t *e, target_kind_t kind) {
    switch (e->kind) {
        case KL_AST_LIST:
        case KL_AST_TUPLE:
            for (size_t i = 0; i < e->n; i++) {
                kl_ast_t *bad = invalid_target(e->kid[i], kind);
                if (bad != NULL) {
                    return bad;
                }
            }
            return NULL;
        case KL_AST_STARRED:
            return kind == TARGET_DEL ? e : invalid_target(e->kid[0], kind);
        case KL_AST_COMPARE:
            if (kind == TARGET_FOR) {
                return e->kid[1]->op == KL_AST_CMP_IN ? invalid_target(e->kid[0], kind) : NULL;
            }
            return e;
        case KL_AST_NAME:
        case KL_AST_SUBSCRIPT:
        case KL_AST_ATTRIBUTE:
            return NULL;
        default:
            return e;
    }
}

static void check_target(parser_t *p, kl_ast_t *e, target_kind_t kind) {
    kl_ast_t *bad = invalid_target(e, kind);
    if (bad != NULL) {
        error_named(p, bad,
                    kind == TARGET_DEL ? KL_ERROR_TEXT("cannot delete %s")
                                       : KL_ERROR_TEXT("cannot assign to %s"));
    }
}

static kl_ast_t *nested(parser_t *p, parse_fn_t parse);

// The token at the current token (consumed) and the operand [parse] reads after it, [nest]ed
// (see nested) or not: a node of [kind] and [op].
static kl_ast_t *prefix(parser_t *p, kl_ast_kind_t kind, int op, parse_fn_t parse, bool nest) {
    kl_ast_t *e = node_next(p, kind, 1);
    e->op = (uint8_t)op;
    e->kid[0] = nest ? nested(p, parse) : parse(p);
    return e;
}

// Is the current token `for`, or `async for`, starting a comprehension clause?
static bool at_comprehension(parser_t *p) {
    return p->tok.kind == KL_TOKEN_KW_FOR ||
           (KL_CFG_ASYNC && p->tok.kind == KL_TOKEN_KW_ASYNC && peek(p) == KL_TOKEN_KW_FOR);
}

// What parse_star_item parses when there is no '*'.
enum { ITEM_BITOR, ITEM_EXPR, ITEM_NAMED };

// '*' bitwise_or, or else a bitwise_or, an expression or a named expression ([what], ITEM_*).
static kl_ast_t *parse_star_item(parser_t *p, int what) {
    if (p->tok.kind == KL_TOKEN_STAR) {
        return prefix(p, KL_AST_STARRED, 0, parse_bitor, false);
    }
    return what == ITEM_NAMED ? parse_named(p) : what == ITEM_EXPR ? parse_expr(p) : parse_bitor(p);
}

// One target of `for`: '*' bitwise_or or a bitwise_or.
static kl_ast_t *parse_for_target(parser_t *p) {
    pos_t pos = here(p);
    bool soft = is_soft_keyword(p, &p->tok);
    kl_ast_t *t = parse_star_item(p, ITEM_BITOR);
    if (t->kind != KL_AST_STARRED) {
        set_elem(p, t, pos, soft);
    }
    return t;
}

// Targets of `for`: star_targets, stopping before `in`.
static kl_ast_t *parse_for_targets(parser_t *p) {
    pos_t start = here(p);
    kl_ast_t *target = parse_for_target(p);
    if (p->tok.kind == KL_TOKEN_COMMA) {
        target = comma_tuple(p, target, start, parse_for_target, KL_TOKEN_KW_IN);
    }
    check_target(p, target, TARGET_FOR);
    return target;
}

// for_if_clauses, appended to [kids].
static void parse_comprehensions(parser_t *p, seq_t *kids) {
    while (at_comprehension(p)) {
        pos_t pos = here(p);
        bool is_async = KL_CFG_ASYNC && accept(p, KL_TOKEN_KW_ASYNC);
        advance(p); // for
        seq_t k;
        seq_init(&k);
        seq_push(&k, parse_for_targets(p));
        expect(p, KL_TOKEN_KW_IN);
        seq_push(&k, parse_disjunction(p));
        while (accept(p, KL_TOKEN_KW_IF)) {
            seq_push(&k, parse_disjunction(p));
        }
        kl_ast_t *c = seq_node(p, &k, KL_AST_COMPREHENSION, pos);
        c->op = is_async;
        seq_push(kids, c);
    }
}

// An element of a display: '*' bitwise_or, or a named expression.
static kl_ast_t *parse_star_named(parser_t *p) {
    return parse_star_item(p, ITEM_NAMED);
}

// A comprehension of [kind] (GENEXP, LISTCOMP, SETCOMP, DICTCOMP) at [pos]: the element [elt]
// (and a dict comprehension's [value]), then the clauses at the current token, up to [close]
// (KL_TOKEN_END: the caller takes what follows).
static NOINLINE kl_ast_t *parse_comp(parser_t *p, kl_ast_kind_t kind, pos_t pos, int close,
                                     kl_ast_t *elt, kl_ast_t *value) {
    if (elt->kind == KL_AST_STARRED) {
        error_node(p, elt, KL_ERROR_TEXT("iterable unpacking cannot be used in comprehension"));
    }
    seq_t kids;
    seq_init(&kids);
    seq_push(&kids, elt);
    if (value != NULL) {
        seq_push(&kids, value);
    }
    parse_comprehensions(p, &kids);
    if (close != KL_TOKEN_END) {
        expect(p, close);
    }
    return seq_node(p, &kids, kind, pos);
}

// A TUPLE at [pos] of [first] and the items that [parse] reads after each ',' from the current
// token: up to [close], or with [close] -1 up to a token that starts no item (a '*' one only
// where [parse] is parse_star_expr).
static NOINLINE kl_ast_t *comma_tuple(parser_t *p, kl_ast_t *first, pos_t pos, parse_fn_t parse,
                                      int close) {
    seq_t items;
    seq_init(&items);
    seq_push(&items, first);
    while (accept(p, KL_TOKEN_COMMA)) {
        int k = p->tok.kind;
        if (close >= 0
                ? k == close
                : !starts_expression(k) && (k != KL_TOKEN_STAR || parse != parse_star_expr)) {
            break;
        }
        seq_push(&items, parse(p));
    }
    return seq_node(p, &items, KL_AST_TUPLE, pos);
}

// What follows '(' up to [close] (')', or the end of an f-string field): yield, a
// parenthesised expression, a tuple or a generator expression. The tuple or generator starts
// at [pos], the '('.
static kl_ast_t *parse_paren_body(parser_t *p, pos_t pos, int close) {
    if (p->tok.kind == close && close == KL_TOKEN_RPAR) {
        advance(p);
        return node(KL_AST_TUPLE, 0, pos);
    }
    kl_ast_t *first;
    if (p->tok.kind == KL_TOKEN_KW_YIELD) {
        first = parse_yield(p);
    } else {
        if (MESSAGE_CHECK && p->tok.kind == KL_TOKEN_DSTAR) {
            error_here(p, KL_ERROR_TEXT("cannot use double starred expression here"));
        }
        first = parse_star_named(p);
        if (at_comprehension(p)) {
            return parse_comp(p, KL_AST_GENEXP, pos, close, first, NULL);
        }
        if (p->tok.kind == KL_TOKEN_COMMA) {
            first = comma_tuple(p, first, pos, parse_star_named, close);
        } else if (first->kind == KL_AST_STARRED) {
            error_node(p, first, KL_ERROR_TEXT("cannot use starred expression here"));
        }
    }
    expect(p, close);
    return first;
}

// [a, b for ...]: a comprehension after several elements.
static void check_not_comprehension(parser_t *p, kl_ast_t *first) {
    if (at_comprehension(p)) {
        error_node(p, first,
                   KL_ERROR_TEXT("did you forget parentheses around the comprehension target?"));
    }
}

// The items of a list or set display after its first, [items]->items[0], up to [close].
static void display_rest(parser_t *p, seq_t *items, int close) {
    while (accept(p, KL_TOKEN_COMMA) && p->tok.kind != close) {
        check_not_comprehension(p, items->items[0]);
        seq_push(items, parse_star_named(p));
        check_not_comprehension(p, items->items[0]);
    }
}

// ':' and the value after a key in a dict display.
static kl_ast_t *parse_dict_value(parser_t *p, kl_ast_t *key) {
    if (p->tok.kind != KL_TOKEN_COLON) {
        if (p->tok.kind == KL_TOKEN_COMMA || p->tok.kind == KL_TOKEN_RBRACE) {
            error_node(p, key, KL_ERROR_TEXT("':' expected after dictionary key"));
        }
        unexpected(p);
    }
    kl_lexer_token_t colon = p->tok;
    advance(p);
    if (p->tok.kind == KL_TOKEN_COMMA || p->tok.kind == KL_TOKEN_RBRACE) {
        error_tok(p, &kl_type_SyntaxError, &colon,
                  KL_ERROR_TEXT("expression expected after dictionary key and ':'"));
    }
    if (MESSAGE_CHECK && p->tok.kind == KL_TOKEN_STAR) {
        error_here(p, KL_ERROR_TEXT("cannot use a starred expression in a dictionary value"));
    }
    return parse_expr(p);
}

// A list, dict or set display, or a comprehension of one, from its '[' or '{'.
static NOINLINE kl_ast_t *parse_display(parser_t *p) {
    pos_t pos = here(p);
    bool list = p->tok.kind == KL_TOKEN_LSQB;
    int close = list ? KL_TOKEN_RSQB : KL_TOKEN_RBRACE;
    advance(p);
    seq_t items;
    seq_init(&items);
    if (accept(p, close)) {
        return node(list ? KL_AST_LIST : KL_AST_DICT, 0, pos);
    }
    bool is_dict;
#if KL_CFG_DISPLAY_UNPACK
    pos_t first_pos = here(p);
    if (!list && accept(p, KL_TOKEN_DSTAR)) {
        seq_push(&items, NULL);
        seq_push(&items, parse_bitor(p));
        if (at_comprehension(p)) {
            error_pos(p, first_pos,
                      KL_ERROR_TEXT("dict unpacking cannot be used in dict comprehension"));
        }
        is_dict = true;
    } else
#endif
    {
        kl_ast_t *first = parse_star_named(p);
        is_dict = !list && first->kind != KL_AST_STARRED && p->tok.kind == KL_TOKEN_COLON;
#if !KL_CFG_SET
        if (!list && !is_dict) {
            error_pos(p, pos, KL_ERROR_TEXT("sets are not supported by this build"));
        }
#endif
        kl_ast_t *value = is_dict ? parse_dict_value(p, first) : NULL;
        if (at_comprehension(p)) {
            return parse_comp(p,
                              is_dict ? KL_AST_DICTCOMP
                              : list  ? KL_AST_LISTCOMP
                                      : KL_AST_SETCOMP,
                              pos, close, first, value);
        }
        seq_push(&items, first);
        if (is_dict) {
            seq_push(&items, value);
        }
    }
    if (!is_dict) {
        display_rest(p, &items, close);
    }
    while (is_dict && accept(p, KL_TOKEN_COMMA) && p->tok.kind != KL_TOKEN_RBRACE) {
#if KL_CFG_DISPLAY_UNPACK
        if (accept(p, KL_TOKEN_DSTAR)) {
            seq_push(&items, NULL);
            seq_push(&items, parse_bitor(p));
        } else
#endif
        {
            kl_ast_t *key = parse_expr(p);
            if (p->tok.kind != KL_TOKEN_COLON) {
                error_node(p, key, KL_ERROR_TEXT("':' expected after dictionary key"));
            }
            seq_push(&items, key);
            seq_push(&items, parse_dict_value(p, key));
        }
    }
    expect(p, close);
    return seq_node(p, &items, is_dict ? KL_AST_DICT : list ? KL_AST_LIST : KL_AST_SET, pos);
}

static kl_ast_t *parse_atom(parser_t *p) {
    pos_t pos = here(p);
    // A ladder of compares, not a switch: the kinds are too far apart for a small jump table.
    int k = p->tok.kind;
    if (k == KL_TOKEN_NAME) {
        return parse_name(p);
    }
    if (k == KL_TOKEN_NUMBER) {
        return parse_number(p);
    }
    if (k == KL_TOKEN_STRING) {
        return parse_strings(p);
    }
    if (k == KL_TOKEN_LPAR) {
        kl_stack_check();
        advance(p);
        return parse_paren_body(p, pos, KL_TOKEN_RPAR);
    }
    if (k == KL_TOKEN_LSQB || k == KL_TOKEN_LBRACE) {
        kl_stack_check();
        return parse_display(p);
    }
    // The three keywords are consecutive token kinds.
    if ((unsigned)(k - KL_TOKEN_KW_FALSE) < 3 || k == KL_TOKEN_ELLIPSIS) {
        static const uint8_t imm[] = {KL_IMM_FALSE, KL_IMM_NONE, KL_IMM_TRUE};
        advance(p);
        return constant(pos, k == KL_TOKEN_ELLIPSIS ? kl_const_ellipsis
                                                    : KL_OBJ_NEW_IMM(imm[k - KL_TOKEN_KW_FALSE]));
    }
    unexpected(p);
}

// One item of a subscript: a slice, a starred expression (KL_CFG_DISPLAY_UNPACK) or a named
// expression.
static kl_ast_t *parse_slice(parser_t *p) {
#if KL_CFG_DISPLAY_UNPACK
    if (p->tok.kind == KL_TOKEN_STAR) {
        return prefix(p, KL_AST_STARRED, 0, parse_expr, false);
    }
#endif
    pos_t pos = here(p);
    kl_ast_t *lower = NULL;
    if (p->tok.kind != KL_TOKEN_COLON) {
        lower = parse_named(p);
        if (p->tok.kind != KL_TOKEN_COLON) {
            return lower;
        }
    }
#if !KL_CFG_SLICE
    error_pos(p, pos, KL_ERROR_TEXT("slices are not supported by this build"));
#else
    advance(p); // ':'
    kl_ast_t *upper = NULL, *step = NULL;
    int k = p->tok.kind;
    if (k != KL_TOKEN_COLON && k != KL_TOKEN_COMMA && k != KL_TOKEN_RSQB) {
        upper = parse_expr(p);
    }
    if (accept(p, KL_TOKEN_COLON)) {
        k = p->tok.kind;
        if (k != KL_TOKEN_COMMA && k != KL_TOKEN_RSQB) {
            step = parse_expr(p);
        }
    }
    return node3(KL_AST_SLICE, pos, lower, upper, step);
#endif
}

static NOINLINE kl_ast_t *parse_subscript(parser_t *p, kl_ast_t *obj, pos_t start) {
    kl_stack_check();
    advance(p); // '['
    pos_t pos = here(p);
    kl_ast_t *index = parse_slice(p);
    if (p->tok.kind == KL_TOKEN_COMMA || (KL_CFG_DISPLAY_UNPACK && index->kind == KL_AST_STARRED)) {
        // a[*b] indexes with the tuple (*b,).
        index = comma_tuple(p, index, pos, parse_slice, KL_TOKEN_RSQB);
    }
    expect(p, KL_TOKEN_RSQB);
    return node2(KL_AST_SUBSCRIPT, start, obj, index);
}

// The arguments from the '(' at the current token: a CALL at [start] of [callee] and them, or
// without a [callee] (class bases) an ARGLIST at the '(', NULL if there are none.
static NOINLINE kl_ast_t *parse_call(parser_t *p, kl_ast_t *callee, pos_t start) {
    kl_stack_check();
    pos_t open = here(p);
    advance(p);
    seq_t args;
    seq_init(&args);
    if (callee != NULL) {
        seq_push(&args, callee);
    }
    parse_call_args(p, &args, callee != NULL, open);
    if (args.n == 0) {
        return NULL;
    }
    return seq_node(p, &args, callee != NULL ? KL_AST_CALL : KL_AST_ARGLIST,
                    callee != NULL ? start : open);
}

// An atom and its trailers: .name, (args), [index].
static kl_ast_t *parse_primary(parser_t *p) {
    pos_t start = here(p);
    kl_ast_t *e = parse_atom(p);
    for (;;) {
        if (accept(p, KL_TOKEN_DOT)) {
            e = node1(KL_AST_ATTRIBUTE, start, e);
            e->v = expect_name(p);
        } else if (p->tok.kind == KL_TOKEN_LPAR) {
            e = parse_call(p, e, start);
        } else if (p->tok.kind == KL_TOKEN_LSQB) {
            e = parse_subscript(p, e, start);
        } else {
            return e;
        }
    }
}

// [parse] one level further down the recursion that enter() counts.
static NOINLINE kl_ast_t *nested(parser_t *p, parse_fn_t parse) {
    enter(p);
    kl_ast_t *e = parse(p);
    leave(p);
    return e;
}

// The prefix operator at the current token and its [parse]d operand, one level further down
// the recursion that enter() counts: a node of [kind] and [op].
static kl_ast_t *prefix_op(parser_t *p, kl_ast_kind_t kind, int op, parse_fn_t parse) {
    return prefix(p, kind, op, parse, true);
}

// power: ['await'] primary ['**' factor]. ** binds tighter than a unary operator on its left
// (-2**2 is -4) and looser than one on its right (2**-1), and groups to the right.
static kl_ast_t *parse_power(parser_t *p) {
    pos_t start = here(p);
    kl_ast_t *e = KL_CFG_ASYNC && p->tok.kind == KL_TOKEN_KW_AWAIT
                      ? prefix_op(p, KL_AST_AWAIT, 0, parse_primary)
                      : parse_primary(p);
    if (accept(p, KL_TOKEN_DSTAR)) {
        e = node2(KL_AST_BINOP, start, e, nested(p, parse_factor));
        e->op = KL_BINARY_OP_POW;
    }
    return e;
}

static kl_ast_t *parse_factor(parser_t *p) {
    int op;
    switch (p->tok.kind) {
        case KL_TOKEN_MINUS:
            op = KL_AST_UNARY_NEG;
            break;
        case KL_TOKEN_PLUS:
            op = KL_AST_UNARY_POS;
            break;
        case KL_TOKEN_TILDE:
            op = KL_AST_UNARY_INVERT;
            break;
        default:
            return parse_power(p);
    }
    return prefix_op(p, KL_AST_UNARYOP, op, parse_factor);
}

// Binding strength of a binary operator token from | (1) to * / // % @ (6); 0 for others.
static int binary_precedence(int kind) {
    switch (kind) {
        case KL_TOKEN_VBAR:
            return 1;
        case KL_TOKEN_CARET:
            return 2;
        case KL_TOKEN_AMP:
            return 3;
        case KL_TOKEN_LSHIFT:
        case KL_TOKEN_RSHIFT:
            return 4;
        case KL_TOKEN_PLUS:
        case KL_TOKEN_MINUS:
            return 5;
        case KL_TOKEN_STAR:
        case KL_TOKEN_SLASH:
        case KL_TOKEN_DSLASH:
        case KL_TOKEN_PERCENT:
        case KL_TOKEN_AT:
            return 6;
        default:
            return 0;
    }
}

// Operators of precedence [min] and up, grouped to the left (precedence climbing: the C
// recursion is bounded by the number of levels, not by the length of the expression).
static kl_ast_t *parse_binary(parser_t *p, int min) {
    pos_t start = here(p);
    kl_ast_t *left = parse_factor(p);
    for (;;) {
        int kind = p->tok.kind;
        int prec = binary_precedence(kind);
        if (prec == 0 || prec < min) {
            return left;
        }
        advance(p);
        kl_ast_t *right = parse_binary(p, prec + 1);
        left = node2(KL_AST_BINOP, start, left, right);
        left->op = (uint8_t)BINARY_OP(kind);
    }
}

static kl_ast_t *parse_bitor(parser_t *p) {
    return parse_binary(p, 1);
}

// The comparison operator at the current token (consumed), or -1. The tokens from < to >= are
// in the order of the CMP ops.
static int comparison_op(parser_t *p) {
    int k = p->tok.kind;
    int op;
    if (k >= KL_TOKEN_LT && k <= KL_TOKEN_GE) {
        op = KL_AST_CMP_LT + (k - KL_TOKEN_LT);
    } else if (k == KL_TOKEN_KW_IN) {
        op = KL_AST_CMP_IN;
    } else if (k == KL_TOKEN_KW_NOT) {
        if (peek(p) != KL_TOKEN_KW_IN) {
            return -1;
        }
        advance(p);
        op = KL_AST_CMP_NOT_IN;
    } else if (k == KL_TOKEN_KW_IS) {
        advance(p);
        return accept(p, KL_TOKEN_KW_NOT) ? KL_AST_CMP_IS_NOT : KL_AST_CMP_IS;
    } else {
        return -1;
    }
    advance(p);
    return op;
}

// The rest of a comparison chain after [left] and its first operator [op] at [pos].
static NOINLINE kl_ast_t *comparison_chain(parser_t *p, kl_ast_t *left, int op, pos_t pos,
                                           pos_t start) {
    seq_t kids;
    seq_init(&kids);
    seq_push(&kids, left);
    do {
        kl_ast_t *cmp = node1(KL_AST_CMP, pos, parse_bitor(p));
        cmp->op = (uint8_t)op;
        seq_push(&kids, cmp);
        pos = here(p);
    } while ((op = comparison_op(p)) >= 0);
    return seq_node(p, &kids, KL_AST_COMPARE, start);
}

static kl_ast_t *parse_comparison(parser_t *p) {
    pos_t start = here(p);
    kl_ast_t *left = parse_bitor(p);
    pos_t pos = here(p);
    int op = comparison_op(p);
    if (op < 0) {
        return left;
    }
    return comparison_chain(p, left, op, pos, start);
}

static kl_ast_t *parse_inversion(parser_t *p) {
    if (p->tok.kind != KL_TOKEN_KW_NOT) {
        return parse_comparison(p);
    }
    return prefix_op(p, KL_AST_UNARYOP, KL_AST_UNARY_NOT, parse_inversion);
}

static kl_ast_t *parse_boolop(parser_t *p, bool is_or);

// The rest of an `and` (or `or`) chain after [first]: one n-ary BOOLOP, as in CPython.
static NOINLINE kl_ast_t *boolop_chain(parser_t *p, kl_ast_t *first, bool is_or, pos_t start) {
    int kw = is_or ? KL_TOKEN_KW_OR : KL_TOKEN_KW_AND;
    seq_t kids;
    seq_init(&kids);
    seq_push(&kids, first);
    while (accept(p, kw)) {
        if (kids.n == MAX_KIDS) {
            // Longer chains nest; `a or b or c` and `(a or b) or c` mean the same.
            kl_ast_t *chunk = seq_node(p, &kids, KL_AST_BOOLOP, start);
            chunk->op = is_or ? KL_AST_BOOL_OR : KL_AST_BOOL_AND;
            seq_push(&kids, chunk);
        }
        seq_push(&kids, is_or ? parse_boolop(p, false) : parse_inversion(p));
    }
    kl_ast_t *e = seq_node(p, &kids, KL_AST_BOOLOP, start);
    e->op = is_or ? KL_AST_BOOL_OR : KL_AST_BOOL_AND;
    return e;
}

static kl_ast_t *parse_boolop(parser_t *p, bool is_or) {
    pos_t start = here(p);
    kl_ast_t *first = is_or ? parse_boolop(p, false) : parse_inversion(p);
    if (p->tok.kind != (is_or ? KL_TOKEN_KW_OR : KL_TOKEN_KW_AND)) {
        return first;
    }
    return boolop_chain(p, first, is_or, start);
}

static kl_ast_t *parse_disjunction(parser_t *p) {
    return parse_boolop(p, true);
}

static kl_ast_t *parse_lambda(parser_t *p) {
    kl_ast_t *n = node_next(p, KL_AST_LAMBDA, 2);
    enter(p);
    n->kid[0] = parse_params(p, true, KL_TOKEN_COLON);
    expect(p, KL_TOKEN_COLON);
    n->kid[1] = parse_expr(p);
    leave(p);
    return n;
}

// expression: a conditional expression, a lambda, or a disjunction.
static kl_ast_t *parse_expr(parser_t *p) {
    if (p->tok.kind == KL_TOKEN_KW_LAMBDA) {
        return parse_lambda(p);
    }
    pos_t start = here(p);
    bool soft = is_soft_keyword(p, &p->tok);
    kl_ast_t *e = parse_disjunction(p);
    if (p->tok.kind != KL_TOKEN_KW_IF) {
        set_elem(p, e, start, soft);
        return e;
    }
    advance(p);
#if KL_CFG_SYNTAX_HINTS
    bool was_active = p->if_active;
    pos_t was_start = p->if_start;
    p->if_active = starts_expression(p->tok.kind) && p->tok.kind != KL_TOKEN_KW_LAMBDA;
    p->if_start = start;
    kl_ast_t *test = parse_disjunction(p);
    p->if_active = was_active;
    p->if_start = was_start;
#else
    kl_ast_t *test = parse_disjunction(p);
#endif
    if (p->tok.kind != KL_TOKEN_KW_ELSE) {
        if (KL_CFG_SYNTAX_HINTS && p->tok.kind != KL_TOKEN_COLON) {
            error_pos(p, start, KL_ERROR_TEXT("expected 'else' after 'if' expression"));
        }
        unexpected(p);
    }
    advance(p);
    kl_ast_t *orelse = nested(p, parse_expr);
    return node3(KL_AST_IFEXP, start, test, e, orelse);
}

// named_expression: NAME ':=' expression, or an expression.
static kl_ast_t *parse_named(parser_t *p) {
#if KL_CFG_WALRUS
    if (p->tok.kind == KL_TOKEN_NAME && peek(p) == KL_TOKEN_WALRUS) {
        kl_ast_t *target = parse_name(p);
        advance(p);
        return node2(KL_AST_NAMEDEXPR, (pos_t){target->line, target->col}, target, parse_expr(p));
    }
#endif
    kl_ast_t *e = parse_expr(p);
#if KL_CFG_SYNTAX_HINTS
    p->elem_named = p->elem == e; // (set_elem keeps no [elem] without hints)
#endif
    if (p->tok.kind == KL_TOKEN_WALRUS && starts_expression(peek(p))) {
        error_named(p, e, KL_ERROR_TEXT("cannot use assignment expressions with %s"));
    }
    return e;
}

// A star_expression: '*' bitwise_or, or an expression.
static kl_ast_t *parse_star_expr(parser_t *p) {
    return parse_star_item(p, ITEM_EXPR);
}

// star_expressions: a tuple if there is a comma. [made_tuple] (may be NULL) says whether it
// made one (a tuple without parentheses).
static kl_ast_t *parse_star_expressions(parser_t *p, bool *made_tuple) {
    pos_t start = here(p);
    kl_ast_t *first = parse_star_expr(p);
    if (made_tuple != NULL) {
        *made_tuple = false;
    }
    if (p->tok.kind != KL_TOKEN_COMMA) {
        return first;
    }
    if (made_tuple != NULL) {
        *made_tuple = true;
    }
    return comma_tuple(p, first, start, parse_star_expr, -1);
}

static kl_ast_t *parse_yield(parser_t *p) {
    kl_ast_t *n = node_next(p, KL_AST_YIELD, 1);
    if (accept(p, KL_TOKEN_KW_FROM)) {
        n->kind = KL_AST_YIELDFROM;
        n->kid[0] = parse_expr(p);
    } else if (starts_expression(p->tok.kind) || p->tok.kind == KL_TOKEN_STAR) {
        n->kid[0] = parse_star_expressions(p, NULL);
    }
    return n;
}

// f(x for x in y): a generator expression as the only argument, starting at the '(' [open].
static NOINLINE kl_ast_t *parse_arg_genexp(parser_t *p, kl_ast_t *elt, bool alone, pos_t open) {
    kl_ast_t *g = parse_comp(p, KL_AST_GENEXP, open, KL_TOKEN_END, elt, NULL);
    if (!alone || p->tok.kind != KL_TOKEN_RPAR) {
        error_node(p, elt, KL_ERROR_TEXT("Generator expression must be parenthesized"));
    }
    return g;
}

// Arguments of a call (or class bases, [is_call] false) after the '(' at [open], up to and
// including the ')'.
static void parse_call_args(parser_t *p, seq_t *args, bool is_call, pos_t open) {
    bool saw_keyword = false, saw_dstar = false;
    size_t first = args->n;
    while (p->tok.kind != KL_TOKEN_RPAR) {
        pos_t pos = here(p);
        kl_ast_t *a;
        int k = p->tok.kind;
        if (k == KL_TOKEN_STAR || k == KL_TOKEN_DSTAR ||
            (k == KL_TOKEN_NAME && peek(p) == KL_TOKEN_ASSIGN)) {
            // *args, **kwargs, name=value
            kl_obj_t name = k == KL_TOKEN_NAME ? name_value(p, &p->tok) : KL_OBJ_NULL;
            advance(p);
            if (k == KL_TOKEN_NAME) {
                advance(p); // '='
            } else if (k == KL_TOKEN_STAR && saw_dstar) {
                error_pos(p, pos,
                          KL_ERROR_TEXT("iterable argument unpacking follows keyword argument "
                                        "unpacking"));
            }
            a = node1(k == KL_TOKEN_STAR ? KL_AST_STARRED : KL_AST_KEYWORD, pos, parse_expr(p));
            a->v = name;
            if (k == KL_TOKEN_NAME && at_comprehension(p)) {
                error_pos(p, pos,
                          KL_ERROR_TEXT("invalid syntax. Maybe you meant '==' or ':=' instead of "
                                        "'='?"));
            }
            saw_keyword |= k != KL_TOKEN_STAR;
            saw_dstar |= k == KL_TOKEN_DSTAR;
        } else {
            // (Without error text the error below is the same one, at the same place.)
            if (KL_CFG_ERROR_TEXT &&
                (p->tok.kind == KL_TOKEN_KW_TRUE || p->tok.kind == KL_TOKEN_KW_FALSE ||
                 p->tok.kind == KL_TOKEN_KW_NONE) &&
                peek(p) == KL_TOKEN_ASSIGN) {
                kl_ast_t *c = parse_atom(p);
                error_named(p, c, KL_ERROR_TEXT("cannot assign to %s"));
            }
            a = parse_named(p);
            if (at_comprehension(p)) {
                if (!is_call) {
                    unexpected(p);
                }
                a = parse_arg_genexp(p, a, args->n == first, open);
            } else if (p->tok.kind == KL_TOKEN_ASSIGN &&
                       (a->kind != KL_AST_NAMEDEXPR || a->line != pos.line || a->col != pos.col)) {
                error_node(p, a,
                           KL_ERROR_TEXT("expression cannot contain assignment, perhaps you meant "
                                         "\"==\"?"));
            }
            // (**kwargs counts as a keyword argument too.)
            if (saw_keyword) {
                if (p->tok.kind != KL_TOKEN_COMMA && p->tok.kind != KL_TOKEN_RPAR) {
                    unexpected(p);
                }
                error_here(p, saw_dstar ? KL_ERROR_TEXT("positional argument follows keyword "
                                                        "argument unpacking")
                                        : KL_ERROR_TEXT("positional argument follows keyword "
                                                        "argument"));
            }
        }
        seq_push(args, a);
        if (p->tok.kind != KL_TOKEN_RPAR) {
            expect(p, KL_TOKEN_COMMA);
        }
    }
    advance(p);
}

// ==== Parameters ====

// A parameter's name and, in a def (not a [lambda]), its annotation, as an ARG of kind [op].
// *args and **kwargs take no default value.
static kl_ast_t *parse_param(parser_t *p, int op, bool lambda) {
    kl_ast_t *a = node_here(p, KL_AST_ARG, 2);
    a->v = expect_name(p);
    a->op = (uint8_t)op;
    if (!lambda && accept(p, KL_TOKEN_COLON)) {
        // PEP 646: def f(*args: *Ts)
        a->kid[1] = op == KL_AST_ARG_VARARGS ? parse_star_expr(p) : parse_expr(p);
    }
    if (MESSAGE_CHECK && (op == KL_AST_ARG_VARARGS || op == KL_AST_ARG_VARKW) &&
        p->tok.kind == KL_TOKEN_ASSIGN) {
        error_here(p, op == KL_AST_ARG_VARARGS
                          ? KL_ERROR_TEXT("var-positional argument cannot have default value")
                          : KL_ERROR_TEXT("var-keyword argument cannot have default value"));
    }
    return a;
}

// Parameters of a def (up to [close], ')') or a lambda (up to ':'), as an ARGUMENTS node.
static kl_ast_t *parse_params(parser_t *p, bool lambda, int close) {
    pos_t start = here(p);
    seq_t args;
    seq_init(&args);
    bool saw_slash = false, saw_star = false, saw_default = false;
    while (p->tok.kind != close) {
        pos_t pos = here(p);
        // Without KL_CFG_POSONLY_PARAMS a '/' is read as a parameter's name: a SyntaxError.
        if (KL_CFG_POSONLY_PARAMS && p->tok.kind == KL_TOKEN_SLASH) {
            if (saw_slash) {
                error_here(p, KL_ERROR_TEXT("/ may appear only once"));
            }
            if (saw_star) {
                error_here(p, KL_ERROR_TEXT("/ must be ahead of *"));
            }
            if (args.n == 0) {
                if (peek(p) != KL_TOKEN_COMMA) {
                    unexpected(p);
                }
                error_here(p, KL_ERROR_TEXT("at least one argument must precede /"));
            }
            advance(p);
            saw_slash = true;
            for (size_t i = 0; i < args.n; i++) {
                args.items[i]->op = KL_AST_ARG_POSONLY;
            }
        } else if (p->tok.kind == KL_TOKEN_STAR) {
            if (saw_star) {
                error_here(p, KL_ERROR_TEXT("* argument may appear only once"));
            }
            advance(p);
            saw_star = true;
            if (p->tok.kind == KL_TOKEN_NAME) {
                seq_push(&args, parse_param(p, KL_AST_ARG_VARARGS, lambda));
            } else if (p->tok.kind == close ||
                       (p->tok.kind == KL_TOKEN_COMMA &&
                        (peek(p) == close || p->ahead.kind == KL_TOKEN_DSTAR))) {
                // CPython points at the '*' of a def, and past it in a lambda.
                if (lambda) {
                    error_tok(p, &kl_type_SyntaxError, p->has_ahead ? &p->ahead : &p->tok,
                              KL_ERROR_TEXT("named arguments must follow bare *"));
                }
                error_pos(p, pos, KL_ERROR_TEXT("named arguments must follow bare *"));
            }
        } else if (p->tok.kind == KL_TOKEN_DSTAR) {
            advance(p);
            seq_push(&args, parse_param(p, KL_AST_ARG_VARKW, lambda));
            accept(p, KL_TOKEN_COMMA);
            if (p->tok.kind != close) {
                error_here(p, KL_ERROR_TEXT("arguments cannot follow var-keyword argument"));
            }
            break;
        } else {
            kl_ast_t *a = parse_param(p, saw_star ? KL_AST_ARG_KWONLY : KL_AST_ARG_NORMAL, lambda);
            if (accept(p, KL_TOKEN_ASSIGN)) {
                a->kid[0] = parse_expr(p);
                saw_default |= !saw_star;
            } else if (saw_default && !saw_star) {
                if (p->tok.kind != KL_TOKEN_COMMA && p->tok.kind != close) {
                    unexpected(p);
                }
                error_pos(p, pos, KL_ERROR_TEXT("non-default argument follows default argument"));
            }
            seq_push(&args, a);
        }
        if (p->tok.kind != close) {
            expect(p, KL_TOKEN_COMMA);
        }
    }
    return seq_node(p, &args, KL_AST_ARGUMENTS, start);
}

#if KL_CFG_MATCH
// ==== Patterns (match statement) ====

static kl_ast_t *parse_pattern(parser_t *p);

static bool is_imaginary(const parser_t *p) {
    return p->tok.number == KL_LEXER_IMAGINARY;
}

// A signed number or a complex literal (real + imagj) in a pattern.
static kl_ast_t *parse_signed_number(parser_t *p) {
    pos_t start = here(p);
    bool neg = accept(p, KL_TOKEN_MINUS);
    if (p->tok.kind != KL_TOKEN_NUMBER) {
        unexpected(p);
    }
    bool imag = is_imaginary(p);
    kl_ast_t *e = parse_number(p);
    if (neg) {
        e = node1(KL_AST_UNARYOP, start, e);
        e->op = KL_AST_UNARY_NEG;
    }
    if (p->tok.kind != KL_TOKEN_PLUS && p->tok.kind != KL_TOKEN_MINUS) {
        return e;
    }
    if (imag) {
        error_node(p, neg ? e->kid[0] : e,
                   KL_ERROR_TEXT("real number required in complex literal"));
    }
    int op = BINARY_OP(p->tok.kind);
    advance(p);
    if (p->tok.kind != KL_TOKEN_NUMBER) {
        unexpected(p);
    }
    if (!is_imaginary(p)) {
        error_here(p, KL_ERROR_TEXT("imaginary number required in complex literal"));
    }
    e = node2(KL_AST_BINOP, start, e, parse_number(p));
    e->op = (uint8_t)op;
    return e;
}

// Strings in a pattern: no f-strings.
static kl_ast_t *parse_pattern_strings(parser_t *p) {
    kl_ast_t *e = parse_strings(p);
    if (e->kind == KL_AST_JOINEDSTR) {
        error_node(p, e, KL_ERROR_TEXT("patterns may only match literals and attribute lookups"));
    }
    return e;
}

// NAME ('.' NAME)*
static kl_ast_t *parse_dotted_name(parser_t *p) {
    pos_t start = here(p);
    kl_ast_t *e = parse_name(p);
    while (accept(p, KL_TOKEN_DOT)) {
        e = node1(KL_AST_ATTRIBUTE, start, e);
        e->v = expect_name(p);
    }
    return e;
}

// A capture target after `as`, `*` or `**`: a name other than _.
static kl_obj_t parse_capture_target(parser_t *p) {
    if (tok_is_word(p, &p->tok, "_")) {
        error_here(p, KL_ERROR_TEXT("cannot use '_' as a target"));
    }
    if (p->tok.kind != KL_TOKEN_NAME) {
        error_here(p, KL_ERROR_TEXT("invalid pattern target"));
    }
    return expect_name(p);
}

// A pattern that may be a star pattern (in sequences).
static kl_ast_t *parse_maybe_star_pattern(parser_t *p) {
    pos_t pos = here(p);
    if (!accept(p, KL_TOKEN_STAR)) {
        return parse_pattern(p);
    }
    kl_ast_t *s = node(KL_AST_PAT_STAR, 0, pos);
    if (tok_is_word(p, &p->tok, "_")) {
        advance(p);
    } else {
        s->v = expect_name(p);
    }
    return s;
}

static kl_ast_t *parse_class_pattern(parser_t *p, kl_ast_t *cls, pos_t start) {
    kl_stack_check();
    advance(p); // '('
    seq_t kids;
    seq_init(&kids);
    seq_push(&kids, cls);
    bool saw_keyword = false;
    while (p->tok.kind != KL_TOKEN_RPAR) {
        pos_t pos = here(p);
        if (p->tok.kind == KL_TOKEN_NAME && peek(p) == KL_TOKEN_ASSIGN) {
            kl_ast_t *k = node(KL_AST_PAT_KEYWORD, 1, pos);
            k->v = expect_name(p);
            advance(p);
            k->kid[0] = parse_pattern(p);
            seq_push(&kids, k);
            saw_keyword = true;
        } else {
            kl_ast_t *pat = parse_pattern(p);
            if (saw_keyword) {
                error_node(p, pat, KL_ERROR_TEXT("positional patterns follow keyword patterns"));
            }
            seq_push(&kids, pat);
        }
        if (p->tok.kind != KL_TOKEN_RPAR) {
            expect(p, KL_TOKEN_COMMA);
        }
    }
    advance(p);
    return seq_node(p, &kids, KL_AST_PAT_CLASS, start);
}

static kl_ast_t *parse_mapping_pattern(parser_t *p) {
    kl_stack_check();
    pos_t start = here(p);
    advance(p); // '{'
    seq_t kids;
    seq_init(&kids);
    kl_obj_t rest = KL_OBJ_NULL;
    while (p->tok.kind != KL_TOKEN_RBRACE) {
        if (accept(p, KL_TOKEN_DSTAR)) {
            if (tok_is_word(p, &p->tok, "_")) {
                unexpected(p);
            }
            rest = parse_capture_target(p);
            accept(p, KL_TOKEN_COMMA);
            if (p->tok.kind != KL_TOKEN_RBRACE) {
                unexpected(p);
            }
            break;
        }
        kl_ast_t *key;
        pos_t pos = here(p);
        switch (p->tok.kind) {
            case KL_TOKEN_NUMBER:
            case KL_TOKEN_MINUS:
                key = parse_signed_number(p);
                break;
            case KL_TOKEN_STRING:
                key = parse_pattern_strings(p);
                break;
            case KL_TOKEN_KW_NONE:
            case KL_TOKEN_KW_TRUE:
            case KL_TOKEN_KW_FALSE:
                key = constant(pos, p->tok.kind == KL_TOKEN_KW_NONE   ? kl_const_none
                                    : p->tok.kind == KL_TOKEN_KW_TRUE ? kl_const_true
                                                                      : kl_const_false);
                advance(p);
                break;
            case KL_TOKEN_NAME:
                key = parse_dotted_name(p);
                if (key->kind == KL_AST_NAME) {
                    unexpected(p);
                }
                break;
            default:
                unexpected(p);
        }
        expect(p, KL_TOKEN_COLON);
        seq_push(&kids, key);
        seq_push(&kids, parse_pattern(p));
        if (p->tok.kind != KL_TOKEN_RBRACE) {
            expect(p, KL_TOKEN_COMMA);
        }
    }
    advance(p);
    kl_ast_t *m = seq_node(p, &kids, KL_AST_PAT_MAPPING, start);
    m->v = rest;
    return m;
}

static kl_ast_t *parse_closed_pattern(parser_t *p) {
    pos_t pos = here(p);
    kl_ast_t *e;
    switch (p->tok.kind) {
        case KL_TOKEN_NUMBER:
        case KL_TOKEN_MINUS:
            return node1(KL_AST_PAT_VALUE, pos, parse_signed_number(p));
        case KL_TOKEN_STRING:
            return node1(KL_AST_PAT_VALUE, pos, parse_pattern_strings(p));
        case KL_TOKEN_KW_NONE:
        case KL_TOKEN_KW_TRUE:
        case KL_TOKEN_KW_FALSE:
            e = node(KL_AST_PAT_SINGLETON, 0, pos);
            e->v = p->tok.kind == KL_TOKEN_KW_NONE   ? kl_const_none
                   : p->tok.kind == KL_TOKEN_KW_TRUE ? kl_const_true
                                                     : kl_const_false;
            advance(p);
            return e;
        case KL_TOKEN_NAME:
            if (tok_is_word(p, &p->tok, "_")) {
                // Always the wildcard: `_.x` and `_(...)` are errors, as in CPython.
                advance(p);
                return node1(KL_AST_PAT_AS, pos, NULL);
            }
            e = parse_dotted_name(p);
            if (p->tok.kind == KL_TOKEN_LPAR) {
                return parse_class_pattern(p, e, pos);
            }
            if (e->kind == KL_AST_ATTRIBUTE) {
                return node1(KL_AST_PAT_VALUE, pos, e);
            } else {
                kl_ast_t *capture = node1(KL_AST_PAT_AS, pos, NULL);
                capture->v = e->v;
                return capture;
            }
        case KL_TOKEN_LPAR:
        case KL_TOKEN_LSQB: {
            kl_stack_check();
            int close = p->tok.kind == KL_TOKEN_LPAR ? KL_TOKEN_RPAR : KL_TOKEN_RSQB;
            advance(p);
            seq_t items;
            seq_init(&items);
            if (accept(p, close)) {
                return seq_node(p, &items, KL_AST_PAT_SEQUENCE, pos);
            }
            kl_ast_t *first = parse_maybe_star_pattern(p);
            if (close == KL_TOKEN_RPAR && p->tok.kind == KL_TOKEN_RPAR &&
                first->kind != KL_AST_PAT_STAR) {
                // A group: (pattern)
                advance(p);
                return first;
            }
            seq_push(&items, first);
            while (accept(p, KL_TOKEN_COMMA) && p->tok.kind != close) {
                seq_push(&items, parse_maybe_star_pattern(p));
            }
            expect(p, close);
            return seq_node(p, &items, KL_AST_PAT_SEQUENCE, pos);
        }
        case KL_TOKEN_LBRACE:
            return parse_mapping_pattern(p);
        default:
            unexpected(p);
    }
}

static kl_ast_t *parse_or_pattern(parser_t *p) {
    pos_t start = here(p);
    kl_ast_t *first = parse_closed_pattern(p);
    if (p->tok.kind != KL_TOKEN_VBAR) {
        return first;
    }
    seq_t alts;
    seq_init(&alts);
    seq_push(&alts, first);
    while (accept(p, KL_TOKEN_VBAR)) {
        seq_push(&alts, parse_closed_pattern(p));
    }
    return seq_node(p, &alts, KL_AST_PAT_OR, start);
}

// pattern: or_pattern ['as' NAME]
static kl_ast_t *parse_pattern(parser_t *p) {
    pos_t start = here(p);
    kl_ast_t *pat = parse_or_pattern(p);
    if (!accept(p, KL_TOKEN_KW_AS)) {
        return pat;
    }
    kl_ast_t *as = node1(KL_AST_PAT_AS, start, pat);
    as->v = parse_capture_target(p);
    return as;
}

// The patterns of a case clause: one pattern, or a sequence without brackets.
static kl_ast_t *parse_case_patterns(parser_t *p) {
    pos_t start = here(p);
    kl_ast_t *first = parse_maybe_star_pattern(p);
    if (p->tok.kind != KL_TOKEN_COMMA) {
        if (first->kind == KL_AST_PAT_STAR) {
            unexpected(p);
        }
        return first;
    }
    seq_t items;
    seq_init(&items);
    seq_push(&items, first);
    while (accept(p, KL_TOKEN_COMMA) && p->tok.kind != KL_TOKEN_COLON &&
           p->tok.kind != KL_TOKEN_KW_IF) {
        seq_push(&items, parse_maybe_star_pattern(p));
    }
    return seq_node(p, &items, KL_AST_PAT_SEQUENCE, start);
}

#endif // KL_CFG_MATCH

// ==== Simple statements ====

static void parse_statement(parser_t *p, seq_t *stmts);

// The end of a simple statement.
static bool at_statement_end(const parser_t *p) {
    int k = p->tok.kind;
    return k == KL_TOKEN_NEWLINE || k == KL_TOKEN_SEMI || k == KL_TOKEN_END;
}

// yield_expr | star_expressions: the right-hand side of an assignment. [made_tuple] as for
// parse_star_expressions.
static kl_ast_t *parse_rhs(parser_t *p, bool *made_tuple) {
    if (p->tok.kind == KL_TOKEN_KW_YIELD) {
        return parse_yield(p);
    }
    return parse_star_expressions(p, made_tuple);
}

// NAME ('.' NAME)* as one qstr "a.b.c".
static kl_obj_t parse_dotted_qstr(parser_t *p) {
    if (p->tok.kind != KL_TOKEN_NAME) {
        unexpected(p);
    }
    kl_vstr_t v;
    kl_vstr_init(&v, 32);
    for (;;) {
        kl_vstr_add_strn(&v, p->lex.src + p->tok.start, p->tok.len);
        advance(p);
        if (!accept(p, KL_TOKEN_DOT)) {
            break;
        }
        if (p->tok.kind != KL_TOKEN_NAME) {
            unexpected(p);
        }
        kl_vstr_add_byte(&v, '.');
    }
    return KL_OBJ_NEW_QSTR(kl_qstr_from_strn(v.buf, v.len));
}

// One name of an import into [aliases]: a dotted module name ([dotted]) or a plain one, with
// its `as NAME`, if any, as the ALIAS's child.
static void parse_alias(parser_t *p, seq_t *aliases, bool dotted) {
    kl_ast_t *a = node_here(p, KL_AST_ALIAS, 1);
    a->v = dotted ? parse_dotted_qstr(p) : expect_name(p);
    if (accept(p, KL_TOKEN_KW_AS)) {
        a->kid[0] = parse_name(p);
    }
    seq_push(aliases, a);
}

// import a.b as c, d; from ..a import (b as c, d); from a import *
static kl_ast_t *parse_import(parser_t *p) {
    pos_t pos = here(p);
    bool from = p->tok.kind == KL_TOKEN_KW_FROM;
    advance(p);
    unsigned level = 0;
    kl_obj_t module = KL_OBJ_NEW_QSTR(KL_QSTR_NULL);
    if (from) {
        for (;;) {
            if (p->tok.kind == KL_TOKEN_DOT) {
                level++;
            } else if (p->tok.kind == KL_TOKEN_ELLIPSIS) {
                level += 3;
            } else {
                break;
            }
            if (level > 255) {
                error_here(p, KL_ERROR_TEXT("too many dots in relative import"));
            }
            advance(p);
        }
        if (p->tok.kind == KL_TOKEN_NAME || level == 0) {
            module = parse_dotted_qstr(p);
        }
        expect(p, KL_TOKEN_KW_IMPORT);
    }
    seq_t aliases;
    seq_init(&aliases);
    if (from && p->tok.kind == KL_TOKEN_STAR) {
        kl_ast_t *a = node_next(p, KL_AST_ALIAS, 1);
        a->v = KL_OBJ_NEW_QSTR(KL_QSTR__star_);
        seq_push(&aliases, a);
    } else {
        bool paren = from && accept(p, KL_TOKEN_LPAR);
        for (;;) {
            parse_alias(p, &aliases, !from);
            if (!accept(p, KL_TOKEN_COMMA)) {
                break;
            }
            // (After `import a,` the name that is missing is the error; so is it, at the same
            // token, after `from a import b,` when only the message would tell them apart.)
            if (from &&
                (paren ? p->tok.kind == KL_TOKEN_RPAR : MESSAGE_CHECK && at_statement_end(p))) {
                if (!paren) {
                    error_here(p, KL_ERROR_TEXT("trailing comma not allowed without surrounding "
                                                "parentheses"));
                }
                break;
            }
        }
        if (paren) {
            expect(p, KL_TOKEN_RPAR);
        }
    }
    kl_ast_t *n = seq_node(p, &aliases, from ? KL_AST_IMPORTFROM : KL_AST_IMPORT, pos);
    if (from) {
        n->v = module;
        n->op = (uint8_t)level;
    }
    return n;
}

// An expression statement, an assignment (plain, augmented or annotated).
static kl_ast_t *parse_expr_stmt(parser_t *p) {
    pos_t start = here(p);
    bool made_tuple = false;
    bool is_yield = p->tok.kind == KL_TOKEN_KW_YIELD;
    kl_ast_t *first = parse_rhs(p, &made_tuple);
    int k = p->tok.kind;
    if (k == KL_TOKEN_COLON) {
        if (!starts_expression(peek(p))) {
            advance(p);
            unexpected(p);
        }
        int fk = first->kind;
        if (fk == KL_AST_STARRED) {
            unexpected(p);
        }
        if (fk != KL_AST_NAME && fk != KL_AST_ATTRIBUTE && fk != KL_AST_SUBSCRIPT) {
            error_node(p, first,
                       fk == KL_AST_TUPLE
                           ? KL_ERROR_TEXT("only single target (not tuple) can be annotated")
                       : fk == KL_AST_LIST
                           ? KL_ERROR_TEXT("only single target (not list) can be annotated")
                           : KL_ERROR_TEXT("illegal target for annotation"));
        }
        advance(p);
        kl_ast_t *annotation = parse_expr(p);
        kl_ast_t *value = accept(p, KL_TOKEN_ASSIGN) ? parse_rhs(p, NULL) : NULL;
        kl_ast_t *n = node3(KL_AST_ANNASSIGN, start, first, annotation, value);
        // A plain name, not in parentheses, is a variable annotation (op 1).
        n->op = first->kind == KL_AST_NAME && first->line == start.line && first->col == start.col;
        return n;
    }
    if (k >= KL_TOKEN_PLUS_EQ && k <= KL_TOKEN_CARET_EQ) {
        if (first->kind != KL_AST_NAME && first->kind != KL_AST_ATTRIBUTE &&
            first->kind != KL_AST_SUBSCRIPT) {
            error_named(p, first,
                        KL_ERROR_TEXT("'%s' is an illegal expression for augmented assignment"));
        }
        advance(p);
        kl_ast_t *n = node2(KL_AST_AUGASSIGN, start, first, parse_rhs(p, NULL));
        n->op = (uint8_t)AUG_OP(k);
        return n;
    }
    if (k != KL_TOKEN_ASSIGN) {
        return node1(KL_AST_EXPR, start, first);
    }
    seq_t kids;
    seq_init(&kids);
    seq_push(&kids, first);
    // The first value: its first token and whether it is a tuple without parentheses.
    int value_kind = 0;
    bool value_tuple = false;
    pos_t value_pos = start;
    while (p->tok.kind == KL_TOKEN_ASSIGN) {
        if (is_yield) {
            error_node(p, kids.items[kids.n - 1],
                       KL_ERROR_TEXT("assignment to yield expression not possible"));
        }
        advance(p);
        bool tuple = false;
        if (kids.n == 1) {
            value_kind = p->tok.kind;
            value_pos = here(p);
        }
        is_yield = p->tok.kind == KL_TOKEN_KW_YIELD;
        seq_push(&kids, parse_rhs(p, &tuple));
        if (kids.n == 2) {
            value_tuple = tuple;
        }
    }
    for (size_t i = 0; i + 1 < kids.n; i++) {
        kl_ast_t *t = kids.items[i];
        kl_ast_t *bad = invalid_target(t, TARGET_STORE);
        if (bad == NULL) {
            continue;
        }
        // CPython's hints for a mistyped comparison need the first value to start with a
        // `bitwise_or` that no further '=' follows (without KL_CFG_SYNTAX_HINTS the error is the
        // plain one at the target).
        kl_ast_t *value = kids.items[1];
        bool value_parens = value->line != value_pos.line || value->col != value_pos.col;
        bool plain_value = KL_CFG_SYNTAX_HINTS && starts_expression(value_kind) &&
                           value_kind != KL_TOKEN_KW_NOT && value_kind != KL_TOKEN_KW_LAMBDA &&
                           (kids.n == 2 || value_tuple || !(value_parens || is_bitor_level(value)));
        // `x = 1 if c else 2 = 3`, `f(), x = 1`: the name before the first '=' is taken for
        // a mistyped `==` or `:=`.
        kl_ast_t *name = kids.items[0];
        if (made_tuple) {
            name = name->kid[name->n - 1];
        }
        if (plain_value && name->kind == KL_AST_NAME &&
            (made_tuple || (name->line == start.line && name->col == start.col))) {
            error_node(p, name,
                       KL_ERROR_TEXT("invalid syntax. Maybe you meant '==' or ':=' instead of "
                                     "'='?"));
        }
        // `f() = 1`: the offending expression stands right before the only '='.
        bool at_eq = bad == t || (i == 0 && made_tuple && bad == t->kid[t->n - 1]);
        bool excluded =
            bad->kind == KL_AST_LIST || bad->kind == KL_AST_TUPLE || bad->kind == KL_AST_GENEXP ||
            (bad->kind == KL_AST_CONSTANT &&
             (bad->v == kl_const_none || bad->v == kl_const_true || bad->v == kl_const_false));
        // In parentheses, any expression is an atom of `bitwise_or`.
        bool parens = bad == t && (bad->line != start.line || bad->col != start.col);
        bool hint = i == 0 && kids.n == 2 && at_eq && !excluded &&
                    (parens || is_bitor_level(bad)) && plain_value;
        error_named(p, bad,
                    hint ? KL_ERROR_TEXT("cannot assign to %s here. Maybe you meant '==' instead "
                                         "of '='?")
                         : KL_ERROR_TEXT("cannot assign to %s"));
    }
    return seq_node(p, &kids, KL_AST_ASSIGN, start);
}

// The simple statements that a keyword starts, by keyword from KL_TOKEN_KW_ASSERT on: the kind
// of their node and its children (SIMPLE_LIST: a list of names or targets), or SIMPLE_IMPORT;
// 0 for the other keywords. One path then serves each shape instead of a case per keyword.
#define SIMPLE(kind, kids) (KL_AST_##kind | (kids) << 5)
#define SIMPLE_LIST (3)
#define SIMPLE_IMPORT (SIMPLE(MODULE, 1))
_Static_assert(KL_AST_CONTINUE < 32 && KL_AST_MODULE == 0, "simple statement kinds fit 5 bits");
static const uint8_t simple_stmt[] = {
    [KL_TOKEN_KW_ASSERT - KL_TOKEN_KW_ASSERT] = SIMPLE(ASSERT, 2),
    [KL_TOKEN_KW_BREAK - KL_TOKEN_KW_ASSERT] = SIMPLE(BREAK, 0),
    [KL_TOKEN_KW_CONTINUE - KL_TOKEN_KW_ASSERT] = SIMPLE(CONTINUE, 0),
    [KL_TOKEN_KW_DEL - KL_TOKEN_KW_ASSERT] = SIMPLE(DELETE, SIMPLE_LIST),
    [KL_TOKEN_KW_FROM - KL_TOKEN_KW_ASSERT] = SIMPLE_IMPORT,
    [KL_TOKEN_KW_GLOBAL - KL_TOKEN_KW_ASSERT] = SIMPLE(GLOBAL, SIMPLE_LIST),
    [KL_TOKEN_KW_IMPORT - KL_TOKEN_KW_ASSERT] = SIMPLE_IMPORT,
    [KL_TOKEN_KW_NONLOCAL - KL_TOKEN_KW_ASSERT] = SIMPLE(NONLOCAL, SIMPLE_LIST),
    [KL_TOKEN_KW_PASS - KL_TOKEN_KW_ASSERT] = SIMPLE(PASS, 0),
    [KL_TOKEN_KW_RAISE - KL_TOKEN_KW_ASSERT] = SIMPLE(RAISE, 2),
    [KL_TOKEN_KW_RETURN - KL_TOKEN_KW_ASSERT] = SIMPLE(RETURN, 1),
};

static kl_ast_t *parse_simple(parser_t *p) {
    int k = p->tok.kind;
    unsigned i = (unsigned)(k - KL_TOKEN_KW_ASSERT);
    unsigned shape = i < sizeof(simple_stmt) ? simple_stmt[i] : 0;
    if (shape == 0) {
        return parse_expr_stmt(p);
    }
    if (shape == SIMPLE_IMPORT) {
        return parse_import(p);
    }
    kl_ast_kind_t kind = (kl_ast_kind_t)(shape & 31);
    unsigned kids = shape >> 5;
    if (kids == SIMPLE_LIST) {
        // global NAME (',' NAME)*, nonlocal ..., del targets [',']
        pos_t pos = here(p);
        advance(p);
        seq_t list;
        seq_init(&list);
        do {
            kl_ast_t *t;
            if (k == KL_TOKEN_KW_DEL) {
                t = parse_star_expr(p);
                check_target(p, t, TARGET_DEL);
            } else {
                t = parse_name(p);
            }
            seq_push(&list, t);
        } while (accept(p, KL_TOKEN_COMMA) && (k != KL_TOKEN_KW_DEL || !at_statement_end(p)));
        return seq_node(p, &list, kind, pos);
    }
    // pass, break, continue; return [star_expressions]; raise [expression ['from' expression]];
    // assert expression [',' expression]
    kl_ast_t *n = node_next(p, kind, kids);
    if (kids > 0 && (k == KL_TOKEN_KW_ASSERT || !at_statement_end(p))) {
        n->kid[0] = k == KL_TOKEN_KW_RETURN ? parse_star_expressions(p, NULL) : parse_expr(p);
        if (kids > 1 && accept(p, k == KL_TOKEN_KW_RAISE ? KL_TOKEN_KW_FROM : KL_TOKEN_COMMA)) {
            n->kid[1] = parse_expr(p);
        }
    }
    return n;
}

// simple_stmt (';' simple_stmt)* [';'] NEWLINE, appended to [stmts].
static void parse_simple_statements(parser_t *p, seq_t *stmts) {
    for (;;) {
        seq_push(stmts, parse_simple(p));
        if (!accept(p, KL_TOKEN_SEMI) || p->tok.kind == KL_TOKEN_NEWLINE) {
            break;
        }
    }
    if (!accept(p, KL_TOKEN_NEWLINE) && p->tok.kind != KL_TOKEN_END) {
        unexpected(p);
    }
}

// ==== Compound statements ====

// The ':' (see expect_colon) and the body of a compound statement. [what] names the statement
// (and [line] its line) for "expected an indented block after ...".
static kl_ast_t *parse_block(parser_t *p, bool forced, const char *what, uint32_t line) {
    expect_colon(p, forced);
    seq_t stmts;
    seq_init(&stmts);
    enter(p);
    pos_t pos = here(p);
    if (accept(p, KL_TOKEN_NEWLINE)) {
        if (p->tok.kind != KL_TOKEN_INDENT) {
            char msg[96];
            kl_lexer_format(msg, sizeof(msg),
                            KL_ERROR_TEXT("expected an indented block after %s on line %u"), what,
                            (unsigned)line);
            error_tok(p, &kl_type_IndentationError, &p->tok, msg);
        }
        advance(p);
        pos = here(p);
        while (p->tok.kind != KL_TOKEN_DEDENT && p->tok.kind != KL_TOKEN_END) {
            parse_statement(p, &stmts);
        }
        accept(p, KL_TOKEN_DEDENT);
    } else {
        parse_simple_statements(p, &stmts);
    }
    leave(p);
    return seq_node(p, &stmts, KL_AST_SUITE, pos);
}

// A clause of keyword [kw] (else, finally) and its block, if present.
static NOINLINE kl_ast_t *parse_clause(parser_t *p, int kw, const char *what) {
    if (p->tok.kind != kw) {
        return NULL;
    }
    uint32_t line = p->tok.line;
    advance(p);
    return parse_block(p, true, what, line);
}

// `else:` and its block, if present (not inlined: a call to this is smaller than to
// parse_clause).
static NOINLINE kl_ast_t *parse_else(parser_t *p) {
    return parse_clause(p, KL_TOKEN_KW_ELSE, "'else' statement");
}

// if/elif/else, and while/else, which has the same three parts without the elif.
static kl_ast_t *parse_if(parser_t *p) {
    // elif chains are built in a loop, not by recursion: their length is not nesting. Each
    // IF goes where the one before keeps its else branch.
    bool loop = p->tok.kind == KL_TOKEN_KW_WHILE;
    kl_ast_t *root;
    kl_ast_t **link = &root;
    do {
        const char *what = loop                            ? "'while' statement"
                           : p->tok.kind == KL_TOKEN_KW_IF ? "'if' statement"
                                                           : "'elif' statement";
        kl_ast_t *n = node_next(p, loop ? KL_AST_WHILE : KL_AST_IF, 3);
        n->kid[0] = parse_named(p);
        n->kid[1] = parse_block(p, false, what, n->line);
        *link = n;
        link = &n->kid[2];
    } while (!loop && p->tok.kind == KL_TOKEN_KW_ELIF);
    *link = parse_else(p);
    return root;
}

static kl_ast_t *parse_for(parser_t *p) {
    kl_ast_t *n = node_here(p, KL_AST_FOR, 4);
    n->op = KL_CFG_ASYNC && accept(p, KL_TOKEN_KW_ASYNC);
    uint32_t line = p->tok.line;
    advance(p);
    n->kid[0] = parse_for_targets(p);
    expect(p, KL_TOKEN_KW_IN);
    n->kid[1] = parse_star_expressions(p, NULL);
    n->kid[2] = parse_block(p, false, "'for' statement", line);
    n->kid[3] = parse_else(p);
    return n;
}

static kl_ast_t *parse_try(parser_t *p) {
    kl_ast_t *n = node_next(p, KL_AST_TRY, 4);
    n->kid[0] = parse_block(p, true, "'try' statement", n->line);
    seq_t handlers;
    seq_init(&handlers);
    int star = -1;
    while (p->tok.kind == KL_TOKEN_KW_EXCEPT) {
        kl_ast_t *h = node_next(p, KL_AST_EXCEPTHANDLER, 2);
        bool is_star = KL_CFG_EXCEPTION_GROUPS && accept(p, KL_TOKEN_STAR);
#if KL_CFG_EXCEPTION_GROUPS
        if (star >= 0 && star != is_star) {
            error_node(p, h,
                       KL_ERROR_TEXT("cannot have both 'except' and 'except*' on the same 'try'"));
        }
        star = is_star;
#endif
        if (p->tok.kind != KL_TOKEN_COLON) {
            pos_t tpos = here(p);
            h->kid[0] = parse_expr(p);
            if (p->tok.kind == KL_TOKEN_COMMA) {
                error_pos(p, tpos, KL_ERROR_TEXT("multiple exception types must be parenthesized"));
            }
            if (accept(p, KL_TOKEN_KW_AS)) {
                h->v = expect_name(p);
            }
        } else if (is_star) {
            error_here(p, KL_ERROR_TEXT("expected one or more exception types"));
        }
        h->kid[1] =
            parse_block(p, false, is_star ? "'except*' statement" : "'except' statement", h->line);
        seq_push(&handlers, h);
    }
    if (handlers.n > 0) {
        kl_ast_t *h = handlers.items[0];
        n->kid[1] = seq_node(p, &handlers, KL_AST_HANDLERS, (pos_t){h->line, h->col});
        n->kid[2] = parse_else(p);
    }
    n->kid[3] = parse_clause(p, KL_TOKEN_KW_FINALLY, "'finally' statement");
    if (n->kid[1] == NULL && n->kid[3] == NULL) {
        error_here(p, KL_ERROR_TEXT("expected 'except' or 'finally' block"));
    }
    n->op = star == 1;
    return n;
}

#if KL_CFG_WITH_PARENS
// Scan ahead quietly from the lexer's position (right after the current token): is the next
// token '(' and is its matching ')' followed by [after]?
static bool parens_then(parser_t *p, int after) {
    if (p->has_ahead) {
        return false;
    }
    kl_lexer_mark_t mark;
    kl_lexer_mark(&p->lex, &mark);
    uint8_t flags = p->lex.flags;
    p->lex.flags |= KL_LEXER_QUIET;
    kl_lexer_token_t t;
    bool result = false;
    kl_lexer_next(&p->lex, &t);
    if (t.kind == KL_TOKEN_LPAR) {
        unsigned depth = 1;
        while (depth > 0) {
            kl_lexer_next(&p->lex, &t);
            if (t.kind == KL_TOKEN_ERROR || t.kind == KL_TOKEN_END || t.kind == KL_TOKEN_NEWLINE) {
                break;
            }
            if (t.kind == KL_TOKEN_LPAR || t.kind == KL_TOKEN_LSQB || t.kind == KL_TOKEN_LBRACE) {
                depth++;
            } else if (t.kind == KL_TOKEN_RPAR || t.kind == KL_TOKEN_RSQB ||
                       t.kind == KL_TOKEN_RBRACE) {
                depth--;
            }
        }
        if (depth == 0) {
            kl_lexer_next(&p->lex, &t);
            result = t.kind == after;
        }
    }
    p->lex.flags = flags;
    kl_lexer_restore(&p->lex, &mark);
    return result;
}
#endif

// The target after `as` in a with item.
static kl_ast_t *parse_with_target(parser_t *p) {
    pos_t pos = here(p);
    kl_ast_t *t = parse_star_item(p, ITEM_BITOR);
    int k = p->tok.kind;
    if (k != KL_TOKEN_COMMA && k != KL_TOKEN_RPAR && k != KL_TOKEN_COLON && k != KL_TOKEN_NEWLINE) {
        set_elem(p, t, pos, false);
        unexpected(p);
    }
    check_target(p, t, TARGET_STORE);
    return t;
}

static kl_ast_t *parse_with(parser_t *p) {
    pos_t pos = here(p);
    bool is_async = KL_CFG_ASYNC && accept(p, KL_TOKEN_KW_ASYNC);
    uint32_t line = p->tok.line;
    // `with (a as b, c):` has parenthesised items; `with (a, b) as c:` and `with (a).b:` do not.
#if KL_CFG_WITH_PARENS
    bool paren = parens_then(p, KL_TOKEN_COLON);
#else
    bool paren = false; // a '(' always starts an expression
#endif
    advance(p);
    seq_t kids;
    seq_init(&kids);
    pos_t open = here(p);
    if (paren) {
        advance(p);
        if (p->tok.kind == KL_TOKEN_RPAR) {
            seq_push(&kids, node2(KL_AST_WITHITEM, open, node(KL_AST_TUPLE, 0, open), NULL));
        }
    }
    // The items: at least one without parentheses, up to the ')' in them.
    while (!paren || p->tok.kind != KL_TOKEN_RPAR) {
        pos_t ipos = here(p);
        kl_ast_t *ctx = paren && p->tok.kind == KL_TOKEN_KW_YIELD ? parse_yield(p) : parse_expr(p);
        if (paren && kids.n == 0 && at_comprehension(p)) {
            // with (x for x in y): a generator expression, not items.
            kl_ast_t *gen = parse_comp(p, KL_AST_GENEXP, open, KL_TOKEN_END, ctx, NULL);
            seq_push(&kids, node2(KL_AST_WITHITEM, open, gen, NULL));
            break;
        }
        kl_ast_t *target = accept(p, KL_TOKEN_KW_AS) ? parse_with_target(p) : NULL;
        seq_push(&kids, node2(KL_AST_WITHITEM, ipos, ctx, target));
        if (!accept(p, KL_TOKEN_COMMA)) {
            break;
        }
    }
    if (paren) {
        expect(p, KL_TOKEN_RPAR);
    }
    seq_push(&kids, parse_block(p, false, "'with' statement", line));
    kl_ast_t *n = seq_node(p, &kids, KL_AST_WITH, pos);
    n->op = is_async;
    return n;
}

static kl_ast_t *parse_funcdef(parser_t *p, kl_ast_t *decorators) {
    kl_ast_t *n = node_here(p, KL_AST_FUNCDEF, 4);
    n->op = KL_CFG_ASYNC && accept(p, KL_TOKEN_KW_ASYNC);
    uint32_t line = p->tok.line;
    advance(p); // def
    n->v = expect_name(p);
    if (MESSAGE_CHECK && p->tok.kind != KL_TOKEN_LPAR) {
        error_here(p, KL_ERROR_TEXT("expected '('"));
    }
    expect(p, KL_TOKEN_LPAR);
    n->kid[0] = parse_params(p, false, KL_TOKEN_RPAR);
    expect(p, KL_TOKEN_RPAR);
    if (p->tok.kind == KL_TOKEN_ARROW) {
        if (!starts_expression(peek(p))) {
            error_here(p, KL_ERROR_TEXT("expected ':'"));
        }
        advance(p);
        n->kid[1] = parse_expr(p);
    }
    n->kid[2] = parse_block(p, true, "function definition", line);
    n->kid[3] = decorators;
    return n;
}

static kl_ast_t *parse_classdef(parser_t *p, kl_ast_t *decorators) {
    kl_ast_t *n = node_next(p, KL_AST_CLASSDEF, 3);
    n->v = expect_name(p);
    if (p->tok.kind == KL_TOKEN_LPAR) {
        n->kid[0] = parse_call(p, NULL, here(p));
    }
    n->kid[1] = parse_block(p, false, "class definition", n->line);
    n->kid[2] = decorators;
    return n;
}

// A def or class and the decorators before it, if any.
static kl_ast_t *parse_decorated(parser_t *p) {
    pos_t pos = here(p);
    seq_t decos;
    seq_init(&decos);
    while (accept(p, KL_TOKEN_AT)) {
        seq_push(&decos, parse_named(p));
        if (!accept(p, KL_TOKEN_NEWLINE)) {
            unexpected(p);
        }
    }
    kl_ast_t *decorators = decos.n > 0 ? seq_node(p, &decos, KL_AST_DECORATORS, pos) : NULL;
    if (p->tok.kind == KL_TOKEN_KW_DEF ||
        (KL_CFG_ASYNC && p->tok.kind == KL_TOKEN_KW_ASYNC && peek(p) == KL_TOKEN_KW_DEF)) {
        return parse_funcdef(p, decorators);
    }
    if (p->tok.kind == KL_TOKEN_KW_CLASS) {
        return parse_classdef(p, decorators);
    }
    unexpected(p);
}

#if KL_CFG_MATCH
// Is the statement starting with the name `match` (the current token) a match statement? The
// soft keyword is one when a subject follows: certainly so when the next token could not go on
// an expression statement that starts with a name (`match x`, `match {...}`), and otherwise
// (`match (x)`, `match -x`, `match [x]`) when the line ends with ':'.
static bool is_match_statement(parser_t *p) {
    if (p->has_ahead) {
        return false;
    }
    kl_lexer_mark_t mark;
    kl_lexer_mark(&p->lex, &mark);
    uint8_t flags = p->lex.flags;
    p->lex.flags |= KL_LEXER_QUIET;
    kl_lexer_token_t t;
    kl_lexer_next(&p->lex, &t);
    bool result = false;
    switch (t.kind) {
        case KL_TOKEN_NAME:
        case KL_TOKEN_NUMBER:
        case KL_TOKEN_STRING:
        case KL_TOKEN_KW_NONE:
        case KL_TOKEN_KW_TRUE:
        case KL_TOKEN_KW_FALSE:
        case KL_TOKEN_LBRACE:
        case KL_TOKEN_TILDE:
        case KL_TOKEN_ELLIPSIS:
        case KL_TOKEN_KW_LAMBDA:
#if KL_CFG_ASYNC
        case KL_TOKEN_KW_AWAIT:
#endif
            result = true;
            break;
        case KL_TOKEN_LPAR:
        case KL_TOKEN_LSQB:
        case KL_TOKEN_MINUS:
        case KL_TOKEN_PLUS:
        case KL_TOKEN_STAR:
        case KL_TOKEN_KW_NOT: {
            int last = t.kind;
            for (;;) {
                kl_lexer_next(&p->lex, &t);
                if (t.kind == KL_TOKEN_NEWLINE || t.kind == KL_TOKEN_END ||
                    t.kind == KL_TOKEN_ERROR) {
                    break;
                }
                last = t.kind;
            }
            result = t.kind == KL_TOKEN_NEWLINE && last == KL_TOKEN_COLON;
            break;
        }
        default:
            break;
    }
    p->lex.flags = flags;
    kl_lexer_restore(&p->lex, &mark);
    return result;
}

static kl_ast_t *parse_match(parser_t *p) {
    pos_t pos = here(p);
    advance(p);
    seq_t kids;
    seq_init(&kids);
    pos_t spos = here(p);
    kl_ast_t *subject = parse_star_named(p);
    if (p->tok.kind == KL_TOKEN_COMMA) {
        subject = comma_tuple(p, subject, spos, parse_star_named, KL_TOKEN_COLON);
    }
    seq_push(&kids, subject);
    expect_colon(p, false);
    expect(p, KL_TOKEN_NEWLINE);
    if (p->tok.kind != KL_TOKEN_INDENT) {
        char msg[80];
        kl_lexer_format(msg, sizeof(msg),
                        KL_ERROR_TEXT("expected an indented block after 'match' statement on "
                                      "line %u"),
                        (unsigned)pos.line);
        error_tok(p, &kl_type_IndentationError, &p->tok, msg);
    }
    advance(p);
    while (p->tok.kind != KL_TOKEN_DEDENT && p->tok.kind != KL_TOKEN_END) {
        if (!tok_is_word(p, &p->tok, "case")) {
            unexpected(p);
        }
        pos_t cpos = here(p);
        advance(p);
        kl_ast_t *c = node(KL_AST_MATCHCASE, 3, cpos);
        c->kid[0] = parse_case_patterns(p);
        if (accept(p, KL_TOKEN_KW_IF)) {
            c->kid[1] = parse_named(p);
        }
        c->kid[2] = parse_block(p, false, "'case' statement", cpos.line);
        seq_push(&kids, c);
    }
    accept(p, KL_TOKEN_DEDENT);
    return seq_node(p, &kids, KL_AST_MATCH, pos);
}
#endif // KL_CFG_MATCH

// One statement (a line of simple statements is several), appended to [stmts].
static void parse_statement(parser_t *p, seq_t *stmts) {
    kl_ast_t *n;
    // A ladder of compares, not a switch: the kinds are too far apart for a small jump table.
    int k = p->tok.kind;
    if (k == KL_TOKEN_KW_IF || k == KL_TOKEN_KW_WHILE) {
        n = parse_if(p);
    } else if (k == KL_TOKEN_KW_FOR) {
        n = parse_for(p);
    } else if (k == KL_TOKEN_KW_TRY) {
        n = parse_try(p);
    } else if (k == KL_TOKEN_KW_WITH) {
        n = parse_with(p);
    } else if (k == KL_TOKEN_KW_DEF || k == KL_TOKEN_KW_CLASS || k == KL_TOKEN_AT) {
        n = parse_decorated(p);
#if KL_CFG_ASYNC
    } else if (k == KL_TOKEN_KW_ASYNC) {
        switch (peek(p)) {
            case KL_TOKEN_KW_DEF:
                n = parse_decorated(p);
                break;
            case KL_TOKEN_KW_FOR:
                n = parse_for(p);
                break;
            case KL_TOKEN_KW_WITH:
                n = parse_with(p);
                break;
            default:
                advance(p);
                unexpected(p);
        }
#endif
#if KL_CFG_MATCH
    } else if (k == KL_TOKEN_NAME && tok_is_word(p, &p->tok, "match") && is_match_statement(p)) {
        n = parse_match(p);
#endif
    } else {
        // (An INDENT or DEDENT here is unexpected() where an atom should be.)
        parse_simple_statements(p, stmts);
        return;
    }
    seq_push(stmts, n);
}

// ==== Entry points ====

// A file, or the [single] statement typed at the REPL.
static kl_ast_t *parse_module(parser_t *p, bool single) {
    pos_t pos = {1, 1};
    seq_t stmts;
    seq_init(&stmts);
    while (p->tok.kind != KL_TOKEN_END) {
        if (single && stmts.n > 0) {
            // After a compound statement, what follows is misplaced; after a line of simple
            // statements, it is one statement too many (CPython words them so).
            switch (stmts.items[stmts.n - 1]->kind) {
                case KL_AST_IF:
                case KL_AST_WHILE:
                case KL_AST_FOR:
                case KL_AST_TRY:
                case KL_AST_WITH:
                case KL_AST_FUNCDEF:
                case KL_AST_CLASSDEF:
                case KL_AST_MATCH:
                    unexpected(p);
                default:
                    error_tok(p, &kl_type_SyntaxError, &p->newline,
                              KL_ERROR_TEXT("multiple statements found while compiling a single "
                                            "statement"));
            }
        }
        parse_statement(p, &stmts);
    }
    return seq_node(p, &stmts, KL_AST_MODULE, pos);
}

// eval input: expressions (no starred items, no yield), then optional line breaks.
static kl_ast_t *parse_eval(parser_t *p) {
    pos_t pos = here(p);
    kl_ast_t *e = parse_expr(p);
    if (p->tok.kind == KL_TOKEN_COMMA) {
        e = comma_tuple(p, e, pos, parse_expr, -1);
    }
    while (accept(p, KL_TOKEN_NEWLINE)) {
    }
    if (p->tok.kind != KL_TOKEN_END) {
        unexpected(p);
    }
    return e;
}

// After a SyntaxError from the parser: a lexical error further on takes its place, as in
// CPython, since it is usually the real mistake (a bracket left open on an earlier line than
// the parser's error, a string left unterminated). Errors of layout (indentation, tabs, line
// continuation) do not: CPython reports those only when its parser gets there. Not without
// KL_CFG_SYNTAX_ERROR_ORDER: the parser's error stands.
#if KL_CFG_SYNTAX_ERROR_ORDER
static void check_rest(parser_t *p) {
    kl_lexer_t *lex = &p->lex;
#if KL_CFG_FSTRINGS
    if (p->regions > 0) {
        kl_lexer_pop_region(lex, &p->outer_region);
    }
#endif
    lex->flags |= KL_LEXER_QUIET;
    for (;;) {
        kl_lexer_token_t t;
        kl_lexer_next(lex, &t);
        if (t.kind == KL_TOKEN_END) {
            return;
        }
        if (t.kind != KL_TOKEN_ERROR || lex->error == KL_LEXER_OK) {
            continue; // $ ? and ` are the parser's to report
        }
        if (lex->error == KL_LEXER_BAD_LAYOUT || lex->error == KL_LEXER_EOF_IN_CONTINUED) {
            return; // CPython finds these only where the parser reaches them
        }
        if (lex->error == KL_LEXER_EOF_IN_BRACKETS) {
            size_t line_start;
            if (kl_lexer_line_at(lex, lex->err_offset, &line_start) >= p->error_line) {
                return;
            }
        }
        lex->flags &= (uint8_t)~KL_LEXER_QUIET;
        kl_lexer_raise_at(lex, lex->err_type, lex->err_offset, lex->err_msg);
    }
}
#endif

// A parser at the first token of [src].
static KL_NOINLINE parser_t *parser_new(const char *src, size_t len, kl_qstr_t filename,
                                        int lexer_flags) {
    parser_t *p = kl_gc_alloc(sizeof(parser_t), 0);
    kl_lexer_init(&p->lex, src, len, filename, lexer_flags);
    advance(p);
    return p;
}

// The tree holds nothing of the parser's: give its memory back now (a few hundred bytes, much of
// a small board's heap) rather than at the next collection.
static void parser_free(parser_t *p) {
    kl_lexer_free(&p->lex);
    kl_gc_free(p);
}

kl_ast_t *kl_parse(const char *src, size_t len, kl_qstr_t filename, kl_parse_mode_t mode) {
    parser_t *p = parser_new(src, len, filename, mode == KL_PARSE_EVAL ? KL_LEXER_EVAL_MODE : 0);
#if KL_CFG_SYNTAX_ERROR_ORDER
    // Without the check of the rest, an error just goes on up: no handler needed.
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) != 0) {
        if (p->parser_error) {
            check_rest(p);
        }
        kl_nlr_jump(nlr.ret_val);
    }
#endif
    kl_ast_t *tree =
        mode == KL_PARSE_EVAL ? parse_eval(p) : parse_module(p, mode == KL_PARSE_SINGLE);
#if KL_CFG_SYNTAX_ERROR_ORDER
    kl_nlr_pop();
#endif
    parser_free(p);
    return tree;
}

// ==== A file a statement at a time ====

// The compiler takes a file a line of statements at a time (vm/compile.c, compile_file), so
// that only the tree of one statement is ever in the heap.
kl_parser_t *kl_parse_open(const char *src, size_t len, kl_qstr_t filename) {
    return parser_new(src, len, filename, 0);
}

kl_ast_t *kl_parse_next(kl_parser_t *p) {
    if (p->tok.kind == KL_TOKEN_END) {
        parser_free(p);
        return NULL;
    }
#if KL_CFG_SYNTAX_ERROR_ORDER
    kl_nlr_buf_t nlr; // as in kl_parse
    if (kl_nlr_push(&nlr) != 0) {
        if (p->parser_error) {
            check_rest(p);
        }
        kl_nlr_jump(nlr.ret_val);
    }
#endif
    pos_t pos = here(p);
    seq_t stmts;
    seq_init(&stmts);
    parse_statement(p, &stmts);
#if KL_CFG_SYNTAX_ERROR_ORDER
    kl_nlr_pop();
#endif
    // The parser's hint state must not keep the tree alive once the compiler drops it.
#if KL_CFG_SYNTAX_HINTS
    p->elem = NULL;
#endif
    return seq_node(p, &stmts, KL_AST_MODULE, pos);
}

// ==== The REPL's question ====

// Is the line before the end of [src] (the last line typed) empty or white space?
static bool last_line_blank(const char *src, size_t len) {
    size_t end = len;
    if (end > 0 && src[end - 1] == '\n') {
        end--;
    }
    if (end > 0 && src[end - 1] == '\r') {
        end--;
    }
    // Back over its white space: the line is blank if that reaches its start.
    while (end > 0 && (src[end - 1] == ' ' || src[end - 1] == '\t' || src[end - 1] == '\f')) {
        end--;
    }
    return end == 0 || src[end - 1] == '\n' || src[end - 1] == '\r';
}

static bool needs_more(kl_lexer_t *lex) {
    kl_lexer_token_t t;
    kl_lexer_next(lex, &t);
    if (t.kind == KL_TOKEN_END || t.kind == KL_TOKEN_INDENT) {
        return false; // nothing, or an error to report now
    }
    // A compound statement: a keyword that starts one, a decorator, or a first line ending in
    // ':' (`match x:`, or a stray `else:` that the compiler will report).
    bool compound;
    switch (t.kind) {
        case KL_TOKEN_KW_IF:
        case KL_TOKEN_KW_WHILE:
        case KL_TOKEN_KW_FOR:
        case KL_TOKEN_KW_TRY:
        case KL_TOKEN_KW_WITH:
        case KL_TOKEN_KW_DEF:
        case KL_TOKEN_KW_CLASS:
#if KL_CFG_ASYNC
        case KL_TOKEN_KW_ASYNC:
#endif
        case KL_TOKEN_AT:
            compound = true;
            break;
        default:
            compound = false;
            break;
    }
    int last = t.kind;
    bool first_line = true;
    while (t.kind != KL_TOKEN_END) {
        if (t.kind == KL_TOKEN_ERROR) {
            // Unfinished input asks for more; any other error is reported by compiling it.
            return lex->error == KL_LEXER_EOF_IN_BRACKETS || lex->error == KL_LEXER_EOF_IN_STRING ||
                   lex->error == KL_LEXER_EOF_IN_CONTINUED;
        }
        if (t.kind == KL_TOKEN_NEWLINE && first_line) {
            first_line = false;
            compound |= last == KL_TOKEN_COLON;
        }
        last = t.kind;
        kl_lexer_next(lex, &t);
    }
    return compound && !last_line_blank(lex->src, lex->len);
}

bool kl_parse_needs_more_input(const char *src, size_t len) {
    // A quiet lexer raises nothing (not even MemoryError: make_room fails quietly), so no
    // handler is needed, and it lives on the C stack: nothing of it lingers on a small heap.
    kl_lexer_t lex;
    kl_lexer_init(&lex, src, len, KL_QSTR__lt_stdin_gt_, KL_LEXER_QUIET);
    bool more = needs_more(&lex);
    kl_lexer_free(&lex);
    return more;
}
