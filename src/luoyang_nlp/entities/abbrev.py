"""One-character abbreviations in a coordinated list (中美关系, 欧美市场, 港澳台同胞): each
character is a PLACE of its own. The words live in ``data/lexicons/rules/abbreviations.tsv``.
"""

from __future__ import annotations

import re

from ..resources import data_path, read_tsv
from .text import alternation, han, matches_at

__all__ = ["Abbreviations", "abbreviation_places"]


class Abbreviations:
    """The abbreviation table, compiled: a run of 2-4 abbreviations before a word of relation."""

    def __init__(self) -> None:
        rows = read_tsv(data_path("lexicons", "rules", "abbreviations.tsv"))
        chars = "".join(sorted({r["word"] for r in rows if r["kind"] == "abbr"}))
        self.chars = frozenset(chars)
        #: the words of relation an abbreviation run is written before (关系, 市场)
        self.after = sorted({r["word"] for r in rows if r["kind"] == "after"}, key=len, reverse=True)
        self.run = re.compile(f"[{re.escape(chars)}]{{2,4}}(?={alternation(self.after)})")


def abbreviation_places(text: str, T, relations: list[tuple[int, int]]) -> list[tuple[int, int, str, int, str]]:
    """A PLACE for every character of an abbreviation run that starts a word (中美关系).
    ``relations``: the spans of the words of relation in the text (``Hits.cues``); a run is
    looked for only right before one."""
    if not relations:
        return []
    out: list[tuple[int, int, str, int, str]] = []
    for m in matches_at(T.abbreviations.run, text, _run_starts(text, T.abbreviations.chars, relations)):
        a, b = m.span()
        if a > 0 and han(text[a - 1]) and not (text[a - 1] in T.bound_last and any(w.end() == a for w in T.bound_re.finditer(text, max(0, a - 4), a))) \
                and text[a - 1] not in "、和与及同":
            continue
        if len(set(m.group())) < b - a:
            continue  # 美美与共: a repeated character is no list
        out.extend((i, i + 1, "PLACE", 1, "abbrev") for i in range(a, b))
    return out


def _run_starts(text: str, chars: frozenset, relations: list[tuple[int, int]]) -> set[int]:
    """Where a run of two to four abbreviations before a word of relation may begin."""
    starts: set[int] = set()
    for p, _ in relations:
        a = p
        while a > 0 and p - a < 4 and text[a - 1] in chars:
            a -= 1
        starts.update(range(a, p - 1))  # a run of p - k >= 2 characters from k
    return starts
