x = 10
f = lambda a=x: a
x = 20
print(f(), (lambda: x)())
fs = []
for i in range(3):
    fs.append(lambda i=i, j=i * 2: (i, j))
print([g() for g in fs])
def maker():
    return [lambda n=n: n * n for n in range(4)]
print([h() for h in maker()])
acc = []
def add(v, target=acc):
    target.append(v)
    return target
add(1); add(2)
print(acc, add(3, []))
class C:
    val = 5
    get = lambda self, d=val: d
print(C().get())
def outer():
    y = 'outer y'
    return lambda z=y: z
print(outer()())
kw = lambda *, k=3: k
print(kw(), kw(k=4))
