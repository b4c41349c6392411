"""Facts of kinds of articles hunted in session 22 (helper c): county quarterly reports,
budgets, listed firms, bank news. Invented sentences; spans given explicitly
(``test_facts.figure_table``)."""

from __future__ import annotations

import pytest

from test_facts import figure_table


def pick(text, marks, expected):
    """(metric, subject) of the figures ``expected`` names."""
    got = figure_table(text, marks)
    return {k: got[k][:2] for k in expected}


CATEGORY_CASES = [
    # class: a statistical or budget category written with 和/及/与 inside (批发和零售业,
    # 社会保障和就业) is one name: the measure keeps it whole, not the part after the joiner
    ("一季度，全县批发和零售业增加值完成8.6亿元，增长5.2%。",
     [("一季度", "DATE"), ("8.6亿元", "MONEY"), ("5.2%", "PERCENT")],
     {"8.6亿元": ("批发和零售业增加值", None), "5.2%": ("批发和零售业增加值增长", None)}),
    ("今年全市社会保障和就业支出安排96亿元，城乡社区支出安排31亿元。",
     [("今年", "DATE"), ("96亿元", "MONEY"), ("31亿元", "MONEY")],
     {"96亿元": ("社会保障和就业支出安排", None), "31亿元": ("城乡社区支出安排", None)}),
    ("1—9月，全区灾害防治及应急管理支出2.7亿元，文化旅游体育与传媒支出1.4亿元。",
     [("1—9月", "DATE"), ("2.7亿元", "MONEY"), ("1.4亿元", "MONEY")],
     {"2.7亿元": ("灾害防治及应急管理支出", None), "1.4亿元": ("文化旅游体育与传媒支出", None)}),
    ("上半年，交通运输、仓储和邮政业增加值增长6.3%。",
     [("上半年", "DATE"), ("6.3%", "PERCENT")],
     {"6.3%": ("交通运输、仓储和邮政业增加值增长", None)}),
    # guard: two nouns joined outside the table stay as the extension rule reads them
    ("全县教育和科技支出合计9.6亿元。",
     [("9.6亿元", "MONEY")],
     {"9.6亿元": ("教育和科技支出", None)}),
]


@pytest.mark.parametrize("text, marks, expected", CATEGORY_CASES)
def test_a_category_with_a_joiner_inside_is_one_name_of_the_measure(text, marks, expected):
    assert pick(text, marks, expected) == expected


BANK_CASES = [
    # class: 该行 with two banks named before it: the bank the paragraph is about (the one
    # opening its clause), not the partner named nearer
    ("工商银行洛阳分行与洛阳银行签署战略合作协议。该行今年以来累计发放小微企业贷款45亿元。",
     [("工商银行洛阳分行", "COMPANY"), ("洛阳银行", "COMPANY"), ("今年", "DATE"), ("45亿元", "MONEY")],
     {"45亿元": ("发放小微企业贷款", "工商银行洛阳分行")}),
    ("中原银行洛阳分行携手郑州银行洛阳分行为企业授信8亿元。截至9月末，该行各项存款余额达到520亿元。",
     [("中原银行洛阳分行", "COMPANY"), ("郑州银行洛阳分行", "COMPANY"), ("8亿元", "MONEY"), ("9月", "DATE"),
      ("520亿元", "MONEY")],
     {"520亿元": ("各项存款余额", "中原银行洛阳分行")}),
    ("农业银行洛阳分行积极对接交通银行洛阳分行等金融机构。\n今年以来，该行累计投放涉农贷款63亿元。",
     [("农业银行洛阳分行", "COMPANY"), ("交通银行洛阳分行", "COMPANY"), ("今年", "DATE"), ("63亿元", "MONEY")],
     {"63亿元": ("投放涉农贷款", "农业银行洛阳分行")}),
    # guard: the nearer bank opening its own sentence is the one meant
    ("洛阳银行与多家企业签约。建设银行洛阳分行表示，该行今年累计发放贷款80亿元。",
     [("洛阳银行", "COMPANY"), ("建设银行洛阳分行", "COMPANY"), ("今年", "DATE"), ("80亿元", "MONEY")],
     {"80亿元": ("发放贷款", "建设银行洛阳分行")}),
]


@pytest.mark.parametrize("text, marks, expected", BANK_CASES)
def test_this_bank_is_the_bank_the_paragraph_is_about(text, marks, expected):
    assert pick(text, marks, expected) == expected


