"""Metrics of figures (what a figure measures) in statistical and economic news: differences
from a scope's average, … Invented sentences; spans given explicitly
(``test_facts.figure_table``); only the metrics of the figures named are compared."""

from __future__ import annotations

import pytest

from test_facts import figure_table


def metrics(text, marks, figures):
    got = figure_table(text, marks)
    return {k: got[k][0] for k in figures}


YARDSTICK_CASES = [
    # class: 比<scope>平均…X%快/高/慢 N个百分点: the points measure the sentence's growth rate
    # against the scope (<measure>增速高于<scope>), the yardstick keeps its own name
    ("前三季度，开元县地区生产总值同比增长5.2%，比全省平均水平4.1%快1.1个百分点。",
     [("前三季度", "DATE"), ("开元县", "PLACE"), ("5.2%", "PERCENT"), ("4.1%", "PERCENT"), ("1.1个百分点", "PERCENT")],
     {"5.2%": "地区生产总值增长", "4.1%": "全省平均水平", "1.1个百分点": "地区生产总值增速高于全省"}),
    ("上半年，星河区规模以上工业增加值增长7.5%，比全市平均水平5.0%高2.5个百分点。",
     [("上半年", "DATE"), ("星河区", "PLACE"), ("7.5%", "PERCENT"), ("5.0%", "PERCENT"), ("2.5个百分点", "PERCENT")],
     {"2.5个百分点": "规模以上工业增加值增速高于全市"}),
    ("一季度，全县一般公共预算收入增长9.3%，比全省平均增速6.1%快3.2个百分点。",
     [("一季度", "DATE"), ("9.3%", "PERCENT"), ("6.1%", "PERCENT"), ("3.2个百分点", "PERCENT")],
     {"6.1%": "全省平均增速", "3.2个百分点": "一般公共预算收入增速高于全省"}),
    ("前三季度，开元县农业增加值增长4.1%，比全国平均水平3.4%慢0.7个百分点。",
     [("前三季度", "DATE"), ("开元县", "PLACE"), ("4.1%", "PERCENT"), ("3.4%", "PERCENT"), ("0.7个百分点", "PERCENT")],
     {"0.7个百分点": "农业增加值增速低于全国"}),
    # the rate's change before the yardstick names the same measure (GDP增速加快 -> GDP)
    ("全市GDP增长3.7%，增速比上半年加快0.6个百分点，比全国平均水平3.0%快0.7个百分点。",
     [("3.7%", "PERCENT"), ("上半年", "DATE"), ("0.6个百分点", "PERCENT"), ("3.0%", "PERCENT"), ("0.7个百分点", "PERCENT")],
     {"0.6个百分点": "GDP增速加快", "0.7个百分点": "GDP增速高于全国"}),
    # class: 与<scope>平均增长X%相比，高于<scope>N个百分点: the same, after a clause framing the yardstick
    ("前三季度，全市固定资产投资增长8.6%，与全省平均增长5.9%相比，高于全省2.7个百分点。",
     [("前三季度", "DATE"), ("8.6%", "PERCENT"), ("5.9%", "PERCENT"), ("2.7个百分点", "PERCENT")],
     {"5.9%": "全省平均增长", "2.7个百分点": "固定资产投资增速高于全省"}),
    ("1-10月，星河区社会消费品零售总额增长6.4%，与全市平均增长4.8%相比，高于全市1.6个百分点。",
     [("1-10月", "DATE"), ("星河区", "PLACE"), ("6.4%", "PERCENT"), ("4.8%", "PERCENT"), ("1.6个百分点", "PERCENT")],
     {"1.6个百分点": "社会消费品零售总额增速高于全市"}),
    # class: 增速高于<scope>平均水平(X%)N个百分点: the words the text writes, less the average;
    # the yardstick in brackets is the scope's average rate
    ("全年全县地区生产总值增长5.5%，增速高于全市平均水平（5.0%）0.5个百分点。",
     [("5.5%", "PERCENT"), ("5.0%", "PERCENT"), ("0.5个百分点", "PERCENT")],
     {"5.0%": "全市平均增速", "0.5个百分点": "增速高于全市"}),
    ("上半年，开元县工业投资增长12.1%，增幅高于全省平均水平(8.2%)3.9个百分点。",
     [("上半年", "DATE"), ("开元县", "PLACE"), ("12.1%", "PERCENT"), ("8.2%", "PERCENT"), ("3.9个百分点", "PERCENT")],
     {"8.2%": "全省平均增幅", "3.9个百分点": "增幅高于全省"}),
    # guard: a difference written without a yardstick figure keeps the text's words
    ("上半年，开元县旅游收入同比增长12.5%，高于全省水平3.5个百分点。",
     [("上半年", "DATE"), ("开元县", "PLACE"), ("12.5%", "PERCENT"), ("3.5个百分点", "PERCENT")],
     {"3.5个百分点": "高于全省水平"}),
    # guard: a change against an earlier period is no yardstick
    ("全市社会消费品零售总额增长5.6%，增速较一季度加快1.2个百分点。",
     [("5.6%", "PERCENT"), ("一季度", "DATE"), ("1.2个百分点", "PERCENT")],
     {"1.2个百分点": "社会消费品零售总额增速加快"}),
]


