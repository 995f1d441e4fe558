// vm/re_compile.c: regular-expression patterns compiled in one pass, and re.error.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The compiler emits code as it reads the pattern, keeping open groups on an explicit stack of
// frames rather than recursing in C, so nesting depth is bounded by the heap. Every jump is
// relative, so a finished piece of code can be moved: a quantifier that follows an atom inserts
// its loop header in front of the atom's code, and `|` inserts a SPLIT in front of the
// alternative that just ended. Repeats of one character ([a-z]*, .+, \d{2,4}) become one REPS
// instruction; other repeats count their iterations in registers, and a repeat whose optional
// iteration matched the empty string stops, so (a*)* terminates. Alternatives that are each one
// character or plain set merge into one set.
//
// Errors follow CPython's parser, wording, positions and order included: it reads one token (a
// character, or a backslash and what it escapes) ahead, and checks lookbehind widths and
// numbered conditionals only once the whole pattern is read.

#include <stdarg.h>
#include <string.h>

#include "vm/gc.h"
#include "vm/obj_dict.h"
#include "vm/obj_exception.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/re.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

#if KL_CFG_UNICODE_NAMES
#include "vm/unicode_names.h"
#endif

#if KL_CFG_MODULE_RE

// ==== re.error ====

// error(msg, pattern=None, pos=None): with a position, the message says where, and the line
// and column when the pattern has several lines.
static kl_obj_t error_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                               const kl_obj_t *args) {
    kl_obj_t a[3] = {KL_OBJ_NULL, kl_const_none, kl_const_none};
    static const kl_qstr_t names[3] = {KL_QSTR_msg, KL_QSTR_pattern, KL_QSTR_pos};
    if (n_args > 3) {
        kl_raise_TypeError(KL_ERROR_TEXT("error() takes at most 3 arguments"));
    }
    for (size_t i = 0; i < n_args; i++) {
        a[i] = args[i];
    }
    for (size_t k = 0; k < n_kw; k++) {
        size_t i = 0;
        while (i < 3 && !kl_obj_str_equal(args[n_args + 2 * k], KL_OBJ_NEW_QSTR(names[i]))) {
            i++;
        }
        if (i == 3) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("'%S' is an invalid keyword argument for error()"),
                             args[n_args + 2 * k]);
        }
        a[i] = args[n_args + 2 * k + 1];
    }
    if (a[0] == KL_OBJ_NULL) {
        kl_raise_TypeError(KL_ERROR_TEXT("error() missing required argument 'msg'"));
    }
    kl_obj_t msg = a[0];
    kl_obj_t lineno = kl_const_none, colno = kl_const_none;
    if (a[1] != kl_const_none && a[2] != kl_const_none) {
        kl_int_t pos = kl_obj_get_int(a[2]);
        size_t len;
        const char *p = kl_obj_str_get_data(a[1], &len);
        bool is_bytes = kl_obj_is_bytes(a[1]);
        // Count lines over the first [pos] code points.
        kl_int_t line = 1, col_start = 0, i = 0;
        bool multi = false;
        for (const char *q = p; q < p + len; i++) {
            uint32_t ch = is_bytes ? (uint8_t)*q++ : kl_obj_str_utf8_decode(&q);
            if (ch == '\n') {
                multi = true;
                if (i < pos) {
                    line++;
                    col_start = i + 1;
                }
            }
        }
        lineno = KL_OBJ_NEW_SMALL_INT(line);
        colno = KL_OBJ_NEW_SMALL_INT(pos - col_start + 1);
        if (multi) {
            msg = kl_obj_str_printf("%S at position %d (line %d, column %d)", a[0], (int)pos,
                                    (int)line, (int)(pos - col_start + 1));
        } else {
            msg = kl_obj_str_printf("%S at position %d", a[0], (int)pos);
        }
    }
    kl_obj_exception_t *e =
        kl_gc_alloc(kl_type_instance_bytes(type, sizeof(kl_obj_exception_t)), 0);
    e->base.type = type;
    e->args = kl_obj_new_tuple(1, &msg);
    kl_obj_t exc = KL_OBJ_FROM_PTR(e);
    kl_store_attr(exc, KL_QSTR_msg, a[0]);
    kl_store_attr(exc, KL_QSTR_pattern, a[1]);
    kl_store_attr(exc, KL_QSTR_pos, a[2]);
    kl_store_attr(exc, KL_QSTR_lineno, lineno);
    kl_store_attr(exc, KL_QSTR_colno, colno);
    return exc;
}

const kl_obj_type_t kl_type_re_error = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_BASETYPE | KL_TYPE_FLAG_EXCEPTION | KL_TYPE_FLAG_EQ_IS_ID,
    .name = KL_QSTR_re_dot_error,
    .make_new = error_make_new,
    .print = kl_exception_print_obj,
    .attr = kl_exception_attr,
    .parent = &kl_type_Exception,
};

KL_NORETURN void kl_re_compile_raise_error(kl_obj_t msg, kl_obj_t pattern, kl_int_t pos) {
    kl_obj_t args[3] = {msg, pattern, pos < 0 ? kl_const_none : KL_OBJ_NEW_SMALL_INT(pos)};
    kl_raise(error_make_new(&kl_type_re_error, 3, 0, args));
}

// ==== The compiler ====

// What the last atom of a sequence was, for the quantifier that may follow.
enum {
    ATOM_NONE,     // nothing, or an assertion: "nothing to repeat"
    ATOM_SINGLE,   // one instruction matching one character
    ATOM_GROUP,    // any other repeatable piece of code
    ATOM_REPEATED, // already quantified: "multiple repeat"
};

enum { FR_TOP, FR_CAPTURE, FR_PLAIN, FR_ATOMIC, FR_LOOK, FR_COND };

#define WIDTH_INF ((size_t)-1)

// An open group. [head] is where its code starts; [alt_start] where its current alternative
// starts; [pending] chains the JMPs at the ends of finished alternatives, which all go to the
// group's end. Widths (min, max characters matched) serve lookbehind, which must be fixed.
typedef struct _frame_t {
    uint8_t kind;
    uint32_t n_alts;
    uint32_t group;
    uint32_t saved_flags;
    size_t open_pos; // pattern byte offset of the '('
    size_t head;
    size_t alt_start;
    size_t pending; // code index + 1 of the last pending JMP's operand, 0: none
    size_t insn;    // the LOOK or GROUPEXISTS instruction
    size_t seq_min, seq_max;
    size_t alt_min, alt_max; // over the finished alternatives
    size_t atom_start, atom_min, atom_max;
    uint8_t atom_kind;
    bool all_single;        // every alternative so far is one literal or plain set
    bool resets_lookbehind; // the outermost lookbehind: its end clears lookbehind_groups
    size_t body_start;      // where the first alternative starts
} frame_t;