SHARE_CASES = [
    # class: a growth rate after a share of a plan or a whole (完成年度目标的78%, 占年度预算的72%)
    # is the growth of the amount before the share, not of the share
    ("前三季度，全县税收收入完成6.2亿元，完成年度目标的78.1%，同比增长5.6%。",
     [("前三季度", "DATE"), ("6.2亿元", "MONEY"), ("78.1%", "PERCENT"), ("5.6%", "PERCENT")],
     {"78.1%": ("完成年度目标", None), "5.6%": ("税收收入增长", None)}),
    ("1—9月，全区固定资产投资完成82亿元，完成年度计划的80.4%，增长11.2%。",
     [("1—9月", "DATE"), ("82亿元", "MONEY"), ("80.4%", "PERCENT"), ("11.2%", "PERCENT")],
     {"11.2%": ("固定资产投资增长", None)}),
    ("今年以来，全市一般公共预算支出完成320亿元，占年度预算的72.3%，增长4.1%。",
     [("今年", "DATE"), ("320亿元", "MONEY"), ("72.3%", "PERCENT"), ("4.1%", "PERCENT")],
     {"4.1%": ("一般公共预算支出增长", None)}),
    # a budget is a plan too: 完成年度预算的 names the share
    ("1—10月，全县一般公共预算收入完成4.8亿元，完成年度预算的86.5%，同比增长9.2%。",
     [("1—10月", "DATE"), ("4.8亿元", "MONEY"), ("86.5%", "PERCENT"), ("9.2%", "PERCENT")],
     {"86.5%": ("完成年度预算", None), "9.2%": ("一般公共预算收入增长", None)}),
    # guard: a change in percentage points after a share is the share's own
    ("全县研发经费投入占GDP比重为2.1%，比上年提高0.3个百分点。",
     [("2.1%", "PERCENT"), ("上年", "DATE"), ("0.3个百分点", "PERCENT")],
     {"0.3个百分点": ("研发经费投入占GDP比重提高", None)}),
]


@pytest.mark.parametrize("text, marks, expected", SHARE_CASES)
def test_a_growth_after_a_share_is_of_the_amount_before_the_share(text, marks, expected):
    assert pick(text, marks, expected) == expected


EMPLOYED_CASES = [
    # class: an employment measure after 实现 keeps the group of people it counts, whatever
    # the tags of the group's words (就业困难人员 opens with a verb, 脱贫人口 too)
    ("全年城镇新增就业5200人，就业困难人员实现就业480人。",
     [("5200人", "COUNT"), ("480人", "COUNT")],
     {"480人": ("就业困难人员就业", None)}),
    ("今年以来，全县脱贫人口实现就业2.36万人，高校毕业生实现就业1800人。",
     [("今年", "DATE"), ("2.36万人", "COUNT"), ("1800人", "COUNT")],
     {"2.36万人": ("脱贫人口就业", None), "1800人": ("高校毕业生就业", None)}),
    ("1—9月，全区退役军人实现就业420人。",
     [("1—9月", "DATE"), ("420人", "COUNT")],
     {"420人": ("退役军人就业", None)}),
    # guard: a firm group before 实现 and a measure that is no employment stays out
    ("前三季度，全县规上工业企业实现营业收入386亿元。",
     [("前三季度", "DATE"), ("386亿元", "MONEY")],
     {"386亿元": ("营业收入", None)}),
]


@pytest.mark.parametrize("text, marks, expected", EMPLOYED_CASES)
def test_an_employment_measure_keeps_the_group_employed(text, marks, expected):
    assert pick(text, marks, expected) == expected


HARVEST_CASES = [
    # class: 收获面积 is a measure of its own (as 播种面积): the crop before it stays with it,
    # the verb inside does not cut it to 面积
    ("上半年，甲县小麦收获面积68.5万亩，玉米播种面积52万亩。",
     [("上半年", "DATE"), ("甲县", "PLACE"), ("68.5万亩", "AREA"), ("52万亩", "AREA")],
     {"68.5万亩": ("小麦收获面积", "甲县"), "52万亩": ("玉米播种面积", "甲县")}),
    ("今年，全县秋粮收获面积46万亩，总产量2.1亿斤。",
     [("今年", "DATE"), ("46万亩", "AREA"), ("2.1亿斤", "MASS")],
     {"46万亩": ("秋粮收获面积", None)}),
]


@pytest.mark.parametrize("text, marks, expected", HARVEST_CASES)
def test_a_harvested_area_keeps_its_crop(text, marks, expected):
    assert pick(text, marks, expected) == expected


