# lib/linecache.py: lines of source files, read once and kept, for traceback and friends.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
#
# CPython's module of the same name, reduced to what a board or the unix port can do: a file is
# read whole the first time one of its lines is asked for (UTF-8, undecodable bytes replaced)
# and kept until clearcache(), or until checkcache() finds its size or modification time
# changed (where the port has os.stat; without it checkcache() forgets every file). An entry is
# (size, mtime, lines, fullname), as in CPython. Names that are not files (<stdin>, <string>,
# <frozen x>) have no lines: frozen modules keep no source on a board.

try:
    import os
except ImportError:
    os = None

__all__ = ["getline", "clearcache", "checkcache", "getlines", "lazycache"]

cache = {}


def _stat(filename):
    # (size, mtime) of [filename], or None.
    if os is None:
        return None
    try:
        st = os.stat(filename)
    except (OSError, ValueError, TypeError):
        return None
    return st.st_size, st.st_mtime


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    if filename in cache:
        return cache[filename][2]
    return updatecache(filename, module_globals)


def checkcache(filename=None):
    names = list(cache) if filename is None else [filename] if filename in cache else []
    for name in names:
        size, mtime, _lines, _fullname = cache[name]
        now = _stat(name)
        if now is None or now != (size, mtime):
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    try:
        with open(filename, "rb") as f:
            data = f.read()
    except (OSError, ValueError, TypeError):
        return []
    # Universal newlines, as a text-mode file's readlines() gives them.
    text = data.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
    lines = [line + "\n" for line in text.split("\n")]
    if text.endswith("\n") or not text:
        lines.pop()
    size, mtime = _stat(filename) or (None, None)
    cache[filename] = (size, mtime, lines, filename)
    return lines


def lazycache(filename, module_globals):
    return False
