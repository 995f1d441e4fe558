# slicing with every kind of step on str, bytes, list, tuple, range
seqs = ['abcdefg', 'a\u00e9c\u20acf\U0001f600h', b'abcdefg', list(range(7)), tuple(range(7)),
        range(10, 17)]
bounds = [None, 0, 1, 3, -1, -3, 6, 7, 100, -100]
for seq in seqs:
    out = []
    for step in [None, 1, 2, 3, -1, -2, -4, 10, -10]:
        for a in bounds:
            for b in bounds:
                out.append(seq[a:b:step])
    print(type(seq).__name__, len(out), out[::37])
    if isinstance(seq, range):
        print(sum(len(r) for r in out), out[5], out[100], out[-1])
    else:
        print(sum(len(x) for x in out))
u = 'a\u00e9c\u20acf\U0001f600h'
print(u[::-1], u[1::2], u[-2:], u[5], u[-1], u[3:4] == '\u20ac', len(u[1:6]))
print([u[i] for i in range(len(u))] == list(u))
for seq in ['abc', (1, 2), [1], b'xy', range(3)]:
    for idx in [5, -5]:
        try:
            seq[idx]
        except IndexError as e:
            print('IndexError', e)
try:
    'abc'[float(1)]
except TypeError as e:
    print('TypeError', e)
for seq in [(1, 2), [1], range(3)]:
    try:
        seq[str(1)]
    except TypeError as e:
        print('TypeError', e)
try:
    [1][2**100]
except IndexError as e:
    print('IndexError', e)
print([1, 2][True], 'ab'[False], (1, 2)[-2**0])
