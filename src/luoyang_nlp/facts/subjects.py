"""Whose figure it is: the owner attached to a figure, the subject of its clause, sentence,
paragraph or article, referring and scope words (该项目, 全市), unnamed groups (此次, 这批).
Extends ``LinkerCore`` (``core.py``: the document's spans, text and shared helpers)."""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from .core import LinkerCore
from .cues import (  # the rules' separators, cue words and shapes
    _MAX_GAP,
    _MAX_LOOKBACK,
    _LOCATED_DE,
    _LINE,
    _HEADLINE,
    _MAX_CARRY,
    _COMPARE,
    _BULLETS,
    _BATCH,
    _LOCATIVE,
    _WHERE_FIELD,
    _WHERE_FIELD_END,
    _VENUE_REFS,
    _ITEM_NUMBER,
    _ARTICLE_TOPICS,
    _APPOSITION,
    _WITHIN,
    _LINE_END,
    _GROUP_GAP,
    _THESE_N,
    _OWNERS_COUNTED,
    _PUBLICATIONS,
    _MAKES,
    _SINCE,
    _WHOLE,
    _RANK,
    _DATELINE_HEAD,
    _BYLINE_END,
    _GROUP_NOUNS,
    _HOSTED,
    _UNNAMED,
    _SCALES,
    _LIST_SEPS,
    _COMPARISON_FRAME,
    _COMPARED_WITH_WORDS,
    _COMPARED,
    _PARTNER,
    _BUILT_DE,
    _BUILT_DE_INITIALS,
    _BUILT,
    _COMPARISON_FRAME_INITIALS,
    _NEXT_CAPACITY,
    _BREAKDOWN,
    _AMONG,
    _PASSIVE,
    _PENALTY,
    _FINE,
    _PENALISED,
    _INCIDENT,
    _GOVERNMENT,
    _COMMITTEE,
    _SIGNED,
)
from .places import LEVELS, is_division, level_of
from .tables import FACT_FIGURES, OWNER_LABELS, max_ref_len, pos_cut, split_growth, tables
from .text import _ORDINAL_INITIALS, CLAUSE_RE, CLAUSE_SEP, HAN_OR_WORD, ORDINAL, QUOTES, SENT_END, Words
from .text import bisect_left as _bisect_left, bisect_right as _bisect_right, has_han, is_han

__all__ = ["SubjectRules"]

_SEPARATORS: Final = frozenset(SENT_END + CLAUSE_SEP)  # a clause starts after each of these
# a date starting at most this far into a clause opens it (今年以来该院…, “2024年…): the
# referring word after it is read, and the clause is not quiet
_DATE_LEAD: Final = 2
_SELF_REFS: Final = frozenset(("该", "本", "我", "其", "此"))  # what makes 项目/公司 at a clause start a referring word
_OWN_BODIES: Final = frozenset(_GOVERNMENT + _COMMITTEE)  # 县委, 县政府 less their level word
_LIST_JOINS: Final = "、和及与"  # between the owners of a list (甲、乙, 甲和乙)
_DEAL_JOINS: Final = "与同和"  # A与B签署…: B is A's party to the deal
_DEMONSTRATIVES: Final = "这那"  # 这两条高速公路: the count of a group pointed at
_KIND_MARK: Final = "类"  # 物流类项目: a class of projects in a breakdown
_REFERRING_OPENERS: Final = "该本此其这我"  # 该项目3个: a referring word opens the words, no kind
_ATTRIBUTE_TAIL: Final = 12  # characters of an attribute after 、 before its 的 (、共5层的)
_OPEN_BRACKETS: Final = "（("  # a figure after one may be a yardstick's value (全市平均水平（5.2%）)
_YARDSTICK_SPAN: Final = 12  # characters searched back from the bracket for the comparison word
_INVEST: Final = "投资"  # 投资50亿元建设X项目: the words before the money end with it
_MAX_INVEST_WORDS: Final = 8  # characters before the money from the sentence start (计划总投资, 今年拟投资)


_ITEM_NUMBER_ENDS: Final = frozenset(".．）)")  # the last characters of an _ITEM_NUMBER (less spaces)


@lru_cache(maxsize=1)
def _ref_initials() -> frozenset[str]:
    """The first characters of the referring words: a string opening with none starts none."""
    return frozenset(w[:1] for w in tables().references)


@lru_cache(maxsize=1)
def _ref_words() -> Words:
    """The referring words as ``Words``: for each first character, the lengths of the words
    opening with it, longest first."""
    return Words(tables().references)


@lru_cache(maxsize=1)
def _scope_terms() -> tuple[tuple[str, str], ...]:
    """``(term, level)`` of the scope words (全区 -> 区), in the order of the references table."""
    return tuple((term, suffix) for term, (label, suffix) in tables().references.items() if label == "SCOPE")


@lru_cache(maxsize=1)
def _word_initials() -> frozenset[str]:
    """The first characters of the referring words, the connectives, 这 (这8个) and 该 (该酒店):
    what a clause head may open with to be read past its ordinal (besides an owner's name)."""
    connectives = tables().connectives
    if "" in connectives:  # pragma: no cover - data error: an empty connective would match anything
        raise ValueError("facts_cues.tsv: an empty connective")
    return _ref_initials() | frozenset(w[0] for w in connectives) | frozenset("这该")


# words before a place word that make it no owner: where (在全市…, 在本县境内), a share's whole
# (占全国…), and in a clause's head also a yardstick (高于全省…)
_WHERE_OR_WHOLE: Final = _LOCATIVE + _WHOLE
_NOT_OWNER_BEFORE: Final = _LOCATIVE + _COMPARE + _WHOLE
# owners that a counted list (A、B等12个项目) stands for as one item of it: a place governs its
# group (郑州等10个省辖市: the province's)
_GROUPED: Final = frozenset(("COMPANY", "PROJECT"))


_ITEM_CHANGE_GAPS: Final = frozenset(("，", ","))  # between an item's figure and the clause of its change


