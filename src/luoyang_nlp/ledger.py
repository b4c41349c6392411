"""The project ledger: one row per figure fact — whose figure, what it measures, how much,
when, at what stage — the table behind an article.

``ledger_rows(docs)`` yields plain dicts (no dependencies); ``ledger(docs)`` returns a pandas
DataFrame (``pip install "luoyang-nlp[notebook]"``; pandas is imported on first call only).
The CLI's ``luoyang-nlp ledger FILES --format csv|jsonl`` writes the same rows.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

__all__ = ["LEDGER_COLUMNS", "ledger_rows", "ledger", "add_command"]

LEDGER_COLUMNS = (
    "doc_id", "subject", "subject_label", "place", "metric", "metric_key", "value", "unit", "qualifier",
    "low", "high", "figure", "figure_label", "date", "stage", "start", "end",
)
_SENT_END = re.compile("[。!?！？\n]")
_LOCATED = re.compile(r"(?:位于|地处|坐落于|落户|落地|选址)$")


def _as_docs(docs: Any) -> Iterator[tuple[Any, dict]]:
    """``(doc_id, gold-format dict)`` from a Doc, a dict, text, or an iterable of those."""
    from .doc import Doc

    if isinstance(docs, (Doc, dict, str)):
        docs = [docs]
    for i, d in enumerate(docs):
        if isinstance(d, str):
            from .pipeline import extract

            d = extract(d)
        if isinstance(d, Doc):
            d = d.to_dict()
        elif not isinstance(d, dict):
            raise TypeError(f"ledger expects Docs, gold-format dicts or texts, got {type(d).__name__}")
        yield (d.get("id") if d.get("id") is not None else i), d


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
    """One dict per figure fact with the ``LEDGER_COLUMNS`` keys.

    ``docs``: a Doc, an iterable of Docs (``Extractor.pipe(...)``), gold-format dicts with
    ``facts``, or plain texts (extracted with the default extractor). ``date`` is the value of
    the governing DATE span (ISO 8601); ``place`` the place of the subject when known.
    """
    from .facts import metric_key

    for doc_id, d in _as_docs(docs):
        text = d.get("text", "")
        spans = {(s["start"], s["end"]): s for s in d.get("spans", ())}
        places = sorted((s for s in spans.values() if s["label"] == "PLACE"), key=lambda p: p["start"])
        for f in d.get("facts", ()):
            fig_ref = f.get("figure")
            if not isinstance(fig_ref, dict):
                continue
            fig = spans.get((fig_ref["start"], fig_ref["end"]))
            if fig is None:
                continue
            sref, dref = f.get("subject"), f.get("date")
            subj = spans.get((sref["start"], sref["end"])) if sref else None
            date = spans.get((dref["start"], dref["end"])) if dref else None
            place = _place_of(text, places, subj)
            yield {
                "doc_id": doc_id,
                "subject": subj["text"] if subj else None,
                "subject_label": subj["label"] if subj else None,
                "place": place["text"] if place else None,
                "metric": f.get("metric"),
                "metric_key": metric_key(f.get("metric")),
                "value": fig.get("value"),
                "unit": fig.get("unit"),
                "qualifier": fig.get("qualifier"),
                "low": fig.get("low"),
                "high": fig.get("high"),
                "figure": fig["text"],
                "figure_label": fig["label"],
                "date": (date.get("value") or date["text"]) if date else None,
                "stage": f.get("stage"),
                "start": fig["start"],
                "end": fig["end"],
            }


def ledger(docs: Any):
    """The ledger as a pandas DataFrame, one row per figure fact (``LEDGER_COLUMNS``).

    ``value`` is numeric except for DURATION (ISO 8601 text); group by ``metric_key`` and
    ``unit`` to add like with like, e.g. investment per subject::

        t = ledger(docs)
        t[t.metric_key == "investment_total"].groupby("subject").value.sum()
    """
    try:
        import pandas as pd
    except ImportError:
        raise ImportError('luoyang_nlp.ledger needs pandas; install it with: pip install "luoyang-nlp[notebook]"') from None
    return pd.DataFrame(list(ledger_rows(docs)), columns=list(LEDGER_COLUMNS))


# --- command line: luoyang-nlp ledger FILES --format csv|jsonl -------------------------------

def _cmd_ledger(args) -> int:
    import csv
    import json
    import sys

    from .pipeline import Extractor, parse_published

    pub = parse_published(args.published)
    published = pub.isoformat() if pub else None
    ex = Extractor()

    from .cli import InputError, _Reporter, _read, _records, _sources

    report = _Reporter()

    def docs() -> Iterator[dict]:
        """Gold-format dicts: records that already carry facts as they are, the rest extracted.
        Inputs are read as ``extract`` reads them; bad ones are reported and skipped."""
        for src in _sources(args.inputs, "auto", report):
            try:
                text = _read(src, "utf-8")
            except InputError as exc:
                report(str(exc))
                continue
            for item in _records(src, text, published, report):
                rec = item.get("record")
                if rec is not None and "facts" in rec and "spans" in rec:
                    yield rec
                else:
                    yield ex.extract(item["text"], published=item["published"], id=item["id"]).to_dict()

    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    try:
        if args.format == "csv":
            w = csv.DictWriter(out, fieldnames=list(LEDGER_COLUMNS))
            w.writeheader()
            for row in ledger_rows(docs()):
                w.writerow({k: ("" if v is None else v) for k, v in row.items()})
        else:
            for row in ledger_rows(docs()):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        if args.output:
            out.close()
    return 1 if report.failed else 0


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
