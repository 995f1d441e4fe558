print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', -5)), list(enumerate([], 3)))
print(list(enumerate('ab', start=10)), list(enumerate(range(3), 10 ** 20)))
e = enumerate(['x', 'y'])
print(type(e).__name__, next(e), next(e), iter(e) is e)
try:
    next(e)
except StopIteration:
    print('StopIteration')
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
print(dict(enumerate('ab')), [i * c for i, c in enumerate('abc')])
for bad in [(5,), ('ab', 'x'), ('ab', 1.5)]:
    try:
        enumerate(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
def gen():
    yield 'g1'
    yield 'g2'
print(list(enumerate(gen())))
class I:
    def __index__(self):
        return 3
print(list(enumerate('z', I())))
