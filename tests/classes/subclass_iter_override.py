# Builtin fast paths over list and dict subclasses honour an overridden __iter__ the way
# CPython's do (an overridden __getitem__ or keys alone does not change dict(d)).
class RevList(list):
    def __iter__(self):
        return reversed(self[:])
r = RevList([1, 2, 3])
out = []
out.extend(r)
print(list(r), tuple(r), sorted(r, key=lambda x: 0), [*r], out, len(r), r[0], set(r) == {1, 2, 3})
print([x for x in r], max(r), sum(r), ' '.join(map(str, r)), list(enumerate(r))[0])
class KeysDict(dict):
    def keys(self):
        return ['a']
    def __getitem__(self, k):
        return 'custom'
kd = KeysDict(a=1, b=2)
print(dict(kd), {**kd}, dict(**kd) if False else '', list(kd))
class IterDict(dict):
    def __iter__(self):
        return iter(['a'])
    def keys(self):
        return ['a']
idd = IterDict(a=1, b=2)
print(dict(idd), list(idd), len(idd))
d = {}
d.update(kd)
print(d)
class Plain(list):
    pass
print(list(Plain([4, 5])), tuple(Plain([6])))
