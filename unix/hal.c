// unix/hal.c: the port contract of vm/hal.h over POSIX file descriptors and clocks.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Output is unbuffered write(2) on descriptors 1 and 2: the core already writes in chunks (a
// whole print() argument at a time), stdout and stderr then interleave in program order as the
// test runner compares them, and nothing is lost when the process ends by abort(). Input is
// buffered, because the REPL reads a byte at a time.

#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "unix/term.h"
#include "vm/hal.h"
#include "vm/repl.h"
#include "vm/vstr.h"

// ==== Console ====

// Write all [len] bytes, riding out signals (EINTR), partial writes and a descriptor that a
// parent process left non-blocking (EAGAIN). Other errors (a closed pipe) drop the output:
// there is nowhere left to report them.
static void write_all(int fd, const char *str, size_t len) {
    while (len > 0) {
        ssize_t n = write(fd, str, len);
        if (n >= 0) {
            str += n;
            len -= (size_t)n;
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            struct pollfd pfd = {.fd = fd, .events = POLLOUT, .revents = 0};
            poll(&pfd, 1, -1);
        } else if (errno != EINTR) {
            return;
        }
    }
}

void kl_hal_stdout_write(const char *str, size_t len) {
    write_all(STDOUT_FILENO, str, len);
}

void kl_hal_stderr_write(const char *str, size_t len) {
    // The raw REPL carries errors on the console, after a marker (vm/repl.h).
    if (kl_repl_redirect_stderr()) {
        write_all(STDOUT_FILENO, str, len);
        return;
    }
    write_all(STDERR_FILENO, str, len);
}

static unsigned char stdin_buf[4096];
static size_t stdin_pos;
static size_t stdin_len;

int kl_hal_stdin_read_byte(void) {
    while (stdin_pos == stdin_len) {
        ssize_t n = read(STDIN_FILENO, stdin_buf, sizeof(stdin_buf));
        if (n > 0) {
            stdin_pos = 0;
            stdin_len = (size_t)n;
        } else if (n == 0 || errno != EINTR) {
            return -1;
        }
    }
    return stdin_buf[stdin_pos++];
}

// ==== Time ====

static uint64_t monotonic_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

// Both tick counters wrap around, as a board's do; callers compare them with subtraction.
uint32_t kl_hal_ticks_ms(void) {
    return (uint32_t)(monotonic_us() / 1000u);
}

uint32_t kl_hal_ticks_us(void) {
    return (uint32_t)monotonic_us();
}

int64_t kl_hal_time_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

uint64_t kl_hal_monotonic_us(void) {
    return monotonic_us();
}

void kl_hal_delay_ms(uint32_t ms) {
    struct timespec ts = {.tv_sec = ms / 1000u, .tv_nsec = (long)(ms % 1000u) * 1000000L};
    // A signal ends the delay early on purpose: the only one caught is SIGINT, and a Ctrl-C
    // during time.sleep() should raise KeyboardInterrupt at once, not when the sleep is over.
    nanosleep(&ts, NULL);
}

// ==== Life cycle ====

void kl_hal_fatal(const char *msg) {
    static const char prefix[] = "kinglet: fatal error: ";
    kl_term_restore();
    write_all(STDERR_FILENO, prefix, sizeof(prefix) - 1);
    write_all(STDERR_FILENO, msg, strlen(msg));
    write_all(STDERR_FILENO, "\n", 1);
    // abort() rather than exit(): the status (134) and a core dump tell a crash from an error.
    abort();
}

// ==== Files ====

kl_hal_path_kind_t kl_hal_path_kind(const char *path) {
    struct stat st;
    if (stat(path, &st) != 0) {
        return KL_HAL_PATH_NONE;
    }
    return S_ISDIR(st.st_mode) ? KL_HAL_PATH_DIR : KL_HAL_PATH_FILE;
}

kl_obj_t kl_hal_read_file(const char *path) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        return KL_OBJ_NULL;
    }
    kl_vstr_t v;
    kl_vstr_init(&v, 1024);
    for (;;) {
        char *dst = kl_vstr_extend(&v, 4096);
        ssize_t n = read(fd, dst, 4096);
        if (n < 0 && errno == EINTR) {
            kl_vstr_cut_tail(&v, 4096);
            continue;
        }
        kl_vstr_cut_tail(&v, n > 0 ? 4096 - (size_t)n : 4096);
        if (n <= 0) {
            break;
        }
    }
    close(fd);
    return kl_vstr_to_bytes(&v);
}

int kl_hal_file_open(const char *path, unsigned flags) {
    int oflags = 0;
    if ((flags & KL_HAL_FILE_READ) && (flags & KL_HAL_FILE_WRITE)) {
        oflags = O_RDWR;
    } else if (flags & KL_HAL_FILE_WRITE) {
        oflags = O_WRONLY;
    } else {
        oflags = O_RDONLY;
    }
    oflags |= (flags & KL_HAL_FILE_CREATE ? O_CREAT : 0) |
              (flags & KL_HAL_FILE_TRUNC ? O_TRUNC : 0) |
              (flags & KL_HAL_FILE_APPEND ? O_APPEND : 0) | (flags & KL_HAL_FILE_EXCL ? O_EXCL : 0);
    int fd;
    do {
        fd = open(path, oflags | O_CLOEXEC, 0666);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        return -errno;
    }
    // open(2) lets a directory be opened for reading; a Python file object may not be one.
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        return -EISDIR;
    }
    return fd;
}

long kl_hal_file_read(int fd, void *buf, size_t len) {
    ssize_t n;
    do {
        n = read(fd, buf, len);
    } while (n < 0 && errno == EINTR);
    return n < 0 ? -errno : (long)n;
}

long kl_hal_file_write(int fd, const void *buf, size_t len) {
    const char *p = buf;
    size_t left = len;
    while (left > 0) {
        ssize_t n = write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return -errno;
        }
        p += n;
        left -= (size_t)n;
    }
    return (long)len;
}

int64_t kl_hal_file_seek(int fd, int64_t offset, int whence) {
    off_t r = lseek(fd, (off_t)offset, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END);
    return r < 0 ? -errno : (int64_t)r;
}

int kl_hal_file_truncate(int fd, int64_t size) {
    return ftruncate(fd, (off_t)size) != 0 ? -errno : 0;
}

int kl_hal_file_close(int fd) {
    return close(fd) != 0 && errno != EINTR ? -errno : 0;
}

const char *kl_hal_strerror(int err) {
    return strerror(err);
}
