d = {'a': 1}
d.update({'b': 2})
d.update([('c', 3), ['d', 4]])
d.update(e=5, f=6)
d.update({'a': 'A'}, g=7)
d.update(())
d.update()
print(d)
class KeysOnly:
    def keys(self):
        return ['x', 'y']
    def __getitem__(self, k):
        return k * 3
d.update(KeysOnly())
print(d)
d.update(zip('pq', range(2)))
print(list(d)[-2:], d['p'], d['q'])
try:
    d.update([('only-one',)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update({}, {})
except TypeError as e:
    print(type(e).__name__, e)
e = {}
e.update(e)
print(e)
f = {1: 'x'}
f.update({1.0: 'y', True: 'z'})
print(f)
