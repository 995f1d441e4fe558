# TypeError in assorted situations
f1 = 1.0
cases = [
    lambda: len(5),
    lambda: int([1]),
    lambda: float(None),
    lambda: 'abc'[f1],
    lambda: {}[[]],
    lambda: {[]: 1},
    lambda: sum(1),
    lambda: sorted(5),
    lambda: [1, 2].sort(3),
    lambda: 'a'.join('b', 'c'),
    lambda: 'abc'.startswith(1),
    lambda: ord(5),
    lambda: chr('a'),
    lambda: hex('a'),
    lambda: list(1),
    lambda: tuple(None),
    lambda: dict(1),
    lambda: iter_me(),
]


def iter_me():
    for x in 5:
        pass


for c in cases:
    try:
        c()
        print('no error')
    except TypeError:
        print('TypeError')
