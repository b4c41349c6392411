"""The entity tables' one-pass key search (Tables.hits) against a plain scan."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from luoyang_nlp.entities import EntityMatcher


@pytest.fixture(scope="module")
def tables():
    return EntityMatcher(model=False).tables


def _scan(tables, text):
    keys = {k: i for i, k in enumerate(tables._keys)}
    out = []
    for e in range(1, len(text) + 1):  # by end, the longest key first
        for s in range(0, e):
            if text[s:e] in keys:
                out.append((e, tables._roles[keys[text[s:e]]]))
    return out


PIECES = ["洛阳", "洛阳市", "市长", "副市长", "有限公司", "公司", "产业园", "项目", "张", "伟", "😀", "市", "长", "，", "a"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), max_size=25))
def test_hits_equal_a_plain_scan(tables, pieces):
    text = "".join(pieces)
    assert tables.hits(text) == _scan(tables, text)


@pytest.mark.parametrize("text, expected", [
    ("洛阳市副市长", [("洛阳", 2), ("洛阳市", 3), ("副市长", 6), ("市长", 6)]),  # by end, longest first
    ("😀洛阳", [("洛阳", 3)]),  # offsets in characters, past an astral one
    ("", []),
])
def test_hits_table(tables, text, expected):
    assert [(text[e - roles[0]:e], e) for e, roles in tables.hits(text)] == expected
