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
from typing import IO, Iterable, Iterator

import numpy as np

__all__ = ["PosDict"]

# jieba's patterns: Tokenizer.cut (re_han_default, re_skip_default, re_eng) and
# posseg's cut (its own han, skip, eng, num and single-character patterns)
_CUT_HAN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)", re.U)
_SKIP = re.compile(r"(\r\n|\s)")  # both cuts' whitespace pattern
_CUT_ENG = re.compile("[a-zA-Z0-9]")
_POS_HAN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&._]+)")
_POS_ENG = re.compile("[a-zA-Z0-9]+")
_POS_NUM = re.compile("[.0-9]+")
_POS_ENG1 = re.compile("^[a-zA-Z0-9]$")

_MASK = (1 << 64) - 1
_MIX_INT = 0x9E3779B97F4A7C15
_MIX = np.uint64(_MIX_INT)
_MAX_KEY = np.uint64(_MASK)
_PRESENCE_BITS = 22  # 4 Mbit (512 kB) of presence filter
_PRESENCE_MASK = (1 << _PRESENCE_BITS) - 1
_LINE = re.compile(r"(\S+) (\d+)(?: (\S+))?")


def _columns(text: str) -> tuple[list[str], list[str], list[str]]:
    """Words, frequencies and tags of a dictionary's ``word freq [tag]`` lines."""
    fields = text.split()
    lines = text.count("\n") + (not text.endswith("\n"))
    if len(fields) == 3 * lines == 1.5 * text.count(" ") and "\n\n" not in text:
        # jieba's own file: every line "word freq tag" (three fields, two spaces per line)
        words, counts, tags = fields[0::3], fields[1::3], fields[2::3]
        if all(map(str.isdigit, counts)):
            return words, counts, tags
    rows = []
    for line in (line for line in text.splitlines() if line.strip()):  # the general case
        m = _LINE.fullmatch(line)
        if m is None:
            raise ValueError(f"invalid dictionary entry: {line!r}")
        rows.append(m.groups(""))
    return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]


_TAG_BITS, _TAG_MASK = 16, 0xFFFF  # a packed value: frequency << 16 | tag id


