"""Facts of kinds of articles hunted in session 22 (helper i): environment, energy, transport,
tourism, education and health, housing and land, technology, finance and events. Invented
sentences; spans given explicitly (``test_facts.figure_table``)."""

from __future__ import annotations

import pytest

from test_facts import figure_table


def pick(text, marks, expected):
    """(metric, subject) of the figures ``expected`` names."""
    got = figure_table(text, marks)
    return {k: got[k][:2] for k in expected}


KIND_CASES = [
    # class: a verbal noun right before a measure, after a noun or opening the words, names
    # the measure's kind (商品房|销售|面积, 供热|面积, 国有|建设|用地); sector measures the
    # table knows (房地产开发投资, 售电量)
    ("1—6月，全县商品房销售面积为42.6万平方米，同比下降3.1%。",
     [("1—6月", "DATE"), ("42.6万平方米", "AREA"), ("3.1%", "PERCENT")],
     {"42.6万平方米": ("商品房销售面积", None), "3.1%": ("商品房销售面积下降", None)}),
    ("某某热力有限公司今年供热面积达到960万平方米。",
     [("某某热力有限公司", "COMPANY"), ("今年", "DATE"), ("960万平方米", "AREA")],
     {"960万平方米": ("供热面积", "某某热力有限公司")}),
    ("前三季度，全市供应国有建设用地6200亩，商品房待售面积为86万平方米。",
     [("前三季度", "DATE"), ("6200亩", "AREA"), ("86万平方米", "AREA")],
     {"6200亩": ("国有建设用地", None), "86万平方米": ("商品房待售面积", None)}),
    ("1—8月，全县房地产开发投资完成36.2亿元，同比增长2.4%。",
     [("1—8月", "DATE"), ("36.2亿元", "MONEY"), ("2.4%", "PERCENT")],
     {"36.2亿元": ("房地产开发投资", None), "2.4%": ("房地产开发投资增长", None)}),
    ("某某供电公司上半年完成售电量62.8亿千瓦时。",
     [("某某供电公司", "COMPANY"), ("上半年", "DATE"), ("62.8亿千瓦时", "ENERGY")],
     {"62.8亿千瓦时": ("售电量", "某某供电公司")}),
    # guards: a verbal noun after a verb is the verb's object, not the measure's kind; nor
    # does one join after a one-character noun a verb before it may end (安置|房|建设)
    ("今年，某某区安置房建设面积达到86万平方米。",
     [("今年", "DATE"), ("某某区", "PLACE"), ("86万平方米", "AREA")],
     {"86万平方米": ("面积", "某某区")}),
    ("从签约到开工建设用时不到90天。",
     [("不到90天", "DURATION")],
     {"不到90天": ("用时", None)}),
]


@pytest.mark.parametrize("text, marks, expected", KIND_CASES)
def test_a_verbal_noun_before_a_measure_names_its_kind(text, marks, expected):
    assert pick(text, marks, expected) == expected


TOTAL_CASES = [
    # class: a running total after an increment (新增…N家，累计达到M家) counts what the increment
    # counts, without the word of addition; a long name of a kind of firm added is kept whole
    ("全区新增高新技术企业120家，总数达到860家。",
     [("120家", "COUNT"), ("860家", "COUNT")],
     {"120家": ("新增高新技术企业", None), "860家": ("高新技术企业", None)}),
    ("今年全市新建充电桩3860个，累计达到2.36万个。",
     [("今年", "DATE"), ("3860个", "COUNT"), ("2.36万个", "COUNT")],
     {"2.36万个": ("充电桩", None)}),
    ("全县新培育市场主体3200户，总量达到5.6万户。",
     [("3200户", "COUNT"), ("5.6万户", "COUNT")],
     {"5.6万户": ("市场主体", None)}),
    ("今年某某区新增国家级专精特新小巨人企业5家，累计达到21家。",
     [("今年", "DATE"), ("某某区", "PLACE"), ("5家", "COUNT"), ("21家", "COUNT")],
     {"5家": ("新增国家级专精特新小巨人企业", "某某区"), "21家": ("国家级专精特新小巨人企业", "某某区")}),
    # guard: a total after an amount with no word of addition names nothing new
    ("全县发放贷款12亿元，累计达到86亿元。",
     [("12亿元", "MONEY"), ("86亿元", "MONEY")],
     {"86亿元": (None, None)}),
]


