"""Figure error classes of meeting reports and statistical bulletins, one table per class.
Every sentence is invented for these tests; rows marked ``# guard`` hold what already worked
and must keep working, every other row failed before its fix (SPEC "Figure labels" and
"Conventions for cases the tables above leave open")."""

from __future__ import annotations

import pytest

from test_figures import C, check, class_rows, ex, F  # ex: the shared fixture


CLASSES = {
    # 十一届八次全会 is the eighth session of the eleventh term: an ordinal written without 第
    # (SPEC: ordinals are not figures; data/figure_cues.tsv kinds session, session_body, session_meeting)
    "session ordinals without 第": [
        ("县委召开十五届七次全会", []),
        ("区政协召开九届十一次常委会议", []),
        ("该县十八届人大三次会议闭幕", []),
        ("镇党委召开六届四次全体会议", []),
        ("公司二届董事会十五次会议审议通过", []),
        ("出席十四届全国人大常委会三次会议", []),
        ("学习贯彻第十二届五次全会精神", []),
        ("本届共举办4次培训", [C("4次", 4, "次")]),  # guard: no term numeral
        ("连续三届举办5次大会", [C("5次", 5, "次")]),  # guard: a verb between term and count
        ("党委第8次会议", []),  # guard: the ordinal with 第
    ],
    # 前10个月 is the year's first ten months, as 今年前10个月 and 前三季度 are (a range of months;
    # SPEC conventions: 前三季度 is a range 2024-Q1..2024-Q3), where it opens a clause or follows
    # a scope word; after other words it stays a duration (提前3个月)
    "the first months of a year without a year word": [
        ("前9个月，全县外贸进出口增长", "2024-11-25", [F("前9个月", "DATE", "2024-01", lo="2024-01", hi="2024-09")]),
        ("前七个月，全区税收回升", "2024-11-25", [F("前七个月", "DATE", "2024-01", lo="2024-01", hi="2024-07")]),
        ("据统计，前两个月全县出口回升", "2024-11-25", [F("前两个月", "DATE", "2024-01", lo="2024-01", hi="2024-02")]),
        ("全县前11个月新增市场主体", "2024-12-20", [F("前11个月", "DATE", "2024-01", lo="2024-01", hi="2024-11")]),
        ("前6个月，全县工业用电增长", None, [F("前6个月", "DATE", "XXXX-01", lo="XXXX-01", hi="XXXX-06")]),
        ("今年前7月，全县税收回升", "2024-11-25", [F("今年前7月", "DATE", "2024-01", lo="2024-01", hi="2024-07")]),
        ("前9月，全区出口回升", "2024-11-25", [F("前9月", "DATE", "2024-01", lo="2024-01", hi="2024-09")]),
        ("今年前10个月，全县税收增长", "2024-11-25", [F("今年前10个月", "DATE", "2024-01", lo="2024-01", hi="2024-10")]),  # guard
        ("该工程提前4个月完工", None, [F("4个月", "DURATION", "P4M")]),  # guard: 提前, a duration
        ("企业上市前6个月业绩平稳", None, [F("6个月", "DURATION", "P6M")]),  # guard: 前 as "before"
        ("项目前5个月完成投资", None, [F("5个月", "DURATION", "P5M")]),  # guard: a project's months
    ],
    # items written N个 before a 个百分点 written once share it (SPEC conventions: bare numbers in a
    # list share the list's unit, 分别加快0.8和1.0个百分点); the span keeps its 个
    "a list of N个 items sharing 个百分点": [
        ("增速分别高于全省2.4个和0.7个百分点", [F("2.4个", "PERCENT", 2.4, "pp"), F("0.7个百分点", "PERCENT", 0.7, "pp")]),
        ("增速分别回落0.3个、1.1个百分点", [F("0.3个", "PERCENT", 0.3, "pp"), F("1.1个百分点", "PERCENT", 1.1, "pp")]),
        ("分别拉动增长1个、2个和4个百分点", [F("1个", "PERCENT", 1, "pp"), F("2个", "PERCENT", 2, "pp"),
                                       F("4个百分点", "PERCENT", 4, "pp")]),
        ("分别提高一点四个和二点二个百分点", [F("一点四个", "PERCENT", 1.4, "pp"), F("二点二个百分点", "PERCENT", 2.2, "pp")]),
        ("分别高于全省2.4和0.7个百分点", [F("2.4", "PERCENT", 2.4, "pp"), F("0.7个百分点", "PERCENT", 0.7, "pp")]),  # guard
        ("新建车间3个和5个月后投用", [C("3个", 3, "个"), F("5个月", "DURATION", "P5M")]),  # guard: a duration shares nothing
        ("新增企业3个和项目5个", [C("3个", 3, "个"), C("5个", 5, "个")]),  # guard
    ],
    # classifiers of manufactured goods are COUNT units (SPEC: COUNT with its classifier), not where
    # they open another word (data/units.tsv next!=, next=)
    "classifiers of manufactured goods": [
        ("该厂年产运动鞋2亿双", [C("2亿双", 200000000, "双")]),
        ("年产软胶囊30亿粒，", [C("30亿粒", 3000000000, "粒")]),
        ("小区新装充电桩860根", [C("860根", 860, "根")]),
        ("年产罐头食品12万罐", [C("12万罐", 120000, "罐")]),
        ("年产彩涂板800卷", [C("800卷", 800, "卷")]),
        ("年产丝绸3万匹，", [C("3万匹", 30000, "匹")]),
        ("年产太阳镜150万副", [C("150万副", 1500000, "副")]),
        ("捐赠800副手套", [C("800副", 800, "副")]),
        ("融入十四五双循环格局", []),  # guard (next!=): 双循环
        ("采购1.5匹空调", []),  # guard (next!=): a rating of an air conditioner
        ("新增3副市长", []),  # guard (next=): a title
        ("送上一双棉鞋", []),  # guard: the determiner 一
    ],
    # 十种有色金属 names a statistic (SPEC: numbers that are part of a name are not figures)
    "a statistic named with a number": [
        ("全县十种有色金属产量增长", []),
        ("十种常用有色金属产量回升", []),
        ("全县有色金属共十种", [C("十种", 10, "种")]),  # guard: a count of kinds
    ],
    # standard coal equivalent stays a mass of standard coal (MASS, kg), as the project's gold reads
    # it; SPEC has no row for it under ENERGY
    "standard coal stays a mass": [
        ("年节约标准煤约3万吨", [F("约3万吨", "MASS", 30000000, q="approx")]),  # guard
    ],
}

ROWS, IDS = class_rows(CLASSES)


@pytest.mark.parametrize("cls, sentence, published, expected", ROWS, ids=IDS)
def test_bulletin_class(ex, cls, sentence, published, expected):
    check(ex, sentence, expected, published)
