// vm/obj_range.c: the range type and its iterators.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A range stores start, stop and step as ints of any size, as CPython does, and computes
// everything else (length, items, membership) arithmetically, so `x in range(a, b, c)` is O(1)
// and `range(10**20)[-1]` needs no memory.
//
// Almost every range in a program has bounds that are small ints, and for those the hot
// operations (iteration, len, indexing, membership of a small int) work on machine words, in
// unsigned arithmetic: stop - start cannot overflow even for range(-2**62, 2**62), and an item
// always lies between start and stop. Any other range takes the general path, which does the
// same arithmetic with the int type's own operations; those stay in small ints without
// allocating whenever the values allow, so the general path is slower only for big bounds.
//
// Iterators come in CPython's two kinds: range_iterator steps a machine word and counts the items
// left (so the last step never computes a value beyond the range), longrange_iterator holds ints.
// The word iterator is chosen under CPython's own conditions (bounds, length and the value after
// the last item fit in a C long), so type(iter(r)) agrees even for ranges at the word limits.
//
// len() of a range must fit in a small int, like every length in kinglet: below 2**62, or 2**30
// on a 32-bit board (CPython's limit is sys.maxsize). Beyond it len() raises OverflowError, while
// bool(), indexing, slicing and iteration still work. Below CORE a range has no slicing, no
// count() or index() and no start, stop or step (KL_CFG_RANGE_FULL).

#include "vm/gc.h"
#include "vm/obj_int.h"
#include "vm/obj_slice.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/vstr.h"

typedef struct _kl_obj_range_t {
    kl_obj_base_t base;
    kl_obj_t start; // ints, small where they fit (never bools)
    kl_obj_t stop;
    kl_obj_t step; // never 0
} kl_obj_range_t;

#define ZERO KL_OBJ_NEW_SMALL_INT(0)
#define ONE KL_OBJ_NEW_SMALL_INT(1)
#define WORD_MAX ((kl_int_t)(((kl_uint_t)-1) >> 1))
#define WORD_MIN (-WORD_MAX - 1)

// ==== Int arithmetic ====

static kl_obj_t int_add(kl_obj_t a, kl_obj_t b) {
    return kl_obj_int_binary_op(KL_BINARY_OP_ADD, a, b);
}

static kl_obj_t int_sub(kl_obj_t a, kl_obj_t b) {
    return kl_obj_int_binary_op(KL_BINARY_OP_SUB, a, b);
}

static kl_obj_t int_mul(kl_obj_t a, kl_obj_t b) {
    return kl_obj_int_binary_op(KL_BINARY_OP_MUL, a, b);
}

static kl_obj_t int_floordiv(kl_obj_t a, kl_obj_t b) {
    return kl_obj_int_binary_op(KL_BINARY_OP_FLOORDIV, a, b);
}

static kl_obj_t int_mod(kl_obj_t a, kl_obj_t b) {
    return kl_obj_int_binary_op(KL_BINARY_OP_MOD, a, b);
}

static int int_sign(kl_obj_t a) {
    return kl_obj_int_cmp(a, ZERO);
}

static kl_obj_t int_neg(kl_obj_t a) {
    return int_sub(ZERO, a);
}

// ==== Word arithmetic: ranges whose bounds are small ints ====

#define WORD(o) KL_OBJ_SMALL_INT_VALUE(o)

// A word as an int, without a call when it is a small int.
static kl_obj_t word_int(kl_int_t v) {
    return v >= KL_SMALL_INT_MIN && v <= KL_SMALL_INT_MAX ? KL_OBJ_NEW_SMALL_INT(v)
                                                          : kl_obj_new_int(v);
}

// An int known to be one is a small int: always without big ints (KL_CFG_BIGINT=0), so that
// every range is small there and the compiler drops the general path and longrange_iterator.
#define INT_IS_SMALL(o) (!KL_CFG_BIGINT || KL_OBJ_IS_SMALL_INT(o))

