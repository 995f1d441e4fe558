async def coro():
    return 1

c = coro()
try:
    for x in c:
        pass
except TypeError as e:
    print(type(e).__name__)
try:
    next(c)
except TypeError as e:
    print(type(e).__name__)
try:
    c.send(None)
except StopIteration as e:
    print('value', e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

class NotAwaitable:
    pass
async def bad_await():
    await NotAwaitable()
try:
    bad_await().send(None)
except TypeError as e:
    print(type(e).__name__)

class BadAwait:
    def __await__(self):
        return 5
async def bad2():
    await BadAwait()
try:
    bad2().send(None)
except TypeError as e:
    print(type(e).__name__)

class NoAiter:
    pass
async def bad_for():
    async for x in NoAiter():
        pass
try:
    bad_for().send(None)
except TypeError as e:
    print(type(e).__name__)

async def bad_with():
    async with NoAiter():
        pass
try:
    bad_with().send(None)
except (TypeError, AttributeError) as e:
    print(type(e).__name__)

async def thrower():
    class W:
        def __await__(self):
            yield 'w'
    try:
        await W()
    except KeyError:
        return 'handled KeyError'
c = thrower()
print(c.send(None))
try:
    c.throw(KeyError)
except StopIteration as e:
    print(e.value)

c = thrower()
c.send(None)
c.close()
print('closed')
print(coro.__name__, type(coro).__name__)
co = coro()
print(type(co).__name__)
co.close()
