"""Facts: figures linked to their measure, owner, date and stage; people to their offices.

Most tests call ``facts.link`` with spans given explicitly, so they do not depend on how
well the recognisers find entities; a few go end to end through the public API.
"""

from __future__ import annotations

import bisect

import pytest

from luoyang_nlp.candidate import Candidate, Context
from luoyang_nlp.doc import Span
from luoyang_nlp.facts import link, metric_key
from luoyang_nlp.normalise import normalise


def build(text: str, marks: list[tuple[str, str]]):
    """Spans for ``marks`` — ``(surface, label)`` found left to right in ``text`` — as
    the pipeline hands them to ``link``: candidates over the normalised text and spans over
    the original."""
    norm = normalise(text)
    starts = [norm.char_range(i)[0] for i in range(len(norm.text))]
    ends = [norm.char_range(i)[1] for i in range(len(norm.text))]
    chosen, spans, pos = [], [], 0
    for surface, label in marks:
        s = text.index(surface, pos)
        e = s + len(surface)
        pos = e
        a, b = bisect.bisect_left(starts, s), bisect.bisect_right(ends, e)
        chosen.append(Candidate(a, b, label))
        spans.append(Span(surface, label, s, e))
    return norm, chosen, spans


def facts_of(text: str, marks: list[tuple[str, str]]) -> list[dict]:
    norm, chosen, spans = build(text, marks)
    return link(norm, chosen, spans, Context())


def show(text: str, ref):
    return None if ref is None else text[ref["start"]:ref["end"]]


def figure_table(text, marks):
    """``{figure text: (metric, subject text, date text, stage)}``."""
    out = {}
    for f in facts_of(text, marks):
        if "figure" in f:
            out[show(text, f["figure"])] = (f["metric"], show(text, f["subject"]), show(text, f["date"]), f.get("stage"))
    return out


