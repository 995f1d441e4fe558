// vm/obj_exception.c: the exception hierarchy, raising from C, and tracebacks.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Every builtin exception class is a const type in flash, generated from the KL_EXCEPTIONS
// table in runtime.h, so the forty-odd classes cost no RAM (the rarer ones only with
// KL_CFG_EXCEPTIONS_FULL). Instances share one layout (kl_obj_exception_t) whose attribute map
// sits where a Python instance keeps its own, which lets a class statement subclass an exception
// without a wrapper object.
//
// Tracebacks are recorded as the exception unwinds, one (file, line, function) entry per frame,
// in a small growable array owned by the exception; printing walks it backwards. MemoryError is
// preallocated so that running out of memory can always be reported.

#include <stdarg.h>
#include <string.h>

#include "vm/gc.h"
#include "vm/hal.h"
#include "vm/map.h"
#include "vm/nlr.h"
#include "vm/obj_exception.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/state.h"
#include "vm/vstr.h"

bool kl_obj_is_exception_type(kl_obj_t o) {
    // A class is of type type, or of a metaclass derived from it where there are any
    // (KL_CFG_METACLASS).
    if (!kl_obj_is_type(o, &kl_type_type) &&
        !(KL_CFG_METACLASS && KL_OBJ_IS_OBJ(o) && o != KL_OBJ_NULL &&
          kl_obj_is_subclass(kl_obj_get_type(o), &kl_type_type))) {
        return false;
    }
    return kl_obj_is_subclass((const kl_obj_type_t *)o, &kl_type_BaseException);
}

bool kl_obj_is_exception_instance(kl_obj_t o) {
    return KL_OBJ_IS_OBJ(o) && o != KL_OBJ_NULL &&
           (kl_obj_get_type(o)->flags & KL_TYPE_FLAG_EXCEPTION) != 0;
}

// The attribute map of [e], created on first use.
static kl_map_t *exception_map(kl_obj_exception_t *e) {
    if (e->dict == NULL) {
        e->dict = (kl_obj_dict_t *)kl_obj_new_dict(0);
    }
    return &e->dict->map;
}

// Set the attribute [name] of [e] to [v] in its map.
static void set_field(kl_obj_exception_t *e, kl_qstr_t name, kl_obj_t v) {
    kl_map_lookup_qstr(exception_map(e), name, KL_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = v;
}

// The attribute [name] in the map of [e], or NULL.
static kl_obj_t get_field(kl_obj_exception_t *e, kl_qstr_t name) {
    kl_map_elem_t *m =
        e->dict == NULL ? NULL : kl_map_lookup_qstr(&e->dict->map, name, KL_MAP_LOOKUP);
    return m == NULL ? KL_OBJ_NULL : m->value;
}

kl_obj_exception_t *kl_exception_native(kl_obj_t exc) {
    return (kl_obj_exception_t *)exc;
}

// ==== Creating ====

kl_obj_t kl_obj_new_exception(const kl_obj_type_t *type, size_t n_args, const kl_obj_t *args) {
    kl_obj_exception_t *e = kl_gc_alloc(sizeof(kl_obj_exception_t), 0);
    e->base.type = type;
    e->args = n_args == 0 ? kl_const_empty_tuple : kl_obj_new_tuple(n_args, args);
    return KL_OBJ_FROM_PTR(e);
}

kl_obj_t kl_obj_new_exception_arg1(const kl_obj_type_t *type, kl_obj_t arg) {
    return kl_obj_new_exception(type, 1, &arg);
}

kl_obj_t kl_obj_new_exception_msg(const kl_obj_type_t *type, const char *msg) {
    if (msg == NULL) {
        return kl_obj_new_exception(type, 0, NULL);
    }
    return kl_obj_new_exception_arg1(type, kl_obj_new_str_from_cstr(msg));
}

static kl_obj_t new_exception_vfmt(const kl_obj_type_t *type, const char *fmt, va_list ap) {
    return kl_obj_new_exception_arg1(type, kl_obj_str_vprintf(fmt, ap));
}

// The name in parentheses: without error text it is also a macro (vm/obj_exception.h).
kl_obj_t(kl_obj_new_exception_fmt)(const kl_obj_type_t *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    kl_obj_t e = new_exception_vfmt(type, fmt, ap);
    va_end(ap);
    return e;
}

#if KL_CFG_EXCEPTIONS_FULL
// OSError(errno, strerror) picks the subclass for the error number, as CPython does.
static const kl_obj_type_t *oserror_subclass(kl_int_t err) {
    static const struct {
        uint8_t err;
        const kl_obj_type_t *type;
    } map[] = {
        {1, &kl_type_PermissionError},        {2, &kl_type_FileNotFoundError},
        {3, &kl_type_ProcessLookupError},     {4, &kl_type_InterruptedError},
        {10, &kl_type_ChildProcessError},     {11, &kl_type_BlockingIOError},
        {13, &kl_type_PermissionError},       {17, &kl_type_FileExistsError},
        {20, &kl_type_NotADirectoryError},    {21, &kl_type_IsADirectoryError},
        {32, &kl_type_BrokenPipeError},       {103, &kl_type_ConnectionAbortedError},
        {104, &kl_type_ConnectionResetError}, {108, &kl_type_BrokenPipeError},
        {110, &kl_type_TimeoutError},         {111, &kl_type_ConnectionRefusedError},
        {114, &kl_type_BlockingIOError},      {115, &kl_type_BlockingIOError},
    };
    for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
        if (map[i].err == err) {
            return map[i].type;
        }
    }
    return &kl_type_OSError;
}
#endif

void kl_exception_split_os_args(kl_obj_t exc, size_t n_args, const kl_obj_t *args) {
    // (#if, not if: without KL_CFG_OSERROR_FULL the file names' names stay out of the image.)
#if KL_CFG_OSERROR_FULL
    if (!kl_obj_isinstance(exc, &kl_type_OSError) || n_args < 3 || n_args > 5) {
        return;
    }
    kl_obj_exception_t *e = (kl_obj_exception_t *)exc;
    e->args = kl_obj_new_tuple(2, args);
    set_field(e, KL_QSTR_filename, args[2]);
    if (n_args == 5) {
        set_field(e, KL_QSTR_filename2, args[4]);
    }
#else
    (void)exc;
    (void)n_args;
    (void)args;
#endif
}

// The keywords of an exception's constructor: none but ImportError's name and path, which become
// attributes, not arguments. [args] holds [n_args] positional values, then [n_kw] pairs; [name]
// is the class an error names.
static void exception_keywords(kl_obj_t exc, kl_qstr_t name, size_t n_args, size_t n_kw,
                               const kl_obj_t *args) {
    if (n_kw == 0) {
        return;
    }
    if (!KL_CFG_IMPORT_ERROR_KEYWORDS || !kl_obj_isinstance(exc, &kl_type_ImportError)) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("%q() takes no keyword arguments"),
                         name);
    }
    for (size_t i = 0; i < n_kw; i++) {
        kl_obj_t k = args[n_args + 2 * i];
        kl_qstr_t q = kl_obj_str_get_qstr(k);
        if (q != KL_QSTR_name && q != KL_QSTR_path) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("'%S' is an invalid keyword argument for ImportError()"),
                             k);
        }
        kl_store_attr(exc, q, args[n_args + 2 * i + 1]);
    }
}

