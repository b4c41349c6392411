"""The metric rules' quick exits (``facts/measures.py``) decide as the checks they skip, on
invented texts with random spans: a sentence opening with no 其, space or quote is no
breakdown (其中); a free measure whose first character opens no referring word or owner's
head noun loses no word at its start; a phrase without 产 names no production word; a share
(占…的) needs 占; a phrase without Chinese is no free measure."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from luoyang_nlp.facts import measures
from luoyang_nlp.facts.cues import _MAKES, _RATIO
from luoyang_nlp.facts.linker import Linker
from luoyang_nlp.facts.text import QUOTES
from test_facts_owner_scans import again, linker

_PIECES = ["项目", "总投资", "亿元", "占地", "亩", ",", "。", "的", "其中", "其", "中", "该", "该园区", "全市", "本次",
           "比", "全国", "平均", "水平", "增长", "5个", "年产", "产能", "液晶电视", "占", "年度目标", "公司", "集聚区",
           "入驻企业", "第二", "A", "3", " ", "\n", "“", "”", "《", "》"]
_LABELS = ["PROJECT", "COMPANY", "PLACE", "ORG", "MONEY", "AREA", "COUNT", "PERCENT", "DATE", "DURATION"]

texts = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30).map("".join)
raw_spans = st.lists(st.tuples(st.integers(0, 80), st.integers(1, 6), st.sampled_from(_LABELS)), max_size=14)
linkers = st.builds(linker, texts, raw_spans).filter(lambda lk: lk is not None)


def phrases(lk: Linker) -> list[str]:
    """The words before each figure, and every piece of the text between two spans."""
    bounds = sorted({0, len(lk.text), *lk.starts, *lk.ends})
    return [lk._left(f) for f in lk.figures] + [lk.text[a:b] for a, b in zip(bounds, bounds[1:])]


@settings(max_examples=300, deadline=None)
@given(linkers)
def test_a_breakdown_is_what_the_full_test_finds(lk):
    for f in lk.figures:
        full = QUOTES.sub("", lk.text[lk.sa[f]:lk.starts[f]]).lstrip(" ").startswith("其中")
        assert lk._in_breakdown(f) == full


@pytest.mark.parametrize("text, breakdown", [
    ("其中,A 5亿元", True), (" 其中A 5亿元", True), ("“其中”A 5亿元", True), ("。 “其中A 5亿元", True),
    ("其他A 5亿元", False), ("A其中 5亿元", False), ("其 5亿元", False), ("5亿元", False)])
def test_breakdowns(text, breakdown):
    i = text.index("5亿元")
    lk = linker(text, [(i, 3, "MONEY")])
    assert lk._in_breakdown(0) is breakdown


@settings(max_examples=300, deadline=None)
@given(linkers)
def test_free_measures_are_those_found_trying_every_opening_word(lk):
    opened = again(lk)
    opened.prechecks = False  # every string tried
    for s in phrases(lk):
        assert lk._free(s) == opened._free(s)


@settings(max_examples=300, deadline=None)
@given(linkers)
def test_production_words_are_those_found_without_the_character_test(lk):
    got = [lk._makes(s) for s in phrases(lk)]
    lk.prechecks = False  # no character test: every phrase searched
    assert got == [lk._makes(s) for s in phrases(lk)]


@given(texts)
def test_shares_and_production_words_need_their_characters(text):
    if "占" not in text:
        assert _RATIO.search(text) is None
    if any(w in text for w in _MAKES):
        assert measures._MAKES_CHARS <= set(text)


def test_a_phrase_without_chinese_is_no_free_measure():
    lk = linker("总投资5亿元", [(3, 3, "MONEY")])
    for s in ("", " ", "3", "A3", "GDP", " 2023 ", "“”"):
        assert lk._free(s) is None
