"""Facts on news structure: one table of invented sentences per rule (SPEC.md, "Facts").

Spans are given explicitly (``(surface, label)`` left to right), so each case tests the
linking rule, not the recognisers. Expected: ``{figure: (metric, subject)}`` over the
figures listed in the case (other figures are not checked).
"""

from __future__ import annotations

import pytest

from test_facts import facts_of, show


def table(text, marks):
    return {show(text, f["figure"]): (f["metric"], show(text, f["subject"]))
            for f in facts_of(text, marks) if "figure" in f}


def check(text, marks, expected):
    got = table(text, marks)
    assert {k: got.get(k) for k in expected} == expected


def case_id(c):
    return c[0][:14]


# 1. 全市/全区/我省 …: the place of that level named last (its level from the division
#    lexicons when the name does not say it); none named -> no subject; 全国 -> no subject;
#    a numbered batch (2021年第二期全区…) is an unnamed group
SCOPE_CASES = [
    # a scope word after 占 is the whole a share is of, not its owner
    ("星河县石材储量约5亿吨，占全省的20%以上。",
     [("星河县", "PLACE"), ("约5亿吨", "MASS"), ("20%以上", "PERCENT")],
     {"20%以上": ("占全省", "星河县")}),
    # a place split off a title that begins with its level (白云 | 村党支部书记) is of that level;
    # a town keeps its level before its party title (白云镇 | 党委书记)
    ("白云村党支部书记王华介绍，全村共有民宿30家。",
     [("白云", "PLACE"), ("村党支部书记", "POSITION"), ("王华", "PERSON"), ("30家", "COUNT")],
     {"30家": ("民宿", "白云")}),
    ("白云镇党委书记王华介绍，全镇共有民宿30家。",
     [("白云镇", "PLACE"), ("党委书记", "POSITION"), ("王华", "PERSON"), ("30家", "COUNT")],
     {"30家": ("民宿", "白云镇")}),
    # a town's and a village's own words (该镇, 全乡) refer as a county's do
    ("白云镇发展民宿，星河公司投资建厂。该镇接待游客50万人次。",
     [("白云镇", "PLACE"), ("星河公司", "COMPANY"), ("50万人次", "COUNT")],
     {"50万人次": ("接待游客", "白云镇")}),
    ("白云村发展民宿，全村共有民宿30家。", [("白云村", "PLACE"), ("30家", "COUNT")], {"30家": ("民宿", "白云村")}),
    ("该镇人均年收入由8000元增加到2.1万元。", [("8000元", "MONEY"), ("2.1万元", "MONEY")],
     {"8000元": ("人均年收入", None), "2.1万元": ("人均年收入", None)}),
    # a clause that only frames a comparison (与全国…相比) names a yardstick: the subject goes on
    ("上半年，星河县工业投资增长8.8%，同全国平均水平4.6%相比，快于全国4.2个百分点。",
     [("星河县", "PLACE"), ("8.8%", "PERCENT"), ("4.6%", "PERCENT"), ("4.2个百分点", "PERCENT")],
     # (the points after the yardstick measure the growth rate against it: s20-B, as the gold files write it)
     {"8.8%": ("工业投资增长", "星河县"), "4.2个百分点": ("工业投资增速快于全国", "星河县")}),
    ("许昌召开新闻发布会。全市共确定重大项目300个，年度计划投资500亿元。",
     [("许昌", "PLACE"), ("300个", "COUNT"), ("500亿元", "MONEY")],
     {"300个": ("重大项目", "许昌"), "500亿元": ("年度计划投资", "许昌")}),
    ("伊川县统计局发布公报。年末全县常住人口78万人，城镇化率52.1%。",
     [("伊川县统计局", "ORG"), ("78万人", "COUNT"), ("52.1%", "PERCENT")],
     {"78万人": ("年末常住人口", None), "52.1%": ("城镇化率", None)}),
    ("嵩县位于洛阳西南。2023年全县生产总值达到210亿元。",
     [("嵩县", "PLACE"), ("洛阳", "PLACE"), ("2023年", "DATE"), ("210亿元", "MONEY")],
     {"210亿元": ("生产总值", "嵩县")}),
    ("今年前三季度我省重点工程完成投资8600亿元，占年度目标的95%。",
     [("8600亿元", "MONEY"), ("95%", "PERCENT")],
     {"8600亿元": ("重点工程完成投资", None)}),
    ("省政府发布消息，今年我省重点工程完成投资8600亿元。",
     [("省政府", "ORG"), ("8600亿元", "MONEY")],
     {"8600亿元": ("重点工程完成投资", None)}),
    ("河南经济稳中向好。省统计局发布，今年我省重点工程完成投资8600亿元。",
     [("河南", "PLACE"), ("省统计局", "ORG"), ("8600亿元", "MONEY")],
     {"8600亿元": ("重点工程完成投资", "河南")}),
    ("老城区召开推进会。2023年第四期全区开工项目5个，总投资19亿元。",
     [("老城区", "PLACE"), ("2023年", "DATE"), ("5个", "COUNT"), ("19亿元", "MONEY")],
     {"5个": ("开工项目", None), "19亿元": ("总投资", None)}),
    ("洛宁县上半年经济增长6.1%，比全国平均水平5.0%快1.1个百分点。",
     [("洛宁县", "PLACE"), ("上半年", "DATE"), ("6.1%", "PERCENT"), ("5.0%", "PERCENT"), ("1.1个百分点", "PERCENT")],
     # (the points after the yardstick: the growth rate against it, s20-B, as the gold files write it)
     {"6.1%": ("经济增长", "洛宁县"), "5.0%": ("全国平均水平", None), "1.1个百分点": ("经济增速高于全国", "洛宁县")}),
]


@pytest.mark.parametrize("text,marks,expected", SCOPE_CASES, ids=map(case_id, SCOPE_CASES))
def test_scope_words_take_the_place_of_their_level(text, marks, expected):
    check(text, marks, expected)


# 2. the subject of a headline, lead or earlier sentence carries down to figures that name
#    none, until another subject is named; a place carries across paragraphs (a bulletin), a
#    project or firm only within its paragraph or from a one-line field before it
CARRY_CASES = [
    ("总投资60亿元！栾川县15个项目集中开工\n\n其他内容。",
     [("60亿元", "MONEY"), ("栾川县", "PLACE"), ("15个", "COUNT")],
     {"60亿元": ("总投资", "栾川县"), "15个": ("开工项目", "栾川县")}),
    ("2023年汝阳县统计公报\n\n一、综合\n\n全县生产总值达到180亿元。\n\n全年新增就业人员5200人。",
     [("2023年", "DATE"), ("汝阳县", "PLACE"), ("180亿元", "MONEY"), ("5200人", "COUNT")],
     {"180亿元": ("生产总值", "汝阳县"), "5200人": ("新增就业人员", "汝阳县")}),
    ("宏达智能装备产业园总投资9亿元。\n\n全年接待游客200万人次。",
     [("宏达智能装备产业园", "PROJECT"), ("9亿元", "MONEY"), ("200万人次", "COUNT")],
     # (全年 before 年接待游客 is read whole, s20-B: 全年接待游客)
     {"9亿元": ("总投资", "宏达智能装备产业园"), "200万人次": ("全年接待游客", None)}),
    ("-项目名称:青山湖康养小镇项目\n-投资总额:6亿元",
     [("青山湖康养小镇项目", "PROJECT"), ("6亿元", "MONEY")],
     {"6亿元": ("总投资", "青山湖康养小镇项目")}),
    ("新安县举行集中签约活动。共签约项目18个，总投资96亿元。",
     [("新安县", "PLACE"), ("18个", "COUNT"), ("96亿元", "MONEY")],
     {"18个": ("签约项目", "新安县"), "96亿元": ("总投资", "新安县")}),
    # the last subject named takes over: a list of projects, each figure its own item's
    ("总投资12亿元的甲项目，一期已投产；总投资7亿元的乙项目，主体工程完成80%。",
     [("12亿元", "MONEY"), ("甲项目", "PROJECT"), ("7亿元", "MONEY"), ("乙项目", "PROJECT"), ("80%", "PERCENT")],
     {"12亿元": ("总投资", "甲项目"), "7亿元": ("总投资", "乙项目"), "80%": ("主体工程完成", "乙项目")}),
    # items of a list (after 、) do not take over; a place after 在/到 says where, not whose
    ("宜阳地跨洛河、伊河两大流域，常住人口约60万。",
     [("宜阳", "PLACE"), ("洛河", "PLACE"), ("伊河", "PLACE"), ("约60万", "COUNT")],
     {"约60万": ("常住人口", "宜阳")}),
    ("晨光电力计划2026年前在汝阳风电装机达到300兆瓦。",
     [("晨光电力", "COMPANY"), ("2026年", "DATE"), ("汝阳", "PLACE"), ("300兆瓦", "POWER")],
     {"300兆瓦": ("风电装机", "晨光电力")}),
    # a region of the firm the paragraph is about stays the firm's
    ("晨星集团去年锌产量12万吨。同时，南美区铅产量1.1万吨。",
     [("晨星集团", "COMPANY"), ("12万吨", "MASS"), ("南美区", "PLACE"), ("1.1万吨", "MASS")],
     {"12万吨": ("锌产量", "晨星集团"), "1.1万吨": ("铅产量", "晨星集团")}),
]


