// tests/unit/test_core.c: Check tests of the heap, interning, maps and bytecode encoding.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// These drive the C internals directly, below the language: what the collector frees and
// keeps, how interned names behave, how the ordered map grows and deletes, and what the
// compiler's line table and jump encoding produce. Each test starts a fresh interpreter on a
// small static heap.

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/bc.h"
#include "vm/gc.h"
#include "vm/kinglet.h"
#include "vm/map.h"
#include "vm/nlr.h"
#include "vm/obj_module.h"
#include "vm/obj_str.h"
#include "vm/parse.h"
#include "vm/qstr.h"
#include "vm/runtime.h"
#include "vm/state.h"

static char heap_region[8 << 20];
// The base of the C stack for the collector's scan: a local of main(), so that every test
// function's frame lies within the scanned range.
static char *stack_base;

static void start(size_t heap_size) {
    kl_init_t init = {.heap = heap_region, .heap_size = heap_size, .stack_top = stack_base};
    kl_init(&init);
}

// ==== Heap ====

START_TEST(test_gc_alloc_zeroed_and_sized) {
    start(sizeof(heap_region));
    unsigned char *p = kl_gc_alloc(100, 0);
    ck_assert_ptr_nonnull(p);
    for (size_t i = 0; i < 100; i++) {
        ck_assert_int_eq(p[i], 0);
    }
    ck_assert_uint_ge(kl_gc_nbytes(p), 100);
    ck_assert(kl_gc_is_heap_ptr(p));
    ck_assert(!kl_gc_is_heap_ptr(&p));
}
END_TEST

// Allocate and drop blocks in a helper frame, so no pointer to them stays on the stack.
static void __attribute__((noinline)) churn(size_t n) {
    for (size_t i = 0; i < n; i++) {
        volatile void *p = kl_gc_alloc(64, KL_GC_ATOMIC);
        (void)p;
    }
}

static void __attribute__((noinline)) clobber_stack(void) {
    volatile char pad[4096];
    memset((char *)pad, 0, sizeof(pad));
}

START_TEST(test_gc_collect_reclaims_garbage) {
    start(64 * 1024);
    kl_gc_info_t before, after;
    kl_gc_collect();
    kl_gc_info(&before);
    // Far more than the heap holds: only works if garbage is reclaimed.
    churn(20000);
    clobber_stack();
    kl_gc_collect();
    kl_gc_info(&after);
    ck_assert_uint_ge(after.collections, 1);
    // Nearly everything allocated by churn is free again (a few blocks may be retained by
    // stale words the conservative scan sees).
    ck_assert_uint_ge(after.free + 1024, before.free);
}
END_TEST

// A block whose only pointer was left on the stack by a deep, returned recursion (a parse).
// Its address is kept scrambled, where the collector does not take it for a pointer.
#define SCRAMBLE ((uintptr_t)0x5a5a5a5a)
static volatile uintptr_t planted_bits;
static volatile uintptr_t planted_frame; // where [p] was: only compared
static void __attribute__((noinline)) plant(int depth) {
    volatile char pad[64];
    pad[0] = (char)depth;
    kl_stack_check();
    if (depth > 0) {
        plant(depth - 1);
    } else {
        void *volatile p = kl_gc_alloc(256, KL_GC_ATOMIC);
        planted_bits = (uintptr_t)p ^ SCRAMBLE;
        planted_frame = (uintptr_t)&p;
    }
    (void)pad[0];
}

// kl_gc_clear_stack zeroes as deep as kl_stack_check saw the stack go, then starts again.
START_TEST(test_gc_clear_stack) {
    start(64 * 1024);
    volatile char here;
    kl_gc_clear_stack();
    ck_assert((uintptr_t)kl_state.c_stack_low <= (uintptr_t)&here);
    char *first = kl_state.c_stack_low;
    plant(40);
    ck_assert((uintptr_t)kl_state.c_stack_low < planted_frame + 64);
    ck_assert((uintptr_t)kl_state.c_stack_low < (uintptr_t)(first - 40 * 64));
    kl_gc_clear_stack();
    ck_assert((uintptr_t)kl_state.c_stack_low + 256 >= (uintptr_t)first);
    kl_gc_collect();
    ck_assert_uint_eq(kl_gc_nbytes((void *)(planted_bits ^ SCRAMBLE)), 0); // nothing kept it
}
END_TEST

