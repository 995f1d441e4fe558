d = {'a': 1, (1, 2): 'tuple', 3: 'int', None: 'none'}
for k in ['b', (1, 3), 4, 'a\nb', '', 0.5, (), frozenset()]:
    try:
        d[k]
    except KeyError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
try:
    d[(1,)]
except LookupError as e:
    print(type(e).__name__, e)
for seq in ([1, 2], (1, 2), 'ab', range(2)):
    for i in (2, -3):
        try:
            seq[i]
        except IndexError as e:
            print(type(seq).__name__, i, type(e).__name__, e)
try:
    [1][2] = 5
except IndexError as e:
    print(e)
try:
    del [1][5]
except IndexError as e:
    print(e)
try:
    {}.pop(('x', 1))
except KeyError as e:
    print(repr(e), e)
s = set()
try:
    s.remove((1, 2))
except KeyError as e:
    print(repr(e))
try:
    {'k': 1}.__getitem__('m')
except KeyError as e:
    print('getitem', e)
