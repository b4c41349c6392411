"""Project names reduced to a comparison key (the merge rule, ``docs/tracker.md``).

``name_key("洛阳市国家大学科技园（二期）建设项目")`` -> ``NameKey(base="国家大学科技园",
phase="二期", place="洛阳市")``: simplified characters without pinyin annotations, brackets
dropped (their phase or words kept, a place inside them taken as the place), the phase (一期,
二期, 第三期 …) set apart so that phases stay distinct projects, the generic endings and
openings of ``data/track_cues.tsv`` (项目, 工程, 建设项目 …; 市) and leading division names
(洛阳, 涧西区) stripped, and word variants (园区 -> 园) made equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .cues import cues
from .places import gazetteer, leading_place

__all__ = ["NameKey", "name_key", "simplify", "LONG_NAME"]

#: names whose base has at least this many characters merge across documents on the name
#: alone; shorter ones (科技馆, 中央公园) also need the same place or company
LONG_NAME = 6

_BRACKETS = re.compile(r"[(\[（【〔]([^()\[\]（）【】〔〕]*)[)\]）】〕]")
_PHASE = re.compile(r"第?[一二三四五六七八九十0-9]{1,3}期")
_LINKS = "至到—–-"  # 新安至伊川高速: a place there starts a route, not a prefix
_DIGITS = str.maketrans("0123456789", "〇一二三四五六七八九")
_SPACE = re.compile(r"[\s·•・]+")


@dataclass(frozen=True)
class NameKey:
    """``base`` and ``phase`` decide a merge; ``place`` is a division written in the name."""

    base: str
    phase: str | None = None
    place: str | None = None

    @property
    def long(self) -> bool:
        return len(self.base) >= LONG_NAME


@lru_cache(maxsize=4096)
def simplify(name: str) -> str:
    """Simplified characters, half-width forms, pinyin annotations removed."""
    from ..normalise import normalise

    return normalise(name).text


def _strip_end(name: str, words) -> str:
    changed = True
    while changed:
        changed = False
        for w in words:
            if name.endswith(w) and len(name) - len(w) >= 2:
                name, changed = name[: -len(w)], True
                break
    return name


def _phase(text: str) -> str:
    p = text.lstrip("第")
    return p if not p[0].isdigit() else p.translate(_DIGITS) if len(p) == 2 else p


@lru_cache(maxsize=4096)
def name_key(name: str) -> NameKey:
    """The comparison key of a project name (see the module docstring)."""
    c = cues()
    text = _SPACE.sub("", simplify(name))
    place = None
    phases: list[str] = []

    def bracket(m: re.Match) -> str:
        nonlocal place
        inner = m.group(1).strip()
        if inner in gazetteer():  # 中科慧远(洛阳)…: a place, not part of the name
            place = place or inner
            return ""
        return inner

    text = _BRACKETS.sub(bracket, text)
    for m in _PHASE.finditer(text):
        phases.append(_phase(m.group()))
    text = _PHASE.sub("", text)
    text = _strip_end(text, c.suffixes)
    while True:  # leading places and generic openings, repeatedly: 洛阳市涧西区…, 市…
        lead = leading_place(text)
        if lead and text[len(lead)] not in _LINKS:
            place = place or lead
            text = text[len(lead):]
            continue
        opening = next((w for w in c.prefixes if text.startswith(w) and len(text) - len(w) >= 4), None)
        if opening:
            text = text[len(opening):]
            continue
        break
    text = _strip_end(text, c.suffixes)
    for word, to in c.variants:
        text = text.replace(word, to)
    return NameKey(text, "".join(phases) or None, place)
