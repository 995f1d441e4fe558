fs = [lambda x, i=i: x * i for i in range(4)]
print([f(10) for f in fs])
gs = [lambda x: x * i for i in range(4)]
print([g(10) for g in gs])
ops = {'add': lambda a, b: a + b, 'sub': lambda a, b: a - b, 'mul': lambda a, b: a * b}
print({k: f(6, 3) for k, f in sorted(ops.items())})
print(sorted(range(-5, 5), key=lambda x: (x * x, x)))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
print(list(filter(lambda s: len(s) > 2, ['a', 'abc', 'de', 'fghi'])))
adder = lambda n: (lambda m: n + m)
print([adder(i)(100) for i in range(3)])
y = 10
f = lambda: y
y = 20
print(f())
print((lambda *args, **kw: (args, sorted(kw)))(1, 2, a=3))
print((lambda a, b=2, *c, d, e=5, **f: (a, b, c, d, e, f))(1, d=4))
