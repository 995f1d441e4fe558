# itertools: accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap, pairwise,
# zip_longest: results, laziness and argument errors.
from itertools import (accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap,
                       pairwise, zip_longest, count, islice)

print(list(accumulate([1, 2, 3, 4])))
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate('abc')))
print(list(accumulate([1, 2], None)), list(accumulate(iterable=[1, 2], func=lambda a, b: a - b)))
print(list(accumulate([1, 2, 3], lambda a, b: a * 10 + b, initial=None)))
print(list(islice(accumulate(count()), 5)))

print(list(chain('ab', [1, 2], (), range(2))))
print(list(chain()), list(chain([])))
print(list(chain.from_iterable(['ab', 'cd', []])))
print(list(islice(chain.from_iterable(repeat_ for repeat_ in (count(), count(5))), 3)))
c = chain([1], 5, [2])
print(next(c))
try:
    next(c)
except TypeError as e:
    print('TypeError', e)
print(type(chain.from_iterable([])).__name__)

print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(compress('abc', [1, 1, 1, 1, 1])), list(compress('abcdef', [0, 1])))
print(list(compress(data=range(6), selectors=count())))

print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(bool, [])), list(takewhile(bool, [])))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
seen = []
def small(x):
    seen.append(x)
    return x < 3
t = takewhile(small, count())
print(list(t), seen, list(t))
seen.clear()
d = dropwhile(small, [0, 5, 1, 2])
print(list(d), seen)

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: a, ['ab', [1], ()])))
print(list(starmap(max, [[1, 5, 2]])))

print(list(pairwise('abcde')), list(pairwise('a')), list(pairwise('')))
print(list(islice(pairwise(count()), 3)))

print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest('ab', range(3), [None])))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest('a', fillvalue=0)))
z = zip_longest('ab', 'c')
print(next(z), next(z))
try:
    next(z)
except StopIteration:
    print('stop')

# A StopIteration from a called function ends the iteration.
def stopper(x):
    if x == 2:
        raise StopIteration
    return True
print(list(takewhile(stopper, [0, 1, 2, 3])), list(filterfalse(stopper, [0, 1, 2, 3])))
print(list(accumulate([1, 2, 3, 4], lambda a, b: stopper(b) and a + b)))

def err(f):
    try:
        r = f()
        print(list(r))
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: accumulate(1))
err(lambda: accumulate())
err(lambda: accumulate([1], x=1))
err(lambda: accumulate([1], None, 3))
err(lambda: accumulate([1, 'a']))
err(lambda: chain(1))
err(lambda: chain(x=1))
err(lambda: chain.from_iterable(1))
err(lambda: chain.from_iterable([1]))
err(lambda: compress([1], 1))
err(lambda: compress([1]))
err(lambda: compress())
err(lambda: compress([1], [1], [1]))
err(lambda: dropwhile(len))
err(lambda: dropwhile(len, [1], 2))
err(lambda: dropwhile(x=1))
err(lambda: takewhile(len, 1))
err(lambda: takewhile(len, [1]))
err(lambda: filterfalse(None, 1))
err(lambda: filterfalse(None))
err(lambda: starmap(pow, [1]))
err(lambda: starmap(pow, [(1,)]))
err(lambda: starmap(pow))
err(lambda: starmap(x=1))
err(lambda: pairwise(1))
err(lambda: pairwise())
err(lambda: pairwise(x=1))
err(lambda: zip_longest(1))
err(lambda: zip_longest([1], 2))
err(lambda: zip_longest([1], x=2))
