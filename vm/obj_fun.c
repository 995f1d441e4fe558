// vm/obj_fun.c: functions, bound methods, builtin functions, code objects and cells.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A Python function is a code object plus what `def` evaluated: its globals, defaults,
// keyword-only defaults and the closure cells. Binding a call's arguments to the frame's slots
// (kl_obj_fun_bind_args) happens here, with CPython's error messages, because it is the part
// of a call whose rules are the same for every caller.

#include <string.h>

#include "vm/bc.h"
#include "vm/gc.h"
#include "vm/map.h"
#include "vm/obj_exception.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

// ==== Functions ====

kl_obj_t kl_obj_new_function(const kl_obj_code_t *code, kl_obj_t globals, kl_obj_t defaults,
                             kl_obj_t kwdefaults, kl_obj_t closure) {
    kl_obj_fun_t *f = kl_gc_alloc(sizeof(kl_obj_fun_t), KL_GC_LONG_LIVED);
    f->base.type = &kl_type_function;
    f->code = code;
    f->globals = globals;
    f->defaults = defaults;
    f->kwdefaults = kwdefaults;
    f->closure = closure;
    return KL_OBJ_FROM_PTR(f);
}

static kl_qstr_t arg_name(const kl_obj_code_t *code, size_t i) {
    return code->local_names[i];
}

// The name that argument errors give: the function's __qualname__, which a program may have
// replaced (dataclasses names its generated methods so), else the code's.
static kl_obj_t fun_qualname(const kl_obj_fun_t *fun) {
#if KL_CFG_FUNCTION_DICT
    if (fun->qualname != KL_OBJ_NULL) {
        return fun->qualname;
    }
#endif
    return KL_OBJ_NEW_QSTR(fun->code->qualname);
}

// The two messages are built piece by piece; without error text (KL_CFG_ERROR_TEXT) they are
// the empty message of every other error.
static KL_NORETURN void raise_missing(const kl_obj_fun_t *fun, kl_obj_t *locals, size_t from,
                                      size_t to, bool kwonly) {
#if !KL_CFG_ERROR_TEXT
    (void)fun, (void)locals, (void)from, (void)to, (void)kwonly;
    kl_raise_TypeError(KL_ERROR_TEXT("missing argument"));
#else
    const kl_obj_code_t *code = fun->code;
    // "f() missing 2 required positional arguments: 'a' and 'b'"
    size_t n = 0;
    for (size_t i = from; i < to; i++) {
        n += locals[i] == KL_OBJ_NULL;
    }
    kl_vstr_t v;
    kl_vstr_init(&v, 64);
    kl_print_t p;
    kl_vstr_print(&p, &v);
    kl_printf(&p, "%S() missing %z required %s argument%s: ", fun_qualname(fun), n,
              kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s");
    size_t k = 0;
    for (size_t i = from; i < to; i++) {
        if (locals[i] != KL_OBJ_NULL) {
            continue;
        }
        if (k > 0) {
            kl_printf(&p, n == 2 ? " and " : (k == n - 1 ? ", and " : ", "));
        }
        kl_printf(&p, "'%q'", arg_name(code, i));
        k++;
    }
    kl_raise(kl_obj_new_exception_arg1(&kl_type_TypeError, kl_vstr_to_str(&v)));
#endif
}

static KL_NORETURN void raise_too_many(const kl_obj_code_t *code, const kl_obj_fun_t *fun,
                                       size_t n_args, size_t n_kw, const kl_obj_t *args) {
#if !KL_CFG_ERROR_TEXT
    (void)code, (void)fun, (void)n_args, (void)n_kw, (void)args;
    kl_raise_TypeError(KL_ERROR_TEXT("too many positional arguments"));
#else
    size_t n_def = fun->defaults != KL_OBJ_NULL ? ((kl_obj_tuple_t *)fun->defaults)->len : 0;
    size_t max = code->n_pos, min = code->n_pos - n_def;
    // Keyword-only arguments that were passed are mentioned, as CPython does.
    size_t n_kwonly = 0;
    for (size_t k = 0; k < n_kw; k++) {
        kl_qstr_t q = kl_obj_str_get_qstr(args[n_args + 2 * k]);
        for (size_t i = code->n_pos; i < (size_t)code->n_pos + code->n_kwonly; i++) {
            n_kwonly += code->local_names[i] == q;
        }
    }
    kl_vstr_t v;
    kl_vstr_init(&v, 64);
    kl_print_t p;
    kl_vstr_print(&p, &v);
    kl_obj_t name = fun_qualname(fun);
    if (min == max) {
        kl_printf(&p, "%S() takes %z positional argument%s but %z ", name, max, max == 1 ? "" : "s",
                  n_args);
    } else {
        kl_printf(&p, "%S() takes from %z to %z positional arguments but %z ", name, min, max,
                  n_args);
    }
    if (n_kwonly > 0) {
        kl_printf(&p, "positional argument%s (and %z keyword-only argument%s) were given",
                  n_args == 1 ? "" : "s", n_kwonly, n_kwonly == 1 ? "" : "s");
    } else {
        kl_printf(&p, "%s given", n_args == 1 ? "was" : "were");
    }
    kl_raise(kl_obj_new_exception_arg1(&kl_type_TypeError, kl_vstr_to_str(&v)));
#endif
}

void kl_obj_fun_bind_args(kl_obj_fun_t *fun, kl_obj_t *locals, size_t n_args, size_t n_kw,
                          const kl_obj_t *args) {
    const kl_obj_code_t *code = fun->code;
    size_t n_pos = code->n_pos;
    size_t n_kwonly = code->n_kwonly;
    size_t slot = n_pos + n_kwonly;
    size_t varargs_slot = SIZE_MAX, varkw_slot = SIZE_MAX;
    if (code->flags & KL_CODE_FLAG_VARARGS) {
        varargs_slot = slot++;
    }
    if (code->flags & KL_CODE_FLAG_VARKW) {
        varkw_slot = slot++;
    }
    kl_mem_copy(locals, args, (n_args < n_pos ? n_args : n_pos) * sizeof(kl_obj_t));
    // Fast path: exactly the positional parameters, no keywords.
    if (n_kw == 0 && n_args == n_pos && slot == n_pos) {
        return;
    }
    if (n_args > n_pos) {
        if (varargs_slot == SIZE_MAX) {
            raise_too_many(code, fun, n_args, n_kw, args);
        }
        locals[varargs_slot] = kl_obj_new_tuple(n_args - n_pos, args + n_pos);
    } else if (varargs_slot != SIZE_MAX) {
        locals[varargs_slot] = kl_const_empty_tuple;
    }
    kl_obj_t kwdict = KL_OBJ_NULL;
    if (varkw_slot != SIZE_MAX) {
        kwdict = kl_obj_new_dict(0);
        locals[varkw_slot] = kwdict;
    }
    for (size_t k = 0; k < n_kw; k++) {
        kl_obj_t name = args[n_args + 2 * k];
        kl_obj_t value = args[n_args + 2 * k + 1];
        kl_qstr_t q = kl_obj_str_get_qstr(name);
        size_t i;
#if KL_CFG_POSONLY_PARAMS
        i = code->n_posonly;
#else
        i = 0;
#endif
        for (; i < n_pos + n_kwonly; i++) {
            if (arg_name(code, i) == q) {
                break;
            }
        }
        if (i < n_pos + n_kwonly && q != KL_QSTR_NULL) {
            if (locals[i] != KL_OBJ_NULL) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("%S() got multiple values for argument '%q'"),
                                 fun_qualname(fun), q);
            }
            locals[i] = value;
            continue;
        }
        if (kwdict != KL_OBJ_NULL) {
            if (kl_obj_dict_get(kwdict, name) != KL_OBJ_NULL) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("%S() got multiple values for keyword argument "
                                               "'%S'"),
                                 fun_qualname(fun), name);
            }
            kl_obj_dict_store(kwdict, name, value);
            continue;
        }
