# threading: threads that are started and joined, locks, events, conditions and semaphores
# used without waiting on another thread, timers, names and the thread table.
import threading
import time

results = []
lock = threading.Lock()


def work(n, scale=1):
    with lock:
        results.append(n * scale)


threads = [threading.Thread(target=work, args=(i,), kwargs={"scale": 10}) for i in range(5)]
print([t.name for t in threads], [t.is_alive() for t in threads], threads[0].ident)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), [t.is_alive() for t in threads], threading.active_count())
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(),
      [t.name for t in threading.enumerate()], isinstance(threading.get_ident(), int))


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name="worker-%d" % n)
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n ** 2
        self.inside = threading.current_thread() is self


w = Worker(7)
print(repr(w).split(" ")[0], w.daemon)
w.start()
w.join()
print(w.result, w.inside, w.name, w.is_alive())
try:
    w.start()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("RuntimeError", e)
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon, d.name.startswith("Thread-"), d.name.endswith("(<lambda>)"))

print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
r = threading.RLock()
with r:
    with r:
        print("reentrant")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)

e = threading.Event()
print(e.is_set(), e.wait(0.01))
e.set()
print(e.is_set(), e.wait(), e.wait(1))
e.clear()
print(e.is_set())

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(2)
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError", e)

c = threading.Condition()
with c:
    print(c.wait(0.01), c.wait_for(lambda: 42), c.wait_for(lambda: 0, timeout=0.01))
    c.notify()
    c.notify_all()
try:
    c.notify()
except RuntimeError as e:
    print("RuntimeError", e)

fired = []
t = threading.Timer(0.05, fired.append, args=["fired"])
t.start()
t.join()
cancelled = threading.Timer(5, fired.append, args=["never"])
cancelled.cancel()
cancelled.start()
cancelled.join()
print(fired)

barrier = threading.Barrier(1, action=lambda: fired.append("barrier"))
print(barrier.wait(), barrier.parties, barrier.n_waiting, barrier.broken, fired[-1])
data = threading.local()
data.x = 5
print(data.x, threading.TIMEOUT_MAX > 1e6, threading.stack_size())
