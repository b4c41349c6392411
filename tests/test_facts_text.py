"""The facts stage's text boundaries and span kinds against the plain definitions they
replace: regular-expression scans for sentences, clauses and paragraphs, bisection for the
clause, sentence and paragraph of an offset, one comprehension per kind of span (and per
set of owner-name characters), and word stripping that tries every length."""

from __future__ import annotations

import re
from bisect import bisect_right

from hypothesis import given, settings
from hypothesis import strategies as st

from luoyang_nlp.candidate import Candidate, Context
from luoyang_nlp.doc import Span
from luoyang_nlp.facts.linker import Linker
from luoyang_nlp.facts.tables import FACT_FIGURES, OWNER_LABELS
from luoyang_nlp.facts.text import (_ORDINAL_INITIALS, CLAUSE_RE, CLAUSE_SEP, ORDINAL, SENT_END, Text, Words,
                                    strip_left)
from luoyang_nlp.normalise import normalise

# text made of separators, a few Han and ASCII characters, one beyond the BMP and a lone surrogate
_chars = st.sampled_from(list(SENT_END + CLAUSE_SEP) + list("项目投资亿元ab1") + ["\U00020000", "\ud800"])
_texts = st.lists(_chars, max_size=60).map("".join)


def _starts(pattern: re.Pattern, text: str) -> list[int]:
    return [0] + [m.end() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_boundaries_are_those_of_the_regular_expressions(text):
    tx = Text(text)
    clauses = _starts(CLAUSE_RE, text)
    assert tx.clause_starts == clauses
    assert tx.clause_ends == [s - 1 for s in clauses[1:]] + [len(text)]
    assert tx.para_starts == _starts(re.compile("\n"), text)
    assert tx.sent_starts == tx._capped(_starts(re.compile(f"[{SENT_END}]"), text))


def test_long_sentences_are_cut():
    text = "项" * 900 + "。"
    tx = Text(text)
    assert tx.sent_starts == [0, 400, 800, 901]
    assert tx.sentence(450) == (400, 799)


@settings(max_examples=300, deadline=None)
@given(_texts, st.lists(st.integers(0, 60), max_size=20))
def test_locate_is_bisection(text, offsets):
    tx = Text(text)
    offsets = sorted(p for p in offsets if p <= len(text))
    ca, ce, sa = tx.locate(offsets)
    assert list(zip(ca, ce)) == [tx.clause(p) for p in offsets]
    ss = tx.sent_starts
    assert sa == [ss[bisect_right(ss, p) - 1] for p in offsets]


@settings(max_examples=300, deadline=None)
@given(_texts, st.integers(-3, 63))
def test_paragraph_is_the_range_of_its_start(text, pos):
    tx = Text(text)
    assert tx.paragraph(pos) == tx._range(tx.para_starts, pos, tx.n)


_LABELS = sorted(OWNER_LABELS | FACT_FIGURES | {"DATE", "PERSON", "POSITION"})
_NAMES = st.text(st.sampled_from("洛阳新区产业集聚园项目公司5亿元"), min_size=1, max_size=6)


@given(st.lists(st.tuples(_NAMES, st.sampled_from(_LABELS)), max_size=30))
def test_kinds_are_the_comprehensions(named):
    text, chosen, spans = "", [], []
    for name, label in named:
        chosen.append(Candidate(len(text), len(text) + len(name), label))
        spans.append(Span(name, label, len(text), len(text) + len(name)))
        text += name + "，"
    lk = Linker(normalise(text), chosen, spans, Context())
    labels = [label for _, label in named]
    assert lk.owners == [k for k, x in enumerate(labels) if x in OWNER_LABELS]
    assert lk.figures == [k for k, x in enumerate(labels) if x in FACT_FIGURES]
    assert lk.entities == [k for k, x in enumerate(labels) if x not in FACT_FIGURES]
    assert lk.dates == [k for k, x in enumerate(labels) if x == "DATE"]
    assert lk.owner_starts == [lk.starts[k] for k in lk.owners]
    assert lk.date_starts == [lk.starts[k] for k in lk.dates]
    owners = [name for name, label in named if label in OWNER_LABELS]
    assert lk._owner_initials == {name[0] for name in owners}
    assert lk._owner_finals == {name[-2] for name in owners if len(name) > 2} | {name[-3] for name in owners if len(name) > 3}


_words = st.lists(st.text(st.sampled_from("项目投资总额增长率"), max_size=5), max_size=8)
_phrases = st.text(st.sampled_from("项目投资总额增长率 a"), max_size=12)


@given(_words, _phrases)
def test_word_ends_are_the_longest_suffix_and_prefix(words, s):
    ws = Words(words)
    ends = [s[-n:] for n in range(len(s), 0, -1) if s[-n:] in ws.set]
    starts = [s[:n] for n in range(len(s), 0, -1) if s[:n] in ws.set]
    assert ws.suffix(s) == (ends[0] if ends else None)
    assert ws.prefix(s) == (starts[0] if starts else None)


@given(st.text(st.sampled_from("第0123456789一二三四五六七八九十百两期批次届个项号轮 a"), max_size=8))
def test_ordinals_open_with_their_initials(s):
    assert ORDINAL.match(s) is None or s[0] in _ORDINAL_INITIALS


def _strip_left_by_every_length(s: str, words: Words) -> str:
    """strip_left as first written: every length from the longest word's down."""
    changed = True
    while s and changed:
        changed = False
        s = s.lstrip(" \t")
        m = ORDINAL.match(s)
        if m:
            s = s[m.end():]
            changed = True
            continue
        for n in range(min(words.maxlen, len(s) - 1), 0, -1):
            if s[:n] in words.set:
                s = s[n:]
                changed = True
                break
    return s


@given(_words, st.text(st.sampled_from("项目投资总额增长率第一期 a"), max_size=12))
def test_strip_left_tries_the_lengths_of_the_words_it_may_start_with(words, s):
    ws = Words(words)
    assert strip_left(s, ws) == _strip_left_by_every_length(s, ws)
