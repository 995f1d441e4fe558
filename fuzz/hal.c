// fuzz/hal.c: the port contract of vm/hal.h for the fuzzing harnesses.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Everything is in memory and deterministic, so that an input behaves the same at every run
// (AFL++'s stability) and cannot touch the machine: the console's input is the bytes the harness
// hands to fuzz_hal_set_stdin, its output is dropped (or written to the real descriptors when
// KL_FUZZ_ECHO is set, to see what a crash input does), the clocks are a counter that every read
// and every delay moves on, and there is no file system: open() fails with ENODEV and import
// finds only builtin and frozen modules. A fatal error is a finding, so it aborts.

#define _POSIX_C_SOURCE 200809L

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz/support.h"
#include "vm/hal.h"
#include "vm/repl.h"

static const uint8_t *stdin_data;
static size_t stdin_len;
static size_t stdin_pos;
// The fake clock, in microseconds; reset with each input.
static uint64_t clock_us;
static int echo = -1;

void fuzz_hal_reset(void) {
    stdin_data = NULL;
    stdin_len = 0;
    stdin_pos = 0;
    clock_us = 0;
}

void fuzz_hal_set_stdin(const uint8_t *data, size_t len) {
    stdin_data = data;
    stdin_len = len;
    stdin_pos = 0;
}

// ==== Console ====

static void echo_to(int fd, const char *str, size_t len) {
    if (echo < 0) {
        echo = getenv("KL_FUZZ_ECHO") != NULL;
    }
    while (echo && len > 0) {
        ssize_t n = write(fd, str, len);
        if (n <= 0) {
            return;
        }
        str += n;
        len -= (size_t)n;
    }
}

void kl_hal_stdout_write(const char *str, size_t len) {
    echo_to(STDOUT_FILENO, str, len);
}

void kl_hal_stderr_write(const char *str, size_t len) {
    // As unix/hal.c: the raw REPL carries errors on the console.
    echo_to(kl_repl_redirect_stderr() ? STDOUT_FILENO : STDERR_FILENO, str, len);
}

int kl_hal_stdin_read_byte(void) {
    if (stdin_pos >= stdin_len) {
        return -1;
    }
    return stdin_data[stdin_pos++];
}

// ==== Time ====

// Each read moves the clock by a millisecond, so a loop that waits for the time to pass ends.
static uint64_t tick(void) {
    clock_us += 1000;
    return clock_us;
}

uint32_t kl_hal_ticks_ms(void) {
    return (uint32_t)(tick() / 1000u);
}

uint32_t kl_hal_ticks_us(void) {
    return (uint32_t)tick();
}

void kl_hal_delay_ms(uint32_t ms) {
    clock_us += (uint64_t)ms * 1000u;
}

int64_t kl_hal_time_us(void) {
    // 2026-01-01 00:00:00 UTC, then the fake clock.
    return INT64_C(1767225600000000) + (int64_t)tick();
}

uint64_t kl_hal_monotonic_us(void) {
    return tick();
}

// ==== Files ====

kl_hal_path_kind_t kl_hal_path_kind(const char *path) {
    (void)path;
    return KL_HAL_PATH_NONE;
}

kl_obj_t kl_hal_read_file(const char *path) {
    (void)path;
    return KL_OBJ_NULL;
}

int kl_hal_file_open(const char *path, unsigned flags) {
    (void)path;
    (void)flags;
    return -19; // ENODEV: no file system
}

// No handle is ever open, so the rest is never reached; EBADF (9) to be safe.
long kl_hal_file_read(int fd, void *buf, size_t len) {
    (void)fd;
    (void)buf;
    (void)len;
    return -9;
}

long kl_hal_file_write(int fd, const void *buf, size_t len) {
    (void)fd;
    (void)buf;
    (void)len;
    return -9;
}

int64_t kl_hal_file_seek(int fd, int64_t offset, int whence) {
    (void)fd;
    (void)offset;
    (void)whence;
    return -9;
}

int kl_hal_file_truncate(int fd, int64_t size) {
    (void)fd;
    (void)size;
    return -9;
}

int kl_hal_file_close(int fd) {
    (void)fd;
    return -9;
}

const char *kl_hal_strerror(int err) {
    return err == 19 ? "No such device" : err == 9 ? "Bad file descriptor" : "Unknown error";
}

// ==== Life cycle ====

void kl_hal_fatal(const char *msg) {
    static const char prefix[] = "kinglet: fatal error: ";
    ssize_t r = write(STDERR_FILENO, prefix, sizeof(prefix) - 1);
    r = write(STDERR_FILENO, msg, strlen(msg));
    r = write(STDERR_FILENO, "\n", 1);
    (void)r;
    abort();
}