FIGURE_CASES = [
    # the date a change is compared with (比去年同期, 较上年) is not the figure's date, and the
    # comparison names no measure: the change is of the measure before it;
    # a change in percentage points after a growth rate is one of the rate (增速提高)
    ("截至9月底，甲县汽车保有量达到8.6万辆，比去年同期增加2.3万辆。",
     [("9月", "DATE"), ("甲县", "PLACE"), ("8.6万辆", "COUNT"), ("去年", "DATE"), ("2.3万辆", "COUNT")],
     {"8.6万辆": ("汽车保有量", "甲县", "9月", None), "2.3万辆": ("汽车保有量增加", "甲县", "9月", None)}),
    ("2023年甲县工业增加值增长8%，较上年提高1.2个百分点。",
     [("2023年", "DATE"), ("甲县", "PLACE"), ("8%", "PERCENT"), ("上年", "DATE"), ("1.2个百分点", "PERCENT")],
     {"8%": ("工业增加值增长", "甲县", "2023年", None), "1.2个百分点": ("工业增加值增速提高", "甲县", "2023年", None)}),
    # owner, then its measures; the topic carries over the clauses of the sentence
    ("龙门数据中心项目总投资12亿元，占地300亩，建筑面积8.5万平方米。",
     [("龙门数据中心项目", "PROJECT"), ("12亿元", "MONEY"), ("300亩", "AREA"), ("8.5万平方米", "AREA")],
     {"12亿元": ("总投资", "龙门数据中心项目", None, None), "300亩": ("占地", "龙门数据中心项目", None, None),
      "8.5万平方米": ("建筑面积", "龙门数据中心项目", None, None)}),
    # list items: "投资X的A和投资Y的B"
    ("此次签约的项目分别是投资8亿元的华夏智能装备产业园和投资3亿元的绿源新材料项目。",
     [("8亿元", "MONEY"), ("华夏智能装备产业园", "PROJECT"), ("3亿元", "MONEY"), ("绿源新材料项目", "PROJECT")],
     {"8亿元": ("投资", "华夏智能装备产业园", None, "签约"), "3亿元": ("投资", "绿源新材料项目", None, "签约")}),
    # attributes listed before 的 all belong to the owner after it
    ("会上签约了总投资20亿元、占地300亩的河洛新材料产业园。",
     [("20亿元", "MONEY"), ("300亩", "AREA"), ("河洛新材料产业园", "PROJECT")],
     {"20亿元": ("总投资", "河洛新材料产业园", None, "签约"), "300亩": ("占地", "河洛新材料产业园", None, "签约")}),
    # an owner whose attribute opens the clause (投资X的Y…) is the topic of what follows
    ("其中，投资25亿元的储能电池产业园项目占地420亩，建成后可实现年产值50亿元。",
     [("25亿元", "MONEY"), ("储能电池产业园项目", "PROJECT"), ("420亩", "AREA"), ("50亿元", "MONEY")],
     {"25亿元": ("投资", "储能电池产业园项目", None, None), "420亩": ("占地", "储能电池产业园项目", None, None),
      "50亿元": ("年产值", "储能电池产业园项目", None, None)}),  # 建成后: a condition, no stage
    # a located owner (位于X的Y) is the topic of its sentence
    ("位于伊滨区的龙鼎铝业年产铝箔10万吨，年产值30亿元。",
     [("伊滨区", "PLACE"), ("龙鼎铝业", "COMPANY"), ("10万吨", "MASS"), ("30亿元", "MONEY")],
     {"10万吨": ("年产能", "龙鼎铝业", None, None), "30亿元": ("年产值", "龙鼎铝业", None, None)}),
    # an unnamed thing after 的 is an unnamed owner
    ("会上集中开工了总投资6亿元的一批民生工程。",
     [("6亿元", "MONEY")],
     {"6亿元": ("总投资", None, None, "开工")}),
    # an unnamed group: counts and totals without an owner
    ("2023年5月，本次集中签约项目15个，总投资126亿元。",
     [("2023年5月", "DATE"), ("15个", "COUNT"), ("126亿元", "MONEY")],
     {"15个": ("签约项目", None, "2023年5月", "签约"), "126亿元": ("总投资", None, "2023年5月", "签约")}),
    # named members of a group (…等12家企业) do not own the group's figures
    ("今年已累计引进宏达科技、星河电子等12家企业，总投资45亿元。",
     [("宏达科技", "COMPANY"), ("星河电子", "COMPANY"), ("12家", "COUNT"), ("45亿元", "MONEY")],
     {"12家": ("企业", None, None, None), "45亿元": ("总投资", None, None, None)}),
    # company right before its capacity; stage verb in the sentence
    ("天元重工年产20万吨特种钢项目昨日开工。",
     [("天元重工", "COMPANY"), ("20万吨", "MASS")],
     {"20万吨": ("年产能", "天元重工", None, "开工")}),
    # territorial measures and growth rates
    ("上半年，孟津区地区生产总值完成210亿元，同比增长6.1%；一般公共预算收入9.8亿元，增长12.5%。",
     [("上半年", "DATE"), ("孟津区", "PLACE"), ("210亿元", "MONEY"), ("6.1%", "PERCENT"), ("9.8亿元", "MONEY"),
      ("12.5%", "PERCENT")],
     {"210亿元": ("地区生产总值", "孟津区", "上半年", None), "6.1%": ("地区生产总值增长", "孟津区", "上半年", None),
      "9.8亿元": ("一般公共预算收入", "孟津区", "上半年", None),
      "12.5%": ("一般公共预算收入增长", "孟津区", "上半年", None)}),
    # a territorial measure with no owner in its sentence belongs to the place named last
    ("洛宁县召开经济工作会议。\n全年实现GDP98亿元，固定资产投资增长8%。",
     [("洛宁县", "PLACE"), ("98亿元", "MONEY"), ("8%", "PERCENT")],
     {"98亿元": ("GDP", "洛宁县", None, None), "8%": ("固定资产投资增长", "洛宁县", None, None)}),
    # a referring word (该园区) takes the last owner of its kind, not the place after 位于
    ("洛北物流园位于伊川县。该园区占地1200亩，入驻企业36家。",
     [("洛北物流园", "PROJECT"), ("伊川县", "PLACE"), ("1200亩", "AREA"), ("36家", "COUNT")],
     {"1200亩": ("占地", "洛北物流园", None, None), "36家": ("入驻企业", "洛北物流园", None, None)}),
    # a sentence opening with a count is about an unnamed group, not the previous topic
    ("滨河公园改造基本完成。18条道路中6条已建成通车。",
     [("滨河公园", "PROJECT"), ("18条", "COUNT"), ("6条", "COUNT")],
     {"18条": ("道路", None, None, None), "6条": ("道路", None, None, "竣工")}),
    # a sentence without an actor continues the previous sentence's topic
    ("青年创业园一期建成投用。规划建筑面积3.2万平方米。",
     [("青年创业园", "PROJECT"), ("3.2万平方米", "AREA")],
     {"3.2万平方米": ("规划建筑面积", "青年创业园", None, "规划")}),  # the planned area, at stage 规划
    # a breakdown (其中) takes the measure of the whole
    ("基金重点对三个园区进行投资。其中，智谷产业园5亿元、康养小镇3亿元，文旅板块2亿元。",
     [("智谷产业园", "PROJECT"), ("5亿元", "MONEY"), ("康养小镇", "PROJECT"), ("3亿元", "MONEY"), ("2亿元", "MONEY")],
     {"5亿元": ("投资", "智谷产业园", None, None), "3亿元": ("投资", "康养小镇", None, None),
      "2亿元": ("投资", None, None, None)}),
    # a person's organisation is not the topic; the next clause names the project
    ("华能新能源公司总经理刘强表示，汝阳风电场总装机容量100兆瓦。",
     [("华能新能源公司", "COMPANY"), ("总经理", "POSITION"), ("刘强", "PERSON"), ("汝阳风电场", "PROJECT"),
      ("100兆瓦", "POWER")],
     {"100兆瓦": ("总装机容量", "汝阳风电场", None, None)}),
    # a count's measure is the noun it counts; stages are for projects, not places
    ("栾川县今年建成5所乡村学校。",
     [("栾川县", "PLACE"), ("今年", "DATE"), ("5所", "COUNT")],
     {"5所": ("乡村学校", "栾川县", "今年", None)}),
    # a place modifying the owner after it (X区的Y项目) is not the owner
    ("偃师区首阳山街道的智能农机产业园项目总投资35亿元，规划用地480亩。",
     [("偃师区", "PLACE"), ("首阳山街道", "PLACE"), ("智能农机产业园项目", "PROJECT"), ("35亿元", "MONEY"),
      ("480亩", "AREA")],
     {"35亿元": ("总投资", "智能农机产业园项目", None, None), "480亩": ("规划用地", "智能农机产业园项目", None, "规划")}),
    # A、B、C分别…X、Y和Z: the i-th owner takes the i-th figure, and all share the measure
    ("其中，栾川县、嵩县、汝阳县分别新开工项目5个、4个和3个。",
     [("栾川县", "PLACE"), ("嵩县", "PLACE"), ("汝阳县", "PLACE"), ("5个", "COUNT"), ("4个", "COUNT"), ("3个", "COUNT")],
     {"5个": ("新开工项目", "栾川县", None, "开工"), "4个": ("新开工项目", "嵩县", None, "开工"),
      "3个": ("新开工项目", "汝阳县", None, "开工")}),  # a place's figures about its projects take the stage
    # a measure word or a date may stand between the owners and 分别
    ("星河产业园项目、月湖物流园项目总投资分别为5亿元和3亿元。",
     [("星河产业园项目", "PROJECT"), ("月湖物流园项目", "PROJECT"), ("5亿元", "MONEY"), ("3亿元", "MONEY")],
     {"5亿元": ("总投资", "星河产业园项目", None, None), "3亿元": ("总投资", "月湖物流园项目", None, None)}),
    ("星河公司、月湖公司2023年分别实现营收5亿元、3亿元。",
     [("星河公司", "COMPANY"), ("月湖公司", "COMPANY"), ("2023年", "DATE"), ("5亿元", "MONEY"), ("3亿元", "MONEY")],
     {"5亿元": ("营收", "星河公司", "2023年", None), "3亿元": ("营收", "月湖公司", "2023年", None)}),
    # a clause opening with a scope word (全市) is about an unnamed group, even after an actor
    ("市发改委发布消息，10月份全市新开工项目46个，计划总投资318亿元。",
     [("市发改委", "ORG"), ("10月份", "DATE"), ("46个", "COUNT"), ("318亿元", "MONEY")],
     {"46个": ("新开工项目", None, "10月份", "开工"), "318亿元": ("计划总投资", None, "10月份", "开工")}),
    # ... but a territorial measure after 全区 goes to the last district named
    ("孟津区召开会议，研究黄河流域生态保护。会议指出，上半年全区地区生产总值增长6.2%。",
     [("孟津区", "PLACE"), ("黄河流域", "PLACE"), ("上半年", "DATE"), ("6.2%", "PERCENT")],
     {"6.2%": ("地区生产总值增长", "孟津区", "上半年", None)}),
    # no owner anywhere
    ("全市新增就业2.3万人。",
     [("2.3万人", "COUNT")],
     {"2.3万人": ("新增就业", None, None, None)}),
    # a breakdown inside the sentence: ordinals of phases drop, ordinals inside terms stay
    ("洛宁县地区生产总值增长5.2%，其中第二产业增加值增长6.1%；二期工程投资9亿元。",
     [("洛宁县", "PLACE"), ("5.2%", "PERCENT"), ("6.1%", "PERCENT"), ("9亿元", "MONEY")],
     {"5.2%": ("地区生产总值增长", "洛宁县", None, None), "6.1%": ("第二产业增加值增长", "洛宁县", None, None),
      "9亿元": ("二期工程投资", "洛宁县", None, None)}),
    # durations name no measure unless the table knows one
    ("会议持续了近50分钟。",
     [("近50分钟", "DURATION")],
     {"近50分钟": (None, None, None, None)}),
]


