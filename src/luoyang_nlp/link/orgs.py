"""Canonical names of COMPANY and ORG spans, within one document.

A span's ``canonical`` is, in this order:

1. the lexicon's ``canonical`` for its name or alias (中国一拖 → 中国一拖集团有限公司);
2. for a short name, the full name it abbreviates when that full name is also in the
   document (the rule below), with that full name's own canonical;
3. for a COMPANY written as a legal name (ending in 有限公司, 股份有限公司, 集团 …, with two
   characters of its own besides places and suffix: not 洛阳公司), the name itself;
   otherwise none.

The short-name rule. A *long* name is a span of the same label, longer than the short one;
for COMPANY it must end in a legal suffix. Its *stems* are: the name without its legal
suffix (中信重工机械股份有限公司 → 中信重工机械, also 中国一拖集团有限公司 → 中国一拖集团 and
中国一拖), without a parenthesised place (中科慧远视觉技术(洛阳)有限公司), and each of these
without leading place names (洛阳华晟新能源科技 → 华晟新能源科技). The short name, and the
short name without its own 集团/公司, abbreviates the long one when, for some stem, it begins
with the stem's first character and its characters appear in the stem in order
(华晟能源 in 华晟新能源科技; 河科大 in 河南科技大学). The short name must keep two characters
after its own leading place names and its own 集团/公司, so a bare place, 洛阳公司 or one
character never links. When a
short name abbreviates several long names of different canonicals, it links to none.
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

__all__ = ["OrgLinker", "LEGAL_SUFFIXES", "abbreviates"]

#: Endings of a company's legal name, longest first.
LEGAL_SUFFIXES = ("集团股份有限公司", "股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团公司",
                  "总公司", "公司", "集团")
_OWN_SUFFIXES = ("集团", "公司")
_PAREN_PLACE = re.compile(r"[(（][^()（）]{1,8}[)）]")
_LINKED = ("COMPANY", "ORG")


def _is_subsequence(short: str, long: str) -> bool:
    """Do the characters of ``short`` appear in ``long`` in order?"""
    i = 0
    for ch in short:
        i = long.find(ch, i)
        if i < 0:
            return False
        i += 1
    return True


class OrgLinker:
    """``canonical`` for COMPANY and ORG names of one document.

    ``lexicon`` maps a name or alias to its lexicon canonical; ``places`` is the set of
    place names stripped from the front of names (full and short division names, 中国).
    """

    def __init__(self, lexicon: dict[str, str], places: Iterable[str]) -> None:
        self.lexicon = lexicon
        self.places = frozenset(places)
        self._plens = sorted({len(p) for p in self.places}, reverse=True)
        self._stems: dict[tuple[str, str], frozenset[str]] = {}  # names recur from text to text
        self._shorts: dict[str, frozenset[str]] = {}

    def strip_places(self, name: str) -> list[str]:
        """``name`` and its forms without the place names it begins with, one by one
        (洛阳嘉禾食品 → 嘉禾食品 → 食品: 嘉禾 is a county too); a whole place is stripped as well."""
        out = [name]
        while True:
            for n in self._plens:
                if len(name) >= n and name[:n] in self.places:
                    name = name[n:]
                    out.append(name)
                    break
            else:
                return out

    def stems(self, name: str, label: str) -> frozenset[str]:
        """The forms of a long name a short name may abbreviate (see the module docstring)."""
        key = (name, label)
        got = self._stems.get(key)
        if got is None:
            if len(self._stems) > 50_000:
                self._stems.clear()
            got = self._stems[key] = frozenset(self._make_stems(name, label))
        return got

    def _make_stems(self, name: str, label: str) -> set[str]:
        bases = {name}
        if label == "COMPANY":
            bases = {name[: -len(s)] for s in LEGAL_SUFFIXES if name.endswith(s) and len(name) > len(s)}
        bases |= {_PAREN_PLACE.sub("", b) for b in bases}
        return {x for b in bases for x in self.strip_places(b) if len(x) >= 2}

    def short_forms(self, name: str) -> frozenset[str]:
        """The short name and the short name without its own 集团/公司; none when what is
        left after its leading places and that suffix is under two characters (洛阳公司)."""
        got = self._shorts.get(name)
        if got is None:
            if len(self._shorts) > 50_000:
                self._shorts.clear()
            got = self._shorts[name] = frozenset(self._make_short_forms(name))
        return got

    def _make_short_forms(self, name: str) -> set[str]:
        core = self.strip_places(name)[-1]
        core = next((core[: -len(s)] for s in _OWN_SUFFIXES if core.endswith(s)), core)
        if len(core) < 2:
            return set()
        out = {name} | {name[: -len(s)] for s in _OWN_SUFFIXES if name.endswith(s)}
        return {s for s in out if len(s) >= 2}

    def __call__(self, names: Sequence[str], labels: Sequence[str]) -> list[str | None]:
        out: list[str | None] = [None] * len(names)
        own: dict[str, str] = {}
        longs: list[tuple[str, str]] = []  # (name, label) of the document's long names
        for n, lab in set(zip(names, labels)):
            if lab not in _LINKED:
                continue
            canon = self.lexicon.get(n)
            if canon is None and lab == "COMPANY" and n.endswith(LEGAL_SUFFIXES) and self.short_forms(n):
                canon = n
            if canon is not None:
                own[n] = canon
            if lab == "ORG" or n.endswith(LEGAL_SUFFIXES):
                longs.append((n, lab))
        by_first: dict[tuple[str, str], list[tuple[str, str]]] | None = None  # made on the first short name
        found: dict[tuple[str, str], str | None] = {}
        for i, (n, lab) in enumerate(zip(names, labels)):
            if lab not in _LINKED:
                continue
            if n in self.lexicon:
                out[i] = self.lexicon[n]
                continue
            key = (n, lab)
            if key not in found:
                if by_first is None:
                    by_first = self._stems_by_first(longs)
                found[key] = self._long_form(n, lab, by_first, own)
            out[i] = found[key] or own.get(n)
        return out

    def _stems_by_first(self, longs: list[tuple[str, str]]) -> dict[tuple[str, str], list[tuple[str, str]]]:
        """``(label, first character) -> [(stem, long name)]`` of the document's long names:
        a short name is tried only against the stems that begin as one of its forms does."""
        out: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for long, lab in longs:
            for st in self.stems(long, lab):
                key = (lab, st[0])
                got = out.get(key)  # (not setdefault with a new list: ~800 instructions a call compiled)
                if got is None:
                    out[key] = [(st, long)]
                else:
                    got.append((st, long))
        return out

    def _long_form(self, name: str, label: str, by_first: dict[tuple[str, str], list[tuple[str, str]]],
                   own: dict[str, str]) -> str | None:
        """The canonical of the one long name (of ``label``, longer than ``name``) that a short
        form of ``name`` abbreviates (begins as one of its stems and is a subsequence of it)."""
        shorts = self.short_forms(name)
        if not shorts:
            return None
        hits = set()
        n = len(name)
        for s in shorts:
            for st, long in by_first.get((label, s[0]), ()):
                if len(long) > n and _is_subsequence(s, st):
                    hits.add(own.get(long, long))
        return hits.pop() if len(hits) == 1 else None


def abbreviates(short: str, long: str, label: str = "COMPANY", places: Iterable[str] = ()) -> bool:
    """Whether ``short`` abbreviates ``long`` by the module's rule (for tests and callers)."""
    linker = OrgLinker({}, places)
    return linker([short, long], [label, label])[0] is not None and len(long) > len(short)
