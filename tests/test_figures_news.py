"""Issue 13: the classes of figure errors seen on real news, one table per class. Every
sentence is invented for these tests (SPEC "Conventions for cases the tables above leave open")."""

from __future__ import annotations

from fractions import Fraction

import pytest

from test_figures import C, check, class_rows, ex, F, got  # ex: the shared fixture


NOT_FIGURES = [  # plan names, ‰ rates, 三次产业, qualifier-looking words
    "“十四五”时期加快发展",
    "十三五规划圆满收官",
    "到“十五五”末基本建成",
    "三次产业结构持续优化",
    "出生率6.35‰，死亡率7.1‰",
    "自然增长率-0.52‰",
    "事故率控制在千分之三",
    "万元GDP能耗下降",
    "百万吨乙烯项目",
    "千亿级产业集群",
    "可停靠5万吨级船舶",              # a class of size after a unit, as 千亿级 (SPEC: grades)
    "一台60万千瓦级机组",
    "处理能力75t/h",                 # rates per time and concentrations have no label
    "限速120km/h",
    "设计时速350公里",               # a length after a word of speed is a speed
    "最高时速达到200公里",
    "车速每小时80公里",
    "浓度28微克/立方米",
    "投入2亿元/年",
    "利润实现两位数增长",            # a size of number (两位数), not a count of 位
]

