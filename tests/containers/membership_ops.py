print(1 in [1, 2], 3 not in [1, 2], 'a' in 'abc', 'ac' in 'abc', (1,) in [(1,)], [1] in [[1]], 1 in (1.0,))
print('k' in {'k': 1}, 1 in {'k': 1}, 1 in {1: 'v'}.values() if False else 'v' in {1: 'v'}.values(), 2 in {1, 2})
print(None in [None], None in [], 0 in [False], False in [0], '' in '', '' in 'x')
print(5 in range(10), 5 in range(0, 10, 2), -1 in range(-5, 0), 3.5 in range(5), 3.0 in range(5))
class Eq:
    def __eq__(self, o):
        return True
print(Eq() in [1], 1 in [Eq()], Eq() in [])
n = float('nan')
print(n in [n], n in [float('nan')], n in {n}, n in (n,))
try:
    [] in {1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 'abc'
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    yield from [1, 2, 3]
print(2 in gen(), 5 in gen(), 'b' in iter('abc'))
print(b'a' in b'abc', 97 in b'abc', [1, 2] in [[1, 2], 3])
print(any(x in 'aeiou' for x in 'xyz'), sum(c in 'aeiou' for c in 'education'))
