# The parts of socket and select that kinglet leaves out (docs/differences.md, "Not implemented
# yet"): each is simply absent, so a program's hasattr() probe or AttributeError handler sees it.
import select
import socket

for name in ('sendmsg', 'recvmsg', 'recvmsg_into', 'sendfile', 'set_inheritable'):
    print('socket.socket.' + name, hasattr(socket.socket, name))
for name in ('gethostbyname_ex', 'getservbyname', 'getservbyport',
             'getprotobyname', 'if_nameindex', 'CMSG_LEN', 'sethostname', 'send_fds'):
    print('socket.' + name, hasattr(socket, name))
for name in ('epoll', 'PIPE_BUF'):
    print('select.' + name, hasattr(select, name))
