// vm/obj_list.c: the list type, its sort (shared with sorted()) and the repr recursion guard.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A list is a header with a separately allocated item array, so that the list object keeps its
// identity when the array grows. The array grows by half its size (plus a little), which keeps
// append amortised O(1) while wasting less RAM than doubling; slots beyond [len] are always
// KL_OBJ_NULL so that the collector, which scans the whole block, never keeps a removed item
// alive.
//
// Any Python code run from inside a list operation (an __eq__, a key function, an iterator) may
// change the list under our feet, so the code below re-reads list->items and list->len after
// every such call instead of caching them across it. sort goes further, like CPython: it
// detaches the items while it runs, so the list looks empty to a key function, and reports
// "list modified during sort" if anything was put into it meanwhile.
//
// sort is a stable bottom-up merge sort: runs of 8 sorted by insertion, then merged through a
// buffer of n words from the GC heap. Short lists (under 64 items) are sorted exactly as
// CPython's timsort does them, by one run and binary insertion. That is O(n log n) comparisons in
// the worst case, needs no recursion, and keeps the number of calls into Python (each comparison
// may be one) low for the common nearly sorted input. Below CORE (KL_CFG_LIST_SORT_FULL) binary
// insertion alone sorts every list: the same results, O(n log n) comparisons still, but moves
// that grow as n * n, which stay cheap for the lists a board that small can hold.

#include <string.h>

#include "vm/gc.h"
#include "vm/nlr.h"
#include "vm/obj_int.h"
#include "vm/obj_list.h"
#include "vm/obj_slice.h"
#include "vm/obj_tuple.h"
#include "vm/obj_type.h"
#include "vm/runtime.h"
#include "vm/state.h"
#include "vm/vstr.h"

// ==== Storage ====

static bool is_list(kl_obj_t o) {
    return kl_obj_tuple_seq_type(o) == &kl_type_list;
}

// The native list behind [o]: itself, or the list part of an instance of a list subclass.
static kl_obj_list_t *native_list(kl_obj_t o) {
    return KL_OBJ_TO_PTR(kl_obj_tuple_seq_check(o, &kl_type_list));
}

// Make room for at least [need] items.
static void list_reserve(kl_obj_list_t *list, size_t need) {
    if (need <= list->alloc) {
        return;
    }
    size_t alloc = list->alloc + list->alloc / 2 + 4;
    if (alloc < need) {
        alloc = need;
    }
    if (alloc > SIZE_MAX / sizeof(kl_obj_t)) {
        kl_raise_MemoryError();
    }
    // kl_gc_realloc zeroes the new slots and leaves the list intact if it raises.
    list->items = kl_gc_realloc(list->items, alloc * sizeof(kl_obj_t), 0);
    list->alloc = alloc;
}

// Set the length to [len] (<= the current length), clearing the vacated slots, and give back
// memory when the list has shrunk to a quarter of its array.
static void list_truncate(kl_obj_list_t *list, size_t len) {
    if (list->len > len) {
        memset(list->items + len, 0, (list->len - len) * sizeof(kl_obj_t));
    }
    list->len = len;
    if (list->alloc > 16 && len < list->alloc / 4) {
        // Shrunk in place: the blocks after the new end go back to the heap.
        list->alloc = len + len / 2 + 4;
        list->items = kl_gc_realloc(list->items, list->alloc * sizeof(kl_obj_t), 0);
    }
}

// Remove the item at [i] (< len), closing the gap.
static void list_delete_at(kl_obj_list_t *list, size_t i) {
    kl_mem_copy(list->items + i, list->items + i + 1, (list->len - i - 1) * sizeof(kl_obj_t));
    list_truncate(list, list->len - 1);
}

// Open a gap of [n] slots at [at] (<= len), moving the items after it up: its address, for the
// caller to fill (the new slots hold whatever was moved there).
static kl_obj_t *list_open(kl_obj_list_t *list, size_t at, size_t n) {
    list_reserve(list, list->len + n);
    kl_mem_copy(list->items + at + n, list->items + at, (list->len - at) * sizeof(kl_obj_t));
    list->len += n;
    return list->items + at;
}

kl_obj_t kl_obj_new_list(size_t n, const kl_obj_t *items) {
    kl_obj_list_t *list = kl_gc_alloc(sizeof(kl_obj_list_t), 0);
    list->base.type = &kl_type_list; // no items yet: the memory comes zeroed
    // An empty list has no items block: NULL + 0 would be undefined.
    if (n > 0) {
        kl_obj_t *dst = list_open(list, 0, n);
        if (items != NULL) {
            kl_mem_copy(dst, items, n * sizeof(kl_obj_t));
        }
    }
    return KL_OBJ_FROM_PTR(list);
}

static void list_push(kl_obj_list_t *list, kl_obj_t item) {
    *list_open(list, list->len, 1) = item;
}

