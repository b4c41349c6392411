"""Foreign and listed firms by the names the press writes, later four-character forms of a firm
named in full, and projects named in quotes (session 22, B). Sentences written for these tests;
the Chinese firms and projects are invented, the foreign groups are real (their Chinese names)."""

import pytest

from entity_helpers import ents

CASES = [
    # a foreign group by its transliterated Chinese name is a COMPANY, not a PERSON or nothing
    ("霍尼韦尔在郑州设立了分支机构。", [("COMPANY", "霍尼韦尔"), ("PLACE", "郑州")]),
    ("卡特彼勒在新乡设立了服务网点。", [("COMPANY", "卡特彼勒"), ("PLACE", "新乡")]),
    ("巴斯夫与洛阳某化工企业签订战略合作协议。", [("COMPANY", "巴斯夫"), ("PLACE", "洛阳")]),
    ("艾默生表示将扩大在豫投资。", [("COMPANY", "艾默生")]),
    # … with a firm word after it, the firm word joins it
    ("西门子能源在许昌设立服务站。", [("COMPANY", "西门子能源"), ("PLACE", "许昌")]),
    ("蒂森克虏伯电梯在洛阳设立销售中心。", [("COMPANY", "蒂森克虏伯电梯"), ("PLACE", "洛阳")]),
    ("奥的斯电梯公司将郑州作为物流中心。", [("COMPANY", "奥的斯电梯公司"), ("PLACE", "郑州")]),
    # a Henan listed firm by its stock short name opens a clause with no cue
    ("三全食品在新乡新建的冷链物流中心投入使用。", [("COMPANY", "三全食品"), ("PLACE", "新乡")]),
    ("一拖股份今年销售大中型拖拉机5万台。", [("COMPANY", "一拖股份")]),
    # guards: a brand that is also a word, or sits inside one, names no firm
    ("加强生态环境保护，推动大众创业。", []),  # guard
    ("全市三星级以上酒店达到12家。", []),  # guard
    # a later four-character form of a firm named in full: its first four characters, or its
    # brand and its last industry word
    ("洛阳瑞峰机器人科技股份有限公司在伊滨区建设新工厂。瑞峰机器今年订单增长三成。",
     [("COMPANY", "洛阳瑞峰机器人科技股份有限公司"), ("PLACE", "伊滨区"), ("COMPANY", "瑞峰机器")]),
    ("河南禾丰乳酸科技有限公司年产乳酸5万吨。禾丰科技计划在周口扩产。",
     [("COMPANY", "河南禾丰乳酸科技有限公司"), ("COMPANY", "禾丰科技"), ("PLACE", "周口")]),
    ("洛阳宏图易达摩托车有限公司年产摩托车30万辆。宏图易达将加快转型。",
     [("COMPANY", "洛阳宏图易达摩托车有限公司"), ("COMPANY", "宏图易达")]),
    # guard: a generic name's first words are no firm
    ("洛阳城市发展投资集团有限公司召开年度会议。城市发展要坚持规划引领。",
     [("COMPANY", "洛阳城市发展投资集团有限公司")]),  # guard
    # a project named in quotes before (建设)项目/工程, or ending in 项目 inside them
    ("“伊洛河滨水绿道”建设项目今年完成投资2亿元。", [("PROJECT", "伊洛河滨水绿道")]),
    ("“南湖生态修复”工程已进入扫尾阶段。", [("PROJECT", "南湖生态修复")]),
    ("“郑开科创走廊”建设项目总投资超过2000亿元。", [("PROJECT", "郑开科创走廊")]),
    ("\"洛阳市智慧城市建设项目\"一期工程已完工。", [("PROJECT", "洛阳市智慧城市建设项目")]),
    # guards: campaigns and slogans in quotes are no projects
    ("全市“签约一批”项目32个，“四个一”建设项目稳步推进。", []),  # guard: numerals
    ("“大块头”项目支撑作用明显。", []),  # guard: three characters
    ("“固链、强链”项目加快落地。", []),  # guard: a list
    # a memorial hall is named by what precedes it (a person's name included); a museum named
    # after heritage (遗址, 文化, 故城, 革命 …) is a venue
    ("吉鸿昌纪念馆位于扶沟县。", [("PROJECT", "吉鸿昌纪念馆"), ("PLACE", "扶沟县")]),
    ("党员干部来到竹沟革命纪念馆开展主题党日活动。", [("PROJECT", "竹沟革命纪念馆")]),
    ("汉魏故城博物馆今年开馆。", [("PROJECT", "汉魏故城博物馆")]),
    ("庙底沟仰韶文化博物馆建成开放。", [("PROJECT", "庙底沟仰韶文化博物馆")]),
    # guards: a kind of venue alone names none
    ("学生们参观了革命纪念馆。", []),  # guard
    ("全省建成乡村博物馆120家，民俗博物馆和革命博物馆免费开放。", []),  # two kinds coordinated name none (generic.tsv)
    ("该纪念馆免费向社会开放。", []),  # guard
    # 推出 (launch) ends a project's name on its left
    ("景区今年推出夜游老君山项目。", [("PROJECT", "夜游老君山项目")]),
    # a family farm is a farm business (COMPANY); a cooperative written without 专业 is an ORG
    # as 专业合作社 is, and so is a union of them (联合社)
    ("宜阳县张坞镇的鑫丰家庭农场负责人王建军介绍。",
     [("PLACE", "宜阳县"), ("PLACE", "张坞镇"), ("COMPANY", "鑫丰家庭农场"), ("POSITION", "负责人"), ("PERSON", "王建军")]),
    ("孟津区会盟镇雷河村的小杂果合作社社员达到150人。",
     [("PLACE", "孟津区"), ("PLACE", "会盟镇"), ("PLACE", "雷河村"), ("ORG", "小杂果合作社")]),
    ("伊川县农民专业合作社联合社成立。", [("ORG", "伊川县农民专业合作社联合社")]),
    # guards: kinds of farm and cooperative name none
    ("全市新增省级示范家庭农场85家、示范合作社40家。", []),  # guard
    ("村集体经济合作社今年分红20万元。", []),  # guard
    ("发展家庭农场是乡村振兴的重要路径。", []),  # guard
    # culture, heritage and farming bodies compose with a level or a place as other bodies do
    ("市文化馆与市文物局联合举办展览。", [("ORG", "市文化馆"), ("ORG", "市文物局")]),
    ("洛宁县非物质文化遗产保护中心举办剪纸技艺展。", [("ORG", "洛宁县非物质文化遗产保护中心")]),
    ("汝阳县林业和草原局召开会议。", [("ORG", "汝阳县林业和草原局")]),
    ("县社科联和县农科院联合调研。", [("ORG", "县社科联"), ("ORG", "县农科院")]),
    # a village after a town that no list knows keeps its 村, a mountain's name inside it
    ("新郑市云湖镇泰山村获评文明村。", [("PLACE", "新郑市"), ("PLACE", "云湖镇"), ("PLACE", "泰山村")]),
    ("伊川县桃源镇嵩山村发展旅游。", [("PLACE", "伊川县"), ("PLACE", "桃源镇"), ("PLACE", "嵩山村")]),
    ("宜阳县青龙镇伏牛山村建成民宿。", [("PLACE", "宜阳县"), ("PLACE", "青龙镇"), ("PLACE", "伏牛山村")]),
    # a service centre named only by whom it serves is a facility or a firm's unit, no body
    ("宇通客车在洛阳设立售后服务中心。", [("COMPANY", "宇通客车"), ("PLACE", "洛阳")]),
    ("景区新建游客服务中心和生态停车场。", []),
    ("中原银行在洛阳设立客户服务中心。", [("COMPANY", "中原银行"), ("PLACE", "洛阳")]),
    ("洛阳市游客服务中心正式启用。", [("ORG", "洛阳市游客服务中心")]),  # guard: with its place, a body
    # a development zone before a firm's name is where the firm is: a PLACE of its own
    ("洛阳高新区瑞峰科技有限公司获评专精特新企业。",
     [("PLACE", "洛阳高新区"), ("COMPANY", "瑞峰科技有限公司")]),
    ("郑州经开区宇华电子有限公司投产。", [("PLACE", "郑州经开区"), ("COMPANY", "宇华电子有限公司")]),
    ("洛阳经济技术开发区恒达液压有限公司扩产。",
     [("PLACE", "洛阳经济技术开发区"), ("COMPANY", "恒达液压有限公司")]),
    ("孟津区瑞丰新材料有限公司签约落地。", [("COMPANY", "孟津区瑞丰新材料有限公司")]),  # guard: a county-level name
]


@pytest.mark.parametrize("text,expected", CASES)
def test_firms_and_quoted_projects(text, expected):
    assert ents(text) == expected