def _table(keys: np.ndarray, vals: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sorted keys and their values; of a repeated key the last one counts (jieba's later
    line, or an added word); a last slot with the largest key keeps lookups in range."""
    order = np.argsort(keys)
    keys = keys[order]
    new = np.ones(len(keys), dtype=bool)
    new[1:] = keys[1:] != keys[:-1]
    first = np.flatnonzero(new)  # where each run of equal keys starts
    last = np.maximum.reduceat(order, first) if len(first) else first  # the latest entry of each run
    keys, vals = keys[first], vals[last]
    if len(keys) and keys[-1] == _MAX_KEY:  # that one key reads as absent
        keys, vals = keys[:-1], vals[:-1]
    return np.append(keys, _MAX_KEY), np.append(vals, np.int64(-1))


def _keys(strings: list[str]) -> np.ndarray:
    """64-bit key of each string: its ``hash`` mixed with its length. Python's ``hash``
    reads a string's stored bytes, so strings of different widths with the same bytes ("ch"
    and "档") hash alike; the length tells them apart."""
    n = len(strings)
    h = np.fromiter(map(hash, strings), dtype=np.int64, count=n).view(np.uint64)
    return h ^ np.fromiter(map(len, strings), dtype=np.uint64, count=n) * _MIX


def _presence_bits(keys: np.ndarray) -> bytes:
    """One bit for each value of a key's low ``_PRESENCE_BITS`` bits, set when some key has
    it: a clear bit tells at once that a string is absent (about 92 % of the bits are clear
    for jieba's dictionary), without a search of the table."""
    bits = np.zeros(1 << _PRESENCE_BITS, dtype=bool)
    bits[(keys & np.uint64(_PRESENCE_MASK)).astype(np.intp)] = True
    return np.packbits(bits, bitorder="little").tobytes()


def _key(word: str) -> int:
    """``_keys`` of one string, computed on Python ints: a single look-up (``get``) then
    needs no arrays built, which cost several times the search itself."""
    return (hash(word) & _MASK) ^ (len(word) * _MIX_INT & _MASK)



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
        tag = np.fromiter(map(names.__getitem__, tags), dtype=np.int64, count=len(tags))
        self.total = int(freq.sum())
        self.maxlen = max(map(len, words), default=1)
        # jieba also keeps every prefix of a word (frequency 0). A cut only ever asks for a
        # word, a single character, or a run of ASCII letters and digits, so only those
        # prefixes are kept: first characters, and prefixes of words with ASCII in them.
        # (prefixes first: a word that is also a prefix keeps its own entry, the later one)
        prefixes = set(map(itemgetter(0), words))
        prefixes.update(w[:i] for w in filter(_CUT_ENG.search, words) for i in range(1, len(w)))
        prefixes = list(prefixes)
        vals = np.concatenate((np.zeros(len(prefixes), np.int64), freq << _TAG_BITS | tag))
        self._table = _table(_keys(prefixes + words), vals)
        self._tag_names = sorted(names, key=names.__getitem__)
        self._tag_ids = names
        self._extra: dict[str, int] = {}  # added words and their new prefixes, as jieba's FREQ
        self._extra_tags: dict[str, str] = {}
        self._memo: dict[str, int] | None = None  # looked-up values, during add_words
        self._presence: tuple | None = None  # (table, its _presence_bits), made on first use

    # -- lookups ---------------------------------------------------------------------
    def _lookup(self, strings: list[str]) -> np.ndarray:
        """Packed value (frequency and tag id) of each string, -1 when absent; added words
        not yet merged are not seen."""
        keys, vals = self._table
        q = _keys(strings)
        i = keys.searchsorted(q)  # never past the end: the last key is the largest possible
        return np.where(keys[i] == q, vals[i], -1)

    def _values(self, strings: list[str]) -> list[int]:
        """``_lookup`` as a list (from the memo of a bulk ``add_words`` while it runs)."""
        if self._memo is not None:
            return [self._memo.get(s, -1) for s in strings]
        return self._lookup(strings).tolist()

    def _get_many(self, strings: list[str], default: int) -> list[int]:
        """``get`` of each string, in one lookup."""
        out = [default if v < 0 else v >> _TAG_BITS for v in self._values(strings)]
        extra = self._extra
        return [extra.get(s, f) for s, f in zip(strings, out)] if extra else out

    def get(self, word: str, default: int | None = None) -> int | None:
        """jieba's ``FREQ.get(word, default)`` for what a cut can ask: the frequency, 0 for a
        first character or ASCII run that only begins words, else ``default``."""
        if self._memo is not None or self._extra:  # during add_words, or words not yet merged
            f = self._get_many([word], -1)[0]
            return default if f < 0 else f
        table = self._table
        k = _key(word)
        low = k & _PRESENCE_MASK
        if not self._presence_of(table)[low >> 3] >> (low & 7) & 1:
            return default  # no key has these low bits: absent (most phrases asked are)
        keys, vals = table
        q = np.uint64(k)
        i = keys.searchsorted(q)
        v = int(vals[i]) if keys[i] == q else -1
        return default if v < 0 else v >> _TAG_BITS

    def _presence_of(self, table: tuple[np.ndarray, np.ndarray]) -> bytes:
        """The presence bits of ``table`` (the current one), made again after a merge."""
        got = self._presence
        if got is None or got[0] is not table:
            got = self._presence = (table, _presence_bits(table[0]))
        return got[1]

    def tag(self, word: str) -> str:
        """posseg's tag of ``word`` (``x`` when it has none)."""
        t = self._extra_tags.get(word)
        if t is not None:
            return t
        v = self._values([word])[0]
        return (self._tag_names[v & _TAG_MASK] or "x") if v >= 0 else "x"

    def merge(self) -> None:
        """Move the added words into the table, so that cuts read one table. Not
        thread-safe against ``add_word``; cuts running meanwhile see the old or the new table."""
        if not self._extra:
            return
        words = list(self._extra)
        ids = self._tag_ids
        vals = []
        for w, v in zip(words, self._values(words)):
            t = self._extra_tags.get(w)
            if t is not None and t not in ids:
                ids[t] = len(ids)
                self._tag_names.append(t)
            tag = ids[t] if t is not None else (v & _TAG_MASK if v >= 0 else 0)
            vals.append(self._extra[w] << _TAG_BITS | tag)
        keys, old = self._table
        self._table = _table(np.concatenate((keys[:-1], _keys(words))),
                             np.concatenate((old[:-1], np.array(vals, dtype=np.int64))))
        self._extra, self._extra_tags = {}, {}

    # -- jieba's cut without HMM -----------------------------------------------------
    def _route(self, blk: str) -> tuple[list[int], list[int]]:
        """End (exclusive) of the word starting at each position on jieba's best route:
        its ``get_DAG`` (every word starting there, else the one character) and ``calc``;
        and the tag id of that word (``merge``d words only)."""
        n, top = len(blk), self.maxlen
        subs = [blk[k:k + L] for k in range(n) for L in range(1, min(n - k, top) + 1)]
        v_all = self._values(subs)
        f_all = [v >> _TAG_BITS if v > 0 else 0 for v in v_all]
        if self._extra:
            f_all = [self._extra.get(s, f) for s, f in zip(subs, f_all)]
        logtotal = log(self.total)
        best = [0.0] * (n + 1)
        end = [0] * (n + 1)
        pick = [0] * n
        j = len(subs)
        for k in range(n - 1, -1, -1):  # right to left, as calc
            m = min(n - k, top)
            j -= m
            # the words starting at k (jieba stops growing at a string that is no prefix:
            # no longer word starts there either, so reading all lengths finds the same);
            # the best (score, end) as calc's max: ties go to the longer word
            bv, be = -logtotal + best[k + 1], k + 1  # the one character, when no word starts here
            found = False
            for e, f in enumerate(f_all[j:j + m], k + 1):
                if f > 0:
                    v = log(f) - logtotal + best[e]
                    if not found or v >= bv:
                        bv, be, found = v, e, True
            best[k], end[k], pick[k] = bv, be, j + be - k - 1
        return end, [v_all[p] & _TAG_MASK if v_all[p] > 0 else 0 for p in pick]

    def _cut_no_hmm(self, sentence: str) -> Iterator[str]:
        """jieba's ``Tokenizer.cut(sentence, HMM=False)``."""
        for blk in _CUT_HAN.split(sentence):
            if not blk:
                continue
            if _CUT_HAN.match(blk):
                end = self._route(blk)[0]
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
                for x in _SKIP.split(blk):
                    if _SKIP.match(x):
                        yield x
                    else:
                        yield from x

    def add_words(self, items: Iterable[tuple[str, int | None, str | None]]) -> None:
        """``add_word`` of each ``(word, freq, tag)`` in order, with the dictionary looked up
        once for every substring of the words (a lexicon adds thousands at load)."""
        items = list(items)
        top = self.maxlen  # no dictionary word is longer: longer strings need no look-up
        subs = list({w[k:k + L] for w, _, _ in items for k in range(len(w)) for L in range(1, min(len(w) - k, top) + 1)})
        self._memo = dict(zip(subs, self._lookup(subs).tolist())) if subs else {}
        try:
            for word, freq, tag in items:
                self.add_word(word, freq, tag)
        finally:
            self._memo = None

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
        names = self._tag_names
        for blk in _POS_HAN.split(sentence):
            if not blk:
                continue
            if _POS_HAN.match(blk):
                end, tags = self._route(blk)
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
                        yield word, (self._extra_tags.get(word) or names[tags[x]] or "x")
                    x = y
                if buf:
                    yield buf, "eng"
            else:
                for piece in _SKIP.split(blk):
                    if not piece:
                        continue
                    if _SKIP.match(piece):
                        yield piece, "x"
                        continue
                    for ch in piece:
                        if _POS_NUM.match(ch):
                            yield ch, "m"
                        elif _POS_ENG.match(piece):
                            yield ch, "eng"
                        else:
                            yield ch, "x"
