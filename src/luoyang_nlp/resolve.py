"""Overlap resolution: choose a flat, non-overlapping set of candidates.

Policy (deterministic): candidates are taken greedily by (priority desc, length desc,
start asc, label order, then the order given); a candidate is kept when it overlaps none
already kept. So a lexicon-backed or named span (higher priority) beats a generic one, and
among equals the longest wins, as the specification's "longest sensible span" asks. Spans that start or end
on whitespace are trimmed first; empty or out-of-range candidates are dropped.
"""

from __future__ import annotations

import itertools
from operator import itemgetter
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

    Candidates are taken in text order, in groups that overlap one another: most stand
    alone and are kept as they are; only a group of several is ranked by the policy.
    """
    n = len(text)
    cands = []
    for c in candidates:
        s, e = c[0], c[1]  # start, end: indexing a named tuple is cheaper than its names
        if 0 <= s < e <= n and not text[s].isspace() and not text[e - 1].isspace():
            cands.append(c)  # the common case, without a call
        else:
            t = _trim(c, text)
            if t is not None:
                cands.append(t)
    if len(cands) < 2:
        return cands
    cands.sort(key=_START)  # stable: candidates at one start stay in the order given
    kept: list[Candidate] = []
    group = [cands[0]]
    end = cands[0][1]
    for c in itertools.islice(cands, 1, None):
        if c[0] < end:  # overlaps the group
            group.append(c)
            if c[1] > end:
                end = c[1]
            continue
        if len(group) == 1:
            kept.append(group[0])
        else:
            kept.extend(_best_of(group))
        group = [c]
        end = c[1]
    kept.extend(group if len(group) == 1 else _best_of(group))
    return kept


_START = itemgetter(0)


def _best_of(group: list[Candidate]) -> list[Candidate]:
    """The candidates of an overlapping group that the policy keeps, in text order: greedy by
    (priority desc, length desc, start, label order); kept characters are marked in a byte
    map, so testing a candidate costs its own length. (c[8] is the priority, c[2] the label.)"""
    ranked = sorted(group, key=lambda c: (-c[8], c[0] - c[1], c[0], _LABEL_ORDER.get(c[2], 99)))
    base = group[0][0]
    taken = bytearray(max(c[1] for c in group) - base)
    kept = []
    for c in ranked:
        s, e = c[0] - base, c[1] - base
        if taken.find(1, s, e) != -1:
            continue
        taken[s:e] = b"\x01" * (e - s)
        kept.append(c)
    kept.sort(key=_START)
    return kept
