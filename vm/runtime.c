// vm/runtime.c: calling, operators, attributes and iteration for any value.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The VM and every builtin go through these functions to act on values, so the language's
// dispatch rules live in one place: which operand's type answers a binary operator (the
// reflected method of a subclass first, then the left, then the right), what "not supported"
// becomes (NotImplemented, an in-place fallback, identity for ==, or the TypeError whose text
// CPython prints), and how attribute lookup binds methods without allocating.

#include <string.h>

#include "vm/bc.h"
#include "vm/gc.h"
#include "vm/hal.h"
#include "vm/map.h"
#include "vm/obj_exception.h"
#include "vm/obj_int.h"
#include "vm/obj_list.h"
#include "vm/obj_module.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/parse.h"
#include "vm/runtime.h"
#include "vm/state.h"
#include "vm/vstr.h"

// A check that only picks the wording of an error which a later check raises anyway, as the same
// exception: without error text (KL_CFG_ERROR_TEXT) there is nothing to word, and it goes.
#define WORDING_ONLY(cond) (KL_CFG_ERROR_TEXT && (cond))

// ==== Limits ====

void kl_stack_check(void) {
    volatile char here;
    if ((char *)&here < kl_state.c_stack_low) {
        kl_state.c_stack_low = (char *)&here;
    }
    if (kl_state.c_stack_limit == 0) {
        return;
    }
    size_t used = (size_t)(kl_state.c_stack_top - (char *)&here);
    if (used > kl_state.c_stack_limit) {
        kl_raise_RecursionError(KL_ERROR_TEXT("maximum recursion depth exceeded"));
    }
}

// ==== Calls ====

kl_obj_t kl_call_function_n_kw(kl_obj_t fun, size_t n_args, size_t n_kw, const kl_obj_t *args) {
    const kl_obj_type_t *type = kl_obj_get_type(fun);
    // A fast path (KL_CFG_VM_FAST_PATHS): the function type's call slot does the same, after
    // the test for Ctrl-C that the new frame's start repeats.
    if (KL_CFG_VM_FAST_PATHS && type == &kl_type_function) {
        return kl_vm_call_function((kl_obj_fun_t *)fun, n_args, n_kw, args);
    }
    kl_call_fun_t call = kl_type_call_slot(type);
    if (call != NULL) {
        if (KL_UNLIKELY(kl_state.interrupt)) {
            kl_state.interrupt = 0;
            kl_raise_msg(&kl_type_KeyboardInterrupt, NULL);
        }
        return call(fun, n_args, n_kw, args);
    }
    kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("'%q' object is not callable"), type->name);
}

kl_obj_t kl_call_function_0(kl_obj_t fun) {
    return kl_call_function_n_kw(fun, 0, 0, NULL);
}

kl_obj_t kl_call_function_1(kl_obj_t fun, kl_obj_t arg) {
    return kl_call_function_n_kw(fun, 1, 0, &arg);
}

kl_obj_t kl_call_function_2(kl_obj_t fun, kl_obj_t arg1, kl_obj_t arg2) {
    kl_obj_t args[2] = {arg1, arg2};
    return kl_call_function_n_kw(fun, 2, 0, args);
}

kl_obj_t kl_call_method_n_kw(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    if (args[1] != KL_OBJ_NULL) {
        return kl_call_function_n_kw(args[0], n_args + 1, n_kw, args + 1);
    }
    return kl_call_function_n_kw(args[0], n_args, n_kw, args + 2);
}

kl_obj_t kl_call_method_self(kl_obj_t fun, kl_obj_t self, size_t n_args, size_t n_kw,
                             const kl_obj_t *args) {
    size_t n = 1 + n_args + 2 * n_kw;
    kl_obj_t small[8];
    kl_obj_t *buf = n <= 8 ? small : kl_gc_alloc(n * sizeof(kl_obj_t), 0);
    buf[0] = self;
    if (n > 1) {
        kl_mem_copy(buf + 1, args, (n - 1) * sizeof(kl_obj_t));
    }
    return kl_call_function_n_kw(fun, n_args + 1, n_kw, buf);
}

kl_obj_t kl_call_function_ex(kl_obj_t fun, kl_obj_t args, kl_obj_t kwargs) {
    size_t n_pos;
    kl_obj_t *pos;
    if (!kl_obj_is_type(args, &kl_type_tuple) && !kl_obj_is_type(args, &kl_type_list)) {
        const kl_obj_type_t *t = kl_obj_get_type(args);
        // Only the wording: kl_obj_tuple_from_iterable raises the TypeError too.
        if (WORDING_ONLY(kl_type_getiter(t) == NULL && !(t->flags & KL_TYPE_FLAG_HEAP))) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("%s argument after * must be an iterable, not %T"),
                             "function", args);
        }
        args = kl_obj_tuple_from_iterable(args);
    }
    kl_obj_get_array(args, &n_pos, &pos);
    size_t n_kw = 0;
    if (kwargs != KL_OBJ_NULL) {
        if (!kl_obj_is_type(kwargs, &kl_type_dict)) {
            kl_obj_t d = kl_obj_new_dict(0);
            kl_obj_dict_update(d, kwargs, true);
            kwargs = d;
        }
        n_kw = ((kl_obj_dict_t *)kwargs)->map.used;
    }
    size_t n = n_pos + 2 * n_kw;
    kl_obj_t small[8];
    kl_obj_t *buf = n <= 8 ? small : kl_gc_alloc(n * sizeof(kl_obj_t), 0);
    if (n_pos > 0) {
        kl_mem_copy(buf, pos, n_pos * sizeof(kl_obj_t));
    }
    if (n_kw > 0) {
        size_t i = n_pos, p = 0;
        kl_map_elem_t *e;
        while ((e = kl_map_next(&((kl_obj_dict_t *)kwargs)->map, &p)) != NULL) {
            if (!kl_obj_is_str(e->key)) {
                kl_raise_TypeError(KL_ERROR_TEXT("keywords must be strings"));
            }
            buf[i++] = e->key;
            buf[i++] = e->value;
        }
    }
    return kl_call_function_n_kw(fun, n_pos, n_kw, buf);
}