CLASSES = {
    "days and months resolved against publication": [
        ("31日，两地签约", "2024-08-01", [F("31日", "DATE", "2024-08-31")]),  # mechanical, as SPEC
        ("3日开工", "2025-01-03", [F("3日", "DATE", "2025-01-03")]),
        ("5月末贷款增加，当月新增12亿元", "2024-06-10", [F("5月", "DATE", "2024-05"), F("12亿元", "MONEY", 1200000000)]),
        ("力争后年建成", "2024-06-10", [F("后年", "DATE", "2026")]),
        ("建成后年产值8亿元", "2024-06-10", [F("8亿元", "MONEY", 800000000)]),
    ],
    "quarters sharing 季度 (一至三季度) are one range, as 前三季度 is": [
        ("一至三季度，全县税收增长", "2024-11-25", [F("一至三季度", "DATE", "2024-Q1", lo="2024-Q1", hi="2024-Q3")]),
        ("2023年1—2季度出口回升", None, [F("2023年1—2季度", "DATE", "2023-Q1", lo="2023-Q1", hi="2023-Q2")]),
        ("第二至第四季度订单饱满", "2024-11-25", [F("第二至第四季度", "DATE", "2024-Q2", lo="2024-Q2", hi="2024-Q4")]),
        ("前三季度，全县税收增长", "2024-11-25", [F("前三季度", "DATE", "2024-Q1", lo="2024-Q1", hi="2024-Q3")]),  # control
        # a year's first months are a range of months, as 1至10月 (a year word says whose)
        ("今年前10个月，全县税收增长", "2024-11-25", [F("今年前10个月", "DATE", "2024-01", lo="2024-01", hi="2024-10")]),
        ("2023年前两个月出口回升", None, [F("2023年前两个月", "DATE", "2023-01", lo="2023-01", hi="2023-02")]),
        ("工程前3个月完成投资", None, [F("3个月", "DURATION", "P3M")]),  # control: no year, a duration
    ],
    "year of account": [
        ("2023年度全县重点项目", None, [F("2023年度", "DATE", "2023")]),
        ("发布二〇二二年度报告", None, [F("二〇二二年度", "DATE", "2022")]),
    ],
    "magnitudes without digits": [
        ("其中亿元以上项目52个", [F("亿元以上", "MONEY", 100000000, q="over"), C("52个", 52, "个")]),
        ("单体投资千万元以上", [F("千万元以上", "MONEY", 10000000, q="over")]),
        ("撬动社会资本数十亿元", [F("数十亿元", "MONEY", 1000000000, lo=1000000000, hi=10000000000)]),
        ("建设百万千瓦风电基地", [F("百万千瓦", "POWER", 1000000)]),
        ("超亿元的项目", [F("超亿元", "MONEY", 100000000, q="over")]),
        ("新开工81个亿元以上项目", [C("81个", 81, "个"), F("亿元以上", "MONEY", 100000000, q="over")]),
    ],
    "Chinese numeral before a 千-unit": [
        ("装机一百千瓦", [F("一百千瓦", "POWER", 100)]),
        ("重五十千克", [F("五十千克", "MASS", 50)]),
        ("全长二十千米", [F("二十千米", "LENGTH", 20000)]),
        ("年发电三百千瓦时", [F("三百千瓦时", "ENERGY", 300)]),
        ("功率一千千瓦", [F("一千千瓦", "POWER", 1000)]),
    ],
    "currency symbols and words": [
        ("售价$20一件", [F("$20", "MONEY", 20, "USD")]),
        ("门票￥300", [F("￥300", "MONEY", 300)]),
        ("融资US$5亿", [F("US$5亿", "MONEY", 500000000, "USD")]),
        ("筹集HK$1,200万", [F("HK$1,200万", "MONEY", 12000000, "HKD")]),
        ("约合€15", [F("€15", "MONEY", 15, "EUR")]),
        ("台湾营收达3兆元", [F("3兆元", "MONEY", 3000000000000)]),
        ("兑换4人民币 5美元", [F("4人民币", "MONEY", 4), F("5美元", "MONEY", 5, "USD")]),
        ("贷款8亿元人民币", [F("8亿元", "MONEY", 800000000)]),
    ],
    "other units": [
        ("身高170公分", [F("170公分", "LENGTH", 1.7)]),
        ("买了三两茶叶", [F("三两", "MASS", 0.15)]),
        ("喝了二两。", [F("二两", "MASS", 0.1)]),
        ("猪肉5斤", [F("5斤", "MASS", 2.5)]),
        ("费率万分之五", [F("万分之五", "PERCENT", 0.05)]),
        ("来了三两个人", [C("三两个", 2, "个", lo=2, hi=3)]),
        ("每片含10毫克", [F("10毫克", "MASS", 0.00001)]),
        ("采用5纳米工艺", [F("5纳米", "LENGTH", 5e-9)]),
        ("单价12元/斤", [F("12元", "MONEY", 12)]),
    ],
    "块 by the clause": [
        ("年产电路板300万块，", [C("300万块", 3000000, "块")]),
        ("铺设光伏板1.2万块", [C("1.2万块", 12000, "块")]),
        ("票价每张20块，", [F("20块", "MONEY", 20)]),
        ("他花了五十块。", [F("五十块", "MONEY", 50)]),
        ("找回三块五毛", [F("三块五毛", "MONEY", 3.5)]),
    ],
    "所 at a clause end, doses": [
        ("新建中小学校12所,扩建4所。", [C("12所", 12, "所"), C("4所", 4, "所")]),
        ("累计接种疫苗86万剂次", [C("86万剂次", 860000, "剂次")]),
        ("为群众所熟知", []),
    ],
    "a grade after a unit (级) is no quantity; a rank word (级别) is no grade; N个万X counts": [
        ("新建3个5万吨级泊位", [C("3个", 3, "个")]),
        ("岗位分为5个级别", [C("5个", 5, "个")]),  # control
        # N个 + 万 + unit counts N things of that size (5个万亩示范方), as 两个亿 is 2亿 for 亿 only
        ("规划建设6个万亩高标准农田示范区", [C("6个", 6, "个")]),
        ("新建4个万头生猪养殖场", [C("4个", 4, "个")]),
        ("融资两个亿美元", [F("两个亿美元", "MONEY", 200000000, "USD")]),  # control
    ],
    "counts of visits and batches (classifier + 次)": [
        ("抽检食品样品3200批次", [C("3200批次", 3200, "批次")]),
        ("检查车辆1500台次", [C("1500台次", 1500, "台次")]),
        ("走访企业640户次", [C("640户次", 640, "户次")]),
        ("举办招聘会36场次", [C("36场次", 36, "场次")]),
        ("接待游客8万人次", [C("8万人次", 80000, "人次")]),  # control
    ],
    "counts of administrative units": [
        ("全市辖2市5县4区", [C("2市", 2, "市"), C("5县", 5, "县"), C("4区", 4, "区")]),
        ("覆盖三市两县", [C("三市", 3, "市"), C("两县", 2, "县")]),
        ("在全省十县市中排名", []),
        ("许昌、漯河两市联合发布", []),   # a list of names restated, not counted
        ("该市下辖五县", [C("五县", 5, "县")]),
        ("全省18市同步开工", [C("18市", 18, "市")]),
        ("郑州和洛阳两市签约", []),
        ("沿河五镇共建生态廊道", [C("五镇", 5, "镇")]),  # towns counted, not a place named 五镇
        ("全区新建3镇", [C("3镇", 3, "镇")]),
        ("三镇长出席", []),  # 镇长: a title, not towns
        ("城关和东关两镇联合发布", []),  # a list of names restated, not counted
    ],
    "implied counted noun": [
        ("全县常住人口约为86万。", [C("86万", 860000, "人")]),
        ("城镇新增就业1.2万，", [C("1.2万", 12000, "人")]),
        ("参保户数接近3.5万，", [C("接近3.5万", 35000, "户", q="nearly")]),
        ("常住人口320万人", [C("320万人", 3200000, "人")]),
    ],
    "约 and other words that are not qualifiers": [
        ("集中签约一批、开工一批", []),
        ("签约12个项目", [C("12个", 12, "个")]),
        ("年产能不低于300兆瓦", [F("300兆瓦", "POWER", 300000)]),
        ("募资不超过8亿元", [F("8亿元", "MONEY", 800000000)]),  # at most: no 超过 (over) inside it
        ("单笔不超5000万元", [F("5000万元", "MONEY", 50000000)]),
        ("至少5家企业", [C("5家", 5, "家")]),
        ("总量约为1500万千瓦时", [F("1500万千瓦时", "ENERGY", 15000000)]),
        ("工期半年以内", [F("半年", "DURATION", "P6M")]),
    ],
    "一 as a count": [
        ("设一个主会场、8个分会场", [C("一个", 1, "个"), C("8个", 8, "个")]),
        ("这是全省唯一一座核电站", []),
        ("建成后将是一个地标", []),
    ],
    "lists sharing one unit": [
        ("分别提高1.5和2.0个百分点", [F("1.5", "PERCENT", 1.5, "pp"), F("2.0个百分点", "PERCENT", 2, "pp")]),
        ("分别增长3.1、2.4、0.9和1.6%", [F("3.1", "PERCENT", 3.1), F("2.4", "PERCENT", 2.4),
                                     F("0.9", "PERCENT", 0.9), F("1.6%", "PERCENT", 1.6)]),
        ("分别为15亿元、6亿。", [F("15亿元", "MONEY", 1500000000), F("6亿", "MONEY", 600000000)]),
        ("新建3和5个园区", [C("3", 3, "个"), C("5个", 5, "个")]),
        # after the unit the list may go on past a bare number (、2.1亿和1.5亿)
        ("税收分别达到4.2亿元、2.6亿和1.8亿。", [F("4.2亿元", "MONEY", 420000000), F("2.6亿", "MONEY", 260000000),
                                    F("1.8亿", "MONEY", 180000000)]),
    ],
    "durations": [
        ("连续5个季度增长", [F("5个季度", "DURATION", "P15M")]),
        ("一个多月后完工", [F("一个多月", "DURATION", "P1M", q="over")]),
        ("工期一个半月", [F("一个半月", "DURATION", "P1.5M")]),
        ("会议开了三个多小时", [F("三个多小时", "DURATION", "PT3H", q="over")]),
    ],
    "a speed is no length, the length beside it is": [
        ("设计时速350公里，全长约90公里", [F("约90公里", "LENGTH", 90000, "m", q="approx")]),
        ("看过时速表后又行驶约3公里", [F("约3公里", "LENGTH", 3000, "m", q="approx")]),  # no speed right before
    ],
}
ROWS, IDS = class_rows(CLASSES)


