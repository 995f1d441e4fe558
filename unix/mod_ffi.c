// unix/mod_ffi.c: the ffi module, calls between Python and C libraries through libffi.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The API is that of MicroPython's unix ffi module, so its scripts run unchanged. ffi.open()
// dlopens a library; lib.func() and ffi.func() describe a C function with one-letter type codes
// (struct's integer and float letters, p and P pointers, s and S strings, O objects, C
// callbacks, v void) and give an object that converts its arguments, calls ffi_call and
// converts the result; lib.var() reads and writes a C variable; ffi.callback() wraps a Python
// function in a libffi closure that C can call. A function object keeps its ffi_cif and the
// argument types in one heap block, prepared once, so a call only converts its arguments into
// arrays on the C stack.
//
// Arguments are borrowed for the length of the call: a str passes its UTF-8 bytes (kinglet keeps
// every str NUL-terminated) and a bytes-like object its buffer, both held alive by the caller's
// argument array. A Python exception must never unwind C frames, which may hold locks or memory:
// a callback runs its function under a handler of its own, parks an exception in the record of
// the foreign call in progress (on the C stack, where the collector sees it) and returns 0 to C;
// later calls of any callback return 0 without running Python until that foreign call returns
// and raises the exception. A callback is a closure in executable memory that is never freed
// (the collector has no finalisers): C may call it while the program keeps the callback object.

#define _GNU_SOURCE

#include <dlfcn.h>
#include <errno.h>
#include <ffi.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "vm/buffer.h"
#include "vm/gc.h"
#include "vm/nlr.h"
#include "vm/obj_bytearray.h"
#include "vm/obj_exception.h"
#include "vm/obj_int.h"
#include "vm/obj_module.h"
#include "vm/obj_str.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

// The most arguments a foreign function or a callback takes: the conversions live in arrays of
// this size on the C stack.
#define MAX_ARGS (32)

// ==== Type codes ====

// One C value of any type a code names. Integer results narrower than ffi_arg come back
// widened to an ffi_arg, and a callback returns them so.
typedef union _value_t {
    int8_t b;
    uint8_t B;
    int16_t h;
    uint16_t H;
    int i;
    unsigned I;
    long l;
    unsigned long L;
    long long q;
    unsigned long long Q;
    float f;
    double d;
    void *p;
    ffi_arg r;
    ffi_sarg sr;
} value_t;

// libffi's type for code [c], or NULL when [c] is not a type code.
static ffi_type *code_type(char c) {
    switch (c) {
        case 'b':
            return &ffi_type_sint8;
        case 'B':
            return &ffi_type_uint8;
        case 'h':
            return &ffi_type_sint16;
        case 'H':
            return &ffi_type_uint16;
        case 'i':
            return &ffi_type_sint;
        case 'I':
            return &ffi_type_uint;
        case 'l':
            return &ffi_type_slong;
        case 'L':
            return &ffi_type_ulong;
        case 'q':
            return &ffi_type_sint64;
        case 'Q':
            return &ffi_type_uint64;
        case 'f':
            return &ffi_type_float;
        case 'd':
            return &ffi_type_double;
        case 'p':
        case 'P':
        case 's':
        case 'S':
        case 'O':
        case 'C':
            return &ffi_type_pointer;
        case 'v':
            return &ffi_type_void;
        default:
            return NULL;
    }
}

static bool code_is_int(char c) {
    return strchr("bBhHiIlLqQ", c) != NULL;
}

// Check the code [c] of a result ([is_ret]) or of an argument, and return its libffi type.
static ffi_type *check_code(unsigned char c, bool is_ret) {
    ffi_type *t = c != '\0' ? code_type((char)c) : NULL;
    if (t == NULL) {
        if (c >= 0x20 && c < 0x7f) {
            kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("unknown ffi type code '%c'"), c);
        }
        kl_raise_TypeError(KL_ERROR_TEXT("unknown ffi type code"));
    }
    if (c == 'v' && !is_ret) {
        kl_raise_TypeError(KL_ERROR_TEXT("ffi type 'v' (void) is only a return type"));
    }
    if (c == 'C' && is_ret) {
        kl_raise_TypeError(KL_ERROR_TEXT("ffi type 'C' (callback) is only an argument type"));
    }
    return t;
}

