"""Word segmentation with jieba, loaded lazily, quietly, and without a temp-file cache.

jieba's default tokenizer logs to stderr and writes a cache file into the system temp
folder. ``Segmenter`` builds jieba's prefix dictionary in memory instead (about a second,
once per process) unless the caller names a ``cache_dir``.
"""

from __future__ import annotations

import os
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
            tok.FREQ, tok.total = tok.gen_pfdict(tok.get_dict_file())  # closes the file
            tok.initialized = True
        for w, freq, tag in self._words:
            tok.add_word(w, freq, tag)
        return tok

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


_default: Segmenter | None = None


def default_segmenter() -> Segmenter:
    global _default
    if _default is None:
        _default = Segmenter()
    return _default
