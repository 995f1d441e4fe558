# ** in calls and displays goes through dict update and merge
def f(**kw):
    return kw
a = {'x': 1}
b = {'y': 2}
print(f(**a, **b))
print(f(**a, z=3))
print({**a, **b, 'x': 0})
try:
    f(**a, **{'x': 2})
except TypeError:
    print('TypeError')
try:
    f(**a, x=5)
except TypeError:
    print('TypeError')
try:
    f(**1)
except TypeError:
    print('TypeError')

class Mapping:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k * 2
print(f(**Mapping()))
print(dict(Mapping()))
print({**Mapping()})
d = {}
d.update(Mapping())
print(d)