// The one code in the str [o] (a return or variable type).
static char get_one_code(kl_obj_t o, bool is_ret) {
    if (!kl_obj_is_str(o)) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("ffi type must be a str, not '%T'"), o);
    }
    size_t len;
    const char *s = kl_obj_str_get_data(o, &len);
    if (len != 1) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("ffi type must be one type code, not %r"), o);
    }
    check_code((unsigned char)s[0], is_ret);
    return s[0];
}

// The argument codes in the str [o]; checks each one and their count.
static const char *get_arg_codes(kl_obj_t o, size_t *n) {
    if (!kl_obj_is_str(o)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("ffi argument types must be a str, not '%T'"), o);
    }
    const char *s = kl_obj_str_get_data(o, n);
    if (*n > MAX_ARGS) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("ffi functions take at most %d arguments"), MAX_ARGS);
    }
    for (size_t i = 0; i < *n; i++) {
        check_code((unsigned char)s[i], false);
    }
    return s;
}

// Prepare [cif] for a function returning [ret] and taking the arguments [codes] (checked).
static void prep_cif(ffi_cif *cif, ffi_type **params, char ret, const char *codes, size_t n) {
    for (size_t i = 0; i < n; i++) {
        params[i] = code_type(codes[i]);
    }
    if (ffi_prep_cif(cif, FFI_DEFAULT_ABI, (unsigned)n, code_type(ret), params) != FFI_OK) {
        kl_raise_msg(&kl_type_RuntimeError, KL_ERROR_TEXT("ffi_prep_cif failed"));
    }
}

// ==== Values ====

static const kl_obj_callable_type_t ffifunc_type_head;
#define ffifunc_type (ffifunc_type_head.type)
static const kl_obj_type_t fficallback_type;

// How a value is passed: for one call (a str or a buffer may lend its bytes), or to be kept by
// C (a variable's new value, a callback's result), when only addresses are accepted.
typedef enum { PASS_BORROW, PASS_KEEP } pass_t;

static void *callback_code(kl_obj_t o);
static void *func_address(kl_obj_t o);

// An int as the 64 bits C sees: two's complement, truncated as a C cast would.
static bool get_bits64(kl_obj_t o, uint64_t *bits) {
    if (!kl_obj_is_int(o)) {
        return false;
    }
    uint64_t mag;
    bool neg;
    if (!kl_obj_int_get_mag64(o, &mag, &neg)) {
        kl_raise_OverflowError(KL_ERROR_TEXT("int too big to pass to C"));
    }
    *bits = neg ? (uint64_t)0 - mag : mag;
    return true;
}

// The address [o] stands for, for a pointer type: true with *[p] set, or false when [o] is
// nothing a pointer can be made of.
static bool get_pointer(kl_obj_t o, pass_t pass, void **p) {
    uint64_t bits;
    if (o == kl_const_none) {
        *p = NULL;
    } else if (get_bits64(o, &bits)) {
        *p = (void *)(uintptr_t)bits;
    } else if (kl_obj_is_type(o, &fficallback_type)) {
        *p = callback_code(o);
    } else if (kl_obj_is_type(o, &ffifunc_type)) {
        *p = func_address(o);
    } else if (pass == PASS_KEEP) {
        return false;
    } else if (kl_obj_is_str(o)) {
        size_t len;
        *p = (void *)kl_obj_str_get_data(o, &len);
    } else {
        const char *data;
        size_t len;
        if (!kl_buffer_get_maybe(o, &data, &len, false)) {
            return false;
        }
        *p = (void *)data;
    }
    return true;
}

