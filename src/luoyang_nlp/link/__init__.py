"""Linking: identities for the spans of one document, after resolution (``identities``: map
back then makes each span with them; ``Linker.__call__`` fills them into spans already made).

- ``places.py``: PLACE → national division code (``kb_id``), official name (``canonical``),
  level and parents (``kb_level``, ``kb_parents``);
- ``orgs.py``: COMPANY and ORG → ``canonical`` (lexicon, or the full name in the document
  that a short name abbreviates).

``Linker`` reads the lexicon entries (their ``canonical`` and ``parent`` columns) and the
division table once; a call costs a few dictionary look-ups per entity span.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from ..doc import Span, make_span
from ..entities.lexicon import Entry
from .orgs import OrgLinker
from .places import Divisions, PlaceLinker, divisions

__all__ = ["Linker", "PlaceLinker", "OrgLinker", "divisions"]

def _unique(pairs: Iterable[tuple[str, object]]) -> dict:
    """``name → value`` keeping only names whose value is the same everywhere."""
    out: dict = {}
    clash: set = set()
    for k, v in pairs:
        if k in out and out[k] != v:
            clash.add(k)
        out.setdefault(k, v)
    for k in clash:
        del out[k]
    return out


class Linker:
    """Link the PLACE, ORG and COMPANY spans of one document (``Extractor(link=False)`` skips it)."""

    def __init__(self, entries: Iterable[Entry], table: Divisions | None = None) -> None:
        table = table or divisions()
        entries = list(entries)
        self.places = PlaceLinker(table, ((n, e.canonical or e.name, e.parent)
                                          for e in entries if e.label == "PLACE" for n in e.names()))
        orgs = _unique((n, e.canonical or e.name) for e in entries if e.label in ("ORG", "COMPANY") for n in e.names())
        prefixes = set(table.full) | {s for s in table.short if len(s) >= 2} | {"中国"}
        self.orgs = OrgLinker(orgs, prefixes)

    def __call__(self, spans: Sequence[Span], names: Sequence[str] | None = None) -> list[Span]:
        """``spans`` with identities filled in; ``names`` are their normalised texts
        (simplified, annotations removed; default: the span texts)."""
        if names is None:
            names = [s.text for s in spans]
        out = list(spans)
        for i, got in self.identities([s.label for s in spans], names).items():
            s = spans[i]
            out[i] = make_span(s.text, s.label, s.start, s.end, s.value, s.unit, s.qualifier, s.low, s.high, *got)
        return out

    def identities(self, labels: Sequence[str], names: Sequence[str]) -> dict[int, tuple]:
        """``index -> (kb_id, canonical, kb_level, kb_parents)`` for the spans of ``labels``
        (their normalised texts ``names``) that link: what ``__call__`` fills in, without
        making spans (the pipeline makes each span once, with these)."""
        out: dict[int, tuple] = {}
        pl = [i for i, label in enumerate(labels) if label == "PLACE"]
        if pl:
            table = self.places.table
            for i, code in zip(pl, self.places([names[i] for i in pl])):
                if code is not None:
                    d = table.by_code[code]
                    out[i] = (code, d.name, d.level, table.parents(code))
                else:
                    canon = self.places.canonical.get(names[i])
                    if canon is not None:
                        out[i] = (None, canon, None, ())
        og = [i for i, label in enumerate(labels) if label == "ORG" or label == "COMPANY"]
        if og:
            for i, canon in zip(og, self.orgs([names[i] for i in og], [labels[i] for i in og])):
                if canon is not None:
                    out[i] = (None, canon, None, ())
        return out
