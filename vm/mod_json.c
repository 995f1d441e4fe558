// vm/mod_json.c: the json module, JSON text (RFC 8259) to and from Python values.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Both directions are one recursive C function over the value or the text, with no generator
// chain and no token list in between, so converting costs the output (or the result) and a few
// words of C stack per level of nesting. The encoder appends to one growable buffer; dump()
// hands it to fp.write() whenever it holds a few hundred bytes, so a large document need not
// fit in RAM twice. The decoder reads the UTF-8 bytes of the str in place and only copies
// strings that hold escapes; positions are byte offsets inside and become code point indices
// only when an error is reported, which is where CPython's messages ("Expecting value: line 1
// column 5 (char 4)") and JSONDecodeError's pos attribute need them.
//
// The output is CPython's byte for byte: its separators and indentation, its float repr, its
// escapes (\u00e9 and surrogate pairs with ensure_ascii), the order of its checks and the text
// of its errors. Nesting counts against the recursion limit, as CPython's accelerator does, and
// each level also checks the C stack: neither deep data nor hostile text can overflow it. The
// parser is an input surface (fuzz/): every index is bounds-checked against the text's length.
//
// JSONDecodeError, JSONEncoder and JSONDecoder are classes built at first import, so that they
// print as json.decoder.JSONDecodeError and so on, and can be subclassed: JSONDecodeError's
// __init__ computes lineno and colno, and the encoder and decoder keep their options as
// attributes that the C code reads when it runs (a subclass overrides default(), or changes
// an attribute). dumps() and loads() only make an instance when cls= or a keyword of the
// class's own asks for one. The module also appears as json.decoder and json.encoder, for
// `from json.decoder import JSONDecodeError`.

#include <math.h>
#include <string.h>

#include "vm/bc.h"
#include "vm/numfmt.h"
#include "vm/obj_bytearray.h"
#include "vm/obj_dict.h"
#include "vm/obj_exception.h"
#include "vm/obj_int.h"
#include "vm/obj_list.h"
#include "vm/obj_module.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/state.h"
#include "vm/vstr.h"

#if KL_CFG_MODULE_JSON

// ==== Arguments ====

// The arguments of a json function [fun] whose first [n_pos] parameters, named first in
// [names], may be positional; the rest are keyword-only. out[i] receives the value for names[i]
// and keeps its initial value (KL_OBJ_NULL for a required one) when absent. Other keywords go
// to a dict in *[extra] (dumps and loads pass them on to the encoder or decoder class), or,
// with a NULL [extra], are the TypeError of the class [cls] whose __init__ [fun] is.
static void parse_args(const char *fun, const char *cls, size_t n_pos, size_t n_args, size_t n_kw,
                       const kl_obj_t *args, size_t n_names, const uint16_t *names, kl_obj_t *out,
                       kl_obj_t *extra) {
    if (n_args > n_pos) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%s() takes %z positional argument%s but %z were given"),
                         fun, n_pos, n_pos == 1 ? "" : "s", n_args);
    }
    for (size_t i = 0; i < n_args; i++) {
        out[i] = args[i];
    }
    for (size_t i = 0; i < n_kw; i++) {
        kl_obj_t name = args[n_args + 2 * i];
        kl_obj_t value = args[n_args + 2 * i + 1];
        size_t nlen;
        const char *s = kl_obj_str_get_data(name, &nlen);
        size_t j = 0;
        while (j < n_names) {
            size_t qlen;
            const char *q = kl_qstr_data(names[j], &qlen);
            if (qlen == nlen && memcmp(q, s, nlen) == 0) {
                break;
            }
            j++;
        }
        if (j == n_names) {
            if (extra == NULL) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("%s.__init__() got an unexpected keyword argument "
                                               "'%S'"),
                                 cls, name);
            }
            if (*extra == KL_OBJ_NULL) {
                *extra = kl_obj_new_dict(n_kw);
            }
            kl_obj_dict_store(*extra, name, value);
            continue;
        }
        if (j < n_args) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("%s() got multiple values for argument '%S'"), fun,
                             name);
        }
        out[j] = value;
    }
    size_t missing = 0;
    for (size_t i = 0; i < n_pos; i++) {
        missing += out[i] == KL_OBJ_NULL;
    }
    if (missing != 0) {
        // "missing 2 required positional arguments: 'obj' and 'fp'", "'a', 'b', and 'c'"
        kl_vstr_t v;
        kl_vstr_init(&v, 32);
        size_t seen = 0;
        for (size_t i = 0; i < n_pos; i++) {
            if (out[i] != KL_OBJ_NULL) {
                continue;
            }
            if (seen > 0) {
                kl_vstr_add_str(&v, seen + 1 < missing ? ", " : missing == 2 ? " and " : ", and ");
            }
            size_t qlen;
            const char *q = kl_qstr_data(names[i], &qlen);
            kl_vstr_add_byte(&v, '\'');
            kl_vstr_add_strn(&v, q, qlen);
            kl_vstr_add_byte(&v, '\'');
            seen++;
        }
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%s() missing %z required positional argument%s: %s"), fun,
                         missing, missing == 1 ? "" : "s", kl_vstr_null_terminate(&v));
    }
}

// A global of the json module ([name] is one of its classes), looked up when it is needed as a
// module-level name would be, so nothing in C has to keep it alive.
static kl_obj_t module_attr(kl_qstr_t name) {
    return kl_load_attr(kl_import_name(KL_QSTR_json, kl_const_none, 0), name);
}

// Call [fun] with the keyword arguments in the dict [kw].
static kl_obj_t call_kw(kl_obj_t fun, kl_obj_t kw) {
    return kl_call_function_ex(fun, kl_const_empty_tuple, kw);
}

// An optional argument: KL_OBJ_NULL when absent or None.
static kl_obj_t or_null(kl_obj_t o) {
    return o == kl_const_none ? KL_OBJ_NULL : o;
}

// ==== Encoding ====

// Chunks of dump() output: fp.write() is called whenever the buffer holds this much.
#define DUMP_CHUNK_BYTES (256)

// A container (or a value handed to default) being encoded, on the C stack of its encode call:
// the chain is what check_circular searches.
typedef struct _guard_t {
    const struct _guard_t *prev;
    kl_obj_t obj;
} guard_t;

typedef struct _encoder_t {
    kl_vstr_t out;
    kl_obj_t fp;         // dump(): where the text goes; KL_OBJ_NULL for dumps()
    kl_obj_t default_fn; // KL_OBJ_NULL: other values are a TypeError
    kl_obj_t indent;     // a str, or KL_OBJ_NULL for everything on one line
    kl_obj_t item_sep;   // str
    kl_obj_t key_sep;    // str
    bool skipkeys;
    bool ensure_ascii;
    bool check_circular;
    bool allow_nan;
    bool sort_keys;
    unsigned depth; // containers open, for the recursion limit
    const guard_t *guards;
} encoder_t;

static void add_str_obj(encoder_t *e, kl_obj_t s) {
    size_t len;
    const char *data = kl_obj_str_get_data(s, &len);
    kl_vstr_add_strn(&e->out, data, len);
}

static void flush(encoder_t *e) {
    if (e->out.len == 0) {
        return;
    }
    kl_obj_t call[3] = {KL_OBJ_NULL, KL_OBJ_NULL, kl_obj_new_str(e->out.buf, e->out.len)};
    e->out.len = 0;
    kl_load_method(e->fp, KL_QSTR_write, call);
    kl_call_method_n_kw(1, 0, call);
}

static void maybe_flush(encoder_t *e) {
    if (e->fp != KL_OBJ_NULL && e->out.len >= DUMP_CHUNK_BYTES) {
        flush(e);
    }
}

static void add_hex4(kl_vstr_t *v, uint32_t c) {
    static const char hex[] = "0123456789abcdef";
    char buf[6] = {'\\',        'u', hex[(c >> 12) & 0xf], hex[(c >> 8) & 0xf], hex[(c >> 4) & 0xf],
                   hex[c & 0xf]};
    kl_vstr_add_strn(v, buf, sizeof(buf));
}

