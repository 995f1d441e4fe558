// vm/mod_sys.c: the sys module.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// sys is the one builtin module with mutable state (argv, path, modules), so it lives on the
// heap: its dict is built at first import from the const part below plus the lists the state
// keeps as roots. The standard streams are small objects whose write() goes through the port's
// console functions, so print(..., file=sys.stderr) works on every port.

#include <string.h>

#include "vm/buffer.h"
#include "vm/hal.h"
#include "vm/kinglet.h"
#include "vm/map.h"
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

#ifndef KL_PORT_PLATFORM
#define KL_PORT_PLATFORM "unknown"
#endif

// ==== Streams ====

typedef struct _stream_t {
    kl_obj_base_t base;
    int fd; // 0 stdin, 1 stdout, 2 stderr
} stream_t;

static kl_obj_t stream_write(kl_obj_t self, kl_obj_t data) {
    stream_t *s = (stream_t *)self;
    if (!kl_obj_is_str(data)) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("write() argument must be str, not %T"),
                         data);
    }
    size_t len;
    const char *p = kl_obj_str_get_data(data, &len);
    if (s->fd == 2) {
        kl_hal_stderr_write(p, len);
    } else if (s->fd == 1) {
        kl_hal_stdout_write(p, len);
    } else {
        kl_raise_msg(&kl_type_OSError, KL_ERROR_TEXT("not writable"));
    }
    return KL_OBJ_NEW_SMALL_INT((kl_int_t)kl_obj_str_get_charlen(data));
}
static KL_DEFINE_FUN_2(stream_write_obj, write, stream_write);

static kl_obj_t stream_flush(kl_obj_t self) {
    (void)self;
    return kl_const_none;
}
static KL_DEFINE_FUN_1(stream_flush_obj, flush, stream_flush);

static kl_obj_t stream_readline(size_t n_args, const kl_obj_t *args) {
    (void)n_args;
    (void)args;
    kl_vstr_t v;
    kl_vstr_init(&v, 32);
    for (;;) {
        int c = kl_hal_stdin_read_byte();
        if (c < 0) {
            break;
        }
        kl_vstr_add_byte(&v, (char)c);
        if (c == '\n') {
            break;
        }
    }
    return kl_vstr_to_str(&v);
}
static KL_DEFINE_FUN_VAR(stream_readline_obj, readline, 1, 2, stream_readline);

// `for line in sys.stdin`: readline() until it returns nothing.
static kl_obj_t stream_iternext(kl_obj_t self) {
    kl_obj_t line = stream_readline(1, &self);
    size_t len;
    kl_obj_str_get_data(line, &len);
    return len == 0 ? KL_OBJ_STOP_ITERATION : line;
}

static kl_obj_t stream_readlines(size_t n_args, const kl_obj_t *args) {
    (void)n_args;
    kl_obj_t list = kl_obj_new_list(0, NULL);
    kl_obj_t line;
    while ((line = stream_iternext(args[0])) != KL_OBJ_STOP_ITERATION) {
        kl_obj_list_append(list, line);
    }
    return list;
}
static KL_DEFINE_FUN_VAR(stream_readlines_obj, readlines, 1, 2, stream_readlines);

static kl_obj_t stream_read(size_t n_args, const kl_obj_t *args) {
    kl_int_t limit = n_args > 1 && args[1] != kl_const_none ? kl_obj_get_int(args[1]) : -1;
    kl_vstr_t v;
    kl_vstr_init(&v, 64);
    while (limit < 0 || (kl_int_t)v.len < limit) {
        int c = kl_hal_stdin_read_byte();
        if (c < 0) {
            break;
        }
        kl_vstr_add_byte(&v, (char)c);
    }
    return kl_vstr_to_str(&v);
}
static KL_DEFINE_FUN_VAR(stream_read_obj, read, 1, 2, stream_read);

static kl_obj_t stream_fileno(kl_obj_t self) {
    return KL_OBJ_NEW_SMALL_INT(((stream_t *)self)->fd);
}
static KL_DEFINE_FUN_1(stream_fileno_obj, fileno, stream_fileno);

