"""The word tables behind facts (``data/metrics.tsv``, ``stages.tsv``, ``references.tsv``),
loaded once on first use, and part-of-speech tags for counted nouns."""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

import ahocorasick_rs

from ..candidate import Context
from .text import Words

__all__ = ["metric_key", "metric_table", "split_growth", "growth_base", "stage_words_in", "place_refs_in", "tables", "max_ref_len", "pos_cut", "one_word_tag",
           "clear_pos_cache", "OWNER_LABELS", "FACT_FIGURES"]

# Labels an owner (a fact's subject) may have, and the figures that get a fact (all but DATE).
OWNER_LABELS: Final = frozenset({"PROJECT", "COMPANY", "PLACE", "ORG"})
FACT_FIGURES: Final = frozenset({"MONEY", "ENERGY", "POWER", "AREA", "LENGTH", "MASS", "PERCENT", "COUNT", "DURATION"})


@dataclass(frozen=True)
class _Tables:
    metrics: dict  # term -> (key, owner)
    report: dict  # term -> the metric reported for it (年产 -> 年产能), when it differs
    modifiers: frozenset  # words kept in front of a measure (年度, 累计, 人均 …)
    stop_re: "re.Pattern[str]"  # words a measure never extends over (的, 全市, 该项目, 比 …)
    growth: dict  # term -> key
    fillers: Words  # words stripped off a measure's end (strip_right)
    prefixes: Words  # words stripped off a free measure's start (strip_left)
    stages: dict  # term -> stage
    references: dict  # term -> (label, suffix)
    stage_re: "re.Pattern[str]"  # every stage word, longest first
    growth_words: tuple  # longest first
    connectives: tuple  # read past at a clause start (其中, 同时 …), longest first
    speech: tuple  # verbs ending a clause whose owner only speaks (介绍, 表示 …)
    place_ref_re: "re.Pattern[str]"  # words standing for a place of a level (全市, 我省, 该区)
    ref_initials: frozenset  # characters that may open a clause with a referring word
    place_refs_apart: bool  # no place word can start inside another: their matches never overlap
    filler_set: frozenset  # fillers, prefixes, connectives as sets, for membership tests
    prefix_set: frozenset
    connective_set: frozenset
    connective_re: "re.Pattern[str]"  # a connective opening a string, longest first
    metric_words: Words  # the measures, for longest suffix and prefix look-ups
    growth_suffixes: Words  # the growth words, the same way (its set, longest length, last characters)
    stage_words: tuple  # the stage words, and an automaton finding them as stage_re does (leftmost-longest)
    stage_ac: Any
    place_ref_ac: Any  # an automaton finding the place words where place_ref_re matches (leftmost-longest)
    project_measures: frozenset  # the terms of a project's own measures (rules/project_measures.tsv keys)
    measure_nouns: frozenset  # measures jieba tags as verbs (收入, 支出): one alone still names a measure
    reports: tuple  # verbs of publishing ending a clause whose ORG only reports figures (统计局发布,)
    rates: Words  # words for the rate of change of a measure (增速, 增幅: GDP增速)
    rate_words: tuple  # the rate words in the order of metrics.tsv (the first names a rate's change)
    growth_forms: Words  # the growth words and the forms reported for them (增长, 加快, 增速加快)
    connective_initials: frozenset  # the first characters of the connectives: connective_re matches no other


