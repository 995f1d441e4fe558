# asyncio: the timeout() and timeout_at() context managers of 3.11: expiry, reschedule(),
# expired(), nesting, a deadline in the past and a body that swallows the cancellation.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.01) as cm:
            print(type(cm).__name__, cm.expired())
            await asyncio.sleep(0.05)
    except TimeoutError as e:
        print('timeout', cm.expired(), type(e.__context__).__name__)
    print(repr(cm))
    async with asyncio.timeout(0.05) as cm:
        await asyncio.sleep(0.01)
    print('no timeout', cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        print(cm.when())
        cm.reschedule(loop.time() + 0.01)
        print(cm.when() > loop.time())
        try:
            await asyncio.sleep(0.05)
        except asyncio.CancelledError:
            print('inner sees cancel')
            raise
    print('not reached')


async def outer():
    try:
        await main()
    except TimeoutError:
        print('outer timeout')
    try:
        async with asyncio.timeout(0.02):
            try:
                async with asyncio.timeout(0.05):
                    await asyncio.sleep(0.1)
            except TimeoutError:
                print('inner timeout')
    except TimeoutError:
        print('outer nested timeout')
    try:
        async with asyncio.timeout(0.05):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(0.1)
            except TimeoutError:
                print('inner timeout first')
            await asyncio.sleep(0)
            print('still inside the outer one')
    except TimeoutError:
        print('not this one')
    try:
        async with asyncio.timeout_at(asyncio.get_running_loop().time() - 1):
            await asyncio.sleep(0)
            print('not here')
    except TimeoutError:
        print('past deadline')
    t = asyncio.timeout(1)
    try:
        t.reschedule(None)
    except RuntimeError as e:
        print('RuntimeError', e)
    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(0.05)
        except asyncio.CancelledError:
            print('swallowed')
    print('after swallow', cm.expired())
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print('RuntimeError', e)
    print(asyncio.current_task().cancelling())
    async with asyncio.timeout(0.05) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.06)
    print('rescheduled away', cm.expired())


asyncio.run(outer())
