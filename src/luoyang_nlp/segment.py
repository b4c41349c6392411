"""Word segmentation with jieba, loaded lazily, quietly, and without a temp-file cache.

jieba's default tokenizer logs to stderr and writes a cache file into the system temp
folder. ``Segmenter`` builds jieba's prefix dictionary in memory instead (about a second,
once per process) unless the caller names a ``cache_dir``.
"""

from __future__ import annotations

import os
import re
import threading
from typing import Iterable, Iterator

__all__ = ["Segmenter", "default_segmenter"]


class Segmenter:
    """A private jieba ``Tokenizer`` with the library's words registered.

    ``words`` are ``(word, freq, tag)`` triples added before first use, so that
    segmentation keeps lexicon names whole.
    """

    def __init__(self, *, cache_dir: str | os.PathLike | None = None, hmm: bool = True) -> None:
        self.cache_dir = None if cache_dir is None else os.fspath(cache_dir)
        self.hmm = hmm
        self._words: list[tuple[str, int | None, str | None]] = []
        self._tok = None
        self._tags: dict[str, str] | None = None
        self._merged = 0  # how many of _words have their tag in _tags
        self._user_seen = 0
        self._lock = threading.Lock()

    def __getstate__(self):
        return {"cache_dir": self.cache_dir, "hmm": self.hmm, "_words": list(self._words)}

    def __setstate__(self, state):
        self.__init__(cache_dir=state["cache_dir"], hmm=state["hmm"])
        self._words = state["_words"]

    def add_word(self, word: str, freq: int | None = None, tag: str | None = None) -> None:
        self._words.append((word, freq, tag))
        if self._tok is not None:
            self._tok.add_word(word, freq, tag)

    @property
    def tokenizer(self):
        if self._tok is None:
            with self._lock:
                if self._tok is None:
                    self._tok = self._load()
        return self._tok

    def _load(self):
        import logging

        import jieba

        logging.getLogger("jieba").setLevel(logging.WARNING)
        jieba.default_logger.setLevel(logging.WARNING)
        tok = jieba.Tokenizer()
        if self.cache_dir is not None:
            os.makedirs(self.cache_dir, exist_ok=True)
            tok.tmp_dir = self.cache_dir
            tok.initialize()
        else:
            tok.FREQ, tok.total, self._tags = _read_dictionary(tok.get_dict_file())
            tok.initialized = True
        for w, freq, tag in self._words:
            tok.add_word(w, freq, tag)
        return tok

    def pos_cut(self, text: str) -> list[tuple[str, str]]:
        """``(word, tag)`` pairs of a short, already normalised text: what
        ``jieba.posseg.POSTokenizer(tokenizer).cut(text, HMM=False)`` returns, without
        importing ``jieba.posseg`` (which builds a second tag table for jieba's global
        tokenizer at import) or reading the dictionary twice."""
        tok = self.tokenizer
        if self._tags is None:  # a cache_dir tokenizer: read the tags on their own
            with self._lock:
                if self._tags is None:
                    self._tags = _read_dictionary(tok.get_dict_file(), freq=False)[2]
        tags = self._tags
        if len(self._words) != self._merged:  # our added words' tags (jieba.posseg would
            for w, _, t in self._words[self._merged:]:  # take them from the tokenizer,
                if t:  # which a POSTokenizer empties when it reads them)
                    tags[w] = t
            self._merged = len(self._words)
        if len(tok.user_word_tag_tab) != self._user_seen:  # tags added on the tokenizer itself
            tags.update(tok.user_word_tag_tab)
            self._user_seen = len(tok.user_word_tag_tab)
        return list(_pos_cut(tok, tags, text))

    def cut(self, text: str) -> list[str]:
        """Words of an already normalised text."""
        return list(self.tokenizer.cut(text, HMM=self.hmm))

    def tokenize(self, text: str) -> Iterator[tuple[str, int, int]]:
        """``(word, start, end)`` over an already normalised text."""
        return self.tokenizer.tokenize(text, HMM=self.hmm)

    def tokens(self, original: str) -> Iterator[tuple[str, int, int]]:
        """``(text, start, end)`` tokens over the ORIGINAL text (normalised for segmentation)."""
        from .normalise import normalise

        norm = normalise(original)
        for _, a, b in self.tokenize(norm.text):
            if not norm.text[a:b].strip():
                continue
            s, e = norm.to_original(a, b)
            yield original[s:e], s, e


def _read_dictionary(f, freq: bool = True) -> tuple[dict[str, int], int, dict[str, str]]:
    """jieba's prefix dictionary (``gen_pfdict``), its total and the word -> tag table,
    in one read of the dictionary file ``f`` (closed here)."""
    with f:
        lines = f.read().decode("utf-8").splitlines()
    pf: dict[str, int] = {}
    tags: dict[str, str] = {}
    total = 0
    for line in lines:
        parts = line.split(" ")
        if len(parts) < 2:
            if line.strip():
                raise ValueError(f"invalid dictionary entry: {line!r}")
            continue
        word = parts[0]
        if len(parts) > 2:
            tags[word] = parts[2]
        if freq:
            n = int(parts[1])
            pf[word] = n
            total += n
    if freq:
        for word in list(pf):
            for i in range(1, len(word)):
                if word[:i] not in pf:
                    pf[word[:i]] = 0
    return pf, total, tags


# jieba.posseg's own patterns
_RE_HAN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&._]+)")
_RE_SKIP = re.compile(r"(\r\n|\s)")
_RE_ENG = re.compile("[a-zA-Z0-9]+")
_RE_NUM = re.compile("[.0-9]+")
_RE_ENG1 = re.compile("^[a-zA-Z0-9]$")


def _pos_cut(tok, tags: dict[str, str], sentence: str) -> Iterator[tuple[str, str]]:
    """jieba.posseg's ``cut(HMM=False)``, over ``tok`` and ``tags``."""
    for blk in _RE_HAN.split(sentence):
        if not blk:
            continue
        if _RE_HAN.match(blk):
            dag = tok.get_DAG(blk)
            route: dict = {}
            tok.calc(blk, dag, route)
            x, n, buf = 0, len(blk), ""
            while x < n:
                y = route[x][1] + 1
                word = blk[x:y]
                if _RE_ENG1.match(word):
                    buf += word
                else:
                    if buf:
                        yield buf, "eng"
                        buf = ""
                    yield word, tags.get(word, "x")
                x = y
            if buf:
                yield buf, "eng"
        else:
            for piece in _RE_SKIP.split(blk):
                if not piece:
                    continue
                if _RE_SKIP.match(piece):
                    yield piece, "x"
                    continue
                for ch in piece:
                    if _RE_NUM.match(ch):
                        yield ch, "m"
                    elif _RE_ENG.match(piece):
                        yield ch, "eng"
                    else:
                        yield ch, "x"


_default: Segmenter | None = None


def default_segmenter() -> Segmenter:
    global _default
    if _default is None:
        _default = Segmenter()
    return _default
