"""What a figure measures: the measure written before it (``data/metrics.tsv``) with the
words that belong to it, growth and comparisons, counted nouns, lists after 分别, shares.
Extends ``SubjectRules`` (``subjects.py``), on ``LinkerCore`` (``core.py``: the spans and text)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any, Final

import ahocorasick_rs

from ..entities.lexicon import common_words
from .cues import (  # the rules' separators, cue words and shapes
    _EMPLOYED_GROUPS,
    _NOW,
    _HEADLINE,
    _OPENS_MEASURE,
    _COMPARE,
    _COMPARE_WORDS,
    _JOINERS,
    _WITHIN,
    _PROJECTS_STAGE,
    _CLASSED_PROJECTS,
    _LEVEL_LIST,
    _LEVEL_OPENS,
    _SHARED_PLAN,
    _SHARED_PHASE,
    _RATIO,
    _DONE_SHARE,
    _TIME_WORDS,
    _TRANSPARENT,
    _GROUP_KINDS,
    _KIND_WORDS,
    _WEEKDAY,
    _MAKES,
    _COMPOUND_HEADS,
    _COUNT_BEFORE,
    _MEASURE_ENDS,
    _GROUP_NOUNS,
    _LIST_SEPS,
    _CLAUSE_BREAK,
    _LEVEL_AFTER,
    _OPEN_QUOTE,
    _ITEM_SPLIT,
    _COMPARISON,
    _AGAINST_SCOPE,
    _YARD_BEFORE,
    _YARD_DIFF,
    _YARD_THEN,
    _YARD_IN,
    _YARD_OWN,
    _FREE_SEPS,
    _NOT_MEASURE,
    _DONE,
    _ABBREV,
    _NOUN_FLAGS,
    _MAX_METRIC,
    _INDICATOR_HEADS,
    _MAX_INDICATOR,
    _OWNERS_COUNTED,
    _ACTOR_BODY,
    _ACTOR_BODY_WORDS,
    _YEARLY_RATE,
    _ASPIRED,
    _RUNNING_TOTAL,
    _RUNNING_INITIALS,
    _INCREMENT,
    _ASPIRED_INITIALS,
    _BARE_ORDINAL,
    _CHANGE_FROM,
    _CHANGE_TO,
    _COMPARED_AFTER,
    _COMPARED_WITH,
    _PER_UNIT,
)
from .subjects import SubjectRules
from .tables import FACT_FIGURES, OWNER_LABELS, growth_base, max_ref_len, one_word_tag, pos_cut, split_growth
from .text import CLAUSE_RE, DIVISION_COUNT, HAN, HAN_OR_WORD, QUOTES, strip_left, strip_right
from ..resources import data_path, read_tsv
from .text import bisect_left as _bisect_left, bisect_right as _bisect_right, has_han, is_han

__all__ = ["MeasureRules"]

_SPLIT_CHARS: Final = frozenset("".join(_FREE_SEPS | _TIME_WORDS))  # the characters of the words _free splits at
_COMPARE_OR_WITH: Final = _COMPARE + ("与",)  # 比全省平均水平, 与全省平均…: a comparison opening a free measure
_QUOTED: Final = re.compile(r"[“\"「『][^”\"」』]{0,20}[”\"」』]")  # a short quoted name
_MAKES_CHARS: Final = frozenset.intersection(*map(frozenset, _MAKES))  # in every production word (产)
_WRAPS: Final = (" ", "\n")  # what a page layout leaves inside a word (one, between Chinese characters)
_CLOSE_QUOTE: Final = re.compile("[”」』]")  # closes a quoted slogan (a count inside it counts up to it)
_NO_CHANGE: Final = object()  # _changed: the figure is no value of a change
_EMPLOYED: Final = "就业"  # a measure of people employed: the group before 实现 stays with it
_MAX_GROUP: Final = 8  # characters of such a group's name
_TRANSPARENT_WORDS: Final = tuple(sorted(_TRANSPARENT, key=len, reverse=True))  # (for str.endswith)
_ITEM_JOINS: Final = frozenset("、和及与")  # what _ITEM_SPLIT splits items at
_RUN_OF: Final = "连续"  # 连续10年稳定在…: a run of years between a measure and its figure
_FINISHED: Final = "完工"  # 主体工程完工80%: a share of the work done, as 完成
_PLAN_TAILS: Final = ("预算安排", "安排", "预算数")  # after a budget measure: its planned amount
_CATEGORY_JOINS: Final = "和及与"
_STAGE_LEADS: Final = frozenset(("", "已", "新", "共", "累计", "已经", "全部", "累计已"))  # before a stage word: 已开工58个  # in every name of measure_categories.tsv (a text with none has none)


# 浓度为42微克/立方米，同比下降8.7%: a level written with a unit no figure label has, ending
# the clause before a change that names no measure
# (not a rank: 居全省第6位)
_UNLABELLED_LEVEL: Final = re.compile(r"(?:(?:为|达到|达|是|在)|(?<![第\d.]))\d+(?:\.\d+)?[^\d\s,，;；。、]{1,8}$")
# 接待游客126.8万人次，恢复到2019年同期的135%: a share of a past level reached again; the
# percentage measures the recovery of the measure before (接待游客恢复), not a level of 2019
_RECOVERED: Final = re.compile(r"(?:同比)?(?:分别)?恢复(?:到|至)[^，,；;。%]{0,14}$")
_RECOVERY: Final = "恢复"
_SHARE_METRIC: Final = re.compile(r"完成[^,，。;；的]{0,8}(?:目标|任务|计划|预算)$")  # a plan's share done


def _is_share(m: str) -> bool:
    """A percentage's metric ``m`` names a share of a plan or a whole (完成年度目标, 占全市比重,
    研发投入占营业收入比重, 占比), as ``_share`` gives it."""
    return "占" in m or (m[:1] == "完" and _SHARE_METRIC.match(m) is not None)


@lru_cache(maxsize=1)
def _category_re() -> "re.Pattern[str]":
    """The category names written with a joiner (data/measure_categories.tsv: 批发和零售业,
    社会保障和就业 …), longest first."""
    names = sorted({r["term"] for r in read_tsv(data_path("measure_categories.tsv")) if r["term"]},
                   key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


@lru_cache(maxsize=1)
def _category_ac() -> Any:
    """An automaton finding the category names as ``_category_re`` does (the longest name at
    the leftmost place, then on after it)."""
    names = sorted({r["term"] for r in read_tsv(data_path("measure_categories.tsv")) if r["term"]},
                   key=len, reverse=True)
    return ahocorasick_rs.AhoCorasick(names, matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST)


def category_spans(text: str) -> list[tuple[int, int]]:
    """``_category_re``'s match spans in ``text``, found by the automaton (one pass in native
    code, not the expression tried at every character); the expression where the automaton
    cannot read the text (a lone surrogate). (The tests compare both.)"""
    try:
        return [(a, b) for _, a, b in _category_ac().find_matches_as_indexes(text)]
    except UnicodeEncodeError:
        return [m.span() for m in _category_re().finditer(text)]


class MeasureRules(SubjectRules):
    """The metric rules of ``Linker``; ``metric_of`` is the entry point."""

    _category_v: list[tuple[int, int]] | None = None

    def metric_of(self, f: int) -> str | None:
        if f in self._metrics:
            return self._metrics[f]
        m = self._metric(f)
        if m is not None and any(w in m for w in _ACTOR_BODY_WORDS) and _ACTOR_BODY.search(m):  # (a cheap test first)
            m = self._without_actor(m)
        if m is not None:
            cats = self._category_spans()
            if cats:
                m = self._whole_category(f, m, cats)
        self._metrics[f] = m
        return m

    def _category_spans(self) -> list[tuple[int, int]]:
        """Where the text names a category with a joiner inside (批发和零售业), found once."""
        v = self._category_v
        if v is None:
            text = self.text
            v = self._category_v = category_spans(text) if any(c in text for c in _CATEGORY_JOINS) else []
        return v

    def _whole_category(self, f: int, m: str, cats: list[tuple[int, int]]) -> str:
        """``m`` with the whole category name when it opens with the part after the joiner
        of one written before the figure in its sentence (批发和零售业增加值 read as 零售业增加值,
        社会保障和就业支出 as 和就业支出): the category is one name, the measure its own."""
        a = self.starts[f]
        i = bisect.bisect_left(cats, (a, a))
        base = split_growth(m)[0]
        while i > 0:
            i -= 1
            cs, ce = cats[i]
            if cs < self.sa[f]:
                break
            if ce > a:
                continue
            name = self.text[cs:ce]
            for n in range(min(len(name) - 1, len(base)), 0, -1):  # the longest part of the name first
                if base.startswith(name[-n:]) and self.text.startswith(base[n:], ce):
                    return name + m[n:]
        return m

    def _without_actor(self, m: str) -> str:
        """``m`` less the unnamed body opening it when a verb follows the body (卫健系统|完成门诊
        诊疗量, 公安机关|破获刑事案件): the actor, not the measure; a body a noun follows stays
        (机关事业单位养老保险参保人数)."""
        a = _ACTOR_BODY.search(m)
        rest = strip_left(m[a.end():], self.t.prefixes) if a is not None else ""  # 法院|共|审结…
        if len(rest) < 2 or not HAN.match(rest):
            return m
        first = pos_cut(rest, self.ctx)[0]
        return rest if first[1].startswith("v") and len(first[0]) > 1 else m

    def _left(self, f: int) -> str:
        """The words before figure ``f`` in its clause (after the span before it), without
        quotes, an apposition in quotes or an abbreviation in brackets; with the place before
        a within word (洛阳境长)."""
        lo = self._words_from(f)
        raw = self.text[lo:self.starts[f]]
        plain = True  # raw's characters are those of text[lo:start] (no quote there: none to take out)
        d = f - 1
        if d >= 0 and self.ends[d] == lo and lo > self.ca[f] and self.labels[d] == "DURATION" \
                and self.text.endswith(_RUN_OF, 0, self.starts[d]):
            # 粮食总产量|连续10年|稳定在50亿斤以上: the measure is written before the run of years
            lo = self._words_from(d)
            raw = self.text[lo:self.starts[d] - len(_RUN_OF)] + raw
            plain = False
        if lo > self.ca[f]:
            a = self.comparison_dates.get(lo)  # 旅游收入|比2019年同期|增长: the comparison goes
            if a is not None and a - 1 >= self.ca[f]:
                lo, raw = self._around_comparison(a, lo, self.starts[f])
                plain = False
        after_span = lo > self.ca[f]  # the words follow a span in the clause
        if after_span and raw[:1] in "“\"「『":  # 西区“两横一纵”主干道铺设: skip the apposition
            m = _QUOTED.match(raw)
            if m:
                raw = raw[m.end():]
        if ")" in raw or "）" in raw:  # 地区生产总值(GDP)888亿元, 价格指数（CPI）上涨: the measure as written first
            raw = _ABBREV.sub("", raw)
        if lo == self.ca[f] and self.text[lo - 1:lo] in _WRAPS:  # 固定资产 投资: a break inside a word
            raw = self._across_space(lo, raw)
            plain = False
        if after_span and raw.startswith(_WITHIN):  # 洛阳境长: the place is part of the measure
            j = _bisect_left(self.starts, lo) - 1
            while j >= 0 and self.ends[j] > lo:
                j -= 1
            if j >= 0 and self.ends[j] == lo and self.labels[j] == "PLACE":
                raw = self.text[self.starts[j]:lo] + raw
                plain = False
        return raw if plain and not self.tx.quoted(lo, self.starts[f]) else QUOTES.sub("", raw)

    def _around_comparison(self, a: int, e: int, pos: int) -> tuple[int, str]:
        """The words of a measure written around a date compared with (the date from ``a`` to
        ``e``, the figure at ``pos``): those before 比/较/与 and those after the date, its same
        period and 相比 (旅游收入比2019年同期增长 -> 旅游收入增长); and where they start."""
        d = _bisect_left(self.starts, a)
        lo = self._words_from(d) if d < len(self.c) and self.labels[d] == "DATE" else a - 1
        after = self.text[e:pos]
        word = self._growth_word(after) if self.text[a - 1] in _COMPARED_WITH else None
        if word is not None:  # 比去年春节假期增长: all between 比 and the change is compared with
            after = word
        else:
            m = _COMPARED_AFTER.match(self.text, e, pos)
            after = self.text[m.end() if m else e:pos]
        return lo, self.text[lo:a - 1] + after

    def _across_space(self, lo: int, raw: str) -> str:
        """``raw``, the words of a clause opened by a space or a line break, with the words
        before it when the two halves make one table measure (固定资产 投资完成9亿元 ->
        固定资产投资完成: a break a page layout left inside a word); else ``raw`` as it is (a
        byline, a menu, a heading before the clause)."""
        words = self.t.metric_words
        text = self.text
        k = lo - 1
        if k < 1 or not HAN.match(text[k - 1]) or not HAN.match(raw[:1]):
            return raw
        before = CLAUSE_RE.split(text[max(0, k - words.maxlen):k])[-1]
        joined = before + raw
        i = len(before)
        for b in range(i + 1, min(len(joined), i + words.maxlen) + 1):
            term = words.suffix(joined[:b])  # the longest measure ending at b: does it reach over i?
            if term is not None and len(term) > b - i:
                return joined
        return raw

    def _words_from(self, f: int) -> int:
        """Where the words before figure ``f`` start: the end of the span before it in its
        clause, or the clause start (asked by several measure rules: found once)."""
        lo = self._lo.get(f)
        if lo is None:
            starts = self.starts
            if self.flat and f and starts[f - 1] < starts[f]:  # the span before ends by this one's start
                lo = self.ends[f - 1]
                if lo < self.ca[f]:
                    lo = self.ca[f]
            else:
                lo = self.prev_span_end(starts[f], self.ca[f])
            self._lo[f] = lo
        return lo

    def _metric(self, f: int) -> str | None:
        m = self._metric_named(f)
        if m is None:
            return None
        if self.text[self.ca[f] - 1:self.ca[f]] == "、":
            m = self._with_levels(f, m)
        m = self._with_shared_head(f, m)
        if m.endswith("每股") and len(m) > 2:  # 末期息每股0.07元: a measure per share, written 每股末期息
            m = "每股" + m[:-2]
        if m[-1:] not in self.t.growth_suffixes.finals:  # no growth word ends it (split_growth's quick test)
            return self.t.report.get(m, m)
        base, word = split_growth(m)
        if word is not None:
            return self._with_change(self.t.report.get(base, base), self.t.report.get(word, word))
        return self.t.report.get(m, m)

    def _with_levels(self, f: int, m: str) -> str:
        """``m`` with the levels listed before it when it opens with a level and fills its clause
        (省、市重点项目140个, 国家级、省级专精特新企业42家: the list names one group; 、 opens the
        clause); ``m`` as it is otherwise."""
        lo = self._words_from(f)
        if lo != self.ca[f] or _LEVEL_OPENS.match(m) is None \
                or strip_right(self.text[lo:self.starts[f]], self.t.fillers, self._is_word).strip() != m:
            return m
        levels = _LEVEL_LIST.search(self.text, max(0, lo - 12), lo)
        return levels.group(1) + m if levels is not None else m

    def _with_shared_head(self, f: int, m: str) -> str:
        """``m`` with the plan or phase word opening the measure of the figure before it in a
        list, when ``f``'s clause names only a measure of the same kind: a count of projects
        after a planned one (计划新开工项目58个、竣工项目32个 -> 计划竣工项目), a project's
        measure after a phase's (一期总投资8亿元，用地150亩 -> 一期用地); ``m`` as it is otherwise."""
        g = f - 1
        if g < 0 or self.labels[g] not in FACT_FIGURES or self.labels[g] == "DATE" \
                or m.startswith(_SHARED_PLAN) or m.startswith(_SHARED_PHASE):
            return m
        gap = self.text[self.ends[g]:self.starts[f]]
        if gap[:1] not in ("、", ",", "，") or gap[1:] != m or self.starts[g] < self.sa[f]:
            return m
        prev = self.metric_of(g) or ""
        if m.endswith("项目") and prev.endswith("项目"):
            heads = _SHARED_PLAN
        elif m in self.t.project_measures:
            heads = _SHARED_PHASE
        else:
            return m
        head = next((h for h in heads if prev.startswith(h)), None)
        return head + m if head is not None else m

    def _with_change(self, base: str, word: str) -> str:
        """``base`` + the change ``word`` as reported, the rate written once (工业增加值增速 +
        增速加快 -> 工业增加值增速加快, not 增速增速加快)."""
        if self.t.rates.prefix(word) is not None:
            rate = self.t.rates.suffix(base)
            if rate is not None:
                base = base[: len(base) - len(rate)]
        return base + word

    def _metric_named(self, f: int) -> str | None:
        c = self.c[f]
        label = self.labels[f]
        if self._has_fenbie:  # lists after 分别
            listed = self._listed_metric(f)
            if listed is None:
                listed = self._parallel_metric(f)
            if listed is not None:
                return listed
            resp = self._respectively(f)
            if resp is not None and resp[1][0] != f:
                return self.metric_of(resp[1][0])
        if self._change_verbs:  # 由/从 A 增加到 B
            changed = self._changed(f)
            if changed is not _NO_CHANGE:
                return changed
        if label == "PERCENT" and self.text.find(_RECOVERY, self.ca[f], self.starts[f]) >= 0:
            recovered = self._recovered(f)
            if recovered is not None:
                return recovered
        if label == "PERCENT":
            yard = self._against_yardstick(f)
            if yard is not None:
                return yard
        level = self._level_after_growth(f)
        if level is not None:
            return level
        aspired = self._aspired_again(f)
        if aspired is not None:
            return aspired
        if self.text[self.ca[f]:self.ca[f] + 1] in _RUNNING_INITIALS:
            total = self._running_total(f)
            if total is not None:
                return total
        raw_left = self._left(f)
        if "每" in raw_left:  # 猪肉价格为每公斤25.6元: the metric is the price, not per what
            raw_left = _PER_UNIT.sub("", raw_left)
        left = strip_right(raw_left, self.t.fillers, self._is_word)
        if label == "MONEY" and self.text.find("项目", self.ends[f], self.ends[f] + 6) >= 0 \
                and _CLASSED_PROJECTS.match(self.text, self.ends[f]):
            # 其中，亿元以上项目130个: an amount that classes projects measures only what is
            # written before it (总投资超10亿元项目 -> 总投资), not the whole's or the clause's
            return self._table_suffix(left.rstrip()) if left.strip() else None
        if not left.strip() and label != "DATE":
            elliptic = self._elliptic_metric(f)
            if elliptic is not None:
                return elliptic
        if self._after_date(f) and (not left.strip() or self._growth_word(left) == left):
            # 交易额今年前10个月达到2150亿元, GDP上半年增长6.2%: the measure is written before the date
            raw_left = self._left(f - 1) + raw_left
            left = strip_right(raw_left, self.t.fillers, self._is_word)
        if label == "PERCENT":
            share = self._share(raw_left.rstrip(), left)
            if share is not None:
                return share
        elif label == "MONEY" and left != raw_left and raw_left.rstrip().endswith(_DONE) \
                and not self._table_suffix(left) and (not left.strip() or left.strip() in self.t.connective_set):
            # 截至目前完成7.8亿元: money completed is investment, unless the clause before names
            # the measure (一般公共预算收入：今年完成38亿元)
            return self._clause_measure(f) or _DONE + "投资"
        # growth: "同比增长5.2%", "固定资产投资增长15%", "…64.7亿元,增长9%"
        word = self._growth_word(left)
        if word is not None and label == "COUNT" and left[-2:] in self.t.modifiers:
            noun = self._counted_noun(f)  # 新增5家规上企业: a modifier ending in a growth word, the noun after
            if noun:
                return left[-2:] + noun
        if word is not None:
            raw_base = left[: -len(word)]
            against = _AGAINST_SCOPE.match(raw_base)
            if against:  # 与全国平均增长3.9%相比: the average it is compared with
                return against.group(1) + word
            base = strip_right(_COMPARISON.sub("", raw_base), self.t.fillers)
            if base in _YEARLY_RATE:  # …318亿元，年均增长6.8%: the yearly rate of the measure before
                return self._change_of_previous(f, base + word)
            base_metric = self._measure(base) if base else None
            if base_metric is not None and base_metric in self.t.rates.set and self.t.report.get(word, word) != word:
                base_metric = None  # 增长速度比一季度回落: the rate of the measure before (增速回落)
            if base_metric is None:
                return self._change_of_previous(f, word)
            return base_metric + word
        named = self._table_suffix(left)
        if named and len(named) < len(left):  # words before the measure: those of it join it
            named = self._extend(left, named, counted=self._after_count(f))
        if not named and label != "COUNT":
            if not left.strip() or left.strip() in self.t.prefix_set:  # (全年)完成5600亿元: only scope or time
                named = self._clause_measure(f)
            if not named and self._in_breakdown(f):
                # 其中，出口总值200亿元: a part that names a measure of its own keeps it (one ending
                # in a word of measure: facts_cues.tsv measure_end); 其中，城镇300亿元: the whole's
                own = self._free(left) if left.strip() else None
                named = own if own and own.endswith(_MEASURE_ENDS) else self._parent_measure(f)
        if label == "DURATION":  # 施工筹建期2年; not 会议持续了50分钟 (a verb measures nothing)
            if named or not left.strip():
                return named
            free = self._free(left)
            return free if free and pos_cut(free, self.ctx)[-1][1].startswith("n") else None
        if label == "COUNT" and named and self.text[self.ca[f] - 1:self.ca[f]] == "、" and left.endswith(named):
            # 地区生产总值、固定资产投资、社会消费品零售总额三项指标: the measures listed are what
            # the count counts (the noun after it), not what it measures
            named = self._counted_noun(f) or named
        if label == "COUNT":
            noun = named or self._counted_noun(f) or ("项目" if left.strip() == "项目" else None)
            if noun is None:  # 339个黄河流域…重点项目开工: the names between do not hide the stage
                m = _PROJECTS_STAGE.search(self.text, c.end, self.ce[f] + 1)
                if m:
                    return m.group(1) + "项目"
            money = self._money_class(f) if noun == "项目" else None
            if money:  # 总投资超8亿元项目4个 -> 超8亿元项目
                return money + "项目"
            if noun == "项目":  # 36个项目集中开工 -> 开工项目: the stage says which projects,
                # or what was done to them (参加评比观摩的15个项目 -> 观摩项目)
                stage = self._done_before(left) or self._stage_word(f)
                return stage + noun if stage else noun
            if noun:
                return noun
        if named:
            return named
        made = self._makes(left)
        if made:  # 年产LCD线路板220万块: the capacity, with the product named between
            return made
        if left.endswith(_PLAN_TAILS):
            planned = self._planned_measure(left.strip())
            if planned:
                return planned
        free = self._free(left)
        if label == "COUNT" and (free is None or len(free) <= 5):
            # 谋划储备项目126个: the projects of a kind; 已开工58个: the projects at a stage
            kind = self._projects_of_kind(left) if free is None else None
            if kind is None:
                kind = self._elided_projects(f, left)
            if kind is not None or free is None:
                return kind
        if self.text[self.ends[f]:self.ends[f] + 1] == "的" and (free is None or self._ends_with_verb(free)):
            after = self._measure_after_de(f)  # 建成后将形成60GWh的产能: the measure after the figure
            if after:
                return after
        return free

    def _ends_with_verb(self, phrase: str) -> bool:
        """Whether ``phrase`` ends with a verb (将形成, 具备): it names no measure."""
        words = pos_cut(phrase, self.ctx) if is_han(phrase[-1:]) else []
        return bool(words) and words[-1][1] == "v"

    def _measure_after_de(self, f: int) -> str | None:
        """A table measure written right after the figure and 的 (形成60GWh的产能, 具备100万千瓦的
        装机容量): what a figure written before its measure measures."""
        e = self.ends[f] + 1
        return self.t.metric_words.prefix(self.text[e:min(self.ce[f], e + 12)])

    def _elided_projects(self, f: int, left: str) -> str | None:
        """``实施重点项目72个。…已开工58个``: a count of 个 written right after a stage word (with
        at most an adverb before it) in a paragraph about projects counts the projects at that
        stage (已开工项目), the noun left out; None otherwise."""
        s = left.strip()
        if not 1 < len(s) <= 8 or not self.text.endswith("个", self.starts[f], self.ends[f]):
            return None
        w = next((w for w in self.t.stage_words if s.endswith(w)), None)
        if w is None:
            return None
        before = s[: len(s) - len(w)]
        lead = max((x for x in _STAGE_LEADS if before.endswith(x)), key=len)
        rest = strip_left(before[: len(before) - len(lead)], self.t.prefixes)
        if rest and rest not in _NOW and self.t.references.get(rest, ("",))[0] != "SKIP":
            return None  # (目前|已开工: a time word before goes; 企业已注册: a noun names what is counted)
        pa = self.tx.paragraph(self.starts[f])[0]
        pa = self.tx.paragraph(pa - 1)[0] if pa else 0  # (the paragraph before may name them)
        return lead + w + "项目" if "项目" in self.text[pa:self.starts[f]] else None

    def _projects_of_kind(self, left: str) -> str | None:
        """A count written after the projects it counts, where no other rule names a measure
        (a verb opens the phrase, or a word the free measure drops): the one word of kind
        before 项目 (谋划储备项目126个 -> 储备项目), else 项目 itself; None when the words
        before the count do not end in 项目."""
        left = left.strip()
        if not left.endswith("项目"):
            return None
        if len(left) > 2:
            words = pos_cut(left[:-2], self.ctx)
            w, tag = words[-1] if words else ("", "")
            if 1 < len(w) <= 4 and is_han(w[0]) and (tag[:1] in ("n", "v") or tag in ("b", "j", "vn")) \
                    and w not in self.t.filler_set and w not in self.t.references:
                return w + "项目"
        return "项目"

    def _share(self, raw_left: str, left: str) -> str | None:
        """A percentage's share: of what is done (主体工程完成80%), of a plan done (完成年度目标的85%),
        or of a whole named after 占
        (占全年任务的87.3%; not 占比为40%), led by the measure written before 占 in the clause
        (研发投入占营业收入比重). ``raw_left``: the words before the figure (right stripped),
        ``left`` the same without fillers."""
        if raw_left.endswith(_DONE):
            return (self._measure(left) or "") + _DONE
        if raw_left.endswith(_FINISHED):  # 主体工程已完工80%: as 完成
            before = strip_right(raw_left[:-len(_FINISHED)], self.t.fillers, self._is_word)
            return (self._measure(before) or "") + _FINISHED if before.strip() else _FINISHED
        if "完成" in raw_left:
            done = _DONE_SHARE.search(raw_left)
            if done:  # 完成年度目标的85%: the share of a plan done
                return "完成" + done.group(1)
        ratio = _RATIO.search(raw_left) if "占" in raw_left else None  # (占 opens every match)
        whole = strip_right(ratio.group(1), self.t.fillers) if ratio else ""
        if ratio and len(whole) >= 2:
            # 研发投入占营业收入比重达到6.5%, 占营业收入的比重为7.8%: the measure written before 占
            # in the clause leads it
            before = strip_right(raw_left[:ratio.start()], self.t.fillers).strip()
            part = self._measure(before) if before and HAN.search(before) else None
            return (part or "") + "占" + whole + (ratio.group(2) or "")
        return None

    def _makes(self, left: str) -> str | None:
        """``…年产液晶电视100万台``: a production word followed only by the product's name."""
        for ch in _MAKES_CHARS if self.prechecks else ():  # a phrase without the character they all have (产) has none
            if ch not in left:
                return None
        best = None
        for w in _MAKES:
            i = left.rfind(w)
            if i >= 0 and (best is None or i > best[0]):
                best = (i, w)
        if best is None:
            return None
        i, w = best
        tail = left[i + len(w):]
        if len(tail) > 12 or CLAUSE_RE.search(tail) or self._table_suffix(tail) or "的" in tail:
            return None
        return w

    def _money_class(self, f: int) -> str | None:
        """``亿元以上项目130个``: the amount naming a class of projects right before 项目."""
        lo = self._words_from(f)
        j = _bisect_left(self.starts, lo) - 1
        while j >= 0 and self.ends[j] > lo:
            j -= 1
        if j >= 0 and self.ends[j] == lo and self.labels[j] == "MONEY" \
                and self.text[lo:self.starts[f]].startswith("项目"):
            return self.text[self.starts[j]:self.ends[j]]
        return None

    def _done_before(self, left: str) -> str | None:
        """The verb of a clause modifying the count with 的 (本月集中签约的30个项目 -> 签约,
        参加评比观摩的15个项目 -> 观摩): what was done to the counted projects, from ``left``, the
        words before the count in its clause."""
        if not left.endswith("的") or not is_han(left[-2:-1]):
            return None
        words = pos_cut(left[:-1], self.ctx)
        return words[-1][0] if words[-1][1] == "v" else None

    def _stage_word(self, f: int) -> str | None:
        """The stage verb (开工, 签约 …) of a counted batch of projects, as written: after the
        count in its clause (12个项目全部开工), or anywhere in a headline; not inside quotes
        (“开工一批”是活动名)."""
        c = self.c[f]
        ce = self.ce[f]
        lo = c.end
        pa, pe = self.tx.paragraph(c.start)
        if pe - pa <= _HEADLINE and "。" not in self.text[pa:pe]:
            lo, ce = pa, pe
        for m in self.t.stage_re.finditer(self.text, lo, ce + 1):
            if not _OPEN_QUOTE.search(self.text, lo, m.start()):
                return m.group()
        return None

    def _figure_list(self, f: int) -> list[int] | None:
        """The figures listed after 分别 (…分别为20.9万吨和1.85万吨) when ``f`` is one of them
        (they are consecutive spans)."""
        resp = self._respectively_figures(f)
        return resp if resp and resp[0] <= f <= resp[-1] else None

    def _respectively_figures(self, f: int) -> list[int] | None:
        r = self.fenbie_before(f)
        if r < 0:
            return None
        if r not in self._figs_at:  # the same list for every figure after this 分别
            self._figs_at[r] = self._figures_after(r)
        return self._figs_at[r]

    def _figures_after(self, r: int) -> list[int] | None:
        """The figures listed after 分别 at ``r``, when there are two or more."""
        figs = self.figures_listed_after(r, self._list_gap)
        return figs if len(figs) >= 2 else None

    def _listed_metric(self, f: int) -> str | None:
        """``铜、钴产量分别为20.9万吨和1.85万吨``: the i-th figure measures the i-th item with
        the measure after the items (铜产量, 钴产量); ``按年分别增14.5%及20%`` after such a list:
        the growth of the i-th measure of that list (铜产量增长, 钴产量增长)."""
        figs = self._figure_list(f)
        if figs is None:
            return None
        i = f - figs[0]
        first = self.c[figs[0]]
        r, left = self._list_words(figs[0])
        word = self._growth_word(self.text[(self.ends[figs[i - 1]] if i else r + 2):self.starts[f]]) \
            or self._growth_word(self.text[r + 2:first.start])
        if word is None:
            word = self._growth_word(left)
            if word is not None:
                left = strip_right(left[: len(left) - len(word)], self.t.fillers)
        if word is None and _RECOVERED.search(self.text, r, first.start) is not None:
            word = _RECOVERY  # 分别恢复到2019年同期的135%和128%: the recovery of each measure before
        if word is None:
            measure = self._item_measure(left, len(figs), i)
            share = _RATIO.search(self.text[r + 2:first.start].rstrip())
            if measure is None and share is None:
                measure = self._measure_after_fenbie(r, first.start, left, len(figs), i)
            return measure + "占" + share.group(1) if measure and share else measure
        prev = self._previous_list(figs[0], len(figs))
        if not prev and not left.strip():  # 接待游客410万人次,旅游收入3.7亿元,分别增长6.5%和9.2%
            prev = self._figures_before(figs[0], len(figs))
        base = growth_base(self.metric_of(prev[i]) or "") if prev else self._item_measure(left, len(figs), i)
        if not base and not left:
            counted = self._counted_owners_growth(r, figs[0], word)
            if counted is not None:
                return counted
        return base + word if base else None

    def _listed_change_owner(self, f: int, metric: str | None) -> tuple[bool, int | None]:
        """``(found, owner)`` for a change listed after 分别 with nothing before 分别 in its clause
        (A接待游客26万人次，B接待游客18万人次，同比分别增长12%和20%): the i-th change is of the i-th
        figure before the list, so that figure's owner's (not the sentence's last owner's)."""
        if metric is None or split_growth(metric)[1] is None:
            return False, None
        figs = self._figure_list(f)
        if figs is None or self._respectively(f) is not None:
            return False, None
        left = self._list_words(figs[0])[1]
        if left.strip():
            return False, None
        prev = self._previous_list(figs[0], len(figs)) or self._figures_before(figs[0], len(figs))
        if not prev:
            return False, None
        return True, self._owner.get(prev[f - figs[0]])

    def _measure_after_fenbie(self, r: int, a: int, left: str, n: int, i: int) -> str | None:
        """The measure written between 分别 (at ``r``) and the first figure of its list (at
        ``a``), shared by all the figures (两家企业分别实现营业收入12亿元和8亿元); with the items
        listed before 分别 when they name kinds of one group (省、市重点项目分别完成投资… ->
        省重点项目完成投资, 市重点项目完成投资). None when only fillers stand there (分别为)."""
        between = strip_right(self.text[r + 2:a], self.t.fillers).strip()
        if not between or not HAN.search(between) or CLAUSE_RE.search(between) is not None:
            return None
        shared = self._measure(between)
        if not shared:
            return None
        return (self._item_measure(left + shared, n, i) if left else None) or shared

    def _counted_owners_growth(self, r: int, first: int, word: str) -> str | None:
        """A、B、C三大景区分别增长x、y、z, A、B等3个县区分别增长…: the owners' number and kind
        before 分别 name no measure; the growth is of the measure before them in the sentence
        (not of 县区, the count's noun). None when no such words stand before 分别."""
        k = _bisect_left(self.starts, r) - 1
        if self._owners_counted_before(r):
            return self._change_of_previous(k, word)
        if _OWNERS_COUNTED.fullmatch(self.text, self.prev_span_end(r, self.sa[first]), r):
            return self._change_of_previous(first, word)
        return None

    def _figures_before(self, f: int, n: int) -> list[int] | None:
        """The ``n`` figures (no DATE) right before figure ``f`` in its sentence, in order, when
        there are as many: what a 分别 list with no items of its own is about."""
        sa = self.sa[f]
        out: list[int] = []
        g = f - 1
        while g >= 0 and self.starts[g] >= sa and len(out) < n:
            if self.labels[g] in FACT_FIGURES and self.labels[g] != "DATE":
                out.append(g)
            g -= 1
        return out[::-1] if len(out) == n else None

    def _parallel_metric(self, f: int) -> str | None:
        """``锌、银产量分别为X和Y，较上年下跌2.5%及6%``: a list of figures after a growth word,
        without 分别 of its own, right after a 分别 list of as many figures in its sentence: the
        i-th measures the growth of the i-th measure of that list (锌产量下跌, 银产量下跌)."""
        figs = self._joined_figures(f)
        if figs is None:
            return None
        first = figs[0]
        word = self._growth_word(self.text[self._words_from(first):self.starts[first]])
        if word is None:
            return None
        prev = self._previous_list(first, len(figs))
        if not prev:
            return None
        base = growth_base(self.metric_of(prev[f - first]) or "")
        return base + word if base else None

    def _joined_figures(self, f: int) -> list[int] | None:
        """The figures (no DATE) joined to ``f`` by list gaps (、 和 及 …), in order, when
        there are two or more; else None. Found once per list: every member is told."""
        memo = self._joined_at
        if f in memo:
            return memo[f]
        lo = f
        while lo > 0 and self._joined(lo - 1, lo):
            lo -= 1
        hi = f
        while hi + 1 < len(self.c) and self._joined(hi, hi + 1):
            hi += 1
        figs = list(range(lo, hi + 1)) if hi > lo else None
        for g in range(lo, hi + 1):
            memo[g] = figs
        return figs

    def _joined(self, a: int, b: int) -> bool:
        """Spans ``a`` and ``b`` = ``a`` + 1 are figures (no DATE) of one list. (A method, not a
        closure: compiled, a method is called directly.)"""
        labels = self.labels
        return labels[a] in FACT_FIGURES and labels[a] != "DATE" and labels[b] != "DATE" \
            and labels[b] in FACT_FIGURES and self._list_gap(self.text[self.ends[a]:self.starts[b]])

    def _list_words(self, first: int) -> tuple[int, str]:
        """Where 分别 is before the list opening with figure ``first``, and the words in its
        clause before it (铜、钴产量), without quotes, fillers and opening words: the same for
        every figure of the list, found once."""
        got = self._list_words_at.get(first)
        if got is None:
            r = self.fenbie_before(first)
            lo = self.prev_span_end(r, self.sa[first])
            if lo in self.comparison_dates:  # 较去年|同期|分别增长: the compared period, no items
                after = _COMPARED_AFTER.match(self.text, lo, r)  # (an optional pattern: it always matches)
                lo = after.end() if after is not None else lo
            for m in _CLAUSE_BREAK.finditer(self.text, lo, r):
                lo = m.end()
            words = strip_right(_COMPARISON.sub("", QUOTES.sub("", self.text[lo:r])), self.t.fillers)
            # 某区域实现铅、锡产量: the items follow the last light verb
            words = words[max((words.rfind(v) + len(v) for v in _TRANSPARENT if v in words), default=0):]
            words = strip_left(self._without_reference(words), self.t.prefixes)
            if words.startswith(_GROUP_KINDS):
                words = self._without_shared_kind(words)
            if (_OWNERS_COUNTED.fullmatch(words) or self._owners_counted_before(r)) and not self._table_suffix(words):
                words = ""  # A、B三大景区分别…, A、B等3个县区分别增长: the owners' number and kind, no measure
            got = self._list_words_at[first] = (r, words)
        return got

    def _without_shared_kind(self, s: str) -> str:
        """``s``, the items before 分别, without the word of kind opening them when it is
        shared by the items (规上|电子信息产业、新材料产业增加值 -> 电子信息产业增加值, …): a
        first item that is a measure of its own keeps it (规上工业增加值、固定资产投资)."""
        kind = next(k for k in _GROUP_KINDS if s.startswith(k))
        first = _ITEM_SPLIT.split(s, 1)
        if len(first) < 2 or self._table_suffix(first[0]):
            return s
        return s[len(kind):]

    def _without_reference(self, s: str) -> str:
        """``s`` without the referring word opening it (公司铜、金产量 -> 铜、金产量; 该区…):
        the word names the owner, not the measure."""
        refs = self.t.references
        for n in range(min(max_ref_len(), len(s) - 1), 1, -1):
            if s[:n] in refs:
                return s[n:]
        return s

    def _list_gap(self, gap: str) -> bool:
        """What may stand between two figures of a list: 、 和 及 …, also with a growth word
        (上升3.5%及下跌1.2%)."""
        if gap in _LIST_SEPS:
            return True
        w = self._growth_word(gap)
        return w is not None and gap[: len(gap) - len(w)] in _LIST_SEPS

    def _growth_word(self, s: str) -> str | None:
        """The growth word (增长, 下降 …) ``s`` ends with, longest first."""
        s = s.strip()
        words = self.t.growth_suffixes
        return words.suffix(s) if s[-1:] in words.finals else None

    def _item_measure(self, left: str, n: int, i: int) -> str | None:
        """The i-th of ``n`` items listed before a shared measure: 铜、钴产量 -> 钴产量; items
        shorter than the last share its head noun (冶金、能源等传统支柱产业增加值 -> 冶金产业增加值)."""
        term = self._table_suffix(left)
        whole = _ITEM_SPLIT.split(left)
        if not term:
            if len(whole) == n > 1 and all(x.endswith(_MEASURE_ENDS) for x in whole):
                return self._measure(whole[i])  # 化学需氧量、氨氮排放量分别下降…: measures the table lacks
            return None
        if len(whole) == n > 1 and all(self._table_suffix(x) or x.endswith(_MEASURE_ENDS) for x in whole[:-1]):
            # 营业收入和净利润分别为…, 接待游客人次、旅游收入分别增长…: each item a measure of its own
            # (假期全市|接待游客人次: after the scope word the first item opens with)
            return self._measure(self.t.place_ref_re.split(whole[i])[-1] if i == 0 else whole[i])
        if left[len(left) - len(term) - 1:len(left) - len(term)] in _ITEM_JOINS:
            # 城镇、|农村居民人均可支配收入: the last item opens the longest term; the shared
            # measure is the term without it (居民人均可支配收入)
            term = next((term[k:] for k in range(1, len(term) - 1) if term[k:] in self.t.metrics), term)
        items = [x for x in _ITEM_SPLIT.split(left[: len(left) - len(term)]) if x]
        if items and "等" in items[-1]:  # A、B等传统支柱产业: the collective gives the head, A and B the items
            items[-1], collective = items[-1].split("等", 1)
            head = pos_cut(collective, self.ctx)[-1][0] if HAN.search(collective) else ""
            if len(head) > 2:  # 传统支柱产业 -> 产业
                head = head[-2:]
        else:  # 省、市重点项目: the last item is an item (市) and the shared rest (重点项目)
            lengths = {len(x) for x in items[:-1]}
            width = lengths.pop() if len(lengths) == 1 else 0
            head = items[-1][width:] if items and 0 < width < len(items[-1]) else ""
            collective = items[-1] if items else ""
        if len(items) != n or any(len(x) > 8 for x in items):
            return None
        item = items[i]
        if head and len(head) < len(collective) and not item.endswith(head):
            item += head
        return item + term

    def _previous_list(self, f: int, n: int) -> list[int] | None:
        """The ``n`` figures of the 分别 list before figure ``f`` in its sentence."""
        sa = self.sa[f]
        g = f - 1
        while g >= 0 and self.starts[g] >= sa:
            if self.labels[g] in FACT_FIGURES:
                figs = self._figure_list(g)
                if figs is not None and len(figs) == n:
                    return figs
                return None
            g -= 1
        return None

    def _last_term(self, s: str) -> str | None:
        """The table measure ending last in ``s`` (longest on ties): from the right, the
        first end where a measure ends, and the longest measure ending there."""
        words = self.t.metric_words
        finals = words.end_lengths
        for end in range(len(s), 0, -1):
            if s[end - 1] in finals:
                term = words.suffix(s[:end])
                if term:
                    return term
        return None

    def _clause_measure(self, f: int) -> str | None:
        """``…长度居全省之最,达到了1200米``: the measure named in the clause before."""
        ca = self.ca[f]
        sa = self.sa[f]
        if ca <= sa:
            return None
        pa, _ = self.tx.clause(ca - 1)
        if any(self.labels[j] in FACT_FIGURES for j in self.spans_between(pa, ca)):
            return None
        words = CLAUSE_RE.sub("", self.text[pa:ca]).strip()
        term = self._last_term(words)
        if term and words.endswith(term):  # 粮食总产量：全年达到52亿斤: the clause names the measure, whole
            return self._extend(words, term)
        return term

    def _in_breakdown(self, f: int) -> bool:
        """The figure's sentence opens with 其中 (quotes and spaces before it aside)."""
        sa = self.sa[f]
        opener = self.text[sa:sa + 1]
        if opener != "其" and opener != " " and not QUOTES.match(opener):  # (most sentences: one character tells)
            return False
        return self.unquoted(sa, self.starts[f]).lstrip(" ").startswith("其中")

    def _parent_measure(self, f: int) -> str | None:
        """``…进行投资。其中,A 20亿元`` : the parts take the measure of the whole, unless the
        whole's figures are all of other kinds (…总投资286亿元。其中…年产电解铜箔5万吨)."""
        sa = self.sa[f]
        if sa == 0:
            return None
        psa, _ = self.tx.sentence(sa - 1)
        kinds = {self.labels[k] for k in range(_bisect_left(self.starts, psa), _bisect_left(self.starts, sa))
                 if self.labels[k] in FACT_FIGURES}
        if kinds and self.labels[f] not in kinds:
            return None  # the whole's figures are of other kinds
        return self._last_term(self.text[psa:sa])

    def _table_suffix(self, s: str) -> str | None:
        """The longest table measure ``s`` ends with."""
        words = self.t.metric_words
        return words.suffix(s) if s[-1:] in words.finals else None

    def _after_count(self, f: int) -> bool:
        """The words before the figure's measure follow a count: 120个重大项目已完成投资300亿元."""
        c = self.c[f]
        lo = self._words_from(f)
        j = _bisect_left(self.starts, lo) - 1
        while j >= 0 and self.ends[j] > lo:
            j -= 1
        return j >= 0 and self.ends[j] == lo and self.labels[j] == "COUNT" and j != f

    def _measure(self, s: str) -> str | None:
        """The measure ``s`` ends with: a table term with the words before it that belong to
        it (夏粮总产量), or a free phrase."""
        term = self._table_suffix(s)
        if term is None and s.endswith(_PLAN_TAILS):
            planned = self._planned_measure(s)
            if planned:
                return planned
        return self._extend(s, term) if term else self._free(s)

    def _planned_measure(self, s: str) -> str | None:
        """一般公共预算收入(预算)安排, 政府性基金预算收入安排: a table measure and the word of its
        planned amount after it (``_PLAN_TAILS``), the measure read as a table term (not cut
        as a phrase too long); None when no table measure is written before that word."""
        tail = next(w for w in _PLAN_TAILS if s.endswith(w))
        head = s[: len(s) - len(tail)]
        term = self._table_suffix(head) if head else None
        if not term:
            return None
        m = self._extend(head, term)
        return m + tail if len(m) + len(tail) <= _MAX_METRIC else m

    def _extend(self, left: str, term: str, counted: bool = False) -> str:
        """``term`` with the nouns and modifier words written right before it in ``left``:
        全市夏粮总产量 -> 夏粮总产量, 带动全县重点项目完成投资 -> 重点项目完成投资; never over 的,
        a referring word (该项目, 该酒店), a comparison (比上年) or a verb; a scope word inside
        goes (年末全区常住人口 -> 年末常住人口) unless a comparison names it (高于全省水平).
        ``counted``: the words follow a count (120个重大项目已完成投资): they name the group
        counted, not the measure, so only modifiers join."""
        if len(left) <= len(term):  # nothing written before the measure
            return term
        if left[-len(term) - 1] + term[0] in self.t.modifiers:
            # 全年|接待游客 read as 全|年接待游客: the modifier the measure's first character ends
            return self._extend(left, left[-len(term) - 1] + term, counted)
        rest = CLAUSE_RE.split(left[: len(left) - len(term)])[-1]
        cut, scope_head = 0, ""
        for m in self.t.stop_re.finditer(rest):
            if self.t.references.get(m.group(), ("",))[0] == "SCOPE":
                if rest[:m.start()].endswith(_COMPARE_WORDS):
                    cut, scope_head = m.end(), m.group()  # 高于全省水平: the comparison's own scope
                continue
            cut, scope_head = m.end(), ""
        gai = rest.rfind("该", cut)
        if gai >= 0:  # 该酒店建筑面积, 该电站总工期: the noun after 该 names the owner
            after = pos_cut(rest[gai + 1:], self.ctx) if has_han(rest[gai + 1:]) else []
            cut = gai + 1 + (len(after[0][0]) if after else 0)
        rest = self.t.place_ref_re.sub("", self._annual_over_scope(rest[cut:]))
        if not rest or not HAN_OR_WORD.search(rest):
            return scope_head + term if scope_head and not rest else term
        if _EMPLOYED in term and rest.endswith(_TRANSPARENT_WORDS):
            group = self._employed_group(rest)
            if group:
                return group + term
        words = pos_cut(rest, self.ctx)
        keep: list[str] = []
        for i in range(len(words) - 1, -1, -1):
            w, flag = words[i]
            if w in _TIME_WORDS:
                break
            if w == "年" and not keep and (i == 0 or words[i - 1][1] not in ("m", "mq")):
                keep.append(w)  # 年税收, 年利润: an annual measure (not 三年|税收, a span of years)
                break
            if w in _TRANSPARENT and keep and i > 0:
                continue
            if w in self.t.modifiers or (not counted and w not in self.t.prefix_set and w not in self.t.filler_set
                                         and (_NOUN_FLAGS.match(flag) or (
                                             flag == "vn" and not keep and len(w) == 2 and i == len(words) - 1
                                             and (i == 0 or words[i - 1][0] in self.t.modifiers or (
                                                 _NOUN_FLAGS.match(words[i - 1][1]) is not None
                                                 and len(words[i - 1][0]) > 1))))):
                # 商品房|销售|面积, 供热|面积, 国有|建设|用地, 累计|服务|时长: a verbal noun right before the
                # measure, after a noun or a modifier or opening the words, names its kind (not
                # 开工|建设|用时: a verb's object, nor after a one-character noun a verb may end: 安置|房)
                keep.append(w)
                continue
            if keep and w in _KIND_WORDS and not counted:
                keep.append(w)  # 新|材料产业产值, 新一代|信息技术产业增加值: a word of kind inside the nouns
                continue
            if w in _JOINERS and keep and i > 0 and _NOUN_FLAGS.match(words[i - 1][1]) and not counted:
                keep.append(w)  # 交通和通讯价格: two nouns joined
                continue
            break
        while keep and keep[-1] in _JOINERS:
            keep.pop()
        if keep and keep[0] in self.t.references:  # (X)项目总投资: the head noun names the owner, not the measure
            keep = []
        while keep and keep[-1] in self.t.references:  # 项目装机规模 -> 装机规模
            keep.pop()
        ext = "".join(reversed(keep))
        counted_places = DIVISION_COUNT.match(ext)
        if counted_places is not None:
            ext = ext[counted_places.end():]  # 栾川五县|粮食产量: the count of the places listed
        if self._may_be_tail(ext) and ext in self._owner_tails:  # 集聚区入驻企业: the owner's head noun, not the measure
            ext = ""
        if scope_head and ext == rest:
            ext = scope_head + ext
        return ext + term if len(ext) + len(term) <= _MAX_METRIC else term

    @staticmethod
    def _employed_group(rest: str) -> str:
        """就业困难人员实现|就业, 脱贫人口实现|就业: the group of people the employment measure
        counts, written before the transparent verb (whatever its words' tags: 就业困难人员
        opens with a verb); "" when the words before the verb end with no group noun or are
        longer than a group's name."""
        verb = next(w for w in _TRANSPARENT_WORDS if rest.endswith(w))
        group = rest[: len(rest) - len(verb)].strip()
        if 2 <= len(group) <= _MAX_GROUP and group.endswith(_EMPLOYED_GROUPS) and HAN.fullmatch(group[0]) \
                and len(HAN.findall(group)) == len(group):
            return group
        return ""

    def _annual_over_scope(self, s: str) -> str:
        """``s`` less a 全年 written before a scope word (全年全县|地区生产总值 -> 地区生产总值):
        a bulletin's year, not part of the measure, as 全年出生人口 -> 出生人口; written right
        before the measure it stays (全年接待游客: 全|年接待游客)."""
        i = s.find("全年")
        if i < 0 or self.t.place_ref_re.match(s, i + 2) is None:
            return s
        return s[:i] + s[i + 2:]

    def _may_be_tail(self, s: str) -> bool:
        """Whether ``s`` can be one of ``_owner_tails`` (an owner name's last two or three
        characters, which start with one of ``_owner_finals``): the quick test before the set
        is made (only these rules ask for it)."""
        return 1 < len(s) < 4 and s[0] in self._owner_finals

    def _free(self, s: str) -> str | None:
        """A measure the table does not know: the last phrase of the clause before the figure."""
        if not has_han(s):  # (what is left of it after the cuts below has no Chinese either)
            return None
        # words are cut only when a separator or time word could be among them (tagging a
        # phrase costs more than all the rest of this rule)
        words = () if _SPLIT_CHARS.isdisjoint(s) else pos_cut(s, self.ctx)
        for i in range(len(words) - 1, -1, -1):
            if words[i][0] in _FREE_SEPS or words[i][0] in _TIME_WORDS:
                # 收集有效线索: 有 inside 有效 does not split; 十四五末开发容量: 末 ends the when
                s = "".join(w for w, _ in words[i + 1:])
                break
        if "周" in s or "星期" in s:  # 上周五收报: the day is when, the measure follows it
            day = None
            for day in _WEEKDAY.finditer(s):
                pass
            if day is not None and day.end() < len(s):
                s = s[day.end():]
        s = s.lstrip()
        m = self.t.connective_re.match(s) if s[:1] in self.t.connective_initials else None
        if m is not None and m.end() < len(s):
            s = s[m.end():].lstrip(",， ")  # 同时|全县新建农村公路, (今年)以来|该院受理案件: read past it
        compare = s.startswith(_COMPARE_OR_WITH)  # 比全国平均水平: the scope word stays
        refs = self.t.references
        tail = len(s) > 2 and s[0] in self._owner_finals  # an owner's head noun may open it
        if tail or (len(s) > 2 and (s[0] in self.t.ref_initials or not self.prechecks)):  # or a referring word
            for n in range(min(max_ref_len(), len(s) - 1), 1, -1):
                if compare and refs.get(s[:n], ("",))[0] == "SCOPE":
                    break
                if s[:n] in refs or (tail and n <= 3 and len(s) > n + 1 and s[:n] in self._owner_tails):
                    # 该园区入驻企业, 集聚区入驻企业 (an owner's head noun) -> 入驻企业
                    s = s[n:]
                    break
        if compare and s.startswith(_COMPARE_OR_WITH) and not s.startswith(_COMPARE_WORDS):
            # 比全国平均水平 -> 全国平均水平; 高于全省水平 stays (and so does what an owner's
            # head noun, cut above, began with)
            s = s[next(len(w) for w in _COMPARE_OR_WITH if s.startswith(w)):]
        else:
            s = self._without_prefixes(s)
        if s in self.t.prefix_set or s in self.t.filler_set or (s[:1] == "第" and _BARE_ORDINAL.fullmatch(s)):
            return None
        m = _COUNT_BEFORE.search(s)
        if m is not None and m.end() < len(s) - 1:
            cut = pos_cut(s, self.ctx)
            at = 0
            for w, _ in cut:  # the count must be a word of its own (审理|一起|涉案金额, not 统一|批…)
                at += len(w)
                if at == m.end() and w == m.group():
                    s = s[at:]  # a count of the cases or firms, not the measure
                    break
        s = strip_right(s, self.t.fillers, self._is_word).strip()
        if len(s) > 10:
            s = self._indicator(s) or self._added_kind(s) or self._last_words(s)
        if not s or len(s) > _MAX_INDICATOR or (len(s) > 10 and not s.endswith(_INDICATOR_HEADS) and not self._added_kind(s)):
            return None
        if not has_han(s) or (s[0].isdigit() and len(HAN.findall(s)) < 2) or s in self.t.connective_set or s in refs:
            return None  # no Chinese, or a number with one character (3个)
        if s not in self.t.measure_nouns and one_word_tag(s, self.ctx) in _NOT_MEASURE:
            return None  # 签署, 又, 增加到: a verb or adverb names no measure (收入 does, metrics.tsv noun)
        return s

    def _without_prefixes(self, s: str) -> str:
        """``s`` without the scope and adverb words opening it (metrics.tsv prefix); a bare
        group noun keeps the word of kind before it (全县规上企业 -> 规上企业, not 企业)."""
        bare = strip_left(s, self.t.prefixes)
        if bare in _GROUP_NOUNS:
            cut = s[: len(s) - len(bare)]
            kind = next((k for k in _GROUP_KINDS if cut.endswith(k)), "")
            return kind + bare
        return bare

    def _is_word(self, s: str) -> bool:
        """Is ``s`` a common word (行为, 高中: their last character is no filler there)? The
        entity rules' list (``rules/common_words.tsv``, generated from jieba's dictionary)."""
        return s in common_words()[0]

    def _indicator(self, s: str) -> str:
        """A plan indicator's long name (``indicator_head``: 每万人口发明专利拥有量, …占规模以上
        工业增加值比重) less the verbs and adverbs opening it; "" for any other phrase."""
        if not s.endswith(_INDICATOR_HEADS):
            return ""
        words = pos_cut(s, self.ctx)
        i = 0
        while i < len(words) - 1 and words[i][1] in _NOT_MEASURE:
            i += 1
        s = "".join(w for w, _ in words[i:])
        return s if len(s) <= _MAX_INDICATOR else ""

    @staticmethod
    def _added_kind(s: str) -> str:
        """A long name of a kind of firm or project added (新增国家级专精特新小巨人企业, 新认定省级
        工程技术研究中心项目), opened by a word of addition and ended by a group noun, kept whole
        up to ``_MAX_METRIC`` characters; "" for any other phrase."""
        return s if len(s) <= _MAX_METRIC and s.endswith(_GROUP_NOUNS) and s.startswith(_INCREMENT) else ""

    def _last_words(self, s: str) -> str:
        """The words that end a phrase too long for a measure, at most ten characters, when the
        words cut off before them are nouns (金融机构|人民币各项存款余额): a long name of a
        measure keeps its head; a clause with a verb in what is cut off names none ("")."""
        words = pos_cut(s, self.ctx)
        n = len(s)
        for i, (w, tag) in enumerate(words):
            if n <= 10:
                return "".join(x for x, _ in words[i:])
            if not tag.startswith("n"):
                return ""
            n -= len(w)
        return ""

    def _changed(self, f: int):
        """The measure of a value in a change (由/从 A 增加到 B): for both A and B, what is named
        before 由/从; ``_NO_CHANGE`` when ``f`` is neither."""
        verbs = self._change_verbs
        i = _bisect_left(verbs, self.ca[f])
        if i == len(verbs) or verbs[i] >= self.ce[f]:
            return _NO_CHANGE  # no verb of change in the clause (nearly all of them)
        g = self._figure_next(f, -1)
        if g is not None and _CHANGE_TO.fullmatch(self.text, self.ends[g], self.starts[f]) \
                and self._change_start(g) is not None:
            return self.metric_of(g)  # B: what A measures
        a = self._change_start(f)
        if a is None:
            return _NO_CHANGE
        h = self._figure_next(f, 1)
        if h is None or not _CHANGE_TO.fullmatch(self.text, self.ends[f], self.starts[h]):
            return _NO_CHANGE  # no new value: 从业人员3000人 is no change
        words = strip_right(self.unquoted(self.ca[f], a), self.t.fillers).strip()
        return self._measure(words) if words else None  # A

    def _change_start(self, f: int) -> int | None:
        """Where 由/从 opens the old value ``f`` of a change in its clause, or None."""
        m = _CHANGE_FROM.search(self.text, self.ca[f], self.starts[f])
        return m.start() if m and m.end() == self.starts[f] else None

    def _figure_next(self, f: int, step: int) -> int | None:
        """The figure after (``step`` 1) or before (-1) ``f`` in its clause, past dates, or None."""
        ca, ce, n = self.ca[f], self.ce[f], len(self.c)
        g = f + step
        while 0 <= g < n and ca <= self.starts[g] < ce and self.labels[g] == "DATE":
            g += step
        return g if 0 <= g < n and ca <= self.starts[g] < ce and self.labels[g] in FACT_FIGURES else None

    def _elliptic_metric(self, f: int) -> str | None:
        """甲市GDP为5480亿元，乙市为13600亿元; 粮食产量80万吨，今年有望突破85万吨: a figure whose
        clause opens with an owner or a date and names no measure measures what the figure of
        the same kind before it in its sentence measures (not a growth: that is read apart)."""
        k = f - 1
        if k < 0 or (self.labels[k] != "DATE" and self.labels[k] not in OWNER_LABELS):
            return None
        if self.starts[k] != self.ca[f] and self.text[self.ca[f]:self.starts[k]].strip() not in self.t.connective_set:
            return None  # (其中|郑州市1350亿元: a connective before the owner opens the clause too)
        g = k - 1
        while g >= 0 and self.starts[g] >= self.sa[f]:
            if self.labels[g] in FACT_FIGURES and self.labels[g] != "DATE":
                if self.ca[g] == self.ca[f]:
                    return None
                m = self.metric_of(g)
                if self.labels[g] != self.labels[f]:
                    if m and split_growth(m)[1] is not None:
                        g -= 1  # A区4.2亿元，增长3.6%；B区3.8亿元: past the growth of the figure before
                        continue
                    return None
                return m if m and split_growth(m)[1] is None else None
            g -= 1
        return None

    def _after_date(self, f: int) -> bool:
        """Figure ``f``'s words start right after a date inside its clause (交易额|今年前10个月|
        达到…): the words before that date may name its measure."""
        return f > 0 and self.labels[f - 1] == "DATE" and self.ends[f - 1] == self._words_from(f) \
            and self.starts[f - 1] > self.ca[f]

    def _level_after_growth(self, f: int) -> str | None:
        """营业收入同比增长12%至150亿元, GDP增长6%，达到5000亿元: a figure written right after a
        growth rate and a word of reaching (facts_cues.tsv level_after) is the level of what
        grows: the growth metric's measure; right after a figure of its own label (营业收入突破
        百亿元，达到105亿元) it restates that one's measure; None otherwise."""
        g = f - 1
        if g < 0 or self.labels[f] == "DATE" or (self.labels[g] != "PERCENT" and self.labels[g] != self.labels[f]) \
                or _LEVEL_AFTER.fullmatch(self.text, self.ends[g], self.starts[f]) is None:
            return None
        m = self.metric_of(g)
        if not m:
            return None
        if self.labels[g] == self.labels[f]:  # 营业收入突破百亿元，达到105亿元: the same measure again
            return m
        base, word = split_growth(m)
        return base if word is not None and base else None

    def _recovered(self, f: int) -> str | None:
        """旅游收入38.6亿元，恢复至2019年同期的92.3%: a percentage written right after 恢复到/恢复至
        and the past level it is a share of measures the recovery of the measure named before
        恢复 in its clause, or else of the figure before it in its sentence (旅游收入恢复);
        None when no 恢复到 opens the words right before it."""
        rec = _RECOVERED.search(self.text, self.ca[f], self.starts[f])
        if rec is None:
            return None
        words = strip_right(self.text[self._words_from_clause(f):rec.start()], self.t.fillers, self._is_word).strip()
        measure = self._measure(words) if words else None
        return measure + _RECOVERY if measure else self._change_of_previous(f, _RECOVERY)

    def _words_from_clause(self, f: int) -> int:
        """The clause start of figure ``f``, past a date opening the clause."""
        ca = self.ca[f]
        d = _bisect_left(self.starts, ca)
        return self.ends[d] if d < f and self.starts[d] == ca and self.labels[d] == "DATE" else ca

    def _against_yardstick(self, f: int) -> str | None:
        """A percentage compared with a scope's average: the difference in points after the
        yardstick figure (比全国平均水平3.0%快0.7个百分点, 与全国平均增长3.9%相比，高于全国2.1个
        百分点 -> <measure>增速高于全国, the measure of the sentence's growth rate; 增速高于全市
        平均水平(5.2%)1.1个百分点 -> 增速高于全市, the words the text writes), and a yardstick in
        brackets (-> 全市平均增速); None for any other percentage."""
        text = self.text
        if text[self.starts[f] - 1:self.starts[f]] in ("(", "（"):  # 增速高于全市平均水平(5.2%)
            inside = _YARD_IN.search(text, self._words_from(f), self.starts[f])
            if inside is None:
                return None
            lead = self._rate_lead(text[self._words_from(f):inside.start()])
            return inside.group(2) + "平均" + (lead or self.t.rate_words[0])
        lo = self._words_from(f)
        own = _YARD_OWN.fullmatch(text, lo, self.starts[f])
        if own is not None:  # 增长8.2%，比全省平均水平高|2.1个百分点: the yardstick named, not given
            word = "高于" if own.group(2) else "低于"
            return self._growth_measure(f) + self.t.rate_words[0] + word + own.group(1)
        k = max(text.rfind("比", lo, self.starts[f]), text.rfind("较", lo, self.starts[f]))
        own = _YARD_OWN.fullmatch(text, k, self.starts[f]) if k > lo else None
        if own is not None:  # GDP增速|比全市平均水平高|1.2个百分点: the rate's measure written before
            before = strip_right(text[lo:k], self.t.fillers).strip()
            m = self._measure(before) if HAN_OR_WORD.search(before) else None
            base = growth_base(m) if m else ""
            rate = self.t.rates.suffix(base) if base else None
            if rate and len(rate) < len(base):
                word = "高于" if own.group(2) else "低于"
                return base[: len(base) - len(rate)] + self.t.rate_words[0] + word + own.group(1)
        y = f - 1
        if y < 0 or self.labels[y] != "PERCENT" or self.starts[y] < self.sa[f]:
            return None
        gap = text[self.ends[y]:self.starts[f]]
        before = text[self._words_from(y):self.starts[y]]
        diff = _YARD_DIFF.fullmatch(gap)
        if diff is not None:  # 比全国平均水平3.0%快|0.7个百分点
            scope = _YARD_BEFORE.search(before)
            if scope is None:
                return None
            word = "高于" if diff.group(1) else "低于"
            return self._growth_measure(y) + self.t.rate_words[0] + word + scope.group(1)
        then = _YARD_THEN.search(text, self.ends[y], self.starts[f])
        if then is not None and then.end() == self.starts[f]:  # 与全国平均增长3.9%相比，高于全国
            return self._growth_measure(y) + self.t.rate_words[0] + then.group(1) + then.group(2)
        inside = _YARD_IN.search(before) if gap.strip() in ("", ")", "）") else None
        if inside is not None:  # 增速高于全市平均水平(5.2%)1.1个百分点
            lead = self._rate_lead(before[:inside.start()])
            return (lead if lead else self._growth_measure(y) + self.t.rate_words[0]) \
                + inside.group(1) + inside.group(2)
        return None

    def _rate_lead(self, words: str) -> str:
        """The rate word (增速, 增幅 …) that ends ``words``, the clause before a comparison
        (增速|高于全市); "" when none ends it."""
        words = strip_right(words.rstrip(), self.t.fillers).strip()
        return self.t.rates.suffix(words) or "" if words else ""

    def _growth_measure(self, y: int) -> str:
        """The measure whose growth rate the sentence gives before figure ``y`` (GDP增长3.7%，
        比上半年加快0.6个百分点 -> GDP): the metric of the nearest growth figure, without its
        growth and rate words; a yardstick's own (全国平均增长) is skipped; "" when none."""
        g = y - 1
        sa = self.sa[y]
        while g >= 0 and self.starts[g] >= sa:
            m = self.metric_of(g) if self.labels[g] == "PERCENT" else None
            if m and _YARD_BEFORE.search("比" + m[:2]) is None:
                rate0 = self.t.rate_words[0] if self.t.rate_words else ""
                at = max(m.find(rate0 + "高于"), m.find(rate0 + "低于")) if rate0 else -1
                if at > 0:  # GDP增速高于全市1.2个百分点，比全省…: the yardstick's metric, its measure GDP
                    return m[:at]
                base = growth_base(m)
                if base and base != m:
                    rate = self.t.rates.suffix(base)
                    return base[: len(base) - len(rate)] if rate else base
            g -= 1
        return ""

    def _aspired_again(self, f: int) -> str | None:
        """增长6.5%，力争7%; 增长6%，力争达到400亿元: a figure whose clause holds only an
        aspiration word (and a word of reaching) before it restates the target of the figure
        before it in the sentence: that one's metric, or, for a level after a growth rate, what
        grows; None otherwise."""
        if self.labels[f] == "DATE" or self.text[self.ca[f]:self.ca[f] + 1] not in _ASPIRED_INITIALS \
                or _ASPIRED.fullmatch(self.text, self.ca[f], self.starts[f]) is None:
            return None
        g = f - 1
        while g >= 0 and self.labels[g] == "DATE" and self.starts[g] >= self.sa[f]:
            g -= 1
        if g < 0 or self.starts[g] < self.sa[f] or self.labels[g] not in FACT_FIGURES:
            return None
        m = self.metric_of(g)
        if not m or self.labels[g] == self.labels[f]:
            return m or None
        base, word = split_growth(m)
        return base if self.labels[g] == "PERCENT" and word is not None and base else None

    def _running_total(self, f: int) -> str | None:
        """新增高新技术企业120家，总数达到860家; 新建充电桩3860个，累计达到2.36万个: a figure whose
        clause holds only a running-total word (and a word of reaching) after an increment of
        the same label and unit in its sentence counts what the increment counts: its measure
        without the word of addition (高新技术企业); None otherwise."""
        if self.labels[f] == "DATE" or _RUNNING_TOTAL.fullmatch(self.text, self.ca[f], self.starts[f]) is None:
            return None
        g = f - 1
        while g >= 0 and self.labels[g] == "DATE" and self.starts[g] >= self.sa[f]:
            g -= 1
        if g < 0 or self.starts[g] < self.sa[f] or self.labels[g] != self.labels[f] or self.c[g].unit != self.c[f].unit:
            return None
        m = self.metric_of(g)
        inc = next((w for w in _INCREMENT if m.startswith(w)), None) if m else None
        if m is None or inc is None or len(m) - len(inc) < 2:
            return None
        return m[len(inc):]

    def _change_of_previous(self, f: int, word: str) -> str:
        """The metric of a change ``word`` naming no measure of its own: the measure of the figure
        before it in its sentence, without that one's growth word (偃师区增长6.3%，孟津区增长5.8%:
        not 增长增长); a difference in percentage points after a growth rate is one of the rate
        (GDP增长5%，比上半年提高0.2个百分点 -> GDP增速提高; the first metrics.tsv rate)."""
        c = self.c[f]
        pp = c.unit == "pp" or self.text[c.start:c.end].endswith("百分点")
        prev = self._unlabelled_level(f) or self._previous_metric(f, not pp) or ""
        base = growth_base(prev)
        if base and base != prev and pp:
            reported = self.t.report.get(word, word)
            if self.t.rates.prefix(reported) is None and self.t.rates.suffix(base) is None and self.t.rate_words:
                base += self.t.rate_words[0]
        return base + word

    def _unlabelled_level(self, f: int) -> str | None:
        """PM2.5平均浓度为42微克/立方米，同比下降8.7%; 综合能耗为0.6吨标准煤/万元，下降3%: the
        measure of a level the clause right before ``f``'s ends with, written in a unit no
        figure label has (so no span: SPEC), when that clause holds no figure; else None."""
        cs = self.tx.clause_starts
        i = _bisect_right(cs, self.ca[f]) - 1
        if i < 1 or cs[i - 1] < self.sa[f]:
            return None
        pa, pe = cs[i - 1], self.tx.clause_ends[i - 1]
        if not self.text[pe - 1:pe].isalpha():  # (the clause ends with a unit, not a number)
            return None
        level = _UNLABELLED_LEVEL.search(self.text, pa, pe)
        if level is None:
            return None
        for j in self.spans_between(pa, pe):
            if self.labels[j] == "DATE" and self.starts[j] == pa:
                pa = self.ends[j]  # 1—9月全市PM2.5平均浓度为…: the date opening the clause is when
            elif self.labels[j] in FACT_FIGURES:
                return None
        words = strip_right(self.text[pa:level.start()], self.t.fillers).strip()
        return self._measure(words) if len(words) > 1 else None

    def _previous_metric(self, f: int, past_shares: bool = False) -> str | None:
        """The metric of the figure before ``f`` in its sentence; with ``past_shares``, of the
        one before a share of a plan or a whole (收入完成4.8亿元，完成年度预算的86.5%，增长9.2%:
        the income grows, not its share; a change in percentage points is the share's own)."""
        sa = self.sa[f]
        g = f - 1
        share = None
        while g >= 0 and self.starts[g] >= sa:
            if self.labels[g] in FACT_FIGURES:
                m = self.metric_of(g)
                if not (past_shares and self.labels[g] == "PERCENT" and m and _is_share(m)):
                    return m
                if share is None:
                    share = m
            g -= 1
        return share

    def _table_prefix(self, s: str) -> str | None:
        """The longest table measure (two characters or more) ``s`` starts with."""
        term = self.t.metric_words.prefix(s)
        return term if term and len(term) > 1 else None

    @staticmethod
    def _noun_then_verb(tags: list[tuple[str, str]]) -> str | None:
        """The nouns opening ``tags`` (a phrase cut by ``pos_cut``) when a verb follows them
        (企业|参加…), else None."""
        k = 0
        while k < len(tags) and tags[k][1][:1] == "n" and tags[k][1] != "nr":
            k += 1
        if k and k < len(tags) and tags[k][1] == "v":
            return "".join(w for w, _ in tags[:k])
        return None

    def _counted_noun(self, f: int) -> str | None:
        """For a count, the noun it counts: ``5条生产线`` -> 生产线, ``9个总投资…的项目`` -> 项目."""
        c = self.c[f]
        ce = self.ce[f]
        if c.end >= ce:  # the count ends its clause (half of them): nothing after it names a noun
            return None
        chunk_end, chunk_start = ce, c.end
        for k in self.spans_between(c.end, ce + 1):
            if chunk_start == c.end and self.labels[k] == "MONEY" and self._table_suffix(
                    self.text[c.end:self.starts[k]]) == self.text[c.end:self.starts[k]]:
                chunk_start = self.ends[k]  # 9个总投资86亿元配套项目: the class by its sum, then the noun
                continue
            if self.labels[k] in FACT_FIGURES and (
                    self.starts[k] == c.end or self.text[self.ends[k]:self.ends[k] + 1] == "的"):
                if self.starts[k] == chunk_start and self.labels[k] == "MONEY":
                    chunk_start = self.ends[k]  # 58个亿元以上重点项目: the class, then the noun
                continue  # 7个万亿级…集群, 5个总投资50亿元的项目
            chunk_end = min(chunk_end, self.starts[k])
            break
        chunk = self.text[chunk_start:chunk_end]
        close = _CLOSE_QUOTE.search(chunk)
        if close is not None and not _OPEN_QUOTE.search(chunk, 0, close.start()):
            chunk = chunk[:close.start()]  # “1个主会场+12个分会场”视频连线: the quote ends the noun
        chunk = QUOTES.sub("", chunk)[:24]
        if "的" in chunk:
            head = chunk.split("的", 1)[0]
            tags = pos_cut(head, self.ctx) if head and HAN.match(head) else []
            if tags and all(_NOUN_FLAGS.match(t) for _, t in tags):
                chunk = head  # 3条高速公路的建设进度: the noun counted owns what follows 的
            else:
                subject = self._noun_then_verb(tags)
                # 1200家企业参加在某地举办的展会: the noun counted is the subject of the verb;
                # 5个总投资50亿元的项目: the noun after a clause of it
                chunk = subject if subject is not None else chunk.rsplit("的", 1)[1]
        chunk = chunk.strip()
        if not chunk or not HAN_OR_WORD.match(chunk):
            return None
        term = self.t.metric_words.prefix(chunk)
        if term:  # 人就业 -> 就业
            return term
        words: list[tuple[str, str]] = []
        done = 0
        cut = pos_cut(chunk, self.ctx)
        for i, (w, flag) in enumerate(cut):
            if not words and flag in ("m", "q", "mq"):
                done += len(w)
                continue
            if words and w[:2] in _OPENS_MEASURE:
                break  # 28种蔬菜|平均零售价, 15家企业|人均产值: the measure after the noun counted
            if w in self.t.modifiers or w in self.t.prefix_set or w in self.t.filler_set or (words and self.t.stage_re.match(w)):
                break  # 26个项目全部竣工; 5条生产线建成投产 (a stage word, whatever its tag)
            if words and self._table_prefix(chunk[done:]):
                break  # 两个项目装机规模300MW: the measure of the next figure starts here
            done += len(w)
            if flag.startswith("n") or flag in ("j", "nz", "l", "eng") or (not words and flag in ("vn", "a", "b", "an")) \
                    or (flag == "vn" and words and words[-1][1] == "v"):  # (the noun after the verb below)
                words.append((w, flag))
                continue
            if flag == "v" and len(w) == 2 and i + 1 < len(cut) and (cut[i + 1][0] in _GROUP_NOUNS or (
                    words and cut[i + 1][1] == "vn" and len(cut[i + 1][0]) == 2)):
                words.append((w, flag))  # 观摩项目; 校企对接活动: a verb naming a kind of project, firm or event
                continue
            if flag in ("a", "b") and words and i + 1 < len(cut) and cut[i + 1][1][:1] in ("n", "b") \
                    and cut[i + 1][1] != "nr" and (flag == "a" or all(t == "b" for _, t in words)):
                # 产业链配套项目, 国家级专精特新企业: an adjective before a noun is inside the noun
                words.append((w, flag))
                continue
            if flag in ("v", "vn") and len(w) == 2 and words and i + 1 < len(cut) and cut[i + 1][0] in _COMPOUND_HEADS:
                words.append((w, "n"))  # 科技创新平台, 工程技术研究中心: the verb inside a compound noun
                continue
            break
        while words and words[-1][1] == "v":  # 5条生产线建成投产: the verb is not the noun
            words.pop()
        noun = "".join([w for w, _ in words])
        return noun or None