#if KL_CFG_POSONLY_PARAMS
        for (i = 0; i < code->n_posonly; i++) {
            if (arg_name(code, i) == q) {
                kl_raise_msg_fmt(&kl_type_TypeError,
                                 KL_ERROR_TEXT("%S() got some positional-only arguments passed as "
                                               "keyword arguments: '%q'"),
                                 fun_qualname(fun), q);
            }
        }
#endif
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%S() got an unexpected keyword argument '%S'"),
                         fun_qualname(fun), name);
    }
    // Defaults for the parameters still unset: the last positional ones from the defaults
    // tuple, the keyword-only ones from the kwdefaults dict, in one walk.
    size_t n_def = 0;
    kl_obj_t *defs = NULL;
    if (fun->defaults != KL_OBJ_NULL) {
        n_def = ((kl_obj_tuple_t *)fun->defaults)->len;
        defs = ((kl_obj_tuple_t *)fun->defaults)->items;
    }
    size_t first_def = n_pos - n_def;
    unsigned missing = 0; // 1: a positional one, 2: a keyword-only one
    for (size_t i = n_args < n_pos ? n_args : n_pos; i < n_pos + n_kwonly; i++) {
        if (locals[i] != KL_OBJ_NULL) {
            continue;
        }
        kl_obj_t d = KL_OBJ_NULL;
        if (i >= n_pos) {
            if (fun->kwdefaults != KL_OBJ_NULL) {
                d = kl_obj_dict_get(fun->kwdefaults, KL_OBJ_NEW_QSTR(arg_name(code, i)));
            }
        } else if (i >= first_def) {
            d = defs[i - first_def];
        }
        if (d == KL_OBJ_NULL) {
            missing |= i < n_pos ? 1 : 2;
        }
        locals[i] = d;
    }
    if (missing != 0) {
        // The positional ones are named first, as CPython does.
        bool kwonly = missing == 2;
        raise_missing(fun, locals, kwonly ? n_pos : 0, kwonly ? n_pos + n_kwonly : n_pos, kwonly);
    }
}

