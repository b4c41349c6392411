"""Set phrases of policy language in which no name stands (``rules/set_phrases.tsv``:
绿水青山就是金山银山, 河长制): an entity span inside one, or crossing its edge, is dropped,
whichever source proposed it (a lexicon name, a rule, the model); a name holding one whole
(某市河长制办公室) stays. Applied to the fused entity spans, as ``not_figures.tsv`` is to
figures."""

from __future__ import annotations

import re

__all__ = ["outside_set_phrases"]


def outside_set_phrases(text: str, spans: list, phrases: re.Pattern | None) -> list:
    """``spans`` (``(start, end, …)`` tuples) less those inside a set phrase of ``text`` or
    crossing its edge; ``phrases`` is ``Tables.set_phrase_re`` (None: no list)."""
    if phrases is None or not spans:
        return spans
    found = [m.span() for m in phrases.finditer(text)]
    if not found:
        return spans
    return [x for x in spans if not any(a < x[1] and x[0] < b and not _holds(x[0], x[1], a, b) for a, b in found)]


def _holds(s: int, e: int, a: int, b: int) -> bool:
    """The span ``s``-``e`` holds the phrase ``a``-``b`` and more (某市河长制办公室)."""
    return s <= a and b <= e and e - s > b - a
