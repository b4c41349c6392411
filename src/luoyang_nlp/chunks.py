"""Cut a huge text into pieces at paragraph or sentence boundaries, so extraction runs in
time and memory linear in the text's length (every pass then sees a bounded piece).

``bounds(text, size)`` gives ``(start, end)`` pieces of at most ``size`` characters. A cut is
made after the last line break in the second half of the window, else after the last
sentence end (。！？!?；;), else after the last comma or enumeration mark, else at the
window's end (moved off a run of digits when it can be).
"""

from __future__ import annotations

import re
from typing import Any, Iterator

__all__ = ["bounds", "shift_refs"]

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


def shift_refs(obj: Any, offset: int, shared: dict | None = None) -> Any:
    """A copy of a fact (nested dicts and lists) with every ``{"start", "end"}`` reference
    moved by ``offset``. With ``shared`` (one dict per document), equal references and
    equal strings are one object across the document's facts: a huge text's facts then
    hold each date or subject reference once, not once per figure."""
    if isinstance(obj, dict):
        out = {k: shift_refs(v, offset, shared) for k, v in obj.items()}
        if isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int):
            out["start"], out["end"] = obj["start"] + offset, obj["end"] + offset
            if shared is not None and len(out) == 2:
                return shared.setdefault((out["start"], out["end"]), out)
        return out
    if isinstance(obj, list):
        return [shift_refs(v, offset, shared) for v in obj]
    if isinstance(obj, tuple):
        return tuple(shift_refs(v, offset, shared) for v in obj)
    if isinstance(obj, str) and shared is not None:
        return shared.setdefault(obj, obj)
    return obj
