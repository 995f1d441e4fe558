# list, bytearray, set and dict have their in-place operator methods (__iadd__, __ior__, ...),
# for calls by name.
def show(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print('TypeError', e)

x = [1]
print(x.__iadd__([2]) is x, x.__imul__(2) is x, x)
show(lambda: list.__iadd__([1], 'ab'))
show(lambda: list.__iadd__([1], (i for i in range(2))))
show(lambda: list.__imul__([1, 2], 0))
show(lambda: list.__imul__([1], 'a'))
show(lambda: list.__iadd__([1], 5))
b = bytearray(b'ab')
print(b.__iadd__(b'c') is b, b.__imul__(2) is b, b)
show(lambda: bytearray.__iadd__(bytearray(), 'a'))
show(lambda: bytearray.__iadd__(bytearray(b'x'), memoryview(b'y')))
show(lambda: bytearray.__imul__(bytearray(b'x'), 'a'))
s = {1, 2}
print(s.__ior__({3}) is s, s.__iand__({1, 3}) is s, s.__isub__({1}) is s, s.__ixor__({4}) is s)
print(sorted(s))
show(lambda: set.__ior__({1}, [2]))
show(lambda: set.__iand__({1}, frozenset([1])))
show(lambda: hasattr(frozenset(), '__ior__'))
d = {'a': 1}
print(d.__ior__({'b': 2}) is d, d.__ior__([('c', 3)]), d)
show(lambda: dict.__ior__({}, 5))
show(lambda: dict.__ior__({}, [1]))

class L(list):
    def __iadd__(self, other):
        print('L.__iadd__')
        super().__iadd__(other)
        return self
class S(set):
    def __ior__(self, other):
        print('S.__ior__')
        super().__ior__(other)
        return self
class D(dict):
    def __ior__(self, other):
        print('D.__ior__')
        super().__ior__(other)
        return self
class B(bytearray):
    def __imul__(self, n):
        print('B.__imul__')
        super().__imul__(n)
        return self
l = L([1])
l += [2]
l += (3,)
s = S({1})
s |= {2}
d = D(a=1)
d |= {'b': 2}
b = B(b'ab')
b *= 2
print(type(l).__name__, l, type(s).__name__, sorted(s), type(d).__name__, d, type(b).__name__, bytes(b))
class L2(list):
    pass
m = L2([1])
m += [2]
m *= 2
print(type(m).__name__, m)
