"""The result types: ``Span`` (one typed stretch of the caller's text) and ``Doc``."""

from __future__ import annotations

import dataclasses
import math
from operator import attrgetter, ne
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Sequence, Union

from .labels import ENTITY_LABELS, FIGURE_LABELS, LABELS

Value = Union[int, float, str, None]

__all__ = ["Span", "Doc"]


def _plain(v: Value) -> Value:
    """JSON-friendly number: integral floats become ints."""
    if isinstance(v, float) and math.isfinite(v) and v.is_integer() and abs(v) < 2**63:
        return int(v)
    return v


@dataclass(frozen=True, slots=True, order=False)
class Span:
    """A typed span over the original text: ``doc.text[start:end] == text``.

    ``value`` is a number (or ISO 8601 text for DATE/DURATION) in the canonical ``unit``;
    ``qualifier`` is one of approx/nearly/over/under; ranges carry ``low`` and ``high``.

    Linked identity (``luoyang_nlp.link``, spaCy's names): ``kb_id`` is a PLACE's 12-digit
    national division code, ``canonical`` the full official name of a PLACE, ORG or COMPANY;
    a coded PLACE also has ``kb_level`` (省, 市, 县区, 乡镇) and ``kb_parents``, the
    ``(code, name)`` pairs of the units above it, nearest first.
    """

    text: str
    label: str
    start: int
    end: int
    value: Value = None
    unit: str | None = None
    qualifier: str | None = None
    low: Value = None
    high: Value = None
    kb_id: str | None = None
    canonical: str | None = None
    kb_level: str | None = None
    kb_parents: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if self.label not in LABELS:
            raise ValueError(f"unknown label {self.label!r}")
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad offsets {self.start}:{self.end}")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"text {self.text!r} does not fit {self.start}:{self.end}")

    @property
    def is_figure(self) -> bool:
        return self.label in FIGURE_LABELS

    @property
    def is_entity(self) -> bool:
        return self.label in ENTITY_LABELS

    def to_dict(self) -> dict[str, Any]:
        """The span as in the gold format; absent attributes are left out."""
        d: dict[str, Any] = {"start": self.start, "end": self.end, "label": self.label, "text": self.text}
        for key in ("value", "unit", "qualifier", "low", "high"):
            v = getattr(self, key)
            if v is not None:
                d[key] = _plain(v)
        for key in ("kb_id", "canonical", "kb_level"):
            v = getattr(self, key)
            if v is not None:
                d[key] = v
        if self.kb_parents:
            d["kb_parents"] = [{"kb_id": c, "name": n} for c, n in self.kb_parents]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Span":
        return cls(
            text=d["text"], label=d["label"], start=d["start"], end=d["end"],
            value=d.get("value"), unit=d.get("unit"), qualifier=d.get("qualifier"),
            low=d.get("low"), high=d.get("high"),
            kb_id=d.get("kb_id"), canonical=d.get("canonical"), kb_level=d.get("kb_level"),
            kb_parents=tuple((p["kb_id"], p["name"]) for p in d.get("kb_parents") or ()),
        )

    @property
    def kb_path(self) -> str | None:
        """The coded place with its parents, top first: ``河南省/洛阳市/洛龙区``."""
        if self.kb_id is None:
            return None
        return "/".join([n for _, n in reversed(self.kb_parents)] + [self.canonical or self.text])

    def __repr__(self) -> str:
        extra = "".join(
            f" {k}={getattr(self, k)!r}" for k in ("value", "unit", "qualifier", "low", "high", "kb_id", "canonical")
            if getattr(self, k) is not None
        )
        return f"<Span {self.label} {self.text!r} {self.start}:{self.end}{extra}>"


# The fields of Span in order, with their defaults (None: no default).
_SPAN_FIELDS = (("text", None), ("label", None), ("start", None), ("end", None), ("value", None), ("unit", None),
                ("qualifier", None), ("low", None), ("high", None), ("kb_id", None), ("canonical", None),
                ("kb_level", None), ("kb_parents", ()))


