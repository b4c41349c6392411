"""The extraction pipeline: normalise -> match (figures, entities) -> resolve -> map back -> link."""

from __future__ import annotations

import datetime as _dt
import itertools
import math
import os
from typing import Any, Callable, Iterable, Iterator, Sequence

from .candidate import Candidate, Context
from .doc import Doc, Span, make_span
from .entities import EntityMatcher
from .facts import link
from .figures import FigureMatcher
from .normalise import Normalised, Normaliser
from .resolve import resolve
from .segment import Segmenter

__all__ = ["Extractor", "extract", "parse_published"]


def parse_published(published: Any) -> _dt.date | None:
    """Accept ``None``, a ``date``/``datetime`` (``pd.Timestamp`` too), ISO text ``YYYY-MM-DD``
    (optionally with an ISO time), and missing values (``""``, NaN, ``pd.NaT``, ``pd.NA``) as None."""
    if published is None:
        return None
    if type(published).__name__ in ("NaTType", "NAType"):  # pandas missing values
        return None
    if isinstance(published, float) and math.isnan(published):
        return None
    if isinstance(published, _dt.datetime):
        return published.date()
    if isinstance(published, _dt.date):
        return published
    if isinstance(published, str):
        s = published.strip()
        if not s:
            return None
        try:
            return _dt.date.fromisoformat(s)
        except ValueError:
            pass
        try:
            return _dt.datetime.fromisoformat(s).date()
        except ValueError:
            raise ValueError(f"published must be YYYY-MM-DD, got {published!r}") from None
    if getattr(getattr(published, "dtype", None), "kind", None) == "M":  # numpy.datetime64
        text = str(published)
        return None if text == "NaT" else parse_published(text[:10])
    raise TypeError(f"published must be a date or YYYY-MM-DD text, got {type(published).__name__}")


