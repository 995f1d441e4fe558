// vm/bcfile.c: precompiled bytecode files (.kbc): save a code object tree, load and verify one.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A .kbc file lets a board run a module without parsing or compiling it: kinglet-cross compiles
// on the host and the target only reads. docs/bytecode-format.md describes the layout. Two
// things make it more than a memory dump of kl_obj_code_t. First, qstr numbers are private to
// one interpreter (a name interned at run time gets the next free number), so the file carries
// its names as text in one table and the bytecode refers to them by table index; since
// instruction arguments are varints, swapping an index for a qstr can change an instruction's
// length, so both directions re-lay the bytecode out (relayout), moving jump targets, the
// exception table and the line table with it. Second, the file may come from anywhere: the
// loader trusts nothing. Every length and count is bounded by the bytes that remain, every
// index is checked against what it indexes, every instruction must be a known opcode with a
// complete argument, every jump and handler must land on an instruction (and go backward only
// where a loop passes a check point: no loop escapes Ctrl-C or a budget), the operand stack
// depth of every instruction is computed (a forward data-flow pass) and must stay within the
// code's n_stack, and a second pass finds the kinds each stack slot may hold, so that no
// instruction reads a slot as a kind the VM trusts (a value, not null; a str) unless it is one.
// A file that fails any check raises ValueError("invalid bytecode file: ...")
// and leaves nothing behind; the VM then runs what was loaded exactly as if it had compiled it.

#include <limits.h>
#include <stdint.h>
#include <string.h>

#include "vm/bc.h"
#include "vm/bcfile.h"
#include "vm/gc.h"
#include "vm/obj_int.h"
#include "vm/obj_set.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/qstr.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

#if KL_CFG_BYTECODE_FILES

// Constant tags.
enum {
    TAG_NONE = 'N',
    TAG_FALSE = 'F',
    TAG_TRUE = 'T',
    TAG_ELLIPSIS = 'E',
    TAG_SMALL_INT = 'i', // SINT varint that fits 31 bits
    TAG_BIG_INT = 'I',   // decimal text
    TAG_FLOAT = 'f',     // 8 bytes, IEEE 754 binary64 bits, little-endian
    TAG_COMPLEX = 'c',   // two of them
    TAG_QSTR = 'q',      // name table index
    TAG_STR = 's',       // UTF-8 text
    TAG_BYTES = 'b',
    TAG_TUPLE = 't',
    TAG_FROZENSET = 'z', // its table: slot count, then each member with its slot
    TAG_CODE = 'C',
    TAG_TYPE = 'y', // a builtin type the compiler refers to, by name table index
};

// Header feature bits.
#define FEAT_FLOAT (1)
#define FEAT_COMPLEX (2)

#define NAME_MAX_COUNT (0xffff)
#define MAX_DEPTH (48) // nesting of code objects and constant tuples

// The builtin types the compiler may put in a constant table, then NULL (StopAsyncIteration,
// for async for, only where there is async).
static const kl_obj_type_t *const const_types[] = {
#if KL_CFG_ASYNC
    &kl_type_StopAsyncIteration,
#endif
    NULL,
};

// Whether [op]'s first argument is a qstr.
static bool op_has_qstr(unsigned op) {
    switch (op) {
        case KL_BC_LOAD_CLASSDEREF:
        case KL_BC_LOAD_NAME:
        case KL_BC_STORE_NAME:
        case KL_BC_DELETE_NAME:
        case KL_BC_LOAD_GLOBAL:
        case KL_BC_STORE_GLOBAL:
        case KL_BC_DELETE_GLOBAL:
        case KL_BC_LOAD_ATTR:
        case KL_BC_STORE_ATTR:
        case KL_BC_DELETE_ATTR:
        case KL_BC_LOAD_METHOD:
        case KL_BC_LOAD_SUPER_METHOD:
        case KL_BC_IMPORT_NAME:
        case KL_BC_IMPORT_FROM:
            return true;
        default:
            return false;
    }
}

static size_t uint_size(kl_uint_t n) {
    size_t s = 1;
    while (n >= 0x80) {
        n >>= 7;
        s++;
    }
    return s;
}

static void put_uint(kl_vstr_t *v, kl_uint_t n) {
    while (n >= 0x80) {
        kl_vstr_add_byte(v, (char)(0x80 | (n & 0x7f)));
        n >>= 7;
    }
    kl_vstr_add_byte(v, (char)n);
}

// Read a varint at *[p] before [end]; false when it is cut off or does not fit a kl_uint_t.
static bool get_varint(const uint8_t **p, const uint8_t *end, kl_uint_t *out) {
    kl_uint_t v = 0;
    unsigned shift = 0;
    const uint8_t *q = *p;
    for (;;) {
        if (q >= end) {
            return false;
        }
        uint8_t b = *q++;
        kl_uint_t bits = (kl_uint_t)(b & 0x7f);
        if (shift >= sizeof(kl_uint_t) * 8 ||
            (shift > 0 && (bits >> (sizeof(kl_uint_t) * 8 - shift)) != 0)) {
            if (bits != 0) {
                return false;
            }
        } else {
            v |= bits << shift;
        }
        shift += 7;
        if (!(b & 0x80)) {
            break;
        }
        if (shift > 70) {
            return false;
        }
    }
    *p = q;
    *out = v;
    return true;
}

static kl_int_t unzigzag(kl_uint_t u) {
    return (kl_int_t)(u >> 1) ^ -(kl_int_t)(u & 1);
}

// ==== Instruction walking and relayout ====

// One decoded instruction.
typedef struct {
    unsigned op;
    size_t len;     // bytes, opcode included
    kl_uint_t a, b; // arguments (a: the only one, or the first of UINT2; JUMP: the target)
} insn_t;

// Decode the instruction at [bc]+[pos]; false if the opcode is unknown or its argument is cut
// off.
static bool decode(const uint8_t *bc, size_t len, size_t pos, bool wide, insn_t *in) {
    const uint8_t *p = bc + pos, *end = bc + len;
    in->op = *p++;
    in->a = in->b = 0;
    if (in->op >= KL_BC_NUM_OPCODES) {
        return false;
    }
    switch (kl_bc_arg_kind[in->op]) {
        case KL_BC_ARG_NONE:
            break;
        case KL_BC_ARG_UINT:
        case KL_BC_ARG_SINT:
            if (!get_varint(&p, end, &in->a)) {
                return false;
            }
            break;
        case KL_BC_ARG_UINT2:
            if (!get_varint(&p, end, &in->a) || !get_varint(&p, end, &in->b)) {
                return false;
            }
            break;
        case KL_BC_ARG_JUMP: {
            size_t w = wide ? 4 : 2;
            if ((size_t)(end - p) < w) {
                return false;
            }
            in->a = (kl_uint_t)p[0] | ((kl_uint_t)p[1] << 8);
            if (wide) {
                in->a |= ((kl_uint_t)p[2] << 16) | ((kl_uint_t)p[3] << 24);
            }
            p += w;
            break;
        }
    }
    in->len = (size_t)(p - (bc + pos));
    return true;
}

// Maps a qstr argument (to a name table index when saving, back to a qstr when loading).
typedef kl_uint_t (*map_qstr_fun_t)(void *ctx, kl_uint_t value);

typedef struct {
    uint8_t *bc;
    size_t bc_len;
    uint32_t *offsets; // old offset -> new offset, UINT32_MAX inside an instruction
    const uint8_t *lines;
    size_t lines_len;
    kl_exc_entry_t *exc;
} relaid_t;

KL_NORETURN static void invalid(const char *reason);

