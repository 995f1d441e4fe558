# async generators, async for and async comprehensions, driven by a hand-written loop
class Sleep:
    def __await__(self):
        yield "tick"
        return "slept"
async def agen(n):
    for i in range(n):
        r = await Sleep()
        yield (i, r)
    print("agen done")
async def main():
    out = []
    async for v in agen(3):
        out.append(v)
    print(out)
    print([x async for x in agen(2)])
    g = agen(5)
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed")
    return "main done"
def run(coro):
    ticks = 0
    while True:
        try:
            v = coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks
print(run(main()))
