# lib/asyncio/queues.py: Queue, PriorityQueue and LifoQueue.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""FIFO, priority and LIFO queues for producer and consumer tasks."""

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')

import heapq as _heapq
from . import locks
from . import mixins


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


class QueueFull(Exception):
    """Raised when Queue.put_nowait() is called on a full Queue."""


class _Fifo:
    # A FIFO of items: a list read from a moving head, compacted now and then.
    __slots__ = ('items', 'head')

    def __init__(self):
        self.items = []
        self.head = 0

    def __len__(self):
        return len(self.items) - self.head

    def __bool__(self):
        return len(self.items) > self.head

    def __iter__(self):
        items = self.items
        i = self.head
        while i < len(items):
            yield items[i]
            i += 1

    def append(self, item):
        self.items.append(item)

    def popleft(self):
        items = self.items
        item = items[self.head]
        items[self.head] = None
        self.head += 1
        if self.head >= 16 and self.head * 2 >= len(items):
            del items[:self.head]
            self.head = 0
        return item

    def remove(self, item):
        items = self.items
        for i in range(self.head, len(items)):
            if items[i] == item:
                del items[i]
                return
        raise ValueError('_Fifo.remove(x): x not in fifo')


class Queue(mixins._LoopBoundMixin):
    """A FIFO queue; maxsize <= 0 means no limit.

    put() waits while the queue is full, get() while it is empty. task_done() and join()
    count the items that were taken but not yet processed.
    """

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _Fifo()
        self._putters = _Fifo()
        self._unfinished_tasks = 0
        self._finished = locks.Event()
        self._finished.set()
        self._init(maxsize)

    # The storage: subclasses (LifoQueue, PriorityQueue) change these three.

    def _init(self, maxsize):
        self._queue = _Fifo()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def __class_getitem__(cls, item):
        # Queue[int] in annotations (kinglet cannot make GenericAlias objects of classes).
        return cls

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return '<%s at %#x %s>' % (type(self).__name__, id(self), self._format())

    def __str__(self):
        return '<%s %s>' % (type(self).__name__, self._format())

    def _format(self):
        result = 'maxsize=%r' % (self._maxsize,)
        if getattr(self, '_queue', None):
            result += ' _queue=%r' % (list(self._queue),)
        if self._getters:
            result += ' _getters[%d]' % len(self._getters)
        if self._putters:
            result += ' _putters[%d]' % len(self._putters)
        if self._unfinished_tasks:
            result += ' tasks=%d' % self._unfinished_tasks
        return result

    def qsize(self):
        """Number of items in the queue."""
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        """Put item in the queue, waiting for a free slot if it is full."""
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass  # already taken off by get_nowait()
                if not self.full() and not putter.cancelled():
                    # Woken but leaving: let the next putter have the slot.
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        """Put item in the queue, or raise QueueFull."""
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        """Remove and return an item, waiting for one if the queue is empty."""
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass  # already taken off by put_nowait()
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        """Remove and return an item, or raise QueueEmpty."""
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        """Mark one taken item as processed (for join())."""
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        """Wait until every item put in the queue has been marked with task_done()."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A queue that hands out its smallest item first (entries like (priority, data))."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heapq.heappush(self._queue, item)

    def _get(self):
        return _heapq.heappop(self._queue)


class LifoQueue(Queue):
    """A queue that hands out the item put last first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
