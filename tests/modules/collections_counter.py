# collections.Counter: counting, most_common, elements, update/subtract, arithmetic, repr.
from collections import Counter

c = Counter('abracadabra')
print(c, c['a'], c['zzz'], len(c))
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), c.total())
print(Counter(), Counter({'x': 3, 'y': -1}), Counter(cats=4, dogs=8))
print(Counter(['red', 'blue', 'red', 'green', 'blue', 'blue']))

c.update('aaz')
print(c)
c.update({'z': 10})
print(c)
c.subtract('zzz')
print(c)
c.subtract({'b': 5})
print(c)
c.update(a=1)
c.subtract(a=100)
print(c['a'], +c, -c)

x = Counter(a=3, b=1, c=0, d=-2)
y = Counter(a=1, b=2, e=4)
print(x + y, x - y, x | y, x & y)
print(+x, -x)
z = Counter(a=1)
z += Counter(a=2, b=-1)
print(z)
z -= Counter(a=1, q=-3)
print(z)
z |= Counter(b=5)
print(z)
z &= Counter(b=2, a=1)
print(z)

print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=3) >= Counter(a=1, b=0))
print(Counter(a=1) == {'a': 1}, isinstance(c, dict))

d = Counter(a=2)
del d['a']
del d['missing']
print(d)

e = Counter('hello')
cp = e.copy()
cp['h'] = 100
print(e['h'], cp['h'], type(cp).__name__)
print(sum(Counter(a=2, b=3).values()), list(Counter('aab').keys()))
print(Counter('mississippi').most_common(3))
print(Counter({1: 'x'}) if False else Counter({'k': 2.5, 'j': 1}))

try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
try:
    Counter(a=1) + {'a': 1}
except TypeError:
    print('TypeError')

words = 'the quick brown the lazy the dog quick'.split()
top = Counter(words).most_common(2)
for word, n in top:
    print(word, n)

class MyCounter(Counter):
    pass

print(MyCounter('aab'), type(MyCounter('a') + MyCounter('b')).__name__)
print(Counter[str], Counter('aabbbc').most_common()[:-3:-1])
