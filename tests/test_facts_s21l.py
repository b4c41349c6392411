"""Facts of kinds of articles hunted in session 21 (helper l): statistical bulletins, holiday
tourism reports, bank and firm results, signing fairs, health work summaries. Invented
sentences; spans given explicitly (``test_facts.figure_table``)."""

from __future__ import annotations

import pytest

from test_facts import figure_table


def pick(text, marks, expected):
    """The fields of ``figure_table`` the expected rows give: (metric, subject) or, with a
    third item, (metric, subject, stage)."""
    got = figure_table(text, marks)
    out = {}
    for k, want in expected.items():
        m, s, _, st = got[k]
        out[k] = (m, s, st) if len(want) == 3 else (m, s)
    return out


ANNUAL_CASES = [
    # class: 全年 before a scope word (全年全县, 全年全区) is the bulletin's year, no part of
    # the measure after the scope word (as 全年出生人口 -> 出生人口)
    ("初步核算，全年全县地区生产总值312.5亿元，比上年增长5.6%。",
     [("312.5亿元", "MONEY"), ("5.6%", "PERCENT")],
     {"312.5亿元": ("地区生产总值", None), "5.6%": ("地区生产总值增长", None)}),
    ("全年全区社会消费品零售总额86亿元，比上年增长5.1%。",
     [("86亿元", "MONEY"), ("5.1%", "PERCENT")],
     {"86亿元": ("社会消费品零售总额", None), "5.1%": ("社会消费品零售总额增长", None)}),
    ("全年全市一般公共预算收入412亿元，增长8.6%。",
     [("412亿元", "MONEY"), ("8.6%", "PERCENT")],
     {"412亿元": ("一般公共预算收入", None), "8.6%": ("一般公共预算收入增长", None)}),
    ("全年全县居民人均可支配收入21560元。",
     [("21560元", "MONEY")],
     {"21560元": ("居民人均可支配收入", None)}),
    # guard: 全年 right before a measure opening with 年 is read whole (s20-B: 全年接待游客)
    ("栾川县全年接待游客1860万人次。",
     [("栾川县", "PLACE"), ("1860万人次", "COUNT")],
     {"1860万人次": ("全年接待游客", "栾川县")}),
    # guard: 年末 before a scope word stays (年末全区常住人口 -> 年末常住人口)
    ("年末全区常住人口48.5万人。",
     [("48.5万人", "COUNT")],
     {"48.5万人": ("年末常住人口", None)}),
]


@pytest.mark.parametrize("text, marks, expected", ANNUAL_CASES)
def test_a_bulletins_year_before_a_scope_word_is_no_part_of_the_measure(text, marks, expected):
    assert pick(text, marks, expected) == expected


COUNTED_OWNERS_CASES = [
    # class: listed owners, then their number and kind (三大景区, 两家企业, 等四个县), then 分别:
    # the i-th owner takes the i-th figure, each the measure after 分别
    ("老君山、龙门石窟、白云山三大景区分别接待游客12.3万人次、20.6万人次和6.8万人次。",
     [("老君山", "PLACE"), ("龙门石窟", "PLACE"), ("白云山", "PLACE"), ("12.3万人次", "COUNT"),
      ("20.6万人次", "COUNT"), ("6.8万人次", "COUNT")],
     {"12.3万人次": ("接待游客", "老君山"), "20.6万人次": ("接待游客", "龙门石窟"),
      "6.8万人次": ("接待游客", "白云山")}),
    ("星河电池、华源光电两家企业分别实现营业收入86亿元和42亿元。",
     [("星河电池", "COMPANY"), ("华源光电", "COMPANY"), ("两家", "COUNT"), ("86亿元", "MONEY"), ("42亿元", "MONEY")],
     {"86亿元": ("营业收入", "星河电池"), "42亿元": ("营业收入", "华源光电")}),
    ("开元县、临川县、星河区、伊水县等四个县区分别增长12.3%、10.8%、9.6%和8.1%。",
     [("开元县", "PLACE"), ("临川县", "PLACE"), ("星河区", "PLACE"), ("伊水县", "PLACE"), ("四个", "COUNT"),
      ("12.3%", "PERCENT"), ("10.8%", "PERCENT"), ("9.6%", "PERCENT"), ("8.1%", "PERCENT")],
     {"12.3%": ("增长", "开元县"), "10.8%": ("增长", "临川县"), "9.6%": ("增长", "星河区"), "8.1%": ("增长", "伊水县")}),
    # the growth is of the measure before the owners in the sentence, not of the count's noun
    ("全市固定资产投资增长6.9%，开元县、临川县、星河区三个县区分别增长12.3%、10.8%和9.6%。",
     [("6.9%", "PERCENT"), ("开元县", "PLACE"), ("临川县", "PLACE"), ("星河区", "PLACE"), ("三个", "COUNT"),
      ("12.3%", "PERCENT"), ("10.8%", "PERCENT"), ("9.6%", "PERCENT")],
     {"12.3%": ("固定资产投资增长", "开元县"), "9.6%": ("固定资产投资增长", "星河区")}),
]