static bool range_is_small(const kl_obj_range_t *r) {
    return INT_IS_SMALL(r->start) && INT_IS_SMALL(r->stop) && INT_IS_SMALL(r->step);
}

// The number of items of range(start, stop, step), step != 0.
static kl_uint_t word_count(kl_int_t start, kl_int_t stop, kl_int_t step) {
    // Going down, the same count as going up from stop to start by -step.
    kl_uint_t ustep = (kl_uint_t)step;
    if (step < 0) {
        kl_int_t t = start;
        start = stop;
        stop = t;
        ustep = 0 - ustep;
    }
    if (start >= stop) {
        return 0;
    }
    return ((kl_uint_t)stop - (kl_uint_t)start - 1) / ustep + 1;
}

static kl_uint_t small_count(const kl_obj_range_t *r) {
    return word_count(WORD(r->start), WORD(r->stop), WORD(r->step));
}

// start + i * step for an i below the length (so the result lies inside the range).
static kl_int_t word_item(kl_int_t start, kl_int_t step, kl_uint_t i) {
    return (kl_int_t)((kl_uint_t)start + i * (kl_uint_t)step);
}

// The position of [value] in a small range [r], or -1.
static kl_int_t small_index_of(const kl_obj_range_t *r, kl_int_t value) {
    kl_int_t start = WORD(r->start), stop = WORD(r->stop), step = WORD(r->step);
    if (step < 0) {
        // Going down: the same as -value in range(-start, -stop, -step), all small ints.
        value = -value;
        start = -start;
        stop = -stop;
        step = -step;
    }
    if (value < start || value >= stop) {
        return -1;
    }
    kl_uint_t off = (kl_uint_t)value - (kl_uint_t)start;
    if (off % (kl_uint_t)step != 0) {
        return -1;
    }
    return (kl_int_t)(off / (kl_uint_t)step);
}

// ==== The general path ====

// The number of items, as an int.
static kl_obj_t range_length(const kl_obj_range_t *r) {
    if (range_is_small(r)) {
        kl_uint_t n = small_count(r);
        return n <= (kl_uint_t)KL_SMALL_INT_MAX ? KL_OBJ_NEW_SMALL_INT(n)
                                                : kl_obj_new_int_from_uint(n);
    }
    kl_obj_t lo = r->start, hi = r->stop, step = r->step;
    if (int_sign(step) < 0) {
        lo = r->stop;
        hi = r->start;
        step = int_neg(step);
    }
    if (kl_obj_int_cmp(lo, hi) >= 0) {
        return ZERO;
    }
    return int_add(int_floordiv(int_sub(int_sub(hi, lo), ONE), step), ONE);
}

// start + i * step: the item at position [i] when 0 <= i < length.
static kl_obj_t range_item(const kl_obj_range_t *r, kl_obj_t i) {
    return int_add(r->start, int_mul(i, r->step));
}

// The position of the int [value] (not a bool) in [r], or KL_OBJ_NULL.
static kl_obj_t range_index_of_int(const kl_obj_range_t *r, kl_obj_t value) {
    if (range_is_small(r) && INT_IS_SMALL(value)) {
        kl_int_t i = small_index_of(r, WORD(value));
        return i < 0 ? KL_OBJ_NULL : word_int(i);
    }
    // Inside [start, stop) going up, or (stop, start] going down.
    int s = int_sign(r->step);
    if (kl_obj_int_cmp(value, r->start) * s < 0 || kl_obj_int_cmp(value, r->stop) * s >= 0) {
        return KL_OBJ_NULL;
    }
    kl_obj_t off = int_sub(value, r->start);
    if (int_mod(off, r->step) != ZERO) {
        return KL_OBJ_NULL;
    }
    return int_floordiv(off, r->step);
}

