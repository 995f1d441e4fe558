// vm/compile.c: parse tree to code objects.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Two passes over the tree. The first (the scope pass) builds a scope for the module and for every
// function, lambda, class body and comprehension, records how each name is used there, and then
// resolves each name to one of: a fast local (a slot in the frame), a cell (a local that an inner
// function captures), a free variable (taken from the closure), a global, or a namespace name
// (module and class bodies, looked up in a dict). Its statements are walked by the emitter's own
// statement code in scope mode, which emits nothing (as MicroPython's compiler does its passes);
// its expressions by a walk of their own (sym_expr). The second pass emits bytecode scope by
// scope.
//
// Jumps carry absolute offsets of a fixed width, two bytes, so one emission pass plus a fix-up
// of forward jumps at the end is enough. A code object that outgrows 64 KiB is emitted again
// with four-byte jumps; the code objects of its nested functions are kept from the first run so
// re-emission is never exponential in nesting depth.
//
// try statements compile to an exception table, not to instructions. `finally` bodies are
// copied at each exit (fall-through, return, break, continue) and once more as the handler for
// the exceptional path; while a copy is emitted, the try's protected range is suspended, so an
// exception raised in the copy is not caught by the try whose finally it is. Every protected
// range records the operand stack depth to unwind to, which the emitter tracks exactly.

#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "vm/ast.h"
#include "vm/bc.h"
#include "vm/gc.h"
#include "vm/nlr.h"
#include "vm/obj_int.h"
#include "vm/obj_list.h"
#include "vm/obj_set.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/parse.h"
#include "vm/runtime.h"
#include "vm/state.h"
#include "vm/vstr.h"

// ==== Scopes ====

typedef enum {
    SCOPE_MODULE,
    SCOPE_FUNCTION,
    SCOPE_CLASS,
    SCOPE_COMPREHENSION,
} scope_kind_t;

// Facts gathered about a name in a scope.
#define SYM_ASSIGNED (0x01) // bound here: assignment, import, def, for target, parameter...
#define SYM_PARAM (0x02)
#define SYM_GLOBAL (0x04)   // declared global
#define SYM_NONLOCAL (0x08) // declared nonlocal
#define SYM_USED (0x10)
#define SYM_COMP_ITER (0x20) // the hidden iterator parameter of a comprehension
// A class's only: a free variable of an enclosing function that a method needs, passing through
// the class. The class may also bind the same name in its namespace, so this symbol is apart
// from the class's own: scope_find and scope_add never see it.
#define SYM_PASS (0x40)

// How a name is accessed, decided by resolve().
typedef enum {
    ACCESS_NAME,   // namespace dict (module, class body)
    ACCESS_GLOBAL, // the module's dict
    ACCESS_FAST,   // a local slot
    ACCESS_DEREF,  // a cell in a local slot (a cell or free variable)
    ACCESS_CLASSDEREF,
} access_t;

typedef struct _sym_t {
    uint16_t name; // qstr
    uint8_t flags;
    uint8_t access;
    uint8_t is_cell; // a local captured by an inner scope
    uint8_t is_free; // comes from the closure
    uint16_t slot;
} sym_t;

typedef struct _scope_t {
    kl_ast_t *node;
    struct _scope_t *parent;
    // The scopes inside, in the order made: the first, and from each the next.
    struct _scope_t *children;
    struct _scope_t *next;
    // The array of symbols doubles as it fills: its room is the smallest power of two (at
    // least GROW_MIN) that holds what it has, so it is not kept here.
    sym_t *syms;
    size_t n_syms;
    uint8_t kind;
    uint8_t is_generator;
    uint8_t is_coroutine;
    uint8_t needs_class_cell; // a class whose methods use super() or __class__
    uint16_t n_pos;
#if KL_CFG_POSONLY_PARAMS
    uint16_t n_posonly;
#endif
    uint16_t n_kwonly;
    uint16_t flags; // KL_CODE_FLAG_VARARGS/VARKW
    uint16_t n_locals;
    uint16_t n_cells;
    uint16_t n_free;
    // qstrs, as in code objects: short_qstr refuses a program with more names than that.
    uint16_t name;
    uint16_t qualname;
    uint16_t class_name; // the nearest enclosing class, for private name mangling
    kl_obj_t code;       // the code object, once emitted
} scope_t;

// Whether [n] (a def, for, with or comprehension clause) is the async form, and whether scope
// [s] runs as a coroutine. Never without KL_CFG_ASYNC (the parser makes no async nodes then),
// so the code that handles them drops out of the build.
#define IS_ASYNC(n) (KL_CFG_ASYNC && (n)->op != 0)
#define IS_COROUTINE(s) (KL_CFG_ASYNC && (s)->is_coroutine)
// The class that ends an async for; without KL_CFG_ASYNC the class does not exist, and the code
// that would load it is dead.
#if KL_CFG_ASYNC
#define STOP_ASYNC_ITERATION KL_OBJ_FROM_PTR(&kl_type_StopAsyncIteration)
#else
#define STOP_ASYNC_ITERATION kl_const_none
#endif
// Whether try statement [n] has except* clauses; never without KL_CFG_EXCEPTION_GROUPS.
#define IS_TRY_STAR(n) (KL_CFG_EXCEPTION_GROUPS && (n)->op == 1)

typedef struct _compiler_t {
    kl_qstr_t filename;
    const char *src;
    size_t src_len;
    int mode;
    unsigned depth;
    bool future_annotations; // `from __future__ import annotations` seen (PEP 563)
    struct _emit_t *scoper;  // the emitter of the scope pass, while it runs
    kl_qstr_t seek;          // a nonlocal name of scope seek_scope to find (no_binding)
    struct _scope_t *seek_scope;
#if KL_CFG_CONST_SETS
    kl_obj_t set_consts; // a list of the frozenset constants made so far (see const_frozenset)
#endif
} compiler_t;

// Every message goes through KL_ERROR_TEXT, so builds without error text drop them.
#define syntax_error(c, node, msg) syntax_error_msg(c, node, KL_ERROR_TEXT(msg))
#define syntax_error_name(c, node, fmt, name) syntax_error_fmt(c, node, KL_ERROR_TEXT(fmt), name)

static KL_NORETURN void syntax_error_msg(compiler_t *c, kl_ast_t *node, const char *msg) {
#if !KL_CFG_ERROR_TEXT
    msg = ""; // the callers' messages are all "": this lets them drop theirs
#endif
#if !KL_CFG_SYNTAX_ERROR_DETAIL
    // The line only (the node's col is not even a column then: vm/parse.c, pos_t).
    kl_raise_syntax_error_line(&kl_type_SyntaxError, c->filename, node != NULL ? node->line : 0,
                               msg);
#else
    // Find the text of the node's line for the error display.
    const char *line = NULL;
    size_t line_len = 0;
    size_t want = node != NULL ? node->line : 0;
    if (want > 0) {
        const char *p = c->src;
        const char *end = c->src + c->src_len;
        size_t n = 1;
        while (p < end && n < want) {
            if (*p++ == '\n') {
                n++;
            }
        }
        if (n == want) {
            line = p;
            while (p < end && *p != '\n') {
                p++;
            }
            line_len = (size_t)(p - line) + (p < end); // with its line feed, as in CPython
        }
    }
    // A name, a parameter, or a global or nonlocal statement (to the end of its last name) is
    // marked whole, as in CPython; other nodes get one caret.
    size_t col = node != NULL ? node->col : 0, end_col = col;
    const kl_ast_t *last = node;
    if (node != NULL && (node->kind == KL_AST_GLOBAL || node->kind == KL_AST_NONLOCAL) &&
        node->n > 0) {
        last = node->kid[node->n - 1];
    }
    if (last != NULL && last->line == want && KL_OBJ_IS_QSTR(last->v) &&
        (last->kind == KL_AST_NAME ||
         (last->kind == KL_AST_ARG && (last->n < 2 || last->kid[1] == NULL)) || last != node)) {
        size_t len;
        const char *name = kl_qstr_data(KL_OBJ_QSTR_VALUE(last->v), &len);
        end_col = last->col + kl_obj_str_utf8_charlen(name, len);
    }
    kl_raise_syntax_error_range(&kl_type_SyntaxError, c->filename, want, col, want, end_col, line,
                                line_len, msg);
#endif
}

// syntax_error with a message naming [name]: "name 'x' is parameter and global".
static KL_NORETURN void syntax_error_fmt(compiler_t *c, kl_ast_t *node, const char *fmt,
                                         kl_qstr_t name) {
#if KL_CFG_ERROR_TEXT
    size_t len;
    syntax_error_msg(c, node, kl_obj_str_get_data(kl_obj_str_printf(fmt, name), &len));
#else
    (void)name;
    syntax_error_msg(c, node, fmt);
#endif
}

// A name in the 16 bits that symbols, scopes and code objects keep of a qstr. (One copy for
// its callers.)
static KL_NOINLINE uint16_t short_qstr(kl_qstr_t q) {
    if (q > 0xffff) {
        kl_raise_msg(&kl_type_SyntaxError, KL_ERROR_TEXT("too many names"));
    }
    return (uint16_t)q;
}

// Make room for item [n] of the doubling array [p] of [size]-byte items (see scope_t, emit_t).
#define GROW_MIN (4)
static void *grow(void *p, size_t n, size_t size, unsigned flags) {
    if (n == 0 || (n >= GROW_MIN && (n & (n - 1)) == 0)) {
        p = kl_gc_realloc(p, (n == 0 ? GROW_MIN : 2 * n) * size, flags);
    }
    return p;
}

// The qstr of what kl_printf makes of [fmt] and its arguments.
static kl_qstr_t qstr_printf(const char *fmt, ...) {
    kl_vstr_t v;
    kl_vstr_init(&v, 32);
    kl_print_t p;
    kl_vstr_print(&p, &v);
    va_list ap;
    va_start(ap, fmt);
    kl_vprintf(&p, fmt, ap);
    va_end(ap);
    kl_qstr_t q = kl_qstr_from_strn(v.buf, v.len);
    kl_gc_free(v.buf);
    return q;
}

static scope_t *scope_new(scope_t *parent, kl_ast_t *node, scope_kind_t kind, kl_qstr_t name) {
    scope_t *s = kl_gc_alloc(sizeof(scope_t), 0);
    s->node = node;
    s->parent = parent;
    s->kind = kind;
    s->name = short_qstr(name);
    s->class_name = kind == SCOPE_CLASS ? name : parent != NULL ? parent->class_name : KL_QSTR_NULL;
    if (parent != NULL) {
        scope_t **last = &parent->children;
        while (*last != NULL) {
            last = &(*last)->next;
        }
        *last = s;
        // Qualified names: methods are Class.f, nested functions f.<locals>.g.
        if (parent->kind == SCOPE_MODULE) {
            s->qualname = name;
        } else {
            s->qualname =
                short_qstr(qstr_printf("%q%s.%q", (kl_qstr_t)parent->qualname,
                                       parent->kind != SCOPE_CLASS ? ".<locals>" : "", name));
        }
    } else {
        s->qualname = name;
    }
    return s;
}

// The symbol [name] of [s], its own ([pass] 0) or passing through (SYM_PASS); made with
// [add] if there is none.
static sym_t *sym_lookup(scope_t *s, kl_qstr_t name, unsigned pass, bool add) {
    for (size_t i = 0; i < s->n_syms; i++) {
        if (s->syms[i].name == name && (s->syms[i].flags & SYM_PASS) == pass) {
            return &s->syms[i];
        }
    }
    if (!add) {
        return NULL;
    }
    uint16_t short_name = short_qstr(name);
    s->syms = grow(s->syms, s->n_syms, sizeof(sym_t), KL_GC_ATOMIC);
    sym_t *sym = &s->syms[s->n_syms++];
    memset(sym, 0, sizeof(*sym));
    sym->name = short_name;
    sym->flags = (uint8_t)pass;
    return sym;
}

static sym_t *scope_find(scope_t *s, kl_qstr_t name) {
    return sym_lookup(s, name, 0, false);
}

static sym_t *scope_add(scope_t *s, kl_qstr_t name) {
    return sym_lookup(s, name, 0, true);
}

static scope_t *scope_child(scope_t *s, kl_ast_t *node) {
    scope_t *child = s->children;
    while (child != NULL && child->node != node) {
        child = child->next;
    }
    return child;
}

// One level deeper in a recursive walk of the tree: both passes recurse once per node, and
// left-nested chains (a.b.c..., 1+1+...) that the parser reads in a loop could overflow the C
// stack.
static KL_NOINLINE void enter_node(compiler_t *c) {
    if (++c->depth > KL_CFG_PARSE_DEPTH * 4) {
        kl_raise_RecursionError(
            KL_ERROR_TEXT("maximum recursion depth exceeded during compilation"));
    }
    kl_stack_check();
}

// ==== Symbol pass ====

static void sym_expr(compiler_t *c, scope_t *s, kl_ast_t *n);
static void scope_comprehension(compiler_t *c, scope_t *cs, kl_ast_t *n);

// Private names: inside a class, __x (not ending in __) becomes _Class__x.
static kl_qstr_t mangle(const scope_t *s, kl_qstr_t name) {
    if (s->class_name == KL_QSTR_NULL) {
        return name;
    }
    size_t len;
    const char *n = kl_qstr_data(name, &len);
    if (len < 3 || n[0] != '_' || n[1] != '_' || (n[len - 1] == '_' && n[len - 2] == '_') ||
        memchr(n, '.', len) != NULL) {
        return name;
    }
    // The class's name without its leading underscores (a qstr's bytes end in a NUL).
    const char *c = kl_qstr_str(s->class_name);
    while (*c == '_') {
        c++;
    }
    if (*c == '\0') {
        return name;
    }
    return qstr_printf("_%s%q", c, name);
}

static void sym_name(scope_t *s, kl_qstr_t name, uint8_t flags) {
    name = mangle(s, name);
    sym_t *sym = scope_add(s, name);
    sym->flags |= flags;
    if (name == KL_QSTR_super || name == KL_QSTR___class__) {
        // super() without arguments needs the class being defined: ask the enclosing class for a
        // __class__ cell.
        if (s->kind == SCOPE_FUNCTION && s->parent != NULL && s->parent->kind == SCOPE_CLASS) {
            s->parent->needs_class_cell = 1;
            scope_add(s, KL_QSTR___class__)->flags |= SYM_USED;
        }
    }
}

static void sym_args(compiler_t *c, scope_t *outer, scope_t *inner, kl_ast_t *args) {
    // Three passes: the defaults and annotations, evaluated in the enclosing scope, then the
    // parameters in slot order: positional, keyword-only, *args, **kwargs. They come in that
    // order in the source but for *args, before the keyword-only ones: the last pass takes it
    // and **kwargs, which is last anyway.
    for (int pass = 0; pass < 3; pass++) {
        for (size_t i = 0; i < args->n; i++) {
            kl_ast_t *a = args->kid[i];
            if (pass == 0) {
                sym_expr(c, outer, a->kid[0]);
                sym_expr(c, outer, a->kid[1]);
                continue;
            }
            if ((a->op == KL_AST_ARG_VARARGS || a->op == KL_AST_ARG_VARKW) != (pass == 2)) {
                continue;
            }
            kl_qstr_t name = KL_OBJ_QSTR_VALUE(a->v);
            if (scope_find(inner, name) != NULL) {
                syntax_error_name(c, a, "duplicate argument '%q' in function definition", name);
            }
            sym_name(inner, name, SYM_ASSIGNED | SYM_PARAM);
            if (a->op <= KL_AST_ARG_NORMAL) {
#if KL_CFG_POSONLY_PARAMS
                inner->n_posonly += a->op == KL_AST_ARG_POSONLY;
#endif
                inner->n_pos++;
            } else if (a->op == KL_AST_ARG_KWONLY) {
                inner->n_kwonly++;
            } else {
                inner->flags |=
                    a->op == KL_AST_ARG_VARARGS ? KL_CODE_FLAG_VARARGS : KL_CODE_FLAG_VARKW;
            }
        }
    }
}

// The index of the first COMPREHENSION child of a comprehension [n]: after its one element,
// or a dict comprehension's key and value. (One copy for its callers.)
static KL_NOINLINE size_t first_generator(const kl_ast_t *n) {
    return n->kind == KL_AST_DICTCOMP ? 2 : 1;
}

static void sym_comprehension(compiler_t *c, scope_t *s, kl_ast_t *n) {
    // (#if: without sets the parser makes no set comprehension, and the name stays out of the
    // image.)
    static const uint16_t names[] = {
        KL_QSTR__lt_listcomp_gt_,
#if KL_CFG_SET
        KL_QSTR__lt_setcomp_gt_,
#else
        0,
#endif
        KL_QSTR__lt_genexpr_gt_,
        KL_QSTR__lt_dictcomp_gt_
    };
    kl_qstr_t name = names[n->kind - KL_AST_LISTCOMP];
    // The first iterable is evaluated outside; everything else runs in the comprehension's
    // own function scope, whose one parameter is the iterator, and is walked by the emitter's
    // code for it.
    sym_expr(c, s, n->kid[first_generator(n)]->kid[1]);
    scope_t *cs = scope_new(s, n, SCOPE_COMPREHENSION, name);
    sym_name(cs, KL_QSTR__dot_0, SYM_ASSIGNED | SYM_PARAM | SYM_COMP_ITER);
    cs->n_pos = 1;
    scope_comprehension(c, cs, n);
    if (n->kind == KL_AST_GENEXP) {
        cs->is_generator = 1;
    }
}

static void sym_expr(compiler_t *c, scope_t *s, kl_ast_t *n) {
    if (n == NULL) {
        return;
    }
    enter_node(c);
    switch (n->kind) {
        case KL_AST_NAME:
            sym_name(s, KL_OBJ_QSTR_VALUE(n->v), SYM_USED);
            break;
#if KL_CFG_WALRUS
        case KL_AST_NAMEDEXPR: {
            // The target binds in the nearest enclosing scope that is not a comprehension.
            scope_t *t = s;
            while (t->kind == SCOPE_COMPREHENSION) {
                t = t->parent;
            }
            kl_qstr_t name = KL_OBJ_QSTR_VALUE(n->kid[0]->v);
            if (t == s) {
                sym_name(s, name, SYM_ASSIGNED);
            } else {
                if (t->kind == SCOPE_CLASS) {
                    syntax_error(c, n,
                                 "assignment expression within a comprehension cannot be "
                                 "used in a class body");
                }
                sym_name(t, name, SYM_ASSIGNED);
                for (scope_t *u = s; u != t; u = u->parent) {
                    sym_name(u, name,
                             t->kind == SCOPE_MODULE ? SYM_GLOBAL : SYM_NONLOCAL | SYM_USED);
                }
            }
            sym_expr(c, s, n->kid[1]);
            break;
        }
#endif
        case KL_AST_LAMBDA: {
            scope_t *fs = scope_new(s, n, SCOPE_FUNCTION, KL_QSTR__lt_lambda_gt_);
            sym_args(c, s, fs, n->kid[0]);
            sym_expr(c, fs, n->kid[1]);
            break;
        }
        case KL_AST_LISTCOMP:
        case KL_AST_SETCOMP:
        case KL_AST_GENEXP:
        case KL_AST_DICTCOMP:
            sym_comprehension(c, s, n);
            break;
        case KL_AST_YIELD:
        case KL_AST_YIELDFROM:
            if (s->kind == SCOPE_COMPREHENSION && s->node->kind != KL_AST_GENEXP) {
                syntax_error(c, n,
                             s->node->kind == KL_AST_LISTCOMP ? "'yield' inside list comprehension"
                             : s->node->kind == KL_AST_SETCOMP
                                 ? "'yield' inside set comprehension"
                                 : "'yield' inside dict comprehension");
            }
            if (s->kind != SCOPE_FUNCTION && s->kind != SCOPE_COMPREHENSION) {
                syntax_error(c, n, "'yield' outside function");
            }
            if (n->kind == KL_AST_YIELDFROM && IS_COROUTINE(s)) {
                syntax_error(c, n, "'yield from' inside async function");
            }
            s->is_generator = 1;
            goto walk;
#if KL_CFG_ASYNC
        case KL_AST_AWAIT: {
            // await is valid in an async function, or an async comprehension inside one.
            scope_t *f = s;
            while (f->kind == SCOPE_COMPREHENSION && f->node->kind != KL_AST_GENEXP &&
                   f->parent != NULL && !f->is_coroutine) {
                f = f->parent;
            }
            if (f->kind != SCOPE_FUNCTION && f->kind != SCOPE_COMPREHENSION) {
                syntax_error(c, n, "'await' outside function");
            }
            if (f->kind == SCOPE_FUNCTION && !f->is_coroutine) {
                syntax_error(c, n, "'await' outside async function");
            }
            if (s->kind == SCOPE_COMPREHENSION) {
                s->is_coroutine = 1;
            }
            goto walk;
        }
#endif
        case KL_AST_CONSTANT:
            break;
        default:
        walk: // the children, in order
            for (size_t i = 0; i < n->n; i++) {
                sym_expr(c, s, n->kid[i]);
            }
            break;
    }
    c->depth--;
}

