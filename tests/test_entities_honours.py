"""Development zones named by a county (某县产业集聚区, SPEC: PROJECT), the verbs (moving in,
directing work) that end their names on the left, and titles of honour: a
quoted name that an award list makes (荣获“…”称号) is no body or project; places in it stay.
Sentences written for these tests."""

import pytest

from entity_helpers import ents

from luoyang_nlp.entities.honours import Honours

CASES = [
    # 产业集聚区 after a county or a name: the whole is the zone
    ("该企业去年迁入汝州市产业集聚区", [("PROJECT", "汝州市产业集聚区")]),
    ("签约项目落户宝丰县高端装备集聚区", [("PROJECT", "宝丰县高端装备集聚区")]),
    ("产业集聚区是县域经济的重要载体", []),  # the kind, named by nothing
    # verbs of moving in end a name on its left (boundaries.tsv)
    ("三家企业进驻鲁山县产业集聚区", [("PROJECT", "鲁山县产业集聚区")]),
    ("总部已迁至郏县产业园", [("PROJECT", "郏县产业园")]),
    # and verbs of directing work (部署, 督导)
    ("会议研究部署鹤壁市智能装备产业园规划工作", [("PROJECT", "鹤壁市智能装备产业园")]),
    ("工作组督导南召县产业集聚区安全生产", [("PROJECT", "南召县产业集聚区")]),
    ("掌声欢迎星河房地产开发有限公司总经理致辞", [("COMPANY", "星河房地产开发有限公司"), ("POSITION", "总经理")]),
    ("市发改委指导市物流行业协会开展培训", [("ORG", "市发改委"), ("ORG", "市物流行业协会")]),
    # and the marks of a dispatch (本报讯, 日电) and of a source (据悉)
    ("本报讯星河市第二人民医院开展义诊", [("ORG", "星河市第二人民医院")]),
    ("据悉星河市第二人民医院新院区开工", [("ORG", "星河市第二人民医院")]),
    ("新华社郑州6月2日电星河市第二人民医院开展义诊",
     [("ORG", "新华社"), ("PLACE", "郑州"), ("ORG", "星河市第二人民医院")]),
    # titles of honour: after-cue (称号, 荣誉称号, 殊荣) and before-cue (荣获, 被评为)
    ("园区获得“湖北省十佳产业集聚区”称号", [("PLACE", "湖北省")]),
    ("先后获评“江西省优秀产业园区”“江西省示范产业园”等荣誉", [("PLACE", "江西省"), ("PLACE", "江西省")]),
    ("该园区去年被评为“安徽省特色产业园区(新材料)”", [("PLACE", "安徽省")]),
    # an epithet (美誉, 之称, 招牌) is one too; the national word opening a title is its level
    ("洛阳享有“中国牡丹城”的美誉", [("PLACE", "洛阳")]),
    ("许昌市擦亮“中国发制品名城”的招牌", [("PLACE", "许昌市")]),
    ("栾川被命名为“中国钼都”", [("PLACE", "栾川")]),
    ("正阳县被誉为“中国花生之乡”", [("PLACE", "正阳县")]),
    ("汝州号称“中国汝瓷之都”", [("PLACE", "汝州")]),
    # outside an award list a quoted name is a name
    ("他说“许昌市产业集聚区”今年招商成效明显", [("PROJECT", "许昌市产业集聚区")]),
    ("记者走进“信阳市产业园”看到企业正在赶订单", [("PROJECT", "信阳市产业园")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_zones_and_honours(text, expected):
    assert ents(text) == expected


TITLES = [
    ("荣获“A优秀园区”称号", ["“A优秀园区”"]),
    ("先后荣获“甲”“乙”、“丙”等国家级荣誉", ["“甲”", "“乙”", "“丙”"]),
    ("被评为「先进单位」和「示范基地」", ["「先进单位」", "「示范基地」"]),
    ("被授予了\"模范集体\"", ["\"模范集体\""]),
    ("素有“某某粮仓”之称", ["“某某粮仓”"]),
    ("被誉为“某某之乡”", ["“某某之乡”"]),
    ("又称为“甲”", ["“甲”"]),
    ("他说“甲园区”建得好", []),
    ("无引号的荣誉称号", []),
]


@pytest.mark.parametrize("text,expected", TITLES)
def test_titles_of_honour(text, expected):
    assert [text[a:b] for a, b in Honours().titles(text)] == expected


def test_drop_awards_keeps_places_and_bodies_inside_a_title():
    text = "荣获“某市科技局重点实验室”称号"
    a = text.index("某")
    spans = [(a, a + 2, "PLACE"), (a, a + 5, "ORG"), (a, text.index("”"), "ORG"), (a + 5, text.index("”"), "PROJECT")]
    h = Honours()
    assert h.drop_awards(text, spans, h.titles(text)) == spans[:2]
