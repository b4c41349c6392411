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
    # a state platform firm: 投资 followed only by common words (投资发展, 投资开发) stays in the name
    ("洛阳国宏投资发展有限公司完成融资。", [("COMPANY", "洛阳国宏投资发展有限公司")]),
    ("洛阳市投资发展有限公司发行债券。", [("COMPANY", "洛阳市投资发展有限公司")]),
    ("洛阳洛龙科技园投资开发有限公司负责园区建设。", [("COMPANY", "洛阳洛龙科技园投资开发有限公司")]),
    # … and a zone before such common words is the platform's own name, not where a firm is
    ("洛阳高新区投资发展有限公司完成投资。", [("COMPANY", "洛阳高新区投资发展有限公司")]),
    ("洛阳经开区城市建设投资有限公司发行债券。", [("COMPANY", "洛阳经开区城市建设投资有限公司")]),
    ("郑州航空港区建设投资集团有限公司签约。", [("COMPANY", "郑州航空港区建设投资集团有限公司")]),
    # guards: a firm with a brand after a zone is still apart from it; a firm word before 投资
    ("洛阳高新区瑞峰科技有限公司投产。", [("PLACE", "洛阳高新区"), ("COMPANY", "瑞峰科技有限公司")]),  # guard
    ("该集团投资开发公司的新项目。", []),  # guard
    ("洛阳国宏投资集团完成融资。", [("COMPANY", "洛阳国宏投资集团")]),  # guard
    # a scope, an area overseen or a kind of local bank before a firm's head names no firm
    ("全市上市公司数量达到16家。", []),
    ("河南证监局对辖区上市公司开展检查。", [("ORG", "河南证监局")]),
    ("辖区银行机构贷款余额增长。", []),
    ("宜阳县农村信用合作联社改制为农商银行。", [("ORG", "宜阳县农村信用合作联社")]),
    ("全省村镇银行资产增长。", []),
    # guards: a place before the kind of bank names one
    ("洛阳农商银行今年发放涉农贷款。", [("COMPANY", "洛阳农商银行")]),  # guard
    ("孟津民丰村镇银行新增贷款。", [("COMPANY", "孟津民丰村镇银行")]),  # guard
    # an engineering firm named in full (某某环境工程有限公司) and later without 工程 is the firm,
    # no project
    ("洛阳瑞昌环境工程有限公司完成增资。瑞昌环境表示将加大研发投入。",
     [("COMPANY", "洛阳瑞昌环境工程有限公司"), ("COMPANY", "瑞昌环境")]),
    ("洛阳中重自动化工程有限责任公司中标，中重自动化负责设计。",
     [("COMPANY", "洛阳中重自动化工程有限责任公司"), ("COMPANY", "中重自动化")]),
    ("河南天成建设工程有限公司中标。天成建设负责施工。",
     [("COMPANY", "河南天成建设工程有限公司"), ("COMPANY", "天成建设")]),
    # guards: a works named before and later without its word stays a project; a generic firm name
    ("洛阳市伊河生态修复工程完工。伊河生态修复效果明显。",
     [("PROJECT", "洛阳市伊河生态修复工程"), ("PROJECT", "伊河生态修复")]),  # guard
    ("洛阳城市建设工程有限公司成立。城市建设要坚持规划引领。", [("COMPANY", "洛阳城市建设工程有限公司")]),  # guard
    # an association's branch in a city is one ORG with it
    ("河南省中小企业发展促进会洛阳分会成立。", [("ORG", "河南省中小企业发展促进会洛阳分会")]),
    ("中国机械工程学会洛阳分会召开年会。", [("ORG", "中国机械工程学会洛阳分会")]),
    ("在洛阳成立分会。", [("PLACE", "洛阳")]),  # guard
]


@pytest.mark.parametrize("text,expected", CASES)
def test_finance_entities(text, expected):
    assert [e for e in ents(text) if e[0] != "POSITION"] == expected
