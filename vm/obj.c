// vm/obj.c: operations every value supports, dispatched on its type.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// These functions are the one place that knows the value encoding of obj.h: each first handles
// the immediate forms (small int, qstr, None/False/True) without touching memory, then asks the
// object's type.

#include <string.h>

#include "vm/gc.h"
#include "vm/obj_exception.h"
#include "vm/obj_int.h"
#include "vm/obj_set.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

#if !KL_CFG_INLINE_TYPE_TESTS
const kl_obj_type_t *kl_obj_get_type(kl_obj_t o) {
    return kl_obj_type_of_inline(o);
}

bool kl_obj_is_type(kl_obj_t o, const kl_obj_type_t *t) {
    return kl_obj_is_type_inline(o, t);
}
#endif

// The type of [o] once the immediate forms are ruled out: one load, not kl_obj_get_type's tests.
static const kl_obj_type_t *type_of_obj(kl_obj_t o) {
    return ((const kl_obj_base_t *)o)->type;
}

kl_qstr_t kl_obj_get_type_qstr(kl_obj_t o) {
    return kl_obj_get_type(o)->name;
}

bool kl_obj_is_subclass(const kl_obj_type_t *sub, const kl_obj_type_t *base) {
    if (sub == base || base == &kl_type_object) {
        return true;
    }
    const kl_obj_tuple_t *mro = kl_type_mro(sub);
    if (mro != NULL) {
        for (size_t i = 0; i < mro->len; i++) {
            if (mro->items[i] == (kl_obj_t)base) {
                return true;
            }
        }
        return false;
    }
    for (const kl_obj_type_t *t = sub->parent; t != NULL; t = t->parent) {
        if (t == base) {
            return true;
        }
    }
    return false;
}

bool kl_obj_isinstance(kl_obj_t o, const kl_obj_type_t *t) {
    return kl_obj_is_subclass(kl_obj_get_type(o), t);
}

void kl_obj_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    kl_stack_check();
    const kl_obj_type_t *type = kl_obj_get_type(o);
    kl_print_fun_t f = kl_type_full(type)->print;
    if (f != NULL) {
        f(print, o, kind);
    } else {
        kl_printf(print, "<%q object at %p>", type->name, o);
    }
}

bool kl_obj_is_true(kl_obj_t o) {
    if (KL_OBJ_IS_IMM(o)) {
        return o == kl_const_true; // None and False are the others
    }
    if (KL_OBJ_IS_SMALL_INT(o)) {
        return o != KL_OBJ_NEW_SMALL_INT(0);
    }
    if (KL_OBJ_IS_QSTR(o)) {
        return o != KL_OBJ_NEW_QSTR(KL_QSTR_NULL);
    }
    kl_unary_op_fun_t unary_op = kl_type_unary_op(type_of_obj(o));
    if (unary_op != NULL) {
        kl_obj_t r = unary_op(KL_UNARY_OP_BOOL, o);
        if (r != KL_OBJ_NULL) {
            return r == kl_const_true;
        }
        r = unary_op(KL_UNARY_OP_LEN, o);
        if (r != KL_OBJ_NULL) {
            return KL_OBJ_SMALL_INT_VALUE(r) != 0;
        }
    }
    return true;
}

bool kl_obj_is_callable(kl_obj_t o) {
    const kl_obj_type_t *type = kl_obj_get_type(o);
    if (kl_type_call_slot(type) == NULL) {
        return false;
    }
    if (type->flags & KL_TYPE_FLAG_HEAP) {
        return kl_type_lookup(type, KL_QSTR___call__) != KL_OBJ_NULL;
    }
    return true;
}

bool kl_obj_equal(kl_obj_t a, kl_obj_t b) {
    if (a == b) {
        return true;
    }
    if (KL_OBJ_IS_SMALL_INT(a) && KL_OBJ_IS_SMALL_INT(b)) {
        return false;
    }
    if (KL_OBJ_IS_QSTR(a) && KL_OBJ_IS_QSTR(b)) {
        return false;
    }
    return kl_obj_is_true(kl_binary_op(KL_BINARY_OP_EQ, a, b));
}

