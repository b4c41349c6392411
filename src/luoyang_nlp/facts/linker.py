"""Figure facts: for each figure, the measure it names, its owner, date and stage."""

from __future__ import annotations

import bisect
import re
from typing import Sequence

from ..candidate import Candidate, Context
from ..doc import Span
from ..normalise import Normalised
from .people import person_facts
from .places import is_division, level_of
from .tables import FACT_FIGURES, OWNER_LABELS, max_ref_len, pos_cut, split_growth, tables
from .text import CLAUSE_RE, CLAUSE_SEP, HAN, HAN_OR_WORD, ORDINAL, QUOTES, SENT_END, Text, longest_suffix, strip_left, strip_right

__all__ = ["Linker", "OWNER_LABELS", "FACT_FIGURES"]

# An owner followed by one of these is a member of a list, not an owner.
_LIST_AFTER = ("等", "、", "和", "及", "与", "以及")
_MAX_GAP = 8  # characters of measure words allowed between an owner and its figure
_MAX_TERM = 16  # longest measure word looked up
_MAX_LOOKBACK = 64  # owners searched back for a referring word
_LOCATED_DE = re.compile(r"(?:位于|地处|坐落于|落户|落户于|来自)?的")  # PLACE removed: 位于[伊滨区]的
_LINE = 40  # a paragraph this short is a heading or a field line (项目名称:X)
_HEADLINE = 60  # a headline: a paragraph this short without full stops
_MAX_CARRY = 12  # sentences searched back for a topic to carry down
_COMPARE = ("高于", "低于", "快于", "慢于", "比", "较")  # 高于全省1.4个百分点: a difference
_BULLETS = " \t·•●-—|【】"  # list bullets before a clause's first word
_BATCH = re.compile(r"第[0-9一二三四五六七八九十]+[期批]")  # 2021年第二期全区…: one batch, an unnamed group
_LOCATIVE = ("在", "于", "至", "到")  # 在洛阳光伏装机达到2000MW: a place where, not an owner
_ARTICLE_TOPICS = ("PLACE", "COMPANY")  # subjects that govern a whole article, across paragraphs
_COMPARE_WORDS = ("高于", "低于", "快于", "慢于", "超过")  # comparisons that keep their scope (高于全省水平)
_JOINERS = ("和", "及", "与")
_MAX_GROWTH = 4  # longest growth word (增速加快 …)
_APPOSITION = ("——", "—", "--")
_WITHIN = ("境", "段")  # 洛阳境长33公里, 洛阳段: the place qualifies the measure
_LINE_END = "。！？!?；;：:)）】」』”\"' \t"  # a line ending with these ends its paragraph
_GROUP_GAP = 7  # 此次活动南阳市: the owner a group word introduces starts this close to it
_THESE_N = re.compile(r"这[0-9一二三四五六七八九十两百]+[个家条项批座所]")
_PROJECTS_STAGE = re.compile(r"项目(?:集中|全部|陆续|顺利)?(开工|签约|投产|竣工|建成)")
_RATIO = re.compile(r"占([^,，。;；的]{1,10})的?$")  # 占年度目标的113.8%: a share of
_TIME_WORDS = frozenset(("末", "底", "初"))  # 十四五末开发容量: 末 is when
_TRANSPARENT = frozenset(("实现",))  # 失业人员实现再就业: the verb goes, the words around stay
_MAKES = ("年产", "产能", "年产能", "设计产能")  # a firm + these: what it makes
_GROUP_NOUNS = ("项目", "企业", "工程")  # kinds of things counted as an unnamed group
_LIST_SEPS = ("、", "和", "及", "与", ",", "，", "以及")
_CLAUSE_BREAK = re.compile("[,，;；:：。!?！？\n)）]")
_OPEN_QUOTE = re.compile("[“「『\"]")
_ITEM_SPLIT = re.compile("、|和|及|与")
_COMPARISON = re.compile(r"^(?:比|较|与)[^,，;；]{0,6}$")
_AGAINST_SCOPE = re.compile(r"^(?:比|较|与)((?:全国|全省|全市|全区|全县)[^,，;；]{0,6})$")  # 比上半年加快…: the comparison names no measure
_BREAKDOWN = re.compile(r"其中|按[^,，。]{1,6}分|分[^,，。]{1,6}看")  # a breakdown of a whole into parts
_AMONG = re.compile(r"[^\d,，;；。]{0,10}中")  # 26条道路中…: among a counted group
_FREE_SEPS = frozenset(("的", "有", "了", "并", "等", "是"))
_NOT_MEASURE = frozenset(("v", "d", "p", "c", "r", "t", "vd", "ad", "u", "f", "a"))
_DONE = "完成"
_ABBREV = re.compile(r"[(（][A-Za-z]{2,6}[)）]$")
_NOUN_FLAGS = re.compile(r"n(?!v)|j$|b$|an$|l$|eng$")  # part-of-speech tags of words a measure extends over
_MAX_METRIC = 16
_BARE_ORDINAL = re.compile(r"第[0-9一二三四五六七八九十百两]+")  # 第一 alone names no measure


