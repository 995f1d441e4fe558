// vm/obj.h: the value encoding, the object header and the type protocol.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Every Python value is one machine word, kl_obj_t. The commonest values never touch the heap:
// small integers, interned strings (qstrs) and the constants None, False and True are encoded in
// the word itself, which keeps arithmetic on loop counters and attribute names allocation-free.
// Everything else is a pointer to an object whose first word points to its type, so finding the
// behaviour of a value is one tag test and one load.
//
//     bit pattern (low bits)   meaning                         payload
//     ....................1    small int                       value = (intptr_t)o >> 1
//     ..................010    qstr (interned string)          index = (uintptr_t)o >> 3
//     ..................110    immediate constant              KL_IMM_NONE/FALSE/TRUE = 0/1/2
//     ...................00    pointer to an object            first word: const kl_obj_type_t *
//
// Pointers are at least 4-byte aligned on every target, which frees the two low bits. A small int
// is 31 bits on a 32-bit MCU and 63 bits on a 64-bit host; results that do not fit are promoted to
// a heap int (vm/obj_int.c), so no arithmetic ever wraps silently. The null word (KL_OBJ_NULL)
// is never a value: it marks "no value" in C interfaces (a missing argument, the end of an
// iteration, a slot that was deleted).
//
// Types are described by kl_obj_type_t: a table of C functions for the operations every value
// supports (printing, calling, operators, attributes, subscripts, iteration) plus a map of
// methods. Builtin types are const and live in flash; classes created by `class` statements are
// the same struct on the heap, with a base tuple and an MRO. The slots most builtin types leave
// empty (iteration, unary operators, subscripts, call) follow the struct, in the types that fill
// them only.

#ifndef KL_INCLUDED_VM_OBJ_H
#define KL_INCLUDED_VM_OBJ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm/config.h"
#include "vm/qstr.h"

#if defined(__GNUC__)
#define KL_NORETURN __attribute__((noreturn))
#define KL_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define KL_LIKELY(x) __builtin_expect(!!(x), 1)
#define KL_UNUSED __attribute__((unused))
#define KL_NOINLINE __attribute__((noinline))
#else
#define KL_NORETURN _Noreturn
#define KL_UNLIKELY(x) (x)
#define KL_LIKELY(x) (x)
#define KL_UNUSED
#define KL_NOINLINE
#endif

typedef void *kl_obj_t;
typedef intptr_t kl_int_t;
typedef uintptr_t kl_uint_t;
typedef double kl_float_t;

struct _kl_obj_type_t;
typedef struct _kl_obj_base_t {
    const struct _kl_obj_type_t *type;
} kl_obj_base_t;

// ==== Encoding ====
#define KL_OBJ_NULL ((kl_obj_t)0)
// Passed as the value of a subscript or attribute store to mean "load".
#define KL_OBJ_SENTINEL ((kl_obj_t)(uintptr_t)4)

#define KL_OBJ_IS_SMALL_INT(o) ((((uintptr_t)(o)) & 1) != 0)
#define KL_OBJ_SMALL_INT_VALUE(o) (((kl_int_t)(o)) >> 1)
#define KL_OBJ_NEW_SMALL_INT(v) ((kl_obj_t)((((kl_uint_t)(v)) << 1) | 1))
// True when [v] fits in a small int: the top two bits agree.
#define KL_SMALL_INT_FITS(v)                                                                       \
    (((((kl_uint_t)(v)) ^ ((kl_uint_t)(v) << 1)) >> (sizeof(kl_int_t) * 8 - 1)) == 0)
#define KL_SMALL_INT_MAX ((kl_int_t)(((kl_uint_t)-1) >> 2))
#define KL_SMALL_INT_MIN (-KL_SMALL_INT_MAX - 1)

#define KL_OBJ_IS_QSTR(o) ((((uintptr_t)(o)) & 7) == 2)
#define KL_OBJ_QSTR_VALUE(o) ((kl_qstr_t)(((uintptr_t)(o)) >> 3))
#define KL_OBJ_NEW_QSTR(q) ((kl_obj_t)((((uintptr_t)(q)) << 3) | 2))

#define KL_OBJ_IS_IMM(o) ((((uintptr_t)(o)) & 7) == 6)
#define KL_IMM_NONE (0)
#define KL_IMM_FALSE (1)
#define KL_IMM_TRUE (2)
#define KL_OBJ_NEW_IMM(n) ((kl_obj_t)((((uintptr_t)(n)) << 3) | 6))
#define kl_const_none KL_OBJ_NEW_IMM(KL_IMM_NONE)
#define kl_const_false KL_OBJ_NEW_IMM(KL_IMM_FALSE)
#define kl_const_true KL_OBJ_NEW_IMM(KL_IMM_TRUE)
#define KL_OBJ_FROM_BOOL(b) ((b) ? kl_const_true : kl_const_false)

