# lib/asyncio/__init__.py: the asyncio package, frozen into kinglet (see vm/frozen.c).
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""Asynchronous I/O: a single-threaded event loop running coroutines as tasks.

CPython 3.11's API for what programs commonly use: run(), the event loop (call_soon,
call_later, call_at, run_until_complete, run_forever), Future and Task, sleep(), gather(),
wait(), wait_for(), as_completed(), shield(), timeout(), TaskGroup, the locks (Lock, Event,
Condition, Semaphore, BoundedSemaphore, Barrier) and the queues. Callbacks and task steps
run in CPython's order, so programs that print from several tasks interleave the same way.

With the port's select and socket modules, the loop waits for I/O in a selector
(selector_events.py): add_reader()/add_writer(), the sock_*() coroutines, transports and
protocols, create_connection()/create_server() (and their Unix-socket versions), and the
streams open_connection(), start_server(), open_unix_connection() and start_unix_server()
(streams.py). Without select, the loop sleeps with time.sleep() until its next timer and
those raise NotImplementedError. Subprocesses, TLS and datagram endpoints are not provided, and without threads run_in_executor() and to_thread()
call the function at once, blocking the loop.
"""

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .protocols import *
from .queues import *
from .runners import *
from .selector_events import *
from .streams import *
from .taskgroups import *
from .tasks import *
from .threads import *
from .timeouts import *
from .transports import *

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ + exceptions.__all__ +
           futures.__all__ + locks.__all__ + protocols.__all__ + queues.__all__ +
           runners.__all__ + selector_events.__all__ + streams.__all__ + taskgroups.__all__ +
           tasks.__all__ + threads.__all__ + timeouts.__all__ + transports.__all__)
