# lib/tempfile.py: the tempfile module, frozen into kinglet (see vm/frozen.c).
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""Temporary files and directories with unpredictable names, removed when they are closed.

Names are made from os.urandom; files are created with O_EXCL, so an existing name is never
reused. Needs a port with an os module (unix/mod_os.c)."""

import os

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'TemporaryDirectory', 'mkstemp', 'mkdtemp',
           'mktemp', 'gettempdir', 'gettempprefix', 'gettempdirb', 'TMP_MAX', 'template']

TMP_MAX = 10000
template = 'tmp'
tempdir = None


def gettempprefix():
    return template


def gettempdir():
    global tempdir
    if tempdir is None:
        for name in ('TMPDIR', 'TEMP', 'TMP'):
            d = os.environ.get(name)
            if d and os.path.isdir(d):
                tempdir = d
                break
        else:
            tempdir = '/tmp' if os.path.isdir('/tmp') else os.getcwd()
    return tempdir


def gettempdirb():
    return gettempdir().encode()


_LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'


def _random_name():
    return ''.join(_LETTERS[b % len(_LETTERS)] for b in os.urandom(8))


def _names(dir, prefix, suffix):
    if dir is None:
        dir = gettempdir()
    if prefix is None:
        prefix = template
    if suffix is None:
        suffix = ''
    for _ in range(TMP_MAX):
        yield os.path.join(dir, prefix + _random_name() + suffix)
    raise FileExistsError('No usable temporary file name found')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    for name in _names(dir, prefix, suffix):
        try:
            fd = os.open(name, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        return fd, os.path.abspath(name)


def mkdtemp(suffix=None, prefix=None, dir=None):
    for name in _names(dir, prefix, suffix):
        try:
            os.mkdir(name, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(name)


def mktemp(suffix='', prefix=template, dir=None):
    for name in _names(dir, prefix, suffix):
        if not os.path.exists(name):
            return name


class _TemporaryFileWrapper:
    """A file object with a name that is removed when it is closed (if [delete])."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._removed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, *exc):
        self.close()
        return None

    def __iter__(self):
        return iter(self.file)

    def close(self):
        try:
            self.file.close()
        finally:
            if self.delete and not self._removed:
                self._removed = True
                try:
                    os.unlink(self.name)
                except FileNotFoundError:
                    pass


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        f = open(fd, mode, buffering, encoding, errors, newline)
    except BaseException:
        os.close(fd)
        os.unlink(name)
        raise
    return _TemporaryFileWrapper(f, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        f = open(fd, mode, buffering, encoding, errors, newline)
    finally:
        os.unlink(name)
    return f


def SpooledTemporaryFile(max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                         suffix=None, prefix=None, dir=None, *, errors=None):
    return TemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, errors=errors)


class TemporaryDirectory:
    """A directory made by mkdtemp(), removed with everything in it by cleanup() or at the end
    of a with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, *exc):
        self.cleanup()

    def cleanup(self):
        if not self._done:
            self._done = True
            import shutil
            shutil.rmtree(self.name, ignore_errors=self._ignore)
