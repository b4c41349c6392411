"""Canonical names of COMPANY and ORG spans (luoyang_nlp.link.orgs): the lexicon's canonical,
and within a document a short name resolved to the full name it abbreviates. Every company,
body and sentence here is invented."""

import pytest

import luoyang_nlp
from luoyang_nlp import Extractor, Span


@pytest.fixture(scope="module")
def linker():
    return Extractor().linker


# (short name, full name in the same document, label)
SHORT_TO_LEGAL = [
    ("华晟能源", "洛阳华晟新能源科技股份有限公司", "COMPANY"),
    ("宏睿科技", "洛阳宏睿信息科技有限公司", "COMPANY"),
    ("瑞丰电气", "河南瑞丰电气设备有限公司", "COMPANY"),
    ("鼎泰集团", "鼎泰控股集团有限公司", "COMPANY"),
    ("金穗农业", "洛阳金穗现代农业发展有限公司", "COMPANY"),
    ("恒远新材", "河南恒远新材料股份有限公司", "COMPANY"),
    ("伊川百丰", "伊川县百丰建材有限公司", "COMPANY"),
    ("洛耀光电", "洛阳洛耀光电科技有限公司", "COMPANY"),
    ("豫中重工", "河南豫中重工机械集团有限公司", "COMPANY"),
    ("天衡物流", "天衡供应链物流(洛阳)有限公司", "COMPANY"),
    ("博源环保", "洛阳博源环保科技集团股份有限公司", "COMPANY"),
    ("星汉数据", "郑州星汉大数据技术有限公司", "COMPANY"),
    ("安泓医药", "河南省安泓医药连锁有限公司", "COMPANY"),
    ("云岭矿业", "栾川县云岭矿业开发有限责任公司", "COMPANY"),
    ("新纪元建设", "新纪元建设工程集团有限公司", "COMPANY"),
    ("嘉禾食品", "洛阳嘉禾食品有限公司", "COMPANY"),
    ("青禾生物", "河南青禾生物技术有限公司", "COMPANY"),
    ("中科远望", "中科远望(洛阳)智能装备有限公司", "COMPANY"),
    ("洛钢重工", "洛阳钢构重工有限公司", "COMPANY"),
    ("汇能电力", "洛阳汇能电力工程有限公司", "COMPANY"),
    ("华原轴承", "洛阳华原精密轴承股份有限公司", "COMPANY"),
    ("东方智造", "东方智能制造科技有限公司", "COMPANY"),
    ("万象文旅", "河南万象文化旅游发展有限公司", "COMPANY"),
    ("合力叉车", "洛阳合力叉车制造有限公司", "COMPANY"),
    ("金鹰集团", "金鹰实业集团有限公司", "COMPANY"),
    ("启明公司", "洛阳启明光学仪器有限公司", "COMPANY"),
    ("鸿远股份", "河南鸿远新能源股份有限公司", "COMPANY"),
    ("洛工院", "洛阳工业职业学院", "ORG"),
    ("豫西农科所", "豫西农业科学研究所", "ORG"),
    ("伊河研究中心", "伊河流域生态研究中心", "ORG"),
    ("中原智库", "中原发展战略智库", "ORG"),
    ("河工大", "河洛工业大学", "ORG"),
]


def _doc_spans(short, long, label, other=None):
    """An invented sentence with the full name first and the short name later, as spans."""
    text = f"{long}近日与本地企业签约。{short}负责人表示，项目年内开工。"
    spans = [Span(long, label, 0, len(long))]
    at = text.index(short, len(long))
    spans.append(Span(short, label, at, at + len(short)))
    if other:
        text += other + "也参与建设。"
        spans.append(Span(other, label, text.index(other), text.index(other) + len(other)))
    return text, spans


@pytest.mark.parametrize("short,long,label", SHORT_TO_LEGAL)
def test_short_name_resolves_to_the_full_name_in_the_document(linker, short, long, label):
    _, spans = _doc_spans(short, long, label)
    full, abbr = linker(spans)
    assert abbr.canonical == long
    assert full.canonical == (long if label == "COMPANY" else None)


# (short name, full names in the document, label): each stays without a canonical
NOT_LINKED = [
    ("华泰", ["华泰新能源有限公司", "华泰建设工程有限公司"], "COMPANY"),   # two candidates
    ("能源华晟", ["洛阳华晟新能源科技股份有限公司"], "COMPANY"),           # characters out of order
    ("晟能源", ["洛阳华晟新能源科技股份有限公司"], "COMPANY"),             # does not start like it
    ("华", ["洛阳华晟新能源科技股份有限公司"], "COMPANY"),                 # one character
    ("洛阳公司", ["洛阳华晟新能源科技股份有限公司"], "COMPANY"),           # a place and a suffix
    ("华晟能源", ["华晟新能源科技研究院"], "COMPANY"),                     # no legal suffix
]


@pytest.mark.parametrize("short,longs,label", NOT_LINKED)
def test_unrelated_or_ambiguous_short_names_stay_unlinked(linker, short, longs, label):
    text = "".join(longs) + "。" + short
    spans, at = [], 0
    for n in longs:
        spans.append(Span(n, label, at, at + len(n)))
        at += len(n)
    spans.append(Span(short, label, len(text) - len(short), len(text)))
    assert linker(spans)[-1].canonical is None


def test_labels_must_agree(linker):
    _, spans = _doc_spans("华晟能源", "洛阳华晟新能源科技股份有限公司", "COMPANY")
    spans[1] = Span(spans[1].text, "ORG", spans[1].start, spans[1].end)
    assert linker(spans)[1].canonical is None


def test_lexicon_canonical_wins_and_needs_no_full_name(linker):
    (s,) = linker([Span("一拖集团", "COMPANY", 0, 4)])
    assert s.canonical == "中国一拖集团有限公司"


def test_extract_resolves_a_short_name_end_to_end():
    text = "据洛阳鸿泰精密机械有限公司介绍，鸿泰精密公司今年订单增长。"
    companies = {s.text: s.canonical for s in luoyang_nlp.extract(text).by_label("COMPANY")}
    assert companies == {"洛阳鸿泰精密机械有限公司": "洛阳鸿泰精密机械有限公司", "鸿泰精密公司": "洛阳鸿泰精密机械有限公司"}


def test_at_least_thirty_cases():
    assert len(SHORT_TO_LEGAL) >= 30
