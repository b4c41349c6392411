"""The fusion policy's cases (entities/fusion.py), one row each: rule spans and model
proposals in, fused spans out. Texts are invented."""

import pytest

from luoyang_nlp.entities.fusion import FusionPolicy, default_policy, fuse


def _at(text, word, label, extra=0.9, nth=0):
    """(start, end, label, extra) of the nth occurrence of word."""
    s = -1
    for _ in range(nth + 1):
        s = text.index(word, s + 1)
    return (s, s + len(word), label, extra)


CASES = [
    # (case, text, rule spans [(word, label)], proposals [(word, label)], expected [(word, label)])
    ("F1 same extent: the rule's label", "他在星河集团工作",
     [("星河集团", "COMPANY")], [("星河集团", "ORG")], [("星河集团", "COMPANY")]),
    ("F2 inside a rule span: dropped", "星河市科技馆项目开工",
     [("星河市科技馆项目", "PROJECT")], [("星河市", "PLACE")], [("星河市科技馆项目", "PROJECT")]),
    ("F3 crossing a rule edge: dropped", "市长王小明说",
     [("市长", "POSITION"), ("王小明", "PERSON")], [("长王小明", "PERSON")],
     [("市长", "POSITION"), ("王小明", "PERSON")]),
    ("F4 an ORG beats its place prefix", "中国共产党的领导",
     [("中国", "PLACE")], [("中国共产党", "ORG")], [("中国共产党", "ORG")]),
    ("F4 an outlet's app beats the outlet", "据星河日报客户端消息",
     [("星河日报", "ORG")], [("星河日报客户端", "ORG")], [("星河日报客户端", "ORG")]),
    ("F4 a bank's unit is the longer name", "星河银行信用卡中心主任表示",
     [("星河银行", "COMPANY")], [("星河银行信用卡中心", "ORG", 0.999)], [("星河银行信用卡中心", "ORG")]),
    ("F4 a university's press", "由星河大学出版社出版",
     [("星河大学", "ORG")], [("星河大学出版社", "ORG", 0.999)], [("星河大学出版社", "ORG")]),
    ("F4 a committee's working body", "由星河省人大常委会法工委主办",
     [("星河省人大常委会", "ORG")], [("星河省人大常委会法工委", "ORG", 0.99)], [("星河省人大常委会法工委", "ORG")]),
    ("F4 a boundary word that opens the rule's name stays (联合)", "联合国星河援助中心发表声明",
     [("联合国", "ORG")], [("联合国星河援助中心", "ORG", 0.999)], [("联合国星河援助中心", "ORG")]),
    ("F4 not into an event after the body", "星河日报记者招待会举行",
     [("星河日报", "ORG")], [("星河日报记者招待会", "ORG", 0.999)], [("星河日报", "ORG")]),
    ("F4 not a generic unit", "星河大学有关部门表示",
     [("星河大学", "ORG")], [("星河大学有关部门", "ORG", 0.999)], [("星河大学", "ORG")]),
    ("F4 not into a clause after the firm", "星河制药投资建设新厂",  # guard
     [("星河制药", "COMPANY")], [("星河制药投资建设新厂", "ORG", 0.99)], [("星河制药", "COMPANY")]),
    ("F5 a zone beats the place it is named after", "落户星河经济技术开发区",
     [("星河", "PLACE")], [("星河经济技术开发区", "PLACE")], [("星河经济技术开发区", "PLACE")]),
    ("F5 a road word joins the place before it", "车辆沿星河路行驶",
     [("星河", "PLACE")], [("星河路", "PLACE")], [("星河路", "PLACE")]),
    ("F5 not after a place's other words", "来到星河科技新城",
     [("星河", "PLACE")], [("星河科技新城", "PLACE")], [("星河", "PLACE")]),
    ("F12 an area word joins a place the model found alone", "游客来到星河湾景区游览",
     [], [("星河湾", "PLACE")], [("星河湾景区", "PLACE")]),
    ("F12 the longest area word", "游客来到星河湾风景区游览",
     [], [("星河湾", "PLACE")], [("星河湾风景区", "PLACE")]),
    ("F12 not into a rule span", "星河湾景区开发项目开工",
     [("景区开发项目", "PROJECT")], [("星河湾", "PLACE")], [("星河湾", "PLACE"), ("景区开发项目", "PROJECT")]),
    ("F12 not after an organisation", "星河集团景区分公司",
     [], [("星河集团", "ORG")], [("星河集团", "COMPANY")]),
    ("V2 a preposition the model took in is trimmed off", "受星河规划设计院委托",
     [], [("受星河规划设计院", "ORG")], [("星河规划设计院", "ORG")]),
    ("F6 not past a verb after the place", "企业在星河设立研究院",
     [("星河", "PLACE")], [("星河设立研究院", "ORG")], [("星河", "PLACE")]),
    ("F6 two covered spans stay split", "星河市认真落实省委",
     [("星河市", "PLACE"), ("省委", "ORG")], [("星河市认真落实省委", "ORG")],
     [("星河市", "PLACE"), ("省委", "ORG")]),
    ("V0 a function word inside: dropped", "星河湾的原林场",
     [], [("星河湾的原林场", "PLACE")], []),
    ("V7 no evidence of an ORG: dropped", "新兴布局", [], [("新兴布局", "ORG")], []),
    ("F9 the model's left edge over a conjunction", "但星河保险公司表示",
     [("但星河保险公司", "COMPANY", 0, "head")], [("星河保险公司", "ORG")], [("星河保险公司", "COMPANY")]),
    ("F9 a conjunction the rule read over: both names", "与甲乙及丙丁公司不同",
     [("甲乙及丙丁公司", "COMPANY", 0, "head")], [("甲乙", "ORG", 0.9999), ("丙丁公司", "ORG", 0.9999)],
     [("甲乙", "COMPANY"), ("丙丁公司", "COMPANY")]),
    ("F9 a conjunction inside a firm's name the model does not split", "甲乙及丙丁公司",
     [("甲乙及丙丁公司", "COMPANY", 0, "head")], [("丙丁公司", "ORG", 0.9999)], [("甲乙及丙丁公司", "COMPANY")]),
    ("F9 not over a place before a firm", "洛阳星河保险公司",
     [("洛阳星河保险公司", "COMPANY", 0, "head")], [("星河保险公司", "ORG")], [("洛阳星河保险公司", "COMPANY")]),
    ("F9 one character outside any name left of the model's edge", "下面请星河规划委员会主任讲话",
     [("请星河规划委员会", "ORG", 0, "head")], [("星河规划委员会", "ORG")], [("星河规划委员会", "ORG")]),
    ("F9 a former body: 原 is no part of its name", "原星河水利设计研究院院长",
     [("原星河水利设计研究院", "ORG", 0, "head")], [("星河水利设计研究院", "ORG")], [("星河水利设计研究院", "ORG")]),
    ("F9 a verb's last character before a bank", "对话星河银行东区支行行长",
     [("话星河银行东区支行", "COMPANY", 0, "head")], [("星河银行东区支行", "ORG")], [("星河银行东区支行", "COMPANY")]),
    ("F9 a direction character may open the name: the rule stands", "买下南星河通信公司",
     [("南星河通信公司", "COMPANY", 0, "head")], [("星河通信公司", "ORG")], [("南星河通信公司", "COMPANY")]),
    ("F9 a level character may open the name: the rule stands", "由市星河投资公司承建",
     [("市星河投资公司", "COMPANY", 0, "head")], [("星河投资公司", "ORG")], [("市星河投资公司", "COMPANY")]),
    ("F9 a longer stretch keeps the rule's edge", "星河森林养生度假有限公司",
     [("星河森林养生度假有限公司", "COMPANY", 0, "head")], [("度假有限公司", "ORG")], [("星河森林养生度假有限公司", "COMPANY")]),
    ("F10 a sure body around a rule body: an unlisted county's committee", "甲乙县委召开会议",
     [("县委", "ORG")], [("甲乙县委", "ORG", 0.9999)], [("甲乙县委", "ORG")]),
    ("F10 a bureau under a committee", "省委老干部局组织活动",
     [("省委", "ORG")], [("省委老干部局", "ORG", 0.9999)], [("省委老干部局", "ORG")]),
    ("F10 a place, a bureau and its party committee", "星河矿务局党委开展活动",
     [("星河", "PLACE"), ("党委", "ORG")], [("星河矿务局党委", "ORG", 0.9999)], [("星河矿务局党委", "ORG")]),
    ("F10 not sure enough: the rules stand", "甲乙县委召开会议",
     [("县委", "ORG")], [("甲乙县委", "ORG", 0.99)], [("县委", "ORG")]),
    ("F10 a place right before a body stays two", "星河县县委召开会议",
     [("星河县", "PLACE"), ("县委", "ORG")], [("星河县县委", "ORG", 0.9999)], [("星河县", "PLACE"), ("县委", "ORG")]),
    ("F10 not over a verb between", "星河市全面贯彻省委",
     [("星河市", "PLACE"), ("省委", "ORG")], [("星河市全面贯彻省委", "ORG", 0.9999)],
     [("星河市", "PLACE"), ("省委", "ORG")]),
    ("F10 not over a title", "星河区委书记讲话",
     [("星河", "PLACE"), ("区委书记", "POSITION")], [("星河区委", "ORG", 0.9999)],
     [("星河", "PLACE"), ("区委书记", "POSITION")]),
    ("F10 only an ORG ending in a body word", "省委老干部活动",
     [("省委", "ORG")], [("省委老干部", "ORG", 0.9999)], [("省委", "ORG")]),
    ("F10 not over a conjunction between two names", "星河区和市教育局发言",
     [("星河区", "PLACE"), ("市教育局", "ORG")], [("星河区和市教育局", "ORG", 0.9999)],
     [("星河区", "PLACE"), ("市教育局", "ORG")]),
    ("F4 what the model adds must be a head or a name's part", "华中地区钢铁",
     [("华中地区", "PLACE")], [("华中地区钢", "ORG", 0.9999)], [("华中地区", "PLACE")]),
    ("F4 a head alone is enough", "星河队获胜",
     [("星河", "PLACE")], [("星河队", "ORG", 0.9999)], [("星河队", "ORG")]),
    ("V3 generic words only", "建设科技产业新城", [], [("科技产业新城", "ORG", 0.9999)], []),
    ("V4 a surname and one character needs certainty", "立即查明原因", [], [("查明", "PERSON", 0.9)], []),
    ("F6 two places stay split", "来到山南省星河市",
     [("山南省", "PLACE"), ("星河市", "PLACE")], [("山南省星河市", "PLACE")],
     [("山南省", "PLACE"), ("星河市", "PLACE")]),
    ("F6 a title inside: dropped", "星河市长王小明",
     [("星河", "PLACE"), ("市长", "POSITION"), ("王小明", "PERSON")], [("星河市长王小明", "PERSON")],
     [("星河", "PLACE"), ("市长", "POSITION"), ("王小明", "PERSON")]),
    ("F6 the covered span must begin the name", "新星河公司",
     [("星河公司", "COMPANY")], [("新星河公司", "ORG")], [("星河公司", "COMPANY")]),
    ("F7 a free name is kept", "王小明和李大为握手",
     [], [("王小明", "PERSON"), ("李大为", "PERSON")], [("王小明", "PERSON"), ("李大为", "PERSON")]),
    ("F7 a foreign name with a dot", "会见了约翰·史密斯",
     [], [("约翰·史密斯", "PERSON")], [("约翰·史密斯", "PERSON")]),
    ("F7 a country", "访问了美国", [], [("美国", "PLACE")], [("美国", "PLACE")]),
    ("V2 a boundary word trimmed", "据星河晨报报道",
     [], [("据星河晨报", "ORG")], [("星河晨报", "ORG")]),
    ("V2 not a surname that is also a boundary word", "多年以后于大川仍在村里",
     [], [("于大川", "PERSON", 0.99)], [("于大川", "PERSON")]),
    ("V3 a generic word vetoed", "全国各地", [], [("全国", "PLACE")], []),
    ("V3 a common word vetoed, however sure", "这篇文章写得好", [], [("文章", "PERSON", 0.9999)], []),
    ("V8 a sure abbreviation alone", "代表团昨天抵京参会", [], [("京", "PLACE", 0.999)], [("京", "PLACE")]),
    ("V8 not sure enough", "代表团昨天抵京参会", [], [("京", "PLACE", 0.9)], []),
    ("V8 sure enough", "代表团昨天抵京参会", [], [("京", "PLACE", 0.97)], [("京", "PLACE")]),
    ("V8 one character, no listed abbreviation", "代表团昨天抵甲参会", [], [("甲", "PLACE", 0.999)], []),
    ("V8 one character is no ORG", "代表团昨天抵京参会", [], [("京", "ORG", 0.9999)], []),
    ("V8 the Xinhua abbreviation of China", "该国总理下周访华", [], [("华", "PLACE", 0.999)], [("华", "PLACE")]),
    ("V8 and of Israel", "巴以双方恢复谈判", [], [("巴", "PLACE", 0.99), ("以", "PLACE", 0.99)],
     [("巴", "PLACE"), ("以", "PLACE")]),
    ("V8 a word for people it begins names no place", "看望当地华侨", [], [("华", "PLACE", 0.999)], []),  # guard
    ("V8 a freight service's name holds no places", "1至10月中欧班列开行1200列", [],
     [("中", "PLACE", 0.999), ("欧", "PLACE", 0.999)], []),
    ("V8 a run, every one sure", "促进中日友好", [],
     [("中", "PLACE", 0.999), ("日", "PLACE", 0.999)], [("中", "PLACE"), ("日", "PLACE")]),
    ("V8 a run, one not sure: none", "推进中日韩合作", [],
     [("中", "PLACE", 0.999), ("日", "PLACE", 0.999)], []),
    ("V3 a common word is no place either", "他们的地方特色", [], [("地方", "PLACE", 0.9999)], []),
    ("V3 a common word jieba tags as a name (common_words.tsv, from corpus evidence)", "两岸楼宇林立",
     [], [("林立", "PERSON", 0.9999)], []),
    ("V4 no surname: not a person", "的确如此", [], [("的确", "PERSON")], []),
    ("V4 a bank is not a person", "向银行借款", [], [("向银行", "PERSON")], []),
    ("V4 a common word and two characters are no person", "追回黄金首饰", [], [("黄金首饰", "PERSON", 0.99)], []),
    ("V4 a brand before its industry word is no person", "宋川酒业增产", [], [("宋川", "PERSON", 0.99)], []),
    ("V4 a brand and its industry word are no person", "宋川酒业增产", [], [("宋川酒业", "PERSON", 0.99)], []),
    ("V4 a verb after a name is no industry word", "王小明设计了新楼", [], [("王小明", "PERSON", 0.99)],
     [("王小明", "PERSON")]),
    ("V4 a role noun is not a name", "李同学来了", [], [("李同学", "PERSON")], []),
    ("V4 a rare surname only after a title", "滑建设表示", [], [("滑建设", "PERSON")], []),
    ("V4 a sure transliteration without a surname", "会见了克拉维斯", [], [("克拉维斯", "PERSON", 0.99)],
     [("克拉维斯", "PERSON")]),
    ("V4 an unsure transliteration is dropped", "会见了克拉维斯", [], [("克拉维斯", "PERSON", 0.7)], []),
    ("V6 an event is no organisation", "举办星河招商会", [], [("星河招商会", "ORG")], []),
    ("V4 place abbreviations are no person", "郑洛高速通车", [], [("郑洛", "PERSON", 0.9999)], []),
    ("V4 too long for a person", "王小明大为", [], [("王小明大为", "PERSON")], []),
    ("V0 a span across a space: dropped", "来源:星河晚报 星河客户端",
     [], [("星河晚报 星河客户端", "ORG")], []),
    ("F8 a sure person over a place after the surname", "主任刘南河出席",
     [("主任", "POSITION"), ("南河", "PLACE")], [("刘南河", "PERSON", 0.99)],
     [("主任", "POSITION"), ("刘南河", "PERSON")]),
    ("F8 an unsure one is not", "刘南河出席", [("南河", "PLACE")], [("刘南河", "PERSON", 0.9)],
     [("南河", "PLACE")]),
    ("F11 the model ends a foreign name the rules cut short", "教授安娜·卡列肖发言",
     [("安娜·卡列", "PERSON")], [("安娜·卡列肖", "PERSON", 0.97)], [("安娜·卡列肖", "PERSON")]),
    ("F11 not over a function word", "教授安娜·卡列及同事",
     [("安娜·卡列", "PERSON")], [("安娜·卡列及", "PERSON", 0.97)], [("安娜·卡列", "PERSON")]),
    ("F11 not past two characters more", "教授安娜·卡列肖肖肖发言",
     [("安娜·卡列", "PERSON")], [("安娜·卡列肖肖肖", "PERSON", 0.97)], [("安娜·卡列", "PERSON")]),
    ("D1 a person is a person at every mention", "主任刘南河说，刘南河认为",
     [("主任", "POSITION"), ("刘南河", "PERSON"), ("南河", "PLACE", 1)], [],
     [("主任", "POSITION"), ("刘南河", "PERSON"), ("刘南河", "PERSON")]),
    ("V0 a space at the edge is cut off", "王小明 | 星河",
     [], [("王小明 | ", "PERSON")], [("王小明", "PERSON")]),
    ("V0 an unbalanced bracket: dropped", "an)星河大学", [], [("an)星河大学", "ORG")], []),
    ("V3 a head alone names nothing", "星河集团", [], [("集团", "ORG", 0.999)], []),
    ("V7 a sure ORG ending in a common word: dropped", "星河布局", [], [("星河布局", "ORG", 0.999)], []),
    ("V7 a generic word before a head is no name", "城市委员会", [], [("城市委员会", "ORG")], []),
    ("V7 a sure ORG needs no head", "加入欧佩克", [], [("欧佩克", "ORG", 0.9999)], [("欧佩克", "ORG")]),
    ("V3 a count of rivers before another count is no place", "形成“四河三渠”的格局",
     [], [("四河", "PLACE", 0.999)], []),
    ("V3 a count of divisions after their list is no place", "甲地、乙地、丙地三市合计增长",
     [], [("三市", "PLACE", 0.999)], []),
    ("V3 a qualifier right before a firm's head is no name", "捣毁电信诈骗集团",
     [], [("电信诈骗集团", "COMPANY", 0.9999)], []),
    ("V3 a numeral opening a place's name alone stays", "五桥位于城南",
     [], [("五桥", "PLACE", 0.999)], [("五桥", "PLACE")]),
    ("V2 a locative trimmed off a place", "位于星河区西部",
     [], [("星河区西部", "PLACE")], [("星河区", "PLACE")]),
    ("V6 a project head: left to the rules", "星河光伏电站并网",
     [], [("星河光伏电站", "ORG")], []),
    ("V5 ORG with a company head becomes COMPANY", "星河电气公司发布",
     [], [("星河电气公司", "ORG")], [("星河电气公司", "COMPANY")]),
    ("V5 COMPANY with a university head becomes ORG", "星河大学招生",
     [], [("星河大学", "COMPANY")], [("星河大学", "ORG")]),
    # institution nouns (女队, 议会) are evidence of an organisation: suffix_words.tsv leaves out
    # the words ending organisation names of the NER corpora
    ("V5 an ORG ending in an industry word is a firm", "星河化纤建设新线",
     [], [("星河化纤", "ORG", 0.9999)], [("星河化纤", "COMPANY")]),
    ("V7 a team's noun is evidence", "星河女队夺冠", [("星河", "PLACE")], [("星河女队", "ORG", 0.999)],
     [("星河女队", "ORG")]),
    ("V7 a parliament's noun is evidence", "星河国议会通过预算", [("星河国", "PLACE")], [("星河国议会", "ORG", 0.999)],
     [("星河国议会", "ORG")]),
    ("V7 a stream's ending is evidence", "游客乘竹筏沿星河溪漂流", [], [("星河溪", "PLACE", 0.95)], [("星河溪", "PLACE")]),
    ("V7 a weir's ending is evidence", "上午参观星河堰水利工程遗址", [], [("星河堰", "PLACE", 0.92)], [("星河堰", "PLACE")]),
    ("V7 a spring's ending is evidence", "山脚下的月牙泉终年不涸", [], [("月牙泉", "PLACE", 0.9)], [("月牙泉", "PLACE")]),
    ("V7 a common word's ending is none", "路边一处浅滩积满了水", [], [("浅滩", "PLACE", 0.95)], []),  # guard
    ("V4 a transliterated name without a surname at a lower bar", "新任主帅萨莫拉诺夫表示", [],
     [("萨莫拉诺夫", "PERSON", 0.8)], [("萨莫拉诺夫", "PERSON")]),
    ("V4 a transliterated name of three characters", "后卫瓦西里伤愈复出", [], [("瓦西里", "PERSON", 0.8)], [("瓦西里", "PERSON")]),
    ("V4 two transliteration characters are no name", "球队在安达落败", [], [("安达", "PERSON", 0.8)], []),  # guard
    ("V7 an event's noun is none", "星河发展大会召开", [], [("星河发展大会", "ORG", 0.999)], []),  # guard (SPEC)
]