kl_obj_t kl_exception_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                               const kl_obj_t *args) {
    kl_qstr_t name = type->name; // OSError's, before a subclass is picked
#if KL_CFG_EXCEPTIONS_FULL
    kl_int_t err;
    if (type == &kl_type_OSError && n_args >= 2 && KL_OBJ_IS_SMALL_INT(args[0]) &&
        kl_obj_get_int_maybe(args[0], &err)) {
        type = oserror_subclass(err);
    }
#endif
    kl_obj_t exc = kl_obj_new_exception(type, n_args, args);
    kl_exception_split_os_args(exc, n_args, args);
    // The keywords of an instance of a class statement's class go to its __init__.
    if (!(type->flags & KL_TYPE_FLAG_HEAP)) {
        exception_keywords(exc, name, n_args, n_kw, args);
    }
    return exc;
}

// ==== Raising ====

// The exception being handled becomes the __context__ of [exc] raised meanwhile; without
// KL_CFG_EXCEPTION_CHAIN there is no context to set.
static void set_context(kl_obj_t exc) {
#if KL_CFG_EXCEPTION_CHAIN
    kl_obj_t cur = kl_state.roots.cur_exc;
    if (cur != KL_OBJ_NULL && cur != exc && cur != kl_const_none) {
        kl_obj_exception_t *e = kl_exception_native(exc);
        if (e->context == KL_OBJ_NULL) {
            // Avoid a cycle through the context chain.
            for (kl_obj_t c = cur; c != KL_OBJ_NULL; c = kl_exception_native(c)->context) {
                if (c == exc) {
                    return;
                }
            }
            e->context = cur;
        }
    }
#else
    (void)exc;
#endif
}

static kl_obj_t make_exception(kl_obj_t exc) {
    if (kl_obj_is_exception_type(exc)) {
        exc = kl_call_function_0(exc);
        if (!kl_obj_is_exception_instance(exc)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("calling %T should have returned an instance of "
                                           "BaseException, not %T"),
                             exc, exc);
        }
    } else if (!kl_obj_is_exception_instance(exc)) {
        kl_raise_TypeError(KL_ERROR_TEXT("exceptions must derive from BaseException"));
    }
    return exc;
}

void kl_raise(kl_obj_t exc) {
    exc = make_exception(exc);
    set_context(exc);
    kl_nlr_jump(exc);
}

void kl_raise_from(kl_obj_t exc, kl_obj_t cause, bool has_cause) {
    exc = make_exception(exc);
#if !KL_CFG_EXCEPTION_CHAIN
    // The cause is checked, then dropped: there is no __cause__ to keep it in.
    if (has_cause && cause != kl_const_none && !kl_obj_is_exception_type(cause) &&
        !kl_obj_is_exception_instance(cause)) {
        kl_raise_TypeError(KL_ERROR_TEXT("exception causes must derive from BaseException"));
    }
#else
    if (has_cause) {
        kl_obj_exception_t *e = kl_exception_native(exc);
        if (cause == kl_const_none) {
            e->cause = KL_OBJ_NULL;
        } else {
            if (!kl_obj_is_exception_type(cause) && !kl_obj_is_exception_instance(cause)) {
                kl_raise_TypeError(KL_ERROR_TEXT("exception causes must derive from "
                                                 "BaseException"));
            }
            e->cause = make_exception(cause);
        }
        e->suppress_context = true;
    }
    set_context(exc);
#endif
    kl_nlr_jump(exc);
}

void kl_raise_msg(const kl_obj_type_t *type, const char *msg) {
    kl_raise(kl_obj_new_exception_msg(type, msg));
}

// The names in parentheses: without error text they are also macros (vm/runtime.h).
void(kl_raise_msg_fmt)(const kl_obj_type_t *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    kl_obj_t e = new_exception_vfmt(type, fmt, ap);
    va_end(ap);
    kl_raise(e);
}

void(kl_raise_TypeError)(const char *msg) {
    kl_raise_msg(&kl_type_TypeError, msg);
}

void(kl_raise_ValueError)(const char *msg) {
    kl_raise_msg(&kl_type_ValueError, msg);
}

void(kl_raise_OverflowError)(const char *msg) {
    kl_raise_msg(&kl_type_OverflowError, msg);
}

void(kl_raise_ZeroDivisionError)(const char *msg) {
    kl_raise_msg(&kl_type_ZeroDivisionError, msg);
}

void(kl_raise_IndexError)(const char *msg) {
    kl_raise_msg(&kl_type_IndexError, msg);
}

void(kl_raise_NotImplementedError)(const char *msg) {
    kl_raise_msg(&kl_type_NotImplementedError, msg);
}

void(kl_raise_RecursionError)(const char *msg) {
    kl_raise_msg(&kl_type_RecursionError, msg);
}

#if !KL_CFG_ERROR_TEXT
void kl_raise_empty(const kl_obj_type_t *type) {
    kl_raise_msg(type, "");
}

#define X(name)                                                                                    \
    void kl_raise_##name##_empty(void) {                                                           \
        kl_raise_empty(&kl_type_##name);                                                           \
    }
KL_RAISE_CLASSES(X)
#undef X
#endif

void kl_raise_KeyError(kl_obj_t key) {
    kl_raise(kl_obj_new_exception_arg1(&kl_type_KeyError, key));
}

void kl_raise_StopIteration(kl_obj_t value) {
    if (value == KL_OBJ_NULL || value == kl_const_none) {
        kl_raise(kl_obj_new_exception(&kl_type_StopIteration, 0, NULL));
    }
    kl_raise(kl_obj_new_exception_arg1(&kl_type_StopIteration, value));
}

void kl_raise_oserror(int err, kl_obj_t filename, kl_obj_t filename2) {
    kl_obj_t args[5] = {KL_OBJ_NEW_SMALL_INT(err), kl_obj_new_str_from_cstr(kl_hal_strerror(err)),
                        filename, kl_const_none, filename2};
    size_t n = filename == KL_OBJ_NULL ? 2 : filename2 == KL_OBJ_NULL ? 3 : 5;
    kl_raise(kl_exception_make_new(&kl_type_OSError, n, 0, args));
}

void kl_raise_MemoryError(void) {
    // The preallocated instance: creating a new one could fail too.
    kl_obj_t e = kl_state.roots.mem_error;
    if (e == KL_OBJ_NULL) {
        kl_hal_fatal("out of memory");
    }
    kl_obj_exception_t *x = kl_exception_native(e);
    x->traceback = NULL;
#if KL_CFG_EXCEPTION_CHAIN
    x->context = KL_OBJ_NULL;
    x->cause = KL_OBJ_NULL;
#endif
    kl_nlr_jump(e);
}

#if KL_CFG_SYNTAX_ERROR_DETAIL
void kl_raise_syntax_error_range(const kl_obj_type_t *type, kl_qstr_t filename, size_t line,
                                 size_t col, size_t end_line, size_t end_col, const char *text,
                                 size_t text_len, const char *msg) {
    kl_obj_t m = kl_obj_new_str_from_cstr(msg);
    kl_obj_t t = kl_const_none;
    if (text != NULL) {
        // Where every str is ASCII (KL_CFG_STR_UNICODE=0), a line with other text (a comment, or
        // the character at fault) is kept as bytes, which print the same.
        bool ascii = KL_CFG_STR_UNICODE || kl_obj_str_ascii_prefix(text, text_len) == text_len;
        t = ascii ? kl_obj_new_str(text, text_len) : kl_obj_new_bytes(text, text_len);
    }
    kl_obj_t details[6] = {KL_OBJ_NEW_QSTR(filename),          kl_obj_new_int((kl_int_t)line),
                           kl_obj_new_int((kl_int_t)col),      t,
                           kl_obj_new_int((kl_int_t)end_line), kl_obj_new_int((kl_int_t)end_col)};
    kl_obj_t args[2] = {m, kl_obj_new_tuple(6, details)};
    kl_obj_t e = kl_obj_new_exception(type, 2, args);
    kl_raise(e);
}
#else
void kl_raise_syntax_error_line(const kl_obj_type_t *type, kl_qstr_t filename, size_t line,
                                const char *msg) {
    // The details keep CPython's shape, (filename, lineno, offset, text), so that a handler
    // reading args[1] finds the line where it expects it.
    kl_obj_t details[4] = {KL_OBJ_NEW_QSTR(filename), kl_obj_new_int((kl_int_t)line), kl_const_none,
                           kl_const_none};
    kl_obj_t args[2] = {kl_obj_new_str_from_cstr(msg), kl_obj_new_tuple(4, details)};
    kl_raise(kl_obj_new_exception(type, 2, args));
}
#endif

// ==== Matching and attributes ====

bool kl_exception_match(kl_obj_t exc, kl_obj_t spec) {
    if (kl_obj_is_type(spec, &kl_type_tuple)) {
        kl_obj_tuple_t *t = (kl_obj_tuple_t *)spec;
        for (size_t i = 0; i < t->len; i++) {
            if (kl_exception_match(exc, t->items[i])) {
                return true;
            }
        }
        return false;
    }
    if (!kl_obj_is_exception_type(spec)) {
        kl_raise_TypeError(KL_ERROR_TEXT("catching classes that do not inherit from "
                                         "BaseException is not allowed"));
    }
    return kl_obj_isinstance(exc, (const kl_obj_type_t *)spec);
}

kl_obj_t kl_exception_get_args(kl_obj_t exc) {
    return kl_exception_native(exc)->args;
}

kl_obj_t kl_exception_stop_value(kl_obj_t exc) {
    kl_obj_tuple_t *args = (kl_obj_tuple_t *)kl_exception_native(exc)->args;
    return args->len > 0 ? args->items[0] : kl_const_none;
}

void kl_exception_set_attr_info(kl_obj_t exc, kl_obj_t obj, kl_qstr_t name) {
    kl_obj_exception_t *e = kl_exception_native(exc);
    set_field(e, KL_QSTR_name, KL_OBJ_NEW_QSTR(name));
    set_field(e, KL_QSTR_obj, obj);
}

// UnicodeDecodeError and UnicodeEncodeError carry (encoding, object, start, end, reason).
static bool is_unicode_error(kl_obj_t o) {
    return kl_obj_isinstance(o, &kl_type_UnicodeDecodeError) ||
           kl_obj_isinstance(o, &kl_type_UnicodeEncodeError);
}

#if KL_CFG_ERROR_TEXT || KL_CFG_EXCEPTIONS_FULL
kl_obj_t kl_obj_new_unicode_error(const kl_obj_type_t *type, const char *encoding, kl_obj_t object,
                                  size_t start, size_t end, const char *reason) {
    kl_obj_t args[5] = {kl_obj_new_str(encoding, strlen(encoding)), object,
                        kl_obj_new_int((kl_int_t)start), kl_obj_new_int((kl_int_t)end),
                        kl_obj_new_str(reason, strlen(reason))};
    return kl_obj_new_exception(type, 5, args);
}
#endif

// str() of a Unicode error made from its five fields, as CPython words it.
static void print_unicode_error(const kl_print_t *print, kl_obj_t o, kl_obj_tuple_t *args) {
    kl_obj_t *a = args->items;
    kl_int_t start = kl_obj_get_int(a[2]), end = kl_obj_get_int(a[3]);
    bool decode = kl_obj_isinstance(o, &kl_type_UnicodeDecodeError);
    if (end == start + 1 && decode && kl_obj_is_bytes(a[1])) {
        size_t len;
        const char *data = kl_obj_str_get_data(a[1], &len);
        if (start >= 0 && (size_t)start < len) {
            uint8_t b = (uint8_t)data[start];
            kl_printf(print, "'%S' codec can't decode byte 0x%x%x in position %d: %S", a[0],
                      (unsigned)(b >> 4), (unsigned)(b & 0xf), (int)start, a[4]);
            return;
        }
    }
    if (end == start + 1 && !decode && kl_obj_is_str(a[1])) {
        kl_obj_t ch = kl_obj_subscr(a[1], a[2], KL_OBJ_SENTINEL);
        size_t len;
        const char *p = kl_obj_str_get_data(ch, &len);
        uint32_t c = kl_obj_str_utf8_decode(&p);
        kl_printf(print, "'%S' codec can't encode character '", a[0]);
        kl_obj_str_print_escape(print, c);
        kl_printf(print, "' in position %d: %S", (int)start, a[4]);
        return;
    }
    kl_printf(print, "'%S' codec can't %s %s in position %d-%d: %S", a[0],
              decode ? "decode" : "encode", decode ? "bytes" : "characters", (int)start,
              (int)(end - 1), a[4]);
}

// The attributes of exception classes that read their arguments: args[index] of an instance of
// [type] when there are at least [min_len] arguments, else None. Three values of [min_len] mean
// more: ARG_NONE, always None (the attribute is read from the instance's dict when it was set
// there); ARG_DETAIL, SyntaxError's details tuple args[1] read at [index], None when it is
// missing or short; ARG_EXACT_5, a Unicode error's five fields, missing unless there are five.
enum { ARG_NONE = 0xfd, ARG_DETAIL = 0xfe, ARG_EXACT_5 = 0xff };
typedef struct _arg_attr_t {
    const kl_obj_type_t *type;
    uint16_t attr;
    uint8_t index;
    uint8_t min_len;
} arg_attr_t;

