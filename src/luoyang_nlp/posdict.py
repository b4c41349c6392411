"""jieba's dictionary in arrays, for part-of-speech cuts of short phrases.

The facts stage tags a few short phrases per article with jieba.posseg's ``cut(HMM=False)``.
jieba holds its dictionary as a dict of about 584,000 strings (every word and every prefix
of one) plus a word -> tag dict: about 70 MB of Python objects, a third of the process.
``PosDict`` keeps the same entries as one sorted array of the strings' hashes with their
frequencies and tags (about 7 MB), and cuts exactly as jieba does: the same DAG (every
dictionary word starting at each character), the same route (jieba's ``calc``, with the
same floating-point expression), the same tags, and words added with jieba's own
``add_word``/``suggest_freq`` arithmetic.

Keys are Python's own ``hash(str)`` mixed with the length, computed once per process; two
of the strings sharing a 64-bit key is far less likely than any other failure.
"""

from __future__ import annotations

import re
from math import log
from operator import itemgetter
from typing import IO, Iterator

import numpy as np

__all__ = ["PosDict"]

# jieba's patterns: Tokenizer.cut (re_han_default, re_skip_default, re_eng) and
# posseg's cut (its own han, skip, eng, num and single-character patterns)
_CUT_HAN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)", re.U)
_CUT_SKIP = re.compile(r"(\r\n|\s)", re.U)
_CUT_ENG = re.compile("[a-zA-Z0-9]", re.U)
_POS_HAN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&._]+)")
_POS_SKIP = re.compile(r"(\r\n|\s)")
_POS_ENG = re.compile("[a-zA-Z0-9]+")
_POS_NUM = re.compile("[.0-9]+")
_POS_ENG1 = re.compile("^[a-zA-Z0-9]$")

_MASK = (1 << 64) - 1
_MIX = np.uint64(0x9E3779B97F4A7C15)
_LINE = re.compile(r"(\S+) (\d+)(?: (\S+))?")
_ASCII = re.compile("[a-zA-Z0-9]")


