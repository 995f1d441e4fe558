// vm/mod_re.c: the re module, regular expressions compiled to a small program for a backtracker.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A pattern is compiled in one pass to a program of 32-bit words, and a matcher runs that
// program against the subject by backtracking, the way Python's own engine behaves (leftmost
// alternative first, greedy or lazy repeats, captures of the last iteration). Neither half
// recurses in C: the parser keeps open groups on an explicit stack of frames, and the matcher
// keeps its choice points on a growable stack on the GC heap, so nesting and input size are
// bounded by the heap, never by the tiny C stack of a board.
//
// The compiler emits code as it reads. Every jump is relative, so a finished piece of code can
// be moved: a quantifier that follows an atom inserts its loop header in front of the atom's
// code, and `|` inserts a SPLIT in front of the alternative that just ended. Repeats of one
// character ([a-z]*, .+, \d{2,4}) are one REPS instruction that consumes a run and backs off one
// character at a time from a single stack entry; other repeats count their iterations in
// registers. A repeat whose iteration matched the empty string stops, so (a*)* terminates.
//
// The backtrack stack holds choice points, marks (atomic groups, lookarounds) and undo records:
// every write to a capture slot or a loop register is logged while a choice point exists, and
// failing back pops the log. An atomic group or a positive lookaround that succeeds drops the
// choice points above its mark but keeps their undo records. Each attempt counts its steps and
// raises RuntimeError after KL_CFG_RE_STEP_LIMIT of them, so a catastrophic pattern fails
// instead of hanging (CPython would run for ever; see docs/differences.md).
//
// Subjects are matched by code point: bytes and ASCII str are read in place, other str are
// decoded once per call into an array of code points, and every position a program sees or
// reports is a code-point index.

#include <stdarg.h>
#include <string.h>

#include "vm/buffer.h"
#include "vm/gc.h"
#include "vm/obj_dict.h"
#include "vm/obj_exception.h"
#include "vm/obj_list.h"
#include "vm/obj_module.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/state.h"
#include "vm/vstr.h"

#if KL_CFG_UNICODE_NAMES
#include "vm/unicode_names.h"
#endif

#if KL_CFG_MODULE_RE

// ==== Flags ====
#define RE_FLAG_TEMPLATE (1)
#define RE_FLAG_IGNORECASE (2)
#define RE_FLAG_LOCALE (4)
#define RE_FLAG_MULTILINE (8)
#define RE_FLAG_DOTALL (16)
#define RE_FLAG_UNICODE (32)
#define RE_FLAG_VERBOSE (64)
#define RE_FLAG_DEBUG (128)
#define RE_FLAG_ASCII (256)

// Repeat counts are below this; it also stands for "no upper bound".
#define RE_INF (0xffffffffu)

// ==== The program ====
// Each instruction is an opcode word followed by its operands; [off] operands are relative to
// the instruction's own position.
enum {
    OP_MATCH,       // success (subject to fullmatch and the empty-match rule)
    OP_CHAR,        // c: one code point
    OP_CHAR_I,      // c ascii: one code point, either case
    OP_ANY,         // any code point but \n
    OP_ANY_ALL,     // any code point
    OP_CLASS,       // nwords flags items...: a set (nwords counts the whole instruction)
    OP_BOL,         // ^ without MULTILINE, and \A
    OP_MBOL,        // ^ with MULTILINE
    OP_EOL,         // $ without MULTILINE: the end, or before a final \n
    OP_MEOL,        // $ with MULTILINE
    OP_EOS,         // \Z
    OP_WORDB,       // ascii: \b
    OP_NWORDB,      // ascii: \B
    OP_JMP,         // off
    OP_SPLIT,       // off: try the next instruction first, then pc + off
    OP_SPLIT_JMP,   // off: try pc + off first, then the next instruction
    OP_SAVE,        // slot: capture slot = position
    OP_BACKREF,     // group icase ascii
    OP_GROUPEXISTS, // group off: go on if the group matched, else jump
    OP_REPS,        // min max greedy len, then a one-character atom of len words
    OP_REP_START,   // reg: count = 0, last start = -1
    OP_REP_CHECK,   // reg min max greedy off: another iteration, or leave to pc + off
    OP_REP_ENTER,   // reg min: count += 1; past min, last start = position (the body follows)
    OP_ATOMIC,      // push a mark
    OP_ATOMIC_END,  // drop the choice points above the mark
    OP_LOOK,        // kind width off: lookaround; off leads past its LOOK_END
    OP_LOOK_END,
};

enum { LOOK_AHEAD, LOOK_NOT_AHEAD, LOOK_BEHIND, LOOK_NOT_BEHIND };

// OP_CLASS flags and items.
#define CLASS_NEG (1)
#define CLASS_ICASE (2)
#define CLASS_ICASE_ASCII (4)
enum { ITEM_RANGE, ITEM_CAT };
// Categories: \d \D \w \W \s \S, Unicode then ASCII.
enum { CAT_DIGIT, CAT_NOT_DIGIT, CAT_WORD, CAT_NOT_WORD, CAT_SPACE, CAT_NOT_SPACE, CAT_ASCII };

// ==== Character properties ====

static bool is_digit(uint32_t c, bool ascii) {
    return ascii ? (c >= '0' && c <= '9') : kl_obj_str_char_isdecimal(c);
}

static bool is_word(uint32_t c, bool ascii) {
    if (c < 128) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_';
    }
    return !ascii && (kl_obj_str_char_isalpha(c) || kl_obj_str_char_isdecimal(c) ||
                      kl_obj_str_char_isdigit(c) || kl_obj_str_char_isnumeric(c));
}

static bool is_space(uint32_t c, bool ascii) {
    if (ascii) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
    return kl_obj_str_char_isspace(c);
}

static bool cat_match(uint32_t cat, uint32_t c) {
    bool ascii = cat >= CAT_ASCII;
    bool r;
    switch (cat % CAT_ASCII) {
        case CAT_DIGIT:
        case CAT_NOT_DIGIT:
            r = is_digit(c, ascii);
            break;
        case CAT_WORD:
        case CAT_NOT_WORD:
            r = is_word(c, ascii);
            break;
        default:
            r = is_space(c, ascii);
            break;
    }
    return r != ((cat % CAT_ASCII) & 1);
}

static uint32_t to_lower(uint32_t c, bool ascii) {
    if (ascii || c < 128) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }
    return kl_obj_str_char_tolower(c);
}

static uint32_t to_upper(uint32_t c, bool ascii) {
    if (ascii || c < 128) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }
    return kl_obj_str_char_toupper(c);
}

// Case-insensitive equality: the same letter in either case (simple case mappings).
static bool equal_icase(uint32_t a, uint32_t b, bool ascii) {
    return a == b || to_lower(a, ascii) == to_lower(b, ascii) ||
           to_upper(a, ascii) == to_upper(b, ascii);
}

static bool class_has(const uint32_t *item, const uint32_t *end, uint32_t c) {
    while (item < end) {
        if (item[0] == ITEM_RANGE) {
            if (c >= item[1] && c <= item[2]) {
                return true;
            }
            item += 3;
        } else {
            if (cat_match(item[1], c)) {
                return true;
            }
            item += 2;
        }
    }
    return false;
}

// Does the range [lo, hi] hold a character that equals [c] ignoring case? A single character
// is compared as a literal is; for a range, c's case variants are looked up, and a short range
// is searched for characters whose case maps meet c's (MICRO SIGN in [\xb5-\xb6] matches 'M').
static bool range_has_icase(uint32_t lo, uint32_t hi, uint32_t c, bool ascii) {
    if (lo == hi) {
        return equal_icase(c, lo, ascii);
    }
    uint32_t l = to_lower(c, ascii), u = to_upper(c, ascii);
    uint32_t cand[4] = {l, u, to_lower(u, ascii), to_upper(l, ascii)};
    for (int k = 0; k < 4; k++) {
        if (cand[k] >= lo && cand[k] <= hi) {
            return true;
        }
    }
    if (hi - lo <= 64 && (l != c || u != c)) {
        for (uint32_t x = lo; x <= hi; x++) {
            if (equal_icase(c, x, ascii)) {
                return true;
            }
        }
    }
    return false;
}

// Does the OP_CLASS instruction at [insn] accept [c]?
static bool class_match(const uint32_t *insn, uint32_t c) {
    const uint32_t *end = insn + insn[1];
    uint32_t flags = insn[2];
    bool r = class_has(insn + 3, end, c);
    if (!r && (flags & (CLASS_ICASE | CLASS_ICASE_ASCII))) {
        bool ascii = (flags & CLASS_ICASE_ASCII) != 0;
        for (const uint32_t *item = insn + 3; item < end && !r;) {
            if (item[0] == ITEM_RANGE) {
                r = range_has_icase(item[1], item[2], c, ascii);
                item += 3;
            } else {
                item += 2;
            }
        }
    }
    return r != ((flags & CLASS_NEG) != 0);
}

// Does the one-character instruction at [insn] accept [c]?
static bool atom_match(const uint32_t *insn, uint32_t c) {
    switch (insn[0]) {
        case OP_CHAR:
            return c == insn[1];
        case OP_CHAR_I:
            return equal_icase(c, insn[1], insn[2] != 0);
        case OP_ANY:
            return c != '\n';
        case OP_ANY_ALL:
            return true;
        default:
            return class_match(insn, c);
    }
}

// ==== Objects ====

typedef struct _re_pattern_t {
    kl_obj_base_t base;
    kl_obj_t pattern;    // str or bytes
    kl_obj_t groupindex; // dict: name -> group number
    kl_obj_t indexgroup; // tuple: group number -> name or None
    uint32_t *code;
    uint32_t flags;
    uint32_t groups;
    uint32_t nregs;
    bool is_bytes;
} re_pattern_t;

// The text being matched, by code point: [b] in place (bytes, ASCII str) or [w] decoded.
typedef struct _subject_t {
    const uint8_t *b;
    const uint32_t *w;
    size_t len;
} subject_t;

#define SCHAR(s, i) ((s)->w != NULL ? (s)->w[i] : (uint32_t)(s)->b[i])

typedef struct _re_match_t {
    kl_obj_base_t base;
    re_pattern_t *re;
    kl_obj_t string;
    subject_t subj;
    kl_int_t pos;
    kl_int_t endpos;
    kl_int_t lastindex; // -1: none
    kl_int_t spans[];   // start, end of each group (group 0 first); -1 when unmatched
} re_match_t;

extern const kl_obj_type_t kl_type_re_error;
static const kl_obj_type_t pattern_type;
static const kl_obj_type_t match_type;

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
    .unary_op = kl_exception_unary_op,
    .attr = kl_exception_attr,
    .parent = &kl_type_Exception,
};

static KL_NORETURN void raise_error(kl_obj_t msg, kl_obj_t pattern, kl_int_t pos) {
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
    uint8_t n_alts;
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
    raise_error(kl_vstr_to_str(&v), bpos == (size_t)-1 ? kl_const_none : c->pattern,
                bpos == (size_t)-1 ? -1 : char_pos(c, bpos));
}

// The pattern text between two byte offsets, as a str (for messages).
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
    if (a == WIDTH_INF || n == RE_INF || a > WIDTH_INF / n) {
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
    return c->is_bytes || (c->flags & (RE_FLAG_ASCII | RE_FLAG_LOCALE)) != 0;
}

static void emit_char(compiler_t *c, uint32_t ch) {
    begin_atom(c);
    bool ascii = ascii_classes(c);
    // Outside ASCII, a character may be the case variant of another without having one itself
    // (U+1F80 is the lower case of U+1F88 but has no simple upper case): compare all of them.
    if ((c->flags & RE_FLAG_IGNORECASE) &&
        ((ch >= 128 && !ascii) || to_lower(ch, ascii) != ch || to_upper(ch, ascii) != ch)) {
        emit(c, 3, OP_CHAR_I, ch, (uint32_t)ascii);
    } else {
        emit(c, 2, OP_CHAR, ch);
    }
    set_atom(c, ATOM_SINGLE, 1, 1);
}

