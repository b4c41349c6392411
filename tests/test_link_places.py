"""Division codes for PLACE spans (luoyang_nlp.link.places): short forms in context, names
shared by several divisions, the level and parent chain, and the output paths that carry them.
Every sentence here is invented."""

import json
import pickle
import subprocess
import sys

import pytest

import luoyang_nlp
from luoyang_nlp import Doc, Extractor, Span
from luoyang_nlp.link import Linker, divisions


@pytest.fixture(scope="module")
def linker():
    return Extractor().linker


# (the document's PLACE names, the name looked at, its expected code or None)
PLACE_CASES = [
    (["洛阳", "洛龙"], "洛龙", "410311000000"),          # short form in context
    (["洛龙"], "洛龙", None),                           # a county short form alone: no code
    (["河南省", "洛龙"], "洛龙", "410311000000"),        # any unit above it is context
    (["洛阳市", "涧西区"], "涧西区", "410305000000"),
    (["涧西区"], "涧西区", "410305000000"),             # a full name found once in China
    (["鼓楼区"], "鼓楼区", None),                       # four 鼓楼区: never guessed
    (["开封市", "鼓楼区"], "鼓楼区", "410204000000"),    # resolved by the document's other places
    (["徐州", "鼓楼区"], "鼓楼区", "320302000000"),
    (["江苏省", "鼓楼区"], "鼓楼区", None),              # 南京 and 徐州 are both in 江苏
    (["河南"], "河南", "410000000000"),                 # a province's short form needs no context
    (["洛阳"], "洛阳", "410300000000"),
    (["豫"], "豫", None),                               # a one-character abbreviation needs context
    (["郑州", "豫"], "豫", "410000000000"),
    (["郑州", "新"], "新", None),                       # the 新 of 郑洛新 is not 新疆
    (["郑州", "新乡", "新"], "新", "410700000000"),      # 省驻新: the one city of the text it begins
    (["洛阳", "洛"], "洛", "410300000000"),              # 在洛投资
    (["洛"], "洛", None),
    (["新区"], "新区", None),                           # 新区 only when unambiguous
    (["天津", "滨海新区", "新区"], "新区", "120116000000"),
    (["滨海新区", "沈北新区", "新区"], "新区", None),
    (["洛阳", "栾川"], "栾川", "410324000000"),          # 栾川县, not the 栾川乡 inside it
    (["洛阳市", "瀍河区"], "瀍河区", "410304000000"),    # a lexicon alias of 瀍河回族区
    (["洛阳", "吉利区"], "吉利区", "410308000000"),      # merged into 孟津区 (lexicon canonical)
    (["洛阳", "横水"], "横水", "410308108000"),          # a township short form under 孟津区
    (["横水镇"], "横水镇", None),                       # 横水镇 of 孟津区 and of 林州市
    (["孟津区", "横水镇"], "横水镇", "410308108000"),
    (["黄河"], "黄河", None),                           # the river, not 黄河街道
    (["洛阳", "中原"], "中原", None),                   # the region, not 中原区
    (["伊滨区"], "伊滨区", None),                       # a functional zone has no national code
]


@pytest.mark.parametrize("names,name,code", PLACE_CASES)
def test_place_codes_in_context(linker, names, name, code):
    got = linker.places(names)
    assert got[names.index(name)] == code


def test_level_parents_and_canonical(linker):
    text = "洛阳市推动洛龙产业升级"
    spans = [Span("洛阳市", "PLACE", 0, 3), Span("洛龙", "PLACE", 5, 7)]
    city, district = linker(spans)
    assert (district.kb_id, district.canonical, district.kb_level) == ("410311000000", "洛龙区", "县区")
    assert district.kb_parents == (("410300000000", "洛阳市"), ("410000000000", "河南省"))
    assert district.kb_path == "河南省/洛阳市/洛龙区"
    assert (city.kb_level, city.kb_parents) == ("市", (("410000000000", "河南省"),))
    assert Doc(text, (city, district)).spans[1].kb_id == "410311000000"


def test_a_zone_keeps_its_lexicon_canonical_without_a_code(linker):
    (zone,) = linker([Span("伊滨经开区", "PLACE", 0, 5)])
    assert zone.kb_id is None and zone.canonical == "伊滨区"


def test_table_has_codes_levels_and_henan_townships():
    t = divisions()
    assert t.by_code["410000000000"].name == "河南省"
    levels = {d.level for d in t.by_code.values()}
    assert levels == {"省", "市", "县区", "乡镇"}
    towns = [d for d in t.by_code.values() if d.level == "乡镇"]
    assert towns and all(d.code.startswith("41") for d in towns)
    assert all(len(c) == 12 and c.isdigit() for c in t.by_code)


def test_extract_codes_short_forms_in_context_and_traditional_text():
    doc = luoyang_nlp.extract("洛陽市近日召開會議，部署澗西區和洛龍的重點工作。")
    coded = {s.text: s.kb_id for s in doc.by_label("PLACE")}
    assert coded.get("洛陽市") == "410300000000"
    assert coded.get("澗西區") == "410305000000"
    assert coded.get("洛龍") == "410311000000"
    assert all(doc.text[s.start:s.end] == s.text for s in doc.spans)


