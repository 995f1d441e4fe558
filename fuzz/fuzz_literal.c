// fuzz/fuzz_literal.c: numbers from strings: int(), float(), complex() and their relatives.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Each input is the text of a number. It goes through every parser of numeric text the builtins
// have (int with the bases that change the rules, float, float.fromhex, complex), as str and as
// bytes, and what parses is printed back, which runs the number formatters on the result. Any
// exception is an answer; a crash, sanitizer report or hang is a finding. Seeds: the numeric
// literals of tests/numbers/.

#include "fuzz/support.h"

static const char driver[] = //
    "s = data.decode('utf-8', 'replace')\n"
    "def t(f, *a):\n"
    "    try:\n"
    "        v = f(*a)\n"
    "        repr(v)\n"
    "        str(v)\n"
    "    except Exception:\n"
    "        pass\n"
    "for b in (0, 2, 8, 10, 16, 36):\n"
    "    t(int, s, b)\n"
    "    t(int, data, b)\n"
    "t(int, s)\n"
    "t(float, s)\n"
    "t(float, data)\n"
    "t(float.fromhex, s)\n"
    "t(complex, s)\n"
    "t(lambda x: (float(x)).hex(), s)\n"
    "t(lambda x: int(x).to_bytes(64, 'little', signed=True), s)\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    return fuzz_driver_one_input(driver, data, size);
}
