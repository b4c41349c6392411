"""Locate the data files shipped with the package (``luoyang_nlp/data`` in a wheel,
``data/`` at the repository root in a source checkout) and read TSV tables."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

__all__ = ["data_dir", "data_path", "read_tsv", "project_measures"]


@lru_cache(maxsize=None)
def data_dir() -> Path:
    here = Path(__file__).resolve().parent
    for cand in (here / "data", here.parent.parent / "data"):
        if cand.is_dir():
            return cand
    raise FileNotFoundError(
        "luoyang_nlp data directory not found; reinstall the package (pip install luoyang-nlp)"
    )


def data_path(*parts: str) -> Path:
    return data_dir().joinpath(*parts)


def read_tsv(path: str | Path) -> list[dict[str, str]]:
    """Rows of a tab-separated table with a header; lines starting with ``#`` are comments.
    Values are stripped; a missing one is ``""`` and one past the header's columns is dropped
    (what ``csv.DictReader`` with ``QUOTE_NONE`` gives, at about twice its speed: the tables
    are read on the first call of every process)."""
    path = Path(path)
    with path.open(encoding="utf-8", newline="") as f:
        lines = [ln for ln in f if ln.strip() and not ln.startswith("#")]
    if not lines:
        return []
    header = lines[0].rstrip("\r\n").split("\t")
    n = len(header)
    pad = [""] * n
    out = []
    for ln in lines[1:]:
        vals = ln.rstrip("\r\n").split("\t")
        if len(vals) < n:
            vals += pad[len(vals):]
        out.append(dict(zip(header, map(str.strip, vals))))
    return out


@lru_cache(maxsize=1)
def project_stages() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(terms, adverbs, when): the stage words of ``stages.tsv`` whose stage reports an event or
    work under way (``lexicons/rules/project_stage_cues.tsv`` names the stages left out), the
    adverbs that may stand before one (正式开工) and the words of time that may open a date
    before them (于今年3月开工). The entity rules take one right after a weak head, or a stage
    word right before its name, as evidence of a project's name."""
    rows = read_tsv(data_path("lexicons", "rules", "project_stage_cues.tsv"))
    left_out = {r["word"] for r in rows if r["kind"] == "not_stage"}
    return (tuple(r["term"] for r in read_tsv(data_path("stages.tsv")) if r["stage"] not in left_out),
            tuple(r["word"] for r in rows if r["kind"] == "adverb"),
            tuple(r["word"] for r in rows if r["kind"] == "when"))


def project_measures() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(terms, fillers): the words of a project's own measures (``metrics.tsv`` terms whose key
    ``lexicons/rules/project_measures.tsv`` lists: 总投资, 占地, 装机容量 …) and the fillers that
    may stand between such a word and its number. The entity rules take one after a weak head
    as evidence of a name; the facts rules give one after an actor to the project it acts on."""
    keys = {r["key"] for r in read_tsv(data_path("lexicons", "rules", "project_measures.tsv"))}
    rows = read_tsv(data_path("metrics.tsv"))
    return (tuple(r["term"] for r in rows if r["role"] == "metric" and r["key"] in keys),
            tuple(r["term"] for r in rows if r["role"] == "filler"))
