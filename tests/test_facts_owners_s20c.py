"""Owners of figures (session 20, helper C): the value of a comparison's yardstick in
brackets, a place written before its own party committee or government, and the parties of
a deal signed between two. Invented sentences; spans given explicitly
(``test_facts.figure_table``)."""

from __future__ import annotations

import pytest

from test_facts import figure_table

YARDSTICK_CASES = [
    # class: 高于全市平均水平（X%）: the bracketed figure is the yardstick's value, the whole's
    # average (no owner written); the difference after it stays the topic's
    ("今年前三季度，开元县规上工业增加值增长8.9%，高于全市平均水平（6.1%）2.8个百分点。",
     [("今年前三季度", "DATE"), ("开元县", "PLACE"), ("8.9%", "PERCENT"), ("6.1%", "PERCENT"),
      ("2.8个百分点", "PERCENT")],
     {"8.9%": "开元县", "6.1%": None, "2.8个百分点": "开元县"}),
    ("初步核算，临川区地区生产总值增长6.4%，增速高于全省（5.0%）1.4个百分点。",
     [("临川区", "PLACE"), ("6.4%", "PERCENT"), ("5.0%", "PERCENT"), ("1.4个百分点", "PERCENT")],
     {"6.4%": "临川区", "5.0%": None}),
    ("星河县居民人均可支配收入增长7.2%，快于全国平均水平(5.3%)。",
     [("星河县", "PLACE"), ("7.2%", "PERCENT"), ("5.3%", "PERCENT")],
     {"7.2%": "星河县", "5.3%": None}),
    # a place as the yardstick: the value is that place's
    ("去年甲县社会消费品零售总额增长6.6%，快于星河市（5.9%）0.7个百分点。",
     [("去年", "DATE"), ("甲县", "PLACE"), ("6.6%", "PERCENT"), ("星河市", "PLACE"), ("5.9%", "PERCENT"),
      ("0.7个百分点", "PERCENT")],
     {"6.6%": "甲县", "5.9%": "星河市"}),
    # guard: the topic's own value at an earlier date stays the topic's (no scope word, no place)
    ("今年甲县固定资产投资增长5.2%，增速比上年同期（6.1%）回落0.9个百分点。",
     [("今年", "DATE"), ("甲县", "PLACE"), ("5.2%", "PERCENT"), ("上年", "DATE"), ("6.1%", "PERCENT"),
      ("0.9个百分点", "PERCENT")],
     {"5.2%": "甲县", "6.1%": "甲县"}),
]


@pytest.mark.parametrize("text, marks, expected", YARDSTICK_CASES)
def test_a_bracketed_yardstick_value_is_the_yardsticks(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][1] for k in expected} == expected


GOVERNMENT_CASES = [
    # class: 某县|县委、县政府…: the place governs; the bare committee after it is no owner
    ("开元县县委、县政府坚持项目为王，谋划建设了三个百亿级产业园区。",
     [("开元县", "PLACE"), ("县委", "ORG"), ("县政府", "ORG"), ("三个", "COUNT")],
     {"三个": "开元县"}),
    ("临川区区委、区政府高度重视产业升级，今年培育专精特新企业26家。",
     [("临川区", "PLACE"), ("区委", "ORG"), ("区政府", "ORG"), ("今年", "DATE"), ("26家", "COUNT")],
     {"26家": "临川区"}),
    ("星河县县委坚持农业强县，建成高标准农田42万亩。",
     [("星河县", "PLACE"), ("县委", "ORG"), ("42万亩", "AREA")],
     {"42万亩": "星河县"}),
    # guard: a body of its own (a bureau, a commission for discipline) keeps its figures
    ("星河县县纪委今年处置问题线索126件。",
     [("星河县", "PLACE"), ("县纪委", "ORG"), ("今年", "DATE"), ("126件", "COUNT")],
     {"126件": "县纪委"}),
]


@pytest.mark.parametrize("text, marks, expected", GOVERNMENT_CASES)
def test_a_place_before_its_own_government_keeps_the_figures(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][1] for k in expected} == expected