// Convert [o] to the C type of [code] in *[v]; false when it has no such value.
static bool to_c(kl_obj_t o, char code, pass_t pass, value_t *v) {
    uint64_t bits;
    kl_float_t x;
    switch (code) {
        case 'f':
        case 'd':
            if (!kl_obj_get_float_maybe(o, &x)) {
                return false;
            }
            if (code == 'f') {
                v->f = (float)x;
            } else {
                v->d = x;
            }
            return true;
        case 'O':
            v->p = o;
            return true;
        case 'p':
        case 'P':
        case 's':
        case 'S':
        case 'C':
            return get_pointer(o, pass, &v->p);
        default:
            break;
    }
    if (!get_bits64(o, &bits)) {
        return false;
    }
    switch (code) {
        case 'b':
            v->b = (int8_t)bits;
            break;
        case 'B':
            v->B = (uint8_t)bits;
            break;
        case 'h':
            v->h = (int16_t)bits;
            break;
        case 'H':
            v->H = (uint16_t)bits;
            break;
        case 'i':
            v->i = (int)bits;
            break;
        case 'I':
            v->I = (unsigned)bits;
            break;
        case 'l':
            v->l = (long)bits;
            break;
        case 'L':
            v->L = (unsigned long)bits;
            break;
        case 'q':
            v->q = (long long)bits;
            break;
        default:
            v->Q = (unsigned long long)bits;
            break;
    }
    return true;
}

// The text at [s] as a str ([code] 's') or bytes ('S'); None for NULL.
static kl_obj_t from_c_string(char code, const char *s) {
    if (s == NULL) {
        return kl_const_none;
    }
    if (code == 'S') {
        return kl_obj_new_bytes(s, strlen(s));
    }
    return kl_obj_str_decode(s, strlen(s), "utf-8", "strict");
}

// The Python value of the C value of type [code] at [p] (not widened).
static kl_obj_t from_c(char code, const void *p) {
    value_t v;
    memcpy(&v, p, code_type(code)->size);
    switch (code) {
        case 'b':
            return KL_OBJ_NEW_SMALL_INT(v.b);
        case 'B':
            return KL_OBJ_NEW_SMALL_INT(v.B);
        case 'h':
            return KL_OBJ_NEW_SMALL_INT(v.h);
        case 'H':
            return KL_OBJ_NEW_SMALL_INT(v.H);
        case 'i':
            return kl_obj_new_int_from_ll(v.i);
        case 'I':
            return kl_obj_new_int_from_u64(v.I);
        case 'l':
            return kl_obj_new_int_from_ll(v.l);
        case 'L':
            return kl_obj_new_int_from_u64(v.L);
        case 'q':
            return kl_obj_new_int_from_ll(v.q);
        case 'Q':
            return kl_obj_new_int_from_u64(v.Q);
        case 'f':
            return kl_obj_new_float(v.f);
        case 'd':
            return kl_obj_new_float(v.d);
        case 's':
        case 'S':
            return from_c_string(code, v.p);
        case 'O':
            return (kl_obj_t)v.p;
        case 'v':
            return kl_const_none;
        default: // p, P, C: the address
            return kl_obj_new_int_from_u64((uintptr_t)v.p);
    }
}

// A result of type [code] as libffi hands it over: an integer narrower than ffi_arg widened.
static kl_obj_t result_from_c(char code, value_t *v) {
    if (code_is_int(code) && code_type(code)->size < sizeof(ffi_arg)) {
        bool is_signed = strchr("bhil", code) != NULL;
        ffi_arg r = v->r;
        ffi_sarg sr = v->sr;
        switch (code_type(code)->size) {
            case 1:
                v->B = (uint8_t)(is_signed ? (uint8_t)(int8_t)sr : (uint8_t)r);
                break;
            case 2:
                v->H = (uint16_t)(is_signed ? (uint16_t)(int16_t)sr : (uint16_t)r);
                break;
            default:
                v->I = is_signed ? (unsigned)(int)sr : (unsigned)r;
                break;
        }
    }
    return from_c(code, v);
}

