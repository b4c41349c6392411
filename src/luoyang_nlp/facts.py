"""Facts: link each figure to what it measures and whose it is (span spec, "Facts")."""

from __future__ import annotations

from typing import Sequence

from .candidate import Candidate, Context
from .doc import Span
from .normalise import Normalised

__all__ = ["link"]


def link(norm: Normalised, chosen: Sequence[Candidate], spans: Sequence[Span], ctx: Context) -> list[dict]:
    """Facts in the gold format. ``chosen[i]`` (normalised offsets) and ``spans[i]``
    (original offsets) are the same span. Placeholder: no facts yet."""
    return []
