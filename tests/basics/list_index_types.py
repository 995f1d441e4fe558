# valid and invalid index types for lists
a = [10, 20, 30]
print(a[True], a[False])
try:
    a['1']
except TypeError:
    print('TypeError str index')
try:
    a[1.0]
except TypeError:
    print('TypeError float index')
try:
    a[None]
except TypeError:
    print('TypeError None index')
try:
    a[2 ** 100]
except IndexError:
    print('IndexError big')
print(a[-1], a[-len(a)])
# An int subclass is an index by its value: its own __index__ is not asked.
class I(int):
    def __index__(self):
        return 0
print(a[I(2)], 'abc'[I(1)], (1, 2, 3)[I(1):], a[:I(-1)], [0] * I(2))
try:
    a[I(5)]
except IndexError:
    print('IndexError int subclass')
# Anything else is asked for __index__, whose result must be an int.
class J:
    def __index__(self):
        return 1
class K:
    def __index__(self):
        return '1'
print(a[J()], a[J():], (1, 2).index(2, J()))
try:
    a[K()]
except TypeError as e:
    print('TypeError', e)
