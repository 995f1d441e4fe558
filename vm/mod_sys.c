// vm/mod_sys.c: the sys module.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// sys is the one builtin module with mutable state (argv, path, modules), so it lives on the
// heap: its dict is built at first import from the const part below plus the lists the state
// keeps as roots. The standard streams are small objects whose write() goes through the port's
// console functions, so print(..., file=sys.stderr) works on every port.
//
// What the port knows of its surroundings (sys.executable, orig_argv, which streams are
// terminals) comes in through kl_init_t. flags, float_info, int_info and hash_info are
// struct sequences (see make_structseq). The hooks are plain attributes: the core asks
// kl_mod_sys_excepthook / kl_mod_sys_displayhook whether a program replaced them. There is no
// tracing and no auditing: settrace, setprofile, audit and addaudithook accept their arguments
// and nothing calls them. _getframe returns snapshots like the frames of tracebacks.
//
// Below the CORE level there is no sys (KL_CFG_MODULE_SYS): then only the console text helper
// that print() shares with the streams is built, and the queries of vm/obj_module.h answer that
// nothing was replaced.

#include <float.h>
#include <string.h>

#include "vm/bc.h"
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

// ==== Console text ====
// print() needs this where sys is left out too (KL_CFG_MODULE_SYS).

// Does UTF-8-style text [p] hold a lone surrogate (ED A0..BF xx)?
static bool has_surrogate(const char *p, size_t len) {
    const char *end = p + len;
    while ((p = memchr(p, 0xed, (size_t)(end - p))) != NULL) {
        if (end - p > 1 && (uint8_t)p[1] >= 0xa0) {
            return true;
        }
        p++;
    }
    return false;
}

const char *kl_mod_sys_console_text(kl_obj_t s, int fd, size_t *len) {
    const char *p = kl_obj_str_get_data(s, len);
    // Without Unicode strings (KL_CFG_STR_UNICODE) every str is ASCII: none holds a surrogate.
    if (!KL_CFG_STR_UNICODE || !has_surrogate(p, *len)) {
        return p;
    }
    kl_obj_t b = kl_obj_str_encode(s, "utf-8", fd == 2 ? "backslashreplace" : "strict");
    return kl_obj_str_get_data(b, len);
}

#if KL_CFG_MODULE_SYS

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
    const char *p = kl_mod_sys_console_text(data, s->fd, &len);
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

#if KL_CFG_MODULE_SYS_FULL
static kl_obj_t stream_readlines(size_t n_args, const kl_obj_t *args) {
    kl_int_t hint = n_args > 1 && args[1] != kl_const_none ? kl_obj_get_int(args[1]) : -1;
    kl_obj_t list = kl_obj_new_list(0, NULL);
    size_t total = 0;
    for (;;) {
        kl_obj_t line = stream_readline(1, args);
        size_t len = kl_obj_str_get_charlen(line);
        if (len == 0) {
            break;
        }
        kl_obj_list_append(list, line);
        total += len;
        if (hint > 0 && total >= (size_t)hint) {
            break;
        }
    }
    return list;
}
static KL_DEFINE_FUN_VAR(stream_readlines_obj, readlines, 1, 2, stream_readlines);

