"""Metrics of kinds of articles hunted in session 23 (helper b): county work reports, monthly
statistics bulletins, income and price bulletins, tourism holidays, employment. Invented
sentences; spans given explicitly (``test_facts.figure_table``)."""

from __future__ import annotations

import pytest

from test_facts import figure_table


def metrics(text, marks, expected):
    """The metric of each figure ``expected`` names."""
    got = figure_table(text, marks)
    return {k: got[k][0] for k in expected}


KIND_CASES = [
    # class: 规上 (规模以上) before a sector or a group is part of the measure, as 规模以上 is
    ("前三季度，全县规上工业营业收入286.4亿元，同比增长6.1%。",
     [("前三季度", "DATE"), ("286.4亿元", "MONEY"), ("6.1%", "PERCENT")],
     {"286.4亿元": "规上工业营业收入", "6.1%": "规上工业营业收入增长"}),
    ("全市规上工业企业利润总额45.2亿元，规上工业用电量增长7.5%。",
     [("45.2亿元", "MONEY"), ("7.5%", "PERCENT")],
     {"45.2亿元": "规上工业企业利润总额", "7.5%": "规上工业用电量增长"}),
    ("开元县规上工业企业达到186家，规上工业总产值完成512亿元。",
     [("开元县", "PLACE"), ("186家", "COUNT"), ("512亿元", "MONEY")],
     {"186家": "规上工业企业", "512亿元": "规上工业总产值"}),
    # guard: opening items listed before 分别, 规上 is shared by them and goes
    ("全市规上装备制造产业、新材料产业增加值分别增长12.0%和8.6%。",
     [("12.0%", "PERCENT"), ("8.6%", "PERCENT")],
     {"12.0%": "装备制造产业增加值增长", "8.6%": "新材料产业增加值增长"}),
    # class: 新, 新一代 before the nouns of a measure are inside it (jieba: 新|材料, a; 新一代, t)
    ("全市新材料产业产值增长15.6%，新一代信息技术产业增加值增长20.4%。",
     [("15.6%", "PERCENT"), ("20.4%", "PERCENT")],
     {"15.6%": "新材料产业产值增长", "20.4%": "新一代信息技术产业增加值增长"}),
    ("星河市新产品产值完成86亿元，新业态营业收入增长18%。",
     [("星河市", "PLACE"), ("86亿元", "MONEY"), ("18%", "PERCENT")],
     {"86亿元": "新产品产值", "18%": "新业态营业收入增长"}),
]


@pytest.mark.parametrize("text, marks, expected", KIND_CASES)
def test_a_word_of_kind_stays_in_the_measure(text, marks, expected):
    assert metrics(text, marks, expected) == expected


CHANGE_CASES = [
    # class: 新增 after a measure is its new addition as written (not 新 + 增 -> 新增长)
    ("全年全县农村劳动力转移就业新增2.4万人，返乡创业新增5200人。",
     [("2.4万人", "COUNT"), ("5200人", "COUNT")],
     {"2.4万人": "农村劳动力转移就业新增", "5200人": "返乡创业新增"}),
    ("今年以来，全区带动就业新增8600人。",
     [("今年", "DATE"), ("8600人", "COUNT")],
     {"8600人": "就业新增"}),
    # guard: 新增 before a counted noun keeps its rule (新增 + the noun after the count)
    ("今年全县新增5家规上企业。",
     [("今年", "DATE"), ("5家", "COUNT")],
     {"5家": "新增规上企业"}),
    # class: a real or nominal change is of the measure before; the price basis goes
    ("全市居民人均可支配收入28650元，增长6.1%，扣除价格因素实际增长5.8%。",
     [("28650元", "MONEY"), ("6.1%", "PERCENT"), ("5.8%", "PERCENT")],
     {"6.1%": "居民人均可支配收入增长", "5.8%": "居民人均可支配收入实际增长"}),
    ("全县城镇居民人均可支配收入36520元，名义增长5.3%，扣除价格因素后实际增长4.9%。",
     [("36520元", "MONEY"), ("5.3%", "PERCENT"), ("4.9%", "PERCENT")],
     {"5.3%": "城镇居民人均可支配收入名义增长", "4.9%": "城镇居民人均可支配收入实际增长"}),
    ("开元县农村居民人均可支配收入17450元，同比增长7.6%，扣除价格因素影响，实际增长7.2%。",
     [("开元县", "PLACE"), ("17450元", "MONEY"), ("7.6%", "PERCENT"), ("7.2%", "PERCENT")],
     {"7.2%": "农村居民人均可支配收入实际增长"}),
]


