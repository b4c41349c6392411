"""Owners of figures in project and firm news: the clauses describing a project an actor
builds, referring words (公司, 该项目) by their label, field records on one line, datelines
and source lines, and 该馆/该院 for the venue named before. Invented sentences; spans given
explicitly (``test_facts.figure_table``)."""

from __future__ import annotations

import pytest

from test_facts import figure_table

DESCRIBED_CASES = [
    # class: actor + 建设 + PROJECT, then its own measure: the clauses after go on describing
    # the project, whatever their measure (年产值, 就业, 建设期, 入驻企业, 新建…)
    ("星河电池在开元县建设星河储能生产基地，总投资90亿元，达产后年产值约200亿元，可带动就业3000人。",
     [("星河电池", "COMPANY"), ("开元县", "PLACE"), ("星河储能生产基地", "PROJECT"), ("90亿元", "MONEY"),
      ("约200亿元", "MONEY"), ("3000人", "COUNT")],
     {"90亿元": ("总投资", "星河储能生产基地"), "约200亿元": ("年产值", "星河储能生产基地"),
      "3000人": ("就业", "星河储能生产基地")}),
    ("华源光电拟投资建设华源连接器产业园二期项目，总投资约25亿元，建设期24个月。",
     [("华源光电", "COMPANY"), ("华源连接器产业园二期项目", "PROJECT"), ("约25亿元", "MONEY"), ("24个月", "DURATION")],
     {"约25亿元": ("总投资", "华源连接器产业园二期项目"), "24个月": ("建设期", "华源连接器产业园二期项目")}),
    ("临川县规划建设了占地3000亩的临川县新材料产业园，累计入驻企业45家。",
     [("临川县", "PLACE"), ("3000亩", "AREA"), ("临川县", "PLACE"), ("新材料产业园", "PROJECT"), ("45家", "COUNT")],
     {"3000亩": ("占地", "新材料产业园"), "45家": ("入驻企业", "新材料产业园")}),
    ("开元区开工建设伊水生态廊道工程，总投资5.6亿元，新建滨河步道18公里。",
     [("开元区", "PLACE"), ("伊水生态廊道工程", "PROJECT"), ("5.6亿元", "MONEY"), ("18公里", "LENGTH")],
     {"5.6亿元": ("总投资", "伊水生态廊道工程"), "18公里": ("新建滨河步道", "伊水生态廊道工程")}),
    # guard: a later sentence about the firm stays the firm's
    ("星河电池在开元县建设星河储能生产基地，总投资90亿元。星河电池去年营业收入120亿元。",
     [("星河电池", "COMPANY"), ("开元县", "PLACE"), ("星河储能生产基地", "PROJECT"), ("90亿元", "MONEY"),
      ("星河电池", "COMPANY"), ("去年", "DATE"), ("120亿元", "MONEY")],
     {"90亿元": ("总投资", "星河储能生产基地"), "120亿元": ("营业收入", "星河电池")}),
    # guard: another actor in a later clause of the sentence is not the project
    ("星河食品签约投资6亿元的中央厨房项目，华源食品在开元区投资4亿元建设冷链仓储基地。",
     [("星河食品", "COMPANY"), ("6亿元", "MONEY"), ("中央厨房项目", "PROJECT"), ("华源食品", "COMPANY"),
      ("开元区", "PLACE"), ("4亿元", "MONEY"), ("冷链仓储基地", "PROJECT")],
     {"6亿元": ("投资", "中央厨房项目")}),
    # guard: a figure of the actor before the project stays the actor's
    ("星河电池去年营业收入120亿元，今年开工建设星河储能生产基地，总投资90亿元。",
     [("星河电池", "COMPANY"), ("去年", "DATE"), ("120亿元", "MONEY"), ("今年", "DATE"),
      ("星河储能生产基地", "PROJECT"), ("90亿元", "MONEY")],
     {"120亿元": ("营业收入", "星河电池"), "90亿元": ("总投资", "星河储能生产基地")}),
]