typedef struct _compiler_t {
    kl_obj_t pattern;
    const char *p; // the pattern's bytes (UTF-8 for str)
    size_t plen;
    size_t i;
    bool is_bytes;
    uint32_t flags;
    uint32_t *code;
    size_t len;
    size_t alloc;
    frame_t *frames;
    size_t nframes;
    size_t frames_alloc;
    uint32_t groups;
    uint32_t nregs;
    kl_obj_t groupindex;
    kl_obj_t cond_refs; // list of (group, byte offset) of numbered conditionals
    size_t *gwidths;    // min and max width of each closed group (a backreference's width)
    size_t gwidths_alloc;
    kl_int_t lookbehind_groups; // groups defined before the outermost open lookbehind, or -1
    bool started;               // something other than global flags has been read
    bool lookbehind_error;      // a lookbehind is not fixed-width (reported after parsing)
    size_t lone_backslash;      // byte offset of a backslash that ends the pattern, or -1
} compiler_t;

// The code-point index of byte offset [bpos] of the pattern.
static kl_int_t char_pos(const compiler_t *c, size_t bpos) {
    return c->is_bytes ? (kl_int_t)bpos : (kl_int_t)kl_obj_str_utf8_charlen(c->p, bpos);
}

static KL_NORETURN void comp_error(compiler_t *c, size_t bpos, const char *fmt, ...) {
    // CPython's parser reads one token ahead: once it has reached a backslash that ends the
    // pattern, that is the error it reports.
    if (c->lone_backslash != (size_t)-1 && c->i >= c->lone_backslash) {
        size_t at = c->lone_backslash;
        c->lone_backslash = (size_t)-1;
        comp_error(c, at, KL_ERROR_TEXT("bad escape (end of pattern)"));
    }
    kl_vstr_t v;
    kl_vstr_init(&v, 32);
    kl_print_t print;
    kl_vstr_print(&print, &v);
    va_list ap;
    va_start(ap, fmt);
    kl_vprintf(&print, fmt, ap);
    va_end(ap);
    kl_re_compile_raise_error(kl_vstr_to_str(&v), bpos == (size_t)-1 ? kl_const_none : c->pattern,
                              bpos == (size_t)-1 ? -1 : char_pos(c, bpos));
}

// The pattern text between two byte offsets, as a str (for messages); bytes patterns read as
// Latin-1, as CPython's parser reads them.
static kl_obj_t pat_text(const compiler_t *c, size_t from, size_t to) {
    if (!c->is_bytes) {
        return kl_obj_new_str(c->p + from, to - from);
    }
    kl_vstr_t v;
    kl_vstr_init(&v, to - from + 1);
    for (size_t k = from; k < to; k++) {
        kl_vstr_add_char(&v, (uint8_t)c->p[k]);
    }
    return kl_vstr_to_str(&v);
}

static bool at_end(const compiler_t *c) {
    return c->i >= c->plen;
}

static uint32_t peek(const compiler_t *c) {
    if (c->is_bytes) {
        return (uint8_t)c->p[c->i];
    }
    const char *q = c->p + c->i;
    return kl_obj_str_utf8_decode(&q);
}

static uint32_t next_char(compiler_t *c) {
    if (c->is_bytes) {
        return (uint8_t)c->p[c->i++];
    }
    const char *q = c->p + c->i;
    uint32_t ch = kl_obj_str_utf8_decode(&q);
    c->i = (size_t)(q - c->p);
    return ch;
}

// The text of the token (a character or an escape) at byte [at], for messages.
static kl_obj_t token_text(compiler_t *c, size_t at) {
    size_t save = c->i;
    c->i = at;
    if (c->p[at] == '\\' && at + 1 < c->plen) {
        c->i++;
    }
    next_char(c);
    kl_obj_t t = pat_text(c, at, c->i);
    c->i = save;
    return t;
}

// Step over one token: a character, or a backslash and the character it escapes (inside
// names and comments too, as CPython's tokenizer reads them).
static void skip_token(compiler_t *c) {
    if (c->p[c->i] == '\\') {
        if (c->i + 1 >= c->plen) {
            comp_error(c, c->i, KL_ERROR_TEXT("bad escape (end of pattern)"));
        }
        c->i++;
    }
    next_char(c);
}

static bool accept(compiler_t *c, uint32_t ch) {
    if (!at_end(c) && (uint8_t)c->p[c->i] == ch) {
        c->i++;
        return true;
    }
    return false;
}

static void reserve(compiler_t *c, size_t n) {
    if (c->len + n > c->alloc) {
        size_t alloc = (c->len + n) * 2;
        c->code = kl_gc_realloc(c->code, alloc * sizeof(uint32_t), KL_GC_ATOMIC);
        c->alloc = alloc;
    }
}

static void emit(compiler_t *c, size_t n, ...) {
    reserve(c, n);
    va_list ap;
    va_start(ap, n);
    for (size_t k = 0; k < n; k++) {
        c->code[c->len++] = va_arg(ap, uint32_t);
    }
    va_end(ap);
}

// Open a gap of [n] words at [at].
static void insert_gap(compiler_t *c, size_t at, size_t n) {
    reserve(c, n);
    memmove(c->code + at + n, c->code + at, (c->len - at) * sizeof(uint32_t));
    c->len += n;
}

static size_t width_add(size_t a, size_t b) {
    return a == WIDTH_INF || b == WIDTH_INF || a + b < a ? WIDTH_INF : a + b;
}

static size_t width_mul(size_t a, uint32_t n) {
    if (a == 0 || n == 0) {
        return 0;
    }
    if (a == WIDTH_INF || n == KL_RE_INF || a > WIDTH_INF / n) {
        return WIDTH_INF;
    }
    return a * n;
}

static frame_t *top_frame(compiler_t *c) {
    return &c->frames[c->nframes - 1];
}

// Add the last atom's width to the sequence and forget it.
static void flush_atom(frame_t *f) {
    f->seq_min = width_add(f->seq_min, f->atom_min);
    f->seq_max = width_add(f->seq_max, f->atom_max);
    f->atom_kind = ATOM_NONE;
    f->atom_min = f->atom_max = 0;
}

// Start a new atom at the current code position.
static frame_t *begin_atom(compiler_t *c) {
    frame_t *f = top_frame(c);
    flush_atom(f);
    f->atom_start = c->len;
    return f;
}

static void set_atom(compiler_t *c, uint8_t kind, size_t min, size_t max) {
    frame_t *f = top_frame(c);
    f->atom_kind = kind;
    f->atom_min = min;
    f->atom_max = max;
}

static void emit_assert(compiler_t *c, uint32_t op, uint32_t arg, bool has_arg) {
    begin_atom(c);
    if (has_arg) {
        emit(c, 2, op, arg);
    } else {
        emit(c, 1, op);
    }
    set_atom(c, ATOM_NONE, 0, 0);
}

