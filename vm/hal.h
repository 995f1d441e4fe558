// vm/hal.h: the port contract, every function a port provides to the core.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The core never calls the C library for I/O, time or memory: everything that touches the
// outside world goes through the kl_hal_* functions below, which each port (unix/, ports/<arch>/,
// stubs/template/ for a new one) implements. Keeping the list short is what makes a new MCU an
// afternoon's work; docs/porting.md walks through it.
//
// stubs/hal_stubs.c defines every function here as a weak do-nothing stub that compiles for
// any target, so a port links with only the functions it really has: a first port writes the
// three console functions and nothing else. What each stub does is said beside the function.
//
// What a port provides besides these functions:
// - The heap: one region of RAM of any size and alignment, handed to kl_init() in kl_init_t
//   (vm/kinglet.h) with the top of the C stack. A board gives it a static array or the RAM
//   between the end of .bss and the stack; the smallest useful heap is about 4 KiB.
// - The interrupt character: a port that can see console input while a program runs (a UART
//   receive interrupt, SIGINT on unix) calls kl_interrupt() when the byte equals
//   kl_kbd_intr_char() (Ctrl-C, 3, unless the program turned it off) and drops the byte. A port
//   that cannot simply never calls it; Ctrl-C then works at the prompt only.
// - Registers for the garbage collector: the collector scans the C stack conservatively and
//   spills the callee-saved registers into it with setjmp() (vm/gc.c), so the port's C library
//   must have a setjmp that saves them all (newlib, picolibc and glibc do). The core uses
//   setjmp/longjmp, memcpy and friends, and libm; nothing else of libc.
// - Its configuration: a port_config.h on the include path that picks a level and overrides
//   KL_CFG_* switches (vm/config.h).

#ifndef KL_INCLUDED_VM_HAL_H
#define KL_INCLUDED_VM_HAL_H

#include <stddef.h>
#include <stdint.h>

#include "vm/obj.h"

// ==== Console (required) ====
// Write [len] bytes to the console / standard output; must handle any bytes. On a board: the
// UART, sending every byte as it is (the REPL sends CR LF itself). Stub: discards them.
void kl_hal_stdout_write(const char *str, size_t len);
// Write to the error stream. A board writes to the console; every port must first call
// kl_repl_redirect_stderr() (vm/repl.h) when it keeps a separate stream, as unix does. Stub:
// calls kl_hal_stdout_write.
void kl_hal_stderr_write(const char *str, size_t len);
// Read one byte from the console, blocking; -1 at end of input (a board has none: it waits).
// Stub: returns -1 at once, so the REPL ends.
int kl_hal_stdin_read_byte(void);

// ==== Time (stubs: a clock that never moves) ====
// Milliseconds and microseconds from an arbitrary start, wrapping around at 2**32; callers
// compare them by subtraction (time.ticks_diff). A board counts SysTick or a timer.
uint32_t kl_hal_ticks_ms(void);
uint32_t kl_hal_ticks_us(void);
// Wait [ms] milliseconds (time.sleep). Stub: returns at once.
void kl_hal_delay_ms(uint32_t ms);
// Microseconds since the Unix epoch by the wall clock; 0 (1970) on a board without a
// real-time clock.
int64_t kl_hal_time_us(void);
// Microseconds from an arbitrary start, never going back and never wrapping.
uint64_t kl_hal_monotonic_us(void);

// ==== Files (optional: a port without a file system returns "not found", as the stubs do) ====
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
// [msg] and stop or reset the board. Never returns. Stub: prints [msg] on the console and
// spins.
KL_NORETURN void kl_hal_fatal(const char *msg);
// A hard reset of the board (machine.reset()): as after power-on. Never returns. Unix exits
// with status 0. Stub: spins.
KL_NORETURN void kl_hal_reset(void);

// ==== Board (optional, for the machine module, vm/mod_machine.c) ====
// Pins are numbered by the port (a board's README maps names such as "PA5" or "LED" to
// numbers); kl_hal_pin_id gives the number of a pin's name. Each function returns a negative
// error number on failure (-ENODEV: no such pin, -EINVAL: a mode the pin does not have), which
// the core raises as OSError / ValueError. The stubs have no pins: every call fails with
// -ENODEV. Unix has stub pins that record writes and replay configured reads
// (unix/machine_stub.c).
#define KL_HAL_PIN_IN (0)         // machine.Pin.IN
#define KL_HAL_PIN_OUT (1)        // machine.Pin.OUT
#define KL_HAL_PIN_OPEN_DRAIN (2) // machine.Pin.OPEN_DRAIN
#define KL_HAL_PIN_PULL_NONE (0)
#define KL_HAL_PIN_PULL_UP (1)   // machine.Pin.PULL_UP
#define KL_HAL_PIN_PULL_DOWN (2) // machine.Pin.PULL_DOWN
// The number of the pin called [name] ([len] bytes), or -ENODEV.
int kl_hal_pin_id(const char *name, size_t len);
// Configure pin [pin] as a KL_HAL_PIN_IN/OUT/OPEN_DRAIN with a KL_HAL_PIN_PULL_*; 0 on success.
int kl_hal_pin_config(int pin, int mode, int pull);
// Drive the pin to [value] (0 or 1); 0 on success.
int kl_hal_pin_write(int pin, int value);
// The pin's level: 0 or 1, or a negative error number.
int kl_hal_pin_read(int pin);
// Copy up to [len] bytes of the chip's unique id (machine.unique_id()) into [buf]; returns how
// many. Stub: 0 (an empty id).
size_t kl_hal_unique_id(uint8_t *buf, size_t len);
// Read or write [bytes] (1, 2 or 4) at [addr] (machine.mem8/mem16/mem32): a board does the
// volatile access itself. Returns 0, or a negative error number when the port refuses the
// address (the stubs refuse all of them; unix records and replays, as for pins).
int kl_hal_mem_read(uintptr_t addr, unsigned bytes, uint32_t *value);
int kl_hal_mem_write(uintptr_t addr, unsigned bytes, uint32_t value);

#endif // KL_INCLUDED_VM_HAL_H
