#!/usr/bin/env python3
# tests/repl/run_repl.py: drives the interactive REPL through a pseudo-terminal.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
#
# The REPL is only interactive on a terminal, so the executable runs on the slave side of a pty
# (it is the session leader and the pty is its controlling terminal, so Ctrl-C typed as \x03
# reaches it as the terminal would deliver it). The script types lines ending in \r, as a
# keyboard does, and reads until the next prompt. Every read has a deadline, so a REPL that
# hangs fails a check instead of hanging the run.
#
# Whether the REPL puts the terminal in raw mode and echoes by itself, or leaves the terminal's
# line discipline to echo, the output after a typed line starts with that line's echo; the
# checks remove it and look at what follows.
#
#   python3 tests/repl/run_repl.py [--kinglet PATH]
#   python3 tests/repl/run_repl.py --python     # drive `python3 -i` (self test of this script)

import argparse
import errno
import fcntl
import os
import pty
import re
import select
import shutil
import signal
import struct
import sys
import tempfile
import termios
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
DEFAULT_KINGLET = REPO / "unix" / "build" / "kinglet"
PROMPT = ">>> "
CONT = "... "
TIMEOUT = 10.0
ANSI = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|[@-Z\\-_])")


class ReplError(Exception):
    pass


class Repl:
    # One REPL process on a pty. [buf] holds output read but not yet consumed, with \r\n
    # turned into \n and terminal escape sequences removed.
    def __init__(self, argv, extra_env=None):
        self.buf = ""
        self.raw = b""
        self.status = None
        pid, fd = pty.fork()
        if pid == 0:
            try:
                # A wide terminal, so that no line editor wraps what it echoes.
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 200, 0, 0))
                env = dict(os.environ)
                for k in ("PYTHONSTARTUP", "PYTHONPATH", "PYTHONHOME", "PYTHONINSPECT"):
                    env.pop(k, None)
                env.update({"TERM": "dumb", "PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8"})
                env.update(extra_env or {})
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid = pid
        self.fd = fd
        self.argv0 = argv[0]

    def _read(self, timeout):
        # Reads what is available within [timeout] seconds; returns False at end of output.
        r, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not r:
            return True
        try:
            data = os.read(self.fd, 4096)
        except OSError as e:
            if e.errno == errno.EIO:  # The slave side closed: the process ended.
                return False
            raise
        if not data:
            return False
        self.raw += data
        text = data.decode("utf-8", "replace").replace("\r\n", "\n")
        self.buf += ANSI.sub("", text).replace("\r", "")
        return True

    def expect(self, pattern, timeout=TIMEOUT):
        # Consumes output up to and including [pattern] (a plain string); returns what came
        # before it.
        deadline = time.monotonic() + timeout
        while True:
            i = self.buf.find(pattern)
            if i >= 0:
                before = self.buf[:i]
                self.buf = self.buf[i + len(pattern):]
                return before
            left = deadline - time.monotonic()
            if left <= 0:
                raise ReplError("timed out waiting for %r; got %r" % (pattern, self.buf[-300:]))
            if not self._read(left):
                raise ReplError("REPL ended while waiting for %r; got %r" % (pattern, self.buf[-300:]))

    def send(self, text):
        os.write(self.fd, text.encode())

    def line(self, text, prompt=PROMPT):
        # Types [text] and Enter, waits for [prompt], and returns the output in between with
        # the echo of [text] removed.
        self.send(text + "\r")
        out = self.expect(prompt)
        if out.startswith(text):
            out = out[len(text):]
        elif text and text in out:
            out = out[out.index(text) + len(text):]
        return out.lstrip("\n")

    def wait_exit(self, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(status)
                return self.status
            self._read(0.05)
        raise ReplError("did not exit; got %r" % self.buf[-300:])

    def alive(self):
        if self.status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(status)
        return self.status is None

    def close(self):
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
        try:
            os.close(self.fd)
        except OSError:
            pass


# The history file of every REPL started here: never the user's ~/.kinglet_history.
HISTORY_DIR = tempfile.mkdtemp(prefix="kinglet-repl-")
HISTORY_ENV = {"KINGLET_HISTORY": os.path.join(HISTORY_DIR, "history")}


# ==== the checks ====
# They run in order on one REPL, as a person would type them; a failed check does not stop the
# ones after it unless the REPL is gone.


def expect_eq(got, want):
    if got != want:
        raise ReplError("expected %r, got %r" % (want, got))


def c_banner(r, python_mode):
    banner = r.expect(PROMPT)
    if not banner.strip():
        raise ReplError("no banner before the first prompt")
    if not python_mode and "kinglet" not in banner.lower():
        raise ReplError("banner does not name kinglet: %r" % banner)


def c_expression(r, python_mode):
    expect_eq(r.line("1+2"), "3\n")


def c_assignment(r, python_mode):
    expect_eq(r.line("x = 5"), "")
    expect_eq(r.line("x * 2"), "10\n")


def c_none(r, python_mode):
    expect_eq(r.line("None"), "")
    expect_eq(r.line("'text'"), "'text'\n")


def c_def(r, python_mode):
    expect_eq(r.line("def f():", CONT), "")
    expect_eq(r.line("    y = x + 37", CONT), "")
    expect_eq(r.line("    return y", CONT), "")
    expect_eq(r.line(""), "")
    expect_eq(r.line("f()"), "42\n")


def c_if(r, python_mode):
    expect_eq(r.line("if x > 3:", CONT), "")
    expect_eq(r.line("    print('big')", CONT), "")
    expect_eq(r.line("else:", CONT), "")
    expect_eq(r.line("    print('small')", CONT), "")
    expect_eq(r.line(""), "big\n")


def c_error(r, python_mode):
    out = r.line("1/0")
    lines = out.rstrip("\n").split("\n")
    if lines[0] != "Traceback (most recent call last):":
        raise ReplError("no traceback header: %r" % out)
    expect_eq(lines[-1], "ZeroDivisionError: division by zero")
    expect_eq(r.line("x"), "5\n")


def c_displayhook(r, python_mode):
    expect_eq(r.line("import sys"), "")
    expect_eq(r.line("sys.displayhook = lambda v: print('hook', v)"), "")
    expect_eq(r.line("x * 3"), "hook 15\n")
    expect_eq(r.line("None"), "hook None\n")
    expect_eq(r.line("sys.displayhook = sys.__displayhook__"), "")
    expect_eq(r.line("x - 1"), "4\n")
    expect_eq(r.line("_"), "4\n")


def c_interrupt(r, python_mode):
    expect_eq(r.line("while True: pass", CONT), "")
    r.send("\r")
    time.sleep(0.5)  # let the loop start
    r.send("\x03")
    out = r.expect(PROMPT)
    if "KeyboardInterrupt" not in out:
        raise ReplError("no KeyboardInterrupt: %r" % out)
    expect_eq(r.line("x + 1"), "6\n")


# The checks below are of kinglet's own REPL features; python3 -i passes them trivially.


def c_complete_name(r, python_mode):
    if python_mode:
        return
    r.send("pri\t")
    r.expect("print")
    expect_eq(r.line("('tab')"), "tab\n")


def c_complete_attr(r, python_mode):
    if python_mode:
        return
    expect_eq(r.line("import sys"), "")
    r.send("sys.ar\t")
    r.expect("sys.argv")
    expect_eq(r.line("[0]"), "''\n")


def c_complete_list(r, python_mode):
    if python_mode:
        return
    expect_eq(r.line("abc1 = 1"), "")
    expect_eq(r.line("abc2 = 2"), "")
    # One Tab cannot add to "ab"; the second lists the candidates and draws the line again.
    r.send("ab\t\t")
    listing = r.expect(PROMPT + "ab")
    expect_eq(listing.split(), ["ab", "abc1", "abc2", "abs"])
    expect_eq(r.line("s(-3)"), "3\n")


def c_auto_indent(r, python_mode):
    if python_mode:
        return
    # Only the statements are typed: the indentation comes from the REPL. After a line that
    # kept its auto-indent the next one starts at the same depth; Enter on it ends the block
    # (the echo of that indentation is all the output then).
    expect_eq(r.line("def g():", CONT), "")
    expect_eq(r.line("return 7", CONT), "")
    expect_eq(r.line("").strip(" \n"), "")
    expect_eq(r.line("g()"), "7\n")
    expect_eq(r.line("for i in range(3):", CONT), "")
    expect_eq(r.line("if i:", CONT), "")
    expect_eq(r.line("print('i', i)", CONT), "")
    # Backspace takes back one level at once.
    r.send("\x7f")
    expect_eq(r.line("print('-')", CONT), "")
    expect_eq(r.line("").lstrip(" \n"), "-\ni 1\n-\ni 2\n-\n")


def c_paste_mode(r, python_mode):
    if python_mode:
        return
    r.send("\x05")
    r.expect("paste mode; Ctrl-C to cancel, Ctrl-D to finish\n=== ")
    # Indentation as pasted: none is added, and a value is not echoed (the program runs whole).
    for text in ["def h(n):", "    return n * 2", "for i in range(3):", "    print(h(i))", "x"]:
        r.send(text + "\r")
        r.expect("=== ")
    r.send("\x04")
    out = r.expect(PROMPT)
    expect_eq(out.lstrip("\n"), "0\n2\n4\n")
    # Ctrl-C drops what was pasted.
    r.send("\x05")
    r.expect("=== ")
    r.send("print('dropped')\r")
    r.expect("=== ")
    r.send("\x03")
    out = r.expect(PROMPT)
    if "dropped" in out.replace("print('dropped')", ""):
        raise ReplError("cancelled paste ran: %r" % out)
    expect_eq(r.line("h(21)"), "42\n")
    # Backspace takes back the last character of the line being pasted, a whole UTF-8 one, and
    # nothing of the lines before it.
    r.send("\x05")
    r.expect("=== ")
    r.send("print('ab\x7f\x7fcd\u00e9\x7f')\r")
    r.expect("=== ")
    r.send("\x7f\x04")
    expect_eq(r.expect(PROMPT).lstrip("\n").rsplit("\n", 2)[-2], "cd")


def c_ctrl_b(r, python_mode):
    if python_mode:
        return
    r.send("\x02")
    out = r.expect(PROMPT)
    if "kinglet" not in out:
        raise ReplError("no banner after Ctrl-B: %r" % out)


def c_raw_repl(r, python_mode):
    if python_mode:
        return
    # Ctrl-A on an empty line still enters the raw REPL that tools drive, and Ctrl-B leaves it.
    r.send("\x01")
    r.expect("raw REPL; CTRL-B to exit\n>")
    r.send("print(6 * 7)\x04")
    expect_eq(r.expect(">"), "OK42\n\x04\x04")
    r.send("\x02")
    out = r.expect(PROMPT)
    if "kinglet" not in out:
        raise ReplError("no banner after leaving the raw REPL: %r" % out)
    expect_eq(r.line("6 * 7"), "42\n")


def c_history_file(r, python_mode):
    if python_mode:
        return
    # Two more sessions on one history file: the second recalls the first one's line with Up.
    env = {"KINGLET_HISTORY": os.path.join(HISTORY_DIR, "two-sessions")}
    for session in range(2):
        s = Repl([r.argv0], env)
        try:
            s.expect(PROMPT)
            if session == 0:
                expect_eq(s.line("'from the first session'"), "'from the first session'\n")
            else:
                s.send("\x1b[A\r")
                out = s.expect(PROMPT)
                if "'from the first session'\n'from the first session'" not in out:
                    raise ReplError("Up did not recall the last session's line: %r" % out)
            s.send("\x04")
            expect_eq(s.wait_exit(), 0)
        finally:
            s.close()


def c_ctrl_d(r, python_mode):
    r.send("\x04")
    status = r.wait_exit()
    expect_eq(status, 0)


CHECKS = [
    ("banner and prompt", c_banner),
    ("expression echoes its value", c_expression),
    ("assignment echoes nothing", c_assignment),
    ("None echoes nothing", c_none),
    ("multi-line def", c_def),
    ("if block", c_if),
    ("traceback and continue", c_error),
    ("sys.displayhook replaced", c_displayhook),
    ("Ctrl-C interrupts a loop", c_interrupt),
    ("Tab completes a builtin name", c_complete_name),
    ("Tab completes an attribute", c_complete_attr),
    ("a second Tab lists the candidates", c_complete_list),
    ("auto-indent after ':'", c_auto_indent),
    ("paste mode (Ctrl-E)", c_paste_mode),
    ("Ctrl-B prints the banner", c_ctrl_b),
    ("Ctrl-A enters the raw REPL, Ctrl-B leaves it", c_raw_repl),
    ("history is kept across sessions", c_history_file),
    ("Ctrl-D exits with status 0", c_ctrl_d),
]


def resolve(name):
    if os.sep in name:
        p = Path(name).resolve()
        return str(p) if p.is_file() and os.access(p, os.X_OK) else None
    return shutil.which(name)


def main():
    ap = argparse.ArgumentParser(description="Drive the kinglet REPL through a pty.")
    ap.add_argument("--kinglet", default=str(DEFAULT_KINGLET), help="executable to check")
    ap.add_argument("--python", action="store_true", help="drive python3 -i instead (self test)")
    args = ap.parse_args()
    if args.python:
        exe = resolve("python3")
        argv = [exe, "-i"] if exe else None
    else:
        exe = resolve(args.kinglet)
        argv = [exe] if exe else None
    if argv is None:
        print("run_repl: executable not found: %s" % args.kinglet, file=sys.stderr)
        return 2
    passed = failed = 0
    r = Repl(argv, HISTORY_ENV)
    try:
        for name, fn in CHECKS:
            try:
                fn(r, args.python)
                print("ok %s" % name)
                passed += 1
            except (ReplError, OSError) as e:
                print("FAIL %s: %s" % (name, e))
                failed += 1
                # Resynchronise on a fresh prompt, or give up if the REPL is gone.
                try:
                    if fn is c_ctrl_d or not r.alive():
                        break
                    r.send("\x03\r")
                    r.expect(PROMPT, 3)
                    r.buf = ""
                except (ReplError, OSError):
                    if not r.alive():
                        break
    finally:
        r.close()
        shutil.rmtree(HISTORY_DIR, ignore_errors=True)
    skipped = len(CHECKS) - passed - failed
    failed += skipped  # checks that never ran because the REPL died count as failures
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