static bool ascii_classes(const compiler_t *c) {
    return c->is_bytes || (c->flags & (KL_RE_FLAG_ASCII | KL_RE_FLAG_LOCALE)) != 0;
}

static void emit_char(compiler_t *c, uint32_t ch) {
    begin_atom(c);
    bool ascii = ascii_classes(c);
    // Outside ASCII, a character may be the case variant of another without having one itself
    // (U+1F80 is the lower case of U+1F88 but has no simple upper case): compare all of them.
    if ((c->flags & KL_RE_FLAG_IGNORECASE) &&
        ((ch >= 128 && !ascii) || kl_re_exec_to_lower(ch, ascii) != ch ||
         kl_re_exec_to_upper(ch, ascii) != ch)) {
        emit(c, 3, KL_RE_OP_CHAR_I, ch, (uint32_t)ascii);
    } else {
        emit(c, 2, KL_RE_OP_CHAR, ch);
    }
    set_atom(c, ATOM_SINGLE, 1, 1);
}

static uint32_t cat_code(const compiler_t *c, uint32_t cat) {
    return ascii_classes(c) ? cat + KL_RE_CAT_ASCII : cat;
}

static uint32_t class_flags(const compiler_t *c, bool neg) {
    uint32_t flags = neg ? KL_RE_CLASS_NEG : 0;
    if (c->flags & KL_RE_FLAG_IGNORECASE) {
        flags |= ascii_classes(c) ? KL_RE_CLASS_ICASE_ASCII : KL_RE_CLASS_ICASE;
    }
    return flags;
}

static void emit_category(compiler_t *c, uint32_t cat) {
    begin_atom(c);
    emit(c, 5, KL_RE_OP_CLASS, 5, 0, KL_RE_ITEM_CAT, cat_code(c, cat));
    set_atom(c, ATOM_SINGLE, 1, 1);
}

static int hex_value(uint32_t ch) {
    if (ch >= '0' && ch <= '9') {
        return (int)(ch - '0');
    }
    if ((ch | 32) >= 'a' && (ch | 32) <= 'f') {
        return (int)((ch | 32) - 'a' + 10);
    }
    return -1;
}

// What an escape stands for.
typedef enum { ESC_CHAR, ESC_CAT, ESC_ASSERT, ESC_BACKREF } esc_kind_t;

// Read the escape whose backslash is at [start] (c->i is past it). Sets *[value] to the code
// point, category, assertion opcode or group number.
static esc_kind_t parse_escape(compiler_t *c, size_t start, bool in_class, uint32_t *value) {
    if (at_end(c)) {
        comp_error(c, start, KL_ERROR_TEXT("bad escape (end of pattern)"));
    }
    uint32_t ch = next_char(c);
    switch (ch) {
        case 'a':
            *value = 7;
            return ESC_CHAR;
        case 'f':
            *value = 12;
            return ESC_CHAR;
        case 'n':
            *value = 10;
            return ESC_CHAR;
        case 'r':
            *value = 13;
            return ESC_CHAR;
        case 't':
            *value = 9;
            return ESC_CHAR;
        case 'v':
            *value = 11;
            return ESC_CHAR;
        case '\\':
            *value = '\\';
            return ESC_CHAR;
        case 'd':
        case 'D':
        case 'w':
        case 'W':
        case 's':
        case 'S': {
            uint32_t base = (ch | 32) == 'd'   ? KL_RE_CAT_DIGIT
                            : (ch | 32) == 'w' ? KL_RE_CAT_WORD
                                               : KL_RE_CAT_SPACE;
            *value = base + (ch < 'a' ? 1 : 0);
            return ESC_CAT;
        }
        case 'b':
            if (in_class) {
                *value = 8;
                return ESC_CHAR;
            }
            *value = KL_RE_OP_WORDB;
            return ESC_ASSERT;
        case 'B':
        case 'A':
        case 'Z':
            if (in_class) {
                break;
            }
            *value = ch == 'B' ? KL_RE_OP_NWORDB : ch == 'A' ? KL_RE_OP_BOL : KL_RE_OP_EOS;
            return ESC_ASSERT;
        case 'x':
        case 'u':
        case 'U': {
            if (ch != 'x' && c->is_bytes) {
                break;
            }
            int n = ch == 'x' ? 2 : ch == 'u' ? 4 : 8;
            uint32_t v = 0;
            for (int k = 0; k < n; k++) {
                int h = at_end(c) ? -1 : hex_value(peek(c));
                if (h < 0) {
                    comp_error(c, start, KL_ERROR_TEXT("incomplete escape %S"),
                               pat_text(c, start, c->i));
                }
                c->i++;
                v = v * 16 + (uint32_t)h;
            }
            if (v > KL_UNICODE_MAX) {
                comp_error(c, start, KL_ERROR_TEXT("bad escape %S"), pat_text(c, start, c->i));
            }
            *value = v;
            return ESC_CHAR;
        }
        case 'N': {
            if (c->is_bytes) {
                break;
            }
            if (!accept(c, '{')) {
                comp_error(c, c->i, KL_ERROR_TEXT("missing {"));
            }
            size_t name = c->i;
            while (!at_end(c) && c->p[c->i] != '}') {
                c->i++;
            }
            if (at_end(c) && c->i != name) {
                comp_error(c, name, KL_ERROR_TEXT("missing }, unterminated name"));
            }
            if (c->i == name) {
                comp_error(c, name, KL_ERROR_TEXT("missing character name"));
            }
            uint32_t cp = 0;
            bool found = false;
#if KL_CFG_UNICODE_NAMES
            found = kl_unicode_names_lookup(c->p + name, c->i - name, &cp);
#endif
            if (!found) {
                comp_error(c, start, KL_ERROR_TEXT("undefined character name %r"),
                           pat_text(c, name, c->i));
            }
            c->i++;
            *value = cp;
            return ESC_CHAR;
        }
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7':
        case '8':
        case '9': {
            if (in_class || ch == '0') {
                if (!kl_re_is_octal(ch)) {
                    break;
                }
                uint32_t v = ch - '0';
                for (int k = 0; k < 2 && !at_end(c) && kl_re_is_octal(peek(c)); k++) {
                    v = v * 8 + (next_char(c) - '0');
                }
                if (v > 0377) {
                    comp_error(c, start,
                               KL_ERROR_TEXT("octal escape value %S outside of range 0-0o377"),
                               pat_text(c, start, c->i));
                }
                *value = v;
                return ESC_CHAR;
            }
            uint32_t v = ch - '0';
            if (!at_end(c) && kl_re_is_digit(peek(c))) {
                uint32_t d2 = next_char(c);
                if (kl_re_is_octal(ch) && kl_re_is_octal(d2) && !at_end(c) &&
                    kl_re_is_octal(peek(c))) {
                    v = (ch - '0') * 64 + (d2 - '0') * 8 + (next_char(c) - '0');
                    if (v > 0377) {
                        comp_error(c, start,
                                   KL_ERROR_TEXT("octal escape value %S outside of range 0-0o377"),
                                   pat_text(c, start, c->i));
                    }
                    *value = v;
                    return ESC_CHAR;
                }
                v = v * 10 + (d2 - '0');
            }
            *value = v;
            return ESC_BACKREF;
        }
        default:
            break;
    }
    if (ch < 128 && (kl_re_is_letter(ch) || kl_re_is_digit(ch))) {
        comp_error(c, start, KL_ERROR_TEXT("bad escape %S"), pat_text(c, start, c->i));
    }
    *value = ch;
    return ESC_CHAR;
}

