"""The facts linker's shortcuts against the plain rules they skip: the stage of a figure
found with a quick "no stage word near it" exit is the one the full search finds; the date
found with bisections bounded by the ones before (or carried from the sentence before) is the
one unbounded bisections and plain scans find; an
owner's head noun passes the quick test the measure rules ask before making the set of them;
the stage and place words the automata find are the regular expressions' matches."""

from __future__ import annotations

import bisect

from hypothesis import given, settings
from hypothesis import strategies as st

from luoyang_nlp.candidate import Candidate, Context
from luoyang_nlp.doc import Span
from luoyang_nlp.facts.cues import _FUTURE, _HEADLINE, _NOW
from luoyang_nlp.facts.linker import Linker
from luoyang_nlp.facts.tables import place_refs_in, stage_words_in, tables
from luoyang_nlp.facts.text import QUOTES
from luoyang_nlp.normalise import normalise

# pieces of invented text: stage words (开工, 建成 …, one of them inside another word), separators,
# words, and figures (label given)
_PIECES = [("开工", None), ("建成投产", None), ("正在建设", None), ("签约", None), ("，", None), ("。", None),
           ("\n", None), ("项目", None), ("总投资", None), ("5亿元", "MONEY"), ("20个", "COUNT"), ("8%", "PERCENT"),
           ("2023年", "DATE"), ("3月", "DATE"), ("“", None), ("预计", None), ("目前", None)]


def _linker(pieces: list[tuple[str, str | None]]) -> Linker:
    text, chosen, spans = "", [], []
    for piece, label in pieces:
        if label:
            chosen.append(Candidate(len(text), len(text) + len(piece), label))
            spans.append(Span(piece, label, len(text), len(text) + len(piece)))
        text += piece
    return Linker(normalise(text), chosen, spans, Context())


def _date_by_search(lk: Linker, f: int) -> int | None:
    """The date rule with plain scans: the figure's own date, else (its sentence naming none,
    no measure to come) the date of the figure before its sentence in its paragraph."""
    own = _own_date_by_search(lk, f)
    if own is not None:
        return own
    sa = lk.sa[f]
    se = lk.tx.sentence(sa)[1]
    if any(sa <= lk.starts[d] < se for d in lk.dates) or any(w in lk.text[sa:lk.starts[f]] for w in _FUTURE) \
            or lk.labels[f] == "DURATION":
        return None
    before = [g for g in lk.figures if lk.starts[g] < sa]
    if not before or lk.tx.paragraph(lk.starts[before[-1]])[0] != lk.tx.paragraph(sa)[0]:
        return None
    if any(w in lk.text[lk.sa[before[-1]]:lk.starts[before[-1]]] for w in _FUTURE):
        return None  # (a goal's date lends none)
    return _date_by_search(lk, before[-1])


def _own_date_by_search(lk: Linker, f: int) -> int | None:
    """The date rule with a bisection over all the dates at each step."""
    c = lk.c[f]
    i = bisect.bisect_left(lk.date_starts, c.start) - 1
    if i >= 0 and lk.starts[lk.dates[i]] >= lk.sa[f]:
        between = lk.text[lk.ends[lk.dates[i]]:c.start]
        written = lk.text[lk.starts[lk.dates[i]]:lk.ends[lk.dates[i]]]  # (the spans here carry no values)
        before_now = written[:4].isdigit() and (lk.ctx.published is None or int(written[:4]) < lk.ctx.published.year)
        return None if before_now and any(w in between for w in _NOW) else lk.dates[i]  # (目前: now, not then)
    j = bisect.bisect_left(lk.date_starts, c.end)
    if j < len(lk.dates) and lk.ends[lk.dates[j]] <= lk.ce[f]:
        return lk.dates[j]
    ps = lk.tx.para_starts
    pa = ps[bisect.bisect_right(ps, c.start) - 1]
    pe = lk.tx.paragraph(c.start)[1]
    in_para = [d for d in lk.dates if pa <= lk.starts[d] < c.start]
    if not in_para:  # a headline (short, no full stop): the first date after the figure in it
        after = [d for d in lk.dates if c.end <= lk.starts[d] < pe]
        if after and pe - pa <= _HEADLINE and "。" not in lk.text[pa:pe]:
            return after[0]
        return None
    k = in_para[0]
    if not QUOTES.sub("", lk.text[pa:lk.starts[k]]).strip():
        if any(lk.starts[d] < lk.sa[f] and lk.tx.sentence(lk.starts[d])[0] > pa for d in in_para[1:]):
            return None  # a later sentence's date holds instead
        return k
    return None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=20))
def test_stage_and_date_are_those_of_the_full_searches(pieces):
    lk = _linker(pieces)
    for f in lk.figures:
        # the quick test of stage_of skips the sentence's search only where it finds nothing
        assert lk.stage_of(f) == (lk._nearest_stage(f) if lk._stages[0] else None)
        assert lk.stage_of(f, True) == ((lk._nearest_stage(f) or lk._later_stage(f) or lk._paragraph_stage(f))
                                        if lk._stages[0] else None)
        assert lk.date_of(f) == _date_by_search(lk, f)


_NAMES = st.text(st.sampled_from("洛阳新区产业集聚园项目公司"), min_size=1, max_size=9)


@given(st.lists(st.tuples(_NAMES, st.sampled_from(["PROJECT", "COMPANY", "PLACE", "ORG", "MONEY"])), max_size=8))
def test_owner_tails_pass_the_quick_test(names):
    pieces = []
    for name, label in names:
        pieces += [(name, label), ("，", None)]
    lk = _linker(pieces)
    assert all(lk._may_be_tail(tail) for tail in lk._owner_tails)


# stage words and their parts and overlaps (建成投产, 投产, 正在建设 / 加快建设), a character beyond the BMP, a lone surrogate
_STAGE_TEXT = st.lists(st.sampled_from(["建成投产", "建成", "投产", "正在建设", "加快", "建设", "开工", "试运行", "运行",
                                        "项", "，", "\U00020000", "\ud800"]), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(_STAGE_TEXT)
def test_stage_words_are_those_of_the_regular_expression(text):
    assert stage_words_in(text) == [(m.start(), m.end(), m.group()) for m in tables().stage_re.finditer(text)]


# place words and their parts and overlaps (全市, 我市 / 市区), a character beyond the BMP, a lone surrogate
_PLACE_TEXT = st.lists(st.sampled_from(["全市", "我市", "市", "全", "我", "该区", "区", "全国", "国", "省", "本",
                                        "，", "\U00020000", "\ud800"]), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(_PLACE_TEXT)
def test_place_words_are_those_of_the_regular_expression(text):
    def spans(ms):
        return [(m.start(), m.end(), m.group()) for m in ms]
    assert spans(place_refs_in(text)) == spans(tables().place_ref_re.finditer(text))
