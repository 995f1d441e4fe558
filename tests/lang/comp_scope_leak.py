i = 'keep'
[i for i in range(3)]
print(i)
{i for i in range(3)}
{i: i for i in range(3)}
list(i for i in range(3))
print(i)
def f():
    y = 5
    return [y + z for z in range(3)]
print(f())
def g():
    return [lambda: k for k in range(3)]
print([h() for h in g()])
def outer_var():
    total = 10
    r = [total + x for x in range(2)]
    total = 20
    gen = (total + x for x in range(2))
    total = 30
    return r, list(gen)
print(outer_var())
# the first iterable is evaluated in the enclosing scope
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
try:
    class D:
        n = 2
        bad = [n for _ in range(2)]
except NameError as e:
    print(type(e).__name__)
x = [[1, 2], [3]]
print([y for x in x for y in x])
print([(w := n) for n in range(3)], w)
