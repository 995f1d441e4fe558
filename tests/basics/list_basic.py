# list literals, indexing, len
a = [1, 2, 3]
print(a, len(a))
print([], len([]))
print([1, 'two', 3.0, None, True, [4]])
print(a[0], a[2], a[-1], a[-3])
a[1] = 20
print(a)
a[-1] = 30
print(a)
b = a
b[0] = 10
print(a, a is b)
try:
    a[3]
except IndexError as e:
    print(e)
try:
    a[-4] = 0
except IndexError as e:
    print(e)
print([[]], [[], []])
print(len([[1, 2], [3]]))
