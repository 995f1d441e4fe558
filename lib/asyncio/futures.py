# lib/asyncio/futures.py: the Future class.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""Future: a result that will be set later, with done callbacks and await support."""

__all__ = ('Future', 'isfuture')

from . import events
from . import format_helpers
from .exceptions import CancelledError, InvalidStateError

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for an asyncio Future (or an object with its duck-typed protocol)."""
    return (hasattr(type(obj), '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


def _format_callbacks(callbacks):
    def one(entry):
        func = entry[0]
        return format_helpers.format_callback_source(func, ())

    n = len(callbacks)
    if n == 1:
        text = one(callbacks[0])
    elif n == 2:
        text = '%s, %s' % (one(callbacks[0]), one(callbacks[1]))
    elif n > 2:
        text = '%s, <%d more>, %s' % (one(callbacks[0]), n - 2, one(callbacks[-1]))
    else:
        text = ''
    return 'cb=[%s]' % text


class Future:
    """A result (or exception) that becomes available later, on one event loop.

    Done callbacks are called through the loop's call_soon(), never directly. Awaiting a
    pending future yields it to the Task that runs the coroutine, which resumes when the
    future is done.
    """

    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    _log_traceback = False
    # True while a coroutine awaits this future through a Task; None on non-futures.
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        if loop is None:
            loop = events._get_event_loop()
        self._loop = loop
        self._callbacks = []

    def __class_getitem__(cls, item):
        # Future[int] in annotations (kinglet cannot make GenericAlias objects of classes).
        return cls

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append('exception=%r' % (self._exception,))
            else:
                info.append('result=' + format_helpers.limited_repr(self._result))
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, ' '.join(self._repr_info()))

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def _make_cancelled_error(self):
        # The CancelledError to raise for a cancelled future: the one the coroutine raised,
        # the first time, then a new one with the cancel message.
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        """Cancel the future and schedule its callbacks; False if it was already done."""
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        loop = self._loop
        for callback, context in callbacks:
            loop.call_soon(callback, self, context=context)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        """The result; raises the exception, CancelledError or InvalidStateError."""
        state = self._state
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        if state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._log_traceback = False
        exc = self._exception
        if exc is not None:
            raise exc.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        """The exception (None if a result was set); raises CancelledError if cancelled."""
        state = self._state
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        if state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) soon after the future is done (at once if it is already)."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Remove every registration of fn; return how many there were."""
        kept = [entry for entry in self._callbacks if entry[0] != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators and cannot be '
                            'raised into a Future')
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self  # the Task running the awaiting coroutine waits for this future
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)
