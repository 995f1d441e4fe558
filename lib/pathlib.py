# lib/pathlib.py: the pathlib module, frozen into kinglet (see vm/frozen.c).
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""Object-oriented POSIX paths: PurePath for the string operations, Path for the file system.

A path is kept as its normalised text (no '.' parts, no repeated or trailing slashes; a
leading '//' kept, as POSIX allows) and split into parts on demand. Only POSIX flavours
exist: PurePath() is a PurePosixPath and Path() a PosixPath."""

import fnmatch
import os
import posixpath

__all__ = ['PurePath', 'PurePosixPath', 'Path', 'PosixPath']


def _normalise(parts):
    root = ''
    names = []
    for p in parts:
        if isinstance(p, PurePath):
            p = str(p)
        elif not isinstance(p, str):
            p = os.fspath(p)
            if not isinstance(p, str):
                raise TypeError('argument should be a str or an os.PathLike object where '
                                "__fspath__ returns a str, not %r" % type(p).__name__)
        if p.startswith('/'):
            root = '//' if p.startswith('//') and not p.startswith('///') else '/'
            names = []
        names.extend(x for x in p.split('/') if x and x != '.')
    return root, names


class PurePath(os.PathLike):
    __slots__ = ('_root', '_names', '_str')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._root, self._names = _normalise(args)
        self._str = None
        return self

    @classmethod
    def _from(cls, root, names):
        self = object.__new__(cls)
        self._root = root
        self._names = names
        self._str = None
        return self

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._names)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, self.as_posix())

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self)) if hasattr(os, 'fsencode') else str(self).encode()

    def _key(self):
        return (self._root, self._names)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(str(self))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() >= other._key()

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return type(self)(self, *args)

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._names)

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        return self._names[-1] if self._names else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        suffix = self.suffix
        return name[:len(name) - len(suffix)] if suffix else name

    @property
    def parent(self):
        if not self._names:
            return self
        return self._from(self._root, self._names[:-1])

    @property
    def parents(self):
        out = []
        p = self
        while p._names:
            p = p.parent
            out.append(p)
        return tuple(out)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self._from(self._root, self._names[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if suffix and (not suffix.startswith('.') or suffix == '.' or '/' in suffix):
            raise ValueError('Invalid suffix %r' % (suffix,))
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        return self.with_name(self.stem + suffix)

    def relative_to(self, *other):
        base = type(self)(*other)
        n = len(base._names)
        if base._root != self._root or self._names[:n] != base._names:
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative and the '
                             'other is absolute.'.format(str(self), str(base)))
        return self._from('', self._names[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, pattern):
        pat = PurePosixPath(pattern)
        if not pat._names and not pat._root:
            raise ValueError('empty pattern')
        if pat._root:
            if pat._root != self._root or len(pat._names) != len(self._names):
                return False
        elif len(pat._names) > len(self._names):
            return False
        for name, p in zip(reversed(self._names), reversed(pat._names)):
            if not fnmatch.fnmatchcase(name, p):
                return False
        return True


class PurePosixPath(PurePath):
    __slots__ = ()


class Path(PurePath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return PurePath.__new__(cls, *args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(posixpath.expanduser('~'))

    def absolute(self):
        if self._root:
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        return type(self)(posixpath.realpath(str(self), strict=strict))

    def readlink(self):
        return type(self)(os.readlink(str(self)))

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(os.fspath(target), str(self))

    def hardlink_to(self, target):
        os.link(os.fspath(target), str(self))

    def expanduser(self):
        return type(self)(posixpath.expanduser(str(self)))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def exists(self):
        return posixpath.exists(str(self))

    def is_dir(self):
        return posixpath.isdir(str(self))

    def is_file(self):
        return posixpath.isfile(str(self))

    def is_symlink(self):
        return posixpath.islink(str(self))

    def is_mount(self):
        return posixpath.ismount(str(self))

    def samefile(self, other):
        return posixpath.samefile(str(self), os.fspath(other))

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        import builtins
        return builtins.open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open('wb') as f:
            return f.write(view)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        fd = os.open(str(self), os.O_WRONLY | os.O_CREAT | (0 if exist_ok else os.O_EXCL), mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(mode, True, True)
            self.mkdir(mode, False, exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(str(self), os.fspath(target))
        return type(self)(target)

    def replace(self, target):
        os.replace(str(self), os.fspath(target))
        return type(self)(target)

    def chmod(self, mode):
        os.chmod(str(self), mode)

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._from(self._root, self._names + [name])

    def glob(self, pattern):
        import glob as _glob
        base = str(self)
        for p in _glob.iglob(pattern, root_dir=base, recursive=True):
            yield self._from(self._root, self._names + [x for x in p.split('/') if x])

    def rglob(self, pattern):
        return self.glob('**/' + pattern)


class PosixPath(Path, PurePosixPath):
    __slots__ = ()