@pytest.mark.parametrize("text, marks, expected", TOTAL_CASES)
def test_a_running_total_counts_what_the_increment_counts(text, marks, expected):
    assert pick(text, marks, expected) == expected


BUILT_CASES = [
    # class: 投资N亿元建设X项目 with no actor before the sum: the sum is the project's it builds
    # (SPEC: the subject is the PROJECT the figure belongs to), and the clauses after it go
    # on describing that project
    ("投资50亿元建设某某新能源电池材料产业园项目，占地1200亩。",
     [("50亿元", "MONEY"), ("某某新能源电池材料产业园项目", "PROJECT"), ("1200亩", "AREA")],
     {"50亿元": ("投资", "某某新能源电池材料产业园项目"), "1200亩": ("占地", "某某新能源电池材料产业园项目")}),
    ("投资8.6亿元建设某某县城乡供水一体化工程，铺设供水管网320公里。",
     [("8.6亿元", "MONEY"), ("某某县城乡供水一体化工程", "PROJECT"), ("320公里", "LENGTH")],
     {"8.6亿元": ("投资", "某某县城乡供水一体化工程"), "320公里": ("铺设供水管网", "某某县城乡供水一体化工程")}),
    ("今年计划投资6.2亿元建设某某污水处理厂提标改造工程。",
     [("今年", "DATE"), ("6.2亿元", "MONEY"), ("某某污水处理厂提标改造工程", "PROJECT")],
     {"6.2亿元": ("计划投资", "某某污水处理厂提标改造工程")}),
    ("拟投资3.5亿元新建某某医院门诊综合楼项目，新增床位600张。",
     [("3.5亿元", "MONEY"), ("某某医院门诊综合楼项目", "PROJECT"), ("600张", "COUNT")],
     {"3.5亿元": ("投资", "某某医院门诊综合楼项目"), "600张": ("新增床位", "某某医院门诊综合楼项目")}),
    # guards: an actor named before the sum keeps it (a firm's or a city's investment)
    ("某某科技有限公司投资5亿元建设某某新材料项目。",
     [("某某科技有限公司", "COMPANY"), ("5亿元", "MONEY"), ("某某新材料项目", "PROJECT")],
     {"5亿元": ("投资", "某某科技有限公司")}),
    ("某某市投资26亿元建设某某生态廊道项目。",
     [("某某市", "PLACE"), ("26亿元", "MONEY"), ("某某生态廊道项目", "PROJECT")],
     {"26亿元": ("投资", "某某市")}),
]


@pytest.mark.parametrize("text, marks, expected", BUILT_CASES)
def test_a_sum_no_actor_invests_is_the_project_s_it_builds(text, marks, expected):
    assert pick(text, marks, expected) == expected


UNLABELLED_CASES = [
    # class: a change after a level written in a unit no figure label has (a concentration,
    # tonnes of coal equivalent per unit: no span) measures that level's measure
    ("全市PM2.5平均浓度为42微克/立方米，同比下降8.7%；PM10平均浓度为71微克/立方米，同比下降5.3%。",
     [("8.7%", "PERCENT"), ("5.3%", "PERCENT")],
     {"8.7%": ("PM2.5平均浓度下降", None), "5.3%": ("PM10平均浓度下降", None)}),
    ("1—9月，全县臭氧浓度为152微克/立方米，同比上升4.1%。",
     [("1—9月", "DATE"), ("4.1%", "PERCENT")],
     {"4.1%": ("臭氧浓度增长", None)}),
    ("上半年，全县二氧化硫平均浓度为9微克/立方米，同比降低10%。",
     [("上半年", "DATE"), ("10%", "PERCENT")],
     {"10%": ("二氧化硫平均浓度降低", None)}),
    ("某某局通报，1—9月全市PM2.5平均浓度为38微克/立方米，同比下降9.5%。",
     [("1—9月", "DATE"), ("9.5%", "PERCENT")],
     {"9.5%": ("PM2.5平均浓度下降", None)}),
    # guard: a rank is no level (居全省第6位)
    ("上半年全县GDP居全市第3位，同比增长5.1%。",
     [("上半年", "DATE"), ("5.1%", "PERCENT")],
     {"5.1%": ("增长", None)}),
]


