// vm/mod_builtins.c: the builtins module: builtin functions and the table of builtin names.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Every builtin name (functions, types, exception classes) sits in one const table in flash,
// sorted by name so that a lookup is a binary search over qstrs and costs no RAM. A program
// may still assign `builtins.x = ...`: such overrides go into a heap dict in the state's roots,
// which kl_builtins_lookup consults first, so the common case stays a flash lookup and no RAM
// is spent on names nobody overrides.
//
// The functions follow CPython 3.11 in what they accept and in the text of their errors. Most
// are thin: the real work lives with the types (len asks the type's unary_op, sorted is
// list.sort, repr is the type's print). The iterator types enumerate, zip, map, filter,
// reversed and callable_iterator are defined here because builtins is their only way in; each
// is a small struct on the heap whose iternext pulls from the wrapped iterators.
//
// A few builtins need the interpreter itself and are written with it (vm/runtime.c): eval,
// exec, compile, globals, locals, input and __import__; the table below refers to them. vars()
// and dir() without an argument borrow locals() from there.

#include <string.h>

#include "vm/buffer.h"
#include "vm/gc.h"
#include "vm/map.h"
#include "vm/nlr.h"
#include "vm/obj_bytearray.h"
#include "vm/obj_dict.h"
#include "vm/obj_exception.h"
#include "vm/obj_int.h"
#include "vm/obj_list.h"
#include "vm/obj_memoryview.h"
#include "vm/obj_module.h"
#include "vm/obj_set.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/state.h"
#include "vm/vstr.h"

#if KL_CFG_FLOAT
#include <math.h>

#include "vm/numfmt.h"
#endif

// ==== Helpers ====

// Sort the keyword arguments of a call into [out] by name: out[i] receives the value of the
// keyword names[i] (and keeps its initial value when the keyword is absent). Any other name is
// CPython's "'x' is an invalid keyword argument for f()". First, as CPython's argument parsing
// does, more than [max_args] arguments in all (the keywords and [n_counted] positional ones; 0
// for no check) is an error, worded for keywords when no positional one counts.
// (Without error text only the rarer builtins use it, where they are built.)
static KL_UNUSED void parse_kw(size_t n_args, size_t n_kw, const kl_obj_t *args, size_t n_names,
                               const uint16_t *names, kl_obj_t *out, const char *fun_name,
                               size_t max_args, size_t n_counted) {
    if (max_args > 0 && n_counted + n_kw > max_args) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%s() takes at most %z %sargument%s (%z given)"), fun_name,
                         max_args, n_counted == 0 ? "keyword " : "", max_args == 1 ? "" : "s",
                         n_counted + n_kw);
    }
    for (size_t i = 0; i < n_kw; i++) {
        // A keyword's name is always a str (the call checks it); one not interned yet is
        // interned here, as by kl_arg_bind.
        kl_obj_t name = args[n_args + 2 * i];
        kl_qstr_t q = kl_obj_str_get_qstr(name);
        size_t j = 0;
        while (j < n_names && names[j] != q) {
            j++;
        }
        if (j == n_names) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("'%S' is an invalid keyword argument for %s()"), name,
                             fun_name);
        }
        out[j] = args[n_args + 2 * i + 1];
    }
}

// The qstr of an attribute name given to getattr() and friends.
static kl_qstr_t attr_name(kl_obj_t name) {
    if (!kl_obj_is_str(name)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("attribute name must be string, not '%T'"), name);
    }
    return kl_obj_str_get_qstr(name);
}

// A class object: an instance of type or of a metaclass (type is the only one without
// KL_CFG_METACLASS).
static bool is_class(kl_obj_t o) {
    if (!KL_OBJ_IS_OBJ(o)) {
        return false;
    }
    const kl_obj_type_t *meta = ((kl_obj_base_t *)o)->type;
    return KL_CFG_METACLASS ? kl_obj_is_subclass(meta, &kl_type_type) : meta == &kl_type_type;
}

#if KL_CFG_SPECIAL_METHODS_FULL || KL_CFG_ABC_PROTOCOL || KL_CFG_METACLASS
// Call [m], found in the class [type] of [self], as a method of [self] with one argument.
static kl_obj_t call_method_1(kl_obj_t m, kl_obj_t self, const kl_obj_type_t *type, kl_obj_t arg) {
    kl_obj_t call[3] = {KL_OBJ_NULL, KL_OBJ_NULL, arg};
    kl_type_bind_attr(m, self, type, call);
    return kl_call_method_n_kw(1, 0, call);
}
#endif

static bool is_exc_match(kl_obj_t exc, const kl_obj_type_t *type) {
    return kl_obj_isinstance(exc, type);
}

// Call [fun] for an iterator's next item. A StopIteration it raises ends the iteration
// (KL_OBJ_STOP_ITERATION), as it does for the consumer of CPython's map, filter and
// iter(callable, sentinel).
static kl_obj_t call_for_next(kl_obj_t fun, size_t n_args, const kl_obj_t *args) {
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_t r = kl_call_function_n_kw(fun, n_args, 0, args);
        kl_nlr_pop();
        return r;
    }
    if (is_exc_match(nlr.ret_val, &kl_type_StopIteration)) {
        return KL_OBJ_STOP_ITERATION;
    }
    kl_nlr_jump(nlr.ret_val);
}

// ==== Simple functions ====

static kl_obj_t builtin_abs(kl_obj_t x) {
    return kl_unary_op(KL_UNARY_OP_ABS, x);
}
static KL_DEFINE_FUN_1(builtin_abs_obj, abs, builtin_abs);

// all() and any(): the first item whose truth is [stop_on] decides. Not inlined: one copy.
static KL_NOINLINE kl_obj_t all_any(kl_obj_t iterable, bool stop_on) {
    kl_obj_iter_buf_t iter_buf;
    kl_obj_t it = kl_getiter(iterable, &iter_buf);
    kl_obj_t item;
    while ((item = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        if (kl_obj_is_true(item) == stop_on) {
            return KL_OBJ_FROM_BOOL(stop_on);
        }
    }
    return KL_OBJ_FROM_BOOL(!stop_on);
}

static kl_obj_t builtin_all(kl_obj_t iterable) {
    return all_any(iterable, false);
}
static KL_DEFINE_FUN_1(builtin_all_obj, all, builtin_all);

static kl_obj_t builtin_any(kl_obj_t iterable) {
    return all_any(iterable, true);
}
static KL_DEFINE_FUN_1(builtin_any_obj, any, builtin_any);

#if KL_CFG_BUILTINS_FULL
static kl_obj_t builtin_ascii(kl_obj_t x) {
    return kl_obj_str_ascii(x);
}
static KL_DEFINE_FUN_1(builtin_ascii_obj, ascii, builtin_ascii);
#endif

// bin(), oct() and hex(): one call each, not three copies of it.
static KL_NOINLINE kl_obj_t int_with_prefix(kl_obj_t x, unsigned base) {
    return kl_obj_int_format_base(kl_obj_index(x), base, true, false);
}

static kl_obj_t builtin_bin(kl_obj_t x) {
    return int_with_prefix(x, 2);
}
static KL_DEFINE_FUN_1(builtin_bin_obj, bin, builtin_bin);

static kl_obj_t builtin_oct(kl_obj_t x) {
    return int_with_prefix(x, 8);
}
static KL_DEFINE_FUN_1(builtin_oct_obj, oct, builtin_oct);

static kl_obj_t builtin_hex(kl_obj_t x) {
    return int_with_prefix(x, 16);
}
static KL_DEFINE_FUN_1(builtin_hex_obj, hex, builtin_hex);

static kl_obj_t builtin_callable(kl_obj_t x) {
    return KL_OBJ_FROM_BOOL(kl_obj_is_callable(x));
}
static KL_DEFINE_FUN_1(builtin_callable_obj, callable, builtin_callable);

static kl_obj_t builtin_chr(kl_obj_t i) {
    kl_obj_t n = kl_obj_index(i);
    if (KL_CFG_BIGINT && !KL_OBJ_IS_SMALL_INT(n)) { // without big ints every int is small
        kl_raise_msg(&kl_type_OverflowError,
                     KL_ERROR_TEXT("Python int too large to convert to C int"));
    }
    kl_int_t c = KL_OBJ_SMALL_INT_VALUE(n);
    if (c < INT32_MIN || c > INT32_MAX) {
        // CPython reads the argument as a C int before checking the range.
        kl_raise_msg(&kl_type_OverflowError,
                     KL_ERROR_TEXT("Python int too large to convert to C int"));
    }
    if (c < 0 || c > KL_UNICODE_MAX) {
        kl_raise_ValueError(KL_ERROR_TEXT("chr() arg not in range(0x110000)"));
    }
    return kl_obj_str_from_char((uint32_t)c);
}
static KL_DEFINE_FUN_1(builtin_chr_obj, chr, builtin_chr);

static kl_obj_t builtin_ord(kl_obj_t c) {
    size_t len;
    const char *s;
    if (kl_obj_is_str(c)) {
        s = kl_obj_str_get_data(c, &len);
#if KL_CFG_STR_UNICODE
        len = kl_obj_str_get_charlen(c);
        if (len == 1) {
            return KL_OBJ_NEW_SMALL_INT(kl_obj_str_utf8_decode(&s));
        }
#endif
        // Without Unicode strings every character is one byte, read as bytes' are below.
    } else if (kl_obj_is_bytes(c) || kl_obj_is_bytearray(c)) {
        kl_buffer_get(c, &s, &len, false);
    } else {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("ord() expected string of length 1, but %T found"), c);
    }
    if (len == 1) {
        return KL_OBJ_NEW_SMALL_INT((uint8_t)s[0]);
    }
    kl_raise_msg_fmt(&kl_type_TypeError,
                     KL_ERROR_TEXT("ord() expected a character, but string of length %z found"),
                     len);
}
static KL_DEFINE_FUN_1(builtin_ord_obj, ord, builtin_ord);

#if KL_CFG_BUILTIN_FORMAT
static kl_obj_t builtin_format(size_t n_args, const kl_obj_t *args) {
    kl_obj_t spec = KL_OBJ_NULL;
    if (n_args > 1) {
        spec = args[1];
        if (!kl_obj_is_str(spec)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("format() argument 2 must be str, not %N"), spec);
        }
    }
    return kl_format(args[0], spec);
}
static KL_DEFINE_FUN_VAR(builtin_format_obj, format, 1, 2, builtin_format);
#endif

static kl_obj_t builtin_hash(kl_obj_t x) {
    return kl_obj_new_int((kl_int_t)kl_obj_hash(x));
}
static KL_DEFINE_FUN_1(builtin_hash_obj, hash, builtin_hash);

// The word itself: unique while the object lives, and equal for equal small ints and names,
// which `is` treats as the same object too.
static kl_obj_t builtin_id(kl_obj_t x) {
#if KL_CFG_BIGINT
    return kl_obj_new_int_from_uint((kl_uint_t)x);
#else
    // A word need not fit a small int; half of it does, and is unique among objects, which all
    // sit at even addresses (only a small int, an odd word, can share its neighbour's).
    return KL_OBJ_NEW_SMALL_INT((kl_int_t)x >> 1);
#endif
}
static KL_DEFINE_FUN_1(builtin_id_obj, id, builtin_id);

