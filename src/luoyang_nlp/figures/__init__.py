"""Figure matchers: numbers with units, normalised to the canonical units of the span spec.

The units come from ``data/units.tsv``; qualifier words from ``data/qualifiers.tsv``.
"""

from __future__ import annotations

import re

import regex
from fractions import Fraction
from functools import lru_cache
from typing import Iterable

from ..candidate import Candidate, Context
from ..resources import data_path, read_tsv
from .numbers import NUMBER_PATTERN, parse_number, to_plain

__all__ = ["FigureMatcher", "load_units", "load_qualifiers"]


@lru_cache(maxsize=None)
def load_units() -> dict[str, tuple[str, str, Fraction]]:
    """surface -> (label, canonical unit, factor)."""
    out = {}
    for row in read_tsv(data_path("units.tsv")):
        out[row["surface"]] = (row["label"], row["unit"], Fraction(row["factor"]))
    return out


@lru_cache(maxsize=None)
def load_qualifiers() -> dict[str, tuple[str, str]]:
    """word -> (qualifier, position) where position is ``before`` or ``after`` the number."""
    return {r["word"]: (r["qualifier"], r["position"]) for r in read_tsv(data_path("qualifiers.tsv"))}


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


class FigureMatcher:
    """Finds MONEY spans (and, as the unit table grows, every other figure label)."""

    name = "figures"

    def __init__(self) -> None:
        self._rx: re.Pattern[str] | None = None

    def __getstate__(self):
        return {}

    def __setstate__(self, state):
        self._rx = None

    def _compile(self):
        units = load_units()
        quals = load_qualifiers()
        before = _alt(w for w, (_, pos) in quals.items() if pos == "before")
        after_num = _alt(w for w, (_, pos) in quals.items() if pos == "after_number")
        after = _alt(w for w, (_, pos) in quals.items() if pos == "after")
        money = _alt(u for u, (label, _, _) in units.items() if label == "MONEY")
        num = NUMBER_PATTERN
        return regex.compile(
            rf"(?P<pre>{before})?"
            rf"(?:人民币)?"
            rf"(?P<num>{num})(?:\s*(?P<sep>[-~～—至到])\s*(?P<num2>{num}))?"
            rf"(?P<mid>{after_num})?"
            rf"(?P<unit>{money})"
            rf"(?P<post>{after})?"
        )

    def __call__(self, text: str, ctx: Context) -> list[Candidate]:
        if self._rx is None:
            self._rx = self._compile()
        units = load_units()
        quals = load_qualifiers()
        out: list[Candidate] = []
        for m in self._rx.finditer(text):
            unit_word = m.group("unit")
            label, unit, factor = units[unit_word]
            num = m.group("num")
            num2 = m.group("num2")
            # a magnitude word shared by both ends of a range: 3至5亿元
            v1 = parse_number(num)
            if v1 is None:
                continue
            low = high = None
            if num2 is not None:
                v2 = parse_number(num2)
                if v2 is None:
                    continue
                mag1 = _magnitude_suffix(num)
                mag2 = _magnitude_suffix(num2)
                if mag2 and not mag1:
                    v1 = v1 * mag2
                low, high = to_plain(v1 * factor), to_plain(v2 * factor)
            value = to_plain(v1 * factor)
            qualifier = None
            for g in ("pre", "mid", "post"):
                w = m.group(g)
                if w:
                    qualifier = quals[w][0]
            out.append(Candidate(m.start(), m.end(), label, value, unit, qualifier, low, high,
                                 priority=10, source="figures.money"))
        return out


def _magnitude_suffix(num: str) -> Fraction | None:
    m = re.search(r"[万亿千百]+$", num)
    if not m or len(m.group()) == len(num):
        return None
    return parse_number("1" + m.group())