def _checked_maker() -> Callable[..., Span]:
    """A function that makes ``Span(text, label, start, end, value, …, kb_parents)`` (the same
    positional fields and defaults) with the same checks (``Span.__post_init__``) at about half
    the cost: a frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``,
    this sets the slots directly. ``Span`` itself when its fields are not those slots."""
    fields = dataclasses.fields(Span)
    slots = [Span.__dict__.get(f.name) for f in fields]
    if tuple((f.name, None if f.default is dataclasses.MISSING else f.default) for f in fields) != _SPAN_FIELDS \
            or not all(type(d).__name__ == "member_descriptor" for d in slots):
        return Span
    new, check = object.__new__, Span.__post_init__
    (set_text, set_label, set_start, set_end, set_value, set_unit, set_qualifier, set_low, set_high,
     set_kb_id, set_canonical, set_kb_level, set_kb_parents) = (d.__set__ for d in slots)

    def make(text, label, start, end, value=None, unit=None, qualifier=None, low=None, high=None,
             kb_id=None, canonical=None, kb_level=None, kb_parents=()):
        span = new(Span)
        set_text(span, text)
        set_label(span, label)
        set_start(span, start)
        set_end(span, end)
        set_value(span, value)
        set_unit(span, unit)
        set_qualifier(span, qualifier)
        set_low(span, low)
        set_high(span, high)
        set_kb_id(span, kb_id)
        set_canonical(span, canonical)
        set_kb_level(span, kb_level)
        set_kb_parents(span, kb_parents)
        check(span)
        return span

    return make


def _slots_class() -> type | None:
    """A class with ``Span``'s slots and nothing else (no ``__init__``, no frozen
    ``__setattr__``): an instance of it, its slots filled by plain attribute stores, becomes a
    ``Span`` by ``__class__`` assignment (the two layouts are the same, which Python checks on
    assignment). None when that does not hold (then the pipeline makes spans with the checked
    maker)."""
    if tuple(f.name for f in dataclasses.fields(Span)) != tuple(name for name, _ in _SPAN_FIELDS) \
            or getattr(Span, "__slots__", None) != tuple(name for name, _ in _SPAN_FIELDS):
        return None
    slots = type("SpanSlots", (), {"__slots__": Span.__slots__, "__module__": __name__})
    try:
        probe = slots()
        for name, _ in _SPAN_FIELDS:
            setattr(probe, name, name)
        probe.__class__ = Span
    except TypeError:
        return None
    if type(probe) is not Span or any(getattr(probe, name) != name for name, _ in _SPAN_FIELDS):
        return None
    return slots


#: the class of the direct span maker (``_slots_class``), or None
SpanSlots = _slots_class()
#: the labels ``Span`` takes, as a set (``Span.__post_init__`` checks ``LABELS``)
LABEL_SET = frozenset(LABELS)
_checked = _checked_maker()


def _fast_maker() -> Callable[..., Span]:
    """``make_span``: a span made as ``SpanSlots`` and turned into a ``Span`` (about a third of the
    cost of the checked maker); whenever a check of ``Span.__post_init__`` could fail, the
    checked maker makes it (and raises the same error)."""
    slots, span_class, labels, checked = SpanSlots, Span, LABEL_SET, _checked
    if slots is None:
        return checked

    def make(text, label, start, end, value=None, unit=None, qualifier=None, low=None, high=None,
             kb_id=None, canonical=None, kb_level=None, kb_parents=()):
        if label.__class__ is not str or label not in labels or not 0 <= start < end or len(text) != end - start:
            return checked(text, label, start, end, value, unit, qualifier, low, high, kb_id, canonical, kb_level,
                           kb_parents)
        span = slots()
        span.text = text
        span.label = label
        span.start = start
        span.end = end
        span.value = value
        span.unit = unit
        span.qualifier = qualifier
        span.low = low
        span.high = high
        span.kb_id = kb_id
        span.canonical = canonical
        span.kb_level = kb_level
        span.kb_parents = kb_parents
        span.__class__ = span_class
        return span

    return make


#: ``Span(...)`` by position, faster (the pipeline makes one per span found).
make_span = _fast_maker()


_RECORD_KEYS = frozenset({"id", "text", "spans", "facts", "meta", "published"})


