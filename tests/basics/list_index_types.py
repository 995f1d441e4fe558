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