SIGNED_CASES = [
    # class: A与B签署了<figure>项目协议: B is the party A deals with; the firm's when B is a place
    ("近日，星河能源集团与开元县签署了百万千瓦风电项目合作开发协议。",
     [("近日", "DATE"), ("星河能源集团", "COMPANY"), ("开元县", "PLACE"), ("百万千瓦", "POWER")],
     {"百万千瓦": "星河能源集团"}),
    ("日前，华源新材料公司与临川区人民政府签订20亿元新材料项目投资协议。",
     [("日前", "DATE"), ("华源新材料公司", "COMPANY"), ("临川区人民政府", "ORG"), ("20亿元", "MONEY")],
     {"20亿元": "华源新材料公司"}),
    # guard: B the only firm of the two stays the owner (the firm builds what is signed)
    ("开元县与星河电力签约60万千瓦光伏项目。",
     [("开元县", "PLACE"), ("星河电力", "COMPANY"), ("60万千瓦", "POWER")],
     {"60万千瓦": "星河电力"}),
    # two firms: the first, the one the sentence is about
    ("星河重工同华源矿业签订了3.5亿元矿山装备订单。",
     [("星河重工", "COMPANY"), ("华源矿业", "COMPANY"), ("3.5亿元", "MONEY")],
     {"3.5亿元": "星河重工"}),
    # guard: a list of two whose measure follows (no signing) is not a deal
    ("甲县与乙县地区生产总值分别增长6.1%和5.8%。",
     [("甲县", "PLACE"), ("乙县", "PLACE"), ("6.1%", "PERCENT"), ("5.8%", "PERCENT")],
     {"6.1%": "甲县", "5.8%": "乙县"}),
]


@pytest.mark.parametrize("text, marks, expected", SIGNED_CASES)
def test_a_deal_signed_between_two_is_not_the_second_partys(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][1] for k in expected} == expected


