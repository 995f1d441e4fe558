# lib/selectors.py: wait for I/O readiness on several file objects at once.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""High-level I/O multiplexing over the select module, with CPython 3.11's API.

A selector keeps one SelectorKey(fileobj, fd, events, data) per registered file object,
indexed by file descriptor; select(timeout) returns the (key, events) pairs that are ready.
PollSelector waits in select.poll(), SelectSelector in select.select(); DefaultSelector is
the first of them that the port's select module supports (CPython picks epoll on Linux,
which behaves like poll here). A port whose select module has neither defines no selector
class but DefaultSelector, which then raises NotImplementedError.
"""

import math
import select
from collections import namedtuple
from collections.abc import Mapping

EVENT_READ = 1
EVENT_WRITE = 2

SelectorKey = namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])


def _fileobj_to_fd(fileobj):
    """The file descriptor of fileobj: fileobj itself when it is an int, else its fileno()."""
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError('Invalid file object: {!r}'.format(fileobj)) from None
    if fd < 0:
        raise ValueError('Invalid file descriptor: {}'.format(fd))
    return fd


class _SelectorMapping(Mapping):
    """The read-only view that get_map() returns: file object (or fd) -> SelectorKey."""

    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._fd_to_key)

    def __getitem__(self, fileobj):
        try:
            fd = self._selector._fileobj_lookup(fileobj)
            return self._selector._fd_to_key[fd]
        except KeyError:
            raise KeyError('{!r} is not registered'.format(fileobj)) from None

    def get(self, fileobj, default=None):
        try:
            return self[fileobj]
        except KeyError:
            return default

    def __contains__(self, fileobj):
        try:
            self[fileobj]
        except KeyError:
            return False
        return True

    def __iter__(self):
        return iter(self._selector._fd_to_key)


class BaseSelector:
    """The interface of a selector; _BaseSelectorImpl keeps the keys for the real ones."""

    def register(self, fileobj, events, data=None):
        raise NotImplementedError

    def unregister(self, fileobj):
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    def select(self, timeout=None):
        raise NotImplementedError

    def close(self):
        pass

    def get_key(self, fileobj):
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError('Selector is closed')
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError('{!r} is not registered'.format(fileobj)) from None

    def get_map(self):
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _BaseSelectorImpl(BaseSelector):
    """The fd -> key table shared by the selectors below."""

    def __init__(self):
        self._fd_to_key = {}
        self._map = _SelectorMapping(self)

    def _fileobj_lookup(self, fileobj):
        # A file object that was closed after registration has no fileno() any more: find
        # it by identity among the keys so that it can still be unregistered.
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for key in self._fd_to_key.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if not isinstance(events, int) or not events or events & ~(EVENT_READ | EVENT_WRITE):
            raise ValueError('Invalid events: {!r}'.format(events))
        key = SelectorKey(fileobj, self._fileobj_lookup(fileobj), events, data)
        if key.fd in self._fd_to_key:
            raise KeyError('{!r} (FD {}) is already registered'.format(fileobj, key.fd))
        self._fd_to_key[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            return self._fd_to_key.pop(self._fileobj_lookup(fileobj))
        except KeyError:
            raise KeyError('{!r} is not registered'.format(fileobj)) from None

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError('{!r} is not registered'.format(fileobj)) from None
        if events != key.events:
            self.unregister(fileobj)
            key = self.register(fileobj, events, data)
        elif data != key.data:
            key = key._replace(data=data)
            self._fd_to_key[key.fd] = key
        return key

    def close(self):
        self._fd_to_key.clear()
        self._map = None

    def get_map(self):
        return self._map

    def _key_from_fd(self, fd):
        return self._fd_to_key.get(fd)


if hasattr(select, 'select'):

    class SelectSelector(_BaseSelectorImpl):
        """A selector over select.select()."""

        def __init__(self):
            super().__init__()
            self._readers = set()
            self._writers = set()

        def register(self, fileobj, events, data=None):
            key = super().register(fileobj, events, data)
            if events & EVENT_READ:
                self._readers.add(key.fd)
            if events & EVENT_WRITE:
                self._writers.add(key.fd)
            return key

        def unregister(self, fileobj):
            key = super().unregister(fileobj)
            self._readers.discard(key.fd)
            self._writers.discard(key.fd)
            return key

        def select(self, timeout=None):
            if timeout is not None:
                timeout = max(timeout, 0)
            ready = []
            try:
                r, w, _ = select.select(list(self._readers), list(self._writers), [],
                                         timeout)
            except InterruptedError:
                return ready
            r = set(r)
            w = set(w)
            for fd in r | w:
                events = 0
                if fd in r:
                    events |= EVENT_READ
                if fd in w:
                    events |= EVENT_WRITE
                key = self._key_from_fd(fd)
                if key:
                    ready.append((key, events & key.events))
            return ready


if hasattr(select, 'poll'):

    class PollSelector(_BaseSelectorImpl):
        """A selector over select.poll()."""

        def __init__(self):
            super().__init__()
            self._poller = select.poll()

        @staticmethod
        def _poll_mask(events):
            mask = 0
            if events & EVENT_READ:
                mask |= select.POLLIN
            if events & EVENT_WRITE:
                mask |= select.POLLOUT
            return mask

        def register(self, fileobj, events, data=None):
            key = super().register(fileobj, events, data)
            try:
                self._poller.register(key.fd, self._poll_mask(events))
            except:
                super().unregister(fileobj)
                raise
            return key

        def unregister(self, fileobj):
            key = super().unregister(fileobj)
            try:
                self._poller.unregister(key.fd)
            except OSError:
                # The fd was closed before it was unregistered: poll() forgets it anyway.
                pass
            return key

        def modify(self, fileobj, events, data=None):
            try:
                key = self._fd_to_key[self._fileobj_lookup(fileobj)]
            except KeyError:
                raise KeyError('{!r} is not registered'.format(fileobj)) from None
            if not isinstance(events, int) or not events or events & ~(EVENT_READ | EVENT_WRITE):
                raise ValueError('Invalid events: {!r}'.format(events))
            if events != key.events:
                self._poller.modify(key.fd, self._poll_mask(events))
            if events != key.events or data != key.data:
                key = key._replace(events=events, data=data)
                self._fd_to_key[key.fd] = key
            return key

        def select(self, timeout=None):
            # poll() takes whole milliseconds: round up so that a timer is never woken early.
            if timeout is None:
                ms = None
            elif timeout <= 0:
                ms = 0
            else:
                ms = math.ceil(timeout * 1e3)
            ready = []
            try:
                polled = self._poller.poll(ms)
            except InterruptedError:
                return ready
            for fd, revents in polled:
                # POLLHUP and POLLERR wake both directions: the next read or write reports it.
                events = 0
                if revents & ~select.POLLIN:
                    events |= EVENT_WRITE
                if revents & ~select.POLLOUT:
                    events |= EVENT_READ
                key = self._key_from_fd(fd)
                if key:
                    ready.append((key, events & key.events))
            return ready


if 'PollSelector' in globals():
    DefaultSelector = PollSelector
elif 'SelectSelector' in globals():
    DefaultSelector = SelectSelector
else:

    class DefaultSelector(BaseSelector):
        """Stands in for a selector on a port whose select module can neither poll nor select."""

        def __init__(self):
            raise NotImplementedError('selectors: the select module has neither poll() nor '
                                      'select()')