// The result [v] of type [code] of a callback, written to [ret] as libffi expects it.
static void result_to_c(char code, const value_t *v, void *ret) {
    ffi_type *t = code_type(code);
    if (code_is_int(code) && t->size < sizeof(ffi_arg)) {
        bool is_signed = strchr("bhil", code) != NULL;
        ffi_sarg sr;
        ffi_arg r;
        switch (t->size) {
            case 1:
                sr = v->b;
                r = v->B;
                break;
            case 2:
                sr = v->h;
                r = v->H;
                break;
            default:
                sr = v->i;
                r = v->I;
                break;
        }
        if (is_signed) {
            memcpy(ret, &sr, sizeof(sr));
        } else {
            memcpy(ret, &r, sizeof(r));
        }
    } else if (code != 'v') {
        memcpy(ret, v, t->size);
    }
}

// ==== Foreign calls ====

// The foreign call in progress, innermost first. A callback that raises leaves its exception
// here, for the call to raise when C returns.
typedef struct _call_record_t {
    struct _call_record_t *outer;
    kl_obj_t exc;
} call_record_t;

static call_record_t *current_call;

// The thread the interpreter runs on: a callback that C calls from another thread must not
// touch the interpreter.
static pthread_t interp_thread;

// Call [fn] through [cif] with the arguments [args] of types [codes]; the Python result.
static kl_obj_t call_foreign(void *fn, ffi_cif *cif, char ret, const char *codes, size_t n,
                             const kl_obj_t *args) {
    value_t vals[MAX_ARGS];
    void *ptrs[MAX_ARGS];
    for (size_t i = 0; i < n; i++) {
        if (!to_c(args[i], codes[i], PASS_BORROW, &vals[i])) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("ffi argument %z: cannot pass '%T' as type '%c'"), i + 1,
                             args[i], codes[i]);
        }
        ptrs[i] = &vals[i];
    }
    value_t result;
    memset(&result, 0, sizeof(result));
    call_record_t rec = {current_call, KL_OBJ_NULL};
    current_call = &rec;
    ffi_call(cif, FFI_FN(fn), &result, ptrs);
    current_call = rec.outer;
    if (rec.exc != KL_OBJ_NULL) {
        kl_nlr_jump(rec.exc);
    }
    return result_from_c(ret, &result);
}

// A function at [fn], for lib.func() and ffi.func(): [name] is its symbol or None.
typedef struct _ffi_func_t {
    kl_obj_base_t base;
    void *fn;
    kl_obj_t name;
    kl_obj_t codes; // the str of argument codes
    char ret;
    ffi_cif cif;
    ffi_type *params[];
} ffi_func_t;

static kl_obj_t new_func(void *fn, kl_obj_t name, kl_obj_t ret_obj, kl_obj_t codes_obj) {
    char ret = get_one_code(ret_obj, true);
    size_t n;
    const char *codes = get_arg_codes(codes_obj, &n);
    ffi_func_t *f = kl_gc_alloc(sizeof(ffi_func_t) + n * sizeof(ffi_type *), 0);
    f->base.type = &ffifunc_type;
    f->fn = fn;
    f->name = name;
    f->codes = codes_obj;
    f->ret = ret;
    prep_cif(&f->cif, f->params, ret, codes, n);
    return KL_OBJ_FROM_PTR(f);
}

static void *func_address(kl_obj_t o) {
    return ((ffi_func_t *)o)->fn;
}

