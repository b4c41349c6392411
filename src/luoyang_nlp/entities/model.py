"""Statistical NER: a linear-chain CRF over characters, run with numpy.

The model (``data/models/ner_crf.npz``) is trained by ``scripts/train_ner.py`` with
python-crfsuite and exported to dense tables; inference needs numpy only.
Features of character *i* (the same code builds them for training, see ``encode``):

* ``U{o}`` the character at ``i+o``, o = -2..2;  ``B{o}`` the pair at ``i+o, i+o+1``, o = -2..1;
  ``S`` the pair ``i-1, i+1``;
* ``D{o}`` o = -1..1: the B/M/E position of character ``i+o`` inside the dictionary word that
  forward longest matching (``data/models/ner_words.tsv``) puts over it, and that word's class.

Text is cut into sentences (and pieces of at most ``MAX_LEN`` characters); each piece is a
sequence, padded with two boundary symbols (code point 0) on each side. Tags are BIO over
``PERSON``, ``PLACE``, ``ORG`` (ORG includes companies; see docs/model.md).
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from .viterbi import clause_pieces, decode

__all__ = ["NERModel", "default_model", "Words", "encode", "split_chunks", "CLASSES"]

#: Word classes of ner_words.tsv (index + 1 is the class code; 0 = no word).
CLASSES = ("nr", "ns", "nt", "nz", "j", "n", "v", "x", "LP", "LL", "LO", "LC")
N_DCODES = 1 + 3 * len(CLASSES)  # 0 = outside any word; else 1 + class*3 + (B, M, E)
MAX_LEN = 150
PAD = 2  # boundary symbols on each side of a sequence
U_OFFS = (-2, -1, 0, 1, 2)
B_OFFS = (-2, -1, 0, 1)
D_OFFS = (-1, 0, 1)
_SENT = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;\n]+[”’\"')）]*|$)")
_SOFT = re.compile(r"[，,、：:\s]")


def split_chunks(text: str, max_len: int = MAX_LEN) -> list[tuple[int, int]]:
    """``(start, end)`` pieces of ``text``: sentences, cut to at most ``max_len`` characters
    (after the last comma or space before the limit when there is one)."""
    out: list[tuple[int, int]] = []
    for m in _SENT.finditer(text):
        s, e = m.span()
        while e - s > max_len:
            cut = max((k.end() for k in _SOFT.finditer(text, s + max_len // 3, s + max_len)), default=s + max_len)
            out.append((s, cut))
            s = cut
        if e > s:
            out.append((s, e))
    return out


_U = np.uint64
_C1, _C2, _BASE = _U(0x9E3779B97F4A7C15), _U(0xBF58476D1CE4E5B9), _U(1000003)


def _mix(h: np.ndarray) -> np.ndarray:
    """A 64-bit finaliser (never 0: 0 marks an empty slot)."""
    x = h * _C1
    x ^= x >> _U(31)
    x *= _C2
    x ^= x >> _U(29)
    return x | _U(1)


class HashIndex:
    """Open-addressing hash table (linear probing) from uint64 keys to int32 values, numpy only."""

    def __init__(self, keys: np.ndarray, values: np.ndarray):
        n = len(keys)
        bits = max(4, int(np.ceil(np.log2(max(n, 1) * 2.5))))
        size = 1 << bits
        self._shift, self._mask = _U(64 - bits), size - 1
        self._keys = np.zeros(size, dtype=np.uint64)
        self._vals = np.zeros(size, dtype=np.int32)
        mixed = _mix(keys.astype(np.uint64))
        slot = (mixed >> self._shift).astype(np.int64)
        pending = np.arange(n)
        while pending.size:
            s = slot[pending]
            free = self._keys[s] == 0
            uniq, first = np.unique(s[free], return_index=True)
            win = pending[free][first]
            self._keys[uniq] = mixed[win]
            self._vals[uniq] = values[win]
            placed = np.zeros(n, dtype=bool)
            placed[win] = True
            pending = pending[~placed[pending]]
            slot[pending] = (slot[pending] + 1) & self._mask

    def get(self, q: np.ndarray, default: int = 0) -> np.ndarray:
        """Value of each key of ``q`` (``default`` when absent)."""
        m = _mix(q.astype(np.uint64))
        s = (m >> self._shift).astype(np.int64)
        out = np.full(len(q), default, dtype=np.int32)
        idx = np.arange(len(q))
        while len(idx):
            k = self._keys[s]
            hit = k == m
            out[idx[hit]] = self._vals[s[hit]]
            go = (k != 0) & ~hit
            idx, s, m = idx[go], (s[go] + 1) & self._mask, m[go]
        return out


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
            body = "".join(ln for ln in f if not ln.startswith("#"))
        parts = body.replace("\n", "\t").split("\t")
        words, tags = parts[0:-1:2], np.array(parts[1::2])
        names = np.array(CLASSES)
        order = np.argsort(names)
        cls = (order[np.searchsorted(names[order], tags)] + 1).astype(np.int32)
        lens = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
        keep = (lens >= 2) & (lens <= self.MAXLEN)
        cp = _codepoints("".join(words))
        off = np.cumsum(lens) - lens
        off, lens, cls = off[keep], lens[keep], cls[keep]
        h = np.zeros(len(off), dtype=np.uint64)
        keys, vals = [], []
        for L in range(1, self.MAXLEN + 1):
            alive = lens >= L
            h[alive] = h[alive] * _BASE + (cp[off[alive] + L - 1] + 1).astype(np.uint64)
            if L < 2:
                continue
            keys += [h[lens == L], h[lens > L]]
            vals += [cls[lens == L], np.full(int((lens > L).sum()), self._PREFIX, dtype=np.int32)]
        k, v = np.concatenate(keys), np.concatenate(vals)
        order = np.argsort(k, kind="stable")
        k, v = k[order], v[order]
        uniq, first = np.unique(k, return_index=True)
        self._index = HashIndex(uniq, np.bitwise_or.reduceat(v, first))

    def codes_cp(self, cp: np.ndarray) -> np.ndarray:
        """Dictionary code of each position of the code point array ``cp`` (int64, see
        ``N_DCODES``): B/M/E and class of the longest word covering it (ties: the later)."""
        n = len(cp)
        out = np.zeros(n, dtype=np.int64)
        if n < 2:
            return out
        c1 = (cp + 1).astype(np.uint64)
        active = np.arange(n - 1)
        h = c1[:-1] * _BASE + c1[1:]
        starts, lengths, classes = [], [], []
        for L in range(2, self.MAXLEN + 1):
            v = self._index.get(h)
            word = (v & 15) > 0
            if word.any():
                starts.append(active[word])
                lengths.append(np.full(int(word.sum()), L))
                classes.append(v[word] & 15)
            go = ((v & self._PREFIX) > 0) & (active + L < n)
            active, h = active[go], h[go]
            if not len(active):
                break
            h = h * _BASE + c1[active + L]
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


def encode(chunks: Sequence[str], words: Words) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Join ``chunks`` with boundary padding; return each chunk's first index in the joined
    array and the per-position keys: ``cp`` (code point), ``bi`` (pair i, i+1), ``sk``
    (pair i-1, i+1), ``dc`` (dictionary code). Chunks must not contain ``"\\x00"``."""
    gap = "\x00" * PAD
    joined = gap + gap.join(chunks) + gap
    cp = _codepoints(joined)
    lens = np.fromiter((len(c) for c in chunks), dtype=np.int64, count=len(chunks))
    starts = PAD + np.cumsum(lens + PAD) - (lens + PAD)
    nxt = np.empty_like(cp)
    nxt[:-1], nxt[-1] = cp[1:], 0
    prv = np.empty_like(cp)
    prv[1:], prv[0] = cp[:-1], 0
    keys = {"cp": cp, "bi": (cp << 21) | nxt, "sk": (prv << 21) | nxt, "dc": words.codes_cp(cp)}
    return starts, keys


