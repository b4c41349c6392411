"""Parse written numbers exactly: Arabic (1,234.5), Chinese (一百四十, 二〇二一, 十一点五),
and mixes with magnitude words (3万4000, 1.2万亿, 5千万). Values are exact, so that 16.4亿 is
exactly 1640000000: ``parse_ratio`` reads in integers (n, d with d a power of ten), which the
figure matcher uses for every number; ``parse_number`` gives the same value as a ``Fraction``."""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache
from typing import Any, Final

__all__ = ["parse_number", "parse_ratio", "NUMBER_PATTERN", "to_plain", "find_numbers", "CN_NUMERALS", "MAGNITUDES",
           "CN_NUMBER_START", "NUMBER_CHARS", "optional_as_branch", "ARABIC_LED"]

CN_DIGITS: Final = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                    "六": 6, "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5,
                    "陆": 6, "柒": 7, "捌": 8, "玖": 9}
SMALL_UNITS: Final = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS: Final = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}

# The numeral classes, written once: every figure pattern (quantities, lists, dates'
# anchors) builds its character classes from these.
CN_NUMERALS: Final = "零〇○一二两三四五六七八九壹贰叁肆伍陆柒捌玖"  # digits, 两 and the financial forms
MAGNITUDES: Final = "十拾百佰千仟万萬亿億"
CN_NUMBER_START: Final = CN_NUMERALS + "十拾"  # a Chinese number opens with a digit or 十
NUMBER_CHARS: Final = CN_NUMERALS + MAGNITUDES + "点"  # any character inside a Chinese number
_CN: Final = CN_NUMERALS
_UNITS: Final = MAGNITUDES
# (the first group of thousands written out: ``re`` enters the repeat only after a comma)
_ARABIC: Final = r"\d{1,3},\d{3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?"
# A number, for the ``regex`` module. Arabic-led (140, 1,234.5, 3万4000, 1.2万亿, 5千万) or
# Chinese-led (一百四十, 二〇二一, 十一点五). Atomic groups and the look-behinds (a number
# never starts inside another number) keep matching linear on long digit runs.
_ARABIC_LED: Final = rf"(?:{_ARABIC})(?: ?[{_UNITS}]+(?:零?(?:{_ARABIC}))?)*"  # 1 万: a stray space
_CN_LED: Final = (rf"(?:[零〇○](?![一二三四五六七八九两])|[一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾])"
                  rf"(?:[{_CN}{_UNITS}]|点(?=[零〇○一二三四五六七八九壹贰叁肆伍陆柒捌玖]))*")  # 点两 is no decimal
NUMBER_PATTERN: Final = (
    rf"(?:(?<![\d.{_UNITS}])(?<!\d,)(?>{_ARABIC_LED})|(?<![{_CN}{_UNITS}\d])(?>{_CN_LED}))"
)
ARABIC_LED: Final = _ARABIC_LED  # NUMBER_PATTERN's branch at a digit (the figure matcher's core at a digit)


def optional_as_branch(pattern: str) -> str:
    """``pattern`` with each optional group ``(X)?`` written ``(?:(X)|)``: the same matches
    (greedy: X first, then nothing), but ``re`` compiles a ``?`` on a group to a repeat, whose
    bookkeeping each trial pays, and a branch with an empty alternative to a plain branch. The
    hot patterns (the figure core, the start scan, the date finder) cost a quarter less to try
    so (tests/test_figure_scans.py compares)."""
    close: dict[int, int] = {}  # the ")" of each "(" that a "?" alone follows
    opens: list[int] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: skip to its "]" ("]" first or after "^" is a member)
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            i = j + 1
            continue
        if c == "(":
            opens.append(i)
        elif c == ")" and opens:
            a = opens.pop()
            look = pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), a)
            if (not look and i + 1 < n and pattern[i + 1] == "?"
                    and not (i + 2 < n and pattern[i + 2] in "?+")):
                close[a] = i
        i += 1
    if not close:
        return pattern
    out: list[str] = []
    ends = {b + 1 for b in close.values()}  # the "?" of each
    for i, c in enumerate(pattern):
        if i in close:
            out.append("(?:")
        out.append("|)" if i in ends else c)
    return "".join(out)


_SIMPLE: Final = re.compile(rf"(\d+)(?:\.(\d+))?([{_UNITS}])?")
_TOKEN: Final = re.compile(rf"({_ARABIC})|([{_CN}]+)|([{_UNITS}])|(点)([{_CN}]+)")


@lru_cache(maxsize=8192)
def parse_number(s: str) -> Fraction | None:
    """Exact value of a written number, or ``None`` when it is not well formed.

    Chinese forms follow the spoken grammar: 零 is a place holder (一万零十二 = 10012), and a
    last digit right after 百/千/万/亿 counts one place lower (一万三 = 13000, 两千四百五 = 2450).
    """
    v = parse_ratio(s)
    if v is None:
        return None
    return Fraction(v[0]) if v[1] == 1 else Fraction(*v)


