"""Figures of regional economic news (helper s22d): 上 before a bare magnitude (上万人, 上千家: one
vague number, no qualifier), two-digit years where the words around make them years (24年底,
截至23年, 24年上半年), N×power of generating units (2×66万千瓦: their sum), ranges whose second
end gives a magnitude back to the unit (10至20万千瓦) or is a magnitude word (五到十亿元), and
school years written with a slash (2023/2024学年). Traditional-script twins read the same. Every
sentence is invented for these tests."""

from __future__ import annotations

import pytest

from test_figures import C, F, check, ex  # noqa: F401  (ex: the shared fixture)


SHANG = [  # 上 + 百/千/万/亿 (or 百万, 千万): as many as that; 上 is in the span, no qualifier
    ("活动当天吸引上万人次参与。", [C("上万人次", 10000, "人次")]),
    ("全县已有上千家农户加入合作社。", [C("上千家", 1000, "家")]),
    ("上百家企业带着上千个岗位来到现场。", [C("上百家", 100, "家"), C("上千个", 1000, "个")]),
    ("直播带货吸引上百万人观看。", [C("上百万人", 1000000, "人")]),
    ("争取上亿元资金支持。", [F("上亿元", "MONEY", 100000000)]),
    ("全縣已有上千家農戶加入合作社。", [C("上千家", 1000, "家")]),  # traditional twin
    ("会上千名代表举手表决。", []),  # guard: 会上 (at the meeting) + 千名 is no figure here
    ("近千家商户参与促销。", [C("近千家", 1000, "家", q="nearly")]),  # guard: as before
]

SHORT_YEARS = [  # NN年 with a part of the year after it, or after 截至/回顾: the year 20NN
    ("截至24年底，全县建成高标准农田56万亩。",
     [F("24年", "DATE", "2024"), F("56万亩", "AREA", 373333333.3333333)]),
    ("24年上半年，全省新增就业62万人。", [F("24年上半年", "DATE", "2024-H1"), C("62万人", 620000, "人")]),
    ("23年三季度，企业利润增长8%。", [F("23年三季度", "DATE", "2023-Q3"), F("8%", "PERCENT", 8)]),
    ("25年3月，项目开工。", [F("25年3月", "DATE", "2025-03")]),
    ("回顾23年，全区完成投资320亿元。", [F("23年", "DATE", "2023"), F("320亿元", "MONEY", 32000000000)]),
    ("24年，全市GDP增长5.1%。", [F("24年", "DATE", "2024"), F("5.1%", "PERCENT", 5.1)]),
    ("24年上半年，全省新增就業62萬人。", [F("24年上半年", "DATE", "2024-H1"), C("62萬人", 620000, "人")]),
    ("他在这里工作了24年，见证了变化。", [F("24年", "DURATION", "P24Y")]),  # guard: a span of time
    ("24年来，他坚守岗位。", [F("24年", "DURATION", "P24Y")]),  # guard: 来
    ("该合同期限24年。", [F("24年", "DURATION", "P24Y")]),  # guard
]

SHORT_YEARS_PUBLISHED = [  # the century from the publication date
    ("截至98年底，全县有企业12家。", "2001-03-01", [F("98年", "DATE", "1998"), C("12家", 12, "家")]),
    ("截至24年底，全县有企业12家。", "2025-03-01", [F("24年", "DATE", "2024"), C("12家", 12, "家")]),
]

UNITS_TIMES = [  # N×power: N generating units of that size, the sum in one span
    ("规划建设2×66万千瓦燃煤机组。", [F("2×66万千瓦", "POWER", 1320000)]),
    ("新建4×35万千瓦热电联产机组。", [F("4×35万千瓦", "POWER", 1400000)]),
    ("拥有2×30万千瓦供热机组和1×60万千瓦发电机组。",
     [F("2×30万千瓦", "POWER", 600000), F("1×60万千瓦", "POWER", 600000)]),
    ("規劃建設2×66萬千瓦燃煤機組。", [F("2×66萬千瓦", "POWER", 1320000)]),  # traditional twin
    ("一期安装2台100万千瓦机组。", [C("2台", 2, "台"), F("100万千瓦", "POWER", 1000000)]),  # guard
]

