"""``luoyang-nlp track FILES``: one record per project across the inputs, as JSON Lines
(default), a JSON array (``--format json``) or an HTML report with the charts
(``--format html``, needs the ``[charts]`` extra). Inputs are read as ``extract`` reads them;
records that already carry ``spans`` (gold files, ``extract`` output) are used as they are."""

from __future__ import annotations

import sys
from typing import Iterator

__all__ = ["add_command"]


def _docs(args, report) -> Iterator:
    from ..inputs import input_files, items, sources
    from ..outputs import check_output
    from ..pipeline import Extractor, parse_published

    pub = parse_published(args.published)
    published = pub.isoformat() if pub else None
    srcs = list(sources(args.inputs, "auto", report))
    check_output(args.output, input_files(srcs))  # -o never overwrites an input
    ex = Extractor(model=not args.no_model)
    out = []
    for item in items(srcs, "utf-8", published, report):
        rec = item.pop("record", None)
        if rec is not None and isinstance(rec.get("spans"), list):
            if not (rec.get("meta") or {}).get("published") and not rec.get("published") and published:
                rec = {**rec, "published": published}
            out.append(rec)
        else:
            out.append(item)
    return out, ex


def _report_page(projects) -> str:
    import html

    from ..charts import charts_html
    from ..display import page_head, page_tail

    cols = ("project_id", "project", "phase", "place", "county", "companies", "investment", "latest_stage",
            "first_reported", "last_reported", "docs")

    def cell(v) -> str:
        if isinstance(v, list):
            v = "、".join(map(str, v))
        elif isinstance(v, float):
            v = f"{v / 1e8:,.2f} 亿元"
        return html.escape("" if v is None else str(v))

    rows = "".join("<tr>" + "".join(f"<td>{cell(r.get(c))}</td>" for c in cols) + "</tr>" for r in projects)
    table = (f'<section class="lyn-projects"><h2>Projects ({len(projects)})</h2><table class="lyn-facts-table">'
             f'<thead><tr>{"".join(f"<th>{c}</th>" for c in cols)}</tr></thead><tbody>{rows}</tbody></table></section>')
    return page_head("luoyang-nlp track") + charts_html(projects) + table + page_tail()


def _cmd_track(args) -> int:
    from ..inputs import Reporter
    from ..outputs import AtomicOutput
    from . import track

    if args.format == "html":
        from ..charts import _matplotlib

        try:
            _matplotlib()  # a missing extra is named before any work
        except ImportError as exc:
            print(f"luoyang-nlp: error: {exc}", file=sys.stderr)
            return 2
    report = Reporter()
    items, ex = _docs(args, report)
    projects = track(items, extractor=ex)
    if args.format == "json":
        text = projects.to_json(indent=1) + "\n"
    elif args.format == "html":
        text = _report_page(projects)
    else:
        text = projects.to_jsonl()
    if args.output and args.output != "-":
        sink = AtomicOutput(args.output)
        try:
            sink.file.write(text)
        except BaseException:
            sink.abort()
            raise
        sink.commit()
    else:
        sys.stdout.write(text)
    return 1 if report.failed else 0


def add_command(sub) -> None:
    """Add the ``track`` subcommand to an argparse subparsers object."""
    p = sub.add_parser(
        "track", help="one record per project across documents: name, place, companies, figures, stages",
        description="Merge the mentions of each project across the inputs (.txt, .jsonl, .csv files, directories, "
                    "or stdin) into one record per project; the merge rule is in docs/tracker.md. JSON Lines "
                    "records with \"spans\" (and \"facts\") are used as they are, others are extracted.")
    p.add_argument("inputs", nargs="*", metavar="PATH", help="files or directories; stdin when none or '-'")
    p.add_argument("--format", choices=("jsonl", "json", "html"), default="jsonl",
                   help="jsonl: one project per line (default); json: one array; "
                        "html: a report with the charts (pip install \"luoyang-nlp[charts]\")")
    p.add_argument("--published", help="publication date YYYY-MM-DD for inputs that give none (stage dates)")
    p.add_argument("--no-model", action="store_true", help="entities from lexicons and rules only")
    p.add_argument("-o", "--output", help="write here instead of stdout")
    p.set_defaults(func=_cmd_track)
