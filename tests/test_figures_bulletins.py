"""Figure error classes of meeting reports and statistical bulletins, one table per class.
Every sentence is invented for these tests; rows marked ``# guard`` hold what already worked
and must keep working, every other row failed before its fix (SPEC "Figure labels" and
"Conventions for cases the tables above leave open")."""

from __future__ import annotations

import pytest

from luoyang_nlp import Extractor

from test_figures import F, check


@pytest.fixture(scope="module")
def ex():
    return Extractor(entities=False, facts=False)


def C(text, value, unit, q=None):
    return F(text, "COUNT", value, unit, q)


CLASSES = {
    # 十一届八次全会 is the eighth session of the eleventh term: an ordinal written without 第
    # (SPEC: ordinals are not figures; data/figure_cues.tsv kinds session, session_body, session_meeting)
    "session ordinals without 第": [
        ("县委召开十五届七次全会", []),
        ("区政协召开九届十一次常委会议", []),
        ("该县十八届人大三次会议闭幕", []),
        ("镇党委召开六届四次全体会议", []),
        ("公司二届董事会十五次会议审议通过", []),
        ("出席十四届全国人大常委会三次会议", []),
        ("学习贯彻第十二届五次全会精神", []),
        ("本届共举办4次培训", [C("4次", 4, "次")]),  # guard: no term numeral
        ("连续三届举办5次大会", [C("5次", 5, "次")]),  # guard: a verb between term and count
        ("党委第8次会议", []),  # guard: the ordinal with 第
    ],
}

ROWS = [(cls, *row) for cls, rows in CLASSES.items() for row in rows]


def _norm(row):
    cls, sentence, *rest = row
    published, expected = (None, rest[0]) if len(rest) == 1 else rest
    return cls, sentence, published, expected


@pytest.mark.parametrize("cls, sentence, published, expected", [_norm(r) for r in ROWS],
                         ids=[r[1][:12] for r in ROWS])
def test_bulletin_class(ex, cls, sentence, published, expected):
    check(ex, sentence, expected, published)
