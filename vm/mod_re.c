// vm/mod_re.c: the re module: module functions, Pattern and Match objects, templates.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The Python face of regular expressions (the engine is vm/re_compile.c and vm/re_exec.c,
// introduced in vm/re.h). A Pattern holds its compiled program; the module functions compile
// through a small cache kept in the module's globals. Subjects are read in place when they are
// bytes or ASCII str, and other str are decoded once per call into an array of code points, so
// that every position reported to Python is a code-point index. sub, split, findall and
// finditer follow the empty-match rules of Python 3.7: an empty match is allowed next to the
// previous match, but not at the very position where the previous empty match was found.

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
#include "vm/re.h"
#include "vm/runtime.h"
#include "vm/state.h"
#include "vm/vstr.h"

#if KL_CFG_MODULE_RE

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

typedef struct _re_match_t {
    kl_obj_base_t base;
    re_pattern_t *re;
    kl_obj_t string;
    kl_re_subject_t subj;
    kl_int_t pos;
    kl_int_t endpos;
    kl_int_t lastindex; // -1: none
    kl_int_t spans[];   // start, end of each group (group 0 first); -1 when unmatched
} re_match_t;

static const kl_obj_ops_type_t pattern_type_head;
#define pattern_type (pattern_type_head.type)
static const kl_obj_ops_type_t match_type_head;
#define match_type (match_type_head.type)

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
        if (flags & KL_RE_FLAG_UNICODE) {
            kl_raise_ValueError(KL_ERROR_TEXT("cannot use UNICODE flag with a bytes pattern"));
        }
        if ((flags & KL_RE_FLAG_LOCALE) && (flags & KL_RE_FLAG_ASCII)) {
            kl_raise_ValueError(KL_ERROR_TEXT("ASCII and LOCALE flags are incompatible"));
        }
    } else {
        if (flags & KL_RE_FLAG_LOCALE) {
            kl_raise_ValueError(KL_ERROR_TEXT("cannot use LOCALE flag with a str pattern"));
        }
        if ((flags & KL_RE_FLAG_ASCII) && (flags & KL_RE_FLAG_UNICODE)) {
            kl_raise_ValueError(KL_ERROR_TEXT("ASCII and UNICODE flags are incompatible"));
        }
    }
    kl_re_program_t prog;
    kl_re_compile_pattern(pattern, is_bytes, flags, &prog);
    flags = prog.flags;
    if (!is_bytes && !(flags & KL_RE_FLAG_ASCII)) {
        flags |= KL_RE_FLAG_UNICODE;
    }
    re_pattern_t *p = kl_gc_alloc(sizeof(re_pattern_t), 0);
    p->base.type = &pattern_type;
    p->pattern = pattern;
    p->groupindex = prog.groupindex;
    p->code = prog.code;
    p->flags = flags;
    p->groups = prog.groups;
    p->nregs = prog.nregs;
    p->is_bytes = is_bytes;
    kl_obj_t names = kl_obj_new_list(0, NULL);
    for (uint32_t g = 0; g <= prog.groups; g++) {
        kl_obj_list_append(names, kl_const_none);
    }
    kl_map_t *map = kl_obj_dict_get_map(prog.groupindex);
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
    kl_int_t v;
    if (flags == KL_OBJ_NULL) {
        return 0;
    }
    if (!kl_obj_get_int_maybe(flags, &v)) {
        // CPython's first use of the flags is `flags & TEMPLATE`.
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("unsupported operand type(s) for &: '%T' and 'RegexFlag'"),
                         flags);
    }
    return (uint32_t)v;
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

static void matcher_init(kl_re_matcher_t *m, const re_pattern_t *p, const kl_re_subject_t *s,
                         kl_int_t end) {
    kl_re_exec_init(m, p->code, p->groups, p->nregs, s, end);
}