// A str as a JSON string: quotes, backslash escapes for '"', '\\' and the control characters
// (the short forms where JSON has one), and with ensure_ascii \uXXXX for everything past ASCII
// (DEL included), as surrogate pairs above U+FFFF.
static void encode_str(encoder_t *e, kl_obj_t s) {
    size_t len;
    const char *p = kl_obj_str_get_data(s, &len);
    const char *end = p + len;
    kl_vstr_t *v = &e->out;
    kl_vstr_add_byte(v, '"');
    const char *run = p; // start of the bytes copied as they are
    while (p < end) {
        uint8_t b = (uint8_t)*p;
        if (b >= 0x20 && b != '"' && b != '\\' && b < 0x7f) {
            p++;
            continue;
        }
        if (b >= 0x7f && !e->ensure_ascii) {
            p++;
            continue;
        }
        kl_vstr_add_strn(v, run, (size_t)(p - run));
        if (b >= 0x80) {
            uint32_t c = kl_obj_str_utf8_decode(&p);
            if (c >= 0x10000) {
                c -= 0x10000;
                add_hex4(v, 0xd800 + (c >> 10));
                add_hex4(v, 0xdc00 + (c & 0x3ff));
            } else {
                add_hex4(v, c);
            }
            run = p;
            continue;
        }
        char short_form = b == '"'    ? '"'
                          : b == '\\' ? '\\'
                          : b == '\n' ? 'n'
                          : b == '\r' ? 'r'
                          : b == '\t' ? 't'
                          : b == '\b' ? 'b'
                          : b == '\f' ? 'f'
                                      : 0;
        if (short_form != 0) {
            char buf[2] = {'\\', short_form};
            kl_vstr_add_strn(v, buf, 2);
        } else {
            add_hex4(v, b);
        }
        p++;
        run = p;
    }
    kl_vstr_add_strn(v, run, (size_t)(p - run));
    kl_vstr_add_byte(v, '"');
}

static void add_int(encoder_t *e, kl_obj_t o) {
    // int.__repr__ of the value: a subclass's own __repr__ is not used.
    kl_print_t print;
    kl_vstr_print(&print, &e->out);
    kl_obj_print(&print, kl_obj_native(o, &kl_type_int), KL_PRINT_REPR);
}

// float.__repr__ of a float, and NaN, Infinity and -Infinity (JavaScript's names) for the
// values JSON has no syntax for, unless allow_nan is off.
static void add_float(encoder_t *e, kl_obj_t o) {
    kl_float_t x = ((kl_obj_float_t *)kl_obj_native(o, &kl_type_float))->value;
    if (!isfinite(x)) {
        if (!e->allow_nan) {
            kl_raise_ValueError(KL_ERROR_TEXT("Out of range float values are not JSON compliant"));
        }
        kl_vstr_add_str(&e->out, isnan(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity");
        return;
    }
    char buf[KL_NUMFMT_REPR_BUFSIZE];
    size_t n = kl_numfmt_float_repr(buf, sizeof(buf), x);
    kl_vstr_add_strn(&e->out, buf, n);
}

// Enter a container or a value for default(): the circular reference check, the recursion
// limit and the C stack check. [g] is the caller's guard, pushed on the chain.
static void enter(encoder_t *e, guard_t *g, kl_obj_t o) {
    kl_stack_check();
    if (e->check_circular) {
        for (const guard_t *p = e->guards; p != NULL; p = p->prev) {
            if (p->obj == o) {
                kl_raise_ValueError(KL_ERROR_TEXT("Circular reference detected"));
            }
        }
    }
    if (++e->depth + kl_state.recursion_depth > kl_state.recursion_limit) {
        kl_raise_RecursionError(
            KL_ERROR_TEXT("maximum recursion depth exceeded while encoding a JSON object"));
    }
    g->prev = e->guards;
    g->obj = o;
    e->guards = g;
}

static void leave(encoder_t *e, guard_t *g) {
    e->guards = g->prev;
    e->depth--;
}

// A newline and [level] indents, when the output is indented.
static void newline(encoder_t *e, unsigned level) {
    if (e->indent == KL_OBJ_NULL) {
        return;
    }
    kl_vstr_add_byte(&e->out, '\n');
    for (unsigned i = 0; i < level; i++) {
        add_str_obj(e, e->indent);
    }
}

static void encode(encoder_t *e, kl_obj_t o, unsigned level);

// Items i >= 1 of an array or object start with the separator.
static void separator(encoder_t *e, unsigned level) {
    add_str_obj(e, e->item_sep);
    newline(e, level);
}

static void encode_array(encoder_t *e, kl_obj_t o, bool is_list, unsigned level) {
    size_t n;
    kl_obj_t *items = is_list ? kl_obj_list_get_items(o, &n) : kl_obj_tuple_get_items(o, &n);
    if (n == 0) {
        kl_vstr_add_str(&e->out, "[]");
        return;
    }
    guard_t g;
    enter(e, &g, o);
    kl_vstr_add_byte(&e->out, '[');
    newline(e, level + 1);
    for (size_t i = 0;; i++) {
        // default() may change a list while it is being encoded: read it afresh.
        if (is_list) {
            items = kl_obj_list_get_items(o, &n);
        }
        if (i >= n) {
            break;
        }
        if (i > 0) {
            separator(e, level + 1);
        }
        encode(e, items[i], level + 1);
        maybe_flush(e);
    }
    newline(e, level);
    kl_vstr_add_byte(&e->out, ']');
    leave(e, &g);
}

// One key: value pair of an object. Keys that are not strings become one (1.5 -> "1.5",
// True -> "true"); other keys are skipped with skipkeys, else a TypeError. [first] tells
// whether a pair has been written yet.
static void encode_pair(encoder_t *e, kl_obj_t key, kl_obj_t value, bool *first, unsigned level) {
    bool is_str = kl_obj_is_str(key);
    bool is_float = !is_str && kl_obj_isinstance(key, &kl_type_float);
    bool is_const = key == kl_const_true || key == kl_const_false || key == kl_const_none;
    bool is_int = !is_str && !is_float && !is_const && kl_obj_isinstance(key, &kl_type_int);
    if (!is_str && !is_float && !is_const && !is_int) {
        if (e->skipkeys) {
            return;
        }
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("keys must be str, int, float, bool or None, not %T"), key);
    }
    if (is_float && !e->allow_nan) {
        // Checked before anything of the pair is written.
        kl_float_t x = ((kl_obj_float_t *)kl_obj_native(key, &kl_type_float))->value;
        if (!isfinite(x)) {
            kl_raise_ValueError(KL_ERROR_TEXT("Out of range float values are not JSON compliant"));
        }
    }
    if (!*first) {
        separator(e, level);
    }
    *first = false;
    if (is_str) {
        encode_str(e, key);
    } else {
        kl_vstr_add_byte(&e->out, '"');
        if (is_float) {
            add_float(e, key);
        } else if (is_int) {
            add_int(e, key);
        } else {
            kl_vstr_add_str(&e->out, key == kl_const_true    ? "true"
                                     : key == kl_const_false ? "false"
                                                             : "null");
        }
        kl_vstr_add_byte(&e->out, '"');
    }
    add_str_obj(e, e->key_sep);
    encode(e, value, level);
    maybe_flush(e);
}

static void encode_object(encoder_t *e, kl_obj_t o, unsigned level) {
    kl_map_t *map = kl_obj_dict_get_map(o);
    if (map->used == 0) {
        kl_vstr_add_str(&e->out, "{}");
        return;
    }
    guard_t g;
    enter(e, &g, o);
    kl_vstr_add_byte(&e->out, '{');
    newline(e, level + 1);
    bool first = true;
    if (kl_obj_is_type(o, &kl_type_dict) && !e->sort_keys && !map->is_fixed) {
        // The entries in place (of a dict in RAM: a const one's are packed). default() may change
        // the dict: the map is read afresh for each entry, so nothing outlives a resize.
        for (size_t i = 0; i < map->filled; i++) {
            kl_map_elem_t *el = &map->entries[i];
            if (el->key != KL_OBJ_NULL) {
                encode_pair(e, el->key, el->value, &first, level + 1);
            }
        }
    } else {
        // A dict subclass answers through its items() method; sort_keys sorts the pairs, so
        // keys of different types are a TypeError as in CPython.
        kl_obj_t call[2];
        kl_load_method(o, KL_QSTR_items, call);
        kl_obj_t items = kl_obj_list_from_iterable(kl_call_method_n_kw(0, 0, call));
        if (e->sort_keys) {
            kl_obj_list_sort(items, KL_OBJ_NULL, false);
        }
        // [items] is a new list that nothing else can reach: its array stays put.
        size_t n;
        kl_obj_t *pairs = kl_obj_list_get_items(items, &n);
        for (size_t i = 0; i < n; i++) {
            kl_obj_t item = pairs[i];
            if (!kl_obj_is_type(item, &kl_type_tuple) || ((kl_obj_tuple_t *)item)->len != 2) {
                kl_raise_ValueError(KL_ERROR_TEXT("items must return 2-tuples"));
            }
            kl_obj_tuple_t *t = (kl_obj_tuple_t *)item;
            encode_pair(e, t->items[0], t->items[1], &first, level + 1);
        }
    }
    newline(e, level);
    kl_vstr_add_byte(&e->out, '}');
    leave(e, &g);
}

// A value that is none of the JSON types: what default(o) returns is encoded in its place.
static void encode_other(encoder_t *e, kl_obj_t o, unsigned level) {
    if (e->default_fn == KL_OBJ_NULL) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("Object of type %T is not JSON serializable"), o);
    }
    guard_t g;
    enter(e, &g, o);
    encode(e, kl_call_function_1(e->default_fn, o), level);
    leave(e, &g);
}

static void encode(encoder_t *e, kl_obj_t o, unsigned level) {
    if (o == kl_const_none) {
        kl_vstr_add_str(&e->out, "null");
    } else if (o == kl_const_true) {
        kl_vstr_add_str(&e->out, "true");
    } else if (o == kl_const_false) {
        kl_vstr_add_str(&e->out, "false");
    } else if (kl_obj_is_str(o)) {
        encode_str(e, o);
    } else if (KL_OBJ_IS_SMALL_INT(o) || kl_obj_isinstance(o, &kl_type_int)) {
        add_int(e, o);
    } else if (kl_obj_isinstance(o, &kl_type_float)) {
        add_float(e, o);
    } else if (kl_obj_isinstance(o, &kl_type_list)) {
        encode_array(e, o, true, level);
    } else if (kl_obj_isinstance(o, &kl_type_tuple)) {
        encode_array(e, o, false, level);
    } else if (kl_obj_is_dict(o)) {
        encode_object(e, o, level);
    } else {
        encode_other(e, o, level);
    }
}

// The options of JSONEncoder(), which dumps() and dump() take too (with cls).
#define ENCODE_OPTIONS(X)                                                                          \
    X(skipkeys)                                                                                    \
    X(ensure_ascii)                                                                                \
    X(check_circular)                                                                              \
    X(allow_nan)                                                                                   \
    X(sort_keys)                                                                                   \
    X(indent)                                                                                      \
    X(separators)                                                                                  \
    X(default)
#define ENCODE_N_OPTIONS (8)

enum {
#define X(name) OPT_##name,
    ENCODE_OPTIONS(X)
#undef X
};

// The defaults of the options that are flags; the others default to None.
static const bool encode_flag_defaults[] = {false, true, true, true, false};
#define ENCODE_N_FLAGS (5)

// A separator: a str, as CPython's encoder requires of its argument [n].
static kl_obj_t check_separator(kl_obj_t s, int n) {
    if (!kl_obj_is_str(s)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("make_encoder() argument %d must be str, not %T"), n, s);
    }
    return s;
}

// separators=(item, key): any iterable of two values, unpacked as an assignment would.
static void unpack_separators(kl_obj_t seps, kl_obj_t *item, kl_obj_t *key) {
    kl_obj_t iter = kl_getiter_or_unpack_error(seps);
    kl_obj_t v[3];
    size_t n = 0;
    while (n < 3 && (v[n] = kl_iternext(iter)) != KL_OBJ_STOP_ITERATION) {
        n++;
    }
    if (n < 2) {
        kl_raise_msg_fmt(&kl_type_ValueError,
                         KL_ERROR_TEXT("not enough values to unpack (expected 2, got %z)"), n);
    }
    if (n > 2) {
        kl_raise_ValueError(KL_ERROR_TEXT("too many values to unpack (expected 2)"));
    }
    *item = v[0];
    *key = v[1];
}

// Set up [e] from the option values [opt] (KL_OBJ_NULL where not given; separators is not
// read) and the separators [item_sep] and [key_sep] (KL_OBJ_NULL: the defaults).
static void encoder_init(encoder_t *e, const kl_obj_t *opt, kl_obj_t item_sep, kl_obj_t key_sep,
                         kl_obj_t fp) {
    bool flag[ENCODE_N_FLAGS];
    for (size_t i = 0; i < ENCODE_N_FLAGS; i++) {
        flag[i] = opt[i] == KL_OBJ_NULL ? encode_flag_defaults[i] : kl_obj_is_true(opt[i]);
    }
    kl_vstr_init(&e->out, 64);
    e->fp = fp;
    e->default_fn = or_null(opt[OPT_default]);
    e->skipkeys = flag[OPT_skipkeys];
    e->ensure_ascii = flag[OPT_ensure_ascii];
    e->check_circular = flag[OPT_check_circular];
    e->allow_nan = flag[OPT_allow_nan];
    e->sort_keys = flag[OPT_sort_keys];
    e->depth = 0;
    e->guards = NULL;
    // indent: a str as it is, an int n as n spaces (none for n <= 0).
    kl_obj_t indent = or_null(opt[OPT_indent]);
    if (indent != KL_OBJ_NULL && !kl_obj_is_str(indent)) {
        if (!kl_obj_isinstance(indent, &kl_type_int)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("can't multiply sequence by non-int of type '%T'"),
                             indent);
        }
        indent = kl_binary_op(KL_BINARY_OP_MUL, kl_obj_str_from_char(' '), indent);
    }
    e->indent = indent;
    e->key_sep = key_sep == KL_OBJ_NULL ? kl_obj_new_str(": ", 2) : check_separator(key_sep, 5);
    e->item_sep = item_sep == KL_OBJ_NULL ? kl_obj_new_str(", ", indent != KL_OBJ_NULL ? 1 : 2)
                                          : check_separator(item_sep, 6);
}

// dumps() and dump() with their own options: set up [e] from the option values [opt].
static void encoder_init_options(encoder_t *e, const kl_obj_t *opt, kl_obj_t fp) {
    kl_obj_t item_sep = KL_OBJ_NULL, key_sep = KL_OBJ_NULL;
    if (or_null(opt[OPT_separators]) != KL_OBJ_NULL) {
        unpack_separators(opt[OPT_separators], &item_sep, &key_sep);
    }
    encoder_init(e, opt, item_sep, key_sep, fp);
}

// The keyword names of dumps(obj, ...), dump(obj, fp, ...) and JSONEncoder(self, ...).
#define ENCODE_NAME(name) KL_QSTR_##name,
static const uint16_t dumps_names[] = {KL_QSTR_obj, ENCODE_OPTIONS(ENCODE_NAME) KL_QSTR_cls};
static const uint16_t dump_names[] = {KL_QSTR_obj, KL_QSTR_fp,
                                      ENCODE_OPTIONS(ENCODE_NAME) KL_QSTR_cls};
static const uint16_t encoder_names[] = {KL_QSTR_self, ENCODE_OPTIONS(ENCODE_NAME)};
#undef ENCODE_NAME

// dumps() and dump() with cls= or with keywords of their own for it: an instance of [cls]
// (JSONEncoder when None) made with every option [opt] and the keywords [extra].
static kl_obj_t make_encoder(kl_obj_t cls, const kl_obj_t *opt, kl_obj_t extra) {
    kl_obj_t kw = extra != KL_OBJ_NULL ? extra : kl_obj_new_dict(ENCODE_N_OPTIONS);
    for (size_t i = 0; i < ENCODE_N_OPTIONS; i++) {
        kl_obj_t v = opt[i];
        if (v == KL_OBJ_NULL) {
            v = i < ENCODE_N_FLAGS ? KL_OBJ_FROM_BOOL(encode_flag_defaults[i]) : kl_const_none;
        }
        kl_obj_dict_store(kw, KL_OBJ_NEW_QSTR(encoder_names[1 + i]), v);
    }
    if (or_null(cls) == KL_OBJ_NULL) {
        cls = module_attr(KL_QSTR_JSONEncoder);
    }
    return call_kw(cls, kw);
}

