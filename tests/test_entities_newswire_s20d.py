"""General newswire names (session 20, helper D): where the rules read a body's or firm's name
too far, too short or from a word that is none, by SPEC.md and by the public NER corpora alike.
Sentences written for these tests; names of people and firms are invented."""

import pytest

from entity_helpers import ents
from luoyang_nlp.entities.fusion import fuse

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
    # 大学生 (students) is no university's name (head_next.tsv)
    ("当代大学生应当勇于担当", []),
    ("激励年轻大学生扎根基层", []),
    ("鼓励高校毕业生和大学生村官到基层工作", []),
    ("河南科技大学生命科学学院举办报告会", [("ORG", "河南科技大学生命科学学院")]),  # guard: a school of the university
    ("中国大学生体育协会在郑州召开会议", [("ORG", "中国大学生体育协会"), ("PLACE", "郑州")]),  # guard
    # a ministry's 部 that begins 部门 (a department of that field in general) is no ministry
    ("市财政部门和税务部门联合开展专项检查", []),
    ("县公安部门接到报警后迅速出警", []),
    ("当地农业部门组织专家指导春耕", []),
    ("财政部下达专项资金", [("ORG", "财政部")]),  # guard
    ("汝阳县农业部门组织技术人员下乡指导", [("PLACE", "汝阳县")]),
    ("宜阳县教育部门组织教师培训", [("PLACE", "宜阳县")]),
    # national mass organisations by their full and short names (national_orgs.tsv): one ORG,
    # not a country and a body (中国 | 残联) nor a body without its 全国
    ("全国总工会、全国妇联和共青团中央联合发文", [("ORG", "全国总工会"), ("ORG", "全国妇联"), ("ORG", "共青团中央")]),
    ("中国残联、中国侨联负责人出席座谈会", [("ORG", "中国残联"), ("ORG", "中国侨联")]),
    ("全国工商联副主席一行来洛阳考察", [("ORG", "全国工商联"), ("POSITION", "副主席"), ("PLACE", "洛阳")]),
    ("中国文联授予该县“中国民间文化艺术之乡”称号", [("ORG", "中国文联")]),
    ("河南省残联、洛阳市妇联联合举办活动", [("ORG", "河南省残联"), ("ORG", "洛阳市妇联")]),  # guard
    # the national banks by their short names (companies.tsv): COMPANY; 行 beginning 行业 is no bank's
    ("工行、建行、农行、中行等国有大行下调存款利率",
     [("COMPANY", "工行"), ("COMPANY", "建行"), ("COMPANY", "农行"), ("COMPANY", "中行")]),
    ("招行、交行和浦发银行同步上调利率", [("COMPANY", "招行"), ("COMPANY", "交行"), ("COMPANY", "浦发银行")]),
    ("今年以来，农发行洛阳市分行累计投放贷款", [("COMPANY", "农发行洛阳市分行")]),
    ("邮储银行伊川县支行开展金融知识宣传", [("COMPANY", "邮储银行伊川县支行")]),  # guard: a short name and a branch stay one
    ("他从事务农行业多年", []),  # guard: 务农|行业
    ("推动中行业龙头企业发展", []),  # guard
    # a byline's closing bracket is no part of the name after it (记者某某)|某公司
    ("本报讯(记者张明远)洛阳华腾科技有限公司近日发布新品",
     [("POSITION", "记者"), ("PERSON", "张明远"), ("COMPANY", "洛阳华腾科技有限公司")]),
    ("本报讯(通讯员李华)河南科技大学近日举办招聘会", [("POSITION", "通讯员"), ("PERSON", "李华"), ("ORG", "河南科技大学")]),
    ("新华社北京3月5日电(记者王明)海关总署今天发布数据",
     [("ORG", "新华社"), ("PLACE", "北京"), ("POSITION", "记者"), ("PERSON", "王明"), ("ORG", "海关总署")]),  # guard: a listed body after a byline
    # administrations and programmes of international bodies (heads 总署, 计划署)
    ("联合国开发计划署代表考察了栾川县", [("ORG", "联合国开发计划署"), ("PLACE", "栾川县")]),
    ("联合国世界粮食计划署向灾区提供援助", [("ORG", "联合国世界粮食计划署")]),
    ("要做好全年工作部署", []),  # guard: 部署 is no body
    # one-character abbreviations before a word of relation (abbreviations.tsv)
    ("中德合资企业在洛阳落户", [("PLACE", "中"), ("PLACE", "德"), ("PLACE", "洛阳")]),
    ("中俄双边贸易额再创新高", [("PLACE", "中"), ("PLACE", "俄")]),
    ("中匈合作项目落户洛阳", [("PLACE", "中"), ("PLACE", "匈"), ("PLACE", "洛阳")]),
    # foreign names with a middle dot the rules read in pieces (fusion F14)
    ("美国星河科技公司首席执行官安德鲁·葛鲁夫一行访问洛阳",
     [("COMPANY", "美国星河科技公司"), ("POSITION", "首席执行官"), ("PERSON", "安德鲁·葛鲁夫"), ("PLACE", "洛阳")]),
    ("巴基斯坦外长阿尤布·汗表示支持", [("PLACE", "巴基斯坦"), ("POSITION", "外长"), ("PERSON", "阿尤布·汗")]),
    ("意大利小提琴家萨尔瓦多·阿卡多举办独奏音乐会", [("PLACE", "意大利"), ("PERSON", "萨尔瓦多·阿卡多")]),
    # a foreign place the model reads whole around a listed one (fusion F13)
    ("来自墨西哥城的客商参观了洛阳牡丹文化节", [("PLACE", "墨西哥城"), ("PLACE", "洛阳")]),
    ("考察团一行访问了南里奥格朗德州。", [("PLACE", "南里奥格朗德州")]),
    ("朝鲜半岛局势备受关注", [("PLACE", "朝鲜半岛")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_newswire_table(text, expected):
    assert ents(text) == expected


# F13 (fusion): a foreign place the model reads whole around a shorter listed place
FUSION_CASES = [
    ("transliteration before a listed place", "代表团访问了南里奥格朗德州",
     [("德州", "PLACE")], [("南里奥格朗德州", "PLACE", 0.999)], [("南里奥格朗德州", "PLACE")]),
    ("transliteration after a country", "大使抵达巴西利亚出席会议",
     [("巴西", "PLACE")], [("巴西利亚", "PLACE", 0.999)], [("巴西利亚", "PLACE")]),
    ("a city after a country", "客商来自墨西哥城",
     [("墨西哥", "PLACE")], [("墨西哥城", "PLACE", 0.999)], [("墨西哥城", "PLACE")]),
    ("a peninsula after a country", "关注朝鲜半岛局势",
     [("朝鲜", "PLACE")], [("朝鲜半岛", "PLACE", 0.999)], [("朝鲜半岛", "PLACE")]),
    # F14: a foreign name with a middle dot the model is sure of, over the rules' pieces of it
    ("a person the rules cut at the dot", "首席执行官安德鲁·葛鲁夫一行访问洛阳",
     [("安德鲁", "PERSON")], [("安德鲁·葛鲁夫", "PERSON", 0.99)], [("安德鲁·葛鲁夫", "PERSON")]),
    ("a person whose first part is a country", "小提琴家萨尔瓦多·阿卡多举办音乐会",
     [("萨尔瓦多", "PLACE")], [("萨尔瓦多·阿卡多", "PERSON", 0.99)], [("萨尔瓦多·阿卡多", "PERSON")]),
    ("guard: places joined by the dot", "中国·洛阳牡丹文化节开幕",
     [("中国", "PLACE"), ("洛阳", "PLACE")], [("中国·洛阳", "PERSON", 0.99)], [("中国", "PLACE"), ("洛阳", "PLACE")]),
    ("guard: two names and a conjunction", "卡瓦略和乔·科尔无法出场",
     [("卡瓦略", "PERSON")], [("卡瓦略和乔·科尔", "PERSON", 0.99)], [("卡瓦略", "PERSON")]),
    ("guard: not sure", "首席执行官安德鲁·葛鲁夫一行访问洛阳",
     [("安德鲁", "PERSON")], [("安德鲁·葛鲁夫", "PERSON", 0.6)], [("安德鲁", "PERSON")]),
    # guard: one added character, or a word that is no country's part, keeps the rule's place
    ("guard: one character", "前往德州东参观",
     [("德州", "PLACE")], [("德州东", "PLACE", 0.999)], [("德州", "PLACE")]),
    ("guard: no country before 城", "走进洛阳城里",
     [("洛阳", "PLACE")], [("洛阳城", "PLACE", 0.999)], [("洛阳", "PLACE")]),
]


@pytest.mark.parametrize("case,text,rules,proposals,expected", FUSION_CASES, ids=[c[0] for c in FUSION_CASES])
def test_foreign_places_fusion(case, text, rules, proposals, expected):
    def at(word, label, extra):
        s = text.index(word)
        return (s, s + len(word), label, extra)
    out = [(text[s:e], lab) for s, e, lab, _ in fuse(text, [at(w, lab, "lexicon") for w, lab in rules],
                                                      [at(*p) for p in proposals])]
    assert out == expected
