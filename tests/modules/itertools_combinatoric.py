# itertools: product, permutations, combinations, combinations_with_replacement: order,
# counts, edge cases and argument errors.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('ab', 'xy')))
print(list(product(range(2), repeat=3)))
print(list(product('ab', [1, 2], repeat=2))[:6], len(list(product('ab', [1, 2], repeat=2))))
print(list(product()), list(product(repeat=3)), list(product('ab', repeat=0)))
print(list(product('ab', '')), list(product('', 'ab')))
print(list(product([1, 2], iter('cd'))))
p = product('ab')
print(next(p), list(p), list(p))

print(list(permutations('abc')))
print(list(permutations(range(4), 2)))
print(list(permutations('ab', 0)), list(permutations('ab', 3)), list(permutations([])))
print(list(permutations('abc', None)) == list(permutations('abc')))
print(len(list(permutations(range(6)))), len(set(permutations(range(5), 3))))
print(list(permutations(iterable='xy', r=1)), list(permutations('ab', True)))

print(list(combinations('abcd', 2)))
print(list(combinations(range(5), 3)))
print(list(combinations('abc', 0)), list(combinations('abc', 4)), list(combinations('', 0)))
print(list(combinations('abc', 3)), len(list(combinations(range(10), 4))))
print(list(combinations(iterable=[1, 2], r=1)))

print(list(combinations_with_replacement('abc', 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(list(combinations_with_replacement('', 0)), list(combinations_with_replacement('', 2)))
print(list(combinations_with_replacement('ab', 0)), len(list(combinations_with_replacement(range(5), 3))))
print(list(combinations_with_replacement(iterable='x', r=3)))

# The pools are read once, up front.
it = iter('abc')
c = combinations(it, 2)
print(list(it), list(c))
# The results are independent tuples.
r = list(product('ab', repeat=2))
print(r[0] is r[1], type(r[0]).__name__)

def err(f):
    try:
        print(list(f()))
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: product(1))
err(lambda: product([1], repeat=-1))
err(lambda: product([1], repeat='a'))
err(lambda: product([1], x=2))
err(lambda: permutations([1], -1))
err(lambda: permutations([1], 'a'))
err(lambda: permutations([1], 2.0))
err(lambda: permutations(1))
err(lambda: permutations(1, -1))
err(lambda: permutations())
err(lambda: permutations([1], 1, 2))
err(lambda: permutations([1], x=1))
err(lambda: combinations([1]))
err(lambda: combinations([1], -1))
err(lambda: combinations([1], 'a'))
err(lambda: combinations(1, 1))
err(lambda: combinations(1, 'a'))
err(lambda: combinations([1], 1, r=1))
err(lambda: combinations([1], 2, 3))
err(lambda: combinations_with_replacement([1], -1))
err(lambda: combinations_with_replacement([1]))
err(lambda: combinations_with_replacement(None, 1))