// Re-encode [code]'s bytecode with every qstr argument passed through [map], moving jumps, the
// exception table and the line table along. The input was checked by decode() already.
static void relayout(const uint8_t *bc, size_t len, bool wide, const uint8_t *lines,
                     size_t lines_len, const kl_exc_entry_t *exc, size_t n_exc, map_qstr_fun_t map,
                     void *ctx, relaid_t *out) {
    uint32_t *off = kl_gc_alloc((len + 1) * sizeof(uint32_t), KL_GC_ATOMIC);
    for (size_t i = 0; i <= len; i++) {
        off[i] = UINT32_MAX;
    }
    size_t new_len = 0;
    for (size_t pos = 0; pos < len;) {
        insn_t in;
        if (!decode(bc, len, pos, wide, &in)) {
            invalid(KL_ERROR_TEXT("bad instruction"));
        }
        off[pos] = (uint32_t)new_len;
        // Arguments are written back in their shortest form (a file may pad them).
        size_t n = in.len;
        switch (kl_bc_arg_kind[in.op]) {
            case KL_BC_ARG_UINT:
            case KL_BC_ARG_SINT:
                n = 1 + uint_size(op_has_qstr(in.op) ? map(ctx, in.a) : in.a);
                break;
            case KL_BC_ARG_UINT2:
                n = 1 + uint_size(op_has_qstr(in.op) ? map(ctx, in.a) : in.a) + uint_size(in.b);
                break;
            default:
                break;
        }
        new_len += n;
        pos += in.len;
    }
    off[len] = (uint32_t)new_len;
    if (!wide && new_len > 0xffff) {
        invalid(KL_ERROR_TEXT("code too large"));
    }
    kl_vstr_t v;
    kl_vstr_init(&v, new_len + 1);
    for (size_t pos = 0; pos < len;) {
        insn_t in;
        decode(bc, len, pos, wide, &in);
        kl_vstr_add_byte(&v, (char)in.op);
        switch (kl_bc_arg_kind[in.op]) {
            case KL_BC_ARG_NONE:
                break;
            case KL_BC_ARG_UINT:
            case KL_BC_ARG_SINT:
                put_uint(&v, op_has_qstr(in.op) ? map(ctx, in.a) : in.a);
                break;
            case KL_BC_ARG_UINT2:
                put_uint(&v, op_has_qstr(in.op) ? map(ctx, in.a) : in.a);
                put_uint(&v, in.b);
                break;
            case KL_BC_ARG_JUMP: {
                if (in.a >= len || off[in.a] == UINT32_MAX) {
                    invalid(KL_ERROR_TEXT("jump into an instruction"));
                }
                uint32_t t = off[in.a];
                kl_vstr_add_byte(&v, (char)t);
                kl_vstr_add_byte(&v, (char)(t >> 8));
                if (wide) {
                    kl_vstr_add_byte(&v, (char)(t >> 16));
                    kl_vstr_add_byte(&v, (char)(t >> 24));
                }
                break;
            }
        }
        pos += in.len;
    }
    if (v.len != new_len) {
        invalid(KL_ERROR_TEXT("bad instruction")); // cannot happen: both passes agree
    }
    out->bc = (uint8_t *)v.buf;
    out->bc_len = new_len;
    out->offsets = off;
    // Lines: (offset delta, line delta) pairs; offsets must fall on instruction boundaries.
    kl_vstr_t l;
    kl_vstr_init(&l, lines_len + 4);
    const uint8_t *p = lines, *end = lines + lines_len;
    size_t old_at = 0, new_at = 0;
    while (p < end) {
        kl_uint_t d, u;
        if (!get_varint(&p, end, &d) || !get_varint(&p, end, &u)) {
            invalid(KL_ERROR_TEXT("bad line table"));
        }
        if (d > len - old_at || off[old_at + d] == UINT32_MAX) {
            invalid(KL_ERROR_TEXT("bad line table"));
        }
        old_at += d;
        put_uint(&l, off[old_at] - new_at);
        new_at = off[old_at];
        put_uint(&l, u);
    }
    out->lines = (const uint8_t *)l.buf;
    out->lines_len = l.len;
    out->exc = kl_gc_alloc((n_exc + 1) * sizeof(kl_exc_entry_t), KL_GC_ATOMIC);
    for (size_t i = 0; i < n_exc; i++) {
        const kl_exc_entry_t *x = &exc[i];
        if (x->start >= x->end || x->end > len || x->handler >= len ||
            off[x->start] == UINT32_MAX || off[x->end] == UINT32_MAX ||
            off[x->handler] == UINT32_MAX) {
            invalid(KL_ERROR_TEXT("bad exception table"));
        }
        out->exc[i].start = off[x->start];
        out->exc[i].end = off[x->end];
        out->exc[i].handler = off[x->handler];
        out->exc[i].depth = x->depth;
    }
}

// ==== Saving ====

typedef struct {
    kl_vstr_t body;
    kl_obj_t names; // dict: qstr -> index
    kl_vstr_t table;
    size_t n_names;
    unsigned int_bits; // widest LOAD_INT operand, sign included
    unsigned features;
} saver_t;

static kl_uint_t save_name(void *ctx, kl_uint_t q) {
    saver_t *s = ctx;
    kl_obj_t key = KL_OBJ_NEW_QSTR(q);
    kl_obj_t idx = kl_obj_dict_get(s->names, key);
    if (idx != KL_OBJ_NULL) {
        return (kl_uint_t)KL_OBJ_SMALL_INT_VALUE(idx);
    }
    if (s->n_names == NAME_MAX_COUNT) {
        kl_raise_ValueError(KL_ERROR_TEXT("too many names for a bytecode file"));
    }
    size_t len;
    const char *data = kl_qstr_data((kl_qstr_t)q, &len);
    put_uint(&s->table, len);
    kl_vstr_add_strn(&s->table, data, len);
    kl_obj_dict_store(s->names, key, KL_OBJ_NEW_SMALL_INT((kl_int_t)s->n_names));
    return s->n_names++;
}

static unsigned int_width(kl_int_t v) {
    unsigned bits = 1;
    while (v != 0 && v != -1) {
        v >>= 1;
        bits++;
    }
    return bits;
}

static void save_code(saver_t *s, const kl_obj_code_t *code);

static void save_const(saver_t *s, kl_obj_t o) {
    kl_vstr_t *v = &s->body;
    if (o == kl_const_none) {
        kl_vstr_add_byte(v, TAG_NONE);
    } else if (o == kl_const_false) {
        kl_vstr_add_byte(v, TAG_FALSE);
    } else if (o == kl_const_true) {
        kl_vstr_add_byte(v, TAG_TRUE);
    } else if (o == kl_const_ellipsis) {
        kl_vstr_add_byte(v, TAG_ELLIPSIS);
    } else if (KL_OBJ_IS_SMALL_INT(o) && int_width(KL_OBJ_SMALL_INT_VALUE(o)) <= 31) {
        kl_int_t n = KL_OBJ_SMALL_INT_VALUE(o);
        kl_vstr_add_byte(v, TAG_SMALL_INT);
        put_uint(v, ((kl_uint_t)n << 1) ^ (kl_uint_t)(n >> (sizeof(kl_int_t) * 8 - 1)));
    } else if (KL_OBJ_IS_SMALL_INT(o) || kl_obj_is_type(o, &kl_type_int)) {
        size_t len;
        const char *text = kl_obj_str_get_data(kl_obj_int_format_base(o, 10, false, false), &len);
        kl_vstr_add_byte(v, TAG_BIG_INT);
        put_uint(v, len);
        kl_vstr_add_strn(v, text, len);
    } else if (KL_OBJ_IS_QSTR(o)) {
        kl_vstr_add_byte(v, TAG_QSTR);
        put_uint(v, save_name(s, KL_OBJ_QSTR_VALUE(o)));
    } else if (kl_obj_is_type(o, &kl_type_str) || kl_obj_is_type(o, &kl_type_bytes)) {
        size_t len;
        const char *data = kl_obj_str_get_data(o, &len);
        kl_vstr_add_byte(v, kl_obj_is_type(o, &kl_type_str) ? TAG_STR : TAG_BYTES);
        put_uint(v, len);
        kl_vstr_add_strn(v, data, len);
#if KL_CFG_FLOAT
    } else if (kl_obj_is_type(o, &kl_type_float) || kl_obj_is_type(o, &kl_type_complex)) {
        kl_float_t parts[2] = {0, 0};
        size_t n = 1;
        if (kl_obj_is_type(o, &kl_type_float)) {
            parts[0] = kl_obj_get_float(o);
            kl_vstr_add_byte(v, TAG_FLOAT);
            s->features |= FEAT_FLOAT;
        } else {
            kl_obj_complex_get(o, &parts[0], &parts[1]);
            n = 2;
            kl_vstr_add_byte(v, TAG_COMPLEX);
            s->features |= FEAT_FLOAT | FEAT_COMPLEX;
        }
        for (size_t i = 0; i < n; i++) {
            double d = (double)parts[i];
            uint64_t bits;
            memcpy(&bits, &d, sizeof(bits));
            for (int k = 0; k < 8; k++) {
                kl_vstr_add_byte(v, (char)(bits >> (8 * k)));
            }
        }
#endif
    } else if (kl_obj_is_type(o, &kl_type_tuple)) {
        kl_obj_tuple_t *t = (kl_obj_tuple_t *)o;
        kl_vstr_add_byte(v, TAG_TUPLE);
        put_uint(v, t->len);
        for (size_t i = 0; i < t->len; i++) {
            save_const(s, t->items[i]);
        }
    } else if (kl_obj_is_type(o, &kl_type_frozenset)) {
        // The compiler's constant set displays ({1, 2, 3} in a loop or an `in` test). Their
        // iteration order is the order of the table's slots, which a frozenset built again
        // from the members in that order need not reproduce (colliding members can land
        // elsewhere), so the file holds the table's layout itself.
        const kl_obj_set_t *fs = KL_OBJ_TO_PTR(o);
        kl_vstr_add_byte(v, TAG_FROZENSET);
        put_uint(v, (kl_uint_t)fs->mask + 1);
        put_uint(v, fs->used);
        for (size_t i = 0; fs->table != NULL && i <= fs->mask; i++) {
            kl_obj_t k = fs->table[i].key;
            if (k != KL_OBJ_NULL && k != KL_SET_DUMMY) {
                put_uint(v, i);
                save_const(s, k);
            }
        }
    } else if (kl_obj_is_type(o, &kl_type_code)) {
        kl_vstr_add_byte(v, TAG_CODE);
        save_code(s, (const kl_obj_code_t *)o);
    } else {
        for (size_t i = 0; const_types[i] != NULL; i++) {
            if (o == KL_OBJ_FROM_PTR(const_types[i])) {
                kl_vstr_add_byte(v, TAG_TYPE);
                put_uint(v, save_name(s, const_types[i]->name));
                return;
            }
        }
        kl_raise_msg_fmt(&kl_type_ValueError,
                         KL_ERROR_TEXT("cannot save a constant of type '%s' in a bytecode file"),
                         kl_qstr_str(kl_obj_get_type_qstr(o)));
    }
}

