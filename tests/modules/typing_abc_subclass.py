# typing: subclassing the container aliases (Sequence[int], MutableMapping[str, int], ...) gives the mixin methods.
from typing import Sequence, Mapping, MutableMapping, MutableSequence, Iterator, Iterable, List
class Squares(Sequence[int]):
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice): return [self[j] for j in range(*i.indices(self.n))]
        if i < 0: i += self.n
        if not 0 <= i < self.n: raise IndexError(i)
        return i * i
    def __len__(self): return self.n
s = Squares(5)
print(list(s), 9 in s, 10 in s, s.index(9), s.count(4), list(reversed(s)), len(s), s[1:3])
print(isinstance(s, Sequence), isinstance([], Sequence), isinstance({}, Mapping))
class Registry(MutableMapping[str, int]):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
r = Registry()
r['a'] = 1; r.update({'b': 2}, c=3); r.setdefault('d', 4)
print(sorted(r.items()), r.get('z', 0), 'a' in r, r.pop('a'), len(r), sorted(r.keys()), sorted(r.values()))
print(r == {'b': 2, 'c': 3, 'd': 4}, dict(r))
class Count(Iterator[int]):
    def __init__(self): self.i = 0
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(Count()), iter(Count()).__class__.__name__)
class Stack(MutableSequence[int]):
    def __init__(self): self._l = []
    def __getitem__(self, i): return self._l[i]
    def __setitem__(self, i, v): self._l[i] = v
    def __delitem__(self, i): del self._l[i]
    def __len__(self): return len(self._l)
    def insert(self, i, v): self._l.insert(i, v)
st = Stack(); st.append(1); st.extend([2, 3]); st.reverse(); print(list(st), st.pop(), list(st))
st.remove(2); print(list(st))
try: Squares.__abstractmethods__; print(sorted(Sequence.__abstractmethods__) if hasattr(Sequence, '__abstractmethods__') else '')
except Exception as e: print(e)
class Bad(Sequence[int]): pass
try: Bad()
except TypeError as e: print(e)
