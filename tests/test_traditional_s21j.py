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
