"""Rewrites of the figure matcher for speed that must change no match (session 21, helper i).

guard (every test here): the rewritten pattern or gate against the form it replaced, on random
texts of the characters it reads; none of these rows mends an output, each protects one.
- dates.DIGIT_ANCHOR, each branch opened by a character or class, against the form written before;
  alone, inside the date anchors (dates._ANCHOR) and inside the matcher's start scan;
- figures._NO_YEARS, its three digits read before its look-backs, inside the start scan;
- figures._word_gate, the few words looked for with ``in`` before a scan of cue words."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from luoyang_nlp.figures import _NO_YEARS, FigureMatcher, _word_gate
from luoyang_nlp.figures import dates as D

# the form of dates.DIGIT_ANCHOR before the rewrite (session 20)
OLD_ANCHOR = r"(?=\d*\s?[年月日季\-—–~至到]|\d?(?:、\d\d?)+(?:月|季度)|(?<=1)9\d\d|(?<=2)0\d\d)"
# and of figures._NO_YEARS
OLD_NO_YEARS = r"(?<!分之.)(?<!分之[-负].)(?:(?<=1)[0-9]\d\d|(?<=2)0\d\d|\d{4,})\s?年"

PIECES = list("0123456789年月日号季度至到-—–~ 、.,，亿万元个百分点一二三十〇零\n")
PIECES += ["19", "20", "2024", "1999", "2030", "3、4月", "1、2、3季度", "12、", "\u0661", "\U0001d7ce", "季",
           "分之", "百分之", "负", "12024年", "2023 年", "1987", "\u0661\u0662\u0663"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)

NEW_ALONE, OLD_ALONE = re.compile(D.DIGIT_ANCHOR), re.compile(OLD_ANCHOR)
NEW_DATES = re.compile(D._ANCHOR.pattern)
OLD_DATES = re.compile(D._ANCHOR.pattern.replace(D.DIGIT_ANCHOR, OLD_ANCHOR))


def _scans() -> tuple[re.Pattern[str], re.Pattern[str]]:
    fm = FigureMatcher()
    fm._compile()
    new = fm._start_rx.pattern
    assert D.DIGIT_ANCHOR in new and _NO_YEARS in new
    return re.compile(new), re.compile(new.replace(D.DIGIT_ANCHOR, OLD_ANCHOR).replace(_NO_YEARS, OLD_NO_YEARS))


NEW_SCAN, OLD_SCAN = _scans()


def _all(rx: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.lastindex, m.groups()) for m in rx.finditer(text)]


def test_the_patterns_are_rewritten():
    assert D.DIGIT_ANCHOR != OLD_ANCHOR and _NO_YEARS != OLD_NO_YEARS
    assert re.compile(f"(?={_NO_YEARS})").match("12024年", 1) and re.compile(f"(?={OLD_NO_YEARS})").match("12024年", 1)


@settings(max_examples=1500, deadline=None)
@given(TEXTS)
def test_the_scans_find_what_the_old_patterns_found(text):
    for i in range(len(text) + 1):
        assert (NEW_ALONE.match(text, i) is None) == (OLD_ALONE.match(text, i) is None)
    assert _all(NEW_DATES, text) == _all(OLD_DATES, text)
    assert _all(NEW_SCAN, text) == _all(OLD_SCAN, text)


@pytest.mark.parametrize("words, gate", [
    (["行政拘留", "拘留"], ("拘留",)),
    (["日内"], ("日内",)),
    (["延期", "延长", "停业", "停工"], ()),  # more than three: the scan of the alternation
    (["延期", "延期内", "顺延", "延长"], ("延期", "延长", "顺延")),
])
def test_word_gate(words, gate):
    assert _word_gate(words) == gate


GATE_PIECES = ["行政", "拘留", "拘", "留", "日", "内", "日内", "瓦", "为期", "持续", "10", "日", "，", "延", "期"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(GATE_PIECES), max_size=10).map("".join))
def test_the_day_span_gates_pass_every_text_the_cue_scan_finds(text):
    fm = FigureMatcher()
    fm._compile()
    assert fm._day_rxs
    for gate, cue, rx in fm._day_rxs:
        if (cue or rx).search(text) is not None:  # no cue: the pattern opens with the cue words
            assert not gate or any(w in text for w in gate)


NEW_NY, OLD_NY = re.compile(f"(?:{_NO_YEARS})"), re.compile(f"(?:{OLD_NO_YEARS})")


@settings(max_examples=1500, deadline=None)
@given(TEXTS)
def test_no_years_holds_where_the_old_one_held(text):
    for i in range(len(text) + 1):
        assert (NEW_NY.match(text, i) is None) == (OLD_NY.match(text, i) is None)
