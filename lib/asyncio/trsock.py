# lib/asyncio/trsock.py: the socket a transport hands out through get_extra_info('socket').
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""TransportSocket: a view of a transport's socket that cannot disturb the transport.

It answers questions about the socket (addresses, options, fileno) and allows shutdown(),
but not the operations that would take data or the file descriptor away from the event
loop (recv, send, accept, close, blocking mode...): CPython's class, without the methods
it only keeps for backward compatibility.
"""


class TransportSocket:
    __slots__ = ('_sock',)

    def __init__(self, sock):
        self._sock = sock

    @property
    def family(self):
        return self._sock.family

    @property
    def type(self):
        return self._sock.type

    @property
    def proto(self):
        return self._sock.proto

    def __repr__(self):
        s = '<asyncio.TransportSocket fd=%s, family=%s, type=%s, proto=%s' % (
            self.fileno(), self.family, self.type, self.proto)
        if self.fileno() != -1:
            try:
                s += ', laddr=%s' % (self.getsockname(),)
            except OSError:
                pass
            try:
                s += ', raddr=%s' % (self.getpeername(),)
            except OSError:
                pass
        return s + '>'

    def __getstate__(self):
        raise TypeError("Cannot serialize asyncio.TransportSocket object")

    def fileno(self):
        return self._sock.fileno()

    def dup(self):
        return self._sock.dup()

    def get_inheritable(self):
        return self._sock.get_inheritable()

    def shutdown(self, how):
        self._sock.shutdown(how)

    def getsockopt(self, *args, **kwargs):
        return self._sock.getsockopt(*args, **kwargs)

    def setsockopt(self, *args, **kwargs):
        self._sock.setsockopt(*args, **kwargs)

    def getpeername(self):
        return self._sock.getpeername()

    def getsockname(self):
        return self._sock.getsockname()

    def getsockbyname(self):
        return self._sock.getsockbyname()

    def settimeout(self, value):
        if value == 0:
            return
        raise ValueError('settimeout(): only 0 timeout is allowed on transport sockets')

    def gettimeout(self):
        return 0

    def setblocking(self, flag):
        if not flag:
            return
        raise ValueError('setblocking(): transport sockets cannot be blocking')
