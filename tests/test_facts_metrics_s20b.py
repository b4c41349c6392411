"""Metrics of figures (what a figure measures) in statistical and economic news: differences
from a scope's average, … Invented sentences; spans given explicitly
(``test_facts.figure_table``); only the metrics of the figures named are compared."""

from __future__ import annotations

import pytest

from test_facts import figure_table


def metrics(text, marks, figures):
    got = figure_table(text, marks)
    return {k: got[k][0] for k in figures}


YARDSTICK_CASES = [
    # class: 比<scope>平均…X%快/高/慢 N个百分点: the points measure the sentence's growth rate
    # against the scope (<measure>增速高于<scope>), the yardstick keeps its own name
    ("前三季度，开元县地区生产总值同比增长5.2%，比全省平均水平4.1%快1.1个百分点。",
     [("前三季度", "DATE"), ("开元县", "PLACE"), ("5.2%", "PERCENT"), ("4.1%", "PERCENT"), ("1.1个百分点", "PERCENT")],
     {"5.2%": "地区生产总值增长", "4.1%": "全省平均水平", "1.1个百分点": "地区生产总值增速高于全省"}),
    ("上半年，星河区规模以上工业增加值增长7.5%，比全市平均水平5.0%高2.5个百分点。",
     [("上半年", "DATE"), ("星河区", "PLACE"), ("7.5%", "PERCENT"), ("5.0%", "PERCENT"), ("2.5个百分点", "PERCENT")],
     {"2.5个百分点": "规模以上工业增加值增速高于全市"}),
    ("一季度，全县一般公共预算收入增长9.3%，比全省平均增速6.1%快3.2个百分点。",
     [("一季度", "DATE"), ("9.3%", "PERCENT"), ("6.1%", "PERCENT"), ("3.2个百分点", "PERCENT")],
     {"6.1%": "全省平均增速", "3.2个百分点": "一般公共预算收入增速高于全省"}),
    ("前三季度，开元县农业增加值增长4.1%，比全国平均水平3.4%慢0.7个百分点。",
     [("前三季度", "DATE"), ("开元县", "PLACE"), ("4.1%", "PERCENT"), ("3.4%", "PERCENT"), ("0.7个百分点", "PERCENT")],
     {"0.7个百分点": "农业增加值增速低于全国"}),
    # the rate's change before the yardstick names the same measure (GDP增速加快 -> GDP)
    ("全市GDP增长3.7%，增速比上半年加快0.6个百分点，比全国平均水平3.0%快0.7个百分点。",
     [("3.7%", "PERCENT"), ("上半年", "DATE"), ("0.6个百分点", "PERCENT"), ("3.0%", "PERCENT"), ("0.7个百分点", "PERCENT")],
     {"0.6个百分点": "GDP增速加快", "0.7个百分点": "GDP增速高于全国"}),
    # class: 与<scope>平均增长X%相比，高于<scope>N个百分点: the same, after a clause framing the yardstick
    ("前三季度，全市固定资产投资增长8.6%，与全省平均增长5.9%相比，高于全省2.7个百分点。",
     [("前三季度", "DATE"), ("8.6%", "PERCENT"), ("5.9%", "PERCENT"), ("2.7个百分点", "PERCENT")],
     {"5.9%": "全省平均增长", "2.7个百分点": "固定资产投资增速高于全省"}),
    ("1-10月，星河区社会消费品零售总额增长6.4%，与全市平均增长4.8%相比，高于全市1.6个百分点。",
     [("1-10月", "DATE"), ("星河区", "PLACE"), ("6.4%", "PERCENT"), ("4.8%", "PERCENT"), ("1.6个百分点", "PERCENT")],
     {"1.6个百分点": "社会消费品零售总额增速高于全市"}),
    # class: 增速高于<scope>平均水平(X%)N个百分点: the words the text writes, less the average;
    # the yardstick in brackets is the scope's average rate
    ("全年全县地区生产总值增长5.5%，增速高于全市平均水平（5.0%）0.5个百分点。",
     [("5.5%", "PERCENT"), ("5.0%", "PERCENT"), ("0.5个百分点", "PERCENT")],
     {"5.0%": "全市平均增速", "0.5个百分点": "增速高于全市"}),
    ("上半年，开元县工业投资增长12.1%，增幅高于全省平均水平(8.2%)3.9个百分点。",
     [("上半年", "DATE"), ("开元县", "PLACE"), ("12.1%", "PERCENT"), ("8.2%", "PERCENT"), ("3.9个百分点", "PERCENT")],
     {"8.2%": "全省平均增幅", "3.9个百分点": "增幅高于全省"}),
    # guard: a difference written without a yardstick figure keeps the text's words
    ("上半年，开元县旅游收入同比增长12.5%，高于全省水平3.5个百分点。",
     [("上半年", "DATE"), ("开元县", "PLACE"), ("12.5%", "PERCENT"), ("3.5个百分点", "PERCENT")],
     {"3.5个百分点": "高于全省水平"}),
    # guard: a change against an earlier period is no yardstick
    ("全市社会消费品零售总额增长5.6%，增速较一季度加快1.2个百分点。",
     [("5.6%", "PERCENT"), ("一季度", "DATE"), ("1.2个百分点", "PERCENT")],
     {"1.2个百分点": "社会消费品零售总额增速加快"}),
]