kl_uint_t kl_obj_hash(kl_obj_t o) {
    if (KL_OBJ_IS_SMALL_INT(o)) {
        // The value itself below the modulus (-1 excepted), as kl_obj_int_hash would find.
        kl_int_t v = KL_OBJ_SMALL_INT_VALUE(o);
        if ((kl_uint_t)KL_SMALL_INT_MAX < KL_HASH_MODULUS) {
            return (kl_uint_t)(v == -1 ? -2 : v); // every small int is below the modulus (32-bit)
        }
        if (v > -(kl_int_t)KL_HASH_MODULUS && v < (kl_int_t)KL_HASH_MODULUS && v != -1) {
            return (kl_uint_t)v;
        }
        return (kl_uint_t)KL_OBJ_SMALL_INT_VALUE(kl_obj_int_hash(o));
    }
    if (KL_OBJ_IS_QSTR(o)) {
        return KL_HASH_FIT(kl_qstr_hash(KL_OBJ_QSTR_VALUE(o)));
    }
    if (KL_OBJ_IS_IMM(o)) {
        return o == kl_const_true ? 1 : o == kl_const_false ? 0 : 0x5a5a;
    }
    const kl_obj_type_t *type = type_of_obj(o);
    if (type == &kl_type_str || type == &kl_type_bytes) {
        // The full 32-bit hash, equal to the qstr's: a small int would lose a bit on 32-bit.
        return KL_HASH_FIT(kl_obj_str_get_hash(o));
    }
    if (type == &kl_type_tuple) {
        return KL_HASH_FIT(kl_obj_tuple_hash(o));
    }
    kl_unary_op_fun_t unary_op = kl_type_unary_op(type);
    if (unary_op != NULL) {
        kl_obj_t r = unary_op(KL_UNARY_OP_HASH, o);
        if (r != KL_OBJ_NULL) {
            // Without big ints every int is small.
            if (!KL_CFG_BIGINT || KL_OBJ_IS_SMALL_INT(r)) {
                return (kl_uint_t)KL_OBJ_SMALL_INT_VALUE(r);
            }
            // A hash of a full word (a tuple's, a frozenset's) came as an int object.
            kl_int_t h = 0;
            kl_obj_int_to_int_checked(r, &h);
            return (kl_uint_t)h;
        }
    }
    if (type->flags & KL_TYPE_FLAG_EQ_IS_ID || type->binary_op == NULL || type == &kl_type_type) {
        // Identity hash: the address, without the always-zero low bits.
        return (kl_uint_t)o >> 4;
    }
    kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("unhashable type: '%q'"), type->name);
}

kl_obj_t kl_obj_len_maybe(kl_obj_t o) {
    kl_unary_op_fun_t unary_op = kl_type_unary_op(kl_obj_get_type(o));
    if (unary_op == NULL) {
        return KL_OBJ_NULL;
    }
    return unary_op(KL_UNARY_OP_LEN, o);
}

kl_obj_t kl_obj_len(kl_obj_t o) {
    kl_obj_t len = kl_obj_len_maybe(o);
    if (len == KL_OBJ_NULL) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("object of type '%T' has no len()"), o);
    }
    return len;
}

size_t kl_obj_get_len(kl_obj_t o) {
    return (size_t)KL_OBJ_SMALL_INT_VALUE(kl_obj_len(o));
}

kl_obj_t kl_obj_subscr(kl_obj_t base, kl_obj_t index, kl_obj_t value) {
    const kl_obj_type_t *type = kl_obj_get_type(base);
    kl_subscr_fun_t subscr = kl_type_subscr(type);
    if (subscr != NULL) {
        kl_obj_t r = subscr(base, index, value);
        if (r != KL_OBJ_NULL) {
            return r;
        }
    }
    if (value == KL_OBJ_SENTINEL) {
        // Generic alias syntax (list[int]) on classes (whatever their metaclass):
        // __class_getitem__, which only KL_CFG_SPECIAL_METHODS_FULL calls (without it no class
        // has one).
        if ((KL_CFG_SPECIAL_METHODS_FULL || KL_CFG_GENERIC_ALIAS) &&
            kl_obj_is_subclass(type, &kl_type_type)) {
#if KL_CFG_SPECIAL_METHODS_FULL // (#if, not if: the name stays out of the image without it)
            kl_obj_t m = kl_load_attr_maybe(base, KL_QSTR___class_getitem__, KL_OBJ_NULL);
            if (m != KL_OBJ_NULL) {
                return kl_call_function_1(m, index);
            }
#endif
#if KL_CFG_GENERIC_ALIAS
            const kl_obj_type_t *t = (const kl_obj_type_t *)base;
            if ((t->flags & KL_TYPE_FLAG_HEAP) && kl_type_native_base(t) != NULL) {
                t = kl_type_native_base(t); // a subclass of list, dict... inherits the alias syntax
            }
            if (t == &kl_type_list || t == &kl_type_dict || t == &kl_type_tuple ||
                t == &kl_type_set || t == &kl_type_frozenset || t == &kl_type_type) {
                return kl_obj_new_generic_alias(base, index);
            }
#endif
            kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("type '%q' is not subscriptable"),
                             ((const kl_obj_type_t *)base)->name);
        }
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("'%T' object is not subscriptable"),
                         base);
    } else if (value == KL_OBJ_NULL) {
        // CPython words it differently for types that have subscripts at all.
        kl_raise_msg_fmt(&kl_type_TypeError,
                         subscr != NULL
                             ? KL_ERROR_TEXT("'%T' object doesn't support item deletion")
                             : KL_ERROR_TEXT("'%T' object does not support item deletion"),
                         base);
    }
    kl_raise_msg_fmt(&kl_type_TypeError,
                     KL_ERROR_TEXT("'%T' object does not support item assignment"), base);
}