@pytest.mark.parametrize("text,marks,expected", CARRY_CASES, ids=map(case_id, CARRY_CASES))
def test_subjects_carry_down(text, marks, expected):
    check(text, marks, expected)


# 3. unnamed groups stay null: 此次/这批/这两个/双方 opening a clause, a part of a counted group
#    (N个项目中); a group word with an owner after it gives that owner; a speaker is no topic
GROUP_CASES = [
    ("孟津区举行开工仪式。此次共集中开工项目20个，总投资80亿元。",
     [("孟津区", "PLACE"), ("20个", "COUNT"), ("80亿元", "MONEY")],
     {"20个": ("开工项目", None), "80亿元": ("总投资", None)}),
    ("9月2日，本次活动嵩县共签约项目7个，总投资26亿元。",
     [("9月2日", "DATE"), ("嵩县", "PLACE"), ("7个", "COUNT"), ("26亿元", "MONEY")],
     {"7个": ("签约项目", "嵩县"), "26亿元": ("总投资", "嵩县")}),
    ("甲光伏电站项目、乙光伏电站项目日前备案。这两个项目规划装机规模300MW，项目计划总投资20亿元。",
     [("甲光伏电站项目", "PROJECT"), ("乙光伏电站项目", "PROJECT"), ("300MW", "POWER"), ("20亿元", "MONEY")],
     {"300MW": ("装机规模", None), "20亿元": ("计划总投资", None)}),
    ("偃师区与恒源投资公司签署协议。双方拟共同发起一支基金，总规模20亿元。",
     [("偃师区", "PLACE"), ("恒源投资公司", "COMPANY"), ("20亿元", "MONEY")],
     {"20亿元": ("总规模", None)}),
    ("老城区今年签约项目30个。签约的30个项目中，制造业项目18个，文旅项目12个。",
     [("老城区", "PLACE"), ("30个", "COUNT"), ("30个", "COUNT"), ("18个", "COUNT"), ("12个", "COUNT")],
     {"18个": ("制造业项目", None), "12个": ("文旅项目", None)}),
    ("县发改委有关负责人介绍，今年以来签约项目12个，总投资45亿元。",
     [("县发改委", "ORG"), ("12个", "COUNT"), ("45亿元", "MONEY")],
     {"12个": ("签约项目", None), "45亿元": ("总投资", None)}),
    ("会上集中开工了总投资6亿元的一批民生工程。",
     [("6亿元", "MONEY")],
     {"6亿元": ("总投资", None)}),
    # a list counted after 等 is a group: not the item opening it; the place it is in when 在 names one
    ("星河化工公司新材料项目、光明电子项目等8个项目成功签约，签约总额达60亿元。",
     [("星河化工公司", "COMPANY"), ("光明电子项目", "PROJECT"), ("8个", "COUNT"), ("60亿元", "MONEY")],
     {"8个": ("签约项目", None), "60亿元": ("签约总额", None)}),
    ("星河化工公司新材料项目、光明电子项目等8个项目在宝丰县集中开工。",
     [("星河化工公司", "COMPANY"), ("光明电子项目", "PROJECT"), ("8个", "COUNT"), ("宝丰县", "PLACE")],
     {"8个": ("开工项目", "宝丰县")}),
]


@pytest.mark.parametrize("text,marks,expected", GROUP_CASES, ids=map(case_id, GROUP_CASES))
def test_unnamed_groups_stay_null(text, marks, expected):
    check(text, marks, expected)