static const arg_attr_t arg_attrs[] = {
    {&kl_type_StopIteration, KL_QSTR_value, 0, 1},
#if KL_CFG_OSERROR_FULL
    {&kl_type_OSError, KL_QSTR_filename, 0, ARG_NONE},
    {&kl_type_OSError, KL_QSTR_filename2, 0, ARG_NONE},
#endif
    {&kl_type_OSError, KL_QSTR_errno, 0, 2},
    {&kl_type_OSError, KL_QSTR_strerror, 1, 2},
#if KL_CFG_EXCEPTION_ATTRS_FULL
    {&kl_type_SyntaxError, KL_QSTR_msg, 0, 1},
    {&kl_type_SyntaxError, KL_QSTR_filename, 0, ARG_DETAIL},
    {&kl_type_SyntaxError, KL_QSTR_lineno, 1, ARG_DETAIL},
    {&kl_type_SyntaxError, KL_QSTR_offset, 2, ARG_DETAIL},
    {&kl_type_SyntaxError, KL_QSTR_text, 3, ARG_DETAIL},
    {&kl_type_SyntaxError, KL_QSTR_end_lineno, 4, ARG_DETAIL},
    {&kl_type_SyntaxError, KL_QSTR_end_offset, 5, ARG_DETAIL},
    {&kl_type_UnicodeDecodeError, KL_QSTR_encoding, 0, ARG_EXACT_5},
    {&kl_type_UnicodeDecodeError, KL_QSTR_object, 1, ARG_EXACT_5},
    {&kl_type_UnicodeDecodeError, KL_QSTR_start, 2, ARG_EXACT_5},
    {&kl_type_UnicodeDecodeError, KL_QSTR_end, 3, ARG_EXACT_5},
    {&kl_type_UnicodeDecodeError, KL_QSTR_reason, 4, ARG_EXACT_5},
    {&kl_type_UnicodeEncodeError, KL_QSTR_encoding, 0, ARG_EXACT_5},
    {&kl_type_UnicodeEncodeError, KL_QSTR_object, 1, ARG_EXACT_5},
    {&kl_type_UnicodeEncodeError, KL_QSTR_start, 2, ARG_EXACT_5},
    {&kl_type_UnicodeEncodeError, KL_QSTR_end, 3, ARG_EXACT_5},
    {&kl_type_UnicodeEncodeError, KL_QSTR_reason, 4, ARG_EXACT_5},
#endif
    {&kl_type_AttributeError, KL_QSTR_name, 0, ARG_NONE},
    {&kl_type_AttributeError, KL_QSTR_obj, 0, ARG_NONE},
    {&kl_type_NameError, KL_QSTR_name, 0, ARG_NONE},
    {&kl_type_ImportError, KL_QSTR_name, 0, ARG_NONE},
    {&kl_type_ImportError, KL_QSTR_path, 0, ARG_NONE},
};

void kl_exception_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    kl_obj_exception_t *e = kl_exception_native(self);
    const kl_obj_type_t *type = kl_obj_get_type(self);
#if KL_CFG_EXCEPTION_GROUPS
    if ((attr == KL_QSTR_message || attr == KL_QSTR_exceptions) &&
        kl_obj_is_exception_group(self)) {
        // Read-only members of exception groups, found before the instance's own attributes.
        if (dest[0] != KL_OBJ_NULL) {
            kl_raise_msg(&kl_type_AttributeError, KL_ERROR_TEXT("readonly attribute"));
        }
        dest[0] = attr == KL_QSTR_message ? kl_exception_group_message(self)
                                          : kl_exception_group_exceptions(self);
        return;
    }
#endif
    if (dest[0] != KL_OBJ_NULL) {
        // Stores: a few attributes are fields, the rest go to the members map.
        kl_obj_t v = dest[1];
        switch (attr) {
            case KL_QSTR_args:
                e->args = v == KL_OBJ_NULL ? kl_const_empty_tuple : kl_obj_tuple_from_iterable(v);
                break;
#if KL_CFG_EXCEPTION_CHAIN
            case KL_QSTR___cause__:
                if (v != kl_const_none && v != KL_OBJ_NULL && !kl_obj_is_exception_instance(v)) {
                    kl_raise_TypeError(KL_ERROR_TEXT("exception cause must be None or derive from "
                                                     "BaseException"));
                }
                e->cause = v == kl_const_none ? KL_OBJ_NULL : v;
                e->suppress_context = true;
                break;
            case KL_QSTR___context__:
                if (v != kl_const_none && v != KL_OBJ_NULL && !kl_obj_is_exception_instance(v)) {
                    kl_raise_TypeError(KL_ERROR_TEXT("exception context must be None or derive "
                                                     "from BaseException"));
                }
                e->context = v == kl_const_none ? KL_OBJ_NULL : v;
                break;
            case KL_QSTR___suppress_context__:
                e->suppress_context = v != KL_OBJ_NULL && kl_obj_is_true(v);
                break;
#endif
#if KL_CFG_TRACEBACK_OBJECTS
            case KL_QSTR___traceback__:
                if (v == KL_OBJ_NULL) {
                    kl_raise_TypeError(KL_ERROR_TEXT("__traceback__ may not be deleted"));
                }
                kl_exception_set_traceback_obj(self, v);
                break;
#endif
            default:
                if (type->flags & KL_TYPE_FLAG_HEAP) {
                    kl_type_instance_store(self, attr, dest);
                    return;
                }
                if (v != KL_OBJ_NULL) {
                    set_field(e, attr, v);
                } else if (e->dict == NULL ||
                           kl_map_lookup_qstr(&e->dict->map, attr, KL_MAP_LOOKUP_REMOVE) == NULL) {
                    return;
                }
                break;
        }
        dest[0] = KL_OBJ_NULL;
        return;
    }
    kl_obj_t own = get_field(e, attr);
    if (own != KL_OBJ_NULL) {
        dest[0] = own;
        return;
    }
    switch (attr) {
        case KL_QSTR_args:
            dest[0] = e->args;
            return;
#if KL_CFG_EXCEPTION_CHAIN
        case KL_QSTR___cause__:
            dest[0] = e->cause == KL_OBJ_NULL ? kl_const_none : e->cause;
            return;
        case KL_QSTR___context__:
            dest[0] = e->context == KL_OBJ_NULL ? kl_const_none : e->context;
            return;
        case KL_QSTR___suppress_context__:
            dest[0] = KL_OBJ_FROM_BOOL(e->suppress_context);
            return;
#endif
#if KL_CFG_TRACEBACK_OBJECTS
        case KL_QSTR___traceback__:
            dest[0] = kl_exception_get_traceback_obj(self);
            return;
#endif
        case KL_QSTR___dict__:
            exception_map(e);
            dest[0] = KL_OBJ_FROM_PTR(e->dict);
            return;
        default:
            break;
    }
    if (kl_obj_isinstance(self, &kl_type_SystemExit) && attr == KL_QSTR_code) {
        kl_obj_tuple_t *args = (kl_obj_tuple_t *)e->args;
        dest[0] = args->len == 1 ? args->items[0] : args->len == 0 ? kl_const_none : e->args;
        return;
    }
    kl_obj_tuple_t *args = (kl_obj_tuple_t *)e->args;
    for (const arg_attr_t *f = arg_attrs; f < arg_attrs + sizeof(arg_attrs) / sizeof(arg_attrs[0]);
         f++) {
        if (f->attr != attr || !kl_obj_isinstance(self, f->type)) {
            continue;
        }
        // Where the field is read: the arguments, or SyntaxError's details tuple.
        // Without KL_CFG_EXCEPTION_ATTRS_FULL neither kind of the first two tests is in the table.
        kl_obj_tuple_t *from = args;
        if (KL_CFG_EXCEPTION_ATTRS_FULL && f->min_len == ARG_DETAIL) {
            kl_obj_t d = args->len >= 2 ? args->items[1] : KL_OBJ_NULL;
            from =
                d != KL_OBJ_NULL && kl_obj_is_type(d, &kl_type_tuple) ? (kl_obj_tuple_t *)d : NULL;
        } else if (KL_CFG_EXCEPTION_ATTRS_FULL && f->min_len == ARG_EXACT_5) {
            if (args->len != 5) {
                break; // no such attribute
            }
        } else if (args->len < f->min_len) {
            from = NULL;
        }
        dest[0] = from != NULL && from->len > f->index ? from->items[f->index] : kl_const_none;
        return;
    }
    kl_type_generic_attr(self, attr, dest);
}