static void save_code(saver_t *s, const kl_obj_code_t *code) {
    kl_vstr_t *v = &s->body;
    put_uint(v, code->flags);
    put_uint(v, save_name(s, code->name));
    put_uint(v, save_name(s, code->qualname));
    put_uint(v, save_name(s, code->filename));
    put_uint(v, code->first_line);
    put_uint(v, code->n_locals);
    put_uint(v, code->n_stack);
    put_uint(v, code->n_pos);
#if KL_CFG_POSONLY_PARAMS
    put_uint(v, code->n_posonly);
#else
    put_uint(v, 0);
#endif
    put_uint(v, code->n_kwonly);
    put_uint(v, code->n_free);
    put_uint(v, code->n_cells);
    for (size_t i = 0; i < code->n_locals; i++) {
        put_uint(v, save_name(s, code->local_names[i]));
    }
    for (size_t i = 0; i < code->n_cells; i++) {
        put_uint(v, code->cell_locals[i]);
    }
    put_uint(v, code->n_consts);
    for (size_t i = 0; i < code->n_consts; i++) {
        save_const(s, code->consts[i]);
    }
    bool wide = (code->flags & KL_CODE_FLAG_WIDE) != 0;
    for (size_t pos = 0; pos < code->bc_len;) {
        insn_t in;
        decode(code->bytecode, code->bc_len, pos, wide, &in);
        if (in.op == KL_BC_LOAD_INT) {
            unsigned w = int_width(unzigzag(in.a));
            if (w > s->int_bits) {
                s->int_bits = w;
            }
        }
        pos += in.len;
    }
    relaid_t r;
    relayout(code->bytecode, code->bc_len, wide, code->lines, code->lines_len, code->exc_table,
             code->n_exc, save_name, s, &r);
    put_uint(v, r.bc_len);
    kl_vstr_add_strn(v, (const char *)r.bc, r.bc_len);
    put_uint(v, r.lines_len);
    kl_vstr_add_strn(v, (const char *)r.lines, r.lines_len);
    put_uint(v, code->n_exc);
    for (size_t i = 0; i < code->n_exc; i++) {
        put_uint(v, r.exc[i].start);
        put_uint(v, r.exc[i].end);
        put_uint(v, r.exc[i].handler);
        put_uint(v, r.exc[i].depth);
    }
}

kl_obj_t kl_bcfile_save(kl_obj_t code) {
    if (!kl_obj_is_type(code, &kl_type_code)) {
        kl_raise_TypeError(KL_ERROR_TEXT("expected a code object"));
    }
    saver_t s;
    memset(&s, 0, sizeof(s));
    kl_vstr_init(&s.body, 256);
    kl_vstr_init(&s.table, 64);
    s.names = kl_obj_new_dict(8);
    s.int_bits = 1;
    save_code(&s, (const kl_obj_code_t *)code);
    kl_vstr_t out;
    kl_vstr_init(&out, s.body.len + s.table.len + 16);
    kl_vstr_add_strn(&out, KL_BCFILE_MAGIC, 4);
    kl_vstr_add_byte(&out, KL_BCFILE_VERSION);
    kl_vstr_add_byte(&out, (char)KL_BC_NUM_OPCODES);
    kl_vstr_add_byte(&out, (char)s.int_bits);
    kl_vstr_add_byte(&out, (char)s.features);
    put_uint(&out, s.n_names);
    kl_vstr_add_strn(&out, s.table.buf, s.table.len);
    kl_vstr_add_strn(&out, s.body.buf, s.body.len);
    return kl_vstr_to_bytes(&out);
}

// ==== Loading ====

typedef struct {
    const uint8_t *p, *end;
    kl_qstr_t *names;
    size_t n_names;
    unsigned depth;
} loader_t;

KL_NORETURN static void invalid(const char *reason) {
    kl_raise_msg_fmt(&kl_type_ValueError, KL_ERROR_TEXT("invalid bytecode file: %s"), reason);
}

static kl_uint_t read_uint(loader_t *l, kl_uint_t max) {
    kl_uint_t v;
    if (!get_varint(&l->p, l->end, &v)) {
        invalid(KL_ERROR_TEXT("truncated or bad number"));
    }
    if (v > max) {
        invalid(KL_ERROR_TEXT("number out of range"));
    }
    return v;
}

static const uint8_t *read_bytes(loader_t *l, size_t n) {
    if (n > (size_t)(l->end - l->p)) {
        invalid(KL_ERROR_TEXT("truncated"));
    }
    const uint8_t *r = l->p;
    l->p += n;
    return r;
}

static uint8_t read_byte(loader_t *l) {
    return *read_bytes(l, 1);
}

static kl_qstr_t read_name(loader_t *l) {
    return l->names[read_uint(l, l->n_names ? l->n_names - 1 : 0)];
}

static kl_uint_t load_name(void *ctx, kl_uint_t idx) {
    loader_t *l = ctx;
    if (idx >= l->n_names) {
        invalid(KL_ERROR_TEXT("name index out of range"));
    }
    return l->names[idx];
}

// Text must be what a str holds: UTF-8, where (unlike the strict decoder) lone surrogates
// encoded in three bytes are allowed, since '\ud800' is a valid literal.
static void check_utf8(const uint8_t *s, size_t len) {
    size_t at = 0;
    while (at < len) {
        at += kl_obj_str_utf8_check((const char *)s + at, len - at, NULL, NULL);
        if (at == len) {
            break;
        }
        if (len - at >= 3 && s[at] == 0xed && s[at + 1] >= 0xa0 && s[at + 1] <= 0xbf &&
            (s[at + 2] & 0xc0) == 0x80) {
            at += 3;
        } else {
            invalid(KL_ERROR_TEXT("text is not UTF-8"));
        }
    }
}

static const kl_obj_code_t *load_code(loader_t *l);

