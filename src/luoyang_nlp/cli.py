"""Command line: ``luoyang-nlp demo | extract | eval``.

Each subcommand is one ``@command`` function that adds its parser; exit status 0 is success,
1 means some inputs, records or documents were reported on stderr and skipped (every good one
is still written), 2 is a usage or fatal error. Inputs are read by ``luoyang_nlp.inputs``.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import json
import os
import sys
from dataclasses import dataclass
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


# -- inputs: the shared input layer (``luoyang_nlp.inputs``); old private names kept for callers
from .inputs import InputError, Reporter as _Reporter, Source as _Source  # noqa: E402
from .inputs import count as _count, read as _read, records as _records, sources as _sources  # noqa: E402,F401


# -- extract: outputs --------------------------------------------------------------------
# json.dumps(ensure_ascii=False) leaves these raw: line breaks some readers split on, and lone
# surrogates, which UTF-8 cannot encode; both become JSON escapes.
_JSON_ESCAPES = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029",
                 **{c: f"\\u{c:04x}" for c in range(0xD800, 0xE000)}}
_LINE_BREAKS = _JSON_ESCAPES  # the old name


class _JsonlWriter:
    def __init__(self, out):
        self.out = out
        self.replaced = 0  # characters replaced by U+FFFD (CSV, HTML)

    def begin(self) -> None:
        pass

    def write(self, doc, index: int) -> None:
        line = json.dumps(doc.to_dict(), ensure_ascii=False)
        # One document per line for readers that split on every Unicode line break.
        self.out.write(line.translate(_JSON_ESCAPES) + "\n")

    def end(self) -> None:
        pass

    def _clean(self, text: str) -> str:
        from .export import replace_surrogates

        text, n = replace_surrogates(text)
        self.replaced += n
        return text


class _CsvWriter(_JsonlWriter):
    """One row per span, the columns of ``luoyang_nlp.to_dataframe``; cells a spreadsheet
    would run as formulas are neutralised (``export.csv_safe``)."""

    def begin(self) -> None:
        import csv

        from .export import SPAN_COLUMNS

        # RFC 4180 line ends: with them the csv module also quotes cells holding a lone CR
        self.writer = csv.writer(self.out, lineterminator="\r\n")
        self.writer.writerow(SPAN_COLUMNS)

    def write(self, doc, index: int) -> None:
        from .doc import _plain
        from .export import SPAN_COLUMNS, csv_safe, span_rows

        for row in span_rows(doc):
            row["doc_id"] = doc.id if doc.id is not None else index
            cells = ["" if row[c] is None else _plain(row[c]) for c in SPAN_COLUMNS]
            self.writer.writerow([csv_safe(self._clean(c)) if isinstance(c, str) else c for c in cells])


class _HtmlWriter(_JsonlWriter):
    """One standalone page, streamed document by document."""

    def begin(self) -> None:
        from .display import page_head

        self.out.write(page_head("luoyang-nlp extract"))

    def write(self, doc, index: int) -> None:
        from .display import render

        html = render(doc, title=str(doc.id if doc.id is not None else index), classes=True)
        self.out.write(self._clean(html) + "<hr>\n")

    def end(self) -> None:
        from .display import page_tail

        self.out.write(page_tail())


class _HtmlChartsWriter(_HtmlWriter):
    """The HTML page with each document's facts as a table and, at the end, the charts of
    ``luoyang_nlp.charts`` (investment by county, project stages over time) over all documents
    (``extract --format html --charts``; the documents are kept until the end for them)."""

    def begin(self) -> None:
        super().begin()
        self.docs = []

    def write(self, doc, index: int) -> None:
        from .charts import facts_table_html
        from .display import render

        if doc.id is None:
            doc.id = str(index)
        self.docs.append(doc)
        page = render(doc, title=str(doc.id), classes=True)
        if doc.facts:
            page += facts_table_html(doc, caption=f"Facts of document {doc.id}")
        self.out.write(self._clean(page) + "<hr>\n")

    def end(self) -> None:
        from .charts import charts_html

        if self.docs:
            self.out.write(self._clean(charts_html(self.docs)))
        super().end()


_WRITERS = {"jsonl": _JsonlWriter, "csv": _CsvWriter, "html": _HtmlWriter}


from .outputs import AtomicOutput, UsageError, check_output  # noqa: E402


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
    from .inputs import input_files
    from .pipeline import Extractor, parse_published

    pub = parse_published(args.published)  # a bad value is a usage error (exit 2)
    published = pub.isoformat() if pub else None
    if args.encoding != "auto":
        codecs.lookup(args.encoding)  # LookupError -> exit 2
    if args.processes < 1:
        raise UsageError("--processes must be >= 1")
    if args.batch_size < 1:
        raise UsageError("--batch-size must be >= 1")
    if args.timeout is not None and args.timeout <= 0:
        raise UsageError("--timeout must be > 0")
    if args.charts:
        if args.format != "html":
            raise UsageError("--charts goes with --format html")
        from .charts import _matplotlib

        try:
            _matplotlib()
        except ImportError as exc:
            raise UsageError(str(exc)) from None
    report = _Reporter()
    sources = list(_sources(args.inputs, args.input_format, report))
    check_output(args.output, input_files(sources))
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

    def failed(item_id, exc) -> None:
        report(f"{item_id or '<stdin>'}: extraction failed: {type(exc).__name__}: {exc}")

    ex = Extractor(model=not args.no_model, link=not args.no_link)
    piped = ex.pipe(items(), n_process=args.processes, batch_size=args.batch_size,
                    on_error=failed, timeout=args.timeout)
    docs = _progress(piped, enabled=show_bar, total=_count(sources) if show_bar else None, report=report)

    sink = AtomicOutput(args.output) if args.output and args.output != "-" else None
    out = sink.file if sink else sys.stdout
    writer = (_HtmlChartsWriter if args.format == "html" and args.charts else _WRITERS[args.format])(out)
    done = False
    try:
        writer.begin()
        for i, doc in enumerate(docs):
            writer.write(doc, i)
        done = True
    finally:
        if not done:  # stopped while writing (SIGTERM, a write error): stop the workers now, not at
            for gen in (docs, piped):  # exit, where a pool's manager thread would be joined
                with contextlib.suppress(Exception):
                    getattr(gen, "close", lambda: None)()
        if report.bar is not None:
            report.bar.total = report.bar.n  # skipped records were counted up front
            report.bar.refresh()
            report.bar.close()
        try:
            writer.end()  # an interrupted page is still a closed page
        except Exception:  # pragma: no cover - e.g. a closed pipe
            pass
        if sink is None:
            out.flush()
        elif done:
            sink.commit()
        else:
            partial = sink.abort()
            msg = f"{args.output}: interrupted, left unchanged"
            print(f"luoyang-nlp: {msg}" + (f"; the documents written so far are in {partial}" if partial else ""),
                  file=sys.stderr)
    if writer.replaced:
        print(f"luoyang-nlp: {writer.replaced} unencodable characters (lone surrogates) written as U+FFFD",
              file=sys.stderr)
    return 1 if report.failed else 0


def _load_scored(path: str) -> list[dict]:
    """Gold or predicted records of ``eval``; a bad line stops the run naming ``file:line``
    (scores over part of a file would mislead)."""
    from .inputs import decode

    try:
        with open(path, "rb") as f:
            text = decode(f.read(), "utf-8", path)
    except InputError as exc:
        raise UsageError(str(exc)) from None
    out = []
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UsageError(f"{path}:{lineno}: invalid JSON ({exc.msg})") from None
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            raise UsageError(f"{path}:{lineno}: expected an object with a \"text\" string")
        if not isinstance(rec.get("meta") or {}, dict) or not isinstance(rec.get("spans", []), list):
            raise UsageError(f"{path}:{lineno}: \"meta\" must be an object and \"spans\" a list")
        out.append(rec)
    return out


def _cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import format_table, score

    gold = _load_scored(args.gold)
    if args.pred:
        pred = _load_scored(args.pred)
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
                    "(one object per line with \"text\" and optional \"id\", \"published\"), .csv files "
                    "with a text column, or directories searched recursively for .txt and .jsonl; none or "
                    "'-' reads stdin. Exit status: 0 all good; 1 some inputs, records or documents were "
                    "skipped (each named on stderr as file:line: reason), the others are still written; "
                    "2 usage error. -o is replaced only by a complete file and may not name an input.")
    e.add_argument("inputs", nargs="*", metavar="PATH", help="files or directories; stdin when none or '-'")
    e.add_argument("--published", help="publication date YYYY-MM-DD for inputs that give none (resolves 今年, 9日 …)")
    e.add_argument("--format", choices=sorted(_WRITERS), default="jsonl",
                   help="jsonl: Doc.to_dict per line (default); csv: one row per span; html: a page to view")
    e.add_argument("--charts", action="store_true",
                   help="with --format html: each document's facts as a table, and the charts of all documents "
                        "(investment by county, project stages over time) as inline SVG; needs the [charts] extra")
    e.add_argument("-o", "--output", help="write here instead of stdout")
    e.add_argument("--input-format", choices=("auto", "txt", "jsonl", "csv", "json"), default="auto",
                   help="auto: by file suffix (.jsonl/.ndjson JSON Lines, .csv/.tsv a table with a text "
                        "column, .json records), stdin is text (default)")
    e.add_argument("--encoding", default="utf-8",
                   help="input encoding (default utf-8; e.g. gbk, gb18030, big5; 'auto' tries UTF-8, GB18030, Big5)")
    e.add_argument("--processes", type=int, default=1, metavar="N", help="worker processes (default 1)")
    e.add_argument("--batch-size", type=int, default=32, metavar="N", help="documents per worker batch")
    e.add_argument("--timeout", type=float, metavar="SECONDS",
                   help="per-document time limit: a document taking longer is reported and skipped")
    e.add_argument("-q", "--quiet", action="store_true", help="no progress bar (it only shows on a terminal)")
    e.add_argument("--no-link", action="store_true",
                   help="no linking stage: spans carry no kb_id (division code) or canonical name")
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


@command
def _add_track(sub) -> None:
    from .track.cli import add_command  # the project tracker (track/)

    add_command(sub)


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    p = argparse.ArgumentParser(prog="luoyang-nlp", description="Typed spans from Chinese regional economic news.")
    p.add_argument("--version", action="version", version=f"luoyang-nlp {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    for add in COMMANDS:
        add(sub)
    return p


def _terminate(signum, frame):
    raise SystemExit(128 + signum)  # unwinds: worker processes are stopped, the output is left whole


def _abandoned_pools() -> bool:
    par = sys.modules.get("luoyang_nlp.parallel")
    return bool(par and par.abandoned_pools)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        code = _main(argv)
    except SystemExit as exc:  # SIGTERM (see _terminate), or argparse
        if argv is not None or not _abandoned_pools():
            raise
        code = exc.code if isinstance(exc.code, int) else 1
    if argv is None and _abandoned_pools():
        # a worker pool broke or was stopped early: its manager thread may never let the
        # interpreter exit (CPython 3.11 joins it at exit); the output is complete, so leave now
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):  # pragma: no cover
                pass
        os._exit(code)
    return code


def _main(argv: Sequence[str] | None) -> int:
    import signal
    import threading

    args = build_parser().parse_args(argv)
    if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _terminate)
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
