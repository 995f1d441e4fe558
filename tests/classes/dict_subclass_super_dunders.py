# dict subclasses reaching dict's dunders through super() and the class, and those dunders
# refusing a self that is not a dict.
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def __delitem__(self, k):
        super().__delitem__(k)
    def __len__(self):
        return super().__len__() + 100
    def __contains__(self, k):
        return super().__contains__(k) or k == 'magic'
    def __iter__(self):
        return super().__iter__()
d = D()
d['a'] = 1
d['b'] = 2
del d['b']
print(d, len(d), 'a' in d, 'magic' in d, 'b' in d, list(d))
print(dict.__len__({1: 2}), dict.__contains__({1: 2}, 1), list(dict.__iter__({1: 2})))
x = {1: 2}
dict.__setitem__(x, 3, 4); dict.__delitem__(x, 1); print(x)
x.__ior__({5: 6}); print(x)
print(sorted(n for n in dir(dict) if n.startswith('__') and n in ('__len__', '__iter__', '__contains__', '__setitem__', '__delitem__', '__ior__', '__getitem__', '__init__')))
try:
    dict.__delitem__(x, 99)
except KeyError as e:
    print('KeyError', e)
for call in (lambda: dict.__setitem__([0], 0, 1), lambda: dict.__delitem__([0], 0),
             lambda: dict.__len__([1, 2]), lambda: dict.__contains__([1], 1),
             lambda: dict.__iter__([1])):
    try:
        print(call())
    except TypeError:
        print('TypeError')