static uint32_t cat_code(const compiler_t *c, uint32_t cat) {
    return ascii_classes(c) ? cat + CAT_ASCII : cat;
}

static uint32_t class_flags(const compiler_t *c, bool neg) {
    uint32_t flags = neg ? CLASS_NEG : 0;
    if (c->flags & RE_FLAG_IGNORECASE) {
        flags |= ascii_classes(c) ? CLASS_ICASE_ASCII : CLASS_ICASE;
    }
    return flags;
}

static void emit_category(compiler_t *c, uint32_t cat) {
    begin_atom(c);
    emit(c, 5, OP_CLASS, 5, 0, ITEM_CAT, cat_code(c, cat));
    set_atom(c, ATOM_SINGLE, 1, 1);
}

static bool is_octal(uint32_t ch) {
    return ch >= '0' && ch <= '7';
}

static bool is_ascii_digit(uint32_t ch) {
    return ch >= '0' && ch <= '9';
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

static bool is_ascii_letter(uint32_t ch) {
    return (ch | 32) >= 'a' && (ch | 32) <= 'z';
}

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
            uint32_t base = (ch | 32) == 'd' ? CAT_DIGIT : (ch | 32) == 'w' ? CAT_WORD : CAT_SPACE;
            *value = base + (ch < 'a' ? 1 : 0);
            return ESC_CAT;
        }
        case 'b':
            if (in_class) {
                *value = 8;
                return ESC_CHAR;
            }
            *value = OP_WORDB;
            return ESC_ASSERT;
        case 'B':
        case 'A':
        case 'Z':
            if (in_class) {
                break;
            }
            *value = ch == 'B' ? OP_NWORDB : ch == 'A' ? OP_BOL : OP_EOS;
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
                if (!is_octal(ch)) {
                    break;
                }
                uint32_t v = ch - '0';
                for (int k = 0; k < 2 && !at_end(c) && is_octal(peek(c)); k++) {
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
            if (!at_end(c) && is_ascii_digit(peek(c))) {
                uint32_t d2 = next_char(c);
                if (is_octal(ch) && is_octal(d2) && !at_end(c) && is_octal(peek(c))) {
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
    if (ch < 128 && (is_ascii_letter(ch) || is_ascii_digit(ch))) {
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
    emit(c, 4, OP_BACKREF, g, (uint32_t)((c->flags & RE_FLAG_IGNORECASE) != 0), (uint32_t)ascii);
    set_atom(c, ATOM_GROUP, c->gwidths[2 * g], c->gwidths[2 * g + 1]);
}

// A class: [ at c->i - 1.
static void parse_class(compiler_t *c) {
    size_t open = c->i - 1;
    begin_atom(c);
    size_t insn = c->len;
    bool neg = accept(c, '^');
    emit(c, 3, OP_CLASS, 0, class_flags(c, neg));
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
            emit(c, 3, ITEM_RANGE, lo, hi);
        } else if (kind == ESC_CAT) {
            emit(c, 2, ITEM_CAT, cat_code(c, lo));
        } else {
            emit(c, 3, ITEM_RANGE, lo, lo);
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
        if (!is_ascii_digit((uint8_t)c->p[k])) {
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
            return RE_FLAG_ASCII;
        case 'i':
            return RE_FLAG_IGNORECASE;
        case 'L':
            return RE_FLAG_LOCALE;
        case 'm':
            return RE_FLAG_MULTILINE;
        case 's':
            return RE_FLAG_DOTALL;
        case 'u':
            return RE_FLAG_UNICODE;
        case 'x':
            return RE_FLAG_VERBOSE;
        default:
            return 0;
    }
}

#define TYPE_FLAGS (RE_FLAG_ASCII | RE_FLAG_LOCALE | RE_FLAG_UNICODE)

// Inline flags after "(?": (?aiLmsux) for the whole pattern or (?aiLmsux-imsx:...) for a group.
// Returns true when a group was opened.
static bool parse_flags(compiler_t *c, size_t open) {
    uint32_t on = 0, off = 0;
    while (!at_end(c) && flag_of(peek(c)) != 0) {
        uint32_t ch = next_char(c);
        uint32_t f = flag_of(ch);
        if (f == RE_FLAG_LOCALE && !c->is_bytes) {
            comp_error(c, c->i,
                       KL_ERROR_TEXT("bad inline flags: cannot use 'L' flag with a str pattern"));
        }
        if (f == RE_FLAG_UNICODE && c->is_bytes) {
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
        emit(c, 2, OP_SAVE, 2 * g);
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
            emit(c, 1, OP_ATOMIC);
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
            uint32_t kind = ch == '=' ? LOOK_AHEAD : LOOK_NOT_AHEAD;
            if (ch == '<') {
                if (at_end(c)) {
                    comp_error(c, c->i, KL_ERROR_TEXT("unexpected end of pattern"));
                }
                size_t dpos = c->i;
                uint32_t d = next_char(c);
                if (d != '=' && d != '!') {
                    comp_error(c, q, KL_ERROR_TEXT("unknown extension ?<%S"), token_text(c, dpos));
                }
                kind = d == '=' ? LOOK_BEHIND : LOOK_NOT_BEHIND;
            }
            begin_atom(c);
            size_t head = c->len;
            emit(c, 4, OP_LOOK, kind, 0, 0);
            push_frame(c, FR_LOOK, open, head);
            if ((kind == LOOK_BEHIND || kind == LOOK_NOT_BEHIND) && c->lookbehind_groups < 0) {
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
            emit(c, 3, OP_GROUPEXISTS, g, 0);
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
                emit(c, 2, OP_SAVE, 2 * g);
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
    emit(c, 2, OP_JMP, (uint32_t)f->pending);
    f->pending = c->len; // index + 1 of the operand
}

// Is the current alternative of [f] one CHAR or one plain (not negated, case-sensitive) set?
static bool alt_is_single(const compiler_t *c, const frame_t *f) {
    if (f->atom_kind != ATOM_SINGLE || f->atom_start != f->alt_start) {
        return false;
    }
    const uint32_t *insn = c->code + f->alt_start;
    return insn[0] == OP_CHAR || (insn[0] == OP_CLASS && insn[2] == 0);
}

// Alternatives that are all single characters or plain sets ((?:a|b|[0-9])) become one set,
// which matches the same and repeats without a choice point per alternative.
static void merge_alternatives(compiler_t *c, frame_t *f) {
    size_t n = c->len - f->body_start;
    uint32_t *items = kl_gc_alloc((n + 1) * sizeof(uint32_t), KL_GC_ATOMIC);
    size_t k = 0;
    size_t pc = f->body_start;
    for (;;) {
        bool last = c->code[pc] != OP_SPLIT;
        const uint32_t *insn = c->code + (last ? pc : pc + 2);
        size_t len;
        if (insn[0] == OP_CHAR) {
            items[k++] = ITEM_RANGE;
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
    emit(c, 3, OP_CLASS, (uint32_t)(3 + k), 0);
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
        c->code[f->alt_start] = OP_SPLIT;
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
            emit(c, 2, OP_SAVE, 2 * f->group + 1);
            c->gwidths[2 * f->group] = min;
            c->gwidths[2 * f->group + 1] = max;
            break;
        case FR_ATOMIC:
            emit(c, 1, OP_ATOMIC_END);
            break;
        case FR_LOOK: {
            uint32_t kind = c->code[f->insn + 1];
            if (kind == LOOK_BEHIND || kind == LOOK_NOT_BEHIND) {
                if (min != max) {
                    c->lookbehind_error = true; // reported once the whole pattern is read
                }
                c->code[f->insn + 2] = (uint32_t)min;
            }
            emit(c, 1, OP_LOOK_END);
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
    while (!at_end(c) && is_ascii_digit((uint8_t)c->p[c->i])) {
        if (v < ((uint64_t)1 << 40)) {
            v = v * 10 + (uint64_t)(c->p[c->i] - '0');
        }
        c->i++;
    }
    if (c->i == start) {
        return false;
    }
    if (v >= RE_INF) {
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
        max = RE_INF;
    } else if (ch == '+') {
        min = 1;
        max = RE_INF;
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
                max = RE_INF;
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
        c->code[at] = OP_REPS;
        c->code[at + 1] = min;
        c->code[at + 2] = max;
        c->code[at + 3] = greedy;
        c->code[at + 4] = (uint32_t)alen;
    } else if (min == 0 && max == 1) {
        insert_gap(c, at, 2);
        c->code[at] = greedy ? OP_SPLIT : OP_SPLIT_JMP;
        c->code[at + 1] = (uint32_t)(2 + alen);
        if (!greedy) {
            // SPLIT_JMP prefers the jump: skip the atom first.
            c->code[at] = OP_SPLIT_JMP;
        }
    } else {
        uint32_t r = c->nregs;
        c->nregs += 2;
        insert_gap(c, at, 11);
        size_t check = at + 2;
        c->code[at] = OP_REP_START;
        c->code[at + 1] = r;
        c->code[check] = OP_REP_CHECK;
        c->code[check + 1] = r;
        c->code[check + 2] = min;
        c->code[check + 3] = max;
        c->code[check + 4] = greedy;
        c->code[check + 6] = OP_REP_ENTER;
        c->code[check + 7] = r;
        c->code[check + 8] = min;
        emit(c, 2, OP_JMP, (uint32_t)(check - c->len));
        c->code[check + 5] = (uint32_t)(c->len - check);
    }
    if (possessive && max != 0 && !(min == 1 && max == 1)) {
        insert_gap(c, at, 1);
        c->code[at] = OP_ATOMIC;
        emit(c, 1, OP_ATOMIC_END);
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
        if (c->flags & RE_FLAG_VERBOSE) {
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
                emit_assert(c, (c->flags & RE_FLAG_MULTILINE) ? OP_MBOL : OP_BOL, 0, false);
                break;
            case '$':
                emit_assert(c, (c->flags & RE_FLAG_MULTILINE) ? OP_MEOL : OP_EOL, 0, false);
                break;
            case '.':
                begin_atom(c);
                emit(c, 1, (c->flags & RE_FLAG_DOTALL) ? OP_ANY_ALL : OP_ANY);
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
                                    v == OP_WORDB || v == OP_NWORDB);
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
    emit(c, 1, OP_MATCH);
}

// ==== The matcher ====

enum { BT_UNDO, BT_UNDO2, BT_CHOICE, BT_REPS_GREEDY, BT_REPS_LAZY, BT_MARK };

// One backtrack stack entry, 12 bytes (positions are below 2**31). BT_UNDO: slot [pc] had value
// [a]. BT_UNDO2: slots [pc] and [pc] + 1 had values [a] and [b]. BT_CHOICE: resume at [pc],
// position [a]. BT_REPS_GREEDY: the REPS at [pc] may give back characters down to position
// [a], the current end being [b]. BT_REPS_LAZY: the REPS at [pc] may take more characters from
// position [a], [b] more at most. BT_MARK: an atomic group or lookaround of kind [b] entered
// at position [a]; [pc] is where a negative lookaround goes on when its body fails.
typedef struct _bt_t {
    uint32_t kind : 3;
    uint32_t pc : 29;
    int32_t a;
    int32_t b;
} bt_t;

#define MARK_ATOMIC (4)

typedef struct _matcher_t {
    const uint32_t *code;
    const subject_t *s;
    kl_int_t end;    // endpos
    kl_int_t *slots; // captures (2 per group, group 0 first), lastindex, then registers
    size_t ncaps;    // 2 * (groups + 1)
    size_t nslots;
    bt_t *stack;
    size_t top;
    size_t alloc;
    uint32_t steps;
    uint32_t poll_at; // steps at which to look at the limit and at Ctrl-C next
    bool fullmatch;
    kl_int_t no_empty_at; // an empty match here is rejected (-1: none)
} matcher_t;

static void matcher_init(matcher_t *m, const re_pattern_t *p, const subject_t *s, kl_int_t end) {
    m->code = p->code;
    m->s = s;
    m->end = end;
    m->ncaps = 2 * ((size_t)p->groups + 1);
    m->nslots = m->ncaps + 1 + p->nregs;
    m->slots = kl_gc_alloc(m->nslots * sizeof(kl_int_t), KL_GC_ATOMIC);
    m->alloc = 16;
    m->stack = kl_gc_alloc(m->alloc * sizeof(bt_t), KL_GC_ATOMIC);
    m->top = 0;
    m->fullmatch = false;
    m->no_empty_at = -1;
}

static KL_NORETURN void step_limit_error(void) {
    kl_raise_msg(&kl_type_RuntimeError, KL_ERROR_TEXT("regular expression step limit exceeded"));
}

static bt_t *push(matcher_t *m, uint32_t kind, size_t pc, kl_int_t a, kl_int_t b) {
    if (m->top == m->alloc) {
        size_t alloc = m->alloc * 2;
        m->stack = kl_gc_realloc(m->stack, alloc * sizeof(bt_t), KL_GC_ATOMIC);
        m->alloc = alloc;
    }
    bt_t *e = &m->stack[m->top++];
    e->kind = kind & 7;
    e->pc = (uint32_t)pc & 0x1fffffff;
    e->a = (int32_t)a;
    e->b = (int32_t)b;
    return e;
}

static void set_slot(matcher_t *m, size_t slot, kl_int_t v) {
    if (m->slots[slot] != v) {
        if (m->top > 0) {
            push(m, BT_UNDO, slot, m->slots[slot], 0);
        }
        m->slots[slot] = v;
    }
}

// Set two neighbouring slots (a loop's count and start) with one undo record.
static void set_slot2(matcher_t *m, size_t slot, kl_int_t v0, kl_int_t v1) {
    if (m->top > 0) {
        push(m, BT_UNDO2, slot, m->slots[slot], m->slots[slot + 1]);
    }
    m->slots[slot] = v0;
    m->slots[slot + 1] = v1;
}

// The index of the newest mark.
static size_t find_mark(const matcher_t *m) {
    size_t k = m->top;
    while (k > 0 && m->stack[k - 1].kind != BT_MARK) {
        k--;
    }
    return k - 1;
}

// Drop the mark at [k] and the choice points above it, keeping their undo records.
static void cut_to_mark(matcher_t *m, size_t k) {
    size_t j = k;
    for (size_t i = k + 1; i < m->top; i++) {
        if (m->stack[i].kind <= BT_UNDO2) {
            m->stack[j++] = m->stack[i];
        }
    }
    m->top = j;
}

// Every so many steps: the step limit, and Ctrl-C (a long match on a board stays
// interruptible).
#define POLL_STEPS (65536)

static KL_NOINLINE void poll(matcher_t *m) {
    if (m->steps > KL_CFG_RE_STEP_LIMIT) {
        step_limit_error();
    }
    if (kl_state.interrupt) {
        kl_state.interrupt = 0;
        kl_raise_msg(&kl_type_KeyboardInterrupt, NULL);
    }
    m->poll_at = m->steps + POLL_STEPS;
    if (m->poll_at > KL_CFG_RE_STEP_LIMIT + 1) {
        m->poll_at = KL_CFG_RE_STEP_LIMIT + 1;
    }
}

static void count_steps(matcher_t *m, uint32_t n) {
    m->steps += n;
    if (KL_UNLIKELY(m->steps >= m->poll_at)) {
        poll(m);
    }
}

static bool backref_match(matcher_t *m, kl_int_t *sp, uint32_t g, bool icase, bool ascii) {
    kl_int_t a = m->slots[2 * g], b = m->slots[2 * g + 1];
    if (a < 0 || b < 0) {
        return false;
    }
    kl_int_t n = b - a;
    if (*sp + n > m->end) {
        return false;
    }
    const subject_t *s = m->s;
    for (kl_int_t k = 0; k < n; k++) {
        uint32_t x = SCHAR(s, a + k), y = SCHAR(s, *sp + k);
        if (x != y && !(icase && equal_icase(x, y, ascii))) {
            return false;
        }
    }
    *sp += n;
    return true;
}

// Fail back to the newest choice point: sets *pc and *sp and returns true, or returns false
// when there is none.
static bool backtrack(matcher_t *m, size_t *pc, kl_int_t *sp) {
    const subject_t *s = m->s;
    while (m->top > 0) {
        bt_t *e = &m->stack[m->top - 1];
        count_steps(m, 1);
        switch (e->kind) {
            case BT_UNDO:
                m->slots[e->pc] = e->a;
                m->top--;
                break;
            case BT_UNDO2:
                m->slots[e->pc] = e->a;
                m->slots[e->pc + 1] = e->b;
                m->top--;
                break;
            case BT_CHOICE:
                *pc = e->pc;
                *sp = e->a;
                m->top--;
                return true;
            case BT_REPS_GREEDY: {
                const uint32_t *insn = m->code + e->pc;
                size_t next = e->pc + 5 + insn[4];
                const uint32_t *after = m->code + next;
                kl_int_t b = e->b - 1;
                if (after[0] == OP_CHAR) {
                    // Give back until the literal that follows can match.
                    while (b > e->a && (b >= m->end || SCHAR(s, b) != after[1])) {
                        b--;
                    }
                }
                if (b <= e->a) {
                    m->top--;
                } else {
                    e->b = b;
                }
                *pc = next;
                *sp = b;
                return true;
            }
            case BT_REPS_LAZY: {
                const uint32_t *insn = m->code + e->pc;
                if (e->b == 0 || e->a >= m->end || !atom_match(insn + 5, SCHAR(s, e->a))) {
                    m->top--;
                    break;
                }
                e->a++;
                if ((uint32_t)e->b != RE_INF) {
                    e->b--;
                }
                *pc = e->pc + 5 + insn[4];
                *sp = e->a;
                return true;
            }
            default: // BT_MARK
                m->top--;
                if (e->b == LOOK_NOT_AHEAD || e->b == LOOK_NOT_BEHIND) {
                    // The body of a negative lookaround failed: the assertion holds.
                    *pc = e->pc;
                    *sp = e->a;
                    return true;
                }
                break;
        }
    }
    return false;
}

// Run the program from position [start]; on success the capture slots hold the match.
static bool run(matcher_t *m, kl_int_t start) {
    const uint32_t *code = m->code;
    const subject_t *s = m->s;
    kl_int_t end = m->end;
    for (size_t k = 0; k < m->ncaps + 1; k++) {
        m->slots[k] = -1;
    }
    m->top = 0;
    m->steps = 0;
    m->poll_at = 0;
    size_t pc = 0;
    kl_int_t sp = start;
    for (;;) {
        if (KL_UNLIKELY(++m->steps >= m->poll_at)) {
            poll(m);
        }
        const uint32_t *insn = code + pc;
        switch (insn[0]) {
            case OP_MATCH:
                if ((m->fullmatch && sp != end) || sp == m->no_empty_at) {
                    goto fail;
                }
                m->slots[0] = start;
                m->slots[1] = sp;
                return true;
            case OP_CHAR:
                if (sp < end && SCHAR(s, sp) == insn[1]) {
                    sp++;
                    pc += 2;
                    continue;
                }
                goto fail;
            case OP_CHAR_I:
                if (sp < end && equal_icase(SCHAR(s, sp), insn[1], insn[2] != 0)) {
                    sp++;
                    pc += 3;
                    continue;
                }
                goto fail;
            case OP_ANY:
                if (sp < end && SCHAR(s, sp) != '\n') {
                    sp++;
                    pc += 1;
                    continue;
                }
                goto fail;
            case OP_ANY_ALL:
                if (sp < end) {
                    sp++;
                    pc += 1;
                    continue;
                }
                goto fail;
            case OP_CLASS:
                if (sp < end && class_match(insn, SCHAR(s, sp))) {
                    sp++;
                    pc += insn[1];
                    continue;
                }
                goto fail;
            case OP_BOL:
                if (sp != 0) {
                    goto fail;
                }
                pc += 1;
                continue;
            case OP_MBOL:
                if (sp != 0 && SCHAR(s, sp - 1) != '\n') {
                    goto fail;
                }
                pc += 1;
                continue;
            case OP_EOL:
                if (sp != end && !(sp == end - 1 && SCHAR(s, sp) == '\n')) {
                    goto fail;
                }
                pc += 1;
                continue;
            case OP_MEOL:
                if (sp != end && SCHAR(s, sp) != '\n') {
                    goto fail;
                }
                pc += 1;
                continue;
            case OP_EOS:
                if (sp != end) {
                    goto fail;
                }
                pc += 1;
                continue;
            case OP_WORDB:
            case OP_NWORDB: {
                bool ascii = insn[1] != 0;
                bool before = sp > 0 && is_word(SCHAR(s, sp - 1), ascii);
                bool after = sp < end && is_word(SCHAR(s, sp), ascii);
                // As in CPython, \B does not match in an empty string.
                if ((before != after) != (insn[0] == OP_WORDB) || end == 0) {
                    goto fail;
                }
                pc += 2;
                continue;
            }
            case OP_JMP:
                pc += (size_t)(int32_t)insn[1];
                continue;
            case OP_SPLIT:
                push(m, BT_CHOICE, pc + (size_t)(int32_t)insn[1], sp, 0);
                pc += 2;
                continue;
            case OP_SPLIT_JMP:
                push(m, BT_CHOICE, pc + 2, sp, 0);
                pc += (size_t)(int32_t)insn[1];
                continue;
            case OP_SAVE:
                set_slot(m, insn[1], sp);
                if (insn[1] & 1) {
                    set_slot(m, m->ncaps, (kl_int_t)(insn[1] / 2));
                }
                pc += 2;
                continue;
            case OP_BACKREF:
                if (!backref_match(m, &sp, insn[1], insn[2] != 0, insn[3] != 0)) {
                    goto fail;
                }
                pc += 4;
                continue;
            case OP_GROUPEXISTS:
                if (m->slots[2 * insn[1] + 1] >= 0) {
                    pc += 3;
                } else {
                    pc += insn[2];
                }
                continue;
            case OP_REPS: {
                uint32_t min = insn[1], max = insn[2];
                const uint32_t *atom = insn + 5;
                size_t next = pc + 5 + insn[4];
                kl_int_t n = 0;
                if (insn[3]) {
                    kl_int_t limit = end - sp;
                    if (max != RE_INF && (kl_int_t)max < limit) {
                        limit = (kl_int_t)max;
                    }
                    while (n < limit && atom_match(atom, SCHAR(s, sp + n))) {
                        n++;
                    }
                    count_steps(m, (uint32_t)(n / 8));
                    if (n < (kl_int_t)min) {
                        goto fail;
                    }
                    if (n > (kl_int_t)min) {
                        push(m, BT_REPS_GREEDY, pc, sp + (kl_int_t)min, sp + n);
                    }
                    sp += n;
                } else {
                    while (n < (kl_int_t)min) {
                        if (sp + n >= end || !atom_match(atom, SCHAR(s, sp + n))) {
                            goto fail;
                        }
                        n++;
                    }
                    sp += n;
                    if (max == RE_INF || (uint32_t)n < max) {
                        push(m, BT_REPS_LAZY, pc, sp,
                             max == RE_INF ? (kl_int_t)RE_INF : (kl_int_t)(max - (uint32_t)n));
                    }
                }
                pc = next;
                continue;
            }
            case OP_REP_START:
                set_slot2(m, m->ncaps + 1 + insn[1], 0, -1);
                pc += 2;
                continue;
            case OP_REP_CHECK: {
                size_t r = m->ncaps + 1 + insn[1];
                kl_int_t count = m->slots[r];
                size_t exit = pc + insn[5];
                if (count < (kl_int_t)insn[2]) {
                    pc += 6;
                    continue;
                }
                if ((insn[3] != RE_INF && count >= (kl_int_t)insn[3]) || m->slots[r + 1] == sp) {
                    pc = exit;
                    continue;
                }
                if (insn[4]) {
                    push(m, BT_CHOICE, exit, sp, 0);
                    pc += 6;
                } else {
                    push(m, BT_CHOICE, pc + 6, sp, 0);
                    pc = exit;
                }
                continue;
            }
            case OP_REP_ENTER: {
                size_t r = m->ncaps + 1 + insn[1];
                // As in CPython, the empty-iteration check looks at where the last optional
                // iteration started: one that matched nothing ends the loop.
                kl_int_t count = m->slots[r];
                set_slot2(m, r, count + 1, count >= (kl_int_t)insn[2] ? sp : m->slots[r + 1]);
                pc += 3;
                continue;
            }
            case OP_ATOMIC:
                push(m, BT_MARK, 0, sp, MARK_ATOMIC);
                pc += 1;
                continue;
            case OP_ATOMIC_END:
                cut_to_mark(m, find_mark(m));
                pc += 1;
                continue;
            case OP_LOOK: {
                uint32_t kind = insn[1];
                size_t after = pc + insn[3];
                kl_int_t from = sp;
                if (kind == LOOK_BEHIND || kind == LOOK_NOT_BEHIND) {
                    if (sp < (kl_int_t)insn[2]) {
                        if (kind == LOOK_BEHIND) {
                            goto fail;
                        }
                        pc = after;
                        continue;
                    }
                    from = sp - (kl_int_t)insn[2];
                }
                push(m, BT_MARK, after, sp, kind);
                sp = from;
                pc += 4;
                continue;
            }
            case OP_LOOK_END: {
                size_t k = find_mark(m);
                bt_t *mark = &m->stack[k];
                sp = mark->a;
                if (mark->b == LOOK_AHEAD || mark->b == LOOK_BEHIND) {
                    cut_to_mark(m, k);
                    pc += 1;
                    continue;
                }
                // The body of a negative lookaround matched: undo it and fail.
                while (m->top > k + 1) {
                    bt_t *e = &m->stack[--m->top];
                    if (e->kind <= BT_UNDO2) {
                        m->slots[e->pc] = e->a;
                    }
                    if (e->kind == BT_UNDO2) {
                        m->slots[e->pc + 1] = e->b;
                    }
                }
                m->top = k;
                goto fail;
            }
            default:
                goto fail;
        }
    fail:
        if (!backtrack(m, &pc, &sp)) {
            return false;
        }
    }
}

// Try positions [pos] to [endpos] (only [pos] unless [search]) for a match.
static bool find(matcher_t *m, kl_int_t pos, bool search) {
    const uint32_t *code = m->code;
    const subject_t *s = m->s;
    if (!search || code[0] == OP_BOL) {
        return run(m, pos);
    }
    for (kl_int_t start = pos; start <= m->end; start++) {
        if (code[0] == OP_CHAR) {
            while (start < m->end && SCHAR(s, start) != code[1]) {
                start++;
            }
            if (start >= m->end) {
                return false;
            }
        }
        if (run(m, start)) {
            return true;
        }
    }
    return false;
}

// ==== Compiling, with a cache ====

#define CACHE_MAX (32)

static bool is_pattern(kl_obj_t o) {
    return kl_obj_is_type(o, &pattern_type);
}

static kl_obj_t new_pattern(kl_obj_t pattern, uint32_t flags) {
    bool is_bytes = kl_obj_is_bytes(pattern);
    if (!is_bytes && !kl_obj_is_str(pattern)) {
        kl_raise_TypeError(KL_ERROR_TEXT("first argument must be string or compiled pattern"));
    }
    if (is_bytes) {
        if (flags & RE_FLAG_UNICODE) {
            kl_raise_ValueError(KL_ERROR_TEXT("cannot use UNICODE flag with a bytes pattern"));
        }
        if ((flags & RE_FLAG_LOCALE) && (flags & RE_FLAG_ASCII)) {
            kl_raise_ValueError(KL_ERROR_TEXT("ASCII and LOCALE flags are incompatible"));
        }
    } else {
        if (flags & RE_FLAG_LOCALE) {
            kl_raise_ValueError(KL_ERROR_TEXT("cannot use LOCALE flag with a str pattern"));
        }
        if ((flags & RE_FLAG_ASCII) && (flags & RE_FLAG_UNICODE)) {
            kl_raise_ValueError(KL_ERROR_TEXT("ASCII and UNICODE flags are incompatible"));
        }
    }
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
    flags = c.flags;
    if (!is_bytes && !(flags & RE_FLAG_ASCII)) {
        flags |= RE_FLAG_UNICODE;
    }
    re_pattern_t *p = kl_gc_alloc(sizeof(re_pattern_t), 0);
    p->base.type = &pattern_type;
    p->pattern = pattern;
    p->groupindex = c.groupindex;
    p->code = c.code;
    p->flags = flags;
    p->groups = c.groups;
    p->nregs = c.nregs;
    p->is_bytes = is_bytes;
    kl_obj_t names = kl_obj_new_list(0, NULL);
    for (uint32_t g = 0; g <= c.groups; g++) {
        kl_obj_list_append(names, kl_const_none);
    }
    kl_map_t *map = kl_obj_dict_get_map(c.groupindex);
    for (size_t k = 0; k < map->filled; k++) {
        if (map->entries[k].key != KL_OBJ_NULL) {
            kl_obj_subscr(names, map->entries[k].value, map->entries[k].key);
        }
    }
    p->indexgroup = kl_obj_tuple_from_iterable(names);
    return KL_OBJ_FROM_PTR(p);
}

// The cache lives in the module's globals as _cache, found through sys.modules, so that it
// needs no root of its own; a program that removed the module simply compiles afresh.
static kl_obj_t cache_dict(void) {
    kl_obj_t mod = kl_obj_dict_get(kl_state.roots.modules, KL_OBJ_NEW_QSTR(KL_QSTR_re));
    if (mod == KL_OBJ_NULL || !kl_obj_is_type(mod, &kl_type_module)) {
        return KL_OBJ_NULL;
    }
    kl_obj_t d = kl_obj_dict_get(kl_obj_module_globals(mod), KL_OBJ_NEW_QSTR(KL_QSTR__cache));
    return d != KL_OBJ_NULL && kl_obj_is_type(d, &kl_type_dict) ? d : KL_OBJ_NULL;
}

static uint32_t get_flags(kl_obj_t flags) {
    if (flags == KL_OBJ_NULL) {
        return 0;
    }
    return (uint32_t)kl_obj_get_int(flags);
}

static re_pattern_t *compile_cached(kl_obj_t pattern, kl_obj_t flags_obj) {
    uint32_t flags = get_flags(flags_obj);
    if (is_pattern(pattern)) {
        if (flags != 0) {
            kl_raise_ValueError(
                KL_ERROR_TEXT("cannot process flags argument with a compiled pattern"));
        }
        return KL_OBJ_TO_PTR(pattern);
    }
    kl_obj_t cache = cache_dict();
    kl_obj_t key = KL_OBJ_NULL;
    if (cache != KL_OBJ_NULL && (kl_obj_is_str(pattern) || kl_obj_is_bytes(pattern))) {
        kl_obj_t parts[3] = {KL_OBJ_FROM_PTR(kl_obj_get_type(pattern)), pattern,
                             KL_OBJ_NEW_SMALL_INT(flags)};
        key = kl_obj_new_tuple(3, parts);
        kl_obj_t hit = kl_obj_dict_get(cache, key);
        if (hit != KL_OBJ_NULL) {
            return KL_OBJ_TO_PTR(hit);
        }
    }
    kl_obj_t p = new_pattern(pattern, flags);
    if (key != KL_OBJ_NULL) {
        if (kl_obj_dict_get_map(cache)->used >= CACHE_MAX) {
            kl_obj_t clear[2] = {KL_OBJ_NULL, KL_OBJ_NULL};
            kl_load_method(cache, KL_QSTR_clear, clear);
            kl_call_method_n_kw(0, 0, clear);
        }
        kl_obj_dict_store(cache, key, p);
    }
    return KL_OBJ_TO_PTR(p);
}

// ==== Subjects ====

// Bytes patterns search any bytes-like object (bytes, bytearray, memoryview), as CPython's do;
// what they give back is bytes.
static void subject_init(subject_t *s, const re_pattern_t *p, kl_obj_t string) {
    const char *d;
    size_t len;
    bool is_buffer = kl_buffer_get_maybe(string, &d, &len, false);
    if (p->is_bytes) {
        if (!is_buffer) {
            if (kl_obj_is_str(string)) {
                kl_raise_TypeError(
                    KL_ERROR_TEXT("cannot use a bytes pattern on a string-like object"));
            }
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("expected string or bytes-like object, got '%T'"),
                             string);
        }
    } else if (!kl_obj_is_str(string)) {
        if (is_buffer) {
            kl_raise_TypeError(KL_ERROR_TEXT("cannot use a string pattern on a bytes-like object"));
        }
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("expected string or bytes-like object, got '%T'"), string);
    } else {
        d = kl_obj_str_get_data(string, &len);
    }
    if (len > (size_t)INT32_MAX / 2) {
        kl_raise_OverflowError(KL_ERROR_TEXT("string is too long for a regular expression"));
    }
    s->b = (const uint8_t *)d;
    s->w = NULL;
    s->len = len;
    if (!p->is_bytes) {
        size_t n = kl_obj_str_get_charlen(string);
        if (n != len) {
            uint32_t *w = kl_gc_alloc((n + 1) * sizeof(uint32_t), KL_GC_ATOMIC);
            const char *q = d;
            for (size_t k = 0; k < n; k++) {
                w[k] = kl_obj_str_utf8_decode(&q);
            }
            s->w = w;
            s->len = n;
        }
    }
}

static void subject_append(kl_vstr_t *v, const subject_t *s, kl_int_t a, kl_int_t b) {
    if (s->w == NULL) {
        kl_vstr_add_strn(v, (const char *)s->b + a, (size_t)(b - a));
        return;
    }
    for (kl_int_t k = a; k < b; k++) {
        kl_vstr_add_char(v, s->w[k]);
    }
}

static kl_obj_t subject_slice(const subject_t *s, bool is_bytes, kl_int_t a, kl_int_t b) {
    if (is_bytes) {
        return kl_obj_new_bytes((const char *)s->b + a, (size_t)(b - a));
    }
    if (s->w == NULL) {
        return kl_obj_new_str((const char *)s->b + a, (size_t)(b - a));
    }
    kl_vstr_t v;
    kl_vstr_init(&v, (size_t)(b - a) + 1);
    subject_append(&v, s, a, b);
    return kl_vstr_to_str(&v);
}

// Clamp pos and endpos as CPython does.
static kl_int_t clamp(kl_obj_t o, kl_int_t dflt, kl_int_t len) {
    kl_int_t v = o == KL_OBJ_NULL ? dflt : kl_obj_get_int(o);
    return v < 0 ? 0 : v > len ? len : v;
}

// A match object from the matcher's slots.
static kl_obj_t new_match(re_pattern_t *p, kl_obj_t string, const subject_t *s, const matcher_t *m,
                          kl_int_t pos, kl_int_t endpos) {
    size_t n = 2 * ((size_t)p->groups + 1);
    re_match_t *r = kl_gc_alloc(sizeof(re_match_t) + n * sizeof(kl_int_t), 0);
    r->base.type = &match_type;
    r->re = p;
    r->string = string;
    r->subj = *s;
    r->pos = pos;
    r->endpos = endpos;
    r->lastindex = m->slots[m->ncaps];
    for (size_t k = 0; k < n; k++) {
        r->spans[k] = m->slots[k];
    }
    // A group is matched only when both ends are set.
    for (size_t g = 1; g <= p->groups; g++) {
        if (r->spans[2 * g] < 0 || r->spans[2 * g + 1] < 0) {
            r->spans[2 * g] = r->spans[2 * g + 1] = -1;
        }
    }
    return KL_OBJ_FROM_PTR(r);
}

// ==== Argument parsing ====

// Sort [args] ([n_pos] positional, then [n_kw] name/value pairs) into [out] by [names];
// absent ones stay KL_OBJ_NULL. The first [n_req] are required.
static void parse_args(const char *fname, size_t n_pos, size_t n_kw, const kl_obj_t *args,
                       size_t n_names, const kl_qstr_t *names, size_t n_req, kl_obj_t *out) {
    if (n_pos > n_names) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%s() takes at most %z arguments (%z given)"), fname,
                         n_names, n_pos + n_kw);
    }
    for (size_t i = 0; i < n_names; i++) {
        out[i] = i < n_pos ? args[i] : KL_OBJ_NULL;
    }
    for (size_t k = 0; k < n_kw; k++) {
        kl_obj_t name = args[n_pos + 2 * k];
        size_t i = 0;
        while (i < n_names && !kl_obj_str_equal(name, KL_OBJ_NEW_QSTR(names[i]))) {
            i++;
        }
        if (i == n_names) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("'%S' is an invalid keyword argument for %s()"), name,
                             fname);
        }
        if (out[i] != KL_OBJ_NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("argument for %s() given by name ('%q') and position "
                                           "(%z)"),
                             fname, names[i], i + 1);
        }
        out[i] = args[n_pos + 2 * k + 1];
    }
    for (size_t i = 0; i < n_req; i++) {
        if (out[i] == KL_OBJ_NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("%s() missing required argument '%q' (pos %z)"), fname,
                             names[i], i + 1);
        }
    }
}

// ==== Searching ====

enum { MODE_MATCH, MODE_FULLMATCH, MODE_SEARCH };

static kl_obj_t do_match(re_pattern_t *p, kl_obj_t string, kl_obj_t pos_obj, kl_obj_t endpos_obj,
                         int mode) {
    subject_t s;
    subject_init(&s, p, string);
    kl_int_t len = (kl_int_t)s.len;
    kl_int_t pos = clamp(pos_obj, 0, len), endpos = clamp(endpos_obj, len, len);
    if (endpos < pos) {
        return kl_const_none;
    }
    matcher_t m;
    matcher_init(&m, p, &s, endpos);
    m.fullmatch = mode == MODE_FULLMATCH;
    if (!find(&m, pos, mode == MODE_SEARCH)) {
        return kl_const_none;
    }
    return new_match(p, string, &s, &m, pos, endpos);
}

static kl_obj_t pattern_match_common(size_t n_args, size_t n_kw, const kl_obj_t *args, int mode,
                                     const char *fname) {
    static const kl_qstr_t names[3] = {KL_QSTR_string, KL_QSTR_pos, KL_QSTR_endpos};
    kl_obj_t a[3];
    parse_args(fname, n_args - 1, n_kw, args + 1, 3, names, 1, a);
    return do_match(KL_OBJ_TO_PTR(args[0]), a[0], a[1], a[2], mode);
}

static kl_obj_t pattern_match(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    return pattern_match_common(n_args, n_kw, args, MODE_MATCH, "match");
}
static KL_DEFINE_FUN_KW(pattern_match_obj, match, 1, pattern_match);

static kl_obj_t pattern_fullmatch(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    return pattern_match_common(n_args, n_kw, args, MODE_FULLMATCH, "fullmatch");
}
static KL_DEFINE_FUN_KW(pattern_fullmatch_obj, fullmatch, 1, pattern_fullmatch);

static kl_obj_t pattern_search(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    return pattern_match_common(n_args, n_kw, args, MODE_SEARCH, "search");
}
static KL_DEFINE_FUN_KW(pattern_search_obj, search, 1, pattern_search);

// The value of group [g] of a match, or [dflt] when it did not take part.
static kl_obj_t group_value(const re_match_t *r, size_t g, kl_obj_t dflt) {
    kl_int_t a = r->spans[2 * g], b = r->spans[2 * g + 1];
    if (a < 0) {
        return dflt;
    }
    return subject_slice(&r->subj, r->re->is_bytes, a, b);
}

// What findall gives for one match.
static kl_obj_t findall_item(const re_pattern_t *p, const subject_t *s, const kl_int_t *slots) {
    kl_obj_t empty = p->is_bytes ? kl_obj_new_bytes("", 0) : KL_OBJ_NEW_QSTR(KL_QSTR_NULL);
    if (p->groups == 0) {
        return subject_slice(s, p->is_bytes, slots[0], slots[1]);
    }
    kl_obj_t items = kl_obj_new_tuple(p->groups, NULL);
    kl_obj_tuple_t *t = KL_OBJ_TO_PTR(items);
    for (uint32_t g = 1; g <= p->groups; g++) {
        kl_int_t a = slots[2 * g], b = slots[2 * g + 1];
        t->items[g - 1] = a < 0 || b < 0 ? empty : subject_slice(s, p->is_bytes, a, b);
    }
    return p->groups == 1 ? t->items[0] : items;
}

static kl_obj_t do_findall(re_pattern_t *p, kl_obj_t string, kl_obj_t pos_obj,
                           kl_obj_t endpos_obj) {
    subject_t s;
    subject_init(&s, p, string);
    kl_int_t len = (kl_int_t)s.len;
    kl_int_t pos = clamp(pos_obj, 0, len), endpos = clamp(endpos_obj, len, len);
    kl_obj_t list = kl_obj_new_list(0, NULL);
    if (endpos < pos) {
        return list;
    }
    matcher_t m;
    matcher_init(&m, p, &s, endpos);
    while (pos <= endpos && find(&m, pos, true)) {
        kl_obj_list_append(list, findall_item(p, &s, m.slots));
        m.no_empty_at = m.slots[1] == m.slots[0] ? m.slots[1] : -1;
        pos = m.slots[1];
    }
    return list;
}

static kl_obj_t pattern_findall(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const kl_qstr_t names[3] = {KL_QSTR_string, KL_QSTR_pos, KL_QSTR_endpos};
    kl_obj_t a[3];
    parse_args("findall", n_args - 1, n_kw, args + 1, 3, names, 1, a);
    return do_findall(KL_OBJ_TO_PTR(args[0]), a[0], a[1], a[2]);
}
static KL_DEFINE_FUN_KW(pattern_findall_obj, findall, 1, pattern_findall);

// finditer's iterator: the state of a findall that stops after each match.
typedef struct _re_iter_t {
    kl_obj_base_t base;
    re_pattern_t *re;
    kl_obj_t string;
    subject_t subj;
    kl_int_t pos;
    kl_int_t start; // where the next search starts
    kl_int_t endpos;
    kl_int_t no_empty_at;
    bool done;
} re_iter_t;

static kl_obj_t iter_next(kl_obj_t self) {
    re_iter_t *it = KL_OBJ_TO_PTR(self);
    if (it->done || it->start > it->endpos) {
        it->done = true;
        return KL_OBJ_STOP_ITERATION;
    }
    matcher_t m;
    matcher_init(&m, it->re, &it->subj, it->endpos);
    m.no_empty_at = it->no_empty_at;
    if (!find(&m, it->start, true)) {
        it->done = true;
        return KL_OBJ_STOP_ITERATION;
    }
    it->no_empty_at = m.slots[1] == m.slots[0] ? m.slots[1] : -1;
    it->start = m.slots[1];
    return new_match(it->re, it->string, &it->subj, &m, it->pos, it->endpos);
}

static const kl_obj_type_t iter_type = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID,
    .name = KL_QSTR_callable_iterator,
    .getiter = kl_iter_self,
    .iternext = iter_next,
    .parent = &kl_type_object,
};

static kl_obj_t do_finditer(re_pattern_t *p, kl_obj_t string, kl_obj_t pos_obj,
                            kl_obj_t endpos_obj) {
    re_iter_t *it = kl_gc_alloc(sizeof(re_iter_t), 0);
    it->base.type = &iter_type;
    it->re = p;
    it->string = string;
    subject_init(&it->subj, p, string);
    kl_int_t len = (kl_int_t)it->subj.len;
    it->pos = it->start = clamp(pos_obj, 0, len);
    it->endpos = clamp(endpos_obj, len, len);
    it->no_empty_at = -1;
    it->done = false;
    return KL_OBJ_FROM_PTR(it);
}

static kl_obj_t pattern_finditer(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const kl_qstr_t names[3] = {KL_QSTR_string, KL_QSTR_pos, KL_QSTR_endpos};
    kl_obj_t a[3];
    parse_args("finditer", n_args - 1, n_kw, args + 1, 3, names, 1, a);
    return do_finditer(KL_OBJ_TO_PTR(args[0]), a[0], a[1], a[2]);
}
static KL_DEFINE_FUN_KW(pattern_finditer_obj, finditer, 1, pattern_finditer);

static kl_obj_t do_split(re_pattern_t *p, kl_obj_t string, kl_obj_t maxsplit_obj) {
    subject_t s;
    subject_init(&s, p, string);
    kl_int_t maxsplit = maxsplit_obj == KL_OBJ_NULL ? 0 : kl_obj_get_int(maxsplit_obj);
    kl_obj_t list = kl_obj_new_list(0, NULL);
    kl_int_t end = (kl_int_t)s.len, last = 0, pos = 0, n = 0;
    if (maxsplit < 0) {
        kl_obj_list_append(list, string);
        return list;
    }
    matcher_t m;
    matcher_init(&m, p, &s, end);
    while ((maxsplit == 0 || n < maxsplit) && pos <= end && find(&m, pos, true)) {
        kl_obj_list_append(list, subject_slice(&s, p->is_bytes, last, m.slots[0]));
        for (uint32_t g = 1; g <= p->groups; g++) {
            kl_int_t a = m.slots[2 * g], b = m.slots[2 * g + 1];
            kl_obj_list_append(list, a < 0 || b < 0 ? kl_const_none
                                                    : subject_slice(&s, p->is_bytes, a, b));
        }
        n++;
        m.no_empty_at = m.slots[1] == m.slots[0] ? m.slots[1] : -1;
        last = pos = m.slots[1];
    }
    kl_obj_list_append(list, subject_slice(&s, p->is_bytes, last, end));
    return list;
}

static kl_obj_t pattern_split(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const kl_qstr_t names[2] = {KL_QSTR_string, KL_QSTR_maxsplit};
    kl_obj_t a[2];
    parse_args("split", n_args - 1, n_kw, args + 1, 2, names, 1, a);
    return do_split(KL_OBJ_TO_PTR(args[0]), a[0], a[1]);
}
static KL_DEFINE_FUN_KW(pattern_split_obj, split, 1, pattern_split);

// ==== Replacement templates ====

// The offset of a backslash that ends the template [t] of [len] bytes, or -1.
static size_t lone_backslash(const char *t, size_t len) {
    for (size_t k = 0; k < len; k++) {
        if (t[k] == '\\') {
            if (k + 1 == len) {
                return k;
            }
            k++;
        }
    }
    return (size_t)-1;
}

// Raise a template error at byte [bpos], the template having been read up to [read]: like the
// pattern parser, CPython's reads a token ahead and first meets a backslash ending the template.
static KL_NORETURN void template_error(kl_obj_t tmpl, bool is_bytes, size_t read, size_t bpos,
                                       const char *fmt, kl_obj_t arg) {
    size_t len;
    const char *t = kl_obj_str_get_data(tmpl, &len);
    size_t lone = lone_backslash(t, len);
    if (lone != (size_t)-1 && read >= lone) {
        bpos = lone;
        fmt = KL_ERROR_TEXT("bad escape (end of pattern)");
    }
    kl_obj_t msg = kl_obj_str_printf(fmt, arg);
    raise_error(msg, tmpl, is_bytes ? (kl_int_t)bpos : (kl_int_t)kl_obj_str_utf8_charlen(t, bpos));
}

// The group named or numbered by [len] bytes at [name] of a template.
static uint32_t template_group(const re_pattern_t *p, kl_obj_t tmpl, const char *t, size_t from,
                               size_t to) {
    kl_obj_t name = kl_obj_new_str(t + from, to - from);
    bool digits = to > from;
    for (size_t k = from; k < to; k++) {
        digits = digits && is_ascii_digit((uint8_t)t[k]);
    }
    if (digits) {
        uint64_t g = 0;
        for (size_t k = from; k < to && g < RE_INF; k++) {
            g = g * 10 + (uint64_t)(t[k] - '0');
        }
        if (g > p->groups) {
            template_error(tmpl, p->is_bytes, to + 1, from,
                           KL_ERROR_TEXT("invalid group reference %S"), name);
        }
        return (uint32_t)g;
    }
    bool ident = to > from;
    const char *q = t + from;
    for (bool first = true; q < t + to; first = false) {
        uint32_t ch = p->is_bytes ? (uint8_t)*q++ : kl_obj_str_utf8_decode(&q);
        ident = ident && kl_obj_str_char_isident(ch, first);
    }
    if (!ident) {
        template_error(tmpl, p->is_bytes, to + 1, from,
                       KL_ERROR_TEXT("bad character in group name %r"), name);
    }
    kl_obj_t g = kl_obj_dict_get(p->groupindex, name);
    if (g == KL_OBJ_NULL) {
        size_t len;
        kl_obj_str_get_data(tmpl, &len);
        size_t lone = lone_backslash(t, len);
        if (lone != (size_t)-1 && to + 1 >= lone) {
            template_error(tmpl, p->is_bytes, to + 1, lone, "", KL_OBJ_NULL);
        }
        kl_raise_msg_fmt(&kl_type_IndexError, KL_ERROR_TEXT("unknown group name %r"), name);
    }
    return (uint32_t)KL_OBJ_SMALL_INT_VALUE(g);
}

// Parse a replacement template into a list of literal pieces (str or bytes) and group numbers
// (small ints).
static kl_obj_t parse_template(const re_pattern_t *p, kl_obj_t tmpl) {
    size_t len;
    const char *t = kl_obj_str_get_data(tmpl, &len);
    kl_obj_t parts = kl_obj_new_list(0, NULL);
    kl_vstr_t lit;
    kl_vstr_init(&lit, len + 1);
    size_t i = 0;
    while (i < len) {
        if (t[i] != '\\') {
            kl_vstr_add_byte(&lit, t[i++]);
            continue;
        }
        size_t start = i++;
        if (i == len) {
            template_error(tmpl, p->is_bytes, i, start,
                           KL_ERROR_TEXT("bad escape (end of pattern)"), KL_OBJ_NULL);
        }
        uint8_t ch = (uint8_t)t[i++];
        int64_t group = -1;
        uint32_t value = 0;
        bool is_char = true;
        switch (ch) {
            case 'g': {
                if (i == len || t[i] != '<') {
                    template_error(tmpl, p->is_bytes, i, i, KL_ERROR_TEXT("missing <"),
                                   KL_OBJ_NULL);
                }
                size_t from = ++i;
                while (i < len && t[i] != '>') {
                    i++;
                }
                if (i == len) {
                    template_error(tmpl, p->is_bytes, i, from,
                                   KL_ERROR_TEXT(from == len ? "missing group name"
                                                             : "missing >, unterminated name"),
                                   KL_OBJ_NULL);
                }
                if (i == from) {
                    template_error(tmpl, p->is_bytes, i, from, KL_ERROR_TEXT("missing group name"),
                                   KL_OBJ_NULL);
                }
                group = template_group(p, tmpl, t, from, i);
                i++;
                break;
            }
            case '0':
                value = 0;
                for (int k = 0; k < 2 && i < len && is_octal((uint8_t)t[i]); k++) {
                    value = value * 8 + (uint32_t)(t[i++] - '0');
                }
                break;
            case 'a':
                value = 7;
                break;
            case 'b':
                value = 8;
                break;
            case 'f':
                value = 12;
                break;
            case 'n':
                value = 10;
                break;
            case 'r':
                value = 13;
                break;
            case 't':
                value = 9;
                break;
            case 'v':
                value = 11;
                break;
            case '\\':
                value = '\\';
                break;
            default:
                if (is_ascii_digit(ch)) {
                    value = ch - '0';
                    if (i < len && is_ascii_digit((uint8_t)t[i])) {
                        uint8_t d2 = (uint8_t)t[i];
                        if (is_octal(ch) && is_octal(d2) && i + 1 < len &&
                            is_octal((uint8_t)t[i + 1])) {
                            value = (uint32_t)((ch - '0') * 64 + (d2 - '0') * 8 + (t[i + 1] - '0'));
                            i += 2;
                            if (value > 0377) {
                                template_error(
                                    tmpl, p->is_bytes, i, start,
                                    KL_ERROR_TEXT("octal escape value %S outside of range 0-0o377"),
                                    kl_obj_new_str(t + start, i - start));
                            }
                            break;
                        }
                        value = value * 10 + (uint32_t)(d2 - '0');
                        i++;
                    }
                    if (value > p->groups) {
                        template_error(tmpl, p->is_bytes, i, start + 1,
                                       KL_ERROR_TEXT("invalid group reference %S"),
                                       kl_obj_new_str(t + start + 1, i - start - 1));
                    }
                    group = value;
                } else if (ch < 128 && is_ascii_letter(ch)) {
                    template_error(tmpl, p->is_bytes, i, start, KL_ERROR_TEXT("bad escape %S"),
                                   kl_obj_new_str(t + start, 2));
                } else {
                    is_char = false;
                    kl_vstr_add_byte(&lit, '\\');
                    i--;
                }
                break;
        }
        if (group >= 0) {
            if (lit.len > 0) {
                kl_obj_list_append(parts, p->is_bytes ? kl_obj_new_bytes(lit.buf, lit.len)
                                                      : kl_obj_new_str(lit.buf, lit.len));
                lit.len = 0;
            }
            kl_obj_list_append(parts, KL_OBJ_NEW_SMALL_INT(group));
        } else if (is_char) {
            if (p->is_bytes) {
                kl_vstr_add_byte(&lit, (char)value);
            } else {
                kl_vstr_add_char(&lit, value);
            }
        }
    }
    if (lit.len > 0) {
        kl_obj_list_append(parts, p->is_bytes ? kl_obj_new_bytes(lit.buf, lit.len)
                                              : kl_obj_new_str(lit.buf, lit.len));
    }
    return parts;
}

// Append the expansion of the parsed template [parts] for a match with [slots].
static void expand_into(kl_vstr_t *v, kl_obj_t parts, const subject_t *s, const kl_int_t *slots) {
    size_t n;
    kl_obj_t *items;
    kl_obj_get_array(parts, &n, &items);
    for (size_t k = 0; k < n; k++) {
        if (KL_OBJ_IS_SMALL_INT(items[k])) {
            kl_int_t g = KL_OBJ_SMALL_INT_VALUE(items[k]);
            kl_int_t a = slots[2 * g], b = slots[2 * g + 1];
            if (a >= 0 && b >= 0) {
                subject_append(v, s, a, b);
            }
        } else {
            size_t len;
            const char *d = kl_obj_str_get_data(items[k], &len);
            kl_vstr_add_strn(v, d, len);
        }
    }
}

static kl_obj_t do_sub(re_pattern_t *p, kl_obj_t repl, kl_obj_t string, kl_obj_t count_obj,
                       bool subn) {
    subject_t s;
    subject_init(&s, p, string);
    kl_int_t count = count_obj == KL_OBJ_NULL ? 0 : kl_obj_get_int(count_obj);
    kl_obj_t parts = KL_OBJ_NULL;
    bool callable = false;
    if (p->is_bytes ? kl_obj_is_bytes(repl) : kl_obj_is_str(repl)) {
        parts = parse_template(p, repl);
    } else if (kl_obj_is_callable(repl)) {
        callable = true;
    } else if (p->is_bytes) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("expected a bytes-like object, %T found"), repl);
    } else {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("decoding to str: need a bytes-like object, %T found"),
                         repl);
    }
    kl_vstr_t v;
    kl_vstr_init(&v, s.len + 16);
    kl_int_t end = (kl_int_t)s.len, last = 0, pos = 0, n = 0;
    matcher_t m;
    matcher_init(&m, p, &s, end);
    size_t pieces = 0; // as CPython counts them in the error for a bad replacement
    while ((count <= 0 || n < count) && pos <= end && find(&m, pos, true)) {
        pieces += last < m.slots[0];
        subject_append(&v, &s, last, m.slots[0]);
        if (callable) {
            kl_obj_t r = kl_call_function_1(repl, new_match(p, string, &s, &m, 0, end));
            if (r != kl_const_none) {
                if (p->is_bytes ? !kl_obj_is_bytes(r) : !kl_obj_is_str(r)) {
                    kl_raise_msg_fmt(&kl_type_TypeError,
                                     KL_ERROR_TEXT(p->is_bytes ? "sequence item %z: expected a "
                                                                 "bytes-like object, %T found"
                                                               : "sequence item %z: expected str "
                                                                 "instance, %T found"),
                                     pieces, r);
                }
                pieces++;
                size_t len;
                const char *d = kl_obj_str_get_data(r, &len);
                kl_vstr_add_strn(&v, d, len);
            }
        } else {
            expand_into(&v, parts, &s, m.slots);
        }
        n++;
        m.no_empty_at = m.slots[1] == m.slots[0] ? m.slots[1] : -1;
        last = pos = m.slots[1];
    }
    subject_append(&v, &s, last, end);
    kl_obj_t result = p->is_bytes ? kl_vstr_to_bytes(&v) : kl_vstr_to_str(&v);
    if (subn) {
        kl_obj_t pair[2] = {result, KL_OBJ_NEW_SMALL_INT(n)};
        return kl_obj_new_tuple(2, pair);
    }
    return result;
}