static kl_obj_t stream_writelines(kl_obj_t self, kl_obj_t lines) {
    kl_obj_t it = kl_getiter(lines, NULL);
    kl_obj_t line;
    while ((line = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        stream_write(self, line);
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_2(stream_writelines_obj, writelines, stream_writelines);

static kl_obj_t stream_isatty(kl_obj_t self) {
    return KL_OBJ_FROM_BOOL((kl_state.console_tty >> ((stream_t *)self)->fd) & 1);
}
static KL_DEFINE_FUN_1(stream_isatty_obj, isatty, stream_isatty);

static kl_obj_t stream_fileno(kl_obj_t self) {
    return KL_OBJ_NEW_SMALL_INT(((stream_t *)self)->fd);
}
static KL_DEFINE_FUN_1(stream_fileno_obj, fileno, stream_fileno);
#endif

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

static const kl_rom_map_elem_t buffer_locals_table[] = {
#if KL_CFG_MODULE_SYS_FULL
    {KL_ROM_QSTR(fileno), KL_ROM_PTR(&stream_fileno_obj)},
#endif
    {KL_ROM_QSTR(flush), KL_ROM_PTR(&stream_flush_obj)},
#if KL_CFG_MODULE_SYS_FULL
    {KL_ROM_QSTR(isatty), KL_ROM_PTR(&stream_isatty_obj)},
#endif
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

static const kl_obj_iter_type_t stream_type_head;
#define stream_type (stream_type_head.type)

// The stream a property of the console streams reads: a property copied into a class and read
// from its instance, or called through __get__, may be given anything.
static stream_t *get_stream(kl_obj_t self, kl_qstr_t name) {
    if (!kl_obj_is_type(self, &stream_type)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("descriptor '%q' for '_io.TextIOWrapper' objects doesn't "
                                       "apply to a '%T' object"),
                         name, self);
    }
    return (stream_t *)self;
}

static kl_obj_t stream_get_buffer(kl_obj_t self) {
    return KL_ROM_PTR(&buffers[get_stream(self, KL_QSTR_buffer)->fd]);
}
static KL_DEFINE_FUN_1(stream_get_buffer_obj, buffer, stream_get_buffer);
static const kl_obj_property_t stream_buffer_obj = {
    {&kl_type_property}, KL_ROM_PTR(&stream_get_buffer_obj),
    KL_OBJ_NULL,         KL_OBJ_NULL,
    kl_const_none,       KL_OBJ_NULL};

#if KL_CFG_MODULE_SYS_FULL
// The attributes programs read off the console streams, as CPython's show them in a pipe.
static kl_obj_t stream_get_name(kl_obj_t self) {
    static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    return kl_obj_new_str_from_cstr(names[get_stream(self, KL_QSTR_name)->fd]);
}
static KL_DEFINE_FUN_1(stream_get_name_obj, name, stream_get_name);

static kl_obj_t stream_get_mode(kl_obj_t self) {
    return KL_OBJ_NEW_QSTR(get_stream(self, KL_QSTR_mode)->fd == 0 ? KL_QSTR_r : KL_QSTR_w);
}
static KL_DEFINE_FUN_1(stream_get_mode_obj, mode, stream_get_mode);

static kl_obj_t stream_get_encoding(kl_obj_t self) {
    get_stream(self, KL_QSTR_encoding);
    return kl_obj_new_str_from_cstr("utf-8");
}
static KL_DEFINE_FUN_1(stream_get_encoding_obj, encoding, stream_get_encoding);

static kl_obj_t stream_get_errors(kl_obj_t self) {
    return KL_OBJ_NEW_QSTR(get_stream(self, KL_QSTR_errors)->fd == 2 ? KL_QSTR_backslashreplace
                                                                     : KL_QSTR_strict);
}
static KL_DEFINE_FUN_1(stream_get_errors_obj, errors, stream_get_errors);

static kl_obj_t stream_false(kl_obj_t self) {
    (void)self;
    return kl_const_false;
}
static kl_obj_t stream_get_closed(kl_obj_t self) {
    get_stream(self, KL_QSTR_closed);
    return kl_const_false;
}
static KL_DEFINE_FUN_1(stream_get_closed_obj, closed, stream_get_closed);
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
#endif

static const kl_rom_map_elem_t stream_locals_table[] = {
    {KL_ROM_QSTR(buffer), KL_ROM_PTR(&stream_buffer_obj)},
#if KL_CFG_MODULE_SYS_FULL
    {KL_ROM_QSTR(closed), KL_ROM_PTR(&stream_closed_prop)},
    {KL_ROM_QSTR(encoding), KL_ROM_PTR(&stream_encoding_prop)},
    {KL_ROM_QSTR(errors), KL_ROM_PTR(&stream_errors_prop)},
    {KL_ROM_QSTR(fileno), KL_ROM_PTR(&stream_fileno_obj)},
#endif
    {KL_ROM_QSTR(flush), KL_ROM_PTR(&stream_flush_obj)},
#if KL_CFG_MODULE_SYS_FULL
    {KL_ROM_QSTR(isatty), KL_ROM_PTR(&stream_isatty_obj)},
    {KL_ROM_QSTR(mode), KL_ROM_PTR(&stream_mode_prop)},
    {KL_ROM_QSTR(name), KL_ROM_PTR(&stream_name_prop)},
#endif
    {KL_ROM_QSTR(read), KL_ROM_PTR(&stream_read_obj)},
#if KL_CFG_MODULE_SYS_FULL
    {KL_ROM_QSTR(readable), KL_ROM_PTR(&stream_readable_obj)},
#endif
    {KL_ROM_QSTR(readline), KL_ROM_PTR(&stream_readline_obj)},
#if KL_CFG_MODULE_SYS_FULL
    {KL_ROM_QSTR(readlines), KL_ROM_PTR(&stream_readlines_obj)},
    {KL_ROM_QSTR(seekable), KL_ROM_PTR(&stream_seekable_obj)},
    {KL_ROM_QSTR(writable), KL_ROM_PTR(&stream_writable_obj)},
#endif
    {KL_ROM_QSTR(write), KL_ROM_PTR(&stream_write_obj)},
#if KL_CFG_MODULE_SYS_FULL
    {KL_ROM_QSTR(writelines), KL_ROM_PTR(&stream_writelines_obj)},
#endif
};
static KL_DEFINE_CONST_DICT(stream_locals_dict, stream_locals_table);

static void stream_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    kl_printf(print, "<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>",
              names[((stream_t *)o)->fd], ((stream_t *)o)->fd == 0 ? "r" : "w");
}

static const kl_obj_iter_type_t stream_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_TextIOWrapper,
            .print = stream_print,
            .locals_dict = &stream_locals_dict,
        },
    .getiter = kl_iter_self,
    .iternext = stream_iternext,
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

// sys.[name] if a program replaced it (it is not [dflt]), else KL_OBJ_NULL (also when sys
// was never imported, so nothing can have been replaced).
static kl_obj_t sys_replaced(kl_qstr_t name, kl_obj_t dflt) {
    kl_map_elem_t *m = kl_map_lookup(&((kl_obj_dict_t *)kl_state.roots.modules)->map,
                                     KL_OBJ_NEW_QSTR(KL_QSTR_sys), KL_MAP_LOOKUP);
    if (m == NULL || !kl_obj_is_type(m->value, &kl_type_module)) {
        return KL_OBJ_NULL;
    }
    kl_obj_t g = kl_obj_module_globals(m->value);
    kl_map_elem_t *e =
        kl_map_lookup(&((kl_obj_dict_t *)g)->map, KL_OBJ_NEW_QSTR(name), KL_MAP_LOOKUP);
    if (e == NULL || e->value == dflt) {
        return KL_OBJ_NULL;
    }
    return e->value;
}

// The object print() writes to by default: sys.stdout if a program replaced it, else
// KL_OBJ_NULL for the console.
kl_obj_t kl_mod_sys_stdout(void) {
    return sys_replaced(KL_QSTR_stdout, KL_ROM_PTR(&stdout_obj));
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

#if KL_CFG_MODULE_SYS_FULL
static kl_obj_t sys_exception(void) {
    kl_obj_t e = kl_state.roots.cur_exc;
    return e == KL_OBJ_NULL ? kl_const_none : e;
}
static KL_DEFINE_FUN_0(sys_exception_obj, exception, sys_exception);
#endif

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

#if KL_CFG_BIGINT
// The limit on the decimal digits of int <-> str conversions; without big ints no int has that
// many digits, and the two functions are left out.
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
#endif

#if KL_CFG_MODULE_SYS_FULL
static kl_obj_t sys_intern(kl_obj_t s) {
    if (!kl_obj_is_str(s)) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("intern() argument must be str, not %T"),
                         s);
    }
    return kl_obj_str_intern(s);
}
static KL_DEFINE_FUN_1(sys_intern_obj, intern, sys_intern);
#endif

