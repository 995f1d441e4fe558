# lib/asyncio/threads.py: to_thread() without threads.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
"""to_thread(): kinglet has no threads, so the function runs at once in the loop's thread."""

__all__ = ('to_thread',)

from . import events


async def to_thread(func, *args, **kwargs):
    """Call func(*args, **kwargs) and return its result (blocking the loop meanwhile)."""
    loop = events.get_running_loop()
    return await loop.run_in_executor(None, lambda: func(*args, **kwargs))
