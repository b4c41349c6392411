"""Entity spans: tables of sentences written for these tests, per label, with the traps."""

import pickle

import pytest
from hypothesis import given, settings, strategies as st

from luoyang_nlp import Extractor
from luoyang_nlp.entities import EntityMatcher, load_lexicon


_EXTRACTOR = []


def _shared():
    if not _EXTRACTOR:
        _EXTRACTOR.append(Extractor(facts=False))
    return _EXTRACTOR[0]


@pytest.fixture(scope="module")
def ex():
    return _shared()


def ents(ex, text):
    doc = ex.extract(text)
    for s in doc.spans:
        assert text[s.start:s.end] == s.text
    return [(s.label, s.text) for s in doc.entities]


CASES = [
    # PLACE: chains split, short names, rivers, roads, regions
    ("河南省洛阳市涧西区", [("PLACE", "河南省"), ("PLACE", "洛阳市"), ("PLACE", "涧西区")]),
    ("洛阳市伊滨区今年计划新开工一批工程", [("PLACE", "洛阳市"), ("PLACE", "伊滨区")]),
    ("偃师、孟津两区和新安县", [("PLACE", "偃师"), ("PLACE", "孟津"), ("PLACE", "新安县")]),
    ("黄河、洛河、伊河流经洛阳。", [("PLACE", "黄河"), ("PLACE", "洛河"), ("PLACE", "伊河"), ("PLACE", "洛阳")]),
    ("中原地区与华中地区", [("PLACE", "中原地区"), ("PLACE", "华中地区")]),
    ("店铺位于王城大道与九都路交叉口", [("PLACE", "王城大道"), ("PLACE", "九都路")]),
    ("磁涧镇和横水镇的企业", [("PLACE", "磁涧镇"), ("PLACE", "横水镇")]),
    ("偃师区岳滩镇王庄村的农田", [("PLACE", "偃师区"), ("PLACE", "岳滩镇"), ("PLACE", "王庄村")]),
    ("瀍河区东坡社区开展活动", [("PLACE", "瀍河区"), ("PLACE", "东坡社区")]),
    ("伊川县今年城镇化率提高", [("PLACE", "伊川县")]),
    ("吉利区与孟津县合并设立孟津区", [("PLACE", "吉利区"), ("PLACE", "孟津县"), ("PLACE", "孟津区")]),
    ("城市委员会", []),
    # the 市长 trap
    ("洛阳市长寿路与九都路交叉口", [("PLACE", "洛阳市"), ("PLACE", "长寿路"), ("PLACE", "九都路")]),
    ("洛阳市长刘强出席会议。", [("PLACE", "洛阳"), ("POSITION", "市长"), ("PERSON", "刘强")]),
    ("城市长远发展规划", []),
    ("格局长期向好", []),
    # titles with places and bodies
    ("洛龙区委书记陈刚主持会议", [("PLACE", "洛龙"), ("POSITION", "区委书记"), ("PERSON", "陈刚")]),
    ("洛阳市委常委、副市长王明", [("PLACE", "洛阳"), ("POSITION", "市委常委"), ("POSITION", "副市长"), ("PERSON", "王明")]),
    ("市发改委主任张伟表示，进展顺利。", [("ORG", "市发改委"), ("POSITION", "主任"), ("PERSON", "张伟")]),
    ("市科技局党组书记、局长赵东", [("ORG", "市科技局"), ("POSITION", "党组书记"), ("POSITION", "局长"), ("PERSON", "赵东")]),
    ("洛阳市政府工作报告提出", [("ORG", "洛阳市政府")]),
    ("河南省人民政府办公厅印发通知", [("ORG", "河南省人民政府办公厅")]),
    ("区党工委、管委会召开会议", [("ORG", "区党工委"), ("ORG", "管委会")]),
    # a party's or mass organisation's local committee: owner + place + body is one ORG
    ("团员代表向共青团平顶山市委提交建议", [("ORG", "共青团平顶山市委")]),
    ("九三学社南阳市委换届", [("ORG", "九三学社南阳市委")]),
    ("民盟开封市委与民建开封市委联合调研", [("ORG", "民盟开封市委"), ("ORG", "民建开封市委")]),
    ("中共洛阳市委印发意见", [("ORG", "中共洛阳市委")]),  # control
    # a head that ends a listed division's name (梁园区, 浦东新区) names no park there
    ("商丘市梁园区召开干部大会", [("PLACE", "商丘市"), ("PLACE", "梁园区")]),
    ("长春市绿园区启动旧城改造", [("PLACE", "长春市"), ("PLACE", "绿园区")]),
    # PERSON: bylines, enumerations, mentions again later
    ("记者 刘洋 通讯员 陈静", [("POSITION", "记者"), ("PERSON", "刘洋"), ("POSITION", "通讯员"), ("PERSON", "陈静")]),
    ("会议由区长李明主持，区领导王刚、赵丽、孙伟等参加。",
     [("POSITION", "区长"), ("PERSON", "李明"), ("POSITION", "区领导"), ("PERSON", "王刚"), ("PERSON", "赵丽"), ("PERSON", "孙伟")]),
    ("市委书记周平来到工地。周平指出，要抓进度。", [("POSITION", "市委书记"), ("PERSON", "周平"), ("PERSON", "周平")]),
    ("刘敏、黄涛等陪同调研。", [("PERSON", "刘敏"), ("PERSON", "黄涛")]),
    ("这是最后一段。(郑晓)\n", [("PERSON", "郑晓")]),
    ("[责任编辑:宋佳]", [("POSITION", "责任编辑"), ("PERSON", "宋佳")]),
    ("书记高度重视", [("POSITION", "书记")]),
    ("正文到此为止。(原标题)\n", []),
    ("方法:先洗手\n时间:明天", []),
    ("市委书记和市长出席", [("POSITION", "市委书记"), ("POSITION", "市长")]),
    ("伊川县委书记刘卫东陪同", [("PLACE", "伊川"), ("POSITION", "县委书记"), ("PERSON", "刘卫东")]),
    ("白沙村党总支书记李红介绍情况", [("PLACE", "白沙"), ("POSITION", "村党总支书记"), ("PERSON", "李红")]),
    # two level words before a body name a kind of unit, no one body (各乡镇政府, 县区政府)
    ("各乡镇政府要压实责任", []),
    ("各县区政府分管同志到会", []),
    ("公司董事长郭涛表示", [("POSITION", "董事长"), ("PERSON", "郭涛")]),
    ("王老师和李同学来到学校。", []),
    # COMPANY / ORG: lexicon, suffixes, parenthesised places, lists
    ("中铝洛阳铜加工有限公司、中信重工和洛阳LYC轴承有限公司",
     [("COMPANY", "中铝洛阳铜加工有限公司"), ("COMPANY", "中信重工"), ("COMPANY", "洛阳LYC轴承有限公司")]),
    ("走进明远精工(洛阳)有限公司车间", [("COMPANY", "明远精工(洛阳)有限公司")]),
    ("河南科技大学与洛阳理工学院签订协议", [("ORG", "河南科技大学"), ("ORG", "洛阳理工学院")]),
    ("该公司与其他公司合作", []),
    ("已签约宁德时代、青禾新能等企业", [("COMPANY", "宁德时代"), ("COMPANY", "青禾新能")]),
    ("中信重工、洛阳市政府和河南科技大学", [("COMPANY", "中信重工"), ("ORG", "洛阳市政府"), ("ORG", "河南科技大学")]),
    ("双方携手共建智能传感创新研究院", [("ORG", "智能传感创新研究院")]),
    # a time word before a name read back from its head is when, not part of the name
    ("去年华星建材集团完成投资", [("COMPANY", "华星建材集团")]),
    ("近日星河数控科技有限公司揭牌", [("COMPANY", "星河数控科技有限公司")]),
    ("3月份星河数控科技有限公司投产", [("COMPANY", "星河数控科技有限公司")]),
    # the unit of a date written right before (2019年度, 5月份) is no part of a name read back
    ("2019年度开封市重点康养项目有序推进", [("PLACE", "开封市")]),
    ("2019年度星河智能装备产业园项目开工", [("PROJECT", "星河智能装备产业园项目")]),
    # a qualifier anywhere in a project's name part makes a class of projects, not a name;
    # a body may hold one
    ("开封市重点文化项目加快推进", [("PLACE", "开封市")]),
    ("计划打造百亿级铝精深加工产业园", []),
    ("开封市重点项目建设服务中心负责人介绍", [("ORG", "开封市重点项目建设服务中心")]),
    # a zone named by the places' one-character abbreviations (郑汴, 郑洛新), with its area
    # written after it as one PLACE; a free-trade zone's area stays its own
    ("推进郑汴产业融合示范区建设", [("PLACE", "郑汴产业融合示范区")]),
    ("纳入郑汴产业融合示范区开封片区", [("PLACE", "郑汴产业融合示范区开封片区")]),
    ("在河南自贸区洛阳片区注册的企业", [("PLACE", "河南自贸区"), ("PLACE", "洛阳片区")]),
    # "from A to B" roads listed before the one that carries the head share it
    ("开封至许昌、周口至南阳高速公路正在建设", [("PROJECT", "开封至许昌"), ("PROJECT", "周口至南阳高速公路")]),
    # names the public corpora attest, written with common words only (attested_orgs.tsv)
    ("民生银行等多家银行下调利率", [("COMPANY", "民生银行")]),
    ("受国家体育总局委托举办", [("ORG", "国家体育总局")]),
    # 重点实验室 is a head of its own: 重点 before it is no qualifier of a generic phrase
    ("星河大学牵头建设的高端轴承国家重点实验室通过验收", [("ORG", "星河大学"), ("ORG", "高端轴承国家重点实验室")]),
    ("全市新增省重点实验室5家", []),
    # PROJECT: heads, left boundaries, generic phrases
    ("总投资12亿元的洛阳智能装备产业园项目开工。", [("PROJECT", "洛阳智能装备产业园项目")]),
    ("宁德时代洛阳基地二期开工", [("PROJECT", "宁德时代洛阳基地二期")]),
    ("该项目是全市重大项目之一。", []),
    ("签约项目8个", []),
    ("今年谋划布局了洛阳航空城产业园、洛阳硅材料产业园等一批园区", [("PROJECT", "洛阳航空城产业园"), ("PROJECT", "洛阳硅材料产业园")]),
    # a sum with a verb of building before 的 names the project after it (投资…亿元建设的X项目)
    ("某县投资8亿元建设的青峰山生态康养项目开园", [("PROJECT", "青峰山生态康养项目")]),
    ("双方将共建新能源汽车零部件生产基地", []),
    ("推进新能源产业园建设", []),
    ("打造千亿级产业园，建设零碳产业园", []),
    ("洛阳高端装备产业园开园", [("PROJECT", "洛阳高端装备产业园")]),
    ("科技馆、国际会展中心和文化艺术中心加快建设", [("PROJECT", "国际会展中心"), ("PROJECT", "文化艺术中心")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_entity_table(ex, text, expected):
    assert ents(ex, text) == expected


def test_traditional_text_keeps_original_offsets(ex):
    text = "澗西區委書(shū)記王立新主持會議"
    assert ents(ex, text) == [("PLACE", "澗西"), ("POSITION", "區委書(shū)記"), ("PERSON", "王立新")]
    doc = ex.extract("位於澗西區的工廠")
    place = [s for s in doc.entities if s.label == "PLACE"][0]
    assert (place.text, place.start, place.end) == ("澗西區", 2, 5)


def test_figures_and_entities_do_not_overlap(ex):
    doc = ex.extract("中州时代年产60GWh的洛阳基地总投资约140亿元")
    spans = sorted(doc.spans, key=lambda s: s.start)
    for a, b in zip(spans, spans[1:]):
        assert a.end <= b.start


def test_add_entries_on_live_extractor_and_after_pickling():
    ex = Extractor(facts=False)
    assert ("COMPANY", "示例云科") not in ents(ex, "示例云科落户")
    ex.add_entries([("示例云科", "COMPANY", ["云科"]), {"name": "智慧岛", "label": "project"}])
    assert ents(ex, "示例云科在智慧岛落户，云科员工") == [
        ("COMPANY", "示例云科"), ("PROJECT", "智慧岛"), ("COMPANY", "云科")]
    clone = pickle.loads(pickle.dumps(ex))
    assert ents(clone, "云科在智慧岛") == [("COMPANY", "云科"), ("PROJECT", "智慧岛")]
    assert [t[0] for t in ex.extract("示例云科在智慧岛").tokens][:1] == ["示例云科"]


@pytest.mark.parametrize("bad", [("x", "NOPE"), ("", "PLACE"), (1, "PLACE"), "just a string"])
def test_add_entries_rejects_bad_entries(bad):
    m = EntityMatcher()
    with pytest.raises((ValueError, TypeError)):
        m.add_entries([bad] if not isinstance(bad, str) else bad)


def test_custom_lexicon_file(tmp_path):
    p = tmp_path / "mine.tsv"
    p.write_text("# my lexicon\nname\tlabel\tcanonical\taliases\tparent\tnote\n"
                 "青松数据\tCOMPANY\t青松数据科技有限公司\t青松\t\t\n", encoding="utf-8")
    assert load_lexicon(p)[0].aliases == ("青松",)
    ex = Extractor(lexicons=[p], facts=False)
    assert ents(ex, "青松数据和青松") == [("COMPANY", "青松数据"), ("COMPANY", "青松")]


def test_custom_title_introduces_a_person():
    ex = Extractor(facts=False)
    ex.add_entries([("首席数据官", "POSITION")])
    assert ents(ex, "首席数据官韩松介绍") == [("POSITION", "首席数据官"), ("PERSON", "韩松")]


def test_bad_lexicon_file_fails_early(tmp_path):
    p = tmp_path / "bad.tsv"
    p.write_text("name\tlabel\n某地\tTOWN\n", encoding="utf-8")
    with pytest.raises(ValueError, match="TOWN"):
        Extractor(lexicons=[p])
    with pytest.raises(FileNotFoundError):
        Extractor(lexicons=[tmp_path / "missing.tsv"])


def test_matcher_pickles_without_automaton():
    m = EntityMatcher()
    m("洛阳")
    state = pickle.dumps(m)
    assert len(state) < 20000
    assert [c.label for c in pickle.loads(state)("洛阳市")] == ["PLACE"]


@pytest.mark.parametrize("text", ["", "(", "、、、等参加", "记者", "((洛阳))", "公司", "\n张三:", "的的的项目"])
def test_odd_input(ex, text):
    ents(ex, text)


_PIECES = ["洛阳", "市", "市委书记", "江凌", "、", "等", "产业园", "项目", "有限公司", "(", ")", "的", "区长", "记者 ",
           "投资5亿元的", "澗西區", "書(shū)記", "\n", "王", "和", "长寿路", "镇", "社区", "集团", ":"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25))
def test_generated_text_gives_flat_true_offsets(pieces):
    text = "".join(pieces)
    doc = _shared().extract(text)
    last = 0
    for s in sorted(doc.spans, key=lambda s: s.start):
        assert text[s.start:s.end] == s.text and s.start >= last
        last = s.end


# --- word alternations (entities/text.py) ----------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("甲乙丙丁(x", min_size=1, max_size=4), min_size=1, max_size=12),
       st.text("甲乙丙丁(x\n", max_size=20),
       st.sampled_from(["{}", "(?:{})$", "x{{1,3}}?(?:{})(?=[乙丙])", "({})+", "(?:{})丁"]))
def test_alternation_matches_as_the_longest_first_list(words, text, frame):
    """The trie-shaped alternation finds what a flat list, longest word first, finds."""
    import re

    from luoyang_nlp.entities.text import alternation

    flat = re.compile(frame.format("|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))))
    trie = re.compile(frame.format(alternation(words)))
    for i in range(0, len(text) + 1, 3):
        assert [(m.span(), m.groups()) for m in flat.finditer(text, i)] == \
            [(m.span(), m.groups()) for m in trie.finditer(text, i)]
    assert flat.sub("", text) == trie.sub("", text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 8), st.sampled_from(["ORG", "PLACE"]),
                          st.integers(1, 3), st.sampled_from(["a", "b"])), max_size=40))
