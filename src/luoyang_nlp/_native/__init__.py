"""Optional compiled inner loops of the NER model, loaded with ctypes.

``kernels.c`` is compiled into a shared library when the wheel is built (``hatch_build.py``).
Without it (no C compiler at install time, or ``LUOYANG_NLP_PURE=1``) the model runs its numpy
code, with the same output; with it, a document's model pass costs a fraction of the numpy
per-call overhead. ``available()`` tells which path runs. The model's usual pass is two calls
per text or batch (``piece_lengths``, ``tag_chunks``) reading the model's tables through one
parameter block (``pack_model``); the single-step kernels serve the other passes (marginal
confidences, a model the block does not cover).
"""

from __future__ import annotations

import ctypes
import os
import sys
import threading
from pathlib import Path

import numpy as np

__all__ = ["LIBRARY_NAME", "MODEL_FIELDS", "ROW_WIDTH", "available", "emissions", "gather_sum", "pack_model",
           "piece_lengths", "tag_chunks", "tag_text", "viterbi", "word_codes"]

LIBRARY_NAME = "libluoyang_kernels" + (".dylib" if sys.platform == "darwin" else ".dll" if os.name == "nt" else ".so")

_P = ctypes.c_void_p
_I = ctypes.c_int64
#: The fields of the model block of ``tag_chunks``, in the order of the enum in kernels.c.
MODEL_FIELDS = ("table", "K", "trans", "pad",
                "wkeys", "wvals", "wmask", "wshift", "wdepth", "wmaxlen", "wprefix",
                "urows", "ukeys", "uvals8", "uvals32", "umask", "ushift", "udepth", "udefault", "ubase",
                "hkeys", "hvals", "hmask", "hshift", "hdepth",
                "nt", "kind", "tag", "dflt", "keyed", "nk", "bi",
                "nu", "u0", "nb", "b0", "d_base", "nd", "d0",
                "flags", "max_len")
#: The row width of the weight table and of the transitions in the model block (K <= it, zeros after).
ROW_WIDTH = 8
_TYPES = {"table": np.float32, "trans": np.float32, "wkeys": np.uint64, "wvals": np.int8, "urows": np.int64,
          "ukeys": np.uint64, "uvals8": np.int8, "uvals32": np.int32, "hkeys": np.uint64, "hvals": np.int32,
          "kind": np.int64, "tag": np.int64, "dflt": np.int64, "keyed": np.int64, "flags": np.uint8}


def _load() -> ctypes.CDLL | None:
    if os.environ.get("LUOYANG_NLP_PURE", "") not in ("", "0"):
        return None
    path = Path(__file__).resolve().parent / LIBRARY_NAME
    if not path.is_file():
        return None
    try:
        lib = ctypes.CDLL(str(path))
    except OSError:
        return None
    lib.word_codes.argtypes = [_P, _I, _P, _P, ctypes.c_uint64, ctypes.c_int, _I, _I, ctypes.c_int32, _P, _P]
    lib.word_codes.restype = None
    lib.viterbi.argtypes = [_P, _I, _P, _P, _I, _P, _P, _P]
    lib.viterbi.restype = None
    lib.gather_sum.argtypes = [_P, _I, _P, _I, _I, _P]
    lib.gather_sum.restype = None
    lib.emissions.argtypes = [_P, _I, _I, _I, _P, _I, _P, _P, _P, ctypes.c_uint64, ctypes.c_int, _I, _P, _I, _I,
                              _P, _I, _I, _I, _I, _P, _I, _I, _I, _P, _P]
    lib.emissions.restype = None
    try:
        lib.tag_chunks.argtypes = [_P, ctypes.c_char_p, _I, _P, _I, _I, _P, _P]
        lib.tag_chunks.restype = _I
        lib.piece_lengths.argtypes = [_P, ctypes.c_char_p, _P, _I, _P]
        lib.piece_lengths.restype = _I
        lib.model_fields.argtypes = []
        lib.model_fields.restype = _I
    except AttributeError:
        return None  # a library built from an older kernels.c
    if lib.model_fields() != len(MODEL_FIELDS) * 100 + ROW_WIDTH:
        return None  # ... or from another one
    return lib