START_TEST(test_gc_keeps_reachable) {
    start(64 * 1024);
    // A chain of blocks reachable only through each other and one local.
    void **head = kl_gc_alloc(4 * sizeof(void *), 0);
    void **cur = head;
    for (int i = 0; i < 50; i++) {
        void **next = kl_gc_alloc(4 * sizeof(void *), 0);
        next[1] = (void *)(uintptr_t)(i * 2 + 1); // a non-pointer word
        cur[0] = next;
        cur = next;
    }
    churn(5000);
    kl_gc_collect();
    cur = head;
    for (int i = 0; i < 50; i++) {
        cur = cur[0];
        ck_assert_uint_eq((uintptr_t)cur[1], (uintptr_t)(i * 2 + 1));
        ck_assert_uint_ge(kl_gc_nbytes(cur), 4 * sizeof(void *));
    }
}
END_TEST

START_TEST(test_gc_memory_error_when_full) {
    start(32 * 1024);
    kl_nlr_buf_t nlr;
    void *volatile keep = NULL;
    if (kl_nlr_push(&nlr) == 0) {
        for (;;) {
            void **p = kl_gc_alloc(256, 0);
            p[0] = keep;
            keep = p;
        }
    }
    ck_assert(kl_obj_isinstance(nlr.ret_val, &kl_type_MemoryError));
    // After dropping the chain the heap is usable again.
    keep = NULL;
    clobber_stack();
    kl_gc_collect();
    ck_assert_ptr_nonnull(kl_gc_alloc_maybe(256, 0));
}
END_TEST

// A board's small heap is searched first fit, so a freed hole near the bottom is reused before
// the free space above; a large heap is searched next fit, on from the last allocation.
static void *reuse_after_free(size_t heap_size) {
    start(heap_size);
    void *a = kl_gc_alloc(64, 0);
    void *b = kl_gc_alloc(64, 0);
    void *c = kl_gc_alloc(64, 0);
    ck_assert((char *)a < (char *)b);
    ck_assert((char *)b < (char *)c);
    kl_gc_free(a);
    void *d = kl_gc_alloc(48, 0);
    ck_assert_ptr_ne(d, b);
    ck_assert_ptr_ne(d, c);
    return d == a ? a : NULL;
}

START_TEST(test_gc_first_fit_on_small_heaps) {
    // A stress collection before an allocation starts the next search at the bottom again.
    kl_gc_set_stress(SIZE_MAX);
    ck_assert_ptr_nonnull(reuse_after_free(8 * 1024));
    ck_assert_ptr_null(reuse_after_free(1024 * 1024));
    kl_gc_set_stress(1);
}
END_TEST

// kl_gc_total is kl_gc_info's total without its walk over the blocks; start-up sizes the value
// stack of a small heap from it (an eighth of the heap).
START_TEST(test_gc_total_and_value_stack) {
    start(64 * 1024);
    kl_gc_info_t info;
    kl_gc_info(&info);
    ck_assert_uint_eq(kl_gc_total(), info.total);
    ck_assert_uint_gt(info.total, 60 * 1024);
    ck_assert_uint_eq((size_t)(kl_state.stack_end - kl_state.stack_base),
                      info.total / 8 / sizeof(kl_obj_t));
}
END_TEST

// In a small heap what is flagged long-lived is placed from the top down, so the short-lived
// blocks allocated around it (a parse) leave one free run when they go; a large heap ignores
// the flag.
START_TEST(test_gc_long_lived_from_the_top) {
    kl_gc_set_stress(SIZE_MAX);
    start(8 * 1024);
    kl_gc_info_t info;
    kl_gc_info(&info);
    char *end = (char *)info.start + info.total;
    char *tmp1 = kl_gc_alloc(64, 0);
    char *kept = kl_gc_alloc(256, KL_GC_LONG_LIVED);
    char *kept2 = kl_gc_alloc(256, KL_GC_ATOMIC | KL_GC_LONG_LIVED);
    char *tmp2 = kl_gc_alloc(64, 0);
    // Start-up's own long-lived blocks (interned names) are at the top already; these two go
    // just below them, the highest runs free, and the short-lived ones stay at the bottom.
    ck_assert(tmp1 < tmp2 && tmp2 + 64 < kept2 && kept2 < kept && kept + 256 <= end);
    ck_assert(end - kept < (ptrdiff_t)info.total / 2);
    ck_assert_ptr_eq(kept2 + 256, kept);
    ck_assert_uint_eq(kl_gc_nbytes(kept), 256);
    // Freed, the blocks are found again by the next long-lived allocation.
    kl_gc_free(kept2);
    ck_assert_ptr_eq(kl_gc_alloc(16, KL_GC_LONG_LIVED), kept - 16);
    // A large heap ignores the flag: next fit, on from the last allocation.
    start(1024 * 1024);
    char *a = kl_gc_alloc(64, 0);
    ck_assert_ptr_eq(kl_gc_alloc(32, KL_GC_LONG_LIVED), a + 64);
    kl_gc_set_stress(1);
}
END_TEST

