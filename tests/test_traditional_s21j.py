"""Traditional-script text reads as its simplified twin (invented sentences): the Hong Kong
and Taiwan variants OpenCC t2s leaves (衞, 敍, 陜, 濬), the Taiwan 著 that is 着 (隨著, 沿著),
and corner quotes 「」『』 read as “”‘’. Offsets stay on the original text."""

import pytest

from luoyang_nlp import FIGURE_LABELS, extract
from luoyang_nlp.normalise import normalise

TEXT = [
    # (original, normalised)
    ("衞生健康委員會", "卫生健康委员会"),
    ("敍利亞", "叙利亚"),
    ("河南、陜西兩省", "河南、陕西两省"),
    ("鶴壁市濬縣", "鹤壁市浚县"),
    ("衹用了九個月", "只用了九个月"),
    ("隨著產業園投產", "随着产业园投产"),
    ("沿著黃河，意味著轉型，著力推進", "沿着黄河,意味着转型,着力推进"),
    ("「兩個確保」", "“两个确保”"),
    ("『十四五』", "‘十四五’"),
    ("顯著增長，著名企業，著作權", "显著增长,著名企业,著作权"),  # guard: 著 that stays 著
    ("显著增长，著名企业", "显著增长,著名企业"),  # guard: simplified text keeps its 著
    ("什么时候", "什么时候"),  # guard: 么 is no 幺 (tw2s would make it one)
]


@pytest.mark.parametrize("original, expected", TEXT)
def test_variants_t2s_leaves_are_folded(original, expected):
    assert normalise(original).text == expected


def test_offsets_stay_exact_on_the_original():
    text = "據悉，衞輝市隨著「兩個確保」推進，全年新增就業1.2萬人。"
    n = normalise(text)
    assert len(n.text) == len(text)
    i = n.text.index("卫辉市")
    assert n.to_original(i, i + 3) == (3, 6)
    assert text[slice(*n.to_original(i, i + 3))] == "衞輝市"


def _entities(text: str) -> list[tuple[str, str]]:
    doc = extract(text, published="2025-03-01")
    return [(s.text, s.label) for s in doc.spans if s.label not in FIGURE_LABELS]


ENTITIES = [
    ("偃師區衞生健康委黨組書記李紅梅介紹相關情況。", ("偃師區衞生健康委", "ORG")),
    ("世界衞生組織專家到訪洛陽。", ("世界衞生組織", "ORG")),
    ("衞輝市唐莊鎮今年完成固定資產投資8.6億元。", ("衞輝市", "PLACE")),
    ("敍利亞駐華大使一行考察洛陽國家大學科技園。", ("敍利亞", "PLACE")),
    ("該市地處河南、陜西兩省交界處。", ("陜西", "PLACE")),
    ("鶴壁市濬縣今年實施重點項目36個。", ("濬縣", "PLACE")),
    ("隨著洛陽伊濱區科技產業園投產，園區年產值預計達到50億元。", ("洛陽伊濱區科技產業園", "PROJECT")),
    ("沿著黃河生態廊道，孟津區建成綠道36公里。", ("黃河生態廊道", "PROJECT")),
    ("這意味著洛陽石化百萬噸乙烯項目進入全面施工階段。", ("洛陽石化百萬噸乙烯項目", "PROJECT")),
]


@pytest.mark.parametrize("text, expected", ENTITIES)
def test_traditional_names_read_as_their_simplified_twin(text, expected):
    assert expected in _entities(text)


def _counts(text: str) -> list[str]:
    doc = extract(text, published="2025-03-01")
    return [s.text for s in doc.spans if s.label == "COUNT"]


QUOTED = [
    ("該區打造「一核兩帶三園」，佈局「4個特色小鎮」建設。", []),
    ("會議要求錨定「兩個確保」，全年新開工項目120個。", ["120個"]),
    ("洛陽建設「兩個中心」，引進企業85家。", ["85家"]),
    ("全縣推進「3個一批」活動，簽約項目45個。", ["45個"]),  # guard: base already skipped this one
    ("全县推进“3个一批”活动，签约项目45个。", ["45个"]),  # guard: the simplified twin
]


@pytest.mark.parametrize("text, expected", QUOTED)
def test_a_count_inside_corner_quotes_is_a_name(text, expected):
    assert _counts(text) == expected


def _metrics(text: str) -> dict[str, str | None]:
    doc = extract(text, published="2025-03-01")
    return {text[f["figure"]["start"]:f["figure"]["end"]]: f["metric"] for f in doc.facts if "figure" in f}


