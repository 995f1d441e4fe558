# asyncio on a port without the select and socket modules (simulated: kinglet's importer,
# like CPython's, refuses a module whose sys.modules entry is None). CPython's asyncio cannot
# be imported without them; kinglet's loop keeps its sleeping selector, timers and tasks
# work, and the I/O methods raise NotImplementedError (docs/differences.md).
import sys
sys.modules['select'] = None
sys.modules['socket'] = None
import asyncio


async def main():
    await asyncio.sleep(0.001)
    print('timers work')
    loop = asyncio.get_running_loop()
    for name, args in (('add_reader', (0, print)), ('remove_reader', (0,)),
                       ('add_writer', (0, print)), ('remove_writer', (0,))):
        try:
            getattr(loop, name)(*args)
        except NotImplementedError as e:
            print('NotImplementedError:', e)
    for coro in (loop.sock_recv(None, 1), loop.sock_accept(None),
                 loop.sock_sendall(None, b'x'), asyncio.open_connection('127.0.0.1', 1),
                 asyncio.start_server(print, '127.0.0.1', 0), loop.getaddrinfo('x', 1)):
        try:
            await coro
        except NotImplementedError as e:
            print('NotImplementedError:', e)
    r = asyncio.StreamReader()
    r.feed_data(b'streams fed by hand still work\n')
    print(await r.readline())


asyncio.run(main())
