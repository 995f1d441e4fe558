// vm/runtime.h: the operations the VM and builtins share: calling, operators, raising.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors

#ifndef KL_INCLUDED_VM_RUNTIME_H
#define KL_INCLUDED_VM_RUNTIME_H

#include "vm/obj.h"

// ==== Error text ====
// Every message passes through KL_ERROR_TEXT so the smallest builds can drop them.
#if KL_CFG_ERROR_TEXT
#define KL_ERROR_TEXT(s) (s)
#else
#define KL_ERROR_TEXT(s) ("")
#endif

// ==== Exceptions (vm/obj_exception.c) ====
// The builtin exception classes, each X(name, base), a base before the classes derived from it:
// BaseException, the classes every level has, then the rarer ones that KL_CFG_EXCEPTIONS_FULL
// keeps (the OSError subclasses, the warning categories, UnicodeTranslateError,
// FloatingPointError, ReferenceError), whose names are not defined without it; BufferError is
// kept by it or by the types that raise it. The narrow classes (KL_EXCEPTION_NARROW) are kept by
// it too; without it each is its base under the narrow name (below), so what would raise
// ModuleNotFoundError raises ImportError, which `except ImportError` catches as before, as in
// MicroPython's smallest builds; UnicodeError, which MicroPython has only with Unicode strings,
// is one of them, so it and its two subclasses are ValueError. StopAsyncIteration goes with
// KL_CFG_ASYNC.
#define KL_EXCEPTIONS(X)                                                                           \
    X(BaseException, object)                                                                       \
    KL_EXCEPTIONS_DERIVED(X)
#if KL_CFG_EXCEPTIONS_FULL
#define KL_EXCEPTIONS_DERIVED(X) KL_EXCEPTIONS_COMMON(X) KL_EXCEPTIONS_RARE(X)
#else
#define KL_EXCEPTIONS_DERIVED(X) KL_EXCEPTIONS_COMMON(X)
#endif
// BufferError, which only memoryview and array raise: a rare class where neither is built.
#define KL_HAS_BUFFER_ERROR (KL_CFG_EXCEPTIONS_FULL || KL_CFG_MEMORYVIEW || KL_CFG_MODULE_ARRAY)
#if KL_HAS_BUFFER_ERROR
#define KL_EXCEPTIONS_BUFFER(X) X(BufferError, Exception)
#else
#define KL_EXCEPTIONS_BUFFER(X)
#endif
#if KL_CFG_EXCEPTIONS_FULL
#define KL_EXCEPTION_NARROW(X, name, base) X(name, base)
#else
#define KL_EXCEPTION_NARROW(X, name, base)
#define kl_type_ModuleNotFoundError kl_type_ImportError
#define kl_type_UnboundLocalError kl_type_NameError
#define kl_type_RecursionError kl_type_RuntimeError
#define kl_type_TabError kl_type_IndentationError
#define kl_type_SystemError kl_type_RuntimeError
#define kl_type_UnicodeError kl_type_ValueError
#define kl_type_UnicodeDecodeError kl_type_ValueError
#define kl_type_UnicodeEncodeError kl_type_ValueError
#endif
#if KL_CFG_ASYNC
#define KL_EXCEPTIONS_ASYNC(X) X(StopAsyncIteration, Exception)
#else
#define KL_EXCEPTIONS_ASYNC(X)
#endif
#define KL_EXCEPTIONS_COMMON(X)                                                                    \
    X(SystemExit, BaseException)                                                                   \
    X(KeyboardInterrupt, BaseException)                                                            \
    X(GeneratorExit, BaseException)                                                                \
    X(Exception, BaseException)                                                                    \
    X(StopIteration, Exception)                                                                    \
    KL_EXCEPTIONS_ASYNC(X)                                                                         \
    X(ArithmeticError, Exception)                                                                  \
    X(OverflowError, ArithmeticError)                                                              \
    X(ZeroDivisionError, ArithmeticError)                                                          \
    X(AssertionError, Exception)                                                                   \
    X(AttributeError, Exception)                                                                   \
    KL_EXCEPTIONS_BUFFER(X)                                                                        \
    X(EOFError, Exception)                                                                         \
    X(ImportError, Exception)                                                                      \
    KL_EXCEPTION_NARROW(X, ModuleNotFoundError, ImportError)                                       \
    X(LookupError, Exception)                                                                      \
    X(IndexError, LookupError)                                                                     \
    X(KeyError, LookupError)                                                                       \
    X(MemoryError, Exception)                                                                      \
    X(NameError, Exception)                                                                        \
    KL_EXCEPTION_NARROW(X, UnboundLocalError, NameError)                                           \
    X(OSError, Exception)                                                                          \
    X(RuntimeError, Exception)                                                                     \
    X(NotImplementedError, RuntimeError)                                                           \
    KL_EXCEPTION_NARROW(X, RecursionError, RuntimeError)                                           \
    X(SyntaxError, Exception)                                                                      \
    X(IndentationError, SyntaxError)                                                               \
    KL_EXCEPTION_NARROW(X, TabError, IndentationError)                                             \
    KL_EXCEPTION_NARROW(X, SystemError, Exception)                                                 \
    X(TypeError, Exception)                                                                        \
    X(ValueError, Exception)                                                                       \
    KL_EXCEPTION_NARROW(X, UnicodeError, ValueError)                                               \
    KL_EXCEPTION_NARROW(X, UnicodeDecodeError, UnicodeError)                                       \
    KL_EXCEPTION_NARROW(X, UnicodeEncodeError, UnicodeError)