static kl_obj_t new_range(kl_obj_t start, kl_obj_t stop, kl_obj_t step) {
    kl_obj_range_t *r = kl_gc_alloc(sizeof(kl_obj_range_t), 0);
    r->base.type = &kl_type_range;
    r->start = start;
    r->stop = stop;
    r->step = step;
    return KL_OBJ_FROM_PTR(r);
}

// ==== Iteration ====

typedef struct _range_iter_t {
    kl_obj_base_t base;
    kl_int_t cur;
    kl_int_t step;
    kl_uint_t left;
} range_iter_t;

static kl_obj_t range_iter_next(kl_obj_t self) {
    range_iter_t *it = KL_OBJ_TO_PTR(self);
    if (it->left == 0) {
        return KL_OBJ_STOP_ITERATION;
    }
    kl_int_t v = it->cur;
    if (--it->left > 0) {
        it->cur = (kl_int_t)((kl_uint_t)it->cur + (kl_uint_t)it->step);
    }
    return word_int(v);
}

static const kl_obj_iter_type_t range_iterator_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_range_iterator,
            .parent = &kl_type_object,
        },
    .getiter = kl_iter_self,
    .iternext = range_iter_next,
};
#define range_iterator_type (range_iterator_type_head.type)

// [left] items from [cur] on: the caller checks that they all fit in kl_int_t.
static kl_obj_t new_range_iter(kl_obj_iter_buf_t *iter_buf, kl_int_t cur, kl_int_t step,
                               kl_uint_t left) {
    range_iter_t *it = iter_buf != NULL ? (range_iter_t *)iter_buf
                                        : kl_gc_alloc(sizeof(range_iter_t), KL_GC_ATOMIC);
    it->base.type = &range_iterator_type;
    it->cur = cur;
    it->step = step;
    it->left = left;
    return KL_OBJ_FROM_PTR(it);
}

typedef struct _longrange_iter_t {
    kl_obj_base_t base;
    kl_obj_t cur;
    kl_obj_t step;
    kl_obj_t left;
} longrange_iter_t;

static kl_obj_t longrange_iter_next(kl_obj_t self) {
    longrange_iter_t *it = KL_OBJ_TO_PTR(self);
    if (it->left == ZERO) {
        return KL_OBJ_STOP_ITERATION;
    }
    kl_obj_t v = it->cur;
    it->left = int_sub(it->left, ONE);
    it->cur = int_add(it->cur, it->step);
    return v;
}

static const kl_obj_iter_type_t longrange_iterator_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_longrange_iterator,
            .parent = &kl_type_object,
        },
    .getiter = kl_iter_self,
    .iternext = longrange_iter_next,
};
#define longrange_iterator_type (longrange_iterator_type_head.type)

static kl_obj_t new_longrange_iter(kl_obj_iter_buf_t *iter_buf, kl_obj_t cur, kl_obj_t step,
                                   kl_obj_t left) {
    longrange_iter_t *it =
        iter_buf != NULL ? (longrange_iter_t *)iter_buf : kl_gc_alloc(sizeof(longrange_iter_t), 0);
    it->base.type = &longrange_iterator_type;
    it->cur = cur;
    it->step = step;
    it->left = left;
    return KL_OBJ_FROM_PTR(it);
}

// Reads start, stop, step and the length [n] as words, when all four fit.
static bool range_words(const kl_obj_range_t *r, kl_obj_t n, kl_int_t w[4]) {
    return kl_obj_int_to_int_checked(r->start, &w[0]) &&
           kl_obj_int_to_int_checked(r->stop, &w[1]) && kl_obj_int_to_int_checked(r->step, &w[2]) &&
           kl_obj_int_to_int_checked(n, &w[3]);
}

