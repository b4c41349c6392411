"""Sentence, clause and paragraph boundaries, and word stripping, over normalised text."""

from __future__ import annotations

import re
from typing import Callable, Final

import numpy as np

__all__ = ["Text", "bisect_left", "bisect_right", "is_han", "has_han", "CLAUSE_RE", "QUOTES", "QUOTE_CHARS", "ORDINAL", "HAN",
           "HAN_OR_WORD", "SENT_END", "CLAUSE_SEP",
           "Words", "strip_right", "strip_left"]

SENT_END: Final = "。!?！？\n"
CLAUSE_SEP: Final = ",;:，；：、 \t"
CLAUSE_RE: Final = re.compile(f"[{re.escape(SENT_END + CLAUSE_SEP)}]")
QUOTE_CHARS: Final = "“”\"'‘’「」『』《》()"
QUOTES: Final = re.compile("[%s]" % re.escape(QUOTE_CHARS))
ORDINAL: Final = re.compile(r"第[0-9一二三四五六七八九十百两]+[期批次届个项号轮]|[0-9一二三四五六七八九十两]+期")
# A count of the divisions just listed (洛阳、南阳、新乡三市…): no part of a measure.
DIVISION_COUNT: Final = re.compile(r"[一二两三四五六七八九十]+[省市县区镇乡](?![长委])")
HAN_OR_WORD: Final = re.compile(r"[\u3400-\u9fffA-Za-z]")
HAN: Final = re.compile(r"[\u3400-\u9fff]")
_ORDINAL_INITIALS: Final = frozenset("第0123456789一二三四五六七八九十两")  # the characters ORDINAL can start with
_MAX_SENTENCE: Final = 400  # longer "sentences" (no full stops) are split for analysis


# kinds of separator, each one also all before it (a newline ends a sentence, a sentence end a
# clause): ``kind >= _SENT`` ends a sentence
_CLAUSE: Final = 1
_SENT: Final = 2
_NEWLINE: Final = 4
_QUOTE: Final = 8  # a quote character (``QUOTE_CHARS``): a kind of its own in the table of kinds


def is_han(ch: str) -> bool:
    """``HAN.fullmatch(ch) is not None`` for a string of at most one character (``HAN.match(s)``
    is ``is_han(s[:1])``), by two compares: no call into the regular expression engine (a
    thousand and more instructions each, called from the rules for a character or a word)."""
    return len(ch) == 1 and "\u3400" <= ch <= "\u9fff"


def has_han(s: str) -> bool:
    """``HAN.search(s) is not None``, by a walk that stops at the first Han character."""
    for ch in s:
        if "\u3400" <= ch <= "\u9fff":
            return True
    return False


def bisect_left(a: list[int], x: int, lo: int = 0, hi: int = -1) -> int:
    """``bisect.bisect_left`` on a list of ints (``hi`` < 0: ``len(a)``). Compiled, the rules
    call it directly on unboxed ints, with no argument parsing and no rich comparison: the
    facts stage bisects its offset lists tens of thousands of times a text."""
    if hi < 0:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) >> 1
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a: list[int], x: int, lo: int = 0, hi: int = -1) -> int:
    """``bisect.bisect_right`` on a list of ints (``hi`` < 0: ``len(a)``); see ``bisect_left``."""
    if hi < 0:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) >> 1
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _kinds() -> "np.ndarray":
    """Code point -> kind of separator, or ``_QUOTE`` for a quote character (0 for neither):
    the table ``Text`` reads a long text through."""
    kinds = np.zeros(0x110000, np.uint8)
    for ch in CLAUSE_SEP:
        kinds[ord(ch)] = _CLAUSE
    for ch in SENT_END:
        kinds[ord(ch)] = _SENT
    kinds[ord("\n")] = _NEWLINE
    for ch in QUOTE_CHARS:  # (no separator is a quote character)
        kinds[ord(ch)] = _QUOTE
    return kinds


_KINDS: Final = _kinds()


# a separator (captured, so a split keeps it) and each one's kind: what a short text is read by
_SEP_SPLIT: Final = re.compile("([%s])" % re.escape(SENT_END + CLAUSE_SEP))
_SEP_KIND: Final[dict[str, int]] = {ch: _NEWLINE if ch == "\n" else _SENT if ch in SENT_END else _CLAUSE
                                    for ch in SENT_END + CLAUSE_SEP}
# texts shorter than this are read by a split at the separators (a few C calls); longer ones by
# the code point tables (numpy's dozen calls cost more than a short text's whole split)
_SHORT: Final = 160


