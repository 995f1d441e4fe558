eg = ExceptionGroup('many', [ValueError('v1'), TypeError('t1'), ValueError('v2')])
print(type(eg).__name__, eg.message, len(eg.exceptions), str(eg))
print([repr(e) for e in eg.exceptions])
try:
    raise eg
except* ValueError as g:
    print('ValueErrors:', [str(e) for e in g.exceptions], type(g).__name__)
except* TypeError as g:
    print('TypeErrors:', [str(e) for e in g.exceptions])
try:
    try:
        raise ExceptionGroup('g', [KeyError('k'), IndexError('i')])
    except* KeyError:
        print('handled KeyError part')
except ExceptionGroup as rest:
    print('remaining', [repr(e) for e in rest.exceptions])
try:
    raise ValueError('naked')
except* ValueError as g:
    print('naked wrapped', type(g).__name__, [repr(e) for e in g.exceptions])
sub = eg.subgroup(lambda e: isinstance(e, ValueError))
print([str(e) for e in sub.exceptions])
match, rest = eg.split(TypeError)
print([str(e) for e in match.exceptions], [str(e) for e in rest.exceptions])
print(eg.subgroup(KeyError))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
try:
    ExceptionGroup('bad', [])
except ValueError as e:
    print(type(e).__name__)
try:
    ExceptionGroup('bad', [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__)
nested = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [ValueError('b'), KeyError('c')])])
try:
    raise nested
except* ValueError as g:
    print('nested values', repr(g.exceptions[0]), type(g.exceptions[1]).__name__)
except* KeyError as g:
    print('nested key', type(g).__name__)