static kl_obj_t builtin_len(kl_obj_t x) {
    return kl_obj_len(x);
}
static KL_DEFINE_FUN_1(builtin_len_obj, len, builtin_len);

static kl_obj_t builtin_repr(kl_obj_t x) {
    return kl_obj_str_of(x, KL_PRINT_REPR);
}
static KL_DEFINE_FUN_1(builtin_repr_obj, repr, builtin_repr);

#if KL_CFG_POW_FULL
// pow(base, exp, mod=None): every parameter may also be given by name.
static kl_obj_t builtin_pow(size_t n_pos, size_t n_kw, const kl_obj_t *given) {
    if (n_pos > 3) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("pow() takes at most 3 arguments (%z given)"), n_pos + n_kw);
    }
    static const uint16_t names[3] = {KL_QSTR_base, KL_QSTR_exp, KL_QSTR_mod};
    kl_obj_t args[3] = {KL_OBJ_NULL, KL_OBJ_NULL, kl_const_none};
    kl_obj_t by_name[3] = {KL_OBJ_NULL, KL_OBJ_NULL, KL_OBJ_NULL};
    parse_kw(n_pos, n_kw, given, 3, names, by_name, "pow", 3, n_pos);
    // As in CPython, a missing argument is reported before one given twice.
    for (size_t i = n_pos; i < 2; i++) {
        if (by_name[i] == KL_OBJ_NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("pow() missing required argument '%q' (pos %z)"),
                             (kl_qstr_t)names[i], i + 1);
        }
    }
    for (size_t i = 0; i < 3; i++) {
        if (i >= n_pos) {
            args[i] = by_name[i] != KL_OBJ_NULL ? by_name[i] : args[i];
        } else if (by_name[i] != KL_OBJ_NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("argument for pow() given by name ('%q') and "
                                           "position (%z)"),
                             (kl_qstr_t)names[i], i + 1);
        } else {
            args[i] = given[i];
        }
    }
    if (args[2] != kl_const_none) {
        // A class's __pow__(exp, mod); three-argument pow never tries __rpow__.
        const kl_obj_type_t *type = kl_obj_get_type(args[0]);
        if (type->flags & KL_TYPE_FLAG_HEAP) {
            kl_obj_t m = kl_type_lookup(type, KL_QSTR___pow__);
            if (m != KL_OBJ_NULL) {
                kl_obj_t call[4] = {KL_OBJ_NULL, KL_OBJ_NULL, args[1], args[2]};
                kl_type_bind_attr(m, args[0], type, call);
                kl_obj_t r = kl_call_method_n_kw(2, 0, call);
                if (r != kl_const_notimplemented) {
                    return r;
                }
            }
        }
        // Each operand's type gets its turn, as in CPython: int computes when all three are
        // ints; float refuses a modulus outright, complex once it has read base and exponent as
        // numbers; nothing else has a three-argument pow.
        bool all_int = true;
        bool real_operands = true;
        for (size_t i = 0; i < 3; i++) {
            all_int = all_int && kl_obj_isinstance(args[i], &kl_type_int);
            if (i < 2 && !kl_obj_isinstance(args[i], &kl_type_int)) {
#if KL_CFG_FLOAT
                real_operands = real_operands && (kl_obj_isinstance(args[i], KL_TYPE_FLOAT) ||
                                                  kl_obj_isinstance(args[i], KL_TYPE_COMPLEX));
#else
                real_operands = false;
#endif
            }
        }
#if !KL_CFG_FLOAT
        (void)real_operands; // only complex modulo reads it
#endif
        for (size_t i = 0; i < 3; i++) {
            if (kl_obj_isinstance(args[i], &kl_type_int) && all_int) {
                return kl_obj_int_pow3(kl_obj_native(args[0], &kl_type_int),
                                       kl_obj_native(args[1], &kl_type_int),
                                       kl_obj_native(args[2], &kl_type_int));
            }
#if KL_CFG_FLOAT
            if (kl_obj_isinstance(args[i], KL_TYPE_FLOAT)) {
                kl_raise_TypeError(KL_ERROR_TEXT("pow() 3rd argument not allowed unless all "
                                                 "arguments are integers"));
            }
            if (kl_obj_isinstance(args[i], KL_TYPE_COMPLEX) && real_operands) {
                kl_raise_ValueError(KL_ERROR_TEXT("complex modulo"));
            }
#endif
        }
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("unsupported operand type(s) for ** or pow(): '%T', '%T', "
                                       "'%T'"),
                         args[0], args[1], args[2]);
    }
    return kl_binary_op(KL_BINARY_OP_POW, args[0], args[1]);
}
static KL_DEFINE_FUN_KW(builtin_pow_obj, pow, 0, builtin_pow);
#elif KL_CFG_BUILTINS_ARGS_FULL
// pow(base, exp[, mod]) by position only; with a modulus, of ints only (KL_CFG_POW_FULL): a
// class's __pow__ or an int subclass is refused by kl_obj_int_pow3's check.
static kl_obj_t builtin_pow(size_t n_args, const kl_obj_t *args) {
    if (n_args == 3 && args[2] != kl_const_none) {
        return kl_obj_int_pow3(args[0], args[1], args[2]);
    }
    return kl_binary_op(KL_BINARY_OP_POW, args[0], args[1]);
}
static KL_DEFINE_FUN_VAR(builtin_pow_obj, pow, 2, 3, builtin_pow);
#else
// pow(base, exp), which is base ** exp: no modulus (KL_CFG_BUILTINS_ARGS_FULL), so a third
// argument is a TypeError and kl_obj_int_pow3 is not linked.
static kl_obj_t builtin_pow(kl_obj_t base, kl_obj_t exp) {
    return kl_binary_op(KL_BINARY_OP_POW, base, exp);
}
static KL_DEFINE_FUN_2(builtin_pow_obj, pow, builtin_pow);
#endif

// ==== divmod ====

static bool is_real(kl_obj_t o) {
    return kl_obj_isinstance(o, &kl_type_int) ||
           (KL_CFG_FLOAT && kl_obj_isinstance(o, KL_TYPE_FLOAT));
}

// o.[name](arg) when [o] is an instance of a class that defines [name], else NULL. Only
// KL_CFG_SPECIAL_METHODS_FULL calls __divmod__ and __rdivmod__ (without it a class may not
// define them), as MicroPython leaves them out below its EXTRA features level.
#if KL_CFG_SPECIAL_METHODS_FULL
static kl_obj_t call_dunder_maybe(kl_obj_t o, kl_qstr_t name, kl_obj_t arg) {
    const kl_obj_type_t *type = kl_obj_get_type(o);
    if (!(type->flags & KL_TYPE_FLAG_HEAP)) {
        return KL_OBJ_NULL;
    }
    kl_obj_t m = kl_type_lookup(type, name);
    if (m == KL_OBJ_NULL || m == kl_const_none) {
        return KL_OBJ_NULL;
    }
    kl_obj_t r = call_method_1(m, o, type, arg);
    return r == kl_const_notimplemented ? KL_OBJ_NULL : r;
}
#else
#define call_dunder_maybe(o, name, arg) KL_OBJ_NULL
#endif

static kl_obj_t builtin_divmod(kl_obj_t a, kl_obj_t b) {
    kl_obj_t r = call_dunder_maybe(a, KL_QSTR___divmod__, b);
    if (r != KL_OBJ_NULL) {
        return r;
    }
    if (is_real(a) && is_real(b)) {
#if KL_CFG_FLOAT
        kl_float_t fb;
        if ((kl_obj_isinstance(a, KL_TYPE_FLOAT) || kl_obj_isinstance(b, KL_TYPE_FLOAT)) &&
            kl_obj_get_float_maybe(b, &fb) && fb == 0.0) {
            kl_raise_ZeroDivisionError(KL_ERROR_TEXT("float divmod()"));
        }
#endif
        kl_obj_tuple_t *t = kl_obj_tuple_alloc(2);
        t->items[0] = kl_binary_op(KL_BINARY_OP_FLOORDIV, a, b);
        t->items[1] = kl_binary_op(KL_BINARY_OP_MOD, a, b);
        return KL_OBJ_FROM_PTR(t);
    }
    r = call_dunder_maybe(b, KL_QSTR___rdivmod__, a);
    if (r != KL_OBJ_NULL) {
        return r;
    }
    kl_raise_msg_fmt(&kl_type_TypeError,
                     KL_ERROR_TEXT("unsupported operand type(s) for divmod(): '%T' and '%T'"), a,
                     b);
}
static KL_DEFINE_FUN_2(builtin_divmod_obj, divmod, builtin_divmod);

// ==== Attributes ====

// [o]'s attribute [name], or [dflt_arg] when looking it up raises AttributeError (which goes
// on when [dflt_arg] is NULL): getattr() and hasattr().
static kl_obj_t load_attr_or(kl_obj_t o, kl_obj_t name, kl_obj_t dflt_arg) {
    kl_qstr_t attr = attr_name(name);
    kl_obj_t volatile dflt = dflt_arg; // read after the longjmp
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_t v = kl_load_attr(o, attr);
        kl_nlr_pop();
        return v;
    }
    if (dflt != KL_OBJ_NULL && is_exc_match(nlr.ret_val, &kl_type_AttributeError)) {
        return dflt;
    }
    kl_nlr_jump(nlr.ret_val);
}

static kl_obj_t builtin_getattr(size_t n_args, const kl_obj_t *args) {
    return load_attr_or(args[0], args[1], n_args > 2 ? args[2] : KL_OBJ_NULL);
}
static KL_DEFINE_FUN_VAR(builtin_getattr_obj, getattr, 2, 3, builtin_getattr);

// KL_OBJ_SENTINEL, which no attribute is, marks the AttributeError.
static kl_obj_t builtin_hasattr(kl_obj_t o, kl_obj_t name) {
    return KL_OBJ_FROM_BOOL(load_attr_or(o, name, KL_OBJ_SENTINEL) != KL_OBJ_SENTINEL);
}
static KL_DEFINE_FUN_2(builtin_hasattr_obj, hasattr, builtin_hasattr);

static kl_obj_t builtin_setattr(kl_obj_t o, kl_obj_t name, kl_obj_t value) {
    kl_store_attr(o, attr_name(name), value);
    return kl_const_none;
}
static KL_DEFINE_FUN_3(builtin_setattr_obj, setattr, builtin_setattr);

static kl_obj_t builtin_delattr(kl_obj_t o, kl_obj_t name) {
    kl_delete_attr(o, attr_name(name));
    return kl_const_none;
}
static KL_DEFINE_FUN_2(builtin_delattr_obj, delattr, builtin_delattr);

// locals(), from the interpreter (vm/runtime.c), for the argument-less vars() and dir().
static kl_obj_t call_locals(void) {
    return kl_call_function_0(KL_OBJ_FROM_PTR(&kl_builtin_locals_obj));
}

#if KL_CFG_BUILTINS_FULL
static kl_obj_t builtin_vars(size_t n_args, const kl_obj_t *args) {
    if (n_args == 0) {
        return call_locals();
    }
    kl_obj_t d = kl_load_attr_maybe(args[0], KL_QSTR___dict__, KL_OBJ_NULL);
    if (d == KL_OBJ_NULL) {
        kl_raise_TypeError(KL_ERROR_TEXT("vars() argument must have __dict__ attribute"));
    }
    return d;
}
static KL_DEFINE_FUN_VAR(builtin_vars_obj, vars, 0, 1, builtin_vars);
#endif

