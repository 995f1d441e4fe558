class Yield:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield self.v
        return got

async def add(a, b):
    x = await Yield('step a')
    y = await Yield('step b')
    return a + b + x + y

def run(coro):
    val = None
    step = 0
    while True:
        try:
            req = coro.send(val)
        except StopIteration as e:
            return e.value
        print('scheduler got', req)
        step += 1
        val = step * 100

c = add(1, 2)
print(type(c).__name__)
print(run(c))

async def nothing():
    return 'immediate'
try:
    nothing().send(None)
except StopIteration as e:
    print('immediate result', e.value)

async def chain():
    r1 = await nothing()
    r2 = await add(0, 0)
    return r1, r2
print(run(chain()))

async def raises():
    await Yield('before raise')
    raise ValueError('inside coroutine')
try:
    run(raises())
except ValueError as e:
    print('caught', e)

async def catches():
    try:
        await raises()
    except ValueError as e:
        return 'coroutine caught ' + str(e)
print(run(catches()))
import sys
co0 = add(1, 2)
print(callable(add), hasattr(co0, 'send'))
co0.close()
co = add(1, 2)
co.close()
print('closed')