static kl_obj_t pattern_sub_common(size_t n_args, size_t n_kw, const kl_obj_t *args, bool subn) {
    static const kl_qstr_t names[3] = {KL_QSTR_repl, KL_QSTR_string, KL_QSTR_count};
    kl_obj_t a[3];
    parse_args(subn ? "subn" : "sub", n_args - 1, n_kw, args + 1, 3, names, 2, a);
    return do_sub(KL_OBJ_TO_PTR(args[0]), a[0], a[1], a[2], subn);
}

static kl_obj_t pattern_sub(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    return pattern_sub_common(n_args, n_kw, args, false);
}
static KL_DEFINE_FUN_KW(pattern_sub_obj, sub, 1, pattern_sub);

static kl_obj_t pattern_subn(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    return pattern_sub_common(n_args, n_kw, args, true);
}
static KL_DEFINE_FUN_KW(pattern_subn_obj, subn, 1, pattern_subn);

// ==== Pattern objects ====

// Print the repr of [o] cut to [max] code points, as CPython's %.<max>R does.
static void print_repr_cut(const kl_print_t *print, kl_obj_t o, size_t max) {
    kl_obj_t r = kl_obj_str_of(o, KL_PRINT_REPR);
    size_t len;
    const char *d = kl_obj_str_get_data(r, &len);
    size_t n = kl_obj_str_get_charlen(r);
    if (n > max) {
        len = kl_obj_str_utf8_offset(d, len, n, max);
    }
    kl_print_strn(print, d, len);
}

