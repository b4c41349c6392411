"""Project spans of construction news (session 22, G): a part of a project written after its
name, a project word before a road named from A to B, an ordinal institution with its place,
and a facility body with its works. Sentences and names written for these tests."""

import pytest

from entity_helpers import ents

CASES = [
    # a part of the project after 项目 (地下厂房, 标准化厂房, 主体工程) is no part of its name
    ("栾川抽水蓄能电站项目地下厂房开挖完成。", [("PROJECT", "栾川抽水蓄能电站项目")]),
    ("瀍河智能装备产业园项目标准化厂房全部封顶。", [("PROJECT", "瀍河智能装备产业园项目")]),
    ("现场，中州时代二号基地项目主体工程已经完工。", [("PROJECT", "中州时代二号基地项目")]),
    # … and 项目 alone with a part names nothing
    ("目前，项目配套工程正在加紧施工。", []),
    ("据介绍，项目主体工程已完成九成。", []),
    # a road from A to B after 重点项目 begins at A; its 连接线项目 is one name with it
    ("省重点项目宜阳至汝州高速公路项目开工建设。", [("PROJECT", "宜阳至汝州高速公路项目")]),
    ("重点工程开封至周口城际铁路项目通车。", [("PROJECT", "开封至周口城际铁路项目")]),
    ("嵩县至栾川高速公路连接线项目完成路基施工。", [("PROJECT", "嵩县至栾川高速公路连接线项目")]),
    # an ordinal institution is named with its place (the place's third hospital)
    ("新乡市第三人民医院门诊楼项目竣工。", [("PROJECT", "新乡市第三人民医院门诊楼项目")]),
    ("许昌市第二水厂扩建工程完工通水。", [("PROJECT", "许昌市第二水厂扩建工程")]),
    ("汝阳县第二污水处理厂项目完成验收。", [("PROJECT", "汝阳县第二污水处理厂项目")]),
    # … as are a city's central hospital and its youth centre
    ("南阳市中心医院新院区项目主体封顶。", [("PROJECT", "南阳市中心医院新院区项目")]),
    ("平顶山市青少年活动中心项目建成开放。", [("PROJECT", "平顶山市青少年活动中心项目")]),
    # a facility body right before its works and 项目/工程 is one PROJECT with them
    ("嵩县第二高级中学新建项目主体完工。", [("PROJECT", "嵩县第二高级中学新建项目")]),
    ("孟津区急救中心项目建成投用。", [("PROJECT", "孟津区急救中心项目")]),
    ("周口市疾控中心新建项目投用。", [("PROJECT", "周口市疾控中心新建项目")]),
    # works on a scenic area with their phase or works word are a PROJECT, not the area (a PLACE)
    ("栾川县龙潭峡景区二期工程开工。", [("PLACE", "栾川县"), ("PROJECT", "龙潭峡景区二期工程")]),
    ("天河洞景区二期项目完成投资。", [("PROJECT", "天河洞景区二期项目")]),
    ("黑龙潭景区扩建工程启动。", [("PROJECT", "黑龙潭景区扩建工程")]),
    ("嵩县白云山景区游客络绎不绝。", [("PLACE", "嵩县"), ("PLACE", "白云山景区")]),  # guard
    # a word holding a boundary character (数据 holds 据, 稀有 有, 供给 给) does not cut a name
    ("许昌大数据产业园项目一期投用。", [("PROJECT", "许昌大数据产业园项目一期")]),
    ("中国电信郑州数据中心项目二期开工。", [("PROJECT", "中国电信郑州数据中心项目二期")]),
    ("宜阳县供给侧改革示范园项目签约。", [("PLACE", "宜阳县"), ("PROJECT", "供给侧改革示范园项目")]),
    ("嵩县稀有金属产业园项目签约。", [("PLACE", "嵩县"), ("PROJECT", "稀有金属产业园项目")]),
    # works named by their route from A to B begin at A
    ("开封至商丘天然气长输管道项目投运。", [("PROJECT", "开封至商丘天然气长输管道项目")]),
    ("周口至驻马店成品油管道工程开工。", [("PROJECT", "周口至驻马店成品油管道工程")]),
    ("南阳至信阳500千伏输电线路工程完工。", [("PROJECT", "南阳至信阳500千伏输电线路工程")]),
    # a firm's site before a capacity is a PROJECT; a place after the firm is its own span
    ("宇通郑州基地年产10万辆客车项目投产。", [("PROJECT", "宇通郑州基地")]),
    ("双汇股份漯河年屠宰100万头生猪项目建成。", [("COMPANY", "双汇股份"), ("PLACE", "漯河")]),
    # a phase and a works word before the project word stay in the name
    ("南阳机场二期扩建工程开工。", [("PROJECT", "南阳机场二期扩建工程")]),
    ("信阳明港机场三期改扩建工程完工。", [("PROJECT", "信阳明港机场三期改扩建工程")]),
    # a metro line's project word joins it (not its 项目部, a team)
    ("许昌市城市轨道交通1号线项目开工。", [("PROJECT", "许昌市城市轨道交通1号线项目")]),
    ("郑州地铁10号线工程开通。", [("PROJECT", "郑州地铁10号线工程")]),
    ("开封地铁2号线项目部组织应急演练。", [("PROJECT", "开封地铁2号线")]),  # guard
    # a city's experimental school and funeral home are named with the city
    ("许昌市实验小学东城校区项目投用。", [("PROJECT", "许昌市实验小学东城校区项目")]),
    ("焦作市殡仪馆迁建项目开工。", [("PROJECT", "焦作市殡仪馆迁建项目")]),
    # a project named by a magnitude and its product, listed, is a PROJECT (SPEC: 百万吨乙烯)
    ("推动某某新能源基地、百万吨乙烯两大项目落地。", [("PROJECT", "百万吨乙烯")]),
    ("加快推进百万吨乙烯、千万吨炼油等项目建设。", [("PROJECT", "百万吨乙烯"), ("PROJECT", "千万吨炼油")]),
    ("该企业年产百万吨乙烯、丙烯等产品。", []),  # guard: a capacity
    # kinds of urban renewal are no places
    ("今年，全市计划实施老旧小区改造项目420个、城中村改造项目15个。", []),
    # a project named with its project word, then by its name alone: both are the PROJECT
    ("汝阳县杜康河文化旅游带(二期)项目开工。据悉，杜康河文化旅游带全长20公里。",
     [("PLACE", "汝阳县"), ("PROJECT", "杜康河文化旅游带(二期)项目"), ("PROJECT", "杜康河文化旅游带")]),
    ("洛宁县洛河滨水景观带项目开工，洛河滨水景观带建成后将成为休闲去处。",
     [("PROJECT", "洛宁县洛河滨水景观带项目"), ("PROJECT", "洛河滨水景观带")]),
    ("伊川县城乡供水项目开工。城乡供水覆盖全县。", [("PROJECT", "伊川县城乡供水项目")]),  # guard: generic
    # a zone found by its head before a project's own name is a PLACE of its own (where it is)
    ("长垣经开区卫华重工起重装备产业园项目开工。",
     [("PLACE", "长垣经开区"), ("PROJECT", "卫华重工起重装备产业园项目")]),
    ("许昌示范区瑞贝卡发制品产业园项目签约。", [("PLACE", "许昌示范区"), ("PROJECT", "瑞贝卡发制品产业园项目")]),
    ("新乡高新区华兰生物疫苗产业园项目投产。",
     [("PLACE", "新乡"), ("PLACE", "高新区"), ("PROJECT", "华兰生物疫苗产业园项目")]),
    ("洛阳市城乡一体化示范区安置房项目完成投资。", [("PROJECT", "洛阳市城乡一体化示范区安置房项目")]),  # guard: a kind
    # guards: a team of a body, and a project named after a place and a brand
    ("河南科技大学项目组赴企业调研。", [("ORG", "河南科技大学")]),  # guard
    ("洛宁县天华生物制品项目开工。", [("PLACE", "洛宁县"), ("PROJECT", "天华生物制品项目")]),  # guard
]


@pytest.mark.parametrize("text,expected", CASES)
def test_project_spans(text, expected):
    assert ents(text) == expected
