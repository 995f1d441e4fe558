# asyncio: Future: results, exceptions, cancellation, InvalidStateError, done callbacks
# (scheduled with call_soon, removal), await, and the reprs of futures and done tasks.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f, f.done(), f.cancelled(), f.get_loop() is loop)
    for op in (f.result, f.exception):
        try:
            op()
        except asyncio.InvalidStateError as e:
            print('InvalidStateError', e)
    f.add_done_callback(lambda fut: print('callback 1', fut.result()))
    f.add_done_callback(lambda fut: print('callback 2'))
    f.set_result(1)
    print('set, callbacks not run yet')
    await asyncio.sleep(0)
    f.add_done_callback(lambda fut: print('late callback'))
    print('added late')
    await asyncio.sleep(0)
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    try:
        f.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    print(f.cancel(), f, f.exception())

    g = loop.create_future()
    try:
        g.set_exception(StopIteration())
    except TypeError as e:
        print('TypeError', e)
    try:
        g.set_exception(42)
    except TypeError as e:
        print('TypeError', e)
    g.set_exception(ValueError)
    print(g, repr(g.exception()))
    try:
        g.result()
    except ValueError as e:
        print('raised', repr(e))

    h = loop.create_future()
    print(h.cancel('m'), h.cancel())
    print(h, h.cancelled(), h.done())
    for op in (h.result, h.exception):
        try:
            op()
        except asyncio.CancelledError as e:
            print('CancelledError', repr(e))

    x = loop.create_future()
    x.set_result('a' * 50)
    print(x)
    x = loop.create_future()
    x.set_result(list(range(20)))
    print(x)
    x = loop.create_future()
    x.set_result({i: [i] * 10 for i in range(10)})
    print(x)
    x = loop.create_future()
    x.set_result(10 ** 50)
    print(x)
    x = loop.create_future()
    x.add_done_callback(print)
    print(x)
    x.add_done_callback(str)
    print(x)
    x.add_done_callback(repr)
    x.add_done_callback(print)
    print(x)
    print(x.remove_done_callback(print), x.remove_done_callback(print), x)
    x.cancel()

    # await a future set later by a timer
    y = loop.create_future()
    loop.call_later(0.01, y.set_result, 'later')
    print(await y)
    z = loop.create_future()
    loop.call_soon(z.set_exception, KeyError('k'))
    try:
        await z
    except KeyError as e:
        print('KeyError', e)
    print(asyncio.isfuture(z), asyncio.isfuture(asyncio.Future), asyncio.isfuture(None))
    print(isinstance(asyncio.current_task(), asyncio.Future))

    async def coro():
        return 1
    t = asyncio.create_task(coro(), name='T')
    await t
    print(t)
    async def fail():
        raise ValueError('x' * 40)
    t = asyncio.create_task(fail(), name='F')
    await asyncio.gather(t, return_exceptions=True)
    print(t)
    t = asyncio.create_task(coro(), name='C')
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(t)
    h = loop.call_soon(print, 1, 'a')
    print(h)
    h.cancel()
    print(h)
    th = loop.call_at(100.5, print)
    print(th, th.when())
    th.cancel()
    print(th)


asyncio.run(main())
f = asyncio.Future(loop=asyncio.new_event_loop())
print(f)
f.get_loop().close()
