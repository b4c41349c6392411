"""Statistical NER: a linear-chain CRF over characters, run with numpy.

The model (``data/models/ner_crf.npz``) is trained by ``scripts/train_ner.py`` with
python-crfsuite and exported to dense tables; inference needs numpy only.
Features of character *i* (the same code builds them for training, see ``encode``):

* ``U{o}`` the character at ``i+o``, o = -2..2;  ``B{o}`` the pair at ``i+o, i+o+1``, o = -2..1;
  ``S`` the pair ``i-1, i+1``;
* ``D{o}`` o = -1..1: the B/M/E position of character ``i+o`` inside the longest word of
  ``data/models/ner_words.tsv`` covering it, and that word's class (``dc``);
* ``T`` the triple ``i-1, i, i+1``; ``C`` the character with its ``dc``; ``E`` the ``dc`` pair
  ``i, i+1`` (each used when the model file has its table).

Text is cut into sentences (and pieces of at most ``MAX_LEN`` characters); each piece is a
sequence, padded with two boundary symbols (code point 0) on each side. Tags are BIO over
``PERSON``, ``PLACE``, ``ORG`` (ORG includes companies; see docs/model.md).

With the compiled kernels built (``luoyang_nlp._native``), ``predict_many`` runs the whole pass
but the final probabilities in two C calls per text or batch (``_predict_compiled``); the numpy
code below stays the reference and the fallback, with the same spans and confidences.
"""

from __future__ import annotations

import bisect
import itertools
import re
import struct
import threading
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from .. import _native

__all__ = ["NERModel", "default_model", "Words", "encode", "split_chunks", "CLASSES"]

#: Word classes of ner_words.tsv (index + 1 is the class code; 0 = no word).
CLASSES = ("nr", "ns", "nt", "nz", "j", "n", "v", "x", "LP", "LL", "LO", "LC")
N_DCODES = 1 + 3 * len(CLASSES)  # 0 = outside any word; else 1 + class*3 + (B, M, E)
MAX_LEN = 150
PAD = 2  # boundary symbols on each side of a sequence
U_OFFS = (-2, -1, 0, 1, 2)
B_OFFS = (-2, -1, 0, 1)
D_OFFS = (-1, 0, 1)  # each offset range is contiguous: _emissions reads them as windows
# where pieces end (stops, then the closing marks after them) and where a long one is cut (soft
# breaks, and white space): the patterns below and the compiled chunker read these
_SENT_STOPS = "。！？!?；;\n"
_CLAUSE_STOPS = "，,、；;：:。！？!?\n"
_CLOSERS = "”’\"')）"
_SOFT_BREAKS = "，,、：:"
_SENT = re.compile(f"[^{_SENT_STOPS}]*(?:[{_SENT_STOPS}]+[{_CLOSERS}]*|$)")
_CLAUSE = re.compile(f"[^{_CLAUSE_STOPS}]*(?:[{_CLAUSE_STOPS}]+[{_CLOSERS}]*|$)")
_SOFT = re.compile(f"[{_SOFT_BREAKS}\\s]")

