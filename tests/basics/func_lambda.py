# lambda expressions
sq = lambda x: x * x
print(sq(7))
add = lambda a, b=1: a + b
print(add(2), add(2, 3))
print((lambda: 'no args')())
print((lambda *a: len(a))(1, 2, 3))
print((lambda **k: sorted(k))(b=1, a=2))
print(sorted(['ccc', 'a', 'bb'], key=lambda s: -len(s)))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
for op in ['+', '-', '*']:
    print(op, ops[op](6, 3))
make = lambda n: lambda x: x + n
print(make(5)(1))
print((lambda x: 'even' if x % 2 == 0 else 'odd')(3))
print(type(sq).__name__)
