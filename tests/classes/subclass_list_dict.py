class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__)
print(s + [4], type(s + [4]).__name__)
print(s[1:], type(s[1:]).__name__)
print(isinstance(s, list), s == [1, 2, 3])
class TypedList(list):
    def __init__(self, items=()):
        super().__init__(int(i) for i in items)
    def append(self, v):
        super().append(int(v))
t = TypedList(['1', '2'])
t.append('3')
print(t)
t.extend(['4'])
print(t)
class DefaultDict(dict):
    def __init__(self, factory, *a, **k):
        super().__init__(*a, **k)
        self.factory = factory
    def __missing__(self, key):
        self[key] = v = self.factory()
        return v
dd = DefaultDict(list)
dd['a'].append(1)
dd['a'].append(2)
dd['b'].append(3)
print(sorted(dd.items()))
print(dd.get('zz'), 'zz' in dd)
class Counter(dict):
    def __missing__(self, k):
        return 0
c = Counter()
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()))
class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
    def __setattr__(self, k, v):
        self[k] = v
ad = AttrDict(x=1)
ad.y = 2
print(ad.x, ad.y, ad)
try:
    ad.z
except AttributeError as e:
    print(type(e).__name__)
class LoudDict(dict):
    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v)
ld = LoudDict()
ld['a'] = 1
ld.update(b=2)
print(sorted(ld.items()))
class T(tuple):
    @property
    def first(self):
        return self[0]
tt = T((5, 6))
print(tt.first, tt, type(tt[:1]).__name__, tt == (5, 6))