#define KL_OBJ_IS_OBJ(o) ((((uintptr_t)(o)) & 3) == 0)
#define KL_OBJ_TO_PTR(o) ((void *)(o))
#define KL_OBJ_FROM_PTR(p) ((kl_obj_t)(p))

// ==== Type protocol ====
typedef enum {
    KL_PRINT_STR,  // str(x)
    KL_PRINT_REPR, // repr(x)
} kl_print_kind_t;

// Where text goes: stdout, stderr, or a string being built.
typedef struct _kl_print_t {
    void *data;
    void (*write)(void *data, const char *str, size_t len);
} kl_print_t;

// Operators, in the order of the compiler's BINARY_OP argument. The in-place forms follow the
// plain ones at the same distance so `op + KL_BINARY_OP_INPLACE_OFFSET` maps one to the other.
#define KL_BINARY_OPS(X)                                                                           \
    X(ADD, "+", __add__, __radd__, __iadd__)                                                       \
    X(SUB, "-", __sub__, __rsub__, __isub__)                                                       \
    X(MUL, "*", __mul__, __rmul__, __imul__)                                                       \
    X(TRUEDIV, "/", __truediv__, __rtruediv__, __itruediv__)                                       \
    X(FLOORDIV, "//", __floordiv__, __rfloordiv__, __ifloordiv__)                                  \
    X(MOD, "%", __mod__, __rmod__, __imod__)                                                       \
    X(POW, "**", __pow__, __rpow__, __ipow__)                                                      \
    X(MATMUL, "@", __matmul__, __rmatmul__, __imatmul__)                                           \
    X(LSHIFT, "<<", __lshift__, __rlshift__, __ilshift__)                                          \
    X(RSHIFT, ">>", __rshift__, __rrshift__, __irshift__)                                          \
    X(AND, "&", __and__, __rand__, __iand__)                                                       \
    X(OR, "|", __or__, __ror__, __ior__)                                                           \
    X(XOR, "^", __xor__, __rxor__, __ixor__)

typedef enum {
#define X(name, sym, d, r, i) KL_BINARY_OP_##name,
    KL_BINARY_OPS(X)
#undef X
        KL_BINARY_OP_NUM_ARITH,
    // In-place forms, in the same order.
    KL_BINARY_OP_INPLACE_ADD = KL_BINARY_OP_NUM_ARITH,
    KL_BINARY_OP_INPLACE_LAST = KL_BINARY_OP_INPLACE_ADD + KL_BINARY_OP_NUM_ARITH - 1,
    // Comparisons.
    KL_BINARY_OP_LT,
    KL_BINARY_OP_GT,
    KL_BINARY_OP_EQ,
    KL_BINARY_OP_NE,
    KL_BINARY_OP_LE,
    KL_BINARY_OP_GE,
    // Membership: `rhs in lhs` is asked of lhs, the container.
    KL_BINARY_OP_CONTAINS,
    KL_BINARY_OP_NUM,
} kl_binary_op_t;
#define KL_BINARY_OP_INPLACE_OFFSET (KL_BINARY_OP_INPLACE_ADD - KL_BINARY_OP_ADD)

typedef enum {
    KL_UNARY_OP_BOOL, // returns a bool; KL_OBJ_NULL means "use len or default true"
    KL_UNARY_OP_LEN,  // returns a small int; KL_OBJ_NULL means "no len"
    KL_UNARY_OP_HASH, // returns a small int; KL_OBJ_NULL means "unhashable/default"
    KL_UNARY_OP_POSITIVE,
    KL_UNARY_OP_NEGATIVE,
    KL_UNARY_OP_INVERT,
    KL_UNARY_OP_ABS,
    KL_UNARY_OP_INT, // int(x) / __index__; KL_OBJ_NULL if not supported
    KL_UNARY_OP_FLOAT,
    KL_UNARY_OP_NUM,
} kl_unary_op_t;

// Iteration needs no heap allocation for the common builtin iterators: the caller may pass a
// buffer on its stack which getiter can use for the iterator object.
typedef struct _kl_obj_iter_buf_t {
    kl_obj_base_t base;
    kl_obj_t buf[4];
} kl_obj_iter_buf_t;

// Returned by iternext at the end instead of raising StopIteration.
#define KL_OBJ_STOP_ITERATION KL_OBJ_NULL

typedef struct _kl_map_t kl_map_t;

