#!/usr/bin/env python3
# tests/cmdline/run_cmdline.py: checks the kinglet executable's command line against python3.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
#
# Each check runs the executable once, with stdout and stderr kept apart, and looks at the exit
# status and both streams. Where kinglet should behave like CPython (sys.argv, tracebacks) the
# check runs python3 on the same input and compares; where kinglet has its own behaviour
# (--version text, -X heapsize) the check states it directly.
#
#   python3 tests/cmdline/run_cmdline.py [--kinglet PATH]
#   python3 tests/cmdline/run_cmdline.py --python     # run the checks that hold for python3
#
# The second form checks this script itself: every check marked `both` must pass on CPython.

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
DEFAULT_KINGLET = REPO / "unix" / "build" / "kinglet"
TIMEOUT = 20
# Address-space limit for every run, so that a heap that grows without bound (a broken -X
# heapsize, or a MemoryError check run on CPython) fails fast instead of filling the machine.
MEMORY_LIMIT = 2 << 30

ENV = dict(os.environ)
for _k in ("PYTHONSTARTUP", "PYTHONPATH", "PYTHONHOME", "PYTHONINSPECT", "PYTHONWARNINGS"):
    ENV.pop(_k, None)
ENV.update({"PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8", "PYTHONDONTWRITEBYTECODE": "1"})


class Run:
    # The result of one execution: [status], [out] and [err] as text.
    def __init__(self, status, out, err, timed_out=False):
        self.status = status
        self.out = out
        self.err = err
        self.timed_out = timed_out

    def __repr__(self):
        return "status=%r stdout=%r stderr=%r%s" % (
            self.status,
            self.out[-400:],
            self.err[-400:],
            " (timed out)" if self.timed_out else "",
        )


def limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run(argv, cwd, stdin_text=None, env=None):
    try:
        p = subprocess.run(
            argv,
            cwd=cwd,
            input=(stdin_text or "").encode(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=dict(ENV, **(env or {})),
            timeout=TIMEOUT,
            preexec_fn=limit_memory,
        )
    except subprocess.TimeoutExpired as e:
        dec = lambda b: (b or b"").decode("utf-8", "replace")
        return Run(None, dec(e.stdout), dec(e.stderr), True)
    dec = lambda b: b.decode("utf-8", "replace")
    return Run(p.returncode, dec(p.stdout), dec(p.stderr))


def last_line(text):
    lines = text.rstrip("\n").split("\n")
    return lines[-1] if lines else ""


FRAME = re.compile(r'^File "[^"]*", line \d+, in \S+$')


def traceback_skeleton(err):
    # The lines of a traceback that kinglet must print exactly as CPython: the header, one
    # `File "...", line N, in NAME` per frame (both print the source line under it, and CPython
    # also ^^^ markers under part of a line, which kinglet does not) and the final exception line.
    lines = [l.strip() for l in err.rstrip("\n").split("\n")]
    keep = [l for l in lines if l == "Traceback (most recent call last):" or FRAME.match(l)]
    return keep + lines[-1:]


MARGIN_FRAME = re.compile(r'^(.*?)  File "[^"]*", line \d+, in \S+$')
MARKERS = re.compile(r"^[\s^~]*$")


def without_source_lines(err):
    # A whole traceback as kinglet prints it: CPython's, less the source line (and the ^^^/~~~
    # markers) it prints under each `File` line. Margins of exception group boxes are kept.
    out = []
    margin = None
    for line in err.split("\n"):
        if margin is not None and line.startswith(margin + "    "):
            rest = line[len(margin) :]
            if not rest.lstrip().startswith("File ") or MARKERS.match(rest):
                continue
        m = MARGIN_FRAME.match(line)
        margin = m.group(1) if m else None
        out.append(line)
    return "\n".join(out)


# ==== the checks ====

TB_SCRIPT = """def inner(n):
    return n / 0


def outer():
    return inner(1)


print('start')
outer()
print('not reached')
"""

SYNTAX_SCRIPT = """x = 1
y = 2
def f(:
    pass
"""

MEMORY_CAUGHT = """x = []
try:
    while True:
        x.append([0] * 64)
except MemoryError:
    x = None
    print('MemoryError caught')
"""

MEMORY_UNCAUGHT = """x = []
while True:
    x.append([0] * 64)
"""

RECURSION = """def f():
    f()


f()
"""

# Each check: (name, applies_to, function(ctx) -> None or failure detail).
# applies_to is "both" (kinglet and CPython behave alike) or "kinglet".
CHECKS = []


def check(name, applies="both"):
    def deco(fn):
        CHECKS.append((name, applies, fn))
        return fn

    return deco


def expect(cond, detail):
    if not cond:
        raise AssertionError(detail)


@check("-c prints")
def _(c):
    r = c.run(["-c", "print(1)"])
    expect(r.status == 0 and r.out == "1\n" and r.err == "", r)


@check("-c sys.argv")
def _(c):
    r = c.run(["-c", "import sys; print(sys.argv)", "a", "b"])
    expect(r.status == 0 and r.out == "['-c', 'a', 'b']\n", r)


@check("-c traceback")
def _(c):
    prog = "x = 1\n1 / 0\n"
    r = c.run(["-c", prog])
    ref = c.ref(["-c", prog])
    expect(r.status == 1 and r.out == "", r)
    expect(
        traceback_skeleton(r.err) == traceback_skeleton(ref.err),
        "got %r, python3 %r" % (traceback_skeleton(r.err), traceback_skeleton(ref.err)),
    )


@check("stdin program with -")
def _(c):
    prog = "import sys\nprint(sys.argv)\nprint(6 * 7)\n"
    r = c.run(["-", "x", "y"], stdin=prog)
    expect(r.status == 0 and r.out == "['-', 'x', 'y']\n42\n" and r.err == "", r)


@check("stdin program traceback")
def _(c):
    prog = "def f():\n    raise ValueError('bad')\n\nf()\n"
    r = c.run(["-"], stdin=prog)
    ref = c.ref(["-"], stdin=prog)
    expect(r.status == 1, r)
    expect(
        traceback_skeleton(r.err) == traceback_skeleton(ref.err),
        "got %r, python3 %r" % (traceback_skeleton(r.err), traceback_skeleton(ref.err)),
    )


@check("script sys.argv")
def _(c):
    c.write("script.py", "import sys\nprint(sys.argv)\nprint(len(sys.argv))\n")
    r = c.run(["script.py", "x"])
    expect(r.status == 0 and r.out == "['script.py', 'x']\n2\n" and r.err == "", r)


@check("sys.exit(3)")
def _(c):
    c.write("exit3.py", "import sys\nprint('before')\nsys.exit(3)\nprint('after')\n")
    r = c.run(["exit3.py"])
    expect(r.status == 3 and r.out == "before\n" and r.err == "", r)


@check("sys.exit() and raise SystemExit")
def _(c):
    for prog, status in (("import sys; sys.exit()", 0), ("raise SystemExit", 0),
                         ("import sys; sys.exit(0)", 0), ("raise SystemExit(4)", 4)):
        r = c.run(["-c", prog])
        expect(r.status == status and r.err == "", "%s: %r" % (prog, r))


@check("the exit status is SystemExit's code attribute")
def _(c):
    progs = (("e = SystemExit(1); e.code = 5; raise e", 5),
             ("class E(SystemExit):\n    code = 6\nraise E(2)", 6),
             ("raise SystemExit(1, 2)", 1), ("raise SystemExit(None)", 0))
    for prog, status in progs:
        r = c.run(["-c", prog])
        ref = c.ref(["-c", prog])
        expect(r.status == status == ref.status and r.err == ref.err, "%s: %r" % (prog, r))


@check("sys.exit('msg')")
def _(c):
    r = c.run(["-c", "import sys; sys.exit('fatal: msg')"])
    expect(r.status == 1 and r.out == "" and r.err == "fatal: msg\n", r)


@check("uncaught exception traceback")
def _(c):
    c.write("tb.py", TB_SCRIPT)
    r = c.run(["tb.py"])
    ref = c.ref(["tb.py"])
    expect(r.status == 1 and r.out == "start\n", r)
    expect(last_line(r.err) == "ZeroDivisionError: division by zero", r)
    got, want = traceback_skeleton(r.err), traceback_skeleton(ref.err)
    expect(got == want, "got %r, python3 %r" % (got, want))


@check("the type line of an uncaught exception names its module and qualified name")
def _(c):
    progs = ("import struct\nstruct.pack('b', 1000)",
             "import binascii\nbinascii.unhexlify('a')",
             "class E(ValueError): pass\nraise E('x')",
             "class A:\n    class E(Exception): pass\nraise A.E(1)",
             "class E(Exception): pass\nE.__module__ = 'builtins'\nraise E()",
             "class E(Exception): pass\nE.__module__ = 'mod'\nraise E(2)",
             "raise KeyError('k')")
    for prog in progs:
        r = c.run(["-c", prog])
        ref = c.ref(["-c", prog])
        expect(r.status == 1 and last_line(r.err) == last_line(ref.err), "%s: %r" % (prog, r))


@check("uncaught exception source lines", applies="kinglet")
def _(c):
    # The source line under each frame, as CPython prints it; only its ^^^/~~~ markers under
    # part of a line are left out (docs/differences.md).
    c.write("tb.py", TB_SCRIPT)
    r = c.run(["tb.py"])
    ref = c.ref(["tb.py"])
    want = "\n".join(l for l in ref.err.split("\n") if not MARKERS.match(l) or not l.strip())
    expect(r.err == want and "    return n / 0\n" in r.err, "got %r, python3 %r" % (r.err, want))


@check("a file gone before its traceback: no source lines")
def _(c):
    script = "import os\nos.remove('gone.py')\nraise KeyError('k')\n"
    c.write("gone.py", script)
    r = c.run(["gone.py"])
    c.write("gone.py", script)
    ref = c.ref(["gone.py"])
    expect(r.status == 1 and ref.status == 1, (r, ref))
    expect(r.err == ref.err and "    raise" not in r.err, "got %r, python3 %r" % (r.err, ref.err))


@check("KINGLETPATH", applies="kinglet")
def _(c):
    for d in ("p1", "p2"):
        os.makedirs(os.path.join(c.dir, d), exist_ok=True)
    c.write("p2/found_in_p2.py", "WHERE = 'p2'\n")
    c.write("uses_path.py", "import sys, found_in_p2\nprint(found_in_p2.WHERE)\n"
            "print([p[-2:] for p in sys.path[1:3]])\n")
    r = c.run(["uses_path.py"], env={"KINGLETPATH": "p1::p2"})
    expect(r.status == 0 and r.out == "p2\n['p1', 'p2']\n" and r.err == "", r)
    r = c.run(["uses_path.py"])
    expect(r.status == 1 and "ModuleNotFoundError" in r.err, r)


@check("sys.executable and sys.orig_argv")
def _(c):
    prog = "import sys\nprint(sys.executable[:1])\nprint(sys.orig_argv[1:])\n"
    c.write("exe.py", prog)
    r = c.run(["exe.py", "a"])
    expect(r.status == 0 and r.out == "/\n['exe.py', 'a']\n", r)


@check("micropython.kbd_intr(-1) ignores SIGINT", applies="kinglet")
def _(c):
    import signal
    import time

    c.write("nointr.py", "import micropython, time\nmicropython.kbd_intr(-1)\nprint('ready', flush=True)\n"
            "t = time.monotonic()\nwhile time.monotonic() - t < 1.5:\n    pass\n"
            "print('finished')\nmicropython.kbd_intr(3)\n")
    p = subprocess.Popen([c.binary, "nointr.py"], cwd=c.dir, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env=ENV)
    first = p.stdout.readline()
    time.sleep(0.3)
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=TIMEOUT)
    expect(first == b"ready\n" and out == b"finished\n" and p.returncode == 0, (first, out, err))


