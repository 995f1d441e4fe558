// vm/hal.h: the port contract, every function a port provides to the core.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The core never calls the C library for I/O, time or memory: everything that touches the
// outside world goes through the kl_hal_* functions below, which each port (unix/, ports/<name>/,
// stubs/ for the bare minimum) implements. Keeping the list short is what makes a new MCU an
// afternoon's work; docs/porting.md walks through it.

#ifndef KL_INCLUDED_VM_HAL_H
#define KL_INCLUDED_VM_HAL_H

#include <stddef.h>
#include <stdint.h>

#include "vm/obj.h"

// ==== Console ====
// Write [len] bytes to the console / standard output; must handle any bytes.
void kl_hal_stdout_write(const char *str, size_t len);
// Write to the error stream (the console again on most boards).
void kl_hal_stderr_write(const char *str, size_t len);
// Read one byte from the console, blocking; -1 at end of input.
int kl_hal_stdin_read_byte(void);

// ==== Time ====
uint32_t kl_hal_ticks_ms(void);
uint32_t kl_hal_ticks_us(void);
void kl_hal_delay_ms(uint32_t ms);
// Microseconds since the Unix epoch by the wall clock; 0 (1970) on a board without a
// real-time clock.
int64_t kl_hal_time_us(void);
// Microseconds from an arbitrary start, never going back and never wrapping.
uint64_t kl_hal_monotonic_us(void);

// ==== Files (optional: a port without a file system returns "not found") ====
typedef enum {
    KL_HAL_PATH_NONE,
    KL_HAL_PATH_FILE,
    KL_HAL_PATH_DIR,
} kl_hal_path_kind_t;

// What [path] (NUL-terminated) names, for the importer.
kl_hal_path_kind_t kl_hal_path_kind(const char *path);
// The contents of the file at [path] as a bytes object on the GC heap, or KL_OBJ_NULL when it
// cannot be read. May raise MemoryError.
kl_obj_t kl_hal_read_file(const char *path);

// open() and its file objects (vm/mod_io.c, with KL_CFG_OPEN) go through the descriptor-like
// functions below. Each returns a negative error number (-ENOENT...; the numbers of
// vm/mod_errno.c) on failure, which the core raises as the matching OSError subclass with
// kl_hal_strerror's text. A port without a file system returns -ENODEV (19) from
// kl_hal_file_open and need not do anything else.
#define KL_HAL_FILE_READ (0x01)   // open for reading
#define KL_HAL_FILE_WRITE (0x02)  // open for writing
#define KL_HAL_FILE_CREATE (0x04) // create the file if it does not exist
#define KL_HAL_FILE_TRUNC (0x08)  // empty it
#define KL_HAL_FILE_APPEND (0x10) // every write goes to the end
#define KL_HAL_FILE_EXCL (0x20)   // fail with -EEXIST if it exists
// Open [path] with KL_HAL_FILE_* [flags]; a handle >= 0. A directory fails with -EISDIR.
int kl_hal_file_open(const char *path, unsigned flags);
// Read up to [len] bytes; 0 at the end of the file.
long kl_hal_file_read(int fd, void *buf, size_t len);
// Write [len] bytes (all of them, or fail).
long kl_hal_file_write(int fd, const void *buf, size_t len);
// Move to [offset] from the start ([whence] 0), the current position (1) or the end (2);
// returns the new position.
int64_t kl_hal_file_seek(int fd, int64_t offset, int whence);
// Cut or extend the file to [size] bytes; 0 on success.
int kl_hal_file_truncate(int fd, int64_t size);
// 0 on success; the handle is gone either way.
int kl_hal_file_close(int fd);
// The text for error number [err] ("No such file or directory"), as CPython shows it.
const char *kl_hal_strerror(int err);

// ==== Life cycle ====
// Called when the core cannot go on (no exception handler at all, a corrupted heap): print
// [msg] and stop or reset the board. Never returns.
KL_NORETURN void kl_hal_fatal(const char *msg);

#endif // KL_INCLUDED_VM_HAL_H
