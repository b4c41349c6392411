"""Companies named without a legal suffix (COMPANY): a brand and an industry word between
breaks (某某科技、某某铝业), a name written before the capacity of its project (某某15万吨聚乳酸
项目), and later mentions of a company found by its suffix (某某科技公司 … 某某科技).
The words live in ``data/lexicons/rules/company_shapes.tsv``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..resources import data_path, read_tsv
from .text import HAN, alternation, han, matches_at

if TYPE_CHECKING:
    from .tables import Tables  # (annotations only: tables imports this module)

__all__ = ["CompanyShapes", "short_companies", "companies_before_news", "before_figure", "capacity_companies", "company_mentions", "listed_companies",
           "firm_lists", "industry_tails", "place_firms"]

_LIST_MARKS = "、和与及"
# legal suffixes stripped to get the name a company goes by in the same text
_LEGAL = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司|公司)$")
_PAREN = re.compile(r"\([^()]*\)")
_HANS = re.compile(f"[{HAN}]+")
# A listed company's stock code after its name: 洛阳钼业(603993), 某某股份(300XXX.SZ), (3993.HK).
# (A year in brackets, 会议(2024), is none.)
_CODE = r"\((?:(?:股票代码|证券代码|代码)[:：]?)?(?!(?:19|20)[0-9]{2}\))[0-9]{4,6}(?:\.(?:SH|SZ|HK|BJ))?\)"
_STOCK = re.compile(f"([{HAN}]{{2,8}})" + _CODE)
# The code alone: most texts have none, and finding that is far cheaper than trying _STOCK
# at every letter.
_CODE_ALONE = re.compile(_CODE)
_NUMERALS = re.compile("[一二两三四五六七八九十百千万亿]")  # 百万千瓦光伏: a size, not a brand (万达 is)


class CompanyShapes:
    """The company shape words, compiled."""

    def __init__(self) -> None:
        rows = read_tsv(data_path("lexicons", "rules", "company_shapes.tsv"))
        words = {k: sorted({r["word"] for r in rows if r["kind"] == k}, key=len, reverse=True)
                 for k in ("industry", "unit", "notbrand", "cue", "firms", "office", "share", "after", "list_verb",
                           "capacity_verb", "after_figure", "tail", "sector_next")}
        #: capacity units (万吨, GWh) and company cues (龙头企业)
        self.units, self.cues = words["unit"], words["cue"]
        #: verbs of a capacity written before it (年产, 年出栏, 日处理): no part of a firm's name
        self.capacity_verbs = tuple(words["capacity_verb"])
        #: words of a listed firm's news after a brand and an industry word (某某重工发布公告)
        self.after_cues = words["after"]
        #: … and verbs that do so before a figure (某某制药投资12亿元, 某某科技实现营业收入8亿元)
        self.after_figure_cues = words["after_figure"]
        # a word of a firm's name written right after a known firm's brand that names the firm
        # with it (某某生物, 某某物流; kind=tail; not a product noun: 材料, 电子, 云计算)
        self.tail = re.compile(alternation(words["tail"])) if words["tail"] else None
        #: the first characters of those words: ``tail`` is tried only where one stands
        self.tail_first = frozenset(w[0] for w in words["tail"])
        #: the tail words and their lengths, longest first (``_longest_at``)
        self.tail_words = frozenset(words["tail"])
        self.tail_lens = tuple(sorted({len(w) for w in words["tail"]}, reverse=True))
        #: words after a place's brand and industry word that make the pair a sector (某县耐火材料产业)
        self.sector_next = tuple(words["sector_next"])
        ind = alternation(words["industry"])
        # a brand of 2-4 letters and an industry word, not followed by another letter
        # an industry word: the brand before it and the cue before that are checked in code
        self.short = re.compile(f"(?:{ind})")
        #: the characters of the industry words and their greatest length (``_short_spans``)
        self.industry_chars = frozenset("".join(words["industry"]))
        self.industry_longest = max((len(w) for w in words["industry"]), default=0)
        self.industry = re.compile(f"(?:{ind})$")
        #: the industry words and their lengths, longest first (``strip_industry``)
        self.industry_words = frozenset(words["industry"])
        self.industry_lens = tuple(sorted({len(w) for w in words["industry"]}, reverse=True))
        unit = alternation(words["unit"])
        # a capacity and the product of a project: 15万吨聚乳酸工程项目, 年产6GWh…项目
        #: no unit begins with a digit or a dot (``_figure_starts``' first_only holds)
        self.units_digit_free = all(u and u[0] not in "0123456789." for u in words["unit"])
        self.capacity = re.compile(f"[0-9][0-9.]*(?:{unit})[^,，。;；、\\n]{{1,24}}?(?:项目|工程)")
        self.not_brand = frozenset(words["notbrand"])
        #: a verb of an office or on shares right before a bare 公司 (某人任公司董事长, 拟回购公司股份):
        #: no firm is named
        verbs = words["office"] + words["share"]
        self.office_before = re.compile(f"(?:{alternation(verbs)})$") if verbs else None
        # a list closed by 等 and a word for firms (等企业, 等一批龙头企业, 等3家公司)
        self.firm_words = tuple(words["firms"])
        #: verbs that open such a list (培育, 集聚); with the verbs of common_words.tsv (func=1)
        self.list_verbs = frozenset(words["list_verb"])
        self.firms_after = re.compile(f"等(?:[0-9一二两三四五六七八九十多]+家|一批|一大批|多家)?[{HAN}]{{0,4}}?(?:{alternation(words['firms'])})") \
            if words["firms"] else None
        # a cue, then at most a dash, colon or comma, right before the name
        self.cue_before = re.compile(f"(?:{alternation(self.cues)})(?:——|—|-|:|：|,|，)?$")


def _longest_at(text: str, p: int, words: frozenset[str], lens: tuple[int, ...]) -> int:
    """The end of the longest of ``words`` (``lens``: their lengths, longest first) that begins
    at ``p``, or -1: ``alternation(words)``'s match at ``p`` (the longest there), by set look-ups."""
    n = len(text)
    for L in lens:
        if p + L <= n and text[p:p + L] in words:
            return p + L
    return -1


