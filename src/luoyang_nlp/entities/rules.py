"""Entity rules over one Aho-Corasick pass: lexicon names, composed titles and bodies, names
found by their heads (heads.py), person names from context (persons.py), news outlets
(media.py), bodies in lists (bodies.py), companies without a suffix (companies.py), railways
and roads (roads.py), abbreviations in lists (abbrev.py), and a local longest-first resolution.
Each source adds candidates; ``find_entities`` lists them in order.

Every step is linear in the text (plus small, bounded windows around hits).
"""

from __future__ import annotations

import re
from operator import itemgetter

from .abbrev import abbreviation_places
from .bodies import body_lists, resident_offices, sub_offices
from .companies import (before_figure, capacity_companies, companies_before_news, company_mentions, firm_lists,
                        industry_tails, listed_companies, place_firms, short_companies)
from .heads import names_by_head
from .listed import listed_works
from .hits import Hits
from .roads import rails_and_roads, route_roads
from .media import find_media
from .persons import PREV_OK as _PREV_OK, UNIT_TITLE as _UNIT_TITLE, foreign_names, persons as _persons
from .persons import standing_before
from .tables import LEVELS, Tables
from .text import AVENUE_WORDS, LIST_LEADS, ROAD_WORDS, han as _han, matches_at

__all__ = ["find_entities"]

