"""numbers.optional_as_branch, (X)? written (?:(X)|): the hot figure patterns match as before."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings, strategies as st

import luoyang_nlp.figures as F
from luoyang_nlp.figures import dates as D
from luoyang_nlp.figures.numbers import optional_as_branch


@pytest.mark.parametrize("plain, rewritten", [
    ("a(b)?c", "a(?:(b)|)c"),
    ("(?P<x>a(?:b)?)?", "(?:(?P<x>a(?:(?:b)|))|)"),
    ("(?:ab)??(?:cd)?+", "(?:ab)??(?:cd)?+"),  # lazy and possessive stay
    ("(?=ab)?(?<!c)x", "(?=ab)?(?<!c)x"),  # look-arounds stay
    (r"[()]?\(a\)?[^]?)]", r"[()]?\(a\)?[^]?)]"),  # classes and escapes are no groups
    ("a?b*", "a?b*"),
])
def test_rewrite(plain, rewritten):
    assert optional_as_branch(plain) == rewritten


def _plain_matcher() -> F.FigureMatcher:
    """A matcher compiled without the rewrite (``_compile`` takes it as an argument, so the
    compiled wheel is tested as the pure Python is)."""
    m = F.FigureMatcher()
    m._compile(lambda p: p)
    return m


PLAIN, FAST = _plain_matcher(), F.FigureMatcher()
FAST._compile()
PAIRS = [(re.compile(D._FINDER_PATTERN), D._rx()[0]), (regex.compile(D._FINDER_PATTERN), D._rx()[3]),
         (PLAIN._rx, FAST._rx), (PLAIN._rx_pct, FAST._rx_pct)]
SCANS = [(PLAIN._start_rx, FAST._start_rx), (PLAIN._not_rx, FAST._not_rx)]
PIECES = list("今本明去前后年月日号份季度上下半第个至到-—–~ 0123456789一二三四五六七八九十〇零两.,\n，、于约近余多万亿元千克米人%")
PIECES += ["2024", "二〇二一", "前三季度", "首季", "3至5月", "今年", "上半年", "百分之", "亿元", "平方米", "千瓦时", "美元", "(含)"]


def test_the_patterns_are_rewritten():
    for plain, fast in PAIRS + SCANS[:1]:  # (the names of not_figures.tsv may hold no optional part)
        assert plain.pattern != fast.pattern and plain.groupindex == fast.groupindex


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=16).map("".join))
def test_same_matches(text):
    for plain, fast in PAIRS:
        for i in range(len(text) + 1):
            a, b = plain.match(text, i), fast.match(text, i)
            assert (a and (a.span(), a.lastgroup, a.groups())) == (b and (b.span(), b.lastgroup, b.groups()))
    for plain, fast in SCANS:
        assert [(m.span(), m.lastindex) for m in plain.finditer(text)] == [(m.span(), m.lastindex) for m in fast.finditer(text)]