#define KL_EXCEPTIONS_RARE(X)                                                                      \
    X(FloatingPointError, ArithmeticError)                                                         \
    X(FileNotFoundError, OSError)                                                                  \
    X(FileExistsError, OSError)                                                                    \
    X(PermissionError, OSError)                                                                    \
    X(IsADirectoryError, OSError)                                                                  \
    X(NotADirectoryError, OSError)                                                                 \
    X(TimeoutError, OSError)                                                                       \
    X(BlockingIOError, OSError)                                                                    \
    X(ChildProcessError, OSError)                                                                  \
    X(ConnectionError, OSError)                                                                    \
    X(BrokenPipeError, ConnectionError)                                                            \
    X(ConnectionAbortedError, ConnectionError)                                                     \
    X(ConnectionRefusedError, ConnectionError)                                                     \
    X(ConnectionResetError, ConnectionError)                                                       \
    X(InterruptedError, OSError)                                                                   \
    X(ProcessLookupError, OSError)                                                                 \
    X(ReferenceError, Exception)                                                                   \
    X(UnicodeTranslateError, UnicodeError)                                                         \
    X(Warning, Exception)                                                                          \
    X(UserWarning, Warning)                                                                        \
    X(DeprecationWarning, Warning)                                                                 \
    X(SyntaxWarning, Warning)                                                                      \
    X(FutureWarning, Warning)                                                                      \
    X(PendingDeprecationWarning, Warning)                                                          \
    X(ImportWarning, Warning)                                                                      \
    X(UnicodeWarning, Warning)                                                                     \
    X(BytesWarning, Warning)                                                                       \
    X(ResourceWarning, Warning)                                                                    \
    X(EncodingWarning, Warning)                                                                    \
    X(RuntimeWarning, Warning)

#define X(name, base) extern const kl_obj_type_t kl_type_##name;
KL_EXCEPTIONS(X)
#undef X