static kl_obj_t range_getiter(kl_obj_t self, kl_obj_iter_buf_t *iter_buf) {
    const kl_obj_range_t *r = KL_OBJ_TO_PTR(self);
    if (range_is_small(r)) {
        return new_range_iter(iter_buf, WORD(r->start), WORD(r->step), small_count(r));
    }
    // CPython's condition for a range_iterator: the bounds and the length fit in a word, and so
    // does stop + step - 1 (step + 1 going down).
    kl_obj_t n = range_length(r);
    kl_int_t w[4];
    if (range_words(r, n, w)) {
        kl_int_t stop = w[1], step = w[2];
        if (w[3] == 0 ||
            (step > 0 ? stop <= WORD_MAX - (step - 1) : stop >= WORD_MIN + (-1 - step))) {
            return new_range_iter(iter_buf, w[0], step, (kl_uint_t)w[3]);
        }
    }
    return new_longrange_iter(iter_buf, r->start, r->step, n);
}

// ==== Construction, printing, operators ====

static kl_obj_t range_make_new(const kl_obj_type_t *type, size_t n_args, size_t n_kw,
                               const kl_obj_t *args) {
    (void)type;
    // One test and one raise for the three ways of calling it wrongly.
    if (n_kw != 0 || n_args - 1 > 2) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         n_kw != 0 ? KL_ERROR_TEXT("range() takes no keyword arguments")
                         : n_args != 0
                             ? KL_ERROR_TEXT("range expected at most 3 arguments, got %z")
                             : KL_ERROR_TEXT("range expected at least 1 argument, got %z"),
                         n_args);
    }
    kl_obj_t v[3] = {ZERO, ZERO, ONE};
    for (size_t i = 0; i < n_args; i++) {
        v[n_args == 1 ? 1 : i] = KL_OBJ_IS_SMALL_INT(args[i]) ? args[i] : kl_obj_index(args[i]);
    }
    if (v[2] == ZERO) {
        kl_raise_ValueError(KL_ERROR_TEXT("range() arg 3 must not be zero"));
    }
    return new_range(v[0], v[1], v[2]);
}

static void range_print(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind) {
    (void)kind;
    const kl_obj_range_t *r = KL_OBJ_TO_PTR(o);
    kl_printf(print, "range(%r, %r", r->start, r->stop);
    if (r->step != ONE) {
        kl_printf(print, ", %r", r->step);
    }
    kl_print_strn(print, ")", 1);
}

#if KL_CFG_RANGE_EQUALITY
// What equality looks at: the length, the start unless the range is empty and the step unless
// it has one item (None in their place). Equal ranges (the same items) have equal keys, so the
// hash is the key's too.
static void range_key(const kl_obj_range_t *r, kl_obj_t key[3]) {
    kl_obj_t n = range_length(r);
    key[0] = n;
    key[1] = n != ZERO ? r->start : kl_const_none;
    key[2] = n != ZERO && n != ONE ? r->step : kl_const_none;
}
#endif

static kl_obj_t range_unary_op(kl_unary_op_t op, kl_obj_t o) {
    const kl_obj_range_t *r = KL_OBJ_TO_PTR(o);
    switch (op) {
        case KL_UNARY_OP_BOOL:
            return KL_OBJ_FROM_BOOL(range_length(r) != ZERO);
        case KL_UNARY_OP_LEN: {
            kl_obj_t n = range_length(r);
            if (!KL_OBJ_IS_SMALL_INT(n)) {
                kl_raise_OverflowError(
                    KL_ERROR_TEXT("Python int too large to convert to C ssize_t"));
            }
            return n;
        }
#if KL_CFG_RANGE_EQUALITY
        case KL_UNARY_OP_HASH: {
            kl_obj_t key[3];
            range_key(r, key);
            return KL_OBJ_NEW_SMALL_INT(kl_obj_hash(kl_obj_new_tuple(3, key)) &
                                        (kl_uint_t)KL_SMALL_INT_MAX);
        }
#endif
        default:
            return KL_OBJ_NULL;
    }
}