@pytest.mark.parametrize("text, marks, expected", DESCRIBED_CASES)
def test_the_clauses_describing_a_project_are_its_own(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][:2] for k in expected} == expected


REFERENCE_CASES = [
    # class: 公司 takes a firm, not the project whose figure came last
    ("星河矿业将加快推进东坡二期项目建设，该项目总投资约8亿美元。截至2024年末，公司总资产达到900亿元。",
     [("星河矿业", "COMPANY"), ("东坡二期项目", "PROJECT"), ("约8亿美元", "MONEY"), ("2024年", "DATE"),
      ("900亿元", "MONEY")],
     {"约8亿美元": ("总投资", "东坡二期项目"), "900亿元": ("总资产", "星河矿业")}),
    # class: 该项目 / 项目 take a project, not the firm whose own measure came last
    ("华源光电拟投资建设华源连接器产业园项目，总投资约25亿元。华源光电营业收入150亿元。该项目规划用地约300亩。",
     [("华源光电", "COMPANY"), ("华源连接器产业园项目", "PROJECT"), ("约25亿元", "MONEY"), ("华源光电", "COMPANY"),
      ("150亿元", "MONEY"), ("约300亩", "AREA")],
     {"150亿元": ("营业收入", "华源光电"), "约300亩": ("规划用地", "华源连接器产业园项目")}),
    ("星河电池年营业收入80亿元，正在建设星河储能产业园项目。华源光电营业收入150亿元。项目规划用地约300亩。",
     [("星河电池", "COMPANY"), ("80亿元", "MONEY"), ("星河储能产业园项目", "PROJECT"), ("华源光电", "COMPANY"),
      ("150亿元", "MONEY"), ("约300亩", "AREA")],
     {"约300亩": ("规划用地", "星河储能产业园项目")}),
    # guard: a firm that owns an unnamed project's own measure stands for the project
    ("开工的星河铝业总投资10亿元的项目，主要建设铝型材生产线。该项目投产后，预计年产值20亿元。",
     [("星河铝业", "COMPANY"), ("10亿元", "MONEY"), ("20亿元", "MONEY")],
     {"10亿元": ("总投资", "星河铝业"), "20亿元": ("年产值", "星河铝业")}),
]


@pytest.mark.parametrize("text, marks, expected", REFERENCE_CASES)
def test_a_reference_takes_an_owner_of_its_label(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][:2] for k in expected} == expected


FIELD_CASES = [
    # class: fields of one record on one line: the place or firm in a field saying where or
    # who builds is no owner; the record's project is
    ("3.星河新材料产业园项目。建设单位：星河新材料有限公司；建设地点：开元区；总投资：12亿元。",
     [("星河新材料产业园项目", "PROJECT"), ("星河新材料有限公司", "COMPANY"), ("开元区", "PLACE"), ("12亿元", "MONEY")],
     {"12亿元": ("总投资", "星河新材料产业园项目")}),
    ("项目名称：星河新材料产业园项目；建设地点：开元区；总投资：12亿元；占地面积：300亩。",
     [("星河新材料产业园项目", "PROJECT"), ("开元区", "PLACE"), ("12亿元", "MONEY"), ("300亩", "AREA")],
     {"12亿元": ("总投资", "星河新材料产业园项目"), "300亩": ("占地面积", "星河新材料产业园项目")}),
    ("星河新材料产业园项目。业主单位：星河新材料有限公司，总投资：12亿元。",
     [("星河新材料产业园项目", "PROJECT"), ("星河新材料有限公司", "COMPANY"), ("12亿元", "MONEY")],
     {"12亿元": ("总投资", "星河新材料产业园项目")}),
    # guard: fields on lines of their own (the earlier rule)
    ("项目名称：星河新材料产业园项目\n建设地点：开元区\n总投资：12亿元",
     [("星河新材料产业园项目", "PROJECT"), ("开元区", "PLACE"), ("12亿元", "MONEY")],
     {"12亿元": ("总投资", "星河新材料产业园项目")}),
    # guard: a firm opening a sentence of its own is its subject
    ("星河新材料产业园项目总投资12亿元。星河新材料有限公司去年营业收入30亿元。",
     [("星河新材料产业园项目", "PROJECT"), ("12亿元", "MONEY"), ("星河新材料有限公司", "COMPANY"), ("去年", "DATE"),
      ("30亿元", "MONEY")],
     {"12亿元": ("总投资", "星河新材料产业园项目"), "30亿元": ("营业收入", "星河新材料有限公司")}),
]


