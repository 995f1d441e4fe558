print(list(filter(None, [0, 1, '', 'a', [], [0], None, False, True])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, 'a1b2c3')))
print(tuple(filter(bool, (0, 2))), list(filter(None, {})), list(filter(lambda k: k > 1, {1: 'a', 2: 'b'})))
f = filter(None, [1, 0, 2])
print(type(f).__name__, next(f), next(f), iter(f) is f)
try:
    next(f)
except StopIteration:
    print('StopIteration')
try:
    filter(None, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(filter(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(None)
except TypeError as e:
    print(type(e).__name__)
log = []
def pred(x):
    log.append(x)
    return x > 1
lazy = filter(pred, [1, 2, 3])
print(log)
print(next(lazy), log)
print(list(filter(lambda s: s.startswith('a'), ['ab', 'ba', 'aa'])))