static void pattern_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    const re_pattern_t *p = KL_OBJ_TO_PTR(o);
    kl_print_str(print, "re.compile(");
    print_repr_cut(print, p->pattern, 200);
    uint32_t flags = p->flags;
    if (!p->is_bytes &&
        (flags & (RE_FLAG_LOCALE | RE_FLAG_UNICODE | RE_FLAG_ASCII)) == RE_FLAG_UNICODE) {
        flags &= ~(uint32_t)RE_FLAG_UNICODE;
    }
    static const char *const names[] = {"TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
                                        "UNICODE",  "VERBOSE",    "DEBUG",  "ASCII"};
    bool first = true;
    for (size_t k = 0; k < sizeof(names) / sizeof(names[0]); k++) {
        if (flags & (1u << k)) {
            kl_printf(print, "%sre.%s", first ? ", " : "|", names[k]);
            first = false;
            flags &= ~(1u << k);
        }
    }
    if (flags != 0) {
        kl_printf(print, "%s0x%x", first ? ", " : "|", (unsigned)flags);
    }
    kl_print_str(print, ")");
}

static void pattern_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    const re_pattern_t *p = KL_OBJ_TO_PTR(self);
    if (dest[0] != KL_OBJ_NULL) {
        return; // read-only
    }
    switch (attr) {
        case KL_QSTR_pattern:
            dest[0] = p->pattern;
            return;
        case KL_QSTR_flags:
            dest[0] = KL_OBJ_NEW_SMALL_INT(p->flags);
            return;
        case KL_QSTR_groups:
            dest[0] = KL_OBJ_NEW_SMALL_INT(p->groups);
            return;
        case KL_QSTR_groupindex: {
            kl_obj_t d = kl_obj_new_dict(0);
            kl_obj_dict_update(d, p->groupindex, false);
            dest[0] = kl_obj_new_mappingproxy(d);
            return;
        }
        default:
            kl_type_generic_attr(self, attr, dest);
            return;
    }
}

