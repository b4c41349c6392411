"""Figure matchers: numbers with units (MONEY ENERGY POWER AREA LENGTH MASS PERCENT COUNT
DURATION) and dates (DATE), normalised exactly to the canonical units of the span spec.

Units come from ``data/units.tsv``, qualifier words from ``data/qualifiers.tsv``, set phrases
whose numbers are names from ``data/not_figures.tsv``, cue words (implied counted nouns, 块 as
money, words that only look like qualifiers, rates) from ``data/figure_cues.tsv``; dates are
in ``dates.py``, the number grammar and its numeral classes in ``numbers.py``. All patterns
are linear (atomic numbers, bounded look-arounds). Values are exact: a decimal number with
magnitude words is read as integers scaled by powers of ten (16.4亿 is 164 × 10^8 / 10), other
forms as ``Fraction``s, and the float is rounded once at the end. The wheel compiles this package
with mypyc (see ``hatch_build.py``); the annotations are what it compiles by, so they must be true.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import math
import operator
import re
from fractions import Fraction
from functools import lru_cache, partial
from typing import Any, Callable, Final, Iterable, Iterator, NamedTuple

import regex  # type: ignore[import-untyped]

from ..candidate import Candidate, Context
from .dates import DIGIT_ANCHOR, DIGIT_RUN_START, anchors, dates_in, find_ad_years, find_roc_dates, parse_date
from .numbers import (ARABIC_LED, BIG_UNITS, CN_NUMBER_START, MAGNITUDES, NUMBER_CHARS, NUMBER_PATTERN, SMALL_UNITS,
                      optional_as_branch, parse_number, parse_ratio, to_plain)
from .tables import Unit, load_cues, load_not_figures, load_qualifiers, load_units

__all__ = ["FigureMatcher", "load_units", "load_qualifiers", "parse_money", "parse_date",
           "parse_number", "to_plain", "COMPILED"]

#: True when these rules run as C extension modules compiled by mypyc (an installed wheel);
#: False when they run as Python (an editable install, or a build with ``LUOYANG_NLP_PURE=1``).
COMPILED: bool = not __file__.endswith(".py")

PRIORITY: Final = 10
_CUR_PREFIX: Final = {"人民币": "CNY", "港币": "HKD", "港元": "HKD", "美元": "USD", "欧元": "EUR",
                      "日元": "JPY", "英镑": "GBP", "新台币": "TWD", "台币": "TWD", "澳元": "AUD"}
# 人民币 after 元 stays outside the span (SPEC conventions); another currency written after 元
# decides it (380亿元新台币 TWD, 5亿元美金 USD, 3亿元港币 HKD)
_CUR_SUFFIX: Final = {"欧元": "EUR", "美元": "USD", "美金": "USD", "日币": "JPY", "日元": "JPY",
                      "港币": "HKD", "港元": "HKD", "新台币": "TWD", "台币": "TWD", "澳门币": "MOP", "澳门元": "MOP"}
_CN_DIGIT: Final = "一二三四五六七八九"
_DIGIT_VAL: Final = {c: i + 1 for i, c in enumerate(_CN_DIGIT)} | {"两": 2, "零": 0, "〇": 0}
_DIGIT_VAL.update({str(i): i for i in range(10)})
_SEP: Final = r"(?:至|到|-{1,2}|—{1,2}|–|~)"
_ONE_COUNT_AFTER: Final = "上下共有计仅只达"  # 地下一层, 仅一家: a real count of one
_PUNCT_END: Final = set("，,。.;；:：!！?？、)）”\"' \n\t") | {""}


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_Trie = dict[str, "_Trie"]  # a node: its next characters ("" where a word ends)


def _trie(words: Iterable[str]) -> str:
    """The alternation of ``_alt`` written as a trie (a shared start written once): the same
    matches in the same order, as longer words are still tried first, but ``re`` reads each
    character once instead of trying every word (the unit list has two hundred)."""
    root: _Trie = {}
    for w in set(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_node(root)


def _trie_node(node: _Trie) -> str:
    """The pattern of one trie node: its branches, optional when a word ends there; branches
    of one character that end a word are one character class (one step for ``re``)."""
    ends = sorted(ch for ch, sub in node.items() if ch and sub == {"": {}})
    if len(ends) < 2:
        ends = []
    alts = [f"[{_cls(ends)}]"] if ends else []
    alts += [re.escape(ch) + _trie_node(sub) for ch, sub in sorted(node.items()) if ch and ch not in ends]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


def _cls(chars: Iterable[str]) -> str:
    """A regex character class body for ``chars``."""
    return "".join("\\" + c if c in "\\]^-[" else c for c in sorted(set(chars)))


_NUM_CHARS: Final = rf"\d.,\s{NUMBER_CHARS}几kK"


def _word_gate(words: Iterable[str], most: int = 3) -> tuple[str, ...]:
    """The words of ``words`` that hold no other of them (行政拘留 holds 拘留): a text holds one
    of ``words`` if and only if it holds one of these. Empty when there are more than ``most``:
    a scan of the alternation is cheaper then than a ``str.__contains__`` per word."""
    ws = set(words)
    out = tuple(sorted(w for w in ws if not any(v != w and v in w for v in ws)))
    return out if len(out) <= most else ()


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words`` (a loop: compiled, no generator for ``any``)."""
    for w in words:
        if w in text:
            return True
    return False


def _is_latin(s: str) -> bool:
    return s.isascii() and any(c.isalpha() for c in s)


# (scan hit, number start, core match or None, pct): FigureMatcher._core_matches
_CoreMatch = tuple[int, int, "re.Match[str] | None", "bool | None"]