void kl_arg_check_num(size_t n_args, size_t n_kw, size_t n_min, size_t n_max, bool takes_kw) {
    if (n_kw > 0 && !takes_kw) {
        kl_raise_TypeError(KL_ERROR_TEXT("function doesn't take keyword arguments"));
    }
    if (n_min == n_max && n_args != n_min) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("function takes %z positional arguments but %z were given"),
                         n_min, n_args);
    }
    if (n_args < n_min) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("function missing %z required positional arguments"),
                         n_min - n_args);
    }
    if (n_args > n_max) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("function expected at most %z arguments, got %z"), n_max,
                         n_args);
    }
}

// Find keyword [q] among [n_kw] pairs at [kw].
static kl_obj_t find_kw(size_t n_kw, const kl_obj_t *kw, kl_qstr_t q) {
    for (size_t i = 0; i < n_kw; i++) {
        if (kl_obj_str_get_qstr(kw[2 * i]) == q) {
            return kw[2 * i + 1];
        }
    }
    return KL_OBJ_NULL;
}

void kl_arg_bind(const char *fname, size_t n_pos, size_t n_kw, const kl_obj_t *args, size_t min_pos,
                 size_t max_pos, size_t n_names, const uint16_t *names, kl_obj_t *out) {
    // More arguments than names: too many positional ones, or a keyword that is unknown or
    // repeats a positional one, which the checks below find too.
    if (WORDING_ONLY(n_pos + n_kw > n_names)) {
        kl_raise_msg_fmt(
            &kl_type_TypeError, KL_ERROR_TEXT("%s() takes at most %z %sargument%s (%z given)"),
            fname, n_names, n_pos == 0 ? "keyword " : "", n_names == 1 ? "" : "s", n_pos + n_kw);
    }
    if (n_pos > max_pos) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%s() takes %s %z positional argument%s (%z given)"), fname,
                         min_pos < max_pos ? "at most" : "exactly", max_pos,
                         max_pos == 1 ? "" : "s", n_pos);
    }
    const kl_obj_t *kw = args + n_pos;
    size_t matched = 0;
    for (size_t i = 0; i < n_names; i++) {
        out[i] = i < n_pos ? args[i] : find_kw(n_kw, kw, names[i]);
        if (i >= n_pos && out[i] != KL_OBJ_NULL) {
            matched++;
        }
        if (out[i] == KL_OBJ_NULL && i < min_pos) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("%s() missing required argument '%q' (pos %z)"), fname,
                             names[i], i + 1);
        }
    }
    if (matched == n_kw) {
        return;
    }
    // A keyword left over repeats a positional argument or names no parameter: without error
    // text both are the same bare TypeError, and the search for which it is goes.
    if (!KL_CFG_ERROR_TEXT) {
        kl_raise_TypeError(KL_ERROR_TEXT(""));
    }
    for (size_t i = 0; i < n_pos; i++) {
        if (find_kw(n_kw, kw, names[i]) != KL_OBJ_NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("argument for %s() given by name ('%q') and position "
                                           "(%z)"),
                             fname, names[i], i + 1);
        }
    }
    for (size_t k = 0; k < n_kw; k++) {
        kl_qstr_t q = kl_obj_str_get_qstr(kw[2 * k]);
        size_t i = 0;
        while (i < n_names && names[i] != q) {
            i++;
        }
        if (i == n_names) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("'%S' is an invalid keyword argument for %s()"),
                             kw[2 * k], fname);
        }
    }
}

// ==== Operators ====

static const char *const binary_op_symbols[] = {
#define X(name, sym, d, r, i) sym,
    KL_BINARY_OPS(X)
#undef X
};

static const char *const compare_symbols[] = {"<", ">", "==", "!=", "<=", ">="};

kl_obj_t kl_unary_op(kl_unary_op_t op, kl_obj_t arg) {
    // A fast path (KL_CFG_VM_FAST_PATHS): int's own unary_op gives the same answers.
    if (KL_CFG_VM_FAST_PATHS && KL_OBJ_IS_SMALL_INT(arg)) {
        kl_int_t v = KL_OBJ_SMALL_INT_VALUE(arg);
        switch (op) {
            case KL_UNARY_OP_POSITIVE:
                return arg;
            case KL_UNARY_OP_NEGATIVE:
                return kl_obj_new_int(-v);
            case KL_UNARY_OP_INVERT:
                return KL_OBJ_NEW_SMALL_INT(~v);
            default:
                break;
        }
    }
    switch (op) {
        case KL_UNARY_OP_BOOL:
            return KL_OBJ_FROM_BOOL(kl_obj_is_true(arg));
        case KL_UNARY_OP_LEN:
            return kl_obj_len(arg);
        case KL_UNARY_OP_HASH:
            return kl_obj_new_int((kl_int_t)kl_obj_hash(arg));
        default:
            break;
    }
    const kl_obj_type_t *type = kl_obj_get_type(arg);
    kl_unary_op_fun_t unary_op = kl_type_unary_op(type);
    if (unary_op != NULL) {
        kl_obj_t r = unary_op(op, arg);
        if (r != KL_OBJ_NULL) {
            return r;
        }
    }
    static const char *const names[KL_UNARY_OP_NUM] = {
        [KL_UNARY_OP_POSITIVE] = "unary +", [KL_UNARY_OP_NEGATIVE] = "unary -",
        [KL_UNARY_OP_INVERT] = "unary ~",   [KL_UNARY_OP_ABS] = "abs()",
        [KL_UNARY_OP_INT] = "int()",        [KL_UNARY_OP_FLOAT] = "float()",
    };
    kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("bad operand type for %s: '%q'"),
                     names[op] != NULL ? names[op] : "operator", type->name);
}