// Is group [g] still open (a backreference to it is an error)?
static bool group_is_open(const compiler_t *c, uint32_t g) {
    for (size_t k = 0; k < c->nframes; k++) {
        if (c->frames[k].kind == FR_CAPTURE && c->frames[k].group == g) {
            return true;
        }
    }
    return false;
}

// A new capture group's number.
static uint32_t new_group(compiler_t *c) {
    uint32_t g = ++c->groups;
    if (2 * (size_t)g + 2 > c->gwidths_alloc) {
        size_t alloc = 4 * (size_t)g + 4;
        c->gwidths = kl_gc_realloc(c->gwidths, alloc * sizeof(size_t), KL_GC_ATOMIC);
        c->gwidths_alloc = alloc;
    }
    c->gwidths[2 * g] = 0;
    c->gwidths[2 * g + 1] = WIDTH_INF;
    return g;
}

// Inside a lookbehind, a reference must be to a group closed before the lookbehind began.
static void check_lookbehind_ref(compiler_t *c, uint32_t g) {
    if (c->lookbehind_groups < 0) {
        return;
    }
    if (g > c->groups || group_is_open(c, g)) {
        comp_error(c, c->i, KL_ERROR_TEXT("cannot refer to an open group"));
    }
    if ((kl_int_t)g > c->lookbehind_groups) {
        comp_error(
            c, c->i,
            KL_ERROR_TEXT("cannot refer to group defined in the same lookbehind subpattern"));
    }
}

static void emit_backref(compiler_t *c, uint32_t g) {
    check_lookbehind_ref(c, g);
    begin_atom(c);
    bool ascii = ascii_classes(c);
    emit(c, 4, KL_RE_OP_BACKREF, g, (uint32_t)((c->flags & KL_RE_FLAG_IGNORECASE) != 0),
         (uint32_t)ascii);
    set_atom(c, ATOM_GROUP, c->gwidths[2 * g], c->gwidths[2 * g + 1]);
}

// A class: [ at c->i - 1.
static void parse_class(compiler_t *c) {
    size_t open = c->i - 1;
    begin_atom(c);
    size_t insn = c->len;
    bool neg = accept(c, '^');
    emit(c, 3, KL_RE_OP_CLASS, 0, class_flags(c, neg));
    bool first = true;
    for (;;) {
        if (at_end(c)) {
            comp_error(c, open, KL_ERROR_TEXT("unterminated character set"));
        }
        size_t item = c->i;
        uint32_t ch = next_char(c);
        if (ch == ']' && !first) {
            break;
        }
        first = false;
        esc_kind_t kind = ESC_CHAR;
        uint32_t lo = ch;
        if (ch == '\\') {
            kind = parse_escape(c, item, true, &lo);
        }
        if (!at_end(c) && c->p[c->i] == '-' && c->i + 1 < c->plen && c->p[c->i + 1] != ']') {
            c->i++;
            size_t hi_start = c->i;
            uint32_t hi = next_char(c);
            esc_kind_t hkind = ESC_CHAR;
            if (hi == '\\') {
                hkind = parse_escape(c, hi_start, true, &hi);
            }
            if (kind != ESC_CHAR || hkind != ESC_CHAR || hi < lo) {
                comp_error(c, item, KL_ERROR_TEXT("bad character range %S"),
                           pat_text(c, item, c->i));
            }
            emit(c, 3, KL_RE_ITEM_RANGE, lo, hi);
        } else if (kind == ESC_CAT) {
            emit(c, 2, KL_RE_ITEM_CAT, cat_code(c, lo));
        } else {
            emit(c, 3, KL_RE_ITEM_RANGE, lo, lo);
        }
    }
    c->code[insn + 1] = (uint32_t)(c->len - insn);
    set_atom(c, ATOM_SINGLE, 1, 1);
}

static void push_frame(compiler_t *c, uint8_t kind, size_t open_pos, size_t head) {
    if (c->nframes == c->frames_alloc) {
        size_t alloc = c->frames_alloc * 2;
        c->frames = kl_gc_realloc(c->frames, alloc * sizeof(frame_t), KL_GC_ATOMIC);
        c->frames_alloc = alloc;
    }
    frame_t *f = &c->frames[c->nframes++];
    memset(f, 0, sizeof(*f));
    f->kind = kind;
    f->open_pos = open_pos;
    f->head = head;
    f->alt_start = c->len;
    f->saved_flags = c->flags;
    f->alt_min = WIDTH_INF;
    f->alt_max = 0;
    f->all_single = true;
    f->body_start = c->len;
}

// Read a group name ending with [term]; returns its byte range. [what] is the error for a
// missing terminator.
static void parse_name(compiler_t *c, uint32_t term, const char *missing, size_t *from,
                       size_t *to) {
    *from = c->i;
    while (!at_end(c) && (uint8_t)c->p[c->i] != term) {
        skip_token(c);
    }
    if (at_end(c)) {
        if (c->i == *from) {
            comp_error(c, *from, KL_ERROR_TEXT("missing group name"));
        }
        comp_error(c, *from, missing);
    }
    *to = c->i;
    c->i++;
    if (*to == *from) {
        comp_error(c, *from, KL_ERROR_TEXT("missing group name"));
    }
}

static bool name_is_identifier(const compiler_t *c, size_t from, size_t to) {
    const char *q = c->p + from;
    bool first = true;
    while (q < c->p + to) {
        uint32_t ch = c->is_bytes ? (uint8_t)*q++ : kl_obj_str_utf8_decode(&q);
        if (ch >= 128 && c->is_bytes) {
            return false;
        }
        if (!kl_obj_str_char_isident(ch, first)) {
            return false;
        }
        first = false;
    }
    return true;
}

static bool name_is_digits(const compiler_t *c, size_t from, size_t to) {
    for (size_t k = from; k < to; k++) {
        if (!kl_re_is_digit((uint8_t)c->p[k])) {
            return false;
        }
    }
    return true;
}