static kl_obj_t range_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    if (!kl_obj_is_type(lhs, &kl_type_range)) {
        return KL_OBJ_NULL;
    }
    const kl_obj_range_t *a = KL_OBJ_TO_PTR(lhs);
    switch (op) {
        case KL_BINARY_OP_EQ:
        case KL_BINARY_OP_NE: {
            if (!kl_obj_is_type(rhs, &kl_type_range)) {
                return KL_OBJ_NULL;
            }
#if KL_CFG_RANGE_EQUALITY
            // Ranges are equal when they produce the same items.
            kl_obj_t ka[3], kb[3];
            range_key(a, ka);
            range_key(KL_OBJ_TO_PTR(rhs), kb);
            return kl_obj_tuple_compare_items(op, ka, 3, kb, 3);
#else
            // Not left to identity, which would answer wrongly.
            kl_raise_NotImplementedError(KL_ERROR_TEXT("range comparison"));
#endif
        }
        case KL_BINARY_OP_CONTAINS:
            // Anything but an int is compared item by item: the runtime iterates the range when
            // the answer is left to it (KL_OBJ_NULL).
            if (kl_obj_is_int(rhs)) {
                return KL_OBJ_FROM_BOOL(range_index_of_int(a, kl_obj_index(rhs)) != KL_OBJ_NULL);
            }
            return KL_OBJ_NULL;
        default:
            return KL_OBJ_NULL;
    }
}

// ==== Subscripts and attributes ====

#if KL_CFG_RANGE_FULL && KL_CFG_SLICE
// A slice bound as an int, or KL_OBJ_NULL for None.
static kl_obj_t slice_bound(kl_obj_t o) {
    if (o == kl_const_none) {
        return KL_OBJ_NULL;
    }
    kl_obj_t i = kl_obj_index_maybe(o);
    if (i == KL_OBJ_NULL) {
        kl_raise_TypeError(
            KL_ERROR_TEXT("slice indices must be integers or None or have an __index__ method"));
    }
    return i;
}

// A slice bound [b] over [n] items: counted from the end when negative, then clamped to
// [lo, hi].
static kl_obj_t slice_clamp(kl_obj_t b, kl_obj_t n, kl_obj_t lo, kl_obj_t hi) {
    if (int_sign(b) < 0) {
        b = int_add(b, n);
        return kl_obj_int_cmp(b, lo) < 0 ? lo : b;
    }
    return kl_obj_int_cmp(b, hi) > 0 ? hi : b;
}

// The items a slice selects are again an arithmetic progression. kl_obj_slice_indices cannot
// resolve the slice: it clamps big bounds and steps to a word, and range(10)[::10**20] keeps
// its step, so the same rules are applied here to ints.
static kl_obj_t range_slice(const kl_obj_range_t *r, kl_obj_t slice) {
    const kl_obj_slice_t *s = KL_OBJ_TO_PTR(slice);
    kl_obj_t step = slice_bound(s->step);
    if (step == KL_OBJ_NULL) {
        step = ONE;
    } else if (step == ZERO) {
        kl_raise_ValueError(KL_ERROR_TEXT("slice step cannot be zero"));
    }
    kl_obj_t start = slice_bound(s->start);
    kl_obj_t stop = slice_bound(s->stop);
    kl_obj_t n = range_length(r);
    // Going down, the positions run from n - 1 to -1 (one before the front).
    bool down = int_sign(step) < 0;
    kl_obj_t lo = down ? KL_OBJ_NEW_SMALL_INT(-1) : ZERO;
    kl_obj_t hi = down ? int_sub(n, ONE) : n;
    start = start == KL_OBJ_NULL ? (down ? hi : lo) : slice_clamp(start, n, lo, hi);
    stop = stop == KL_OBJ_NULL ? (down ? lo : hi) : slice_clamp(stop, n, lo, hi);
    return new_range(range_item(r, start), range_item(r, stop), int_mul(step, r->step));
}
#endif // KL_CFG_RANGE_FULL && KL_CFG_SLICE