@pytest.mark.parametrize("case,text,rules,proposals,expected", CASES, ids=[c[0] for c in CASES])
def test_policy_cases(case, text, rules, proposals, expected):
    rule_spans = [_at(text, r[0], r[1], "rule", *r[2:3])[:3] + (r[3] if len(r) > 3 else "rule",)
                  for r in rules]
    props = [_at(text, *p) for p in proposals]
    out = [(text[s:e], lab) for s, e, lab, src in fuse(text, rule_spans, props)]
    assert out == expected


def test_low_confidence_is_dropped():
    text = "王小明来了"
    assert fuse(text, [], [(0, 3, "PERSON", 0.1)]) == []
    assert fuse(text, [], [(0, 3, "PERSON", 0.99)]) == [(0, 3, "PERSON", "model:F7")]
    # an unsure surname + two characters is kept: the form checks (person_ok) sort names
    assert fuse(text, [], [(0, 3, "PERSON", 0.6)]) == [(0, 3, "PERSON", "model:F7")]
    assert fuse("查明了", [], [(0, 2, "PERSON", 0.6)]) == []  # a surname + one needs certainty


def test_thresholds_are_per_policy():
    strict = FusionPolicy.from_data()
    strict.thresholds = {"PERSON": 1.1}
    assert fuse("王小明来了", [], [(0, 3, "PERSON", 0.99)], strict) == []
    assert default_policy().thresholds["PERSON"] < 1.0


