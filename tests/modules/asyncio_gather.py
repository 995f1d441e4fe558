# asyncio: gather() results and exceptions, return_exceptions, cancelling the gather or a
# child, duplicates, plain futures and the empty gather.
import asyncio


async def job(name, d, fail=False):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
    if fail:
        raise ValueError(name)
    print(name, 'done')
    return name


async def main():
    print(await asyncio.gather())
    print(await asyncio.gather(job('a', 0.02), job('b', 0.01)))
    r = await asyncio.gather(job('c', 0.01, True), job('d', 0.02), return_exceptions=True)
    print([repr(x) for x in r])
    try:
        await asyncio.gather(job('e', 0.01, True), job('f', 0.03))
    except ValueError as e:
        print('gather raised', e)
    await asyncio.sleep(0.05)  # f goes on and finishes meanwhile

    g = asyncio.gather(job('g', 0.05), job('h', 0.05))
    await asyncio.sleep(0.01)
    print(g.cancel(), g.cancel() if g.done() else 'pending')
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather cancelled', repr(e))

    t1 = asyncio.create_task(job('i', 0.05))
    t2 = asyncio.create_task(job('j', 0.01))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0)
    t1.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print('child cancelled', repr(e))
    await asyncio.sleep(0.03)

    t1 = asyncio.create_task(job('k', 0.05))
    g = asyncio.gather(t1, job('l', 0.01), return_exceptions=True)
    await asyncio.sleep(0)
    t1.cancel('msg')
    print([repr(x) for x in await g])

    t = asyncio.create_task(job('m', 0.01))
    print(await asyncio.gather(t, t, t))
    c = job('n', 0)
    print(await asyncio.gather(c, c))

    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, 'fut')
    print(await asyncio.gather(f, job('o', 0.02)))

    async def outer():
        return await asyncio.gather(job('p', 0.05), job('q', 0.05))
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('outer cancelled', t.cancelled())

    g = asyncio.gather(job('r', 0), job('s', 0))
    await g
    print(g.done(), g.cancel())


asyncio.run(main())
