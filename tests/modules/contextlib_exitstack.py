# contextlib.ExitStack: enter_context, callback, push, pop_all, close and exception handling.
from contextlib import ExitStack, contextmanager


@contextmanager
def res(name, log):
    log.append('open ' + name)
    try:
        yield name
    finally:
        log.append('close ' + name)


log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in 'abc']
    print(names)
    stack.callback(log.append, 'callback')
    stack.callback(print, 'callback with', 'args', sep='-')
print(log)

# pop_all moves the callbacks out
log = []
with ExitStack() as stack:
    stack.enter_context(res('kept', log))
    saved = stack.pop_all()
print(log)
saved.close()
print(log)


# push with a suppressing __exit__-like callable
def suppress_value_error(exc_type, exc, tb):
    print('push saw', exc_type.__name__ if exc_type else None)
    return exc_type is ValueError


with ExitStack() as stack:
    stack.push(suppress_value_error)
    raise ValueError('swallowed')
print('after swallow')


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return False


with ExitStack() as stack:
    stack.push(CM('pushed'))
    stack.enter_context(CM('entered'))
    print('body')

# callbacks run in reverse order even when one raises; the last exception propagates with
# the earlier one as its context
def raiser(msg):
    def cb():
        raise RuntimeError(msg)
    return cb


try:
    with ExitStack() as stack:
        stack.callback(raiser('first registered'))
        stack.callback(raiser('second registered'))
        stack.callback(print, 'runs first')
except RuntimeError as e:
    print('RuntimeError', e, '| context:', e.__context__)

try:
    with ExitStack() as stack:
        stack.callback(print, 'cleanup ran')
        raise KeyError('body')
except KeyError as e:
    print('KeyError', e)

try:
    with ExitStack() as stack:
        stack.callback(raiser('from callback'))
        raise KeyError('body')
except RuntimeError as e:
    print('RuntimeError', e, '| context:', repr(e.__context__))

# close() and reuse
stack = ExitStack()
stack.callback(print, 'closed explicitly')
stack.close()
stack.close()
print('closed twice')

# enter_context on a non context manager
try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print('TypeError', e)

# the decorator forms return their argument
with ExitStack() as stack:
    @stack.callback
    def at_exit():
        print('decorated callback')
    print(at_exit.__name__)

# a variable number of files, the classic use
opened = []


class File:
    def __init__(self, name):
        self.name = name
        opened.append(name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        opened.remove(self.name)


with ExitStack() as stack:
    files = [stack.enter_context(File(n)) for n in ['x.txt', 'y.txt']]
    print([f.name for f in files], opened)
print(opened)
