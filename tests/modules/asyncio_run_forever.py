# asyncio: run_forever() stopped by a task, run_until_complete() of an unfinished task,
# exceptions in done callbacks going to the exception handler, cancelling what is left.
import asyncio
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
async def worker():
    for i in range(3):
        print('work', i)
        await asyncio.sleep(0.01)
    loop.stop()
    print('asked to stop')
    await asyncio.sleep(0)
    print('after stop request')
t = loop.create_task(worker())
loop.run_forever()
print('loop stopped', t.done())
loop.run_until_complete(t)
print(t.done())
def cb(fut):
    raise RuntimeError('in done callback')
def handler(loop, context):
    print('handler', sorted(context), context['message'].split(' at ')[0])
loop.set_exception_handler(handler)
f = loop.create_future()
f.add_done_callback(cb)
f.set_result(1)
loop.run_until_complete(asyncio.sleep(0.01))
h = loop.call_later(10, print, 'x')
print(type(h.when()).__name__, h.cancelled())
h.cancel()
loop.set_exception_handler(None)
print(loop.get_exception_handler())
async def failing():
    raise ValueError('v')
t = loop.create_task(failing())
try:
    loop.run_until_complete(t)
except ValueError as e:
    print('VE', e)
async def stopper():
    asyncio.get_running_loop().stop()
    await asyncio.sleep(1)
try:
    loop.run_until_complete(stopper())
except RuntimeError as e:
    print(e)
pending = asyncio.all_tasks(loop)
print(len(pending))
for p in pending:
    p.cancel()
loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
loop.close()
print(loop.is_closed())
