"""Kinds of Henan regional news seen least (session 23, C): courts and procuratorates,
rural postings, personnel notices, research bodies and foreign missions. Words written after a
name at meetings and in courts (列席, 审理, 授课), names hidden behind 某 (被告人王某), a body's field
written with 产业 before its head (某市新能源产业研究院), a village before 驻村, embassies and
consulates, and names opening a personnel notice (某某同志任…, compound surnames too).
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
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:14] for c in CASES])
def test_regional_entities(text, expected):
    assert ents(text) == expected