// The group a name refers to, or a compile error.
static uint32_t lookup_name(compiler_t *c, size_t from, size_t to) {
    if (!name_is_identifier(c, from, to)) {
        comp_error(c, from, KL_ERROR_TEXT("bad character in group name %r"), pat_text(c, from, to));
    }
    kl_obj_t g = kl_obj_dict_get(c->groupindex, pat_text(c, from, to));
    if (g == KL_OBJ_NULL) {
        comp_error(c, from, KL_ERROR_TEXT("unknown group name %r"), pat_text(c, from, to));
    }
    return (uint32_t)KL_OBJ_SMALL_INT_VALUE(g);
}

static uint32_t flag_of(uint32_t ch) {
    switch (ch) {
        case 'a':
            return KL_RE_FLAG_ASCII;
        case 'i':
            return KL_RE_FLAG_IGNORECASE;
        case 'L':
            return KL_RE_FLAG_LOCALE;
        case 'm':
            return KL_RE_FLAG_MULTILINE;
        case 's':
            return KL_RE_FLAG_DOTALL;
        case 'u':
            return KL_RE_FLAG_UNICODE;
        case 'x':
            return KL_RE_FLAG_VERBOSE;
        default:
            return 0;
    }
}

#define TYPE_FLAGS (KL_RE_FLAG_ASCII | KL_RE_FLAG_LOCALE | KL_RE_FLAG_UNICODE)

// Inline flags after "(?": (?aiLmsux) for the whole pattern or (?aiLmsux-imsx:...) for a group.
// Returns true when a group was opened.
static bool parse_flags(compiler_t *c, size_t open) {
    uint32_t on = 0, off = 0;
    while (!at_end(c) && flag_of(peek(c)) != 0) {
        uint32_t ch = next_char(c);
        uint32_t f = flag_of(ch);
        if (f == KL_RE_FLAG_LOCALE && !c->is_bytes) {
            comp_error(c, c->i,
                       KL_ERROR_TEXT("bad inline flags: cannot use 'L' flag with a str pattern"));
        }
        if (f == KL_RE_FLAG_UNICODE && c->is_bytes) {
            comp_error(c, c->i,
                       KL_ERROR_TEXT("bad inline flags: cannot use 'u' flag with a bytes pattern"));
        }
        on |= f;
        if ((f & TYPE_FLAGS) && (on & TYPE_FLAGS) != f) {
            comp_error(c, c->i,
                       KL_ERROR_TEXT("bad inline flags: flags 'a', 'u' and 'L' are incompatible"));
        }
    }
    if (at_end(c)) {
        comp_error(c, c->i, KL_ERROR_TEXT("missing -, : or )"));
    }
    if (accept(c, ')')) {
        // Global flags.
        frame_t *f = top_frame(c);
        if (c->nframes != 1 || c->started || f->n_alts != 0) {
            comp_error(c, open, KL_ERROR_TEXT("global flags not at the start of the expression"));
        }
        if ((on & TYPE_FLAGS) && (c->flags & TYPE_FLAGS) && (c->flags & TYPE_FLAGS) != on) {
            kl_raise_ValueError(KL_ERROR_TEXT("ASCII and UNICODE flags are incompatible"));
        }
        c->flags |= on;
        return false;
    }
    if (accept(c, '-')) {
        if (at_end(c)) {
            comp_error(c, c->i, KL_ERROR_TEXT("missing flag"));
        }
        if (flag_of(peek(c)) == 0) {
            comp_error(
                c, c->i,
                KL_ERROR_TEXT(kl_obj_str_char_isalpha(peek(c)) ? "unknown flag" : "missing flag"));
        }
        while (!at_end(c) && flag_of(peek(c)) != 0) {
            uint32_t f = flag_of(next_char(c));
            if (f & TYPE_FLAGS) {
                comp_error(c, c->i,
                           KL_ERROR_TEXT("bad inline flags: cannot turn off flags 'a', 'u' and "
                                         "'L'"));
            }
            off |= f;
        }
        if (at_end(c)) {
            comp_error(c, c->i, KL_ERROR_TEXT("missing :"));
        }
        if (peek(c) != ':') {
            comp_error(
                c, c->i,
                KL_ERROR_TEXT(kl_obj_str_char_isalpha(peek(c)) ? "unknown flag" : "missing :"));
        }
        if (on & off) {
            comp_error(c, c->i, KL_ERROR_TEXT("bad inline flags: flag turned on and off"));
        }
    } else if (peek(c) != ':') {
        comp_error(
            c, c->i,
            KL_ERROR_TEXT(kl_obj_str_char_isalpha(peek(c)) ? "unknown flag" : "missing -, : or )"));
    }
    c->i++; // ':'
    begin_atom(c);
    push_frame(c, FR_PLAIN, open, c->len);
    if (on & TYPE_FLAGS) {
        c->flags &= ~(uint32_t)TYPE_FLAGS;
    }
    c->flags = (c->flags | on) & ~off;
    return true;
}