static kl_obj_t function_call(kl_obj_t self, size_t n_args, size_t n_kw, const kl_obj_t *args) {
    return kl_vm_call_function((kl_obj_fun_t *)self, n_args, n_kw, args);
}

static void function_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    kl_printf(print, "<function %S at %p>", fun_qualname((kl_obj_fun_t *)o), o);
}

#if KL_CFG_DESCRIPTORS
static kl_obj_t function___get__(size_t n_args, const kl_obj_t *args) {
    if (n_args < 2 || args[1] == kl_const_none) {
        return args[0];
    }
    return kl_obj_new_bound_meth(args[0], args[1]);
}
static KL_DEFINE_FUN_VAR(function___get___obj, __get__, 2, 3, function___get__);

static const kl_rom_map_elem_t function_locals_table[] = {
    {KL_ROM_QSTR(__get__), KL_ROM_PTR(&function___get___obj)},
};
static KL_DEFINE_CONST_DICT(function_locals_dict, function_locals_table);
#endif

#if KL_CFG_FUNCTION_ATTRS
// FIELD(p): field p of a function, which a program may set, or, where none can be set, the
// value read when it is not.
#if KL_CFG_FUNCTION_DICT
#define FIELD(p) (p)
#else
#define FIELD(p) (&unset)
#endif

static void function_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    kl_obj_fun_t *f = (kl_obj_fun_t *)self;
#if !KL_CFG_FUNCTION_DICT
    if (dest[0] != KL_OBJ_NULL) {
        return; // dest[0] stays set: AttributeError
    }
#endif
    // The field that holds [attr] when a program has set it, and what reading it gives
    // otherwise.
    kl_obj_t *field = NULL;
    kl_obj_t unset = kl_const_none;
    switch (attr) {
        case KL_QSTR___name__:
            field = FIELD(&f->name);
            unset = KL_OBJ_NEW_QSTR(f->code->name);
            break;
        case KL_QSTR___qualname__:
            field = FIELD(&f->qualname);
            unset = KL_OBJ_NEW_QSTR(f->code->qualname);
            break;
#if KL_CFG_DOCSTRINGS
        case KL_QSTR___doc__:
            field = FIELD(&f->doc);
            if (f->code->flags & KL_CODE_FLAG_HAS_DOC) {
                unset = f->code->consts[0];
            }
            break;
#endif
#if KL_CFG_FUNCTION_ATTRS_FULL
        case KL_QSTR___defaults__:
            field = &f->defaults;
            break;
        case KL_QSTR___kwdefaults__:
            field = &f->kwdefaults;
            break;
        case KL_QSTR___annotations__:
            if (f->annotations == KL_OBJ_NULL && dest[0] == KL_OBJ_NULL) {
                f->annotations = kl_obj_new_dict(0);
            }
            field = &f->annotations;
            break;
#endif
        case KL_QSTR___module__:
            field = FIELD(&f->module);
            if (dest[0] == KL_OBJ_NULL) {
                kl_obj_t n = kl_obj_dict_get(f->globals, KL_OBJ_NEW_QSTR(KL_QSTR___name__));
                unset = n != KL_OBJ_NULL ? n : kl_const_none;
            }
            break;
        default:
            break;
    }
    if (dest[0] == KL_OBJ_NULL) {
        if (field != NULL) {
            dest[0] = *field == KL_OBJ_NULL ? unset : *field;
            return;
        }
        switch (attr) {
#if KL_CFG_FUNCTION_ATTRS_FULL
            case KL_QSTR___code__:
                dest[0] = KL_OBJ_FROM_PTR(f->code);
                return;
            case KL_QSTR___globals__:
                dest[0] = f->globals;
                return;
            case KL_QSTR___closure__:
                dest[0] = f->closure == KL_OBJ_NULL ? kl_const_none : f->closure;
                return;
#endif
#if KL_CFG_FUNCTION_DICT
            case KL_QSTR___dict__:
                if (f->dict == KL_OBJ_NULL) {
                    f->dict = kl_obj_new_dict(0);
                }
                dest[0] = f->dict;
                return;
#endif
            default:
                break;
        }
#if KL_CFG_FUNCTION_DICT
        if (f->dict != KL_OBJ_NULL) {
            kl_obj_t v = kl_obj_dict_get(f->dict, KL_OBJ_NEW_QSTR(attr));
            if (v != KL_OBJ_NULL) {
                dest[0] = v;
                return;
            }
        }
#endif
        kl_type_generic_attr(self, attr, dest);
        return;
    }
#if KL_CFG_FUNCTION_DICT
    // Store or delete. The call machinery reads __defaults__ and __kwdefaults__, so their types
    // are checked as CPython checks them; None (or del) clears them.
    if (field != NULL) {
        kl_obj_t v = dest[1];
        const char *need = NULL;
        if (field == &f->name || field == &f->qualname) {
            need = v == KL_OBJ_NULL || !kl_obj_is_str(v) ? "a string" : NULL;
        }
#if KL_CFG_FUNCTION_ATTRS_FULL
        else if (field == &f->defaults && v != KL_OBJ_NULL && v != kl_const_none) {
            need = kl_obj_is_type(v, &kl_type_tuple) ? NULL : "a tuple";
        } else if ((field == &f->kwdefaults || field == &f->annotations) && v != KL_OBJ_NULL &&
                   v != kl_const_none) {
            need = kl_obj_is_type(v, &kl_type_dict) ? NULL : "a dict";
        }
#endif
        if (need != NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("%q must be set to %s object"), attr,
                             need);
        }
