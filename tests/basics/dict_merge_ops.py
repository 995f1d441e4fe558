# d1 | d2 and d |= x (3.9)
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b)
print(b | a)
print(a, b)
c = a
c |= b
print(a, c is a)
a |= [('w', 0)]
print(a)
a |= {}
print(a)
try:
    a | [('q', 1)]
except TypeError:
    print('TypeError')
try:
    a |= 5
except TypeError:
    print('TypeError')
print({**a, 'extra': 1})
print({**{1: 1}, **{1: 2}, 2: 3})
print(dict(a, extra=2) == {**a, 'extra': 2})
