# tuple literals, indexing, slicing, len
t = (1, 2, 3)
print(t, len(t))
print((), len(()))
print((5,), len((5,)))
print((5), type((5)).__name__, type((5,)).__name__)
u = 1, 'two', 3.0
print(u)
print(t[0], t[-1], t[1:], t[::-1], t[::2])
print(t[5:], t[-10:2])
try:
    t[3]
except IndexError as e:
    print(e)
try:
    t[0] = 9
except TypeError:
    print('TypeError')
print(((1, 2), (3, (4, 5))))
print(('a',) * 3, (1, 2) + (3,))
print(2 in t, 9 in t, 9 not in t)