static const kl_obj_t version_info_items[] = {KL_ROM_INT(3), KL_ROM_INT(11), KL_ROM_INT(0),
                                              KL_OBJ_NEW_QSTR(KL_QSTR_final), KL_ROM_INT(0)};

#if KL_CFG_MODULE_SYS_FULL
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
                      kl_obj_new_property(KL_OBJ_FROM_PTR(&version_##name##_obj)));
    VERSION_FIELDS(X)
#undef X
    kl_obj_dict_store(ns, KL_OBJ_NEW_QSTR(KL_QSTR___module__), KL_OBJ_NEW_QSTR(KL_QSTR_sys));
    kl_obj_t base = KL_OBJ_FROM_PTR(&kl_type_tuple);
    kl_obj_t cls = kl_type_new(&kl_type_type, KL_OBJ_NEW_QSTR(KL_QSTR_version_info),
                               kl_obj_new_tuple(1, &base), ns);
    kl_obj_t items = kl_obj_new_tuple(5, version_info_items);
    return kl_call_function_1(cls, items);
}
#endif

// ==== Hooks ====

// The defaults of displayhook and excepthook; the REPL and kl_exec_source call a program's
// replacements instead (kl_mod_sys_displayhook, kl_mod_sys_excepthook).
static kl_obj_t sys_displayhook(kl_obj_t value) {
    if (value != kl_const_none) {
        kl_obj_dict_store(kl_obj_module_globals(kl_state.roots.main_module),
                          KL_OBJ_NEW_QSTR(KL_QSTR__), value);
        kl_obj_t out = kl_mod_sys_stdout();
        if (out == KL_OBJ_NULL) {
            kl_obj_print(&kl_print_stdout, value, KL_PRINT_REPR);
            kl_print_str(&kl_print_stdout, "\n");
        } else {
            kl_vstr_t v;
            kl_vstr_init(&v, 32);
            kl_print_t p;
            kl_vstr_print(&p, &v);
            kl_obj_print(&p, value, KL_PRINT_REPR);
            kl_print_str(&p, "\n");
            kl_obj_t dest[3];
            kl_load_method(out, KL_QSTR_write, dest);
            dest[2] = kl_vstr_to_str(&v);
            kl_call_method_n_kw(1, 0, dest);
        }
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_1(sys_displayhook_obj, displayhook, sys_displayhook);

static kl_obj_t sys_excepthook(kl_obj_t type, kl_obj_t value, kl_obj_t tb) {
    (void)type;
    (void)tb;
    if (!kl_obj_is_exception_instance(value)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("print_exception(): Exception expected for value, %s found"),
                         kl_qstr_str(kl_obj_get_type(value)->name));
    }
    kl_exception_print(&kl_print_stderr, value);
    return kl_const_none;
}
static KL_DEFINE_FUN_3(sys_excepthook_obj, excepthook, sys_excepthook);

kl_obj_t kl_mod_sys_displayhook(void) {
    return sys_replaced(KL_QSTR_displayhook, KL_ROM_PTR(&sys_displayhook_obj));
}

kl_obj_t kl_mod_sys_excepthook(void) {
    return sys_replaced(KL_QSTR_excepthook, KL_ROM_PTR(&sys_excepthook_obj));
}

#if KL_CFG_MODULE_SYS_FULL
// breakpoint() has no debugger to enter.
static kl_obj_t sys_breakpointhook(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    (void)n_args;
    (void)n_kw;
    (void)args;
    return kl_const_none;
}
static KL_DEFINE_FUN_KW(sys_breakpointhook_obj, breakpointhook, 0, sys_breakpointhook);
#endif

#if KL_CFG_MODULE_SYS_FULL
// settrace and setprofile keep the function for gettrace and getprofile, but kinglet calls
// neither: there is no tracing.
#define trace_fun KL_REGISTER_ROOT(KL_ROOT_SYS_TRACE)
#define profile_fun KL_REGISTER_ROOT(KL_ROOT_SYS_PROFILE)

static kl_obj_t sys_settrace(kl_obj_t f) {
    trace_fun = f;
    return kl_const_none;
}
static KL_DEFINE_FUN_1(sys_settrace_obj, settrace, sys_settrace);

static kl_obj_t sys_gettrace(void) {
    return trace_fun == KL_OBJ_NULL ? kl_const_none : trace_fun;
}
static KL_DEFINE_FUN_0(sys_gettrace_obj, gettrace, sys_gettrace);

static kl_obj_t sys_setprofile(kl_obj_t f) {
    profile_fun = f;
    return kl_const_none;
}
static KL_DEFINE_FUN_1(sys_setprofile_obj, setprofile, sys_setprofile);

static kl_obj_t sys_getprofile(void) {
    return profile_fun == KL_OBJ_NULL ? kl_const_none : profile_fun;
}
static KL_DEFINE_FUN_0(sys_getprofile_obj, getprofile, sys_getprofile);

// There are no audit events: audit() and addaudithook() accept their arguments and do nothing.
static kl_obj_t sys_audit(size_t n_args, const kl_obj_t *args) {
    if (!kl_obj_is_str(args[0])) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("expected 'str' for argument 'event', not '%T'"), args[0]);
    }
    (void)n_args;
    return kl_const_none;
}
static KL_DEFINE_FUN_VAR(sys_audit_obj, audit, 1, 255, sys_audit);

