# Classes derived from the exception groups: slots, extra attributes and odd constructions.
class Tagged(ExceptionGroup):
    __slots__ = ('tag', 'level')

    def __new__(cls, message, excs, tag=None):
        self = super().__new__(cls, message, excs)
        self.tag = tag
        self.level = 3
        return self

    def __init__(self, message, excs, tag=None):
        super().__init__(message, excs)

    def derive(self, excs):
        return Tagged(self.message, excs, self.tag)


t = Tagged('tagged', [ValueError(1), TypeError(2), KeyError(3)], tag='T')
print(t.message, t.exceptions, t.tag, t.level, repr(t))
m, r = t.split(ValueError)
print(type(m).__name__, m.tag, m.message, m.exceptions, r.tag, r.exceptions)
try:
    t.other = 1
except AttributeError as e:
    print('AttributeError', e)
print(hasattr(t, '__dict__'))


class Plain(ExceptionGroup):
    __slots__ = ('x',)


p = Plain('p', [OSError('o')])
p.x = [1, 2]
print(p.x, p.message, p.exceptions)
try:
    raise p
except* OSError as g:
    print('caught', type(g).__name__, g.exceptions)

# Which exception classes can be combined: those whose CPython instances carry extra fields
# (groups, OSError, ImportError, SyntaxError, ...) conflict with each other.
pairs = [(OSError, ValueError), (OSError, ImportError), (ExceptionGroup, OSError), (KeyError, IndexError),
 (UnicodeDecodeError, UnicodeEncodeError), (StopIteration, SystemExit), (NameError, AttributeError),
 (FileNotFoundError, PermissionError), (ExceptionGroup, ValueError), (SyntaxError, OSError), (TypeError, StopIteration),
 (BaseExceptionGroup, KeyboardInterrupt), (UnicodeError, ValueError), (ModuleNotFoundError, ImportError), (RecursionError, NameError)]
for a, b in pairs:
    try:
        type('X', (a, b), {})
        print(a.__name__, b.__name__, 'ok')
    except TypeError as e:
        print(a.__name__, b.__name__, e)
