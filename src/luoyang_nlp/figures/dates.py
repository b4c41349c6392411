"""DATE spans: calendar dates, months, years, quarters, half-years, relative words and
ranges, with ISO 8601 values resolved against the publication date (SPEC "Figure labels").

Without a publication date, year-less forms keep the partial ISO form (``--07-14``,
``---09``) and relative years become ``XXXX``.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import Any, Final, Iterator

import regex  # type: ignore[import-untyped]

from .numbers import optional_as_branch, parse_number
from .tables import load_cues

__all__ = ["find_dates", "dates_in", "find_roc_dates", "anchors", "parse_date", "DIGIT_RUN_START", "DIGIT_ANCHOR"]

# year: 1900-2099 in Arabic digits or four Chinese digits (二〇二一)
_Y: Final = r"(?:(?<![\d.])(?:19|20)\d\d|[一二][〇零○九][〇零○一二三四五六七八九]{2})"
_M: Final = r"(?:(?<![\d.])(?:1[0-2]|0?[1-9])|十[一二]?|(?<![一二三四五六七八九十〇零两])[一二三四五六七八九])"
_D: Final = (r"(?:(?<![\d.])(?:3[01]|[12]\d|0?[1-9])|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?"
             r"|(?<![一二三四五六七八九十〇零两])[一二三四五六七八九])")
_REL_YEAR: Final = {"今年": 0, "本年": 0, "明年": 1, "去年": -1, "前年": -2, "后年": 2}
_REL_DAY: Final = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "明天": 1, "明日": 1, "前天": -2, "后天": 2}
# 当月 ("that month") points back to a month named before it, not to the publication month
_REL_MONTH: Final = {"本月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1}
# 前年/后年 also end words (建成后年产值 is 建成后 + 年产值): a date only at a clause start or
# after a word that introduces a time.
_REL_Y: Final = "|".join(w if w not in ("前年", "后年") else
                         rf"(?:(?<=^)|(?<=[\s,，。;；:：、(（“于在到至比较从自与和争]))" + w for w in _REL_YEAR)
# 今日 starts names (今日伊滨, 今日头条): a date only before punctuation or a word of
# data/figure_cues.tsv (kind after_today: 上午, 起, 召开 …). (The finder reads the context; a
# date found is then read again alone, where the plain words are parsed.)
_AFTER_TODAY: Final = sorted(load_cues().get("after_today", {}), key=len, reverse=True)
_TODAY: Final = "今日(?=[,，。、;；:：\\s]|%s)" % "|".join(map(re.escape, _AFTER_TODAY))
_REL_D_IN_TEXT: Final = "|".join(_TODAY if d == "今日" else d for d in _REL_DAY)
_REL_D: Final = "|".join(_REL_DAY)
_REL_M: Final = "|".join(sorted(_REL_MONTH, key=len, reverse=True))
_Q: Final = r"(?<!前)(?:(?:第)?(?P<q>[一二三四1-4])|(?P<qf>首))季度"
# after a year, the Hong Kong and Taiwan press write a quarter without 度 (2024年第三季, 今年首季)
_Q_HK: Final = r"(?:第(?P<q>[一二三四1-4])|(?P<qf>首))季(?!度)"
_H: Final = r"(?P<h>[上下])半年"


# A space inside a date as word processors write it (2024 年 11 月 25 日), not a line break
_S: Final = r"[^\S\n]?"


def _one_date(rel_days: str) -> str:
    """One date, with named groups; ``rel_days``: the pattern of the relative day words."""
    return (
        rf"(?:(?:(?P<y>{_Y}){_S}年|(?P<ry>{_REL_Y}))(?:度(?![过假日]))?(?:{_Q}|{_Q_HK}|{_H}|{_S}(?P<m>{_M}){_S}月(?:份|{_S}(?P<d>{_D}){_S}[日号])?)?"
        rf"|{_Q}|{_H}"
        rf"|(?P<m>{_M}){_S}月(?:份|{_S}(?P<d>{_D}){_S}[日号])?"
        rf"|(?<![月\d.])(?P<d>{_D}){_S}日(?![元币内])"
        rf"|(?P<rd>{rel_days})|(?P<rm>{_REL_M})(?:{_S}(?P<rmd>{_D}){_S}[日号](?![元币内]))?)"
    )


# One date, parsed with named groups (read alone: the plain relative day words)
_ONE: Final = _one_date(_REL_D)
_SEP: Final = r"\s?(?:至|到|-|—{1,2}|–|~)\s?"
# One date without its groups and with the relative day words in context (今日 before a time),
# inside the finder (which is ``re``: no name twice); the one date is read again with _ONE
_ONE_PLAIN: Final = re.sub(r"\(\?P<\w+>", "(?:", _one_date(_REL_D_IN_TEXT))
# Separator dates 2024.10.09 / 2024-10-09 / 2024/10/09
_YMD: Final = (r"(?<![\d.\-/])(?P<y>(?:19|20)\d\d)(?P<s>[./-])(?P<m>1[0-2]|0?[1-9])(?P=s)"
               r"(?P<d>3[01]|[12]\d|0?[1-9])(?![\d])(?![./-]\d)")
# Year ranges with or without 年 (2023—2025年, 2013-2020; 2023/2024学年, a school year), bare years
# (2021干的怎么样).
_YEAR_RANGE: Final = (r"(?<![\d.\-/A-Za-z])(?P<y1>(?:19|20)\d\d)\s?(?:-|—{1,2}|–|~|至|到|/(?=\d{4}学年))\s?"
                      r"(?P<y2>(?:19|20)\d\d)(?![\d.%‰A-Za-z])年?")
# A bare year stands at the start of a text, line or clause, or after a word that introduces
# a time (于 在 至 到 从 自 截至 是 迎); after other words (达2000, 海拔2000) it is an amount.
_BARE_YEAR: Final = (r"(?:(?<=^)|(?<=[\s,，。;；:：!！?？、(（“\"《【\]】》”于在至到从自止是迎]))"
                     r"(?P<by>19[5-9]\d|20[0-4]\d)(?![\d.\-/:A-Za-z%‰〕\])多余])")

# Cheap look-aheads before the month ranges and 前三季度, which most places fail: the separator
# of a range comes at most 8 characters after its start (a year with 年: 5, a month: 2, a space),
# 3 after a month alone; 前 at offset 0, 2 (after a relative year) or 5 (after a year with 年).
# They only spare the trial of the whole branch (tests/test_date_gates.py compares).
_SEP_WITHIN: Final = r"(?=[^至到\-—–~]{{0,{}}}+[至到\-—–~])"
_FQ_GATE: Final = r"(?=(?:..(?:...)?)?[前首])"
# A month or quarter listed before another that writes 月 or 季度 for both (7、8月份, 二、三季度):
# a DATE of its own (SPEC conventions: bare numbers in a list share the list's unit). Both in the
# same script: a heading numeral before a month (二、5月份以来) is no list.
_LIST_M: Final = r"(?<![\d.])(?:1[0-2]|0?[1-9])(?!\d)"
# Cheap look-ahead before the list branch: its 、 comes at most 7 characters after its start
# (a year with 年, 5; a month, 2)
_LIST_GATE: Final = r"(?=[^、]{0,7}+、)"
_LIST_MC: Final = r"(?<![一二三四五六七八九十])(?:十[一二]?|[一二三四五六七八九])(?![一二三四五六七八九十])"
# The first months of a year (前10个月, 今年前8月): up to 11, as 1至11月.
_FM_N: Final = r"1[01]|[2-9]|十一|十|[二两三四五六七八九]"
# Without a year word, 前10个月 is the year's first months only where a period opens a clause,
# at a text's or clause's start, after a word that introduces a time, or after a scope word
# (全市前10个月); elsewhere 前 ends a word or means "before" (提前3个月, 上市前3个月, 工程前3个月 are
# durations).
_FM_OPEN: Final = r"(?:(?<=^)|(?<=[\s,，。;；:：、(（“于在至到比较从自与和])|(?<=[全我本该][市省县区国]))"
# One look-ahead before the branches from ymr to dr, which each need a range separator, a 、 or
# 前/首 at most 12 characters on (their own gates above): most places have none, and one scan
# spares the trial of six branches (tests/test_date_gates.py compares).
_RARE_GATE: Final = r"(?=[^至到\-—–~、前首]{0,12}+[至到\-—–~、前首])"
_FINDER_PATTERN: Final = (
    rf"(?P<ymd>{_YMD})|(?P<yr>{_YEAR_RANGE})"
    rf"|{_RARE_GATE}(?:(?P<ymr>{_SEP_WITHIN.format(10)}(?:(?P<ymr_y>{_Y}){_S}年|(?P<ymr_ry>{_REL_Y})){_S}(?P<ymr_m1>{_M}){_SEP}(?P<ymr_m2>{_M}){_S}月份?)"
    rf"|(?P<fq>{_FQ_GATE}(?:(?P<fq_y>{_Y})年|(?P<fq_ry>{_REL_Y}))?(?:前(?P<fq_n>[二两三2-3])(?:个)?季度|首(?P<fq_hk>[二两三2-3])季度?))"
    rf"|(?P<fm>{_FQ_GATE}(?:(?P<fm_y>{_Y})年|(?P<fm_ry>{_REL_Y})|{_FM_OPEN})[前首](?P<fm_n>{_FM_N})个?月)"
    rf"|(?P<qr>(?=(?:..(?:...)?)?第?[一二三1-3](?:个?季度)?\s?[至到\-—–~])(?:(?P<qr_y>{_Y})年|(?P<qr_ry>{_REL_Y}))?第?(?P<qr_a>[一二三1-3])(?:个?季度)?"
    rf"{_SEP}第?(?P<qr_b>[二三四2-4])个?季度)"
    rf"|(?P<ml>{_LIST_GATE}(?:(?P<ml_y>{_Y})年|(?P<ml_ry>{_REL_Y}))?(?:(?P<ml_m>{_LIST_M})(?=(?:、{_LIST_M})+月)"
    rf"|(?P<ml_mc>{_LIST_MC})(?=(?:、{_LIST_MC})+月)"
    rf"|第?(?:(?P<ml_q>[1-3])(?=(?:、第?[2-4])+季度)|(?P<ml_qc>[一二三])(?=(?:、第?[二三四])+季度))))"
    rf"|(?P<dr>{_SEP_WITHIN.format(12)}(?:(?:(?P<dr_y>{_Y})年|(?P<dr_ry>{_REL_Y}))?(?P<dr_m>{_M})月)?"
    rf"(?P<dr_d1>{_D}){_SEP}(?P<dr_d2>{_D})(?(dr_m)[日号]|日)(?![元币内])))"
    rf"|(?P<one>{_ONE_PLAIN}(?:{_SEP}{_ONE_PLAIN})?)"
    rf"|(?P<mr>{_SEP_WITHIN.format(3)}(?P<m1>{_M}){_SEP}(?P<m2>{_M}){_S}月份?)"
    rf"|(?P<bare>{_BARE_YEAR})"
)


@lru_cache(maxsize=None)
def _rx() -> tuple[re.Pattern[str], Any, Any, Any]:
    """(finder, one-date, separator, finder in ``regex``), compiled on first use (import stays
    cheap). The finder, tried at every anchor, is ``re`` (twice as fast there); _ONE needs
    ``regex`` (a name in several branches)."""
    finder = optional_as_branch(_FINDER_PATTERN)  # the same matches, cheaper to try
    return re.compile(finder), regex.compile(_ONE), regex.compile(_SEP), regex.compile(finder)


def _finder(text: str) -> Any:  # a pattern of ``re`` or of ``regex``
    """The finder for ``text``: ``re``, unless ``re`` and ``regex`` could read it apart: ``\\s``
    is \\x1c-\\x1f to ``re`` only, and digits of recent scripts (beyond the Basic Multilingual
    Plane) are ``\\d`` to ``regex`` only (newer Unicode tables)."""
    rx = _rx()
    if len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text) or (
            "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text):  # (not a generator: compiled, cheaper)
        return rx[3]
    return rx[0]


def _int(s: str | None) -> int | None:
    if s is None:
        return None
    v = parse_number(s) if not s.isdigit() else int(s)
    if v is None or v != int(v):
        return None
    return int(v)


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


class _Parts:
    __slots__ = ("y", "m", "d", "q", "h")

    # y, m, d: numbers, or "XXXX" / "XX" when relative without a publication date
    def __init__(self, y: int | str | None = None, m: int | str | None = None, d: int | str | None = None,
                 q: int | None = None, h: int | None = None) -> None:
        self.y, self.m, self.d, self.q, self.h = y, m, d, q, h


def _parts(text: str, pub: _dt.date | None) -> _Parts | None:
    """Components of one date; ``y`` is an int, or ``"XXXX"`` when relative without ``pub``."""
    mt = _rx()[1].fullmatch(text)
    if mt is None:
        return None
    g = mt.groupdict()
    p = _Parts()
    if g["rd"]:
        if pub is None:
            p.y, p.m, p.d = "XXXX", "XX", "XX"
        else:
            day = pub + _dt.timedelta(days=_REL_DAY[g["rd"]])
            p.y, p.m, p.d = day.year, day.month, day.day
        return p
    if g["rm"]:
        if pub is None:
            p.y, p.m = "XXXX", "XX"
        else:
            p.y, p.m = _shift_month(pub.year, pub.month, _REL_MONTH[g["rm"]])
        if g["rmd"]:  # 本月15日, 上月20日: a day of that month
            p.d = _int(g["rmd"])
            if p.d is None or not 1 <= p.d <= 31:
                return None
        return p
    if g["y"]:
        p.y = _int(g["y"])
    elif g["ry"]:
        p.y = pub.year + _REL_YEAR[g["ry"]] if pub else "XXXX"
    if g["q"]:
        p.q = _int(g["q"])
    elif g["qf"]:  # 首季: the first quarter
        p.q = 1
    if g["h"]:
        p.h = 1 if g["h"] == "上" else 2
    p.m, p.d = _int(g["m"]), _int(g["d"])
    if p.m is not None and not 1 <= p.m <= 12:
        return None
    if p.d is not None and not 1 <= p.d <= 31:
        return None
    return p


def _resolve(p: _Parts, pub: _dt.date | None) -> None:
    """Fill a year-less (and month-less) date from the publication date."""
    if pub is None:
        return
    if p.y is None and (p.m or p.d or p.q or p.h):
        p.y = pub.year
        if p.m is None and p.d is not None and p.q is None and p.h is None:
            # a bare day takes the publication month, even when the day is still to come (SPEC
            # conventions resolve year-less dates mechanically, "even when the event was
            # probably earlier")
            p.m = pub.month


def _iso(p: _Parts) -> str | None:
    y = f"{p.y:04d}" if isinstance(p.y, int) else p.y
    if p.q:
        return f"{y or 'XXXX'}-Q{p.q}"
    if p.h:
        return f"{y or 'XXXX'}-H{p.h}"
    m = f"{p.m:02d}" if isinstance(p.m, int) else p.m
    d = f"{p.d:02d}" if isinstance(p.d, int) else p.d
    if isinstance(p.m, int) and isinstance(p.d, int):
        try:  # a year-less date must exist in some year (2000 is a leap year)
            _dt.date(p.y if isinstance(p.y, int) else 2000, p.m, p.d)
        except ValueError:
            return None
    if y:
        return "-".join(x for x in (y, m, d if m else None) if x)
    if m:
        return f"--{m}-{d}" if d else f"--{m}"
    if d:
        return f"---{d}"
    return None


def parse_date(text: str, pub: _dt.date | None = None) -> tuple[str, str | None, str | None] | None:
    """(value, low, high) of a date or date range as written, or None."""
    m = _finder(text).fullmatch(text)
    if m is None:
        return None
    return _value(m, pub)


def _value(m: Any, pub: _dt.date | None) -> tuple[str, str | None, str | None] | None:
    if m.lastgroup == "one":  # the most frequent kind first (a branch of the finder closes last)
        return _one_value(m.group("one"), pub)
    if m.group("ymd"):
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        try:
            return _dt.date(y, mo, d).isoformat(), None, None
        except ValueError:
            return None
    if m.group("yr"):
        y1, y2 = m.group("y1"), m.group("y2")
        if int(y2) <= int(y1):
            return None
        return y1, y1, y2
    if m.group("bare"):
        return m.group("by"), None, None
    if m.group("ymr"):
        m1, m2 = _int(m.group("ymr_m1")), _int(m.group("ymr_m2"))
        year = _range_year(m.group("ymr_y"), m.group("ymr_ry"), pub)
        if not (m1 and m2 and 1 <= m1 < m2 <= 12):
            return None
        lo, hi = f"{year}-{m1:02d}", f"{year}-{m2:02d}"
        return lo, lo, hi
    if m.group("fq"):  # 前三季度: the first three quarters
        year = _range_year(m.group("fq_y"), m.group("fq_ry") or "今年", pub)
        n = _int((m.group("fq_n") or m.group("fq_hk")).replace("两", "二"))
        return f"{year}-Q1", f"{year}-Q1", f"{year}-Q{n}"
    if m.group("fm"):  # 今年前10个月, 2024年首十个月, 前8月: the year's first months, as 1至10月
        n = _int(m.group("fm_n").replace("两", "二"))
        if not n or not 2 <= n <= 11:
            return None
        year = _range_year(m.group("fm_y"), m.group("fm_ry"), pub)
        return f"{year}-01", f"{year}-01", f"{year}-{n:02d}"
    if m.group("qr"):  # 一至三季度, 1—3季度: quarters sharing 季度
        q1, q2 = _int(m.group("qr_a")), _int(m.group("qr_b"))
        if not (q1 and q2 and q1 < q2):
            return None
        year = _range_year(m.group("qr_y"), m.group("qr_ry") or "今年", pub)
        return f"{year}-Q{q1}", f"{year}-Q{q1}", f"{year}-Q{q2}"
    if m.group("ml"):
        return _list_item(m, pub)
    if m.group("dr"):
        return _day_range(m, pub)
    if m.group("mr"):
        m1, m2 = _int(m.group("m1")), _int(m.group("m2"))
        if not (m1 and m2 and 1 <= m1 < m2 <= 12):
            return None
        a, b = _Parts(m=m1), _Parts(m=m2)
        _resolve(a, pub)
        _resolve(b, pub)
        first, last = _iso(a), _iso(b)
        return (first, first, last) if first and last else None
    return _one_value(m.group("one"), pub)


def _list_item(m: Any, pub: _dt.date | None) -> tuple[str, str | None, str | None] | None:
    """The first month or quarter of a list that writes 月 or 季度 once (7、8月份, 二、三季度)."""
    y: int | str | None = _int(m.group("ml_y"))
    ry = m.group("ml_ry")
    if ry:
        y = pub.year + _REL_YEAR[ry] if pub else "XXXX"
    q = _int(m.group("ml_q") or m.group("ml_qc"))
    mo = None if q else _int(m.group("ml_m") or m.group("ml_mc"))
    if mo is not None and not 1 <= mo <= 12:
        return None
    p = _Parts(y=y, m=mo, q=q)
    _resolve(p, pub)
    v = _iso(p)
    return (v, None, None) if v else None


def _day_range(m: Any, pub: _dt.date | None) -> tuple[str, str | None, str | None] | None:
    """11月25—26日, 25至26日: two days sharing 日 (and the month and year written before the
    first), one DATE range; the month and year left out come from the publication date."""
    d1, d2 = _int(m.group("dr_d1")), _int(m.group("dr_d2"))
    if not (d1 and d2 and d1 < d2):
        return None
    y: int | str | None = _int(m.group("dr_y"))
    ry = m.group("dr_ry")
    if ry:
        y = pub.year + _REL_YEAR[ry] if pub else "XXXX"
    mo = _int(m.group("dr_m"))
    a, b = _Parts(y=y, m=mo, d=d1), _Parts(y=y, m=mo, d=d2)
    _resolve(a, pub)
    _resolve(b, pub)
    lo, hi = _iso(a), _iso(b)
    return (lo, lo, hi) if lo and hi else None


@lru_cache(maxsize=4096)
def _one_value(text: str, pub: _dt.date | None) -> tuple[str, str | None, str | None] | None:
    """(value, low, high) of one date or a range of two, read from ``text`` alone (so the
    same words, 3月 or 2023年, are read once)."""
    sep = None
    # split a range into its two dates
    _, one_rx, sep_rx, _ = _rx()
    for s in sep_rx.finditer(text):
        left, right = text[:s.start()], text[s.end():]
        if one_rx.fullmatch(left) and one_rx.fullmatch(right):
            sep = (left, right)
            break
    if sep is None:
        p = _parts(text, pub)
        if p is None:
            return None
        _resolve(p, pub)
        v = _iso(p)
        return (v, None, None) if v else None
    a, b = _parts(sep[0], pub), _parts(sep[1], pub)
    if a is None or b is None:
        return None
    # the second date inherits what it leaves out (7月14日至16日)
    if b.y is None and b.q is None and b.h is None:
        b.y = a.y
        if b.m is None and b.d is not None:
            b.m = a.m
    _resolve(a, pub)
    _resolve(b, pub)
    lo, hi = _iso(a), _iso(b)
    if not lo or not hi:
        return None
    return lo, lo, hi


_REL_TWO: Final = sorted(w for w in (*_REL_YEAR, *_REL_DAY, *_REL_MONTH) if len(w) == 2)  # 今年, 昨天, 本月
# Where a date can start: a digit or Chinese numeral that begins a number, or a relative word.
# A numeral anchors only when its run of digits is followed by a date word or separator, or
# when it opens a four-digit year (separator dates, year ranges, bare years): 3亿元, 120家,
# 1号, 3.5 never enter Python. The pattern consumes one character of a class first, which
# ``re`` skips to fast, then tells the cases apart by looking back at it.
#: Looking back from after a digit: it opens its run of digits (and no decimals).
DIGIT_RUN_START: Final = r"(?<=\d)(?<![\d.]\d)"
#: From after such a digit: a date can start at it (a date word or separator after the run, or 19xx/20xx).
#: Written as \d*\s?[…]|\d?(?:、\d\d?)+(?:月|季度)|(?<=1)9\d\d|(?<=2)0\d\d with each branch opened
#: by a character or class (its first repeat unrolled, 19 and 20 looked back at after the 9 or 0,
#: the run of digits possessive: neither \s nor the class after it holds a digit),
#: which ``re`` skips at once when the next character is none of its own: most digits are
#: followed by 亿, 万, 元 (tests/test_figure_speed_s21i.py compares the two).
DIGIT_ANCHOR: Final = (r"(?=[年月日季\-—–~至到]|\s[年月日季\-—–~至到]|\d\d*+\s?[年月日季\-—–~至到]"
                       r"|、\d\d?(?:、\d\d?)*(?:月|季度)|\d、\d\d?(?:、\d\d?)*(?:月|季度)|9(?<=19)\d\d|0(?<=20)\d\d)")
_WORD_ANCHORS: Final = (r"(?<=[一二三四五六七八九十〇零○])(?<![一二三四五六七八九十〇零○两].)"
                        r"(?=[一二三四五六七八九十〇零○两]*\s?[年月日季至到\-—–~]|[一二三四五六七八九十]?(?:、[一二三四五六七八九十]{1,2})+(?:月|季度))"
                        r"|(?<=[今本明去前后当昨上下第首])"
                        r"(?:[年天日月](?<=" + "|".join(_REL_TWO) + r")|个月|半年|[一二三四1-4](?:个?季度|[至到\-—–~]|(?<=第.)、)"
                        rf"|(?<=[前首])(?=(?:{_FM_N})个?月))"
                        r"|(?<=首)(?:季|[二两三2-3]季)")  # 首季度, 首三季度: the press's first quarter(s)
_ANCHOR: Final = re.compile(rf"[\d一二三四五六七八九十〇零○今本明去前后当昨上下第首](?:{DIGIT_RUN_START}{DIGIT_ANCHOR}|{_WORD_ANCHORS})")
# The anchors that are no digit: one scan of these is cheaper than of _ANCHOR (most numeral
# characters of a text are digits), for a caller that found the digit anchors in its own scan.
_WORD_ANCHOR: Final = re.compile(rf"[一二三四五六七八九十〇零○今本明去前后当昨上下第首](?:{_WORD_ANCHORS})")


def find_dates(text: str, pub: _dt.date | None,
               places: list[int] | None = None) -> Iterator[tuple[int, int, str, str | None, str | None, str]]:
    """(start, end, value, low, high, kind) for each date in ``text``.

    The full pattern is tried only where a date can start (one C-speed scan finds those
    places), which keeps the pass fast on long texts; ``places`` (ascending), when given, are
    the anchors to try (a caller leaves out those inside its figures, 3亿元).
    """
    return iter(dates_in(text, pub, places))


def dates_in(text: str, pub: _dt.date | None,
             places: list[int] | None = None) -> list[tuple[int, int, str, str | None, str | None, str]]:
    """``find_dates`` as a list (compiled, a list costs less than a generator's steps)."""
    out: list[tuple[int, int, str, str | None, str | None, str]] = []
    last = 0
    finder = _finder(text)
    prev: tuple[int, str] | None = None  # the end and value of the last date of one day
    listed: tuple[int, str] | None = None  # the end and year of a list's first month with its year
    for s in anchors(text) if places is None else places:
        if s < last:
            continue
        m = finder.match(text, s)
        if m is None:
            continue
        last = m.end()  # an invalid date (2020年2月30日) hides its parts too
        day = _range_day(text, prev, m) if prev is not None else None
        v = _value(m, pub) if day is None or prev is None else _with_day(prev[1], day)
        if v is None:
            continue
        inherit = listed is not None and m.start() == listed[0] + 1 and "年" not in m.group() and v[0][:4].isdigit()
        if listed is not None and inherit:
            v = (listed[1] + v[0][4:], None, None)  # 2023年11、12月: the year written for the list's first item
        listed = (m.end(), v[0][:4]) if m.lastgroup == "ml" and (inherit or m.group("ml_y") or m.group("ml_ry")) else None
        prev = (m.end(), v[0]) if v[1] is None and _DAY_VALUE.fullmatch(v[0]) else None
        out.append((m.start(), m.end(), v[0], v[1], v[2], m.lastgroup or "date"))
    return out


# 7月20日8时至21日8时: a time of day after the first date of a range keeps the second, a bare
# day, in the first's month and year (as 7月20日至21日 and 7月20日8时至7月21日8时 are read)
_TIME_OF_DAY: Final = (r"(?:凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜间)?"
                       r"(?:(?:[01]?\d|2[0-4]|[零一二两三四五六七八九十]{1,3})[时点](?:[0-5]?\d分|[一二三四五]?十[一二三四五六七八九]?分|半|整)?)?")
_TIME_THEN_SEP: Final = re.compile(rf"(?=\S){_TIME_OF_DAY}\s?(?:至|到|-|—{{1,2}}|–|~)\s?")
_BARE_DAY: Final = re.compile(rf"(?P<d>{_D})日")
_DAY_VALUE: Final = re.compile(r"(?:\d{4}|-)-\d\d-\d\d")


def _range_day(text: str, prev: tuple[int, str], m: Any) -> int | None:
    """The day of ``m`` when it is a bare day (21日) after the first date of a range, which ends
    at ``prev[0]``, with a time of day and a separator between (8时至); else None."""
    between = _TIME_THEN_SEP.fullmatch(text, prev[0], m.start())
    day = _BARE_DAY.fullmatch(m.group()) if between is not None and between.end() > prev[0] else None
    return _int(day.group("d")) if day is not None else None


def _with_day(first: str, d: int) -> tuple[str, str | None, str | None] | None:
    """The date ``first`` (2024-07-20, --07-20) with its day set to ``d``; None when that day
    does not exist (a year-less date must exist in some year: 2000 is a leap year)."""
    try:
        _dt.date(int(first[:4]) if first[0] != "-" else 2000, int(first[-5:-3]), d)
    except ValueError:
        return None
    return f"{first[:-3]}-{d:02d}", None, None


def anchors(text: str, digits: list[int] | None = None) -> list[int]:
    """The places of ``text`` where a date can start (_ANCHOR), ascending. ``digits``, when
    given, are the digits among them (the figure matcher's scan finds them), and only the
    others are scanned for: a digit inside a relative word's match (第2季度) is none, as
    _ANCHOR's scan goes on after that match."""
    if digits is None:
        return [a.start() for a in _ANCHOR.finditer(text)]
    out: list[int] = []
    i, n = 0, len(digits)
    for a in list(_WORD_ANCHOR.finditer(text)):  # the scan in one burst (faster than between the steps below)
        s, e = a.span()
        while i < n and digits[i] < s:
            out.append(digits[i])
            i += 1
        out.append(s)
        while i < n and digits[i] < e:
            i += 1
    out.extend(digits[i:])
    return out


def _range_year(written: str | None, relative: str | None, pub: _dt.date | None) -> str:
    """The year of a range: written (2024年), relative to publication (今年), or XXXX."""
    if written:
        return f"{_int(written):04d}"
    if pub is not None:
        return f"{pub.year + (_REL_YEAR.get(relative, 0) if relative is not None else 0):04d}"
    return "XXXX"


# Taiwan (民国) years: the year of the Republic + 1911 (民国113年 → 2024). Right after 民国 any
# year of two or three digits; elsewhere, in a text that has named 民国 before, a bare 100-119
# 年 (113年底, 114年8月31日), unless a word of length follows (113年来, 113年历史).
_ROC_OFFSET: Final = 1911
_ROC_RX: Final = re.compile(
    r"(?:(?<=民国)(?P<y>\d{2,3})|(?<![\d.])(?P<by>1[01]\d))年(?!来|间|之|历史|以来|多|余|半|[前后内])"
    r"(?:(?P<m>1[0-2]|0?[1-9])(?:(?:至|到|-|—{1,2})(?P<m2>1[0-2]|0?[1-9]))?月(?:份|(?P<d>3[01]|[12]\d|0?[1-9])[日号])?)?")


def find_roc_dates(text: str) -> Iterator[tuple[int, int, str, str | None, str | None]]:
    """(start, end, value, low, high) of each 民国 year in ``text`` (with the month, day or
    months written after it: 民国114年8月31日 → 2025-08-31; 民国113年1至3月 → 2024-01..03);
    民国 itself stays outside the span, as 底 and 初 do. None before the first 民国."""
    first = text.find("民国")
    if first < 0:
        return
    for m in _ROC_RX.finditer(text, first + 2):
        y = int(m.group("y") or m.group("by")) + _ROC_OFFSET
        mo, mo2, d = m.group("m"), m.group("m2"), m.group("d")
        if mo2 is not None:
            if d is not None or int(mo2) <= int(mo):
                continue
            lo, hi = f"{y:04d}-{int(mo):02d}", f"{y:04d}-{int(mo2):02d}"
            yield m.start(), m.end(), lo, lo, hi
            continue
        if d is not None:
            try:
                v = _dt.date(y, int(mo), int(d)).isoformat()
            except ValueError:
                continue
        else:
            v = f"{y:04d}-{int(mo):02d}" if mo is not None else f"{y:04d}"
        yield m.start(), m.end(), v, None, None


# Years of the common era written with 公元 (公元618年, 公元前221年): a DATE, not 618 years. Before
# the era (前) the ISO 8601 year is astronomical, 1 BC being 0000 (公元前221年 → -0220); 公元 and
# 公元前 stay outside the span, as 民国 does.
_AD_RX: Final = re.compile(
    r"(?<=公元)(?P<bc>前)?(?P<y>\d{1,4})年(?!来|间|之|历史|以来|多|余|半|[前后内])"
    r"(?:(?P<m>1[0-2]|0?[1-9])月(?:(?P<d>3[01]|[12]\d|0?[1-9])[日号])?)?")


def find_ad_years(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, value) of each year written after 公元 or 公元前 in ``text`` (with the month
    and day of a year of the era after it: 公元618年6月 → 0618-06); none without 公元."""
    first = text.find("公元")
    if first < 0:
        return
    for m in _AD_RX.finditer(text, first + 2):
        y = int(m.group("y"))
        if m.group("bc"):
            if y == 0:
                continue
            yield m.start("y"), m.end("y") + 1, f"-{y - 1:04d}"
            continue
        mo, d = m.group("m"), m.group("d")
        if d is not None:
            try:
                v = _dt.date(max(y, 1), int(mo), int(d)).isoformat()
            except ValueError:
                continue
            yield m.start(), m.end(), v
        elif mo is not None:
            yield m.start(), m.end(), f"{y:04d}-{int(mo):02d}"
        else:
            yield m.start(), m.end("y") + 1, f"{y:04d}"