void kl_obj_list_append(kl_obj_t list_obj, kl_obj_t item) {
    list_push(native_list(list_obj), item);
}

kl_obj_t *kl_obj_list_get_items(kl_obj_t list_obj, size_t *len) {
    kl_obj_list_t *list = native_list(list_obj);
    *len = list->len;
    return list->items;
}

#if KL_CFG_LENGTH_HINT
// CPython asks an iterable for its length before it copies the items into a list (a length
// hint): a class's __len__ runs, and any error it raises but TypeError propagates, as does the
// OverflowError of a range too long for a machine word (instead of a MemoryError once memory is
// full). The length itself is not used: the list grows as the items come.
void kl_obj_list_length_hint(kl_obj_t iterable) {
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_len_maybe(iterable);
        kl_nlr_pop();
        return;
    }
    if (!kl_obj_isinstance(nlr.ret_val, &kl_type_TypeError)) {
        kl_nlr_jump(nlr.ret_val);
    }
}
#endif

// Append everything [iterable] yields to [list] (vm/obj_list.h).
static void list_extend(kl_obj_list_t *list, kl_obj_t iterable) {
    // Only an exact list or tuple is copied directly: a subclass may count or yield its items
    // its own way, and CPython asks it for its length.
    if (kl_obj_is_type(iterable, &kl_type_list) || kl_obj_is_type(iterable, &kl_type_tuple)) {
        size_t n, m;
        kl_obj_tuple_seq_items(iterable, &n);
        if (n > 0) {
            kl_obj_t *dst = list_open(list, list->len, n);
            // Read the items after the gap is made: for l.extend(l) it moved them.
            kl_mem_copy(dst, kl_obj_tuple_seq_items(iterable, &m), n * sizeof(kl_obj_t));
        }
        return;
    }
#if KL_CFG_LENGTH_HINT
    kl_obj_list_length_hint(iterable);
#endif
    kl_obj_iter_buf_t iter_buf;
    kl_obj_t it = kl_getiter(iterable, &iter_buf);
    kl_obj_t item;
    while ((item = kl_iternext(it)) != KL_OBJ_STOP_ITERATION) {
        list_push(list, item);
    }
}

void kl_obj_list_extend(kl_obj_t list, kl_obj_t iterable) {
    list_extend(KL_OBJ_TO_PTR(list), iterable);
}

kl_obj_t kl_obj_list_from_iterable(kl_obj_t iterable) {
    kl_obj_t list = kl_obj_new_list(0, NULL);
    list_extend(KL_OBJ_TO_PTR(list), iterable);
    return list;
}

static void reverse_items(kl_obj_t *items, size_t n) {
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        kl_obj_t t = items[i];
        items[i] = items[j - 1];
        items[j - 1] = t;
    }
}

void kl_obj_list_reverse_items(kl_obj_t list_obj) {
    kl_obj_list_t *list = native_list(list_obj);
    reverse_items(list->items, list->len);
}

// ==== Sorting ====

// What kl_obj_list_sort needs across its nlr handler, kept in memory (not registers) so that
// a longjmp cannot clobber it.
typedef struct _sort_job_t {
    kl_obj_list_t *list;
    kl_obj_t *items;
    size_t n;
    size_t alloc;
    kl_obj_t key;
    bool reverse;
#if KL_CFG_LIST_SORT_FULL
    bool reversed; // the items are in reversed order (a reverse sort in progress)
#endif
} sort_job_t;

// Does [a] sort strictly before [b]? Two small ints are compared here where the VM's fast paths
// are built.
static bool sort_less(kl_obj_t a, kl_obj_t b) {
    if (KL_CFG_VM_FAST_PATHS && KL_OBJ_IS_SMALL_INT(a) && KL_OBJ_IS_SMALL_INT(b)) {
        return KL_OBJ_SMALL_INT_VALUE(a) < KL_OBJ_SMALL_INT_VALUE(b);
    }
    return kl_obj_is_true(kl_binary_op(KL_BINARY_OP_LT, a, b));
}

#if KL_CFG_LIST_SORT_FULL
typedef struct _sort_t {
    kl_obj_t *keys; // what is compared: the items, or their keys
    kl_obj_t *vals; // the items, moved along with keys (NULL when keys are the items)
    kl_obj_t *tmp_keys;
    kl_obj_t *tmp_vals;
    bool reverse;
} sort_t;

// Move the item at [from] down to [to] (< from), the items between up by one.
static void sort_shift(kl_obj_t *a, size_t to, size_t from) {
    kl_obj_t item = a[from];
    kl_mem_copy(a + to + 1, a + to, (from - to) * sizeof(kl_obj_t));
    a[to] = item;
}

