# lib/asyncio/_heap.py: a binary min-heap on a list, for timers and PriorityQueue.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""Private binary heap helpers (the order of equal items is the same as heapq's).

Only the < operator of the items is used. After a pop, the hole at the root is first moved
down along the smaller children to a leaf, then the last item is bubbled up from there: this
is the classic bottom-up variant, which is what makes ties come out in heapq's order.
"""


def _bubble_up(heap, top, pos):
    # Move heap[pos] towards the root (but not above index top) while it is smaller.
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if not item < parent:
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _sink(heap, pos):
    # Move the smaller child up into the hole at pos until the hole is a leaf, then put the
    # item that was at pos in the hole and bubble it up.
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
    _bubble_up(heap, top, pos)


def push(heap, item):
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def pop(heap):
    last = heap.pop()
    if not heap:
        return last
    first = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return first


def heapify(heap):
    for i in range(len(heap) // 2 - 1, -1, -1):
        _sink(heap, i)