def test_model_source_is_named():
    out = fuse("李大为到", [], [(0, 3, "PERSON", 0.9)])
    assert out[0][3] == "model:F7"


from hypothesis import given, settings, strategies as st  # noqa: E402

_spans = st.lists(st.tuples(st.integers(0, 12), st.integers(1, 6)).map(lambda p: (p[0], p[0] + p[1])), max_size=6)


@settings(max_examples=300, deadline=None)
@given(_spans, st.data())
def test_a_proposal_equal_to_a_rule_span_is_f1_or_f2(spans, data):
    """fuse skips a proposal equal to a (non-empty) rule span before looking further: by the
    per-proposal tests it is F1 (the only rule span over it) or F2 (a rule span holds it),
    whatever other rule spans overlap it, and neither changes anything."""
    import bisect

    if not spans:
        return
    rules = sorted(spans)
    starts = [r[0] for r in rules]
    s, e = data.draw(st.sampled_from(rules))
    i = bisect.bisect_left(starts, s)  # the rule spans over [s, e), as fuse finds them
    if i > 0 and rules[i - 1][1] > s:
        i -= 1
    over = range(i, bisect.bisect_left(starts, e, i))
    f1 = len(over) == 1 and rules[over[0]] == (s, e)
    f2 = any(rules[k][0] <= s and rules[k][1] >= e for k in over)
    assert f1 or (len(over) > 1 and f2)  # F9 needs a single span that does not equal it
