# lib/asyncio/mixins.py: binding of locks and queues to the loop that first uses them.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""_LoopBoundMixin: an object that belongs to the event loop running when first used."""

from . import events


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = events._get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError('%r is bound to a different event loop' % (self,))
        return loop