def test_rule_resolution_keeps_longest_first_in_groups(raw):
    """The rules' own resolution, group by group, keeps what one pass in its order keeps."""
    from luoyang_nlp.entities.rules import _resolve

    cands = [(s, s + n, label, prio, src) for s, n, label, prio, src in raw]
    kept = []
    for s, e, label, prio, src in sorted(cands, key=lambda c: (c[0] - c[1], -c[3], c[0], c[1], c[2], c[4])):
        if all(e <= a or b <= s for a, b, _, _ in kept):
            kept.append((s, e, label, src))
    assert _resolve(cands) == sorted(kept)


# What the rules read on their own (the model may find these too, and would hide a rule's gap).
RULE_CASES = [
    # 投资 ends a firm's name on its left unless only generic words and the head follow it
    ("新组建的星河城市发展投资集团有限公司揭牌", [("COMPANY", "星河城市发展投资集团有限公司")]),
    ("该公司投资星河新能源科技有限公司", [("COMPANY", "星河新能源科技有限公司")]),
]


@pytest.fixture(scope="module")
def rules_only():
    return Extractor(model=False, facts=False)


@pytest.mark.parametrize("text,expected", RULE_CASES)
def test_rules_alone(rules_only, text, expected):
    assert ents(rules_only, text) == expected