@pytest.mark.parametrize("text, marks, expected", CHANGE_CASES)
def test_a_change_word_after_a_measure_is_read_whole(text, marks, expected):
    assert metrics(text, marks, expected) == expected


RESPECTIVELY_CASES = [
    # class: a compared period (较去年同期, 比去年同期, 与去年同期相比) before 分别 names no
    # items: the figures are the changes of the measures before, in order
    ("国庆假期，全县接待游客32.4万人次，门票收入达到2850万元，较去年同期分别增长18.6%和22.1%。",
     [("32.4万人次", "COUNT"), ("2850万元", "MONEY"), ("去年", "DATE"), ("18.6%", "PERCENT"), ("22.1%", "PERCENT")],
     {"18.6%": "接待游客增长", "22.1%": "门票收入增长"}),
    ("今年一季度，全市进出口总值48.6亿元，出口总值36.2亿元，比去年同期分别增长18.2%和21.5%。",
     [("今年一季度", "DATE"), ("48.6亿元", "MONEY"), ("36.2亿元", "MONEY"), ("去年", "DATE"),
      ("18.2%", "PERCENT"), ("21.5%", "PERCENT")],
     {"18.2%": "进出口总值增长", "21.5%": "出口总值增长"}),
    ("上半年，全区进出口总额26.3亿元，出口额18.5亿元，与去年同期相比分别增长9.6%、12.3%。",
     [("上半年", "DATE"), ("26.3亿元", "MONEY"), ("18.5亿元", "MONEY"), ("去年", "DATE"),
      ("9.6%", "PERCENT"), ("12.3%", "PERCENT")],
     {"9.6%": "进出口总额增长", "12.3%": "出口额增长"}),
]


@pytest.mark.parametrize("text, marks, expected", RESPECTIVELY_CASES)
def test_a_compared_period_before_fenbie_names_no_items(text, marks, expected):
    assert metrics(text, marks, expected) == expected


INDICATOR_CASES = [
    # class: an abbreviation in brackets inside the words before a figure is no part of
    # the measure (not only at their end)
    ("全市地区生产总值（GDP）同比增长5.6%，居民消费价格指数（CPI）上涨0.4%。",
     [("5.6%", "PERCENT"), ("0.4%", "PERCENT")],
     {"5.6%": "地区生产总值增长", "0.4%": "居民消费价格指数上涨"}),
    ("全市工业生产者出厂价格指数（PPI）同比下降2.1%。",
     [("2.1%", "PERCENT")],
     {"2.1%": "工业生产者出厂价格指数下降"}),
    ("全市细颗粒物（PM2.5）平均浓度下降6.8%。",
     [("6.8%", "PERCENT")],
     {"6.8%": "细颗粒物平均浓度下降"}),
    # class: long standard indicator names of bulletins stay whole (facts_cues indicator_head)
    ("全市研究与试验发展（R&D）经费投入强度为2.3%。",
     [("2.3%", "PERCENT")],
     {"2.3%": "研究与试验发展经费投入强度"}),
    ("前三季度，全市限额以上单位商品零售额增长4.9%。",
     [("前三季度", "DATE"), ("4.9%", "PERCENT")],
     {"4.9%": "限额以上单位商品零售额增长"}),
    ("全市每千人口执业（助理）医师数达到3.4人，参加职工基本养老保险人数186.2万人。",
     [("3.4人", "COUNT"), ("186.2万人", "COUNT")],
     {"3.4人": "每千人口执业助理医师数", "186.2万人": "职工基本养老保险人数"}),
]


@pytest.mark.parametrize("text, marks, expected", INDICATOR_CASES)
def test_a_bulletin_indicator_keeps_its_name(text, marks, expected):
    assert metrics(text, marks, expected) == expected


