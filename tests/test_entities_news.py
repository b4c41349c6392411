"""Cues real news needs (issue 11 item 4): one table per class, sentences written for these
tests (names of people and brands are invented)."""

import pytest

import luoyang_nlp

from entity_helpers import ents  # noqa: E402


def check(text, want, absent):
    got = ents(text)
    for w in want:
        assert w in got, (text, w, got)
    for a in absent:  # a text that is no span, or a (label, text) that is not
        assert (a not in got) if isinstance(a, tuple) else all(a != g[1] for g in got), (text, a, got)


# (text, spans that must be there, texts that must not be a span)
MEDIA = [
    ("本文转自河洛热线,仅供参考。", [("ORG", "河洛热线")], []),
    ("许昌日报客户端消息,新区开工。", [("ORG", "许昌日报客户端")], ["许昌"]),
    ("商丘日报永城分社记者走访企业", [("ORG", "商丘日报永城分社")], []),
    ("中国能源网讯 近日,风电项目并网。", [("ORG", "中国能源网")], ["中国"]),
    ("豫中新闻网-许昌晚报联合报道", [("ORG", "豫中新闻网"), ("ORG", "许昌晚报")], ["豫中新闻网-许昌晚报"]),
    ("(文章来源:豫商观察)", [("ORG", "豫商观察")], []),
    ("【香江专讯】受惠于价格上涨", [("ORG", "香江")], []),
    ("全省电网负荷创新高", [], ["全省电网", "电网"]),
    ("形成覆盖全市的充电网,方便市民", [], ["充电网"]),
    ("拨打政务服务热线反映问题", [], ["政务服务热线"]),
    ("来源:网络 时间:2024-01-02", [], ["网络"]),
    ("接受豫商财经记者专访时说", [("ORG", "豫商财经"), ("POSITION", "记者")], []),
    ("接受本报记者采访时说", [], ["本报"]),
]


@pytest.mark.parametrize("text,want,absent", MEDIA)
def test_media(text, want, absent):
    check(text, want, absent)


BYLINES_AND_TITLES = [
    ("记者 赵晓峰 孙丽 报道", [("POSITION", "记者"), ("PERSON", "赵晓峰"), ("PERSON", "孙丽")], []),
    ("编辑:何小平 | 审核:吴建军", [("POSITION", "编辑"), ("PERSON", "何小平"), ("POSITION", "审核"),
                                 ("PERSON", "吴建军")], []),
    ("厂区一派繁忙。(周立群 杨帆/文图)", [("PERSON", "周立群"), ("PERSON", "杨帆")], []),
    ("厂区一派繁忙。(郑宏刚吴敏 文/图)", [("PERSON", "郑宏刚"), ("PERSON", "吴敏")], []),
    ("特约通讯员 马向东 全媒体记者张可报道", [("PERSON", "马向东"), ("POSITION", "全媒体记者"),
                                       ("PERSON", "张可")], []),
    ("新华日报记者采访时表示", [("ORG", "新华日报"), ("POSITION", "记者")], []),
    ("集团董事长孙立新出席", [("POSITION", "董事长"), ("PERSON", "孙立新")], ["长孙立新", "董事"]),
    ("公司总经理助理高明远介绍", [("POSITION", "总经理助理"), ("PERSON", "高明远")], []),
    # the offices of a listed firm's board and of a ministry's department
    ("公司董事会秘书高明远介绍", [("POSITION", "董事会秘书"), ("PERSON", "高明远")], []),
    ("该司副司长韩冰主持", [("POSITION", "副司长"), ("PERSON", "韩冰")], []),
    ("县政府党组成员韩冰主持", [("POSITION", "党组成员"), ("PERSON", "韩冰")], []),
    ("全国人大代表冯建设说", [("ORG", "全国人大"), ("POSITION", "代表"), ("PERSON", "冯建设")],
     ["全国人大代表"]),
    ("全国政协委员宋雨说", [("ORG", "全国政协"), ("POSITION", "委员")], []),
    ("市领导刘南阳、陈小兵出席", [("POSITION", "市领导"), ("PERSON", "刘南阳"), ("PERSON", "陈小兵")],
     ["南阳"]),
    ("消防救援大队副大队长秦勇", [("POSITION", "副大队长"), ("PERSON", "秦勇")], []),
    ("关键词:项目建设", [], ["关键词"]),
    # 银行, 商会 are never a person; a title before 单位 is part of a noun
    ("商会会长陈立军说", [("POSITION", "会长"), ("PERSON", "陈立军")], ["商会"]),
    ("会长单位有十家", [], ["会长"]),
    ("(采访人员 韩雪 摄)", [("POSITION", "采访人员"), ("PERSON", "韩雪")], []),
    # a two-character name spaced out in a byline is one name, its space inside
    ("本报记者 孙 丽 通讯员 马 强\n\n新区建设提速。", [("POSITION", "记者"), ("PERSON", "孙 丽"),
                                               ("POSITION", "通讯员"), ("PERSON", "马 强")], []),
    ("厂区一派繁忙。(记者郑 岚)", [("POSITION", "记者"), ("PERSON", "郑 岚")], []),
    ("记者 孙 丽 马 强 报道", [("PERSON", "孙 丽"), ("PERSON", "马 强")], []),
]


