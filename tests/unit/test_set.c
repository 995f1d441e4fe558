// tests/unit/test_set.c: Check tests of the set's hash table.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Sets iterate in the order of their table's slots, which must be CPython's slot for slot
// (vm/obj_set.c). These tests read the table itself: where members land, where dummies stay,
// when the table grows and to what size, and how copies and pop() treat it. The expected slots
// were read from CPython 3.11's tables for the same operations.

#include <check.h>
#include <stdlib.h>

#include "vm/kinglet.h"
#include "vm/obj_set.h"
#include "vm/runtime.h"

static char heap_region[4 << 20];
static char *stack_base;

static void start(void) {
    kl_init_t init = {
        .heap = heap_region, .heap_size = sizeof(heap_region), .stack_top = stack_base};
    kl_init(&init);
}

static kl_obj_set_t *set_of(size_t n, const kl_int_t *values) {
    kl_obj_t s = kl_obj_new_set(0, NULL);
    for (size_t i = 0; i < n; i++) {
        kl_obj_set_add(s, KL_OBJ_NEW_SMALL_INT(values[i]));
    }
    return KL_OBJ_TO_PTR(s);
}

// The small int in slot [i], -1 for an unused slot and -2 for a dummy.
static kl_int_t slot(const kl_obj_set_t *s, size_t i) {
    kl_obj_t k = s->table[i].key;
    if (k == KL_OBJ_NULL) {
        return -1;
    }
    if (k == KL_SET_DUMMY) {
        return -2;
    }
    return KL_OBJ_SMALL_INT_VALUE(k);
}

static kl_obj_t call_method(kl_obj_set_t *s, kl_qstr_t name, size_t n_args, kl_obj_t *args) {
    kl_obj_t m = kl_load_attr(KL_OBJ_FROM_PTR(s), name);
    return kl_call_function_n_kw(m, n_args, 0, args);
}

START_TEST(test_set_empty_has_no_table) {
    start();
    kl_obj_set_t *s = set_of(0, NULL);
    ck_assert_ptr_null(s->table);
    ck_assert_uint_eq(s->mask, 7);
    ck_assert_uint_eq(s->used, 0);
}
END_TEST

START_TEST(test_set_collisions_jump_in_a_small_table) {
    // In 8 slots there is no linear probing: 9 hashes to slot 1, taken, and jumps to
    // (1 * 5 + 1) & 7 = 6; 17 goes on from 6 to (6 * 5 + 1) & 7 = 7.
    start();
    static const kl_int_t v[] = {1, 9, 17};
    kl_obj_set_t *s = set_of(3, v);
    ck_assert_uint_eq(s->mask, 7);
    ck_assert_int_eq(slot(s, 1), 1);
    ck_assert_int_eq(slot(s, 6), 9);
    ck_assert_int_eq(slot(s, 7), 17);
}
END_TEST

START_TEST(test_set_grows_at_three_fifths) {
    // The fifth member fills 5 of 8 slots: the table grows to above 4 * 5, 32 slots.
    start();
    static const kl_int_t v[] = {0, 1, 2, 3, 4};
    kl_obj_set_t *s = set_of(4, v);
    ck_assert_uint_eq(s->mask, 7);
    kl_obj_set_add(KL_OBJ_FROM_PTR(s), KL_OBJ_NEW_SMALL_INT(v[4]));
    ck_assert_uint_eq(s->mask, 31);
    ck_assert_uint_eq(s->fill, 5);
    for (size_t i = 0; i < 5; i++) {
        ck_assert_int_eq(slot(s, i), (kl_int_t)i);
    }
}
END_TEST

START_TEST(test_set_dummy_kept_and_reused) {
    // discard(1) leaves a dummy in slot 1; 33 probes slot 1 (dummy), 2.. (members), then an
    // unused slot, and takes the dummy: fill stays.
    start();
    static const kl_int_t v[] = {0, 1, 2, 3, 4, 5, 6, 7};
    kl_obj_set_t *s = set_of(8, v);
    kl_obj_t arg = KL_OBJ_NEW_SMALL_INT(1);
    call_method(s, KL_QSTR_discard, 1, &arg);
    ck_assert_int_eq(slot(s, 1), -2);
    ck_assert_uint_eq(s->fill, 8);
    ck_assert_uint_eq(s->used, 7);
    kl_obj_set_add(KL_OBJ_FROM_PTR(s), KL_OBJ_NEW_SMALL_INT(33));
    ck_assert_int_eq(slot(s, 1), 33);
    ck_assert_uint_eq(s->fill, 8);
    ck_assert_uint_eq(s->used, 8);
}
END_TEST

START_TEST(test_set_copy_keeps_slots) {
    // A copy of a set of 4 has the same 8 slots, entry for entry.
    start();
    static const kl_int_t v[] = {17, 9, 1, 3};
    kl_obj_set_t *s = set_of(4, v);
    kl_obj_set_t *c = KL_OBJ_TO_PTR(call_method(s, KL_QSTR_copy, 0, NULL));
    ck_assert_uint_eq(c->mask, s->mask);
    for (size_t i = 0; i <= s->mask; i++) {
        ck_assert_int_eq(slot(c, i), slot(s, i));
    }
}
END_TEST

START_TEST(test_set_pop_from_finger) {
    start();
    static const kl_int_t v[] = {0, 1, 2, 3};
    kl_obj_set_t *s = set_of(4, v);
    ck_assert_int_eq(KL_OBJ_SMALL_INT_VALUE(call_method(s, KL_QSTR_pop, 0, NULL)), 0);
    ck_assert_int_eq(KL_OBJ_SMALL_INT_VALUE(call_method(s, KL_QSTR_pop, 0, NULL)), 1);
    ck_assert_uint_eq(s->finger, 2);
    // clear() keeps the finger: the next pop starts at slot 2.
    call_method(s, KL_QSTR_clear, 0, NULL);
    ck_assert_ptr_null(s->table);
    for (size_t i = 0; i < 4; i++) {
        kl_obj_set_add(KL_OBJ_FROM_PTR(s), KL_OBJ_NEW_SMALL_INT(v[i]));
    }
    ck_assert_int_eq(KL_OBJ_SMALL_INT_VALUE(call_method(s, KL_QSTR_pop, 0, NULL)), 2);
}
END_TEST

START_TEST(test_set_hashes_as_cpython) {
    start();
    ck_assert(kl_obj_hash(KL_OBJ_NEW_SMALL_INT(-1)) == (kl_uint_t)-2);
    kl_obj_t fs = kl_obj_new_frozenset_from_iterable(kl_obj_new_set(0, NULL));
#if UINTPTR_MAX > 0xffffffffu
    ck_assert(kl_obj_set_hash(fs) == (kl_uint_t)133146708735736ULL);
    ck_assert(kl_obj_hash(kl_obj_new_tuple(0, NULL)) == (kl_uint_t)5740354900026072187ULL);
#else
    (void)fs;
#endif
}
END_TEST

static Suite *set_suite(void) {
    Suite *s = suite_create("set");
    TCase *tc = tcase_create("table");
    tcase_add_test(tc, test_set_empty_has_no_table);
    tcase_add_test(tc, test_set_collisions_jump_in_a_small_table);
    tcase_add_test(tc, test_set_grows_at_three_fifths);
    tcase_add_test(tc, test_set_dummy_kept_and_reused);
    tcase_add_test(tc, test_set_copy_keeps_slots);
    tcase_add_test(tc, test_set_pop_from_finger);
    tcase_add_test(tc, test_set_hashes_as_cpython);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    char base;
    stack_base = &base;
    SRunner *sr = srunner_create(set_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
