"""Locate the data files shipped with the package (``luoyang_nlp/data`` in a wheel,
``data/`` at the repository root in a source checkout) and read TSV tables."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

__all__ = ["data_dir", "data_path", "read_tsv"]


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
    """Rows of a tab-separated table with a header; lines starting with ``#`` are comments."""
    path = Path(path)
    with path.open(encoding="utf-8", newline="") as f:
        lines = [ln for ln in f if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k is not None} for row in reader]
