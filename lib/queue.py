# lib/queue.py: the queue module, frozen into kinglet (see vm/frozen.c).
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""FIFO, LIFO and priority queues with CPython's API.

kinglet has no threads, so nothing can fill or drain a queue while a call waits on it: a call
that would wait with a timeout sleeps for the timeout and then raises Empty or Full, as CPython
does when no other thread acts, and one that would wait for ever (get() on an empty queue, put()
on a full one, join() with unfinished tasks, all without a timeout) raises RuntimeError
instead of hanging (see docs/differences.md).
"""

import time
import types
from heapq import heappop as _heappop, heappush as _heappush

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Exception raised by Queue.get(block=0)/get_nowait()."""

    __module__ = '_queue'


class Full(Exception):
    """Exception raised by Queue.put(block=0)/put_nowait()."""


def _check_timeout(block, timeout):
    if block and timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _wait(block, timeout, what):
    # Wait as CPython's single thread would: for the timeout, or raise rather than hang.
    if not block:
        return
    if timeout is None:
        raise RuntimeError('%s would wait for ever: kinglet has no other thread to '
                           'wake it' % what)
    time.sleep(timeout)


class Queue:
    """A FIFO queue of at most maxsize items (no bound when maxsize <= 0)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        """Note that an item taken by get() has been dealt with."""
        unfinished = self.unfinished_tasks - 1
        if unfinished < 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks = unfinished

    def join(self):
        """Return once every item put has been marked done by task_done()."""
        if self.unfinished_tasks:
            _wait(True, None, 'Queue.join()')

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put item into the queue; raise Full if it stays full (see the module's note)."""
        if self.maxsize > 0:
            _check_timeout(block, timeout)
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            _wait(block, timeout, 'Queue.put() on a full queue')
            raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Remove and return an item; raise Empty if there is none (see the module's note)."""
        _check_timeout(block, timeout)
        if not self._qsize():
            _wait(block, timeout, 'Queue.get() on an empty queue')
            raise Empty
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # The container: overridden by the LIFO and priority queues.

    def _init(self, maxsize):
        from collections import deque
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(types.GenericAlias)


class PriorityQueue(Queue):
    """A queue that gives the lowest item first (a heap: items are compared with <)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """A queue that gives the item put last first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    __module__ = '_queue'

    def __init__(self):
        from collections import deque
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def put_nowait(self, item):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        _check_timeout(block, timeout)
        if not self._queue:
            _wait(block, timeout, 'SimpleQueue.get() on an empty queue')
            raise Empty
        return self._queue.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)

    __class_getitem__ = classmethod(types.GenericAlias)
