// vm/obj_exception.h: exception objects and tracebacks.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#ifndef KL_INCLUDED_VM_OBJ_EXCEPTION_H
#define KL_INCLUDED_VM_OBJ_EXCEPTION_H

#include "vm/obj.h"

// A traceback is a growable array of (filename, line, function) entries, innermost first:
// cheap to extend while an exception unwinds, and printed in reverse. Without line tables
// (KL_CFG_SOURCE_LINES) no line is known, so none is kept unless traceback objects show one.
typedef struct _kl_traceback_t {
    size_t len;
    size_t alloc;
    struct {
#if KL_CFG_SOURCE_LINES || KL_CFG_TRACEBACK_OBJECTS
        uint32_t line;
#endif
        uint16_t filename; // qstr
        uint16_t name;     // qstr
    } entries[];
} kl_traceback_t;

// The layout of every BaseException instance. [dict] sits where kl_obj_instance_t keeps it, so
// a user subclass of Exception uses the generic instance attribute code unchanged. It is
// created on the first attribute store.
typedef struct _kl_obj_exception_t {
    kl_obj_base_t base;
    struct _kl_obj_dict_t *dict;
    kl_obj_t args; // tuple
    kl_traceback_t *traceback;
#if KL_CFG_EXCEPTION_CHAIN
    kl_obj_t cause;
    kl_obj_t context;
    bool suppress_context;
#endif
} kl_obj_exception_t;

bool kl_obj_is_exception_instance(kl_obj_t o);
bool kl_obj_is_exception_type(kl_obj_t o);
// isinstance(exc, spec) where spec is an exception class or a tuple of them; raises TypeError
// when spec holds anything else (as an except clause does).
bool kl_exception_match(kl_obj_t exc, kl_obj_t spec);
void kl_exception_add_traceback(kl_obj_t exc, kl_qstr_t filename, size_t line, kl_qstr_t name);
void kl_exception_clear_traceback(kl_obj_t exc);
// e.__traceback__: a chain of traceback objects (vm/obj_traceback.c), or None.
kl_obj_t kl_exception_get_traceback_obj(kl_obj_t exc);
// e.__traceback__ = [tb] and e.with_traceback([tb]): [tb] is None or a chain of traceback
// objects, whose entries become [exc]'s record; TypeError for anything else.
void kl_exception_set_traceback_obj(kl_obj_t exc, kl_obj_t tb);
extern const kl_obj_type_t kl_type_traceback;
// A frame object of the same kind as tb_frame (f_lineno, f_code), for gi_frame/cr_frame.
kl_obj_t kl_frame_snapshot(kl_qstr_t filename, size_t line, kl_qstr_t name);
// Snapshots of [frame] and its callers, linked by f_back, with f_globals (sys._getframe).
struct _kl_frame_t;
kl_obj_t kl_frame_snapshot_chain(const struct _kl_frame_t *frame);
kl_obj_t kl_exception_get_args(kl_obj_t exc);
// raise exc [from cause]: instantiates classes, sets __context__ and __cause__.
KL_NORETURN void kl_raise_from(kl_obj_t exc, kl_obj_t cause, bool has_cause);
// A new exception with a printf-formatted message (see kl_printf), or one argument.
kl_obj_t kl_obj_new_exception_fmt(const kl_obj_type_t *type, const char *fmt, ...);
#if !KL_CFG_ERROR_TEXT
// As kl_raise_msg_fmt (vm/runtime.h): without error text the message is "" and the arguments
// are not evaluated.
#define kl_obj_new_exception_fmt(type, ...)                                                        \
    (KL_ERROR_TEXT_ARGS(__VA_ARGS__), kl_obj_new_exception_msg((type), ""))
