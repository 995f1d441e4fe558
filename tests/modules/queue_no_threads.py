# queue: a wait that only another thread could end raises RuntimeError on kinglet, which has
# no threads, instead of hanging for ever as CPython's single thread would (.exp file).
import queue

q = queue.Queue()
for call in [q.get, queue.SimpleQueue().get]:
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError", e)
full = queue.Queue(1)
full.put(0)
try:
    full.put(1)
except RuntimeError as e:
    print("RuntimeError", e)
q.put(1)
try:
    q.join()
except RuntimeError as e:
    print("RuntimeError", e)
q.get()
q.task_done()
q.join()
print("joined")
