# BaseExceptionGroup / ExceptionGroup: construction, attributes, split, subgroup, derive.

# Construction errors, with CPython's classes and messages.
for args in [(), ('m',), ('m', [], 1), (1, [ValueError()]), ('m', ValueError()), ('m', []),
             ('m', [1]), ('m', [ValueError(), 2]), ('m', (x for x in [ValueError()])),
             ('m', {ValueError()}), ('m', {'a': ValueError()}), ('m', 'ab')]:
    try:
        print(repr(BaseExceptionGroup(*args)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for cls, excs in [(ExceptionGroup, [KeyboardInterrupt()]), (BaseExceptionGroup, [SystemExit(1)]),
                  (BaseExceptionGroup, [ValueError()]), (ExceptionGroup, (OSError(),))]:
    try:
        g = cls('m', excs)
        print(cls.__name__, '->', type(g).__name__, g.exceptions)
    except TypeError as e:
        print(cls.__name__, 'TypeError', e)
try:
    ExceptionGroup('a', [ValueError()], x=1)
except TypeError as e:
    print(e)

# Attributes.
excs = [ValueError(1), TypeError('t')]
eg = ExceptionGroup('msg', excs)
print(eg.message, eg.exceptions, type(eg.exceptions).__name__, eg.args[1] is excs)
print(str(eg), '|', repr(eg), '|', str(ExceptionGroup('one', [ValueError()])))
for attr in ('message', 'exceptions'):
    try:
        setattr(eg, attr, 'x')
    except AttributeError as e:
        print(attr, 'AttributeError', e)
    try:
        delattr(eg, attr)
    except AttributeError as e:
        print(attr, 'del AttributeError', e)
eg.extra = 5
print(eg.extra, eg.__dict__)

# The class hierarchy.
print(ExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__, ExceptionGroup.__base__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception),
      isinstance(eg, BaseException), isinstance(eg, Exception))
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])
try:
    raise eg
except Exception as e:
    print('caught as Exception', e is eg)

# split and subgroup with classes, tuples and predicates.
eg = ExceptionGroup('top', [ValueError('v1'), TypeError('t1'),
                            ExceptionGroup('mid', [ValueError('v2'), KeyError('k')])])


def leaves(e):
    if e is None:
        return None
    if isinstance(e, BaseExceptionGroup):
        return (e.message, [leaves(x) for x in e.exceptions])
    return repr(e)


for cond in (ValueError, (TypeError, KeyError), LookupError, OSError, Exception, ExceptionGroup,
             lambda e: isinstance(e, ValueError) and 'v2' in str(e),
             lambda e: isinstance(e, ExceptionGroup) and e.message == 'mid'):
    m, r = eg.split(cond)
    print('split', leaves(m), leaves(r))
    print('subgroup', leaves(eg.subgroup(cond)))
print(eg.subgroup(Exception) is eg, eg.split(Exception)[0] is eg, eg.split(BaseException)[1])
for bad in (1, 'x', (ValueError, 1), int, None):
    try:
        eg.split(bad)
    except TypeError as e:
        print('split', bad, 'TypeError', e)
calls = []
eg.subgroup(lambda e: calls.append(type(e).__name__))
print('predicate saw', calls)

# The parts keep the group's traceback, cause, context and (a copy of) its notes.
try:
    try:
        raise OSError('ctx')
    except OSError:
        raise ExceptionGroup('meta', [ValueError(), TypeError()]) from KeyError('cause')
except ExceptionGroup as e:
    e.add_note('a note')
    m, r = e.split(ValueError)
    for part in (m, r):
        print(repr(part.__cause__), repr(part.__context__), part.__notes__,
              part.__notes__ is e.__notes__, part.__suppress_context__,
              part.__traceback__ is not None)

# derive decides the class of the parts; a subclass with its own __new__.
class Coded(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def derive(self, excs):
        return Coded(self.message, excs, self.code)


c = Coded('coded', [ValueError(1), TypeError(2)], 42)
print(repr(c), c.code, c.args)
m, r = c.split(ValueError)
print(type(m).__name__, m.code, repr(m), type(r).__name__, r.code)


class Plain(ExceptionGroup):
    pass


p = Plain('plain', [ValueError(1), TypeError(2)])
m, r = p.split(ValueError)
print(type(p).__name__, type(m).__name__, type(r).__name__, repr(p))
try:
    Plain('p', [ValueError()], 'extra')
except TypeError as e:
    print('TypeError', e)
try:
    Plain('p', [KeyboardInterrupt()])
except TypeError as e:
    print('TypeError', e)


class BaseKind(BaseExceptionGroup):
    pass


print(type(BaseKind('b', [ValueError()])).__name__, isinstance(BaseKind('b', [ValueError()]), Exception))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 5


try:
    BadDerive('m', [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print('TypeError', e)
print(repr(eg.derive([OSError()])), type(eg.derive([KeyboardInterrupt()])).__name__)

# Deep nesting splits without trouble.
deep = ValueError('leaf')
for i in range(50):
    deep = ExceptionGroup('level%d' % i, [deep, TypeError(i)])
m, r = deep.split(ValueError)
n = 0
while isinstance(m, BaseExceptionGroup):
    m = m.exceptions[0]
    n += 1
print('depth', n, repr(m))