@pytest.mark.parametrize("text, marks, expected", UNLABELLED_CASES)
def test_a_change_after_an_unlabelled_level_measures_that_level(text, marks, expected):
    assert pick(text, marks, expected) == expected


ENERGY_CASES = [
    # class: energy consumption is a table measure (综合能源消费量, 能源消费总量)
    ("今年上半年，全市规模以上工业企业综合能源消费量为826.5万吨标准煤，同比下降2.3%。",
     [("今年上半年", "DATE"), ("826.5万吨", "MASS"), ("2.3%", "PERCENT")],
     {"826.5万吨": ("规模以上工业企业综合能源消费量", None), "2.3%": ("规模以上工业企业综合能源消费量下降", None)}),
    # guard: the plain name read as a free phrase before stays as it was
    ("全县能源消费总量控制在186万吨标准煤以内。",
     [("186万吨", "MASS")],
     {"186万吨": ("能源消费总量", None)}),
]


@pytest.mark.parametrize("text, marks, expected", ENERGY_CASES)
def test_energy_consumption_is_a_measure(text, marks, expected):
    assert pick(text, marks, expected) == expected


VENUE_CASES = [
    # class: a bare noun of a venue or body opening a clause (学校现有…, 电站建成后…, 医院…)
    # refers, as 该校 / 该站 / 该院 do, to the one named last with that ending
    ("某某大学今年招收本科生6200人。\n学校现有全日制在校生3.8万人，专任教师2100人。",
     [("某某大学", "ORG"), ("今年", "DATE"), ("6200人", "COUNT"), ("3.8万人", "COUNT"), ("2100人", "COUNT")],
     {"3.8万人": ("全日制在校生", "某某大学"), "2100人": ("专任教师", "某某大学")}),
    ("某某抽水蓄能电站项目总投资约82亿元。\n电站建成后，每年减少二氧化碳排放约95万吨。",
     [("某某抽水蓄能电站项目", "PROJECT"), ("约82亿元", "MONEY"), ("约95万吨", "MASS")],
     {"约95万吨": ("每年减少二氧化碳排放", "某某抽水蓄能电站项目")}),
    ("某某职业技术学院与12家企业签约。\n学校今年录取新生9800人。",
     [("某某职业技术学院", "ORG"), ("12家", "COUNT"), ("今年", "DATE"), ("9800人", "COUNT")],
     {"9800人": ("录取新生", "某某职业技术学院")}),
    ("某某市第一人民医院新院区今年投入使用。\n医院全年完成手术3.2万台次。",
     [("某某市第一人民医院新院区", "ORG"), ("今年", "DATE"), ("3.2万台次", "COUNT")],
     {"3.2万台次": ("完成手术", "某某市第一人民医院新院区")}),
    # guard: with no venue of that ending named, the noun refers to nothing
    ("全市学校现有在校生52万人。",
     [("52万人", "COUNT")],
     {"52万人": ("学校现有在校生", None)}),
]


@pytest.mark.parametrize("text, marks, expected", VENUE_CASES)
def test_a_bare_venue_noun_opening_a_clause_refers_to_the_venue(text, marks, expected):
    assert pick(text, marks, expected) == expected


def date_of(text, marks, figure):
    """The date text of ``figure``'s fact (figure_table's third column)."""
    return figure_table(text, marks)[figure][2]


RECOVERY_CASES = [
    # class: a share of a past level reached again (恢复到2019年同期的135%) measures the
    # recovery of the measure before it (接待游客恢复), each of a 分别 list its own; the past
    # year is the yardstick, not the figure's date
    ("国庆假期，全市实现旅游收入38.6亿元，恢复至2019年同期的92.3%。",
     [("38.6亿元", "MONEY"), ("2019年", "DATE"), ("92.3%", "PERCENT")],
     {"92.3%": ("旅游收入恢复", None)}),
    ("春节假期，某某县接待游客126.8万人次，实现旅游综合收入8.9亿元，同比分别恢复到2019年同期的135%和128%。",
     [("某某县", "PLACE"), ("126.8万人次", "COUNT"), ("8.9亿元", "MONEY"), ("2019年", "DATE"), ("135%", "PERCENT"),
      ("128%", "PERCENT")],
     {"135%": ("接待游客恢复", "某某县"), "128%": ("旅游综合收入恢复", "某某县")}),
    ("今年以来，全市旅游收入恢复到2019年同期的96%。",
     [("今年", "DATE"), ("2019年", "DATE"), ("96%", "PERCENT")],
     {"96%": ("旅游收入恢复", None)}),
]


