"""The date finder's look-aheads before the month and day ranges, 前三季度 and the month lists
(dates._RARE_GATE, dates._SEP_WITHIN, dates._FQ_GATE, dates._LIST_GATE) only spare trials: the finder matches as
the one without them, at every place of texts made of date characters."""

from __future__ import annotations

import re

import regex
from hypothesis import given, settings, strategies as st

from luoyang_nlp.figures import dates as D

PIECES = list("今本明去前后年月日号份季度上下半第个至到-—–~ 0123456789一二三四五六七八九十〇零两.\n，、于")
PIECES += ["2024", "二〇二一", "前三季度", "首三季", "首季", "3至5月", "10-12月", "今年", "前年", "上半年"]
_GATES = (D._RARE_GATE, D._SEP_WITHIN.format(10), D._SEP_WITHIN.format(12), D._SEP_WITHIN.format(3), D._FQ_GATE, D._LIST_GATE)


def _ungated() -> str:
    pattern = D._FINDER_PATTERN
    for gate in _GATES:
        assert gate in pattern
        pattern = pattern.replace(gate, "")
    return pattern


GATED, PLAIN = re.compile(D._FINDER_PATTERN), re.compile(_ungated())
GATED_X, PLAIN_X = regex.compile(D._FINDER_PATTERN), regex.compile(_ungated())


def _found(rx, text: str, i: int):
    m = rx.match(text, i)
    return m and (m.span(), m.lastgroup, m.groups())


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
def test_the_gates_change_no_match(text):
    for i in range(len(text)):
        assert _found(GATED, text, i) == _found(PLAIN, text, i)
        assert _found(GATED_X, text, i) == _found(PLAIN_X, text, i)
