"""Cues real news needs (issue 11 item 4): one table per class, sentences written for these
tests (names of people and brands are invented)."""

import pytest

from luoyang_nlp import Extractor

_EX = []


def ents(text):
    if not _EX:
        _EX.append(Extractor(facts=False))
    doc = _EX[0].extract(text)
    for s in doc.spans:
        assert text[s.start:s.end] == s.text
    return [(s.label, s.text) for s in doc.entities]


def check(text, want, absent):
    got = ents(text)
    for w in want:
        assert w in got, (text, w, got)
    for a in absent:
        assert all(a != g[1] for g in got), (text, a, got)


# (text, spans that must be there, texts that must not be a span)
MEDIA = [
    ("本文转自河洛热线,仅供参考。", [("ORG", "河洛热线")], []),
    ("许昌日报客户端消息,新区开工。", [("ORG", "许昌日报客户端")], ["许昌"]),
    ("商丘日报永城分社记者走访企业", [("ORG", "商丘日报永城分社")], []),
    ("中国能源网讯 近日,风电项目并网。", [("ORG", "中国能源网")], ["中国"]),
    ("豫中新闻网-许昌晚报联合报道", [("ORG", "豫中新闻网"), ("ORG", "许昌晚报")], ["豫中新闻网-许昌晚报"]),
    ("(文章来源:豫商观察)", [("ORG", "豫商观察")], []),
    ("【香江专讯】受惠于价格上涨", [("ORG", "香江")], []),
    ("全省电网负荷创新高", [], ["全省电网", "电网"]),
    ("形成覆盖全市的充电网,方便市民", [], ["充电网"]),
    ("拨打政务服务热线反映问题", [], ["政务服务热线"]),
    ("来源:网络 时间:2024-01-02", [], ["网络"]),
]


@pytest.mark.parametrize("text,want,absent", MEDIA)
def test_media(text, want, absent):
    check(text, want, absent)
