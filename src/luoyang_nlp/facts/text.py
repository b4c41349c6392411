"""Sentence, clause and paragraph boundaries, and word stripping, over normalised text."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

__all__ = ["Text", "CLAUSE_RE", "QUOTES", "ORDINAL", "HAN", "HAN_OR_WORD", "SENT_END", "CLAUSE_SEP",
           "longest_suffix", "strip_right", "strip_left"]

SENT_END = "。!?！？\n"
CLAUSE_SEP = ",;:，；：、 \t"
_SENT_RE = re.compile(f"[{SENT_END}]")
CLAUSE_RE = re.compile(f"[{re.escape(SENT_END + CLAUSE_SEP)}]")
QUOTES = re.compile("[“”\"'‘’「」『』《》()]")
ORDINAL = re.compile(r"第[0-9一二三四五六七八九十百两]+[期批次届个项号轮]|[0-9一二三四五六七八九十两]+期")
HAN_OR_WORD = re.compile(r"[\u3400-\u9fffA-Za-z]")
HAN = re.compile(r"[\u3400-\u9fff]")
_MAX_SENTENCE = 400  # longer "sentences" (no full stops) are split for analysis


class Text:
    """Sentence, clause and paragraph boundaries of the normalised text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.clause_starts = [0] + [m.end() for m in CLAUSE_RE.finditer(text)]
        self.para_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.sent_starts = self._capped([0] + [m.end() for m in _SENT_RE.finditer(text)])
        self._clauses: dict[int, tuple[int, int]] = {}  # clause() is asked for the same positions often
        self._sentences: dict[int, tuple[int, int]] = {}

    def _capped(self, starts: list[int]) -> list[int]:
        """Split sentences longer than ``_MAX_SENTENCE`` at clause starts (or anywhere), so the
        work per figure stays bounded on text without full stops."""
        out = []
        bounds = starts + [len(self.text)]
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
        r = self._sentences.get(pos)
        if r is None:
            r = self._sentences[pos] = self._range(self.sent_starts, pos, len(self.text))
        return r

    def clause(self, pos: int) -> tuple[int, int]:
        r = self._clauses.get(pos)
        if r is None:
            r = self._clauses[pos] = self._range(self.clause_starts, pos, len(self.text))
        return r

    def paragraph(self, pos: int) -> tuple[int, int]:
        return self._range(self.para_starts, pos, len(self.text))

    def clauses_in(self, a: int, b: int) -> list[int]:
        """Clause starts within ``[a, b)``."""
        i = bisect.bisect_left(self.clause_starts, a)
        j = bisect.bisect_left(self.clause_starts, b)
        out = self.clause_starts[i:j]
        return out if out and out[0] == a else [a] + out


def longest_suffix(s: str, words: frozenset, maxlen: int) -> str | None:
    """The longest word of ``words`` that ``s`` ends with (set lookups, no scan of the table)."""
    for n in range(min(len(s), maxlen), 0, -1):
        if s[-n:] in words:
            return s[-n:]
    return None


@lru_cache(maxsize=16)
def _word_set(words: tuple) -> tuple[frozenset, int]:
    return frozenset(words), max(map(len, words), default=0)


def strip_right(s: str, words: tuple) -> str:
    ws, maxlen = _word_set(words)
    while True:
        s = s.rstrip(" \t")
        w = longest_suffix(s, ws, maxlen)
        if not w:
            return s
        s = s[: -len(w)]


def strip_left(s: str, words: tuple) -> str:
    changed = True
    while s and changed:
        changed = False
        s = s.lstrip(" \t")
        m = ORDINAL.match(s)
        if m:
            s = s[m.end():]
            changed = True
            continue
        for w in words:
            if s.startswith(w) and len(s) > len(w):
                s = s[len(w):]
                changed = True
                break
    return s
