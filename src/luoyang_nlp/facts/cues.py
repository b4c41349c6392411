"""Cue words and patterns of the facts rules. The closed word classes the rules turn on
(comparisons, locatives, time words …) are read from ``data/facts_cues.tsv``; the referring,
group and scope words from ``references.tsv``, measures from ``metrics.tsv``. What stays
here is structure: separators, how far a rule looks, and the shapes of a batch ordinal or
a share (第二期, 占…的)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final


@lru_cache(maxsize=1)
def _rows() -> tuple[dict, ...]:
    from ..resources import data_path, read_tsv

    return tuple(read_tsv(data_path("facts_cues.tsv")))


def _initials(words: tuple[str, ...]) -> frozenset[str]:
    """The first characters of ``words`` (none empty): an expression opening with one of them
    cannot match where the text has another (a one-character test before the call)."""
    if not all(words):  # pragma: no cover - data error
        raise ValueError("an empty word")
    return frozenset(w[0] for w in words)


def _words(role: str) -> tuple[str, ...]:
    """The terms of ``role`` in ``data/facts_cues.tsv``, longest first."""
    terms = [r["term"] for r in _rows() if r["role"] == role]
    if not terms:  # pragma: no cover - data error
        raise ValueError(f"facts_cues.tsv: no terms with role {role!r}")
    return tuple(sorted(dict.fromkeys(terms), key=len, reverse=True))


__all__ = ["_LIST_AFTER", "_MAX_GAP", "_MAX_LOOKBACK", "_LOCATED_DE", "_LINE", "_HEADLINE", "_MAX_CARRY", "_COMPARE", "_BULLETS", "_BATCH", "_LOCATIVE", "_WHERE_FIELD", "_WHERE_FIELD_END", "_ITEM_NUMBER", "_ARTICLE_TOPICS", "_COMPARE_WORDS", "_JOINERS", "_APPOSITION", "_WITHIN", "_LINE_END", "_GROUP_GAP", "_THESE_N", "_PROJECTS_STAGE", "_LEVEL_LIST", "_LEVEL_OPENS", "_SHARED_PLAN", "_SHARED_PHASE", "_CLASSED_PROJECTS", "_RATIO", "_DONE_SHARE", "_TIME_WORDS", "_TRANSPARENT", "_EMPLOYED_GROUPS", "_GROUP_KINDS", "_KIND_WORDS", "_WEEKDAY", "_MAKES", "_SINCE", "_WHOLE", "_RANK", "_GROUP_NOUNS", "_COMPOUND_HEADS", "_UNNAMED", "_NAME_THEN_TITLE", "_COPULAS", "_APPOINTED_AFTER", "_NAME_GAP", "_COUNT_BEFORE", "_HOSTED", "_MEASURE_ENDS", "_SCALES", "_LIST_SEPS", "_CLAUSE_BREAK", "_OPEN_QUOTE", "_ITEM_SPLIT", "_COMPARISON", "_COMPARED_WITH", "_AGAINST_SCOPE", "_YARD_BEFORE", "_YARD_DIFF", "_YARD_THEN", "_YARD_IN", "_YARD_OWN", "_COMPARISON_FRAME", "_COMPARED_WITH_WORDS", "_COMPARED", "_PARTNER", "_BUILT_DE", "_NEXT_CAPACITY", "_BREAKDOWN", "_AMONG", "_FREE_SEPS", "_NOT_MEASURE", "_DONE", "_ABBREV", "_ABBREV_ENDS", "_NOUN_FLAGS", "_MAX_METRIC", "_BARE_ORDINAL", "_CHANGE_FROM", "_CHANGE_TO", "_CHANGE_VERB", "_LEVEL_AFTER", "_STAGE_CONDITION", "_DATELINE", "_SOURCE_FIELD", "_MEDIA_HEADS", "_VENUE_REFS", "_DATELINE_HEAD", "_BYLINE_END", "_STAGE_PLAN", "_PROJECT_METRIC", "_STANDING", "_PROFILE_TITLE", "_LIST_CLOSERS", "_LIST_SUMMARY", "_LIST_TITLES", "_PASSIVE", "_PENALTY", "_FINE", "_PENALISED", "_INCIDENT", "_COMPARED_AFTER", "_WITH_ONE", "_PER_UNIT", "_GOVERNMENT", "_COMMITTEE", "_NOW", "_NOW_RE", "_FUTURE_RE", "_EVENT_NAME", "_EVENT_REF", "_FUTURE", "_OPENS_MEASURE", "_SIGNED", "_INDICATOR_HEADS", "_MAX_INDICATOR", "_ASPIRED", "_OWNERS_COUNTED", "_RATE_OR_HEADCOUNT", "_YEARLY_RATE", "_ACTOR_BODY", "_ACTOR_BODY_WORDS", "_PUBLICATIONS", "_BUILT", "_RUNNING_TOTAL", "_RUNNING_INITIALS", "_INCREMENT",
           "_ASPIRED_INITIALS", "_BUILT_DE_INITIALS", "_COMPARISON_FRAME_INITIALS", "_SOURCE_WORDS"]

# An owner followed by one of these is a member of a list, not an owner.
_LIST_AFTER: Final = ("等", "、", "和", "及", "与", "以及")
_MAX_GAP: Final = 8  # characters of measure words allowed between an owner and its figure
_MAX_LOOKBACK: Final = 64  # owners searched back for a referring word
# PLACE removed: 位于[伊滨区]的, 总部位于[洛阳市]的; 作为[洛阳]龙头企业的: an owner described before it
_LOCATED_DE: Final = re.compile(r"(?:总部)?(?:位于|地处|坐落于|落户|落户于|来自|设在)?的|作为[^,，。;；:：的]{1,10}的")
_LINE: Final = 40  # a paragraph this short is a heading or a field line (项目名称:X)
_HEADLINE: Final = 60  # a headline: a paragraph this short without full stops
_MAX_CARRY: Final = 12  # sentences searched back for a topic to carry down
_COMPARE: Final = _words("compare")  # 高于全省2.3个百分点: a difference
_BULLETS: Final = " \t·•●-—|【】"  # list bullets before a clause's first word
_BATCH: Final = re.compile(r"第[0-9一二三四五六七八九十]+[期批]")  # 2019年第三批全县…: one batch, an unnamed group
_LOCATIVE: Final = _words("locative")  # 在星河县风电装机超过300MW: a place where, not an owner
# 建设地点：某区: a field line saying where (after a bullet), no topic
_WHERE_FIELD: Final = re.compile("[ \\-·•*]*(?:%s)[:：]" % "|".join(map(re.escape, _words("where_field"))))
# 1.某某项目。, （2）某某公司…: the number of a list item opening a clause (before its owner)
_ITEM_NUMBER: Final = re.compile(r"\s*(?:[0-9]{1,2}[.．]|[（(][0-9一二三四五六七八九十]{1,2}[）)])\s*")
# ；建设地点：某区；: the same field inside a record written on one line, ending before its value
_WHERE_FIELD_END: Final = re.compile("(?:%s)[:：]\\s*$" % "|".join(map(re.escape, _words("where_field"))))
_ARTICLE_TOPICS: Final = ("PLACE", "COMPANY")  # subjects that govern a whole article, across paragraphs
_COMPARE_WORDS: Final = _words("compare_keep")  # comparisons that keep their scope (高于全市水平)
_JOINERS: Final = _words("joiner")
_APPOSITION: Final = _words("apposition")
_WITHIN: Final = _words("within")  # 洛阳境长33公里, 洛阳段: the place qualifies the measure
_LINE_END: Final = "。！？!?；;：:)）】」』”\"' \t"  # a line ending with these ends its paragraph
_GROUP_GAP: Final = 7  # 此次会议星河县: the owner a group word introduces starts this close to it
_THESE_N: Final = re.compile(r"这[0-9一二三四五六七八九十两百]+[个家条项批座所]")
# between listed owners and 分别: their number and kind (A、B、C三大景区分别…, A、B等两家企业分别…)
_OWNERS_COUNTED: Final = re.compile(r"等?[0-9一二三四五六七八九十两]+[大个家座所条]?[\u4e00-\u9fff]{1,4}")
_PROJECTS_STAGE: Final = re.compile(r"项目(?:集中|全部|陆续|顺利)?(开工|签约|投产|竣工|建成)")
# 亿元以上|项目130个, 5000万元以上|重大项目: right after an amount, the projects it classes
# 省、市|重点项目: levels listed with 、 right before a measure (the 、 and the level before it)
_LEVELS: Final = "|".join(map(re.escape, _words("level_word")))
_LEVEL_LIST: Final = re.compile(r"((?:(?:%s)、)+)$" % _LEVELS)
_LEVEL_OPENS: Final = re.compile(r"(?:%s)" % _LEVELS)
_SHARED_PLAN: Final = _words("shared_plan")  # 计划: the head of a list's first count of projects
_SHARED_PHASE: Final = _words("shared_phase")  # 一期: the head of a list's first project measure
_CLASSED_PROJECTS: Final = re.compile(r"(?:(?!的)[\u4e00-\u9fff]){0,4}项目")
_DONE_SHARE: Final = re.compile(r"完成([^,，。;；的]{0,8}(?:目标|任务|计划|预算))的$")  # 完成年度目标的85%: a share of a plan done
_RATIO: Final = re.compile(r"占([^,，。;；的]{1,10})(的(?:比重|比例))?(?:为|达到|达|是)?的?$")  # 占全年任务的87.3%: a share of
_TIME_WORDS: Final = frozenset(_words("time"))  # 十五五末储备容量: 末 is when
# 上周五|收报, 本周一|收盘报: a day of the week (with the week before it) ends the words of when
_WEEKDAY: Final = re.compile("(?:[上本下]|这)?(?:%s)" % "|".join(map(re.escape, _words("weekday"))))
_GROUP_KINDS: Final = _words("group_kind")  # 规上|企业: a word of a group noun's or a sector's kind
_KIND_WORDS: Final = frozenset(_words("kind_word"))  # 新|材料产业产值: an adjective inside a measure
_TRANSPARENT: Final = frozenset(_words("transparent"))  # 返乡人员实现创业: the verb goes, the words around stay
_EMPLOYED_GROUPS: Final = _words("employed_group")  # 就业困难人员实现|就业: the group employed
_MAKES: Final = _words("makes")  # a firm + these: what it makes
_SCALES: Final = ("MASS", "ENERGY", "POWER", "COUNT", "AREA", "LENGTH")  # a firm's scale written right after its name
_WHOLE: Final = _words("whole")  # 占全国的30%: the nation is the whole of the share, not its owner
_RANK: Final = _words("rank")  # 居全市第三位: the field ranked, not the clause's owner
_SINCE: Final = frozenset(_words("since"))  # 自2015年X公司在某县…: a time phrase, not a word before the owner
_GROUP_NOUNS: Final = _words("group_noun")  # kinds of things counted as an unnamed group
_COMPOUND_HEADS: Final = frozenset(_words("compound_head"))  # 科技创新|平台: ends a counted compound
_UNNAMED: Final = tuple(_words("unnamed"))  # 某区|一家企业…: the subject is unnamed, not the place
_NAME_THEN_TITLE: Final = frozenset(("",) + _words("name_then_title"))  # 张明|现任|某县副县长
_COPULAS: Final = frozenset(_words("copula"))  # 为, 是: link a title only where it ends the clause
_APPOINTED_AFTER: Final = _words("appointed_after")  # 人选, 职务: after a title an appointment names
# 赵飞先生|此前|担任|公司|董事长: what may stand around the name_then_title words
_NAME_GAP: Final = re.compile("(?:%s)?(?:%s)?(.*?)(?:%s)?" % tuple(
    "|".join(map(re.escape, sorted(_words(r), key=len, reverse=True))) for r in ("name_honorific", "name_adverb", "own_firm")))
# a count of cases or firms before a free measure (审理一起涉案金额, 多家企业营业收入)
_COUNT_BEFORE: Final = re.compile("[一两二三四五六七八九十几数多]+[%s]" % "".join(_words("count_classifier")))
_HOSTED: Final = _words("hosted") + _words("locative")  # X项目落户|Y产业集聚区: Y hosts X
_MEASURE_ENDS: Final = _words("measure_end")  # 出口总值, 餐饮收入: a part's own measure after 其中
_LIST_SEPS: Final = ("、", "和", "及", "与", ",", "，", "以及")
_CLAUSE_BREAK: Final = re.compile("[,，;；:：。!?！？\n)）]")
_OPEN_QUOTE: Final = re.compile("[“「『\"]")
_ITEM_SPLIT: Final = re.compile("、|和|及|与")
_COMPARISON: Final = re.compile(r"^(?:比|较|与)[^,，;；]{0,6}$")  # 比一季度回落…: the comparison names no measure
_COMPARED_WITH: Final = frozenset("比较")  # before a date a change is measured against (比去年, 较上年)
_AGAINST_SCOPE: Final = re.compile(r"^(?:比|较|与)((?:全国|全省|全市|全区|全县)[^,，;；]{0,6})$")  # 与全省平均增长…
# A difference in points from a scope's average (facts_cues.tsv average, diff_above, diff_below):
# 比全国平均水平|3.0%|快|0.7个百分点 (the words before the yardstick, the word between),
# 与全国平均增长3.9%|相比，高于全国|2.1个百分点, 增速高于全市平均水平(|4.9%|)1.1个百分点
_SCOPES: Final = "全国|全省|全市|全区|全县"
_AVERAGE: Final = "|".join(map(re.escape, _words("average")))
_YARD_BEFORE: Final = re.compile(r"(?:比|较)(%s)(?:%s)?$" % (_SCOPES, _AVERAGE))
_YARD_DIFF: Final = re.compile(r"\s*(?:(%s)|(%s))\s*$" % tuple(
    "|".join(map(re.escape, _words(r))) for r in ("diff_above", "diff_below")))
_YARD_THEN: Final = re.compile(r"(?:%s)[,，]?(%s)(%s)$" % (
    "|".join(map(re.escape, _words("compared"))), "|".join(map(re.escape, _words("compare_keep"))), _SCOPES))
_YARD_OWN: Final = re.compile(r"\s*(?:比|较)(%s)(?:%s)?(?:(%s)|(%s))\s*" % ((_SCOPES, _AVERAGE) + tuple(
    "|".join(map(re.escape, _words(r))) for r in ("diff_above", "diff_below"))))
_YARD_IN: Final = re.compile(r"(%s)(%s)(?:%s)?[(（]$" % (
    "|".join(map(re.escape, _words("compare_keep"))), _SCOPES, _AVERAGE))
def _building_verbs() -> tuple[str, ...]:
    """The verbs of building of ``data/lexicons/rules/boundaries.tsv`` (kind=works: 建设, 新建 …),
    the words the entity rules also read them with."""
    from ..resources import data_path, read_tsv

    words = {r["word"] for r in read_tsv(data_path("lexicons", "rules", "boundaries.tsv")) if r["kind"] == "works"}
    return tuple(sorted(words, key=len, reverse=True))


# A verb of building between a sum and the 的 before its owner (投资12亿元建设的X项目).
_BUILT_DE: Final = re.compile("(?:%s)的" % "|".join(map(re.escape, _building_verbs())))
_BUILT_DE_INITIALS: Final = _initials(_building_verbs())
_BUILT: Final = re.compile("|".join(map(re.escape, _building_verbs())))  # 投资50亿元|建设|X项目
# Between two capacities of one list: the product of the first, a joiner, the production word
# again (年产500万台平板电脑及年产20万台…).
_NEXT_CAPACITY: Final = re.compile(r"[^,，;；。]{0,16}?(?:、|和|及|以及)(?:年产|年产能|年生产)")
# A clause that only frames a comparison (同全省平均水平5.1%相比): what it names is the
# yardstick, not the subject of the clauses after it.
_COMPARED_WITH_WORDS: Final = _words("compare_with")  # 与, 同 … before a yardstick closed by 相比
_COMPARED: Final = _words("compared")  # 相比, 相较: closes that comparison
_COMPARISON_FRAME: Final = re.compile("(?:%s)[^,，;；。]{1,24}(?:%s)$" % tuple(
    "|".join(map(re.escape, ws)) for ws in (_COMPARED_WITH_WORDS, _COMPARED)))
_COMPARISON_FRAME_INITIALS: Final = _initials(_COMPARED_WITH_WORDS)
_PARTNER: Final = _words("partner")  # 对某国出口: the party dealt with, not the owner
_BREAKDOWN: Final = re.compile(r"其中|按[^,，。]{1,6}分|分[^,，。]{1,6}看")  # a breakdown of a whole into parts
_AMONG: Final = re.compile(r"[^\d,，;；。]{0,10}中")  # 26条道路中…: among a counted group
_FREE_SEPS: Final = frozenset(("的", "有", "了", "并", "等", "是"))
_NOT_MEASURE: Final = frozenset(("v", "d", "p", "c", "r", "t", "vd", "ad", "u", "f", "a"))
_DONE: Final = "完成"
# 地区生产总值(GDP)888亿元, 居民消费价格指数（CPI）上涨, 研究与试验发展（R&D）经费: an abbreviation in
# brackets, wherever it stands in the words before a figure, is no part of the measure
_ABBREV: Final = re.compile(r"[(（][A-Za-z][A-Za-z0-9&.]{1,5}[)）]")
_ABBREV_ENDS: Final = (")", "）", ")\n", "）\n")  # how a string _ABBREV can match in ends ($ also before a final newline)
_NOUN_FLAGS: Final = re.compile(r"n(?!v)|j$|b$|an$|l$|eng$")  # part-of-speech tags of words a measure extends over
_MAX_METRIC: Final = 16
_BARE_ORDINAL: Final = re.compile(r"第[0-9一二三四五六七八九十百两]+")  # 第一 alone names no measure
# 由“十三五”末的80家增加到96家, 从去年的320家增至410家: the old value follows 由/从 (and a time
# and 的 at most), the new one a verb of change; both measure what is named before 由/从
_CHANGE_FROM: Final = re.compile("(?:%s)[^,，;；。由从]{0,12}?的?$" % "|".join(map(re.escape, _words("change_from"))))
_CHANGE_TO: Final = re.compile("(?:%s)[^,，;；。]{0,12}?的?$" % "|".join(map(re.escape, _words("change_to"))))
_CHANGE_VERB: Final = re.compile("|".join(map(re.escape, _words("change_to"))))  # where a text has one
_STAGE_CONDITION: Final = _words("stage_condition")  # 建成后, 投产后: a condition, not the stage
_DATELINE: Final = _words("dateline")  # 某地报道: the place a report was written in owns no figure
# 来源：某县融媒体中心: the body after a source field reports the text, owns none of its figures
_SOURCE_WORDS: Final = _words("source_field")
_SOURCE_FIELD: Final = re.compile("(?:%s)[:：]\\s*$" % "|".join(map(re.escape, _SOURCE_WORDS)))
_MEDIA_HEADS: Final = _words("media_head")  # 某县融媒体中心 2025年4月16日: a dateline's body
# 该馆 -> 某某博物馆: the noun after 该 and the endings of the names it refers to
_VENUE_REFS: Final = {w[0]: w for w in _words("venue_ref")}
_BYLINE_END: Final = re.compile(r"[^（(）)]{0,12}[）)]\s*")  # 张三）: a byline's bracket closing
# a dateline opening a clause (某某日报讯（记者 张三）, 某地报道：): no part of what the clause says
_DATELINE_HEAD: Final = re.compile(r"^[^,，。;；]{0,16}?(?:%s)[:：]?\s*(?:[（(][^）)]{0,30}[）)])?\s*" % "|".join(
    map(re.escape, _DATELINE)))
_STAGE_PLAN: Final = re.compile("(?:%s)" % "|".join(map(re.escape, _words("stage_plan"))))  # 计划…建成: a target
_PROJECT_METRIC: Final = _words("project_metric")  # 开工项目, 总投资: a place's figure about projects
_RATE_OR_HEADCOUNT: Final = _words("rate_or_headcount")  # 签约率, 签约服务人数: a stage word inside is no stage
_YEARLY_RATE: Final = _words("yearly_rate")  # 年均增长 after a figure: the rate of the measure before
_PUBLICATIONS: Final = _words("publication")  # 某县统计局发布…统计公报: the figures are the territory's
# 卫健系统|完成门诊诊疗量: an unnamed body (a short field word, then its head) opening a measure
_ACTOR_BODY: Final = re.compile("^[\u4e00-\u9fff]{0,4}?(?:%s)" % "|".join(_words("actor_body")))
_ACTOR_BODY_WORDS: Final = _words("actor_body")  # (none in a string: _ACTOR_BODY finds none there)
# 增长12%至150亿元, 增长6%，达到5000亿元: the level after a growth rate measures what grows
_LEVEL_AFTER: Final = re.compile("[,，]?(?:%s)" % "|".join(map(re.escape, _words("level_after"))))


def _rule_words(name: str, column: str, kind: str = "") -> tuple[str, ...]:
    """The ``column`` of ``data/lexicons/rules/<name>`` (its rows of ``kind`` only, when given):
    words the entity rules read that the person facts read the same way."""
    from ..resources import data_path, read_tsv

    return tuple(r[column] for r in read_tsv(data_path("lexicons", "rules", name)) if not kind or r["kind"] == kind)


# A standing in an office or the verb of holding it, between an owner and its title or after 、
# (某局原局长, 市委副书记、代市长, 书记兼村委会主任): title_before.tsv, and facts_cues.tsv title_modifier.
_STANDING: Final = frozenset(_rule_words("title_before.tsv", "word") + _words("title_modifier"))
_PROFILE_TITLE: Final = _words("profile_title")  # 张某，男，…，现任|某局副局长: the opening name's titles
_LIST_CLOSERS: Final = frozenset(_words("list_closer"))  # 王某、李某|和|张某: the last name of a list
_LIST_SUMMARY: Final = frozenset(_words("list_summary"))  # 王某、李某|等|市领导: a list title after its names
_LIST_TITLES: Final = frozenset(_rule_words("bylines.tsv", "title", "list"))  # 市领导: linked to every name of its list
# 某公司被某局罚款8万元: the agent of a passive owns no figure of its clause
_PASSIVE: Final = _words("passive")
# 某法院判处被告人有期徒刑三年: a penalty a court or bureau imposes is the penalised party's
_PENALTY: Final = _words("penalty")  # imposed on another party wherever written
_FINE: Final = _words("fine")  # imposed on another party when a penalised word names one
_PENALISED: Final = _words("penalised")
_INCIDENT: Final = _words("incident")  # 过火面积, 违法所得: an incident's or a case's measure
# after a date compared with: its same period and the word closing the comparison (比去年|同期,
# 与2019年|同期相比): no part of the measure
_COMPARED_AFTER: Final = re.compile("(?:%s)?(?:%s)?" % tuple(
    "|".join(map(re.escape, ws)) for ws in (_words("same_period"), _COMPARED)))
_WITH_ONE: Final = frozenset(w for w in _COMPARED_WITH_WORDS if len(w) == 1)  # 与去年同期相比: 与 opens it
# 猪肉价格为每公斤|25.6元, 低保标准提高到每人每月|760元: the units a figure is given per
_PER_UNIT: Final = re.compile("(?:每(?:%s))+\\s*$" % "|".join(map(re.escape, _words("per"))))
# 某区政府, 某县人民政府: the government an ORG of a place's level names; 全区 stands for it when
# the place is written only inside that ORG
_GOVERNMENT: Final = _words("government")
_NOW: Final = _words("now")  # 2019年落户，目前年产值…: the figure holds now, not at the date before
_NOW_RE: Final = re.compile("|".join(map(re.escape, _NOW)))
_FUTURE: Final = _words("future")  # 预计, 建成后: a measure to come takes no date carried to it
_FUTURE_RE: Final = re.compile("|".join(map(re.escape, _FUTURE)))
# 9月20日，某市2024年重点项目集中开工活动…: after a year (度, 第三批, 三季度 between) the name of an
# event or a batch, not the date of the figures the event's day holds them at
_EVENT_REF: Final = tuple(_words("event_ref"))  # 此次集中开工项目…: the figures of the event told before
_EVENT_NAME: Final = re.compile("度?(?:第[0-9一二三四五六七八九十]+[期批]|%s)" % "|".join(map(re.escape, _words("event_name"))))
_OPENS_MEASURE: Final = frozenset(_words("opens_measure"))  # 平均, 人均: they open the measure after a counted noun
_SIGNED: Final = _words("signed")  # A与B签署了…: B is a party A deals with
_COMMITTEE: Final = _words("committee")  # 县委, 区党委: a place's party committee after its level word
# 每万人口发明专利拥有量, 劳动年龄人口平均受教育年限, …增加值占规模以上工业增加值比重: the
# head of a plan indicator's long name, kept whole up to _MAX_INDICATOR characters
_INDICATOR_HEADS: Final = _words("indicator_head")
_MAX_INDICATOR: Final = 24
# 增长6.5%，力争7%; 增长6%，力争达到400亿元: a clause of a target only (an aspiration word, a word
# of reaching at most) before its figure restates the target before it
_ASPIRED: Final = re.compile("(?:%s)(?:%s)?" % tuple(
    "|".join(map(re.escape, _words(r))) for r in ("aspire", "level_after")))
_ASPIRED_INITIALS: Final = _initials(_words("aspire"))
# 新增高新技术企业120家，总数达到860家: a clause of a running total only (累计, 总数 and a word of
# reaching at most) counts what the increment before it counts (the words after 新增 …)
_RUNNING_TOTAL: Final = re.compile("(?:%s)(?:%s)?" % tuple(
    "|".join(map(re.escape, _words(r))) for r in ("running_total", "level_after")))
_RUNNING_INITIALS: Final = _initials(_words("running_total"))
_INCREMENT: Final = _words("increment")