# 4. a firm owns what it produces (X公司年产…), a counted batch after 的 is the topic's, and
#    该项目 is the subject of the figure stated last when that came after the last project named
OWNER_CASES = [
    # …亿元的 + a place + the project it locates (SPEC writes the place apart): the project's;
    # a place alone after 的 owns nothing by that
    ("包括总投资3亿元的甲区人才公寓项目、总投资2亿元的乙县星河物流园项目等。",
     [("3亿元", "MONEY"), ("甲区", "PLACE"), ("人才公寓项目", "PROJECT"), ("2亿元", "MONEY"), ("乙县", "PLACE"),
      ("星河物流园项目", "PROJECT")],
     {"3亿元": ("总投资", "人才公寓项目"), "2亿元": ("总投资", "星河物流园项目")}),
    ("投资8亿元建设的甲县，风景秀丽。", [("8亿元", "MONEY"), ("甲县", "PLACE")], {"8亿元": ("投资", None)}),
    # 投资…亿元建设的X项目: the project after the verb of building and 的 owns the sum
    ("甲县投资8亿元建设的青峰山生态康养项目开园。",
     [("甲县", "PLACE"), ("8亿元", "MONEY"), ("青峰山生态康养项目", "PROJECT")],
     {"8亿元": ("投资", "青峰山生态康养项目")}),
    # a capacity listed after another of the same firm is the firm's too
    ("包括总投资7.5亿元的恒达电子年产500万台平板电脑及年产20万台服务器项目、总投资3.2亿元的青禾智能装备制造等项目。",
     [("7.5亿元", "MONEY"), ("恒达电子", "COMPANY"), ("500万台", "COUNT"), ("20万台", "COUNT"), ("3.2亿元", "MONEY")],
     {"500万台": ("年产能", "恒达电子"), "20万台": ("年产能", "恒达电子")}),
    # a project after the clause that describes it (…合作建设的X项目) heads its clause; not one
    # that is the object of a verb opening the clause (连接在建的X项目)
    ("甲县与恒达集团合作建设的青石循环经济产业园项目，占地约260亩，计划投资12亿元。",
     [("甲县", "PLACE"), ("恒达集团", "COMPANY"), ("青石循环经济产业园项目", "PROJECT"), ("约260亩", "AREA"),
      ("12亿元", "MONEY")],
     {"约260亩": ("占地", "青石循环经济产业园项目"), "12亿元": ("计划投资", "青石循环经济产业园项目")}),
    ("青石快速路项目位于甲县境内，连接在建的白河大桥项目，全长约12公里。",
     [("青石快速路项目", "PROJECT"), ("甲县", "PLACE"), ("白河大桥项目", "PROJECT"), ("约12公里", "LENGTH")],
     {"约12公里": ("全长", "青石快速路项目")}),
    # an owner after a time phrase (自2019年…以来) opens its clause: the place after 在 is where
    ("甲县是恒达集团的帮扶县。自2019年恒达集团在甲县开展帮扶以来，共投入资金800万元。",
     [("甲县", "PLACE"), ("恒达集团", "COMPANY"), ("2019年", "DATE"), ("恒达集团", "COMPANY"), ("甲县", "PLACE"),
      ("800万元", "MONEY")],
     {"800万元": ("投入资金", "恒达集团")}),
    ("总投资20亿元的华源铝业年产10万吨铝板及年产2万吨铝箔项目开工。",
     [("20亿元", "MONEY"), ("华源铝业", "COMPANY"), ("10万吨", "MASS"), ("2万吨", "MASS")],
     {"20亿元": ("总投资", "华源铝业"), "10万吨": ("年产能", "华源铝业"), "2万吨": ("年产能", "华源铝业")}),
    ("包括总投资9亿元的青禾化工8万吨可降解材料项目。",
     [("9亿元", "MONEY"), ("青禾化工", "COMPANY"), ("8万吨", "MASS")],
     {"9亿元": ("总投资", "青禾化工"), "8万吨": (None, "青禾化工")}),
    ("汝州市举行集中开工活动，总投资30亿元的12个项目集中开工。",
     [("汝州市", "PLACE"), ("30亿元", "MONEY"), ("12个", "COUNT")],
     {"30亿元": ("总投资", "汝州市"), "12个": ("开工项目", "汝州市")}),
    ("青禾生物项目总投资3亿元。恒达科技公司总投资15亿元的新厂今日开工。该项目建成后年产值约30亿元。",
     [("青禾生物项目", "PROJECT"), ("3亿元", "MONEY"), ("恒达科技公司", "COMPANY"), ("15亿元", "MONEY"),
      ("30亿元", "MONEY")],
     {"15亿元": ("总投资", "恒达科技公司"), "30亿元": ("年产值", "恒达科技公司")}),
    ("青石建材项目位于汝州，拟建设年产8万吨的石灰生产线3条。",
     [("青石建材项目", "PROJECT"), ("汝州", "PLACE"), ("8万吨", "MASS"), ("3条", "COUNT")],
     {"8万吨": ("年产能", "青石建材项目"), "3条": ("石灰生产线", "青石建材项目")}),
    # a field line saying where (建设地点：) is no topic: the record's figures are its project's
    ("项目名称：青石科技馆\n建设地点：甲县\n总投资：8.5亿元",
     [("青石科技馆", "PROJECT"), ("甲县", "PLACE"), ("8.5亿元", "MONEY")],
     {"8.5亿元": ("总投资", "青石科技馆")}),
    # nor is a field line naming who owns or builds it (业主单位：, 建设单位：)
    ("项目名称：青石科技馆\n业主单位：甲县城投公司\n总投资：8.5亿元",
     [("青石科技馆", "PROJECT"), ("甲县城投公司", "COMPANY"), ("8.5亿元", "MONEY")],
     {"8.5亿元": ("总投资", "青石科技馆")}),
    # items counted out (一是…；二是…) each open with their owner
    ("一是青石乙烯项目，总投资27亿元；二是白河电池项目，总投资14亿元。",
     [("青石乙烯项目", "PROJECT"), ("27亿元", "MONEY"), ("白河电池项目", "PROJECT"), ("14亿元", "MONEY")],
     {"27亿元": ("总投资", "青石乙烯项目"), "14亿元": ("总投资", "白河电池项目")}),
    # a project's own measure after an actor that names one project (批复, 签约) is the project's;
    # a group's total after a list of projects stays the actor's
    ("近日，省发展改革委批复了青石城际铁路项目，总投资120亿元。",
     [("省发展改革委", "ORG"), ("青石城际铁路项目", "PROJECT"), ("120亿元", "MONEY")],
     {"120亿元": ("总投资", "青石城际铁路项目")}),
    ("甲县政府与恒达集团签约白河产业园项目，占地300亩。",
     [("甲县政府", "ORG"), ("恒达集团", "COMPANY"), ("白河产业园项目", "PROJECT"), ("300亩", "AREA")],
     {"300亩": ("占地", "白河产业园项目")}),
    ("甲县集中开工青禾项目、白河项目等12个项目，总投资50亿元。",
     [("甲县", "PLACE"), ("青禾项目", "PROJECT"), ("白河项目", "PROJECT"), ("12个", "COUNT"), ("50亿元", "MONEY")],
     {"50亿元": ("总投资", "甲县")}),
    # 分别 pairs owners and figures across 的 and a measure, or a date and a measure
    ("甲市和乙市的GDP分别为5480亿元和13600亿元。",
     [("甲市", "PLACE"), ("乙市", "PLACE"), ("5480亿元", "MONEY"), ("13600亿元", "MONEY")],
     {"5480亿元": ("GDP", "甲市"), "13600亿元": ("GDP", "乙市")}),
    ("恒达集团、青禾公司今年前三季度营业收入分别为158亿元和85亿元。",
     [("恒达集团", "COMPANY"), ("青禾公司", "COMPANY"), ("今年前三季度", "DATE"), ("158亿元", "MONEY"), ("85亿元", "MONEY")],
     {"158亿元": ("营业收入", "恒达集团"), "85亿元": ("营业收入", "青禾公司")}),
    # the Hong Kong press's 录得 (recorded) is no part of a measure
    ("甲公司录得亏损1.2亿元。", [("甲公司", "COMPANY"), ("1.2亿元", "MONEY")], {"1.2亿元": ("亏损", "甲公司")}),
    # a clause of 在 and a place alone sets the scope of what follows (在某县，新建…); 在 inside a
    # clause says where, not whose (control)
    ("在甲县，新建光伏电站8座，总装机容量5万千瓦。", [("甲县", "PLACE"), ("8座", "COUNT"), ("5万千瓦", "POWER")],
     {"8座": ("新建光伏电站", "甲县"), "5万千瓦": ("总装机容量", "甲县")}),
    ("在甲县光伏装机容量达到100万千瓦。", [("甲县", "PLACE"), ("100万千瓦", "POWER")], {"100万千瓦": ("光伏装机容量", None)}),
    # a rank in a scope (居全市第三位) names the field ranked, no owner of what follows
    ("甲县GDP增长5.8%，居全市第三位；规模以上工业增加值增长9.6%。",
     [("甲县", "PLACE"), ("5.8%", "PERCENT"), ("9.6%", "PERCENT")],
     {"5.8%": ("GDP增长", "甲县"), "9.6%": ("规模以上工业增加值增长", "甲县")}),
]


@pytest.mark.parametrize("text,marks,expected", OWNER_CASES, ids=map(case_id, OWNER_CASES))
def test_owners_of_capacities_batches_and_references(text, marks, expected):
    check(text, marks, expected)


