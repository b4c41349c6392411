"""Command line: ``luoyang-nlp demo | extract | eval``.

Each subcommand is one ``@command`` function that adds its parser; exit status 0 is success,
1 means some inputs were reported on stderr and skipped, 2 is a usage or fatal error.
"""

from __future__ import annotations

import argparse
import codecs
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

__all__ = ["main"]


def _sample_text() -> str:
    from .resources import data_path

    return data_path("examples", "sample_article.txt").read_text(encoding="utf-8")


def _cmd_demo(args: argparse.Namespace) -> int:
    from .pipeline import Extractor

    text = _sample_text()
    doc = Extractor().extract(text, published="2024-10-09", id="sample")
    if args.json:
        print(json.dumps(doc.to_dict(), ensure_ascii=False))
        return 0
    print(f"sample article: {len(text)} chars, {len(doc.spans)} spans\n")
    for s in doc.spans:
        extra = ""
        if s.value is not None:
            extra = f"  value={s.value!r} unit={s.unit}" + (f" qualifier={s.qualifier}" if s.qualifier else "")
        print(f"{s.start:>5}:{s.end:<5} {s.label:<9} {s.text}{extra}")
    return 0


# -- extract: inputs ---------------------------------------------------------------------
_TEXT_SUFFIXES = {".txt"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}


class InputError(Exception):
    """One input could not be used; the message names it and says why."""


@dataclass
class _Source:
    """One input: a file (``path``) or stdin (``path=None``); ``base`` is the id stem."""

    path: Path | None
    base: str | None
    jsonl: bool

    @property
    def name(self) -> str:
        return "<stdin>" if self.path is None else str(self.path)


def _sources(paths: Sequence[str], input_format: str, report) -> Iterator[_Source]:
    """Expand the command line into sources: files, directories (recursively), ``-``/none = stdin."""
    def kind(p: Path) -> bool:
        return input_format == "jsonl" or (input_format == "auto" and p.suffix.lower() in _JSONL_SUFFIXES)

    if not paths:
        paths = ["-"]
    for arg in paths:
        if arg == "-":
            yield _Source(None, None, input_format == "jsonl")
            continue
        p = Path(arg)
        if p.is_dir():
            found = sorted(
                f for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in _TEXT_SUFFIXES | _JSONL_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            if not found:
                report(f"{arg}: no .txt or .jsonl files in this directory")
            for f in found:
                yield _Source(f, f.relative_to(p).with_suffix("").as_posix(), kind(f))
        else:  # a file, or a path whose error shows up when it is read
            yield _Source(p, p.stem, kind(p))


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


def _guess_legacy(data: bytes) -> tuple[str, str, str] | None:
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


def _decode(data: bytes, encoding: str, name: str) -> str:
    """Decode input bytes; ``utf-8`` drops a BOM, ``auto`` tries UTF-8, GB18030, then Big5."""
    if encoding == "auto":
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            guess = _guess_legacy(data)
            if guess:
                return data.decode(guess[0])
            raise InputError(f"{name}: neither UTF-8, GBK/GB18030 nor Big5 text; name the encoding with --encoding")
    is_utf8 = codecs.lookup(encoding).name == "utf-8"
    try:
        return data.decode("utf-8-sig" if is_utf8 else encoding)
    except UnicodeDecodeError as exc:
        msg = f"{name}: not valid {encoding} text (bad byte at offset {exc.start})"
        guess = _guess_legacy(data) if is_utf8 else None
        if guess:
            msg += (f"; it looks like {guess[1]} Chinese text: rerun with --encoding {guess[2]}"
                    " (or --encoding auto)")
        else:
            msg += "; name the right encoding with --encoding"
        raise InputError(msg) from None


def _read(source: _Source, encoding: str) -> str:
    try:
        data = sys.stdin.buffer.read() if source.path is None else source.path.read_bytes()
    except OSError as exc:
        raise InputError(f"{source.name}: cannot read: {exc.strerror or exc}") from None
    return _decode(data, encoding, source.name)


def _records(source: _Source, text: str, default_published: str | None, report) -> Iterator[dict]:
    """Extraction items of one source; bad JSON Lines records are reported and skipped."""
    from .doc import record_meta
    from .pipeline import parse_published

    if not source.jsonl:
        yield {"text": text, "id": source.base, "published": default_published}
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
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            report(f"{where}: expected an object with a \"text\" string")
            continue
        published = rec.get("published") or (rec.get("meta") or {}).get("published") or default_published
        try:
            pub = parse_published(published)
        except (ValueError, TypeError) as exc:
            report(f"{where}: {exc}")
            continue
        rid = rec.get("id")
        if rid is None:
            rid = f"{source.base}:{lineno}" if source.base is not None else str(lineno)
        # "meta": the record's url, source and other keys, kept on the Doc (``Doc.meta``)
        yield {"text": rec["text"], "id": str(rid), "published": pub.isoformat() if pub else None,
               "meta": record_meta(rec), "record": rec}


def _count(sources: Sequence[_Source]) -> int | None:
    """Number of documents, for the progress bar (None when stdin is among the inputs)."""
    n = 0
    for s in sources:
        if s.path is None:
            return None
        if not s.jsonl:
            n += 1
            continue
        try:
            with s.path.open("rb") as f:
                n += sum(1 for line in f if line.strip())
        except OSError:
            pass
    return n


# -- extract: outputs --------------------------------------------------------------------
_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}  # json.dumps leaves these raw