// Extend the sorted [lo, start) to [lo, hi) by binary insertion, each new item going after the
// items it does not sort before (CPython's binarysort, comparison for comparison).
static void sort_binary(sort_t *s, size_t lo, size_t hi, size_t start) {
    for (; start < hi; start++) {
        kl_obj_t k = s->keys[start];
        size_t l = lo, r = start;
        while (l < r) {
            size_t m = l + ((r - l) >> 1);
            if (sort_less(k, s->keys[m])) {
                r = m;
            } else {
                l = m + 1;
            }
        }
        sort_shift(s->keys, l, start);
        if (s->vals != NULL) {
            sort_shift(s->vals, l, start);
        }
    }
}

// Insertion sort of [lo, hi).
static void sort_insertion(sort_t *s, size_t lo, size_t hi) {
    for (size_t i = lo + 1; i < hi; i++) {
        kl_obj_t k = s->keys[i];
        kl_obj_t v = s->vals != NULL ? s->vals[i] : KL_OBJ_NULL;
        size_t j = i;
        while (j > lo && sort_less(k, s->keys[j - 1])) {
            s->keys[j] = s->keys[j - 1];
            if (s->vals != NULL) {
                s->vals[j] = s->vals[j - 1];
            }
            j--;
        }
        s->keys[j] = k;
        if (s->vals != NULL) {
            s->vals[j] = v;
        }
    }
}

static void sort_move(sort_t *s, size_t to, kl_obj_t key, kl_obj_t val) {
    s->keys[to] = key;
    if (s->vals != NULL) {
        s->vals[to] = val;
    }
}

// Merge the sorted runs [lo, mid) and [mid, hi). The shorter run is copied out to the buffer
// (so it needs at most n / 2 words) and the merge fills the gap it leaves: from the front when
// the left run was copied, from the back when the right one was.
static void sort_merge(sort_t *s, size_t lo, size_t mid, size_t hi) {
    // Already in order: nothing to do (a common case for nearly sorted data).
    if (!sort_less(s->keys[mid], s->keys[mid - 1])) {
        return;
    }
    bool v = s->vals != NULL;
    size_t nl = mid - lo;
    size_t nr = hi - mid;
    if (nl <= nr) {
        kl_mem_copy(s->tmp_keys, s->keys + lo, nl * sizeof(kl_obj_t));
        if (v) {
            kl_mem_copy(s->tmp_vals, s->vals + lo, nl * sizeof(kl_obj_t));
        }
        size_t i = 0, j = mid, k = lo;
        while (i < nl && j < hi) {
            // Take from the right only when strictly before: equal items keep their order.
            if (sort_less(s->keys[j], s->tmp_keys[i])) {
                sort_move(s, k++, s->keys[j], v ? s->vals[j] : KL_OBJ_NULL);
                j++;
            } else {
                sort_move(s, k++, s->tmp_keys[i], v ? s->tmp_vals[i] : KL_OBJ_NULL);
                i++;
            }
        }
        kl_mem_copy(s->keys + k, s->tmp_keys + i, (nl - i) * sizeof(kl_obj_t));
        if (v) {
            kl_mem_copy(s->vals + k, s->tmp_vals + i, (nl - i) * sizeof(kl_obj_t));
        }
        return;
    }
    kl_mem_copy(s->tmp_keys, s->keys + mid, nr * sizeof(kl_obj_t));
    if (v) {
        kl_mem_copy(s->tmp_vals, s->vals + mid, nr * sizeof(kl_obj_t));
    }
    size_t i = mid, j = nr, k = hi;
    while (i > lo && j > 0) {
        // Take from the left only when the right item is strictly before it: on a tie the
        // right item goes last, which keeps equal items in their order.
        if (sort_less(s->tmp_keys[j - 1], s->keys[i - 1])) {
            i--;
            sort_move(s, --k, s->keys[i], v ? s->vals[i] : KL_OBJ_NULL);
        } else {
            j--;
            sort_move(s, --k, s->tmp_keys[j], v ? s->tmp_vals[j] : KL_OBJ_NULL);
        }
    }
    kl_mem_copy(s->keys + lo, s->tmp_keys, j * sizeof(kl_obj_t));
    if (v) {
        kl_mem_copy(s->vals + lo, s->tmp_vals, j * sizeof(kl_obj_t));
    }
}
// Reverse the first [n] keys (and the items with them).
static void sort_reverse(sort_t *s, size_t n) {
    reverse_items(s->keys, n);
    if (s->vals != NULL) {
        reverse_items(s->vals, n);
    }
}

#define SORT_RUN (8)

