"""The facts stage's cheap checks against the work they skip: the quote offsets a text keeps
(``Text.quoted``, ``LinkerCore.unquoted``) against ``QUOTES.sub`` on the slice, and each
one-character or whole-text test before a regular expression against that expression (a
gate may only skip calls that could not match)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from luoyang_nlp.candidate import Candidate, Context
from luoyang_nlp.doc import Span
from luoyang_nlp.facts import cues
from luoyang_nlp.facts.linker import Linker
from luoyang_nlp.facts.text import _ORDINAL_INITIALS, CLAUSE_SEP, ORDINAL, QUOTE_CHARS, QUOTES, SENT_END, Text
from luoyang_nlp.normalise import normalise

# the quote class as it was written before QUOTE_CHARS named it
_OLD_QUOTES = re.compile("[“”\"'‘’「」『』《》()]")

# text of quotes, separators, brackets that are no quotes, Han and ASCII, one character beyond
# the BMP and a lone surrogate
_chars = st.sampled_from(list(QUOTE_CHARS + SENT_END + CLAUSE_SEP) + list("[]{}【】项目该力争第批来源:：ab1")
                         + ["\U00020000", "\ud800"])
_texts = st.lists(_chars, max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_texts, st.integers(0, 45), st.integers(0, 45))
def test_quoted_tells_what_the_substitution_would_change(text, a, b):
    tx = Text(text)
    piece = text[a:b]
    assert tx.quoted(a, b) == (QUOTES.sub("", piece) != piece)
    assert QUOTES.sub("", piece) == _OLD_QUOTES.sub("", piece)


def _linker(text: str) -> Linker:
    norm = normalise(text)
    cands = [Candidate(0, 1, "PLACE")]
    return Linker(norm, cands, [Span(text[:1], "PLACE", 0, 1)], Context())


UNQUOTED = [
    # (text, a, b, expected)
    ("某县“两横一纵”主干道", 2, 8, "两横一纵"),
    ("某县“两横一纵”主干道", 3, 7, "两横一纵"),  # no quote inside the slice: the slice itself
    ("某区《规划》(2024)发布", 2, 14, "规划2024发布"),
    ("某市全年完成投资", 2, 8, "全年完成投资"),
    ("某市全年完成投资", 5, 5, ""),
]


def test_unquoted_is_the_slice_without_quotes():
    for text, a, b, expected in UNQUOTED:
        assert _linker(text).unquoted(a, b) == expected, (text, a, b)


_GATED = [
    # (expression, how it is called, the gate that must hold wherever it matches)
    (cues._ASPIRED, "fullmatch", lambda s: s[:1] in cues._ASPIRED_INITIALS),
    (cues._BUILT_DE, "match", lambda s: s[:1] in cues._BUILT_DE_INITIALS),
    (cues._COMPARISON_FRAME, "fullmatch", lambda s: s[:1] in cues._COMPARISON_FRAME_INITIALS),
    (cues._CLASSED_PROJECTS, "match", lambda s: s.find("项目", 0, 6) >= 0),
    (cues._BATCH, "search", lambda s: "第" in s),
    (cues._SOURCE_FIELD, "search", lambda s: any(w in s for w in cues._SOURCE_WORDS)),
    (ORDINAL, "match", lambda s: s[:1] in _ORDINAL_INITIALS),
    (cues._THESE_N, "match", lambda s: s[:1] == "这"),
]

_cue_chars = st.sampled_from(list("力争取确保有望努达到至为新建设投开工的与同和跟相比较全省平均项目第三批期来源稿信息:： ，。这8个家二两")
                             + ["\ud800"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_cue_chars, max_size=16).map("".join))
def test_a_gate_holds_wherever_its_expression_matches(s):
    for pattern, how, gate in _GATED:
        if getattr(pattern, how)(s) is not None:
            assert gate(s), (pattern.pattern[:40], s)


GATE_ROWS = [
    # (expression index in _GATED, string, matches) - strings the rules meet, matched and not
    (0, "力争达到", True),
    (0, "同比增长", False),
    (1, "建设的", True),
    (1, "的", False),
    (2, "同全省平均水平相比", True),
    (3, "以上项目", True),
    (3, "以上重点产业项目", False),
    (4, "第三批", True),
    (5, "来源：", True),
    (6, "第二期", True),
    (6, "二期", True),
    (7, "这8个", True),
]


def test_gate_rows():
    for i, s, matches in GATE_ROWS:
        pattern, how, gate = _GATED[i]
        assert (getattr(pattern, how)(s) is not None) == matches, s
        if matches:
            assert gate(s), s