// After "(" at byte [open]: a group opener, a comment, global flags or a named backreference.
// Returns false for global flags and comments, which leave the pattern "not started".
static bool parse_open(compiler_t *c, size_t open) {
    if (!accept(c, '?')) {
        begin_atom(c);
        uint32_t g = new_group(c);
        size_t head = c->len;
        emit(c, 2, KL_RE_OP_SAVE, 2 * g);
        push_frame(c, FR_CAPTURE, open, head);
        top_frame(c)->group = g;
        return true;
    }
    if (at_end(c)) {
        comp_error(c, c->i, KL_ERROR_TEXT("unexpected end of pattern"));
    }
    size_t q = c->i - 1; // the '?'
    uint32_t ch = peek(c);
    switch (ch) {
        case ':':
            c->i++;
            begin_atom(c);
            push_frame(c, FR_PLAIN, open, c->len);
            return true;
        case '>':
            c->i++;
            begin_atom(c);
            push_frame(c, FR_ATOMIC, open, c->len);
            emit(c, 1, KL_RE_OP_ATOMIC);
            top_frame(c)->alt_start = c->len;
            return true;
        case '#':
            while (!at_end(c) && c->p[c->i] != ')') {
                skip_token(c);
            }
            if (at_end(c)) {
                comp_error(c, open, KL_ERROR_TEXT("missing ), unterminated comment"));
            }
            c->i++;
            return false;
        case '=':
        case '!':
        case '<': {
            c->i++;
            uint32_t kind = ch == '=' ? KL_RE_LOOK_AHEAD : KL_RE_LOOK_NOT_AHEAD;
            if (ch == '<') {
                if (at_end(c)) {
                    comp_error(c, c->i, KL_ERROR_TEXT("unexpected end of pattern"));
                }
                size_t dpos = c->i;
                uint32_t d = next_char(c);
                if (d != '=' && d != '!') {
                    comp_error(c, q, KL_ERROR_TEXT("unknown extension ?<%S"), token_text(c, dpos));
                }
                kind = d == '=' ? KL_RE_LOOK_BEHIND : KL_RE_LOOK_NOT_BEHIND;
            }
            begin_atom(c);
            size_t head = c->len;
            emit(c, 4, KL_RE_OP_LOOK, kind, 0, 0);
            push_frame(c, FR_LOOK, open, head);
            if ((kind == KL_RE_LOOK_BEHIND || kind == KL_RE_LOOK_NOT_BEHIND) &&
                c->lookbehind_groups < 0) {
                c->lookbehind_groups = (kl_int_t)c->groups;
                top_frame(c)->resets_lookbehind = true;
            }
            top_frame(c)->insn = head;
            return true;
        }
        case '(': {
            c->i++;
            size_t from, to;
            parse_name(c, ')', KL_ERROR_TEXT("missing ), unterminated name"), &from, &to);
            uint32_t g;
            if (name_is_digits(c, from, to)) {
                if (to - from > 9) {
                    comp_error(c, from, KL_ERROR_TEXT("invalid group reference %S"),
                               pat_text(c, from, to));
                }
                g = 0;
                for (size_t k = from; k < to; k++) {
                    g = g * 10 + (uint32_t)(c->p[k] - '0');
                }
                if (g == 0) {
                    comp_error(c, from, KL_ERROR_TEXT("bad group number"));
                }
                // Checked at the end: the group may be defined later in the pattern.
                kl_obj_t ref[2] = {KL_OBJ_NEW_SMALL_INT(g), KL_OBJ_NEW_SMALL_INT(from)};
                kl_obj_list_append(c->cond_refs, kl_obj_new_tuple(2, ref));
            } else {
                g = lookup_name(c, from, to);
            }
            check_lookbehind_ref(c, g);
            begin_atom(c);
            size_t head = c->len;
            emit(c, 3, KL_RE_OP_GROUPEXISTS, g, 0);
            push_frame(c, FR_COND, open, head);
            top_frame(c)->insn = head;
            return true;
        }
        case 'P': {
            c->i++;
            if (at_end(c)) {
                comp_error(c, c->i, KL_ERROR_TEXT("unexpected end of pattern"));
            }
            size_t dpos = c->i;
            uint32_t d = next_char(c);
            if (d == '<') {
                size_t from, to;
                parse_name(c, '>', KL_ERROR_TEXT("missing >, unterminated name"), &from, &to);
                if (!name_is_identifier(c, from, to)) {
                    comp_error(c, from, KL_ERROR_TEXT("bad character in group name %r"),
                               pat_text(c, from, to));
                }
                kl_obj_t name = pat_text(c, from, to);
                kl_obj_t old = kl_obj_dict_get(c->groupindex, name);
                begin_atom(c);
                uint32_t g = new_group(c);
                if (old != KL_OBJ_NULL) {
                    comp_error(c, from,
                               KL_ERROR_TEXT("redefinition of group name %r as group %d; was group "
                                             "%d"),
                               name, (int)g, (int)KL_OBJ_SMALL_INT_VALUE(old));
                }
                kl_obj_dict_store(c->groupindex, name, KL_OBJ_NEW_SMALL_INT(g));
                size_t head = c->len;
                emit(c, 2, KL_RE_OP_SAVE, 2 * g);
                push_frame(c, FR_CAPTURE, open, head);
                top_frame(c)->group = g;
                return true;
            }
            if (d == '=') {
                size_t from, to;
                parse_name(c, ')', KL_ERROR_TEXT("missing ), unterminated name"), &from, &to);
                uint32_t g = lookup_name(c, from, to);
                if (group_is_open(c, g)) {
                    comp_error(c, from, KL_ERROR_TEXT("cannot refer to an open group"));
                }
                emit_backref(c, g);
                return true;
            }
            comp_error(c, q, KL_ERROR_TEXT("unknown extension ?P%S"), token_text(c, dpos));
        }
        default:
            if (flag_of(ch) != 0 || ch == '-') {
                return parse_flags(c, open);
            }
            kl_obj_t text = token_text(c, c->i);
            skip_token(c);
            comp_error(c, q, KL_ERROR_TEXT("unknown extension ?%S"), text);
    }
}

// Patch the chain of pending JMPs of [f] to jump to [target].
static void patch_pending(compiler_t *c, frame_t *f, size_t target) {
    size_t link = f->pending;
    while (link != 0) {
        size_t operand = link - 1;
        size_t next = c->code[operand];
        c->code[operand] = (uint32_t)(target - (operand - 1));
        link = next;
    }
    f->pending = 0;
}

static void add_pending_jmp(compiler_t *c, frame_t *f) {
    emit(c, 2, KL_RE_OP_JMP, (uint32_t)f->pending);
    f->pending = c->len; // index + 1 of the operand
}

// Is the current alternative of [f] one CHAR or one plain (not negated, case-sensitive) set?
static bool alt_is_single(const compiler_t *c, const frame_t *f) {
    if (f->atom_kind != ATOM_SINGLE || f->atom_start != f->alt_start) {
        return false;
    }
    const uint32_t *insn = c->code + f->alt_start;
    return insn[0] == KL_RE_OP_CHAR || (insn[0] == KL_RE_OP_CLASS && insn[2] == 0);
}

// Alternatives that are all single characters or plain sets ((?:a|b|[0-9])) become one set,
// which matches the same and repeats without a choice point per alternative.
static void merge_alternatives(compiler_t *c, frame_t *f) {
    size_t n = c->len - f->body_start;
    uint32_t *items = kl_gc_alloc((n + 1) * sizeof(uint32_t), KL_GC_ATOMIC);
    size_t k = 0;
    size_t pc = f->body_start;
    for (;;) {
        bool last = c->code[pc] != KL_RE_OP_SPLIT;
        const uint32_t *insn = c->code + (last ? pc : pc + 2);
        size_t len;
        if (insn[0] == KL_RE_OP_CHAR) {
            items[k++] = KL_RE_ITEM_RANGE;
            items[k++] = insn[1];
            items[k++] = insn[1];
            len = 2;
        } else {
            len = insn[1];
            memcpy(items + k, insn + 3, (len - 3) * sizeof(uint32_t));
            k += len - 3;
        }
        if (last) {
            break;
        }
        pc += 2 + len + 2; // SPLIT, the alternative, JMP
    }
    c->len = f->body_start;
    emit(c, 3, KL_RE_OP_CLASS, (uint32_t)(3 + k), 0);
    reserve(c, k);
    memcpy(c->code + c->len, items, k * sizeof(uint32_t));
    c->len += k;
}

