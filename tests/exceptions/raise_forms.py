def r(x):
    raise x
for exc in (ValueError, ValueError('inst'), KeyError, StopIteration(3)):
    try:
        r(exc)
    except Exception as e:
        print(type(e).__name__, repr(e))
class Lazy(Exception):
    def __init__(self):
        print('Lazy instantiated')
        super().__init__('lazy')
try:
    raise Lazy
except Lazy as e:
    print('caught', e)
def make():
    return IndexError('from factory')
try:
    raise make()
except IndexError as e:
    print(e)
errors = [TypeError, ValueError]
for cls in errors:
    try:
        raise cls('dyn %s' % cls.__name__)
    except (TypeError, ValueError) as e:
        print(e)
try:
    raise (KeyError if True else ValueError)('cond')
except KeyError as e:
    print(repr(e))
class BadInit(Exception):
    def __init__(self):
        raise RuntimeError('init failed')
try:
    raise BadInit
except RuntimeError as e:
    print('constructor error propagated:', e)
class NotBase:
    pass
try:
    raise NotBase
except TypeError as e:
    print(type(e).__name__)
try:
    raise None
except TypeError as e:
    print(type(e).__name__)
try:
    raise ValueError('a') from 'b'
except TypeError as e:
    print(type(e).__name__)
try:
    raise SystemExit(4)
except SystemExit as e:
    print('SystemExit caught, code', e.code)
try:
    raise KeyboardInterrupt
except KeyboardInterrupt as e:
    print('KeyboardInterrupt caught', repr(e))
