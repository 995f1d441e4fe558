# lib/asyncio/events.py: handles, the abstract event loop, the policy and the running loop.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""Callback handles, AbstractEventLoop, the event loop policy and get/set_event_loop().

kinglet has one thread, so "the current loop of this thread" is one module-level slot, and
so is the running loop.
"""

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer', 'Handle',
           'TimerHandle', 'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop',
           'set_event_loop', 'new_event_loop', '_set_running_loop', 'get_running_loop',
           '_get_running_loop')

from . import format_helpers


class Handle:
    """A callback registered with call_soon(): cancel() stops it from running."""

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._context = context
        self._repr = None

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(format_helpers.format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<%s>' % ' '.join(self._repr_info())

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            where = format_helpers.format_callback_source(self._callback, self._args)
            self._loop.call_exception_handler({
                'message': 'Exception in callback ' + where,
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A callback registered with call_later() or call_at(), ordered by its time."""

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, 'when=%s' % self._when)
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback
                    and self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


class AbstractServer:
    """Interface of a listening server; base_events.Server implements it."""

    def close(self):
        raise NotImplementedError

    def get_loop(self):
        raise NotImplementedError

    def is_serving(self):
        raise NotImplementedError

    async def wait_closed(self):
        raise NotImplementedError

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class AbstractEventLoop:
    """The interface of an event loop; base_events.BaseEventLoop implements it."""

    def run_forever(self):
        raise NotImplementedError

    def run_until_complete(self, future):
        raise NotImplementedError

    def stop(self):
        raise NotImplementedError

    def is_running(self):
        raise NotImplementedError

    def is_closed(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    async def shutdown_asyncgens(self):
        raise NotImplementedError

    async def shutdown_default_executor(self):
        raise NotImplementedError

    def call_soon(self, callback, *args, context=None):
        raise NotImplementedError

    def call_later(self, delay, callback, *args, context=None):
        raise NotImplementedError

    def call_at(self, when, callback, *args, context=None):
        raise NotImplementedError

    def time(self):
        raise NotImplementedError

    def create_future(self):
        raise NotImplementedError

    def create_task(self, coro, *, name=None, context=None):
        raise NotImplementedError

    def call_soon_threadsafe(self, callback, *args, context=None):
        raise NotImplementedError

    def set_task_factory(self, factory):
        raise NotImplementedError

    def get_task_factory(self):
        raise NotImplementedError

    def get_exception_handler(self):
        raise NotImplementedError

    def set_exception_handler(self, handler):
        raise NotImplementedError

    def default_exception_handler(self, context):
        raise NotImplementedError

    def call_exception_handler(self, context):
        raise NotImplementedError

    def get_debug(self):
        raise NotImplementedError

    def set_debug(self, enabled):
        raise NotImplementedError

    # Network and I/O (selector_events.BaseSelectorEventLoop implements them).

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        raise NotImplementedError

    async def getnameinfo(self, sockaddr, flags=0):
        raise NotImplementedError

    async def create_connection(self, protocol_factory, host=None, port=None, **kwds):
        raise NotImplementedError

    async def create_server(self, protocol_factory, host=None, port=None, **kwds):
        raise NotImplementedError

    async def create_unix_connection(self, protocol_factory, path=None, **kwds):
        raise NotImplementedError

    async def create_unix_server(self, protocol_factory, path=None, **kwds):
        raise NotImplementedError

    async def connect_accepted_socket(self, protocol_factory, sock, **kwds):
        raise NotImplementedError

    def add_reader(self, fd, callback, *args):
        raise NotImplementedError

    def remove_reader(self, fd):
        raise NotImplementedError

    def add_writer(self, fd, callback, *args):
        raise NotImplementedError

    def remove_writer(self, fd):
        raise NotImplementedError

    async def sock_recv(self, sock, nbytes):
        raise NotImplementedError

    async def sock_recv_into(self, sock, buf):
        raise NotImplementedError

    async def sock_sendall(self, sock, data):
        raise NotImplementedError

    async def sock_connect(self, sock, address):
        raise NotImplementedError

    async def sock_accept(self, sock):
        raise NotImplementedError


class AbstractEventLoopPolicy:
    """Decides what get_event_loop(), set_event_loop() and new_event_loop() do."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """The default policy: one current loop, made on first use by get_event_loop()."""

    _loop_factory = None

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError("loop must be an instance of AbstractEventLoop or None, not '%s'"
                            % type(loop).__name__)
        self._loop = loop

    def new_event_loop(self):
        return self._loop_factory()


_policy = None
_running_loop = None


def _init_policy():
    global _policy
    if _policy is None:
        from .selector_events import DefaultEventLoopPolicy
        _policy = DefaultEventLoopPolicy()
    return _policy


def get_event_loop_policy():
    return _init_policy()


def set_event_loop_policy(policy):
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError("policy must be an instance of AbstractEventLoopPolicy or None, not '%s'"
                        % type(policy).__name__)
    _policy = policy


def get_running_loop():
    """The running event loop; RuntimeError when no loop is running."""
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_event_loop():
    """The running loop if there is one, else the policy's current loop."""
    if _running_loop is not None:
        return _running_loop
    return _init_policy().get_event_loop()


def _get_event_loop(stacklevel=3):
    return get_event_loop()


def set_event_loop(loop):
    _init_policy().set_event_loop(loop)


def new_event_loop():
    return _init_policy().new_event_loop()
