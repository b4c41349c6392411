"""Figure matching on hostile input: long runs, malformed numbers, nested qualifiers. Each
result must be defined (no crash), finite and offset-true; no timing assertions here (speed
lives in benchmarks/)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings, strategies as st

from luoyang_nlp import Extractor
from luoyang_nlp.candidate import Context
from luoyang_nlp.figures import FigureMatcher, parse_date, parse_money, parse_number


@pytest.fixture(scope="module")
def ex():
    return Extractor(entities=False, facts=False)


HOSTILE = [
    "1" * 5000,
    "1," * 2000 + "亿元",
    "5." * 2000 + "3%",
    "一万" * 1000 + "亿元",
    "约" * 3000 + "3元",
    "1-" * 2000 + "元",
    "1至" * 2000 + "元",
    "二" * 5000 + "年",
    "12月" * 1000 + "日",
    "十" * 5000 + "元",
    "第" * 3000 + "1条",
    "百分之" * 1000 + "五",
    "3元" * 2000,
    "2021年" * 1000,
    "9" * 400 + "亿元",
    "1e308元 1.7976931348623157e308亿元",
    "“" * 500 + "两个" + "”" * 500,
    "0.0000000000000001元",
    "三两十十元", "三两十百个",  # 三两 (two or three) before magnitudes that do not read: no number
]


@pytest.mark.parametrize("text", HOSTILE, ids=[t[:10] for t in HOSTILE])
def test_hostile_input_is_defined_and_finite(ex, text):
    doc = ex.extract(text)
    for s in doc.figures:
        assert text[s.start:s.end] == s.text
        for v in (s.value, s.low, s.high):
            if isinstance(v, float):
                assert math.isfinite(v)


@pytest.mark.parametrize("text, value", [
    ("1,2,3亿元", None), ("5..3亿元", None), ("约约约3元", 3),
])
def test_malformed_numbers(ex, text, value):
    money = ex.extract(text).by_label("MONEY")
    if value is None:
        assert all(s.text not in ("1,2,3亿元", "5..3亿元", "一万万亿元") for s in money)
    else:
        assert [s.value for s in money] == [value]


def test_long_numbers(ex):
    (s,) = ex.extract("9" * 30 + "亿元").by_label("MONEY")
    assert s.value == int("9" * 30) * 10**8  # exact, an int
    assert ex.extract("9" * 400 + "亿元").figures == ()  # no real figure is that long
    # the matcher drops what does not fit a float itself (the pipeline trusts it: finite_values)
    (c,) = FigureMatcher()("9" * 100 + "万亿元", None)
    assert c.value == int("9" * 100) * 10**12 and math.isfinite(float(c.value))
    assert FigureMatcher()("五" + "万亿" * 30 + "元", None) == []  # 5e360


class _Unchecked:
    """A matcher of the caller's that says nothing about its values."""

    def __init__(self, value):
        self.value = value

    def __call__(self, text, ctx):
        from luoyang_nlp.candidate import Candidate

        return [Candidate(0, 2, "MONEY", self.value, "CNY")]


@pytest.mark.parametrize("value, kept", [
    (3, True), (2.5, True), (float("inf"), False), (float("nan"), False), (10 ** 400, False),
])
def test_values_of_other_matchers_are_checked(value, kept):
    ex = Extractor(entities=False, facts=False, figures=False)
    ex.matchers.append(_Unchecked(value))
    assert [s.text for s in ex.extract("三元钱").figures] == (["三元"] if kept else [])