// `|` in the current group.
static void alternation(compiler_t *c, size_t bar) {
    frame_t *f = top_frame(c);
    f->all_single = f->all_single && alt_is_single(c, f);
    flush_atom(f);
    if (f->alt_min > f->seq_min) {
        f->alt_min = f->seq_min;
    }
    if (f->alt_max < f->seq_max) {
        f->alt_max = f->seq_max;
    }
    if (f->kind == FR_COND) {
        if (f->n_alts != 0) {
            comp_error(c, bar, KL_ERROR_TEXT("conditional backref with more than two branches"));
        }
        add_pending_jmp(c, f);
        c->code[f->insn + 2] = (uint32_t)(c->len - f->insn);
    } else {
        // SPLIT in front of the alternative just ended, to the one that starts after its JMP.
        insert_gap(c, f->alt_start, 2);
        c->code[f->alt_start] = KL_RE_OP_SPLIT;
        c->code[f->alt_start + 1] = (uint32_t)(c->len + 2 - f->alt_start);
        add_pending_jmp(c, f);
    }
    f->n_alts++;
    f->alt_start = c->len;
    f->seq_min = f->seq_max = 0;
}

// ")" (or the end of the pattern for the top frame): finish the group.
static void close_frame(compiler_t *c) {
    frame_t *f = top_frame(c);
    bool merge = f->n_alts > 0 && f->all_single && alt_is_single(c, f) &&
                 (f->kind == FR_PLAIN || f->kind == FR_CAPTURE);
    flush_atom(f);
    size_t min = f->seq_min, max = f->seq_max;
    if (f->n_alts > 0) {
        min = min < f->alt_min ? min : f->alt_min;
        max = max > f->alt_max ? max : f->alt_max;
    }
    patch_pending(c, f, c->len);
    if (merge) {
        merge_alternatives(c, f);
    }
    switch (f->kind) {
        case FR_CAPTURE:
            emit(c, 2, KL_RE_OP_SAVE, 2 * f->group + 1);
            c->gwidths[2 * f->group] = min;
            c->gwidths[2 * f->group + 1] = max;
            break;
        case FR_ATOMIC:
            emit(c, 1, KL_RE_OP_ATOMIC_END);
            break;
        case FR_LOOK: {
            uint32_t kind = c->code[f->insn + 1];
            if (kind == KL_RE_LOOK_BEHIND || kind == KL_RE_LOOK_NOT_BEHIND) {
                if (min != max) {
                    c->lookbehind_error = true; // reported once the whole pattern is read
                }
                c->code[f->insn + 2] = (uint32_t)min;
            }
            emit(c, 1, KL_RE_OP_LOOK_END);
            if (f->resets_lookbehind) {
                c->lookbehind_groups = -1;
            }
            c->code[f->insn + 3] = (uint32_t)(c->len - f->insn);
            min = max = 0;
            break;
        }
        case FR_COND:
            if (f->n_alts == 0) {
                c->code[f->insn + 2] = (uint32_t)(c->len - f->insn);
                min = 0;
            }
            break;
        default:
            break;
    }
    size_t head = f->head;
    uint32_t flags = f->saved_flags;
    bool single = merge && f->kind == FR_PLAIN;
    c->nframes--;
    c->flags = flags;
    frame_t *parent = top_frame(c);
    parent->atom_start = head;
    parent->atom_kind = single ? ATOM_SINGLE : ATOM_GROUP;
    parent->atom_min = min;
    parent->atom_max = max;
}

// Read a decimal count for {m,n}; returns false when there are no digits.
static bool parse_count(compiler_t *c, uint32_t *out) {
    size_t start = c->i;
    uint64_t v = 0;
    while (!at_end(c) && kl_re_is_digit((uint8_t)c->p[c->i])) {
        if (v < ((uint64_t)1 << 40)) {
            v = v * 10 + (uint64_t)(c->p[c->i] - '0');
        }
        c->i++;
    }
    if (c->i == start) {
        return false;
    }
    if (v >= KL_RE_INF) {
        kl_raise_OverflowError(KL_ERROR_TEXT("the repetition number is too large"));
    }
    *out = (uint32_t)v;
    return true;
}

// A quantifier whose first character is at byte [qpos] (already read as [ch]). Returns false
// when a '{' turns out to be a literal.
static bool parse_quantifier(compiler_t *c, size_t qpos, uint32_t ch) {
    uint32_t min, max;
    if (ch == '*') {
        min = 0;
        max = KL_RE_INF;
    } else if (ch == '+') {
        min = 1;
        max = KL_RE_INF;
    } else if (ch == '?') {
        min = 0;
        max = 1;
    } else {
        size_t save = c->i;
        bool has_min = parse_count(c, &min);
        if (!has_min) {
            min = 0;
        }
        max = min;
        if (accept(c, ',')) {
            if (!parse_count(c, &max)) {
                max = KL_RE_INF;
            }
        } else if (!has_min) {
            c->i = save;
            return false;
        }
        if (!accept(c, '}')) {
            c->i = save;
            return false;
        }
        if (max < min) {
            comp_error(c, save, KL_ERROR_TEXT("min repeat greater than max repeat"));
        }
    }
    frame_t *f = top_frame(c);
    if (f->atom_kind == ATOM_NONE) {
        comp_error(c, qpos, KL_ERROR_TEXT("nothing to repeat"));
    }
    if (f->atom_kind == ATOM_REPEATED) {
        comp_error(c, qpos, KL_ERROR_TEXT("multiple repeat"));
    }
    bool greedy = true, possessive = false;
    if (accept(c, '?')) {
        greedy = false;
    } else if (accept(c, '+')) {
        possessive = true;
    }
    size_t at = f->atom_start;
    size_t alen = c->len - at;
    if (min == 1 && max == 1) {
        // Nothing to do.
    } else if (max == 0) {
        c->len = at;
    } else if (f->atom_kind == ATOM_SINGLE) {
        insert_gap(c, at, 5);
        c->code[at] = KL_RE_OP_REPS;
        c->code[at + 1] = min;
        c->code[at + 2] = max;
        c->code[at + 3] = greedy;
        c->code[at + 4] = (uint32_t)alen;
    } else if (min == 0 && max == 1) {
        insert_gap(c, at, 2);
        c->code[at] = greedy ? KL_RE_OP_SPLIT : KL_RE_OP_SPLIT_JMP;
        c->code[at + 1] = (uint32_t)(2 + alen);
        if (!greedy) {
            // SPLIT_JMP prefers the jump: skip the atom first.
            c->code[at] = KL_RE_OP_SPLIT_JMP;
        }
    } else {
        uint32_t r = c->nregs;
        c->nregs += 2;
        insert_gap(c, at, 11);
        size_t check = at + 2;
        c->code[at] = KL_RE_OP_REP_START;
        c->code[at + 1] = r;
        c->code[check] = KL_RE_OP_REP_CHECK;
        c->code[check + 1] = r;
        c->code[check + 2] = min;
        c->code[check + 3] = max;
        c->code[check + 4] = greedy;
        c->code[check + 6] = KL_RE_OP_REP_ENTER;
        c->code[check + 7] = r;
        c->code[check + 8] = min;
        emit(c, 2, KL_RE_OP_JMP, (uint32_t)(check - c->len));
        c->code[check + 5] = (uint32_t)(c->len - check);
    }
    if (possessive && max != 0 && !(min == 1 && max == 1)) {
        insert_gap(c, at, 1);
        c->code[at] = KL_RE_OP_ATOMIC;
        emit(c, 1, KL_RE_OP_ATOMIC_END);
    }
    f->atom_min = width_mul(f->atom_min, min);
    f->atom_max = width_mul(f->atom_max, max);
    f->atom_kind = ATOM_REPEATED;
    return true;
}