static void exception_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    kl_exception_attr(self, attr, dest);
}

// ==== Printing ====

// The details tuple of a SyntaxError made as SyntaxError(msg, details), else NULL.
static kl_obj_tuple_t *syntax_details(kl_obj_t exc, kl_obj_tuple_t *args) {
    if (!kl_obj_isinstance(exc, &kl_type_SyntaxError) || args->len != 2 ||
        !kl_obj_is_type(args->items[1], &kl_type_tuple)) {
        return NULL;
    }
    return (kl_obj_tuple_t *)args->items[1];
}

// str(exc): no arguments give '', one gives str(arg), more give str(args).
void kl_exception_print_obj(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    kl_obj_exception_t *e = kl_exception_native(o);
    kl_obj_tuple_t *args = (kl_obj_tuple_t *)e->args;
    const kl_obj_type_t *type = kl_obj_get_type(o);
    if (kind == KL_PRINT_REPR) {
        // A builtin class of a module may be named "module.Name" (re.error, the only one, where
        // KL_CFG_MODULE_RE builds it): repr shows the Name.
        size_t len, k = 0;
        const char *name = kl_qstr_data(type->name, &len);
#if KL_CFG_MODULE_RE
        for (k = len; k > 0 && name[k - 1] != '.'; k--) {
        }
#endif
        kl_print_strn(print, name + k, len - k);
        if (args->len == 1) {
            kl_printf(print, "(%r)", args->items[0]);
        } else {
            kl_obj_print(print, e->args, KL_PRINT_REPR);
        }
        return;
    }
#if KL_CFG_EXCEPTION_GROUPS
    if (kl_obj_is_exception_group(o)) {
        size_t n = kl_obj_get_len(kl_exception_group_exceptions(o));
        kl_printf(print, "%S (%z sub-exception%s)", kl_exception_group_message(o), n,
                  n == 1 ? "" : "s");
        return;
    }
#endif
    if (args->len == 0) {
        return;
    }
    if (args->len == 1) {
        if (kl_obj_isinstance(o, &kl_type_KeyError)) {
            kl_obj_print(print, args->items[0], KL_PRINT_REPR);
        } else {
            kl_obj_print(print, args->items[0], KL_PRINT_STR);
        }
        return;
    }
    // Without error text (KL_CFG_ERROR_TEXT) a Unicode error shows its five fields as a tuple.
    if (KL_CFG_ERROR_TEXT && KL_CFG_EXCEPTIONS_FULL && args->len == 5 && is_unicode_error(o)) {
        print_unicode_error(print, o, args);
        return;
    }
    kl_obj_tuple_t *d = syntax_details(o, args);
    if (d != NULL && d->len >= 2) {
        kl_printf(print, "%S (%S, line %S)", args->items[0], d->items[0], d->items[1]);
        return;
    }
#if KL_CFG_OSERROR_FULL
    if (kl_obj_isinstance(o, &kl_type_OSError) && args->len == 2) {
        // Then the file names, when they are set and not None.
        kl_printf(print, "[Errno %S] %S", args->items[0], args->items[1]);
        static const char *const formats[2] = {": %r", " -> %r"};
        for (size_t i = 0; i < 2; i++) {
            kl_obj_t f = get_field(e, i == 0 ? KL_QSTR_filename : KL_QSTR_filename2);
            if (f == KL_OBJ_NULL || f == kl_const_none) {
                break;
            }
            kl_printf(print, formats[i], f);
        }
        return;
    }
#endif
    kl_obj_print(print, e->args, KL_PRINT_STR);
}

static kl_obj_t base_exception___str__(kl_obj_t self) {
    return kl_vstr_print_to_str(kl_exception_print_obj, self, KL_PRINT_STR);
}
static KL_DEFINE_FUN_1(base_exception___str___obj, __str__, base_exception___str__);

static kl_obj_t base_exception___repr__(kl_obj_t self) {
    return kl_vstr_print_to_str(kl_exception_print_obj, self, KL_PRINT_REPR);
}
static KL_DEFINE_FUN_1(base_exception___repr___obj, __repr__, base_exception___repr__);

static kl_obj_t base_exception___init__(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_exception_t *e = kl_exception_native(args[0]);
    e->args = n_args <= 1 ? kl_const_empty_tuple : kl_obj_new_tuple(n_args - 1, args + 1);
    kl_exception_split_os_args(args[0], n_args - 1, args + 1);
    exception_keywords(args[0], kl_obj_get_type(args[0])->name, n_args - 1, n_kw, args + 1);
    return kl_const_none;
}
static KL_DEFINE_FUN_KW(base_exception___init___obj, __init__, 1, base_exception___init__);

#if KL_CFG_TRACEBACK_OBJECTS
static kl_obj_t base_exception_with_traceback(kl_obj_t self, kl_obj_t tb) {
    kl_exception_set_traceback_obj(self, tb);
    return self;
}
static KL_DEFINE_FUN_2(base_exception_with_traceback_obj, with_traceback,
                       base_exception_with_traceback);
#endif

#if KL_CFG_EXCEPTION_NOTES
static kl_obj_t base_exception_add_note(kl_obj_t self, kl_obj_t note) {
    if (!kl_obj_is_str(note)) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("note must be a str, not '%T'"), note);
    }
    kl_obj_t notes = kl_load_attr_maybe(self, KL_QSTR___notes__, KL_OBJ_NULL);
    if (notes == KL_OBJ_NULL) {
        notes = kl_obj_new_list(0, NULL);
        kl_store_attr(self, KL_QSTR___notes__, notes);
    }
    kl_obj_list_append(notes, note);
    return kl_const_none;
}
static KL_DEFINE_FUN_2(base_exception_add_note_obj, add_note, base_exception_add_note);
#endif

