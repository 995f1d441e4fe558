# heapq's max-heap helpers (_heapify_max, _heappop_max, _heapreplace_max): CPython's layout.
import heapq
seed = 4242
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
for trial in range(15):
    h = [rnd(40) for _ in range(rnd(18))]
    heapq._heapify_max(h)
    print(h)
    out = []
    for step in range(10):
        if h and rnd(2):
            out.append(heapq._heappop_max(h))
        elif h:
            out.append(heapq._heapreplace_max(h, rnd(40)))
    print(h, out)
for f in (heapq._heappop_max, lambda h: heapq._heapreplace_max(h, 1)):
    try:
        f([])
    except IndexError as e:
        print('IndexError', e)
