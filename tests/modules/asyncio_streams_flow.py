# asyncio streams with more data than the socket buffers hold: write()/drain() flow control
# (pause_writing/resume_writing) and a StreamReader with a small limit pausing its transport.
import asyncio
try:
    import socket
    import select
except ImportError:
    print('SKIP')
    raise SystemExit

BLOCK = bytes(range(256)) * 64   # 16 KiB
COUNT = 128                      # 2 MiB in all


async def sink(reader, writer):
    # Reads slowly at first, so that the client's writes must wait in drain().
    total = 0
    await asyncio.sleep(0.05)
    while True:
        chunk = await reader.read(4096)
        if not chunk:
            break
        total += len(chunk)
    writer.write(b'%d\n' % total)
    await writer.drain()
    writer.close()


async def source(reader, writer):
    # Sends a lot at once to a client whose reader has a small limit.
    for _ in range(COUNT):
        writer.write(BLOCK)
    await writer.drain()
    writer.write_eof()
    await reader.read()
    writer.close()


async def main():
    # Small kernel buffers on both sides, so that most of the data waits in the transport.
    lsock = socket.socket()
    lsock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    lsock.bind(('127.0.0.1', 0))
    server = await asyncio.start_server(sink, sock=lsock)
    csock = socket.socket()
    csock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
    csock.connect(lsock.getsockname())
    reader, writer = await asyncio.open_connection(sock=csock)
    transport = writer.transport
    paused = []
    original = writer.transport.get_protocol().pause_writing

    def pause_writing():
        paused.append(transport.get_write_buffer_size() > 64 * 1024)
        original()

    transport.get_protocol().pause_writing = pause_writing
    for _ in range(COUNT):
        writer.write(BLOCK)
    print('buffered', transport.get_write_buffer_size() > 1024 * 1024)
    await writer.drain()
    # drain() returns once the buffer is below the low water mark (16 KiB).
    print('drained', transport.get_write_buffer_size() <= 16 * 1024)
    for _ in range(8):
        writer.write(BLOCK)
        await writer.drain()
    print('paused', paused[:1])
    print(writer.can_write_eof())
    writer.write_eof()
    print(await reader.readline() == b'%d\n' % ((COUNT + 8) * len(BLOCK)))
    writer.close()
    await writer.wait_closed()
    server.close()

    server = await asyncio.start_server(source, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port, limit=1024)
    await asyncio.sleep(0.05)
    # The reader's buffer went over twice its limit: it paused the transport.
    print('reading', writer.transport.is_reading())
    received = 0
    ok = True
    while True:
        chunk = await reader.read(3000)
        if not chunk:
            break
        ok = ok and chunk[0] == received % 256
        received += len(chunk)
    print(received == COUNT * len(BLOCK), ok, reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