// ==== The binary layer: sys.stdout.buffer ====
// Bytes written to sys.stdout.buffer go to the same console functions, with no encoding.

static const kl_obj_type_t buffer_type;

static kl_obj_t buffer_write(kl_obj_t self, kl_obj_t data) {
    stream_t *s = (stream_t *)self;
    const char *p;
    size_t len;
    kl_buffer_get(data, &p, &len, false);
    if (s->fd == 2) {
        kl_hal_stderr_write(p, len);
    } else if (s->fd == 1) {
        kl_hal_stdout_write(p, len);
    } else {
        kl_raise_msg(&kl_type_OSError, KL_ERROR_TEXT("not writable"));
    }
    return kl_obj_new_int((kl_int_t)len);
}
static KL_DEFINE_FUN_2(buffer_write_obj, write, buffer_write);

static kl_obj_t buffer_read(size_t n_args, const kl_obj_t *args) {
    kl_obj_t s = stream_read(n_args, args);
    size_t len;
    const char *p = kl_obj_str_get_data(s, &len);
    return kl_obj_new_bytes(p, len);
}
static KL_DEFINE_FUN_VAR(buffer_read_obj, read, 1, 2, buffer_read);

static const kl_map_elem_t buffer_locals_table[] = {
    {KL_ROM_QSTR(fileno), KL_ROM_PTR(&stream_fileno_obj)},
    {KL_ROM_QSTR(flush), KL_ROM_PTR(&stream_flush_obj)},
    {KL_ROM_QSTR(read), KL_ROM_PTR(&buffer_read_obj)},
    {KL_ROM_QSTR(write), KL_ROM_PTR(&buffer_write_obj)},
};
static KL_DEFINE_CONST_DICT(buffer_locals_dict, buffer_locals_table);

static void buffer_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    kl_printf(print, "<_io.%s name='%s'>",
              ((stream_t *)o)->fd == 0 ? "BufferedReader" : "BufferedWriter",
              names[((stream_t *)o)->fd]);
}

static const kl_obj_type_t buffer_type = {
    .base = {&kl_type_type},
    .name = KL_QSTR_BufferedWriter,
    .print = buffer_print,
    .locals_dict = &buffer_locals_dict,
};

static const stream_t buffers[3] = {{{&buffer_type}, 0}, {{&buffer_type}, 1}, {{&buffer_type}, 2}};

static kl_obj_t stream_get_buffer(kl_obj_t self) {
    return KL_ROM_PTR(&buffers[((stream_t *)self)->fd]);
}
static KL_DEFINE_FUN_1(stream_get_buffer_obj, buffer, stream_get_buffer);
static const kl_obj_property_t stream_buffer_obj = {
    {&kl_type_property}, KL_ROM_PTR(&stream_get_buffer_obj),
    KL_OBJ_NULL,         KL_OBJ_NULL,
    kl_const_none,       KL_OBJ_NULL};

// The attributes programs read off the console streams, as CPython's show them in a pipe.
static kl_obj_t stream_get_name(kl_obj_t self) {
    static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    return kl_obj_new_str_from_cstr(names[((stream_t *)self)->fd]);
}
static KL_DEFINE_FUN_1(stream_get_name_obj, name, stream_get_name);

static kl_obj_t stream_get_mode(kl_obj_t self) {
    return KL_OBJ_NEW_QSTR(((stream_t *)self)->fd == 0 ? KL_QSTR_r : KL_QSTR_w);
}
static KL_DEFINE_FUN_1(stream_get_mode_obj, mode, stream_get_mode);

static kl_obj_t stream_get_encoding(kl_obj_t self) {
    (void)self;
    return kl_obj_new_str_from_cstr("utf-8");
}
static KL_DEFINE_FUN_1(stream_get_encoding_obj, encoding, stream_get_encoding);

