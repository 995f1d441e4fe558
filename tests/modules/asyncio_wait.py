# asyncio: wait() with its three return_when values and a timeout, as_completed(), and
# wait_for() (timeouts, cancellation of the inner task, a task that ignores it).
import asyncio


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise KeyError(name)
    return name


def names(s):
    return sorted(t.get_name() for t in s)


async def main():
    ts = [asyncio.create_task(job(n, d), name=n)
          for n, d in (('a', 0.3), ('b', 0.05), ('c', 0.15))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(type(done).__name__, names(done), names(pending))
    done, pending = await asyncio.wait(ts, timeout=0.2)
    print(names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print(names(done), names(pending), [t.result() for t in ts])

    ts = [asyncio.create_task(job('x', 0.05, True), name='x'),
          asyncio.create_task(job('y', 0.2), name='y')]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending))
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

    try:
        await asyncio.wait([])
    except ValueError as e:
        print('ValueError', e)
    c = job('z', 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print('TypeError', e)
    c.close()
    try:
        await asyncio.wait(ts, return_when='bogus')
    except ValueError as e:
        print('ValueError', e)
    try:
        await asyncio.wait(ts[0])
    except TypeError as e:
        print('TypeError', e)

    ts = [asyncio.create_task(job(n, d)) for n, d in (('a', 0.25), ('b', 0.05), ('c', 0.15))]
    for coro in asyncio.as_completed(ts):
        print('as_completed', await coro)
    ts = [asyncio.create_task(job(n, d)) for n, d in (('a', 0.25), ('b', 0.05))]
    try:
        for coro in asyncio.as_completed(ts, timeout=0.15):
            print('got', await coro)
    except TimeoutError:
        print('as_completed timeout')
    await asyncio.wait(ts)
    it = asyncio.as_completed([job('lazy', 0)])
    print(type(it).__name__)
    print(await next(it))

    print(await asyncio.wait_for(job('w', 0.05), timeout=None))
    print(await asyncio.wait_for(job('w2', 0.05), timeout=0.25))
    try:
        await asyncio.wait_for(job('w3', 0.25), timeout=0.05)
    except asyncio.TimeoutError as e:
        print('timeout', type(e).__name__, type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(job('w4', 0.25), timeout=0)
    except TimeoutError as e:
        print('timeout0', type(e.__cause__).__name__)
    f = asyncio.get_running_loop().create_future()
    f.set_result(3)
    print(await asyncio.wait_for(f, 0))

    async def slow_cancel():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('cleanup')
            await asyncio.sleep(0.05)
            print('cleanup done')
            raise
    try:
        await asyncio.wait_for(slow_cancel(), 0.05)
    except TimeoutError:
        print('timed out after cleanup')

    async def ignore_cancel():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return 'ignored'
    print(await asyncio.wait_for(ignore_cancel(), 0.05))

    async def failing():
        await asyncio.sleep(0)
        raise OSError('inner')
    try:
        await asyncio.wait_for(failing(), 1)
    except OSError as e:
        print('OSError', e)

    # Cancelling the task that waits in wait_for() cancels the inner one too.
    inner = asyncio.create_task(job('inner', 1))
    outer = asyncio.create_task(asyncio.wait_for(inner, 1))
    await asyncio.sleep(0.05)
    outer.cancel()
    await asyncio.gather(outer, return_exceptions=True)
    print(outer.cancelled(), inner.cancelled())


asyncio.run(main())