// Type flags.
#define KL_TYPE_FLAG_BASETYPE (0x0001)   // may be subclassed
#define KL_TYPE_FLAG_HEAP (0x0002)       // created by a class statement
#define KL_TYPE_FLAG_EXCEPTION (0x0004)  // a BaseException subclass
#define KL_TYPE_FLAG_EQ_IS_ID (0x0008)   // == is identity (no __eq__ anywhere)
#define KL_TYPE_FLAG_ITER_SELF (0x0010)  // getiter returns self
#define KL_TYPE_FLAG_BINDS_SELF (0x0020) // a function-like attribute that binds to instances
// The tail a type has after kl_obj_type_t (see kl_obj_iter_type_t below): the type is a
// kl_obj_iter_type_t, a kl_obj_ops_type_t or a kl_obj_callable_type_t (whose instances can be
// called). Each tail holds the ones before it, so a type sets at most one of the three.
#define KL_TYPE_FLAG_ITER (0x0040)
#define KL_TYPE_FLAG_OPS (0x0080)
#define KL_TYPE_FLAG_CALL (0x0100)
#define KL_TYPE_FLAG_SLOTS (0x0200) // every class in the MRO has __slots__: no __dict__
// The type is a kl_obj_heap_type_head_t with bases and an MRO: every class, and the one builtin
// type with two bases (ExceptionGroup).
#define KL_TYPE_FLAG_MRO (0x0400)
// The type stops after parent (see kl_type_full below).
#define KL_TYPE_FLAG_SHORT (0x0800)

typedef struct _kl_obj_type_t kl_obj_type_t;

// Constructor: type(args...). [args] holds n_args positional values then n_kw (name, value)
// pairs.
typedef kl_obj_t (*kl_make_new_fun_t)(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                                      const kl_obj_t *args);
typedef void (*kl_print_fun_t)(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind);
typedef kl_obj_t (*kl_call_fun_t)(kl_obj_t fun, size_t n_args, size_t n_kw, const kl_obj_t *args);
typedef kl_obj_t (*kl_unary_op_fun_t)(kl_unary_op_t op, kl_obj_t o);
// Returns KL_OBJ_NULL when the operation is not supported for these operands (NotImplemented).
typedef kl_obj_t (*kl_binary_op_fun_t)(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs);
// Attribute protocol in one function:
//  load:   dest[0] == KL_OBJ_NULL on entry; set dest[0] to the value, or to a method with
//          dest[1] = self for a bound-method load; leave dest[0] NULL if not found.
//  store:  dest[0] == KL_OBJ_SENTINEL, dest[1] = value; set dest[0] = NULL on success.
//  delete: dest[0] == KL_OBJ_SENTINEL, dest[1] = KL_OBJ_NULL; set dest[0] = NULL on success.
typedef void (*kl_attr_fun_t)(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest);
// Subscript: value == KL_OBJ_SENTINEL loads, KL_OBJ_NULL deletes, anything else stores.
// Returns the loaded value, or KL_OBJ_NULL when the type does not support the operation.
typedef kl_obj_t (*kl_subscr_fun_t)(kl_obj_t self, kl_obj_t index, kl_obj_t value);
typedef kl_obj_t (*kl_getiter_fun_t)(kl_obj_t self, kl_obj_iter_buf_t *iter_buf);
typedef kl_obj_t (*kl_iternext_fun_t)(kl_obj_t self);

struct _kl_obj_type_t {
    kl_obj_base_t base; // &kl_type_type, or a metaclass
    uint16_t flags;
    uint16_t name; // qstr
    // Here, not in a tail: kl_binary_op reads it for every operator and comparison the VM does
    // not do inline, where an accessor's flag test cost 1.4% of a sort-heavy benchmark.
    kl_binary_op_fun_t binary_op;
    // Methods and class attributes: a kl_obj_dict_t (const for builtin types).
    struct _kl_obj_dict_t *locals_dict;
    // The single base of a builtin type (NULL for object); for heap types, the first base.
    const kl_obj_type_t *parent;
    // A type with KL_TYPE_FLAG_SHORT stops here: read these three through kl_type_full.
    kl_make_new_fun_t make_new;
    kl_print_fun_t print;
    kl_attr_fun_t attr;
};

// The builtin exception classes but BaseException are short types (KL_TYPE_FLAG_SHORT), which
// stop before make_new and take BaseException's make_new, print and attr (vm/obj_exception.c):
// 12 bytes less for each of the forty-odd (two dozen at MINIMUM). The readers of those three
// take the type this gives.
extern const kl_obj_type_t kl_type_BaseException;
static inline const kl_obj_type_t *kl_type_full(const kl_obj_type_t *t) {
    return (t->flags & KL_TYPE_FLAG_SHORT) ? &kl_type_BaseException : t;
}

// The rarer slots follow the struct, in the types that fill them only: most builtin types (the
// exception classes, functions, modules...) have none, the iterators only the iteration pair,
// the containers and numbers the unary operators and subscripts too. A tail holds the ones
// before it, so each slot has one offset and its accessor below is one flag test and one load.
// Such a type is defined as NAME_head with the flag of its tail and named by a macro, NAME, for
// its type:
//     const kl_obj_iter_type_t foo_type_head = {
//         .type = {.base = {&kl_type_type}, .flags = KL_TYPE_FLAG_ITER, ...},
//         .getiter = kl_iter_self,
//         .iternext = foo_next,
//     };
//     #define foo_type (foo_type_head.type)