@pytest.mark.parametrize("text,want,absent", BYLINES_AND_TITLES)
def test_bylines_and_titles(text, want, absent):
    check(text, want, absent)


PLACES_AND_BODIES = [
    # countries, world regions, mountains, lakes, regions
    ("企业产品出口巴西、智利和东南亚", [("PLACE", "巴西"), ("PLACE", "智利"), ("PLACE", "东南亚")], []),
    ("代表团访问乌兹别克斯坦", [("PLACE", "乌兹别克斯坦")], []),
    ("9日本市召开会议", [], ["日本"]),
    ("沿海地区的企业", [], ["海地"]),
    ("城镇平均工资和国内乡村旅游", [], ["镇平", "内乡"]),
    # a city's short name that is an everyday word is no place; with its suffix it is one
    ("各位来宾，欢迎光临", [], ["来宾"]),
    ("全年日照时间较长", [], ["日照"]),
    ("项目落户日照市", [("PLACE", "日照市")], []),
    ("中东部地区经济回暖", [("PLACE", "中东部地区")], ["中东", "东部地区"]),
    ("大别山深处的光伏电站", [("PLACE", "大别山")], []),
    ("鄱阳湖与洞庭湖", [("PLACE", "鄱阳湖"), ("PLACE", "洞庭湖")], []),
    ("辐射豫东地区和中部地区", [("PLACE", "豫东地区"), ("PLACE", "中部地区")], []),
    # zones as PLACE, with the city before them; their committees as one ORG
    ("开封经济技术开发区新签约项目", [("PLACE", "开封经济技术开发区")], ["开封"]),
    ("高新区今年新增企业", [("PLACE", "高新区")], []),
    ("河南自贸区开封片区", [("PLACE", "河南自贸区")], []),
    ("经开区党工委召开会议", [("ORG", "经开区党工委")], ["区党工委"]),
    ("高新区领导王海、李涛出席", [("PLACE", "高新区"), ("POSITION", "领导"), ("PERSON", "王海"),
                              ("PERSON", "李涛")], ["区领导"]),
    # bodies in a list, an office after its body, a chain of places before a body
    ("市直单位办公室、发展改革局、住建分局等单位负责人出席",
     [("ORG", "办公室"), ("ORG", "发展改革局"), ("ORG", "住建分局")], []),
    ("落实县委、县政府工作部署", [("ORG", "县委"), ("ORG", "县政府")], ["县政府工作部署"]),
    ("县委宣传部网信办主任何平", [("ORG", "县委宣传部网信办"), ("POSITION", "主任"), ("PERSON", "何平")], []),
    ("市政府重大项目办公布名单", [("ORG", "市政府重大项目办")], []),
    ("南阳市宛城区统计局发布数据", [("ORG", "南阳市宛城区统计局")], ["南阳市"]),
    ("叶县县委和县政府联合发文", [("PLACE", "叶县"), ("ORG", "县委"), ("ORG", "县政府")], ["叶县县委"]),
    ("由华北电力设计院编制", [("ORG", "华北电力设计院")], []),
    # a body of an autonomous region, prefecture or county keeps 自治 (its level is 自治区);
    # a title that opens inside it stays a title
    ("自治区政协主席出席开幕式", [("ORG", "自治区政协"), ("POSITION", "主席")], ["区政协"]),
    ("自治县政府印发通知", [("ORG", "自治县政府")], ["县政府"]),
    ("自治州党委书记调研", [("POSITION", "党委书记")], ["自治州党委"]),
    # 区 is also a surname: a body before a title is no person
    ("区政协主席讲话", [("ORG", "区政协"), ("POSITION", "主席")], []),
    # what a title joins to the person after it is its body, not another person; a name
    # after a title stays one (a byline: 记者 A 通讯员 B)
    ("银联会主席王明康介绍", [("POSITION", "主席"), ("PERSON", "王明康")], ["银联会"]),
    ("记者王力通讯员李军报道", [("POSITION", "记者"), ("PERSON", "王力"), ("POSITION", "通讯员"),
                           ("PERSON", "李军")], []),
    ("洛阳理工学院新校区开工", [("PROJECT", "洛阳理工学院新校区")], []),
]


