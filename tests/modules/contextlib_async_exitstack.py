# contextlib.AsyncExitStack: push_async_exit, suppression, async callbacks that raise, pop_all.
from contextlib import AsyncExitStack, asynccontextmanager
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class ACM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    async def __aenter__(self):
        print('enter', self.name)
        return self
    async def __aexit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.swallow

async def exit_cb(t, v, tb):
    print('push_async_exit saw', t.__name__ if t else None)
    return False

async def main():
    async with AsyncExitStack() as s:
        s.push_async_exit(exit_cb)
        s.push_async_exit(ACM('pushed'))
        await s.enter_async_context(ACM('swallower', swallow=True))
        raise ValueError('x')
    print('swallowed')
    try:
        async with AsyncExitStack() as s:
            await s.enter_async_context(ACM('a'))
            s.push_async_callback(raiser)
    except RuntimeError as e:
        print('RuntimeError', e)
    s = AsyncExitStack()
    await s.enter_async_context(ACM('closed'))
    t = s.pop_all()
    await s.aclose()
    await t.aclose()
    try:
        async with AsyncExitStack() as s:
            await s.enter_async_context(5)
    except TypeError as e:
        print('TypeError', e)

async def raiser():
    raise RuntimeError('from async callback')

run(main())
