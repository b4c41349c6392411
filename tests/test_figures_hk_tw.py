"""Figures in Hong Kong, Macau and Taiwan writing, traditional and simplified (invented
sentences): currency written after 元 or as a symbol, 民国 years, hours with minutes, 近 as
"the most recent", and counts whose counted noun the sentence implies."""

import pytest

from luoyang_nlp import FIGURE_LABELS, extract


def _figures(text: str) -> list[tuple]:
    doc = extract(text, published="2025-04-20")
    return [(s.text, s.label, s.value, s.unit, s.qualifier) for s in doc.spans if s.label in FIGURE_LABELS]


MONEY = [
    ("該公司擬投入約250億元新台幣擴建廠房。", [("約250億元新台幣", "MONEY", 25000000000, "TWD", "approx")]),
    ("合作基金规模达8亿元美金。", [("8亿元美金", "MONEY", 800000000, "USD", None)]),
    ("贊助款共120萬元台幣。", [("120萬元台幣", "MONEY", 1200000, "TWD", None)]),
    ("展館造價約3000萬澳門幣。", [("約3000萬澳門幣", "MONEY", 30000000, "MOP", "approx")]),
    ("首期出资NT$12亿。", [("NT$12亿", "MONEY", 1200000000, "TWD", None)]),
    ("集團承諾捐出約HK$2億。", [("約HK$2億", "MONEY", 200000000, "HKD", "approx")]),
    ("两地合作项目约4亿元港币。", [("约4亿元港币", "MONEY", 400000000, "HKD", "approx")]),  # guard
    ("签约金额约6亿元人民币。", [("约6亿元", "MONEY", 600000000, "CNY", "approx")]),  # guard
]


@pytest.mark.parametrize("text, expected", MONEY)
def test_currency_after_yuan_and_symbols(text, expected):
    assert _figures(text) == expected


IMPLIED = [
    ("春節期間景區接待遊客約86萬。", [("約86萬", "COUNT", 860000, "人次", "approx")]),
    ("该机场全年旅客吞吐量达1250万。", [("1250万", "COUNT", 12500000, "人次", None)]),
    ("當日入園人次約3.4萬。", [("約3.4萬", "COUNT", 34000, "人次", "approx")]),
    ("黄金周客流量超过210万。", [("超过210万", "COUNT", 2100000, "人次", "over")]),
    ("港口货物吞吐量达4200万。", []),  # guard: goods are no visits
    ("接待游客86万人次。", [("86万人次", "COUNT", 860000, "人次", None)]),  # guard
]


@pytest.mark.parametrize("text, expected", IMPLIED)
def test_tourism_and_transport_counts_with_the_noun_implied(text, expected):
    assert _figures(text) == expected


HOURS = [
    ("直航班機飛行時間約1小時50分鐘。", [("約1小時50分鐘", "DURATION", "PT1H50M", "ISO8601", "approx")]),
    ("高铁单程仅需4小时15分。", [("4小时15分", "DURATION", "PT4H15M", "ISO8601", None)]),
    ("车程约两小时二十分钟。", [("约两小时二十分钟", "DURATION", "PT2H20M", "ISO8601", "approx")]),
    ("排隊3小時，評分95分。", [("3小時", "DURATION", "PT3H", "ISO8601", None)]),  # guard: a score is no minutes
]


@pytest.mark.parametrize("text, expected", HOURS)
def test_hours_and_minutes_are_one_duration(text, expected):
    assert _figures(text) == expected


ROC = [
    ("民國113年台南市觀光人次創新高。", [("113年", "DATE", "2024", "ISO8601", None)]),
    ("民国112年底该园区完工。", [("112年", "DATE", "2023", "ISO8601", None)]),
    ("特展自民國114年3月1日起展出。", [("114年3月1日", "DATE", "2025-03-01", "ISO8601", None)]),
    ("中華民國成立於民國元年，該館預計115年啟用。", [("115年", "DATE", "2026", "ISO8601", None)]),
    ("民國99年起，已有105年歷史的老店重新開張。", [("99年", "DATE", "2010", "ISO8601", None),
                                        ("105年", "DURATION", "P105Y", "ISO8601", None)]),
    ("这家老字号已经营113年。", [("113年", "DURATION", "P113Y", "ISO8601", None)]),  # guard: no 民国
]


@pytest.mark.parametrize("text, expected", ROC)
def test_roc_years_are_dates(text, expected):
    assert _figures(text) == expected


RECENT = [
    ("近三年，嵩縣旅遊收入年均增長9%。", [("三年", "DURATION", "P3Y", "ISO8601", None),
                                ("9%", "PERCENT", 9, "%", None)]),
    ("全区近5年来新增企业。", [("5年", "DURATION", "P5Y", "ISO8601", None)]),
    ("工程历时近四年建成。", [("近四年", "DURATION", "P4Y", "ISO8601", "nearly")]),  # guard: nearly
    ("营收近3亿元。", [("近3亿元", "MONEY", 300000000, "CNY", "nearly")]),  # guard
]


@pytest.mark.parametrize("text, expected", RECENT)
def test_jin_as_most_recent_is_no_qualifier(text, expected):
    assert _figures(text) == expected


def test_jin_before_minutes_stays_nearly():  # guard
    assert _figures("在近40分鐘的車程裡，") == [("近40分鐘", "DURATION", "PT40M", "ISO8601", "nearly")]
