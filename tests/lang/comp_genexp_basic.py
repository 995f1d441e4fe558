g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in ['a', 'abc', 'ab']))
print(''.join(c.upper() for c in 'abc'))
print(tuple(i for i in range(3)))
print(sorted((-i for i in range(4))))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, 0]))
def gen_first_iter():
    its = []
    def src():
        its.append('src created')
        return iter([1, 2])
    g = (x for x in src())
    its.append('genexp created')
    return its, list(g)
print(gen_first_iter())
try:
    g = (1 / x for x in [1, 0])
    print(next(g))
    print(next(g))
except ZeroDivisionError as e:
    print(type(e).__name__)
print(list(g))
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__)
pairs = list((a, b) for a in 'xy' for b in (1, 2) if b != 1 or a == 'x')
print(pairs)
print(dict((i, str(i)) for i in range(3)))
it = iter(range(10))
print(list(x for x in it if x < 5), list(it))
print(set(x % 2 for x in range(5)) == {0, 1})
