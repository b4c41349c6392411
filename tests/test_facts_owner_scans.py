"""The owner rules' cheaper scans (``facts/subjects.py``) find what the plain scans they
replace find, on invented texts with random spans."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

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


def plain_speaking_clauses(lk: Linker, sa: int) -> list[tuple[int, int]]:
    """Every clause of the sentence judged on its own by ``_quiet``."""
    cs, ends, text = lk.tx.clause_starts, lk.tx.clause_ends, lk.text
    i, j = bisect_left(cs, sa), bisect_left(cs, lk.tx.sentence(sa)[1] + 1)
    bounds = list(zip(cs[i:j], ends[i:j]))
    if not bounds or bounds[0][0] != sa:
        bounds.insert(0, (sa, ends[bisect_right(cs, sa) - 1]))
    return [(ca, ce) for ca, ce in bounds if not (ca > sa and text[ca - 1] == "、") and not lk._quiet(ca, ce)]


@settings(max_examples=300, deadline=None)
@given(texts, raw_spans)
def test_speaking_clauses_are_those_quiet_does_not_silence(text, raw):
    lk = linker(text, raw)
    if lk is None:
        return
    for sa in lk.tx.sent_starts:
        assert lk._speaking_clauses(sa, lk.tx.sentence(sa)[1]) == plain_speaking_clauses(lk, sa)


class _Everything(frozenset):
    """A set holding every character: the precheck it replaces lets every string through."""

    def __contains__(self, item) -> bool:
        return True


@settings(max_examples=300, deadline=None)
@given(texts, raw_spans)
def test_referring_words_found_with_and_without_the_initial_prechecks(text, raw):
    from luoyang_nlp.facts import subjects

    lk = linker(text, raw)
    if lk is None:
        return
    starts = sorted(set(lk.tx.clause_starts) | set(lk.tx.sent_starts))
    got = [lk._reference_at(a, min(lk.tx.clause_end(a), a + 40)) for a in starts]
    plain = subjects._ref_initials, subjects._word_initials
    subjects._ref_initials = subjects._word_initials = lambda: _Everything()
    try:
        lk = linker(text, raw)
        want = [lk._reference_at(a, min(lk.tx.clause_end(a), a + 40)) for a in starts]
    finally:
        subjects._ref_initials, subjects._word_initials = plain
    assert got == want


@settings(max_examples=300, deadline=None)
@given(texts, raw_spans)
def test_a_clause_no_owner_or_place_word_starts_in_has_no_events_but_its_reference(text, raw):
    lk = linker(text, raw)
    if lk is None:
        return
    for ca, ce in zip(lk.tx.clause_starts, lk.tx.clause_ends):
        if not lk._may_hold_owner_or_place(ca):
            for pos in range(ca + 1, ce + 2):
                assert lk._clause_rest(ca, ce, pos) == ()
