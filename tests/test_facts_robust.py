"""The facts stage gives a defined result on any spans over any text: random invented texts
with random non-overlapping spans never make ``Linker.facts`` raise, and every fact refers to
spans of the document."""

from __future__ import annotations

from hypothesis import given, settings

from test_facts_owner_scans import linker, linkers


def _check(lk) -> None:
    spans = {(s.start, s.end) for s in lk.s}
    for fact in lk.facts():
        for key in ("figure", "subject", "date", "person", "position", "org"):
            ref = fact.get(key)
            assert ref is None or (ref["start"], ref["end"]) in spans


@settings(max_examples=400, deadline=None)
@given(linkers)
def test_facts_never_raise_on_random_spans(lk):
    _check(lk)


def test_a_comparison_cut_with_an_owners_head_noun():
    # the measure before a figure opened with a comparison word (高于) that the cut of an
    # owner's head noun took away: it raised StopIteration
    text = "高于集团中该公司介绍集聚区据了解占地高于其中,全区年产项目\n我省等26条道路中5个该该公司截至高于此次亿元集团 本次"
    raw = [(10, 7, "COUNT"), (18, 7, "COMPANY"), (36, 6, "PLACE"), (42, 7, "PROJECT"), (55, 2, "ORG"), (57, 1, "MONEY")]
    _check(linker(text, raw))
