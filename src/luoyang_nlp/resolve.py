"""Overlap resolution: choose a flat, non-overlapping set of candidates.

Policy (deterministic): candidates are taken greedily by (priority desc, length desc,
start asc, label order); a candidate is kept when it overlaps none already kept. So a
lexicon-backed or named span (higher priority) beats a generic one, and among equals the
longest wins, as the specification's "longest sensible span" asks. Spans that start or end
on whitespace are trimmed first; empty or out-of-range candidates are dropped.
"""

from __future__ import annotations

from typing import Iterable

from .candidate import Candidate
from .labels import LABELS

__all__ = ["resolve"]

_LABEL_ORDER = {label: i for i, label in enumerate(LABELS)}


def _trim(c: Candidate, text: str) -> Candidate | None:
    s, e = c.start, c.end
    if not 0 <= s < e <= len(text):  # a matcher bug must not become a wrong offset
        return None
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s >= e:
        return None
    return c if (s, e) == (c.start, c.end) else c._replace(start=s, end=e)


def resolve(candidates: Iterable[Candidate], text: str) -> list[Candidate]:
    """Keep the best non-overlapping candidates, returned in text order.

    Linear after the sort: kept characters are marked in a byte map, so testing a
    candidate costs its own length, however many spans are already kept.
    """
    n = len(text)
    cands = []
    for c in candidates:
        s, e = c.start, c.end
        if 0 <= s < e <= n and not text[s].isspace() and not text[e - 1].isspace():
            cands.append(c)  # the common case, without a call
        else:
            c = _trim(c, text)
            if c is not None:
                cands.append(c)
    if len(cands) < 2:
        return cands
    cands.sort(key=lambda c: (-c.priority, c.start - c.end, c.start, _LABEL_ORDER.get(c.label, 99)))
    taken = bytearray(len(text) + 1)
    kept: list[Candidate] = []
    for c in cands:
        s, e = c.start, c.end
        if taken.find(1, s, e) != -1:
            continue
        taken[s:e] = b"\x01" * (e - s)
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept
