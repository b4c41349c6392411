"""Entity matchers (PERSON, POSITION, PLACE, ORG, COMPANY, PROJECT) from lexicons and rules.

One Aho-Corasick pass over the normalised text finds lexicon names, titles, government
bodies and name heads (产业园, 有限公司, 研究院 …); linear rules then build the spans
(see ``rules.py``) and a local resolution keeps one flat, non-overlapping set.
"""

from __future__ import annotations

import os
import threading
from typing import Any, Iterable, Sequence

from typing import TYPE_CHECKING

from ..candidate import Candidate, Context
from .lexicon import Entry, coerce_entries, default_lexicon_paths, load_lexicon

if TYPE_CHECKING:  # the automaton and rules load on first use, not at import
    from .tables import Tables

__all__ = ["EntityMatcher", "Entry", "load_lexicon"]

#: Priority of entity candidates in the pipeline's resolution (figures use 10 and win).
PRIORITY = 5


class EntityMatcher:
    """Find entity candidates in normalised text.

    ``lexicons``: extra lexicon TSV files (see docs/lexicons.md), read at construction so
    that a bad file fails early; the shipped lexicons are read on first use.
    ``segmenter``: a ``Segmenter`` to register lexicon names with, so ``Doc.tokens`` keeps
    them whole. ``defaults=False`` skips the shipped lexicons (rules still apply).
    """

    name = "entities"

    def __init__(self, lexicons: Sequence[str | os.PathLike] | None = None, segmenter=None, *,
                 defaults: bool = True) -> None:
        if isinstance(lexicons, (str, os.PathLike)):
            lexicons = [lexicons]
        self.lexicons = [os.fspath(p) for p in (lexicons or [])]
        self.segmenter = segmenter
        self.defaults = defaults
        self._custom: list[Entry] = [e for p in self.lexicons for e in load_lexicon(p)]
        self._tables: "Tables | None" = None
        self._lock = threading.Lock()

    # -- pickling: ship the recipe, rebuild the automaton lazily in the worker -----------
    def __getstate__(self) -> dict[str, Any]:
        return {"lexicons": self.lexicons, "segmenter": self.segmenter, "defaults": self.defaults,
                "_custom": self._custom}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._tables = None
        self._lock = threading.Lock()

    def add_entries(self, entries: Iterable[Any]) -> None:
        """Add ``(name, label[, aliases])`` tuples, dicts or ``Entry`` objects to a live matcher."""
        new = coerce_entries(entries)
        with self._lock:
            self._custom.extend(new)
            self._tables = None  # rebuilt on next call (milliseconds)
        if self.segmenter is not None and self._registered:
            for e in new:
                for n in e.names():
                    self.segmenter.add_word(n)

    _registered = False

    @property
    def tables(self) -> "Tables":
        t = self._tables
        if t is None:
            with self._lock:
                if self._tables is None:
                    entries: list[Entry] = []
                    if self.defaults:
                        for p in default_lexicon_paths():
                            entries.extend(load_lexicon(p))
                    entries.extend(self._custom)
                    from .tables import Tables

                    self._tables = Tables(entries)
                    self._register(entries)
                t = self._tables
        return t

    def _register(self, entries: list[Entry]) -> None:
        if self.segmenter is None or self._registered:
            return
        for e in entries:
            if e.label == "PERSON" or e.label == "POSITION" or len(e.name) > 2:
                for n in e.names():
                    self.segmenter.add_word(n)
        self._registered = True

    def __call__(self, text: str, ctx: Context | None = None) -> list[Candidate]:
        if not text:
            return []
        from .rules import find_entities

        return [Candidate(s, e, label, priority=PRIORITY, source=src)
                for s, e, label, src in find_entities(text, self.tables)]
