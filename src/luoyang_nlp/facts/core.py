"""One document's spans and text as the fact rules read them (``LinkerCore``): the spans in
order, their clauses and sentences, the owners, figures and dates among them, and the helpers,
dates and stages every rule set shares. The rule sets extend it in one line:
``LinkerCore`` <- ``SubjectRules`` (whose) <- ``MeasureRules`` (what) <- ``Linker``."""

from __future__ import annotations

import operator
import re
from typing import Final, Sequence

from ..candidate import Candidate, Context
from ..doc import Span
from ..normalise import Normalised
from .cues import (  # the rules' separators, cue words and shapes
    _LIST_AFTER,
    _DATELINE,
    _SOURCE_FIELD,
    _SOURCE_WORDS,
    _MEDIA_HEADS,
    _STAGE_CONDITION,
    _FUTURE_RE,
    _NOW_RE,
    _EVENT_REF,
    _HEADLINE,
    _EVENT_NAME,
    _STAGE_PLAN,
    _CHANGE_VERB,
    _COMPARED_WITH,
    _COMPARED_AFTER,
    _COMPARED,
    _WITH_ONE,
    _words,
)
from .tables import FACT_FIGURES, OWNER_LABELS, place_refs_in, stage_words_in, tables
from .text import QUOTES, Text, Words
from .text import bisect_left as _bisect_left, bisect_right as _bisect_right

__all__ = ["LinkerCore"]

_START, _END, _LABEL = operator.itemgetter(0), operator.itemgetter(1), operator.itemgetter(2)


_BOOK_TITLE: Final = re.compile(r"《[^《》\n]{0,80}》")


# A count of the divisions just listed (洛阳、南阳、新乡三市): its numeral and level characters.
_DIVISION_NUMERALS: Final = frozenset("一二两三四五六七八九十")
_DIVISION_LEVELS: Final = frozenset("省市县区镇乡")

# 建成|投产后, 建成并|运营后: up to three characters of a compound of stage verbs before its
# condition word (stage_condition)
_STAGE_THEN: Final = re.compile(r"[\u4e00-\u9fff]{1,3}?(?=%s)" % "|".join(map(re.escape, _STAGE_CONDITION)))
_SINCE_OPENERS: Final = "自从"  # 自2013年…以来: the start of a span of time, not the figure's date
_SINCE_CLOSER: Final = "以来"
_AS_OF: Final = ("截至", "截止", "到", "至")  # 截至目前: as of now in the period the date gives
_MAX_LIST_BACK: Final = 4  # clauses of a 、 list walked back for the plan word governing it


def _change_verb_words() -> Words | None:
    """The verbs of change (facts_cues.tsv change_to: 增加到, 降至) as ``Words``, when each one's
    last character stands nowhere else in any of them (到, 至): then ``_CHANGE_VERB``'s matches
    are the longest verb ending at each of those characters, none overlapping another; None
    when the words do not allow it (``change_verb_starts`` then scans by the expression)."""
    words = _words("change_to")
    finals = {w[-1] for w in words if w}
    if "" in words or any(ch in finals for w in words for ch in w[:-1]):
        return None
    return Words(words)


_CHANGE_WORDS: Final = _change_verb_words()


def change_verb_starts(text: str) -> list[int]:
    """Where ``_CHANGE_VERB`` matches in ``text`` (its ``finditer`` starts): looked up only at
    the verbs' last characters (found by ``str.find``), not by trying the expression at every
    character. (The tests compare both.)"""
    words = _CHANGE_WORDS
    if words is None:  # pragma: no cover - a data change the look-up cannot follow
        return [m.start() for m in _CHANGE_VERB.finditer(text)]
    ends: list[int] = []
    for ch in words.finals:
        i = text.find(ch)
        while i >= 0:
            ends.append(i)
            i = text.find(ch, i + 1)
    if not ends:
        return []
    ends.sort()
    out: list[int] = []
    n = words.maxlen
    for e in ends:
        w = words.suffix(text[max(0, e + 1 - n):e + 1])
        if w is not None:
            out.append(e + 1 - len(w))
    return out


