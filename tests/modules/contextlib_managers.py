# contextlib: contextmanager, closing, suppress, nullcontext, redirect_stdout/stderr,
# ContextDecorator and AbstractContextManager.
import sys
from contextlib import (contextmanager, closing, suppress, nullcontext, redirect_stdout,
                        redirect_stderr, ContextDecorator, AbstractContextManager)


@contextmanager
def tag(name):
    print('<%s>' % name)
    yield name.upper()
    print('</%s>' % name)


with tag('p') as t:
    print('inside', t)
print(tag.__name__, tag.__doc__)


@contextmanager
def handler():
    try:
        yield
    except ValueError as e:
        print('handled', e)
    finally:
        print('cleanup')


with handler():
    raise ValueError('boom')
print('after handled')
try:
    with handler():
        raise KeyError('k')
except KeyError as e:
    print('propagated', e)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print('RuntimeError', e)


@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError('transformed')


try:
    with transform():
        1 / 0
except ValueError as e:
    print('ValueError', e, type(e.__context__).__name__)


@contextmanager
def ignore_stop():
    yield


try:
    with ignore_stop():
        raise StopIteration('s')
except StopIteration as e:
    print('StopIteration passes', e)


# used as a decorator
@tag('deco')
def work(x):
    print('working', x)
    return x * 2


print(work(21), work(1))


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print('closing', self.name)


with closing(Resource('db')) as r:
    print('using', r.name)
try:
    with closing(Resource('file')):
        raise OSError('fail')
except OSError:
    print('OSError still raised')

with suppress(KeyError, IndexError):
    {}['missing']
print('suppressed')
with suppress(ArithmeticError):
    1 / 0
print('suppressed subclass')
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print('IndexError not suppressed')
with suppress():
    pass

with nullcontext() as n:
    print('null', n)
with nullcontext(42) as n:
    print('null', n)


def process(f=None):
    cm = open_or_null(f)
    with cm as v:
        return v


def open_or_null(f):
    return nullcontext(f) if f is None else closing(f)


print(process())


class Buffer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def getvalue(self):
        return ''.join(self.parts)


buf = Buffer()
with redirect_stdout(buf) as target:
    print('captured line')
    print('second', 2)
print(target is buf, repr(buf.getvalue()))
err = Buffer()
with redirect_stderr(err):
    print('to stderr', file=sys.stderr)
print(repr(err.getvalue()), sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)

outer = Buffer()
inner = Buffer()
with redirect_stdout(outer):
    print('outer 1')
    with redirect_stdout(inner):
        print('inner')
    print('outer 2')
print(repr(outer.getvalue()), repr(inner.getvalue()))


class mycontext(ContextDecorator):
    def __enter__(self):
        print('Starting')
        return self

    def __exit__(self, *exc):
        print('Finishing', exc[0].__name__ if exc[0] else None)
        return False


@mycontext()
def function():
    print('The bit in the middle')


function()
with mycontext():
    print('as a with')


class Managed(AbstractContextManager):
    def __exit__(self, *exc):
        print('exit')


with Managed() as m:
    print(type(m).__name__)


class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


print(isinstance(Duck(), AbstractContextManager), isinstance(1, AbstractContextManager),
      issubclass(Managed, AbstractContextManager))
try:
    AbstractContextManager.__exit__
    class Bad(AbstractContextManager):
        pass
    Bad()
except TypeError as e:
    print('TypeError', e)