static kl_obj_t call_method_1(kl_obj_t o, kl_qstr_t name, kl_obj_t arg) {
    kl_obj_t call[3];
    kl_load_method(o, name, call);
    call[2] = arg;
    return kl_call_method_n_kw(1, 0, call);
}

static kl_obj_t json_dumps(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t a[2 + ENCODE_N_OPTIONS] = {KL_OBJ_NULL};
    kl_obj_t extra = KL_OBJ_NULL;
    parse_args("dumps", "JSONEncoder", 1, n_args, n_kw, args, 2 + ENCODE_N_OPTIONS, dumps_names, a,
               &extra);
    kl_obj_t cls = or_null(a[1 + ENCODE_N_OPTIONS]);
    if (cls != KL_OBJ_NULL || extra != KL_OBJ_NULL) {
        return call_method_1(make_encoder(cls, a + 1, extra), KL_QSTR_encode, a[0]);
    }
    encoder_t e;
    encoder_init_options(&e, a + 1, KL_OBJ_NULL);
    encode(&e, a[0], 0);
    return kl_vstr_to_str(&e.out);
}
static KL_DEFINE_FUN_KW(json_dumps_obj, dumps, 0, json_dumps);

static kl_obj_t json_dump(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t a[3 + ENCODE_N_OPTIONS] = {KL_OBJ_NULL};
    kl_obj_t extra = KL_OBJ_NULL;
    parse_args("dump", "JSONEncoder", 2, n_args, n_kw, args, 3 + ENCODE_N_OPTIONS, dump_names, a,
               &extra);
    kl_obj_t cls = or_null(a[2 + ENCODE_N_OPTIONS]);
    if (cls != KL_OBJ_NULL || extra != KL_OBJ_NULL) {
        // Every chunk the encoder's iterencode() gives goes to fp.write().
        kl_obj_t chunks = call_method_1(make_encoder(cls, a + 2, extra), KL_QSTR_iterencode, a[0]);
        kl_obj_t iter = kl_getiter(chunks, NULL);
        kl_obj_t chunk;
        while ((chunk = kl_iternext(iter)) != KL_OBJ_STOP_ITERATION) {
            call_method_1(a[1], KL_QSTR_write, chunk);
        }
        return kl_const_none;
    }
    encoder_t e;
    encoder_init_options(&e, a + 2, a[1]);
    encode(&e, a[0], 0);
    flush(&e);
    return kl_const_none;
}
static KL_DEFINE_FUN_KW(json_dump_obj, dump, 0, json_dump);

// ==== JSONEncoder ====

