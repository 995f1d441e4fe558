// stubs/hal_stubs.c: every function of vm/hal.h as a weak stub, for any target.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// A port links this file beside its own hal, and whatever the port defines replaces the stub
// of the same name (the stubs are weak symbols), so the core links with no hardware code at all
// and a new port fills in the functions one at a time. Each stub does the least harmful thing:
// output is dropped, input is at its end, the clock stands still, there are no files and no
// pins. Nothing here uses the C library beyond what the core already needs.

#include "vm/hal.h"

#define KL_WEAK __attribute__((weak))

// The numbers of vm/mod_errno.c, which are Linux's; no <errno.h> needed.
#define STUB_ENOENT (2)
#define STUB_ENODEV (19)

// ==== Console ====

KL_WEAK void kl_hal_stdout_write(const char *str, size_t len) {
    (void)str;
    (void)len;
}

KL_WEAK void kl_hal_stderr_write(const char *str, size_t len) {
    kl_hal_stdout_write(str, len);
}

KL_WEAK int kl_hal_stdin_read_byte(void) {
    return -1;
}

// ==== Time ====

KL_WEAK uint32_t kl_hal_ticks_ms(void) {
    return 0;
}

KL_WEAK uint32_t kl_hal_ticks_us(void) {
    return 0;
}

KL_WEAK void kl_hal_delay_ms(uint32_t ms) {
    (void)ms;
}

KL_WEAK int64_t kl_hal_time_us(void) {
    return 0;
}

// The 32-bit microsecond count [now] widened to 64 bits, counting its wraps, as long as it is
// read at least once per wrap (71 minutes).
static uint64_t widen_ticks_us(uint32_t now) {
    static uint32_t last;
    static uint64_t high;
    if (now < last) {
        high += (uint64_t)1 << 32;
    }
    last = now;
    return high | now;
}

// Derived from the tick counter, so a port that only writes kl_hal_ticks_us gets a monotonic
// clock too.
KL_WEAK uint64_t kl_hal_monotonic_us(void) {
    return widen_ticks_us(kl_hal_ticks_us());
}

// ==== Files ====

KL_WEAK kl_hal_path_kind_t kl_hal_path_kind(const char *path) {
    (void)path;
    return KL_HAL_PATH_NONE;
}

KL_WEAK kl_obj_t kl_hal_read_file(const char *path) {
    (void)path;
    return KL_OBJ_NULL;
}

KL_WEAK int kl_hal_file_open(const char *path, unsigned flags) {
    (void)path;
    (void)flags;
    return -STUB_ENODEV;
}

KL_WEAK long kl_hal_file_read(int fd, void *buf, size_t len) {
    (void)fd;
    (void)buf;
    (void)len;
    return -STUB_ENODEV;
}

KL_WEAK long kl_hal_file_write(int fd, const void *buf, size_t len) {
    (void)fd;
    (void)buf;
    (void)len;
    return -STUB_ENODEV;
}

KL_WEAK int64_t kl_hal_file_seek(int fd, int64_t offset, int whence) {
    (void)fd;
    (void)offset;
    (void)whence;
    return -STUB_ENODEV;
}

KL_WEAK int kl_hal_file_truncate(int fd, int64_t size) {
    (void)fd;
    (void)size;
    return -STUB_ENODEV;
}

KL_WEAK int kl_hal_file_close(int fd) {
    (void)fd;
    return -STUB_ENODEV;
}

KL_WEAK const char *kl_hal_strerror(int err) {
    switch (err) {
        case STUB_ENOENT:
            return "No such file or directory";
        case STUB_ENODEV:
            return "No such device";
        default:
            return "Error";
    }
}

// ==== Life cycle ====

static void write_str(const char *s) {
    size_t n = 0;
    while (s[n] != '\0') {
        n++;
    }
    kl_hal_stdout_write(s, n);
}

KL_WEAK void kl_hal_fatal(const char *msg) {
    write_str("kinglet: fatal error: ");
    write_str(msg);
    write_str("\r\n");
    for (;;) {
    }
}

KL_WEAK void kl_hal_reset(void) {
    for (;;) {
    }
}

// ==== Board ====

KL_WEAK int kl_hal_pin_id(const char *name, size_t len) {
    (void)name;
    (void)len;
    return -STUB_ENODEV;
}

KL_WEAK int kl_hal_pin_config(int pin, int mode, int pull) {
    (void)pin;
    (void)mode;
    (void)pull;
    return -STUB_ENODEV;
}

KL_WEAK int kl_hal_pin_write(int pin, int value) {
    (void)pin;
    (void)value;
    return -STUB_ENODEV;
}

KL_WEAK int kl_hal_pin_read(int pin) {
    (void)pin;
    return -STUB_ENODEV;
}

KL_WEAK size_t kl_hal_unique_id(uint8_t *buf, size_t len) {
    (void)buf;
    (void)len;
    return 0;
}

KL_WEAK int kl_hal_mem_read(uintptr_t addr, unsigned bytes, uint32_t *value) {
    (void)addr;
    (void)bytes;
    *value = 0;
    return -STUB_ENODEV;
}

KL_WEAK int kl_hal_mem_write(uintptr_t addr, unsigned bytes, uint32_t value) {
    (void)addr;
    (void)bytes;
    (void)value;
    return -STUB_ENODEV;
}