_LIB = _load()


def available() -> bool:
    """True when the compiled library is loaded (the model then uses it)."""
    return _LIB is not None


def _c(a: np.ndarray, dtype) -> np.ndarray:
    return np.ascontiguousarray(a, dtype=dtype)


def word_codes(cp: np.ndarray, keys: np.ndarray, vals: np.ndarray, mask: int, shift: int, depth: int,
               maxlen: int, prefix_flag: int) -> np.ndarray:
    """``Words.codes_cp`` over the hash table ``keys``/``vals`` (int8) of a ``HashIndex``."""
    cp = _c(cp, np.int64)
    n = len(cp)
    out = np.empty(n, dtype=np.int64)
    best = np.empty(n, dtype=np.int64)
    if vals.dtype != np.int8 or keys.dtype != np.uint64 or not keys.flags.c_contiguous:
        raise TypeError("word_codes needs a uint64 key table and int8 values")
    _LIB.word_codes(cp.ctypes.data, n, keys.ctypes.data, vals.ctypes.data, mask, shift, depth, maxlen,
                    prefix_flag, out.ctypes.data, best.ctypes.data)
    return out


def viterbi(em: np.ndarray, starts: np.ndarray, lens: np.ndarray, trans: np.ndarray) -> np.ndarray:
    """``NERModel._viterbi``: the best tag of every row of ``em`` (0 outside the chunks)."""
    em = _c(em, np.float32)
    trans = _c(trans, np.float32)
    k = em.shape[1]
    if trans.shape != (k, k):
        raise ValueError("transition table does not match the emissions")
    starts, lens = _c(starts, np.int64), _c(lens, np.int64)
    if len(lens) and (int(starts.min()) < 0 or int((starts + lens).max()) > len(em)):
        raise IndexError("chunk outside the emission rows")
    tags = np.zeros(len(em), dtype=np.int64)
    score = np.empty((max(1, int(lens.max()) if len(lens) else 1), k), dtype=np.float32)
    _LIB.viterbi(em.ctypes.data, k, starts.ctypes.data, lens.ctypes.data, len(lens), trans.ctypes.data,
                 tags.ctypes.data, score.ctypes.data)
    return tags


def gather_sum(table: np.ndarray, idx: np.ndarray) -> np.ndarray:
    """``np.add.reduce(table.take(idx, axis=0), axis=0)`` for a 2-d index ``idx`` (nf, n):
    the rows summed in order, without the (nf, n, K) intermediate."""
    table = _c(table, np.float32)
    idx = _c(idx, np.int64)
    nf, n = idx.shape
    if nf == 0:
        raise ValueError("no rows to sum")
    if n and (int(idx.min()) < 0 or int(idx.max()) >= len(table)):
        raise IndexError("row index outside the table")
    out = np.empty((n, table.shape[1]), dtype=np.float32)
    _LIB.gather_sum(table.ctypes.data, table.shape[1], idx.ctypes.data, nf, n, out.ctypes.data)
    return out


def emissions(table: np.ndarray, qkeys: np.ndarray, dflt: np.ndarray, hkeys: np.ndarray, hvals: np.ndarray,
              mask: int, shift: int, depth: int, keyed: np.ndarray, bi: int, urow: np.ndarray, u0: int, nu: int,
              b0: int, nb: int, dc: np.ndarray, d_base: int, d0: int, nd: int, pad: int) -> np.ndarray:
    """``NERModel._emissions`` for templates in one merged hash index (see kernels.c)."""
    table, qkeys, dflt = _c(table, np.float32), _c(qkeys, np.int64), _c(dflt, np.int64)
    keyed, urow, dc = _c(keyed, np.int64), _c(urow, np.int64), _c(dc, np.int64)
    m, n = qkeys.shape
    if hvals.dtype != np.int32 or hkeys.dtype != np.uint64 or not (hkeys.flags.c_contiguous and hvals.flags.c_contiguous):
        raise TypeError("emissions needs a uint64 key table and int32 values")
    if len(urow) != n or len(dc) != n or len(dflt) != m or not 0 <= bi < m or n <= 2 * pad:
        raise ValueError("inconsistent emission inputs")
    if min(u0, b0, d0) < -pad or max(u0 + nu, b0 + nb, d0 + nd) > pad + 1:
        raise ValueError("a window reaches past the padding")
    rows = np.empty((m, n), dtype=np.int64)
    out = np.empty((n, table.shape[1]), dtype=np.float32)
    _LIB.emissions(table.ctypes.data, table.shape[1], n, pad, qkeys.ctypes.data, m, dflt.ctypes.data,
                   hkeys.ctypes.data, hvals.ctypes.data, mask, shift, depth, keyed.ctypes.data, len(keyed), bi,
                   urow.ctypes.data, nu, u0, nb, b0, dc.ctypes.data, d_base, nd, d0, rows.ctypes.data,
                   out.ctypes.data)
    return out


