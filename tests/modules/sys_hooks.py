# sys.excepthook and displayhook: callable defaults, and a replaced excepthook is called for an
# uncaught exception.
import sys

print(callable(sys.excepthook), callable(sys.displayhook), callable(sys.breakpointhook))
print(sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__)
print(sys.breakpointhook is sys.__breakpointhook__)
sys.displayhook(None)
sys.displayhook([1, "two"])
print(_)
e = ValueError("shown by the default hook")
sys.excepthook(type(e), e, None)


def hook(kind, value, tb):
    print("hook:", kind.__name__, value, type(tb).__name__)


sys.excepthook = hook
raise KeyError("uncaught")
