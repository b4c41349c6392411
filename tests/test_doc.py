import pickle

import pytest

from luoyang_nlp import Doc, Span
from luoyang_nlp.doc import make_span


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


# make_span is Span(...) without the frozen dataclass __init__: the same spans, the same errors.
MAKE_SPAN_CASES = [
    ("洛阳", "PLACE", 0, 2),
    ("3亿元", "MONEY", 5, 8, 300000000, "CNY", "approx", None, None),
    ("2023年", "DATE", 1, 6, "2023", "ISO8601", None, "2023", "2024"),
    ("洛龙", "PLACE", 3, 5, None, None, None, None, None, "410311", "洛龙区", "县区", (("410300", "洛阳市"),)),
    ("宏远", "COMPANY", 0, 2, None, None, None, None, None, None, "宏远新材料有限公司"),
]
BAD_SPANS = [("洛阳", "CITY", 0, 2), ("洛阳", "PLACE", 2, 2), ("洛阳", "PLACE", -1, 1), ("洛阳市", "PLACE", 0, 2)]


@pytest.mark.parametrize("fields", MAKE_SPAN_CASES)
def test_make_span_makes_the_span_of_the_constructor(fields):
    made, built = make_span(*fields), Span(*fields)
    assert type(made) is Span and made == built and repr(made) == repr(built)
    assert made.to_dict() == built.to_dict() and hash(made) == hash(built)


@pytest.mark.parametrize("fields", BAD_SPANS)
def test_make_span_refuses_what_the_constructor_refuses(fields):
    with pytest.raises(ValueError) as made:
        make_span(*fields)
    with pytest.raises(ValueError) as built:
        Span(*fields)
    assert str(made.value) == str(built.value)


def test_make_span_is_the_fast_maker():
    assert make_span is not Span  # Span's fields are its slots: the direct maker applies
