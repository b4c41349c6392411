"""Guards (all rows): the fast paths of session 22 (helper f) give what the forms they
replace gave, on random inputs (and one of the main tree: magnitude-named projects). No monkeypatching (the wheel is compiled with mypyc): the old
forms are written out here and compared with the module functions as they are.

- ``OrgLinker``: a short name is tried only against the stems of the document's long names
  that begin with the first character of one of its forms (an index made once per
  document), not against every long name; ``_is_subsequence`` by ``str.find``.
- ``Hits``: a key with several roles of a kind (黄山, 瀍河) adds all of them in the one pass
  over the hits, instead of the four comprehensions over every hit that followed it.
"""

import re

from hypothesis import given, settings, strategies as st

from luoyang_nlp.entities import EntityMatcher
from luoyang_nlp.entities import hits as H
from luoyang_nlp.link.orgs import LEGAL_SUFFIXES, OrgLinker, _is_subsequence


def _old_is_subsequence(short, long):
    it = iter(long)
    return all(ch in it for ch in short)


def _old_orgs(linker, names, labels):
    """``OrgLinker.__call__`` as it was before (guard reference)."""
    out = [None] * len(names)
    own = {}
    longs = []
    for n, lab in set(zip(names, labels)):
        if lab not in ("COMPANY", "ORG"):
            continue
        canon = linker.lexicon.get(n)
        if canon is None and lab == "COMPANY" and n.endswith(LEGAL_SUFFIXES) and linker.short_forms(n):
            canon = n
        if canon is not None:
            own[n] = canon
        if lab == "ORG" or n.endswith(LEGAL_SUFFIXES):
            longs.append((n, lab))
    found = {}
    for i, (n, lab) in enumerate(zip(names, labels)):
        if lab not in ("COMPANY", "ORG"):
            continue
        if n in linker.lexicon:
            out[i] = linker.lexicon[n]
            continue
        key = (n, lab)
        if key not in found:
            shorts = linker.short_forms(n)
            hits = set()
            if shorts:
                first = {s[0] for s in shorts}
                for long, lb in longs:
                    if lb != lab or len(long) <= len(n) or not any(ch in long for ch in first):
                        continue
                    if any(s[0] == t[0] and _old_is_subsequence(s, t) for s in shorts for t in linker.stems(long, lb)):
                        hits.add(own.get(long, long))
            found[key] = hits.pop() if len(hits) == 1 else None
        out[i] = found[key] or own.get(n)
    return out


_CHARS = "洛阳华晟新能源科技中信重工机械河南大学一拖(洛)"
_PLACES = ("洛阳", "河南", "洛", "中国", "郑州")
_LEX = {"中信重工": "中信重工机械股份有限公司", "一拖": "中国一拖集团有限公司", "河南大学": "河南大学"}
_name = st.builds(lambda a, b: a + b, st.text(_CHARS, min_size=1, max_size=8),
                  st.sampled_from(("",) + LEGAL_SUFFIXES + ("大学", "研究院")))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_name, st.sampled_from(("COMPANY", "ORG", "PLACE"))), min_size=1, max_size=12))
def test_org_linker_same_as_before(items):
    names = [n for n, _ in items]
    labels = [lab for _, lab in items]
    assert OrgLinker(_LEX, _PLACES)(names, labels) == _old_orgs(OrgLinker(_LEX, _PLACES), names, labels)


@settings(max_examples=400, deadline=None)
@given(st.text("abcde", max_size=5), st.text("abcde", max_size=9))
def test_is_subsequence_same_as_before(short, long):
    assert _is_subsequence(short, long) == _old_is_subsequence(short, long)


_T: list = []


def _tables():
    if not _T:
        _T.append(EntityMatcher().tables)
    return _T[0]


def _old_roles(text, T):
    """The role lists as ``Hits`` made them before where a key has several roles (guard reference)."""
    found = [m for m in T.automaton.find_matches_as_indexes(text, overlapping=True) if T.has_role[m[0]]]
    return ([(s, e) + r for i, s, e in found for r in T.names_of[i]],
            [(s, e, t) for i, s, e in found for t in T.titles_of[i]],
            [(s, e) + r for i, s, e in found for r in T.bodies_of[i]],
            [(s, e) + r for i, s, e in found for r in T.heads_of[i]],
            [m for m in found if m[0] in T.special])


_PIECES = ["黄山", "海南", "瀍河", "中原地区", "豫西地区", "大兴安岭", "洛阳", "叶县", "有限公司", "产业园", "项目",
           "书记", "市长", "人民政府", "区", "市", "中东", "部", "9", "日本", "新安", "村民", "进行", "、", ",", "部门"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30).map("".join))
def test_hits_several_roles_in_one_pass(text):
    """guard: the role lists equal the comprehensions' (texts with keys of several roles)."""
    T = _tables()
    h = H.Hits(text, T)
    lex, pos, bodies, heads, special = _old_roles(text, T)
    assert h.pos == pos and h.bodies == bodies and h.heads == heads
    if not [m for m in special if m[0] in T.in_context]:
        lex = H._standing(text, lex, T.common_words)
        if "部门" in text:
            lex = [x for x in lex if not H._department(text, x)]
        assert h.lex == lex


def test_hits_several_rows():
    """guard: a key of several roles is found with each of them."""
    T = _tables()
    h = H.Hits("黄山和瀍河", T)
    assert len([x for x in h.lex if x[:2] == (0, 2)]) >= 2


