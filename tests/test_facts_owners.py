"""Owners of figures in shapes where another named party stands nearer the figure than its
owner: a yardstick of a comparison, a trade partner (facts_cues.tsv compare, compare_with …
compared, partner). Invented sentences; spans given explicitly (``test_facts.figure_table``)."""

from __future__ import annotations

import pytest

from test_facts import figure_table

OWNER_CASES = [
    # class: a place or party after a comparison word is the yardstick, not the owner
    ("1—9月，星河市GDP增速比临川市高0.4个百分点。",
     [("1—9月", "DATE"), ("星河市", "PLACE"), ("临川市", "PLACE"), ("0.4个百分点", "PERCENT")],
     {"0.4个百分点": "星河市"}),
    ("前三季度，开元县工业投资增速较伊水县低1.8个百分点。",
     [("前三季度", "DATE"), ("开元县", "PLACE"), ("伊水县", "PLACE"), ("1.8个百分点", "PERCENT")],
     {"1.8个百分点": "开元县"}),
    ("今年以来，星河市GDP增速与临川市相比高0.4个百分点。",
     [("今年", "DATE"), ("星河市", "PLACE"), ("临川市", "PLACE"), ("0.4个百分点", "PERCENT")],
     {"0.4个百分点": "星河市"}),
    ("前三季度，星河市GDP增速比临川、开元分别高0.3和0.5个百分点。",
     [("前三季度", "DATE"), ("星河市", "PLACE"), ("临川", "PLACE"), ("开元", "PLACE"), ("0.3", "PERCENT"),
      ("0.5个百分点", "PERCENT")],
     {"0.3": "星河市", "0.5个百分点": "星河市"}),
    # the party traded with (对, 向, 自) is not the owner; a body too
    ("1—9月，星河市对巴西出口7.4亿元。",
     [("1—9月", "DATE"), ("星河市", "PLACE"), ("巴西", "PLACE"), ("7.4亿元", "MONEY")],
     {"7.4亿元": "星河市"}),
    ("1—9月，星河市向欧盟出口9.1亿元。",
     [("1—9月", "DATE"), ("星河市", "PLACE"), ("欧盟", "ORG"), ("9.1亿元", "MONEY")],
     {"9.1亿元": "星河市"}),
    ("1—9月，星河市自智利进口铜精矿3.3亿元。",
     [("1—9月", "DATE"), ("星河市", "PLACE"), ("智利", "PLACE"), ("3.3亿元", "MONEY")],
     {"3.3亿元": "星河市"}),
    # a breakdown by partner of a whole with no named owner: no owner, not the last partner
    ("1—9月，全市进出口总值90.5亿元，其中对巴西进出口6.5亿元，对东盟进出口8.8亿元。",
     [("1—9月", "DATE"), ("90.5亿元", "MONEY"), ("巴西", "PLACE"), ("6.5亿元", "MONEY"), ("东盟", "ORG"),
      ("8.8亿元", "MONEY")],
     {"6.5亿元": None, "8.8亿元": None}),
    # guard: a comparison word before the place that then owns its own figure list
    ("前三季度，开元县、伊水县工业投资分别增长7.5%和6.1%。",
     [("前三季度", "DATE"), ("开元县", "PLACE"), ("伊水县", "PLACE"), ("7.5%", "PERCENT"), ("6.1%", "PERCENT")],
     {"7.5%": "开元县", "6.1%": "伊水县"}),
    # guard: 高于 before the yardstick (the difference is the topic's)
    ("1—9月，星河市GDP增长5.6%，高于临川市0.2个百分点。",
     [("1—9月", "DATE"), ("星河市", "PLACE"), ("5.6%", "PERCENT"), ("临川市", "PLACE"), ("0.2个百分点", "PERCENT")],
     {"5.6%": "星河市", "0.2个百分点": "星河市"}),
]


OWNER_CASES += [
    # class: a territory opening a clause (a county by its short name, a zone, a town) owns
    # it, not the firm carried from the sentence before
    ("某某机械有限公司今年营业收入48亿元。长葛今年规上工业增加值增长8.2%。",
     [("某某机械有限公司", "COMPANY"), ("今年", "DATE"), ("48亿元", "MONEY"), ("长葛", "PLACE"), ("今年", "DATE"),
      ("8.2%", "PERCENT")],
     {"48亿元": "某某机械有限公司", "8.2%": "长葛"}),
    ("某某机械有限公司投资6.5亿元。许昌高新区今年新签约项目23个。",
     [("某某机械有限公司", "COMPANY"), ("6.5亿元", "MONEY"), ("许昌高新区", "PLACE"), ("今年", "DATE"),
      ("23个", "COUNT")],
     {"23个": "许昌高新区"}),
    ("某某机械有限公司投资6.5亿元。岳滩镇今年引进企业11家。",
     [("某某机械有限公司", "COMPANY"), ("6.5亿元", "MONEY"), ("岳滩镇", "PLACE"), ("今年", "DATE"), ("11家", "COUNT")],
     {"11家": "岳滩镇"}),
    # guard: a firm's region abroad or its sales region stays the firm's
    ("某某矿业集团今年营业收入900亿元。同时，智利铜产量12万吨。",
     [("某某矿业集团", "COMPANY"), ("今年", "DATE"), ("900亿元", "MONEY"), ("智利", "PLACE"), ("12万吨", "MASS")],
     {"12万吨": "某某矿业集团"}),
]


@pytest.mark.parametrize("text, marks, expected", OWNER_CASES)
def test_owner_is_not_the_yardstick_or_partner(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][1] for k in expected} == expected