static kl_obj_t range_subscr(kl_obj_t self, kl_obj_t index, kl_obj_t value) {
    if (value != KL_OBJ_SENTINEL) {
        return KL_OBJ_NULL; // the runtime: "'range' object does not support item assignment"
    }
    const kl_obj_range_t *r = KL_OBJ_TO_PTR(self);
#if KL_CFG_RANGE_FULL && KL_CFG_SLICE
    if (kl_obj_is_slice(index)) {
        return range_slice(r, index);
    }
#endif
    kl_obj_t i = KL_OBJ_IS_SMALL_INT(index) ? index : kl_obj_index_maybe(index);
    if (i == KL_OBJ_NULL) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("range indices must be integers or slices, not %T"), index);
    }
    if (range_is_small(r) && INT_IS_SMALL(i)) {
        kl_uint_t n = small_count(r);
        kl_int_t k = WORD(i);
        // Counted from the end when negative; one too far back wraps to above n.
        kl_uint_t pos = (kl_uint_t)k + (k < 0 ? n : 0);
        if (pos >= n) {
            kl_raise_IndexError(KL_ERROR_TEXT("range object index out of range"));
        }
        return word_int(word_item(WORD(r->start), WORD(r->step), pos));
    }
    kl_obj_t n = range_length(r);
    if (int_sign(i) < 0) {
        i = int_add(i, n);
    }
    if (int_sign(i) < 0 || kl_obj_int_cmp(i, n) >= 0) {
        kl_raise_IndexError(KL_ERROR_TEXT("range object index out of range"));
    }
    return range_item(r, i);
}

// start, stop and step, read-only (KL_CFG_RANGE_FULL; without it they are missing).
#if KL_CFG_RANGE_FULL
static void range_attr(kl_obj_t self, kl_qstr_t attr, kl_obj_t *dest) {
    const kl_obj_range_t *r = KL_OBJ_TO_PTR(self);
    if (attr == KL_QSTR_start || attr == KL_QSTR_stop || attr == KL_QSTR_step) {
        if (dest[0] == KL_OBJ_NULL) {
            dest[0] = attr == KL_QSTR_start ? r->start : attr == KL_QSTR_stop ? r->stop : r->step;
        }
        // A store or delete leaves dest[0] set: the attributes are read-only.
        return;
    }
    // Methods: the class's own lookup.
    kl_type_generic_attr(self, attr, dest);
}
#endif

// ==== Methods ====

#if KL_CFG_BUILTINS_ITER || KL_CFG_RANGE_FULL
// The range a method was called on (checked: range.count may be handed anything).
static const kl_obj_range_t *range_self(kl_obj_t o) {
    if (!kl_obj_is_type(o, &kl_type_range)) {
        kl_raise_msg_fmt(&kl_type_TypeError,
                         KL_ERROR_TEXT("descriptor requires a 'range' object but received a '%T'"),
                         o);
    }
    return KL_OBJ_TO_PTR(o);
}

#if KL_CFG_BUILTINS_ITER
// reversed(range): the items of range(last, start - step, -step).
static kl_obj_t range___reversed__(kl_obj_t self) {
    const kl_obj_range_t *r = range_self(self);
    if (range_is_small(r)) {
        kl_int_t start = WORD(r->start), step = WORD(r->step);
        kl_uint_t n = small_count(r);
        kl_int_t last = n > 0 ? word_item(start, step, n - 1) : start;
        return new_range_iter(NULL, last, -step, n);
    }
    // CPython's condition for a range_iterator: the bounds, the length, -step and start - step
    // fit in a word.
    kl_obj_t n = range_length(r);
    kl_int_t w[4];
    if (range_words(r, n, w)) {
        kl_int_t start = w[0], step = w[2];
        if (step != WORD_MIN && (step > 0 ? start >= WORD_MIN + step : start <= WORD_MAX + step)) {
            kl_int_t last = w[3] > 0 ? word_item(start, step, (kl_uint_t)w[3] - 1) : start;
            return new_range_iter(NULL, last, -step, (kl_uint_t)w[3]);
        }
    }
    kl_obj_t last = n != ZERO ? range_item(r, int_sub(n, ONE)) : r->start;
    return new_longrange_iter(NULL, last, int_neg(r->step), n);
}
static KL_DEFINE_FUN_1(range___reversed___obj, __reversed__, range___reversed__);
#endif