// dir() gathers names as the keys of a dict, which works as a set here and is there in every
// build (KL_CFG_SET may leave sets out).
static void add_names(kl_obj_t names, kl_obj_t iterable) {
    kl_obj_dict_store_keys(names, iterable, kl_const_none);
}

// dir(x): the sorted names of x's attributes. A class lists its namespace and its bases'; a
// module its globals; anything else what type(x).__dir__(x) returns.
static kl_obj_t builtin_dir(size_t n_args, const kl_obj_t *args) {
    kl_obj_t names = kl_obj_new_dict(0);
    if (n_args == 0) {
        add_names(names, call_locals());
    } else if (kl_obj_is_type(args[0], &kl_type_module)) {
        // PEP 562 (KL_CFG_MODULE_GETATTR): a module's own __dir__ lists its names instead of
        // its globals.
        kl_obj_t g = kl_obj_module_globals(args[0]);
        kl_obj_t own = KL_CFG_MODULE_GETATTR ? kl_obj_dict_get(g, KL_OBJ_NEW_QSTR(KL_QSTR___dir__))
                                             : KL_OBJ_NULL;
        add_names(names, own != KL_OBJ_NULL ? kl_call_function_0(own) : g);
    } else if (is_class(args[0]) &&
               // Only a metaclass (KL_CFG_METACLASS) can give a class a __dir__ of its own.
               (!KL_CFG_METACLASS ||
                !kl_type_heap_defines(kl_obj_get_type(args[0]), KL_QSTR___dir__))) {
        kl_type_dir((const kl_obj_type_t *)args[0], names);
    } else {
        const kl_obj_type_t *type = kl_obj_get_type(args[0]);
        kl_obj_t m = kl_type_lookup(type, KL_QSTR___dir__);
        if (m != KL_OBJ_NULL) {
            kl_obj_t call[2] = {KL_OBJ_NULL, KL_OBJ_NULL};
            kl_type_bind_attr(m, args[0], type, call);
            add_names(names, kl_call_method_n_kw(0, 0, call));
        }
    }
    kl_obj_t list = kl_obj_list_from_iterable(names);
    kl_obj_list_sort(list, KL_OBJ_NULL, false);
    return list;
}
static KL_DEFINE_FUN_VAR(builtin_dir_obj, dir, 0, 1, builtin_dir);

// ==== isinstance and issubclass ====

#if KL_CFG_METACLASS
// A metaclass's __instancecheck__ / __subclasscheck__ for [cls], or NULL for the default.
static kl_obj_t class_check_hook(kl_obj_t cls, kl_qstr_t name) {
    const kl_obj_type_t *meta = ((kl_obj_base_t *)cls)->type;
    if (meta == &kl_type_type || !(meta->flags & KL_TYPE_FLAG_HEAP)) {
        return KL_OBJ_NULL;
    }
    return kl_type_lookup(meta, name);
}
#endif

static bool check_class(kl_obj_t x, kl_obj_t spec, bool instance) {
    kl_stack_check();
#if KL_CFG_GENERIC_ALIAS
    if (kl_obj_is_type(spec, &kl_type_union)) {
        spec = kl_obj_union_args(spec); // int | str: as (int, str)
    }
    if (kl_obj_is_type(spec, &kl_type_generic_alias)) {
        kl_raise_TypeError(instance ? KL_ERROR_TEXT("isinstance() argument 2 cannot be a "
                                                    "parameterized generic")
                                    : KL_ERROR_TEXT("issubclass() argument 2 cannot be a "
                                                    "parameterized generic"));
    }
#endif
    if (kl_obj_is_type(spec, &kl_type_tuple)) {
        size_t n;
        kl_obj_t *items = kl_obj_tuple_get_items(spec, &n);
        for (size_t i = 0; i < n; i++) {
            if (check_class(x, items[i], instance)) {
                return true;
            }
        }
        return false;
    }
#if KL_CFG_ABC_PROTOCOL || KL_CFG_METACLASS
    // (Without either no hook is looked up; #if keeps their names out of the image.)
    kl_qstr_t hook_name = instance ? KL_QSTR___instancecheck__ : KL_QSTR___subclasscheck__;
#endif
#if KL_CFG_ABC_PROTOCOL
    if (!is_class(spec) && KL_OBJ_IS_OBJ(spec) &&
        (kl_obj_get_type(spec)->flags & KL_TYPE_FLAG_HEAP)) {
        // Any object whose class defines the hook (typing.List, typing.Union[int, str]); without
        // KL_CFG_ABC_PROTOCOL such an object is refused as any other that is not a class.
        kl_obj_t h = kl_type_lookup(kl_obj_get_type(spec), hook_name);
        if (h != KL_OBJ_NULL) {
            return kl_obj_is_true(call_method_1(h, spec, kl_obj_get_type(spec), x));
        }
    }
#endif
    if (!is_class(spec)) {
        kl_raise_TypeError(instance ? KL_ERROR_TEXT("isinstance() arg 2 must be a type, a tuple "
                                                    "of types, or a union")
                                    : KL_ERROR_TEXT("issubclass() arg 2 must be a class, a tuple "
                                                    "of classes, or a union"));
    }
    if (instance && KL_OBJ_FROM_PTR(kl_obj_get_type(x)) == spec) {
        return true; // the exact type, before any hook (as CPython does)
    }
#if KL_CFG_METACLASS
    kl_obj_t hook = class_check_hook(spec, hook_name);
    if (hook != KL_OBJ_NULL) {
        kl_obj_t r = call_method_1(hook, spec, ((kl_obj_base_t *)spec)->type, x);
        return kl_obj_is_true(r);
    }
#endif
    const kl_obj_type_t *cls = (const kl_obj_type_t *)spec;
    if (instance) {
        return kl_obj_isinstance(x, cls);
    }
    return kl_obj_is_subclass((const kl_obj_type_t *)x, cls);
}

static kl_obj_t builtin_isinstance(kl_obj_t obj, kl_obj_t spec) {
    return KL_OBJ_FROM_BOOL(check_class(obj, spec, true));
}
static KL_DEFINE_FUN_2(builtin_isinstance_obj, isinstance, builtin_isinstance);

static kl_obj_t builtin_issubclass(kl_obj_t cls, kl_obj_t spec) {
    if (!is_class(cls)) {
        kl_raise_TypeError(KL_ERROR_TEXT("issubclass() arg 1 must be a class"));
    }
    return KL_OBJ_FROM_BOOL(check_class(cls, spec, false));
}
static KL_DEFINE_FUN_2(builtin_issubclass_obj, issubclass, builtin_issubclass);

// ==== Iteration ====

#if KL_CFG_BUILTINS_ARGS_FULL
// iter(callable, sentinel): call until the sentinel comes back. [fun] is NULL once it has.
typedef struct _callable_iter_t {
    kl_obj_base_t base;
    kl_obj_t fun;
    kl_obj_t sentinel;
} callable_iter_t;

static kl_obj_t callable_iter_next(kl_obj_t self) {
    callable_iter_t *it = KL_OBJ_TO_PTR(self);
    if (it->fun == KL_OBJ_NULL) {
        return KL_OBJ_STOP_ITERATION;
    }
    kl_obj_t v = call_for_next(it->fun, 0, NULL);
    if (v == KL_OBJ_STOP_ITERATION || v == it->sentinel || kl_obj_equal(v, it->sentinel)) {
        it->fun = KL_OBJ_NULL;
        return KL_OBJ_STOP_ITERATION;
    }
    return v;
}

static const kl_obj_iter_type_t callable_iterator_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_callable_iterator,
            .parent = &kl_type_object,
        },
    .getiter = kl_iter_self,
    .iternext = callable_iter_next,
};
#define callable_iterator_type (callable_iterator_type_head.type)

static kl_obj_t builtin_iter(size_t n_args, const kl_obj_t *args) {
    if (n_args == 1) {
        return kl_getiter(args[0], NULL);
    }
    if (!kl_obj_is_callable(args[0])) {
        kl_raise_TypeError(KL_ERROR_TEXT("iter(v, w): v must be callable"));
    }
    callable_iter_t *it = kl_gc_alloc(sizeof(callable_iter_t), 0);
    it->base.type = &callable_iterator_type;
    it->fun = args[0];
    it->sentinel = args[1];
    return KL_OBJ_FROM_PTR(it);
}
static KL_DEFINE_FUN_VAR(builtin_iter_obj, iter, 1, 2, builtin_iter);
#else
// iter(x) only: MicroPython has no iter(callable, sentinel), so a second argument is a
// TypeError (KL_CFG_BUILTINS_ARGS_FULL).
static kl_obj_t builtin_iter(kl_obj_t o) {
    return kl_getiter(o, NULL);
}
static KL_DEFINE_FUN_1(builtin_iter_obj, iter, builtin_iter);
#endif

static kl_obj_t builtin_next(size_t n_args, const kl_obj_t *args) {
    // kl_iternext raises the TypeError for a value that is not an iterator.
    // A generator's return value travels in the state beside the end-of-iteration marker.
    kl_state.roots.stop_iteration_value = KL_OBJ_NULL;
    kl_obj_t v = kl_iternext(args[0]);
    if (v != KL_OBJ_STOP_ITERATION) {
        return v;
    }
    if (n_args > 1) {
        return args[1];
    }
    kl_obj_t value = kl_state.roots.stop_iteration_value;
    kl_state.roots.stop_iteration_value = KL_OBJ_NULL;
    kl_raise_StopIteration(value);
}
static KL_DEFINE_FUN_VAR(builtin_next_obj, next, 1, 2, builtin_next);

// ==== min and max ====

#if KL_CFG_BUILTINS_ITER
typedef struct _minmax_t {
    kl_obj_t key;  // NULL: compare the items themselves
    kl_obj_t best; // NULL until the first item
    kl_obj_t best_key;
    kl_binary_op_t op; // GT for max, LT for min: only a strictly better item replaces the best
} minmax_t;

static void minmax_consider(minmax_t *m, kl_obj_t item) {
    kl_obj_t k = m->key != KL_OBJ_NULL ? kl_call_function_1(m->key, item) : item;
    if (m->best == KL_OBJ_NULL || kl_obj_is_true(kl_binary_op(m->op, k, m->best_key))) {
        m->best = item;
        m->best_key = k;
    }
}

