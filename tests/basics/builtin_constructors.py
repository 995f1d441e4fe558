# calling the builtin types
print(int(), float(), str(), bool(), list(), tuple(), dict())
print(repr(str()), repr(float()))
print(int('5'), int(5.7), int(True), int(-2))
print(float('2.5'), float(3), float(False))
print(str(12), str(1.25), str([1]), str(None))
print(bool(0), bool(1), bool('a'), bool(''), bool([0]), bool(None))
print(list('ab'), list((1, 2)), list(range(2)))
print(tuple('ab'), tuple([1, 2]))
print(dict(a=1), dict([(1, 2)]))
print(type(int('3')).__name__, type(float('3')).__name__)
x = int
print(x('42') + 1)
conv = [int, float, str, bool]
for c in conv:
    print(repr(c('1')))