ITEM_CASES = [
    # class: places listed with their own figures after a measure named once: each figure
    # measures what the first one does (also past a growth figure and after 其中), and a
    # change right after a place's figure is that place's (not the sentence's first owner's)
    ("甲区一般公共预算收入4.2亿元，增长3.6%；乙区3.8亿元，增长5.1%；丙区9.6亿元，增长2.8%。",
     [("甲区", "PLACE"), ("4.2亿元", "MONEY"), ("3.6%", "PERCENT"), ("乙区", "PLACE"), ("3.8亿元", "MONEY"),
      ("5.1%", "PERCENT"), ("丙区", "PLACE"), ("9.6亿元", "MONEY"), ("2.8%", "PERCENT")],
     {"3.8亿元": ("一般公共预算收入", "乙区"), "5.1%": ("一般公共预算收入增长", "乙区"),
      "9.6亿元": ("一般公共预算收入", "丙区"), "2.8%": ("一般公共预算收入增长", "丙区")}),
    ("上半年，甲区地区生产总值236.5亿元，增长6.2%；乙区208.3亿元，增长5.8%。",
     [("上半年", "DATE"), ("甲区", "PLACE"), ("236.5亿元", "MONEY"), ("6.2%", "PERCENT"), ("乙区", "PLACE"),
      ("208.3亿元", "MONEY"), ("5.8%", "PERCENT")],
     {"208.3亿元": ("地区生产总值", "乙区"), "5.8%": ("地区生产总值增长", "乙区")}),
    ("国庆假期，甲县接待游客86.2万人次，同比增长12.5%，乙县42.6万人次，比上年增长9.8%。",
     [("甲县", "PLACE"), ("86.2万人次", "COUNT"), ("12.5%", "PERCENT"), ("乙县", "PLACE"),
      ("42.6万人次", "COUNT"), ("上年", "DATE"), ("9.8%", "PERCENT")],
     {"42.6万人次": ("接待游客", "乙县"), "9.8%": ("接待游客增长", "乙县")}),
    ("全市粮食总产量58.6亿斤，其中甲县6.2亿斤，乙县5.8亿斤。",
     [("58.6亿斤", "MASS"), ("甲县", "PLACE"), ("6.2亿斤", "MASS"), ("乙县", "PLACE"), ("5.8亿斤", "MASS")],
     {"6.2亿斤": ("粮食总产量", "甲县"), "5.8亿斤": ("粮食总产量", "乙县")}),
    # guard: a change with a measure of its own after an item keeps the sentence's rule
    ("甲县粮食总产量6.2亿斤，乙县5.8亿斤，全市粮食总产量增长2.1%。",
     [("甲县", "PLACE"), ("6.2亿斤", "MASS"), ("乙县", "PLACE"), ("5.8亿斤", "MASS"), ("2.1%", "PERCENT")],
     {"5.8亿斤": ("粮食总产量", "乙县"), "2.1%": ("粮食总产量增长", None)}),
]


@pytest.mark.parametrize("text, marks, expected", ITEM_CASES)
def test_places_listed_with_their_figures_share_the_measure(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][:2] for k in expected} == expected


WORDS_CASES = [
    # class: a run of years (连续10年) between a measure and its figure hides no measure
    ("星河市粮食总产量连续10年稳定在50亿斤以上，今年达到52.3亿斤。",
     [("星河市", "PLACE"), ("10年", "DURATION"), ("50亿斤以上", "MASS"), ("今年", "DATE"), ("52.3亿斤", "MASS")],
     {"50亿斤以上": "粮食总产量", "52.3亿斤": "粮食总产量"}),
    ("全县空气质量优良天数连续三年超过250天。",
     [("三年", "DURATION"), ("超过250天", "DURATION")],
     {"超过250天": "空气质量优良天数"}),
    ("全市研发投入强度连续5年保持在2.5%以上。",
     [("5年", "DURATION"), ("2.5%以上", "PERCENT")],
     {"2.5%以上": "研发投入强度"}),
    # class: words of a total or a cut-off date opening a free measure go (共计, 合计, 截至)
    ("公司共计派发现金红利2986万元。",
     [("2986万元", "MONEY")],
     {"2986万元": "派发现金红利"}),
    ("全县合计发放稳岗返还资金1260万元。",
     [("1260万元", "MONEY")],
     {"1260万元": "发放稳岗返还资金"}),
    ("星河银行截至年末资产总额3562亿元，较年初增长6.8%。",
     [("星河银行", "COMPANY"), ("3562亿元", "MONEY"), ("6.8%", "PERCENT")],
     {"3562亿元": "年末资产总额", "6.8%": "年末资产总额增长"}),
    ("全县截至目前累计发放创业担保贷款3.2亿元。",
     [("3.2亿元", "MONEY")],
     {"3.2亿元": "发放创业担保贷款"}),
    # class: measures the table lacks listed before 分别 are each a measure of its own
    ("全市化学需氧量、氨氮排放量分别下降3.6%、4.1%。",
     [("3.6%", "PERCENT"), ("4.1%", "PERCENT")],
     {"3.6%": "化学需氧量下降", "4.1%": "氨氮排放量下降"}),
    ("全市研发经费、技术合同成交额分别增长12.1%、25.3%。",
     [("12.1%", "PERCENT"), ("25.3%", "PERCENT")],
     {"12.1%": "研发经费增长", "25.3%": "技术合同成交额增长"}),
    # guard: items before a shared table measure keep their rule (铜产量, 钴产量)
    ("铜、钴产量分别为20万吨和1.8万吨。",
     [("20万吨", "MASS"), ("1.8万吨", "MASS")],
     {"20万吨": "铜产量", "1.8万吨": "钴产量"}),
]