# 5. metrics: the shortest form that keeps the meaning — nouns and modifiers written before a
#    measure stay (夏粮总产量, 重点项目完成投资), scope words, verbs and the owner's head noun go;
#    the abbreviation in brackets gives way to the measure; 年产 is reported as 年产能
METRIC_CASES = [
    # a count's noun: a verb naming a kind of project joins it, a stage phrase does not
    ("今年共安排22个观摩项目。", [("今年", "DATE"), ("22个", "COUNT")], {"22个": ("观摩项目", None)}),
    ("全年举办12场校企对接活动。", [("12场", "COUNT")], {"12场": ("校企对接活动", None)}),
    ("3个项目完成投资5亿元。", [("3个", "COUNT"), ("5亿元", "MONEY")], {"3个": ("项目", None)}),
    ("园区5条生产线建成投产。", [("5条", "COUNT")], {"5条": ("生产线", None)}),
    # 转移就业 (rural labour moved into work) is a measure of its own, with the group before it
    ("今年全县农村劳动力转移就业1.6万人。", [("今年", "DATE"), ("1.6万人", "COUNT")],
     {"1.6万人": ("农村劳动力转移就业", None)}),
    # a count's noun before 的 owns what follows it (3条高速公路的建设进度: 高速公路); after a
    # clause of it, the noun after 的 is counted (5个总投资50亿元的项目: 项目)
    ("全市4条城际铁路的建设进度加快。", [("4条", "COUNT")], {"4条": ("城际铁路", None)}),
    ("签下6个总投资28亿元的项目。", [("6个", "COUNT"), ("28亿元", "MONEY")], {"6个": ("项目", None)}),
    # a place ending an owner's name is no head noun of it (开封至许昌 ... 其中许昌境长)
    ("开封至许昌、周口至南阳高速公路加快建设。开封至许昌全长约60公里，其中许昌境长约25公里。",
     [("开封至许昌", "PROJECT"), ("周口至南阳高速公路", "PROJECT"), ("开封至许昌", "PROJECT"), ("约60公里", "LENGTH"),
      ("许昌", "PLACE"), ("约25公里", "LENGTH")],
     {"约25公里": ("许昌境长", "开封至许昌")}),
    # a verb before the figure names no measure: the one after 的 does (形成…的产能)
    ("二期建成后可形成40GWh的产能。", [("40GWh", "ENERGY")], {"40GWh": ("产能", None)}),
    ("该电站具备30万千瓦的装机容量。", [("30万千瓦", "POWER")], {"30万千瓦": ("装机容量", None)}),
    # standard statistical measures the table knows (利润总额, 进出口, 实际使用外资)
    ("全区规模以上工业企业实现利润总额18亿元。", [("18亿元", "MONEY")], {"18亿元": ("利润总额", None)}),
    # a share of a whole after 占 is led by the measure written before 占 in its clause
    ("星河公司研发投入占营业收入比重达到4.8%。", [("星河公司", "COMPANY"), ("4.8%", "PERCENT")],
     {"4.8%": ("研发投入占营业收入比重", "星河公司")}),
    ("一季度完成投资13亿元，占年度计划的105%。", [("13亿元", "MONEY"), ("105%", "PERCENT")],
     {"105%": ("占年度计划", None)}),
    # a designed value is no actual one: 设计 stays before the measure (a modifier, like 计划)
    ("该水库设计库容1.2亿立方米，设计年供水量3000万吨。", [("3000万吨", "MASS")], {"3000万吨": ("设计年供水量", None)}),
    # a count after the projects it counts, a verb opening the phrase: the word of kind stays
    ("今年星河县共谋划储备项目36个。", [("今年", "DATE"), ("星河县", "PLACE"), ("36个", "COUNT")],
     {"36个": ("储备项目", "星河县")}),
    ("星河新区谋划项目18个。", [("星河新区", "PLACE"), ("18个", "COUNT")], {"18个": ("谋划项目", "星河新区")}),
    ("星河县共有项目18个。", [("星河县", "PLACE"), ("18个", "COUNT")], {"18个": ("项目", "星河县")}),
    # a change (由/从 A 增加到 B): both values measure what is named before 由/从
    ("全市高新技术企业数量从去年的320家增至410家。",
     [("去年", "DATE"), ("320家", "COUNT"), ("410家", "COUNT")],
     {"320家": ("高新技术企业数量", None), "410家": ("高新技术企业数量", None)}),
    ("园区营业收入由2020年的50亿元提高到2023年的86亿元。",
     [("2020年", "DATE"), ("50亿元", "MONEY"), ("2023年", "DATE"), ("86亿元", "MONEY")],
     {"50亿元": ("营业收入", None), "86亿元": ("营业收入", None)}),
    ("城镇化率由45.2%提高到52.1%。", [("45.2%", "PERCENT"), ("52.1%", "PERCENT")],
     {"45.2%": ("城镇化率", None), "52.1%": ("城镇化率", None)}),
    ("企业从业人员3000人。", [("3000人", "COUNT")], {"3000人": ("企业从业人员", None)}),  # 从 of 从业: no change
    # a verb of having opens no measure (共有, 现有); 大类 is one word (domain_words.tsv)
    ("园区现有入驻企业120家。", [("120家", "COUNT")], {"120家": ("入驻企业", None)}),
    ("全市40个行业大类中有28个实现增长。", [("40个", "COUNT"), ("28个", "COUNT")], {"40个": ("行业大类", None)}),
    # modal words and adverbs between a measure and its figure are dropped (有望再, 力争)
    ("今年全县粮食总产量有望再超45万吨。", [("超45万吨", "MASS")], {"超45万吨": ("粮食总产量", None)}),
    ("明年工业投资力争突破30亿元。", [("30亿元", "MONEY")], {"30亿元": ("工业投资", None)}),
    # words jieba lacks are cut whole (domain_words.tsv): 并 of 并网 is no conjunction to split at
    ("截至9月底，全县户用光伏并网户数超过1.2万。",
     [("1.2万", "COUNT")],
     {"1.2万": ("户用光伏并网户数", None)}),
    ("全县秋粮总产量45万吨，同比增长1.2%。",
     [("45万吨", "MASS"), ("1.2%", "PERCENT")],
     {"45万吨": ("秋粮总产量", None), "1.2%": ("秋粮总产量增长", None)}),
    ("一季度拉动全县重点工程完成投资46亿元。",
     [("一季度", "DATE"), ("46亿元", "MONEY")],
     {"46亿元": ("重点工程完成投资", None)}),
    ("人均地区生产总值达到8.2万元，一期总投资8亿元。",
     [("8.2万元", "MONEY"), ("8亿元", "MONEY")],
     {"8.2万元": ("人均地区生产总值", None), "8亿元": ("一期总投资", None)}),
    ("前三季度实现地区生产总值(GDP)980亿元，同比增长5.1%。",
     [("前三季度", "DATE"), ("980亿元", "MONEY"), ("5.1%", "PERCENT")],
     {"980亿元": ("地区生产总值", None), "5.1%": ("地区生产总值增长", None)}),
    ("金海光伏项目总投资额25亿元，年产组件3GW，设置停车位300个。",
     [("金海光伏项目", "PROJECT"), ("25亿元", "MONEY"), ("300个", "COUNT")],
     {"25亿元": ("总投资", "金海光伏项目"), "300个": ("停车位", "金海光伏项目")}),
    ("该电站建设总工期为4年，前期筹建期1年。",
     [("4年", "DURATION"), ("1年", "DURATION")],
     {"4年": ("总工期", None), "1年": ("前期筹建期", None)}),
    ("双方签订了200兆瓦风电项目框架协议。",
     [("200兆瓦", "POWER")],
     {"200兆瓦": (None, None)}),
    ("全年共收集有效招商信息80余条。",
     [("80余条", "COUNT")],
     {"80余条": ("有效招商信息", None)}),
    # counted projects after a clause ending in 的: its verb says which (as a stage after them does)
    ("参加现场观摩的15个项目中，有9个是制造业项目。",
     [("15个", "COUNT"), ("9个", "COUNT")],
     {"15个": ("观摩项目", None)}),
    ("本月集中签约的30个项目，总投资120亿元。",
     [("本月", "DATE"), ("30个", "COUNT"), ("120亿元", "MONEY")],
     {"30个": ("签约项目", None), "120亿元": ("总投资", None)}),
    ("全县的30个项目总投资120亿元。",  # no verb before 的: the projects
     [("30个", "COUNT"), ("120亿元", "MONEY")],
     {"30个": ("项目", None)}),
    ("今年开工的30个重点项目累计投资70亿元。",  # a kind of project is named: it is the measure
     [("今年", "DATE"), ("30个", "COUNT"), ("70亿元", "MONEY")],
     {"30个": ("重点项目", None)}),
    # 规划 before an area is part of the planned area's name; before a capacity it is the stage
    ("星河项目规划面积300亩，规划总建筑面积8万平方米，规划年产能5万吨。",
     [("星河项目", "PROJECT"), ("300亩", "AREA"), ("8万平方米", "AREA"), ("5万吨", "MASS")],
     {"300亩": ("规划面积", "星河项目"), "8万平方米": ("规划总建筑面积", "星河项目"),
      "5万吨": ("年产能", "星河项目")}),
    # standard measures of farming and transport reports: the crop before the area joins it;
    # a modal verb before a measure (可满足) is no part of it
    ("甲镇苹果种植面积达到5万亩。", [("甲镇", "PLACE"), ("5万亩", "AREA")], {"5万亩": ("苹果种植面积", "甲镇")}),
    ("新航站楼可满足年旅客吞吐量300万人次。", [("300万人次", "COUNT")], {"300万人次": ("年旅客吞吐量", None)}),
    ("航站楼建成后，可满足旅客候机需求1200人。", [("1200人", "COUNT")], {"1200人": ("旅客候机需求", None)}),
    # a share of a plan done (完成…目标/任务/计划的N%), as 占…的N% is a share of a whole
    ("甲区实际利用外资1.2亿美元，完成年度目标的85%。", [("甲区", "PLACE"), ("1.2亿美元", "MONEY"), ("85%", "PERCENT")],
     {"85%": ("完成年度目标", "甲区")}),
    # the accounting names of a listed firm's results keep whose profit they are
    ("月湖股份实现归属于上市公司股东的净利润3.5亿元，同比增长12%；扣除非经常性损益后的净利润2.9亿元。",
     [("月湖股份", "COMPANY"), ("3.5亿元", "MONEY"), ("12%", "PERCENT"), ("2.9亿元", "MONEY")],
     {"3.5亿元": ("归属于上市公司股东的净利润", "月湖股份"),
      "12%": ("归属于上市公司股东的净利润增长", "月湖股份"),
      "2.9亿元": ("扣除非经常性损益后的净利润", "月湖股份")}),
    # a count's noun is the subject of the verb after it, not the noun after a later 的;
    # a clause of the noun before 的 (总投资…的项目) still names it after 的
    ("今年共有1200家外地企业参加在甲市举办的博览会。", [("1200家", "COUNT")], {"1200家": ("外地企业", None)}),
    ("甲县8个重大项目进入观摩的名单。", [("甲县", "PLACE"), ("8个", "COUNT")], {"8个": ("重大项目", "甲县")}),
    ("共有5个总投资50亿元的项目签约。", [("5个", "COUNT"), ("50亿元", "MONEY")], {"5个": ("签约项目", None)}),
    # 收入 alone names a measure though jieba tags it a verb (metrics.tsv noun); 大增 is a growth
    # word as 增 is; 当地 is a scope, not part of the measure
    ("星河公司今年首三季收入1538亿元，按年增长22%。", [("星河公司", "COMPANY"), ("今年首三季", "DATE"), ("1538亿元", "MONEY"),
                                        ("22%", "PERCENT")],
     {"1538亿元": ("收入", "星河公司"), "22%": ("收入增长", "星河公司")}),
    ("当地旅游收入大增30%。", [("30%", "PERCENT")], {"30%": ("旅游收入增长", None)}),
    # a verb of holding a level (稳定在, 保持在, 控制在) stands between a measure and its figure
    ("甲县小麦种植面积稳定在80万亩，粮食产量保持在60万吨以上。", [("甲县", "PLACE"), ("80万亩", "AREA"), ("60万吨以上", "MASS")],
     {"80万亩": ("小麦种植面积", "甲县"), "60万吨以上": ("粮食产量", "甲县")}),
    ("城镇登记失业率控制在4.5%以内。", [("4.5%", "PERCENT")], {"4.5%": ("城镇登记失业率", None)}),
    # the price indices by their Latin names grow as GDP does
    ("甲市CPI同比上涨1.2%，PPI下降0.8%。", [("甲市", "PLACE"), ("1.2%", "PERCENT"), ("0.8%", "PERCENT")],
     {"1.2%": ("CPI上涨", "甲市"), "0.8%": ("PPI下降", "甲市")}),
    # a verb of changing to a level (提高到, 提升至, 降至) stands between a measure and its figure,
    # and a growth word after it grows the measure, not the verb
    ("甲县森林覆盖率提高到61.5%。", [("甲县", "PLACE"), ("61.5%", "PERCENT")], {"61.5%": ("森林覆盖率", "甲县")}),
    ("甲市旅游总收入提升至80亿元，同比增长9%。", [("甲市", "PLACE"), ("80亿元", "MONEY"), ("9%", "PERCENT")],
     {"80亿元": ("旅游总收入", "甲市"), "9%": ("旅游总收入增长", "甲市")}),
    ("甲市平均门票价格降至60元。", [("甲市", "PLACE"), ("60元", "MONEY")], {"60元": ("平均门票价格", "甲市")}),
    # the level written after a growth rate measures what grows (facts_cues.tsv level_after)
    ("甲市营业收入同比增长12%至150亿元。", [("甲市", "PLACE"), ("12%", "PERCENT"), ("150亿元", "MONEY")],
     {"12%": ("营业收入增长", "甲市"), "150亿元": ("营业收入", "甲市")}),
    ("甲市GDP增长6%，达到500亿元。", [("甲市", "PLACE"), ("6%", "PERCENT"), ("500亿元", "MONEY")],
     {"6%": ("GDP增长", "甲市"), "500亿元": ("GDP", "甲市")}),
    # a date written between a measure and its figure: the measure is the words before the date
    ("甲省跨境电商交易额今年前10个月达到2150亿元。", [("甲省", "PLACE"), ("今年前10个月", "DATE"), ("2150亿元", "MONEY")],
     {"2150亿元": ("跨境电商交易额", "甲省")}),
    ("甲市GDP上半年增长6.2%。", [("甲市", "PLACE"), ("上半年", "DATE"), ("6.2%", "PERCENT")], {"6.2%": ("GDP增长", "甲市")}),
    # a clause opened by an owner or a date that names no measure measures what the figure of the
    # same kind before it measures (a parallel clause)
    ("甲市GDP为5480亿元，乙市为13600亿元。", [("甲市", "PLACE"), ("5480亿元", "MONEY"), ("乙市", "PLACE"), ("13600亿元", "MONEY")],
     {"5480亿元": ("GDP", "甲市"), "13600亿元": ("GDP", "乙市")}),
    ("甲县粮食产量达到80万吨，今年有望突破85万吨。", [("甲县", "PLACE"), ("80万吨", "MASS"), ("今年", "DATE"), ("85万吨", "MASS")],
     {"80万吨": ("粮食产量", "甲县"), "85万吨": ("粮食产量", "甲县")}),
    ("甲市GDP为5480亿元，乙市增长6%。", [("甲市", "PLACE"), ("5480亿元", "MONEY"), ("乙市", "PLACE"), ("6%", "PERCENT")],
     {"6%": ("GDP增长", "乙市")}),  # control: a growth is read apart
    # a share of a whole written with 的比重 keeps it; a part after 其中 of another kind takes no sum's measure
    ("甲公司研发投入占营业收入的比重为7.8%。", [("甲公司", "COMPANY"), ("7.8%", "PERCENT")],
     {"7.8%": ("研发投入占营业收入的比重", "甲公司")}),
    ("开工项目共42个，总投资286亿元。其中，青禾铜箔项目年产电解铜箔5万吨。",
     [("42个", "COUNT"), ("286亿元", "MONEY"), ("青禾铜箔项目", "PROJECT"), ("5万吨", "MASS")],
     {"5万吨": ("年产能", "青禾铜箔项目")}),
]


