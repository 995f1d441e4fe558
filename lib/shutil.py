# lib/shutil.py: the shutil module, frozen into kinglet (see vm/frozen.c).
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""Operations on whole files and directory trees: copy, move, remove, find programs.

Written over the os module of the port (unix/mod_os.c); file metadata other than the
permission bits (owners, times, extended attributes) is not copied."""

import os
import stat
import sys

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copy', 'copy2', 'copytree', 'rmtree',
           'move', 'which', 'Error', 'SameFileError', 'ignore_patterns',
           'get_terminal_size']

_CHUNK = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    pass


def copyfileobj(fsrc, fdst, length=0):
    size = length if length and length > 0 else _CHUNK
    while True:
        chunk = fsrc.read(size)
        if not chunk:
            break
        fdst.write(chunk)


def _same(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    if _same(src, dst):
        raise SameFileError('{!r} and {!r} are the same file'.format(src, dst))
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    chmod = getattr(os, 'chmod', None)
    if chmod is not None:
        chmod(dst, stat.S_IMODE(os.stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    copymode(src, dst)


def copy(src, dst, *, follow_symlinks=True):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    copymode(src, dst)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    return copy(src, dst)


def ignore_patterns(*patterns):
    def ignore(path, names):
        out = set()
        for n in names:
            for p in patterns:
                if _match(n, p):
                    out.add(n)
        return out
    return ignore


def _match(name, pat):
    # Shell-style * and ? only.
    if not pat:
        return not name
    if pat[0] == '*':
        return any(_match(name[i:], pat[1:]) for i in range(len(name) + 1))
    if name and (pat[0] == '?' or pat[0] == name[0]):
        return _match(name[1:], pat[1:])
    return False


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    names = os.listdir(src)
    ignored = ignore(src, names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    for name in names:
        if name in ignored:
            continue
        s = os.path.join(src, name)
        d = os.path.join(dst, name)
        if os.path.isdir(s):
            copytree(s, d, symlinks, ignore, copy_function, ignore_dangling_symlinks,
                     dirs_exist_ok)
        else:
            copy_function(s, d)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    def handle(fn, p, e):
        if ignore_errors:
            return
        if onerror is None:
            raise e
        onerror(fn, p, (type(e), e, e.__traceback__))

    try:
        if os.path.islink(path):
            raise OSError('Cannot call rmtree on a symbolic link')
        names = os.listdir(path)
    except OSError as e:
        handle(os.listdir, path, e)
        return
    for name in names:
        p = os.path.join(path, name)
        if os.path.isdir(p) and not os.path.islink(p):
            rmtree(p, ignore_errors, onerror)
        else:
            try:
                os.unlink(p)
            except OSError as e:
                handle(os.unlink, p, e)
    try:
        os.rmdir(path)
    except OSError as e:
        handle(os.rmdir, path, e)


def move(src, dst, copy_function=copy2):
    real_dst = dst
    if os.path.isdir(dst):
        real_dst = os.path.join(dst, os.path.basename(src.rstrip('/')))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            copytree(src, real_dst, copy_function=copy_function)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    if os.path.dirname(cmd):
        return cmd if os.access(cmd, mode) and not os.path.isdir(cmd) else None
    if path is None:
        path = os.environ.get('PATH', os.defpath)
    for d in path.split(os.pathsep):
        p = os.path.join(d, cmd)
        if os.access(p, mode) and not os.path.isdir(p):
            return p
    return None


def get_terminal_size(fallback=(80, 24)):
    """The size of the terminal: COLUMNS and LINES from the environment where they are
    positive numbers, else the size of the terminal on stdout, else fallback."""
    def from_env(name):
        try:
            return int(os.environ[name])
        except (KeyError, ValueError):
            return 0
    columns = from_env("COLUMNS")
    lines = from_env("LINES")
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))
