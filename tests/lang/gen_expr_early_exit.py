log = []
def src():
    for i in range(10):
        log.append(i)
        yield i
g = (x * 2 for x in src())
for v in g:
    if v >= 4:
        break
print(v, log)
print(next(g), log)
print(any(x > 2 for x in src()))
print(log)
log.clear()
print(next(x for x in src() if x > 5))
print(log)
def first(it):
    for x in it:
        return x
print(first(src()))
z = zip(src(), 'ab')
log.clear()
print(list(z), log)
def inf():
    n = 0
    while True:
        yield n
        n += 1
print([v for v, _ in zip(inf(), range(5))])
g = inf()
print(next(g), next(g))
g.close()
print(list(g))
print(next((i for i in range(0)), 'default'))
gen = (i for i in range(3))
print(list(gen), list(gen))
print(3 in (i for i in range(5)))
log.clear()
gi = src()
print(2 in gi, log)
print(list(gi)[:2])