static kl_obj_t stream_get_errors(kl_obj_t self) {
    return KL_OBJ_NEW_QSTR(((stream_t *)self)->fd == 2 ? KL_QSTR_backslashreplace : KL_QSTR_strict);
}
static KL_DEFINE_FUN_1(stream_get_errors_obj, errors, stream_get_errors);

static kl_obj_t stream_false(kl_obj_t self) {
    (void)self;
    return kl_const_false;
}
static KL_DEFINE_FUN_1(stream_get_closed_obj, closed, stream_false);
static KL_DEFINE_FUN_1(stream_seekable_obj, seekable, stream_false);

static kl_obj_t stream_readable(kl_obj_t self) {
    return KL_OBJ_FROM_BOOL(((stream_t *)self)->fd == 0);
}
static KL_DEFINE_FUN_1(stream_readable_obj, readable, stream_readable);

static kl_obj_t stream_writable(kl_obj_t self) {
    return KL_OBJ_FROM_BOOL(((stream_t *)self)->fd != 0);
}
static KL_DEFINE_FUN_1(stream_writable_obj, writable, stream_writable);

#define STREAM_PROPERTY(name)                                                                      \
    static const kl_obj_property_t stream_##name##_prop = {                                        \
        {&kl_type_property}, KL_ROM_PTR(&stream_get_##name##_obj),                                 \
        KL_OBJ_NULL,         KL_OBJ_NULL,                                                          \
        kl_const_none,       KL_OBJ_NULL}
STREAM_PROPERTY(name);
STREAM_PROPERTY(mode);
STREAM_PROPERTY(encoding);
STREAM_PROPERTY(errors);
STREAM_PROPERTY(closed);

static const kl_map_elem_t stream_locals_table[] = {
    {KL_ROM_QSTR(buffer), KL_ROM_PTR(&stream_buffer_obj)},
    {KL_ROM_QSTR(closed), KL_ROM_PTR(&stream_closed_prop)},
    {KL_ROM_QSTR(encoding), KL_ROM_PTR(&stream_encoding_prop)},
    {KL_ROM_QSTR(errors), KL_ROM_PTR(&stream_errors_prop)},
    {KL_ROM_QSTR(fileno), KL_ROM_PTR(&stream_fileno_obj)},
    {KL_ROM_QSTR(flush), KL_ROM_PTR(&stream_flush_obj)},
    {KL_ROM_QSTR(mode), KL_ROM_PTR(&stream_mode_prop)},
    {KL_ROM_QSTR(name), KL_ROM_PTR(&stream_name_prop)},
    {KL_ROM_QSTR(read), KL_ROM_PTR(&stream_read_obj)},
    {KL_ROM_QSTR(readable), KL_ROM_PTR(&stream_readable_obj)},
    {KL_ROM_QSTR(readline), KL_ROM_PTR(&stream_readline_obj)},
    {KL_ROM_QSTR(readlines), KL_ROM_PTR(&stream_readlines_obj)},
    {KL_ROM_QSTR(seekable), KL_ROM_PTR(&stream_seekable_obj)},
    {KL_ROM_QSTR(writable), KL_ROM_PTR(&stream_writable_obj)},
    {KL_ROM_QSTR(write), KL_ROM_PTR(&stream_write_obj)},
};
static KL_DEFINE_CONST_DICT(stream_locals_dict, stream_locals_table);

static void stream_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    kl_printf(print, "<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>",
              names[((stream_t *)o)->fd], ((stream_t *)o)->fd == 0 ? "r" : "w");
}

static const kl_obj_type_t stream_type = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_ITER_SELF,
    .name = KL_QSTR_TextIOWrapper,
    .print = stream_print,
    .getiter = kl_iter_self,
    .iternext = stream_iternext,
    .locals_dict = &stream_locals_dict,
};