FIRM_PERIOD_CASES = [
    # class: a sentence about a firm whose only opener is a date (其中，二季度实现营收…) gives a
    # period of the firm's results: the firm carried down owns them
    ("洛阳钼业发布半年报，上半年公司实现营业收入1029亿元。其中，二季度实现营业收入560亿元。",
     [("洛阳钼业", "COMPANY"), ("上半年", "DATE"), ("1029亿元", "MONEY"), ("二季度", "DATE"), ("560亿元", "MONEY")],
     {"560亿元": ("营业收入", "洛阳钼业")}),
    ("中航光电披露三季报，前三季度公司实现营业收入153.5亿元。\n其中，第三季度单季实现营收50.2亿元，环比增长4.1%。",
     [("中航光电", "COMPANY"), ("前三季度", "DATE"), ("153.5亿元", "MONEY"), ("第三季度", "DATE"),
      ("50.2亿元", "MONEY"), ("4.1%", "PERCENT")],
     {"50.2亿元": ("营收", "中航光电"), "4.1%": ("营收增长", "中航光电")}),
    ("某某科技股份有限公司发布年报，2023年实现营业收入38亿元。\n其中，第四季度实现净利润1.2亿元。",
     [("某某科技股份有限公司", "COMPANY"), ("2023年", "DATE"), ("38亿元", "MONEY"), ("第四季度", "DATE"),
      ("1.2亿元", "MONEY")],
     {"1.2亿元": ("净利润", "某某科技股份有限公司")}),
    # guard: a place's topic is not carried over a date-opened group (今年前两批开工的…项目)
    ("9月10日，甲市第三批重大项目集中开工。今年前两批开工的120个重大项目已完成投资210亿元。",
     [("9月10日", "DATE"), ("甲市", "PLACE"), ("今年", "DATE"), ("120个", "COUNT"), ("210亿元", "MONEY")],
     {"210亿元": ("已完成投资", None)}),
]


@pytest.mark.parametrize("text, marks, expected", FIRM_PERIOD_CASES)
def test_a_period_of_a_firms_results_is_the_firms(text, marks, expected):
    assert pick(text, marks, expected) == expected


TRADE_CASES = [
    # class: a trade mode before a trade measure (一般贸易, 加工贸易, tagged as verbs) is part of it
    ("从贸易方式看，一般贸易进出口230亿元，增长14.1%；加工贸易进出口38亿元。",
     [("230亿元", "MONEY"), ("14.1%", "PERCENT"), ("38亿元", "MONEY")],
     {"230亿元": ("一般贸易进出口", None), "14.1%": ("一般贸易进出口增长", None), "38亿元": ("加工贸易进出口", None)}),
    ("前三季度，全市一般贸易出口156亿元，加工贸易出口24亿元。",
     [("前三季度", "DATE"), ("156亿元", "MONEY"), ("24亿元", "MONEY")],
     {"156亿元": ("一般贸易出口", None), "24亿元": ("加工贸易出口", None)}),
    ("1—6月，甲县一般贸易进口3.2亿元。",
     [("1—6月", "DATE"), ("甲县", "PLACE"), ("3.2亿元", "MONEY")],
     {"3.2亿元": ("一般贸易进口", "甲县")}),
]


@pytest.mark.parametrize("text, marks, expected", TRADE_CASES)
def test_a_trade_mode_is_part_of_the_trade_measure(text, marks, expected):
    assert pick(text, marks, expected) == expected


ELIDED_CASES = [
    # class: a count of 个 right after a stage word (已开工58个), in a text about projects, counts
    # the projects at that stage, the noun left out: 已开工项目
    ("甲区今年共实施重点项目72个，年度计划投资156亿元。\n截至目前，已开工58个，开工率80.6%。",
     [("甲区", "PLACE"), ("今年", "DATE"), ("72个", "COUNT"), ("156亿元", "MONEY"), ("58个", "COUNT"),
      ("80.6%", "PERCENT")],
     {"58个": ("已开工项目", "甲区")}),
    ("全县今年谋划招商项目40个，目前已签约26个。",
     [("今年", "DATE"), ("40个", "COUNT"), ("26个", "COUNT")],
     {"26个": ("已签约项目", None)}),
    ("全市列入省重点项目的127个项目中，已竣工18个，新开工36个。",
     [("127个", "COUNT"), ("18个", "COUNT"), ("36个", "COUNT")],
     {"18个": ("已竣工项目", None), "36个": ("新开工项目", None)}),
    # guard: a noun before the stage word names what is counted
    ("今年以来，全县新增市场主体3200户，其中企业已注册860个。",
     [("今年", "DATE"), ("3200户", "COUNT"), ("860个", "COUNT")],
     {"860个": ("企业已注册", None)}),
]