class SubjectRules(LinkerCore):
    """The owner rules of ``Linker``; see ``owner_of`` for their order."""

    _owner_tails_v: frozenset | None = None
    _talking_clauses_v: frozenset[int] | None = None

    def owner_of(self, f: int, metric: str | None) -> int | None:
        a, e = self.starts[f], self.ends[f]
        sa = self.sa[f]
        # 0. 高于全市平均水平（5.2%）: the yardstick's value, not the topic's
        if a and self.text[a - 1] in _OPEN_BRACKETS:
            found, k = self._yardstick_value(f)
            if found:
                return k
        # 1. list item: "投资20亿元的X项目" -> the owner named after 的; an unnamed noun -> None
        last = self._attribute_chain_end(f)
        if last != f:  # "总投资20亿元、占地300亩的X项目"
            k = self._named_after_de(self.ends[last] + 1)
            if k is not None:
                return k
        tail = self._attribute_tail(last) if self.text[self.ends[last]:self.ends[last] + 1] == "、" else None
        if tail is not None:  # 建筑面积600平方米、共5层的X酒店: an attribute the spans miss ends the chain
            k = self._named_after_de(tail)
            if k is not None:
                return k
        built = _BUILT_DE.match(self.text, e) if self.labels[f] == "MONEY" \
            and self.text[e:e + 1] in _BUILT_DE_INITIALS else None
        if built:  # 投资12亿元建设的X项目: the owner after the verb of building and 的
            k = self._named_after_de(built.end())
            if k is not None:
                return k
        elif self.labels[f] == "MONEY" and self.text[e:e + 1] in _BUILT_DE_INITIALS:
            k = self._built_by_none(f)
            if k is not None:
                return k
        if self.text[e:e + 1] == "的":  # (a slice compiles to a primitive; startswith(x, e) to a method call)
            k = self._named_after_de(e + 1)
            if k is not None:
                return k
            # X公司总投资45亿元的项目: the owner before the measure; 年产20万吨的生产线: the topic;
            # 总投资6亿元的一批项目: an unnamed group
            k = self._owner_just_before(f)
            if k is not None:
                return k
            if self._unnamed_after_de(f):
                return None
        # 2. "A、B、C分别开工5个、4个和3个": the i-th owner takes the i-th figure
        resp = self._respectively(f) if self._has_fenbie else None
        if resp is not None:
            owners, figures = resp
            return owners[f - figures[0]]  # the figures are consecutive spans
        # 3. owner right before the measure in the same clause: "X项目总投资20亿元", "X20亿元"
        k = self._owner_just_before(f)
        if k is not None:
            return None if self._imposed_on_other(k, f) else self._firm_for_region(k, sa)
        # 3a. a capacity listed after another (X公司年产500万台平板电脑及年产20万台服务器): its owner
        g = self._listed_capacity(f)
        if g is not None:
            return self._owner.get(g)
        # 3b. a place word right before the measure: 去年我省900个项目, 带动全县重点项目完成投资
        found, k = self._inline_place_ref(f)
        if found:
            return k
        # 3c. 了解一下这两条…: a count after a demonstrative is the group it points at, unnamed
        # (宜阳县新建的这3所学校: a clause an owner opens keeps it)
        if a and self.labels[f] == "COUNT" and self.text[a - 1] in _DEMONSTRATIVES \
                and _bisect_left(self.owner_starts, self.ca[f]) == _bisect_left(self.owner_starts, a):
            return None
        # 3d. A区4.2亿元，增长3.6%；B区3.8亿元，增长5.1%: a change right after an item owner's figure
        if metric is not None and self.text[self.ca[f] - 1:self.ca[f]] in _ITEM_CHANGE_GAPS:
            found, k = self._change_of_item(f, metric)
            if found:
                return k
        # 4. sentence topic, referring word, or carried topic; a project's own measure after
        #    an actor that names one project (某委批复了X项目，总投资…) is the project's
        topic = self.topic(sa, a)
        if topic is None or self.labels[topic] != "PROJECT":
            if metric in self.t.project_measures:
                k = self._project_acted_on(sa, topic, a)
            else:  # …建设X基地，总投资140亿元，年产值300亿元: the clauses go on describing X
                k = self._project_described(f, sa, topic)
            if k is not None:
                return k
        if topic is not None:
            return None if self._imposed_on_other(topic, f) else topic
        # 5. territorial measures (GDP …) belong to the place named last (of the level 全区 names)
        base = split_growth(metric or "")[0]
        if base in self.t.metrics and self.t.metrics[base][1] == "PLACE":
            scope = self._scope_before(sa, a)
            if scope == "国":
                return None
            if scope:
                return self._place_of_level(a, scope)
            return self._last_place(a)
        return None

    def _change_of_item(self, f: int, metric: str) -> tuple[bool, int | None]:
        """``(found, owner)`` for a change (``metric`` ends in a growth word) whose clause names
        only it (dates aside) and follows a figure whose owner opens that clause as an item (A区
        4.2亿元，增长3.6%；B区3.8亿元，增长5.1%): the change of that figure, so that owner's (the
        item does not take over the sentence's topic)."""
        if split_growth(metric)[1] is None:
            return False, None
        ca = self.ca[f]
        g = f - 1
        while g >= 0 and self.starts[g] >= ca:
            if self.labels[g] != "DATE":  # 比上年增长: only a compared date before the change
                return False, None
            g -= 1
        if g < 0 or self.labels[g] not in FACT_FIGURES or self.ends[g] != ca - 1 or self.starts[g] < self.sa[f]:
            return False, None
        k = self._owner.get(g)
        if k is None or self.starts[k] != self.ca[g] or not self._item_owner(k):
            return False, None
        return True, k

    def _built_by_none(self, f: int) -> int | None:
        """投资50亿元建设X项目, 计划投资8亿元实施X工程: an investment no actor makes in its
        sentence (no owner, referring word nor quote before it: only the words of investing)
        is the project's built with it, named right after the verb of building; None when an
        actor is named (某公司投资5亿元建设X项目 stays the firm's, 洛阳市投资… the city's)."""
        e = self.ends[f]
        if self.labels[f] != "MONEY" or self.text[e:e + 1] not in _BUILT_DE_INITIALS:
            return None
        verb = _BUILT.match(self.text, e)
        if verb is None:
            return None
        sa, a = self.sa[f], self.starts[f]
        before = self.text[sa:a]
        if len(before) > _MAX_INVEST_WORDS or not before.endswith(_INVEST) or "该" in before \
                or any(self.labels[j] != "DATE" for j in self._entities_between(sa, a)):
            return None
        k = self._owner_starting_at(verb.end(), maxskip=0)
        if k is not None and self.labels[k] == "PLACE":
            k = self._head_of(k)
        return k if k is not None and self.labels[k] == "PROJECT" else None

    def _yardstick_value(self, f: int) -> tuple[bool, int | None]:
        """``(found, owner)`` for a figure in brackets closing the yardstick of a comparison in
        its clause (增速高于全市平均水平（5.2%）, 比全省（5.1%）高, 快于某市（6%）): the value of
        that yardstick — the whole's average written with a scope word (no owner named:
        None), or the place written there. Not a comparison with a date of the topic's own
        (比上年同期（6.1%）: no scope word nor place between)."""
        b = self.starts[f] - 1
        lo = max(self.ca[f], b - _YARDSTICK_SPAN)
        cut = -1
        for w in _COMPARE:
            i = self.text.rfind(w, lo, b)
            if i >= 0:
                cut = max(cut, i + len(w))
        if cut < 0:
            return False, None
        inside = self.spans_between(cut, b)
        if any(self.labels[j] in FACT_FIGURES or self.labels[j] == "DATE" for j in inside):
            return False, None
        places = [j for j in inside if self.labels[j] == "PLACE"]
        if places:
            return True, places[-1]
        r = _bisect_left(self._place_ref_starts, cut)
        if r < len(self._place_ref_starts) and self._place_ref_starts[r] < b:
            return True, None
        return False, None

    def _last_place(self, pos: int) -> int | None:
        """The place named last before ``pos`` that is no yardstick or trade partner (…对美国
        进出口5.2亿元: not 美国's); searched over at most ``_MAX_LOOKBACK`` places."""
        ks, starts = self.by_label.get("PLACE", ([], []))
        i = _bisect_left(starts, pos)
        for k in ks[max(0, i - _MAX_LOOKBACK):i][::-1]:
            if not self._compared_or_partner(k):
                return None if self.is_list_member(k) else k  # (某地等, 甲、乙、丙三区: a group)
        return None

    def _project_acted_on(self, sa: int, topic: int | None, pos: int) -> int | None:
        """The one PROJECT named in the sentence at ``sa`` after its ``topic`` (a topic carried
        from before: from ``sa``) and before ``pos``, not in a list nor closing one (X项目、Y项目
        等) nor a venue after a locative (在某会展中心举行): what the sentence's actor acts on
        (批复, 签约, 建设), so the owner of the project's own measures after it; else None. A
        sentence that names none, after a topic carried from before, has the one named since that
        topic (某公司投资建设某项目，建设期36个月。项目总投资40亿元)."""
        carried = topic is not None and self.ends[topic] < sa
        found = self._one_project(sa if topic is None or carried else self.ends[topic], pos)
        if found == -1:
            return None
        if found is None and carried and topic is not None:
            found = self._one_project(self.ends[topic], pos)
        return found if found is not None and found >= 0 else None

    def _one_project(self, a: int, pos: int) -> int | None:
        """The one PROJECT between ``a`` and ``pos`` (not in a list, no venue after a locative):
        its index, None when there is none, -1 when there are several or one is listed."""
        found = None
        for k in self.owners[_bisect_left(self.owner_starts, a):_bisect_left(self.owner_starts, pos)]:
            if self.labels[k] != "PROJECT" or self.ends[k] > pos or self._after_locative(k):
                continue
            if found is not None or self.is_list_member(k):
                return -1
            found = k
        return found

    def _project_described(self, f: int, sa: int, topic: int | None) -> int | None:
        """The project the sentence's actor acts on (``_project_acted_on``) when an earlier
        figure of the sentence is already its by a project's own measure (总投资, 占地 …) and
        no clause since the project names another subject: the clauses after it go on
        describing it (…，年产值300亿元，带动就业5000人), whatever their measure; else None."""
        pos = self.starts[f]
        k = self._project_acted_on(sa, topic, pos)
        if k is None or self.ca[f] <= self.ends[k] \
                or any(self.labels[j] != "DATE" for j in self._entities_between(self.ca[f], pos)):
            return None  # (…等2个项目: not a clause of its own; 卫龙在某区投资…: another actor's)
        g = f - 1
        while g >= 0 and self.starts[g] >= sa and not (self._owner.get(g, -1) == k and (
                self._metrics.get(g) in self.t.project_measures or self._built_by_none(g) == k)):
            g -= 1  # (投资8亿元建设X工程，铺设管网32公里: the sum built it)
        if g < 0 or self.starts[g] < sa or self._restated(self.ends[k], pos, k):
            return None
        return k

    def _restated(self, a: int, pos: int, k: int) -> bool:
        """A clause starting after ``a`` and before ``pos`` names a subject other than ``k``
        (a referring word, a scope word, an owner opening it)."""
        cs, ends = self.tx.clause_starts, self.tx.clause_ends
        for i in range(_bisect_right(cs, a), _bisect_right(cs, pos)):
            ca, ce = cs[i], ends[i]
            if self._quiet(ca, ce):
                continue
            ref, rest = self._clause_events(ca, ce, pos)
            if ref is not None and ref[1] != k:
                return True
            if any(o != k for _, o in rest):
                return True
        return False

    def _past_dateline(self, a: int, head: str) -> str:
        """``head``, the words opening the clause at ``a``, less a dateline (某某日报讯（记者 张三）,
        某地报道：) or the end of one the clause opens inside (张三）: a byline's space cut it)."""
        if "讯" in head or "报道" in head:
            return _DATELINE_HEAD.sub("", head, count=1)
        m = _BYLINE_END.match(head)
        if m is not None and _DATELINE_HEAD.match(self.text, max(0, a - 20), a + m.end()) is not None:
            return head[m.end():]
        return head

    def clause_initial(self, k: int) -> bool:
        """Nothing but dates, quotes, spaces and connectives before the span in its clause."""
        ka = self.starts[k]
        a = self.ca[k]
        if a == ka:  # the span opens its clause (half the time): nothing before it
            return True
        head = self.text[a:ka]
        dated = False
        for j in self.spans_between(a, ka):
            if self.labels[j] in ("DATE", "PLACE"):
                head = head.replace(self.text[self.starts[j]:self.ends[j]], "")
                dated = dated or self.labels[j] == "DATE"
        if head:
            head = self._past_dateline(a, head)  # 某某日报讯（记者 张三）X公司…: after a dateline
        if self.tx.quoted(a, ka):  # (head's characters are those of text[a:ka])
            head = QUOTES.sub("", head)
        head = head.strip(_BULLETS)
        # 位于伊滨区的X公司…: a located owner opens its clause too; so does one after a time
        # phrase (自2015年X公司在某县开展帮扶以来)
        # (every _LOCATED_DE ends with 的; every _ITEM_NUMBER with a stop, a bracket or a space)
        if head == "" or head in self.t.connective_set or (head[-1] == "的" and _LOCATED_DE.fullmatch(head)) \
                or (dated and head in _SINCE) \
                or ((head[-1] in _ITEM_NUMBER_ENDS or head[-1].isspace()) and _ITEM_NUMBER.fullmatch(head)):
            # 1.某某项目。: a list item's owner
            return True
        if head in _LOCATIVE and self.labels[k] == "PLACE" and not self.text[self.ends[k]:self.ce[k]].strip():
            return True  # 在嵩县，新建光伏电站8座: a clause of the place alone sets the scope
        # 与某公司合作建设的X项目,占地…: a project after the clause describing it (a verb before
        # 的) heads the clause
        if self.labels[k] == "PROJECT" and head.endswith("的") and len(head) > 2 and self._verb_before_de(head):
            return True
        # ，投资25亿元的X项目占地…: an owner whose attribute opens the clause (not a 、 list item)
        att = self._attached_by_de(k)
        if att is not None and (a == 0 or self.text[a - 1] != "、"):
            lead = self.unquoted(a, self.starts[att]).strip()
            return len(lead) <= 4 and not CLAUSE_RE.search(lead) \
                and not self.any_entity(self.spans_between(a, self.starts[att]))
        return False

    def _verb_before_de(self, head: str) -> bool:
        """Whether ``head`` (what opens the clause before a span, places and dates taken out)
        is a clause describing the span: a verb or a stage word right before its final 的
        (合作建设的, 引进的, 新开工的), and no verb opening it (接在建的X: X is the object of 接,
        not the clause's subject)."""
        words = pos_cut(head[-9:-1], self.ctx) if has_han(head[-9:-1]) else []
        if not words or not (words[-1][1].startswith("v") or head[:-1].endswith(self.t.stage_words)):
            return False  # (a stage word is a verb here whatever jieba tags it: 新开工的X项目)
        first = pos_cut(head[:6], self.ctx) if is_han(head[:1]) else []
        return not (first and first[0][1].startswith("v"))

    def _listed_capacity(self, f: int) -> int | None:
        """The figure before ``f`` in its clause when ``f`` is the next capacity of its list
        (…年产500万台平板电脑及年产20万台…) and that figure has a firm's or project's owner."""
        g = f - 1
        if g < 0 or self.labels[g] not in FACT_FIGURES or self.ca[g] != self.ca[f] \
                or not _NEXT_CAPACITY.fullmatch(self.text, self.ends[g], self.starts[f]):
            return None
        o = self._owner.get(g)
        return g if o is not None and self.labels[o] in ("COMPANY", "PROJECT") else None

    def _attribute_chain_end(self, f: int) -> int:
        """The last figure of ``…20亿元、占地300亩的`` when the chain from ``f`` ends with 的.
        Each figure of a chain is walked once per document: every figure on the way is told
        where its chain ends (a list of 1,000 figures costs 1,000 steps, not 500,000)."""
        if not self._attribute_link(f):
            return f
        memo = self._chain_de
        n, path = f + 1, []
        while True:
            if n in memo:
                end = memo[n]
                break
            path.append(n)
            if self.text[self.ends[n]:self.ends[n] + 1] == "的":
                end = n
                break
            if not self._attribute_link(n):
                end = None
                break
            n += 1
        for j in path:
            memo[j] = end
        return f if end is None else end

    def _attribute_tail(self, f: int) -> int | None:
        """Where the owner after ``…600平方米、共5层的`` would start: figure ``f`` followed by 、 and
        a short attribute the figure chain does not take (可容纳3000名学生, 设施一流) closed by 的,
        with no clause break nor entity in it; else None."""
        e = self.ends[f]
        if self.text[e:e + 1] != "、":
            return None
        i = self.text.find("的", e + 1, e + 1 + _ATTRIBUTE_TAIL)
        if i < 0 or CLAUSE_RE.search(self.text[e + 1:i]) or self.any_entity(self.spans_between(e + 1, i)):
            return None
        return i + 1

    def _attribute_link(self, j: int) -> bool:
        """The figure after ``j`` goes on ``j``'s list of attributes (``20亿元、占地300亩``)."""
        n = j + 1
        if n >= len(self.c) or self.labels[n] not in FACT_FIGURES:
            return False
        gap = self.text[self.ends[j]:self.starts[n]]
        return not (not gap or gap[0] not in "、和及" or len(gap) > 8 or "的" in gap or CLAUSE_RE.search(gap[1:]))

    def _scope_before(self, sa: int, pos: int) -> str | None:
        """The level of the last scope word (全区 -> 区) in the sentence before ``pos``."""
        best, level = -1, None
        for term, suffix in _scope_terms():
            i = self.text.rfind(term, sa, pos)
            if i > best:
                best, level = i, suffix
        return level

    def _respectively(self, f: int) -> tuple[list[int], list[int]] | None:
        """Owners listed before 分别 and figures listed after it, when both lists match (memoised:
        both the owner and the metric of a figure ask)."""
        if f not in self._resp:
            self._resp[f] = self._find_respectively(f)
        return self._resp[f]

    def _find_respectively(self, f: int) -> tuple[list[int], list[int]] | None:
        r = self.fenbie_before(f)
        if r < 0:
            return None
        if r not in self._resp_at:
            self._resp_at[r] = self._lists_around(r)
        owners, figs = self._resp_at[r]
        if not figs or not figs[0] <= f <= figs[-1] or len(figs) < 2:
            return None
        return (owners, figs) if len(owners) == len(figs) else None

    def _lists_around(self, r: int) -> tuple[list[int], list[int]]:
        """The owners listed right before 分别 at ``r`` and the figures listed after it (the
        figures are consecutive spans); the same for every figure of the list."""
        seps = _LIST_SEPS
        figs = self.figures_listed_after(r, seps.__contains__)
        owners: list[int] = []
        i = _bisect_left(self.starts, r) - 1
        pos = r
        if i >= 0 and self.labels[i] == "DATE" and self._measure_gap(self.text[self.ends[i]:r]):
            pos = self.starts[i]  # A、B今年(营业收入)分别…: the date says when, the owners stand before it
            i -= 1
        elif self._owners_counted_before(r):
            i -= 1  # A、B两家企业分别…: the owners' number (a COUNT) and kind stand before 分别
        while i >= 0 and self.labels[i] in OWNER_LABELS:
            gap = self.text[self.ends[i]:pos]
            if (owners and gap not in seps) or (not owners and not self._measure_gap(gap)):
                break  # (A、B总投资分别为…, A和B的GDP分别为…: a measure may stand between the owners and 分别)
            owners.append(i)
            pos = self.starts[i]
            i -= 1
        owners.reverse()
        if owners and self._compared_or_partner(owners[-1]):
            owners = []  # 比A、B分别高…: the yardsticks, not the owners
        if not owners:  # A、B总产值分别为X和Y，分别增长x和y: the owners of the 分别 before, in its sentence
            p = self.text.rfind("分别", self.tx.sentence(r)[0], r)
            if p >= 0:
                if p not in self._resp_at:
                    self._resp_at[p] = self._lists_around(p)
                owners = self._resp_at[p][0]
        return owners, figs

    def _owners_counted_before(self, r: int) -> bool:
        """Whether the words right before 分别 at ``r`` are the number (a COUNT span) and kind
        of the owners listed before them (A、B两家企业分别…, A、B、C等3个县区分别…)."""
        i = _bisect_left(self.starts, r) - 1
        return i > 0 and self.labels[i] == "COUNT" and self.labels[i - 1] in OWNER_LABELS \
            and _OWNERS_COUNTED.fullmatch(self.text, self.ends[i - 1], r) is not None

    def _measure_gap(self, gap: str) -> bool:
        """What may stand between listed owners (or their date) and 分别: two characters at
        most, or a measure, after 的, with at most four characters before it (A和B的GDP, A、B
        今年营业收入), and its rate after it (A、B地区生产总值增速: metrics.tsv rate)."""
        if len(gap) <= 2 or gap in self.t.metrics or _OWNERS_COUNTED.fullmatch(gap) is not None:
            return True  # (A、B、C三大景区分别…: the owners' number and kind)
        g = gap[1:] if gap[0] == "的" else gap
        rate = self.t.rates.suffix(g)
        if rate is not None and len(rate) < len(g):
            g = g[:-len(rate)]
            if g in self.t.metrics:
                return True
        term = self.t.metric_words.suffix(g)
        return term is not None and len(g) - len(term) <= 4 and not CLAUSE_RE.search(g)

    def _named_after_de(self, pos: int) -> int | None:
        """The owner a figure's attribute clause describes, named at ``pos`` (after its 的):
        not a place, but the project or firm a place written before it locates (…3亿元的某区|
        人才公寓项目: SPEC writes the place apart)."""
        k = self._owner_starting_at(pos, maxskip=2)
        if k is not None and self.labels[k] == "PLACE":
            k = self._head_of(k)
        return k if k is not None and self.labels[k] != "PLACE" else None

    def _owner_starting_at(self, pos: int, maxskip: int) -> int | None:
        i = _bisect_left(self.owner_starts, pos)
        if i < len(self.owners):
            k = self.owners[i]
            if self.starts[k] - pos <= maxskip and not HAN_OR_WORD.search(self.unquoted(pos, self.starts[k])):
                return k
        return None

    def _owner_just_before(self, f: int) -> int | None:
        a = self.starts[f]
        ca = self.ca[f]
        i = _bisect_left(self.owner_starts, a) - 1
        while i >= 0:
            k = self.owners[i]
            oa, oe = self.starts[k], self.ends[k]
            if oe > a:
                i -= 1
                continue
            if oa < ca:
                return None
            gap = self.text[oe:a]
            # other figures between (年产50万台3千瓦) are allowed; entities are not
            inside = self.spans_between(oe, a)
            if self.any_entity(inside) or self.is_list_member(k) or self.in_title(k):
                return None
            plain = gap
            for j in inside:
                plain = plain.replace(self.text[self.starts[j]:self.ends[j]], "")
            if len(plain) > _MAX_GAP or "的" in plain or "等" in plain:
                return None
            if self._attached_by_de(k) is not None and not plain.startswith(_MAKES) \
                    and not (gap == "" and self.labels[k] == "COMPANY" and self.labels[f] in _SCALES):
                # …亿元的X项目 占地…: X's (topic); but 108亿元的X公司年产… or X公司15万吨…项目: X makes it
                return None
            if self._locative(k) or self._section(k) or self._unnamed_member(k) or self._compared_or_partner(k) \
                    or self._passive_agent(k):
                return None
            if plain.startswith(_SIGNED):  # A与B签署了百万千瓦…项目协议: a party of the deal
                return self._signing_party(k)
            if self._closes_list(k) and not plain.startswith(_MAKES):
                # 老君山和白云山景区接待游客12万人次: the two together, no one owner (but …、某公司
                # 年产360万片…项目: what a listed firm makes is its own)
                return None
            return k
        return None

    def _closes_list(self, k: int) -> bool:
        """Owner ``k`` is the last of a list of owners: another owner ends right before the
        list separator (、和及与) written before it (甲、乙; 老君山和白云山景区), not a run of
        names written together (河南洛阳)."""
        a = self.starts[k]
        if a < 2 or self.text[a - 1] not in _LIST_JOINS:
            return False
        j = _bisect_left(self.starts, a) - 1
        while j >= 0 and self.ends[j] > a - 1:
            j -= 1
        return j >= 0 and self.ends[j] == a - 1 and self.labels[j] in OWNER_LABELS

    def _signing_party(self, k: int) -> int:
        """The party a deal's figure belongs to when ``k`` closes ``A与B`` before a verb of
        signing (facts_cues.tsv signed): B is the party A deals with (like 对某国出口), so A;
        but the firm when B is the only firm of the two (某市与某公司签署…项目: the firm builds
        it). ``k`` when no owner joined by 与/同/和 is written right before it."""
        a = self._run_start(k)
        if a < 1 or self.text[a - 1] not in _DEAL_JOINS:
            return k
        j = _bisect_left(self.starts, a - 1) - 1
        while j >= 0 and self.ends[j] > a - 1:
            j -= 1
        if j < 0 or self.ends[j] != a - 1 or self.labels[j] not in OWNER_LABELS or self.starts[j] < self.ca[k]:
            return k
        if self.labels[k] == "COMPANY" and self.labels[j] != "COMPANY":
            return k
        return self._head_of(j) if self.labels[j] == "PLACE" and not self._own_government(j, j + 1) else j

    def _passive_agent(self, k: int) -> bool:
        """``X公司被某局罚款8万元``: owner ``k`` (or the run it ends) is the agent of a passive
        (facts_cues.tsv passive), not the party the figure belongs to."""
        a = self._run_start(k)
        return self.text.endswith(_PASSIVE, max(0, a - 2), a)

    def _imposed_on_other(self, k: int, f: int) -> bool:
        """Figure ``f`` of a sentence about the ORG ``k`` (a court, a bureau, a brigade) is
        another party's: a penalty the body imposes (判处被告人…, 并处罚金, 对某企业罚款: facts_cues.tsv
        penalty, or fine with penalised), or a measure of an incident or case (过火面积, 违法所得:
        incident) in the figure's clause."""
        if self.labels[k] != "ORG":
            return False
        text = self.text
        a = self.starts[f]
        if any(text.find(w, self.ca[f], a) >= 0 for w in _INCIDENT):
            return True
        lo = max(self.sa[f], self.ends[k])
        if any(text.find(w, lo, a) >= 0 for w in _PENALTY):
            return True
        return any(text.find(w, lo, a) >= 0 for w in _FINE) and any(text.find(w, lo, a) >= 0 for w in _PENALISED)

    def _compared_or_partner(self, k: int) -> bool:
        """``比某市高…``, ``与某市相比…``, ``对某国出口…``: an owner (or the list it closes)
        after a comparison word, or a place or body after a word of trade (facts_cues.tsv
        compare, compare_with … compared, partner): the yardstick or the party dealt with, not
        whose the figure is."""
        a = self._run_start(k)
        before = self.text[max(0, a - 2):a]
        if before.endswith(_COMPARE):
            return True
        if before.endswith(_PARTNER) and self.labels[k] in ("PLACE", "ORG"):
            return True
        return before.endswith(_COMPARED_WITH_WORDS) and self.text.startswith(_COMPARED, self.ends[k])

    def _run_start(self, k: int) -> int:
        """The start of the run of owners ending with ``k``: owners written one after the other
        (河南洛阳) or joined by a list separator (美国、欧盟)."""
        a = self.starts[k]
        j = _bisect_left(self.starts, a) - 1
        while j >= 0 and self.labels[j] in OWNER_LABELS and (
                self.ends[j] == a or (self.ends[j] == a - 1 and self.text[a - 1] in "、和及")):
            a = self.starts[j]
            j -= 1
        return a

    def _hosts(self, k: int) -> bool:
        """``X项目落户|Y产业集聚区``: the project ``k`` is written as where another one goes."""
        a = self.starts[k]
        return self.text.endswith(_HOSTED, max(0, a - 3), a)

    def _hosted_project(self, k: int) -> int:
        """The project named before the host ``k`` in its clause (X项目 in X项目落户Y园区), else ``k``."""
        ks, starts = self.by_label.get("PROJECT", ([], []))
        i = _bisect_left(starts, self.starts[k]) - 1
        if i >= 0 and self.ca[ks[i]] == self.ca[k]:
            return ks[i]
        return k

    def _unnamed_member(self, k: int) -> bool:
        """``某区一家企业``: a place followed by an unnamed member of it (``_UNNAMED``)."""
        return self.labels[k] == "PLACE" and self.text.startswith(_UNNAMED, self.ends[k])

    def _section(self, k: int) -> bool:
        """``嵩县段长26公里``, ``洛阳境内``: a place naming a section of something else."""
        return self.labels[k] == "PLACE" and self.text.startswith(_WITHIN, self.ends[k])

    def _after_locative(self, k: int) -> bool:
        """``在某会展中心举行``: an owner written right after 在/于 (facts_cues.tsv locative) says where."""
        a = self.starts[k]
        return self.text[max(0, a - 1):a] in _LOCATIVE

    def _locative(self, k: int) -> bool:
        """``在河南洛阳…``: a place written after 在/于 (other places between) says where."""
        if self.labels[k] != "PLACE":
            return False
        a = self.starts[k]
        j = _bisect_left(self.starts, a) - 1
        while j >= 0 and self.labels[j] == "PLACE" and self.ends[j] == a:
            a = self.starts[j]
            j -= 1
        return self.text[max(0, a - 1):a] in _LOCATIVE

    def _attached_by_de(self, k: int) -> int | None:
        """``…20亿元的X项目``: the figure before 的 that X already belongs to, if any."""
        o = self.c[k]
        j = _bisect_left(self.starts, o.start) - 1
        while j >= 0 and self.ends[j] > o.start:
            j -= 1
        if j < 0 or self.labels[j] not in FACT_FIGURES:
            return None
        gap = self.text[self.ends[j]:o.start]
        return j if gap.startswith("的") and len(gap) <= 3 else None

    def _last_owner(self, pos: int, label: str, suffix: str = "", after: bool = False) -> int | None:
        """The nearest owner with ``label`` (name ending with ``suffix``) before ``pos``, or
        with ``after`` the first after it; searched over at most ``_MAX_LOOKBACK`` candidates."""
        ks, starts = self.by_label.get(label, ([], []))
        i = _bisect_left(starts, pos)
        for k in ks[max(0, i - _MAX_LOOKBACK):i][::-1]:
            if self.text[self.starts[k]:self.ends[k]].endswith(suffix):
                return k
        if after:
            for k in ks[i:i + _MAX_LOOKBACK]:
                if self.text[self.starts[k]:self.ends[k]].endswith(suffix):
                    return k
        return None

    def _reference(self, a: int, e: int) -> tuple[str, str] | None:
        """A referring word at the start of the clause from ``a`` to ``e``."""
        if a in self._refs:
            return self._refs[a]
        r = self._reference_at(a, min(e, a + 40))
        self._refs[a] = r
        return r

    def _reference_at(self, a: int, b: int) -> tuple[str, str] | None:
        first = self.text[a:a + 1] if a < b else ""
        if first.isspace():  # (the words open after spaces: the first character after them)
            first = self.text[a:b].lstrip()[:1]
        j = _bisect_left(self.starts, a)
        if first not in self.t.ref_initials and not (j < len(self.c) and self.labels[j] == "DATE" and self.starts[j] - a <= _DATE_LEAD):
            # fast path: no referring word, connective, quote, ordinal or date opens it
            if first in self._owner_finals or first in self._owner_initials:
                return self._head_noun_at(a, self.text[a:b].lstrip())
            return None
        head = self.text[a:b]
        lo = a  # where head starts in the text
        if j < len(self.c) and self.labels[j] == "DATE" and self.ends[j] <= b \
                and not self.text[a:self.starts[j]].strip():
            lo = self.ends[j]
            head = self.text[lo:b]
        if self.tx.quoted(lo, b):
            head = QUOTES.sub("", head)
        head = head.lstrip()
        m = ORDINAL.match(head) if head[:1] in _ORDINAL_INITIALS else None
        if m:
            head = head[m.end():]
        first = head[:1]
        if self.prechecks and first not in _word_initials() and first not in self._owner_initials \
                and first not in self._owner_finals:
            return None  # no connective, group, referring word or owner's head noun opens it
        m = self.t.connective_re.match(head) if head[:1] in self.t.connective_initials else None
        if m:
            head = head[m.end():].lstrip(",， ")
        refs = self.t.references
        if head[:1] == "这" and _THESE_N.match(head):  # 这8个重大项目…: the group just counted
            return ("GROUP", "")
        if head[:1] == "该":  # 该酒店 -> 牡丹酒店: the owner whose name ends with the noun after 该
            named = self._head_noun_at(a, head[1:], after_gai=True)
            if named is None:
                named = self._venue_named(a, head[1:2])
            if named is not None:
                return named
        # the referring word opening head, longest first: only the lengths of those that open
        # with its first character are looked up (the plain scan tries every length)
        lengths = _ref_words().start_lengths.get(head[:1], ()) if self.prechecks \
            else range(min(max_ref_len(), len(head)), 0, -1)
        for n in lengths:
            if n > len(head):
                continue
            term = head[:n]
            if term in refs:
                if term == "其" and head[1:2] in ("中", "余", "他", "它", "实", "次"):
                    continue
                return refs[term]
        return self._head_noun_at(a, head)

    def _venue_named(self, a: int, noun: str) -> tuple[str, str] | None:
        """该馆 at ``a`` (``noun`` 馆): ``("HEAD", name)`` of the body or venue named last before
        it whose name (less 项目, 工程) ends with the noun or a character facts_cues.tsv
        venue_ref gives it (该校 -> 某某大学); else None."""
        ends = _VENUE_REFS.get(noun)
        if ends is None:
            return None
        i = _bisect_left(self.owner_starts, a)
        for k in self.owners[max(0, i - _MAX_LOOKBACK):i][::-1]:
            if self.labels[k] == "PLACE":
                continue
            name = self.text[self.starts[k]:self.ends[k]]
            bare = name[:-2] if name.endswith(("项目", "工程")) else name
            if bare[-1:] in ends and bare[-1:] != "":
                return ("HEAD", name)
        return None

    def _venue_of(self, a: int, ends: tuple[str, ...]) -> tuple[bool, int | None]:
        """学校 / 电站 opening the clause at ``a``: ``(True, k)`` for the body or venue named last
        before it whose name (less 项目, 工程) ends with one of ``ends`` (references.tsv VENUE
        suffix: 校|学|学院); ``(False, None)`` when none is (the noun is read past)."""
        i = _bisect_left(self.owner_starts, a)
        for k in self.owners[max(0, i - _MAX_LOOKBACK):i][::-1]:
            if self.labels[k] == "PLACE":
                continue
            name = self.text[self.starts[k]:self.ends[k]]
            if (name[:-2] if name.endswith(("项目", "工程")) else name).endswith(ends):
                return True, k
        return False, None

    @property
    def _owner_tails(self) -> frozenset:
        v = self._owner_tails_v
        if v is None:
            v = self._owner_tails_v = self._make_owner_tails()
        return v

    def _make_owner_tails(self) -> frozenset:
        """The last two and three characters of owner names (集聚区 of 某县装备制造产业集聚区),
        but a place's name (洛阳 of 郑州至洛阳: 洛阳境长 is no head noun of that road)."""
        text, starts, ends, labels = self.text, self.starts, self.ends, self.labels
        names: set[str] = set()
        places: set[str] = set()
        for k in self.owners:  # (plain typed loops: compiled, no generator objects)
            name = text[starts[k]:ends[k]]
            names.add(name)
            if labels[k] == "PLACE":
                places.add(name)
        tails: set[str] = set()
        for name in names:
            for n in (2, 3):
                if len(name) > n + 1 and name[-n:] not in places:
                    tails.add(name[-n:])
        return frozenset(tails)

    def _owner_opens(self, a: int) -> bool:
        """An owner span starts within the first few characters of the clause at ``a``."""
        i = _bisect_left(self.owner_starts, a)
        return i < len(self.owners) and self.owner_starts[i] < a + 8

    def _head_noun_at(self, a: int, head: str, after_gai: bool = False) -> tuple[str, str] | None:
        """集聚区入驻企业…: a clause opening with the last characters of an owner named before
        (某县装备制造产业集聚区) refers to it; ``("HEAD", word)``. After 该 (该酒店) the owner may
        be named at the start of the clause too."""
        first = head[:1]
        finals = self._owner_finals
        if first not in self._owner_initials and first not in finals:
            return None  # no owner's name starts or ends with it
        i = _bisect_left(self.owner_starts, a)  # the owners before a: owners[:i]
        opens = i < len(self.owners) and self.owner_starts[i] < a + 8  # _owner_opens(a)
        if not after_gai and not opens:
            # 朝虹…项目,占地200亩: an owner's full name again, where the recognisers missed it
            for k in reversed(self._by_initial.get(first, ())):
                if self.starts[k] >= a:
                    continue
                name = self.text[self.starts[k]:self.ends[k]]
                if len(name) >= 4 and head.startswith(name):
                    return ("HEAD", name)
                break
        if first not in finals or not (after_gai or not opens):
            return None  # (an owner opening the clause is its subject: no head noun is asked for)
        for n in (3, 2):
            w = head[:n]
            if len(w) < n or (self.prechecks and w not in self._owner_tails) or not is_han(w[0]) \
                    or w in self.t.references:
                continue  # (no owner's name ends with it: none of the names searched below does)
            for k in self.owners[max(0, i - _MAX_LOOKBACK):i]:
                name = self.text[self.starts[k]:self.ends[k]]
                if name.endswith(w) and len(name) > n + 1:
                    return ("HEAD", w)
        return None

    def topic(self, sa: int, pos: int, carry: bool = True) -> int | None:
        """The owner the sentence starting at ``sa`` is about, up to ``pos``; with ``carry``,
        a sentence that names no subject of its own takes the subject a headline names after
        the figure (总投资30亿元 高新区举行…), or continues the topic of the sentences before it
        until a sentence names another subject or opens with an unnamed group. A place carries
        across paragraphs (a bulletin's district governs its statistics); a project or firm
        only into the same paragraph or from a one-line paragraph before (a list of fields)."""
        said, k = self._own_topic(sa, pos)
        if said:
            if k is not None and self.labels[k] in _GROUPED and self._group_counted(self.starts[k], pos):
                # A公司X项目、B项目等12个项目集中签约: the group, not the item opening it; the
                # place it is in when the clause names one (…等11个项目在某县集中开工)
                return self._place_of_group(pos)
            return self._firm_for_region(k, sa) if carry else k
        if not carry:
            return k
        k = self._headline_subject(sa, pos)
        if k is not None:
            return k
        if self._has_actor(sa, pos):
            return self._firm_over_dates(sa, pos)
        return self._carried(sa)

    def _firm_over_dates(self, sa: int, pos: int) -> int | None:
        """A sentence whose only actors are dates opening clauses (其中，二季度实现营收…) goes on
        with the firm carried down to it: a period of the firm's results, not a new subject; None
        for any other topic (a date there opens an unnamed group's figures)."""
        firms = self.by_label.get("COMPANY")
        if firms is None or firms[1][0] >= sa:
            return None  # (no firm named before the sentence: none to carry down)
        for k in self._entities_between(sa, pos):
            if self.labels[k] != "DATE" and self._is_actor(k):
                return None
        k = self._carried(sa)
        return k if k is not None and self.labels[k] == "COMPANY" else None

    def _firm_for_region(self, k: int | None, sa: int) -> int | None:
        """集团…。同时,中国区钼产量…: a region of the firm the paragraph is about (not an
        administrative division: 漯河市 is its own subject) stays the firm's."""
        if k is None or self.labels[k] != "PLACE" or sa == 0 or is_division(self.text[self.starts[k]:self.ends[k]]):
            return k
        prev = self._carried(sa)
        return prev if prev is not None and self.labels[prev] == "COMPANY" else k

    def _carried(self, sa: int, same_paragraph: bool = False) -> int | None:
        """The topic carried down to the sentence at ``sa`` from the sentences before it."""
        key = (sa, same_paragraph)
        if key not in self._carry:
            self._carry[key] = self._find_carried(sa, same_paragraph)
        return self._carry[key]

    def _find_carried(self, sa: int, same_paragraph: bool) -> int | None:
        pa = self.tx.paragraph(sa)[0]
        b = sa
        for _ in range(_MAX_CARRY):
            if b == 0:
                return None
            psa, _ = self.tx.sentence(b - 1)
            ppa, ppe = self.tx.paragraph(psa)
            if same_paragraph and ppa != pa:
                return None
            said, k = self._own_topic(psa, b - 1)
            if said and k is not None and self._where_field(ppa, ppe):
                b = psa  # 建设地点：某区: where the record's project is, not whose its figures are
                continue
            if said:
                if k is None or ppa == pa or self.labels[k] in _ARTICLE_TOPICS or self._field_line(ppa, ppe) \
                        or self._wrapped(ppe, pa):
                    return k
                return None
            if self._has_actor(psa, b - 1):
                return None
            b = psa
        return None

    def _wrapped(self, end: int, next_start: int) -> bool:
        """A line broken inside a sentence (固定资产\n投资完成9亿元): one newline, after no
        punctuation, and text going on — the same paragraph for carrying a subject."""
        return next_start == end + 1 and end > 0 and self.text[end - 1] not in _LINE_END

    def _field_line(self, a: int, b: int) -> bool:
        """A short ``name: value`` line (-项目名称:X) of a list of fields."""
        return b - a <= _LINE and (":" in self.text[a:b] or "：" in self.text[a:b])

    def _where_field(self, a: int, b: int) -> bool:
        """A field line saying where (建设地点：某区; ``facts_cues.tsv`` where_field)."""
        return self._field_line(a, b) and _WHERE_FIELD.match(self.text, a, b) is not None

    def _headline_subject(self, sa: int, pos: int) -> int | None:
        """In a one-line paragraph without full stops (a headline), the owner opening a later
        clause of the line: ``总投资80亿元!星河市36个大项目集中开工`` -> 星河市."""
        pa, pe = self.tx.paragraph(sa)
        if pe - pa > _HEADLINE or "。" in self.text[pa:pe]:
            return None
        for k in self.owners[_bisect_left(self.owner_starts, pos):]:
            if self.starts[k] >= pe:
                break
            if self.clause_initial(k) and not self.is_list_member(k) and not self._titled(k):
                return self._head_of(k)
        return None

    def _own_topic(self, sa: int, pos: int) -> tuple[bool, int | None]:
        """``(said, owner)``: whether the sentence names its subject before ``pos`` (an owner
        opening a clause, a referring or scope word, an unnamed group) and which; the last
        one named takes over from those before it."""
        # the topic only changes at clause starts and owners: key on those, not on pos
        cs = self.tx.clause_starts
        key = (sa, cs[_bisect_right(cs, pos) - 1], _bisect_left(self.owner_starts, pos))
        got = self._own.get(key)
        if got is not None:
            return got
        sentence = self._sentences.get(sa)
        if sentence is None:
            sentence = self._sentences[sa] = self._sentence(sa)
        clauses, fold = sentence
        if clauses is None:  # 26条道路中…, 物流类项目2个…: an unnamed group
            self._own[key] = (True, None)
            return True, None
        said, topic = False, None
        n = len(fold)
        while n and clauses[n - 1][1] >= pos:
            n -= 1
        if n:
            said, topic = fold[n - 1]
        for i in range(n, len(clauses)):
            ca, ce = clauses[i]
            if ca >= pos:
                break
            said, topic = self._fold_events(ca, ce, pos, said, topic)
            if i == len(fold) and ce < pos:
                fold.append((said, topic))
        self._own[key] = (said, topic)
        return said, topic

    def _sentence(self, sa: int) -> tuple[list[tuple[int, int]] | None, list[tuple[bool, int | None]]]:
        """What the topic of the sentence at ``sa`` is folded over, found once for all its
        figures: its speaking clauses (None when it opens with an unnamed group, its subject
        throughout), and a list for the ``(said, topic)`` after each complete one, in order."""
        se = self.tx.sentence(sa)[1]
        if self._opens_with_group(sa, se):
            return None, []
        return self._speaking_clauses(sa, se), []

    def _speaking_clauses(self, sa: int, se: int) -> list[tuple[int, int]]:
        """The clauses ``(start, end)`` of the sentence from ``sa`` to ``se`` that may name its
        subject, in order: after 、 a list goes on (its items do not take over), and a quiet
        clause says nothing."""
        cs, ends, text = self.tx.clause_starts, self.tx.clause_ends, self.text
        i, j = _bisect_left(cs, sa), _bisect_left(cs, se + 1)
        if i == j or cs[i] != sa:  # a long sentence cut inside a clause
            bounds = list(zip(cs[i:j], ends[i:j]))
            bounds.insert(0, (sa, ends[_bisect_right(cs, sa) - 1]))
            return [(ca, ce) for ca, ce in bounds if not (ca > sa and text[ca - 1] == "、") and not self._quiet(ca, ce)]
        talking = self._talking_clauses
        # not _quiet: an owner or a place word starts in it, or it opens with a character
        # that may start a subject, or a space; the first clause may follow a 、 (a cut sentence)
        out: list[tuple[int, int]] = []
        for x in range(i, j):  # (by index: no slices, no zip, compiled)
            ca = cs[x]
            if (ca == sa or text[ca - 1] != "、") \
                    and (ca in talking or self._opener(text[ca:ca + 1]) or text[ca:ca + 1].isspace()):
                out.append((ca, ends[x]))
        return out

    @property
    def _talking_clauses(self) -> frozenset[int]:
        v = self._talking_clauses_v
        if v is None:
            v = self._talking_clauses_v = self._make_talking_clauses()
        return v

    def _make_talking_clauses(self) -> frozenset[int]:
        """The starts of the clauses an owner or a place or scope word starts in, or that open
        with a date (今年以来该院…: ``_reference_at`` reads past it) (``_quiet``'s other tests,
        for every clause at once)."""
        cs = self.tx.clause_starts
        opened = []
        for d in self.date_starts:
            i = _bisect_right(cs, d) - 1
            if i >= 0 and d - cs[i] <= _DATE_LEAD:
                opened.append(cs[i])
        return frozenset(map(self.ca.__getitem__, self.owners)).union(
            [cs[_bisect_right(cs, p) - 1] for p in self._place_ref_starts], opened)

    def _quiet(self, ca: int, ce: int) -> bool:
        """A clause (``ca`` to ``ce``) that names no subject: no owner in it, no scope word, no
        date opening it, and no character that could open a referring word, a connective, a
        date or an owner's name."""
        first = self.text[ca:ca + 1]
        if self._opener(first) or first.isspace():
            return False
        os = self.owner_starts
        i = _bisect_left(os, ca)
        if i < len(os) and os[i] <= ce:
            return False
        ps = self._place_ref_starts
        r = _bisect_left(ps, ca)
        if r < len(ps) and ps[r] <= ce:
            return False
        ds = self.date_starts
        d = _bisect_left(ds, ca)
        return not (d < len(ds) and ds[d] <= ce and ds[d] - ca <= _DATE_LEAD)  # 今年以来该院…: a date opens it

    def _fold_events(self, ca: int, ce: int, pos: int, said: bool, topic: int | None) -> tuple[bool, int | None]:
        """The sentence's ``(said, topic)`` after the clause at ``ca`` (not a quiet one)."""
        ref, rest = self._clause_events(ca, ce, pos)
        if ref is not None and not (said and ref[0]):
            return True, ref[1]
        for kind, k in rest:
            if kind == "list":
                if not said:
                    said, topic = True, None  # A、B先后获批: no single subject
            else:
                said, topic = True, k
        return said, topic

    def _clause_events(self, ca: int, ce: int, pos: int) \
            -> tuple[tuple[bool, int | None] | None, tuple[tuple[str, int | None], ...]]:
        """What the clause at ``ca`` (up to ``pos``) says about the sentence's subject:
        ``(ref, rest)`` — ``ref`` = ``(generic, owner)`` for a referring word opening it, and
        ``rest`` the events when that word is passed over: ``("set", owner)`` for a scope
        word (全区…), or ``("list", None)`` for list members and ``("owner", k)`` for an
        owner opening the clause. Cached for clauses that end before ``pos``, and for those
        whose rest after ``pos`` could change nothing (``_settled``)."""
        out: tuple[tuple[bool, int | None] | None, tuple[tuple[str, int | None], ...]]
        complete = ce < pos
        if complete:
            got = self._events.get(ca)
            if got is not None:
                return got
            if self.text[ca:ca + 1] in _COMPARISON_FRAME_INITIALS and _COMPARISON_FRAME.fullmatch(self.text, ca, ce):  # 同全省平均水平5.1%相比: a yardstick
                self._events[ca] = out = (None, ())
                return out
        ref = None
        r = self._reference(ca, ce)
        if r is not None:
            hit, k = self._resolve(r, ca, pos)
            if hit:
                ref = (self._generic_ref(ca), k)
        out = (ref, self._clause_rest(ca, ce, pos) if self._may_hold_owner_or_place(ca) else ())
        if complete or self._settled(ca, ce, pos):
            self._events[ca] = out
        return out

    def _may_hold_owner_or_place(self, ca: int) -> bool:
        """An owner or a place word may start in the clause at ``ca``: it is one of the clauses
        they start in, or not a clause start at all (a long sentence cut inside a clause)."""
        return ca in self._talking_clauses or not (ca == 0 or self.text[ca - 1] in _SEPARATORS)

    def _clause_rest(self, ca: int, ce: int, pos: int) -> tuple[tuple[str, int | None], ...]:
        """The events of the clause at ``ca`` (up to ``pos``) other than its referring word: a
        scope word before its first figure, else its list members and the owner opening it."""
        hit, k = self._clause_place_ref(ca, ce, pos)
        if hit:  # 全年全区生产总值…, 年末全区常住人口…
            return (("set", k),)
        events: list[tuple[str, int | None]] = []
        lo = _bisect_left(self.owner_starts, ca)
        hi = _bisect_left(self.owner_starts, min(pos, ce + 1))
        opened = False
        for k in self.owners[lo:hi]:
            if self.ends[k] > pos:
                continue
            if opened:  # 豫西最大的光伏项目——X公司…: the name after the dash is the one meant
                if self.text[max(0, self.starts[k] - 2):self.starts[k]] in _APPOSITION:
                    events.append(("owner", self._head_of(k)))
                continue
            if self.is_list_member(k):
                events.append(("list", None))
                continue
            if self.clause_initial(k) and not self.in_title(k) and not self._item_owner(k) \
                    and not self._titled(k) and not self._speaker(k) and not self._section(k) \
                    and not self._field_value(k):
                h = self._head_of(k)
                if self._unnamed_member(h):
                    events.append(("owner", None))  # 某区一家轴承企业…: an unnamed firm's, not the place's
                else:
                    events.append(("owner", h))
                opened = True
        return tuple(events)

    def _place_of_group(self, pos: int) -> int | None:
        """The PLACE right after 在 in the rest of the clause at ``pos`` (…等11个项目在某县集中开工)."""
        ce = self.tx.clause_ends[_bisect_right(self.tx.clause_starts, pos) - 1]
        i = self.text.find("在", pos, ce)
        if i == -1:
            return None
        j = _bisect_left(self.starts, i + 1)
        return j if j < len(self.starts) and self.starts[j] == i + 1 and self.labels[j] == "PLACE" else None

    def _group_counted(self, a: int, b: int) -> bool:
        """A list counted after 等 (…等12个项目) from ``a`` up to ``b`` (a count starting at ``b``
        included): the unnamed group it makes is what the sentence is about from there on."""
        i = self.text.find("等", a, b)
        while i != -1:
            j = _bisect_left(self.starts, i + 1)
            if j < len(self.starts) and self.starts[j] == i + 1 and self.labels[j] == "COUNT":
                return True
            i = self.text.find("等", i + 1, b)
        return False

    def _settled(self, ca: int, ce: int, pos: int) -> bool:
        """The clause ``ca``-``ce`` says up to ``pos`` what it says in whole: every owner in it
        ends by ``pos``, no scope word starts after ``pos``, and no batch ordinal (第二批, which
        makes a scope word's group unnamed) is in it. Then its events up to ``pos`` are those a
        later figure of the sentence asks for, and are computed once."""
        os = self.owner_starts
        if any(self.ends[k] > pos for k in self.owners[_bisect_left(os, ca):_bisect_right(os, ce)]):
            return False
        ps = self._place_ref_starts
        r = _bisect_left(ps, pos)
        return (r == len(ps) or ps[r] > ce) and not (self._has_ordinal and _BATCH.search(self.text, ca, ce))

    def _generic_ref(self, ca: int) -> bool:
        """A bare 项目/公司 (no 该, 本 …) at ``ca``: it continues the sentence's subject."""
        return self.text[ca:ca + 1] not in _SELF_REFS  # (a quote there is no such word either)

    def _clause_place_ref(self, ca: int, ce: int, pos: int) -> tuple[bool, int | None]:
        """A scope or place word before the clause's first figure, within a few characters of
        its start (2024年全区…, 年末全区…): the place of that level."""
        end = min(pos, ce)
        r = _bisect_left(self._place_ref_starts, ca)
        if r == len(self._place_ref_starts) or self._place_ref_starts[r] >= end:
            return False, None  # fast path: no scope word in the clause
        i = _bisect_left(self.starts, ca)
        while i < len(self.c) and self.starts[i] < end:
            if self.labels[i] in FACT_FIGURES:
                end = self.starts[i]
                break
            i += 1
        i = _bisect_left(self._place_ref_starts, ca)
        if i == len(self._place_ref_starts) or self._place_ref_starts[i] >= end:
            return False, None
        m = self._place_refs[i]
        head = self.text[ca:m.start()]
        for j in self.spans_between(ca, m.start()):
            if self.labels[j] != "DATE":
                return False, None
            head = head.replace(self.text[self.starts[j]:self.ends[j]], "")
        if len(QUOTES.sub("", head).strip()) > 2 or self.text[max(ca, m.start() - 1):m.start()] in _NOT_OWNER_BEFORE \
                or head.endswith(_RANK):
            return False, None  # (在全市…: where; 高于全省…: a yardstick; 占全国…: the whole; 居全市第三: a rank)
        return self._resolve(self.t.references[m.group()], m.start(), pos)

    def _resolve(self, ref: tuple[str, str], ca: int, pos: int) -> tuple[bool, int | None]:
        """What a referring word at the clause start ``ca`` stands for: ``(hit, owner)``."""
        label, suffix = ref
        if label == "GROUP":  # 此次共开工…: unnamed; 此次活动南阳市共签约…: the owner named right after it
            stop = min(pos, self.tx.clause_end(ca))
            for i in range(_bisect_left(self.owner_starts, ca), len(self.owners)):
                k = self.owners[i]
                if self.starts[k] >= stop or self.starts[k] - ca > _GROUP_GAP:
                    break
                if not self.is_list_member(k) and not self._titled(k):
                    return True, self._head_of(k)
            return True, None
        if label in ("SCOPE", "PLACE"):
            if suffix == "国" or (self._has_ordinal and _BATCH.search(self.text, ca, min(pos, self.tx.clause_end(ca)))):
                return True, None
            return True, self._place_of_level(ca, suffix, after=label == "PLACE")
        if label == "TOPIC":
            return True, self._previous_topic(ca)
        if label == "VENUE":  # 学校现有…, 电站建成后…: as 该校, 该站
            return self._venue_of(ca, tuple(suffix.split("|")))
        if label == "HEAD":
            for i in range(_bisect_left(self.owner_starts, ca) - 1, -1, -1):
                k = self.owners[i]
                if self.text.endswith(suffix, self.starts[k], self.ends[k]):
                    return True, k
            return False, None
        if suffix and label == "COMPANY":  # 该行: with two banks named, the one the text is about
            topic = self._topic_firm(ca, suffix)
            if topic is not None:
                return True, topic
        return True, self._referent(ca, label)

    def _topic_firm(self, pos: int, suffix: str) -> int | None:
        """For 该行 at ``pos``: the last firm named with ``suffix`` (a bank) that opens its
        clause (工商银行某分行与某银行签约…。该行…: the first, the clause's subject, not the
        partner named nearer), searched from ``pos`` back to the start of the paragraph before
        ``pos``'s one; None when the nearest such firm opens its clause itself or none does
        (then ``_referent`` decides as for 该公司)."""
        ks, starts = self.by_label.get("COMPANY", ([], []))
        i = _bisect_left(starts, pos)
        lo = self.tx.paragraph(self.tx.paragraph(pos)[0] - 1)[0] if pos else 0
        nearest = True
        for k in ks[max(0, i - _MAX_LOOKBACK):i][::-1]:
            a = self.starts[k]
            if a < lo:
                break
            if self.ends[k] > pos or not self.text.endswith(suffix, a, self.ends[k]):
                continue
            if self._opens_clause(k):
                return None if nearest else k
            nearest = False
        return None

    def _opens_clause(self, k: int) -> bool:
        """Owner ``k`` is the first words of its clause, after at most a date or a SKIP
        word (近日, 今年以来 …)."""
        a = self.starts[k]
        ca = self.tx.clause(a)[0]
        head = self.text[ca:a]
        for j in self.spans_between(ca, a):
            if self.labels[j] != "DATE":
                return False
            head = head.replace(self.text[self.starts[j]:self.ends[j]], "")
        head = head.strip()
        return not head or self.t.references.get(head, ("",))[0] == "SKIP"

    def _referent(self, pos: int, label: str) -> int | None:
        """该项目/该公司 at ``pos``: the owner last named with that label, or, when an owner of
        that label was the subject of a figure stated after that, the subject of that figure
        (公司 takes a firm, 该项目 a project, not the owner of the last figure whatever its
        label); 该项目 also takes a firm that owns a project's own measure (X公司总投资10亿元的
        项目: the firm stands for its unnamed project), not one that owns its own (营业收入)."""
        k = self._last_owner(pos, label)
        if label not in ("PROJECT", "COMPANY"):
            return k
        if label == "PROJECT" and k is not None and self._hosts(k):
            k = self._hosted_project(k)
        f = _bisect_left(self.starts, pos) - 1
        while f >= 0 and (k is None or self.starts[f] > self.starts[k]):
            if self.labels[f] in FACT_FIGURES and self.ends[f] <= pos and f in self._owner:
                o = self._owner[f]
                if o is not None and (self.labels[o] == label or (
                        label == "PROJECT" and self.labels[o] == "COMPANY"
                        and self._metrics.get(f) in self.t.project_measures)):
                    return o
            f -= 1
        return k

    def _place_of_level(self, pos: int, level: str, after: bool = False) -> int | None:
        """The place of ``level`` (市, 区 …) named last before ``pos`` (or, with ``after``, the
        first after it)."""
        ks, starts = self.by_label.get("PLACE", ([], []))
        i = _bisect_left(starts, pos)
        for k in ks[max(0, i - _MAX_LOOKBACK):i][::-1]:
            if self.ends[k] <= pos and self._level(k) == level:
                return k
        if after:
            for k in ks[i:i + _MAX_LOOKBACK]:
                if self._level(k) == level:
                    return k
        return self._government_of_level(pos, level, after)

    def _government_of_level(self, pos: int, level: str, after: bool) -> int | None:
        """With no place of ``level`` written, the government ORG named after one (某区政府,
        某县人民政府) last before ``pos`` (or first after it, with ``after``): the text writes
        the place only inside it."""
        ks, starts = self.by_label.get("ORG", ([], []))
        i = _bisect_left(starts, pos)
        before = [k for k in ks[max(0, i - _MAX_LOOKBACK):i][::-1] if self.ends[k] <= pos]
        for k in before + (ks[i:i + _MAX_LOOKBACK] if after else []):
            if self._government_level(k) == level:
                return k
        return None

    def _government_level(self, k: int) -> str | None:
        """The level of the place ORG ``k`` is the government of (某县人民政府: 县), else None."""
        name = self.text[self.starts[k]:self.ends[k]]
        for word in _GOVERNMENT:
            if name.endswith(word) and len(name) > len(word) + 1:
                return level_of(name[:-len(word)])
        return None

    def _level(self, k: int) -> str | None:
        """The level of place ``k``: its name's (``level_of``), else that of the title written
        right after it, which begins with the level (车村 | 镇党委书记: a 镇)."""
        level = level_of(self.text[self.starts[k]:self.ends[k]])
        if level is None and k + 1 < len(self.c) and self.labels[k + 1] == "POSITION" \
                and self.starts[k + 1] == self.ends[k] and self.text[self.starts[k + 1]] in LEVELS:
            return self.text[self.starts[k + 1]]
        return level

    def _inline_place_ref(self, f: int) -> tuple[bool, int | None]:
        """``去年我省900个…``, ``带动全县重点项目完成投资…``: a place or scope word between the
        clause start (or the last entity) and the figure. Not after a comparison verb when the
        figure is a difference (高于全省1.4个百分点 belongs to the topic)."""
        fa = self.starts[f]
        ca = self.ca[f]
        ps = self._place_ref_starts
        i = _bisect_left(ps, fa)
        if self.t.place_refs_apart and (i == 0 or ps[i - 1] < ca):
            return False, None  # fast path: no such word in the clause before the figure
        last = self._place_ref_before(self._entity_end_before(fa, ca), fa)
        if last is None:
            return False, None
        gap = self.text[last.end():fa]
        if len(gap) > 12 or "的" in gap or (self._has_ordinal and _BATCH.search(self.text, ca, fa)):
            return False, None
        before = self.text[max(ca, last.start() - 2):last.start()]
        if before.endswith(_WHERE_OR_WHOLE):  # 在本县境内建设60兆瓦: where,
            return False, None  # not whose; 占全国的30%: the whole the share is of
        if (self.c[f].unit == "pp" or self.text[fa:self.ends[f]].endswith("百分点")) and before.endswith(_COMPARE):
            return False, None
        label, suffix = self.t.references[last.group()]
        if suffix == "国":
            return True, None
        return True, self._place_of_level(last.start(), suffix, after=label == "PLACE")

    def _entity_end_before(self, pos: int, lo: int) -> int:
        """The end of the last entity (a span not a figure) ending by ``pos`` and after ``lo``,
        else ``lo``: the figures between are skipped at once on flat spans."""
        i = _bisect_left(self.starts, pos) - 1
        if self.flat:  # ends are in order: the last entity before pos is the one to check
            e = _bisect_right(self.entities, i) - 1
            return self.ends[self.entities[e]] if e >= 0 and self.ends[self.entities[e]] > lo else lo
        while i >= 0 and self.ends[i] > lo:
            if self.labels[i] not in FACT_FIGURES and self.ends[i] <= pos:
                return self.ends[i]
            i -= 1
        return lo

    def _place_ref_before(self, lo: int, pos: int):
        """The last place or scope word (全县, 我市) within ``[lo, pos)``, as a match. When these
        words cannot overlap (``Tables.place_refs_apart``), every occurrence is in the list
        found once per document; else the span is scanned."""
        if not self.t.place_refs_apart:
            last = None
            for m in self.t.place_ref_re.finditer(self.text, lo, pos):
                last = m
            return last
        i = _bisect_left(self._place_ref_starts, pos) - 1
        while i >= 0 and self._place_refs[i].end() > pos:
            i -= 1
        return self._place_refs[i] if i >= 0 and self._place_ref_starts[i] >= lo else None

    def _speaker(self, k: int) -> bool:
        """``县发改委负责同志介绍,``: an owner whose clause ends with a speech verb, or a body
        whose clause ends with a verb of publishing (市统计局发布,: a city's figures, not the
        bureau's; a firm that publishes reports its own)."""
        ce = self.ce[k]
        rest = self.text[self.ends[k]:ce].strip()
        if self.labels[k] == "ORG" and rest.endswith(_PUBLICATIONS):
            return self._publishes(rest)
        return len(rest) <= 12 and (rest.endswith(self.t.speech) or (
            self.labels[k] == "ORG" and rest.endswith(self.t.reports)))

    def _publishes(self, rest: str) -> bool:
        """``rest`` (what follows a body in its clause, ending with a publication: 统计公报, 经济
        运行数据) says the body publishes it (某县统计局日前发布2023年统计公报): the figures after
        are of its territory, as after 市统计局发布,."""
        return len(rest) <= 30 and any(w in rest for w in self.t.reports)

    def _opens_with_group(self, sa: int, pos: int) -> bool:
        """The sentence from ``sa`` to ``pos`` opens with an unnamed group: a count (26条道路中…,
        集中开工的36个项目中), or a kind of project and its count (物流类项目2个…), with no owner
        named before it (the whole sentence: its figures before the count are the group's too)."""
        first = None
        for k in range(_bisect_left(self.starts, sa), _bisect_right(self.starts, pos)):
            if self.labels[k] == "DATE" or (self.labels[k] == "MONEY" and self.text[self.ends[k]:self.ends[k] + 2] == "项目"):
                continue  # a date; an amount naming a class of projects (亿元以上项目130个)
            first = k
            break
        if first is None or self.labels[first] != "COUNT":
            return False
        if self.any_entity(self.spans_between(sa, self.starts[first])):
            return False
        head = self.unquoted(sa, self.starts[first])
        for j in self.spans_between(sa, self.starts[first]):
            head = head.replace(self.text[self.starts[j]:self.ends[j]], "")
        head = head.strip(" ,，")
        breakdown = _BREAKDOWN.match(head)
        if breakdown:  # 其中,亿元以上项目40个 / 按领域分,先进制造业项目12个: a part of the whole
            rest = head[breakdown.end():].lstrip(" ,，:：")
            if rest == "" or rest.endswith(_GROUP_NOUNS):
                return True
        m = self.t.connective_re.match(head) if head[:1] in self.t.connective_initials else None
        if m:
            head = head[m.end():].lstrip(" ,，:：")
        ce = self.ce[first]
        if head == "":  # 26条道路中4条…, 集中开工的36个项目中,…: a part of a counted group
            return _AMONG.match(self.text, self.ends[first], ce + 1) is not None
        if self._kind_counted(head, sa, self.starts[first]):
            return True
        if self._reference_at(sa, self.starts[first]) is not None:
            return False  # 该园区入驻企业7家: a named owner's
        ce = self.ce[first]
        return _AMONG.match(self.text, self.ends[first], ce + 1) is not None and not CLAUSE_RE.search(head)

    def _kind_counted(self, head: str, sa: int, pos: int) -> bool:
        """``head`` (the words opening the sentence at ``sa`` before its first count, at ``pos``)
        is a class of projects or firms counted right after it (物流类项目2个，…; 民生类项目5个):
        an unnamed group, a part of a breakdown, whose figures are none of the topic carried
        from before. Not one a referring word opens (该, 本 …), nor one with a place or scope
        word (全市工业类项目42个: the place's). (已开工项目72个 without 类 stays the topic's: a
        place's measure.)"""
        noun = next((w for w in _GROUP_NOUNS if head.endswith(w)), None)
        if noun is None or not head.endswith(_KIND_MARK + noun) or CLAUSE_RE.search(head) \
                or not self.text.startswith(head, pos - len(head)) or head[0] in _REFERRING_OPENERS:
            return False
        r = _bisect_left(self._place_ref_starts, sa)
        return r == len(self._place_ref_starts) or self._place_ref_starts[r] >= pos

    def _unnamed_after_de(self, f: int) -> bool:
        """``…6亿元的一批项目``: what follows 的 is an unnamed group of projects or firms (a
        counted batch, ``…986亿元的171个项目``, is the topic's)."""
        ce = self.ce[f]
        n = _bisect_right(self.starts, self.ends[f])
        if n < len(self.c) and self.labels[n] == "COUNT" and self.starts[n] - self.ends[f] <= 2:
            return False
        return any(w in self.text[self.ends[f] + 1:ce] for w in _GROUP_NOUNS)

    def _head_of(self, k: int) -> int:
        """偃师区首阳山街道的X项目 -> X项目: a place (or owner + 的) modifying the owner after it."""
        while k + 1 < len(self.c) and self.labels[k + 1] in OWNER_LABELS:
            gap = self.text[self.ends[k]:self.starts[k + 1]]
            if gap == "的" or (gap == "" and self.labels[k] == "PLACE" and not self._own_government(k, k + 1)):
                k += 1
                continue
            break
        return k

    def _own_government(self, k: int, g: int) -> bool:
        """``郏县|县委、县政府…``: ``g`` is the bare party committee or government of the place
        ``k`` written before it (its level and a body word, facts_cues.tsv government,
        committee): the place governs, so the place stays the owner (SPEC keeps the place apart
        before a level word)."""
        if self.labels[g] != "ORG":
            return False
        name = self.text[self.starts[g]:self.ends[g]]
        if len(name) < 2 or name[0] not in LEVELS or name[1:] not in _OWN_BODIES:
            return False
        level = level_of(self.text[self.starts[k]:self.ends[k]])
        return level is None or level == name[0]

    def _previous_topic(self, sa: int) -> int | None:
        """The topic of the sentence just before ``sa`` (其 refers to it); from a clause whose
        sentence named no subject before it (今年以来，其…), the sentence before that one's."""
        s0 = self.tx.sentence(sa)[0] if sa else 0
        if s0 < sa and not self._own_topic(s0, sa - 1)[0]:
            sa = s0
        if sa == 0:
            return None
        psa, _ = self.tx.sentence(sa - 1)
        return self.topic(psa, sa - 1)

    def _titled(self, k: int) -> bool:
        """``X公司副总经理…``: an owner written as part of a person's title."""
        nxt = _bisect_right(self.starts, self.starts[k])
        return nxt < len(self.c) and self.starts[nxt] == self.ends[k] and self.labels[nxt] == "POSITION"

    def _has_actor(self, sa: int, pos: int) -> bool:
        """Some entity (a person too) opens a clause of the sentence before ``pos``."""
        key = (sa, _bisect_left(self.starts, pos))
        got = self._actor.get(key)
        if got is None:
            got = False
            for k in self._entities_between(sa, pos):  # (a loop, not any(map(...)): direct calls compiled)
                if self._is_actor(k):
                    got = True
                    break
            self._actor[key] = got
        return got

    def _is_actor(self, k: int) -> bool:
        """Entity ``k`` opens its clause or is a list member (memoised per entity); a date that
        is a clause of its own (今年，…) only frames the time, no actor."""
        r = self._actors.get(k)
        if r is None:
            r = self._actors[k] = not self._time_frame(k) and (
                (self.clause_initial(k) and not self._field_value(k)) or self.is_list_member(k))
        return r

    def _time_frame(self, k: int) -> bool:
        """DATE ``k`` opens a clause that names nothing else (今年，…; 今年的主要预期目标是：…)."""
        return self.labels[k] == "DATE" and self.clause_initial(k) \
            and not self.spans_between(self.ends[k], self.ce[k])

    def _field_value(self, k: int) -> bool:
        """``建设单位：X公司；建设地点：某区；总投资：…``: owner ``k`` is the value of a field saying
        where, or who owns or builds (facts_cues.tsv where_field), on a line of its own or in a
        record written on one line: the record's project owns its figures, not ``k``."""
        a = self.starts[k]
        return _WHERE_FIELD_END.search(self.text, max(0, a - 10), a) is not None

    def _entities_between(self, a: int, b: int):
        """``spans_between(a, b)`` less the figures; on flat spans found by bisection."""
        run = self.spans_between(a, b)
        if not isinstance(run, range):
            return [k for k in run if self.labels[k] not in FACT_FIGURES]
        e = self.entities
        return e[_bisect_left(e, run.start):_bisect_left(e, run.stop)]

    def _item_owner(self, k: int) -> bool:
        """``X20亿元、`` : an owner whose clause is just itself and a figure (a list item)."""
        oa, oe = self.starts[k], self.ends[k]
        nxt = _bisect_right(self.starts, oa)
        while nxt < len(self.c) and self.starts[nxt] < oe:
            nxt += 1
        if nxt < len(self.c) and self.starts[nxt] == oe and self.labels[nxt] in FACT_FIGURES:
            after = self.text[self.ends[nxt]:self.ends[nxt] + 1]
            return after == "" or after in SENT_END + CLAUSE_SEP
        return False
