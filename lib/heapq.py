# lib/heapq.py: the heapq module, frozen into kinglet (see vm/frozen.c).
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""Heap queue (priority queue) functions on plain lists.

A heap is a list where heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k, so
heap[0] is the smallest item. Items are compared with < only. The layout after each
operation is the same as CPython's, so programs that print a heap see the same list.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest',
           'heappushpop']


def _check(heap):
    if not isinstance(heap, list):
        raise TypeError('heap argument must be a list')


def _up(heap, top, pos):
    # Move heap[pos] towards the root (not past index top) while it is smaller than its parent.
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
        else:
            break
    heap[pos] = item


def _down(heap, pos):
    # Sink heap[pos]: move the smaller child up until a leaf is reached, then let the item
    # climb back to its place (fewer comparisons than stopping early, as in CPython).
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _up(heap, top, pos)


def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    _check(heap)
    heap.append(item)
    _up(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop and return the smallest item of heap."""
    _check(heap)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _down(heap, 0)
        return item
    return last


def heapreplace(heap, item):
    """Pop and return the smallest item, then push item (the heap never shrinks)."""
    _check(heap)
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _down(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop and return the smallest item (faster than the two calls)."""
    _check(heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _down(heap, 0)
    return item


def heapify(x):
    """Rearrange the list x into a heap, in place, in linear time."""
    _check(x)
    for i in range(len(x) // 2 - 1, -1, -1):
        _down(x, i)


# ---- max-heaps (private in CPython 3.11, but used by programs) ----

def _up_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if p < item:
            heap[pos] = p
            pos = parent
        else:
            break
    heap[pos] = item


def _down_max(heap, pos):
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _up_max(heap, top, pos)


def _heapify_max(x):
    """Rearrange the list x into a max-heap (heap[0] is the largest item), in place."""
    _check(x)
    for i in range(len(x) // 2 - 1, -1, -1):
        _down_max(x, i)


def _heappop_max(heap):
    """Pop and return the largest item of a max-heap."""
    _check(heap)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _down_max(heap, 0)
        return item
    return last


def _heapreplace_max(heap, item):
    """Pop and return the largest item of a max-heap, then push item."""
    _check(heap)
    if not heap:
        raise IndexError('index out of range')
    largest = heap[0]
    heap[0] = item
    _down_max(heap, 0)
    return largest


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first (same as sorted(...)[:n])."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first (same as sorted(..., reverse=True)[:n])."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]


class _Entry:
    # One input of merge(): its current key, its position among the inputs (which breaks ties
    # so that merge is stable), its current value and the rest of its items.
    __slots__ = ('key', 'order', 'value', 'it', 'rev')

    def __lt__(self, other):
        a, b = (other.key, self.key) if self.rev else (self.key, other.key)
        if a < b:
            return True
        if b < a:
            return False
        return self.order < other.order


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted stream of their items, lazily and stably."""
    heap = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            e = _Entry()
            e.key = value if key is None else key(value)
            e.order = order
            e.value = value
            e.it = it
            e.rev = reverse
            heap.append(e)
            break
    heapify(heap)
    while heap:
        e = heap[0]
        yield e.value
        for value in e.it:
            e.value = value
            e.key = value if key is None else key(value)
            _down(heap, 0)
            break
        else:
            heappop(heap)
