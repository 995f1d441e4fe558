// tests/unit/test_hal_stubs.c: the weak stubs of stubs/hal_stubs.c, what a new port starts
// with.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The stubs are compiled into this test itself, so its weak definitions are the ones linked
// and the unix hal in the archive is never pulled in for them. Each stub must do the least
// harmful thing the contract of vm/hal.h allows: output dropped, input at its end, a clock that
// stands still, no files and no pins (negative error numbers, ENODEV), and the monotonic clock
// derived from the tick counter without going back when the counter wraps. kl_hal_fatal and
// kl_hal_reset spin by design, so they are not called.

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "stubs/hal_stubs.c"

START_TEST(test_console) {
    kl_hal_stdout_write("dropped", 7);
    kl_hal_stderr_write("dropped", 7);
    ck_assert_int_eq(kl_hal_stdin_read_byte(), -1);
    ck_assert_int_eq(kl_hal_stdin_read_byte(), -1);
}
END_TEST

START_TEST(test_time) {
    ck_assert_uint_eq(kl_hal_ticks_ms(), 0);
    kl_hal_delay_ms(1000); // returns at once
    ck_assert_int_eq(kl_hal_time_us(), 0);
    ck_assert_uint_eq(kl_hal_monotonic_us(), 0);
    // The monotonic clock follows the tick counter across its wrap at 2**32 (the helper is
    // static, reachable because the stubs are compiled into this file).
    uint64_t a = widen_ticks_us(0xfffffff0u);
    uint64_t b = widen_ticks_us(0x10u);
    ck_assert_uint_eq(b - a, 0x20u);
    ck_assert_uint_eq(widen_ticks_us(0x20u) - b, 0x10u);
    ck_assert_uint_eq(widen_ticks_us(0x20u), b + 0x10u);
}
END_TEST

START_TEST(test_files) {
    char buf[4];
    ck_assert_int_eq(kl_hal_path_kind("/"), KL_HAL_PATH_NONE);
    ck_assert(kl_hal_read_file("main.py") == KL_OBJ_NULL);
    ck_assert_int_eq(kl_hal_file_open("x", KL_HAL_FILE_READ), -STUB_ENODEV);
    ck_assert_int_eq(kl_hal_file_read(0, buf, sizeof(buf)), -STUB_ENODEV);
    ck_assert_int_eq(kl_hal_file_write(0, buf, sizeof(buf)), -STUB_ENODEV);
    ck_assert_int_eq(kl_hal_file_seek(0, 0, 0), -STUB_ENODEV);
    ck_assert_int_eq(kl_hal_file_truncate(0, 0), -STUB_ENODEV);
    ck_assert_int_eq(kl_hal_file_close(0), -STUB_ENODEV);
    ck_assert_str_eq(kl_hal_strerror(STUB_ENODEV), "No such device");
    ck_assert_str_eq(kl_hal_strerror(STUB_ENOENT), "No such file or directory");
    ck_assert_str_eq(kl_hal_strerror(12345), "Error");
}
END_TEST

START_TEST(test_board) {
    uint8_t id[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    uint32_t value = 99;
    ck_assert_int_eq(kl_hal_pin_id("LED", 3), -STUB_ENODEV);
    ck_assert_int_eq(kl_hal_pin_config(0, KL_HAL_PIN_OUT, KL_HAL_PIN_PULL_NONE), -STUB_ENODEV);
    ck_assert_int_eq(kl_hal_pin_write(0, 1), -STUB_ENODEV);
    ck_assert_int_eq(kl_hal_pin_read(0), -STUB_ENODEV);
    ck_assert_uint_eq(kl_hal_unique_id(id, sizeof(id)), 0);
    ck_assert_uint_eq(id[0], 1); // untouched
    ck_assert_int_eq(kl_hal_mem_read(0x40000000u, 4, &value), -STUB_ENODEV);
    ck_assert_uint_eq(value, 0);
    ck_assert_int_eq(kl_hal_mem_write(0x40000000u, 4, 1), -STUB_ENODEV);
}
END_TEST

static Suite *hal_stubs_suite(void) {
    Suite *s = suite_create("hal_stubs");
    TCase *tc = tcase_create("stubs");
    tcase_add_test(tc, test_console);
    tcase_add_test(tc, test_time);
    tcase_add_test(tc, test_files);
    tcase_add_test(tc, test_board);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(hal_stubs_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
