// vm/re.h: what the regular-expression compiler, matcher and module share.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The re module is three files: vm/re_compile.c turns a pattern into a program of 32-bit words,
// vm/re_exec.c runs a program against a subject by backtracking, and vm/mod_re.c is the Python
// face (the module functions, Pattern and Match). This header is what they share: the flags,
// the instruction set, and the subject and matcher structs. Each instruction is an opcode word
// followed by its operands; [off] operands are relative to the instruction's own position, so
// a finished piece of code can be moved as a block.

#ifndef KL_INCLUDED_VM_RE_H
#define KL_INCLUDED_VM_RE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm/obj.h"

// ==== Flags ====
#define KL_RE_FLAG_TEMPLATE (1)
#define KL_RE_FLAG_IGNORECASE (2)
#define KL_RE_FLAG_LOCALE (4)
#define KL_RE_FLAG_MULTILINE (8)
#define KL_RE_FLAG_DOTALL (16)
#define KL_RE_FLAG_UNICODE (32)
#define KL_RE_FLAG_VERBOSE (64)
#define KL_RE_FLAG_DEBUG (128)
#define KL_RE_FLAG_ASCII (256)

// Repeat counts are below this (they may exceed 2**31: the matcher compares them unsigned); it
// also stands for "no upper bound".
#define KL_RE_INF (0xffffffffu)

// ==== The program ====
enum {
    KL_RE_OP_MATCH,       // success (subject to fullmatch and the empty-match rule)
    KL_RE_OP_CHAR,        // c: one code point
    KL_RE_OP_CHAR_I,      // c ascii: one code point, either case
    KL_RE_OP_ANY,         // any code point but \n
    KL_RE_OP_ANY_ALL,     // any code point
    KL_RE_OP_CLASS,       // nwords flags items...: a set (nwords counts the whole instruction)
    KL_RE_OP_BOL,         // ^ without MULTILINE, and \A
    KL_RE_OP_MBOL,        // ^ with MULTILINE
    KL_RE_OP_EOL,         // $ without MULTILINE: the end, or before a final \n
    KL_RE_OP_MEOL,        // $ with MULTILINE
    KL_RE_OP_EOS,         // \Z
    KL_RE_OP_WORDB,       // ascii: \b
    KL_RE_OP_NWORDB,      // ascii: \B
    KL_RE_OP_JMP,         // off
    KL_RE_OP_SPLIT,       // off: try the next instruction first, then pc + off
    KL_RE_OP_SPLIT_JMP,   // off: try pc + off first, then the next instruction
    KL_RE_OP_SAVE,        // slot: capture slot = position
    KL_RE_OP_BACKREF,     // group icase ascii
    KL_RE_OP_GROUPEXISTS, // group off: go on if the group matched, else jump
    KL_RE_OP_REPS,        // min max greedy len, then a one-character atom of len words
    KL_RE_OP_REP_START,   // reg: count = 0, last start = -1
    KL_RE_OP_REP_CHECK,   // reg min max greedy off: another iteration, or leave to pc + off
    KL_RE_OP_REP_ENTER,   // reg min: count += 1; past min, last start = position (the body follows)
    KL_RE_OP_ATOMIC,      // push a mark
    KL_RE_OP_ATOMIC_END,  // drop the choice points above the mark
    KL_RE_OP_LOOK,        // kind width off: lookaround; off leads past its LOOK_END
    KL_RE_OP_LOOK_END,
};

enum { KL_RE_LOOK_AHEAD, KL_RE_LOOK_NOT_AHEAD, KL_RE_LOOK_BEHIND, KL_RE_LOOK_NOT_BEHIND };

// KL_RE_OP_CLASS flags and items.
#define KL_RE_CLASS_NEG (1)
#define KL_RE_CLASS_ICASE (2)
#define KL_RE_CLASS_ICASE_ASCII (4)
enum { KL_RE_ITEM_RANGE, KL_RE_ITEM_CAT };
// Categories: \d \D \w \W \s \S, Unicode then ASCII.
enum {
    KL_RE_CAT_DIGIT,
    KL_RE_CAT_NOT_DIGIT,
    KL_RE_CAT_WORD,
    KL_RE_CAT_NOT_WORD,
    KL_RE_CAT_SPACE,
    KL_RE_CAT_NOT_SPACE,
    KL_RE_CAT_ASCII
};

// ==== ASCII character tests the pattern and template parsers share ====

static inline bool kl_re_is_octal(uint32_t ch) {
    return ch >= '0' && ch <= '7';
}

static inline bool kl_re_is_digit(uint32_t ch) {
    return ch >= '0' && ch <= '9';
}

static inline bool kl_re_is_letter(uint32_t ch) {
    return (ch | 32) >= 'a' && (ch | 32) <= 'z';
}

// ==== Subjects and matchers ====

// The text being matched, by code point: [b] in place (bytes, ASCII str) or [w] decoded.
typedef struct _kl_re_subject_t {
    const uint8_t *b;
    const uint32_t *w;
    size_t len;
} kl_re_subject_t;

#define KL_RE_SCHAR(s, i) ((s)->w != NULL ? (s)->w[i] : (uint32_t)(s)->b[i])

typedef struct _kl_re_matcher_t {
    const uint32_t *code;
    const kl_re_subject_t *s;
    kl_int_t end;    // endpos
    kl_int_t *slots; // captures (2 per group, group 0 first), lastindex, then registers
    size_t ncaps;    // 2 * (groups + 1)
    size_t nslots;
    struct _kl_re_bt_t *stack;
    size_t top;
    size_t alloc;
    uint32_t steps;
    uint32_t poll_at; // steps at which to look at the limit and at Ctrl-C next
    bool fullmatch;
    kl_int_t no_empty_at; // an empty match here is rejected (-1: none)
} kl_re_matcher_t;

// A compiled pattern: its program, its number of groups and loop registers, its final flags
// (with the inline ones) and the dict of its group names.
typedef struct _kl_re_program_t {
    uint32_t *code;
    uint32_t groups;
    uint32_t nregs;
    uint32_t flags;
    kl_obj_t groupindex;
} kl_re_program_t;

// ==== vm/re_compile.c ====
extern const kl_obj_type_t kl_type_re_error;
// Compile the str or bytes [pattern] with [flags]; raises re.error for a bad pattern.
void kl_re_compile_pattern(kl_obj_t pattern, bool is_bytes, uint32_t flags, kl_re_program_t *out);
// Raise re.error(msg, pattern, pos); a negative [pos] means None.
KL_NORETURN void kl_re_compile_raise_error(kl_obj_t msg, kl_obj_t pattern, kl_int_t pos);

// ==== vm/re_exec.c ====
// Simple case mappings as the matcher applies them ([ascii]: only ASCII letters have case).
uint32_t kl_re_exec_to_lower(uint32_t c, bool ascii);
uint32_t kl_re_exec_to_upper(uint32_t c, bool ascii);
// Prepare [m] to run [code] over [s] up to [end]; its arrays live on the GC heap.
void kl_re_exec_init(kl_re_matcher_t *m, const uint32_t *code, uint32_t groups, uint32_t nregs,
                     const kl_re_subject_t *s, kl_int_t end);
// Try positions [pos] to the end (only [pos] unless [search]); on success m->slots holds the
// captures (group 0 first, -1 for unset) and then lastindex.
bool kl_re_exec_find(kl_re_matcher_t *m, kl_int_t pos, bool search);

#endif // KL_INCLUDED_VM_RE_H
