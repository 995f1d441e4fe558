# asyncio: run_in_executor() and to_thread(): results and exceptions (kinglet calls the
# function at once in the loop's thread, CPython in a thread pool).
import asyncio, time
def blocking(x):
    time.sleep(0.01)
    return x * 2
def bad():
    raise ValueError('in thread')
async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 21))
    print(await asyncio.to_thread(blocking, 5))
    try:
        await asyncio.to_thread(bad)
    except ValueError as e:
        print('VE', e)
    print(await asyncio.gather(asyncio.to_thread(blocking, 1), asyncio.to_thread(blocking, 2)))
asyncio.run(main())
