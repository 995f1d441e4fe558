# collections.deque: a long pseudo-random sequence of operations, for every kind of maxlen.
from collections import deque
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
for trial in range(40):
    ml = [None, 0, 1, 3, 7][rnd(5)]
    d = deque(range(rnd(6)), ml)
    out = []
    for step in range(60):
        op = rnd(17)
        try:
            if op == 0: d.append(step)
            elif op == 1: d.appendleft(step)
            elif op == 2: out.append(d.pop())
            elif op == 3: out.append(d.popleft())
            elif op == 4: d.extend(range(rnd(4)))
            elif op == 5: d.extendleft(range(rnd(4)))
            elif op == 6: d.rotate(rnd(9) - 4)
            elif op == 7: d.insert(rnd(7) - 3, 'i')
            elif op == 8: d.remove(rnd(5))
            elif op == 9: out.append(d.index(rnd(5)))
            elif op == 10: out.append(d[rnd(7) - 3])
            elif op == 11: d[rnd(7) - 3] = 'set'
            elif op == 12: del d[rnd(7) - 3]
            elif op == 13: d.reverse()
            elif op == 14: out.append(d.count(rnd(5)))
            elif op == 15: d += [1, 2]
            elif op == 16: d *= rnd(3)
        except (IndexError, ValueError) as e:
            out.append(type(e).__name__ + str(e))
    print(d, out[-8:])
