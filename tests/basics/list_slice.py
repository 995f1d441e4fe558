# slicing lists returns new lists
a = list(range(10))
print(a[2:5])
print(a[:3], a[7:])
print(a[-3:], a[:-7])
print(a[::2], a[1::2])
print(a[::-1])
print(a[7:2:-1], a[7:2:-2])
print(a[5:2], a[20:], a[-20:3])
b = a[:]
b[0] = 99
print(a[0], b[0])
print(a[::4])
print(a[-1:-5:-1])
print(a[1:-1:3])
try:
    a[::0]
except ValueError:
    print('ValueError')
