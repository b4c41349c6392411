"""MONEY: (sentence, [(text, value, qualifier, low, high)])."""

import pytest

from luoyang_nlp import extract

CASES = [
    ("新厂总投资140亿元。", [("140亿元", 14000000000, None, None, None)]),
    ("项目计划投资约21.34亿元,年内开工。", [("约21.34亿元", 2134000000, "approx", None, None)]),
    ("人均收入达到31413元。", [("31413元", 31413, None, None, None)]),
    ("补贴5000万元已到位", [("5000万元", 50000000, None, None, None)]),
    ("总额一百四十亿元", [("一百四十亿元", 14000000000, None, None, None)]),
    ("总额16.4亿元", [("16.4亿元", 1640000000, None, None, None)]),
    ("营收近3亿元,利润超过5000万元", [("近3亿元", 300000000, "nearly", None, None),
                                   ("超过5000万元", 50000000, "over", None, None)]),
    ("年产值40亿元以上", [("40亿元以上", 4000000000, "over", None, None)]),
    ("投资3至5亿元", [("3至5亿元", 300000000, None, 300000000, 500000000)]),
    ("投资33.8亿元,分别用于两期", [("33.8亿元", 3380000000, None, None, None)]),
    ("融资1,200万元", [("1,200万元", 12000000, None, None, None)]),
    ("收到20余万元捐款", [("20余万元", 200000, "over", None, None)]),
    ("合计1.2万亿元", [("1.2万亿元", 1200000000000, None, None, None)]),
    ("没有金额的句子", []),
    ("错写成1,2,3亿元", []),
    ("错写成5..3亿元", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_money(text, expected):
    got = [(s.text, s.value, s.qualifier, s.low, s.high) for s in extract(text).by_label("MONEY")]
    assert got == expected


def test_money_offsets_through_traditional_text():
    text = "總投資約140億元"
    (span,) = extract(text).by_label("MONEY")
    assert text[span.start:span.end] == span.text == "約140億元"
    assert span.value == 14000000000