static void skip_verbose(compiler_t *c) {
    while (!at_end(c)) {
        uint8_t ch = (uint8_t)c->p[c->i];
        if (ch == ' ' || (ch >= '\t' && ch <= '\r')) {
            c->i++;
        } else if (ch == '#') {
            while (!at_end(c) && c->p[c->i] != '\n') {
                skip_token(c);
            }
        } else {
            break;
        }
    }
}

static void compile_pattern(compiler_t *c) {
    push_frame(c, FR_TOP, 0, 0);
    for (;;) {
        if (c->flags & KL_RE_FLAG_VERBOSE) {
            skip_verbose(c);
        }
        if (at_end(c)) {
            break;
        }
        size_t pos = c->i;
        uint32_t ch = next_char(c);
        switch (ch) {
            case '(':
                if (!parse_open(c, pos)) {
                    continue;
                }
                break;
            case ')':
                if (c->nframes == 1) {
                    c->i = pos; // CPython sees the ')' without reading past it
                    comp_error(c, pos, KL_ERROR_TEXT("unbalanced parenthesis"));
                }
                close_frame(c);
                break;
            case '|':
                alternation(c, pos);
                break;
            case '*':
            case '+':
            case '?':
                parse_quantifier(c, pos, ch);
                break;
            case '{':
                if (!parse_quantifier(c, pos, ch)) {
                    emit_char(c, ch);
                }
                break;
            case '^':
                emit_assert(c, (c->flags & KL_RE_FLAG_MULTILINE) ? KL_RE_OP_MBOL : KL_RE_OP_BOL, 0,
                            false);
                break;
            case '$':
                emit_assert(c, (c->flags & KL_RE_FLAG_MULTILINE) ? KL_RE_OP_MEOL : KL_RE_OP_EOL, 0,
                            false);
                break;
            case '.':
                begin_atom(c);
                emit(c, 1, (c->flags & KL_RE_FLAG_DOTALL) ? KL_RE_OP_ANY_ALL : KL_RE_OP_ANY);
                set_atom(c, ATOM_SINGLE, 1, 1);
                break;
            case '[':
                parse_class(c);
                break;
            case '\\': {
                uint32_t v;
                switch (parse_escape(c, pos, false, &v)) {
                    case ESC_CHAR:
                        emit_char(c, v);
                        break;
                    case ESC_CAT:
                        emit_category(c, v);
                        break;
                    case ESC_ASSERT:
                        emit_assert(c, v, (uint32_t)ascii_classes(c),
                                    v == KL_RE_OP_WORDB || v == KL_RE_OP_NWORDB);
                        break;
                    default:
                        if (v == 0 || v > c->groups) {
                            comp_error(c, pos + 1, KL_ERROR_TEXT("invalid group reference %d"),
                                       (int)v);
                        }
                        if (group_is_open(c, v)) {
                            comp_error(c, pos, KL_ERROR_TEXT("cannot refer to an open group"));
                        }
                        emit_backref(c, v);
                        break;
                }
                break;
            }
            default:
                emit_char(c, ch);
                break;
        }
        c->started = true;
    }
    if (c->nframes > 1) {
        comp_error(c, top_frame(c)->open_pos, KL_ERROR_TEXT("missing ), unterminated subpattern"));
    }
    if (c->lookbehind_error) {
        comp_error(c, (size_t)-1, KL_ERROR_TEXT("look-behind requires fixed-width pattern"));
    }
    size_t n_refs;
    kl_obj_t *refs;
    kl_obj_get_array(c->cond_refs, &n_refs, &refs);
    for (size_t k = 0; k < n_refs; k++) {
        kl_obj_t *ref = ((kl_obj_tuple_t *)refs[k])->items;
        if ((uint32_t)KL_OBJ_SMALL_INT_VALUE(ref[0]) > c->groups) {
            comp_error(c, (size_t)KL_OBJ_SMALL_INT_VALUE(ref[1]),
                       KL_ERROR_TEXT("invalid group reference %d"),
                       (int)KL_OBJ_SMALL_INT_VALUE(ref[0]));
        }
    }
    frame_t *f = top_frame(c);
    flush_atom(f);
    patch_pending(c, f, c->len);
    emit(c, 1, KL_RE_OP_MATCH);
}

// ==== Entry point ====

void kl_re_compile_pattern(kl_obj_t pattern, bool is_bytes, uint32_t flags, kl_re_program_t *out) {
    compiler_t c;
    memset(&c, 0, sizeof(c));
    c.pattern = pattern;
    c.p = kl_obj_str_get_data(pattern, &c.plen);
    c.is_bytes = is_bytes;
    c.flags = flags;
    c.alloc = 16;
    c.code = kl_gc_alloc(c.alloc * sizeof(uint32_t), KL_GC_ATOMIC);
    c.frames_alloc = 4;
    c.frames = kl_gc_alloc(c.frames_alloc * sizeof(frame_t), KL_GC_ATOMIC);
    c.groupindex = kl_obj_new_dict(0);
    c.cond_refs = kl_obj_new_list(0, NULL);
    c.lookbehind_groups = -1;
    c.lone_backslash = (size_t)-1;
    for (size_t k = 0; k < c.plen; k++) {
        if (c.p[k] == '\\') {
            if (k + 1 == c.plen) {
                c.lone_backslash = k;
            }
            k++;
        }
    }
    c.gwidths_alloc = 8;
    c.gwidths = kl_gc_alloc(c.gwidths_alloc * sizeof(size_t), KL_GC_ATOMIC);
    compile_pattern(&c);
    out->code = c.code;
    out->groups = c.groups;
    out->nregs = c.nregs;
    out->flags = c.flags;
    out->groupindex = c.groupindex;
}

#endif // KL_CFG_MODULE_RE
