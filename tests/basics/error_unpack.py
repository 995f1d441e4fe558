# unpacking the wrong number of values raises ValueError
cases = [
    lambda: [a for a, b in [(1, 2, 3)]],
    lambda: [a for a, b in [(1,)]],
    lambda: [a for a, b, c in ['ab']],
    lambda: [a for (a, b) in [[]]],
]
for c in cases:
    try:
        c()
    except ValueError as e:
        print(type(e).__name__)
try:
    a, b = 1, 2, 3
except ValueError:
    print('ValueError too many')
try:
    a, b, c = [1, 2]
except ValueError:
    print('ValueError not enough')
try:
    x, y = 'abc'
except ValueError:
    print('ValueError string')
try:
    x, y = 5
except TypeError:
    print('TypeError not iterable')
try:
    (p, q), r = (1, 2, 3), 4
except ValueError:
    print('ValueError nested')
try:
    for k, v in {'a': 1, 'bc': 2}:
        print(k, v)
except ValueError:
    print('ValueError dict keys')
a, b = 'xy'
print(a, b)