@pytest.mark.parametrize("text,want,absent", PLACES_AND_BODIES)
def test_places_and_bodies(text, want, absent):
    check(text, want, absent)


PROJECTS = [
    # a phase after the name, with the project word after it or a bracketed phase after that
    ("华锦新材料产业园(二期)项目开工", [("PROJECT", "华锦新材料产业园(二期)项目")], []),
    ("明泰智能装备产业基地项目(一期)竣工", [("PROJECT", "明泰智能装备产业基地项目(一期)")], []),
    ("汝阳产业园三期项目签约", [("PROJECT", "汝阳产业园三期项目")], []),
    # a verb of building is no part of the name
    ("加快建设伊川精密制造产业园", [("PROJECT", "伊川精密制造产业园")], ["建设伊川精密制造产业园"]),
    ("顺达物流产业园建设项目进展顺利", [("PROJECT", "顺达物流产业园建设项目")], []),
    # project heads beyond 项目; a bare head is no name
    ("汝州先进制造业集聚区", [("PROJECT", "汝州先进制造业集聚区")], []),
    ("产业集聚区是主阵地", [], ["产业集聚区"]),
    ("全县已核准风电场项目3个", [], ["风电场项目", "核准风电场项目"]),
    # places and generic words name no project; a province's title is no project either
    ("豫南分布式光伏发电项目并网", [("PLACE", "豫南")], ["豫南分布式光伏发电项目"]),
    ("获评湖北省绿色制造产业示范基地", [("PLACE", "湖北省")], ["湖北省绿色制造产业示范基地"]),
    ("石人山景区提升项目开工", [("PROJECT", "石人山景区提升项目")], []),
]


@pytest.mark.parametrize("text,want,absent", PROJECTS)
def test_projects(text, want, absent):
    check(text, want, absent)


COMPANIES = [
    # a company written with 公司 before its project: two spans (a group's name stays inside)
    ("许昌恒达物流有限公司冷链仓储产业园项目开工", [("COMPANY", "许昌恒达物流有限公司"),
                                         ("PROJECT", "冷链仓储产业园项目")], []),
    # the name before a project's capacity is its company; the county before it a PLACE
    ("总投资12亿元的恒信科技20万吨再生铝项目", [("COMPANY", "恒信科技")], []),
    ("汝阳县瑞丰8万吨饲料加工项目开工", [("PLACE", "汝阳县"), ("COMPANY", "瑞丰")], []),
    # a brand and an industry word after a company cue; an industry pair without one is none
    ("龙头企业——宁阳新能源", [("COMPANY", "宁阳新能源")], []),
    ("发展矿山机械、电力科技等产业", [], ["矿山机械", "电力科技"]),
    # later mentions of a company found by its legal name
    ("鼎泰精工科技有限公司落户伊川。鼎泰精工科技当年投产", [("COMPANY", "鼎泰精工科技有限公司"),
                                                 ("COMPANY", "鼎泰精工科技")], []),
    # a two-character name before 公司, not a verb
    ("盘活瑞华公司闲置厂房", [("COMPANY", "瑞华公司")], ["盘活瑞华公司"]),
    ("彰显公司发展信心", [], ["彰显公司"]),
    ("两家公司签约", [], ["两家公司"]),
    # left-boundary stop list
    ("万邦集团旗下五星级酒店", [("COMPANY", "万邦集团")], []),
    ("项目投资方洛阳恒远置业有限公司表示", [("COMPANY", "洛阳恒远置业有限公司")], []),
]