#if KL_CFG_FUNCTION_ATTRS_FULL
        if ((field == &f->defaults || field == &f->kwdefaults || field == &f->annotations) &&
            v == kl_const_none) {
            v = KL_OBJ_NULL;
        }
#endif
        *field = v;
        dest[0] = KL_OBJ_NULL;
        return;
    }
#if !KL_CFG_FUNCTION_ATTRS_FULL
    // __defaults__, __code__ and the like are missing: storing one would change nothing.
    const char *name = kl_qstr_str(attr);
    if (name[0] == '_' && name[1] == '_') {
        return; // dest[0] stays set: AttributeError
    }
#endif
    if (f->dict == KL_OBJ_NULL) {
        f->dict = kl_obj_new_dict(0);
    }
    kl_type_map_store(&((kl_obj_dict_t *)f->dict)->map, attr, dest);
#endif
}
#undef FIELD
#else
// Without KL_CFG_FUNCTION_ATTRS the callables have no attributes of their own: what the generic
// lookup gives (__class__), else AttributeError.
#define function_attr NULL
#define bound_meth_attr NULL
#define builtin_attr NULL
#define method_descriptor_attr NULL
#endif

const kl_obj_callable_type_t kl_type_function_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_BINDS_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_CALL,
            .name = KL_QSTR_function,
            .print = function_print,
            .attr = function_attr,
#if KL_CFG_DESCRIPTORS
            .locals_dict = &function_locals_dict,
#endif
        },
    .call = function_call,
};

// ==== Bound methods ====

#if KL_CFG_TYPE_NAMES
static const kl_obj_callable_type_t bound_builtin_type_head;
#define bound_builtin_type (bound_builtin_type_head.type)
#else
// Without CPython's type names a bound builtin is a bound method, as in MicroPython, where
// bound_method is the type of both.
#define bound_builtin_type kl_type_bound_method
#endif

kl_obj_t kl_obj_new_bound_meth(kl_obj_t fun, kl_obj_t self) {
    kl_obj_bound_meth_t *m = kl_gc_alloc(sizeof(kl_obj_bound_meth_t), 0);
    // [].append is a builtin_function_or_method in CPython, not a method.
    m->base.type = kl_obj_is_type(fun, &kl_type_builtin_function) ? &bound_builtin_type
                                                                  : &kl_type_bound_method;
    m->fun = fun;
    m->self = self;
    return KL_OBJ_FROM_PTR(m);
}

static kl_obj_t bound_meth_call(kl_obj_t self, size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_obj_bound_meth_t *m = (kl_obj_bound_meth_t *)self;
    return kl_call_method_self(m->fun, m->self, n_args, n_kw, args);
}

static void bound_meth_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    kl_obj_bound_meth_t *m = (kl_obj_bound_meth_t *)o;
    if (kl_obj_is_type(m->fun, &kl_type_builtin_function)) {
        kl_printf(print, "<built-in method %q of %T object at %p>",
                  (kl_qstr_t)((kl_obj_builtin_t *)m->fun)->name, m->self, m->self);
    } else {
        // A function's name is its own (which has no attributes without
        // KL_CFG_FUNCTION_ATTRS); another callable's is the __qualname__ it answers.
        kl_obj_t qn = kl_obj_is_type(m->fun, &kl_type_function)
                          ? fun_qualname((const kl_obj_fun_t *)m->fun)
                          : kl_load_attr_maybe(m->fun, KL_QSTR___qualname__, KL_OBJ_NULL);
        kl_printf(print, "<bound method %S of %r>", qn != KL_OBJ_NULL ? qn : kl_const_none,
                  m->self);
    }
}

#if KL_CFG_FUNCTION_ATTRS
static void bound_meth_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    if (dest[0] != KL_OBJ_NULL) {
        return;
    }
    kl_obj_bound_meth_t *m = (kl_obj_bound_meth_t *)self;
    if (attr == KL_QSTR___self__) {
        dest[0] = m->self;
    } else if (attr == KL_QSTR___qualname__ && kl_obj_is_type(m->fun, &kl_type_builtin_function) &&
               !kl_obj_is_type(m->self, &kl_type_module)) {
        // A builtin method's qualified name names the type of its self (the class itself for
        // a classmethod): [].append.__qualname__ is 'list.append'.
        const kl_obj_type_t *t = kl_obj_is_type(m->self, &kl_type_type)
                                     ? (const kl_obj_type_t *)m->self
                                     : kl_obj_get_type(m->self);
        dest[0] = kl_obj_str_printf("%q.%q", t->name,
                                    (kl_qstr_t)((const kl_obj_builtin_t *)m->fun)->name);
    } else if (attr == KL_QSTR___func__) {
        dest[0] = m->fun;
    } else {
        kl_load_method_maybe(m->fun, attr, dest);
        if (dest[1] != KL_OBJ_NULL) {
            dest[0] = kl_obj_new_bound_meth(dest[0], dest[1]);
            dest[1] = KL_OBJ_NULL;
        }
    }
}
#endif