// Bytes patterns search any bytes-like object (bytes, bytearray, memoryview), as CPython's do;
// what they give back is bytes.
static void subject_init(kl_re_subject_t *s, const re_pattern_t *p, kl_obj_t string) {
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

static void subject_append(kl_vstr_t *v, const kl_re_subject_t *s, kl_int_t a, kl_int_t b) {
    if (s->w == NULL) {
        kl_vstr_add_strn(v, (const char *)s->b + a, (size_t)(b - a));
        return;
    }
    for (kl_int_t k = a; k < b; k++) {
        kl_vstr_add_char(v, s->w[k]);
    }
}

static kl_obj_t subject_slice(const kl_re_subject_t *s, bool is_bytes, kl_int_t a, kl_int_t b) {
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
static kl_obj_t new_match(re_pattern_t *p, kl_obj_t string, const kl_re_subject_t *s,
                          const kl_re_matcher_t *m, kl_int_t pos, kl_int_t endpos) {
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
// absent ones stay KL_OBJ_NULL. The first [n_req] are required. The errors read as CPython's:
// for methods, those of its C argument parser; for the module functions ([py]), which CPython
// writes in Python, those of a Python function.
static void parse_args_common(const char *fname, size_t n_pos, size_t n_kw, const kl_obj_t *args,
                              size_t n_names, const kl_qstr_t *names, size_t n_req, kl_obj_t *out,
                              bool py) {
    if (n_pos > n_names) {
        if (!py) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("%s() takes at most %z arguments (%z given)"), fname,
                             n_names, n_pos + n_kw);
        }
        if (n_req == n_names) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("%s() takes %z positional argument%s but %z %s given"),
                             fname, n_names, n_names == 1 ? "" : "s", n_pos,
                             n_pos == 1 ? "was" : "were");
        }
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%s() takes from %z to %z positional arguments but %z "
                                       "were given"),
                         fname, n_req, n_names, n_pos);
    }
    for (size_t i = 0; i < n_names; i++) {
        out[i] = i < n_pos ? args[i] : KL_OBJ_NULL;
    }
    kl_obj_t unknown = KL_OBJ_NULL;
    for (size_t k = 0; k < n_kw; k++) {
        kl_obj_t name = args[n_pos + 2 * k];
        size_t i = 0;
        while (i < n_names && !kl_obj_str_equal(name, KL_OBJ_NEW_QSTR(names[i]))) {
            i++;
        }
        if (i == n_names) {
            if (py) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("%s() got an unexpected keyword argument '%S'"),
                                 fname, name);
            }
            unknown = unknown == KL_OBJ_NULL ? name : unknown;
            continue;
        }
        if (out[i] != KL_OBJ_NULL) {
            if (py) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("%s() got multiple values for argument '%q'"), fname,
                                 names[i]);
            }
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("argument for %s() given by name ('%q') and position "
                                           "(%z)"),
                             fname, names[i], i + 1);
        }
        out[i] = args[n_pos + 2 * k + 1];
    }
    size_t missing = 0;
    for (size_t i = 0; i < n_req; i++) {
        if (out[i] == KL_OBJ_NULL) {
            if (!py) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("%s() missing required argument '%q' (pos %z)"),
                                 fname, names[i], i + 1);
            }
            missing++;
        }
    }
    if (missing > 0) {
        // "missing 2 required positional arguments: 'a' and 'b'" ('a', 'b', and 'c' for three).
        kl_vstr_t v;
        kl_vstr_init(&v, 32);
        kl_print_t print;
        kl_vstr_print(&print, &v);
        size_t seen = 0;
        for (size_t i = 0; i < n_req; i++) {
            if (out[i] == KL_OBJ_NULL) {
                seen++;
                const char *sep = seen == 1        ? ""
                                  : seen < missing ? ", "
                                  : missing == 2   ? " and "
                                                   : ", and ";
                kl_printf(&print, "%s'%q'", sep, names[i]);
            }
        }
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%s() missing %z required positional argument%s: %S"), fname,
                         missing, missing == 1 ? "" : "s", kl_vstr_to_str(&v));
    }
    if (unknown != KL_OBJ_NULL) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("'%S' is an invalid keyword argument for %s()"), unknown,
                         fname);
    }
}