// (type, args), with the instance's __dict__ third when it holds anything: what pickle and copy
// rebuild an exception from (KL_CFG_ABC_PROTOCOL: what copy asks, as of object.__reduce_ex__).
#if KL_CFG_ABC_PROTOCOL
static kl_obj_t base_exception___reduce__(kl_obj_t self) {
    kl_obj_t items[3] = {KL_OBJ_FROM_PTR(kl_obj_get_type(self)), kl_exception_native(self)->args,
                         kl_load_attr_maybe(self, KL_QSTR___dict__, KL_OBJ_NULL)};
    bool with_dict = items[2] != KL_OBJ_NULL && kl_obj_is_true(items[2]);
    return kl_obj_new_tuple(with_dict ? 3 : 2, items);
}
static KL_DEFINE_FUN_1(base_exception___reduce___obj, __reduce__, base_exception___reduce__);
#endif

static const kl_rom_map_elem_t base_exception_locals_table[] = {
    {KL_ROM_QSTR(__init__), KL_ROM_PTR(&base_exception___init___obj)},
#if KL_CFG_ABC_PROTOCOL
    {KL_ROM_QSTR(__reduce__), KL_ROM_PTR(&base_exception___reduce___obj)},
#endif
    {KL_ROM_QSTR(__repr__), KL_ROM_PTR(&base_exception___repr___obj)},
    {KL_ROM_QSTR(__str__), KL_ROM_PTR(&base_exception___str___obj)},
#if KL_CFG_EXCEPTION_NOTES
    {KL_ROM_QSTR(add_note), KL_ROM_PTR(&base_exception_add_note_obj)},
#endif
#if KL_CFG_TRACEBACK_OBJECTS
    {KL_ROM_QSTR(with_traceback), KL_ROM_PTR(&base_exception_with_traceback_obj)},
#endif
};
static KL_DEFINE_CONST_DICT(base_exception_locals_dict, base_exception_locals_table);

const kl_obj_type_t kl_type_BaseException = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_BASETYPE | KL_TYPE_FLAG_EXCEPTION | KL_TYPE_FLAG_EQ_IS_ID,
    .name = KL_QSTR_BaseException,
    .make_new = kl_exception_make_new,
    .print = kl_exception_print_obj,
    .attr = exception_attr,
    .locals_dict = &base_exception_locals_dict,
};

// The other classes are short types (KL_TYPE_FLAG_SHORT, vm/obj.h): the fields of a type up to
// its parent, which every reader of the rest passes through kl_type_full to take
// BaseException's. Each is defined as this prefix and given its kl_type_ name, which the rest of
// the program declares as a whole type, by an alias.
typedef struct _short_type_t {
    kl_obj_base_t base;
    uint16_t flags;
    uint16_t name;
    kl_binary_op_fun_t binary_op;
    struct _kl_obj_dict_t *locals_dict;
    const kl_obj_type_t *parent;
} short_type_t;
_Static_assert(offsetof(short_type_t, parent) == offsetof(kl_obj_type_t, parent) &&
                   sizeof(short_type_t) == offsetof(kl_obj_type_t, make_new),
               "a short type is the head of a type");

#define X(n, b)                                                                                    \
    static const short_type_t short_##n = {                                                        \
        .base = {&kl_type_type},                                                                   \
        .flags = KL_TYPE_FLAG_BASETYPE | KL_TYPE_FLAG_EXCEPTION | KL_TYPE_FLAG_EQ_IS_ID |          \
                 KL_TYPE_FLAG_SHORT,                                                               \
        .name = KL_QSTR_##n,                                                                       \
        .parent = &kl_type_##b,                                                                    \
    };                                                                                             \
    extern const kl_obj_type_t kl_type_##n __attribute__((alias("short_" #n)));
KL_EXCEPTIONS_DERIVED(X)
#undef X

// ==== Tracebacks ====

void kl_exception_add_traceback(kl_obj_t exc, kl_qstr_t filename, size_t line, kl_qstr_t name) {
    if (!kl_obj_is_exception_instance(exc)) {
        return;
    }
    kl_obj_exception_t *e = kl_exception_native(exc);
    kl_traceback_t *tb = e->traceback;
    if (tb == NULL || tb->len == tb->alloc) {
        // The first array fills two blocks of the heap.
        size_t alloc = tb == NULL ? (2 * KL_CFG_GC_BLOCK_BYTES - sizeof(kl_traceback_t)) /
                                        sizeof(tb->entries[0])
                                  : tb->alloc * 2;
        // Never raise here: MemoryError itself passes through, so a full heap drops entries.
        kl_traceback_t *n = kl_gc_alloc_maybe(
            sizeof(kl_traceback_t) + alloc * sizeof(tb->entries[0]), KL_GC_ATOMIC);
        if (n == NULL) {
            return;
        }
        n->alloc = alloc;
        n->len = 0;
        if (tb != NULL) {
            n->len = tb->len;
            memcpy(n->entries, tb->entries, tb->len * sizeof(tb->entries[0]));
        }
        tb = n;
        e->traceback = tb;
    }
    tb->entries[tb->len].filename = (uint16_t)filename;
#if KL_CFG_SOURCE_LINES || KL_CFG_TRACEBACK_OBJECTS
    tb->entries[tb->len].line = (uint32_t)line;
#else
    (void)line;
#endif
    tb->entries[tb->len].name = (uint16_t)name;
    tb->len++;
}

void kl_exception_clear_traceback(kl_obj_t exc) {
    if (kl_obj_is_exception_instance(exc)) {
        kl_exception_native(exc)->traceback = NULL;
    }
}

static void print_type_name(const kl_print_t *print, const kl_obj_type_t *type) {
    // A class names its module unless that is __main__ or builtins: a class statement's
    // __module__, or that of a builtin exception of a module (struct.error) in its const dict.
    kl_obj_t mod = kl_type_lookup(type, KL_QSTR___module__);
    if (mod != KL_OBJ_NULL && kl_obj_is_str(mod)) {
        kl_qstr_t q = kl_obj_str_get_qstr(mod);
        if (q != KL_QSTR___main__ && q != KL_QSTR_builtins) {
            kl_printf(print, "%S.", mod);
        }
    }
    if (type->flags & KL_TYPE_FLAG_HEAP) {
        kl_obj_t qn = kl_type_qualname(type);
        if (qn != KL_OBJ_NULL && kl_obj_is_str(qn)) {
            kl_printf(print, "%S", qn);
            return;
        }
    }
    kl_printf(print, "%q", type->name);
}

// ---- Printing a traceback ----
//
// An exception group prints as a tree: each member in a numbered box drawn in the left margin,
// nested groups indented two columns further (CPython's layout). Every line goes through a
// printer that writes the margin of the current depth first, so the code that prints one
// exception does not know whether it sits in a box.

#define GROUP_MAX_WIDTH (15)
#define GROUP_MAX_DEPTH (10)
#define TB_MAX_SEEN (32)

typedef struct _tb_printer_t {
    const kl_print_t *out;
    kl_print_t print; // writes to out through the margin
    unsigned depth;   // group nesting: 0 outside any group
    char margin;      // '|', or '+' for the first line of a top-level group
    bool line_start;
    bool need_close; // the last member of a group has not closed its box yet
#if KL_CFG_TRACEBACK_CHAIN
    // Exceptions printed so far: a cause or context already shown (the halves of a split
    // group share theirs) is not shown again. Full, it stops recording.
    size_t n_seen;
    kl_obj_t seen[TB_MAX_SEEN];
#endif
} tb_printer_t;

