"""Guards (all rows): the entity rules' fast paths give what the slow forms they replace gave.

``Hits`` builds its role lists in one pass over the automaton's hits and filters the lexicon
names standing astride two words or inside a code in one gated pass (``hits._standing``); the
old forms are written out here and compared, on random texts made of lexicon keys, common-word
letters, ASCII letters and digits. No monkeypatching (the wheel is compiled with mypyc): the
module functions are called as they are.
"""

from hypothesis import given, settings, strategies as st

from luoyang_nlp.entities import EntityMatcher
from luoyang_nlp.entities import hits as H

_T: list = []


def tables():
    if not _T:
        _T.append(EntityMatcher().tables)
    return _T[0]


def _old_standing(text, lex, words):
    """The two passes ``Hits`` made before (guard reference)."""
    if any(H._astride(text, x[0], x[1], words) for x in lex):
        lex = [x for x in lex if not H._astride(text, x[0], x[1], words)]
    if any(H._inside_code(text, x[0], x[1]) for x in lex):
        lex = [x for x in lex if not H._inside_code(text, x[0], x[1])]
    return lex


def _old_roles(text, T):
    """The role lists as four comprehensions and the special hits as a fifth (guard reference)."""
    found = T.automaton.find_matches_as_indexes(text, overlapping=True)
    found = [m for m in found if T.has_role[m[0]]]
    one, ot, ob, oh = T.one_name, T.one_title, T.one_body, T.one_head
    return ([(s, e) + one[i] for i, s, e in found if one[i] is not None],
            [(s, e, ot[i]) for i, s, e in found if ot[i] is not None],
            [(s, e) + ob[i] for i, s, e in found if ob[i] is not None],
            [(s, e) + oh[i] for i, s, e in found if oh[i] is not None],
            [m for m in found if m[0] in T.special])


_PIECES = ["村民", "进行", "重新", "安装", "乡村", "振兴", "五星", "八千", "乡亲", "务农", "行业", "农行", "中行",
           "G", "20", "7", "国道", "A", "B1", "洛阳", "叶县", "示范", "县域", "中东", "部", "9", "日本", "市",
           "有限公司", "产业园", "项目", "书记", "市长", "人民政府", "新安", "国航", "我国", "航天", "人", "、", ","]
_TEXTS = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.data())
def test_standing_is_the_two_old_passes(text, data):
    """guard: one gated pass drops what the two passes dropped, in the same order."""
    n = len(text)
    spans = data.draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(1, 5)), max_size=20))
    lex = [(s, min(n, s + L), "PLACE", "") for s, L in spans]
    words = tables().common_words
    assert H._standing(text, lex, words) == _old_standing(text, lex, words)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_hits_roles_as_the_comprehensions_made_them(text):
    """guard: the one-pass role lists equal the comprehensions' where no key has several roles,
    and the lexicon names equal the old filters' output then."""
    T = tables()
    h = H.Hits(text, T)
    lex, pos, bodies, heads, special = _old_roles(text, T)
    if not T.several.isdisjoint([m[0] for m in special]):
        return  # the several-roles branch is unchanged
    assert h.pos == pos and h.bodies == bodies and h.heads == heads
    if not [m for m in special if m[0] in T.in_context]:
        lex = H._astride_places(text, _old_standing(text, lex, T.common_words), T.common_words)  # (s23 a)
        if "部门" in text:
            lex = [x for x in lex if not H._department(text, x)]
        assert h.lex == lex


def test_standing_rows():
    """guard: the cases of the docstrings."""
    words = tables().common_words
    for text, span, kept in [("村民进行投票", (1, 3), False), ("G207国道", (0, 3), False),
                             ("五星乡村振兴", (0, 3), False), ("洛阳市", (0, 2), True)]:
        lex = [span + ("PLACE", "")]
        assert (H._standing(text, lex, words) == lex) is kept
        assert H._standing(text, lex, words) == _old_standing(text, lex, words)


_QUOTED_PIECES = ["“", "”", '"', "据", "从", "某某", "发布", "财经", "客户端", "微信公众号", "报道", "获悉", "日报", "A"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_QUOTED_PIECES), min_size=1, max_size=20).map("".join))
def test_quoted_outlets_open_with_a_quote(text):
    """guard: ``_quoted_outlets`` returns at once for a text without a quote; every match of
    ``quoted_re`` begins with one, so the gate drops no outlet."""
    M = tables().media
    for m in M.quoted_re.finditer(text):
        assert text[m.start()] in '"“'


def test_quoted_outlet_rows():
    """guard: a quoted outlet is still found, and one without its quotes is not read by the gate."""
    from luoyang_nlp.entities.media import _quoted_outlets
    T = tables()
    assert [text for text in ("据“某某财经”报道", "“某某发布”客户端")
            if _quoted_outlets(text, T.media, T)] == ["据“某某财经”报道", "“某某发布”客户端"]
    assert _quoted_outlets("据某某财经报道", T.media, T) == []
