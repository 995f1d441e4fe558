// vm/re_exec.c: the regular-expression matcher, a backtracker with its own stack and a step limit.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A program from vm/re_compile.c is run by backtracking, the way Python's own engine behaves
// (leftmost alternative first, greedy or lazy repeats, captures of the last iteration). The
// matcher never recurses in C: its choice points live on a growable stack on the GC heap, so
// input size is bounded by the heap, never by the tiny C stack of a board.
//
// The backtrack stack holds choice points, marks (atomic groups, lookarounds) and undo records:
// every write to a capture slot or a loop register is logged while a choice point exists, and
// failing back pops the log. An atomic group or a positive lookaround that succeeds drops the
// choice points above its mark but keeps their undo records. Repeats of one character are one
// REPS instruction that consumes a run and backs off one character at a time from a single
// stack entry. Each attempt counts its steps and raises RuntimeError after
// KL_CFG_RE_STEP_LIMIT of them, so a catastrophic pattern fails instead of hanging (CPython
// would run for ever; see docs/differences.md); Ctrl-C is polled on the way.
//
// Subjects are matched by code point: every position the matcher sees is a code-point index.

#include "vm/gc.h"
#include "vm/obj_str.h"
#include "vm/re.h"
#include "vm/runtime.h"
#include "vm/state.h"

#if KL_CFG_MODULE_RE

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
    bool ascii = cat >= KL_RE_CAT_ASCII;
    bool r;
    switch (cat % KL_RE_CAT_ASCII) {
        case KL_RE_CAT_DIGIT:
        case KL_RE_CAT_NOT_DIGIT:
            r = is_digit(c, ascii);
            break;
        case KL_RE_CAT_WORD:
        case KL_RE_CAT_NOT_WORD:
            r = is_word(c, ascii);
            break;
        default:
            r = is_space(c, ascii);
            break;
    }
    return r != ((cat % KL_RE_CAT_ASCII) & 1);
}

uint32_t kl_re_exec_to_lower(uint32_t c, bool ascii) {
    if (ascii || c < 128) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }
    return kl_obj_str_char_tolower(c);
}

uint32_t kl_re_exec_to_upper(uint32_t c, bool ascii) {
    if (ascii || c < 128) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }
    return kl_obj_str_char_toupper(c);
}

// Case-insensitive equality: the same letter in either case (simple case mappings).
static bool equal_icase(uint32_t a, uint32_t b, bool ascii) {
    return a == b || kl_re_exec_to_lower(a, ascii) == kl_re_exec_to_lower(b, ascii) ||
           kl_re_exec_to_upper(a, ascii) == kl_re_exec_to_upper(b, ascii);
}

