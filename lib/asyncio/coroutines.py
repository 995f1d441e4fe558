# lib/asyncio/coroutines.py: iscoroutine() and iscoroutinefunction().
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""Tell coroutines and coroutine functions apart from other objects."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import types

_CO_COROUTINE = 0x80

# Functions marked with this object as their _is_coroutine attribute count as coroutine
# functions too (as unittest.mock's AsyncMock does in CPython).
_is_coroutine = object()


def iscoroutinefunction(func):
    """True for an async def function (or a bound method or partial of one)."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    while True:
        inner = getattr(func, '__func__', None)
        if inner is None:
            inner = getattr(func, 'func', None) if hasattr(func, 'keywords') else None
        if inner is None:
            break
        func = inner
    if not isinstance(func, types.FunctionType):
        return False
    return bool(func.__code__.co_flags & _CO_COROUTINE)


def iscoroutine(obj):
    """True for a coroutine object, or any object with the Coroutine interface."""
    if isinstance(obj, types.CoroutineType):
        return True
    cls = type(obj)
    return (hasattr(cls, '__await__') and hasattr(cls, 'send') and hasattr(cls, 'throw')
            and hasattr(cls, 'close'))


def _isawaitable(obj):
    return isinstance(obj, types.CoroutineType) or hasattr(type(obj), '__await__')
