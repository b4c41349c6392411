"""The figure data tables (``data/units.tsv``, ``qualifiers.tsv``, ``not_figures.tsv``,
``figure_cues.tsv``), read once on first use."""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache
from typing import NamedTuple

from ..resources import data_path, read_tsv

__all__ = ["Unit", "load_units", "load_qualifiers", "load_not_figures", "load_cues"]


class Unit(NamedTuple):
    label: str
    unit: str
    factor: Fraction  # for DURATION the whole multiplier of the designator (3 for a quarter)
    designator: str | None  # ISO 8601 designator for DURATION (Y, M, W, D, TH, TM, TS)
    next_chars: str | None  # the unit counts only before one of these characters ...
    needs_mag: bool  # ... or (if set) when the number carries 万/亿
    not_after: str = ""  # the unit does not count after a number preceded by one of these
    not_before: str = ""  # ... nor before one of these (三部分)
    chain: bool = False  # no count right after a list of names (郑州、开封三市), unless in a run (1市8县6区)
    at_end: bool = False  # ... or (if set) before clause punctuation or the end of the text (学校12所,)


@lru_cache(maxsize=None)
def load_units() -> dict[str, Unit]:
    """surface -> Unit."""
    out: dict[str, Unit] = {}
    for row in read_tsv(data_path("units.tsv")):
        label, unit, factor = row["label"], row["unit"], row["factor"]
        nxt, mag, prev, nnext, chain, end = None, False, "", "", False, False
        for cond in filter(None, (c.strip() for c in (row.get("context") or "").split(","))):
            if cond.startswith("next="):
                nxt = cond[5:]
            elif cond.startswith("next!="):
                nnext = cond[6:]
            elif cond.startswith("prev!="):
                prev = cond[6:]
            elif cond == "mag":
                mag = True
            elif cond == "chain":
                chain = True
            elif cond == "end":
                end = True
            else:
                raise ValueError(f"units.tsv: unknown context {cond!r} for {row['surface']!r}")
        if label == "DURATION":
            d = re.fullmatch(r"(\d*)(T?[YMWDHS])", factor)
            if d is None:
                raise ValueError(f"units.tsv: bad designator {factor!r} for {row['surface']!r}")
            mult = Fraction(int(d.group(1))) if d.group(1) else Fraction(1)
            out[row["surface"]] = Unit(label, unit, mult, d.group(2), nxt, mag, prev, nnext, chain, end)
        else:
            out[row["surface"]] = Unit(label, unit, Fraction(factor), None, nxt, mag, prev, nnext, chain, end)
    return out


@lru_cache(maxsize=None)
def load_qualifiers(spans_only: bool = True) -> dict[str, tuple[str, str]]:
    """word -> (qualifier, position): position is before, after_number or after. Only the
    SPEC words unless ``spans_only`` is false (the standalone money parser reads synonyms too)."""
    return {r["word"]: (r["qualifier"], r["position"]) for r in read_tsv(data_path("qualifiers.tsv"))
            if not spans_only or r.get("spans", "yes") == "yes"}


_NUMERALS = frozenset("一二两三四五六七八九十百千万")
# the lexicons of divisions, whose names a numeral may open (二七区, 三乡镇, 七里河区)
_DIVISION_LEXICONS = ("divisions_cn.tsv", "luoyang_divisions.tsv", "luoyang_towns.tsv", "henan_towns.tsv")


@lru_cache(maxsize=None)
def load_not_figures() -> tuple[str, ...]:
    """The phrases of ``not_figures.tsv``, and the division names in the lexicons that open with
    a numeral (二七区 is a district of 郑州, not 27 districts; 三乡镇 a town): a number inside a
    name is no figure (SPEC)."""
    places: list[str] = []
    for f in _DIVISION_LEXICONS:
        p = data_path("lexicons", f)
        if p.exists():
            places.extend(r["name"] for r in read_tsv(p) if r["name"][:1] in _NUMERALS)
    return tuple(dict.fromkeys([r["phrase"] for r in read_tsv(data_path("not_figures.tsv")) if r["phrase"]] + places))



@lru_cache(maxsize=None)
def load_cues() -> dict[str, dict[str, str]]:
    """kind -> {cue: unit} from ``data/figure_cues.tsv`` (kinds: implied, implied_link, money, not_qualifier, …)."""
    out: dict[str, dict[str, str]] = {}
    for r in read_tsv(data_path("figure_cues.tsv")):
        if r["cue"]:
            out.setdefault(r["kind"], {})[r["cue"]] = r.get("unit") or ""
    return out
