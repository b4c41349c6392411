"""Shared by the entity test tables: the entities of a text, with the offset invariant checked."""

from luoyang_nlp import Extractor

_EX: list = []


def ents(text):
    """``(label, text)`` of every entity span of ``text`` (one shared Extractor, no facts)."""
    if not _EX:
        _EX.append(Extractor(facts=False))
    doc = _EX[0].extract(text)
    for s in doc.spans:
        assert text[s.start:s.end] == s.text
    return [(s.label, s.text) for s in doc.entities]
