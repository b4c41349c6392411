"""Project records from merged mentions, and their outputs: plain dicts (JSON), JSON Lines,
a JSON array, and pandas DataFrames (``pip install "luoyang-nlp[notebook]"``)."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from .cues import cues
from .merge import Group
from .names import simplify

__all__ = ["PROJECT_COLUMNS", "STAGE_COLUMNS", "FIGURE_COLUMNS", "INVESTMENT_KEYS", "project_record", "ProjectTable"]

#: one row per project in ``ProjectTable.to_dataframe()``
PROJECT_COLUMNS = ("project_id", "project", "phase", "place", "place_code", "county", "companies", "investment",
                   "latest_stage", "first_reported", "last_reported", "n_docs", "docs", "names", "stages", "figures")
#: one row per reported stage (``to_dataframe("stages")``) and per figure fact (``"figures"``)
STAGE_COLUMNS = ("project_id", "project", "stage", "rank", "date", "planned", "doc_id", "cue")
FIGURE_COLUMNS = ("project_id", "project", "metric", "metric_key", "value", "unit", "qualifier", "text", "label",
                  "date", "published", "stage", "doc_id")
#: the measures read as a project's investment, best first (``data/metrics.tsv`` keys)
INVESTMENT_KEYS = ("investment_total", "investment", "investment_planned")


def _investment(figures: list[dict]) -> float | None:
    """The project's investment in CNY: the first of ``INVESTMENT_KEYS`` reported, as the
    latest article that reports it gives it (its largest such figure)."""
    for key in INVESTMENT_KEYS:
        money = [f for f in figures if f["metric_key"] == key and f["unit"] == "CNY"
                 and isinstance(f["value"], (int, float))]
        if money:
            latest = max(f["published"] or "" for f in money)
            return float(max(f["value"] for f in money if (f["published"] or "") == latest))
    return None


def _latest_stage(stages: list[dict]) -> str | None:
    """The stage of the latest article reporting one (not a plan); the later in a project's
    life when that article reports several."""
    order = cues().order
    done = [s for s in stages if not s["planned"]]
    if not done:
        return None
    latest = max(s["date"] or "" for s in done)
    return max((s for s in done if (s["date"] or "") == latest), key=lambda s: order[s["stage"]])["stage"]


def project_record(groups: list[Group], number: int) -> dict[str, Any]:
    """One project as a plain dict (the JSON record)."""
    mentions = [m for g in groups for m in g.mentions]
    forms = Counter(simplify(m.text) for m in mentions)
    name = max(forms, key=lambda f: (forms[f], len(f)))
    places = [g.place for g in groups if g.place is not None]
    place = max(places, key=lambda p: p.depth) if places else None
    figures = [f for m in mentions for f in m.figures]
    stages = sorted((s for m in mentions for s in m.stages),
                    key=lambda s: (s["date"] or "", cues().order[s["stage"]]))
    stages = list({(s["stage"], s["doc_id"], s["planned"]): s for s in stages}.values())
    docs = list(dict.fromkeys(m.doc_id for m in mentions))
    dates = sorted(d for d in (m.published for m in mentions) if d)
    return {
        "project_id": f"P{number:04d}",
        "project": name,
        "phase": groups[0].key.phase,
        "key": groups[0].key.base,
        "place": place.canonical if place else None,
        "place_code": place.code if place else None,
        "county": (place.county or None) if place else None,
        "companies": list(dict.fromkeys(c for g in groups for m in g.mentions for c in m.companies)),
        "investment": _investment(figures),
        "latest_stage": _latest_stage(stages),
        "first_reported": dates[0] if dates else None,
        "last_reported": dates[-1] if dates else None,
        "n_docs": len(docs),
        "docs": docs,
        "names": list(dict.fromkeys(m.text for m in mentions)),
        "stages": [{k: s[k] for k in ("stage", "date", "planned", "doc_id", "cue")} for s in stages],
        "figures": figures,
        "mentions": [{"doc_id": m.doc_id, "text": m.text, "start": m.start, "end": m.end,
                      "place": m.place.text if m.place else None} for m in mentions],
    }


def _plain(v: Any) -> Any:
    if isinstance(v, float) and v.is_integer() and abs(v) < 2**63:
        return int(v)
    return v


class ProjectTable(list):
    """The tracker's result: a list of project records (dicts, see ``docs/tracker.md``) with
    JSON and DataFrame outputs."""

    def to_json(self, indent: int | None = None) -> str:
        """A JSON array of the records."""
        return json.dumps([_clean(r) for r in self], ensure_ascii=False, indent=indent)

    def to_jsonl(self) -> str:
        """JSON Lines: one record per line."""
        return "".join(json.dumps(_clean(r), ensure_ascii=False) + "\n" for r in self)

    def to_dataframe(self, kind: str = "projects"):
        """``"projects"``: one row per project (``PROJECT_COLUMNS``; lists stay lists);
        ``"stages"``: one row per reported stage with its rank in a project's life;
        ``"figures"``: one row per figure fact. pandas is imported here, on first use."""
        pd = _pandas()
        if kind == "projects":
            df = pd.DataFrame([{c: r.get(c) for c in PROJECT_COLUMNS} for r in self], columns=list(PROJECT_COLUMNS))
            df["investment"] = pd.to_numeric(df["investment"], errors="coerce").astype("float64")
            return df
        if kind == "stages":
            order = cues().order
            rows = [{"project_id": r["project_id"], "project": r["project"], "rank": order[s["stage"]], **s}
                    for r in self for s in r["stages"]]
            df = pd.DataFrame(rows, columns=list(STAGE_COLUMNS))
            df["date"] = pd.to_datetime(df["date"], errors="coerce")
            return df
        if kind == "figures":
            rows = [{"project_id": r["project_id"], "project": r["project"], **f} for r in self for f in r["figures"]]
            df = pd.DataFrame(rows, columns=list(FIGURE_COLUMNS))
            df["value"] = pd.to_numeric(df["value"], errors="coerce").astype("float64")
            return df
        raise ValueError(f"to_dataframe(kind=...) is 'projects', 'stages' or 'figures', not {kind!r}")

    def _repr_html_(self) -> str:
        try:
            return self.to_dataframe().drop(columns=["stages", "figures"])._repr_html_()
        except ImportError:
            return f"<pre>{len(self)} projects</pre>"


def _clean(r: dict) -> dict:
    out = dict(r)
    out["investment"] = _plain(out["investment"])
    out["figures"] = [{k: _plain(v) for k, v in f.items()} for f in r["figures"]]
    return out


def _pandas():
    try:
        import pandas as pd
    except ImportError:
        raise ImportError('luoyang_nlp.track(...).to_dataframe() needs pandas; install it with: '
                          'pip install "luoyang-nlp[notebook]"') from None
    return pd
