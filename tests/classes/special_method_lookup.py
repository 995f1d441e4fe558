class C:
    pass
c = C()
c.__len__ = lambda: 5
c.__repr__ = lambda: 'instance repr'
c.__add__ = lambda o: 'instance add'
try:
    len(c)
except TypeError as e:
    print('len:', type(e).__name__)
print(repr(c) != 'instance repr')
try:
    c + 1
except TypeError as e:
    print('add:', type(e).__name__)
print(c.__len__(), c.__add__(1))
C.__len__ = lambda self: 7
print(len(c))
C.__add__ = lambda self, o: 'class add'
print(c + 1)
class D:
    def __getattr__(self, n):
        if n == '__len__':
            return lambda: 99
        raise AttributeError(n)
try:
    len(D())
except TypeError as e:
    print('getattr not used for len:', type(e).__name__)
class E:
    def __getattribute__(self, n):
        if n == '__iter__':
            return lambda: iter([1])
        return object.__getattribute__(self, n)
    def __iter__(self):
        return iter(['real'])
print(list(E()))
