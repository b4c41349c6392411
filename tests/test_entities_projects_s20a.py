"""PROJECT spans in lists of projects and other shapes of Henan economic news (session 20, A).
Sentences written for these tests; names of firms and projects are invented."""

import pytest

from entity_helpers import ents

CASES = [
    # items of a list closed by 等…项目 that end in a works word (改造, 制造, 生产 …) name
    # projects, a firm written in them included
    ("此次集中开工的洛阳轴研科技精密轴承智能化改造、中色科技铝板带装备升级等项目，总投资达35亿元。",
     [("PROJECT", "洛阳轴研科技精密轴承智能化改造"), ("PROJECT", "中色科技铝板带装备升级")]),
    ("总投资12亿元的瑞昌石化高端润滑油生产等项目进展顺利。", [("PROJECT", "瑞昌石化高端润滑油生产")]),
    ("伊川县开工了天鑫新材料碳化硅深加工、洛宁金鼎矿业尾矿综合利用等一批项目。",
     [("PLACE", "伊川县"), ("PROJECT", "天鑫新材料碳化硅深加工"), ("PROJECT", "洛宁金鼎矿业尾矿综合利用")]),
    ("孟津区集中开工了金鹰电气智能配电设备制造、华洋汽车电动车整车生产等项目。",
     [("PLACE", "孟津区"), ("PROJECT", "金鹰电气智能配电设备制造"), ("PROJECT", "华洋汽车电动车整车生产")]),
    ("偃师区开工了华荣新材料扩能改造、龙海智能制造等一批项目。",
     [("PLACE", "偃师区"), ("PROJECT", "华荣新材料扩能改造"), ("PROJECT", "龙海智能制造")]),
    ("当天开工的还有洛阳兰迪玻璃机器钢化炉生产、宇通重工环卫装备制造等项目。",
     [("PROJECT", "洛阳兰迪玻璃机器钢化炉生产"), ("PROJECT", "宇通重工环卫装备制造")]),
    ("签约项目中，包括华为洛阳鲲鹏生态服务器生产、洛阳中硅新材料高纯多晶硅扩能改造等8个项目。",
     [("PROJECT", "华为洛阳鲲鹏生态服务器生产"), ("PROJECT", "洛阳中硅新材料高纯多晶硅扩能改造")]),
    # … an item that begins with a park runs on to its works (the park's works are the project)
    ("集中开工的伊众第三产业园中央厨房智能化改造、惠达光电背光模组生产等项目。",
     [("PROJECT", "伊众第三产业园中央厨房智能化改造"), ("PROJECT", "惠达光电背光模组生产")]),
    # … a firm written with 公司 before the works is a COMPANY of its own
    ("新乡红叶化纤股份有限公司生物质纤维素纤维生产等项目开工。",
     [("COMPANY", "新乡红叶化纤股份有限公司"), ("PROJECT", "生物质纤维素纤维生产")]),
    # guards: generic works, a place and generic words, or common words only name nothing
    ("会上签约了交通、水利、能源等项目。", []),  # guard: kinds of projects
    ("会议研究了规划编制、土地征收等项目前期工作。", []),  # guard: tasks, not projects
    # guards: works of a kind, no firm's name opening them
    ("全县实施高标准农田建设、农村人居环境整治等项目。", []),  # guard
    ("开工了一批交通基础设施建设、水利设施修复等项目。", []),  # guard
    ("推进伊河治理、洛河生态修复等项目。", [("PLACE", "伊河"), ("PLACE", "洛河")]),  # guard
    ("嵩县推进了白河镇生态农业开发等项目。", [("PLACE", "嵩县"), ("PLACE", "白河镇")]),  # guard: place + generic
    # guard: a head right before the works word keeps its name (商业街|开发)
    ("牡丹广场地下商业街开发等2个项目完成投资2亿元。", [("PROJECT", "牡丹广场地下商业街")]),
    # guard: a list of firms closed by 等…项目 is no list of works
    ("已累计签约震裕科技、华伊石墨烯等22个新能源产业链项目。", [("COMPANY", "震裕科技"), ("COMPANY", "华伊石墨烯")]),
    # a park or zone named again without its place is the same project
    ("洛阳新材料产业园已入驻企业20家。目前，新材料产业园二期正加紧建设。",
     [("PROJECT", "洛阳新材料产业园"), ("PROJECT", "新材料产业园二期")]),
    ("孟津区智能装备产业园揭牌以来，智能装备产业园累计签约项目15个。",
     [("PROJECT", "孟津区智能装备产业园"), ("PROJECT", "智能装备产业园")]),
    ("偃师先进制造业集聚区不断完善基础设施，先进制造业集聚区今年新增企业12家。",
     [("PROJECT", "偃师先进制造业集聚区"), ("PROJECT", "先进制造业集聚区")]),
    # guard: the kind after a branded name is no mention of it (首家科技产业社区)
    ("伊滨区首家科技产业社区揭牌，即洛阳启明双创科技产业社区。",
     [("PLACE", "伊滨区"), ("PROJECT", "洛阳启明双创科技产业社区")]),
    # a venue's name opened by its level word alone (市体育会展中心), as 市委 is the city's
    ("在市体育会展中心、市委党校新校区等项目施工现场，市领导详细了解进度。",
     [("PROJECT", "市体育会展中心"), ("PROJECT", "市委党校新校区")]),
    ("投资8亿元的县体育中心主体完工。", [("PROJECT", "县体育中心")]),
    ("市会展中心、市科技馆等项目加快推进。", [("PROJECT", "市会展中心"), ("PROJECT", "市科技馆")]),
    # guards: a level word alone before a bare project word names nothing (市|项目, 市|园区)
    ("市项目正式开工。", []),  # guard
    ("投资5亿元的市园区开园。", []),  # guard
    # guard: a venue's kind after a scope (全市) names none
    ("全市体育中心等项目加快推进。", []),  # guard
    # a transfer between regions names its works (南水北调, 西气东输, 引黄入洛, 疆电入豫)
    ("引黄入洛工程全线贯通。", [("PROJECT", "引黄入洛工程")]),
    ("疆电入豫工程配套电网建设加快推进。", [("PROJECT", "疆电入豫工程")]),
    ("南水北调中线工程累计向河南供水200亿立方米。", [("PROJECT", "南水北调中线工程"), ("PLACE", "河南")]),
    ("西气东输三线工程河南段开工。", [("PROJECT", "西气东输三线工程"), ("PLACE", "河南")]),
    ("东数西算工程为数据中心建设带来机遇。", [("PROJECT", "东数西算工程")]),
    # guards: a verb ending in 入 before a kind of works names none
    ("该项目已列入民生工程。", []),  # guard
    ("我市把老旧小区改造纳入民生实事工程。", []),  # guard
    # the kind a description gives after 的 (最大的, 重要的, 一流的) is no shorter mention
    ("孟津区中航光电连接器生产基地项目正在建设，该项目投产后将成为豫西地区最大的连接器生产基地。",
     [("PLACE", "孟津区"), ("PROJECT", "中航光电连接器生产基地项目"), ("PLACE", "豫西地区")]),
    ("宜阳县洛钼集团钼制品生产基地项目开工，建成后将成为全国重要的钼制品生产基地。",
     [("PLACE", "宜阳县"), ("PROJECT", "洛钼集团钼制品生产基地项目")]),
    ("中信重工矿山装备制造基地项目投产，该基地已成为全国最大的矿山装备制造基地。",
     [("PROJECT", "中信重工矿山装备制造基地项目")]),
    # guard: a sum before 的 still names the project
    ("总投资12亿元的中航光电连接器生产基地一期建成投产。", [("PROJECT", "中航光电连接器生产基地一期")]),  # guard
    # exhibition and memorial halls are venues (heads.tsv 展览馆, 纪念馆, weak as 博物馆): a
    # generic one is no name (not the model's PLACE either), one with evidence is a PROJECT
    ("后期计划配套建设能源展览馆及光伏观光区。", []),
    ("总投资2亿元的河洛文化纪念馆主体完工。", [("PROJECT", "河洛文化纪念馆")]),
    ("投资1.5亿元的二里头青铜文化展览馆开馆。", [("PROJECT", "二里头青铜文化展览馆")]),
    # a brand of two characters, a kind the generic list holds (光伏电站, 储能电站, 风电场), 项目
    # and a stage or measure after it: one project
    ("华明光伏电站项目开工。", [("PROJECT", "华明光伏电站项目")]),
    ("金星储能电站项目并网。", [("PROJECT", "金星储能电站项目")]),
    ("当天，宏源风电场项目正式开工。", [("PROJECT", "宏源风电场项目")]),
    ("据悉，宏源风电场项目总投资8亿元。", [("PROJECT", "宏源风电场项目")]),
    # guards: no brand, a scope or a count: no name
    ("光伏电站项目开工。", []),  # guard
    ("该电站项目正式开工。", []),  # guard
    ("今年新建储能电站项目3个。", []),  # guard
    ("村级光伏电站项目建成投用。", []),  # guard: a grade before the kind
    ("屋顶光伏电站项目开工。", []),  # guard: a common word before the kind
    ("整县光伏电站项目开工。", []),  # guard: a scope (整县, as 全县)
    # a site's size and 的 before a weak head's name name it, as a sum does
    ("建筑面积2万平方米的云端酒店即将开业。", [("PROJECT", "云端酒店")]),
    ("景区将修建建筑面积800余平方米、共6层的竹溪酒店。", [("PROJECT", "竹溪酒店")]),
    ("总建筑面积5万平方米的东湖会展中心完成主体施工。", [("PROJECT", "东湖会展中心")]),
    ("占地120亩的恒达生产基地建成投产。", [("PROJECT", "恒达生产基地")]),
    # guard: a size before a kind alone names nothing
    ("建筑面积2万平方米的酒店即将开业。", []),  # guard
]


@pytest.mark.parametrize("text,expected", CASES)
def test_projects_table(text, expected):
    assert ents(text) == expected