CARRIED_DATE_CASES = [
    # class: statistics going on in the next sentences of a paragraph (其中, 全县…) hold at
    # the date of the sentence before when they name none
    ("开元县今年前三季度地区生产总值完成142.6亿元。其中，第一产业增加值18.3亿元，第二产业增加值61.2亿元。",
     [("开元县", "PLACE"), ("今年前三季度", "DATE"), ("142.6亿元", "MONEY"), ("18.3亿元", "MONEY"),
      ("61.2亿元", "MONEY")],
     {"142.6亿元": "今年前三季度", "18.3亿元": "今年前三季度", "61.2亿元": "今年前三季度"}),
    ("截至10月底，临川区已开工项目72个。累计完成投资128亿元，占年度计划的85.3%。",
     [("10月", "DATE"), ("临川区", "PLACE"), ("72个", "COUNT"), ("128亿元", "MONEY"), ("85.3%", "PERCENT")],
     {"72个": "10月", "128亿元": "10月", "85.3%": "10月"}),
    ("星河重工前三季度新签合同额78.6亿元，同比增长16%。矿山装备订单32.4亿元，占比41.2%。",
     [("星河重工", "COMPANY"), ("前三季度", "DATE"), ("78.6亿元", "MONEY"), ("16%", "PERCENT"),
      ("32.4亿元", "MONEY"), ("41.2%", "PERCENT")],
     {"78.6亿元": "前三季度", "32.4亿元": "前三季度", "41.2%": "前三季度"}),
    # a date compared with (比上年) in the next sentence does not stop the carry
    ("据统计，甲县2024年粮食总产28.6万吨。其中，小麦产量15.2万吨，比上年增长3.1%。",
     [("甲县", "PLACE"), ("2024年", "DATE"), ("28.6万吨", "MASS"), ("15.2万吨", "MASS"), ("上年", "DATE"),
      ("3.1%", "PERCENT")],
     {"15.2万吨": "2024年", "3.1%": "2024年"}),
    # guard: a measure to come (预计, 建成后) takes no date carried to it
    ("星河储能生产基地今年3月开工建设。项目建成后，预计年产值可达80亿元。",
     [("星河储能生产基地", "PROJECT"), ("今年3月", "DATE"), ("80亿元", "MONEY")],
     {"80亿元": None}),
    # guard: a named project's own measure (总投资, 占地) is what it is, at no date carried to it
    ("甲县今年实施重点项目42个。其中，星河铝加工项目总投资45亿元，已完成投资32亿元。",
     [("甲县", "PLACE"), ("今年", "DATE"), ("42个", "COUNT"), ("星河铝加工项目", "PROJECT"), ("45亿元", "MONEY"),
      ("32亿元", "MONEY")],
     {"42个": "今年", "45亿元": None, "32亿元": "今年"}),
    # guard: a new paragraph does not carry the date
    ("今年前三季度，甲县地区生产总值完成142.6亿元。\n甲县常住人口52万。",
     [("今年前三季度", "DATE"), ("甲县", "PLACE"), ("142.6亿元", "MONEY"), ("甲县", "PLACE"), ("52万", "COUNT")],
     {"52万": None}),
    # class (regression check): a goal's date lends none to the sentences after it, and a
    # sentence with a plan word or a time in words of its own (过去, 每年) takes none
    ("甲县今年将力保粮食产量稳定在60万吨以上。过去五年，全县累计建成高标准农田38万亩。",
     [("甲县", "PLACE"), ("今年", "DATE"), ("60万吨", "MASS"), ("38万亩", "AREA")],
     {"38万亩": None}),
    ("星河港今年1至10月吞吐量达到3200万吨。港口将再建设泊位6个。",
     [("星河港", "PLACE"), ("今年1至10月", "DATE"), ("3200万吨", "MASS"), ("6个", "COUNT")],
     {"3200万吨": "今年1至10月", "6个": None}),
    # class (regression check): a length of time (a sentence, a period of works) is no statistic
    # of the period carried
    ("经审理查明，2020年6月至2022年4月，被告人王某非法经营金额120万元。法院判处王某有期徒刑三年，并处罚金10万元。",
     [("2020年6月至2022年4月", "DATE"), ("王某", "PERSON"), ("120万元", "MONEY"), ("王某", "PERSON"),
      ("三年", "DURATION"), ("10万元", "MONEY")],
     {"三年": None}),
    # guard: a sentence with a date of its own after the figure keeps that one
    ("甲县今年上半年GDP增长6.1%。外贸进出口总额12.6亿元，为2019年以来最高。",
     [("甲县", "PLACE"), ("今年上半年", "DATE"), ("6.1%", "PERCENT"), ("12.6亿元", "MONEY"), ("2019年", "DATE")],
     {"12.6亿元": None}),
]


@pytest.mark.parametrize("text, marks, expected", CARRIED_DATE_CASES)
def test_statistics_going_on_hold_at_the_date_before(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][2] for k in expected} == expected


STAGE_CASES = [
    # class: a compound of stage verbs closed by a condition (建成投产后, 建成运营后) is a
    # condition in whole, no stage reported: the stage comes from elsewhere in the text
    ("星河储能基地项目正在加快建设，建成运营后年产值可达50亿元。",
     [("星河储能基地项目", "PROJECT"), ("50亿元", "MONEY")],
     {"50亿元": "在建"}),
    ("华源装备产业园项目签约落地，项目建成投产后，年产值可达30亿元。",
     [("华源装备产业园项目", "PROJECT"), ("30亿元", "MONEY")],
     {"30亿元": "签约"}),
    ("星河化工新材料项目已于今年3月开工，项目建成达产后可实现年税收2亿元。",
     [("星河化工新材料项目", "PROJECT"), ("今年3月", "DATE"), ("2亿元", "MONEY")],
     {"2亿元": "开工"}),
    # class: a plan word governs every item of the 、 list it opens (计划新开工…、建成…)
    ("甲县今年计划新开工项目70个、建成项目25个。",
     [("甲县", "PLACE"), ("今年", "DATE"), ("70个", "COUNT"), ("25个", "COUNT")],
     {"70个": None, "25个": None}),
    ("临川区年度计划开工项目60个、竣工项目20个、投产项目15个。",
     [("临川区", "PLACE"), ("60个", "COUNT"), ("20个", "COUNT"), ("15个", "COUNT")],
     {"20个": None, "15个": None}),
    # guard: stage words with no condition after them report the stage
    ("临川区光伏电站项目已竣工投产，年发电量1.2亿千瓦时。",
     [("临川区光伏电站项目", "PROJECT"), ("1.2亿千瓦时", "ENERGY")],
     {"1.2亿千瓦时": "投产"}),
    # guard: a list with no plan word reports its stages
    ("今年甲县新开工项目70个、建成项目25个。",
     [("今年", "DATE"), ("甲县", "PLACE"), ("70个", "COUNT"), ("25个", "COUNT")],
     {"70个": "开工", "25个": "竣工"}),
]