#if KL_CFG_RANGE_FULL
// The position of the first item equal to [value], or -1. CPython compares item by item for
// any value that is not an int or a bool (2.0 in range(3) is True; an int subclass may define
// its own __eq__), and so do count(), index() and (through the runtime's iteration) `in`.
static kl_int_t range_scan(kl_obj_t self, kl_obj_t value) {
    kl_obj_iter_buf_t buf;
    kl_obj_t it = range_getiter(self, &buf);
    kl_obj_t item;
    for (kl_int_t i = 0; (item = kl_iternext(it)) != KL_OBJ_STOP_ITERATION; i++) {
        if (kl_obj_equal(item, value)) {
            return i;
        }
    }
    return -1;
}

static kl_obj_t range_count(kl_obj_t self, kl_obj_t value) {
    const kl_obj_range_t *r = range_self(self);
    if (kl_obj_is_int(value)) {
        return KL_OBJ_NEW_SMALL_INT(range_index_of_int(r, kl_obj_index(value)) != KL_OBJ_NULL);
    }
    // Other values may equal several items (a class with a permissive __eq__).
    kl_obj_iter_buf_t buf;
    kl_obj_t it = range_getiter(self, &buf);
    kl_obj_t item;
    kl_int_t count = 0;
    while ((item = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        if (kl_obj_equal(item, value)) {
            count++;
        }
    }
    return kl_obj_new_int(count);
}
static KL_DEFINE_FUN_2(range_count_obj, count, range_count);

static kl_obj_t range_index(kl_obj_t self, kl_obj_t value) {
    const kl_obj_range_t *r = range_self(self);
    if (kl_obj_is_int(value)) {
        kl_obj_t i = range_index_of_int(r, kl_obj_index(value));
        if (i == KL_OBJ_NULL) {
            kl_raise_msg_fmt(&kl_type_ValueError, KL_ERROR_TEXT("%r is not in range"), value);
        }
        return i;
    }
    kl_int_t i = range_scan(self, value);
    if (i < 0) {
        kl_raise_ValueError(KL_ERROR_TEXT("sequence.index(x): x not in sequence"));
    }
    return kl_obj_new_int(i);
}
static KL_DEFINE_FUN_2(range_index_obj, index, range_index);
#endif // KL_CFG_RANGE_FULL

static const kl_rom_map_elem_t range_locals_table[] = {
#if KL_CFG_BUILTINS_ITER
    {KL_ROM_QSTR(__reversed__), KL_ROM_PTR(&range___reversed___obj)},
#endif
#if KL_CFG_RANGE_FULL
    {KL_ROM_QSTR(count), KL_ROM_PTR(&range_count_obj)},
    {KL_ROM_QSTR(index), KL_ROM_PTR(&range_index_obj)},
#endif
};
static KL_DEFINE_CONST_DICT(range_locals_dict, range_locals_table);
#endif // KL_CFG_BUILTINS_ITER || KL_CFG_RANGE_FULL

const kl_obj_ops_type_t kl_type_range_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_OPS,
            .name = KL_QSTR_range,
            .make_new = range_make_new,
            .print = range_print,
            .binary_op = range_binary_op,
#if KL_CFG_RANGE_FULL
            .attr = range_attr,
#endif
#if KL_CFG_BUILTINS_ITER || KL_CFG_RANGE_FULL
            .locals_dict = &range_locals_dict,
#endif
            .parent = &kl_type_object,
        },
    .unary_op = range_unary_op,
    .subscr = range_subscr,
    .getiter = range_getiter,
};