static kl_obj_t load_const(loader_t *l) {
    uint8_t tag = read_byte(l);
    switch (tag) {
        case TAG_NONE:
            return kl_const_none;
        case TAG_FALSE:
            return kl_const_false;
        case TAG_TRUE:
            return kl_const_true;
        case TAG_ELLIPSIS:
            return kl_const_ellipsis;
        case TAG_SMALL_INT: {
            kl_int_t n = unzigzag(read_uint(l, (kl_uint_t)-1));
            if (int_width(n) > 31) {
                invalid(KL_ERROR_TEXT("bad small int"));
            }
            return KL_OBJ_NEW_SMALL_INT(n);
        }
        case TAG_BIG_INT: {
            size_t len = read_uint(l, 0xffff);
            const uint8_t *s = read_bytes(l, len);
            if (len == 0 || len > 0xfff0) {
                invalid(KL_ERROR_TEXT("bad int"));
            }
            for (size_t i = 0; i < len; i++) {
                if (!((s[i] >= '0' && s[i] <= '9') || (i == 0 && s[i] == '-' && len > 1))) {
                    invalid(KL_ERROR_TEXT("bad int"));
                }
            }
            return kl_obj_new_int_from_str((const char *)s, len, 10);
        }
        case TAG_FLOAT:
        case TAG_COMPLEX: {
#if KL_CFG_FLOAT
            kl_float_t parts[2] = {0, 0};
            for (int i = 0; i < (tag == TAG_FLOAT ? 1 : 2); i++) {
                const uint8_t *b = read_bytes(l, 8);
                uint64_t bits = 0;
                for (int k = 0; k < 8; k++) {
                    bits |= (uint64_t)b[k] << (8 * k);
                }
                double d;
                memcpy(&d, &bits, sizeof(d));
                parts[i] = (kl_float_t)d;
            }
            if (tag == TAG_FLOAT) {
                return kl_obj_new_float(parts[0]);
            }
            return kl_obj_new_complex(parts[0], parts[1]);
#else
            invalid(KL_ERROR_TEXT("floats are not supported by this build"));
#endif
        }
        case TAG_QSTR:
            return KL_OBJ_NEW_QSTR(read_name(l));
        case TAG_STR:
        case TAG_BYTES: {
            size_t len = read_uint(l, (kl_uint_t)(l->end - l->p));
            const uint8_t *s = read_bytes(l, len);
            if (tag == TAG_STR) {
                check_utf8(s, len);
                return kl_obj_new_str((const char *)s, len);
            }
            return kl_obj_new_bytes((const char *)s, len);
        }
        case TAG_TUPLE: {
            size_t n = read_uint(l, (kl_uint_t)(l->end - l->p));
            if (++l->depth > MAX_DEPTH) {
                invalid(KL_ERROR_TEXT("nested too deeply"));
            }
            kl_obj_t *items = kl_gc_alloc((n + 1) * sizeof(kl_obj_t), 0);
            for (size_t i = 0; i < n; i++) {
                items[i] = load_const(l);
            }
            l->depth--;
            return kl_obj_new_tuple(n, items);
        }
        case TAG_FROZENSET: {
            size_t slots = read_uint(l, 0x7fffffff);
            size_t n = read_uint(l, (kl_uint_t)(l->end - l->p) / 2);
            // A table kinglet builds has at most 8 slots a member (vm/obj_set.c).
            if (slots < 8 || (slots & (slots - 1)) != 0 || slots / 8 > (n > 1 ? n : 1)) {
                invalid(KL_ERROR_TEXT("bad frozenset"));
            }
            if (++l->depth > MAX_DEPTH) {
                invalid(KL_ERROR_TEXT("nested too deeply"));
            }
            kl_obj_t *items = kl_gc_alloc((n + 1) * sizeof(kl_obj_t), 0);
            uint32_t *at = kl_gc_alloc((n + 1) * sizeof(uint32_t), KL_GC_ATOMIC);
            for (size_t i = 0; i < n; i++) {
                at[i] = (uint32_t)read_uint(l, slots - 1);
                if (i > 0 && at[i] <= at[i - 1]) {
                    invalid(KL_ERROR_TEXT("bad frozenset"));
                }
                items[i] = load_const(l);
                if (kl_obj_is_type(items[i], &kl_type_code)) {
                    invalid(KL_ERROR_TEXT("a code object in a frozenset"));
                }
            }
            l->depth--;
            kl_obj_t fs = kl_obj_new_frozenset_with_layout(slots, n, at, items);
            if (fs == KL_OBJ_NULL) {
                // Not a table this build makes: from a build whose hashes differ (another word
                // size), or hand-made. The members, in slot order, make a frozenset anyway.
                fs = kl_obj_new_frozenset_from_iterable(kl_obj_new_tuple(n, items));
            }
            return fs;
        }
        case TAG_CODE:
            return KL_OBJ_FROM_PTR(load_code(l));
        case TAG_TYPE: {
            kl_qstr_t q = read_name(l);
            for (size_t i = 0; const_types[i] != NULL; i++) {
                if (const_types[i]->name == q) {
                    return KL_OBJ_FROM_PTR(const_types[i]);
                }
            }
            invalid(KL_ERROR_TEXT("unknown type constant"));
        }
        default:
            invalid(KL_ERROR_TEXT("unknown constant tag"));
    }
}

// Whether local [i] of [code] holds a cell (a cell variable or a free variable).
static bool is_cell_slot(const kl_obj_code_t *code, kl_uint_t i) {
    if (i >= code->n_locals) {
        return false;
    }
    if (i >= (kl_uint_t)(code->n_locals - code->n_free)) {
        return true;
    }
    for (size_t k = 0; k < code->n_cells; k++) {
        if (code->cell_locals[k] == i) {
            return true;
        }
    }
    return false;
}

// The stack effect of [in], and what a jump pushes on its taken branch (*[jump_effect]).
static int stack_effect(const insn_t *in, int *jump_effect) {
    static const int8_t fixed[KL_BC_NUM_OPCODES] = {
#define VAR 0
#define OP(name, effect, arg) effect,
#include "vm/opcodes.def"
#undef OP
#undef VAR
    };
    int n = (int)in->a, m = (int)in->b;
    *jump_effect = fixed[in->op];
    switch (in->op) {
        case KL_BC_BUILD_SLICE:
        case KL_BC_BUILD_TUPLE:
        case KL_BC_BUILD_LIST:
        case KL_BC_BUILD_SET:
        case KL_BC_BUILD_STRING:
            return 1 - n;
        case KL_BC_BUILD_MAP:
            return 1 - 2 * n;
        case KL_BC_UNPACK_SEQUENCE:
            return n - 1;
        case KL_BC_UNPACK_EX:
            return (n & 0xff) + (n >> 8);
        case KL_BC_FORMAT_VALUE:
            return (n & KL_FORMAT_HAS_SPEC) ? -1 : 0;
        case KL_BC_CALL_FUNCTION:
            return -(n + 2 * m);
        case KL_BC_CALL_METHOD:
            return -(n + 2 * m) - 1;
        case KL_BC_CALL_FUNCTION_EX:
            return n ? -2 : -1;
        case KL_BC_MAKE_FUNCTION:
            return 1 - ((m & 1) + ((m >> 1) & 1) + ((m >> 2) & 1) + ((m >> 3) & 1));
        case KL_BC_RAISE_VARARGS:
            return -n;
        case KL_BC_JUMP_IF_FALSE_OR_POP:
        case KL_BC_JUMP_IF_TRUE_OR_POP:
            *jump_effect = 0;
            return -1;
        case KL_BC_FOR_ITER:
            *jump_effect = -1;
            return 1;
        default:
            return fixed[in->op];
    }
}

