"""Figure error classes of social-security, price, legal and disaster news, one table per class.
Every sentence is invented for these tests; rows marked ``# guard`` hold what already worked
and must keep working, every other row failed before its fix (SPEC "Figure labels" and
"Conventions for cases the tables above leave open")."""

from __future__ import annotations

import pytest

from test_figures import C, check, class_rows, ex, F  # ex: the shared fixture


CLASSES = {
    # a number right after a word ending in 数 (人数, 户数, 床位数) is a figure; 数 and 几 before a
    # Chinese numeral still make one vague number (数十亿, 几百), never a number read from its magnitude
    "a number after a word ending in 数": [
        ("全县就业人数12.5万人", [C("12.5万人", 125000, "人")]),
        ("全镇病床数860张，", [C("860张", 860, "张")]),
        ("养老机构入住人數3200人", [C("3200人", 3200, "人")]),
        ("该区参展企业数120家，签约人数4500人", [C("120家", 120, "家"), C("4500人", 4500, "人")]),
        ("引进资金数十亿元", [F("数十亿元", "MONEY", 1000000000, lo=1000000000, hi=10000000000)]),  # guard
        ("吸引几百人参观", [F("几百人", "COUNT", 100, "人", lo=100, hi=1000)]),  # guard
        ("全县学生数达9.6万人", [C("9.6万人", 96000, "人")]),  # guard: a verb between
    ],
    # a price per volume is a unit price, money as 3元/斤 and 每升7.23元 are (data/figure_cues.tsv
    # not_per rows of unit volume); money per time stays a rate (SPEC conventions: 75t/h)
    "a price per litre or cubic metre": [
        ("0号柴油限价调至7.05元/升", [F("7.05元", "MONEY", 7.05)]),
        ("非居民用水4.6元/立方米，", [F("4.6元", "MONEY", 4.6)]),
        ("车用天然气售价3.2元/m3", [F("3.2元", "MONEY", 3.2)]),
        ("桶装水每升0.8元", [F("0.8元", "MONEY", 0.8)]),  # guard: the 每 form
        ("污水处理能力达5万吨/日", []),  # guard: a rate per time
        ("PM2.5浓度32微克/立方米", []),  # guard: a concentration
        ("该基金投入1.5亿元/年", []),  # guard: money per time stays a rate
    ],
    # N日 after a verb of duration is a length of time, a DURATION as 10天 is (SPEC: 100天 -> P100D),
    # not a day of the month (data/figure_cues.tsv day_span, day_span_after)
    "N日 as a length of time": [
        ("该男子被行政拘留7日，", "2024-11-25", [F("7日", "DURATION", "P7D")]),
        ("涉事门店被责令停业整顿十日", "2024-11-25", [F("十日", "DURATION", "P10D")]),
        ("对其处以司法拘留12日并处罚款", "2024-11-25", [F("12日", "DURATION", "P12D")]),
        ("文化节为期5日，", "2024-11-25", [F("5日", "DURATION", "P5D")]),
        ("可处5日以上10日以下拘留", "2024-11-25", [F("5日以上", "DURATION", "P5D", q="over"),
                                           F("10日以下", "DURATION", "P10D", q="under")]),
        ("该男子被行政拘留7天", "2024-11-25", [F("7天", "DURATION", "P7D")]),  # guard
        ("大会于12日开幕", "2024-11-25", [F("12日", "DATE", "2024-11-12")]),  # guard: a day of the month
        ("持续降雨至21日", "2024-11-25", [F("21日", "DATE", "2024-11-21")]),  # guard
        ("连续3日8时发布预警", "2024-11-25", [F("3日", "DATE", "2024-11-03")]),  # guard: a time of day after
        ("9月12日停业", "2024-11-25", [F("9月12日", "DATE", "2024-09-12")]),  # guard
    ],
    # whole years and then months (零 or nothing between) are one span of time, as 两年半 is P2Y6M
    # (SPEC: DURATION values are ISO 8601 durations)
    "years and months as one duration": [
        ("被告人获刑三年零九个月", [F("三年零九个月", "DURATION", "P3Y9M")]),
        ("被判处有期徒刑2年8个月，", [F("2年8个月", "DURATION", "P2Y8M")]),
        ("刑期为五年零两个月", [F("五年零两个月", "DURATION", "P5Y2M")]),
        ("分别获刑两年至四年六个月", [F("两年至四年六个月", "DURATION", "P2Y", lo="P2Y", hi="P4Y6M")]),
        ("合同期三年，六个月后续签", [F("三年", "DURATION", "P3Y"), F("六个月", "DURATION", "P6M")]),  # guard
        ("再等两年半", [F("两年半", "DURATION", "P2Y6M")]),  # guard
    ],
    # an age in full years (周岁) is a DURATION in years, as 岁 is (data/units.tsv), never weeks
    "ages in 周岁": [
        ("申请人须年满18周岁", [F("18周岁", "DURATION", "P18Y")]),
        ("为70周岁以上老人免费体检", [F("70周岁以上", "DURATION", "P70Y", q="over")]),
        ("未滿十六週歲的學生", [F("十六週歲", "DURATION", "P16Y")]),
        ("患者年仅9岁", [F("9岁", "DURATION", "P9Y")]),  # guard
        ("工期缩短3周", [F("3周", "DURATION", "P3W")]),  # guard
    ],
    # 8月5日8时至6日8时: a time of day after the first date of a range keeps the second, a bare
    # day, in the first's month and year, as 8月5日至6日 does (SPEC: year-less dates; a range)
    "the bare second day of a range after a time of day": [
        ("8月5日8时至6日8时，全县降雨", "2024-11-25", [F("8月5日", "DATE", "2024-08-05"), F("6日", "DATE", "2024-08-06")]),
        ("6月29日20时至30日20时", "2024-11-25", [F("6月29日", "DATE", "2024-06-29"), F("30日", "DATE", "2024-06-30")]),
        ("8月30日20时—31日8时", "2024-11-25", [F("8月30日", "DATE", "2024-08-30"), F("31日", "DATE", "2024-08-31")]),
        ("2022年8月3日下午至4日上午", None, [F("2022年8月3日", "DATE", "2022-08-03"), F("4日", "DATE", "2022-08-04")]),
        ("8月5日8时至6日", None, [F("8月5日", "DATE", "--08-05"), F("6日", "DATE", "--08-06")]),
        ("8月5日至6日", "2024-11-25", [F("8月5日至6日", "DATE", "2024-08-05", lo="2024-08-05", hi="2024-08-06")]),  # guard
        ("8月5日，会议闭幕。6日起执行", "2024-11-25", [F("8月5日", "DATE", "2024-08-05"), F("6日", "DATE", "2024-11-06")]),  # guard: no range
    ],
    # classifiers of supplies, forms and orders are COUNT units (SPEC: COUNT with its classifier),
    # not where they open another word (data/units.tsv next!=)
    "classifiers of supplies, forms and orders": [
        ("向灾区调运被褥800床、救灾帐篷150顶", [C("800床", 800, "床"), C("150顶", 150, "顶")]),
        ("收缴管制刀具46把，", [C("46把", 46, "把")]),
        ("受理申请材料1.8万份", [C("1.8万份", 18000, "份")]),
        ("全天配送订单5200单，", [C("5200单", 5200, "单")]),
        ("新开设兴趣班40班，", [C("40班", 40, "班")]),
        ("储备检测试剂20万人份", [C("20万人份", 200000, "人份")]),
        ("新增床位300张", [C("300张", 300, "张")]),  # guard: 床位
        ("大楼10顶层", []),  # guard: 顶层
        ("3单位联合发文", []),  # guard: 单位
        ("配齐3班子成员", []),  # guard: 班子
        ("市场5份额", []),  # guard: 份额
    ],
    # a road's stake number (K1123+500) is an identifier, no count (SPEC: identifiers are not figures)
    "stake numbers of roads": [
        ("国道K215+300处发生塌方", []),
        ("高速K96处临时封闭", []),
        ("沿线新建服务区3处", [C("3处", 3, "处")]),  # guard
    ],
    # colloquial money: a lone digit after 块 is jiao (十二块五 = 12.5), 毛钱 is a tenth of a yuan
    "colloquial money": [
        ("白菜每斤一块五。", [F("一块五", "MONEY", 1.5)]),
        ("鸡蛋涨到6块8，", [F("6块8", "MONEY", 6.8)]),
        ("比上周便宜了三毛钱", [F("三毛钱", "MONEY", 0.3)]),
        ("门票十块钱一张", [F("十块钱", "MONEY", 10)]),  # guard
        ("找回三块五毛", [F("三块五毛", "MONEY", 3.5)]),  # guard
        ("切割钢板12块", [C("12块", 12, "块")]),  # guard: pieces
        ("汇款三万元欧元", [F("三万元欧元", "MONEY", 30000, "EUR")]),  # guard: a currency word alone after 元
    ],
}

ROWS, IDS = class_rows(CLASSES)


@pytest.mark.parametrize("cls, sentence, published, expected", ROWS, ids=IDS)
def test_social_class(ex, cls, sentence, published, expected):
    check(ex, sentence, expected, published)