class ModelBlock:
    """The parameters of ``tag_chunks`` for one model: the int64 block the kernel reads and
    the arrays whose addresses it holds (kept alive here)."""

    __slots__ = ("block", "arrays", "k", "pad", "address")

    def __init__(self, block: np.ndarray, arrays: list, k: int, pad: int):
        self.block, self.arrays, self.k, self.pad = block, arrays, k, pad
        self.address = block.ctypes.data

    def __reduce__(self):
        raise TypeError("a ModelBlock holds addresses of this process: build it again (pack_model) where it is used")


def pack_model(**fields) -> ModelBlock:
    """The model block of ``tag_chunks`` from its fields (``MODEL_FIELDS``): arrays (None for an
    absent one) are checked for their dtype and contiguity and passed by address, numbers as
    they are. Built once per model, so each call passes one pointer for all of them."""
    if set(fields) != set(MODEL_FIELDS):
        raise ValueError(f"model fields: missing {set(MODEL_FIELDS) - set(fields)}, unknown {set(fields) - set(MODEL_FIELDS)}")
    block = np.zeros(len(MODEL_FIELDS), dtype=np.int64)
    arrays = []
    for i, name in enumerate(MODEL_FIELDS):
        v = fields[name]
        if name in _TYPES:
            if v is None:
                continue  # a null pointer: the kernel reads the other value table
            if v.dtype != _TYPES[name] or not v.flags.c_contiguous:
                raise TypeError(f"model field {name}: {_TYPES[name].__name__} contiguous array needed, got {v.dtype}")
            arrays.append(v)
            block[i] = v.ctypes.data
        else:
            block[i] = int(v)
    names = dict(zip(MODEL_FIELDS, block.tolist()))
    if names["nt"] != len(fields["kind"]) or not 0 <= names["bi"] < names["nt"] or len(fields["urows"]) != 0x10000 \
            or len(fields["flags"]) != 0x10000 or names["max_len"] < 1:
        raise ValueError("inconsistent model fields")
    if not 0 < names["K"] <= ROW_WIDTH or fields["table"].shape[1:] != (ROW_WIDTH,) \
            or fields["trans"].shape != (ROW_WIDTH, ROW_WIDTH):
        raise ValueError(f"the weight table and the transitions need {ROW_WIDTH} columns (K <= {ROW_WIDTH}), zero padded")
    if (fields["uvals8"] is None) == (fields["uvals32"] is None):
        raise ValueError("one unigram value table, int8 or int32")
    pad = names["pad"]
    if min(names["u0"], names["b0"], names["d0"]) < -pad or \
            max(names["u0"] + names["nu"], names["b0"] + names["nb"], names["d0"] + names["nd"]) > pad + 1:
        raise ValueError("a window reaches past the padding")
    return ModelBlock(block, arrays, names["K"], pad)


def piece_lengths(model: ModelBlock, src: bytes, text_lens: list[int]) -> np.ndarray:
    """The lengths (int64) of the pieces the model cuts texts into (``split_chunks``), for the
    texts of ``src`` (UTF-32-LE code points, text t ``text_lens[t]`` long, one after another)."""
    lens = np.array(text_lens, dtype=np.int64)
    total = int(lens.sum())
    if total * 4 > len(src) or (len(lens) and int(lens.min()) < 0):
        raise IndexError("texts outside src")
    out = np.empty(total, dtype=np.int64)
    return out[:_LIB.piece_lengths(model.address, src, lens.ctypes.data, len(lens), out.ctypes.data)]