// How many values [in] reads below the top, beyond what its effect shows (DUP_TOP reads one,
// pushes two: effect +1 but needs one).
static int stack_need(const insn_t *in, int effect) {
    int n = (int)in->a, m = (int)in->b;
    switch (in->op) {
        case KL_BC_DUP_TOP:
            return 1;
        case KL_BC_DUP_TOP_TWO:
        case KL_BC_ROT_TWO:
            return 2;
        case KL_BC_ROT_THREE:
            return 3;
        case KL_BC_ROT_FOUR:
            return 4;
        case KL_BC_LIST_APPEND:
        case KL_BC_SET_ADD:
        case KL_BC_LIST_EXTEND:
        case KL_BC_SET_UPDATE:
        case KL_BC_DICT_UPDATE:
            return n + 1;
        case KL_BC_DICT_MERGE:
            return n + 3; // the function called sits two below the dict
        case KL_BC_MAP_ADD:
            return n + 2;
        case KL_BC_UNPACK_SEQUENCE:
        case KL_BC_UNPACK_EX:
            return 1;
        case KL_BC_CALL_FUNCTION:
            return n + 2 * m + 1;
        case KL_BC_CALL_METHOD:
            return n + 2 * m + 2;
        case KL_BC_CALL_FUNCTION_EX:
            return n ? 3 : 2;
        case KL_BC_PUSH_EXC_INFO:
        case KL_BC_GET_ITER:
        case KL_BC_GET_ITER_FRESH:
        case KL_BC_POP_ITER:
        case KL_BC_UNARY_OP:
        case KL_BC_UNARY_NOT:
        case KL_BC_FOR_ITER:
        case KL_BC_LOAD_ATTR:
        case KL_BC_LOAD_METHOD:
        case KL_BC_BEFORE_WITH:
        case KL_BC_BEFORE_ASYNC_WITH:
        case KL_BC_YIELD_VALUE:
        case KL_BC_GET_YIELD_FROM_ITER:
        case KL_BC_GET_AWAITABLE:
        case KL_BC_GET_AITER:
        case KL_BC_GET_ANEXT:
        case KL_BC_MATCH_MAPPING:
        case KL_BC_MATCH_SEQUENCE:
        case KL_BC_GET_LEN:
        case KL_BC_IMPORT_FROM:
        case KL_BC_LIST_TO_TUPLE:
            return 1;
        case KL_BC_CHECK_EXC_MATCH:
        case KL_BC_CHECK_EG_MATCH:
        case KL_BC_MATCH_KEYS:
        case KL_BC_LOAD_SUBSCR:
        case KL_BC_BINARY_OP:
        case KL_BC_IS_OP:
        case KL_BC_CONTAINS_OP:
        case KL_BC_IMPORT_NAME:
        case KL_BC_YIELD_FROM:
        case KL_BC_PREP_RERAISE_STAR:
        case KL_BC_COPY_DICT_WITHOUT_KEYS:
            return 2;
        case KL_BC_BUILD_SLICE:
        case KL_BC_BUILD_TUPLE:
        case KL_BC_BUILD_LIST:
        case KL_BC_BUILD_SET:
        case KL_BC_BUILD_STRING:
        case KL_BC_RAISE_VARARGS:
            return n;
        case KL_BC_BUILD_MAP:
            return 2 * n;
        case KL_BC_MAKE_FUNCTION:
        case KL_BC_FORMAT_VALUE:
            return 1 - effect;
        case KL_BC_WITH_EXCEPT_START:
        case KL_BC_LOAD_SUPER_METHOD:
        case KL_BC_MATCH_CLASS:
            return 3;
        default:
            return effect < 0 ? -effect : 0;
    }
}

// Check one instruction's arguments against [code].
static void check_insn(const kl_obj_code_t *code, const insn_t *in, size_t bc_len) {
    kl_uint_t a = in->a, b = in->b;
    switch (in->op) {
        case KL_BC_LOAD_CONST:
            if (a >= code->n_consts) {
                invalid(KL_ERROR_TEXT("constant index out of range"));
            }
            break;
        case KL_BC_MAKE_FUNCTION:
            if (a >= code->n_consts || !kl_obj_is_type(code->consts[a], &kl_type_code) || b > 15) {
                invalid(KL_ERROR_TEXT("bad MAKE_FUNCTION"));
            }
            break;
        case KL_BC_LOAD_INT:
            if (!KL_SMALL_INT_FITS(unzigzag(a))) {
                invalid(KL_ERROR_TEXT("LOAD_INT operand too wide"));
            }
            break;
        case KL_BC_LOAD_FAST:
        case KL_BC_STORE_FAST:
        case KL_BC_DELETE_FAST:
            if (a >= code->n_locals) {
                invalid(KL_ERROR_TEXT("local index out of range"));
            }
            if (is_cell_slot(code, a)) {
                // *_DEREF would then take whatever was stored there for a cell.
                invalid(KL_ERROR_TEXT("a plain access to a cell"));
            }
            break;
        case KL_BC_LOAD_DEREF:
        case KL_BC_STORE_DEREF:
        case KL_BC_DELETE_DEREF:
        case KL_BC_LOAD_CLOSURE:
            if (!is_cell_slot(code, a)) {
                invalid(KL_ERROR_TEXT("cell index out of range"));
            }
            break;
        case KL_BC_LOAD_CLASSDEREF:
            if (!is_cell_slot(code, b)) {
                invalid(KL_ERROR_TEXT("cell index out of range"));
            }
            break;
        case KL_BC_UNARY_OP:
            if (a >= KL_UNARY_OP_NUM) {
                invalid(KL_ERROR_TEXT("bad operator"));
            }
            break;
        case KL_BC_BINARY_OP:
            if (a >= KL_BINARY_OP_NUM) {
                invalid(KL_ERROR_TEXT("bad operator"));
            }
            break;
        case KL_BC_BUILD_SLICE:
            if (a != 2 && a != 3) {
                invalid(KL_ERROR_TEXT("bad BUILD_SLICE"));
            }
            break;
        case KL_BC_RAISE_VARARGS:
            if (a > 2) {
                invalid(KL_ERROR_TEXT("bad RAISE_VARARGS"));
            }
            break;
        case KL_BC_IS_OP:
        case KL_BC_CONTAINS_OP:
        case KL_BC_CALL_FUNCTION_EX:
            if (a > 1) {
                invalid(KL_ERROR_TEXT("bad flag"));
            }
            break;
        case KL_BC_FORMAT_VALUE:
            if (a > 7) {
                invalid(KL_ERROR_TEXT("bad FORMAT_VALUE"));
            }
            break;
        case KL_BC_LIST_APPEND:
        case KL_BC_SET_ADD:
        case KL_BC_MAP_ADD:
        case KL_BC_LIST_EXTEND:
        case KL_BC_SET_UPDATE:
        case KL_BC_DICT_UPDATE:
        case KL_BC_DICT_MERGE:
            if (a == 0) {
                invalid(KL_ERROR_TEXT("bad depth")); // the container is below the value
            }
            break;
        case KL_BC_UNPACK_EX:
            if (a > 0xffff) {
                invalid(KL_ERROR_TEXT("bad UNPACK_EX"));
            }
            break;
        default:
            if (kl_bc_arg_kind[in->op] == KL_BC_ARG_JUMP && a >= bc_len) {
                invalid(KL_ERROR_TEXT("jump out of the code"));
            }
            break;
    }
    // Counts are bounded by the stack, checked exactly by verify_stack.
    if ((kl_bc_arg_kind[in->op] == KL_BC_ARG_UINT || kl_bc_arg_kind[in->op] == KL_BC_ARG_UINT2) &&
        !op_has_qstr(in->op) && in->op != KL_BC_LOAD_CONST && in->op != KL_BC_MAKE_FUNCTION &&
        in->op != KL_BC_UNPACK_EX && (a > 0xffff || b > 0xffff)) {
        invalid(KL_ERROR_TEXT("operand out of range"));
    }
}

// ---- Kinds of stack slots ----
// The depth pass shows that every instruction has the values it reads; this pass shows that
// they are values the VM may treat as it does. The VM trusts its compiler about a few kinds of
// slot: that nothing but CALL_METHOD reads the null LOAD_METHOD pushes for a plain function,
// that the pieces BUILD_STRING joins and the keyword names of a call are strs, and that an
// exception handler finds the slots below its depth holding what the protected code had there.
// Each slot of each reachable instruction gets the set of kinds it may hold (a forward
// data-flow pass over basic blocks until nothing changes); kinds it cannot check cheaply at
// run time are checked here. (The exact containers of comprehensions, the closure of
// MAKE_FUNCTION and the exception of RERAISE are checked by the VM where it uses them.)

#define K_NULL (1) // the null LOAD_METHOD pushes when the attribute is not a method
#define K_STR (2)  // a str: an interned name or an exact str
#define K_OBJ (4)  // any other object

static bool kind_is_value(uint8_t k) {
    return k != 0 && !(k & K_NULL);
}

