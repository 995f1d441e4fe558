# heapq: the heap layout after each operation matches CPython's; nlargest/nsmallest; merge.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 12), data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 4), data)
print(heapq.heappushpop([], 3))

print(heapq.nlargest(3, [1, 8, 3, 9, 2]), heapq.nsmallest(3, [1, 8, 3, 9, 2]))
print(heapq.nlargest(0, [1]), heapq.nsmallest(10, [3, 1]), heapq.nlargest(1, []))
words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date']
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len))
print(heapq.nsmallest(3, words, key=lambda w: w[-1]), heapq.nlargest(1, iter(words)))

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([], [1], [])), list(heapq.merge()))
print(list(heapq.merge(['a', 'bb'], ['ccc', 'd'], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge([(1, 'a'), (2, 'b')], [(1, 'c')], key=lambda t: t[0])))

# tuples as (priority, item), the usual priority queue
pq = []
for prio, task in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee')]:
    heapq.heappush(pq, (prio, task))
print([heapq.heappop(pq) for _ in range(len(pq))])


class Task:
    def __init__(self, p, name):
        self.p = p
        self.name = name

    def __lt__(self, other):
        return self.p < other.p


tasks = [Task(3, 'c'), Task(1, 'a'), Task(2, 'b')]
heapq.heapify(tasks)
print([heapq.heappop(tasks).name for _ in range(3)])

# sorting with a heap
vals = [(i * 37) % 101 for i in range(60)]
hh = []
for v in vals:
    heapq.heappush(hh, v)
print([heapq.heappop(hh) for _ in range(len(hh))] == sorted(vals))

for f, args in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)), (heapq.heappush, ((), 1)),
                (heapq.heapify, ((1,),)), (heapq.heappush, ([1], 'a'))]:
    try:
        f(*args)
    except (IndexError, TypeError) as e:
        print(type(e).__name__)