// The length of the run at the start of [lo, hi): ascending (each item not before the last), or
// strictly descending, which sets [descending]. These comparisons are CPython's count_run.
static size_t sort_count_run(sort_t *s, size_t lo, size_t hi, bool *descending) {
    *descending = false;
    if (lo + 1 >= hi) {
        return hi - lo;
    }
    size_t n = 2;
    if (sort_less(s->keys[lo + 1], s->keys[lo])) {
        *descending = true;
        while (lo + n < hi && sort_less(s->keys[lo + n], s->keys[lo + n - 1])) {
            n++;
        }
    } else {
        while (lo + n < hi && !sort_less(s->keys[lo + n], s->keys[lo + n - 1])) {
            n++;
        }
    }
    return n;
}

// Below this many items CPython's timsort is one run extended by binary insertion, which is
// done here the same way, so that inconsistent orders (NaNs) and __lt__ methods that print
// behave exactly alike.
#define SORT_SMALL (64)

static void sort_run(sort_t *s, size_t n) {
    if (n < SORT_SMALL) {
        bool descending;
        size_t run = sort_count_run(s, 0, n, &descending);
        if (descending) {
            sort_reverse(s, run);
        }
        sort_binary(s, 0, n, run);
        return;
    }
    for (size_t lo = 0; lo < n; lo += SORT_RUN) {
        sort_insertion(s, lo, lo + SORT_RUN < n ? lo + SORT_RUN : n);
    }
    if (n <= SORT_RUN) {
        return;
    }
    // The shorter of two runs never exceeds half of the items.
    size_t half = n / 2;
    s->tmp_keys = kl_gc_alloc(half * sizeof(kl_obj_t), 0);
    if (s->vals != NULL) {
        s->tmp_vals = kl_gc_alloc(half * sizeof(kl_obj_t), 0);
    }
    for (size_t width = SORT_RUN; width < n; width *= 2) {
        for (size_t lo = 0; lo + width < n; lo += 2 * width) {
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            sort_merge(s, lo, lo + width, hi);
        }
    }
}

// As in CPython, a reverse sort reverses the items (after the keys are computed), sorts them
// ascending, and reverses them again: equal items keep their order, and the comparisons are
// the same as CPython's.
static void sort_job_run(sort_job_t *job) {
    sort_t s = {job->items, NULL, NULL, NULL, job->reverse};
    if (job->key != KL_OBJ_NULL && job->n > 0) {
        s.keys = kl_gc_alloc(job->n * sizeof(kl_obj_t), 0);
        s.vals = job->items;
        for (size_t i = 0; i < job->n; i++) {
            s.keys[i] = kl_call_function_1(job->key, job->items[i]);
        }
    }
    if (job->reverse) {
        sort_reverse(&s, job->n);
        job->reversed = true;
    }
    sort_run(&s, job->n);
    if (job->reverse) {
        sort_reverse(&s, job->n);
        job->reversed = false;
    }
}

#else // KL_CFG_LIST_SORT_FULL

// Below CORE binary insertion alone sorts: the fewest comparisons, and moves that grow as n * n,
// which cost little for the lists that fit the heap of a board this small. It sorts the [n]
// elements of [w] words at [a] (a key and its item when w is 2) by their first word, descending
// for a reverse sort; either way a new element goes after the elements equal to it, which keeps
// the sort stable without turning the items round before and after it.
static void sort_insert(kl_obj_t *a, size_t n, size_t w, bool reverse) {
    for (size_t i = 1; i < n; i++) {
        kl_obj_t e[2];
        kl_mem_copy(e, a + i * w, w * sizeof(kl_obj_t));
        size_t l = 0, r = i;
        while (l < r) {
            size_t m = l + ((r - l) >> 1);
            kl_obj_t k = a[m * w];
            if (reverse ? sort_less(k, e[0]) : sort_less(e[0], k)) {
                r = m;
            } else {
                l = m + 1;
            }
        }
        kl_mem_copy(a + (l + 1) * w, a + l * w, (i - l) * w * sizeof(kl_obj_t));
        kl_mem_copy(a + l * w, e, w * sizeof(kl_obj_t));
    }
}

// With a key the keys are computed first, each next to its item, and the pairs sorted; the items
// go back into the list's array at the end.
static void sort_job_run(sort_job_t *job) {
    size_t n = job->n;
    kl_obj_t *a = job->items;
    size_t w = 1;
    if (job->key != KL_OBJ_NULL && n > 0) {
        w = 2;
        a = kl_gc_alloc(2 * n * sizeof(kl_obj_t), 0);
        for (size_t i = 0; i < n; i++) {
            a[2 * i + 1] = job->items[i];
            a[2 * i] = kl_call_function_1(job->key, job->items[i]);
        }
    }
    sort_insert(a, n, w, job->reverse);
    for (size_t i = 0; w == 2 && i < n; i++) {
        job->items[i] = a[2 * i + 1];
    }
}

#endif // KL_CFG_LIST_SORT_FULL

// Put the detached items back; true if something was put into the list meanwhile.
static bool sort_job_restore(sort_job_t *job) {
    bool modified = job->list->items != NULL;
    job->list->items = job->items;
    job->list->len = job->n;
    job->list->alloc = job->alloc;
    return modified;
}