@pytest.mark.parametrize("text, marks, expected", FIELD_CASES)
def test_a_field_record_on_one_line_is_its_projects(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][:2] for k in expected} == expected


REPORTER_CASES = [
    # class: a news body opening a dateline before its date, or named after a source field,
    # reports the text and owns none of its figures
    ("开元县融媒体中心 2025年3月2日 今年蔬菜大棚达到180座。",
     [("开元县融媒体中心", "ORG"), ("2025年3月2日", "DATE"), ("今年", "DATE"), ("180座", "COUNT")],
     {"180座": ("蔬菜大棚", None)}),
    ("来源：开元县融媒体中心　作者：张明\n近日，蔬菜订单同比增长了20%。",
     [("开元县融媒体中心", "ORG"), ("张明", "PERSON"), ("20%", "PERCENT")],
     {"20%": ("蔬菜订单增长", None)}),
    ("来源：星河区发展改革委 今年以来，新签约项目32个。",
     [("星河区发展改革委", "ORG"), ("今年", "DATE"), ("32个", "COUNT")],
     {"32个": ("签约项目", None)}),
    # guard: a news body's own figures stay its own
    ("开元县融媒体中心今年共发布稿件3200篇。",
     [("开元县融媒体中心", "ORG"), ("今年", "DATE"), ("3200篇", "COUNT")],
     {"3200篇": ("发布稿件", "开元县融媒体中心")}),
]


@pytest.mark.parametrize("text, marks, expected", REPORTER_CASES)
def test_a_dateline_or_source_body_owns_no_figure(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][:2] for k in expected} == expected


VENUE_CASES = [
    # guard: the venue named in the sentence before
    ("星河博物馆是一座专题博物馆。该馆2019年开馆，占地面积120亩。",
     [("星河博物馆", "PROJECT"), ("2019年", "DATE"), ("120亩", "AREA")],
     {"120亩": ("占地面积", "星河博物馆")}),
    # class: 该馆/该院/该校 refer to the venue or body named last whose name ends with the noun
    # (less 项目), not to the owner of the last figure
    ("开元科技馆项目总投资21亿元。星河公司营业收入30亿元。该馆建筑面积11万平方米。",
     [("开元科技馆项目", "PROJECT"), ("21亿元", "MONEY"), ("星河公司", "COMPANY"), ("30亿元", "MONEY"),
      ("11万平方米", "AREA")],
     {"30亿元": ("营业收入", "星河公司"), "11万平方米": ("建筑面积", "开元科技馆项目")}),
    ("开元县人民医院新院区启用。星河公司营业收入30亿元。该院开放床位800张。",
     [("开元县人民医院", "PROJECT"), ("星河公司", "COMPANY"), ("30亿元", "MONEY"), ("800张", "COUNT")],
     {"800张": ("开放床位", "开元县人民医院")}),
    # guard: 该校 and 该院 still refer to a school or hospital named as a body
    ("星河科技大学位于开元区。该校现有在校生3.5万人。",
     [("星河科技大学", "ORG"), ("开元区", "PLACE"), ("3.5万人", "COUNT")],
     {"3.5万人": ("在校生", "星河科技大学")}),
    ("开元县中心医院今年门诊量达到80万人次。该院开放床位900张。",
     [("开元县中心医院", "ORG"), ("今年", "DATE"), ("80万人次", "COUNT"), ("900张", "COUNT")],
     {"900张": ("开放床位", "开元县中心医院")}),
]


@pytest.mark.parametrize("text, marks, expected", VENUE_CASES)
def test_gai_and_a_venue_noun_refer_to_the_venue_named_before(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][:2] for k in expected} == expected
