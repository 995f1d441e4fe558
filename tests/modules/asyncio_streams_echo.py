# asyncio streams: an echo server (start_server) and concurrent clients (open_connection,
# gather), the stream methods on both sides, and the server's lifetime.
import asyncio
try:
    import socket
    import select
except ImportError:
    print('SKIP')
    raise SystemExit

peers = {}


async def handle(reader, writer):
    # One connection: echo each line in upper case until the client sends 'bye'.
    peers[writer.get_extra_info('peername')] = writer.get_extra_info('sockname')
    async for line in reader:
        if line == b'bye\n':
            break
        writer.write(line.upper())
        await writer.drain()
    writer.write(b'closing\n')
    writer.close()
    await writer.wait_closed()


async def client(port, name, n):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    sockname = writer.get_extra_info('sockname')
    peername = writer.get_extra_info('peername')
    got = []
    for i in range(n):
        writer.write(('%s %d\n' % (name, i)).encode())
        await writer.drain()
        got.append((await reader.readline()).decode().strip())
        await asyncio.sleep(0.001 * (i % 3))
    writer.writelines([b'b', b'ye\n'])
    got.append(await reader.readline())
    got.append(await reader.read())
    got.append(reader.at_eof())
    writer.close()
    print_closing = writer.is_closing()
    await writer.wait_closed()
    return name, got, print_closing, peers.get(sockname) == peername


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    print(type(server).__name__, server.is_serving(), len(server.sockets))
    lsock = server.sockets[0]
    print(lsock.family == socket.AF_INET, lsock.type == socket.SOCK_STREAM)
    port = lsock.getsockname()[1]
    print(server.get_loop() is asyncio.get_running_loop())
    results = await asyncio.gather(*(client(port, 'c%d' % i, 4 + i) for i in range(5)))
    for r in results:
        print(r)
    # Many more clients than the first batch, in one gather.
    many = await asyncio.gather(*(client(port, 'm%d' % i, 2) for i in range(20)))
    print(len(many), all(r[1][:2] == ['M%d 0' % i, 'M%d 1' % i] for i, r in enumerate(many)))
    server.close()
    print(server.is_serving(), server.sockets)
    await server.wait_closed()
    print('closed')


asyncio.run(main())


async def serve_forever_cancelled():
    async def quiet(reader, writer):
        writer.close()

    server = await asyncio.start_server(quiet, '127.0.0.1', 0, start_serving=False)
    print('serving', server.is_serving())
    async with server:
        task = asyncio.create_task(server.serve_forever())
        await asyncio.sleep(0)
        print('serving', server.is_serving())
        port = server.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        print(await reader.read())
        writer.close()
        await writer.wait_closed()
        try:
            await server.serve_forever()
        except RuntimeError:
            print('RuntimeError: already serving forever')
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            print('serve_forever cancelled')
        print('serving', server.is_serving(), server.sockets)
    try:
        await server.serve_forever()
    except RuntimeError:
        print('RuntimeError: closed')


asyncio.run(serve_forever_cancelled())


async def failing_handler():
    # An exception escaping a handler goes to the loop's exception handler, and the
    # connection is closed.
    contexts = []
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda loop, context: contexts.append(context))

    async def handle(reader, writer):
        await reader.readline()
        raise ValueError('handler failed')

    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'go\n')
    print(await reader.read())
    ctx = contexts[0]
    print(ctx['message'], repr(ctx['exception']), sorted(ctx))
    writer.close()
    await writer.wait_closed()
    # A handler that is a plain function: the program keeps the streams.
    kept = []
    server2 = await asyncio.start_server(lambda r, w: kept.append((r, w)), '127.0.0.1', 0)
    port2 = server2.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port2)
    writer.write(b'plain\n')
    await asyncio.sleep(0.01)
    sreader, swriter = kept[0]
    print(await sreader.readline(), type(sreader).__name__, type(swriter).__name__)
    swriter.write(b'reply')
    swriter.close()
    print(await reader.read())
    writer.close()
    for s in (server, server2):
        s.close()
        await s.wait_closed()


asyncio.run(failing_handler())
