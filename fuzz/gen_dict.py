#!/usr/bin/env python3
# fuzz/gen_dict.py: the fuzzing dictionaries, one per harness, in AFL++/libFuzzer format.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
#
#   fuzz/gen_dict.py QSTR_HEADER vm/lexer.h OUTDIR
#
# The harnesses that read Python (parse, exec, bcfile, repl) get every interned name of the
# generated qstr table (module, function, method and attribute names the core knows) plus the
# grammar's tokens: the keywords and operators of vm/lexer.h's X-macro tables and the literal
# forms the lexer distinguishes. The harnesses for one data parser get that parser's tokens,
# listed below; repl adds the control keys of the REPL and the line editor. A mutation that
# inserts `__class__` or `(?P<` whole finds in seconds what byte flips would take hours for.

import re
import sys
from pathlib import Path

PYTHON_EXTRA = [
    "\n", "\n    ", "    ", "\t", "\\\n", "#", "'", '"', '"""', "'''", "b'", "r'", "f'", "rb'",
    "f'{", "{x!r}", "{x:>10}", "\\x", "\\u", "\\N{", "0x", "0o", "0b", "1_0", "1e5", "1.5j",
    ".5", "0.", "1e-5", "2**64", "10**100", "lambda x: ", "*args", "**kw", "async def ",
    "await ", "yield from ", "match ", "case ", "case _:", "except* ", "@staticmethod\n",
    "__slots__", "super().", "nonlocal ", "global ", "del ", "try:\n", "finally:\n",
]

DATA = {
    "json": [
        "{", "}", "[", "]", ":", ",", '"', "true", "false", "null", "NaN", "Infinity",
        "-Infinity", "\\u", "\\ud800", "\\udc00", "\\n", "\\\\", "\\/", "-0", "1e", "1E+",
        ".5", "0.0", "1e400", "-", "  ", '"a":', '[1,2]', '{"":[]}', "12345678901234567890",
    ],
    "struct": [
        "<", ">", "!", "=", "@", "x", "c", "b", "B", "?", "h", "H", "i", "I", "l", "L", "q",
        "Q", "n", "N", "e", "f", "d", "s", "p", "P", "0", "1", "9", "10s", "255p", "\n",
        "\x00", "\xff", "\x80", "\x00\x00\x00\x00", "\xff\xff\xff\xff\xff\xff\xff\xff",
    ],
    "re": [
        "(", ")", "(?:", "(?P<", "(?P=", ">", "(?=", "(?!", "(?<=", "(?<!", "(?#", "(?i)",
        "(?s)", "(?m)", "(?x)", "(?a)", "(?-i:", "(?(1)", "|", "*", "+", "?", "*?", "+?", "??",
        "{", "}", "{1,3}", "{2}", "{,5}", "{3,}?", "[", "]", "[^", "a-z", "\\d", "\\D", "\\w",
        "\\W", "\\s", "\\S", "\\b", "\\B", "\\A", "\\Z", "\\1", "\\g<1>", "\\g<name>", "\\x41",
        "\\u00e9", "\\N{", "\\0", ".", "^", "$", "\n", "\u00e9", "\u0130", "\u212a",
    ],
    "format": [
        "<", ">", "^", "=", "+", "-", " ", "#", "0", ",", "_", ".", "b", "c", "d", "e", "E",
        "f", "F", "g", "G", "n", "o", "s", "x", "X", "%", "z", "{", "}", "{0}", "{a}", "{}",
        "{!r}", "{!s}", "{!a}", "{:", "{0[0]}", "{a.b}", "{{", "}}", "%s", "%r", "%a", "%d",
        "%i", "%x", "%X", "%o", "%e", "%g", "%c", "%%", "%(a)s", "%-5d", "%+.3f", "%*d",
        "%.*f", "%#x", "%05d", "\n", "100", "999999999999",
    ],
    "literal": [
        "0x", "0o", "0b", "0X", "_", "e", "E", "e+", "e-", "+", "-", ".", "j", "J", "inf",
        "nan", "infinity", "-inf", "+nan", "(", ")", " ", "\t", "\n", "p", "0x1.8p3", "1e308",
        "1e-324", "123456789012345678901234567890", "\u0663", "\uff11", "\u00a0", "+1j",
        "1_000", "0_0",
    ],
}

REPL_KEYS = [
    "\x01", "\x02", "\x03", "\x04", "\x05", "\x05A\x01", "\r", "\r\n", "\x7f", "\x08",
    "\x1b[A", "\x1b[B", "\x1b[C", "\x1b[D", "\x1b[H", "\x1b[F", "\x1b[3~", "\x1b[1~",
    "\x1b[4~", "\x1bOH", "\x1bOF", "\x0b", "\x15", "\x17", "\x06", "\t", "\t\t",
]


def quote(text):
    out = []
    for b in text.encode("utf-8") if isinstance(text, str) else text:
        if b in (0x22, 0x5C) or b < 0x20 or b >= 0x7F:
            out.append("\\x%02x" % b)
        else:
            out.append(chr(b))
    return '"' + "".join(out) + '"'


def write(path, tokens):
    seen = []
    for t in tokens:
        if t and t not in seen:
            seen.append(t)
    with open(path, "w") as f:
        for i, t in enumerate(seen):
            f.write("t%d=%s\n" % (i, quote(t)))


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: gen_dict.py QSTR_HEADER LEXER_H OUTDIR")
    qstr_hdr, lexer_h, outdir = sys.argv[1:]
    names = re.findall(r'^QDEF\([^,]+, [^,]+, \d+, "(.*)"\)$', Path(qstr_hdr).read_text(), re.M)
    # Names a mutation can use as they are: the C escapes of the header are left out.
    names = [n for n in names if "\\" not in n]
    grammar = re.findall(r'X\(\w+, "([^"]+)"\)', Path(lexer_h).read_text())
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    python = grammar + PYTHON_EXTRA + names
    for h in ("parse", "exec", "bcfile"):
        write(out / (h + ".dict"), python)
    write(out / "repl.dict", REPL_KEYS + python)
    for h, tokens in DATA.items():
        write(out / (h + ".dict"), tokens)


if __name__ == "__main__":
    main()
