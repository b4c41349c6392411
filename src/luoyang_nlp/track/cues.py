"""The tracker's word tables: ``data/track_cues.tsv`` (name suffixes and prefixes, variants,
stage words, plan and negation words, the order of stages) and the stage words of
``data/stages.tsv`` that the fact linker uses. Loaded once; no word lists live in code."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Cues", "cues"]


@dataclass(frozen=True)
class Cues:
    suffixes: tuple[str, ...]  # longest first
    prefixes: tuple[str, ...]  # longest first
    variants: tuple[tuple[str, str], ...]  # (word, replacement), longest first
    stages: dict  # stage word -> stage name
    stage_re: "re.Pattern[str]"  # every stage word, longest first
    planned: tuple[str, ...]  # longest first
    negations: tuple[str, ...]  # longest first
    order: dict  # stage name -> rank (1 = earliest in a project's life)
    lists: tuple[str, ...]  # words joining list items, longest first


def _by_len(words) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def cues() -> Cues:
    from ..resources import data_path, read_tsv

    rows = read_tsv(data_path("track_cues.tsv"))
    stages = {r["term"]: r["stage"] for r in read_tsv(data_path("stages.tsv"))}
    order = {r["term"]: int(r["rank"]) for r in rows if r["role"] == "order"}
    for r in rows:
        if r["role"] == "stage":
            stages[r["term"]] = r["stage"]
    unknown = sorted({s for s in stages.values() if s not in order})
    if unknown:
        raise ValueError(f"track_cues.tsv: stages {unknown} have no 'order' row")
    words = lambda role: [r["term"] for r in rows if r["role"] == role]  # noqa: E731
    variants = tuple(sorted(((r["term"], r["to"]) for r in rows if r["role"] == "variant"),
                            key=lambda p: -len(p[0])))
    stage_re = re.compile("|".join(re.escape(w) for w in _by_len(stages)))
    return Cues(_by_len(words("suffix")), _by_len(words("prefix")), variants, stages, stage_re,
                _by_len(words("planned")), _by_len(words("not")), order, _by_len(words("list")))