class NERModel:
    """A trained character CRF; ``predict`` returns ``(start, end, label, confidence)``."""

    def __init__(self, tables: dict[str, np.ndarray], words: Words):
        self.labels: tuple[str, ...] = tuple(str(x) for x in tables["labels"])
        self.types: tuple[str, ...] = tuple(str(x) for x in tables["types"])
        self._u_keys, self._b_keys, self._s_keys = tables["u_keys"], tables["b_keys"], tables["s_keys"]
        f32 = np.float32
        self._wu = tables["wu"].astype(f32)  # (nu + 1, len(U_OFFS), K), last row zero
        self._wb = tables["wb"].astype(f32)
        self._ws = tables["ws"].astype(f32)
        self._wd = tables["wd"].astype(f32)  # (N_DCODES, len(D_OFFS), K)
        self._bias = tables["bias"].astype(f32)
        self._trans = tables["trans"].astype(f32)  # (K, K): from, to
        # a dense code point -> unigram row table for the Basic Multilingual Plane
        dense = np.full(0x10000, len(self._u_keys), dtype=np.int32)
        bmp = self._u_keys < 0x10000
        dense[self._u_keys[bmp]] = np.nonzero(bmp)[0]
        self._dense = dense
        self._u_index = HashIndex(self._u_keys, np.arange(len(self._u_keys)))
        self._b_index = HashIndex(self._b_keys, np.arange(len(self._b_keys)))
        self._s_index = HashIndex(self._s_keys, np.arange(len(self._s_keys)))
        self.words = words

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

    # --- inference ---------------------------------------------------------------------
    def _emissions(self, keys: dict[str, np.ndarray]) -> np.ndarray:
        cp = keys["cp"]
        n = len(cp)
        urow = np.where(cp < 0x10000, self._dense[np.minimum(cp, 0xFFFF)], len(self._u_keys))
        astral = cp >= 0x10000
        if astral.any():
            urow[astral] = self._u_index.get(cp[astral], len(self._u_keys))
        brow = self._b_index.get(keys["bi"], len(self._b_keys))
        srow = self._s_index.get(keys["sk"], len(self._s_keys))
        em = np.empty((n, len(self.labels)), dtype=np.float32)
        em[:] = self._bias
        em += self._ws[srow]
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

    def _viterbi(self, em: np.ndarray, starts: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Best tag of every position (0 = O outside the chunks), batched over chunks."""
        tags = np.zeros(len(em), dtype=np.int64)
        order = np.argsort(-lens, kind="stable")  # longest first: live rows are a prefix
        trans_t = np.ascontiguousarray(self._trans.T)[None]  # (1, to, from)
        i = 0
        while i < len(order):
            # a batch of chunks of similar length (at most 2x padding waste)
            maxlen = int(lens[order[i]])
            j = min(len(order), i + 4096)
            j = i + int(np.searchsorted(-lens[order[i:j]], -(maxlen // 2), side="right"))
            j = max(j, i + 1)
            idx = order[i:j]
            st, ln = starts[idx], lens[idx]
            b = len(idx)
            steps = np.arange(maxlen)
            valid = steps[None, :] < ln[:, None]
            pos = np.where(valid, st[:, None] + steps[None, :], 0)
            e = em[pos]  # (b, T, K)
            nlive = (ln[None, :] > steps[:, None]).sum(axis=1)  # rows alive at each step
            score = e[:, 0].copy()
            back = np.zeros((b, maxlen, e.shape[2]), dtype=np.int8)
            for t in range(1, maxlen):
                n = int(nlive[t])
                cand = score[:n, None, :] + trans_t  # (n, to, from)
                best = cand.argmax(axis=2)
                back[:n, t] = best
                score[:n] = np.take_along_axis(cand, best[:, :, None], axis=2)[:, :, 0] + e[:n, t]
            cur = score.argmax(axis=1)
            path = np.zeros((b, maxlen), dtype=np.int64)
            for t in range(maxlen - 1, -1, -1):
                n = int(nlive[t])
                path[:n, t] = cur[:n]
                if t:
                    cur[:n] = back[np.arange(n), t, cur[:n]]
            tags[pos[valid]] = path[valid]
            i = j
        return tags

    def _spans(self, em: np.ndarray, tags: np.ndarray) -> list[tuple[int, int, int, float]]:
        """BIO tags -> ``(start, end, type index, confidence)`` in joined coordinates."""
        typ = (tags + 1) // 2  # labels are O, B-T1, I-T1, B-T2, ...
        is_b = (tags % 2) == 1
        prev_t = np.concatenate(([0], typ[:-1]))
        next_t = np.concatenate((typ[1:], [0]))
        next_b = np.concatenate((is_b[1:], [False]))
        begin = np.nonzero((typ > 0) & (is_b | (prev_t != typ)))[0]
        end = np.nonzero((typ > 0) & ((next_t != typ) | next_b))[0] + 1
        if not len(begin):
            return []
        # confidence: posterior of each chosen tag given its neighbours' tags (a Gibbs
        # conditional, cheap and local), the minimum over the span
        inside = np.nonzero(typ > 0)[0]
        local = em[inside] + self._trans[tags[inside - 1]] + self._trans[:, tags[inside + 1]].T
        local -= local.max(axis=1, keepdims=True)
        p = np.ones(len(tags), dtype=np.float32)
        p[inside] = np.exp(local[np.arange(len(inside)), tags[inside]]) / np.exp(local).sum(axis=1)
        conf = np.minimum.reduceat(p, begin)  # O after a span counts 1.0
        return list(zip(begin.tolist(), end.tolist(), (typ[begin] - 1).tolist(), np.round(conf, 4).tolist()))

    def predict_many(self, texts: Iterable[str]) -> list[list[tuple[int, int, str, float]]]:
        """``predict`` for each text, in one vectorised pass."""
        texts = [t.replace("\x00", " ") for t in texts]
        chunks: list[str] = []
        owner: list[tuple[int, int]] = []  # (text index, chunk start in the text)
        for ti, t in enumerate(texts):
            for s, e in split_chunks(t):
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
            starts, keys = encode(chunks[i:j], self.words)
            lens = np.fromiter((len(c) for c in chunks[i:j]), dtype=np.int64, count=j - i)
            em = self._emissions(keys)
            ps, pl, after, before, _ = clause_pieces(keys["cp"], starts, lens)
            tags = decode(em, self._trans, ps, pl, after, before)
            spans = self._spans(em, tags)
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
        return self.predict_many([text])[0]


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
