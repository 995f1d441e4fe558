# asyncio: the event loop's callbacks (call_soon, call_later, call_at), their order with
# task steps, run_forever/stop, run_until_complete, close and the loop state.
import asyncio


async def ticker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name


def cb(tag):
    print('cb', tag)


async def main():
    loop = asyncio.get_running_loop()
    print(loop.is_running(), asyncio.get_event_loop() is loop)
    loop.call_soon(cb, 1)
    t1 = asyncio.create_task(ticker('A', 3))
    loop.call_soon(cb, 2)
    t2 = asyncio.create_task(ticker('B', 2))
    t1.add_done_callback(lambda t: print('done1', t.result()))
    t2.add_done_callback(lambda t: print('done2', t.result()))
    print('main before')
    await asyncio.sleep(0)
    print('main after 1')
    await asyncio.sleep(0)
    print('main after 2')
    await t1
    print('main after t1')
    t3 = asyncio.create_task(ticker('C', 1))
    t3.add_done_callback(lambda t: print('done3'))
    await t3
    print('after t3')
    # Timers run in the order of their times, whatever the order of the calls.
    loop.call_later(0.03, cb, 'late')
    loop.call_later(0.01, cb, 'early')
    loop.call_at(loop.time() + 0.02, cb, 'mid')
    h = loop.call_later(0.005, cb, 'cancelled')
    h.cancel()
    print(h.cancelled(), type(h).__name__)
    print(type(loop.call_soon(cb, 'soon')).__name__)
    await asyncio.sleep(0.04)
    f = loop.create_future()
    loop.call_soon(f.set_result, 'fv')
    f.add_done_callback(lambda f: print('fdone', f.result()))
    print(await f)
    t0 = loop.time()
    await asyncio.sleep(0.01)
    print(loop.time() - t0 >= 0.01)
    print('end')


asyncio.run(main())

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
loop.call_soon(print, 'a')
loop.call_soon(loop.stop)
loop.call_soon(print, 'b')
loop.call_soon(print, 'same iteration, still run')
loop.run_forever()
print('stopped')
loop.call_soon(print, 'c')
loop.stop()
loop.call_soon(print, 'd')
loop.run_forever()
print('stopped again')


async def running():
    print('running', asyncio.get_running_loop() is loop, loop.is_running())
    try:
        loop.run_forever()
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        loop.close()
    except RuntimeError as e:
        print('RuntimeError', e)
    return 3


print(loop.run_until_complete(running()))
fut = loop.create_future()
loop.call_later(0.01, fut.set_result, 'from a timer')
print(loop.run_until_complete(fut))
loop.close()
loop.close()
print(loop.is_closed())
for call in (lambda: loop.call_soon(print), lambda: loop.call_later(1, print),
             lambda: loop.create_task(None)):
    try:
        call()
    except RuntimeError as e:
        print('RuntimeError', e)
try:
    loop.call_later(None, print)
except TypeError as e:
    print('TypeError', e)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError', e)
loop.close()
