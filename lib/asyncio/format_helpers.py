# lib/asyncio/format_helpers.py: reprs of callbacks, coroutines and results, and the error log.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""Text helpers for the reprs of handles, futures and tasks, and for the error log.

limited_repr() shortens a value as CPython's reprlib.repr() does (strings to 30 characters,
lists to 6 items, dicts to 4, nesting to 6 levels), since Future reprs show results that way.
"""

_MAX_LEVEL = 6
_MAX_ITEMS = {'tuple': 6, 'list': 6, 'set': 6, 'frozenset': 6, 'deque': 6, 'dict': 4}
_MAX_STRING = 30
_MAX_LONG = 40
_MAX_OTHER = 30


def _shorten(s, limit):
    if len(s) <= limit:
        return s
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return s[:head] + '...' + s[len(s) - tail:]


def _sorted_if_possible(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


def _items_repr(x, level, left, right, limit, single_trail=''):
    n = len(x)
    if level <= 0 and n:
        inner = '...'
    else:
        parts = []
        for i, item in enumerate(x):
            if i >= limit:
                parts.append('...')
                break
            parts.append(_limited(item, level - 1))
        inner = ', '.join(parts)
        if n == 1 and single_trail:
            right = single_trail + right
    return left + inner + right


def _limited(x, level):
    kind = type(x).__name__
    if kind == 'str':
        s = repr(x[:_MAX_STRING])
        if len(s) > _MAX_STRING:
            head = max(0, (_MAX_STRING - 3) // 2)
            tail = max(0, _MAX_STRING - 3 - head)
            s = repr(x[:head] + x[len(x) - tail:])
            s = s[:head] + '...' + s[len(s) - tail:]
        return s
    if kind == 'int':
        return _shorten(repr(x), _MAX_LONG)
    if kind == 'tuple':
        return _items_repr(x, level, '(', ')', _MAX_ITEMS['tuple'], ',')
    if kind == 'list':
        return _items_repr(x, level, '[', ']', _MAX_ITEMS['list'])
    if kind == 'set':
        if not x:
            return 'set()'
        return _items_repr(_sorted_if_possible(x), level, '{', '}', _MAX_ITEMS['set'])
    if kind == 'frozenset':
        if not x:
            return 'frozenset()'
        return _items_repr(_sorted_if_possible(x), level, 'frozenset({', '})',
                           _MAX_ITEMS['frozenset'])
    if kind == 'dict':
        if not x:
            return '{}'
        if level <= 0:
            return '{...}'
        parts = []
        for i, key in enumerate(_sorted_if_possible(x)):
            if i >= _MAX_ITEMS['dict']:
                parts.append('...')
                break
            parts.append(_limited(key, level - 1) + ': ' + _limited(x[key], level - 1))
        return '{' + ', '.join(parts) + '}'
    try:
        s = repr(x)
    except Exception:
        return '<%s instance at %#x>' % (type(x).__name__, id(x))
    return _shorten(s, _MAX_OTHER)


def limited_repr(x):
    """The repr of x, shortened as reprlib.repr() shortens it."""
    return _limited(x, _MAX_LEVEL)


def _args_text(args, kwargs):
    items = [limited_repr(a) for a in (args or ())]
    if kwargs:
        items.extend('%s=%s' % (k, limited_repr(v)) for k, v in kwargs.items())
    return '(' + ', '.join(items) + ')'


def format_callback(func, args, kwargs=None, suffix=''):
    """'name(args)' for a callback, as in the reprs of handles and futures."""
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
    if not name:
        name = repr(func)
    return name + _args_text(args, kwargs) + suffix


def function_source(func):
    """(filename, first line) of a Python function, or None."""
    code = getattr(func, '__code__', None)
    if code is None or hasattr(func, '__self__'):
        return None
    return code.co_filename, code.co_firstlineno


def format_callback_source(func, args):
    text = format_callback(func, args)
    source = function_source(func)
    if source:
        text += ' at %s:%s' % source
    return text


def format_coroutine(coro):
    """'name() running at file:line' or 'name() done, defined at file:line'."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    name = (name or '<%s without __name__>' % type(coro).__name__) + '()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if code is None:
        running = getattr(coro, 'cr_running', getattr(coro, 'gi_running', False))
        return name + ' running' if running else name
    filename = code.co_filename or '<empty co_filename>'
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    if frame is None:
        return '%s done, defined at %s:%s' % (name, filename, code.co_firstlineno)
    return '%s running at %s:%s' % (name, filename, frame.f_lineno)


def log_error(message, exc=None):
    """Log an error report on the 'asyncio' logger, as CPython's asyncio does: with no logging
    configured, logging's last-resort handler writes the message and the traceback to stderr."""
    import logging  # at the first error: a program that never has one does not load logging

    exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else False
    logging.getLogger('asyncio').error(message, exc_info=exc_info)