// The slots that follow the type, in their one order: each tail below (and a class, which has
// them all) holds a prefix of this list, so a slot sits at one offset whatever the tail.
#define KL_TYPE_ITER_SLOTS                                                                         \
    kl_getiter_fun_t getiter;                                                                      \
    kl_iternext_fun_t iternext;
#define KL_TYPE_OPS_SLOTS                                                                          \
    KL_TYPE_ITER_SLOTS                                                                             \
    kl_unary_op_fun_t unary_op;                                                                    \
    kl_subscr_fun_t subscr;
#define KL_TYPE_ALL_SLOTS                                                                          \
    KL_TYPE_OPS_SLOTS                                                                              \
    kl_call_fun_t call;

// KL_TYPE_FLAG_ITER: getiter and iternext.
typedef struct _kl_obj_iter_type_t {
    kl_obj_type_t type;
    KL_TYPE_ITER_SLOTS
} kl_obj_iter_type_t;

// KL_TYPE_FLAG_OPS: the iteration pair, then the unary operators and subscripts.
typedef struct _kl_obj_ops_type_t {
    kl_obj_type_t type;
    KL_TYPE_OPS_SLOTS
} kl_obj_ops_type_t;

// KL_TYPE_FLAG_CALL: a type whose instances can be called (functions, classes, bound methods)
// has every slot, the call slot last.
typedef struct _kl_obj_callable_type_t {
    kl_obj_type_t type;
    KL_TYPE_ALL_SLOTS
} kl_obj_callable_type_t;

// The flags of the types that have a slot.
#define KL_TYPE_HAS_ITER_SLOTS (KL_TYPE_FLAG_ITER | KL_TYPE_FLAG_OPS | KL_TYPE_FLAG_CALL)
#define KL_TYPE_HAS_OPS_SLOTS (KL_TYPE_FLAG_OPS | KL_TYPE_FLAG_CALL)

// The slots of [t] in its tail, NULL when it has none.
static inline kl_getiter_fun_t kl_type_getiter(const kl_obj_type_t *t) {
    return (t->flags & KL_TYPE_HAS_ITER_SLOTS) ? ((const kl_obj_iter_type_t *)t)->getiter : NULL;
}
static inline kl_iternext_fun_t kl_type_iternext(const kl_obj_type_t *t) {
    return (t->flags & KL_TYPE_HAS_ITER_SLOTS) ? ((const kl_obj_iter_type_t *)t)->iternext : NULL;
}
static inline kl_unary_op_fun_t kl_type_unary_op(const kl_obj_type_t *t) {
    return (t->flags & KL_TYPE_HAS_OPS_SLOTS) ? ((const kl_obj_ops_type_t *)t)->unary_op : NULL;
}
static inline kl_subscr_fun_t kl_type_subscr(const kl_obj_type_t *t) {
    return (t->flags & KL_TYPE_HAS_OPS_SLOTS) ? ((const kl_obj_ops_type_t *)t)->subscr : NULL;
}
static inline kl_call_fun_t kl_type_call_slot(const kl_obj_type_t *t) {
    return (t->flags & KL_TYPE_FLAG_CALL) ? ((const kl_obj_callable_type_t *)t)->call : NULL;
}

// A class made by a class statement or type() (KL_TYPE_FLAG_HEAP) begins with this: the type
// with every slot, then what only such classes have (vm/obj_type.c's heap_type_t goes on). The
// builtin types, in flash, stop before the bases, which saves 16 bytes of each of the hundred in
// the smallest image; the one with several bases (ExceptionGroup) is a const head with
// KL_TYPE_FLAG_MRO.
typedef struct _kl_obj_heap_type_head_t {
    kl_obj_type_t type;
    // As in kl_obj_callable_type_t: every class has KL_TYPE_FLAG_CALL.
    KL_TYPE_ALL_SLOTS
    // The tuple of bases and the method resolution order (KL_TYPE_FLAG_MRO).
    struct _kl_obj_tuple_t *bases;
    struct _kl_obj_tuple_t *mro;
    // The builtin type whose instances carry the native part of an instance of this class
    // (list for `class L(list)`), or NULL/&kl_type_object.
    const kl_obj_type_t *native_base;
    // A list of the classes derived directly from this one (KL_CFG_ABC_PROTOCOL), or NULL.
    kl_obj_t subclasses;
} kl_obj_heap_type_head_t;
_Static_assert(offsetof(kl_obj_heap_type_head_t, call) == offsetof(kl_obj_callable_type_t, call),
               "a class is a callable type");

// The native base of a class (see above): NULL for a builtin type.
static inline const kl_obj_type_t *kl_type_native_base(const kl_obj_type_t *t) {
    return (t->flags & KL_TYPE_FLAG_HEAP) ? ((const kl_obj_heap_type_head_t *)t)->native_base
                                          : NULL;
}

// The MRO of a class (see above), NULL for a builtin type with a single chain of parents.
static inline struct _kl_obj_tuple_t *kl_type_mro(const kl_obj_type_t *t) {
    return (t->flags & KL_TYPE_FLAG_MRO) ? ((const kl_obj_heap_type_head_t *)t)->mro : NULL;
}

