# lib/copy.py: the copy module, frozen into kinglet (see vm/frozen.c).
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""Shallow and deep copies of objects.

copy(x) makes a new container holding the same items; deepcopy(x) copies the items too,
recursively, keeping shared and cyclic references shared (memo maps id(original) to its
copy). A class controls both with __copy__() and __deepcopy__(memo); otherwise an instance is
rebuilt from its class with its __dict__ and __slots__ values (or __getstate__/__setstate__,
or a __reduce_ex__/__reduce__ it defines itself).
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error


def _function():
    pass


class _Class:
    def method(self):
        pass


# The types module may be left out of a small build: take the types from values.
_FunctionType = type(_function)
_MethodType = type(_Class().method)

# Values that are their own copy, shallow and deep.
_ATOMIC = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, str, bytes,
           type, range, _FunctionType, type(len), property}
try:
    _ATOMIC.add(complex)
except NameError:
    pass
try:
    _ATOMIC.add(type(_function.__code__))
except AttributeError:
    pass


def _defined(cls, name):
    # Whether a class of cls's MRO other than the builtin ones defines name.
    for klass in cls.__mro__:
        if klass.__module__ != 'builtins' and name in klass.__dict__:
            return True
    return False


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _state(x, cls):
    # The state object.__getstate__ gives in 3.11: the __dict__ (None when empty), or
    # (dict, slots) when the class has slot values.
    if _defined(cls, '__getstate__'):
        return x.__getstate__()
    d = getattr(x, '__dict__', None)
    if not d:
        d = None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (d, slots)
    return d


def _set_state(y, state):
    if state is None:
        return
    if hasattr(y, '__setstate__') and _defined(type(y), '__setstate__'):
        y.__setstate__(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    if slots:
        for name, value in slots.items():
            setattr(y, name, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    # Build the copy from the parts of a reduce value, as pickle would.
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def _copy_instance(x, cls, memo):
    # memo is None for a shallow copy.
    deep = memo is not None
    for name in ('__reduce_ex__', '__reduce__'):
        if _defined(cls, name):
            rv = x.__reduce_ex__(4) if name == '__reduce_ex__' else x.__reduce__()
            if isinstance(rv, str):
                return x
            return _reconstruct(x, memo, *rv)
    if cls.__module__ == 'builtins' or not isinstance(cls, type):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    if isinstance(x, (set, frozenset)):
        items = list(x)
        if deep:
            items = deepcopy(items, memo)
        y = cls(items)
    else:
        if _defined(cls, '__getnewargs__'):
            args = x.__getnewargs__()
        elif isinstance(x, tuple):
            args = (tuple(x),)
        else:
            args = ()
        if deep and args:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    if deep:
        memo[id(x)] = y
    state = _state(x, cls)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset or cls is slice:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    if _defined(cls, '__copy__'):
        return x.__copy__()
    if cls is _MethodType:
        return x
    return _copy_instance(x, cls, None)


def _keep_alive(x, memo):
    # Keep the originals alive while the memo is in use, so their ids are not reused.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo is the dict of copies already made (id(original) -> copy)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple in a cycle was copied while copying its items.
        if d in memo:
            return memo[d]
        same = True
        for a, b in zip(x, items):
            if a is not b:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(list(x), memo))
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is slice:
        y = slice(deepcopy(x.start, memo), deepcopy(x.stop, memo), deepcopy(x.step, memo))
    elif cls is _MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    elif _defined(cls, '__deepcopy__'):
        y = x.__deepcopy__(memo)
    else:
        y = _copy_instance(x, cls, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y