static kl_obj_t sys_addaudithook(kl_obj_t hook) {
    (void)hook;
    return kl_const_none;
}
static KL_DEFINE_FUN_1(sys_addaudithook_obj, addaudithook, sys_addaudithook);

// _getframe(depth): snapshots of the running frames (vm/obj_traceback.c).
static kl_obj_t sys_getframe(size_t n_args, const kl_obj_t *args) {
    kl_int_t depth = n_args > 0 ? kl_obj_get_int(args[0]) : 0;
    const kl_frame_t *f = kl_state.frame;
    for (kl_int_t i = 0; i < depth && f != NULL; i++) {
        f = f->prev;
    }
    if (f == NULL) {
        kl_raise_ValueError(KL_ERROR_TEXT("call stack is not deep enough"));
    }
    return kl_frame_snapshot_chain(f);
}
static KL_DEFINE_FUN_VAR(sys_getframe_obj, _getframe, 0, 1, sys_getframe);

// call_tracing(func, args): func(*args), as there is no tracing to switch on.
static kl_obj_t sys_call_tracing(kl_obj_t func, kl_obj_t args) {
    if (!kl_obj_is_type(args, &kl_type_tuple)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("call_tracing() argument 2 must be tuple, not %T"), args);
    }
    size_t n;
    kl_obj_t *items = kl_obj_tuple_get_items(args, &n);
    return kl_call_function_n_kw(func, n, 0, items);
}
static KL_DEFINE_FUN_2(sys_call_tracing_obj, call_tracing, sys_call_tracing);

static kl_obj_t sys_is_finalizing(void) {
    return kl_const_false;
}
static KL_DEFINE_FUN_0(sys_is_finalizing_obj, is_finalizing, sys_is_finalizing);
#endif // KL_CFG_MODULE_SYS_FULL

// There are no threads to switch between; the interval is kept for getswitchinterval.
#if KL_CFG_FLOAT
static kl_obj_t sys_getswitchinterval(void) {
    return kl_obj_new_float(kl_state.switch_interval);
}
static KL_DEFINE_FUN_0(sys_getswitchinterval_obj, getswitchinterval, sys_getswitchinterval);

static kl_obj_t sys_setswitchinterval(kl_obj_t interval) {
    kl_float_t v = kl_obj_get_float(interval);
    if (v <= 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("switch interval must be strictly positive"));
    }
    kl_state.switch_interval = v;
    return kl_const_none;
}
static KL_DEFINE_FUN_1(sys_setswitchinterval_obj, setswitchinterval, sys_setswitchinterval);
#endif

#if KL_CFG_MODULE_SYS_FULL
static kl_obj_t sys_getdefaultencoding(void) {
    return KL_OBJ_NEW_QSTR(KL_QSTR_utf_hyphen_8);
}
static KL_DEFINE_FUN_0(sys_getdefaultencoding_obj, getdefaultencoding, sys_getdefaultencoding);
static KL_DEFINE_FUN_0(sys_getfilesystemencoding_obj, getfilesystemencoding,
                       sys_getdefaultencoding);

static kl_obj_t sys_getfilesystemencodeerrors(void) {
    return KL_OBJ_NEW_QSTR(KL_QSTR_surrogateescape);
}
static KL_DEFINE_FUN_0(sys_getfilesystemencodeerrors_obj, getfilesystemencodeerrors,
                       sys_getfilesystemencodeerrors);
#endif

// ==== Struct sequences ====
#if KL_CFG_MODULE_SYS_FULL || KL_CFG_FLOAT

// sys.flags, float_info, int_info and hash_info are tuples whose items also have names, as
// CPython's struct sequences: one tuple subclass per kind, made at first import, whose
// __getattr__ finds the name in the class's __kl_fields__ (one C function serves every field
// of every kind, where properties would cost an object per field).
static kl_obj_t structseq_fields(kl_obj_t self) {
    return kl_load_attr(KL_OBJ_FROM_PTR(kl_obj_get_type(self)), KL_QSTR___kl_fields__);
}