static bool class_has(const uint32_t *item, const uint32_t *end, uint32_t c) {
    while (item < end) {
        if (item[0] == KL_RE_ITEM_RANGE) {
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
    uint32_t l = kl_re_exec_to_lower(c, ascii), u = kl_re_exec_to_upper(c, ascii);
    uint32_t cand[4] = {l, u, kl_re_exec_to_lower(u, ascii), kl_re_exec_to_upper(l, ascii)};
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

// Does the KL_RE_OP_CLASS instruction at [insn] accept [c]?
static bool class_match(const uint32_t *insn, uint32_t c) {
    const uint32_t *end = insn + insn[1];
    uint32_t flags = insn[2];
    bool r = class_has(insn + 3, end, c);
    if (!r && (flags & (KL_RE_CLASS_ICASE | KL_RE_CLASS_ICASE_ASCII))) {
        bool ascii = (flags & KL_RE_CLASS_ICASE_ASCII) != 0;
        for (const uint32_t *item = insn + 3; item < end && !r;) {
            if (item[0] == KL_RE_ITEM_RANGE) {
                r = range_has_icase(item[1], item[2], c, ascii);
                item += 3;
            } else {
                item += 2;
            }
        }
    }
    return r != ((flags & KL_RE_CLASS_NEG) != 0);
}

// Does the one-character instruction at [insn] accept [c]?
static bool atom_match(const uint32_t *insn, uint32_t c) {
    switch (insn[0]) {
        case KL_RE_OP_CHAR:
            return c == insn[1];
        case KL_RE_OP_CHAR_I:
            return equal_icase(c, insn[1], insn[2] != 0);
        case KL_RE_OP_ANY:
            return c != '\n';
        case KL_RE_OP_ANY_ALL:
            return true;
        default:
            return class_match(insn, c);
    }
}

// ==== The matcher ====

enum { BT_UNDO, BT_UNDO2, BT_CHOICE, BT_REPS_GREEDY, BT_REPS_LAZY, BT_MARK };

// One backtrack stack entry, 12 bytes (positions are below 2**31). BT_UNDO: slot [pc] had value
// [a]. BT_UNDO2: slots [pc] and [pc] + 1 had values [a] and [b]. BT_CHOICE: resume at [pc],
// position [a]. BT_REPS_GREEDY: the REPS at [pc] may give back characters down to position
// [a], the current end being [b]. BT_REPS_LAZY: the REPS at [pc] may take more characters from
// position [a], [b] more at most. BT_MARK: an atomic group or lookaround of kind [b] entered
// at position [a]; [pc] is where a negative lookaround goes on when its body fails.
typedef struct _kl_re_bt_t {
    uint32_t kind : 3;
    uint32_t pc : 29;
    int32_t a;
    int32_t b;
} bt_t;

#define MARK_ATOMIC (4)

void kl_re_exec_init(kl_re_matcher_t *m, const uint32_t *code, uint32_t groups, uint32_t nregs,
                     const kl_re_subject_t *s, kl_int_t end) {
    m->code = code;
    m->s = s;
    m->end = end;
    m->ncaps = 2 * ((size_t)groups + 1);
    m->nslots = m->ncaps + 1 + nregs;
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

static bt_t *push(kl_re_matcher_t *m, uint32_t kind, size_t pc, kl_int_t a, kl_int_t b) {
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

static void set_slot(kl_re_matcher_t *m, size_t slot, kl_int_t v) {
    if (m->slots[slot] != v) {
        if (m->top > 0) {
            push(m, BT_UNDO, slot, m->slots[slot], 0);
        }
        m->slots[slot] = v;
    }
}

// Set two neighbouring slots (a loop's count and start) with one undo record.
static void set_slot2(kl_re_matcher_t *m, size_t slot, kl_int_t v0, kl_int_t v1) {
    if (m->top > 0) {
        push(m, BT_UNDO2, slot, m->slots[slot], m->slots[slot + 1]);
    }
    m->slots[slot] = v0;
    m->slots[slot + 1] = v1;
}

// The index of the newest mark.
static size_t find_mark(const kl_re_matcher_t *m) {
    size_t k = m->top;
    while (k > 0 && m->stack[k - 1].kind != BT_MARK) {
        k--;
    }
    return k - 1;
}

// Drop the mark at [k] and the choice points above it, keeping their undo records.
static void cut_to_mark(kl_re_matcher_t *m, size_t k) {
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

static KL_NOINLINE void poll(kl_re_matcher_t *m) {
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

static void count_steps(kl_re_matcher_t *m, uint32_t n) {
    m->steps += n;
    if (KL_UNLIKELY(m->steps >= m->poll_at)) {
        poll(m);
    }
}

static bool backref_match(kl_re_matcher_t *m, kl_int_t *sp, uint32_t g, bool icase, bool ascii) {
    kl_int_t a = m->slots[2 * g], b = m->slots[2 * g + 1];
    if (a < 0 || b < 0) {
        return false;
    }
    kl_int_t n = b - a;
    if (*sp + n > m->end) {
        return false;
    }
    const kl_re_subject_t *s = m->s;
    for (kl_int_t k = 0; k < n; k++) {
        uint32_t x = KL_RE_SCHAR(s, a + k), y = KL_RE_SCHAR(s, *sp + k);
        if (x != y && !(icase && equal_icase(x, y, ascii))) {
            return false;
        }
    }
    *sp += n;
    return true;
}

// Fail back to the newest choice point: sets *pc and *sp and returns true, or returns false
// when there is none.
static bool backtrack(kl_re_matcher_t *m, size_t *pc, kl_int_t *sp) {
    const kl_re_subject_t *s = m->s;
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
                if (after[0] == KL_RE_OP_CHAR) {
                    // Give back until the literal that follows can match.
                    while (b > e->a && (b >= m->end || KL_RE_SCHAR(s, b) != after[1])) {
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
                if (e->b == 0 || e->a >= m->end || !atom_match(insn + 5, KL_RE_SCHAR(s, e->a))) {
                    m->top--;
                    break;
                }
                e->a++;
                if ((uint32_t)e->b != KL_RE_INF) {
                    e->b--;
                }
                *pc = e->pc + 5 + insn[4];
                *sp = e->a;
                return true;
            }
            default: // BT_MARK
                m->top--;
                if (e->b == KL_RE_LOOK_NOT_AHEAD || e->b == KL_RE_LOOK_NOT_BEHIND) {
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
static bool run(kl_re_matcher_t *m, kl_int_t start) {
    const uint32_t *code = m->code;
    const kl_re_subject_t *s = m->s;
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
            case KL_RE_OP_MATCH:
                if ((m->fullmatch && sp != end) || sp == m->no_empty_at) {
                    goto fail;
                }
                m->slots[0] = start;
                m->slots[1] = sp;
                return true;
            case KL_RE_OP_CHAR:
                if (sp < end && KL_RE_SCHAR(s, sp) == insn[1]) {
                    sp++;
                    pc += 2;
                    continue;
                }
                goto fail;
            case KL_RE_OP_CHAR_I:
                if (sp < end && equal_icase(KL_RE_SCHAR(s, sp), insn[1], insn[2] != 0)) {
                    sp++;
                    pc += 3;
                    continue;
                }
                goto fail;
            case KL_RE_OP_ANY:
                if (sp < end && KL_RE_SCHAR(s, sp) != '\n') {
                    sp++;
                    pc += 1;
                    continue;
                }
                goto fail;
            case KL_RE_OP_ANY_ALL:
                if (sp < end) {
                    sp++;
                    pc += 1;
                    continue;
                }
                goto fail;
            case KL_RE_OP_CLASS:
                if (sp < end && class_match(insn, KL_RE_SCHAR(s, sp))) {
                    sp++;
                    pc += insn[1];
                    continue;
                }
                goto fail;
            case KL_RE_OP_BOL:
                if (sp != 0) {
                    goto fail;
                }
                pc += 1;
                continue;
            case KL_RE_OP_MBOL:
                if (sp != 0 && KL_RE_SCHAR(s, sp - 1) != '\n') {
                    goto fail;
                }
                pc += 1;
                continue;
            case KL_RE_OP_EOL:
                if (sp != end && !(sp == end - 1 && KL_RE_SCHAR(s, sp) == '\n')) {
                    goto fail;
                }
                pc += 1;
                continue;
            case KL_RE_OP_MEOL:
                if (sp != end && KL_RE_SCHAR(s, sp) != '\n') {
                    goto fail;
                }
                pc += 1;
                continue;
            case KL_RE_OP_EOS:
                if (sp != end) {
                    goto fail;
                }
                pc += 1;
                continue;
            case KL_RE_OP_WORDB:
            case KL_RE_OP_NWORDB: {
                bool ascii = insn[1] != 0;
                bool before = sp > 0 && is_word(KL_RE_SCHAR(s, sp - 1), ascii);
                bool after = sp < end && is_word(KL_RE_SCHAR(s, sp), ascii);
                // As in CPython, \B does not match in an empty string.
                if ((before != after) != (insn[0] == KL_RE_OP_WORDB) || end == 0) {
                    goto fail;
                }
                pc += 2;
                continue;
            }
            case KL_RE_OP_JMP:
                pc += (size_t)(int32_t)insn[1];
                continue;
            case KL_RE_OP_SPLIT:
                push(m, BT_CHOICE, pc + (size_t)(int32_t)insn[1], sp, 0);
                pc += 2;
                continue;
            case KL_RE_OP_SPLIT_JMP:
                push(m, BT_CHOICE, pc + 2, sp, 0);
                pc += (size_t)(int32_t)insn[1];
                continue;
            case KL_RE_OP_SAVE:
                set_slot(m, insn[1], sp);
                if (insn[1] & 1) {
                    set_slot(m, m->ncaps, (kl_int_t)(insn[1] / 2));
                }
                pc += 2;
                continue;
            case KL_RE_OP_BACKREF:
                if (!backref_match(m, &sp, insn[1], insn[2] != 0, insn[3] != 0)) {
                    goto fail;
                }
                pc += 4;
                continue;
            case KL_RE_OP_GROUPEXISTS:
                if (m->slots[2 * insn[1] + 1] >= 0) {
                    pc += 3;
                } else {
                    pc += insn[2];
                }
                continue;
            case KL_RE_OP_REPS: {
                uint32_t min = insn[1], max = insn[2];
                const uint32_t *atom = insn + 5;
                size_t next = pc + 5 + insn[4];
                kl_int_t n = 0;
                if (insn[3]) {
                    kl_int_t limit = end - sp;
                    if (max != KL_RE_INF && (kl_uint_t)max < (kl_uint_t)limit) {
                        limit = (kl_int_t)max;
                    }
                    while (n < limit && atom_match(atom, KL_RE_SCHAR(s, sp + n))) {
                        n++;
                    }
                    count_steps(m, (uint32_t)(n / 8));
                    if ((kl_uint_t)n < min) {
                        goto fail;
                    }
                    if ((kl_uint_t)n > min) {
                        push(m, BT_REPS_GREEDY, pc, sp + (kl_int_t)min, sp + n);
                    }
                    sp += n;
                } else {
                    while ((kl_uint_t)n < min) {
                        if (sp + n >= end || !atom_match(atom, KL_RE_SCHAR(s, sp + n))) {
                            goto fail;
                        }
                        n++;
                    }
                    sp += n;
                    if (max == KL_RE_INF || (uint32_t)n < max) {
                        push(m, BT_REPS_LAZY, pc, sp,
                             max == KL_RE_INF ? (kl_int_t)KL_RE_INF
                                              : (kl_int_t)(max - (uint32_t)n));
                    }
                }
                pc = next;
                continue;
            }
            case KL_RE_OP_REP_START:
                set_slot2(m, m->ncaps + 1 + insn[1], 0, -1);
                pc += 2;
                continue;
            case KL_RE_OP_REP_CHECK: {
                size_t r = m->ncaps + 1 + insn[1];
                kl_int_t count = m->slots[r];
                size_t exit = pc + insn[5];
                if ((kl_uint_t)count < insn[2]) {
                    pc += 6;
                    continue;
                }
                if ((insn[3] != KL_RE_INF && (kl_uint_t)count >= insn[3]) ||
                    m->slots[r + 1] == sp) {
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
            case KL_RE_OP_REP_ENTER: {
                size_t r = m->ncaps + 1 + insn[1];
                // As in CPython, the empty-iteration check looks at where the last optional
                // iteration started: one that matched nothing ends the loop.
                kl_int_t count = m->slots[r];
                set_slot2(m, r, count + 1, (kl_uint_t)count >= insn[2] ? sp : m->slots[r + 1]);
                pc += 3;
                continue;
            }
            case KL_RE_OP_ATOMIC:
                push(m, BT_MARK, 0, sp, MARK_ATOMIC);
                pc += 1;
                continue;
            case KL_RE_OP_ATOMIC_END:
                cut_to_mark(m, find_mark(m));
                pc += 1;
                continue;
            case KL_RE_OP_LOOK: {
                uint32_t kind = insn[1];
                size_t after = pc + insn[3];
                kl_int_t from = sp;
                if (kind == KL_RE_LOOK_BEHIND || kind == KL_RE_LOOK_NOT_BEHIND) {
                    if ((kl_uint_t)sp < insn[2]) {
                        if (kind == KL_RE_LOOK_BEHIND) {
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
            case KL_RE_OP_LOOK_END: {
                size_t k = find_mark(m);
                bt_t *mark = &m->stack[k];
                sp = mark->a;
                if (mark->b == KL_RE_LOOK_AHEAD || mark->b == KL_RE_LOOK_BEHIND) {
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

bool kl_re_exec_find(kl_re_matcher_t *m, kl_int_t pos, bool search) {
    const uint32_t *code = m->code;
    const kl_re_subject_t *s = m->s;
    if (!search || code[0] == KL_RE_OP_BOL) {
        return run(m, pos);
    }
    for (kl_int_t start = pos; start <= m->end; start++) {
        if (code[0] == KL_RE_OP_CHAR) {
            while (start < m->end && KL_RE_SCHAR(s, start) != code[1]) {
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

#endif // KL_CFG_MODULE_RE
