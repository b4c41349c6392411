"""Facts: link each figure to what it measures and whose it is (span spec, "Facts").

``link`` reads the spans already resolved (normalised coordinates) and the normalised
text, and returns facts in the gold format with span references in ORIGINAL offsets:

- figure facts ``{"figure", "metric", "subject", "date"[, "stage"]}`` for every figure
  except DATE: the measure named before the figure (``data/metrics.tsv``; for counts the
  counted noun after it), the owner (``…的X项目`` list items, an owner right before the
  measure, the topic of the sentence, a referring word such as 该项目/我省/其, the place
  before a territorial measure such as GDP), the date governing the sentence or paragraph,
  and the stage word nearest the figure (``data/stages.tsv``);
- person facts ``{"person", "position", "org"}``: ``[ORG]POSITION(、[ORG]POSITION)*
  PERSON(、PERSON)*`` chains and ``PERSON POSITION`` (习近平总书记).

All rules work on the normalised text, so traditional input gives simplified metrics.
Modules: ``linker`` (figure facts: ``subjects`` whose, ``measures`` what, on ``core``, one
document's spans and text), ``people`` (person facts), ``places`` (levels of place names),
``text`` (sentences and clauses), ``tables`` (the word tables in ``data/``), ``cues``
(separators and shapes the rules use). The wheel compiles this package with mypyc (see
``hatch_build.py``); the annotations are what it compiles by, so they must be true.
"""

from __future__ import annotations

from typing import Sequence

from ..candidate import Candidate, Context
from ..doc import Span
from ..normalise import Normalised
from . import core
from .linker import Linker
from .tables import FACT_FIGURES, OWNER_LABELS, metric_key, metric_table

__all__ = ["link", "metric_key", "metric_table", "FACT_FIGURES", "OWNER_LABELS", "COMPILED"]

#: True when these rules run as C extension modules compiled by mypyc (an installed wheel);
#: False when they run as Python (an editable install, or a build with ``LUOYANG_NLP_PURE=1``).
COMPILED: bool = not core.__file__.endswith(".py")


def link(norm: Normalised, chosen: Sequence[Candidate], spans: Sequence[Span], ctx: Context) -> list[dict]:
    """Facts in the gold format. ``chosen[i]`` (normalised offsets) and ``spans[i]``
    (original offsets) are the same span; facts refer to spans by original start/end."""
    if len(chosen) != len(spans):
        raise ValueError("chosen and spans must have the same length")
    if not any(c[2] in FACT_FIGURES or c[2] == "POSITION" for c in chosen):
        return []  # facts hang on figures and titles: none here, so no index to build
    return Linker(norm, chosen, spans, ctx).facts()