RATE_CASES = [
    # class: owners listed before a measure and its rate (metrics.tsv rate) and 分别: the
    # i-th owner takes the i-th figure, each with the measure's rate
    ("前三季度，开元县、伊水县地区生产总值增速分别为6.3%、5.2%。",
     [("前三季度", "DATE"), ("开元县", "PLACE"), ("伊水县", "PLACE"), ("6.3%", "PERCENT"), ("5.2%", "PERCENT")],
     {"6.3%": ("地区生产总值增速", "开元县"), "5.2%": ("地区生产总值增速", "伊水县")}),
    ("前三季度，开元县、伊水县GDP增幅分别为6.3%和5.2%。",
     [("前三季度", "DATE"), ("开元县", "PLACE"), ("伊水县", "PLACE"), ("6.3%", "PERCENT"), ("5.2%", "PERCENT")],
     {"6.3%": ("GDP增幅", "开元县"), "5.2%": ("GDP增幅", "伊水县")}),
    ("今年，开元县和伊水县的固定资产投资增长率分别为9.4%、3.8%。",
     [("今年", "DATE"), ("开元县", "PLACE"), ("伊水县", "PLACE"), ("9.4%", "PERCENT"), ("3.8%", "PERCENT")],
     {"9.4%": ("固定资产投资增长率", "开元县"), "3.8%": ("固定资产投资增长率", "伊水县")}),
    # guard: the growth word after 分别, as before
    ("前三季度，开元县、伊水县地区生产总值分别增长6.3%、5.2%。",
     [("前三季度", "DATE"), ("开元县", "PLACE"), ("伊水县", "PLACE"), ("6.3%", "PERCENT"), ("5.2%", "PERCENT")],
     {"6.3%": ("地区生产总值增长", "开元县"), "5.2%": ("地区生产总值增长", "伊水县")}),
]


@pytest.mark.parametrize("text, marks, expected", RATE_CASES)
def test_owners_listed_before_a_rate_take_their_figures(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][:2] for k in expected} == expected


CHANGE_CASES = [
    # class: a change naming no measure after one that names none either takes no growth
    # word twice (not 增长增长, 下降下降, 增速增速加快)
    ("前三季度，开元县增长6.1%，伊水县增长4.9%，临川县下降0.7%。",
     [("前三季度", "DATE"), ("开元县", "PLACE"), ("6.1%", "PERCENT"), ("伊水县", "PLACE"), ("4.9%", "PERCENT"),
      ("临川县", "PLACE"), ("0.7%", "PERCENT")],
     {"6.1%": "增长", "4.9%": "增长", "0.7%": "下降"}),
    ("全市工业增加值增速比一季度加快0.4个百分点，比上年加快0.9个百分点。",
     [("一季度", "DATE"), ("0.4个百分点", "PERCENT"), ("上年", "DATE"), ("0.9个百分点", "PERCENT")],
     {"0.4个百分点": "工业增加值增速加快", "0.9个百分点": "工业增加值增速加快"}),
    # a difference in percentage points after a growth rate changes the rate (增速提高)
    ("前三季度，全市农业增加值增长4.4%，比上半年提高0.3个百分点。",
     [("前三季度", "DATE"), ("4.4%", "PERCENT"), ("上半年", "DATE"), ("0.3个百分点", "PERCENT")],
     {"4.4%": "农业增加值增长", "0.3个百分点": "农业增加值增速提高"}),
    # guard: the reported form already names the rate (加快 -> 增速加快)
    ("前三季度，全市农业增加值增长4.4%，比上半年加快0.3个百分点。",
     [("前三季度", "DATE"), ("4.4%", "PERCENT"), ("上半年", "DATE"), ("0.3个百分点", "PERCENT")],
     {"0.3个百分点": "农业增加值增速加快"}),
    # guard: a change of a rate in points is the rate's, named in its clause (城镇化率提高)
    ("全区常住人口城镇化率61.2%，比上年末提高0.9个百分点。",
     [("61.2%", "PERCENT"), ("上年", "DATE"), ("0.9个百分点", "PERCENT")],
     {"0.9个百分点": "常住人口城镇化率提高"}),
]


@pytest.mark.parametrize("text, marks, expected", CHANGE_CASES)
def test_changes_without_a_measure_of_their_own(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][0] for k in expected} == expected


PROJECT_CASES = [
    # class: the hall a signing is held in is where, not the project the totals belong to
    ("10月18日，重点项目集中签约仪式在开元国际会展中心举行，共签约项目27个，总投资196.4亿元。",
     [("10月18日", "DATE"), ("开元国际会展中心", "PROJECT"), ("27个", "COUNT"), ("196.4亿元", "MONEY")],
     {"27个": None, "196.4亿元": None}),
    # class: the project this sentence signs, not the firm carried from the sentence before
    ("某某纺织有限公司投资5亿元建设纺织产业园项目。某某食品签约冷链物流产业园项目，总投资7.6亿元。",
     [("某某纺织有限公司", "COMPANY"), ("5亿元", "MONEY"), ("纺织产业园项目", "PROJECT"), ("冷链物流产业园项目", "PROJECT"),
      ("7.6亿元", "MONEY")],
     {"5亿元": "某某纺织有限公司", "7.6亿元": "冷链物流产业园项目"}),
    # guard: a project acted on in the firm's own sentence
    ("某某纺织有限公司签约纺织产业园项目，总投资7.6亿元。",
     [("某某纺织有限公司", "COMPANY"), ("纺织产业园项目", "PROJECT"), ("7.6亿元", "MONEY")],
     {"7.6亿元": "纺织产业园项目"}),
]


@pytest.mark.parametrize("text, marks, expected", PROJECT_CASES)
def test_signed_totals_go_to_the_project_signed_not_the_venue(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][1] for k in expected} == expected
