# asyncio streams: StreamReader's reads (readline, readuntil, readexactly, read, async for)
# fed by hand and over a socket, at EOF (IncompleteReadError) and over the limit
# (LimitOverrunError, ValueError).
import asyncio
try:
    import socket
    import select
except ImportError:
    print('SKIP')
    raise SystemExit


async def fed():
    r = asyncio.StreamReader(limit=10)
    r.feed_data(b'ab\ncd')
    r.feed_data(b'')
    print(await r.readline(), r.at_eof())
    print(await r.readexactly(1), await r.read(0), await r.readexactly(0), await r.read(1))
    # A reader waits for the rest of its line.
    task = asyncio.create_task(r.readline())
    await asyncio.sleep(0)
    print(task.done())
    try:
        await r.read(1)
    except RuntimeError as e:
        print('RuntimeError', e)
    r.feed_data(b'e')
    await asyncio.sleep(0)
    print(task.done())
    r.feed_data(b'f\nxy::z')
    print(await task)
    print(await r.readuntil(b'::'))
    try:
        await r.readuntil(b'')
    except ValueError as e:
        print('ValueError', e)
    # Over the limit: readuntil leaves the data, readline drops the line.
    r.feed_data(b'0123456789abcdef\nrest\n')
    try:
        await r.readuntil(b'\n')
    except asyncio.LimitOverrunError as e:
        print('LimitOverrunError', e, e.consumed)
    try:
        await r.readline()
    except ValueError as e:
        print('ValueError', e)
    print(await r.readline())
    r.feed_data(b'0123456789abcdefgh')
    try:
        await r.readline()
    except ValueError as e:
        print('ValueError', e)
    r.feed_data(b'abcd')
    print(await r.read(3))
    try:
        await r.readexactly(-1)
    except ValueError as e:
        print('ValueError', e)
    r.feed_data(b'tail')
    r.feed_eof()
    print(r.at_eof())
    try:
        await r.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, isinstance(e, EOFError), e.partial, e.expected, e)
    print(r.at_eof(), await r.readline(), await r.read(), await r.read(5))
    try:
        await r.readuntil(b'x')
    except asyncio.IncompleteReadError as e:
        print(e.partial, e.expected, e)
    try:
        r.feed_data(b'more')
    except AssertionError as e:
        print('AssertionError', e)
    r2 = asyncio.StreamReader()
    r2.feed_data(b'one\ntwo\nthree')
    r2.feed_eof()
    print([line async for line in r2])
    r3 = asyncio.StreamReader()
    r3.set_exception(ConnectionResetError('gone'))
    for coro in (r3.read(), r3.readline(), r3.readexactly(2)):
        try:
            await coro
        except ConnectionResetError as e:
            print('ConnectionResetError', e)
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print('ValueError', e)


asyncio.run(fed())


async def send_and_close(reader, writer):
    # The server sends a script in pieces, then closes.
    for piece in (b'HELLO\r\n', b'12', b'345', b'line one\nline', b' two\n', b'partial'):
        writer.write(piece)
        await writer.drain()
        await asyncio.sleep(0.002)
    writer.close()
    await writer.wait_closed()


async def over_socket():
    server = await asyncio.start_server(send_and_close, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(await reader.readuntil(b'\r\n'))
    print(await reader.readexactly(5))
    print(await reader.readline())
    print(await reader.readline())
    try:
        await reader.readexactly(100)
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError', e.partial, e.expected)
    print(await reader.readline(), await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    # The same at EOF, for readline: the partial last line, then b''.
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    lines = []
    while True:
        line = await reader.readline()
        lines.append(line)
        if not line:
            break
    print(lines)
    writer.close()
    server.close()
    await server.wait_closed()


asyncio.run(over_socket())