static kl_obj_t try_binary(const kl_obj_type_t *type, kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs,
                           bool as_rhs) {
    if (type->binary_op == NULL) {
        return KL_OBJ_NULL;
    }
    if ((type->flags & KL_TYPE_FLAG_HEAP) && type->make_new == kl_type_new_instance) {
        return kl_instance_binary_op_side(op, lhs, rhs, !as_rhs);
    }
    return type->binary_op(op, lhs, rhs);
}

kl_obj_t kl_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    if (op == KL_BINARY_OP_CONTAINS) {
        return KL_OBJ_FROM_BOOL(kl_obj_contains(lhs, rhs));
    }
    const kl_obj_type_t *lt = kl_obj_get_type(lhs);
    const kl_obj_type_t *rt = kl_obj_get_type(rhs);
    // An in-place operator that no operand has is tried again as the plain one, in the same
    // order of operands; its error still names the augmented one.
    kl_binary_op_t try_op = op;
    for (;;) {
        bool tried_rhs = false;
        kl_obj_t r;
        if (rt != lt && (rt->flags & KL_TYPE_FLAG_HEAP) && kl_obj_is_subclass(rt, lt)) {
            // A subclass's reflected method wins over its base's forward one.
            r = try_binary(rt, try_op, lhs, rhs, true);
            if (r != KL_OBJ_NULL) {
                return r;
            }
            tried_rhs = true;
        }
        r = try_binary(lt, try_op, lhs, rhs, false);
        if (r != KL_OBJ_NULL) {
            return r;
        }
        // The reflected operand gets its turn when it has another type, and for comparisons
        // always (a > b falls back to b < a even between instances of one class).
        if ((rt != lt || (try_op >= KL_BINARY_OP_LT && try_op <= KL_BINARY_OP_GE)) && !tried_rhs &&
            (rt != lt || (rt->flags & KL_TYPE_FLAG_HEAP))) {
            r = try_binary(rt, try_op, lhs, rhs, true);
            if (r != KL_OBJ_NULL) {
                return r;
            }
        }
        if (try_op < KL_BINARY_OP_INPLACE_ADD || try_op > KL_BINARY_OP_INPLACE_LAST) {
            break;
        }
        try_op = (kl_binary_op_t)(try_op - KL_BINARY_OP_INPLACE_OFFSET);
    }
    if (WORDING_ONLY(op != try_op)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("unsupported operand type(s) for %s=: '%q' and '%q'"),
                         binary_op_symbols[try_op], lt->name, rt->name);
    }
    if (op == KL_BINARY_OP_EQ) {
        return KL_OBJ_FROM_BOOL(lhs == rhs);
    }
    if (op == KL_BINARY_OP_NE) {
        return KL_OBJ_FROM_BOOL(lhs != rhs);
    }
    if (WORDING_ONLY(op >= KL_BINARY_OP_LT && op <= KL_BINARY_OP_GE)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("'%s' not supported between instances of '%q' and '%q'"),
                         compare_symbols[op - KL_BINARY_OP_LT], lt->name, rt->name);
    }
    if (WORDING_ONLY(op == KL_BINARY_OP_POW)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("unsupported operand type(s) for ** or pow(): '%q' and "
                                       "'%q'"),
                         lt->name, rt->name);
    }
    kl_raise_msg_fmt(&kl_type_TypeError,
                     KL_ERROR_TEXT("unsupported operand type(s) for %s: '%q' and '%q'"),
                     binary_op_symbols[op], lt->name, rt->name);
}

bool kl_obj_contains(kl_obj_t container, kl_obj_t item) {
    const kl_obj_type_t *type = kl_obj_get_type(container);
    if (type->binary_op != NULL) {
        kl_obj_t r = try_binary(type, KL_BINARY_OP_CONTAINS, container, item, false);
        if (r != KL_OBJ_NULL) {
            return kl_obj_is_true(r);
        }
    }
    // Fall back to iteration.
    kl_obj_iter_buf_t buf;
    kl_getiter_fun_t getiter_slot = kl_type_getiter(type);
    kl_obj_t it = getiter_slot != NULL ? getiter_slot(container, &buf) : KL_OBJ_NULL;
    if (it == KL_OBJ_NULL) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("argument of type '%q' is not iterable"),
                         type->name);
    }
    kl_obj_t v;
    while ((v = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        if (v == item || kl_obj_equal(v, item)) {
            return true;
        }
    }
    return false;
}

// ==== Attributes ====

static KL_NORETURN void raise_attribute_error(kl_obj_t base, kl_qstr_t attr) {
    kl_obj_t exc;
    if (WORDING_ONLY(kl_obj_is_type(base, &kl_type_module))) {
        exc = kl_obj_new_exception_fmt(&kl_type_AttributeError,
                                       KL_ERROR_TEXT("module '%q' has no attribute '%q'"),
                                       kl_obj_module_name(base), attr);
    } else if (WORDING_ONLY(kl_obj_is_type(base, &kl_type_type) ||
                            kl_obj_is_subclass(kl_obj_get_type(base), &kl_type_type))) {
        exc = kl_obj_new_exception_fmt(&kl_type_AttributeError,
                                       KL_ERROR_TEXT("type object '%q' has no attribute '%q'"),
                                       ((const kl_obj_type_t *)base)->name, attr);
    } else {
        exc = kl_obj_new_exception_fmt(&kl_type_AttributeError,
                                       KL_ERROR_TEXT("'%T' object has no attribute '%q'"), base,
                                       attr);
    }
    kl_exception_set_attr_info(exc, base, attr);
    kl_raise(exc);
}

void kl_load_method_maybe(kl_obj_t base, kl_qstr_t attr, kl_obj_t *dest) {
    dest[0] = KL_OBJ_NULL;
    dest[1] = KL_OBJ_NULL;
    const kl_obj_type_t *type = kl_obj_get_type(base);
    kl_attr_fun_t f = kl_type_full(type)->attr;
    if (f != NULL) {
        f(base, attr, dest);
    } else {
        kl_type_generic_attr(base, attr, dest);
    }
}