@pytest.mark.parametrize("text, marks, expected", COUNTED_OWNERS_CASES)
def test_owners_listed_with_their_number_take_the_figures_after_fenbie(text, marks, expected):
    assert pick(text, marks, expected) == expected


COMPARABLE_CASES = [
    # class: a basis of comparison (按可比口径, 按可比价格计算, 按现价计算) before 分别增长: the
    # growth of each measure listed before, not a measure named 按可比口径
    ("全市共接待游客486万人次，实现旅游收入32.1亿元，按可比口径分别增长35.6%和41.2%。",
     [("486万人次", "COUNT"), ("32.1亿元", "MONEY"), ("35.6%", "PERCENT"), ("41.2%", "PERCENT")],
     {"35.6%": ("接待游客增长", None), "41.2%": ("旅游收入增长", None)}),
    ("开元县地区生产总值186亿元，工业增加值62亿元，按可比价格计算分别增长6.2%和8.1%。",
     [("开元县", "PLACE"), ("186亿元", "MONEY"), ("62亿元", "MONEY"), ("6.2%", "PERCENT"), ("8.1%", "PERCENT")],
     {"6.2%": ("地区生产总值增长", "开元县"), "8.1%": ("工业增加值增长", "开元县")}),
    ("全县接待游客86万人次，实现旅游综合收入5.1亿元，按现价计算分别增长15.6%和21.2%。",
     [("86万人次", "COUNT"), ("5.1亿元", "MONEY"), ("15.6%", "PERCENT"), ("21.2%", "PERCENT")],
     {"15.6%": ("接待游客增长", None), "21.2%": ("旅游综合收入增长", None)}),
]


@pytest.mark.parametrize("text, marks, expected", COMPARABLE_CASES)
def test_a_basis_of_comparison_before_fenbie_names_no_measure(text, marks, expected):
    assert pick(text, marks, expected) == expected


BANK_CASES = [
    # class: 该行 / 该银行 refer to the bank named before: no part of the measure
    ("星河银行资产总额3510亿元。该行不良贷款率1.56%。",
     [("星河银行", "COMPANY"), ("3510亿元", "MONEY"), ("1.56%", "PERCENT")],
     {"1.56%": ("不良贷款率", "星河银行")}),
    ("星河银行开元分行各项贷款余额820亿元。该行普惠小微贷款余额156亿元，增长18.2%。",
     [("星河银行开元分行", "COMPANY"), ("820亿元", "MONEY"), ("156亿元", "MONEY"), ("18.2%", "PERCENT")],
     {"156亿元": ("普惠小微贷款余额", "星河银行开元分行"), "18.2%": ("普惠小微贷款余额增长", "星河银行开元分行")}),
    ("华源农商银行存款余额612亿元。该银行不良贷款率为1.8%。",
     [("华源农商银行", "COMPANY"), ("612亿元", "MONEY"), ("1.8%", "PERCENT")],
     {"1.8%": ("不良贷款率", "华源农商银行")}),
    # guard: 该行业 is no bank (not 业产值, not a firm)
    ("新能源汽车产业快速发展，该行业产值突破200亿元。",
     [("突破200亿元", "MONEY")],
     {"突破200亿元": ("产值", None)}),
]


