"""The figure matcher's cheaper scans find what the plain scans they replace find."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from luoyang_nlp.figures import (_NUM_START_CLASS, _NUM_START_CN, _NUM_START_DIGIT, FigureMatcher, _outside,
                                 _start_follow, load_qualifiers, load_units)
from luoyang_nlp.figures import dates

PIECES = ["0", "1", "12", "2023", "1990", "12024", "2023年", "百分之", "分之-", "3.5", "1,234", ".", ",", " ", "一", "二", "两", "三", "十", "百", "千", "万",
          "亿", "零", "〇", "点", "几", "数", "半", "百分之", "之", "近", "约", "超", "余", "多", "元", "亿元", "个", "人",
          "年", "月", "日", "号", "季度", "个月", "半年", "今", "上", "前", "第", "第1季度", "前2季度", "本", "%", "至", "-",
          "—", "~", "、", "进", "步", "的", "kW", "k"]
texts = st.lists(st.sampled_from(PIECES), max_size=25).map("".join)


@pytest.fixture(scope="module")
def matcher():
    m = FigureMatcher()
    m._compile()
    return m


@pytest.fixture(scope="module")
def one_char_matcher():
    """A matcher whose start scan is the plain one: every number start, one character each; a
    digit marked ``q`` and any other start ``qc`` (groups 1 and 4, as the start scan numbers them:
    the matcher tries the core pattern for a digit at a ``q``)."""
    m = FigureMatcher()
    m._compile()
    follow = _start_follow(load_units(), load_qualifiers())
    m._start_rx = re.compile(rf"{_NUM_START_CLASS}(?:{_NUM_START_DIGIT}{follow}(?P<q>)|(?!)(?P<qd>)(?P<d>)"
                             rf"|(?:{_NUM_START_CN}){follow}(?P<qc>))")
    return m


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
@example(text="百分之一零")  # 之 ends a word before 一 (唯一一座), but not in 百分之
def test_start_scan_finds_the_quantities_of_the_one_character_scan(matcher, one_char_matcher, text):
    """The scan that takes in a digit run and passes over years (2023年) finds the quantities
    of the scan that tries every number start."""
    assert matcher._quantities(text)[:2] == one_char_matcher._quantities(text)[:2]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_date_anchors_from_the_start_scan_are_the_anchor_scan(matcher, text):
    """The digits the start scan marks for dates, with the scan of the other anchors, give the
    places of one scan of every anchor (dates._ANCHOR)."""
    digits = [m.start() for m in matcher._start_rx.finditer(text) if m.lastgroup in ("qd", "d")]
    assert dates.anchors(text, digits) == [m.start() for m in dates._ANCHOR.finditer(text)]


@pytest.mark.parametrize("text, starts", [
    ("投资2023亿元", [2]),
    ("2023年增长3%和百分之2023年", [7, 13]),  # 2023年 is no count of years; after 百分之 a percentage
    ("第1,234个", [1]),
    ("3.5万吨", [0]),
    ("进一步", []),
    ("近千家和数十万人", [1, 4, 5]),  # 数 opens 数十万, 十 a number of its own
])
def test_start_scan_table(matcher, text, starts):
    assert [m.start() for m in matcher._start_rx.finditer(text) if m.lastgroup != "d"] == starts


@pytest.mark.parametrize("text, anchors", [
    ("2023年3月", [0, 5]),  # a year and a month
    ("第2季度和2季度", [0, 5]),  # 2 inside 第2季度 is no anchor of its own
    ("3.2023年", []),  # decimals: no date
    ("1,2023年", [2]),  # after a thousands comma: a date, though no quantity
])
def test_date_anchor_table(matcher, text, anchors):
    digits = [m.start() for m in matcher._start_rx.finditer(text) if m.lastgroup in ("qd", "d")]
    assert dates.anchors(text, digits) == anchors


spans = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8)).map(lambda t: (t[0], t[0] + t[1])), max_size=12)


@settings(max_examples=300, deadline=None)
@given(spans, st.lists(st.integers(0, 50), max_size=15).map(lambda xs: sorted(set(xs))))
def test_places_outside_are_those_no_figure_covers(cands, places):
    """_outside's walk keeps the places a character mask of the figures leaves free."""
    taken = bytearray(60)
    for s, e in cands:
        taken[s:e] = b"\x01" * (e - s)
    assert _outside(places, cands) == [p for p in places if not taken[p]]