static kl_obj_t func_call(kl_obj_t self, size_t n_args, size_t n_kw, const kl_obj_t *args) {
    ffi_func_t *f = (ffi_func_t *)self;
    size_t n;
    const char *codes = kl_obj_str_get_data(f->codes, &n);
    if (n_kw != 0) {
        kl_raise_TypeError(KL_ERROR_TEXT("ffi functions take no keyword arguments"));
    }
    if (n_args != n) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("ffi function %S takes %z argument%s (%z given)"), f->name,
                         n, n == 1 ? "" : "s", n_args);
    }
    return call_foreign(f->fn, &f->cif, f->ret, codes, n, args);
}

static void func_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    kl_printf(print, "<ffifunc %S at %p>", ((ffi_func_t *)o)->name, ((ffi_func_t *)o)->fn);
}

static const kl_obj_callable_type_t ffifunc_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_CALL,
            .name = KL_QSTR_ffifunc,
            .print = func_print,
            .parent = &kl_type_object,
        },
    .call = func_call,
};

// ==== Callbacks ====

// A Python function that C calls through a closure of libffi at [code].
typedef struct _ffi_callback_t {
    kl_obj_base_t base;
    void *code;
    ffi_closure *closure;
    kl_obj_t fun;
    kl_obj_t codes;
    char ret;
    ffi_cif cif;
    ffi_type *params[];
} ffi_callback_t;

static void *callback_code(kl_obj_t o) {
    return ((ffi_callback_t *)o)->code;
}

// An exception no foreign call can take: report it, as CPython reports unraisable ones.
static void report_unraisable(kl_obj_t exc) {
    kl_print_str(&kl_print_stderr, "Exception ignored in an ffi callback:\n");
    kl_exception_print(&kl_print_stderr, exc);
}

// Run the callback's Python function for C; what libffi calls.
static void callback_run(ffi_cif *cif, void *ret, void **args, void *data) {
    ffi_callback_t *cb = data;
    value_t zero;
    memset(&zero, 0, sizeof(zero));
    result_to_c(cb->ret, &zero, ret);
    if (!pthread_equal(pthread_self(), interp_thread)) {
        static const char msg[] = "ffi: a callback called from another thread was ignored\n";
        kl_print_strn(&kl_print_stderr, msg, sizeof(msg) - 1);
        return;
    }
    if (current_call != NULL && current_call->exc != KL_OBJ_NULL) {
        return; // an earlier callback of this call raised: C is to finish quickly
    }
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        size_t n;
        const char *codes = kl_obj_str_get_data(cb->codes, &n);
        kl_obj_t pyargs[MAX_ARGS];
        for (size_t i = 0; i < cif->nargs && i < n; i++) {
            pyargs[i] = from_c(codes[i], args[i]);
        }
        kl_obj_t r = kl_call_function_n_kw(cb->fun, n, 0, pyargs);
        if (cb->ret != 'v') {
            value_t v;
            memset(&v, 0, sizeof(v));
            if (!to_c(r, cb->ret, PASS_KEEP, &v)) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("ffi callback returned '%T', not type '%c'"), r,
                                 cb->ret);
            }
            result_to_c(cb->ret, &v, ret);
        }
        kl_nlr_pop();
    } else if (current_call != NULL) {
        current_call->exc = nlr.ret_val;
    } else {
        report_unraisable(nlr.ret_val);
    }
}