void kl_load_special_method_maybe(kl_obj_t base, kl_qstr_t attr, kl_obj_t *dest) {
    dest[0] = KL_OBJ_NULL;
    dest[1] = KL_OBJ_NULL;
    const kl_obj_type_t *type = kl_obj_get_type(base);
    kl_obj_t f = kl_type_lookup(type, attr);
    if (f != KL_OBJ_NULL) {
        kl_type_bind_attr(f, base, type, dest);
    }
}

void kl_load_method(kl_obj_t base, kl_qstr_t attr, kl_obj_t *dest) {
    kl_load_method_maybe(base, attr, dest);
    if (dest[0] == KL_OBJ_NULL) {
        raise_attribute_error(base, attr);
    }
}

kl_obj_t kl_load_attr_maybe(kl_obj_t base, kl_qstr_t attr, kl_obj_t dflt) {
    kl_obj_t dest[2];
    kl_load_method_maybe(base, attr, dest);
    if (dest[0] == KL_OBJ_NULL) {
        return dflt;
    }
    if (dest[1] != KL_OBJ_NULL) {
        return kl_obj_new_bound_meth(dest[0], dest[1]);
    }
    return dest[0];
}

kl_obj_t kl_load_attr(kl_obj_t base, kl_qstr_t attr) {
    kl_obj_t dest[2];
    kl_load_method(base, attr, dest);
    if (dest[1] != KL_OBJ_NULL) {
        return kl_obj_new_bound_meth(dest[0], dest[1]);
    }
    return dest[0];
}

static void store_or_delete(kl_obj_t base, kl_qstr_t attr, kl_obj_t value) {
    kl_obj_t dest[2] = {KL_OBJ_SENTINEL, value};
    const kl_obj_type_t *type = kl_obj_get_type(base);
    if (attr == KL_QSTR___class__ && !(type->flags & KL_TYPE_FLAG_HEAP)) {
        kl_raise_TypeError(KL_ERROR_TEXT("__class__ assignment only supported for mutable types or "
                                         "ModuleType subclasses"));
    }
    kl_attr_fun_t f = kl_type_full(type)->attr;
    if (f != NULL) {
        f(base, attr, dest);
        if (dest[0] == KL_OBJ_NULL) {
            return;
        }
    }
    if (value != KL_OBJ_NULL && kl_type_lookup(type, attr) != KL_OBJ_NULL &&
        !(type->flags & KL_TYPE_FLAG_HEAP)) {
        kl_raise_msg_fmt(&kl_type_AttributeError,
                         KL_ERROR_TEXT("'%q' object attribute '%q' is read-only"), type->name,
                         attr);
    }
    raise_attribute_error(base, attr);
}

void kl_store_attr(kl_obj_t base, kl_qstr_t attr, kl_obj_t value) {
    store_or_delete(base, attr, value);
}

void kl_delete_attr(kl_obj_t base, kl_qstr_t attr) {
    store_or_delete(base, attr, KL_OBJ_NULL);
}

// ==== Iteration ====

kl_obj_t kl_iter_self(kl_obj_t self, kl_obj_iter_buf_t *iter_buf) {
    (void)iter_buf;
    return self;
}

static kl_obj_t getiter(kl_obj_t o, kl_obj_iter_buf_t *iter_buf, bool for_unpack) {
    const kl_obj_type_t *type = kl_obj_get_type(o);
    kl_getiter_fun_t getiter_slot = kl_type_getiter(type);
    if (getiter_slot != NULL) {
        kl_obj_t it = getiter_slot(o, iter_buf);
        if (it != KL_OBJ_NULL) {
            return it;
        }
    } else if (kl_type_subscr(type) != NULL && !(type->flags & KL_TYPE_FLAG_HEAP) &&
               type != &kl_type_dict && type != &kl_type_type) {
        return kl_obj_new_seq_iter(o);
    }
    if (WORDING_ONLY(for_unpack)) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("cannot unpack non-iterable %q object"),
                         type->name);
    }
    kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("'%q' object is not iterable"), type->name);
}

kl_obj_t kl_getiter(kl_obj_t o, kl_obj_iter_buf_t *iter_buf) {
    return getiter(o, iter_buf, false);
}

kl_obj_t kl_getiter_or_unpack_error(kl_obj_t o) {
    return getiter(o, NULL, true);
}

kl_obj_t kl_iternext(kl_obj_t iter) {
    // Every step of a loop that C code runs over an iterator (sum(), x in it, list.extend,
    // range.count...) is a check point like a backward jump, so Ctrl-C and the instruction
    // budget stop a builtin that would otherwise never return. Scheduled callbacks wait for
    // the VM's own check points.
    if (KL_UNLIKELY(kl_state.interrupt | (KL_CFG_INSTRUCTION_BUDGET && kl_state.budget_on))) {
        kl_check_interrupt_and_budget();
    }
    return kl_iternext_unchecked(iter);
}

kl_obj_t kl_iternext_unchecked(kl_obj_t iter) {
    const kl_obj_type_t *type = kl_obj_get_type(iter);
    kl_iternext_fun_t iternext = kl_type_iternext(type);
    if (iternext == NULL) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("'%q' object is not an iterator"),
                         type->name);
    }
    return iternext(iter);
}

// ==== Text of objects ====

kl_obj_t kl_obj_str_of(kl_obj_t o, kl_print_kind_t kind) {
    if (KL_OBJ_IS_SMALL_INT(o)) {
        // str(int) in a loop is common: format on the stack, allocate only the result.
#if !KL_CFG_BIGINT
        // Without big ints, the int type's own formatter does just that.
        return kl_obj_int_format_base(o, 10, false, false);
#else
        char buf[24];
        kl_int_t v = KL_OBJ_SMALL_INT_VALUE(o);
        kl_uint_t mag = v < 0 ? (kl_uint_t)0 - (kl_uint_t)v : (kl_uint_t)v;
        char *p = kl_vstr_uint_digits(buf + sizeof(buf), mag, 10, false);
        if (v < 0) {
            *--p = '-';
        }
        return kl_obj_new_str(p, (size_t)(buf + sizeof(buf) - p));
#endif
    }
    if (kind == KL_PRINT_STR && kl_obj_is_str(o) &&
        !(kl_obj_get_type(o)->flags & KL_TYPE_FLAG_HEAP)) {
        return o;
    }
    return kl_vstr_print_to_str(kl_obj_print, o, kind);
}

