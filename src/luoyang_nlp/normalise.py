"""Normalise raw news text for matching, keeping an exact map back to the original.

Steps, in order: lone surrogates and control characters become spaces, zero-width
characters are dropped, ``字(pīn)`` pinyin annotations are folded into the character
they annotate, full-width ASCII becomes half-width, corner quotes ``「」『』`` become ``“”‘’``,
name dots ``‧・`` become ``·``,
odd spaces become ``" "``, and traditional characters become simplified through OpenCC
(``t2s``), with the Hong Kong and Taiwan variants t2s leaves (``衞``, ``隨著``) folded too.

Every normalised character maps back to a half-open range of the original text. A
pinyin annotation belongs to the character before it, so a span ending on ``書`` in
``書(shū)記`` ends after ``(shū)`` only if ``記`` is its last character.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence

__all__ = ["Normalised", "Normaliser", "normalise", "available_converters", "opencc_implementation"]

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Pinyin letters: ASCII lower case, Latin-1/Extended-A/B tone vowels (āáǎàü…), combining marks.
_PINYIN = "a-z\u00e0-\u00fc\u0100-\u017f\u01cd-\u01dc\u01f5\u01f9\u0251\u0261\u1e3f\u0300-\u036f"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# A pinyin annotation after a Han character (folded into it), or a zero-width character (dropped).
# Each branch opens with a character class, so ``re`` skips to those characters; a look-behind
# first would be tried at every character (measured: 2.8x slower over news text).
_SPECIAL = re.compile(rf"[(（](?<=[{_HAN}][(（])[{_PINYIN}]{{1,8}}[)）]|[{_ZERO_WIDTH}]")

# Length-preserving character map: full-width ASCII, odd spaces, controls, surrogates.
_TABLE: dict[int, int] = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_TABLE.update({c: 0x20 for c in (0x00A0, 0x1680, 0x202F, 0x205F, 0x3000, 0x2028, 0x2029)})
_TABLE.update({c: 0x20 for c in range(0x2000, 0x200B)})
_TABLE.update({c: 0x20 for c in list(range(0x00, 0x20)) + [0x7F] + list(range(0x80, 0xA0)) if c not in (0x09, 0x0A, 0x0D)})
_TABLE.update({c: 0xFFFD for c in range(0xD800, 0xE000)})
# Corner quotes (Hong Kong, Taiwan) and their vertical forms read as the curly quotes the
# rules know: a count inside a quoted slogan (「4個特色小鎮」) is a name, not a figure.
_TABLE.update({0x300C: 0x201C, 0x300D: 0x201D, 0x300E: 0x2018, 0x300F: 0x2019,
               0xFE41: 0x201C, 0xFE42: 0x201D, 0xFE43: 0x2018, 0xFE44: 0x2019})
# The dots Taiwan and Japanese-style text joins a foreign name with (伊隆‧馬斯克) read as
# the middle dot ``·`` the name rules know.
_TABLE.update({0x2027: 0x00B7, 0x30FB: 0x00B7, 0xFF65: 0x00B7})
_NEEDS_TABLE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]")
_SUBST = {chr(k): chr(v) for k, v in _TABLE.items()}
# str.translate with a dict costs a lookup per character (~4 M chars/s); a list indexed by
# code point is faster, and replacing only the few distinct characters present (Chinese
# punctuation ，：（） in most news) faster still (~30 M chars/s).


@lru_cache(maxsize=1)
def _list_table() -> list[int]:
    table = list(range(0x10000))
    for k, v in _TABLE.items():
        table[k] = v
    return table


def _map_chars(text: str) -> str:
    """Apply the length-preserving character map ``_TABLE`` to ``text``."""
    present = set(_NEEDS_TABLE.findall(text))
    if not present:
        return text
    if len(present) > 12:
        return text.translate(_list_table())
    for ch in present:
        text = text.replace(ch, _SUBST[ch])
    return text


@dataclass(frozen=True)
class Normalised:
    """Normalised text plus the map from each normalised index back to ``original``.

    The map is stored as pieces (runs) to stay small on long texts: piece *p* covers
    normalised ``[nstart[p], nstart[p] + nlen[p])`` and original ``[ostart[p], ostart[p] + olen[p])``.
    Equal lengths map char by char; unequal lengths (an annotated character, a phrase
    conversion that changed length) map every character to the whole original piece.
    """

    original: str
    text: str
    nstart: tuple[int, ...]
    ostart: tuple[int, ...]
    nlen: tuple[int, ...]
    olen: tuple[int, ...]

    def char_range(self, i: int) -> tuple[int, int]:
        """Original ``(start, end)`` of normalised character ``i``."""
        if not 0 <= i < len(self.text):
            raise IndexError(i)
        p = bisect.bisect_right(self.nstart, i) - 1
        off = i - self.nstart[p]
        if self.nlen[p] == self.olen[p]:
            s = self.ostart[p] + off
            return s, s + 1
        return self.ostart[p], self.ostart[p] + self.olen[p]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised half-open range to the original text."""
        if start >= end:
            raise ValueError(f"empty range {start}:{end}")
        return self.char_range(start)[0], self.char_range(end - 1)[1]