@pytest.mark.parametrize("text, marks, expected", RECOVERY_CASES)
def test_a_recovery_share_measures_the_recovery_of_the_measure(text, marks, expected):
    assert pick(text, marks, expected) == expected


def test_the_year_a_recovery_reaches_again_is_no_date_of_the_figure():
    text = "1—5月，某某县接待游客126.8万人次，恢复到2019年同期的135%。"
    marks = [("1—5月", "DATE"), ("某某县", "PLACE"), ("126.8万人次", "COUNT"), ("2019年", "DATE"), ("135%", "PERCENT")]
    assert date_of(text, marks, "135%") == "1—5月"


SPAN_OF_TIME_CASES = [
    # class: a span of time after a word of shortening (缩短至) or of a duration (时长) is
    # measured by the words before it; 最高达 ends 最高 (a word), not 最 + the filler 高达
    ("某某医院开放床位4200张，平均住院日缩短至7.8天。",
     [("某某医院", "ORG"), ("4200张", "COUNT"), ("7.8天", "DURATION")],
     {"7.8天": ("平均住院日", "某某医院")}),
    ("赛事期间，累计服务时长超过12万小时。",
     [("超过12万小时", "DURATION")],
     {"超过12万小时": ("累计服务时长", None)}),
    ("志愿服务时长达到3.6万小时。",
     [("3.6万小时", "DURATION")],
     {"3.6万小时": ("志愿服务时长", None)}),
    ("某某景区单日接待游客最高达5.2万人次。",
     [("某某景区", "PLACE"), ("5.2万人次", "COUNT")],
     {"5.2万人次": ("单日接待游客最高", "某某景区")}),
    ("国庆期间，全市单日发送旅客最高达6.3万人次。",
     [("6.3万人次", "COUNT")],
     {"6.3万人次": ("单日发送旅客最高", None)}),
]


@pytest.mark.parametrize("text, marks, expected", SPAN_OF_TIME_CASES)
def test_spans_of_time_and_peaks_keep_their_measure(text, marks, expected):
    assert pick(text, marks, expected) == expected


RATE_CASES = [
    # class: a long name of a rate of compliance or treatment (…水质达标率, …集中处理率) is an
    # indicator's name, kept whole past ten characters (facts_cues.tsv indicator_head)
    ("全市县级以上集中式饮用水水源地水质达标率保持100%。",
     [("100%", "PERCENT")],
     {"100%": ("县级以上集中式饮用水水源地水质达标率", None)}),
    ("全县城市生活污水集中处理率达到98.6%。",
     [("98.6%", "PERCENT")],
     {"98.6%": ("城市生活污水集中处理率", None)}),
    ("上半年，全市农村生活垃圾无害化处理率达到92%。",
     [("上半年", "DATE"), ("92%", "PERCENT")],
     {"92%": ("农村生活垃圾无害化处理率", None)}),
]


@pytest.mark.parametrize("text, marks, expected", RATE_CASES)
def test_a_long_name_of_a_rate_is_kept_whole(text, marks, expected):
    assert pick(text, marks, expected) == expected


NORMAL_CASES = [
    # class: a departure from the normal (比常年偏少18%, 较常年偏多12%) is a change of the
    # measure before it (偏少, 偏多 … growth words), not a measure named 常年偏少
    ("今年全市平均降水量为568.6毫米，比常年偏少18%。",
     [("今年", "DATE"), ("568.6毫米", "LENGTH"), ("18%", "PERCENT")],
     {"18%": ("平均降水量偏少", None)}),
    ("全年降水量612毫米，较常年偏多12%。",
     [("612毫米", "LENGTH"), ("12%", "PERCENT")],
     {"12%": ("降水量偏多", None)}),
    ("6月全县日照时数为182小时，比常年偏少15%。",
     [("6月", "DATE"), ("182小时", "DURATION"), ("15%", "PERCENT")],
     {"15%": ("日照时数偏少", None)}),
]


@pytest.mark.parametrize("text, marks, expected", NORMAL_CASES)
def test_a_departure_from_the_normal_is_a_change_of_the_measure(text, marks, expected):
    assert pick(text, marks, expected) == expected