@pytest.mark.parametrize("text, marks, expected", STAGE_CASES)
def test_conditions_and_plans_report_no_stage(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][3] for k in expected} == expected


DEMONSTRATIVE_CASES = [
    # class: a count after 这/那 is the count of the group it points at (unnamed), not the
    # sentence's or paragraph's topic
    ("孟津区举行黄河大桥建设推进会。现在，一起来了解一下这两座大桥的建设情况。",
     [("孟津区", "PLACE"), ("两座", "COUNT")],
     {"两座": None}),
    ("星河市召开交通建设会议，会上介绍了这三条快速路的进展。",
     [("星河市", "PLACE"), ("三条", "COUNT")],
     {"三条": None}),
    ("开元县举行项目观摩活动，观摩团先后察看了这8个项目的建设现场。",
     [("开元县", "PLACE"), ("8个", "COUNT")],
     {"8个": None}),
    # guard: a place written right before 这 owns the group (某市这两个项目)
    ("开元县这两个项目总投资50亿元。",
     [("开元县", "PLACE"), ("两个", "COUNT"), ("50亿元", "MONEY")],
     {"两个": "开元县"}),
]


@pytest.mark.parametrize("text, marks, expected", DEMONSTRATIVE_CASES)
def test_a_count_pointed_at_is_an_unnamed_groups(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][1] for k in expected} == expected


KIND_COUNTED_CASES = [
    # class: a sentence opening with a class of projects and its count (物流类项目2个) is an
    # unnamed group of a breakdown, not the project described in the sentence before
    ("星河电子项目，占地200亩，建成后可年产线路板220万块。物流类项目2个，包括星河物流园项目和华源物流中心项目，总投资16.8亿元。",
     [("星河电子项目", "PROJECT"), ("200亩", "AREA"), ("220万块", "COUNT"), ("2个", "COUNT"),
      ("星河物流园项目", "PROJECT"), ("华源物流中心项目", "PROJECT"), ("16.8亿元", "MONEY")],
     {"200亩": "星河电子项目", "2个": None, "16.8亿元": None}),
    ("华源化工项目总投资12亿元，年产值20亿元。民生类项目5个，总投资8亿元。",
     [("华源化工项目", "PROJECT"), ("12亿元", "MONEY"), ("20亿元", "MONEY"), ("5个", "COUNT"), ("8亿元", "MONEY")],
     {"12亿元": "华源化工项目", "5个": None, "8亿元": None}),
    ("星河物流园项目占地300亩。商贸类项目3个，总投资9.6亿元。",
     [("星河物流园项目", "PROJECT"), ("300亩", "AREA"), ("3个", "COUNT"), ("9.6亿元", "MONEY")],
     {"3个": None, "9.6亿元": None}),
    # guard: a stage and its projects (已开工项目72个) are the place's measure
    ("嵩县今年计划实施重点项目80个。已开工项目72个，开工率90%。",
     [("嵩县", "PLACE"), ("今年", "DATE"), ("80个", "COUNT"), ("72个", "COUNT"), ("90%", "PERCENT")],
     {"80个": "嵩县", "72个": "嵩县", "90%": "嵩县"}),
]


