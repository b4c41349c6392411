"""Compiled lookup tables for the entity rules: one Aho-Corasick automaton over every lexicon
name, composed title, government body, name head and cue word (where a rule's scan begins),
plus the small word sets the rules use.

Built once per ``EntityMatcher`` on first use (not at import, not pickled).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any, Final, Iterable

import ahocorasick_rs

from ..resources import data_path, project_measures, project_stages, read_tsv
from .lexicon import Entry, RuleWords, common_words
from .abbrev import Abbreviations
from .bodies import BodyParts
from .companies import CompanyShapes
from .hits import in_context
from .honours import Honours
from .media import MediaWords
from .roads import _RAIL_STARTS, WorksCues
from .text import AVENUE_WORDS, ROAD_WORDS, SAYS_WORDS, alternation

__all__ = ["Tables", "LEVELS"]

#: Administrative level characters that end a division name and begin a body or title.
LEVELS = "省市区县镇乡"
#: numerals that, with a classifier of generic.tsv (counted=1), make a generic word: 三大, 多家
_NUMERALS = "一二两三四五六七八九十百千几多数"

# Roles a key can play (several per key).
ENT, POS, BODY, HEAD, CUE = "ent", "pos", "body", "head", "cue"


class Tables:
    """Everything the matcher looks up, derived from lexicon entries and the rule word lists."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        words = RuleWords()
        rules = data_path("lexicons", "rules")
        #: Titles that are a POSITION only with a name (bylines, 市领导, 律师): rules/bylines.tsv.
        self.byline_titles = words.byline_titles
        self.list_titles = words.list_titles
        self.named_titles = words.named_titles
        self.surnames = words.surnames
        self.compound_surnames = words.compound_surnames
        self.rare_surnames = words.rare_surnames
        self.not_names = frozenset(r["word"] for r in read_tsv(rules / "not_names.tsv"))
        #: forms of address after a surname (李师傅, 张大爷): no name
        self.address_terms = frozenset(r["word"] for r in read_tsv(rules / "address_terms.tsv"))
        #: set phrases of policy language in which no name stands (phrases.outside_set_phrases)
        set_phrases = [r["phrase"] for r in read_tsv(rules / "set_phrases.tsv") if r["phrase"]]
        self.set_phrase_re: re.Pattern | None = re.compile(alternation(set_phrases)) if set_phrases else None
        # the generated rest (common_words.tsv): a candidate equal to one, or of three
        # characters beginning with a verb or function word of it (应当是), is no name
        self.common_words, self.func_not_names = common_words()
        generic = read_tsv(rules / "generic.tsv")
        # the generic words, and each numeral with each classifier (三大, 多家: counted=1), as
        # words: a character class in the alternation would cost its literal search (2x)
        counted = [r["word"] for r in generic if r.get("counted") == "1"]
        self.generic = tuple(sorted({r["word"] for r in generic if r.get("counted") != "1"}
                                    | {n + c for n in _NUMERALS for c in counted}, key=len, reverse=True))
        self.generic_words = frozenset(self.generic)
        # A run of characters a name may contain, read backwards from a head (with
        # parenthesised places: 中科慧远视觉技术(洛阳)有限公司), written for the reversed text
        # (``Hits.reversed_text``; its brackets mirrored): a forward ``re`` match there is the
        # greedy backward match and costs a third of ``regex``'s reverse mode.
        # (read on the reversed text; a technology's short name of a digit and G, D or K stays in a
        # name: 某地5G产业园, 3D打印产业园; not a unit, 5GWh)
        # Written as (?:(?<![A-Za-z])[GDK][0-9](?![0-9.])|[HAN A-Za-z·&\-]|\)[HAN]{1,6}\()+ with
        # the run of characters where only the class can match (not G, D, K, which may begin a
        # 5G) read by one repeat of the class: ``re`` reads such a run in one step, not a group
        # per character (the same matches: tests/test_speed_s22f.py compares the two).
        self.name_run_reversed = re.compile(r"(?:[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-CE-FH-JL-Za-z·&\-]+"
                                            r"|(?<![A-Za-z])[GDK][0-9](?![0-9.])|[GDK]"
                                            r"|(?<![0-9.])[0-9][A-CE-FH-JL-RT-WZ](?![A-Za-z])"  # T2航站楼: a terminal's or line's code
                                            r"|\)[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{1,6}\()+")
        #: first character -> the lengths of the generic words it begins, longest first (``strip_generic``)
        self._generic_lens: dict[int, tuple[int, ...]] = _lengths_by_first(self.generic_words)
        self.qualifiers = tuple(r["word"] for r in generic if r.get("qualifier") == "1")
        #: their last characters: ``endswith(qualifiers)`` is asked only after one (None: no gate)
        self.qualifier_last: frozenset[str] | None = \
            frozenset(q[-1] for q in self.qualifiers) if all(self.qualifiers) else None
        self.anywhere_qualifiers = tuple(r["word"] for r in generic if r.get("anywhere") == "1")
        #: qualifiers that name a body's field before an ORG or COMPANY head (某市新能源产业研究院)
        self.body_qualifiers = tuple(r["word"] for r in generic if r.get("body") == "1")
        #: grades (国家级, 省级): opening a name part, or after a verb in it, a designation
        #: (新增国家级…集聚区, 创建省级…示范区); after a place, part of a name (洛阳国家级高新区)
        self.grades = tuple(r["word"] for r in generic if r.get("grade") == "1")
        bounds = read_tsv(rules / "boundaries.tsv")
        self.hard = frozenset(r["word"] for r in bounds if r["kind"] in ("hard", "project"))
        #: determiners that make the level word after them a scope (该县, 全区)
        self.scope_words = frozenset(r["word"] for r in bounds if r["kind"] == "scope")
        #: hard boundaries that a body's or firm's name may hold (投资集团, 世界卫生组织)
        self.project_bounds = frozenset(r["word"] for r in bounds if r["kind"] == "project")
        self.soft = frozenset(r["word"] for r in bounds if r["kind"] == "soft")
        #: prepositions that open a clause before a name (经某院审查): no part of the name
        self.openers = frozenset(r["word"] for r in bounds if r["kind"] == "opener")
        works = sorted((r["word"] for r in bounds if r["kind"] == "works"), key=len, reverse=True)
        self.works_re = re.compile(alternation(works))
        #: the last characters of the works words: a window without one holds no works word
        self.works_last_re = re.compile("[%s]" % re.escape("".join(sorted({w[-1] for w in works}))) if works else "(?!)")
        self.works_last = frozenset(w[-1] for w in works)
        self.bound_re = re.compile(alternation(sorted(self.hard | self.soft, key=len, reverse=True)))
        self._bound_set = self.hard | self.soft
        #: the last characters of the boundary words: no boundary word ends before another character
        self.bound_last = frozenset(w[-1] for w in self._bound_set)
        #: first character -> the lengths of the boundary words it begins, longest first (``has_bound``)
        self._bound_lens: dict[int, tuple[int, ...]] = _lengths_by_first(self._bound_set)
        #: words a boundary character begins that names hold (对外, 和平: bound_inside.tsv, generated):
        #: in the automata below, the longest match there, then left out (``bounds``)
        inside = (frozenset(r["word"] for r in read_tsv(rules / "bound_inside.tsv"))
                  | {r["word"] for r in bounds if r["kind"] == "inside"}) - self.hard - self.soft
        #: the boundary words and, by the same index, whether each is soft (``bounds``)
        self.bound_words = sorted(self.hard | self.soft | inside)
        self.bound_soft = [w in self.soft for w in self.bound_words]
        self._bound_inside = frozenset(i for i, w in enumerate(self.bound_words) if w in inside)
        self._bound_ac = ahocorasick_rs.AhoCorasick(self.bound_words, matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST) \
            if self.bound_words else None
        #: word -> its index, first character -> the lengths it begins (``bounds``' own scan)
        self._bound_index: dict[str, int] = {w: i for i, w in enumerate(self.bound_words)}
        self._bound_first: dict[int, tuple[int, ...]] = _lengths_by_first(self.bound_words)
        # ... and for names other than projects (whose names hold verbs: 改造提升工程), also the
        # verbs, adverbs and function words of left_bounds.tsv (generated from jieba's dictionary
        # and the NER corpora): 第一次发现墨西哥银行 -> 墨西哥银行; and boundaries.tsv's kind=name
        # words, hand-written (收购|某集团, 致函|某厅, 原告|某公司)
        left = (frozenset(r["word"] for r in read_tsv(rules / "left_bounds.tsv"))
                | {r["word"] for r in bounds if r["kind"] == "name"}) - self.hard - self.soft
        self.name_bound_words = sorted(self.hard | self.soft | left | inside)
        self.name_bound_soft = [w in self.soft for w in self.name_bound_words]
        self._name_bound_inside = frozenset(i for i, w in enumerate(self.name_bound_words) if w in inside)
        self._name_bound_ac = ahocorasick_rs.AhoCorasick(
            self.name_bound_words, matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST) if self.name_bound_words else None
        self._name_bound_index: dict[str, int] = {w: i for i, w in enumerate(self.name_bound_words)}
        self._name_bound_first: dict[int, tuple[int, ...]] = _lengths_by_first(self.name_bound_words)
        #: per code point of the basic plane, a bit for each word set whose words it may begin
        #: (_BOUNDS, _NAME_BOUNDS, _GENERIC, _BOUND_SET): the scans skip a character by one
        #: byte read, and look its lengths up only where the bit is set (or past the plane)
        self._first_flags: bytes = _first_flags(((_BOUNDS, self.bound_words), (_NAME_BOUNDS, self.name_bound_words),
                                                  (_GENERIC, self.generic_words), (_BOUND_SET, self._bound_set)))
        after = read_tsv(rules / "after_name.tsv")
        self.name_func = frozenset(r["word"] for r in after if r["kind"] == "func")
        self.name_func_ends = frozenset(r["word"] for r in after if r["kind"] == "func" and r["ends_name"] == "1")
        self.name_follow = frozenset(r["word"][0] for r in after if r["kind"] != "appoint")
        #: verbs of appointment before a name (任命张明为…): where a name may start (``Hits.cues``)
        self.appoint_words = tuple(r["word"] for r in after if r["kind"] == "appoint")
        #: the words written after a name (表示, 出席): a function character that ends given names
        #: ends one before them too (局长王志和表示)
        self.name_after_words = tuple(r["word"] for r in after if (r["kind"] == "word" and len(r["word"]) >= 2
                                      and r["word"] not in words.titles) or r["kind"] == "after")  # not 副, 主任 (王志和|副局长)
        # the words after a name, and the verbs the corpora write after one (after_person.tsv,
        # generated): a three-character candidate whose last character begins one is the
        # two-character name before it (王芳通报 -> 王芳)
        self.name_verbs = frozenset(r["word"] for r in after if len(r["word"]) > 1).union(
            r["word"] for r in read_tsv(rules / "after_person.tsv"))
        self.chang_words = frozenset(r["word"] for r in read_tsv(rules / "chang_words.tsv"))
        self.chang_lens = tuple(sorted({len(w) for w in self.chang_words}, reverse=True))
        self.title_before = frozenset(r["word"] for r in read_tsv(rules / "title_before.tsv"))
        #: words that describe a person, no office (村民, 劳动模范): a name may follow (``persons``)
        self.person_nouns = tuple(r["word"] for r in read_tsv(rules / "person_nouns.tsv"))
        self.level_words = frozenset(r["word"] for r in read_tsv(rules / "level_words.tsv"))
        self.events = frozenset(r["word"] for r in read_tsv(rules / "events.tsv"))
        self.event_lens = tuple(sorted({len(w) for w in self.events}, reverse=True))
        self.head_next = {r["head"]: r["next"] for r in read_tsv(rules / "head_next.tsv")}
        self.head_next_chars = frozenset("".join(self.head_next.values()))
        head_rows = read_tsv(rules / "heads.tsv")
        self.heads = {r["head"]: (r["label"], int(r["min"] or 0), r.get("strength") != "weak") for r in head_rows}
        #: zone heads whose areas are places of their own (自贸区 | 洛阳片区)
        self.areas_apart = frozenset(r["head"] for r in head_rows if r.get("areas") == "1")
        #: heads whose names take another label than the one they are read as (景区: PLACE)
        self.head_shown = {r["head"]: r["shown"] for r in head_rows if r.get("shown")}
        #: Endings of zone names (经开区, 高新区, 示范区 …): a zone's 区 is its own, not a level.
        zones = [r["name"] for r in read_tsv(data_path("lexicons", "zones.tsv"))]
        self.zone_suffixes = tuple(sorted({h for h, (label, _, _) in self.heads.items()
                                           if label == "PLACE" and h.endswith("区")} | set(zones), key=len, reverse=True))
        #: their last characters: no zone name ends where another character stands (none is empty)
        self.zone_finals = frozenset(w[-1] for w in self.zone_suffixes if w)
        self.zone_gated = "" not in self.zone_suffixes
        self.media = MediaWords()
        self.body_parts = BodyParts()
        self.company_shapes = CompanyShapes()
        self.works_cues = WorksCues()
        self.honours = Honours()
        self.title_nouns = tuple(r["word"] for r in read_tsv(rules / "title_nouns.tsv"))
        #: their first characters: ``startswith(title_nouns)`` is asked only where one stands
        self.title_noun_first = frozenset(w[0] for w in self.title_nouns if w)
        self.project_kinds = tuple(r["word"] for r in read_tsv(rules / "project_kinds.tsv"))
        #: bodies that are buildings (facility_bodies.tsv): their name before a project word names a project
        self.facility_ends = tuple(r["end"] for r in read_tsv(rules / "facility_bodies.tsv"))
        #: venues named after heritage (venue_names.tsv): the heads, and the words their names end in
        venue_rows = read_tsv(rules / "venue_names.tsv")
        self.venue_heads = frozenset(r["word"] for r in venue_rows if r["kind"] == "head")
        self.venue_name_ends = tuple(r["word"] for r in venue_rows if r["kind"] == "end")
        #: works a listed project's name may end with (某某轴承智能化改造、…等项目): by length, longest first
        self.project_tails = frozenset(r["word"] for r in read_tsv(rules / "project_tails.tsv"))
        self.project_tail_lens = tuple(sorted({len(w) for w in self.project_tails}, reverse=True))
        #: units of a site's size: a size and 的 before a weak project head's name name it
        self.project_sizes = tuple(r["unit"] for r in read_tsv(rules / "project_sizes.tsv"))
        #: a project's own measure (data/metrics.tsv, by the keys of project_measures.tsv), a
        #: filler and a number after it (…项目总投资12亿元): names the project
        terms, fillers = project_measures()
        self.project_measure_re = re.compile("(?:%s)(?:%s)?[0-9一二两三四五六七八九十百千万亿]" % (
            alternation(terms), alternation(fillers)))
        #: units of a size inside a name (35千伏…工程): the name runs left over its number
        self.name_size_units = tuple(r["unit"] for r in read_tsv(rules / "name_sizes.tsv"))
        #: a stage after a weak head's name (…项目正式开工), or a stage verb right before the
        #: name (开工建设某某项目): names the project
        stages, adverbs, when = project_stages()
        self.project_stage_re = re.compile("(?:(?:%s)[0-9一二三四五六七八九十今明本年月日底初中上下旬]{1,8})?(?:%s)?(?:%s)" % (
            alternation(when), alternation(adverbs), alternation(stages)))
        self.stage_before_re = re.compile("(?:%s)(?:建设)?$" % alternation(stages))
        self.abbreviations = Abbreviations()
        self.transliteration = frozenset(r["char"] for r in read_tsv(rules / "transliteration.tsv"))
        #: words of going or being somewhere, before a country whose city may follow (访问德国|某城)
        self.place_verbs = tuple(r["word"] for r in read_tsv(rules / "place_verbs.tsv"))
        #: place name -> (word, offset of the name in it) of the common words hiding it (发展中国家)
        self.hidden_in: dict[str, tuple[tuple[str, int], ...]] = {}
        for r in read_tsv(rules / "hiding_words.tsv"):
            self.hidden_in[r["name"]] = self.hidden_in.get(r["name"], ()) + ((r["word"], r["word"].index(r["name"], 1)),)
        self.member_titles: dict[str, tuple[str, ...]] = {}
        for r in read_tsv(rules / "member_titles.tsv"):
            self.member_titles[r["body_end"]] = self.member_titles.get(r["body_end"], ()) + (r["title"],)

        state = read_tsv(rules / "state_bodies.tsv")
        #: endings of a state body's name, and the words that make it its own country's (own)
        self.state_body_ends = tuple(r["word"] for r in state if r["kind"] == "ending")
        self.state_body_own = tuple(r["word"] for r in state if r["kind"] == "own")
        #: parties and mass organisations written before a local committee (共青团 + 河南 + 省委)
        self.body_owners = tuple(r["owner"] for r in read_tsv(rules / "body_owners.tsv"))
        entries = list(entries)
        #: countries (lexicon PLACEs noted ``country``): the body of one may follow (美国财政部)
        self.countries = frozenset(n for e in entries if e.label == "PLACE" and e.note == "country" for n in e.names())
        #: two-character rivers the lexicon lists (伊河, 汝河), no division (漯河): two of them joined
        #: name the river below their meeting (洪河 + 汝河 -> 洪汝河, 唐河 + 白河 -> 唐白河)
        self.short_rivers = frozenset(n for e in entries if e.label == "PLACE" and not _division_level(e)
                                      for n in e.names() if len(n) == 2 and n[1] == "河")
        roles: dict[str, list[tuple]] = defaultdict(list)
        for e in entries:
            for n in e.names():
                if len(n) < 2:
                    continue
                role = (ENT, e.label, _division_level(e))
                if role not in roles[n]:  # the same name in two rows: one role
                    roles[n].append(role)
        titles = set(words.titles)
        for t in words.party_titles:
            for p in words.party_prefixes:
                titles.add(p + t)
        for t in words.titles:
            if t.startswith("副") and len(t) == 3:
                titles.add("常务" + t)
        for t in ("主任", "副主任"):
            titles.add("办公室" + t)
        for t in titles:
            roles[t].append((POS, t))
        for b in words.bodies:
            for lv in LEVELS:
                roles[lv + b].append((BODY, True))
        for b in words.bare_bodies:
            roles[b].append((BODY, False))
        for h, (label, mn, strong) in self.heads.items():
            roles[h].append((HEAD, label, mn, strong))
        for kind, cue_words in self._cues():
            for w in cue_words:
                roles[w].append((CUE, kind))
        self._keys = list(roles)
        self._roles: list[tuple[Any, ...]] = [(len(k),) + _by_kind(k, roles[k]) for k in self._keys]
        self.automaton = ahocorasick_rs.AhoCorasick(self._keys) if self._keys else None
        #: per key index, its roles of each kind (``Hits`` builds each role's list in one pass)
        self.names_of, self.titles_of, self.bodies_of, self.heads_of, self.cues_of = (
            [r[k] for r in self._roles] for k in (1, 2, 3, 4, 5))
        #: per key index, whether it has a role besides cues
        self.has_role = [any(r[1:5]) for r in self._roles]
        #: keys whose lexicon names are checked in context where found (叶县, 9日本市, 中东部, 发展中国家)
        self.in_context = frozenset(i for i, k in enumerate(self._keys) if self.names_of[i] and (
            k in self.hidden_in or in_context(k, {r[0] for r in self.names_of[i]})))
        #: per key index, its one role of each kind, or None (none, or several: see ``several``)
        # typed: ``Hits`` builds each item from the role's fields, not by concatenating tuples
        self.one_name: list[tuple[str, str] | None]
        self.one_title: list[Any]
        self.one_body: list[tuple[bool] | None]
        self.one_head: list[tuple[str, int, bool] | None]
        self.one_name, self.one_title, self.one_body, self.one_head = (
            [r[0] if len(r) == 1 else None for r in of]
            for of in (self.names_of, self.titles_of, self.bodies_of, self.heads_of))
        #: keys with several roles of one kind (a name that is a PLACE and an ORG)
        self.several = frozenset(i for i in range(len(self._keys))
                                 if max(len(self.names_of[i]), len(self.titles_of[i]), len(self.bodies_of[i]),
                                        len(self.heads_of[i])) > 1)
        #: keys that make ``Hits`` look twice: checked in context, or with several roles of a kind
        self.special = self.in_context | self.several
        #: the same two sets as a flag per key index (``Hits`` reads a flag, not a set of boxed ints)
        self.special_flags: list[bool] = [i in self.special for i in range(len(self._keys))]
        self.several_flags: list[bool] = [i in self.several for i in range(len(self._keys))]
        #: lexicon places that end in a zone's ending (经开区): their 区 is their own
        self.zone_keys = frozenset(k for i, k in enumerate(self._keys)
                                   if self.names_of[i] and k.endswith(self.zone_suffixes))

    def _cues(self) -> tuple[tuple[str, Iterable[str]], ...]:
        """The cue words of each kind. The rules that need one (abbreviations before a word of
        relation, outlets by their head or a mark, companies after a cue or before a capacity
        unit, names before a word of saying, roads, railways) look only where the automaton
        found it (``Hits.cues``), not over the whole text."""
        S = self.company_shapes
        return (("relation", self.abbreviations.after), ("state", self.abbreviations.state), ("outlet", self.media.heads), ("company_cue", S.cues),
                ("company_news", S.after_cues), ("company_news_figure", S.after_figure_cues),
                ("appoint", self.appoint_words), ("described", self.person_nouns),
                ("unit", S.units), ("says", SAYS_WORDS), ("road", ROAD_WORDS), ("avenue", AVENUE_WORDS),
                ("rail", _RAIL_STARTS), ("reporter", self.media.reporter),
                *((kind, words) for kind, _, words in self.media.marks))

    def strip_generic(self, name: str) -> str:
        """``generic_re.sub("", name)``: ``name`` less its generic words, each the longest
        generic word at its place, read left to right (as the trie alternation matches). Checked
        by a set look-up at each character that begins one: ``re`` tries the alternation's
        first characters one by one at each character (tests/test_speed_s22f.py compares)."""
        lens_of = self._generic_lens
        words = self.generic_words
        flags = self._first_flags
        n = len(name)
        parts: list[str] = []
        last = 0
        i = 0
        while i < n:
            c = ord(name[i])
            step = 1
            lens = lens_of.get(c) if c >= _PLANE or flags[c] & _GENERIC else None
            if lens is not None:
                for L in lens:
                    if i + L <= n and name[i:i + L] in words:
                        step = L
                        parts.append(name[last:i])
                        last = i + L
                        break
            i += step
        if last == 0:
            return name  # no generic word
        parts.append(name[last:])
        return "".join(parts)

    def has_bound(self, text: str, a: int = 0, b: int = -1) -> bool:
        """``bound_re.search(text, a, b) is not None`` (``b`` -1: to the end): does a boundary
        word lie within text[a:b]? A set look-up at each character that begins one."""
        return _has_word(text, a, b, self._bound_lens, self._bound_set, self._first_flags, _BOUND_SET)

    def has_generic(self, name: str) -> bool:
        """``generic_re.search(name) is not None``: does ``name`` hold a generic word?"""
        return _has_word(name, 0, -1, self._generic_lens, self.generic_words, self._first_flags, _GENERIC)

    def generic_at(self, text: str, p: int) -> bool:
        """``generic_re.match(text, p) is not None``: does a generic word begin at ``p``?"""
        if p >= len(text):
            return False
        c = ord(text[p])
        lens = self._generic_lens.get(c) if c >= _PLANE or self._first_flags[c] & _GENERIC else None
        if lens is not None:
            n = len(text)
            for L in lens:
                if p + L <= n and text[p:p + L] in self.generic_words:
                    return True
        return False

    def bounds(self, text: str, a: int, b: int, project: bool = True) -> tuple[list[tuple[int, int, int]], list[bool]]:
        """``(word index, start, end)`` of the boundary words in text[a:b], start and end counted
        from ``a``, as ``bound_re.finditer(text, a, b)`` finds them (leftmost, the longest there,
        not overlapping): an automaton on the slice costs half the regex on the short windows
        before a head. With ``project=False`` (the name of a body or firm) the words of
        ``left_bounds.tsv`` count too. A word of ``bound_inside.tsv`` (对外) found there hides
        the boundary it begins and is left out. Returned with the list telling, by word index,
        which are soft (``bound_soft`` or ``name_bound_soft``).
        (Read by a look-up of the words beginning at each character, longest first, and a jump
        past each word found: the automaton's leftmost-longest matches, without its call and the
        slice per window; ``bounds_ac`` is the automaton's form, tests/test_speed_s23e.py compares.)"""
        if project:
            index, first, soft, inside = self._bound_index, self._bound_first, self.bound_soft, self._bound_inside
            bit = _BOUNDS
        else:
            index, first, soft, inside = (self._name_bound_index, self._name_bound_first, self.name_bound_soft,
                                          self._name_bound_inside)
            bit = _NAME_BOUNDS
        flags = self._first_flags
        out: list[tuple[int, int, int]] = []
        if b > len(text):
            b = len(text)
        if not index or a >= b:
            return out, soft
        p = a
        while p < b:
            c = ord(text[p])
            step = 1
            lens = first.get(c) if c >= _PLANE or flags[c] & bit else None
            if lens is not None:
                for L in lens:
                    if p + L <= b:
                        w = index.get(text[p:p + L], -1)
                        if w >= 0:
                            if w not in inside:
                                out.append((w, p - a, p - a + L))
                            step = L
                            break
            p += step
        return out, soft

    def bounds_ac(self, text: str, a: int, b: int, project: bool = True) -> tuple[list[tuple[int, int, int]], list[bool]]:
        """``bounds`` by the leftmost-longest automaton on text[a:b] (the reference form)."""
        ac, soft = (self._bound_ac, self.bound_soft) if project else (self._name_bound_ac, self.name_bound_soft)
        if ac is None or a >= b:
            return [], soft
        found = ac.find_matches_as_indexes(text[a:b])
        inside = self._bound_inside if project else self._name_bound_inside
        return [m for m in found if m[0] not in inside] if inside else found, soft

    def hits(self, text: str):
        """``(end, (length, names, titles, bodies, heads, cues))`` for every key occurring in
        ``text`` (``end`` exclusive), by end, the longest key first; the roles of the key by
        kind (see ``_by_kind``). One pass of ahocorasick-rs (overlapping matches)."""
        if self.automaton is None:
            return []
        roles = self._roles
        return [(e, roles[i]) for i, _, e in self.automaton.find_matches_as_indexes(text, overlapping=True)]