class LinkerCore:
    """One document's spans and text. Works on candidates sorted by start (normalised offsets)
    and refers to spans by their original offsets; results are cached per figure and clause."""

    by_label_v: dict[str, tuple[list[int], list[int]]] | None = None
    _by_initial_v: dict[str, list[int]] | None = None
    _books_v: tuple[list[int], list[int]] | None = None
    _stages_v: tuple[list[tuple[int, int, str]], list[int]] | None = None
    _comparison_dates: dict[int, int] | None = None

    def __init__(self, norm: Normalised, chosen: Sequence[Candidate], spans: Sequence[Span], ctx: Context):
        self.t = tables()
        self.text = norm.text
        self.ctx = ctx
        self.tx = Text(norm.text)
        self.c, self.s, self.starts = self._sorted(chosen, spans)
        # (typed: compiled, the rules compare and slice with them natively, not through objects)
        self.ends: list[int] = list(map(_END, self.c))
        self.labels: list[str] = list(map(_LABEL, self.c))
        # each span's clause (start, end) and sentence start, asked for again and again by the rules
        self.ca, self.ce, self.sa = self.tx.locate(self.starts)
        # cue words the text has at all (a rule looking for one where the text has none is skipped)
        self._has_source = any(w in self.text for w in _SOURCE_WORDS)  # 来源：
        self._has_ordinal = "第" in self.text  # 第三批 (_BATCH)
        self._index_kinds()
        # flat: each span ends by the next one's start (as resolve() leaves them), so ends
        # are in order too and a run of spans between two offsets is a range of indexes
        self.flat = all(map(operator.le, self.ends, self.starts[1:]))
        # False: the rules skip nothing by a word's first or last characters (the plain scans
        # the prechecks stand for; the tests compare both)
        self.prechecks = True
        self._topics: dict[tuple, int | None] = {}
        self._refs: dict[int, tuple[str, str] | None] = {}
        self._metrics: dict[int, str | None] = {}
        self._joined_at: dict[int, list[int] | None] = {}  # figure -> the figures joined in its list
        self._list_words_at: dict[int, tuple[int, str]] = {}  # first figure of a 分别 list -> its words
        self._lo: dict[int, int] = {}  # figure -> where the words before it start
        self._resp: dict[int, tuple | None] = {}
        self._owner: dict[int, int | None] = {}
        self._own: dict[tuple, tuple[bool, int | None]] = {}
        self._actor: dict[tuple, bool] = {}
        # (typed in full: compiled, the rules unpack and index them natively)
        self._events: dict[int, tuple[tuple[bool, int | None] | None, tuple[tuple[str, int | None], ...]]] = {}
        # sentence start -> its speaking clauses and topic fold
        self._sentences: dict[int, tuple[list[tuple[int, int]] | None, list[tuple[bool, int | None]]]] = {}
        self._carry: dict[tuple, int | None] = {}
        self._actors: dict[int, bool] = {}
        self._reported_at: dict[int, bool] = {}  # stage word start -> whether it reports a stage
        self._para_stage: dict[int, str | None] = {}  # sentence start -> the stage carried to it
        self._fig_dates: dict[int, int | None] = {}  # figure -> its date, as date_of found it
        self._sentence_dates: dict[int, int | None] = {}  # sentence start -> the date carried to it
        self._chain_de: dict[int, int | None] = {}  # figure -> the figure ending its attribute chain with 的
        self._has_fenbie = "分别" in self.text
        self._has_semicolon = ";" in self.text
        # where a verb of change (增加到, 增至) is: 由/从 A 增加到 B (MeasureRules._changed)
        self._change_verbs = change_verb_starts(self.text) if ("由" in self.text or "从" in self.text) else []
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
        owners: list[int] = []
        figures: list[int] = []
        entities: list[int] = []
        dates: list[int] = []
        owner_starts: list[int] = []
        date_starts: list[int] = []
        self.owners, self.figures, self.entities, self.dates = owners, figures, entities, dates
        self.owner_starts, self.date_starts = owner_starts, date_starts
        initials, finals = set(), set()
        for k, label in enumerate(self.labels):
            if label in FACT_FIGURES:
                figures.append(k)
                continue
            entities.append(k)
            if label in OWNER_LABELS and not self._reporter(k, label):
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

    def _reporter(self, k: int, label: str) -> bool:
        """Span ``k`` names who or where reports, not whose figures: a news outlet its rule
        found (洛阳日报讯, 【某某报讯】), a place in a dateline (某地报道: facts_cues.tsv dateline),
        a body after a source field (来源：某县融媒体中心: source_field), a news body opening a
        dateline before its date (某县融媒体中心 2025年4月16日: media_head)."""
        a = self.starts[k]
        if self._has_source and _SOURCE_FIELD.search(self.text, max(0, a - 8), a) is not None:
            return True
        if label == "ORG":
            return self.c[k].source == "media" or self._dated_media(k)
        return label == "PLACE" and self.text.startswith(_DATELINE, self.ends[k])

    def _dated_media(self, k: int) -> bool:
        """ORG ``k`` is a news body (its name ends with a media_head word) written before a
        date with spaces between: the body of a dateline."""
        e = self.ends[k]
        if not self.text.endswith(_MEDIA_HEADS, self.starts[k], e):
            return False
        n = k + 1
        if n >= len(self.c) or self.labels[n] != "DATE":
            return False
        gap = self.text[e:self.starts[n]]
        return gap != "" and gap.isspace()  # (某县融媒体中心今年共发布…: the body's own)

    @property
    def by_label(self) -> dict[str, tuple[list[int], list[int]]]:
        v = self.by_label_v
        if v is None:
            v = self.by_label_v = self._make_by_label()
        return v

    def _make_by_label(self) -> dict[str, tuple[list[int], list[int]]]:
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

    @property
    def _by_initial(self) -> dict[str, list[int]]:
        v = self._by_initial_v
        if v is None:
            v = self._by_initial_v = self._make_by_initial()
        return v

    def _make_by_initial(self) -> dict[str, list[int]]:
        """First character -> owners, in order."""
        out: dict[str, list[int]] = {}
        for k in self.owners:
            out.setdefault(self.text[self.starts[k]], []).append(k)
        return out

    def _opener(self, ch: str) -> bool:
        """``ch`` is a character a clause naming a subject may open with: the first character
        of a referring word, connective, quote, ordinal or date, or an owner's first or inner
        one. (Three set tests, not one test in their union: the union, made once per document,
        copied the large table set each time.)"""
        return ch in self.t.ref_initials or ch in self._owner_finals or ch in self._owner_initials

    @property
    def _books(self) -> tuple[list[int], list[int]]:
        """The starts and ends of the book titles (《…》) of the text, in order."""
        v = self._books_v
        if v is None:
            found = [m.span() for m in _BOOK_TITLE.finditer(self.text)] if "《" in self.text else []
            v = self._books_v = ([a for a, _ in found], [b for _, b in found])
        return v

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

    def unquoted(self, a: int, b: int) -> str:
        """``text[a:b]`` without quotes (``QUOTES``); the slice itself when it has none (known
        by a bisection in the quotes' offsets, not by a scan)."""
        s = self.text[a:b]
        return QUOTES.sub("", s) if self.tx.quoted(a, b) else s

    def ref(self, k: int | None) -> dict | None:
        if k is None:
            return None
        return {"start": self.s[k].start, "end": self.s[k].end}

    def in_title(self, k: int) -> bool:
        starts, ends = self._books
        i = _bisect_left(starts, self.starts[k]) - 1
        return i >= 0 and self.ends[k] < ends[i]

    def spans_between(self, a: int, b: int) -> range | list[int]:
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

    def any_entity(self, run: range | list[int]) -> bool:
        """Some span of ``run`` (from ``spans_between``) is an entity, not a figure; on flat
        spans one bisection in the entity list tells."""
        if isinstance(run, range):
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
        """Owner ``k`` is a member of a list: a list word follows it (、, 等, 和), or a count of the
        divisions listed (栾川五县, 新乡三市) after a 、 before it."""
        after = self.text[self.ends[k]:self.ends[k] + 2]
        if after.startswith(_LIST_AFTER):
            return True
        a = self.starts[k]
        return len(after) == 2 and after[0] in _DIVISION_NUMERALS and after[1] in _DIVISION_LEVELS \
            and self.text[a - 1:a] == "、"

    # -- dates and stages --
    def date_of(self, f: int) -> int | None:
        """The date of figure ``f`` (``_own_date``), else the one the figure before it in its
        paragraph holds at when the sentence names none (…2024年全区生产总值…。其中，第一产业
        增加值…: the statistics go on at that date). Figures are asked in order."""
        d = self._own_date(f)
        sa = self.sa[f]
        if (d is None or self.starts[d] < sa) and self.date_starts:
            if "次" in self.text[sa:self.starts[f]] or self.text.startswith(_EVENT_REF, sa):
                i = self.text.find("次", sa, self.starts[f])  # (此次, 本次: the cue char; 同日, 当天 open it)
                if i < 0 or self.text.startswith(_EVENT_REF, i - 1):
                    self._fig_dates[f] = d = self._event_day(f)
                    return d
        if d is None and self.date_starts:
            d = self._carried_date(f)
        self._fig_dates[f] = d
        return d

    def _event_day(self, f: int) -> int | None:
        """For a figure whose sentence opens with a word of an event told before (此次, 本次, 同日:
        facts_cues.tsv event_ref) and names no date: the last day (4月19日, 昨日) written before the
        sentence in its paragraph or the one before, with no figure between (4月19日，某省重点项目
        集中开工活动在某县举行。此次集中开工项目339个…)."""
        sa = self.sa[f]
        ds = self.date_starts
        i = _bisect_left(ds, sa) - 1
        if i < 0:
            return None
        ps = self.tx.para_starts
        p = _bisect_right(ps, sa) - 1
        lo = ps[p - 1] if p > 0 else 0
        figs = self.figures
        n = _bisect_left(figs, _bisect_left(self.starts, sa)) - 1  # the last figure before sa
        if n >= 0:
            lo = max(lo, self.ends[figs[n]])
        while i >= 0 and ds[i] >= lo:
            d = self.dates[i]
            if self.ends[d] not in self.comparison_dates:
                if self.text[self.ends[d] - 1] in "日天号":  # a day (4月19日, 昨天), not a month or year
                    return d
            i -= 1
        return None

    def _carried_date(self, f: int) -> int | None:
        """The date carried to ``f``'s sentence (``_sentence_date``), unless ``f`` is a named
        project's own measure (总投资, 占地: what it is) or a measure to come (预计, 建成后)."""
        sa = self.sa[f]
        d = self._sentence_dates.get(sa, -1)
        if d == -1:
            d = self._sentence_dates[sa] = self._sentence_date(sa)
        if d is None:
            return None
        if self.labels[f] == "DURATION":  # 有期徒刑五年, 为期60天: a length of time is no statistic of the period
            return None
        o = self._owner.get(f)
        if o is not None and self.labels[o] == "PROJECT" and self._metrics.get(f) in self.t.project_measures:
            return None
        return None if _FUTURE_RE.search(self.text, sa, self.starts[f]) is not None else d

    def _sentence_date(self, sa: int) -> int | None:
        """The date of the last figure before the sentence at ``sa`` when it is in the same
        paragraph and the sentence has no date of its own (a date compared with aside)."""
        ds, se = self.date_starts, self.tx.sentence(sa)[1]
        bases = self.comparison_dates
        i = _bisect_left(ds, sa)
        while i < len(ds) and ds[i] < se:
            if self.ends[self.dates[i]] not in bases:
                return None  # the sentence dates itself (after its figure)
            i += 1
        figs = self.figures
        n = _bisect_left(figs, _bisect_left(self.starts, sa)) - 1  # the last figure before sa
        if n < 0 or figs[n] not in self._fig_dates:
            return None
        g = figs[n]
        ps = self.tx.para_starts
        if _bisect_right(ps, self.starts[g]) != _bisect_right(ps, sa):
            return None
        if _FUTURE_RE.search(self.text, self.sa[g], self.starts[g]) is not None:
            return None  # 今年将确保GDP增长6%。过去一年…: a goal's date lends none to what follows
        return self._fig_dates[g]

    def _before_now(self, d: int) -> bool:
        """Date ``d`` is wholly before the publication year: a year written out (2019年) or
        resolved against the publication date before its year. A date of the publication year
        (今年, 11月20日) or unresolved (no publication date: XXXX, --11-20) may be now."""
        v = self.s[d].value
        if not isinstance(v, str):  # (a span given without its value: the year written in it)
            v = self.text[self.starts[d]:self.ends[d]]
        if not v[:4].isdigit():
            return False
        pub = self.ctx.published
        return pub is None or int(v[:4]) < pub.year

    def _event_date(self, d: int, pos: int) -> bool:
        """Date ``d`` before a figure at ``pos`` in its sentence dates an earlier event, not the
        figure: a word of now stands between them (2019年落户开元县，目前年产值…; 成立于2015年，
        现有员工…: facts_cues.tsv now), or it starts a span of time an event closes with 以来
        (自2013年开展帮扶以来，累计投入…: not 今年以来, the time itself)."""
        if not self._before_now(d):
            return False  # 今年计划…，目前已开工…; 11月20日，记者走进…，村里现有…: the date is now
        e = self.ends[d]
        for m in _NOW_RE.finditer(self.text, e, pos):
            i = m.start()
            if not self.text.endswith(_AS_OF, max(e, i - 2), i):
                return True  # (2022年计划完成投资9亿元，截至目前完成7.8亿元: as of now, in that year)
        a = self.starts[d]
        if a and self.text[a - 1] in _SINCE_OPENERS:
            i = self.text.find(_SINCE_CLOSER, e, pos)
            return i > e
        return False

    def _day_in_earlier_item(self, d: int, pos: int) -> bool:
        """Date ``d`` is a day (4月19日) inside an earlier item of a list joined by ； and a figure
        at ``pos`` in a later one: the day of an event in that item (总投资53亿元的甲电厂，1号机组
        4月19日并网；总投资67亿元的乙电站，大坝完成60%), not of the items after it."""
        e = self.ends[d]
        if self.text[e - 1] not in "日号":
            return False
        i = self.text.find(";", e, pos)
        if i < 0:
            return False
        a = self.starts[d]
        lo = self.text.rfind(";", self.sa[d], a) + 1 or self.sa[d]
        return bool(self.unquoted(lo, a).strip(" ,、"))

    def _own_date(self, f: int) -> int | None:
        """The date of figure ``f`` in its own words: the last before it in its sentence, else
        the first after it in its clause, else one opening its paragraph before it."""
        ds = self.date_starts
        if not ds:
            return None
        a, e = self.starts[f], self.ends[f]
        i = _bisect_left(ds, a)  # the dates before the figure: ds[:i]
        bases = self.comparison_dates
        k = i - 1
        while k >= 0 and ds[k] >= self.sa[f]:
            if self.ends[self.dates[k]] not in bases:
                d = self.dates[k]
                if self._has_semicolon and self._day_in_earlier_item(d, a):
                    k -= 1
                    continue
                if k and ds[k - 1] >= self.sa[f] and _EVENT_NAME.match(self.text, self.ends[d]) is not None \
                        and self.ends[self.dates[k - 1]] not in bases:
                    d = self.dates[k - 1]  # 9月20日，某市2024年重点项目集中开工活动…: the event's day
                return None if self._event_date(d, a) else d
            k -= 1  # 比去年同期增加2.3万辆: the year compared with is not the figure's
        j = _bisect_left(ds, e, i)
        if j < len(ds) and self.ends[self.dates[j]] <= self.ce[f]:
            return self.dates[j]
        ps = self.tx.para_starts
        pa = ps[_bisect_right(ps, a) - 1]
        j = _bisect_left(ds, pa, 0, i)
        if j == i:  # no date before the figure in its paragraph
            j2 = _bisect_left(ds, e, i)
            if j2 < len(ds):
                pe = self.tx.paragraph(a)[1]
                if ds[j2] < pe and pe - pa <= _HEADLINE and "。" not in self.text[pa:pe] \
                        and self.ends[self.dates[j2]] not in bases:
                    return self.dates[j2]  # 投资520亿元！某市今年谋划重大项目286个: a headline's date
            return None
        if not self.unquoted(pa, ds[j]).strip():
            sa = self.sa[f]
            for k in range(j + 1, i):  # 昨日，…发布数据。1—9月，…增长6.8%。其中，…: a later sentence's date
                if ds[k] < sa and self.ends[self.dates[k]] not in bases \
                        and self.tx.sentence(ds[k])[0] > pa:
                    return None  # holds instead (carried by the figure before, _carried_date)
            return self.dates[j]
        return None

    @property
    def comparison_dates(self) -> dict[int, int]:
        """end -> start of the dates a change is compared with (比去年, 较上年, 与去年同期相比),
        found once."""
        v = self._comparison_dates
        if v is None:
            v = self._comparison_dates = {self.ends[d]: self.starts[d] for d in self.dates if self._compared_date(d)}
        return v

    def _compared_date(self, d: int) -> bool:
        """Date ``d`` is what a change is compared with: after 比/较, or after 与/同 with 相比
        closing it (与去年同期相比), or the past level a recovery reaches again (恢复到2019年同期)."""
        a = self.starts[d]
        if a == 0:
            return False
        before = self.text[a - 1]
        if before in _COMPARED_WITH:
            return True
        if (before == "到" or before == "至") and self.text.startswith("恢复", a - 3):
            return True  # 恢复到2019年同期的92%: the past level a share is of
        if before not in _WITH_ONE:
            return False
        m = _COMPARED_AFTER.match(self.text, self.ends[d])
        return m is not None and self.text.endswith(_COMPARED, self.ends[d], m.end())

    def stage_of(self, f: int, project: bool = False) -> str | None:
        """The stage reported for figure ``f`` (``_nearest_stage``). With ``project`` (a project's
        figure, or one about projects: 总投资, 开工项目), when its sentence has none up to the
        figure's clause end, the first one in the clauses after it (某项目总投资26亿元，于今年
        3月开工), else the paragraph's or the text's (``_paragraph_stage``)."""
        found, starts = self._stages
        if not found:  # no stage word in the text: none in any part of it
            return None
        sa, ce = self.sa[f], self.ce[f]
        i = _bisect_left(starts, sa)
        if (i == len(found) or found[i][0] >= ce) and not (i and found[i - 1][1] > sa):
            got = None  # none in the sentence up to the figure's clause end (the words _stages_in reads)
        else:
            got = self._nearest_stage(f)
        if got is not None or not project:
            return got
        got = self._later_stage(f)
        return got if got is not None else self._paragraph_stage(f)

    def _paragraph_stage(self, f: int) -> str | None:
        """The stage the text reports around figure ``f`` when its sentence names none: the last
        stage word before the sentence in its paragraph, else the first one of the text (the
        event a report is about: 集中开工 in its headline and lead), none that a condition
        follows (建成后) nor a plan (计划2027年建成)."""
        sa = self.sa[f]
        if sa in self._para_stage:  # the same for every figure of the sentence
            return self._para_stage[sa]
        ps = self.tx.para_starts
        pa = ps[_bisect_right(ps, sa) - 1]
        got = None
        for words in (reversed(self._stages_in(pa, sa)), self._stages_in(0, pa)):
            for pos, word in words:
                if self._carries(pos, word):
                    got = self.t.stages[word]
                    break
            if got is not None:
                break
        self._para_stage[sa] = got
        return got

    def _carries(self, pos: int, word: str) -> bool:
        """A stage word at ``pos`` reports a stage beyond its own clause: a stage reported
        (``_reported``) that opens no measure (规划用地: ``_modifier``)."""
        return self._reported(pos, word) and not self._modifier(pos, word)

    def _planned(self, pos: int) -> bool:
        """A stage word at ``pos`` is a plan or target (计划2027年建成投产, 预计2025年底首台机组
        投产: facts_cues.tsv stage_plan before it in its clause), no stage reported."""
        return _STAGE_PLAN.search(self.text, self._list_clause_start(pos), pos) is not None

    def _list_clause_start(self, pos: int) -> int:
        """The start of the clause at ``pos``, or of the first clause of the 、 list it goes on
        (计划新开工项目70个、建成项目25个: the plan governs every item); at most a few back."""
        a = self.tx.clause(pos)[0]
        for _ in range(_MAX_LIST_BACK):
            if a == 0 or self.text[a - 1] != "、":
                break
            a = self.tx.clause(a - 1)[0]
        return a

    def _modifier(self, pos: int, word: str) -> bool:
        """A stage word at ``pos`` opens a measure (规划用地, 规划建筑面积: a measure of
        ``metrics.tsv`` follows it), no stage the text reports beyond its own figure."""
        e = pos + len(word)
        return self.t.metric_words.prefix(self.text[e:e + 8]) is not None

    def _reported(self, pos: int, word: str) -> bool:
        """A stage word at ``pos`` reports a stage: no condition after it (建成后), no plan before
        it (计划…建成); found once per stage word (every figure of its sentence asks)."""
        got = self._reported_at.get(pos)
        if got is None:
            got = self._reported_at[pos] = not self._conditional(pos + len(word)) and not self._planned(pos)
        return got

    def _later_stage(self, f: int) -> str | None:
        """The stage of the first stage word after figure ``f``'s clause in its sentence, before
        the next figure's clause (规划用地480亩 is that figure's), that reports a stage (not
        建成后年产值…, 计划2026年建成) and opens no measure (规划用地)."""
        se = self.tx.sentence(self.sa[f])[1]
        figs = self.figures
        i = _bisect_left(figs, f + 1)
        hi = min(se, self.ca[figs[i]]) if i < len(figs) else se
        for pos, word in self._stages_in(self.ce[f], max(self.ce[f], hi)):
            if self._carries(pos, word):
                return self.t.stages[word]
        return None

    def _conditional(self, e: int) -> bool:
        """A stage word ending at ``e`` is a condition (建成后, 投产之后), not a stage reported."""
        m = _STAGE_THEN.match(self.text, e)  # 建成投产后, 建成运营后: the condition closes a compound
        return self.text.startswith(_STAGE_CONDITION, e if m is None else m.end())

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
            if not self._reported(pos, word):
                continue  # 建成后年产值20亿元, 计划2026年建成: a condition or plan, not the stage
            if not (self.ca[f] <= pos < a) and self._modifier(pos, word):
                continue  # 规划用地500亩，总投资80亿元: the planned area's stage, not the sum's
            d = a - pos if pos < a else pos - e + 1000
            if best is None or d < nearest:
                best, nearest = word, d
        return None if best is None else self.t.stages[best]

    def _stages_in(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """The stage words found by scanning ``[lo, hi)``: the document's own matches there,
        unless one of them crosses ``lo`` or ``hi`` (then a scan of the range tells)."""
        found, starts = self._stages
        i = _bisect_left(starts, lo)
        j = _bisect_left(starts, hi, i)
        if (i and found[i - 1][1] > lo) or (j and found[j - 1][1] > hi):
            return [(m.start(), m.group()) for m in self.t.stage_re.finditer(self.text, lo, hi)]
        return [(a, w) for a, _, w in found[i:j]]

    @property
    def _stages(self) -> tuple[list[tuple[int, int, str]], list[int]]:
        """(start, end, word) of each stage word of the text, in order, and their starts."""
        v = self._stages_v
        if v is None:
            found = stage_words_in(self.text)
            v = self._stages_v = (found, [a for a, _, _ in found])
        return v

