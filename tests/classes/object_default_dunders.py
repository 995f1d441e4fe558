class P:
    pass
a, b = P(), P()
print(a == a, a == b, a != b, a != a)
print(a.__eq__(b), a.__eq__(a), a.__ne__(b))
print(a.__lt__(b))
print(object.__eq__(a, a))
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
print(str(a) == repr(a), format(a) == str(a))
print(bool(a))
print(P.__hash__ is object.__hash__)
print('__init__' in dir(a), '__repr__' in dir(P))
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__)
print(hasattr(o, '__dict__'), hasattr(a, '__dict__'))
print(type(o).__name__, object.__bases__, P.__bases__ == (object,))
print(isinstance(P, object), isinstance(5, object), issubclass(P, object))
print(P.__init__ is object.__init__)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__)
print(a.__class__.__name__, a.__dict__)
print(object().__eq__(5))
print(a.__format__('') == str(a))
try:
    a.__format__('d')
except TypeError as e:
    print(type(e).__name__)
print(a.__reduce_ex__ is not None)
print(sorted(set(dir(object())) & {'__eq__', '__hash__', '__str__', '__doc__', '__class__'}))