static void parse_args(const char *fname, size_t n_pos, size_t n_kw, const kl_obj_t *args,
                       size_t n_names, const kl_qstr_t *names, size_t n_req, kl_obj_t *out) {
    parse_args_common(fname, n_pos, n_kw, args, n_names, names, n_req, out, false);
}

static void parse_py_args(const char *fname, size_t n_pos, size_t n_kw, const kl_obj_t *args,
                          size_t n_names, const kl_qstr_t *names, size_t n_req, kl_obj_t *out) {
    parse_args_common(fname, n_pos, n_kw, args, n_names, names, n_req, out, true);
}

// ==== Searching ====

enum { MODE_MATCH, MODE_FULLMATCH, MODE_SEARCH };

static kl_obj_t do_match(re_pattern_t *p, kl_obj_t string, kl_obj_t pos_obj, kl_obj_t endpos_obj,
                         int mode) {
    kl_re_subject_t s;
    subject_init(&s, p, string);
    kl_int_t len = (kl_int_t)s.len;
    kl_int_t pos = clamp(pos_obj, 0, len), endpos = clamp(endpos_obj, len, len);
    if (endpos < pos) {
        return kl_const_none;
    }
    kl_re_matcher_t m;
    matcher_init(&m, p, &s, endpos);
    m.fullmatch = mode == MODE_FULLMATCH;
    if (!kl_re_exec_find(&m, pos, mode == MODE_SEARCH)) {
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
static kl_obj_t findall_item(const re_pattern_t *p, const kl_re_subject_t *s,
                             const kl_int_t *slots) {
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
    kl_re_subject_t s;
    subject_init(&s, p, string);
    kl_int_t len = (kl_int_t)s.len;
    kl_int_t pos = clamp(pos_obj, 0, len), endpos = clamp(endpos_obj, len, len);
    kl_obj_t list = kl_obj_new_list(0, NULL);
    if (endpos < pos) {
        return list;
    }
    kl_re_matcher_t m;
    matcher_init(&m, p, &s, endpos);
    while (pos <= endpos && kl_re_exec_find(&m, pos, true)) {
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
    kl_re_subject_t subj;
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
    kl_re_matcher_t m;
    matcher_init(&m, it->re, &it->subj, it->endpos);
    m.no_empty_at = it->no_empty_at;
    if (!kl_re_exec_find(&m, it->start, true)) {
        it->done = true;
        return KL_OBJ_STOP_ITERATION;
    }
    it->no_empty_at = m.slots[1] == m.slots[0] ? m.slots[1] : -1;
    it->start = m.slots[1];
    return new_match(it->re, it->string, &it->subj, &m, it->pos, it->endpos);
}

static const kl_obj_iter_type_t iter_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_callable_iterator,
            .parent = &kl_type_object,
        },
    .getiter = kl_iter_self,
    .iternext = iter_next,
};
#define iter_type (iter_type_head.type)

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
    kl_re_subject_t s;
    subject_init(&s, p, string);
    kl_int_t maxsplit = maxsplit_obj == KL_OBJ_NULL ? 0 : kl_obj_get_int(maxsplit_obj);
    kl_obj_t list = kl_obj_new_list(0, NULL);
    kl_int_t end = (kl_int_t)s.len, last = 0, pos = 0, n = 0;
    if (maxsplit < 0) {
        kl_obj_list_append(list, string);
        return list;
    }
    kl_re_matcher_t m;
    matcher_init(&m, p, &s, end);
    while ((maxsplit == 0 || n < maxsplit) && pos <= end && kl_re_exec_find(&m, pos, true)) {
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
    kl_re_compile_raise_error(
        msg, tmpl, is_bytes ? (kl_int_t)bpos : (kl_int_t)kl_obj_str_utf8_charlen(t, bpos));
}

// The group named or numbered by [len] bytes at [name] of a template.
static uint32_t template_group(const re_pattern_t *p, kl_obj_t tmpl, const char *t, size_t from,
                               size_t to) {
    kl_obj_t name = kl_obj_new_str(t + from, to - from);
    bool digits = to > from;
    for (size_t k = from; k < to; k++) {
        digits = digits && kl_re_is_digit((uint8_t)t[k]);
    }
    if (digits) {
        uint64_t g = 0;
        for (size_t k = from; k < to && g < KL_RE_INF; k++) {
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
                for (int k = 0; k < 2 && i < len && kl_re_is_octal((uint8_t)t[i]); k++) {
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
                if (kl_re_is_digit(ch)) {
                    value = ch - '0';
                    if (i < len && kl_re_is_digit((uint8_t)t[i])) {
                        uint8_t d2 = (uint8_t)t[i];
                        if (kl_re_is_octal(ch) && kl_re_is_octal(d2) && i + 1 < len &&
                            kl_re_is_octal((uint8_t)t[i + 1])) {
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
                } else if (ch < 128 && kl_re_is_letter(ch)) {
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
static void expand_into(kl_vstr_t *v, kl_obj_t parts, const kl_re_subject_t *s,
                        const kl_int_t *slots) {
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
    kl_re_subject_t s;
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
    kl_re_matcher_t m;
    matcher_init(&m, p, &s, end);
    size_t pieces = 0; // as CPython counts them in the error for a bad replacement
    while ((count == 0 || n < count) && pos <= end && kl_re_exec_find(&m, pos, true)) {
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
    if (!p->is_bytes && (flags & (KL_RE_FLAG_LOCALE | KL_RE_FLAG_UNICODE | KL_RE_FLAG_ASCII)) ==
                            KL_RE_FLAG_UNICODE) {
        flags &= ~(uint32_t)KL_RE_FLAG_UNICODE;
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
        if (attr == KL_QSTR_pattern || attr == KL_QSTR_flags || attr == KL_QSTR_groups ||
            attr == KL_QSTR_groupindex) {
            kl_raise_msg(&kl_type_AttributeError, KL_ERROR_TEXT("readonly attribute"));
        }
        return;
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
    // Called for `pattern == x` and, reflected, for `x == pattern`: either side may be another
    // type.
    if ((op != KL_BINARY_OP_EQ && op != KL_BINARY_OP_NE) || !is_pattern(lhs) || !is_pattern(rhs)) {
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

static const kl_rom_map_elem_t pattern_locals_table[] = {
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

static const kl_obj_ops_type_t pattern_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_OPS,
            .name = KL_QSTR_re_dot_Pattern,
            .print = pattern_print,
            .binary_op = pattern_binary_op,
            .attr = pattern_attr,
            .locals_dict = &pattern_locals_dict,
            .parent = &kl_type_object,
        },
    .unary_op = pattern_unary_op,
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
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT(r->re->is_bytes
                                           ? "expected a bytes-like object, %T found"
                                           : "decoding to str: need a bytes-like object, %T found"),
                         tmpl);
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
        switch (attr) {
            case KL_QSTR_string:
            case KL_QSTR_re:
            case KL_QSTR_pos:
            case KL_QSTR_endpos:
            case KL_QSTR_lastindex:
            case KL_QSTR_lastgroup:
            case KL_QSTR_regs:
                kl_raise_msg(&kl_type_AttributeError, KL_ERROR_TEXT("readonly attribute"));
            default:
                return;
        }
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

// A match can be indexed but not iterated, as in CPython (its indexing is a mapping's).
static kl_obj_t match_getiter(kl_obj_t self, kl_obj_iter_buf_t *iter_buf) {
    (void)iter_buf;
    kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("'%T' object is not iterable"), self);
}

static const kl_rom_map_elem_t match_locals_table[] = {
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

static const kl_obj_ops_type_t match_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_OPS,
            .name = KL_QSTR_re_dot_Match,
            .print = match_print,
            .attr = match_attr,
            .locals_dict = &match_locals_dict,
            .parent = &kl_type_object,
        },
    .subscr = match_subscr,
    .getiter = match_getiter,
};

// ==== Module functions ====

static kl_obj_t re_compile(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const kl_qstr_t names[2] = {KL_QSTR_pattern, KL_QSTR_flags};
    kl_obj_t a[2];
    parse_py_args("compile", n_args, n_kw, args, 2, names, 1, a);
    return KL_OBJ_FROM_PTR(compile_cached(a[0], a[1]));
}
static KL_DEFINE_FUN_KW(re_compile_obj, compile, 0, re_compile);

static kl_obj_t re_match_common(size_t n_args, size_t n_kw, const kl_obj_t *args, int mode,
                                const char *fname) {
    static const kl_qstr_t names[3] = {KL_QSTR_pattern, KL_QSTR_string, KL_QSTR_flags};
    kl_obj_t a[3];
    parse_py_args(fname, n_args, n_kw, args, 3, names, 2, a);
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
    parse_py_args("findall", n_args, n_kw, args, 3, names, 2, a);
    return do_findall(compile_cached(a[0], a[2]), a[1], KL_OBJ_NULL, KL_OBJ_NULL);
}
static KL_DEFINE_FUN_KW(re_findall_obj, findall, 0, re_findall);

static kl_obj_t re_finditer(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const kl_qstr_t names[3] = {KL_QSTR_pattern, KL_QSTR_string, KL_QSTR_flags};
    kl_obj_t a[3];
    parse_py_args("finditer", n_args, n_kw, args, 3, names, 2, a);
    return do_finditer(compile_cached(a[0], a[2]), a[1], KL_OBJ_NULL, KL_OBJ_NULL);
}
static KL_DEFINE_FUN_KW(re_finditer_obj, finditer, 0, re_finditer);

static kl_obj_t re_split(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const kl_qstr_t names[4] = {KL_QSTR_pattern, KL_QSTR_string, KL_QSTR_maxsplit,
                                       KL_QSTR_flags};
    kl_obj_t a[4];
    parse_py_args("split", n_args, n_kw, args, 4, names, 2, a);
    return do_split(compile_cached(a[0], a[3]), a[1], a[2]);
}
static KL_DEFINE_FUN_KW(re_split_obj, split, 0, re_split);

static kl_obj_t re_sub_common(size_t n_args, size_t n_kw, const kl_obj_t *args, bool subn) {
    static const kl_qstr_t names[5] = {KL_QSTR_pattern, KL_QSTR_repl, KL_QSTR_string, KL_QSTR_count,
                                       KL_QSTR_flags};
    kl_obj_t a[5];
    parse_py_args(subn ? "subn" : "sub", n_args, n_kw, args, 5, names, 3, a);
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
static kl_obj_t re_escape(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const kl_qstr_t names[1] = {KL_QSTR_pattern};
    kl_obj_t pattern;
    parse_py_args("escape", n_args, n_kw, args, 1, names, 1, &pattern);
    bool is_bytes = kl_obj_is_bytes(pattern);
    if (!is_bytes && !kl_obj_is_str(pattern)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("decoding to str: need a bytes-like object, %T found"),
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
static KL_DEFINE_FUN_KW(re_escape_obj, escape, 0, re_escape);

static kl_obj_t re_purge(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    parse_py_args("purge", n_args, n_kw, args, 0, NULL, 0, NULL);
    kl_obj_t cache = cache_dict();
    if (cache != KL_OBJ_NULL) {
        kl_obj_t clear[2] = {KL_OBJ_NULL, KL_OBJ_NULL};
        kl_load_method(cache, KL_QSTR_clear, clear);
        kl_call_method_n_kw(0, 0, clear);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_KW(re_purge_obj, purge, 0, re_purge);

// ==== RegexFlag ====
// The flags are instances of RegexFlag, an int subclass made at import (a class in Python, as
// in CPython, so the runtime gives it int's behaviour): re.I | re.M is a RegexFlag again and
// reads re.IGNORECASE|re.MULTILINE. Members are listed in CPython's definition order.

static const struct {
    uint16_t name;
    uint16_t value;
} flag_members[] = {
    {KL_QSTR_ASCII, KL_RE_FLAG_ASCII},         {KL_QSTR_IGNORECASE, KL_RE_FLAG_IGNORECASE},
    {KL_QSTR_LOCALE, KL_RE_FLAG_LOCALE},       {KL_QSTR_UNICODE, KL_RE_FLAG_UNICODE},
    {KL_QSTR_MULTILINE, KL_RE_FLAG_MULTILINE}, {KL_QSTR_DOTALL, KL_RE_FLAG_DOTALL},
    {KL_QSTR_VERBOSE, KL_RE_FLAG_VERBOSE},     {KL_QSTR_TEMPLATE, KL_RE_FLAG_TEMPLATE},
    {KL_QSTR_DEBUG, KL_RE_FLAG_DEBUG},
};
#define FLAG_MASK (0x1ff)

static kl_obj_t flag_repr(kl_obj_t self) {
    kl_int_t v = kl_obj_get_int(self);
    if (v == 0) {
        return kl_obj_new_str_from_cstr("re.NOFLAG");
    }
    kl_vstr_t out;
    kl_vstr_init(&out, 32);
    kl_int_t rest = v;
    for (size_t k = 0; k < sizeof(flag_members) / sizeof(flag_members[0]); k++) {
        if (v >= 0 && (v & flag_members[k].value)) {
            if (out.len > 0) {
                kl_vstr_add_byte(&out, '|');
            }
            kl_vstr_add_str(&out, "re.");
            kl_vstr_add_str(&out, kl_qstr_str(flag_members[k].name));
            rest &= ~(kl_int_t)flag_members[k].value;
        }
    }
    if (rest != 0) {
        kl_print_t print;
        kl_vstr_print(&print, &out);
        kl_printf(&print, out.len > 0 ? "|%S" : "%S",
                  kl_call_function_1(kl_builtins_lookup(KL_QSTR_hex), kl_obj_new_int(rest)));
    }
    return kl_vstr_to_str(&out);
}
static KL_DEFINE_FUN_1(flag_repr_obj, __repr__, flag_repr);

static kl_obj_t flag_format(kl_obj_t self, kl_obj_t spec) {
    size_t len;
    if (kl_obj_is_str(spec) && (kl_obj_str_get_data(spec, &len), len == 0)) {
        return flag_repr(self);
    }
    return kl_format(kl_obj_new_int(kl_obj_get_int(self)), spec);
}
static KL_DEFINE_FUN_2(flag_format_obj, __format__, flag_format);

// A bitwise operator: a RegexFlag when the other operand is an int, else NotImplemented.
static kl_obj_t flag_op(kl_obj_t self, kl_obj_t other, int op) {
    kl_int_t a = kl_obj_get_int(self), b;
    if (!kl_obj_isinstance(other, &kl_type_int) || other == kl_const_true ||
        other == kl_const_false || !kl_obj_get_int_maybe(other, &b)) {
        return kl_const_notimplemented;
    }
    kl_int_t r = op == '|' ? (a | b) : op == '&' ? (a & b) : (a ^ b);
    return kl_call_function_1(KL_OBJ_FROM_PTR(kl_obj_get_type(self)), kl_obj_new_int(r));
}

static kl_obj_t flag_or(kl_obj_t self, kl_obj_t other) {
    return flag_op(self, other, '|');
}
static KL_DEFINE_FUN_2(flag_or_obj, __or__, flag_or);
static KL_DEFINE_FUN_2(flag_ror_obj, __ror__, flag_or);

static kl_obj_t flag_and(kl_obj_t self, kl_obj_t other) {
    return flag_op(self, other, '&');
}
static KL_DEFINE_FUN_2(flag_and_obj, __and__, flag_and);
static KL_DEFINE_FUN_2(flag_rand_obj, __rand__, flag_and);

static kl_obj_t flag_xor(kl_obj_t self, kl_obj_t other) {
    return flag_op(self, other, '^');
}
static KL_DEFINE_FUN_2(flag_xor_obj, __xor__, flag_xor);
static KL_DEFINE_FUN_2(flag_rxor_obj, __rxor__, flag_xor);

// ~flag keeps the other members' bits, as CPython's IntFlag does.
static kl_obj_t flag_invert(kl_obj_t self) {
    kl_int_t v = kl_obj_get_int(self);
    return kl_call_function_1(KL_OBJ_FROM_PTR(kl_obj_get_type(self)),
                              kl_obj_new_int(~v & FLAG_MASK));
}
static KL_DEFINE_FUN_1(flag_invert_obj, __invert__, flag_invert);

static kl_obj_t new_flag_class(void) {
    kl_obj_t dict = kl_obj_new_dict(0);
    static const struct {
        uint16_t name;
        const kl_obj_builtin_t *fun;
    } methods[] = {
        {KL_QSTR___repr__, &flag_repr_obj},     {KL_QSTR___str__, &flag_repr_obj},
        {KL_QSTR___format__, &flag_format_obj}, {KL_QSTR___or__, &flag_or_obj},
        {KL_QSTR___ror__, &flag_ror_obj},       {KL_QSTR___and__, &flag_and_obj},
        {KL_QSTR___rand__, &flag_rand_obj},     {KL_QSTR___xor__, &flag_xor_obj},
        {KL_QSTR___rxor__, &flag_rxor_obj},     {KL_QSTR___invert__, &flag_invert_obj},
    };
    for (size_t k = 0; k < sizeof(methods) / sizeof(methods[0]); k++) {
        kl_obj_dict_store(dict, KL_OBJ_NEW_QSTR(methods[k].name), (kl_obj_t)methods[k].fun);
    }
    kl_obj_dict_store(dict, KL_OBJ_NEW_QSTR(KL_QSTR___module__), KL_OBJ_NEW_QSTR(KL_QSTR_re));
    kl_obj_dict_store(dict, KL_OBJ_NEW_QSTR(KL_QSTR___qualname__),
                      KL_OBJ_NEW_QSTR(KL_QSTR_RegexFlag));
    kl_obj_t base = KL_OBJ_FROM_PTR(&kl_type_int);
    return kl_type_new_from_c(KL_OBJ_NEW_QSTR(KL_QSTR_RegexFlag), kl_obj_new_tuple(1, &base), dict);
}

kl_obj_t kl_mod_re_init(void) {
    kl_obj_t m = kl_obj_new_module(KL_QSTR_re);
    kl_obj_t g = kl_obj_module_globals(m);
    static const struct {
        uint16_t name;
        uint16_t value;
    } flags[] = {
        {KL_QSTR_NOFLAG, 0},
        {KL_QSTR_A, KL_RE_FLAG_ASCII},
        {KL_QSTR_ASCII, KL_RE_FLAG_ASCII},
        {KL_QSTR_DEBUG, KL_RE_FLAG_DEBUG},
        {KL_QSTR_I, KL_RE_FLAG_IGNORECASE},
        {KL_QSTR_IGNORECASE, KL_RE_FLAG_IGNORECASE},
        {KL_QSTR_L, KL_RE_FLAG_LOCALE},
        {KL_QSTR_LOCALE, KL_RE_FLAG_LOCALE},
        {KL_QSTR_M, KL_RE_FLAG_MULTILINE},
        {KL_QSTR_MULTILINE, KL_RE_FLAG_MULTILINE},
        {KL_QSTR_S, KL_RE_FLAG_DOTALL},
        {KL_QSTR_DOTALL, KL_RE_FLAG_DOTALL},
        {KL_QSTR_U, KL_RE_FLAG_UNICODE},
        {KL_QSTR_UNICODE, KL_RE_FLAG_UNICODE},
        {KL_QSTR_X, KL_RE_FLAG_VERBOSE},
        {KL_QSTR_VERBOSE, KL_RE_FLAG_VERBOSE},
        {KL_QSTR_T, KL_RE_FLAG_TEMPLATE},
        {KL_QSTR_TEMPLATE, KL_RE_FLAG_TEMPLATE},
    };
    kl_obj_t flag_class = new_flag_class();
    kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(KL_QSTR_RegexFlag), flag_class);
    for (size_t k = 0; k < sizeof(flags) / sizeof(flags[0]); k++) {
        kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(flags[k].name),
                          kl_call_function_1(flag_class, KL_OBJ_NEW_SMALL_INT(flags[k].value)));
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
