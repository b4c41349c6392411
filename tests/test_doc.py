import pickle

import pytest

from luoyang_nlp import Doc, Span


def test_span_is_immutable_and_checked():
    s = Span("140亿元", "MONEY", 2, 7, 14000000000, "CNY")
    with pytest.raises(Exception):
        s.start = 3  # type: ignore[misc]
    with pytest.raises(ValueError):
        Span("abc", "MONEY", 0, 2)
    with pytest.raises(ValueError):
        Span("ab", "NOPE", 0, 2)


def test_doc_rejects_span_not_matching_text():
    with pytest.raises(ValueError):
        Doc("投资140亿元", (Span("140亿元", "MONEY", 0, 5),))


def test_doc_sorts_views_and_round_trips():
    text = "江凌说投资140亿元"
    spans = (Span("140亿元", "MONEY", 5, 10, 14000000000, "CNY"), Span("江凌", "PERSON", 0, 2))
    doc = Doc(text, spans, id="x", published="2024-10-09")
    assert [s.label for s in doc.spans] == ["PERSON", "MONEY"]
    assert doc.entities == (spans[1],)
    assert doc.figures == (spans[0],)
    d = doc.to_dict()
    assert d["meta"] == {"published": "2024-10-09"}
    assert d["spans"][1] == {"start": 5, "end": 10, "label": "MONEY", "text": "140亿元", "value": 14000000000, "unit": "CNY"}
    assert Doc.from_dict(d) == doc
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_integral_float_written_as_int():
    s = Span("162亩", "AREA", 0, 4, 108000.0, "m2")
    assert s.to_dict()["value"] == 108000 and isinstance(s.to_dict()["value"], int)
    assert Span("5.2%", "PERCENT", 0, 4, 5.2, "%").to_dict()["value"] == 5.2
