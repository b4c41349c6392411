"""Figures of the Taiwan and Hong Kong press and of headlines: their unit words (公尺, 公噸,
坪, 平方呎) and a qualifier before a bare magnitude with any unit (逾千万人次). Every sentence
is invented for these tests (SPEC "Conventions for cases the tables above leave open")."""

from __future__ import annotations

from fractions import Fraction

import pytest

from luoyang_nlp import Extractor

from test_figures import F, check


@pytest.fixture(scope="module")
def ex():
    return Extractor(entities=False, facts=False)


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