// Two bound methods (of either type) are equal when they bind the same self to equal functions,
// two method descriptors when they pair the same owner with the same function: both keep the
// two in the same words (see method_descriptor_t), and their types share these two functions.
static kl_obj_t pair_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    const kl_obj_type_t *lt = kl_obj_get_type(lhs), *rt = kl_obj_get_type(rhs);
    // The types of bound methods print alike, and not as method descriptors do.
    if ((op != KL_BINARY_OP_EQ && op != KL_BINARY_OP_NE) || lt->binary_op != pair_binary_op ||
        rt->print != lt->print) {
        return KL_OBJ_NULL;
    }
    kl_obj_bound_meth_t *a = (kl_obj_bound_meth_t *)lhs, *b = (kl_obj_bound_meth_t *)rhs;
    bool eq = a->self == b->self && kl_obj_equal(a->fun, b->fun);
    return KL_OBJ_FROM_BOOL(eq == (op == KL_BINARY_OP_EQ));
}

static kl_obj_t pair_unary_op(kl_unary_op_t op, kl_obj_t o) {
    if (op == KL_UNARY_OP_HASH) {
        // The self by identity, as == compares it: a method of an unhashable self ([].append,
        // an instance of a class with __hash__ = None) is hashable, as in CPython.
        kl_obj_bound_meth_t *m = (kl_obj_bound_meth_t *)o;
        return KL_OBJ_NEW_SMALL_INT((kl_int_t)(((kl_uint_t)m->self ^ kl_obj_hash(m->fun)) >> 1));
    }
    return KL_OBJ_NULL;
}

const kl_obj_callable_type_t kl_type_bound_method_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_CALL,
            .name = KL_QSTR_method,
            .print = bound_meth_print,
            .binary_op = pair_binary_op,
            .attr = bound_meth_attr,
        },
    .unary_op = pair_unary_op,
    .call = bound_meth_call,
};

#if KL_CFG_TYPE_NAMES
// A builtin bound to its self: the same behaviour, the name CPython gives it.
static const kl_obj_callable_type_t bound_builtin_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_CALL,
            .name = KL_QSTR_builtin_function_or_method,
            .print = bound_meth_print,
            .binary_op = pair_binary_op,
            .attr = bound_meth_attr,
        },
    .unary_op = pair_unary_op,
    .call = bound_meth_call,
};
#endif

// ==== Builtin functions ====

// Whether [type] has a classmethod [name] wrapping [b].
static bool is_classmethod_of(const kl_obj_type_t *type, kl_qstr_t name,
                              const kl_obj_builtin_t *b) {
    kl_obj_t m = kl_type_lookup(type, name);
    return m != KL_OBJ_NULL && kl_obj_is_type(m, &kl_type_classmethod) &&
           ((const kl_obj_static_class_method_t *)KL_OBJ_TO_PTR(m))->fun == KL_OBJ_FROM_PTR(b);
}

// The type that defines builtin [b] as a method bound to its first argument [args[0]] (an
// instance, or the class for a classmethod), or NULL when the call is not such a method call.
static const kl_obj_type_t *builtin_owner(const kl_obj_builtin_t *b, size_t n_args,
                                          const kl_obj_t *args) {
    if (n_args == 0 || args == NULL) {
        return NULL;
    }
    kl_qstr_t name = b->name;
    const kl_obj_type_t *owner;
    if (kl_obj_is_type(args[0], &kl_type_type) &&
        is_classmethod_of((const kl_obj_type_t *)args[0], name, b)) {
        // A builtin classmethod (dict.fromkeys): the class is the bound first argument.
        owner = (const kl_obj_type_t *)args[0];
        while (owner->parent != NULL && is_classmethod_of(owner->parent, name, b) &&
               owner->parent != &kl_type_object) {
            owner = owner->parent;
        }
        return owner;
    }
    owner = kl_obj_get_type(args[0]);
    if (kl_type_lookup(owner, name) != KL_OBJ_FROM_PTR(b)) {
        return NULL;
    }
    while (owner->parent != NULL && kl_type_lookup(owner->parent, name) == KL_OBJ_FROM_PTR(b) &&
           owner->parent != &kl_type_object) {
        owner = owner->parent;
    }
    return owner;
}