class Text:
    """Sentence, clause and paragraph boundaries of the normalised text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.n = len(text)
        # (typed: compiled, the bisections and walks read them as ints, not objects)
        self.clause_starts: list[int] = [0]
        self.clause_ends: list[int] = []
        self.para_starts: list[int] = [0]
        self.quote_at: list[int] = []
        sent_starts: list[int] = [0]
        if self.n < _SHORT:
            self._read_short(text, sent_starts)
        else:
            self._read_long(text, sent_starts)
        self.sent_starts: list[int] = self._capped(sent_starts)
        self.sent_ends: list[int] = _ends(self.sent_starts, self.n)

    def _read_short(self, text: str, sent_starts: list[int]) -> None:
        """The boundaries of a short text (``_read_long``'s, by a split at the separators)."""
        parts = _SEP_SPLIT.split(text)  # piece, separator, piece, …, piece
        kinds = _SEP_KIND
        clause_starts, clause_ends, para_starts = self.clause_starts, self.clause_ends, self.para_starts
        pos = 0
        for i in range(1, len(parts), 2):
            pos += len(parts[i - 1])
            kind = kinds[parts[i]]
            clause_ends.append(pos)
            pos += 1
            clause_starts.append(pos)
            if kind >= _SENT:
                sent_starts.append(pos)
                if kind >= _NEWLINE:
                    para_starts.append(pos)
        clause_ends.append(self.n)
        if QUOTES.search(text) is not None:
            self.quote_at = [m.start() for m in QUOTES.finditer(text)]

    def _read_long(self, text: str, sent_starts: list[int]) -> None:
        """The boundaries and quotes of a text by its code points' kinds (``_KINDS``): one
        scan in numpy finds where the separators and quotes are, and a walk over those only
        (a few numpy calls: each costs as much as a short text's whole split)."""
        points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
        kinds = _KINDS.take(points)
        at = kinds.nonzero()[0]
        where: list[int] = at.tolist()
        what: list[int] = kinds[at].tolist()
        clause_starts, clause_ends, para_starts = self.clause_starts, self.clause_ends, self.para_starts
        quote_at = self.quote_at
        for i in range(len(where)):  # (by index over typed lists: compiled, native ints)
            pos = where[i]
            kind = what[i]
            if kind == _QUOTE:
                quote_at.append(pos)
                continue
            clause_ends.append(pos)
            clause_starts.append(pos + 1)
            if kind >= _SENT:
                sent_starts.append(pos + 1)
                if kind >= _NEWLINE:
                    para_starts.append(pos + 1)
        clause_ends.append(self.n)

    def _capped(self, starts: list[int]) -> list[int]:
        """Split sentences longer than ``_MAX_SENTENCE`` at clause starts (or anywhere), so the
        work per figure stays bounded on text without full stops."""
        n = len(self.text)
        for i in range(len(starts)):  # (a typed loop: compiled, no map over boxed ints)
            if (starts[i + 1] if i + 1 < len(starts) else n) - starts[i] > _MAX_SENTENCE:
                break
        else:
            return starts  # the common case: no sentence to split
        bounds = starts + [n]
        out = []
        for a, b in zip(bounds, bounds[1:]):
            out.append(a)
            last = a
            if b - a <= _MAX_SENTENCE:
                continue
            i = bisect_right(self.clause_starts, a)
            while b - last > _MAX_SENTENCE:
                j = bisect_right(self.clause_starts, last + _MAX_SENTENCE) - 1
                cut = self.clause_starts[j] if j >= i and self.clause_starts[j] > last else last + _MAX_SENTENCE
                out.append(cut)
                last = cut
        return out

    def locate(self, offsets: list[int]) -> tuple[list[int], list[int], list[int]]:
        """For offsets in order: the start and end of each one's clause and the start of its
        sentence (``clause(pos)``, ``sentence(pos)[0]``), by one walk along the boundaries."""
        cs, ce, ss = self.clause_starts, self.clause_ends, self.sent_starts
        ca, cb, sa = [], [], []
        i = j = 0
        last_c, last_s = len(cs) - 1, len(ss) - 1
        for pos in offsets:
            while i < last_c and cs[i + 1] <= pos:
                i += 1
            while j < last_s and ss[j + 1] <= pos:
                j += 1
            ca.append(cs[i])
            cb.append(ce[i])
            sa.append(ss[j])
        return ca, cb, sa

    def quoted(self, a: int, b: int) -> bool:
        """Some quote character (``QUOTE_CHARS``) is in ``text[a:b]``."""
        q = self.quote_at
        i = bisect_left(q, a)
        return i < len(q) and q[i] < b

    @staticmethod
    def _range(starts: list[int], pos: int, n: int) -> tuple[int, int]:
        i = bisect_right(starts, pos) - 1
        end = starts[i + 1] - 1 if i + 1 < len(starts) else n
        return starts[i], end

    def sentence(self, pos: int) -> tuple[int, int]:
        if pos < 0:
            return self._range(self.sent_starts, pos, self.n)
        i = bisect_right(self.sent_starts, pos) - 1
        return self.sent_starts[i], self.sent_ends[i]

    def clause(self, pos: int) -> tuple[int, int]:
        if pos < 0:
            return self._range(self.clause_starts, pos, self.n)
        i = bisect_right(self.clause_starts, pos) - 1
        return self.clause_starts[i], self.clause_ends[i]

    def clause_end(self, pos: int) -> int:
        """The end of the clause at ``pos`` (``clause(pos)[1]``), for hot loops."""
        return self.clause_ends[bisect_right(self.clause_starts, pos) - 1]

    def paragraph(self, pos: int) -> tuple[int, int]:
        ps = self.para_starts
        i = bisect_right(ps, pos)  # (a negative pos gives i == 0: the last start, ending at -1, as _range)
        return ps[i - 1], ps[i] - 1 if i < len(ps) else self.n


def _ends(starts: list[int], n: int) -> list[int]:
    """The end of each range that ``starts`` begin (the next start less one; ``n`` for the last)."""
    return [s - 1 for s in starts[1:]] + [n]


def _lengths_by(words: tuple, edge) -> dict[str, tuple[int, ...]]:
    """Character -> the lengths of the words it is the ``edge`` character of, longest first."""
    out: dict[str, set[int]] = {}
    for w in words:
        if w:
            out.setdefault(edge(w), set()).add(len(w))
    return {ch: tuple(sorted(ns, reverse=True)) for ch, ns in out.items()}


class Words:
    """A word list in the forms the strip functions look words up in: a set, the longest
    length, the last and first characters (a quick "ends / starts with none"), and for each
    last and first character the lengths of the words with it (the only lengths worth a look)."""

    __slots__ = ("set", "maxlen", "finals", "initials", "end_lengths", "start_lengths")

    def __init__(self, words) -> None:
        words = tuple(words)
        self.set = frozenset(words)
        self.maxlen = max(map(len, words), default=0)
        self.end_lengths = _lengths_by(words, lambda w: w[-1])
        self.start_lengths = _lengths_by(words, lambda w: w[0])
        self.finals = frozenset(self.end_lengths)
        self.initials = frozenset(self.start_lengths)

    def suffix(self, s: str) -> str | None:
        """The longest word ``s`` ends with: only the lengths of the words ending in its last
        character are looked up. (A length over ``len(s)`` looks ``s`` up whole: when ``s`` is
        a word, it is the longest one it ends with anyway.)"""
        words = self.set
        for n in self.end_lengths.get(s[-1:], ()):
            w = s[-n:]
            if w in words:
                return w
        return None

    def prefix(self, s: str) -> str | None:
        """The longest word ``s`` starts with, looked up as ``suffix`` does."""
        words = self.set
        for n in self.start_lengths.get(s[:1], ()):
            w = s[:n]
            if w in words:
                return w
        return None


def strip_right(s: str, words: Words, is_word: Callable[[str], bool] | None = None) -> str:
    """``s`` without the ``words`` (and spaces) it ends with, longest first, as often as any;
    with ``is_word``, not a one-character word that ends a word with the character before it
    (违法行为: 为, 普通高中: 中), and only the rest of a longer one whose first character does
    (最高达: 达, not 高达)."""
    while True:
        s = s.rstrip(" \t")
        if s[-1:] not in words.finals:  # the common case: no word can end it
            return s
        w = words.suffix(s)
        if not w or (is_word is not None and len(w) == 1 and len(s) > 1 and is_word(s[-2:])):
            return s
        if is_word is not None and len(w) > 1 and len(s) > len(w) and w[1:] in words.set \
                and is_word(s[-len(w) - 1:-len(w) + 1]):
            w = w[1:]  # 最高达: 最高|达, not 最|高达 (the filler's first character ends a word)
        s = s[: -len(w)]


def strip_left(s: str, words: Words) -> str:
    """``s`` without the ordinals and ``words`` it starts with: each time the longest that
    leaves something after it."""
    ws, lengths = words.set, words.start_lengths
    changed = True
    while s and changed:
        changed = False
        s = s.lstrip(" \t")
        m = ORDINAL.match(s) if s[:1] in _ORDINAL_INITIALS else None
        if m:
            s = s[m.end():]
            changed = True
            continue
        for n in lengths.get(s[:1], ()):  # only the lengths of the words s's first character opens
            if n < len(s) and s[:n] in ws:
                s = s[n:]
                changed = True
                break
    return s