#if KL_CFG_MATCH
static void sym_pattern(compiler_t *c, scope_t *s, kl_ast_t *p) {
    if (p == NULL) {
        return;
    }
    switch (p->kind) {
        case KL_AST_PAT_VALUE:
            sym_expr(c, s, p->kid[0]);
            break;
        case KL_AST_PAT_STAR:
        case KL_AST_PAT_AS:
            if (p->v != KL_OBJ_NULL) {
                sym_name(s, KL_OBJ_QSTR_VALUE(p->v), SYM_ASSIGNED);
            }
            if (p->kind == KL_AST_PAT_AS) {
                sym_pattern(c, s, p->kid[0]);
            }
            break;
        case KL_AST_PAT_MAPPING:
            if (p->v != KL_OBJ_NULL) {
                sym_name(s, KL_OBJ_QSTR_VALUE(p->v), SYM_ASSIGNED);
            }
            for (size_t i = 0; i + 1 < p->n; i += 2) {
                sym_expr(c, s, p->kid[i]);
                sym_pattern(c, s, p->kid[i + 1]);
            }
            break;
        case KL_AST_PAT_CLASS:
            sym_expr(c, s, p->kid[0]);
            for (size_t i = 1; i < p->n; i++) {
                sym_pattern(c, s, p->kid[i]);
            }
            break;
        case KL_AST_PAT_KEYWORD:
            sym_pattern(c, s, p->kid[0]);
            break;
        default:
            for (size_t i = 0; i < p->n; i++) {
                sym_pattern(c, s, p->kid[i]);
            }
            break;
    }
}
#endif // KL_CFG_MATCH

// ==== Resolving names ====

static bool is_function_like(const scope_t *s) {
    return s->kind == SCOPE_FUNCTION || s->kind == SCOPE_COMPREHENSION;
}

// The symbol holding the cell for free variable [name] in [s], for building a closure: its
// own (a function's any, a class's a cell or free variable), else one passing through a class;
// NULL if none.
static sym_t *closure_sym(scope_t *s, kl_qstr_t name) {
    sym_t *sym = scope_find(s, name);
    if (sym != NULL && (sym->is_free || sym->is_cell || s->kind != SCOPE_CLASS)) {
        return sym;
    }
    return sym_lookup(s, name, SYM_PASS, false);
}

// Find a binding of [name] visible from [s] in an enclosing function scope; mark it as a cell
// there and as free in every scope between.
static bool capture(scope_t *s, kl_qstr_t name) {
    for (scope_t *p = s->parent; p != NULL; p = p->parent) {
        if (p->kind == SCOPE_CLASS) {
            if (name == KL_QSTR___class__ && p->needs_class_cell) {
                sym_t *sym = scope_add(p, name);
                sym->is_cell = 1;
                goto mark_path;
            }
            continue;
        }
        if (p->kind == SCOPE_MODULE) {
            return false;
        }
        sym_t *sym = scope_find(p, name);
        if (sym == NULL) {
            continue;
        }
        if (sym->flags & SYM_GLOBAL) {
            return false;
        }
        if (sym->flags & SYM_NONLOCAL) {
            // Free in p as well: the binding is further out.
            if (!capture(p, name)) {
                return false;
            }
            sym->is_free = 1;
            goto mark_path;
        }
        if (sym->flags & SYM_ASSIGNED) {
            sym->is_cell = 1;
            goto mark_path;
        }
        continue;
    mark_path:
        for (scope_t *q = s->parent; q != p; q = q->parent) {
            if (q->kind != SCOPE_CLASS) {
                sym_t *qs = scope_add(q, name);
                qs->is_free = 1;
                qs->flags |= SYM_NONLOCAL;
            } else {
                sym_lookup(q, name, SYM_PASS, true);
            }
        }
        return true;
    }
    return false;
}

static void scope_pass(compiler_t *c, scope_t *s, kl_ast_t *body);

// The error for a nonlocal [name] of [s] that nothing binds, found once the body was walked: the
// scope pass walks the body again to the statement that declares it (scope_stmt), to report
// that one. What else it finds there it has found before, without an error.
static KL_NORETURN void no_binding(compiler_t *c, scope_t *s, kl_qstr_t name) {
    c->seek = name;
    c->seek_scope = s;
    scope_pass(c, s, s->node->kid[s->kind == SCOPE_CLASS ? 1 : 2]);
    c->seek_scope = NULL; // (not reached: the walk finds the statement)
    syntax_error_name(c, s->node, "no binding for nonlocal '%q' found", name);
}

static void resolve(compiler_t *c, scope_t *s) {
    bool is_class = s->kind == SCOPE_CLASS;
    for (size_t i = 0; i < s->n_syms; i++) {
        sym_t *sym = &s->syms[i];
        kl_qstr_t name = sym->name;
        if (sym->flags & SYM_GLOBAL) {
            sym->access = ACCESS_GLOBAL;
        } else if (s->kind == SCOPE_MODULE) {
            sym->access = ACCESS_NAME;
        } else if (is_class && name == KL_QSTR___class__ && s->needs_class_cell) {
            sym->is_cell = 1;
        } else if (sym->flags & SYM_NONLOCAL) {
            // (A class's names are never free yet: what passes through it is kept apart.)
            if (!sym->is_free && !capture(s, name)) {
                no_binding(c, s, name);
            }
            sym->is_free = 1;
        } else if (sym->flags & SYM_ASSIGNED) {
            sym->access = is_class ? ACCESS_NAME : ACCESS_FAST;
        } else if (capture(s, name)) {
            // A function's free variable gets ACCESS_DEREF with its slot (below).
            sym->is_free = 1;
            sym->access = is_class ? ACCESS_CLASSDEREF : ACCESS_NAME;
        } else {
            sym->access = is_class ? ACCESS_NAME : ACCESS_GLOBAL;
        }
    }
    for (scope_t *child = s->children; child != NULL; child = child->next) {
        resolve(c, child);
    }
    // Then each local gets a slot: parameters first (in order), then other locals and cells,
    // then free variables last (they are filled from the closure at entry). Only now, after
    // the scopes inside: resolving them is what makes a local a cell, or adds a free variable
    // that passes through; nothing outside them changes this scope's symbols.
    uint16_t slot = 0;
    if (s->kind != SCOPE_MODULE) {
        // In five passes over the symbols: 0, parameters and 1, other fast locals (only
        // function scopes have them); 2, cells (a class's one cell is __class__), those that
        // are not parameters or fast locals with a slot of their own; 3, free variables; 4, the
        // free variables that pass through a class, which share the slot of the class's own
        // free variable of that name if there is one.
        for (int pass = is_function_like(s) ? 0 : 2; pass < 5; pass++) {
            for (size_t i = 0; i < s->n_syms; i++) {
                sym_t *sym = &s->syms[i];
                bool param = sym->flags & SYM_PARAM, fast = sym->access == ACCESS_FAST;
                if (pass == 0   ? !param
                    : pass == 1 ? param || sym->is_free || !fast
                    : pass == 2 ? !sym->is_cell || sym->is_free
                    : pass == 3 ? !sym->is_free
                                : !(sym->flags & SYM_PASS)) {
                    continue;
                }
                sym_t *own = pass == 4 ? scope_find(s, sym->name) : NULL;
                if (own != NULL && own->is_free) {
                    sym->slot = own->slot;
                    continue;
                }
                if (pass == 2) {
                    s->n_cells++;
                    sym->access = ACCESS_DEREF;
                    if (param || fast) {
                        continue;
                    }
                } else if (pass >= 3) {
                    s->n_free++;
                    if (sym->access != ACCESS_CLASSDEREF) {
                        sym->access = ACCESS_DEREF;
                    }
                }
                sym->slot = slot++;
            }
        }
    }
    s->n_locals = slot;
}

// ==== Emitter ====

typedef struct _label_t {
    int32_t pos;   // -1 until placed
    int32_t depth; // stack depth on arrival, -1 if unknown
} label_t;

typedef struct _fixup_t {
    uint32_t offset;
    uint32_t label;
} fixup_t;

typedef enum {
    FB_WHILE,
    FB_FOR,
    FB_TRY_EXCEPT,   // protected try body of try/except
    FB_FINALLY_TRY,  // protected try body of try/finally: holds the finally body
    FB_FINALLY_END,  // running the finally body on the exceptional path
    FB_HANDLER,      // inside an except clause: prev exception on the stack
    FB_WITH,         // inside a with body: exit function on the stack
    FB_POP_VALUE,    // one value on the stack to pop on exit (match subject)
    FB_STAR_HANDLER, // inside an except* clause: break, continue and return are not allowed
} fblock_kind_t;

// Blocks and protections live in the C stack frames of the code that pushes them, each
// pointing to the one below it: no heap (a scope is compiled while its parent's emitter is live,
// and arrays of blocks made every nested def cost heap that a small board does not have), and a
// block stays where it is while more are pushed, or while a finally body is copied with the
// blocks above it taken off.

// A protected range being built: closed segments become exception table entries.
typedef struct _protect_t {
    struct _protect_t *prev; // the one below, NULL for the first
    uint32_t nesting;        // 1 for the first, 2 for one above it...
    uint32_t handler_label;
    int32_t start; // -1 while suspended
    uint32_t depth;
} protect_t;

typedef struct _fblock_t {
    struct _fblock_t *prev; // the enclosing block, NULL for the outermost
    uint32_t nesting;       // 1 for the outermost, 2 for one inside it...
    uint8_t kind;
    bool is_async; // async with: __aexit__'s result is awaited
    uint32_t label_break;
    uint32_t label_continue;
    protect_t *protect; // the protection of this block, NULL if none
    kl_ast_t *finally_body;
    kl_qstr_t handler_name; // except ... as name: cleared on exit
    protect_t own;          // the protection of a block with one of its own
} fblock_t;

#define MAX_BLOCKS (64) // of each, fblocks and protections

typedef struct _emit_t {
    compiler_t *c;
    scope_t *scope;
    bool scoping; // the scope pass's: statements are walked by the emitter (see scope_stmt)
    kl_vstr_t code;
#if KL_CFG_SOURCE_LINES
    kl_vstr_t lines;
#endif
    // Arrays that double as they fill, their room not kept (see grow).
    kl_obj_t *consts;
    size_t n_consts;
    label_t *labels;
    size_t n_labels;
    fixup_t *fixups;
    size_t n_fixups;
    kl_exc_entry_t *exc;
    size_t n_exc;
    int depth;
    int max_depth;
#if KL_CFG_WIDE_JUMPS
    bool wide;
#endif
    bool has_doc; // constant 0 is the docstring
#if KL_CFG_SOURCE_LINES
    uint32_t line;
    uint32_t line_offset;
    uint32_t last_line;
#endif
    fblock_t *fblocks;   // the innermost, NULL if none
    protect_t *protects; // the innermost, NULL if none
} emit_t;

#if KL_CFG_WIDE_JUMPS
#define WIDE(e) ((e)->wide)
#else
#define WIDE(e) false // code that needs wide jumps is refused (compile_scope)
#endif

static const int8_t op_effect[] = {
#define VAR 0
#define OP(name, effect, arg) effect,
#include "vm/opcodes.def"
#undef OP
#undef VAR
};

const uint8_t kl_bc_arg_kind[KL_BC_NUM_OPCODES] = {
#define OP(name, effect, arg) KL_BC_ARG_##arg,
#include "vm/opcodes.def"
#undef OP
};

const char *const kl_bc_names[KL_BC_NUM_OPCODES] = {
#define OP(name, effect, arg) #name,
#include "vm/opcodes.def"
#undef OP
};

static void adjust_depth(emit_t *e, int delta) {
    e->depth += delta;
    if (e->depth > e->max_depth) {
        e->max_depth = e->depth;
    }
}

// (The scope pass's too, dropped at each statement: see compile_stmt.)
static void emit_byte(emit_t *e, uint8_t b) {
    kl_vstr_add_byte(&e->code, (char)b);
}

static void emit_uint(kl_vstr_t *v, kl_uint_t n) {
    while (n >= 0x80) {
        kl_vstr_add_byte(v, (char)(0x80 | (n & 0x7f)));
        n >>= 7;
    }
    kl_vstr_add_byte(v, (char)n);
}

// A signed number as the unsigned one that emit_uint writes: 0, -1, 1, -2... as 0, 1, 2, 3...
static kl_uint_t zigzag(kl_int_t n) {
    return ((kl_uint_t)n << 1) ^ (kl_uint_t)(n >> (sizeof(kl_int_t) * 8 - 1));
}

// A code object's first line (co_firstlineno): a decorated def's or class's is its first
// decorator's, as in CPython.
static uint32_t first_line(const kl_ast_t *node) {
    if (node->kind == KL_AST_MODULE) {
        return 1;
    }
#if KL_CFG_SOURCE_LINES // (without a line table nothing reads more than the def's line)
    if (node->kind == KL_AST_CLASSDEF || node->kind == KL_AST_FUNCDEF) {
        const kl_ast_t *decos = node->kid[node->kind == KL_AST_CLASSDEF ? 2 : 3];
        if (decos != NULL && decos->n > 0) {
            return decos->kid[0]->line;
        }
    }
#endif
    return node->line;
}

#if KL_CFG_SOURCE_LINES
// Record the source line of what is emitted next. Entries are (offset delta, line delta); an
// entry with offset delta 0 overrides the line of the previous one.
static void set_line(emit_t *e, uint32_t line) {
    if (line == 0 || line == e->line || e->scoping) {
        return;
    }
    uint32_t offset = (uint32_t)e->code.len;
    emit_uint(&e->lines, offset - e->line_offset);
    emit_uint(&e->lines, zigzag((kl_int_t)line - (kl_int_t)e->last_line));
    e->last_line = line;
    e->line_offset = offset;
    e->line = line;
}
#else
// No line table (KL_CFG_SOURCE_LINES): the line is not even read.
#define set_line(e, line) ((void)(e))
#endif

static void emit_op(emit_t *e, kl_bc_opcode_t op) {
    emit_byte(e, (uint8_t)op);
    adjust_depth(e, op_effect[op]);
}

// Several ops without argument in a row, packed first op in the low byte (OPS2, OPS3): one call
// instead of one per op. NOP (0) ends them, so it is never one of them.
#define OPS2(a, b) ((uint32_t)KL_BC_##a | (uint32_t)KL_BC_##b << 8)
#define OPS3(a, b, c) (OPS2(a, b) | (uint32_t)KL_BC_##c << 16)
static void emit_ops(emit_t *e, uint32_t ops) {
    do {
        emit_op(e, (kl_bc_opcode_t)(ops & 0xff));
    } while ((ops >>= 8) != 0);
}

static void emit_op_uint_var(emit_t *e, kl_bc_opcode_t op, kl_uint_t arg, int delta) {
    emit_byte(e, (uint8_t)op);
    emit_uint(&e->code, arg);
    adjust_depth(e, delta);
}

static void emit_op_uint(emit_t *e, kl_bc_opcode_t op, kl_uint_t arg) {
    emit_op_uint_var(e, op, arg, op_effect[op]);
}

static void emit_op_uint2(emit_t *e, kl_bc_opcode_t op, kl_uint_t a, kl_uint_t b, int delta) {
    emit_op_uint_var(e, op, a, delta);
    emit_uint(&e->code, b);
}

// ( fn args -- result ): call with [n_pos] positional arguments.
static void emit_call(emit_t *e, size_t n_pos) {
    emit_op_uint2(e, KL_BC_CALL_FUNCTION, n_pos, 0, -(int)n_pos);
}

static uint32_t label_new(emit_t *e) {
    if (e->scoping) {
        return 0; // the scope pass's labels are never read: its few serve them all
    }
    e->labels = grow(e->labels, e->n_labels, sizeof(label_t), KL_GC_ATOMIC);
    e->labels[e->n_labels].pos = -1;
    e->labels[e->n_labels].depth = -1;
    return (uint32_t)e->n_labels++;
}

// [k] new labels (k > 0), numbered on from the one returned; in the scope pass all are label 0
// (label_new), and its code reads no more than SCOPE_LABELS of them.
#define SCOPE_LABELS 3
static uint32_t labels_new(emit_t *e, size_t k) {
    uint32_t first = label_new(e);
    while (--k > 0) {
        label_new(e);
    }
    return first;
}

static void label_place(emit_t *e, uint32_t l) {
    e->labels[l].pos = (int32_t)e->code.len;
    if (e->labels[l].depth >= 0) {
        e->depth = e->labels[l].depth;
    } else {
        e->labels[l].depth = e->depth;
    }
}

static void label_set_depth(emit_t *e, uint32_t l, int depth) {
    if (e->labels[l].depth < 0) {
        e->labels[l].depth = depth;
    }
}

static void emit_jump(emit_t *e, kl_bc_opcode_t op, uint32_t l) {
    if (e->scoping) {
        return; // no code, so nothing to fix up
    }
    emit_op(e, op);
    e->fixups = grow(e->fixups, e->n_fixups, sizeof(fixup_t), KL_GC_ATOMIC);
    e->fixups[e->n_fixups].offset = (uint32_t)e->code.len;
    e->fixups[e->n_fixups].label = l;
    e->n_fixups++;
    kl_vstr_add_strn(&e->code, "\0\0\0", WIDE(e) ? 4 : 2); // (and the string's NUL)
    // The depth at the target: what the op leaves when it falls through, but for the ops that
    // jump with their operand kept (JUMP_IF_*_OR_POP) or popped (FOR_ITER's iterator).
    int depth = e->depth;
    if (op == KL_BC_FOR_ITER) {
        depth -= 2;
    } else if (op == KL_BC_JUMP_IF_FALSE_OR_POP || op == KL_BC_JUMP_IF_TRUE_OR_POP) {
        depth++;
    }
    label_set_depth(e, l, depth);
}

// An unconditional jump to [l]. (One call with one operand fewer at each of its callers.)
static KL_NOINLINE void emit_goto(emit_t *e, uint32_t l) {
    emit_jump(e, KL_BC_JUMP, l);
}

static size_t add_const(emit_t *e, kl_obj_t value) {
    for (size_t i = 0; i < e->n_consts; i++) {
        kl_obj_t k = e->consts[i];
        if (k == value) {
            return i;
        }
        // Reuse equal strings only (1 == 1.0 == True must stay distinct constants).
        if (kl_obj_is_str(k) && kl_obj_is_str(value) &&
            kl_obj_get_type(k) == kl_obj_get_type(value) && kl_obj_str_equal(k, value)) {
            return i;
        }
    }
    e->consts = grow(e->consts, e->n_consts, sizeof(kl_obj_t), 0);
    e->consts[e->n_consts] = value;
    return e->n_consts++;
}

// Whether the small int [v] may be a LOAD_INT operand (kl_state.compile_int_bits). The limit is
// for a .kbc file run on a target with narrower small ints: without them (KL_CFG_BYTECODE_FILES)
// code only runs where it was compiled, and every small int fits.
static bool load_int_fits(kl_int_t v) {
    unsigned bits = kl_state.compile_int_bits;
    if (!KL_CFG_BYTECODE_FILES || bits == 0 || bits >= sizeof(kl_int_t) * 8) {
        return true;
    }
    kl_int_t lim = (kl_int_t)1 << (bits - 1);
    return v >= -lim && v < lim;
}

static void emit_load_const(emit_t *e, kl_obj_t value) {
    if (value == kl_const_none) {
        emit_op(e, KL_BC_LOAD_NONE);
    } else if (value == kl_const_true) {
        emit_op(e, KL_BC_LOAD_TRUE);
    } else if (value == kl_const_false) {
        emit_op(e, KL_BC_LOAD_FALSE);
    } else if (KL_OBJ_IS_SMALL_INT(value) && load_int_fits(KL_OBJ_SMALL_INT_VALUE(value))) {
        emit_op_uint(e, KL_BC_LOAD_INT, zigzag(KL_OBJ_SMALL_INT_VALUE(value)));
    } else {
        emit_op_uint(e, KL_BC_LOAD_CONST, add_const(e, value));
    }
}

// ---- Protected ranges ----

static void protect_close_segment(emit_t *e, protect_t *p) {
    if (p->start < 0) {
        return;
    }
    uint32_t end = (uint32_t)e->code.len;
    if ((uint32_t)p->start < end && !e->scoping) {
        e->exc = grow(e->exc, e->n_exc, sizeof(kl_exc_entry_t), KL_GC_ATOMIC);
        kl_exc_entry_t *x = &e->exc[e->n_exc];
        x->start = (uint32_t)p->start;
        x->end = end;
        x->handler = p->handler_label; // the label until finish_code knows its offset
        x->depth = p->depth;
        e->n_exc++;
    }
    p->start = -1;
}

// The nesting of a new block or protection above one of nesting [below] (0: none).
static uint32_t block_nesting(emit_t *e, uint32_t below) {
    uint32_t n = below + 1;
    if (n > MAX_BLOCKS && !e->scoping) {
        syntax_error(e->c, NULL, "too many statically nested blocks");
    }
    return n;
}

// Push protection [p] (the caller's) with its handler at [handler_label].
static protect_t *protect_push(emit_t *e, protect_t *p, uint32_t handler_label) {
    p->nesting = block_nesting(e, e->protects != NULL ? e->protects->nesting : 0);
    p->prev = e->protects;
    p->handler_label = handler_label;
    p->start = (int32_t)e->code.len;
    p->depth = (uint32_t)e->depth;
    e->protects = p;
    label_set_depth(e, handler_label, e->depth + 1);
    return p;
}

static void protect_pop(emit_t *e) {
    protect_t *p = e->protects;
    e->protects = p->prev;
    protect_close_segment(e, p);
}

// Suspend every protection from [from] up (while a finally copy runs) / resume them.
static void protect_suspend_from(emit_t *e, protect_t *from) {
    for (protect_t *p = e->protects;; p = p->prev) {
        protect_close_segment(e, p);
        if (p == from) {
            return;
        }
    }
}

static void protect_resume_from(emit_t *e, protect_t *from) {
    for (protect_t *p = e->protects;; p = p->prev) {
        p->start = (int32_t)e->code.len;
        if (p == from) {
            return;
        }
    }
}

