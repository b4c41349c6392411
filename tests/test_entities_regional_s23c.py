"""Kinds of Henan regional news seen least (session 23, C): courts and procuratorates,
rural postings, personnel notices, research bodies and foreign missions. Words written after a
name at meetings and in courts (列席, 审理, 授课), names hidden behind 某 (被告人王某), a body's field
written with 产业 before its head (某市新能源产业研究院), a village before 驻村, embassies and
consulates, names opening a personnel notice (某某同志任…, compound surnames too; 某某,男,…),
lists of names before 等同志, a zone before a body's own place, a terminal's code in a
project's name, foundations, court and village roles, tourist venues and resort areas, and
railway stations (no ORG).
Sentences written for these tests, some in traditional script; names invented."""

from __future__ import annotations

import pytest

from entity_helpers import ents

CASES = [
    # a name before a verb of meetings, courts and postings is whole (the model cuts it short)
    ("市人民检察院检察长杜少军列席会议。",
     [("ORG", "市人民检察院"), ("POSITION", "检察长"), ("PERSON", "杜少军")]),
    ("市人民檢察院檢察長杜少軍列席會議。",
     [("ORG", "市人民檢察院"), ("POSITION", "檢察長"), ("PERSON", "杜少軍")]),
    ("副县长赵永强牵头督办此事。", [("POSITION", "副县长"), ("PERSON", "赵永强")]),
    ("院长李东方授课。", [("POSITION", "院长"), ("PERSON", "李东方")]),
    ("審判長何立新審理此案。", [("POSITION", "審判長"), ("PERSON", "何立新")]),
    ("副县长王立峰列席会议，局长周文华补充说明。",  # guard: names the model finds too
     [("POSITION", "副县长"), ("PERSON", "王立峰"), ("POSITION", "局长"), ("PERSON", "周文华")]),
    # a surname and 某 hide a name: no PERSON (the public corpora annotate none either)
    ("被告人张某某、刘某说明了作案经过。", []),
    ("药政科科长刘某介绍，该案已审结。", [("POSITION", "科长")]),
    ("上訴人趙某、錢某某表示不服一審判決。", []),
    # 产业 names a body's field before its head after more than generic words
    ("洛阳新能源产业研究院孵化器入驻企业12家。", [("ORG", "洛阳新能源产业研究院")]),
    ("河南省氢能产业研究院在郑州揭牌。", [("ORG", "河南省氢能产业研究院"), ("PLACE", "郑州")]),
    ("洛陽文旅產業集團今年營收增長。", [("COMPANY", "洛陽文旅產業集團")]),
    ("推动成立产业研究院，引进人才。", []),  # guard: no name before 产业
    ("全省重点产业研究院达到20家。", []),  # guard: a qualifier before 产业
    # 驻村 after a village is the cadre's stay, no part of the place
    ("在宜陽縣三鄉鎮光明村駐村兩年。", [("PLACE", "宜陽縣"), ("PLACE", "三鄉鎮"), ("PLACE", "光明村")]),
    ("汝阳县刘店镇王坪村驻村工作队队长李涛介绍。",
     [("PLACE", "汝阳县"), ("PLACE", "刘店镇"), ("PLACE", "王坪村"), ("POSITION", "队长"), ("PERSON", "李涛")]),
    ("他在嵩县车村镇天桥沟村驻村三年，帮助村里发展民宿。",
     [("PLACE", "嵩县"), ("PLACE", "车村镇"), ("PLACE", "天桥沟村")]),
    # an embassy or consulate, named with its country and post, is one ORG (no 大使 inside)
    ("美國駐華大使館商務參贊約翰·史密斯到中信重工參觀。",
     [("ORG", "美國駐華大使館"), ("POSITION", "參贊"), ("PERSON", "約翰·史密斯"), ("COMPANY", "中信重工")]),
    ("日本驻上海总领事馆总领事到洛阳。",
     [("ORG", "日本驻上海总领事馆"), ("POSITION", "总领事"), ("PLACE", "洛阳")]),
    ("法国驻武汉总领事馆与洛阳市外事办座谈。", [("ORG", "法国驻武汉总领事馆"), ("ORG", "洛阳市外事办")]),
    ("驻外使领馆工作人员回国述职。", []),  # guard: no country, no name
    # a personnel notice's name before 同志 and the post, with a compound surname that is a word too
    ("省委决定：公孙建军同志不再担任洛阳市委常委职务。",
     [("ORG", "省委"), ("PERSON", "公孙建军"), ("PLACE", "洛阳"), ("POSITION", "市委常委")]),
    ("欧阳建军同志任洛阳市副市长。", [("PERSON", "欧阳建军"), ("PLACE", "洛阳市"), ("POSITION", "副市长")]),
    ("長孫麗華同志兼任市政府秘書長。", [("PERSON", "長孫麗華"), ("ORG", "市政府"), ("POSITION", "秘書長")]),
    ("各位同志为项目建设做出了贡献。", []),  # guard: no surname before 同志
    # a personnel notice's entry: the name before its sex
    ("拟任人选公示：孟建国，男，1975年生，现任栾川县副县长。",
     [("PERSON", "孟建国"), ("PLACE", "栾川县"), ("POSITION", "副县长")]),
    ("何立新，女，漢族，1980年生，大學學歷。", [("PERSON", "何立新")]),
    ("公示对象：周建设（男，1976年生）拟任市财政局副局长。",
     [("PERSON", "周建设"), ("ORG", "市财政局"), ("POSITION", "副局长")]),
    ("公示对象：高明（男，1976年生）。", []),  # guard: a common word is no name without a title
    # names listed before 等同志 and 等…代表发言; a listed place opens none
    ("司徒静雯、欧阳明轩等青年代表发言。", [("PERSON", "司徒静雯"), ("PERSON", "欧阳明轩")]),
    ("孫曉東、馬麗麗等企業代表參加座談。", [("PERSON", "孫曉東"), ("PERSON", "馬麗麗")]),
    ("洛阳、南阳等参加会议。", [("PLACE", "洛阳"), ("PLACE", "南阳")]),
    ("王建国、李丽等同志受到表彰。", [("PERSON", "王建国"), ("PERSON", "李丽")]),  # guard: the model finds them too
    # a development zone, then a body's own place: the zone is a PLACE of its own
    ("洛阳高新区洛阳大学科技园今年新增企业。", [("PLACE", "洛阳高新区"), ("PROJECT", "洛阳大学科技园")]),
    ("鄭州航空港區鄭州大學科技園揭牌。", [("PLACE", "鄭州航空港區"), ("PROJECT", "鄭州大學科技園")]),
    ("洛阳高新区洛阳理工学院实训基地开工。", [("PLACE", "洛阳高新区"), ("PROJECT", "洛阳理工学院实训基地")]),
    ("洛阳高新区管委会主任张三介绍。", [("ORG", "洛阳高新区管委会"), ("POSITION", "主任"), ("PERSON", "张三")]),  # guard
    # a terminal's code inside a project's name
    ("洛陽北郊機場T2航站樓改擴建工程預計明年投用。", [("PROJECT", "洛陽北郊機場T2航站樓改擴建工程")]),
    ("郑州机场T3航站楼建设项目加快推进。", [("PROJECT", "郑州机场T3航站楼建设项目")]),
    ("G5京港澳高速洛阳段改扩建工程开工。", [("PROJECT", "京港澳高速洛阳段改扩建工程")]),  # guard: a road's code stays out
    # foundations
    ("洛阳市青少年发展基金会启动助学项目。", [("ORG", "洛阳市青少年发展基金会")]),
    ("联合国儿童基金会到访。", [("ORG", "联合国儿童基金会")]),
    ("河南省慈善基金会向栾川县捐款。", [("ORG", "河南省慈善基金会"), ("PLACE", "栾川县")]),  # guard: the model's too
    # roles of courts, procuratorates, hospitals, trains and villages that need a name
    ("孟津区人民检察院检察官助理赵一鸣介绍。",
     [("ORG", "孟津区人民检察院"), ("POSITION", "检察官助理"), ("PERSON", "赵一鸣")]),
    ("洛陽市中心醫院主治醫師王麗麗說，患者已康復。",
     [("ORG", "洛陽市中心醫院"), ("POSITION", "主治醫師"), ("PERSON", "王麗麗")]),
    ("上庄村会计马红梅说，账目全部公开。", [("PLACE", "上庄"), ("POSITION", "村会计"), ("PERSON", "马红梅")]),
    ("人民监督员王芳参加听证。", [("POSITION", "人民监督员"), ("PERSON", "王芳")]),
    ("他是一名优秀的列车长。", []),  # guard: no name, no POSITION
    # tourist venues and resort areas: venues are projects, resort and tourist areas places (as 景区)
    ("伏牛山滑雪度假樂園今年接待遊客30萬人次。", [("PROJECT", "伏牛山滑雪度假樂園")]),
    ("嵩县白云山度假村改造完成。", [("PROJECT", "嵩县白云山度假村")]),
    ("栾川县老君山旅游度假区获评国家级旅游度假区。", [("PLACE", "栾川县"), ("PLACE", "老君山旅游度假区")]),
    ("宜陽縣靈山文化旅遊區入選省級旅遊度假區。", [("PLACE", "宜陽縣"), ("PLACE", "靈山文化旅遊區")]),
    ("洛阳市非物质文化遗产展示馆开馆。", [("PLACE", "洛阳市"), ("PROJECT", "非物质文化遗产展示馆")]),
    ("新建一座儿童乐园。", []),  # guard: a kind, no name
    ("创建国家级旅游度假区。", []),  # guard: a grade sought, no name
    # a railway station is no organisation
    ("洛阳北站改造同步推进。", [("PLACE", "洛阳")]),
    ("鄭州東站今年發送旅客2000萬人次。", [("PLACE", "鄭州")]),
    ("新乡东站站房扩建完成。", [("PLACE", "新乡")]),
    ("许昌北站改造工程启动。", [("PROJECT", "许昌北站改造工程")]),  # guard: the works are a project
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:14] for c in CASES])
def test_regional_entities(text, expected):
    assert ents(text) == expected