kl_obj_t kl_obj_str_ascii(kl_obj_t o) {
    kl_obj_t r = kl_obj_str_of(o, KL_PRINT_REPR);
    size_t len;
    const char *s = kl_obj_str_get_data(r, &len);
    kl_vstr_t v;
    kl_vstr_init(&v, len);
    kl_print_t print;
    kl_vstr_print(&print, &v);
    const char *p = s, *end = s + len;
    while (p < end) {
        uint32_t c = kl_obj_str_utf8_decode(&p);
        if (c < 0x80) {
            kl_vstr_add_byte(&v, (char)c);
        } else {
            kl_obj_str_print_escape(&print, c);
        }
    }
    return kl_vstr_to_str(&v);
}

// ==== Classes ====

#if KL_CFG_MRO_ENTRIES
// PEP 560: a base that is not a class but has __mro_entries__ (typing.Generic[T], say) is
// replaced by the tuple that method returns. Returns NULL when no base changed.
static kl_obj_t resolve_bases(size_t n, const kl_obj_t *bases, kl_obj_t orig) {
    kl_obj_t out = KL_OBJ_NULL;
    for (size_t i = 0; i < n; i++) {
        kl_obj_t b = bases[i];
        kl_obj_t meth[3] = {KL_OBJ_NULL, KL_OBJ_NULL, orig};
        if (!kl_obj_isinstance(b, &kl_type_type)) {
            kl_load_method_maybe(b, KL_QSTR___mro_entries__, meth);
        }
        if (meth[0] == KL_OBJ_NULL) {
            if (out != KL_OBJ_NULL) {
                kl_obj_list_append(out, b);
            }
            continue;
        }
        kl_obj_t entries = kl_call_method_n_kw(1, 0, meth);
        if (!kl_obj_is_type(entries, &kl_type_tuple)) {
            kl_raise_TypeError(KL_ERROR_TEXT("__mro_entries__ must return a tuple"));
        }
        if (out == KL_OBJ_NULL) {
            out = kl_obj_new_list(i, bases);
        }
        size_t len;
        kl_obj_t *items;
        kl_obj_get_array(entries, &len, &items);
        for (size_t j = 0; j < len; j++) {
            kl_obj_list_append(out, items[j]);
        }
    }
    if (out == KL_OBJ_NULL) {
        return KL_OBJ_NULL;
    }
    size_t len;
    kl_obj_t *items;
    kl_obj_get_array(out, &len, &items);
    return kl_obj_new_tuple(len, items);
}
#endif

// __build_class__(body, name, *bases, metaclass=..., **kwargs)
static kl_obj_t builtin___build_class__(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    if (n_args < 2) {
        kl_raise_TypeError(KL_ERROR_TEXT("__build_class__: not enough arguments"));
    }
    kl_obj_t body = args[0];
    kl_obj_t name = args[1];
    if (!kl_obj_is_type(body, &kl_type_function)) {
        kl_raise_TypeError(KL_ERROR_TEXT("__build_class__: func must be a function"));
    }
    if (!kl_obj_is_str(name)) {
        kl_raise_TypeError(KL_ERROR_TEXT("__build_class__: name is not a string"));
    }
    kl_obj_t orig_bases = kl_obj_new_tuple(n_args - 2, args + 2);
#if KL_CFG_MRO_ENTRIES
    kl_obj_t bases = resolve_bases(n_args - 2, args + 2, orig_bases);
    if (bases == KL_OBJ_NULL) {
        bases = orig_bases;
    }
#else
    kl_obj_t bases = orig_bases;
#endif
    const kl_obj_type_t *meta = NULL;
    // Keywords other than metaclass= go to the metaclass (and __init_subclass__): gathered at
    // once where the metaclass's arguments (name, bases, namespace) will be followed by them.
    kl_obj_t *ma = kl_gc_alloc((3 + 2 * n_kw) * sizeof(kl_obj_t), 0);
    kl_obj_t *kw = ma + 3;
    size_t n_rest = 0;
    for (size_t i = 0; i < n_kw; i++) {
        kl_obj_t k = args[n_args + 2 * i];
        if (kl_obj_str_get_qstr(k) == KL_QSTR_metaclass) {
            meta = (const kl_obj_type_t *)args[n_args + 2 * i + 1];
#if !KL_CFG_METACLASS
            if (meta != &kl_type_type) {
                kl_raise_NotImplementedError(KL_ERROR_TEXT("metaclasses"));
            }
#endif
        } else {
            kw[2 * n_rest] = k;
            kw[2 * n_rest + 1] = args[n_args + 2 * i + 1];
            n_rest++;
        }
    }
#if KL_CFG_METACLASS
    // The most derived of the metaclass given and those of the bases (a metaclass that is not a
    // class, such as a function, is called as it is).
    if (meta == NULL) {
        meta = kl_type_winner(&kl_type_type, bases);
    } else if (kl_obj_is_subclass(kl_obj_get_type(KL_OBJ_FROM_PTR(meta)), &kl_type_type)) {
        meta = kl_type_winner(meta, bases);
    }
    kl_obj_t ns = KL_OBJ_NULL;
    if (meta != &kl_type_type) {
        kl_obj_t prep[2];
        kl_load_method_maybe(KL_OBJ_FROM_PTR(meta), KL_QSTR___prepare__, prep);
        if (prep[0] != KL_OBJ_NULL) {
            // __prepare__(name, bases, **kwargs) gets the class keywords too.
            kl_obj_t *pargs = kl_gc_alloc((4 + 2 * n_rest) * sizeof(kl_obj_t), 0);
            pargs[0] = prep[0];
            pargs[1] = prep[1];
            pargs[2] = name;
            pargs[3] = bases;
            kl_mem_copy(pargs + 4, kw, 2 * n_rest * sizeof(kl_obj_t));
            ns = kl_call_method_n_kw(2, n_rest, pargs);
        }
    }
    if (ns == KL_OBJ_NULL) {
        ns = kl_obj_new_dict(0);
    }
#else
    // Every class is an instance of type (kl_type_new refuses a base that is type itself).
    meta = &kl_type_type;
    kl_obj_t ns = kl_obj_new_dict(0);
#endif
    kl_obj_fun_t *fun = (kl_obj_fun_t *)body;
    kl_vm_exec_code(fun->code, fun->globals, ns, fun->closure);
#if KL_CFG_MRO_ENTRIES
    if (bases != orig_bases) {
        kl_obj_subscr(ns, KL_OBJ_NEW_QSTR(KL_QSTR___orig_bases__), orig_bases);
    }
#endif
    ma[0] = name;
    ma[1] = bases;
    ma[2] = ns;
#if !KL_CFG_METACLASS
    return kl_type_call_metaclass(meta, 3, n_rest, ma);
#else
    if (kl_obj_isinstance(KL_OBJ_FROM_PTR(meta), &kl_type_type)) {
        return kl_type_call_metaclass(meta, 3, n_rest, ma);
    }
    // A metaclass that is any callable.
    return kl_call_function_n_kw(KL_OBJ_FROM_PTR(meta), 3, n_rest, ma);
#endif
}
KL_DEFINE_FUN_KW(kl_builtin___build_class___obj, __build_class__, 2, builtin___build_class__);

