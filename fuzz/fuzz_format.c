// fuzz/fuzz_format.c: format specs and format strings (vm/format.c, vm/numfmt.c).
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Each input is a format spec, a newline, then a format string. The spec is given to format()
// with a value of every builtin kind that has its own formatter (int, a big int, bool, float,
// the special floats, complex, str, None); the string is used with str.format, format_map and
// the % operator (with a tuple and with a dict). ValueError, TypeError, KeyError, IndexError are
// answers; a crash, sanitizer report or hang is a finding. Seeds: the specs and strings of
// tests/text/format_*.py and tests/text/*percent*.py.

#include "fuzz/support.h"

static const char driver[] = //
    "def t(f, *a, **k):\n"
    "    try:\n"
    "        return f(*a, **k)\n"
    "    except Exception:\n"
    "        return None\n"
    "spec, _, tmpl = data.partition(b'\\n')\n"
    "spec = spec.decode('utf-8', 'replace')\n"
    "tmpl = tmpl.decode('utf-8', 'replace')\n"
    "for v in (0, 7, -42, 12345678901234567890123, True, 2.5, -0.0, 1e300, 5e-324,\n"
    "          float('inf'), float('nan'), 3-4j, 'text', '', None):\n"
    "    t(format, v, spec)\n"
    "args = (1, 2.5, 'str', [1, 2], {'a': 1}, None, -3)\n"
    "kw = {'a': 1, 'b': 'x', 'c': 2.5, 'd': [4]}\n"
    "t(tmpl.format, *args, **kw)\n"
    "t(tmpl.format_map, kw)\n"
    "t(lambda: tmpl % args)\n"
    "t(lambda: tmpl % kw)\n"
    "t(lambda: tmpl % 3.25)\n"
    "t(lambda: tmpl.encode() % (b'x', 1))\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    return fuzz_driver_one_input(driver, data, size);
}
