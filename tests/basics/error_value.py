# ValueError from conversions and methods
cases = [
    lambda: int('abc'),
    lambda: int(''),
    lambda: int('1.0'),
    lambda: float('one'),
    lambda: [1, 2].index(3),
    lambda: [1, 2].remove(3),
    lambda: 'abc'.index('z'),
    lambda: 'a,b'.split(''),
    lambda: range(0, 10, 0),
    lambda: chr(-5),
    lambda: int('10', 40),
    lambda: (1, 2).index(5),
    lambda: 1 << -2,
]
for c in cases:
    try:
        c()
        print('no error')
    except ValueError:
        print('ValueError')
try:
    int('abc')
except ValueError as e:
    print(type(e).__name__, isinstance(e, Exception))