@pytest.mark.parametrize("text, value", [
    ("一百四十", 140), ("二〇二一", 2021), ("十一点五", 11.5), ("三十", 30), ("两", 2),
    ("3万4000", 34000), ("1.2万亿", 1200000000000), ("5千万", 50000000), ("一万三", 13000),
    ("两千四百五", 2450), ("一万零十二", 10012), ("六十四万零一百四十三", 640143),
    ("1,234.5", 1234.5), ("16.4亿", 1640000000), ("壹佰伍拾", 150), ("一亿二千万", 120000000),
    ("零点五", 0.5), ("1千零20", 1020), ("2千零30万", 20300000), ("一千零五", 1005), ("", None), ("亿", None), ("1,2,3", None),
    ("0万", None), ("0十", 0), ("1.05亿", 105000000), ("0.125", 0.125), ("一万三点五", 13000.5),
    ("1.5万2.25", 15002.25), ("十一点零五", 11.05), ("9" * 101, None),
])
def test_parse_number(text, value):
    v = parse_number(text)
    assert (None if v is None else (int(v) if v.denominator == 1 else float(v))) == value


@pytest.mark.parametrize("text, value, unit, q, lo, hi", [
    ("82,225.00元", 82225, "CNY", None, None, None),
    ("约4.287亿美元", 428700000, "USD", "approx", None, None),
    ("三百万", 3000000, "CNY", None, None, None),
    ("15k左右", 15000, "CNY", "approx", None, None),
    ("两到三万港元", 20000, "HKD", None, 20000, 30000),
    ("一百三十五块六角七分钱", 135.67, "CNY", None, None, None),
    ("50万元(含)以上", 500000, "CNY", "over", None, None),
    ("新台币177.1亿元", 17710000000, "TWD", None, None, None),
])
def test_parse_money(text, value, unit, q, lo, hi):
    c = parse_money(text)
    assert (c.value, c.unit, c.qualifier, c.low, c.high) == (value, unit, q, lo, hi)


@pytest.mark.parametrize("text, pub, value", [
    ("2021年12月16日", None, ("2021-12-16", None, None)),
    ("9日", "2024-10-09", ("2024-10-09", None, None)),
    ("今年", None, ("XXXX", None, None)),
    ("2023—2025年", None, ("2023", "2023", "2025")),
    ("2月29日", None, ("--02-29", None, None)),
    ("2023年2月29日", None, None),
])
def test_parse_date(text, pub, value):
    import datetime as dt

    assert parse_date(text, dt.date.fromisoformat(pub) if pub else None) == value


_ALPHABET = "0123456789,.-~至到约近超余多以上下万亿千百十一二三四五六七八九零两个元%年月日天亿吨米亩第“”()人家 "


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_random_text_offsets_and_values(text):
    for c in FigureMatcher()(text, Context()):
        assert 0 <= c.start < c.end <= len(text)
        for v in (c.value, c.low, c.high):
            if isinstance(v, float):
                assert math.isfinite(v)
        if c.low is not None and not isinstance(c.low, str):
            assert c.low < c.high and c.value == c.low


def test_published_changes_only_relative_dates(ex):
    text = "2021年3月1日开工,9日竣工,今年投产,总投资3亿元。"
    a = {s.text: s.value for s in ex.extract(text).figures}
    b = {s.text: s.value for s in ex.extract(text, published="2022-05-20").figures}
    assert a["2021年3月1日"] == b["2021年3月1日"] == "2021-03-01"
    assert (a["9日"], b["9日"]) == ("---09", "2022-05-09")
    assert (a["今年"], b["今年"]) == ("XXXX", "2022")
    assert a["3亿元"] == b["3亿元"] == 300000000


def test_figure_inside_traditional_and_pinyin_text_maps_back(ex):
    text = "總投資約21.34億元,佔地約162畝,在近50分鐘裡"
    doc = ex.extract(text)
    assert [(s.text, s.label) for s in doc.figures] == [
        ("約21.34億元", "MONEY"), ("約162畝", "AREA"), ("近50分鐘", "DURATION")]


def test_to_dict_writes_integers(ex):
    (s,) = ex.extract("投资16.4亿元").figures
    d = s.to_dict()
    assert d["value"] == 1640000000 and isinstance(d["value"], int)


def test_matcher_is_picklable():
    import pickle

    fm = FigureMatcher()
    fm("3元", Context())
    fm2 = pickle.loads(pickle.dumps(fm))
    assert fm2("5亿元", Context())[0].value == 500000000
