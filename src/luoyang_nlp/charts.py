"""The charts an analyst draws first, from tracked projects and extracted documents:

- ``investment_chart(projects)``: investment by county, a horizontal bar per county (亿元);
- ``stage_chart(projects)``: project stages over time, one row per project, a marker per
  reported stage at the date of the article that reported it;
- ``facts_table(doc)``: a document's figure facts as a table (a DataFrame; HTML without pandas);
- ``overview(docs)``: the three at once, shown in a notebook and written by ``save(dir)``; the
  CLI's HTML report (``luoyang-nlp track --format html``, ``extract --format html --charts``)
  inlines the same SVG.

Charts are drawn by matplotlib (``pip install "luoyang-nlp[charts]"``), imported on first use
and without pyplot (no global state, no GUI backend). SVG keeps text as text
(``svg.fonttype: none``): Chinese labels are drawn by the browser's fonts, so nothing depends
on a CJK font being installed where the chart is made, and the labels stay searchable and
testable. No network and no JavaScript: the page works offline.
"""

from __future__ import annotations

import html
import io
import warnings
from typing import Any

__all__ = ["Chart", "Overview", "investment_chart", "stage_chart", "facts_table", "facts_table_html",
           "overview", "charts_html", "UNKNOWN_PLACE"]

#: the bar of projects whose place the text does not give
UNKNOWN_PLACE = "(地点未注明)"
_FONTS = ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "SimHei",
          "WenQuanYi Micro Hei", "DejaVu Sans"]
_STAGE_COLOURS = {"规划": "#9e9e9e", "签约": "#1f77b4", "开工": "#ff7f0e", "在建": "#bcbd22",
                  "竣工": "#2ca02c", "投产": "#d62728"}
_YI = 1e8  # 亿元


def _matplotlib():
    try:
        import matplotlib
        from matplotlib.figure import Figure
    except ImportError:
        raise ImportError('luoyang_nlp charts need matplotlib; install it with: pip install "luoyang-nlp[charts]"') from None
    return matplotlib, Figure


def _rc() -> dict:
    return {"svg.fonttype": "none", "font.family": "sans-serif", "font.sans-serif": _FONTS,
            "svg.hashsalt": "luoyang-nlp", "font.size": 10}


class Chart:
    """A matplotlib ``figure`` that shows itself as inline SVG in a notebook."""

    def __init__(self, figure, title: str):
        self.figure = figure
        self.title = title

    def to_svg(self) -> str:
        """The chart as SVG text (no XML prologue: ready to inline in HTML)."""
        matplotlib, _ = _matplotlib()
        buf = io.StringIO()
        with matplotlib.rc_context(_rc()), warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Glyph .* missing from font")
            self.figure.savefig(buf, format="svg", metadata={"Date": None})
        svg = buf.getvalue()
        return svg[svg.index("<svg"):]

    def save(self, path) -> None:
        """Write the chart: ``.svg`` as SVG text; other suffixes (``.png``, ``.pdf``) by matplotlib."""
        from pathlib import Path

        path = Path(path)
        if path.suffix.lower() == ".svg":
            path.write_text('<?xml version="1.0" encoding="utf-8"?>\n' + self.to_svg(), encoding="utf-8")
            return
        matplotlib, _ = _matplotlib()
        with matplotlib.rc_context(_rc()), warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Glyph .* missing from font")
            self.figure.savefig(path)

    def _repr_svg_(self) -> str:
        return self.to_svg()

    def __repr__(self) -> str:
        return f"<Chart {self.title!r}>"


def _projects(projects: Any):
    from .track import ProjectTable, track

    return projects if isinstance(projects, ProjectTable) else track(projects)


def _frame(Figure, title: str, labels: list[str], width: float, height: float, *, right: float,
           bottom: float, size: float = 10.0):
    """A figure with one axes, room on the left for ``labels`` and ``bottom`` inches below."""
    fig = Figure(figsize=(width, height))
    fig.subplots_adjust(left=_left_margin(labels, width, size), right=right, top=1 - 0.45 / height,
                        bottom=bottom / height)
    ax = fig.add_subplot()
    ax.set_title(title, fontsize=10)
    return fig, ax


def _empty(fig, ax, title: str, message: str) -> "Chart":
    """The chart when there is nothing to draw: the message instead of axes."""
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()
    return Chart(fig, title)


def _left_margin(labels, width_in: float, size: float = 10.0) -> float:
    """The left margin (figure fraction) that fits the longest label, CJK characters counted
    as one em (matplotlib measures them with a Latin font when no CJK font is installed)."""
    longest = max((sum(1.0 if ord(c) > 0x2E7F else 0.6 for c in lab) for lab in labels), default=4)
    return min(0.6, (longest * size / 72 + 0.3) / width_in)