_NORMALISED_FIELDS = ("original", "text", "nstart", "ostart", "nlen", "olen")


def _normalised_maker() -> Callable[..., Normalised]:
    """``Normalised(original, text, nstart, ostart, nlen, olen)`` without the frozen dataclass's
    ``__init__`` (one ``object.__setattr__`` call per field): the fields put in the instance's
    ``__dict__`` in the same order. ``Normalised`` itself if its fields or form differ."""
    import dataclasses

    if tuple(f.name for f in dataclasses.fields(Normalised)) != _NORMALISED_FIELDS \
            or hasattr(Normalised, "__post_init__") or "__slots__" in Normalised.__dict__:
        return Normalised
    new = object.__new__

    def make(original: str, text: str, nstart: tuple, ostart: tuple, nlen: tuple, olen: tuple) -> Normalised:
        norm = new(Normalised)
        d = norm.__dict__
        d["original"], d["text"], d["nstart"], d["ostart"], d["nlen"], d["olen"] = original, text, nstart, ostart, nlen, olen
        return norm

    return make


make_normalised = _normalised_maker()


# --- traditional -> simplified converters -------------------------------------------------

def _opencc() -> Callable[[str], str]:
    """The installed ``opencc`` module: the official binding, or the pure-Python
    reimplementation (both install a module named ``opencc``; they cannot coexist)."""
    try:
        import opencc
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise ImportError("the 'opencc' package is required: pip install opencc") from exc
    try:
        return opencc.OpenCC("t2s").convert
    except Exception:  # older official bindings take the config file name
        return opencc.OpenCC("t2s.json").convert


def opencc_implementation() -> str:
    """Which OpenCC is installed: ``"official"`` (C++ binding) or ``"reimplemented"``."""
    import opencc

    return "reimplemented" if hasattr(opencc.OpenCC("t2s"), "split_chars_re") else "official"


_CONVERTERS: dict[str, Callable[[], Callable[[str], str]]] = {"opencc": _opencc}


def available_converters() -> list[str]:
    """Names accepted by ``Normaliser(converter=...)``."""
    return list(_CONVERTERS)


@lru_cache(maxsize=None)
def _load_converter(name: str) -> Callable[[str], str]:
    try:
        factory = _CONVERTERS[name]
    except KeyError:
        raise ValueError(f"unknown converter {name!r}; choose from {available_converters()}") from None
    return factory()


@lru_cache(maxsize=1)
def _variant_fold() -> dict[str, str]:
    """Hong Kong / Taiwan variant characters t2s keeps, to their simplified character
    (``data/script_variants.tsv``)."""
    from .resources import data_path, read_tsv

    rows = read_tsv(data_path("script_variants.tsv"))
    return {r["variant"]: r["simplified"] for r in rows if len(r["variant"]) == len(r["simplified"]) == 1}


