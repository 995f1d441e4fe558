print(__name__)
if __name__ == '__main__':
    print('running as main')
print(__debug__)
if __debug__:
    print('debug mode')
print(type(__builtins__).__name__ in ('module', 'dict'))
import sys
print(__name__ in sys.modules)
print(sys.modules[__name__] is not None)
def f():
    return __name__
print(f())
class C:
    print('class module', __module__)
print(C.__module__)
print(len.__module__ if hasattr(len, '__module__') else 'builtins')
