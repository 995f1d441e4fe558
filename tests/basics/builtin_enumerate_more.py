# enumerate: start, keywords, big starts, laziness
e = enumerate('ab')
print(type(e).__name__, isinstance(e, enumerate), iter(e) is e)
print(next(e), list(e), list(e))
print(list(enumerate('xy', -5)), list(enumerate('xy', start=10)))
print(list(enumerate(iterable='pq', start=1)))
print(list(enumerate([7], 2**70)))
print(list(enumerate(range(3), True)))
try:
    enumerate([], 'a')
except TypeError:
    print('TypeError')
try:
    enumerate()
except TypeError:
    print('TypeError')
try:
    enumerate(5)
except TypeError:
    print('TypeError')
for i, (a, b) in enumerate(zip('ab', 'cd'), 1):
    print(i, a, b)
d = {}
for i, c in enumerate('hello'):
    d.setdefault(c, []).append(i)
print(d)