@lru_cache(maxsize=1)
def _variant_words() -> tuple[tuple[str, str], ...]:
    """Taiwan words t2s leaves (规画 for 规划), to the mainland word of the same length
    (``data/script_variants.tsv`` rows longer than one character)."""
    from .resources import data_path, read_tsv

    rows = read_tsv(data_path("script_variants.tsv"))
    return tuple((r["variant"], r["simplified"]) for r in rows
                 if len(r["variant"]) == len(r["simplified"]) > 1)


@lru_cache(maxsize=None)
def _taiwan_converter(name: str) -> Callable[[str], str] | None:
    """OpenCC ``tw2s`` (it knows which ``著`` is ``着``: 隨著 but not 顯著), or None."""
    if name != "opencc":
        return None
    try:
        import opencc

        try:
            return opencc.OpenCC("tw2s").convert
        except Exception:
            return opencc.OpenCC("tw2s.json").convert
    except Exception:  # pragma: no cover - a build without the Taiwan tables
        return None


def _taiwan_zhe(original: str, out: str, tw: Callable[[str], str]) -> str:
    """``out`` with each ``著`` that tw2s reads as ``着`` in the few characters around it
    (its words are short: 隨著, 意味著, 著力; converting windows, not the whole text, keeps
    traditional text as fast as before)."""
    chars: list[str] | None = None
    i = out.find("著")
    while i >= 0:
        a = max(0, i - 3)
        window = tw(original[a:i + 4])
        if len(window) == min(len(original), i + 4) - a and window[i - a] == "着":
            if chars is None:
                chars = list(out)
            chars[i] = "着"
        i = out.find("著", i + 1)
    return "".join(chars) if chars is not None else out


@lru_cache(maxsize=1)
def _variant_class() -> "re.Pattern[str]":
    return re.compile("[" + "".join(re.escape(c) for c in sorted(_variant_fold())) + "]")


@lru_cache(maxsize=None)
def _full_converter(name: str) -> Callable[[str], str]:
    """t2s, then the variants it leaves folded, one character for one: the characters and
    words of ``script_variants.tsv``, and ``著`` where tw2s reads ``着`` (only where t2s changed the
    text: on simplified text tw2s would also make 显著 显着)."""
    convert = _load_converter(name)
    tw = _taiwan_converter(name)
    fold = _variant_fold()
    variants = _variant_class()
    words = _variant_words()

    def full(text: str) -> str:
        out = convert(text)
        if tw is not None and "著" in out and out != text and len(out) == len(text):
            out = _taiwan_zhe(text, out, tw)
        if variants.search(out):
            for ch in set(variants.findall(out)):
                out = out.replace(ch, fold[ch])
        for word, mainland in words:
            if word in out:
                out = out.replace(word, mainland)
        return out

    return full


@lru_cache(maxsize=None)
def _traditional_class(name: str) -> "re.Pattern[str]":
    """A character class of every code point the converter changes on its own, and of the
    variants folded after it."""
    convert = _load_converter(name)
    ranges = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)]
    chars = "".join(chr(c) for a, b in ranges for c in range(a, b + 1))
    out = convert(chars)
    if len(out) == len(chars):
        changed = [a for a, b in zip(chars, out) if a != b]
    else:  # pragma: no cover - converters map single characters one to one
        changed = [c for c in chars if convert(c) != c]
    changed += [c for c in _variant_fold() if c not in changed]
    return re.compile("[" + "".join(re.escape(c) for c in changed) + "]")


# --- the normaliser ------------------------------------------------------------------------

