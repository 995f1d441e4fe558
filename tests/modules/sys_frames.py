# sys._getframe: the running frames, with f_globals for modules that name their callers.
import sys


def where():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name


def caller_module():
    return sys._getframe(1).f_globals["__name__"]


def outer():
    return where(), caller_module(), sys._getframe(0).f_code.co_name


print(where())
print(outer())
print(caller_module())
f = sys._getframe()
print(f.f_code.co_name, f.f_globals is globals(), f.f_back)
line = sys._getframe().f_lineno
print(line)


def depth():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n


print(depth(), (lambda: depth())())
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError", e)


def make_class():
    # What namedtuple-like factories do to set __module__.
    return type("C", (), {"__module__": sys._getframe(1).f_globals.get("__name__", "?")})


print(make_class().__module__)

# settrace/setprofile store the function; audit hooks are accepted.
def tracer(frame, event, arg):
    return tracer


print(sys.gettrace(), sys.getprofile())
sys.settrace(tracer)
print(sys.gettrace() is tracer)
sys.settrace(None)
print(sys.gettrace())
sys.setprofile(tracer)
print(sys.getprofile() is tracer)
sys.setprofile(None)
print(sys.audit("kinglet.test", 1, 2), sys.addaudithook(lambda event, args: None) is None)
try:
    sys.audit(1)
except TypeError:
    print("TypeError")
