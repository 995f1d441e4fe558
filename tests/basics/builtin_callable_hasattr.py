# callable and hasattr
class C:
    attr = 1

    def method(self):
        return 2


def func():
    pass


c = C()
for v in [func, C, c, c.method, len, int, 1, 'x', None, [], lambda: 0]:
    print(callable(v))
print(hasattr(c, 'attr'), hasattr(c, 'method'), hasattr(c, 'nothing'))
print(hasattr([], 'append'), hasattr({}, 'keys'), hasattr(1, 'append'))
print(hasattr(C, 'method'), hasattr(C, 'attr'))
