"""Names found by their head (产业园, 有限公司, 研究院, 项目 …): the head is known from
``rules/heads.tsv``; the name runs left to the nearest boundary, a person or a title. Strong
heads name on their own; a weak head's name needs evidence (a known name or head inside it, a
figure before it, a project's measure or stage after it, a stage verb or a verb of building
before it, a list of projects, an accepted longer mention).
"""

from __future__ import annotations

import bisect
import re

from .hits import Hits
from .tables import LEVELS, Tables
from .text import bisect_ints, han as _han

__all__ = ["names_by_head"]

# A phase or block after a project head: 科技园B区二期.
_PHASE_AFTER = re.compile(r"(?:[A-Z][0-9]?(?:区|地块))?(?:\(?[一二三四五六七八九十]期\)?)?")
# ... and the project word after the phase (产业园二期项目, 示范工程(二期)项目) or a phase in
# brackets after the project word (产业基地项目(一期)): one name with its phase.
_PROJECT_WORDS = ("项目", "工程")  # the words a project name may run to past its head
_PHASE_PROJECT = re.compile(rf"(?:建设)?(?:{'|'.join(_PROJECT_WORDS)})")
# Works written right after a project head, with the project word: 电厂新建工程, 产业园扩建项目.
_WORKS_AFTER = re.compile(rf"(?:新建|扩建|改扩建|改建|技改|续建)(?:{'|'.join(_PROJECT_WORDS)})")
_PHASE_BRACKET = re.compile(r"\([一二两三四五六七八九十]期(?:工程)?\)")
_PHASE_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ(一二三四五六七八九十")  # what a phase begins with
_WORKS_FIRST = frozenset("新扩改技续")  # what _WORKS_AFTER begins with
_AFTER_FIRST = _PHASE_FIRST | _WORKS_FIRST  # a project name runs past its head only from these
_PHASE_BEFORE = re.compile(r"\(?[一二两三四五六七八九十]期\)?$")
# A phase and a works word right before a project word (机场三期改扩建|工程, 电厂二期扩建|项目).
_PHASE_WORKS_BEFORE = re.compile(r"\(?[一二两三四五六七八九十]期\)?(?:新建|扩建|改扩建|改建|技改|续建)$")
_WORKS_LAST = frozenset("建改")  # the last characters of the works words of _PHASE_WORKS_BEFORE
# The unit ending a date written in digits right before a name's run (2019年度, 3月份, 15日):
# skipped. (A date in Chinese numerals is Han, so the run reads it whole, and the resolver's
# DATE decides.)
_DATE_TAIL = re.compile(r"年度|年|月份|月|日|号")
_ENUMERATOR = re.compile(r"\((?:[一二三四五六七八九十]{1,3}|\d{1,2})\)")  # (一), (12): a list item's number
_OWN_LEVELS = frozenset("省市县区")  # a level word that alone names its place before a zone (市|城乡一体化示范区)
# Characters allowed inside names found by their head.
_NAME_EXTRA = frozenset("·-&")
#: Conjunctions and particles that open a clause and never a name (而|某派出所, 并|某公司).
_NEVER_FIRST = frozenset("而并但却且把被")

_LISTED = re.compile(r"(?:、[^、,。;:!?\n]{2,30}?)*等[0-9一二三四五六七八九十]*个?[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{0,4}项目")


def names_by_head(h: Hits, T: Tables, stops: list, title_starts: set) -> list[tuple[int, int, str, int, str]]:
    """Candidates for the names ending in a head, and weak names confirmed by another name.

    ``stops``: sorted ends of persons and titles (a name never reaches back past one)."""
    text, lex, heads = h.text, h.lex, h.heads
    if not heads:
        return []
    n = len(text)
    out: list[tuple[int, int, str, int, str]] = []
    ends = h.known_ends
    named: list | None = None  # built on the first weak head
    places: dict[int, set[int]] | None = None  # lexicon PLACE spans: start -> ends
    place_bodies: dict[int, int] | None = None  # bodies named with their place (人民医院): start -> end
    head_spans: list = []
    seen_spans: set[tuple[int, int]] = set()
    done_ends: set[int] = set()
    weak: list[tuple[int, int, int, str]] = []  # (start, end, head start, the label shown)
    shown = T.head_shown
    accepted: set[str] = set()
    accepted_names: list[tuple[int, int]] = []  # the accepted projects' names up to their heads (no phase)
    generic_named: list[tuple[int, int, int]] = []  # strong project heads after generic words only
    # the lists read with their items' types: each item unpacked natively, not field by field
    heads_typed: list[tuple[int, int, str, int, bool]] = heads
    lex_typed: list[tuple[int, int, str, str]] = lex
    project_head_ends = {x[1] for x in heads_typed if x[2] == "PROJECT"}
    div_ends_at, feature_starts = h.div_by_start, h.feature_starts
    company_ends = sorted({x[1] for x in heads_typed if x[2] == "COMPANY" and text[x[1] - 2:x[1]] == "公司"}
                          | {x[1] for x in lex_typed if x[2] == "COMPANY" and text[x[1] - 2:x[1]] == "公司"})
    hard, head_next, next_chars = T.hard, T.head_next, T.head_next_chars
    name_ok: dict[tuple[str, int, bool], bool] = {}  # a name written again (the project of the article)
    ordered: list[tuple[int, int, str, int, bool]] = sorted(heads, key=_longest_first)
    for hs, he, label, mn, strong in ordered:
        if he in done_ends:
            continue  # 有限责任公司 was tried: not again as 公司
        if label == "ORG" and text[he - 1] == "会" and _ends_word(text, he, T.events, T.event_lens):
            continue  # 招商会, 推介会: an event, not a body (商会)
        if he < n and text[he] in next_chars and text[he] in head_next.get(text[hs:he], ""):
            continue  # 总工程师: the head begins another word (head_next.tsv)
        if h.div_by_end.get(he, hs) < hs:
            continue  # 梁园区, 新园街道: the head ends a listed division's name, not a park's
        if label == "COMPANY" and hs > 0 and text[hs - 1] == "子" and text[hs:he] == "公司":
            continue  # 某集团控股子公司, 公司子公司: a relation to a firm, no firm's name
        done_ends.add(he)
        e = he
        placed = False
        if label == "PROJECT":
            if text[he:he + 1] in _AFTER_FIRST:
                e = _phase_end(text, he)
            if "期" in text[hs - 4 if hs > 4 else 0:hs]:
                ph = _PHASE_BEFORE.search(text, hs - 4 if hs > 4 else 0, hs)
                if ph and ph.start() in project_head_ends:
                    continue  # 基地一期项目: the phase of the name before, not a new name
        if mn:
            p = text[hs - 1] if hs else ""
            if not p or p in hard or not (p.isalpha() or p == ")" or _han(p)):
                continue  # 的项目, 等项目, ,项目: nothing to name
        edge = hs
        if label == "PROJECT" and "期" in text[hs - 2 if hs > 2 else 0:hs]:
            # 某某发展带(二期)项目, 某港综合码头二期工程: read from before the phase (a hard
            # boundary word alone: 一期项目 names nothing without a name before it)
            ph = _PHASE_BEFORE.search(text, hs - 5 if hs > 5 else 0, hs)
            if ph:
                edge = ph.start()
        elif label == "PROJECT" and hs > 4 and text[hs - 1] in _WORKS_LAST and "期" in text[hs - 6 if hs > 6 else 0:hs]:
            ph = _PHASE_WORKS_BEFORE.search(text, hs - 8 if hs > 8 else 0, hs)
            if ph:
                edge = ph.start()  # 某机场二期扩建工程: read from before the phase and its works
        s = _left_edge(h, edge, ends, stops, T, 24, label == "PROJECT")
        if text[s:s + 1] == "(":
            m = _ENUMERATOR.match(text, s)
            if m is not None and m.end() < hs:
                s = m.end()  # (一)|某会展中心项目: the number of an item in a list opens no name
        if text[s:s + 1] in T.openers and (s == 0 or not _han(text[s - 1])) and hs - s > 2 \
                and text[s:s + 2] not in T.common_words:
            s += 1  # 经|某设计院审查, 受|某集团委托: the preposition opening the clause
        elif s and text[s - 1] in T.scope_words and text[s:s + 1] in LEVELS and hs - s > 2:
            s += 1  # 该县|某物流园项目: the county is the scope, not the name's start
        elif text[s:s + 1] in T.scope_words and text[s + 1:s + 2] in LEVELS and hs - s >= 2 and (
                label != "COMPANY" or not T.strip_generic(text[s + 2:hs])):
            s += 2  # 全省|光伏电站, 本市|某产业园, 全市|三级医院: the scope opens the clause (firms unchanged
            # unless only generic words follow it: 全市|上市公司, 全省|股份制银行 name no firm)
        if label == "COMPANY" and hs - s > 4 and "company_cue" in h.cues:
            s = _after_cue(s, hs, h)  # 民营企业|洛阳某某机械有限公司: a word for firms opens no name
        if label == "COMPANY" and h.zone_ends and hs - s > 4:
            s = _after_zone(s, hs, h, T)  # 某市高新区|某某科技有限公司: a zone is where the firm is, no part of its name
        elif label == "ORG" and h.zone_ends and hs - s > 4:
            z = _after_zone(s, hs, h, T)
            if z in div_ends_at:
                s = z  # 某高新区|洛阳大学, 某港区|某市某研究院: a zone, then the body's own place (某高新区管委会 one)
        if label == "COMPANY" and he - hs == 2 and text[hs:he] == "公司":
            if company_ends:
                s = _after_company(s, hs, company_ends)  # 某集团有限公司|增持公司股份: not one name
            office = T.company_shapes.office_before
            if office is not None and office.search(text, s, hs) is not None:
                continue  # 某人任公司董事长, 辞任公司执行董事: the writer's own firm, no name
        if label == "ORG" or label == "COMPANY":
            if hs - s > 2 and text[hs - 1] in T.soft and text[hs - 3:hs - 1] in T.common_words \
                    and text[hs - 2:hs] not in T.common_words:
                continue  # 政府和|银行, 资金及|银行: a common word and a conjunction right before the head,
                # which names nothing (协和医院, 某地王和医院 keep theirs)
            s = _past_verb(h, s, hs, T)
            if s < 0:
                continue  # 赌博|集团, 传销|公司: a verb and a head name nothing
            if s and text[s - 1] == "在" and _works_after_place(h, s, hs, T):
                continue  # 在洛阳|建设|研究院: where and what is built, no body's name
        if label == "PROJECT":
            if text[hs:he] not in _PROJECT_WORDS and _works_before(text, s, hs, T):
                continue  # 在洛阳创办|博物馆: a verb of building and a kind, no name (某园建设项目 is one)
            s = _after_works(text, s, hs, T)
            if company_ends:
                s = _after_company(s, hs, company_ends)
            if s in div_ends_at:  # written after the place it is in: evidence enough for a weak head
                if place_bodies is None:
                    place_bodies = {b: e for b, e, prefixed in h.bodies if prefixed}
                w = _after_where(text, s, hs, div_ends_at, feature_starts, T, place_bodies)
                if w < 0:
                    continue
                placed = w != s
                if placed:
                    s, mn = w, min(mn, 2)  # the brand after the place is name enough (某某环保项目)
        if label == "PROJECT" and hs - s > 6 and "区" in text[s + 2:hs - 3]:
            s = _after_zone_head(text, s, hs, heads, T)  # 某某示范区|某某治理试点: the zone is where it is
        if label == "PROJECT" and hs - s > 2:
            pk = text.rfind("项目", s, hs)
            if pk >= 0:
                if pk == s or (hs - pk <= 6 and text[hs:he] in _BARE_HEADS):
                    continue  # 某电站项目|地下厂房, 项目|主体工程: a part of the project, no name of its own
                s = pk + 2  # 省重点项目|某某高速公路项目: the name begins after the project word before it
        if label == "PROJECT" and s and text[s - 1].isdigit() and text.startswith(T.name_size_units, s):
            s = _number_start(text, s)  # 35千伏输变电工程: a voltage is part of the name, no figure
        if label == "PROJECT" and s > 2 and "至" in text[s - 8 if s > 8 else 0:s]:
            s = _from_place(h, s)  # 某市至某市|天然气管道项目: the route from A to B is the works' name
        if label == "PROJECT" and ((s and text[s - 1].isdigit() and _han(text[s])) or _capacity_inside(h, s, hs)):
            continue  # 某县十万吨某材料项目, 10|万吨某材料项目: a capacity and what it makes, no name
        if label == "PROJECT" and hs - s > 2 and text[hs - 1] in _COUNT_WORDS and text[hs - 2] in _COUNT_NUMERALS:
            continue  # 某某产业园和某某产业园两个|项目: a count of the projects named before, no name
        if (s, e) in seen_spans:
            continue
        # a phase and 项目 after the head (产业基地(二期)项目): the name is judged with its head,
        # as the 项目 head judges 产业基地项目
        word = _project_word_after(text, he, e) if label == "PROJECT" else None
        key = (text[s:he], T.heads[word][1], True) if word is not None else (text[s:hs], mn, label == "PROJECT")
        ok = name_ok.get(key)
        if ok is None:
            ok = name_ok[key] = _name_ok(key[0], key[1], T, key[2])
            if not ok and (label == "ORG" or label == "COMPANY") and _body_named(key[0], T):
                ok = name_ok[key] = True
        if ok and hs - s == 1 and label == "PROJECT" and text[hs:he] in _BARE_HEADS:
            continue  # 市|项目, 县|基地: a level word alone names a venue (市|科技馆), not a bare project
        if not ok:
            if strong and label == "PROJECT" and hs - s >= 2:
                generic_named.append((s, e, he))  # 先进制造业集聚区: a project's shorter mention?
            continue
        if label == "COMPANY" and hs - s == 2 and text[s:hs] in T.company_shapes.not_brand:
            continue  # 彰显公司, 支撑公司: a verb before 公司
        if not strong:
            if named is None:
                named = sorted((x[0], x[1]) for x in lex_typed if x[2] != "POSITION")
                head_spans = sorted((x[0], x[1]) for x in heads_typed)
                places = {}
                for x in lex_typed:
                    if x[2] == "PLACE":
                        got = places.get(x[0])  # (not setdefault with a new set: ~600 instructions compiled)
                        if got is None:
                            places[x[0]] = {x[1]}
                        else:
                            got.add(x[1])
            if label != "PROJECT":  # a zone (示范区, 都市圈) begins with the place it is named after
                if label == "PLACE" and _designated(text, s, hs, T):
                    continue  # 某区积极创建省级全域旅游示范区: a designation sought, no zone named
                k = _first_inside(named, s, hs)
                if k is None and label == "PLACE":  # or the places, by their abbreviations (郑洛新…示范区)
                    k = _abbreviation_run(text, s, hs, T.abbreviations.chars)
                if k is None and label == "PLACE" and text[s] in _OWN_LEVELS and hs - s > 2 \
                        and text[s:s + 2] not in T.common_words:
                    k = s  # 、市|城乡一体化示范区: the level word alone stands for its place (as in 市委; not 市场, 区域)
                if k is None:
                    continue
                s = k
            elif places is not None and s in places and _generic_at_place(text, places, s, hs, he, T):
                continue  # 洛阳市伊滨区项目, 豫西分布式光伏发电项目: places and generic words name nothing
            elif not (placed or _after_figure(text, s, T) or _inside(named, s, hs) or _inside(head_spans, s, hs)
                      or _listed_as_projects(text, e) or word is not None
                      or T.project_measure_re.match(text, e) is not None
                      or (text[hs:he] in _PROJECT_WORDS and _staged(text, s, e, T))
                      or (text[hs:he] == "工程" and _transfer_works(text, s, hs, T))
                      or (_works_before(text, s - 4 if s > 4 else 0, s, T) and not _common_words_only(text, s, hs, T))
                      or (hs - s >= 3 and text[hs:he] in T.venue_heads and text.endswith(T.venue_name_ends, s, hs)
                          and not _common_words_only(text, s, hs, T))):
                if not (label == "PROJECT" and _project_word_next(text, s, e, hs, he, T)):
                    weak.append((s, e, hs, shown.get(text[hs:he], label)))
                    continue
                e += 2  # 某某光伏电站项目正式开工: the project word joins the name
        if strong and label == "PROJECT" and (_designation(text, lex, s, hs, T) or _designated(text, s, hs, T)):
            continue  # 某省特色轻工产业园区, 新增国家级夜间文旅消费集聚区: a title given, not a name
        if label == "PLACE" and (e - 1) in title_starts:
            e -= 1  # a title at the zone's last character (the title rule leaves a named zone its 区)
        elif label == "PLACE" and text[hs:he] not in T.areas_apart:
            e = _zone_section(text, e, lex)  # 郑汴…示范区开封片区: the zone's area named after a city
        seen_spans.add((s, e))
        if label == "PROJECT":
            accepted.add(text[s:e])
            accepted_names.append((s, he))
        if label == "COMPANY" and text[he - 2:he] in ("分行", "支行"):
            label = _parent_label(lex, s, hs) or label  # 中国人民银行河南省分行: a branch of an ORG
        shown_as = shown.get(text[hs:he], label) if shown else label
        if shown_as != label and label == "PROJECT" and e > he and _project_word_after(text, he, e) is not None:
            shown_as = label  # 某山景区二期工程, 某洞景区扩建项目: the works on a scenic area are a project
            s = _past_divisions(s, hs, div_ends_at)  # (某县|某山景区二期工程: as the area alone, the county apart)
        if shown_as == "PLACE" and label != "PLACE":
            s = _past_divisions(s, hs, div_ends_at)  # 某县|某山景区: the county is a place of its own
        out.append((s, e, shown_as, 1, "head"))
    if weak:
        out.extend(_confirmed_weak(text, out, weak, accepted, T))
    if generic_named and accepted_names:
        out.extend(_shorter_mentions(text, generic_named, accepted_names, h.place_spans))
    if accepted:
        out.extend(_project_mentions(h, out, T))
    return out


def _project_mentions(h: Hits, found: list, T: Tables) -> list[tuple[int, int, str, int, str]]:
    """A project named once with its project word (and phase, and the place it is in) and
    again by its name alone (某县某某文化旅游带(二期)项目 … 某某文化旅游带全长30公里): the later
    mentions are the PROJECT too, when the name is four characters or more and more than
    generic words."""
    text = h.text
    out: list[tuple[int, int, str, int, str]] = []
    seen: set[str] = set()
    firms = [(x[0], x[1]) for x in found if x[2] == "COMPANY"]
    for s, e, label, _, _ in found:
        if label != "PROJECT" or text[e - 2:e] not in _PROJECT_WORDS:
            continue
        if any(fs <= s and e < fe for fs, fe in firms):
            continue  # 某某环境工程|有限公司: a firm's line of business, no project (瑞昌环境 later is the firm)
        b = e - 2
        ph = _PHASE_BEFORE.search(text, b - 5 if b > 5 else 0, b)
        if ph:
            b = ph.start()
        a = s
        while a in h.div_by_start and h.div_by_start[a][0] < b:
            a = h.div_by_start[a][0]  # 某县|某某文化旅游带: the name without its place
        for x in (s, a) if a > s else (s,):
            name = text[x:b]
            if len(name) < 4 or name in seen or len(T.strip_generic(text[a:b])) < 2 \
                    or (x == a and (T.strip_generic(name).startswith(T.project_kinds)
                                    or _common_words_only(text, a, b, T))):
                continue  # (某县|城乡供水, 某县|老旧小区改造: a kind of works without its place names none)
            seen.add(name)
            k = text.find(name)
            while k != -1:
                if not s <= k < e:
                    out.append((k, k + len(name), "PROJECT", 2, "mention"))
                k = text.find(name, k + len(name))
    return out


def _shorter_mentions(text: str, found: list[tuple[int, int, int]], accepted: list[tuple[int, int]],
                      place_spans: dict[int, int]) -> list:
    """Names of generic words before a strong project head (``found``: start, end, head end)
    that an accepted project's name is with places before it: its mention without its place
    (洛阳先进制造业集聚区 … 先进制造业集聚区再获利好; 某县新材料产业园 … 新材料产业园二期).
    Not a kind the text names after another brand (某某双创科技产业社区 … 首家科技产业社区)."""
    out = []
    for s, e, he in found:
        if _described(text, s):
            continue
        t = text[s:he]
        for a, b in accepted:
            if b - a > he - s and text.endswith(t, a, b) and _places_only(a, b - (he - s), place_spans):
                out.append((s, e, "PROJECT", 1, "head"))
                break
    return out


def _described(text: str, s: int) -> bool:
    """A name right after 的 (将成为全国最大的|某某生产基地, 中部地区一流的|某某产业园) is the
    kind a description gives, not a shorter mention of the project the text named before."""
    return s > 0 and text[s - 1] == "的"


def _places_only(a: int, b: int, place_spans: dict[int, int]) -> bool:
    """Is text[a:b] a chain of lexicon places (``place_spans``: end -> leftmost start)?"""
    while b > a and place_spans.get(b, -1) >= a:
        b = place_spans[b]
    return b == a


def _past_divisions(s: int, hs: int, div_at: dict) -> int:
    """Where a place's own name starts after the divisions written before it (栾川县|老君山景区),
    when a name of two characters or more is left before its head; else ``s``."""
    p = s
    while p in div_at and div_at[p][0] < hs:
        p = div_at[p][0]
    return p if hs - p >= 2 else s


def _longest_first(x: tuple) -> int:
    return x[0] - x[1]


def _confirmed_weak(text: str, found: list, weak: list, accepted: set, T: Tables) -> list:
    """Weak names that are a shorter mention of an accepted project, coordinated with another
    project name (科技馆、国际会展中心和文化艺术中心), or written more than once in the text
    (a project the article is about)."""
    n = len(text)
    spans = sorted([(s, e) for s, e, label, p, src in found if label == "PROJECT"] +
                   [(s, e) for s, e, hs, shown in weak])
    starts = {s for s, e in spans}
    ends_ = {e for s, e in spans}
    out = []
    for s, e, hs, shown in weak:
        t = text[s:e]
        if ((e < n and text[e] in "、和及与" and (e + 1) in starts)
                or (s >= 1 and text[s - 1] in "、和及与" and (s - 1) in ends_)
                or (not _described(text, s) and any(a.endswith(t) for a in accepted))
                or _repeated_project(text, s, e, hs, T)):
            out.append((s, e, shown, 1, "head"))
    return out


_NUMERALS = re.compile("[0-9一二两三四五六七八九十百千万亿]")


def _repeated_project(text: str, s: int, e: int, hs: int, T: Tables) -> bool:
    """A X项目 or X工程 written more than once, whose name is more than generic words and no
    size (天某装配式建材项目 twice; not 百万千瓦光伏项目): the project the article is about."""
    if text[hs:hs + 2] not in ("项目", "工程"):
        return False
    t = text[s:e]
    if text.find(t, e) == -1 and text.rfind(t, 0, s) == -1:
        return False  # the cheapest test first
    return not _NUMERALS.search(text, s, hs) and len(T.strip_generic(text[s:hs])) >= 2


#: a division's level character and the next one making the word for its town area (栾川县城, 洛阳市区):
#: the place is not apart there, the name reads on from it
_LEVEL_AREAS = frozenset(("县城", "市区", "镇区"))


def _after_where(text: str, s: int, hs: int, div_ends_at: dict, feature_starts: set, T: Tables,
                 place_bodies: dict[int, int]) -> int:
    """A division written before a project's own name says where it is, and is a PLACE of its
    own (SPEC: 伊川县 | 德龙嘉苑社区; 宜阳县 | 某某集团原料药生产基地项目): the name after it
    begins with a brand, not a generic word nor a known place such as a mountain
    (涧西区信息技术产业园, 嵩县白云山旅游度假区项目 stay one name); -1 when a verb stands
    between the place and the head (某县坚持项目为王): no name at all."""
    p = s
    while p in div_ends_at and (text[div_ends_at[p][0] - 1] in "市县区" or div_ends_at[p][1] == "县"):
        p = div_ends_at[p][0]  # 南阳市宛城区 …, a county by its short name (原阳)
    if p == s or hs - p < 2 or p in feature_starts or T.generic_at(text, p) or _NUMERALS.match(text, p) \
            or text[p - 1:p + 1] in _LEVEL_AREAS or (text[p] == "第" and text[p + 1:p + 2] in _CAPACITY_NUMERALS) \
            or place_bodies.get(p, hs) < hs or place_bodies.get(p - 1, hs) < hs \
            or text.startswith(T.project_kinds, p) \
            or len(T.strip_generic(text[p:hs])) < 2:
        # 嵩县白云山…项目, 嵩县抽水蓄能电站, 某县人民医院新院区项目: a feature, a kind, or a body
        # named with its place (org_bodies.tsv), names the project with its place; so does an
        # ordinal (某市第三人民医院门诊楼项目, 某县第二水厂扩建工程: the place's third hospital)
        return s
    if text[p:hs] in T.func_not_names:
        return -1  # 某县|坚持|项目为王: a verb after the place is what the place does; nothing is named
    return p


def _after_zone_head(text: str, s: int, hs: int, heads: list, T: Tables) -> int:
    """Where a project's own name begins after a zone found by its head (示范区, 经开区: heads.tsv
    PLACE heads ending in 区) that opens the run [s, hs): the zone is a PLACE of its own, where
    the project is (SPEC), when what follows it is a name, not generic words or a kind of works
    (某某示范区安置房项目 stays one name)."""
    best = s
    for x in heads:
        ze = x[1]
        if x[2] == "PLACE" and s + 3 <= ze <= hs - 4 and ze > best and text[ze - 1] == "区":
            best = ze
    if best == s or T.generic_at(text, best) or text.startswith(T.project_kinds, best) \
            or len(T.strip_generic(text[best:hs])) < 4 or _common_words_only(text, best, hs, T):
        return s
    return best


def _from_place(h: Hits, s: int) -> int:
    """Start of a works' name written from place A to place B before its kind (某市至某市天然气
    长输管道项目, 某市至某市500千伏输电线路工程): when the run at ``s`` begins with B, or just
    after it (a voltage), and 至 and A stand before B, the name begins at A; else ``s``."""
    text, spans = h.text, h.place_spans
    k = s
    if text[k - 1] != "至":
        b = spans.get(k)  # … 至 B | 500千伏: B ends where the run starts
        if b is None or b < 2 or text[b - 1] != "至":
            return s
        k = b
    elif k not in h.div_by_start and k not in h.lex_starts:
        return s  # 至 | something other than a place
    a = spans.get(k - 1)
    return a if a is not None and k - 1 - a >= 2 else s


def _after_company(s: int, hs: int, company_ends: list) -> int:
    """A project named after a company written with its 公司 starts after it: X有限公司|Y产业园
    项目 is COMPANY + PROJECT (a group's name stays inside: X集团Y生产基地项目 is one PROJECT)."""
    k = bisect_ints(company_ends, hs - 1) - 1
    if k >= 0 and company_ends[k] > s:
        return company_ends[k]
    return s


def _works_after_place(h: Hits, s: int, hs: int, T: Tables) -> bool:
    """A place begins the run [s, hs) and a verb of building (建设, 新建: boundaries.tsv works)
    follows it right away: after 在 the run says where something is built (在某市建设研究院,
    在某区新建分拨中心), not a body's name."""
    text = h.text
    for e, ps in h.place_spans.items():
        if ps == s and e < hs and any(w.start() == e for w in T.works_re.finditer(text, e, min(hs, e + 4))):
            return True
    return False


def _after_works(text: str, s: int, hs: int, T: Tables) -> int:
    """A project name starts after a verb of building with two characters or more left before
    its head: 建设X产业园 -> X产业园 (not 产业园建设项目)."""
    if not T.works_last_re.search(text, s + 1, hs - 2):
        return s  # no works word ends in [s + 2, hs - 2]: none has its last character there
    for w in T.works_re.finditer(text, s, hs):
        if hs - w.end() >= 2:
            s = w.end()
    return s


def _after_zone(s: int, hs: int, h: Hits, T: Tables) -> int:
    """Where a firm's name starts after a development zone that opens the run [s, hs) (洛阳高新区,
    郑州航空港经济综合实验区: lexicon zones), two characters or more of its name left before
    its head; a firm's legal name holds its city or county, never a zone. The zone's own platform
    firm is the exception: when only common words follow the zone (某高新区|投资发展有限公司,
    某经开区|城市建设投资有限公司), they name no firm without it, and the zone stays inside."""
    best = s
    for ze in h.zone_ends:
        if best < ze <= hs - 2 and h.place_spans.get(ze) == s:
            best = ze
    if best != s and _common_words_only(h.text, best, hs, T):
        return s
    return best


def _after_cue(s: int, hs: int, h: Hits) -> int:
    """Where a firm's name read back from its head starts past the last word for firms in it
    (企业, 龙头企业: company_shapes.tsv cue, as ``Hits.cues`` found them) that a known name
    follows, four characters or more before the head (民营企业|洛阳某某机械有限公司; not
    洛阳企业管理咨询有限公司)."""
    lex_starts = h.lex_starts
    for cs, ce in h.cues["company_cue"]:
        if s <= cs and hs - ce >= 4 and ce in lex_starts:
            s = ce
    return s


_CAPACITY_NUMERALS = frozenset("0123456789一二两三四五六七八九十")
#: a count right before a project head (两个项目, 三大基地, 一批工程) counts the names before it
_COUNT_NUMERALS = frozenset("一二两三四五六七八九十几多数")
_COUNT_WORDS = frozenset("个项家批大类")


def _capacity_inside(h: Hits, s: int, hs: int) -> bool:
    """A capacity inside a project's name run [s, hs) (伊川县十万吨某材料项目): a unit of
    company_shapes.tsv (万吨, 兆瓦: ``Hits.cues``) right after a numeral; the dev and seed gold
    write such a name as the figure only (年产5万吨某项目). A magnitude alone stays in the name
    (百万吨乙烯)."""
    units = h.cues.get("unit")
    if not units:
        return False
    text = h.text
    for us, ue in units:
        if s < us and ue <= hs and text[us - 1] in _CAPACITY_NUMERALS:
            return True
    return False


def _works_before(text: str, s: int, hs: int, T: Tables) -> bool:
    """A works word (建设, 创办 …: boundaries.tsv works) ends right at ``hs``."""
    if hs == 0 or text[hs - 1] not in T.works_last:
        return False  # (no works word ends with the character there)
    return any(w.end() == hs for w in T.works_re.finditer(text, max(s, hs - 4), hs))


def _phase_end(text: str, he: int) -> int:
    """End of a project name whose head ends at ``he``, with the phase or works written after
    it: 科技园B区二期, 产业园二期项目, 示范工程(二期)项目, 产业基地项目(一期), 电厂新建工程,
    电厂三期扩建工程."""
    if text[he:he + 1] not in _PHASE_FIRST:
        w = text[he:he + 1] in _WORKS_FIRST and _WORKS_AFTER.match(text, he)
        return w.end() if w else he
    m = _PHASE_AFTER.match(text, he)  # (it matches the empty string too)
    e = m.end() if m else he
    if e > he:
        m = _PHASE_PROJECT.match(text, e) or _WORKS_AFTER.match(text, e)  # 电厂三期扩建工程
        if m:
            e = m.end()
    b = _PHASE_BRACKET.match(text, e)
    return b.end() if b else e


def _project_word_after(text: str, he: int, e: int) -> str | None:
    """The project word (项目 or 工程) a name runs to past its head ``he`` (ending at ``e``)
    over a phase or works: 产业基地(二期)项目, 电厂新建工程. Such a name is read as that word's
    head reads 产业基地项目 (another head inside it, and that word's least length)."""
    if e > he:
        for word in _PROJECT_WORDS:
            if word in text[he:e]:
                return word
    return None


def _parent_label(lex: list, a: int, b: int) -> str | None:
    """Label of the longest lexicon ORG or COMPANY starting at ``a`` and ending by ``b``."""
    best = None
    for x in lex:
        if x[0] == a and x[1] <= b and x[2] in ("ORG", "COMPANY") and (best is None or x[1] > best[1]):
            best = x
    return best[2] if best else None


def _places_then_generic(text: str, places: dict[int, set[int]], a: int, b: int, T: Tables) -> int | None:
    """Where the generic rest begins when [a, b) is a chain of lexicon places followed by generic
    words only (洛阳市伊滨区, 豫西 + 分布式光伏发电); None otherwise."""
    reach = {a}
    for i in range(a, b):
        if i in reach:
            for e in places.get(i, ()):
                if e <= b:
                    reach.add(e)
    for r in sorted(reach, reverse=True):
        if r > a and not T.strip_generic(text[r:b]):
            return r
    return None


_BARE_HEADS = ("项目", "工程", "园区", "基地", "工厂", "厂房")


def _generic_at_place(text: str, places: dict, s: int, hs: int, he: int, T: Tables) -> bool:
    """Places and generic words before a weak head name nothing (豫西分布式光伏发电项目); places
    alone name a facility (内乡电厂) but not a project (洛阳市伊滨区项目)."""
    r = _places_then_generic(text, places, s, hs, T)
    return r is not None and (r < hs or text[hs:he] in _BARE_HEADS)


def _designation(text: str, lex: list, s: int, hs: int, T: Tables) -> bool:
    """A province and generic words before a head (某省特色轻工产业园区, 某省外贸示范基地)
    are a title the province gives, not a project's name."""
    if not (s < hs and text[s:hs].find("省") > 0):
        return False
    places: dict[int, set[int]] = {}
    for x in lex:
        if x[2] == "PLACE" and x[0] >= s and x[1] <= hs:
            places.setdefault(x[0], set()).add(x[1])
    r = _places_then_generic(text, places, s, hs, T)
    return r is not None and text[r - 1] == "省" and r < hs


def _number_start(text: str, s: int) -> int:
    """Where the number written right before ``s`` starts (digits and a decimal point)."""
    while s and (text[s - 1].isdigit() or text[s - 1] == "."):
        s -= 1
    return s


def _designated(text: str, s: int, hs: int, T: Tables) -> bool:
    """A grade (国家级, 省级: generic.tsv grade) opens the name part [s, hs), or follows a verb or
    adverb in it (创建, 积极: common_words.tsv func): a designation sought or given, not a name
    (新增国家级夜间文旅消费集聚区, 某区积极创建省级全域旅游示范区; 洛阳国家级高新区 is one)."""
    for g in T.grades:
        k = text.find(g, s, hs)
        if k == s:
            return True
        if k > s and any(text[k - n:k] in T.func_not_names for n in (2, 3, 4) if k - n >= s):
            return True
    return False


def _inside(spans: list, a: int, b: int) -> bool:
    """Does a span of the sorted list ``spans`` lie within [a, b)?"""
    return _first_inside(spans, a, b) is not None


def _first_inside(spans: list, a: int, b: int) -> int | None:
    """Start of the first span of the sorted list ``spans`` lying within [a, b), or None."""
    i = bisect.bisect_left(spans, (a, a))
    while i < len(spans) and spans[i][0] < b:
        if spans[i][1] <= b:
            return spans[i][0]
        i += 1
    return None


def _zone_section(text: str, e: int, lex: list) -> int:
    """The end of a zone's area written right after the zone (…示范区开封片区: a known place and
    片区), else ``e``: one PLACE with the zone (SPEC: zones and their 片区 are PLACE)."""
    if text[e:e + 8].find("片区") < 2:
        return e
    for x in lex:
        if x[0] == e and x[2] == "PLACE" and text[x[1]:x[1] + 2] == "片区":
            return x[1] + 2
    return e


def _abbreviation_run(text: str, a: int, b: int, chars: frozenset) -> int | None:
    """Start of the first run of two or more one-character place abbreviations (郑洛新, 郑汴)
    in text[a:b] that begins a word (after ``a`` or a non-abbreviation), or None."""
    for i in range(a, b - 1):
        if text[i] in chars and text[i + 1] in chars and (i == a or text[i - 1] not in chars):
            return i
    return None


def _after_figure(text: str, s: int, T: Tables) -> bool:
    """投资5亿元的X项目, 投资12亿元建设的X项目, 投资3亿美元建设X项目: a sum of money (with a
    verb of building after it) names what follows; so does a site's size and 的 (占地120亩的X基地)."""
    if s < 2:
        return False
    if text[s - 1] == "的" and _sized(text, s - 1, T):
        return True  # 占地120亩的某某生产基地, 共6层的某某酒店
    if text[s - 1] != "的":
        m = T.works_re.search(text, max(0, s - 6), s)
        return m is not None and m.end() == s and m.start() > 0 and text[m.start() - 1] == "元"
    if text[s - 2] == "元":
        return True
    m = T.works_re.search(text, max(0, s - 7), s - 1)
    return m is not None and m.end() == s - 1 and m.start() > 0 and text[m.start() - 1] == "元"


_SIZE_NUMBER = frozenset("0123456789一二两三四五六七八九十百千万余多")


def _sized(text: str, e: int, T: Tables) -> bool:
    """Does a site's size (a number and a unit of ``project_sizes.tsv``: 120亩, 2万平方米, 6层)
    end at ``e``?"""
    for u in T.project_sizes:
        if text.endswith(u, 0, e):
            k = e - len(u)
            return k > 0 and text[k - 1] in _SIZE_NUMBER
    return False


def _staged(text: str, s: int, e: int, T: Tables) -> bool:
    """A stage after the name (某某铝箔项目正式开工) or a stage verb right before it (开工建设
    某某项目): a project's name (not a building's: 模组厂房投产 names none; nor works on what
    a conjunction joins: 某大道与某路交叉口改造工程 names the roads)."""
    if any(c in T.soft for c in text[s:e]):
        return False
    if T.project_stage_re.match(text, e) is None and T.stage_before_re.search(text, s - 6 if s > 6 else 0, s) is None:
        return False
    return not _common_words_only(text, s, e - 2, T)  # 老旧小区改造工程竣工: works of a kind, no name


def _common_words_only(text: str, a: int, b: int, T: Tables) -> bool:
    """Is ``text[a:b]`` a run of common words (common_words.tsv, generic.tsv) of two to four
    characters, nothing that only a name would write (老旧|小区|改造; not 万基|铝业…)?"""
    words = T.common_words
    reach = [False] * (b - a + 1)
    reach[0] = True
    for i in range(b - a):
        if reach[i]:
            for n in (2, 3, 4):
                if i + n <= b - a:
                    w = text[a + i:a + i + n]
                    if w in words or w in T.generic_words:
                        reach[i + n] = True
    return b > a and reach[b - a]


# A transfer of water, power, gas or data between regions, the name of a works (工程): 南水北调,
# 西气东输, 东数西算 (two directions), 引黄入洛, 疆电入豫, 引江济淮 (a source brought into a
# region); a line or phase may follow (南水北调中线, 西气东输三线).
_TRANSFER = re.compile(r"(?:[东南西北][\u4e00-\u9fff][东南西北][\u4e00-\u9fff]|引?([\u4e00-\u9fff]{1,2})[入济补]"
                       r"[\u4e00-\u9fff]{1,2})(?:[东中西南北一二三四五六七八九十]线|[一二三四五六七八九十]期)?$")


def _transfer_works(text: str, s: int, hs: int, T: Tables) -> bool:
    """Is the name part text[s:hs] before 工程 a transfer between regions (_TRANSFER)? Not a
    verb ending in 入 (列入民生工程, 纳入, 投入: a common word)."""
    if hs - s < 4 or hs - s > 7:
        return False
    m = _TRANSFER.match(text, s, hs)
    return m is not None and (m.group(1) is None or text[m.end(1) - 1:m.end(1) + 1] not in T.common_words)


def _project_word_next(text: str, s: int, e: int, hs: int, he: int, T: Tables) -> bool:
    """项目 or 工程 right after a weak head's name (ending at ``e``, its head at ``hs:he``) and
    a project's stage or measure after that (某某光伏电站项目正式开工, 某某风电场项目总投资8亿元):
    the name with the project word is a project's, though a brand of two characters before a
    kind the generic list holds (光伏电站) is too short for 项目's own least length."""
    if e != he or text[e:e + 2] not in _PROJECT_WORDS or text[hs:he] in _PROJECT_WORDS:
        return False
    if text[hs - 1] in _GRADE_ENDS or _common_words_only(text, s, hs, T):
        return False  # 村级|光伏电站, 屋顶|光伏电站, 户用|…: a grade or kind, no brand
    return T.project_measure_re.match(text, e + 2) is not None or _staged(text, s, e + 2, T)


_GRADE_ENDS = frozenset("级型式类用")  # the last character of a grade or kind (村级, 小型, 分布式, 户用)


def _listed_as_projects(text: str, e: int) -> bool:
    """A、B等项目 / A、B等5个重点项目: the items of the list are projects."""
    if e >= len(text) or text[e] not in "、等":
        return False
    return _LISTED.match(text, e, min(len(text), e + 120)) is not None


def _ends_word(text: str, e: int, words: frozenset, lens: tuple) -> bool:
    return any(e >= L and text[e - L:e] in words for L in lens)


def _left_edge(h: Hits, hs: int, ends: set, stops: list, T: Tables, limit: int, project: bool = True) -> int:
    """Where a name ending in a head at ``hs`` starts: the nearest boundary to its left (for a
    name other than a project's, also the verbs and function words of ``left_bounds.tsv``).

    A boundary word inside a known name (有 of 有限公司) is no boundary: 中国航空工业集团有限公司
    洛阳电光设备研究所 is one name, as a group's institute.
    """
    text = h.text
    n = len(text)
    lo = hs - limit if hs > limit else 0
    m = T.name_run_reversed.match(h.reversed_text(), n - hs, n - lo)  # the run ending at hs
    if m is None:
        return hs
    i = n - m.end()
    k = bisect_ints(stops, hs) - 1  # a person or title ending inside the run
    stop = -1
    if k >= 0 and stops[k] > i:
        i = stop = stops[k]
    j = text.rfind(")", i, hs)
    if j >= 0 and text.find("(", i, j) == -1:
        i = j + 1  # (记者某某)|某署: a bracket closed before the run began ends the name
    words, soft = T.bounds(text, i, hs, project)
    if words:
        known = h.known_cover()
        for w, ws, we in reversed(words):
            ws += i
            we += i
            if known.find(0, ws, we) == -1:
                continue  # inside a known name
            if not project and text[ws:we] in T.project_bounds and (
                    not T.strip_generic(text[we:hs]) or (hs - we <= 4 and ws - i >= 2 and text[ws - 2:ws] not in T.common_words
                                                    and T.heads.get(text[ws - 2:ws], ("",))[0] != "COMPANY"
                                                    and _common_words_only(text, we, hs, T))):
                continue  # 城市发展投资集团, 某某投资开发有限公司: the name needs the word (only generic
                # or common words follow it: 投资发展, 投资开发, a state platform firm's business, after
                # a place or a brand, not after a common word: 该集团|投资|开发公司)
            if soft[w]:
                if ws in ends or ws <= lo or we in h.lex_starts or ws == stop:
                    return we  # (a person before 和 is a whole name: 某某和|某研究所)
                continue
            return we
    while i < hs and text[i] in _NAME_EXTRA:
        i += 1
    while hs - i > 2 and text[i] in _NEVER_FIRST:
        i += 1  # 而|某派出所: a conjunction that opens the clause, no name
    if i and text[i - 1].isdigit():  # 2019年度某市…项目: the date's unit is no part of a name
        m = _DATE_TAIL.match(text, i, hs)
        if m:
            i = m.end()
    return i


#: Adverbs and particles of one character that stand before a verb, never at a brand's end
#: (子女没|考上|大学, 已被|收购|公司): before such a verb and a head nothing is named.
_ADVERB_CHARS = frozenset("没不未把被将都也还就才又再曾")


def _past_verb(h: Hits, s: int, hs: int, T: Tables) -> int:
    """Where the name of a body or firm read back from its head at ``hs`` starts, given that
    a verb or function word (``common_words.tsv``, func=1: generated from jieba's tags) is no
    part of it: past such a word right before a listed place (配合|某国农业银行, 隶属|
    英国某大学); -1 when such a word ends right at the head after at most a common word, one
    character, an adverb (没, 不: _ADVERB_CHARS) or another such word, no listed name (赌博|集团,
    及增加|银行, 远离传销|公司, 没考上|大学):
    nothing is named. A brand's verbs after a place or a name stay (某市勘察设计协会, 某某拍卖
    公司, 某地山庄避暑度假公司), and so do generic words (控股)."""
    text, func = h.text, T.func_not_names
    places = h.div_by_start
    features = h.feature_starts
    for p in range(hs - 2, s + 1, -1):  # the rightmost place after such a word
        if (p in places or p in features) and (text[p - 2:p] in func or (p - 3 >= s and text[p - 3:p] in func)):
            if h.known_cover()[p - 1] and h.known_cover()[p - 2]:
                continue  # 农发行|洛阳市分行: the word (发行) ends a known name, no verb
            return p
    for k in (3, 2):
        if hs - k >= s and text[hs - k:hs] in func and text[hs - k:hs] not in T.generic_words:
            before = text[s:hs - k]
            if len(before) <= 1 or before in T.common_words or before[-1] in _ADVERB_CHARS or (
                    (before[-2:] in func or before[-3:] in func) and not any(p in h.lex_starts for p in range(s, hs - k))):
                return -1
            break
    return s


def _name_ok(name: str, mn: int, T: Tables, project: bool = False) -> bool:
    """Whether ``name``, the part before a head, names something: long enough, no qualifier
    right before the head (重大项目), for a project none anywhere (某市重点文化项目: a class;
    a body may hold one, 某市重点项目建设服务中心), and more than generic words."""
    if project and len(name) == 1 and name in _OWN_LEVELS:
        return True  # 市|体育中心, 县|科技馆: the city's, the county's venue
    last = T.qualifier_last
    if len(name) < mn or ((last is None or name[-1:] in last) and name.endswith(T.qualifiers)) \
            or (project and any(q in name for q in T.anywhere_qualifiers)):
        return False
    if mn == 0 and not name:
        return True
    if project and _level_opened(name, T):
        return len(T.strip_generic(name[1:])) + 2 >= max(mn, 1)
    rest = T.strip_generic(name)
    return len(rest) >= max(mn, 1)


def _body_named(name: str, T: Tables) -> bool:
    """Whether ``name``, before an organisation's or a firm's head, ends in a qualifier that
    names a body's field there (generic.tsv body=1: 某市新能源产业|研究院, 某市文旅产业|集团) after
    more than generic words, two characters or more (成立产业|研究院, 重点产业|研究院 name none)."""
    for q in T.body_qualifiers:
        if name.endswith(q):
            rest = T.strip_generic(name[:-len(q)])
            return len(rest) >= 2 and not rest.endswith(T.qualifiers)
    return False


def _level_opened(name: str, T: Tables) -> bool:
    """A project's name opened by a level word alone (市体育|会展中心, 县文化|艺术中心): the level
    stands for its place, as in 市委; not a common word (市场, 县城) nor two levels (市县, 县域)."""
    return (len(name) >= 3 and name[0] in _OWN_LEVELS and name[1] not in _LEVEL_NEXT
            and name[:2] not in T.common_words)


_LEVEL_NEXT = frozenset("省市县区乡镇村级域")  # after a level word: no venue's name (县区, 县域, 区级)
