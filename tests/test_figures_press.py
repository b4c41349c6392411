"""Figures of the Taiwan and Hong Kong press and of headlines: their unit words (公尺, 公噸,
坪, 平方呎) and a qualifier before a bare magnitude with any unit (逾千万人次). Every sentence
is invented for these tests (SPEC "Conventions for cases the tables above leave open")."""

from __future__ import annotations

from fractions import Fraction

import pytest

from test_figures import C, check, ex, F  # ex: the shared fixture


PING = Fraction(400, 121)  # 1 坪 in m2 (Taiwan: 6 台尺 squared, 1 台尺 = 10/33 m)
SQFT = Fraction("0.09290304")  # 1 平方呎 in m2

TAIWAN_UNITS = [
    ("新館樓高4.5公尺。", [F("4.5公尺", "LENGTH", 4.5)]),
    ("步道全長一千二百公尺，", [F("一千二百公尺", "LENGTH", 1200)]),
    ("園區佔地1.8萬平方公尺。", [F("1.8萬平方公尺", "AREA", 18000)]),
    ("年處理廢料3萬公噸。", [F("3萬公噸", "MASS", 30000000)]),
    ("年处理废料2万公吨。", [F("2万公吨", "MASS", 20000000)]),
    ("每月出貨約800公噸，", [F("約800公噸", "MASS", 800000, q="approx")]),
    ("店面121坪。", [F("121坪", "AREA", 400)]),
    ("辦公室約242坪，", [F("約242坪", "AREA", 800, q="approx")]),
    ("這間套房只有十坪。", [F("十坪", "AREA", float(10 * PING))]),
    ("倉庫面積5萬平方呎。", [F("5萬平方呎", "AREA", float(50000 * SQFT))]),
    ("写字楼面积10万平方英尺，", [F("10万平方英尺", "AREA", float(100000 * SQFT))]),
    ("貨櫃高9.5呎。", [F("9.5呎", "LENGTH", float(Fraction("9.5") * Fraction("0.3048")))]),
]

NOT_TAIWAN_UNITS = [  # 坪 in names and words; transport work in 公吨公里
    ("调研组来到三坪村，走访农户。", []),  # guard
    ("十八坪乡新修道路。", []),  # guard
    ("机场新建停机坪，铺设草坪。", []),  # guard
    ("货运周转量120公吨公里。", []),  # guard
]


@pytest.mark.parametrize("sentence,expected", TAIWAN_UNITS + NOT_TAIWAN_UNITS)
def test_taiwan_and_hong_kong_units(ex, sentence, expected):
    check(ex, sentence, expected)



BARE_MAGNITUDES = [  # a qualifier before or after a magnitude written without digits, any unit
    ("景区全年吸引游客逾千万人次。", [C("逾千万人次", 10000000, "人次", "over")]),
    ("春运期间发送旅客超千万人次，", [C("超千万人次", 10000000, "人次", "over")]),
    ("演唱会线上观众近千万人次。", [C("近千万人次", 10000000, "人次", "nearly")]),
    ("博物馆年接待量約千萬人次。", [C("約千萬人次", 10000000, "人次", "approx")]),
    ("基地年产钢材超百万吨，", [F("超百万吨", "MASS", 1000000000, q="over")]),
    ("年吞吐量不足百万吨。", [F("不足百万吨", "MASS", 1000000000, q="under")]),
    ("平台注册用户超亿人，", [C("超亿人", 100000000, "人", "over")]),
    ("活动覆盖近百万名学生。", [C("近百万名", 1000000, "名", "nearly")]),
    ("高标准农田建成百万亩以上。", [F("百万亩以上", "AREA", float(Fraction(2000, 3) * 10**6), q="over")]),
]

NOT_BARE_MAGNITUDES = [  # a magnitude alone before a classifier, with no qualifier: rhetoric or a name
    ("千万不要轻信陌生来电。", []),  # guard
    ("出行千万条，安全第一条。", []),  # guard
    ("好政策走进千万家。", []),  # guard
    ("全力推进百万吨乙烯项目。", []),  # guard
    ("凝聚千万人的力量。", []),  # guard
]


@pytest.mark.parametrize("sentence,expected", BARE_MAGNITUDES + NOT_BARE_MAGNITUDES)
def test_a_qualified_magnitude_alone_with_any_unit(ex, sentence, expected):
    check(ex, sentence, expected)


AFTER_ZERO_WORDS = [  # 零 as the end of a word (找零, 抹零, 清零), not a digit: a number starts after it
    ("售货员找零两元，", [F("两元", "MONEY", 2)]),
    ("结账时抹零八毛钱。", [F("八毛钱", "MONEY", 0.8)]),
    ("病例清零十四天后解除管控。", [F("十四天", "DURATION", "P14D")]),
    ("采购零部件三百件。", [C("三百件", 300, "件")]),  # guard
    ("厂区寻找零件供应商。", []),  # guard
    ("二〇二三年产值增长。", [F("二〇二三年", "DATE", "2023")]),  # guard
]


@pytest.mark.parametrize("sentence,expected", AFTER_ZERO_WORDS)
def test_a_number_after_a_word_ending_in_zero(ex, sentence, expected):
    check(ex, sentence, expected)
