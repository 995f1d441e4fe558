# Names and addresses: getaddrinfo, gethostbyname, the inet_ conversions, byte order, and the
# module's constants and enums. Only numeric addresses and localhost: no DNS.
import socket


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


print(socket.getaddrinfo('127.0.0.1', 80, type=socket.SOCK_STREAM))
print(socket.getaddrinfo('127.0.0.1', '80', socket.AF_INET, socket.SOCK_DGRAM))
print(socket.getaddrinfo('127.0.0.1', None, proto=socket.IPPROTO_TCP))
print(socket.getaddrinfo(None, 8080, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo(b'127.0.0.1', b'http', socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo('::1', 443, socket.AF_INET6, socket.SOCK_STREAM))
print(socket.getaddrinfo('127.0.0.1', 0, flags=socket.AI_NUMERICHOST | socket.AI_NUMERICSERV,
                         type=socket.SOCK_STREAM))
show(lambda: socket.getaddrinfo('1.2.3.4.5', 80, flags=socket.AI_NUMERICHOST))
show(lambda: socket.getaddrinfo('127.0.0.1', 'nosuchservice', type=socket.SOCK_STREAM))
show(lambda: socket.getaddrinfo('127.0.0.1', 1.5))
show(lambda: socket.getaddrinfo(1, 1))
show(lambda: socket.getaddrinfo('127.0.0.1', 80, 12345))
try:
    socket.getaddrinfo('x', 80, flags=socket.AI_NUMERICHOST)
except socket.gaierror as e:
    print(type(e).__name__, e.errno == socket.EAI_NONAME, e.strerror)
print(socket.gethostbyname('127.0.0.1'), socket.gethostbyname(''),
      socket.gethostbyname('localhost'))
show(lambda: socket.gethostbyname(5))
print(isinstance(socket.gethostname(), str), len(socket.gethostname()) > 0)
print(isinstance(socket.getfqdn(), str))
NUMERIC = socket.NI_NUMERICHOST | socket.NI_NUMERICSERV
print(socket.getnameinfo(('127.0.0.1', 80), NUMERIC))
print(socket.getnameinfo(('::1', 8080, 0, 0), NUMERIC))
show(lambda: socket.getnameinfo(('127.0.0.1', 80, 0, 0), NUMERIC))
show(lambda: socket.getnameinfo('x', 0))
show(lambda: socket.getnameinfo(('127.0.0.1',), 0))
show(lambda: socket.getnameinfo((1, 2), 0))

print(socket.inet_aton('1.2.3.4'), socket.inet_aton('127.1'), socket.inet_aton('1.2.3'))
print(socket.inet_ntoa(b'\x7f\x00\x00\x01'), socket.inet_ntoa(bytearray(b'\xff\xfe\x00\x01')))
print(socket.inet_pton(socket.AF_INET, '10.0.0.1'), socket.inet_pton(socket.AF_INET6, '::1'))
print(socket.inet_ntop(socket.AF_INET, b'\x0a\x00\x00\x01'))
print(socket.inet_ntop(socket.AF_INET6, bytes(16)),
      socket.inet_ntop(socket.AF_INET6, b'\x20\x01\x0d\xb8' + bytes(11) + b'\x01'))
for f in (lambda: socket.inet_aton('x'), lambda: socket.inet_aton('1.2.3.4.5'),
          lambda: socket.inet_aton(b'1.2.3.4'), lambda: socket.inet_ntoa(b'abc'),
          lambda: socket.inet_ntoa('abcd'), lambda: socket.inet_pton(socket.AF_INET, 'x'),
          lambda: socket.inet_pton(socket.AF_INET6, 'x'), lambda: socket.inet_pton(99, 'x'),
          lambda: socket.inet_ntop(socket.AF_INET, b'abc'),
          lambda: socket.inet_ntop(socket.AF_INET6, b'abc'),
          lambda: socket.inet_ntop(99, bytes(16))):
    show(f)

print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(0x01020304))
print(socket.htons(0xffff), socket.htonl(0xffffffff))
for f in (lambda: socket.htons(-1), lambda: socket.htons(70000), lambda: socket.htonl(-1),
          lambda: socket.htonl(1 << 32), lambda: socket.htons('a')):
    show(f)

print(socket.AF_INET, repr(socket.AF_INET), socket.AF_INET6 == 10, socket.AF_UNIX == 1)
print(repr(socket.SOCK_STREAM), repr(socket.SOCK_DGRAM), socket.AddressFamily(2))
print(socket.AF_INET is socket.AddressFamily.AF_INET, isinstance(socket.AF_INET, int))
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.SO_ERROR, socket.IPPROTO_TCP,
      socket.TCP_NODELAY, socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR, socket.AI_PASSIVE,
      socket.IPPROTO_UDP, socket.SO_KEEPALIVE, socket.SO_BROADCAST, socket.MSG_PEEK,
      socket.INADDR_ANY, socket.INADDR_LOOPBACK, socket.INADDR_BROADCAST, socket.has_ipv6)

print(socket.getdefaulttimeout())
socket.setdefaulttimeout(3)
s = socket.socket()
print(socket.getdefaulttimeout(), s.gettimeout(), s.getblocking())
s.close()
socket.setdefaulttimeout(None)
s = socket.socket()
print(s.gettimeout())
s.close()


class MySocket(socket.socket):
    def hello(self):
        return 'hello from ' + type(self).__name__


with MySocket(socket.AF_INET, socket.SOCK_DGRAM) as m:
    print(m.hello(), isinstance(m, socket.socket), m.type)
    d = m.dup()
    print(type(d).__name__)
    d.close()
print(repr(m))