@pytest.mark.parametrize("text, marks, expected", WORDS_CASES)
def test_words_around_a_measure_are_read_past(text, marks, expected):
    assert metrics(text, marks, expected) == expected


LIST_CASES = [
    # class: measures listed before 分别, each a measure of its own (one ending in a measure
    # word such as 人次), the first after the scope and time words opening the list
    ("五一假期全市接待游客人次、旅游收入分别增长21.6%、25.3%。",
     [("21.6%", "PERCENT"), ("25.3%", "PERCENT")],
     {"21.6%": "接待游客人次增长", "25.3%": "旅游收入增长"}),
    ("全县进出口额、实际利用外资分别增长15.2%和8.6%。",
     [("15.2%", "PERCENT"), ("8.6%", "PERCENT")],
     {"15.2%": "进出口额增长", "8.6%": "实际利用外资增长"}),
    # class: the last item inside the longest table term (城镇、|农村居民人均可支配收入): the
    # shared measure is the term without it
    ("全市城镇、农村居民人均可支配收入分别增长4.8%和6.9%。",
     [("4.8%", "PERCENT"), ("6.9%", "PERCENT")],
     {"4.8%": "城镇居民人均可支配收入增长", "6.9%": "农村居民人均可支配收入增长"}),
    # class: a measure written after 分别 is every listed figure's, with the kinds listed before
    ("省、市重点项目分别完成投资120亿元和86亿元。",
     [("120亿元", "MONEY"), ("86亿元", "MONEY")],
     {"120亿元": "省重点项目完成投资", "86亿元": "市重点项目完成投资"}),
    ("两家企业分别实现营业收入12亿元和8亿元。",
     [("两家", "COUNT"), ("12亿元", "MONEY"), ("8亿元", "MONEY")],
     {"12亿元": "营业收入", "8亿元": "营业收入"}),
    # guards: owners listed before 分别, and 分别为 (no measure after 分别)
    ("国庆假期，甲县、乙县分别接待游客32万人次和28万人次。",
     [("甲县", "PLACE"), ("乙县", "PLACE"), ("32万人次", "COUNT"), ("28万人次", "COUNT")],
     {"32万人次": "接待游客", "28万人次": "接待游客"}),
    ("全市夏粮、秋粮产量分别为30亿斤和28亿斤。",
     [("30亿斤", "MASS"), ("28亿斤", "MASS")],
     {"30亿斤": "夏粮产量", "28亿斤": "秋粮产量"}),
]


@pytest.mark.parametrize("text, marks, expected", LIST_CASES)
def test_measures_listed_around_fenbie(text, marks, expected):
    assert metrics(text, marks, expected) == expected


COUNTED_CASES = [
    # class: a count right after measures listed with 、 counts the noun after it (三项指标):
    # the measures are what is counted, not what the count measures
    ("全县地区生产总值、固定资产投资、社会消费品零售总额三项指标增速均居全市第一。",
     [("三项", "COUNT")],
     {"三项": "指标"}),
    ("全市一般公共预算收入、税收收入两项指标均完成年度目标。",
     [("两项", "COUNT")],
     {"两项": "指标"}),
    ("开元县生产总值、规上工业增加值、一般公共预算收入3项主要指标增速居全市前列。",
     [("开元县", "PLACE"), ("3项", "COUNT")],
     {"3项": "主要指标"}),
    # guard: a count with 等 before it keeps its rule
    ("偃师区GDP、规上工业增加值等5项指标增速高于全市平均水平。",
     [("偃师区", "PLACE"), ("5项", "COUNT")],
     {"5项": "指标"}),
]