@pytest.mark.parametrize("text,marks,expected", METRIC_CASES, ids=map(case_id, METRIC_CASES))
def test_metrics_keep_what_makes_them_a_measure(text, marks, expected):
    check(text, marks, expected)


# 6. counted batches of projects: the stage written with the count (开工项目), or the amount
#    that names the class (超10亿元项目); lists after 分别: each figure its own item
BATCH_CASES = [
    ("今年首批的45个项目全部开工，总投资150亿元。",
     [("45个", "COUNT"), ("150亿元", "MONEY")],
     {"45个": ("开工项目", None)}),
    ("其中，总投资超20亿元项目4个，总投资3亿元—20亿元项目11个。",
     [("超20亿元", "MONEY"), ("4个", "COUNT"), ("3亿元—20亿元", "MONEY"), ("11个", "COUNT")],
     {"4个": ("超20亿元项目", None), "11个": ("3亿元—20亿元项目", None)}),
    ("期内锌、铅产量分别为12万吨和3万吨，按年分别增6.5%及9%。",
     [("12万吨", "MASS"), ("3万吨", "MASS"), ("6.5%", "PERCENT"), ("9%", "PERCENT")],
     {"12万吨": ("锌产量", None), "3万吨": ("铅产量", None), "6.5%": ("锌产量增长", None),
      "9%": ("铅产量增长", None)}),
    ("纺织、食品产业增加值分别增长7.2%和3.3%，比一季度分别加快1.1和0.4个百分点。",
     [("7.2%", "PERCENT"), ("3.3%", "PERCENT"), ("1.1", "PERCENT"), ("0.4个百分点", "PERCENT")],
     {"7.2%": ("纺织产业增加值增长", None), "3.3%": ("食品产业增加值增长", None),
      "1.1": ("纺织产业增加值增速加快", None), "0.4个百分点": ("食品产业增加值增速加快", None)}),
    ("锡、锑产量分别为1.2万吨和5400吨，分别按年上升7.1%及下跌1.5%。",
     [("1.2万吨", "MASS"), ("5400吨", "MASS"), ("7.1%", "PERCENT"), ("1.5%", "PERCENT")],
     {"7.1%": ("锡产量增长", None), "1.5%": ("锑产量下跌", None)}),
    # a 分别 list with no items of its own pairs with the figures before it in its sentence
    ("全年接待游客320万人次，门票收入2.6亿元，分别增长8.5%和11.2%。",
     [("320万人次", "COUNT"), ("2.6亿元", "MONEY"), ("8.5%", "PERCENT"), ("11.2%", "PERCENT")],
     # (全年 before 年接待游客 is read whole, s20-B: 全年接待游客)
     {"8.5%": ("全年接待游客增长", None), "11.2%": ("门票收入增长", None)}),
    # a growth list without 分别 right after a 分别 list pairs with it; items that are whole
    # measures (营业收入和净利润) are each their own; the owner's word opening the list goes
    ("公司锌、银产量分别为6万吨和30万盎司，较上年下跌2.5%及6%。",
     [("6万吨", "MASS"), ("30万盎司", "MASS"), ("2.5%", "PERCENT"), ("6%", "PERCENT")],
     {"6万吨": ("锌产量", None), "30万盎司": ("银产量", None), "2.5%": ("锌产量下跌", None),
      "6%": ("银产量下跌", None)}),
    ("星河区域实现铅、锡产量分别3万吨和2100吨。",
     [("3万吨", "MASS"), ("2100吨", "MASS")], {"3万吨": ("铅产量", None), "2100吨": ("锡产量", None)}),
    ("前三季度营业收入和净利润分别为12亿元和0.8亿元。",
     [("前三季度", "DATE"), ("12亿元", "MONEY"), ("0.8亿元", "MONEY")],
     {"12亿元": ("营业收入", None), "0.8亿元": ("净利润", None)}),
    ("工业增加值增长6.3%，比一季度加快0.9个百分点。",
     [("6.3%", "PERCENT"), ("0.9个百分点", "PERCENT")],
     {"0.9个百分点": ("工业增加值增速加快", None)}),
]


