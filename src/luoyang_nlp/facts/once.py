"""``once``: a per-instance value made on first use, for the per-document tables of the fact
rules (``Linker`` and its rule mixins)."""

from __future__ import annotations

__all__ = ["once"]


class once:
    """A per-instance value made on first use and then read as a plain attribute (like
    ``functools.cached_property``, without its lock, which costs more than the small tables
    made here)."""

    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value
