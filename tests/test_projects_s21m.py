"""PROJECT and POSITION spans of shapes less covered before (session 21, helper m).
Sentences written for these tests; names of people, firms and projects are invented."""

import pytest

from entity_helpers import ents

POSITIONS = [
    # chief officers of a bureau after its name
    ("洛阳市统计局首席统计师王丽萍解读数据。",
     [("ORG", "洛阳市统计局"), ("POSITION", "首席统计师"), ("PERSON", "王丽萍")]),
    ("市规划局总规划师张宁介绍规划方案。",
     [("ORG", "市规划局"), ("POSITION", "总规划师"), ("PERSON", "张宁")]),
    ("省统计局首席统计师李明介绍了上半年经济运行情况。",
     [("ORG", "省统计局"), ("POSITION", "首席统计师"), ("PERSON", "李明")]),
    # the masthead of a page: each title names the names after it
    ("总编辑 张伟 执行主编 李红",
     [("POSITION", "总编辑"), ("PERSON", "张伟"), ("POSITION", "执行主编"), ("PERSON", "李红")]),
    ("责任编辑 周文 美编 刘洋",
     [("POSITION", "责任编辑"), ("PERSON", "周文"), ("POSITION", "美编"), ("PERSON", "刘洋")]),
    ("副总编辑 王芳 责任校对 赵磊",
     [("POSITION", "副总编辑"), ("PERSON", "王芳"), ("POSITION", "责任校对"), ("PERSON", "赵磊")]),
    # a civilisation office before its head's title is a body of its own (SPEC: 市发改委 | 主任)
    ("市文明办主任王静参加会议。", [("ORG", "市文明办"), ("POSITION", "主任"), ("PERSON", "王静")]),
    # a body whose last word begins a party title yields it to the title (市政协 | 党组书记, as
    # 市科技局 | 党组书记); alone the body keeps its 党组 (guard)
    ("市政协党组书记、主席王伟出席开幕式。",
     [("ORG", "市政协"), ("POSITION", "党组书记"), ("POSITION", "主席"), ("PERSON", "王伟")]),
    ("区政协党组副书记、副主席李强主持会议。",
     [("ORG", "区政协"), ("POSITION", "党组副书记"), ("POSITION", "副主席"), ("PERSON", "李强")]),
    ("县政协党组成员、秘书长刘明出席。",
     [("ORG", "县政协"), ("POSITION", "党组成员"), ("POSITION", "秘书长"), ("PERSON", "刘明")]),
    ("市政协党组党纪学习教育读书班开班。", [("ORG", "市政协党组")]),  # guard: no title after it
    # the 报 of 报告 after 导 is no outlet's head (作辅导报告 is no 某某导报)
    ("市委政研室主任孙晓东作辅导报告。", [("ORG", "市委政研室"), ("POSITION", "主任"), ("PERSON", "孙晓东")]),
    ("区委副书记王红为党员干部作党课辅导报告。", [("POSITION", "区委副书记"), ("PERSON", "王红")]),
    ("市委党校教授王伟为全体干部作专题辅导报告。",
     [("ORG", "市委党校"), ("POSITION", "教授"), ("PERSON", "王伟")]),
    ("中国建设导报记者李四采访了他。",  # guard: an outlet named 导报
     [("ORG", "中国建设导报"), ("POSITION", "记者"), ("PERSON", "李四")]),
    ("县文明办主任张辉通报了测评结果。", [("ORG", "县文明办"), ("POSITION", "主任"), ("PERSON", "张辉")]),
    ("县文明办负责人介绍了创建工作。", [("ORG", "县文明办")]),
]


@pytest.mark.parametrize("text,expected", POSITIONS)
def test_positions_table(text, expected):
    assert ents(text) == expected