@pytest.mark.parametrize("text,marks,expected", BATCH_CASES, ids=map(case_id, BATCH_CASES))
def test_batches_and_lists(text, marks, expected):
    check(text, marks, expected)


def test_metric_keys_of_reported_and_extended_measures():
    from luoyang_nlp.facts import metric_key

    assert metric_key("年产能") == metric_key("年产") == "capacity_annual"
    assert metric_key("总投资") == "investment_total"
    # an extended measure is not the same measure: no key, so it is never added to 总投资
    assert metric_key("一期总投资") is None
    assert metric_key("地区生产总值增速加快") is None
    # the standard statistical names of one measure share its key
    assert metric_key("实际使用外资") == metric_key("实际利用外资") == "foreign_investment"
    assert metric_key("利润总额") == metric_key("利润") == "profit"
    assert metric_key("进出口") == metric_key("进出口总额") == "foreign_trade"
    assert metric_key("归属于上市公司股东的净利润") == metric_key("归母净利润") == metric_key("净利润") == "net_profit"
    assert metric_key("规划总建筑面积") == metric_key("总建筑面积") == "floor_area"


def test_byline_names_apart_by_spaces_take_the_title():
    text = "本报记者 王明 李华\n\n正文。"
    marks = [("记者", "POSITION"), ("王明", "PERSON"), ("李华", "PERSON")]
    pairs = {(show(text, f["person"]), show(text, f["position"])) for f in facts_of(text, marks) if "person" in f}
    assert pairs == {("王明", "记者"), ("李华", "记者")}


def test_end_to_end_scope_word_and_headline():
    import luoyang_nlp

    doc = luoyang_nlp.extract("总投资80亿元！洛阳市20个项目集中开工\n\n全市今年新开工项目120个。")
    facts = {show(doc.text, f["figure"]): (f["metric"], show(doc.text, f["subject"]))
             for f in doc.facts if "figure" in f}
    assert facts["80亿元"] == ("总投资", "洛阳市")
    assert facts["20个"] == ("开工项目", "洛阳市")
    assert facts["120个"] == ("新开工项目", "洛阳市")


# 7. later rules: breakdowns of project counts, head nouns repeating an owner, regions of a
#    firm (not divisions), words after a count, nouns joined by 和, 该X, comparisons
LATER_CASES = [
    ("西工区今年开工项目40个，总投资120亿元。其中，亿元以上项目25个，总投资100亿元。",
     [("西工区", "PLACE"), ("40个", "COUNT"), ("120亿元", "MONEY"), ("亿元以上", "MONEY"), ("25个", "COUNT"),
      ("100亿元", "MONEY")],
     {"40个": ("开工项目", "西工区"), "25个": ("亿元以上项目", None), "100亿元": ("总投资", None)}),
    ("东岭智能制造产业园位于\n老城区北部。目前，产业园入驻企业120家，从业人员8000人。",
     [("东岭智能制造产业园", "PROJECT"), ("老城区", "PLACE"), ("120家", "COUNT"), ("8000人", "COUNT")],
     {"120家": ("入驻企业", "东岭智能制造产业园"), "8000人": ("从业人员", "东岭智能制造产业园")}),
    ("远航矿业去年锌产量30万吨。\n同时，秘鲁锡产量9000吨。",
     [("远航矿业", "COMPANY"), ("30万吨", "MASS"), ("秘鲁", "PLACE"), ("9000吨", "MASS")],
     {"9000吨": ("锡产量", "远航矿业")}),
    ("远航矿业去年锌产量30万吨。同时，漯河市工业投资增长8%。",
     [("远航矿业", "COMPANY"), ("30万吨", "MASS"), ("漯河市", "PLACE"), ("8%", "PERCENT")],
     {"8%": ("工业投资增长", "漯河市")}),
    ("上半年首批开工的86个重点项目已完成投资120亿元。",
     [("上半年", "DATE"), ("86个", "COUNT"), ("120亿元", "MONEY")],
     {"120亿元": ("已完成投资", None)}),
    ("水电和燃料价格上涨1.8%，该酒店建筑面积3万平方米。",
     [("1.8%", "PERCENT"), ("3万平方米", "AREA")],
     {"1.8%": ("水电和燃料价格上涨", None), "3万平方米": ("建筑面积", None)}),
    ("增速高于全省水平2.3个百分点，与全省平均增长5.1%相比仍快。",
     [("2.3个百分点", "PERCENT"), ("5.1%", "PERCENT")],
     {"2.3个百分点": ("增速高于全省水平", None), "5.1%": ("全省平均增长", None)}),
    ("一号地块的一大特色是云杉酒店。该酒店建筑面积2万平方米。此外，该区域计划新建12间书店。",
     [("云杉酒店", "PROJECT"), ("2万平方米", "AREA"), ("12间", "COUNT")],
     {"2万平方米": ("建筑面积", "云杉酒店"), "12间": ("书店", None)}),
    ("其中9个项目列入“签约一批”活动清单，总投资60亿元。",
     [("9个", "COUNT"), ("60亿元", "MONEY")],
     {"9个": ("项目", None)}),
]