@pytest.mark.parametrize("text,want,absent", COMPANIES)
def test_companies(text, want, absent):
    check(text, want, absent)


ROADS = [
    # a road named from A to B is being built; a short name with a works cue too, at every mention
    ("举行林州至安阳高速公路建设推进会", [("PROJECT", "林州至安阳高速公路")], []),
    ("林安高速有望年底建成通车。林安高速全长约60公里", [("PROJECT", "林安高速")], [("PLACE", "林安高速")]),
    # an expressway in service is a road (PLACE), with the city written before it
    ("车辆驶入开封西南绕城高速后", [("PLACE", "开封西南绕城高速")], []),
    ("项目紧邻连霍高速", [("PLACE", "连霍高速")], []),
    ("在建的焦唐高速联络线", [("PROJECT", "焦唐高速联络线")], []),
    ("郑州地铁6号线一期通车", [("PROJECT", "郑州地铁6号线一期")], []),
    # Henan's counties by short name
    # avenues stand on their own, figures of speech do not
    ("项目位于翠云大道东侧", [("PLACE", "翠云大道")], []),
    ("走上康庄大道", [], ["康庄大道", "走上康庄大道"]),
    ("途经新郑、登封、荥阳", [("PLACE", "新郑"), ("PLACE", "登封"), ("PLACE", "荥阳")], []),
    ("维护民权、博爱精神", [], ["民权", "博爱"]),
]


@pytest.mark.parametrize("text,want,absent", ROADS)
def test_roads(text, want, absent):
    check(text, want, absent)


WORLD = [
    # national and international organisations beat the place they begin with
    ("中国共产党成立纪念日", [("ORG", "中国共产党")], ["中国"]),
    ("东盟成为最大贸易伙伴", [("ORG", "东盟")], []),
    ("致公党中央委员会", [], ["致公"]),
    # one-character abbreviations in a coordinated list, before a word of relation
    ("推动中美经贸合作", [("PLACE", "中"), ("PLACE", "美")], []),
    ("港澳台同胞", [("PLACE", "港"), ("PLACE", "澳"), ("PLACE", "台")], []),
    ("中缅关系持续深化", [("PLACE", "中"), ("PLACE", "缅")], []),
    ("中乌两国签署协议", [("PLACE", "中"), ("PLACE", "乌")], []),
    # 以 is the preposition, 华 the commonest given name (苏华): neither is listed
    ("要以中美关系大局为重", [("PLACE", "中"), ("PLACE", "美")], ["以"]),
    # a sure abbreviation closes a run (巴以), never opens it; more words of relation (冲突, 和谈)
    ("巴以冲突持续升级", [("PLACE", "巴"), ("PLACE", "以")], []),
    ("美以和谈再度搁浅", [("PLACE", "美"), ("PLACE", "以")], []),
    # a nation's abbreviation on its own before a word of state (abbreviations.tsv kind=state)
    ("会后与叙总统举行了会谈", [("PLACE", "叙"), ("POSITION", "总统")], []),
    ("泰总理出席了开幕式", [("PLACE", "泰"), ("POSITION", "总理")], []),
    ("据英首相办公室消息", [("PLACE", "英")], []),
    ("同意政府提出的方案", [], ["意"]),  # guard: 同意 is a word
    ("清朝政府在此设县", [], ["朝"]),  # guard: 朝 inside 清朝
    ("新总统宣誓就职", [], ["新"]),  # guard: 新 is no nation here
    ("集中新建一批学校", [], ["中", "新"]),
    ("中欧班列开行", [], ["中", "欧"]),
    # foreign names with a middle dot, after a title
    ("印尼总统佐科·维多多访华", [("PLACE", "印尼"), ("POSITION", "总统"), ("PERSON", "佐科·维多多")], []),
    ("新闻·视点", [], ["新闻·视点"]),
]


