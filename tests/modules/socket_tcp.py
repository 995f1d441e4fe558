# A TCP server and client over loopback in one process: connect, accept, exchange data,
# shut down, and the attributes and methods of the sockets on the way.
import socket

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(('127.0.0.1', 0))
srv.listen(5)
host, port = srv.getsockname()
print(host, 0 < port < 65536)
print(srv.family, repr(srv.family), srv.type, repr(srv.type), srv.proto)
print(srv.gettimeout(), srv.getblocking(), srv.timeout)

c = socket.socket()
print(c.connect(('127.0.0.1', port)))
conn, addr = srv.accept()
print(type(conn).__name__, isinstance(conn, socket.socket), addr[0])
print(addr == c.getsockname(), conn.getpeername() == c.getsockname())
print(c.getpeername() == ('127.0.0.1', port), conn.getsockname() == ('127.0.0.1', port))
print(repr(conn).startswith('<socket.socket fd='), 'laddr=' in repr(conn), 'raddr=' in repr(conn))

print(c.send(b'hello'))
print(conn.recv(100))
c.sendall(bytearray(b'ab') + memoryview(b'cd'))
print(conn.recv(2), conn.recv(100))

# Larger data arrives in pieces; read until the count is reached.
data = bytes(range(256)) * 200
conn.sendall(data)
got = b''
while len(got) < len(data):
    got += c.recv(65536)
print(len(got), got == data)

# recv_into, and a shutdown seen as the end of the stream.
c.sendall(b'0123456789')
buf = bytearray(4)
print(conn.recv_into(buf), buf)
print(conn.recv_into(buf, 2), buf)
view = memoryview(bytearray(10))
print(conn.recv_into(view[2:]), bytes(view))
c.shutdown(socket.SHUT_WR)
print(conn.recv(10), conn.recv(10))
conn.sendall(b'bye')
conn.shutdown(socket.SHUT_RDWR)
print(c.recv(10), c.recv(10))

# Options of a connection.
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(c.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
print(c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
print(c.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM)
print(len(c.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 4)))
c.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, (1).to_bytes(4, 'little'))
print(c.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE))

conn.close()
c.close()
print(repr(c))
print(c.fileno())
c.close()

# The context manager closes the socket; dup, detach and fileno= share a descriptor.
with socket.socket() as s:
    print(s.fileno() >= 0)
print(s.fileno(), s._closed if hasattr(s, '_closed') else True)

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b = a.dup()
print(b.fileno() != a.fileno(), b.family, b.type, type(b).__name__)
fd = b.detach()
print(b.fileno(), fd >= 0)
d = socket.socket(fileno=fd)
print(d.family, d.type, d.proto, d.fileno() == fd)
d.close()
a.close()

# create_server and create_connection.
with socket.create_server(('127.0.0.1', 0)) as server:
    port = server.getsockname()[1]
    with socket.create_connection(('127.0.0.1', port)) as client:
        peer, _ = server.accept()
        with peer:
            client.sendall(b'ping')
            print(peer.recv(10))
            print(client.gettimeout(), peer.gettimeout())
    with socket.create_connection(('127.0.0.1', port), timeout=2.5) as client:
        print(client.gettimeout(), client.getblocking())
        peer, _ = server.accept()
        print(peer.gettimeout())
        peer.close()
srv.close()