// The block table covers every block of the pool, whatever the heap's size: filling a heap to
// its last block never writes the table's nibbles into the first object. (For some sizes, 83,968
// bytes with 16-byte blocks among them, the table was a nibble short and its last entry lay in
// the first block: a compile that filled the heap turned the preallocated MemoryError's type
// pointer into garbage.)
START_TEST(test_gc_table_covers_every_block) {
    for (size_t size = 1024; size <= 96 * 1024; size += KL_CFG_GC_BLOCK_BYTES) {
        kl_gc_init(heap_region, size);
        unsigned char *first = kl_gc_alloc_maybe(1, KL_GC_ATOMIC);
        ck_assert_ptr_nonnull(first);
        // Low nibbles clear: a table entry read from here says "free".
        memset(first, 0xa0, KL_CFG_GC_BLOCK_BYTES);
        kl_gc_lock();
        size_t n = 1;
        while (kl_gc_alloc_maybe(1, KL_GC_ATOMIC) != NULL) {
            n++;
        }
        kl_gc_unlock();
        // Every block was given out, and the first kept its bytes.
        ck_assert_uint_ge(n * KL_CFG_GC_BLOCK_BYTES, size - size / 16);
        for (size_t i = 0; i < KL_CFG_GC_BLOCK_BYTES; i++) {
            ck_assert_msg(first[i] == 0xa0, "heap of %zu bytes: byte %zu of the first block is %#x",
                          size, i, first[i]);
        }
    }
}
END_TEST

// In a heap over 1 MiB, survivors made among much garbage stay together (KL_CFG_GC_PACING):
// afterwards a large run is still free. Collected only when the heap was full, the survivors
// were spread over all of it, one every few KiB, and no run of 1 MiB was left.
START_TEST(test_gc_paced_survivors_leave_large_runs) {
    start(sizeof(heap_region));
    enum { KEEP = 20000 };
    void **keep = kl_gc_alloc(KEEP * sizeof(void *), 0);
    for (size_t i = 0; i < KEEP; i++) {
        for (int j = 0; j < 24; j++) {
            kl_gc_alloc(16, KL_GC_ATOMIC); // garbage
        }
        keep[i] = kl_gc_alloc(48, KL_GC_ATOMIC);
    }
    kl_gc_collect();
    kl_gc_info_t info;
    kl_gc_info(&info);
    ck_assert_uint_ge(info.collections, 2);
    ck_assert_uint_ge(info.used, KEEP * 48);
    ck_assert_uint_ge(info.max_free, sizeof(heap_region) / 4);
    ck_assert_ptr_nonnull(kl_gc_alloc_maybe(sizeof(heap_region) / 4, KL_GC_ATOMIC));
    // The survivors are intact.
    for (size_t i = 0; i < KEEP; i++) {
        ck_assert_uint_eq(kl_gc_nbytes(keep[i]), 48);
    }
}
END_TEST

START_TEST(test_gc_realloc_grows_and_keeps_contents) {
    start(sizeof(heap_region));
    char *p = kl_gc_alloc(40, KL_GC_ATOMIC);
    memcpy(p, "kinglet", 8);
    p = kl_gc_realloc(p, 4000, KL_GC_ATOMIC);
    ck_assert_str_eq(p, "kinglet");
    ck_assert_uint_ge(kl_gc_nbytes(p), 4000);
    p = kl_gc_realloc(p, 16, KL_GC_ATOMIC);
    ck_assert_str_eq(p, "kinglet");
}
END_TEST

// A block at the top of the used part of the heap, grown in place far beyond it, then dropped.
static void __attribute__((noinline)) grow_past_top(void) {
    char *volatile p = kl_gc_alloc(16, KL_GC_ATOMIC);
    char *q = kl_gc_realloc(p, 1 << 20, KL_GC_ATOMIC);
    ck_assert_ptr_eq(q, p);
}