def strip_industry(name: str, S: CompanyShapes) -> str:
    """``S.industry.sub("", name)``: ``name`` less the industry word that ends it, the longest
    (the pattern's leftmost match, anchored at the end), by set look-ups of its last characters.
    A name ending in a line break is left to the pattern (its ``$`` reads before the break)."""
    n = len(name)
    if n and name[n - 1] == "\n":
        return S.industry.sub("", name)
    words = S.industry_words
    for L in S.industry_lens:
        if L <= n and name[n - L:] in words:
            return name[:n - L]
    return name


#: the endings _LEGAL strips, longest first (its leftmost match is the longest one that ends a name)
_LEGAL_ENDS = tuple(sorted({g + w for g in ("集团", "") for w in ("股份有限公司", "有限责任公司", "有限公司", "公司")},
                           key=len, reverse=True))


def strip_legal(name: str) -> str:
    """``_LEGAL.sub("", _PAREN.sub("", name))`` by ``endswith`` tests, and the brackets' pattern
    only where a bracket stands (a name ending in a line break is left to the patterns)."""
    if "(" in name:
        name = _PAREN.sub("", name)
    n = len(name)
    if n and name[n - 1] == "\n":
        return _LEGAL.sub("", name)
    for w in _LEGAL_ENDS:
        if name.endswith(w):
            return name[:n - len(w)]
    return name


def _brand_ok(brand: str, T: Tables) -> bool:
    """A brand: two letters or more, not a number, no generic, boundary or not-a-brand word in it,
    and no verb or function word (common_words.tsv func=1: 降低, 加大 in 为企业降低物流成本)."""
    S: CompanyShapes = T.company_shapes
    return (len(brand) >= 2 and _HANS.fullmatch(brand) is not None and len(_NUMERALS.findall(brand)) < 2
            and brand not in S.not_brand and brand[:2] not in S.not_brand and brand not in T.func_not_names
            and not T.has_bound(brand) and not T.has_generic(brand))


