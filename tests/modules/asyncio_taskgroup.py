# asyncio: TaskGroup: results, a failing task cancels the others and the body, several
# errors in one ExceptionGroup, an error in the body, a cancelled parent, misuse.
import asyncio
async def job(name, d, fail=None):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
    if fail:
        raise fail
    print(name, 'done')
    return name
async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job('a', 0.02))
        t2 = tg.create_task(job('b', 0.01), name='bee')
        print(t2.get_name())
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('c', 0.01, ValueError('c')))
            tg.create_task(job('d', 0.05))
            await asyncio.sleep(0.1)
            print('not reached')
    except* ValueError as eg:
        print('caught', repr(eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('e', 0, ValueError('e')))
            tg.create_task(job('f', 0, TypeError('f')))
    except ExceptionGroup as eg:
        print('group', eg.message, sorted(type(e).__name__ for e in eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('g', 0.05))
            raise KeyError('body')
    except ExceptionGroup as eg:
        print('body error', repr(eg.exceptions))
    # cancellation of parent
    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('h', 0.05))
            tg.create_task(job('i', 0.05))
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('parent cancelled')
    tg = asyncio.TaskGroup()
    c = job('x', 0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print('RE', e)
    c.close()
    async with tg:
        pass
    c = job('y', 0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print('RE', e)
    c.close()
    # nested and base exception ordering
    async def worker(n):
        await asyncio.sleep(0.01 * n)
        return n * 10
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(worker(i)) for i in range(1, 4)]
    print([t.result() for t in ts])
    print(repr(asyncio.TaskGroup()))
asyncio.run(main())
