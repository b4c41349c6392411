"""Words learned from jieba's dictionary and the public NER training corpora, not written one
by one: the verbs and function words that end a body's or firm's name on its left
(``left_bounds.tsv``), and the common words that begin with a surname character and are no
person nor a name the model proposes (``common_words.tsv``). Sentences written for these tests."""

import pytest

from entity_helpers import ents

from luoyang_nlp.entities.tables import Tables
from luoyang_nlp.resources import data_path, read_tsv

CASES = [
    # a verb before a name found by its head (银行, 有限公司, 中学) ends it on the left
    ("调查组发现星河市商业银行账目异常", [("COMPANY", "星河市商业银行")]),
    ("代表团走进星河重工机械有限公司车间", [("COMPANY", "星河重工机械有限公司")]),
    ("他们采用星河新材料科技有限公司的技术", [("COMPANY", "星河新材料科技有限公司")]),
    ("专家提出星河市第一中学扩建方案", [("ORG", "星河市第一中学")]),
    ("三家企业加入星河市物流行业协会", [("ORG", "星河市物流行业协会")]),
    # a verb or function word of common_words.tsv right before a listed place: the name
    # starts at the place; one ending at the head with nothing nameful before it names nothing
    ("市里积极配合中国农业银行开展普查", [("COMPANY", "中国农业银行")]),
    ("两位教授隶属英国星河大学物理系", [("ORG", "英国星河大学")]),
    ("他们把钱增加银行存款", []),
    ("警方打掉一个赌博集团", []),
    ("消费者远离传销公司", []),
    # a brand's verb after a place or a name stays in, and generic words do (控股)
    ("记者走访了星河拍卖公司", [("COMPANY", "星河拍卖公司")]),
    ("洛阳勘察设计协会成立", [("ORG", "洛阳勘察设计协会")]),
    ("星河恒远控股公司发布公告", [("COMPANY", "星河恒远控股公司")]),
    ("嵩县星湾山庄避暑度假公司开业", [("COMPANY", "嵩县星湾山庄避暑度假公司")]),
    # a word of saying that ends a common word (小说, 据说) is none
    ("武侠小说大家到访", []),
    # a common word beginning with a surname character is no name before a word of saying
    ("应当指出，今年增速有所回落", []),
    ("文章说，改革成效明显", []),
    ("方法表示这一点不容置疑", []),
    # names still are
    ("主任周建国介绍，园区已投产", [("POSITION", "主任"), ("PERSON", "周建国")]),
    ("应建国表示，园区已投产", [("PERSON", "应建国")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_open_words(text, expected):
    assert ents(text) == expected


COUNTRY_BODIES = [
    # a state body right after its country is one ORG (as 洛阳市商务局 is)
    ("法国外交部当天发表声明", [("ORG", "法国外交部")]),
    ("巴西财政部上调了预测", [("ORG", "巴西财政部")]),
    ("美国国务院发言人回答提问", [("ORG", "美国国务院"), ("POSITION", "发言人")]),
    # a body naming its own country stays itself; a university stays apart from its country
    ("中国共产党的宗旨", [("ORG", "中国共产党")]),
    ("访问团拜会了法国国家统计局", [("PLACE", "法国"), ("ORG", "国家统计局")]),
    # not right after the country: apart
    ("法国和外交部", [("PLACE", "法国"), ("ORG", "外交部")]),
]


FIRM_LISTS = [
    # the items of a list closed by 等 and a word for firms are companies, known or not
    ("代表团与宁波某胜电子、苏州某川技术等企业进行洽谈",
     [("COMPANY", "宁波某胜电子"), ("COMPANY", "苏州某川技术")]),
    ("今年引进星河新材、华阳电子等一批龙头企业", [("COMPANY", "星河新材"), ("COMPANY", "华阳电子")]),
    ("甲乙科技、丙丁能源等3家公司入选", [("COMPANY", "甲乙科技"), ("COMPANY", "丙丁能源")]),
    # industries, kinds of firm and places alone are no firms
    ("全市新能源、新材料、生物医药等企业达到120家", []),
    ("推动规上工业企业、高新技术企业等企业上云", []),
    ("走访了农业、物流、电商等企业", []),
    ("深入一线企业、重点项目等企业开展服务", []),
    ("郑州、洛阳等企业集聚", [("PLACE", "郑州"), ("PLACE", "洛阳")]),
    # the verb that opens the list is no part of its first item (培育, 吸引: company_shapes list_verb)
    ("全县已培育星川电器、鸿泰智能等规上企业", [("COMPANY", "星川电器"), ("COMPANY", "鸿泰智能")]),
    ("集聚星川电器、鸿泰智能等一批龙头企业", [("COMPANY", "星川电器"), ("COMPANY", "鸿泰智能")]),
    ("全县吸引星川电器、鸿泰智能等企业落户", [("COMPANY", "星川电器"), ("COMPANY", "鸿泰智能")]),
]

# a verb of production before a capacity is no firm's name (company_shapes capacity_verb)
CAPACITY_VERBS = [
    ("某县签约年出栏80万头生猪项目", []),
    ("该县签约日处理600吨垃圾焚烧发电项目", []),
    ("星川电池年产8GWh电池项目开工", [("COMPANY", "星川电池")]),  # guard
]


# a brand and an industry word right before 投资 and a figure are a company (company_shapes after_figure)
BRANDS_BEFORE_FIGURES = [
    ("鸿泰制药投资8亿元建设新厂", [("COMPANY", "鸿泰制药")]),
    ("龙头企业星川农机投资6亿元扩产", [("COMPANY", "星川农机")]),
    # guards: an industry's investment is no firm
    ("全县旅游投资3亿元", []),  # guard
    ("某地农业投资增长12%", []),  # guard
]


@pytest.mark.parametrize("text,expected", BRANDS_BEFORE_FIGURES)
def test_brands_before_figures(text, expected):
    assert ents(text) == expected


# a later mention may drop the industry words too, down to a brand of three characters
LATER_MENTIONS = [
    ("星锂新能源科技有限公司签约。星锂新能源今年扩产",
     [("COMPANY", "星锂新能源科技有限公司"), ("COMPANY", "星锂新能源")]),
    ("鸿瑞贝发制品股份有限公司签约。鸿瑞贝今年扩产",
     [("COMPANY", "鸿瑞贝发制品股份有限公司"), ("COMPANY", "鸿瑞贝")]),
    ("星锂科技有限公司签约。星锂今年扩产", [("COMPANY", "星锂科技有限公司")]),  # guard: a two-character brand alone
]


@pytest.mark.parametrize("text,expected", LATER_MENTIONS)
def test_later_mentions(text, expected):
    assert ents(text) == expected


@pytest.mark.parametrize("text,expected", CAPACITY_VERBS)
def test_capacity_verbs_name_no_firm(text, expected):
    assert ents(text) == expected


# 所属, 下属: a parent and its subsidiary are two firms
SUBSIDIARIES = [
    ("星河集团所属鸿泰科技公司投资2亿元", [("COMPANY", "星河集团"), ("COMPANY", "鸿泰科技公司")]),
    ("星河集团下属鸿泰科技公司扩产", [("COMPANY", "星河集团"), ("COMPANY", "鸿泰科技公司")]),
]


@pytest.mark.parametrize("text,expected", SUBSIDIARIES)
def test_subsidiaries_are_apart(text, expected):
    assert ents(text) == expected


@pytest.mark.parametrize("text,expected", FIRM_LISTS)
def test_firm_lists(text, expected):
    assert ents(text) == expected


GENERIC = [
    # a numeral with a classifier (三大, 多位) and scope words (国内) name no firm
    ("分析师看好三大公司的业绩", []),
    ("多位银行人士表示利率将下调", []),
    ("国内四大银行下调存款利率", []),
    # a quantity or a kind of firms (个别, 跨国, 股份制, 博彩) names none; a place with a kind does
    ("个别银行提高了手续费", []),
    ("大多数银行暂停了这项业务", []),
    ("不少跨国公司在本地设厂", []),
    ("几家股份制商业银行推出新卡", []),
    ("部分小额贷款公司暂停放款", []),
    ("星河市商业银行推出新产品", [("COMPANY", "星河市商业银行")]),  # guard: a place names it
    # an adverb before a verb and a head: a clause, no name (没考上|大学)
    ("去年她没考上大学", []),
    ("五大连池风景区游客增多", [("PLACE", "五大连池风景区")]),  # a numeral inside a name stays (a scenic area is a PLACE)
    # 境内 after a place says where: the place stays apart (no generic word)
    ("宜阳县境内服务区改扩建工程完工", [("PLACE", "宜阳县"), ("PROJECT", "境内服务区改扩建工程")]),
    # a head that begins another word (银行卡) ends no name
    ("储户遗忘银行卡被人取钱", []),
    ("星河农商银行推出新产品", [("COMPANY", "星河农商银行")]),
    # kinds of schools and clinics a bulletin counts (农村小学, 乡镇卫生院, 中小学校) name none;
    # a town's clinic by its town's name is one
    ("今年新建改扩建中小学校26所", []),
    ("今年新建乡镇卫生院9所", []),
    ("全县新建公办小学6所", []),
    ("白沙镇卫生院开展义诊活动", [("ORG", "白沙镇卫生院")]),  # control (the model found it before the head)
]


PERSON_EDGES = [
    # a verb the corpora write after names ends a name before it (王芳通报 -> 王芳)
    ("县委常委、宣传部部长王芳通报有关情况", ["王芳"]),
    # an adverb of three characters after a title's name (进一步) is no part of the name
    ("区长李冬进一步部署相关工作", ["李冬"]),
    ("会上，副县长李刚通报了全县项目进展", ["李刚"]),
    ("副县长张建国主持会议", ["张建国"]),  # a three-character name stays
    # a body before the title of its head is no name (宣传部部长, 统战部部长)
    ("区委常委、统战部部长刘洋出席", ["刘洋"]),
    ("县教育局局长王刚介绍", ["王刚"]),
    ("张伟副局长介绍了情况", ["张伟"]),
]


@pytest.mark.parametrize("text,expected", PERSON_EDGES)
def test_person_edges(text, expected):
    assert [t for label, t in ents(text) if label == "PERSON"] == expected


@pytest.mark.parametrize("text,expected", GENERIC)
def test_generic_before_a_head(text, expected):
    assert ents(text) == expected


@pytest.mark.parametrize("text,expected", COUNTRY_BODIES)
def test_country_bodies(text, expected):
    assert ents(text) == expected


@pytest.mark.parametrize("name,project,cut", [
    ("发现", False, True),    # a verb of the list ends a body's name
    ("发现", True, False),    # not a project's: its names hold verbs
    ("的", True, True),       # the hand-written core ends both
])
def test_bounds_by_kind(name, project, cut):
    T = Tables([])
    words, _ = T.bounds("某" + name + "甲乙", 0, 4 + len(name), project)
    assert bool(words) == cut


@pytest.mark.parametrize("file,columns", [("left_bounds.tsv", ["word"]), ("after_person.tsv", ["word"]),
                                          ("common_words.tsv", ["word", "func"])])
def test_generated_lists_have_provenance(file, columns):
    path = data_path("lexicons") / "rules" / file
    head = path.read_text(encoding="utf-8").splitlines()
    assert head[0].startswith("#") and any("Generated by scripts/" in line for line in head if line.startswith("#"))
    rows = read_tsv(path)
    assert len(rows) > 50 and list(rows[0]) == columns
    assert all(1 < len(r["word"]) <= 4 for r in rows)


# where a name read back from its head starts: not at a clause's conjunction (而, 并), not at 有关's
# second character, and after a person a conjunction (和) joins two names
LEFT_EDGES = [
    ("而星河路派出所民警随即赶到", [("ORG", "星河路派出所")]),
    ("有关星河兄弟公司重组的传闻不断", [("COMPANY", "星河兄弟公司")]),
    ("主任王建新和星河水利规划研究所专家一同考察", [("POSITION", "主任"), ("PERSON", "王建新"), ("ORG", "星河水利规划研究所")]),
    ("记者对话星河银行东城支行负责人", [("COMPANY", "星河银行东城支行")]),
    ("和平区人民医院开诊", [("ORG", "和平区人民医院")]),  # guard: 和 opens a known name
]


_RULES: list = []


@pytest.mark.parametrize("text,expected", LEFT_EDGES)
def test_left_edges(text, expected):
    assert ents(text) == expected
    if not _RULES:  # the rules alone too: the model's proposals mend some of these in fusion
        from luoyang_nlp import Extractor
        _RULES.append(Extractor(facts=False, model=False))
    assert [(s.label, s.text) for s in _RULES[0].extract(text).entities] == expected