// A collection sweeps only the blocks below the highest one ever allocated; a run grown in
// place moves that limit too, or its garbage would never be swept.
START_TEST(test_gc_sweeps_runs_grown_past_the_top) {
    start(sizeof(heap_region));
    kl_gc_info_t before, after;
    clobber_stack();
    kl_gc_collect();
    kl_gc_info(&before);
    grow_past_top();
    clobber_stack();
    kl_gc_collect();
    kl_gc_info(&after);
    ck_assert_uint_ge(after.free + 1024, before.free);
    // And the blocks above the limit are allocatable.
    ck_assert_ptr_nonnull(kl_gc_alloc_maybe(4 << 20, KL_GC_ATOMIC));
}
END_TEST

// The GC-stress build collects before every Nth allocation when the port asks; other builds
// ignore the request and collect only when the heap is full.
START_TEST(test_gc_stress_period) {
    start(sizeof(heap_region));
    kl_gc_set_stress(3);
    kl_gc_info_t before, after;
    kl_gc_info(&before);
    for (int i = 0; i < 9; i++) {
        kl_gc_alloc(16, KL_GC_ATOMIC);
    }
    kl_gc_info(&after);
    ck_assert_uint_eq(after.collections - before.collections, KL_CFG_GC_STRESS ? 3 : 0);
    kl_gc_set_stress(1);
}
END_TEST

// ==== Interned names ====

START_TEST(test_qstr_static_and_dynamic) {
    start(sizeof(heap_region));
    // Names known at build time resolve to their static index.
    ck_assert_uint_eq(kl_qstr_from_str("append"), KL_QSTR_append);
    ck_assert_str_eq(kl_qstr_str(KL_QSTR___init__), "__init__");
    ck_assert_uint_eq(kl_qstr_from_str(""), KL_QSTR_NULL);
    // New names are interned once.
    kl_qstr_t a = kl_qstr_from_str("a_name_nobody_uses_123");
    ck_assert_uint_ge(a, KL_QSTR_NUM_STATIC);
    ck_assert_uint_eq(kl_qstr_from_strn("a_name_nobody_uses_123xyz", 22), a);
    ck_assert_uint_eq(kl_qstr_len(a), 22);
    ck_assert_uint_eq(kl_qstr_hash(a), kl_qstr_compute_hash("a_name_nobody_uses_123", 22));
    ck_assert_uint_eq(kl_qstr_find_strn("never_interned_456", 18), KL_QSTR_NULL);
}
END_TEST

// The static table is three flat arrays (vm/qstr.c): every entry's text, length and hash agree,
// and looking the text up finds the entry.
START_TEST(test_qstr_static_table_consistent) {
    start(1 << 20);
    ck_assert_uint_eq(kl_qstr_len(KL_QSTR_NULL), 0);
    ck_assert_uint_eq(kl_qstr_len(KL_QSTR___init__), 8);
    for (kl_qstr_t q = 1; q < KL_QSTR_NUM_STATIC; q++) {
        size_t len;
        const char *text = kl_qstr_data(q, &len);
        ck_assert_uint_gt(len, 0);
        ck_assert_int_eq(text[len], '\0');
        ck_assert_uint_eq(kl_qstr_hash(q), kl_qstr_compute_hash(text, len));
        ck_assert_uint_eq(kl_qstr_find_strn(text, len), q);
        // In the order of the texts, which the lookup searches by halves: a prefix first.
        size_t prev_len;
        const char *prev = kl_qstr_data(q - 1, &prev_len);
        int cmp = memcmp(prev, text, prev_len < len ? prev_len : len);
        ck_assert(cmp < 0 || (cmp == 0 && prev_len < len));
    }
    size_t len;
    const char *last = kl_qstr_data(KL_QSTR_NUM_STATIC - 1, &len);
    ck_assert_uint_eq(strlen(last), len);
}
END_TEST

