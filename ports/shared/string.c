// ports/shared/string.c: the C library's string functions, written for size on the smallest boards.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// The core calls memcpy, memmove, memset, memcmp, memchr and strlen (and the compiler calls the
// first three for struct copies and clears). newlib-nano builds them for speed, with word-wide
// loops and their alignment cases: about 1 KB of Thumb code for the six. At the MINIMUM level,
// where flash is what the board is short of, these byte loops take their place (about 150 bytes),
// as -msave-restore does on RV32 (ports/riscv/arch.mk): the same results, a little slower on long
// runs of bytes, which a board with a 4 KiB heap seldom has. memcpy is memmove, which allows
// overlap and so is a correct memcpy. KL_PORT_SMALL_STRING=1 (or 0) chooses for any level.
//
// GCC turns a loop that copies or fills bytes into a call to memcpy or memset; in these functions
// that call would be to themselves, so that transformation is off here.

#include <stddef.h>
#include <string.h>

#include "vm/config.h"

#ifndef KL_PORT_SMALL_STRING
#define KL_PORT_SMALL_STRING (KL_CFG_LEVEL < KL_LEVEL_CORE)
#endif

#if KL_PORT_SMALL_STRING

#define NO_LIBCALLS __attribute__((optimize("no-tree-loop-distribute-patterns")))

NO_LIBCALLS void *memmove(void *dst, const void *src, size_t n) {
    unsigned char *d = dst;
    const unsigned char *s = src;
    if (d < s) {
        for (size_t i = 0; i < n; i++) {
            d[i] = s[i];
        }
    } else {
        // Backwards, so that an overlapping source is read before it is overwritten.
        while (n-- > 0) {
            d[n] = s[n];
        }
    }
    return dst;
}

NO_LIBCALLS void *memcpy(void *dst, const void *src, size_t n) {
    return memmove(dst, src, n);
}

NO_LIBCALLS void *memset(void *dst, int c, size_t n) {
    unsigned char *d = dst;
    for (size_t i = 0; i < n; i++) {
        d[i] = (unsigned char)c;
    }
    return dst;
}

NO_LIBCALLS int memcmp(const void *a, const void *b, size_t n) {
    const unsigned char *x = a, *y = b;
    for (size_t i = 0; i < n; i++) {
        if (x[i] != y[i]) {
            return x[i] - y[i];
        }
    }
    return 0;
}

NO_LIBCALLS void *memchr(const void *s, int c, size_t n) {
    const unsigned char *p = s;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == (unsigned char)c) {
            return (void *)(p + i);
        }
    }
    return NULL;
}

NO_LIBCALLS size_t strlen(const char *s) {
    size_t n = 0;
    while (s[n] != '\0') {
        n++;
    }
    return n;
}

#endif // KL_PORT_SMALL_STRING