@lru_cache(maxsize=1)
def tables() -> _Tables:
    from ..resources import data_path, project_measures, read_tsv

    metrics, growth, fillers, prefixes, report, modifiers, nouns = {}, {}, [], [], {}, set(), set()
    rates: list[str] = []
    for row in read_tsv(data_path("metrics.tsv")):
        term, role = row["term"], row["role"]
        if role == "metric":
            metrics[term] = (row["key"], row.get("owner") or None)
            if row.get("report"):
                report[term] = row["report"]
        elif role == "modifier":
            modifiers.add(term)
        elif role == "growth":
            growth[term] = row["key"]
            if row.get("report"):
                report[term] = row["report"]
        elif role == "filler":
            fillers.append(term)
        elif role == "prefix":
            prefixes.append(term)
        elif role == "noun":
            nouns.add(term)
        elif role == "rate":
            rates.append(term)
        else:  # pragma: no cover - data error
            raise ValueError(f"metrics.tsv: unknown role {role!r} for {term!r}")
    stages = {r["term"]: r["stage"] for r in read_tsv(data_path("stages.tsv"))}
    refs, connectives, speech, reports = {}, [], [], []
    for r in read_tsv(data_path("references.tsv")):
        if r["label"] == "SKIP":
            connectives.append(r["term"])
        elif r["label"] == "SPEECH":
            speech.append(r["term"])
        elif r["label"] == "REPORT":
            reports.append(r["term"])
        else:
            refs[r["term"]] = (r["label"], r.get("suffix") or "")
    by_len = lambda xs: tuple(sorted(set(xs), key=len, reverse=True))  # noqa: E731
    stage_re = re.compile("|".join(re.escape(w) for w in sorted(stages, key=len, reverse=True)))
    place_refs = sorted((t for t, (label, _) in refs.items() if label in ("PLACE", "SCOPE")), key=len, reverse=True)
    initials = "".join(sorted({w[0] for w in place_refs}))
    # a plain alternation: a lookahead on the initials makes the scan slower, not faster;
    # a place word that begins a longer referring word of another kind is not one there
    # (该区 of 该区域, an unnamed area: GROUP)
    place_ref_re = re.compile("|".join(map(_place_ref_pattern(refs), place_refs)) if place_refs else "(?!)")
    # a measure never extends over 的, a comparison, or a word standing for an owner or a group
    # (全市, 该项目, 此次); a bare head noun (项目, 公司) is part of measures (重点项目完成投资)
    owner_words = {w for w, (label, _) in refs.items()
                   if label in ("PLACE", "SCOPE", "GROUP") or w.startswith(("该", "本", "我", "其"))}
    # (nor over the party a penalty falls on: 判处被告人有期徒刑 -> 有期徒刑; facts_cues.tsv penalised)
    from .cues import _PENALISED

    parties = {w for w in _PENALISED if len(w) > 1}
    stops = sorted(owner_words | parties | {w for w in connectives if len(w) > 1} | {"的", "比", "较", "同比", "环比"},
                   key=len, reverse=True)
    stop_re = re.compile("|".join(map(re.escape, stops)))
    return _Tables(metrics, report, frozenset(modifiers), stop_re, growth, Words(fillers), Words(prefixes), stages, refs, stage_re,
                   by_len(growth), by_len(connectives), by_len(speech), place_ref_re,
                   frozenset(w[0] for w in list(refs) + connectives) | frozenset("第一二三四五六七八九十0123456789“”\"'‘’「」『』《》()"),
                   not set(initials) & {ch for w in place_refs for ch in w[1:]},
                   frozenset(fillers), frozenset(prefixes), frozenset(connectives),
                   re.compile("|".join(map(re.escape, by_len(connectives))) or "(?!)"),
                   Words(metrics), Words(growth), tuple(stages), _leftmost_longest(stages), _leftmost_longest(place_refs),
                   frozenset(project_measures()[0]), frozenset(nouns), by_len(reports), Words(rates), tuple(rates),
                   Words(list(growth) + [report[w] for w in growth if w in report]),
                   frozenset(w[0] for w in connectives))


def _place_ref_pattern(refs: dict) -> Any:
    """The pattern of place word ``w``: ``w`` not followed by the character that makes it a
    longer referring word of another label in ``refs`` (该区 -> ``该区(?!域)``)."""
    def pattern(w: str) -> str:
        nexts = sorted({t[len(w)] for t, (label, _) in refs.items()
                        if len(t) > len(w) and t.startswith(w) and label not in ("PLACE", "SCOPE")})
        return re.escape(w) + ("(?![%s])" % "".join(map(re.escape, nexts)) if nexts else "")
    return pattern


def _leftmost_longest(words) -> Any:
    """An automaton finding ``words`` as an alternation of them, longest first, does: the
    longest word at the leftmost place, then on after it."""
    return ahocorasick_rs.AhoCorasick(list(words), matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST)


