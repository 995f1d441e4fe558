sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
star = lambda *a, **k: (a, sorted(k.items()))
print(star(1, 2, x=3))
kwonly = lambda *, k: k * 2
print(kwonly(k=4))
try:
    kwonly(4)
except TypeError as e:
    print(type(e).__name__)
print((lambda: 'noargs')())
print(list(map(lambda t: t[1], [(1, 'a'), (2, 'b')])))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
nested = lambda x: lambda y: x + y
print(nested(3)(4))
print(sq.__name__)
cond = lambda n: 'even' if n % 2 == 0 else 'odd'
print([cond(i) for i in range(4)])
fs = {name: (lambda n: lambda v: f'{n}:{v}')(name) for name in ['a', 'b']}
print(fs['a'](1), fs['b'](2))
print((lambda *a: len(a))(*range(5)))
posonly = lambda a, /, b: (a, b)
print(posonly(1, b=2))
try:
    posonly(a=1, b=2)
except TypeError as e:
    print(type(e).__name__)
rec = lambda n: 1 if n <= 1 else n * rec(n - 1)
print(rec(10))
