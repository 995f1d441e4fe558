# assigning to slices can grow and shrink lists
a = [0, 1, 2, 3, 4, 5]
a[1:3] = [10, 20, 30]
print(a)
a[1:4] = []
print(a)
a[0:0] = ['x', 'y']
print(a)
a[len(a):] = [100]
print(a)
a[:] = [7, 8, 9]
print(a)
a[1:2] = 'ab'
print(a)
b = list(range(10))
b[::2] = ['e'] * 5
print(b)
b[1::2] = [1, 3, 5, 7, 9]
print(b)
c = list(range(6))
c[::-2] = ['a', 'b', 'c']
print(c)
try:
    c[::2] = [1, 2]
except ValueError:
    print('ValueError')
d = [1, 2, 3]
d[-1:] = [4, 5]
print(d)
d[5:10] = [6]
print(d)
