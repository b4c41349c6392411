"""The project ledger: one row per figure fact — whose figure, what it measures, how much,
when, at what stage, and from which document — the table behind an article.

``ledger_rows(docs)`` yields plain dicts (no dependencies); ``ledger(docs)`` returns a pandas
DataFrame (``pip install "luoyang-nlp[notebook]"``; pandas is imported on first call only),
and ``ledger(docs, by="subject")`` the totals per subject, canonical metric and unit, so that
money of different measures is never added up. The CLI's ``luoyang-nlp ledger FILES --format
csv|jsonl`` writes the same rows. See ``docs/ledger.md``.

``import luoyang_nlp.ledger`` gives this module; the module itself is callable, so
``luoyang_nlp.ledger(docs)`` still works as it did when it was a function.
"""

from __future__ import annotations

import math
import re
import sys
import types
from typing import Any, Iterator

__all__ = ["LEDGER_COLUMNS", "GROUP_COLUMNS", "ledger_rows", "ledger", "add_command"]

#: the columns of every row, in order; the document's other metadata (``url``, ``source``
#: and any other keys of the input record or its ``meta``) follows them
LEDGER_COLUMNS = (
    "doc_id", "published", "subject", "subject_label", "place", "metric", "metric_key", "value", "value_exact", "unit",
    "qualifier", "low", "high", "figure", "figure_label", "date", "date_low", "date_high", "stage", "start", "end",
)
#: the columns ``ledger(docs, by=...)`` adds after the ``by`` columns
GROUP_COLUMNS = ("metric_key", "unit", "total", "facts", "docs", "metrics")
_SENT_END = re.compile("[。!?！？\n]")
_LOCATED = re.compile(r"(?:位于|地处|坐落于|落户|落地|选址)$")


def _as_docs(docs: Any) -> Iterator[tuple[Any, dict, dict]]:
    """``(doc_id, gold-format dict, metadata)`` from a Doc, a dict, text, or an iterable of those."""
    from .doc import Doc, record_meta

    if isinstance(docs, (Doc, dict, str)):
        docs = [docs]
    try:
        items = iter(docs)
    except TypeError:
        raise TypeError(f"ledger expects Docs, gold-format dicts or texts, got {type(docs).__name__}") from None
    for i, d in enumerate(items):
        if isinstance(d, str):
            from .pipeline import extract

            d = extract(d)
        if isinstance(d, Doc):
            d = d.to_dict()
        elif not isinstance(d, dict):
            raise TypeError(f"ledger expects Docs, gold-format dicts or texts, got {type(d).__name__}")
        elif not isinstance(d.get("text", ""), str):
            raise TypeError("ledger: a document's 'text' must be a string")
        meta = record_meta(d)
        published = (d.get("meta") or {}).get("published") or d.get("published")
        yield (d.get("id") if d.get("id") is not None else i), d, {"published": published, **meta}



def _number(v: Any) -> float | None:
    """A float for a numeric value; None for ISO text (DURATION), booleans and missing values."""
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)):
        return float(v)
    return None


def _meta_columns(meta: dict) -> dict:
    """Metadata keys as columns; a key that is also a ledger column is prefixed ``meta_``."""
    return {(f"meta_{k}" if k in LEDGER_COLUMNS and k != "published" else k): v for k, v in meta.items()}


def _place_of(text: str, places: list[dict], subject: dict | None) -> dict | None:
    """The PLACE a subject is in, when the text says: the subject itself, a place written
    right before its name (涧西区 X产业园, 位于X区的Y项目), or 位于/落户 a place later in its
    sentence. ``places``: the document's PLACE spans in text order."""
    if subject is None:
        return None
    if subject["label"] == "PLACE":
        return subject
    before = [p for p in places if 0 <= subject["start"] - p["end"] <= 1 and not text[p["end"]:subject["start"]].strip("·")]
    if before:
        return max(before, key=lambda p: p["end"])
    located = [p for p in places if text[p["end"]:subject["start"]] == "的"  # 位于X区的Y项目
               and _LOCATED.search(text[max(0, p["start"] - 4):p["start"]])]
    if located:
        return located[0]
    m = _SENT_END.search(text, subject["end"])
    stop = m.start() if m else len(text)
    for p in places:
        if subject["end"] <= p["start"] < stop and _LOCATED.search(text[max(subject["end"], p["start"] - 4):p["start"]]):
            return p
    return None