static kl_obj_t min_max(size_t n_args, size_t n_kw, const kl_obj_t *args, bool is_max) {
    const char *name = is_max ? "max" : "min";
    static const uint16_t names[2] = {KL_QSTR_key, KL_QSTR_default};
    kl_obj_t kw[2] = {KL_OBJ_NULL, KL_OBJ_NULL};
    // CPython counts the positional arguments before it looks at the keywords.
    if (n_args == 0) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%s expected at least 1 argument, got 0"), name);
    }
    parse_kw(n_args, n_kw, args, 2, names, kw, name, 2, 0);
    minmax_t m = {kw[0] == kl_const_none ? KL_OBJ_NULL : kw[0], KL_OBJ_NULL, KL_OBJ_NULL,
                  is_max ? KL_BINARY_OP_GT : KL_BINARY_OP_LT};
    if (n_args == 1) {
        kl_obj_iter_buf_t iter_buf;
        kl_obj_t it = kl_getiter(args[0], &iter_buf);
        kl_obj_t item;
        while ((item = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
            minmax_consider(&m, item);
        }
    } else {
        if (kw[1] != KL_OBJ_NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("Cannot specify a default for %s() with multiple "
                                           "positional arguments"),
                             name);
        }
        for (size_t i = 0; i < n_args; i++) {
            minmax_consider(&m, args[i]);
        }
    }
    if (m.best == KL_OBJ_NULL) {
        if (kw[1] != KL_OBJ_NULL) {
            return kw[1];
        }
        kl_raise_msg_fmt(&kl_type_ValueError, KL_ERROR_TEXT("%s() arg is an empty sequence"), name);
    }
    return m.best;
}

static kl_obj_t builtin_max(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    return min_max(n_args, n_kw, args, true);
}
static KL_DEFINE_FUN_KW(builtin_max_obj, max, 0, builtin_max);

static kl_obj_t builtin_min(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    return min_max(n_args, n_kw, args, false);
}
static KL_DEFINE_FUN_KW(builtin_min_obj, min, 0, builtin_min);
#endif // KL_CFG_BUILTINS_ITER

// ==== sorted and sum ====

// list.sort's arguments (args[0] is the list or, for sorted(), the iterable), parsed here with
// parse_kw for both list.sort and sorted().
void kl_builtins_sort(kl_obj_t list, size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const uint16_t names[2] = {KL_QSTR_key, KL_QSTR_reverse};
    kl_obj_t kw[2] = {KL_OBJ_NULL, KL_OBJ_NULL};
#if KL_CFG_ERROR_TEXT
    // The count first, as CPython's argument parsing does.
    parse_kw(n_args, n_kw, args, 2, names, kw, "sort", 2, n_args - 1);
#endif
    if (n_args > 1) {
        kl_raise_TypeError(KL_ERROR_TEXT("sort() takes no positional arguments"));
    }
#if !KL_CFG_ERROR_TEXT
    kl_arg_bind("sort", 0, n_kw, args + n_args, 0, 0, 2, names, kw);
#endif
    // reverse is an int (or bool), as CPython requires: reverse='yes' is a TypeError.
    kl_obj_list_sort(list, kw[0], kw[1] != KL_OBJ_NULL && kl_obj_get_int(kw[1]) != 0);
}

// As in CPython, the list is made first and then sorted by list.sort, whose argument errors
// (named for sort()) therefore come after the iterable has been consumed.
static kl_obj_t builtin_sorted(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    if (n_args != 1) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("sorted expected 1 argument, got %z"),
                         n_args);
    }
    kl_obj_t list = kl_obj_list_from_iterable(args[0]);
    kl_builtins_sort(list, 1, n_kw, args);
    return list;
}
static KL_DEFINE_FUN_KW(builtin_sorted_obj, sorted, 0, builtin_sorted);

// sum(iterable, /, start=0), start by position only without KL_CFG_BUILTINS_ARGS_FULL, as in
// MicroPython. Small ints are added in C until one overflows (where the fast
// paths are built, KL_CFG_VM_FAST_PATHS); everything else, floats included, goes through the +
// operator one item at a time, which for floats gives CPython 3.11's plain left-to-right double
// sum.
#if KL_CFG_BUILTINS_ARGS_FULL
static kl_obj_t builtin_sum(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    if (n_args == 0) {
        kl_raise_TypeError(KL_ERROR_TEXT("sum() takes at least 1 positional argument (0 given)"));
    }
    if (n_args > 2) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("sum() takes at most 2 arguments (%z given)"),
                         n_args + n_kw);
    }
    static const uint16_t names[1] = {KL_QSTR_start};
    kl_obj_t acc = n_args > 1 ? args[1] : KL_OBJ_NEW_SMALL_INT(0);
    parse_kw(n_args, n_kw, args, 1, names, &acc, "sum", 2, n_args);