static kl_obj_t structseq_getattr(kl_obj_t self, kl_obj_t name) {
    size_t n;
    kl_obj_t *fields = kl_obj_tuple_get_items(structseq_fields(self), &n);
    for (size_t i = 0; i < n; i++) {
        if (kl_obj_equal(fields[i], name)) {
            size_t len;
            kl_obj_t *items = kl_obj_tuple_get_items(self, &len);
            return i < len ? items[i] : kl_const_none;
        }
    }
    kl_raise_msg_fmt(&kl_type_AttributeError, KL_ERROR_TEXT("'%s' object has no attribute '%S'"),
                     kl_qstr_str(kl_obj_get_type(self)->name), name);
}
static KL_DEFINE_FUN_2(structseq_getattr_obj, __getattr__, structseq_getattr);

static kl_obj_t structseq_repr(kl_obj_t self) {
    size_t n, len;
    kl_obj_t *fields = kl_obj_tuple_get_items(structseq_fields(self), &n);
    kl_obj_t *items = kl_obj_tuple_get_items(self, &len);
    kl_vstr_t v;
    kl_vstr_init(&v, 128);
    kl_print_t p;
    kl_vstr_print(&p, &v);
    kl_printf(&p, "sys.%q(", kl_obj_get_type(self)->name);
    for (size_t i = 0; i < n && i < len; i++) {
        kl_printf(&p, i == 0 ? "%S=%r" : ", %S=%r", fields[i], items[i]);
    }
    kl_print_str(&p, ")");
    return kl_vstr_to_str(&v);
}
static KL_DEFINE_FUN_1(structseq_repr_obj, __repr__, structseq_repr);

// An instance of a new struct sequence class [name] with [n] fields.
static kl_obj_t make_structseq(kl_qstr_t name, const uint16_t *fields, size_t n,
                               const kl_obj_t *values) {
    kl_obj_t ns = kl_obj_new_dict(4);
    kl_obj_tuple_t *names = kl_obj_tuple_alloc(n);
    for (size_t i = 0; i < n; i++) {
        names->items[i] = KL_OBJ_NEW_QSTR(fields[i]);
    }
    kl_obj_dict_store(ns, KL_OBJ_NEW_QSTR(KL_QSTR___kl_fields__), KL_OBJ_FROM_PTR(names));
    kl_obj_dict_store(ns, KL_OBJ_NEW_QSTR(KL_QSTR_n_fields), KL_OBJ_NEW_SMALL_INT(n));
    kl_obj_dict_store(ns, KL_OBJ_NEW_QSTR(KL_QSTR_n_sequence_fields), KL_OBJ_NEW_SMALL_INT(n));
    kl_obj_dict_store(ns, KL_OBJ_NEW_QSTR(KL_QSTR_n_unnamed_fields), KL_OBJ_NEW_SMALL_INT(0));
    kl_obj_dict_store(ns, KL_OBJ_NEW_QSTR(KL_QSTR___module__), KL_OBJ_NEW_QSTR(KL_QSTR_sys));
    kl_obj_t base = KL_OBJ_FROM_PTR(&kl_type_tuple);
    kl_obj_t cls =
        kl_type_new(&kl_type_type, KL_OBJ_NEW_QSTR(name), kl_obj_new_tuple(1, &base), ns);
    // Method descriptors, so that they bind to instances (as in vm/mod_time.c).
    kl_store_attr(cls, KL_QSTR___getattr__,
                  kl_obj_new_method_descriptor((const kl_obj_type_t *)cls,
                                               KL_OBJ_FROM_PTR(&structseq_getattr_obj)));
    kl_store_attr(cls, KL_QSTR___repr__,
                  kl_obj_new_method_descriptor((const kl_obj_type_t *)cls,
                                               KL_OBJ_FROM_PTR(&structseq_repr_obj)));
    return kl_call_function_1(cls, kl_obj_new_tuple(n, values));
}
#endif

#if KL_CFG_MODULE_SYS_FULL
static kl_obj_t make_flags(void) {
    static const uint16_t fields[] = {
        KL_QSTR_debug,
        KL_QSTR_inspect,
        KL_QSTR_interactive,
        KL_QSTR_optimize,
        KL_QSTR_dont_write_bytecode,
        KL_QSTR_no_user_site,
        KL_QSTR_no_site,
        KL_QSTR_ignore_environment,
        KL_QSTR_verbose,
        KL_QSTR_bytes_warning,
        KL_QSTR_quiet,
        KL_QSTR_hash_randomization,
        KL_QSTR_isolated,
        KL_QSTR_dev_mode,
        KL_QSTR_utf8_mode,
        KL_QSTR_warn_default_encoding,
        KL_QSTR_safe_path,
        KL_QSTR_int_max_str_digits,
    };
    // kinglet never writes bytecode files, never randomises hashes and always uses UTF-8.
    kl_obj_t values[18];
    for (size_t i = 0; i < 18; i++) {
        values[i] = KL_OBJ_NEW_SMALL_INT(0);
    }
    values[4] = KL_OBJ_NEW_SMALL_INT(1);   // dont_write_bytecode
    values[13] = kl_const_false;           // dev_mode
    values[14] = KL_OBJ_NEW_SMALL_INT(1);  // utf8_mode
    values[16] = kl_const_false;           // safe_path
    values[17] = KL_OBJ_NEW_SMALL_INT(-1); // int_max_str_digits: not set by an option
    return make_structseq(KL_QSTR_flags, fields, 18, values);
}
#endif // KL_CFG_MODULE_SYS_FULL

