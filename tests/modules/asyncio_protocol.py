# asyncio transports and protocols: create_server and create_connection with Protocol
# subclasses; the order of the callbacks, write/write_eof/close/abort, get_extra_info.
import asyncio
try:
    import socket
    import select
except ImportError:
    print('SKIP')
    raise SystemExit


class Server(asyncio.Protocol):
    def __init__(self, log, done):
        self.log = log
        self.done = done

    def connection_made(self, transport):
        self.transport = transport
        self.log.append('server made')

    def data_received(self, data):
        self.log.append(('server data', data))
        self.transport.write(data.upper())

    def eof_received(self):
        self.log.append('server eof')
        self.transport.write(b'bye')
        # Returning None closes the transport.

    def connection_lost(self, exc):
        self.log.append(('server lost', exc))
        self.done.set_result(None)


class Client(asyncio.Protocol):
    def __init__(self, log, done):
        self.log = log
        self.done = done
        self.data = b''

    def connection_made(self, transport):
        self.log.append('client made')

    def data_received(self, data):
        self.data += data

    def eof_received(self):
        self.log.append(('client eof', self.data))
        return True  # keep the transport open

    def connection_lost(self, exc):
        self.log.append(('client lost', exc))
        self.done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    slog, clog = [], []
    sdone, cdone = loop.create_future(), loop.create_future()
    server = await loop.create_server(lambda: Server(slog, sdone), '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    transport, protocol = await loop.create_connection(lambda: Client(clog, cdone),
                                                       '127.0.0.1', port)
    print(type(protocol).__name__, clog)
    print(isinstance(transport, asyncio.Transport), transport.is_closing(),
          transport.is_reading(), transport.can_write_eof(), transport.get_protocol() is protocol)
    print(transport.get_extra_info('peername') == ('127.0.0.1', port),
          transport.get_extra_info('sockname')[0], transport.get_extra_info('nothing', 'dflt'))
    sock = transport.get_extra_info('socket')
    print(sock.family == socket.AF_INET, sock.type == socket.SOCK_STREAM, sock.gettimeout())
    print(transport.get_write_buffer_size(), transport.get_write_buffer_limits())
    transport.write(b'abc')
    transport.writelines([b'd', b'ef'])
    await asyncio.sleep(0.05)
    transport.write_eof()
    try:
        transport.write(b'late')
    except RuntimeError as e:
        print('RuntimeError', e)
    for bad in ('text', 12):
        try:
            transport.write(bad)
        except TypeError as e:
            print('TypeError', e)
    await sdone
    await asyncio.sleep(0.02)
    print(slog[0], b''.join(b for _, b in slog[1:-2]),
          slog[-2:])
    print(clog[1:], transport.is_closing())
    transport.close()
    print(transport.is_closing(), cdone.done())
    await cdone
    print(clog[-1])
    transport.close()
    # abort() drops the connection at once; the server sees EOF or a reset.
    sdone = loop.create_future()
    server_log = []
    server2 = await loop.create_server(lambda: Server(server_log, sdone), '127.0.0.1', 0)
    port2 = server2.sockets[0].getsockname()[1]
    cdone = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: Client([], cdone),
                                                       '127.0.0.1', port2)
    transport.abort()
    await cdone
    await sdone
    print('aborted', server_log[0], server_log[-1][0])
    for s in (server, server2):
        s.close()
        await s.wait_closed()
    # Errors of create_connection and create_server.
    try:
        await loop.create_connection(asyncio.Protocol)
    except ValueError as e:
        print('ValueError', e)
    try:
        await loop.create_server(asyncio.Protocol)
    except ValueError as e:
        print('ValueError', e)
    s = socket.socket()
    try:
        await loop.create_connection(asyncio.Protocol, '127.0.0.1', 1, sock=s)
    except ValueError as e:
        print('ValueError', e)
    s.close()
    try:
        await loop.create_server(asyncio.Protocol, '127.0.0.1', 0, ssl=True)
    except TypeError as e:
        print('TypeError', e)
    # A server on a socket made by the program, and a connection over one.
    lsock = socket.socket()
    lsock.bind(('127.0.0.1', 0))
    server3 = await loop.create_server(lambda: Server([], loop.create_future()), sock=lsock)
    csock = socket.socket()
    csock.connect(lsock.getsockname())
    cdone = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: Client([], cdone), sock=csock)
    transport.write(b'xyz')
    await asyncio.sleep(0.05)
    print(protocol.data)
    transport.close()
    await cdone
    server3.close()


asyncio.run(main())