@pytest.mark.parametrize("text,marks,expected", LATER_CASES, ids=map(case_id, LATER_CASES))
def test_later_rules(text, marks, expected):
    check(text, marks, expected)


# 8. shares (占…的), money completed, counted nouns after a class amount, and lists whose
#    collective names the shared head (冶金、能源等传统支柱产业)
SHARE_CASES = [
    ("全年完成投资980亿元，占年度目标的112%。",
     [("980亿元", "MONEY"), ("112%", "PERCENT")],
     {"112%": ("占年度目标", None)}),
    ("文旅项目9个，制造业项目占比达到58%。",
     [("9个", "COUNT"), ("58%", "PERCENT")],
     {"58%": ("制造业项目占比", None)}),
    ("县、乡重点工程完成投资分别占年度计划的120%、105%。",
     [("120%", "PERCENT"), ("105%", "PERCENT")],
     {"120%": ("县重点工程完成投资占年度计划", None), "105%": ("乡重点工程完成投资占年度计划", None)}),
    ("甲高速年度计划投资9亿元，截至目前已完成5.6亿元。",
     [("甲高速", "PROJECT"), ("9亿元", "MONEY"), ("5.6亿元", "MONEY")],
     {"5.6亿元": ("完成投资", "甲高速")}),
    ("本次共集中签约48个亿元以上重大项目。又有26个伊河流域综合治理重点项目开工。",
     [("48个", "COUNT"), ("亿元以上", "MONEY"), ("26个", "COUNT"), ("伊河", "PLACE")],
     {"48个": ("重大项目", None), "26个": ("开工项目", None)}),
    ("钢铁、建材、化工等传统产业增加值分别增长3.1%、2.0%和5.5%。",
     [("3.1%", "PERCENT"), ("2.0%", "PERCENT"), ("5.5%", "PERCENT")],
     {"3.1%": ("钢铁产业增加值增长", None), "5.5%": ("化工产业增加值增长", None)}),
    ("下岗职工实现再就业900人，拟派中期息每股0.05元，计划到“十五五”末建设容量达到800兆瓦。",
     [("900人", "COUNT"), ("0.05元", "MONEY"), ("800兆瓦", "POWER")],
     # (a measure per share is named 每股X, s20-B, as the gold files write it)
     {"900人": ("下岗职工再就业", None), "0.05元": ("每股中期息", None), "800兆瓦": ("建设容量", None)}),
]


@pytest.mark.parametrize("text,marks,expected", SHARE_CASES, ids=map(case_id, SHARE_CASES))
def test_shares_completions_and_collectives(text, marks, expected):
    check(text, marks, expected)


# 9. an owner's full name again where no span was found, and 这N个 (the group just counted)
def test_owner_named_again_without_a_span_and_these_n():
    text = ("新区今日开工重大项目6个。这6个重大项目包括青松新材料项目和白鹭物流园项目，总投资40亿元。"
            "青松新材料项目，占地300亩，建成后可年产板材50万吨。")
    marks = [("新区", "PLACE"), ("6个", "COUNT"), ("6个", "COUNT"), ("青松新材料项目", "PROJECT"),
             ("白鹭物流园项目", "PROJECT"), ("40亿元", "MONEY"), ("300亩", "AREA"), ("50万吨", "MASS")]
    check(text, marks, {"40亿元": ("总投资", None), "300亩": ("占地", "青松新材料项目"),
                        "50万吨": ("年产能", "青松新材料项目")})


# 10. an owner after a dash restates the clause's subject; a place + 境/段 qualifies the
#     measure; a line broken inside a sentence does not end the paragraph
APPOSITION_CASES = [
    ("今年5月，豫南单体最大储能项目——青峰储能有限公司50兆瓦储能电站并网，年放电量约9000万千瓦时。",
     [("今年5月", "DATE"), ("豫南", "PLACE"), ("青峰储能有限公司", "COMPANY"), ("50兆瓦", "POWER"),
      ("约9000万千瓦时", "ENERGY")],
     {"约9000万千瓦时": ("年放电量", "青峰储能有限公司")}),
    ("洛栾快速通道全长约80公里，其中嵩县段长约26公里，今年计划完成投资12亿元。",
     [("洛栾快速通道", "PROJECT"), ("约80公里", "LENGTH"), ("嵩县", "PLACE"), ("约26公里", "LENGTH"),
      ("12亿元", "MONEY")],
     {"约80公里": ("全长", "洛栾快速通道"), "约26公里": ("嵩县段长", "洛栾快速通道"),
      "12亿元": ("计划完成投资", "洛栾快速通道")}),
    ("2024年，创新产业园营业收入完成210亿元，固定资产\n投资完成36亿元，从业人员达到1.2万人。",
     [("2024年", "DATE"), ("创新产业园", "PROJECT"), ("210亿元", "MONEY"), ("36亿元", "MONEY"), ("1.2万人", "COUNT")],
     {"210亿元": ("营业收入", "创新产业园"), "36亿元": ("固定资产投资", "创新产业园"),
      "1.2万人": ("从业人员", "创新产业园")}),
    # a space or line break a page layout left inside a measure word; one between other words stays
    ("月湖园区营业收入52亿元，固定资产 投资完成9亿元。",
     [("月湖园区", "PROJECT"), ("52亿元", "MONEY"), ("9亿元", "MONEY")],
     {"9亿元": ("固定资产投资", "月湖园区")}),
    ("首页 投资12亿元的月湖园区开工。",
     [("12亿元", "MONEY"), ("月湖园区", "PROJECT")],
     {"12亿元": ("投资", "月湖园区")}),
    ("固定资产\n\n投资完成9亿元。",  # a paragraph break is no wrapped line
     [("9亿元", "MONEY")],
     {"9亿元": ("投资", None)}),
]


@pytest.mark.parametrize("text,marks,expected", APPOSITION_CASES, ids=map(case_id, APPOSITION_CASES))
def test_appositions_sections_and_wrapped_lines(text, marks, expected):
    check(text, marks, expected)