#else
static kl_obj_t builtin_sum(size_t n_args, const kl_obj_t *args) {
    kl_obj_t acc = n_args > 1 ? args[1] : KL_OBJ_NEW_SMALL_INT(0);
#endif
    // The iterable first, then the start's type, as in CPython.
    kl_obj_iter_buf_t iter_buf;
    kl_obj_t it = kl_getiter(args[0], &iter_buf);
    if (kl_obj_is_str(acc)) {
        kl_raise_TypeError(KL_ERROR_TEXT("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if (kl_obj_is_bytes(acc)) {
        kl_raise_TypeError(KL_ERROR_TEXT("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    if (KL_CFG_BYTEARRAY && kl_obj_is_bytearray(acc)) {
        kl_raise_TypeError(KL_ERROR_TEXT("sum() can't sum bytearray [use b''.join(seq) instead]"));
    }
    kl_obj_t item;
    while ((item = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        if (KL_CFG_VM_FAST_PATHS && KL_OBJ_IS_SMALL_INT(acc) && KL_OBJ_IS_SMALL_INT(item)) {
            kl_int_t s = KL_OBJ_SMALL_INT_VALUE(acc) + KL_OBJ_SMALL_INT_VALUE(item);
            if (s >= KL_SMALL_INT_MIN && s <= KL_SMALL_INT_MAX) {
                acc = KL_OBJ_NEW_SMALL_INT(s);
                continue;
            }
        }
        acc = kl_binary_op(KL_BINARY_OP_ADD, acc, item);
    }
    return acc;
}
#if KL_CFG_BUILTINS_ARGS_FULL
static KL_DEFINE_FUN_KW(builtin_sum_obj, sum, 0, builtin_sum);
#else
static KL_DEFINE_FUN_VAR(builtin_sum_obj, sum, 1, 2, builtin_sum);
#endif

// ==== round ====

// round(i, ndigits) for an int and ndigits < 0: to a multiple of 10**-ndigits, ties to even.
// [frac] is the fraction that was cut from a float (0 for an int): it breaks what would
// otherwise be a tie upwards (in magnitude). Only floats need it without
// KL_CFG_BUILTINS_ARGS_FULL, which leaves out the ndigits of an int; it is never inlined, so
// that its locals stay out of round_float's kl_nlr_push frame (-Wclobbered) when that is its one
// caller.
#if KL_CFG_BUILTINS_ARGS_FULL || KL_CFG_FLOAT
#if !KL_CFG_BIGINT
// Every int is a small int: machine arithmetic. The result is the multiple of p = 10**-ndigits
// nearest to |i|, so at most twice |i|; p is only computed while it stays below that (when it
// would pass it, the result is 0), so nothing overflows.
static KL_NOINLINE kl_obj_t round_int(kl_obj_t i, kl_int_t ndigits, bool frac) {
    kl_int_t v = KL_OBJ_SMALL_INT_VALUE(i);
    kl_uint_t mag = v < 0 ? 0 - (kl_uint_t)v : (kl_uint_t)v;
    kl_uint_t twice = 2 * mag, p = 1;
    for (kl_int_t k = ndigits; k < 0; k++) {
        if (p > twice / 10) {
            return KL_OBJ_NEW_SMALL_INT(0);
        }
        p *= 10;
    }
    kl_uint_t q = mag / p, r = mag % p;
    if (2 * r > p || (2 * r == p && (frac || (q & 1)))) {
        q++;
    }
    kl_uint_t result = q * p;
    return kl_obj_new_int((kl_int_t)(v < 0 ? 0 - result : result));
}
#else
static KL_NOINLINE kl_obj_t round_int(kl_obj_t i, kl_int_t ndigits, bool frac) {
    kl_obj_t zero = KL_OBJ_NEW_SMALL_INT(0);
    bool neg = kl_obj_is_true(kl_binary_op(KL_BINARY_OP_LT, i, zero));
    kl_obj_t mag = neg ? kl_unary_op(KL_UNARY_OP_NEGATIVE, i) : i;
    // With more than bits/3 + 2 digits cut, 2 * mag < 10**-ndigits: the result is 0 (and a huge
    // ndigits costs no huge power of ten).
    kl_obj_t dest[2];
    kl_load_method(mag, KL_QSTR_bit_length, dest);
    kl_int_t bits = kl_obj_get_int(kl_call_method_n_kw(0, 0, dest));
    if (-ndigits > bits / 3 + 2) {
        return zero;
    }
    kl_obj_t p = kl_binary_op(KL_BINARY_OP_POW, KL_OBJ_NEW_SMALL_INT(10), kl_obj_new_int(-ndigits));
    kl_obj_t q = kl_binary_op(KL_BINARY_OP_FLOORDIV, mag, p);
    kl_obj_t r = kl_binary_op(KL_BINARY_OP_MOD, mag, p);
    kl_obj_t twice = kl_binary_op(KL_BINARY_OP_ADD, r, r);
    int cmp = kl_obj_int_cmp(twice, p);
    bool q_odd = kl_obj_is_true(kl_binary_op(KL_BINARY_OP_AND, q, KL_OBJ_NEW_SMALL_INT(1)));
    if (cmp > 0 || (cmp == 0 && (frac || q_odd))) {
        q = kl_binary_op(KL_BINARY_OP_ADD, q, KL_OBJ_NEW_SMALL_INT(1));
    }
    kl_obj_t result = kl_binary_op(KL_BINARY_OP_MUL, q, p);
    return neg ? kl_unary_op(KL_UNARY_OP_NEGATIVE, result) : result;
}
#endif
#endif // KL_CFG_BUILTINS_ARGS_FULL || KL_CFG_FLOAT

#if KL_CFG_FLOAT

// The decimal digits a double can have after the point (CPython's NDIGITS_MAX), and the most
// negative ndigits that can leave anything but zero (NDIGITS_MIN).
#define ROUND_NDIGITS_MAX (323)
#define ROUND_NDIGITS_MIN (-308)

// round(x) for a float: the nearest int, ties to even.
static kl_obj_t round_float_to_int(kl_float_t x) {
    kl_obj_t i = kl_obj_new_int_from_float(x); // truncates; raises for inf and nan
    kl_float_t frac = x - kl_obj_int_to_float(i);
    kl_obj_t step = KL_OBJ_NEW_SMALL_INT(x < 0 ? -1 : 1);
    if (frac < 0) {
        frac = -frac;
    }
    bool odd = kl_obj_is_true(kl_binary_op(KL_BINARY_OP_AND, i, KL_OBJ_NEW_SMALL_INT(1)));
    if (frac > 0.5 || (frac == 0.5 && odd)) {
        i = kl_binary_op(KL_BINARY_OP_ADD, i, step);
    }
    return i;
}

// round(x, ndigits) for a float: the double nearest to the exact decimal rounding of x's
// exact binary value, ties to even, as CPython computes it.
static kl_obj_t round_float(kl_float_t x, kl_int_t ndigits) {
    if (x != x || x - x != 0.0 || ndigits > ROUND_NDIGITS_MAX || x == 0.0) {
        return kl_obj_new_float(x); // nan, inf, zero, or nothing to round
    }
    if (ndigits < ROUND_NDIGITS_MIN) {
        return kl_obj_new_float(copysign(0.0, x));
    }
    if (ndigits >= 0) {
        // Fixed-point formatting rounds the exact value half-to-even; parsing it back gives
        // the nearest double.
        char buf[KL_NUMFMT_FLOAT_BUFSIZE(ROUND_NDIGITS_MAX)];
        size_t len = kl_numfmt_float_format(buf, sizeof(buf), x, 'f', (int)ndigits, 0);
        double r;
        kl_numfmt_parse_float(buf, len, &r);
        return kl_obj_new_float(r);
    }
    // A negative ndigits rounds the integer part; what was cut off can only break a tie.
    kl_obj_t i = kl_obj_new_int_from_float(x);
    bool frac = x != kl_obj_int_to_float(i);
    kl_obj_t r = round_int(i, ndigits, frac);
    kl_float_t f;
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        f = kl_obj_int_to_float(r);
        kl_nlr_pop();
    } else {
        // Rounding up past the largest double (round(1.7e308, -308)).
        kl_raise_OverflowError(KL_ERROR_TEXT("rounded value too large to represent"));
    }
    return kl_obj_new_float(f == 0.0 ? copysign(0.0, x) : f);
}

#endif // KL_CFG_FLOAT

// The ndigits of round() as a machine int: an index, clamped when it is too big to matter (a
// number has no digits that far from the point, as CPython's clamping to ssize_t gives).
#if KL_CFG_BUILTINS_ARGS_FULL || KL_CFG_FLOAT
static kl_int_t round_ndigits(kl_obj_t nd) {
    kl_obj_t i = kl_obj_index(nd);
    kl_int_t n;
    if (!KL_CFG_BIGINT || kl_obj_get_int_maybe(i, &n)) {
        return KL_CFG_BIGINT ? n : KL_OBJ_SMALL_INT_VALUE(i); // every int is small without big ints
    }
    return kl_obj_int_cmp(i, KL_OBJ_NEW_SMALL_INT(0)) < 0 ? KL_SMALL_INT_MIN : KL_SMALL_INT_MAX;
}
#endif

#if KL_CFG_BUILTINS_ARGS_FULL
static kl_obj_t builtin_round(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const uint16_t names[2] = {KL_QSTR_number, KL_QSTR_ndigits};
    kl_obj_t a[2];
    kl_arg_bind("round", n_args, n_kw, args, 1, 2, 2, names, a);
    kl_obj_t x = a[0];
    kl_obj_t nd = a[1] != KL_OBJ_NULL ? a[1] : kl_const_none;
#else
// By position only, as MicroPython's round().
static kl_obj_t builtin_round(size_t n_args, const kl_obj_t *args) {
    kl_obj_t x = args[0];
    kl_obj_t nd = n_args > 1 ? args[1] : kl_const_none;
#endif
    const kl_obj_type_t *type = kl_obj_get_type(x);
    if (type->flags & KL_TYPE_FLAG_HEAP) {
        // A class's __round__ only with KL_CFG_SPECIAL_METHODS_FULL (without it no class has one;
        // #if keeps the name out of the image).
#if KL_CFG_SPECIAL_METHODS_FULL
        kl_obj_t m = kl_type_lookup(type, KL_QSTR___round__);
        if (m != KL_OBJ_NULL) {
            kl_obj_t call[3] = {KL_OBJ_NULL, KL_OBJ_NULL, nd};
            kl_type_bind_attr(m, x, type, call);
            return kl_call_method_n_kw(nd == kl_const_none ? 0 : 1, 0, call);
        }
#endif
        x = kl_obj_native(x, kl_type_native_base(type));
    }
    if (kl_obj_is_int(x)) {
        if (x == kl_const_true || x == kl_const_false) {
            x = KL_OBJ_NEW_SMALL_INT(x == kl_const_true);
        }
        if (nd == kl_const_none) {
            return x;
        }
#if KL_CFG_BUILTINS_ARGS_FULL
        kl_int_t n = round_ndigits(nd);
        return n >= 0 ? x : round_int(x, n, false);
#else
        kl_raise_NotImplementedError(KL_ERROR_TEXT("round() of an int with ndigits"));
#endif
    }
#if KL_CFG_FLOAT
    if (kl_obj_is_type(x, KL_TYPE_FLOAT)) {
        kl_float_t f = ((kl_obj_float_t *)x)->value;
        if (nd == kl_const_none) {
            return round_float_to_int(f);
        }
        return round_float(f, round_ndigits(nd));
    }
#endif
    kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("type %q doesn't define __round__ method"),
                     type->name);
}
#if KL_CFG_BUILTINS_ARGS_FULL
static KL_DEFINE_FUN_KW(builtin_round_obj, round, 0, builtin_round);
#else
static KL_DEFINE_FUN_VAR(builtin_round_obj, round, 1, 2, builtin_round);
#endif

// ==== print ====

// Write [s] (a str) to [file], or to the console when [file] is NULL.
static void print_write(kl_obj_t file, kl_obj_t s) {
    if (file == KL_OBJ_NULL) {
        size_t len;
        const char *data = kl_mod_sys_console_text(s, 1, &len);
        kl_print_strn(&kl_print_stdout, data, len);
        return;
    }
    kl_obj_t call[3] = {KL_OBJ_NULL, KL_OBJ_NULL, s};
    kl_load_method(file, KL_QSTR_write, call);
    kl_call_method_n_kw(1, 0, call);
}

// A sep or end argument: a str, or None (or NULL, not given) for the default [dflt].
static kl_obj_t print_sep(kl_obj_t v, kl_obj_t dflt, const char *what) {
    if (v == KL_OBJ_NULL || v == kl_const_none) {
        return dflt;
    }
    if (!kl_obj_is_str(v)) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("%s must be None or a string, not %T"),
                         what, v);
    }
    return v;
}

static kl_obj_t builtin_print(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    static const uint16_t names[4] = {KL_QSTR_sep, KL_QSTR_end, KL_QSTR_file, KL_QSTR_flush};
    kl_obj_t kw[4] = {KL_OBJ_NULL, KL_OBJ_NULL, KL_OBJ_NULL, KL_OBJ_NULL};
#if KL_CFG_ERROR_TEXT
    parse_kw(n_args, n_kw, args, 4, names, kw, "print", 0, 0);
#else
    // Without error text kl_arg_bind raises the same bare TypeErrors (sort too, below).
    kl_arg_bind("print", 0, n_kw, args + n_args, 0, 0, 4, names, kw);
#endif
    kl_obj_t sep = print_sep(kw[0], kl_obj_str_from_char(' '), "sep");
    kl_obj_t end = print_sep(kw[1], kl_obj_str_from_char('\n'), "end");
    kl_obj_t file = kw[2];
    if (file == KL_OBJ_NULL || file == kl_const_none) {
        file = kl_mod_sys_stdout();
        if (file == kl_const_none) {
            return kl_const_none; // sys.stdout = None silences print(), as in CPython
        }
    }
    for (size_t i = 0; i < n_args; i++) {
        if (i > 0) {
            print_write(file, sep);
        }
        // The whole text first: an error in a __str__ leaves no half-printed value behind.
        print_write(file, kl_obj_str_of(args[i], KL_PRINT_STR));
    }
    print_write(file, end);
    if (file != KL_OBJ_NULL && kw[3] != KL_OBJ_NULL && kl_obj_is_true(kw[3])) {
        kl_obj_t call[2];
        kl_load_method_maybe(file, KL_QSTR_flush, call);
        if (call[0] != KL_OBJ_NULL) {
            kl_call_method_n_kw(0, 0, call);
        }
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_KW(builtin_print_obj, print, 0, builtin_print);

// ==== enumerate ====

#if KL_CFG_BUILTINS_ITER
typedef struct _enumerate_t {
    kl_obj_base_t base;
    kl_obj_t iter;
    kl_obj_t count; // an int, small until it grows past the small-int range
} enumerate_t;

static kl_obj_t enumerate_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                   const kl_obj_t *args) {
    if (n_args + n_kw > 2) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("enumerate() takes at most 2 arguments (%z given)"),
                         n_args + n_kw);
    }
    static const uint16_t names[2] = {KL_QSTR_iterable, KL_QSTR_start};
    kl_obj_t a[2] = {n_args > 0 ? args[0] : KL_OBJ_NULL,
                     n_args > 1 ? args[1] : KL_OBJ_NEW_SMALL_INT(0)};
    parse_kw(n_args, n_kw, args, 2, names, a, "enumerate", 2, n_args);
    if (a[0] == KL_OBJ_NULL) {
        kl_raise_TypeError(KL_ERROR_TEXT("enumerate() missing required argument 'iterable'"));
    }
    kl_obj_t start = kl_obj_index(a[1]);
    kl_obj_t iter = kl_getiter(a[0], NULL);
    enumerate_t *e = kl_gc_alloc(sizeof(enumerate_t), 0);
    e->base.type = type;
    e->iter = iter;
    e->count = start;
    return KL_OBJ_FROM_PTR(e);
}

static kl_obj_t enumerate_next(kl_obj_t self) {
    enumerate_t *e = KL_OBJ_TO_PTR(self);
    kl_obj_t v = kl_iternext(e->iter);
    if (v == KL_OBJ_STOP_ITERATION) {
        return KL_OBJ_STOP_ITERATION;
    }
    kl_obj_tuple_t *t = kl_obj_tuple_alloc(2);
    t->items[0] = e->count;
    t->items[1] = v;
    if (KL_OBJ_IS_SMALL_INT(e->count) && KL_OBJ_SMALL_INT_VALUE(e->count) < KL_SMALL_INT_MAX) {
        e->count = KL_OBJ_NEW_SMALL_INT(KL_OBJ_SMALL_INT_VALUE(e->count) + 1);
    } else {
        e->count = kl_binary_op(KL_BINARY_OP_ADD, e->count, KL_OBJ_NEW_SMALL_INT(1));
    }
    return KL_OBJ_FROM_PTR(t);
}

static const kl_obj_iter_type_t enumerate_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_BASETYPE |
                     KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_enumerate,
            .make_new = enumerate_make_new,
            .parent = &kl_type_object,
        },
    .getiter = kl_iter_self,
    .iternext = enumerate_next,
};
#define enumerate_type (enumerate_type_head.type)
#endif // KL_CFG_BUILTINS_ITER

// ==== zip and map ====

// One struct for both: [iters] are the iterators of the arguments, [fun] is map's function or
// zip's strict flag (kl_const_true or kl_const_false).
typedef struct _zip_t {
    kl_obj_base_t base;
    kl_obj_t fun;
    size_t n;
    kl_obj_t iters[];
} zip_t;

static kl_obj_t zip_map_new(const kl_obj_type_t *type, kl_obj_t fun, size_t n,
                            const kl_obj_t *args) {
    zip_t *z = kl_gc_alloc(sizeof(zip_t) + n * sizeof(kl_obj_t), 0);
    z->base.type = type;
    z->fun = fun;
    z->n = 0;
    for (size_t i = 0; i < n; i++) {
        z->iters[i] = kl_getiter(args[i], NULL);
        z->n = i + 1;
    }
    return KL_OBJ_FROM_PTR(z);
}

