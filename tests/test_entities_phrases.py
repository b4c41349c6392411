"""Set phrases of policy language (data/lexicons/rules/set_phrases.tsv): no entity inside one
or across its edge, whichever source proposed it; a name holding one whole stays. Texts are
invented."""

import re

import pytest

from luoyang_nlp import extract
from luoyang_nlp.entities.phrases import outside_set_phrases

END_TO_END = [
    # (text, the entity spans expected)
    ("各地牢固树立绿水青山就是金山银山的理念", []),  # the model read 金山银山 as an ORG
    ("坚持人民城市人民建、人民城市为人民", []),  # 民建 (a party's short name) across two words
    ("全面推行河长制湖长制", []),  # 制湖 read as a person across two phrases
    ("星河市河长制办公室开展巡河", [("星河市河长制办公室", "ORG")]),  # a name holding one whole stays
    ("星河县委召开会议", [("星河县委", "ORG")]),  # text without a set phrase: unchanged
    # 中国 saying of what kind (Chinese-style), not where; 中华 is no place either
    ("坚持中国特色社会主义道路，推进中国式现代化", []),
    ("为实现中华民族伟大复兴的中国梦而奋斗", []),
    ("中国石化在中国建设新厂", [("中国石化", "COMPANY"), ("中国", "PLACE")]),  # a name and a place stay
]


@pytest.mark.parametrize("text,expected", END_TO_END)
def test_set_phrases_end_to_end(text, expected):
    got = [(s.text, s.label) for s in extract(text).spans if s.is_entity]
    assert got == expected


_RX = re.compile("河长制|湖长制|金山银山")
_TEXT = "推行河长制湖长制，变成金山银山，某某河长制办公室"  # phrases at 2-5, 5-8, 11-15, 18-21

UNIT = [
    # (span, kept?)
    ((11, 15), False),  # equal to a phrase
    ((12, 14), False),  # inside one
    ((4, 6), False),  # crossing the edge between two
    ((9, 13), False),  # crossing one edge
    ((16, 24), True),  # holding one whole, and more
    ((0, 2), True),  # beside one
]


@pytest.mark.parametrize("span,kept", UNIT)
def test_outside_set_phrases_table(span, kept):
    spans = [span + ("ORG", "rule")]
    assert outside_set_phrases(_TEXT, spans, _RX) == (spans if kept else [])


def test_no_list_or_no_spans_changes_nothing():
    spans = [(11, 15, "ORG", "model:F7")]
    assert outside_set_phrases(_TEXT, spans, None) == spans
    assert outside_set_phrases(_TEXT, [], _RX) == []
    assert outside_set_phrases("没有套语的句子", spans, _RX) == spans
