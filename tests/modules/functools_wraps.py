# functools.wraps and update_wrapper: copied attributes, __dict__ update, __wrapped__, errors.
from functools import wraps, update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES

print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)

def deco(fn):
    @wraps(fn)
    def wrapper(*args, **kw):
        "wrapper doc"
        return ('wrapped', fn(*args, **kw))
    return wrapper

@deco
def hello(name: str) -> str:
    "Say hello."
    return 'hello ' + name

print(hello('bob'))
print(hello.__name__, hello.__qualname__, hello.__doc__, hello.__module__)
print(hello.__annotations__, hello.__wrapped__.__name__, hello.__wrapped__('x'))

def outer():
    def inner():
        pass
    return inner
w = update_wrapper(lambda: 1, outer())
print(w.__name__, w.__qualname__, w.__doc__, w.__wrapped__.__name__)

def src():
    pass
src.extra = [1]
src.__dict__['more'] = 2
def dst():
    "dst doc"
dst.own = 0
r = update_wrapper(dst, src)
print(r is dst, dst.__name__, dst.__doc__, dst.extra is src.extra, dst.more, dst.own)
print(sorted(dst.__dict__))

# Only the attributes asked for; missing ones are skipped.
def a():
    "a doc"
def b():
    "b doc"
update_wrapper(b, a, assigned=('__doc__', 'nonexistent'), updated=())
print(b.__name__, b.__doc__, b.__wrapped__ is a)
def c():
    pass
wraps(a, assigned=['__name__'], updated=[])(c)
print(c.__name__, c.__doc__, c.__wrapped__ is a)

# Builtins as the wrapped function
def mylen(x):
    return len(x)
update_wrapper(mylen, len)
print(mylen.__name__, mylen.__module__, mylen.__wrapped__ is len, mylen('abc'))

# The decorator wraps returns works with classes too.
class Callable:
    def __call__(self):
        return 42
obj = Callable()
def shim():
    return obj()
shim = wraps(obj, assigned=(), updated=())(shim)
print(shim.__wrapped__ is obj, shim())

def err(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: update_wrapper())
err(lambda: update_wrapper(len))
err(lambda: update_wrapper(1, len))
err(lambda: update_wrapper(dst, src, (), (), 5))
err(lambda: update_wrapper(dst, src, x=1))
err(lambda: update_wrapper(dst, src, wrapper=1))
err(lambda: wraps())
err(lambda: wraps(len, (), (), 1))
err(lambda: update_wrapper(dst, src, assigned=(1,)))