@pytest.mark.parametrize("text,marks,expected", FIGURE_CASES, ids=[c[0][:12] for c in FIGURE_CASES])
def test_figure_facts(text, marks, expected):
    assert figure_table(text, marks) == expected


def test_traditional_text_gives_simplified_metrics_and_original_offsets():
    text = "伊川縣綠色建材產業園總投資8億元，佔(zhàn)地260畝。"
    marks = [("伊川縣綠色建材產業園", "PROJECT"), ("8億元", "MONEY"), ("260畝", "AREA")]
    facts = facts_of(text, marks)
    table = {show(text, f["figure"]): (f["metric"], show(text, f["subject"])) for f in facts}
    assert table == {"8億元": ("总投资", "伊川縣綠色建材產業園"), "260畝": ("占地", "伊川縣綠色建材產業園")}


PEOPLE_CASES = [
    ("市委常委、副市长王建国，市发改委主任李明出席。",
     [("市委常委", "POSITION"), ("副市长", "POSITION"), ("王建国", "PERSON"), ("市发改委", "ORG"),
      ("主任", "POSITION"), ("李明", "PERSON")],
     {("王建国", "市委常委", None), ("王建国", "副市长", None), ("李明", "主任", "市发改委")}),
    # a place before the title is the office's org; the org carries along the chain
    ("宜阳县委副书记、县长赵强主持会议。",
     [("宜阳", "PLACE"), ("县委副书记", "POSITION"), ("县长", "POSITION"), ("赵强", "PERSON")],
     {("赵强", "县委副书记", "宜阳"), ("赵强", "县长", "宜阳")}),
    # one title, several people
    ("副市长张华、刘洋参加调研。",
     [("副市长", "POSITION"), ("张华", "PERSON"), ("刘洋", "PERSON")],
     {("张华", "副市长", None), ("刘洋", "副市长", None)}),
    # title after the name; bylines with a space or colon
    ("孙立总经理介绍了情况。（记者 周敏）责任编辑：陈静",
     [("孙立", "PERSON"), ("总经理", "POSITION"), ("记者", "POSITION"), ("周敏", "PERSON"),
      ("责任编辑", "POSITION"), ("陈静", "PERSON")],
     {("孙立", "总经理", None), ("周敏", "记者", None), ("陈静", "责任编辑", None)}),
    # a name, then 任 and an office with its organisation
    ("会议宣布张明任市科技局局长。",
     [("张明", "PERSON"), ("市科技局", "ORG"), ("局长", "POSITION")],
     {("张明", "局长", "市科技局")}),
    # appointments: 任命 X 为, X 现任, X 同志任, X 是 … the title after the name is the name's
    ("经研究，任命张明为市科技局局长。",
     [("张明", "PERSON"), ("市科技局", "ORG"), ("局长", "POSITION")],
     {("张明", "局长", "市科技局")}),
    ("李华现任月湖县副县长，分管农业。",
     [("李华", "PERSON"), ("月湖县", "PLACE"), ("副县长", "POSITION")],
     {("李华", "副县长", "月湖县")}),
    ("李华同志任月湖县副县长。",
     [("李华", "PERSON"), ("月湖县", "PLACE"), ("副县长", "POSITION")],
     {("李华", "副县长", "月湖县")}),
    ("拟任李华为月湖县副县长人选。",
     [("李华", "PERSON"), ("月湖县", "PLACE"), ("副县长", "POSITION")],
     {("李华", "副县长", "月湖县")}),
    ("李华为副市长颁奖。",  # control: 为 is "for" when a verb follows the title
     [("李华", "PERSON"), ("副市长", "POSITION")],
     set()),
    # a title far from any name links nobody
    ("会议要求各级干部和副市长一起，把工作做实。王明发言。",
     [("副市长", "POSITION"), ("王明", "PERSON")],
     set()),
    # announcements: an honorific and a time word after the name, the writer's own firm before
    # the title, and resignations link the title too (facts_cues.tsv name_honorific, name_adverb, own_firm)
    ("委任赵飞先生为行长。", [("赵飞", "PERSON"), ("行长", "POSITION")], {("赵飞", "行长", None)}),
    ("赵飞先生此前担任星河银行副行长。", [("赵飞", "PERSON"), ("星河银行", "COMPANY"), ("副行长", "POSITION")],
     {("赵飞", "副行长", "星河银行")}),
    ("王芳女士将出任公司行政总裁。", [("王芳", "PERSON"), ("行政总裁", "POSITION")], {("王芳", "行政总裁", None)}),
    ("杨建立先生辞去公司董事长职务。", [("杨建立", "PERSON"), ("董事长", "POSITION")], {("杨建立", "董事长", None)}),
    ("免去张国强的星河市交通运输局副局长职务。", [("张国强", "PERSON"), ("星河市交通运输局", "ORG"), ("副局长", "POSITION")],
     {("张国强", "副局长", "星河市交通运输局")}),
    ("李华先生为公司发展作出贡献，副市长出席。", [("李华", "PERSON"), ("副市长", "POSITION")], set()),  # control
]


@pytest.mark.parametrize("text,marks,expected", PEOPLE_CASES, ids=[c[0][:10] for c in PEOPLE_CASES])
def test_person_facts(text, marks, expected):
    got = {(show(text, f["person"]), show(text, f["position"]), show(text, f["org"]))
           for f in facts_of(text, marks) if "person" in f}
    assert got == expected


def test_every_reference_is_a_span_and_each_figure_has_one_fact():
    for text, marks, _ in FIGURE_CASES + PEOPLE_CASES:
        norm, chosen, spans = build(text, marks)
        facts = link(norm, chosen, spans, Context())
        keys = {(s.start, s.end) for s in spans}
        for f in facts:
            for role in ("figure", "subject", "date", "person", "position", "org"):
                r = f.get(role)
                if r is not None:
                    assert (r["start"], r["end"]) in keys
        figures = [f["figure"] for f in facts if "figure" in f]
        assert len(figures) == len({(r["start"], r["end"]) for r in figures})
        assert len(figures) == sum(s.label not in ("DATE",) and s.is_figure for s in spans)


def test_fact_shape_matches_the_gold_format():
    fact = facts_of("新区项目总投资5亿元。", [("5亿元", "MONEY")])[0]
    assert list(fact) == ["figure", "metric", "subject", "date"]
    assert fact["figure"] == {"start": 7, "end": 10}