class Extractor:
    """A reusable, picklable extractor.

    >>> ex = Extractor()
    >>> doc = ex.extract("项目总投资约140亿元。")
    >>> [(s.label, s.text, s.value) for s in doc.figures]
    [('MONEY', '约140亿元', 14000000000)]

    ``model=False`` runs the entity layer on lexicons and rules only (no statistical model);
    a path loads another model file trained by ``scripts/train_ner.py``.
    ``link=False`` skips the linking stage (division codes, canonical names; see
    ``luoyang_nlp.link``): spans then carry no ``kb_id`` or ``canonical``.
    """

    def __init__(
        self,
        *,
        lexicons: Sequence[str | os.PathLike] | None = None,
        converter: str = "opencc",
        jieba_cache_dir: str | os.PathLike | None = None,
        figures: bool = True,
        entities: bool = True,
        facts: bool = True,
        backend: str = "default",
        hanlp_model: str | os.PathLike | None = None,
        allow_download: bool = False,
        model: Any = True,
        link: bool = True,
    ) -> None:
        self.normaliser = Normaliser(converter)
        self.segmenter = Segmenter(cache_dir=jieba_cache_dir)
        self.matchers: list = []
        self.entity_matcher: EntityMatcher | None = None
        if figures:
            self.matchers.append(FigureMatcher())
        if entities:
            self.entity_matcher = EntityMatcher(lexicons=lexicons, segmenter=self.segmenter, model=model)
            self.matchers.append(self.entity_matcher)
        if backend == "hanlp":
            from .backends.hanlp import HanLPMatcher

            self.matchers.append(HanLPMatcher(hanlp_model, allow_download=allow_download))
        elif backend != "default":
            raise ValueError(f"unknown backend {backend!r}; choose 'default' or 'hanlp'")
        self.backend = backend
        self.link_facts = facts
        self.link_ids = link and entities
        self._linker = None

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state["_linker"] = None  # rebuilt on first use (tables of a few thousand names)
        return state

    @property
    def linker(self):
        """The linking stage (``luoyang_nlp.link.Linker``), built on first use."""
        if self._linker is None:
            from .entities.lexicon import default_lexicon_paths, load_lexicon
            from .link import Linker

            m = self.entity_matcher
            entries = [e for p in default_lexicon_paths() for e in load_lexicon(p)] if m is None or m.defaults else []
            self._linker = Linker(entries + (list(m._custom) if m is not None else []))
        return self._linker

    def add_entries(self, entries) -> None:
        """Add lexicon entries to this live extractor: ``(name, label)`` or
        ``(name, label, aliases)`` tuples, or dicts with those keys."""
        if self.entity_matcher is None:
            raise ValueError("this extractor was built with entities=False")
        self.entity_matcher.add_entries(entries)
        self._linker = None

    # -- stages ------------------------------------------------------------------------
    def normalise(self, text: str) -> Normalised:
        return self.normaliser(text)

    def match(self, norm: Normalised, ctx: Context) -> list[Candidate]:
        """Candidates of every matcher; a figure whose value is not a finite float
        (a 400-digit number, NaN) is dropped, so every returned value fits JSON and float."""
        cands: list[Candidate] = []
        for matcher in self.matchers:
            got = matcher(norm.text, ctx)
            if not getattr(matcher, "finite_values", False):  # ours say their values fit a float
                got = [c for c in got if c.value is None and c.low is None and c.high is None
                       or _finite(c.value) and _finite(c.low) and _finite(c.high)]
            cands.extend(got)
        return cands

    def resolve(self, cands: list[Candidate], norm: Normalised) -> list[Candidate]:
        return resolve(cands, norm.text)

    @staticmethod
    def map_back(chosen: Iterable[Candidate], norm: Normalised, offset: int = 0,
                 texts: dict | None = None) -> list[Span]:
        """Spans over the original text, their positions moved by ``offset`` (a piece of a
        longer text); with ``texts``, one string object per distinct span text."""
        spans = []
        original = norm.original
        span = make_span
        if len(norm.nstart) == 1 and norm.nlen[0] == norm.olen[0]:  # one-to-one map: shift only
            off = norm.ostart[0] - norm.nstart[0]
            if texts is None and not offset:  # a whole text: the common case
                for c in chosen:  # c[0], c[1] …: a Candidate's start, end, label, value, unit, qualifier, low, high
                    s, e = c[0] + off, c[1] + off
                    spans.append(span(original[s:e], c[2], s, e, c[3], c[4], c[5], c[6], c[7]))
                return spans
        else:
            off = None
        to_original = norm.to_original
        one = texts.setdefault if texts is not None else None
        for c in chosen:
            s, e = (c[0] + off, c[1] + off) if off is not None else to_original(c[0], c[1])
            t = original[s:e]
            if one is not None:
                t = one(t, t)
            spans.append(span(t, c[2], s + offset, e + offset, c[3], c[4], c[5], c[6], c[7]))
        return spans

    # -- public ------------------------------------------------------------------------
    def extract(self, text: str, *, published: Any = None, id: str | None = None) -> Doc:
        """Typed spans of ``text``; ``published`` (YYYY-MM-DD) resolves relative dates."""
        return self._extract(text, published, id)

    def _extract(self, text: str, published: Any, id: str | None, norm: Normalised | None = None,
                 proposals: list | None = None) -> Doc:
        """``extract``, optionally with the text already normalised and the statistical
        model's proposals already computed (``pipe`` computes them a batch at a time)."""
        if not isinstance(text, str):
            raise TypeError(f"extract() expects str, got {type(text).__name__}")
        pub = parse_published(published)
        if len(text) > self.chunk_chars:
            return self._extract_chunked(text, pub, id)
        if not text:
            return Doc(text, (), id=id, published=pub.isoformat() if pub else None, _tokenizer=self.segmenter)
        spans, facts = self._piece(text, pub, norm, proposals)
        return Doc(text, tuple(spans), id=id, published=pub.isoformat() if pub else None,
                   facts=tuple(facts), _tokenizer=self.segmenter)

    def _piece(self, text: str, pub: _dt.date | None, norm: Normalised | None = None,
               proposals: list | None = None, names_out: list | None = None,
               offset: int = 0, texts: dict | None = None) -> tuple[list[Span], list]:
        """Spans (in the resolver's order) and facts of a text taken in one pass. For a
        piece of a long text: positions (of spans and facts' references) are moved by
        ``offset``, span texts shared through ``texts``, and the spans are not linked: their
        normalised texts are appended to ``names_out``, in the same order, for linking the
        whole document once."""
        norm = norm or self.normalise(text)
        ctx = Context(published=pub, extras={"segmenter": self.segmenter})
        if proposals is not None:
            ctx.extras["model_proposals"] = proposals
        chosen = self.resolve(self.match(norm, ctx), norm)
        spans = self.map_back(chosen, norm, offset, texts)
        facts = link(norm, chosen, spans, ctx) if self.link_facts else []  # refers by span positions
        if self.link_ids:
            ntext = norm.text
            names = [ntext[c.start:c.end] for c in chosen]
            if names_out is None:
                spans = self.linker(spans, names)
            else:
                names_out.extend(names)
        return spans, facts

    __call__ = extract

    #: texts longer than this are extracted piece by piece, cut at paragraph or sentence
    #: boundaries (``chunks.bounds``), so time and memory stay linear in the length
    chunk_chars = 10_000

    def _extract_chunked(self, text: str, pub: _dt.date | None, id: str | None) -> Doc:
        from .chunks import bounds, share_refs

        spans: list[Span] = []
        facts: list = []
        names: list[str] = []  # normalised span texts, for linking the document once
        texts: dict[str, str] = {}  # one object per distinct span text (a long text repeats them)
        for s, e in bounds(text, self.chunk_chars):
            n = len(names)
            part_spans, part_facts = self._piece(text[s:e], pub, names_out=names, offset=s, texts=texts)
            spans += part_spans
            names[n:] = [texts.setdefault(t, t) for t in names[n:]]
            facts += share_refs(part_facts, {})  # a piece's facts share their equal references
        if self.link_ids:  # one document: places and names resolve across its pieces
            spans = self.linker(spans, names)
        return Doc(text, tuple(spans), id=id, published=pub.isoformat() if pub else None,
                   facts=tuple(facts), _tokenizer=self.segmenter)

    def _unpack(self, item: Any) -> tuple[str, _dt.date | None, str | None]:
        """A ``pipe()`` item as ``(text, published, id)``, validated."""
        if isinstance(item, str):
            return item, None, None
        if isinstance(item, dict):
            if not isinstance(item.get("text"), str):
                raise TypeError("pipe() dict items need a 'text' string")
            meta = item.get("meta")
            if meta is None:
                meta = {}
            elif not isinstance(meta, dict):
                raise TypeError(f"pipe() item 'meta' must be a dict, got {type(meta).__name__}")
            published = item.get("published")
            if published is None or published == "":
                published = meta.get("published")
            return item["text"], parse_published(published), item.get("id")
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str) and isinstance(item[1], dict):
            return item[0], parse_published(item[1].get("published")), item[1].get("id")
        raise TypeError(f"pipe() items must be str, a dict with 'text', or (text, meta); got {type(item).__name__}")

    @staticmethod
    def _meta(item: Any) -> dict:
        """The metadata a ``pipe()`` item carries (url, source, extra keys), for ``Doc.meta``."""
        from .doc import record_meta

        if isinstance(item, dict):
            return record_meta(item)
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], dict):
            return record_meta(item[1])
        return {}

    def _extract_item(self, item: Any) -> Doc:
        text, published, id_ = self._unpack(item)
        doc = self.extract(text, published=published, id=id_)
        doc.meta = self._meta(item)
        return doc

    def _pipe_serial(self, texts: Iterable[Any], batch_size: int, on_error=None,
                     timeout: float | None = None) -> Iterator[Doc]:
        """``pipe`` in this process: the statistical model tags a batch of texts in one
        vectorised call (about 3x its speed one text at a time); the rest runs per text.
        A bad item raises at its place in the order, after the documents before it, or is
        reported to ``on_error`` and skipped."""
        from .parallel import _item_id, time_limit

        model = self.entity_matcher.statistical_model if self.entity_matcher is not None else None
        if type(self).extract is not Extractor.extract:
            model = None  # a subclass's own extract() is called for every document
        it = iter(texts)
        while True:
            batch = list(itertools.islice(it, batch_size))
            if not batch:
                return
            ready = []
            for item in batch:
                try:
                    text, published, id_ = self._unpack(item)
                    norm = (self.normalise(text) if model is not None and len(batch) > 1 and text
                            and len(text) <= self.chunk_chars else None)
                    ready.append((item, text, published, id_, norm, None))
                except Exception as exc:  # raised or reported below, in order
                    ready.append((item, None, None, None, None, exc))
            todo = [r[4].text for r in ready if r[4] is not None]
            try:
                found = iter(model.predict_many(todo)) if todo else iter(())
            except Exception:  # the model then runs per document, where an error is reported
                found, ready = iter(()), [r[:4] + (None, r[5]) for r in ready]
            for item, text, published, id_, norm, exc in ready:
                proposals = next(found) if norm is not None else None
                try:
                    if exc is not None:
                        raise exc
                    with time_limit(timeout):
                        doc = (self._extract(text, published, id_, norm, proposals) if norm is not None
                               else self.extract(text, published=published, id=id_))
                    doc.meta = self._meta(item)
                except Exception as err:
                    if on_error is None:
                        raise
                    on_error(_item_id(item), err)
                    continue
                yield doc

    def warm_up(self) -> "Extractor":
        """Load everything that loads lazily (rules, lexicons) now, not on the first text."""
        # one of each kind of figure, names, and a count of an uncommon noun (facts may
        # tag that one with jieba.posseg, whose dictionary then loads here)
        self.extract("2024年10月9日，洛阳市委书记王建国在伊滨区调研。该项目总投资约140亿元，占地162亩，"
                     "年产能60GWh，同比增长5.2%，建成12座变电站，工期8个月。", published="2024-10-09")
        return self

    def pipe(self, texts: Iterable[Any], *, n_process: int = 1, batch_size: int = 64,
             on_error: Callable[[Any, BaseException], None] | None = None,
             timeout: float | None = None) -> Iterator[Doc]:
        """Extract from many texts, yielding Docs in input order.

        Items are strings, dicts with ``text`` (and optional ``id``, ``published``), or
        ``(text, {"id":…, "published":…})`` tuples. ``n_process > 1`` fans out to worker
        processes (``-1`` means one per CPU); they return spans, not texts, and at most a
        few batches are in flight, so an endless stream runs in bounded memory.

        An invalid item or a failing document raises (after every earlier Doc was yielded),
        unless ``on_error(id, exception)`` is given: then it is called and the item skipped.
        ``timeout`` limits the seconds per document (POSIX; the overrun is a ``TimeoutError``).
        """
        from .parallel import _item_id, parallel_pipe, time_limit

        if n_process == -1:
            n_process = os.cpu_count() or 1
        if n_process < 1:
            raise ValueError("n_process must be >= 1 or -1")
        if batch_size < 1:
            raise ValueError("batch_size must be >= 1")
        if n_process == 1:
            yield from self._pipe_serial(texts, batch_size, on_error, timeout)
            return

        def prepare(item):
            text, published, id_ = self._unpack(item)
            return text, published, id_, self._meta(item)

        yield from parallel_pipe(self, texts, n_process=n_process, batch_size=batch_size,
                                 prepare=prepare, on_error=on_error, timeout=timeout)


_FLOAT_MAX = 1.7976931348623157e308


def _finite(v: Any) -> bool:
    if isinstance(v, float):
        return math.isfinite(v)
    if isinstance(v, int):
        return -_FLOAT_MAX < v < _FLOAT_MAX
    return True


_default: Extractor | None = None


def extract(text: str, *, published: Any = None, id: str | None = None) -> Doc:
    """Extract typed spans from ``text`` with a shared default ``Extractor``."""
    global _default
    if not isinstance(text, str):
        raise TypeError(f"extract() expects str, got {type(text).__name__}")
    if _default is None:
        _default = Extractor()
    return _default.extract(text, published=published, id=id)
