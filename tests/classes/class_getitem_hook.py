class Box:
    def __class_getitem__(cls, item):
        return '%s[%s]' % (cls.__name__, getattr(item, '__name__', repr(item)))
print(Box[int], Box['x'], Box[1, 2])
class Sub(Box):
    pass
print(Sub[str])
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__)
class Both:
    def __class_getitem__(cls, item):
        return 'class-level'
    def __getitem__(self, item):
        return 'instance-level'
print(Both[0], Both()[0])
print(type(list[int]).__name__, list[int] == list[int])
print(list[int](range(3)), dict[str, int](a=1))
try:
    int[0]
except TypeError as e:
    print(type(e).__name__)
print(tuple[int, ...] is not None)
class NoHook:
    pass
try:
    NoHook[int]
except TypeError as e:
    print(type(e).__name__)
print(repr(list[int]), repr(dict[str, list[int]]))