static kl_obj_t pattern_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    if ((op != KL_BINARY_OP_EQ && op != KL_BINARY_OP_NE) || !is_pattern(rhs)) {
        return KL_OBJ_NULL;
    }
    const re_pattern_t *a = KL_OBJ_TO_PTR(lhs), *b = KL_OBJ_TO_PTR(rhs);
    bool eq = a == b || (a->flags == b->flags && a->is_bytes == b->is_bytes &&
                         kl_obj_equal(a->pattern, b->pattern));
    return KL_OBJ_FROM_BOOL(eq == (op == KL_BINARY_OP_EQ));
}

static kl_obj_t pattern_unary_op(kl_unary_op_t op, kl_obj_t o) {
    if (op == KL_UNARY_OP_HASH) {
        const re_pattern_t *p = KL_OBJ_TO_PTR(o);
        return KL_OBJ_NEW_SMALL_INT((kl_obj_hash(p->pattern) ^ p->flags) &
                                    (kl_uint_t)KL_SMALL_INT_MAX);
    }
    return KL_OBJ_NULL;
}

// Patterns and matches are immutable: copies are the object itself, as in CPython.
static kl_obj_t re_copy(kl_obj_t self) {
    return self;
}
static KL_DEFINE_FUN_1(re_copy_obj, __copy__, re_copy);

