# asyncio over sockets with timeouts: a read that never gets data times out (wait_for,
# timeout()) while other tasks go on exchanging data over their own connections.
import asyncio
try:
    import socket
    import select
except ImportError:
    print('SKIP')
    raise SystemExit


async def handle(reader, writer):
    # Echo lines; 'silent' makes the server say nothing until 'wake'.
    async for line in reader:
        if line == b'silent\n':
            continue
        writer.write(b'echo ' + line)
        await writer.drain()
    writer.close()


async def busy(port, name, rounds):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    count = 0
    for i in range(rounds):
        writer.write(b'%s %d\n' % (name.encode(), i))
        await writer.drain()
        line = await asyncio.wait_for(reader.readline(), 5)
        if line == b'echo %s %d\n' % (name.encode(), i):
            count += 1
        await asyncio.sleep(0.01)
    writer.close()
    await writer.wait_closed()
    return name, count


async def stalled(port, log):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'silent\n')
    await writer.drain()
    try:
        await asyncio.wait_for(reader.readline(), 0.1)
    except asyncio.TimeoutError as e:
        log.append('wait_for: %s' % type(e).__name__)
    try:
        async with asyncio.timeout(0.05):
            await reader.readexactly(3)
    except TimeoutError:
        log.append('timeout(): TimeoutError')
    # The reader survives the cancelled reads: the next line arrives normally.
    writer.write(b'wake\n')
    log.append(await asyncio.wait_for(reader.readline(), 5))
    # A timeout that does not expire changes nothing.
    writer.write(b'again\n')
    async with asyncio.timeout(5):
        log.append(await reader.readline())
    writer.close()
    await writer.wait_closed()
    return 'stalled'


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    log = []
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(stalled(port, log), busy(port, 'a', 15), busy(port, 'b', 20),
                                   busy(port, 'c', 25))
    elapsed = loop.time() - start
    print(results)
    print(log)
    # The timed-out reads did not stop the loop: the busy clients ran meanwhile.
    print(elapsed < 3)
    # wait_for on sock_recv: the socket operation is cancelled cleanly.
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    try:
        await asyncio.wait_for(loop.sock_recv(a, 10), 0.05)
    except asyncio.TimeoutError:
        print('sock_recv timed out')
    b.send(b'late')
    print(await asyncio.wait_for(loop.sock_recv(a, 10), 5))
    a.close()
    b.close()
    server.close()
    await server.wait_closed()


asyncio.run(main())
