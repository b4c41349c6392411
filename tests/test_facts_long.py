"""Facts on long lists: the per-document indexes (attribute chains walked once, one list per
分别, spans between two offsets as a range) give the same facts as the plain scans, for
every figure of a list however long. Invented texts."""

from __future__ import annotations

from test_facts import build, show

from luoyang_nlp.candidate import Context
from luoyang_nlp.facts import link
from luoyang_nlp.facts.linker import Linker


def _chain(n: int):
    text = "".join(f"投资{i + 1}亿元、" for i in range(n - 1)) + f"投资{n}亿元的星河新材料项目开工。"
    marks = [(f"{i + 1}亿元", "MONEY") for i in range(n)] + [("星河新材料项目", "PROJECT")]
    return text, marks


def test_every_figure_of_a_long_attribute_chain_takes_the_owner_after_de():
    text, marks = _chain(400)
    facts = link(*build(text, marks), Context())
    owners = {show(text, f["subject"]) for f in facts if "figure" in f}
    assert len([f for f in facts if "figure" in f]) == 400
    assert owners == {"星河新材料项目"}


def test_a_long_respectively_list_gives_the_i_th_owner_the_i_th_figure():
    n = 30  # a sentence is read 400 characters at a time: the list fits in one
    names = [f"甲{i}县" for i in range(n)]
    text = "、".join(names) + "分别新开工项目" + "、".join(f"{i + 1}个" for i in range(n)) + "。"
    marks = [(x, "PLACE") for x in names] + [(f"{i + 1}个", "COUNT") for i in range(n)]
    facts = [f for f in link(*build(text, marks), Context()) if "figure" in f]
    assert [show(text, f["subject"]) for f in facts] == names


def test_fast_paths_on_flat_spans_match_the_plain_scans():
    """The same document with ``flat`` switched off (the scans used when spans nest) gives
    the same facts."""
    text = ("全县今年新开工项目12个，总投资30亿元、占地200亩的星河物流园项目开工。"
            "其中，甲县、乙县分别签约5个和7个。该项目年产值8亿元，增长12%。") * 20
    marks = []
    for _ in range(20):
        marks += [("12个", "COUNT"), ("30亿元", "MONEY"), ("200亩", "AREA"), ("星河物流园项目", "PROJECT"),
                  ("甲县", "PLACE"), ("乙县", "PLACE"), ("5个", "COUNT"), ("7个", "COUNT"),
                  ("8亿元", "MONEY"), ("12%", "PERCENT")]
    norm, chosen, spans = build(text, marks)
    fast = Linker(norm, chosen, spans, Context())
    assert fast.flat
    plain = Linker(norm, chosen, spans, Context())
    plain.flat = False
    assert fast.facts() == plain.facts()


def test_a_sentence_cut_inside_a_clause_keeps_the_subject_of_the_text_before():
    """A run of text without stops is read 400 characters at a time; a piece that starts
    inside a clause names no subject of its own, so its figures keep the one named before."""
    text = "星河新材料项目总投资30亿元" + "建设" * 250 + "，年产值8亿元。"
    marks = [("星河新材料项目", "PROJECT"), ("30亿元", "MONEY"), ("8亿元", "MONEY")]
    facts = [f for f in link(*build(text, marks), Context()) if "figure" in f]
    assert [(show(text, f["figure"]), f["metric"], show(text, f["subject"])) for f in facts] == [
        ("30亿元", "总投资", "星河新材料项目"), ("8亿元", "年产值", "星河新材料项目")]


def test_a_clause_after_a_list_mark_does_not_take_over_the_subject():
    """``、`` goes on a list: an owner opening the clause after it is a list item, not the
    sentence's new subject (the subject stays the one opening the sentence)."""
    text = "星河县新开工项目12个，涉及装备制造、月湖物流园项目等，总投资30亿元。"
    marks = [("星河县", "PLACE"), ("12个", "COUNT"), ("月湖物流园项目", "PROJECT"), ("30亿元", "MONEY")]
    facts = [f for f in link(*build(text, marks), Context()) if "figure" in f]
    assert [show(text, f["subject"]) for f in facts] == ["星河县", "星河县"]