@pytest.mark.parametrize("text, marks, expected", COUNTED_CASES)
def test_a_count_after_listed_measures_counts_the_noun_after_it(text, marks, expected):
    assert metrics(text, marks, expected) == expected


YARDSTICK_CASES = [
    # class: a rate compared with a scope's average, its measure written before 比 (GDP增速比全市
    # 平均水平高…): the difference in points is that measure's rate against the scope, and so is
    # the next comparison of the sentence
    ("全县GDP增速比全市平均水平高1.2个百分点，比全省平均水平高0.8个百分点。",
     [("1.2个百分点", "PERCENT"), ("0.8个百分点", "PERCENT")],
     {"1.2个百分点": "GDP增速高于全市", "0.8个百分点": "GDP增速高于全省"}),
    ("全市规上工业增加值增速比全省平均水平低0.6个百分点。",
     [("0.6个百分点", "PERCENT")],
     {"0.6个百分点": "规上工业增加值增速低于全省"}),
    # guard: the growth written before as a figure keeps its rule
    ("星河市1-7月规上工业增加值增长8.2%，比全省平均水平高2.1个百分点。",
     [("星河市", "PLACE"), ("1-7月", "DATE"), ("8.2%", "PERCENT"), ("2.1个百分点", "PERCENT")],
     {"2.1个百分点": "规上工业增加值增速高于全省"}),
]


@pytest.mark.parametrize("text, marks, expected", YARDSTICK_CASES)
def test_a_rate_against_a_scope_average_keeps_its_measure(text, marks, expected):
    assert metrics(text, marks, expected) == expected


LISTED_OWNER_CASES = [
    # class: changes listed after 分别 with nothing before 分别 in their clause are the changes
    # of the figures before, in order: each takes that figure's owner
    ("国庆期间，龙门石窟接待游客26.3万人次，老君山接待游客18.6万人次，同比分别增长12.3%和20.1%。",
     [("龙门石窟", "PLACE"), ("26.3万人次", "COUNT"), ("老君山", "PLACE"), ("18.6万人次", "COUNT"),
      ("12.3%", "PERCENT"), ("20.1%", "PERCENT")],
     {"12.3%": ("接待游客增长", "龙门石窟"), "20.1%": ("接待游客增长", "老君山")}),
    ("上半年，甲县完成固定资产投资86亿元，乙县固定资产投资62亿元，分别增长9.1%和7.6%。",
     [("上半年", "DATE"), ("甲县", "PLACE"), ("86亿元", "MONEY"), ("乙县", "PLACE"), ("62亿元", "MONEY"),
      ("9.1%", "PERCENT"), ("7.6%", "PERCENT")],
     {"9.1%": ("固定资产投资增长", "甲县"), "7.6%": ("固定资产投资增长", "乙县")}),
    # guards: one owner's two measures; owners listed before 分别
    ("甲县接待游客156.2万人次，旅游综合收入达到12.8亿元，同比分别增长23.6%和31.2%。",
     [("甲县", "PLACE"), ("156.2万人次", "COUNT"), ("12.8亿元", "MONEY"), ("23.6%", "PERCENT"), ("31.2%", "PERCENT")],
     {"23.6%": ("接待游客增长", "甲县"), "31.2%": ("旅游综合收入增长", "甲县")}),
    ("甲区、乙区GDP分别增长6.2%和5.8%。",
     [("甲区", "PLACE"), ("乙区", "PLACE"), ("6.2%", "PERCENT"), ("5.8%", "PERCENT")],
     {"6.2%": ("GDP增长", "甲区"), "5.8%": ("GDP增长", "乙区")}),
]


@pytest.mark.parametrize("text, marks, expected", LISTED_OWNER_CASES)
def test_changes_listed_after_fenbie_take_the_owners_of_the_figures_before(text, marks, expected):
    got = figure_table(text, marks)
    assert {k: got[k][:2] for k in expected} == expected
