"""Guards (all rows): the fast paths of session 23 (helper e) give what the forms they replace
gave, on random inputs. No monkeypatching (the wheel is compiled with mypyc): the old forms are
written out here (or kept beside the new one) and compared with the module functions as they are.

- ``Tables.bounds``: the boundary words of a window by a look-up of the words beginning at each
  character (longest first, then past the word), not the leftmost-longest automaton on the
  slice (``Tables.bounds_ac``).
- ``companies``: the industry word and the legal ending a firm's name ends in stripped by set
  look-ups and ``endswith`` (``strip_industry``, ``strip_legal``), not ``re.sub`` with an
  end-anchored pattern; the short firms' pattern run only over the stretches a cue may qualify
  (``_short_spans``), not over the whole text.
- ``rules._resolve``/``_keep_longest``, ``Hits.known_cover``: the same spans with the items
  unpacked natively, the covers set character by character, and a group's spans tested against
  the spans kept (no bytearray).
- ``Tables._first_flags``: the word scans (``bounds``, ``strip_generic``, ``has_bound`` …) skip a
  character whose bit is unset (their tests in test_speed_s22f.py and here cover them; a
  character past the basic plane is looked up as before).
- ``companies._figure_starts(first_only=True)``: the capacity pattern tried at the first digit
  of each figure only.
"""

import random
import re

from hypothesis import given, settings, strategies as st

from luoyang_nlp.entities import EntityMatcher
from luoyang_nlp.entities import companies as C
from luoyang_nlp.entities import hits as H
from luoyang_nlp.entities import rules as R
from luoyang_nlp.entities.text import bisect_ints

_T: list = []


def _tables():
    if not _T:
        _T.append(EntityMatcher().tables)
    return _T[0]


def _bound_pieces(T):
    """Boundary, left-bound and inside words, their halves and other characters: windows where
    the words overlap, nest and run into each other."""
    words = sorted(T.name_bound_words)[::11] + sorted(T.bound_words)[::5]
    return words + [w[:len(w) // 2] for w in words if len(w) > 1] + [w[1:] for w in words if len(w) > 1] + \
        ["洛阳", "某", "a", "3", "、", "集团", "有限公司", "对外", "和平", "\U00020000"]


@settings(max_examples=1500, deadline=None)
@given(st.data())
def test_bounds_same_as_the_automaton(data):
    """guard: ``bounds`` gives the automaton's leftmost-longest words (less the inside words) on
    any window, for projects and for other names."""
    T = _tables()
    text = "".join(data.draw(st.lists(st.sampled_from(_bound_pieces(T)), max_size=10)))
    a = data.draw(st.integers(0, len(text) + 1))
    b = data.draw(st.integers(0, len(text) + 1))
    for project in (True, False):
        assert T.bounds(text, a, b, project) == T.bounds_ac(text, a, b, project)


def test_bounds_rows():
    """guard: every boundary word alone in a window, and after a character, is found as the automaton finds it."""
    T = _tables()
    for project, words in ((True, T.bound_words), (False, T.name_bound_words)):
        for w in words:
            for t in (w, "某" + w + "某", w + w, "\U00020000" + w + "\U00020000"):
                assert T.bounds(t, 0, len(t), project) == T.bounds_ac(t, 0, len(t), project)
                assert T.bounds(t, 1, len(t), project) == T.bounds_ac(t, 1, len(t), project)


def _industry_pieces(S):
    words = sorted(S.industry_words)
    return words[::3] + [w[:1] for w in words[::5]] + [w[1:] for w in words[::5] if len(w) > 1] + \
        ["某", "洛阳", "集团", "股份", "有限公司", "有限责任公司", "公司", "(洛阳)", "(", ")", "\n", "a"]


@settings(max_examples=1500, deadline=None)
@given(st.data())
def test_strip_industry_and_legal_same_as_the_patterns(data):
    """guard: ``strip_industry`` and ``strip_legal`` give what the end-anchored ``re.sub`` gave
    (names with several industry words, legal endings, brackets and a last line break)."""
    S = _tables().company_shapes
    name = "".join(data.draw(st.lists(st.sampled_from(_industry_pieces(S)), max_size=6)))
    assert C.strip_industry(name, S) == S.industry.sub("", name)
    assert C.strip_legal(name) == C._LEGAL.sub("", C._PAREN.sub("", name))


def test_strip_rows():
    """guard: every industry word alone and after a brand; every legal ending after a group."""
    S = _tables().company_shapes
    for w in S.industry_words:
        for t in (w, "某某" + w, w + w, "某" + w + "\n", w + "某"):
            assert C.strip_industry(t, S) == S.industry.sub("", t)
    for t in ("某某集团股份有限公司", "某某股份有限公司", "某某集团有限公司", "某某(洛阳)有限公司", "某某集团公司",
              "某某公司集团", "公司", "集团公司", "某某有限公司\n", "某某有限责任公司"):
        assert C.strip_legal(t) == C._LEGAL.sub("", C._PAREN.sub("", t))


def _old_short_spans(text, S):
    return [m.span() for m in S.short.finditer(text)]


@settings(max_examples=1500, deadline=None)
@given(st.data())
def test_short_spans_hold_every_cued_match(data):
    """guard: every match of the whole text's scan that a cue may qualify is among
    ``_short_spans``' matches, and each of those is a match of the whole scan."""
    S = _tables().company_shapes
    pieces = _industry_pieces(S) + sorted(S.cues)[::4] + ["、", "。", "——"]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=14)))
    cues = [(m.start(), m.end()) for w in S.cues for m in re.finditer(re.escape(w), text)][:6]
    if data.draw(st.booleans()) and text:
        cues += [(a, a + 2) for a in data.draw(st.lists(st.integers(0, len(text)), max_size=3))]
    old = _old_short_spans(text, S)
    new = C._short_spans(text, S, cues)
    assert set(new) <= set(old)
    assert new == sorted(new)
    wanted = [(k, e) for k, e in old if any(cs >= k - 16 and ce <= k for cs, ce in cues)]
    assert [x for x in new if x in wanted] == wanted