@check("SIGINT interrupts socket and select waits", applies="kinglet")
def _(c):
    import signal
    import time

    c.write("sockintr.py", "import select, socket, sys\na, b = socket.socketpair()\n"
            "w = sys.argv[1]\nprint('ready', flush=True)\ntry:\n"
            "    if w == 'recv':\n        a.recv(1)\n"
            "    elif w == 'timeout':\n        a.settimeout(30)\n        a.recv(1)\n"
            "    elif w == 'select':\n        select.select([a], [], [], 30)\n"
            "    else:\n        p = select.poll()\n        p.register(a, select.POLLIN)\n"
            "        p.poll(30000)\n"
            "except KeyboardInterrupt:\n    print('KeyboardInterrupt')\n")
    for how in ("recv", "timeout", "select", "poll"):
        p = subprocess.Popen([c.binary, "sockintr.py", how], cwd=c.dir, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=ENV)
        first = p.stdout.readline()
        time.sleep(0.3)
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=TIMEOUT)
        expect(first == b"ready\n" and out == b"KeyboardInterrupt\n" and p.returncode == 0,
               (how, first, out, err))


@check("heap_lock ends with the program", applies="kinglet")
def _(c):
    r = c.run(["-c", "import micropython\nmicropython.heap_lock()\nraise ValueError('x')\n"])
    expect(r.status == 1 and r.out == "" and last_line(r.err) == "MemoryError", r)
    r = c.run(["-i", "-q", "-c", "import micropython\nmicropython.heap_lock()\n"],
              stdin="print(6 * 7)\n")
    expect(r.status == 0 and "42\n" in r.out, r)


@check("sys.excepthook replaced")
def _(c):
    prog = ("import sys\n"
            "def hook(t, v, tb):\n    print('hook', t.__name__, v, tb.tb_frame.f_code.co_name)\n"
            "sys.excepthook = hook\nraise KeyError('k')\n")
    r = c.run(["-c", prog])
    ref = c.ref(["-c", prog])
    expect(r.status == 1 and r.out == ref.out == "hook KeyError 'k' <module>\n", (r, ref))
    expect(r.err == "", r)
    bad = "import sys\ndef hook(t, v, tb):\n    1 / 0\nsys.excepthook = hook\nraise KeyError('k')\n"
    r = c.run(["-c", bad])
    ref = c.ref(["-c", bad])
    lines = lambda err: [l for l in err.splitlines() if not l.startswith(" ")]
    expect(r.status == 1 and lines(r.err) == lines(ref.err), (lines(r.err), lines(ref.err)))


GROUP_TB_SCRIPT = """def leaf(n):
    raise ValueError(n)


def collect():
    errors = []
    for i in range(3):
        try:
            leaf(i)
        except ValueError as e:
            errors.append(e)
    try:
        raise OSError('context')
    except OSError:
        raise ExceptionGroup('batch', errors + [
            ExceptionGroup('inner', [KeyError('k'), TypeError('t')])]) from RuntimeError('why')


try:
    collect()
except* TypeError:
    print('handled the TypeError')
"""

WIDE_GROUP_SCRIPT = """e = ExceptionGroup('wide', [ValueError(i) for i in range(18)])
e.add_note('first note')
e.add_note('second note')
raise e
"""