// Push fblock [f] (the caller's) of [kind], zeroed.
static fblock_t *fblock_push(emit_t *e, fblock_t *f, fblock_kind_t kind) {
    uint32_t nesting = block_nesting(e, e->fblocks != NULL ? e->fblocks->nesting : 0);
    memset(f, 0, sizeof(fblock_t));
    f->nesting = nesting;
    f->prev = e->fblocks;
    f->kind = (uint8_t)kind;
    e->fblocks = f;
    return f;
}

static void fblock_pop(emit_t *e) {
    e->fblocks = e->fblocks->prev;
}

// Push fblock [f] of [kind] with a new protection of its own whose handler is at
// [handler_label].
static KL_NOINLINE fblock_t *fblock_push_protected(emit_t *e, fblock_t *f, fblock_kind_t kind,
                                                   uint32_t handler_label) {
    fblock_push(e, f, kind);
    f->protect = protect_push(e, &f->own, handler_label);
    return f;
}

// ==== Expressions ====

static void compile_iterable(emit_t *e, kl_ast_t *n);
static void compile_expr(emit_t *e, kl_ast_t *n);
static void compile_stmt(emit_t *e, kl_ast_t *n);
#if KL_CFG_ANNOTATIONS
static void compile_annotation(emit_t *e, kl_ast_t *n);
#endif
static void emit_await(emit_t *e);
static void compile_suite(emit_t *e, kl_ast_t *n);
static void emit_drop(emit_t *e);
static kl_obj_t compile_scope(compiler_t *c, scope_t *s);
static void compile_store(emit_t *e, kl_ast_t *t);

// What emit_name_op and compile_access do with a name or target.
enum { USE_LOAD, USE_STORE, USE_DELETE, USE_METHOD };

static void emit_name_op(emit_t *e, kl_qstr_t name, int what) {
    if (e->scoping) {
        sym_name(e->scope, name, what == USE_LOAD ? SYM_USED : SYM_ASSIGNED);
        return;
    }
    name = mangle(e->scope, name);
    static const uint8_t ops[5][3] = {
        [ACCESS_NAME] = {KL_BC_LOAD_NAME, KL_BC_STORE_NAME, KL_BC_DELETE_NAME},
        [ACCESS_GLOBAL] = {KL_BC_LOAD_GLOBAL, KL_BC_STORE_GLOBAL, KL_BC_DELETE_GLOBAL},
        [ACCESS_FAST] = {KL_BC_LOAD_FAST, KL_BC_STORE_FAST, KL_BC_DELETE_FAST},
        [ACCESS_DEREF] = {KL_BC_LOAD_DEREF, KL_BC_STORE_DEREF, KL_BC_DELETE_DEREF},
        [ACCESS_CLASSDEREF] = {KL_BC_LOAD_CLASSDEREF, KL_BC_STORE_NAME, KL_BC_DELETE_NAME},
    };
    sym_t *sym = scope_find(e->scope, name);
    access_t access = sym != NULL ? (access_t)sym->access
                      : (e->scope->kind == SCOPE_MODULE || e->scope->kind == SCOPE_CLASS)
                          ? ACCESS_NAME
                          : ACCESS_GLOBAL;
    kl_bc_opcode_t op = (kl_bc_opcode_t)ops[access][what];
    if (access == ACCESS_CLASSDEREF && what == USE_LOAD) {
        emit_op_uint2(e, op, name, sym->slot, 1); // the name, then the cell if it is not there
    } else {
        emit_op_uint(e, op, access == ACCESS_FAST || access == ACCESS_DEREF ? sym->slot : name);
    }
}

// Load, store or delete ([what], USE_*) attribute or subscript [t], or load attribute [t] as
// a method (USE_METHOD), its object (and index) on the stack.
static void emit_item_op(emit_t *e, kl_ast_t *t, int what) {
    static const uint8_t ops[2][4] = {
        {KL_BC_LOAD_ATTR, KL_BC_STORE_ATTR, KL_BC_DELETE_ATTR, KL_BC_LOAD_METHOD},
        {KL_BC_LOAD_SUBSCR, KL_BC_STORE_SUBSCR, KL_BC_DELETE_SUBSCR},
    };
    bool sub = t->kind == KL_AST_SUBSCRIPT;
    kl_bc_opcode_t op = (kl_bc_opcode_t)ops[sub][what];
    if (sub) {
        emit_op(e, op);
    } else {
        emit_op_uint(e, op, mangle(e->scope, KL_OBJ_QSTR_VALUE(t->v)));
    }
}

// Load, store or delete ([what], USE_*) name, attribute or subscript [t]; false for any
// other node.
static bool compile_access(emit_t *e, kl_ast_t *t, int what) {
    if (t->kind == KL_AST_NAME) {
        if (what != USE_STORE) {
            set_line(e, t->line);
        }
        emit_name_op(e, KL_OBJ_QSTR_VALUE(t->v), what);
        return true;
    }
    if (t->kind != KL_AST_ATTRIBUTE && t->kind != KL_AST_SUBSCRIPT) {
        return false;
    }
    compile_expr(e, t->kid[0]);
    if (t->kind == KL_AST_SUBSCRIPT) {
        compile_expr(e, t->kid[1]);
    }
    set_line(e, t->line);
    emit_item_op(e, t, what);
    return true;
}

// Whether the items [from..n) of a tuple display or call [n] unpack (*x, or a call's **m).
static bool is_starred_list(kl_ast_t *n, size_t from) {
    for (size_t i = from; i < n->n; i++) {
        kl_ast_t *a = n->kid[i];
        if (a->kind == KL_AST_STARRED || (a->kind == KL_AST_KEYWORD && a->v == KL_OBJ_NULL)) {
            return true;
        }
    }
    return false;
}

// The instructions that build a display, by DISPLAY_*: BUILD with the plain items before the
// first unpacking (*x, **m), then ADD for a plain item after it and UPDATE for an unpacking.
// Without KL_CFG_DISPLAY_UNPACK only a call's arguments (DISPLAY_ARGS) unpack: the starred item
// of another display is left to compile_expr, which refuses it, and dict displays are built
// without this function.
enum { DISPLAY_LIST, DISPLAY_SET, DISPLAY_MAP, DISPLAY_TUPLE, DISPLAY_ARGS };
static const uint8_t display_ops[][3] = {
    {KL_BC_BUILD_LIST, KL_BC_LIST_APPEND, KL_BC_LIST_EXTEND},
    {KL_BC_BUILD_SET, KL_BC_SET_ADD, KL_BC_SET_UPDATE},
    {KL_BC_BUILD_MAP, KL_BC_MAP_ADD, KL_BC_DICT_UPDATE},
    {KL_BC_BUILD_TUPLE}, // only without unpackings
};

// Build the display [kind] of the items [from..n) of [n] (keyword arguments skipped; a dict's
// are key, value pairs with a NULL key for **m) on top of the [plain] values already pushed.
static void compile_display(emit_t *e, kl_ast_t *n, size_t from, size_t plain, int kind) {
#if !KL_CFG_DISPLAY_UNPACK
    bool args = kind == DISPLAY_ARGS;
#endif
    // A tuple with unpackings (or a call's arguments with *args or **kwargs) is built as a
    // list, then made a tuple.
    bool to_tuple = kind >= DISPLAY_TUPLE && is_starred_list(n, from);
    if (to_tuple) {
        kind = DISPLAY_LIST;
    }
    const uint8_t *ops = display_ops[kind];
    size_t step = KL_CFG_DISPLAY_UNPACK && kind == DISPLAY_MAP ? 2 : 1;
    bool built = false;
    for (size_t i = from; i + step <= n->n; i += step) {
        kl_ast_t *k = n->kid[i];
        if (step == 1 && k->kind == KL_AST_KEYWORD) {
            continue;
        }
#if KL_CFG_DISPLAY_UNPACK
        if (step == 2 ? k == NULL : k->kind == KL_AST_STARRED) {
#else
        if (args && k->kind == KL_AST_STARRED) {
#endif
            if (!built) {
                emit_op_uint_var(e, ops[0], plain, 1 - (int)(step * plain));
                built = true;
            }
            compile_expr(e, KL_CFG_DISPLAY_UNPACK && step == 2 ? n->kid[i + 1] : k->kid[0]);
            emit_op_uint(e, ops[2], 1);
        } else {
            compile_expr(e, k);
            if (step == 2) {
                compile_expr(e, n->kid[i + 1]);
            }
            if (built) {
                emit_op_uint(e, ops[1], 1);
            } else {
                plain++;
            }
        }
    }
    if (!built) {
        emit_op_uint_var(e, ops[0], plain, 1 - (int)(step * plain));
    }
    if (to_tuple) {
        emit_op(e, KL_BC_LIST_TO_TUPLE);
    }
}

#if KL_CFG_SYNTAX_WARNINGS
// A SyntaxWarning at [node], through warnings.warn_explicit as CPython's compiler issues it; a
// filter that turns it into an error makes it a SyntaxError there. No warnings module (a
// board that freezes none): nothing is shown.
static kl_obj_t warn_explicit_fun(void) {
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) != 0) {
        return KL_OBJ_NULL;
    }
    kl_obj_t warn =
        kl_load_attr(kl_import_name(KL_QSTR_warnings, kl_const_none, 0), KL_QSTR_warn_explicit);
    kl_nlr_pop();
    return warn;
}

static void compile_warn(compiler_t *c, kl_ast_t *node, const char *msg) {
    kl_obj_t warn = warn_explicit_fun();
    if (warn == KL_OBJ_NULL) {
        return;
    }
    kl_nlr_buf_t nlr;
    kl_obj_t args[4] = {kl_obj_new_str_from_cstr(msg), KL_OBJ_FROM_PTR(&kl_type_SyntaxWarning),
                        KL_OBJ_NEW_QSTR(c->filename), kl_obj_new_int((kl_int_t)node->line)};
    if (kl_nlr_push(&nlr) == 0) {
        kl_call_function_n_kw(warn, 4, 0, args);
        kl_nlr_pop();
    } else if (kl_obj_is_subclass(kl_obj_get_type(nlr.ret_val), &kl_type_SyntaxWarning)) {
        syntax_error_msg(c, node, msg);
    } else {
        kl_nlr_jump(nlr.ret_val);
    }
}

// Whether [n] is a literal whose identity `is` may not rely on: CPython's test after its
// constant folding, a constant other than None, True, False and ..., a signed number, or a
// tuple of constants.
static bool is_loose_literal(kl_ast_t *n) {
    if (n->kind == KL_AST_UNARYOP && n->op != KL_AST_UNARY_NOT) {
        n = n->kid[0];
        return n->kind == KL_AST_CONSTANT &&
               (kl_obj_is_int(n->v) || kl_obj_get_type(n->v) == KL_TYPE_FLOAT ||
                kl_obj_get_type(n->v) == KL_TYPE_COMPLEX);
    }
    if (n->kind == KL_AST_TUPLE) {
        for (size_t i = 0; i < n->n; i++) {
            kl_ast_t *k = n->kid[i];
            if (k->kind != KL_AST_CONSTANT && !is_loose_literal(k)) {
                return false;
            }
        }
        return true;
    }
    return n->kind == KL_AST_CONSTANT && n->v != kl_const_none && n->v != kl_const_true &&
           n->v != kl_const_false && n->v != kl_const_ellipsis;
}

// The constant CPython's folding makes of [n] (a constant, a signed number), or KL_OBJ_NULL.
static kl_obj_t folded_constant(kl_ast_t *n) {
    if (n->kind == KL_AST_UNARYOP && n->op != KL_AST_UNARY_NOT) {
        n = n->kid[0];
        if (n->kind != KL_AST_CONSTANT ||
            !(kl_obj_is_int(n->v) || kl_obj_get_type(n->v) == KL_TYPE_FLOAT ||
              kl_obj_get_type(n->v) == KL_TYPE_COMPLEX)) {
            return KL_OBJ_NULL;
        }
        // -True is the int -1.
        return n->v == kl_const_true || n->v == kl_const_false ? KL_OBJ_NEW_SMALL_INT(0) : n->v;
    }
    return n->kind == KL_AST_CONSTANT ? n->v : KL_OBJ_NULL;
}

// The type's name of what [n] evaluates to where the compiler can tell (CPython's
// infer_type), or KL_QSTR_NULL.
static kl_qstr_t inferred_type(kl_ast_t *n) {
    kl_obj_t v = folded_constant(n);
    if (v != KL_OBJ_NULL) {
        return kl_obj_get_type(v)->name;
    }
    switch (n->kind) {
        case KL_AST_TUPLE:
            return KL_QSTR_tuple;
        case KL_AST_LIST:
        case KL_AST_LISTCOMP:
            return KL_QSTR_list;
        case KL_AST_DICT:
        case KL_AST_DICTCOMP:
            return KL_QSTR_dict;
        case KL_AST_SET:
        case KL_AST_SETCOMP:
            return KL_QSTR_set;
        case KL_AST_GENEXP:
            return KL_QSTR_generator;
        case KL_AST_LAMBDA:
            return KL_QSTR_function;
        case KL_AST_JOINEDSTR:
        case KL_AST_FORMATTEDVALUE:
            return KL_QSTR_str;
        default:
            return KL_QSTR_NULL;
    }
}

static void compile_warn_fmt(compiler_t *c, kl_ast_t *node, const char *fmt, kl_qstr_t a,
                             kl_qstr_t b) {
    size_t len;
    compile_warn(c, node, kl_obj_str_get_data(kl_obj_str_printf(fmt, a, b), &len));
}

// `(1, 2)(3)`, `None()`: calling what cannot be called, likely a missed comma.
static void check_caller(emit_t *e, kl_ast_t *call) {
    kl_ast_t *fn = call->kid[0];
    kl_qstr_t type = inferred_type(fn);
    if (type != KL_QSTR_NULL && fn->kind != KL_AST_LAMBDA) {
        compile_warn_fmt(e->c, call, "'%q' object is not callable; perhaps you missed a comma?",
                         type, KL_QSTR_NULL);
    }
}

// `[1, 2][3, 4]`, `5[0]`, `"ab"["c"]`: subscripting what cannot be subscripted, or by what
// cannot index it.
static void check_subscript(emit_t *e, kl_ast_t *n) {
    kl_ast_t *value = n->kid[0];
    kl_qstr_t type = inferred_type(value);
    if (type == KL_QSTR_NULL) {
        return;
    }
    kl_obj_t v = folded_constant(value);
    bool subscriptable = v != KL_OBJ_NULL
                             ? kl_obj_is_str(v) || kl_obj_is_type(v, &kl_type_bytes) ||
                                   kl_obj_is_type(v, &kl_type_tuple)
                             : value->kind != KL_AST_SET && value->kind != KL_AST_SETCOMP &&
                                   value->kind != KL_AST_GENEXP && value->kind != KL_AST_LAMBDA;
    if (!subscriptable) {
        if (v == KL_OBJ_NULL || v == kl_const_none || v == kl_const_ellipsis || kl_obj_is_int(v) ||
            kl_obj_get_type(v) == KL_TYPE_FLOAT || kl_obj_get_type(v) == KL_TYPE_COMPLEX) {
            compile_warn_fmt(e->c, n,
                             "'%q' object is not subscriptable; perhaps you missed a comma?", type,
                             KL_QSTR_NULL);
        }
        return;
    }
    kl_qstr_t index = inferred_type(n->kid[1]);
    kl_obj_t iv = folded_constant(n->kid[1]);
    if (index == KL_QSTR_NULL || (iv != KL_OBJ_NULL && kl_obj_is_int(iv)) ||
        (value->kind != KL_AST_CONSTANT && value->kind != KL_AST_TUPLE &&
         value->kind != KL_AST_LIST && value->kind != KL_AST_LISTCOMP &&
         value->kind != KL_AST_JOINEDSTR && value->kind != KL_AST_FORMATTEDVALUE)) {
        return;
    }
    compile_warn_fmt(e->c, n,
                     "%q indices must be integers or slices, not %q; perhaps you missed a comma?",
                     type, index);
}