#if KL_CFG_TRACEBACK_CHAIN
static bool seen_before(tb_printer_t *tp, kl_obj_t exc) {
    for (size_t i = 0; i < tp->n_seen; i++) {
        if (tp->seen[i] == exc) {
            return true;
        }
    }
    return false;
}
#endif

#if KL_CFG_EXCEPTION_GROUPS
static void write_indent(tb_printer_t *tp) {
    for (unsigned i = 0; i < tp->depth; i++) {
        kl_print_str(tp->out, "  ");
    }
}

static void margin_write(void *data, const char *str, size_t len) {
    tb_printer_t *tp = data;
    while (len > 0) {
        if (tp->line_start && tp->depth > 0) {
            write_indent(tp);
            char m[2] = {tp->margin, ' '};
            tp->out->write(tp->out->data, m, 2);
        }
        const char *nl = memchr(str, '\n', len);
        size_t n = nl != NULL ? (size_t)(nl - str) + 1 : len;
        tp->out->write(tp->out->data, str, n);
        tp->line_start = nl != NULL;
        str += n;
        len -= n;
    }
}

// The "+---- 3 ----" line above member [n] of a group (0 for the "...." of those not shown).
static void print_box_line(tb_printer_t *tp, bool first, size_t n) {
    write_indent(tp);
    kl_print_str(tp->out, first ? "+-+---------------- " : "  +---------------- ");
    if (n > 0) {
        kl_printf(tp->out, "%z", n);
    } else {
        kl_print_str(tp->out, "...");
    }
    kl_print_str(tp->out, " ----------------\n");
}
#endif

#if KL_CFG_TRACEBACK_SOURCE
// The file the last source line came from, kept while one traceback prints.
typedef struct {
    kl_qstr_t filename;
    kl_obj_t text; // bytes, or KL_OBJ_NULL when the file cannot be read
} tb_source_t;

// The text of the file [name], or KL_OBJ_NULL when it cannot be read, has a name such as
// "<stdin>" that no file has, or does not fit in the heap.
static kl_obj_t read_source(const char *name) {
    kl_nlr_buf_t nlr;
    kl_obj_t text = KL_OBJ_NULL;
    if (name[0] != '<' && kl_nlr_push(&nlr) == 0) {
        text = kl_hal_read_file(name);
        kl_nlr_pop();
    }
    return text;
}

// Line [line] of [filename] under its frame, as CPython prints it: indented by four spaces,
// without its own indentation and line end, nothing when the file cannot be read (a name such
// as "<stdin>", a frozen module) or has no such line. Reading may run out of memory: the
// traceback then goes on without the line.
static void print_source_line(const kl_print_t *print, tb_source_t *src, kl_qstr_t filename,
                              uint32_t line) {
    if (filename != src->filename) {
        src->filename = filename;
        src->text = read_source(kl_qstr_str(filename));
    }
    if (src->text == KL_OBJ_NULL || line == 0) {
        return;
    }
    size_t len;
    const char *p = kl_obj_str_get_data(src->text, &len);
    const char *end = p + len;
    for (; line > 1 && p < end; line--) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl != NULL ? nl + 1 : end;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *stop = nl != NULL ? nl : end;
    while (p < stop && (*p == ' ' || *p == '\t' || *p == '\f')) {
        p++;
    }
    while (stop > p && (stop[-1] == '\r' || stop[-1] == ' ' || stop[-1] == '\t')) {
        stop--;
    }
    if (p < stop) {
        kl_print_str(print, "    ");
        kl_print_strn(print, p, (size_t)(stop - p));
        kl_print_str(print, "\n");
    }
}

// After more than three identical frames in a row, one line for the rest, in CPython's words.
static void print_repeats(const kl_print_t *print, size_t count) {
    if (count > 3) {
        count -= 3;
        kl_printf(print, "  [Previous line repeated %z more time%s]\n", count,
                  count > 1 ? "s" : "");
    }
}
#endif

static void print_traceback_entries(const kl_print_t *print, const kl_traceback_t *tb) {
#if KL_CFG_TRACEBACK_SOURCE
    tb_source_t src = {KL_QSTR_NULL, KL_OBJ_NULL};
    size_t count = 0;
#endif
    for (size_t i = tb->len; i > 0; i--) {
#if KL_CFG_TRACEBACK_SOURCE
        // The entries run innermost first, so the previous frame printed is entry i.
        if (i < tb->len && tb->entries[i - 1].filename == tb->entries[i].filename &&
            tb->entries[i - 1].line == tb->entries[i].line &&
            tb->entries[i - 1].name == tb->entries[i].name) {
            if (++count > 3) {
                continue;
            }
        } else {
            print_repeats(print, count);
            count = 1;
        }
#endif
#if KL_CFG_SOURCE_LINES
        kl_printf(print, "  File \"%q\", line %u, in %q\n", (kl_qstr_t)tb->entries[i - 1].filename,
                  (unsigned)tb->entries[i - 1].line, (kl_qstr_t)tb->entries[i - 1].name);
#else
        // No line is known (vm/config.h), as in MicroPython without source lines.
        kl_printf(print, "  File \"%q\", in %q\n", (kl_qstr_t)tb->entries[i - 1].filename,
                  (kl_qstr_t)tb->entries[i - 1].name);
#endif
#if KL_CFG_TRACEBACK_SOURCE
        print_source_line(print, &src, tb->entries[i - 1].filename, tb->entries[i - 1].line);
#endif
    }
#if KL_CFG_TRACEBACK_SOURCE
    print_repeats(print, count);
#endif
}

// str() of [o] for a traceback, which must not raise itself.
static kl_obj_t str_for_traceback(kl_obj_t o) {
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_t s = kl_obj_str_of(o, KL_PRINT_STR);
        kl_nlr_pop();
        return s;
    }
    return kl_obj_new_str_from_cstr("<exception str() failed>");
}

