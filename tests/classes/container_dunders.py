class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return 'slice(%r, %r, %r)' % (i.start, i.stop, i.step)
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError('out of range')
        return i * i
    def __contains__(self, v):
        print('contains', v)
        return v == 'magic'
s = Seq(4)
print(len(s), s[2], s[-1], s[1:3], s[::2], s[:])
print(list(s))
print('magic' in s, 4 in s)
for v in s:
    print('iter', v)
print(list(reversed(s)))
print(sorted(s, reverse=True), sum(s), max(s))
class Map:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        print('setitem', k, v)
        self.d[k] = v
    def __getitem__(self, k):
        return self.d[k]
    def __delitem__(self, k):
        print('delitem', k)
        del self.d[k]
    def __missing__(self, k):
        return 'never used for non-dict'
m = Map()
m['a'] = 1
m[1, 2] = 'tuple key'
print(m['a'], m[1, 2])
del m['a']
try:
    m['a']
except KeyError as e:
    print(type(e).__name__, e)
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return 'item%d' % i
print(list(OnlyGetitem()), 'item1' in OnlyGetitem(), 'x' in OnlyGetitem())
class WithIter:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in WithIter(), 5 in WithIter())
class Rev:
    def __reversed__(self):
        return iter('cba')
print(list(reversed(Rev())))
try:
    len(OnlyGetitem())
except TypeError as e:
    print(type(e).__name__)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__)
class StrLen:
    def __len__(self):
        return '3'
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__)
