# asyncio streams over Unix-domain sockets: start_unix_server, open_unix_connection,
# create_unix_server/create_unix_connection with a sock, connect_accepted_socket.
import asyncio
import os
import tempfile
try:
    import socket
    import select
    socket.AF_UNIX
except (ImportError, AttributeError):
    print('SKIP')
    raise SystemExit


async def handle(reader, writer):
    data = await reader.readline()
    writer.write(b'unix ' + data)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(path, n):
    reader, writer = await asyncio.open_unix_connection(path)
    writer.write(b'%d\n' % n)
    line = await reader.readline()
    rest = await reader.read()
    writer.close()
    await writer.wait_closed()
    return line, rest


async def main(tmp):
    path = os.path.join(tmp, 'sock')
    server = await asyncio.start_unix_server(handle, path)
    print(server.is_serving(), server.sockets[0].family == socket.AF_UNIX)
    print(await asyncio.gather(*(client(path, i) for i in range(4))))
    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_unix_connection(path)
    except ConnectionRefusedError:
        print('ConnectionRefusedError')
    # A stale socket file is replaced by a new server.
    server = await asyncio.start_unix_server(handle, path)
    print(await client(path, 9))
    server.close()
    os.remove(path)
    try:
        await asyncio.open_unix_connection(path)
    except FileNotFoundError:
        print('FileNotFoundError')
    # Servers and connections over sockets the program made.
    loop = asyncio.get_running_loop()
    lsock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    lsock.bind(path)
    server = await asyncio.start_unix_server(handle, sock=lsock)
    csock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    csock.connect(path)
    reader, writer = await asyncio.open_unix_connection(sock=csock)
    writer.write(b'over sock\n')
    print(await reader.read())
    writer.close()
    server.close()
    for call in (loop.create_unix_connection(asyncio.Protocol),
                 loop.create_unix_server(asyncio.Protocol),
                 loop.create_unix_connection(asyncio.Protocol, path, sock=csock),
                 loop.create_unix_server(asyncio.Protocol, sock=socket.socket())):
        try:
            await call
        except ValueError as e:
            print('ValueError', e.args[0][:40])
    # connect_accepted_socket: a connection accepted by hand gets a transport.
    a, b = socket.socketpair()
    got = loop.create_future()

    class Echo(asyncio.Protocol):
        def connection_made(self, transport):
            self.transport = transport

        def data_received(self, data):
            self.transport.write(data.upper())
            self.transport.close()
            got.set_result(data)

    transport, protocol = await loop.connect_accepted_socket(Echo, a)
    b.sendall(b'accepted')
    print(await got, isinstance(protocol, Echo))
    b.setblocking(False)
    data = b''
    while True:
        more = await loop.sock_recv(b, 100)
        if not more:
            break
        data += more
    print(data)
    b.close()
    os.remove(path)


with tempfile.TemporaryDirectory() as tmp:
    asyncio.run(main(tmp))
