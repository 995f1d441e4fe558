# random: choice, choices, shuffle and sample, the same picks as CPython.
import random

for seed in [3, 17, 2**70]:
    r = random.Random(seed)
    print([r.choice('abcdefghij') for i in range(10)])
    print(r.choice([1, 2, 3]), r.choice((4, 5)), r.choice(range(100, 200)), r.choice(b'xyz'))
    print(r.choices('abcde', k=8))
    print(r.choices(range(5), [1, 0, 2.5, 3, 0.25], k=8))
    print(r.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=8))
    print(r.choices(range(3), [10**20, 1, 2**60], k=5))
    print(r.choices('xyz', [1, 2, 3]), r.choices('xyz', k=0), r.choices('xyz', k=-2))
    print(r.choices(['a', 'b'], (0.5, 0.5), k=6), r.choices(population='pq', weights=[3, 1], k=3))
    l = list(range(20))
    r.shuffle(l)
    print(l)
    b = bytearray(b'abcdefgh')
    r.shuffle(b)
    print(b)
    e = []
    r.shuffle(e)
    one = [1]
    r.shuffle(one)
    print(e, one)
    print(r.sample(range(1000), 10))
    print(r.sample(range(30), 7), r.sample(range(30), 30) == list(range(30)))
    print(r.sample('abcdefghijklmnopqrstuvwxyz', 6), r.sample((1, 2, 3), 0))
    print(r.sample(range(10**12), 4), r.sample(range(10**6), 25))
    print(r.sample(['red', 'blue'], 5, counts=[4, 2]))
    print(r.sample('xyz', 3, counts=[3, 1, 2]), r.sample(population=[1, 2], k=1))

# sample() is without replacement; choices() keeps the population's proportions.
r = random.Random(11)
s = r.sample(range(100), 100)
print(sorted(s) == list(range(100)), s[:5])
c = r.choices('ab', [9, 1], k=1000)
print(c.count('a'), c.count('b'))
l = list(range(10))
r.shuffle(l)
print(sorted(l) == list(range(10)), l)