// A wrong argument count for a builtin. When it is a method of its first argument's type (the
// call bound self), CPython's messages count the arguments without self and name the method as
// type.name() for the fixed-arity forms.
static KL_NORETURN void raise_builtin_args(const kl_obj_builtin_t *b, size_t n_args,
                                           const kl_obj_t *args) {
#if !KL_CFG_ERROR_TEXT
    // Every message below is empty: there is nothing to work out.
    (void)b, (void)n_args, (void)args;
    kl_raise_TypeError(KL_ERROR_TEXT("wrong number of arguments"));
#else
    kl_qstr_t name = b->name;
    const kl_obj_type_t *owner = builtin_owner(b, n_args, args);
    size_t self_n = owner != NULL ? 1 : 0;
    size_t given = n_args - self_n;
    size_t n_min = b->n_min - (b->n_min >= self_n ? self_n : 0);
    size_t n_max = b->n_max - (b->n_max >= self_n ? self_n : 0);
    int kind = b->kind;
    if (self_n == 1 && kind == KL_FUN_1) {
        kind = KL_FUN_0;
    } else if (self_n == 1 && kind == KL_FUN_2) {
        kind = KL_FUN_1;
    }
    if (kind == KL_FUN_0) {
        if (owner != NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("%q.%q() takes no arguments (%z given)"), owner->name,
                             name, given);
        }
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("%q() takes no arguments (%z given)"),
                         name, given);
    }
    if (kind == KL_FUN_1) {
        if (owner != NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("%q.%q() takes exactly one argument (%z given)"),
                             owner->name, name, given);
        }
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%q() takes exactly one argument (%z given)"), name, given);
    }
    if (given < n_min) {
        if (n_min == n_max) {
            kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("%q expected %z argument%s, got %z"),
                             name, n_min, n_min == 1 ? "" : "s", given);
        }
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%q expected at least %z argument%s, got %z"), name, n_min,
                         n_min == 1 ? "" : "s", given);
    }
    if (n_min == n_max) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("%q expected %z argument%s, got %z"),
                         name, n_max, n_max == 1 ? "" : "s", given);
    }
    kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("%q expected at most %z argument%s, got %z"),
                     name, n_max, n_max == 1 ? "" : "s", given);
#endif
}

static kl_obj_t builtin_call(kl_obj_t self, size_t n_args, size_t n_kw, const kl_obj_t *args) {
    const kl_obj_builtin_t *b = (const kl_obj_builtin_t *)self;
    if (n_kw != 0 && b->kind != KL_FUN_KW) {
        const kl_obj_type_t *owner = KL_CFG_ERROR_TEXT ? builtin_owner(b, n_args, args) : NULL;
        if (owner != NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("%q.%q() takes no keyword arguments"), owner->name,
                             (kl_qstr_t)b->name);
        }
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("%q() takes no keyword arguments"),
                         (kl_qstr_t)b->name);
    }
    // Every kind carries its argument counts (the fixed arities as n_min == n_max, the keyword
    // form with no n_max): one check serves them all.
    if (n_args < b->n_min || (n_args > b->n_max && b->n_max != KL_FUN_ARGS_ANY)) {
        raise_builtin_args(b, n_args, args);
    }
    switch (b->kind) {
        case KL_FUN_0:
            return b->fun.f0();
        case KL_FUN_1:
            return b->fun.f1(args[0]);
        case KL_FUN_2:
            return b->fun.f2(args[0], args[1]);
        case KL_FUN_3:
            return b->fun.f3(args[0], args[1], args[2]);
        case KL_FUN_KW:
            return b->fun.kw(n_args, n_kw, args);
        default:
            return b->fun.var(n_args, args);
    }
}

static void builtin_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    kl_printf(print, "<built-in function %q>", (kl_qstr_t)((const kl_obj_builtin_t *)o)->name);
}

#if KL_CFG_FUNCTION_ATTRS
static void builtin_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    if (dest[0] != KL_OBJ_NULL) {
        return;
    }
    if (attr == KL_QSTR___name__ || attr == KL_QSTR___qualname__) {
        dest[0] = KL_OBJ_NEW_QSTR(((const kl_obj_builtin_t *)self)->name);
#if KL_CFG_DOCSTRINGS
    } else if (attr == KL_QSTR___doc__) {
        dest[0] = kl_const_none;
#endif
    } else if (attr == KL_QSTR___self__) {
        dest[0] = kl_const_none;
    } else if (attr == KL_QSTR___module__) {
        dest[0] = KL_OBJ_NEW_QSTR(KL_QSTR_builtins);
    } else {
        kl_type_generic_attr(self, attr, dest);
    }
}
#endif

const kl_obj_callable_type_t kl_type_builtin_function_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_BINDS_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_CALL,
            .name = KL_QSTR_builtin_function_or_method,
            .print = builtin_print,
            .attr = builtin_attr,
        },
    .call = builtin_call,
};

// ==== Method descriptors ====
//
// list.append read from the class: the builtin method together with the type that defines it,
// so that calling it checks its first argument as CPython's method_descriptor does.

// Whether vm/obj_type.c builds slot wrappers at all: without them no descriptor is one.
#define SLOT_DESCRIPTORS (KL_CFG_SLOT_WRAPPERS || KL_CFG_OBJECT_DUNDERS)

typedef struct _method_descriptor_t {
    kl_obj_base_t base;
    const kl_obj_type_t *owner;
    kl_obj_t fun; // a builtin function
    bool slot;    // a slot wrapper (list.__len__), not a method (list.append)
} method_descriptor_t;
_Static_assert(offsetof(method_descriptor_t, owner) == offsetof(kl_obj_bound_meth_t, self) &&
                   offsetof(method_descriptor_t, fun) == offsetof(kl_obj_bound_meth_t, fun),
               "a method descriptor pairs its owner and function as a bound method its self and "
               "function");