// ==== Running code from code: exec, eval, compile, globals, locals ====

static kl_obj_t caller_globals(void) {
    kl_frame_t *f = kl_state.frame;
    return f != NULL ? f->globals : kl_obj_module_globals(kl_state.roots.main_module);
}

// The caller's local names as a dict: the namespace itself in a module or class body, a
// snapshot of the fast locals in a function.
static kl_obj_t caller_locals(void) {
    kl_frame_t *f = kl_state.frame;
    if (f == NULL) {
        return caller_globals();
    }
    if (f->locals_dict != KL_OBJ_NULL) {
        return f->locals_dict;
    }
    kl_obj_t d = kl_obj_new_dict(0);
    const kl_obj_code_t *code = f->code;
    for (size_t i = 0; i < code->n_locals; i++) {
        kl_obj_t v = f->locals[i];
        if (v != KL_OBJ_NULL && kl_obj_is_type(v, &kl_type_cell)) {
            // A program holds a cell only through a function's __closure__ or types.CellType:
            // without both, a cell in a slot is the frame's own.
            bool is_cell = !(KL_CFG_FUNCTION_ATTRS_FULL || KL_CFG_MODULE_TYPES) ||
                           i >= (size_t)(code->n_locals - code->n_free);
            for (size_t c = 0; c < code->n_cells && !is_cell; c++) {
                is_cell = code->cell_locals[c] == i;
            }
            if (is_cell) {
                v = ((kl_obj_cell_t *)v)->value;
            }
        }
        if (v != KL_OBJ_NULL) {
            kl_obj_dict_store(d, KL_OBJ_NEW_QSTR(code->local_names[i]), v);
        }
    }
    return d;
}

static kl_obj_t builtin_globals(void) {
    return caller_globals();
}
KL_DEFINE_FUN_0(kl_builtin_globals_obj, globals, builtin_globals);

static kl_obj_t builtin_locals(void) {
    return caller_locals();
}
KL_DEFINE_FUN_0(kl_builtin_locals_obj, locals, builtin_locals);

static kl_obj_t compile_source(kl_obj_t source, kl_obj_t filename, int mode) {
    size_t len;
    if (!kl_obj_is_str(source) && !kl_obj_is_bytes(source)) {
        kl_raise_TypeError(KL_ERROR_TEXT("compile() arg 1 must be a string, bytes or AST object"));
    }
    const char *src = kl_obj_str_get_data(source, &len);
    kl_qstr_t fname = KL_QSTR__lt_string_gt_; // exec and eval give no filename
    if (filename != KL_OBJ_NULL) {
        if (!kl_obj_is_str(filename) && !kl_obj_is_bytes(filename)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("expected str, bytes or os.PathLike object, not %T"),
                             filename);
        }
        size_t flen;
        const char *f = kl_obj_str_get_data(filename, &flen);
        fname = kl_qstr_from_strn(f, flen);
    }
    return kl_compile(src, len, fname, mode);
}

