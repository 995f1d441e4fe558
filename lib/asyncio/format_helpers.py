# lib/asyncio/format_helpers.py: reprs of callbacks, coroutines, results and tracebacks.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""Text helpers for the reprs of handles, futures and tasks, and for the error log.

limited_repr() shortens a value as CPython's reprlib.repr() does (strings to 30 characters,
lists to 6 items, dicts to 4, nesting to 6 levels), since Future reprs show results that way.
"""

import sys

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


def _exception_name(exc):
    cls = type(exc)
    module = getattr(cls, '__module__', None)
    name = getattr(cls, '__qualname__', cls.__name__)
    if module and module not in ('builtins', '__main__'):
        return module + '.' + name
    return name


def _format_one(exc, lines, seen):
    seen.append(exc)
    cause = exc.__cause__
    context = exc.__context__
    if cause is not None and not any(cause is s for s in seen):
        _format_one(cause, lines, seen)
        lines.append('')
        lines.append('The above exception was the direct cause of the following exception:')
        lines.append('')
    elif (context is not None and not exc.__suppress_context__
          and not any(context is s for s in seen)):
        _format_one(context, lines, seen)
        lines.append('')
        lines.append('During handling of the above exception, another exception occurred:')
        lines.append('')
    tb = exc.__traceback__
    if tb is not None:
        lines.append('Traceback (most recent call last):')
    while tb is not None:
        code = tb.tb_frame.f_code
        lines.append('  File "%s", line %s, in %s' % (code.co_filename, tb.tb_lineno, code.co_name))
        tb = tb.tb_next
    try:
        msg = str(exc)
    except Exception:
        msg = '<exception str() failed>'
    name = _exception_name(exc)
    lines.append(name + ': ' + msg if msg else name)


def format_exception(exc):
    """The lines of a traceback report of exc, in the interpreter's own format."""
    lines = []
    _format_one(exc, lines, [])
    return lines


def log_error(message, exc=None):
    """Write an error report to stderr (CPython's asyncio logs it through logging)."""
    text = message
    if exc is not None:
        text += '\n' + '\n'.join(format_exception(exc))
    try:
        sys.stdout.flush()
    except Exception:
        pass
    print(text, file=sys.stderr)