kl_obj_t kl_mod_sys_stream(kl_qstr_t name) {
    // Not imported yet: nobody can have replaced anything.
    kl_obj_t sys = kl_obj_dict_get(kl_state.roots.modules, KL_OBJ_NEW_QSTR(KL_QSTR_sys));
    if (sys == KL_OBJ_NULL || !kl_obj_is_type(sys, &kl_type_module)) {
        return KL_OBJ_NULL;
    }
    kl_obj_t s = kl_obj_dict_get(kl_obj_module_globals(sys), KL_OBJ_NEW_QSTR(name));
    return s == KL_OBJ_NULL || kl_obj_is_type(s, &stream_type) ? KL_OBJ_NULL : s;
}

static const stream_t stdin_obj = {{&stream_type}, 0};
static const stream_t stdout_obj = {{&stream_type}, 1};
static const stream_t stderr_obj = {{&stream_type}, 2};

// The object print() writes to by default: sys.stdout if a program replaced it, else
// KL_OBJ_NULL for the console (also when sys was never imported, so it cannot be replaced).
kl_obj_t kl_mod_sys_stdout(void) {
    kl_map_elem_t *m = kl_map_lookup(&((kl_obj_dict_t *)kl_state.roots.modules)->map,
                                     KL_OBJ_NEW_QSTR(KL_QSTR_sys), KL_MAP_LOOKUP);
    if (m == NULL || !kl_obj_is_type(m->value, &kl_type_module)) {
        return KL_OBJ_NULL;
    }
    kl_obj_t g = kl_obj_module_globals(m->value);
    kl_map_elem_t *e =
        kl_map_lookup(&((kl_obj_dict_t *)g)->map, KL_OBJ_NEW_QSTR(KL_QSTR_stdout), KL_MAP_LOOKUP);
    if (e == NULL || e->value == KL_ROM_PTR(&stdout_obj)) {
        return KL_OBJ_NULL;
    }
    return e->value;
}

// ==== Functions ====

static kl_obj_t sys_exit(size_t n_args, const kl_obj_t *args) {
    if (n_args == 1 && args[0] == kl_const_none) {
        n_args = 0; // sys.exit(None) is SystemExit() with no arguments
    }
    kl_raise(kl_obj_new_exception(&kl_type_SystemExit, n_args, args));
}
static KL_DEFINE_FUN_VAR(sys_exit_obj, exit, 0, 1, sys_exit);

static kl_obj_t sys_exc_info(void) {
    kl_obj_t e = kl_state.roots.cur_exc;
    kl_obj_t items[3] = {kl_const_none, kl_const_none, kl_const_none};
    if (e != KL_OBJ_NULL && e != kl_const_none) {
        items[0] = KL_OBJ_FROM_PTR(kl_obj_get_type(e));
        items[1] = e;
        items[2] = kl_exception_get_traceback_obj(e);
    }
    return kl_obj_new_tuple(3, items);
}
static KL_DEFINE_FUN_0(sys_exc_info_obj, exc_info, sys_exc_info);

static kl_obj_t sys_exception(void) {
    kl_obj_t e = kl_state.roots.cur_exc;
    return e == KL_OBJ_NULL ? kl_const_none : e;
}
static KL_DEFINE_FUN_0(sys_exception_obj, exception, sys_exception);

static kl_obj_t sys_getrecursionlimit(void) {
    return KL_OBJ_NEW_SMALL_INT(kl_state.recursion_limit);
}
static KL_DEFINE_FUN_0(sys_getrecursionlimit_obj, getrecursionlimit, sys_getrecursionlimit);

static kl_obj_t sys_setrecursionlimit(kl_obj_t n) {
    kl_int_t v = kl_obj_get_int(n);
    if (v < 1) {
        kl_raise_ValueError(KL_ERROR_TEXT("recursion limit must be greater or equal than 1"));
    }
    kl_state.recursion_limit = v > 100000 ? 100000 : (unsigned)v;
    return kl_const_none;
}
static KL_DEFINE_FUN_1(sys_setrecursionlimit_obj, setrecursionlimit, sys_setrecursionlimit);