#if KL_CFG_BUILTINS_FULL
static int parse_mode(kl_obj_t mode) {
    if (!kl_obj_is_str(mode)) {
        // CPython names None itself rather than its type here.
        if (mode == kl_const_none) {
            kl_raise_TypeError(KL_ERROR_TEXT("compile() argument 'mode' must be str, not None"));
        }
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("compile() argument 'mode' must be str, not %T"), mode);
    }
    size_t len;
    const char *m = kl_obj_str_get_data(mode, &len);
    if (len == 4 && memcmp(m, "exec", 4) == 0) {
        return KL_PARSE_FILE;
    }
    if (len == 4 && memcmp(m, "eval", 4) == 0) {
        return KL_PARSE_EVAL;
    }
    if (len == 6 && memcmp(m, "single", 6) == 0) {
        return KL_PARSE_SINGLE;
    }
    kl_raise_ValueError(KL_ERROR_TEXT("compile() mode must be 'exec', 'eval' or 'single'"));
}

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *,
// _feature_version=-1). flags, dont_inherit and optimize are checked and otherwise ignored:
// kinglet has no AST objects and no future flags to inherit.
static kl_obj_t builtin_compile(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    enum { N_POS = 6, N_NAMES = 7 };
    static const uint16_t names[N_NAMES] = {
        KL_QSTR_source,          KL_QSTR_filename,     KL_QSTR_mode,
        KL_QSTR_flags,           KL_QSTR_dont_inherit, KL_QSTR_optimize,
        KL_QSTR__feature_version};
    kl_obj_t a[N_NAMES] = {KL_OBJ_NULL};
    if (n_args > N_POS) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("compile() takes at most 6 positional arguments (%z given)"),
                         n_args);
    }
    for (size_t i = 0; i < n_args; i++) {
        a[i] = args[i];
    }
    // CPython reports a missing argument first, then a keyword that repeats a positional one,
    // then an unknown keyword.
    kl_obj_t unknown = KL_OBJ_NULL;
    size_t dup = N_NAMES;
    for (size_t k = 0; k < n_kw; k++) {
        kl_obj_t name = args[n_args + 2 * k];
        kl_qstr_t q = kl_obj_str_get_qstr(name);
        size_t i = 0;
        while (i < N_NAMES && names[i] != q) {
            i++;
        }
        if (i == N_NAMES) {
            unknown = unknown == KL_OBJ_NULL ? name : unknown;
        } else if (i < n_args) {
            dup = i < dup ? i : dup;
        } else {
            a[i] = args[n_args + 2 * k + 1];
        }
    }
    for (size_t i = 0; i < 3; i++) {
        if (a[i] == KL_OBJ_NULL) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("compile() missing required argument '%q' (pos %z)"),
                             names[i], i + 1);
        }
    }
    if (dup < N_NAMES) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("argument for compile() given by name ('%q') and "
                                       "position (%z)"),
                         names[dup], dup + 1);
    }
    if (unknown != KL_OBJ_NULL) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("'%S' is an invalid keyword argument for compile()"),
                         unknown);
    }
    for (size_t i = 3; i < N_NAMES; i++) {
        if (a[i] != KL_OBJ_NULL && !kl_obj_is_int(a[i])) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("'%T' object cannot be interpreted as an integer"),
                             a[i]);
        }
    }
    int mode = parse_mode(a[2]);
    if (kl_obj_is_type(a[0], &kl_type_code)) {
        return a[0];
    }
    return compile_source(a[0], a[1], mode);
}
KL_DEFINE_FUN_KW(kl_builtin_compile_obj, compile, 0, builtin_compile);
#endif

// The source exec() or eval() compiles: eval ignores leading spaces and tabs of a str.
static kl_obj_t eval_strip(kl_obj_t src, int mode) {
    if (mode == KL_PARSE_EVAL && kl_obj_is_str(src)) {
        size_t len;
        const char *s = kl_obj_str_get_data(src, &len);
        size_t i = 0;
        while (i < len && (s[i] == ' ' || s[i] == '\t')) {
            i++;
        }
        src = kl_obj_new_str(s + i, len - i);
    }
    return src;
}

#if KL_CFG_EXEC_FULL
// Has [o] the mapping protocol (a subscript), as exec and eval require of locals?
static bool is_mapping(kl_obj_t o) {
    const kl_obj_type_t *t = kl_obj_get_type(o);
    return kl_type_subscr(t) != NULL || kl_type_lookup(t, KL_QSTR___getitem__) != KL_OBJ_NULL;
}

static kl_obj_t exec_or_eval(size_t n_args, size_t n_kw, const kl_obj_t *args, int mode) {
    kl_obj_t src = n_args > 0 ? args[0] : KL_OBJ_NULL;
    kl_obj_t g = n_args > 1 ? args[1] : kl_const_none;
    kl_obj_t l = n_args > 2 ? args[2] : kl_const_none;
    for (size_t k = 0; k < n_kw; k++) {
        kl_qstr_t q = kl_obj_str_get_qstr(args[n_args + 2 * k]);
        if (q == KL_QSTR_globals) {
            g = args[n_args + 2 * k + 1];
        } else if (q == KL_QSTR_locals) {
            l = args[n_args + 2 * k + 1];
        } else {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("%s() got an unexpected keyword argument '%q'"),
                             mode == KL_PARSE_EVAL ? "eval" : "exec", q);
        }
    }
    if (src == KL_OBJ_NULL) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%s expected at least 1 argument, got 0"),
                         mode == KL_PARSE_EVAL ? "eval" : "exec");
    }
    if (l != kl_const_none && !is_mapping(l)) {
        if (mode == KL_PARSE_EVAL) {
            kl_raise_TypeError(KL_ERROR_TEXT("locals must be a mapping"));
        }
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("locals must be a mapping or None, not %T"), l);
    }
    if (g == kl_const_none) {
        g = caller_globals();
        if (l == kl_const_none) {
            l = caller_locals();
        }
    } else if (!kl_obj_is_type(g, &kl_type_dict)) {
        if (mode == KL_PARSE_EVAL) {
            kl_raise_TypeError(
                is_mapping(g) ? KL_ERROR_TEXT("globals must be a real dict; try eval(expr, {}, "
                                              "mapping)")
                              : KL_ERROR_TEXT("globals must be a dict"));
        }
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("exec() globals must be a dict, not %T"),
                         g);
    }
    if (l == kl_const_none) {
        l = g;
    }
    // Like CPython, a globals dict given to exec/eval gets __builtins__.
    // One that has its own __builtins__ (a dict or module) gets looked up in it instead.
    kl_obj_t bkey = KL_OBJ_NEW_QSTR(KL_QSTR___builtins__);
    kl_obj_t b = kl_obj_dict_get(g, bkey);
    if (b == KL_OBJ_NULL) {
        kl_obj_dict_store(g, bkey, KL_OBJ_FROM_PTR(&kl_module_builtins));
    } else if (b != KL_OBJ_FROM_PTR(&kl_module_builtins)) {
        ((kl_obj_dict_t *)g)->map.own_builtins = 1;
    }
    kl_obj_t code;
    if (kl_obj_is_type(src, &kl_type_code)) {
        code = src;
        size_t n_free = ((const kl_obj_code_t *)code)->n_free;
        if (n_free > 0) {
            // A function's code with free variables: there are no cells to run it with. (The
            // messages are CPython's; its exec takes a closure= argument, kinglet's does not.)
            if (mode == KL_PARSE_EVAL) {
                kl_raise_TypeError(KL_ERROR_TEXT("code object passed to eval() may not contain "
                                                 "free variables"));
            }
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("code object requires a closure of exactly length %z"),
                             n_free);
        }
    } else {
        src = eval_strip(src, mode);
        if (!kl_obj_is_str(src) && !kl_obj_is_bytes(src)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("%s() arg 1 must be a string, bytes or code object"),
                             mode == KL_PARSE_EVAL ? "eval" : "exec");
        }
        code = compile_source(src, KL_OBJ_NULL, mode);
    }
    kl_obj_t r = kl_vm_exec_code((const kl_obj_code_t *)code, g, l, KL_OBJ_NULL);
    return mode == KL_PARSE_EVAL ? r : kl_const_none;
}
#else
// exec(source) and eval(source) only, in the caller's namespaces (KL_CFG_EXEC_FULL): no globals
// or locals arguments, and no code objects, which nothing at this level can make.
static kl_obj_t exec_or_eval(size_t n_args, size_t n_kw, const kl_obj_t *args, int mode) {
    if (n_args != 1 || n_kw != 0) {
        kl_raise_TypeError(KL_ERROR_TEXT("exec() and eval() take no globals or locals here"));
    }
    kl_obj_t src = args[0];
    src = eval_strip(src, mode);
    kl_obj_t code = compile_source(src, KL_OBJ_NULL, mode);
    kl_obj_t r = kl_vm_exec_code((const kl_obj_code_t *)code, caller_globals(), caller_locals(),
                                 KL_OBJ_NULL);
    return mode == KL_PARSE_EVAL ? r : kl_const_none;
}
#endif

