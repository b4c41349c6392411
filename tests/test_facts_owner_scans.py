"""The owner rules' cheaper scans (``facts/subjects.py``) find what the plain scans they
replace find, on invented texts with random spans."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import pytest
from hypothesis import given, settings, strategies as st

from luoyang_nlp.candidate import Candidate, Context
from luoyang_nlp.doc import Span
from luoyang_nlp.facts.linker import Linker
from luoyang_nlp.normalise import normalise

_PIECES = ["项目", "总投资", "亿元", "占地", "亩", "，", "。", "、", "的", "等", "和", "其中", "该", "全市", "我省",
           "同比", "增长", "5个", "年产", "公司", "县", "区", " ", "\n", "“", "第二批", "2023年", "此次", "集聚区"]
_LABELS = ["PROJECT", "COMPANY", "PLACE", "ORG", "PERSON", "POSITION", "MONEY", "AREA", "COUNT", "PERCENT", "DATE"]

texts = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30).map("".join)
raw_spans = st.lists(st.tuples(st.integers(0, 80), st.integers(1, 6), st.sampled_from(_LABELS)), max_size=14)


def linker(text: str, raw) -> Linker | None:
    """A ``Linker`` over ``text`` with the non-overlapping spans of ``raw`` (start, length,
    label), as the pipeline hands them over; None when normalising changes the text."""
    norm = normalise(text)
    if norm.text != text:
        return None
    cands, taken = [], set()
    for s, n, label in sorted(raw):
        e = min(s + n, len(text))
        if s >= e or taken & set(range(s, e)):
            continue
        taken |= set(range(s, e))
        cands.append(Candidate(s, e, label))
    if not cands:
        return None
    spans = [Span(text[c.start:c.end], c.label, c.start, c.end) for c in cands]
    return Linker(norm, cands, spans, Context())


# Linkers over invented texts with random spans
linkers = st.builds(linker, texts, raw_spans).filter(lambda lk: lk is not None)


def again(lk: Linker) -> Linker:
    """A new ``Linker`` over the same text and spans as ``lk`` (nothing of ``lk`` remembered)."""
    return Linker(normalise(lk.text), lk.c, lk.s, Context())


def plain_speaking_clauses(lk: Linker, sa: int) -> list[tuple[int, int]]:
    """Every clause of the sentence judged on its own by ``_quiet``."""
    cs, ends, text = lk.tx.clause_starts, lk.tx.clause_ends, lk.text
    i, j = bisect_left(cs, sa), bisect_left(cs, lk.tx.sentence(sa)[1] + 1)
    bounds = list(zip(cs[i:j], ends[i:j]))
    if not bounds or bounds[0][0] != sa:
        bounds.insert(0, (sa, ends[bisect_right(cs, sa) - 1]))
    return [(ca, ce) for ca, ce in bounds if not (ca > sa and text[ca - 1] == "、") and not lk._quiet(ca, ce)]


@settings(max_examples=300, deadline=None)
@given(linkers)
def test_speaking_clauses_are_those_quiet_does_not_silence(lk):
    for sa in lk.tx.sent_starts:
        assert lk._speaking_clauses(sa, lk.tx.sentence(sa)[1]) == plain_speaking_clauses(lk, sa)


@settings(max_examples=300, deadline=None)
@given(linkers)
def test_referring_words_found_with_and_without_the_initial_prechecks(lk):
    starts = sorted(set(lk.tx.clause_starts) | set(lk.tx.sent_starts))
    got = [lk._reference_at(a, min(lk.tx.clause_end(a), a + 40)) for a in starts]
    lk = again(lk)
    lk.prechecks = False  # every string is looked up
    want = [lk._reference_at(a, min(lk.tx.clause_end(a), a + 40)) for a in starts]
    assert got == want


@settings(max_examples=300, deadline=None)
@given(linkers)
def test_a_clause_no_owner_or_place_word_starts_in_has_no_events_but_its_reference(lk):
    for ca, ce in zip(lk.tx.clause_starts, lk.tx.clause_ends):
        if not lk._may_hold_owner_or_place(ca):
            for pos in range(ca + 1, ce + 2):
                assert lk._clause_rest(ca, ce, pos) == ()


@settings(max_examples=300, deadline=None)
@given(linkers)
def test_head_nouns_found_with_and_without_the_tails_precheck(lk):
    plain, text = again(lk), lk.text
    plain.prechecks = False  # the owners before the clause are scanned for every head
    for a in sorted(set(lk.tx.clause_starts)):
        for head in (text[a:a + 40], text[a + 1:a + 40]):
            for after_gai in (False, True):
                assert lk._head_noun_at(a, head, after_gai) == plain._head_noun_at(a, head, after_gai)


HEAD_NOUN_CASES = [  # (text, owner names): a later clause opens with an owner's last characters
    ("某县装备制造产业集聚区召开大会。集聚区现有企业12家，该集聚区年产值20亿元。", ["某县装备制造产业集聚区"]),
    ("星河新材料产业园开工，产业园总投资8亿元；物流园区二期同日签约。", ["星河新材料产业园", "物流园区"]),
    ("牡丹大酒店改造完成。该酒店客房300间，酒店年营收1亿元。", ["牡丹大酒店"]),
]


@pytest.mark.parametrize("text,names", HEAD_NOUN_CASES)
def test_head_nouns_of_owners_named_before_are_found_with_the_tails_precheck(text, names):
    text = normalise(text).text
    lk = linker(text, [(text.index(name), len(name), "PROJECT") for name in names])
    plain = again(lk)
    plain.prechecks = False
    found = []
    for a in sorted(set(lk.tx.clause_starts)):
        for head, after_gai in ((text[a:a + 40], False), (text[a + 1:a + 40], True)):
            got = lk._head_noun_at(a, head, after_gai)
            assert got == plain._head_noun_at(a, head, after_gai)
            found.append(got)
    assert any(found)
