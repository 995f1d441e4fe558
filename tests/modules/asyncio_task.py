# asyncio: the Task API: names, get_coro, reprs while pending, cancelling and done,
# done callbacks (order, removal), all_tasks/current_task, and misuse errors.
import asyncio


async def waiter(fut):
    x = 1
    await fut
    return x


async def main():
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    print(me.get_name(), me in asyncio.all_tasks(), me.done())
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut), name='W')
    print(t)
    await asyncio.sleep(0)
    print(t)
    print(fut)
    print(t.get_coro().__name__, t.get_loop() is loop, len(asyncio.all_tasks()))
    t.set_name(42)
    print(repr(t.get_name()))
    t.add_done_callback(lambda task: print('first callback', task.get_name()))
    t.add_done_callback(lambda task: print('second callback', task.result()))
    def removed(task):
        print('never')
    t.add_done_callback(removed)
    print(t.remove_done_callback(removed), t.remove_done_callback(removed))
    fut.set_result(None)
    print(t)
    await asyncio.sleep(0)
    print(t.done(), t)
    await asyncio.sleep(0)
    print(len(asyncio.all_tasks()))

    t = asyncio.create_task(waiter(loop.create_future()), name='C')
    await asyncio.sleep(0)
    t.cancel()
    print(t)
    await asyncio.sleep(0)
    print(t, t.cancel())

    for bad in (42, None):
        try:
            asyncio.Task(bad)
        except TypeError as e:
            print('TypeError', e)
    try:
        me.set_result(1)
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        me.set_exception(ValueError())
    except RuntimeError as e:
        print('RuntimeError', e)

    async def await_self():
        await asyncio.current_task()
    t = asyncio.create_task(await_self())
    await asyncio.gather(t, return_exceptions=True)
    print(type(t.exception()).__name__, str(t.exception()).split(':')[0])

    class BadAwait:
        def __await__(self):
            yield 'not a future'
    async def bad_yield():
        await BadAwait()
    t = asyncio.create_task(bad_yield())
    await asyncio.gather(t, return_exceptions=True)
    print(type(t.exception()).__name__, t.exception())

    async def fails():
        raise LookupError('stored')
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print(t.done(), repr(t.exception()))

    print(asyncio.iscoroutinefunction(waiter), asyncio.iscoroutinefunction(main.__class__))
    c = waiter(None)
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(waiter))
    c.close()

    # ensure_future: tasks are returned as they are, coroutines and awaitables wrapped
    print(asyncio.ensure_future(me) is me)
    class Awaitable:
        def __await__(self):
            return (yield from asyncio.sleep(0, 'awaited').__await__())
    t = asyncio.ensure_future(Awaitable())
    print(type(t).__name__, await t)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print('TypeError', e)


asyncio.run(main())