def _word_pieces(T):
    """Generic and boundary words, their halves and other characters: texts where the words
    overlap, nest and run into each other."""
    words = sorted(T.generic_words)[::7] + sorted(T.hard | T.soft)[::7]
    return words + [w[:len(w) // 2] for w in words if len(w) > 1] + [w[1:] for w in words if len(w) > 1] + \
        ["洛阳", "某", "a", "3", "D", "、", "集团"]


def _generic_re(T):
    """The regex the generic words were looked for with before the set look-ups (the reference)."""
    from luoyang_nlp.entities.text import alternation

    return re.compile(alternation(T.generic))


@settings(max_examples=500, deadline=None)
@given(st.data())
def test_word_tests_same_as_the_regexes(data):
    """guard: ``strip_generic``, ``has_generic``, ``generic_at`` and ``has_bound`` give what
    ``generic_re.sub("", ·)``, ``generic_re.search``, ``generic_re.match`` and ``bound_re.search`` gave."""
    T = _tables()
    generic_re = _generic_re(T)
    pieces = _word_pieces(T)
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=8)))
    a = data.draw(st.integers(0, len(text) + 1))
    b = data.draw(st.integers(0, len(text) + 1))
    assert T.strip_generic(text) == generic_re.sub("", text)
    assert T.has_generic(text) == (generic_re.search(text) is not None)
    assert T.generic_at(text, a) == (generic_re.match(text, a) is not None)
    assert T.has_bound(text) == (T.bound_re.search(text) is not None)
    assert T.has_bound(text, a, b) == (T.bound_re.search(text, a, b) is not None)


def test_word_tests_rows():
    """guard: every generic word alone strips to nothing; a name keeps what no word covers."""
    T = _tables()
    generic_re = _generic_re(T)
    for w in T.generic_words:
        assert T.strip_generic(w) == generic_re.sub("", w) == ""
        assert T.generic_at("某" + w, 1) and T.has_generic("某" + w + "某")
    for w in T.hard | T.soft:
        assert T.has_bound("某" + w + "某") and T.has_bound("某" + w, 1, 1 + len(w))
        assert T.has_bound("某" + w, 1, len(w)) == (T.bound_re.search("某" + w, 1, len(w)) is not None)


_OLD_NAME_RUN = re.compile(r"(?:(?<![A-Za-z])[GDK][0-9](?![0-9.])"
                           r"|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-Za-z·&\-]"
                           r"|(?<![0-9.])[0-9][A-CE-FH-JL-RT-WZ](?![A-Za-z])"
                           r"|\)[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{1,6}\()+")


@settings(max_examples=1000, deadline=None)
@given(st.text("洛阳某G5DK3.AazZ·&-()(), 〇\u3400", max_size=30), st.data())
def test_name_run_same_as_the_group_per_character(text, data):
    """guard: the run read back from a head matches where the old pattern (a group per character) did."""
    rx = _tables().name_run_reversed
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(0, len(text)))
    m, old = rx.match(text, a, b), _OLD_NAME_RUN.match(text, a, b)
    assert (m and m.span()) == (old and old.span())


@settings(max_examples=500, deadline=None)
@given(st.data())
def test_bound_ending_gate(data):
    """guard: a boundary word ending at ``a`` is looked for only after a last character of
    one (``Tables.bound_last``): the gated tests give what the finditer alone gave."""
    from luoyang_nlp.entities.companies import _after_boundary, _bound_before
    T = _tables()
    text = "".join(data.draw(st.lists(st.sampled_from(_word_pieces(T)), max_size=8)))
    a = data.draw(st.integers(0, len(text)))
    old = any(w.end() == a for w in T.bound_re.finditer(text, max(0, a - 4), a))
    assert _after_boundary(text, a, T) == old == _bound_before(text, a, T)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_tail_gate(data):
    """guard: a firm's tail word (company_shapes.tsv tail) matches only where one of their
    first characters stands (``CompanyShapes.tail_first``, the gate of ``place_firms``)."""
    S = _tables().company_shapes
    words = [m for m in S.tail.pattern.replace("(?:", "").replace(")", "").split("|")]
    text = "".join(data.draw(st.lists(st.sampled_from(words + ["某", "洛阳", "科", "化"]), max_size=6)))
    for p in range(len(text) + 1):
        if S.tail.match(text, p) is not None:
            assert text[p] in S.tail_first


# -- magnitude-named projects: the literal first, and a precheck ------------------------------------
_OLD_MAGNITUDE_NAME = re.compile(r"(?<![0-9一二两三四五六七八九十百千万产])(?:百万|千万)(?:吨|千瓦)级?"
                                 r"[\u4e00-\u9fff]{2,6}?(?=[、和及等]|[两二三四五六七八九十]大)")
_MAG_PIECES = st.sampled_from(["百万吨", "千万吨", "百万千瓦", "千万千瓦", "级", "乙烯", "炼化一体化", "、", "和",
                               "等", "两大", "三大", "项目", "5", "年产", "一", "万", "百", "千", "基地", "x"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_MAG_PIECES, max_size=10))
def test_magnitude_projects_same_as_the_old_pattern(pieces):
    """``magnitude_projects`` (run only where 百万 or 千万 is) finds what the old pattern, which
    opened with its look-behind and so was tried at every character, found."""
    from luoyang_nlp.entities.rules import magnitude_projects

    text = "".join(pieces)
    old = [(m.start(), m.end()) for m in _OLD_MAGNITUDE_NAME.finditer(text)]
    new = [(a, b) for a, b, *_ in magnitude_projects(text)] if ("百万" in text or "千万" in text) else []
    assert new == old
