"""Figures of statistical bulletins, transport and local-history texts: speeds written with a
link or per second (no label: a rate per time), rates per mass or area after a physical unit
(no label), train numbers (identifiers), years after 公元 (DATEs) and years of a reign era (no
figure). Every sentence is invented for these tests (SPEC "Conventions for cases the tables above
leave open": rates per time and identifiers are not figures)."""

from __future__ import annotations

import pytest

from test_figures import C, check, ex, F  # ex: the shared fixture


SPEEDS = [  # a length after a speed word, with up to two link words, or after 每秒/每分钟
    ("新线动车组时速最高可达250公里。", []),
    ("景区观光车车速不得超过20公里。", []),
    ("改造后列车时速提升至200公里，", []),
    ("隧道内限速不超过60公里。", []),
    ("当日最大风速达到每秒15米。", []),
    ("河道流速每秒1.8米，", []),
    ("生产线以每分钟12米的速度运转。", []),
    ("试验线全长12公里，时速最高达到600公里。", [F("12公里", "LENGTH", 12000)]),
    ("新修道路8公里，平均每天铺设300米。", [F("8公里", "LENGTH", 8000), F("300米", "LENGTH", 300)]),  # guard: a day's work is a length
    ("大桥最高点距水面45米。", [F("45米", "LENGTH", 45)]),  # guard: 最高 without a speed word
]

RATES_PER_AMOUNT = [  # a physical unit, then / and a mass or area: an intensity or yield, no label
    ("电池包能量密度突破320Wh/kg，", []),
    ("新工艺吨钢电耗降到380千瓦时/吨。", []),
    ("试验田单产达到680公斤/亩，", []),
    ("储能材料比能量提高到260瓦时/千克。", []),
    ("电煤到厂价格为780元/吨。", [F("780元", "MONEY", 780)]),  # guard: money per tonne is a price
    ("项目储能规模50MW/100MWh。", [F("50MW", "POWER", 50000), F("100MWh", "ENERGY", 100000)]),  # guard
]

TRAINS = [  # a Latin letter, digits and 次: a train's number, not N times
    ("记者乘坐G2088次列车抵达洛阳龙门站。", []),
    ("D1830次动车组首发。", []),
    ("旅客可换乘Z202次、T8次列车。", []),
    ("旅客乘坐K506次列车返乡，车程约9小时。", [F("约9小时", "DURATION", "PT9H", q="approx")]),
    ("该线路去冬已开行旅游专列16次。", [C("16次", 16, "次")]),  # guard: a count of runs
]

AD_YEARS = [  # 公元 and 公元前 stay outside; the year is a DATE (astronomical before the era)
    ("公元493年，北魏迁都洛阳。", [F("493年", "DATE", "0493")]),
    ("大运河始凿于公元605年。", [F("605年", "DATE", "0605")]),
    ("早在公元前1046年，周公营建洛邑。", [F("1046年", "DATE", "-1045")]),
    ("公元前256年秦灭东周，距今2200多年。",
     [F("256年", "DATE", "-0255"), F("2200多年", "DURATION", "P2200Y", q="over")]),
    ("公元2024年，全市接待游客1.4亿人次。",  # guard: a year of four digits stays as it was
     [F("2024年", "DATE", "2024"), C("1.4亿人次", 140000000, "人次")]),
]

REIGN_YEARS = [  # N年 right after a reign era: a year of the era, not N years
    ("石窟造像始于北魏太和十八年前后。", []),
    ("碑文记载此桥建于明嘉靖三年。", []),
    ("会馆于清乾隆九年扩建，历时三年。", [F("三年", "DURATION", "P3Y")]),
    ("康熙年间重修后已有300多年。", [F("300多年", "DURATION", "P300Y", q="over")]),  # guard
]

NUMERAL_PAIRS = [  # 一两, 三五 before a unit or a magnitude: a range, not 12 or 35
    ("专班一两周内拿出方案。", [F("一两周", "DURATION", "P1W", lo="P1W", hi="P2W")]),
    ("每村配备一两名网格员。", [C("一两名", 1, "名", lo=1, hi=2)]),
    ("三五年内形成千亿级集群。", [F("三五年", "DURATION", "P3Y", lo="P3Y", hi="P5Y")]),
    ("街区聚集了三五家老字号。", [C("三五家", 3, "家", lo=3, hi=5)]),
    ("农户可申请一两万元贴息贷款。", [F("一两万元", "MONEY", 10000, lo=10000, hi=20000)]),
    ("三五百人的小型招聘会。", [C("三五百人", 300, "人", lo=300, hi=500)]),  # guard: already a range
    ("“十三五”以来成效明显。", []),  # guard: a plan name
]


CALENDAR_DAYS = [  # 日历天, the time limit of a works contract: days
    ("标段计划工期420日历天。", [F("420日历天", "DURATION", "P420D")]),
    ("中标单位承诺工期约600个日历天，", [F("约600个日历天", "DURATION", "P600D", q="approx")]),
    ("总工期由900日历天压缩至720日历天。",
     [F("900日历天", "DURATION", "P900D"), F("720日历天", "DURATION", "P720D")]),
    ("工期120天。", [F("120天", "DURATION", "P120D")]),  # guard: plain days as before
]


@pytest.mark.parametrize("sentence,expected", CALENDAR_DAYS)
def test_calendar_days(ex, sentence, expected):
    check(ex, sentence, expected)


@pytest.mark.parametrize("sentence,expected", NUMERAL_PAIRS)
def test_numeral_pairs_are_ranges(ex, sentence, expected):
    check(ex, sentence, expected)


@pytest.mark.parametrize("sentence,expected", SPEEDS + RATES_PER_AMOUNT + TRAINS + AD_YEARS + REIGN_YEARS)
def test_bulletin_transport_and_history_figures(ex, sentence, expected):
    check(ex, sentence, expected)
