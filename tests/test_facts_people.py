"""Person facts around the words and spans that stand between owners, titles and names: a
word of standing between an owner and its title or after 、 (某局原局长, 市委副书记、代县长), 兼
before an owner and its title, several owners before a title; personnel notices (张某，男，…，
现任…，拟任…), lists of appointed or removed names, lists closed by 和/及, and names summed up
by a list title (王某、李某等市领导). Sentences written for these tests; names are invented."""

from __future__ import annotations

import pytest

from test_facts import facts_of, show


def _people(text: str, marks: list[tuple[str, str]]) -> set[tuple[str, str, str | None]]:
    """(person, position, org) of the facts ``link`` gives for the spans ``marks`` (surface,
    label; found left to right in ``text``)."""
    return {(show(text, f["person"]), show(text, f["position"]), show(text, f["org"]))
            for f in facts_of(text, marks) if "person" in f}


P, T, O, L, C, D = "PERSON", "POSITION", "ORG", "PLACE", "COMPANY", "DATE"

CASES = [
    # class 1: a word of standing between an owner and its title keeps the owner the office's
    ("星河区水利局原局长郑晓光接受审查调查。", [("星河区水利局", O), ("局长", T), ("郑晓光", P)],
     {("郑晓光", "局长", "星河区水利局")}),
    ("市侨联专职副主席闵永出席。", [("市侨联", O), ("副主席", T), ("闵永", P)], {("闵永", "副主席", "市侨联")}),
    ("青松重工前总经理韦达一行来访。", [("青松重工", C), ("总经理", T), ("韦达", P)], {("韦达", "总经理", "青松重工")}),
    ("经研究，任命柯文为月湖区代理区长。", [("柯文", P), ("月湖区", L), ("区长", T)], {("柯文", "区长", "月湖区")}),
    ("星河区水利局局长郑晓光讲话。", [("星河区水利局", O), ("局长", T), ("郑晓光", P)],  # guard
     {("郑晓光", "局长", "星河区水利局")}),
    ("星河区水利局的局长郑晓光讲话。", [("星河区水利局", O), ("局长", T), ("郑晓光", P)],  # guard
     {("郑晓光", "局长", None)}),
    # … and after 、 before the next title: the titles before it stay on the chain
    ("县委副书记、代县长柯文主持会议。", [("县委副书记", T), ("县长", T), ("柯文", P)],
     {("柯文", "县委副书记", None), ("柯文", "县长", None)}),
    ("市委副书记、时任市长柯文出席。", [("市委副书记", T), ("市长", T), ("柯文", P)],
     {("柯文", "市委副书记", None), ("柯文", "市长", None)}),
    # 兼 before an owner and its title
    ("青石村党支部书记兼村委会主任柯文介绍情况。", [("青石", L), ("村党支部书记", T), ("村委会", O), ("主任", T), ("柯文", P)],
     {("柯文", "村党支部书记", "青石"), ("柯文", "主任", "村委会")}),
    # two owners in a row before a title: the nearest is the office's, and the chain holds
    ("市政协委员、月湖县青山镇党委书记柯文发言。",
     [("政协委员", T), ("月湖县", L), ("青山镇", L), ("党委书记", T), ("柯文", P)],
     {("柯文", "政协委员", None), ("柯文", "党委书记", "青山镇")}),
    ("月湖县青山镇党委书记柯文发言。", [("月湖县", L), ("青山镇", L), ("党委书记", T), ("柯文", P)],  # guard
     {("柯文", "党委书记", "青山镇")}),
    # class 2: a name opening a personnel notice takes the titles after 现任 and 拟任
    ("柯文，现任月湖县委常委、副县长。", [("柯文", P), ("月湖", L), ("县委常委", T), ("副县长", T)],
     {("柯文", "县委常委", "月湖"), ("柯文", "副县长", "月湖")}),
    ("柯文，男，汉族，1979年8月生，大学学历，现任星河市水利局副局长，拟任星河市水利局局长。",
     [("柯文", P), ("1979年8月", D), ("星河市水利局", O), ("副局长", T), ("星河市水利局", O), ("局长", T)],
     {("柯文", "副局长", "星河市水利局"), ("柯文", "局长", "星河市水利局")}),
    ("柯文说，现任局长闵永很务实。", [("柯文", P), ("局长", T), ("闵永", P)], {("闵永", "局长", None)}),  # guard
    ("会上柯文发言。现任局长要带头。", [("柯文", P), ("局长", T)], set()),  # guard
    # every name of an appointed or removed list, and lists closed by 和/及
    ("免去柯文、闵永的市侨联副主席职务。", [("柯文", P), ("闵永", P), ("市侨联", O), ("副主席", T)],
     {("柯文", "副主席", "市侨联"), ("闵永", "副主席", "市侨联")}),
    ("决定任命柯文、闵永为星河市水利局副局长。", [("柯文", P), ("闵永", P), ("星河市水利局", O), ("副局长", T)],
     {("柯文", "副局长", "星河市水利局"), ("闵永", "副局长", "星河市水利局")}),
    ("市领导柯文、闵永和韦达出席。", [("市领导", T), ("柯文", P), ("闵永", P), ("韦达", P)],
     {("柯文", "市领导", None), ("闵永", "市领导", None), ("韦达", "市领导", None)}),
    ("副市长柯文、闵永及韦达出席。", [("副市长", T), ("柯文", P), ("闵永", P), ("韦达", P)],
     {("柯文", "副市长", None), ("闵永", "副市长", None), ("韦达", "副市长", None)}),
    ("副市长柯文和闵永出席。", [("副市长", T), ("柯文", P), ("闵永", P)], {("柯文", "副市长", None)}),  # guard
    ("柯文、闵永为获奖企业颁奖，副市长出席。", [("柯文", P), ("闵永", P), ("副市长", T)], set()),  # guard
    # class 3: names summed up by a list title after 等
    ("柯文、闵永等市领导出席。", [("柯文", P), ("闵永", P), ("市领导", T)],
     {("柯文", "市领导", None), ("闵永", "市领导", None)}),
    ("柯文、闵永和韦达等区领导参加。", [("柯文", P), ("闵永", P), ("韦达", P), ("区领导", T)],
     {("柯文", "区领导", None), ("闵永", "区领导", None), ("韦达", "区领导", None)}),
    ("柯文等副市长出席。", [("柯文", P), ("副市长", T)], set()),  # guard: 等 before a title of one
]