// The lowest slot [in] (at depth [d], reading [need] slots) may overwrite before it raises:
// an exception raised there leaves the slots below untouched, so a handler may rely on them.
// INT_MAX for an instruction that never raises.
static int lowest_write(const insn_t *in, int d, int need) {
    switch (in->op) {
        case KL_BC_NOP:
        case KL_BC_POP_TOP:
        case KL_BC_DUP_TOP:
        case KL_BC_DUP_TOP_TWO:
        case KL_BC_ROT_TWO:
        case KL_BC_ROT_THREE:
        case KL_BC_ROT_FOUR:
        case KL_BC_LOAD_CONST:
        case KL_BC_LOAD_INT:
        case KL_BC_LOAD_NONE:
        case KL_BC_LOAD_TRUE:
        case KL_BC_LOAD_FALSE:
        case KL_BC_LOAD_CLOSURE:
        case KL_BC_LOAD_ASSERTION_ERROR:
        case KL_BC_LOAD_BUILD_CLASS:
        case KL_BC_STORE_FAST:
        case KL_BC_STORE_DEREF:
        case KL_BC_RETURN_VALUE:
            return INT_MAX;
        case KL_BC_FOR_ITER:
        case KL_BC_GET_ANEXT:
        case KL_BC_IMPORT_FROM:
        case KL_BC_MATCH_MAPPING:
        case KL_BC_MATCH_SEQUENCE:
        case KL_BC_MATCH_KEYS:
        case KL_BC_GET_LEN:
        case KL_BC_WITH_EXCEPT_START:
            return d; // they only push
        case KL_BC_STORE_NAME:
        case KL_BC_STORE_GLOBAL:
        case KL_BC_STORE_ATTR:
        case KL_BC_STORE_SUBSCR:
        case KL_BC_DELETE_ATTR:
        case KL_BC_DELETE_SUBSCR:
        case KL_BC_POP_JUMP_IF_FALSE:
        case KL_BC_POP_JUMP_IF_TRUE:
        case KL_BC_JUMP_IF_FALSE_OR_POP:
        case KL_BC_JUMP_IF_TRUE_OR_POP:
        case KL_BC_RAISE_VARARGS:
        case KL_BC_RERAISE:
        case KL_BC_POP_EXCEPT:
        case KL_BC_IMPORT_STAR:
        case KL_BC_PRINT_EXPR:
        case KL_BC_POP_ITER:
            return d; // they only pop: what they popped is still there
        case KL_BC_LIST_APPEND:
        case KL_BC_SET_ADD:
        case KL_BC_LIST_EXTEND:
        case KL_BC_SET_UPDATE:
        case KL_BC_DICT_UPDATE:
        case KL_BC_DICT_MERGE:
        case KL_BC_CHECK_EXC_MATCH:
            return d - 1; // they read deeper, but only pop or replace the top
        case KL_BC_MAP_ADD:
        case KL_BC_MATCH_CLASS:
            return d - 2;
        default:
            return d - need;
    }
}

// Join [n] kinds of [from] into [to]; true if [to] grew.
static bool join_kinds(uint8_t *to, const uint8_t *from, size_t n) {
    bool grew = false;
    for (size_t i = 0; i < n; i++) {
        uint8_t k = (uint8_t)(to[i] | from[i]);
        grew |= k != to[i];
        to[i] = k;
    }
    return grew;
}

static void need_values(const uint8_t *k, int from, int to) {
    for (int i = from; i < to; i++) {
        if (!kind_is_value(k[i])) {
            invalid(KL_ERROR_TEXT("a null operand"));
        }
    }
}

static void need_str(const uint8_t *k, int i) {
    if (k[i] != K_STR) {
        invalid(KL_ERROR_TEXT("an operand that must be a str"));
    }
}

// The slot kinds of a loop of [code] whose depths [depth] the depth pass computed.
static void verify_kinds(const kl_obj_code_t *code, const int32_t *depth) {
    size_t len = code->bc_len;
    bool wide = (code->flags & KL_CODE_FLAG_WIDE) != 0;
    // The exception table entry that covers each offset (the first that does, as the VM
    // looks), painted range by range; [skip] jumps over offsets already painted.
    uint16_t *handler = kl_gc_alloc(len * sizeof(uint16_t), KL_GC_ATOMIC);
    uint32_t *skip = kl_gc_alloc((len + 1) * sizeof(uint32_t), KL_GC_ATOMIC);
    for (size_t i = 0; i <= len; i++) {
        skip[i] = (uint32_t)i;
    }
    for (size_t e = 0; e < code->n_exc; e++) {
        const kl_exc_entry_t *x = &code->exc_table[e];
        size_t i = x->start;
        for (;;) {
            size_t r = i;
            while (skip[r] != r) {
                r = skip[r];
            }
            while (skip[i] != i) { // compress the path walked
                size_t n = skip[i];
                skip[i] = (uint32_t)r;
                i = n;
            }
            if (r >= x->end) {
                break;
            }
            handler[r] = (uint16_t)(e + 1);
            skip[r] = (uint32_t)(r + 1);
            i = r + 1;
        }
    }
    // Basic blocks start at 0, at jump targets and handlers, and after jumps and instructions
    // that do not fall through. Each reachable one keeps the kinds of its entry slots.
    uint32_t *block = skip; // reused: offset -> block number + 1 at block starts, else 0
    memset(block, 0, (len + 1) * sizeof(uint32_t));
    block[0] = 1;
    for (size_t i = 0; i < code->n_exc; i++) {
        block[code->exc_table[i].handler] = 1;
    }
    for (size_t pos = 0; pos < len;) {
        insn_t in;
        decode(code->bytecode, len, pos, wide, &in);
        if (kl_bc_arg_kind[in.op] == KL_BC_ARG_JUMP) {
            block[in.a] = 1;
            block[pos + in.len] = 1;
        }
        if (in.op == KL_BC_RETURN_VALUE || in.op == KL_BC_RAISE_VARARGS || in.op == KL_BC_RERAISE) {
            block[pos + in.len] = 1;
        }
        pos += in.len;
    }
    block[len] = 0;
    size_t n_blocks = 0, total = 0;
    for (size_t pos = 0; pos < len; pos++) {
        if (block[pos] && depth[pos] >= 0) {
            block[pos] = (uint32_t)++n_blocks;
            total += (size_t)depth[pos];
        } else {
            block[pos] = 0;
        }
    }
    if (total > ((size_t)1 << 22)) {
        invalid(KL_ERROR_TEXT("code too complex to verify"));
    }
    uint32_t *start = kl_gc_alloc((n_blocks + 1) * sizeof(uint32_t), KL_GC_ATOMIC);
    uint32_t *entry = kl_gc_alloc((n_blocks + 1) * sizeof(uint32_t), KL_GC_ATOMIC);
    uint8_t *reached = kl_gc_alloc(n_blocks + 1, KL_GC_ATOMIC); // 1 reached, 2 queued as well
    uint32_t *work = kl_gc_alloc((n_blocks + 1) * sizeof(uint32_t), KL_GC_ATOMIC);
    uint8_t *kinds = kl_gc_alloc(total + 1, KL_GC_ATOMIC);
    for (size_t pos = 0, at = 0; pos < len; pos++) {
        if (block[pos]) {
            start[block[pos] - 1] = (uint32_t)pos;
            entry[block[pos] - 1] = (uint32_t)at;
            at += (size_t)depth[pos];
        }
    }
    uint8_t *k = kl_gc_alloc((size_t)code->n_stack + 2, KL_GC_ATOMIC); // the kinds here
    uint8_t *h = kl_gc_alloc((size_t)code->n_stack + 2, KL_GC_ATOMIC); // at a handler
    size_t n_work = 0;
    // Merge [n] kinds into the entry of the block at [pos], queueing it if they changed.
#define FLOW(pos, from, n)                                                                         \
    do {                                                                                           \
        if (block[pos] == 0) {                                                                     \
            invalid(KL_ERROR_TEXT("bad control flow")); /* cannot happen: depths were found */     \
        }                                                                                          \
        size_t b_ = block[pos] - 1;                                                                \
        bool grew_ = join_kinds(kinds + entry[b_], (from), (size_t)(n));                           \
        if (!(reached[b_] & 2) && (grew_ || !reached[b_])) {                                       \
            reached[b_] = 3;                                                                       \
            work[n_work++] = (uint32_t)b_;                                                         \
        }                                                                                          \
    } while (0)
    FLOW(0, k, 0);
    while (n_work > 0) {
        size_t b = work[--n_work];
        reached[b] = 1;
        size_t pos = start[b];
        memcpy(k, kinds + entry[b], (size_t)depth[pos]);
        for (;;) {
            insn_t in;
            decode(code->bytecode, len, pos, wide, &in);
            int d = depth[pos], n = (int)in.a, m = (int)in.b;
            int jump_effect;
            int effect = stack_effect(&in, &jump_effect);
            int need = stack_need(&in, effect);
            // What an exception raised here finds: the handler's slots as this instruction
            // left them. Those below the lowest it may overwrite (and below its depth) are as
            // here; any above hold whatever was last stored there, or null (the VM clears a
            // frame's operand stack on entry): the compiler's handlers never read those as
            // values, and a hand-made one cannot either.
            int low = lowest_write(&in, d, need);
            if (handler[pos] != 0 && low != INT_MAX) {
                const kl_exc_entry_t *x = &code->exc_table[handler[pos] - 1];
                int hd = (int)x->depth;
                for (int i = 0; i < hd; i++) {
                    h[i] = i < low && i < d ? k[i] : K_NULL | K_STR | K_OBJ;
                }
                h[hd] = K_OBJ; // the exception
                FLOW(x->handler, h, hd + 1);
            }
            // Kinds read.
            switch (in.op) {
                case KL_BC_POP_TOP:
                case KL_BC_DUP_TOP:
                case KL_BC_DUP_TOP_TWO:
                case KL_BC_ROT_TWO:
                case KL_BC_ROT_THREE:
                case KL_BC_ROT_FOUR:
                    break; // they move values without looking at them
                case KL_BC_POP_EXCEPT:
                case KL_BC_RERAISE:
                    break; // the VM checks for an exception (or none)
                case KL_BC_CALL_FUNCTION:
                case KL_BC_CALL_METHOD: {
                    int base = d - need;
                    int pos_args = base + (in.op == KL_BC_CALL_METHOD ? 2 : 1);
                    need_values(k, base, base + 1);
                    need_values(k, pos_args, pos_args + n); // the method's self may be null
                    for (int i = 0; i < m; i++) {
                        need_str(k, pos_args + n + 2 * i);
                        need_values(k, pos_args + n + 2 * i + 1, pos_args + n + 2 * i + 2);
                    }
                    break;
                }
                case KL_BC_BUILD_STRING:
                    for (int i = d - n; i < d; i++) {
                        need_str(k, i);
                    }
                    break;
                case KL_BC_LIST_APPEND:
                case KL_BC_SET_ADD:
                case KL_BC_LIST_EXTEND:
                case KL_BC_SET_UPDATE:
                case KL_BC_DICT_UPDATE:
                case KL_BC_DICT_MERGE:
                case KL_BC_MAP_ADD: {
                    int top = in.op == KL_BC_MAP_ADD ? 2 : 1;
                    need_values(k, d - top, d);
                    need_values(k, d - top - n, d - top - n + 1); // the container
                    if (in.op == KL_BC_DICT_MERGE) {
                        need_values(k, d - 3 - n, d - 2 - n); // the function called
                    }
                    break;
                }
                default:
                    need_values(k, d - need, d);
                    break;
            }
            // The taken branch of a jump keeps the slots below its depth as they are.
            if (kl_bc_arg_kind[in.op] == KL_BC_ARG_JUMP) {
                FLOW(in.a, k, d + jump_effect);
            }
            // Kinds written.
            switch (in.op) {
                case KL_BC_POP_TOP:
                    break;
                case KL_BC_DUP_TOP:
                    k[d] = k[d - 1];
                    break;
                case KL_BC_DUP_TOP_TWO:
                    k[d] = k[d - 2];
                    k[d + 1] = k[d - 1];
                    break;
                case KL_BC_ROT_TWO:
                case KL_BC_ROT_THREE:
                case KL_BC_ROT_FOUR: {
                    int r = in.op == KL_BC_ROT_TWO ? 2 : in.op == KL_BC_ROT_THREE ? 3 : 4;
                    uint8_t t = k[d - 1];
                    memmove(k + d - r + 1, k + d - r, (size_t)r - 1);
                    k[d - r] = t;
                    break;
                }
                case KL_BC_LOAD_CONST: {
                    kl_obj_t c = code->consts[in.a];
                    k[d] = KL_OBJ_IS_QSTR(c) || kl_obj_is_type(c, &kl_type_str) ? K_STR : K_OBJ;
                    break;
                }
                case KL_BC_LOAD_METHOD:
                    k[d - 1] = K_OBJ | K_STR;
                    k[d] = K_OBJ | K_STR | K_NULL;
                    break;
                case KL_BC_FORMAT_VALUE:
                case KL_BC_BUILD_STRING:
                    k[d - need] = K_STR;
                    break;
                case KL_BC_LIST_APPEND:
                case KL_BC_SET_ADD:
                case KL_BC_LIST_EXTEND:
                case KL_BC_SET_UPDATE:
                case KL_BC_DICT_UPDATE:
                case KL_BC_DICT_MERGE:
                case KL_BC_MAP_ADD:
                    break; // they only pop
                default:
                    for (int i = d - need; i < d + effect; i++) {
                        k[i] = K_OBJ | K_STR;
                    }
                    break;
            }
            size_t next = pos + in.len;
            if (in.op == KL_BC_JUMP || in.op == KL_BC_RETURN_VALUE ||
                in.op == KL_BC_RAISE_VARARGS || in.op == KL_BC_RERAISE) {
                break;
            }
            if (block[next]) {
                FLOW(next, k, d + effect);
                break;
            }
            pos = next;
        }
    }
#undef FLOW
}

