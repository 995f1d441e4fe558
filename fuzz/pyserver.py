# fuzz/pyserver.py: a python3 fork server for fuzz/difftest, so each generated program runs in
# its own python3 process without paying python3's start-up for it.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
#
# Starting python3 costs about 0.1 s on the shared CI machine: more than running a generated
# program. The differential run checks 100,000 separate programs, so difftest starts this server
# once per job under the python3 it compares with. The server finishes start-up, imports the
# modules generated programs use, and then, for each request, forks: the child is a fresh
# interpreter process that runs one program file as `python3 FILE` would (a new __main__ module,
# argv, the file's folder first on sys.path and as the working directory, stdin from /dev/null,
# stdout to a file, stderr discarded, the memory limit, the same recursion limit at module level,
# atexit functions, exit status 1 and a traceback for an uncaught exception, SystemExit's code).
# Nothing a program does reaches the server or the next program.
#
# Protocol, one line each way on stdin and stdout:
#   request  "PROGRAM<TAB>OUTFILE<TAB>TIMEOUT_SECONDS<TAB>MEMORY_LIMIT_BYTES"
#   reply    "exit N" | "signal N" | "timeout"

import atexit
import builtins
import os
import resource
import select
import signal
import sys
import traceback
import types

# What generated programs import (fuzz/gen_python.c); importing in the child would give the
# same modules, only later.
for _name in ("math", "cmath", "itertools", "functools", "collections", "dataclasses",
              "operator", "string", "enum", "abc", "copy", "typing", "heapq", "bisect"):
    try:
        __import__(_name)
    except ImportError:
        pass


def frame_depth():
    depth, f = 0, sys._getframe(1)
    while f is not None:
        depth += 1
        f = f.f_back
    return depth


def exit_status(e):
    # What python3 does with an uncaught SystemExit.
    code = e.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    try:
        print(code, file=sys.stderr)
    except Exception:
        pass
    return 1


def child(path, outfile, memory):
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    folder = os.path.dirname(path)
    null = os.open(os.devnull, os.O_RDWR)
    out = os.open(outfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.dup2(null, 0)
    os.dup2(out, 1)
    os.dup2(null, 2)
    os.close(null)
    os.close(out)
    os.chdir(folder)
    sys.argv = [path]
    sys.path[0] = folder
    main = types.ModuleType("__main__")
    main.__file__ = path
    main.__builtins__ = builtins
    main.__cached__ = None
    sys.modules["__main__"] = main
    status = 0
    try:
        with open(path, "rb") as f:
            code = compile(f.read(), path, "exec")
        # The program's module frame sits deeper here than under `python3 FILE`: by the
        # server's frames, and one for the call of exec, which CPython counts too.
        sys.setrecursionlimit(sys.getrecursionlimit() + frame_depth() + 1)
        exec(code, main.__dict__)
    except SystemExit as e:
        status = exit_status(e)
    except BaseException:
        traceback.print_exc()
        status = 1
    try:
        atexit._run_exitfuncs()
        sys.stdout.flush()
    except BaseException:
        status = 120
    os._exit(status)


def wait(pid, timeout):
    fd = os.pidfd_open(pid)
    try:
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return "timeout"
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        return "signal %d" % os.WTERMSIG(status)
    return "exit %d" % os.WEXITSTATUS(status)


def serve():
    for line in sys.stdin:
        path, outfile, timeout, memory = line.rstrip("\n").split("\t")
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            try:
                child(path, outfile, int(memory))
            finally:
                os._exit(121)
        sys.stdout.write(wait(pid, float(timeout)) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    serve()
