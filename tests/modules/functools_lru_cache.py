# functools.lru_cache and cache: hits, misses, eviction order, typed keys, keyword keys,
# cache_info/cache_clear/cache_parameters, methods, recursion, and argument errors.
from functools import lru_cache, cache

calls = []

@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x

print(sq(2), sq(3), sq(2), sq(4), sq(3), sq(2))
print(calls, sq.cache_info())
print(sq.cache_info().hits, sq.cache_info().misses, sq.cache_info()[2], len(sq.cache_info()))
info = sq.cache_info()
print(type(info).__name__, info._fields, tuple(info), info == (2, 5, 2, 2))
hits, misses, maxsize, currsize = info
print(hits, misses, maxsize, currsize, isinstance(info, tuple))
sq.cache_clear()
print(sq.cache_info(), sq(5), sq.cache_info())
print(sq.cache_parameters(), sq.__wrapped__(6), sq.__name__)

@lru_cache
def plain(x):
    return [x]
print(plain(1) is plain(1), plain.cache_info(), plain.cache_parameters())

@lru_cache()
def empty_parens(x):
    return x
empty_parens(1)
print(empty_parens.cache_info())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info(), fib.cache_parameters())

@lru_cache(maxsize=None)
def unbounded(*args, **kw):
    calls.append((args, kw))
    return len(calls)
calls.clear()
print(unbounded(1), unbounded(1), unbounded(1.0), unbounded(x=1), unbounded(x=1), unbounded(1, x=1))
print(unbounded.cache_info(), len(calls))

@lru_cache(maxsize=10, typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed(1), typed.cache_info(), typed.cache_parameters())

@lru_cache(maxsize=0)
def nocache(x):
    return x
print(nocache(1), nocache(1), nocache.cache_info())

@lru_cache(maxsize=-3)
def negative(x):
    return x
print(negative(1), negative.cache_info())

# Keyword order matters to the key, as in CPython.
@lru_cache
def kw(a=0, b=0):
    return a - b
print(kw(a=1, b=2), kw(b=2, a=1), kw(1, 2), kw.cache_info())

# Unhashable arguments fail before the call.
try:
    kw([1])
except TypeError as e:
    print('TypeError', e)

# Methods: the wrapper binds like a function.
class C:
    def __init__(self, n):
        self.n = n
    @lru_cache(maxsize=8)
    def add(self, x):
        return self.n + x
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return self.n == other.n
a = C(10)
print(a.add(1), a.add(1), C(10).add(1), C(20).add(1), C.add.cache_info())
print(C.add(a, 5), type(C.__dict__['add']).__name__)

# Attributes copied from the function; the wrapper has a __dict__.
def documented(x):
    "docs"
    return x
w = lru_cache(documented)
print(w.__name__, w.__doc__, w.__module__, w.__wrapped__ is documented, w.__qualname__)
w.tag = 1
print(w.tag, w.__dict__['tag'])
print(lru_cache(len)('abc'), lru_cache(len).__name__)

# Exceptions are not cached.
@lru_cache
def flaky(x):
    calls.append(x)
    raise ValueError(x)
calls.clear()
for _ in range(2):
    try:
        flaky(1)
    except ValueError:
        pass
print(calls, flaky.cache_info())

# CacheInfo is a named tuple.
CI = type(info)
print(info._asdict(), info._replace(hits=0), CI._make(range(4)), CI(1, 2, 3, currsize=4))
x = CI(1, 2, 3, 4)
print(x == (1, 2, 3, 4), x[1:], x.maxsize, len(x), sum(x), CI.__name__, CI.__module__)

def err(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: lru_cache('a'))
err(lambda: lru_cache(1.5))
err(lambda: lru_cache(1, 2, 3))
err(lambda: lru_cache(x=1))
err(lambda: lru_cache(5, maxsize=1))
err(lambda: cache())
err(lambda: cache(len, len))
err(lambda: lru_cache(maxsize=2)(1))
err(lambda: info._replace(x=1, y=2))
err(lambda: CI._make([1, 2]))
err(lambda: CI(1, 2))
err(lambda: CI(1))
err(lambda: CI(1, 2, 3, 4, 5))