# Hong Kong financial writing: 錄得 (recorded) stands between a measure and its figure, and
# 升 / 跌 alone are the change words 上升 / 下跌 (按年升4.1%, 按年跌18%, 跌至).
HK_METRICS = [
    ("星河礦業去年純利錄得12.6億元，按年增長35.2%。", {"12.6億元": "纯利", "35.2%": "纯利增长"}),
    ("該集團經營溢利錄得7.8億元，按年跌3.5%。", {"7.8億元": "经营溢利", "3.5%": "经营溢利下跌"}),
    ("該公司中期盈利按年跌18%至3.2億元。", {"18%": "中期盈利下跌", "3.2億元": "中期盈利"}),
    ("該集團營業額逾520億元，按年升4.1%。", {"逾520億元": "营业额", "4.1%": "营业额增长"}),
    ("開元地產去年合約銷售額跌21%，至310億元。", {"21%": "合约销售额下跌", "310億元": "合约销售额"}),
    ("全縣工業用電量跌至12億千瓦時。", {"12億千瓦時": "工业用电量"}),
    ("该县旅游收入飙升45%，达到28亿元。", {"45%": "旅游收入增长", "28亿元": "旅游收入"}),
    ("全市规上工业增加值增长12.3%。", {"12.3%": "规上工业增加值增长"}),  # guard
    ("該縣排名第15位，較上年提升3位。", {"3位": "提升"}),  # guard: a bare 提升 is no 提 + 升
]


@pytest.mark.parametrize("text, expected", HK_METRICS)
def test_hong_kong_change_words_name_the_metric(text, expected):
    got = _metrics(text)
    assert {k: got.get(k) for k in expected} == expected


# Taiwan's 規畫 (and 企畫, 策畫, 謀畫) is the mainland 规划: t2s leaves 规画.
PLAN = [
    ("園區規畫面積12平方公里，總投資50億元。", {"12平方公里": "规划面积"}),
    ("該項目規畫用地300畝。", {"300畝": "规划用地"}),
    ("刻畫了洛陽的發展，規劃面積8平方公里。", {"8平方公里": "规划面积"}),  # guard: 規劃 and 刻畫 as before
]


@pytest.mark.parametrize("text, expected", PLAN)
def test_taiwan_plan_word_reads_as_the_mainland_one(text, expected):
    got = _metrics(text)
    assert {k: got.get(k) for k in expected} == expected


def test_taiwan_plan_word_is_normalised():
    assert normalise("規畫建設，企畫部，刻畫").text == "规划建设,企划部,刻画"


def _figures(text: str) -> list[tuple]:
    doc = extract(text, published="2025-03-01")
    return [(s.text, s.label, s.value, s.unit) for s in doc.spans if s.label in FIGURE_LABELS]


# 瓩 (one character for 千瓦) is Taiwan's power unit.
POWER = [
    ("該電廠裝機容量為120萬瓩。", [("120萬瓩", "POWER", 1200000, "kW")]),
    ("新增燃氣機組裝機容量約260萬瓩。", [("約260萬瓩", "POWER", 2600000, "kW")]),
    ("該光電案場裝置容量達5,000瓩。", [("5,000瓩", "POWER", 5000, "kW")]),
    ("光伏电站装机容量5000千瓦。", [("5000千瓦", "POWER", 5000, "kW")]),  # guard
]


@pytest.mark.parametrize("text, expected", POWER)
def test_taiwan_power_unit(text, expected):
    assert _figures(text) == expected


# Taiwan's C-suite titles (執行長, 營運長, 財務長, 技術長): 行長 inside 執行長 is no bank president;
# and the dots Taiwan text joins foreign names with (‧ U+2027, ・ U+30FB) are the middle dot.
TITLES_AND_DOTS = [
    ("星河電子執行長林志遠表示，今年資本支出約300億元。", ("執行長", "POSITION")),
    ("該公司營運長陳柏宏出席記者會。", ("營運長", "POSITION")),
    ("該集團財務長吳雅婷說明營收展望。", ("財務長", "POSITION")),
    ("美國某電動車公司執行長伊森‧卡特訪問鄭州。", ("伊森‧卡特", "PERSON")),
    ("荷兰某公司总裁彼得・范德堡到访洛阳。", ("彼得・范德堡", "PERSON")),
    ("中原银行洛阳分行行长王明远出席活动。", ("行长", "POSITION")),  # guard: the bank title
]


@pytest.mark.parametrize("text, expected", TITLES_AND_DOTS)
def test_taiwan_titles_and_name_dots(text, expected):
    assert expected in _entities(text)


# Henan place names whose character t2s maps to another simplified one.
TOWNS = [
    ("鶴壁市淇濱區鉅橋鎮新建標準化廠房3萬平方米。", ("鉅橋鎮", "PLACE")),
    ("商城縣鯰魚山街道今年新增就業800人。", ("鯰魚山街道", "PLACE")),
]


@pytest.mark.parametrize("text, expected", TOWNS)
def test_henan_names_t2s_would_misread(text, expected):
    assert expected in _entities(text)


# Taiwan and Hong Kong press words for the mainland open with the surname 陸: no person.
MAINLAND_WORDS = [
    ("陸媒報導，洛陽今年GDP增長5%。", "陸媒"),
    ("陸方表示，兩岸合作項目達30個。", "陸方"),
    ("陸企在台投資金額達2億美元。", "陸企"),
]


@pytest.mark.parametrize("text, word", MAINLAND_WORDS)
def test_mainland_words_are_no_person(text, word):
    assert (word, "PERSON") not in _entities(text)


def test_taiwan_mainland_affairs_council_is_an_org():
    assert ("陸委會", "ORG") in _entities("陸委會副主委表示關切。")


def test_a_person_surnamed_lu_after_a_title_stays():  # guard
    assert ("陸方明", "PERSON") in _entities("市委書記陸方明出席活動。")