def _old_keep_longest(group, out):
    keyed = [(s - e, -prio, s, e, label, src) for s, e, label, prio, src in group]
    keyed.sort()
    base = group[0][0]
    taken = bytearray(max(c[1] for c in group) - base + 1)
    for _, _, s, e, label, src in keyed:
        if taken.find(1, s - base, e - base) == -1:
            taken[s - base:e - base] = b"\x01" * (e - s)
            out.append((s, e, label, src))


def _old_resolve(cands):
    out = []
    cands = sorted(cands, key=lambda c: c[0])
    n = len(cands)
    i = 0
    while i < n:
        c = cands[i]
        end = c[1]
        j = i + 1
        while j < n and cands[j][0] < end:
            if cands[j][1] > end:
                end = cands[j][1]
            j += 1
        if j == i + 1:
            out.append((c[0], c[1], c[2], c[4]))
        elif j == i + 2 and c[0] < c[1] and cands[j - 1][0] < cands[j - 1][1]:
            d = cands[j - 1]
            if (c[0] - c[1], -c[3], c[0], c[1], c[2], c[4]) > (d[0] - d[1], -d[3], d[0], d[1], d[2], d[4]):
                c = d
            out.append((c[0], c[1], c[2], c[4]))
        else:
            _old_keep_longest(cands[i:j], out)
        i = j
    out.sort()
    return out


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 8), st.sampled_from(["ORG", "PLACE", "PROJECT"]),
                          st.integers(0, 3), st.sampled_from(["head", "lexicon", "x"])), max_size=25))
def test_resolve_same_as_before(raw):
    """guard: ``_resolve`` keeps what it kept when it read the candidates field by field."""
    cands = [(s, s + L, label, prio, src) for s, L, label, prio, src in raw]
    assert R._resolve(list(cands)) == _old_resolve(cands)


def _old_cover(h):
    cov = bytearray(len(h.text))
    for x in h.lex:
        if x[2] == "COMPANY" or x[2] == "ORG":
            cov[x[0]:x[1]] = b"\x01" * (x[1] - x[0])
    for x in h.heads:
        cov[x[0]:x[1]] = b"\x01" * (x[1] - x[0])
    return cov


_TEXTS = ["洛阳某某科技有限公司与中国航空工业集团有限公司洛阳电光设备研究所签约,洛阳市人民政府、河南省发展和改革委员会出席。",
          "市委书记王建国在伊川县某某产业园项目现场调研,某某银行洛阳分行、洛阳市财政部门负责人陪同。",
          "据洛阳日报记者了解,某某集团股份有限公司(601000)年产10万吨新材料项目总投资12亿元。"]


def test_hits_lookups_same_as_before():
    """guard: the cover of known names and the start and end sets equal the comprehensions'."""
    T = _tables()
    rng = random.Random(7)
    texts = list(_TEXTS)
    for _ in range(200):
        a, b = rng.choice(_TEXTS), rng.choice(_TEXTS)
        i, j = rng.randrange(len(a)), rng.randrange(len(b))
        texts.append(a[i:] + b[:j])
    for text in texts:
        h = H.Hits(text, T)
        assert h.known_cover() == _old_cover(h)
        assert h.lex_starts == {x[0] for x in h.lex} and h.lex_ends == {x[1] for x in h.lex}
        assert h.known_ends == h.lex_ends.union([x[1] for x in h.heads], [x[1] for x in h.bodies])


@given(st.lists(st.integers(-5, 40)).map(sorted), st.integers(-10, 50))
def test_bisect_ints_same_as_bisect(a, x):
    """guard: ``bisect_ints`` is ``bisect.bisect_left``."""
    import bisect

    assert bisect_ints(a, x) == bisect.bisect_left(a, x)


@settings(max_examples=1500, deadline=None)
@given(st.data())
def test_longest_at_same_as_the_patterns(data):
    """guard: ``_longest_at`` ends where the tail and short-firm patterns' matches end (or -1 for none)."""
    S = _tables().company_shapes
    pieces = _industry_pieces(S) + sorted(S.tail_words)[::2] + [w[:2] for w in sorted(S.tail_words) if len(w) > 2]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=6)))
    p = data.draw(st.integers(0, len(text) + 1))
    m = S.tail.match(text, p)
    assert C._longest_at(text, p, S.tail_words, S.tail_lens) == (m.end() if m else -1)
    m = S.short.match(text, p)
    assert C._longest_at(text, p, S.industry_words, S.industry_lens) == (m.end() if m else -1)


@settings(max_examples=1500, deadline=None)
@given(st.data())
def test_capacity_first_digit_starts(data):
    """guard: the capacity pattern tried at the first digit of each figure finds what it found
    tried at every digit (``_figure_starts(first_only=True)``)."""
    from luoyang_nlp.entities.text import matches_at

    S = _tables().company_shapes
    assert S.units_digit_free
    units = sorted(S.units)
    pieces = units[::3] + ["1", "2", "0", ".", "5", "项目", "工程", "某某", "聚乳酸", "、", "年产", "万", "吨"]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=16)))
    spans = [(m.start(), m.end()) for u in S.units for m in re.finditer(re.escape(u), text)]
    old = [m.span() for m in matches_at(S.capacity, text, C._figure_starts(text, spans))]
    new = [m.span() for m in matches_at(S.capacity, text, C._figure_starts(text, spans, True))]
    assert new == old