static kl_obj_t re_deepcopy(kl_obj_t self, kl_obj_t memo) {
    (void)memo;
    return self;
}
static KL_DEFINE_FUN_2(re_deepcopy_obj, __deepcopy__, re_deepcopy);

// re.Pattern[str], re.Match[bytes]: generic aliases for type hints.
static kl_obj_t re_class_getitem(kl_obj_t cls, kl_obj_t item) {
    return kl_obj_new_generic_alias(cls, item);
}
static KL_DEFINE_FUN_2(re_class_getitem_fun_obj, __class_getitem__, re_class_getitem);
static const kl_obj_static_class_method_t re_class_getitem_obj = {
    {&kl_type_classmethod}, KL_ROM_PTR(&re_class_getitem_fun_obj)};

static const kl_map_elem_t pattern_locals_table[] = {
    {KL_ROM_QSTR(__class_getitem__), KL_ROM_PTR(&re_class_getitem_obj)},
    {KL_ROM_QSTR(__copy__), KL_ROM_PTR(&re_copy_obj)},
    {KL_ROM_QSTR(__deepcopy__), KL_ROM_PTR(&re_deepcopy_obj)},
    {KL_ROM_QSTR(findall), KL_ROM_PTR(&pattern_findall_obj)},
    {KL_ROM_QSTR(finditer), KL_ROM_PTR(&pattern_finditer_obj)},
    {KL_ROM_QSTR(fullmatch), KL_ROM_PTR(&pattern_fullmatch_obj)},
    {KL_ROM_QSTR(match), KL_ROM_PTR(&pattern_match_obj)},
    {KL_ROM_QSTR(search), KL_ROM_PTR(&pattern_search_obj)},
    {KL_ROM_QSTR(split), KL_ROM_PTR(&pattern_split_obj)},
    {KL_ROM_QSTR(sub), KL_ROM_PTR(&pattern_sub_obj)},
    {KL_ROM_QSTR(subn), KL_ROM_PTR(&pattern_subn_obj)},
};
static KL_DEFINE_CONST_DICT(pattern_locals_dict, pattern_locals_table);

