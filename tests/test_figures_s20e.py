"""Figure classes of session 20 (helper E): a day range whose days share 日 (11月25—26日)
is one DATE range; a month or quarter listed before another (7、8月份) is a DATE; a count
whose magnitude follows 余/多 (20余万人次) is one COUNT; a bare number after a counted noun
and a verb of level (入园人数突破10万) is a COUNT of that noun.
Every sentence is invented for these tests (SPEC "Figure labels": a range is one span with
low and high, value = low; 余 and 多 follow the number)."""

from __future__ import annotations

import pytest

from test_figures import C, F, check, class_rows, ex  # noqa: F401  (ex: the shared fixture)

PUB = "2024-11-25"

CLASSES = {
    # two days sharing 日: the month (and year) written once before the first day
    "day range sharing 日": [
        ("11月25—26日，全市经济工作会议召开。", PUB,
         [F("11月25—26日", "DATE", "2024-11-25", lo="2024-11-25", hi="2024-11-26")]),
        ("会议于11月25至27日在洛阳举行。", PUB,
         [F("11月25至27日", "DATE", "2024-11-25", lo="2024-11-25", hi="2024-11-27")]),
        ("今年5月18-19日，机器人大会在洛阳举办。", PUB,
         [F("今年5月18-19日", "DATE", "2024-05-18", lo="2024-05-18", hi="2024-05-19")]),
        ("2023年9月6—8日，洽谈会在伊滨区召开。", PUB,
         [F("2023年9月6—8日", "DATE", "2023-09-06", lo="2023-09-06", hi="2023-09-08")]),
        ("十月二十至二十二日，全市开展应急演练。", PUB,
         [F("十月二十至二十二日", "DATE", "2024-10-20", lo="2024-10-20", hi="2024-10-22")]),
        ("22至24日，调研组深入各县区。", PUB,
         [F("22至24日", "DATE", "2024-11-22", lo="2024-11-22", hi="2024-11-24")]),
        ("4月8—10号，牡丹花会迎来客流高峰。", PUB,
         [F("4月8—10号", "DATE", "2024-04-08", lo="2024-04-08", hi="2024-04-10")]),
        ("展会将于6月3至5日举行。",  # without a publication date: the partial form
         [F("6月3至5日", "DATE", "--06-03", lo="--06-03", hi="--06-05")]),
    ],
    "not a day range": [
        ("企业应在3至5日内完成整改。", PUB, []),  # guard: 日内, a time limit (a range of days: left open)
        ("地铁1-3号线全面开通。", PUB, []),  # guard: 号 without a month is a number, not a day
        ("车间3-5号厂房已封顶。", PUB, []),  # guard
        ("11月25日—12月5日，开展专项行动。", PUB,  # guard: two full dates stay one range
         [F("11月25日—12月5日", "DATE", "2024-11-25", lo="2024-11-25", hi="2024-12-05")]),
        ("1—10月，全市投资增长9%。", PUB,  # guard: months sharing 月
         [F("1—10月", "DATE", "2024-01", lo="2024-01", hi="2024-10"), F("9%", "PERCENT", 9)]),
    ],
    # a month or quarter listed before another that writes 月 or 季度 once: a DATE of its own
    # (SPEC conventions: bare numbers in a list share the list's unit)
    "month or quarter list sharing 月 or 季度": [
        ("7、8月份是栾川的旅游旺季。", PUB,
         [F("7", "DATE", "2024-07"), F("8月份", "DATE", "2024-08")]),
        ("今年1、2月，全市工业生产平稳。", PUB,
         [F("今年1", "DATE", "2024-01"), F("2月", "DATE", "2024-02")]),
        ("2023年11、12月，项目集中开工。", PUB,  # the second month keeps the list's year
         [F("2023年11", "DATE", "2023-11"), F("12月", "DATE", "2023-12")]),
        ("二、三季度，全市经济持续回升。", PUB,
         [F("二", "DATE", "2024-Q2"), F("三季度", "DATE", "2024-Q3")]),
        ("第一、二季度，全市投资增长较快。", PUB,
         [F("第一", "DATE", "2024-Q1"), F("二季度", "DATE", "2024-Q2")]),
        ("1、2、3月份，全市工业生产平稳。", PUB,
         [F("1", "DATE", "2024-01"), F("2", "DATE", "2024-02"), F("3月份", "DATE", "2024-03")]),
        ("2023年10、11、12月，项目集中开工。", PUB,
         [F("2023年10", "DATE", "2023-10"), F("11", "DATE", "2023-11"), F("12月", "DATE", "2023-12")]),
        ("十一、十二月份，全市开展冬季攻势。", PUB,
         [F("十一", "DATE", "2024-11"), F("十二月份", "DATE", "2024-12")]),
    ],
    "not a month list": [
        ("二、5月份以来，全市经济回暖。", PUB, [F("5月份", "DATE", "2024-05")]),  # guard: a heading numeral
        ("一、二、三产业协调发展。", PUB, []),  # guard
        ("地铁1、2号线已开通。", PUB, []),  # guard
    ],
    # 余/多 between the number and its magnitude: the magnitude before any count word
    "magnitude after 余 or 多": [
        ("该镇全年接待游客80余万人次。", [C("80余万人次", 800000, "人次", "over")]),
        ("吸引观众20多万人次。", [C("20多万人次", 200000, "人次", "over")]),
        ("全市新增市场主体10余万户。", [C("10余万户", 100000, "户", "over")]),
        ("全市共有个体工商户40多万户。", [C("40多万户", 400000, "户", "over")]),
        ("十余万名志愿者参与服务。", [C("十余万名", 100000, "名", "over")]),
        ("一百多万人参加活动。", [C("一百多万人", 1000000, "人", "over")]),
        ("全市共发放图书20余万册。", [C("20余万册", 200000, "册", "over")]),
    ],
    "magnitude after 余 or 多, implied noun": [
        ("全市常住人口达700余万，户籍人口约750万。",
         [C("700余万", 7000000, "人", "over"), C("约750万", 7500000, "人", "approx")]),
        ("景区全年游客达300多万，同比增长20%。",
         [C("300多万", 3000000, "人次", "over"), F("20%", "PERCENT", 20)]),
        ("全县户籍人口十多万。", [C("十多万", 100000, "人", "over")]),
    ],
    # a verb of reaching a level between the cue and the bare number (data/figure_cues.tsv implied_link)
    "implied noun after a verb of level": [
        ("入园人数突破10万，创历史新高。", [C("10万", 100000, "人")]),
        ("全市常住人口增至710万。", [C("710万", 7100000, "人")]),
        ("预计全市常住人口将突破1000万。", [C("1000万", 10000000, "人")]),
        ("机场旅客吞吐量首次突破500万。", [C("500万", 5000000, "人次")]),
        ("全县户籍人口降至69万，", [C("69万", 690000, "人")]),
        ("景区游客已经突破50万。", [C("50万", 500000, "人次")]),
        ("全市常住人口707.9万，比上年末减少0.3万。", [C("707.9万", 7079000, "人")]),  # guard: a change is no level
    ],
    # a number of years that could be a year, with 多/余 after it: a length of time (no year is written so)
    "four-digit years with 多 or 余": [
        ("洛阳有1500多年建都史。", [F("1500多年", "DURATION", "P1500Y", q="over")]),
        ("这座古寺已有1800余年历史。", [F("1800余年", "DURATION", "P1800Y", q="over")]),
        ("该遗址距今2000多年。", [F("2000多年", "DURATION", "P2000Y", q="over")]),
        ("2024年多个项目集中开工。", [F("2024年", "DATE", "2024")]),  # guard: 多 after 年 opens a word
        ("2023年余下的任务已完成。", [F("2023年", "DATE", "2023")]),  # guard
    ],
    # 前 + a count of 名/位: the top N, a rank (SPEC conventions: ranks are not figures)
    "top N after 前": [
        ("全市纳税排名前10名的企业贡献了六成税收。", [F("六成", "PERCENT", 60)]),
        ("考核前5名的县区将获得奖励。", []),
        ("增速排名全省前3位。", []),
        ("孟津区进入全省前三名。", []),
        ("目前300名志愿者已到岗。", [C("300名", 300, "名")]),  # guard: 目前 ends a word
        ("此前5位专家已到达现场。", [C("5位", 5, "位")]),  # guard
        ("前来参观的200名游客。", [C("200名", 200, "名")]),  # guard: no 前 right before the number
    ],
    # N日内: within N days, a time limit (as 48小时内); 内 stays outside
    "days of a time limit": [
        ("申请人应在7日内提交材料。", [F("7日", "DURATION", "P7D")]),
        ("应于收到通知之日起30日内完成整改。", [F("30日", "DURATION", "P30D")]),
        ("企业须在三十日内完成变更登记。", [F("三十日", "DURATION", "P30D")]),
        ("近7日内，全市无新增病例。", [F("7日", "DURATION", "P7D")]),  # 近: the last seven days
        ("12月7日内部通报了检查结果。", [F("12月7日", "DATE", "--12-07")]),  # guard: a date before 内部
    ],
    # web page chrome and relative words: 上一篇 is a link, 上一年 the previous year (not_figures.tsv)
    "previous and next": [
        ("上一篇：洛阳召开重点项目推进会", []),
        ("下一篇：全市经济运行稳中向好", []),
        ("上一条：关于印发通知的通知 下一条：市政府公告", []),
        ("与上一年相比，增长5%。", [F("5%", "PERCENT", 5)]),
        ("下一年将继续推进老旧小区改造。", []),
        ("全市仅一家企业入选。", []),  # guard: unchanged
    ],
    # a date of the lunar calendar has no ISO value (figure_cues.tsv lunar)
    "lunar dates": [
        ("农历八月十五，全家团圆。", []),
        ("2024年11月25日 星期一 农历十月廿五", [F("2024年11月25日", "DATE", "2024-11-25")]),
        ("农历三月初三，拜祖大典举行。", []),  # guard: no digits of a date
        ("今年农历正月初一是2月10日。", PUB, [F("今年", "DATE", "2024"), F("2月10日", "DATE", "2024-02-10")]),  # guard
    ],
    # a relative year with 度 is the year, as 2022年度 is (SPEC conventions)
    "relative year with 度": [
        ("本年度，全市计划实施项目300个。", PUB, [F("本年度", "DATE", "2024"), C("300个", 300, "个")]),
        ("今年度全市预算安排50亿元。", PUB, [F("今年度", "DATE", "2024"), F("50亿元", "MONEY", 5000000000)]),
        ("去年度考核结果已经公布。", PUB, [F("去年度", "DATE", "2023")]),
        ("今年度过了最难的关口。", PUB, [F("今年", "DATE", "2024")]),  # guard: 度过, to get through
    ],
    # more counted nouns before a bare number (figure_cues.tsv implied): jobs, places, beds, entities
    "implied nouns of jobs, places and entities": [
        ("全年新增就业岗位1.2万，完成目标的110%。", [C("1.2万", 12000, "个"), F("110%", "PERCENT", 110)]),
        ("全市新增中小学学位2.3万。", [C("2.3万", 23000, "个")]),
        ("全市养老床位达到2.8万，", [C("2.8万", 28000, "张")]),
        ("市区新增停车泊位1.5万。", [C("1.5万", 15000, "个")]),
        ("全市市场主体突破60万，其中企业15万户。", [C("60万", 600000, "户"), C("15万户", 150000, "户")]),
        ("该企业现有员工1200余，", [C("1200余", 1200, "人", "over")]),
        ("招聘岗位2：会计。", []),  # guard: a numbered item, no clause end after the number
    ],
    # spaces around the numbers of a date, as word processors write them (money and percentages
    # read them already: 120 亿元, 5.2 %)
    "spaced dates": [
        ("2024 年 11 月 25 日，全市召开会议。", PUB, [F("2024 年 11 月 25 日", "DATE", "2024-11-25")]),
        ("2024年 11月 25日 来源：洛阳日报", PUB, [F("2024年 11月 25日", "DATE", "2024-11-25")]),
        ("11 月 25 日，全市召开会议。", PUB, [F("11 月 25 日", "DATE", "2024-11-25")]),
        ("2024 年 1-10 月，全市投资增长 6.1%。", PUB,
         [F("2024 年 1-10 月", "DATE", "2024-01", lo="2024-01", hi="2024-10"), F("6.1%", "PERCENT", 6.1)]),
        ("1 至 10 月，全市投资增长。", PUB, [F("1 至 10 月", "DATE", "2024-01", lo="2024-01", hi="2024-10")]),
        ("2023 年，全市 GDP 达到 5482 亿元。", PUB, [F("2023 年", "DATE", "2023"), F("5482 亿元", "MONEY", 548200000000)]),
        ("2024年\n11月，", PUB, [F("2024年", "DATE", "2024"), F("11月", "DATE", "2024-11")]),  # guard: a line break parts them
    ],
    "magnitude after 余 or 多, unchanged": [
        ("累计减免租金3000余万元。", [F("3000余万元", "MONEY", 30000000, q="over")]),  # guard: 万元 is a unit
        ("全年发放贷款30亿余元。", [F("30亿余元", "MONEY", 3000000000, q="over")]),  # guard
        ("完成投资达50余亿元。", [F("50余亿元", "MONEY", 5000000000, q="over")]),  # guard: 亿元 is a unit
        ("该书共20多万字。", []),  # guard: no count word after the magnitude
    ],
}

ROWS, IDS = class_rows(CLASSES)


@pytest.mark.parametrize("cls, sentence, published, expected", ROWS, ids=IDS)
def test_s20e_class(ex, cls, sentence, published, expected):
    check(ex, sentence, expected, published)
