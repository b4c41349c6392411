"""What matchers emit: candidate spans in normalised coordinates, before overlap resolution."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Union

Value = Union[int, float, str, None]

__all__ = ["Candidate", "Context"]


class Candidate(NamedTuple):
    """A proposed span over the NORMALISED text.

    ``priority`` orders conflicting candidates in resolution (higher wins before length);
    ``source`` names the rule or lexicon that produced it, for debugging.
    """

    start: int
    end: int
    label: str
    value: Value = None
    unit: str | None = None
    qualifier: str | None = None
    low: Value = None
    high: Value = None
    priority: int = 0
    source: str = ""


@dataclass
class Context:
    """Per-document facts that matchers may use."""

    published: _dt.date | None = None
    extras: dict[str, Any] = field(default_factory=dict)