static KL_NOINLINE kl_obj_t new_descriptor(const kl_obj_type_t *owner, kl_obj_t fun, bool slot) {
    method_descriptor_t *d = kl_gc_alloc(sizeof(method_descriptor_t), 0);
    d->base.type = &kl_type_method_descriptor;
    d->owner = owner;
    d->fun = fun;
    d->slot = slot;
    return KL_OBJ_FROM_PTR(d);
}

kl_obj_t kl_obj_new_method_descriptor(const kl_obj_type_t *owner, kl_obj_t fun) {
    return new_descriptor(owner, fun, false);
}

kl_obj_t kl_obj_new_slot_descriptor(const kl_obj_type_t *owner, kl_obj_t fun) {
    return new_descriptor(owner, fun, true);
}

kl_obj_t kl_obj_method_descriptor_fun(kl_obj_t o) {
    return ((const method_descriptor_t *)o)->fun;
}

const kl_obj_type_t *kl_obj_method_descriptor_owner(kl_obj_t o) {
    return ((const method_descriptor_t *)o)->owner;
}

static kl_qstr_t descriptor_name(const method_descriptor_t *d) {
    return ((const kl_obj_builtin_t *)d->fun)->name;
}

static kl_obj_t method_descriptor_call(kl_obj_t self, size_t n_args, size_t n_kw,
                                       const kl_obj_t *args) {
    const method_descriptor_t *d = (const method_descriptor_t *)self;
    if (n_args == 0) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("unbound method %q.%q() needs an argument"), d->owner->name,
                         descriptor_name(d));
    }
    if (!kl_obj_isinstance(args[0], d->owner)) {
#if KL_CFG_ERROR_TEXT
        if (SLOT_DESCRIPTORS && d->slot) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             "descriptor '%q' requires a '%q' object but received a '%T'",
                             descriptor_name(d), d->owner->name, args[0]);
        }
#endif
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("descriptor '%q' for '%q' objects doesn't apply to a '%T' "
                                       "object"),
                         descriptor_name(d), d->owner->name, args[0]);
    }
    return kl_call_function_n_kw(d->fun, n_args, n_kw, args);
}

static void method_descriptor_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    const method_descriptor_t *d = (const method_descriptor_t *)o;
    kl_printf(print, "<%s '%q' of '%q' objects>",
              SLOT_DESCRIPTORS && d->slot ? "slot wrapper" : "method", descriptor_name(d),
              d->owner->name);
}

#if KL_CFG_DESCRIPTORS
// __get__(obj, type=None): the method bound to obj, or the descriptor itself for None.
static kl_obj_t method_descriptor___get__(size_t n_args, const kl_obj_t *args) {
    (void)n_args;
    if (args[1] == kl_const_none) {
        return args[0];
    }
    const method_descriptor_t *d = (const method_descriptor_t *)args[0];
    return kl_obj_new_bound_meth(d->fun, args[1]);
}
static KL_DEFINE_FUN_VAR(method_descriptor___get___obj, __get__, 2, 3, method_descriptor___get__);

static const kl_rom_map_elem_t method_descriptor_locals_table[] = {
    {KL_ROM_QSTR(__get__), KL_ROM_PTR(&method_descriptor___get___obj)},
};
static KL_DEFINE_CONST_DICT(method_descriptor_locals_dict, method_descriptor_locals_table);
#endif

#if KL_CFG_FUNCTION_ATTRS
static void method_descriptor_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    if (dest[0] != KL_OBJ_NULL) {
        return;
    }
    const method_descriptor_t *d = (const method_descriptor_t *)self;
    switch (attr) {
        case KL_QSTR___name__:
            dest[0] = KL_OBJ_NEW_QSTR(descriptor_name(d));
            return;
        case KL_QSTR___qualname__:
            dest[0] = kl_obj_str_printf("%q.%q", (kl_qstr_t)d->owner->name, descriptor_name(d));
            return;
        case KL_QSTR___objclass__:
            dest[0] = KL_OBJ_FROM_PTR(d->owner);
            return;
#if KL_CFG_DOCSTRINGS
        case KL_QSTR___doc__:
            dest[0] = kl_const_none;
            return;
#endif
        default:
            kl_type_generic_attr(self, attr, dest);
            return;
    }
}
#endif

const kl_obj_callable_type_t kl_type_method_descriptor_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_CALL,
            .name = KL_QSTR_method_descriptor,
            .print = method_descriptor_print,
            .binary_op = pair_binary_op, // two reads of list.append are equal
            .attr = method_descriptor_attr,
#if KL_CFG_DESCRIPTORS
            .locals_dict = &method_descriptor_locals_dict,
#endif
            .parent = &kl_type_object,
        },
    .unary_op = pair_unary_op,
    .call = method_descriptor_call,
};

// ==== Cells and code ====