// Texts that fall between, before and after the static names, and prefixes and extensions of
// them, are not found in the static table; the search by halves must not stop short of them.
START_TEST(test_qstr_find_static_neighbours) {
    start(sizeof(heap_region));
    static const char *const absent[] = {
        "", "\x01", "~~~", "appen", "appendx", "__init_", "__init__x", "AAAA_not_a_name", "zzz_x",
    };
    for (size_t i = 0; i < sizeof(absent) / sizeof(absent[0]); i++) {
        size_t n = strlen(absent[i]);
        ck_assert_uint_eq(kl_qstr_find_strn(absent[i], n), KL_QSTR_NULL);
    }
    ck_assert_uint_eq(kl_qstr_find_strn("append", 6), KL_QSTR_append);
    ck_assert_uint_eq(kl_qstr_find_strn("appendx", 6), KL_QSTR_append);
    ck_assert_uint_eq(kl_qstr_find_strn("<module>", 8), KL_QSTR__lt_module_gt_);
    // A name interned at run time is found in the pools, after the static table missed it.
    kl_qstr_t q = kl_qstr_from_str("appendx");
    ck_assert_uint_ge(q, KL_QSTR_NUM_STATIC);
    ck_assert_uint_eq(kl_qstr_find_strn("appendx", 7), q);
}
END_TEST

// A map of more than 8 entries is hashed (vm/map.c): a key that is a static name and a heap
// str of the same text must land on the same slot, whether the table stores the names' hashes
// or works them out (KL_CFG_QSTR_HASHES).
START_TEST(test_qstr_hash_meets_heap_str) {
    start(sizeof(heap_region));
    static const kl_qstr_t names[] = {KL_QSTR_append,   KL_QSTR_extend,    KL_QSTR_insert,
                                      KL_QSTR_pop,      KL_QSTR_remove,    KL_QSTR_sort,
                                      KL_QSTR_index,    KL_QSTR_count,     KL_QSTR___init__,
                                      KL_QSTR___name__, KL_QSTR___class__, KL_QSTR___main__};
    size_t n = sizeof(names) / sizeof(names[0]);
    kl_map_t map;
    kl_map_init(&map, 0);
    for (size_t i = 0; i < n; i++) {
        kl_map_lookup(&map, KL_OBJ_NEW_QSTR(names[i]), KL_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value =
            KL_OBJ_NEW_SMALL_INT(i);
    }
    ck_assert_ptr_nonnull(map.index);
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *text = kl_qstr_data(names[i], &len);
        kl_obj_t heap = kl_obj_new_str(text, len);
        ck_assert(!KL_OBJ_IS_QSTR(heap));
        kl_map_elem_t *e = kl_map_lookup(&map, heap, KL_MAP_LOOKUP);
        ck_assert_ptr_nonnull(e);
        ck_assert(e->value == KL_OBJ_NEW_SMALL_INT(i));
        ck_assert_uint_eq(kl_obj_hash(heap), kl_obj_hash(KL_OBJ_NEW_QSTR(names[i])));
    }
}
END_TEST

START_TEST(test_qstr_survives_collection) {
    start(sizeof(heap_region));
    kl_qstr_t ids[300];
    char buf[32];
    for (int i = 0; i < 300; i++) {
        snprintf(buf, sizeof(buf), "dyn_%d", i);
        ids[i] = kl_qstr_from_str(buf);
    }
    churn(2000);
    kl_gc_collect();
    for (int i = 0; i < 300; i++) {
        snprintf(buf, sizeof(buf), "dyn_%d", i);
        ck_assert_str_eq(kl_qstr_str(ids[i]), buf);
        ck_assert_uint_eq(kl_qstr_from_str(buf), ids[i]);
    }
}
END_TEST

// ==== Maps ====

