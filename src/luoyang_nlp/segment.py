"""Word segmentation with jieba, loaded lazily, quietly, and without a temp-file cache.

jieba's default tokenizer logs to stderr and writes a cache file into the system temp
folder. ``Segmenter`` builds jieba's prefix dictionary in memory instead (about a second,
once per process) unless the caller names a ``cache_dir``. It loads only when words are cut
(``cut``, ``Doc.tokens``): the part-of-speech cuts the facts stage needs come from
``posdict.PosDict``, the same dictionary in arrays (about 50 MB less).
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from typing import Iterator

__all__ = ["Segmenter", "default_segmenter"]


class Segmenter:
    """A private jieba ``Tokenizer`` with the library's words registered.

    ``words`` are ``(word, freq, tag)`` triples added before first use, so that
    segmentation keeps lexicon names whole; it starts with the words of economic and energy
    news that jieba lacks (``data/lexicons/rules/domain_words.tsv``: 并网, 规上).
    """

    def __init__(self, *, cache_dir: str | os.PathLike | None = None, hmm: bool = True) -> None:
        self.cache_dir = None if cache_dir is None else os.fspath(cache_dir)
        self.hmm = hmm
        self._words: list[tuple[str, int | None, str | None]] = list(_domain_words())
        self._tok = None
        self._pos = None
        self._lock = threading.Lock()

    def __getstate__(self):
        return {"cache_dir": self.cache_dir, "hmm": self.hmm, "_words": list(self._words)}

    def __setstate__(self, state):
        self.__init__(cache_dir=state["cache_dir"], hmm=state["hmm"])
        self._words = state["_words"]

    def add_word(self, word: str, freq: int | None = None, tag: str | None = None) -> None:
        with self._lock:
            self._words.append((word, freq, tag))
            if self._tok is not None:
                self._tok.add_word(word, freq, tag)
            if self._pos is not None:
                self._pos.add_word(word, freq, tag)

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
            tok.FREQ, tok.total = _read_dictionary(tok.get_dict_file())
            tok.initialized = True
        for w, freq, tag in self._words:
            tok.add_word(w, freq, tag)
        return tok

    def pos_cut(self, text: str) -> list[tuple[str, str]]:
        """``(word, tag)`` pairs of a short, already normalised text: what
        ``jieba.posseg.POSTokenizer(tokenizer).cut(text, HMM=False)`` returns, from a
        compact copy of jieba's dictionary (``posdict``) rather than jieba's own dicts of
        strings, which are loaded only when words are cut (``cut``, ``Doc.tokens``)."""
        return list(self._merged_pos_dict().pos_cut(text))

    def is_word(self, text: str) -> bool:
        """Whether ``text`` is a word of the dictionary (jieba's, with the added words)."""
        return (self._merged_pos_dict().get(text) or 0) > 0

    def _merged_pos_dict(self):
        """``pos_dict`` with words added since the last look-up moved into its arrays."""
        pos = self.pos_dict
        if pos._extra:
            with self._lock:
                pos.merge()
        return pos

    @property
    def pos_dict(self):
        """jieba's dictionary with the library's words added, as ``posdict.PosDict``."""
        if self._pos is None:
            with self._lock:
                if self._pos is None:
                    from .posdict import PosDict

                    pos = PosDict(_jieba_dictionary())
                    pos.add_words(self._words)
                    pos.merge()
                    self._pos = pos
        return self._pos

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


def _jieba_dictionary():
    """jieba's main dictionary file (binary), found without importing jieba, whose import
    costs ~0.15 s (pkg_resources); through jieba itself when it is not a plain directory."""
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    for root in (spec.submodule_search_locations or []) if spec is not None else []:
        path = os.path.join(root, "dict.txt")
        if os.path.isfile(path):
            return open(path, "rb")
    import jieba

    return jieba.Tokenizer().get_dict_file()


def _read_dictionary(f) -> tuple[dict[str, int], int]:
    """jieba's prefix dictionary (``gen_pfdict``) and its total, in one read of the
    dictionary file ``f`` (closed here)."""
    with f:
        lines = f.read().decode("utf-8").splitlines()
    pf: dict[str, int] = {}
    total = 0
    for line in lines:
        parts = line.split(" ")
        if len(parts) < 2:
            if line.strip():
                raise ValueError(f"invalid dictionary entry: {line!r}")
            continue
        n = int(parts[1])
        pf[parts[0]] = n
        total += n
    for word in list(pf):
        for i in range(1, len(word)):
            if word[:i] not in pf:
                pf[word[:i]] = 0
    return pf, total


_default: Segmenter | None = None


@lru_cache(maxsize=1)
def _domain_words() -> tuple[tuple[str, None, str | None], ...]:
    """``(word, None, tag)`` of ``domain_words.tsv`` (read once)."""
    from .resources import data_path, read_tsv

    return tuple((r["word"], None, r["tag"] or None) for r in read_tsv(data_path("lexicons", "rules", "domain_words.tsv")))


def default_segmenter() -> Segmenter:
    global _default
    if _default is None:
        _default = Segmenter()
    return _default