// JSONEncoder(*, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
// sort_keys=False, indent=None, separators=None, default=None): the options become attributes,
// which encode() reads, so a subclass may change them or override default().
static kl_obj_t encoder___init__(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t a[1 + ENCODE_N_OPTIONS] = {KL_OBJ_NULL};
    parse_args("JSONEncoder.__init__", "JSONEncoder", 1, n_args, n_kw, args, 1 + ENCODE_N_OPTIONS,
               encoder_names, a, NULL);
    kl_obj_t self = a[0];
    const kl_obj_t *opt = a + 1;
    for (size_t i = 0; i < ENCODE_N_FLAGS; i++) {
        kl_store_attr(self, encoder_names[1 + i],
                      opt[i] != KL_OBJ_NULL ? opt[i] : KL_OBJ_FROM_BOOL(encode_flag_defaults[i]));
    }
    kl_obj_t indent = opt[OPT_indent] != KL_OBJ_NULL ? opt[OPT_indent] : kl_const_none;
    kl_store_attr(self, KL_QSTR_indent, indent);
    if (or_null(opt[OPT_separators]) != KL_OBJ_NULL) {
        kl_obj_t item_sep, key_sep;
        unpack_separators(opt[OPT_separators], &item_sep, &key_sep);
        kl_store_attr(self, KL_QSTR_item_separator, item_sep);
        kl_store_attr(self, KL_QSTR_key_separator, key_sep);
    } else if (indent != kl_const_none) {
        kl_store_attr(self, KL_QSTR_item_separator, kl_obj_str_from_char(','));
    }
    if (or_null(opt[OPT_default]) != KL_OBJ_NULL) {
        kl_store_attr(self, KL_QSTR_default, opt[OPT_default]);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_KW(encoder___init___obj, __init__, 1, encoder___init__);

// The text of [o] with the options held by the encoder [self].
static kl_obj_t encoder_encode(kl_obj_t self, kl_obj_t o) {
    kl_obj_t opt[ENCODE_N_OPTIONS];
    for (size_t i = 0; i < ENCODE_N_OPTIONS; i++) {
        opt[i] = i == OPT_separators ? KL_OBJ_NULL : kl_load_attr(self, encoder_names[1 + i]);
    }
    encoder_t e;
    encoder_init(&e, opt, kl_load_attr(self, KL_QSTR_item_separator),
                 kl_load_attr(self, KL_QSTR_key_separator), KL_OBJ_NULL);
    encode(&e, o, 0);
    return kl_vstr_to_str(&e.out);
}
static KL_DEFINE_FUN_2(encoder_encode_obj, encode, encoder_encode);

// iterencode(o): the text as a list of one chunk (not through encode(), which a subclass may
// override, as CPython's does not).
static kl_obj_t encoder_iterencode(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const uint16_t names[] = {KL_QSTR_self, KL_QSTR_o, KL_QSTR__one_shot};
    kl_obj_t a[3] = {KL_OBJ_NULL, KL_OBJ_NULL, kl_const_false};
    parse_args("JSONEncoder.iterencode", "JSONEncoder", 3, n_args, n_kw, args, 3, names, a, NULL);
    kl_obj_t text = encoder_encode(a[0], a[1]);
    return kl_obj_new_list(1, &text);
}
static KL_DEFINE_FUN_KW(encoder_iterencode_obj, iterencode, 2, encoder_iterencode);

// What a value of no JSON type becomes: subclasses override this; here it is an error.
static kl_obj_t encoder_default(kl_obj_t self, kl_obj_t o) {
    (void)self;
    kl_raise_msg_fmt(&kl_type_TypeError,
                     KL_ERROR_TEXT("Object of type %T is not JSON serializable"), o);
}
static KL_DEFINE_FUN_2(encoder_default_obj, default, encoder_default);

// ==== Decoding ====

typedef struct _decoder_t {
    const char *s; // the text, UTF-8
    size_t len;
    kl_obj_t doc; // the str it belongs to, for JSONDecodeError
    kl_obj_t object_hook;
    kl_obj_t object_pairs_hook;
    kl_obj_t parse_float;
    kl_obj_t parse_int;
    kl_obj_t parse_constant;
    bool strict; // control characters in strings are errors
    unsigned depth;
} decoder_t;

// JSONDecodeError(msg, doc, pos) with [pos] counted in code points, as CPython counts it (a
// position past the end, from raw_decode(), counts on past it).
static KL_NORETURN void decode_error(const decoder_t *d, const char *msg, size_t byte_pos) {
    size_t pos = byte_pos <= d->len ? kl_obj_str_utf8_charlen(d->s, byte_pos)
                                    : kl_obj_str_utf8_charlen(d->s, d->len) + (byte_pos - d->len);
    kl_obj_t args[3] = {kl_obj_new_str_from_cstr(msg), d->doc, kl_obj_new_int((kl_int_t)pos)};
    kl_raise(kl_call_function_n_kw(module_attr(KL_QSTR_JSONDecodeError), 3, 0, args));
}

static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static size_t skip_space(const decoder_t *d, size_t i) {
    while (i < d->len && is_space(d->s[i])) {
        i++;
    }
    return i;
}

static bool is_digit(const decoder_t *d, size_t i) {
    return i < d->len && d->s[i] >= '0' && d->s[i] <= '9';
}

// Does the text hold the bytes of [w] at [i] (<= the length)?
static bool has_word(const decoder_t *d, size_t i, const char *w) {
    size_t n = strlen(w);
    return n <= d->len - i && memcmp(d->s + i, w, n) == 0;
}

// Are there at least [n] more code points from byte [i] on?
static bool has_chars(const decoder_t *d, size_t i, size_t n) {
    for (; n > 0; n--) {
        if (i >= d->len) {
            return false;
        }
        i++;
        while (i < d->len && ((uint8_t)d->s[i] & 0xc0) == 0x80) {
            i++;
        }
    }
    return true;
}

static int hex_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// The four hex digits at [i] (which the caller has checked are inside the text), or -1.
static int32_t hex4(const decoder_t *d, size_t i) {
    int32_t v = 0;
    for (size_t k = 0; k < 4; k++) {
        int h = hex_value(d->s[i + k]);
        if (h < 0) {
            return -1;
        }
        v = (v << 4) | h;
    }
    return v;
}

// The string whose opening quote is at [i]; *[end] is set past its closing quote. Text without
// escapes is used as it is; escapes build a copy.
static kl_obj_t parse_string(const decoder_t *d, size_t i, size_t *end) {
    const char *s = d->s;
    size_t begin = i;
    i++;
    size_t run = i; // start of the text not yet copied
    kl_vstr_t v;
    bool copied = false;
    for (;;) {
        while (i < d->len && s[i] != '"' && s[i] != '\\') {
            if ((uint8_t)s[i] < 0x20 && d->strict) {
                decode_error(d, KL_ERROR_TEXT("Invalid control character at"), i);
            }
            i++;
        }
        if (i >= d->len) {
            decode_error(d, KL_ERROR_TEXT("Unterminated string starting at"), begin);
        }
        if (!copied) {
            if (s[i] == '"') {
                *end = i + 1;
                return kl_obj_new_str(s + run, i - run);
            }
            kl_vstr_init(&v, i - run + 16);
            copied = true;
        }
        kl_vstr_add_strn(&v, s + run, i - run);
        if (s[i] == '"') {
            *end = i + 1;
            return kl_vstr_to_str(&v);
        }
        // A backslash at [i].
        if (i + 1 >= d->len) {
            decode_error(d, KL_ERROR_TEXT("Unterminated string starting at"), begin);
        }
        char c = s[i + 1];
        if (c != 'u') {
            char r = c == '"' || c == '\\' || c == '/' ? c
                     : c == 'b'                        ? '\b'
                     : c == 'f'                        ? '\f'
                     : c == 'n'                        ? '\n'
                     : c == 'r'                        ? '\r'
                     : c == 't'                        ? '\t'
                                                       : 0;
            if (r == 0) {
                decode_error(d, KL_ERROR_TEXT("Invalid \\escape"), i);
            }
            kl_vstr_add_byte(&v, r);
            i += 2;
            run = i;
            continue;
        }
        // \uXXXX, which must leave room for at least the closing quote after it.
        size_t u = i + 1;
        if (!has_chars(d, u + 1, 5)) {
            decode_error(d, KL_ERROR_TEXT("Invalid \\uXXXX escape"), u);
        }
        int32_t cp = hex4(d, u + 1);
        if (cp < 0) {
            decode_error(d, KL_ERROR_TEXT("Invalid \\uXXXX escape"), u);
        }
        i = u + 5;
        // A high surrogate and a low one escaped right after it are one code point; any other
        // surrogate is kept alone.
        if (cp >= 0xd800 && cp <= 0xdbff && has_chars(d, i, 7) && s[i] == '\\' && s[i + 1] == 'u') {
            int32_t low = hex4(d, i + 2);
            if (low < 0) {
                decode_error(d, KL_ERROR_TEXT("Invalid \\uXXXX escape"), i + 1);
            }
            if (low >= 0xdc00 && low <= 0xdfff) {
                cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                i += 6;
            }
        }
        kl_vstr_add_char(&v, (uint32_t)cp);
        run = i;
    }
}

// CPython 3.11 refuses to convert decimal text of more than 4300 digits to an int.
#define INT_MAX_STR_DIGITS (4300)

// The number at [i]: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?, an int unless it has a
// fraction or an exponent. A '.' or 'e' that nothing valid follows is left for the caller
// ("1." is 1 and then extra data).
static kl_obj_t parse_number(const decoder_t *d, size_t i, size_t *end) {
    const char *s = d->s;
    size_t start = i;
    if (s[i] == '-') {
        i++;
    }
    if (is_digit(d, i) && s[i] != '0') {
        while (is_digit(d, i)) {
            i++;
        }
    } else if (i < d->len && s[i] == '0') {
        i++;
    } else {
        decode_error(d, KL_ERROR_TEXT("Expecting value"), start);
    }
    bool is_float = false;
    if (i < d->len && s[i] == '.' && is_digit(d, i + 1)) {
        is_float = true;
        i += 2;
        while (is_digit(d, i)) {
            i++;
        }
    }
    if (i + 1 < d->len && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        if (j + 1 < d->len && (s[j] == '+' || s[j] == '-')) {
            j++;
        }
        size_t k = j;
        while (is_digit(d, k)) {
            k++;
        }
        if (k > j) {
            is_float = true;
            i = k;
        }
    }
    *end = i;
    size_t n = i - start;
    kl_obj_t hook = is_float ? d->parse_float : d->parse_int;
    if (hook != KL_OBJ_NULL) {
        return kl_call_function_1(hook, kl_obj_new_str(s + start, n));
    }
    if (is_float) {
        double x = 0;
        kl_numfmt_parse_float(s + start, n, &x);
        return kl_obj_new_float(x);
    }
    size_t digits = n - (s[start] == '-');
    if (digits > INT_MAX_STR_DIGITS) {
        kl_raise_msg_fmt(&kl_type_ValueError,
                         KL_ERROR_TEXT("Exceeds the limit (4300 digits) for integer string "
                                       "conversion: value has %z digits; use "
                                       "sys.set_int_max_str_digits() to increase the limit"),
                         digits);
    }
    return kl_obj_new_int_from_str(s + start, n, 10);
}

// The float value of the constant [name]: NaN, Infinity or -Infinity.
static kl_obj_t constant_value(const char *name) {
    return kl_obj_new_float(name[0] == 'N'   ? (kl_float_t)NAN
                            : name[0] == '-' ? -(kl_float_t)INFINITY
                                             : (kl_float_t)INFINITY);
}

// The constant [name] at [i], through parse_constant when one was given.
static kl_obj_t parse_constant(const decoder_t *d, const char *name, size_t i, size_t *end) {
    size_t n = strlen(name);
    *end = i + n;
    if (d->parse_constant != KL_OBJ_NULL) {
        return kl_call_function_1(d->parse_constant, kl_obj_new_str(name, n));
    }
    return constant_value(name);
}

static kl_obj_t parse_value(decoder_t *d, size_t i, size_t *end);

// Enter an array or object: the recursion limit and the C stack check.
static void enter_container(decoder_t *d, const char *what) {
    kl_stack_check();
    if (++d->depth + kl_state.recursion_depth > kl_state.recursion_limit) {
        kl_raise_msg_fmt(&kl_type_RecursionError,
                         KL_ERROR_TEXT("maximum recursion depth exceeded while decoding a JSON %s "
                                       "from a unicode string"),
                         what);
    }
}

// The array whose '[' is just before [i].
static kl_obj_t parse_array(decoder_t *d, size_t i, size_t *end) {
    enter_container(d, "array");
    kl_obj_t list = kl_obj_new_list(0, NULL);
    i = skip_space(d, i);
    if (i >= d->len || d->s[i] != ']') {
        for (;;) {
            kl_obj_list_append(list, parse_value(d, i, &i));
            i = skip_space(d, i);
            if (i < d->len && d->s[i] == ']') {
                break;
            }
            if (i >= d->len || d->s[i] != ',') {
                decode_error(d, KL_ERROR_TEXT("Expecting ',' delimiter"), i);
            }
            i = skip_space(d, i + 1);
        }
    }
    *end = i + 1;
    d->depth--;
    return list;
}

// The object whose '{' is just before [i]: a dict (the last of repeated keys wins), or what
// object_pairs_hook makes of the list of pairs, or object_hook of the dict.
static kl_obj_t parse_object(decoder_t *d, size_t i, size_t *end) {
    enter_container(d, "object");
    bool pairs = d->object_pairs_hook != KL_OBJ_NULL;
    kl_obj_t result = pairs ? kl_obj_new_list(0, NULL) : kl_obj_new_dict(0);
    i = skip_space(d, i);
    if (i >= d->len || d->s[i] != '}') {
        for (;;) {
            if (i >= d->len || d->s[i] != '"') {
                decode_error(d, KL_ERROR_TEXT("Expecting property name enclosed in double quotes"),
                             i);
            }
            kl_obj_t key = parse_string(d, i, &i);
            i = skip_space(d, i);
            if (i >= d->len || d->s[i] != ':') {
                decode_error(d, KL_ERROR_TEXT("Expecting ':' delimiter"), i);
            }
            i = skip_space(d, i + 1);
            kl_obj_t value = parse_value(d, i, &i);
            if (pairs) {
                kl_obj_t kv[2] = {key, value};
                kl_obj_list_append(result, kl_obj_new_tuple(2, kv));
            } else {
                kl_obj_dict_store(result, key, value);
            }
            i = skip_space(d, i);
            if (i < d->len && d->s[i] == '}') {
                break;
            }
            if (i >= d->len || d->s[i] != ',') {
                decode_error(d, KL_ERROR_TEXT("Expecting ',' delimiter"), i);
            }
            i = skip_space(d, i + 1);
        }
    }
    *end = i + 1;
    d->depth--;
    if (pairs) {
        return kl_call_function_1(d->object_pairs_hook, result);
    }
    if (d->object_hook != KL_OBJ_NULL) {
        return kl_call_function_1(d->object_hook, result);
    }
    return result;
}

// The value that starts at [i] (whitespace already skipped); *[end] is set past it.
static kl_obj_t parse_value(decoder_t *d, size_t i, size_t *end) {
    if (i >= d->len) {
        decode_error(d, KL_ERROR_TEXT("Expecting value"), i);
    }
    switch (d->s[i]) {
        case '"':
            return parse_string(d, i, end);
        case '{':
            return parse_object(d, i + 1, end);
        case '[':
            return parse_array(d, i + 1, end);
        case 'n':
            if (has_word(d, i, "null")) {
                *end = i + 4;
                return kl_const_none;
            }
            break;
        case 't':
            if (has_word(d, i, "true")) {
                *end = i + 4;
                return kl_const_true;
            }
            break;
        case 'f':
            if (has_word(d, i, "false")) {
                *end = i + 5;
                return kl_const_false;
            }
            break;
        case 'N':
            if (has_word(d, i, "NaN")) {
                return parse_constant(d, "NaN", i, end);
            }
            break;
        case 'I':
            if (has_word(d, i, "Infinity")) {
                return parse_constant(d, "Infinity", i, end);
            }
            break;
        case '-':
            if (has_word(d, i, "-Infinity")) {
                return parse_constant(d, "-Infinity", i, end);
            }
            break;
        default:
            break;
    }
    return parse_number(d, i, end);
}

// UTF-8 [data] of [len] bytes, the contents of the bytes or bytearray [obj] (NULL: part of one,
// past a byte order mark), as a str. Encoded surrogates are accepted, as CPython's loads() decodes
// with the surrogatepass error handler; anything else invalid is a UnicodeDecodeError.
static kl_obj_t decode_utf8(kl_obj_t obj, const char *data, size_t len) {
    const uint8_t *u = (const uint8_t *)data;
    size_t i = 0;
    for (;;) {
        size_t bad_len;
        const char *reason;
        i += kl_obj_str_utf8_check(data + i, len - i, &bad_len, &reason);
        if (i == len) {
            break;
        }
        if (len - i >= 3 && u[i] == 0xed && u[i + 1] >= 0xa0 && u[i + 1] <= 0xbf &&
            (u[i + 2] & 0xc0) == 0x80) {
            i += 3;
            continue;
        }
        if (obj == KL_OBJ_NULL || !kl_obj_is_bytes(obj)) {
            obj = kl_obj_new_bytes(data, len);
        }
        kl_raise(kl_obj_new_unicode_error(&kl_type_UnicodeDecodeError, "utf-8", obj, i, i + bad_len,
                                          reason));
    }
    return kl_obj_new_str(data, len);
}

// The str that loads() parses: [s] itself, or bytes decoded from the UTF-8, UTF-16 or UTF-32
// that its byte order mark or its first zero bytes show (JSON text starts with an ASCII
// character, so which of the first bytes are zero tells the encoding).
static kl_obj_t input_text(kl_obj_t s) {
    if (kl_obj_is_str(s)) {
        return s;
    }
    size_t len;
    const char *b;
    if (kl_obj_is_bytes(s)) {
        b = kl_obj_str_get_data(s, &len);
    } else if (kl_obj_is_bytearray(s)) {
        b = kl_obj_bytearray_get_data(s, &len);
    } else {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("the JSON object must be str, bytes or bytearray, not %T"),
                         s);
    }
    const uint8_t *u = (const uint8_t *)b;
    const char *enc = "utf-8";
    if (len >= 4 && ((u[0] == 0 && u[1] == 0 && u[2] == 0xfe && u[3] == 0xff) ||
                     (u[0] == 0xff && u[1] == 0xfe && u[2] == 0 && u[3] == 0))) {
        enc = "utf-32";
    } else if (len >= 2 && ((u[0] == 0xfe && u[1] == 0xff) || (u[0] == 0xff && u[1] == 0xfe))) {
        enc = "utf-16";
    } else if (len >= 3 && u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf) {
        enc = "utf-8-sig";
    } else if (len >= 4) {
        if (u[0] == 0) {
            enc = u[1] != 0 ? "utf-16-be" : "utf-32-be";
        } else if (u[1] == 0) {
            enc = u[2] != 0 || u[3] != 0 ? "utf-16-le" : "utf-32-le";
        }
    } else if (len == 2) {
        if (u[0] == 0) {
            enc = "utf-16-be";
        } else if (u[1] == 0) {
            enc = "utf-16-le";
        }
    }
    if (enc[4] == '8') {
        size_t bom = enc[5] == '-' ? 3 : 0;
        return decode_utf8(bom == 0 ? s : KL_OBJ_NULL, b + bom, len - bom);
    }
    return kl_obj_str_decode(b, len, enc, NULL);
}

// The options of JSONDecoder(), which loads() and load() take too (with cls).
#define DECODE_OPTIONS(X)                                                                          \
    X(object_hook)                                                                                 \
    X(parse_float)                                                                                 \
    X(parse_int)                                                                                   \
    X(parse_constant)                                                                              \
    X(strict)                                                                                      \
    X(object_pairs_hook)
#define DECODE_N_OPTIONS (6)

enum {
#define X(name) DOPT_##name,
    DECODE_OPTIONS(X)
#undef X
};

#define DECODE_NAME(name) KL_QSTR_##name,
static const uint16_t loads_names[] = {KL_QSTR_s, DECODE_OPTIONS(DECODE_NAME) KL_QSTR_cls};
static const uint16_t load_names[] = {KL_QSTR_fp, DECODE_OPTIONS(DECODE_NAME) KL_QSTR_cls};
static const uint16_t decoder_names[] = {KL_QSTR_self, DECODE_OPTIONS(DECODE_NAME)};
#undef DECODE_NAME

// A parse_float, parse_int or parse_constant hook: KL_OBJ_NULL for the default, which a false
// value asks for too (CPython writes `parse_float or float`), as does the type [dflt] itself
// (float and int need not be called).
static kl_obj_t parse_hook(kl_obj_t hook, const kl_obj_type_t *dflt) {
    if (hook == KL_OBJ_NULL || hook == KL_OBJ_FROM_PTR(dflt) || !kl_obj_is_true(hook)) {
        return KL_OBJ_NULL;
    }
    return hook;
}

// Set up [d] to parse the str [doc] with the options [opt] (KL_OBJ_NULL or None where not
// given; strict is KL_OBJ_NULL for its default, True).
static void decoder_init(decoder_t *d, kl_obj_t doc, const kl_obj_t *opt) {
    d->doc = doc;
    d->s = kl_obj_str_get_data(doc, &d->len);
    d->object_hook = or_null(opt[DOPT_object_hook]);
    d->object_pairs_hook = or_null(opt[DOPT_object_pairs_hook]);
    d->parse_float = parse_hook(opt[DOPT_parse_float], &kl_type_float);
    d->parse_int = parse_hook(opt[DOPT_parse_int], &kl_type_int);
    d->parse_constant = parse_hook(opt[DOPT_parse_constant], NULL);
    d->strict = opt[DOPT_strict] == KL_OBJ_NULL || kl_obj_is_true(opt[DOPT_strict]);
    d->depth = 0;
}

// The whole text: one value, with whitespace around it and nothing else.
static kl_obj_t decode_all(decoder_t *d) {
    size_t end;
    kl_obj_t value = parse_value(d, skip_space(d, 0), &end);
    end = skip_space(d, end);
    if (end != d->len) {
        decode_error(d, KL_ERROR_TEXT("Extra data"), end);
    }
    return value;
}

// loads() of [s] (str, bytes or bytearray) with the options [opt] and [cls]; keywords of its own
// in [extra] go to the decoder class.
static kl_obj_t loads_with(kl_obj_t s, const kl_obj_t *opt, kl_obj_t cls, kl_obj_t extra) {
    kl_obj_t doc = input_text(s);
    decoder_t d;
    decoder_init(&d, doc, opt);
    if (doc == s && has_word(&d, 0, "\xef\xbb\xbf")) {
        decode_error(&d, KL_ERROR_TEXT("Unexpected UTF-8 BOM (decode using utf-8-sig)"), 0);
    }
    cls = or_null(cls);
    if (cls == KL_OBJ_NULL && extra == KL_OBJ_NULL) {
        return decode_all(&d);
    }
    // cls(**kw).decode(doc), kw holding the hooks that were given.
    kl_obj_t kw = extra != KL_OBJ_NULL ? extra : kl_obj_new_dict(DECODE_N_OPTIONS);
    for (size_t i = 0; i < DECODE_N_OPTIONS; i++) {
        if (i == DOPT_strict ? opt[i] != KL_OBJ_NULL : or_null(opt[i]) != KL_OBJ_NULL) {
            kl_obj_dict_store(kw, KL_OBJ_NEW_QSTR(decoder_names[1 + i]), opt[i]);
        }
    }
    if (cls == KL_OBJ_NULL) {
        cls = module_attr(KL_QSTR_JSONDecoder);
    }
    return call_method_1(call_kw(cls, kw), KL_QSTR_decode, doc);
}

static kl_obj_t json_loads(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t a[2 + DECODE_N_OPTIONS] = {KL_OBJ_NULL};
    kl_obj_t extra = KL_OBJ_NULL;
    parse_args("loads", "JSONDecoder", 1, n_args, n_kw, args, 2 + DECODE_N_OPTIONS, loads_names, a,
               &extra);
    return loads_with(a[0], a + 1, a[1 + DECODE_N_OPTIONS], extra);
}
static KL_DEFINE_FUN_KW(json_loads_obj, loads, 0, json_loads);

static kl_obj_t json_load(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t a[2 + DECODE_N_OPTIONS] = {KL_OBJ_NULL};
    kl_obj_t extra = KL_OBJ_NULL;
    parse_args("load", "JSONDecoder", 1, n_args, n_kw, args, 2 + DECODE_N_OPTIONS, load_names, a,
               &extra);
    kl_obj_t call[2];
    kl_load_method(a[0], KL_QSTR_read, call);
    return loads_with(kl_call_method_n_kw(0, 0, call), a + 1, a[1 + DECODE_N_OPTIONS], extra);
}
static KL_DEFINE_FUN_KW(json_load_obj, load, 0, json_load);

// ==== JSONDecoder ====

// JSONDecoder(*, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
// strict=True, object_pairs_hook=None): the options become attributes, which decode() reads.
static kl_obj_t decoder___init__(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t a[1 + DECODE_N_OPTIONS] = {KL_OBJ_NULL};
    parse_args("JSONDecoder.__init__", "JSONDecoder", 1, n_args, n_kw, args, 1 + DECODE_N_OPTIONS,
               decoder_names, a, NULL);
    kl_obj_t self = a[0];
    kl_obj_t *opt = a + 1;
    // parse_float, parse_int and parse_constant default to float, int and a lookup of the three
    // constants (a false value counts as not given).
    if (opt[DOPT_parse_float] == KL_OBJ_NULL || !kl_obj_is_true(opt[DOPT_parse_float])) {
        opt[DOPT_parse_float] = KL_OBJ_FROM_PTR(&kl_type_float);
    }
    if (opt[DOPT_parse_int] == KL_OBJ_NULL || !kl_obj_is_true(opt[DOPT_parse_int])) {
        opt[DOPT_parse_int] = KL_OBJ_FROM_PTR(&kl_type_int);
    }
    if (opt[DOPT_parse_constant] == KL_OBJ_NULL || !kl_obj_is_true(opt[DOPT_parse_constant])) {
        static const char *const names[] = {"-Infinity", "Infinity", "NaN"};
        kl_obj_t consts = kl_obj_new_dict(3);
        for (size_t i = 0; i < 3; i++) {
            kl_obj_dict_store(consts, kl_obj_new_str_from_cstr(names[i]), constant_value(names[i]));
        }
        opt[DOPT_parse_constant] = kl_load_attr(consts, KL_QSTR___getitem__);
    }
    if (opt[DOPT_strict] == KL_OBJ_NULL) {
        opt[DOPT_strict] = kl_const_true;
    }
    for (size_t i = 0; i < DECODE_N_OPTIONS; i++) {
        kl_store_attr(self, decoder_names[1 + i], opt[i] != KL_OBJ_NULL ? opt[i] : kl_const_none);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_KW(decoder___init___obj, __init__, 1, decoder___init__);

// Set up [d] to parse [s] with the options held by the decoder [self].
static void decoder_init_from(decoder_t *d, kl_obj_t self, kl_obj_t s) {
    kl_obj_t opt[DECODE_N_OPTIONS];
    for (size_t i = 0; i < DECODE_N_OPTIONS; i++) {
        opt[i] = kl_load_attr(self, decoder_names[1 + i]);
    }
    decoder_init(d, s, opt);
}

// decode(s): the one value of the str [s].
static kl_obj_t decoder_decode(kl_obj_t self, kl_obj_t s) {
    if (!kl_obj_is_str(s)) {
        if (kl_obj_is_bytes(s) || kl_obj_is_bytearray(s)) {
            kl_raise_TypeError(KL_ERROR_TEXT("cannot use a string pattern on a bytes-like object"));
        }
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("expected string or bytes-like object, got '%T'"), s);
    }
    decoder_t d;
    decoder_init_from(&d, self, s);
    return decode_all(&d);
}
static KL_DEFINE_FUN_2(decoder_decode_obj, decode, decoder_decode);

// raw_decode(s, idx=0): the value that starts at index [idx] of [s] (no whitespace before it)
// and the index just past it; what follows is left alone.
static kl_obj_t decoder_raw_decode(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const uint16_t names[] = {KL_QSTR_self, KL_QSTR_s, KL_QSTR_idx};
    kl_obj_t a[3] = {KL_OBJ_NULL, KL_OBJ_NULL, KL_OBJ_NEW_SMALL_INT(0)};
    parse_args("JSONDecoder.raw_decode", "JSONDecoder", 3, n_args, n_kw, args, 3, names, a, NULL);
    kl_obj_t s = a[1];
    if (!kl_obj_is_str(s)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("first argument must be a string, not %T"), s);
    }
    kl_int_t idx = kl_obj_get_int(kl_obj_index(a[2]));
    if (idx < 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("idx cannot be negative"));
    }
    decoder_t d;
    decoder_init_from(&d, a[0], s);
    size_t charlen = kl_obj_str_get_charlen(s);
    size_t start = (size_t)idx <= charlen ? kl_obj_str_utf8_offset(d.s, d.len, charlen, (size_t)idx)
                                          : d.len + ((size_t)idx - charlen);
    size_t end;
    kl_obj_t r[2] = {parse_value(&d, start, &end), KL_OBJ_NULL};
    r[1] = kl_obj_new_int((kl_int_t)kl_obj_str_utf8_charlen(d.s, end));
    return kl_obj_new_tuple(2, r);
}
static KL_DEFINE_FUN_KW(decoder_raw_decode_obj, raw_decode, 2, decoder_raw_decode);