START_TEST(test_map_grow_lookup_delete_order) {
    start(sizeof(heap_region));
    kl_map_t map;
    kl_map_init(&map, 0);
    for (kl_int_t i = 0; i < 1000; i++) {
        kl_map_lookup(&map, KL_OBJ_NEW_SMALL_INT(i), KL_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value =
            KL_OBJ_NEW_SMALL_INT(i * 3);
    }
    ck_assert_uint_eq(map.used, 1000);
    for (kl_int_t i = 0; i < 1000; i += 2) {
        ck_assert_ptr_nonnull(kl_map_lookup(&map, KL_OBJ_NEW_SMALL_INT(i), KL_MAP_LOOKUP_REMOVE));
    }
    ck_assert_uint_eq(map.used, 500);
    ck_assert_ptr_null(kl_map_lookup(&map, KL_OBJ_NEW_SMALL_INT(10), KL_MAP_LOOKUP));
    kl_map_elem_t *e = kl_map_lookup(&map, KL_OBJ_NEW_SMALL_INT(11), KL_MAP_LOOKUP);
    ck_assert_ptr_nonnull(e);
    ck_assert_int_eq(KL_OBJ_SMALL_INT_VALUE(e->value), 33);
    // Iteration keeps insertion order.
    size_t pos = 0;
    kl_int_t expect = 1;
    while ((e = kl_map_next(&map, &pos)) != NULL) {
        ck_assert_int_eq(KL_OBJ_SMALL_INT_VALUE(e->key), expect);
        expect += 2;
    }
    ck_assert_int_eq(expect, 1001);
}
END_TEST

START_TEST(test_map_qstr_and_str_keys_meet) {
    start(sizeof(heap_region));
    kl_map_t map;
    kl_map_init(&map, 0);
    kl_map_lookup_qstr(&map, KL_QSTR_append, KL_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value =
        KL_OBJ_NEW_SMALL_INT(7);
    // A heap string with the same text finds the interned key.
    kl_obj_t s = kl_obj_new_str("append", 6);
    kl_map_elem_t *e = kl_map_lookup(&map, s, KL_MAP_LOOKUP);
    ck_assert_ptr_nonnull(e);
    ck_assert_int_eq(KL_OBJ_SMALL_INT_VALUE(e->value), 7);
}
END_TEST

// ==== Bytecode ====

static const kl_obj_code_t *compile_module(const char *src) {
    return (const kl_obj_code_t *)kl_compile(src, strlen(src), KL_QSTR__lt_string_gt_,
                                             KL_PARSE_FILE);
}

START_TEST(test_bc_line_table) {
    start(sizeof(heap_region));
    const kl_obj_code_t *code = compile_module("a = 1\n\n\nb = 2\nc = a + b\n");
    // Walk the bytecode: every instruction maps to one of the three statement lines.
    const uint8_t *pc = code->bytecode;
    ck_assert_uint_eq(kl_bc_line(code, pc), 1);
    ck_assert_uint_eq(kl_bc_line(code, code->bytecode + code->bc_len - 1), 5);
    bool seen4 = false;
    for (size_t i = 0; i < code->bc_len; i++) {
        size_t line = kl_bc_line(code, code->bytecode + i);
        ck_assert(line == 1 || line == 4 || line == 5);
        seen4 = seen4 || line == 4;
    }
    ck_assert(seen4);
}
END_TEST

START_TEST(test_bc_small_ints_inline_and_wide_jumps) {
    start(sizeof(heap_region));
    const kl_obj_code_t *code = compile_module("x = 5\n");
    // A module starts with the place of SETUP_ANNOTATIONS, a NOP when it has no annotations.
    ck_assert_int_eq(code->bytecode[0], KL_BC_NOP);
    ck_assert_int_eq(code->bytecode[1], KL_BC_LOAD_INT);
    ck_assert_int_eq(code->bytecode[2], 10); // zigzag(5)
    ck_assert_uint_eq(code->n_consts, 0);
    ck_assert(!(code->flags & KL_CODE_FLAG_WIDE));
    // A module of more than 64 KiB of bytecode switches to four-byte jumps.
    size_t n = 9000;
    char *src = malloc(n * 32 + 64);
    size_t len = 0;
    len += (size_t)sprintf(src + len, "if x:\n");
    for (size_t i = 0; i < n; i++) {
        len += (size_t)sprintf(src + len, "    y = x + %zu\n", i + 1000);
    }
    code = compile_module(src);
    free(src);
    ck_assert(code->flags & KL_CODE_FLAG_WIDE);
    ck_assert_uint_gt(code->bc_len, 0xffff);
}
END_TEST

static size_t tree_size(const kl_ast_t *n) {
    size_t bytes = kl_gc_nbytes(n);
    for (size_t i = 0; i < n->n; i++) {
        bytes += n->kid[i] != NULL ? tree_size(n->kid[i]) : 0;
    }
    return bytes;
}

// A file is compiled a line at a time: the heap holds the tree of one line, not of the file.
// 2,500 lines whose trees together take four times the heap compile in it; the module's code
// and names are all that stays.
START_TEST(test_bc_file_compiled_a_line_at_a_time) {
    size_t n = 2500;
    char *src = malloc(n * 40 + 64);
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        len += (size_t)sprintf(src + len, "v%zu = [v, (v + %zu) * w, -v]\n", i % 50, i);
    }
    start(sizeof(heap_region));
    kl_ast_t *tree = kl_parse(src, len, KL_QSTR__lt_string_gt_, KL_PARSE_FILE);
    ck_assert_uint_gt(tree_size(tree), 3 * 256 * 1024);
    start(256 * 1024);
    const kl_obj_code_t *code = compile_module(src);
    free(src);
    ck_assert_uint_gt(code->bc_len, n * 10);
}
END_TEST

// A compile gives back what it allocated as soon as it is done with it: each emitter and its
// working arrays (labels, jump fixups, block stacks) when its code object is made, a line's tree
// and symbol tables when the line is emitted. A heap of a few KiB cannot wait for the collector,
// and a stale pointer in a dead stack frame would keep a whole tree.
START_TEST(test_bc_emitters_given_back) {
    char src[64 * 40];
    size_t len = 0;
    for (int i = 0; i < 40; i++) {
        len += (size_t)sprintf(src + len, "def f%d(a):\n    for x in a:\n        pass\n", i);
    }
    start(sizeof(heap_region));
    kl_gc_collect();
    kl_gc_info_t before, compiled, after;
    kl_gc_info(&before);
    const kl_obj_code_t *code = compile_module(src);
    kl_gc_info(&compiled);
    kl_gc_collect();
    kl_gc_info(&after);
    ck_assert_uint_eq(compiled.collections, before.collections);
    ck_assert_uint_eq(code->n_consts, 40);
    // What the collector found: a few bytes per function (it was 1.5 KB, the emitters and trees).
    ck_assert_uint_lt(compiled.used - after.used, 40 * 64);
}
END_TEST

// Whether [src] compiles in a heap of [size] bytes.
static bool compiles_in(const char *src, size_t size) {
    start(size);
    kl_nlr_buf_t nlr;
    if (kl_nlr_push(&nlr) == 0) {
        compile_module(src);
        kl_nlr_pop();
        return true;
    }
    return false;
}

// A class's methods are compiled one after the other, and each method's tree and symbol tables
// are given back once its code is made, as a file's lines are. A class of 24 methods compiles in
// 48 KiB of this host's heap: 44.5 KiB now, 51 KiB when every method's tree was kept until the
// class was done. (The same methods as functions, lines of a file, need 11.5 KiB: the class's
// whole tree, made by the parse before anything is emitted, is what the rest is.)
START_TEST(test_bc_method_trees_given_back) {
    static char src[24 * 120];
    size_t len = (size_t)sprintf(src, "class K:\n");
    for (int i = 0; i < 24; i++) {
        len += (size_t)sprintf(src + len,
                               "    def m%d(self, a, b=%d):\n"
                               "        for x in a:\n"
                               "            self.v = [x * b, x + b, (x, b), {x: b}]\n",
                               i, i);
    }
    ck_assert(compiles_in(src, 48 * 1024));
}
END_TEST

START_TEST(test_bc_try_builds_exception_table) {
    start(sizeof(heap_region));
    const kl_obj_code_t *code = compile_module("try:\n    a = 1\nexcept E:\n    pass\n");
    ck_assert_uint_ge(code->n_exc, 1);
    const kl_exc_entry_t *x = &code->exc_table[0];
    ck_assert_uint_lt(x->start, x->end);
    ck_assert_uint_le(x->end, code->bc_len);
    ck_assert_uint_lt(x->handler, code->bc_len);
    ck_assert_int_eq(code->bytecode[x->handler], KL_BC_PUSH_EXC_INFO);
}
END_TEST

// ==== Reset ====

// Run [src] in __main__ and return the global [name] as a C string ("" when unset).
static const char *run_and_get(const char *src, const char *name) {
    int code = 0;
    ck_assert_int_eq(kl_exec_source(src, strlen(src), "<test>", KL_EXEC_MODE_FILE, &code),
                     KL_EXEC_OK);
    kl_obj_t v = kl_obj_dict_get(kl_obj_module_globals(kl_state.roots.main_module),
                                 KL_OBJ_NEW_QSTR(kl_qstr_from_str(name)));
    size_t len = 0;
    return v == KL_OBJ_NULL ? "" : kl_obj_str_get_data(v, &len);
}

// kl_deinit then kl_init on the same heap (a soft reset, a fuzzer's next input) must forget
// what a program set through modules, even where the module keeps it outside the heap.
START_TEST(test_init_resets_module_settings) {
    start(1 << 20);
    run_and_get("import gc, sys, kinglet\n"
                "gc.disable()\n"
                "gc.threshold(4096)\n"
                "gc.set_threshold(1, 2, 3)\n"
                "sys.setswitchinterval(0.5)\n"
                "kinglet.opt_level(3)\n",
                "r");
    kl_deinit();
    start(1 << 20);
    const char *r = run_and_get("import gc, sys, kinglet\n"
                                "r = repr((gc.isenabled(), gc.threshold(), gc.get_threshold(),\n"
                                "          sys.getswitchinterval(), kinglet.opt_level()))\n",
                                "r");
    ck_assert_str_eq(r, "(True, -1, (700, 10, 10), 0.005, 0)");
    kl_deinit();
}
END_TEST

// An instruction limit, unlike a budget, cannot be caught and left behind: the loop around the
// try would run forever after a budget's one RuntimeError.
START_TEST(test_instruction_limit_stays_exhausted) {
    start(1 << 20);
    kl_set_instruction_limit(1000);
    const char *src = "n = 0\n"
                      "while True:\n"
                      "    try:\n"
                      "        while True:\n"
                      "            pass\n"
                      "    except RuntimeError:\n"
                      "        n += 1\n";
    int code = 0;
    ck_assert_int_eq(kl_exec_source(src, strlen(src), "<test>", KL_EXEC_MODE_FILE, &code),
                     KL_EXEC_EXCEPTION);
    kl_obj_t n = kl_obj_dict_get(kl_obj_module_globals(kl_state.roots.main_module),
                                 KL_OBJ_NEW_QSTR(kl_qstr_from_str("n")));
    ck_assert_int_eq(KL_OBJ_SMALL_INT_VALUE(n), 1);
    kl_deinit();
}
END_TEST

static Suite *core_suite(void) {
    Suite *s = suite_create("core");
    TCase *tc = tcase_create("heap");
    tcase_add_test(tc, test_gc_alloc_zeroed_and_sized);
    tcase_add_test(tc, test_gc_collect_reclaims_garbage);
    tcase_add_test(tc, test_gc_keeps_reachable);
    tcase_add_test(tc, test_gc_memory_error_when_full);
    tcase_add_test(tc, test_gc_first_fit_on_small_heaps);
    tcase_add_test(tc, test_gc_total_and_value_stack);
    tcase_add_test(tc, test_gc_long_lived_from_the_top);
    tcase_add_test(tc, test_gc_clear_stack);
    tcase_add_test(tc, test_gc_realloc_grows_and_keeps_contents);
    tcase_add_test(tc, test_gc_sweeps_runs_grown_past_the_top);
    tcase_add_test(tc, test_gc_table_covers_every_block);
    tcase_add_test(tc, test_gc_paced_survivors_leave_large_runs);
    tcase_add_test(tc, test_gc_stress_period);
    suite_add_tcase(s, tc);
    tc = tcase_create("qstr");
    tcase_add_test(tc, test_qstr_static_and_dynamic);
    tcase_add_test(tc, test_qstr_static_table_consistent);
    tcase_add_test(tc, test_qstr_find_static_neighbours);
    tcase_add_test(tc, test_qstr_hash_meets_heap_str);
    tcase_add_test(tc, test_qstr_survives_collection);
    suite_add_tcase(s, tc);
    tc = tcase_create("map");
    tcase_add_test(tc, test_map_grow_lookup_delete_order);
    tcase_add_test(tc, test_map_qstr_and_str_keys_meet);
    suite_add_tcase(s, tc);
    tc = tcase_create("bytecode");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_bc_line_table);
    tcase_add_test(tc, test_bc_small_ints_inline_and_wide_jumps);
    tcase_add_test(tc, test_bc_file_compiled_a_line_at_a_time);
    tcase_add_test(tc, test_bc_emitters_given_back);
    tcase_add_test(tc, test_bc_method_trees_given_back);
    tcase_add_test(tc, test_bc_try_builds_exception_table);
    suite_add_tcase(s, tc);
    tc = tcase_create("reset");
    tcase_add_test(tc, test_init_resets_module_settings);
    tcase_add_test(tc, test_instruction_limit_stays_exhausted);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    char base;
    stack_base = &base;
    SRunner *sr = srunner_create(core_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