class Normaliser:
    """Callable ``text -> Normalised``; ``converter`` picks the OpenCC implementation."""

    def __init__(self, converter: str = "opencc", *, traditional: bool = True) -> None:
        if converter not in _CONVERTERS:
            raise ValueError(f"unknown converter {converter!r}; choose from {available_converters()}")
        self.converter = converter
        self.traditional = traditional

    def __reduce__(self):
        return (Normaliser, (self.converter,), {"traditional": self.traditional})

    def __call__(self, original: str) -> Normalised:
        if not isinstance(original, str):
            raise TypeError(f"expected str, got {type(original).__name__}")
        n = len(original)
        # 1. deletions and annotation folding -> pieces
        nstart: list[int] = []
        ostart: list[int] = []
        nlen: list[int] = []
        olen: list[int] = []
        parts: list[str] = []
        pos = 0  # original position
        npos = 0  # normalised position
        for m in _SPECIAL.finditer(original):
            a, b = m.span()
            if original[a] in "(（":
                # annotation: the Han character before it (a - 1) absorbs it
                _add(nstart, ostart, nlen, olen, npos, pos, a - 1 - pos, a - 1 - pos)
                npos += a - 1 - pos
                _add(nstart, ostart, nlen, olen, npos, a - 1, 1, b - (a - 1))
                npos += 1
            else:  # a dropped zero-width character
                _add(nstart, ostart, nlen, olen, npos, pos, a - pos, a - pos)
                npos += a - pos
            parts.append(original[pos:a])
            pos = b
        _add(nstart, ostart, nlen, olen, npos, pos, n - pos, n - pos)
        parts.append(original[pos:])
        text = "".join(parts) if len(parts) != 1 else parts[0]
        # 2. length-preserving character map
        text = _map_chars(text)
        # 3. traditional -> simplified
        if self.traditional and text and _traditional_class(self.converter).search(text):
            text, pieces = _convert(text, _full_converter(self.converter), (nstart, ostart, nlen, olen))
            nstart, ostart, nlen, olen = pieces
        return make_normalised(original, text, tuple(nstart), tuple(ostart), tuple(nlen), tuple(olen))


def _add(nstart, ostart, nlen, olen, npos, opos, nl, ol) -> None:
    if nl <= 0:
        return
    if nlen and nlen[-1] == olen[-1] and nl == ol and nstart[-1] + nlen[-1] == npos and ostart[-1] + olen[-1] == opos:
        nlen[-1] += nl
        olen[-1] += ol
        return
    nstart.append(npos)
    ostart.append(opos)
    nlen.append(nl)
    olen.append(ol)


_CHUNK = re.compile(r"[^\n。！？!?；;，,]*[\n。！？!?；;，,]?")


def _convert(text: str, convert: Callable[[str], str], pieces) -> tuple[str, tuple]:
    """Convert ``text``; where a phrase conversion changes length, re-align by chunks."""
    out = convert(text)
    if len(out) == len(text):
        return out, pieces
    import difflib

    # Rare: a phrase rule changed the length. Convert chunk by chunk and align each
    # changed chunk with difflib, composing a per-character map into the old text.
    new_to_old: list[tuple[int, int]] = []
    chunks: list[str] = []
    base = 0
    for m in _CHUNK.finditer(text):
        chunk = m.group()
        if not chunk:
            continue
        conv = convert(chunk)
        chunks.append(conv)
        if len(conv) == len(chunk):
            new_to_old.extend((base + i, base + i + 1) for i in range(len(chunk)))
        else:
            sm = difflib.SequenceMatcher(None, chunk, conv, autojunk=False)
            for tag, i1, i2, j1, j2 in sm.get_opcodes():
                if tag == "equal" or (i2 - i1) == (j2 - j1):
                    new_to_old.extend((base + i1 + k, base + i1 + k + 1) for k in range(j2 - j1))
                else:
                    lo, hi = base + i1, base + max(i2, i1 + 1)
                    new_to_old.extend((lo, hi) for _ in range(j2 - j1))
        base += len(chunk)
    out = "".join(chunks)
    ns, os_, nl, ol = pieces
    tmp = Normalised("", text, tuple(ns), tuple(os_), tuple(nl), tuple(ol))  # only its map is used
    n2: list[int] = []
    o2: list[int] = []
    l2: list[int] = []
    k2: list[int] = []
    for j, (a, b) in enumerate(new_to_old):
        oa = tmp.char_range(a)[0]
        ob = tmp.char_range(min(b, len(text)) - 1)[1]
        _add(n2, o2, l2, k2, j, oa, 1, ob - oa)
    return out, (n2, o2, l2, k2)


_DEFAULT = Normaliser()


def normalise(text: str) -> Normalised:
    """Normalise ``text`` with the default (official OpenCC) converter."""
    return _DEFAULT(text)