// ffi.callback(rettype, func, argtypes, *, lock=False)
static kl_obj_t mod_callback(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    if (n_args != 3) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("callback() takes 3 positional arguments (%z given)"),
                         n_args);
    }
    for (size_t i = 0; i < n_kw; i++) {
        // lock=: MicroPython locks its heap while the callback runs; kinglet needs no lock.
        if (kl_obj_str_get_qstr(args[n_args + 2 * i]) != KL_QSTR_lock) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("callback() got an unexpected keyword argument %r"),
                             args[n_args + 2 * i]);
        }
    }
    char ret = get_one_code(args[0], true);
    if (!kl_obj_is_callable(args[1])) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("ffi callback function must be callable, not '%T'"),
                         args[1]);
    }
    size_t n;
    const char *codes = get_arg_codes(args[2], &n);
    ffi_callback_t *cb = kl_gc_alloc(sizeof(ffi_callback_t) + n * sizeof(ffi_type *), 0);
    cb->base.type = &fficallback_type;
    cb->fun = args[1];
    cb->codes = args[2];
    cb->ret = ret;
    prep_cif(&cb->cif, cb->params, ret, codes, n);
    cb->closure = ffi_closure_alloc(sizeof(ffi_closure), &cb->code);
    if (cb->closure == NULL) {
        kl_raise_MemoryError();
    }
    if (ffi_prep_closure_loc(cb->closure, &cb->cif, callback_run, cb, cb->code) != FFI_OK) {
        ffi_closure_free(cb->closure);
        kl_raise_msg(&kl_type_RuntimeError, KL_ERROR_TEXT("ffi_prep_closure_loc failed"));
    }
    return KL_OBJ_FROM_PTR(cb);
}
static KL_DEFINE_FUN_KW(mod_callback_obj, callback, 0, mod_callback);

// callback.cfun(): the address C calls.
static kl_obj_t callback_cfun(kl_obj_t self) {
    return kl_obj_new_int_from_u64((uintptr_t)callback_code(self));
}
static KL_DEFINE_FUN_1(callback_cfun_obj, cfun, callback_cfun);

static void callback_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    kl_printf(print, "<fficallback %p>", callback_code(o));
}

static const kl_rom_map_elem_t callback_locals_table[] = {
    {KL_ROM_QSTR(cfun), KL_ROM_PTR(&callback_cfun_obj)},
};
static KL_DEFINE_CONST_DICT(callback_locals_dict, callback_locals_table);

static const kl_obj_type_t fficallback_type = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_EQ_IS_ID,
    .name = KL_QSTR_fficallback,
    .print = callback_print,
    .locals_dict = &callback_locals_dict,
    .parent = &kl_type_object,
};

// ==== Variables ====

// A C variable of type [code] at [addr], from lib.var().
typedef struct _ffi_var_t {
    kl_obj_base_t base;
    void *addr;
    char code;
} ffi_var_t;

static const kl_obj_type_t ffivar_type;

static kl_obj_t var_get(kl_obj_t self) {
    ffi_var_t *v = (ffi_var_t *)self;
    return from_c(v->code, v->addr);
}
static KL_DEFINE_FUN_1(var_get_obj, get, var_get);

static kl_obj_t var_set(kl_obj_t self, kl_obj_t value) {
    ffi_var_t *v = (ffi_var_t *)self;
    value_t c;
    memset(&c, 0, sizeof(c));
    if (!to_c(value, v->code, PASS_KEEP, &c)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("cannot store '%T' in an ffi variable of type '%c'"), value,
                         v->code);
    }
    memcpy(v->addr, &c, code_type(v->code)->size);
    return kl_const_none;
}
static KL_DEFINE_FUN_2(var_set_obj, set, var_set);

static void var_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    ffi_var_t *v = (ffi_var_t *)o;
    kl_printf(print, "<ffivar @%p: %r>", v->addr, var_get(o));
}

static const kl_rom_map_elem_t var_locals_table[] = {
    {KL_ROM_QSTR(get), KL_ROM_PTR(&var_get_obj)},
    {KL_ROM_QSTR(set), KL_ROM_PTR(&var_set_obj)},
};
static KL_DEFINE_CONST_DICT(var_locals_dict, var_locals_table);

static const kl_obj_type_t ffivar_type = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_EQ_IS_ID,
    .name = KL_QSTR_ffivar,
    .print = var_print,
    .locals_dict = &var_locals_dict,
    .parent = &kl_type_object,
};

// ==== Libraries ====

// A library from ffi.open(); [name] is the name it was opened by, or None for the program.
typedef struct _ffi_lib_t {
    kl_obj_base_t base;
    void *handle; // NULL once closed
    kl_obj_t name;
} ffi_lib_t;