// ==== JSONDecodeError ====

// JSONDecodeError(msg, doc, pos): the message gains the line and column of [pos] in [doc]
// (both from 1), and the five parts stay attributes.
static kl_obj_t decode_error___init__(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const uint16_t names[] = {KL_QSTR_self, KL_QSTR_msg, KL_QSTR_doc, KL_QSTR_pos};
    kl_obj_t a[4] = {KL_OBJ_NULL};
    parse_args("JSONDecodeError.__init__", "JSONDecodeError", 4, n_args, n_kw, args, 4, names, a,
               NULL);
    kl_obj_t self = a[0];
    kl_obj_t msg = a[1];
    kl_obj_t doc = a[2];
    kl_obj_t pos = a[3];
    kl_obj_t call[5] = {KL_OBJ_NULL, KL_OBJ_NULL, kl_obj_str_from_char('\n'),
                        KL_OBJ_NEW_SMALL_INT(0), pos};
    kl_load_method(doc, KL_QSTR_count, call);
    kl_obj_t lineno =
        kl_binary_op(KL_BINARY_OP_ADD, kl_call_method_n_kw(3, 0, call), KL_OBJ_NEW_SMALL_INT(1));
    kl_load_method(doc, KL_QSTR_rfind, call);
    kl_obj_t colno = kl_binary_op(KL_BINARY_OP_SUB, pos, kl_call_method_n_kw(3, 0, call));
    kl_obj_t text = kl_obj_str_printf("%S: line %S column %S (char %S)", msg, lineno, colno, pos);
    kl_exception_native(self)->args = kl_obj_new_tuple(1, &text);
    kl_store_attr(self, KL_QSTR_msg, msg);
    kl_store_attr(self, KL_QSTR_doc, doc);
    kl_store_attr(self, KL_QSTR_pos, pos);
    kl_store_attr(self, KL_QSTR_lineno, lineno);
    kl_store_attr(self, KL_QSTR_colno, colno);
    return kl_const_none;
}
static KL_DEFINE_FUN_KW(decode_error___init___obj, __init__, 1, decode_error___init__);

