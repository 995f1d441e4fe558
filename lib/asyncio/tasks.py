# lib/asyncio/tasks.py: Task and the functions that combine awaitables.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""Task, create_task(), sleep(), gather(), wait(), wait_for(), as_completed(), shield().

A Task drives a coroutine: each step sends into it (or throws into it) from a callback of
the loop. When the coroutine awaits a pending Future, the step registers the task's wakeup
as a done callback of that future; when it yields nothing (sleep(0)), the next step is
scheduled with call_soon().
"""

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
           'current_task', 'all_tasks', '_register_task', '_unregister_task', '_enter_task',
           '_leave_task')

import types

from . import coroutines
from . import events
from . import exceptions
from . import format_helpers
from . import futures

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_name_counter = 0

# Tasks not yet done, in creation order (CPython keeps a WeakSet of all tasks; kinglet has
# no weak references, so a task leaves this table when it finishes or its loop is closed).
_all_tasks = {}
# The task each loop is running a step of right now.
_current_tasks = {}


def _next_name():
    global _name_counter
    _name_counter += 1
    return 'Task-%d' % _name_counter


def _register_task(task):
    _all_tasks[task] = None


def _unregister_task(task):
    _all_tasks.pop(task, None)


def _forget_loop_tasks(loop):
    for task in [t for t in _all_tasks if t._loop is loop]:
        del _all_tasks[task]


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError('Cannot enter into task %r while another task %r is being executed.'
                           % (task, current))
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError('Leaving task %r does not match the current task %r.'
                           % (task, current))
    del _current_tasks[loop]


def current_task(loop=None):
    """The task running on loop (default: the running loop), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The set of the tasks of loop (default: the running loop) that are not done."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in _all_tasks if futures._get_loop(t) is loop and not t.done()}


def _set_task_name(task, name):
    if name is not None:
        task.set_name(name)


class Task(futures.Future):
    """A coroutine scheduled to run on an event loop, itself a Future of its result."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        self._name = _next_name() if name is None else str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = context
        self._loop.call_soon(self.__step, context=context)
        _register_task(self)

    def _repr_info(self):
        info = super()._repr_info()
        if self._num_cancels_requested and not self.done():
            info[0] = 'cancelling'
        info.insert(1, 'name=%r' % (self._name,))
        info.insert(2, 'coro=<%s>' % format_helpers.format_coroutine(self._coro))
        if self._fut_waiter is not None:
            info.insert(3, 'wait_for=%r' % (self._fut_waiter,))
        return info

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        # kinglet's coroutines do not expose their frames.
        return []

    def cancel(self, msg=None):
        """Ask the task to stop: CancelledError is thrown into its coroutine at the next step.

        Returns False if the task is already done.
        """
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        if waiter is not None and waiter.cancel(msg=msg):
            # The wakeup that follows throws the CancelledError in.
            return True
        # A step is already scheduled: it will throw the CancelledError in.
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        """How many cancellation requests are pending (cancel() minus uncancel())."""
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def __step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError('_step(): already done: %r, %r' % (self, exc))
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        _enter_task(loop, self)
        try:
            try:
                if exc is None:
                    result = self._coro.send(None)
                else:
                    result = self._coro.throw(exc)
            except StopIteration as stop:
                _unregister_task(self)
                if self._must_cancel:
                    # cancel() came while the coroutine ran its last step.
                    self._must_cancel = False
                    super().cancel(msg=self._cancel_message)
                else:
                    super().set_result(stop.value)
            except exceptions.CancelledError as cancelled:
                _unregister_task(self)
                self._cancelled_exc = cancelled  # result() raises this very exception
                super().cancel()
            except (KeyboardInterrupt, SystemExit) as error:
                _unregister_task(self)
                super().set_exception(error)
                raise
            except BaseException as error:
                _unregister_task(self)
                super().set_exception(error)
            else:
                self.__handle_yield(result)
        finally:
            _leave_task(loop, self)

    def __handle_yield(self, result):
        loop = self._loop
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if futures._get_loop(result) is not loop:
                error = RuntimeError('Task %r got Future %r attached to a different loop'
                                     % (self, result))
            elif not blocking:
                error = RuntimeError('yield was used instead of yield from in task %r with %r'
                                     % (self, result))
            elif result is self:
                error = RuntimeError('Task cannot await on itself: %r' % (self,))
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self.__wakeup, context=self._context)
                self._fut_waiter = result
                if self._must_cancel and result.cancel(msg=self._cancel_message):
                    self._must_cancel = False
                return
        elif result is None:
            # A bare yield (sleep(0)): run again on the next iteration of the loop.
            loop.call_soon(self.__step, context=self._context)
            return
        elif isinstance(result, types.GeneratorType):
            error = RuntimeError('yield was used instead of yield from for generator in task '
                                 '%r with %r' % (self, result))
        else:
            error = RuntimeError('Task got bad yield: %r' % (result,))
        loop.call_soon(self.__step, error, context=self._context)

    def __wakeup(self, future):
        try:
            future.result()
        except BaseException as error:
            exc = error
        else:
            exc = None
        # Outside the except clause: the coroutine must not see this as the exception
        # being handled.
        self.__step(exc)

    __wakeup.__qualname__ = 'Task.task_wakeup'
    __step.__qualname__ = 'Task.task_step'


def create_task(coro, *, name=None, context=None):
    """Schedule coro on the running loop as a Task and return the task."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