static const kl_obj_type_t ffimod_type;

// OSError(ENOENT, [msg]): MicroPython's error for a missing library or symbol, whose text here
// names what is missing. It stays an OSError, as on MicroPython, rather than the
// FileNotFoundError that OSError(2, msg) makes in Python.
static KL_NORETURN void raise_not_found(kl_obj_t msg) {
    kl_obj_t args[2] = {KL_OBJ_NEW_SMALL_INT(ENOENT), msg};
    kl_raise(kl_obj_new_exception(&kl_type_OSError, 2, args));
}

// ffi.open(name): the library [name], or the program and its libraries for None or ''.
static kl_obj_t mod_open(kl_obj_t name) {
    const char *path = NULL;
    if (name != kl_const_none) {
        if (!kl_obj_is_str(name)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("library name must be a str or None, not '%T'"), name);
        }
        size_t len;
        path = kl_obj_str_get_data(name, &len);
        if (len == 0) {
            path = NULL;
            name = kl_const_none;
        } else if (strlen(path) != len) {
            kl_raise_ValueError(KL_ERROR_TEXT("embedded null character in library name"));
        }
    }
    void *handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) {
        const char *err = dlerror();
        raise_not_found(kl_obj_new_str_from_cstr(err != NULL ? err : "dlopen failed"));
    }
    ffi_lib_t *lib = kl_gc_alloc(sizeof(ffi_lib_t), 0);
    lib->base.type = &ffimod_type;
    lib->handle = handle;
    lib->name = name;
    return KL_OBJ_FROM_PTR(lib);
}
static KL_DEFINE_FUN_1(mod_open_obj, open, mod_open);

// The address of the symbol [name] of the library [self].
static void *lib_symbol(kl_obj_t self, kl_obj_t name) {
    ffi_lib_t *lib = (ffi_lib_t *)self;
    if (lib->handle == NULL) {
        kl_raise_ValueError(KL_ERROR_TEXT("the library is closed"));
    }
    if (!kl_obj_is_str(name)) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("symbol name must be a str, not '%T'"),
                         name);
    }
    size_t len;
    const char *s = kl_obj_str_get_data(name, &len);
    dlerror();
    void *p = strlen(s) == len ? dlsym(lib->handle, s) : NULL;
    if (p == NULL) {
        if (lib->name == kl_const_none) {
            raise_not_found(kl_obj_str_printf("undefined symbol: %S", name));
        }
        raise_not_found(kl_obj_str_printf("%S: undefined symbol: %S", lib->name, name));
    }
    return p;
}

// lib.func(rettype, name, argtypes)
static kl_obj_t lib_func(size_t n_args, const kl_obj_t *args) {
    (void)n_args;
    void *fn = lib_symbol(args[0], args[2]);
    return new_func(fn, args[2], args[1], args[3]);
}
static KL_DEFINE_FUN_VAR(lib_func_obj, func, 4, 4, lib_func);

// lib.var(type, name)
static kl_obj_t lib_var(kl_obj_t self, kl_obj_t type, kl_obj_t name) {
    char code = get_one_code(type, false);
    void *addr = lib_symbol(self, name);
    ffi_var_t *v = kl_gc_alloc(sizeof(ffi_var_t), 0);
    v->base.type = &ffivar_type;
    v->addr = addr;
    v->code = code;
    return KL_OBJ_FROM_PTR(v);
}
static KL_DEFINE_FUN_3(lib_var_obj, var, lib_var);

// lib.addr(name)
static kl_obj_t lib_addr(kl_obj_t self, kl_obj_t name) {
    return kl_obj_new_int_from_u64((uintptr_t)lib_symbol(self, name));
}
static KL_DEFINE_FUN_2(lib_addr_obj, addr, lib_addr);

