state = 31337
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % n
l = []
for step in range(1500):
    op = rnd(12)
    if op < 4:
        l.append(rnd(100))
    elif op == 4 and l:
        l.pop(rnd(len(l)))
    elif op == 5:
        l.insert(rnd(len(l) + 3) - 1, rnd(100))
    elif op == 6 and l:
        i = rnd(len(l))
        j = i + rnd(5)
        l[i:j] = [rnd(100) for _ in range(rnd(4))]
    elif op == 7 and l:
        del l[rnd(len(l)):rnd(len(l) + 1):1 + rnd(3)]
    elif op == 8:
        l.extend(range(rnd(3)))
    elif op == 9 and len(l) > 1:
        l.reverse()
    elif op == 10 and l:
        v = l[rnd(len(l))]
        l.remove(v)
    elif op == 11 and l:
        l[::-1 - rnd(2)] = l[::-1 - rnd(2)] if False else l[::-1 - 0]
if True:
    print(len(l), l[:20], sum(l))
print(l[::7][:15], l[-1:-20:-3], sorted(l)[:10], l.count(5), l.index(l[0]))