@check("exception group traceback")
def _(c):
    for name, script in (("group.py", GROUP_TB_SCRIPT), ("wide.py", WIDE_GROUP_SCRIPT)):
        c.write(name, script)
        r = c.run([name])
        ref = c.ref([name])
        expect(r.status == 1 and r.status == ref.status and r.out == ref.out, r)
        got, want = without_source_lines(r.err), without_source_lines(ref.err)
        expect(got == want, "%s: got\n%s\npython3\n%s" % (name, got, want))


@check("syntax error")
def _(c):
    c.write("bad.py", SYNTAX_SCRIPT)
    r = c.run(["bad.py"])
    expect(r.status == 1 and r.out == "", r)
    expect(last_line(r.err).startswith("SyntaxError:"), r)
    expect("bad.py" in r.err and "line 3" in r.err, r)


@check("missing file")
def _(c):
    r = c.run(["missing.py"])
    lines = r.err.rstrip("\n").split("\n")
    pat = re.compile(
        r"^\S+: can't open file '(.*/)?missing\.py': \[Errno 2\] No such file or directory$"
    )
    expect(r.status == 2 and r.out == "", r)
    expect(len(lines) == 1 and pat.match(lines[0]), r)


@check("unknown option")
def _(c):
    r = c.run(["-Q", "-c", "print(1)"])
    expect(r.status == 2 and r.out == "", r)
    expect("usage" in r.err.lower(), r)


@check("--version")
def _(c):
    r = c.run(["--version"])
    prefix = "Python " if c.python_mode else "kinglet "
    expect(r.status == 0 and r.out.startswith(prefix) and r.out.count("\n") == 1, r)


@check("-h")
def _(c):
    r = c.run(["-h"])
    expect(r.status == 0 and "usage" in r.out.lower(), r)


@check("recursion error")
def _(c):
    c.write("rec.py", RECURSION)
    r = c.run(["rec.py"])
    expect(r.status == 1, r)
    expect(last_line(r.err).startswith("RecursionError: maximum recursion depth exceeded"), r)


@check("-X heapsize MemoryError caught", "kinglet")
def _(c):
    c.write("mem.py", MEMORY_CAUGHT)
    r = c.run(["-X", "heapsize=64k", "mem.py"])
    expect(r.status == 0 and r.out == "MemoryError caught\n" and r.err == "", r)


@check("-X heapsize MemoryError uncaught", "kinglet")
def _(c):
    c.write("mem2.py", MEMORY_UNCAUGHT)
    r = c.run(["-X", "heapsize=64k", "mem2.py"])
    expect(r.status == 1 and last_line(r.err).startswith("MemoryError"), r)