// lib.close(): unload the library; its functions and variables must not be used afterwards.
static kl_obj_t lib_close(kl_obj_t self) {
    ffi_lib_t *lib = (ffi_lib_t *)self;
    if (lib->handle != NULL) {
        dlclose(lib->handle);
        lib->handle = NULL;
    }
    return kl_const_none;
}
static KL_DEFINE_FUN_1(lib_close_obj, close, lib_close);

static void lib_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    ffi_lib_t *lib = (ffi_lib_t *)o;
    kl_printf(print, "<ffimod %r at %p>", lib->name, lib->handle);
}

static const kl_rom_map_elem_t lib_locals_table[] = {
    {KL_ROM_QSTR(addr), KL_ROM_PTR(&lib_addr_obj)},
    {KL_ROM_QSTR(close), KL_ROM_PTR(&lib_close_obj)},
    {KL_ROM_QSTR(func), KL_ROM_PTR(&lib_func_obj)},
    {KL_ROM_QSTR(var), KL_ROM_PTR(&lib_var_obj)},
};
static KL_DEFINE_CONST_DICT(lib_locals_dict, lib_locals_table);

static const kl_obj_type_t ffimod_type = {
    .base = {&kl_type_type},
    .flags = KL_TYPE_FLAG_EQ_IS_ID,
    .name = KL_QSTR_ffimod,
    .print = lib_print,
    .locals_dict = &lib_locals_dict,
    .parent = &kl_type_object,
};

// ==== Module functions ====

// An address given as an int (or None for NULL).
static void *get_address(kl_obj_t o) {
    uint64_t bits;
    if (o == kl_const_none) {
        return NULL;
    }
    if (!get_bits64(o, &bits)) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("address must be an int, not '%T'"), o);
    }
    return (void *)(uintptr_t)bits;
}

// ffi.func(rettype, address, argtypes)
static kl_obj_t mod_func(kl_obj_t ret, kl_obj_t addr, kl_obj_t codes) {
    void *fn = get_address(addr);
    if (fn == NULL) {
        kl_raise_ValueError(KL_ERROR_TEXT("ffi.func() of a NULL address"));
    }
    return new_func(fn, kl_const_none, ret, codes);
}
static KL_DEFINE_FUN_3(mod_func_obj, func, mod_func);

// ffi.as_bytearray(address, size): a bytearray over C memory, without a copy.
static kl_obj_t mod_as_bytearray(kl_obj_t addr, kl_obj_t size_obj) {
    char *p = get_address(addr);
    kl_int_t size = kl_obj_get_int(size_obj);
    if (size < 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("negative size"));
    }
    if (p == NULL && size > 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("as_bytearray() of a NULL address"));
    }
    return kl_obj_new_bytearray_by_ref(p, (size_t)size);
}
static KL_DEFINE_FUN_2(mod_as_bytearray_obj, as_bytearray, mod_as_bytearray);

// Sorted by name (ASCII order): const dicts are searched by bisection.
static const kl_rom_map_elem_t ffi_globals_table[] = {
    {KL_ROM_QSTR(__name__), KL_OBJ_NEW_QSTR(KL_QSTR_ffi)},
    {KL_ROM_QSTR(as_bytearray), KL_ROM_PTR(&mod_as_bytearray_obj)},
    {KL_ROM_QSTR(callback), KL_ROM_PTR(&mod_callback_obj)},
    {KL_ROM_QSTR(func), KL_ROM_PTR(&mod_func_obj)},
    {KL_ROM_QSTR(open), KL_ROM_PTR(&mod_open_obj)},
};
static KL_DEFINE_CONST_DICT(ffi_globals_dict, ffi_globals_table);

static const kl_obj_module_t ffi_module = {{&kl_type_module}, &ffi_globals_dict};

kl_obj_t kl_mod_ffi_init(void) {
    interp_thread = pthread_self();
    return KL_OBJ_FROM_PTR(&ffi_module);
}