// Raise [exc]: an exception instance, or an exception class (instantiated with no arguments).
KL_NORETURN void kl_raise(kl_obj_t exc);
KL_NORETURN void kl_raise_msg(const kl_obj_type_t *type, const char *msg);
// printf-like: %s (C string), %d (int), %u (unsigned), %z (size_t), %q (qstr), %r (repr of an
// object), %S (str of an object), %T (type name of an object), %N (the same, but "None" for
// None, as in CPython's argument-type errors), %%.
KL_NORETURN void kl_raise_msg_fmt(const kl_obj_type_t *type, const char *fmt, ...);
#if !KL_CFG_ERROR_TEXT
// Without error text every format is "" (KL_ERROR_TEXT), so the message is "" whatever the
// arguments: they are not evaluated (only named, inside sizeof, so that what is computed just
// for a message still counts as used), and each call shrinks to one of kl_raise_msg.
int kl_error_text_args(int first, ...); // never defined: only ever the operand of sizeof
#define KL_ERROR_TEXT_ARGS(...) ((void)sizeof(kl_error_text_args(0, __VA_ARGS__)))
#define kl_raise_msg_fmt(type, ...) (KL_ERROR_TEXT_ARGS(__VA_ARGS__), kl_raise_msg((type), ""))
#endif
KL_NORETURN void kl_raise_TypeError(const char *msg);
KL_NORETURN void kl_raise_ValueError(const char *msg);
KL_NORETURN void kl_raise_OverflowError(const char *msg);
KL_NORETURN void kl_raise_ZeroDivisionError(const char *msg);
KL_NORETURN void kl_raise_IndexError(const char *msg);
KL_NORETURN void kl_raise_KeyError(kl_obj_t key);
KL_NORETURN void kl_raise_NotImplementedError(const char *msg);
KL_NORETURN void kl_raise_MemoryError(void);
KL_NORETURN void kl_raise_RecursionError(const char *msg);
KL_NORETURN void kl_raise_StopIteration(kl_obj_t value);
#if !KL_CFG_ERROR_TEXT
// Without error text the raisers take no message at all, so a call passes nothing: the one of a
// format (kl_raise_msg_fmt) names its class only, and those of one class are bare calls.
KL_NORETURN void kl_raise_empty(const kl_obj_type_t *type);
#undef kl_raise_msg_fmt
#define kl_raise_msg_fmt(type, ...) (KL_ERROR_TEXT_ARGS(__VA_ARGS__), kl_raise_empty(type))
// The classes with a raiser of their own, each kl_raise_<name>_empty() here.
#define KL_RAISE_CLASSES(X)                                                                        \
    X(TypeError)                                                                                   \
    X(ValueError)                                                                                  \
    X(OverflowError) X(ZeroDivisionError) X(IndexError) X(NotImplementedError) X(RecursionError)
#define X(name) KL_NORETURN void kl_raise_##name##_empty(void);
KL_RAISE_CLASSES(X)
#undef X
#define kl_raise_TypeError(msg) (KL_ERROR_TEXT_ARGS(msg), kl_raise_TypeError_empty())
#define kl_raise_ValueError(msg) (KL_ERROR_TEXT_ARGS(msg), kl_raise_ValueError_empty())
#define kl_raise_OverflowError(msg) (KL_ERROR_TEXT_ARGS(msg), kl_raise_OverflowError_empty())
#define kl_raise_ZeroDivisionError(msg)                                                            \
    (KL_ERROR_TEXT_ARGS(msg), kl_raise_ZeroDivisionError_empty())
#define kl_raise_IndexError(msg) (KL_ERROR_TEXT_ARGS(msg), kl_raise_IndexError_empty())
#define kl_raise_NotImplementedError(msg)                                                          \
    (KL_ERROR_TEXT_ARGS(msg), kl_raise_NotImplementedError_empty())
#define kl_raise_RecursionError(msg) (KL_ERROR_TEXT_ARGS(msg), kl_raise_RecursionError_empty())
#endif
// OSError (the subclass for [err], as OSError(errno, strerror) picks it) with the port's text
// for error number [err], and the file names involved (KL_OBJ_NULL when there is none).
KL_NORETURN void kl_raise_oserror(int err, kl_obj_t filename, kl_obj_t filename2);
#if KL_CFG_SYNTAX_ERROR_DETAIL
// A SyntaxError (or IndentationError/TabError) for the range from [filename]:[line]:[col]
// (1-based) to just before [end_line]:[end_col], with the text of source line [line], [text] of
// [text_len] bytes (may be NULL).
KL_NORETURN void kl_raise_syntax_error_range(const kl_obj_type_t *type, kl_qstr_t filename,
                                             size_t line, size_t col, size_t end_line,
                                             size_t end_col, const char *text, size_t text_len,
                                             const char *msg);
#else
// Without KL_CFG_SYNTAX_ERROR_DETAIL a SyntaxError (or IndentationError/TabError) names its
// file and line only: its details are ([filename], [line], None, None).
KL_NORETURN void kl_raise_syntax_error_line(const kl_obj_type_t *type, kl_qstr_t filename,
                                            size_t line, const char *msg);
#endif

// Call at the entry of any C recursion that input can drive (parser, compiler, repr of nested
// containers): raises RecursionError before the C stack runs out.
void kl_stack_check(void);