@pytest.mark.parametrize("text,want,absent", WORLD)
def test_world(text, want, absent):
    check(text, want, absent)


MORE_COMPANIES = [
    ("由市属国企国恒物业负责运营", [("COMPANY", "国恒物业")], []),
    ("华能山东公司十万千瓦风电基地项目", [("COMPANY", "华能山东公司")], ["十万千瓦风电"]),
    ("龙头企业万达文化落户", [("COMPANY", "万达文化")], []),
]


@pytest.mark.parametrize("text,want,absent", MORE_COMPANIES)
def test_more_companies(text, want, absent):
    check(text, want, absent)


REPEATED = [
    # a project written twice is the project the article is about; sizes and generic words are not
    ("华岳精密轴承项目今日签约。华岳精密轴承项目投产后", [("PROJECT", "华岳精密轴承项目")], []),
    ("十万千瓦风电项目开工。十万千瓦风电项目建成后", [], ["十万千瓦风电项目"]),
    ("洛阳市一些景区人气很旺", [("PLACE", "洛阳市")], ["洛阳市一些景区"]),
    ("凤凰山广场停车场项目位于城区", [("PROJECT", "凤凰山广场停车场项目")], []),
]


@pytest.mark.parametrize("text,want,absent", REPEATED)
def test_repeated_projects(text, want, absent):
    check(text, want, absent)


WHERE = [
    # a division before a brand-named project is where it is (SPEC: 伊川县 | 德龙嘉苑社区)
    ("宜阳县恒瑞集团制剂生产基地项目进展顺利", [("PLACE", "宜阳县"), ("PROJECT", "恒瑞集团制剂生产基地项目")], []),
    ("许昌市魏都区天冠环保项目签约", [("PLACE", "许昌市"), ("PLACE", "魏都区"),
                                 ("PROJECT", "天冠环保项目")], []),
    # a generic word, a kind of works or a known place after it: the place is part of the name
    ("老城区软件信息技术产业园", [("PROJECT", "老城区软件信息技术产业园")], []),
    ("延津康达科创产业园开园", [("PLACE", "延津"), ("PROJECT", "康达科创产业园")], []),  # a county by short name
    ("开工的还有新安县青龙镇机械加工园区、", [("PLACE", "新安县"), ("PROJECT", "青龙镇机械加工园区")], []),
    ("汝阳电厂新建工程开工", [("PROJECT", "汝阳电厂新建工程")], []),
    ("大宗商品产业园建设项目", [("PROJECT", "大宗商品产业园建设项目")], []),
    ("栾川县抽水蓄能电站开工", [("PROJECT", "栾川县抽水蓄能电站")], []),
    ("嵩县白云山旅游度假区项目", [("PROJECT", "嵩县白云山旅游度假区项目")], []),
]


@pytest.mark.parametrize("text,want,absent", WHERE)
def test_place_before_project(text, want, absent):
    check(text, want, absent)


STOCK = [
    ("据悉,中原恒泰(002448.SZ)发布公告", [("COMPANY", "中原恒泰")], []),
    ("龙腾矿业(3993)去年实现净利润", [("COMPANY", "龙腾矿业")], []),
    ("本次年会(2024)召开", [], ["本次年会"]),
]


@pytest.mark.parametrize("text,want,absent", STOCK)
def test_stock_codes(text, want, absent):
    check(text, want, absent)


HEAD_BEGINS_ANOTHER_WORD = [
    # (invented text, a span that must be there, a span that must not)
    ("星河重工集团总工程师王海说", ("POSITION", "总工程师"), ("PROJECT", "星河重工集团总工程")),
    ("月亮湾项目部负责人表示", None, ("PROJECT", "月亮湾项目")),
]


@pytest.mark.parametrize("text,want,absent", HEAD_BEGINS_ANOTHER_WORD)
def test_a_head_that_begins_another_word_names_nothing(text, want, absent):
    ents = [(s.label, s.text) for s in luoyang_nlp.extract(text).entities]
    if want:
        assert want in ents
    assert absent not in ents