// Run [job] with the items detached from the list, restoring them whatever happens.
static void sort_job_detached(sort_job_t *job) {
    job->list->items = NULL;
    job->list->len = 0;
    job->list->alloc = 0;
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        sort_job_run(job);
        kl_nlr_pop();
    } else {
        // Put the items back, in whatever order they reached (turned the right way round for a
        // reverse sort, as CPython does), and let the exception go on.
#if KL_CFG_LIST_SORT_FULL
        if (job->reversed) {
            sort_t s = {job->items, NULL, NULL, NULL, false};
            sort_reverse(&s, job->n);
        }
#endif
        sort_job_restore(job);
        kl_nlr_jump(nlr.ret_val);
    }
}

void kl_obj_list_sort(kl_obj_t list_obj, kl_obj_t key, bool reverse) {
    sort_job_t job;
    job.list = native_list(list_obj);
    job.items = job.list->items;
    job.n = job.list->len;
    job.alloc = job.list->alloc;
    job.key = key == kl_const_none ? KL_OBJ_NULL : key;
    job.reverse = reverse;
#if KL_CFG_LIST_SORT_FULL
    job.reversed = false;
#endif
    sort_job_detached(&job);
    if (sort_job_restore(&job)) {
        kl_raise_ValueError(KL_ERROR_TEXT("list modified during sort"));
    }
}

// ==== The repr recursion guard ====

#if KL_CFG_REPR_CYCLES
// The containers being printed, innermost first. The entries live in the C stack frames of the
// print calls; the static only points at the newest, and every exit path (including a raise,
// through the nlr handler) pops it.
typedef struct _print_guard_t {
    struct _print_guard_t *prev;
    kl_obj_t obj;
    unsigned depth; // containers being printed, this one included
} print_guard_t;

static print_guard_t *print_guard_top;

void kl_obj_list_print_guarded(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind,
                               void (*body)(const kl_print_t *, kl_obj_t, kl_print_kind_t),
                               const char *placeholder) {
    for (const print_guard_t *g = print_guard_top; g != NULL; g = g->prev) {
        if (g->obj == o) {
            kl_print_str(print, placeholder);
            return;
        }
    }
    kl_stack_check();
    // Nesting counts against the recursion limit like Python calls do, as in CPython; this also
    // bounds the scan of the chain above.
    unsigned depth = print_guard_top != NULL ? print_guard_top->depth + 1 : 1;
    if (depth + kl_state.recursion_depth > kl_state.recursion_limit) {
        kl_raise_RecursionError(
            KL_ERROR_TEXT("maximum recursion depth exceeded while getting the repr of an object"));
    }
    print_guard_t guard = {print_guard_top, o, depth};
    print_guard_top = &guard;
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        body(print, o, kind);
        kl_nlr_pop();
        print_guard_top = guard.prev;
    } else {
        print_guard_top = guard.prev;
        kl_nlr_jump(nlr.ret_val);
    }
}

#else // KL_CFG_REPR_CYCLES

// Without the guard nesting is bounded by the C stack alone, which a container that holds itself
// runs into: RecursionError, as in MicroPython.
void kl_obj_list_print_guarded(const kl_print_t *print, kl_obj_t o, kl_print_kind_t kind,
                               void (*body)(const kl_print_t *, kl_obj_t, kl_print_kind_t),
                               const char *placeholder) {
    (void)placeholder;
    kl_stack_check();
    body(print, o, kind);
}

#endif // KL_CFG_REPR_CYCLES

// ==== Type protocol ====

// The slots lists share with tuples (vm/obj_tuple.c) serve all but the in-place operators.
// obj.h names only the first in-place operator; the rest follow in the same order.
#define INPLACE_MUL (KL_BINARY_OP_MUL + KL_BINARY_OP_INPLACE_OFFSET)

static kl_obj_t list_binary_op(kl_binary_op_t op, kl_obj_t lhs, kl_obj_t rhs) {
    if (is_list(lhs)) {
        if (op == INPLACE_MUL) {
            // `l *= k` is l * k, whose new array the list takes over.
            kl_obj_t r = kl_obj_tuple_seq_binary_op(KL_BINARY_OP_MUL, lhs, rhs);
            if (r == KL_OBJ_NULL) {
                return KL_OBJ_NULL; // a class of [rhs] may have __rmul__
            }
            *native_list(lhs) = *(kl_obj_list_t *)KL_OBJ_TO_PTR(r);
            return lhs;
        }
        if (op == KL_BINARY_OP_INPLACE_ADD) {
            // `l += iterable` is extend: any iterable, and the same object comes back.
            list_extend(native_list(lhs), rhs);
            return lhs;
        }
    }
    return kl_obj_tuple_seq_binary_op(op, lhs, rhs);
}