def test_no_spans_and_bad_arguments():
    norm = normalise("没有数字。")
    assert link(norm, [], [], Context()) == []
    with pytest.raises(ValueError):
        link(norm, [Candidate(0, 1, "COUNT")], [], Context())


@pytest.mark.parametrize("metric,key", [
    ("总投资", "investment_total"), ("占地", "land_area"), ("GDP增长", "gdp_growth"),
    ("地区生产总值增长", "gdp_growth"), ("增长", "growth"), ("一般公共预算收入下降", "budget_revenue_decline"),
    ("新渠开挖", None), (None, None),
])
def test_metric_keys(metric, key):
    assert metric_key(metric) == key


# --- end to end (current behaviour of the whole pipeline) -----------------------------------

def test_end_to_end_money_fact():
    import luoyang_nlp

    doc = luoyang_nlp.extract("项目总投资约140亿元。")
    figs = [f for f in doc.facts if "figure" in f]
    assert len(figs) == 1 and figs[0]["metric"] == "总投资"
    assert doc.text[figs[0]["figure"]["start"]:figs[0]["figure"]["end"]] == "约140亿元"
    assert doc.to_dict()["facts"] == [dict(f) for f in doc.facts]


def test_end_to_end_facts_can_be_switched_off():
    from luoyang_nlp import Extractor

    assert Extractor(facts=False).extract("项目总投资约140亿元。").facts == ()


# --- scoring (evaluate.score_facts) ----------------------------------------------------------

def test_fact_scoring():
    from luoyang_nlp.evaluate import score, score_facts

    r = lambda s, e: {"start": s, "end": e}  # noqa: E731
    text = "甲项目投资5亿元，甲项目占地9亩。市长王五。"
    gold = [{"id": "a", "text": text, "spans": [{"start": 15, "end": 17, "label": "AREA", "text": "9亩", "optional": True}],
             "facts": [
                 {"figure": r(5, 8), "metric": "投资", "subject": r(0, 3)},
                 {"figure": r(12, 14), "metric": "占地", "subject": None},
                 {"person": r(19, 21), "position": r(17, 19), "org": None}]}]
    pred = [{"id": "a", "text": text, "facts": [
        {"figure": r(5, 8), "metric": "总投资", "subject": r(9, 12)},  # other mention, same text: right
        {"figure": r(12, 14), "metric": "占地", "subject": r(0, 3)},  # wrong subject
        {"figure": r(15, 17), "metric": None, "subject": None},  # optional span: neutral
        {"figure": r(30, 32), "metric": None, "subject": None},  # not in gold: false positive
        {"person": r(19, 21), "position": r(17, 19), "org": None}]}]
    got = score_facts(gold, pred)
    assert got["figure_facts"]["tp"] == 1 and got["figure_facts"]["fp"] == 2 and got["figure_facts"]["fn"] == 1
    assert got["metric_accuracy"] == 0.5 and got["metrics_compared"] == 2
    assert got["person_facts"]["f1"] == 1.0
    assert "facts" in score(gold, pred) and "facts" not in score([{"id": "b", "text": "", "spans": []}], [])


# Current behaviour of the whole pipeline on sentences written for these tests: these also
# depend on the entity recognisers finding the owners (PROJECT/PLACE/PERSON/POSITION).
E2E_CASES = [
    ("洛阳科技馆项目位于洛龙区，总投资约21亿元，占地约160亩。",
     {("约21亿元", "总投资", "洛阳科技馆项目"), ("约160亩", "占地", "洛阳科技馆项目")}),
    ("2024年3月，宁德时代洛阳基地项目开工，总投资140亿元，年产能60GWh。",
     {("140亿元", "总投资", "宁德时代洛阳基地项目"), ("60GWh", "年产能", "宁德时代洛阳基地项目")}),
    ("伊滨區GDP增長6.5%，一般公共預算收入9.1億元。",
     {("6.5%", "GDP增长", "伊滨區"), ("9.1億元", "一般公共预算收入", "伊滨區")}),
]


