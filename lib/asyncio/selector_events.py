# lib/asyncio/selector_events.py: the event loop over a selector, and socket transports.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""BaseSelectorEventLoop: the loop waits in a selectors.DefaultSelector for socket events.

Each registered file descriptor's key holds a (reader, writer) pair of Handles; when the
selector reports it ready, _process_events() appends the handle to the ready queue, so I/O
callbacks run in the same iteration as the timers that are due, before them (CPython's
order). add_reader()/add_writer() replace the callback for a direction (cancelling the old
one); the sock_*() coroutines try the operation at once and only wait in the selector when
it would block.

_SelectorSocketTransport connects a non-blocking stream socket to a Protocol: it reads up
to 256 KiB whenever the socket is readable and passes it to data_received(); write() sends
what it can at once and buffers the rest, which goes out when the socket is writable
(pausing the protocol over the high water mark).

SelectorEventLoop is the default loop (CPython's unix_events._UnixSelectorEventLoop,
with its Unix-domain stream sockets but without signal handlers or subprocesses). On a port without the select
module it keeps the sleeping selector of BaseEventLoop, and the I/O methods raise
NotImplementedError.
"""

__all__ = ('BaseSelectorEventLoop', 'SelectorEventLoop', 'DefaultEventLoopPolicy')

from . import base_events
from . import events
from . import format_helpers
from . import futures
from . import protocols
from . import tasks
from . import transports
from . import trsock

try:
    import selectors
except ImportError:
    selectors = None

try:
    import socket
except ImportError:
    socket = None

try:
    import errno
except ImportError:
    errno = None


def _set_nodelay(sock):
    # Small writes go out at once: streams are request/response more often than bulk.
    if (hasattr(socket, 'TCP_NODELAY') and sock.family in (socket.AF_INET,
                                                           getattr(socket, 'AF_INET6', None))
            and sock.type == socket.SOCK_STREAM and sock.proto == socket.IPPROTO_TCP):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class BaseSelectorEventLoop(base_events.BaseEventLoop):
    """An event loop whose selector watches sockets (and any file descriptor)."""

    def __init__(self, selector=None):
        if selector is None and selectors is not None:
            try:
                selector = selectors.DefaultSelector()
            except NotImplementedError:
                selector = None
        super().__init__(selector)
        self._has_io = selector is not None
        # fd -> the transport that owns it; entries go when the transport is closed.
        self._transports = {}

    def _check_io(self, what):
        if not self._has_io:
            raise base_events._no_io(what)

    # ---- readers and writers ----

    def _add_reader(self, fd, callback, *args):
        self._check_closed()
        self._check_io('add_reader')
        handle = events.Handle(callback, args, self, None)
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            self._selector.register(fd, selectors.EVENT_READ, (handle, None))
        else:
            reader, writer = key.data
            self._selector.modify(fd, key.events | selectors.EVENT_READ, (handle, writer))
            if reader is not None:
                reader.cancel()
        return handle

    def _remove_reader(self, fd):
        if self.is_closed() or not self._has_io:
            return False
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            return False
        reader, writer = key.data
        mask = key.events & ~selectors.EVENT_READ
        if mask:
            self._selector.modify(fd, mask, (None, writer))
        else:
            self._selector.unregister(fd)
        if reader is not None:
            reader.cancel()
            return True
        return False

    def _add_writer(self, fd, callback, *args):
        self._check_closed()
        self._check_io('add_writer')
        handle = events.Handle(callback, args, self, None)
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            self._selector.register(fd, selectors.EVENT_WRITE, (None, handle))
        else:
            reader, writer = key.data
            self._selector.modify(fd, key.events | selectors.EVENT_WRITE, (reader, handle))
            if writer is not None:
                writer.cancel()
        return handle

    def _remove_writer(self, fd):
        if self.is_closed() or not self._has_io:
            return False
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            return False
        reader, writer = key.data
        mask = key.events & ~selectors.EVENT_WRITE
        if mask:
            self._selector.modify(fd, mask, (reader, None))
        else:
            self._selector.unregister(fd)
        if writer is not None:
            writer.cancel()
            return True
        return False

    def _ensure_fd_no_transport(self, fd):
        fileno = fd
        if not isinstance(fileno, int):
            try:
                fileno = int(fileno.fileno())
            except (AttributeError, TypeError, ValueError):
                raise ValueError('Invalid file object: %r' % (fd,)) from None
        transport = self._transports.get(fileno)
        if transport is not None and not transport.is_closing():
            raise RuntimeError('File descriptor %r is used by transport %r' % (fd, transport))

    def add_reader(self, fd, callback, *args):
        """Call callback(*args) whenever fd (an int or an object with fileno()) is readable."""
        self._check_io('add_reader')
        self._ensure_fd_no_transport(fd)
        self._add_reader(fd, callback, *args)

    def remove_reader(self, fd):
        """Stop watching fd for reading; True if there was a reader."""
        self._check_io('remove_reader')
        self._ensure_fd_no_transport(fd)
        return self._remove_reader(fd)

    def add_writer(self, fd, callback, *args):
        """Call callback(*args) whenever fd is writable."""
        self._check_io('add_writer')
        self._ensure_fd_no_transport(fd)
        self._add_writer(fd, callback, *args)

    def remove_writer(self, fd):
        """Stop watching fd for writing; True if there was a writer."""
        self._check_io('remove_writer')
        self._ensure_fd_no_transport(fd)
        return self._remove_writer(fd)

    def _process_events(self, event_list):
        for key, mask in event_list:
            reader, writer = key.data
            if mask & selectors.EVENT_READ and reader is not None:
                if reader._cancelled:
                    self._remove_reader(key.fileobj)
                else:
                    self._ready.append(reader)
            if mask & selectors.EVENT_WRITE and writer is not None:
                if writer._cancelled:
                    self._remove_writer(key.fileobj)
                else:
                    self._ready.append(writer)

    # ---- socket operations as coroutines ----

    def _check_sock(self, sock, what):
        self._check_io(what)
        if self._debug and sock.gettimeout() != 0:
            raise ValueError('the socket must be non-blocking')

    def _sock_read_done(self, fd, handle):
        # The done callback of a sock_*() future that waited for fd to be readable: stop
        # watching it, unless a later operation on fd has replaced the handle.
        def done(fut):
            if handle is None or not handle.cancelled():
                self.remove_reader(fd)
        return done

    def _sock_write_done(self, fd, handle):
        def done(fut):
            if handle is None or not handle.cancelled():
                self.remove_writer(fd)
        return done

    def _wait_readable(self, fut, sock, callback, *args):
        fd = sock.fileno()
        self._ensure_fd_no_transport(fd)
        handle = self._add_reader(fd, callback, fut, sock, *args)
        fut.add_done_callback(self._sock_read_done(fd, handle))

    async def sock_recv(self, sock, n):
        """Up to n bytes from sock (b'' at end of file), waiting until there are some."""
        self._check_sock(sock, 'sock_recv')
        try:
            return sock.recv(n)
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()
        self._wait_readable(fut, sock, self._sock_recv, n)
        return await fut

    def _sock_recv(self, fut, sock, n):
        if fut.done():
            return
        try:
            data = sock.recv(n)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(data)

    async def sock_recv_into(self, sock, buf):
        """Receive into buf; the number of bytes received (0 at end of file)."""
        self._check_sock(sock, 'sock_recv_into')
        try:
            return sock.recv_into(buf)
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()
        self._wait_readable(fut, sock, self._sock_recv_into, buf)
        return await fut

    def _sock_recv_into(self, fut, sock, buf):
        if fut.done():
            return
        try:
            nbytes = sock.recv_into(buf)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(nbytes)

    async def sock_sendall(self, sock, data):
        """Send all of data, waiting for the socket to take it; returns None."""
        self._check_sock(sock, 'sock_sendall')
        try:
            n = sock.send(data)
        except (BlockingIOError, InterruptedError):
            n = 0
        if n == len(data):
            return
        fut = self.create_future()
        fd = sock.fileno()
        self._ensure_fd_no_transport(fd)
        # The position lives in a list, which the writer callback updates.
        handle = self._add_writer(fd, self._sock_sendall, fut, sock, memoryview(data), [n])
        fut.add_done_callback(self._sock_write_done(fd, handle))
        return await fut

    def _sock_sendall(self, fut, sock, view, pos):
        if fut.done():
            return
        start = pos[0]
        try:
            n = sock.send(view[start:])
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
            return
        start += n
        if start == len(view):
            fut.set_result(None)
        else:
            pos[0] = start

    async def sock_connect(self, sock, address):
        """Connect sock to address (a host name is resolved first)."""
        self._check_sock(sock, 'sock_connect')
        if sock.family == socket.AF_INET or sock.family == getattr(socket, 'AF_INET6', None):
            resolved = await base_events._ensure_resolved(
                address, family=sock.family, type=sock.type, proto=sock.proto, loop=self)
            address = resolved[0][4]
        fut = self.create_future()
        self._sock_connect(fut, sock, address)
        return await fut

    def _sock_connect(self, fut, sock, address):
        fd = sock.fileno()
        try:
            sock.connect(address)
        except (BlockingIOError, InterruptedError):
            # In progress: the socket becomes writable when the connection is made or fails.
            self._ensure_fd_no_transport(fd)
            handle = self._add_writer(fd, self._sock_connect_cb, fut, sock, address)
            fut.add_done_callback(self._sock_write_done(fd, handle))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(None)

    def _sock_connect_cb(self, fut, sock, address):
        if fut.done():
            return
        try:
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err != 0:
                raise OSError(err, 'Connect call failed %s' % (address,))
        except (BlockingIOError, InterruptedError):
            pass
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(None)

    async def sock_accept(self, sock):
        """Accept a connection on listening sock: (conn, address), conn non-blocking."""
        self._check_sock(sock, 'sock_accept')
        fut = self.create_future()
        self._sock_accept(fut, sock)
        return await fut

    def _sock_accept(self, fut, sock):
        fd = sock.fileno()
        try:
            conn, address = sock.accept()
            conn.setblocking(False)
        except (BlockingIOError, InterruptedError):
            self._ensure_fd_no_transport(fd)
            handle = self._add_reader(fd, self._sock_accept, fut, sock)
            fut.add_done_callback(self._sock_read_done(fd, handle))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result((conn, address))

    # ---- Unix-domain stream sockets (CPython's unix_events) ----

    def _check_unix(self, what, ssl, ssl_handshake_timeout, ssl_shutdown_timeout):
        self._check_network(what)
        if not hasattr(socket, 'AF_UNIX'):
            raise NotImplementedError('%s: this port has no Unix-domain sockets' % what)
        if ssl:
            raise NotImplementedError('%s: kinglet has no ssl module' % what)
        if ssl_handshake_timeout is not None:
            raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
        if ssl_shutdown_timeout is not None:
            raise ValueError('ssl_shutdown_timeout is only meaningful with ssl')

    @staticmethod
    def _check_unix_stream_socket(sock):
        if sock.family != socket.AF_UNIX or sock.type != socket.SOCK_STREAM:
            raise ValueError('A UNIX Domain Stream Socket was expected, got %r' % (sock,))

    async def create_unix_connection(self, protocol_factory, path=None, *, ssl=None, sock=None,
                                     server_hostname=None, ssl_handshake_timeout=None,
                                     ssl_shutdown_timeout=None):
        """Connect to the Unix-domain stream socket at path (or use sock)."""
        self._check_unix('create_unix_connection', ssl, ssl_handshake_timeout,
                         ssl_shutdown_timeout)
        if server_hostname is not None:
            raise ValueError('server_hostname is only meaningful with ssl')
        if path is not None:
            if sock is not None:
                raise ValueError('path and sock can not be specified at the same time')
            import os
            path = os.fspath(path)
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0)
            try:
                sock.setblocking(False)
                await self.sock_connect(sock, path)
            except:
                sock.close()
                raise
        else:
            if sock is None:
                raise ValueError('no path and sock were specified')
            self._check_unix_stream_socket(sock)
            sock.setblocking(False)
        return await self._create_connection_transport(sock, protocol_factory)

    async def create_unix_server(self, protocol_factory, path=None, *, sock=None, backlog=100,
                                 ssl=None, ssl_handshake_timeout=None,
                                 ssl_shutdown_timeout=None, start_serving=True):
        """Listen on a Unix-domain stream socket at path (a stale socket file there is
        removed first), or on sock."""
        self._check_unix('create_unix_server', ssl, ssl_handshake_timeout,
                         ssl_shutdown_timeout)
        if isinstance(ssl, bool):
            raise TypeError('ssl argument must be an SSLContext or None')
        if path is not None:
            if sock is not None:
                raise ValueError('path and sock can not be specified at the same time')
            import os
            import stat
            path = os.fspath(path)
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            if path[0] not in (0, '\x00'):
                try:
                    if stat.S_ISSOCK(os.stat(path).st_mode):
                        os.remove(path)
                except FileNotFoundError:
                    pass
                except OSError as err:
                    format_helpers.log_error('Unable to check or remove stale UNIX socket '
                                             '%r: %r' % (path, err))
            try:
                sock.bind(path)
            except OSError as exc:
                sock.close()
                if exc.errno == getattr(errno, 'EADDRINUSE', None):
                    raise OSError(errno.EADDRINUSE,
                                  'Address %r is already in use' % (path,)) from None
                raise
            except:
                sock.close()
                raise
        else:
            if sock is None:
                raise ValueError('path was not specified, and no sock specified')
            self._check_unix_stream_socket(sock)
        sock.setblocking(False)
        server = base_events.Server(self, [sock], protocol_factory, ssl, backlog,
                                    ssl_handshake_timeout, ssl_shutdown_timeout)
        if start_serving:
            server._start_serving()
            # One loop iteration, so that the accept callbacks are registered.
            await tasks.sleep(0)
        return server

    async def connect_accepted_socket(self, protocol_factory, sock, *, ssl=None,
                                      ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
        """Wrap a connection accepted outside the loop in a transport and a protocol."""
        self._check_network('connect_accepted_socket')
        if ssl:
            raise NotImplementedError('connect_accepted_socket: kinglet has no ssl module')
        if ssl_handshake_timeout is not None:
            raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
        if ssl_shutdown_timeout is not None:
            raise ValueError('ssl_shutdown_timeout is only meaningful with ssl')
        base_events._check_stream_socket(sock)
        return await self._create_connection_transport(sock, protocol_factory)

    # ---- transports and servers ----

    def _make_socket_transport(self, sock, protocol, waiter=None, *, extra=None, server=None):
        self._check_io('socket transports')
        return _SelectorSocketTransport(self, sock, protocol, waiter, extra, server)

    def _start_serving(self, protocol_factory, sock, sslcontext=None, server=None, backlog=100,
                       ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
        self._check_io('create_server')
        self._add_reader(sock.fileno(), self._accept_connection, protocol_factory, sock,
                         server, backlog)

    def _stop_serving(self, sock):
        self._remove_reader(sock.fileno())
        sock.close()

    def _accept_connection(self, protocol_factory, sock, server, backlog):
        # Take up to backlog pending connections; each gets its transport in a new task.
        for _ in range(backlog):
            try:
                conn, addr = sock.accept()
                conn.setblocking(False)
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                return
            except OSError as exc:
                if exc.errno in _ACCEPT_RESOURCE_ERRNOS:
                    # Out of file descriptors or memory: stop accepting for a second.
                    self.call_exception_handler({
                        'message': 'socket.accept() out of system resource',
                        'exception': exc,
                        'socket': trsock.TransportSocket(sock),
                    })
                    self._remove_reader(sock.fileno())
                    self.call_later(1.0, self._start_serving, protocol_factory, sock, None,
                                    server, backlog)
                else:
                    raise
            else:
                self.create_task(self._accept_connection2(protocol_factory, conn,
                                                          {'peername': addr}, server))

    async def _accept_connection2(self, protocol_factory, conn, extra, server):
        protocol = None
        transport = None
        try:
            protocol = protocol_factory()
            waiter = self.create_future()
            transport = self._make_socket_transport(conn, protocol, waiter, extra=extra,
                                                    server=server)
            try:
                await waiter
            except BaseException:
                transport.close()
                raise
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            context = {
                'message': 'Error on transport creation for incoming connection',
                'exception': exc,
            }
            if protocol is not None:
                context['protocol'] = protocol
            if transport is not None:
                context['transport'] = transport
            self.call_exception_handler(context)


# accept() errors that mean "out of descriptors or memory", not a broken listener.
_ACCEPT_RESOURCE_ERRNOS = tuple(getattr(errno, name) for name in ('EMFILE', 'ENFILE', 'ENOBUFS',
                                                                   'ENOMEM')
                                if hasattr(errno, name))


# Writes to a lost connection are dropped silently, then with a warning from this many on.
_LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5


class _SelectorSocketTransport(transports._FlowControlMixin):
    """A stream transport over a connected non-blocking socket."""

    # How much one read takes from the socket.
    max_size = 256 * 1024

    def __init__(self, loop, sock, protocol, waiter=None, extra=None, server=None):
        super().__init__(extra, loop)
        self._extra['socket'] = trsock.TransportSocket(sock)
        try:
            self._extra['sockname'] = sock.getsockname()
        except OSError:
            self._extra['sockname'] = None
        if 'peername' not in self._extra:
            try:
                self._extra['peername'] = sock.getpeername()
            except OSError:
                self._extra['peername'] = None
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol_connected = False
        self.set_protocol(protocol)
        self._server = server
        self._buffer = bytearray()
        self._conn_lost = 0
        self._closing = False
        self._paused = False
        self._eof = False
        if server is not None:
            server._attach()
        loop._transports[self._sock_fd] = self
        _set_nodelay(sock)
        loop.call_soon(self._protocol.connection_made, self)
        loop.call_soon(self._add_reader, self._sock_fd, self._read_ready)
        if waiter is not None:
            loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = [type(self).__name__]
        if self._sock is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append('fd=%s' % self._sock_fd)
        return '<%s>' % ' '.join(info)

    def set_protocol(self, protocol):
        if isinstance(protocol, protocols.BufferedProtocol):
            self._read_ready_cb = self._read_ready__get_buffer
        else:
            self._read_ready_cb = self._read_ready__data_received
        self._protocol = protocol
        self._protocol_connected = True

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self._paused and not self._closing

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._loop._remove_reader(self._sock_fd)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._add_reader(self._sock_fd, self._read_ready)

    def _add_reader(self, fd, callback, *args):
        if not self.is_reading():
            return
        self._loop._add_reader(fd, callback, *args)

    def get_write_buffer_size(self):
        return len(self._buffer)

    # ---- reading ----

    def _read_ready(self):
        self._read_ready_cb()

    def _read_ready__data_received(self):
        if self._conn_lost:
            return
        try:
            data = self._sock.recv(self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if not data:
            self._read_ready__on_eof()
            return
        try:
            self._protocol.data_received(data)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.data_received() call failed.')

    def _read_ready__get_buffer(self):
        if self._conn_lost:
            return
        try:
            buf = self._protocol.get_buffer(-1)
            if not len(buf):
                raise RuntimeError('get_buffer() returned an empty buffer')
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.get_buffer() call failed.')
            return
        try:
            nbytes = self._sock.recv_into(buf)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if not nbytes:
            self._read_ready__on_eof()
            return
        try:
            self._protocol.buffer_updated(nbytes)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.buffer_updated() call failed.')

    def _read_ready__on_eof(self):
        try:
            keep_open = self._protocol.eof_received()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.eof_received() call failed.')
            return
        if keep_open:
            # The peer is done sending, but we may still write: stop reading only.
            self._loop._remove_reader(self._sock_fd)
        else:
            self.close()

    # ---- writing ----

    def write(self, data):
        """Send data now if the socket takes it, else buffer it until it is writable."""
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError('data argument must be a bytes-like object, not %r'
                            % type(data).__name__)
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data:
            return
        if self._conn_lost:
            if self._conn_lost >= _LOG_THRESHOLD_FOR_CONNLOST_WRITES:
                format_helpers.log_error('socket.send() raised exception.')
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                n = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                pass
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on socket transport')
                return
            else:
                data = memoryview(data)[n:]
                if not data:
                    return
            self._loop._add_writer(self._sock_fd, self._write_ready)
        self._buffer.extend(data)
        self._maybe_pause_protocol()

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))

    def _write_ready(self):
        if self._conn_lost:
            return
        try:
            n = self._sock.send(self._buffer)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop._remove_writer(self._sock_fd)
            self._buffer.clear()
            self._fatal_error(exc, 'Fatal write error on socket transport')
            return
        if n:
            del self._buffer[:n]
        self._maybe_resume_protocol()
        if not self._buffer:
            self._loop._remove_writer(self._sock_fd)
            if self._closing:
                self._call_connection_lost(None)
            elif self._eof:
                self._sock.shutdown(socket.SHUT_WR)

    def write_eof(self):
        """Shut down the writing side once the buffer is sent."""
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            self._sock.shutdown(socket.SHUT_WR)

    def can_write_eof(self):
        return True

    # ---- closing ----

    def close(self):
        """Stop reading; once the buffer is sent, close and call connection_lost(None)."""
        if self._closing:
            return
        self._closing = True
        self._loop._remove_reader(self._sock_fd)
        if not self._buffer:
            self._conn_lost += 1
            self._loop._remove_writer(self._sock_fd)
            self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        """Close at once, dropping the buffered data."""
        self._force_close(None)

    def _fatal_error(self, exc, message='Fatal error on transport'):
        # A network error (OSError) is the connection's fate, not a bug: only others are
        # reported.
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message,
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._loop._remove_writer(self._sock_fd)
        if not self._closing:
            self._closing = True
            self._loop._remove_reader(self._sock_fd)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            if self._protocol_connected:
                self._protocol.connection_lost(exc)
        finally:
            loop = self._loop
            if loop._transports.get(self._sock_fd) is self:
                del loop._transports[self._sock_fd]
            self._sock.close()
            self._sock = None
            self._protocol = None
            self._loop = None
            server = self._server
            if server is not None:
                server._detach()
                self._server = None


class SelectorEventLoop(BaseSelectorEventLoop):
    """The default event loop: a selector over the port's select module."""


class DefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = SelectorEventLoop