#if KL_CFG_FLOAT
static kl_obj_t make_float_info(void) {
    static const uint16_t fields[] = {
        KL_QSTR_max,     KL_QSTR_max_exp,    KL_QSTR_max_10_exp, KL_QSTR_min,
        KL_QSTR_min_exp, KL_QSTR_min_10_exp, KL_QSTR_dig,        KL_QSTR_mant_dig,
        KL_QSTR_epsilon, KL_QSTR_radix,      KL_QSTR_rounds,
    };
    kl_obj_t values[11] = {
        kl_obj_new_float(DBL_MAX),
        KL_OBJ_NEW_SMALL_INT(DBL_MAX_EXP),
        KL_OBJ_NEW_SMALL_INT(DBL_MAX_10_EXP),
        kl_obj_new_float(DBL_MIN),
        KL_OBJ_NEW_SMALL_INT(DBL_MIN_EXP),
        KL_OBJ_NEW_SMALL_INT(DBL_MIN_10_EXP),
        KL_OBJ_NEW_SMALL_INT(DBL_DIG),
        KL_OBJ_NEW_SMALL_INT(DBL_MANT_DIG),
        kl_obj_new_float(DBL_EPSILON),
        KL_OBJ_NEW_SMALL_INT(FLT_RADIX),
        KL_OBJ_NEW_SMALL_INT(1),
    };
    return make_structseq(KL_QSTR_float_info, fields, 11, values);
}
#endif

#if KL_CFG_MODULE_SYS_FULL
// No threads: every field is None, as CPython reports what it does not know.
static kl_obj_t make_thread_info(void) {
    static const uint16_t fields[] = {KL_QSTR_name, KL_QSTR_lock, KL_QSTR_version};
    kl_obj_t values[3] = {kl_const_none, kl_const_none, kl_const_none};
    return make_structseq(KL_QSTR_thread_info, fields, 3, values);
}

static kl_obj_t make_int_info(void) {
    static const uint16_t fields[] = {KL_QSTR_bits_per_digit, KL_QSTR_sizeof_digit,
                                      KL_QSTR_default_max_str_digits,
                                      KL_QSTR_str_digits_check_threshold};
    kl_obj_t values[4] = {KL_OBJ_NEW_SMALL_INT(KL_MPN_DIG_BITS),
                          KL_OBJ_NEW_SMALL_INT(sizeof(kl_mpn_dig_t)),
                          KL_OBJ_NEW_SMALL_INT(KL_INT_MAX_STR_DIGITS),
                          KL_OBJ_NEW_SMALL_INT(KL_INT_STR_DIGITS_THRESHOLD)};
    return make_structseq(KL_QSTR_int_info, fields, 4, values);
}

// The numeric hash is CPython's (modulus 2**61 - 1 on 64-bit hosts, 2**31 - 1 on 32-bit
// boards); str and bytes hash with 32-bit FNV-1a and no seed.
static kl_obj_t make_hash_info(void) {
    static const uint16_t fields[] = {KL_QSTR_width,     KL_QSTR_modulus,   KL_QSTR_inf,
                                      KL_QSTR_nan,       KL_QSTR_imag,      KL_QSTR_algorithm,
                                      KL_QSTR_hash_bits, KL_QSTR_seed_bits, KL_QSTR_cutoff};
    kl_obj_t values[9] = {KL_OBJ_NEW_SMALL_INT(8 * sizeof(kl_int_t)),
                          kl_obj_new_int((kl_int_t)KL_HASH_MODULUS),
                          KL_OBJ_NEW_SMALL_INT(KL_HASH_INF),
                          KL_OBJ_NEW_SMALL_INT(0),
                          KL_OBJ_NEW_SMALL_INT(1000003),
                          KL_OBJ_NEW_QSTR(KL_QSTR_fnv1a),
                          KL_OBJ_NEW_SMALL_INT(32),
                          KL_OBJ_NEW_SMALL_INT(0),
                          KL_OBJ_NEW_SMALL_INT(0)};
    return make_structseq(KL_QSTR_hash_info, fields, 9, values);
}
#endif // KL_CFG_MODULE_SYS_FULL

// sys.implementation: a SimpleNamespace where the types module is built in, else an instance
// of a plain class holding the same attributes.
static kl_obj_t make_implementation(kl_obj_t version_info) {
    kl_obj_t kw[8] = {
        KL_OBJ_NEW_QSTR(KL_QSTR_name),       KL_OBJ_NEW_QSTR(KL_QSTR_kinglet),
        KL_OBJ_NEW_QSTR(KL_QSTR_cache_tag),  kl_const_none,
        KL_OBJ_NEW_QSTR(KL_QSTR_version),    version_info,
        KL_OBJ_NEW_QSTR(KL_QSTR_hexversion), kl_const_none,
    };
    kl_obj_t v[3] = {KL_OBJ_NEW_SMALL_INT(KL_VERSION_MAJOR), KL_OBJ_NEW_SMALL_INT(KL_VERSION_MINOR),
                     KL_OBJ_NEW_SMALL_INT(KL_VERSION_MICRO)};
    kw[5] = kl_call_function_1(
        KL_OBJ_FROM_PTR(kl_obj_get_type(version_info)),
        kl_obj_new_tuple(5, (kl_obj_t[]){v[0], v[1], v[2], KL_OBJ_NEW_QSTR(KL_QSTR_final),
                                         KL_OBJ_NEW_SMALL_INT(0)}));
    kw[7] = kl_obj_new_int((KL_VERSION_MAJOR << 24) | (KL_VERSION_MINOR << 16) |
                           (KL_VERSION_MICRO << 8) | 0xf0);
#if KL_CFG_MODULE_TYPES
    return kl_call_function_n_kw(KL_OBJ_FROM_PTR(&kl_type_simple_namespace), 0, 4, kw);
#else
    kl_obj_t ns = kl_obj_new_dict(4);
    for (size_t i = 0; i < 4; i++) {
        kl_obj_dict_store(ns, kw[2 * i], kw[2 * i + 1]);
    }
    kl_obj_t base = KL_OBJ_FROM_PTR(&kl_type_object);
    kl_obj_t cls = kl_type_new(&kl_type_type, KL_OBJ_NEW_QSTR(KL_QSTR_implementation),
                               kl_obj_new_tuple(1, &base), ns);
    return kl_call_function_0(cls);
#endif
}