#if KL_CFG_SLICE
// An iterator over [value], the right-hand side of a slice assignment; CPython words the
// TypeError for a non-iterable value its own way there ("can only assign an iterable").
static kl_obj_t assigned_iter(kl_obj_t value, bool extended) {
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        kl_obj_t it = kl_getiter(value, NULL);
        kl_nlr_pop();
        return it;
    }
    if (kl_obj_isinstance(nlr.ret_val, &kl_type_TypeError)) {
        kl_raise_TypeError(extended ? KL_ERROR_TEXT("must assign iterable to extended slice")
                                    : KL_ERROR_TEXT("can only assign an iterable"));
    }
    kl_nlr_jump(nlr.ret_val);
}

// Delete the [count] items start, start + step, ... (step > 0).
static void list_delete_stepped(kl_obj_list_t *list, size_t start, size_t step, size_t count) {
    if (count == 0) {
        return;
    }
    size_t dst = start;
    size_t next_del = start;
    size_t deleted = 0;
    for (size_t src = start; src < list->len; src++) {
        if (deleted < count && src == next_del) {
            deleted++;
            next_del += step;
            continue;
        }
        list->items[dst++] = list->items[src];
    }
    list_truncate(list, dst);
}

// self[start:start + count] = the [m] items at [src] (a step-1 slice assignment).
static void list_replace_range(kl_obj_list_t *list, size_t start, size_t count, size_t m,
                               const kl_obj_t *src) {
    size_t len = list->len;
    if (m == 0 && count == 0) {
        // Nothing to do, and an empty list may have no items block: NULL + 0 is undefined.
        return;
    }
    if (m > count) {
        list_reserve(list, len + (m - count));
    }
    kl_mem_copy(list->items + start + m, list->items + start + count,
                (len - start - count) * sizeof(kl_obj_t));
    kl_mem_copy(list->items + start, src, m * sizeof(kl_obj_t));
    if (m < count) {
        size_t new_len = len - (count - m);
        list->len = len; // list_truncate clears the slots from new_len to the old length
        list_truncate(list, new_len);
    } else {
        list->len = len + (m - count);
    }
}
#endif // KL_CFG_SLICE

static kl_obj_t list_subscr(kl_obj_t self, kl_obj_t index, kl_obj_t value) {
    kl_obj_list_t *list = native_list(self);
#if KL_CFG_SLICE
    if (kl_obj_is_slice(index)) {
        kl_slice_indices_t ind;
        kl_obj_slice_indices(index, list->len, &ind);
        if (value == KL_OBJ_SENTINEL) {
            kl_obj_t result = kl_obj_new_list(ind.count, NULL);
            kl_obj_list_t *r = KL_OBJ_TO_PTR(result);
            kl_int_t j = ind.start;
            for (size_t i = 0; i < ind.count; i++, j += ind.step) {
                r->items[i] = list->items[j];
            }
            return result;
        }
        if (value == KL_OBJ_NULL) {
            if (ind.step > 0) {
                list_delete_stepped(list, (size_t)ind.start, (size_t)ind.step, ind.count);
            } else if (ind.count > 0) {
                // The same items, walked upwards.
                size_t first = (size_t)(ind.start + (kl_int_t)(ind.count - 1) * ind.step);
                list_delete_stepped(list, first, (size_t)-ind.step, ind.count);
            }
            return kl_const_none;
        }
        // Assignment: take the new items as an array first. A list assigned into itself
        // (a[1:] = a) must be copied before the move.
        size_t m;
        kl_obj_t *src;
        kl_obj_t seq = value;
        if (is_list(value) && native_list(value) != list) {
            src = kl_obj_list_get_items(value, &m);
        } else if (kl_obj_is_type(value, &kl_type_tuple)) {
            src = kl_obj_tuple_get_items(value, &m);
        } else {
            kl_obj_t it = assigned_iter(value, ind.step != 1);
            seq = kl_obj_new_list(0, NULL);
            list_extend(KL_OBJ_TO_PTR(seq), it);
            src = kl_obj_list_get_items(seq, &m);
        }
        // The iteration may have run Python code that changed the list: recompute.
        kl_obj_slice_indices(index, list->len, &ind);
        if (ind.step == 1) {
            list_replace_range(list, (size_t)ind.start, ind.count, m, src);
            return kl_const_none;
        }
        if (m != ind.count) {
            kl_raise_msg_fmt(&kl_type_ValueError,
                             KL_ERROR_TEXT("attempt to assign sequence of size %z to extended "
                                           "slice of size %z"),
                             m, ind.count);
        }
        kl_int_t j = ind.start;
        for (size_t i = 0; i < m; i++, j += ind.step) {
            list->items[j] = src[i];
        }
        (void)seq;
        return kl_const_none;
    }
#endif
    // Deletion reports an out-of-range index as an assignment, like CPython.
    const char *range_msg = value == KL_OBJ_SENTINEL
                                ? KL_ERROR_TEXT("list index out of range")
                                : KL_ERROR_TEXT("list assignment index out of range");
    size_t i = kl_obj_slice_get_index(index, list->len, range_msg,
                                      KL_ERROR_TEXT("list indices must be integers or slices, "
                                                    "not %T"));
    if (value == KL_OBJ_SENTINEL) {
        return list->items[i];
    }
    if (value == KL_OBJ_NULL) {
        list_delete_at(list, i);
        return kl_const_none;
    }
    list->items[i] = value;
    return kl_const_none;
}

