# asyncio's low-level socket operations on non-blocking sockets (sock_accept, sock_connect,
# sock_recv, sock_recv_into, sock_sendall) and add_reader/add_writer on a socketpair.
import asyncio
try:
    import socket
    import select
except ImportError:
    print('SKIP')
    raise SystemExit


async def pair_over_tcp(loop):
    lsock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    lsock.bind(('127.0.0.1', 0))
    lsock.listen(5)
    lsock.setblocking(False)
    csock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    csock.setblocking(False)
    (conn, addr), connected = await asyncio.gather(
        loop.sock_accept(lsock), loop.sock_connect(csock, lsock.getsockname()))
    print('accepted', connected, addr == csock.getsockname(), conn.gettimeout())
    return lsock, csock, conn


async def tcp(loop):
    lsock, csock, conn = await pair_over_tcp(loop)
    # A receive that has to wait, while another task sends.
    recv = asyncio.create_task(loop.sock_recv(conn, 100))
    await asyncio.sleep(0)
    print(recv.done())
    await loop.sock_sendall(csock, b'hello')
    print(await recv)
    # More than the socket buffers hold: sock_sendall waits for the reader to drain it.
    data = bytes(range(256)) * 8192
    received = bytearray()
    buf = bytearray(65536)

    async def reader():
        while len(received) < len(data):
            n = await loop.sock_recv_into(conn, buf)
            received.extend(buf[:n])

    send = asyncio.create_task(loop.sock_sendall(csock, data))
    await asyncio.gather(send, reader())
    print(len(received), received == data)
    await loop.sock_sendall(csock, b'')
    await loop.sock_sendall(csock, bytearray(b'ba') + b'ytes')
    await loop.sock_sendall(csock, memoryview(b'-view-')[1:5])
    got = b''
    while len(got) < 10:
        got += await loop.sock_recv(conn, 100)
    print(got)
    csock.shutdown(socket.SHUT_WR)
    print(await loop.sock_recv(conn, 100), await loop.sock_recv_into(conn, buf))
    for s in (csock, conn):
        s.close()
    # Nobody listens on a closed listener's port.
    port = lsock.getsockname()[1]
    lsock.close()
    s = socket.socket()
    s.setblocking(False)
    try:
        await loop.sock_connect(s, ('127.0.0.1', port))
    except ConnectionRefusedError as e:
        print('ConnectionRefusedError', e.errno == __import__('errno').ECONNREFUSED)
    s.close()
    # A cancelled accept leaves the listener usable.
    lsock = socket.socket()
    lsock.bind(('127.0.0.1', 0))
    lsock.listen(1)
    lsock.setblocking(False)
    try:
        await asyncio.wait_for(loop.sock_accept(lsock), 0.01)
    except asyncio.TimeoutError:
        print('accept timed out')
    c = socket.socket()
    c.setblocking(False)
    (conn, _), _ = await asyncio.gather(loop.sock_accept(lsock),
                                        loop.sock_connect(c, lsock.getsockname()))
    print('accepted after timeout')
    for s in (c, conn, lsock):
        s.close()


async def readers(loop):
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    got = []
    done = loop.create_future()

    def on_readable(sock, tag):
        data = sock.recv(100)
        got.append((tag, data))
        if data == b'last':
            loop.remove_reader(sock)
            done.set_result(len(got))

    print(loop.add_reader(a, on_readable, a, 'first'))
    # A second add_reader replaces the callback.
    loop.add_reader(a.fileno(), on_readable, a, 'second')
    b.send(b'one')
    await asyncio.sleep(0.01)
    b.send(b'last')
    print(await done, got)
    print(loop.remove_reader(a), loop.remove_reader(a.fileno()))
    b.send(b'unwatched')
    await asyncio.sleep(0.01)
    print(got[-1], a.recv(100))
    # A writer: a socket with room to send is writable at once.
    wrote = []

    def on_writable():
        wrote.append(b.send(b'w'))
        if len(wrote) == 3:
            loop.remove_writer(b)

    loop.add_writer(b, on_writable)
    await asyncio.sleep(0.01)
    print(wrote, a.recv(100))
    print(loop.remove_writer(b))
    # Reader and writer on one socket at once.
    events = []
    loop.add_reader(a, lambda: events.append('r') or loop.remove_reader(a))
    loop.add_writer(a, lambda: events.append('w') or loop.remove_writer(a))
    b.send(b'x')
    await asyncio.sleep(0.01)
    print(sorted(events), a.recv(10))
    # The peer's close makes the socket readable, with b''.
    eof = loop.create_future()
    loop.add_reader(a, lambda: eof.set_result(a.recv(10)) or loop.remove_reader(a))
    b.close()
    print(await eof)
    a.close()
    for bad in ('not a file', -1, None):
        try:
            loop.add_reader(bad, print)
        except (ValueError, TypeError) as e:
            print(type(e).__name__)


async def main():
    loop = asyncio.get_running_loop()
    await tcp(loop)
    await readers(loop)


asyncio.run(main())
