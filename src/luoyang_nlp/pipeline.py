"""The extraction pipeline: normalise -> match (figures, entities) -> resolve -> link (identities)
-> map back (each span made once, with its identities) -> facts."""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import gc
import itertools
import math
import os
from typing import Any, Callable, Iterable, Iterator, Sequence

from .candidate import Candidate, Context
from .doc import LABEL_SET, Doc, Span, SpanSlots, make_span
from .entities import EntityMatcher
from .facts import link
from .figures import FigureMatcher, fits_float
from .normalise import Normalised, Normaliser
from .resolve import resolve
from .segment import Segmenter

__all__ = ["Extractor", "extract", "parse_published"]

_NO_IDS: tuple = ()  # a span without identities (map back)


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
            cands.extend(_candidates(matcher, norm, ctx))
        return cands

    def resolve(self, cands: list[Candidate], norm: Normalised) -> list[Candidate]:
        return resolve(cands, norm.text)

    @staticmethod
    def map_back(chosen: Iterable[Candidate], norm: Normalised, offset: int = 0,
                 texts: dict | None = None, ids: dict[int, tuple] | None = None) -> list[Span]:
        """Spans over the original text, their positions moved by ``offset`` (a piece of a
        longer text); with ``texts``, one string object per distinct span text; with ``ids``
        (``Linker.identities``: index -> kb_id, canonical, kb_level, kb_parents), the
        identities of the spans that link."""
        slots = SpanSlots
        if slots is None:
            return _map_back_checked(chosen, norm, offset, texts, ids)
        spans: list[Span] = []
        append = spans.append
        original = norm.original
        nstart, ostart, nlen, olen = norm.nstart, norm.ostart, norm.nlen, norm.olen
        # a one-to-one map shifts only; else each end is looked up as ``Normalised.char_range`` does
        off = ostart[0] - nstart[0] if len(nstart) == 1 and nlen[0] == olen[0] else None
        n = len(norm.text)
        direct = type(norm) is Normalised
        one = texts.setdefault if texts is not None else None
        ids = ids or None
        labels, span_class, bisect_right = LABEL_SET, Span, bisect.bisect_right
        for i, c in enumerate(chosen):
            s, e, label, value, unit, qualifier, low, high = c[:8]  # a Candidate's fields before priority, source
            if off is not None:
                s, e = s + off, e + off
            elif direct and s.__class__ is int and e.__class__ is int and 0 <= s < e <= n:
                p = bisect_right(nstart, s) - 1
                q = bisect_right(nstart, e - 1) - 1
                s = ostart[p] + s - nstart[p] if nlen[p] == olen[p] else ostart[p]
                e = ostart[q] + e - nstart[q] if nlen[q] == olen[q] else ostart[q] + olen[q]
            else:
                s, e = norm.to_original(s, e)
            t = original[s:e]
            if one is not None:
                t = one(t, t)
            if offset:
                s, e = s + offset, e + offset
            got = ids.get(i, _NO_IDS) if ids is not None else _NO_IDS
            # Span.__post_init__'s checks; a span that could fail one is made by make_span, which raises as Span does
            if label.__class__ is str and label in labels and 0 <= s < e and len(t) == e - s \
                    and (got is _NO_IDS or (got.__class__ is tuple and len(got) == 4)):
                span = slots()  # filled, then made a Span (doc.SpanSlots)
                span.text = t
                span.label = label
                span.start = s
                span.end = e
                span.value = value
                span.unit = unit
                span.qualifier = qualifier
                span.low = low
                span.high = high
                if got is _NO_IDS:
                    span.kb_id = span.canonical = span.kb_level = None
                    span.kb_parents = ()
                else:
                    span.kb_id, span.canonical, span.kb_level, span.kb_parents = got
                span.__class__ = span_class
                append(span)
            else:
                append(make_span(t, label, s, e, value, unit, qualifier, low, high, *got))
        return spans

    # -- public ------------------------------------------------------------------------
    def extract(self, text: str, *, published: Any = None, id: str | None = None) -> Doc:
        """Typed spans of ``text``; ``published`` (YYYY-MM-DD) resolves relative dates."""
        with _collector_paused():
            return self._extract(text, published, id)

    def _extract(self, text: str, published: Any, id: str | None, norm: Normalised | None = None,
                 proposals: list | None = None) -> Doc:
        """``extract``, optionally with the text already normalised and the statistical
        model's proposals already computed."""
        if not isinstance(text, str):
            raise TypeError(f"extract() expects str, got {type(text).__name__}")
        pub = parse_published(published)
        if len(text) > self.chunk_chars:
            return self._extract_chunked(text, pub, id)
        if not text:
            return self._doc(text, (), pub, id, ())
        spans, facts = self._piece(text, pub, norm, proposals)
        return self._doc(text, spans, pub, id, facts)

    def _doc(self, text: str, spans: Iterable[Span], pub: _dt.date | None, id: str | None, facts: Iterable) -> Doc:
        # by position: text, spans, id, published, facts, meta, _tokens, _tokenizer
        return Doc(text, tuple(spans), id, pub.isoformat() if pub else None, tuple(facts), {}, None, self.segmenter)

    def _piece(self, text: str, pub: _dt.date | None, norm: Normalised | None = None,
               proposals: list | None = None, names_out: list | None = None,
               offset: int = 0, texts: dict | None = None) -> tuple[list[Span], list]:
        """Spans (in the resolver's order) and facts of a text taken in one pass. For a
        piece of a long text: positions (of spans and facts' references) are moved by
        ``offset``, span texts shared through ``texts``, and the spans are not linked: their
        normalised texts are appended to ``names_out``, in the same order, for linking the
        whole document once."""
        w = _Work(text, pub, norm, proposals, offset, texts, names_out)
        for stage in self._stages():
            stage(w)
        return w.spans, w.facts

    def _stages(self) -> list[Callable[["_Work"], None]]:
        """The stages in order, each a function of one ``_Work``: normalise (and the text's
        context), a stage per matcher (one for all when a subclass has its own ``match``),
        resolve, linking (identities, made into the spans by map back), map back, facts."""
        if type(self).match is Extractor.match:
            matching = [functools.partial(_match_one, m) for m in self.matchers]
        else:
            matching = [self._match_all]
        return [self._prepare, *matching, self._resolve, self._identify, self._map_back, self._facts]

    def _prepare(self, w: "_Work") -> None:
        if w.norm is None:
            w.norm = self.normalise(w.text)
        w.ctx = Context(w.pub, {"segmenter": self.segmenter})
        if w.proposals is not None:
            w.ctx.extras["model_proposals"] = w.proposals

    def _match_all(self, w: "_Work") -> None:
        w.cands = self.match(w.norm, w.ctx)

    def _resolve(self, w: "_Work") -> None:
        w.chosen = self.resolve(w.cands, w.norm)

    def _map_back(self, w: "_Work") -> None:
        w.spans = self.map_back(w.chosen, w.norm, w.offset, w.texts, w.ids)

    def _facts(self, w: "_Work") -> None:
        w.facts = link(w.norm, w.chosen, w.spans, w.ctx) if self.link_facts else []

    def _identify(self, w: "_Work") -> None:
        """Linking: the identities of the chosen spans (map back makes each span once, with
        them); for a piece of a long text, their names for linking the whole document once."""
        if self.link_ids:
            ntext = w.norm.text
            names = [ntext[c[0]:c[1]] for c in w.chosen]
            if w.names_out is None:
                w.ids = self.linker.identities([c[2] for c in w.chosen], names)
            else:
                w.names_out.extend(names)

    def _extract_many(self, jobs: Sequence[tuple[str, _dt.date | None, str | None]]) -> list:
        """``extract`` of several ``(text, published date, id)``, one result per job in order: its
        Doc, or the exception its text raised (the others go on). Each stage runs over every
        text before the next starts, so its tables and code stay in the processor's caches,
        and the statistical model tags the texts in one call (measured on the figure-dense
        texts of benchmarks/run.py: 1.2-1.35x extract one text at a time)."""
        if type(self).extract is not Extractor.extract:  # a subclass's own, for every text
            return [_attempt(lambda job: self.extract(job[0], published=job[1], id=job[2]), job) for job in jobs]
        with _collector_paused():
            return self._extract_batch(jobs)

    def _extract_batch(self, jobs: Sequence[tuple[str, _dt.date | None, str | None]]) -> list:
        out: list = [None] * len(jobs)
        works: list[tuple[int, _Work]] = []
        for i, (text, pub, id_) in enumerate(jobs):
            if isinstance(text, str) and text and len(text) <= self.chunk_chars:
                works.append((i, _Work(text, pub)))
            else:  # empty, long (in pieces) or not text: one at a time
                out[i] = _attempt(self._extract, text, pub, id_)
        stages = self._stages()
        works = self._run_stage(stages[0], works, out)
        model = self.entity_matcher.statistical_model if self.entity_matcher is not None else None
        if model is not None and len(works) > 1:
            try:
                for (_, w), found in zip(works, model.predict_many([w.norm.text for _, w in works])):
                    w.ctx.extras["model_proposals"] = found
            except Exception:  # the matcher then runs the model per text, where an error is reported
                pass
        for stage in stages[1:]:
            works = self._run_stage(stage, works, out)
        for i, w in works:
            out[i] = _attempt(self._doc, w.text, w.spans, w.pub, jobs[i][2], w.facts)
        return out

    @staticmethod
    def _run_stage(stage: Callable[["_Work"], None], works: list, out: list) -> list:
        """``stage`` on each work; those that raise leave with their exception in ``out``."""
        kept = []
        for i, w in works:
            try:
                stage(w)
            except Exception as exc:
                out[i] = exc
                continue
            kept.append((i, w))
        return kept

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
        """``pipe`` in this process, a batch at a time (``_extract_jobs``). A bad item raises
        at its place in the order, after the documents before it, or is reported to
        ``on_error`` and skipped."""
        from .parallel import _item_id

        it = iter(texts)
        while True:
            batch = list(itertools.islice(it, batch_size))
            if not batch:
                return
            jobs = [_attempt(self._unpack, item) for item in batch]
            ok = [k for k, j in enumerate(jobs) if not isinstance(j, BaseException)]
            for k, got in zip(ok, self._extract_jobs([jobs[k] for k in ok], timeout)):
                jobs[k] = got
            for item, got in zip(batch, jobs):
                try:
                    if isinstance(got, BaseException):
                        raise got
                    got.meta = self._meta(item)
                except Exception as err:
                    if on_error is None:
                        raise
                    on_error(_item_id(item), err)
                    continue
                yield got

    def _extract_jobs(self, jobs: Sequence[tuple[str, _dt.date | None, str | None]],
                      timeout: float | None = None) -> list:
        """``_extract_many`` (stage by stage); with a ``timeout``, each text on its own within
        that many seconds. One Doc or exception per job, in order (``pipe`` and its workers)."""
        if timeout is None:
            return self._extract_many(jobs)
        from .parallel import time_limit

        def one(job: tuple[str, _dt.date | None, str | None]) -> Doc:
            with time_limit(timeout):
                return self.extract(job[0], published=job[1], id=job[2])

        return [_attempt(one, job) for job in jobs]

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
        ``timeout`` limits the seconds per document (POSIX; the overrun is a ``TimeoutError``);
        without one, each batch runs stage by stage (every text through a stage before the
        next: about 1.3x ``extract`` one text at a time, the same output).
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


