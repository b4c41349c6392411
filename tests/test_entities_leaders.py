"""Leaders in political news: level titles after a word of standing (代县长, 时任市长), names
around them, groups and their heads, conjunctions after titles, brands before industry words.
Sentences written for these tests; names of people and firms are invented."""

import pytest

from entity_helpers import ents
from luoyang_nlp import Extractor

CASES = [
    # a level title (市长, 县长, 区长) after a word of standing or holding is an office, and
    # the standing word with the title's level is no county (代县, 理县)
    ("县委副书记、代县长周启航主持会议", [("POSITION", "县委副书记"), ("POSITION", "县长"), ("PERSON", "周启航")]),
    ("县委副书记、代理县长周启航讲话", [("POSITION", "县委副书记"), ("POSITION", "县长"), ("PERSON", "周启航")]),
    ("原区长韩立松接受审查", [("POSITION", "区长"), ("PERSON", "韩立松")]),
    ("时任市长邵文博作报告", [("POSITION", "市长"), ("PERSON", "邵文博")]),
    ("该县县长冯子墨陪同考察", [("POSITION", "县长"), ("PERSON", "冯子墨")]),
    # … after a name, after a break
    ("会议由邵文博县长主持", [("PERSON", "邵文博"), ("POSITION", "县长")]),
    ("韩立松市长、冯子墨县长出席", [("PERSON", "韩立松"), ("POSITION", "市长"), ("PERSON", "冯子墨"),
                                ("POSITION", "县长")]),
    # … after a verb of holding it; the name ends before the verb
    ("邵文博任县长", [("PERSON", "邵文博"), ("POSITION", "县长")]),
    ("邵文博任局长", [("PERSON", "邵文博"), ("POSITION", "局长")]),  # guard
    # guards: 市长 inside words stays none (城市长远, 年代市长)
    ("着眼城市长远发展", []),  # guard
    ("那个年代市长很少下乡", []),  # guard
    # a conjunction after a title opens no name (和员工, 和专家); a name ending at a break does
    ("董事长和员工代表座谈", [("POSITION", "董事长")]),
    ("委员和专家分组讨论", [("POSITION", "委员")]),
    # a compound surname and a one-character given name: the verb after it is no part of it
    ("副区长司马光陪同调研", [("POSITION", "副区长"), ("PERSON", "司马光")]),
    ("副区长欧阳军在会上讲话", [("POSITION", "副区长"), ("PERSON", "欧阳军")]),
    ("副市长慕容秋到会指导", [("POSITION", "副市长"), ("PERSON", "慕容秋")]),
    ("副区长上官志强陪同调研", [("POSITION", "副区长"), ("PERSON", "上官志强")]),  # guard
    # … and four characters before a title
    ("欧阳明远书记作总结讲话", [("PERSON", "欧阳明远"), ("POSITION", "书记")]),
    ("东方希望董事长出席", [("POSITION", "董事长")]),  # guard: 东方 is also a word
    # inspection and leading groups are bodies; their heads are titles
    ("省委第五巡视组组长邹立新出席", [("ORG", "省委第五巡视组"), ("POSITION", "组长"), ("PERSON", "邹立新")]),
    ("市委第一巡察组组长葛晓梅讲话", [("ORG", "市委第一巡察组"), ("POSITION", "组长"), ("PERSON", "葛晓梅")]),
    ("某专项工作领导小组副组长邹立新主持",
     [("ORG", "某专项工作领导小组"), ("POSITION", "副组长"), ("PERSON", "邹立新")]),
    ("全国人大常委会副委员长葛晓梅来豫调研",
     [("ORG", "全国人大常委会"), ("POSITION", "副委员长"), ("PERSON", "葛晓梅")]),
    # bodies a level composes with: a party committee's standing committee and offices
    ("县委常委会研究部署秋粮收购", [("ORG", "县委常委会")]),
    ("市外办主任葛晓梅出席", [("ORG", "市外办"), ("POSITION", "主任"), ("PERSON", "葛晓梅")]),
    ("市网信办主任邹立新介绍", [("ORG", "市网信办"), ("POSITION", "主任"), ("PERSON", "邹立新")]),
    ("省委巡视办副主任韩立松讲话", [("ORG", "省委巡视办"), ("POSITION", "副主任"), ("PERSON", "韩立松")]),
    # a list of names after a verb of appointment, closed by 为 or 的
    ("决定任命周立新、王小燕为市教育局副局长",
     [("PERSON", "周立新"), ("PERSON", "王小燕"), ("ORG", "市教育局"), ("POSITION", "副局长")]),
    # a list title after the names it sums up (…等市领导)
    ("邹立新、葛晓梅等市领导出席", [("PERSON", "邹立新"), ("PERSON", "葛晓梅"), ("POSITION", "市领导")]),
    # a district and a body a conjunction joins are two names, however sure the model
    ("西工区和市教育局作表态发言", [("PLACE", "西工区"), ("ORG", "市教育局")]),
    # a brand before its industry word is no person
    ("宋川酒业去年营业收入增长", []),
    ("金鸿铜管新建一条生产线", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_leaders_table(text, expected):
    assert ents(text) == expected


_EX: list = []


def _people(text):
    if not _EX:
        _EX.append(Extractor())
    doc = _EX[0].extract(text)
    return sorted((text[f["person"]["start"]:f["person"]["end"]], text[f["position"]["start"]:f["position"]["end"]])
                  for f in doc.facts if "person" in f)


@pytest.mark.parametrize("text,expected", [
    ("原县长韩立松接受审查", [("韩立松", "县长")]),
    ("会议由邵文博县长主持", [("邵文博", "县长")]),
    ("邵文博任县长", [("邵文博", "县长")]),
    ("省委第五巡视组组长邹立新出席", [("邹立新", "组长")]),
    ("副区长司马光陪同调研", [("司马光", "副区长")]),
    ("董事长和员工代表座谈", []),
])
def test_leaders_person_facts(text, expected):
    assert _people(text) == expected
