"""The figure matcher's cheaper passes give what the plain ones they replace give."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from luoyang_nlp.figures import FigureMatcher, _give_back

CUE_PIECES = ["人口", "常住人口", "户籍人口", "人数", "就业", "户数", "口", "人", "约为", "为", "达", "约", "近",
              "971", "3.5", "万", "亿", "三", "十", "余", "多", "，", "。", " ", "的", "、"]


@pytest.fixture(scope="module")
def matcher():
    m = FigureMatcher()
    m._compile()
    return m


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.lists(st.sampled_from(CUE_PIECES), max_size=20).map("".join))
def test_implied_matches_are_the_finditer_of_the_pattern(matcher, text):
    """Trying the implied-count pattern at the cue words only finds its ``finditer`` matches."""
    cue = matcher._implied_cue.search(text)
    got = [m.span() + m.groups() for m in matcher._implied_matches(text, cue)] if cue else []
    want = [m.span() + m.groups() for m in matcher._implied_rx.finditer(text)]
    assert got == want


NUMBER_PIECES = ["0", "1", "5", "12", "3.5", ".0", ",000", "万", "亿", "千", "十", "百", "零", " ", "萬", "億"]
UNIT_WORDS = ["元", "瓦", "千瓦", "瓦时", "千瓦时", "吨", "米", "克", "亩", "平方米", "分点", "亿元", "万元", "个", "家"]


@settings(max_examples=600, deadline=None)
@given(head=st.lists(st.sampled_from(NUMBER_PIECES), max_size=8).map("".join),
       digit=st.sampled_from("123456789"), mag=st.sampled_from("十拾百佰千仟万萬亿億"), unit=st.sampled_from(UNIT_WORDS))
def test_a_magnitude_after_a_digit_of_value_is_not_given_back(head, digit, mag, unit):
    """_quantity skips _give_back for a number ending in [1-9] and one magnitude."""
    num = (head if head[:1].isdigit() else "1" + head) + digit + mag
    assert _give_back.__wrapped__(num, unit) == (num, unit)


def test_a_number_past_100_characters_gives_its_magnitude_back():
    """Why the skip asks for at most 100 characters: 101 do not read, the 100 before 万 do."""
    assert _give_back.__wrapped__("9" * 100 + "万", "元") == ("9" * 100, "万元")
