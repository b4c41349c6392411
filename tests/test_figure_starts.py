"""The start scan of the figure matcher, with its cheaper tests (a digit class without
``\\d``, a unit told by two characters, no 半 where no duration of a half can start), finds
the figures and date digits of the plain scan: a first character of a unit, every 半."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from luoyang_nlp.candidate import Context
from luoyang_nlp.figures import (_HALF_NOT_AFTER, _NO_YEARS, _NUM_CHARS, _NUM_START_CLASS, _NUM_START_CN,
                                 FigureMatcher, _cls, _scan_digits, load_units)
from luoyang_nlp.figures.dates import DIGIT_ANCHOR, DIGIT_RUN_START

PIECES = ["0", "1", "12", "3.5", "2023", "١٢", "𝟏", "一", "两", "三", "十", "百", "千", "万", "亿", "几", "数", "半",
          "日", "日元", "日币", "8日", "星期", "星级", "分钟", "分明", "百分之", "分之", "-", "负", "亿级", "千瓦", "瓦",
          "万千瓦", "上", "前", "个", "个月", "年", "天", "小时", "小", "kW", "km", "k", "新台币", "新一", "余", "多",
          "元", "(含)", " ", "\n", ":", "来源", "至", "~", "、", "约", "近", "平方米", "平", "港元", "港", "%", "人", "的", "，", "。"]
texts = st.lists(st.sampled_from(PIECES), max_size=20).map("".join)


def _plain_pattern(matcher: FigureMatcher) -> str:
    """The start scan as it was: ``\\d`` in the class, a unit's first character, every 半."""
    first = {w[0] for w in load_units()} | {w[0] for w, (_, pos) in matcher._quals.items() if pos == "after_number"}
    first |= set("个(（ 至到-—–~")
    follow = rf"(?:(?=[{_NUM_CHARS}]*[{_cls(first)}])|(?<=之.))"
    cn = _NUM_START_CN.replace(f"(?<=半)(?<![{_HALF_NOT_AFTER}].)", "(?<=半)")
    assert cn != _NUM_START_CN
    return (rf"{_NUM_START_CLASS}(?:{DIGIT_RUN_START}"
            rf"(?:(?<!\d,\d)(?!{_NO_YEARS}){follow}(?P<q>)(?:{DIGIT_ANCHOR}(?P<qd>))?|{DIGIT_ANCHOR}(?P<d>))\d*"
            rf"|(?<!\d)(?:{cn}){follow}(?P<qc>))")


@pytest.fixture(scope="module")
def pair():
    new, old = FigureMatcher(), FigureMatcher()
    new._compile()
    old._compile()
    old._start_rx = re.compile(_plain_pattern(old))
    assert old._start_rx.pattern != new._start_rx.pattern
    return new, old


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_start_scan_finds_what_the_plain_scan_finds(pair, text):
    new, old = pair
    assert new._quantities(text) == old._quantities(text)
    assert new(text, Context()) == old(text, Context())


@pytest.mark.parametrize("text, starts", [
    ("8日上午", []),  # 日 opens 日元, not 日上
    ("3日元", [0]),
    ("五星级酒店", []),  # 星 opens 星期
    ("千亿级产业", []),  # 亿 opens 亿元 and 亿千瓦时, not 亿级
    ("120万千瓦", [0]),
    ("上半年", []),  # no duration of a half after 上
    ("用了半年", [2]),
    ("百分之-3日", [4]),
    ("12:56 来源", []),  # a space belongs to the number's run: no opener of its own
    ("3 亿元", [0, 2]),  # (亿 alone opens a figure too)  # after 百分之 and a sign: a percentage needs no unit word
])
def test_start_table(pair, text, starts):
    new, _ = pair
    assert [m.start() for m in new._start_rx.finditer(text) if m.lastgroup != "d"] == starts


def test_scan_digits_hold_every_decimal():
    """The class of the scan holds every ``\\d`` character (and characters beyond the BMP)."""
    cls = re.compile(f"[{_scan_digits()}]")
    assert all(cls.match(chr(i)) for i in range(0x110000) if chr(i).isdecimal())
    assert not any(cls.match(chr(i)) for i in range(0x10000) if not chr(i).isdecimal())
