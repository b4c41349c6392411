"""Tables of spans for pandas: ``to_dataframe`` (one row per span) and ``figures_table``.

pandas is imported on first call only (``pip install "luoyang-nlp[notebook]"``), so
``import luoyang_nlp`` stays fast and pandas stays optional.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Iterator

from .labels import FIGURE_LABELS

__all__ = ["SPAN_COLUMNS", "FIGURE_COLUMNS", "span_rows", "to_dataframe", "figures_table",
           "csv_safe", "replace_surrogates"]

SPAN_COLUMNS = ("doc_id", "label", "text", "start", "end", "value", "unit", "qualifier", "low", "high",
                "kb_id", "canonical", "kb_level", "kb_path")
FIGURE_COLUMNS = ("doc_id", "published", "label", "text", "start", "end", "value", "iso", "unit",
                  "qualifier", "low", "high", "metric", "subject", "subject_label", "date", "date_low",
                  "date_high", "stage")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SURROGATES = re.compile("[\ud800-\udfff]")


def csv_safe(cell: Any) -> Any:
    """A CSV cell a spreadsheet will not run as a formula (OWASP): text starting with
    ``= + - @`` TAB or CR gets a leading ``'``; other values are returned unchanged."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell


def replace_surrogates(text: str) -> tuple[str, int]:
    """``text`` with lone surrogates (unencodable in UTF-8) replaced by U+FFFD, and their count."""
    return _SURROGATES.subn("\ufffd", text)


def _pandas():
    try:
        import pandas
    except ImportError:
        raise ImportError(
            "luoyang_nlp.to_dataframe needs pandas; install it with: pip install \"luoyang-nlp[notebook]\""
        ) from None
    return pandas


def _docs(docs: Any) -> Iterator[tuple[Any, Any]]:
    """``(doc_id, Doc)`` pairs from a Doc, Docs, or gold-format dicts; missing ids become the position."""
    from .doc import Doc

    if isinstance(docs, (Doc, dict)):
        docs = [docs]
    for i, d in enumerate(docs):
        if isinstance(d, dict):
            d = Doc.from_dict(d)
        elif not isinstance(d, Doc):
            raise TypeError(f"expected Doc or dict, got {type(d).__name__}")
        yield (d.id if d.id is not None else i), d


def span_rows(docs: Any) -> Iterator[dict[str, Any]]:
    """One plain dict per span with the ``SPAN_COLUMNS`` keys (also used by the CLI's CSV)."""
    for doc_id, doc in _docs(docs):
        for s in doc.spans:
            yield {"doc_id": doc_id, "label": s.label, "text": s.text, "start": s.start, "end": s.end,
                   "value": s.value, "unit": s.unit, "qualifier": s.qualifier, "low": s.low, "high": s.high,
                   "kb_id": s.kb_id, "canonical": s.canonical, "kb_level": s.kb_level, "kb_path": s.kb_path}


def to_dataframe(docs: Any):
    """One row per span: doc_id, label, text, start, end, value, unit, qualifier, low, high,
    and the linked identity: kb_id (division code of a PLACE), canonical, kb_level and
    kb_path (河南省/洛阳市/洛龙区), empty where a span has none.

    ``docs`` is a Doc, an iterable of Docs (e.g. ``Extractor.pipe(...)``) or gold-format dicts.
    ``value`` keeps numbers and ISO text (DATE/DURATION) side by side; use ``figures_table``
    for a numeric column that aggregates and pivots.
    """
    pd = _pandas()
    df = pd.DataFrame(list(span_rows(docs)), columns=list(SPAN_COLUMNS))
    return df.astype({"start": "int64", "end": "int64"})


def _num(v: Any) -> float:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return float(v)
    return float("nan")


def _span_at(by_pos: dict, ref: Any):
    """The span a fact reference ``{"start", "end"}`` points at, or None."""
    if isinstance(ref, dict):
        return by_pos.get((ref.get("start"), ref.get("end")))
    return None


def _iso(date, bound):
    """A DATE span's range bound as ISO text, or its value when it is no range."""
    if isinstance(bound, str):
        return bound
    return date.value if isinstance(date.value, str) else date.text


def figures_table(docs: Any):
    """One row per figure, shaped for aggregation and pivots.

    ``value``/``low``/``high`` are float (NaN for DATE and DURATION, whose ISO 8601 text is in
    ``iso``); ``metric``, ``subject``/``subject_label`` (text and label of the span the figure
    belongs to), ``date`` (ISO value of its DATE span; for a range such as 今年1—9月 also
    ``date_low``/``date_high``, else both equal ``date``) and ``stage`` come from
    ``Doc.facts``. Totals per document and measure (never money of different measures
    together: total investment and revenue are both CNY)::

        t = figures_table(docs)
        t[t.unit == "CNY"].pivot_table(index="doc_id", columns="metric", values="value", aggfunc="sum")
    """
    pd = _pandas()
    rows = []
    for doc_id, doc in _docs(docs):
        by_pos = {(s.start, s.end): s for s in doc.spans}
        fact_of: dict[tuple[int, int], dict] = {}
        for f in doc.facts:
            fig = f.get("figure") if isinstance(f, dict) else None
            if isinstance(fig, dict):
                fact_of.setdefault((fig.get("start"), fig.get("end")), f)
        for s in doc.spans:
            if s.label not in FIGURE_LABELS:
                continue
            fact = fact_of.get((s.start, s.end), {})
            subj = _span_at(by_pos, fact.get("subject"))
            date = _span_at(by_pos, fact.get("date"))
            rows.append({
                "doc_id": doc_id, "published": doc.published, "label": s.label, "text": s.text,
                "start": s.start, "end": s.end, "value": _num(s.value),
                "iso": s.value if isinstance(s.value, str) else None, "unit": s.unit,
                "qualifier": s.qualifier, "low": _num(s.low), "high": _num(s.high),
                "metric": fact.get("metric"), "subject": subj.text if subj else None,
                "subject_label": subj.label if subj else None,
                "date": (date.value if isinstance(date.value, str) else date.text) if date else None,
                "date_low": _iso(date, date.low) if date else None,
                "date_high": _iso(date, date.high) if date else None,
                "stage": fact.get("stage"),
            })
    df = pd.DataFrame(rows, columns=list(FIGURE_COLUMNS))
    return df.astype({"start": "int64", "end": "int64", "value": "float64", "low": "float64", "high": "float64"})
