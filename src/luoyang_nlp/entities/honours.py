"""Titles of honour: quoted names that an award list makes (先后荣获“A”“B”等荣誉称号). The
names by heads inside them (“某省十强产业集聚区”) are the award's, not a body's or a project's,
so the entity rules and the model's proposals leave them out. The cue words live in
``data/lexicons/rules/honours.tsv``."""

from __future__ import annotations

import re

from ..resources import data_path, read_tsv
from .text import alternation

__all__ = ["Honours"]

# The labels an award's title is read as by a head (产业集聚区, 重点实验室): a PROJECT inside a
# title is dropped, an ORG or COMPANY when it reaches the title's end (工信部 in a title of the
# ministry's stays). A place or a person inside a title stays what it is, but for the national
# word opening it (“中国钼都”, honours.tsv where=national): the title's level, not a place.
_NOT_IN_HONOURS = frozenset(("ORG", "COMPANY", "PROJECT"))

# one quoted name, then what may stand between it and the next one
_QUOTED = r"(?:“[^“”\n]{1,40}”|「[^「」\n]{1,40}」|\"[^\"\n]{1,40}\")[、,，和及与]?"
_OPENERS = "“「\""
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


class Honours:
    """The titles of honour in a text (``titles``) and the spans naming them (``drop_awards``).
    ``EntityMatcher`` finds the titles once per text, for the rule candidates and the model's
    proposals."""

    def __init__(self) -> None:
        rows = read_tsv(data_path("lexicons", "rules", "honours.tsv"))
        after = [r["word"] for r in rows if r["where"] == "after"]
        before = [r["word"] for r in rows if r["where"] == "before"]
        self._cue = re.compile(alternation(after + before))
        self._run = re.compile(f"(?:{_QUOTED})+")
        self._after = re.compile(f"等?[\u4e00-\u9fff]{{0,4}}?(?:{alternation(after)})")
        self._before = re.compile(f"(?:{alternation(before)})了?$")
        self._one = re.compile(_QUOTED)
        self.national = frozenset(r["word"] for r in rows if r["where"] == "national")

    def titles(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of each quoted title of honour, quotes included, in order."""
        if not any(q in text for q in _OPENERS) or self._cue.search(text) is None:
            return []  # most texts: no quote, or no word of an award list
        out = []
        for run in self._run.finditer(text):
            a, b = run.span()
            if not (self._after.match(text, b) or self._before.search(text, max(0, a - 4), a)):
                continue
            for m in self._one.finditer(text, a, b):
                e = m.end()
                while text[e - 1] not in "”」\"":
                    e -= 1
                out.append((m.start(), e))
        return out

    def drop_awards(self, text: str, spans: list, titles: list[tuple[int, int]]) -> list:
        """``spans`` (tuples ``(start, end, label, …)``) less those naming an award: a PROJECT
        inside one of ``titles`` (``titles(text)``), an ORG or COMPANY there that reaches its
        end (a part in brackets after it aside: “某省重点实验室(装备)”), and a national word
        opening one (“中国食品名城”)."""
        if not titles:
            return spans
        national = self.national
        return [x for x in spans
                if not (x[2] in _NOT_IN_HONOURS and _names_award(text, titles, x[0], x[1], x[2]))
                and not (x[2] == "PLACE" and text[x[0]:x[1]] in national and _opens_title(titles, x[0]))]


def _names_award(text: str, titles: list[tuple[int, int]], s: int, e: int, label: str) -> bool:
    for a, b in titles:
        if a < s and e < b:
            return label == "PROJECT" or not _BRACKETED.sub("", text[e:b - 1])
        if a >= e:
            break
    return False


def _opens_title(titles: list[tuple[int, int]], s: int) -> bool:
    """A title of ``titles`` opens (after its quote) at ``s``."""
    return any(a + 1 == s for a, _ in titles)