def short_companies(text: str, T: Tables, place_spans: dict[int, int],
                    cues: list[tuple[int, int]]) -> list[tuple[int, int, str, int, str]]:
    """某某科技 after a company cue (风电企业——某某新能源, 龙头企业郑州某某科技), with the place
    written before it; a pair without a cue is an industry (矿山机械、电力科技), not a company.

    ``place_spans``: end -> start of the lexicon places of the text; ``cues``: the spans of
    the company cues in it (``Hits.cues``)."""
    out: list[tuple[int, int, str, int, str]] = []
    S: CompanyShapes = T.company_shapes
    if not cues:
        return out  # no cue anywhere: no industry word has one before it
    for k, e in _short_spans(text, S, cues):
        if not any(cs >= k - 16 and ce <= k for cs, ce in cues):
            continue  # no cue near: an industry, not a company
        for L in (3, 2):  # a brand of four before an industry word is too often a verb phrase
            a = k - L
            if a < 0 or not _brand_ok(text[a:k], T):
                continue
            s = place_spans.get(a, a)  # 郑州某某科技
            if S.cue_before.search(text, max(0, s - 8), s):
                out.append((s, e, "COMPANY", 1, "short"))
                break
    return out


def _short_spans(text: str, S: CompanyShapes, cues: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of ``S.short.finditer(text)`` that begin where a cue may stand before them
    (from a cue's end to 16 characters after its start), and maybe others: the pattern is run
    only over those stretches. Each stretch is read from the first character before it that
    no industry word holds (no match of the whole text's scan runs across it, so the scan from
    there finds the same matches) to as far as a word begun inside it reaches."""
    windows = sorted((ce, cs + 16) for cs, ce in cues if cs + 16 >= ce)
    chars, longest, n = S.industry_chars, S.industry_longest, len(text)
    ranges: list[tuple[int, int]] = []
    for w0, w1 in windows:
        p0 = w0 if w0 < n else n
        while p0 > 0 and text[p0 - 1] in chars:
            p0 -= 1
        if ranges and p0 <= ranges[-1][1] + longest:
            if w1 > ranges[-1][1]:
                ranges[-1] = (ranges[-1][0], w1)
        else:
            ranges.append((p0, w1))
    out: list[tuple[int, int]] = []
    for p0, w1 in ranges:
        end = w1 + longest
        for m in S.short.finditer(text, p0, end if end < n else n):
            k = m.start()
            if k > w1:
                break
            out.append((k, m.end()))
    return out


def companies_before_news(text: str, T: Tables, place_spans: dict[int, int],
                          cues: list[tuple[int, int]]) -> list[tuple[int, int, str, int, str]]:
    """某某重工发布公告, 某某证券董事长, 某地铝业股价: a brand and an industry word right before a
    word of a listed firm's news are a company. The brand (two or three characters) starts after
    a break or a boundary word, or is a place (a place-named firm: 某地铝业, one name); a place
    written before a brand stays a PLACE of its own (the name is read from the brand).
    ``cues``: the spans of those words in the text (``Hits.cues``)."""
    out: list[tuple[int, int, str, int, str]] = []
    S: CompanyShapes = T.company_shapes
    for c, _ in cues:
        m = S.industry.search(text, c - 6 if c > 6 else 0, c)
        if m is None:
            continue
        k = m.start()
        for L in (2, 3):
            a = k - L
            if a < 0:
                continue
            if k in place_spans and place_spans[k] == a:  # 新安|铝业: the place names the firm
                out.append((a, c, "COMPANY", 1, "short"))
                break
            if not _brand_ok(text[a:k], T) or S.industry.search(text, a, k) is not None:
                continue  # (电力科技董事长: an industry word is no brand)
            if a == 0 or not han(text[a - 1]) or a in place_spans or _bound_before(text, a, T):
                out.append((a, c, "COMPANY", 1, "short"))
                break
    return out


_FIGURE_AFTER = re.compile(r"[约近超逾达共计了]{0,2}[0-9]")


def before_figure(text: str, cues: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The cue spans a figure follows right away (投资12亿元, 投资约5亿元; not 投资增长12%)."""
    return [c for c in cues if _FIGURE_AFTER.match(text, c[1]) is not None]


def _bound_before(text: str, a: int, T: Tables) -> bool:
    """A boundary word (boundaries.tsv) ends right at ``a``."""
    if a == 0 or text[a - 1] not in T.bound_last:
        return False  # no boundary word ends with the character there
    return any(m.end() == a for m in T.bound_re.finditer(text, a - 4 if a > 4 else 0, a))


def capacity_companies(text: str, T: Tables, place_spans: dict[int, int],
                       units: list[tuple[int, int]]) -> list[tuple[int, int, str, int, str]]:
    """The name written right before the capacity of a project is its company:
    …的某某15万吨聚乳酸项目, 某某县某某年产6GWh电池项目 (the county stays a PLACE).
    ``units``: the spans of the capacity units in the text (``Hits.cues``)."""
    out = []
    if not units or ("项目" not in text and "工程" not in text):
        return []
    S: CompanyShapes = T.company_shapes
    for m in matches_at(S.capacity, text, _figure_starts(text, units, S.units_digit_free)):
        k = m.start()
        if k > 0 and text[k - 1] in "0123456789.":
            continue  # inside a number
        for v in T.company_shapes.capacity_verbs:  # longest first
            if k >= len(v) and text.startswith(v, k - len(v)):
                k -= len(v)  # 某某年产|6GWh, 签约年出栏|100万头: the verb is no part of a name
                break
        a = k
        while a > 0 and k - a < 8 and han(text[a - 1]):
            a -= 1
        for w in T.bound_re.finditer(text, a, k):
            a = w.end()
        a = _after_places(a, k - 2, place_spans)  # a place before the name is its own span
        if _project_head_end(text, a, k, T):
            continue  # 某集团郑州基地|年产30万辆…项目: a site of the firm, a PROJECT (heads.tsv) named so
        p = place_spans.get(k, k)
        if a + 2 <= p < k - 1:
            k = p  # 某某股份|伊川|年出栏…项目: the place of the site after the firm is its own span
        brand = text[a:k]
        core = strip_industry(brand, T.company_shapes) or brand  # 某某科技 -> 某某
        if 2 <= len(brand) <= 6 and _brand_ok(core, T) and not (k in place_spans and place_spans[k] == a):
            out.append((a, k, "COMPANY", 1, "capacity"))
    return out


def _project_head_end(text: str, a: int, k: int, T: Tables) -> bool:
    """Whether text[a:k] ends in a PROJECT head of heads.tsv (基地, 工厂, 产业园)."""
    for n in (2, 3):
        if k - a > n:
            hd = T.heads.get(text[k - n:k])
            if hd is not None and hd[0] == "PROJECT":
                return True
    return False


def _figure_starts(text: str, units: list[tuple[int, int]], first_only: bool = False) -> set[int]:
    """Where a figure written before a unit may begin: its digits (a capacity is digits and
    dots, then the unit). With ``first_only``, the first digit of each run alone: when no unit
    begins with a digit or a dot, ``capacity`` matches from a later digit of the run exactly
    when it matches from the first (the same unit and tail after the run), and a match never
    ends inside a run (it ends in 项目 or 工程), so ``matches_at`` finds the same matches."""
    starts = set()
    for u, _ in units:
        k = u
        first = -1
        while k > 0 and text[k - 1] in _FIGURE_CHARS:
            k -= 1
            if text[k] != ".":
                if not first_only:
                    starts.add(k)
                first = k
        if first_only and first >= 0:
            starts.add(first)
    return starts


_FIGURE_CHARS = frozenset("0123456789.")


def company_mentions(text: str, companies: list[tuple[int, int]], place_spans: dict[int, int],
                     T) -> list[tuple[int, int, str, int, str]]:
    """Later mentions of a company found by its legal name: the name less its place, brackets
    and legal suffix (郑州某某科技有限公司 -> 某某科技; 某某科技公司 -> 某某科技), as a word."""
    names = set()
    ends_at = _ends_by_start(place_spans) if companies else {}
    for s, e in companies:
        name = text[s:e]
        short = strip_legal(name)  # _LEGAL.sub("", _PAREN.sub("", name))
        while s in ends_at:  # strip the places it begins with
            ends = [pe for pe in ends_at[s] if pe - s < len(short)]
            if not ends:
                break
            cut = max(ends) - s
            short, s = short[cut:], s + cut
        core = strip_industry(short, T.company_shapes)
        if len(core) >= 2 and short != name and _brand_ok(core, T) and core != short:
            names.add(short)
        if short != name and core != short:
            names.update(_shorter_forms(core, T))
        if short != name:
            names.update(_stock_forms(short, core, T))
            if len(short) >= 6 and short.endswith("工程") and _brand_ok(short[:2], T):
                names.add(short[:-2])  # 某某环境工程有限公司 -> 某某环境, 某某自动化工程 -> 某某自动化: the firm less its 工程
    out = []
    for short in names:
        k = text.find(short)
        while k != -1:
            b = k + len(short)
            if k == 0 or not han(text[k - 1]) or text[k - 1] in _LIST_MARKS or _after_boundary(text, k, T):
                out.append((k, b, "COMPANY", 1, "mention"))
            k = text.find(short, b)
    return out


def _shorter_forms(core: str, T: Tables) -> list[str]:
    """The shorter forms the press writes of a firm whose short name ends in industry words
    (某锂新能源科技 -> 某锂新能源; 某某卡发制品 -> 某某卡), ``core`` being the short name less its
    last one: each form that still ends in one, and the brand alone from three characters on
    (a two-character brand alone is too often a word); none unless the brand is one."""
    S: CompanyShapes = T.company_shapes
    forms = []
    while True:  # (an industry word ends it exactly when stripping one changes it)
        shorter = strip_industry(core, S)
        if shorter == core:
            break
        forms.append(core)
        core = shorter
    if len(core) < 2 or not _brand_ok(core, T):
        return []
    return forms + [core] if len(core) >= 3 else forms


def _stock_forms(short: str, core: str, T: Tables) -> list[str]:
    """The four-character forms the press (and the stock exchange) writes of a firm whose short
    name is longer: its first four characters (某某机器人 -> 某某机器, 某某易初摩托车 -> 某某易初),
    and its two-character brand with its last industry word (某某乳酸科技 -> 某某科技). Only when
    the brand and the form are brands (not a generic word: 城市发展投资 gives none)."""
    forms: list[str] = []
    if len(short) < 5 or not _brand_ok(short[:2], T):
        return forms
    if _brand_ok(short[:4], T) and short[:4] != core:
        forms.append(short[:4])
    if len(core) >= 4 and core != short:
        tail = short[len(core):]
        if len(tail) == 2:
            forms.append(core[:2] + tail)
    return forms


def _after_boundary(text: str, a: int, T: Tables) -> bool:
    """Does a boundary word (的, 包括, 旗下 …) end right at ``a``?"""
    if a == 0 or text[a - 1] not in T.bound_last:
        return False  # no boundary word ends with the character there
    return any(w.end() == a for w in T.bound_re.finditer(text, max(0, a - 4), a))



def _ends_by_start(place_spans: dict[int, int]) -> dict[int, list[int]]:
    """``place_spans`` (end -> leftmost start) turned round: start -> the ends of the places
    starting there (made once per call, not a pass over the places per name)."""
    out: dict[int, list[int]] = {}
    for e, s in place_spans.items():
        got = out.get(s)
        if got is None:
            out[s] = [e]
        else:
            got.append(e)
    return out


def _after_places(a: int, limit: int, place_spans: dict[int, int]) -> int:
    """Skip the chain of places that begins at ``a`` and ends by ``limit``."""
    moved = True
    while moved:
        moved = False
        ends = [e for e, s in place_spans.items() if s == a and e <= limit]
        if ends:
            a, moved = max(ends), True
    return a


def listed_companies(text: str, T: Tables) -> list[tuple[int, int, str, int, str]]:
    """A name right before a stock code in brackets is a listed company: 洛阳钼业(603993)."""
    out: list[tuple[int, int, str, int, str]] = []
    if "(" not in text or not _CODE_ALONE.search(text):
        return out
    for m in _STOCK.finditer(text):
        a, b = m.span(1)
        for w in T.bound_re.finditer(text, a, b):
            a = w.end()
        if b - a >= 2 and T.strip_generic(text[a:b]):
            out.append((a, b, "COMPANY", 2, "stock"))
    return out


# an item of a list of firms: a run of name characters (a place, a brand, an industry word)
_FIRM_CHAR = re.compile(f"[{HAN}A-Za-z0-9]")
_FIRM_ITEM = re.compile(f"[{HAN}A-Za-z0-9]{{2,12}}")


def firm_lists(text: str, T: Tables, place_spans: dict[int, int]) -> list[tuple[int, int, str, int, str]]:
    """The items of a list that 等 closes with a word for firms (等企业, 等一批龙头企业) are
    companies, known or not: 与宁波某某电子、苏州某某技术等企业洽谈. An item that is a place
    alone, a common or generic word (钢铁、化工等企业: industries) or holds a boundary word is
    none, and the first item starts after the last boundary word before it (与, 引进)."""
    rx = T.company_shapes.firms_after
    if rx is None or "等" not in text:
        return []
    out: list[tuple[int, int, str, int, str]] = []
    for m in rx.finditer(text):
        b = m.start()
        items: list[tuple[int, int]] = []
        while len(items) < 12:
            a = b
            while a > 0 and a > b - 12 and _FIRM_CHAR.match(text, a - 1):
                a -= 1
            if a == 0 or text[a - 1] != "、":  # the first item: cut at its left boundary
                words, _ = T.bounds(text, a, b, False)
                if words:
                    a += words[-1][2]
                a = _past_last_verb(text, a, b, T.func_not_names, T.company_shapes.list_verbs)  # 全市已培育|某某电器
            items.append((a, b))
            if a == 0 or text[a - 1] != "、":
                break
            b = a - 1
        for a, b in items:
            if 2 <= b - a <= 12 and _FIRM_ITEM.fullmatch(text, a, b) and _brand_in(text, a, b, T, place_spans):
                out.append((a, b, "COMPANY", 1, "firm-list"))
    return out


def _past_last_verb(text: str, a: int, b: int, func: frozenset, verbs: frozenset) -> int:
    """Where the first item of a list of firms starts: after the last verb or function word
    (common_words.tsv func=1: 吸引, 扶持; company_shapes.tsv kind=list_verb: 培育, 集聚) that
    leaves it two characters at least, else ``a``."""
    for k in range(b - 2, a + 1, -1):
        for w in (text[k - 2:k], text[k - 3:k] if k - 3 >= a else ""):
            if w in func or w in verbs:
                return k
    return a


def _brand_in(text: str, a: int, b: int, T: Tables, place_spans: dict[int, int]) -> bool:
    """An item of a list of firms names one: past the place it may begin with and the
    industry word it may end with (宁波 + 均胜 + 电子) a brand is left, of two to six characters,
    not a common or generic word nor ending in a head (全市新能源, 重点项目, 一线企业 name none)."""
    e = b
    for k in range(b - 1, a + 1, -1):  # the longest place beginning the item
        if place_spans.get(k) == a:
            a = k
            break
    if a >= b:
        return False  # a place alone
    m = T.company_shapes.industry.search(text, a, b)
    if m is not None and m.start() - a >= 2:
        e = m.start()
    brand = text[a:e]
    return 2 <= len(brand) <= 6 and brand not in T.common_words and bool(T.strip_generic(brand)) \
        and not T.has_bound(brand) and not brand.endswith(T.company_shapes.firm_words) \
        and brand not in T.company_shapes.not_brand and not any(brand[-k:] in T.heads for k in (2, 3, 4))


# a firm's name that already ends in its kind (某某集团, 某某公司) takes no industry word after it
_ENDS_KIND = ("公司", "集团", "股份", "银行", "分行", "支行", "控股", "厂")


def industry_tails(text: str, cands: list, T: Tables) -> list[tuple[int, int, str, int, str]]:
    """A company known by its brand (a lexicon name, a later mention) and an industry word right
    after it are one name: 某某|生物 -> 某某生物, 某某|物流 (kind=tail). Not after a name that ends
    in its kind or in an industry word already (某某集团, 某某科技)."""
    S: CompanyShapes = T.company_shapes
    if S.tail is None:
        return []
    out = []
    for c in cands:
        if c[2] != "COMPANY":
            continue
        a, b = c[0], c[1]
        if b >= len(text) or not han(text[b]) or text.endswith(_ENDS_KIND, a, b) or S.industry.search(text, a, b):
            continue
        m = S.tail.match(text, b)
        if m is not None and not text.startswith(S.sector_next, m.end()) and not _word_across(text, m.end(), T):
            out.append((a, m.end(), "COMPANY", c[3], "tail"))
    return out


_LEVEL_CHARS = frozenset("省市县区镇乡村")


def _word_across(text: str, e: int, T: Tables) -> bool:
    """The letter before ``e`` and the one after it make a common word (城建|设: 建设): a name
    read up to ``e`` ends inside a word."""
    return 0 < e < len(text) and text[e - 1:e + 1] in T.common_words


# a letter after an industry word that makes it part of another name: an event, a venue, a place
_NOT_AFTER_FIRM = frozenset("节周展会赛馆园城街路村站")


def place_firms(text: str, T: Tables, place_spans: dict[int, int]) -> list[tuple[int, int, str, int, str]]:
    """A brand and a word of a firm's name (kind=tail: 铝业, 化工, 科技; not 文化, 旅游) right after
    a place, or after a place and 的, are a company when the brand is no common word and no
    sector word follows (偃师区的某某铝业, 某县某某化工; not 某县的精细化工, 耐火材料产业, 特种玻璃、…:
    industries; kind=sector_next). A place written without its level word right before the brand
    is part of the name (郑州某某科技, as a firm registers it); a county with its level word, or before 的, is
    where the firm is, a PLACE of its own (某某县|某某化工)."""
    S: CompanyShapes = T.company_shapes
    out = []
    for e, s0 in place_spans.items():
        a = e + 1 if text.startswith("的", e) else e
        for L in (2, 3):
            # (the tail and industry patterns' matches by set look-ups: ``_longest_at``, ``strip_industry``)
            b = _longest_at(text, a + L, S.tail_words, S.tail_lens) \
                if S.tail is not None and text[a + L:a + L + 1] in S.tail_first else -1
            if b < 0 or text[b:b + 1] in _NOT_AFTER_FIRM or _word_across(text, b, T):
                continue  # (洛阳牡丹文化节: an event; 某某城建|设: 建设 is the word)
            brand = text[a:a + L]
            if brand[0] in _LEVEL_CHARS or brand in T.common_words or not _brand_ok(brand, T) \
                    or strip_industry(brand, S) != brand or place_spans.get(a + L, -1) >= a:
                continue
            if b < len(text) and (_longest_at(text, b, S.industry_words, S.industry_lens) >= 0
                                  or text.startswith(S.sector_next, b)):
                break  # 某某科技信息…, 耐火材料产业, 精细化工、…: an industry
            start = s0 if a == e and text[e - 1] not in _LEVEL_CHARS else a
            out.append((start, b, "COMPANY", 1, "place-firm"))
            break
    return out