@pytest.mark.parametrize("text, marks, expected", YARDSTICK_CASES)
def test_a_difference_from_a_scope_average_measures_the_growth_rate_against_it(text, marks, expected):
    assert metrics(text, marks, expected) == expected


MONEY_CLASS_CASES = [
    # class: an amount right before 项目 classes the projects counted after it: it measures only
    # a table measure written before it, not the whole's (其中) nor the clause's verb
    ("全市本批开工项目120个，总投资560亿元。其中，亿元以上项目85个，总投资460亿元；10亿元以上项目12个。",
     [("120个", "COUNT"), ("560亿元", "MONEY"), ("亿元以上", "MONEY"), ("85个", "COUNT"), ("460亿元", "MONEY"),
      ("10亿元以上", "MONEY"), ("12个", "COUNT")],
     {"亿元以上": None, "85个": "亿元以上项目", "460亿元": "总投资", "10亿元以上": None}),
    ("今年全市计划实施亿元以上项目320个，总投资2800亿元。",
     [("今年", "DATE"), ("亿元以上", "MONEY"), ("320个", "COUNT"), ("2800亿元", "MONEY")],
     {"亿元以上": None, "320个": "亿元以上项目"}),
    ("开元县签约项目26个，总投资186亿元。其中，5亿元以上项目9个。",
     [("开元县", "PLACE"), ("26个", "COUNT"), ("186亿元", "MONEY"), ("5亿元以上", "MONEY"), ("9个", "COUNT")],
     {"5亿元以上": None, "9个": "5亿元以上项目"}),
    ("今年全县共新开工5000万元以上项目46个，总投资128亿元。",
     [("今年", "DATE"), ("5000万元以上", "MONEY"), ("46个", "COUNT"), ("128亿元", "MONEY")],
     {"5000万元以上": None}),
    # guard: a measure written before the amount stays
    ("星河区集中签约总投资5亿元以上项目12个。",
     [("星河区", "PLACE"), ("5亿元以上", "MONEY"), ("12个", "COUNT")],
     {"5亿元以上": "总投资", "12个": "5亿元以上项目"}),
    # guard: a field line's amount before the next field (项目概况) keeps its field's measure
    ("-项目名称：星河文旅综合体项目\n-投资总额：10亿元\n-项目概况：该项目位于开元县。",
     [("星河文旅综合体项目", "PROJECT"), ("10亿元", "MONEY"), ("开元县", "PLACE")],
     {"10亿元": "总投资"}),
]


@pytest.mark.parametrize("text, marks, expected", MONEY_CLASS_CASES)
def test_an_amount_classing_projects_measures_only_what_is_written_before_it(text, marks, expected):
    assert metrics(text, marks, expected) == expected