// `x is 1`, `() is not y`: one warning for a comparison, at its first such operator.
static void check_is_literal(emit_t *e, kl_ast_t *n) {
    bool left = is_loose_literal(n->kid[0]);
    for (size_t i = 1; i < n->n; i++) {
        kl_ast_t *cmp = n->kid[i];
        bool right = is_loose_literal(cmp->kid[0]);
        if ((cmp->op == KL_AST_CMP_IS || cmp->op == KL_AST_CMP_IS_NOT) && (left || right)) {
            compile_warn(e->c, n,
                         cmp->op == KL_AST_CMP_IS
                             ? "\"is\" with a literal. Did you mean \"==\"?"
                             : "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
    }
}
#endif

static void compile_call_args(emit_t *e, kl_ast_t *n, size_t from, bool is_method,
                              size_t extra_pos) {
    // Plain calls: positional values then (name, value) pairs. Calls with *args or **kwargs
    // build a tuple and a dict and use CALL_FUNCTION_EX (never a method call: compile_call).
    size_t n_pos = 0, n_kw = 0;
    for (size_t i = from; i < n->n; i++) {
        kl_ast_t *a = n->kid[i];
        if (a->kind == KL_AST_KEYWORD && a->v != KL_OBJ_NULL) {
            for (size_t j = from; j < i; j++) {
                kl_ast_t *b = n->kid[j];
                if (b->kind == KL_AST_KEYWORD && b->v == a->v) {
                    syntax_error_name(e->c, a, "keyword argument repeated: %q",
                                      KL_OBJ_QSTR_VALUE(a->v));
                }
            }
        }
    }
    if (!is_starred_list(n, from)) {
        for (size_t i = from; i < n->n; i++) {
            kl_ast_t *a = n->kid[i];
            if (a->kind == KL_AST_KEYWORD) {
                emit_load_const(e, a->v);
                a = a->kid[0];
                n_kw++;
            } else {
                n_pos++;
            }
            compile_expr(e, a);
        }
        n_pos += extra_pos;
        int delta = -(int)(n_pos + 2 * n_kw) - (is_method ? 1 : 0);
        emit_op_uint2(e, is_method ? KL_BC_CALL_METHOD : KL_BC_CALL_FUNCTION, n_pos, n_kw, delta);
        return;
    }
    // fn on the stack: gather positionals into a list, then a tuple.
    compile_display(e, n, from, extra_pos, DISPLAY_ARGS);
    bool has_kw = false;
    for (size_t i = from; i < n->n; i++) {
        kl_ast_t *a = n->kid[i];
        if (a->kind != KL_AST_KEYWORD) {
            continue;
        }
        if (!has_kw) {
            emit_op_uint_var(e, KL_BC_BUILD_MAP, 0, 1);
            has_kw = true;
        }
        // **m is merged as it is, name=value as {name: value}.
        if (a->v != KL_OBJ_NULL) {
            emit_load_const(e, a->v);
        }
        compile_expr(e, a->kid[0]);
        if (a->v != KL_OBJ_NULL) {
            emit_op_uint_var(e, KL_BC_BUILD_MAP, 1, -1);
        }
        emit_op_uint(e, KL_BC_DICT_MERGE, 1);
    }
    emit_op_uint_var(e, KL_BC_CALL_FUNCTION_EX, has_kw, has_kw ? -2 : -1);
}

static void compile_call(emit_t *e, kl_ast_t *n) {
    kl_ast_t *fn = n->kid[0];
#if KL_CFG_SYNTAX_WARNINGS
    check_caller(e, n);
#endif
    if (fn->kind == KL_AST_ATTRIBUTE && !is_starred_list(n, 1)) {
        compile_expr(e, fn->kid[0]);
        set_line(e, n->line);
        emit_item_op(e, fn, USE_METHOD);
        compile_call_args(e, n, 1, true, 0);
        set_line(e, n->line);
        return;
    }
    // super().m(...) and super() need the class and first argument: the VM finds them in the
    // frame (__class__ cell and local 0), so a plain call is enough.
    compile_expr(e, fn);
    compile_call_args(e, n, 1, false, 0);
}

// Compile a function-like child scope and push the function (with defaults and closure).
static void compile_make_function(emit_t *e, kl_ast_t *node, kl_ast_t *args) {
    scope_t *child = scope_child(e->scope, node);
    size_t flags = 0;
    int popped = 0; // the values that flags say are on the stack
    if (args != NULL) {
        // Positional defaults as a tuple (pass 0), keyword-only defaults as a dict (pass 1).
        for (int pass = 0; pass < 2; pass++) {
            size_t count = 0;
            for (size_t i = 0; i < args->n; i++) {
                kl_ast_t *a = args->kid[i];
                if (a->kid[0] == NULL ||
                    (pass ? a->op != KL_AST_ARG_KWONLY : a->op > KL_AST_ARG_NORMAL)) {
                    continue;
                }
                if (pass) {
                    emit_load_const(e, a->v);
                }
                compile_expr(e, a->kid[0]);
                count++;
            }
            if (count > 0) {
                emit_op_uint_var(e, pass ? KL_BC_BUILD_MAP : KL_BC_BUILD_TUPLE, count,
                                 1 - (pass + 1) * (int)count);
                flags |= pass ? KL_MAKE_FUNCTION_KWDEFAULTS : KL_MAKE_FUNCTION_DEFAULTS;
                popped++;
            }
        }
#if KL_CFG_ANNOTATIONS
        // Annotations of the parameters, then of the return value.
        size_t n_ann = 0;
        for (size_t i = 0; i < args->n; i++) {
            kl_ast_t *a = args->kid[i];
            if (a->kid[1] != NULL) {
                emit_load_const(e, KL_OBJ_NEW_QSTR(mangle(e->scope, KL_OBJ_QSTR_VALUE(a->v))));
                compile_annotation(e, a->kid[1]);
                n_ann++;
            }
        }
        if (node->kind == KL_AST_FUNCDEF && node->kid[1] != NULL) {
            emit_load_const(e, KL_OBJ_NEW_QSTR(KL_QSTR_return));
            compile_annotation(e, node->kid[1]);
            n_ann++;
        }
        if (n_ann > 0) {
            emit_op_uint_var(e, KL_BC_BUILD_MAP, n_ann, 1 - 2 * (int)n_ann);
            flags |= KL_MAKE_FUNCTION_ANNOTATIONS;
            popped++;
        }
#endif
    }
    kl_obj_t code = compile_scope(e->c, child);
    if (child->n_free > 0) {
        // The closure: this scope's cells (or free variables) that the child uses, in the
        // child's slot order, found by the names its code keeps of its locals.
        size_t n = child->n_free;
        const uint16_t *names = ((const kl_obj_code_t *)KL_OBJ_TO_PTR(code))->local_names;
        for (uint16_t slot = child->n_locals - child->n_free; slot < child->n_locals; slot++) {
            sym_t *mine = closure_sym(e->scope, names[slot]);
            if (mine == NULL) {
                syntax_error(e->c, node, "internal: free variable not found");
            }
            emit_op_uint(e, KL_BC_LOAD_CLOSURE, mine->slot);
        }
        emit_op_uint_var(e, KL_BC_BUILD_TUPLE, n, 1 - (int)n);
        flags |= KL_MAKE_FUNCTION_CLOSURE;
        popped++;
    }
    emit_op_uint2(e, KL_BC_MAKE_FUNCTION, add_const(e, code), flags, 1 - popped);
}

static void compile_comprehension(emit_t *e, kl_ast_t *n) {
    size_t first_gen = first_generator(n);
    compile_make_function(e, n, NULL);
    compile_iterable(e, n->kid[first_gen]->kid[1]);
    emit_op(e, IS_ASYNC(n->kid[first_gen]) ? KL_BC_GET_AITER : KL_BC_GET_ITER);
    emit_call(e, 1);
    scope_t *child = scope_child(e->scope, n);
    if (child != NULL && IS_COROUTINE(child) && n->kind != KL_AST_GENEXP) {
        // An async list/set/dict comprehension runs as a coroutine: await its result.
        emit_await(e);
    }
}

static void compile_bool_jump(emit_t *e, kl_ast_t *n, bool jump_if, uint32_t label);

static void compile_compare(emit_t *e, kl_ast_t *n) {
#if KL_CFG_SYNTAX_WARNINGS
    check_is_literal(e, n);
#endif
    // a < b < c: each middle operand is evaluated once; stop at the first false comparison.
    compile_expr(e, n->kid[0]);
    uint32_t cleanup = n->n > 2 ? label_new(e) : 0;
    for (size_t i = 1; i < n->n; i++) {
        kl_ast_t *cmp = n->kid[i];
        bool last = i + 1 == (size_t)n->n;
        if (last && (cmp->op == KL_AST_CMP_IN || cmp->op == KL_AST_CMP_NOT_IN)) {
            compile_iterable(e, cmp->kid[0]);
        } else {
            compile_expr(e, cmp->kid[0]);
        }
        if (!last) {
            emit_ops(e, OPS2(DUP_TOP, ROT_THREE));
        }
        set_line(e, n->line);
        // in, not in, is, is not: CONTAINS_OP or IS_OP, 1 for the negated form.
        if (cmp->op >= KL_AST_CMP_IN) {
            emit_op_uint(e, cmp->op < KL_AST_CMP_IS ? KL_BC_CONTAINS_OP : KL_BC_IS_OP,
                         (cmp->op - KL_AST_CMP_IN) & 1);
        } else {
            emit_op_uint(e, KL_BC_BINARY_OP, KL_BINARY_OP_LT + (cmp->op - KL_AST_CMP_LT));
        }
        if (!last) {
            emit_jump(e, KL_BC_JUMP_IF_FALSE_OR_POP, cleanup);
        }
    }
    if (n->n > 2) {
        uint32_t end = label_new(e);
        emit_goto(e, end);
        // A false comparison leaves (middle, False): drop the middle operand.
        e->labels[cleanup].depth = e->depth + 1;
        label_place(e, cleanup);
        emit_ops(e, OPS2(ROT_TWO, POP_TOP));
        label_place(e, end);
    }
}

// The kl_unary_op_t of the UNARYOP [n] other than not.
static kl_unary_op_t unary_op(const kl_ast_t *n) {
    return (kl_unary_op_t)(KL_UNARY_OP_POSITIVE + (n->op - KL_AST_UNARY_POS));
}

#if KL_CFG_CONST_FOLDING
static kl_obj_t fold_constant(kl_ast_t *n) {
    // -<number> is the commonest constant expression; fold it so `-1` is one instruction.
    if (n->kind == KL_AST_UNARYOP && n->op == KL_AST_UNARY_NEG &&
        n->kid[0]->kind == KL_AST_CONSTANT) {
        kl_obj_t v = n->kid[0]->v;
        if (KL_OBJ_IS_SMALL_INT(v) || kl_obj_is_type(v, &kl_type_int) ||
            kl_obj_is_type(v, KL_TYPE_FLOAT)) {
            return kl_unary_op(KL_UNARY_OP_NEGATIVE, v);
        }
    }
    return KL_OBJ_NULL;
}
#endif

// ---- Sets of constants ----
// CPython compiles a set display of more than two constants as an empty set updated from a
// frozenset constant, and a set display of constants iterated by a for loop or a comprehension,
// or tested with `in`, as the frozenset itself. That is visible: the set's table is sized for
// a copy of the frozenset's rather than grown one insertion at a time, so the members iterate
// in another order. kinglet does the same, frozenset constants included. Without
// KL_CFG_CONST_SETS such a display is built one member at a time like any other.

#if KL_CFG_CONST_SETS
static kl_obj_t const_items(kl_ast_t *n);
static kl_obj_t const_value(kl_ast_t *n);

// The bits of the magnitude of int [o], or SIZE_MAX when it is not an int.
static size_t int_bits(kl_obj_t o) {
    return kl_obj_is_int(o) ? kl_obj_int_bit_length(o) : SIZE_MAX;
}

// Is [a] * [b] other than a str, bytes or tuple repeated to more than CPython folds (4096 chars,
// 256 items)? Checked before computing it.
static bool seq_repeat_is_small(kl_obj_t a, kl_obj_t b) {
    if (kl_obj_is_int(a)) {
        kl_obj_t t = a;
        a = b;
        b = t;
    }
    bool tuple = kl_obj_is_type(a, &kl_type_tuple);
    if (!kl_obj_is_int(b) || !(tuple || kl_obj_is_str(a) || kl_obj_is_type(a, &kl_type_bytes))) {
        return true;
    }
    kl_int_t count;
    if (!kl_obj_int_to_int_checked(b, &count)) {
        return false;
    }
    size_t len = (size_t)kl_obj_get_len(a);
    size_t limit = tuple ? 256 : 4096;
    return count <= 0 || len == 0 || (size_t)count <= limit / len;
}

// The value of unary or binary operator or subscript node [n] on constants, where CPython's AST
// optimizer folds it: not when it raises, nor for an int result that could get big (more than
// 128 bits in *, ** and <<), nor for str % (formatting).
static kl_obj_t fold_operator(kl_ast_t *n) {
    kl_obj_t a = const_value(n->kid[0]);
    kl_obj_t b = KL_OBJ_NULL;
    if (a == KL_OBJ_NULL) {
        return KL_OBJ_NULL;
    }
    if (n->kind == KL_AST_SUBSCRIPT) {
        // An index, not a slice: CPython 3.11 folds `b'ab'[1]` but not `b'ab'[1:]`.
        b = const_value(n->kid[1]);
        if (b == KL_OBJ_NULL) {
            return KL_OBJ_NULL;
        }
    } else if (n->kind == KL_AST_BINOP) {
        b = const_value(n->kid[1]);
        if (b == KL_OBJ_NULL || n->op == KL_BINARY_OP_MATMUL ||
            (n->op == KL_BINARY_OP_MOD &&
             (kl_obj_is_str(a) || kl_obj_is_type(a, &kl_type_bytes)))) {
            return KL_OBJ_NULL;
        }
        size_t abits = int_bits(a), bbits = int_bits(b);
        if (abits != SIZE_MAX && bbits != SIZE_MAX) {
            kl_int_t w = 0;
            kl_obj_int_to_int_checked(b, &w);
            // As CPython, a zero operand is never too big: 0 * 10**200 folds.
            if ((n->op == KL_BINARY_OP_MUL && abits > 0 && bbits > 0 && abits + bbits > 128) ||
                (n->op == KL_BINARY_OP_POW && abits > 0 && w > 0 && (size_t)w > 128 / abits) ||
                (n->op == KL_BINARY_OP_LSHIFT && abits > 0 && w > 0 &&
                 (abits > 128 || (size_t)w > 128 - abits))) {
                return KL_OBJ_NULL;
            }
        }
    }
    if (n->kind == KL_AST_BINOP && n->op == KL_BINARY_OP_MUL && !seq_repeat_is_small(a, b)) {
        return KL_OBJ_NULL;
    }
    kl_obj_t r = KL_OBJ_NULL;
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        if (n->kind == KL_AST_SUBSCRIPT) {
            r = kl_obj_subscr(a, b, KL_OBJ_SENTINEL);
        } else if (n->kind == KL_AST_BINOP) {
            r = kl_binary_op((kl_binary_op_t)n->op, a, b);
        } else if (n->op == KL_AST_UNARY_NOT) {
            r = KL_OBJ_FROM_BOOL(!kl_obj_is_true(a));
        } else {
            r = kl_unary_op(unary_op(n), a);
        }
        kl_nlr_pop();
    }
    // Long strs and tuples stay unfolded too.
    if (r != KL_OBJ_NULL && (kl_obj_is_str(r) || kl_obj_is_type(r, &kl_type_bytes) ||
                             kl_obj_is_type(r, &kl_type_tuple))) {
        size_t limit = kl_obj_is_type(r, &kl_type_tuple) ? 256 : 4096;
        if ((size_t)kl_obj_get_len(r) > limit) {
            return KL_OBJ_NULL;
        }
    }
    return r;
}

// The value of [n] if CPython's AST optimizer makes it a constant (a literal, an operator on
// constants, a tuple of constants, a constant indexed by a constant), else KL_OBJ_NULL.
static kl_obj_t const_value(kl_ast_t *n) {
    if (n->kind == KL_AST_CONSTANT) {
        return n->v;
    }
    if (n->kind == KL_AST_UNARYOP || n->kind == KL_AST_BINOP || n->kind == KL_AST_SUBSCRIPT) {
        return fold_operator(n);
    }
    if (n->kind == KL_AST_TUPLE) {
        return const_items(n);
    }
    return KL_OBJ_NULL;
}

// A tuple of the values of the children of [n] if they are all constants, else KL_OBJ_NULL.
static kl_obj_t const_items(kl_ast_t *n) {
    kl_obj_tuple_t *t = kl_obj_tuple_alloc(n->n);
    size_t len;
    kl_obj_t *items = kl_obj_tuple_get_items(KL_OBJ_FROM_PTR(t), &len);
    for (size_t i = 0; i < len; i++) {
        items[i] = const_value(n->kid[i]);
        if (items[i] == KL_OBJ_NULL) {
            return KL_OBJ_NULL;
        }
    }
    return KL_OBJ_FROM_PTR(t);
}

// Are constants [a] and [b] interchangeable: equal, of the same types throughout (1, 1.0 and
// True are not), as CPython's constant cache decides?
static bool const_same(kl_obj_t a, kl_obj_t b) {
    if (a == b) {
        return true;
    }
    if (kl_obj_get_type(a) != kl_obj_get_type(b)) {
        return false;
    }
#if KL_CFG_FLOAT
    if (kl_obj_is_type(a, &kl_type_float)) {
        kl_float_t x = ((kl_obj_float_t *)a)->value, y = ((kl_obj_float_t *)b)->value;
        return x == y && signbit(x) == signbit(y);
    }
#endif
    if (kl_obj_is_type(a, &kl_type_tuple)) {
        size_t na, nb;
        kl_obj_t *ia = kl_obj_tuple_get_items(a, &na);
        kl_obj_t *ib = kl_obj_tuple_get_items(b, &nb);
        if (na != nb) {
            return false;
        }
        for (size_t i = 0; i < na; i++) {
            if (!const_same(ia[i], ib[i])) {
                return false;
            }
        }
        return true;
    }
    if (kl_obj_is_type(a, &kl_type_frozenset)) {
        if (kl_obj_get_len(a) != kl_obj_get_len(b)) {
            return false;
        }
        kl_obj_iter_buf_t iter_buf;
        kl_obj_t it = kl_getiter(a, &iter_buf);
        kl_obj_t item;
        while ((item = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
            kl_obj_t other = kl_obj_set_lookup(b, item);
            if (other == KL_OBJ_NULL || !const_same(item, other)) {
                return false;
            }
        }
        return true;
    }
    return kl_obj_equal(a, b);
}

// The frozenset constant of the set display [n] when its members are all constants, else
// KL_OBJ_NULL. As in CPython, a display equal to an earlier one of the same compilation gets
// the earlier constant, and a new constant is built twice: once from the members in source
// order, then again from the members in the order the first one iterates them.
static kl_obj_t const_frozenset(emit_t *e, kl_ast_t *n) {
    kl_obj_t items = const_items(n);
    if (items == KL_OBJ_NULL) {
        return KL_OBJ_NULL;
    }
    kl_obj_t first = kl_obj_new_frozenset_from_iterable(items);
    compiler_t *c = e->c;
    if (c->set_consts == KL_OBJ_NULL) {
        c->set_consts = kl_obj_new_list(0, NULL);
    }
    size_t n_consts;
    kl_obj_t *consts = kl_obj_list_get_items(c->set_consts, &n_consts);
    for (size_t i = 0; i < n_consts; i++) {
        if (const_same(consts[i], first)) {
            return consts[i];
        }
    }
    kl_obj_t fs = kl_obj_new_frozenset_from_iterable(kl_obj_tuple_from_iterable(first));
    kl_obj_list_append(c->set_consts, fs);
    return fs;
}
#endif

// Compile [n], an iterable that a loop or `in` consumes: a set display of constants is its
// frozenset.
static void compile_iterable(emit_t *e, kl_ast_t *n) {
#if KL_CFG_CONST_SETS
    // Not in the scope pass: the constants of a compilation are shared in the order emitted.
    if (n->kind == KL_AST_SET && !e->scoping) {
        kl_obj_t fs = const_frozenset(e, n);
        if (fs != KL_OBJ_NULL) {
            emit_load_const(e, fs);
            return;
        }
    }
#endif
    compile_expr(e, n);
}

#if KL_CFG_FSTRINGS
static void compile_fstring(emit_t *e, kl_ast_t *n) {
    size_t count = 0;
    for (size_t i = 0; i < n->n; i++) {
        kl_ast_t *k = n->kid[i];
        if (k->kind == KL_AST_CONSTANT) {
            emit_load_const(e, k->v);
        } else {
            compile_expr(e, k);
        }
        count++;
    }
    if (count == 0) {
        emit_load_const(e, KL_OBJ_NEW_QSTR(KL_QSTR_NULL));
    } else if (count > 1) {
        emit_op_uint_var(e, KL_BC_BUILD_STRING, count, 1 - (int)count);
    }
}
#endif

// [n], or None if it is NULL.
static void compile_expr_or_none(emit_t *e, kl_ast_t *n) {
    if (n != NULL) {
        compile_expr(e, n);
    } else {
        emit_op(e, KL_BC_LOAD_NONE);
    }
}

static void compile_expr(emit_t *e, kl_ast_t *n) {
    if (e->scoping) {
        sym_expr(e->c, e->scope, n);
        return;
    }
    enter_node(e->c);
    switch (n->kind) {
        case KL_AST_CONSTANT:
            emit_load_const(e, n->v);
            break;
        case KL_AST_SUBSCRIPT:
#if KL_CFG_SYNTAX_WARNINGS
            check_subscript(e, n);
#endif
            compile_access(e, n, USE_LOAD);
            break;
        case KL_AST_NAME:
        case KL_AST_ATTRIBUTE:
            compile_access(e, n, USE_LOAD);
            break;
#if KL_CFG_SLICE
        case KL_AST_SLICE: {
            // lower, upper and the step if there is one: BUILD_SLICE 2 or 3.
            size_t k = n->kid[2] != NULL ? 3 : 2;
            for (size_t i = 0; i < k; i++) {
                compile_expr_or_none(e, n->kid[i]);
            }
            emit_op_uint_var(e, KL_BC_BUILD_SLICE, k, 1 - (int)k);
            break;
        }
#endif
        case KL_AST_CALL:
            compile_call(e, n);
            break;
        case KL_AST_BINOP:
            compile_expr(e, n->kid[0]);
            compile_expr(e, n->kid[1]);
            set_line(e, n->line);
            emit_op_uint(e, KL_BC_BINARY_OP, n->op);
            break;
        case KL_AST_UNARYOP: {
#if KL_CFG_CONST_FOLDING
            kl_obj_t folded = fold_constant(n);
            if (folded != KL_OBJ_NULL) {
                emit_load_const(e, folded);
                break;
            }
#endif
            compile_expr(e, n->kid[0]);
            set_line(e, n->line);
            if (n->op == KL_AST_UNARY_NOT) {
                emit_op(e, KL_BC_UNARY_NOT);
            } else {
                emit_op_uint(e, KL_BC_UNARY_OP, unary_op(n));
            }
            break;
        }
        case KL_AST_BOOLOP: {
            uint32_t end = label_new(e);
            for (size_t i = 0; i < n->n; i++) {
                compile_expr(e, n->kid[i]);
                if (i + 1 < n->n) {
                    emit_jump(e,
                              n->op == KL_AST_BOOL_AND ? KL_BC_JUMP_IF_FALSE_OR_POP
                                                       : KL_BC_JUMP_IF_TRUE_OR_POP,
                              end);
                }
            }
            label_place(e, end);
            break;
        }
        case KL_AST_COMPARE:
            compile_compare(e, n);
            break;
        case KL_AST_IFEXP: {
            uint32_t l_else = labels_new(e, 2), end = l_else + 1;
            compile_bool_jump(e, n->kid[0], false, l_else);
            compile_expr(e, n->kid[1]);
            emit_goto(e, end);
            adjust_depth(e, -1);
            label_place(e, l_else);
            compile_expr(e, n->kid[2]);
            label_place(e, end);
            break;
        }
#if KL_CFG_WALRUS
        case KL_AST_NAMEDEXPR:
            compile_expr(e, n->kid[1]);
            emit_op(e, KL_BC_DUP_TOP);
            compile_store(e, n->kid[0]);
            break;
#endif
        case KL_AST_TUPLE:
            compile_display(e, n, 0, 0, DISPLAY_TUPLE);
            break;
        case KL_AST_LIST:
            compile_display(e, n, 0, 0, DISPLAY_LIST);
            break;
#if KL_CFG_SET
        case KL_AST_SET: {
#if KL_CFG_CONST_SETS
            kl_obj_t fs = n->n > 2 ? const_frozenset(e, n) : KL_OBJ_NULL;
            if (fs != KL_OBJ_NULL) {
                emit_op_uint_var(e, KL_BC_BUILD_SET, 0, 1);
                emit_load_const(e, fs);
                emit_op_uint(e, KL_BC_SET_UPDATE, 1);
                break;
            }
#endif
            compile_display(e, n, 0, 0, DISPLAY_SET);
            break;
        }
#endif
        case KL_AST_DICT:
#if KL_CFG_DISPLAY_UNPACK
            compile_display(e, n, 0, 0, DISPLAY_MAP);
#else
            // Without unpackings a dict display is its keys and values in turn.
            for (size_t i = 0; i < n->n; i++) {
                compile_expr(e, n->kid[i]);
            }
            emit_op_uint_var(e, KL_BC_BUILD_MAP, n->n / 2, 1 - (int)n->n);
#endif
            break;
        case KL_AST_LISTCOMP:
#if KL_CFG_SET
        case KL_AST_SETCOMP:
#endif
        case KL_AST_GENEXP:
        case KL_AST_DICTCOMP:
            compile_comprehension(e, n);
            break;
        case KL_AST_LAMBDA:
            compile_make_function(e, n, n->kid[0]);
            break;
        case KL_AST_YIELD:
            compile_expr_or_none(e, n->kid[0]);
            set_line(e, n->line);
            emit_op(e, KL_BC_YIELD_VALUE);
            break;
        case KL_AST_YIELDFROM:
            compile_expr(e, n->kid[0]);
            emit_ops(e, OPS2(GET_YIELD_FROM_ITER, LOAD_NONE));
            set_line(e, n->line);
            emit_op(e, KL_BC_YIELD_FROM);
            break;
#if KL_CFG_ASYNC
        case KL_AST_AWAIT:
            compile_expr(e, n->kid[0]);
            emit_ops(e, OPS2(GET_AWAITABLE, LOAD_NONE));
            set_line(e, n->line);
            emit_op(e, KL_BC_YIELD_FROM);
            break;
#endif
#if KL_CFG_FSTRINGS
        case KL_AST_JOINEDSTR:
            compile_fstring(e, n);
            break;
        case KL_AST_FORMATTEDVALUE: {
            size_t flags = 0;
            if (n->v != KL_OBJ_NULL) {
                // f'{x=}': the text, then the value.
                emit_load_const(e, n->v);
            }
            compile_expr(e, n->kid[0]);
            switch (n->op) {
                case 's':
                    flags = KL_FORMAT_CONV_STR;
                    break;
                case 'r':
                    flags = KL_FORMAT_CONV_REPR;
                    break;
                case 'a':
                    flags = KL_FORMAT_CONV_ASCII;
                    break;
                default:
                    break;
            }
            if (n->kid[1] != NULL) {
                compile_expr(e, n->kid[1]);
                flags |= KL_FORMAT_HAS_SPEC;
            }
            emit_op_uint_var(e, KL_BC_FORMAT_VALUE, flags, (flags & KL_FORMAT_HAS_SPEC) ? -1 : 0);
            if (n->v != KL_OBJ_NULL) {
                emit_op_uint_var(e, KL_BC_BUILD_STRING, 2, -1);
            }
            break;
        }
#endif
        case KL_AST_STARRED:
            syntax_error(e->c, n, "can't use starred expression here");
        default:
            syntax_error(e->c, n, "invalid syntax");
    }
    e->c->depth--;
}

// Jump to [label] when the truth of [n] equals [jump_if]; short-circuits and/or/not.
static void compile_bool_jump(emit_t *e, kl_ast_t *n, bool jump_if, uint32_t label) {
    if (e->scoping) {
        compile_expr(e, n);
        return;
    }
    if (n->kind == KL_AST_CONSTANT) {
        // `while True:` and `if 0:` need no test.
        if (kl_obj_is_true(n->v) == jump_if) {
            emit_goto(e, label);
        }
        return;
    }
    if (n->kind == KL_AST_UNARYOP && n->op == KL_AST_UNARY_NOT) {
        compile_bool_jump(e, n->kid[0], !jump_if, label);
        return;
    }
    if (n->kind == KL_AST_BOOLOP) {
        bool is_and = n->op == KL_AST_BOOL_AND;
        if (is_and != jump_if) {
            // and/jump-if-false, or/jump-if-true: any operand decides.
            for (size_t i = 0; i < n->n; i++) {
                compile_bool_jump(e, n->kid[i], jump_if, label);
            }
        } else {
            uint32_t skip = label_new(e);
            for (size_t i = 0; i + 1 < n->n; i++) {
                compile_bool_jump(e, n->kid[i], !jump_if, skip);
            }
            compile_bool_jump(e, n->kid[n->n - 1], jump_if, label);
            label_place(e, skip);
        }
        return;
    }
    compile_expr(e, n);
    emit_jump(e, jump_if ? KL_BC_POP_JUMP_IF_TRUE : KL_BC_POP_JUMP_IF_FALSE, label);
}

// ==== Assignment targets ====

static void compile_unpack(emit_t *e, kl_ast_t *t) {
    size_t star = t->n;
    for (size_t i = 0; i < t->n; i++) {
        if (t->kid[i]->kind == KL_AST_STARRED) {
            if (star != t->n) {
                syntax_error(e->c, t, "multiple starred expressions in assignment");
            }
            star = i;
        }
    }
    if (star == t->n) {
        emit_op_uint_var(e, KL_BC_UNPACK_SEQUENCE, t->n, (int)t->n - 1);
    } else {
        size_t before = star, after = t->n - star - 1;
        if (before > 255 || after > 255) {
            syntax_error(e->c, t, "too many expressions in star-unpacking assignment");
        }
        emit_op_uint_var(e, KL_BC_UNPACK_EX, before | (after << 8), (int)t->n - 1);
    }
    for (size_t i = 0; i < t->n; i++) {
        kl_ast_t *k = t->kid[i];
        compile_store(e, k->kind == KL_AST_STARRED ? k->kid[0] : k);
    }
}

// Store into or delete ([what], USE_STORE or USE_DELETE) target [t]: a name, attribute or
// subscript, or a tuple or list of targets.
static void compile_target(emit_t *e, kl_ast_t *t, int what) {
    if (e->scoping && t->kind != KL_AST_NAME && t->kind != KL_AST_TUPLE && t->kind != KL_AST_LIST) {
        // The scope pass takes a starred target's value as a target, and any other node as
        // an expression, counted in the depth (an attribute or subscript too, unlike below).
        if (t->kind == KL_AST_STARRED) {
            compile_target(e, t->kid[0], what);
        } else {
            sym_expr(e->c, e->scope, t);
        }
        return;
    }
    if (compile_access(e, t, what)) {
        return;
    }
    if (t->kind == KL_AST_TUPLE || t->kind == KL_AST_LIST) {
        // (The scope pass takes the items as targets, a starred one's value too, and leaves
        // the errors of compile_unpack to the emission.)
        if (what == USE_STORE && !e->scoping) {
            compile_unpack(e, t);
        } else {
            for (size_t i = 0; i < t->n; i++) {
                compile_target(e, t->kid[i], USE_DELETE);
            }
        }
        return;
    }
    syntax_error(e->c, t,
                 what == USE_DELETE ? "cannot delete expression"
                 : t->kind == KL_AST_STARRED
                     ? "starred assignment target must be in a list or tuple"
                     : "cannot assign to expression");
}

static void compile_store(emit_t *e, kl_ast_t *t) {
    compile_target(e, t, USE_STORE);
}

static void compile_augassign(emit_t *e, kl_ast_t *n) {
    kl_ast_t *t = n->kid[0];
    bool sub = t->kind == KL_AST_SUBSCRIPT;
    if (t->kind == KL_AST_NAME) {
        emit_name_op(e, KL_OBJ_QSTR_VALUE(t->v), USE_LOAD);
    } else if (sub || t->kind == KL_AST_ATTRIBUTE) {
        // ( obj [index] ) twice: once to read the value, once to store the result. The scope
        // pass walks the target as the symbol pass does, counting it in the depth.
        if (e->scoping) {
            compile_expr(e, t);
        } else {
            compile_expr(e, t->kid[0]);
            if (sub) {
                compile_expr(e, t->kid[1]);
            }
        }
        emit_op(e, sub ? KL_BC_DUP_TOP_TWO : KL_BC_DUP_TOP);
        emit_item_op(e, t, USE_LOAD);
    } else {
        syntax_error(e->c, t,
                     "'expression' is an illegal expression for augmented "
                     "assignment");
    }
    compile_expr(e, n->kid[1]);
    set_line(e, n->line);
    emit_op_uint(e, KL_BC_BINARY_OP, n->op + KL_BINARY_OP_INPLACE_OFFSET);
    if (t->kind == KL_AST_NAME) {
        emit_name_op(e, KL_OBJ_QSTR_VALUE(t->v), USE_STORE);
    } else {
        emit_op(e, sub ? KL_BC_ROT_THREE : KL_BC_ROT_TWO);
        emit_item_op(e, t, USE_STORE);
    }
}

// ==== Leaving blocks ====

// ( -- ): the name of an `except ... as name` clause set to None and deleted, as the clause ends.
static void emit_clear_name(emit_t *e, kl_qstr_t name) {
    emit_op(e, KL_BC_LOAD_NONE);
    emit_name_op(e, name, USE_STORE);
    emit_name_op(e, name, USE_DELETE);
}

// ( exit -- ): leave a with block without an exception, exit(None, None, None). (One copy
// for its two callers.)
static KL_NOINLINE void emit_with_exit(emit_t *e, bool is_async) {
    emit_ops(e, OPS3(LOAD_NONE, LOAD_NONE, LOAD_NONE));
    emit_call(e, 3);
    if (is_async) {
        emit_await(e);
    }
    emit_op(e, KL_BC_POP_TOP);
}

// Emit what leaving fblocks [from, top) requires (finally bodies, popping iterators, restoring
// the handled exception), innermost first. [preserve_top] keeps a return value on top of the
// stack while doing so.
// What leaving a block emits, by fblock kind: the op that moves a preserved value below what
// the block keeps on the stack, then up to two ops that drop it (NOP: none).
static const uint8_t unwind_ops[][3] = {
    [FB_FOR] = {KL_BC_ROT_TWO, KL_BC_POP_ITER, KL_BC_NOP},
    [FB_FINALLY_END] = {KL_BC_ROT_THREE, KL_BC_POP_TOP, KL_BC_POP_EXCEPT},
    [FB_HANDLER] = {KL_BC_ROT_TWO, KL_BC_POP_EXCEPT, KL_BC_NOP},
    [FB_WITH] = {KL_BC_ROT_TWO, KL_BC_NOP, KL_BC_NOP},
    [FB_POP_VALUE] = {KL_BC_ROT_TWO, KL_BC_POP_TOP, KL_BC_NOP},
    [FB_STAR_HANDLER] = {KL_BC_NOP, KL_BC_NOP, KL_BC_NOP},
};

static void unwind_fblocks(emit_t *e, fblock_t *to, bool preserve_top) {
    fblock_t *top = e->fblocks;
    for (fblock_t *f = top; f != to; f = f->prev) {
        int k = f->kind;
        // A handler or the exceptional path of a finally is left by POP_EXCEPT, which its own
        // protection (the clause's cleanup) still covers; other blocks stop theirs first.
        bool suspend_last = k == FB_FINALLY_END || k == FB_HANDLER;
        if (!suspend_last && f->protect != NULL) {
            protect_suspend_from(e, f->protect);
        }
        if (k == FB_FINALLY_TRY) {
            // The finally body runs with the blocks outside it in place: this fblock and those
            // above it are taken off while it is emitted, so a return inside it does not run it
            // again, and put back after.
            e->fblocks = f->prev;
            compile_suite(e, f->finally_body);
            e->fblocks = top;
            continue;
        }
        // ( block's values [value] ) -> ( [value] block's values ) -> ( [value] )
        const uint8_t *ops = unwind_ops[k];
        for (size_t j = !preserve_top; j < 3; j++) {
            if (ops[j] != KL_BC_NOP) {
                emit_op(e, ops[j]);
            }
        }
        if (k == FB_WITH) {
            emit_with_exit(e, KL_CFG_ASYNC && f->is_async);
        }
        if (suspend_last) {
            protect_suspend_from(e, f->protect);
            if (f->handler_name != KL_QSTR_NULL) {
                emit_clear_name(e, f->handler_name);
            }
        }
    }
}

// The fblocks above [to] were left by a jump: the code that follows is still inside them, so
// the protections from the outermost of theirs up are resumed.
static void resume_fblocks(emit_t *e, fblock_t *to) {
    protect_t *from = NULL;
    for (fblock_t *f = e->fblocks; f != to; f = f->prev) {
        if (f->protect != NULL) {
            from = f->protect;
        }
    }
    if (from != NULL) {
        protect_resume_from(e, from);
    }
}

// The innermost loop's fblock, NULL if none.
static fblock_t *find_loop(emit_t *e) {
    fblock_t *f = e->fblocks;
    while (f != NULL && f->kind != FB_WHILE && f->kind != FB_FOR) {
        f = f->prev;
    }
    return f;
}

// ==== Statements ====

static void compile_if(emit_t *e, kl_ast_t *n) {
    uint32_t l_else = labels_new(e, 2), end = l_else + 1;
    set_line(e, n->line);
    compile_bool_jump(e, n->kid[0], false, l_else);
    compile_suite(e, n->kid[1]);
    if (n->kid[2] != NULL) {
        emit_goto(e, end);
        label_place(e, l_else);
        if (n->kid[2]->kind == KL_AST_IF) {
            // An elif is a statement of its own in the depth count of both passes.
            compile_stmt(e, n->kid[2]);
        } else {
            compile_suite(e, n->kid[2]);
        }
    } else {
        label_place(e, l_else);
    }
    label_place(e, end);
}

// async for: __anext__() is awaited until it raises StopAsyncIteration.
static void compile_async_for(emit_t *e, kl_ast_t *n) {
    uint32_t top = labels_new(e, 3), l_else = top + 1, end = top + 2;
    uint32_t handler = labels_new(e, 2), reraise = handler + 1;
    set_line(e, n->line);
    compile_expr(e, n->kid[1]);
    set_line(e, n->line);
    emit_op(e, KL_BC_GET_AITER);
    int base = e->depth; // ( aiter )
    label_place(e, top);
    set_line(e, n->line);
    protect_t p;
    protect_push(e, &p, handler);
    emit_ops(e, OPS3(GET_ANEXT, LOAD_NONE, YIELD_FROM)); // ( aiter value )
    protect_pop(e);
    compile_store(e, n->kid[0]);
    fblock_t f;
    fblock_push(e, &f, FB_FOR);
    f.label_break = end;
    f.label_continue = top;
    compile_suite(e, n->kid[2]);
    fblock_pop(e);
    emit_goto(e, top);
    // ( aiter exc ): StopAsyncIteration ends the loop, anything else propagates.
    e->labels[handler].depth = base + 1;
    label_place(e, handler);
    emit_load_const(e, STOP_ASYNC_ITERATION);
    emit_op(e, KL_BC_CHECK_EXC_MATCH);
    emit_jump(e, KL_BC_POP_JUMP_IF_FALSE, reraise);
    emit_ops(e, OPS2(POP_TOP, POP_TOP));
    emit_goto(e, l_else);
    label_place(e, reraise);
    emit_op(e, KL_BC_RERAISE);
    e->depth = base - 1;
    label_place(e, l_else);
    compile_suite(e, n->kid[3]);
    label_set_depth(e, end, e->depth);
    label_place(e, end);
}

// May the iterable of a for loop be a generator that the loop alone holds: a generator
// expression, or a call other than one of the builtins that never return a generator (a call
// of `range` costs no close handler; were `range` a generator function of the program's own,
// its generator would only not be closed early, as before KL_CFG_CLOSE_LOOP_GENERATORS).
static bool loop_may_own(kl_ast_t *iterable) {
#if KL_CFG_CLOSE_LOOP_GENERATORS
    if (iterable->kind == KL_AST_GENEXP) {
        return true;
    }
    if (iterable->kind != KL_AST_CALL) {
        return false;
    }
    kl_ast_t *fn = iterable->kid[0];
    if (fn->kind == KL_AST_NAME) {
        switch (KL_OBJ_QSTR_VALUE(fn->v)) {
            case KL_QSTR_range:
            case KL_QSTR_enumerate:
            case KL_QSTR_zip:
            case KL_QSTR_reversed:
            case KL_QSTR_sorted:
            case KL_QSTR_map:
            case KL_QSTR_filter:
            case KL_QSTR_list:
            case KL_QSTR_tuple:
            case KL_QSTR_dict:
            case KL_QSTR_set:
            case KL_QSTR_str:
                return false;
            default:
                break;
        }
    }
    return true;
#else
    (void)iterable;
    return false;
#endif
}

// A while or for loop: the same code but for how an iteration starts. A while loop has no
// target: its test, body and else body are kids 0-2 where a for loop's iterable, body and else
// body are 1-3.
static void compile_loop(emit_t *e, kl_ast_t *n) {
    bool is_for = n->kind == KL_AST_FOR;
    if (is_for && e->scoping) {
        // The target before the iterable, in the symbol table's order; walking it again below
        // adds nothing.
        compile_store(e, n->kid[0]);
    }
    if (is_for && IS_ASYNC(n)) {
        compile_async_for(e, n);
        return;
    }
    kl_ast_t **kid = &n->kid[is_for]; // the test or iterable, the body, the else body
    uint32_t top = labels_new(e, 3), l_else = top + 1, end = top + 2;
    bool fresh = false;
    uint32_t close = 0;
    protect_t p, *protect = NULL;
    if (is_for) {
        set_line(e, n->line);
        compile_iterable(e, kid[0]);
        set_line(e, n->line);
        // Over what a call returns (a generator function's call, a generator expression), the
        // loop may own the generator: POP_ITER closes it when the loop is left early, by break
        // or return, or by an exception, which a handler around the loop catches to close it
        // first.
        fresh = loop_may_own(kid[0]);
        emit_op(e, fresh ? KL_BC_GET_ITER_FRESH : KL_BC_GET_ITER);
        if (fresh) {
            close = label_new(e);
            protect = protect_push(e, &p, close);
        }
    }
    label_place(e, top);
    set_line(e, n->line);
    if (is_for) {
        emit_jump(e, KL_BC_FOR_ITER, l_else);
        compile_store(e, n->kid[0]);
    } else {
        compile_bool_jump(e, kid[0], false, l_else);
    }
    fblock_t f;
    fblock_push(e, &f, is_for ? FB_FOR : FB_WHILE);
    f.label_break = end;
    f.label_continue = top;
    f.protect = protect;
    compile_suite(e, kid[1]);
    fblock_pop(e);
    emit_goto(e, top);
    if (fresh) {
        protect_pop(e);
    }
    label_place(e, l_else);
    compile_suite(e, kid[2]);
    // break jumps here after popping the iterator itself.
    label_set_depth(e, end, e->depth);
    if (fresh) {
        // ( iter exc ): close the loop's generator, then let the exception go on.
        emit_goto(e, end);
        label_place(e, close);
        emit_ops(e, OPS3(ROT_TWO, POP_ITER, RERAISE));
    }
    label_place(e, end);
}

// ( prev exc -- ): restore prev as the handled exception and re-raise exc. (One copy for its
// callers.)
static KL_NOINLINE void emit_reraise_prev(emit_t *e) {
    emit_ops(e, OPS3(ROT_TWO, POP_EXCEPT, RERAISE));
}

// The cleanup handler of an except clause or finally body at [label]: ( prev exc ) on the
// stack, re-raised with prev restored. (One copy for its callers.)
static KL_NOINLINE void emit_cleanup_handler(emit_t *e, uint32_t label) {
    label_place(e, label);
    emit_reraise_prev(e);
}

// The handler at [label] of a protected range entered with [base] values on the stack:
// ( exc ) -> ( prev exc ), protected in turn by [cleanup] with protection [cp] (the caller's).
// Returns that protection.
static protect_t *handler_start(emit_t *e, uint32_t label, uint32_t cleanup, int base,
                                protect_t *cp) {
    e->labels[label].depth = base + 1;
    label_place(e, label);
    emit_op(e, KL_BC_PUSH_EXC_INFO);
    // The cleanup unwinds to ( [base] prev ) and is entered with ( prev exc ).
    e->depth = base + 1;
    protect_push(e, cp, cleanup);
    e->depth = base + 2;
    return cp;
}

// The else body of a try: emitted before the handlers, walked after them in the scope pass (the
// symbol table's order); [after] says which place this is.
static void compile_orelse(emit_t *e, kl_ast_t *n, bool after) {
    if (e->scoping == after) {
        compile_suite(e, n->kid[2]);
    }
}

// ( value -- ): store the value under [name], a qstr object, or pop it if that is NULL (an
// except clause without `as`, a wildcard pattern). (One copy for its callers.)
static KL_NOINLINE void store_capture(emit_t *e, kl_obj_t name) {
    if (name == KL_OBJ_NULL) {
        emit_op(e, KL_BC_POP_TOP);
    } else {
        emit_name_op(e, KL_OBJ_QSTR_VALUE(name), USE_STORE);
    }
}

static void compile_try_except(emit_t *e, kl_ast_t *n) {
    uint32_t handler = labels_new(e, 3), cleanup = handler + 1, end = handler + 2;
    int base_depth = e->depth;
    fblock_t tf;
    fblock_push_protected(e, &tf, FB_TRY_EXCEPT, handler);
    compile_suite(e, n->kid[0]);
    protect_pop(e);
    fblock_pop(e);
    compile_orelse(e, n, false);
    emit_goto(e, end);

    protect_t cp;
    protect_t *cleanup_protect = handler_start(e, handler, cleanup, base_depth, &cp);
    kl_ast_t *handlers = n->kid[1];
    for (size_t i = 0; i < handlers->n; i++) {
        kl_ast_t *h = handlers->kid[i];
        uint32_t next = label_new(e);
        set_line(e, h->line);
        if (h->kid[0] != NULL) {
            compile_expr(e, h->kid[0]);
            emit_op(e, KL_BC_CHECK_EXC_MATCH);
            emit_jump(e, KL_BC_POP_JUMP_IF_FALSE, next);
        } else if (i + 1 < handlers->n && !e->scoping) {
            syntax_error(e->c, h, "default 'except:' must be last");
        }
        kl_qstr_t name = KL_OBJ_QSTR_VALUE(h->v); // KL_QSTR_NULL (0) without `as name`
        store_capture(e, h->v);
        // ( prev )
        fblock_t hf;
        fblock_push(e, &hf, FB_HANDLER);
        hf.protect = cleanup_protect;
        hf.handler_name = name;
        // except E as name: name is deleted however the clause is left.
        uint32_t name_cleanup = 0;
        if (name != KL_QSTR_NULL) {
            name_cleanup = label_new(e);
            protect_push(e, &hf.own, name_cleanup);
        }
        compile_suite(e, h->kid[1]);
        if (name != KL_QSTR_NULL) {
            protect_pop(e);
        }
        fblock_pop(e);
        emit_op(e, KL_BC_POP_EXCEPT);
        if (name != KL_QSTR_NULL) {
            emit_clear_name(e, name);
        }
        emit_goto(e, end);
        if (name != KL_QSTR_NULL) {
            // ( prev exc2 ): clear the name, then the clause's cleanup. This code restores prev
            // itself, so the clause-level cleanup must not cover it.
            protect_suspend_from(e, cleanup_protect);
            e->labels[name_cleanup].depth = base_depth + 2;
            label_place(e, name_cleanup);
            emit_clear_name(e, name);
            emit_reraise_prev(e);
            protect_resume_from(e, cleanup_protect);
        }
        e->depth = base_depth + 2;
        label_place(e, next);
    }
    compile_orelse(e, n, true);
    // No clause matched: ( prev exc ) re-raise through the cleanup handler.
    e->depth = base_depth + 2;
    emit_op(e, KL_BC_RERAISE);
    protect_pop(e);
    emit_cleanup_handler(e, cleanup);
    e->depth = base_depth;
    label_place(e, end);
}

// try/except*. Each clause takes from what is still unhandled the part its class matches
// (CHECK_EG_MATCH) and runs with that part as the handled exception. What a clause raises is
// collected in a list; after the last clause the unmatched rest joins it, and PREP_RERAISE_STAR
// turns the list into the one exception to re-raise, if any. Stack while the clauses run:
// ( prev orig excs rest ).
static void compile_try_star(emit_t *e, kl_ast_t *n) {
    uint32_t handler = labels_new(e, 3), cleanup = handler + 1, end = handler + 2;
    uint32_t reraise = label_new(e);
    int base_depth = e->depth;
    fblock_t tf;
    fblock_push_protected(e, &tf, FB_TRY_EXCEPT, handler);
    compile_suite(e, n->kid[0]);
    protect_pop(e);
    fblock_pop(e);
    compile_orelse(e, n, false);
    emit_goto(e, end);

    // ( exc ) -> ( prev orig excs rest )
    protect_t cp;
    handler_start(e, handler, cleanup, base_depth, &cp);
    emit_op(e, KL_BC_DUP_TOP);
    emit_op_uint_var(e, KL_BC_BUILD_LIST, 0, 1);
    emit_op(e, KL_BC_ROT_TWO);
    kl_ast_t *handlers = n->kid[1];
    for (size_t i = 0; i < handlers->n; i++) {
        kl_ast_t *h = handlers->kid[i];
        uint32_t next = labels_new(e, 3), no_match = next + 1, raised = next + 2;
        set_line(e, h->line);
        compile_expr(e, h->kid[0]);
        emit_ops(e, OPS3(CHECK_EG_MATCH, DUP_TOP, LOAD_NONE));
        emit_op_uint(e, KL_BC_IS_OP, 0);
        emit_jump(e, KL_BC_POP_JUMP_IF_TRUE, no_match);
        kl_qstr_t name = KL_OBJ_QSTR_VALUE(h->v); // KL_QSTR_NULL (0) without `as name`
        store_capture(e, h->v);
        fblock_t hf;
        fblock_push(e, &hf, FB_STAR_HANDLER);
        protect_push(e, &hf.own, raised);
        compile_suite(e, h->kid[1]);
        protect_pop(e);
        fblock_pop(e);
        if (name != KL_QSTR_NULL) {
            emit_clear_name(e, name);
        }
        emit_goto(e, next);
        // ( prev orig excs rest raised ): keep what the clause raised for the end.
        label_place(e, raised);
        if (name != KL_QSTR_NULL) {
            emit_clear_name(e, name);
        }
        emit_op_uint(e, KL_BC_LIST_APPEND, 2);
        emit_goto(e, next);
        e->depth = base_depth + 5;
        label_place(e, no_match);
        emit_op(e, KL_BC_POP_TOP);
        label_place(e, next);
    }
    compile_orelse(e, n, true);
    // ( prev orig excs rest ) -> ( prev exc|None )
    emit_op_uint(e, KL_BC_LIST_APPEND, 1);
    emit_ops(e, OPS3(PREP_RERAISE_STAR, DUP_TOP, LOAD_NONE));
    emit_op_uint(e, KL_BC_IS_OP, 0);
    emit_jump(e, KL_BC_POP_JUMP_IF_FALSE, reraise);
    emit_ops(e, OPS2(POP_TOP, POP_EXCEPT));
    emit_goto(e, end);
    // ( prev exc ): re-raise through the cleanup handler, which restores prev.
    label_place(e, reraise);
    emit_op(e, KL_BC_RERAISE);
    protect_pop(e);
    emit_cleanup_handler(e, cleanup);
    e->depth = base_depth;
    label_place(e, end);
}

// The except or except* clauses of try [n], with its else body.
static void compile_try_handlers(emit_t *e, kl_ast_t *n) {
    if (IS_TRY_STAR(n)) {
        compile_try_star(e, n);
    } else {
        compile_try_except(e, n);
    }
}

static void compile_try(emit_t *e, kl_ast_t *n) {
    bool has_finally = n->kid[3] != NULL;
    uint32_t handler = 0;
    int base_depth = e->depth;
    fblock_t f;
    if (has_finally) {
        handler = labels_new(e, 3);
        fblock_push_protected(e, &f, FB_FINALLY_TRY, handler);
        f.finally_body = n->kid[3];
    }
    // One call of compile_try_handlers, with or without finally: it goes inline.
    if (n->kid[1] != NULL) {
        compile_try_handlers(e, n);
    } else {
        compile_suite(e, n->kid[0]);
        compile_suite(e, n->kid[2]);
    }
    if (!has_finally) {
        return;
    }
    uint32_t cleanup = handler + 1, end = handler + 2;
    protect_pop(e);
    fblock_pop(e);
    compile_suite(e, n->kid[3]);
    emit_goto(e, end);

    // The exceptional path: run the body, re-raise. (The try's fblock serves again.)
    protect_t cp;
    handler_start(e, handler, cleanup, base_depth, &cp);
    fblock_push(e, &f, FB_FINALLY_END);
    f.protect = &cp;
    if (!e->scoping) { // walked once in the scope pass
        compile_suite(e, n->kid[3]);
    }
    fblock_pop(e);
    protect_pop(e);
    emit_reraise_prev(e);
    emit_cleanup_handler(e, cleanup);
    e->depth = base_depth;
    label_place(e, end);
}

// ( awaitable -- result ): await the value on top of the stack.
static void emit_await(emit_t *e) {
    emit_ops(e, OPS3(GET_AWAITABLE, LOAD_NONE, YIELD_FROM));
}

static void compile_with(emit_t *e, kl_ast_t *n, size_t item) {
    // with A as a, B as b: body  ==  with A as a: with B as b: body
    kl_ast_t *wi = n->kid[item];
    bool is_async = IS_ASYNC(n);
    uint32_t handler = labels_new(e, 3), cleanup = handler + 1, end = handler + 2;
    compile_expr(e, wi->kid[0]);
    set_line(e, n->line);
    if (is_async) {
        emit_ops(e, OPS3(BEFORE_ASYNC_WITH, LOAD_NONE, YIELD_FROM)); // ( aexit aenter )
    } else {
        emit_op(e, KL_BC_BEFORE_WITH); // ( exit enter_result )
    }
    int base_depth = e->depth - 1; // the exit function stays below
    fblock_t f;
    fblock_push_protected(e, &f, FB_WITH, handler);
    f.is_async = is_async;
    f.own.depth = (uint32_t)base_depth;
    if (wi->kid[1] != NULL) {
        compile_store(e, wi->kid[1]);
    } else {
        emit_op(e, KL_BC_POP_TOP);
    }
    if (item + 2 < n->n) {
        compile_with(e, n, item + 1);
    } else {
        compile_suite(e, n->kid[n->n - 1]);
    }
    protect_pop(e);
    fblock_pop(e);
    set_line(e, n->line);
    emit_with_exit(e, is_async);
    emit_goto(e, end);

    // ( exit exc ) -> ( exit prev exc ) -> call exit(type, exc, tb); a true result swallows it.
    handler_start(e, handler, cleanup, base_depth, &f.own);
    emit_op(e, KL_BC_WITH_EXCEPT_START); // ( exit prev exc result )
    if (is_async) {
        emit_await(e);
    }
    uint32_t reraise = label_new(e);
    emit_jump(e, KL_BC_POP_JUMP_IF_FALSE, reraise);
    protect_pop(e);
    emit_ops(e, OPS3(POP_TOP, POP_EXCEPT, POP_TOP)); // exc, prev, exit
    emit_goto(e, end);
    emit_cleanup_handler(e, reraise);
    // cleanup: ( exit prev exc2 )
    emit_cleanup_handler(e, cleanup);
    e->depth = base_depth;
    label_place(e, end);
}

static void compile_import(emit_t *e, kl_ast_t *n) {
    for (size_t i = 0; i < n->n; i++) {
        kl_ast_t *a = n->kid[i];
        kl_qstr_t full = KL_OBJ_QSTR_VALUE(a->v);
        emit_load_const(e, KL_OBJ_NEW_SMALL_INT(0));
        emit_op(e, KL_BC_LOAD_NONE);
        set_line(e, a->line);
        emit_op_uint(e, KL_BC_IMPORT_NAME, full);
        // import a.b.c binds a, the first part; import a.b.c as x binds x to the innermost
        // module, which IMPORT_FROM b, then c, reach (their names are made as emitted).
        size_t len;
        const char *str = kl_qstr_data(full, &len);
        size_t seg = 0; // where the part after the latest dot starts (0: no dot yet)
        for (size_t k = 0; k <= len; k++) {
            if (k < len && str[k] != '.') {
                continue;
            }
            if (a->kid[0] == NULL) {
                if (k < len) {
                    full = kl_qstr_from_strn(str, k);
                }
                break;
            }
            if (seg > 0 && !e->scoping) {
                emit_op_uint(e, KL_BC_IMPORT_FROM, kl_qstr_from_strn(str + seg, k - seg));
                emit_ops(e, OPS2(ROT_TWO, POP_TOP));
            }
            seg = k + 1;
        }
        emit_name_op(e, a->kid[0] != NULL ? KL_OBJ_QSTR_VALUE(a->kid[0]->v) : full, USE_STORE);
    }
}

#if KL_CFG_ANNOTATIONS
// ==== Postponed annotations (PEP 563) ====

// Writes the source form of annotation [n] as ast.unparse() spells it, for the common shapes
// of annotations (names, attributes, subscripts, constants, tuples, lists, X | Y, -1).
// Returns false for anything else, which is then evaluated as usual.
static bool unparse_annotation(const kl_print_t *p, kl_ast_t *n, bool in_subscript) {
    switch (n->kind) {
        case KL_AST_NAME:
            kl_printf(p, "%q", KL_OBJ_QSTR_VALUE(n->v));
            return true;
        case KL_AST_CONSTANT:
            if (n->v == kl_const_ellipsis) {
                kl_printf(p, "...");
            } else {
                kl_obj_print(p, n->v, KL_PRINT_REPR);
            }
            return true;
        case KL_AST_ATTRIBUTE:
            if (!unparse_annotation(p, n->kid[0], false)) {
                return false;
            }
            kl_printf(p, ".%q", KL_OBJ_QSTR_VALUE(n->v));
            return true;
        case KL_AST_SUBSCRIPT:
            if (!unparse_annotation(p, n->kid[0], false)) {
                return false;
            }
            kl_printf(p, "[");
            if (!unparse_annotation(p, n->kid[1], true)) {
                return false;
            }
            kl_printf(p, "]");
            return true;
        case KL_AST_TUPLE:
        case KL_AST_LIST: {
            bool parens = n->kind == KL_AST_LIST || !in_subscript || n->n == 0;
            if (parens) {
                kl_printf(p, n->kind == KL_AST_LIST ? "[" : "(");
            }
            for (size_t i = 0; i < n->n; i++) {
                if (i > 0) {
                    kl_printf(p, ", ");
                }
                if (!unparse_annotation(p, n->kid[i], false)) {
                    return false;
                }
            }
            if (n->kind == KL_AST_TUPLE && n->n == 1) {
                kl_printf(p, ",");
            }
            if (parens) {
                kl_printf(p, n->kind == KL_AST_LIST ? "]" : ")");
            }
            return true;
        }
        case KL_AST_BINOP:
            if (n->op != KL_BINARY_OP_OR || !unparse_annotation(p, n->kid[0], false)) {
                return false;
            }
            kl_printf(p, " | ");
            return unparse_annotation(p, n->kid[1], false);
        case KL_AST_UNARYOP:
            if (n->op != KL_AST_UNARY_NEG || n->kid[0]->kind != KL_AST_CONSTANT) {
                return false;
            }
            kl_printf(p, "-");
            return unparse_annotation(p, n->kid[0], false);
        default:
            return false;
    }
}

// Pushes the value of an annotation: its source text under `from __future__ import
// annotations`, else the evaluated expression.
static void compile_annotation(emit_t *e, kl_ast_t *n) {
    if (e->c->future_annotations) {
        kl_vstr_t v;
        kl_vstr_init(&v, 32);
        kl_print_t p;
        kl_vstr_print(&p, &v);
        if (unparse_annotation(&p, n, false)) {
            emit_load_const(e, kl_vstr_to_str(&v));
            return;
        }
    }
    compile_expr(e, n);
}
#endif

static void compile_import_from(emit_t *e, kl_ast_t *n) {
    // Set as the statement is emitted, not in the scope pass: annotations before it stay values.
    // (#if, not if: without KL_CFG_ANNOTATIONS the two names stay out of the image.)
#if KL_CFG_ANNOTATIONS
    if (n->op == 0 && KL_OBJ_QSTR_VALUE(n->v) == KL_QSTR___future__ && !e->scoping) {
        for (size_t i = 0; i < n->n; i++) {
            if (KL_OBJ_QSTR_VALUE(n->kid[i]->v) == KL_QSTR_annotations) {
                e->c->future_annotations = true;
            }
        }
    }
#endif
    emit_load_const(e, KL_OBJ_NEW_SMALL_INT(n->op));
    bool star = n->n == 1 && KL_OBJ_QSTR_VALUE(n->kid[0]->v) == KL_QSTR__star_;
    for (size_t i = 0; i < n->n; i++) {
        emit_load_const(e, n->kid[i]->v); // the name, a str
    }
    emit_op_uint_var(e, KL_BC_BUILD_TUPLE, n->n, 1 - (int)n->n);
    set_line(e, n->line);
    emit_op_uint(e, KL_BC_IMPORT_NAME, KL_OBJ_QSTR_VALUE(n->v));
    if (star) {
        if (e->scope->kind != SCOPE_MODULE) {
            syntax_error(e->c, n, "import * only allowed at module level");
        }
        emit_op(e, KL_BC_IMPORT_STAR);
        return;
    }
    for (size_t i = 0; i < n->n; i++) {
        kl_ast_t *a = n->kid[i];
        emit_op_uint(e, KL_BC_IMPORT_FROM, KL_OBJ_QSTR_VALUE(a->v));
        emit_name_op(e, KL_OBJ_QSTR_VALUE((a->kid[0] != NULL ? a->kid[0] : a)->v), USE_STORE);
    }
    emit_op(e, KL_BC_POP_TOP);
}

// def and class: decorators, the function (or __build_class__(body, name, *bases, **kw)), each
// decorator called on it, innermost first, and the result stored under the name.
static void compile_def(emit_t *e, kl_ast_t *n) {
    bool is_class = n->kind == KL_AST_CLASSDEF;
    kl_ast_t *decos = n->kid[is_class ? 2 : 3];
    size_t n_decos = decos != NULL ? decos->n : 0;
    for (size_t i = 0; i < n_decos; i++) {
        set_line(e, decos->kid[i]->line);
        compile_expr(e, decos->kid[i]);
    }
    set_line(e, n->line);
    if (is_class) {
        emit_op(e, KL_BC_LOAD_BUILD_CLASS);
        compile_make_function(e, n, NULL);
        emit_load_const(e, n->v); // the name, a str
        kl_ast_t *args = n->kid[0];
        if (args == NULL) {
            emit_call(e, 2);
        } else {
            compile_call_args(e, args, 0, false, 2);
        }
    } else {
        compile_make_function(e, n, n->kid[0]);
    }
    // Each decorator's call is on its own line, innermost (last) first, as in CPython.
    for (size_t i = n_decos; i-- > 0;) {
        set_line(e, decos->kid[i]->line);
        emit_call(e, 1);
    }
    emit_name_op(e, KL_OBJ_QSTR_VALUE(n->v), USE_STORE);
}

#define STAR_EXIT_ERROR "'break', 'continue' and 'return' cannot appear in an except* block"

// Whether an except* clause lies between the innermost fblock and fblock [from].
static bool in_star_handler(emit_t *e, fblock_t *to) {
#if KL_CFG_EXCEPTION_GROUPS
    for (fblock_t *f = e->fblocks; f != to; f = f->prev) {
        if (f->kind == FB_STAR_HANDLER) {
            return true;
        }
    }
#else
    (void)e;
    (void)to;
#endif
    return false;
}

static void compile_return(emit_t *e, kl_ast_t *n) {
    if (e->scoping) {
        // The value only: no finally body is copied in the scope pass.
        compile_expr_or_none(e, n->kid[0]);
        return;
    }
    if (e->scope->kind != SCOPE_FUNCTION) {
        syntax_error(e->c, n, "'return' outside function");
    }
    if (in_star_handler(e, NULL)) {
        syntax_error(e->c, n, STAR_EXIT_ERROR);
    }
    compile_expr_or_none(e, n->kid[0]);
    set_line(e, n->line);
    unwind_fblocks(e, NULL, true);
    emit_op(e, KL_BC_RETURN_VALUE);
    resume_fblocks(e, NULL);
}

static void compile_break_continue(emit_t *e, kl_ast_t *n, bool is_break) {
    if (e->scoping) {
        return; // a for loop has no block in scope mode
    }
    fblock_t *f = find_loop(e);
    if (in_star_handler(e, f)) {
        syntax_error(e->c, n, STAR_EXIT_ERROR);
    }
    if (f == NULL) {
        syntax_error(e->c, n,
                     is_break ? "'break' outside loop" : "'continue' not properly in loop");
    }
    int saved_depth = e->depth;
    set_line(e, n->line);
    unwind_fblocks(e, f, false);
    if (is_break) {
        if (f->kind == FB_FOR) {
            if (f->protect != NULL) {
                protect_suspend_from(e, f->protect); // the loop's close handler
            }
            emit_op(e, KL_BC_POP_ITER);
        }
        emit_goto(e, f->label_break);
    } else {
        emit_goto(e, f->label_continue);
    }
    e->depth = saved_depth;
    resume_fblocks(e, is_break ? f->prev : f);
}

static void compile_assert(emit_t *e, kl_ast_t *n) {
#if KL_CFG_SYNTAX_WARNINGS
    if (!e->scoping && n->kid[0]->kind == KL_AST_TUPLE && n->kid[0]->n > 0) {
        compile_warn(e->c, n, "assertion is always true, perhaps remove parentheses?");
    }
#endif
    uint32_t end = label_new(e);
    set_line(e, n->line);
    compile_bool_jump(e, n->kid[0], true, end);
    emit_op(e, KL_BC_LOAD_ASSERTION_ERROR);
    if (n->kid[1] != NULL) {
        compile_expr(e, n->kid[1]);
        emit_call(e, 1);
    }
    emit_op_uint_var(e, KL_BC_RAISE_VARARGS, 1, -1);
    label_place(e, end);
}

#if KL_CFG_MATCH
// ==== match statements ====
//
// Each pattern takes the value it matches from the top of the stack and consumes it; on a
// mismatch it jumps to [fail] with the stack exactly as it was below that value. Nested
// patterns keep their container under the item being matched and route their failures
// through a small cleanup that pops it. Captures are stored as they match, which the
// language reference allows for patterns that fail later.

static void compile_pattern(emit_t *e, kl_ast_t *p, uint32_t fail);

// Jump to [fail] after popping [n] values: a landing pad placed after the pattern's code.
typedef struct _pop_pad_t {
    uint32_t label;
    int n;
} pop_pad_t;

static void emit_pop_pad(emit_t *e, pop_pad_t *pad, uint32_t fail, uint32_t after) {
    emit_goto(e, after);
    label_place(e, pad->label);
    for (int i = 0; i < pad->n; i++) {
        emit_op(e, KL_BC_POP_TOP);
    }
    emit_goto(e, fail);
}

static void compile_pattern_sequence(emit_t *e, kl_ast_t *p, uint32_t fail) {
    size_t star = SIZE_MAX;
    for (size_t i = 0; i < p->n; i++) {
        if (p->kid[i]->kind == KL_AST_PAT_STAR) {
            star = i;
        }
    }
    int base = e->depth - 1;
    uint32_t after = labels_new(e, 2);
    pop_pad_t pad = {after + 1, 1};
    // ( subject ) -> is a sequence of the right length?
    emit_op(e, KL_BC_MATCH_SEQUENCE);
    emit_jump(e, KL_BC_POP_JUMP_IF_FALSE, pad.label);
    emit_op(e, KL_BC_GET_LEN);
    if (star == SIZE_MAX) {
        emit_load_const(e, KL_OBJ_NEW_SMALL_INT((kl_int_t)p->n));
        emit_op_uint(e, KL_BC_BINARY_OP, KL_BINARY_OP_EQ);
    } else {
        emit_load_const(e, KL_OBJ_NEW_SMALL_INT((kl_int_t)p->n - 1));
        emit_op_uint(e, KL_BC_BINARY_OP, KL_BINARY_OP_GE);
    }
    emit_jump(e, KL_BC_POP_JUMP_IF_FALSE, pad.label);
    for (size_t i = 0; i < p->n; i++) {
        kl_ast_t *sub = p->kid[i];
        emit_op(e, KL_BC_DUP_TOP);
        if (i == star) {
            // seq[i:len(seq) - after] as a list
            size_t after_n = p->n - star - 1;
            emit_load_const(e, KL_OBJ_NEW_SMALL_INT((kl_int_t)i));
            if (after_n == 0) {
                emit_op(e, KL_BC_LOAD_NONE);
            } else {
                emit_load_const(e, KL_OBJ_NEW_SMALL_INT(-(kl_int_t)after_n));
            }
            emit_op_uint_var(e, KL_BC_BUILD_SLICE, 2, -1);
            emit_op(e, KL_BC_LOAD_SUBSCR);
            emit_op_uint_var(e, KL_BC_BUILD_LIST, 0, 1);
            emit_op(e, KL_BC_ROT_TWO);
            emit_op_uint(e, KL_BC_LIST_EXTEND, 1);
            store_capture(e, sub->v);
            continue;
        }
        kl_int_t index = star != SIZE_MAX && i > star ? (kl_int_t)i - (kl_int_t)p->n : (kl_int_t)i;
        emit_load_const(e, KL_OBJ_NEW_SMALL_INT(index));
        emit_op(e, KL_BC_LOAD_SUBSCR);
        compile_pattern(e, sub, pad.label);
    }
    emit_op(e, KL_BC_POP_TOP);
    emit_pop_pad(e, &pad, fail, after);
    e->depth = base;
    label_place(e, after);
}

static void compile_pattern_mapping(emit_t *e, kl_ast_t *p, uint32_t fail) {
    int base = e->depth - 1;
    uint32_t after = labels_new(e, 2);
    pop_pad_t pad = {after + 1, 1};
    emit_op(e, KL_BC_MATCH_MAPPING);
    emit_jump(e, KL_BC_POP_JUMP_IF_FALSE, pad.label);
    for (size_t i = 0; i + 1 < p->n; i += 2) {
        // key in subject, then subject[key] against the value pattern
        compile_expr(e, p->kid[i]);
        emit_ops(e, OPS3(ROT_TWO, DUP_TOP, ROT_THREE));
        emit_op_uint(e, KL_BC_CONTAINS_OP, 0);
        emit_jump(e, KL_BC_POP_JUMP_IF_FALSE, pad.label);
        emit_op(e, KL_BC_DUP_TOP);
        compile_expr(e, p->kid[i]);
        emit_op(e, KL_BC_LOAD_SUBSCR);
        compile_pattern(e, p->kid[i + 1], pad.label);
    }
    if (p->v != KL_OBJ_NULL) {
        // **rest: a dict of the other keys
        size_t n_keys = p->n / 2;
        for (size_t i = 0; i + 1 < p->n; i += 2) {
            compile_expr(e, p->kid[i]);
        }
        emit_op_uint_var(e, KL_BC_BUILD_TUPLE, n_keys, 1 - (int)n_keys);
        emit_op(e, KL_BC_COPY_DICT_WITHOUT_KEYS);
        store_capture(e, p->v);
    } else {
        emit_op(e, KL_BC_POP_TOP);
    }
    emit_pop_pad(e, &pad, fail, after);
    e->depth = base;
    label_place(e, after);
}

static void compile_pattern_class(emit_t *e, kl_ast_t *p, uint32_t fail) {
    int base = e->depth - 1;
    uint32_t after = labels_new(e, 2);
    pop_pad_t pad = {after + 1, 2};
    size_t n_pos = 0, n_kw = 0;
    for (size_t i = 1; i < p->n; i++) {
        if (p->kid[i]->kind == KL_AST_PAT_KEYWORD) {
            n_kw++;
        } else {
            n_pos++;
        }
    }
    compile_expr(e, p->kid[0]);
    for (size_t i = 1; i < p->n; i++) {
        if (p->kid[i]->kind == KL_AST_PAT_KEYWORD) {
            emit_load_const(e, p->kid[i]->v);
        }
    }
    emit_op_uint_var(e, KL_BC_BUILD_TUPLE, n_kw, 1 - (int)n_kw);
    // ( subject cls kwnames ) -> ( subject attrs|None )
    emit_op_uint(e, KL_BC_MATCH_CLASS, n_pos);
    emit_ops(e, OPS2(DUP_TOP, LOAD_NONE));
    emit_op_uint(e, KL_BC_IS_OP, 0);
    emit_jump(e, KL_BC_POP_JUMP_IF_TRUE, pad.label);
    size_t k = 0;
    for (size_t i = 1; i < p->n; i++) {
        kl_ast_t *sub = p->kid[i];
        emit_op(e, KL_BC_DUP_TOP);
        emit_load_const(e, KL_OBJ_NEW_SMALL_INT((kl_int_t)k++));
        emit_op(e, KL_BC_LOAD_SUBSCR);
        compile_pattern(e, sub->kind == KL_AST_PAT_KEYWORD ? sub->kid[0] : sub, pad.label);
    }
    emit_ops(e, OPS2(POP_TOP, POP_TOP));
    emit_pop_pad(e, &pad, fail, after);
    e->depth = base;
    label_place(e, after);
}

static void compile_pattern(emit_t *e, kl_ast_t *p, uint32_t fail) {
    kl_stack_check();
    set_line(e, p->line);
    switch (p->kind) {
        case KL_AST_PAT_VALUE:
            compile_expr(e, p->kid[0]);
            emit_op_uint(e, KL_BC_BINARY_OP, KL_BINARY_OP_EQ);
            emit_jump(e, KL_BC_POP_JUMP_IF_FALSE, fail);
            break;
        case KL_AST_PAT_SINGLETON:
            emit_load_const(e, p->v);
            emit_op_uint(e, KL_BC_IS_OP, 0);
            emit_jump(e, KL_BC_POP_JUMP_IF_FALSE, fail);
            break;
        case KL_AST_PAT_AS:
            if (p->kid[0] != NULL) {
                int base = e->depth - 1;
                uint32_t after = labels_new(e, 2);
                pop_pad_t pad = {after + 1, 1};
                emit_op(e, KL_BC_DUP_TOP);
                compile_pattern(e, p->kid[0], pad.label);
                store_capture(e, p->v);
                emit_pop_pad(e, &pad, fail, after);
                e->depth = base;
                label_place(e, after);
            } else {
                store_capture(e, p->v);
            }
            break;
        case KL_AST_PAT_OR: {
            int base = e->depth - 1;
            uint32_t success = label_new(e);
            for (size_t i = 0; i < p->n; i++) {
                uint32_t next = label_new(e);
                emit_op(e, KL_BC_DUP_TOP);
                compile_pattern(e, p->kid[i], next);
                emit_op(e, KL_BC_POP_TOP);
                emit_goto(e, success);
                e->depth = base + 1;
                label_place(e, next);
            }
            emit_op(e, KL_BC_POP_TOP);
            emit_goto(e, fail);
            e->depth = base;
            label_place(e, success);
            break;
        }
        case KL_AST_PAT_SEQUENCE:
            compile_pattern_sequence(e, p, fail);
            break;
        case KL_AST_PAT_MAPPING:
            compile_pattern_mapping(e, p, fail);
            break;
        case KL_AST_PAT_CLASS:
            compile_pattern_class(e, p, fail);
            break;
        default:
            syntax_error(e->c, p, "invalid pattern");
    }
}

static void compile_match(emit_t *e, kl_ast_t *n) {
    uint32_t end = label_new(e);
    compile_expr(e, n->kid[0]);
    int base = e->depth; // the subject stays on the stack while cases are tried
    for (size_t i = 1; i < n->n; i++) {
        kl_ast_t *mc = n->kid[i];
        uint32_t next = label_new(e);
        set_line(e, mc->line);
        emit_op(e, KL_BC_DUP_TOP);
        if (e->scoping) {
            sym_pattern(e->c, e->scope, mc->kid[0]); // the symbol table's order of names
        } else {
            compile_pattern(e, mc->kid[0], next);
        }
        if (mc->kid[1] != NULL) {
            compile_bool_jump(e, mc->kid[1], false, next);
        }
        emit_op(e, KL_BC_POP_TOP);
        compile_suite(e, mc->kid[2]);
        emit_goto(e, end);
        e->depth = base;
        label_place(e, next);
    }
    emit_op(e, KL_BC_POP_TOP);
    label_place(e, end);
}
#endif // KL_CFG_MATCH

// ==== The scope pass ====
//
// Before a tree is emitted, the emitter walks it once in scope mode (emit_t.scoping) to fill
// the symbol tables. Expressions go through the symbol walk (sym_expr: compile_expr hands them
// over), the statements of scope_stmt are walked there, and every other statement, target and
// comprehension by its emitter code into a scratch emitter that keeps nothing. The pass must find
// exactly what the symbol pass it replaced found, in the same order (the order of names gives the
// slots), with the same errors first and the same depth count for the recursion limit, which is why
// the emitter's code checks emit_t.scoping in a few places: the emitter's own errors wait for the
// emission; a target is walked before the value (walked again after it, which adds nothing); the
// else body of a try after its handlers; no finally body is copied.

static void scope_suite(emit_t *e, scope_t *s, kl_ast_t *body);
static void compile_comprehension_body(emit_t *e, kl_ast_t *n);

// Statement [n] in scope mode; false for a statement the emitter walks itself.
static bool scope_stmt(emit_t *e, kl_ast_t *n) {
    compiler_t *c = e->c;
    scope_t *s = e->scope;
    switch (n->kind) {
        case KL_AST_FUNCDEF: {
            sym_expr(c, s, n->kid[3]);
            sym_expr(c, s, n->kid[1]);
            scope_t *fs = scope_new(s, n, SCOPE_FUNCTION, KL_OBJ_QSTR_VALUE(n->v));
            fs->is_coroutine = IS_ASYNC(n);
            sym_args(c, s, fs, n->kid[0]);
            scope_suite(e, fs, n->kid[2]);
            sym_name(s, KL_OBJ_QSTR_VALUE(n->v), SYM_ASSIGNED);
            break;
        }
        case KL_AST_CLASSDEF: {
            sym_expr(c, s, n->kid[2]);
            sym_expr(c, s, n->kid[0]);
            scope_t *cs = scope_new(s, n, SCOPE_CLASS, KL_OBJ_QSTR_VALUE(n->v));
            scope_suite(e, cs, n->kid[1]);
            sym_name(s, KL_OBJ_QSTR_VALUE(n->v), SYM_ASSIGNED);
            break;
        }
        case KL_AST_ANNASSIGN:
            compile_store(e, n->kid[0]);
            if (s->kind != SCOPE_FUNCTION) {
                sym_expr(c, s, n->kid[1]);
            }
            sym_expr(c, s, n->kid[2]);
            break;
        case KL_AST_GLOBAL:
        case KL_AST_NONLOCAL:
            for (size_t i = 0; i < n->n; i++) {
                kl_qstr_t name = KL_OBJ_QSTR_VALUE(n->kid[i]->v);
                if (s == c->seek_scope && name == c->seek) {
                    c->seek_scope = NULL; // found: the next lines seek nothing
                    syntax_error_name(c, n, "no binding for nonlocal '%q' found", name);
                }
                sym_t *sym = scope_find(s, name);
                bool is_global = n->kind == KL_AST_GLOBAL;
                if (sym != NULL && (sym->flags & (SYM_ASSIGNED | SYM_USED)) &&
                    !(sym->flags & (SYM_GLOBAL | SYM_NONLOCAL))) {
                    syntax_error_name(
                        c, n,
                        (sym->flags & SYM_PARAM)
                            ? (is_global ? "name '%q' is parameter and global"
                                         : "name '%q' is parameter and nonlocal")
                            : (sym->flags & SYM_ASSIGNED
                                   ? (is_global ? "name '%q' is assigned to before global "
                                                  "declaration"
                                                : "name '%q' is assigned to before nonlocal "
                                                  "declaration")
                                   : (is_global ? "name '%q' is used prior to global declaration"
                                                : "name '%q' is used prior to nonlocal "
                                                  "declaration")),
                        name);
                }
                if (!is_global && s->kind == SCOPE_MODULE) {
                    syntax_error(c, n, "nonlocal declaration not allowed at module level");
                }
                sym_name(s, name, is_global ? SYM_GLOBAL : SYM_NONLOCAL);
            }
            break;
        default:
            return false;
    }
    return true;
}

// Walk [body], the statements of the scope [s] nested in the one of [e], in scope mode.
static void scope_suite(emit_t *e, scope_t *s, kl_ast_t *body) {
    scope_t *outer = e->scope;
    e->scope = s;
    compile_suite(e, body);
    e->scope = outer;
}

// Walk comprehension [n], whose scope is [cs], in scope mode.
static void scope_comprehension(compiler_t *c, scope_t *cs, kl_ast_t *n) {
    emit_t *e = c->scoper;
    scope_t *outer = e->scope;
    e->scope = cs;
    compile_comprehension_body(e, n);
    e->scope = outer;
}

// The scope pass over [body], the statements of [s]. Its emitter, on the C stack, serves every
// scope of the tree (scope_suite), and its code is dropped: on the heap it needs only the room
// of what its statements emit.
static KL_NOINLINE void scope_pass(compiler_t *c, scope_t *s, kl_ast_t *body) {
    emit_t e;
    label_t labels[SCOPE_LABELS]; // the few labels of the pass (label_new)
    memset(&e, 0, sizeof(e));
    // Every field -1, as label_new leaves a new label: label_place reads the depth it is given.
    memset(labels, 0xff, sizeof(labels));
    e.c = c;
    e.scope = s;
    e.labels = labels;
    e.n_labels = SCOPE_LABELS;
    e.scoping = true;
    c->scoper = &e;
    compile_suite(&e, body);
    emit_drop(&e);
}

static void compile_stmt(emit_t *e, kl_ast_t *n) {
    enter_node(e->c);
    set_line(e, n->line);
    if (e->scoping) {
        e->code.len = 0; // the scope pass keeps no code: one statement's operands at most
        if (scope_stmt(e, n)) {
            e->c->depth--;
            return;
        }
    }
    switch (n->kind) {
        case KL_AST_EXPR: {
            // The REPL prints what an expression statement of its own makes; elsewhere a
            // constant one (a docstring) needs no code.
            kl_ast_t *x = n->kid[0];
            bool print = e->c->mode == KL_PARSE_SINGLE && e->scope->kind == SCOPE_MODULE;
            if (print || x->kind != KL_AST_CONSTANT) {
                compile_expr(e, x);
                emit_op(e, print ? KL_BC_PRINT_EXPR : KL_BC_POP_TOP);
            }
            break;
        }
        case KL_AST_ASSIGN: {
            // The scope pass walks the targets first, in the symbol table's order (walking them
            // again below adds nothing).
            for (size_t i = 0; e->scoping && i + 1 < n->n; i++) {
                compile_store(e, n->kid[i]);
            }
            compile_expr(e, n->kid[n->n - 1]);
            for (size_t i = 0; i + 1 < n->n; i++) {
                if (i + 2 < n->n) {
                    emit_op(e, KL_BC_DUP_TOP);
                }
                compile_store(e, n->kid[i]);
            }
            break;
        }
        case KL_AST_AUGASSIGN:
            compile_augassign(e, n);
            break;
        case KL_AST_ANNASSIGN:
            if (n->kid[2] != NULL) {
                compile_expr(e, n->kid[2]);
                compile_store(e, n->kid[0]);
            }
#if KL_CFG_ANNOTATIONS
            if (e->scope->kind == SCOPE_MODULE || e->scope->kind == SCOPE_CLASS) {
                // Module and class annotations are evaluated; a plain name's is recorded in
                // __annotations__.
                compile_annotation(e, n->kid[1]);
                if (n->op && n->kid[0]->kind == KL_AST_NAME) {
                    emit_name_op(e, KL_QSTR___annotations__, USE_LOAD);
                    emit_load_const(
                        e, KL_OBJ_NEW_QSTR(mangle(e->scope, KL_OBJ_QSTR_VALUE(n->kid[0]->v))));
                    emit_op(e, KL_BC_STORE_SUBSCR);
                } else {
                    emit_op(e, KL_BC_POP_TOP);
                }
            }
#endif
            break;
        case KL_AST_DELETE:
            for (size_t i = 0; i < n->n; i++) {
                compile_target(e, n->kid[i], USE_DELETE);
            }
            break;
        case KL_AST_PASS:
        case KL_AST_GLOBAL:
        case KL_AST_NONLOCAL:
            break;
        case KL_AST_IF:
            compile_if(e, n);
            break;
        case KL_AST_WHILE:
        case KL_AST_FOR:
            compile_loop(e, n);
            break;
        case KL_AST_BREAK:
        case KL_AST_CONTINUE:
            compile_break_continue(e, n, n->kind == KL_AST_BREAK);
            break;
        case KL_AST_RETURN:
            compile_return(e, n);
            break;
        case KL_AST_RAISE: {
            // raise [exc [from cause]]: kid[1] only with kid[0]. The line was set above.
            size_t k = 0;
            while (k < 2 && n->kid[k] != NULL) {
                compile_expr(e, n->kid[k++]);
            }
            set_line(e, n->line);
            emit_op_uint_var(e, KL_BC_RAISE_VARARGS, k, -(int)k);
            break;
        }
        case KL_AST_TRY:
            compile_try(e, n);
            break;
        case KL_AST_WITH:
            compile_with(e, n, 0);
            break;
        case KL_AST_ASSERT:
            compile_assert(e, n);
            break;
        case KL_AST_FUNCDEF:
        case KL_AST_CLASSDEF:
            compile_def(e, n);
            break;
        case KL_AST_IMPORT:
            compile_import(e, n);
            break;
        case KL_AST_IMPORTFROM:
            compile_import_from(e, n);
            break;
        case KL_AST_SUITE:
            compile_suite(e, n);
            break;
#if KL_CFG_MATCH
        case KL_AST_MATCH:
            compile_match(e, n);
            break;
#endif
        default:
            syntax_error(e->c, n, "invalid syntax");
    }
    e->c->depth--;
}

// The statements of block [n], if any.
static void compile_suite(emit_t *e, kl_ast_t *n) {
    for (size_t i = 0; n != NULL && i < n->n; i++) {
        compile_stmt(e, n->kid[i]);
    }
}

// ==== Code objects ====

// Whether a module or class body has annotated assignments (outside nested functions and
// classes), so that it needs an __annotations__ dict. Never without KL_CFG_ANNOTATIONS.
static bool has_annotations(kl_ast_t *n) {
    if (!KL_CFG_ANNOTATIONS || n == NULL) {
        return false;
    }
    switch (n->kind) {
        case KL_AST_ANNASSIGN:
            return true;
        case KL_AST_FUNCDEF:
        case KL_AST_CLASSDEF:
        case KL_AST_LAMBDA:
            return false;
        case KL_AST_MODULE:
        case KL_AST_SUITE:
        case KL_AST_IF:
        case KL_AST_WHILE:
        case KL_AST_FOR:
        case KL_AST_TRY:
        case KL_AST_HANDLERS:
        case KL_AST_EXCEPTHANDLER:
        case KL_AST_WITH:
        case KL_AST_MATCH:
        case KL_AST_MATCHCASE:
            for (size_t i = 0; i < n->n; i++) {
                if (has_annotations(n->kid[i])) {
                    return true;
                }
            }
            return false;
        default:
            return false;
    }
}

// The docstring of a body: its first statement when that is a string literal.
static kl_ast_t *docstring(kl_ast_t *body) {
#if !KL_CFG_DOCSTRINGS
    // None kept: the string is then a constant statement, compiled to nothing.
    (void)body;
    return NULL;
#endif
    if (body == NULL || body->n == 0 || body->kid[0]->kind != KL_AST_EXPR) {
        return NULL;
    }
    kl_ast_t *x = body->kid[0]->kid[0];
    if (x->kind != KL_AST_CONSTANT || !kl_obj_is_str(x->v)) {
        return NULL;
    }
    return x;
}

static void store_docstring(emit_t *e, kl_ast_t *body) {
#if KL_CFG_DOCSTRINGS
    kl_ast_t *doc = docstring(body);
    if (doc != NULL) {
        emit_load_const(e, doc->v);
        emit_op_uint(e, KL_BC_STORE_NAME, KL_QSTR___doc__);
    }
#else
    (void)e;
    (void)body;
#endif
}

// The result of a list, set and dict comprehension: the op that builds it and the op that
// adds an element, by kind from KL_AST_LISTCOMP (GENEXP, between them, yields instead).
static const uint8_t comp_ops[][2] = {
    {KL_BC_BUILD_LIST, KL_BC_LIST_APPEND},
    {KL_BC_BUILD_SET, KL_BC_SET_ADD},
    {0, 0},
    {KL_BC_BUILD_MAP, KL_BC_MAP_ADD},
};

// The loops of comprehension [n] in its own scope: ( .0 ) is local 0; build the result and
// loop. The scope pass walks it here too (sym_comprehension), in the order of emission.
static void compile_comprehension_body(emit_t *e, kl_ast_t *n) {
    bool is_gen = n->kind == KL_AST_GENEXP;
    size_t first_gen = first_generator(n);
    if (!is_gen) {
        emit_op_uint_var(e, comp_ops[n->kind - KL_AST_LISTCOMP][0], 0, 1);
    }
    // The labels of all the loops are made first, LOOP_LABELS for each: its top, its end
    // (top + 1) and for an async for its handler (top + 2). (The scope pass has three labels
    // in all, which every loop shares.)
#define LOOP_LABELS (KL_CFG_ASYNC ? 3 : 2)
    size_t n_gens = n->n - first_gen;
    uint32_t first = labels_new(e, n_gens * LOOP_LABELS);
#define LOOP_TOP(g) (e->scoping ? 0 : first + (g)*LOOP_LABELS)
    for (size_t g = 0; g < n_gens; g++) {
        kl_ast_t *gen = n->kid[first_gen + g];
        uint32_t top = LOOP_TOP(g);
        if (g == 0) {
            emit_op_uint(e, KL_BC_LOAD_FAST, 0);
        } else {
            compile_iterable(e, gen->kid[1]);
            emit_op(e, IS_ASYNC(gen) ? KL_BC_GET_AITER : KL_BC_GET_ITER);
        }
        label_place(e, top);
        set_line(e, gen->line);
        if (IS_ASYNC(gen)) {
            // async for: await __anext__() until StopAsyncIteration (see the handler).
            protect_t p;
            protect_push(e, &p, top + 2);
            emit_ops(e, OPS3(GET_ANEXT, LOAD_NONE, YIELD_FROM));
            protect_pop(e);
            label_set_depth(e, top + 1, e->depth - 2);
        } else {
            emit_jump(e, KL_BC_FOR_ITER, top + 1);
        }
        compile_store(e, gen->kid[0]);
        for (size_t i = 2; i < gen->n; i++) {
            compile_bool_jump(e, gen->kid[i], false, top);
        }
        if (IS_ASYNC(gen)) {
            e->scope->is_coroutine = 1; // for an await further on, in the scope pass
        }
    }
    for (size_t i = 0; i < first_gen; i++) {
        compile_expr(e, n->kid[i]);
    }
    if (is_gen) {
        emit_ops(e, OPS2(YIELD_VALUE, POP_TOP));
    } else {
        emit_op_uint(e, comp_ops[n->kind - KL_AST_LISTCOMP][1], n_gens + 1);
    }
    for (size_t g = n_gens; g > 0; g--) {
        uint32_t top = LOOP_TOP(g - 1);
        emit_goto(e, top);
        if (IS_ASYNC(n->kid[first_gen + g - 1])) {
            // ( aiter exc )
            uint32_t reraise = label_new(e);
            label_place(e, top + 2);
            emit_load_const(e, STOP_ASYNC_ITERATION);
            emit_op(e, KL_BC_CHECK_EXC_MATCH);
            emit_jump(e, KL_BC_POP_JUMP_IF_FALSE, reraise);
            emit_ops(e, OPS2(POP_TOP, POP_TOP));
            emit_goto(e, top + 1);
            label_place(e, reraise);
            emit_op(e, KL_BC_RERAISE);
        }
        label_place(e, top + 1);
    }
}

static void compile_file(emit_t *e, scope_t *s);

static void emit_body(emit_t *e, scope_t *s) {
    kl_ast_t *n = s->node;
    kl_ast_t *body = n; // the statements of a module, function or class
    switch (n->kind) {
        case KL_AST_MODULE:
            if (e->c->mode == KL_PARSE_FILE) {
                // A file: its node has no statements, the parser hands them over a line at a
                // time (compile_file, which stores the docstring).
                compile_file(e, s);
                break;
            }
            // (A REPL line; an eval's expression is compiled by kl_compile.)
            if (has_annotations(n)) {
                emit_op(e, KL_BC_SETUP_ANNOTATIONS);
            }
            break;
        case KL_AST_FUNCDEF: {
            body = n->kid[2];
            kl_ast_t *doc = docstring(body);
            if (doc != NULL) {
                // The docstring is constant 0, which __doc__ reads.
                add_const(e, doc->v);
                e->has_doc = true;
            }
            break;
        }
        case KL_AST_LAMBDA:
            compile_expr(e, n->kid[1]);
            if (s->is_generator) {
                // A generator lambda returns None, as the end of a body does below.
                emit_op(e, KL_BC_POP_TOP);
                body = NULL;
                break;
            }
            emit_op(e, KL_BC_RETURN_VALUE);
            return;
        case KL_AST_CLASSDEF:
            // The class body runs with the namespace as its locals; __module__ and __qualname__
            // come first, as in CPython.
            body = n->kid[1];
            emit_name_op(e, KL_QSTR___name__, USE_LOAD);
            emit_op_uint(e, KL_BC_STORE_NAME, KL_QSTR___module__);
            emit_load_const(e, KL_OBJ_NEW_QSTR(s->qualname));
            emit_op_uint(e, KL_BC_STORE_NAME, KL_QSTR___qualname__);
            store_docstring(e, body);
            if (has_annotations(body)) {
                emit_op(e, KL_BC_SETUP_ANNOTATIONS);
            }
            break;
        default:
            compile_comprehension_body(e, n);
            if (n->kind == KL_AST_GENEXP) {
                body = NULL; // returns None, as the end of a body does below
                break;
            }
            emit_op(e, KL_BC_RETURN_VALUE);
            return;
    }
    compile_suite(e, body);
    // The cell exists only if a method captured it: one that assigns __class__ has its own.
    sym_t *sym = s->needs_class_cell ? scope_find(s, KL_QSTR___class__) : NULL;
    if (sym != NULL) {
        emit_op_uint(e, KL_BC_LOAD_CLOSURE, sym->slot);
        emit_op_uint(e, KL_BC_STORE_NAME, KL_QSTR___classcell__);
    }
    emit_ops(e, OPS2(LOAD_NONE, RETURN_VALUE));
}

// Give an emitter and its working arrays back as soon as its code object is made (or it is
// abandoned for a wide one): in a heap of a few KiB the next statement's compile needs the room,
// and a stale pointer to the emitter in a dead stack frame would otherwise keep all of them.
static void emit_free_arrays(emit_t *e) {
    kl_gc_free(e->labels);
    kl_gc_free(e->fixups);
}

static void emit_free(emit_t *e) {
    emit_free_arrays(e);
    kl_gc_free(e);
}

// [n] bytes of an emitter's growing array [p] copied to a block of their exact size among the
// long-lived objects (vm/gc.c), the array given back: a code object outlives the parse whose
// temporaries were allocated around its arrays while they grew. When the heap has no room for
// the copy (a large module in a small heap), the array is cut to size where it is.
static void *keep(void *p, size_t n, unsigned flags) {
    if (n == 0) {
        return p;
    }
    void *copy = kl_gc_alloc_maybe(n, flags | KL_GC_LONG_LIVED);
    if (copy == NULL) {
        return kl_gc_realloc(p, n, flags);
    }
    memcpy(copy, p, n);
    kl_gc_free(p);
    return copy;
}

// An array of [n] numbers for a code object. Empty arrays are NULL: a 16-byte block saved, and
// every reader is bounded by the count.
static KL_NOINLINE uint16_t *alloc_u16(size_t n) {
    return n == 0 ? NULL : kl_gc_alloc(n * sizeof(uint16_t), KL_GC_ATOMIC | KL_GC_LONG_LIVED);
}

static kl_obj_t finish_code(emit_t *e, scope_t *s) {
    compiler_t *c = e->c;
    // Resolve jumps.
    for (size_t i = 0; i < e->n_fixups; i++) {
        int32_t pos = e->labels[e->fixups[i].label].pos;
        uint8_t *p = (uint8_t *)e->code.buf + e->fixups[i].offset;
        p[0] = (uint8_t)pos;
        p[1] = (uint8_t)(pos >> 8);
        if (WIDE(e)) {
            p[2] = (uint8_t)(pos >> 16);
            p[3] = (uint8_t)(pos >> 24);
        }
    }
    for (size_t i = 0; i < e->n_exc; i++) {
        e->exc[i].handler = (uint32_t)e->labels[e->exc[i].handler].pos;
    }
    kl_obj_code_t *code = kl_gc_alloc(sizeof(kl_obj_code_t), KL_GC_LONG_LIVED);
    code->base.type = &kl_type_code;
    code->bytecode = keep(e->code.buf, e->code.len, KL_GC_ATOMIC);
    code->bc_len = (uint32_t)e->code.len;
    code->consts = keep(e->consts, e->n_consts * sizeof(kl_obj_t), 0);
    code->n_consts = (uint16_t)e->n_consts;
#if KL_CFG_SOURCE_LINES
    code->lines = keep(e->lines.buf, e->lines.len, KL_GC_ATOMIC);
    code->lines_len = (uint32_t)e->lines.len;
#endif
    code->exc_table = keep(e->exc, e->n_exc * sizeof(kl_exc_entry_t), KL_GC_ATOMIC);
    code->n_exc = (uint16_t)e->n_exc;
    code->name = (uint16_t)s->name;
    code->qualname = (uint16_t)s->qualname;
    code->filename = (uint16_t)c->filename;
    code->first_line = first_line(s->node);
    unsigned flags = s->flags;
    if (s->is_generator) {
        flags |= IS_COROUTINE(s) ? KL_CODE_FLAG_ASYNC_GENERATOR : KL_CODE_FLAG_GENERATOR;
    } else if (IS_COROUTINE(s)) {
        flags |= KL_CODE_FLAG_COROUTINE;
    }
    flags |= (WIDE(e) ? KL_CODE_FLAG_WIDE : 0) | (e->has_doc ? KL_CODE_FLAG_HAS_DOC : 0);
    if (s->kind == SCOPE_MODULE || s->kind == SCOPE_CLASS) {
        flags |= KL_CODE_FLAG_NAMESPACE;
    }
    code->flags = (uint16_t)flags;
    code->n_locals = s->n_locals;
    code->n_stack = (uint16_t)(e->max_depth + 1);
    code->n_pos = s->n_pos;
#if KL_CFG_POSONLY_PARAMS
    code->n_posonly = s->n_posonly;
#endif
    code->n_kwonly = s->n_kwonly;
    code->n_free = s->n_free;
    uint16_t *names = alloc_u16(s->n_locals);
    uint16_t *cells = alloc_u16(s->n_cells);
    size_t n_cells = 0;
    for (size_t i = 0; i < s->n_syms; i++) {
        sym_t *sym = &s->syms[i];
        bool has_slot =
            sym->is_free || sym->is_cell || sym->access == ACCESS_FAST || (sym->flags & SYM_PASS);
        if (has_slot && sym->slot < s->n_locals) {
            names[sym->slot] = sym->name;
        }
        if (sym->is_cell && !sym->is_free) {
            cells[n_cells++] = sym->slot;
        }
    }
    code->local_names = names;
    code->cell_locals = cells;
    code->n_cells = (uint16_t)n_cells;
    if (e->n_consts > 0xffff || e->max_depth > 0xfff0) {
        syntax_error(c, s->node, "code object too large");
    }
    emit_free(e);
    return KL_OBJ_FROM_PTR(code);
}

// The arrays of an emitter whose code is not wanted (the scope pass's, or one that outgrew
// two-byte jumps), given back.
static void emit_drop(emit_t *e) {
    kl_gc_free(e->code.buf);
#if KL_CFG_SOURCE_LINES
    kl_gc_free(e->lines.buf);
#endif
    kl_gc_free(e->consts);
    kl_gc_free(e->exc);
    emit_free_arrays(e);
}

// A new emitter for scope [s]. (One copy for its two callers.)
static KL_NOINLINE emit_t *emit_new(compiler_t *c, scope_t *s, bool wide) {
    emit_t *e = kl_gc_alloc(sizeof(emit_t), 0);
    e->c = c;
    e->scope = s;
#if KL_CFG_WIDE_JUMPS
    e->wide = wide;
#else
    (void)wide;
#endif
    // A vstr takes a byte more than asked for, its terminator: these fill four heap blocks and
    // one (of 16 bytes) rather than five and two, for each of the emitters live at once.
    kl_vstr_init(&e->code, 63);
#if KL_CFG_SOURCE_LINES
    kl_vstr_init(&e->lines, 15);
    e->last_line = first_line(s->node);
#endif
    return e;
}

static void free_children(scope_t *s);
static void free_tree(kl_ast_t *n);

// Once a def or class has its code, nothing reads its body again (a re-emission of the
// enclosing scope with wide jumps takes the code as it is, and finds the scope by the def's
// node, which stays), so its statements and the scopes inside it are given back before the rest
// of the line is emitted: a class's methods are then not all in a small heap at once. No node
// of a body is shared with the rest of the tree: the parser makes a def's body while parsing
// the def.
static void release_body(scope_t *s) {
    kl_ast_t *n = s->node;
    if (n->kind != KL_AST_FUNCDEF && n->kind != KL_AST_CLASSDEF) {
        return; // a lambda is small, and the first iterator of a comprehension is the parent's
    }
    kl_ast_t **body = &n->kid[n->kind == KL_AST_FUNCDEF ? 2 : 1];
    if (*body != NULL) {
        free_tree(*body);
        *body = NULL;
    }
    free_children(s);
}

static kl_obj_t compile_scope(compiler_t *c, scope_t *s) {
    if (s->code != KL_OBJ_NULL) {
        return s->code; // emitted already (a re-emission with wide jumps)
    }
#if KL_CFG_WIDE_JUMPS
    for (int wide = 0; wide < 2; wide++) {
        emit_t *e = emit_new(c, s, wide);
        emit_body(e, s);
        if (!wide && e->code.len > 0xffff) {
            emit_drop(e);
            kl_gc_free(e);
            continue;
        }
        s->code = finish_code(e, s);
        release_body(s);
        return s->code;
    }
#else
    emit_t *e = emit_new(c, s, false);
    emit_body(e, s);
    if (e->code.len <= 0xffff) {
        s->code = finish_code(e, s);
        release_body(s);
        return s->code;
    }
#endif
    syntax_error(c, s->node, "code object too large");
}

// The state of compile_file between lines.
typedef struct _file_t {
    kl_parser_t *parser;
    scope_t *module;
    emit_t *e;
    enum { IN_PARSE, IN_SYM, IN_EMIT } phase; // where the line's error, if any, came from
    bool started;                             // a line has been emitted
    bool annotations;                         // a line had annotated assignments
    uint32_t setup_at;                        // where SETUP_ANNOTATIONS goes if one does
} file_t;

// A tree that has been emitted, given back to the heap node by node (its constants are in the
// code now). The compiler's recursion bound the emission, so it bounds this too. A node reached
// twice is freed once: a freed block keeps its contents until the next allocation.
static void free_tree(kl_ast_t *n) {
    for (size_t i = 0; i < n->n; i++) {
        if (n->kid[i] != NULL) {
            free_tree(n->kid[i]);
        }
    }
    kl_gc_free(n);
}

static void free_scope(scope_t *s);

// The scopes inside [s], once its code is made.
static void free_children(scope_t *s) {
    scope_t *child = s->children;
    while (child != NULL) {
        scope_t *next = child->next;
        free_scope(child);
        child = next;
    }
    s->children = NULL;
}

// The symbol tables of [s] and of the scopes inside it, given back once their code is made.
static void free_scope(scope_t *s) {
    free_children(s);
    kl_gc_free(s->syms);
    kl_gc_free(s);
}

// Forget a line once file_line has returned: the scopes of its functions and classes (their code
// is a constant of the module's now), and with them its tree. Neither the module's list of scopes
// nor a stack frame of the parse may keep a pointer to them for the conservative collector to
// follow. After a line compiled, file_line has already given them back (free_tree, free_scope);
// after an error the collector reclaims them.
static void drop_line(scope_t *s) {
    s->children = NULL;
    kl_gc_clear_stack();
}

// The next line of a file's statements, emitted into the module's code, or only through the
// symbol pass if [sym_only]; false at the end of the file. The line's tree lives only in this
// function's frame, which the caller clears (drop_line).
static KL_NOINLINE bool file_line(compiler_t *c, file_t *f, bool sym_only) {
    f->phase = IN_PARSE;
    kl_ast_t *t = kl_parse_next(f->parser);
    if (t == NULL) {
        return false;
    }
    if (!f->started && !sym_only) {
        // The module's __annotations__ is made before its first line runs if any line has an
        // annotated assignment; until the end is reached that place holds a NOP.
        f->started = true;
        store_docstring(f->e, t);
        f->setup_at = (uint32_t)f->e->code.len;
        emit_op(f->e, KL_BC_NOP);
    }
    f->annotations = f->annotations || has_annotations(t);
    f->phase = IN_SYM;
    scope_pass(c, f->module, t);
    resolve(c, f->module);
    if (!sym_only) {
        f->phase = IN_EMIT;
        compile_suite(f->e, t);
        free_children(f->module);
        free_tree(t);
    }
    return true;
}

// A symbol or emitter error on a line: errors are reported as though the whole file had been
// parsed first, then run through the symbol pass, then emitted, as in CPython. So a syntax
// error on a later line takes the place of [error], and so does a symbol error on a later line
// if [error] is the emitter's. Without KL_CFG_SYNTAX_ERROR_ORDER the first error found is
// reported.
#if KL_CFG_SYNTAX_ERROR_ORDER
static KL_NORETURN void file_error(compiler_t *c, file_t *f, kl_obj_t error) {
    if (f->phase == IN_PARSE || !kl_obj_isinstance(error, &kl_type_SyntaxError)) {
        kl_nlr_jump(error);
    }
    kl_obj_t later = KL_OBJ_NULL;
    bool sym = f->phase == IN_EMIT;
    drop_line(f->module);
    for (;;) {
        kl_nlr_buf_t nlr;
        if (kl_nlr_push(&nlr) == 0) {
            bool more = file_line(c, f, true);
            kl_nlr_pop();
            drop_line(f->module);
            if (!more) {
                break;
            }
        } else if (f->phase == IN_PARSE || !kl_obj_isinstance(nlr.ret_val, &kl_type_SyntaxError)) {
            kl_nlr_jump(nlr.ret_val);
        } else {
            // The first symbol error further on; the rest of the file is only parsed.
            if (sym && later == KL_OBJ_NULL) {
                later = nlr.ret_val;
            }
            drop_line(f->module);
            while (kl_parse_next(f->parser) != NULL) {
                kl_gc_clear_stack();
            }
            break;
        }
    }
    kl_nlr_jump(later != KL_OBJ_NULL ? later : error);
}
#endif

// A file (a module, exec) is compiled a line of statements at a time: the parser hands over
// each line's statements, which are emitted into the module's code and their tree dropped before
// the next line is parsed, so compiling a module needs the heap of its largest statement rather
// than of the whole file (a board has a few KiB). Nothing of a line is needed by the next: the
// module's names are all looked up by name, and a function's free variables come from
// enclosing functions, which are in its own line. Its code object is made by compile_scope as
// any other's, which emits it again with wide jumps if it needs them.
static void compile_file(emit_t *e, scope_t *s) {
    compiler_t *c = e->c;
    // On the heap, not in this frame: file_error reads it after a longjmp.
    file_t *f = kl_gc_alloc(sizeof(file_t), 0);
    f->module = s;
    f->e = e;
    f->parser = kl_parse_open(c->src, c->src_len, c->filename);
    c->future_annotations = false;
#if KL_CFG_WIDE_JUMPS
    // An emission again with wide jumps starts from no names, as the first did.
    kl_gc_free(s->syms);
    s->syms = NULL;
    s->n_syms = 0;
#endif
#if KL_CFG_SYNTAX_ERROR_ORDER
    // Without the order of errors to restore, an error just goes on up: no handler needed.
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) != 0) {
        file_error(c, f, nlr.ret_val);
    }
#endif
    while (file_line(c, f, false)) {
        drop_line(s);
    }
#if KL_CFG_SYNTAX_ERROR_ORDER
    kl_nlr_pop();
#endif
    if (f->annotations) {
        e->code.buf[f->setup_at] = KL_BC_SETUP_ANNOTATIONS;
    }
}