def stage_words_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of each stage word of ``text``, in order: ``stage_re``'s matches
    (the longest word at the leftmost place, then on after it), found by the automaton."""
    t = tables()
    try:
        return [(a, b, t.stage_words[i]) for i, a, b in t.stage_ac.find_matches_as_indexes(text)]
    except UnicodeEncodeError:  # a lone surrogate: the automaton reads UTF-8 only
        return [(m.start(), m.end(), m.group()) for m in t.stage_re.finditer(text)]


def place_refs_in(text: str) -> list[re.Match]:
    """``place_ref_re``'s matches in ``text``: the automaton finds where they start, and only
    there is the expression matched."""
    t = tables()
    try:
        found = t.place_ref_ac.find_matches_as_indexes(text)
    except UnicodeEncodeError:  # a lone surrogate: the automaton reads UTF-8 only
        return list(t.place_ref_re.finditer(text))
    match = t.place_ref_re.match
    return [m for _, a, _ in found if (m := match(text, a)) is not None]


def split_growth(metric: str) -> tuple[str, str | None]:
    """``GDP增长`` -> (``GDP``, ``增长``): a metric without its trailing growth word (the
    longest that leaves something before it)."""
    t = tables()
    words = t.growth_suffixes
    if metric[-1:] not in words.finals:  # the common case: no growth word can end it
        return metric, None
    if metric in words.set:  # a bare growth word stays whole (提升 is no 提 + 升)
        return metric, None
    for n in range(min(words.maxlen, len(metric) - 1), 0, -1):
        if metric[-n:] in words.set:
            return metric[:-n], metric[-n:]
    return metric, None


def growth_base(metric: str) -> str:
    """``metric`` without the growth word or reported growth form it ends with, ``""`` when it
    is nothing else (增长 -> "", 增速加快 -> "", GDP增速加快 -> GDP): what a later change of the
    same measure is written after (split_growth keeps a bare growth word whole)."""
    w = tables().growth_forms.suffix(metric)
    return metric[: len(metric) - len(w)] if w else metric


def metric_table() -> dict[str, tuple[str, str | None]]:
    """``term -> (canonical key, owner type or None)`` from ``data/metrics.tsv``."""
    return dict(tables().metrics)


def metric_key(metric: str | None) -> str | None:
    """Canonical key of a metric name: the table key; for a growth metric (``GDP增长``) the
    base key plus ``_growth``/``_decline``; ``None`` for unknown or missing metrics."""
    if not metric:
        return None
    t = tables()
    if metric in t.metrics:
        return t.metrics[metric][0]
    for term, written in t.report.items():
        if written == metric and term in t.metrics:
            return t.metrics[term][0]
    for word in t.growth_words:
        kind = t.growth[word]
        if metric.endswith(word):
            base = metric[: -len(word)]
            if not base:
                return kind
            if base in t.metrics:
                return f"{t.metrics[base][0]}_{kind}"
            return None
    return None


@lru_cache(maxsize=1)
def max_ref_len() -> int:
    return max(map(len, tables().references), default=0)




_POS_CACHE: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # segmenter -> {chunk: tags}
_LAST: tuple = (lambda: None, {})  # (weak reference to the last segmenter, its cache)
_POS_CACHE_MAX: Final = 50_000  # chunks remembered per segmenter (short phrases before figures recur)


def _segmenter_cache(ctx: Context | None) -> tuple[Any, dict | None]:
    """The shared segmenter of ``ctx`` and the tags remembered for it (None: no cache)."""
    seg = ctx.extras.get("segmenter") if ctx is not None else None
    if seg is None:
        from ..segment import default_segmenter

        seg = default_segmenter()
    global _LAST
    if _LAST[0]() is seg:  # the segmenter of the last call: skip the weak dictionary
        return seg, _LAST[1]
    try:
        cache = _POS_CACHE.setdefault(seg, {})
    except TypeError:  # a segmenter that cannot be weakly referenced: no cache
        return seg, None
    _LAST = (weakref.ref(seg), cache)
    return seg, cache


def pos_cut(text: str, ctx: Context) -> list[tuple[str, str]]:
    """Part-of-speech tokens of a short chunk (jieba.posseg's HMM=False tags) from the shared
    segmenter, remembered per segmenter."""
    seg, cache = _segmenter_cache(ctx)
    if cache is None:
        return seg.pos_cut(text)
    tags = cache.get(text)
    if tags is None:
        if len(cache) >= _POS_CACHE_MAX:
            cache.clear()
        tags = cache[text] = list(seg.pos_cut(text))
    return tags


def one_word_tag(text: str, ctx: Context) -> str | None:
    """The tag of ``text`` when ``pos_cut`` gives it as one word, else None. A phrase of
    several characters that is no dictionary word never is one, so it is not cut at all
    (jieba gives one word only for a dictionary word, one character or a run of ASCII)."""
    if len(text) > 1 and not text.isascii():
        seg, cache = _segmenter_cache(ctx)
        if (cache is None or text not in cache) and not seg.is_word(text):
            return None
    cut = pos_cut(text, ctx)
    return cut[0][1] if len(cut) == 1 else None


def clear_pos_cache() -> None:
    """Forget the tags ``pos_cut`` remembers, for every segmenter: benchmarks time text the
    stage has not seen (a corpus that repeats its documents would be served from memory)."""
    for cache in list(_POS_CACHE.values()):
        cache.clear()
    _LAST[1].clear()