async def _wrap_awaitable(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    """A future or task for a future, coroutine or other awaitable."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than the one specified '
                             'as the loop argument')
        return coro_or_future
    wrapped = False
    if not coroutines.iscoroutine(coro_or_future):
        if coroutines._isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            wrapped = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = events._get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


class _Yield:
    # Awaiting this yields None to the Task once: sleep(0).
    __slots__ = ()

    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Return result after delay seconds; sleep(0) just lets the other tasks run once."""
    if delay <= 0:
        await _Yield()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


class _GatheringFuture(futures.Future):
    # The outer future of gather(): cancelling it cancels the children.

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_one = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_one = True
        if cancelled_one:
            self._cancel_requested = True
        return cancelled_one


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the list of the results, in the order of the arguments.

    Without return_exceptions, the first exception (or cancellation) of a child becomes
    the outcome at once; the other children keep running. With it, exceptions are results.
    """
    if not coros_or_futures:
        loop = events._get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    by_arg = {}
    children = []
    state = [0, 0, None]  # children, children done, outer

    def child_done(fut):
        state[1] += 1
        outer = state[2]
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()  # retrieved
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state[1] == state[0]:
            results = []
            for child in children:
                if child.cancelled():
                    msg = child._cancel_message
                    res = exceptions.CancelledError('' if msg is None else msg)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    loop = None
    for arg in coros_or_futures:
        fut = by_arg.get(arg)
        if fut is None:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            state[0] += 1
            by_arg[arg] = fut
            fut.add_done_callback(child_done)
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    state[2] = outer
    return outer


def shield(arg):
    """Protect an awaitable from cancellation: cancelling the caller leaves it running."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # retrieved
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


class _Releaser:
    # A done callback that releases one waiter (a partial of _release_waiter).
    __slots__ = ('waiter',)

    def __init__(self, waiter):
        self.waiter = waiter

    def __call__(self, *args):
        _release_waiter(self.waiter)


async def _cancel_and_wait(fut, loop):
    # Cancel fut and wait until it is done; the wait itself stays cancellable.
    waiter = loop.create_future()
    release = _Releaser(waiter)
    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    """Await fut, cancelling it and raising TimeoutError after timeout seconds."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise TimeoutError() from exc

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    release = _Releaser(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures and tasks of the iterable fs; return (done, pending) sets."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError('expect a list of futures, not %s' % type(fs).__name__)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return_when value: %s' % (return_when,))
    loop = events.get_running_loop()
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    fs = {ensure_future(f, loop=loop) for f in fs}
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    remaining = [len(fs)]

    def on_done(f):
        remaining[0] -= 1
        if (remaining[0] <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled()
                    and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    """Iterate over coroutines, each returning the next result as the futures finish.

    A generator, as in CPython: nothing happens before the first next(). The coroutines
    awaited after the timeout raise TimeoutError.
    """
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError('expect an iterable of futures, not %s' % type(fs).__name__)
    from .queues import Queue
    done = Queue()
    loop = events._get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_done)
            done.put_nowait(None)  # each waiting coroutine then raises TimeoutError
        todo.clear()

    def on_done(f):
        if not todo:
            return  # on_timeout() came first
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_done)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield wait_for_one()


def run_coroutine_threadsafe(coro, loop):
    raise NotImplementedError('run_coroutine_threadsafe: kinglet has no threads')
