"""Words the person rules and the model read as names where the public NER corpora and SPEC.md
agree there is none (session 23, A): a plural with 们 or an adverb with 地 before a word of
saying (干部们表示, 高兴地说), and a weekday with a part of the day after a title (市长周五晚表示);
a name the person rules cut before 说 where the model had it whole (局长王志和说，: 王志 -> 王志和).
Sentences written for these tests; names invented."""

from __future__ import annotations

import pytest

from entity_helpers import ents

CASES = [
    # a plural (们) before a word of saying is no name
    ("干部们表示，一定抓好落实。", []),
    ("师傅们介绍，这台机床很先进。", []),
    ("司机们说，新路好走多了。", []),
    ("游客们表示，景区服务很周到。", []),
    # an adverb (a common word and 地) before a word of saying is no name
    ("高兴地说，今年的收成好。", []),
    ("简单地说，就是要把钱用在刀刃上。", []),
    ("严肃地指出，问题还不少。", []),
    ("王大地说，村里的路已经修好了。", [("PERSON", "王大地")]),  # guard: 王大 is no word
    # a weekday and a part of the day after a title is a time, no name
    ("市长周五晚表示，工程将提前完工。", [("POSITION", "市长")]),
    ("外长周四晚说，双方达成共识。", [("POSITION", "外长")]),
    ("部长周二早表示，将加快审批。", [("POSITION", "部长")]),
    ("董事长周一鸣说，公司将扩产。", [("POSITION", "董事长"), ("PERSON", "周一鸣")]),  # guard: a name
    # a given name ending in a character that also ends names (和, 为) is whole before 说 and punctuation
    ("局长王志和说，今年的任务很重。", [("POSITION", "局长"), ("PERSON", "王志和")]),
    ("秘书长杨世和说，改革还要深化。", [("POSITION", "秘书长"), ("PERSON", "杨世和")]),
    ("董事长孙大为说：公司将扩产。", [("POSITION", "董事长"), ("PERSON", "孙大为")]),
    ("对李福来说，这是好事。", [("PERSON", "李福")]),  # guard: 对…来说
    ("副县长刘建和说明了情况。", [("POSITION", "副县长"), ("PERSON", "刘建")]),  # guard: 说明
    ("书记王刚和说唱歌手合影。", [("POSITION", "书记"), ("PERSON", "王刚")]),  # guard: no punctuation after 说
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0] for c in CASES])
def test_no_name(text, expected):
    got = [e for e in ents(text) if e[0] in ("PERSON", "POSITION")]
    assert got == expected


# A gulf, strait or subcontinent named after a country: the rules' country is cut out of it,
# the model's whole name replaces it (fusion F13, fusion.tsv kind=country_part).
from luoyang_nlp.entities.fusion import fuse  # noqa: E402

SEA_CASES = [
    ("几内亚湾沿岸国家加强海上安全合作。", "几内亚", "几内亚湾", 0.99, [("几内亚湾", "PLACE")]),
    ("墨西哥湾的石油平台停产。", "墨西哥", "墨西哥湾", 0.99, [("墨西哥湾", "PLACE")]),
    ("印度次大陆进入雨季。", "印度", "印度次大陆", 0.98, [("印度次大陆", "PLACE")]),
    ("朝鲜海峡风浪很大。", "朝鲜", "朝鲜海峡", 0.99, [("朝鲜海峡", "PLACE")]),
    ("美国湾区的科技企业裁员。", "美国", "美国湾区", 0.99, [("美国", "PLACE")]),  # guard: 湾区 is no gulf
]


@pytest.mark.parametrize("text,rule,proposal,conf,expected", SEA_CASES, ids=[c[0] for c in SEA_CASES])
def test_sea_named_after_a_country(text, rule, proposal, conf, expected):
    r, p = text.index(rule), text.index(proposal)
    out = fuse(text, [(r, r + len(rule), "PLACE", "lexicon")], [(p, p + len(proposal), "PLACE", conf)])
    assert [(text[s:e], lab) for s, e, lab, src in out] == expected


# A two-character lexicon place astride a common word and another place is none (有关|中国 holds
# no 关中): the place after it stands (hits._standing).
ASTRIDE_CASES = [
    ("有关中国企业的报道很多。", [("PLACE", "中国")]),
    ("有关中东局势的报道不断。", [("PLACE", "中东")]),
    ("有关中亚国家的合作项目已经签约。", [("PLACE", "中亚")]),
    ("关中平原的小麦丰收。", [("PLACE", "关中平原")]),  # guard: the place itself
]


@pytest.mark.parametrize("text,expected", ASTRIDE_CASES, ids=[c[0] for c in ASTRIDE_CASES])
def test_place_astride_a_word_and_a_place(text, expected):
    assert [e for e in ents(text) if e[0] == "PLACE"] == expected


# A model PLACE of two characters astride two common words is none, as the rules read a lexicon
# name (其中|国有 holds no 中国): fusion V3.
MODEL_ASTRIDE_CASES = [
    ("其中国有企业增加值增长5%。", "中国", []),
    ("集中国内外优势资源办好这件事。", "中国", []),
    ("其中国内市场占比提高。", "中国", []),
    ("企业在中国有多个生产基地。", "中国", [("中国", "PLACE")]),  # guard: 在中 is no word
    ("这个项目让中国人受益。", "中国", [("中国", "PLACE")]),  # guard: its demonym
]


@pytest.mark.parametrize("text,proposal,expected", MODEL_ASTRIDE_CASES, ids=[c[0] for c in MODEL_ASTRIDE_CASES])
def test_model_place_astride_two_words(text, proposal, expected):
    p = text.index(proposal)
    out = fuse(text, [], [(p, p + len(proposal), "PLACE", 0.999)])
    assert [(text[s:e], lab) for s, e, lab, src in out] == expected


# A head that begins another word is no name's end (head_next.tsv): 生物学|会议, 集中|学习.
HEAD_NEXT_CASES = [
    ("第五届国际物理学会议在郑州召开。", [("PLACE", "郑州")]),
    ("全国植物学会议在洛阳举行。", [("PLACE", "洛阳")]),
    ("全区开展战役式集中学习活动。", []),
    ("省植物学会在郑州成立。", [("ORG", "省植物学会"), ("PLACE", "郑州")]),  # guard: the society
    ("洛阳市第一中学今年招生。", [("ORG", "洛阳市第一中学")]),  # guard: the school
]


@pytest.mark.parametrize("text,expected", HEAD_NEXT_CASES, ids=[c[0] for c in HEAD_NEXT_CASES])
def test_head_that_begins_another_word(text, expected):
    assert ents(text) == expected
