"""Cut a huge text into pieces at paragraph or sentence boundaries, so extraction runs in
time and memory linear in the text's length (every pass then sees a bounded piece).

``bounds(text, size)`` gives ``(start, end)`` pieces of at most ``size`` characters. A cut is
made after the last line break in the second half of the window, else after the last
sentence end (。！？!?；;), else after the last comma or enumeration mark, else at the
window's end (moved off a run of digits when it can be).
"""

from __future__ import annotations

import re
from typing import Iterator

__all__ = ["bounds", "share_refs"]

_BREAKS = (re.compile(r"[\n\r\u2028\u2029]"), re.compile(r"[。！？!?；;…]"), re.compile(r"[，、,：:\s]"))
_NUMBERISH = set("0123456789.,０１２３４５６７８９零〇一二两三四五六七八九十百千万亿点")


def bounds(text: str, size: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` pieces covering ``text``, each at most ``size`` characters long."""
    n = len(text)
    start = 0
    while n - start > size:
        lo, hi = start + size // 2, start + size
        cut = None
        for rx in _BREAKS:
            last = None
            for m in rx.finditer(text, lo, hi):
                last = m
            if last is not None:
                cut = last.end()
                break
        if cut is None:  # no boundary at all: a hard cut, off a number if it can be
            cut = hi
            for k in range(hi, max(lo, hi - 64), -1):
                if not (text[k - 1] in _NUMBERISH and text[k] in _NUMBERISH):
                    cut = k
                    break
        yield start, cut
        start = cut
    yield start, n


def share_refs(facts: list[dict], shared: dict) -> list[dict]:
    """``facts`` (fresh dicts, changed in place) with equal ``{"start", "end"}`` references
    and equal strings made one object through ``shared``: a huge text's facts then hold
    each date or subject reference once, not once per figure."""
    for f in facts:
        for k, v in f.items():
            if type(v) is dict and len(v) == 2 and type(v.get("start")) is int and type(v.get("end")) is int:
                f[k] = shared.setdefault((v["start"], v["end"]), v)
            elif type(v) is str:
                f[k] = shared.setdefault(v, v)
    return facts