// zip(*iterables, strict=False); without KL_CFG_BUILTINS_ARGS_FULL no strict, and no keywords.
static kl_obj_t zip_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                             const kl_obj_t *args) {
#if KL_CFG_BUILTINS_ARGS_FULL
    static const uint16_t names[1] = {KL_QSTR_strict};
    kl_obj_t strict = kl_const_false;
    parse_kw(n_args, n_kw, args, 1, names, &strict, "zip", 1, 0);
    return zip_map_new(type, KL_OBJ_FROM_BOOL(kl_obj_is_true(strict)), n_args, args);
#else
    if (n_kw != 0) {
        kl_raise_TypeError(KL_ERROR_TEXT("zip() takes no keyword arguments"));
    }
    return zip_map_new(type, kl_const_false, n_args, args);
#endif
}

#if KL_CFG_BUILTINS_ARGS_FULL
// zip(strict=True) found iterator [i] (0-based) out of step with the ones before it.
static KL_NORETURN void zip_mismatch(size_t i, bool shorter) {
    kl_raise_msg_fmt(&kl_type_ValueError,
                     i == 1 ? KL_ERROR_TEXT("zip() argument %z is %s than argument 1")
                            : KL_ERROR_TEXT("zip() argument %z is %s than arguments 1-%z"),
                     i + 1, shorter ? "shorter" : "longer", i);
}
#endif

static kl_obj_t zip_next(kl_obj_t self) {
    zip_t *z = KL_OBJ_TO_PTR(self);
    if (z->n == 0) {
        return KL_OBJ_STOP_ITERATION;
    }
    kl_obj_tuple_t *t = kl_obj_tuple_alloc(z->n);
    for (size_t i = 0; i < z->n; i++) {
        kl_obj_t v = kl_iternext(z->iters[i]);
        if (v != KL_OBJ_STOP_ITERATION) {
            t->items[i] = v;
            continue;
        }
#if KL_CFG_BUILTINS_ARGS_FULL
        if (z->fun == kl_const_true) {
            if (i > 0) {
                zip_mismatch(i, true);
            }
            for (size_t j = 1; j < z->n; j++) {
                if (kl_iternext(z->iters[j]) != KL_OBJ_STOP_ITERATION) {
                    zip_mismatch(j, false);
                }
            }
        }
#endif
        return KL_OBJ_STOP_ITERATION;
    }
    return KL_OBJ_FROM_PTR(t);
}

static const kl_obj_iter_type_t zip_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_BASETYPE |
                     KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_zip,
            .make_new = zip_make_new,
            .parent = &kl_type_object,
        },
    .getiter = kl_iter_self,
    .iternext = zip_next,
};
#define zip_type (zip_type_head.type)

static kl_obj_t map_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                             const kl_obj_t *args) {
    if (n_kw != 0) {
        kl_raise_TypeError(KL_ERROR_TEXT("map() takes no keyword arguments"));
    }
    if (n_args < 2) {
        kl_raise_TypeError(KL_ERROR_TEXT("map() must have at least two arguments."));
    }
    return zip_map_new(type, args[0], n_args - 1, args + 1);
}

static kl_obj_t map_next(kl_obj_t self) {
    zip_t *m = KL_OBJ_TO_PTR(self);
#if !KL_CFG_VM_FAST_PATHS && !KL_CFG_BUILTINS_ARGS_FULL
    // Where speed is not asked for, the arguments come as zip's tuple of them (zip_next tests
    // no strict flag here, which [fun] would be taken for).
    kl_obj_t t = zip_next(self);
    if (t == KL_OBJ_STOP_ITERATION) {
        return KL_OBJ_STOP_ITERATION;
    }
    return call_for_next(m->fun, m->n, ((kl_obj_tuple_t *)t)->items);
#else
    // Up to four arguments in place; more in a heap array.
    kl_obj_t small[4];
    kl_obj_t *call_args = m->n <= 4 ? small : kl_gc_alloc(m->n * sizeof(kl_obj_t), 0);
    for (size_t i = 0; i < m->n; i++) {
        call_args[i] = kl_iternext(m->iters[i]);
        if (call_args[i] == KL_OBJ_STOP_ITERATION) {
            return KL_OBJ_STOP_ITERATION;
        }
    }
    return call_for_next(m->fun, m->n, call_args);
#endif
}

static const kl_obj_iter_type_t map_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_BASETYPE |
                     KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_map,
            .make_new = map_make_new,
            .parent = &kl_type_object,
        },
    .getiter = kl_iter_self,
    .iternext = map_next,
};
#define map_type (map_type_head.type)

// ==== filter ====

#if KL_CFG_BUILTINS_ITER
typedef struct _filter_t {
    kl_obj_base_t base;
    kl_obj_t fun; // None: keep the true items
    kl_obj_t iter;
} filter_t;

static kl_obj_t filter_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                const kl_obj_t *args) {
    if (n_kw != 0) {
        kl_raise_TypeError(KL_ERROR_TEXT("filter() takes no keyword arguments"));
    }
    if (n_args != 2) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("filter expected 2 arguments, got %z"),
                         n_args);
    }
    kl_obj_t iter = kl_getiter(args[1], NULL);
    filter_t *f = kl_gc_alloc(sizeof(filter_t), 0);
    f->base.type = type;
    f->fun = args[0];
    f->iter = iter;
    return KL_OBJ_FROM_PTR(f);
}

static kl_obj_t filter_next(kl_obj_t self) {
    filter_t *f = KL_OBJ_TO_PTR(self);
    kl_obj_t v;
    while ((v = kl_iternext(f->iter)) != KL_OBJ_STOP_ITERATION) {
        kl_obj_t test = f->fun == kl_const_none ? v : call_for_next(f->fun, 1, &v);
        if (test == KL_OBJ_STOP_ITERATION) {
            return KL_OBJ_STOP_ITERATION;
        }
        if (kl_obj_is_true(test)) {
            return v;
        }
    }
    return KL_OBJ_STOP_ITERATION;
}

static const kl_obj_iter_type_t filter_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_BASETYPE |
                     KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_filter,
            .make_new = filter_make_new,
            .parent = &kl_type_object,
        },
    .getiter = kl_iter_self,
    .iternext = filter_next,
};
#define filter_type (filter_type_head.type)

// ==== reversed ====

// The sequence protocol backwards: seq[len - 1], ..., seq[0]. [index] is the number of items
// still to come; [seq] is NULL once exhausted.
typedef struct _reversed_t {
    kl_obj_base_t base;
    kl_obj_t seq;
    size_t index;
} reversed_t;

// Has [o] a __getitem__ that takes integers (a sequence, not a mapping)?
static bool is_sequence(kl_obj_t o) {
    const kl_obj_type_t *type = kl_obj_get_type(o);
    if (type->flags & KL_TYPE_FLAG_HEAP) {
        return kl_type_lookup(type, KL_QSTR___getitem__) != KL_OBJ_NULL && !kl_obj_is_dict(o);
    }
    return kl_type_subscr(type) != NULL && !kl_obj_is_dict(o) && type != &kl_type_type;
}

static kl_obj_t reversed_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                  const kl_obj_t *args) {
    if (n_kw != 0) {
        kl_raise_TypeError(KL_ERROR_TEXT("reversed() takes no keyword arguments"));
    }
    if (n_args != 1) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("reversed expected 1 argument, got %z"),
                         n_args);
    }
    kl_obj_t seq = args[0];
    const kl_obj_type_t *seq_type = kl_obj_get_type(seq);
    // A class is reversible through its metaclass's __reversed__ only (enum classes).
    kl_obj_t m = is_class(seq) && !kl_type_heap_defines(seq_type, KL_QSTR___reversed__)
                     ? KL_OBJ_NULL
                     : kl_type_lookup(seq_type, KL_QSTR___reversed__);
    if (m != KL_OBJ_NULL && m != kl_const_none) {
        kl_obj_t call[2] = {KL_OBJ_NULL, KL_OBJ_NULL};
        kl_type_bind_attr(m, seq, seq_type, call);
        return kl_call_method_n_kw(0, 0, call);
    }
    if (m == kl_const_none || !is_sequence(seq)) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("'%T' object is not reversible"), seq);
    }
    size_t len = kl_obj_get_len(seq);
    reversed_t *r = kl_gc_alloc(sizeof(reversed_t), 0);
    r->base.type = type;
    r->seq = seq;
    r->index = len;
    return KL_OBJ_FROM_PTR(r);
}

static kl_obj_t reversed_next(kl_obj_t self) {
    reversed_t *r = KL_OBJ_TO_PTR(self);
    if (r->seq == KL_OBJ_NULL || r->index == 0) {
        r->seq = KL_OBJ_NULL;
        return KL_OBJ_STOP_ITERATION;
    }
    r->index--;
    if (kl_obj_is_type(r->seq, &kl_type_tuple)) {
        size_t n;
        kl_obj_t *items = kl_obj_tuple_get_items(r->seq, &n);
        return items[r->index];
    }
    kl_obj_t index = kl_obj_new_int((kl_int_t)r->index);
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_t v = kl_obj_subscr(r->seq, index, KL_OBJ_SENTINEL);
        kl_nlr_pop();
        return v;
    }
    // A sequence that shrank meanwhile ends the iteration, as in CPython.
    if (is_exc_match(nlr.ret_val, &kl_type_IndexError) ||
        is_exc_match(nlr.ret_val, &kl_type_StopIteration)) {
        r->seq = KL_OBJ_NULL;
        return KL_OBJ_STOP_ITERATION;
    }
    kl_nlr_jump(nlr.ret_val);
}

static const kl_obj_iter_type_t reversed_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_BASETYPE |
                     KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_reversed,
            .make_new = reversed_make_new,
            .parent = &kl_type_object,
        },
    .getiter = kl_iter_self,
    .iternext = reversed_next,
};
#define reversed_type (reversed_type_head.type)
#endif // KL_CFG_BUILTINS_ITER

// ==== The table of builtin names ====

// ==== exit and quit ====
// CPython's site module adds these for the interactive prompt, and scripts call them too:
// calling one raises SystemExit, printing one says how to leave the REPL. Without
// KL_CFG_QUITTER they are plain builtin functions of one optional argument.

#if KL_CFG_QUITTER

typedef struct _quitter_t {
    kl_obj_base_t base;
    const char *name;
} quitter_t;

static void quitter_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    kl_printf(print, "Use %s() or Ctrl-D (i.e. EOF) to exit", ((quitter_t *)o)->name);
}

static kl_obj_t quitter_call(kl_obj_t self, size_t n_args, size_t n_kw, const kl_obj_t *args) {
    (void)self;
#if !KL_CFG_ERROR_TEXT
    // Without error text every wrong call is the bare TypeError that kl_arg_bind raises too.
    static const uint16_t names[1] = {KL_QSTR_code};
    kl_obj_t code;
    kl_arg_bind("exit", n_args, n_kw, args, 0, 1, 1, names, &code);
    if (code == KL_OBJ_NULL) {
        code = kl_const_none;
    }
#else
    if (n_args > 1) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("Quitter.__call__() takes from 1 to 2 positional arguments "
                                       "but %z were given"),
                         n_args + 1);
    }
    kl_obj_t code = n_args == 1 ? args[0] : kl_const_none;
    for (size_t i = 0; i < n_kw; i++) {
        kl_obj_t name = args[n_args + 2 * i];
        if (kl_obj_str_get_qstr(name) != KL_QSTR_code) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("Quitter.__call__() got an unexpected keyword argument "
                                           "'%S'"),
                             name);
        }
        if (n_args == 1) {
            kl_raise_TypeError(KL_ERROR_TEXT("Quitter.__call__() got multiple values for "
                                             "argument 'code'"));
        }
        code = args[n_args + 2 * i + 1];
    }