class _JsonlWriter:
    def __init__(self, out):
        self.out = out

    def begin(self) -> None:
        pass

    def write(self, doc, index: int) -> None:
        line = json.dumps(doc.to_dict(), ensure_ascii=False)
        # Keep one document per line for readers that split on every Unicode line break.
        self.out.write(line.translate(_LINE_BREAKS) + "\n")

    def end(self) -> None:
        pass


class _CsvWriter(_JsonlWriter):
    """One row per span, the columns of ``luoyang_nlp.to_dataframe``."""

    def begin(self) -> None:
        import csv

        from .export import SPAN_COLUMNS

        self.writer = csv.writer(self.out, lineterminator="\n")
        self.writer.writerow(SPAN_COLUMNS)

    def write(self, doc, index: int) -> None:
        from .doc import _plain
        from .export import SPAN_COLUMNS, span_rows

        for row in span_rows(doc):
            row["doc_id"] = doc.id if doc.id is not None else index
            self.writer.writerow(["" if row[c] is None else _plain(row[c]) for c in SPAN_COLUMNS])


class _HtmlWriter(_JsonlWriter):
    """One standalone page, streamed document by document."""

    def begin(self) -> None:
        from .display import page_head

        self.out.write(page_head("luoyang-nlp extract"))

    def write(self, doc, index: int) -> None:
        from .display import render

        self.out.write(render(doc, title=str(doc.id if doc.id is not None else index)) + "<hr>\n")

    def end(self) -> None:
        from .display import page_tail

        self.out.write(page_tail())


_WRITERS = {"jsonl": _JsonlWriter, "csv": _CsvWriter, "html": _HtmlWriter}


class _Reporter:
    """Error messages on stderr that do not tear the progress bar; remembers that one happened."""

    def __init__(self) -> None:
        self.failed = False
        self.bar = None

    def __call__(self, message: str) -> None:
        self.failed = True
        message = f"luoyang-nlp: {message}"
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr, flush=True)


def _progress(docs: Iterable, *, enabled: bool, total: int | None, report: _Reporter) -> Iterable:
    """Wrap ``docs`` in a tqdm bar on stderr; unchanged when disabled or tqdm is not installed."""
    if not enabled:
        return docs
    try:
        from tqdm import tqdm
    except ImportError:
        return docs
    try:
        size = tuple(os.get_terminal_size(sys.stderr.fileno()))
    except (OSError, ValueError, AttributeError):
        size = (0, 0)
    # A terminal that reports no size (e.g. a fresh pty) would make tqdm hide the bar.
    sized = {"dynamic_ncols": True} if min(size) > 0 else {"ncols": 80, "nrows": 24}
    bar = tqdm(docs, total=total, unit="doc", file=sys.stderr, mininterval=0.2, **sized)
    report.bar = bar
    return bar


def _cmd_extract(args: argparse.Namespace) -> int:
    from .pipeline import Extractor, parse_published

    pub = parse_published(args.published)  # a bad value is a usage error (exit 2)
    published = pub.isoformat() if pub else None
    if args.encoding != "auto":
        codecs.lookup(args.encoding)  # LookupError -> exit 2
    if args.processes < 1:
        raise ValueError("--processes must be >= 1")
    report = _Reporter()
    sources = list(_sources(args.inputs, args.input_format, report))
    show_bar = not args.quiet and sys.stderr.isatty()

    def items() -> Iterator[dict]:
        for source in sources:
            try:
                text = _read(source, args.encoding)
            except InputError as exc:
                report(str(exc))
                continue
            for item in _records(source, text, published, report):
                item.pop("record", None)
                yield item

    ex = Extractor(model=not args.no_model)
    if args.processes > 1:
        docs = ex.pipe(items(), n_process=args.processes, batch_size=args.batch_size)
    else:
        def one_by_one():
            for item in items():
                try:
                    yield ex._extract_item(item)
                except Exception as exc:  # one bad document must not lose the others
                    report(f"{item.get('id') or '<stdin>'}: extraction failed: {type(exc).__name__}: {exc}")
        docs = one_by_one()
    docs = _progress(docs, enabled=show_bar, total=_count(sources) if show_bar else None, report=report)

    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    try:
        writer = _WRITERS[args.format](out)
        writer.begin()
        for i, doc in enumerate(docs):
            writer.write(doc, i)
        writer.end()
    finally:
        if report.bar is not None:
            report.bar.total = report.bar.n  # skipped records were counted up front
            report.bar.refresh()
            report.bar.close()
        if args.output:
            out.close()
        else:
            out.flush()
    return 1 if report.failed else 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import format_table, load_jsonl, score

    gold = load_jsonl(args.gold)
    if args.pred:
        pred = load_jsonl(args.pred)
    else:
        from .pipeline import Extractor

        ex = Extractor(model=not args.no_model)
        pred = [ex.extract(g["text"], published=(g.get("meta") or {}).get("published"), id=g.get("id")).to_dict()
                for g in gold]
    result = score(gold, pred)
    if args.json:
        if not args.mistakes:
            result = {k: v for k, v in result.items() if k != "per_doc"}
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(format_table(result))
        if args.mistakes:
            for d in result["per_doc"]:
                for m in d["mistakes"]:
                    s = m.get("pred") or m.get("gold")
                    print(f"[{d['id']}] {m['kind']:<5} {s['label']:<9} {s['start']}:{s['end']} {s['text']!r}"
                          + (f" gold={m['gold'].get('value')} pred={m['pred'].get('value')}" if m["kind"] == "value" else ""))
    return 0