#if !KL_CFG_MODULE_SYS_FULL
// Below the CORE level version_info is a plain tuple (no field names: sys.version_info[0], not
// .major), and implementation, a class and an instance, is made when a program first reads it
// (sys's __getattr__, PEP 562), not at import: the classes would take a third of a 4 KiB heap
// from a program that only wants sys.exit.
static kl_obj_t sys_getattr(kl_obj_t name) {
    kl_obj_t sys = kl_obj_dict_get(kl_state.roots.modules, KL_OBJ_NEW_QSTR(KL_QSTR_sys));
    kl_qstr_t q = kl_obj_str_get_qstr(name);
    kl_obj_t v;
    if (q == KL_QSTR_implementation) {
        v = make_implementation(kl_load_attr(sys, KL_QSTR_version_info));
    } else {
        kl_raise_msg_fmt(&kl_type_AttributeError,
                         KL_ERROR_TEXT("module 'sys' has no attribute '%q'"), q);
    }
    kl_obj_dict_store(kl_obj_module_globals(sys), KL_OBJ_NEW_QSTR(q), v);
    return v;
}
static KL_DEFINE_FUN_1(sys_getattr_obj, __getattr__, sys_getattr);
#endif

#if KL_CFG_MODULE_SYS_FULL
static kl_obj_t new_str_list(int n, char *const *strs) {
    kl_obj_t list = kl_obj_new_list(0, NULL);
    for (int i = 0; i < n; i++) {
        kl_obj_list_append(list, kl_obj_new_str_from_cstr(strs[i]));
    }
    return list;
}
#endif

