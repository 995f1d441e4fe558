# A class's __dict__ is a live, read-only mappingproxy: reads see later class changes, writes
# and deletes raise TypeError, and the dict methods and operators read through it.
class C:
    x = 1
    def m(self):
        return 2
d = C.__dict__
print(type(d).__name__, d['x'], 'm' in d, 'y' in d, d.get('y', 'none'), d.get('x'))
C.y = 5
print(d['y'], len(d) == len(list(d)), sorted(k for k in d if not k.startswith('__')))
for f in [lambda: d['nope'], lambda: d.get()]:
    try:
        f()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
try:
    d['z'] = 1
except TypeError as e:
    print(e)
try:
    del d['x']
except TypeError as e:
    print(e)
print(type(d.copy()).__name__, d.copy()['x'], sorted(d.keys())[-2:], type(d.items()).__name__)
print(d == dict(d), d != dict(d), dict(d) == d, bool(d), type(d | {'q': 1}).__name__)
print(({'q': 1} | d)['x'], 'x' in d.keys(), list(d.values()).count(1) >= 1)
mp = type(d)
p = mp({'a': 1})
print(p, repr(p), p['a'], len(p), list(p), mp(p)['a'])
for bad in [[1], (1,), 5, None]:
    try:
        mp(bad)
    except TypeError as e:
        print(e)
print(type(int.__dict__).__name__, 'bit_length' in int.__dict__, 'x' in vars(C))
try:
    hash(p)
except TypeError as e:
    print(e)
