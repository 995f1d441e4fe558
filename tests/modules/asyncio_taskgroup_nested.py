# asyncio: TaskGroup inside timeout(), a failing child cancelling the body (the parent task
# is uncancelled afterwards), nested groups, and tasks created from a child.
import asyncio
async def child(n, d, fail=False):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print('child', n, 'cancelled')
        raise
    if fail:
        raise ValueError(n)
    return n
async def main():
    try:
        async with asyncio.timeout(0.02):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child(1, 1))
    except TimeoutError:
        print('timeout around taskgroup', asyncio.current_task().cancelling())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(3, 0.01, True))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print('body cancelled')
                raise
    except* ValueError as eg:
        print('eg', [str(e) for e in eg.exceptions])
    print('cancelling after', asyncio.current_task().cancelling())
    await asyncio.sleep(0.01)
    print('still alive')
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(child(4, 0.01))
        async with asyncio.TaskGroup() as inner:
            inner.create_task(child(5, 0.02))
        print('inner done', t.done())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(6, 0.01, True))
            tg.create_task(child(7, 0.05))
            async with asyncio.TaskGroup() as inner:
                inner.create_task(child(8, 0.05))
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, repr(eg.exceptions))
    async def creator(tg):
        await asyncio.sleep(0.01)
        tg.create_task(child(10, 0))
        print('created from child')
    async with asyncio.TaskGroup() as tg:
        tg.create_task(creator(tg))
    print('end')
asyncio.run(main())