@check("raw REPL refuses a program longer than its buffer", "kinglet")
def _(c):
    # unix/port_config.h makes KL_CFG_REPL_INPUT_BYTES 1 MiB: a program of that many bytes does
    # not fit (one byte is kept for the NUL). Sent plain, it is refused after Ctrl-D; by raw
    # paste, \x04 asks the host to stop, the host's \x04 gets no answer, and the refusal follows.
    # Either way it is reported as the program's error, and the next program runs.
    big = 1 << 20
    stdin = ("\x01" + "x" * big + "\x04" + "print(5)\x04" + "\x05A\x01" + "y" * big + "\x04"
             + "print(6)\x04")
    r = c.run(["-i", "-q"], stdin=stdin)
    refused = "\x04MemoryError: input longer than KL_CFG_REPL_INPUT_BYTES\n\x04>"
    # The window, 128 = \x80 \x00, is read as UTF-8 with replacement.
    credit = "R\x01\ufffd\x00\x01" + "\x01" * (big // 128 - 1) + "\x04"
    want = ("\r\nraw REPL; CTRL-B to exit\r\n>OK" + refused + "OK5\n\x04\x04>" + credit + refused
            + "OK6\n\x04\x04>")
    expect(r.status == 0 and r.out == want, r)


@check("-X heapsize=bogus", "kinglet")
def _(c):
    r = c.run(["-X", "heapsize=bogus", "-c", "print(1)"])
    expect(r.status == 2 and r.out == "" and r.err != "", r)


# ==== bytecode files: kinglet-cross and .kbc ====


def cross(c, args):
    # kinglet-cross beside the kinglet being checked.
    return run([str(Path(c.binary).parent / "kinglet-cross")] + args, c.dir)


@check("kinglet-cross output runs", "kinglet")
def _(c):
    c.write("kbc_main.py", "import kbc_mod\nprint('main', kbc_mod.f(20))\n")
    c.write("kbc_mod_src.py", "def f(n):\n    return [i * i for i in range(n)][-1] + 2 ** 70\n")
    r = cross(c, ["kbc_main.py"])
    expect(r.status == 0 and r.out == "" and r.err == "", r)
    r = cross(c, ["-o", "kbc_mod.kbc", "kbc_mod_src.py"])
    expect(r.status == 0, r)
    r = c.run(["kbc_main.kbc"])
    expect(r.status == 0 and r.out == "main 1180591620717411303785\n" and r.err == "", r)


@check("import prefers .py to .kbc", "kinglet")
def _(c):
    c.write("kbc_pick_src.py", "print('from bytecode')\n")
    expect(cross(c, ["-o", "kbc_pick.kbc", "kbc_pick_src.py"]).status == 0, "cross failed")
    c.write("kbc_pick.py", "print('from source')\n")
    r = c.run(["-c", "import kbc_pick"])
    expect(r.status == 0 and r.out == "from source\n", r)
    os.remove(os.path.join(c.dir, "kbc_pick.py"))
    r = c.run(["-c", "import kbc_pick"])
    expect(r.status == 0 and r.out == "from bytecode\n", r)


@check("kinglet-cross SyntaxError", "kinglet")
def _(c):
    c.write("kbc_bad.py", "x = (1,\n")
    r = cross(c, ["kbc_bad.py"])
    expect(r.status == 1 and r.out == "", r)
    expect(last_line(r.err).startswith("SyntaxError:"), r)
    expect(not os.path.exists(os.path.join(c.dir, "kbc_bad.kbc")), "wrote a .kbc anyway")


@check("kinglet-cross usage", "kinglet")
def _(c):
    r = cross(c, [])
    expect(r.status == 2 and "usage" in r.err, r)


@check("truncated .kbc", "kinglet")
def _(c):
    c.write("kbc_cut.py", "def f():\n    return 'hello'\nprint(f())\n")
    expect(cross(c, ["kbc_cut.py"]).status == 0, "cross failed")
    path = os.path.join(c.dir, "kbc_cut.kbc")
    data = open(path, "rb").read()
    r = c.run(["kbc_cut.kbc"])
    expect(r.status == 0 and r.out == "hello\n", r)
    with open(path, "wb") as f:
        f.write(data[: len(data) // 2])
    r = c.run(["kbc_cut.kbc"])
    expect(r.status == 1 and r.out == "", r)
    expect(last_line(r.err).startswith("ValueError: invalid bytecode file: "), r)
    os.remove(os.path.join(c.dir, "kbc_cut.py"))  # else import would pick the source
    r = c.run(["-c", "import kbc_cut"])
    expect(r.status == 1 and last_line(r.err).startswith("ValueError: invalid bytecode file"), r)


@check("kinglet-cross -s and --int-bits", "kinglet")
def _(c):
    c.write("kbc_wide.py", "print(1 << 40 | 5, -4000000000)\nraise KeyError(1099511627781)\n")
    r = cross(c, ["kbc_wide.py"])
    expect(r.status == 0, r)
    data = open(os.path.join(c.dir, "kbc_wide.kbc"), "rb").read()
    expect(data[6] > 32, "small-int width %d, expected the host's (over 32)" % data[6])
    r = cross(c, ["--int-bits", "31", "-s", "<wide>", "kbc_wide.py"])
    expect(r.status == 0, r)
    data = open(os.path.join(c.dir, "kbc_wide.kbc"), "rb").read()
    expect(data[6] <= 31, "small-int width %d with --int-bits 31" % data[6])
    r = c.run(["kbc_wide.kbc"])
    expect(r.status == 1 and r.out == "1099511627781 -4000000000\n", r)
    expect('File "<wide>", line 2, in <module>' in r.err, r)
    expect(last_line(r.err) == "KeyError: 1099511627781", r)
    r = cross(c, ["--int-bits", "99", "kbc_wide.py"])
    expect(r.status == 2 and "--int-bits" in r.err, r)


# ==== frozen modules (lib/, vm/frozen.c) ====


@check("frozen module traceback names <frozen name>", "kinglet")
def _(c):
    r = c.run(["-c", "import posixpath\nposixpath.join(1)\n"])
    expect(r.status == 1 and last_line(r.err).startswith("TypeError"), r)
    expect(re.search(r'File "<frozen posixpath>", line \d+, in join\n', r.err), r)


# The build freezes lib/ as bytecode (FROZEN=bytecode, the default), so importing typing
# compiles nothing: it fits a heap (1.25 MB; it needs about 1.1 MB) where importing its
# dependencies and compiling its source, as an import of frozen source did, runs out of memory
# (that needs about 1.4 MB, 2.1 MB before collections were paced in a heap over 1 MiB).
@check("frozen typing is precompiled", "kinglet")
def _(c):
    heap = "-X", "heapsize=1250k"
    r = c.run([*heap, "-c", "import typing\nprint(typing.List[int], typing.__name__)\n"])
    expect(r.status == 0 and r.out == "typing.List[int] typing\n" and r.err == "", r)
    c.write("typing_src.txt", (REPO / "lib" / "typing.py").read_text())
    prog = "import abc, collections.abc, contextlib, types\n"
    prog += "compile(open('typing_src.txt').read(), 'typing', 'exec')\n"
    r = c.run([*heap, "-c", prog])
    expect(r.status == 1 and last_line(r.err).startswith("MemoryError"), r)



@check("a class with methods compiles and runs in a 10 KiB heap", "kinglet")
def _(c):
    # The compiler's per-scope state once took 3.5 KB for each scope being compiled (nested
    # ones at once), so this needed 19 KiB; the porting issue aims at a REPL in 4 KiB.
    prog = "class A:\n    def f(self):\n        for i in range(2):\n"
    prog += "            try:\n                pass\n            finally:\n                pass\n"
    prog += "        return 7\nprint(A().f())\n"
    r = c.run(["-X", "heapsize=10k", "-c", prog])
    expect(r.status == 0 and r.out == "7\n", r)


# ==== frozen in flash: vm/gen_frozen.py --flash and vm/gen_qstr.py ====
# The boards' CI run (ci/qemu-repl) imports code frozen this way and compares it with python3;
# these are the freezer's refusals and the qstr table's aliases, which a board never shows.


def gen_frozen(c, module, kbc_dir="."):
    # Freeze [module].py of the work folder into flash C; the run's result.
    d = c.dir
    return run([sys.executable, str(REPO / "vm" / "gen_frozen.py"), "--flash", kbc_dir,
                "fz.def", "fz.h", d, os.path.join(d, module + ".py")], d)


def hand_kbc(const):
    # A .kbc file of one module whose code holds the constant [const] (its tag and payload)
    # and the one name "m", written by hand from docs/bytecode-format.md.
    n_ops = sum(1 for line in open(REPO / "vm" / "opcodes.def") if line.startswith("OP("))
    code = bytes([0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 1]) + const + bytes([1, 3, 0, 0])
    return b"\xffKBC" + bytes([2, n_ops, 0, 0, 1, 1]) + b"m" + code


@check("frozen in flash: the freezer refuses what it cannot freeze", "kinglet")
def _(c):
    c.write("fz_set.py", "def f(x):\n    return x in {1, 2}\n")
    expect(cross(c, ["--int-bits", "31", "fz_set.py"]).status == 0, "cross failed")
    r = gen_frozen(c, "fz_set")
    expect(r.status == 1 and "a frozenset constant" in r.err, r)
    c.write("fz_wide.py", "x = 1099511627776\n")  # a LOAD_INT too wide for a 32-bit target
    expect(cross(c, ["fz_wide.py"]).status == 0, "cross failed")
    r = gen_frozen(c, "fz_wide")
    expect(r.status == 1 and "needs wider small ints" in r.err, r)
    good = hand_kbc(b"N")
    bad = {"fz_tag": hand_kbc(b"Q"), "fz_type": hand_kbc(b"y\0"), "fz_version": good[:4] + b"\1"
           + good[5:], "fz_ops": good[:5] + b"\0" + good[6:], "fz_cut": good[:-1],
           "fz_more": good + b"\0"}
    why = {"fz_tag": "unknown constant tag 'Q'", "fz_type": "unknown type constant m",
           "fz_version": "not a version 2 .kbc file", "fz_ops": "another opcode table",
           "fz_cut": "truncated", "fz_more": "trailing bytes"}
    for name, data in [("fz_good", good)] + sorted(bad.items()):
        (Path(c.dir) / (name + ".kbc")).write_bytes(data)
        c.write(name + ".py", "")
        r = gen_frozen(c, name)
        expect(r.status == (1 if name in bad else 0) and why.get(name, "") in r.err, (name, r))


@check("frozen in flash: two-byte names can make the jumps wide", "kinglet")
def _(c):
    sys.path.insert(0, str(REPO / "vm"))
    try:
        import gen_frozen
    finally:
        sys.path.pop(0)
    ops = gen_frozen.read_opcodes(REPO / "vm" / "opcodes.def")
    code = {name: i for i, (name, kind) in enumerate(ops)}
    fz = gen_frozen.Freezer(ops)
    fz.names = [b"attr"]
    # 30,000 LOAD_ATTRs of name 0 (60,000 bytes), then a jump back to the start: 90,000 bytes
    # with two-byte names, too far for a two-byte jump.
    bc = bytes([code["LOAD_ATTR"], 0]) * 30000 + bytes([code["JUMP"], 0, 0])
    items, n, lines, exc, wide = fz.relayout(bc, False, bytes([0, 2]), [[0, 2, 60000, 1]])
    expect(wide and n == 90005 and items[-5:] == ["%d" % code["JUMP"], "0", "0", "0", "0"], n)
    expect(exc == [[0, 3, 90000, 1]] and lines == [0, 2], (exc, lines))


@check("gen_qstr: one entry a text, other names alias it", "kinglet")
def _(c):
    c.write("q1.def", 'Q(FZ_append, "append")\nQ(FZx_3c6d3e, "<m>")\nQ(_lt_m_gt_, "<m>")\n')
    c.write("q.c", "KL_QSTR_append KL_QSTR_zeta\n")
    r = run([sys.executable, str(REPO / "vm" / "gen_qstr.py"), "q.h", "q1.def", "--", "q.c"],
            c.dir)
    text = (Path(c.dir) / "q.h").read_text()
    expect(r.status == 0 and text.count("QDEF(") == 4, (r, text))  # NULL, <m>, append, zeta
    expect("#ifdef QALIAS\nQALIAS(KL_QSTR_FZ_append, KL_QSTR_append)\n"
           "QALIAS(KL_QSTR_FZx_3c6d3e, KL_QSTR__lt_m_gt_)\n#endif\n" in text, text)
    c.write("q2.def", 'Q(_lt_m_gt_, "<n>")\n')
    r = run([sys.executable, str(REPO / "vm" / "gen_qstr.py"), "q.h", "q1.def", "q2.def", "--",
             "q.c"], c.dir)
    expect(r.status == 1 and "_lt_m_gt_ names two texts" in r.err, r)


@check("gen_qstr: an --if-used entry only when a source names it", "kinglet")
def _(c):
    c.write("q3.def", 'Q(_lt_m_gt_, "<m>")\nQ(re_dot_Match, "re.Match")\nQ(__main__)\n')
    c.write("q.c", "KL_QSTR__lt_m_gt_ KL_QSTR_zeta\n")
    r = run([sys.executable, str(REPO / "vm" / "gen_qstr.py"), "q.h", "--if-used", "q3.def",
             "--", "q.c"], c.dir)
    text = (Path(c.dir) / "q.h").read_text()
    expect(r.status == 0 and text.count("QDEF(") == 3, (r, text))  # NULL, <m>, zeta
    expect('QDEF(KL_QSTR__lt_m_gt_, 0x' in text and '"<m>")' in text, text)
    expect("re.Match" not in text and "__main__" not in text, text)


@check("gen_qstr: the names of a SAME_TEXT line share one entry", "kinglet")
def _(c):
    # vm/qstr.c's SAME_TEXT lines as the preprocessor writes them: the names a source uses become
    # QALIASes of the first name's entry; a name no source uses gets nothing.
    c.write("q.i", "KL_QSTR_list_iterator KL_QSTR_tuple_iterator KL_QSTR_zeta\n"
            '_Static_assert(1, "kl_qstr_same_text: " "iterator, list_iterator, tuple_iterator, '
            'range_iterator");\n')
    r = run([sys.executable, str(REPO / "vm" / "gen_qstr.py"), "q.h", "--", "q.i"], c.dir)
    text = (Path(c.dir) / "q.h").read_text()
    expect(r.status == 0 and text.count("QDEF(") == 3, (r, text))  # NULL, iterator, zeta
    expect('QDEF(KL_QSTR_iterator, 0x' in text and "range_iterator" not in text, text)
    expect("QALIAS(KL_QSTR_list_iterator, KL_QSTR_iterator)\n"
           "QALIAS(KL_QSTR_tuple_iterator, KL_QSTR_iterator)\n" in text, text)
    # The plain source, as the unix build scans it: the macro makes the marker, so no line is
    # found and every name keeps its own entry.
    c.write("q.c", "KL_QSTR_list_iterator KL_QSTR_tuple_iterator\n"
            '#define SAME_TEXT(...) _Static_assert(1, "kl_qstr_same_text: " #__VA_ARGS__);\n'
            "SAME_TEXT(iterator, list_iterator, tuple_iterator)\n")
    r = run([sys.executable, str(REPO / "vm" / "gen_qstr.py"), "q.h", "--", "q.c"], c.dir)
    text = (Path(c.dir) / "q.h").read_text()
    expect(r.status == 0 and text.count("QDEF(") == 3 and "QALIAS" not in text, (r, text))


def run_on_pty(argv, cwd, columns, lines):
    # Run argv with stdout on a pseudo-terminal of the given size; return (status, output).
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
    p = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=slave,
                         stderr=subprocess.PIPE, env=ENV)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # EIO: the child closed its side
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    p.wait(timeout=TIMEOUT)
    p.stderr.close()
    return p.returncode, out.decode("utf-8", "replace").replace("\r\n", "\n")


@check("os.get_terminal_size and isatty on a terminal and a pipe")
def _(c):
    prog = ("import os, shutil, sys\n"
            "print(os.isatty(1), os.get_terminal_size(), os.get_terminal_size().columns)\n"
            "print(shutil.get_terminal_size())\n"
            "print(os.isatty(2))\n"
            "try:\n    os.get_terminal_size(2)\nexcept OSError as e:\n    print(e.errno)\n")
    got = run_on_pty([c.binary, "-c", prog], c.dir, 93, 17)
    want = run_on_pty([c.python, "-c", prog], c.dir, 93, 17)
    expect(got == want and "columns=93, lines=17" in got[1], "got %r, python3 %r" % (got, want))
    r = c.run(["-c", "import shutil; print(shutil.get_terminal_size((70, 9)))"],
              env={"COLUMNS": "", "LINES": ""})
    ref = c.ref(["-c", "import shutil; print(shutil.get_terminal_size((70, 9)))"],
                env={"COLUMNS": "", "LINES": ""})
    expect(r.status == 0 and r.out == ref.out == "os.terminal_size(columns=70, lines=9)\n",
           (r, ref))
    r = c.run(["-c", "import shutil; print(shutil.get_terminal_size())"],
              env={"COLUMNS": "50", "LINES": "x"})
    ref = c.ref(["-c", "import shutil; print(shutil.get_terminal_size())"],
                env={"COLUMNS": "50", "LINES": "x"})
    expect(r.status == 0 and r.out == ref.out, (r, ref))


@check("-m runs a module, a package's __main__ and a dotted module as __main__")
def _(c):
    os.makedirs(os.path.join(c.dir, "mpkg"), exist_ok=True)
    os.makedirs(os.path.join(c.dir, "mbare"), exist_ok=True)
    c.write("mhello.py", "import sys\nprint(__name__, sys.argv[1:], sys.argv[0].endswith('mhello.py'))\n"
            "print(__file__.endswith('mhello.py'), sys.path[0] == __import__('os').getcwd())\n")
    c.write("mpkg/__init__.py", "print('init', __name__)\n")
    c.write("mpkg/__main__.py", "from . import sub\nprint('main', __name__, __package__, sub.X)\n")
    c.write("mpkg/sub.py", "X = 5\n")
    c.write("mpkg/mod.py", "from .sub import X\nprint('mod', __name__, __package__, X)\n"
            "raise SystemExit(3)\n")
    c.write("mbare/__init__.py", "")

    def plain(text):
        # The program's name leads CPython's messages: compare what follows it.
        return re.sub(r"^\S+: ", "", text, flags=re.M)

    for args in (["-m", "mhello", "a", "-b"], ["-m", "mpkg", "x"], ["-m", "mpkg.mod"],
                 ["-m", "mbare"], ["-m", "nosuchmodule"], ["-mmhello"], ["-q", "-m", "mhello"]):
        r = c.run(args)
        ref = c.ref(args)
        expect(r.status == ref.status and r.out == ref.out and plain(r.err) == plain(ref.err),
               "%s: got %r, python3 %r" % (args, r, ref))
    r = c.run(["-m"])
    expect(r.status == 2 and "-m" in r.err, r)


@check("-m unittest discovers and runs tests, or runs the named ones")
def _(c):
    os.makedirs(os.path.join(c.dir, "utpkg"), exist_ok=True)
    c.write("test_ualpha.py", "import unittest\n\n\nclass A(unittest.TestCase):\n"
            "    def test_ok(self):\n        self.assertEqual(1, 1)\n\n"
            "    def test_bad(self):\n        self.assertEqual(1, 2)\n")
    c.write("test_ubeta.py", "import unittest\n\n\nclass B(unittest.TestCase):\n"
            "    def test_b(self):\n        pass\n")
    c.write("utpkg/__init__.py", "")
    c.write("utpkg/test_ugamma.py", "import unittest\n\n\nclass G(unittest.TestCase):\n"
            "    def test_g(self):\n        pass\n")

    def plain(text):
        # Timings vary, and kinglet's tracebacks have no ^^^ markers.
        text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests", text)
        return re.sub(r"^ *[~^]+\n", "", text, flags=re.M)

    for args in (["-m", "unittest"], ["-m", "unittest", "test_ubeta", "-v"],
                 ["-m", "unittest", "discover", "-p", "test_u[bg]*.py"],
                 ["-m", "unittest", "test_ualpha.A.test_ok"],
                 ["-m", "unittest", "utpkg/test_ugamma.py"]):
        r = c.run(args)
        ref = c.ref(args)
        expect(r.status == ref.status and plain(r.out + r.err) == plain(ref.out + ref.err),
               "%s: got %r, python3 %r" % (args, r, ref))


@check("-m runs a frozen library module (timeit)", "kinglet")
def _(c):
    r = c.run(["-m", "timeit", "-n", "5", "-r", "2", "x = 1"])
    expect(r.status == 0 and re.match(r"5 loops, best of 2: [0-9.]+ [nmu]?sec per loop\n$", r.out),
           r)
    r = c.run(["-m", "timeit", "-n", "1", "1 / 0"])
    expect(r.status == 1 and "ZeroDivisionError" in r.err, r)


# ==== driver ====


class Context:
    def __init__(self, binary, python, workdir, python_mode):
        self.binary = binary
        self.python = python
        self.dir = workdir
        self.python_mode = python_mode

    def write(self, name, text):
        (Path(self.dir) / name).write_text(text)

    def run(self, args, stdin=None, env=None):
        return run([self.binary] + args, self.dir, stdin, env)

    def ref(self, args, stdin=None, env=None):
        return run([self.python] + args, self.dir, stdin, env)


def resolve(name):
    if os.sep in name:
        p = Path(name).resolve()
        return str(p) if p.is_file() and os.access(p, os.X_OK) else None
    return shutil.which(name)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--kinglet", default=str(DEFAULT_KINGLET), help="executable to check")
    ap.add_argument("--python", action="store_true", help="check python3 itself (self test)")
    ap.add_argument("--reference", default="python3", help="CPython to compare with")
    args = ap.parse_args()
    python = resolve(args.reference)
    if python is None:
        print("run_cmdline: reference python not found: %s" % args.reference, file=sys.stderr)
        return 2
    binary = python if args.python else resolve(args.kinglet)
    if binary is None:
        print("run_cmdline: executable not found: %s" % args.kinglet, file=sys.stderr)
        return 2
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        ctx = Context(binary, python, tmp, args.python)
        for name, applies, fn in CHECKS:
            if args.python and applies != "both":
                continue
            try:
                fn(ctx)
                print("ok %s" % name)
                passed += 1
            except AssertionError as e:
                print("FAIL %s: %s" % (name, e))
                failed += 1
            except Exception as e:  # An error in the check itself is a failure too.
                print("FAIL %s: %s: %s" % (name, type(e).__name__, e))
                failed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