@pytest.mark.parametrize("text", [
    "洛阳市涧西区今年新建两座公园，伊川县也建了一座。",
    "洛陽市近日召開會議，部署澗西區和洛龍的重點工作。",  # traditional: the names are normalised first
    "某某科技股份有限公司与洛阳市政府签约，某某科技将在偃师区建厂。",
])
def test_extract_makes_the_spans_the_linker_makes(text):
    """extract makes each span once, with its identities (Linker.identities before map
    back); linking the unlinked spans afterwards (Linker.__call__) gives the same spans."""
    ex = Extractor()
    unlinked = Extractor(link=False).extract(text)
    names = [ex.normalise(s.text).text for s in unlinked.spans]
    linked = ex.linker(list(unlinked.spans), names)
    assert list(ex.extract(text).spans) == linked
    assert any(s.kb_id for s in linked)


def test_link_false_leaves_no_identities():
    doc = Extractor(link=False).extract("洛阳市涧西区今年新建两座公园。")
    assert doc.by_label("PLACE") and all(s.kb_id is None and s.canonical is None for s in doc.spans)


def test_to_dict_from_dict_round_trip():
    doc = luoyang_nlp.extract("洛阳市涧西区今年新建两座公园，中信重工机械股份有限公司参与建设。", id="x1")
    d = doc.to_dict()
    place = next(s for s in d["spans"] if s["text"] == "涧西区")
    assert place["kb_id"] == "410305000000" and place["canonical"] == "涧西区" and place["kb_level"] == "县区"
    assert place["kb_parents"] == [{"kb_id": "410300000000", "name": "洛阳市"}, {"kb_id": "410000000000", "name": "河南省"}]
    back = Doc.from_dict(json.loads(json.dumps(d, ensure_ascii=False)))
    assert back == doc and back.spans == doc.spans
    assert all("kb_id" not in s for s in d["spans"] if s["label"] not in ("PLACE",))


def test_unlinked_span_dict_has_no_new_keys():
    s = Span("5亿元", "MONEY", 0, 3, 5e8, "CNY")
    assert set(s.to_dict()) == {"start", "end", "label", "text", "value", "unit"}
    assert Span.from_dict(s.to_dict()) == s


def test_pickled_extractor_links_again():
    ex = Extractor()
    ex.extract("洛阳市涧西区")
    ex2 = pickle.loads(pickle.dumps(ex))
    assert ex2._linker is None
    assert ex2.extract("洛阳市涧西区").spans == ex.extract("洛阳市涧西区").spans


def test_dataframe_has_identity_columns():
    pytest.importorskip("pandas")
    df = luoyang_nlp.to_dataframe(luoyang_nlp.extract("洛阳市涧西区今年新建两座公园。"))
    row = df[df.text == "涧西区"].iloc[0]
    assert (row.kb_id, row.canonical, row.kb_level, row.kb_path) == ("410305000000", "涧西区", "县区", "河南省/洛阳市/涧西区")


def test_cli_output_carries_kb_id(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("洛阳市涧西区今年新建两座公园。", encoding="utf-8")
    cli = [sys.executable, "-m", "luoyang_nlp", "extract", str(f)]
    out = subprocess.run(cli, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    (d,) = [json.loads(x) for x in out.stdout.splitlines() if x.strip()]
    assert {s["text"]: s.get("kb_id") for s in d["spans"]}["涧西区"] == "410305000000"
    off = subprocess.run(cli + ["--no-link"], capture_output=True, text=True, timeout=120)
    assert "kb_id" not in off.stdout
    csv_out = subprocess.run(cli + ["--format", "csv"], capture_output=True, text=True, timeout=120)
    header, *rows = csv_out.stdout.splitlines()
    assert header.split(",")[-4:] == ["kb_id", "canonical", "kb_level", "kb_path"]
    assert any("410305000000" in r for r in rows)


def test_long_text_links_across_its_pieces():
    ex = Extractor()
    ex.chunk_chars = 40
    text = "洛阳市今年新建公园十座。" * 4 + "\n\n" + "洛龙的道路建设加快推进。"
    doc = ex.extract(text)
    assert {s.text: s.kb_id for s in doc.by_label("PLACE")}.get("洛龙") == "410311000000"


def test_worker_processes_carry_identities():
    texts = ["洛阳市涧西区今年新建两座公园。", "据洛阳鸿泰精密机械有限公司介绍，鸿泰精密公司今年订单增长。"]
    ex = Extractor()
    serial = list(ex.pipe(texts))
    parallel = list(ex.pipe(texts, n_process=2, batch_size=1))
    assert [d.spans for d in parallel] == [d.spans for d in serial]
    assert any(s.kb_id for s in parallel[0].spans) and any(s.canonical for s in parallel[1].spans)
