# lib/asyncio/protocols.py: the protocol classes that transports call back.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""Protocols: the objects a transport tells about its connection and the data it receives.

A transport calls connection_made(transport) first, then data_received(data) for each
chunk, eof_received() when the peer shuts its side down (returning a true value keeps the
transport open for writing) and connection_lost(exc) last (exc is None on a normal close).
pause_writing()/resume_writing() tell when the transport's write buffer goes over its high
water mark and back under its low one.
"""

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol',
           'BufferedProtocol')


class BaseProtocol:
    """What every protocol gets: the connection's start and end, and write flow control."""

    __slots__ = ()

    def connection_made(self, transport):
        pass

    def connection_lost(self, exc):
        pass

    def pause_writing(self):
        pass

    def resume_writing(self):
        pass


class Protocol(BaseProtocol):
    """A stream protocol: data_received() gets the bytes as they arrive."""

    __slots__ = ()

    def data_received(self, data):
        pass

    def eof_received(self):
        pass


class BufferedProtocol(BaseProtocol):
    """A stream protocol that lends the transport its own buffer to receive into."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        pass

    def buffer_updated(self, nbytes):
        pass

    def eof_received(self):
        pass


class DatagramProtocol(BaseProtocol):
    """A datagram protocol (kinglet's loop has no datagram endpoints)."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        pass

    def error_received(self, exc):
        pass


class SubprocessProtocol(BaseProtocol):
    """A subprocess protocol (kinglet's loop has no subprocesses)."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        pass

    def pipe_connection_lost(self, fd, exc):
        pass

    def process_exited(self):
        pass