// A program reaches a cell only through a function's __closure__, and a code object only
// through __code__, a generator's gi_code or compile(): where none of them is built (below
// CORE), nothing asks for a cell's cell_contents or a code object's repr, and they go.
#define CODE_REACHABLE                                                                             \
    (KL_CFG_FUNCTION_ATTRS_FULL || KL_CFG_GENERATOR_ATTRS || KL_CFG_BUILTINS_FULL)

kl_obj_t kl_obj_new_cell(kl_obj_t value) {
    kl_obj_cell_t *c = kl_gc_alloc(sizeof(kl_obj_cell_t), 0);
    c->base.type = &kl_type_cell;
    c->value = value;
    return KL_OBJ_FROM_PTR(c);
}

#if KL_CFG_FUNCTION_ATTRS_FULL
static void cell_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    if (dest[0] == KL_OBJ_NULL && attr == KL_QSTR_cell_contents) {
        kl_obj_t v = ((kl_obj_cell_t *)self)->value;
        if (v == KL_OBJ_NULL) {
            kl_raise_msg(&kl_type_ValueError, KL_ERROR_TEXT("Cell is empty"));
        }
        dest[0] = v;
    }
}
#endif

const kl_obj_type_t kl_type_cell = {
    .base = {&kl_type_type},
    .name = KL_QSTR_cell,
#if KL_CFG_FUNCTION_ATTRS_FULL
    .attr = cell_attr,
#endif
};

#if CODE_REACHABLE
static void code_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    const kl_obj_code_t *c = (const kl_obj_code_t *)o;
    kl_printf(print, "<code object %q at %p, file \"%q\", line %u>", (kl_qstr_t)c->name, o,
              (kl_qstr_t)c->filename, (unsigned)c->first_line);
}
#endif

#if KL_CFG_FUNCTION_ATTRS_FULL
static void code_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    if (dest[0] != KL_OBJ_NULL) {
        return;
    }
    const kl_obj_code_t *c = (const kl_obj_code_t *)self;
    switch (attr) {
        case KL_QSTR_co_name:
            dest[0] = KL_OBJ_NEW_QSTR(c->name);
            break;
        case KL_QSTR_co_qualname:
            dest[0] = KL_OBJ_NEW_QSTR(c->qualname);
            break;
        case KL_QSTR_co_filename:
            dest[0] = KL_OBJ_NEW_QSTR(c->filename);
            break;
        case KL_QSTR_co_firstlineno:
            dest[0] = KL_OBJ_NEW_SMALL_INT(c->first_line);
            break;
        case KL_QSTR_co_argcount:
            dest[0] = KL_OBJ_NEW_SMALL_INT(c->n_pos);
            break;
        case KL_QSTR_co_posonlyargcount:
#if KL_CFG_POSONLY_PARAMS
            dest[0] = KL_OBJ_NEW_SMALL_INT(c->n_posonly);
#else
            dest[0] = KL_OBJ_NEW_SMALL_INT(0);
#endif
            break;
        case KL_QSTR_co_kwonlyargcount:
            dest[0] = KL_OBJ_NEW_SMALL_INT(c->n_kwonly);
            break;
        case KL_QSTR_co_flags: {
            // CPython's CO_* bits, for inspect-style tests such as asyncio.iscoroutinefunction:
            // OPTIMIZED|NEWLOCALS for a function, VARARGS 0x04, VARKEYWORDS 0x08, NESTED 0x10
            // (approximated: the function has free variables), GENERATOR 0x20, COROUTINE 0x80,
            // ASYNC_GENERATOR 0x200.
            unsigned f = (c->flags & KL_CODE_FLAG_NAMESPACE) ? 0 : 0x03;
            f |= (c->flags & KL_CODE_FLAG_VARARGS) ? 0x04 : 0;
            f |= (c->flags & KL_CODE_FLAG_VARKW) ? 0x08 : 0;
            f |= c->n_free ? 0x10 : 0;
            f |= (c->flags & KL_CODE_FLAG_GENERATOR) ? 0x20 : 0;
            f |= (c->flags & KL_CODE_FLAG_COROUTINE) ? 0x80 : 0;
            f |= (c->flags & KL_CODE_FLAG_ASYNC_GENERATOR) ? 0x200 : 0;
            dest[0] = KL_OBJ_NEW_SMALL_INT(f);
            break;
        }
        case KL_QSTR_co_varnames: {
            size_t n = (size_t)c->n_locals - c->n_free;
            kl_obj_t t = kl_obj_new_tuple(n, NULL);
            for (size_t i = 0; i < n; i++) {
                ((kl_obj_tuple_t *)t)->items[i] = KL_OBJ_NEW_QSTR(c->local_names[i]);
            }
            dest[0] = t;
            break;
        }
        default:
            break;
    }
}
#endif

const kl_obj_type_t kl_type_code = {
    .base = {&kl_type_type},
    .name = KL_QSTR_code,
#if CODE_REACHABLE
    .print = code_print,
#endif
#if KL_CFG_FUNCTION_ATTRS_FULL
    .attr = code_attr,
#endif
};
