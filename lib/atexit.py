# lib/atexit.py: functions to call when the interpreter exits.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
#
# register() keeps (function, args, kwargs) in a list; the port calls kl_run_atexit (vm/kinglet.c)
# when the program and the REPL are done, which calls _run_exitfuncs: the functions run last
# registered first, each exception one of them raises (SystemExit included) is reported to
# sys.stderr as "Exception ignored in atexit callback: FUNC" with its traceback, and the rest
# still run. Only the unix port calls it so far; a board soft-resets instead of exiting.

import sys

__all__ = ["register", "unregister"]

_callbacks = []


def register(func, *args, **kwargs):
    """Call func(*args, **kwargs) at exit; returns func, so it also works as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Forget every registration of func (compared with ==)."""
    _callbacks[:] = [c for c in _callbacks if not c[0] == func]


def _ncallbacks():
    return len(_callbacks)


def _clear():
    del _callbacks[:]


def _run_exitfuncs():
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as e:
            try:
                sys.stdout.flush()
            except Exception:
                pass
            print("Exception ignored in atexit callback: %r" % (func,), file=sys.stderr)
            # Without this function's own frame, which CPython's C version does not have.
            tb = e.__traceback__
            if tb is not None:
                e = e.with_traceback(tb.tb_next)
            sys.excepthook(type(e), e, e.__traceback__)