class FigureMatcher:
    """Finds every figure label of the span spec in normalised text (``matcher(text, ctx)``)."""

    name = "figures"
    #: every value, low and high returned fits a float (``fits_float``), so the pipeline
    #: need not check them again
    finite_values = True

    def __init__(self, lenient: bool = False) -> None:
        # lenient: the standalone money parser (parse_money) reads the qualifier synonyms too
        # and takes 块 as money always; the matcher of running text follows the SPEC list
        self.lenient = lenient
        self._rx: re.Pattern[str] | None = None  # the patterns of _compile, on first use
        self._rx_digit: re.Pattern[str] | None = None
        self._not_rx: re.Pattern[str] | None = None
        self._speed_rx: re.Pattern[str] | None = None
        self._eras: tuple[str, ...] = ()
        # (gate words, cue words or None, N日 as days)
        self._day_rxs: list[tuple[tuple[str, ...], re.Pattern[str] | None, re.Pattern[str]]] = []
        self._sessions: list[tuple[str, re.Pattern[str]]] = []
        self._zero_rx: re.Pattern[str] | None = None

    def __getstate__(self) -> dict[str, bool]:
        return {"lenient": self.lenient}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.lenient = state.get("lenient", False)
        self._rx = None
        self._rx_digit = None
        self._not_rx = None
        self._speed_rx = None
        self._eras = ()
        self._day_rxs = []
        self._sessions = []
        self._zero_rx = None

    # -- patterns ----------------------------------------------------------------------
    def _compile(self, rewrite: Callable[[str], str] = optional_as_branch) -> None:
        """The matcher's patterns, each passed through ``rewrite`` (``optional_as_branch``: the same
        matches, cheaper to try; the tests compile them also without it and compare)."""
        units = load_units()
        quals = self._quals = load_qualifiers(not self.lenient)
        after_num = _alt(w for w, (_, pos) in quals.items() if pos == "after_number")
        after = _alt(w for w, (_, pos) in quals.items() if pos == "after")
        unit = _trie(units)
        # a Chinese numeral right after 数/几 is read with it (数十亿, 几百: the second branch),
        # never alone from its magnitude; digits after a word ending in 数 are a number (人数86万)
        num = (rf"(?:(?:(?<![数几])|(?=\d))(?>{NUMBER_PATTERN})(?:(?<=\d)[kK](?![A-Za-z])|几[十百千万亿]*)?"
               rf"|(?<![\d{_CN_DIGIT}十百千万亿])[数几][十百千万亿]+"
               rf"|(?<![\d{_CN_DIGIT}十百千万亿两零〇])(?:百|千|万)(?=[余多])"
               rf"|(?:(?<=[近约超逾])|{_SHANG})(?:百|千|万)(?![\d{_CN_DIGIT}十百千万亿两])"
               rf"|{_BARE_MAG}|{_HALF})")
        # jiao and fen after the yuan (4元5角); 十二块五: a lone digit after 块 at the end of a clause is jiao
        money_tail = (rf"(?:(?<=块)[0-9{_CN_DIGIT}两](?=钱|[，。；,;！？!?\s”\"）)]|$)"
                      rf"|(?:零?[0-9{_CN_DIGIT}两][角毛])?(?:零?[0-9{_CN_DIGIT}两]分)?)钱?整?")
        # a range (3至5亿元, 3亿元-5亿元) has its separator within a unit word, (含) and a space
        # of the number: one look-ahead spares most numbers the trial of every unit word twice
        near_sep = rf"(?=[^至到\-—–~]{{0,{max(map(len, units)) + 4}}}+[至到\-—–~])"
        head = (rf"(?P<num>{num}|(?<=百分之)百)"
                rf"(?:{near_sep}(?P<u1>{unit})?(?:\(含\))?\s?(?P<sep>{_SEP})\s?(?:百分之|千分之)?"
                rf"(?P<num2>{num}))?"
                rf"(?P<mid>{after_num})?")
        post = rf"(?:\(含\))?(?P<post>{after})?"
        # matching starts at a number; qualifier, currency and 百分之 before it are read backwards
        # ``re`` (atomic groups, fixed-width look-behinds): faster matching and group access
        rest = (rf"(?:(?:个(?=亿)|(?<=[余多])(?=[万亿]))(?P<gemag>[万亿]+)(?!元))?\s?(?(u1)(?P<unit2>(?P=u1))|(?P<unit>{unit}))"
                rf"(?P<tail>(?<=[元圆块]){money_tail}(?:{_alt(_CUR_SUFFIX)})?)?" + post)
        self._rx = re.compile(rewrite(head + rest))
        # the same at a digit the start scan found opening its run (_Q, _QD): the one branch of the
        # number that opens with a digit, less the look-backs the scan has passed there (no digit,
        # point, or digit and thousands comma before it): the same matches, cheaper to try
        # (tests/test_figure_speed_s23g.py compares)
        head_digit = head.replace(f"(?P<num>{num}|(?<=百分之)百)", f"(?P<num>{_DIGIT_NUM})", 1)
        assert head_digit.startswith(f"(?P<num>{_DIGIT_NUM})")
        self._rx_digit = re.compile(rewrite(head_digit + rest))
        self._rx_pct = re.compile(rewrite(head + post))
        for rx, names in ((self._rx, _GROUPS), (self._rx_digit, _GROUPS), (self._rx_pct, _GROUPS_PCT)):  # _quantity unpacks them so
            assert tuple(sorted(rx.groupindex, key=rx.groupindex.__getitem__)) == names and rx.groups == len(names)
        self._before = sorted((w for w, (_, pos) in quals.items() if pos == "before"), key=len, reverse=True)
        self._cur = sorted(_CUR_PREFIX, key=len, reverse=True)
        self._not_rx = re.compile(rewrite(_trie(load_not_figures())))
        # one C-speed scan skips 进一步, 一致, 26日 without entering Python
        self._start_rx = re.compile(rewrite(_start_pattern(_start_follow(units, quals))))
        assert self._start_rx.groupindex == {"q": _Q, "qd": _QD, "d": _D, "qc": _QC} and self._start_rx.groups == 4
        self._prefix_end = frozenset("负-之 " + "".join(w[-1] for w in self._before + self._cur))
        assert "第" not in self._prefix_end  # _quantities tells an ordinal only outside the words before
        cues = load_cues()
        not_qual = cues.get("not_qualifier", {})
        # the words that only look like a qualifier before them: 签约 for 约
        self._not_qual_of = {w: tuple(nq for nq in not_qual if len(nq) > len(w) and nq.endswith(w))
                             for w in self._before}
        self._cur_any, self._before_any = tuple(self._cur), tuple(self._before)
        self._latin = frozenset(w for w in units if _is_latin(w))
        self._units = units
        # the units whose figures need no look at the words around (_unit_fits, _count_or_duration)
        self._free_units = frozenset(
            w for w, u in units.items() if u.next_chars is None and not u.needs_mag and not u.at_end and not u.not_after
            and not u.chain and not u.not_before and w not in self._latin and w != "块"
            and u.label not in ("COUNT", "DURATION"))
        # the counts whose only check is the slogan one (个, 家, 项: _count_or_duration)
        plain_counts = frozenset(
            w for w, u in units.items() if u.label == "COUNT" and u.next_chars is None and not u.needs_mag
            and not u.at_end and not u.not_after and not u.chain and not u.not_before and w not in self._latin)
        # per unit word: _plan of its Unit and its checks
        self._plans = {w: _plan(u, _FREE if w in self._free_units else _PLAIN_COUNT if w in plain_counts else _CHECKED)
                       for w, u in units.items()}
        self._money_cue = regex.compile(_alt(cues.get("money", {})))
        not_per = cues.get("not_per", {})
        self._per_rx = re.compile(rf"[/／](?:{_alt(not_per)})(?![A-Za-z])")
        # after money only a time makes a rate: a price per volume, mass or area is a unit price
        # (7.23元/升, 850元/吨)
        self._money_per_rx = re.compile(
            rf"[/／](?:{_alt(w for w, k in not_per.items() if k not in ('volume', 'amount'))})(?![A-Za-z])")
        # 10万吨级码头: a class of size (``grade``), unless the word is another (级别: ``not_grade``)
        self._grades = frozenset(cues.get("grade", {}))
        self._not_grades = tuple(cues.get("not_grade", {}))
        # 时速350公里: a length after a word of speed is a rate per time (no label)
        speed = cues.get("speed", {})
        self._speed_rx = re.compile(rf"(?:{_alt(speed)})(?:{_alt(cues.get('speed_link', {}))}){{0,2}}$") if speed else None
        meetings = cues.get("session_meeting", {})
        bodies = cues.get("session_body", {})
        self._sessions = [(term, _session_rx(term, cls, bodies, meetings)) for term, cls in cues.get("session", {}).items()
                          if meetings]
        before_day, after_day = cues.get("day_span", {}), cues.get("day_span_after", {})
        rxs = _day_span_rx(before_day, after_day, self._before, [w for w, (_, pos) in quals.items() if pos == "after"])
        # each pattern with a fast scan for its cue words first: most texts with 日 hold dates only,
        # and the pattern led by a number would try every digit; a few words are looked for with
        # ``in`` before that scan (_word_gate). The pattern of the words before the day opens with
        # those words itself: its own scan is that scan, and none is made before it (cue None)
        self._day_rxs = [(_word_gate(words), re.compile(_alt(words)) if words is not before_day else None, rx)
                         for words, rx in zip([w for w in (before_day, after_day) if w], rxs)]
        # N日内 (7日内, 30日内): within N days, a time limit, as 48小时内; 内 stays outside (日内瓦 is
        # Geneva), and so does 近 (近7日内: the last seven days, as 近五年来)
        self._day_rxs.append((("日内",), re.compile("日内(?!瓦)"), re.compile(
            rf"(?<![\d{CN_NUMBER_START}百月.至到\-—–~])(?P<pre>)(?P<num>{_DAY_NUM})日(?P<post>)(?=内(?!瓦))")))
        zero_words = cues.get("zero_word", {})
        # 找零三块五毛: a zero word, then a Chinese numeral that opens a number (group end: after 零)
        self._zero_rx = re.compile(rf"(?:{_alt(zero_words)})(?=[{_CN_NUM_CHARS}])") if zero_words else None
        self._lunar = tuple(cues.get("lunar", {}))
        self._eras = tuple(cues.get("era", {}))
        self._rank_units = frozenset(cues.get("rank_unit", {}))
        self._not_rank = tuple(cues.get("not_rank", {}))
        self._recent_after = tuple(sorted(cues.get("recent_after", {}), key=len, reverse=True))
        implied = cues.get("implied", {})
        self._implied = implied
        self._implied_cue = re.compile(_alt(implied)) if implied else None  # one fast ``re`` scan first
        self._implied_rx = regex.compile(
            rf"(?P<cue>{_alt(implied)})(?:{_alt(cues.get('implied_adverb', {}))})?(?:{_alt(cues.get('implied_link', {}))})?"
            rf"(?P<pre>{_alt(self._before)})?"
            rf"(?P<num>(?>{NUMBER_PATTERN}))(?:(?P<mid>[余多])(?P<mag>[万亿]+)?)?(?=[，。；、,;！？!?\s]|$)")

    def _prefix(self, text: str, s: int) -> _Prefix | None:
        """Words before the number at ``s``: pre (qualifier), cur, pct (百分之), neg, and where
        the figure starts; None when no such word can end there (most numbers)."""
        p = s
        if p == 0 or text[p - 1] not in self._prefix_end:
            return None
        pre = cur = pct = neg = None
        if (text[p - 1] == "负" or (text[p - 1] == "-" and (p < 2 or not _NEG_BLOCK.match(text[p - 2])))):
            neg = text[p - 1]
            p -= 1
        if text.endswith(_PCT_WORDS, 0, p):
            pct = text[p - 3:p]
            p -= 3
        q = p - 1 if p > 0 and text[p - 1] == " " else p
        if text.endswith(self._cur_any, 0, q):  # one C call before the loop, as for the qualifiers
            for w in self._cur:
                if text.endswith(w, 0, q):
                    k = q - len(w)
                    if k > 0 and (text[k - 1].isdigit() or text[k - 1] in _CN_NUM_CHARS):
                        break  # 4人民币 5美元: the currency word is the unit of the number before
                    cur = w
                    p = k
                    break
        if text.endswith(self._before_any, 0, p):
            for w in self._before:
                if text.endswith(w, 0, p):
                    if not text.endswith(self._not_qual_of[w], 0, p):
                        pre = w  # not 约 of 签约 (SPEC conventions)
                        p -= len(w)
                    break
        return _Prefix(pre, cur, pct, neg, p)

    # -- readings that lean on a neighbour -----------------------------------------------
    def _read(self, num: str, unit_word: str) -> Candidate | None:
        """``num`` read with ``unit_word`` as if written together (offsets from 0)."""
        t = num + unit_word
        rx = self._rx
        if rx is None:
            raise RuntimeError("FigureMatcher._compile has not run")
        m = rx.match(t, 0)
        if m is None or m.end() != len(t):
            return None
        return self._quantity(m, None, t)

    def _lists(self, text: str, cands: list[Candidate], units_at: dict[int, str]) -> list[Candidate]:
        """Bare numbers in a list share the unit written once (0.8和1.0个百分点; 分别为12亿元、8亿);
        a count before them whose classifier begins that unit word is read with it in place in
        ``cands`` (3.3个和1.6个百分点: 3.3个 is 3.3 pp)."""
        out: list[Candidate] = []
        n = len(text)
        # the figures next to a list word (most have none: the sets below are not built)
        listed = [c for c in cands if (c.start > 1 and text[c.start - 1] in _LIST_SEP)
                  or (c.end < n - 1 and text[c.end] in _LIST_SEP)]
        if not listed:
            return out
        taken = {c.start for c in cands}
        ends = {c.end: i for i, c in enumerate(cands)}
        for c in listed:
            uw = units_at.get(c.start)
            if uw is None or c.label in ("DATE", "DURATION") or c.low is not None:
                continue
            # backwards: 3.1、1.4、0.9和0.2个百分点
            pos = c.start
            while pos > 1 and text[pos - 1] in _LIST_SEP:
                i = ends.get(pos - 1)
                if i is not None:  # 3.3个和: a count whose classifier begins the unit word
                    r = self._classifier_sharer(text, cands[i], units_at, uw, c)
                    if r is None:
                        break
                    cands[i] = r
                    units_at[r.start] = uw
                else:
                    r = self._sharer(_BARE_BEFORE.search(text, max(0, pos - 24), pos - 1), uw, c, taken)
                    if r is None:
                        break
                    out.append(r)
                pos = r.start
            # forwards: 12亿元、8亿 (the bare number ends its clause or the list goes on: 、2.1亿和1.5亿)
            pos = c.end
            while pos < len(text) - 1 and text[pos] in _LIST_SEP:
                r = self._sharer(_BARE_AFTER.match(text, pos + 1), uw, c, taken)
                if r is None:
                    break
                out.append(r)
                pos = r.end
        return out

    def _classifier_sharer(self, text: str, item: Candidate, units_at: dict[int, str], uw: str,
                           c: Candidate) -> Candidate | None:
        """The count ``item`` of a list (3.3个) read with the list's unit word ``uw`` (个百分点)
        when its classifier begins that word, as a figure of the same label and unit as ``c``."""
        cw = units_at.get(item.start)
        if item.label != "COUNT" or item.low is not None or cw is None or cw == uw or not uw.startswith(cw):
            return None
        r = self._read(text[item.start:item.end - len(cw)], uw)
        if r is None or r.label != c.label or r.unit != c.unit:
            return None
        return r._replace(start=item.start, end=item.end)

    def _sharer(self, m: Any, uw: str, c: Candidate, taken: set[int]) -> Candidate | None:
        """The bare number ``m`` read with the list's unit word ``uw``, if it is a figure of
        the same label and unit as ``c`` and not already taken."""
        if m is None or m.start() in taken:
            return None
        r = self._read(m.group(), uw)
        if r is None or r.label != c.label or r.unit != c.unit:
            return None
        return r._replace(start=m.start(), end=m.end())

    def _symbols(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """Money after a currency symbol ($20, ￥300, US$5, HK$3亿): the symbol names the currency."""
        if not any(sym in text for sym in _SYMBOL_CHARS):  # a few C scans, none finds one in most texts
            return []
        by_start = {c.start: i for i, c in enumerate(cands)}
        out: list[Candidate] = []
        for m in _SYMBOL_RX.finditer(text):
            cur = _SYMBOLS[m.group("sym")]
            i = by_start.get(m.end("sym"))
            if i is not None:  # ￥300元: the amount is read already; take the symbol in
                c = cands[i]
                if c.label == "MONEY":
                    cands[i] = c._replace(start=m.start(), unit=cur if c.unit == "CNY" else c.unit)
                continue
            r = self._read(m.group("num"), "元")
            if r is None or r.label != "MONEY":
                continue
            out.append(self._qualified(text, r._replace(start=m.start(), end=m.end(), unit=cur)))
        return out

    def _qualified(self, text: str, c: Candidate) -> Candidate:
        """``c`` with the qualifier word written right before it taken in (约HK$3亿), unless the
        word ends a longer one that is none (签约)."""
        for w in self._before:
            if text.endswith(w, 0, c.start) and not any(text.endswith(nq, 0, c.start) for nq in self._not_qual_of[w]):
                return c._replace(start=c.start - len(w), qualifier=self._quals[w][0])
        return c

    def _liang(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """三两白酒: a Chinese numeral swallowed 两 (read as 32); give 两 back as the mass unit."""
        u = load_units().get("两")
        if u is None:
            return []
        starts = {c.start for c in cands}
        out = []
        for m in _LIANG_RX.finditer(text):
            nxt = text[m.end():m.end() + 1]
            if m.start() in starts or not nxt or nxt not in (u.next_chars or ""):
                continue
            v = parse_number(m.group("num")) if m.group("num") != "半" else Fraction(1, 2)
            if v:
                out.append(Candidate(m.start(), m.end(), u.label, to_plain(v * u.factor), u.unit, None, None,
                                     None, PRIORITY, "figures.mass"))
        return out

    def _after_zero_words(self, text: str, cands: list[Candidate], zero_rx: re.Pattern[str]) -> list[Candidate]:
        """``cands`` with the figure right after a word ending in 零 that is no digit (figure_cues.tsv
        zero_word), which the number grammar does not start after 零; read with that 零 as a comma.
        It replaces a figure that took the 零 in (清零十四天: not 零十四天, 零 before 十 opens a number)."""
        rx = self._rx
        if rx is None:
            raise RuntimeError("FigureMatcher._compile has not run")
        out = cands
        for z in zero_rx.finditer(text):
            s = z.end()
            masked = text[:s - 1] + "，" + text[s:]  # same offsets
            m = rx.match(masked, s)
            c = self._quantity(m, None, masked) if m is not None else None
            if c is None:
                continue
            rest = [d for d in out if d.start != s - 1]
            if not any(d.start < c.end and c.start < d.end for d in rest):
                out = rest + [c]
        return out

    def _day_spans(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """N日 as a length of time after a verb of duration (行政拘留10日, 为期3日) or before
        拘留 (处5日以上拘留): a DURATION in days, as 10天 (data/figure_cues.tsv day_span)."""
        out: list[Candidate] = []
        spans: list[tuple[int, int]] | None = None  # of the figures, made at the first day found
        for gate, cue, rx in self._day_rxs:
            if gate and not _holds_any(text, gate):
                continue  # none of the few words the cue words hold (one ``in`` is cheaper than the scan)
            if cue is not None and cue.search(text) is None:
                continue
            for m in rx.finditer(text):
                pre, post = m.groupdict().get("pre"), m.group("post")
                start = m.start("pre") if pre else m.start("num")
                end = m.end("post") if post else m.end("num") + 1
                v = parse_number(m.group("num"))
                if v is None or v <= 0 or v.denominator != 1:
                    continue
                if spans is None:
                    spans = [(c.start, c.end) for c in cands]
                if any(a < end and start < b for a, b in spans):
                    continue
                w = post or pre
                out.append(Candidate(start, end, "DURATION", _duration(v, "D"), "ISO8601",
                                     self._quals[w][0] if w else None, None, None, PRIORITY, "figures.duration.days"))
        return out

    def _implied_counts(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """A bare number after a noun that names what it counts (常住人口约为971万 -> 人)."""
        implied_cue = self._implied_cue  # None when there are no cue words
        cue = implied_cue.search(text) if implied_cue is not None else None
        if cue is None:
            return []
        out: list[Candidate] = []
        spans = [(c.start, c.end) for c in cands]
        quals = self._quals
        for m in self._implied_matches(text, cue):
            start = m.start("pre") if m.group("pre") else m.start("num")
            if any(a < m.end() and start < b for a, b in spans):
                continue
            vals = _values(m.group("num"), None, m.group("mag"))  # 700余万: the magnitude after 余
            if vals is None or vals[1] is not None:
                continue
            q = None
            for g in ("pre", "mid"):
                if m.group(g):
                    q = quals[m.group(g)][0]
            unit = self._implied[m.group("cue")]
            out.append(Candidate(start, m.end(), "COUNT", to_plain(vals[0]), unit, q, None, None,
                                 PRIORITY, "figures.count.implied"))
        return out

    def _implied_matches(self, text: str, cue: re.Match[str] | None) -> Iterator[Any]:
        """The matches of _implied_rx left to right, as its ``finditer`` gives them from the
        first cue word ``cue``: a match starts at a cue word, so it is tried only where the
        ``re`` scan of the cue words finds one (``regex`` would try every character)."""
        if self._implied_cue is None:
            return
        search, match = self._implied_cue.search, self._implied_rx.match
        while cue is not None:
            m = match(text, cue.start())
            if m is None:
                cue = search(text, cue.start() + 1)
            else:
                yield m
                cue = search(text, m.end())

    # -- matching ----------------------------------------------------------------------
    def __call__(self, text: str, ctx: Context | None) -> list[Candidate]:
        if self._rx is None:
            self._compile()
        pub = ctx.published if ctx is not None else None
        cands, units_at, date_digits = self._quantities(text)
        if cands:
            cands.extend(self._lists(text, cands, units_at))
        if "个月" in text:
            cands = _years_months(text, cands, self._quals)
        if "小时" in text:
            cands = _hours_minutes(text, cands)
        if "秒" in text:
            cands = _clock_times(text, cands)
        cands.extend(self._symbols(text, cands))
        cands.extend(self._implied_counts(text, cands))
        if "近" in text:
            cands = [_recent(text, c, self._recent_after) for c in cands]
        if "两" in text:
            cands.extend(self._liang(text, cands))
        if "零" in text and self._zero_rx is not None:
            cands = self._after_zero_words(text, cands, self._zero_rx)
        if "日" in text and self._day_rxs:
            cands.extend(self._day_spans(text, cands))
        if "民国" in text:
            cands = _roc_years(text, cands)
        if "公元" in text:
            cands = _ad_years(text, cands)
        if "×" in text or "x" in text or "X" in text:
            cands = _units_times(text, cands)
        if "年" in text:
            cands = _short_years(text, pub, cands)
        dates = _dates(text, pub, cands, date_digits)
        if dates and _holds_any(text, self._lunar):  # 农历八月十五: a lunar date has no ISO value
            dates = [c for c in dates if not text.endswith(self._lunar, 0, c.start)]
        cands.extend(dates)
        mask = None
        not_rx = self._not_rx
        if not_rx is None:
            raise RuntimeError("FigureMatcher._compile has not run")
        for a, b in self._name_spans(text, not_rx):
            if mask is None:
                mask = bytearray(len(text))
            mask[a:b] = b"\x01" * (b - a)
        if mask is not None:
            cands = [c for c in cands if not (1 in mask[c.start:c.end] or (c.label in _QUOTABLE and _quoted_name(c, text)))]
        elif "“" in text:
            cands = [c for c in cands if c.label not in _QUOTABLE or not _quoted_name(c, text)]
        speed, eras = self._speed_rx, self._eras
        return [c for c in _flatten(cands) if fits_float(c)
                and not (c.label == "LENGTH" and speed is not None and speed.search(text, max(0, c.start - 10), c.start))
                and not (c.label == "DURATION" and text.endswith(eras, 0, c.start))]  # 贞观三年: a reign year

    def _name_spans(self, text: str, not_rx: re.Pattern[str]) -> list[tuple[int, int]]:
        """Where numbers are names, not figures: the phrases of not_figures.tsv (三个一批) and the
        session numbers of a term written without 第 (十一届八次全会: 八次; figure_cues.tsv)."""
        out = [m.span() for m in not_rx.finditer(text)]
        if "K" in text:  # K1123+500, K780处: a road's stake number, an identifier (SPEC)
            out += [m.span() for m in _STAKE_RX.finditer(text)]
        if "次" in text:  # G1234次, K12次: a train's number, an identifier (SPEC), not 1234 times
            out += [m.span() for m in _TRAIN_RX.finditer(text)]
        for term, rx in self._sessions:
            if term in text:  # one C scan; most texts name no term
                out += [m.span("n") for m in rx.finditer(text)]
        return out

    def _quantities(self, text: str) -> tuple[list[Candidate], dict[int, str], list[int]]:
        """The figures with a unit, left to right, the unit word written for each (by start),
        which a list of bare numbers may share, and the digits where a date can start."""
        cands: list[Candidate] = []
        last = 0
        units_at: dict[int, str] = {}
        date_digits: list[int] = []
        for at, s, m, pct in self._core_matches(text, date_digits):
            if at < last or m is None:
                continue
            if pct is None:
                c = self._quantity(m, None, text)
            else:
                p = self._prefix(text, s)
                if (p is not None and p.pct is not None) != pct:
                    continue
                c = self._quantity(m, p, text)
            if c is None:
                continue
            if c.label == "COUNT" and text.startswith("零", c.start):
                continue  # 零部件, 零距离: a bare 零 before a classifier is a word, not a count
            if c.unit == "个" and c.high is None and text[c.end:c.end + 1] in ("半", "多"):
                c = _half_after_ge(c, text) or c
            if c.start > 0 and text[c.start - 1] == "前" and c.label == "COUNT" and self._is_rank(text, c):
                continue
            cands.append(c)
            units_at[c.start] = self._last_unit
            last = c.end
        return cands, units_at, date_digits

    def _core_matches(self, text: str, date_digits: list[int]) -> list[_CoreMatch]:
        """(scan hit, number start, core match or None, pct) at each place the start scan finds
        a quantity can start; pct is None where no word can end before the number, else whether
        百分之 does. The digits where a date can start go to ``date_digits``. All the matching
        is done first, in one burst (``re`` runs faster so than between readings in Python)."""
        out: list[_CoreMatch] = []
        rx_any, rx_digit, rx_pct, prefix_end = self._rx, self._rx_digit, self._rx_pct, self._prefix_end
        if rx_any is None or rx_digit is None:
            raise RuntimeError("FigureMatcher._compile has not run")
        for a in list(self._start_rx.finditer(text)):
            s = a.start()
            kind = a.lastindex
            if kind != _Q and kind != _QC:  # a date can start here
                date_digits.append(s)
                if kind == _D:
                    continue
            rx = rx_digit if kind != _QC else rx_any  # at a digit that opens its run: the core pattern for it
            at = s
            if s == 0:  # nothing before: no prefix, no 百分之
                out.append((at, s, rx.match(text, 0), None))
                continue
            if kind == _QC and text[s] == "一" and text[s - 1] in _ONE_ENDS_WORD and text[s + 1:s + 2] \
                    and text[s + 1] in _CN_NUM_CHARS and not text.endswith("分之", 0, s):
                s += 1  # 唯一一座: the first 一 ends a word; the number starts after it (not 百分之一零)
            before = text[s - 1]
            if before not in prefix_end:  # most numbers: no word before, no 百分之
                if before != "第":  # an ordinal (第1条, 第二期): no qualifier or currency sits between
                    out.append((at, s, rx.match(text, s), None))
            else:
                pct = before in "之-负" and s > 1 and (
                    text.endswith("分之", 0, s) or (before in "-负" and text.endswith("分之", 0, s - 1)))
                out.append((at, s, (rx_pct if pct else rx).match(text, s), pct))
        return out

    def _is_rank(self, text: str, c: Candidate) -> bool:
        """A count right after 前 in a unit of rank (前10名, 前3位): the top N, a rank (SPEC
        conventions: not a figure), unless 前 ends a word (目前, 此前: figure_cues.tsv not_rank)."""
        return c.unit in self._rank_units and not text.endswith(self._not_rank, 0, c.start)

    def _unit_fits(self, u: Unit, unit_word: str, num: str, gemag: str | None, pre: str | None, text: str,
                   start: int, unit_end: int, nxt: str) -> bool:
        """Whether the words around fit the conditions of the unit (data/units.tsv): a next
        character or a magnitude, no character before or after that it excludes, not a list
        of names restated, not a model code around a Latin unit."""
        if u.next_chars is not None or u.needs_mag or u.at_end:
            ok = (u.next_chars is not None and nxt != "" and nxt in u.next_chars) or (
                u.needs_mag and _BIG_RX_ANY.search((num or "") + (gemag or ""))) or (u.at_end and nxt in _PUNCT_END)
            if not ok:
                return False
        if u.not_after and start > 0 and text[start - 1] in u.not_after:
            return False
        if u.chain and _NAMES_BEFORE.search(text, max(0, start - 8), start) \
                and not _chain_next(text, unit_end) and not _chain_prev(text, start):
            return False  # 郑州、开封、洛阳三市: a list of names restated, not a count
        if u.not_before and nxt and nxt in u.not_before:
            return False
        if unit_word in self._latin:
            after_unit = text[unit_end:unit_end + 1]
            if after_unit.isascii() and after_unit.isalnum():
                return False
            if start > 0 and text[start - 1].isascii() and text[start - 1].isalpha() and not pre:
                return False  # a model code: A320m, RTX4090W
        return True

    def _count_or_duration(self, u: Unit, unit_word: str, num: str, tail: str | None, cur: str | None,
                           text: str, start: int, end: int, mid: str | None = None) -> Unit | None:
        """The unit of a count or duration after the checks of its words (块 as pieces, a
        numbered slogan, a year), or None when the figure is none."""
        # 块 counts pieces (线路板220万块) unless the clause speaks of money or jiao/fen follow
        if unit_word == "块" and not tail and not cur and not self.lenient:
            k = max(0, start - 12)
            clause = text[k:start]
            cut = max(clause.rfind(ch) for ch in "，。；！？,;!?\n")
            if not self._money_cue.search(clause[cut + 1:]):
                u = _PIECES
        # 三个一批, 两个一百年: a numbered slogan
        if u.label == "COUNT" and text[end:end + 1] == "一":
            return None
        # a four-digit year with 年 is a DATE, not a DURATION of 2021 years; with 多/余 after it
        # it is a length (1500多年建都史: no year is written so)
        if u.label == "DURATION" and u.designator == "Y" and (
                (_YEAR_NUM.fullmatch(num) and not mid) or (num.isdigit() and len(num) > 4)):
            return None  # 12024年: a table row number glued to a year
        if u.label == "DURATION" and unit_word == "年" and text[end:end + 1] == "代":
            return None
        return u

    def _quantity(self, m: re.Match[str], p: _Prefix | None, text: str) -> Candidate | None:  # noqa: C901
        """The figure read from the core match ``m`` and the words ``p`` before its number, or
        None where the context says it is none. The caller skips a number right after 第 (an
        ordinal) when there are no words before it."""
        gs = m.groups()
        # the groups (_GROUPS): num always matches, one of unit and unit2 in the pattern with units
        num: str
        u1: str | None
        num2: str | None
        mid: str | None
        gemag: str | None
        unit2: str | None
        unit: str | None
        tail: str | None
        post: str | None
        pre: str | None
        cur: str | None
        pct: str | None
        neg: str | None
        if p is None:
            pre = cur = pct = neg = None
            start = m.start()
        else:
            pre, cur, pct, neg, start = p
            if start and text[start - 1] == "第" and pre is None and cur is None:
                return None
        end = m.end()
        if pct:  # the pattern after 百分之: no unit
            num, u1, _, num2, mid, post = gs
            gemag = tail = None
            if u1 or pct == "千分之":
                return None  # 千分之: a ‰ rate (SPEC conventions: not a figure)
            u, checks, fn, fd, label, source = _PCT_PLANS[pct]
            unit_word = pct
            unit_end = end
            nxt = ""
        else:
            num, u1, _, num2, mid, gemag, unit2, unit, tail, post = gs
            unit_word = unit or unit2
            if unit_word is None:  # (never: the pattern with units has one or the other)
                return None
            if num2 is None and num[-1] in MAGNITUDES and not (num[-2:-1] in _NONZERO and len(num) <= 100):
                num, unit_word = _give_back(num, unit_word)  # 3.5亿 keeps its 亿 (_NONZERO)
            elif num2 is not None and num2[-1] in MAGNITUDES and not (num2[-2:-1] in _NONZERO and len(num2) <= 100):
                num2, unit_word = _give_back(num2, unit_word)  # 10至20万千瓦: the 千 is the unit's
            u, checks, fn, fd, label, source = self._plans[unit_word]
            unit_end = m.end(_UNIT2) if unit2 else m.end(_UNIT)  # the pattern with units has one or the other
            nxt = text[unit_end:unit_end + 1]
            if nxt in self._grades and not text.startswith(self._not_grades, unit_end):
                return None  # 10万吨级, 百万千瓦级: a class of size (SPEC conventions: grades)
            if checks is _CHECKED and not self._unit_fits(u, unit_word, num, gemag, pre, text, start, unit_end, nxt):
                return None
            if nxt in _SLASHES and (self._money_per_rx if label == "MONEY" else self._per_rx).match(text, unit_end):
                return None  # 75t/h, 35微克/立方米, 2亿元/年: a rate, no label
        if num2 is None:
            # a magnitude alone (亿元以上, 千万元, 百万千瓦) is one of it: for money and power
            # always, for other units with a qualifier only (逾千万人次, 超百万吨; not 道路千万条,
            # 百万吨乙烯: SPEC names); 上 before one is in the span (上万人, 上亿元)
            if num in _SHANG_MAGS:
                shang = pre is None and start > 0 and text[start - 1] == "上" and (
                    start < 2 or text[start - 2] not in _SHANG_NOT_AFTER)
                if shang:
                    start -= 1  # 上万人: 上 and the magnitude are one number
                if num in _BARE_MAGS and ((start > 0 and text[start - 1] == "每") or (
                        label not in _BARE_MAG_LABELS and not (pre or mid or post or shang))):
                    return None
            # the determiner 一: 一个项目 is "a project", 这一年 "this year"; 地下一层。 is a count,
            # and so is 一 in a list of counts (设一个主会场、10个分会场)
            elif num == "一" and not pre:
                if start > 0 and text[start - 1] in "这那每哪同某任的":
                    return None
                if text[end:end + 1] == unit_word[-1]:  # 一天天, 一年年: reduplication
                    return None
                if label == "COUNT" and (text[end:end + 1] not in _PUNCT_END
                                           or start == 0 or text[start - 1] not in _ONE_COUNT_AFTER):
                    if not (_one_in_list(unit_word).match(text, end, min(len(text), end + 16))
                            or (unit_word == "个" and _GE_DURATION.match(text, end))):
                        return None
        if checks is _PLAIN_COUNT:
            if text[end:end + 1] == "一":
                return None  # 三个一批: a numbered slogan (as in _count_or_duration)
        elif checks is _CHECKED:
            u2 = self._count_or_duration(u, unit_word, num, tail, cur, text, start, end, mid)
            if u2 is not u:
                if u2 is None:
                    return None
                u, checks, fn, fd, label, source = _plan(u2, checks)
        if num2 is None and not tail and not gemag and not cur and (
                label != "DURATION" or text[end:end + 1] not in _DURATION_MORE):
            # the hot path: a decimal number, magnitude words and a unit, in scaled integers
            sv: tuple[int, int] | None
            if num.isdigit() and len(num) <= 40:  # plain digits (num holds no digit but \d, the Unicode decimals): most numbers
                sv = int(num), 1
            else:
                sv = _scaled_words(num)
            if sv is not None:
                n, d = sv
                n *= fn
                d *= fd
                if label != "DURATION":
                    if neg:
                        if label != "PERCENT":
                            start = m.start()
                        else:
                            n = -n
                    self._last_unit = unit_word
                    w = post or mid or pre  # the last written of them
                    return _candidate((start, end, label, n if d == 1 else _plain(n, d), u.unit,
                                       self._quals[w][0] if w else None, None, None, PRIORITY, source))
                # a whole number of a unit of time (no 多, 余 or 半 after it): _duration of an int
                designator = u.designator
                if designator is not None and n % d == 0:
                    if neg:
                        start = m.start()
                    self._last_unit = unit_word
                    w = post or mid or pre
                    iso = ("PT" if designator.startswith("T") else "P") + str(n // d) + designator[-1]
                    return _candidate((start, end, label, iso, u.unit,
                                       self._quals[w][0] if w else None, None, None, PRIORITY, source))
        quals = self._quals
        tail = tail or ""
        vals = _values(num, num2, gemag)
        if vals is None:
            return None
        v1, lo, hi = vals
        if neg:
            if u.label != "PERCENT" or num2 or hi is not None:
                start = m.start()  # the sign of a percentage only (-3.5%, 负3.9%), not of a range (-2至3%, 负二三%)
            else:
                v1 = -v1
        unit_name = u.unit
        if u.label == "MONEY":
            if cur and u.unit == "CNY":  # a currency word before the number (美元5亿) names the currency of a yuan unit
                unit_name = _CUR_PREFIX[cur]
            sub, suffix_cur = _money_tail(tail)
            if sub is None:
                return None
            if suffix_cur:
                unit_name = _CUR_SUFFIX[suffix_cur]
            if sub and hi is None:
                v1 = v1 * u.factor + sub
                factor = Fraction(1)
            else:
                factor = u.factor
        elif cur:
            return None  # 人民币 before a non-money unit
        else:
            factor = u.factor
        w = post or mid or pre
        qualifier = quals[w][0] if w else None
        if u.label == "DURATION" and qualifier is None and text[end:end + 1] in ("多", "余"):
            end += 1  # 一年多, 两年余
            qualifier = "over"
        elif u.label == "DURATION" and text[end:end + 1] == "半" and hi is None:
            end += 1  # 两年半, 三个小时半
            v1 = v1 + Fraction(1, 2)
        self._last_unit = unit_word
        value: int | float | str | None
        low: int | float | str | None
        high: int | float | str | None
        if u.label == "DURATION":
            designator = u.designator
            if designator is None:  # (never: data/units.tsv gives every DURATION unit one)
                return None
            if u.factor != 1:  # 7个季度 -> P21M
                v1 = v1 * u.factor
                lo = lo * u.factor if lo is not None else None
                hi = hi * u.factor if hi is not None else None
            value = _duration(v1, designator)
            low = _duration(lo, designator) if lo is not None else None
            high = _duration(hi, designator) if hi is not None else None
            if value is None:
                return None
        else:
            value = to_plain(v1 * factor)
            low = to_plain(lo * factor) if lo is not None else None
            high = to_plain(hi * factor) if hi is not None else None
        label = u.label
        return Candidate(start, end, label, value, unit_name, qualifier, low, high, PRIORITY,
                         f"figures.{label.lower()}")


@lru_cache(maxsize=4096)
def _give_back(num: str, unit_word: str) -> tuple[str, str]:
    """(number, unit word) with the magnitudes that end the number and start a unit word given
    back to the unit: the number grammar takes the 千 of 120万千瓦 and of 一百千瓦, 五十千克
    (百千 does not rise as a number does, so 千 is the unit's)."""
    units = load_units()
    trail = _MAG_RX.search(num)
    if trail and ((len(trail.group()) > 1 and _descending(trail.group())) or parse_ratio(num) is None):
        t = trail.group()
        # only the last few magnitudes can join a unit word: slicing further is O(n²) on 万亿万亿…
        for k in range(min(len(t), _longest_unit(units)), 0, -1):
            if t[-k:] + unit_word in units and num[:-k] and parse_ratio(num[:-k]) is not None:
                return num[:-k], t[-k:] + unit_word
    return num, unit_word


# A number (at most 100 characters) whose one last magnitude follows a digit other than 0
# (3.5亿, 1,200万) keeps it: _give_back gives back nothing. A magnitude after a digit of value
# adds no failure to the grammar's reading, so the number reads unless the part before it
# fails, and then no part can be given back (a property test states it).
_NONZERO: Final = frozenset("123456789")


_PCT_UNITS: Final = {"百分之": Unit("PERCENT", "%", Fraction(1), None, None, False),
                     "万分之": Unit("PERCENT", "%", Fraction(1, 100), None, None, False)}
_PIECES: Final = Unit("COUNT", "块", Fraction(1), None, None, False)  # 块 not as money
# the checks of a unit word's figures: none, the one of a plain count, or all (_unit_fits, _count_or_duration)
_FREE: Final = "free"
_PLAIN_COUNT: Final = "plain count"
_CHECKED: Final = "checked"
_SLASHES: Final = frozenset("/／")
_SOURCE: Final = {lab: f"figures.{lab.lower()}" for lab in
                  ("MONEY", "ENERGY", "POWER", "AREA", "LENGTH", "MASS", "PERCENT", "COUNT", "DURATION")}


_Plan = tuple[Unit, str, int, int, str, str]


def _plan(u: Unit, checks: str) -> _Plan:
    """What _quantity reads of a unit word: (Unit, its checks, factor numerator, factor
    denominator, label, source)."""
    return u, checks, u.factor.numerator, u.factor.denominator, u.label, _SOURCE[u.label]


_PCT_PLANS: Final = {w: _plan(u, _FREE) for w, u in _PCT_UNITS.items()}
# The number of the core pattern at a digit that opens its run of digits (the start scan's _Q and
# _QD): of the number's branches only the first opens with a digit, and of NUMBER_PATTERN's only the
# Arabic one; the scan has read there that neither a digit nor a point stands before the digit,
# nor a digit and a thousands comma, so of the look-backs before that branch only the one of the
# magnitude words is left
_DIGIT_NUM: Final = rf"(?<![{MAGNITUDES}])(?>{ARABIC_LED})(?:(?<=\d)[kK](?![A-Za-z])|几[十百千万亿]*)?"
# after a duration: 一年多, 两年余 (the qualifier over), 两年半 (a half more): _quantity's full path
_DURATION_MORE: Final = frozenset("多余半")
# a Candidate from a tuple of all its fields, without the Python-level __new__ of NamedTuple
# (twice as fast, for the figure of every number)
_candidate: Final = partial(tuple.__new__, Candidate)
_SCALED_RX: Final = re.compile(r"(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d+))?([十百千万亿]*)")
_MAG_VALUE: Final = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}


@lru_cache(maxsize=8192)
def _scaled_words(num: str) -> tuple[int, int] | None:
    """(n, d), the exact value n/d of a decimal number with a decimal point, commas or
    magnitude words after it (16.4亿, 1,500万, 5千万): integers scaled by powers of ten, no
    ``Fraction``. None for other forms (Chinese numerals, 3万4000, 几十万), which the full
    grammar reads. (Plain digits, most numbers, _quantity reads with ``int``.)"""
    m = _SCALED_RX.fullmatch(num)
    if m is None or len(num) > 40:
        return None
    whole, frac, mags = m.groups()
    n = int(whole.replace(",", "") + (frac or ""))
    for c in mags:
        n *= _MAG_VALUE[c]
    return n, 10 ** len(frac or "")


def _plain(n: int, d: int) -> int | float:
    """n/d as an int when whole, else the correctly rounded float (int true division rounds
    exactly, as float(Fraction(n, d)) does)."""
    q, r = divmod(n, d)
    if r == 0:
        return q
    try:
        return n / d
    except OverflowError:
        return float("inf") if n > 0 else float("-inf")


_RANK: Final = {u: len(str(v)) - 1 for u, v in (SMALL_UNITS | BIG_UNITS).items()}  # 十 1 … 亿 8


# the groups of the core patterns, in order (``_quantity`` unpacks ``m.groups()``)
_GROUPS: Final = ("num", "u1", "sep", "num2", "mid", "gemag", "unit2", "unit", "tail", "post")
_GROUPS_PCT: Final = ("num", "u1", "sep", "num2", "mid", "post")
_UNIT2: Final = _GROUPS.index("unit2") + 1  # group numbers
_UNIT: Final = _GROUPS.index("unit") + 1
# the groups of the start scan (_start_pattern), by number: a quantity, a quantity and a date, a
# date only, a quantity at a Chinese numeral (``lastindex`` tells them apart without a name)
_Q: Final = 1
_QD: Final = 2
_D: Final = 3
_QC: Final = 4


def _longest_unit(units: dict[str, Unit], _memo: dict[int, int] = {}) -> int:
    """Length of the longest unit word (memoised per units table)."""
    key = id(units)
    if key not in _memo:
        _memo[key] = max((len(w) for w in units), default=1)
    return _memo[key]


_YEAR_NUM: Final = re.compile(r"(?:1[0-9]|20)\d\d|[一二][〇零○九].{2}")
# a run of counts of administrative units: 1市8县6区, 三市两县
_NAMES_BEFORE: Final = re.compile(r"[、和与及][\u4e00-\u9fff]{1,6}$")
_chain_next: Final = re.compile(rf"[、和及与]?(?:\d+|[{CN_NUMBER_START}]+)[市县区乡镇]").match
_chain_prev_rx: Final = re.compile(rf"(?:\d+|[{CN_NUMBER_START}]+)[市县区乡镇][、和及与]?$")


def _chain_prev(text: str, start: int) -> bool:
    return _chain_prev_rx.search(text, max(0, start - 8), start) is not None


_SESSION_NUM: Final = rf"(?:\d+|[{CN_NUMBER_START}百]+)"


def _session_rx(term: str, classifier: str, bodies: dict[str, str], meetings: dict[str, str]) -> re.Pattern[str]:
    """A session ordinal without 第: a numeral + ``term`` (十一届), a body's name or none (人大,
    全国人大常委会), then the session number + ``classifier`` as group ``n`` (八次) right before a
    meeting word (全会, 会议)."""
    body = rf"(?:[{_LEVELS}]{{0,2}}(?:{_alt(bodies)})[\u4e00-\u9fff]{{0,3}}?)?" if bodies else ""
    return re.compile(rf"{_SESSION_NUM}{re.escape(term)}{body}"
                      rf"(?P<n>{_SESSION_NUM}{re.escape(classifier)})(?={_alt(meetings)})")


def _day_span_rx(before: dict[str, str], after: dict[str, str], pre: list[str], post: list[str]) -> list[re.Pattern[str]]:
    """N日 after a word of ``before`` (a qualifier of ``pre`` between), and N日 before a word of
    ``after`` (or a second such day before it): one pattern each (groups pre, num, post), with a
    qualifier of ``post`` after the day; not before a time of day or 起, which keep it a date."""
    day = rf"日(?![元币内]|[上下中]午|晚|凌晨|早|起|{_DAY_NUM}[时点])"
    post_rx = _alt(post)
    out = []
    if before:
        out.append(re.compile(rf"(?:{_alt(before)})(?P<pre>{_alt(pre)})?(?P<num>{_DAY_NUM}){day}(?P<post>{post_rx})?"))
    if after:
        out.append(re.compile(rf"(?<![\d{CN_NUMBER_START}百])(?P<num>{_DAY_NUM}){day}(?P<post>{post_rx})?"
                              rf"(?=(?:(?:{_DAY_NUM})日(?:{post_rx}))?的?(?:{_alt(after)}))"))  # 5日以上10日以下拘留
    return out


_DAY_NUM: Final = r"\d{1,3}|[一二两三四五六七八九十百]{1,4}"
_STAKE_RX: Final = re.compile(r"(?<![A-Za-z])K\d+(?:\+\d+(?:\.\d+)?|(?=处))")
_TRAIN_RX: Final = re.compile(r"(?<![A-Za-z])[A-Z]\d{1,5}次")
_LEVELS: Final = "全国省市县区"  # the level words before a body (全国人大, 省政协)


@lru_cache(maxsize=None)
def _one_in_list(unit_word: str) -> Any:  # a ``regex`` pattern
    """After 一+classifier: a short noun, then 、/和 and another count with the same classifier."""
    return regex.compile(rf"[^，。；、,;\d]{{0,6}}[、和及与]\s?(?:\d+|[两二三四五六七八九十百]+){regex.escape(unit_word)}")


@lru_cache(maxsize=256)
def _descending(t: str) -> bool:
    """A magnitude run that falls (万千): its tail belongs to the unit word (万千瓦)."""
    return any(_RANK.get(a, 0) > _RANK.get(b, 0) for a, b in zip(t, t[1:]))


class _Prefix(NamedTuple):
    """The words read backwards before a number (``FigureMatcher._prefix``) and where the
    figure starts with them."""

    pre: str | None  # a qualifier (约)
    cur: str | None  # a currency word (美元)
    pct: str | None  # 百分之, 千分之 or 万分之
    neg: str | None  # a sign (负, -)
    start: int


_PCT_WORDS: Final = ("百分之", "千分之", "万分之")
_NEG_BLOCK: Final = re.compile(r"[\dA-Za-z.\-]")
_LIANG_RX: Final = regex.compile(r"(?<![\d零〇○一二两三四五六七八九十百千万亿点])(?P<num>[一二三四五六七八九十半]{1,3})两")
_CN_NUM_CHARS: Final = CN_NUMBER_START
_ONE_ENDS_WORD: Final = "唯统同之专单划如逐归合均"  # 唯一一座: 唯一 is a word, the count is 一座
_LIST_SEP: Final = "、和与及"
_BARE_NUM: Final = r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)(?:[万亿]+)?"
_BARE_BEFORE: Final = regex.compile(rf"(?<![\dA-Za-z.{_CN_NUM_CHARS}百千万亿第])(?:{_BARE_NUM})$")
_BARE_AFTER: Final = regex.compile(rf"(?:{_BARE_NUM})(?=[，。；,;、和与及]|$)")  # (the list may go on: 2.1亿和1.5亿)
_SYMBOLS: Final = {"US$": "USD", "HK$": "HKD", "NT$": "TWD", "$": "USD", "￥": "CNY", "¥": "CNY", "€": "EUR", "£": "GBP"}
_SYMBOL_CHARS: Final = "$￥¥€£"
_SYMBOL_RX: Final = regex.compile(r"(?<![A-Za-z])(?P<sym>US\$|HK\$|NT\$|[$￥¥€£])\s?"
                                  r"(?P<num>(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:[万亿]+)?)(?![\d.])")
_BARE_MAG: Final = rf"(?<![\d{NUMBER_CHARS}数几.])(?:百万|千万|百亿|千亿|万亿|亿)"
# 半 as the whole number of a duration (半年, 半个月); not 上半年/下半年 (dates) nor after a
# number (两年半, 两个半小时: read with the number before)
_HALF_NOT_AFTER: Final = rf"上下前后\d{NUMBER_CHARS}个多"
_HALF: Final = rf"(?<![{_HALF_NOT_AFTER}])半(?=个小时|小时|个钟头|个月|年(?![报度刊])|天)"
_BARE_MAGS: Final = frozenset(("百万", "千万", "百亿", "千亿", "万亿", "亿"))
# 上 before a bare magnitude (上万人, 上千家, 上百万人次, 上亿元): as many as that, one vague
# number that takes 上 in (as 数千 takes 数), with no qualifier (上 is not a SPEC qualifier word);
# not the 上 of a word before (会上千名代表, 以上万元, 网上万人: on, above)
_SHANG_NOT_AFTER: Final = "以之会线网地路身台楼向马晚早"
_SHANG_MAGS: Final = _BARE_MAGS | {"百", "千", "万"}
_SHANG: Final = rf"(?<=上)(?<![{_SHANG_NOT_AFTER}]上)"
_BARE_MAG_LABELS: Final = frozenset(("MONEY", "POWER", "ENERGY"))  # a magnitude alone needs no qualifier
# Where a number can start: one character of a class, which ``re`` skips to fast, then the
# cases told apart by looking back at it: a digit that opens its run of digits (not after a
# thousands comma), or one of the other characters (_NUM_START_CN).
_NUM_START_CHARS: Final = f"{CN_NUMBER_START}几数百千万亿半"  # the characters other than digits that open a number
_NUM_START_CLASS: Final = rf"[\d{_NUM_START_CHARS}]"
_NUM_START_DIGIT: Final = DIGIT_RUN_START + r"(?<!\d,\d)"  # _start_pattern shares DIGIT_RUN_START with dates
_NUM_START_CN: Final = (
    rf"(?<=[{CN_NUMBER_START}])(?<![{NUMBER_CHARS}].)"
    r"|(?<=[几数])(?=[十百千万亿])|(?<=百分之百)"
    rf"|(?<=[百千万])(?<![{NUMBER_CHARS}\d].)(?=[余多])"
    rf"|(?<=[百千万])(?<=[近约超逾上].)|(?<=半)(?<![{_HALF_NOT_AFTER}].)"
    rf"|(?:(?<=[百千])(?=万)|(?<=[百千万])(?=亿)|(?<=亿))(?<![{NUMBER_CHARS}\d数几.].)")


def _start_follow(units: dict[str, Unit], quals: dict[str, tuple[str, str]]) -> str:
    """What follows a number where a quantity starts: its run of number characters is followed
    by a unit word, a qualifier after the number, a range or 个, told by its first two
    characters (日元, not the 日 of 8日) or by one where a word is that one character (元); or
    the number comes after 百分之 (after 百分之 and a sign, the first character of such a
    word: a percentage needs no unit word, and the scan kept those that have one near)."""
    words = set(units) | {w for w, (_, pos) in quals.items() if pos == "after_number"}
    ones = {w for w in words if len(w) == 1} | set("个(（至到-—–~")  # a space is a number character
    pairs = {w[:2] for w in words if len(w) > 1 and w[0] not in ones}
    # one class test first: the run of number characters before is given back one at a time,
    # and at a digit this fails at once instead of after every branch of the alternation
    opens = rf"(?=[{_cls(ones | {w[0] for w in pairs})}])(?:[{_cls(ones)}]|{_trie(pairs)})"
    first = ones | {w[0] for w in words} | {" "}
    return (rf"(?:(?=[{_NUM_CHARS}]*{opens})|(?<=之.)"
            rf"|(?<=分之[-负].)(?=[{_NUM_CHARS}]*[{_cls(first)}]))")


def _start_pattern(follow: str) -> str:
    """Where a quantity can start: a number start (_NUM_START_*) where ``follow`` holds (group
    ``q``), and, in the same scan, the digits where a date can start (groups ``qd`` and ``d``,
    dates.DIGIT_ANCHOR), which spares the date finder a scan of every digit of the text. A
    digit takes in the rest of its run of digits, where neither starts, so that the scan does
    not look at each of them; the other starts are told from digits once."""
    return (rf"[{_scan_digits()}{_NUM_START_CHARS}](?:{DIGIT_RUN_START}"
            rf"(?:(?<!\d,\d)(?!{_NO_YEARS}){follow}(?P<q>)(?:{DIGIT_ANCHOR}(?P<qd>))?|{DIGIT_ANCHOR}(?P<d>))\d*"
            rf"|(?<!\d)(?:{_NUM_START_CN}){follow}(?P<qc>))")


@lru_cache(maxsize=None)
def _scan_digits() -> str:
    """A character class body holding every ``\\d`` (the Unicode decimals), for the start
    scan: the decimals of the Basic Multilingual Plane as ranges, and all characters beyond it
    (more than the decimals, which the look-backs after the class tell apart). ``re`` tests
    such a class with a bitmap; ``\\d`` costs a Unicode look-up for every character of a text."""
    runs: list[list[int]] = []
    for i in range(0x10000):
        if chr(i).isdecimal():
            if runs and runs[-1][1] == i - 1:
                runs[-1][1] = i
            else:
                runs.append([i, i])
    return "".join(f"{chr(a)}-{chr(b)}" for a, b in runs) + "\U00010000-\U0010ffff"


# After the first digit of a run: a number of years that _count_or_duration refuses (a year
# with 年, 2023年, or five digits and more, 12024年), unless it is read as a percentage after
# 百分之 (_quantities): no quantity starts there, a date may.
# Written as (?<!分之.)(?<!分之[-负].)(?:(?<=1)[0-9]\d\d|(?<=2)0\d\d|\d{4,})\s?年 with the three
# digits every branch needs read first and the look-backs taken from after them: most numbers
# fail at once, before any look-back (tests/test_figure_speed_s21i.py compares the two).
_NO_YEARS: Final = r"\d\d\d(?<!分之.\d\d\d)(?<!分之[-负].\d\d\d)(?:(?<=1[0-9]\d\d)|(?<=20\d\d)|\d+)\s?年"


_CUR_SUFFIX_LONGEST_FIRST: Final = tuple(sorted(_CUR_SUFFIX, key=len, reverse=True))
_BIG_RX_ANY: Final = re.compile("[万亿]")
_NO_SUB: Final = Fraction(0)


def _money_tail(tail: str) -> tuple[Fraction | None, str | None]:
    """Jiao and fen after 元 (一角七分), and a currency word after it (三万元欧元)."""
    if not tail:  # most amounts
        return _NO_SUB, None
    sub = Fraction(0)
    cur = None
    for w in _CUR_SUFFIX_LONGEST_FIRST:
        if tail.endswith(w):
            cur, tail = w, tail[: -len(w)]
            break
    if tail[:1] in _DIGIT_VAL and tail[1:2] not in ("角", "毛", "分"):  # 十二块五: jiao left unwritten
        return Fraction(_DIGIT_VAL[tail[0]], 10), cur
    for mm in re.finditer(r"零?(.)([角毛分])", tail):
        d = _DIGIT_VAL.get(mm.group(1))
        if d is None:
            return None, None
        sub += Fraction(d, 10 if mm.group(2) in "角毛" else 100)
    return sub, cur


def _duration(v: Fraction, designator: str) -> str | None:
    if v is None or v < 0:
        return None
    time = designator.startswith("T")
    d = designator[-1]
    whole, frac = divmod(v, 1)
    sub = _SUBUNIT.get((time, d))
    if frac and sub is not None and (frac * sub[1]).denominator == 1:
        # 两年半 -> P2Y6M, 一天半 -> P1DT12H: the fraction in the next smaller unit
        head = f"{int(whole)}{d}" if whole else ""
        small = f"{int(frac * sub[1])}{sub[0]}"
        if time:
            return f"PT{head}{small}"
        return f"P{head}{'T' if sub[0] in 'H' else ''}{small}"
    n = to_plain(v)
    written = format(n, "g") if isinstance(n, float) else str(n)
    if time:
        return f"PT{written}{d}"
    return f"P{written}{d}"


# A fractional duration is written in the next smaller unit when it comes out whole.
_SUBUNIT: Final = {(False, "Y"): ("M", 12), (False, "W"): ("D", 7), (False, "D"): ("H", 24),
                   (True, "H"): ("M", 60), (True, "M"): ("S", 60)}


_MAG_RX: Final = re.compile(rf"[{MAGNITUDES}]+$")
_PLAIN: Final = re.compile(r"\d+(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_ANY_MAG_RX: Final = re.compile(r"[十百千万亿拾佰仟萬億kK]")
_BIG_RX: Final = re.compile(r"[万亿萬億]+$")
# 八九亿, 三五百 (any two rising digits before a magnitude); 两三个, 十七八家 (two consecutive digits)
_ADJ_RX: Final = re.compile(rf"^(.*?)([{_CN_DIGIT}两])([{_CN_DIGIT}])((?:[十百千万亿].*)?)$")


# two numerals that stand for a range however they are written (三两个: two or three; 一两个月: one
# or two; 三五家, 三五年: three to five, never 35, which is written 三十五)
_PAIRS: Final = {"三两": ("二", "三"), "一两": ("一", "二"), "三五": ("三", "五")}


def _vague(num: str) -> tuple[Fraction, Fraction] | None:
    """Approximate numbers as a range: 几十万, 数十亿, 十几, 二十几万, 八九亿, 三五百."""
    if num[0] in "数几":
        low = parse_number("一" + num[1:])
        return (low, low * 10) if low else None
    if "几" in num:
        head, rest = num.split("几", 1)
        base = parse_number(head)
        if base is None or not head or head[-1] not in "十百千":
            return None
        place = {"十": 1, "百": 10, "千": 100}[head[-1]]
        mult = parse_number("1" + rest) if rest else Fraction(1)
        if mult is None:
            return None
        return base * mult, (base + place * 10) * mult
    pair = _PAIRS.get(num[:2])
    if pair is not None and (len(num) == 2 or num[2] in "十百千万亿"):
        rest = num[2:]
        lo2, hi2 = parse_number(pair[0] + rest), parse_number(pair[1] + rest)
        return (lo2, hi2) if lo2 is not None and hi2 is not None else None  # 三两十十: no number
    m = _ADJ_RX.match(num)
    if m and (m.group(4) or _DIGIT_VAL[m.group(3)] == _DIGIT_VAL[m.group(2)] + 1) and \
            _DIGIT_VAL[m.group(2)] < _DIGIT_VAL[m.group(3)] and (not m.group(1) or m.group(1)[-1] in "十百千万亿"):
        pre, a, b, rest = m.groups()
        lo, hi = parse_number(pre + a + rest), parse_number(pre + b + rest)
        if lo is not None and hi is not None and lo < hi:
            return lo, hi
    return None


def _value1(num: str) -> tuple[Fraction, Fraction | None, Fraction | None] | None:
    if len(num) > 100:  # no real figure is longer (and int() refuses > 4300 digits)
        return None
    if num.isascii() and _PLAIN.fullmatch(num):
        return Fraction(num.replace(",", "")), None, None
    if num in ("百", "千", "万"):  # 近千家, 万余人: one hundred/thousand/ten thousand
        return Fraction({"百": 100, "千": 1000, "万": 10000}[num]), None, None
    if num == "半":  # 半年, 半个月
        return Fraction(1, 2), None, None
    if num in _BARE_MAGS:  # 亿元以上, 千万元: one of the magnitude
        one = parse_number("一" + num)
        return (one, None, None) if one is not None else None  # (always a number)
    if num[-1] in "kK":
        num = num[:-1] + "千"
    vr = _vague(num)
    if vr is not None:
        return vr[0], vr[0], vr[1]
    v = parse_number(num)
    return (v, None, None) if v is not None else None


@lru_cache(maxsize=4096)
def _values(num: str, num2: str | None, gemag: str | None) -> tuple[Fraction, Fraction | None, Fraction | None] | None:
    """(value, low, high) of a number or a range, before the unit factor."""
    a = _value1(num)
    if a is None:
        return None
    v1, lo, hi = a
    if num2 is not None:
        b = _value1(num2)
        if b is None or lo is not None or b[1] is not None:
            return None
        v2 = b[0]
        # a magnitude written once for both ends: 3至5亿, 两到三千, 七千到九千亿
        if not _ANY_MAG_RX.search(num):
            mg = _MAG_RX.search(num2)
        else:
            mg = _BIG_RX.search(num2)
            if mg and _BIG_RX.search(num):
                mg = None
        if mg and mg.group() == num2 and len(num2) > 1:  # 五到十亿: 十 is the number, 亿 is shared
            mg = _MAG_RX.search(num2, 1)
        if mg and mg.group() != num2:
            scale = parse_number("1" + mg.group())
            if scale and v1 * scale <= v2:
                v1 = v1 * scale
        if not v1 < v2:
            return None
        lo, hi = v1, v2
    if gemag:
        scale = parse_number("1" + gemag)
        if scale is None:  # (never: 1 and magnitude words)
            return None
        v1 = v1 * scale
        lo = lo * scale if lo is not None else None
        hi = hi * scale if hi is not None else None
    return v1, lo, hi


_QUOTE_BREAK: Final = re.compile(r"[“，。、；：！？,.;:!?\s]")




_YEARS: Final = re.compile(r"P(\d+)Y")
_MONTHS_AFTER: Final = re.compile(r"[零又]?(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,2})个月(?P<post>以上|以下|左右)?")
_HOURS: Final = re.compile(r"PT(\d+)H")
_MINUTES_AFTER: Final = re.compile(r"[零又]?(?P<n>[1-5]?\d|[一二三四五]?十[一二三四五六七八九]?|[一二两三四五六七八九])分(?:钟)?(?!之|[\d.%])")


def _years_months(text: str, cands: list[Candidate], quals: dict[str, tuple[str, str]]) -> list[Candidate]:
    """一年零六个月, 2年3个月: whole years, then (零 or 又 between) 1 to 11 months, are one span of
    time, P1Y6M (as 两年半 is P2Y6M); the months join the high end of a range (一年至三年六个月)."""
    return _joined_durations(text, cands, _YEARS, _MONTHS_AFTER, 11, "P{}Y{}M", quals)


def _hours_minutes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """2小时45分钟, 3小时30分: whole hours, then 1 to 59 minutes, are one span of time, PT2H45M;
    a qualifier before the hours stays the span's."""
    return _joined_durations(text, cands, _HOURS, _MINUTES_AFTER, 59, "PT{}H{}M", None)


def _joined_durations(text: str, cands: list[Candidate], whole: re.Pattern[str], after: re.Pattern[str], top: int,
                      form: str, quals: dict[str, tuple[str, str]] | None) -> list[Candidate]:
    """A DURATION in whole units (``whole`` matches its value) and the smaller units written
    right after it (``after``: group ``n``, 1 to ``top``) as one span, its value ``form`` of both.
    With ``quals`` (years and months) only an unqualified span joins, and a qualifier after the
    smaller units (以上) is the whole span's; without (hours and minutes) one before it stays."""
    out: list[Candidate] = []
    skip_to = -1
    for c in sorted(cands, key=_START):
        if c.start < skip_to:
            continue
        last = c.high if c.high is not None else c.value
        w = whole.fullmatch(last) if c.label == "DURATION" and isinstance(last, str) \
            and (quals is None or c.qualifier is None) else None
        m = after.match(text, c.end) if w is not None else None
        n = parse_number(m.group("n")) if m is not None else None
        if w is None or m is None or n is None or not 1 <= n <= top:
            out.append(c)
            continue
        both = form.format(w.group(1), int(n))
        changes: dict[str, Any] = {"end": m.end(), "high" if c.high is not None else "value": both}
        if quals is not None:
            post = m.groupdict().get("post")
            changes["qualifier"] = quals[post][0] if post and post in quals else None
        out.append(c._replace(**changes))
        skip_to = m.end()
    return out


_GE_DURATION: Final = re.compile(r"[半多](?:小时|钟头|月|星期)")


def _half_after_ge(c: Candidate, text: str) -> Candidate | None:
    """两个半小时, 一个半月, 一个多月: a count of 个, then 半 or 多 and a duration unit, is a
    duration (半 adds a half; 多 is the qualifier over)."""
    units = load_units()
    extra = text[c.end]
    for w in ("小时", "钟头", "月", "星期"):
        if text.startswith(w, c.end + 1):
            u = units.get("个" + w)
            if u is None or u.label != "DURATION" or u.designator is None or not isinstance(c.value, (int, float)):
                return None
            if extra == "半":
                v = _duration(Fraction(c.value) + Fraction(1, 2), u.designator)
                q = c.qualifier
            else:
                v = _duration(Fraction(c.value), u.designator)
                q = c.qualifier or "over"
            return c._replace(end=c.end + 1 + len(w), label="DURATION", value=v, unit="ISO8601",
                              qualifier=q, source="figures.duration.half")
    return None


def _dates(text: str, pub: _dt.date | None, cands: list[Candidate], digit_anchors: list[int]) -> list[Candidate]:
    """The dates of ``text`` outside the figures ``cands`` (3亿元 holds no date);
    ``digit_anchors`` are the digits where one can start (``FigureMatcher._quantities``)."""
    places = _outside(anchors(text, digit_anchors), cands)
    return [_candidate((s, e, "DATE", v, "ISO8601", None, lo, hi, PRIORITY,
                        _DATE_SOURCE.get(kind) or f"figures.date.{kind}"))
            for s, e, v, lo, hi, kind in dates_in(text, pub, places)]


_CLAUSE_OPEN: Final = frozenset("，,。；;：:、！!？?（(“\"\n ")


def _recent(text: str, c: Candidate, after: tuple[str, ...]) -> Candidate:
    """近五年来, 近五年，…: 近 before a DURATION that a word of ``after`` follows (来, 以来, 里) or
    that opens a clause means "the most recent", not "nearly" (历时近三年 stays nearly): 近 stays
    outside the span, with no qualifier, as the words outside the SPEC list do. Only years and
    months frame a period so (在近50分钟的时间里 is nearly 50 minutes)."""
    if (c.label != "DURATION" or c.qualifier != "nearly" or not text.startswith("近", c.start)
            or not isinstance(c.value, str) or c.value.startswith("PT")):
        return c
    if not (c.start == 0 or text[c.start - 1] in _CLAUSE_OPEN or text.startswith(after, c.end)):
        return c
    return c._replace(start=c.start + 1, qualifier=None)


# A year written with two digits (24年 for 2024) where the words around make it a year, not a
# number of years: a part of the year after it (24年底, 24年上半年, 24年三季度, 24年5月), a word
# that points at a date before it (截至24年), or a clause it opens before a comma or a scope word
# (24年，全市…; 24年全县…). 24年来 and 工作24年 stay durations.
_SHORT_YEAR_AFTER: Final = re.compile(
    r"(?P<part>上半年|下半年|前三季度|第?[一二三四1-4]季度|(?:1[0-2]|0?[1-9])月(?:份|(?:3[01]|[12]\d|0?[1-9])[日号])?)"
    r"|[底初末]|全年")
_SHORT_YEAR_BEFORE: Final = ("截至", "截止", "回顾", "展望")
_SHORT_YEAR_OPENS: Final = frozenset("，,全我")


def _short_years(text: str, pub: _dt.date | None, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the two-digit years of ``text`` (_SHORT_YEAR_AFTER) as DATEs in place of
    the durations they were read as; a part of the year after one is in the span (24年上半年)."""
    out: list[Candidate] | None = None
    for i, c in enumerate(cands):
        if c.label != "DURATION" or c.end - c.start != 3 or c.qualifier is not None or text[c.end - 1] != "年" \
                or not text[c.start:c.end - 1].isascii() or not text[c.start:c.end - 1].isdigit():
            continue
        m = _SHORT_YEAR_AFTER.match(text, c.end)
        if m is None and not text.endswith(_SHORT_YEAR_BEFORE, 0, c.start) and not (
                (c.start == 0 or text[c.start - 1] in _CLAUSE_OPEN) and text[c.end:c.end + 1] in _SHORT_YEAR_OPENS):
            continue
        nn = int(text[c.start:c.end - 1])
        century = 1900 if (nn > pub.year % 100 + 5 if pub is not None else nn >= 50) else 2000
        part = m.group("part") if m is not None else None
        end = c.end + len(part) if part else c.end
        got = parse_date(f"{century + nn}年{part or ''}", pub)
        if got is None:
            continue
        if out is None:
            out = list(cands)
        out[i] = _candidate((c.start, end, "DATE", got[0], "ISO8601", None, got[1], got[2], PRIORITY, "figures.date.short_year"))
    if out is None:
        return cands
    return out


# N×power (2×66万千瓦, 4×35万千瓦机组, 2x300MW): N units of that size, one figure of their sum
_TIMES_BEFORE: Final = re.compile(r"(?<![\d.×xX])([1-9]|1[0-2])\s?[×xX]\s?$")
_TIMES_LABELS: Final = frozenset(("POWER", "ENERGY"))


def _units_times(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with a power (or energy) after a count of units and × (_TIMES_BEFORE) read as
    their sum, the count and × in the span."""
    out: list[Candidate] | None = None
    for i, c in enumerate(cands):
        if c.label not in _TIMES_LABELS or c.high is not None or c.qualifier is not None or c.start < 2 \
                or text[c.start - 1] not in "×xX " or not isinstance(c.value, (int, float)):
            continue
        m = _TIMES_BEFORE.search(text, max(0, c.start - 4), c.start)
        if m is None:
            continue
        n = int(m.group(1))
        v = to_plain(Fraction(str(c.value)) * n)
        if out is None:
            out = list(cands)
        out[i] = c._replace(start=m.start(), value=v)
    return cands if out is None else out


# A time written to the second (2小时15分32秒, 3分28秒: a race result, a record): one span of
# time; minutes and seconds below 60, 分 never of 分之 or of a score (it is followed by seconds)
_CLOCK_RX: Final = re.compile(
    r"(?<![\d.])(?:(?P<h>\d{1,3})(?:个)?小时)?(?P<m>[0-5]?\d)分(?:钟)?(?P<s>[0-5]?\d(?:\.\d+)?)秒(?:钟)?")


def _clock_times(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the times written to the second (_CLOCK_RX) as one DURATION each, in place
    of the parts read alone (2小时 and 32秒 of 2小时15分32秒)."""
    found = [(m.start(), m.end(), m.group("h"), m.group("m"), m.group("s")) for m in _CLOCK_RX.finditer(text)]
    if not found:
        return cands
    kept = [c for c in cands if not any(c.start < e and a < c.end for a, e, _, _, _ in found)]
    for a, e, h, mi, sec in found:
        secs = sec.lstrip("0") or "0"
        if secs.startswith("."):
            secs = "0" + secs
        value = "PT" + (f"{int(h)}H" if h else "") + f"{int(mi)}M{secs}S"
        kept.append(_candidate((a, e, "DURATION", value, "ISO8601", None, None, None, PRIORITY, "figures.duration")))
    kept.sort(key=lambda c: c.start)
    return kept


def _ad_years(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the years after 公元 as DATEs (find_ad_years), in place of the durations
    they were read as (公元618年 is a year, not 618 years)."""
    ad = [_candidate((s, e, "DATE", v, "ISO8601", None, None, None, PRIORITY, "figures.date.ad"))
          for s, e, v in find_ad_years(text)]
    if not ad:
        return cands
    kept = [c for c in cands if not any(c.start < r.end and r.start < c.end for r in ad)]
    return kept + ad


def _roc_years(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the 民国 years of ``text`` as DATEs (find_roc_dates), in place of the
    durations they were read as (民国113年 is the year 2024, not 113 years)."""
    roc = [_candidate((s, e, "DATE", v, "ISO8601", None, lo, hi, PRIORITY, "figures.date.roc"))
           for s, e, v, lo, hi in find_roc_dates(text)]
    if not roc:
        return cands
    kept = [c for c in cands if not any(c.start < r.end and r.start < c.end for r in roc)]
    return kept + roc


def _outside(places: list[int], cands: list[Candidate]) -> list[int]:
    """The ``places`` (ascending) inside none of ``cands``: one walk of both in text order."""
    if not cands:
        return places
    spans = sorted(cands, key=_START)
    out = []
    i, n, reach = 0, len(spans), 0  # reach: the furthest end of the candidates started so far
    for p in places:
        while i < n and spans[i][0] <= p:
            if spans[i][1] > reach:
                reach = spans[i][1]
            i += 1
        if p >= reach:
            out.append(p)
    return out


_DATE_SOURCE: Final = {k: f"figures.date.{k}" for k in ("one", "ymd", "yr", "ymr", "ml", "dr", "fq", "mr", "bare")}


_QUOTABLE: Final = frozenset(("COUNT", "DURATION"))


def _quoted_name(c: Candidate, text: str) -> bool:
    """A count inside a short quoted name: “两个之最”, “三个一批” (at most 6 characters, no
    punctuation, not the figure alone); quoted speech (“今年投资3亿元。”) keeps its figures."""
    if "“" in text[max(0, c.start - 6):c.start + 1]:
        q = text.rfind("“", max(0, c.start - 6), c.start + 1)
        if "”" not in text[q:c.start]:
            close = text.find("”", c.end, c.end + 5)
            if (close != -1 and close - q - 1 <= 6 and (q + 1, close) != (c.start, c.end)
                    and not _QUOTE_BREAK.search(text, q + 1, close)):
                return True
    return False


# an int: compiled, an int compared with a float is converted to float first, which raises
# for one too large (pure Python compares them exactly)
_FLOAT_MAX: Final = int(1.7976931348623157e308)


def fits_float(c: Candidate) -> bool:
    """Whether each number of ``c`` fits a float (五万亿万亿…元 read as 5e600 does not): every
    value ``extract`` returns converts to float and JSON. The pipeline asks it of the
    candidates of matchers that do not say so themselves (``finite_values``)."""
    return _fits(c.value) and _fits(c.low) and _fits(c.high)


# a bound every int within which compiles to a tagged int, compared natively (most values)
_SHORT: Final = 4611686018427387903  # 2**62 - 1


def _fits(v: int | float | str | None) -> bool:
    """Whether ``v`` (a value, low or high) is no number or one that fits a float."""
    if isinstance(v, float):
        return v - v == 0.0  # finite: inf - inf and nan - nan are nan
    if isinstance(v, int):
        return -_SHORT <= v <= _SHORT or -_FLOAT_MAX < v < _FLOAT_MAX
    return True


def _flatten(cands: list[Candidate]) -> list[Candidate]:
    """Longest non-overlapping figure candidates (quantities before dates on ties)."""
    by_start = sorted(cands, key=_START)  # disjoint candidates have distinct starts
    if _disjoint(by_start):  # the usual case: nothing to choose
        return by_start
    order = sorted(cands, key=lambda c: (-(c.end - c.start), c.start, c.source.startswith("figures.date")))
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Candidate] = []
    for c in order:
        i = bisect.bisect_right(starts, c.start)
        if (i > 0 and ends[i - 1] > c.start) or (i < len(starts) and starts[i] < c.end):
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        kept.insert(i, c)
    return kept


_START: Final = operator.itemgetter(0)  # the start of a Candidate


def _disjoint(by_start: list[Candidate]) -> bool:
    """Whether candidates sorted by start are all non-empty and none overlaps the next."""
    reach = 0  # the end of the candidate before (none yet: no start is below 0)
    first = True
    for c in by_start:
        s = c[0]
        e = c[1]
        if not s < e or (not first and s < reach):
            return False
        first = False
        reach = e
    return True


def parse_money(s: str, default_currency: str = "CNY") -> Candidate | None:
    """Read a standalone money expression (``约4.287亿美元``, ``三百万``, ``15k左右``) as a
    MONEY candidate; a bare number counts as ``default_currency`` yuan."""
    from ..normalise import normalise

    text = normalise(s).text.strip()
    text = re.sub(r"(?<=\d)[kK]", "千", text)
    text = re.sub(r"(?<=\d)[wW]", "万", text)
    text = re.sub(r"\s+", "", text)
    ctx = Context()
    found = _MONEY_MATCHER(text, ctx)
    money = [c for c in found if c.label == "MONEY"]
    if money:
        return max(money, key=lambda c: c.end - c.start)
    # no currency word: the whole string is an amount of yuan
    if _MONEY_MATCHER._rx is None:
        _MONEY_MATCHER._compile()
    for m in _bare_num_rx().finditer(text):
        at = m.end()
        m2 = _MONEY_MATCHER(text[:at] + "元" + text[at:], ctx)
        money = [c for c in m2 if c.label == "MONEY" and c.start == 0 and c.end == len(text) + 1]
        if money:
            return money[0]._replace(end=len(text))
    return None




_MONEY_MATCHER: Final = FigureMatcher(lenient=True)


@lru_cache(maxsize=None)
def _bare_num_rx() -> Any:  # a ``regex`` pattern
    return regex.compile(rf"(?>{NUMBER_PATTERN})(?:余|多)?")