@pytest.mark.parametrize("text,expected", E2E_CASES, ids=[c[0][:8] for c in E2E_CASES])
def test_end_to_end_facts(text, expected):
    import luoyang_nlp

    doc = luoyang_nlp.extract(text, published="2024-05-01")
    got = {(show(text, f["figure"]), f["metric"], show(text, f["subject"])) for f in doc.facts if "figure" in f}
    assert got == expected


STAGE_CASES = [  # stages.tsv: the stage word nearest the figure in its sentence
    ("月湖风电项目于5月8日全容量并网发电，装机容量100MW。", "100MW", "投产"),
    ("星河光伏电站已并网，装机容量20兆瓦。", "20兆瓦", "投产"),
    ("月湖风电项目于5月8日开工，装机容量100MW。", "100MW", "开工"),  # control
    # a project's stage written in a later clause of its sentence (before the next figure)
    ("星河铝业高端铝箔项目总投资26亿元，于今年3月开工。", "26亿元", "开工"),
    ("星河铝业高端铝箔项目总投资26亿元，占地300亩，今年开工。", "26亿元", None),  # guard: 开工 is 300亩's clause
    # a stage word followed by 后 is a condition, not the stage reported
    ("星河铝业高端铝箔项目建成后，年产值可达20亿元。", "20亿元", None),
    ("星河铝业高端铝箔项目已开工，建成后年产值可达20亿元。", "20亿元", "开工"),
    # a sentence naming no stage takes its paragraph's, else the text's (the event reported)
    ("星河县举行重大项目集中开工活动。本次共有项目12个，总投资80亿元。", "80亿元", "开工"),
    ("星河县举行重大项目集中开工活动。\n全县GDP增长6%。", "6%", None),  # guard: a place's own measure
    ("星河新区计划明年开工建设一批项目。本次共有项目12个，总投资80亿元。", "80亿元", None),  # a plan reports no stage
    ("星河铝业高端铝箔项目总投资30亿元，计划2026年建成投产。", "30亿元", None),  # nor in the figure's sentence
    ("星河县举行重大项目集中开工活动。本次共有项目12个，规划用地500亩，总投资80亿元。", "80亿元", "开工"),  # 规划用地: a measure
]


@pytest.mark.parametrize("text,figure,stage", STAGE_CASES, ids=[c[0][:8] for c in STAGE_CASES])
def test_end_to_end_stage_words(text, figure, stage):
    import luoyang_nlp

    doc = luoyang_nlp.extract(text, published="2024-05-01")
    assert [f.get("stage") for f in doc.facts if "figure" in f and show(text, f["figure"]) == figure] == [stage]


# a news outlet and the place of a dateline own no figure; an owner after the dateline or
# after a clause describing it (作为…的, 总部位于…的) opens its clause
DATELINE_CASES = [
    ("星河日报讯（记者 张三）今年以来，签约项目46个，总投资300亿元。", {"46个": None, "300亿元": None}),
    ("星河日报讯（记者 张三）青禾重工有限公司今年实现营业收入60.3亿元。", {"60.3亿元": "青禾重工有限公司"}),
    ("【星河晚报讯】记者 郑志华 洛阳报道：总部位于洛阳市的青禾钼业有限公司日前公布，营业收入1562.7亿元。",
     {"1562.7亿元": "青禾钼业有限公司"}),
    ("作为洛阳龙头企业的青禾重工有限公司今年实现营业收入60.3亿元。", {"60.3亿元": "青禾重工有限公司"}),
]


@pytest.mark.parametrize("text,subjects", DATELINE_CASES, ids=[c[0][:10] for c in DATELINE_CASES])
def test_end_to_end_datelines_own_no_figures(text, subjects):
    import luoyang_nlp

    doc = luoyang_nlp.extract(text, published="2024-05-01")
    got = {show(text, f["figure"]): f["subject"] and show(text, f["subject"]) for f in doc.facts if "figure" in f}
    assert {k: got.get(k, "missing") for k in subjects} == subjects


def test_end_to_end_people():
    import luoyang_nlp

    text = "市委书记江凌、市长徐衣显出席。"
    doc = luoyang_nlp.extract(text)
    got = {(show(text, f["person"]), show(text, f["position"])) for f in doc.facts if "person" in f}
    assert got == {("江凌", "市委书记"), ("徐衣显", "市长")}


# --- robustness: any spans over any text give facts that refer to those spans ---------------

from hypothesis import given, settings, strategies as st  # noqa: E402

