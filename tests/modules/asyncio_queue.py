# asyncio: Queue with a bound (put waits), task_done/join, QueueEmpty/QueueFull,
# PriorityQueue, LifoQueue, get() under wait_for, and a cancelled getter.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print('put', i, q.qsize())


async def consumer(q, name):
    while True:
        item = await q.get()
        print(name, 'got', item)
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    cs = [asyncio.create_task(consumer(q, 'c%d' % i)) for i in range(2)]
    await producer(q, 6)
    await q.join()
    print('joined', q.empty())
    for c in cs:
        c.cancel()
    await asyncio.gather(*cs, return_exceptions=True)

    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('empty')
    q2 = asyncio.Queue(1)
    q2.put_nowait('a')
    print(q2.full(), q2.qsize())
    try:
        q2.put_nowait('b')
    except asyncio.QueueFull:
        print('full')
    print(str(q2))
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError', e)

    pq = asyncio.PriorityQueue()
    for x in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'aa'), (5, 'e'), (0, 'z'), (2, 'bb')]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for x in range(4):
        await lq.put(x)
    print([await lq.get() for _ in range(4)])

    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print('get timeout', q.qsize())

    async def getter(name):
        v = await q.get()
        print(name, v)
    g1 = asyncio.create_task(getter('g1'))
    g2 = asyncio.create_task(getter('g2'))
    await asyncio.sleep(0)
    q.put_nowait(1)
    g1.cancel()  # woken but cancelled: the item goes to g2
    await asyncio.sleep(0.01)
    print(g1.cancelled(), g2.done())

    # A full queue: putters wait in order.
    q = asyncio.Queue(1)
    async def putter(v):
        await q.put(v)
        print('put done', v)
    ps = [asyncio.create_task(putter(v)) for v in 'xyz']
    await asyncio.sleep(0)
    for _ in range(3):
        print('get', await q.get())
        await asyncio.sleep(0)
    await asyncio.gather(*ps)
    print(isinstance(asyncio.QueueEmpty(), Exception), asyncio.Queue[int] is not None)


asyncio.run(main())
