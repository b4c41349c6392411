"""One-character abbreviations in a coordinated list (中美关系, 欧美市场, 港澳台同胞): each
character is a PLACE of its own. The words live in ``data/lexicons/rules/abbreviations.tsv``.
"""

from __future__ import annotations

import re

from ..resources import data_path, read_tsv
from .text import alternation, han

__all__ = ["Abbreviations", "abbreviation_places"]


class Abbreviations:
    """The abbreviation table, compiled: a run of 2-4 abbreviations before a word of relation."""

    def __init__(self) -> None:
        rows = read_tsv(data_path("lexicons", "rules", "abbreviations.tsv"))
        chars = "".join(sorted({r["word"] for r in rows if r["kind"] == "abbr"}))
        after = sorted({r["word"] for r in rows if r["kind"] == "after"}, key=len, reverse=True)
        self.run = re.compile(f"[{re.escape(chars)}]{{2,4}}(?={alternation(after)})")


def abbreviation_places(text: str, T) -> list[tuple[int, int, str, int, str]]:
    """A PLACE for every character of an abbreviation run that starts a word (中美关系)."""
    out = []
    for m in T.abbreviations.run.finditer(text):
        a, b = m.span()
        if a > 0 and han(text[a - 1]) and not any(w.end() == a for w in T.bound_re.finditer(text, max(0, a - 4), a)) \
                and text[a - 1] not in "、和与及同":
            continue
        if len(set(m.group())) < b - a:
            continue  # 美美与共: a repeated character is no list
        out.extend((i, i + 1, "PLACE", 1, "abbrev") for i in range(a, b))
    return out