// ==== Calls and operators (vm/runtime.c) ====
kl_obj_t kl_call_function_0(kl_obj_t fun);
kl_obj_t kl_call_function_1(kl_obj_t fun, kl_obj_t arg);
kl_obj_t kl_call_function_2(kl_obj_t fun, kl_obj_t arg1, kl_obj_t arg2);
// [args]: n_args positional values then n_kw (name, value) pairs.
kl_obj_t kl_call_function_n_kw(kl_obj_t fun, size_t n_args, size_t n_kw, const kl_obj_t *args);
// Call a method found by kl_load_method: [args][0] is the method, [args][1] self (or NULL).
kl_obj_t kl_call_method_n_kw(size_t n_args, size_t n_kw, const kl_obj_t *args);
// Call [fun] with [self] prepended to the arguments.
kl_obj_t kl_call_method_self(kl_obj_t fun, kl_obj_t self, size_t n_args, size_t n_kw,
                             const kl_obj_t *args);
kl_obj_t kl_unary_op(kl_unary_op_t op, kl_obj_t arg);
kl_obj_t kl_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs);
kl_obj_t kl_load_attr(kl_obj_t base, kl_qstr_t attr);
kl_obj_t kl_load_attr_maybe(kl_obj_t base, kl_qstr_t attr, kl_obj_t dflt);
void kl_load_method(kl_obj_t base, kl_qstr_t attr, kl_obj_t *dest);
void kl_load_method_maybe(kl_obj_t base, kl_qstr_t attr, kl_obj_t *dest);
// Like kl_load_method_maybe for a special method (__index__, __float__, ...): looked up on the
// type only, as CPython does, so neither an instance attribute nor, for a class passed as the
// value, the class's own method for its instances is found.
void kl_load_special_method_maybe(kl_obj_t base, kl_qstr_t attr, kl_obj_t *dest);
void kl_store_attr(kl_obj_t base, kl_qstr_t attr, kl_obj_t value);
void kl_delete_attr(kl_obj_t base, kl_qstr_t attr);
kl_obj_t kl_getiter(kl_obj_t o, kl_obj_iter_buf_t *iter_buf);
kl_obj_t kl_iternext(kl_obj_t iter); // KL_OBJ_STOP_ITERATION at the end; a check point
// The same without the check point, for a caller that has its own (the VM's FOR_ITER).
kl_obj_t kl_iternext_unchecked(kl_obj_t iter);
// Raise KeyboardInterrupt if one is pending, or RuntimeError once the instruction budget is
// spent (charging one check point to it): what a long loop in C calls at each step.
void kl_check_interrupt_and_budget(void);
kl_obj_t kl_import_name(kl_qstr_t name, kl_obj_t fromlist, kl_int_t level);
kl_obj_t kl_import_from(kl_obj_t module, kl_qstr_t name);

// Call with a tuple (or list) of positional arguments and an optional dict of keywords.
kl_obj_t kl_call_function_ex(kl_obj_t fun, kl_obj_t args, kl_obj_t kwargs);
// `item in container`
bool kl_obj_contains(kl_obj_t container, kl_obj_t item);
// Like kl_getiter, with unpacking's message for a non-iterable ("cannot unpack non-iterable
// int object").
kl_obj_t kl_getiter_or_unpack_error(kl_obj_t o);
// str(o) or repr(o) as a str object; ascii(o).
kl_obj_t kl_obj_str_of(kl_obj_t o, kl_print_kind_t kind);
kl_obj_t kl_obj_str_ascii(kl_obj_t o);
// format(value, spec); [spec] may be KL_OBJ_NULL for the empty spec (vm/format.c).
kl_obj_t kl_format(kl_obj_t value, kl_obj_t spec);
// Import [name] (dotted) relative to the package of [globals] at [level].
kl_obj_t kl_import_name_in(kl_qstr_t name, kl_obj_t fromlist, kl_int_t level, kl_obj_t globals);
void kl_import_all(kl_obj_t module, kl_obj_t dest_dict);
// A builtin by name (vm/mod_builtins.c), KL_OBJ_NULL if there is none.
kl_obj_t kl_builtins_lookup(kl_qstr_t name);
extern const kl_obj_builtin_t kl_builtin___build_class___obj;
// Builtins that run code or read the console (vm/runtime.c).
extern const kl_obj_builtin_t kl_builtin_globals_obj;
extern const kl_obj_builtin_t kl_builtin_locals_obj;
#if KL_CFG_BUILTINS_FULL
extern const kl_obj_builtin_t kl_builtin_compile_obj;
#endif
extern const kl_obj_builtin_t kl_builtin_exec_obj;
extern const kl_obj_builtin_t kl_builtin_eval_obj;
// aiter() and anext() (vm/obj_gen.c).
extern const kl_obj_builtin_t kl_builtin_aiter_obj;
extern const kl_obj_builtin_t kl_builtin_anext_obj;
extern const kl_obj_builtin_t kl_builtin___import___obj;
extern const kl_obj_builtin_t kl_builtin_input_obj;
// open() (vm/mod_io.c, with KL_CFG_OPEN).
extern const kl_obj_builtin_t kl_builtin_open_obj;
// The REPL's echo of an expression statement (vm/kinglet.c).
void kl_repl_print_value(kl_obj_t value);

