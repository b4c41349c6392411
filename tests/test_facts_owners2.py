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
