# heapq: pseudo-random pushes, pops, replaces and pushpops; the layout matches CPython's.
import heapq
seed = 777
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
for trial in range(30):
    h = [rnd(50) for _ in range(rnd(20))]
    heapq.heapify(h)
    out = []
    for step in range(40):
        op = rnd(4)
        if op == 0:
            heapq.heappush(h, rnd(50))
        elif op == 1 and h:
            out.append(heapq.heappop(h))
        elif op == 2 and h:
            out.append(heapq.heapreplace(h, rnd(50)))
        else:
            out.append(heapq.heappushpop(h, rnd(50)))
    print(h, out[-5:])
    data = [rnd(30) for _ in range(rnd(25))]
    print(heapq.nsmallest(rnd(6), data), heapq.nlargest(rnd(6), data, key=lambda x: x % 7))
    runs = [sorted(rnd(20) for _ in range(rnd(5))) for _ in range(3)]
    print(list(heapq.merge(*runs)), list(heapq.merge(*runs, key=lambda x: x // 3)))