@pytest.mark.parametrize("text, marks, expected", KIND_COUNTED_CASES)
def test_a_class_of_projects_counted_is_an_unnamed_group(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][1] for k in expected} == expected


ATTRIBUTE_TAIL_CASES = [
    # class: an attribute with no figure span of its own after 、 (共5层, 设施一流, 可容纳…学生)
    # closes the figure's chain of attributes: the owner named after its 的 is the figure's
    ("星河景区内将修建建筑面积600余平方米、共5层的云顶酒店，主要吸引青年游客。",
     [("星河景区", "PLACE"), ("600余平方米", "AREA"), ("云顶酒店", "PROJECT")],
     {"600余平方米": "云顶酒店"}),
    ("开元县将新建总投资2.6亿元、可容纳3000名学生的开元县实验中学。",
     [("开元县", "PLACE"), ("2.6亿元", "MONEY"), ("开元县实验中学", "PROJECT")],
     {"2.6亿元": "开元县实验中学"}),
    ("临川区今年建成占地120亩、设施一流的临川区人民医院新院区。",
     [("临川区", "PLACE"), ("今年", "DATE"), ("120亩", "AREA"), ("临川区人民医院新院区", "PROJECT")],
     {"120亩": "临川区人民医院新院区"}),
    # guard: no owner after the 的: the topic keeps the figure
    ("开元县今年引进项目12个、落地企业的数量居全市首位。",
     [("开元县", "PLACE"), ("今年", "DATE"), ("12个", "COUNT")],
     {"12个": "开元县"}),
]


@pytest.mark.parametrize("text, marks, expected", ATTRIBUTE_TAIL_CASES)
def test_an_attribute_without_figure_ends_the_chain(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][1] for k in expected} == expected


EVENT_DATE_CASES = [
    # class: the date of an earlier event in the sentence is not the figure's when a word of
    # now stands between (目前, 如今, 现有) or the date starts a span an event closes (自…以来)
    ("2019年，星河公司落户开元县，目前年产值达到5亿元。",
     [("2019年", "DATE"), ("星河公司", "COMPANY"), ("开元县", "PLACE"), ("5亿元", "MONEY")],
     {"5亿元": None}),
    ("星河物流园2018年开工建设，如今已入驻企业45家。",
     [("星河物流园", "PROJECT"), ("2018年", "DATE"), ("45家", "COUNT")],
     {"45家": None}),
    ("华源公司成立于2015年，现有员工1200人。",
     [("华源公司", "COMPANY"), ("2015年", "DATE"), ("1200人", "COUNT")],
     {"1200人": None}),
    ("自2013年星河集团在开元县开展帮扶工作以来，累计投入资金3000万元。",
     [("2013年", "DATE"), ("星河集团", "COMPANY"), ("开元县", "PLACE"), ("3000万元", "MONEY")],
     {"3000万元": None}),
    # class (regression check): a date of now (this year, the reporting day) is the figure's
    # despite a word of now after it
    ("甲县今年计划新建学校12所，目前已建成9所。",
     [("甲县", "PLACE"), ("今年", "DATE"), ("12所", "COUNT"), ("9所", "COUNT")],
     {"12所": "今年", "9所": "今年"}),
    ("11月18日，记者来到星河社区，社区现有志愿者320名。",
     [("11月18日", "DATE"), ("320名", "COUNT")],
     {"320名": "11月18日"}),
    # guard: 今年以来 is the time itself
    ("今年以来，星河集团累计投入资金3000万元。",
     [("今年", "DATE"), ("星河集团", "COMPANY"), ("3000万元", "MONEY")],
     {"3000万元": "今年"}),
    # guard: 截至目前 is as of now in the period the date gives
    ("该项目2022年计划完成投资9亿元，截至目前完成7.8亿元。",
     [("2022年", "DATE"), ("9亿元", "MONEY"), ("7.8亿元", "MONEY")],
     {"9亿元": "2022年", "7.8亿元": "2022年"}),
]


