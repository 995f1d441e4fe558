# lib/asyncio/base_events.py: the event loop.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""BaseEventLoop: a ready queue of callbacks, a heap of timers and a pluggable selector.

One iteration of the loop (_run_once) waits in the selector (no longer than until the first
timer, not at all when callbacks are ready), moves the timers that are due to the ready
queue, then runs the callbacks that were ready when the iteration began, in FIFO order;
callbacks they schedule run in the next iteration. This is CPython's order, so tasks
interleave as they do there.

The selector is any object with select(timeout) -> events (timeout None: block until an
event); _process_events(events) handles what it returns. The default one has no I/O
sources and just sleeps with time.sleep(); a port with sockets plugs in a selector that
polls them, and subclasses _process_events.
"""

__all__ = ('BaseEventLoop', 'SelectorEventLoop', 'DefaultEventLoopPolicy', 'Server')

import time

import heapq as _heapq
from . import coroutines
from . import events
from . import format_helpers
from . import futures
from . import tasks

# Clear cancelled timers out of the heap when they are more than this fraction of at least
# this many timers (below that, they are dropped only when they reach the top).
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
# Longest single wait in the selector, in seconds.
MAXIMUM_SELECT_TIMEOUT = 24 * 3600


class _SleepSelector:
    """A selector without I/O sources: select() sleeps for the timeout."""

    def select(self, timeout=None):
        if timeout is None:
            # Nothing can ever wake the loop: CPython blocks in its selector too.
            while True:
                time.sleep(MAXIMUM_SELECT_TIMEOUT)
        if timeout > 0:
            # Whole milliseconds, rounded up, as CPython's epoll selector waits: timers due
            # within the same millisecond then run in the same iteration there and here.
            ms = int(timeout * 1000)
            if ms < timeout * 1000:
                ms += 1
            time.sleep(ms / 1000)
        return []

    def close(self):
        pass


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # The loop is already stopping: the exception is propagating out of it.
            return
    futures._get_loop(fut).stop()


class Server(events.AbstractServer):
    pass


class BaseEventLoop(events.AbstractEventLoop):
    """The event loop: call_soon/call_later/call_at callbacks, tasks and futures."""

    def __init__(self, selector=None):
        self._selector = _SleepSelector() if selector is None else selector
        self._ready = []
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._running = False
        self._debug = False
        self._clock_resolution = 1e-09
        self._exception_handler = None
        self._task_factory = None
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False

    def __repr__(self):
        return '<%s running=%s closed=%s debug=%s>' % (
            type(self).__name__, self.is_running(), self.is_closed(), self.get_debug())

    # ---- futures and tasks ----

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule coro as a Task of this loop."""
        self._check_closed()
        if self._task_factory is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        if context is None:
            task = self._task_factory(self, coro)
        else:
            task = self._task_factory(self, coro, context=context)
        tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # ---- running and stopping ----

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run iterations until stop() is called."""
        self._check_closed()
        self._check_running()
        self._running = True
        events._set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)

    def run_until_complete(self, future):
        """Run until future (a coroutine is wrapped in a Task) is done; return its result."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                future.exception()  # retrieved: the exception goes on to the caller
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stop after the callbacks of the current iteration (or of the next one)."""
        self._stopping = True

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        """Drop the pending callbacks; the loop cannot be used any more."""
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready = []
        self._scheduled = []
        tasks._forget_loop_tasks(self)
        self._selector.close()

    async def shutdown_asyncgens(self):
        # kinglet does not track the async generators a loop started (no asyncgen hooks).
        self._asyncgens_shutdown_called = True

    async def shutdown_default_executor(self):
        # There is no thread pool executor.
        self._executor_shutdown_called = True

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    # ---- callbacks ----

    def time(self):
        """The loop's clock: time.monotonic()."""
        return time.monotonic()

    def call_soon(self, callback, *args, context=None):
        """Call callback(*args) in the next iteration, after those already scheduled."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        """Call callback(*args) delay seconds from now."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Call callback(*args) when the loop's time() reaches when."""
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        _heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError('coroutines cannot be used with %s()' % method)
        if not callable(callback):
            raise TypeError('a callable object was expected by %s(), got %r'
                            % (method, callback))

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _process_events(self, event_list):
        # A loop with a real selector handles the I/O events here.
        pass

    def _run_once(self):
        scheduled = self._scheduled
        n = len(scheduled)
        if (n > _MIN_SCHEDULED_TIMER_HANDLES
                and self._timer_cancelled_count / n > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            kept = []
            for timer in scheduled:
                if timer._cancelled:
                    timer._scheduled = False
                else:
                    kept.append(timer)
            _heapq.heapify(kept)
            self._scheduled = scheduled = kept
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                timer = _heapq.heappop(scheduled)
                timer._scheduled = False

        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif scheduled:
            timeout = scheduled[0]._when - self.time()
            if timeout > MAXIMUM_SELECT_TIMEOUT:
                timeout = MAXIMUM_SELECT_TIMEOUT
            elif timeout < 0:
                timeout = 0
        self._process_events(self._selector.select(timeout))

        end_time = self.time() + self._clock_resolution
        ready = self._ready
        while scheduled and scheduled[0]._when < end_time:
            timer = _heapq.heappop(scheduled)
            timer._scheduled = False
            ready.append(timer)

        # Run what is ready now; what these callbacks schedule waits for the next iteration.
        self._ready = []
        i = 0
        n = len(ready)
        try:
            while i < n:
                handle = ready[i]
                i += 1
                if not handle._cancelled:
                    handle._run()
        finally:
            if i < n:
                # An exception (SystemExit, KeyboardInterrupt) leaves the loop: keep the rest.
                self._ready[0:0] = ready[i:]

    # ---- errors ----

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError('A callable object or None is expected, got %r' % (handler,))
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Write the context's message, its other keys and the exception to stderr."""
        message = context.get('message') or 'Unhandled exception in event loop'
        exception = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append('%s: %r' % (key, context[key]))
        format_helpers.log_error('\n'.join(lines), exception)

    def call_exception_handler(self, context):
        """Report an error that no code can catch: the handler, or the default one."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                format_helpers.log_error('Exception in default exception handler', exc)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException as exc2:
                    format_helpers.log_error(
                        'Exception in default exception handler while handling an '
                        'unexpected error in custom exception handler', exc2)

    # ---- executors: kinglet has no threads ----

    def run_in_executor(self, executor, func, *args):
        """A future of func(*args), which is called at once, in this thread.

        CPython runs func in a thread pool while the loop goes on; without threads the
        call blocks the loop, but the future gets the same result or exception.
        """
        self._check_closed()
        future = self.create_future()
        try:
            result = func(*args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(result)
        return future

    def set_default_executor(self, executor):
        raise NotImplementedError('set_default_executor: kinglet has no threads')


class SelectorEventLoop(BaseEventLoop):
    """The default event loop (its selector has no I/O sources yet)."""


class DefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = SelectorEventLoop