class Linker:
    """One document's figure facts. Works on candidates sorted by start (normalised offsets)
    and refers to spans by their original offsets; results are cached per figure and clause."""

    def __init__(self, norm: Normalised, chosen: Sequence[Candidate], spans: Sequence[Span], ctx: Context):
        self.t = tables()
        self.text = norm.text
        self.ctx = ctx
        self.tx = Text(norm.text)
        order = sorted(range(len(chosen)), key=lambda i: (chosen[i].start, chosen[i].end))
        self.c = [chosen[i] for i in order]
        self.s = [spans[i] for i in order]
        self.starts = [c.start for c in self.c]
        self.owners = [k for k, c in enumerate(self.c) if c.label in OWNER_LABELS]
        self.owner_starts = [self.c[k].start for k in self.owners]
        self.by_label: dict[str, tuple[list[int], list[int]]] = {}
        for k in self.owners:
            ks, starts = self.by_label.setdefault(self.c[k].label, ([], []))
            ks.append(k)
            starts.append(self.c[k].start)
        self.dates = [k for k, c in enumerate(self.c) if c.label == "DATE"]
        self.date_starts = [self.c[k].start for k in self.dates]
        self._topics: dict[tuple, int | None] = {}
        self._refs: dict[int, tuple[str, str] | None] = {}
        self._metrics: dict[int, str | None] = {}
        self._resp: dict[int, tuple | None] = {}
        self._owner: dict[int, int | None] = {}
        self._own: dict[tuple, tuple[bool, int | None]] = {}
        self._actor: dict[tuple, bool] = {}
        self._events: dict[int, tuple] = {}
        self._fold: dict[int, list[tuple[bool, int | None]]] = {}
        self._group: dict[int, bool] = {}
        self._carry: dict[tuple, int | None] = {}
        self._tails: frozenset | None = None
        # second characters of owner names' last two, for the head-noun check (集聚区 <- …集聚区)
        self._owner_finals = frozenset(self.text[self.c[k].end - n] for k in self.owners for n in (2, 3)
                                       if self.c[k].end - self.c[k].start > n)
        self._by_initial: dict[str, list[int]] = {}  # first character -> owners, in order
        for k in self.owners:
            self._by_initial.setdefault(self.text[self.c[k].start], []).append(k)
        self._owner_initials = frozenset(self._by_initial)
        self._place_refs = list(self.t.place_ref_re.finditer(self.text))  # 全市, 我省 … in the text
        self._place_ref_starts = [m.start() for m in self._place_refs]
        self._book = self._book_titles()
        self._book_starts = [a for a, _ in self._book]

    # -- helpers --
    def ref(self, k: int | None) -> dict | None:
        if k is None:
            return None
        return {"start": self.s[k].start, "end": self.s[k].end}

    def _book_titles(self) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in re.finditer(r"《[^《》\n]{0,80}》", self.text)]

    def in_title(self, k: int) -> bool:
        c = self.c[k]
        i = bisect.bisect_left(self._book_starts, c.start) - 1
        return i >= 0 and c.end < self._book[i][1]

    def spans_between(self, a: int, b: int) -> list[int]:
        i = bisect.bisect_left(self.starts, a)
        out = []
        while i < len(self.c) and self.c[i].start < b:
            if self.c[i].end <= b:
                out.append(i)
            i += 1
        return out

    def prev_span_end(self, pos: int, lo: int) -> int:
        """End of the last span (any label) ending at or before ``pos`` and after ``lo``."""
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0:
            if self.c[i].end <= pos:
                return max(lo, self.c[i].end)
            i -= 1
        return lo

    def is_list_member(self, k: int) -> bool:
        after = self.text[self.c[k].end:self.c[k].end + 2]
        return after.startswith(_LIST_AFTER)

    def clause_initial(self, k: int) -> bool:
        """Nothing but dates, quotes, spaces and connectives before the span in its clause."""
        c = self.c[k]
        a = self.tx.clause(c.start)[0]
        head = self.text[a:c.start]
        for j in self.spans_between(a, c.start):
            if self.c[j].label in ("DATE", "PLACE"):
                head = head.replace(self.text[self.c[j].start:self.c[j].end], "")
        head = QUOTES.sub("", head).strip(_BULLETS)
        # 位于伊滨区的X公司…: a located owner opens its clause too
        if head == "" or head in self.t.connectives or _LOCATED_DE.fullmatch(head):
            return True
        # ，投资25亿元的X项目占地…: an owner whose attribute opens the clause (not a 、 list item)
        j = self._attached_by_de(k)
        if j is not None and (a == 0 or self.text[a - 1] != "、"):
            lead = QUOTES.sub("", self.text[a:self.c[j].start]).strip()
            return len(lead) <= 4 and not CLAUSE_RE.search(lead) and not any(
                self.c[i].label not in FACT_FIGURES for i in self.spans_between(a, self.c[j].start))
        return False

    # -- owners --
    def owner_of(self, f: int, metric: str | None) -> int | None:
        c = self.c[f]
        sa, _ = self.tx.sentence(c.start)
        # 1. list item: "投资20亿元的X项目" -> the owner named after 的; an unnamed noun -> None
        last = self._attribute_chain_end(f)
        if last != f:  # "总投资20亿元、占地300亩的X项目"
            k = self._owner_starting_at(self.c[last].end + 1, maxskip=2)
            if k is not None and self.c[k].label != "PLACE":
                return k
        if self.text[c.end:c.end + 1] == "的":
            k = self._owner_starting_at(c.end + 1, maxskip=2)
            if k is not None and self.c[k].label != "PLACE":
                return k
            # X公司总投资108亿元的项目: the owner before the measure; 年产20万吨的生产线: the topic;
            # 总投资6亿元的一批项目: an unnamed group
            k = self._owner_just_before(f)
            if k is not None:
                return k
            if self._unnamed_after_de(f):
                return None
        # 2. "A、B、C分别开工5个、4个和3个": the i-th owner takes the i-th figure
        resp = self._respectively(f)
        if resp is not None:
            owners, figures = resp
            return owners[figures.index(f)]
        # 3. owner right before the measure in the same clause: "X项目总投资20亿元", "X20亿元"
        k = self._owner_just_before(f)
        if k is not None:
            return self._firm_for_region(k, sa)
        # 3b. a place word right before the measure: 去年我省1182个项目, 带动全市重点项目完成投资
        found, k = self._inline_place_ref(f)
        if found:
            return k
        # 4. sentence topic, referring word, or carried topic
        topic = self.topic(sa, c.start)
        if topic is not None:
            return topic
        # 5. territorial measures (GDP …) belong to the place named last (of the level 全区 names)
        base = split_growth(metric or "")[0]
        if base in self.t.metrics and self.t.metrics[base][1] == "PLACE":
            scope = self._scope_before(sa, c.start)
            if scope == "国":
                return None
            if scope:
                return self._place_of_level(c.start, scope)
            return self._last_owner(c.start, "PLACE")
        return None

    def _attribute_chain_end(self, f: int) -> int:
        """The last figure of ``…20亿元、占地300亩的`` when the chain from ``f`` ends with 的."""
        j, last = f, f
        while True:
            n = j + 1
            if n >= len(self.c) or self.c[n].label not in FACT_FIGURES:
                break
            gap = self.text[self.c[j].end:self.c[n].start]
            if not gap or gap[0] not in "、和及" or len(gap) > 8 or "的" in gap or CLAUSE_RE.search(gap[1:]):
                break
            j = n
            if self.text[self.c[j].end:self.c[j].end + 1] == "的":
                last = j
                break
        return last

    def _scope_before(self, sa: int, pos: int) -> str | None:
        """The level of the last scope word (全区 -> 区) in the sentence before ``pos``."""
        best = None
        for term, (label, suffix) in self.t.references.items():
            if label == "SCOPE":
                i = self.text.rfind(term, sa, pos)
                if i >= 0 and (best is None or i > best[0]):
                    best = (i, suffix)
        return best[1] if best else None

    def _respectively(self, f: int) -> tuple[list[int], list[int]] | None:
        """Owners listed before 分别 and figures listed after it, when both lists match (memoised:
        both the owner and the metric of a figure ask)."""
        if f not in self._resp:
            self._resp[f] = self._find_respectively(f)
        return self._resp[f]

    def _find_respectively(self, f: int) -> tuple[list[int], list[int]] | None:
        c = self.c[f]
        sa, _ = self.tx.sentence(c.start)
        r = self.text.rfind("分别", sa, c.start)
        if r < 0:
            return None
        seps = ("、", "和", "及", "与", ",", "，", "以及")
        figs = []
        j = bisect.bisect_left(self.starts, r)
        while j < len(self.c) and self.c[j].label not in FACT_FIGURES:
            j += 1
        while j < len(self.c) and self.c[j].label in FACT_FIGURES and self.c[j].label != "DATE":
            if figs and self.text[self.c[figs[-1]].end:self.c[j].start] not in seps:
                break
            figs.append(j)
            j += 1
        if f not in figs or len(figs) < 2:
            return None
        owners = []
        i = bisect.bisect_left(self.starts, r) - 1
        pos = r
        while i >= 0 and self.c[i].label in OWNER_LABELS:
            gap = self.text[self.c[i].end:pos]
            if (owners and gap not in seps) or (not owners and len(gap) > 2):
                break
            owners.append(i)
            pos = self.c[i].start
            i -= 1
        owners.reverse()
        return (owners, figs) if len(owners) == len(figs) else None

    def _owner_starting_at(self, pos: int, maxskip: int) -> int | None:
        i = bisect.bisect_left(self.owner_starts, pos)
        if i < len(self.owners):
            k = self.owners[i]
            gap = self.text[pos:self.c[k].start]
            if len(gap) <= maxskip and not HAN_OR_WORD.search(QUOTES.sub("", gap)):
                return k
        return None

    def _owner_just_before(self, f: int) -> int | None:
        c = self.c[f]
        ca, _ = self.tx.clause(c.start)
        i = bisect.bisect_left(self.owner_starts, c.start) - 1
        while i >= 0:
            k = self.owners[i]
            o = self.c[k]
            if o.end > c.start:
                i -= 1
                continue
            if o.start < ca:
                return None
            gap = self.text[o.end:c.start]
            # other figures between (年产50万台3千瓦) are allowed; entities are not
            inside = self.spans_between(o.end, c.start)
            if any(self.c[j].label not in FACT_FIGURES for j in inside) or self.is_list_member(k) or self.in_title(k):
                return None
            plain = gap
            for j in inside:
                plain = plain.replace(self.text[self.c[j].start:self.c[j].end], "")
            if len(plain) > _MAX_GAP or "的" in plain or "等" in plain:
                return None
            if self._attached_by_de(k) is not None and not plain.startswith(_MAKES):
                return None  # …亿元的X项目 占地…: X's (topic); but 108亿元的X公司年产…: X makes it
            if self._locative(k) or self._section(k):
                return None
            return k
        return None

    def _section(self, k: int) -> bool:
        """``嵩县段长26公里``, ``洛阳境内``: a place naming a section of something else."""
        return self.c[k].label == "PLACE" and self.text.startswith(_WITHIN, self.c[k].end)

    def _locative(self, k: int) -> bool:
        """``在河南洛阳…``: a place written after 在/于 (other places between) says where."""
        if self.c[k].label != "PLACE":
            return False
        a = self.c[k].start
        j = bisect.bisect_left(self.starts, a) - 1
        while j >= 0 and self.c[j].label == "PLACE" and self.c[j].end == a:
            a = self.c[j].start
            j -= 1
        return self.text[max(0, a - 1):a] in _LOCATIVE

    def _attached_by_de(self, k: int) -> int | None:
        """``…20亿元的X项目``: the figure before 的 that X already belongs to, if any."""
        o = self.c[k]
        j = bisect.bisect_left(self.starts, o.start) - 1
        while j >= 0 and self.c[j].end > o.start:
            j -= 1
        if j < 0 or self.c[j].label not in FACT_FIGURES:
            return None
        gap = self.text[self.c[j].end:o.start]
        return j if gap.startswith("的") and len(gap) <= 3 else None

    def _last_owner(self, pos: int, label: str, suffix: str = "", after: bool = False) -> int | None:
        """The nearest owner with ``label`` (name ending with ``suffix``) before ``pos``, or
        with ``after`` the first after it; searched over at most ``_MAX_LOOKBACK`` candidates."""
        ks, starts = self.by_label.get(label, ([], []))
        i = bisect.bisect_left(starts, pos)
        for k in ks[max(0, i - _MAX_LOOKBACK):i][::-1]:
            if self.text[self.c[k].start:self.c[k].end].endswith(suffix):
                return k
        if after:
            for k in ks[i:i + _MAX_LOOKBACK]:
                if self.text[self.c[k].start:self.c[k].end].endswith(suffix):
                    return k
        return None

    def _reference(self, a: int) -> tuple[str, str] | None:
        """A referring word at the start of the clause starting at ``a``."""
        if a in self._refs:
            return self._refs[a]
        r = self._reference_at(a, min(self.tx.clause(a)[1], a + 40))
        self._refs[a] = r
        return r

    def _reference_at(self, a: int, b: int) -> tuple[str, str] | None:
        head = self.text[a:b]
        first = head.lstrip()[:1]
        j = bisect.bisect_left(self.starts, a)
        if first not in self.t.ref_initials and not (j < len(self.c) and self.c[j].label == "DATE" and self.c[j].start - a <= 2):
            # fast path: no referring word, connective, quote, ordinal or date opens it
            if first in self._owner_finals or first in self._owner_initials:
                return self._head_noun_at(a, head.lstrip())
            return None
        if j < len(self.c) and self.c[j].label == "DATE" and self.c[j].end <= b \
                and not self.text[a:self.c[j].start].strip():
            head = self.text[self.c[j].end:b]
        head = QUOTES.sub("", head).lstrip()
        m = ORDINAL.match(head)
        if m:
            head = head[m.end():]
        for w in self.t.connectives:
            if head.startswith(w):
                head = head[len(w):].lstrip(",， ")
                break
        refs = self.t.references
        if _THESE_N.match(head):  # 这8个重大项目…: the group just counted
            return ("GROUP", "")
        if head[:1] == "该":  # 该酒店 -> 灵芝酒店: the owner whose name ends with the noun after 该
            named = self._head_noun_at(a, head[1:], after_gai=True)
            if named is not None:
                return named
        for n in range(min(max_ref_len(), len(head)), 0, -1):
            term = head[:n]
            if term in refs:
                if term == "其" and head[1:2] in ("中", "余", "他", "它", "实", "次"):
                    continue
                return refs[term]
        return self._head_noun_at(a, head)

    @property
    def _owner_tails(self) -> frozenset:
        """The last two and three characters of owner names (集聚区 of 洛阳先进制造业集聚区)."""
        if self._tails is None:
            self._tails = frozenset(
                name[-n:] for name in {self.text[self.c[k].start:self.c[k].end] for k in self.owners}
                for n in (2, 3) if len(name) > n + 1)
        return self._tails

    def _owner_opens(self, a: int) -> bool:
        """An owner span starts within the first few characters of the clause at ``a``."""
        i = bisect.bisect_left(self.owner_starts, a)
        return i < len(self.owners) and self.owner_starts[i] < a + 8

    def _head_noun_at(self, a: int, head: str, after_gai: bool = False) -> tuple[str, str] | None:
        """集聚区入驻企业…: a clause opening with the last characters of an owner named before
        (洛阳先进制造业集聚区) refers to it; ``("HEAD", word)``. After 该 (该酒店) the owner may
        be named at the start of the clause too."""
        if not after_gai and not self._owner_opens(a):
            # 朝虹…项目,占地200亩: an owner's full name again, where the recognisers missed it
            for k in reversed(self._by_initial.get(head[:1], ())):
                if self.c[k].start >= a:
                    continue
                name = self.text[self.c[k].start:self.c[k].end]
                if len(name) >= 4 and head.startswith(name):
                    return ("HEAD", name)
                break
        if head[:1] not in self._owner_finals:
            return None
        for n in (3, 2):
            w = head[:n]
            if len(w) < n or not HAN.fullmatch(w[0]) or w in self.t.references:
                continue
            for k in self.owners[max(0, bisect.bisect_left(self.owner_starts, a) - _MAX_LOOKBACK):
                                 bisect.bisect_left(self.owner_starts, a)]:
                name = self.text[self.c[k].start:self.c[k].end]
                if name.endswith(w) and len(name) > n + 1 and (after_gai or not self._owner_opens(a)):
                    return ("HEAD", w)
        return None

    def topic(self, sa: int, pos: int, carry: bool = True) -> int | None:
        """The owner the sentence starting at ``sa`` is about, up to ``pos``; with ``carry``,
        a sentence that names no subject of its own takes the subject a headline names after
        the figure (总投资76亿元 经开区举行…), or continues the topic of the sentences before it
        until a sentence names another subject or opens with an unnamed group. A place carries
        across paragraphs (a bulletin's district governs its statistics); a project or firm
        only into the same paragraph or from a one-line paragraph before (a list of fields)."""
        said, k = self._own_topic(sa, pos)
        if said:
            return self._firm_for_region(k, sa) if carry else k
        if not carry:
            return k
        k = self._headline_subject(sa, pos)
        if k is not None:
            return k
        if self._has_actor(sa, pos):
            return None
        return self._carried(sa)

    def _firm_for_region(self, k: int | None, sa: int) -> int | None:
        """集团…。同时,中国区钼产量…: a region of the firm the paragraph is about (not an
        administrative division: 漯河市 is its own subject) stays the firm's."""
        if k is None or self.c[k].label != "PLACE" or sa == 0 or is_division(self.text[self.c[k].start:self.c[k].end]):
            return k
        prev = self._carried(sa)
        return prev if prev is not None and self.c[prev].label == "COMPANY" else k

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
            if said:
                if k is None or ppa == pa or self.c[k].label in _ARTICLE_TOPICS or self._field_line(ppa, ppe) \
                        or self._wrapped(ppe, pa):
                    return k
                return None
            if self._has_actor(psa, b - 1):
                return None
            b = psa
        return None

    def _wrapped(self, end: int, next_start: int) -> bool:
        """A line broken inside a sentence (固定资产\n投资完成86亿元): one newline, after no
        punctuation, and text going on — the same paragraph for carrying a subject."""
        return next_start == end + 1 and end > 0 and self.text[end - 1] not in _LINE_END

    def _field_line(self, a: int, b: int) -> bool:
        """A short ``name: value`` line (-项目名称:X) of a list of fields."""
        return b - a <= _LINE and (":" in self.text[a:b] or "：" in self.text[a:b])

    def _headline_subject(self, sa: int, pos: int) -> int | None:
        """In a one-line paragraph without full stops (a headline), the owner opening a later
        clause of the line: ``总投资200亿元!漯河市79个大项目集中开工`` -> 漯河市."""
        pa, pe = self.tx.paragraph(sa)
        line = self.text[pa:pe]
        if pe - pa > _HEADLINE or "。" in line:
            return None
        for k in self.owners[bisect.bisect_left(self.owner_starts, pos):]:
            if self.c[k].start >= pe:
                break
            if self.clause_initial(k) and not self.is_list_member(k) and not self._titled(k):
                return self._head_of(k)
        return None

    def _own_topic(self, sa: int, pos: int) -> tuple[bool, int | None]:
        """``(said, owner)``: whether the sentence names its subject before ``pos`` (an owner
        opening a clause, a referring or scope word, an unnamed group) and which; the last
        one named takes over from those before it."""
        # the topic only changes at clause starts and owners: key on those, not on pos
        key = (sa, self.tx.clause(pos)[0], bisect.bisect_left(self.owner_starts, pos))
        if key in self._own:
            return self._own[key]
        said, topic = False, None
        if self._opens_with_group(sa, pos):  # 26条道路中…, 物流类项目2个…: an unnamed group
            self._own[key] = (True, None)
            return True, None
        clauses = self.tx.clauses_in(sa, pos)
        fold = self._fold.setdefault(sa, [])  # (said, topic) after each complete clause, in order
        n = min(len(fold), len(clauses))
        while n and self.tx.clause(clauses[n - 1])[1] >= pos:
            n -= 1
        if n:
            said, topic = fold[n - 1]
        for i in range(n, len(clauses)):
            said, topic = self._fold_clause(clauses[i], sa, pos, said, topic)
            if i == len(fold) and self.tx.clause(clauses[i])[1] < pos:
                fold.append((said, topic))
        self._own[key] = (said, topic)
        return said, topic

    def _quiet(self, ca: int) -> bool:
        """A clause that names no subject: no owner in it, no scope word, and no character that
        could open a referring word, a connective, a date or an owner's name."""
        _, ce = self.tx.clause(ca)
        i = bisect.bisect_left(self.owner_starts, ca)
        if i < len(self.owners) and self.owner_starts[i] <= ce:
            return False
        r = bisect.bisect_left(self._place_ref_starts, ca)
        if r < len(self._place_ref_starts) and self._place_ref_starts[r] <= ce:
            return False
        first = self.text[ca:ca + 1]
        return not (first in self.t.ref_initials or first in self._owner_finals or first in self._owner_initials
                    or first.isspace())

    def _fold_clause(self, ca: int, sa: int, pos: int, said: bool, topic: int | None) -> tuple[bool, int | None]:
        """The sentence's ``(said, topic)`` after the clause at ``ca``."""
        if ca > sa and self.text[ca - 1] == "、":
            return said, topic  # a list goes on: its items do not take over
        if self._quiet(ca):
            return said, topic
        ref, rest = self._clause_events(ca, pos)
        if ref is not None and not (said and ref[0]):
            return True, ref[1]
        for kind, k in rest:
            if kind == "list":
                if not said:
                    said, topic = True, None  # A、B先后获批: no single subject
            else:
                said, topic = True, k
        return said, topic

    def _clause_events(self, ca: int, pos: int) -> tuple[tuple[bool, int | None] | None, tuple]:
        """What the clause at ``ca`` (up to ``pos``) says about the sentence's subject:
        ``(ref, rest)`` — ``ref`` = ``(generic, owner)`` for a referring word opening it, and
        ``rest`` the events when that word is passed over: ``("set", owner)`` for a scope
        word (全区…), or ``("list", None)`` for list members and ``("owner", k)`` for an
        owner opening the clause. Cached for clauses that end before ``pos``."""
        _, ce = self.tx.clause(ca)
        complete = ce < pos
        if complete and ca in self._events:
            return self._events[ca]
        ref = None
        r = self._reference(ca)
        if r is not None:
            hit, k = self._resolve(r, ca, pos)
            if hit:
                ref = (self._generic_ref(ca), k)
        hit, k = self._clause_place_ref(ca, pos)
        if hit:  # 2024年全区地区生产总值…, 年末全区常住人口…
            rest: tuple = (("set", k),)
        else:
            events = []
            lo = bisect.bisect_left(self.owner_starts, ca)
            hi = bisect.bisect_left(self.owner_starts, min(pos, ce + 1))
            opened = False
            for k in self.owners[lo:hi]:
                if self.c[k].end > pos:
                    continue
                if opened:  # 豫西最大的光伏项目——X公司…: the name after the dash is the one meant
                    if self.text[max(0, self.c[k].start - 2):self.c[k].start] in _APPOSITION:
                        events.append(("owner", self._head_of(k)))
                    continue
                if self.is_list_member(k):
                    events.append(("list", None))
                    continue
                if self.clause_initial(k) and not self.in_title(k) and not self._item_owner(k) \
                        and not self._titled(k) and not self._speaker(k) and not self._section(k):
                    events.append(("owner", self._head_of(k)))
                    opened = True
            rest = tuple(events)
        out = (ref, rest)
        if complete:
            self._events[ca] = out
        return out

    def _generic_ref(self, ca: int) -> bool:
        """A bare 项目/公司 (no 该, 本 …) at ``ca``: it continues the sentence's subject."""
        return not QUOTES.sub("", self.text[ca:ca + 1]).startswith(("该", "本", "我", "其", "此"))

    def _clause_place_ref(self, ca: int, pos: int) -> tuple[bool, int | None]:
        """A scope or place word before the clause's first figure, within a few characters of
        its start (2024年全区…, 年末全区…): the place of that level."""
        _, ce = self.tx.clause(ca)
        end = min(pos, ce)
        r = bisect.bisect_left(self._place_ref_starts, ca)
        if r == len(self._place_ref_starts) or self._place_ref_starts[r] >= end:
            return False, None  # fast path: no scope word in the clause
        i = bisect.bisect_left(self.starts, ca)
        while i < len(self.c) and self.c[i].start < end:
            if self.c[i].label in FACT_FIGURES:
                end = self.c[i].start
                break
            i += 1
        i = bisect.bisect_left(self._place_ref_starts, ca)
        if i == len(self._place_ref_starts) or self._place_ref_starts[i] >= end:
            return False, None
        m = self._place_refs[i]
        head = self.text[ca:m.start()]
        for j in self.spans_between(ca, m.start()):
            if self.c[j].label != "DATE":
                return False, None
            head = head.replace(self.text[self.c[j].start:self.c[j].end], "")
        if len(QUOTES.sub("", head).strip()) > 2 or self.text[max(ca, m.start() - 1):m.start()] in _LOCATIVE + _COMPARE:
            return False, None
        return self._resolve(self.t.references[m.group()], m.start(), pos)

    def _resolve(self, ref: tuple[str, str], ca: int, pos: int) -> tuple[bool, int | None]:
        """What a referring word at the clause start ``ca`` stands for: ``(hit, owner)``."""
        label, suffix = ref
        if label == "GROUP":  # 此次共开工…: unnamed; 此次活动南阳市共签约…: the owner named right after it
            for k in self.owners[bisect.bisect_left(self.owner_starts, ca):]:
                if self.c[k].start >= min(pos, self.tx.clause(ca)[1]) or self.c[k].start - ca > _GROUP_GAP:
                    break
                if not self.is_list_member(k) and not self._titled(k):
                    return True, self._head_of(k)
            return True, None
        if label in ("SCOPE", "PLACE"):
            if suffix == "国" or _BATCH.search(self.text, ca, min(pos, self.tx.clause(ca)[1])):
                return True, None
            return True, self._place_of_level(ca, suffix, after=label == "PLACE")
        if label == "TOPIC":
            return True, self._previous_topic(ca)
        if label == "HEAD":
            for k in reversed(self.owners[:bisect.bisect_left(self.owner_starts, ca)]):
                if self.text[self.c[k].start:self.c[k].end].endswith(suffix):
                    return True, k
            return False, None
        return True, self._referent(ca, label)

    def _referent(self, pos: int, label: str) -> int | None:
        """该项目/该公司 at ``pos``: the owner last named with that label, or, when a project or
        company was the subject of a figure stated after that, the subject of that figure."""
        k = self._last_owner(pos, label)
        if label not in ("PROJECT", "COMPANY"):
            return k
        f = bisect.bisect_left(self.starts, pos) - 1
        while f >= 0 and (k is None or self.c[f].start > self.c[k].start):
            if self.c[f].label in FACT_FIGURES and self.c[f].end <= pos and f in self._owner:
                o = self._owner[f]
                if o is not None and self.c[o].label in ("PROJECT", "COMPANY"):
                    return o
            f -= 1
        return k

    def _place_of_level(self, pos: int, level: str, after: bool = False) -> int | None:
        """The place of ``level`` (市, 区 …) named last before ``pos`` (or, with ``after``, the
        first after it)."""
        ks, starts = self.by_label.get("PLACE", ([], []))
        i = bisect.bisect_left(starts, pos)
        for k in ks[max(0, i - _MAX_LOOKBACK):i][::-1]:
            if self.c[k].end <= pos and level_of(self.text[self.c[k].start:self.c[k].end]) == level:
                return k
        if after:
            for k in ks[i:i + _MAX_LOOKBACK]:
                if level_of(self.text[self.c[k].start:self.c[k].end]) == level:
                    return k
        return None

    def _inline_place_ref(self, f: int) -> tuple[bool, int | None]:
        """``去年我省1182个…``, ``带动全市重点项目完成投资…``: a place or scope word between the
        clause start (or the last entity) and the figure. Not after a comparison verb when the
        figure is a difference (高于全省1.4个百分点 belongs to the topic)."""
        c = self.c[f]
        ca, _ = self.tx.clause(c.start)
        lo = ca
        i = bisect.bisect_left(self.starts, c.start) - 1
        while i >= 0 and self.c[i].end > ca:
            if self.c[i].label not in FACT_FIGURES and self.c[i].end <= c.start:
                lo = self.c[i].end
                break
            i -= 1
        last = None
        for m in self.t.place_ref_re.finditer(self.text, lo, c.start):
            last = m
        if last is None:
            return False, None
        gap = self.text[last.end():c.start]
        if len(gap) > 12 or "的" in gap or _BATCH.search(self.text, ca, c.start):
            return False, None
        before = self.text[max(ca, last.start() - 2):last.start()]
        if before.endswith(_LOCATIVE):  # 在我市辖区内开展200兆瓦: where, not whose
            return False, None
        if (c.unit == "pp" or self.text[c.start:c.end].endswith("百分点")) and before.endswith(_COMPARE):
            return False, None
        label, suffix = self.t.references[last.group()]
        if suffix == "国":
            return True, None
        return True, self._place_of_level(last.start(), suffix, after=label == "PLACE")

    def _speaker(self, k: int) -> bool:
        """``市发改委有关负责人介绍,``: an owner whose clause ends with a speech verb."""
        _, ce = self.tx.clause(self.c[k].start)
        rest = self.text[self.c[k].end:ce].strip()
        return len(rest) <= 12 and rest.endswith(self.t.speech)

    def _opens_with_group(self, sa: int, pos: int) -> bool:
        """Cached per sentence (the answer covers the whole sentence)."""
        r = self._group.get(sa)
        if r is None:
            r = self._group[sa] = self._find_opens_with_group(sa)
        return r

    def _find_opens_with_group(self, sa: int) -> bool:
        """The sentence opens with an unnamed group: a count (26条道路中…, 集中开工的79个项目中),
        or a kind of project and its count (物流类项目2个…), with no owner named before it."""
        first = None
        pos = self.tx.sentence(sa)[1]  # the whole sentence: its figures before the count are the group's too
        for k in range(bisect.bisect_left(self.starts, sa), bisect.bisect_right(self.starts, pos)):
            if self.c[k].label == "DATE" or (self.c[k].label == "MONEY" and self.text.startswith("项目", self.c[k].end)):
                continue  # a date; an amount naming a class of projects (亿元以上项目130个)
            first = k
            break
        if first is None or self.c[first].label != "COUNT":
            return False
        if any(self.c[j].label not in FACT_FIGURES for j in self.spans_between(sa, self.c[first].start)):
            return False
        head = QUOTES.sub("", self.text[sa:self.c[first].start])
        for j in self.spans_between(sa, self.c[first].start):
            head = head.replace(self.text[self.c[j].start:self.c[j].end], "")
        head = head.strip(" ,，")
        breakdown = _BREAKDOWN.match(head)
        if breakdown:  # 其中,亿元以上项目130个 / 按领域分,先进制造业项目39个: a part of the whole
            rest = head[breakdown.end():].lstrip(" ,，:：")
            if rest == "" or rest.endswith(_GROUP_NOUNS):
                return True
        for w in self.t.connectives:
            if head.startswith(w):
                head = head[len(w):].lstrip(" ,，:：")
                break
        _, ce = self.tx.clause(self.c[first].start)
        if head == "":  # 26条道路中4条…, 集中开工的79个项目中,…: a part of a counted group
            return _AMONG.match(self.text, self.c[first].end, ce + 1) is not None
        if self._reference_at(sa, self.c[first].start) is not None:
            return False  # 该园区入驻企业7家: a named owner's
        _, ce = self.tx.clause(self.c[first].start)
        return _AMONG.match(self.text, self.c[first].end, ce + 1) is not None and not CLAUSE_RE.search(head)

    def _unnamed_after_de(self, f: int) -> bool:
        """``…6亿元的一批项目``: what follows 的 is an unnamed group of projects or firms (a
        counted batch, ``…986亿元的171个项目``, is the topic's)."""
        _, ce = self.tx.clause(self.c[f].start)
        n = bisect.bisect_right(self.starts, self.c[f].end)
        if n < len(self.c) and self.c[n].label == "COUNT" and self.c[n].start - self.c[f].end <= 2:
            return False
        return any(w in self.text[self.c[f].end + 1:ce] for w in _GROUP_NOUNS)

    def _head_of(self, k: int) -> int:
        """偃师区首阳山街道的X项目 -> X项目: a place (or owner + 的) modifying the owner after it."""
        while k + 1 < len(self.c) and self.c[k + 1].label in OWNER_LABELS:
            gap = self.text[self.c[k].end:self.c[k + 1].start]
            if gap == "的" or (gap == "" and self.c[k].label == "PLACE"):
                k += 1
                continue
            break
        return k

    def _previous_topic(self, sa: int) -> int | None:
        """The topic of the sentence just before ``sa`` (其 refers to it)."""
        if sa == 0:
            return None
        psa, _ = self.tx.sentence(sa - 1)
        return self.topic(psa, sa - 1)

    def _titled(self, k: int) -> bool:
        """``X公司副总经理…``: an owner written as part of a person's title."""
        nxt = bisect.bisect_right(self.starts, self.c[k].start)
        return nxt < len(self.c) and self.c[nxt].start == self.c[k].end and self.c[nxt].label == "POSITION"

    def _has_actor(self, sa: int, pos: int) -> bool:
        """Some entity (a person too) opens a clause of the sentence before ``pos``."""
        key = (sa, bisect.bisect_left(self.starts, pos))
        if key not in self._actor:
            self._actor[key] = any(
                self.c[k].label not in FACT_FIGURES and (self.clause_initial(k) or self.is_list_member(k))
                for k in self.spans_between(sa, pos))
        return self._actor[key]

    def _first_content_span(self, sa: int, pos: int) -> int | None:
        i = bisect.bisect_left(self.starts, sa)
        for k in range(i, bisect.bisect_right(self.starts, pos)):
            if self.c[k].label == "DATE":
                continue
            head = self.text[sa:self.c[k].start]
            for j in self.spans_between(sa, self.c[k].start):
                head = head.replace(self.text[self.c[j].start:self.c[j].end], "")
            if QUOTES.sub("", head).strip(" ,，") == "":
                return k
            return None
        return None

    def _item_owner(self, k: int) -> bool:
        """``X20亿元、`` : an owner whose clause is just itself and a figure (a list item)."""
        o = self.c[k]
        nxt = bisect.bisect_right(self.starts, o.start)
        while nxt < len(self.c) and self.c[nxt].start < o.end:
            nxt += 1
        if nxt < len(self.c) and self.c[nxt].start == o.end and self.c[nxt].label in FACT_FIGURES:
            after = self.text[self.c[nxt].end:self.c[nxt].end + 1]
            return after == "" or after in SENT_END + CLAUSE_SEP
        return False

    # -- metrics --
    def metric_of(self, f: int) -> str | None:
        if f in self._metrics:
            return self._metrics[f]
        m = self._metric(f)
        self._metrics[f] = m
        return m

    def _left(self, f: int) -> str:
        c = self.c[f]
        ca, _ = self.tx.clause(c.start)
        lo = self.prev_span_end(c.start, ca)
        raw = self.text[lo:c.start]
        if lo > ca and raw[:1] in "“\"「『":  # 西区“两横一纵”主干道铺设: skip the apposition
            m = re.match(r"[“\"「『][^”\"」』]{0,20}[”\"」』]", raw)
            if m:
                raw = raw[m.end():]
        raw = _ABBREV.sub("", raw)  # 地区生产总值(GDP)1666亿元: the measure as written first
        if raw.startswith(_WITHIN) and lo > ca:  # 洛阳境长: the place is part of the measure
            j = bisect.bisect_left(self.starts, lo) - 1
            while j >= 0 and self.c[j].end > lo:
                j -= 1
            if j >= 0 and self.c[j].end == lo and self.c[j].label == "PLACE":
                raw = self.text[self.c[j].start:lo] + raw
        return QUOTES.sub("", raw)

    def _metric(self, f: int) -> str | None:
        m = self._metric_named(f)
        if m is None:
            return None
        base, word = split_growth(m)
        if word is not None:
            return self.t.report.get(base, base) + self.t.report.get(word, word)
        return self.t.report.get(m, m)

    def _metric_named(self, f: int) -> str | None:
        c = self.c[f]
        listed = self._listed_metric(f)
        if listed is not None:
            return listed
        resp = self._respectively(f)
        if resp is not None and resp[1][0] != f:
            return self.metric_of(resp[1][0])
        raw_left = self._left(f)
        left = strip_right(raw_left, self.t.fillers)
        if c.label == "PERCENT" and raw_left.rstrip().endswith(_DONE):  # 主体工程完成80%: a share done
            return (self._measure(left) or "") + _DONE
        ratio = _RATIO.search(raw_left.rstrip()) if c.label == "PERCENT" else None
        if ratio and len(strip_right(ratio.group(1), self.t.fillers)) >= 2:  # 占年度目标的113.8%, not 占比达到66%
            return "占" + ratio.group(1)
        if c.label == "MONEY" and left != raw_left and raw_left.rstrip().endswith(_DONE) \
                and not self._table_suffix(left) and (not left.strip() or left.strip() in self.t.connectives):
            return _DONE + "投资"  # 截至目前完成7.8亿元: money completed is investment
        # growth: "同比增长5.2%", "固定资产投资增长15%", "…64.7亿元,增长9%"
        word = self._growth_word(left)
        if word is not None:
            raw_base = left[: -len(word)]
            against = _AGAINST_SCOPE.match(raw_base)
            if against:  # 与全国平均增长3.9%相比: the average it is compared with
                return against.group(1) + word
            base = strip_right(_COMPARISON.sub("", raw_base), self.t.fillers)
            base_metric = self._measure(base) if base else None
            if base_metric is None:
                base_metric = self._previous_metric(f)
                if base_metric:
                    base_metric = split_growth(base_metric)[0]
            return (base_metric or "") + word
        named = self._table_suffix(left)
        if named:
            named = self._extend(left, named, counted=self._after_count(f))
        if not named and c.label != "COUNT":
            if not left.strip():
                named = self._clause_measure(f)
            if not named and self._in_breakdown(f):
                named = self._parent_measure(f)
        if c.label == "DURATION":  # 施工筹建期2年; not 会议持续了50分钟 (a verb measures nothing)
            if named or not left.strip():
                return named
            free = self._free(left)
            return free if free and pos_cut(free, self.ctx)[-1][1].startswith("n") else None
        if c.label == "COUNT":
            noun = named or self._counted_noun(f) or ("项目" if left.strip() == "项目" else None)
            if noun is None:  # 339个黄河流域…重点项目开工: the names between do not hide the stage
                m = _PROJECTS_STAGE.search(self.text, c.end, self.tx.clause(c.start)[1] + 1)
                if m:
                    return m.group(1) + "项目"
            if noun == "项目" and self._money_class(f):  # 总投资超10亿元项目6个 -> 超10亿元项目
                return self._money_class(f) + noun
            if noun == "项目":  # 209个项目集中开工 -> 开工项目: the stage says which projects
                stage = self._stage_word(f)
                return stage + noun if stage else noun
            if noun:
                return noun
        if named:
            return named
        made = self._makes(left)
        if made:  # 年产LCD线路板220万块: the capacity, with the product named between
            return made
        return self._free(left)

    def _makes(self, left: str) -> str | None:
        """``…年产液晶电视100万台``: a production word followed only by the product's name."""
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
        lo = self.prev_span_end(self.c[f].start, self.tx.clause(self.c[f].start)[0])
        j = bisect.bisect_left(self.starts, lo) - 1
        while j >= 0 and self.c[j].end > lo:
            j -= 1
        if j >= 0 and self.c[j].end == lo and self.c[j].label == "MONEY" \
                and self.text[lo:self.c[f].start].startswith("项目"):
            return self.text[self.c[j].start:self.c[j].end]
        return None

    def _stage_word(self, f: int) -> str | None:
        """The stage verb (开工, 签约 …) of a counted batch of projects, as written: after the
        count in its clause (79个项目全部开工), or anywhere in a headline; not inside quotes
        (“开工一批”是活动名)."""
        c = self.c[f]
        _, ce = self.tx.clause(c.start)
        lo = c.end
        pa, pe = self.tx.paragraph(c.start)
        if pe - pa <= _HEADLINE and "。" not in self.text[pa:pe]:
            lo, ce = pa, pe
        for m in self.t.stage_re.finditer(self.text, lo, ce + 1):
            if not _OPEN_QUOTE.search(self.text, lo, m.start()):
                return m.group()
        return None

    def _figure_list(self, f: int) -> list[int] | None:
        """The figures listed after 分别 (…分别为20.9万吨和1.85万吨) when ``f`` is one of them."""
        resp = self._respectively_figures(f)
        return resp if resp and f in resp else None

    def _respectively_figures(self, f: int) -> list[int] | None:
        c = self.c[f]
        sa, _ = self.tx.sentence(c.start)
        r = self.text.rfind("分别", sa, c.start)
        if r < 0:
            return None
        figs = []
        j = bisect.bisect_left(self.starts, r)
        while j < len(self.c) and self.c[j].label not in FACT_FIGURES:
            j += 1
        while j < len(self.c) and self.c[j].label in FACT_FIGURES and self.c[j].label != "DATE":
            if figs and not self._list_gap(self.text[self.c[figs[-1]].end:self.c[j].start]):
                break
            figs.append(j)
            j += 1
        return figs if len(figs) >= 2 else None

    def _listed_metric(self, f: int) -> str | None:
        """``铜、钴产量分别为20.9万吨和1.85万吨``: the i-th figure measures the i-th item with
        the measure after the items (铜产量, 钴产量); ``按年分别增14.5%及20%`` after such a list:
        the growth of the i-th measure of that list (铜产量增长, 钴产量增长)."""
        figs = self._figure_list(f)
        if figs is None:
            return None
        i = figs.index(f)
        first = self.c[figs[0]]
        sa, _ = self.tx.sentence(first.start)
        r = self.text.rfind("分别", sa, first.start)
        lo = self.prev_span_end(r, sa)
        for m in _CLAUSE_BREAK.finditer(self.text, lo, r):
            lo = m.end()
        left = strip_left(strip_right(_COMPARISON.sub("", QUOTES.sub("", self.text[lo:r])), self.t.fillers),
                          self.t.prefixes)
        word = self._growth_word(self.text[(self.c[figs[i - 1]].end if i else r + 2):self.c[f].start]) \
            or self._growth_word(self.text[r + 2:first.start])
        if word is None:
            word = self._growth_word(left)
            if word is not None:
                left = strip_right(left[: len(left) - len(word)], self.t.fillers)
        if word is None:
            measure = self._item_measure(left, len(figs), i)
            share = _RATIO.search(self.text[r + 2:first.start].rstrip())
            return measure + "占" + share.group(1) if measure and share else measure
        prev = self._previous_list(figs[0], len(figs))
        base = split_growth(self.metric_of(prev[i]) or "")[0] if prev else self._item_measure(left, len(figs), i)
        return base + word if base else None

    def _list_gap(self, gap: str) -> bool:
        """What may stand between two figures of a list: 、 和 及 …, also with a growth word
        (上升18.9%及下跌0.25%)."""
        if gap in _LIST_SEPS:
            return True
        w = self._growth_word(gap)
        return w is not None and gap[: len(gap) - len(w)] in _LIST_SEPS

    def _growth_word(self, s: str) -> str | None:
        """The growth word (增长, 下降 …) ``s`` ends with, longest first."""
        return longest_suffix(s.strip(), self.t.growth_set, _MAX_GROWTH)

    def _item_measure(self, left: str, n: int, i: int) -> str | None:
        """The i-th of ``n`` items listed before a shared measure: 铜、钴产量 -> 钴产量; items
        shorter than the last share its head noun (冶金、能源等传统支柱产业增加值 -> 冶金产业增加值)."""
        term = self._table_suffix(left)
        if not term:
            return None
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
        sa, _ = self.tx.sentence(self.c[f].start)
        g = f - 1
        while g >= 0 and self.c[g].start >= sa:
            if self.c[g].label in FACT_FIGURES:
                figs = self._figure_list(g)
                if figs is not None and len(figs) == n:
                    return figs
                return None
            g -= 1
        return None

    def _last_term(self, s: str) -> str | None:
        """The table measure ending last in ``s`` (longest on ties)."""
        best = None
        for term in self.t.metrics:
            i = s.rfind(term)
            if i >= 0:
                end = i + len(term)
                if best is None or end > best[0] or (end == best[0] and len(term) > len(best[1])):
                    best = (end, term)
        return best[1] if best else None

    def _clause_measure(self, f: int) -> str | None:
        """``…长度居全省之最,达到了1200米``: the measure named in the clause before."""
        ca, _ = self.tx.clause(self.c[f].start)
        sa, _ = self.tx.sentence(self.c[f].start)
        if ca <= sa:
            return None
        pa, _ = self.tx.clause(ca - 1)
        if any(self.c[j].label in FACT_FIGURES for j in self.spans_between(pa, ca)):
            return None
        return self._last_term(self.text[pa:ca])

    def _in_breakdown(self, f: int) -> bool:
        sa, _ = self.tx.sentence(self.c[f].start)
        return QUOTES.sub("", self.text[sa:self.c[f].start]).lstrip(" ").startswith("其中")

    def _parent_measure(self, f: int) -> str | None:
        """``…进行投资。其中,A 20亿元`` : the parts take the measure of the whole."""
        sa, _ = self.tx.sentence(self.c[f].start)
        if sa == 0:
            return None
        psa, _ = self.tx.sentence(sa - 1)
        return self._last_term(self.text[psa:sa])

    def _table_suffix(self, s: str) -> str | None:
        return longest_suffix(s, self.t.metric_terms, _MAX_TERM)

    def _named(self, s: str) -> str | None:
        return self._table_suffix(s) or self._free(s)

    def _after_count(self, f: int) -> bool:
        """The words before the figure's measure follow a count: 324个重大项目已完成投资565亿元."""
        c = self.c[f]
        lo = self.prev_span_end(c.start, self.tx.clause(c.start)[0])
        j = bisect.bisect_left(self.starts, lo) - 1
        while j >= 0 and self.c[j].end > lo:
            j -= 1
        return j >= 0 and self.c[j].end == lo and self.c[j].label == "COUNT" and j != f

    def _measure(self, s: str) -> str | None:
        """The measure ``s`` ends with: a table term with the words before it that belong to
        it (夏粮总产量), or a free phrase."""
        term = self._table_suffix(s)
        return self._extend(s, term) if term else self._free(s)

    def _extend(self, left: str, term: str, counted: bool = False) -> str:
        """``term`` with the nouns and modifier words written right before it in ``left``:
        全市夏粮总产量 -> 夏粮总产量, 带动全市重点项目完成投资 -> 重点项目完成投资; never over 的,
        a referring word (该项目, 该酒店), a comparison (比上年) or a verb; a scope word inside
        goes (年末全区常住人口 -> 年末常住人口) unless a comparison names it (高于全省水平).
        ``counted``: the words follow a count (324个重大项目已完成投资): they name the group
        counted, not the measure, so only modifiers join."""
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
            after = pos_cut(rest[gai + 1:], self.ctx) if HAN.search(rest[gai + 1:]) else []
            cut = gai + 1 + (len(after[0][0]) if after else 0)
        rest = self.t.place_ref_re.sub("", rest[cut:])
        if not rest or not HAN_OR_WORD.search(rest):
            return scope_head + term if scope_head and not rest else term
        words = pos_cut(rest, self.ctx)
        keep = []
        for i in range(len(words) - 1, -1, -1):
            w, flag = words[i]
            if w in _TIME_WORDS:
                break
            if w in _TRANSPARENT and keep and i > 0:
                continue
            if w in self.t.modifiers or (not counted and w not in self.t.prefixes and w not in self.t.fillers
                                         and _NOUN_FLAGS.match(flag)):
                keep.append(w)
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
        if ext and ext in self._owner_tails:  # 集聚区入驻企业: the owner's head noun, not the measure
            ext = ""
        if scope_head and ext == rest:
            ext = scope_head + ext
        return ext + term if len(ext) + len(term) <= _MAX_METRIC else term

    def _free(self, s: str) -> str | None:
        """A measure the table does not know: the last phrase of the clause before the figure."""
        words = pos_cut(s, self.ctx) if HAN.search(s) else [(s, "x")]
        for i in range(len(words) - 1, -1, -1):
            if words[i][0] in _FREE_SEPS or words[i][0] in _TIME_WORDS:
                # 收集有效线索: 有 inside 有效 does not split; 十四五末开发容量: 末 ends the when
                s = "".join(w for w, _ in words[i + 1:])
                break
        s = s.lstrip()
        compare = s.startswith(_COMPARE + ("与",))  # 比全国平均水平: the scope word stays
        for n in range(min(max_ref_len(), len(s) - 1), 1, -1):
            if compare and self.t.references.get(s[:n], ("",))[0] == "SCOPE":
                break
            if s[:n] in self.t.references or (n <= 3 and s[:n] in self._owner_tails and len(s) > n + 1):
                # 该园区入驻企业, 集聚区入驻企业 (an owner's head noun) -> 入驻企业
                s = s[n:]
                break
        if compare and not s.startswith(_COMPARE_WORDS):  # 比全国平均水平 -> 全国平均水平; 高于全省水平 stays
            s = s[next(len(w) for w in _COMPARE + ("与",) if s.startswith(w)):]
        else:
            s = strip_left(s, self.t.prefixes)
        if s in self.t.prefixes or s in self.t.fillers or _BARE_ORDINAL.fullmatch(s):
            return None
        s = strip_right(s, self.t.fillers).strip()
        if not s or len(s) > 10 or len(HAN.findall(s)) < 1 or (s[0].isdigit() and len(HAN.findall(s)) < 2):
            return None
        if s in self.t.connectives or s in self.t.references:
            return None
        cut = pos_cut(s, self.ctx)
        if len(cut) == 1 and cut[0][1] in _NOT_MEASURE:  # 签署, 又, 增加到: a verb or adverb names no measure
            return None
        return s

    def _previous_metric(self, f: int) -> str | None:
        sa, _ = self.tx.sentence(self.c[f].start)
        g = f - 1
        while g >= 0 and self.c[g].start >= sa:
            if self.c[g].label in FACT_FIGURES:
                return self.metric_of(g)
            g -= 1
        return None

    def _table_prefix(self, s: str) -> str | None:
        """The longest table measure (two characters or more) ``s`` starts with."""
        for n in range(min(_MAX_TERM, len(s)), 1, -1):
            if s[:n] in self.t.metric_terms:
                return s[:n]
        return None

    def _counted_noun(self, f: int) -> str | None:
        """For a count, the noun it counts: ``5条生产线`` -> 生产线, ``9个总投资…的项目`` -> 项目."""
        c = self.c[f]
        _, ce = self.tx.clause(c.start)
        chunk_end, chunk_start = ce, c.end
        for k in self.spans_between(c.end, ce + 1):
            if self.c[k].label in FACT_FIGURES and (
                    self.c[k].start == c.end or self.text[self.c[k].end:self.c[k].end + 1] == "的"):
                if self.c[k].start == chunk_start and self.c[k].label == "MONEY":
                    chunk_start = self.c[k].end  # 209个亿元以上重大项目: the class, then the noun
                continue  # 7个万亿级…集群, 5个总投资50亿元的项目
            chunk_end = min(chunk_end, self.c[k].start)
            break
        chunk = QUOTES.sub("", self.text[chunk_start:chunk_end])[:24]
        if "的" in chunk:
            chunk = chunk.rsplit("的", 1)[1]
        chunk = chunk.strip()
        if not chunk or not HAN_OR_WORD.match(chunk):
            return None
        for n in range(min(_MAX_TERM, len(chunk)), 0, -1):
            if chunk[:n] in self.t.metric_terms:  # 人就业 -> 就业
                return chunk[:n]
        words: list[tuple[str, str]] = []
        done = 0
        for i, (w, flag) in enumerate(pos_cut(chunk, self.ctx)):
            if not words and flag in ("m", "q", "mq"):
                done += len(w)
                continue
            if w in self.t.modifiers or w in self.t.prefixes or w in self.t.fillers:
                break  # 79个项目全部开工
            if words and self._table_prefix(chunk[done:]):
                break  # 两个项目装机规模576MW: the measure of the next figure starts here
            done += len(w)
            if flag.startswith("n") or flag in ("j", "nz", "l", "eng") or (not words and flag in ("vn", "a", "b", "an")):
                words.append((w, flag))
                continue
            break
        while words and words[-1][1] == "v":  # 5条生产线建成投产: the verb is not the noun
            words.pop()
        noun = "".join(w for w, _ in words)
        return noun or None

    # -- dates and stages --
    def date_of(self, f: int) -> int | None:
        c = self.c[f]
        sa, se = self.tx.sentence(c.start)
        i = bisect.bisect_left(self.date_starts, c.start) - 1
        if i >= 0 and self.c[self.dates[i]].start >= sa:
            return self.dates[i]
        ca, ce = self.tx.clause(c.start)
        j = bisect.bisect_left(self.date_starts, c.end)
        if j < len(self.dates) and self.c[self.dates[j]].end <= ce:
            return self.dates[j]
        pa, _ = self.tx.paragraph(c.start)
        j = bisect.bisect_left(self.date_starts, pa)
        if j < len(self.dates) and self.c[self.dates[j]].start < c.start:
            k = self.dates[j]
            if not QUOTES.sub("", self.text[pa:self.c[k].start]).strip():
                return k
        return None

    def stage_of(self, f: int) -> str | None:
        c = self.c[f]
        sa, se = self.tx.sentence(c.start)
        ca, ce = self.tx.clause(c.start)
        nxt = bisect.bisect_left(self.starts, c.end)
        while nxt < len(self.c) and self.c[nxt].label not in FACT_FIGURES:
            nxt += 1
        if nxt < len(self.c):
            ce = min(ce, self.c[nxt].start)  # a stage after the next figure is that figure's
        best = None
        for m in self.t.stage_re.finditer(self.text, sa, max(sa, ce)):
            pos = m.start()
            d = c.start - pos if pos < c.start else pos - c.end + 1000
            if best is None or d < best[0]:
                best = (d, self.t.stages[m.group()])
        return best[1] if best else None

    # -- all --
    def facts(self) -> list[dict]:
        out = []
        for f, c in enumerate(self.c):
            if c.label not in FACT_FIGURES:
                continue
            metric = self.metric_of(f)
            owner = self.owner_of(f, metric)
            self._owner[f] = owner
            fact = {
                "figure": self.ref(f),
                "metric": metric,
                "subject": self.ref(owner),
                "date": self.ref(self.date_of(f)),
            }
            # stages are reported for projects (and the firms and unnamed groups building them)
            stage = self.stage_of(f) if owner is None or self.c[owner].label in ("PROJECT", "COMPANY") else None
            if stage:
                fact["stage"] = stage
            out.append(fact)
        out.extend(person_facts(self.c, self.text, self.ref))
        return out