kl_obj_t kl_mod_sys_init(void) {
    kl_obj_t m = kl_obj_new_module(KL_QSTR_sys);
    kl_obj_t g = kl_obj_module_globals(m);
#define SET(q, value) kl_obj_dict_store(g, KL_OBJ_NEW_QSTR(q), (value))
    SET(KL_QSTR_argv, kl_state.roots.sys_argv);
    SET(KL_QSTR_path, kl_state.roots.sys_path);
    SET(KL_QSTR_modules, kl_state.roots.modules);
    SET(KL_QSTR_exit, KL_ROM_PTR(&sys_exit_obj));
    SET(KL_QSTR_exc_info, KL_ROM_PTR(&sys_exc_info_obj));
#if KL_CFG_MODULE_SYS_FULL
    SET(KL_QSTR_exception, KL_ROM_PTR(&sys_exception_obj));
#endif
    SET(KL_QSTR_getrecursionlimit, KL_ROM_PTR(&sys_getrecursionlimit_obj));
    SET(KL_QSTR_setrecursionlimit, KL_ROM_PTR(&sys_setrecursionlimit_obj));
#if KL_CFG_MODULE_SYS_FULL
    SET(KL_QSTR_intern, KL_ROM_PTR(&sys_intern_obj));
#endif
#if KL_CFG_BIGINT
    SET(KL_QSTR_get_int_max_str_digits, KL_ROM_PTR(&sys_get_int_max_str_digits_obj));
    SET(KL_QSTR_set_int_max_str_digits, KL_ROM_PTR(&sys_set_int_max_str_digits_obj));
#endif
    SET(KL_QSTR_stdout, KL_ROM_PTR(&stdout_obj));
    SET(KL_QSTR_stderr, KL_ROM_PTR(&stderr_obj));
#if KL_CFG_MODULE_SYS_FULL
    SET(KL_QSTR___stdin__, KL_ROM_PTR(&stdin_obj));
    SET(KL_QSTR___stdout__, KL_ROM_PTR(&stdout_obj));
    SET(KL_QSTR___stderr__, KL_ROM_PTR(&stderr_obj));
#endif
    SET(KL_QSTR_version, kl_obj_new_str_from_cstr("3.11.0 (kinglet " KL_VERSION_STRING ")"));
    SET(KL_QSTR_platform, kl_obj_new_str_from_cstr(KL_PORT_PLATFORM));
    SET(KL_QSTR_byteorder, kl_obj_new_str_from_cstr("little"));
    // Without big ints the largest int there is (as MicroPython without long ints).
    SET(KL_QSTR_maxsize, kl_obj_new_int(KL_CFG_BIGINT ? INTPTR_MAX : KL_SMALL_INT_MAX));
#if KL_CFG_MODULE_SYS_FULL
    kl_obj_t version_info = make_version_info();
    SET(KL_QSTR_version_info, version_info);
    SET(KL_QSTR_implementation, make_implementation(version_info));
#else
    SET(KL_QSTR_version_info, kl_obj_new_tuple(5, version_info_items));
    SET(KL_QSTR___getattr__, KL_ROM_PTR(&sys_getattr_obj));
#endif
#if KL_CFG_MODULE_SYS_FULL
    SET(KL_QSTR_flags, make_flags());
#endif
#if KL_CFG_FLOAT
    SET(KL_QSTR_float_info, make_float_info());
    SET(KL_QSTR_float_repr_style, KL_OBJ_NEW_QSTR(KL_QSTR_short));
#endif
#if KL_CFG_MODULE_SYS_FULL
    SET(KL_QSTR_int_info, make_int_info());
    SET(KL_QSTR_hash_info, make_hash_info());
    SET(KL_QSTR_maxunicode, kl_obj_new_int(0x10ffff));
    SET(KL_QSTR_hexversion, kl_obj_new_int(0x030b00f0));
    SET(KL_QSTR_api_version, KL_OBJ_NEW_SMALL_INT(1013));
    SET(KL_QSTR_copyright,
        kl_obj_new_str_from_cstr("Copyright (c) 2026 The kinglet authors.\nAll Rights Reserved."));
    SET(KL_QSTR_dont_write_bytecode, kl_const_true);
    SET(KL_QSTR_executable,
        kl_obj_new_str_from_cstr(kl_state.executable != NULL ? kl_state.executable : ""));
    kl_obj_t prefix = KL_OBJ_NEW_QSTR(KL_QSTR_NULL);
    SET(KL_QSTR_prefix, prefix);
    SET(KL_QSTR_exec_prefix, prefix);
    SET(KL_QSTR_base_prefix, prefix);
    SET(KL_QSTR_base_exec_prefix, prefix);
    SET(KL_QSTR_platlibdir, KL_OBJ_NEW_QSTR(KL_QSTR_lib));
    SET(KL_QSTR_orig_argv, kl_state.orig_argv != NULL
                               ? new_str_list(kl_state.orig_argc, kl_state.orig_argv)
                               : kl_obj_new_list(0, NULL));
    SET(KL_QSTR_builtin_module_names, kl_obj_module_builtin_names());
    SET(KL_QSTR_thread_info, make_thread_info());
    SET(KL_QSTR_abiflags, KL_OBJ_NEW_QSTR(KL_QSTR_NULL));
    SET(KL_QSTR__base_executable, kl_obj_dict_get(g, KL_OBJ_NEW_QSTR(KL_QSTR_executable)));
    SET(KL_QSTR_call_tracing, KL_ROM_PTR(&sys_call_tracing_obj));
    SET(KL_QSTR_pycache_prefix, kl_const_none);
    SET(KL_QSTR_is_finalizing, KL_ROM_PTR(&sys_is_finalizing_obj));
#endif
#if KL_CFG_FLOAT
    SET(KL_QSTR_getswitchinterval, KL_ROM_PTR(&sys_getswitchinterval_obj));
    SET(KL_QSTR_setswitchinterval, KL_ROM_PTR(&sys_setswitchinterval_obj));
#endif
#if KL_CFG_MODULE_SYS_FULL
    SET(KL_QSTR_warnoptions, kl_obj_new_list(0, NULL));
    SET(KL_QSTR__xoptions, kl_obj_new_dict(0));
#endif
    SET(KL_QSTR_stdin, KL_ROM_PTR(&stdin_obj));
#if KL_CFG_MODULE_SYS_FULL
    SET(KL_QSTR___stdin__, KL_ROM_PTR(&stdin_obj));
#endif
    SET(KL_QSTR_displayhook, KL_ROM_PTR(&sys_displayhook_obj));
#if KL_CFG_MODULE_SYS_FULL
    SET(KL_QSTR___displayhook__, KL_ROM_PTR(&sys_displayhook_obj));
#endif
    SET(KL_QSTR_excepthook, KL_ROM_PTR(&sys_excepthook_obj));
#if KL_CFG_MODULE_SYS_FULL
    SET(KL_QSTR___excepthook__, KL_ROM_PTR(&sys_excepthook_obj));
    SET(KL_QSTR_breakpointhook, KL_ROM_PTR(&sys_breakpointhook_obj));
    SET(KL_QSTR___breakpointhook__, KL_ROM_PTR(&sys_breakpointhook_obj));
    SET(KL_QSTR_settrace, KL_ROM_PTR(&sys_settrace_obj));
    SET(KL_QSTR_gettrace, KL_ROM_PTR(&sys_gettrace_obj));
    SET(KL_QSTR_setprofile, KL_ROM_PTR(&sys_setprofile_obj));
    SET(KL_QSTR_getprofile, KL_ROM_PTR(&sys_getprofile_obj));
    SET(KL_QSTR_audit, KL_ROM_PTR(&sys_audit_obj));
    SET(KL_QSTR_addaudithook, KL_ROM_PTR(&sys_addaudithook_obj));
    SET(KL_QSTR__getframe, KL_ROM_PTR(&sys_getframe_obj));
#endif
#if KL_CFG_MODULE_SYS_FULL
    SET(KL_QSTR_getdefaultencoding, KL_ROM_PTR(&sys_getdefaultencoding_obj));
    SET(KL_QSTR_getfilesystemencoding, KL_ROM_PTR(&sys_getfilesystemencoding_obj));
    SET(KL_QSTR_getfilesystemencodeerrors, KL_ROM_PTR(&sys_getfilesystemencodeerrors_obj));
#endif
#undef SET
    return m;
}

#endif // KL_CFG_MODULE_SYS
