// fuzz/fuzz_json.c: the JSON decoder (vm/mod_json.c), and the encoder on what it decodes.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The kinglet authors
//
// Each input is a JSON document, given to json.loads as bytes and as str. A document that
// decodes is encoded again, compact and indented, and decoded once more. ValueError (and
// RecursionError for deep nesting) are answers; a crash, sanitizer report or hang is a finding.
// Seeds: the JSON texts in tests/modules/json_*.py.

#include "fuzz/support.h"

static const char driver[] = //
    "import json\n"
    "def t(f, *a, **k):\n"
    "    try:\n"
    "        return f(*a, **k)\n"
    "    except Exception:\n"
    "        return None\n"
    "t(json.loads, data)\n"
    "v = t(json.loads, data.decode('utf-8', 'replace'))\n"
    "t(json.dumps, v)\n"
    "s = t(json.dumps, v, indent=2, sort_keys=True, separators=(',', ': '))\n"
    "if s is not None:\n"
    "    t(json.loads, s)\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    return fuzz_driver_one_input(driver, data, size);
}