def parse_ratio(s: str) -> tuple[int, int] | None:
    """``parse_number`` as ``(n, d)``, the value n/d with d a power of ten (not reduced):
    integer arithmetic only, no ``Fraction`` (the figure matcher reads every number so)."""
    if s.isdecimal():  # the plain digits of most numbers (\d is the Unicode decimals, as here)
        return (int(s), 1) if len(s) <= 100 else None
    m = _SIMPLE.fullmatch(s)
    if m is not None and len(s) <= 100:  # 16.4亿, 3万, 0.5: one decimal number and one magnitude
        whole, decimals, mag = m.groups()
        scale = SMALL_UNITS.get(mag) or BIG_UNITS.get(mag) or 1
        n = int(whole + decimals) if decimals else int(whole)
        if n == 0 and mag in BIG_UNITS:
            return None  # 0万: no value to scale (the grammar below says so too)
        return n * scale, 10 ** len(decimals) if decimals else 1
    s = s.replace(" ", "")
    if not s or len(s) > 100:  # no real figure is longer; int() refuses > 4300 digits
        return None
    # total, section and number are counted in units of 1/d; d grows with the decimals read
    d = 1
    total = section = 0
    number: int | None = None
    pos = 0
    last_unit: str | None = None
    elided: int | None = None  # the unit a bare trailing digit follows (一万三)
    for m in _TOKEN.finditer(s):
        if m.start() != pos:
            return None
        pos = m.end()
        arabic, cn, unit, _, frac = m.groups()
        if arabic is not None:
            if number is not None:
                return None
            whole, dot, decimals = arabic.replace(",", "").partition(".")
            if dot:
                k = 10 ** len(decimals)
                if k > d:
                    total, section, d = total * (k // d), section * (k // d), k
                number = int(whole + decimals) * (d // k)
            else:
                number = int(whole) * d
            elided = None
        elif cn is not None:
            if number is not None:
                return None
            elided = None
            if cn in ("零", "〇", "○") and pos < len(s) and last_unit is None \
                    and section == 0 and total == 0 and s[pos] in SMALL_UNITS:
                continue  # 零十: a leading 零 before a unit adds nothing (10)
            if cn in ("零", "〇", "○") and pos < len(s) and last_unit is not None:  # a place holder: 一万零十二
                last_unit = "零"
                continue
            if len(cn) > 1:  # a digit string: 二〇二一, or 一二 read digit by digit
                if cn[0] in "零〇○" and last_unit is not None:  # 一千零五: 零 is a place holder
                    cn = cn.lstrip("零〇○")
                    if len(cn) != 1:
                        return None
                number = int("".join(str(CN_DIGITS[c]) for c in cn)) * d
            else:
                number = CN_DIGITS[cn] * d
                if last_unit is not None and last_unit != "零":
                    scale = SMALL_UNITS.get(last_unit) or BIG_UNITS[last_unit]  # a magnitude: one of them
                    if scale >= 100:
                        elided = scale
        elif unit is not None:
            if unit in SMALL_UNITS:
                if (last_unit is not None and last_unit in SMALL_UNITS
                        and SMALL_UNITS[last_unit] <= SMALL_UNITS[unit] and number is None):
                    return None
                section += (number if number is not None else d) * SMALL_UNITS[unit]
            elif unit in BIG_UNITS:
                val = section + (number if number is not None else 0)
                if val == 0:
                    if total == 0:
                        return None
                    total *= BIG_UNITS[unit]  # 万亿: scale what came before
                elif BIG_UNITS[unit] == 10**8:
                    total = (total + val) * BIG_UNITS[unit]
                else:
                    total += val * BIG_UNITS[unit]
                section = 0
            number = None
            elided = None
            last_unit = unit
        else:  # 点 + Chinese digits: decimal fraction
            if number is None and section == 0 and total == 0:
                return None
            if elided is not None and number is not None:
                number = number * elided // 10  # a digit times 100 or more: whole
                elided = None
            digits = "".join(str(CN_DIGITS[c]) for c in frac)
            k = 10 ** len(digits)
            if k > d:
                r = k // d
                total, section, d = total * r, section * r, k
                number = number * r if number is not None else None
            whole = section + (number or 0)
            number = whole + int(digits) * (d // k)
            section = 0
    if pos != len(s):
        return None
    if elided is not None and number is not None:
        number = number * elided // 10
    return total + section + (number if number is not None else 0), d


def to_plain(x: Fraction) -> int | float:
    """An int when integral, else the nearest float (``inf`` past float range; the
    pipeline drops non-finite figures)."""
    if x.denominator == 1:
        return int(x)
    try:
        return float(x)
    except OverflowError:
        return float("inf") if x > 0 else float("-inf")


def find_numbers(text: str) -> list[tuple[int, int, Fraction]]:
    """(start, end, value) of every number written in ``text`` (normalised), outside the words
    whose numeral is no number (``not_number`` in ``data/figure_cues.tsv``: 四川, 一切)."""
    rx = _finder()
    mask = bytearray(len(text))
    for m in _not_rx().finditer(text):
        mask[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    out = []
    for m in rx.finditer(text):
        if 1 in mask[m.start():m.end()]:
            continue
        v = parse_number(m.group())
        if v is not None:
            out.append((m.start(), m.end(), v))
    return out


@lru_cache(maxsize=None)
def _finder() -> Any:  # a ``regex`` pattern (the module has no type stubs), compiled on first use
    import regex  # type: ignore[import-untyped]

    return regex.compile(NUMBER_PATTERN)


@lru_cache(maxsize=None)
def _not_rx() -> re.Pattern[str]:
    from .tables import load_cues

    words = sorted(load_cues().get("not_number", {}), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))
