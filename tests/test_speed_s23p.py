"""Guards of the s23 fast paths of the Python layer: each against its checked reference on
invented inputs (map back, the span and Normalised makers, Doc's checks)."""

import pytest

from luoyang_nlp import Doc, Extractor, Span
from luoyang_nlp.candidate import Candidate
from luoyang_nlp.doc import SpanSlots, _checked, make_span
from luoyang_nlp.normalise import Normalised, Normaliser, make_normalised
from luoyang_nlp.pipeline import _map_back_checked

TEXTS = [
    "洛阳市2024年GDP增长5%。",
    "伊川縣(xiàn)新建１２座變電站，總投資約３億元。",  # traditional, full-width, an annotation
    "新区\u200b管委会主任李华说，项目占地162亩。",  # a dropped zero-width character
    "\u3000\u3000宜阳县“十四五”规划：年产能60GWh，同比增长5.2%。",
]


def test_spans_are_made_by_the_direct_maker():
    assert SpanSlots is not None and make_span is not _checked


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("offset", [0, 7])
@pytest.mark.parametrize("with_ids", [False, True])
@pytest.mark.parametrize("with_texts", [False, True])
def test_map_back_is_the_checked_map_back(text, offset, with_ids, with_texts):
    ex = Extractor()
    norm = ex.normalise(text)
    from luoyang_nlp.pipeline import _Work

    w = _Work(text, None)
    for stage in ex._stages()[:-2]:
        stage(w)
    assert w.chosen
    ids = w.ids if with_ids else None
    fast = ex.map_back(w.chosen, norm, offset, {} if with_texts else None, ids)
    ref = _map_back_checked(w.chosen, norm, offset, {} if with_texts else None, ids)
    assert all(type(s) is Span for s in fast)
    assert fast == ref and [s.kb_parents for s in fast] == [s.kb_parents for s in ref]
    assert [repr(s) for s in fast] == [repr(s) for s in ref]


def test_map_back_refuses_what_the_checked_map_back_refuses():
    norm = Normaliser()("洛阳市有12座变电站")
    for bad in (Candidate(0, 3, "CITY"), Candidate(3, 3, "PLACE")):
        with pytest.raises(Exception) as fast:
            Extractor.map_back([bad], norm)
        with pytest.raises(Exception) as ref:
            _map_back_checked([bad], norm)
        assert type(fast.value) is type(ref.value) and str(fast.value) == str(ref.value)


def test_map_back_of_odd_identities_is_the_checked_one():
    norm = Normaliser()("洛阳市和郑州市")
    chosen = [Candidate(0, 3, "PLACE"), Candidate(4, 7, "PLACE")]
    for ids in ({0: ("410300000000", "洛阳市")}, {1: ("x", "y", "z", (("a", "b"),))}, {}):
        assert Extractor.map_back(chosen, norm, 0, None, ids) == _map_back_checked(chosen, norm, 0, None, ids)


@pytest.mark.parametrize("fields", [
    ("洛阳", "PLACE", 0, 2), ("3亿元", "MONEY", 5, 8, 300000000, "CNY", "approx"),
    ("洛阳", "CITY", 0, 2), ("洛阳", "PLACE", 2, 2), ("洛阳市", "PLACE", 0, 2), ("洛阳", "PLACE", -1, 1),
])
def test_fast_span_maker_is_the_checked_maker(fields):
    try:
        ref = _checked(*fields)
    except ValueError as err:
        with pytest.raises(ValueError) as fast:
            make_span(*fields)
        assert str(fast.value) == str(err)
        return
    made = make_span(*fields)
    assert type(made) is Span and made == ref and hash(made) == hash(ref) and repr(made) == repr(ref)
    with pytest.raises(Exception):
        made.start = 1  # still frozen


@pytest.mark.parametrize("text", TEXTS)
def test_normalised_maker_is_the_constructor(text):
    n = Normaliser()(text)
    built = Normalised(n.original, n.text, n.nstart, n.ostart, n.nlen, n.olen)
    made = make_normalised(n.original, n.text, n.nstart, n.ostart, n.nlen, n.olen)
    assert type(n) is Normalised and made == built == n and vars(made) == vars(built)
    assert list(vars(made)) == list(vars(built))
    with pytest.raises(Exception):
        made.text = ""  # still frozen


def test_doc_still_checks_and_sorts():
    a, b = Span("洛阳", "PLACE", 0, 2), Span("5%", "PERCENT", 4, 6)
    assert Doc("洛阳增长5%", (b, a)).spans == (a, b)
    with pytest.raises(ValueError, match="does not match"):
        Doc("洛阳增长6%", (a, b))


def test_span_confidences_are_numpy_s():
    """The Python ``minimum.reduceat(...).round(4)`` of the model's spans against numpy's."""
    import numpy as np

    from luoyang_nlp.entities.model import span_confidences

    rng = np.random.default_rng(7)
    for trial in range(400):
        n = int(rng.integers(1, 40))
        p = rng.random(n).astype(np.float32)
        if trial % 2:  # values at and beside the halves of the fourth decimal
            p = ((rng.integers(0, 10000, n) + 0.5) / 10000).astype(np.float32)
            p = np.nextafter(p, rng.choice([0, 2], n).astype(np.float32)) if trial % 4 == 1 else p
        begin = np.sort(rng.choice(n, int(rng.integers(1, n + 1)), replace=False)).astype(np.int64)
        assert span_confidences(p, begin) == np.minimum.reduceat(p, begin).round(4).tolist()
    p = np.array([0.5, np.nan, 0.25], dtype=np.float32)  # not finite: numpy's own path
    assert str(span_confidences(p, np.array([0, 2]))) == str(np.minimum.reduceat(p, [0, 2]).round(4).tolist())
