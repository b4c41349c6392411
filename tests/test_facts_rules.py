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
    ("南阳召开新闻发布会。全市共确定重大项目300个，年度计划投资500亿元。",
     [("南阳", "PLACE"), ("300个", "COUNT"), ("500亿元", "MONEY")],
     {"300个": ("重大项目", "南阳"), "500亿元": ("年度计划投资", "南阳")}),
    ("伊川县统计局发布公报。年末全县常住人口78万人，城镇化率52.1%。",
     [("伊川县统计局", "ORG"), ("78万人", "COUNT"), ("52.1%", "PERCENT")],
     {"78万人": ("年末常住人口", None), "52.1%": ("城镇化率", None)}),
    ("嵩县位于洛阳西南。2023年全县生产总值达到210亿元。",
     [("嵩县", "PLACE"), ("洛阳", "PLACE"), ("2023年", "DATE"), ("210亿元", "MONEY")],
     {"210亿元": ("生产总值", "嵩县")}),
    ("去年我省重点项目完成投资9800亿元，占年度目标的110%。",
     [("9800亿元", "MONEY"), ("110%", "PERCENT")],
     {"9800亿元": ("重点项目完成投资", None)}),
    ("河南省政府发布消息，去年我省重点项目完成投资9800亿元。",
     [("河南省政府", "ORG"), ("9800亿元", "MONEY")],
     {"9800亿元": ("重点项目完成投资", None)}),
    ("河南经济稳中向好。省统计局发布，去年我省重点项目完成投资9800亿元。",
     [("河南", "PLACE"), ("省统计局", "ORG"), ("9800亿元", "MONEY")],
     {"9800亿元": ("重点项目完成投资", "河南")}),
    ("涧西区召开推进会。2022年第三期全区签约项目6个，总投资41亿元。",
     [("涧西区", "PLACE"), ("2022年", "DATE"), ("6个", "COUNT"), ("41亿元", "MONEY")],
     {"6个": ("签约项目", None), "41亿元": ("总投资", None)}),
    ("洛宁县上半年经济增长6.1%，比全国平均水平5.0%快1.1个百分点。",
     [("洛宁县", "PLACE"), ("上半年", "DATE"), ("6.1%", "PERCENT"), ("5.0%", "PERCENT"), ("1.1个百分点", "PERCENT")],
     {"6.1%": ("经济增长", "洛宁县"), "5.0%": ("全国平均水平", None), "1.1个百分点": (None, "洛宁县")}),
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
     {"9亿元": ("总投资", "宏达智能装备产业园"), "200万人次": ("年接待游客", None)}),
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
    ("宜阳纵跨洛河、伊河两大流域，常住人口约60万。",
     [("宜阳", "PLACE"), ("洛河", "PLACE"), ("伊河", "PLACE"), ("约60万", "COUNT")],
     {"约60万": ("常住人口", "宜阳")}),
    ("阳光新能源力争到2025年在洛阳光伏装机达到500兆瓦。",
     [("阳光新能源", "COMPANY"), ("2025年", "DATE"), ("洛阳", "PLACE"), ("500兆瓦", "POWER")],
     {"500兆瓦": ("光伏装机", "阳光新能源")}),
    # a region of the firm the paragraph is about stays the firm's
    ("龙腾集团去年铜产量20万吨。同时，中国区钼产量1.5万吨。",
     [("龙腾集团", "COMPANY"), ("20万吨", "MASS"), ("中国区", "PLACE"), ("1.5万吨", "MASS")],
     {"20万吨": ("铜产量", "龙腾集团"), "1.5万吨": ("钼产量", "龙腾集团")}),
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
    ("10月8日，此次活动宜阳县共签约项目5个，总投资30亿元。",
     [("10月8日", "DATE"), ("宜阳县", "PLACE"), ("5个", "COUNT"), ("30亿元", "MONEY")],
     {"5个": ("签约项目", "宜阳县"), "30亿元": ("总投资", "宜阳县")}),
    ("甲风电场项目、乙风电场项目近日获批。这两个项目装机规模300MW，项目总投资20亿元。",
     [("甲风电场项目", "PROJECT"), ("乙风电场项目", "PROJECT"), ("300MW", "POWER"), ("20亿元", "MONEY")],
     {"300MW": ("装机规模", None), "20亿元": ("总投资", None)}),
    ("偃师区与恒源投资公司签署协议。双方将合作设立产业基金，总规模50亿元。",
     [("偃师区", "PLACE"), ("恒源投资公司", "COMPANY"), ("50亿元", "MONEY")],
     {"50亿元": ("总规模", None)}),
    ("老城区今年开工项目30个。集中开工的30个项目中，工业项目18个，服务业项目12个。",
     [("老城区", "PLACE"), ("30个", "COUNT"), ("30个", "COUNT"), ("18个", "COUNT"), ("12个", "COUNT")],
     {"18个": ("工业项目", None), "12个": ("服务业项目", None)}),
    ("县发改委有关负责人介绍，今年以来签约项目12个，总投资45亿元。",
     [("县发改委", "ORG"), ("12个", "COUNT"), ("45亿元", "MONEY")],
     {"12个": ("签约项目", None), "45亿元": ("总投资", None)}),
    ("会上集中开工了总投资6亿元的一批民生工程。",
     [("6亿元", "MONEY")],
     {"6亿元": ("总投资", None)}),
]


