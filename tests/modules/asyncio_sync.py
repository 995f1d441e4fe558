# asyncio: Barrier over several rounds, reset() and abort(); Condition.notify(n) and a
# cancelled condition waiter; a Lock waiter cancelled while the lock is handed over.
import asyncio
async def main():
    b = asyncio.Barrier(2)
    async def party(n, rounds):
        for r in range(rounds):
            i = await b.wait()
            print('party', n, 'round', r, 'index', i)
            await asyncio.sleep(0)
    await asyncio.gather(party('a', 3), party('b', 3))
    print(b.n_waiting, b.broken)
    async def lone():
        try:
            await b.wait()
        except asyncio.BrokenBarrierError as e:
            print('reset broke it', repr(e))
    t = asyncio.create_task(lone())
    await asyncio.sleep(0)
    print(b.n_waiting)
    await b.reset()
    await t
    print(b.broken, b.n_waiting)
asyncio.run(main())
async def main2():
    b = asyncio.Barrier(1)
    async with b as i:
        print('single', i)
    cond = asyncio.Condition()
    async def w(n):
        async with cond:
            await cond.wait()
            print('woken', n)
    ts = [asyncio.create_task(w(i)) for i in range(5)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        cond.notify(10)
    await asyncio.gather(*ts)
    # cancel a condition waiter
    t = asyncio.create_task(w('c'))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled(), cond.locked())
    lock = asyncio.Lock()
    await lock.acquire()
    async def lw(n):
        async with lock:
            print('lock', n)
    ts = [asyncio.create_task(lw(i)) for i in range(3)]
    await asyncio.sleep(0)
    ts[0].cancel()
    lock.release()
    await asyncio.gather(*ts, return_exceptions=True)
    print([t.cancelled() for t in ts], lock.locked())
    b = asyncio.Barrier(2)
    ts = [asyncio.create_task(b.wait()) for _ in range(3)]
    for _ in range(5):
        await asyncio.sleep(0)
    print(b.n_waiting, sum(t.done() for t in ts))
    await b.abort()
    r = await asyncio.gather(*ts, return_exceptions=True)
    print(sorted(repr(x) for x in r))
asyncio.run(main2())