# 11. a clause opening with a date, then a connective or a referring word (今年以来该院…):
#     the referring word still names the subject, and the connective opens no measure
DATE_OPENED_CASES = [
    ("星河区人民法院召开发布会。今年以来该院共受理劳动争议案件218件。",
     [("星河区人民法院", "ORG"), ("今年", "DATE"), ("218件", "COUNT")],
     {"218件": ("受理劳动争议案件", "星河区人民法院")}),
    ("月湖医院发布年报。去年该院门诊量达到96万人次。",
     [("月湖医院", "ORG"), ("去年", "DATE"), ("96万人次", "COUNT")],
     {"96万人次": ("门诊量", "月湖医院")}),
    ("青松县召开会议。同时全县共新建农村公路126公里。",
     [("青松县", "PLACE"), ("126公里", "LENGTH")],
     {"126公里": ("新建农村公路", "青松县")}),
    # a place and an unnamed member of it opening the clause (一家企业, 多家企业): the figure is
    # the unnamed one's (SPEC: null), not the place's
    ("月湖县一家轴承企业今年营业收入突破10亿元。",
     [("月湖县", "PLACE"), ("今年", "DATE"), ("10亿元", "MONEY")],
     {"10亿元": ("营业收入", None)}),
    ("月湖县多家企业今年获得贷款8亿元。",
     [("月湖县", "PLACE"), ("今年", "DATE"), ("8亿元", "MONEY")],
     {"8亿元": ("获得贷款", None)}),
    ("月湖县今年发放贷款8亿元。",  # control: the place's own
     [("月湖县", "PLACE"), ("今年", "DATE"), ("8亿元", "MONEY")],
     {"8亿元": ("发放贷款", "月湖县")}),
    # 该项目 refers to the project, not to the park written as where it goes (落户, 位于)
    ("青松轴承产业园项目落户月湖产业集聚区。该项目总投资28亿元。",
     [("青松轴承产业园项目", "PROJECT"), ("月湖产业集聚区", "PROJECT"), ("28亿元", "MONEY")],
     {"28亿元": ("总投资", "青松轴承产业园项目")}),
    ("月湖科技馆项目位于星河产业集聚区。项目总投资45亿元。",
     [("月湖科技馆项目", "PROJECT"), ("星河产业集聚区", "PROJECT"), ("45亿元", "MONEY")],
     {"45亿元": ("总投资", "月湖科技馆项目")}),
    ("月湖产业集聚区建成青松轴承产业园项目。该项目总投资28亿元。",  # control: the last named
     [("月湖产业集聚区", "PROJECT"), ("青松轴承产业园项目", "PROJECT"), ("28亿元", "MONEY")],
     {"28亿元": ("总投资", "青松轴承产业园项目")}),
    # a body that publishes figures (统计局发布,) is not their subject; a firm reports its own
    ("星河市统计局发布，前三季度地区生产总值2312.6亿元。",
     [("星河市统计局", "ORG"), ("前三季度", "DATE"), ("2312.6亿元", "MONEY")],
     {"2312.6亿元": ("地区生产总值", None)}),
    ("星河重工公布，前三季度营业收入60亿元。",  # control
     [("星河重工", "COMPANY"), ("前三季度", "DATE"), ("60亿元", "MONEY")],
     {"60亿元": ("营业收入", "星河重工")}),
    # a project after a stage word and 的 (新开工的X项目) opens its clause: the later figures are its
    ("新开工的青松轴承产业园项目占地300亩，年产值50亿元。",
     [("青松轴承产业园项目", "PROJECT"), ("300亩", "AREA"), ("50亿元", "MONEY")],
     {"300亩": ("占地", "青松轴承产业园项目"), "50亿元": ("年产值", "青松轴承产业园项目")}),
    # a second 分别 in the sentence pairs its figures with the owners of the first
    ("月湖县、青松县地区生产总值分别为120亿元和150亿元，分别增长5.1%和6.2%。",
     [("月湖县", "PLACE"), ("青松县", "PLACE"), ("120亿元", "MONEY"), ("150亿元", "MONEY"),
      ("5.1%", "PERCENT"), ("6.2%", "PERCENT")],
     {"5.1%": ("地区生产总值增长", "月湖县"), "6.2%": ("地区生产总值增长", "青松县")}),
    # a time phrase before the subject opening the clause (近年来月湖县…) is read past
    ("近年来月湖县地区生产总值年均增长6.5%。",
     [("月湖县", "PLACE"), ("6.5%", "PERCENT")],
     {"6.5%": ("地区生产总值年均增长", "月湖县")}),
    # 其 after a clause that named nothing (今年以来，其…) refers to the sentence before
    ("月湖科技馆项目位于星河区，总投资45亿元。今年以来，其完成投资12.8亿元。",
     [("月湖科技馆项目", "PROJECT"), ("星河区", "PLACE"), ("45亿元", "MONEY"), ("今年", "DATE"), ("12.8亿元", "MONEY")],
     {"12.8亿元": ("完成投资", "月湖科技馆项目")}),
    ("星河区人民法院召开发布会。该院今年以来共受理案件300件。",  # control: the word opens the clause
     [("星河区人民法院", "ORG"), ("今年", "DATE"), ("300件", "COUNT")],
     {"300件": ("受理案件", "星河区人民法院")}),
]


@pytest.mark.parametrize("text,marks,expected", DATE_OPENED_CASES, ids=map(case_id, DATE_OPENED_CASES))
def test_dates_and_connectives_opening_a_clause(text, marks, expected):
    check(text, marks, expected)


# 12. the words between a measure and its figure: 环比 as 同比, a bound outside the span
#     (不超过, 不低于), 拟 before a verb; a one-character filler that ends a word stays (行为,
#     高中); a long name of a measure keeps its head (金融机构|人民币各项存款余额)
MEASURE_WORD_CASES = [
    ("星河股份第三季度营业收入为2.1亿元，环比下降8.7%。",
     [("星河股份", "COMPANY"), ("第三季度", "DATE"), ("2.1亿元", "MONEY"), ("8.7%", "PERCENT")],
     {"8.7%": ("营业收入下降", "星河股份")}),
    ("月湖抽水蓄能电站装机容量不低于500兆瓦。",
     [("月湖抽水蓄能电站", "PROJECT"), ("500兆瓦", "POWER")],
     {"500兆瓦": ("装机容量", "月湖抽水蓄能电站")}),
    ("星河股份拟出资5000万元设立子公司。",
     [("星河股份", "COMPANY"), ("5000万元", "MONEY")],
     {"5000万元": ("出资", "星河股份")}),
    ("月湖县交警大队查处酒驾违法行为86起。",
     [("月湖县", "PLACE"), ("86起", "COUNT")],
     {"86起": ("查处酒驾违法行为", "月湖县")}),
    ("月湖县共有普通高中12所。",
     [("月湖县", "PLACE"), ("12所", "COUNT")],
     {"12所": ("普通高中", "月湖县")}),
    ("月湖县金融机构人民币各项存款余额876.5亿元。",
     [("月湖县", "PLACE"), ("876.5亿元", "MONEY")],
     {"876.5亿元": ("人民币各项存款余额", "月湖县")}),
    # the measures of the Hong Kong press: 纯利 (net profit), 营业额 (turnover)
    ("星河矿业公布上半年纯利23.6亿元，按年减少4.2%。",
     [("星河矿业", "COMPANY"), ("上半年", "DATE"), ("23.6亿元", "MONEY"), ("4.2%", "PERCENT")],
     {"23.6亿元": ("纯利", "星河矿业"), "4.2%": ("纯利减少", "星河矿业")}),
    ("星河矿业营业额按年增长5.1%。",  # control: read as a free measure before the table knew it
     [("星河矿业", "COMPANY"), ("5.1%", "PERCENT")],
     {"5.1%": ("营业额增长", "星河矿业")}),
    # a counted compound noun with a verb inside it (创新, 研究, 处理) ends in its head noun
    ("月湖县今年共建5个科技创新平台。",
     [("月湖县", "PLACE"), ("今年", "DATE"), ("5个", "COUNT")],
     {"5个": ("科技创新平台", "月湖县")}),
    ("月湖县建成3座污水处理厂。",  # control: jieba reads 污水处理厂 so already
     [("月湖县", "PLACE"), ("3座", "COUNT")],
     {"3座": ("污水处理厂", "月湖县")}),
    ("月湖县有1200家企业参加展会。",  # control: a verb and its object are no compound
     [("月湖县", "PLACE"), ("1200家", "COUNT")],
     {"1200家": ("企业", "月湖县")}),
    # a count before a free measure (一起|涉案金额) is no part of it
    ("星河区人民法院审理一起涉案金额近500万元的诈骗案。",
     [("星河区人民法院", "ORG"), ("近500万元", "MONEY")],
     {"近500万元": ("涉案金额", "星河区人民法院")}),
    # a part after 其中 that names a measure of its own keeps it; a part named by a category
    # alone takes the whole's measure
    ("月湖县进出口总值300亿元。其中，出口总值200亿元。",
     [("月湖县", "PLACE"), ("300亿元", "MONEY"), ("200亿元", "MONEY")],
     {"200亿元": ("出口总值", "月湖县")}),
    ("月湖县社会消费品零售总额658.2亿元。其中，城镇421.7亿元。",  # control
     [("月湖县", "PLACE"), ("658.2亿元", "MONEY"), ("421.7亿元", "MONEY")],
     {"421.7亿元": ("社会消费品零售总额", "月湖县")}),
    ("月湖县项目总投资为5亿元。",  # control: 为 alone after a measure is a filler
     [("月湖县", "PLACE"), ("5亿元", "MONEY")],
     {"5亿元": ("总投资", "月湖县")}),
]


@pytest.mark.parametrize("text,marks,expected", MEASURE_WORD_CASES, ids=map(case_id, MEASURE_WORD_CASES))
def test_words_between_a_measure_and_its_figure(text, marks, expected):
    check(text, marks, expected)
