"""Entity spans (PERSON, POSITION, PLACE, ORG, COMPANY, PROJECT) from candidate sources.

Sources, in the order a span flows through them:

1. lexicons and rules (``tables.py``, ``rules.py``): one Aho-Corasick pass finds lexicon
   names, titles, government bodies and name heads (产业园, 有限公司, 研究院 …); linear rules
   build SPEC.md's spans from them and resolve them locally into one flat set;
2. the statistical model (``model.py``): a character tagger trained on public NER corpora
   proposes PERSON, PLACE, ORG and COMPANY names no list or cue knows;
3. fusion (``fusion.py``): one written policy admits, trims, re-types or vetoes the model's
   proposals against the rule spans;
4. the pipeline's resolver (``luoyang_nlp.resolve``) merges these with the figures and the
   optional HanLP back end.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from typing import Any, Iterable, Sequence

from typing import TYPE_CHECKING

from ..candidate import Candidate, Context
from .lexicon import Entry, coerce_entries, default_lexicon_paths, load_lexicon

if TYPE_CHECKING:  # the automaton and rules load on first use, not at import
    from .tables import Tables

__all__ = ["EntityMatcher", "Entry", "load_lexicon", "COMPILED"]

#: True when the rules (all modules here but this one, ``lexicon.py`` and ``model.py``) run as C extension
#: modules compiled by mypyc (an installed wheel); found without importing them.
COMPILED: bool = not str(getattr(importlib.util.find_spec(__name__ + ".rules"), "origin", "")).endswith(".py")

#: Priority of entity candidates in the pipeline's resolution (figures use 10 and win).
PRIORITY = 5
# Candidates are made by tuple.__new__ (a keyword call of the named tuple costs three times
# more): start, end, label, the figure fields (None), then priority and source.
if Candidate._fields[:3] != ("start", "end", "label") or Candidate._fields[-2:] != ("priority", "source"):
    raise ImportError("entities: Candidate's fields changed; update EntityMatcher.__call__")
_FIGURE_FIELDS = (None,) * (len(Candidate._fields) - 5)
_STAGES = None  # (find_entities, fuse, confirm_titles, outside_set_phrases), imported on the first call


def _stages():
    """``rules.find_entities``, ``fusion.fuse`` and ``confirm_titles``, and
    ``phrases.outside_set_phrases``, imported once, on first use (not at import)."""
    global _STAGES
    from .fusion import confirm_titles, fuse
    from .phrases import outside_set_phrases
    from .rules import find_entities

    _STAGES = (find_entities, fuse, confirm_titles, outside_set_phrases)
    return _STAGES


class EntityMatcher:
    """Find entity candidates in normalised text.

    ``lexicons``: extra lexicon TSV files (see docs/lexicons.md), read at construction so
    that a bad file fails early; the shipped lexicons are read on first use.
    ``segmenter``: a ``Segmenter`` to register lexicon names with, so ``Doc.tokens`` keeps
    them whole. ``defaults=False`` skips the shipped lexicons (rules still apply).
    ``model``: ``True`` for the shipped statistical model, ``False``/``None`` for rules only,
    a path to another model file, or any object with ``predict(text)`` returning
    ``(start, end, label, confidence)`` tuples.
    """

    name = "entities"
    #: its candidates carry no numbers (``Extractor.match`` need not check them)
    finite_values = True

    def __init__(self, lexicons: Sequence[str | os.PathLike] | None = None, segmenter=None, *,
                 defaults: bool = True, model: Any = True) -> None:
        if isinstance(lexicons, (str, os.PathLike)):
            lexicons = [lexicons]
        self.lexicons = [os.fspath(p) for p in (lexicons or [])]
        self.segmenter = segmenter
        self.defaults = defaults
        self._custom: list[Entry] = [e for p in self.lexicons for e in load_lexicon(p)]
        if isinstance(model, (str, os.PathLike)):
            model = os.fspath(model)
        elif not (model is None or isinstance(model, bool) or callable(getattr(model, "predict", None))):
            raise TypeError("model must be True, False, a path or an object with predict(text)")
        self.model = model
        self._model_obj = None
        self._tables: "Tables | None" = None
        self._lock = threading.Lock()

    # -- pickling: ship the recipe, rebuild the automaton lazily in the worker -----------
    def __getstate__(self) -> dict[str, Any]:
        return {"lexicons": self.lexicons, "segmenter": self.segmenter, "defaults": self.defaults,
                "_custom": self._custom, "model": self.model}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._model_obj = None
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

    @property
    def statistical_model(self):
        """The loaded model (or None when this matcher runs on rules only)."""
        if self._model_obj is None and self.model:
            from .model import NERModel, default_model

            m = self.model
            self._model_obj = default_model() if m is True else NERModel.load(m) if isinstance(m, str) else m
        return self._model_obj

    def __call__(self, text: str, ctx: Context | None = None) -> list[Candidate]:
        if not text:
            return []
        find_entities, fuse, confirm_titles, outside_set_phrases = _STAGES or _stages()
        T = self.tables
        awards = T.honours.titles(text)  # titles of honour: their names are no entities (honours.py)
        model = self.statistical_model
        pending: list[tuple[int, int, int]] | None = [] if model is not None else None
        spans = find_entities(text, T, awards, pending)
        if model is not None:
            ready = ctx.extras.get("model_proposals") if ctx is not None else None
            proposals = model.predict(text) if ready is None else ready
            spans = fuse(text, spans, T.honours.drop_awards(text, proposals, awards))
            if pending:
                spans = confirm_titles(spans, pending)
        spans = outside_set_phrases(text, spans, T.set_phrase_re)
        new, blank = tuple.__new__, _FIGURE_FIELDS
        return [new(Candidate, (s, e, label) + blank + (PRIORITY, src)) for s, e, label, src in spans]