// ==== Iteration ====

#if KL_CFG_BUILTINS_ITER
// A reverse iterator copes with the list changing: [index] is one past the next item to
// yield, 0 when finished.
typedef struct _list_iter_t {
    kl_obj_base_t base;
    kl_obj_t seq;
    size_t index;
} list_iter_t;

static kl_obj_t list_reviter_next(kl_obj_t self) {
    list_iter_t *it = KL_OBJ_TO_PTR(self);
    kl_obj_list_t *list = native_list(it->seq);
    if (it->index == 0 || it->index > list->len) {
        it->index = 0;
        return KL_OBJ_STOP_ITERATION;
    }
    return list->items[--it->index];
}

static const kl_obj_iter_type_t list_reverseiterator_type_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_ITER_SELF | KL_TYPE_FLAG_EQ_IS_ID | KL_TYPE_FLAG_ITER,
            .name = KL_QSTR_list_reverseiterator,
            .parent = &kl_type_object,
        },
    .getiter = kl_iter_self,
    .iternext = list_reviter_next,
};
#define list_reverseiterator_type (list_reverseiterator_type_head.type)
#endif

// ==== Methods ====

static kl_obj_t list_append(kl_obj_t self, kl_obj_t item) {
    kl_obj_list_append(self, item);
    return kl_const_none;
}
static KL_DEFINE_FUN_2(list_append_obj, append, list_append);

static kl_obj_t list_clear(kl_obj_t self) {
    kl_obj_list_t *list = native_list(self);
    list->len = 0;
    list->alloc = 0;
    list->items = NULL;
    return kl_const_none;
}
static KL_DEFINE_FUN_1(list_clear_obj, clear, list_clear);

static kl_obj_t list_copy(kl_obj_t self) {
    kl_obj_list_t *list = native_list(self);
    return kl_obj_new_list(list->len, list->items);
}
static KL_DEFINE_FUN_1(list_copy_obj, copy, list_copy);

static kl_obj_t list_count(kl_obj_t self, kl_obj_t value) {
    return kl_obj_tuple_seq_count(&kl_type_list, self, value);
}
static KL_DEFINE_FUN_2(list_count_obj, count, list_count);

static kl_obj_t list_extend_method(kl_obj_t self, kl_obj_t iterable) {
    list_extend(native_list(self), iterable);
    return kl_const_none;
}
static KL_DEFINE_FUN_2(list_extend_obj, extend, list_extend_method);

static kl_obj_t list_index(size_t n_args, const kl_obj_t *args) {
    return kl_obj_tuple_seq_index(&kl_type_list, n_args, args);
}
static KL_DEFINE_FUN_VAR(list_index_obj, index, 2, 4, list_index);

static kl_obj_t list_insert(kl_obj_t self, kl_obj_t index, kl_obj_t item) {
    kl_obj_list_t *list = native_list(self);
    size_t i = kl_obj_slice_clamp_index(kl_obj_slice_get_arg_int(index), list->len);
    *list_open(list, i, 1) = item;
    return kl_const_none;
}
static KL_DEFINE_FUN_3(list_insert_obj, insert, list_insert);

static kl_obj_t list_pop(size_t n_args, const kl_obj_t *args) {
    kl_obj_list_t *list = native_list(args[0]);
    // The index is converted first: [].pop(10**20) is OverflowError, [].pop('a') TypeError.
    kl_int_t i = n_args > 1 ? kl_obj_slice_get_arg_int(args[1]) : -1;
    size_t k = kl_obj_slice_wrap_index(i, list->len,
                                       list->len == 0 ? KL_ERROR_TEXT("pop from empty list")
                                                      : KL_ERROR_TEXT("pop index out of range"));
    kl_obj_t item = list->items[k];
    list_delete_at(list, k);
    return item;
}
static KL_DEFINE_FUN_VAR(list_pop_obj, pop, 1, 2, list_pop);

