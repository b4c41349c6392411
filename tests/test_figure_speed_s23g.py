"""Rewrites of the figure matcher for speed that must change no output (session 23, helper g).

guard (every test here): the rewritten step against the form it replaced, on tables of invented
inputs or random ones; none of these rows mends an output, each protects one.
- figures._fits (fits_float) against the loop over value, low and high it replaced;
- figures._disjoint, one typed walk, against the two ``all(map(...))`` it replaced;
- a whole duration read on _quantity's integer path against _duration of the Fraction;
- _quantity's ``num.isdigit()`` for ``isdecimal()``: no number the grammar reads holds a digit
  that is not a decimal (², ①);
- the day-span pattern of the words before the day, scanned without its cue scan first: it finds
  nothing where that cue scan finds nothing."""

from __future__ import annotations

import math
import operator
import re
import sys
from fractions import Fraction

import pytest
from hypothesis import given, settings, strategies as st

from luoyang_nlp.candidate import Candidate
from luoyang_nlp.figures import _FLOAT_MAX, FigureMatcher, _disjoint, _duration, fits_float
from luoyang_nlp.figures.tables import load_units


def _old_fits(c: Candidate) -> bool:
    for v in (c.value, c.low, c.high):
        if isinstance(v, float):
            if not math.isfinite(v):
                return False
        elif isinstance(v, int) and not -_FLOAT_MAX < v < _FLOAT_MAX:
            return False
    return True


VALUES = [None, "P3Y", "2024-05", 0, 1, -1, 2**62 - 1, 2**62, -(2**62), -(2**62) - 1, 2**63, 10**300,
          _FLOAT_MAX - 1, _FLOAT_MAX, _FLOAT_MAX + 1, -_FLOAT_MAX, -_FLOAT_MAX + 1, 10**400, -(10**400),
          0.0, -0.0, 1.5, -2.25, 1e308, sys.float_info.max, math.inf, -math.inf, math.nan, 5e-324]


@pytest.mark.parametrize("value", VALUES)
@pytest.mark.parametrize("where", ["value", "low", "high"])
def test_fits_float_as_the_loop_it_replaced(value, where):
    c = Candidate(0, 3, "MONEY", **{where: value})
    assert fits_float(c) == _old_fits(c)


def _old_disjoint(by_start: list[Candidate]) -> bool:
    starts = [c[0] for c in by_start]
    ends = [c[1] for c in by_start]
    return all(map(operator.lt, starts, ends)) and all(map(operator.le, ends, starts[1:]))


SPANS = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 6)), max_size=8)


@settings(max_examples=1500, deadline=None)
@given(SPANS)
def test_disjoint_as_the_two_walks_it_replaced(spans):
    cands = sorted((Candidate(s, s + n, "COUNT") for s, n in spans), key=lambda c: c.start)
    assert _disjoint(cands) == _old_disjoint(cands)


DURATION_UNITS = sorted(w for w, u in load_units().items() if u.label == "DURATION")
NUMBERS = ["1", "3", "12", "45", "100", "2,000", "1.5", "0.25", "2.0", "3万", "1.2万", "0.5亿", "007"]


@pytest.fixture(scope="module")
def fm() -> FigureMatcher:
    m = FigureMatcher()
    m._compile()
    return m


@pytest.mark.parametrize("unit", DURATION_UNITS)
def test_a_whole_duration_on_the_integer_path_is_durations_reading(fm, unit):
    u = load_units()[unit]
    for num in NUMBERS:
        text = f"历时{num}{unit}。"
        got = [c for c in fm(text, None) if c.start == 2 and c.label == "DURATION"]
        if not got:
            continue
        plain = num.replace(",", "")
        scale = 1
        for mag, k in (("万", 10**4), ("亿", 10**8)):
            if plain.endswith(mag):
                plain, scale = plain[:-1], k
        want = _duration(Fraction(plain) * scale * u.factor, u.designator)
        assert got[0].value == want, (text, got[0])


NOT_DECIMAL_DIGITS = "".join(c for c in map(chr, range(0x10000)) if c.isdigit() and not c.isdecimal())


def test_no_number_the_grammar_reads_holds_a_digit_that_is_no_decimal(fm):
    assert NOT_DECIMAL_DIGITS  # ², ①, …
    for c in NOT_DECIMAL_DIGITS:
        for text in (f"{c}亿元", f"3{c}亿元", f"{c}3个", f"1{c}5%"):
            for s in range(len(text)):
                m = fm._rx.match(text, s)
                assert m is None or c not in m.group("num"), (text, s)


DAY_PIECES = ["为期", "历时", "持续", "连续", "停业", "拘留", "行政", "约", "近", "10", "3", "十", "五", "日", "天",
              "以上", "，", "。", "内", "期", "为", "历", "持"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(DAY_PIECES), max_size=10).map("".join))
def test_the_day_pattern_without_its_cue_scan_finds_nothing_the_cue_would_not(fm, text):
    before = [(cue, rx) for gate, cue, rx in fm._day_rxs if cue is None]
    assert len(before) == 1
    rx = before[0][1]
    from luoyang_nlp.figures import _alt
    from luoyang_nlp.figures.tables import load_cues

    cue = re.compile(_alt(load_cues()["day_span"]))
    if cue.search(text) is None:
        assert rx.search(text) is None


CORE_PIECES = list("0123456789.,，、 十百千万亿余多约近个数几kK%元块角分年月日至到-—~（含）人家亩吨") + [
    "万元", "亿元", "百分点", "千瓦", "万千瓦", "平方米", "(含)", "左右", "以上", "1,234", "3.5", "百分之", "美元",
    "\u0661\u0662", "\U0001d7ce", "²", "①"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(CORE_PIECES), max_size=14).map("".join))
def test_the_core_pattern_at_a_digit_matches_as_the_whole_one(fm, text):
    from luoyang_nlp.figures import _Q, _QD

    for a in fm._start_rx.finditer(text):
        if a.lastindex in (_Q, _QD):
            s = a.start()
            m, d = fm._rx.match(text, s), fm._rx_digit.match(text, s)
            assert (m is None) == (d is None), (text, s)
            if m is not None:
                assert m.span() == d.span() and m.groups() == d.groups(), (text, s)
                assert [m.span(i) for i in range(1, m.re.groups + 1)] == [d.span(i) for i in range(1, d.re.groups + 1)]
