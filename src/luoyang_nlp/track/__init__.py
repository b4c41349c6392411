"""The project tracker: one record per project across many documents.

``track(docs)`` finds the PROJECT spans of every document, reduces each name to a key
(``names``), places it (``places``), reads its companies, stages and figure facts
(``mentions``), merges the mentions of one project (``merge``; the rule is written out in
``docs/tracker.md``) and returns a ``ProjectTable`` of records (``table``): a list of dicts
with ``to_json()``, ``to_jsonl()`` and ``to_dataframe()``. ``luoyang-nlp track FILES`` is
the same from a shell (``cli``).
"""

from __future__ import annotations

import sys
import types
from typing import Any, Iterable

from .merge import group_mentions, merge
from .mentions import Mention, doc_mentions
from .names import LONG_NAME, NameKey, name_key
from .table import FIGURE_COLUMNS, PROJECT_COLUMNS, STAGE_COLUMNS, ProjectTable, project_record

__all__ = ["track", "track_pairs", "as_docs", "ProjectTable", "name_key", "NameKey", "LONG_NAME", "Mention",
           "PROJECT_COLUMNS", "STAGE_COLUMNS", "FIGURE_COLUMNS"]


class _Extra:
    """``kb_id``/``canonical`` of a span read from a dict (a Span keeps only the core fields)."""

    def __init__(self, d: dict):
        self.kb_id = d.get("kb_id")
        self.canonical = d.get("canonical")


def _single(docs: Any) -> bool:
    from ..doc import Doc

    return isinstance(docs, (Doc, str, dict)) or (
        isinstance(docs, tuple) and len(docs) == 2 and isinstance(docs[0], str) and isinstance(docs[1], dict))


def as_docs(docs: Any, extractor=None) -> list[tuple[Any, dict]]:
    """``(Doc, extras)`` pairs in input order. Items: ``Doc`` objects (as they are), gold-format
    dicts with ``spans`` (read as they are, facts included), and anything ``Extractor.pipe``
    takes (texts, dicts with ``text``/``id``/``published``, ``(text, meta)`` tuples), extracted
    with ``extractor`` (the default ``Extractor`` when None). Documents without an id get their
    position."""
    from ..doc import Doc

    if _single(docs):
        docs = [docs]
    items = list(docs)
    out: list = [None] * len(items)
    pending = []
    for i, d in enumerate(items):
        if isinstance(d, Doc):
            out[i] = (d, {})
        elif isinstance(d, dict) and isinstance(d.get("spans"), list):
            extras = {(s["start"], s["end"]): _Extra(s) for s in d["spans"]
                      if isinstance(s, dict) and (s.get("kb_id") or s.get("canonical"))}
            out[i] = (Doc.from_dict(d), extras)
        else:
            pending.append(i)
    if pending:
        if extractor is None:
            from ..pipeline import Extractor

            extractor = Extractor()
        for i, doc in zip(pending, extractor.pipe(items[i] for i in pending)):
            out[i] = (doc, {})
    for i, (doc, _) in enumerate(out):
        if doc.id is None:
            doc.id = str(i)
    return out


def track(docs: Iterable[Any], *, extractor=None) -> ProjectTable:
    """One record per project mentioned in ``docs`` (see ``as_docs`` for what they may be).

    Each record: ``project`` (the name as most often written), ``phase``, ``place`` and
    ``place_code`` (when spans carry ``kb_id``), ``county``, ``companies``, ``investment``
    (CNY), ``latest_stage``, ``stages`` (each with the ``published`` date of the article that
    reported it), ``figures`` (every figure fact, with its date), ``docs`` and ``mentions``.
    """
    if isinstance(docs, (str, bytes, dict)) or not isinstance(docs, Iterable):
        raise TypeError(f"track() expects an iterable of documents (Doc, str, dict, ...), got {type(docs).__name__}")
    return track_pairs(as_docs(docs, extractor))


def track_pairs(pairs: list[tuple[Any, dict]]) -> ProjectTable:
    """``track`` of ``as_docs`` output."""
    mentions: list[Mention] = []
    for index, (doc, extras) in enumerate(pairs):
        mentions.extend(doc_mentions(doc, index, extras))
    projects = merge(group_mentions(mentions))
    return ProjectTable(project_record(groups, n) for n, groups in enumerate(projects, 1))


class _CallableModule(types.ModuleType):
    """``luoyang_nlp.track`` is this package and, called, the ``track`` function."""

    def __call__(self, docs: Any, *, extractor=None) -> ProjectTable:
        return track(docs, extractor=extractor)


sys.modules[__name__].__class__ = _CallableModule
