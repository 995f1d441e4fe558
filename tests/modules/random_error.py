# random: the errors, with CPython's messages.
import random

r = random.Random(5)
tests = [
    'r.randrange(5, 5)', 'r.randrange(0)', 'r.randrange(-3)', 'r.randrange(5, 5, 2)',
    'r.randrange(1, 5, 0)', 'r.randrange(5, 1)', 'r.randrange(2**70, 2**70)',
    'r.randrange(2**70, 2**70, 0)', 'r.randrange(5, step=2)', 'r.randrange(5, None, 2)',
    'r.randint(1, 0)', 'r.choice([])', 'r.choice("")', 'r.choice({})', 'r.choice(5)',
    'r.sample([1, 2], 3)', 'r.sample([1, 2], -1)', 'r.sample({1, 2}, 1)', 'r.sample({1: 2}, 1)',
    'r.sample([1, 2], 2**70)', 'r.sample([1, 2], 1, counts=[1])', 'r.sample([1, 2], 1, counts=[0, 0])',
    'r.sample([1, 2], 1, counts=[1.0, 1])', 'r.sample([], 0, counts=[])',
    'r.getrandbits(-1)', 'r.randbytes(-1)', 'r.getrandbits(2.0)', 'r.randbytes(2.0)',
    'r.choices([1, 2], [1])', 'r.choices([1, 2], [1, 2], cum_weights=[1, 2])',
    'r.choices([1, 2], [0, 0])', 'r.choices([1, 2], [1, -1])', 'r.choices([1, 2], 2)',
    'r.choices([1, 2], [float("inf"), 1])', 'r.choices([1, 2], [float("nan"), 1])',
    'r.choices([1, 2], k=2.0)', 'r.choices([], k=2)', 'r.shuffle((1, 2))',
    'r.gammavariate(0, 1)', 'r.gammavariate(1, -1)', 'r.betavariate(0, 1)',
    'r.expovariate(0)', 'r.paretovariate(0)', 'r.weibullvariate(1, 0)', 'r.lognormvariate(1000, 0)',
    'r.uniform(1, 2**1100)', 'r.setstate(1)', 'r.setstate((1, 2, 3))',
    'r.setstate((3, (1, 2), None))', 'r.setstate((3, (1,) * 624 + (700,), None))',
    'r.setstate((3, (1,) * 624 + (-1,), None))', 'r.setstate((3, (-1,) * 625, None))',
    'r.setstate((3, [1] * 625, None))', 'r.setstate((3, (1,) * 625))',
    'r.setstate((3, (1,) * 625, None, 4))', 'random.seed([1])',
]
for t in tests:
    try:
        print(t, repr(eval(t)))
    except Exception as e:
        print(t, type(e).__name__, e)
# A failed setstate leaves the state alone.
print(r.random())
for t in ['r.randrange("a")', 'r.randrange(1, 5, None)', 'r.uniform("a", 1)', 'r.choice(None)',
          'r.sample([1, 2], 1, counts=5)', 'random.Random(1, 2)', 'r.uniform(1)',
          'r.sample([1, 2])', 'r.random(1)', 'r.gauss(1, 2, 3)']:
    try:
        eval(t)
    except Exception as e:
        print(t, type(e).__name__)
# Argument errors name the method as CPython's do.
for t in ['r.uniform()', 'r.uniform(1)', 'r.uniform(1, 2, 3)', 'r.uniform(1, c=2)',
          'r.uniform(1, a=2)', 'r.sample()', 'r.randrange()', 'r.randrange(1, 2, 3, 4)',
          'r.choices([1], [1], [1])', 'r.lognormvariate(1)', 'random.Random(y=1)',
          'random.Random(1, x=1)']:
    try:
        eval(t)
    except TypeError as e:
        print(t, e)