def _county(r: dict) -> str:
    return r.get("county") or r.get("place") or UNKNOWN_PLACE


def investment_chart(projects: Any, *, top: int = 15) -> Chart:
    """Investment by county: the sum of each project's investment (``record["investment"]``,
    CNY, one figure per project so that several articles are not added up), in 亿元, one bar
    per county (the project's county, else its place as written, else ``UNKNOWN_PLACE``),
    largest first, at most ``top`` bars. ``projects``: a ``ProjectTable`` or what ``track``
    takes."""
    _, Figure = _matplotlib()
    totals: dict[str, list] = {}
    for r in _projects(projects):
        if r.get("investment"):
            t = totals.setdefault(_county(r), [0.0, 0])
            t[0] += r["investment"] / _YI
            t[1] += 1
    rows = sorted(totals.items(), key=lambda kv: -kv[1][0])[:top]
    labels = [f"{name} ({n})" for name, (_, n) in rows]
    title = "Investment by county (亿元; projects in brackets)"
    fig, ax = _frame(Figure, title, labels, 7.0, 1.0 + 0.35 * max(len(rows), 1), right=0.9, bottom=0.5)
    if not rows:
        return _empty(fig, ax, title, "no project investment found")
    values = [v for _, (v, _) in rows]
    bars = ax.barh(range(len(rows)), values, color="#4c72b0")
    for i, (bar, v) in enumerate(zip(bars, values)):
        bar.set_gid(f"lyn-bar-{i}")
        ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, f" {v:,.2f}", va="center", fontsize=8)
    ax.set_yticks(range(len(rows)), labels)
    ax.invert_yaxis()
    ax.set_xlim(0, max(values) * 1.18)
    ax.spines[["top", "right"]].set_visible(False)
    return Chart(fig, title)


def _date(value: Any):
    import datetime as dt

    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def stage_chart(projects: Any, *, top: int = 25) -> Chart:
    """Project stages over time: one row per project with a dated stage (at most ``top``, the
    most reported first), a marker per stage at the ``published`` date of the article that
    reported it, coloured by stage; a hollow marker is a plan (计划开工). A line joins a
    project's first and last report."""
    _, Figure = _matplotlib()
    from .track.cues import cues

    order = cues().order
    rows = []
    for r in _projects(projects):
        dated = [(d, s) for s in r.get("stages", ()) if (d := _date(s.get("date")))]
        if dated:
            rows.append((r, dated))
    rows.sort(key=lambda x: (-len({d for d, _ in x[1]}), -max(d for d, _ in x[1]).toordinal(), x[0]["project"]))
    rows = sorted(rows[:top], key=lambda x: min(d for d, _ in x[1]))
    labels = [r["project"] if len(r["project"]) <= 18 else r["project"][:17] + "…" for r, _ in rows]
    title = "Project stages over time (date of the reporting article)"
    fig, ax = _frame(Figure, title, labels, 8.0, 1.3 + 0.32 * max(len(rows), 1), right=0.97, bottom=0.85, size=9)
    if not rows:
        return _empty(fig, ax, title, "no dated project stage found")
    seen = set()
    for y, (r, dated) in enumerate(rows):
        ds = sorted(d for d, _ in dated)
        ax.plot([ds[0], ds[-1]], [y, y], color="#cccccc", linewidth=1.5, zorder=1)
        for d, s in sorted(dated, key=lambda x: (x[0], order[x[1]["stage"]])):
            colour = _STAGE_COLOURS.get(s["stage"], "#333333")
            label = s["stage"] if s["stage"] not in seen else None
            seen.add(s["stage"])
            pt = ax.scatter([d], [y], s=46, zorder=2, label=label, edgecolors=colour,
                            facecolors="none" if s.get("planned") else colour)
            pt.set_gid(f"lyn-stage-{y}-{s['stage']}")
    ax.set_yticks(range(len(rows)), labels, fontsize=9)
    ax.invert_yaxis()
    ax.spines[["top", "right"]].set_visible(False)
    handles, names = ax.get_legend_handles_labels()
    ranked = sorted(zip(handles, names), key=lambda hn: order.get(hn[1], 99))
    fig.legend([h for h, _ in ranked], [n for _, n in ranked], loc="lower center", ncol=len(ranked),
               frameon=False, fontsize=8)
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    locator = AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    return Chart(fig, title)


#: the columns of ``facts_table``
FACT_COLUMNS = ("subject", "metric", "figure", "value", "unit", "date", "stage", "place")


