class Tick:
    def __await__(self):
        yield 'tick'
def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks
async def agen():
    try:
        for i in range(5):
            got = yield i
            if got is not None:
                yield 'echo %r' % (got,)
            await Tick()
    finally:
        print('agen finally')
async def main():
    g = agen()
    print(type(g).__name__)
    out = [await g.__anext__(), await g.__anext__()]
    out.append(await g.asend('hello'))
    out.append(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        out.append('exhausted')
    return out
print(run(main()))
async def agen2():
    try:
        yield 1
    except ValueError as e:
        yield 'caught %s' % e
async def main2():
    g = agen2()
    a = await g.__anext__()
    b = await g.athrow(ValueError('boom'))
    return a, b
print(run(main2()))
async def count(n):
    for i in range(n):
        yield i
async def main3():
    return [x async for x in count(4) if x % 2], {x: x * x async for x in count(3)}, [y for y in [await Tick() or 7]]
print(run(main3()))