@pytest.mark.parametrize("cls, sentence, published, expected", ROWS, ids=IDS)
def test_issue13_class(ex, cls, sentence, published, expected):
    check(ex, sentence, expected, published)


@pytest.mark.parametrize("sentence", NOT_FIGURES)
def test_issue13_not_figures(ex, sentence):
    assert got(ex, sentence) == []


def test_table_row_number_before_a_year_is_no_duration(ex):
    assert [s for s in got(ex, "\n12024年孟津区指数") if s[1] == "DURATION"] == []


@pytest.mark.parametrize("text, value, q", [
    ("30万上下", 300000, "approx"),     # synonyms the span matcher leaves outside
    ("小于40万", 400000, "under"),
    ("至少5000元", 5000, "over"),
    ("三百块", 300, None),              # 块 is money when the caller says it is
])
def test_parse_money_reads_synonyms(text, value, q):
    from luoyang_nlp.figures import parse_money

    c = parse_money(text)
    assert (c.value, c.unit, c.qualifier) == (value, "CNY", q)


@pytest.mark.parametrize("text, expected", [
    ("零十", [("零十", 10)]),
    ("两百点两", [("两百", 200), ("两", 2)]),     # 点两 is no decimal
    ("三点五", [("三点五", Fraction(7, 2))]),
    ("叁点叁", [("叁点叁", Fraction(33, 10))]),
    ("这是四川不是五", [("五", 5)]),              # 四川: a word, not a number
    ("一切都好", []),
])
def test_find_numbers(text, expected):
    from luoyang_nlp.figures.numbers import find_numbers

    assert [(text[s:e], v) for s, e, v in find_numbers(text)] == expected
