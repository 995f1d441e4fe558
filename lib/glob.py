# lib/glob.py: the glob module, frozen into kinglet (see vm/frozen.c).
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""Path names matching a shell pattern, one directory level at a time with fnmatch.

As in CPython, names starting with a dot match only a pattern that starts with a dot, results
come in directory order, and '**' spans directories when recursive is true."""

import fnmatch
import os

__all__ = ['glob', 'iglob', 'escape', 'has_magic']


def has_magic(s):
    return any(c in s for c in '*?[')


def escape(pathname):
    out = []
    for c in pathname:
        out.append('[' + c + ']' if c in '*?[' else c)
    return ''.join(out)


def _list(dirname, dironly):
    try:
        names = os.listdir(dirname or os.curdir)
    except OSError:
        return []
    if dironly:
        names = [n for n in names if os.path.isdir(os.path.join(dirname, n))]
    return names


def _match_level(dirname, pattern, dironly):
    names = _list(dirname, dironly)
    if not pattern.startswith('.'):
        names = [n for n in names if not n.startswith('.')]
    return [n for n in names if fnmatch.fnmatchcase(n, pattern)]


def _walk(dirname, dironly):
    # Every path below [dirname] (relative to it), depth first, with '' for itself.
    yield ''
    for n in _list(dirname, False):
        if n.startswith('.'):
            continue
        p = os.path.join(dirname, n)
        isdir = os.path.isdir(p) and not os.path.islink(p)
        if isdir or not dironly:
            yield n
        if isdir:
            for sub in _walk(p, dironly):
                if sub:
                    yield os.path.join(n, sub)


def _expand(base, parts, recursive, root):
    # [base]: the path matched so far (relative to [root]); [parts]: the pattern's components.
    if not parts:
        yield base
        return
    part, rest = parts[0], parts[1:]
    dironly = bool(rest)
    full = os.path.join(root, base) if root else base
    if recursive and part == '**':
        for sub in _walk(full or os.curdir, dironly):
            p = os.path.join(base, sub) if sub or not rest else base
            if not p and not rest:
                continue
            yield from _expand(p, rest, recursive, root)
        return
    if not has_magic(part):
        p = os.path.join(base, part)
        fp = os.path.join(root, p) if root else p
        if (os.path.isdir(fp) if rest else os.path.lexists(fp)) or (not part and not rest):
            yield from _expand(p, rest, recursive, root)
        return
    for n in _match_level(full, part, dironly):
        yield from _expand(os.path.join(base, n), rest, recursive, root)


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    pathname = os.fspath(pathname)
    if not pathname:
        return iter(())
    if pathname.startswith('/'):
        base = '/'
        parts = pathname.lstrip('/').split('/')
    else:
        base = ''
        parts = pathname.split('/')
    root = os.fspath(root_dir) if root_dir is not None else None
    return _expand(base, parts, recursive, root)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive))