// Compute the operand stack depth before every instruction (a worklist pass over the control
// flow graph; every handler starts at its entry's depth + 1) and check it never goes below
// zero or above what the code reserved, and that paths that meet agree.
static void verify_stack(const kl_obj_code_t *code) {
    size_t len = code->bc_len;
    bool wide = (code->flags & KL_CODE_FLAG_WIDE) != 0;
    int32_t *depth = kl_gc_alloc((len + 1) * sizeof(int32_t), KL_GC_ATOMIC);
    uint32_t *work = kl_gc_alloc((len + 1) * sizeof(uint32_t), KL_GC_ATOMIC);
    size_t n_work = 0;
    for (size_t i = 0; i < len; i++) {
        depth[i] = -1;
    }
    int limit = (int)code->n_stack;
#define REACH(at, d)                                                                               \
    do {                                                                                           \
        if (depth[at] < 0) {                                                                       \
            depth[at] = (int32_t)(d);                                                              \
            work[n_work++] = (uint32_t)(at);                                                       \
        } else if (depth[at] != (int32_t)(d)) {                                                    \
            invalid(KL_ERROR_TEXT("inconsistent stack depth"));                                    \
        }                                                                                          \
    } while (0)
    REACH(0, 0);
    for (size_t i = 0; i < code->n_exc; i++) {
        const kl_exc_entry_t *x = &code->exc_table[i];
        if ((int)x->depth + 1 > limit) {
            invalid(KL_ERROR_TEXT("exception handler depth out of range"));
        }
        REACH(x->handler, x->depth + 1);
    }
    while (n_work > 0) {
        size_t pos = work[--n_work];
        insn_t in;
        decode(code->bytecode, len, pos, wide, &in);
        int d = depth[pos];
        size_t next = pos + in.len;
        int jump_effect;
        int effect = stack_effect(&in, &jump_effect);
        if (stack_need(&in, effect) > d) {
            invalid(KL_ERROR_TEXT("stack underflow"));
        }
        if (d + effect > limit) {
            invalid(KL_ERROR_TEXT("stack overflow"));
        }
        if (kl_bc_arg_kind[in.op] == KL_BC_ARG_JUMP) {
            if (d + jump_effect > limit || d + jump_effect < 0) {
                invalid(KL_ERROR_TEXT("stack overflow"));
            }
            REACH(in.a, d + jump_effect);
        }
        switch (in.op) {
            case KL_BC_JUMP:
            case KL_BC_RETURN_VALUE:
            case KL_BC_RAISE_VARARGS:
            case KL_BC_RERAISE:
                break;
            default:
                if (next >= len) {
                    invalid(KL_ERROR_TEXT("code runs off its end"));
                }
                REACH(next, d + effect);
                break;
        }
    }
#undef REACH
    verify_kinds(code, depth);
}

