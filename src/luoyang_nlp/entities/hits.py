"""What the one Aho-Corasick pass found in a text, by role, and the per-document lookups the
entity rules share (built once here, not again in each rule).

The lexicon names that only stand in context (a two-character county: 叶县; a name that begins
with a date's 日 or 月; 中东 + 部) are checked here; ``Tables`` flags their keys, so a text
without one skips the checks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .text import PREV_OK, han

if TYPE_CHECKING:
    from .tables import Tables

__all__ = ["Hits"]


class Hits:
    """What the automaton found in a text, by role, and the lookups the stages share.

    ``lex``: ``(start, end, label, level)`` lexicon names; ``pos``: ``(start, end, title)``;
    ``bodies``: ``(start, end, prefixed)``; ``heads``: ``(start, end, label, min, strong)``;
    ``cues``: kind -> ``(start, end)`` of the cue words of that kind (``Tables._cues``)."""

    __slots__ = ("text", "lex", "pos", "bodies", "heads", "cues", "lex_starts", "lex_ends", "div_by_end",
                 "div_by_start", "feature_starts", "place_spans", "zone_ends", "known_ends", "_known", "_reversed")

    def __init__(self, text: str, T: Tables) -> None:
        self.text = text
        # typed: the compiled module unpacks each (key, start, end) natively, not as any object
        found: list[tuple[int, int, int]] = (
            T.automaton.find_matches_as_indexes(text, overlapping=True) if T.automaton is not None else [])
        cues_of = T.cues_of
        cues: dict[str, list[tuple[int, int]]] = {}
        # the role lists in one pass over the hits, for keys of one role per kind (nearly all)
        # (a key with several roles of a kind, ``T.several``, gives all of them where it is
        # found, in their order: as many as per-kind comprehensions over every hit would give);
        # the cues in the same pass (a key of cues alone adds nothing else)
        one, ot, ob, oh = T.one_name, T.one_title, T.one_body, T.one_head
        has_role, special_flags, several_flags = T.has_role, T.special_flags, T.several_flags
        lex: list = []
        pos: list = []
        bods: list = []
        hds: list = []
        special: list[tuple[int, int, int]] = []
        for m in found:
            i, s, e = m
            kinds = cues_of[i]
            if kinds:
                for kind in kinds:
                    got = cues.get(kind)  # (not setdefault with a new list: ~800 instructions compiled)
                    if got is None:
                        cues[kind] = [(s, e)]
                    else:
                        got.append((s, e))
            if not has_role[i]:
                continue
            if special_flags[i]:
                special.append(m)
                if several_flags[i]:
                    for r in T.names_of[i]:
                        lex.append((s, e) + r)
                    for t in T.titles_of[i]:
                        pos.append((s, e, t))
                    for r in T.bodies_of[i]:
                        bods.append((s, e) + r)
                    for r in T.heads_of[i]:
                        hds.append((s, e) + r)
                    continue
            rn = one[i]
            if rn is not None:
                lex.append((s, e, rn[0], rn[1]))
            t = ot[i]
            if t is not None:
                pos.append((s, e, t))
            rb = ob[i]
            if rb is not None:
                bods.append((s, e, rb[0]))
            rh = oh[i]
            if rh is not None:
                hds.append((s, e, rh[0], rh[1], rh[2]))
        # typed: the rules unpack and read each item natively, not field by field through
        # the generic protocol (the items are the tuples made above)
        self.cues = cues
        self.pos: list[tuple[int, int, str]] = pos
        self.bodies: list[tuple[int, int, bool]] = bods
        self.heads: list[tuple[int, int, str, int, bool]] = hds
        if special:
            names = T.names_of
            in_ctx = T.in_context
            flagged = [(s, e) + r for i, s, e in special if i in in_ctx for r in names[i]]
            if flagged:
                drop = _out_of_context(text, lex, flagged, T)
                if drop:
                    lex = [x for x in lex if x not in drop]
        lex = _astride_places(text, _standing(text, lex, T.common_words), T.common_words)
        if "部门" in text and any(_department(text, x) for x in lex):
            lex = [x for x in lex if not _department(text, x)]
        self.lex: list[tuple[int, int, str, str]] = lex
        # the same list read with its items' types: each unpacked natively, not item by item
        typed: list[tuple[int, int, str, str]] = lex
        lex_starts: set[int] = set()
        lex_ends: set[int] = set()
        for s, e, _, _ in typed:
            lex_starts.add(s)
            lex_ends.add(e)
        self.lex_starts = lex_starts
        self.lex_ends = lex_ends
        #: ends of lexicon names, heads and bodies: where a name read leftwards may stop
        known_ends = set(lex_ends)
        typed_heads: list[tuple[int, int, str, int, bool]] = hds
        for _, e, _, _, _ in typed_heads:
            known_ends.add(e)
        typed_bodies: list[tuple[int, int, bool]] = bods
        for _, e, _ in typed_bodies:
            known_ends.add(e)
        self.known_ends = known_ends
        #: ends of administrative divisions -> the leftmost start
        div_by_end: dict[int, int] = {}
        #: starts of administrative divisions -> (the longest end, its level)
        div_by_start: dict[int, tuple[int, str]] = {}
        #: starts of lexicon places that are no division (mountains, rivers …)
        feature_starts = set()
        #: ends of lexicon places -> the leftmost start
        place_spans: dict[int, int] = {}
        zone_ends = set()
        zone_keys = T.zone_keys
        for s, e, label, div in typed:
            if div:
                if e not in div_by_end or s < div_by_end[e]:
                    div_by_end[e] = s
                if s not in div_by_start or e > div_by_start[s][0]:
                    div_by_start[s] = (e, div)
            elif label == "PLACE":
                feature_starts.add(s)
            if label == "PLACE":
                if e not in place_spans or s < place_spans[e]:
                    place_spans[e] = s
                if text[s:e] in zone_keys:
                    zone_ends.add(e)
        self.div_by_end, self.div_by_start, self.feature_starts = div_by_end, div_by_start, feature_starts
        self.place_spans, self.zone_ends = place_spans, zone_ends
        self._known: bytearray | None = None
        self._reversed: str | None = None

    def reversed_text(self) -> str:
        """The text backwards (for matching backwards from a place with ``re``), made on first use."""
        if self._reversed is None:
            self._reversed = self.text[::-1]
        return self._reversed

    def known_cover(self) -> bytearray:
        """1 at every character inside a known company/organisation name or a head (有限公司);
        made on first use."""
        cov = self._known
        if cov is None:
            cov = self._known = bytearray(len(self.text))
            # (each item unpacked natively and its characters set one by one: a slice
            # assignment through the generic protocol cost ~1,600 instructions an item)
            lex: list[tuple[int, int, str, str]] = self.lex
            for s, e, label, _ in lex:
                if label == "COMPANY" or label == "ORG":
                    for i in range(s, e):
                        cov[i] = 1
            heads: list[tuple[int, int, str, int, bool]] = self.heads
            for s, e, _, _, _ in heads:
                for i in range(s, e):
                    cov[i] = 1
        return cov


# After a two-character county (叶县), these begin a word of which 县 is part: 示范县域 …
_COUNTY_NEXT_BAD = frozenset("域级城")
_NUMERAL_CHARS = frozenset("一二两三四五六七八九十百千万")
_DATE_PARTS = "日月年号"


def in_context(key: str, labels: set) -> bool:
    """Does a lexicon name need the checks of ``Hits`` where it is found (a short county, a
    name beginning with a date's part, a place ending in a direction)? ``labels``: its labels.
    (Every two-character name is checked for standing astride two words, apart: ``_astride``.)"""
    return key[0] in _DATE_PARTS or (len(key) == 2 and "PLACE" in labels and key[-1] in "县东西南北中")


def _out_of_context(text: str, lex: list, flagged: list, T: Tables) -> set:
    """The names of ``flagged`` (lexicon names of flagged keys, all in ``lex``) that do not
    stand here: a short county not standing as a word, a name beginning with a date's part,
    a direction's place before 部, a place inside a common word (发展中国家: ``T.hidden_in``)."""
    drop = set()
    ends = None
    for x in flagged:
        s, e, label, div = x
        hiding = T.hidden_in.get(text[s:e]) if label == "PLACE" else None
        if hiding and any(off <= s and text.startswith(w, s - off) for w, off in hiding):
            drop.add(x)
            continue
        if label == "PLACE" and e - s == 2 and text[e - 1] == "县":
            if ends is None:
                ends = {e for s, e, label, div in lex if label == "PLACE"}
            if not _county_stands(text, s, e, ends, T):
                drop.add(x)
                continue
        if (text[s] in _DATE_PARTS and _inside_date(text, s)) or (e - s == 2 and _part_of_direction(text, x)):
            drop.add(x)
    return drop


def _standing(text: str, lex: list, words: frozenset) -> list:
    """``lex`` less the names astride two common words (村民|进行 holds no 民进: ``_astride``)
    or inside a longer code (``_inside_code``). One pass; each test is reached only where it
    can hold: ``_astride`` for two characters or a last 乡, ``_inside_code`` for an ASCII first
    or last character."""
    typed: list[tuple[int, int, str, str]] = lex  # each item unpacked natively
    drop = [(s, e) for s, e, _, _ in typed
            if ((e - s == 2 or text[e - 1] == "乡") and _astride(text, s, e, words))
            or ((ord(text[s]) < 128 or ord(text[e - 1]) < 128) and _inside_code(text, s, e))]  # (isascii)
    if not drop:
        return lex
    return [x for x in lex if (x[0], x[1]) not in drop]


def _astride_places(text: str, lex: list, words: frozenset) -> list:
    """``lex`` less the two-character names astride a common word and a lexicon place that
    begins at their second character (有关|中国 holds no 关中: the place after it stands)."""
    typed: list[tuple[int, int, str, str]] = lex  # each item unpacked natively, as in _standing
    places = {s for s, e, label, _ in typed if label == "PLACE" and e - s >= 2}
    if not places:
        return lex
    drop = [(s, e) for s, e, _, _ in typed if e - s == 2 and s + 1 in places and s > 0
            and text[s - 1:s + 1] in words]
    if not drop:
        return lex
    return [x for x in lex if (x[0], x[1]) not in drop]


def _inside_code(text: str, s: int, e: int) -> bool:
    """A name of Latin letters or digits at an edge that a letter or digit continues (G20 in
    G207国道): part of a longer code, no name."""
    return (text[e - 1:e].isascii() and text[e - 1].isalnum() and text[e:e + 1].isascii() and text[e:e + 1].isalnum()) \
        or (text[s:s + 1].isascii() and text[s].isalnum() and s > 0 and text[s - 1].isascii() and text[s - 1].isalnum())


def _department(text: str, x: tuple) -> bool:
    """Is the lexicon body at ``x`` a ministry's name (财政部, 公安部) whose 部 begins 部门 here?
    Then a department of that field in general is meant (市财政部门, 县公安部门), no body."""
    e = x[1]
    return x[2] == "ORG" and text[e - 1] == "部" and text[e:e + 1] == "门"


def _astride(text: str, s: int, e: int, words: frozenset) -> bool:
    """Is the two-character name at [s, e) the end of one common word and the start of the
    next (村民|进行 holds 民进, 重新|安装 新安, 我国|航天 国航), or does its 行 begin a word
    (务农|行业: no 农行)? A place before 人 stands in
    its demonym (从中国人民…, 看中国人: 中国). Or is a township's 乡 the start of a common
    word after a word or a number (五星|乡村振兴, 八千|乡亲: no 五星乡, 八千乡)?"""
    if e - s == 2:
        if text[e - 1] == "行" and text[e - 1:e + 1] in words and not text.startswith("业务", e):
            return True  # 务农|行业, 中|行业: a bank's short name (农行, 中行) is no bank before 行业, 行家 (农行业务 is)
        return 0 < s and e < len(text) and text[e] != "人" and text[s - 1:s + 1] in words and text[s + 1:e + 1] in words
    return e - s >= 3 and text[e - 1] == "乡" and text[e - 1:e + 1] in words \
        and (text[s:e - 1] in words or text[s] in _NUMERAL_CHARS)


def _county_stands(text: str, s: int, e: int, ends: set, T: Tables) -> bool:
    """Does a two-character county name (叶县, 滑县, 嵩县) stand as a word at [s, e)?

    Such names hide inside ordinary text (示范县, 提高县域, 和县委书记): the character before
    must be a break, a boundary word (到, 走进), a list mark, a word of holding an office (任嵩县县长,
    原叶县县委书记: title_before.tsv) or the end of another place (平顶山市叶县, ``ends``), and the
    one after must not make 县域/县级/县城.
    """
    p = text[s - 1] if s else ""
    ok = (not p or not han(p) or p in PREV_OK or p in T.hard or text[max(0, s - 2):s] in T.hard
          or s in ends or p in T.title_before or text[max(0, s - 2):s] in T.title_before)
    return ok and not (e < len(text) and text[e] in _COUNTY_NEXT_BAD)


def _part_of_direction(text: str, x: tuple) -> bool:
    """A two-character place ending in a direction, followed by 部, is part of a region word
    (中东部地区, 西北部): not the place."""
    s, e = x[0], x[1]
    return e - s == 2 and x[2] == "PLACE" and text[e - 1] in "东西南北中" and text[e:e + 1] == "部"


def _inside_date(text: str, s: int) -> bool:
    """A name that begins with the day or month of a date (9日本市, 3月光伏) is no name there."""
    return s > 0 and text[s] in _DATE_PARTS and text[s - 1].isdigit()