def _fact_rows(doc: Any) -> list[dict]:
    from .ledger import ledger_rows

    return [{c: r.get(c) for c in FACT_COLUMNS} for r in ledger_rows(doc)]


def facts_table(doc: Any):
    """A document's figure facts, one row per fact: subject, metric, figure as written,
    value, unit, date, stage, place. A pandas DataFrame (``[notebook]`` extra)."""
    from .ledger import _pandas

    pd = _pandas()
    return pd.DataFrame(_fact_rows(doc), columns=list(FACT_COLUMNS))


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:,.4g}" if abs(v) < 1e4 else f"{v:,.0f}"
    return str(v)


def facts_table_html(doc: Any, *, caption: str | None = None) -> str:
    """``facts_table`` as an HTML table, without pandas (the CLI's report)."""
    rows = _fact_rows(doc)
    head = "".join(f"<th>{c}</th>" for c in FACT_COLUMNS)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(_cell(r[c]))}</td>" for c in FACT_COLUMNS) + "</tr>"
                   for r in rows)
    cap = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    return f'<table class="lyn-facts-table">{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


_CSS = ("<style>.lyn-charts figure{margin:1em 0}.lyn-charts svg{max-width:100%;height:auto}"
        ".lyn-facts-table{border-collapse:collapse;font-size:90%}.lyn-facts-table td,.lyn-facts-table th"
        "{border:1px solid #ddd;padding:2px 6px;text-align:left}</style>")


def charts_html(projects: Any) -> str:
    """The two charts of ``projects`` as inline SVG in an HTML fragment (the CLI's report)."""
    projects = _projects(projects)
    parts = [_CSS, '<section class="lyn-charts"><h2>Charts</h2>']
    for chart in (investment_chart(projects), stage_chart(projects)):
        parts.append(f'<figure aria-label="{html.escape(chart.title)}">{chart.to_svg()}</figure>')
    parts.append("</section>")
    return "".join(parts)


class Overview:
    """``overview(docs)``: ``projects`` (a ``ProjectTable``), ``investment`` and ``stages``
    (``Chart``), ``facts`` (the chosen document's ``facts_table``) and ``doc``. Shows all three
    in a notebook; ``save(directory)`` writes investment.svg, stages.svg and report.html."""

    def __init__(self, projects, doc):
        self.projects = projects
        self.doc = doc
        self.investment = investment_chart(projects)
        self.stages = stage_chart(projects)

    @property
    def facts(self):
        return facts_table(self.doc) if self.doc is not None else None

    def to_html(self) -> str:
        caption = f"Facts of document {self.doc.id}" if self.doc is not None else None
        table = facts_table_html(self.doc, caption=caption) if self.doc is not None else ""
        return charts_html(self.projects) + f'<section class="lyn-facts"><h2>Facts</h2>{table}</section>'

    def _repr_html_(self) -> str:
        return self.to_html()

    def __repr__(self) -> str:
        return f"<Overview of {len(self.projects)} projects; facts of {getattr(self.doc, 'id', None)!r}>"

    def save(self, directory) -> list:
        """Write investment.svg, stages.svg and report.html (a standalone page) to ``directory``."""
        from pathlib import Path

        from .display import page_head, page_tail

        d = Path(directory)
        d.mkdir(parents=True, exist_ok=True)
        self.investment.save(d / "investment.svg")
        self.stages.save(d / "stages.svg")
        (d / "report.html").write_text(page_head("luoyang-nlp projects") + self.to_html() + page_tail(),
                                       encoding="utf-8")
        return [d / "investment.svg", d / "stages.svg", d / "report.html"]


def overview(docs: Any, *, doc: Any = None, extractor=None) -> Overview:
    """One call for the first charts of a set of documents: investment by county, project
    stages over time, and the facts of ``doc`` (a Doc, or the id or position of one of
    ``docs``; by default the document with the most figure facts). ``docs``: what
    ``luoyang_nlp.track`` takes."""
    from .track import as_docs, track_pairs

    pairs = as_docs(docs, extractor)
    docs = [d for d, _ in pairs]
    projects = track_pairs(pairs)
    if doc is None:
        chosen = max(docs, key=lambda d: len(d.facts), default=None)
    elif isinstance(doc, int) and not isinstance(doc, bool):
        chosen = docs[doc]
    elif isinstance(doc, str):
        chosen = next((d for d in docs if str(d.id) == doc), None)
        if chosen is None:
            raise KeyError(f"overview: no document with id {doc!r}")
    else:
        chosen = doc
    return Overview(projects, chosen)