@pytest.mark.parametrize("text,marks,expected", GROUP_CASES, ids=map(case_id, GROUP_CASES))
def test_unnamed_groups_stay_null(text, marks, expected):
    check(text, marks, expected)


# 4. a firm owns what it produces (X公司年产…), a counted batch after 的 is the topic's, and
#    该项目 is the subject of the figure stated last when that came after the last project named
OWNER_CASES = [
    ("总投资20亿元的华源铝业年产10万吨铝板及年产2万吨铝箔项目开工。",
     [("20亿元", "MONEY"), ("华源铝业", "COMPANY"), ("10万吨", "MASS"), ("2万吨", "MASS")],
     {"20亿元": ("总投资", "华源铝业"), "10万吨": ("年产能", "华源铝业"), "2万吨": ("年产能", "华源铝业")}),
    ("汝州市举行集中开工活动，总投资30亿元的12个项目集中开工。",
     [("汝州市", "PLACE"), ("30亿元", "MONEY"), ("12个", "COUNT")],
     {"30亿元": ("总投资", "汝州市"), "12个": ("开工项目", "汝州市")}),
    ("青禾生物项目总投资3亿元。恒达科技公司总投资15亿元的项目今日开工。该项目投产后年产值可达30亿元。",
     [("青禾生物项目", "PROJECT"), ("3亿元", "MONEY"), ("恒达科技公司", "COMPANY"), ("15亿元", "MONEY"),
      ("30亿元", "MONEY")],
     {"15亿元": ("总投资", "恒达科技公司"), "30亿元": ("年产值", "恒达科技公司")}),
    ("天玉建材项目位于郏县，拟建设年产20万吨的氧化钙生产线4条。",
     [("天玉建材项目", "PROJECT"), ("郏县", "PLACE"), ("20万吨", "MASS"), ("4条", "COUNT")],
     {"20万吨": ("年产能", "天玉建材项目"), "4条": ("氧化钙生产线", "天玉建材项目")}),
]


@pytest.mark.parametrize("text,marks,expected", OWNER_CASES, ids=map(case_id, OWNER_CASES))
def test_owners_of_capacities_batches_and_references(text, marks, expected):
    check(text, marks, expected)


