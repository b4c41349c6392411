"""Overlap resolution: choose a flat, non-overlapping set of candidates.

Policy (deterministic): candidates are taken greedily by (priority desc, length desc,
start asc, label order); a candidate is kept when it overlaps none already kept. So a
lexicon-backed or named span (higher priority) beats a generic one, and among equals the
longest wins, as the specification's "longest sensible span" asks. Spans that start or end
on whitespace are trimmed first.
"""

from __future__ import annotations

import bisect
from typing import Iterable

from .candidate import Candidate
from .labels import LABELS

__all__ = ["resolve"]

_LABEL_ORDER = {label: i for i, label in enumerate(LABELS)}


def _trim(c: Candidate, text: str) -> Candidate | None:
    s, e = c.start, c.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s >= e:
        return None
    return c if (s, e) == (c.start, c.end) else c._replace(start=s, end=e)


def resolve(candidates: Iterable[Candidate], text: str) -> list[Candidate]:
    """Keep the best non-overlapping candidates, returned in text order."""
    cands = [t for t in (_trim(c, text) for c in candidates) if t is not None]
    cands.sort(key=lambda c: (-c.priority, -(c.end - c.start), c.start, _LABEL_ORDER.get(c.label, 99)))
    starts: list[int] = []  # kept, sorted by start
    ends: list[int] = []
    kept: list[Candidate] = []
    for c in cands:
        i = bisect.bisect_right(starts, c.start)
        if i > 0 and ends[i - 1] > c.start:
            continue
        if i < len(starts) and starts[i] < c.end:
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        kept.insert(i, c)
    return kept