kl_obj_t kl_compile(const char *src, size_t len, kl_qstr_t filename, int parse_mode) {
    compiler_t c = {.filename = filename, .src = src, .src_len = len, .mode = parse_mode};
    // A file's module node has no statements: compile_file parses them a line at a time, and
    // the passes over the node here find nothing.
    kl_ast_t *tree = parse_mode == KL_PARSE_FILE
                         ? kl_ast_new(KL_AST_MODULE, 0, 1, 1)
                         : kl_parse(src, len, filename, (kl_parse_mode_t)parse_mode);
    kl_ast_t *mod = tree;
    bool eval = parse_mode == KL_PARSE_EVAL;
    if (eval) {
        // eval: wrap the expression as `return <expr>` in a module-like scope.
        kl_ast_t *ret = kl_ast_new(KL_AST_RETURN, 1, tree->line, tree->col);
        ret->kid[0] = tree;
        mod = kl_ast_new(KL_AST_MODULE, 1, tree->line, tree->col);
        mod->kid[0] = ret;
    }
    scope_t *s = scope_new(NULL, mod, SCOPE_MODULE, KL_QSTR__lt_module_gt_);
    scope_pass(&c, s, mod); // an eval's return walks its expression
    resolve(&c, s);
    kl_obj_t code;
    if (eval) {
        emit_t *e = emit_new(&c, s, true);
        compile_expr(e, tree);
        emit_op(e, KL_BC_RETURN_VALUE);
        code = finish_code(e, s);
    } else {
        code = compile_scope(&c, s);
    }
    free_scope(s);
    free_tree(mod);
    return code;
}

#if KL_CFG_SOURCE_LINES
// The unsigned varint at [*p], not reading past [end].
static kl_uint_t read_uint(const uint8_t **p, const uint8_t *end) {
    kl_uint_t v = 0;
    unsigned shift = 0;
    uint8_t b;
    do {
        b = *(*p)++;
        v |= (kl_uint_t)(b & 0x7f) << shift;
        shift += 7;
    } while ((b & 0x80) && *p < end);
    return v;
}

size_t kl_bc_line(const kl_obj_code_t *code, const uint8_t *pc) {
    size_t target = (size_t)(pc - code->bytecode);
    size_t offset = 0;
    kl_int_t line = (kl_int_t)code->first_line;
    const uint8_t *p = code->lines, *end = code->lines + code->lines_len;
    while (p < end) {
        kl_uint_t d = read_uint(&p, end);
        kl_uint_t u = read_uint(&p, end);
        if (offset + d > target) {
            break;
        }
        offset += d;
        line += (kl_int_t)(u >> 1) ^ -(kl_int_t)(u & 1);
    }
    return (size_t)line;
}
#endif
