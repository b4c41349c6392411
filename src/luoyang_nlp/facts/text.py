"""Sentence, clause and paragraph boundaries, and word stripping, over normalised text."""

from __future__ import annotations

import bisect
import operator
import re
from bisect import bisect_right as _bisect_right

__all__ = ["Text", "CLAUSE_RE", "QUOTES", "ORDINAL", "HAN", "HAN_OR_WORD", "SENT_END", "CLAUSE_SEP",
           "longest_suffix", "Words", "strip_right", "strip_left"]

SENT_END = "。!?！？\n"
CLAUSE_SEP = ",;:，；：、 \t"
_SENT_RE = re.compile(f"[{SENT_END}]")
CLAUSE_RE = re.compile(f"[{re.escape(SENT_END + CLAUSE_SEP)}]")
QUOTES = re.compile("[“”\"'‘’「」『』《》()]")
ORDINAL = re.compile(r"第[0-9一二三四五六七八九十百两]+[期批次届个项号轮]|[0-9一二三四五六七八九十两]+期")
HAN_OR_WORD = re.compile(r"[\u3400-\u9fffA-Za-z]")
HAN = re.compile(r"[\u3400-\u9fff]")
_NEWLINE = re.compile("\n")
_MAX_SENTENCE = 400  # longer "sentences" (no full stops) are split for analysis


class Text:
    """Sentence, clause and paragraph boundaries of the normalised text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.n = len(text)
        self.clause_starts = [0] + [m.end() for m in CLAUSE_RE.finditer(text)]
        self.para_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
        self.sent_starts = self._capped([0] + [m.end() for m in _SENT_RE.finditer(text)])
        self.clause_ends = _ends(self.clause_starts, self.n)
        self.sent_ends = _ends(self.sent_starts, self.n)

    def _capped(self, starts: list[int]) -> list[int]:
        """Split sentences longer than ``_MAX_SENTENCE`` at clause starts (or anywhere), so the
        work per figure stays bounded on text without full stops."""
        bounds = starts + [len(self.text)]
        if max(map(operator.sub, bounds[1:], bounds)) <= _MAX_SENTENCE:
            return starts  # the common case: no sentence to split
        out = []
        for a, b in zip(bounds, bounds[1:]):
            out.append(a)
            last = a
            if b - a <= _MAX_SENTENCE:
                continue
            i = bisect.bisect_right(self.clause_starts, a)
            while b - last > _MAX_SENTENCE:
                j = bisect.bisect_right(self.clause_starts, last + _MAX_SENTENCE) - 1
                cut = self.clause_starts[j] if j >= i and self.clause_starts[j] > last else last + _MAX_SENTENCE
                out.append(cut)
                last = cut
        return out

    @staticmethod
    def _range(starts: list[int], pos: int, n: int) -> tuple[int, int]:
        i = bisect.bisect_right(starts, pos) - 1
        end = starts[i + 1] - 1 if i + 1 < len(starts) else n
        return starts[i], end

    def sentence(self, pos: int) -> tuple[int, int]:
        if pos < 0:
            return self._range(self.sent_starts, pos, self.n)
        i = _bisect_right(self.sent_starts, pos) - 1
        return self.sent_starts[i], self.sent_ends[i]

    def clause(self, pos: int) -> tuple[int, int]:
        if pos < 0:
            return self._range(self.clause_starts, pos, self.n)
        i = _bisect_right(self.clause_starts, pos) - 1
        return self.clause_starts[i], self.clause_ends[i]

    def clause_end(self, pos: int) -> int:
        """The end of the clause at ``pos`` (``clause(pos)[1]``), for hot loops."""
        return self.clause_ends[_bisect_right(self.clause_starts, pos) - 1]

    def paragraph(self, pos: int) -> tuple[int, int]:
        return self._range(self.para_starts, pos, self.n)


def _ends(starts: list[int], n: int) -> list[int]:
    """The end of each range that ``starts`` begin (the next start less one; ``n`` for the last)."""
    return [s - 1 for s in starts[1:]] + [n]


def longest_suffix(s: str, words: frozenset, maxlen: int) -> str | None:
    """The longest word of ``words`` that ``s`` ends with (set lookups, no scan of the table)."""
    for n in range(min(len(s), maxlen), 0, -1):
        if s[-n:] in words:
            return s[-n:]
    return None


class Words:
    """A word list in the forms the strip functions look words up in: a set, the longest
    length, and the last and first characters (a quick "ends / starts with none")."""

    __slots__ = ("set", "maxlen", "finals", "initials")

    def __init__(self, words) -> None:
        words = tuple(words)
        self.set = frozenset(words)
        self.maxlen = max(map(len, words), default=0)
        self.finals = frozenset(w[-1] for w in words if w)
        self.initials = frozenset(w[0] for w in words if w)


def strip_right(s: str, words: Words) -> str:
    """``s`` without the ``words`` (and spaces) it ends with, longest first, as often as any."""
    while True:
        s = s.rstrip(" \t")
        if s[-1:] not in words.finals:
            return s
        w = longest_suffix(s, words.set, words.maxlen)
        if not w:
            return s
        s = s[: -len(w)]


def strip_left(s: str, words: Words) -> str:
    """``s`` without the ordinals and ``words`` it starts with: each time the longest that
    leaves something after it."""
    ws, maxlen, initials = words.set, words.maxlen, words.initials
    changed = True
    while s and changed:
        changed = False
        s = s.lstrip(" \t")
        m = ORDINAL.match(s)
        if m:
            s = s[m.end():]
            changed = True
            continue
        if s[:1] in initials:
            for n in range(min(maxlen, len(s) - 1), 0, -1):
                if s[:n] in ws:
                    s = s[n:]
                    changed = True
                    break
    return s
