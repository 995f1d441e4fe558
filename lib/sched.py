"""sched: a general-purpose event scheduler over a clock and a delay function."""

import heapq
import time
from collections import namedtuple
from itertools import count

__all__ = ["scheduler"]

Event = namedtuple("Event", "time, priority, sequence, action, argument, kwargs")

_sentinel = object()


class scheduler:
    """Run actions at given times, reading the time from timefunc and waiting with
    delayfunc."""

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self._queue = []
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedule action(*argument, **kwargs) at an absolute time; return the event,
        which cancel() takes."""
        if kwargs is _sentinel:
            kwargs = {}
        event = Event(time, priority, next(self._sequence_generator), action, argument, kwargs)
        heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedule an event delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove an event from the queue (ValueError if it is not there)."""
        self._queue.remove(event)
        heapq.heapify(self._queue)

    def empty(self):
        """Whether the queue is empty."""
        return not self._queue

    def run(self, blocking=True):
        """Run events until the queue is empty. Without blocking, run the events that are
        due and return the time until the next one (None if there is none)."""
        q = self._queue
        while True:
            if not q:
                break
            event_time = q[0].time
            now = self.timefunc()
            if event_time > now:
                if not blocking:
                    return event_time - now
                self.delayfunc(event_time - now)
                continue
            event = heapq.heappop(q)
            event.action(*event.argument, **event.kwargs)
            self.delayfunc(0)  # let other threads run

    @property
    def queue(self):
        """The events not yet run, in the order they will run."""
        events = self._queue[:]
        return list(map(heapq.heappop, [events] * len(events)))