static kl_obj_t list_remove(kl_obj_t self, kl_obj_t value) {
    kl_obj_list_t *list = native_list(self);
    kl_int_t found = kl_obj_tuple_seq_find(self, 0, SIZE_MAX, value, false);
    if (found >= 0) {
        // The comparison may have shrunk the list: re-check before moving.
        size_t i = (size_t)found;
        if (i < list->len) {
            list_delete_at(list, i);
        }
        return kl_const_none;
    }
    kl_raise_ValueError(KL_ERROR_TEXT("list.remove(x): x not in list"));
}
static KL_DEFINE_FUN_2(list_remove_obj, remove, list_remove);

static kl_obj_t list_reverse(kl_obj_t self) {
    kl_obj_list_reverse_items(self);
    return kl_const_none;
}
static KL_DEFINE_FUN_1(list_reverse_obj, reverse, list_reverse);

static kl_obj_t list_sort(size_t n_args, size_t n_kw, const kl_obj_t *args) {
    kl_builtins_sort(args[0], n_args, n_kw, args);
    return kl_const_none;
}
static KL_DEFINE_FUN_KW(list_sort_obj, sort, 1, list_sort);

#if KL_CFG_SPECIAL_METHODS_FULL
// list.__iadd__ and list.__imul__, for calls by name (super().__iadd__(x) in a subclass): the
// in-place operators, which give back the list itself. __imul__ reads its count as an index
// first, as CPython's wrapper does.
static kl_obj_t list___iadd__(kl_obj_t self, kl_obj_t other) {
    list_extend(native_list(self), other);
    return self;
}
static KL_DEFINE_FUN_2(list___iadd___obj, __iadd__, list___iadd__);

static kl_obj_t list___imul__(kl_obj_t self, kl_obj_t count) {
    count = kl_obj_index(count);
    native_list(self); // self must be a list (TypeError)
    return list_binary_op(INPLACE_MUL, self, count);
}
static KL_DEFINE_FUN_2(list___imul___obj, __imul__, list___imul__);
#endif

#if KL_CFG_BUILTINS_ITER
// reversed(list): an iterator from the end that copes with the list changing.
static kl_obj_t list___reversed__(kl_obj_t self) {
    list_iter_t *it = kl_gc_alloc(sizeof(list_iter_t), 0);
    it->base.type = &list_reverseiterator_type;
    it->seq = self;
    it->index = native_list(self)->len;
    return KL_OBJ_FROM_PTR(it);
}
static KL_DEFINE_FUN_1(list___reversed___obj, __reversed__, list___reversed__);
#endif

static const kl_rom_map_elem_t list_locals_table[] = {
    // Unhashable, also for subclasses (which would otherwise inherit object.__hash__).
    {KL_ROM_QSTR(__hash__), kl_const_none},
#if KL_CFG_SPECIAL_METHODS_FULL
    {KL_ROM_QSTR(__iadd__), KL_ROM_PTR(&list___iadd___obj)},
    {KL_ROM_QSTR(__imul__), KL_ROM_PTR(&list___imul___obj)},
#endif
#if KL_CFG_BUILTINS_ITER
    {KL_ROM_QSTR(__reversed__), KL_ROM_PTR(&list___reversed___obj)},
#endif
    {KL_ROM_QSTR(append), KL_ROM_PTR(&list_append_obj)},
    {KL_ROM_QSTR(clear), KL_ROM_PTR(&list_clear_obj)},
    {KL_ROM_QSTR(copy), KL_ROM_PTR(&list_copy_obj)},
    {KL_ROM_QSTR(count), KL_ROM_PTR(&list_count_obj)},
    {KL_ROM_QSTR(extend), KL_ROM_PTR(&list_extend_obj)},
    {KL_ROM_QSTR(index), KL_ROM_PTR(&list_index_obj)},
    {KL_ROM_QSTR(insert), KL_ROM_PTR(&list_insert_obj)},
    {KL_ROM_QSTR(pop), KL_ROM_PTR(&list_pop_obj)},
    {KL_ROM_QSTR(remove), KL_ROM_PTR(&list_remove_obj)},
    {KL_ROM_QSTR(reverse), KL_ROM_PTR(&list_reverse_obj)},
    {KL_ROM_QSTR(sort), KL_ROM_PTR(&list_sort_obj)},
};
static KL_DEFINE_CONST_DICT(list_locals_dict, list_locals_table);

const kl_obj_ops_type_t kl_type_list_head = {
    .type =
        {
            .base = {&kl_type_type},
            .flags = KL_TYPE_FLAG_BASETYPE | KL_TYPE_FLAG_OPS,
            .name = KL_QSTR_list,
            .make_new = kl_obj_tuple_seq_make_new,
            .print = kl_obj_tuple_seq_print,
            .binary_op = list_binary_op,
            .locals_dict = &list_locals_dict,
            .parent = &kl_type_object,
        },
    .unary_op = kl_obj_tuple_seq_unary_op,
    .subscr = list_subscr,
    .getiter = kl_obj_tuple_seq_getiter,
};