_ALPHABET = "项目总投资亿元占地亩，。、的等和分别其中该全市增长5个年产公司县区 \n"
_LABELS = ["PROJECT", "COMPANY", "PLACE", "ORG", "PERSON", "POSITION", "MONEY", "AREA", "COUNT", "PERCENT", "DATE",
           "DURATION"]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_ALPHABET, min_size=1, max_size=60), st.lists(
    st.tuples(st.integers(0, 59), st.integers(1, 6), st.sampled_from(_LABELS)), max_size=12))
def test_any_spans_give_well_formed_facts(text, raw):
    cands, taken = [], set()
    for s, n, label in raw:
        e = min(s + n, len(text))
        if s >= e or taken & set(range(s, e)):
            continue  # the pipeline hands over non-overlapping spans
        taken |= set(range(s, e))
        cands.append(Candidate(s, e, label))
    norm = normalise(text)
    if norm.text != text:
        return
    spans = [Span(text[c.start:c.end], c.label, c.start, c.end) for c in cands]
    facts = link(norm, cands, spans, Context())
    keys = {(c.start, c.end) for c in cands}
    for f in facts:
        for role in ("figure", "subject", "date", "person", "position", "org"):
            if f.get(role) is not None:
                assert (f[role]["start"], f[role]["end"]) in keys
        assert f.get("metric") is None or isinstance(f["metric"], str)
    assert sum("figure" in f for f in facts) == sum(c.label not in ("DATE",) and spans[i].is_figure
                                                  for i, c in enumerate(cands))


@pytest.mark.parametrize("text, n_figure_facts, n_person_facts", [
    ("今天天气很好。", 0, 0),            # no figure, no title: nothing to link
    ("洛阳市和郑州市。", 0, 0),          # places alone
    ("市长王建国出席。", 0, 1),          # a title alone still links its person (王某某 hides a name: none)
    ("完成投资12亿元。", 1, 0),          # a figure alone still gets its fact
])
def test_facts_only_where_figures_or_titles_are(text, n_figure_facts, n_person_facts):
    from luoyang_nlp import Extractor

    facts = Extractor().extract(text).facts
    assert sum("figure" in f for f in facts) == n_figure_facts
    assert sum("person" in f for f in facts) == n_person_facts


def date_table(text, marks):
    """``{figure text: date text}``."""
    return {k: v[2] for k, v in figure_table(text, marks).items()}


