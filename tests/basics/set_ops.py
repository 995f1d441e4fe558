# | & - ^ and their in-place forms
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a), sorted(b))
fa = frozenset(a)
print(type(fa | b).__name__, type(b | fa).__name__, type(fa & b).__name__)
print(sorted(fa - b), sorted(b ^ fa))
c = set(a)
d = c
c |= {10}
print(sorted(c), d is c)
c &= {1, 2, 10, 11}
print(sorted(c), d is c)
c -= {1}
print(sorted(c), d is c)
c ^= {2, 3}
print(sorted(c), d is c)
f = frozenset([1])
g = f
f |= {2}
print(sorted(f), type(f).__name__, g is f, sorted(g))
ops = (('|', lambda a, b: a | b), ('&', lambda a, b: a & b), ('-', lambda a, b: a - b),
       ('^', lambda a, b: a ^ b))
for name, op in ops:
    try:
        op({1}, [1])
    except TypeError:
        print('TypeError', name)
    try:
        op((1,), frozenset())
    except TypeError:
        print('TypeError', name)
s = {1, 2}
s -= s
print(s)
s = {1, 2}
s ^= s
print(s)
s = {1, 2}
s &= s
print(sorted(s))
s |= s
print(sorted(s))
print(set() | set(), set() & {1}, {1} - {1})
