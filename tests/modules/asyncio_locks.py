# asyncio: Lock (FIFO waiters, a cancelled waiter), Event, Condition (wait_for, notify,
# notify_all), Semaphore, BoundedSemaphore and Barrier (wait, abort).
import asyncio
async def locker(lock, name, d):
    print(name, 'wants')
    async with lock:
        print(name, 'has', lock.locked())
        await asyncio.sleep(d)
    print(name, 'released')
async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    await asyncio.gather(*(locker(lock, n, 0.005) for n in 'abc'))
    try:
        lock.release()
    except RuntimeError as e:
        print('RE', e)
    # cancel a waiter
    await lock.acquire()
    t1 = asyncio.create_task(locker(lock, 'x', 0))
    t2 = asyncio.create_task(locker(lock, 'y', 0))
    await asyncio.sleep(0)
    t1.cancel()
    lock.release()
    await asyncio.sleep(0.01)
    print(t1.cancelled(), t2.done())
    # event
    ev = asyncio.Event()
    async def waiter(n):
        print(n, 'waiting')
        r = await ev.wait()
        print(n, 'woke', r)
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set())
    ev.set()
    print(ev.is_set())
    await asyncio.gather(*ts)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())
    # condition
    cond = asyncio.Condition()
    items = []
    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            print(n, 'consumed', items.pop(0))
    async def producer():
        for i in range(3):
            await asyncio.sleep(0.005)
            async with cond:
                items.append(i)
                cond.notify()
    await asyncio.gather(consumer('c1'), consumer('c2'), consumer('c3'), producer())
    async def notified(n):
        async with cond:
            r = await cond.wait()
            print(n, 'notified', r)
    ts = [asyncio.create_task(notified(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RE', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RE', e)
    # semaphore
    sem = asyncio.Semaphore(2)
    async def worker(n):
        async with sem:
            print('in', n, sem.locked())
            for _ in range(3):
                await asyncio.sleep(0)
        print('out', n)
    await asyncio.gather(*(worker(i) for i in range(5)))
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print('VE', e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('VE', e)
    # barrier
    b = asyncio.Barrier(3)
    async def party(n):
        print('arrive', n)
        i = await b.wait()
        print('pass', n, i)
    await asyncio.gather(*(party(i) for i in range(3)))
    print(b.parties, b.n_waiting, b.broken)
    async def party2(n):
        try:
            await b.wait()
        except asyncio.BrokenBarrierError:
            print('broken', n)
    ts = [asyncio.create_task(party2(i)) for i in range(2)]
    await asyncio.sleep(0)
    await b.abort()
    await asyncio.gather(*ts)
    print(b.broken)
asyncio.run(main())