def _columns(text: str) -> tuple[list[str], list[str], list[str]]:
    """Words, frequencies and tags of a dictionary's ``word freq [tag]`` lines."""
    fields = text.split()
    lines = [line for line in text.splitlines() if line.strip()]
    if len(fields) == 3 * len(lines) and all(line.count(" ") == 2 for line in lines[:: max(1, len(lines) // 64)]):
        words, counts, tags = fields[0::3], fields[1::3], fields[2::3]
        if all(map(str.isdigit, counts)):
            return words, counts, tags
    rows = []
    for line in lines:  # the general case: some lines without a tag
        m = _LINE.fullmatch(line)
        if m is None:
            raise ValueError(f"invalid dictionary entry: {line!r}")
        rows.append(m.groups(""))
    return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]


def _keys(strings: list[str]) -> np.ndarray:
    """``_key`` of each string, as uint64."""
    n = len(strings)
    h = np.fromiter(map(hash, strings), dtype=np.int64, count=n).view(np.uint64)
    return h ^ np.fromiter(map(len, strings), dtype=np.uint64, count=n) * _MIX


def _key(s: str) -> int:
    """64-bit key of ``s``. Python's ``hash`` reads a string's stored bytes, so strings of
    different widths with the same bytes ("ch" and "档") hash alike: the length tells them apart."""
    return (hash(s) ^ len(s) * 0x9E3779B97F4A7C15) & _MASK  # = _keys([s])


class PosDict:
    """Word frequencies and tags of a jieba dictionary file, for ``pos_cut``."""

    def __init__(self, f: IO[bytes]):
        """Read a jieba dictionary (``word freq [tag]`` lines) from the binary file ``f``
        (closed here), as jieba's ``gen_pfdict`` and posseg's ``load_word_tag`` do."""
        with f:
            text = f.read().decode("utf-8")
        words, counts, tags = _columns(text)
        del text
        freq = np.fromiter(map(int, counts), dtype=np.int64, count=len(counts))
        names = {t: i for i, t in enumerate(sorted(set(tags) - {""}), 1)}  # tag -> id; 0: no tag
        names[""] = 0
        tag = np.fromiter(map(names.__getitem__, tags), dtype=np.uint8, count=len(tags))
        self.total = int(freq.sum())
        self.maxlen = max(map(len, words), default=1)
        # jieba also keeps every prefix of a word (frequency 0). A cut only ever asks for a
        # word, a single character, or a run of ASCII letters and digits, so only those
        # prefixes are kept: first characters, and prefixes of words with ASCII in them.
        seen = set(words)
        prefixes = set(map(itemgetter(0), words))
        prefixes.update(w[:i] for w in filter(_ASCII.search, words) for i in range(1, len(w)))
        prefixes = list(prefixes - seen)
        del seen
        keys = _keys(words + prefixes)
        freq = np.concatenate((freq, np.zeros(len(prefixes), np.int64)))
        tag = np.concatenate((tag, np.zeros(len(prefixes), np.uint8)))
        order = np.argsort(keys, kind="stable")
        keys = keys[order]
        last = np.ones(len(keys), dtype=bool)  # a repeated word: its last line counts, as in jieba
        last[:-1] = keys[1:] != keys[:-1]
        self._keys = keys[last]
        self._freq = freq[order][last]
        self._tag = tag[order][last]
        self._tag_names = sorted(names, key=names.__getitem__)
        self._extra: dict[str, int] = {}  # added words and their new prefixes, as jieba's FREQ
        self._extra_tags: dict[str, str] = {}

    # -- lookups ---------------------------------------------------------------------
    def _find(self, strings: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Index of each string in the arrays and whether it is there."""
        q = _keys(strings)
        i = np.searchsorted(self._keys, q)
        i[i == len(self._keys)] = 0
        return i, self._keys[i] == q

    def get(self, word: str, default: int | None = None) -> int | None:
        """jieba's ``FREQ.get(word, default)`` for what a cut can ask: the frequency, 0 for a
        first character or ASCII run that only begins words, else ``default``."""
        if word in self._extra:
            return self._extra[word]
        i, hit = self._find([word])
        return int(self._freq[i[0]]) if hit[0] else default

    def tag(self, word: str) -> str:
        t = self._extra_tags.get(word)
        if t is not None:
            return t
        i, hit = self._find([word])
        return (self._tag_names[self._tag[i[0]]] or "x") if hit[0] else "x"

    # -- jieba's cut without HMM -----------------------------------------------------
    def _route(self, blk: str) -> list[int]:
        """End (exclusive) of the word starting at each position on jieba's best route:
        its ``get_DAG`` (every word starting there, else the one character) and ``calc``."""
        n, top = len(blk), self.maxlen
        subs = [blk[k:k + L] for k in range(n) for L in range(1, min(n - k, top) + 1)]
        freq = self._get_many(subs, 0)
        logtotal = log(self.total)
        best = [0.0] * (n + 1)
        end = [0] * (n + 1)
        j = len(subs)
        for k in range(n - 1, -1, -1):  # right to left, as calc
            m = min(n - k, top)
            j -= m
            # the words starting at k (jieba stops growing at a string that is no prefix:
            # no longer word starts there either, so reading all lengths finds the same)
            cand = [(f, k + L) for L, f in enumerate(freq[j:j + m], 1) if f > 0] or [(0, k + 1)]
            best[k], end[k] = max((log(f or 1) - logtotal + best[e], e - 1) for f, e in cand)
            end[k] += 1
        return end

    def _cut_no_hmm(self, sentence: str) -> Iterator[str]:
        """jieba's ``Tokenizer.cut(sentence, HMM=False)``."""
        for blk in _CUT_HAN.split(sentence):
            if not blk:
                continue
            if _CUT_HAN.match(blk):
                end = self._route(blk)
                x, n, buf = 0, len(blk), ""
                while x < n:
                    y = end[x]
                    word = blk[x:y]
                    if _CUT_ENG.match(word) and len(word) == 1:
                        buf += word
                    else:
                        if buf:
                            yield buf
                            buf = ""
                        yield word
                    x = y
                if buf:
                    yield buf
            else:
                for x in _CUT_SKIP.split(blk):
                    if _CUT_SKIP.match(x):
                        yield x
                    else:
                        yield from x

    def _get_many(self, strings: list[str], default: int) -> list[int]:
        """``get`` of each string, in one lookup."""
        i, hit = self._find(strings)
        out = np.where(hit, self._freq[i], default).tolist()
        extra = self._extra
        return [extra.get(s, f) for s, f in zip(strings, out)] if extra else out

    def add_word(self, word: str, freq: int | None = None, tag: str | None = None) -> None:
        """jieba's ``Tokenizer.add_word``: a missing frequency is ``suggest_freq(word)``."""
        if freq is None:
            segs = list(self._cut_no_hmm(word))
            *found, own = self._get_many(segs + [word], 1)
            ftotal, p = float(self.total), 1
            for f in found:
                p *= f / ftotal
            freq = max(int(p * self.total) + 1, own)
        else:
            freq = int(freq)
        prefixes = [word[:i] for i in range(1, len(word))]
        absent = [w for w, f in zip(prefixes, self._get_many(prefixes, -1)) if f < 0] if prefixes else []
        self._extra[word] = freq
        self.total += freq
        self.maxlen = max(self.maxlen, len(word))
        if tag:
            self._extra_tags[word] = tag
        for w in absent:
            if w != word:
                self._extra[w] = 0

    # -- jieba.posseg's cut without HMM ----------------------------------------------
    def pos_cut(self, sentence: str) -> Iterator[tuple[str, str]]:
        """``(word, tag)`` pairs: ``jieba.posseg`` ``cut(sentence, HMM=False)``."""
        for blk in _POS_HAN.split(sentence):
            if not blk:
                continue
            if _POS_HAN.match(blk):
                end = self._route(blk)
                x, n, buf = 0, len(blk), ""
                while x < n:
                    y = end[x]
                    word = blk[x:y]
                    if _POS_ENG1.match(word):
                        buf += word
                    else:
                        if buf:
                            yield buf, "eng"
                            buf = ""
                        yield word, self.tag(word)
                    x = y
                if buf:
                    yield buf, "eng"
            else:
                for piece in _POS_SKIP.split(blk):
                    if not piece:
                        continue
                    if _POS_SKIP.match(piece):
                        yield piece, "x"
                        continue
                    for ch in piece:
                        if _POS_NUM.match(ch):
                            yield ch, "m"
                        elif _POS_ENG.match(piece):
                            yield ch, "eng"
                        else:
                            yield ch, "x"
