// fuzz/fuzz_struct.c: struct format strings (vm/mod_struct.c) and the data they read.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Each input is a format string, a newline, then bytes to unpack. The format is measured
// (calcsize), used to unpack the bytes (unpack_from, iter_unpack on a whole number of records),
// and what comes out is packed again, with pack and pack_into at an offset. struct.error and
// the other exceptions are answers; a crash, sanitizer report or hang is a finding. Seeds: the
// formats of tests/modules/struct_*.py.

#include "fuzz/support.h"

static const char driver[] = //
    "import struct\n"
    "def t(f, *a):\n"
    "    try:\n"
    "        return f(*a)\n"
    "    except Exception:\n"
    "        return None\n"
    "fmt, _, buf = data.partition(b'\\n')\n"
    "f = fmt.decode('latin-1')\n"
    "n = t(struct.calcsize, f)\n"
    "v = t(struct.unpack_from, f, buf)\n"
    "if n and v is not None:\n"
    "    t(list, t(struct.iter_unpack, f, buf[:len(buf) // n * n]))\n"
    "    t(struct.pack, f, *v)\n"
    "    t(struct.pack_into, fmt, bytearray(n + 3), 3, *v)\n"
    "    s = t(struct.Struct, fmt)\n"
    "    if s is not None:\n"
    "        t(s.unpack, buf[:n])\n"
    "t(struct.pack, f, *range(8))\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    return fuzz_driver_one_input(driver, data, size);
}
