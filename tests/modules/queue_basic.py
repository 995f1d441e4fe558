# queue: FIFO, LIFO, priority and simple queues, bounds, task counting and the errors that
# need no second thread.
import queue

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.unfinished_tasks)
print([q.get() for _ in range(5)], q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(False)
except queue.Empty:
    print("Empty without block")
for i in range(5):
    q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)
q.join()

b = queue.Queue(maxsize=2)
b.put("a")
b.put_nowait("b")
print(b.full(), b.qsize(), b.maxsize)
try:
    b.put("c", block=False)
except queue.Full as e:
    print("Full", repr(e))
try:
    b.put("c", timeout=0.01)
except queue.Full:
    print("Full after timeout")
for bad in [lambda: b.put("c", timeout=-1), lambda: b.get(timeout=-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
print(b.get(), b.get_nowait(), b.empty())
u = queue.Queue()
u.put(1, timeout=-1)
print(u.get(block=False, timeout=-1))

lq = queue.LifoQueue()
for x in "abc":
    lq.put(x)
print([lq.get() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A")]:
    pq.put(item)
print([pq.get() for _ in range(4)])

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print("Empty simple")
try:
    sq.get(timeout=-0.5)
except ValueError as e:
    print("ValueError", e)
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("Empty simple after timeout")

print(queue.Empty, queue.Full, queue.SimpleQueue, queue.Queue.__module__)
print(queue.Queue[int], queue.SimpleQueue[str], issubclass(queue.Empty, Exception))
print(issubclass(queue.LifoQueue, queue.Queue), isinstance(pq, queue.Queue))
print(sorted(queue.__all__))
