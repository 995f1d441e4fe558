# Where kinglet's asyncio streams differ from CPython's (docs/differences.md), pinned by an
# .exp file: a StreamWriter dropped without close() leaves its connection open (CPython
# closes it when the writer is garbage-collected).
import asyncio
import gc
try:
    import socket
    import select
except ImportError:
    print('SKIP')
    raise SystemExit


async def main():
    got = asyncio.Queue()

    async def handle(reader, writer):
        first = await reader.readexactly(1)
        try:
            await got.put((first, 'eof', await asyncio.wait_for(reader.read(), 0.3)))
        except asyncio.TimeoutError:
            await got.put((first, 'no eof'))
        writer.close()

    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'x')
    await writer.drain()
    del writer
    gc.collect()
    print(await got.get())
    server.close()


asyncio.run(main())


# A start_server handler still waiting for data when asyncio.run() ends is cancelled; its
# connection is closed quietly. CPython 3.11.7 logs "Exception in callback
# StreamReaderProtocol.connection_made.<locals>.callback" with a CancelledError traceback
# (task.exception() on a cancelled task; fixed in CPython 3.12).
async def pending_handler():
    async def handle(reader, writer):
        await reader.readline()

    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    await asyncio.sleep(0.01)
    print('handler pending at the end')


asyncio.run(pending_handler())
print('after run')
