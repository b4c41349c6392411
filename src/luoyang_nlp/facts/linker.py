"""Figure facts: for each figure, the measure it names (``measures.py``), its owner
(``subjects.py``), date and stage; ``Linker`` holds one document's spans and text and the
helpers both rule sets share."""

from __future__ import annotations

import operator
import re
from bisect import bisect_left as _bisect_left, bisect_right as _bisect_right
from typing import Sequence

from ..candidate import Candidate, Context
from ..doc import Span
from ..normalise import Normalised
from .cues import *  # noqa: F403 - the rules' separators and shapes
from .measures import MeasureRules
from .once import once
from .people import person_facts
from .subjects import SubjectRules
from .tables import FACT_FIGURES, OWNER_LABELS, place_refs_in, pos_cut, stage_words_in, tables
from .text import CLAUSE_RE, HAN, QUOTES, Text

__all__ = ["Linker", "OWNER_LABELS", "FACT_FIGURES"]

_START, _END, _LABEL = operator.itemgetter(0), operator.itemgetter(1), operator.itemgetter(2)


class Linker(SubjectRules, MeasureRules):
    """One document's figure facts. Works on candidates sorted by start (normalised offsets)
    and refers to spans by their original offsets; results are cached per figure and clause."""

    def __init__(self, norm: Normalised, chosen: Sequence[Candidate], spans: Sequence[Span], ctx: Context):
        self.t = tables()
        self.text = norm.text
        self.ctx = ctx
        self.tx = Text(norm.text)
        self.c, self.s, self.starts = self._sorted(chosen, spans)
        self.ends = list(map(_END, self.c))
        self.labels = list(map(_LABEL, self.c))
        # each span's clause (start, end) and sentence start, asked for again and again by the rules
        self.ca, self.ce, self.sa = self.tx.locate(self.starts)
        self._index_kinds()
        # flat: each span ends by the next one's start (as resolve() leaves them), so ends
        # are in order too and a run of spans between two offsets is a range of indexes
        self.flat = all(map(operator.le, self.ends, self.starts[1:]))
        self._topics: dict[tuple, int | None] = {}
        self._refs: dict[int, tuple[str, str] | None] = {}
        self._metrics: dict[int, str | None] = {}
        self._lo: dict[int, int] = {}  # figure -> where the words before it start
        self._resp: dict[int, tuple | None] = {}
        self._owner: dict[int, int | None] = {}
        self._own: dict[tuple, tuple[bool, int | None]] = {}
        self._actor: dict[tuple, bool] = {}
        self._events: dict[int, tuple] = {}
        self._sentences: dict[int, tuple] = {}  # sentence start -> its speaking clauses and topic fold
        self._carry: dict[tuple, int | None] = {}
        self._actors: dict[int, bool] = {}
        self._chain_de: dict[int, int | None] = {}  # figure -> the figure ending its attribute chain with 的
        self._has_fenbie = "分别" in self.text
        # where a verb of change (增加到, 增至) is: 由/从 A 增加到 B (MeasureRules._changed)
        self._change_verbs = [m.start() for m in _CHANGE_VERB.finditer(self.text)] \
            if ("由" in self.text or "从" in self.text) else []
        self._resp_at: dict[int, tuple[list[int], list[int]]] = {}  # 分别 offset -> owners, figures
        self._figs_at: dict[int, list[int] | None] = {}
        self._place_refs = place_refs_in(self.text)  # 全市, 我省 … in the text
        self._place_ref_starts = list(map(re.Match.start, self._place_refs))

    def _index_kinds(self) -> None:
        """One pass over the spans: the indexes of the owners, figures, entities (all but
        figures) and dates, in order; the owners' and dates' starts; the first characters of
        owner names, and for the head-noun check (集聚区 <- …集聚区) the second of their last two
        and, in names longer than three, the one before it. (Made here, not on first use: the
        rules read them on nearly every document, and a plain attribute is read faster than one
        a class descriptor shadows.)"""
        text, starts, ends = self.text, self.starts, self.ends
        self.owners, self.figures, self.entities, self.dates = owners, figures, entities, dates = [], [], [], []
        self.owner_starts, self.date_starts = owner_starts, date_starts = [], []
        initials, finals = set(), set()
        for k, label in enumerate(self.labels):
            if label in FACT_FIGURES:
                figures.append(k)
                continue
            entities.append(k)
            if label in OWNER_LABELS:
                owners.append(k)
                a, e = starts[k], ends[k]
                owner_starts.append(a)
                initials.add(text[a])
                if e - a > 2:
                    finals.add(text[e - 2])
                    if e - a > 3:
                        finals.add(text[e - 3])
            elif label == "DATE":
                dates.append(k)
                date_starts.append(starts[k])
        self._owner_initials, self._owner_finals = frozenset(initials), frozenset(finals)

    @once
    def by_label(self) -> dict[str, tuple[list[int], list[int]]]:
        """Owner label -> (owners, their starts), in order."""
        out: dict[str, tuple[list[int], list[int]]] = {}
        labels, starts = self.labels, self.starts
        for k in self.owners:
            got = out.get(labels[k])
            if got is None:
                got = out[labels[k]] = ([], [])
            got[0].append(k)
            got[1].append(starts[k])
        return out

    @once
    def _by_initial(self) -> dict[str, list[int]]:
        """First character -> owners, in order."""
        out: dict[str, list[int]] = {}
        for k in self.owners:
            out.setdefault(self.text[self.starts[k]], []).append(k)
        return out

    @once
    def _openers(self) -> frozenset[str]:
        """The characters a clause naming a subject may open with: the first characters of
        referring words, connectives, quotes, ordinals and dates, and owners' first and inner ones."""
        return self.t.ref_initials | self._owner_finals | self._owner_initials

    @once
    def _book(self) -> list[tuple[int, int]]:
        return self._book_titles()

    @once
    def _book_starts(self) -> list[int]:
        return [a for a, _ in self._book]

    # -- helpers --
    @staticmethod
    def _sorted(chosen: Sequence[Candidate], spans: Sequence[Span]) -> tuple[list[Candidate], list[Span], list[int]]:
        """Candidates and spans ordered by (start, end), stably (most come already in order),
        and the candidates' starts."""
        starts = list(map(_START, chosen))
        if all(map(operator.lt, starts, starts[1:])):
            return list(chosen), list(spans), starts
        keys = [(c[0], c[1]) for c in chosen]
        if all(map(operator.le, keys, keys[1:])):
            return list(chosen), list(spans), starts
        order = sorted(range(len(chosen)), key=keys.__getitem__)
        return [chosen[i] for i in order], [spans[i] for i in order], [keys[i][0] for i in order]

    def ref(self, k: int | None) -> dict | None:
        if k is None:
            return None
        return {"start": self.s[k].start, "end": self.s[k].end}

    def _book_titles(self) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in re.finditer(r"《[^《》\n]{0,80}》", self.text)]

    def in_title(self, k: int) -> bool:
        c = self.c[k]
        i = _bisect_left(self._book_starts, c.start) - 1
        return i >= 0 and c.end < self._book[i][1]

    def spans_between(self, a: int, b: int) -> Sequence[int]:
        """The spans starting at or after ``a`` and ending by ``b``, in order. On flat spans
        (no span inside another) those are one run of indexes: a range, made in constant time."""
        i = _bisect_left(self.starts, a)
        if self.flat:
            j = _bisect_left(self.starts, b, i)
            return range(i, j if j == i or self.ends[j - 1] <= b else j - 1)
        out = []
        while i < len(self.c) and self.starts[i] < b:
            if self.ends[i] <= b:
                out.append(i)
            i += 1
        return out

    def any_entity(self, run: Sequence[int]) -> bool:
        """Some span of ``run`` (from ``spans_between``) is an entity, not a figure; on flat
        spans one bisection in the entity list tells."""
        if self.flat:
            e = self.entities
            i = _bisect_left(e, run.start)
            return i < len(e) and e[i] < run.stop
        return any(self.labels[j] not in FACT_FIGURES for j in run)

    def prev_span_end(self, pos: int, lo: int) -> int:
        """End of the last span (any label) ending at or before ``pos`` and after ``lo``."""
        i = _bisect_left(self.starts, pos) - 1
        while i >= 0:
            if self.ends[i] <= pos:
                return max(lo, self.ends[i])
            i -= 1
        return lo

    def fenbie_before(self, f: int) -> int:
        """Offset of the last 分别 between the start of figure ``f``'s sentence and the figure,
        or -1: the list both the owner and the measure rules read around it."""
        if not self._has_fenbie:
            return -1
        return self.text.rfind("分别", self.sa[f], self.c[f].start)

    def figures_listed_after(self, r: int, joined) -> list[int]:
        """The consecutive figures (no DATE) after offset ``r``, as long as ``joined`` accepts
        the text between one and the next."""
        figs: list[int] = []
        j = _bisect_left(self.starts, r)
        while j < len(self.c) and self.labels[j] not in FACT_FIGURES:
            j += 1
        while j < len(self.c) and self.labels[j] in FACT_FIGURES and self.labels[j] != "DATE":
            if figs and not joined(self.text[self.ends[figs[-1]]:self.starts[j]]):
                break
            figs.append(j)
            j += 1
        return figs

    def is_list_member(self, k: int) -> bool:
        after = self.text[self.ends[k]:self.ends[k] + 2]
        return after.startswith(_LIST_AFTER)

    def clause_initial(self, k: int) -> bool:
        """Nothing but dates, quotes, spaces and connectives before the span in its clause."""
        c = self.c[k]
        a = self.ca[k]
        if a == c.start:  # the span opens its clause (half the time): nothing before it
            return True
        head = self.text[a:c.start]
        dated = False
        for j in self.spans_between(a, c.start):
            if self.labels[j] in ("DATE", "PLACE"):
                head = head.replace(self.text[self.starts[j]:self.ends[j]], "")
                dated = dated or self.labels[j] == "DATE"
        head = QUOTES.sub("", head).strip(_BULLETS)
        # 位于伊滨区的X公司…: a located owner opens its clause too; so does one after a time
        # phrase (自2013年X公司在某县开展帮扶以来)
        if head == "" or head in self.t.connective_set or _LOCATED_DE.fullmatch(head) or (dated and head in _SINCE):
            return True
        # 与某公司合作建设的X项目,占地…: a project after the clause describing it (a verb before
        # 的) heads the clause
        if self.labels[k] == "PROJECT" and head.endswith("的") and len(head) > 2 and self._verb_before_de(head):
            return True
        # ，投资25亿元的X项目占地…: an owner whose attribute opens the clause (not a 、 list item)
        j = self._attached_by_de(k)
        if j is not None and (a == 0 or self.text[a - 1] != "、"):
            lead = QUOTES.sub("", self.text[a:self.starts[j]]).strip()
            return len(lead) <= 4 and not CLAUSE_RE.search(lead) \
                and not self.any_entity(self.spans_between(a, self.starts[j]))
        return False

    def _verb_before_de(self, head: str) -> bool:
        """Whether ``head`` (what opens the clause before a span, places and dates taken out)
        is a clause describing the span: a verb right before its final 的 (合作建设的, 引进的),
        and no verb opening it (接在建的X: X is the object of 接, not the clause's subject)."""
        words = pos_cut(head[-9:-1], self.ctx) if HAN.search(head[-9:-1]) else []
        if not words or not words[-1][1].startswith("v"):
            return False
        first = pos_cut(head[:6], self.ctx) if HAN.match(head) else []
        return not (first and first[0][1].startswith("v"))

    # -- dates and stages --
    def date_of(self, f: int) -> int | None:
        """The date of figure ``f``: the last before it in its sentence, else the first after
        it in its clause, else one opening its paragraph before it."""
        ds = self.date_starts
        if not ds:
            return None
        c = self.c[f]
        i = _bisect_left(ds, c.start)  # the dates before the figure: ds[:i]
        if i and ds[i - 1] >= self.sa[f]:
            return self.dates[i - 1]
        j = _bisect_left(ds, c.end, i)
        if j < len(ds) and self.ends[self.dates[j]] <= self.ce[f]:
            return self.dates[j]
        ps = self.tx.para_starts
        pa = ps[_bisect_right(ps, c.start) - 1]
        j = _bisect_left(ds, pa, 0, i)
        if j < i and not QUOTES.sub("", self.text[pa:ds[j]]).strip():
            return self.dates[j]
        return None

    def stage_of(self, f: int) -> str | None:
        found = self._stage_matches
        if not found:  # no stage word in the text: none in any part of it
            return None
        sa, ce = self.sa[f], self.ce[f]
        i = _bisect_left(self._stage_starts, sa)
        if (i == len(found) or found[i][0] >= ce) and not (i and found[i - 1][1] > sa):
            return None  # none in the sentence up to the figure's clause end (the words _stages_in reads)
        return self._nearest_stage(f)

    def _nearest_stage(self, f: int) -> str | None:
        """The stage of the stage word nearest figure ``f`` in its sentence, up to its clause end
        or the next figure (a word after the figure counts for less)."""
        a, e = self.starts[f], self.ends[f]
        sa, ce = self.sa[f], self.ce[f]
        figs = self.figures
        i = _bisect_left(figs, _bisect_left(self.starts, e))
        if i < len(figs):
            ce = min(ce, self.starts[figs[i]])  # a stage after the next figure is that figure's
        best, nearest = None, 0
        for pos, word in self._stages_in(sa, max(sa, ce)):
            d = a - pos if pos < a else pos - e + 1000
            if best is None or d < nearest:
                best, nearest = word, d
        return None if best is None else self.t.stages[best]

    def _stages_in(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """The stage words found by scanning ``[lo, hi)``: the document's own matches there,
        unless one of them crosses ``lo`` or ``hi`` (then a scan of the range tells)."""
        found, starts = self._stage_matches, self._stage_starts
        i = _bisect_left(starts, lo)
        j = _bisect_left(starts, hi, i)
        if (i and found[i - 1][1] > lo) or (j and found[j - 1][1] > hi):
            return [(m.start(), m.group()) for m in self.t.stage_re.finditer(self.text, lo, hi)]
        return [(a, w) for a, _, w in found[i:j]]

    @once
    def _stage_matches(self) -> list[tuple[int, int, str]]:
        """(start, end, word) of each stage word of the text, in order."""
        return stage_words_in(self.text)

    @once
    def _stage_starts(self) -> list[int]:
        return [a for a, _, _ in self._stage_matches]

    # -- all --
    def facts(self) -> list[dict]:
        out = []
        spans = self.s
        for f in self.figures:
            metric = self.metric_of(f)
            owner = self.owner_of(f, metric)
            self._owner[f] = owner
            date = self.date_of(f)
            span = spans[f]
            fact = {  # the references ``ref`` makes, made here
                "figure": {"start": span.start, "end": span.end},
                "metric": metric,
                "subject": None if owner is None else {"start": spans[owner].start, "end": spans[owner].end},
                "date": None if date is None else {"start": spans[date].start, "end": spans[date].end},
            }
            # stages are reported for projects (and the firms and unnamed groups building them)
            stage = self.stage_of(f) if owner is None or self.labels[owner] in ("PROJECT", "COMPANY") else None
            if stage:
                fact["stage"] = stage
            out.append(fact)
        if "POSITION" in self.labels:  # person facts hang on titles
            out.extend(person_facts(self.labels, self.starts, self.ends, self.text, spans))
        return out