static kl_obj_t builtin_exec(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    return exec_or_eval(n_args, n_kw, args, KL_PARSE_FILE);
}
KL_DEFINE_FUN_KW(kl_builtin_exec_obj, exec, 0, builtin_exec);

static kl_obj_t builtin_eval(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    return exec_or_eval(n_args, n_kw, args, KL_PARSE_EVAL);
}
KL_DEFINE_FUN_KW(kl_builtin_eval_obj, eval, 0, builtin_eval);

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
static kl_obj_t builtin___import__(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    (void)n_kw;
    size_t len;
    const char *name = kl_obj_str_get_data(args[0], &len);
    kl_obj_t fromlist = n_args > 3 ? args[3] : kl_const_none;
    kl_int_t level = n_args > 4 ? kl_obj_get_int(args[4]) : 0;
    if (fromlist != kl_const_none && !kl_obj_is_true(fromlist)) {
        fromlist = kl_const_none;
    }
    return kl_import_name_in(kl_qstr_from_strn(name, len), fromlist, level,
                             n_args > 1 ? args[1] : KL_OBJ_NULL);
}
KL_DEFINE_FUN_KW(kl_builtin___import___obj, __import__, 1, builtin___import__);

// input(prompt=''): one line from the console, without its newline; EOFError at the end. A
// sys.stdout or sys.stdin that the program replaced (with a StringIO) is used instead.
static kl_obj_t builtin_input(size_t n_args, const kl_obj_t *args) {
#if KL_CFG_MODULE_SYS
    kl_obj_t out = kl_mod_sys_stream(KL_QSTR_stdout);
#else
    kl_obj_t out = KL_OBJ_NULL; // the console: no sys.stdout to replace (KL_CFG_MODULE_SYS)
#endif
    if (n_args == 1) {
        if (out == KL_OBJ_NULL) {
            kl_obj_print(&kl_print_stdout, args[0], KL_PRINT_STR);
        } else if (out != kl_const_none) {
            kl_obj_t call[3] = {KL_OBJ_NULL, KL_OBJ_NULL, kl_obj_str_of(args[0], KL_PRINT_STR)};
            kl_load_method(out, KL_QSTR_write, call);
            kl_call_method_n_kw(1, 0, call);
        }
    }
#if KL_CFG_MODULE_SYS
    kl_obj_t in = kl_mod_sys_stream(KL_QSTR_stdin);
    if (in != KL_OBJ_NULL) {
        if (in == kl_const_none) {
            kl_raise_msg(&kl_type_RuntimeError, KL_ERROR_TEXT("input(): lost sys.stdin"));
        }
        kl_obj_t call[2];
        kl_load_method(in, KL_QSTR_readline, call);
        kl_obj_t line = kl_call_method_n_kw(0, 0, call);
        if (!kl_obj_is_str(line)) {
            kl_raise_msg_fmt(&kl_type_TypeError,
                             KL_ERROR_TEXT("object.readline() returned non-string"));
        }
        size_t len;
        const char *s = kl_obj_str_get_data(line, &len);
        if (len == 0) {
            kl_raise_msg(&kl_type_EOFError, KL_ERROR_TEXT("EOF when reading a line"));
        }
        return s[len - 1] == '\n' ? kl_obj_new_str(s, len - 1) : line;
    }
#endif
    kl_vstr_t v;
    kl_vstr_init(&v, 32);
    int c = -1;
    while ((c = kl_hal_stdin_read_byte()) >= 0 && c != '\n') {
        kl_vstr_add_byte(&v, (char)c);
    }
    if (c < 0 && v.len == 0) {
        kl_raise_msg(&kl_type_EOFError, KL_ERROR_TEXT("EOF when reading a line"));
    }
    if (v.len > 0 && v.buf[v.len - 1] == '\r') {
        v.len--;
    }
    return kl_vstr_to_str(&v);
}
KL_DEFINE_FUN_VAR(kl_builtin_input_obj, input, 0, 1, builtin_input);
