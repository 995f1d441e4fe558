# del on list items and slices
a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
del a[:]
print(a)
b = list(range(10))
del b[::-3]
print(b)
del b[100:]
print(b)
try:
    del b[10]
except IndexError:
    print('IndexError')
c = [1, 2, 3]
del c[1], c[0]
print(c)