static const kl_obj_type_t pattern_type = {
    .base = {&kl_type_type},
    .flags = 0,
    .name = KL_QSTR_re_dot_Pattern,
    .print = pattern_print,
    .unary_op = pattern_unary_op,
    .binary_op = pattern_binary_op,
    .attr = pattern_attr,
    .locals_dict = &pattern_locals_dict,
    .parent = &kl_type_object,
};

// ==== Match objects ====

static re_match_t *match_self(kl_obj_t o) {
    return KL_OBJ_TO_PTR(o);
}

// The group number [g] names (an int or a group name); IndexError when there is none.
static size_t group_index(const re_match_t *r, kl_obj_t g) {
    kl_int_t i;
    if (KL_OBJ_IS_SMALL_INT(g) || g == kl_const_false || g == kl_const_true ||
        kl_obj_is_type(g, &kl_type_int)) {
        if (kl_obj_get_int_maybe(g, &i) && i >= 0 && (kl_uint_t)i <= r->re->groups) {
            return (size_t)i;
        }
    } else if (kl_obj_is_str(g)) {
        kl_obj_t n = kl_obj_dict_get(r->re->groupindex, g);
        if (n != KL_OBJ_NULL) {
            return (size_t)KL_OBJ_SMALL_INT_VALUE(n);
        }
    }
    kl_raise_IndexError(KL_ERROR_TEXT("no such group"));
}

static kl_obj_t match_group(size_t n_args, const kl_obj_t *args) {
    re_match_t *r = match_self(args[0]);
    if (n_args == 1) {
        return group_value(r, 0, kl_const_none);
    }
    if (n_args == 2) {
        return group_value(r, group_index(r, args[1]), kl_const_none);
    }
    kl_obj_t t = kl_obj_new_tuple(n_args - 1, NULL);
    for (size_t k = 1; k < n_args; k++) {
        ((kl_obj_tuple_t *)t)->items[k - 1] =
            group_value(r, group_index(r, args[k]), kl_const_none);
    }
    return t;
}
static KL_DEFINE_FUN_VAR(match_group_obj, group, 1, 0xffff, match_group);

static kl_obj_t match_getitem(kl_obj_t self, kl_obj_t g) {
    re_match_t *r = match_self(self);
    return group_value(r, group_index(r, g), kl_const_none);
}
static KL_DEFINE_FUN_2(match___getitem___obj, __getitem__, match_getitem);

static kl_obj_t match_groups(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const kl_qstr_t names[1] = {KL_QSTR_default};
    kl_obj_t a[1];
    parse_args("groups", n_args - 1, n_kw, args + 1, 1, names, 0, a);
    re_match_t *r = match_self(args[0]);
    kl_obj_t dflt = a[0] == KL_OBJ_NULL ? kl_const_none : a[0];
    kl_obj_t t = kl_obj_new_tuple(r->re->groups, NULL);
    for (size_t g = 1; g <= r->re->groups; g++) {
        ((kl_obj_tuple_t *)t)->items[g - 1] = group_value(r, g, dflt);
    }
    return t;
}
static KL_DEFINE_FUN_KW(match_groups_obj, groups, 1, match_groups);

static kl_obj_t match_groupdict(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const kl_qstr_t names[1] = {KL_QSTR_default};
    kl_obj_t a[1];
    parse_args("groupdict", n_args - 1, n_kw, args + 1, 1, names, 0, a);
    re_match_t *r = match_self(args[0]);
    kl_obj_t dflt = a[0] == KL_OBJ_NULL ? kl_const_none : a[0];
    kl_obj_t d = kl_obj_new_dict(0);
    kl_map_t *map = kl_obj_dict_get_map(r->re->groupindex);
    for (size_t k = 0; k < map->filled; k++) {
        if (map->entries[k].key != KL_OBJ_NULL) {
            size_t g = (size_t)KL_OBJ_SMALL_INT_VALUE(map->entries[k].value);
            kl_obj_dict_store(d, map->entries[k].key, group_value(r, g, dflt));
        }
    }
    return d;
}
static KL_DEFINE_FUN_KW(match_groupdict_obj, groupdict, 1, match_groupdict);

static size_t span_group(size_t n_args, const kl_obj_t *args) {
    return n_args > 1 ? group_index(match_self(args[0]), args[1]) : 0;
}

static kl_obj_t match_start(size_t n_args, const kl_obj_t *args) {
    return KL_OBJ_NEW_SMALL_INT(match_self(args[0])->spans[2 * span_group(n_args, args)]);
}
static KL_DEFINE_FUN_VAR(match_start_obj, start, 1, 2, match_start);

static kl_obj_t match_end(size_t n_args, const kl_obj_t *args) {
    return KL_OBJ_NEW_SMALL_INT(match_self(args[0])->spans[2 * span_group(n_args, args) + 1]);
}
static KL_DEFINE_FUN_VAR(match_end_obj, end, 1, 2, match_end);

static kl_obj_t span_tuple(const re_match_t *r, size_t g) {
    kl_obj_t pair[2] = {KL_OBJ_NEW_SMALL_INT(r->spans[2 * g]),
                        KL_OBJ_NEW_SMALL_INT(r->spans[2 * g + 1])};
    return kl_obj_new_tuple(2, pair);
}

static kl_obj_t match_span(size_t n_args, const kl_obj_t *args) {
    return span_tuple(match_self(args[0]), span_group(n_args, args));
}
static KL_DEFINE_FUN_VAR(match_span_obj, span, 1, 2, match_span);

static kl_obj_t match_expand(kl_obj_t self, kl_obj_t tmpl) {
    re_match_t *r = match_self(self);
    if (r->re->is_bytes ? !kl_obj_is_bytes(tmpl) : !kl_obj_is_str(tmpl)) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("expected %s, got '%T'"),
                         r->re->is_bytes ? "bytes" : "str", tmpl);
    }
    kl_obj_t parts = parse_template(r->re, tmpl);
    kl_vstr_t v;
    kl_vstr_init(&v, 16);
    expand_into(&v, parts, &r->subj, r->spans);
    return r->re->is_bytes ? kl_vstr_to_bytes(&v) : kl_vstr_to_str(&v);
}
static KL_DEFINE_FUN_2(match_expand_obj, expand, match_expand);