def record_meta(record: dict) -> dict[str, Any]:
    """The metadata of a dict or JSON Lines record: the keys of its ``meta`` object and any
    other keys beside ``id``, ``text``, ``spans``, ``facts`` and ``published`` (url, source …).
    ``published`` is not repeated here (it is the document's ``published``)."""
    out: dict[str, Any] = {}
    meta = record.get("meta")
    if isinstance(meta, dict):
        out.update((k, v) for k, v in meta.items() if k != "published")
    out.update((k, v) for k, v in record.items() if k not in _RECORD_KEYS)
    return out


_sort_key = attrgetter("start", "end", "label")  # (start, end, label), in C
_start, _end, _text = attrgetter("start"), attrgetter("end"), attrgetter("text")


@dataclass(eq=False)
class Doc:
    """The caller's text and the spans found in it, sorted by position."""

    text: str
    spans: tuple[Span, ...] = ()
    id: str | None = None
    published: str | None = None
    facts: tuple[dict, ...] = ()
    #: the caller's metadata (url, source, any extra keys of a dict or JSON Lines input),
    #: carried through ``pipe()``, ``to_dict()`` (under ``meta``) and the ledger's rows
    meta: dict = field(default_factory=dict, repr=False)
    _tokens: tuple | None = field(default=None, repr=False)
    _tokenizer: Any = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        spans = tuple(sorted(self.spans, key=_sort_key))
        text = self.text
        # each span's text against the text at its offsets, in C (map); the loop finds the first that differs
        if any(map(ne, map(text.__getitem__, map(slice, map(_start, spans), map(_end, spans))), map(_text, spans))):
            for s in spans:
                if self.text[s.start:s.end] != s.text:
                    raise ValueError(f"{s!r} does not match the text at {s.start}:{s.end}")
        self.spans = spans

    # -- views -------------------------------------------------------------------------
    @property
    def entities(self) -> tuple[Span, ...]:
        return tuple(s for s in self.spans if s.label in ENTITY_LABELS)

    @property
    def figures(self) -> tuple[Span, ...]:
        return tuple(s for s in self.spans if s.label in FIGURE_LABELS)

    def by_label(self, label: str) -> tuple[Span, ...]:
        return tuple(s for s in self.spans if s.label == label)

    @property
    def tokens(self) -> tuple:
        """Segmenter tokens ``(text, start, end)`` over the original text, computed on first use."""
        if self._tokens is None:
            if self._tokenizer is None:
                from .segment import default_segmenter

                self._tokenizer = default_segmenter()
            self._tokens = tuple(self._tokenizer.tokens(self.text))
        return self._tokens

    def __iter__(self) -> Iterator[Span]:
        return iter(self.spans)

    def __len__(self) -> int:
        return len(self.spans)

    def __getitem__(self, i):
        return self.spans[i]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Doc):
            return NotImplemented
        return (self.text, self.spans, self.id, self.published) == (other.text, other.spans, other.id, other.published)

    def __repr__(self) -> str:
        head = self.text[:30].replace("\n", " ")
        return f"<Doc {len(self.text)} chars, {len(self.spans)} spans: {head!r}{'…' if len(self.text) > 30 else ''}>"

    def __getstate__(self):
        return {"text": self.text, "spans": self.spans, "id": self.id, "published": self.published, "facts": self.facts,
                "meta": self.meta}

    def __setstate__(self, state):
        self.__init__(**state)

    # -- display (see display.py) -----------------------------------------------------------
    def _repr_html_(self) -> str:
        """Notebook view: highlighted spans, legend, tooltips, facts."""
        from .display import render

        return render(self)

    def to_displacy(self) -> dict[str, Any]:
        """displaCy "manual" dict: ``displacy.render(doc.to_displacy(), style="ent", manual=True)``."""
        from .display import to_displacy

        return to_displacy(self)

    # -- serialisation -------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The document in the gold JSON Lines format."""
        d: dict[str, Any] = {"id": self.id, "text": self.text, "meta": dict(self.meta or {})}
        if self.published:
            d["meta"]["published"] = self.published
        d["spans"] = [s.to_dict() for s in self.spans]
        if self.facts:
            d["facts"] = [dict(f) for f in self.facts]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Doc":
        meta = d.get("meta") or {}
        return cls(
            text=d["text"],
            spans=tuple(Span.from_dict(s) for s in d.get("spans", ())),
            id=d.get("id"),
            published=meta.get("published") or d.get("published"),
            facts=tuple(d.get("facts", ())),
            meta=record_meta(d),
        )