SHARED_CASES = [
    # class: levels listed with 、 before a measure opening with a level name one group
    ("其中，省、市重点项目36个，年度计划投资88亿元。",
     [("36个", "COUNT"), ("88亿元", "MONEY")],
     {"36个": "省、市重点项目"}),
    ("今年开元县市、县重点项目86个，总投资420亿元。",
     [("今年", "DATE"), ("开元县", "PLACE"), ("86个", "COUNT"), ("420亿元", "MONEY")],
     {"86个": "市、县重点项目"}),
    ("全县共培育国家级、省级专精特新企业42家。",
     [("42家", "COUNT")],
     {"42家": "国家级、省级专精特新企业"}),
    ("全市各县、区重点项目开工率达到92%。",
     [("92%", "PERCENT")],
     {"92%": "县、区重点项目开工率"}),
    # guard: places listed before a measure are owners, not levels
    ("开元县、星河县重点项目共36个。",
     [("开元县", "PLACE"), ("星河县", "PLACE"), ("36个", "COUNT")],
     {"36个": "重点项目"}),
    # class: a plan word opening the first count of projects of a list goes on over the list
    ("今年开元区计划新开工项目58个、竣工项目32个。",
     [("今年", "DATE"), ("开元区", "PLACE"), ("58个", "COUNT"), ("32个", "COUNT")],
     {"58个": "计划新开工项目", "32个": "计划竣工项目"}),
    ("全县今年计划新开工项目40个、投产项目15个、竣工项目22个。",
     [("今年", "DATE"), ("40个", "COUNT"), ("15个", "COUNT"), ("22个", "COUNT")],
     {"15个": "计划投产项目", "22个": "计划竣工项目"}),
    ("2024年全市计划签约项目120个，开工项目95个。",
     [("2024年", "DATE"), ("120个", "COUNT"), ("95个", "COUNT")],
     {"95个": "计划开工项目"}),
    # guard: a project measure after a planned count keeps no plan word
    ("全区计划投产项目9个，总投资45.8亿元。",
     [("9个", "COUNT"), ("45.8亿元", "MONEY")],
     {"9个": "计划投产项目", "45.8亿元": "总投资"}),
    # class: a phase opening a project's measure goes on over the measures listed after it
    ("项目分两期建设，一期总投资8亿元，用地150亩。",
     [("8亿元", "MONEY"), ("150亩", "AREA")],
     {"8亿元": "一期总投资", "150亩": "一期用地"}),
    ("项目分三期建设，二期总投资12亿元，占地300亩，建筑面积20万平方米。",
     [("12亿元", "MONEY"), ("300亩", "AREA"), ("20万平方米", "AREA")],
     {"300亩": "二期占地", "20万平方米": "二期建筑面积"}),
    ("其中首期投资3亿元，占地80亩。",
     [("3亿元", "MONEY"), ("80亩", "AREA")],
     {"80亩": "首期占地"}),
    # guard: a clause with more than the measure (建成后年产值) starts afresh
    ("一期总投资8亿元，全部建成后年产值30亿元。",
     [("8亿元", "MONEY"), ("30亿元", "MONEY")],
     {"30亿元": "年产值"}),
]


@pytest.mark.parametrize("text, marks, expected", SHARED_CASES)
def test_a_level_list_or_a_plan_or_phase_word_is_shared_by_the_measures_listed(text, marks, expected):
    assert metrics(text, marks, expected) == expected


