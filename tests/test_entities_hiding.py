"""A lexicon place inside a common word (data/lexicons/rules/hiding_words.tsv, generated from
jieba's dictionary) is no place there; the same name standing as a word still is. Sentences
written for these tests."""

import pytest

from entity_helpers import ents

CASES = [
    ("多数发展中国家加快工业化", []),
    ("中国与其他发展中国家合作", [("PLACE", "中国")]),
    ("公司新建复合肥生产线", []),
    ("企业在合肥设立研发中心", [("PLACE", "合肥")]),
    ("港口是内陆省份的出海口", []),
    ("他从海口出发", [("PLACE", "海口")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_place_hidden_in_a_word(text, expected):
    assert ents(text) == expected