// ==== Generators (vm/obj_gen.c) ====
struct _kl_obj_fun_t;
kl_obj_t kl_obj_new_generator(struct _kl_obj_fun_t *fun, size_t n_args, size_t n_kw,
                              const kl_obj_t *args);
bool kl_obj_is_generator(kl_obj_t o);
// A for loop over what a call returned (`for x in gen():`): [it] is a generator that call
// made, from [frame], so the loop holds the only reference; mark it (vm/obj_gen.c).
struct _kl_frame_t;
void kl_gen_own(kl_obj_t it, const struct _kl_frame_t *frame);
// A for loop left early (break, return) drops its iterator: a generator it owns is closed
// then, so its finally blocks run where CPython's do (when the last reference goes).
void kl_gen_release(kl_obj_t it);
// Resume [iter] (a generator, or any iterator when [sent] is None) with [sent]: true with
// *value the yielded value, or false with *value the return value when it finished.
bool kl_gen_resume_from(kl_obj_t iter, kl_obj_t sent, kl_obj_t *value);
kl_obj_t kl_get_awaitable(kl_obj_t o);
// A value yielded by an async generator, marked so its __anext__ can tell it from an await.
kl_obj_t kl_async_gen_wrap(kl_obj_t value);

// ==== Containers used by the VM ====
kl_obj_t kl_obj_new_set(size_t n, const kl_obj_t *items); // vm/obj_set.c
void kl_obj_set_add(kl_obj_t set, kl_obj_t item);
void kl_obj_set_update(kl_obj_t set, kl_obj_t iterable);
void kl_obj_dict_store(kl_obj_t dict, kl_obj_t key, kl_obj_t value); // vm/obj_dict.c
kl_obj_t kl_obj_dict_get(kl_obj_t dict, kl_obj_t key);               // NULL if absent
// Update [dict] from a mapping or iterable of pairs; [no_dups] raises on a repeated key (f(**a,
// **b)).
void kl_obj_dict_update(kl_obj_t dict, kl_obj_t other, bool no_dups);
// The keyword arguments of a call of [fn] with **: like kl_obj_dict_update with no_dups, and
// errors that name the function as CPython's do ("__main__.f() got multiple values ...").
void kl_obj_dict_merge_kwargs(kl_obj_t dict, kl_obj_t other, kl_obj_t fn);
// Store [value] under each key [iterable] yields, in [dict] or, through its __setitem__, a
// subclass of dict (dict.fromkeys); dir() gathers names this way, in a dict used as a set.
void kl_obj_dict_store_keys(kl_obj_t dict, kl_obj_t iterable, kl_obj_t value);
kl_obj_t kl_obj_new_dict_view_of_map(kl_map_t *map);
// (-x) ** y for a fractional y: a complex result (vm/obj_complex.c).
kl_obj_t kl_obj_new_complex_pow(kl_float_t base, kl_float_t exp);

// Check the argument count of a C function and raise TypeError when it is wrong.
void kl_arg_check_num(size_t n_args, size_t n_kw, size_t n_min, size_t n_max, bool takes_kw);
// Bind the arguments of a function [fname] with CPython's argument-clinic rules and messages:
// [n_names] parameters named [names], of which the first [max_pos] may come by position and the
// first [min_pos] are required; the rest are keyword-only. [args] holds [n_pos] positional values
// then [n_kw] name/value pairs; [out] gets each parameter's value, or KL_OBJ_NULL.
void kl_arg_bind(const char *fname, size_t n_pos, size_t n_kw, const kl_obj_t *args, size_t min_pos,
                 size_t max_pos, size_t n_names, const uint16_t *names, kl_obj_t *out);

#endif // KL_INCLUDED_VM_RUNTIME_H
