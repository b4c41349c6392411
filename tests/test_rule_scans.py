"""The entity rules' cheaper scans find what the plain regex scans they replace find."""

from __future__ import annotations

import pytest
import regex
from hypothesis import HealthCheck, example, given, settings, strategies as st

from luoyang_nlp.entities import EntityMatcher, persons, roads, rules, text as entity_text
from luoyang_nlp.entities.hits import Hits
from luoyang_nlp.entities.text import matches_at


@pytest.fixture(scope="module")
def tables():
    return EntityMatcher(model=False).tables


PIECES = ["高速", "高铁", "铁路", "城际", "公路", "段", "工程", "扩建", "联络线", "说", "介绍", "表示", "大道", "大街",
          "路", "街", "与", "口", "以东", "12号", "来源", ":", "【", "】", "专讯", "接受", "记者", "采访", "洛阳", "(", ")",
          "有限公司", "的", "和", "在", "旗下", "·", "a", " ", "，", "\n"]
texts = st.lists(st.sampled_from(PIECES), max_size=20).map("".join)
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(texts)
@example("京港澳高速公路与关林路交叉口,来源:洛阳日报【明报专讯】接受大河报记者采访时说")
def test_scans_from_the_first_words_find_what_finditer_finds(tables, text):
    """A pattern tried only where the automaton found one of the words its matches begin
    with (``Hits.cues``) finds what its scan of every character finds."""
    cues = Hits(text, tables).cues
    cases = [(roads._RAIL, "rail"), (persons._SAYS, "says"), (rules._ROAD, "road"), (rules._AVENUE, "avenue"),
             *((rx, kind) for kind, rx, _ in tables.media.marks)]
    for rx, kind in cases:
        starts = {s for s, e in cues.get(kind, ())}
        assert [m.span() for m in matches_at(rx, text, starts)] == [m.span() for m in rx.finditer(text)]


def test_the_cue_kinds_hold_the_words_the_patterns_begin_with(tables):
    kinds = dict(tables._cues())
    assert set(kinds["rail"]) == set(roads._RAIL_STARTS) and set(kinds["says"]) == set(entity_text.SAYS_WORDS)
    assert set(kinds["road"]) == set(entity_text.ROAD_WORDS) and set(kinds["avenue"]) == set(entity_text.AVENUE_WORDS)
    assert all(set(kinds[kind]) == set(words) and words for kind, _, words in tables.media.marks)


# with words of the generated list too (left_bounds.tsv: 发现, 提出, 通过, 已经), some overlapping
# the hand-written ones (在, 的, 和) or each other
BOUND_PIECES = PIECES + ["发现", "提出", "通过", "已经", "现在", "出现", "发", "现", "提", "过", "经", "已", "对外", "对", "外", "平"]
bound_texts = st.lists(st.sampled_from(BOUND_PIECES), max_size=20).map("".join)


@SETTINGS
@given(bound_texts, st.integers(0, 40), st.integers(0, 40))
def test_bounds_are_the_boundary_regex_matches(tables, text, a, b):
    """The automata find what an alternation of their words, longest first, finds, less the
    words that names hold (bound_inside.tsv: 对外, 和平, which hide the boundary they begin):
    for a project's name the hand-written words, for other names those and the generated ones."""
    a, b = min(a, len(text)), min(b, len(text))
    inside = {tables.bound_words[i] for i in tables._bound_inside}
    assert inside and inside == {tables.name_bound_words[i] for i in tables._name_bound_inside}

    def alternation(words):
        return regex.compile("|".join(map(regex.escape, sorted(words, key=len, reverse=True))))
    for project, rx in ((True, alternation(tables.bound_words)), (False, alternation(tables.name_bound_words))):
        expected = [(m.start(), m.end(), m.group()) for m in rx.finditer(text, a, b)
                    if m.group() not in inside] if a < b else []
        found, soft = tables.bounds(text, a, b, project)
        words = tables.bound_words if project else tables.name_bound_words
        assert [(a + s, a + e, words[k]) for k, s, e in found] == expected
        assert all(soft[k] == (words[k] in tables.soft) for k, _, _ in found)


# The run of name characters ending at a place, matched backwards (regex's reverse mode).
_BACKWARDS = regex.compile(r"(?r)(?:[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-Za-z·&\-]"
                           r"|\([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{1,6}\))+")


@SETTINGS
@given(texts, st.integers(0, 40), st.integers(0, 30))
def test_name_run_on_the_reversed_text_is_the_backward_match(tables, text, hs, width):
    hs = min(hs, len(text))
    lo = max(0, hs - width)
    m = _BACKWARDS.match(text, lo, hs)
    n = len(text)
    r = tables.name_run_reversed.match(Hits(text, tables).reversed_text(), n - hs, n - lo)
    assert (n - r.end() if r else None) == (m.start() if m else None)


def test_short_county_stands_only_as_a_word(tables):
    assert (1, 3) in {x[:2] for x in Hits("，叶县", tables).lex}  # after a break
    assert (2, 4) not in {x[:2] for x in Hits("示范叶县域", tables).lex}  # inside words (县域)


WORKS_PIECES = ["建设", "新建", "扩建", "改扩建", "开工建设", "加快建设", "动工", "建", "设", "工", "施", "产业园", "项目",
                "洛阳", "的", "、"]


@SETTINGS
@given(st.lists(st.sampled_from(WORKS_PIECES), max_size=12).map("".join), st.integers(0, 30), st.integers(0, 30))
def test_after_works_skips_only_windows_without_works_words(tables, text, s, hs):
    from luoyang_nlp.entities.heads import _after_works

    s, hs = sorted((min(s, len(text)), min(hs, len(text))))
    expected = s
    for w in tables.works_re.finditer(text, s, hs):  # the plain scan of every window
        if hs - w.end() >= 2:
            expected = w.end()
    assert _after_works(text, s, hs, tables) == expected


CUE_PIECES = ["中", "美", "日", "港澳台", "关系", "间", "合作", "市场", "日报", "网", "客户端", "电网", "新能源", "能源", "科技",
              "龙头企业", "企业", "5", "12", ".", "3.5", "万吨", "吨", "GWh", "千瓦", "万千瓦", "项目", "工程", "洛阳", "的",
              "、", "，", " "]
cue_texts = st.lists(st.sampled_from(CUE_PIECES), max_size=24).map("".join)


@settings(SETTINGS, max_examples=500)
@given(cue_texts)
@example("5万吨洛阳项目")
@example("3.5万千瓦的项目")
@example("中美日关系")
@example("洛阳日报网")
@example("龙头企业洛阳科技")
def test_scans_from_cue_hits_find_what_finditer_finds(tables, text):
    from luoyang_nlp.entities.abbrev import _run_starts
    from luoyang_nlp.entities.companies import _figure_starts
    from luoyang_nlp.entities.text import matches_at

    cues = Hits(text, tables).cues
    S = tables.company_shapes
    cases = [(tables.abbreviations.run, _run_starts(text, tables.abbreviations.chars, cues.get("relation", []))),
             (tables.media.head_re, {s for s, e in cues.get("outlet", [])}),
             (S.capacity, _figure_starts(text, cues.get("unit", [])))]
    for rx, starts in cases:
        assert [m.span() for m in matches_at(rx, text, starts)] == [m.span() for m in rx.finditer(text)]
    cue_re = regex.compile("|".join(S.cues))
    for k in range(len(text) + 1):  # a cue within 16 characters before k, as a regex search finds it
        near = any(cs >= k - 16 and ce <= k for cs, ce in cues.get("company_cue", []))
        assert near == bool(cue_re.search(text, max(0, k - 16), k))
