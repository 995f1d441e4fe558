# lib/posixpath.py: os.path for '/'-separated paths, frozen into kinglet (see vm/frozen.c).
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""Path name operations for POSIX paths; the os module (a port module) exposes it as os.path.

The pure string operations work on str and bytes alike; the ones that ask the file system
(exists, isdir, getsize...) go through os.stat, so they need a port with an os module."""

import os

__all__ = ['abspath', 'basename', 'commonpath', 'commonprefix', 'curdir', 'dirname', 'exists',
           'expanduser', 'expandvars', 'getatime', 'getctime', 'getmtime', 'getsize', 'isabs',
           'isdir', 'isfile', 'islink', 'join', 'lexists', 'normcase', 'normpath', 'pardir',
           'pathsep', 'realpath', 'relpath', 'samefile', 'sep', 'split', 'splitdrive',
           'splitext', 'extsep', 'altsep', 'devnull']

sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
devnull = '/dev/null'
supports_unicode_filenames = False


def _sep_of(p):
    return b'/' if isinstance(p, bytes) else '/'


def _check(fn, *parts):
    kind = None
    for p in parts:
        if isinstance(p, str):
            k = str
        elif isinstance(p, bytes):
            k = bytes
        else:
            raise TypeError('%s() argument must be str, bytes, or os.PathLike object, not %r'
                            % (fn, type(p).__name__))
        if kind is not None and kind is not k:
            raise TypeError("Can't mix strings and bytes in path components")
        kind = k


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_sep_of(s))


def join(a, *p):
    a = os.fspath(a)
    p = [os.fspath(x) for x in p]
    _check('join', a, *p)
    s = _sep_of(a)
    result = a
    for part in p:
        if part.startswith(s):
            result = part
        elif not result or result.endswith(s):
            result = result + part
        else:
            result = result + s + part
    return result


def split(p):
    p = os.fspath(p)
    s = _sep_of(p)
    i = p.rfind(s) + 1
    head, tail = p[:i], p[i:]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    if isinstance(p, bytes):
        s, dot = b'/', b'.'
    else:
        s, dot = '/', '.'
    base_start = p.rfind(s) + 1
    i = p.rfind(dot)
    if i <= base_start:
        return p, p[:0]
    # A name made only of leading dots ('.profile' or '..') has no extension.
    j = base_start
    while j < i and p[j:j + 1] == dot:
        j += 1
    if j == i:
        return p, p[:0]
    return p[:i], p[i:]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def commonprefix(m):
    if not m:
        return ''
    m = [os.fspath(x) for x in m]
    lo, hi = min(m), max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def commonpath(paths):
    paths = [os.fspath(p) for p in paths]
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    _check('commonpath', *paths)
    s = _sep_of(paths[0])
    absolute = {p.startswith(s) for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    dot = b'.' if isinstance(s, bytes) else '.'
    split_paths = [[c for c in p.split(s) if c and c != dot] for p in paths]
    common = split_paths[0]
    for parts in split_paths[1:]:
        n = 0
        while n < len(common) and n < len(parts) and common[n] == parts[n]:
            n += 1
        common = common[:n]
    prefix = s if absolute.pop() else s[:0]
    return prefix + s.join(common)


def normpath(path):
    path = os.fspath(path)
    if isinstance(path, bytes):
        s, dot, dotdot, empty = b'/', b'.', b'..', b''
    else:
        s, dot, dotdot, empty = '/', '.', '..', ''
    if path == empty:
        return dot
    # POSIX keeps exactly two leading slashes; one, or three and more, become one.
    lead = 0
    if path.startswith(s):
        lead = 2 if path.startswith(s * 2) and not path.startswith(s * 3) else 1
    parts = []
    for c in path.split(s):
        if c == empty or c == dot:
            continue
        if c == dotdot and (parts and parts[-1] != dotdot):
            parts.pop()
        elif c == dotdot and lead:
            continue
        else:
            parts.append(c)
    result = s * lead + s.join(parts)
    return result or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def realpath(path, *, strict=False):
    path = os.fspath(path)
    if isinstance(path, bytes):
        return realpath(path.decode('utf-8', 'surrogateescape')).encode('utf-8', 'surrogateescape')
    todo = abspath(path).split('/')[::-1]
    resolved = '/'
    links = 0
    while todo:
        name = todo.pop()
        if not name or name == '.':
            continue
        if name == '..':
            resolved = dirname(resolved)
            continue
        candidate = join(resolved, name)
        if not islink(candidate):
            if strict and not lexists(candidate):
                os.stat(candidate)
            resolved = candidate
            continue
        links += 1
        if links > 40:
            if strict:
                raise OSError(40, 'Too many levels of symbolic links', candidate)
            return join(candidate, *todo[::-1])
        target = os.readlink(candidate)
        if target.startswith('/'):
            resolved = '/'
        todo.extend(target.split('/')[::-1])
    return resolved


def relpath(path, start=None):
    path = os.fspath(path)
    if not path:
        raise ValueError('no path specified')
    if isinstance(path, bytes):
        s, dot, dotdot = b'/', b'.', b'..'
    else:
        s, dot, dotdot = '/', '.', '..'
    if start is None:
        start = dot
    start = os.fspath(start)
    a = [x for x in abspath(start).split(s) if x]
    b = [x for x in abspath(path).split(s) if x]
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    parts = [dotdot] * (len(a) - n) + b[n:]
    return s.join(parts) if parts else dot


def expanduser(path):
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    s = _sep_of(path)
    i = path.find(s, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path  # ~user needs the password database
    home = os.environ.get('HOME')
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(s) or s
    return home + path[i:]


def expandvars(path):
    path = os.fspath(path)
    if isinstance(path, bytes):
        return path
    if '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if path.startswith('${', i):
            j = path.find('}', i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_'):
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:end])
        i = end
    return ''.join(out)


def _mode(path, follow=True):
    try:
        return os.stat(path, follow_symlinks=follow).st_mode
    except (OSError, ValueError):
        return None


def exists(path):
    return _mode(path) is not None


def lexists(path):
    return _mode(path, False) is not None


def isdir(s):
    m = _mode(s)
    return m is not None and (m & 0o170000) == 0o040000


def isfile(path):
    m = _mode(path)
    return m is not None and (m & 0o170000) == 0o100000


def islink(path):
    m = _mode(path, False)
    return m is not None and (m & 0o170000) == 0o120000


def ismount(path):
    return abspath(path) == '/'


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samefile(f1, f2):
    s1 = os.stat(f1)
    s2 = os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev
