"""Owners, metrics and dates of figures in penalty and incident news, dated comparisons,
per-unit prices and lists after 分别 (facts_cues.tsv passive, penalty, fine, penalised,
incident; metrics.tsv). Invented sentences; spans given explicitly (``test_facts.figure_table``)."""

from __future__ import annotations

import pytest

from test_facts import figure_table

PENALTY_CASES = [
    # class: the agent of a passive (X被Y罚款) is not the owner; the party fined is
    ("星河县某某化工有限公司被星河县应急管理局罚款6万元。",
     [("星河县某某化工有限公司", "COMPANY"), ("星河县应急管理局", "ORG"), ("6万元", "MONEY")],
     {"6万元": ("罚款", "星河县某某化工有限公司")}),
    ("开元商贸有限公司因销售过期食品被开元县市场监管局处以罚款9000元。",
     [("开元商贸有限公司", "COMPANY"), ("开元县市场监管局", "ORG"), ("9000元", "MONEY")],
     {"9000元": ("罚款", "开元商贸有限公司")}),
    # class: a penalty a court or bureau imposes on an unnamed party is no figure of the body
    ("临川区人民法院判处被告人刘某有期徒刑四年，并处罚金8万元。",
     [("临川区人民法院", "ORG"), ("四年", "DURATION"), ("8万元", "MONEY")],
     {"四年": ("有期徒刑", None), "8万元": ("罚金", None)}),
    ("伊水县自然资源局依法没收违法所得4万元，并处罚款1万元。",
     [("伊水县自然资源局", "ORG"), ("4万元", "MONEY"), ("1万元", "MONEY")],
     {"4万元": ("违法所得", None), "1万元": ("罚款", None)}),
    ("星河区市场监管局对一家超市处以罚款2万元。",
     [("星河区市场监管局", "ORG"), ("2万元", "MONEY")],
     {"2万元": ("罚款", None)}),
    # class: a measure of an incident or case is not the figure of the body that responds
    ("开元县消防救援大队赶赴现场处置，过火面积约600平方米。",
     [("开元县消防救援大队", "ORG"), ("约600平方米", "AREA")],
     {"约600平方米": ("过火面积", None)}),
    ("临川县公安局破获一起电信诈骗案，涉案金额260万元。",
     [("临川县公安局", "ORG"), ("260万元", "MONEY")],
     {"260万元": ("涉案金额", None)}),
    # guard: the active form names the party fined right before the fine
    ("星河县应急管理局对星河县某某化工有限公司罚款6万元。",
     [("星河县应急管理局", "ORG"), ("星河县某某化工有限公司", "COMPANY"), ("6万元", "MONEY")],
     {"6万元": ("罚款", "星河县某某化工有限公司")}),
    # guard: a court's or bureau's own figures stay its own
    ("临川区人民法院今年审结案件3200件。",
     [("临川区人民法院", "ORG"), ("今年", "DATE"), ("3200件", "COUNT")],
     {"3200件": ("审结案件", "临川区人民法院")}),
    ("开元县消防救援大队出动消防车5辆。",
     [("开元县消防救援大队", "ORG"), ("5辆", "COUNT")],
     {"5辆": ("出动消防车", "开元县消防救援大队")}),
]


@pytest.mark.parametrize("text, marks, expected", PENALTY_CASES)
def test_penalties_belong_to_the_party_penalised(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][:2] for k in expected} == expected


COMPARED_CASES = [
    # class: a dated comparison (比2019年同期, 较去年同期, 与去年同期相比) is no part of the
    # metric, and the date compared with is no date of the figure
    ("全县旅游收入比2019年同期增长31.2%。",
     [("2019年", "DATE"), ("31.2%", "PERCENT")],
     {"31.2%": ("旅游收入增长", None)}),
    ("全县旅游收入较去年同期增长31.2%。",
     [("去年", "DATE"), ("31.2%", "PERCENT")],
     {"31.2%": ("旅游收入增长", None)}),
    ("全县旅游收入与去年同期相比增长31.2%。",
     [("去年", "DATE"), ("31.2%", "PERCENT")],
     {"31.2%": ("旅游收入增长", None)}),
    ("1—8月，全县社会消费品零售总额与2022年同期相比增长4.6%。",
     [("1—8月", "DATE"), ("2022年", "DATE"), ("4.6%", "PERCENT")],
     {"4.6%": ("社会消费品零售总额增长", "1—8月")}),
    # guard: a compared period after the date (去年国庆假期) goes up to the change word
    ("国庆假期，全县商贸企业实现销售额3.6亿元，较去年国庆假期增长7.4%。",
     [("3.6亿元", "MONEY"), ("去年", "DATE"), ("7.4%", "PERCENT")],
     {"7.4%": ("销售额增长", None)}),
    # a change of a rate after a dated comparison: the rate once (增速回升, not 增速增速加快)
    ("全县规上工业增加值增速比上半年加快0.4个百分点。",
     [("上半年", "DATE"), ("0.4个百分点", "PERCENT")],
     {"0.4个百分点": ("规上工业增加值增速加快", None)}),  # (规上 stays: s23-b)
    ("全县社零额增长6.1%，较一季度回升0.5个百分点。",
     [("6.1%", "PERCENT"), ("一季度", "DATE"), ("0.5个百分点", "PERCENT")],
     {"0.5个百分点": ("社零额增速回升", None)}),
    # guard: an undated comparison word stays a filler
    ("全县旅游收入比上年同期增长31.2%。",
     [("31.2%", "PERCENT")],
     {"31.2%": ("旅游收入增长", None)}),
]


@pytest.mark.parametrize("text, marks, expected", COMPARED_CASES)
def test_a_dated_comparison_is_no_metric_nor_date(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: (got[k][0], got[k][2]) for k in expected} == expected


PER_UNIT_CASES = [
    # class: the unit a price or standard is given per (每公斤, 每人每月) is no part of the
    # metric, also after 为 or a verb of change; 上调 is a change
    ("全县牛肉价格为每公斤68.4元。",
     [("68.4元", "MONEY")],
     {"68.4元": "牛肉价格"}),
    ("全县农村低保标准提高到每人每月520元。",
     [("520元", "MONEY")],
     {"520元": "农村低保标准"}),
    ("全县城市低保标准为每人每月710元。",
     [("710元", "MONEY")],
     {"710元": "城市低保标准"}),
    ("0号柴油最高零售价为每升6.95元。",
     [("6.95元", "MONEY")],
     {"6.95元": "0号柴油最高零售价"}),
    ("小麦收购价格为每吨2460元，比去年同期每吨下降180元。",
     [("2460元", "MONEY"), ("去年", "DATE"), ("180元", "MONEY")],
     {"2460元": "小麦收购价格", "180元": "小麦收购价格下降"}),
    ("全县退休人员基本养老金上调2.5%。",
     [("2.5%", "PERCENT")],
     {"2.5%": "退休人员基本养老金上调"}),
    # guard: a price written with a slash keeps its measure
    ("全县牛肉价格为68.4元/公斤。",
     [("68.4元", "MONEY")],
     {"68.4元": "牛肉价格"}),
]


@pytest.mark.parametrize("text, marks, expected", PER_UNIT_CASES)
def test_a_per_unit_is_no_part_of_the_metric(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][0] for k in expected} == expected


STAGE_CASES = [
    # class: a stage word inside a measure of no project (签约率, 免疫规划…接种率) gives no stage
    ("全县家庭医生签约率达到52.3%。",
     [("52.3%", "PERCENT")],
     {"52.3%": None}),
    ("全县适龄儿童免疫规划疫苗接种率保持在96%以上。",
     [("96%以上", "PERCENT")],
     {"96%以上": None}),
    # guard: counted projects keep the stage their measure names
    ("今年全县签约项目18个，总投资95亿元。",
     [("今年", "DATE"), ("18个", "COUNT"), ("95亿元", "MONEY")],
     {"18个": "签约", "95亿元": "签约"}),
    # guard: a sum of what is signed keeps its stage (a rate only gives none)
    ("今年全县签约项目18个，签约总额95亿元。",
     [("今年", "DATE"), ("18个", "COUNT"), ("95亿元", "MONEY")],
     {"18个": "签约", "95亿元": "签约"}),
]


# a total of a listed group of places (甲、乙、丙三区…合计) has no single owner, and the count of
# the places is no part of its measure; 被 inside a noun stays in a measure (棉被)
GROUP_CASES = [
    ("伊川、汝阳、洛宁三县粮食产量合计86.5万吨。",
     [("伊川", "PLACE"), ("汝阳", "PLACE"), ("洛宁", "PLACE"), ("86.5万吨", "MASS")],
     {"86.5万吨": ("粮食产量", None)}),
    ("老城、西工、瀍河三区社会消费品零售总额合计增长4.6%。",
     [("老城", "PLACE"), ("西工", "PLACE"), ("瀍河", "PLACE"), ("4.6%", "PERCENT")],
     {"4.6%": ("社会消费品零售总额增长", None)}),
    ("调拨棉被3000条。", [("3000条", "COUNT")], {"3000条": ("调拨棉被", None)}),  # guard
]


@pytest.mark.parametrize("text, marks, expected", GROUP_CASES)
def test_a_listed_group_has_no_single_owner(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][:2] for k in expected} == expected


@pytest.mark.parametrize("text, marks, expected", STAGE_CASES)
def test_a_stage_word_inside_a_measure_is_no_stage(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][3] for k in expected} == expected