# -- parser: one function per subcommand; add a command by decorating another -----------
COMMANDS: list[Callable[[Any], None]] = []


def command(add: Callable[[Any], None]) -> Callable[[Any], None]:
    """Register ``add(subparsers)``, which adds one subcommand (``set_defaults(func=...)``)."""
    COMMANDS.append(add)
    return add


@command
def _add_demo(sub) -> None:
    d = sub.add_parser("demo", help="extract from the bundled sample article and print the spans")
    d.add_argument("--json", action="store_true", help="print the Doc as JSON instead of a table")
    d.set_defaults(func=_cmd_demo)


@command
def _add_extract(sub) -> None:
    e = sub.add_parser(
        "extract", help="extract spans from files, directories or stdin",
        description="Extract typed spans. Inputs are .txt files (one document each), .jsonl files "
                    "(one object per line with \"text\" and optional \"id\", \"published\"), or "
                    "directories searched recursively for both; none or '-' reads stdin. Exit status "
                    "1 means some inputs were skipped (see stderr); the others are still written.")
    e.add_argument("inputs", nargs="*", metavar="PATH", help="files or directories; stdin when none or '-'")
    e.add_argument("--published", help="publication date YYYY-MM-DD for inputs that give none (resolves 今年, 9日 …)")
    e.add_argument("--format", choices=sorted(_WRITERS), default="jsonl",
                   help="jsonl: Doc.to_dict per line (default); csv: one row per span; html: a page to view")
    e.add_argument("-o", "--output", help="write here instead of stdout")
    e.add_argument("--input-format", choices=("auto", "txt", "jsonl"), default="auto",
                   help="auto: by file suffix (.jsonl/.ndjson are JSON Lines), stdin is text (default)")
    e.add_argument("--encoding", default="utf-8",
                   help="input encoding (default utf-8; e.g. gbk, gb18030, big5; 'auto' tries UTF-8, GB18030, Big5)")
    e.add_argument("--processes", type=int, default=1, metavar="N", help="worker processes (default 1)")
    e.add_argument("--batch-size", type=int, default=32, metavar="N", help="documents per worker batch")
    e.add_argument("-q", "--quiet", action="store_true", help="no progress bar (it only shows on a terminal)")
    e.add_argument("--no-model", action="store_true",
                   help="entities from lexicons and rules only, without the statistical model")
    e.set_defaults(func=_cmd_extract)


@command
def _add_eval(sub) -> None:
    v = sub.add_parser("eval", help="score against a gold JSON Lines file")
    v.add_argument("gold", help="gold JSON Lines (span spec format)")
    v.add_argument("--pred", help="predictions JSON Lines; without it the extractor runs on the gold texts")
    v.add_argument("--json", action="store_true", help="print the scores as JSON")
    v.add_argument("--mistakes", action="store_true", help="also list false positives, misses and wrong values")
    v.add_argument("--no-model", action="store_true",
                   help="entities from lexicons and rules only, without the statistical model")
    v.set_defaults(func=_cmd_eval)


@command
def _add_ledger(sub) -> None:
    from .ledger import add_command  # the project ledger (facts.py / ledger.py)

    add_command(sub)


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    p = argparse.ArgumentParser(prog="luoyang-nlp", description="Typed spans from Chinese regional economic news.")
    p.add_argument("--version", action="version", version=f"luoyang-nlp {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    for add in COMMANDS:
        add(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # pragma: no cover - e.g. `luoyang-nlp extract … | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except LookupError as exc:
        print(f"luoyang-nlp: error: {exc}", file=sys.stderr)
        return 2
    except (ValueError, TypeError, OSError) as exc:
        print(f"luoyang-nlp: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # pragma: no cover
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
