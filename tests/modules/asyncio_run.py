# asyncio: run(): results, the tasks left at the end are cancelled, task names across
# runs, Runner, errors, the exception handler, current_task() and sys.exit() in a task.
import asyncio
async def bg(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, 'cancelled at shutdown')
        await asyncio.sleep(0)
        print(name, 'cleanup done')
        raise
async def main():
    print(asyncio.current_task().get_name())
    asyncio.create_task(bg('bg1'))
    await asyncio.sleep(0)
    print(len(asyncio.all_tasks()))
    return 'main result'
print(asyncio.run(main()))
async def names():
    t = asyncio.create_task(asyncio.sleep(0))
    t2 = asyncio.create_task(asyncio.sleep(0), name='named')
    t3 = asyncio.get_running_loop().create_task(asyncio.sleep(0), name='named2')
    t4 = asyncio.create_task(asyncio.sleep(0))
    print(asyncio.current_task().get_name(), t.get_name(), t2.get_name(), t3.get_name(), t4.get_name())
    await asyncio.gather(t, t2, t3, t4)
asyncio.run(names())
try:
    asyncio.run(42)
except ValueError as e:
    print(e)
asyncio.run(names())
with asyncio.Runner() as runner:
    print(runner.run(main()))
    loop = runner.get_loop()
    print(runner.run(main()))
print(loop.is_closed())
async def ex():
    raise KeyError('k')
try:
    asyncio.run(ex())
except KeyError as e:
    print('KeyError', e)
def handler(loop, ctx):
    print('handler:', ctx['message'], repr(ctx.get('exception')))
async def cb_error():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0.01)
    loop.call_exception_handler({'message': 'custom'})
asyncio.run(cb_error())
print(asyncio.iscoroutinefunction(cb_error), asyncio.iscoroutinefunction(handler))
c = cb_error()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(cb_error))
c.close()
print(asyncio.isfuture(asyncio.Future), asyncio.isfuture(42))
async def current():
    print(asyncio.current_task() is not None)
    try:
        asyncio.current_task(None)
    except RuntimeError as e:
        print(e)
asyncio.run(current())
try:
    asyncio.current_task()
except RuntimeError as e:
    print(e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
async def ex2():
    await asyncio.sleep(0)
    import sys
    sys.exit(3)
asyncio.run(ex2())
