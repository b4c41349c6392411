"""Banks, brokers, insurers, exchanges, regulators and state platform firms of Henan business and
finance news (session 22, N). Sentences written for these tests; the local firms are invented, the
exchanges, regulators and national brokers and insurers are real."""

import pytest

from entity_helpers import ents

CASES = [
    # an exchange by its short name, or its full name that begins with a city, is an ORG
    ("深交所受理了该公司的上市申请。", [("ORG", "深交所")]),
    ("公司股票在北交所挂牌交易。", [("ORG", "北交所")]),
    ("北京证券交易所发布新规。", [("ORG", "北京证券交易所")]),
    ("河南省联合产权交易所完成交易额20亿元。", [("ORG", "河南省联合产权交易所")]),
    # a regulator's office in a province is one ORG with the regulator
    ("中国银保监会河南监管局发布风险提示。", [("ORG", "中国银保监会河南监管局")]),
    ("中国证监会河南监管局召开座谈会。", [("ORG", "中国证监会河南监管局")]),
    # a broker or insurer by its short name, with no cue
    ("华泰证券为该公司提供保荐服务。", [("COMPANY", "华泰证券")]),
    ("太平洋保险推出新的农险产品。", [("COMPANY", "太平洋保险")]),
    ("国泰君安证券担任保荐机构。", [("COMPANY", "国泰君安证券")]),  # guard: the alias keeps 证券
    # a branch office (营业部, 中心支公司) is one name with its firm and place
    ("海通证券洛阳营业部正式开业。", [("COMPANY", "海通证券洛阳营业部")]),
    ("中原期货股份有限公司洛阳营业部开业。", [("COMPANY", "中原期货股份有限公司洛阳营业部")]),
    ("交通银行洛阳分行营业部举行开业仪式。", [("COMPANY", "交通银行洛阳分行营业部")]),
    ("中原农业保险股份有限公司洛阳中心支公司推出小麦保险。",
     [("COMPANY", "中原农业保险股份有限公司洛阳中心支公司")]),
    # a branch office with no firm before it names none (base read 中心支公司 alone as a firm)
    ("该公司在洛阳设立营业部。", [("PLACE", "洛阳")]),  # guard
    ("各保险公司中心支公司负责人参加会议。", []),
    ("太平洋沿岸国家的港口。", [("PLACE", "太平洋")]),  # guard
]


@pytest.mark.parametrize("text,expected", CASES)
def test_finance_entities(text, expected):
    assert [e for e in ents(text) if e[0] != "POSITION"] == expected
