"""One-character abbreviations in a coordinated list (中美关系, 欧美市场, 港澳台同胞): each
character is a PLACE of its own. The words live in ``data/lexicons/rules/abbreviations.tsv``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..resources import data_path, read_tsv
from .text import alternation, han, matches_at

if TYPE_CHECKING:
    from .tables import Tables  # (annotations only: tables imports this module)

__all__ = ["Abbreviations", "abbreviation_places"]


class Abbreviations:
    """The abbreviation table, compiled: a run of 2-4 abbreviations before a word of relation
    (its last one may be a ``sure`` abbreviation: 巴以冲突), and a nation's abbreviation
    before a word of state (叙总统, 英首相)."""

    def __init__(self) -> None:
        rows = read_tsv(data_path("lexicons", "rules", "abbreviations.tsv"))
        chars = "".join(sorted({r["word"] for r in rows if r["kind"] == "abbr"}))
        last = "".join(sorted({r["word"] for r in rows if r["kind"] in ("abbr", "sure") and len(r["word"]) == 1}))
        self.chars = frozenset(chars)
        #: what a run may hold: the ``sure`` abbreviations (以) close one, never open it
        self.run_chars = frozenset(last)
        #: words a run of abbreviations begins where they name no place (华侨, 中华)
        self.words = tuple(r["word"] for r in rows if r["kind"] == "word")
        #: the words of relation an abbreviation run is written before (关系, 市场)
        self.after = sorted({r["word"] for r in rows if r["kind"] == "after"}, key=len, reverse=True)
        self.run = re.compile(f"[{re.escape(chars)}]{{1,3}}[{re.escape(last)}](?={alternation(self.after)})")
        #: nations' abbreviations (column nation=1) and the words of state after one (总统, 外长)
        self.nations = frozenset(r["word"] for r in rows if r.get("nation") == "1")
        self.state = sorted({r["word"] for r in rows if r["kind"] == "state"}, key=len, reverse=True)


def abbreviation_places(text: str, T: Tables, relations: list[tuple[int, int]],
                        states: list[tuple[int, int]] | None = None) -> list[tuple[int, int, str, int, str]]:
    """A PLACE for every character of an abbreviation run that starts a word (中美关系, 巴以冲突),
    and for a nation's abbreviation that starts a word before a word of state (叙总统, 与英首相).
    ``relations``, ``states``: the spans of the words of relation and of state in the text
    (``Hits.cues``); a run is looked for only right before one."""
    out: list[tuple[int, int, str, int, str]] = []
    A = T.abbreviations
    if relations:
        for m in matches_at(A.run, text, _run_starts(text, A.run_chars, relations)):
            a, b = m.span()
            if not _starts_word(text, a, T):
                continue
            if len(set(m.group())) < b - a:
                continue  # 美美与共: a repeated character is no list
            if A.words and text.startswith(A.words, a):
                continue  # 中华: a word the run begins, no list of places
            out.extend((i, i + 1, "PLACE", 1, "abbrev") for i in range(a, b))
    for p, _ in states or ():
        a = p - 1
        if a >= 0 and text[a] in A.nations and _starts_word(text, a, T):
            out.append((a, p, "PLACE", 1, "abbrev"))
    return out


def _starts_word(text: str, a: int, T: Tables) -> bool:
    """Whether an abbreviation at ``a`` starts a word: the text starts there, or a mark, a
    boundary word (据, 对) or a conjunction (、和与及同) ends right before it."""
    return a == 0 or not han(text[a - 1]) or text[a - 1] in "、和与及同" or (
        text[a - 1] in T.bound_last and any(w.end() == a for w in T.bound_re.finditer(text, max(0, a - 4), a)))


def _run_starts(text: str, chars: frozenset, relations: list[tuple[int, int]]) -> set[int]:
    """Where a run of two to four abbreviations before a word of relation may begin."""
    starts: set[int] = set()
    for p, _ in relations:
        a = p
        while a > 0 and p - a < 4 and text[a - 1] in chars:
            a -= 1
        starts.update(range(a, p - 1))  # a run of p - k >= 2 characters from k
    return starts
