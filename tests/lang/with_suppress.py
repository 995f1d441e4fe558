class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is None:
            print('clean exit')
            return False
        print('exit sees', et.__name__, ev.args, tb is not None)
        self.caught = ev
        return issubclass(et, self.types)

with Suppress(ValueError) as s:
    raise ValueError('quiet')
print('continued', type(s.caught).__name__)

try:
    with Suppress(KeyError):
        raise TypeError('loud')
except TypeError as e:
    print('escaped', e)

with Suppress(Exception):
    pass

def f():
    with Suppress(ZeroDivisionError):
        1 / 0
        return 'not reached'
    return 'after with'
print(f())

class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 'yes'
with Truthy():
    raise RuntimeError
print('truthy suppress')

class Falsy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 0
try:
    with Falsy():
        raise RuntimeError('r')
except RuntimeError as e:
    print('falsy did not suppress', e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise KeyError('from exit')
try:
    with ExitRaises():
        raise ValueError('orig')
except KeyError as e:
    print(type(e).__name__, type(e.__context__).__name__)

class EnterRaises:
    def __enter__(self):
        raise IndexError('enter')
    def __exit__(self, *a):
        print('exit should not run')
try:
    with EnterRaises():
        print('body should not run')
except IndexError as e:
    print('enter failed', e)

for i in range(3):
    with Suppress(ValueError):
        if i == 1:
            raise ValueError(i)
        print('iteration', i)
