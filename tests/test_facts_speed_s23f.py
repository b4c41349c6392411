"""Guards for the facts stage's speed paths (session 23, helper f): each fast path gives what
the plain code it stands for gives, on invented and random inputs."""

from __future__ import annotations

import random

import pytest

from luoyang_nlp.facts.core import change_verb_starts
from luoyang_nlp.facts.cues import _CHANGE_VERB, _words
from luoyang_nlp.facts.measures import _category_re, category_spans
from luoyang_nlp.facts.text import CLAUSE_SEP, QUOTE_CHARS, SENT_END, Text

_INVENTED = [
    "",
    "。",
    "\n\n",
    "洛阳市2024年GDP增长5%。",
    "某县今年计划实施重点项目120个，总投资560亿元；其中，“三个一批”项目45个。\n全年完成投资（不含土地）88亿元!",
    "某区规上工业增加值由去年的12亿元增加到15亿元，从业人员从3000人增至4200人；降至、升至。",
    "全市批发和零售业增加值增长6.1%，住宿和餐饮业增长8.3%，社会保障和就业支出12亿元。",
    "标题：某镇《乡村振兴规划》发布\t来源: 某县融媒体中心 'A' 「B」『C』(D)？完！",
]


def _plain_boundaries(text: str) -> tuple[list[int], list[int], list[int], list[int], list[int]]:
    """The boundaries as first defined: every separator ends a clause, a sentence end or a
    newline a sentence, a newline a paragraph; the quote characters' offsets."""
    cs, ce, ps, ss, qs = [0], [], [0], [0], []
    for i, ch in enumerate(text):
        if ch in QUOTE_CHARS:
            qs.append(i)
        if ch in SENT_END + CLAUSE_SEP:
            ce.append(i)
            cs.append(i + 1)
            if ch in SENT_END:
                ss.append(i + 1)
            if ch == "\n":
                ps.append(i + 1)
    ce.append(len(text))
    return cs, ce, ps, ss, qs


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    alphabet = list("洛阳市县区项目投资亿元增长。，、；：\n \t“”\"'‘’《》()！？!?,;:a1") + ["\ud800", "😀"]
    out = [] + _INVENTED
    for _ in range(n):
        out.append("".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 400))))
    return out


def _read(text: str, how: str) -> tuple:
    t = Text(text)
    t.clause_starts, t.clause_ends, t.para_starts, t.quote_at = [0], [], [0], []
    sent_starts = [0]
    getattr(t, how)(text, sent_starts)
    return t.clause_starts, t.clause_ends, t.para_starts, sent_starts, t.quote_at


@pytest.mark.parametrize("how", ["_read_short", "_read_long"])
def test_both_ways_of_reading_a_text_give_the_plain_boundaries(how):
    for text in _texts(23, 1500):
        assert _read(text, how) == _plain_boundaries(text), text


def test_text_boundaries_short_and_long_and_capped():
    rng = random.Random(5)
    texts = _texts(7, 300) + ["洛" * rng.randrange(100, 1200) for _ in range(30)]
    texts += ["".join(rng.choice("洛阳市，一二三") if rng.random() < 0.99 else "。" for _ in range(rng.randrange(300, 1500)))
              for _ in range(30)]
    for text in texts:
        t = Text(text)
        cs, ce, ps, ss, qs = _plain_boundaries(text)
        assert (t.clause_starts, t.clause_ends, t.para_starts, t.quote_at) == (cs, ce, ps, qs)
        assert t.sent_starts == t._capped(ss) and t.sent_starts[: 1] == [0]
        assert set(ss) <= set(t.sent_starts)
        assert all(b - a <= 400 for a, b in zip(t.sent_starts, t.sent_starts[1:] + [len(text)]))


def test_change_verbs_are_found_where_the_expression_finds_them():
    words = list(_words("change_to"))
    rng = random.Random(23)
    alphabet = list("增加长高升降少大小低减扩缩提上下到至由从亿元") + words
    texts = _INVENTED + ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30))) for _ in range(5000)]
    for text in texts:
        assert change_verb_starts(text) == [m.start() for m in _CHANGE_VERB.finditer(text)], text


def test_category_spans_are_the_expression_s_matches():
    rng = random.Random(24)
    alphabet = list("批发和零售业住宿餐饮社会保障就业及与交通运输仓储邮政") + ["批发和零售业", "住宿和餐饮业", "社会保障和就业"]
    texts = _INVENTED + ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30))) for _ in range(5000)]
    texts.append("批发和零售业\ud800住宿和餐饮业")  # a lone surrogate: the expression reads it
    for text in texts:
        assert category_spans(text) == [m.span() for m in _category_re().finditer(text)], text


def test_han_tests_agree_with_the_expression():
    from luoyang_nlp.facts.text import HAN, has_han, is_han

    rng = random.Random(25)
    alphabet = ["洛", "阳", "一", "\u3400", "\u33ff", "\u9fff", "\ua000", "a", "1", " ", "，", "\ud800", "😀", "𠀀"]
    for _ in range(5000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 6)))
        assert has_han(s) == (HAN.search(s) is not None), s
        assert is_han(s[:1]) == (HAN.match(s) is not None), s
        assert is_han(s[-1:]) == (HAN.search(s[-1:]) is not None), s
        if len(s) == 1:
            assert is_han(s) == (HAN.fullmatch(s) is not None), s


def test_opener_is_membership_in_the_union_of_its_sets():
    from test_facts import build

    from luoyang_nlp.candidate import Context
    from luoyang_nlp.facts import tables
    from luoyang_nlp.facts.linker import Linker

    text = "星河科技有限公司年产值12亿元。该公司员工300人，甲县产业集聚区入驻企业40家。"
    marks = [("星河科技有限公司", "COMPANY"), ("12亿元", "MONEY"), ("300人", "COUNT"), ("甲县产业集聚区", "PLACE"),
             ("40家", "COUNT")]
    norm, chosen, spans = build(text, marks)
    lk = Linker(norm, chosen, spans, Context())
    union = tables.tables().ref_initials | lk._owner_finals | lk._owner_initials
    assert lk._owner_initials and lk._owner_finals
    for ch in set(text + "".join(_INVENTED)) | {"", " ", "该", "第", "某"}:
        assert lk._opener(ch) == (ch in union), ch

