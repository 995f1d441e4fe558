pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (FloatingPointError, ArithmeticError), (ArithmeticError, Exception),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (NameError, Exception),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (ModuleNotFoundError, ImportError), (ImportError, Exception),
    (UnicodeDecodeError, UnicodeError), (UnicodeEncodeError, UnicodeError),
    (UnicodeError, ValueError), (ValueError, Exception),
    (IndentationError, SyntaxError), (TabError, IndentationError),
    (FileNotFoundError, OSError), (OSError, Exception),
    (StopIteration, Exception), (StopAsyncIteration, Exception),
    (GeneratorExit, Exception), (GeneratorExit, BaseException),
    (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException),
    (SystemExit, Exception), (SystemExit, BaseException),
    (Exception, BaseException), (AssertionError, Exception),
    (AttributeError, Exception), (TypeError, Exception), (EOFError, Exception),
    (MemoryError, Exception), (BufferError, Exception),
    (DeprecationWarning, Warning), (Warning, Exception), (UserWarning, Warning),
    (KeyError, ValueError), (IndexError, KeyError), (TypeError, ValueError),
    (BaseException, object), (bool, int),
]
for sub, sup in pairs:
    print('%s -> %s: %s' % (sub.__name__, sup.__name__, issubclass(sub, sup)))