class _Work:
    """One text on its way through ``Extractor._stages``: what each stage has made of it."""

    __slots__ = ("text", "pub", "norm", "proposals", "offset", "texts", "names_out", "ctx", "cands",
                 "chosen", "ids", "spans", "facts")

    def __init__(self, text: str, pub: _dt.date | None, norm: Normalised | None = None,
                 proposals: list | None = None, offset: int = 0, texts: dict | None = None,
                 names_out: list | None = None) -> None:
        self.text, self.pub, self.norm, self.proposals = text, pub, norm, proposals
        self.offset, self.texts, self.names_out = offset, texts, names_out
        self.ctx: Any = None
        self.cands: list[Candidate] = []
        self.chosen: list[Candidate] = []
        self.ids: dict[int, tuple] | None = None  # Linker.identities of the chosen spans
        self.spans: list[Span] = []
        self.facts: list = []


def _match_one(matcher: Any, w: _Work) -> None:
    w.cands.extend(_candidates(matcher, w.norm, w.ctx))


def _candidates(matcher: Any, norm: Normalised, ctx: Context) -> list[Candidate]:
    """One matcher's candidates. Unless it says its values fit a float (``finite_values``), a
    figure whose value does not (a 400-digit number, NaN) is dropped, so every value
    ``extract`` returns fits JSON and float."""
    got = matcher(norm.text, ctx)
    return got if getattr(matcher, "finite_values", False) else [c for c in got if fits_float(c)]