bool kl_obj_get_int_maybe(kl_obj_t o, kl_int_t *value) {
    if (KL_OBJ_IS_OBJ(o) && (type_of_obj(o)->flags & KL_TYPE_FLAG_HEAP)) {
        o = kl_obj_native(o, NULL); // the int of an int subclass
    }
    if (KL_OBJ_IS_SMALL_INT(o)) {
        *value = KL_OBJ_SMALL_INT_VALUE(o);
        return true;
    }
    if (o == kl_const_false || o == kl_const_true) {
        *value = o == kl_const_true;
        return true;
    }
    if (KL_CFG_BIGINT && kl_obj_is_type(o, &kl_type_int)) { // without big ints, never
        return kl_obj_int_to_int_checked(o, value);
    }
    return false;
}

kl_int_t kl_obj_get_int(kl_obj_t o) {
    kl_int_t v;
    if (kl_obj_get_int_maybe(o, &v)) {
        return v;
    }
    kl_obj_t i = kl_obj_index(o);
    if (!KL_CFG_BIGINT) {
        return KL_OBJ_SMALL_INT_VALUE(i); // every int is small, and an index is no bool
    }
    if (!kl_obj_get_int_maybe(i, &v)) {
        kl_raise_msg_fmt(&kl_type_OverflowError,
                         KL_ERROR_TEXT("Python int too large to convert to C ssize_t"));
    }
    return v;
}

bool kl_obj_get_float_maybe(kl_obj_t o, kl_float_t *value) {
    kl_int_t i;
    if (KL_OBJ_IS_OBJ(o) && (type_of_obj(o)->flags & KL_TYPE_FLAG_HEAP)) {
        kl_obj_t n = kl_obj_native(o, NULL);
        if (n != o) {
            return kl_obj_get_float_maybe(n, value);
        }
    }
    if (KL_OBJ_IS_SMALL_INT(o) || o == kl_const_true || o == kl_const_false) {
        kl_obj_get_int_maybe(o, &i);
        *value = (kl_float_t)i;
        return true;
    }
    if (kl_obj_is_type(o, &kl_type_float)) {
        *value = ((kl_obj_float_t *)o)->value;
        return true;
    }
    if (kl_obj_is_type(o, &kl_type_int)) {
        *value = kl_obj_int_to_float(o);
        return true;
    }
    const kl_obj_type_t *type = kl_obj_get_type(o);
    if (type->flags & KL_TYPE_FLAG_HEAP) { // every class has the unary_op slot
        kl_obj_t f = kl_type_unary_op(type)(KL_UNARY_OP_FLOAT, o);
        if (f != KL_OBJ_NULL && kl_obj_is_type(f, &kl_type_float)) {
            *value = ((kl_obj_float_t *)f)->value;
            return true;
        }
    }
    return false;
}

kl_float_t kl_obj_get_float(kl_obj_t o) {
    kl_float_t v;
    if (!kl_obj_get_float_maybe(o, &v)) {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("must be real number, not %T"), o);
    }
    return v;
}

size_t kl_obj_get_index(const kl_obj_type_t *type, size_t len, kl_obj_t index, bool is_slice) {
    kl_int_t i;
    if (!kl_obj_get_int_maybe(index, &i)) {
        if (KL_CFG_BIGINT && kl_obj_is_type(index, &kl_type_int)) {
            kl_raise_msg_fmt(&kl_type_IndexError,
                             KL_ERROR_TEXT("cannot fit 'int' into an index-sized integer"));
        }
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("%q indices must be integers or slices, not %T"), type->name,
                         index);
    }
    if (i < 0) {
        i += (kl_int_t)len;
    }
    if (i < 0 || (size_t)i >= len) {
        if (is_slice) {
            return i < 0 ? 0 : len;
        }
        kl_raise_msg_fmt(&kl_type_IndexError, KL_ERROR_TEXT("%q index out of range"), type->name);
    }
    return (size_t)i;
}

void kl_obj_get_array(kl_obj_t o, size_t *len, kl_obj_t **items) {
    const kl_obj_type_t *type = kl_obj_get_type(o);
    if (type == &kl_type_tuple) {
        kl_obj_tuple_t *t = (kl_obj_tuple_t *)o;
        *len = t->len;
        *items = t->items;
    } else if (type == &kl_type_list) {
        kl_obj_list_t *l = (kl_obj_list_t *)o;
        *len = l->len;
        // An empty list may have no items block: give the caller a pointer it may offset by
        // zero (NULL + 0 is undefined behaviour) but never read through.
        static kl_obj_t no_items[1];
        *items = l->items != NULL ? l->items : no_items;
    } else {
        kl_raise_msg_fmt(&kl_type_TypeError, KL_ERROR_TEXT("expected tuple or list, not %T"), o);
    }
}

void kl_obj_get_array_fixed_n(kl_obj_t o, size_t len, kl_obj_t **items) {
    size_t n;
    kl_obj_get_array(o, &n, items);
    if (n != len) {
        kl_raise_msg_fmt(&kl_type_ValueError,
                         KL_ERROR_TEXT("requested length %z but object has "
                                       "length %z"),
                         len, n);
    }
}
