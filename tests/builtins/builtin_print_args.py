import sys
print()
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep=' | ')
print('no newline', end='')
print(' <- continued')
print('x', end='!\n')
print(1, 2.5, None, True, [1], {'k': 'v'}, (1,), 'str')
print(*range(5), sep=',')
print('to stdout', file=sys.stdout)
print('to stderr', file=sys.stderr)
print('after stderr')
print('flush', flush=True)
print(sep='ignored')
print('a', 'b', sep=None, end=None)
class S:
    def __str__(self):
        return 'S-str'
    def __repr__(self):
        return 'S-repr'
print(S(), [S()])
try:
    print('x', sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('x', end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('x', bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('captured', 42, file=w)
print(w.parts)
print(print.__name__, print('inner') is None)
try:
    print('x', file=5)
except AttributeError as e:
    print(type(e).__name__)
