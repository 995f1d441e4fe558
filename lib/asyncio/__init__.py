# lib/asyncio/__init__.py: the asyncio package, frozen into kinglet (see vm/frozen.c).
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""Asynchronous I/O: a single-threaded event loop running coroutines as tasks.

CPython 3.11's API for what programs commonly use: run(), the event loop (call_soon,
call_later, call_at, run_until_complete, run_forever), Future and Task, sleep(), gather(),
wait(), wait_for(), as_completed(), shield(), timeout(), TaskGroup, the locks (Lock, Event,
Condition, Semaphore, BoundedSemaphore, Barrier) and the queues. Callbacks and task steps
run in CPython's order, so programs that print from several tasks interleave the same way.

There is no I/O selector yet: when nothing is ready the loop sleeps with time.sleep()
until its next timer. The loop asks a selector object for events (select(timeout)) and
hands them to _process_events(), so a port with sockets can plug a real selector in
(base_events.py). Streams and subprocesses are not provided, and without threads
run_in_executor() and to_thread() call the function at once, blocking the loop.
"""

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from .tasks import *
from .threads import *
from .timeouts import *

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ + exceptions.__all__ +
           futures.__all__ + locks.__all__ + queues.__all__ + runners.__all__ +
           taskgroups.__all__ + tasks.__all__ + threads.__all__ + timeouts.__all__)