def _has_word(text: str, a: int, b: int, lens_of: dict[int, tuple[int, ...]], words: frozenset[str],
              flags: bytes, bit: int) -> bool:
    """Does a word of ``words`` (``lens_of``: its lengths by first character) lie within
    text[a:b] (``b`` -1 or past the end: to the end)?"""
    if b < 0 or b > len(text):
        b = len(text)
    for i in range(a, b):
        c = ord(text[i])
        lens = lens_of.get(c) if c >= _PLANE or flags[c] & bit else None
        if lens is not None:
            for L in lens:
                if i + L <= b and text[i:i + L] in words:
                    return True
    return False


#: the bits of ``Tables._first_flags``, and the size of the plane it covers
#: (Final: the compiled scans read them as constants, not from the module's dict at each character)
_BOUNDS: Final = 1
_NAME_BOUNDS: Final = 2
_GENERIC: Final = 4
_BOUND_SET: Final = 8
_PLANE: Final = 0x10000


def _first_flags(sets: Iterable[tuple[int, Iterable[str]]]) -> bytes:
    """Per code point below ``_PLANE``: the bits of the word sets with a word it begins."""
    flags = bytearray(_PLANE)
    for bit, words in sets:
        for w in words:
            c = ord(w[0])
            if c < _PLANE:
                flags[c] |= bit
    return bytes(flags)


