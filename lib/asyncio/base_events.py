# lib/asyncio/base_events.py: the event loop.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""BaseEventLoop: a ready queue of callbacks, a heap of timers and a pluggable selector.

One iteration of the loop (_run_once) waits in the selector (no longer than until the first
timer, not at all when callbacks are ready), moves the timers that are due to the ready
queue, then runs the callbacks that were ready when the iteration began, in FIFO order;
callbacks they schedule run in the next iteration. This is CPython's order, so tasks
interleave as they do there.

The selector is any object with select(timeout) -> events (timeout None: block until an
event); _process_events(events) handles what it returns. BaseEventLoop's own one has no I/O
sources and just sleeps with time.sleep(); selector_events.BaseSelectorEventLoop plugs in a
selectors.DefaultSelector (poll() on the port's select module) and dispatches its events
to the callbacks of add_reader()/add_writer().

The network methods that need only those primitives live here, as in CPython:
create_connection() (tries each address getaddrinfo() gives in turn), create_server() and
the Server it returns, getaddrinfo() (run at once: there is no thread pool). Without a
selector the I/O methods raise NotImplementedError.
"""

__all__ = ('BaseEventLoop', 'Server')

import time

import heapq as _heapq
from . import coroutines
from . import events
from . import exceptions
from . import format_helpers
from . import futures
from . import tasks
from . import trsock

try:
    import socket
except ImportError:
    socket = None

# Clear cancelled timers out of the heap when they are more than this fraction of at least
# this many timers (below that, they are dropped only when they reach the top).
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
# Longest single wait in the selector, in seconds.
MAXIMUM_SELECT_TIMEOUT = 24 * 3600


class _SleepSelector:
    """A selector without I/O sources: select() sleeps for the timeout."""

    def select(self, timeout=None):
        if timeout is None:
            # Nothing can ever wake the loop: CPython blocks in its selector too.
            while True:
                time.sleep(MAXIMUM_SELECT_TIMEOUT)
        if timeout > 0:
            # Whole milliseconds, rounded up, as CPython's epoll selector waits: timers due
            # within the same millisecond then run in the same iteration there and here.
            ms = int(timeout * 1000)
            if ms < timeout * 1000:
                ms += 1
            time.sleep(ms / 1000)
        return []

    def close(self):
        pass


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # The loop is already stopping: the exception is propagating out of it.
            return
    futures._get_loop(fut).stop()


def _no_io(what):
    return NotImplementedError('%s: this port has no select module, so the event loop '
                               'cannot wait for I/O' % what)


def _interleave_addrinfos(addrinfos, first_address_family_count=1):
    # One address of each family in turn, the first family first (RFC 8305).
    by_family = {}
    for info in addrinfos:
        by_family.setdefault(info[0], []).append(info)
    lists = list(by_family.values())
    reordered = []
    if first_address_family_count > 1:
        reordered.extend(lists[0][:first_address_family_count - 1])
        del lists[0][:first_address_family_count - 1]
    for i in range(max(len(group) for group in lists)):
        reordered.extend(group[i] for group in lists if i < len(group))
    return reordered


def _ipaddr_info(host, port, family, type, proto, flowinfo=0, scopeid=0):
    """The getaddrinfo() entry of a numeric host address, or None if host is a name."""
    if host is None or not hasattr(socket, 'inet_pton'):
        return None
    if type == socket.SOCK_STREAM:
        proto = socket.IPPROTO_TCP
    elif type == getattr(socket, 'SOCK_DGRAM', None):
        proto = getattr(socket, 'IPPROTO_UDP', 17)
    else:
        return None
    if port is None or port == '' or port == b'':
        port = 0
    else:
        try:
            port = int(port)
        except (TypeError, ValueError):
            return None
    has_ipv6 = hasattr(socket, 'AF_INET6')
    if family == socket.AF_UNSPEC:
        afs = [socket.AF_INET, socket.AF_INET6] if has_ipv6 else [socket.AF_INET]
    else:
        afs = [family]
    if isinstance(host, bytes):
        host = host.decode('ascii')
    if '%' in host:
        return None  # an IPv6 scope id: leave it to getaddrinfo()
    for af in afs:
        try:
            socket.inet_pton(af, host)
        except (OSError, ValueError):
            continue
        if has_ipv6 and af == socket.AF_INET6:
            return af, type, proto, '', (host, port, flowinfo, scopeid)
        return af, type, proto, '', (host, port)
    return None


async def _ensure_resolved(address, *, family=0, type=None, proto=0, flags=0, loop):
    if type is None:
        type = socket.SOCK_STREAM
    host, port = address[:2]
    info = _ipaddr_info(host, port, family, type, proto, *address[2:])
    if info is not None:
        return [info]
    return await loop.getaddrinfo(host, port, family=family, type=type, proto=proto,
                                  flags=flags)


def _check_stream_socket(sock):
    if sock.type != socket.SOCK_STREAM:
        raise ValueError('A Stream Socket was expected, got %r' % (sock,))


class Server(events.AbstractServer):
    """A listening server: its sockets accept connections while it is serving.

    Each accepted connection gets a transport that is attached to the server until it is
    closed; wait_closed() waits for the last one after close() (as in CPython 3.11.7, it
    returns at once when close() was called before it).
    """

    def __init__(self, loop, sockets, protocol_factory, ssl_context, backlog,
                 ssl_handshake_timeout, ssl_shutdown_timeout=None):
        self._loop = loop
        self._sockets = sockets
        self._active_count = 0
        self._waiters = []
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._ssl_context = ssl_context
        self._ssl_handshake_timeout = ssl_handshake_timeout
        self._ssl_shutdown_timeout = ssl_shutdown_timeout
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return '<%s sockets=%r>' % (type(self).__name__, self.sockets)

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(waiter)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)
            self._loop._start_serving(self._protocol_factory, sock, self._ssl_context, self,
                                      self._backlog, self._ssl_handshake_timeout,
                                      self._ssl_shutdown_timeout)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(trsock.TransportSocket(s) for s in self._sockets)

    def close(self):
        """Stop listening and close the listening sockets; connections stay open."""
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            self._loop._stop_serving(sock)
        self._serving = False
        fut = self._serving_forever_fut
        if fut is not None and not fut.done():
            fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        # One loop iteration, so that the accept callbacks are registered.
        await tasks.sleep(0)

    async def serve_forever(self):
        """Serve until cancelled; then close the server and wait for it."""
        if self._serving_forever_fut is not None:
            raise RuntimeError('server %r is already being awaited on serve_forever()'
                               % (self,))
        if self._sockets is None:
            raise RuntimeError('server %r is closed' % (self,))
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except exceptions.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter


class BaseEventLoop(events.AbstractEventLoop):
    """The event loop: call_soon/call_later/call_at callbacks, tasks and futures."""

    def __init__(self, selector=None):
        self._selector = _SleepSelector() if selector is None else selector
        self._ready = []
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._running = False
        self._debug = False
        self._clock_resolution = 1e-09
        self._exception_handler = None
        self._task_factory = None
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False

    def __repr__(self):
        return '<%s running=%s closed=%s debug=%s>' % (
            type(self).__name__, self.is_running(), self.is_closed(), self.get_debug())

    # ---- futures and tasks ----

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule coro as a Task of this loop."""
        self._check_closed()
        if self._task_factory is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        if context is None:
            task = self._task_factory(self, coro)
        else:
            task = self._task_factory(self, coro, context=context)
        tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # ---- running and stopping ----

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run iterations until stop() is called."""
        self._check_closed()
        self._check_running()
        self._running = True
        events._set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)

    def run_until_complete(self, future):
        """Run until future (a coroutine is wrapped in a Task) is done; return its result."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                future.exception()  # retrieved: the exception goes on to the caller
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stop after the callbacks of the current iteration (or of the next one)."""
        self._stopping = True

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        """Drop the pending callbacks; the loop cannot be used any more."""
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready = []
        self._scheduled = []
        tasks._forget_loop_tasks(self)
        self._selector.close()

    async def shutdown_asyncgens(self):
        # kinglet does not track the async generators a loop started (no asyncgen hooks).
        self._asyncgens_shutdown_called = True

    async def shutdown_default_executor(self):
        # There is no thread pool executor.
        self._executor_shutdown_called = True

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    # ---- callbacks ----

    def time(self):
        """The loop's clock: time.monotonic()."""
        return time.monotonic()

    def call_soon(self, callback, *args, context=None):
        """Call callback(*args) in the next iteration, after those already scheduled."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        """Call callback(*args) delay seconds from now."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Call callback(*args) when the loop's time() reaches when."""
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        _heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError('coroutines cannot be used with %s()' % method)
        if not callable(callback):
            raise TypeError('a callable object was expected by %s(), got %r'
                            % (method, callback))

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _process_events(self, event_list):
        # A loop with a real selector handles the I/O events here.
        pass

    def _run_once(self):
        scheduled = self._scheduled
        n = len(scheduled)
        if (n > _MIN_SCHEDULED_TIMER_HANDLES
                and self._timer_cancelled_count / n > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            kept = []
            for timer in scheduled:
                if timer._cancelled:
                    timer._scheduled = False
                else:
                    kept.append(timer)
            _heapq.heapify(kept)
            self._scheduled = scheduled = kept
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                timer = _heapq.heappop(scheduled)
                timer._scheduled = False

        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif scheduled:
            timeout = scheduled[0]._when - self.time()
            if timeout > MAXIMUM_SELECT_TIMEOUT:
                timeout = MAXIMUM_SELECT_TIMEOUT
            elif timeout < 0:
                timeout = 0
        self._process_events(self._selector.select(timeout))

        end_time = self.time() + self._clock_resolution
        ready = self._ready
        while scheduled and scheduled[0]._when < end_time:
            timer = _heapq.heappop(scheduled)
            timer._scheduled = False
            ready.append(timer)

        # Run what is ready now; what these callbacks schedule waits for the next iteration.
        self._ready = []
        i = 0
        n = len(ready)
        try:
            while i < n:
                handle = ready[i]
                i += 1
                if not handle._cancelled:
                    handle._run()
        finally:
            if i < n:
                # An exception (SystemExit, KeyboardInterrupt) leaves the loop: keep the rest.
                self._ready[0:0] = ready[i:]

    # ---- errors ----

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError('A callable object or None is expected, got %r' % (handler,))
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Write the context's message, its other keys and the exception to stderr."""
        message = context.get('message') or 'Unhandled exception in event loop'
        exception = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append('%s: %r' % (key, context[key]))
        format_helpers.log_error('\n'.join(lines), exception)

    def call_exception_handler(self, context):
        """Report an error that no code can catch: the handler, or the default one."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                format_helpers.log_error('Exception in default exception handler', exc)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException as exc2:
                    format_helpers.log_error(
                        'Exception in default exception handler while handling an '
                        'unexpected error in custom exception handler', exc2)

    # ---- I/O: a loop with a selector implements these (selector_events.py) ----

    def add_reader(self, fd, callback, *args):
        raise _no_io('add_reader')

    def remove_reader(self, fd):
        raise _no_io('remove_reader')

    def add_writer(self, fd, callback, *args):
        raise _no_io('add_writer')

    def remove_writer(self, fd):
        raise _no_io('remove_writer')

    async def sock_recv(self, sock, nbytes):
        raise _no_io('sock_recv')

    async def sock_recv_into(self, sock, buf):
        raise _no_io('sock_recv_into')

    async def sock_sendall(self, sock, data):
        raise _no_io('sock_sendall')

    async def sock_connect(self, sock, address):
        raise _no_io('sock_connect')

    async def sock_accept(self, sock):
        raise _no_io('sock_accept')

    def _make_socket_transport(self, sock, protocol, waiter=None, *, extra=None, server=None):
        raise _no_io('socket transports')

    def _start_serving(self, protocol_factory, sock, sslcontext=None, server=None, backlog=100,
                       ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
        raise _no_io('create_server')

    def _stop_serving(self, sock):
        raise _no_io('create_server')

    # ---- network: connections and servers over the primitives above ----

    def _check_network(self, what):
        if socket is None:
            raise NotImplementedError('%s: this port has no socket module' % what)

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        self._check_network('getaddrinfo')
        return await self.run_in_executor(None, socket.getaddrinfo, host, port, family, type,
                                          proto, flags)

    async def getnameinfo(self, sockaddr, flags=0):
        self._check_network('getnameinfo')
        return await self.run_in_executor(None, socket.getnameinfo, sockaddr, flags)

    async def _connect_sock(self, exceptions, addr_info, local_addr_infos=None):
        # One socket, bound to a local address of its family if asked, then connected.
        mine = []
        exceptions.append(mine)
        family, type_, proto, _, address = addr_info
        sock = None
        try:
            sock = socket.socket(family, type_, proto)
            sock.setblocking(False)
            if local_addr_infos is not None:
                for lfamily, _, _, _, laddr in local_addr_infos:
                    if lfamily != family:
                        continue
                    try:
                        sock.bind(laddr)
                        break
                    except OSError as exc:
                        mine.append(OSError(exc.errno, 'error while attempting to bind on '
                                            'address %r: %s' % (laddr, exc.strerror.lower())))
                else:
                    if mine:
                        raise mine.pop()
                    raise OSError('no matching local address with family=%r found' % family)
            await self.sock_connect(sock, address)
            return sock
        except OSError as exc:
            mine.append(exc)
            if sock is not None:
                sock.close()
            raise
        except:
            if sock is not None:
                sock.close()
            raise

    async def create_connection(self, protocol_factory, host=None, port=None, *, ssl=None,
                                family=0, proto=0, flags=0, sock=None, local_addr=None,
                                server_hostname=None, ssl_handshake_timeout=None,
                                ssl_shutdown_timeout=None, happy_eyeballs_delay=None,
                                interleave=None):
        """Connect a stream socket to host:port (or use sock); return (transport, protocol).

        The addresses of host are tried one after the other (with happy_eyeballs_delay
        too: kinglet does not start the attempts in parallel).
        """
        self._check_network('create_connection')
        if server_hostname is not None and not ssl:
            raise ValueError('server_hostname is only meaningful with ssl')
        if ssl:
            raise NotImplementedError('create_connection: kinglet has no ssl module')
        if ssl_handshake_timeout is not None:
            raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
        if ssl_shutdown_timeout is not None:
            raise ValueError('ssl_shutdown_timeout is only meaningful with ssl')
        if sock is not None:
            _check_stream_socket(sock)
        if happy_eyeballs_delay is not None and interleave is None:
            interleave = 1
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError('host/port and sock can not be specified at the same time')
            infos = await _ensure_resolved((host, port), family=family,
                                           type=socket.SOCK_STREAM, proto=proto, flags=flags,
                                           loop=self)
            if not infos:
                raise OSError('getaddrinfo() returned empty list')
            laddr_infos = None
            if local_addr is not None:
                laddr_infos = await _ensure_resolved(local_addr, family=family,
                                                     type=socket.SOCK_STREAM, proto=proto,
                                                     flags=flags, loop=self)
                if not laddr_infos:
                    raise OSError('getaddrinfo() returned empty list')
            if interleave:
                infos = _interleave_addrinfos(infos, interleave)
            errors = []
            for addr_info in infos:
                try:
                    sock = await self._connect_sock(errors, addr_info, laddr_infos)
                    break
                except OSError:
                    continue
            if sock is None:
                errors = [exc for sub in errors for exc in sub]
                if len(errors) == 1:
                    raise errors[0]
                model = str(errors[0])
                if all(str(exc) == model for exc in errors):
                    raise errors[0]
                raise OSError('Multiple exceptions: %s' % ', '.join(str(exc) for exc in errors))
        else:
            if sock is None:
                raise ValueError('host and port was not specified and no sock specified')
            _check_stream_socket(sock)
        return await self._create_connection_transport(sock, protocol_factory)

    async def _create_connection_transport(self, sock, protocol_factory):
        sock.setblocking(False)
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = self._make_socket_transport(sock, protocol, waiter)
        try:
            await waiter
        except:
            transport.close()
            raise
        return transport, protocol

    async def create_server(self, protocol_factory, host=None, port=None, *, family=0,
                            flags=None, sock=None, backlog=100, ssl=None, reuse_address=None,
                            reuse_port=None, ssl_handshake_timeout=None,
                            ssl_shutdown_timeout=None, start_serving=True):
        """Listen on host:port (each address of host, or each host of a list), or on sock.

        Returns a Server; with start_serving=True it accepts connections at once, and each
        one gets a protocol from protocol_factory and a transport.
        """
        self._check_network('create_server')
        if isinstance(ssl, bool):
            raise TypeError('ssl argument must be an SSLContext or None')
        if ssl is not None:
            raise NotImplementedError('create_server: kinglet has no ssl module')
        if ssl_handshake_timeout is not None:
            raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
        if ssl_shutdown_timeout is not None:
            raise ValueError('ssl_shutdown_timeout is only meaningful with ssl')
        if flags is None:
            flags = getattr(socket, 'AI_PASSIVE', 1)
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError('host/port and sock can not be specified at the same time')
            if reuse_address is None:
                reuse_address = hasattr(socket, 'SO_REUSEADDR')
            if host == '':
                hosts = [None]
            elif isinstance(host, str) or not hasattr(host, '__iter__'):
                hosts = [host]
            else:
                hosts = host
            infos = []
            for h in hosts:
                found = await _ensure_resolved((h, port), family=family,
                                               type=socket.SOCK_STREAM, flags=flags,
                                               loop=self)
                if not found:
                    raise OSError('getaddrinfo(%r) returned empty list' % (h,))
                for info in found:
                    if info not in infos:
                        infos.append(info)
            sockets = []
            completed = False
            try:
                for af, socktype, proto, _, sa in infos:
                    try:
                        sock = socket.socket(af, socktype, proto)
                    except OSError:
                        continue  # a family or protocol this system lacks
                    sockets.append(sock)
                    if reuse_address:
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
                    if reuse_port:
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                    if (af == getattr(socket, 'AF_INET6', None)
                            and hasattr(socket, 'IPV6_V6ONLY')):
                        sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, True)
                    try:
                        sock.bind(sa)
                    except OSError as err:
                        raise OSError(err.errno, 'error while attempting to bind on address '
                                      '%r: %s' % (sa, (err.strerror or '').lower())) from None
                completed = True
            finally:
                if not completed:
                    for s in sockets:
                        s.close()
        else:
            if sock is None:
                raise ValueError('Neither host/port nor sock were specified')
            _check_stream_socket(sock)
            sockets = [sock]
        for s in sockets:
            s.setblocking(False)
        server = Server(self, sockets, protocol_factory, ssl, backlog, ssl_handshake_timeout,
                        ssl_shutdown_timeout)
        if start_serving:
            server._start_serving()
            # One loop iteration, so that the accept callbacks are registered.
            await tasks.sleep(0)
        return server

    # ---- executors: kinglet has no threads ----

    def run_in_executor(self, executor, func, *args):
        """A future of func(*args), which is called at once, in this thread.

        CPython runs func in a thread pool while the loop goes on; without threads the
        call blocks the loop, but the future gets the same result or exception.
        """
        self._check_closed()
        future = self.create_future()
        try:
            result = func(*args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(result)
        return future

    def set_default_executor(self, executor):
        raise NotImplementedError('set_default_executor: kinglet has no threads')
