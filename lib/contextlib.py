# lib/contextlib.py: the contextlib module, frozen into kinglet (see vm/frozen.c).
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""Utilities for with-statement contexts: @contextmanager, closing, suppress, nullcontext,
redirect_stdout/redirect_stderr, ExitStack and their asynchronous forms."""

import sys
from collections.abc import _ABCMeta, _abstractmethod, _check_methods

__all__ = ['asynccontextmanager', 'contextmanager', 'closing', 'nullcontext',
           'AbstractContextManager', 'AbstractAsyncContextManager', 'AsyncExitStack',
           'ContextDecorator', 'ExitStack', 'redirect_stdout', 'redirect_stderr', 'suppress',
           'aclosing', 'chdir']


def _wraps(wrapper, wrapped):
    # What functools.wraps does: the wrapper takes the wrapped function's name and docs.
    for name in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapper, name, getattr(wrapped, name))
        except AttributeError:
            pass
    try:
        wrapper.__dict__.update(wrapped.__dict__)
    except AttributeError:
        pass
    try:
        wrapper.__wrapped__ = wrapped
    except AttributeError:
        pass
    return wrapper


# ==== the abstract classes ====

class AbstractContextManager(metaclass=_ABCMeta):
    """A class with __enter__ (returning self by default) and an abstract __exit__."""

    __slots__ = ()

    def __enter__(self):
        return self

    @_abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _check_methods(C, '__enter__', '__exit__')
        return NotImplemented


class AbstractAsyncContextManager(metaclass=_ABCMeta):
    """A class with __aenter__ (returning self by default) and an abstract __aexit__."""

    __slots__ = ()

    async def __aenter__(self):
        return self

    @_abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _check_methods(C, '__aenter__', '__aexit__')
        return NotImplemented


class ContextDecorator:
    """A base class that lets a context manager also be used as a function decorator: the
    decorated function runs inside a with-statement of the manager."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return _wraps(inner, func)


class AsyncContextDecorator:
    """ContextDecorator for asynchronous context managers and coroutine functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return _wraps(inner, func)


# ==== @contextmanager ====

class _GeneratorContextManagerBase:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, '__doc__', None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # A decorated function makes a new generator on each call.
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """Helper for @contextmanager."""

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # Suppress the exception unless it is the StopIteration that was thrown in.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            # A StopIteration thrown in comes back as a RuntimeError (PEP 479).
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Helper for @asynccontextmanager."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            if isinstance(value, (StopIteration, StopAsyncIteration)) and \
                    exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """@contextmanager decorator: a generator function that yields once becomes a factory
    of context managers; the code before the yield is __enter__ (the yielded value is the
    'as' target), the code after it is __exit__, and an exception of the with-block is
    raised at the yield."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return _wraps(helper, func)


def asynccontextmanager(func):
    """@asynccontextmanager decorator: as @contextmanager, for an asynchronous generator
    function and 'async with'."""
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return _wraps(helper, func)


# ==== small context managers ====

class closing(AbstractContextManager):
    """closing(thing): a context manager that calls thing.close() at the end of the block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """aclosing(thing): an async context manager that awaits thing.aclose() at the end."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """redirect_stdout(f): sys.stdout is f for the duration of the block."""

    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """redirect_stderr(f): sys.stderr is f for the duration of the block."""

    _stream = 'stderr'


class suppress(AbstractContextManager):
    """suppress(*exceptions): the block ends quietly if it raises one of the exceptions."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """nullcontext(enter_result=None): a context manager that does nothing and gives
    enter_result to 'as'."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """chdir(path): change the current folder on entry, back to the previous one on exit
    (reentrant: each entry remembers its own)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


# ==== ExitStack ====

def _cm_type_name(cls):
    return "'%s.%s'" % (cls.__module__, getattr(cls, '__qualname__', cls.__name__))


def _fix_context(new_exc, old_exc, frame_exc):
    # Make old_exc the context of the oldest exception of new_exc's chain that was raised by
    # the callbacks (the ones between new_exc and the exception being handled outside).
    while True:
        ctx = new_exc.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is frame_exc:
            break
        new_exc = ctx
    new_exc.__context__ = old_exc


class _BaseExitStack:
    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move every callback to a new stack of the same type and return it."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Add an exit callback: a context manager's __exit__ method, or a callable with its
        signature. Returns exit, so that it can be used as a decorator."""
        cls = type(exit)
        try:
            exit_method = cls.__exit__
        except AttributeError:
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter cm and push its __exit__; returns what __enter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError('%s object does not support the context manager protocol'
                            % _cm_type_name(cls)) from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Push callback(*args, **kwds) to be called at exit (its exceptions propagate, and
        it cannot suppress one). Returns callback."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        self._push_exit_callback(_exit_wrapper, True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A context manager that runs a dynamic stack of exit callbacks (last in, first out)
    when the block ends, passing each the exception in flight, which a callback may
    suppress by returning true."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as exc:
                new_details = (type(exc), exc, exc.__traceback__)
                _fix_context(exc, exc_details[1], frame_exc)
                pending_raise = True
                exc_details = new_details
        if pending_raise:
            exc = exc_details[1]
            fixed_ctx = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = fixed_ctx
                raise
        return received_exc and suppressed_exc

    def close(self):
        """Run the callbacks now (as at the end of a with-block without an exception)."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for 'async with': callbacks may also be coroutine functions and async
    context managers."""

    async def enter_async_context(self, cm):
        """Enter the async context manager cm and push its __aexit__."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError('%s object does not support the asynchronous context manager '
                            'protocol' % _cm_type_name(cls)) from None
        result = await enter(cm)
        self._push_async_cm_exit(cm, exit)
        return result

    def push_async_exit(self, exit):
        """Add an async exit callback: an __aexit__ method or a coroutine function with its
        signature."""
        cls = type(exit)
        try:
            exit_method = cls.__aexit__
        except AttributeError:
            self._push_exit_callback(exit, False)
        else:
            self._push_async_cm_exit(exit, exit_method)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Push the coroutine function call callback(*args, **kwds) to be awaited at exit."""
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper, False)
        return callback

    def _push_async_cm_exit(self, cm, cm_exit):
        async def _exit_wrapper(exc_type, exc, tb):
            return await cm_exit(cm, exc_type, exc, tb)
        self._push_exit_callback(_exit_wrapper, False)

    async def aclose(self):
        """Run the callbacks now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if is_sync:
                    cb_suppress = cb(*exc_details)
                else:
                    cb_suppress = await cb(*exc_details)
                if cb_suppress:
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as exc:
                new_details = (type(exc), exc, exc.__traceback__)
                _fix_context(exc, exc_details[1], frame_exc)
                pending_raise = True
                exc_details = new_details
        if pending_raise:
            exc = exc_details[1]
            fixed_ctx = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = fixed_ctx
                raise
        return received_exc and suppressed_exc
