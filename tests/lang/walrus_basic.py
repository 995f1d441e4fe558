if (n := 10) > 5:
    print('n is', n)
data = [1, 2, 3, 4]
if (L := len(data)) > 3:
    print('long', L)
it = iter([3, 2, 1, 0, 5])
out = []
while (v := next(it)) != 0:
    out.append(v)
print(out)
print([y for x in range(6) if (y := x * x) % 2])
print([(z := i) for i in range(3)], z)
def f():
    [(w := k) for k in 'abc']
    return w
print(f())
print((a := 1, b := 2))
print(a, b)
vals = [(s := 0)] + [(s := s + i) for i in range(1, 5)]
print(vals, s)
def g(x):
    return (m := x * 2) + m
print(g(5))
print(any((found := v) > 2 for v in [1, 3, 5]), found)
r = (q := 'inner') + '!'
print(r, q)
print(f'{(x := 7)} {x}')
def h():
    if (t := None) is None:
        t = 'default'
    return t
print(h())
total = 0
while (chunk := [1, 2, 3][total:total + 1]):
    total += 1
print(total)