@pytest.mark.parametrize("text, marks, expected", EVENT_DATE_CASES)
def test_an_earlier_events_date_is_not_the_figures(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][2] for k in expected} == expected


@pytest.mark.parametrize("text, marks, expected", [
    # guard: a clause its owner opens keeps the count pointed at (某县新建的这3所学校)
    ("开元县今年新建的这3所学校，共新增学位4500个。",
     [("开元县", "PLACE"), ("今年", "DATE"), ("3所", "COUNT"), ("4500个", "COUNT")],
     {"3所": "开元县", "4500个": "开元县"}),
])
def test_a_count_pointed_at_in_an_owners_clause_stays_the_owners(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][1] for k in expected} == expected


LIST_CLOSER_CASES = [
    # class: a figure right after a list of owners (甲、乙…; 甲和乙…) is the list's together:
    # no one owner, not the last item's
    ("国庆期间，老君山和白云山景区接待游客12万人次。",
     [("老君山", "PLACE"), ("白云山景区", "PLACE"), ("12万人次", "COUNT")],
     {"12万人次": None}),
    ("前三季度，偃师区、孟津区GDP均增长6.1%。",
     [("前三季度", "DATE"), ("偃师区", "PLACE"), ("孟津区", "PLACE"), ("6.1%", "PERCENT")],
     {"6.1%": None}),
    ("开元县推动星河储能基地、华源乙烯两大龙头项目带动52个配套项目落地。",
     [("开元县", "PLACE"), ("星河储能基地", "PROJECT"), ("华源乙烯", "PROJECT"), ("52个", "COUNT")],
     {"52个": "开元县"}),
    # guard: names written together (河南洛阳) are one owner, the last
    ("河南洛阳GDP增长6.1%。",
     [("河南", "PLACE"), ("洛阳", "PLACE"), ("6.1%", "PERCENT")],
     {"6.1%": "洛阳"}),
    # guard: what a listed firm makes is its own (…、某公司年产360万片…项目等项目)
    ("星河光电产业园、华源轴承生产基地、麦河硅业年产360万片硅片项目等项目有序推进。",
     [("星河光电产业园", "PROJECT"), ("华源轴承生产基地", "PROJECT"), ("麦河硅业", "COMPANY"), ("360万片", "COUNT")],
     {"360万片": "麦河硅业"}),
    # guard: 分别 gives each owner its figure
    ("老君山和白云山景区分别接待游客12万人次和8万人次。",
     [("老君山", "PLACE"), ("白云山景区", "PLACE"), ("12万人次", "COUNT"), ("8万人次", "COUNT")],
     {"12万人次": "老君山", "8万人次": "白云山景区"}),
]


@pytest.mark.parametrize("text, marks, expected", LIST_CLOSER_CASES)
def test_a_figure_after_a_list_of_owners_is_the_lists(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][1] for k in expected} == expected


AREA_WORD_CASES = [
    # class: 该区域/本区域 is an unnamed area (GROUP), not the place word 该区 inside it
    ("星河景区内的原管理站区域为2号地块。该区域将建设建筑面积2000平方米的商业街。",
     [("星河景区", "PLACE"), ("2000平方米", "AREA")],
     {"2000平方米": None}),
    ("开元区将推进老城片区改造。本区域内现有老旧小区36个。",
     [("开元区", "PLACE"), ("36个", "COUNT")],
     {"36个": None}),
    ("临川区北部为生态保护区。该区域森林覆盖率达到65%。",
     [("临川区", "PLACE"), ("65%", "PERCENT")],
     {"65%": None}),
    # guard: 该区 alone is the district
    ("孟津区今年新建公园5个。该区今年新增绿地120公顷。",
     [("孟津区", "PLACE"), ("今年", "DATE"), ("5个", "COUNT"), ("今年", "DATE"), ("120公顷", "AREA")],
     {"120公顷": "孟津区"}),
]


@pytest.mark.parametrize("text, marks, expected", AREA_WORD_CASES)
def test_an_area_referred_to_is_unnamed(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][1] for k in expected} == expected
