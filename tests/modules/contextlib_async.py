# contextlib: asynccontextmanager, AsyncExitStack, aclosing and nullcontext with async with,
# driven by a tiny loop (no asyncio).
from contextlib import asynccontextmanager, AsyncExitStack, aclosing, nullcontext


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


@asynccontextmanager
async def session(name):
    print('open', name)
    try:
        yield name + '!'
    except KeyError as e:
        print('handled', e)
    finally:
        print('close', name)


async def main():
    async with session('a') as s:
        print('in', s)
    async with session('b'):
        raise KeyError('x')
    try:
        async with session('c'):
            raise ValueError('v')
    except ValueError as e:
        print('propagated', e)
    async with nullcontext(5) as n:
        print('null', n)

    async def acb(msg):
        print('async callback', msg)

    class ACM:
        async def __aenter__(self):
            print('aenter')
            return 'acm'

        async def __aexit__(self, *exc):
            print('aexit', exc[0])

    async with AsyncExitStack() as stack:
        v = await stack.enter_async_context(ACM())
        w = await stack.enter_async_context(session('d'))
        stack.push_async_callback(acb, 'one')
        stack.callback(print, 'sync callback')
        print('values', v, w)

    class Gen:
        async def aclose(self):
            print('aclosed')

    async with aclosing(Gen()) as g:
        print(type(g).__name__)

    @session('deco')
    async def decorated(x):
        print('decorated body', x)
        return x + 1

    print(await decorated(1))
    return 'done'


print(run(main()))