@pytest.mark.parametrize("text, marks, expected", YARDSTICK_CASES)
def test_a_difference_from_a_scope_average_measures_the_growth_rate_against_it(text, marks, expected):
    assert metrics(text, marks, expected) == expected


MONEY_CLASS_CASES = [
    # class: an amount right before 项目 classes the projects counted after it: it measures only
    # a table measure written before it, not the whole's (其中) nor the clause's verb
    ("全市本批开工项目120个，总投资560亿元。其中，亿元以上项目85个，总投资460亿元；10亿元以上项目12个。",
     [("120个", "COUNT"), ("560亿元", "MONEY"), ("亿元以上", "MONEY"), ("85个", "COUNT"), ("460亿元", "MONEY"),
      ("10亿元以上", "MONEY"), ("12个", "COUNT")],
     {"亿元以上": None, "85个": "亿元以上项目", "460亿元": "总投资", "10亿元以上": None}),
    ("今年全市计划实施亿元以上项目320个，总投资2800亿元。",
     [("今年", "DATE"), ("亿元以上", "MONEY"), ("320个", "COUNT"), ("2800亿元", "MONEY")],
     {"亿元以上": None, "320个": "亿元以上项目"}),
    ("开元县签约项目26个，总投资186亿元。其中，5亿元以上项目9个。",
     [("开元县", "PLACE"), ("26个", "COUNT"), ("186亿元", "MONEY"), ("5亿元以上", "MONEY"), ("9个", "COUNT")],
     {"5亿元以上": None, "9个": "5亿元以上项目"}),
    ("今年全县共新开工5000万元以上项目46个，总投资128亿元。",
     [("今年", "DATE"), ("5000万元以上", "MONEY"), ("46个", "COUNT"), ("128亿元", "MONEY")],
     {"5000万元以上": None}),
    # guard: a measure written before the amount stays
    ("星河区集中签约总投资5亿元以上项目12个。",
     [("星河区", "PLACE"), ("5亿元以上", "MONEY"), ("12个", "COUNT")],
     {"5亿元以上": "总投资", "12个": "5亿元以上项目"}),
    # guard: a field line's amount before the next field (项目概况) keeps its field's measure
    ("-项目名称：星河文旅综合体项目\n-投资总额：10亿元\n-项目概况：该项目位于开元县。",
     [("星河文旅综合体项目", "PROJECT"), ("10亿元", "MONEY"), ("开元县", "PLACE")],
     {"10亿元": "总投资"}),
]


@pytest.mark.parametrize("text, marks, expected", MONEY_CLASS_CASES)
def test_an_amount_classing_projects_measures_only_what_is_written_before_it(text, marks, expected):
    assert metrics(text, marks, expected) == expected