def _lengths_by_first(words: Iterable[str]) -> dict[int, tuple[int, ...]]:
    """First character (its code point: the scans read ``ord(text[i])``, no one-character
    string made and hashed per character) -> the lengths of ``words`` it begins, longest first."""
    lens: dict[int, set[int]] = {}
    for w in words:
        lens.setdefault(ord(w[0]), set()).add(len(w))
    return {c: tuple(sorted(ls, reverse=True)) for c, ls in lens.items()}


def _by_kind(key: str, roles: list[tuple]) -> tuple[tuple, tuple, tuple, tuple, tuple]:
    """A key's roles sorted by kind, each as it is stored per hit, in the order given:
    lexicon names ``(label, level)``, titles (the title; a lexicon POSITION is one too),
    bodies ``(prefixed,)``, heads ``(label, min, strong)`` and cues (the kind)."""
    names, titles, bodies, heads, cues = [], [], [], [], []
    for r in roles:
        if r[0] == ENT:
            if r[1] == "POSITION":  # a custom title: people follow it like any other
                titles.append(key)
            else:
                names.append((r[1], r[2]))
        elif r[0] == POS:
            titles.append(r[1])
        elif r[0] == BODY:
            bodies.append((r[1],))
        elif r[0] == HEAD:
            heads.append((r[1], r[2], r[3]))
        else:
            cues.append(r[1])
    return tuple(names), tuple(titles), tuple(bodies), tuple(heads), tuple(cues)


def _division_level(e: Entry) -> str:
    """The level character of an administrative division (洛阳 -> 市, 原阳 -> 县), "" for any other
    entry: divisions compose with bodies (洛阳 + 市政府)."""
    if e.label == "PLACE" and e.canonical and e.canonical[-1] in LEVELS:
        return e.canonical[-1]
    return ""
