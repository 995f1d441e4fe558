# aiter() and anext(), with and without a default, driven by hand (no event loop needed).
class Pause:
    def __await__(self):
        return (yield 'paused')


async def agen(n):
    for i in range(n):
        await Pause()
        yield i


async def main():
    it = aiter(agen(2))
    print(type(it).__name__, it is aiter(it))
    print(await anext(it), await anext(it, 'd'))
    print(await anext(it, 'default'), await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    for bad in (lambda: aiter(5), lambda: anext(5), lambda: anext([1])):
        try:
            bad()
        except TypeError as e:
            print('TypeError', e)

    class NotIter:
        def __aiter__(self):
            return 5

    try:
        aiter(NotIter())
    except TypeError as e:
        print('TypeError', e)
    a = anext(agen(1), 'x')
    print(type(a).__name__ != 'coroutine' or True)
    return 'done'


c = main()
pauses = 0
try:
    while True:
        assert c.send(None) == 'paused'
        pauses += 1
except StopIteration as e:
    print(e.value, pauses)


# A throw() into the awaiting coroutine reaches the async generator through the default wrapper.
async def catcher():
    try:
        await Pause()
    except ValueError:
        yield 'caught'


async def wait_next():
    return await anext(catcher(), 'd')


c = wait_next()
print(c.send(None))
try:
    c.throw(ValueError)
except StopIteration as e:
    print('result', e.value)
c = wait_next()
c.send(None)
c.close()
print('closed')
