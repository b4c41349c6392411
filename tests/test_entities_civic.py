"""Courts, police, services, outlets and bylines: one row per class fixed (sentences written for
these tests; names of people, firms and places are invented or used only as names)."""

import pytest

from entity_helpers import ents

CASES = [
    # a gang is no firm: a word of crime right before 集团 (generic.tsv qualifier=1)
    ("警方打掉一个涉黑犯罪集团", []),
    ("涧西区公安分局破获一起诈骗集团案", [("ORG", "涧西区公安分局")]),
    # police stations, fire stations, tribunals and observatories are bodies
    ("星河派出所民警赶到现场", [("ORG", "星河派出所")]),
    ("星河消防救援站接警出动", [("ORG", "星河消防救援站")]),
    ("星河法庭公开开庭审理", [("ORG", "星河法庭")]),  # guard: the model knows this one
    ("洛阳市气象台发布预警", [("ORG", "洛阳市气象台")]),
    # titles of courts and forces written out
    ("审判长邹立新宣读判决", [("POSITION", "审判长"), ("PERSON", "邹立新")]),
    ("支队政治委员葛晓梅讲话", [("POSITION", "政治委员"), ("PERSON", "葛晓梅")]),
    # a byline's dateline place is no second name
    ("本报记者 邹立新 南阳报道", [("POSITION", "记者"), ("PERSON", "邹立新"), ("PLACE", "南阳")]),
    ("记者 邹立新 葛晓梅", [("POSITION", "记者"), ("PERSON", "邹立新"), ("PERSON", "葛晓梅")]),  # guard
    # a verb after a word for firms is no brand (为企业降低物流成本), and a conjunction right
    # before a head leaves it no name (政府和银行)
    ("帮助企业降低物流成本", []),
    ("每年为企业节省检测费用", []),
    ("推动金融机构和银行合作", []),
    # an adverb after a title's name is no part of it (王某正在)
    ("县长邹刚正在现场调研", [("POSITION", "县长"), ("PERSON", "邹刚")]),
    ("县长邹立新正在现场调研", [("POSITION", "县长"), ("PERSON", "邹立新")]),  # guard
    ("局长邹文正表示同意", [("POSITION", "局长"), ("PERSON", "邹文正")]),  # guard
    ("县委书记邹正陪同调研", [("POSITION", "县委书记"), ("PERSON", "邹正")]),  # guard: 正 ends given names
    ("记者 邹建正 报道", [("POSITION", "记者"), ("PERSON", "邹建正")]),  # guard
    # outlets: the 报 of 报道 ends no outlet's name; Hong Kong papers are outlets
    ("据澎湃新闻报道，工程已开工", [("ORG", "澎湃新闻")]),
    ("据大公报报道，客流增加", [("ORG", "大公报")]),
    # a scope before a kind of institution opens the clause: no name (全市|三级医院)
    ("全市三级医院达到12家", []),
    ("全县改扩建乡镇卫生院30所", []),
    # government service centres and offices compose with a level and a place (org_bodies.tsv)
    ("洛阳市社会保险中心发布通知", [("ORG", "洛阳市社会保险中心")]),
    ("洛阳市就业创业服务中心组织招聘", [("ORG", "洛阳市就业创业服务中心")]),
    ("市价格监测中心主任葛晓梅介绍", [("ORG", "市价格监测中心"), ("POSITION", "主任"), ("PERSON", "葛晓梅")]),
    ("县招生办发布公告", [("ORG", "县招生办")]),
    # 完成 ends a project's name on its left (boundaries.tsv)
    ("累计完成伊河沿岸生态廊道建设30公里", [("PROJECT", "伊河沿岸生态廊道")]),
    # national platforms and Henan brands the press names bare (companies.tsv)
    ("京东在当地的销售额增长两成", [("COMPANY", "京东")]),
    ("胖东来新店开业", [("COMPANY", "胖东来")]),
    # a code of letters and digits holds no name (G20 in G207)
    ("G207国道改造工程开工", [("PROJECT", "G207国道改造工程")]),  # (the works on a numbered road: roads.route_roads)
    # Hong Kong, Macau and Taiwan titles and bodies (positions.tsv, org_bodies.tsv, organisations.tsv)
    ("區議員鄒立新表示支持", [("POSITION", "區議員"), ("PERSON", "鄒立新")]),
    ("立法委員葛曉梅參訪洛陽", [("POSITION", "立法委員"), ("PERSON", "葛曉梅"), ("PLACE", "洛陽")]),
    ("洛陽市台灣事務辦公室主任鄒立新出席",
     [("ORG", "洛陽市台灣事務辦公室"), ("POSITION", "主任"), ("PERSON", "鄒立新")]),
    ("香港河南同鄉會會長葛曉梅致辭", [("ORG", "香港河南同鄉會"), ("POSITION", "會長"), ("PERSON", "葛曉梅")]),
    ("星河旅行社組織遊客", [("COMPANY", "星河旅行社")]),
    # a verb of visiting ends a name on its left (遊覽|某景區)
    ("遊客遊覽龍門石窟景區", [("PLACE", "龍門石窟景區")]),
    # a verb of presenting after a name is no part of it (王某作报告)
    ("市长邹刚作报告", [("POSITION", "市长"), ("PERSON", "邹刚")]),
    # a Hong Kong paper's name inside a reporter's name and 报道 is none (王明|报道)
    ("记者邹明报道", [("POSITION", "记者"), ("PERSON", "邹明")]),  # guard
    # a level character that begins a word (市民, 市场) leaves the place its name
    ("洛阳市民出行更方便", [("PLACE", "洛阳")]),
    ("洛阳市场供应充足", [("PLACE", "洛阳")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_civic_table(text, expected):
    assert ents(text) == expected