@pytest.mark.parametrize("text, marks, expected", BANK_CASES)
def test_gaihang_refers_to_the_bank(text, marks, expected):
    assert pick(text, marks, expected) == expected


LEVEL_CASES = [
    # class: a verb of change to a new level (下滑至, 回落至, 回升至, 降低到) is no part of the measure
    ("公司毛利率下滑至14.5%。",
     [("14.5%", "PERCENT")],
     {"14.5%": ("毛利率", None)}),
    ("全市城镇调查失业率回落至5.1%。",
     [("5.1%", "PERCENT")],
     {"5.1%": ("城镇调查失业率", None)}),
    ("该企业资产负债率降低到48.3%。",
     [("48.3%", "PERCENT")],
     {"48.3%": ("资产负债率", None)}),
    ("公司净利率回升至8.2%。",
     [("8.2%", "PERCENT")],
     {"8.2%": ("净利率", None)}),
]


@pytest.mark.parametrize("text, marks, expected", LEVEL_CASES)
def test_a_verb_of_change_to_a_level_is_no_part_of_the_measure(text, marks, expected):
    assert pick(text, marks, expected) == expected


STAGE_CASES = [
    # class: the amount of a signing (签约金额, 合同金额, 合同引资) of a place is about its
    # projects: it takes the stage the sentence reports, as the count of projects does
    ("开元县签约项目6个，签约金额42亿元。",
     [("开元县", "PLACE"), ("6个", "COUNT"), ("42亿元", "MONEY")],
     {"6个": ("签约项目", "开元县", "签约"), "42亿元": ("签约金额", "开元县", "签约")}),
    ("临川县签约项目5个，合同金额38亿元。",
     [("临川县", "PLACE"), ("5个", "COUNT"), ("38亿元", "MONEY")],
     {"38亿元": ("合同金额", "临川县", "签约")}),
    ("星河区现场签约项目9个，合同引资86亿元。",
     [("星河区", "PLACE"), ("9个", "COUNT"), ("86亿元", "MONEY")],
     {"86亿元": ("合同引资", "星河区", "签约")}),
    # class: a stage word inside a count of people (签约服务人数, 签约服务人次, 签约服务户数)
    # is part of the measure: no project's stage
    ("全市家庭医生签约服务人数达到210万人。",
     [("210万人", "COUNT")],
     {"210万人": ("家庭医生签约服务人数", None, None)}),
    ("今年以来，全县家庭医生签约服务人次达到12万人次。",
     [("今年", "DATE"), ("12万人次", "COUNT")],
     {"12万人次": ("家庭医生签约服务人次", None, None)}),
    ("全市重点人群签约服务户数达到8.6万户。",
     [("8.6万户", "COUNT")],
     {"8.6万户": ("重点人群签约服务户数", None, None)}),
]


@pytest.mark.parametrize("text, marks, expected", STAGE_CASES)
def test_stages_of_signing_amounts_and_of_no_headcount(text, marks, expected):
    assert pick(text, marks, expected) == expected


REVIEW_CASES = [
    # class: 年均增长 alone in its clause after a figure (a work report's review of five years):
    # the yearly rate of the measure before it, not a measure named 年均
    ("过去五年，开元县累计完成固定资产投资1086亿元，年均增长12.5%。",
     [("五年", "DURATION"), ("开元县", "PLACE"), ("1086亿元", "MONEY"), ("12.5%", "PERCENT")],
     {"12.5%": ("固定资产投资年均增长", "开元县")}),
    ("五年来，星河区地区生产总值达到318亿元，年均增长6.8%。",
     [("五年", "DURATION"), ("星河区", "PLACE"), ("318亿元", "MONEY"), ("6.8%", "PERCENT")],
     {"6.8%": ("地区生产总值年均增长", "星河区")}),
    ("到2030年，临川县一般公共预算收入达到36亿元，年平均增长8%左右。",
     [("2030年", "DATE"), ("临川县", "PLACE"), ("36亿元", "MONEY"), ("8%左右", "PERCENT")],
     {"8%左右": ("一般公共预算收入年平均增长", "临川县")}),
    # class: 将 (还将, 也将) before a planned measure is no part of it
    ("今年，开元县将谋划实施重点项目150个。",
     [("今年", "DATE"), ("开元县", "PLACE"), ("150个", "COUNT")],
     {"150个": ("实施重点项目", "开元县")}),
    ("今年，全市将新建5G基站1200个。",
     [("今年", "DATE"), ("1200个", "COUNT")],
     {"1200个": ("新建5G基站", None)}),
    ("明年，全县还将新增高标准农田5万亩。",
     [("明年", "DATE"), ("5万亩", "AREA")],
     {"5万亩": ("新增高标准农田", None)}),
]


