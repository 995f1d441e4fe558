eg = ExceptionGroup('batch', [ValueError(1), TypeError(2)])
print(repr(eg))
print(str(eg), eg.args[0], len(eg.args[1]))
beg = BaseExceptionGroup('base', [KeyboardInterrupt()])
print(type(beg).__name__, isinstance(beg, Exception))
beg2 = BaseExceptionGroup('auto', [ValueError()])
print(type(beg2).__name__)
d = eg.derive([KeyError('k')])
print(type(d).__name__, d.message, [repr(e) for e in d.exceptions])
try:
    ExceptionGroup('x', ValueError())
except TypeError as e:
    print(type(e).__name__)
try:
    ExceptionGroup(5, [ValueError()])
except TypeError as e:
    print(type(e).__name__)
def collect(*funcs):
    errs = []
    for f in funcs:
        try:
            f()
        except Exception as e:
            errs.append(e)
    if errs:
        raise ExceptionGroup('collected', errs)
try:
    collect(lambda: 1 / 0, lambda: int('x'), lambda: None)
except ExceptionGroup as g:
    print([type(e).__name__ for e in g.exceptions])