static const kl_obj_code_t *load_code(loader_t *l) {
    if (++l->depth > MAX_DEPTH) {
        invalid(KL_ERROR_TEXT("nested too deeply"));
    }
    kl_obj_code_t *code = kl_gc_alloc(sizeof(kl_obj_code_t), 0);
    code->base.type = &kl_type_code;
    code->flags = (uint16_t)read_uint(l, 0xff);
    code->name = (uint16_t)read_name(l);
    code->qualname = (uint16_t)read_name(l);
    code->filename = (uint16_t)read_name(l);
    code->first_line = (uint32_t)read_uint(l, 0x7fffffff);
    code->n_locals = (uint16_t)read_uint(l, 0x7fff);
    code->n_stack = (uint16_t)read_uint(l, 0x7fff);
    code->n_pos = (uint16_t)read_uint(l, 0x7fff);
#if KL_CFG_POSONLY_PARAMS
    code->n_posonly = (uint16_t)read_uint(l, 0x7fff);
    size_t n_posonly = code->n_posonly;
#else
    size_t n_posonly = read_uint(l, 0x7fff);
    if (n_posonly != 0) {
        invalid(KL_ERROR_TEXT("positional-only parameters are not supported by this build"));
    }
#endif
    code->n_kwonly = (uint16_t)read_uint(l, 0x7fff);
    code->n_free = (uint16_t)read_uint(l, 0x7fff);
    code->n_cells = (uint16_t)read_uint(l, 0x7fff);
    size_t n_args = (size_t)code->n_pos + code->n_kwonly +
                    ((code->flags & KL_CODE_FLAG_VARARGS) ? 1 : 0) +
                    ((code->flags & KL_CODE_FLAG_VARKW) ? 1 : 0);
    if (code->n_stack == 0 || n_posonly > code->n_pos || n_args > code->n_locals ||
        code->n_free > code->n_locals || code->n_cells > code->n_locals) {
        invalid(KL_ERROR_TEXT("bad code header"));
    }
    uint16_t *names = kl_gc_alloc((code->n_locals + 1) * sizeof(uint16_t), KL_GC_ATOMIC);
    for (size_t i = 0; i < code->n_locals; i++) {
        names[i] = (uint16_t)read_name(l);
    }
    code->local_names = names;
    uint16_t *cells = kl_gc_alloc((code->n_cells + 1) * sizeof(uint16_t), KL_GC_ATOMIC);
    for (size_t i = 0; i < code->n_cells; i++) {
        cells[i] = (uint16_t)read_uint(l, (kl_uint_t)(code->n_locals - code->n_free - 1));
        if (code->n_locals == code->n_free) {
            invalid(KL_ERROR_TEXT("bad cell"));
        }
    }
    code->cell_locals = cells;
    size_t n_consts = read_uint(l, 0xffff);
    if (n_consts > (size_t)(l->end - l->p)) {
        invalid(KL_ERROR_TEXT("truncated"));
    }
    kl_obj_t *consts = kl_gc_alloc((n_consts + 1) * sizeof(kl_obj_t), 0);
    code->consts = consts;
    for (size_t i = 0; i < n_consts; i++) {
        consts[i] = load_const(l);
        code->n_consts = (uint16_t)(i + 1);
    }
    if ((code->flags & KL_CODE_FLAG_HAS_DOC) && (n_consts == 0 || !kl_obj_is_str(consts[0]))) {
        invalid(KL_ERROR_TEXT("bad docstring"));
    }
    bool wide = (code->flags & KL_CODE_FLAG_WIDE) != 0;
    size_t bc_len = read_uint(l, wide ? 0x7fffffff : 0xffff);
    const uint8_t *bc = read_bytes(l, bc_len);
    if (bc_len == 0) {
        invalid(KL_ERROR_TEXT("empty code"));
    }
    size_t lines_len = read_uint(l, (kl_uint_t)(l->end - l->p));
    const uint8_t *lines = read_bytes(l, lines_len);
    size_t n_exc = read_uint(l, 0xffff);
    if (n_exc > (size_t)(l->end - l->p) / 4) {
        invalid(KL_ERROR_TEXT("truncated"));
    }
    kl_exc_entry_t *exc = kl_gc_alloc((n_exc + 1) * sizeof(kl_exc_entry_t), KL_GC_ATOMIC);
    for (size_t i = 0; i < n_exc; i++) {
        exc[i].start = (uint32_t)read_uint(l, bc_len);
        exc[i].end = (uint32_t)read_uint(l, bc_len);
        exc[i].handler = (uint32_t)read_uint(l, bc_len);
        exc[i].depth = (uint32_t)read_uint(l, 0x7fff);
    }
    // Decode every instruction of the file's bytecode and check its arguments.
    for (size_t pos = 0; pos < bc_len;) {
        insn_t in;
        if (!decode(bc, bc_len, pos, wide, &in)) {
            invalid(KL_ERROR_TEXT("bad instruction"));
        }
        if (op_has_qstr(in.op) && in.a >= l->n_names) {
            invalid(KL_ERROR_TEXT("name index out of range"));
        }
        check_insn(code, &in, bc_len);
        // Every loop must pass a check point, where the VM looks at Ctrl-C and the instruction
        // budget: JUMP checks when it goes backward, FOR_ITER and GET_ANEXT at each item. So
        // only JUMP may go backward, or another jump to a FOR_ITER or GET_ANEXT (a
        // comprehension's `if` going round again).
        if (kl_bc_arg_kind[in.op] == KL_BC_ARG_JUMP && in.op != KL_BC_JUMP && in.a <= pos) {
            insn_t t;
            if (!decode(bc, bc_len, in.a, wide, &t) ||
                (t.op != KL_BC_FOR_ITER && t.op != KL_BC_GET_ANEXT)) {
                invalid(KL_ERROR_TEXT("backward jump"));
            }
        }
        pos += in.len;
    }
    for (size_t i = 0; i < n_exc; i++) {
        if (exc[i].handler < exc[i].end) {
            invalid(KL_ERROR_TEXT("exception handler before the end of its range"));
        }
    }
    relaid_t r;
    relayout(bc, bc_len, wide, lines, lines_len, exc, n_exc, load_name, l, &r);
    code->bytecode = r.bc;
    code->bc_len = (uint32_t)r.bc_len;
#if KL_CFG_SOURCE_LINES // else the table was only checked
    code->lines = r.lines;
    code->lines_len = (uint32_t)r.lines_len;
#endif
    code->exc_table = r.exc;
    code->n_exc = (uint16_t)n_exc;
    verify_stack(code);
    l->depth--;
    return code;
}

kl_obj_t kl_bcfile_load(const uint8_t *data, size_t len) {
    loader_t l = {data, data + len, NULL, 0, 0};
    const uint8_t *magic = read_bytes(&l, 4);
    if (memcmp(magic, KL_BCFILE_MAGIC, 4) != 0) {
        invalid(KL_ERROR_TEXT("bad magic number"));
    }
    if (read_byte(&l) != KL_BCFILE_VERSION) {
        invalid(KL_ERROR_TEXT("unsupported format version"));
    }
    if (read_byte(&l) != KL_BC_NUM_OPCODES) {
        invalid(KL_ERROR_TEXT("opcode set differs"));
    }
    unsigned int_bits = read_byte(&l);
    if (int_bits > sizeof(kl_int_t) * 8 - 1) {
        invalid(KL_ERROR_TEXT("needs wider small ints"));
    }
    unsigned features = read_byte(&l);
    if (features & ~(unsigned)(FEAT_FLOAT | FEAT_COMPLEX)) {
        invalid(KL_ERROR_TEXT("unknown feature"));
    }
#if !KL_CFG_FLOAT
    if (features & FEAT_FLOAT) {
        invalid(KL_ERROR_TEXT("floats are not supported by this build"));
    }
#endif
    l.n_names = read_uint(&l, NAME_MAX_COUNT);
    if (l.n_names > len) {
        invalid(KL_ERROR_TEXT("truncated"));
    }
    l.names = kl_gc_alloc((l.n_names + 1) * sizeof(kl_qstr_t), KL_GC_ATOMIC);
    for (size_t i = 0; i < l.n_names; i++) {
        size_t n = read_uint(&l, (kl_uint_t)(l.end - l.p));
        const uint8_t *s = read_bytes(&l, n);
        check_utf8(s, n);
        l.names[i] = kl_qstr_from_strn((const char *)s, n);
    }
    if (l.n_names == 0) {
        invalid(KL_ERROR_TEXT("no names"));
    }
    const kl_obj_code_t *code = load_code(&l);
    if (l.p != l.end) {
        invalid(KL_ERROR_TEXT("trailing bytes"));
    }
    if (code->n_free != 0) {
        invalid(KL_ERROR_TEXT("free variables in a module")); // no closure to take them from
    }
    return KL_OBJ_FROM_PTR(code);
}

bool kl_bcfile_is(const void *data, size_t len) {
    return len >= 4 && memcmp(data, KL_BCFILE_MAGIC, 4) == 0;
}

#endif // KL_CFG_BYTECODE_FILES