COUNTED_CASES = [
    # class: a count inside a quoted slogan counts the noun up to the closing quote
    ("此次活动采取“1个主会场+12个分会场”视频连线形式举行。",
     [("1个", "COUNT"), ("12个", "COUNT")],
     {"1个": "主会场", "12个": "分会场"}),
    ("全市着力打造“2个千亿级产业集群”目标任务。",
     [("2个", "COUNT")],
     {"2个": "产业集群"}),
    ("星河区推进“5个专业园区”项目建设。",
     [("星河区", "PLACE"), ("5个", "COUNT")],
     {"5个": "专业园区"}),
    ("全市打造“4个百亿级产业园区”发展平台。",
     [("4个", "COUNT")],
     {"4个": "产业园区"}),
    # class: a count, the sum that classes it (总投资X亿元) and then the noun counted
    ("龙头项目带动9个总投资86亿元配套项目落地。",
     [("9个", "COUNT"), ("86亿元", "MONEY")],
     {"9个": "配套项目", "86亿元": "总投资"}),
    ("今年共签约12个总投资120亿元先进制造业项目。",
     [("今年", "DATE"), ("12个", "COUNT"), ("120亿元", "MONEY")],
     {"12个": "先进制造业项目"}),
    ("开元区集中开工7个投资45亿元产业项目。",
     [("开元区", "PLACE"), ("7个", "COUNT"), ("45亿元", "MONEY")],
     {"7个": "产业项目"}),
    # guard: with 的 the noun after it (as before)
    ("全区集中开工15个总投资68亿元的重点项目。",
     [("15个", "COUNT"), ("68亿元", "MONEY")],
     {"15个": "重点项目"}),
    # class: an adjective inside the counted noun (配套, 老旧) and distinguishers in a row
    ("龙头企业带动引进12个产业链配套项目。",
     [("12个", "COUNT")],
     {"12个": "产业链配套项目"}),
    ("开元区培育5个产业链上下游配套企业。",
     [("开元区", "PLACE"), ("5个", "COUNT")],
     {"5个": "产业链上下游配套企业"}),
    ("星河区今年改造26个老旧小区。",
     [("星河区", "PLACE"), ("今年", "DATE"), ("26个", "COUNT")],
     {"26个": "老旧小区"}),
    # class: 新增 (a modifier ending in a growth word) before a count of the noun after it
    ("全市新增8家产业链配套企业。",
     [("8家", "COUNT")],
     {"8家": "新增产业链配套企业"}),
    ("开元区新增3个省级工程技术研究中心。",
     [("开元区", "PLACE"), ("3个", "COUNT")],
     {"3个": "新增省级工程技术研究中心"}),
    ("全县今年新增2所公办幼儿园。",
     [("今年", "DATE"), ("2所", "COUNT")],
     {"2所": "新增公办幼儿园"}),
    ("今年以来全市新增12家国家级专精特新企业。",
     [("12家", "COUNT")],
     {"12家": "新增国家级专精特新企业"}),
    # class (regression check): 平均, 人均 open the measure after the noun counted, not the noun
    ("监测的32种水果平均批发价格环比上涨。",
     [("32种", "COUNT")],
     {"32种": "水果"}),
    ("星河区15家重点企业人均产值增长。",
     [("星河区", "PLACE"), ("15家", "COUNT")],
     {"15家": "重点企业"}),
    ("开元县9个行政村亩均收益提高。",
     [("开元县", "PLACE"), ("9个", "COUNT")],
     {"9个": "行政村"}),
]


@pytest.mark.parametrize("text, marks, expected", COUNTED_CASES)
def test_a_count_names_the_noun_it_counts(text, marks, expected):
    assert metrics(text, marks, expected) == expected


ANNUAL_CASES = [
    # class: 年 right before a measure makes it an annual one (年税收, 年利润), as 年利税 and
    # 年销售收入 are written
    ("项目建成后，预计年产值达50亿元，年税收3亿元。",
     [("50亿元", "MONEY"), ("3亿元", "MONEY")],
     {"50亿元": "年产值", "3亿元": "年税收"}),
    ("该项目达产后年利润可达5亿元。",
     [("5亿元", "MONEY")],
     {"5亿元": "年利润"}),
    ("星河新材投产后预计年税收2.5亿元，带动就业800人。",
     [("星河新材", "COMPANY"), ("2.5亿元", "MONEY"), ("800人", "COUNT")],
     {"2.5亿元": "年税收"}),
    # guard: the year of a date is no part of the measure
    ("2023年税收收入完成30亿元。",
     [("2023年", "DATE"), ("30亿元", "MONEY")],
     {"30亿元": "税收收入"}),
]


@pytest.mark.parametrize("text, marks, expected", ANNUAL_CASES)
def test_nian_before_a_measure_makes_it_annual(text, marks, expected):
    assert metrics(text, marks, expected) == expected


