# type(x).__name__ for builtin values
vals = [1, 2 ** 100, 1.5, 'str', [1], (1,), {}, None, True, range(2)]
for v in vals:
    print(type(v).__name__)
print(type(int).__name__)


def f():
    pass


class C:
    pass


print(type(f).__name__, type(C).__name__, type(C()).__name__)
print(type(lambda: 0).__name__)
print(type(ValueError('x')).__name__)
print(type(1) == int, type(True) == int, type(True) == bool)
print(type('a') is str, type([]) is list)
print(int.__name__, str.__name__, C.__name__)
