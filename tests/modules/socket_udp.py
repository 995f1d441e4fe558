# UDP datagrams over loopback: sendto, recvfrom, recvfrom_into, connected datagram sockets.
import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 0))
b.bind(('127.0.0.1', 0))
a_addr = a.getsockname()
b_addr = b.getsockname()
print(a.type, repr(a.type), a.proto)

print(a.sendto(b'first', b_addr))
print(a.sendto(b'second', 0, b_addr))
data, addr = b.recvfrom(100)
print(data, addr == a_addr)
buf = bytearray(10)
n, addr = b.recvfrom_into(buf)
print(n, buf, addr == a_addr)

# A datagram longer than the buffer is cut.
a.sendto(b'0123456789', b_addr)
print(b.recv(4))

# A connected datagram socket uses send and recv.
b.connect(a_addr)
print(b.getpeername() == a_addr)
b.send(b'reply')
print(a.recvfrom(100) == (b'reply', b_addr))
a.sendto(b'x' * 3, b_addr)
print(b.recv_into(buf, 5), buf)

# MSG_PEEK leaves the datagram queued.
a.sendto(b'peek', b_addr)
print(b.recv(10, socket.MSG_PEEK), b.recv(10))

b.settimeout(0.02)
try:
    b.recvfrom(10)
except TimeoutError as e:
    print('TimeoutError', e)
a.close()
b.close()
