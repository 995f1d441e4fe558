// fuzz/afl_main.c: the AFL++ persistent-mode driver around a harness's LLVMFuzzerTestOneInput.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Built with afl-clang-fast (or afl-clang-lto) and linked with one fuzz/fuzz_*.c. Under afl-fuzz
// the process starts once: __AFL_INIT defers the fork server until main has run (nothing costly
// happens before it, but the place is ready for it), and __AFL_LOOP then runs many inputs in
// one process, each read from shared memory rather than a file. Every input is copied into a
// heap block of its exact size, so AddressSanitizer sees a read past its end (the shared buffer
// is larger). The interpreter is started afresh for each input by the harness itself, which is
// what keeps AFL++'s stability near 100%.
//
// Outside afl-fuzz, `fuzz_NAME FILE...` runs the harness once on each file, which is how
// fuzz/triage and a developer replay a crash; with no file it reads one input from stdin.

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz/support.h"

#ifndef __AFL_FUZZ_TESTCASE_LEN
#error "build fuzz/afl_main.c with afl-clang-fast or afl-clang-lto (see mk/fuzz.mk)"
#endif

__AFL_FUZZ_INIT();

static void run_copy(const uint8_t *buf, size_t len) {
    uint8_t *copy = malloc(len > 0 ? len : 1);
    if (copy == NULL) {
        abort();
    }
    memcpy(copy, buf, len);
    LLVMFuzzerTestOneInput(copy, len);
    free(copy);
}

static int run_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        perror(path);
        return 1;
    }
    size_t cap = 4096, len = 0;
    uint8_t *buf = malloc(cap);
    size_t n;
    while (buf != NULL && (n = fread(buf + len, 1, cap - len, f)) > 0) {
        len += n;
        if (len == cap) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
    }
    fclose(f);
    if (buf == NULL) {
        abort();
    }
    run_copy(buf, len);
    free(buf);
    return 0;
}

int main(int argc, char **argv) {
    if (argc > 1) {
        int status = 0;
        for (int i = 1; i < argc; i++) {
            status |= run_file(argv[i]);
        }
        return status;
    }
    __AFL_INIT();
    const uint8_t *buf = __AFL_FUZZ_TESTCASE_BUF;
    while (__AFL_LOOP(10000)) {
        run_copy(buf, (size_t)__AFL_FUZZ_TESTCASE_LEN);
    }
    return 0;
}