def _map_back_checked(chosen: Iterable[Candidate], norm: Normalised, offset: int = 0,
                      texts: dict | None = None, ids: dict[int, tuple] | None = None) -> list[Span]:
    """``Extractor.map_back`` by a call of ``make_span`` (and of ``Normalised.to_original``
    unless the map only shifts) per span: the reference of the direct path, and the path where
    ``doc.SpanSlots`` does not apply."""
    spans = []
    original = norm.original
    span = make_span
    if len(norm.nstart) == 1 and norm.nlen[0] == norm.olen[0]:  # one-to-one map: shift only
        off = norm.ostart[0] - norm.nstart[0]
    else:
        off = None
    to_original = norm.to_original
    one = texts.setdefault if texts is not None else None
    ids = ids or {}
    for i, c in enumerate(chosen):
        s, e = (c[0] + off, c[1] + off) if off is not None else to_original(c[0], c[1])
        t = original[s:e]
        if one is not None:
            t = one(t, t)
        spans.append(span(t, c[2], s + offset, e + offset, c[3], c[4], c[5], c[6], c[7], *ids.get(i, ())))
    return spans


class _collector_paused:
    """A ``with`` block during which Python's cyclic garbage collector does not run: the
    pipeline's temporaries are freed by reference counting as they go, and a collection pass
    in the middle of a text only walks them (measured on the figure-dense texts of
    benchmarks/run.py: 1.04-1.09x for a batch, 1.03-1.04x for one text at a time). The
    collector is enabled again at the end, also after an error, unless it was off before."""

    __slots__ = ("collecting",)

    def __enter__(self) -> None:
        self.collecting = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: Any) -> None:
        if self.collecting:
            gc.enable()


def _attempt(fn: Callable[..., Any], *args: Any) -> Any:
    """``fn(*args)``, or the exception it raised."""
    try:
        return fn(*args)
    except Exception as exc:
        return exc


_default: Extractor | None = None


def extract(text: str, *, published: Any = None, id: str | None = None) -> Doc:
    """Extract typed spans from ``text`` with a shared default ``Extractor``."""
    global _default
    if not isinstance(text, str):
        raise TypeError(f"extract() expects str, got {type(text).__name__}")
    if _default is None:
        _default = Extractor()
    return _default.extract(text, published=published, id=id)