// Every type in the core.
extern const kl_obj_type_t kl_type_object;
extern const kl_obj_callable_type_t kl_type_type_head;
#define kl_type_type (kl_type_type_head.type)
extern const kl_obj_ops_type_t kl_type_NoneType_head;
#define kl_type_NoneType (kl_type_NoneType_head.type)
extern const kl_obj_ops_type_t kl_type_bool_head;
#define kl_type_bool (kl_type_bool_head.type)
extern const kl_obj_ops_type_t kl_type_int_head;
#define kl_type_int (kl_type_int_head.type)
extern const kl_obj_ops_type_t kl_type_float_head;
#define kl_type_float (kl_type_float_head.type)
extern const kl_obj_ops_type_t kl_type_complex_head;
#define kl_type_complex (kl_type_complex_head.type)
extern const kl_obj_ops_type_t kl_type_str_head;
#define kl_type_str (kl_type_str_head.type)
extern const kl_obj_ops_type_t kl_type_bytes_head;
#define kl_type_bytes (kl_type_bytes_head.type)
extern const kl_obj_ops_type_t kl_type_list_head;
#define kl_type_list (kl_type_list_head.type)
extern const kl_obj_ops_type_t kl_type_tuple_head;
#define kl_type_tuple (kl_type_tuple_head.type)
extern const kl_obj_ops_type_t kl_type_dict_head;
#define kl_type_dict (kl_type_dict_head.type)
extern const kl_obj_ops_type_t kl_type_range_head;
#define kl_type_range (kl_type_range_head.type)
#if KL_CFG_SLICE
extern const kl_obj_ops_type_t kl_type_slice_head;
#define kl_type_slice (kl_type_slice_head.type)
#else
// Without slices (KL_CFG_SLICE=0) the type is not linked in; its name stands for a type at address
// NULL, as kl_type_set does without sets (vm/obj_set.h), so no test for it ever matches.
#define kl_type_slice (*(const kl_obj_type_t *)NULL)
#endif
extern const kl_obj_callable_type_t kl_type_function_head;
#define kl_type_function (kl_type_function_head.type)
extern const kl_obj_callable_type_t kl_type_builtin_function_head;
#define kl_type_builtin_function (kl_type_builtin_function_head.type)
extern const kl_obj_callable_type_t kl_type_bound_method_head;
#define kl_type_bound_method (kl_type_bound_method_head.type)
extern const kl_obj_type_t kl_type_code;
extern const kl_obj_type_t kl_type_cell;
extern const kl_obj_type_t kl_type_module;
extern const kl_obj_type_t kl_type_NotImplementedType;
extern const kl_obj_type_t kl_type_ellipsis;
extern const kl_obj_callable_type_t kl_type_staticmethod_head;
#define kl_type_staticmethod (kl_type_staticmethod_head.type)
extern const kl_obj_type_t kl_type_classmethod;
extern const kl_obj_type_t kl_type_property;

// ==== Builtin function objects ====
// A C function callable from Python, const in flash. [kind] says how it takes its arguments.
typedef enum {
    KL_FUN_0,   // kl_obj_t f(void)
    KL_FUN_1,   // kl_obj_t f(kl_obj_t)
    KL_FUN_2,   // kl_obj_t f(kl_obj_t, kl_obj_t)
    KL_FUN_3,   // kl_obj_t f(kl_obj_t, kl_obj_t, kl_obj_t)
    KL_FUN_VAR, // kl_obj_t f(size_t n_args, const kl_obj_t *args), n_min <= n_args <= n_max
    KL_FUN_KW,  // kl_obj_t f(size_t n_args, size_t n_kw, const kl_obj_t *args)
} kl_fun_kind_t;

// The most positional arguments a KL_FUN_VAR function may declare; KL_FUN_ARGS_ANY (what a
// larger n_max becomes) means no limit, and is what KL_FUN_KW functions have.
#define KL_FUN_ARGS_ANY (255)
#define KL_FUN_N_MAX(n) ((n) >= KL_FUN_ARGS_ANY ? KL_FUN_ARGS_ANY : (n))

// Name, kind and arity share one word, so the object is three words on a 32-bit target (241
// of them are in the smallest image's flash).
typedef struct _kl_obj_builtin_t {
    kl_obj_base_t base;
    uint16_t name;      // qstr
    unsigned kind : 3;  // kl_fun_kind_t
    unsigned n_min : 5; // KL_FUN_VAR and KL_FUN_KW: at most 31
    unsigned n_max : 8; // KL_FUN_VAR: at most 254, or KL_FUN_ARGS_ANY
    union {
        kl_obj_t (*f0)(void);
        kl_obj_t (*f1)(kl_obj_t);
        kl_obj_t (*f2)(kl_obj_t, kl_obj_t);
        kl_obj_t (*f3)(kl_obj_t, kl_obj_t, kl_obj_t);
        kl_obj_t (*var)(size_t, const kl_obj_t *);
        kl_obj_t (*kw)(size_t, size_t, const kl_obj_t *);
    } fun;
} kl_obj_builtin_t;
_Static_assert(sizeof(kl_obj_builtin_t) == 3 * sizeof(void *), "a builtin function is three words");