# A road written right after a level character: 洛阳市长寿路 (not 洛阳 + 市长).
_ROAD_AFTER = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,3}?(?:大道|大街|路|街)")
# A road in an address or crossing: 关林路与杜预街交叉口, 开元大道218号. Its words and
# _AVENUE's are cue words (``Tables._cues``): the patterns are tried only there.
_ROAD = re.compile(f"(?:{'|'.join(ROAD_WORDS)})" r"(?=与|交叉口|口|以[东西南北]|[0-9]+号)")
# An avenue stands on its own (建设大道, 洛龙大街): its name is checked in code.
_AVENUE = re.compile("|".join(AVENUE_WORDS))
_ITEM = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,6}?(?=[、等和,。])")
#: the first characters of _SUBUNIT's unit words: its match has one two to four characters on
_SUBUNIT_FIRST = frozenset("街社镇乡村")
_SUBUNIT_BAD = re.compile(r"[村乡镇]|[城市集]$")
# 瀍河区半个店社区, 伊川县鸣皋镇: a unit under the division just named.
_SUBUNIT = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,4}?)(?:街道|社区|镇|乡|村)(?![\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{0,1}(?:镇|乡|村|化|区))")
# The last character of a town, township or subdistrict (某镇, 某乡, 某街道): a village or
# community may follow it; a known one read at a unit's end lets the walk go on.
_TOWN_LAST = frozenset("镇乡道")
# After a one-character village (李村): no word that makes 村 the start of another (村民, 村委).
_VILLAGE_NEXT_BAD = frozenset("民委级干里务组庄镇")
# Levels that 自治 opens (自治区, 自治州, 自治县, 自治旗): a body of one (自治区政协) keeps it.
_AUTONOMOUS_LEVELS = frozenset("区州县旗")
_LEVEL_TITLES_END = frozenset("期远久效")  # 格局长期, 城市长远: not titles
# A metro or rail line: 轨道交通3号线, 地铁2号线 (a place before it joins the name).
_LINE_NUMBER = r"[0-9一二三四五六七八九十]{1,3}号线(?:[一二三四五六七八九十]期)?(?:工程|项目(?![部组办]))?"
_LINE = re.compile(rf"(?:城市轨道交通|轨道交通|地铁|轻轨){_LINE_NUMBER}")
# A line listed after a metro line, its system written once (地铁1号线、2号线和3号线).
_LISTED_LINE = re.compile(rf"[、和及与]({_LINE_NUMBER})")
# Quantities and determiners that begin no village name (两个村党支部书记, 全市村…).
_NOT_UNIT_START = frozenset("一二两三四五六七八九十几各每该本全此其多")


def find_entities(text: str, T: Tables, awards: list[tuple[int, int]] | None = None,
                  pending: list[tuple[int, int, int]] | None = None) -> list[tuple[int, int, str, str]]:
    """``(start, end, label, source)`` entity spans of normalised ``text``, flat and sorted.
    ``awards``: the titles of honour of the text (``T.honours.titles(text)``, found if None),
    whose names are no entities. ``pending``: where given, gets ``(start, end, name start)``
    of each title that needs a name (民警, 法官) and has none the rules found: a name the
    model finds there confirms it (``fusion.confirm_titles``).

    Every source adds candidates ``(start, end, label, priority, source)``; ``_resolve``
    keeps the longest, then the highest priority, then the leftmost."""
    h = Hits(text, T)
    cands: list[tuple[int, int, str, int, str]] = []
    titles = _town_titles(h, _titles(h, T, cands), T)
    title_starts = {s for s, e, t in titles}
    title_end_at: dict[int, int] = {}  # title start -> the end of the longest title there
    for s, e, t in titles:
        if e > title_end_at.get(s, 0):
            title_end_at[s] = e
    cands.extend(_lexicon_names(h, title_starts, T))
    cands.extend(_government_bodies(h, title_end_at, T))
    cands.extend(_country_bodies(h, T))
    cands.extend(_foreign_cities(h, T))
    if "河" in text:
        cands.extend(_joined_rivers(h, T))
    cues = h.cues
    persons = _persons(text, titles, h.lex, h.heads, h.lex_starts, T, cues.get("says", []), cues.get("appoint", []),
                       cues.get("described", []))
    if persons and h.bodies:  # 区政协主席: a body (区 is also a surname), not a person
        bodies = {(b[0], b[1]) for b in h.bodies}
        persons = [p for p in persons if p not in bodies]
    title_ends = {e for s, e, t in titles}
    if len(persons) > 1 and titles:  # 某监会主席张三: what a title joins to a person is its body
        starts = {a for a, b in persons}  # (记者张三通讯员李四: a name after a title stays)
        persons = [p for p in persons if p[0] in title_ends or title_end_at.get(p[1], -1) not in starts]
    name_or_title_ends = h.lex_ends | title_ends
    cands.extend((a, b, "PERSON", 3, "person") for a, b in persons + foreign_names(text, T, name_or_title_ends))
    pstarts = {a for a, b in persons}
    pends = {b for a, b in persons}
    cands.extend((a, b, "PLACE", 1, "unit") for a, b in _unit_places(text, titles, h.lex_ends | pends, T)
                 if a not in pstarts)
    # a name found by its head never reaches back past a person or a title
    stops = sorted(pends | title_ends)
    by_head = names_by_head(h, T, stops, title_starts)
    cands.extend(by_head)
    cands.extend(short_companies(text, T, h.place_spans, cues.get("company_cue", [])))
    if "company_news" in cues:
        cands.extend(companies_before_news(text, T, h.place_spans, cues["company_news"]))
    if "company_news_figure" in cues:  # 某某制药投资12亿元: a verb of the firm's figure
        cands.extend(companies_before_news(text, T, h.place_spans, before_figure(text, cues["company_news_figure"])))
    cands.extend(capacity_companies(text, T, h.place_spans, cues.get("unit", [])))
    firms = place_firms(text, T, h.place_spans)
    cands.extend(firms)
    cands.extend(listed_companies(text, T))
    cands.extend(firm_lists(text, T, h.place_spans))
    cands.extend(company_mentions(text, [(c[0], c[1]) for c in by_head + firms if c[2] == "COMPANY"], h.place_spans, T))
    cands.extend(_metro_lines(h))
    cands.extend(listed_works(h, T, cands, stops))
    if "rail" in cues:
        cands.extend(rails_and_roads(text, T, h.lex, name_or_title_ends, h.place_spans, cues["rail"]))
    cands.extend(route_roads(text, T))
    cands.extend(_listed_companies(h, cands, T))
    cands.extend(industry_tails(text, cands, T))
    cands.extend(_subunits(h, T))
    cands.extend(_address_roads(h, T))
    cands.extend(find_media(text, T, cues))
    cands.extend(abbreviation_places(text, T, cues.get("relation", []), cues.get("state", [])))
    if "”" in text or '"' in text:
        cands.extend(quoted_projects(text))
    if "项目" in text or "工程" in text:
        cands.extend(facility_projects(text, cands, T))
    if "百万" in text or "千万" in text:
        cands.extend(magnitude_projects(text))
    orgs = [c for c in cands if c[2] == "ORG"]  # the ORG candidates, kept up to date below
    _add(cands, orgs, _zone_bodies(text, cands, orgs))
    _add(cands, orgs, body_lists(text, T, {c[1] for c in orgs}))
    _add(cands, orgs, resident_offices(text, h.place_spans, [(c[0], c[1]) for c in orgs], T))
    _add(cands, orgs, sub_offices(text, [(c[0], c[1]) for c in orgs if c[4] != "media"], title_end_at, T))
    cands.extend(_member_titles(text, orgs, T))
    cands.extend(_title_spans(h, titles, pstarts, pends, {c[1] for c in orgs}, T, pending))
    if awards is None:
        awards = T.honours.titles(text)
    return _resolve(T.honours.drop_awards(text, cands, awards))


# A phase or works word and the project word after a facility body's name (三期工程, 新建项目,
# 迁建工程), and what may not follow 项目 for the whole to be a project (项目组, 项目部: a team).
_FACILITY_WORKS = re.compile(r"(?:\(?[一二三四五六七八九十]期\)?)?(?:新建|迁建|扩建|改扩建|改建|续建|整体搬迁|搬迁)?"
                             r"(?:建设)?(?:项目|工程)(?![组部办])")


# A project named by a magnitude of its capacity and its product (SPEC: 百万吨乙烯 as PROJECT),
# written as an item of a list (followed by 、, 和, 等, 两大…): 百万吨乙烯、某某基地两大项目,
# 千万吨级炼化一体化等项目. Not after a numeral (5百万吨) nor after 年产 (a capacity).
# (the literal first, so the scan skips ahead to it; the look-behind then tests the character before)
_MAGNITUDE_NAME = re.compile(r"[百千]万(?<![0-9一二两三四五六七八九十百千万产]..)(?:吨|千瓦)级?"
                             r"[\u4e00-\u9fff]{2,6}?(?=[、和及等]|[两二三四五六七八九十]大)")


def magnitude_projects(text: str) -> list[tuple[int, int, str, int, str]]:
    """PROJECT candidates of the names made of a capacity's magnitude and a product, listed
    (_MAGNITUDE_NAME: 百万吨乙烯、…两大项目)."""
    return [(m.start(), m.end(), "PROJECT", 2, "magnitude") for m in _MAGNITUDE_NAME.finditer(text)]


def facility_projects(text: str, cands: list, T: Tables) -> list[tuple[int, int, str, int, str]]:
    """PROJECT candidates of a facility body (facility_bodies.tsv: 医院, 中学, 水厂, 服务中心 …)
    found as an ORG and written right before a project word (某市急救中心项目, 某县第二实验小学
    新建项目, 某污水处理厂三期工程): the building works, one name with the body's."""
    out = []
    ends = T.facility_ends
    for c in cands:
        if c[2] == "ORG" and text.endswith(ends, c[0], c[1]):
            m = _FACILITY_WORKS.match(text, c[1])
            if m is not None:
                out.append((c[0], m.end(), "PROJECT", c[3], "facility"))
    return out


# A project named in quotes: the quoted name right before (建设)项目 or 工程 (“某某生态廊道”建设项目),
# or a quoted name that ends in 项目/工程 itself; the span is what the quotes hold. Four or more
# Chinese characters, no numeral (“签约一批”项目, “四个一”工程 are campaigns, not names), no list
# mark (“固链、强链”项目).
_QUOTED_PROJECT = re.compile(r'(?:“([\u4e00-\u9fff]{4,20})”|"([\u4e00-\u9fff]{4,20})")(?:建设)?(?:项目|工程)'
                             r'|(?:“([\u4e00-\u9fff]{4,24}(?:项目|工程))”|"([\u4e00-\u9fff]{4,24}(?:项目|工程))")')
_NUMERALS = frozenset("〇零一二两三四五六七八九十百千万亿")


def quoted_projects(text: str) -> list[tuple[int, int, str, int, str]]:
    """PROJECT spans of names written in quotes before or ending in 项目/工程 (_QUOTED_PROJECT)."""
    out: list[tuple[int, int, str, int, str]] = []
    for m in _QUOTED_PROJECT.finditer(text):
        for g in (1, 2, 3, 4):
            if m.start(g) >= 0:
                a, b = m.start(g), m.end(g)
                if not any(c in _NUMERALS for c in text[a:b]):
                    out.append((a, b, "PROJECT", 2, "quoted"))
                break
    return out


def _add(cands: list, orgs: list, more: list) -> None:
    """Add ORG candidates to ``cands`` and to its ORG list ``orgs``."""
    cands.extend(more)
    orgs.extend(more)


def _titles(h: Hits, T: Tables, cands: list) -> list[tuple[int, int, str]]:
    """The titles that are offices here: not inside a noun (委员会, 市长热线), 市长 only after a
    place or a break (城市长远), the longest at each start. A road written after a level
    character (洛阳市长寿路) is added to ``cands`` on the way."""
    if not h.pos:
        return []
    text, n = h.text, len(h.text)
    place_ends = set(h.div_by_end)
    pos_spans: set[tuple[int, int]] | None = None  # made when a zone's 区 may begin a title
    good = []
    for s, e, t in h.pos:
        if e < n and text[e] == "会":  # 委员会, 常委会, 董事会
            continue
        if t == "主席" and e < n and text[e] == "台":
            continue
        if text[e:e + 1] in T.title_noun_first and text.startswith(T.title_nouns, e):
            # 12345市长热线, 会长单位: a noun, not an office
            continue
        if t[-1] == "长" and e < n and text[e] in _LEVEL_TITLES_END:
            continue
        if t[0] in LEVELS and t.endswith("长") and len(t) == 2 and s > 0:
            # 市长/区长/县长 need a place or a break before them (城市长远 is not 市长).
            p = text[s - 1]
            if _han(p) and p not in _PREV_OK and s not in place_ends and (s + 1) not in place_ends \
                    and not any(b[1] == s for b in h.bodies) and not _office_before(text, s, T):
                continue  # (after a body: 某县人民政府|县长)
            if (s + 1) in h.lex_starts and any(x[0] == s + 1 and x[2] == "PLACE" and x[1] - x[0] >= 3
                                               and text[x[1] - 1] in _TOWN_LAST for x in h.lex):
                continue  # 洛宁县|长水镇, 郏县|长桥镇: 长 begins a listed town or subdistrict, no 县长
            if m := _ROAD_AFTER.match(text, s + 1):  # 洛阳市长寿路
                cands.append((s + 1, m.end(), "PLACE", 1, "road"))
                continue
            if (s in place_ends or (s + 1) in place_ends) and _starts_word(text, s + 1, T.chang_words, T.chang_lens):
                continue  # 洛阳市长途客运: 长 begins a word, 市 ends the place (not after 、: 、区长葛某)
        if t[0] == "区" and _zone_ends_at(h, s + 1, T):
            if pos_spans is None:
                pos_spans = {(a, b) for a, b, _ in h.pos}
            if t in T.list_titles or (s + 1, e) in pos_spans:
                s, t = s + 1, t[1:]  # 经开区领导, 高新区党工委书记: the zone's name keeps its 区 (da02 经开区党工委)
        good.append((s, e, t))
    return _longest_titles(good)


def _office_before(text: str, s: int, T: Tables) -> bool:
    """Whether what ends at ``s`` makes the level title there (市长, 县长) an office: a word of
    standing or holding (代县长, 时任市长, 任县长: title_before.tsv), the scope's own level
    (该县县长, 本市市长), or a name after a break (王建国县长主持, 、李四县长)."""
    if standing_before(text, s, T):
        return True
    if s >= 2 and text[s - 2] in "该本" and text[s - 1] in LEVELS:
        return True
    for a in (s - 2, s - 3):
        if a >= 0 and text[a] in T.surnames and (a == 0 or not _han(text[a - 1]) or text[a - 1] in _PREV_OK) \
                and text[a:s] not in T.common_words:
            return True
    return False


def _zone_ends_at(h: Hits, p: int, T: Tables) -> bool:
    """A zone's name ends at ``p`` (a listed zone, or a name and a zone word: 某某示范区): its 区
    is its own, not a level character beginning a title (a zone word alone, 示范区党工委书记,
    leaves the title its 区)."""
    if p in h.zone_ends:
        return True
    text = h.text
    if 0 < p <= len(text) and T.zone_gated and text[p - 1] not in T.zone_finals:
        return False  # (no zone name ends with that character)
    for w in T.zone_suffixes:
        if text.endswith(w, 0, p):
            return p - len(w) > 0 and _han(text[p - len(w) - 1])
    return False


def _town_titles(h: Hits, titles: list, T: Tables) -> list:
    """A town's party title after the town's name leaves the town its level character:
    白沙镇党委书记 is PLACE 白沙镇 + POSITION 党委书记, as the dev gold writes a town (unlike
    县委书记, where 县委 is the organ's own word). Without a name before it (镇党委书记张三,
    乡镇党委书记, 各镇党委书记) the title keeps 镇."""
    out = []
    for s, e, t in titles:
        if t[0] in _TOWN_LEVELS and t[1:3] == "党委" and s >= 2 and (
                (s + 1) in h.lex_ends or _unit_name_start(h.text, s, h.lex_ends, T) is not None):
            s, t = s + 1, t[1:]
        out.append((s, e, t))
    return out


_TOWN_LEVELS = frozenset("镇乡")


def _lexicon_names(h: Hits, title_starts: set, T: Tables) -> list:
    """Lexicon names, less a division's level character that begins a title there."""
    text = h.text
    out = []
    for s, e, label, div in h.lex:
        if label == "PLACE" and e - s >= 3 and text[e - 1] in LEVELS and (e - 1) in title_starts \
                and e not in h.zone_ends:
            # 洛龙区委书记 -> 洛龙 + 区委书记; 洛阳市长 -> 洛阳 + 市长 (not 经开区 + 领导); the
            # name without its level, also where the lexicon lists no such short form (宛城区委书记)
            out.append((s, e - 1, label, 2, "lexicon"))
            continue
        if label == "PLACE" and e - s == 2 and (e - 1) in title_starts and standing_before(text, e - 1, T):
            continue  # 代|县长, 代理|县长: a word of standing and the title's level, no county 代县, 理县
        if label == "PLACE" and e - s >= 3 and text[e - 1:e + 1] in T.level_words and text[e:e + 2] not in T.common_words \
                and any(x[0] == s and x[1] == e - 1 and x[2] == "PLACE" for x in h.lex):
            out.append((s, e - 1, label, 2, "lexicon"))
            continue  # 洛阳|市民, 洛阳|市场: the level character begins a word, the place is the name before it
            # (not 洛阳市|民生: the character after it begins a word of its own)
        out.append((s, e, label, 2, "lexicon"))
    return out


# What may follow a foreign city's name written in transliteration (访问德国杜塞尔多夫。, …明斯克、…).
_CITY_NEXT = frozenset("，。、；：,.;:)）和与及等的")


def _foreign_cities(h: Hits, T: Tables) -> list:
    """A city written in transliteration characters (rules/transliteration.tsv, three or more,
    or two with its 市; with its 市 if written) right after a lexicon country that a word of going, selling or
    being somewhere precedes (rules/place_verbs.tsv): 访问德国|杜塞尔多夫, 远销荷兰|阿姆斯特丹,
    开往白俄罗斯|明斯克. A firm named after its country (与德国某某公司) follows no such word, and
    a name the lexicon knows there is left to it. The city ends at punctuation, a conjunction or
    a common word (明斯克|考察)."""
    text, n = h.text, len(h.text)
    out = []
    for s, e, label, _ in h.lex:
        if label != "PLACE" or e >= n or text[e] not in T.transliteration or text[s:e] not in T.countries:
            continue
        if not text.endswith(T.place_verbs, 0, s) or e in h.lex_starts:
            continue
        k = e
        while k < n and k - e < 6 and text[k] in T.transliteration:
            k += 1
        if k < n and k - e > 3 and text[k] not in _CITY_NEXT and text[k - 1:k + 1] in T.common_words:
            k -= 1  # 明斯克|考察: the run took the first character of the word after the city
        if k - e < 3 and not (k - e == 2 and text[k:k + 1] == "市"):
            continue  # two characters only with their 市 (法国|图尔市)
        if k < n and text[k] == "市":
            k += 1
        if k == n or text[k] in _CITY_NEXT or text[k:k + 2] in T.common_words:
            out.append((e, k, "PLACE", 1, "foreign city"))
    return out


def _joined_rivers(h: Hits, T: Tables) -> list:
    """A river named after the two it joins, each one the lexicon lists (洪河 + 汝河 -> 洪汝河,
    唐河 + 白河 -> 唐白河): one PLACE, not the second river after a stray character."""
    text = h.text
    out = []
    for s, e, label, _ in h.lex:
        if label == "PLACE" and s > 0 and e - s == 2 and text[e - 1] == "河" and text[s:e] in T.short_rivers \
                and text[s - 1] + "河" in T.short_rivers and (s - 1) not in h.lex_ends:
            out.append((s - 1, e, "PLACE", 2, "joined river"))
    return out


def _country_bodies(h: Hits, T: Tables) -> list:
    """A state body written right after its country is one ORG (美国财政部, 德国外交部), as a
    city's bureau is (洛阳市商务局): a lexicon ORG ending as a state body does
    (``state_bodies.tsv``) after a lexicon country, unless it names its own (中国共产党)."""
    text = h.text
    country_at: dict[int, int] = {}  # end -> start of the countries
    for s, e, label, _ in h.lex:
        if label == "PLACE" and text[s:e] in T.countries:
            country_at[e] = s
    if not country_at:
        return []
    return [(country_at[s], e, "ORG", 2, "body+country") for s, e, label, _ in h.lex
            if label == "ORG" and s in country_at and text[s:e].endswith(T.state_body_ends)
            and not text[s:e].startswith(T.state_body_own)]


def _government_bodies(h: Hits, title_end_at: dict[int, int], T: Tables) -> list:
    """Party and government bodies (市委, 市发改委), and with the places written before them
    (洛阳市政府, 洛阳市孟津区统计局), and a party's or mass organisation's before those
    (中共洛阳市委, 共青团河南省委: ``body_owners.tsv``). ``title_end_at``: title start -> the end of
    the longest title there."""
    if not h.bodies:
        return []
    text, n, div_by_end = h.text, len(h.text), h.div_by_end
    out = []
    for s, e, prefixed in h.bodies:
        if e < n and text[e - 1] == "委" and text[e] == "员":
            continue  # 城市委员会: not 市委
        if e < n and text[e - 1] == "部" and text[e] == "门":
            continue  # 组织部门, 宣传部门: departments of a kind, not the body
        if e < n and text[e] == "性" and text[e - 1] == "府":
            continue  # 全市政府性基金, 政府性债务: 政府性 is an adjective of a kind of fund, not the body
        if title_end_at.get(s, 0) > e or ((text[s] in _TOWN_LEVELS or _zone_ends_at(h, s + 1, T))
                                          and title_end_at.get(s + 1, 0) > e):
            continue  # 市委常委: the title, not the body; 某镇|党委书记 (_town_titles), 高新区|党工委书记
        if e - s > 3 and (title_end_at.get(e - 2, 0) > e or title_end_at.get(e - 1, 0) > e):
            continue  # 市政协党组|书记: the body's last word begins a title (市政协 + 党组书记, as 市科技局 + 党组书记)
        if prefixed and s > 0 and text[s] in LEVELS and text[s - 1] in LEVELS and text[s - 1] != text[s] \
                and (s + 1) not in div_by_end and s not in div_by_end:
            continue  # 各乡镇政府, 县区政府: the bodies of a kind of unit, no one body (郏县县委 is one)
        if prefixed and s > 0 and text[s - 1] == "社" and text[s] == "区":
            continue  # 某某社区|居委会: the 区 of 社区 is no district's level (no 区居委会)
        out.append((s, e, "ORG", 2, "body"))
        if prefixed:
            ps = None
            if (s + 1) in div_by_end and text[s] in LEVELS:
                ps = div_by_end[s + 1]  # 洛阳市 + 市政府
            elif s in div_by_end and text[s - 1] != text[s]:
                ps = div_by_end[s]  # 洛阳 + 市政府 (not 郏县 + 县委: the level written twice)
            while ps is not None and ps in div_by_end and div_by_end[ps] < ps:
                ps = div_by_end[ps]  # 洛阳市孟津区统计局: the chain of places before it
            if ps is not None and ps < s:
                ps -= next((len(w) for w in T.body_owners if text.endswith(w, 0, ps)), 0)  # 中共, 共青团
                out.append((ps, e, "ORG", 2, "body+place"))
            elif s >= 2 and text[s] in _AUTONOMOUS_LEVELS and text[s - 2:s] == "自治" \
                    and not any(title_end_at.get(a, 0) > e for a in range(s + 1, e)):
                out.append((s - 2, e, "ORG", 2, "body"))  # 自治区政协, 自治县政府: the level is 自治区
    return out


def _metro_lines(h: Hits) -> list:
    """Metro lines with the place before them and their phase: 洛阳轨道交通3号线, 地铁2号线一期."""
    text = h.text
    if "号线" not in text:
        return []
    out = []
    for m in _LINE.finditer(text):
        out.append((h.div_by_end.get(m.start(), m.start()), m.end(), "PROJECT", 2, "line"))
        e = m.end()
        while (nxt := _LISTED_LINE.match(text, e)) is not None:  # 地铁1号线、2号线: the lines listed after one
            out.append((nxt.start(1), nxt.end(), "PROJECT", 2, "line"))
            e = nxt.end()
    return out


def _listed_companies(h: Hits, cands: list, T: Tables) -> list:
    """Unknown companies listed after known ones (震裕科技、华伊石墨烯等)."""
    if "、" not in h.text:
        return []
    text, n = h.text, len(h.text)
    out = []
    for s0, e0, label, prio, src in cands:
        if label != "COMPANY":
            continue
        while e0 < n - 2 and text[e0] == "、" and (e0 + 1) not in h.lex_starts:
            m = _ITEM.match(text, e0 + 1)
            if not m or T.has_bound(m.group()) or _name_ok_generic(m.group(), T):
                break
            out.append((m.start(), m.end(), "COMPANY", 1, "list"))
            e0 = m.end()
    return out


def _subunits(h: Hits, T: Tables) -> list:
    """A town, village or community written after its county or district (伊川县鸣皋镇), and a
    village or community after a town found so (某市|某镇|某村: the town is no lexicon name)."""
    text, n = h.text, len(h.text)
    out = []
    starts = [e0 for e0, _ in h.div_by_start.values()]
    if "镇" in text or "乡" in text or "街道" in text:
        # a town or subdistrict the lexicon knows (小店镇, 首阳山街道): its villages and
        # communities follow it as they follow a county (某镇|某村, 某街道|某社区)
        starts.extend(e for s, e, label, div in h.lex
                      if label == "PLACE" and not div and e - s > 2 and text[e - 1] in _TOWN_LAST
                      and (text[e - 1] != "道" or text[e - 2] == "街"))
    if "办事处" in text:  # 某街道办事处|某社区(居委会): the communities of the subdistrict's office
        starts.extend(x[1] for x in h.heads if text.endswith("街道办事处", 0, x[1]))
    for e0 in starts:
        depth = 0
        while e0 < n and _han(text[e0]) and depth < 2:
            # (only where a unit's word may begin two to four characters on: _SUBUNIT_FIRST)
            m = _SUBUNIT.match(text, e0) if any(c in _SUBUNIT_FIRST for c in text[e0 + 2:e0 + 5]) else None
            if m and not _SUBUNIT_BAD.search(m.group(1)) and not T.has_bound(m.group(1)) \
                    and not _name_ok_generic(m.group(1), T) and m.end() not in h.lex_ends:
                out.append((e0, m.end(), "PLACE", 1, "subunit"))
                if text[m.end() - 1] == "村" or e0 in h.div_by_start:
                    break
                e0, depth = m.end(), depth + 1  # 某市|某镇|某村: the village after a town read here
            elif (e0 > 0 and text[e0 - 1] in "镇乡" and text[e0 + 1:e0 + 2] == "村"
                  and text[e0] in T.surnames and text[e0 + 2:e0 + 3] not in _VILLAGE_NEXT_BAD):
                out.append((e0, e0 + 2, "PLACE", 1, "subunit"))  # 某镇|李村: a family's village
                break
            else:
                break
    return out


def _address_roads(h: Hits, T: Tables) -> list:
    """Roads in addresses and crossings: 关林路与杜预街交叉口, 开元大道218号."""
    roads = h.cues.get("road")
    if not roads:
        return []  # no road word: no road, no avenue (its words are road words)
    text = h.text
    stop = h.known_ends
    out = []
    for m in matches_at(_ROAD, text, {s for s, e in roads}):
        s = m.start()
        if m.end() in h.lex_ends:
            continue  # a known road
        k = s
        while (k > 0 and s - k < 4 and k not in stop and _han(text[k - 1]) and text[k - 1] not in "与和在的及、"
               and text[k - 2:k] not in T.hard):
            k -= 1
        if s - k >= 2:
            out.append((k, m.end(), "PLACE", 1, "road"))
    out.extend(_avenues(h, T))
    return out


def _avenues(h: Hits, T: Tables) -> list:
    """X大道, X大街 (2-3 characters after a break, a boundary word or a place): roads, unless
    the name is generic or a figure of speech (康庄大道; rules/not_names.tsv)."""
    text = h.text
    out = []
    for m in matches_at(_AVENUE, text, {s for s, e in h.cues.get("avenue", [])}):
        s, e = m.span()
        if e in h.lex_ends or text[max(0, s - 2):e] in T.not_names:
            continue  # a known road; 康庄大道
        for L in (2, 3):
            k = s - L
            if k < 0 or not all(_han(c) for c in text[k:s]):
                break
            name = text[k:s]
            left = k == 0 or not _han(text[k - 1]) or k in h.lex_ends or text[k - 1] in _PREV_OK \
                or (text[k - 1] in T.bound_last and any(w.end() == k for w in T.bound_re.finditer(text, max(0, k - 4), k)))
            if left:
                if not (T.has_bound(name) or _name_ok_generic(name, T) or text[k:e] in T.not_names):
                    out.append((k, e, "PLACE", 1, "road"))
                break
    return out


def _title_spans(h: Hits, titles: list, pstarts: set, pends: set, org_ends: set, T: Tables,
                 pending: list | None = None) -> list:
    """POSITION spans: every title, a byline title only with a name (记者 张三) or as the
    reporter of a named outlet (大河网记者采访), a role of ``bylines.tsv`` named only with a
    name (某中心负责人表示 holds none) or in a list of titles before one (教授、副校长王某), a list
    title also after the names it sums up (王某、李某等市领导);
    ``pending`` gets the others but list titles, with where their name would start."""
    text, n = h.text, len(h.text)
    out = []
    tstarts: set[int] | None = None  # made when a role stands in a list of titles
    for s, e, t in titles:
        if t in T.byline_titles:
            j = e + 2 if t in T.list_titles and text.startswith(LIST_LEADS, e) else e  # 市领导有:张三
            while j < n and j - e < 3 and text[j] in " :":
                j += 1
            listed = False  # 教授、副校长王某: a role in a list of titles, named by the name after it
            if text[e:e + 1] == "、" and t in T.named_titles:
                if tstarts is None:
                    tstarts = {a for a, _, _ in titles}
                listed = (e + 1) in tstarts
            if not listed and not (j in pstarts or s in pends
                                   or (t in T.list_titles and text[s - 1:s] == "等" and (s - 1) in pends)
                                   or (s in org_ends and t not in T.list_titles and t not in T.named_titles)):
                if pending is not None and j < n and t not in T.list_titles:
                    pending.append((s, e, j))
                continue
        out.append((s, e, "POSITION", 2, "title"))
    return out


def _zone_bodies(text: str, cands: list, orgs: list) -> list:
    """A zone's body with the zone's full name is one ORG (经开区党工委, X示范区管委会): a body
    right after a zone PLACE, or sharing its level character (经开区 + 区党工委). ``orgs``: the
    ORG candidates of ``cands``."""
    zone_start: dict[int, int] = {}
    for s, e, label, prio, src in cands:
        if label == "PLACE" and text[e - 1] == "区" and (e not in zone_start or s < zone_start[e]):
            zone_start[e] = s
    out = []
    for s, e, label, prio, src in orgs:
        if src == "body":
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


def _member_titles(text: str, orgs: list, T: Tables) -> list:
    """A member's title right after its body (全国人大代表 -> 全国人大 + 代表): rules/member_titles.tsv.
    ``orgs``: the ORG candidates."""
    out = []
    for s, e, label, prio, src in orgs:
        for title in T.member_titles.get(text[max(s, e - 3):e], ()) or T.member_titles.get(text[max(s, e - 2):e], ()):
            if text.startswith(title, e):
                out.append((e, e + len(title), "POSITION", 2, "title"))
    return out


def _unit_places(text: str, good_pos, ends: set, T: Tables) -> list[tuple[int, int]]:
    """The unit named before a title that begins with its level: 卫坡村党支部书记 -> 卫坡."""
    out = []
    for s, e, t in good_pos:
        if t[0] in _UNIT_TITLE and s >= 2:
            k = _unit_name_start(text, s, ends, T)
            if k is not None:
                out.append((k, s))
        elif (t.startswith("党委") and s >= 3 and text[s - 1] in _TOWN_LEVELS
              or t.startswith("驻村") and s >= 3 and text[s - 1] == "村") and (s - 1) not in ends:
            # 东风镇|党委书记 (_town_titles), 东岳村|驻村第一书记: the town or village with its level
            k = _unit_name_start(text, s - 1, ends, T)
            if k is not None:
                out.append((k, s))
    return out


def _unit_name_start(text: str, s: int, ends: set, T: Tables) -> int | None:
    """The start of the unit's name written right before ``s`` (2-4 characters after a break,
    a known name or a person), or None when what is there names no unit (两个, 各, 全市…)."""
    k = s
    while k > 0 and s - k < 4 and _han(text[k - 1]) and k not in ends and text[k - 1] not in T.hard \
            and text[k - 1] not in _PREV_OK:
        k -= 1
    name = text[k:s]
    if (s - k >= 2 and (k == 0 or k in ends or not _han(text[k - 1]))
            and name[0] not in _NOT_UNIT_START and name not in T.not_names
            and not T.has_bound(text, k, s) and not _name_ok_generic(name, T)):
        return k
    return None


def _resolve(cands: list) -> list:
    """Longest first, then priority, then leftmost; keep what overlaps nothing kept.

    Candidates in text order fall into groups that overlap one another; only a group of
    several needs ranking (sorted in place: the order of candidates at one start does not
    matter, ``_keep_longest`` ranks a group by every field)."""
    out = []
    cands.sort(key=_START)
    # the list read with its items' types: each candidate unpacked natively, not field by field
    typed: list[tuple[int, int, str, int, str]] = cands
    n = len(typed)
    i = 0
    while i < n:
        c = typed[i]
        end = c[1]
        j = i + 1
        while j < n:
            d = typed[j]
            if d[0] >= end:
                break  # (else it overlaps the group)
            if d[1] > end:
                end = d[1]
            j += 1
        if j == i + 1:
            out.append((c[0], c[1], c[2], c[4]))
        elif j == i + 2 and c[0] < c[1] and typed[j - 1][0] < typed[j - 1][1]:
            d = typed[j - 1]  # two that overlap: the first in _keep_longest's order
            if (c[0] - c[1], -c[3], c[0], c[1], c[2], c[4]) > (d[0] - d[1], -d[3], d[0], d[1], d[2], d[4]):
                c = d
            out.append((c[0], c[1], c[2], c[4]))
        else:
            _keep_longest(typed[i:j], out)
        i = j
    out.sort()
    return out


_START = itemgetter(0)


def _keep_longest(group: list[tuple[int, int, str, int, str]], out: list) -> None:
    """Add to ``out`` the ``(start, end, label, source)`` of the candidates of an overlapping
    group that ``_resolve``'s order keeps."""
    keyed = [(s - e, -prio, s, e, label, src) for s, e, label, prio, src in group]
    keyed.sort()
    # the spans kept, tested one by one (a group holds a few): a span overlaps a kept one when
    # they share a character; an empty span shares none, keeps nothing out and is kept
    kept: list[tuple[int, int]] = []
    for _, _, s, e, label, src in keyed:
        if s < e:
            clash = False
            for ks, ke in kept:
                if ks < e and s < ke:
                    clash = True
                    break
            if clash:
                continue
            kept.append((s, e))
        out.append((s, e, label, src))


def _starts_word(text: str, i: int, words: frozenset, lens: tuple) -> bool:
    return any(text[i:i + L] in words for L in lens)


def _name_ok_generic(name: str, T: Tables) -> bool:
    """True when ``name`` is made only of generic words (城市, 重点)."""
    return not T.strip_generic(name)