def tag_chunks(model: ModelBlock, src: bytes, first: int, lens: np.ndarray) -> tuple[np.ndarray, np.ndarray, int, int]:
    """The model over chunks of ``src`` (UTF-32-LE code points) in one compiled call: the
    chunks tile ``src`` from code point ``first``, chunk c being ``lens[c]`` (int64) long.
    Returns (out, loc, tagged, spans) as described at ``tag_chunks`` in kernels.c."""
    lens = np.ascontiguousarray(lens, dtype=np.int64)
    nch = len(lens)
    total = int(lens.sum())
    if nch and (first < 0 or (first + total) * 4 > len(src) or int(lens.min()) <= 0):
        raise IndexError("chunk outside the text")
    n = model.pad + total + model.pad * nch
    out = np.empty(5 * n + 2, dtype=np.int64)
    loc = np.empty(n * model.k, dtype=np.float32)
    if _LIB.tag_chunks(model.address, src, first, lens.ctypes.data, nch, n, out.ctypes.data, loc.ctypes.data) != 0:
        raise MemoryError("tag_chunks: no scratch memory")
    tagged, spans = out[5 * n:].tolist()
    return out[:5 * n], loc, tagged, spans


#: The longest text ``tag_text`` takes (in code points): its buffers, kept per thread, hold at most
#: the pieces and outputs of a text this long.
TEXT_MAX = 1 << 14


class _Buffers(threading.local):
    """This thread's buffers of ``tag_text`` with their addresses, reused from call to call and
    grown (to a power of two) when a text needs more: ``lens`` int64 (the text's length, then
    its piece lengths, at most one per code point), ``out`` int64 (5n + 2) and ``loc`` float32
    (n * ROW_WIDTH) for n positions."""

    chars = positions = -1

    def fit_text(self, chars: int) -> None:
        chars = 1 << max(8, (chars - 1).bit_length())
        self.lens = np.empty(1 + chars, dtype=np.int64)
        self.chars, self.lens_at = chars, self.lens.ctypes.data

    def fit_positions(self, n: int) -> None:
        n = 1 << max(9, (n - 1).bit_length())
        self.out, self.loc = np.empty(5 * n + 2, dtype=np.int64), np.empty(n * ROW_WIDTH, dtype=np.float32)
        self.positions, self.out_at, self.loc_at = n, self.out.ctypes.data, self.loc.ctypes.data


_BUFFERS = _Buffers()


def tag_text(model: ModelBlock, src: bytes, length: int) -> tuple[int, np.ndarray, np.ndarray, int, int]:
    """``piece_lengths`` and ``tag_chunks`` of one text of ``length`` code points (``src``: its
    UTF-32-LE code points; 1 to ``TEXT_MAX`` of them) in this thread's reused buffers: no array
    made and no address asked for per call. Returns (n, out, loc, tagged, spans): the number of
    positions, then what ``tag_chunks`` returns, ``out`` and ``loc`` being the whole buffers
    (their first 5n + 2 and n * K values are the call's), valid until this thread's next call."""
    if not 0 < length <= TEXT_MAX or length * 4 > len(src):
        raise IndexError("text outside src, empty or longer than TEXT_MAX")
    b = _BUFFERS
    if length > b.chars:
        b.fit_text(length)
    b.lens[0] = length
    nch = _LIB.piece_lengths(model.address, src, b.lens_at, 1, b.lens_at + 8)
    n = model.pad + length + model.pad * nch
    if n > b.positions:
        b.fit_positions(n)
    if _LIB.tag_chunks(model.address, src, 0, b.lens_at + 8, nch, n, b.out_at, b.loc_at) != 0:
        raise MemoryError("tag_chunks: no scratch memory")
    out = b.out
    tagged, spans = out[5 * n:5 * n + 2].tolist()
    return n, out, b.loc, tagged, spans