NAMED_YARDSTICK_CASES = [
    # class: 比<scope>平均水平高/快/低 N个百分点 with no yardstick figure: as with one
    ("星河市1-7月规上工业增加值增长8.2%，比全省平均水平高2.1个百分点。",
     [("星河市", "PLACE"), ("1-7月", "DATE"), ("8.2%", "PERCENT"), ("2.1个百分点", "PERCENT")],
     {"2.1个百分点": "规上工业增加值增速高于全省"}),
    ("全县GDP增长6.5%，比全国平均水平快1.3个百分点。",
     [("6.5%", "PERCENT"), ("1.3个百分点", "PERCENT")],
     {"1.3个百分点": "GDP增速高于全国"}),
    ("上半年，开元区社会消费品零售总额增长7.2%，较全市平均水平低0.5个百分点。",
     [("上半年", "DATE"), ("开元区", "PLACE"), ("7.2%", "PERCENT"), ("0.5个百分点", "PERCENT")],
     {"0.5个百分点": "社会消费品零售总额增速低于全市"}),
]


@pytest.mark.parametrize("text, marks, expected", NAMED_YARDSTICK_CASES)
def test_a_difference_from_a_named_average_measures_the_growth_rate_against_it(text, marks, expected):
    assert metrics(text, marks, expected) == expected


WEEKDAY_CASES = [
    # class: a day of the week (上周五, 本周一, 周三) says when: no part of the measure
    ("星河重工上周五收报4.12元。",
     [("星河重工", "COMPANY"), ("4.12元", "MONEY")],
     {"4.12元": "收报"}),
    ("开元股份本周一收盘报6.85元。",
     [("开元股份", "COMPANY"), ("6.85元", "MONEY")],
     {"6.85元": "收盘报"}),
    ("该股周三收报5.6元，涨幅2.1%。",
     [("5.6元", "MONEY"), ("2.1%", "PERCENT")],
     {"5.6元": "收报"}),
    # guard: a place whose name begins with 周 is no day (周口)
    ("周口港集装箱吞吐量突破10万标箱。",
     [("周口港", "ORG"), ("10万标箱", "COUNT")],
     {"10万标箱": "集装箱吞吐量"}),
]


@pytest.mark.parametrize("text, marks, expected", WEEKDAY_CASES)
def test_a_day_of_the_week_is_no_part_of_a_measure(text, marks, expected):
    assert metrics(text, marks, expected) == expected


WORD_EDGE_CASES = [
    # class: 全年 before a measure opening with 年 (年接待游客, 年产值): the modifier is read whole
    ("栾川县全年接待游客1860万人次。",
     [("栾川县", "PLACE"), ("1860万人次", "COUNT")],
     {"1860万人次": "全年接待游客"}),
    ("星河区全年产值达到86亿元。",
     [("星河区", "PLACE"), ("86亿元", "MONEY")],
     {"86亿元": "全年产值"}),
    ("开元电厂全年发电量达到32亿千瓦时。",
     [("开元电厂", "ORG"), ("32亿千瓦时", "ENERGY")],
     {"32亿千瓦时": "全年发电量"}),
    # class: a verb of change before the new value (发展到, 扩大至, 攀升至) is no part of the measure
    ("全市设施农业面积发展到45万亩。",
     [("45万亩", "AREA")],
     {"45万亩": "设施农业面积"}),
    ("开元县蔬菜种植面积扩大至12万亩。",
     [("开元县", "PLACE"), ("12万亩", "AREA")],
     {"12万亩": "蔬菜种植面积"}),
    ("星河区电子商务交易额攀升至58亿元。",
     [("星河区", "PLACE"), ("58亿元", "MONEY")],
     {"58亿元": "电子商务交易额"}),
    # class: a kind word before a bare group noun stays (规上企业), scope words go
    ("该园区现有入驻企业56家，其中规上企业22家。",
     [("56家", "COUNT"), ("22家", "COUNT")],
     {"56家": "入驻企业", "22家": "规上企业"}),
    ("全县规上企业达到360家。",
     [("360家", "COUNT")],
     {"360家": "规上企业"}),
    ("开元县纳入统计的规上企业286家。",
     [("开元县", "PLACE"), ("286家", "COUNT")],
     {"286家": "规上企业"}),
    # guard: a scope word before a bare group noun goes
    ("全县企业达到1200家。",
     [("1200家", "COUNT")],
     {"1200家": "企业"}),
]


