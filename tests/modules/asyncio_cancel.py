# asyncio: cancelling tasks (before and during a step, with a message, repeatedly), a task
# that catches the cancellation, cancelling()/uncancel(), shield() and self-cancellation.
import asyncio


async def sleeper(name, d):
    try:
        print(name, 'sleeping')
        await asyncio.sleep(d)
        print(name, 'woke')
        return name
    except asyncio.CancelledError as e:
        print(name, 'cancelled', repr(e))
        raise
    finally:
        print(name, 'finally')


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('stubborn caught')
    await asyncio.sleep(0)
    return 'survived'


async def main():
    t = asyncio.create_task(sleeper('a', 1))
    print(t.cancel())  # before its first step: the body never runs
    print(t.cancelling(), t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print('main got', repr(e))
    print(t.cancelled(), t.done(), t.cancel())

    t = asyncio.create_task(sleeper('b', 1))
    await asyncio.sleep(0)
    print(t.cancel('why'))
    try:
        await t
    except asyncio.CancelledError as e:
        print('main got', repr(e), e.args)

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())
    print(t.uncancel(), t.cancelling(), t.uncancel())

    t = asyncio.create_task(sleeper('twice', 1))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel(), t.cancelling())
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled())

    # shield: cancelling the waiter leaves the inner task running
    inner = asyncio.create_task(sleeper('shielded', 0.05))
    outer = asyncio.shield(inner)
    async def waiter():
        return await outer
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print('waiter cancelled', outer.cancelled(), inner.done())
    print(await inner)
    done = asyncio.get_running_loop().create_future()
    done.set_result('already')
    print(asyncio.shield(done) is done)

    async def selfcancel():
        asyncio.current_task().cancel()
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            print('self cancelled')
            return 'x'
    print(await asyncio.create_task(selfcancel()))

    async def boom():
        await asyncio.sleep(0)
        raise ValueError('boom')
    t = asyncio.create_task(boom())
    try:
        await t
    except ValueError as e:
        print('caught', e, t.done(), repr(t.exception()))

    # Awaiting a cancelled task again: the first await gets the coroutine's CancelledError,
    # later ones a new one without the message.
    t = asyncio.create_task(sleeper('c', 1))
    await asyncio.sleep(0)
    t.cancel('m1')
    for i in range(2):
        try:
            await t
        except asyncio.CancelledError as e:
            print('again', repr(e))
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result', repr(e))

    # cancel() while the task is between steps (its future is already done)
    async def quick():
        await asyncio.sleep(0)
        return 'quick'
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    t.cancel()
    print((await asyncio.gather(t, return_exceptions=True))[0].__class__.__name__)

    # a plain future
    f = asyncio.get_running_loop().create_future()
    async def wait_f():
        try:
            await f
        except asyncio.CancelledError as e:
            print('future cancelled', repr(e))
    t = asyncio.create_task(wait_f())
    await asyncio.sleep(0)
    f.cancel('stop')
    await t
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())
