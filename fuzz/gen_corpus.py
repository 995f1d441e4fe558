#!/usr/bin/env python3
# fuzz/gen_corpus.py: seed corpora for the harnesses of fuzz/, taken from tests/.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
#
#   fuzz/gen_corpus.py [--cross KINGLET_CROSS] OUTDIR
#
# Writes OUTDIR/NAME/ for each harness fuzz/fuzz_NAME.c, one seed per file named by the hash of
# its contents (so a seed found twice is stored once):
#
#   parse, exec  every tests/*/*.py under 16 KiB, as it is
#   bcfile       the same files compiled by kinglet-cross (when --cross is given)
#   repl         a first byte (console flags, see fuzz/fuzz_repl.c), then typed sessions: the
#                small tests as friendly-REPL input, as raw-REPL and raw-paste programs, and in
#                paste mode, plus a few sessions of editing keys
#   literal, json, struct, re, format
#                the arguments of the matching calls in the tests, found with CPython's ast:
#                the text given to int()/float()/complex(), json.loads(), a struct format with
#                the bytes it unpacks, a re pattern with its subject, a format spec or string
#
# Only CPython's standard library is used, so the corpus is the same wherever it is made.

import argparse
import ast
import hashlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MAX_SOURCE = 16 * 1024
RE_CALLS = {"compile", "match", "search", "fullmatch", "findall", "finditer", "sub", "subn",
            "split"}
STRUCT_CALLS = {"pack", "unpack", "calcsize", "unpack_from", "iter_unpack", "pack_into", "Struct"}


def const(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)):
        v = node.value
        return v.encode("utf-8", "surrogatepass") if isinstance(v, str) else v
    return None


def call_name(call):
    f = call.func
    if isinstance(f, ast.Name):
        return None, f.id
    if isinstance(f, ast.Attribute):
        base = f.value.id if isinstance(f.value, ast.Name) else None
        return base, f.attr
    return None, None


def data_seeds(tree, seeds):
    for node in ast.walk(tree):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
            t = const(node.left)
            if t is not None:
                seeds["format"].add(b"\n" + t)
        if not isinstance(node, ast.Call) or not node.args:
            continue
        base, name = call_name(node)
        args = [const(a) for a in node.args]
        a0 = args[0]
        if base is None and name in ("int", "float", "complex") and a0 is not None:
            seeds["literal"].add(a0)
        elif name == "fromhex" and base == "float" and a0 is not None:
            seeds["literal"].add(a0)
        elif base == "json" and name in ("loads", "load") and a0 is not None:
            seeds["json"].add(a0)
        elif base == "struct" and name in STRUCT_CALLS and a0 is not None:
            rest = next((a for a in args[1:] if isinstance(a, bytes)), b"")
            seeds["struct"].add(a0 + b"\n" + rest)
        elif base == "re" and name in RE_CALLS and a0 is not None:
            subject = next((a for a in reversed(args[1:]) if a is not None), b"")
            seeds["re"].add(a0 + b"\n" + subject)
        elif base is None and name == "format" and len(args) > 1 and args[1] is not None:
            seeds["format"].add(args[1] + b"\n")
        elif name == "format" and isinstance(node.func, ast.Attribute):
            t = const(node.func.value)
            if t is not None:
                seeds["format"].add(b"\n" + t)
    # Format strings with a literal receiver and no arguments ("{}".format()) are caught above;
    # f-string specs are the format_spec parts of JoinedStr nodes.
    for node in ast.walk(tree):
        if isinstance(node, ast.FormattedValue) and isinstance(node.format_spec, ast.JoinedStr):
            parts = [const(v) for v in node.format_spec.values]
            if parts and all(p is not None for p in parts):
                seeds["format"].add(b"".join(parts) + b"\n")


def repl_seeds(sources, seeds):
    # Friendly sessions end with a blank line so a compound statement runs; raw programs are
    # sent after Ctrl-A and ended by Ctrl-D, as mpremote does.
    small = [s for s in sources if len(s) < 1500][:60]
    for i, src in enumerate(small):
        body = src.replace(b"\n", b"\r")
        flags = bytes([i % 4])
        seeds["repl"].add(flags + body + b"\r\r")
        if i % 3 == 0:
            seeds["repl"].add(b"\x00\x01" + src + b"\x04\x02")
            seeds["repl"].add(b"\x00\x01\x05A\x01" + src + b"\x04\x04\x02")
            seeds["repl"].add(b"\x01\x05" + body + b"\x04")
    seeds["repl"].update([
        b"\x011 + 1\r_\r",
        b"\x01def f():\r    return 1\r\rf()\r",
        b"\x01x = 12345\rx\x1b[D\x1b[D\x7f9\r\x1b[A\r",
        b"\x01import sys\rsys.pa\t\t\rsys.\t\t\r",
        b"\x01for i in range(3):\rprint(i)\r\r",
        b"\x03\x04print(1)\x04",
        b"\x03\x01\x04\x02",
        b"\x00\x01raise SystemExit(3)\x04\x02",
        b"\x01abc\x03\rdef\x0b\x15ghi\x17\r",
    ])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cross", help="kinglet-cross, for the bcfile corpus")
    ap.add_argument("outdir")
    opt = ap.parse_args()
    names = sorted(p.stem[len("fuzz_"):] for p in (REPO / "fuzz").glob("fuzz_*.c"))
    seeds = {n: set() for n in names}
    sources = []
    for path in sorted((REPO / "tests").glob("*/*.py")):
        src = path.read_bytes()
        if len(src) > MAX_SOURCE:
            continue
        sources.append(src)
        try:
            tree = ast.parse(src)
        except (SyntaxError, ValueError):
            continue
        data_seeds(tree, seeds)
    for n in ("parse", "exec"):
        seeds[n].update(sources)
    repl_seeds(sources, seeds)
    seeds["literal"].update([b"0", b"-1_000", b"0x_ff", b"1e-7", b"nan", b"-inf", b"1+2j",
                             b" (3.5-4e2j) "])
    seeds["json"].update([b'{"a": [1, 2.5e3, true, null, "\\u00e9"]}', b"[]", b'"x"'])
    if opt.cross and "bcfile" in seeds:
        with tempfile.TemporaryDirectory() as tmp:
            for i, src in enumerate(sources):
                py = Path(tmp) / ("t%d.py" % i)
                kbc = py.with_suffix(".kbc")
                py.write_bytes(src)
                r = subprocess.run([opt.cross, "-o", str(kbc), str(py)], capture_output=True)
                if r.returncode == 0 and kbc.exists():
                    seeds["bcfile"].add(kbc.read_bytes())
    out = Path(opt.outdir)
    for n in names:
        d = out / n
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
        if not seeds[n]:
            seeds[n].add(b"\n")
        for s in sorted(seeds[n]):
            (d / hashlib.sha1(s).hexdigest()[:16]).write_bytes(s)
        print("gen_corpus: %s: %d seeds" % (n, len(seeds[n])))


if __name__ == "__main__":
    sys.exit(main())
