# The errors of the socket module: refused connections, timeouts, bad addresses and
# arguments, and sockets used after close, with CPython's classes and messages.
import errno
import socket


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


# A port nobody listens on: take one, then close the socket that had it.
tmp = socket.socket()
tmp.bind(('127.0.0.1', 0))
port = tmp.getsockname()[1]
tmp.close()
c = socket.socket()
show(lambda: c.connect(('127.0.0.1', port)))
c.close()
c = socket.socket()
print(c.connect_ex(('127.0.0.1', port)) == errno.ECONNREFUSED)
c.close()
try:
    socket.create_connection(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print('ConnectionRefusedError', e.errno == errno.ECONNREFUSED, e.strerror)

# Timeouts.
a, b = socket.socketpair()
a.settimeout(0.05)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except socket.timeout as e:
    print(type(e).__name__, e, e.args, socket.timeout is TimeoutError)
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
srv.settimeout(0.02)
show(lambda: srv.accept())
srv.close()

# Non-blocking sockets raise BlockingIOError.
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print('BlockingIOError', e.errno == errno.EAGAIN, e.strerror)
a.setblocking(True)
print(a.gettimeout(), a.getblocking())

# Bad arguments.
s = socket.socket()
show(lambda: s.bind('x'))
show(lambda: s.bind(('x',)))
show(lambda: s.bind((1, 2)))
show(lambda: s.bind(('127.0.0.1', 'x')))
show(lambda: s.bind(('127.0.0.1', 70000)))
show(lambda: s.bind(('127.0.0.1', -1)))
show(lambda: s.connect(['127.0.0.1', 80]))
show(lambda: s.send('abc'))
show(lambda: s.sendall(5))
show(lambda: s.recv('a'))
show(lambda: s.recv(-1))
show(lambda: s.recv_into(b'abc'))
show(lambda: s.recv_into(bytearray(2), 5))
show(lambda: s.recv_into(bytearray(2), -1))
show(lambda: s.recvfrom(-1))
show(lambda: s.settimeout('a'))
show(lambda: s.settimeout(-1))
show(lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 'x'))
show(lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, None))
show(lambda: s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 5000))
show(lambda: s.sendto(b'x'))
show(lambda: s.listen('a'))
show(lambda: s.shutdown(5))
show(lambda: s.makefile('x'))
show(lambda: s.makefile('r', 0))
show(lambda: socket.socket('a'))
show(lambda: socket.socket(12345))
show(lambda: socket.socket(fileno=-5))
show(lambda: socket.socket(fileno='x'))
show(lambda: socket.socket(socket.AF_INET6).bind(('::1',)))
show(lambda: socket.socket(socket.AF_INET6).bind('::1'))
show(lambda: socket.setdefaulttimeout(-2))
u = socket.socket(socket.AF_UNIX)
show(lambda: u.getsockname())
show(lambda: u.bind(1))
show(lambda: u.connect('/nonexistent/dir/sock'))
show(lambda: u.bind('x' * 200))
u.close()

# Use after close: every call that needs the descriptor raises EBADF.
s.close()
show(lambda: s.recv(1))
show(lambda: s.send(b'x'))
show(lambda: s.fileno())
show(lambda: s.getsockname())
show(lambda: s.getpeername())
show(lambda: s.connect(('127.0.0.1', 80)))
show(lambda: s.bind(('127.0.0.1', 0)))
show(lambda: s.listen())
show(lambda: s.accept())
show(lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1))
show(lambda: s.setblocking(False))
show(lambda: s.dup())
show(lambda: s.close())
print(repr(s))
a.close()
b.close()
print(socket.error is OSError, issubclass(socket.gaierror, OSError),
      issubclass(socket.herror, OSError), socket.gaierror.__module__)