static kl_obj_t sys_get_int_max_str_digits(void) {
    return kl_obj_new_int((kl_int_t)kl_state.int_max_str_digits);
}
static KL_DEFINE_FUN_0(sys_get_int_max_str_digits_obj, get_int_max_str_digits,
                       sys_get_int_max_str_digits);

static kl_obj_t sys_set_int_max_str_digits(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_t v = n_args == 1 ? args[0] : KL_OBJ_NULL;
    for (size_t i = 0; i < n_kw; i++) {
        if (n_args == 0 && kl_obj_str_get_qstr(args[2 * i]) == KL_QSTR_maxdigits) {
            v = args[2 * i + 1];
        } else {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("set_int_max_str_digits() got an unexpected keyword "
                                           "argument '%S'"),
                             args[2 * i]);
        }
    }
    if (v == KL_OBJ_NULL || n_args > 1) {
        kl_raise_TypeError(KL_ERROR_TEXT("set_int_max_str_digits() takes exactly one argument"));
    }
    kl_int_t n = kl_obj_get_int(kl_obj_index(v));
    if (n != 0 && n < KL_INT_STR_DIGITS_THRESHOLD) {
        kl_raise_msg_fmt(&kl_type_ValueError,
                         KL_ERROR_TEXT("maxdigits must be 0 or larger than %d"),
                         KL_INT_STR_DIGITS_THRESHOLD);
    }
    kl_state.int_max_str_digits = (size_t)n;
    return kl_const_none;
}
static KL_DEFINE_FUN_KW(sys_set_int_max_str_digits_obj, set_int_max_str_digits, 0,
                        sys_set_int_max_str_digits);

static kl_obj_t sys_intern(kl_obj_t s) {
    if (!kl_obj_is_str(s)) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("intern() argument must be str, not %T"),
                         s);
    }
    return kl_obj_str_intern(s);
}
static KL_DEFINE_FUN_1(sys_intern_obj, intern, sys_intern);

static const kl_obj_t version_info_items[] = {KL_ROM_INT(3), KL_ROM_INT(11), KL_ROM_INT(0),
                                              KL_ROM_QSTR(final), KL_ROM_INT(0)};

// sys.version_info is a tuple whose items also have names: a tuple subclass made at start-up
// with one property per field.
#define VERSION_FIELDS(X)                                                                          \
    X(0, major)                                                                                    \
    X(1, minor)                                                                                    \
    X(2, micro)                                                                                    \
    X(3, releaselevel)                                                                             \
    X(4, serial)