#endif
kl_obj_t kl_obj_new_exception_arg1(const kl_obj_type_t *type, kl_obj_t arg);
// A UnicodeDecodeError or UnicodeEncodeError with CPython's five fields: [object] is the bytes
// or str, [start] and [end] index the bad part of it. The fields are the error's text, which the
// smallest builds leave out: there the ValueError that stands for the error (without
// KL_CFG_EXCEPTIONS_FULL) has the empty message of any other, and the arguments are not evaluated.
#if KL_CFG_ERROR_TEXT || KL_CFG_EXCEPTIONS_FULL
kl_obj_t kl_obj_new_unicode_error(const kl_obj_type_t *type, const char *encoding, kl_obj_t object,
                                  size_t start, size_t end, const char *reason);
#else
#define kl_obj_new_unicode_error(type, ...)                                                        \
    (KL_ERROR_TEXT_ARGS(__VA_ARGS__), kl_obj_new_exception_msg((type), ""))
#endif
// AttributeError's name and obj attributes.
void kl_exception_set_attr_info(kl_obj_t exc, kl_obj_t obj, kl_qstr_t name);
// Attributes of exception objects (args, __traceback__, value of StopIteration...).
void kl_exception_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest);
// The value a StopIteration carries (its first argument, or None).
kl_obj_t kl_exception_stop_value(kl_obj_t exc);
// The native exception object of an exception instance.
kl_obj_exception_t *kl_exception_native(kl_obj_t exc);
// Print the traceback and the exception line as CPython does, to [print].
void kl_exception_print(const kl_print_t *print, kl_obj_t exc);
// The make_new slot every exception class shares: type(args...). With kl_exception_print_obj and
// kl_exception_attr, it is what a const exception class of a builtin module (struct.error) fills
// in; __module__ in its const locals dict names the module. Exceptions need no unary_op: their
// hash is the identity hash kl_obj_hash gives every KL_TYPE_FLAG_EQ_IS_ID type.
kl_obj_t kl_exception_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                               const kl_obj_t *args);
// OSError(errno, strerror, filename[, winerror[, filename2]]): keep the first two in args and
// make the file names attributes, as CPython does (nothing for other exceptions and counts).
void kl_exception_split_os_args(kl_obj_t exc, size_t n_args, const kl_obj_t *args);
// The print slot every exception class shares: str() and repr().
void kl_exception_print_obj(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind);

// ==== Exception groups (vm/obj_exception_group.c) ====

// The layout of every BaseExceptionGroup instance: an exception plus its message (a str) and
// its exceptions (a non-empty tuple).
typedef struct _kl_obj_exception_group_t {
    kl_obj_exception_t exc;
    kl_obj_t message;
    kl_obj_t exceptions;
} kl_obj_exception_group_t;

extern const kl_obj_type_t kl_type_BaseExceptionGroup;
// ExceptionGroup derives from BaseExceptionGroup and Exception: its two bases and its MRO make
// it a const class head (KL_TYPE_FLAG_MRO, vm/obj.h), the type at its start.
extern const kl_obj_heap_type_head_t kl_type_ExceptionGroup_head;
#define kl_type_ExceptionGroup (kl_type_ExceptionGroup_head.type)
bool kl_obj_is_exception_group(kl_obj_t o);
// BaseExceptionGroup.__new__ for [type] (a group class, builtin or derived).
kl_obj_t kl_exception_group_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                const kl_obj_t *args);
kl_obj_t kl_exception_group_message(kl_obj_t group);
kl_obj_t kl_exception_group_exceptions(kl_obj_t group); // a tuple
// except* T: split [exc] (what is still unhandled, or None) by T into *match and *rest (None
// for an empty part). A naked exception that matches comes back wrapped in a group.
void kl_exception_group_check_match(kl_obj_t exc, kl_obj_t type, kl_obj_t *match, kl_obj_t *rest);
// After the except* clauses of a try: what to raise (or None), given the exception [orig] that
// entered them and the list [excs] of what each clause raised and what no clause matched.
kl_obj_t kl_exception_group_prep_reraise(kl_obj_t orig, kl_obj_t excs);

#endif // KL_INCLUDED_VM_OBJ_EXCEPTION_H
