"""The paths of ``FigureMatcher._quantities`` and ``_quantity``: a number with no word before it
(the most frequent, tried without the backward read of qualifiers, currencies and 百分之), an
ordinal, a word before it, a sign, 百分之, and the unit plans (label and source read with the
unit). Invented phrases; the expected figures are the matcher's before these paths were split."""

from __future__ import annotations

import pytest

from luoyang_nlp.candidate import Context
from luoyang_nlp.figures import FigureMatcher

# text -> (start, end, label, value, unit, qualifier) of each figure
CASES = [
    ("第3个项目", []),
    ("第三期投资5亿元", [(5, 8, "MONEY", 500000000, "CNY", None)]),
    ("约3个", [(0, 3, "COUNT", 3, "个", "approx")]),
    ("第约3个", [(1, 4, "COUNT", 3, "个", "approx")]),
    ("近百家企业", [(0, 3, "COUNT", 100, "家", "nearly")]),
    ("超过1万人", [(0, 5, "COUNT", 10000, "人", "over")]),
    ("百分之五", [(0, 4, "PERCENT", 5, "%", None)]),
    ("增长百分之二十", [(2, 7, "PERCENT", 20, "%", None)]),
    ("百分之-3", []),
    ("千分之三", []),
    ("万分之五", [(0, 4, "PERCENT", 0.05, "%", None)]),
    ("负3.5%", [(0, 5, "PERCENT", -3.5, "%", None)]),
    ("-3.5%", [(0, 5, "PERCENT", -3.5, "%", None)]),
    ("美元5亿", []),
    ("人民币300万元", [(0, 8, "MONEY", 3000000, "CNY", None)]),
    ("唯一一座桥", []),
    ("统一三个标准", []),
    ("一个项目", []),
    ("这一年", []),
    ("零部件3个", [(3, 5, "COUNT", 3, "个", None)]),
    ("线路板220万块", [(3, 8, "COUNT", 2200000, "块", None)]),
    ("达1.5万吨", [(1, 6, "MASS", 15000000, "kg", None)]),
    ("3.5亿元", [(0, 5, "MONEY", 350000000, "CNY", None)]),
    ("1,500万元", [(0, 7, "MONEY", 15000000, "CNY", None)]),
    ("5千万元", [(0, 4, "MONEY", 50000000, "CNY", None)]),
    ("120万千瓦", [(0, 6, "POWER", 1200000, "kW", None)]),
    ("两个半小时", [(0, 5, "DURATION", "PT2H30M", "ISO8601", None)]),
    ("٣٤٥元", [(0, 4, "MONEY", 345, "CNY", None)]),  # Unicode decimals read as digits
    ("1" * 41 + "元", [(0, 42, "MONEY", int("1" * 41), "CNY", None)]),  # past 40 digits: the full grammar
]


@pytest.mark.parametrize("text,want", CASES)
def test_quantity_paths(text, want):
    got = [(c.start, c.end, c.label, c.value, c.unit, c.qualifier) for c in FigureMatcher()(text, Context())]
    assert got == want


def test_sources_follow_the_label():
    for text, _ in CASES:
        for c in FigureMatcher()(text, Context()):
            assert c.source.startswith(f"figures.{c.label.lower()}")
