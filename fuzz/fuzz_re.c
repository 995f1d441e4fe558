// fuzz/fuzz_re.c: regular expressions (vm/re_compile.c, vm/re_exec.c, vm/mod_re.c).
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Each input is a pattern, a newline, then the subject. The pattern's length picks the flags
// (none, IGNORECASE, MULTILINE|DOTALL, VERBOSE) so that every input tries one set. The pattern
// is compiled as str and as bytes and run with search, fullmatch, findall, sub and split over
// the subject. re.error is an answer; a crash, sanitizer report or hang is a finding (the
// matcher's step limit, a million in fuzz builds, bounds catastrophic backtracking). Seeds: the
// patterns of tests/modules/re_*.py.

#include "fuzz/support.h"

static const char driver[] = //
    "import re\n"
    "def t(f, *a):\n"
    "    try:\n"
    "        return f(*a)\n"
    "    except Exception:\n"
    "        return None\n"
    "pat, _, subj = data.partition(b'\\n')\n"
    "flags = (0, re.I, re.M | re.S, re.X)[len(pat) % 4]\n"
    "def run(p, s):\n"
    "    m = t(p.search, s)\n"
    "    if m is not None:\n"
    "        t(m.groups)\n"
    "        t(m.span)\n"
    "        t(m.groupdict)\n"
    "    t(p.fullmatch, s)\n"
    "    t(p.findall, s)\n"
    "    t(p.sub, s[:1] * 2, s)\n"
    "    t(p.split, s, 3)\n"
    "p = t(re.compile, pat.decode('utf-8', 'replace'), flags)\n"
    "if p is not None:\n"
    "    run(p, subj.decode('utf-8', 'replace'))\n"
    "p = t(re.compile, pat, flags)\n"
    "if p is not None:\n"
    "    run(p, subj)\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    return fuzz_driver_one_input(driver, data, size);
}
