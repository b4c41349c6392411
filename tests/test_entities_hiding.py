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


# A two-character lexicon name astride two common words (村民|进行 holds 民进) is none there;
# standing as a word, or before 人 (its demonym), it still is.
ASTRIDE = [
    ("镇里组织村民进行技能培训", []),
    ("市民进入公园游览", []),
    ("请重新安装软件后再试", []),
    ("我国航天事业稳步发展", []),
    ("民进会员参加座谈会", [("ORG", "民进")]),  # control: the party's short name standing as a word
    ("他在新安县工作多年", [("PLACE", "新安县")]),  # control
    ("外国游客喜欢看中国人过春节", [("PLACE", "中国")]),  # control: 中国人, a demonym
]


@pytest.mark.parametrize("text,expected", ASTRIDE)
def test_short_name_astride_two_words(text, expected):
    assert ents(text) == expected
