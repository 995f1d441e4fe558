print(isinstance(1, (str, (float, (int,)))), isinstance('x', ((list,), (tuple, (str,)))), isinstance(1.0, ((),)))
print(issubclass(bool, ((str,), int)), issubclass(int, (((float,),),)))
class A: pass
class B(A): pass
classes = (B, (A,))
print(isinstance(A(), classes), isinstance(B(), classes), issubclass(A, classes))
print(isinstance(None, (type(None), int)), isinstance(type, (type,)), isinstance(A, type))
print(isinstance(print, object), isinstance([], (list, dict)), isinstance({}, (list, dict)))
print(isinstance(True, (bool,)), isinstance(1, bool), issubclass(type(True), int))
print(isinstance(1, int | float), isinstance('s', int | float), issubclass(B, A | int))
try:
    isinstance(1, (int, 'str'))
    print('short-circuit ok')
except TypeError as e:
    print(type(e).__name__)
try:
    isinstance(1, ('str', int))
except TypeError as e:
    print(type(e).__name__, e)