def ledger_rows(docs: Any) -> Iterator[dict[str, Any]]:
    """One dict per figure fact: the ``LEDGER_COLUMNS`` keys, then the document's metadata.

    ``docs``: a Doc, an iterable of Docs (``Extractor.pipe(...)``), gold-format dicts with
    ``facts``, or plain texts (extracted with the default extractor).

    - ``value`` is a float (None for DURATION, whose ISO 8601 text is in ``value_exact``);
      ``value_exact`` is the value as extracted; ``low``/``high`` bound a range (3至5亿元).
    - ``date`` is the ISO 8601 value of the governing DATE span; for a range (今年1—9月,
      2023—2025年) ``date_low``/``date_high`` are its ends (a single date: both equal ``date``).
    - ``place`` is the place of the subject when the text says (the subject itself, 涧西区 X产业园,
      位于X区的Y项目).
    - metadata: ``published``, then ``url``, ``source`` or any other key of the input record
      or of its ``meta`` object (``Doc.meta`` for Docs from ``pipe()``); a key that clashes
      with a column above is renamed ``meta_<key>``.
    """
    from .facts import metric_key

    for doc_id, d, meta in _as_docs(docs):
        text = d.get("text", "")
        spans = {(s["start"], s["end"]): s for s in d.get("spans", ())}
        places = sorted((s for s in spans.values() if s["label"] == "PLACE"), key=lambda p: p["start"])
        extra = _meta_columns(meta)
        for f in d.get("facts", ()):
            fig_ref = f.get("figure")
            if not isinstance(fig_ref, dict):
                continue
            fig = spans.get((fig_ref.get("start"), fig_ref.get("end")))
            if fig is None:
                continue
            sref, dref = f.get("subject"), f.get("date")
            subj = spans.get((sref["start"], sref["end"])) if sref else None
            date = spans.get((dref["start"], dref["end"])) if dref else None
            place = _place_of(text, places, subj)
            date_value = (date.get("value") or date["text"]) if date else None
            row = {
                "doc_id": doc_id,
                "published": meta.get("published"),
                "subject": subj["text"] if subj else None,
                "subject_label": subj["label"] if subj else None,
                "place": place["text"] if place else None,
                "metric": f.get("metric"),
                "metric_key": metric_key(f.get("metric")),
                "value": _number(fig.get("value")),
                "value_exact": fig.get("value"),
                "unit": fig.get("unit"),
                "qualifier": fig.get("qualifier"),
                "low": _number(fig.get("low")),
                "high": _number(fig.get("high")),
                "figure": fig["text"],
                "figure_label": fig["label"],
                "date": date_value,
                "date_low": (date.get("low") or date_value) if date else None,
                "date_high": (date.get("high") or date_value) if date else None,
                "stage": f.get("stage"),
                "start": fig["start"],
                "end": fig["end"],
            }
            row.update(extra)
            yield row


def _pandas():
    try:
        import pandas as pd
    except ImportError:
        raise ImportError('luoyang_nlp.ledger needs pandas; install it with: pip install "luoyang-nlp[notebook]"') from None
    return pd


def ledger(docs: Any, by: str | list[str] | tuple[str, ...] | None = None):
    """The ledger as a pandas DataFrame, one row per figure fact (``LEDGER_COLUMNS``, then the
    documents' metadata columns).

    With ``by`` (a column or a list of columns, e.g. ``"subject"`` or ``["doc_id", "place"]``):
    totals of ``value`` per ``by``, canonical metric (``metric_key``) and ``unit`` — one row per
    group with ``total``, ``facts`` (rows added), ``docs`` (distinct documents) and ``metrics``
    (the metrics as written). Facts whose measure has no canonical key (``metric_key`` None)
    or whose value is not a number are left out: they cannot be added to anything safely.
    Money of different measures (总投资, 年产值, GDP) stays in different rows::

        luoyang_nlp.ledger(docs, by="subject")          # per subject, measure and unit
        t = luoyang_nlp.ledger(docs)                    # or by hand, the same way:
        t.dropna(subset=["metric_key", "value"]).groupby(["subject", "metric_key", "unit"]).value.sum()
    """
    pd = _pandas()
    rows = list(ledger_rows(docs))
    extra = []
    for r in rows:
        for k in r:
            if k not in LEDGER_COLUMNS and k not in extra:
                extra.append(k)
    df = pd.DataFrame(rows, columns=list(LEDGER_COLUMNS) + extra)
    for col in ("value", "low", "high"):
        df[col] = pd.to_numeric(df[col], errors="coerce").astype("float64")
    if by is None:
        return df
    keys = [by] if isinstance(by, str) else list(by)
    if not keys or not all(isinstance(k, str) for k in keys):
        raise TypeError("ledger(by=...) takes a column name or a list of column names")
    unknown = [k for k in keys if k not in df.columns]
    if unknown:
        raise KeyError(f"ledger(by=...): no column {unknown[0]!r}; columns: {', '.join(df.columns)}")
    keys = [k for k in keys if k not in ("metric_key", "unit")]
    groups = keys + ["metric_key", "unit"]
    sel = df.dropna(subset=["metric_key", "value", "unit"])
    if sel.empty:
        return pd.DataFrame(columns=keys + list(GROUP_COLUMNS))
    out = sel.groupby(groups, dropna=False, sort=True).agg(
        total=("value", "sum"), facts=("value", "size"), docs=("doc_id", "nunique"),
        metrics=("metric", lambda m: "、".join(dict.fromkeys(x for x in m if isinstance(x, str)))))
    return out.reset_index()


