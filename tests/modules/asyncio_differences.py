# Where kinglet's asyncio differs from CPython's (docs/differences.md), pinned by an .exp file.
import asyncio


async def fails():
    raise ValueError('never retrieved')


async def sleeper(name, log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(name)
        raise


async def main():
    # A failed task nobody awaits: CPython logs "Task exception was never retrieved" when the
    # task is collected; kinglet prints nothing.
    asyncio.create_task(fails())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    # Tasks still pending when a TaskGroup aborts are cancelled in creation order.
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            for name in 'abc':
                tg.create_task(sleeper(name, log))
            await asyncio.sleep(0)
            raise KeyError('abort')
    except* KeyError:
        pass
    print('cancelled in order', log)
    # Streams, but no subprocesses; the loop lacks datagram endpoints, TLS and signal
    # handlers. The classes are the Python ones.
    print([hasattr(asyncio, n) for n in ('open_connection', 'start_unix_server',
                                         'create_subprocess_exec')])
    loop = asyncio.get_running_loop()
    print([hasattr(loop, n) for n in ('sock_recv', 'create_server', 'create_datagram_endpoint',
                                      'start_tls', 'add_signal_handler')])
    print(asyncio.Future.__module__, asyncio.Task.__module__, asyncio.Queue[int] is asyncio.Queue)
    t = asyncio.current_task()
    print(t.get_stack())
    return 'done'


print(asyncio.run(main()))