# 5. metrics: the shortest form that keeps the meaning — nouns and modifiers written before a
#    measure stay (夏粮总产量, 重点项目完成投资), scope words, verbs and the owner's head noun go;
#    the abbreviation in brackets gives way to the measure; 年产 is reported as 年产能
METRIC_CASES = [
    ("全市夏粮总产量280万吨，同比增长0.5%。",
     [("280万吨", "MASS"), ("0.5%", "PERCENT")],
     {"280万吨": ("夏粮总产量", None), "0.5%": ("夏粮总产量增长", None)}),
    ("上半年带动全市重点项目完成投资380亿元。",
     [("上半年", "DATE"), ("380亿元", "MONEY")],
     {"380亿元": ("重点项目完成投资", None)}),
    ("人均地区生产总值达到10.9万元，一期总投资8亿元。",
     [("10.9万元", "MONEY"), ("8亿元", "MONEY")],
     {"10.9万元": ("人均地区生产总值", None), "8亿元": ("一期总投资", None)}),
    ("上半年实现地区生产总值(GDP)1666亿元，同比增长4.5%。",
     [("上半年", "DATE"), ("1666亿元", "MONEY"), ("4.5%", "PERCENT")],
     {"1666亿元": ("地区生产总值", None), "4.5%": ("地区生产总值增长", None)}),
    ("金海光伏项目总投资额25亿元，年产组件3GW，设置停车位300个。",
     [("金海光伏项目", "PROJECT"), ("25亿元", "MONEY"), ("300个", "COUNT")],
     {"25亿元": ("总投资", "金海光伏项目"), "300个": ("停车位", "金海光伏项目")}),
    ("该项目施工总工期为5年，施工筹建期2年。",
     [("5年", "DURATION"), ("2年", "DURATION")],
     {"5年": ("施工总工期", None), "2年": ("施工筹建期", None)}),
    ("双方签署了300兆瓦光伏项目合作协议。",
     [("300兆瓦", "POWER")],
     {"300兆瓦": (None, None)}),
    ("今年以来收集有效线索120余条。",
     [("120余条", "COUNT")],
     {"120余条": ("有效线索", None)}),
]


@pytest.mark.parametrize("text,marks,expected", METRIC_CASES, ids=map(case_id, METRIC_CASES))
def test_metrics_keep_what_makes_them_a_measure(text, marks, expected):
    check(text, marks, expected)


