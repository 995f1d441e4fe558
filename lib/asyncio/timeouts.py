# lib/asyncio/timeouts.py: the timeout() and timeout_at() context managers (3.11).
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""async with timeout(delay): cancel the block's task at the deadline, raise TimeoutError."""

__all__ = ('Timeout', 'timeout', 'timeout_at')

from . import events
from . import exceptions
from . import tasks

_CREATED = 'created'
_ENTERED = 'active'
_EXPIRING = 'expiring'
_EXPIRED = 'expired'
_EXITED = 'finished'


class Timeout:
    """A deadline (in the loop's time(), or None for none) for an async with block.

    At the deadline the task is cancelled; when the block ends with that CancelledError,
    __aexit__ turns it into TimeoutError.
    """

    def __init__(self, when):
        self._state = _CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        """Move the deadline (None: no deadline)."""
        if self._state != _ENTERED:
            if self._state == _CREATED:
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError('Cannot change state of %s Timeout' % self._state)
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        """True once the deadline has cancelled the block."""
        return self._state in (_EXPIRING, _EXPIRED)

    def __repr__(self):
        info = ''
        if self._state == _ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info = ' when=%s' % (when,)
        return '<Timeout [%s]%s>' % (self._state, info)

    async def __aenter__(self):
        self._state = _ENTERED
        self._task = tasks.current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == _EXPIRING:
            self._state = _EXPIRED
            if self._task.uncancel() == 0 and exc_type is exceptions.CancelledError:
                # The cancellation was ours alone: report it as a timeout.
                raise TimeoutError
        elif self._state == _ENTERED:
            self._state = _EXITED
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = _EXPIRING
        self._timeout_handler = None


def timeout(delay):
    """A Timeout delay seconds from now (None: no deadline, see reschedule())."""
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """A Timeout at the loop time when."""
    return Timeout(when)
