"""Project mentions of one document: each PROJECT span with its name key, its place, the
companies named with it, the stages reported for it and its figure facts.

- place: a PLACE span written right before the name (伊川县 | X项目) or introducing it
  (位于X区的…, …落户X区; as the ledger does), or a division at the start of the name
  (洛阳国家大学科技园); the more specific of the two when both are given;
- bare name: the name's base without a company opening it (丽珠集团原料药生产基地 ->
  原料药生产基地), so that the short form in the same document is the same project;
- companies: COMPANY spans in the same clause as the name, and companies of the document
  whose name opens the project's name (中航光电 in 中航光电基础器件产业园);
- stages: stage words (``data/stages.tsv`` and ``data/track_cues.tsv``) in the name's clause,
  not inside a name, not negated (未开工), flagged ``planned`` after a plan word (计划开工);
  when the clause has none and the sentence names no other project, the sentence's; and the
  ``stage`` of the figure facts whose subject is the name. Each is dated by the document's
  ``published`` date (the date of the article that reported it);
- figures: every figure fact whose subject is the name, with the fact's date (or None) and
  the document's ``published`` date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .cues import cues
from .names import NameKey, name_key, simplify
from .places import Place, company_names, compatible, leading_company, place_of

__all__ = ["Mention", "doc_mentions"]

_CLAUSE = re.compile(r"[，,；;。！？!?：:\n]")
_SENTENCE = re.compile(r"[。！？!?\n]")
_PLAN_REACH = 6  # characters before a stage word searched for a plan word


@dataclass
class Mention:
    """One PROJECT span of one document and what the document says about it."""

    doc_id: str
    doc_index: int
    published: str | None
    text: str
    start: int
    end: int
    key: NameKey
    place: Place | None = None
    companies: list = field(default_factory=list)
    stages: list = field(default_factory=list)
    figures: list = field(default_factory=list)
    #: the base name without the company that opens it (丽珠集团原料药生产基地 -> 原料药生产基地)
    bare: str | None = None


def _bounds(text: str, pattern: re.Pattern, start: int, end: int) -> tuple[int, int]:
    lo = max((m.end() for m in pattern.finditer(text, 0, start)), default=0)
    m = pattern.search(text, end)
    return lo, (m.start() if m else len(text))


def _more_specific(a: Place | None, b: Place | None) -> Place | None:
    if a is None or b is None:
        return a or b
    if compatible(a, b) is False:
        return a  # the place written before the name is where the text says it is
    return a if a.depth >= b.depth else b


def _lexicon_prefix(name: str) -> str | None:
    """The longest lexicon company name or alias that opens ``name``."""
    firms = company_names()
    return next((name[:n] for n in range(min(len(name) - 1, 16), 1, -1) if name[:n] in firms), None)


def _stage_cues(text: str) -> list[tuple[int, int, str, str, bool]]:
    """(start, end, stage, cue, planned) of every stage word of ``text``, in original offsets.
    Words are matched on the normalised text, so traditional input (開工) is read too; a word
    right after a negation (未开工) is left out, one after a plan word (计划开工) is ``planned``."""
    from ..normalise import normalise

    c = cues()
    norm = normalise(text)
    out = []
    for m in c.stage_re.finditer(norm.text):
        clause_start = max((x.end() for x in _CLAUSE.finditer(norm.text, max(0, m.start() - _PLAN_REACH), m.start())),
                           default=max(0, m.start() - _PLAN_REACH))
        before = norm.text[clause_start:m.start()]
        if any(before.endswith(n) for n in c.negations):
            continue
        start, end = norm.to_original(m.start(), m.end())
        out.append((start, end, c.stages[m.group()], m.group(), any(p in before for p in c.planned)))
    return out


def doc_mentions(doc, doc_index: int, extras: dict | None = None) -> list[Mention]:
    """The project mentions of ``doc`` (a ``Doc``). ``extras`` maps ``(start, end)`` to an
    object carrying ``kb_id``/``canonical`` for spans read from dicts (the spans of a Doc
    carry them themselves when the linker set them)."""
    from ..facts import metric_key
    from ..ledger import _place_of

    extras = extras or {}
    text = doc.text
    doc_id = doc.id if doc.id is not None else str(doc_index)
    spans = {(s.start, s.end): s for s in doc.spans}
    attr = lambda s: extras.get((s.start, s.end), s)  # noqa: E731 - the span with kb_id/canonical
    entities = [s for s in doc.spans if s.is_entity]
    projects = [s for s in doc.spans if s.label == "PROJECT"]
    places = [s.to_dict() for s in doc.spans if s.label == "PLACE"]
    companies = [s for s in doc.spans if s.label == "COMPANY"]

    def inside(a: int, b: int) -> bool:
        return any(s.start < b and a < s.end for s in entities)

    def company_name(s) -> str:
        name = simplify(s.text)
        return getattr(attr(s), "canonical", None) or company_names().get(name) or name

    found = _stage_cues(text) if projects else []
    out = []
    for p in projects:
        key = name_key(p.text)
        if len(key.base) < 2:
            continue
        m = Mention(doc_id, doc_index, doc.published, p.text, p.start, p.end, key)
        before = _place_of(text, places, p.to_dict())
        written = None
        if before is not None:
            s = spans[(before["start"], before["end"])]
            written = place_of(simplify(s.text), attr(s))
        m.place = _more_specific(written, place_of(key.place) if key.place else None)
        lo, hi = _bounds(text, _CLAUSE, p.start, p.end)
        simple = simplify(p.text)
        names = [company_name(s) for s in companies if lo <= s.start < hi and _beside(text, s, p, entities)]
        names += [company_name(s) for s in companies if simple.startswith(simplify(s.text))]
        if not names and leading_company(simple):
            names.append(leading_company(simple))
        firm = max((simplify(s.text) for s in companies if simple.startswith(simplify(s.text))), key=len, default=None)
        firm = firm or _lexicon_prefix(simple)
        if firm and len(simple) - len(firm) >= 2:
            m.bare = name_key(simple[len(firm):]).base
        m.companies = list(dict.fromkeys(names))
        m.stages = [{"stage": stage, "date": doc.published, "doc_id": doc_id, "cue": cue, "planned": planned}
                    for stage, cue, planned in _stages(text, p, projects, found, lo, hi, inside)]
        out.append(m)
    by_span = {(m.start, m.end): m for m in out}
    for f in doc.facts:
        subj, fig = f.get("subject"), f.get("figure")
        if not isinstance(subj, dict) or not isinstance(fig, dict):
            continue
        m = by_span.get((subj.get("start"), subj.get("end")))
        figure = spans.get((fig.get("start"), fig.get("end")))
        if m is None or figure is None:
            continue
        dref = f.get("date")
        date = spans.get((dref.get("start"), dref.get("end"))) if isinstance(dref, dict) else None
        m.figures.append({
            "doc_id": doc_id, "published": doc.published, "metric": f.get("metric"),
            "metric_key": metric_key(f.get("metric")), "value": figure.value, "unit": figure.unit,
            "qualifier": figure.qualifier, "text": figure.text, "label": figure.label,
            "date": (date.value or date.text) if date is not None else None, "stage": f.get("stage"),
        })
        if f.get("stage"):
            # the linker's stage word near the figure: a plan when every such word of the
            # figure's sentence is one (计划年底开工，总投资8亿元)
            slo, shi = _bounds(text, _SENTENCE, figure.start, figure.end)
            same = [c for c in found if slo <= c[0] < shi and c[2] == f["stage"]]
            m.stages.append({"stage": f["stage"], "date": doc.published, "doc_id": doc_id,
                             "cue": same[0][3] if same else figure.text,
                             "planned": bool(same) and all(c[4] for c in same)})
    for m in out:
        m.stages = list({(s["stage"], s["planned"]): s for s in m.stages}.values())
    return out


def _stages(text: str, p, projects, found, lo: int, hi: int, inside) -> list[tuple[str, str, bool]]:
    """(stage, cue, planned) for the project span ``p`` whose clause is ``text[lo:hi]``;
    ``found``: the document's stage words (``_stage_cues``)."""
    def within(a: int, b: int):
        return [f for f in found if a <= f[0] and f[1] <= b and not inside(f[0], f[1])]

    here = within(lo, hi)
    others = [q for q in projects if lo <= q.start < hi and name_key(q.text) != name_key(p.text)]
    # a stage word belongs to the project of its clause; with several projects in the clause,
    # to all of them when they are a list (A、B项目开工), else to the nearest one
    listed = [p] + others if others and _listed(text, p, others) else [p]
    if here and others and len(listed) == 1:
        def nearest(pos: int):
            return min([p] + others, key=lambda q: min(abs(pos - q.start), abs(pos - q.end)))
        here = [f for f in here if nearest(f[0]) is p]
    # far in a long clause, a stage word is about something else (A带动72个配套项目落地)
    here = [f for f in here if min(_gap(f, q) for q in listed) <= _NEAR_STAGE]
    if not here:  # the project is the topic of its sentence (X项目位于…，总投资…，3月开工)
        slo, shi = _bounds(text, _SENTENCE, p.start, p.end)
        if p.start - slo <= _TOPIC and not [q for q in projects if slo <= q.start < shi
                                            and name_key(q.text) != name_key(p.text)]:
            here = [f for f in within(slo, shi) if not lo <= f[0] < hi]  # its own clause's were too far
    return [(stage, cue, planned) for _, _, stage, cue, planned in here]


_TOPIC = 4  # characters before a project at the start of its sentence (据悉，X项目…)
_NEAR_STAGE = 16  # characters between a project (or its list) and a stage word in its clause


def _gap(cue, q) -> int:
    return max(0, cue[0] - q.end, q.start - cue[1])


def _listed(text: str, p, others) -> bool:
    """Whether ``p`` and the other projects of its clause form one list (A、B和C)."""
    spans = sorted([p] + others, key=lambda q: q.start)
    gaps = [simplify(text[a.end:b.start].strip()) if b.start > a.end else "" for a, b in zip(spans, spans[1:])]
    return all(g in cues().lists or not g for g in gaps)


_NEAR_FIRM = 10  # characters between a company and the project it builds (X公司投资建设的Y项目)


def _beside(text: str, firm, p, entities) -> bool:
    """Whether a company in the project's clause is named with it: no other name and no list
    word (、 和 …) between the two, and at most ``_NEAR_FIRM`` characters apart."""
    a, b = (firm.end, p.start) if firm.end <= p.start else (p.end, firm.start)
    if b - a > _NEAR_FIRM:
        return False
    if any(a <= s.start and s.end <= b for s in entities):
        return False
    gap = simplify(text[a:b]) if b > a else ""
    return not any(w in gap for w in cues().lists)