# --- command line: luoyang-nlp ledger FILES --format csv|jsonl -------------------------------

def _cmd_ledger(args) -> int:
    import csv
    import json
    import sys

    from .pipeline import Extractor, parse_published

    pub = parse_published(args.published)
    published = pub.isoformat() if pub else None
    ex = Extractor()

    from .inputs import Reporter, input_files, items, sources
    from .outputs import AtomicOutput, check_output

    report = Reporter()
    srcs = list(sources(args.inputs, "auto", report))
    check_output(args.output, input_files(srcs))  # -o never overwrites an input

    def docs() -> Iterator[dict]:
        """Gold-format dicts: records that already carry facts as they are, the rest extracted.
        Inputs are read as ``extract`` reads them; bad ones are reported and skipped."""
        for item in items(srcs, "utf-8", published, report):
            rec = item.pop("record", None)
            if rec is not None and "facts" in rec and "spans" in rec:
                yield rec
            else:
                yield ex._extract_item(item).to_dict()

    sink = AtomicOutput(args.output) if args.output and args.output != "-" else None
    out = sink.file if sink else sys.stdout
    done = False
    try:
        if args.format == "csv":
            rows = list(ledger_rows(docs()))  # the header needs every metadata key
            fields = list(LEDGER_COLUMNS)
            for r in rows:
                fields.extend(k for k in r if k not in fields)
            w = csv.DictWriter(out, fieldnames=fields, lineterminator="\r\n")  # RFC 4180; a lone CR stays quoted
            w.writeheader()
            for row in rows:
                w.writerow({k: _cell(v) for k, v in row.items()})
        else:
            for row in ledger_rows(docs()):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        done = True
    finally:
        if sink is not None:  # written under a temporary name, renamed only when complete
            if done:
                sink.commit()
            else:
                sink.abort()
    return 1 if report.failed else 0


def _cell(v: Any) -> Any:
    """A CSV cell: empty for None, JSON for lists and dicts (metadata), the value otherwise,
    with formula starts neutralised (OWASP)."""
    import json

    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    from .export import csv_safe

    if isinstance(v, (list, dict)):
        v = json.dumps(v, ensure_ascii=False)
    return csv_safe(v)  # =SUM(…) in a title must not run in a spreadsheet


def add_command(sub) -> None:
    """Add the ``ledger`` subcommand to an argparse subparsers object."""
    p = sub.add_parser(
        "ledger", help="one row per figure fact: subject, metric, value, unit, date, stage",
        description="Write the project ledger of the inputs: .txt files (one document each), .jsonl files "
                    "(gold-format documents with facts are used as they are; others are extracted), "
                    "directories, or stdin.")
    p.add_argument("inputs", nargs="*", metavar="PATH", help="files or directories; stdin when none or '-'")
    p.add_argument("--format", choices=("csv", "jsonl"), default="csv", help="csv (default) or jsonl")
    p.add_argument("--published", help="publication date YYYY-MM-DD for inputs that give none")
    p.add_argument("-o", "--output", help="write here instead of stdout")
    p.set_defaults(func=_cmd_ledger)


class _CallableModule(types.ModuleType):
    """``luoyang_nlp.ledger`` is this module and, as before, a function: calling the module
    calls ``ledger``."""

    def __call__(self, docs: Any, by: Any = None):
        return ledger(docs, by=by)


sys.modules[__name__].__class__ = _CallableModule