// What copy and pickle rebuild the error from: the class and (msg, doc, pos).
static kl_obj_t decode_error___reduce__(kl_obj_t self) {
    kl_obj_t parts[3] = {kl_load_attr(self, KL_QSTR_msg), kl_load_attr(self, KL_QSTR_doc),
                         kl_load_attr(self, KL_QSTR_pos)};
    kl_obj_t r[2] = {KL_OBJ_FROM_PTR(kl_obj_get_type(self)), kl_obj_new_tuple(3, parts)};
    return kl_obj_new_tuple(2, r);
}
static KL_DEFINE_FUN_1(decode_error___reduce___obj, __reduce__, decode_error___reduce__);

// ==== The module ====

// A class [name] with base [base] and the methods of [table] ([n] pairs of qstr and builtin),
// defined as if in the submodule [sub] of json. A builtin function stored in a class does not
// bind to instances (as in CPython), so each method goes in as a method descriptor, which does,
// like the methods of a builtin type.
static kl_obj_t make_class(kl_qstr_t name, const kl_obj_type_t *base, kl_obj_t sub,
                           const kl_rom_map_elem_t *table, size_t n) {
    kl_obj_t ns = kl_obj_new_dict(1);
    kl_obj_dict_store(ns, KL_OBJ_NEW_QSTR(KL_QSTR___module__),
                      KL_OBJ_NEW_QSTR(kl_obj_module_name(sub)));
    kl_obj_t b = KL_OBJ_FROM_PTR(base);
    kl_obj_t cls = kl_type_new(&kl_type_type, KL_OBJ_NEW_QSTR(name), kl_obj_new_tuple(1, &b), ns);
    for (size_t i = 0; i < n; i++) {
        kl_store_attr(cls, table[i].key,
                      kl_obj_new_method_descriptor((const kl_obj_type_t *)cls, table[i].value));
    }
    kl_obj_dict_store(kl_obj_module_globals(sub), KL_OBJ_NEW_QSTR(name), cls);
    return cls;
}