def split_chunks(text: str, max_len: int = MAX_LEN, clause: bool = False) -> list[tuple[int, int]]:
    """``(start, end)`` pieces of ``text``: sentences (or clauses, up to a comma), cut to at
    most ``max_len`` characters (after the last comma or space before the limit if any)."""
    out: list[tuple[int, int]] = []
    e = 0
    for piece in (_CLAUSE if clause else _SENT).findall(text):  # the pieces tile the text
        s, e = e, e + len(piece)
        while e - s > max_len:
            cut = max((k.end() for k in _SOFT.finditer(text, s + max_len // 3, s + max_len)), default=s + max_len)
            out.append((s, cut))
            s = cut
        if e > s:
            out.append((s, e))
    return out

_U = np.uint64
_C1, _BASE = _U(0x9E3779B97F4A7C15), _U(1000003)

class HashIndex:
    """Open-addressing hash table (linear probing) from 64-bit keys to int32 values, numpy
    only. The home slot is the top bits of ``key * _C1`` (multiplicative hashing); the table
    stores the keys themselves (all ones marks an empty slot: that one key is never found).
    A lookup is one vectorised probe of the home slots, then one of the next ``depth`` slots
    (the farthest any key sits from its home) for the few queries whose home slot holds
    another key."""

    _EMPTY = _U(0xFFFFFFFFFFFFFFFF)

    def __init__(self, keys: np.ndarray, values: np.ndarray):
        keys = np.ascontiguousarray(keys).view(np.uint64) if np.asarray(keys).dtype.itemsize == 8 \
            else np.asarray(keys).astype(np.uint64)
        keep = keys != self._EMPTY  # that key marks empty slots: not stored, looked up as absent
        if not keep.all():
            keys, values = keys[keep], np.asarray(values)[keep]
        n = len(keys)
        bits = max(4, int(np.ceil(np.log2(max(n, 1) * 2.5))))
        size = 1 << bits
        self._shift, self._mask = _U(64 - bits), size - 1
        self._keys = np.full(size, self._EMPTY, dtype=np.uint64)
        values = np.asarray(values)
        small = len(values) == 0 or (values.min() >= -128 and values.max() <= 127)
        self._vals = np.zeros(size, dtype=np.int8 if small else np.int32)  # int8: less memory to read
        # linear probing, built in one pass: keys in order of home slot each take the first
        # slot at or after their home not taken by the keys before them
        home = ((keys * _C1) >> self._shift).astype(np.int64)
        order = np.argsort(home)  # any order among equal homes gives a valid table
        rank = np.arange(n, dtype=np.int64)
        slot = np.maximum.accumulate(home[order] - rank) + rank if n else rank
        inside = slot < size
        self._keys[slot[inside]] = keys[order[inside]]
        self._vals[slot[inside]] = values[order[inside]]
        for i in order[~inside].tolist():  # the few past the end wrap round to the first free slots
            free = int(np.argmax(self._keys == self._EMPTY))
            self._keys[free], self._vals[free] = keys[i], values[i]
        # the farthest any key sits from its home slot: a lookup reads that many slots past it
        used = np.flatnonzero(self._keys != self._EMPTY)
        home = ((self._keys[used] * _C1) >> self._shift).astype(np.int64)
        depth = int(((used - home) & self._mask).max()) if len(used) else 0
        self._steps = np.arange(1, depth + 1)

    def get(self, q: np.ndarray, default: int = 0) -> np.ndarray:
        """Value of each key of ``q`` (``default`` when absent)."""
        q = q.view(np.uint64) if q.dtype.itemsize == 8 and q.dtype.kind in "iu" else q.astype(np.uint64)
        s = ((q * _C1) >> self._shift).astype(np.intp)
        k = self._keys.take(s)
        hit = k == q
        hit &= q != self._EMPTY
        out = np.where(hit, self._vals.take(s), np.int32(default))
        if out.dtype != np.int32:
            out = out.astype(np.int32)
        more = (~hit & (k != self._EMPTY)).nonzero()[0]
        if len(more) and len(self._steps):  # the slots after home, all at once
            slots = (s[more, None] + self._steps) & self._mask
            r, c = (self._keys.take(slots) == q[more, None]).nonzero()
            out[more[r]] = self._vals.take(slots[r, c])
        return out

def _windows(a: np.ndarray, start: int, m: int, w: int) -> np.ndarray:
    """Read-only view (m, w) of the 1-d array ``a``: row j is ``a[start + j:start + j + w]``
    (``sliding_window_view`` without its Python overhead)."""
    a = np.ascontiguousarray(a)
    if start < 0 or start + m - 1 + w > len(a):
        raise IndexError("window out of range")
    step = a.strides[0]
    win = np.ndarray((m, w), a.dtype, a, start * step, (step, step))
    win.flags.writeable = False
    return win

def _codepoints(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)

class Words:
    """Dictionary features: the longest word of the list covering each character.

    Every n-gram (2..8 characters) is hashed with a rolling polynomial and looked up in one
    hash table holding the words (with their class) and their prefixes (so that only
    n-grams that can still grow into a word are extended): a few numpy passes per text.
    """

    MAXLEN = 16
    _PREFIX = 16

    def __init__(self, path: str | Path):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        start = 0  # comments are the header lines; the body is read in one piece
        while text.startswith("#", start):
            start = text.index("\n", start) + 1
        # words and classes located in the code points of the body: no Python string per word
        body = text[start:].strip("\n")
        cp = _codepoints(body + "\n") if body else np.zeros(0, dtype=np.int64)
        tab, nl = np.flatnonzero(cp == 9), np.flatnonzero(cp == 10)
        if len(tab) != len(nl) or (len(tab) and not (tab < nl).all()):
            raise ValueError(f"{path}: every line must be 'word<TAB>class'")
        first = np.concatenate(([0], nl[:-1] + 1)).astype(np.int64)
        lens = tab - first
        # a class is at most two characters: its key is (first << 21) | (second, or newline)
        tag_key = (cp[tab + 1] << 21) | cp[np.minimum(tab + 2, len(cp) - 1)]
        names = {(ord(c[0]) << 21) | (ord(c[1]) if len(c) > 1 else 10): i + 1 for i, c in enumerate(CLASSES)}
        known = np.array(sorted(names), dtype=np.int64)
        pos = np.minimum(np.searchsorted(known, tag_key), len(known) - 1)
        if not (known[pos] == tag_key).all() or ((nl - tab) > 3).any():
            raise ValueError(f"{path}: a class outside {CLASSES}")
        cls = np.array([names[k] for k in known.tolist()], dtype=np.int32)[pos]
        keep = (lens >= 2) & (lens <= self.MAXLEN)
        off, lens, cls = first[keep], lens[keep], cls[keep]
        order = np.argsort(-lens, kind="stable")  # longest first: the words of >= L characters are a prefix
        off, lens, cls = off[order], lens[order], cls[order]
        at_least = np.searchsorted(-lens, -np.arange(self.MAXLEN + 2), side="right")  # count of lens >= L
        h = np.zeros(len(off), dtype=np.uint64)
        keys, vals = [], []
        for L in range(1, self.MAXLEN + 1):
            m, longer = int(at_least[L]), int(at_least[L + 1])
            h[:m] = h[:m] * _BASE + (cp[off[:m] + L - 1] + 1).astype(np.uint64)
            if L < 2:
                continue
            keys += [h[longer:m], h[:longer].copy()]  # words of L characters; prefixes of longer ones
            vals += [cls[longer:m], np.full(longer, self._PREFIX, dtype=np.int32)]
        k, v = np.concatenate(keys), np.concatenate(vals)
        order = np.argsort(k)  # the classes of a key are OR-ed: their order does not matter
        k, v = k[order], v[order]
        new = np.ones(len(k), dtype=bool)
        new[1:] = k[1:] != k[:-1]
        first = np.flatnonzero(new)
        uniq = k[first]
        self._index = HashIndex(uniq, np.bitwise_or.reduceat(v, first))

    def codes_cp(self, cp: np.ndarray) -> np.ndarray:
        """Dictionary code of each position of the code point array ``cp`` (int64, see
        ``N_DCODES``): B/M/E and class of the longest word covering it (ties: the later).
        Runs the compiled loop when it is built (``luoyang_nlp._native``), else numpy."""
        ix = self._index
        if _native.available() and ix._vals.dtype == np.int8:
            return _native.word_codes(cp, ix._keys, ix._vals, ix._mask, int(ix._shift), len(ix._steps),
                                      self.MAXLEN, self._PREFIX)
        return self.codes_numpy(cp)

    def codes_numpy(self, cp: np.ndarray) -> np.ndarray:
        """``codes_cp`` in numpy: a few vectorised passes per text."""
        n = len(cp)
        out = np.zeros(n, dtype=np.int64)
        if n < 2:
            return out
        c1 = (cp + 1).astype(np.uint64)
        # 2- and 3-grams of every position in one lookup; longer ones only where alive
        h2 = c1[:-1] * _BASE + c1[1:]
        h3 = h2[:-1] * _BASE + c1[2:]
        v23 = self._index.get(np.concatenate((h2, h3)))
        starts, lengths, classes = [], [], []
        for L, v in ((2, v23[:n - 1]), (3, v23[n - 1:])):
            cls = v & 15
            word = cls.nonzero()[0]
            if len(word):
                starts.append(word)
                lengths.append(L + np.zeros(len(word), dtype=np.int64))
                classes.append(cls[word])
        active = (v23[n - 1:n - 1 + max(0, n - 3)] & self._PREFIX).nonzero()[0]  # 3-grams that grow
        h = h3[active]
        for L in range(4, self.MAXLEN + 1):
            if not len(active):
                break
            h = h * _BASE + c1[active + L - 1]
            v = self._index.get(h)
            cls = v & 15
            word = cls.nonzero()[0]
            if len(word):
                starts.append(active[word])
                lengths.append(L + np.zeros(len(word), dtype=np.int64))
                classes.append(cls[word])
            grow = v & self._PREFIX
            if active[-1] + L >= n:  # the last position has no next character
                grow[-1] = 0
            go = grow.nonzero()[0]
            active, h = active[go], h[go]
        if not starts:
            return out
        st, ln, cl = np.concatenate(starts), np.concatenate(lengths), np.concatenate(classes)
        total = int(ln.sum())
        k = np.arange(total) - np.repeat(np.cumsum(ln) - ln, ln)  # index inside the word
        lnr = np.repeat(ln, ln)
        pos_code = np.where(k == 0, 0, np.where(k == lnr - 1, 2, 1))
        out[np.repeat(st, ln) + k] = 1 + 3 * (np.repeat(cl, ln) - 1) + pos_code  # longer words last
        return out

    def codes(self, text: str) -> np.ndarray:
        return self.codes_cp(_codepoints(text))

def encode(chunks: Sequence[str], words: Words,
           need: Iterable[str] | None = None) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Join ``chunks`` with boundary padding; return each chunk's first index in the joined
    array and the per-position keys: ``cp`` (code point), ``bi`` (pair i, i+1), ``sk``
    (pair i-1, i+1), ``dc`` (dictionary code), ``tri``, ``cd``, ``dd`` (only those in
    ``need`` besides ``cp``, ``bi`` and ``dc`` when given). Chunks must not contain ``"\x00"``."""
    need = {"sk", "tri", "cd", "dd"} if need is None else set(need)
    gap = "\x00" * PAD
    joined = gap + gap.join(chunks) + gap
    cp = _codepoints(joined)
    lens = np.fromiter((len(c) for c in chunks), dtype=np.int64, count=len(chunks))
    starts = PAD + np.cumsum(lens + PAD) - (lens + PAD)
    nxt = np.empty_like(cp)
    nxt[:-1], nxt[-1] = cp[1:], 0
    dc = words.codes_cp(cp)
    keys = {"cp": cp, "bi": (cp << 21) | nxt, "dc": dc}
    if need & {"sk", "tri"}:
        prv = np.empty_like(cp)
        prv[1:], prv[0] = cp[:-1], 0
        if "sk" in need:
            keys["sk"] = (prv << 21) | nxt
        if "tri" in need:
            keys["tri"] = (prv << 42) | (cp << 21) | nxt
    if "cd" in need:
        keys["cd"] = (cp << 6) | dc
    if "dd" in need:
        dnext = np.empty_like(dc)
        dnext[:-1], dnext[-1] = dc[1:], 0
        keys["dd"] = dc * N_DCODES + dnext
    return starts, keys

class NERModel:
    """A trained character CRF; ``predict`` returns ``(start, end, label, confidence)``."""

    #: Span confidence, the lowest over the span's characters of: ``"local"`` P(tag | the
    #: tags either side, text), fast but optimistic; ``"marginal"`` P(tag | text) by
    #: forward-backward, calibrated, about 1.5x the time. Tags are the Viterbi path either way
    #: (decoding by marginals measured 0.005 F1 worse on held-out MSRA).
    confidence = "local"

    def __init__(self, tables: dict[str, np.ndarray], words: Words):
        self.labels: tuple[str, ...] = tuple(str(x) for x in tables["labels"])
        self.types: tuple[str, ...] = tuple(str(x) for x in tables["types"])
        self._u_keys, self._b_keys = tables["u_keys"], tables["b_keys"]
        f32 = np.float32
        self._wu = tables["wu"].astype(f32)  # (nu + 1, len(U_OFFS), K), last row zero
        self._wb = tables["wb"].astype(f32)
        self._wd = tables["wd"].astype(f32)  # (N_DCODES, len(D_OFFS), K)
        self._bias = tables["bias"].astype(f32)
        self._trans = tables["trans"].astype(f32)  # (K, K): from, to
        self._trans_tf = np.ascontiguousarray(self._trans.T)  # (to, from)
        # a dense code point -> unigram row table for the Basic Multilingual Plane
        dense = np.full(0x10000, len(self._u_keys), dtype=np.int32)
        bmp = self._u_keys < 0x10000
        dense[self._u_keys[bmp]] = np.nonzero(bmp)[0]
        self._dense = dense
        self._u_index = HashIndex(self._u_keys, np.arange(len(self._u_keys)))
        self._b_index = HashIndex(self._b_keys, np.arange(len(self._b_keys)))
        # single-position templates looked up by key: (key name, index, table)
        self._keyed_keys = {key: tables[f"{t}_keys"] for t, key in (("s", "sk"), ("t", "tri"), ("c", "cd"))
                            if f"{t}_keys" in tables}
        self._keyed = [(key, HashIndex(tables[f"{t}_keys"], np.arange(len(tables[f"{t}_keys"]))),
                        tables[f"w{t}"].astype(f32))
                       for t, key in (("s", "sk"), ("t", "tri"), ("c", "cd")) if f"{t}_keys" in tables]
        self._we = tables["we"].astype(f32) if "we" in tables else None
        self._build_gather()
        self.words = words
        chunking = tables["chunking"].tolist() if "chunking" in tables else [MAX_LEN, 0]
        self.max_len, self.clause = int(chunking[0]), bool(chunking[1])

    @classmethod
    def load(cls, path: str | Path | None = None, words: str | Path | None = None) -> "NERModel":
        """Load the model file (default: the shipped ``data/models/ner_crf.npz``) and its word
        list (default: ``ner_words.tsv`` beside it)."""
        if path is None:
            from ..resources import data_path

            path = data_path("models", "ner_crf.npz")
        path = Path(path)
        with np.load(path, allow_pickle=False) as z:
            tables = {k: z[k] for k in z.files}
        return cls(tables, Words(words or path.with_name("ner_words.tsv")))

    def _build_gather(self) -> None:
        """One weight table for every template (the rows of each template's table, flattened
        over its offsets) and one hash index for the keyed templates whose keys fit in 56 bits,
        so that ``_emissions`` is one lookup, one gather and one sum. Row 0 is zero: padding."""
        k = len(self.labels)
        blocks: list[np.ndarray] = [np.zeros((1, k), np.float32), self._bias[None, :]]
        base = 2

        def add(table: np.ndarray) -> int:
            nonlocal base
            flat = table.reshape(-1, k)
            blocks.append(flat)
            base += len(flat)
            return base - len(flat)

        # looked-up templates: (key name, keys, row base, row stride, table rows)
        looked = [("bi", self._b_keys, add(self._wb), len(B_OFFS), len(self._wb))]
        for key, index, table in self._keyed:
            looked.append((key, self._keyed_keys[key], add(table), 1, len(table)))
        self._we_base = add(self._we) if self._we is not None else -1
        self._u_base = add(self._wu)
        self._d_base = add(self._wd)
        self._table = np.ascontiguousarray(np.concatenate(blocks), dtype=np.float32)
        self._u_rows = self._u_base + self._dense.astype(np.int64) * len(U_OFFS)
        # keys < 2**56 share one index, told apart by a tag in the top byte
        small = [x for x in looked if x[0] in ("bi", "sk", "cd")]
        self._merged = [(name, np.int64(i) << 56, rbase + stride * (rows - 1)) for i, (name, _, rbase, stride, rows)
                        in enumerate(small)]
        kk = np.concatenate([keys.astype(np.int64) | (np.int64(i) << 56) for i, (_, keys, _, _, _) in enumerate(small)])
        vv = np.concatenate([rbase + stride * np.arange(len(keys), dtype=np.int64)
                             for _, keys, rbase, stride, _ in small])
        self._merged_index = HashIndex(kk, vv)
        self._other = [(name, HashIndex(keys, rbase + stride * np.arange(len(keys))),
                        rbase + stride * (rows - 1)) for name, keys, rbase, stride, rows in looked
                       if name not in ("bi", "sk", "cd")]
        self._order = [name for name, *_ in looked]  # column order after the bias
        self._need = set(self._order) | ({"dd"} if self._we is not None else set())  # keys to encode
        # what the compiled emission loop needs, when it covers the model: every keyed template
        # in the merged index, the bigram among them, no ``we`` table (else None: numpy runs)
        names = [name for name, _, _ in self._merged]
        covered = not self._other and self._we is None and "bi" in names and all(x in names for x in self._order)
        self._native_layout = (np.array([names.index(x) for x in self._order[1:]], dtype=np.int64),
                               np.array([d for _, _, d in self._merged], dtype=np.int64),
                               names.index("bi")) if covered else None

    # --- inference ---------------------------------------------------------------------
    def _emissions(self, keys: dict[str, np.ndarray]) -> np.ndarray:
        """Sum of the feature weights of each position: one lookup of the keyed templates,
        one gather from ``_table`` into (feature, position, tag) and one sum over the feature
        axis, which numpy adds in order (bias, keyed templates, ``we``, U, B, D: the order of
        ``_emissions_reference``, so the same float32 sums bit for bit)."""
        cp = keys["cp"]
        n = len(cp)
        lo, hi = PAD, n - PAD  # only positions with full context are ever read
        if self._native_emissions and n > 2 * PAD:
            return self._emissions_native(keys)
        # rows of the looked-up templates
        found: dict[str, np.ndarray] = {}
        if self._merged:
            q = np.concatenate([keys[name] | tag for name, tag, _ in self._merged]) if len(self._merged) > 1 \
                else keys[self._merged[0][0]] | self._merged[0][1]
            v = self._merged_index.get(q, -1)
            for i, (name, _, dflt) in enumerate(self._merged):
                part = v[i * n:(i + 1) * n]
                found[name] = np.where(part < 0, dflt, part)
        for name, index, dflt in self._other:
            part = index.get(keys[name], -1)
            found[name] = np.where(part < 0, dflt, part)
        nk = len(self._order) - 1 + (self._we is not None)
        nf = 1 + nk + len(U_OFFS) + len(B_OFFS) + len(D_OFFS)
        idx = np.empty((nf, n), dtype=np.int64)
        idx[0] = 1  # bias
        col = 1
        for name in self._order[1:]:
            idx[col] = found[name]
            col += 1
        if self._we is not None:
            np.add(keys["dd"], self._we_base, out=idx[col])
            col += 1
        idx[col:, :lo] = 0
        idx[col:, hi:] = 0
        w = hi - lo
        if w > 0:
            for offs, rows in ((U_OFFS, self._unigram_rows(cp)), (B_OFFS, found["bi"]),
                               (D_OFFS, keys["dc"] * len(D_OFFS) + self._d_base)):
                m = len(offs)
                win = _windows(rows, lo + offs[0], m, w)
                np.add(win, np.arange(m)[:, None], out=idx[col:col + m, lo:hi])
                col += m
        if _native.available():
            return _native.gather_sum(self._table, idx)
        return np.add.reduce(self._table.take(idx, axis=0), axis=0)

    @property
    def _native_emissions(self) -> bool:
        """The compiled emission loop runs: the library is built and covers this model."""
        return self._native_layout is not None and _native.available()

    def _unigram_rows(self, cp: np.ndarray) -> np.ndarray:
        """Row base in ``_table`` of each code point's unigram weights (a dense table for the
        Basic Multilingual Plane, the hash index beyond it)."""
        urow = self._u_rows[np.minimum(cp, 0xFFFF)]
        astral = cp >= 0x10000
        if astral.any():
            r = self._u_index.get(cp[astral], len(self._u_keys))
            urow[astral] = self._u_base + r.astype(np.int64) * len(U_OFFS)
        return urow

    def _emissions_native(self, keys: dict[str, np.ndarray]) -> np.ndarray:
        """``_emissions`` by the compiled loop (the same sums in the same order)."""
        keyed, dflt, bi = self._native_layout
        q = np.stack([keys[name] | tag for name, tag, _ in self._merged])
        ix = self._merged_index
        return _native.emissions(
            self._table, q, dflt, ix._keys, ix._vals, ix._mask, int(ix._shift), len(ix._steps), keyed, bi,
            self._unigram_rows(keys["cp"]), U_OFFS[0], len(U_OFFS), B_OFFS[0], len(B_OFFS), keys["dc"],
            self._d_base, D_OFFS[0], len(D_OFFS), PAD)

    def _emissions_reference(self, keys: dict[str, np.ndarray]) -> np.ndarray:
        """``_emissions`` written template by template (the tests check both agree bit for bit)."""
        cp = keys["cp"]
        n = len(cp)
        urow = np.where(cp < 0x10000, self._dense[np.minimum(cp, 0xFFFF)], len(self._u_keys))
        astral = cp >= 0x10000
        if astral.any():
            urow[astral] = self._u_index.get(cp[astral], len(self._u_keys))
        brow = self._b_index.get(keys["bi"], len(self._b_keys))
        em = np.empty((n, len(self.labels)), dtype=np.float32)
        em[:] = self._bias
        for key, index, table in self._keyed:
            em += table[index.get(keys[key], len(table) - 1)]
        if self._we is not None:
            em += self._we[keys["dd"]]
        lo, hi = PAD, n - PAD  # only positions with full context are ever read
        gu = self._wu[urow]
        for j, o in enumerate(U_OFFS):
            em[lo:hi] += gu[lo + o:hi + o, j]
        gb = self._wb[brow]
        for j, o in enumerate(B_OFFS):
            em[lo:hi] += gb[lo + o:hi + o, j]
        gd = self._wd[keys["dc"]]
        for j, o in enumerate(D_OFFS):
            em[lo:hi] += gd[lo + o:hi + o, j]
        return em

    def _batches(self, starts: np.ndarray, lens: np.ndarray, right: bool = False):
        """Chunks in batches of similar length (longest first, at most 2x padding): yields
        (positions (b, T), valid mask (b, T), live rows at each step (T,)). ``right``: each
        chunk ends at the last step (and starts at step ``T - len``) instead of starting at
        step 0; the rows live at a step are a prefix either way."""
        order = np.argsort(-lens, kind="stable")  # longest first: live rows are a prefix
        i = 0
        while i < len(order):
            maxlen = int(lens[order[i]])
            j = min(len(order), i + 4096)
            j = max(i + 1, i + int(np.searchsorted(-lens[order[i:j]], -(maxlen // 2), side="right")),
                    min(len(order), i + 32768 // maxlen))  # small inputs: one batch, fewer steps
            idx = order[i:j]
            st, ln = starts[idx], lens[idx]
            steps = np.arange(maxlen)
            if right:
                first = maxlen - ln
                valid = steps[None, :] >= first[:, None]
                pos = np.where(valid, (st - first)[:, None] + steps[None, :], 0)
                yield pos, valid, (first[None, :] <= steps[:, None]).sum(axis=1)
            else:
                valid = steps[None, :] < ln[:, None]
                pos = np.where(valid, st[:, None] + steps[None, :], 0)
                yield pos, valid, (ln[None, :] > steps[:, None]).sum(axis=1)
            i = j

    def _viterbi(self, em: np.ndarray, starts: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Best tag of every position (0 = O outside the chunks): the compiled loop when it
        is built (``luoyang_nlp._native``), else ``_viterbi_numpy``; the same tags either way."""
        if _native.available():
            return _native.viterbi(em, starts, lens, self._trans)
        return self._viterbi_numpy(em, starts, lens)

    def _viterbi_numpy(self, em: np.ndarray, starts: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Best tag of every position (0 = O outside the chunks), batched over chunks.
        Arrays are laid out (tag, chunk) so that the max over the previous tag runs along
        the first axis (much faster in numpy than a short last axis). Chunks are aligned on
        their last character, so every step runs over the whole batch (a chunk's first step
        restarts its scores) and the backward pass starts from one step. The forward pass
        keeps every step's scores and no back-pointers (three numpy calls a step); the
        backward pass recomputes the best previous tag of the chosen tag only (the same sums,
        so the same argmax, ties to the first tag)."""
        tags = np.zeros(len(em), dtype=np.int64)
        trans = self._trans[:, :, None]  # (from, to, 1)
        trans_ft = self._trans
        k = em.shape[1]
        add, mx = np.add, np.maximum.reduce
        for pos, valid, nlive in self._batches(starts, lens, right=True):
            b, maxlen = pos.shape
            e = em.take(pos.T, axis=0).transpose(0, 2, 1).copy()  # (T, K, b)
            score = np.empty_like(e)  # score[t]: best path score ending in each tag at t
            score[0] = e[0]  # columns not started yet hold finite values never read
            prev = score[:, :, None, :]  # (T, K, 1, b)
            buf = np.empty((k, k, b), dtype=np.float32)
            live = nlive.tolist()
            for t in range(1, maxlen):  # positional arguments: the calls are the cost here
                add(prev[t - 1], trans, buf)
                st = score[t]
                mx(buf, 0, None, st)
                add(st, e[t], st)
                if live[t] > live[t - 1]:  # chunks starting at t
                    st[:, live[t - 1]:live[t]] = e[t, :, live[t - 1]:live[t]]
            path = np.empty((maxlen, b), dtype=np.intp)
            cur = score[maxlen - 1].argmax(axis=0)
            path[maxlen - 1] = cur
            tmp = np.empty((k, b), dtype=np.float32)
            take = trans_ft.take
            for t in range(maxlen - 1, 0, -1):
                add(score[t - 1], take(cur, 1), tmp)
                cur = path[t - 1]
                tmp.argmax(0, cur)
            tags[pos[valid]] = path.T[valid]
        return tags

    def _marginals(self, em: np.ndarray, starts: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Tag marginals P(tag_i | text) of every chunk position (forward-backward with
        per-step normalisation, batched like ``_viterbi``); rows outside chunks are 0."""
        out = np.zeros_like(em)
        exp_t = np.exp(self._trans).astype(np.float32)  # (from, to)
        x_all = np.exp(em - em.max(axis=1, keepdims=True))
        k = em.shape[1]
        for pos, valid, nlive in self._batches(starts, lens):
            b, maxlen = pos.shape
            x = np.ascontiguousarray(x_all[pos].transpose(1, 2, 0))  # (T, K, b)
            alpha = np.empty_like(x)
            a = x[0] / x[0].sum(axis=0)
            alpha[0] = a
            for t in range(1, maxlen):
                n = int(nlive[t])
                v = (exp_t.T @ a[:, :n]) * x[t, :, :n]
                a[:, :n] = v / v.sum(axis=0)
                alpha[t, :, :n] = a[:, :n]
            cur = np.ones((k, b), dtype=np.float32)
            for t in range(maxlen - 2, -1, -1):  # alpha becomes alpha * beta in place
                n = int(nlive[t + 1])
                v = exp_t @ (cur[:, :n] * x[t + 1, :, :n])
                cur[:, :n] = v / v.sum(axis=0)
                alpha[t, :, :n] *= cur[:, :n]
            g = alpha.transpose(2, 0, 1)[valid]  # (positions, K)
            out[pos[valid]] = g / g.sum(axis=1, keepdims=True)
        return out

    def _gibbs(self, em: np.ndarray, tags: np.ndarray) -> np.ndarray:
        """P(tag_i | the tags either side, text) of each chosen tag: a cheap local confidence."""
        p = np.ones(len(tags), dtype=np.float32)
        inside = tags.nonzero()[0]  # never the first or last row (padding)
        local = em.take(inside, axis=0) + self._trans.take(tags[inside - 1], axis=0) \
            + self._trans_tf.take(tags[inside + 1], axis=0)
        local -= np.maximum.reduce(local, axis=1, keepdims=True)
        ex = np.exp(local)
        p[inside] = ex[np.arange(len(inside)), tags[inside]] / np.add.reduce(ex, axis=1)
        return p

    @staticmethod
    def _spans(tags: np.ndarray, p: np.ndarray) -> list[tuple[int, int, int, float]]:
        """BIO tags -> ``(start, end, type index, confidence)`` in joined coordinates; an I
        tag that does not continue a span of its type starts one. Confidence: the lowest
        ``p`` (probability of the chosen tag) over the span."""
        nz = tags.nonzero()[0]  # only the tagged positions: few
        if not len(nz):
            return []
        t = tags[nz]
        typ = (t + 1) // 2  # labels are O, B-T1, I-T1, B-T2, ...
        cont = np.zeros(len(nz), dtype=bool)  # continues the span of the tag before it
        cont[1:] = (nz[1:] == nz[:-1] + 1) & (typ[1:] == typ[:-1])
        begin = (~cont | ((t % 2) == 1)).nonzero()[0]
        last = np.concatenate((begin[1:] - 1, [len(nz) - 1]))  # a span ends where the next one begins
        conf = np.minimum.reduceat(p[nz], begin)
        return list(zip(nz[begin].tolist(), (nz[last] + 1).tolist(), (typ[begin] - 1).tolist(),
                        conf.round(4).tolist()))

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state.pop("_block", None)  # addresses of this process: built again on first use
        return state

    def _kernel_block(self) -> _native.ModelBlock | None:
        """The parameters of the one-call compiled pass (``_native.tag_chunks``), built on first
        use; None when that pass does not cover this model (its templates or its tables)."""
        if self.__dict__.get("_block", False) is not False:
            return self._block
        block = None
        ix, ux, hx = self.words._index, self._u_index, self._merged_index
        kinds = {"bi": 0, "sk": 1, "cd": 2}
        k, w = len(self.labels), _native.ROW_WIDTH
        if self._native_layout is not None and ix._vals.dtype == np.int8 and hx._vals.dtype == np.int32 \
                and all(name in kinds for name, _, _ in self._merged) and k <= w:
            keyed, dflt, bi = self._native_layout
            table = np.zeros((len(self._table), w), dtype=np.float32)  # rows padded with zeros
            table[:, :k] = self._table
            trans = np.zeros((w, w), dtype=np.float32)
            trans[:k, :k] = self._trans
            block = _native.pack_model(
                table=table, K=k, trans=trans, pad=PAD,
                wkeys=ix._keys, wvals=ix._vals, wmask=ix._mask, wshift=int(ix._shift), wdepth=len(ix._steps),
                wmaxlen=self.words.MAXLEN, wprefix=self.words._PREFIX,
                urows=self._u_rows, ukeys=ux._keys, uvals8=ux._vals if ux._vals.dtype == np.int8 else None,
                uvals32=ux._vals if ux._vals.dtype == np.int32 else None, umask=ux._mask, ushift=int(ux._shift),
                udepth=len(ux._steps), udefault=len(self._u_keys), ubase=self._u_base,
                hkeys=hx._keys, hvals=hx._vals, hmask=hx._mask, hshift=int(hx._shift), hdepth=len(hx._steps),
                nt=len(self._merged), kind=np.array([kinds[name] for name, _, _ in self._merged], dtype=np.int64),
                tag=np.array([int(t) for _, t, _ in self._merged], dtype=np.int64), dflt=dflt, keyed=keyed,
                nk=len(keyed), bi=bi, nu=len(U_OFFS), u0=U_OFFS[0], nb=len(B_OFFS), b0=B_OFFS[0],
                d_base=self._d_base, nd=len(D_OFFS), d0=D_OFFS[0], flags=self._piece_flags(), max_len=self.max_len)
        self._block = block
        return block

    def _piece_flags(self) -> np.ndarray:
        """Code point -> 1 stop, 2 closing mark, 4 soft break (the characters of ``split_chunks``
        for this model's pieces; ``\\s`` is ``str.isspace``, none past U+3000)."""
        flags = np.zeros(0x10000, dtype=np.uint8)
        for chars, bit in ((_CLAUSE_STOPS if self.clause else _SENT_STOPS, 1), (_CLOSERS, 2),
                           (_SOFT_BREAKS + "".join(c for c in map(chr, range(0x3001)) if c.isspace()), 4)):
            flags[[ord(c) for c in chars]] |= bit
        return flags

    def _predict_compiled(self, texts: list[str], block: _native.ModelBlock) -> list[list[tuple[int, int, str, float]]]:
        """``predict_many`` by one compiled call per block of chunks (codes, keys, emissions,
        Viterbi and the local scores of ``_gibbs`` in C; exp and the probabilities in numpy, as
        ``_gibbs`` and ``_spans`` compute them): the same spans, without the numpy calls that
        cost a short text more than its characters do."""
        results: list[list[tuple[int, int, str, float]]] = [[] for _ in texts]
        one = len(texts) == 1
        src = (texts[0] if one else "".join(texts)).encode("utf-32-le", "surrogatepass")
        lens = _native.piece_lengths(block, src, [len(t) for t in texts])  # they tile the texts joined
        if not len(lens):
            return results
        bases = [0] if one else list(itertools.accumulate((len(t) for t in texts[:-1]), initial=0))
        k, types = block.k, self.types
        # blocks of about 200k positions, as the numpy path (most calls: one)
        ends = np.cumsum(lens + PAD) if len(src) // 4 + PAD * len(lens) >= 200_000 else None
        i = first = 0
        while i < len(lens):
            j = len(lens) if ends is None or ends[-1] - (ends[i - 1] if i else 0) < 200_000 else \
                min(len(lens), i + 1 + int(np.searchsorted(ends[i:], (ends[i - 1] if i else 0) + 200_000)))
            out, loc, tagged, nspans = _native.tag_chunks(block, src, first, lens[i:j])
            if nspans:
                n = len(out) // 5
                ex = np.exp(loc[:tagged * k].reshape(tagged, k))
                p = ex.ravel().take(out[:tagged]) / np.add.reduce(ex, axis=1)  # _gibbs
                conf = span_confidences(p, out[n:n + nspans])  # _spans
                found = out[2 * n:2 * n + 3 * nspans].reshape(nspans, 3).tolist()
                if one:
                    results[0] += [(b, e, types[ty], cf) for (b, e, ty), cf in zip(found, conf)]
                else:
                    for (b, e, ty), cf in zip(found, conf):
                        ti = bisect.bisect_right(bases, b) - 1
                        results[ti].append((b - bases[ti], e - bases[ti], types[ty], cf))
            if j < len(lens):
                first += int(lens[i:j].sum())
            i = j
        return results

    def predict_many(self, texts: Iterable[str]) -> list[list[tuple[int, int, str, float]]]:
        """``predict`` for each text, in one vectorised pass (one compiled call when the
        kernels are built and cover the model)."""
        texts = [t.replace("\x00", " ") for t in texts]
        if self.confidence == "local" and _native.available():
            block = self._kernel_block()
            if block is not None:
                return self._predict_compiled(texts, block)
        chunks: list[str] = []
        owner: list[tuple[int, int]] = []  # (text index, chunk start in the text)
        for ti, t in enumerate(texts):
            for s, e in split_chunks(t, self.max_len, self.clause):
                chunks.append(t[s:e])
                owner.append((ti, s))
        results: list[list[tuple[int, int, str, float]]] = [[] for _ in texts]
        # blocks of about 200k characters keep the intermediate arrays small
        i = 0
        while i < len(chunks):
            j, size = i, 0
            while j < len(chunks) and (size < 200_000 or j == i):
                size += len(chunks[j]) + PAD
                j += 1
            starts, keys = encode(chunks[i:j], self.words, self._need)
            lens = np.fromiter((len(c) for c in chunks[i:j]), dtype=np.int64, count=j - i)
            em = self._emissions(keys)
            tags = self._viterbi(em, starts, lens)
            if self.confidence == "marginal":
                p = self._marginals(em, starts, lens)[np.arange(len(tags)), tags]
            else:
                p = self._gibbs(em, tags)
            spans = self._spans(tags, p)
            if spans:
                begins = np.array([s[0] for s in spans])
                which = np.searchsorted(starts, begins, side="right") - 1
                for (b, e, ty, c), w in zip(spans, which.tolist()):
                    ti, off = owner[i + w]
                    base = off - int(starts[w])
                    results[ti].append((b + base, e + base, self.types[ty], c))
            i = j
        return results

    def predict(self, text: str) -> list[tuple[int, int, str, float]]:
        """Entity spans ``(start, end, label, confidence)`` in ``text`` (normalised text:
        simplified characters, half-width ASCII), sorted, non-overlapping."""
        if 0 < len(text) <= _native.TEXT_MAX and self.confidence == "local" and _native.available():
            block = self._kernel_block()
            if block is not None:
                return self._predict_one(text.replace("\x00", " "), block)
        return self.predict_many([text])[0]

    def _predict_one(self, text: str, block: _native.ModelBlock) -> list[tuple[int, int, str, float]]:
        """``_predict_compiled`` of one text (1 to ``_native.TEXT_MAX`` characters) by
        ``_native.tag_text``, which reuses its buffers: the same spans, less per-call overhead."""
        n, out, loc, tagged, nspans = _native.tag_text(block, text.encode("utf-32-le", "surrogatepass"), len(text))
        if not nspans:
            return []
        k, types = block.k, self.types
        ex = np.exp(loc[:tagged * k].reshape(tagged, k))
        p = ex.ravel().take(out[:tagged]) / np.add.reduce(ex, axis=1)  # _gibbs
        conf = span_confidences(p, out[n:n + nspans])  # _spans
        found = out[2 * n:2 * n + 3 * nspans].tolist()
        return [(found[i], found[i + 1], types[found[i + 2]], cf) for i, cf in zip(range(0, 3 * nspans, 3), conf)]

_F32 = struct.Struct("f")


def span_confidences(p: np.ndarray, begin: np.ndarray) -> list[float]:
    """``np.minimum.reduceat(p, begin).round(4).tolist()`` for a float32 ``p`` of probabilities,
    in Python: a short text's few spans cost less than numpy's calls (its ``round`` alone is three
    ufunc calls). The same values: the minimum of float32 values is one of them, and float32
    ``round(4)`` is ``rint(x * 10000) / 10000`` in float32, here each step in double rounded to
    float32 (a product of two float32 values is exact in double, and a quotient rounded to double
    then to float32 is the quotient rounded to float32: 53 >= 2 * 24 + 2 bits). Values that are
    not finite, or in another dtype, take the numpy path."""
    pl, starts = p.tolist(), begin.tolist()
    total = sum(pl)
    if p.dtype != np.float32 or total != total or total == _INF or not starts:
        return np.minimum.reduceat(p, begin).round(4).tolist()
    ends = starts[1:] + [len(pl)]
    mins = [pl[a] if b <= a else min(pl[a:b]) for a, b in zip(starts, ends)]
    n = len(mins)
    many = struct.Struct(f"{n}f") if n > 1 else _F32
    scaled = many.unpack(many.pack(*[m * 10000.0 for m in mins]))
    return list(many.unpack(many.pack(*[round(x) / 10000 for x in scaled])))


_INF = float("inf")

_DEFAULT: NERModel | None = None
_LOCK = threading.Lock()

def default_model() -> NERModel:
    """The shipped model, loaded once on first use (thread-safe)."""
    global _DEFAULT
    if _DEFAULT is None:
        with _LOCK:
            if _DEFAULT is None:
                _DEFAULT = NERModel.load()
    return _DEFAULT