#endif
    // SystemExit(code), with code None when not given.
    kl_raise(kl_obj_new_exception_arg1(&kl_type_SystemExit, code));
}

static const kl_obj_callable_type_t quitter_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_CALL,
            .name = KL_QSTR_Quitter,
            .print = quitter_print,
        },
    .call = quitter_call,
};
#define quitter_type (quitter_type_head.type)
static const quitter_t exit_obj = {{&quitter_type}, "exit"};
static const quitter_t quit_obj = {{&quitter_type}, "quit"};
#else
static kl_obj_t builtin_exit(size_t n_args, const kl_obj_t *args) {
    // SystemExit(code), with code None when not given.
    kl_raise(kl_obj_new_exception_arg1(&kl_type_SystemExit, n_args ? args[0] : kl_const_none));
}
static KL_DEFINE_FUN_VAR(exit_obj, exit, 0, 1, builtin_exit);
static KL_DEFINE_FUN_VAR(quit_obj, quit, 0, 1, builtin_exit);
#endif // KL_CFG_QUITTER

// Sorted by name in ASCII order (upper case, then '_', then lower case): it is binary-searched.
// __import__, compile, eval, exec, globals, input and locals are the interpreter's
// (vm/runtime.c); aiter and anext are vm/obj_gen.c's. Not implemented: breakpoint, help and the
// site names copyright, credits and license. Ellipsis and NotImplemented are found by
// kl_builtins_lookup.
static const kl_rom_map_elem_t builtins_table[] = {
    {KL_ROM_QSTR(ArithmeticError), KL_ROM_PTR(&kl_type_ArithmeticError)},
    {KL_ROM_QSTR(AssertionError), KL_ROM_PTR(&kl_type_AssertionError)},
    {KL_ROM_QSTR(AttributeError), KL_ROM_PTR(&kl_type_AttributeError)},
    {KL_ROM_QSTR(BaseException), KL_ROM_PTR(&kl_type_BaseException)},
#if KL_CFG_EXCEPTION_GROUPS
    {KL_ROM_QSTR(BaseExceptionGroup), KL_ROM_PTR(&kl_type_BaseExceptionGroup)},
#endif
#if KL_CFG_EXCEPTIONS_FULL
    {KL_ROM_QSTR(BlockingIOError), KL_ROM_PTR(&kl_type_BlockingIOError)},
    {KL_ROM_QSTR(BrokenPipeError), KL_ROM_PTR(&kl_type_BrokenPipeError)},
#endif
#if KL_HAS_BUFFER_ERROR
    {KL_ROM_QSTR(BufferError), KL_ROM_PTR(&kl_type_BufferError)},
#endif
#if KL_CFG_EXCEPTIONS_FULL
    {KL_ROM_QSTR(BytesWarning), KL_ROM_PTR(&kl_type_BytesWarning)},
    {KL_ROM_QSTR(ChildProcessError), KL_ROM_PTR(&kl_type_ChildProcessError)},
    {KL_ROM_QSTR(ConnectionAbortedError), KL_ROM_PTR(&kl_type_ConnectionAbortedError)},
    {KL_ROM_QSTR(ConnectionError), KL_ROM_PTR(&kl_type_ConnectionError)},
    {KL_ROM_QSTR(ConnectionRefusedError), KL_ROM_PTR(&kl_type_ConnectionRefusedError)},
    {KL_ROM_QSTR(ConnectionResetError), KL_ROM_PTR(&kl_type_ConnectionResetError)},
    {KL_ROM_QSTR(DeprecationWarning), KL_ROM_PTR(&kl_type_DeprecationWarning)},
#endif
    {KL_ROM_QSTR(EOFError), KL_ROM_PTR(&kl_type_EOFError)},
#if KL_CFG_EXCEPTIONS_FULL
    {KL_ROM_QSTR(EncodingWarning), KL_ROM_PTR(&kl_type_EncodingWarning)},
    {KL_ROM_QSTR(EnvironmentError), KL_ROM_PTR(&kl_type_OSError)},
#endif
    {KL_ROM_QSTR(Exception), KL_ROM_PTR(&kl_type_Exception)},
#if KL_CFG_EXCEPTION_GROUPS
    {KL_ROM_QSTR(ExceptionGroup), KL_ROM_PTR(&kl_type_ExceptionGroup)},
#endif
#if KL_CFG_EXCEPTIONS_FULL
    {KL_ROM_QSTR(FileExistsError), KL_ROM_PTR(&kl_type_FileExistsError)},
    {KL_ROM_QSTR(FileNotFoundError), KL_ROM_PTR(&kl_type_FileNotFoundError)},
    {KL_ROM_QSTR(FloatingPointError), KL_ROM_PTR(&kl_type_FloatingPointError)},
    {KL_ROM_QSTR(FutureWarning), KL_ROM_PTR(&kl_type_FutureWarning)},
#endif
    {KL_ROM_QSTR(GeneratorExit), KL_ROM_PTR(&kl_type_GeneratorExit)},
#if KL_CFG_EXCEPTIONS_FULL
    {KL_ROM_QSTR(IOError), KL_ROM_PTR(&kl_type_OSError)},
#endif
    {KL_ROM_QSTR(ImportError), KL_ROM_PTR(&kl_type_ImportError)},
#if KL_CFG_EXCEPTIONS_FULL
    {KL_ROM_QSTR(ImportWarning), KL_ROM_PTR(&kl_type_ImportWarning)},
#endif
    {KL_ROM_QSTR(IndentationError), KL_ROM_PTR(&kl_type_IndentationError)},
    {KL_ROM_QSTR(IndexError), KL_ROM_PTR(&kl_type_IndexError)},
#if KL_CFG_EXCEPTIONS_FULL
    {KL_ROM_QSTR(InterruptedError), KL_ROM_PTR(&kl_type_InterruptedError)},
    {KL_ROM_QSTR(IsADirectoryError), KL_ROM_PTR(&kl_type_IsADirectoryError)},
#endif
    {KL_ROM_QSTR(KeyError), KL_ROM_PTR(&kl_type_KeyError)},
    {KL_ROM_QSTR(KeyboardInterrupt), KL_ROM_PTR(&kl_type_KeyboardInterrupt)},
    {KL_ROM_QSTR(LookupError), KL_ROM_PTR(&kl_type_LookupError)},
    {KL_ROM_QSTR(MemoryError), KL_ROM_PTR(&kl_type_MemoryError)},
#if KL_CFG_EXCEPTIONS_FULL
    {KL_ROM_QSTR(ModuleNotFoundError), KL_ROM_PTR(&kl_type_ModuleNotFoundError)},
#endif
    {KL_ROM_QSTR(NameError), KL_ROM_PTR(&kl_type_NameError)},
#if KL_CFG_EXCEPTIONS_FULL
    {KL_ROM_QSTR(NotADirectoryError), KL_ROM_PTR(&kl_type_NotADirectoryError)},
#endif
    {KL_ROM_QSTR(NotImplementedError), KL_ROM_PTR(&kl_type_NotImplementedError)},
    {KL_ROM_QSTR(OSError), KL_ROM_PTR(&kl_type_OSError)},
    {KL_ROM_QSTR(OverflowError), KL_ROM_PTR(&kl_type_OverflowError)},
#if KL_CFG_EXCEPTIONS_FULL
    {KL_ROM_QSTR(PendingDeprecationWarning), KL_ROM_PTR(&kl_type_PendingDeprecationWarning)},
    {KL_ROM_QSTR(PermissionError), KL_ROM_PTR(&kl_type_PermissionError)},
    {KL_ROM_QSTR(ProcessLookupError), KL_ROM_PTR(&kl_type_ProcessLookupError)},
#endif
#if KL_CFG_EXCEPTIONS_FULL
    {KL_ROM_QSTR(RecursionError), KL_ROM_PTR(&kl_type_RecursionError)},
#endif
#if KL_CFG_EXCEPTIONS_FULL
    {KL_ROM_QSTR(ReferenceError), KL_ROM_PTR(&kl_type_ReferenceError)},
    {KL_ROM_QSTR(ResourceWarning), KL_ROM_PTR(&kl_type_ResourceWarning)},
#endif
    {KL_ROM_QSTR(RuntimeError), KL_ROM_PTR(&kl_type_RuntimeError)},
#if KL_CFG_EXCEPTIONS_FULL
    {KL_ROM_QSTR(RuntimeWarning), KL_ROM_PTR(&kl_type_RuntimeWarning)},
#endif
#if KL_CFG_ASYNC
    {KL_ROM_QSTR(StopAsyncIteration), KL_ROM_PTR(&kl_type_StopAsyncIteration)},
#endif
    {KL_ROM_QSTR(StopIteration), KL_ROM_PTR(&kl_type_StopIteration)},
    {KL_ROM_QSTR(SyntaxError), KL_ROM_PTR(&kl_type_SyntaxError)},
#if KL_CFG_EXCEPTIONS_FULL
    {KL_ROM_QSTR(SyntaxWarning), KL_ROM_PTR(&kl_type_SyntaxWarning)},
#endif
#if KL_CFG_EXCEPTIONS_FULL
    {KL_ROM_QSTR(SystemError), KL_ROM_PTR(&kl_type_SystemError)},
#endif
    {KL_ROM_QSTR(SystemExit), KL_ROM_PTR(&kl_type_SystemExit)},
#if KL_CFG_EXCEPTIONS_FULL
    {KL_ROM_QSTR(TabError), KL_ROM_PTR(&kl_type_TabError)},
#endif
#if KL_CFG_EXCEPTIONS_FULL
    {KL_ROM_QSTR(TimeoutError), KL_ROM_PTR(&kl_type_TimeoutError)},
#endif
    {KL_ROM_QSTR(TypeError), KL_ROM_PTR(&kl_type_TypeError)},
#if KL_CFG_EXCEPTIONS_FULL
    {KL_ROM_QSTR(UnboundLocalError), KL_ROM_PTR(&kl_type_UnboundLocalError)},
#endif
#if KL_CFG_EXCEPTIONS_FULL
    {KL_ROM_QSTR(UnicodeDecodeError), KL_ROM_PTR(&kl_type_UnicodeDecodeError)},
    {KL_ROM_QSTR(UnicodeEncodeError), KL_ROM_PTR(&kl_type_UnicodeEncodeError)},
    {KL_ROM_QSTR(UnicodeError), KL_ROM_PTR(&kl_type_UnicodeError)},
    {KL_ROM_QSTR(UnicodeTranslateError), KL_ROM_PTR(&kl_type_UnicodeTranslateError)},
    {KL_ROM_QSTR(UnicodeWarning), KL_ROM_PTR(&kl_type_UnicodeWarning)},
    {KL_ROM_QSTR(UserWarning), KL_ROM_PTR(&kl_type_UserWarning)},
#endif
    {KL_ROM_QSTR(ValueError), KL_ROM_PTR(&kl_type_ValueError)},
#if KL_CFG_EXCEPTIONS_FULL
    {KL_ROM_QSTR(Warning), KL_ROM_PTR(&kl_type_Warning)},
#endif
    {KL_ROM_QSTR(ZeroDivisionError), KL_ROM_PTR(&kl_type_ZeroDivisionError)},
    {KL_ROM_QSTR(__build_class__), KL_ROM_PTR(&kl_builtin___build_class___obj)},
    {KL_ROM_QSTR(__debug__), kl_const_true},
    {KL_ROM_QSTR(__import__), KL_ROM_PTR(&kl_builtin___import___obj)},
    {KL_ROM_QSTR(__name__), KL_OBJ_NEW_QSTR(KL_QSTR_builtins)},
    {KL_ROM_QSTR(abs), KL_ROM_PTR(&builtin_abs_obj)},
#if KL_CFG_ASYNC
    {KL_ROM_QSTR(aiter), KL_ROM_PTR(&kl_builtin_aiter_obj)},
#endif
    {KL_ROM_QSTR(all), KL_ROM_PTR(&builtin_all_obj)},
#if KL_CFG_ASYNC
    {KL_ROM_QSTR(anext), KL_ROM_PTR(&kl_builtin_anext_obj)},
#endif
    {KL_ROM_QSTR(any), KL_ROM_PTR(&builtin_any_obj)},
#if KL_CFG_BUILTINS_FULL
    {KL_ROM_QSTR(ascii), KL_ROM_PTR(&builtin_ascii_obj)},
#endif
    {KL_ROM_QSTR(bin), KL_ROM_PTR(&builtin_bin_obj)},
    {KL_ROM_QSTR(bool), KL_ROM_PTR(&kl_type_bool)},
#if KL_CFG_BYTEARRAY
    {KL_ROM_QSTR(bytearray), KL_ROM_PTR(&kl_type_bytearray)},
#endif
    {KL_ROM_QSTR(bytes), KL_ROM_PTR(&kl_type_bytes)},
    {KL_ROM_QSTR(callable), KL_ROM_PTR(&builtin_callable_obj)},
    {KL_ROM_QSTR(chr), KL_ROM_PTR(&builtin_chr_obj)},
    {KL_ROM_QSTR(classmethod), KL_ROM_PTR(&kl_type_classmethod)},
#if KL_CFG_BUILTINS_FULL
    {KL_ROM_QSTR(compile), KL_ROM_PTR(&kl_builtin_compile_obj)},
#endif
#if KL_CFG_FLOAT
    {KL_ROM_QSTR(complex), KL_ROM_PTR(&kl_type_complex)},
#endif
    {KL_ROM_QSTR(delattr), KL_ROM_PTR(&builtin_delattr_obj)},
    {KL_ROM_QSTR(dict), KL_ROM_PTR(&kl_type_dict)},
    {KL_ROM_QSTR(dir), KL_ROM_PTR(&builtin_dir_obj)},
    {KL_ROM_QSTR(divmod), KL_ROM_PTR(&builtin_divmod_obj)},
#if KL_CFG_BUILTINS_ITER
    {KL_ROM_QSTR(enumerate), KL_ROM_PTR(&enumerate_type)},
#endif
    {KL_ROM_QSTR(eval), KL_ROM_PTR(&kl_builtin_eval_obj)},
    {KL_ROM_QSTR(exec), KL_ROM_PTR(&kl_builtin_exec_obj)},
    {KL_ROM_QSTR(exit), KL_ROM_PTR(&exit_obj)},
#if KL_CFG_BUILTINS_ITER
    {KL_ROM_QSTR(filter), KL_ROM_PTR(&filter_type)},
#endif
#if KL_CFG_FLOAT
    {KL_ROM_QSTR(float), KL_ROM_PTR(&kl_type_float)},
#endif
#if KL_CFG_BUILTIN_FORMAT
    {KL_ROM_QSTR(format), KL_ROM_PTR(&builtin_format_obj)},
#endif
#if KL_CFG_SET
    {KL_ROM_QSTR(frozenset), KL_ROM_PTR(&kl_type_frozenset)},
#endif
    {KL_ROM_QSTR(getattr), KL_ROM_PTR(&builtin_getattr_obj)},
    {KL_ROM_QSTR(globals), KL_ROM_PTR(&kl_builtin_globals_obj)},
    {KL_ROM_QSTR(hasattr), KL_ROM_PTR(&builtin_hasattr_obj)},
    {KL_ROM_QSTR(hash), KL_ROM_PTR(&builtin_hash_obj)},
    {KL_ROM_QSTR(hex), KL_ROM_PTR(&builtin_hex_obj)},
    {KL_ROM_QSTR(id), KL_ROM_PTR(&builtin_id_obj)},
    {KL_ROM_QSTR(input), KL_ROM_PTR(&kl_builtin_input_obj)},
    {KL_ROM_QSTR(int), KL_ROM_PTR(&kl_type_int)},
    {KL_ROM_QSTR(isinstance), KL_ROM_PTR(&builtin_isinstance_obj)},
    {KL_ROM_QSTR(issubclass), KL_ROM_PTR(&builtin_issubclass_obj)},
    {KL_ROM_QSTR(iter), KL_ROM_PTR(&builtin_iter_obj)},
    {KL_ROM_QSTR(len), KL_ROM_PTR(&builtin_len_obj)},
    {KL_ROM_QSTR(list), KL_ROM_PTR(&kl_type_list)},
    {KL_ROM_QSTR(locals), KL_ROM_PTR(&kl_builtin_locals_obj)},
    {KL_ROM_QSTR(map), KL_ROM_PTR(&map_type)},
#if KL_CFG_BUILTINS_ITER
    {KL_ROM_QSTR(max), KL_ROM_PTR(&builtin_max_obj)},
#endif
#if KL_CFG_MEMORYVIEW
    {KL_ROM_QSTR(memoryview), KL_ROM_PTR(&kl_type_memoryview)},
#endif
#if KL_CFG_BUILTINS_ITER
    {KL_ROM_QSTR(min), KL_ROM_PTR(&builtin_min_obj)},
#endif
    {KL_ROM_QSTR(next), KL_ROM_PTR(&builtin_next_obj)},
    {KL_ROM_QSTR(object), KL_ROM_PTR(&kl_type_object)},
    {KL_ROM_QSTR(oct), KL_ROM_PTR(&builtin_oct_obj)},
#if KL_CFG_OPEN
    {KL_ROM_QSTR(open), KL_ROM_PTR(&kl_builtin_open_obj)},
#endif
    {KL_ROM_QSTR(ord), KL_ROM_PTR(&builtin_ord_obj)},
    {KL_ROM_QSTR(pow), KL_ROM_PTR(&builtin_pow_obj)},
    {KL_ROM_QSTR(print), KL_ROM_PTR(&builtin_print_obj)},
#if KL_CFG_PROPERTY
    {KL_ROM_QSTR(property), KL_ROM_PTR(&kl_type_property)},
#endif
    {KL_ROM_QSTR(quit), KL_ROM_PTR(&quit_obj)},
    {KL_ROM_QSTR(range), KL_ROM_PTR(&kl_type_range)},
    {KL_ROM_QSTR(repr), KL_ROM_PTR(&builtin_repr_obj)},
#if KL_CFG_BUILTINS_ITER
    {KL_ROM_QSTR(reversed), KL_ROM_PTR(&reversed_type)},
#endif
    {KL_ROM_QSTR(round), KL_ROM_PTR(&builtin_round_obj)},
#if KL_CFG_SET
    {KL_ROM_QSTR(set), KL_ROM_PTR(&kl_type_set)},
#endif
    {KL_ROM_QSTR(setattr), KL_ROM_PTR(&builtin_setattr_obj)},
#if KL_CFG_SLICE
    {KL_ROM_QSTR(slice), KL_ROM_PTR(&kl_type_slice)},
#endif
    {KL_ROM_QSTR(sorted), KL_ROM_PTR(&builtin_sorted_obj)},
    {KL_ROM_QSTR(staticmethod), KL_ROM_PTR(&kl_type_staticmethod)},
    {KL_ROM_QSTR(str), KL_ROM_PTR(&kl_type_str)},
    {KL_ROM_QSTR(sum), KL_ROM_PTR(&builtin_sum_obj)},
    {KL_ROM_QSTR(super), KL_ROM_PTR(&kl_type_super)},
    {KL_ROM_QSTR(tuple), KL_ROM_PTR(&kl_type_tuple)},
    {KL_ROM_QSTR(type), KL_ROM_PTR(&kl_type_type)},
#if KL_CFG_BUILTINS_FULL
    {KL_ROM_QSTR(vars), KL_ROM_PTR(&builtin_vars_obj)},
#endif
    {KL_ROM_QSTR(zip), KL_ROM_PTR(&zip_type)},
};
static KL_DEFINE_CONST_DICT(builtins_dict, builtins_table);

const kl_obj_module_t kl_module_builtins = {{&kl_type_module}, &builtins_dict};

void kl_builtins_module_attr(kl_qstr_t attr, kl_obj_t *dest) {
    if (dest[0] == KL_OBJ_NULL) {
        dest[0] = kl_builtins_lookup(attr);
        return;
    }
#if KL_CFG_BUILTINS_OVERRIDE
    kl_obj_t key = KL_OBJ_NEW_QSTR(attr);
    if (dest[1] != KL_OBJ_NULL) {
        if (kl_state.roots.builtins_dict == KL_OBJ_NULL) {
            kl_state.roots.builtins_dict = kl_obj_new_dict(0);
        }
        kl_obj_dict_store(kl_state.roots.builtins_dict, key, dest[1]);
        dest[0] = KL_OBJ_NULL;
        return;
    }
    // Only an override can be deleted: the table is const. Deleting an override uncovers the
    // builtin again, where CPython would have no such name left (for docs/differences.md).
    kl_obj_t overrides = kl_state.roots.builtins_dict;
    if (overrides != KL_OBJ_NULL &&
        kl_map_lookup(kl_obj_dict_get_map(overrides), key, KL_MAP_LOOKUP_REMOVE) != NULL) {
        dest[0] = KL_OBJ_NULL;
    }
#endif
}

kl_obj_t kl_builtins_lookup(kl_qstr_t name) {
#if KL_CFG_BUILTINS_OVERRIDE
    kl_obj_t overrides = kl_state.roots.builtins_dict;
    if (overrides != KL_OBJ_NULL) {
        kl_map_elem_t *e = kl_map_lookup_qstr(kl_obj_dict_get_map(overrides), name, KL_MAP_LOOKUP);
        if (e != NULL) {
            return e->value;
        }
    }
#endif
    kl_map_elem_t *e = kl_map_lookup_qstr(&builtins_dict.map, name, KL_MAP_LOOKUP);
    if (e != NULL) {
        return e->value;
    }
    // Not in the table: these two are variables (vm/obj_type.c), not address constants.
    // NotImplemented is one of the rarer builtins (KL_CFG_BUILTINS_FULL).
    if (name == KL_QSTR_Ellipsis) {
        return kl_const_ellipsis;
    }
#if KL_CFG_BUILTINS_FULL
    if (name == KL_QSTR_NotImplemented) {
        return kl_const_notimplemented;
    }
#endif
    return KL_OBJ_NULL;
}
