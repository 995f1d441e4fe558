# select() and poll() over sockets: readiness for reading, writing, and the end of a stream,
# and a non-blocking server and client driven by poll.
import errno
import select
import socket

a, b = socket.socketpair()
print(select.select([a, b], [], [], 0))
r, w, x = select.select([a, b], [a, b], [], 0)
print(r, w == [a, b], x)
b.send(b'x')
r, w, x = select.select([a, b], [], [], 1.0)
print(r == [a], a.recv(1))

p = select.poll()
p.register(a, select.POLLIN)
p.register(b.fileno(), select.POLLIN | select.POLLOUT)
fa, fb = a.fileno(), b.fileno()
print(sorted((fd == fa, ev) for fd, ev in p.poll(0)))
a.send(b'y')
print(sorted((fd == fa, ev) for fd, ev in p.poll(100)))
print(b.recv(1))
p.modify(b, select.POLLIN)
print(p.poll(10))
a.close()
events = dict(p.poll(100))
print(events[fb] & select.POLLIN != 0, events[fb] & select.POLLHUP != 0, b.recv(1))
p.unregister(a.fileno() if a.fileno() >= 0 else fa)
b.close()

# A non-blocking server and client on loopback, driven by one poll object.
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
srv.setblocking(False)
try:
    srv.accept()
except BlockingIOError as e:
    print('accept:', type(e).__name__, e.errno == errno.EAGAIN)
cli = socket.socket()
cli.setblocking(False)
err = cli.connect_ex(srv.getsockname())
print(err in (0, errno.EINPROGRESS))
poller = select.poll()
poller.register(srv, select.POLLIN)
poller.register(cli, select.POLLOUT)
conn = None
sent = False
received = b''
reply = b''
while len(reply) < 6:
    for fd, ev in poller.poll(1000):
        if fd == srv.fileno():
            conn, _ = srv.accept()
            conn.setblocking(False)
            poller.register(conn, select.POLLIN)
            poller.unregister(srv)
        elif fd == cli.fileno():
            if not sent and ev & select.POLLOUT:
                print('connected:', cli.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
                cli.send(b'ping')
                sent = True
                poller.modify(cli, select.POLLIN)
            elif ev & select.POLLIN:
                reply += cli.recv(100)
        elif conn is not None and fd == conn.fileno():
            received += conn.recv(100)
            if received == b'ping':
                conn.send(b'pong!!')
print(received, reply)
try:
    cli.recv(10)
except BlockingIOError as e:
    print('recv:', type(e).__name__)
for s in (conn, cli, srv):
    s.close()