PROJECTS = [
    # parks for startups and young firms are parks, as 产业园 is (孵化园, 创业园, 文创园, 电商园, 软件园)
    ("洛龙区科技企业孵化园新增孵化企业35家。", [("PROJECT", "洛龙区科技企业孵化园")]),
    ("宜阳县返乡创业孵化园吸纳就业1500人。", [("PLACE", "宜阳县"), ("PROJECT", "返乡创业孵化园")]),
    ("洛阳大学生创业园入驻企业20家。", [("PROJECT", "洛阳大学生创业园")]),
    ("伊川县青年创业园开园。", [("PLACE", "伊川县"), ("PROJECT", "青年创业园")]),
    ("涧西区天心文创园已入驻企业80家。", [("PLACE", "涧西区"), ("PROJECT", "天心文创园")]),
    ("偃师区电商园入驻企业30家。", [("PROJECT", "偃师区电商园")]),
    ("洛阳国家大学科技园孵化园新增企业12家。", [("PROJECT", "洛阳国家大学科技园孵化园")]),
    ("全市新建创业园5个。", []),  # guard: a kind of park counted, no name
    ("该县建成孵化园3个，入驻企业120家。", []),  # guard
    # a technology's short name of a digit and G, D or K (5G, 3D, 4K) stays inside a name
    ("洛阳5G产业园建成运营。", [("PROJECT", "洛阳5G产业园")]),
    ("伊滨区5G创新产业园开园。", [("PROJECT", "伊滨区5G创新产业园")]),
    ("涧西区3D打印产业园入驻企业15家。", [("PROJECT", "涧西区3D打印产业园")]),
    ("洛阳4K超高清视频产业园项目签约。", [("PROJECT", "洛阳4K超高清视频产业园项目")]),
    ("全市5G产业园达到3个。", []),  # guard: the scope and a technology alone name no park
    ("该公司建设10GWh储能电池生产基地项目。", []),  # guard: a capacity (GWh) is no technology's name
    # a national or provincial road by its number with works after it (and its section) is a
    # PROJECT; the number alone is a road, a PLACE (SPEC: roads in service PLACE, being built PROJECT)
    ("310国道改线工程完工。", [("PROJECT", "310国道改线工程")]),
    ("G207国道孟津段改线工程日前正式通车。", [("PROJECT", "G207国道孟津段改线工程")]),
    ("投资12亿元的省道S249洛宁至栾川段改建工程进入路面施工阶段。",
     [("PROJECT", "省道S249洛宁至栾川段改建工程")]),
    ("S320省道升级改造工程加快推进。", [("PROJECT", "S320省道升级改造工程")]),
    ("G310国道南移改线工程完成路基施工。", [("PROJECT", "G310国道南移改线工程")]),
    ("王城大道快速路、310国道快速化改造等项目加快推进。",
     [("PLACE", "王城大道"), ("PROJECT", "310国道快速化改造")]),
    ("车辆沿310国道行驶至孟津区。", [("PLACE", "310国道"), ("PLACE", "孟津区")]),
    ("该镇位于311国道与省道S323交汇处。", [("PLACE", "311国道"), ("PLACE", "省道S323")]),
    ("国道310线洛阳段车流量大增。", [("PLACE", "国道310线"), ("PLACE", "洛阳")]),
    # a count right before a project head (两个项目, 两大项目, 三个园区) counts the names listed
    # before it and joins none of them
    ("洛阳中科科技园和洛阳华夏产业园两个项目同时开工。",
     [("PROJECT", "洛阳中科科技园"), ("PROJECT", "洛阳华夏产业园")]),
    ("伊滨区万安山体育公园、龙门文旅小镇两个项目完成投资10亿元。",
     [("PROJECT", "伊滨区万安山体育公园"), ("PROJECT", "龙门文旅小镇")]),
    ("孟津区平乐牡丹小镇和会盟镇现代农业产业园两大项目加快建设。",
     [("PLACE", "孟津区"), ("PROJECT", "平乐牡丹小镇"), ("PROJECT", "会盟镇现代农业产业园")]),
    ("恒达生产基地、华兴酒店、瑞丰商业街三个项目同步开工。",
     [("PROJECT", "恒达生产基地"), ("PROJECT", "华兴酒店"), ("PROJECT", "瑞丰商业街")]),
    # a division's level character and the next making its town area (县城, 市区) keep the place in
    # the name (no 栾川县 | 城污水处理厂…)
    ("栾川县城污水处理厂提标改造项目完工。", [("PROJECT", "栾川县城污水处理厂提标改造项目")]),
    ("洛阳市区污水处理厂扩建工程新增日处理能力10万吨。", [("PROJECT", "洛阳市区污水处理厂扩建工程")]),
    ("宜阳县城集中供热项目完成投资1亿元。", [("PROJECT", "宜阳县城集中供热项目")]),
    ("洛宁县城第二水厂项目开工。", [("PROJECT", "洛宁县城第二水厂项目")]),
    # a quick road named from A to B (快速通道, 快速路) is being built, as 栾川至卢氏高速公路 is
    ("洛阳至栾川快速通道项目全线贯通。", [("PROJECT", "洛阳至栾川快速通道项目")]),
    ("偃师至巩义快速通道建成通车。", [("PROJECT", "偃师至巩义快速通道")]),
    ("伊川至汝阳快速路正在加紧施工。", [("PROJECT", "伊川至汝阳快速路")]),
    ("洛阳新区至机场快速通道改造项目开工。", [("PROJECT", "洛阳新区至机场快速通道改造项目")]),
    ("连霍高速改造工程完成投资5亿元。", [("PROJECT", "连霍高速改造工程")]),  # 改造 works on an expressway
    ("王城大道快速路全线通车。", [("PLACE", "王城大道")]),  # guard: a road's quick lanes, no from-to name
    # a superlative in a name part (最高端, 最具特色, 最大) makes a description, not a name
    ("总投资8亿元的洛阳洲际酒店项目进入装修阶段，建成后将成为豫西最高端酒店。",
     [("PROJECT", "洛阳洲际酒店项目"), ("PLACE", "豫西")]),
    ("洛阳博物馆新馆项目开工，新馆将成为中原地区最具特色博物馆。",
     [("PROJECT", "洛阳博物馆新馆项目"), ("PLACE", "中原地区")]),
    ("伊滨区万安山体育公园建成后将是洛阳最大城市公园。",
     [("PROJECT", "伊滨区万安山体育公园"), ("PLACE", "洛阳")]),
    ("洛阳洲际酒店项目开工，建成后将成为中原地区最豪华酒店。",
     [("PROJECT", "洛阳洲际酒店项目"), ("PLACE", "中原地区")]),
    # a venue's kind (会展, 会议, 博览, 全民健身, 文化艺术) after a place keeps the place in the name,
    # as 嵩县抽水蓄能电站 does (project_kinds.tsv)
    ("投资6亿元的伊川会展中心项目开工。", [("PROJECT", "伊川会展中心项目")]),
    ("嵩县全民健身中心项目完工。", [("PROJECT", "嵩县全民健身中心项目")]),
    ("宜阳县文化艺术中心项目主体封顶。", [("PROJECT", "宜阳县文化艺术中心项目")]),
    ("伊滨区会议中心项目开工。", [("PROJECT", "伊滨区会议中心项目")]),
]


@pytest.mark.parametrize("text,expected", PROJECTS)
def test_projects_table(text, expected):
    assert ents(text) == expected