// The "Type: message" line, then the exception's notes, one per line (KL_CFG_EXCEPTION_NOTES).
static void print_exception_line(const kl_print_t *print, kl_obj_t exc) {
    kl_obj_exception_t *e = kl_exception_native(exc);
    kl_obj_tuple_t *args = (kl_obj_tuple_t *)e->args;
    // The message is str() of the exception, or of a SyntaxError's msg argument.
    kl_obj_t shown = exc;
    kl_obj_tuple_t *d = syntax_details(exc, args);
    if (d != NULL && (d->len == 4 || d->len == 6)) {
        // File and line, then (KL_CFG_SYNTAX_ERROR_DETAIL) the offending line and carets under
        // the columns of the error: from the offset to the end offset on the same line, to the
        // end of the line when the error goes on, one when there is no end.
        kl_printf(print, "  File \"%S\", line %S\n", d->items[0], d->items[1]);
#if KL_CFG_SYNTAX_ERROR_DETAIL
        if (kl_obj_is_str(d->items[3]) || (!KL_CFG_STR_UNICODE && kl_obj_is_bytes(d->items[3]))) {
            size_t len;
            const char *text = kl_obj_str_get_data(d->items[3], &len);
            size_t full = kl_obj_str_utf8_charlen(text, len);
            size_t skip = 0;
            while (skip < len && (text[skip] == ' ' || text[skip] == '\t' || text[skip] == '\f')) {
                skip++;
            }
            while (len > skip && (text[len - 1] == '\n' || text[len - 1] == '\r')) {
                len--;
            }
            kl_print_str(print, "    ");
            kl_print_strn(print, text + skip, len - skip);
            kl_print_str(print, "\n");
            // Carets from the offset to the end offset, to the end of the line when the error
            // goes on to later lines, one when the end is missing or not after the offset, and
            // always one for an IndentationError; none when the offset is left of the text.
            kl_int_t col = 0, line = 0, end_line = 0, end_col = 0;
            kl_obj_get_int_maybe(d->items[2], &col);
            if (d->len == 6 && kl_obj_get_int_maybe(d->items[1], &line) &&
                kl_obj_get_int_maybe(d->items[4], &end_line) &&
                kl_obj_get_int_maybe(d->items[5], &end_col) && end_line > line) {
                end_col = (kl_int_t)kl_obj_str_utf8_charlen(text, len) + 1;
            }
            if (end_col <= col || kl_obj_isinstance(exc, &kl_type_IndentationError)) {
                end_col = col + 1;
            } else if (end_col > (kl_int_t)full + 1) {
                end_col = (kl_int_t)full + 1;
            }
            if (col - 1 - (kl_int_t)skip >= 0) {
                kl_print_str(print, "    ");
                for (kl_int_t i = (kl_int_t)skip + 1; i < col || i < end_col; i++) {
                    kl_print_str(print, i < col ? " " : "^");
                }
                kl_print_str(print, "\n");
            }
        }
#endif
        shown = args->items[0];
    }
    print_type_name(print, kl_obj_get_type(exc));
    kl_obj_t msg = str_for_traceback(shown);
    // An empty message leaves the type alone on its line, as CPython prints it.
    size_t len;
    kl_obj_str_get_data(msg, &len);
    if (len > 0) {
        kl_printf(print, ": %S", msg);
    }
    kl_print_str(print, "\n");
#if KL_CFG_EXCEPTION_NOTES
    kl_obj_t notes = get_field(e, KL_QSTR___notes__);
    if (notes != KL_OBJ_NULL && kl_obj_is_type(notes, &kl_type_list)) {
        size_t n;
        kl_obj_t *items = kl_obj_list_get_items(notes, &n);
        for (size_t i = 0; i < n; i++) {
            kl_printf(print, kl_obj_is_str(items[i]) ? "%S\n" : "%r\n", items[i]);
        }
    }
#endif
}

static void print_chain(tb_printer_t *tp, kl_obj_t exc);

#if KL_CFG_EXCEPTION_GROUPS
// Group [exc] as a tree of boxes, its members' chains inside.
static void print_group(tb_printer_t *tp, kl_obj_t exc, bool has_tb) {
    kl_obj_exception_t *e = kl_exception_native(exc);
    if (tp->depth > GROUP_MAX_DEPTH) {
        kl_printf(&tp->print, "... (max_group_depth is %d)\n", GROUP_MAX_DEPTH);
        return;
    }
    bool top = tp->depth == 0;
    if (top) {
        tp->depth = 1;
    }
    if (has_tb) {
        tp->margin = top ? '+' : '|';
        kl_print_str(&tp->print, "Exception Group Traceback (most recent call last):\n");
        tp->margin = '|';
        print_traceback_entries(&tp->print, e->traceback);
    }
    print_exception_line(&tp->print, exc);
    kl_obj_tuple_t *excs = (kl_obj_tuple_t *)kl_exception_group_exceptions(exc);
    size_t shown = excs->len <= GROUP_MAX_WIDTH ? excs->len : GROUP_MAX_WIDTH + 1;
    tp->need_close = false;
    for (size_t i = 0; i < shown; i++) {
        bool last = i + 1 == shown;
        if (last) {
            // A nested group that ends this one draws the closing line itself.
            tp->need_close = true;
        }
        print_box_line(tp, i == 0, i < GROUP_MAX_WIDTH ? i + 1 : 0);
        tp->depth++;
        if (i < GROUP_MAX_WIDTH) {
            print_chain(tp, excs->items[i]);
        } else {
            size_t more = excs->len - GROUP_MAX_WIDTH;
            kl_printf(&tp->print, "and %z more exception%s\n", more, more == 1 ? "" : "s");
        }
        if (last && tp->need_close) {
            write_indent(tp);
            kl_print_str(tp->out, "+------------------------------------\n");
            tp->need_close = false;
        }
        tp->depth--;
    }
    if (top) {
        tp->depth = 0;
    }
}
#endif

static void print_one(tb_printer_t *tp, kl_obj_t exc) {
    kl_obj_exception_t *e = kl_exception_native(exc);
    bool has_tb = e->traceback != NULL && e->traceback->len > 0;
#if KL_CFG_EXCEPTION_GROUPS
    if (kl_obj_is_exception_group(exc)) {
        print_group(tp, exc, has_tb);
        return;
    }
#endif
    if (has_tb) {
        kl_print_str(&tp->print, "Traceback (most recent call last):\n");
        print_traceback_entries(&tp->print, e->traceback);
    }
    print_exception_line(&tp->print, exc);
}

// [exc] after its cause or context, as CPython prints the chain (KL_CFG_TRACEBACK_CHAIN).
static void print_chain(tb_printer_t *tp, kl_obj_t exc) {
    kl_stack_check();
    if (!kl_obj_is_exception_instance(exc)) {
        kl_printf(&tp->print, "%r\n", exc);
        return;
    }
#if KL_CFG_TRACEBACK_CHAIN
    kl_obj_exception_t *e = kl_exception_native(exc);
    if (tp->n_seen < TB_MAX_SEEN) {
        tp->seen[tp->n_seen++] = exc;
    }
    static const char cause_text[] =
        "\nThe above exception was the direct cause of the following exception:\n\n";
    static const char context_text[] =
        "\nDuring handling of the above exception, another exception occurred:\n\n";
    if (e->cause != KL_OBJ_NULL) {
        if (kl_obj_is_exception_instance(e->cause) && !seen_before(tp, e->cause)) {
            print_chain(tp, e->cause);
            kl_print_str(&tp->print, cause_text);
        }
    } else if (e->context != KL_OBJ_NULL && !e->suppress_context &&
               kl_obj_is_exception_instance(e->context) && !seen_before(tp, e->context)) {
        print_chain(tp, e->context);
        kl_print_str(&tp->print, context_text);
    }
#endif
    print_one(tp, exc);
}

void kl_exception_print(const kl_print_t *print, kl_obj_t exc) {
    tb_printer_t tp = {.out = print, .margin = '|', .line_start = true};
#if KL_CFG_EXCEPTION_GROUPS
    tp.print.data = &tp;
    tp.print.write = margin_write;
#else
    tp.print = *print; // no margins to draw
#endif
    print_chain(&tp, exc);
}
