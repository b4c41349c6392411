"""Places of projects: a place name resolved to its canonical name, level and parent chain,
so that two places can be compared (涧西区 lies in 洛阳市; 伊川县 and 涧西区 are different
counties). Codes come from ``span.kb_id`` (division codes, when the linker that sets them is
installed); without them the chain comes from the PLACE rows of the shipped lexicons
(``data/lexicons/*.tsv``: name, canonical, aliases, parent). A name with several readings
(鼓楼区) has no chain: it is compared by its name only, never guessed."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Place", "place_of", "gazetteer", "compatible", "leading_place", "leading_company", "company_names", "COUNTY_LEVELS"]

#: lexicon ``note`` levels that count as county level (the bars of "investment by county")
COUNTY_LEVELS = ("county", "county-level")


@dataclass(frozen=True)
class Place:
    """A place as written (``text``), its canonical name, code (when the span had one) and
    the chain of canonical names from itself up (伊川县, 洛阳市, 河南省)."""

    text: str
    canonical: str
    code: str | None = None
    chain: tuple[str, ...] = ()
    level: str = ""

    @property
    def county(self) -> str | None:
        """The county-level unit this place is or lies in, when known."""
        g = gazetteer()
        for name in self.chain:
            entry = g.get(name)
            if entry and entry[1] in COUNTY_LEVELS:
                return name
        return None

    @property
    def depth(self) -> int:
        """How specific the place is: the length of its chain (1 for a name without one)."""
        return len(self.chain) or 1


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, tuple[str, str, str]]:
    """name or alias -> (canonical, level, parent canonical); names with several canonical
    readings are left out (they resolve by name only)."""
    from ..entities.lexicon import default_lexicon_paths, load_lexicon

    seen: dict[str, set] = {}
    rows: dict[str, tuple[str, str, str]] = {}
    for path in default_lexicon_paths():
        for e in load_lexicon(path):
            if e.label != "PLACE" or not e.parent and e.note not in ("province",):
                continue
            level = e.note.split(";")[0].split(":")[0].strip()
            for name in e.names() + (e.canonical,):
                seen.setdefault(name, set()).add(e.canonical)
                rows.setdefault(name, (e.canonical, level, e.parent))
            if e.canonical == e.name:
                rows[e.name] = (e.canonical, level, e.parent)  # the canonical row wins its own name
    return {n: r for n, r in rows.items() if len(seen[n]) == 1}


def _chain(canonical: str) -> tuple[str, ...]:
    g = gazetteer()
    out = [canonical]
    while len(out) < 8:
        entry = g.get(out[-1])
        if not entry or not entry[2] or entry[2] in out:
            break
        out.append(entry[2])
    return tuple(out)


def place_of(text: str, span=None) -> Place:
    """The ``Place`` of a name; ``span`` (optional) gives ``kb_id``/``canonical`` when the
    division linker set them."""
    code = getattr(span, "kb_id", None) if span is not None else None
    canonical = getattr(span, "canonical", None) if span is not None else None
    entry = gazetteer().get(canonical or text)
    if entry is None and canonical:
        entry = gazetteer().get(text)
    if entry is None:
        return Place(text, canonical or text, code or None)
    return Place(text, entry[0], code or None, _chain(entry[0]), entry[1])


def _code_prefix(code: str) -> str:
    """A division code without its trailing zero pairs: 410300000000 -> 4103."""
    code = code.strip()
    while len(code) > 2 and code.endswith("00"):
        code = code[:-2]
    return code


def compatible(a: Place | None, b: Place | None) -> bool | None:
    """Whether two places can be where one project is: True when one lies in the other (or
    they are the same), False when they are different places of which neither contains the
    other, None when that cannot be told (a place unknown)."""
    if a is None or b is None:
        return None
    if a.code and b.code:
        pa, pb = _code_prefix(a.code), _code_prefix(b.code)
        return pa.startswith(pb) or pb.startswith(pa)
    if a.canonical == b.canonical:
        return True
    if a.chain and b.chain:
        return a.canonical in b.chain or b.canonical in a.chain
    return False


@lru_cache(maxsize=1)
def company_names() -> dict[str, str]:
    """Name or alias -> canonical name, for the COMPANY rows of the shipped lexicons."""
    from ..entities.lexicon import default_lexicon_paths, load_lexicon

    return {n: e.canonical or e.name for path in default_lexicon_paths() for e in load_lexicon(path)
            if e.label == "COMPANY" for n in e.names()}


def leading_company(name: str) -> str | None:
    """The canonical name of the longest lexicon company whose name opens ``name``."""
    firms = company_names()
    for n in range(min(len(name) - 1, 16), 1, -1):
        if name[:n] in firms:
            return firms[name[:n]]
    return None


def leading_place(name: str) -> str | None:
    """The longest division name (or alias, two characters or more) that ``name`` starts with
    and that leaves at least two characters after it: 洛阳国家大学科技园 -> 洛阳; none when a
    known company's name opens ``name`` and goes past the place (宁德时代洛阳基地: 宁德时代)."""
    g = gazetteer()
    for n in range(min(len(name) - 2, 12), 1, -1):
        if name[:n] in g:
            firms = company_names()
            if any(name[:k] in firms for k in range(n + 1, min(len(name), 16) + 1)):
                return None
            return name[:n]
    return None
