state = 77
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % n
d = {}
log = []
for step in range(3000):
    op = rnd(10)
    k = rnd(60)
    if op < 5:
        d[k] = step
    elif op < 7:
        d.pop(k, None)
    elif op < 8:
        d.setdefault(k, -step)
    elif op < 9 and d:
        if rnd(2):
            d.popitem()
    else:
        d.get(k)
    if step % 300 == 0:
        log.append((len(d), list(d)[:6]))
for entry in log:
    print(entry)
print(len(d), list(d)[:10], sum(d.values()), sorted(d)[:10])
s = set()
for step in range(2000):
    k = rnd(50)
    if rnd(3):
        s.add(k)
    else:
        s.discard(k)
print(len(s), sorted(s))
