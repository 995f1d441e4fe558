def catch(exc, handler):
    try:
        raise exc
    except handler:
        return 'caught %s by %s' % (type(exc).__name__ if isinstance(exc, BaseException) else exc.__name__,
                                     handler.__name__ if isinstance(handler, type) else [h.__name__ for h in handler])
    except BaseException as e:
        return 'missed %s' % type(e).__name__
print(catch(ZeroDivisionError('z'), ArithmeticError))
print(catch(KeyError('k'), LookupError))
print(catch(IndexError, LookupError))
print(catch(UnboundLocalError('u'), NameError))
print(catch(RecursionError, RuntimeError))
print(catch(KeyError, (ValueError, IndexError)))
print(catch(KeyError, (ValueError, KeyError)))
print(catch(StopIteration, Exception))
print(catch(GeneratorExit, Exception))
print(catch(KeyboardInterrupt, Exception))
print(catch(SystemExit, BaseException))
print(catch(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'), ValueError))
print(catch(ModuleNotFoundError, ImportError))
print(catch(FileNotFoundError, OSError))
print(catch(NotImplementedError, RuntimeError))
print(catch(OverflowError, ArithmeticError))
print(catch(AssertionError, Exception))
print(catch(TypeError, (TypeError,)))
def bad_handler():
    try:
        raise ValueError
    except 'not a class':
        pass
try:
    bad_handler()
except TypeError as e:
    print(type(e).__name__)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__)
