"""Facts in government work reports and target lists: a scope word whose place is written
only inside a government ORG, targets after a date opener, long plan indicators, alternative
and elliptic targets, event totals, and Taiwan / Hong Kong growth wording. Invented
sentences; spans given explicitly (``test_facts.figure_table``)."""

from __future__ import annotations

import pytest

from test_facts import figure_table

GOVERNMENT_CASES = [
    # class: 全区/全县 with its place written only inside a government ORG (某区政府工作报告,
    # 某县人民政府县长): the scope word stands for that ORG
    ("开元区政府工作报告显示，全区地区生产总值380亿元。",
     [("开元区政府", "ORG"), ("380亿元", "MONEY")],
     {"380亿元": ("地区生产总值", "开元区政府")}),
    ("星河县人民政府县长王立在报告中说，2024年，全县生产总值达到290亿元，增长5%。",
     [("星河县人民政府", "ORG"), ("县长", "POSITION"), ("王立", "PERSON"), ("2024年", "DATE"),
      ("290亿元", "MONEY"), ("5%", "PERCENT")],
     {"290亿元": ("生产总值", "星河县人民政府"), "5%": ("生产总值增长", "星河县人民政府")}),
    # guard: a place of that level written keeps it
    ("开元区政府工作报告显示，开元区地区生产总值380亿元。",
     [("开元区政府", "ORG"), ("开元区", "PLACE"), ("380亿元", "MONEY")],
     {"380亿元": ("地区生产总值", "开元区")}),
    # guard: a government of another level is not what 全县 stands for
    ("开元市政府工作报告显示，全县地区生产总值380亿元。",
     [("开元市政府", "ORG"), ("380亿元", "MONEY")],
     {"380亿元": ("地区生产总值", None)}),
]


def _check(text, marks, expected):
    got = figure_table(text, marks)
    for fig, (metric, subject) in expected.items():
        assert (got[fig][0], got[fig][1]) == (metric, subject), (fig, got[fig])


@pytest.mark.parametrize("text,marks,expected", GOVERNMENT_CASES)
def test_scope_word_takes_the_government_its_place_is_written_in(text, marks, expected):
    _check(text, marks, expected)


DATE_FRAME_CASES = [
    # class: a sentence opening with a date clause that names nothing else (今年，…; 今年的主要
    # 预期目标是：…) keeps the place carried from before for its counts and the rates after them
    ("开元县地区生产总值完成260亿元。今年，地区生产总值增长6%，城镇新增就业1.2万人，居民消费价格涨幅3%左右。",
     [("开元县", "PLACE"), ("260亿元", "MONEY"), ("今年", "DATE"), ("6%", "PERCENT"), ("1.2万人", "COUNT"),
      ("3%左右", "PERCENT")],
     {"1.2万人": ("城镇新增就业", "开元县"), "3%左右": ("居民消费价格涨幅", "开元县")}),
    ("开元县地区生产总值完成260亿元。今年的主要预期目标是：新增市场主体5000户，建设高标准农田8万亩。",
     [("开元县", "PLACE"), ("260亿元", "MONEY"), ("今年", "DATE"), ("5000户", "COUNT"), ("8万亩", "AREA")],
     {"5000户": ("新增市场主体", "开元县"), "8万亩": ("建设高标准农田", "开元县")}),
    # guard: a date opening a clause about an unnamed group stops the carry
    ("开元县地区生产总值完成260亿元。今年首批开工的36个重点项目已完成投资86亿元。",
     [("开元县", "PLACE"), ("260亿元", "MONEY"), ("今年", "DATE"), ("36个", "COUNT"), ("86亿元", "MONEY")],
     {"86亿元": ("已完成投资", None)}),
]


@pytest.mark.parametrize("text,marks,expected", DATE_FRAME_CASES)
def test_a_date_clause_alone_keeps_the_carried_place(text, marks, expected):
    _check(text, marks, expected)


INDICATOR_CASES = [
    # class: a plan indicator's name over ten characters keeps its whole name (indicator_head)
    ("开元县每万人口发明专利拥有量达到9.5件。",
     [("开元县", "PLACE"), ("9.5件", "COUNT")], {"9.5件": ("每万人口发明专利拥有量", "开元县")}),
    ("开元县劳动年龄人口平均受教育年限达到10.8年。",
     [("开元县", "PLACE"), ("10.8年", "DURATION")], {"10.8年": ("劳动年龄人口平均受教育年限", "开元县")}),
    ("开元县高技术产业增加值占规模以上工业增加值比重达到26%。",
     [("开元县", "PLACE"), ("26%", "PERCENT")], {"26%": ("高技术产业增加值占规模以上工业增加值比重", "开元县")}),
    ("开元县每千人口医疗卫生机构床位数达到6.4张。",
     [("开元县", "PLACE"), ("6.4张", "COUNT")], {"6.4张": ("每千人口医疗卫生机构床位数", "开元县")}),
    # guard: a long phrase with another head names no measure
    ("开元县坚持以人民为中心推动高质量发展取得新成效达到8项。",
     [("开元县", "PLACE"), ("8项", "COUNT")], {"8项": (None, "开元县")}),
]


@pytest.mark.parametrize("text,marks,expected", INDICATOR_CASES)
def test_a_long_plan_indicator_keeps_its_name(text, marks, expected):
    _check(text, marks, expected)


ASPIRED_CASES = [
    # class: a clause of a target only (力争, 确保 + 达到 at most) restates the target before it
    ("开元县规模以上工业增加值增长7%，力争8%。",
     [("开元县", "PLACE"), ("7%", "PERCENT"), ("8%", "PERCENT")], {"8%": ("规模以上工业增加值增长", "开元县")}),
    ("开元县确保社会消费品零售总额增长5%，力争达到150亿元。",
     [("开元县", "PLACE"), ("5%", "PERCENT"), ("150亿元", "MONEY")], {"150亿元": ("社会消费品零售总额", "开元县")}),
    # guard: a clause naming its own measure keeps it
    ("开元县规模以上工业增加值增长7%，力争固定资产投资增长9%。",
     [("开元县", "PLACE"), ("7%", "PERCENT"), ("9%", "PERCENT")], {"9%": ("固定资产投资增长", "开元县")}),
]


@pytest.mark.parametrize("text,marks,expected", ASPIRED_CASES)
def test_an_aspired_target_restates_the_one_before(text, marks, expected):
    _check(text, marks, expected)


TAIWAN_HK_CASES = [
    # class: Taiwan 年增/年减 and Hong Kong 按季: the change of the measure before, 年减 a 下降
    ("星河古寺去年接待游客约280万人次，年增约11%。",
     [("星河古寺", "PLACE"), ("去年", "DATE"), ("约280万人次", "COUNT"), ("约11%", "PERCENT")], {"约11%": ("接待游客增长", "星河古寺")}),
    ("星河市进口值达新台币1500亿元，年减5.2%。",
     [("星河市", "PLACE"), ("新台币1500亿元", "MONEY"), ("5.2%", "PERCENT")], {"5.2%": ("进口值下降", "星河市")}),
    ("星河市零售收入按季增长4%。",
     [("星河市", "PLACE"), ("4%", "PERCENT")], {"4%": ("零售收入增长", "星河市")}),
]


@pytest.mark.parametrize("text,marks,expected", TAIWAN_HK_CASES)
def test_taiwan_and_hong_kong_changes_name_the_measure(text, marks, expected):
    _check(text, marks, expected)