// json.[name], registered in sys.modules so that `import json.decoder` finds it.
static kl_obj_t make_submodule(const char *name) {
    kl_obj_t m = kl_obj_new_module(kl_qstr_from_str(name));
    kl_obj_dict_store(kl_state.roots.modules, KL_OBJ_NEW_QSTR(kl_obj_module_name(m)), m);
    return m;
}

static const kl_rom_map_elem_t decode_error_table[] = {
    {KL_ROM_QSTR(__init__), KL_ROM_PTR(&decode_error___init___obj)},
    {KL_ROM_QSTR(__reduce__), KL_ROM_PTR(&decode_error___reduce___obj)},
};

static const kl_rom_map_elem_t decoder_table[] = {
    {KL_ROM_QSTR(__init__), KL_ROM_PTR(&decoder___init___obj)},
    {KL_ROM_QSTR(decode), KL_ROM_PTR(&decoder_decode_obj)},
    {KL_ROM_QSTR(raw_decode), KL_ROM_PTR(&decoder_raw_decode_obj)},
};

static const kl_rom_map_elem_t encoder_table[] = {
    {KL_ROM_QSTR(__init__), KL_ROM_PTR(&encoder___init___obj)},
    {KL_ROM_QSTR(default), KL_ROM_PTR(&encoder_default_obj)},
    {KL_ROM_QSTR(encode), KL_ROM_PTR(&encoder_encode_obj)},
    {KL_ROM_QSTR(iterencode), KL_ROM_PTR(&encoder_iterencode_obj)},
};

kl_obj_t kl_mod_json_init(void) {
    kl_obj_t m = kl_obj_new_module(KL_QSTR_json);
    kl_obj_t g = kl_obj_module_globals(m);
    kl_obj_t decoder = make_submodule("json.decoder");
    kl_obj_t encoder = make_submodule("json.encoder");
    kl_obj_t error =
        make_class(KL_QSTR_JSONDecodeError, &kl_type_ValueError, decoder, decode_error_table,
                   sizeof(decode_error_table) / sizeof(decode_error_table[0]));
    kl_obj_t dec_cls = make_class(KL_QSTR_JSONDecoder, &kl_type_object, decoder, decoder_table,
                                  sizeof(decoder_table) / sizeof(decoder_table[0]));
    kl_obj_t enc_cls = make_class(KL_QSTR_JSONEncoder, &kl_type_object, encoder, encoder_table,
                                  sizeof(encoder_table) / sizeof(encoder_table[0]));
    // The class attributes of the default separators.
    kl_store_attr(enc_cls, KL_QSTR_item_separator, kl_obj_new_str(", ", 2));
    kl_store_attr(enc_cls, KL_QSTR_key_separator, kl_obj_new_str(": ", 2));

    static const uint16_t all[] = {KL_QSTR_dump,       KL_QSTR_dumps,       KL_QSTR_load,
                                   KL_QSTR_loads,      KL_QSTR_JSONDecoder, KL_QSTR_JSONDecodeError,
                                   KL_QSTR_JSONEncoder};
    kl_obj_t names = kl_obj_new_list(0, NULL);
    for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++) {
        kl_obj_list_append(names, KL_OBJ_NEW_QSTR(all[i]));
    }
#define SET(q, value) kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(q), (value))
    SET(KL_QSTR___all__, names);
    SET(KL_QSTR_decoder, decoder);
    SET(KL_QSTR_encoder, encoder);
    SET(KL_QSTR_dump, KL_OBJ_FROM_PTR(&json_dump_obj));
    SET(KL_QSTR_dumps, KL_OBJ_FROM_PTR(&json_dumps_obj));
    SET(KL_QSTR_load, KL_OBJ_FROM_PTR(&json_load_obj));
    SET(KL_QSTR_loads, KL_OBJ_FROM_PTR(&json_loads_obj));
    SET(KL_QSTR_JSONDecoder, dec_cls);
    SET(KL_QSTR_JSONDecodeError, error);
    SET(KL_QSTR_JSONEncoder, enc_cls);
#undef SET
    return m;
}

#endif // KL_CFG_MODULE_JSON