DATE_CASES = [
    # a paragraph opens with the day of the report, a later sentence dates the statistics:
    # the figures after it (其中, …) hold at the statistics' date, not at the report's day
    ("昨日，甲市统计局发布经济数据。1—9月，全市工业增加值增长6.8%。其中，装备制造业增长9.1%。",
     [("昨日", "DATE"), ("1—9月", "DATE"), ("6.8%", "PERCENT"), ("9.1%", "PERCENT")],
     {"6.8%": "1—9月", "9.1%": "1—9月"}),
    ("前天，乙县商务局通报外贸情况。今年1至8月，全县进出口总额186亿元。其中，出口额142亿元。",
     [("前天", "DATE"), ("今年1至8月", "DATE"), ("186亿元", "MONEY"), ("142亿元", "MONEY")],
     {"186亿元": "今年1至8月", "142亿元": "今年1至8月"}),
    ("10月25日，丙区召开发布会。截至10月底，全区重点项目完成投资95亿元。其中，产业类项目完成投资51亿元。",
     [("10月25日", "DATE"), ("10月", "DATE"), ("95亿元", "MONEY"), ("51亿元", "MONEY")],
     {"95亿元": "10月", "51亿元": "10月"}),
    # a year naming an event or a batch (2022年重点项目集中签约活动, 2020年第三批) after the day the
    # sentence opens with: the event's day dates its figures
    ("6月18日，甲市举行2022年重点项目集中签约活动，共签约项目25个，总投资96亿元。",
     [("6月18日", "DATE"), ("2022年", "DATE"), ("25个", "COUNT"), ("96亿元", "MONEY")],
     {"25个": "6月18日", "96亿元": "6月18日"}),
    ("9月29日，乙市2020年第三批共209个重大项目集中开工。",
     [("9月29日", "DATE"), ("2020年", "DATE"), ("209个", "COUNT")],
     {"209个": "9月29日"}),
    ("3月16日上午，丙市2023年度重大项目集中开工仪式举行，开工项目48个。",
     [("3月16日", "DATE"), ("2023年", "DATE"), ("48个", "COUNT")],
     {"48个": "3月16日"}),
    # guard: a year that dates the figures themselves keeps them
    ("3月5日，丁县通报，2023年全县生产总值增长6%。",
     [("3月5日", "DATE"), ("2023年", "DATE"), ("6%", "PERCENT")],
     {"6%": "2023年"}),
    # a headline's figure before its date (投资520亿元！某市今年…): the headline's date is its
    ("投资520亿元！甲市今年谋划重大项目286个\n甲市日前召开项目建设推进会。",
     [("520亿元", "MONEY"), ("今年", "DATE"), ("286个", "COUNT")],
     {"520亿元": "今年", "286个": "今年"}),
    ("3250亿元！去年乙省民间投资增速领先\n乙省发改委介绍，民间投资持续回暖。",
     [("3250亿元", "MONEY"), ("去年", "DATE")],
     {"3250亿元": "去年"}),
    ("总投资120亿元 丙市举行2024年第二批项目集中开工活动\n活动现场气氛热烈。",
     [("120亿元", "MONEY"), ("2024年", "DATE")],
     {"120亿元": "2024年"}),
    # guard: in a body sentence a date in the clauses after the figure's is not its
    ("甲县新签约项目42个，总投资186亿元，总量较去年翻番，今年还将引进项目20个。",
     [("42个", "COUNT"), ("186亿元", "MONEY"), ("去年", "DATE"), ("今年", "DATE"), ("20个", "COUNT")],
     {"42个": None, "186亿元": None, "20个": "今年"}),
    # a sentence opening with a word of the event told before (此次, 本次, 当天) and no date of its
    # own: the event's day, written before it in its paragraph or the one before
    ("11月3日上午，甲市举行招商引资项目集中签约仪式，市委书记出席。\n本次共签约项目21个，合同金额156亿元。",
     [("11月3日", "DATE"), ("21个", "COUNT"), ("156亿元", "MONEY")],
     {"21个": "11月3日", "156亿元": "11月3日"}),
    ("按照市里安排，8月28日，乙县秋季重点项目集中开工活动在县城举行。此次集中开工项目17个，总投资43亿元。",
     [("8月28日", "DATE"), ("17个", "COUNT"), ("43亿元", "MONEY")],
     {"17个": "8月28日", "43亿元": "8月28日"}),
    ("记者从丙县获悉，县里在园区举办了项目观摩活动。\n据悉，观摩活动于6月9日举行。当天，观摩团查看了12个重点项目。",
     [("6月9日", "DATE"), ("12个", "COUNT")],
     {"12个": "6月9日"}),
    # …and the year of the statistics before it does not carry to the event's figures
    ("2024年，甲区谋划重大项目180个，年度计划投资260亿元。全区本次集中开工项目9个，总投资41亿元。",
     [("2024年", "DATE"), ("180个", "COUNT"), ("260亿元", "MONEY"), ("9个", "COUNT"), ("41亿元", "MONEY")],
     {"180个": "2024年", "260亿元": "2024年", "9个": None, "41亿元": None}),
    # (guard: the day opening the event's paragraph still holds)
    ("今年以来，乙县签约项目30个。\n5月8日，乙县举行项目签约仪式。此次签约项目6个，总投资12亿元。",
     [("今年", "DATE"), ("30个", "COUNT"), ("5月8日", "DATE"), ("6个", "COUNT"), ("12亿元", "MONEY")],
     {"30个": "今年", "6个": "5月8日", "12亿元": "5月8日"}),
    # guard: a year is no event's day
    ("据了解，丁县2023年举办招商活动。本次推介会上，签约项目8个。",
     [("2023年", "DATE"), ("8个", "COUNT")],
     {"8个": None}),
    # a day inside an earlier item of a list joined by ； is the day of that item's event, not of
    # the items after it
    ("总投资20亿元的甲电厂，1号机组3月15日并网发电；总投资8亿元的乙电站，大坝填筑完成60%。",
     [("20亿元", "MONEY"), ("3月15日", "DATE"), ("8亿元", "MONEY"), ("60%", "PERCENT")],
     {"20亿元": None, "8亿元": None, "60%": None}),
    ("甲公司二期项目6月8日开工；乙公司新建厂房完成投资3亿元。",
     [("6月8日", "DATE"), ("3亿元", "MONEY")],
     {"3亿元": None}),
    ("1—9月，全市工业增加值增长6%，其中丙企业9月20日投产；规模以上企业利润增长8%。",
     [("1—9月", "DATE"), ("6%", "PERCENT"), ("9月20日", "DATE"), ("8%", "PERCENT")],
     {"6%": "1—9月", "8%": "1—9月"}),
    # guard: a day opening the sentence dates all its items
    ("5月20日，甲县召开项目推进会；会上签约项目5个。",
     [("5月20日", "DATE"), ("5个", "COUNT")],
     {"5个": "5月20日"}),
    # guard: with no later date the paragraph's opening date holds
    ("昨日，丁县召开项目推进会。会上，16个项目集中签约，签约总额128亿元。",
     [("昨日", "DATE"), ("16个", "COUNT"), ("128亿元", "MONEY")],
     {"16个": "昨日", "128亿元": "昨日"}),
]


@pytest.mark.parametrize("text, marks, expected", DATE_CASES)
def test_figure_dates(text, marks, expected):
    assert date_table(text, marks) == expected
