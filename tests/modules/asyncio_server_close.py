# asyncio servers: closing a server while clients come and go. Connections made before
# close() stay open; new ones are refused (ConnectionRefusedError).
import asyncio
try:
    import socket
    import select
except ImportError:
    print('SKIP')
    raise SystemExit

handled = []


async def handle(reader, writer):
    line = await reader.readline()
    handled.append(line.strip().decode())
    writer.write(b'ok ' + line)
    await writer.drain()
    # Keep the connection until the client is done with it.
    await reader.read()
    writer.close()


async def visit(port, name):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(name.encode() + b'\n')
    answer = await reader.readline()
    return reader, writer, answer


async def try_connect(port, delay):
    await asyncio.sleep(delay)
    try:
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        return type(e).__name__, isinstance(e, OSError)
    writer.close()
    return 'connected'


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    before = await asyncio.gather(*(visit(port, 'v%d' % i) for i in range(3)))
    print([answer for _, _, answer in before], sorted(handled))
    # Clients that start connecting after the server is closed are refused, while the
    # connections made before still work.
    later = [asyncio.create_task(try_connect(port, 0.01 * i)) for i in range(1, 4)]
    server.close()
    print(server.is_serving(), server.sockets)
    print(await asyncio.gather(*later))
    for reader, writer, _ in before:
        writer.write(b'still here\n')
        await writer.drain()
        writer.close()
        await writer.wait_closed()
        print(await reader.read())
    await server.wait_closed()
    server.close()
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError:
        print('refused')
    # A server used with `async with` is closed at the end of the block.
    async with await asyncio.start_server(handle, '127.0.0.1', 0) as server2:
        port2 = server2.sockets[0].getsockname()[1]
        reader, writer, answer = await visit(port2, 'inside')
        print(answer, server2.is_serving())
        writer.close()
        await writer.wait_closed()
    print(server2.is_serving(), server2.sockets)
    print(await try_connect(port2, 0))
    # Many clients refused at once, gathered.
    print(await asyncio.gather(*(try_connect(port2, 0) for _ in range(5))))


asyncio.run(main())