@pytest.mark.parametrize("text, marks, expected", ELIDED_CASES)
def test_a_count_after_a_stage_word_counts_the_projects(text, marks, expected):
    assert pick(text, marks, expected) == expected


RESTATED_CASES = [
    # class: a figure right after one of its own label and a word of reaching (突破百亿元，达到
    # 105亿元) restates that one's measure; 首次 before 突破 is no part of the measure
    ("甲集团今年营业收入突破百亿元，达到105亿元。",
     [("甲集团", "COMPANY"), ("今年", "DATE"), ("百亿元", "MONEY"), ("105亿元", "MONEY")],
     {"105亿元": ("营业收入", "甲集团")}),
    ("今年，全县GDP首次突破300亿元，达到312亿元，增长6.1%。",
     [("今年", "DATE"), ("300亿元", "MONEY"), ("312亿元", "MONEY"), ("6.1%", "PERCENT")],
     {"300亿元": ("GDP", None), "312亿元": ("GDP", None), "6.1%": ("GDP增长", None)}),
    ("全年接待游客超过千万人次，达到1080万人次。",
     [("超过千万人次", "COUNT"), ("1080万人次", "COUNT")],
     {"1080万人次": ("全年接待游客", None)}),
]


@pytest.mark.parametrize("text, marks, expected", RESTATED_CASES)
def test_a_figure_reached_after_a_threshold_restates_its_measure(text, marks, expected):
    assert pick(text, marks, expected) == expected


def stage_pick(text, marks, expected):
    """(metric, stage) of the figures ``expected`` names."""
    got = figure_table(text, marks)
    return {k: (got[k][0], got[k][3]) for k in expected}


PROGRESS_CASES = [
    # class: a project's share of work done (主体工程已完工80%, 填筑完成65%, 形象进度70%) reports a
    # project being built (在建), not finished; 完工 reads as 完成 (已 goes)
    ("甲游客服务中心项目总投资5.6亿元，主体工程已完工80%。",
     [("甲游客服务中心项目", "PROJECT"), ("5.6亿元", "MONEY"), ("80%", "PERCENT")],
     {"80%": ("主体工程完工", "在建")}),
    ("乙河生态治理工程总投资18亿元，河道清淤已完工65%，预计明年竣工。",
     [("乙河生态治理工程", "PROJECT"), ("18亿元", "MONEY"), ("65%", "PERCENT")],
     {"65%": ("河道清淤完工", "在建")}),
    ("丙生态治理工程总投资18亿元，目前工程形象进度达到70%。",
     [("丙生态治理工程", "PROJECT"), ("18亿元", "MONEY"), ("70%", "PERCENT")],
     {"70%": ("形象进度", "在建")}),
]


@pytest.mark.parametrize("text, marks, expected", PROGRESS_CASES)
def test_a_share_of_work_done_reports_a_project_being_built(text, marks, expected):
    assert stage_pick(text, marks, expected) == expected


BUDGET_CASES = [
    # class: the four government budgets are measures of their own (政府性基金预算收入, not cut
    # as a long phrase to 性基金预算收入), and a budget measure before 安排 / 预算安排 keeps
    # its name with the word of the planned amount
    ("2024年全市一般公共预算收入预算安排为420亿元，政府性基金预算收入安排180亿元。",
     [("2024年", "DATE"), ("420亿元", "MONEY"), ("180亿元", "MONEY")],
     {"420亿元": ("一般公共预算收入预算安排", None), "180亿元": ("政府性基金预算收入安排", None)}),
    ("今年全区国有资本经营预算收入安排3.2亿元，社会保险基金预算支出28亿元。",
     [("今年", "DATE"), ("3.2亿元", "MONEY"), ("28亿元", "MONEY")],
     {"3.2亿元": ("国有资本经营预算收入安排", None), "28亿元": ("社会保险基金预算支出", None)}),
    ("全市今年发行新增地方政府专项债券96亿元。",
     [("今年", "DATE"), ("96亿元", "MONEY")],
     {"96亿元": ("新增地方政府专项债券", None)}),
    # and a crop's planting scale keeps its crop (香菇种植规模, not 规模)
    ("甲县今年香菇种植规模达到1.2亿袋，产值12亿元。",
     [("甲县", "PLACE"), ("今年", "DATE"), ("1.2亿袋", "COUNT"), ("12亿元", "MONEY")],
     {"1.2亿袋": ("香菇种植规模", "甲县")}),
]


@pytest.mark.parametrize("text, marks, expected", BUDGET_CASES)
def test_a_budget_measure_keeps_its_name(text, marks, expected):
    assert pick(text, marks, expected) == expected