RANGE_ENDS = [  # the second end of a range: a magnitude given back to the unit, or a magnitude word
    ("装机容量10至20万千瓦。", [F("10至20万千瓦", "POWER", 100000, lo=100000, hi=200000)]),
    ("单机出力300到500千瓦。", [F("300到500千瓦", "POWER", 300, lo=300, hi=500)]),  # guard
    ("投资五到十亿元。", [F("五到十亿元", "MONEY", 500000000, lo=500000000, hi=1000000000)]),
    ("带动就业三到十万人。", [C("三到十万人", 30000, "人", lo=30000, hi=100000)]),
    ("投資五到十億元。", [F("五到十億元", "MONEY", 500000000, lo=500000000, hi=1000000000)]),  # twin
    ("投资3至5亿元。", [F("3至5亿元", "MONEY", 300000000, lo=300000000, hi=500000000)]),  # guard
]

SCHOOL_YEARS = [  # 2023/2024学年: a range of years
    ("2023/2024学年度全校共有学生3200人。",
     [F("2023/2024", "DATE", "2023", lo="2023", hi="2024"), C("3200人", 3200, "人")]),
    ("2024/2025学年，全市新增学位1.2万个。",
     [F("2024/2025", "DATE", "2024", lo="2024", hi="2025"), C("1.2万个", 12000, "个")]),
    ("2023—2024学年全市共有在校生45万人。",  # guard
     [F("2023—2024", "DATE", "2023", lo="2023", hi="2024"), C("45万人", 450000, "人")]),
]


@pytest.mark.parametrize("sentence,expected", SHANG + SHORT_YEARS + UNITS_TIMES + RANGE_ENDS + SCHOOL_YEARS)
def test_s22d_figures(ex, sentence, expected):
    check(ex, sentence, expected)


@pytest.mark.parametrize("sentence,published,expected", SHORT_YEARS_PUBLISHED)
def test_s22d_short_years_published(ex, sentence, published, expected):
    check(ex, sentence, expected, published)


CLOCK_TIMES = [  # hours, minutes and seconds (a race result): one DURATION
    ("冠军成绩为2小时15分32秒。", [F("2小时15分32秒", "DURATION", "PT2H15M32S")]),
    ("他以3分28秒的成绩夺冠。", [F("3分28秒", "DURATION", "PT3M28S")]),
    ("女子组冠军成绩2小时31分08秒。", [F("2小时31分08秒", "DURATION", "PT2H31M8S")]),
    ("比赛用时48分15秒。", [F("48分15秒", "DURATION", "PT48M15S")]),
    ("救援人员用时1小时20分钟抵达现场。", [F("1小时20分钟", "DURATION", "PT1H20M")]),  # guard
    ("倒计时30秒。", [F("30秒", "DURATION", "PT30S")]),  # guard
]


@pytest.mark.parametrize("sentence,expected", CLOCK_TIMES)
def test_s22d_clock_times(ex, sentence, expected):
    check(ex, sentence, expected)


RELATIVE_MONTH_DAYS = [  # 本月/上月/下月 and a day: a day of that month
    ("本月15日，展会开幕。", "2024-10-16", [F("本月15日", "DATE", "2024-10-15")]),
    ("上月20日，项目开工。", "2024-10-16", [F("上月20日", "DATE", "2024-09-20")]),
    ("下月5号起实施新规。", "2024-12-16", [F("下月5号", "DATE", "2025-01-05")]),
    ("本月15日，展会开幕。", None, [F("本月15日", "DATE", "XXXX-XX-15")]),
    ("上月，全市出口增长3%。", "2024-10-16", [F("上月", "DATE", "2024-09"), F("3%", "PERCENT", 3)]),  # guard
    ("本月底前完成备案。", "2024-10-16", [F("本月", "DATE", "2024-10")]),  # guard: 底 stays outside
]


@pytest.mark.parametrize("sentence,published,expected", RELATIVE_MONTH_DAYS)
def test_s22d_relative_month_days(ex, sentence, published, expected):
    check(ex, sentence, expected, published)
