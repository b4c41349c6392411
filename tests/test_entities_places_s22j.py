"""Villages and communities under a town or subdistrict the lexicon knows, foreign cities in
transliteration after a travel or trade verb and their country, names that stop at a
government verb, towns whose 长 follows a county's 县, community service centres with no place,
rivers named after the two they join, a model's place before 湖景区, and 设立 inside a model's
firm, management centres and a congress's standing committee in full, 宜居/宜业, a subdistrict
office's communities and extension stations (session 22, J). Sentences written for these tests; the villages, communities
and figures are invented."""

import pytest

from entity_helpers import ents

CASES = [
    # a village or community after a town or subdistrict the lexicon lists is a PLACE of its own
    ("瀍河回族区北窑街道史家湾社区新建老年食堂。",
     [("PLACE", "瀍河回族区"), ("PLACE", "北窑街道"), ("PLACE", "史家湾社区")]),
    ("老城区西关街道青年宫社区开展邻里节活动。",
     [("PLACE", "老城区"), ("PLACE", "西关街道"), ("PLACE", "青年宫社区")]),
    ("偃师区首阳山街道后杜楼村建成村史馆。",
     [("PLACE", "偃师区"), ("PLACE", "首阳山街道"), ("PLACE", "后杜楼村")]),
    # … a community named after a road or a square is the community, not the road or the square
    ("西工区王城路街道凯旋路社区举办趣味运动会。",
     [("PLACE", "西工区"), ("PLACE", "王城路街道"), ("PLACE", "凯旋路社区")]),
    ("涧西区湖北路街道广场社区组织义诊。",
     [("PLACE", "涧西区"), ("PLACE", "湖北路街道"), ("PLACE", "广场社区")]),
    # … a village of one family name after a town
    ("宜阳县张坞镇王村建成红薯加工厂。",
     [("PLACE", "宜阳县"), ("PLACE", "张坞镇"), ("PLACE", "王村")]),
    ("孟津区白鹤镇范村建成葡萄采摘园。", [("PLACE", "孟津区"), ("PLACE", "白鹤镇"), ("PLACE", "范村")]),
    # guards: 村 beginning another word after a town names no village
    ("汝阳县小店镇村民人均收入增长8%。", [("PLACE", "汝阳县"), ("PLACE", "小店镇")]),  # guard
    ("汝阳县小店镇各村都建了文化广场。", [("PLACE", "汝阳县"), ("PLACE", "小店镇")]),  # guard
    # a city written in transliteration after its country and a verb of going or selling
    ("洛阳艾草制品远销比利时布鲁塞尔。", [("PLACE", "洛阳"), ("PLACE", "比利时"), ("PLACE", "布鲁塞尔")]),
    ("河南代表团前往白俄罗斯明斯克考察。", [("PLACE", "河南"), ("PLACE", "白俄罗斯"), ("PLACE", "明斯克")]),
    ("省长一行访问德国杜塞尔多夫市。",
     [("POSITION", "省长"), ("PLACE", "德国"), ("PLACE", "杜塞尔多夫市")]),  # guard: its 市 stays
    # guard: a firm after its country follows no such verb
    ("与德国巴斯夫、美国陶氏等企业合作。", [("COMPANY", "德国巴斯夫"), ("COMPANY", "美国陶氏")]),  # guard
    # a name read back from its head stops at a government verb (批复, 印发, 下达)
    ("国家发改委批复郑州都市圈发展规划。", [("ORG", "国家发改委"), ("PLACE", "郑州都市圈")]),
    ("省财政厅下达嵩县中医院补助资金。", [("ORG", "省财政厅"), ("ORG", "嵩县中医院")]),
    ("省政府办公厅印发洛阳市中心医院改革方案。", [("ORG", "省政府办公厅"), ("ORG", "洛阳市中心医院")]),
    # 县长/市长/区长 whose 长 begins a town or subdistrict the lexicon lists is no title
    ("洛宁县长水镇新建苹果冷库2座。", [("PLACE", "洛宁县"), ("PLACE", "长水镇")]),
    ("商城县长竹园乡茶园面积达5万亩。", [("PLACE", "商城县"), ("PLACE", "长竹园乡")]),
    ("平桥区长台关乡举办甜柿采摘节。", [("PLACE", "平桥区"), ("PLACE", "长台关乡")]),
    ("洛宁县长王明主持会议。", [("PLACE", "洛宁"), ("POSITION", "县长"), ("PERSON", "王明")]),  # guard
    # a service centre every community has names no body without its place
    ("街道新建养老服务中心3个。", []),
    ("村里建成党群服务中心。", []),
    ("县医院与社区卫生服务中心签约。", []),
    ("涧西区党群服务中心投入使用。", [("ORG", "涧西区党群服务中心")]),  # guard
    # a river named after the two it joins (洪河 + 汝河)
    ("洪汝河流域防洪体系持续完善。", [("PLACE", "洪汝河")]),
    ("唐白河两岸建成生态廊道。", [("PLACE", "唐白河")]),
    # … two with the city's 市
    ("代表团访问法国图尔市。", [("PLACE", "法国"), ("PLACE", "图尔市")]),
    ("代表团前往意大利米兰市考察。", [("PLACE", "意大利"), ("PLACE", "米兰市")]),
    # the model's place before 湖景区 takes the lake's 湖 and the area word (one PLACE)
    ("南湾湖景区今年接待游客200万人次。", [("PLACE", "南湾湖景区")]),
    # where a firm sets up a branch (在某国某市设立分公司) names no firm
    ("某集团在德国汉堡设立公司。", [("PLACE", "德国")]),
    ("某公司在美国休斯敦设立分公司。", [("PLACE", "美国")]),
    # a management centre is a body (管理中心: heads.tsv), the places in its name stay inside
    ("黄河小浪底水利枢纽管理中心开展汛前调度。", [("ORG", "黄河小浪底水利枢纽管理中心")]),
    ("河口村水库管理中心完成除险加固。", [("ORG", "河口村水库管理中心")]),
    ("伊川县城市管理中心开展环境整治。", [("ORG", "伊川县城市管理中心")]),
    # a people's congress's standing committee written in full is one body
    ("嵩县人民代表大会常务委员会召开第五次会议。", [("ORG", "嵩县人民代表大会常务委员会")]),
    ("洛阳市人民代表大会常务委员会作出决定。", [("ORG", "洛阳市人民代表大会常务委员会")]),
    # 宜居, 宜业 (fit to live, to work in) are no places, whatever the model reads in 宜
    ("宜居洛阳建设成效显著。", [("PLACE", "洛阳")]),
    ("宜居孟津正在成为现实。", [("PLACE", "孟津")]),
    ("宜居栾川吸引游客。", [("PLACE", "栾川")]),
    # a community after its subdistrict's office, with its residents' committee, is one body
    ("伊川县城关街道办事处槐庄社区居委会换届选举顺利完成。",
     [("ORG", "伊川县城关街道办事处"), ("ORG", "槐庄社区居委会")]),
    ("老城区西关街道办事处青年宫社区居委会组织活动。",
     [("ORG", "老城区西关街道办事处"), ("ORG", "青年宫社区居委会")]),
    # extension and monitoring stations are bodies
    ("宜阳县农业技术推广站开展培训。", [("ORG", "宜阳县农业技术推广站")]),
    ("洛阳市环境监测站发布空气质量报告。", [("ORG", "洛阳市环境监测站")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_places_under_towns_foreign_cities_verbs(text, expected):
    assert ents(text) == expected