@pytest.mark.parametrize("text, marks, expected", REVIEW_CASES)
def test_yearly_rates_and_plans_of_a_work_report(text, marks, expected):
    assert pick(text, marks, expected) == expected


ACTOR_CASES = [
    # class: an unnamed body acting before the verb of a measure (卫健系统, 公安机关, 法院,
    # 各部门) is the actor, no part of the measure
    ("2023年，开元县卫健系统完成门诊诊疗量386万人次。",
     [("2023年", "DATE"), ("开元县", "PLACE"), ("386万人次", "COUNT")],
     {"386万人次": ("完成门诊诊疗量", "开元县")}),
    ("全市交通系统完成投资56亿元。",
     [("56亿元", "MONEY")],
     {"56亿元": ("完成投资", None)}),
    ("全市公安机关破获刑事案件1260起。",
     [("1260起", "COUNT")],
     {"1260起": ("破获刑事案件", None)}),
    ("全市法院共审结涉企案件2.3万件。",
     [("2.3万件", "COUNT")],
     {"2.3万件": ("审结涉企案件", None)}),
    ("全县各部门共争取资金3.2亿元。",
     [("3.2亿元", "MONEY")],
     {"3.2亿元": ("争取资金", None)}),
    # guard: a body a noun follows is part of the measure (机关事业单位…)
    ("全市机关事业单位养老保险参保人数12.6万人。",
     [("12.6万人", "COUNT")],
     {"12.6万人": ("机关事业单位养老保险参保人数", None)}),  # (the whole indicator name: s23-b)
]


@pytest.mark.parametrize("text, marks, expected", ACTOR_CASES)
def test_an_unnamed_body_acting_is_no_part_of_the_measure(text, marks, expected):
    assert pick(text, marks, expected) == expected


PUBLISHED_CASES = [
    # class: a statistics bureau publishing a bulletin or data in a sentence of its own
    # (某县统计局发布2023年统计公报。): the figures after are its territory's, not the bureau's
    ("开元县统计局发布2023年统计公报。年末常住人口48.5万人。",
     [("开元县统计局", "ORG"), ("2023年", "DATE"), ("48.5万人", "COUNT")],
     {"48.5万人": ("年末常住人口", None)}),
    ("星河区统计局日前公布前三季度经济运行数据。地区生产总值186亿元，增长5.2%。",
     [("星河区统计局", "ORG"), ("前三季度", "DATE"), ("186亿元", "MONEY"), ("5.2%", "PERCENT")],
     {"186亿元": ("地区生产总值", None), "5.2%": ("地区生产总值增长", None)}),
    ("临川县统计局近日发布2023年国民经济和社会发展统计公报。粮食总产量18.2万吨。",
     [("临川县统计局", "ORG"), ("2023年", "DATE"), ("18.2万吨", "MASS")],
     {"18.2万吨": ("粮食总产量", None)}),
    # guard: a body's own report on its work keeps its figures
    ("开元县人民法院发布2023年工作报告。受理案件1.2万件。",
     [("开元县人民法院", "ORG"), ("2023年", "DATE"), ("1.2万件", "COUNT")],
     {"1.2万件": ("受理案件", "开元县人民法院")}),
]


@pytest.mark.parametrize("text, marks, expected", PUBLISHED_CASES)
def test_a_bureaus_published_bulletin_is_its_territorys(text, marks, expected):
    assert pick(text, marks, expected) == expected
