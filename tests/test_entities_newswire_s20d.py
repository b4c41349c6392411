"""General newswire names (session 20, helper D): where the rules read a body's or firm's name
too far, too short or from a word that is none, by SPEC.md and by the public NER corpora alike.
Sentences written for these tests; names of people and firms are invented."""

import pytest

from entity_helpers import ents

CASES = [
    # a verb or role word right before a body's or firm's name is no part of it
    # (boundaries.tsv kind=name): 收购|…集团, 致函|…厅, 历任|…委员会, 原告|…公司
    ("该集团宣布拒绝鼎信资本公司提出的收购报价", [("COMPANY", "鼎信资本公司")]),
    ("他曾历任河南省发展和改革委员会副主任", [("ORG", "河南省发展和改革委员会"), ("POSITION", "副主任")]),
    ("张明先后任洛阳理工学院党委书记", [("PERSON", "张明"), ("ORG", "洛阳理工学院"), ("POSITION", "党委书记")]),
    ("他是省书法家协会副主席兼洛阳市书法家协会主席",
     [("ORG", "省书法家协会"), ("POSITION", "副主席"), ("ORG", "洛阳市书法家协会"), ("POSITION", "主席")]),
    ("法院判令洛阳华腾置业有限公司支付欠款", [("COMPANY", "洛阳华腾置业有限公司")]),
    ("本案原告洛阳宏达商贸有限公司已提交证据", [("COMPANY", "洛阳宏达商贸有限公司")]),
    ("赞助商中原恒信保险公司向学校捐赠图书", [("COMPANY", "中原恒信保险公司")]),
    ("活动主办方洛阳市青年联合会介绍了情况", [("ORG", "洛阳市青年联合会")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_newswire_table(text, expected):
    assert ents(text) == expected
