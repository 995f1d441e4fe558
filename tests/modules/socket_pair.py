# socketpair(), AF_UNIX sockets bound to paths, and makefile() over connected sockets.
import os
import socket
import tempfile

a, b = socket.socketpair()
print(a.family, b.family, a.type, a.proto)
print(a.getsockname(), b.getpeername())
a.sendall(b'over the pair')
print(b.recv(100))
b.close()
print(a.recv(10))
a.close()

d = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
d[0].send(b'one')
d[0].send(b'two')
print(d[1].recv(10), d[1].recv(10))
for s in d:
    s.close()

# A server on a path in the file system.
path = os.path.join(tempfile.mkdtemp(), 'sock')
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(path)
srv.listen()
print(srv.getsockname() == path, os.path.exists(path))
c = socket.socket(socket.AF_UNIX)
c.connect(path)
conn, addr = srv.accept()
print(repr(addr), c.getpeername() == path, conn.getsockname() == path)
c.sendall(b'unix')
print(conn.recv(10))
for s in (c, conn, srv):
    s.close()
os.remove(path)
os.rmdir(os.path.dirname(path))

# makefile: binary and text files over a connection.
a, b = socket.socketpair()
wf = a.makefile('wb')
rf = b.makefile('rb')
print(wf.mode if hasattr(wf, 'mode') else 'wb', wf.writable(), rf.readable())
wf.write(b'line one\nline two\n')
wf.write(b'rest')
wf.flush()
print(rf.readline(), rf.read(4), rf.readline())
wf.close()
a.shutdown(socket.SHUT_WR)
print(rf.read())
print(rf.read())
rf.close()
print(rf.closed)

# The socket stays open while a file made from it is open.
a.close()
b2 = socket.socketpair()
x, y = b2
xf = x.makefile('rwb')
x.close()
print(x.fileno() != -1)
y.sendall(b'still open\n')
print(xf.readline())
xf.write(b'answer')
xf.flush()
print(y.recv(10))
xf.close()
print(x.fileno())
y.close()
b.close()

# Text files.
a, b = socket.socketpair()
w = a.makefile('w', encoding='utf-8')
r = b.makefile('r', encoding='utf-8')
w.write('héllo\nwörld\n')
w.flush()
print(repr(r.readline()), repr(r.readline()))
w.write('last line')
w.close()
a.close()
print(repr(r.read()))
r.close()
b.close()

# Unbuffered binary.
a, b = socket.socketpair()
raw = a.makefile('rwb', buffering=0)
b.sendall(b'raw')
print(type(raw).__name__, raw.read(10), raw.readable(), raw.writable())
print(raw.write(b'back'), b.recv(10))
raw.close()
a.close()
b.close()