# 6. counted batches of projects: the stage written with the count (开工项目), or the amount
#    that names the class (超10亿元项目); lists after 分别: each figure its own item
BATCH_CASES = [
    ("今年第二批的45个项目全部开工，总投资150亿元。",
     [("45个", "COUNT"), ("150亿元", "MONEY")],
     {"45个": ("开工项目", None)}),
    ("其中，总投资超10亿元项目6个，总投资5亿元—10亿元项目9个。",
     [("超10亿元", "MONEY"), ("6个", "COUNT"), ("5亿元—10亿元", "MONEY"), ("9个", "COUNT")],
     {"6个": ("超10亿元项目", None), "9个": ("5亿元—10亿元项目", None)}),
    ("期内铜、钴产量分别为20万吨和2万吨，按年分别增14.5%及20%。",
     [("20万吨", "MASS"), ("2万吨", "MASS"), ("14.5%", "PERCENT"), ("20%", "PERCENT")],
     {"20万吨": ("铜产量", None), "2万吨": ("钴产量", None), "14.5%": ("铜产量增长", None),
      "20%": ("钴产量增长", None)}),
    ("电子、材料产业增加值分别增长12.0%和4.6%，比上半年分别加快0.8和1.0个百分点。",
     [("12.0%", "PERCENT"), ("4.6%", "PERCENT"), ("0.8", "PERCENT"), ("1.0个百分点", "PERCENT")],
     {"12.0%": ("电子产业增加值增长", None), "4.6%": ("材料产业增加值增长", None),
      "0.8": ("电子产业增加值增速加快", None), "1.0个百分点": ("材料产业增加值增速加快", None)}),
    ("钼、钨产量分别为1.6万吨和8600吨，分别按年上升18.9%及下跌0.25%。",
     [("1.6万吨", "MASS"), ("8600吨", "MASS"), ("18.9%", "PERCENT"), ("0.25%", "PERCENT")],
     {"18.9%": ("钼产量增长", None), "0.25%": ("钨产量下跌", None)}),
    ("工业增加值增长4.7%，比上半年加快0.6个百分点。",
     [("4.7%", "PERCENT"), ("0.6个百分点", "PERCENT")],
     {"0.6个百分点": ("工业增加值增速加快", None)}),
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
    ("远航矿业去年铜产量30万吨。\n同时，巴西铌产量9000吨。",
     [("远航矿业", "COMPANY"), ("30万吨", "MASS"), ("巴西", "PLACE"), ("9000吨", "MASS")],
     {"9000吨": ("铌产量", "远航矿业")}),
    ("远航矿业去年铜产量30万吨。同时，漯河市工业投资增长8%。",
     [("远航矿业", "COMPANY"), ("30万吨", "MASS"), ("漯河市", "PLACE"), ("8%", "PERCENT")],
     {"8%": ("工业投资增长", "漯河市")}),
    ("今年前两批开工的324个重大项目已完成投资565亿元。",
     [("324个", "COUNT"), ("565亿元", "MONEY")],
     {"565亿元": ("已完成投资", None)}),
    ("交通和通讯价格下降0.2%，该酒店建筑面积3万平方米。",
     [("0.2%", "PERCENT"), ("3万平方米", "AREA")],
     {"0.2%": ("交通和通讯价格下降", None), "3万平方米": ("建筑面积", None)}),
    ("增速高于全省水平1.4个百分点，与全国平均增长3.9%相比仍快。",
     [("1.4个百分点", "PERCENT"), ("3.9%", "PERCENT")],
     {"1.4个百分点": ("增速高于全省水平", None), "3.9%": ("全国平均增长", None)}),
    ("一号地块的一大特色是云杉酒店。该酒店建筑面积2万平方米。同时，该区域还将建设12间书店。",
     [("云杉酒店", "PROJECT"), ("2万平方米", "AREA"), ("12间", "COUNT")],
     {"2万平方米": ("建筑面积", "云杉酒店"), "12间": ("书店", None)}),
    ("其中15个项目作为“开工一批”活动项目，总投资60亿元。",
     [("15个", "COUNT"), ("60亿元", "MONEY")],
     {"15个": ("项目", None)}),
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
    ("省、市重点项目完成投资分别占年度计划的150%、160%。",
     [("150%", "PERCENT"), ("160%", "PERCENT")],
     {"150%": ("省重点项目完成投资占年度计划", None), "160%": ("市重点项目完成投资占年度计划", None)}),
    ("甲高速年度计划投资9亿元，截至目前完成7.8亿元。",
     [("甲高速", "PROJECT"), ("9亿元", "MONEY"), ("7.8亿元", "MONEY")],
     {"7.8亿元": ("完成投资", "甲高速")}),
    ("此次共集中开工150个亿元以上重大项目。又有88个沿黄生态保护重点项目开工。",
     [("150个", "COUNT"), ("亿元以上", "MONEY"), ("88个", "COUNT"), ("沿黄", "PLACE")],
     {"150个": ("重大项目", None), "88个": ("开工项目", None)}),
    ("钢铁、建材、化工等传统产业增加值分别增长3.1%、2.0%和5.5%。",
     [("3.1%", "PERCENT"), ("2.0%", "PERCENT"), ("5.5%", "PERCENT")],
     {"3.1%": ("钢铁产业增加值增长", None), "5.5%": ("化工产业增加值增长", None)}),
    ("失业人员实现再就业900人，拟派末期息每股0.1元，力争到“十四五”末开发容量达到800兆瓦。",
     [("900人", "COUNT"), ("0.1元", "MONEY"), ("800兆瓦", "POWER")],
     {"900人": ("失业人员再就业", None), "0.1元": ("末期息每股", None), "800兆瓦": ("开发容量", None)}),
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