static void match_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    re_match_t *r = match_self(o);
    kl_printf(print, "<re.Match object; span=(%d, %d), match=", (int)r->spans[0], (int)r->spans[1]);
    print_repr_cut(print, group_value(r, 0, kl_const_none), 50);
    kl_print_str(print, ">");
}

static void match_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    re_match_t *r = match_self(self);
    if (dest[0] != KL_OBJ_NULL) {
        return;
    }
    switch (attr) {
        case KL_QSTR_string:
            dest[0] = r->string;
            return;
        case KL_QSTR_re:
            dest[0] = KL_OBJ_FROM_PTR(r->re);
            return;
        case KL_QSTR_pos:
            dest[0] = KL_OBJ_NEW_SMALL_INT(r->pos);
            return;
        case KL_QSTR_endpos:
            dest[0] = KL_OBJ_NEW_SMALL_INT(r->endpos);
            return;
        case KL_QSTR_lastindex:
            dest[0] = r->lastindex < 0 ? kl_const_none : KL_OBJ_NEW_SMALL_INT(r->lastindex);
            return;
        case KL_QSTR_lastgroup:
            dest[0] = r->lastindex < 0 ? kl_const_none
                                       : ((kl_obj_tuple_t *)r->re->indexgroup)->items[r->lastindex];
            return;
        case KL_QSTR_regs: {
            kl_obj_t t = kl_obj_new_tuple(r->re->groups + 1, NULL);
            for (size_t g = 0; g <= r->re->groups; g++) {
                ((kl_obj_tuple_t *)t)->items[g] = span_tuple(r, g);
            }
            dest[0] = t;
            return;
        }
        default:
            kl_type_generic_attr(self, attr, dest);
            return;
    }
}

static kl_obj_t match_subscr(kl_obj_t self, kl_obj_t index, kl_obj_t value) {
    if (value != KL_OBJ_SENTINEL) {
        return KL_OBJ_NULL;
    }
    return match_getitem(self, index);
}

static const kl_map_elem_t match_locals_table[] = {
    {KL_ROM_QSTR(__class_getitem__), KL_ROM_PTR(&re_class_getitem_obj)},
    {KL_ROM_QSTR(__copy__), KL_ROM_PTR(&re_copy_obj)},
    {KL_ROM_QSTR(__deepcopy__), KL_ROM_PTR(&re_deepcopy_obj)},
    {KL_ROM_QSTR(__getitem__), KL_ROM_PTR(&match___getitem___obj)},
    {KL_ROM_QSTR(end), KL_ROM_PTR(&match_end_obj)},
    {KL_ROM_QSTR(expand), KL_ROM_PTR(&match_expand_obj)},
    {KL_ROM_QSTR(group), KL_ROM_PTR(&match_group_obj)},
    {KL_ROM_QSTR(groupdict), KL_ROM_PTR(&match_groupdict_obj)},
    {KL_ROM_QSTR(groups), KL_ROM_PTR(&match_groups_obj)},
    {KL_ROM_QSTR(span), KL_ROM_PTR(&match_span_obj)},
    {KL_ROM_QSTR(start), KL_ROM_PTR(&match_start_obj)},
};
static KL_DEFINE_CONST_DICT(match_locals_dict, match_locals_table);

static const kl_obj_type_t match_type = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_EQ_IS_ID,
    .name = KL_QSTR_re_dot_Match,
    .print = match_print,
    .attr = match_attr,
    .subscr = match_subscr,
    .locals_dict = &match_locals_dict,
    .parent = &kl_type_object,
};

// ==== Module functions ====

static kl_obj_t re_compile(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const kl_qstr_t names[2] = {KL_QSTR_pattern, KL_QSTR_flags};
    kl_obj_t a[2];
    parse_args("compile", n_args, n_kw, args, 2, names, 1, a);
    return KL_OBJ_FROM_PTR(compile_cached(a[0], a[1]));
}
static KL_DEFINE_FUN_KW(re_compile_obj, compile, 0, re_compile);

static kl_obj_t re_match_common(size_t n_args, size_t n_kw, const kl_obj_t *args, int mode,
                                const char *fname) {
    static const kl_qstr_t names[3] = {KL_QSTR_pattern, KL_QSTR_string, KL_QSTR_flags};
    kl_obj_t a[3];
    parse_args(fname, n_args, n_kw, args, 3, names, 2, a);
    return do_match(compile_cached(a[0], a[2]), a[1], KL_OBJ_NULL, KL_OBJ_NULL, mode);
}

static kl_obj_t re_match(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    return re_match_common(n_args, n_kw, args, MODE_MATCH, "match");
}
static KL_DEFINE_FUN_KW(re_match_obj, match, 0, re_match);

static kl_obj_t re_fullmatch(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    return re_match_common(n_args, n_kw, args, MODE_FULLMATCH, "fullmatch");
}
static KL_DEFINE_FUN_KW(re_fullmatch_obj, fullmatch, 0, re_fullmatch);

static kl_obj_t re_search(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    return re_match_common(n_args, n_kw, args, MODE_SEARCH, "search");
}
static KL_DEFINE_FUN_KW(re_search_obj, search, 0, re_search);

static kl_obj_t re_findall(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const kl_qstr_t names[3] = {KL_QSTR_pattern, KL_QSTR_string, KL_QSTR_flags};
    kl_obj_t a[3];
    parse_args("findall", n_args, n_kw, args, 3, names, 2, a);
    return do_findall(compile_cached(a[0], a[2]), a[1], KL_OBJ_NULL, KL_OBJ_NULL);
}
static KL_DEFINE_FUN_KW(re_findall_obj, findall, 0, re_findall);

static kl_obj_t re_finditer(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const kl_qstr_t names[3] = {KL_QSTR_pattern, KL_QSTR_string, KL_QSTR_flags};
    kl_obj_t a[3];
    parse_args("finditer", n_args, n_kw, args, 3, names, 2, a);
    return do_finditer(compile_cached(a[0], a[2]), a[1], KL_OBJ_NULL, KL_OBJ_NULL);
}
static KL_DEFINE_FUN_KW(re_finditer_obj, finditer, 0, re_finditer);

static kl_obj_t re_split(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const kl_qstr_t names[4] = {KL_QSTR_pattern, KL_QSTR_string, KL_QSTR_maxsplit,
                                       KL_QSTR_flags};
    kl_obj_t a[4];
    parse_args("split", n_args, n_kw, args, 4, names, 2, a);
    return do_split(compile_cached(a[0], a[3]), a[1], a[2]);
}
static KL_DEFINE_FUN_KW(re_split_obj, split, 0, re_split);

static kl_obj_t re_sub_common(size_t n_args, size_t n_kw, const kl_obj_t *args, bool subn) {
    static const kl_qstr_t names[5] = {KL_QSTR_pattern, KL_QSTR_repl, KL_QSTR_string, KL_QSTR_count,
                                       KL_QSTR_flags};
    kl_obj_t a[5];
    parse_args(subn ? "subn" : "sub", n_args, n_kw, args, 5, names, 3, a);
    return do_sub(compile_cached(a[0], a[4]), a[1], a[2], a[3], subn);
}

static kl_obj_t re_sub(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    return re_sub_common(n_args, n_kw, args, false);
}
static KL_DEFINE_FUN_KW(re_sub_obj, sub, 0, re_sub);

static kl_obj_t re_subn(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    return re_sub_common(n_args, n_kw, args, true);
}
static KL_DEFINE_FUN_KW(re_subn_obj, subn, 0, re_subn);

// escape(): a backslash before every character that has a meaning in a pattern.
static kl_obj_t re_escape(kl_obj_t pattern) {
    bool is_bytes = kl_obj_is_bytes(pattern);
    if (!is_bytes && !kl_obj_is_str(pattern)) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("expected str or bytes, got '%T'"),
                         pattern);
    }
    size_t len;
    const char *d = kl_obj_str_get_data(pattern, &len);
    kl_vstr_t v;
    kl_vstr_init(&v, len + 8);
    static const char special[] = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
    for (size_t k = 0; k < len; k++) {
        if (d[k] != 0 && strchr(special, d[k]) != NULL) {
            kl_vstr_add_byte(&v, '\\');
        }
        kl_vstr_add_byte(&v, d[k]);
    }
    return is_bytes ? kl_vstr_to_bytes(&v) : kl_vstr_to_str(&v);
}
static KL_DEFINE_FUN_1(re_escape_obj, escape, re_escape);

static kl_obj_t re_purge(void) {
    kl_obj_t cache = cache_dict();
    if (cache != KL_OBJ_NULL) {
        kl_obj_t clear[2] = {KL_OBJ_NULL, KL_OBJ_NULL};
        kl_load_method(cache, KL_QSTR_clear, clear);
        kl_call_method_n_kw(0, 0, clear);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_0(re_purge_obj, purge, re_purge);

kl_obj_t kl_mod_re_init(void) {
    kl_obj_t m = kl_obj_new_module(KL_QSTR_re);
    kl_obj_t g = kl_obj_module_globals(m);
    static const struct {
        uint16_t name;
        uint16_t value;
    } flags[] = {
        {KL_QSTR_NOFLAG, 0},
        {KL_QSTR_A, RE_FLAG_ASCII},
        {KL_QSTR_ASCII, RE_FLAG_ASCII},
        {KL_QSTR_DEBUG, RE_FLAG_DEBUG},
        {KL_QSTR_I, RE_FLAG_IGNORECASE},
        {KL_QSTR_IGNORECASE, RE_FLAG_IGNORECASE},
        {KL_QSTR_L, RE_FLAG_LOCALE},
        {KL_QSTR_LOCALE, RE_FLAG_LOCALE},
        {KL_QSTR_M, RE_FLAG_MULTILINE},
        {KL_QSTR_MULTILINE, RE_FLAG_MULTILINE},
        {KL_QSTR_S, RE_FLAG_DOTALL},
        {KL_QSTR_DOTALL, RE_FLAG_DOTALL},
        {KL_QSTR_U, RE_FLAG_UNICODE},
        {KL_QSTR_UNICODE, RE_FLAG_UNICODE},
        {KL_QSTR_X, RE_FLAG_VERBOSE},
        {KL_QSTR_VERBOSE, RE_FLAG_VERBOSE},
    };
    for (size_t k = 0; k < sizeof(flags) / sizeof(flags[0]); k++) {
        kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(flags[k].name), KL_OBJ_NEW_SMALL_INT(flags[k].value));
    }
    static const struct {
        uint16_t name;
        const void *value;
    } objs[] = {
        {KL_QSTR_compile, &re_compile_obj},     {KL_QSTR_escape, &re_escape_obj},
        {KL_QSTR_findall, &re_findall_obj},     {KL_QSTR_finditer, &re_finditer_obj},
        {KL_QSTR_fullmatch, &re_fullmatch_obj}, {KL_QSTR_match, &re_match_obj},
        {KL_QSTR_purge, &re_purge_obj},         {KL_QSTR_search, &re_search_obj},
        {KL_QSTR_split, &re_split_obj},         {KL_QSTR_sub, &re_sub_obj},
        {KL_QSTR_subn, &re_subn_obj},           {KL_QSTR_error, &kl_type_re_error},
        {KL_QSTR_Pattern, &pattern_type},       {KL_QSTR_Match, &match_type},
    };
    for (size_t k = 0; k < sizeof(objs) / sizeof(objs[0]); k++) {
        kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(objs[k].name), (kl_obj_t)objs[k].value);
    }
    kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR__cache), kl_obj_new_dict(0));
    return m;
}

#endif // KL_CFG_MODULE_RE
