# Where kinglet's socket module differs from CPython's on purpose (docs/differences.md).
import socket

a, b = socket.socketpair()
# makefile() gives kinglet's own buffered class for binary modes (writes go straight out, so
# flush() has nothing to do), and io.TextIOWrapper over it for text modes.
for mode in ('rb', 'wb', 'rwb', 'r', 'w'):
    f = a.makefile(mode)
    print(mode, type(f).__name__)
    f.close()
w = a.makefile('wb')
w.write(b'unbuffered')
print(b.recv(100))
w.close()
# Flags and other constants are plain ints, not IntFlag/IntEnum members.
print(repr(socket.MSG_PEEK), repr(socket.AI_PASSIVE))
a.close()
b.close()