#define X(i, name)                                                                                 \
    static kl_obj_t version_##name(kl_obj_t self) {                                                \
        return kl_obj_subscr(kl_obj_native(self, NULL), KL_OBJ_NEW_SMALL_INT(i), KL_OBJ_SENTINEL); \
    }                                                                                              \
    static KL_DEFINE_FUN_1(version_##name##_obj, name, version_##name);
VERSION_FIELDS(X)
#undef X

static kl_obj_t make_version_info(void) {
    kl_obj_t ns = kl_obj_new_dict(8);
#define X(i, name)                                                                                 \
    kl_obj_dict_store(ns, KL_OBJ_NEW_QSTR(KL_QSTR_##name),                                         \
                      kl_call_function_1(KL_OBJ_FROM_PTR(&kl_type_property),                       \
                                         KL_OBJ_FROM_PTR(&version_##name##_obj)));
    VERSION_FIELDS(X)
#undef X
    kl_obj_dict_store(ns, KL_OBJ_NEW_QSTR(KL_QSTR___module__), KL_OBJ_NEW_QSTR(KL_QSTR_sys));
    kl_obj_t base = KL_OBJ_FROM_PTR(&kl_type_tuple);
    kl_obj_t cls = kl_type_new(&kl_type_type, KL_OBJ_NEW_QSTR(KL_QSTR_version_info),
                               kl_obj_new_tuple(1, &base), ns);
    kl_obj_t items = kl_obj_new_tuple(5, version_info_items);
    return kl_call_function_1(cls, items);
}

// sys.implementation: a types.SimpleNamespace with the implementation's name and version, as
// programs read it (sys.implementation.name == 'kinglet'); a plain str without the types module.
static kl_obj_t make_implementation(void) {
#if KL_CFG_MODULE_TYPES
    kl_obj_t ns = kl_load_attr(KL_OBJ_FROM_PTR(&kl_module_types), KL_QSTR_SimpleNamespace);
    // kinglet's own version, as the field means: not the language version of sys.version_info.
    kl_obj_t v[5] = {KL_OBJ_NEW_SMALL_INT(KL_VERSION_MAJOR), KL_OBJ_NEW_SMALL_INT(KL_VERSION_MINOR),
                     KL_OBJ_NEW_SMALL_INT(KL_VERSION_MICRO), KL_OBJ_NEW_QSTR(KL_QSTR_alpha),
                     KL_OBJ_NEW_SMALL_INT(0)};
    kl_obj_t version = kl_obj_new_tuple(5, v);
    kl_obj_t kw[6] = {KL_OBJ_NEW_QSTR(KL_QSTR_name),      KL_OBJ_NEW_QSTR(KL_QSTR_kinglet),
                      KL_OBJ_NEW_QSTR(KL_QSTR_cache_tag), kl_const_none,
                      KL_OBJ_NEW_QSTR(KL_QSTR_version),   version};
    return kl_call_function_n_kw(ns, 0, 3, kw);
#else
    return KL_OBJ_NEW_QSTR(KL_QSTR_kinglet);
#endif
}

kl_obj_t kl_mod_sys_init(void) {
    kl_obj_t m = kl_obj_new_module(KL_QSTR_sys);
    kl_obj_t g = kl_obj_module_globals(m);
#define SET(q, value) kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(q), (value))
    SET(KL_QSTR_argv, kl_state.roots.sys_argv);
    SET(KL_QSTR_path, kl_state.roots.sys_path);
    SET(KL_QSTR_modules, kl_state.roots.modules);
    SET(KL_QSTR_exit, KL_ROM_PTR(&sys_exit_obj));
    SET(KL_QSTR_exc_info, KL_ROM_PTR(&sys_exc_info_obj));
    SET(KL_QSTR_exception, KL_ROM_PTR(&sys_exception_obj));
    SET(KL_QSTR_getrecursionlimit, KL_ROM_PTR(&sys_getrecursionlimit_obj));
    SET(KL_QSTR_setrecursionlimit, KL_ROM_PTR(&sys_setrecursionlimit_obj));
    SET(KL_QSTR_intern, KL_ROM_PTR(&sys_intern_obj));
    SET(KL_QSTR_get_int_max_str_digits, KL_ROM_PTR(&sys_get_int_max_str_digits_obj));
    SET(KL_QSTR_set_int_max_str_digits, KL_ROM_PTR(&sys_set_int_max_str_digits_obj));
    SET(KL_QSTR_stdin, KL_ROM_PTR(&stdin_obj));
    SET(KL_QSTR_stdout, KL_ROM_PTR(&stdout_obj));
    SET(KL_QSTR_stderr, KL_ROM_PTR(&stderr_obj));
    SET(KL_QSTR___stdin__, KL_ROM_PTR(&stdin_obj));
    SET(KL_QSTR___stdout__, KL_ROM_PTR(&stdout_obj));
    SET(KL_QSTR___stderr__, KL_ROM_PTR(&stderr_obj));
    SET(KL_QSTR_version, kl_obj_new_str_from_cstr("3.11.0 (kinglet " KL_VERSION_STRING ")"));
    SET(KL_QSTR_version_info, make_version_info());
    SET(KL_QSTR_platform, kl_obj_new_str_from_cstr(KL_PORT_PLATFORM));
    SET(KL_QSTR_byteorder, kl_obj_new_str_from_cstr("little"));
    SET(KL_QSTR_maxsize, kl_obj_new_int(INTPTR_MAX));
    SET(KL_QSTR_implementation, make_implementation());
#undef SET
    return m;
}
