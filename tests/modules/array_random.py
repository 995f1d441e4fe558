# array: random sequences of operations, checked against a list doing the same.
try:
    from array import array
    import random
except ImportError:
    print('SKIP')
    raise SystemExit

random.seed(7)
bad = 0
for code in 'bBhHiIlLqQd':
    a = array(code)
    l = []
    for step in range(300):
        op = random.randrange(9)
        v = random.randrange(100)
        if op == 0:
            a.append(v); l.append(v)
        elif op == 1 and l:
            i = random.randrange(-len(l), len(l))
            if a.pop(i) != l.pop(i):
                bad += 1
        elif op == 2:
            i = random.randrange(-20, 20)
            a.insert(i, v); l.insert(i, v)
        elif op == 3:
            i, j, k = random.randrange(-15, 15), random.randrange(-15, 15), random.choice([None, 1, 2, -1, -3])
            s = slice(i, j, k)
            if list(a[s]) != l[s]:
                bad += 1
            del a[s]; del l[s]
        elif op == 4:
            i, j = random.randrange(-15, 15), random.randrange(-15, 15)
            new = [random.randrange(100) for _ in range(random.randrange(4))]
            a[i:j] = array(code, new); l[i:j] = new
        elif op == 5 and l:
            i = random.randrange(len(l))
            a[i] = v; l[i] = v
        elif op == 6:
            a.extend([v, v + 1]); l.extend([v, v + 1])
        elif op == 7 and v in l:
            a.remove(v); l.remove(v)
        elif op == 8:
            a.reverse(); l.reverse()
        if a.tolist() != l:
            bad += 1
    print(code, len(a), a.count(5), sum(a), a[:5])
print('mismatches', bad)