@pytest.mark.parametrize("text,marks,expected", CASES, ids=[c[0][:12] for c in CASES])
def test_person_facts_over_given_spans(text, marks, expected):
    assert _people(text, marks) == expected


END_TO_END = [
    ("市财政局原局长邵文博被查。", {("邵文博", "局长", "市财政局")}),
    ("市委副书记、代市长冯子墨主持会议。", {("冯子墨", "市委副书记", None), ("冯子墨", "市长", None)}),
    ("邵文博，现任嵩县副县长。", {("邵文博", "副县长", "嵩县")}),
    ("免去邵文博、冯子墨的市水利局副局长职务。", {("邵文博", "副局长", "市水利局"), ("冯子墨", "副局长", "市水利局")}),
    ("市领导邵文博、冯子墨和韩立松出席。",
     {("邵文博", "市领导", None), ("冯子墨", "市领导", None), ("韩立松", "市领导", None)}),
]


@pytest.mark.parametrize("text,expected", END_TO_END, ids=[c[0][:12] for c in END_TO_END])
def test_person_facts_end_to_end(text, expected):
    import luoyang_nlp

    doc = luoyang_nlp.extract(text)

    def show(ref):
        return None if ref is None else text[ref["start"]:ref["end"]]

    assert {(show(f["person"]), show(f["position"]), show(f["org"])) for f in doc.facts if "person" in f} == expected