@pytest.mark.parametrize("text, marks, expected", WORD_EDGE_CASES)
def test_words_at_the_edge_of_a_measure(text, marks, expected):
    assert metrics(text, marks, expected) == expected


BUILD_SIZE_CASES = [
    # class: 建设规模 names a measure whole (not 规模 after the verb 建设)
    ("星河光伏项目总投资4.2亿元，建设规模80兆瓦。",
     [("星河光伏项目", "PROJECT"), ("4.2亿元", "MONEY"), ("80兆瓦", "POWER")],
     {"80兆瓦": "建设规模"}),
    ("项目建设规模200兆瓦，总投资8亿元。",
     [("200兆瓦", "POWER"), ("8亿元", "MONEY")],
     {"200兆瓦": "建设规模"}),
    ("开元县分布式光伏建设规模达到60万千瓦。",
     [("开元县", "PLACE"), ("60万千瓦", "POWER")],
     {"60万千瓦": "分布式光伏建设规模"}),  # the nouns before it join (as 夏粮总产量)
]


@pytest.mark.parametrize("text, marks, expected", BUILD_SIZE_CASES)
def test_build_size_is_one_measure(text, marks, expected):
    assert metrics(text, marks, expected) == expected


PER_SHARE_CASES = [
    # class: a measure written before 每股 is one per share, named 每股X (as 每股收益)
    ("星河股份拟派末期息每股0.12元。",
     [("星河股份", "COMPANY"), ("0.12元", "MONEY")],
     {"0.12元": "每股末期息"}),
    ("开元集团去年分红每股0.5元。",
     [("开元集团", "COMPANY"), ("去年", "DATE"), ("0.5元", "MONEY")],
     {"0.5元": "每股分红"}),
    ("星河矿业中期股息每股0.1港元。",
     [("星河矿业", "COMPANY"), ("0.1港元", "MONEY")],
     {"0.1港元": "每股中期股息"}),
    # guard: 每股 already before the measure stays where it is
    ("星河股份基本每股收益0.35元。",
     [("星河股份", "COMPANY"), ("0.35元", "MONEY")],
     {"0.35元": "基本每股收益"}),
]


@pytest.mark.parametrize("text, marks, expected", PER_SHARE_CASES)
def test_a_measure_per_share_is_named_per_share_first(text, marks, expected):
    assert metrics(text, marks, expected) == expected


HEADED_CASES = [
    # class: a measure before a colon or comma heads the clause after it, which names only its
    # scope or time and a filler verb (全年完成, 今年达到): the figure measures it
    ("地区生产总值：全年完成5600亿元，增长5%。",
     [("5600亿元", "MONEY"), ("5%", "PERCENT")],
     {"5600亿元": "地区生产总值", "5%": "地区生产总值增长"}),
    ("粮食总产量：全年达到52亿斤。",
     [("52亿斤", "MASS")],
     {"52亿斤": "粮食总产量"}),
    ("社会消费品零售总额，全年实现860亿元。",
     [("860亿元", "MONEY")],
     {"860亿元": "社会消费品零售总额"}),
    ("一般公共预算收入：今年完成38亿元。",
     [("今年", "DATE"), ("38亿元", "MONEY")],
     {"38亿元": "一般公共预算收入"}),
    # guard: money completed after a clause naming no measure is investment (as before)
    ("项目建设有序推进，截至目前完成7.8亿元。",
     [("7.8亿元", "MONEY")],
     {"7.8亿元": "完成投资"}),
]


@pytest.mark.parametrize("text, marks, expected", HEADED_CASES)
def test_a_measure_heading_a_clause_is_what_its_figure_measures(text, marks, expected):
    assert metrics(text, marks, expected) == expected
