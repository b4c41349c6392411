"""The input layer every command shares: files, directories, stdin, JSON Lines, CSV, JSON.

``sources(paths, ...)`` expands the command line, ``read(source, encoding)`` decodes one
input, ``records(source, text, ...)`` yields extraction items. Nothing is dropped silently:
an unreadable file or directory, a dangling link and every bad record is passed to
``report`` as ``file:line: reason`` and skipped, while every good record is kept.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import math
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

__all__ = ["InputError", "Reporter", "Source", "sources", "read", "records", "count",
           "input_files", "documents"]

TEXT_SUFFIXES = {".txt"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv", ".tsv"}
JSON_SUFFIXES = {".json"}
#: text columns a CSV input may use, first match wins
CSV_TEXT_COLUMNS = ("text", "content", "body", "article", "正文", "内容")


class InputError(Exception):
    """One input could not be used; the message names it and says why."""


class Reporter:
    """Error messages on stderr that do not tear a progress bar; remembers that one happened."""

    def __init__(self) -> None:
        self.failed = False
        self.count = 0
        self.bar = None

    def __call__(self, message: str) -> None:
        self.failed = True
        self.count += 1
        message = f"luoyang-nlp: {message}"
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr, flush=True)


@dataclass
class Source:
    """One input: a file (``path``) or stdin (``path=None``); ``base`` is the id stem;
    ``kind`` is ``txt``, ``jsonl``, ``csv`` or ``json``."""

    path: Path | None
    base: str | None
    kind: str

    @property
    def jsonl(self) -> bool:
        return self.kind == "jsonl"

    @property
    def name(self) -> str:
        return "<stdin>" if self.path is None else str(self.path)


def _kind(p: Path, input_format: str) -> str:
    if input_format != "auto":
        return input_format
    suffix = p.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in JSON_SUFFIXES:
        return "json"
    return "txt"


def _walk(root: Path, report: Callable[[str], None]) -> list[Path]:
    """Input files under ``root``; unreadable directories and dangling links are reported."""
    found = []

    def onerror(exc: OSError) -> None:
        report(f"{exc.filename or root}: cannot read directory: {exc.strerror or exc}")

    wanted = TEXT_SUFFIXES | JSONL_SUFFIXES
    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for fn in filenames:
            if fn.startswith("."):
                continue
            f = Path(dirpath, fn)
            if f.suffix.lower() not in wanted:
                continue
            if not f.exists():  # a dangling link
                report(f"{f}: broken link (target missing)")
                continue
            if f.is_file():
                found.append(f)
    return sorted(found)


def sources(paths: Sequence[str], input_format: str, report: Callable[[str], None]) -> Iterator[Source]:
    """Expand the command line into sources: files, directories (recursively), ``-``/none = stdin."""
    if not paths:
        paths = ["-"]
    for arg in paths:
        if arg == "-":
            yield Source(None, None, "txt" if input_format == "auto" else input_format)
            continue
        p = Path(arg)
        if p.is_dir():
            found = _walk(p, report)
            if not found:
                report(f"{arg}: no .txt or .jsonl files in this directory")
            for f in found:
                yield Source(f, f.relative_to(p).with_suffix("").as_posix(), _kind(f, input_format))
        else:  # a file, or a path whose error shows up when it is read
            yield Source(p, p.stem, _kind(p, input_format))


def input_files(srcs: Sequence[Source]) -> list[Path]:
    """The files among ``srcs`` (not stdin)."""
    return [s.path for s in srcs if s.path is not None]


# Characters that Chinese text in its right encoding consists of (beyond ASCII): ideographs,
# CJK and general punctuation, full-width forms, a few symbols. Decoding with the wrong legacy
# codec yields kana, Cyrillic, box drawing or private-use characters instead.
_CHINESE_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x3000, 0x303F),
                   (0xFF00, 0xFFEF), (0x2000, 0x206F), (0x2100, 0x214F), (0x2460, 0x24FF),
                   (0x00A0, 0x00FF), (0xFE30, 0xFE4F))
_LEGACY = (("gb18030", "GBK/GB18030", "gbk"), ("big5", "Big5", "big5"))


def _chinese_share(text: str) -> float:
    wide = [ord(c) for c in text if ord(c) > 127]
    if not wide:
        return 0.0
    ok = sum(1 for o in wide if any(lo <= o <= hi for lo, hi in _CHINESE_RANGES))
    return ok / len(wide)


def guess_legacy(data: bytes) -> tuple[str, str, str] | None:
    """``(codec, name, --encoding value)`` of the legacy Chinese encoding the bytes are in, if any."""
    best, best_share = None, 0.97  # wrong codecs fall well below this on real text
    for codec, name, option in _LEGACY:
        try:
            share = _chinese_share(data.decode(codec))
        except UnicodeDecodeError:
            continue
        if share > best_share:
            best, best_share = (codec, name, option), share
    return best


def decode(data: bytes, encoding: str, name: str) -> str:
    """Decode input bytes; ``utf-8`` drops a BOM, ``auto`` tries UTF-8, GB18030, then Big5."""
    if encoding == "auto":
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            guess = guess_legacy(data)
            if guess:
                return data.decode(guess[0])
            raise InputError(f"{name}: neither UTF-8, GBK/GB18030 nor Big5 text; name the encoding with --encoding")
    is_utf8 = codecs.lookup(encoding).name == "utf-8"
    try:
        text = data.decode("utf-8-sig" if is_utf8 else encoding)
    except UnicodeDecodeError as exc:
        msg = f"{name}: not valid {encoding} text (bad byte at offset {exc.start})"
        guess = guess_legacy(data) if is_utf8 else None
        if guess:
            msg += (f"; it looks like {guess[1]} Chinese text: rerun with --encoding {guess[2]}"
                    " (or --encoding auto)")
        elif not is_utf8 and _looks_utf8(data):
            msg += f"; it is UTF-8 text: drop --encoding {encoding}"
        else:
            msg += "; name the right encoding with --encoding"
        raise InputError(msg) from None
    if not is_utf8 and _looks_utf8(data):
        raise InputError(f"{name}: this is UTF-8 text, not {encoding}: drop --encoding {encoding}")
    return text


def _looks_utf8(data: bytes) -> bool:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return any(ord(c) > 127 for c in text)


def read(source: Source, encoding: str) -> str:
    try:
        data = sys.stdin.buffer.read() if source.path is None else source.path.read_bytes()
    except OSError as exc:
        raise InputError(f"{source.name}: cannot read: {exc.strerror or exc}") from None
    return decode(data, encoding, source.name)


def _is_missing(v: Any) -> bool:
    return v is None or v == "" or (isinstance(v, float) and math.isnan(v))


def _item(rec: Any, where: str, fallback_id: str, default_published: str | None,
          report: Callable[[str], None]) -> dict | None:
    """One record (a dict) as an extraction item, or None after reporting why it is bad."""
    from .doc import record_meta
    from .pipeline import parse_published

    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        report(f"{where}: expected an object with a \"text\" string")
        return None
    meta = rec.get("meta")
    if meta is not None and not isinstance(meta, dict):
        report(f"{where}: \"meta\" must be an object, got {type(meta).__name__}")
        return None
    published = rec.get("published")
    if _is_missing(published):
        published = (meta or {}).get("published")
    if _is_missing(published):
        published = default_published
    try:
        pub = parse_published(published)
    except (ValueError, TypeError) as exc:
        report(f"{where}: {exc}")
        return None
    rid = rec.get("id")
    if _is_missing(rid):
        rid = fallback_id
    # "meta": the record's url, source and other keys, kept on the Doc (``Doc.meta``)
    return {"text": rec["text"], "id": str(rid), "published": pub.isoformat() if pub else None,
            "meta": record_meta(rec), "record": rec}


def records(source: Source, text: str, default_published: str | None,
            report: Callable[[str], None]) -> Iterator[dict]:
    """Extraction items of one source; bad records are reported (``file:line: reason``) and skipped."""
    def fallback(n: int) -> str:
        return f"{source.base}:{n}" if source.base is not None else str(n)

    if source.kind == "txt":
        yield {"text": text, "id": source.base, "published": default_published}
        return
    if source.kind == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            report(f"{source.name}:{exc.lineno}: invalid JSON ({exc.msg})")
            return
        recs = data if isinstance(data, list) else [data]
        for n, rec in enumerate(recs, 1):
            item = _item(rec, f"{source.name}:[{n - 1}]", fallback(n), default_published, report)
            if item is not None:
                yield item
        return
    if source.kind == "csv":
        yield from _csv_records(source, text, default_published, report, fallback)
        return
    # split on "\n" only: JSON strings may hold raw U+2028, U+0085 … that splitlines() would cut
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{source.name}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            report(f"{where}: invalid JSON ({exc.msg})")
            continue
        item = _item(rec, where, fallback(lineno), default_published, report)
        if item is not None:
            yield item


def _csv_records(source, text, default_published, report, fallback) -> Iterator[dict]:
    """Rows of a CSV (TSV for ``.tsv``) with a header and a text column (``text``, ``content`` …)."""
    delimiter = "\t" if source.path is not None and source.path.suffix.lower() == ".tsv" else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        report(f"{source.name}:1: bad CSV ({exc})")
        return
    if not header:
        report(f"{source.name}: empty CSV, expected a header with a text column")
        return
    names = [h.strip().lstrip("\ufeff").lower() for h in header]
    col = next((c for c in CSV_TEXT_COLUMNS if c in names), None)
    if col is None:
        report(f"{source.name}:1: no text column in the CSV header (one of: {', '.join(CSV_TEXT_COLUMNS)})")
        return
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            report(f"{source.name}:{reader.line_num}: bad CSV ({exc})")
            return
        if not any(cell.strip() for cell in row):
            continue
        where = f"{source.name}:{reader.line_num}"
        if len(row) != len(names):
            report(f"{where}: {len(row)} fields where the header has {len(names)}")
            continue
        rec: dict[str, Any] = dict(zip(names, row))
        if col != "text":
            rec["text"] = rec.pop(col)
        rec = {k: v for k, v in rec.items() if not (v == "" and k in ("id", "published"))}
        item = _item(rec, where, fallback(reader.line_num), default_published, report)
        if item is not None:
            yield item


def count(srcs: Sequence[Source]) -> int | None:
    """Number of documents, for a progress bar (None when stdin or a CSV/JSON file is among the inputs)."""
    n = 0
    for s in srcs:
        if s.path is None or s.kind in ("csv", "json"):
            return None
        if s.kind == "txt":
            n += 1
            continue
        try:
            with s.path.open("rb") as f:
                n += sum(1 for line in f if line.strip())
        except OSError:
            pass
    return n


def documents(paths: Sequence[str], *, input_format: str = "auto", encoding: str = "utf-8",
              published: str | None = None, report: Callable[[str], None]) -> Iterator[dict]:
    """Every good item of every input, in order; each bad input or record goes to ``report``.
    Items keep the parsed record under ``"record"`` (JSON Lines, CSV, JSON inputs)."""
    yield from items(list(sources(paths, input_format, report)), encoding, published, report)


def items(srcs: Sequence[Source], encoding: str, published: str | None,
          report: Callable[[str], None]) -> Iterator[dict]:
    """``documents`` over sources already listed (a command that checks ``-o`` against them)."""
    for source in srcs:
        try:
            text = read(source, encoding)
        except InputError as exc:
            report(str(exc))
            continue
        yield from records(source, text, published, report)
