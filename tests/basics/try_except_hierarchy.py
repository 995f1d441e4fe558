# except clauses match subclasses
pairs = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (ValueError, Exception),
    (TypeError, Exception),
    (NameError, Exception),
    (AttributeError, Exception),
    (RuntimeError, Exception),
    (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError),
    (AssertionError, Exception),
    (StopIteration, Exception),
    (Exception, BaseException),
    (KeyboardInterrupt, BaseException),
    (SystemExit, BaseException),
    (UnboundLocalError, NameError),
    (MemoryError, Exception),
]
for sub, base in pairs:
    try:
        raise sub('x')
    except base:
        print(sub.__name__, 'is caught by', base.__name__)
print(issubclass(KeyError, Exception), issubclass(KeyboardInterrupt, Exception))
print(issubclass(ValueError, LookupError))
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print('not caught here')
except BaseException as e:
    print('BaseException', type(e).__name__)
