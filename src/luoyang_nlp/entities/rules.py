"""Entity rules over one Aho-Corasick pass: lexicon names, composed titles and bodies, names
found by their heads, person names from context, and a local longest-first resolution.

Every step is linear in the text (plus small, bounded windows around hits).
"""

from __future__ import annotations

import bisect
import re

from .abbrev import abbreviation_places
from .bodies import body_lists, sub_offices
from .companies import capacity_companies, company_mentions, short_companies
from .roads import rails_and_roads
from .media import find_media
from .persons import PREV_OK as _PREV_OK, UNIT_TITLE as _UNIT_TITLE, foreign_names, persons as _persons
from .tables import BODY, ENT, HEAD, LEVELS, POS, Tables
from .text import han as _han

__all__ = ["find_entities"]

# A road written right after a level character: 洛阳市长寿路 (not 洛阳 + 市长).
_ROAD_AFTER = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,3}?(?:大道|大街|路|街)")
# A road in an address or crossing: 关林路与杜预街交叉口, 开元大道218号.
_ROAD = re.compile(r"(?:大道|大街|路|街)(?=与|交叉口|口|以[东西南北]|[0-9]+号)")
# A phase or block after a project head: 科技园B区二期.
_PHASE_AFTER = re.compile(r"(?:[A-Z][0-9]?(?:区|地块))?(?:\(?[一二三四五六七八九十]期\)?)?")
# ... and the project word after the phase (产业园二期项目, 示范工程(二期)项目) or a phase in
# brackets after the project word (产业基地项目(一期)): one name with its phase.
_PHASE_PROJECT = re.compile(r"(?:建设)?(?:项目|工程)")
_PHASE_BRACKET = re.compile(r"\([一二两三四五六七八九十]期(?:工程)?\)")
_PHASE_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ(一二三四五六七八九十")  # what a phase begins with
_PHASE_BEFORE = re.compile(r"\(?[一二两三四五六七八九十]期\)?$")
# Characters allowed inside names found by their head.
_NAME_EXTRA = frozenset("·-&")
_HANS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_ITEM = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,6}?(?=[、等和,。])")
_SUBUNIT_BAD = re.compile(r"[村乡镇]|[城市集]$")
# 瀍河区半个店社区, 伊川县鸣皋镇: a unit under the division just named.
_SUBUNIT = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,4}?)(?:街道|社区|镇|乡|村)(?![\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{0,1}(?:镇|乡|村|化|区))")
_LEVEL_TITLES_END = frozenset("期远久效")  # 格局长期, 城市长远: not titles
# A metro or rail line: 轨道交通3号线, 地铁2号线 (a place before it joins the name).
_LINE = re.compile(r"(?:城市轨道交通|轨道交通|地铁|轻轨)[0-9一二三四五六七八九十]{1,3}号线(?:[一二三四五六七八九十]期(?:工程)?)?")
# A title inside a noun compound is not an office held by someone: 12345市长热线, 书记信箱.
_TITLE_NOUN = ("热线", "信箱", "专线", "接待日", "公开电话")
# Quantities and determiners that begin no village name (两个村党支部书记, 全市村…).
_NOT_UNIT_START = frozenset("一二两三四五六七八九十几各每该本全此其多")


def find_entities(text: str, T: Tables) -> list[tuple[int, int, str, str]]:
    """``(start, end, label, source)`` entity spans of normalised ``text``, flat and sorted."""
    n = len(text)
    lex, pos, bodies, heads = [], [], [], []
    for e, (ln, roles) in T.hits(text):
        s = e - ln
        for r in roles:
            k = r[0]
            if k == ENT:
                if r[1] == "POSITION":  # a custom title: people follow it like any other
                    pos.append((s, e, text[s:e]))
                else:
                    lex.append((s, e, r[1], r[2]))
            elif k == POS:
                pos.append((s, e, r[1]))
            elif k == BODY:
                bodies.append((s, e, r[1]))
            else:
                heads.append((s, e, r[1], r[2], r[3]))

    if lex:
        lex = _short_counties_in_context(text, lex, T)
        lex = [x for x in lex if not _inside_date(text, x[0])]

    cands: list[tuple[int, int, str, int, str]] = []  # (s, e, label, prio, source)
    add = cands.append

    # -- positions ----------------------------------------------------------------------
    good_pos = []
    place_ends = {e for s, e, label, div in lex if label == "PLACE" and div}
    zone_ends = {e for s, e, label, div in lex if label == "PLACE" and text.endswith(T.zone_suffixes, s, e)}
    for s, e, t in pos:
        if e < n and text[e] == "会":  # 委员会, 常委会, 董事会
            continue
        if t == "主席" and e < n and text[e] == "台":
            continue
        if text.startswith(_TITLE_NOUN, e):
            continue
        if t[-1] == "长" and e < n and text[e] in _LEVEL_TITLES_END:
            continue
        if t[0] in LEVELS and t.endswith("长") and len(t) == 2 and s > 0:
            # 市长/区长/县长 need a place or a break before them (城市长远 is not 市长).
            p = text[s - 1]
            if _han(p) and p not in _PREV_OK and s not in place_ends and (s + 1) not in place_ends:
                continue
            if m := _ROAD_AFTER.match(text, s + 1):  # 洛阳市长寿路
                add((s + 1, m.end(), "PLACE", 1, "road"))
                continue
            if (s in place_ends or (s + 1) in place_ends) and _starts_word(text, s + 1, T.chang_words, T.chang_lens):
                continue  # 洛阳市长途客运: 长 begins a word, 市 ends the place (not after 、: 、区长葛某)
        if t in T.list_titles and (s + 1) in zone_ends:
            s, t = s + 1, t[1:]  # 经开区领导: the zone's name keeps its 区, the title is 领导
        good_pos.append((s, e, t))
    good_pos = _longest_titles(good_pos)
    title_starts = {s for s, e, t in good_pos}
    title_end_at: dict[int, int] = {}
    for s, e, t in good_pos:
        if e > title_end_at.get(s, 0):
            title_end_at[s] = e
    body_starts = {s for s, e, p in bodies}

    # -- lexicon names ------------------------------------------------------------------
    for s, e, label, div in lex:
        if label == "PLACE" and e - s >= 3 and text[e - 1] in LEVELS and (e - 1) in title_starts \
                and e not in zone_ends:
            continue  # 洛龙区委书记 -> 洛龙 + 区委书记; 洛阳市长 -> 洛阳 + 市长 (not 经开区 + 领导)
        add((s, e, label, 2, "lexicon"))

    # -- government bodies, with the place they belong to -----------------------------
    div_by_end: dict[int, int] = {}
    for s, e, label, div in lex:
        if div and (e not in div_by_end or s < div_by_end[e]):
            div_by_end[e] = s
    for s, e, prefixed in bodies:
        if e < n and text[e - 1] == "委" and text[e] == "员":
            continue  # 城市委员会: not 市委
        if title_end_at.get(s, 0) > e:
            continue  # 市委常委: the title, not the body
        add((s, e, "ORG", 2, "body"))
        if prefixed:
            ps = None
            if (s + 1) in div_by_end and text[s] in LEVELS:
                ps = div_by_end[s + 1]  # 洛阳市 + 市政府
            elif s in div_by_end and text[s - 1] != text[s]:
                ps = div_by_end[s]  # 洛阳 + 市政府 (not 郏县 + 县委: the level written twice)
            while ps is not None and ps in div_by_end and div_by_end[ps] < ps:
                ps = div_by_end[ps]  # 洛阳市孟津区统计局: the chain of places before it
            if ps is not None and ps < s:
                if text[max(0, ps - 2):ps] == "中共":
                    ps -= 2
                add((ps, e, "ORG", 2, "body+place"))

    # -- people (before the heads: a name or title is never inside a project name) -----
    lex_starts = {x[0] for x in lex}
    lex_ends = {x[1] for x in lex}
    title_end_set = {e for s, e, t in good_pos}
    persons = _persons(text, good_pos, lex, heads, lex_starts, T)
    for a, b in persons + foreign_names(text, T, lex_ends | title_end_set):
        add((a, b, "PERSON", 3, "person"))
    pstarts = {a for a, b in persons}
    pends = {b for a, b in persons}
    for a, b in _unit_places(text, good_pos, lex_ends | pends, T):
        if a not in pstarts:
            add((a, b, "PLACE", 1, "unit"))

    # -- names found by their head (产业园, 有限公司, 研究院) -----------------------------
    ends = lex_ends | {x[1] for x in heads} | {x[1] for x in bodies}
    stops = sorted(pends | {e for s, e, t in good_pos})
    named: list | None = None  # built on the first weak head
    places: dict[int, set[int]] | None = None  # lexicon PLACE spans: start -> ends
    known: bytearray | None = None  # built on the first head
    head_spans: list = []
    seen_spans: set[tuple[int, int]] = set()
    done_ends: set[int] = set()
    weak: list[tuple[int, int, int]] = []
    accepted: set[str] = set()
    project_head_ends = {x[1] for x in heads if x[2] == "PROJECT"}
    company_ends = sorted(x[1] for x in heads if x[2] == "COMPANY" and text[x[1] - 2:x[1]] == "公司")
    for hs, he, label, mn, strong in sorted(heads, key=lambda h: h[0] - h[1]):
        if he in done_ends:
            continue  # 有限责任公司 was tried: not again as 公司
        if label == "ORG" and text[he - 1] == "会" and _ends_word(text, he, T.events, T.event_lens):
            continue  # 招商会, 推介会: an event, not a body (商会)
        done_ends.add(he)
        e = he
        if label == "PROJECT":
            e = _phase_end(text, he)
            ph = _PHASE_BEFORE.search(text, max(0, hs - 4), hs)
            if ph and ph.start() in project_head_ends:
                continue  # 基地一期项目: the phase of the name before, not a new name
        if mn and (hs == 0 or text[hs - 1] in T.hard or not (_han(text[hs - 1]) or text[hs - 1] == ")"
                                                                or text[hs - 1].isalpha())):
            continue  # 的项目, 等项目, ,项目: nothing to name
        if known is None:
            known = _known_cover(n, lex, heads)
        s = _left_edge(text, hs, ends, stops, lex_starts, T, 24, known)
        if label == "PROJECT":
            s = _after_works(text, s, hs, T)
            s = _after_company(s, hs, company_ends)
        if (s, e) in seen_spans or not _name_ok(text[s:hs], mn, T):
            continue
        if label == "COMPANY" and hs - s == 2 and text[s:hs] in T.company_shapes.not_brand:
            continue  # 彰显公司, 支撑公司: a verb before 公司
        if not strong:
            if named is None:
                named = sorted((x[0], x[1]) for x in lex if x[2] != "POSITION")
                head_spans = sorted((x[0], x[1]) for x in heads)
                places = {}
                for x in lex:
                    if x[2] == "PLACE":
                        places.setdefault(x[0], set()).add(x[1])
            if label != "PROJECT":  # a zone (示范区, 都市圈) begins with the place it is named after
                k = _first_inside(named, s, hs)
                if k is None:
                    continue
                s = k
            elif _places_then_generic(text, places, s, hs, T) is not None:
                continue  # 洛阳市伊滨区项目, 豫西分布式光伏发电项目: places and generic words name nothing
            elif not (_after_figure(text, s) or _inside(named, s, hs) or _inside(head_spans, s, hs)
                      or _listed_as_projects(text, e)):
                weak.append((s, e, hs))
                continue
        if strong and label == "PROJECT" and _designation(text, lex, s, hs, T):
            continue  # 河南省特色装备制造产业园区: a title a province gives, not a named project
        if label == "PLACE" and (e - 1) in title_starts:
            e -= 1  # 济源产城融合示范区党工委书记: the zone + 区党工委书记, as 洛龙区委书记
        seen_spans.add((s, e))
        if label == "PROJECT":
            accepted.add(text[s:e])
        if label == "COMPANY" and text[he - 2:he] in ("分行", "支行"):
            label = _parent_label(lex, s, hs) or label  # 中国人民银行河南省分行: a branch of an ORG
        add((s, e, label, 1, "head"))
    # weak names that are a shorter mention of an accepted project, or coordinated with
    # another project name (科技馆、国际会展中心和文化艺术中心)
    spans = sorted([(s, e) for s, e, label, p, src in cands if label == "PROJECT" and src == "head"] +
                   [(s, e) for s, e, hs in weak])
    starts = {s for s, e in spans}
    ends_ = {e for s, e in spans}
    for s, e, hs in weak:
        t = text[s:e]
        if ((e < n and text[e] in "、和及与" and (e + 1) in starts)
                or (s >= 1 and text[s - 1] in "、和及与" and (s - 1) in ends_)
                or any(a.endswith(t) for a in accepted)):
            add((s, e, "PROJECT", 1, "head"))

    # -- companies without a legal suffix, and later mentions of those with one ----------
    place_spans: dict[int, int] = {}
    for x in lex:
        if x[2] == "PLACE" and (x[1] not in place_spans or x[0] < place_spans[x[1]]):
            place_spans[x[1]] = x[0]
    cands.extend(short_companies(text, T, place_spans))
    cands.extend(capacity_companies(text, T, place_spans))
    cands.extend(company_mentions(text, [(c[0], c[1]) for c in cands if c[2] == "COMPANY" and c[4] == "head"],
                                  place_spans, T))

    # -- metro lines: 洛阳轨道交通3号线, 地铁2号线 -----------------------------------------
    if "号线" in text:
        for m in _LINE.finditer(text):
            a = div_by_end.get(m.start(), m.start())
            add((a, m.end(), "PROJECT", 2, "line"))

    # -- railways (PROJECT) and expressways (PLACE, or PROJECT while being built) ---------
    if "高" in text or "铁路" in text:
        cands.extend(rails_and_roads(text, T, lex, lex_ends | {e for s, e, t in good_pos}, place_spans))

    # -- unknown companies listed with known ones (震裕科技、华伊石墨烯等) -------------------
    for s0, e0, label, prio, src in list(cands):
        if label != "COMPANY":
            continue
        while e0 < n - 2 and text[e0] == "、" and (e0 + 1) not in lex_starts:
            m = _ITEM.match(text, e0 + 1)
            if not m or T.bound_re.search(m.group()) or _name_ok_generic(m.group(), T):
                break
            add((m.start(), m.end(), "COMPANY", 1, "list"))
            e0 = m.end()

    # -- a town, village or community written after its county or district -------------
    longest_div: dict[int, int] = {}
    for s0, e0, label, div in lex:
        if div and e0 > longest_div.get(s0, 0):
            longest_div[s0] = e0
    for s0, e0 in longest_div.items():
        if e0 < n and _han(text[e0]):
            m = _SUBUNIT.match(text, e0)
            if m and not _SUBUNIT_BAD.search(m.group(1)) and not T.bound_re.search(m.group(1)) \
                    and not _name_ok_generic(m.group(1), T) and m.end() not in lex_ends:
                add((e0, m.end(), "PLACE", 1, "subunit"))

    # -- roads in addresses and crossings ---------------------------------------------
    for m in _ROAD.finditer(text):
        s = m.start()
        if m.end() in lex_ends:
            continue  # a known road
        k = s
        while (k > 0 and s - k < 4 and k not in ends and _han(text[k - 1]) and text[k - 1] not in "与和在的及、"
               and text[k - 2:k] not in T.hard):
            k -= 1
        if s - k >= 2:
            add((k, m.end(), "PLACE", 1, "road"))

    cands.extend(find_media(text, T))
    cands.extend(abbreviation_places(text, T))
    cands.extend(_zone_bodies(text, cands))
    cands.extend(body_lists(text, T, {c[1] for c in cands if c[2] == "ORG"}))
    cands.extend(sub_offices(text, [(c[0], c[1]) for c in cands if c[2] == "ORG" and c[4] != "media"],
                             title_starts, T))
    cands.extend(_member_titles(text, cands, T))
    org_ends = {c[1] for c in cands if c[2] == "ORG"}

    for s, e, t in good_pos:
        if t in T.byline_titles:
            j = e
            while j < n and j - e < 3 and text[j] in " :":
                j += 1
            # with a name, or as a reporter of a named outlet (大河网记者采访)
            if j in pstarts or s in pends or (s in org_ends and t not in T.list_titles):
                add((s, e, "POSITION", 2, "title"))
        else:
            add((s, e, "POSITION", 2, "title"))

    return _resolve(cands)


def _after_company(s: int, hs: int, company_ends: list) -> int:
    """A project named after a company written with its 公司 starts after it: X有限公司|Y产业园
    项目 is COMPANY + PROJECT (a group's name stays inside: X集团Y生产基地项目 is one PROJECT)."""
    k = bisect.bisect_left(company_ends, hs - 1) - 1
    if k >= 0 and company_ends[k] > s:
        return company_ends[k]
    return s


def _after_works(text: str, s: int, hs: int, T: Tables) -> int:
    """A project name starts after a verb of building with two characters or more left before
    its head: 建设X产业园 -> X产业园 (not 产业园建设项目)."""
    for w in T.works_re.finditer(text, s, hs):
        if hs - w.end() >= 2:
            s = w.end()
    return s


def _phase_end(text: str, he: int) -> int:
    """End of a project name whose head ends at ``he``, with the phase written after it:
    科技园B区二期, 产业园二期项目, 示范工程(二期)项目, 产业基地项目(一期)."""
    if text[he:he + 1] not in _PHASE_FIRST:
        return he
    e = _PHASE_AFTER.match(text, he).end()
    if e > he:
        m = _PHASE_PROJECT.match(text, e)
        if m:
            e = m.end()
    b = _PHASE_BRACKET.match(text, e)
    return b.end() if b else e


def _zone_bodies(text: str, cands: list) -> list:
    """A zone's body with the zone's full name is one ORG (经开区党工委, X示范区管委会): a body
    right after a zone PLACE, or sharing its level character (经开区 + 区党工委)."""
    zone_start: dict[int, int] = {}
    for s, e, label, prio, src in cands:
        if label == "PLACE" and text[e - 1] == "区" and (e not in zone_start or s < zone_start[e]):
            zone_start[e] = s
    out = []
    for s, e, label, prio, src in cands:
        if label == "ORG" and src == "body":
            ps = zone_start.get(s, zone_start.get(s + 1) if text[s] == "区" else None)
            if ps is not None and ps < s:
                out.append((ps, e, "ORG", 2, "body+zone"))
    return out


def _longest_titles(good_pos: list) -> list:
    """The longest title at each start: 董事长孙某 is 董事长 + 孙某, never 董事 + 长孙某."""
    longest: dict[int, int] = {}
    for s, e, t in good_pos:
        if e > longest.get(s, 0):
            longest[s] = e
    return [x for x in good_pos if x[1] == longest[x[0]]]


def _member_titles(text: str, cands: list, T: Tables) -> list:
    """A member's title right after its body (全国人大代表 -> 全国人大 + 代表): rules/member_titles.tsv."""
    out = []
    for s, e, label, prio, src in cands:
        if label == "ORG":
            for title in T.member_titles.get(text[max(s, e - 3):e], ()) or T.member_titles.get(text[max(s, e - 2):e], ()):
                if text.startswith(title, e):
                    out.append((e, e + len(title), "POSITION", 2, "title"))
    return out


# After a two-character county (叶县), these begin a word of which 县 is part: 示范县域 …
_COUNTY_NEXT_BAD = frozenset("域级城")


def _inside_date(text: str, s: int) -> bool:
    """A name that begins with the day or month of a date (9日本市, 3月光伏) is no name there."""
    return s > 0 and text[s] in "日月年号" and text[s - 1].isdigit()


def _short_counties_in_context(text: str, lex: list, T: Tables) -> list:
    """Keep a two-character county name (叶县, 滑县, 嵩县) only where it stands as a word.

    Such names hide inside ordinary text (示范县, 提高县域, 和县委书记): the character before
    must be a break, a boundary word (到, 走进), a list mark, or the end of another place
    (平顶山市叶县), and the one after must not make 县域/县级/县城.
    """
    ends = {e for s, e, label, div in lex if label == "PLACE"}
    out = []
    for x in lex:
        s, e, label, div = x
        if label == "PLACE" and e - s == 2 and text[e - 1] == "县":
            p = text[s - 1] if s else ""
            ok = (not p or not _han(p) or p in _PREV_OK or p in T.hard or text[max(0, s - 2):s] in T.hard
                  or s in ends)
            if not ok or (e < len(text) and text[e] in _COUNTY_NEXT_BAD):
                continue
        out.append(x)
    return out


def _unit_places(text: str, good_pos, ends: set, T: Tables) -> list[tuple[int, int]]:
    """The unit named before a title that begins with its level: 卫坡村党支部书记 -> 卫坡."""
    out = []
    for s, e, t in good_pos:
        if t[0] not in _UNIT_TITLE or s < 2:
            continue
        k = s
        while k > 0 and s - k < 4 and _han(text[k - 1]) and k not in ends and text[k - 1] not in T.hard \
                and text[k - 1] not in _PREV_OK:
            k -= 1
        name = text[k:s]
        if (s - k >= 2 and (k == 0 or k in ends or not _han(text[k - 1]))
                and name[0] not in _NOT_UNIT_START and name not in T.not_names
                and not T.bound_re.search(text, k, s) and not _name_ok_generic(name, T)):
            out.append((k, s))
    return out


def _resolve(cands):
    """Longest first, then priority, then leftmost; keep what overlaps nothing kept."""
    keyed = [(s - e, -prio, s, e, label, src) for s, e, label, prio, src in cands]
    keyed.sort()
    taken = bytearray(max((c[1] for c in cands), default=0) + 1)
    out = []
    for _, _, s, e, label, src in keyed:
        if any(taken[s:e]):
            continue
        taken[s:e] = b"\x01" * (e - s)
        out.append((s, e, label, src))
    out.sort()
    return out


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
        if r > a and not T.generic_re.sub("", text[r:b]):
            return r
    return None


def _designation(text: str, lex: list, s: int, hs: int, T: Tables) -> bool:
    """A province and generic words before a head (河南省特色装备制造产业园区, 河南省出口示范基地)
    are a title the province gives, not a project's name."""
    if not (s < hs and text[s:hs].find("省") > 0):
        return False
    places = {}
    for x in lex:
        if x[2] == "PLACE" and x[0] >= s and x[1] <= hs:
            places.setdefault(x[0], set()).add(x[1])
    r = _places_then_generic(text, places, s, hs, T)
    return r is not None and text[r - 1] == "省" and r < hs


def _only_places(places: dict[int, set[int]], a: int, b: int) -> bool:
    """Is [a, b) a chain of lexicon places and nothing else (洛阳市伊滨区)?"""
    reach = {a}
    for i in range(a, b):
        if i in reach:
            for e in places.get(i, ()):
                if e <= b:
                    reach.add(e)
    return b in reach and b > a


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


def _after_figure(text: str, s: int) -> bool:
    """投资5亿元的X项目: a sum of money names what follows."""
    return s >= 2 and text[s - 1] == "的" and text[s - 2] == "元"


_LISTED = re.compile(r"(?:、[^、,。;:!?\n]{2,30}?)*等[0-9一二三四五六七八九十]*个?[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{0,4}项目")


def _listed_as_projects(text: str, e: int) -> bool:
    """A、B等项目 / A、B等5个重点项目: the items of the list are projects."""
    if e >= len(text) or text[e] not in "、等":
        return False
    return _LISTED.match(text, e, min(len(text), e + 120)) is not None




def _known_cover(n: int, lex, heads) -> bytearray:
    """1 at every character inside a known company/organisation name or a head (有限公司)."""
    cov = bytearray(n)
    for x in lex:
        if x[2] == "COMPANY" or x[2] == "ORG":
            cov[x[0]:x[1]] = b"\x01" * (x[1] - x[0])
    for x in heads:
        cov[x[0]:x[1]] = b"\x01" * (x[1] - x[0])
    return cov


def _starts_word(text: str, i: int, words: frozenset, lens: tuple) -> bool:
    return any(text[i:i + L] in words for L in lens)


def _ends_word(text: str, e: int, words: frozenset, lens: tuple) -> bool:
    return any(e >= L and text[e - L:e] in words for L in lens)


def _left_edge(text: str, hs: int, ends: set, stops: list, lex_starts: set, T: Tables, limit: int,
               known: bytearray | None = None) -> int:
    """Where a name ending in a head at ``hs`` starts: the nearest boundary to its left.

    A boundary word inside a known name (有 of 有限公司) is no boundary: 中国航空工业集团有限公司
    洛阳电光设备研究所 is one name, as a group's institute.
    """
    lo = max(0, hs - limit)
    m = T.name_run.match(text, lo, hs)
    if m is None:
        return hs
    i = m.start()
    k = bisect.bisect_left(stops, hs) - 1  # a person or title ending inside the run
    if k >= 0 and stops[k] > i:
        i = stops[k]
    for w in reversed(list(T.bound_re.finditer(text, i, hs))):
        if known is not None and all(known[w.start():w.end()]):
            continue
        if w.group() in T.soft:
            ws, we = w.span()
            if ws in ends or ws <= lo or we in lex_starts:
                return we
            continue
        return w.end()
    while i < hs and text[i] in _NAME_EXTRA:
        i += 1
    return i


def _name_ok_generic(name: str, T: Tables) -> bool:
    """True when ``name`` is made only of generic words (城市, 重点)."""
    return not T.generic_re.sub("", name)


def _name_ok(name: str, mn: int, T: Tables) -> bool:
    if len(name) < mn or name.endswith(T.qualifiers):
        return False
    if mn == 0 and not name:
        return True
    rest = T.generic_re.sub("", name)
    return len(rest) >= max(mn, 1)