#define KL_DEFINE_FUN_0(obj, qname, f)                                                             \
    const kl_obj_builtin_t obj = {                                                                 \
        {&kl_type_builtin_function}, KL_QSTR_##qname, KL_FUN_0, 0, 0, {.f0 = f}}
#define KL_DEFINE_FUN_1(obj, qname, f)                                                             \
    const kl_obj_builtin_t obj = {                                                                 \
        {&kl_type_builtin_function}, KL_QSTR_##qname, KL_FUN_1, 1, 1, {.f1 = f}}
#define KL_DEFINE_FUN_2(obj, qname, f)                                                             \
    const kl_obj_builtin_t obj = {                                                                 \
        {&kl_type_builtin_function}, KL_QSTR_##qname, KL_FUN_2, 2, 2, {.f2 = f}}
#define KL_DEFINE_FUN_3(obj, qname, f)                                                             \
    const kl_obj_builtin_t obj = {                                                                 \
        {&kl_type_builtin_function}, KL_QSTR_##qname, KL_FUN_3, 3, 3, {.f3 = f}}
#define KL_DEFINE_FUN_VAR(obj, qname, nmin, nmax, f)                                               \
    const kl_obj_builtin_t obj = {{&kl_type_builtin_function}, KL_QSTR_##qname, KL_FUN_VAR, nmin,  \
                                  KL_FUN_N_MAX(nmax),          {.var = f}}
#define KL_DEFINE_FUN_KW(obj, qname, nmin, f)                                                      \
    const kl_obj_builtin_t obj = {                                                                 \
        {&kl_type_builtin_function}, KL_QSTR_##qname, KL_FUN_KW, nmin, KL_FUN_ARGS_ANY, {.kw = f}}

// ==== Concrete objects shared across files ====
typedef struct _kl_obj_float_t {
    kl_obj_base_t base;
    kl_float_t value;
} kl_obj_float_t;

typedef struct _kl_obj_complex_t {
    kl_obj_base_t base;
    kl_float_t real;
    kl_float_t imag;
} kl_obj_complex_t;

typedef struct _kl_obj_str_t {
    kl_obj_base_t base;
    uint32_t hash; // 0: not computed yet
#if KL_CFG_STR_UNICODE
    uint32_t len;     // bytes of UTF-8 (bytes for a bytes object)
    uint32_t charlen; // code points (== len for ASCII and for bytes)
#else
    // Every str is ASCII: the code point count is the length, and the header a word smaller.
    union {
        uint32_t len;
        uint32_t charlen;
    };
#endif
    const char *data; // NUL-terminated
} kl_obj_str_t;
// The initializer of len and charlen in a const kl_obj_str_t.
#if KL_CFG_STR_UNICODE
#define KL_OBJ_STR_LENS(len, charlen) len, charlen
#else
#define KL_OBJ_STR_LENS(len, charlen)                                                              \
    { len }
#endif

typedef struct _kl_obj_tuple_t {
    kl_obj_base_t base;
    size_t len;
    kl_obj_t items[];
} kl_obj_tuple_t;

typedef struct _kl_obj_list_t {
    kl_obj_base_t base;
    size_t len;
    size_t alloc;
    kl_obj_t *items;
} kl_obj_list_t;

typedef struct _kl_map_elem_t {
    kl_obj_t key; // KL_OBJ_NULL: a deleted entry
    kl_obj_t value;
} kl_map_elem_t;

// An entry of a const map in flash (KL_DEFINE_CONST_DICT): its key, always a qstr, as the qstr's
// number, packed with the value into 6 bytes instead of 8. vm/map.c hands its readers a
// kl_map_elem_t copy of one.
typedef struct __attribute__((packed)) _kl_rom_map_elem_t {
    uint16_t key;
    kl_obj_t value;
} kl_rom_map_elem_t;

// An insertion-ordered hash map (vm/map.c). Entries live in an array in insertion order, so an
// entry keeps its index until the map is resized: inline caches can remember it. A separate
// index table, sized 2**k, maps hashes to entry indices; small and const maps have none and are
// searched linearly.
// The counts of a map: 16 bits without KL_CFG_MAP_WORD_COUNTS (vm/config.h).
#if KL_CFG_MAP_WORD_COUNTS
typedef uint32_t kl_map_count_t;
#else
typedef uint16_t kl_map_count_t;
#endif
struct _kl_map_t {
    kl_map_count_t used;     // live entries
    kl_map_count_t filled;   // entries in use, including deleted ones
    kl_map_count_t alloc;    // capacity of [entries]
    uint16_t is_fixed : 1;   // const: in flash, never changes
    uint16_t all_qstr : 1;   // every key is a qstr (fast path for attribute lookup)
    uint16_t index_bits : 6; // log2 of the index table size, 0 when there is none
    // A globals dict whose __builtins__ replaces the builtins module (set by exec and eval).
    uint16_t own_builtins : 1;
    union {
        kl_map_elem_t *entries;
        const kl_rom_map_elem_t *rom; // when is_fixed
    };
    void *index; // uint8_t/uint16_t/uint32_t slots depending on [alloc]
};

typedef struct _kl_obj_dict_t {
    kl_obj_base_t base;
    kl_map_t map;
} kl_obj_dict_t;

// An instance of a class defined in Python: its attributes live in [dict] (its __dict__, a
// real dict so `obj.__dict__[k] = v` is an attribute store). [subobj] exists when the class has
// a builtin base other than object: it holds the native part (the list of a list subclass).
typedef struct _kl_obj_instance_t {
    kl_obj_base_t base;
    struct _kl_obj_dict_t *dict;
    kl_obj_t subobj[];
} kl_obj_instance_t;

// Define a const dict in flash from a const table of kl_rom_map_elem_t: {KL_ROM_QSTR(name), value}.
#define KL_DEFINE_CONST_DICT(dict_name, table)                                                     \
    kl_obj_dict_t dict_name = {                                                                    \
        .base = {&kl_type_dict},                                                                   \
        .map = {.used = sizeof(table) / sizeof(table[0]),                                          \
                .filled = sizeof(table) / sizeof(table[0]),                                        \
                .alloc = sizeof(table) / sizeof(table[0]),                                         \
                .is_fixed = 1,                                                                     \
                .all_qstr = 1,                                                                     \
                .index_bits = 0,                                                                   \
                .rom = table,                                                                      \
                .index = NULL},                                                                    \
    }
// The key of a kl_rom_map_elem_t; a qstr value is KL_OBJ_NEW_QSTR(KL_QSTR_name).
#define KL_ROM_QSTR(q) KL_QSTR_##q
#define KL_ROM_PTR(p) ((kl_obj_t)(p))
#define KL_ROM_INT(i) KL_OBJ_NEW_SMALL_INT(i)

extern const kl_obj_t kl_const_ellipsis;
extern const kl_obj_base_t kl_const_ellipsis_obj; // the object, for const tables (frozen code)
extern const kl_obj_t kl_const_notimplemented;
extern const kl_obj_tuple_t kl_const_empty_tuple_obj;
#define kl_const_empty_tuple ((kl_obj_t)&kl_const_empty_tuple_obj)

// memmove that accepts NULL pointers when [n] is 0 (an empty list's items may be NULL); C says
// memcpy(NULL, NULL, 0) is undefined.
static inline void kl_mem_copy(void *dst, const void *src, size_t n) {
    if (n != 0) {
        __builtin_memmove(dst, src, n);
    }
}

// ==== Generic object operations (vm/obj.c) ====
// The type of a value, and whether it is exactly [t]: inline where speed counts, one copy in
// vm/obj.c otherwise (KL_CFG_INLINE_TYPE_TESTS).
// The bodies, written once: inline below, or called by vm/obj.c's out-of-line copies.
static inline const kl_obj_type_t *kl_obj_type_of_inline(kl_obj_t o) {
    if (KL_OBJ_IS_OBJ(o)) {
        return ((const kl_obj_base_t *)o)->type;
    }
    if (KL_OBJ_IS_SMALL_INT(o)) {
        return &kl_type_int;
    }
    if (KL_OBJ_IS_QSTR(o)) {
        return &kl_type_str;
    }
    return o == kl_const_none ? &kl_type_NoneType : &kl_type_bool;
}
static inline bool kl_obj_is_type_inline(kl_obj_t o, const kl_obj_type_t *t) {
    return KL_OBJ_IS_OBJ(o) && ((const kl_obj_base_t *)o)->type == t;
}
#if KL_CFG_INLINE_TYPE_TESTS
static inline const kl_obj_type_t *kl_obj_get_type(kl_obj_t o) {
    return kl_obj_type_of_inline(o);
}
static inline bool kl_obj_is_type(kl_obj_t o, const kl_obj_type_t *t) {
    return kl_obj_is_type_inline(o, t);
}
#else
const kl_obj_type_t *kl_obj_get_type(kl_obj_t o);
bool kl_obj_is_type(kl_obj_t o, const kl_obj_type_t *t);
#endif
kl_qstr_t kl_obj_get_type_qstr(kl_obj_t o);
// The float and complex types where floats are built in. Without them (KL_CFG_FLOAT=0) neither
// type is linked in and these are NULL, which no object's type and no class's base equals, so a
// test such as kl_obj_isinstance(o, KL_TYPE_FLOAT) is false and costs no code.
#if KL_CFG_FLOAT
#define KL_TYPE_FLOAT (&kl_type_float)
#define KL_TYPE_COMPLEX (&kl_type_complex)
#else
#define KL_TYPE_FLOAT ((const kl_obj_type_t *)NULL)
#define KL_TYPE_COMPLEX ((const kl_obj_type_t *)NULL)
#endif
bool kl_obj_is_subclass(const kl_obj_type_t *sub, const kl_obj_type_t *base);
bool kl_obj_isinstance(kl_obj_t o, const kl_obj_type_t *t);
void kl_obj_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind);
bool kl_obj_is_true(kl_obj_t o);
bool kl_obj_is_callable(kl_obj_t o);
bool kl_obj_equal(kl_obj_t a, kl_obj_t b);
kl_uint_t kl_obj_hash(kl_obj_t o);
// A hash word as hash() can return it. Without big ints (KL_CFG_BIGINT=0) that is a small int,
// so every hash the runtime uses (kl_obj_hash, the maps' hash of a name) drops the word's top
// bit, sign-extending the rest: equal values still hash equal, and a hash computed one way
// (a str's) matches the same hash passed through an int (a str subclass's __hash__).
#if KL_CFG_BIGINT
#define KL_HASH_FIT(h) (h)
#else
#define KL_HASH_FIT(h) ((kl_uint_t)((kl_int_t)((kl_uint_t)(h) << 1) >> 1))
#endif
kl_obj_t kl_obj_len(kl_obj_t o);       // raises TypeError
kl_obj_t kl_obj_len_maybe(kl_obj_t o); // KL_OBJ_NULL if no len
size_t kl_obj_get_len(kl_obj_t o);
kl_obj_t kl_obj_subscr(kl_obj_t base, kl_obj_t index, kl_obj_t value);
kl_int_t kl_obj_get_int(kl_obj_t o); // raises TypeError / OverflowError
bool kl_obj_get_int_maybe(kl_obj_t o, kl_int_t *value);
kl_float_t kl_obj_get_float(kl_obj_t o); // int, float or bool; raises TypeError
bool kl_obj_get_float_maybe(kl_obj_t o, kl_float_t *value);
// Index [index] into a sequence of [len] items, negative from the end; raises IndexError.
size_t kl_obj_get_index(const kl_obj_type_t *type, size_t len, kl_obj_t index, bool is_slice);
// The items of a tuple or list without copying.
void kl_obj_get_array(kl_obj_t o, size_t *len, kl_obj_t **items);
void kl_obj_get_array_fixed_n(kl_obj_t o, size_t len, kl_obj_t **items);

// ==== Constructors (one builtin type per file) ====
kl_obj_t kl_obj_new_int(kl_int_t value); // vm/obj_int.c
kl_obj_t kl_obj_new_int_from_uint(kl_uint_t value);
kl_obj_t kl_obj_new_int_from_ll(long long value);
kl_obj_t kl_obj_new_int_from_str(const char *str, size_t len, int base); // raises ValueError
kl_obj_t kl_obj_new_int_from_float(kl_float_t value);                    // raises Overflow/Value
kl_obj_t kl_obj_new_float(kl_float_t value);                             // vm/obj_float.c
#if !KL_CFG_FLOAT
// Raise NotImplementedError: this build has no floats (KL_CFG_FLOAT=0); kl_obj_new_float does.
KL_NORETURN void kl_raise_no_float(void); // vm/obj_float.c
#endif
kl_obj_t kl_obj_new_float_from_str(const char *str, size_t len);         // raises ValueError
kl_obj_t kl_obj_new_complex(kl_float_t real, kl_float_t imag);           // vm/obj_complex.c
void kl_obj_complex_get(kl_obj_t o, kl_float_t *real, kl_float_t *imag); // o is a complex
// One part of a complex as repr() shows it ("1", not "1.0"); buflen >= KL_NUMFMT_REPR_BUFSIZE.
size_t kl_obj_complex_part_repr(char *buf, size_t buflen, kl_float_t x);
// A str from UTF-8 bytes (validated by the caller); short strings are interned.
kl_obj_t kl_obj_new_str(const char *data, size_t len); // vm/obj_str.c
kl_obj_t kl_obj_new_str_from_cstr(const char *data);
kl_obj_t kl_obj_new_bytes(const char *data, size_t len);
kl_obj_t kl_obj_new_tuple(size_t n, const kl_obj_t *items); // vm/obj_tuple.c
kl_obj_t kl_obj_new_list(size_t n, const kl_obj_t *items);  // vm/obj_list.c
kl_obj_t kl_obj_new_dict(size_t n_alloc);                   // vm/obj_dict.c
kl_obj_t kl_obj_new_exception(const kl_obj_type_t *type, size_t n_args, const kl_obj_t *args);
kl_obj_t kl_obj_new_exception_msg(const kl_obj_type_t *type, const char *msg);

#endif // KL_INCLUDED_VM_OBJ_H
