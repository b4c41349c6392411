"""The project tracker (``luoyang_nlp.track``): the merge rule, stages and dates, outputs.

Every case is invented for these tests. Most build Docs by hand (spans given), so that the
merge rule is tested apart from the extractor; a few run the extractor end to end.
"""

import json
from types import SimpleNamespace

import pytest

import luoyang_nlp
from luoyang_nlp import Doc, Span
from luoyang_nlp.track import LONG_NAME, name_key, track
from luoyang_nlp.track.places import compatible, place_of


def make_doc(text, spans, *, id=None, published=None, facts=()):
    """A Doc over ``text`` with ``spans`` given as (substring, label[, occurrence]) and
    ``facts`` as (figure substring, subject substring, metric[, stage])."""
    out, seen = [], {}
    for item in spans:
        sub, label = item[0], item[1]
        start = -1
        for _ in range((item[2] if len(item) > 2 else 0) + 1):
            start = text.index(sub, start + 1)
        out.append(Span(sub, label, start, start + len(sub)))
        seen[sub] = out[-1]
    fs = []
    for fig, subj, metric, *stage in facts:
        f, s = seen[fig], seen[subj]
        fact = {"figure": {"start": f.start, "end": f.end}, "metric": metric,
                "subject": {"start": s.start, "end": s.end}, "date": None}
        if stage:
            fact["stage"] = stage[0]
        fs.append(fact)
    return Doc(text, tuple(out), id=id, published=published, facts=tuple(fs))


def money(text, sub, value):
    start = text.index(sub)
    return Span(sub, "MONEY", start, start + len(sub), value=value, unit="CNY")


def project_docs(*names_and_places):
    """One document per (name, place or None): "[place]name正在加快建设。"."""
    docs = []
    for i, (name, place) in enumerate(names_and_places):
        text = f"{place or ''}{name}正在加快建设。"
        spans = [(name, "PROJECT")] + ([(place, "PLACE")] if place else [])
        docs.append(make_doc(text, spans, id=f"d{i}", published=f"2024-0{i + 1}-15"))
    return docs


# -- the name key ---------------------------------------------------------------------------
@pytest.mark.parametrize("name, base, phase, place", [
    ("青禾数字经济产业园项目", "青禾数字经济产业园", None, None),
    ("青禾数字经济产业园建设项目", "青禾数字经济产业园", None, None),
    ("青禾數字經濟產業園項目", "青禾数字经济产业园", None, None),          # traditional
    ("青禾数字经济产业园区", "青禾数字经济产业园", None, None),              # 园区 -> 园
    ("伊川县青禾数字经济产业园", "青禾数字经济产业园", None, "伊川县"),       # place prefix
    ("洛阳市涧西区青禾数字经济产业园", "青禾数字经济产业园", None, "洛阳市"),  # two prefixes
    ("青禾数字经济产业园（二期）项目", "青禾数字经济产业园", "二期", None),    # brackets
    ("青禾数字经济产业园一期工程", "青禾数字经济产业园", "一期", None),
    ("青禾数字经济产业园第2期", "青禾数字经济产业园", "二期", None),
    ("金穗食品（洛阳）加工基地", "金穗食品加工基地", None, "洛阳"),           # place in brackets
    ("市金河体育中心", "金河体育中心", None, None),                           # 市: "the city's"
    ("宁德时代洛阳基地", "宁德时代洛阳基地", None, None),                     # a firm, not 宁德 + …
    ("新安至伊川快速通道", "新安至伊川快速通道", None, None),                 # a route's start
    ("沁河至伊水高速公路", "沁河至伊水高速", None, None),                     # 高速公路 -> 高速
])
def test_name_key(name, base, phase, place):
    k = name_key(name)
    assert (k.base, k.phase, k.place) == (base, phase, place)


# -- the merge rule: (mentions as (name, place) per document, expected number of projects) --
MERGE_CASES = [
    # the same project in several articles, written differently -> one
    ([("伊川县青禾数字经济产业园项目", None), ("青禾数字经济产业园", None)], 1),
    ([("青禾数字经济产业园区", None), ("青禾数字经济产业园建设项目", None)], 1),
    ([("青禾數字經濟產業園項目", None), ("青禾数字经济产业园", None)], 1),
    ([("金穗农机装备制造基地（一期）", None), ("金穗农机装备制造基地一期项目", None)], 1),
    ([("青禾数字经济产业园", "涧西区"), ("洛阳青禾数字经济产业园", None)], 1),  # 涧西区 is in 洛阳
    # phases stay apart -> two
    ([("金穗农机装备制造基地一期", None), ("金穗农机装备制造基地二期", None)], 2),
    ([("金穗农机装备制造基地", None), ("金穗农机装备制造基地（二期）", None)], 2),
    # the same name in different counties -> two
    ([("青禾数字经济产业园", "伊川县"), ("青禾数字经济产业园", "宜阳县")], 2),
    ([("伊川县德润物流园", None), ("宜阳县德润物流园", None)], 2),
    # a short name needs the same place (or company) -> one with it, two without
    ([("科技馆", "涧西区"), ("涧西区科技馆项目", None)], 1),
    ([("科技馆", None), ("科技馆项目", None)], 2),
    ([("科技馆", "涧西区"), ("科技馆", None)], 2),
    # one that could be either of two projects joins neither
    ([("青禾数字经济产业园", "伊川县"), ("青禾数字经济产业园", "宜阳县"), ("青禾数字经济产业园", "洛阳市")], 3),
]


@pytest.mark.parametrize("mentions, expected", MERGE_CASES)
def test_merge_rule(mentions, expected):
    projects = track(project_docs(*mentions))
    assert len(projects) == expected, [(p["project"], p["place"], p["docs"]) for p in projects]
    assert sorted(d for p in projects for d in p["docs"]) == [f"d{i}" for i in range(len(mentions))]


def test_long_name_threshold_is_the_documented_one():
    assert LONG_NAME == 6
    assert name_key("银杏科创园").long is False and name_key("青禾数字经济产业园").long is True


def test_short_names_merge_on_a_shared_company():
    a = make_doc("金穗集团投资建设的科技馆开工。", [("金穗集团", "COMPANY"), ("科技馆", "PROJECT")], id="a",
                 published="2024-01-02")
    b = make_doc("金穗集团科技馆已经竣工。", [("金穗集团", "COMPANY"), ("科技馆", "PROJECT")], id="b",
                 published="2024-06-02")
    c = make_doc("科技馆已经竣工。", [("科技馆", "PROJECT")], id="c", published="2024-06-03")
    projects = track([a, b, c])
    assert sorted(p["docs"] for p in projects) == [["a", "b"], ["c"]]
    merged = next(p for p in projects if p["docs"] == ["a", "b"])
    assert merged["companies"] == ["金穗集团"]
    assert [(s["stage"], s["date"], s["doc_id"]) for s in merged["stages"]] == [
        ("开工", "2024-01-02", "a"), ("竣工", "2024-06-02", "b")]
    assert merged["latest_stage"] == "竣工"


def test_mentions_within_one_document_are_one_project():
    doc = make_doc("科技馆项目今日开工。该科技馆总投资3亿元。", [("科技馆项目", "PROJECT"), ("科技馆", "PROJECT", 1)],
                   id="x")
    (p,) = track([doc])
    assert p["names"] == ["科技馆项目", "科技馆"] and len(p["mentions"]) == 2


def test_a_name_without_its_company_is_the_same_project_in_the_document():
    text = "金穗集团青禾农机装备制造基地项目开工。该公司表示，青禾农机装备制造基地将于明年投产。"
    doc = make_doc(text, [("金穗集团", "COMPANY"), ("金穗集团青禾农机装备制造基地项目", "PROJECT"),
                          ("青禾农机装备制造基地", "PROJECT", 1)], id="x", published="2024-01-01")
    (p,) = track([doc])
    assert p["project"] == "金穗集团青禾农机装备制造基地项目" and len(p["mentions"]) == 2
    assert p["companies"] == ["金穗集团"]
    assert [(s["stage"], s["planned"]) for s in p["stages"]] == [("开工", False), ("投产", True)]
    other = make_doc("青禾农机装备制造基地开工。", [("青禾农机装备制造基地", "PROJECT")], id="y")
    assert len(track([doc, other])) == 2  # across documents the bare name may be anyone's


# -- places and codes -------------------------------------------------------------------------
def test_places_compare_by_chain_and_by_code():
    assert compatible(place_of("涧西区"), place_of("洛阳市")) is True
    assert compatible(place_of("涧西区"), place_of("伊川县")) is False
    assert compatible(place_of("涧西区"), None) is None
    assert place_of("涧西区").county == "涧西区" and place_of("洛阳市").county is None
    a = place_of("新区", SimpleNamespace(kb_id="410305000000", canonical=None))
    b = place_of("老区", SimpleNamespace(kb_id="410300000000", canonical=None))
    c = place_of("西区", SimpleNamespace(kb_id="410306000000", canonical=None))
    assert compatible(a, b) is True and compatible(a, c) is False and a.code == "410305000000"
    assert place_of("涧西", SimpleNamespace(kb_id=None, canonical="涧西区")).canonical == "涧西区"


def _gold(id, place, code, name="青禾数字经济产业园"):
    text = f"{place}{name}已经投产。"
    return {"id": id, "text": text, "meta": {"published": "2024-03-01"}, "spans": [
        {"start": 0, "end": len(place), "label": "PLACE", "text": place, "kb_id": code, "canonical": place + "区"},
        {"start": len(place), "end": len(place) + len(name), "label": "PROJECT", "text": name}]}


def test_span_codes_decide_places_when_present():
    same = track([_gold("a", "东城", "410305000000"), _gold("b", "东城", "410300000000")])
    assert len(same) == 1 and same[0]["place_code"] == "410305000000" and same[0]["place"] == "东城区"
    apart = track([_gold("a", "东城", "410305000000"), _gold("b", "西城", "410306000000")])
    assert len(apart) == 2


# -- stages ---------------------------------------------------------------------------------
NAME = "青禾数字经济产业园项目"


@pytest.mark.parametrize("sentence, stages", [
    (f"{NAME}昨日集中开工。", [("开工", False)]),
    (f"{NAME}计划年底开工。", [("开工", True)]),
    (f"{NAME}尚未开工。", []),
    (f"青禾數字經濟產業園項目正式開工。", [("开工", False)]),             # traditional
    (f"{NAME}已建成投产。", [("竣工", False), ("投产", False)]),
    (f"{NAME}正式签约落户伊川。", [("签约", False)]),
    (f"据悉，{NAME}位于城东，占地二百亩，已全面开工。", [("开工", False)]),  # the sentence's topic
    (f"会上，{NAME}的负责人介绍了本地数十家配套企业、研发机构和各类服务平台陆续签约的情况。", []),  # far
])
def test_stage_words(sentence, stages):
    name = "青禾數字經濟產業園項目" if "數" in sentence else NAME
    doc = make_doc(sentence, [(name, "PROJECT")], id="s", published="2024-04-01")
    (p,) = track([doc])
    assert [(s["stage"], s["planned"]) for s in p["stages"]] == stages
    assert all(s["date"] == "2024-04-01" and s["doc_id"] == "s" for s in p["stages"])


def test_a_stage_word_after_a_list_is_every_item_s():
    text = "金穗农机装备制造基地、银杏新材料产业园等项目集中签约。"
    doc = make_doc(text, [("金穗农机装备制造基地", "PROJECT"), ("银杏新材料产业园", "PROJECT")], published="2024-02-02")
    projects = track([doc])
    assert [[s["stage"] for s in p["stages"]] for p in projects] == [["签约"], ["签约"]]


def test_stage_words_inside_names_are_not_stages():
    doc = make_doc("金河规划展览馆项目迎来首批参观者。", [("金河规划展览馆项目", "PROJECT")])
    assert track([doc])[0]["stages"] == []


def test_stages_over_time_take_each_article_s_date():
    docs = [make_doc(f"{NAME}{verb}。", [(NAME, "PROJECT")], id=id, published=date)
            for id, verb, date in [("b", "开工建设", "2023-09-01"), ("a", "签约", "2023-01-10"), ("c", "投产", "2024-12-01")]]
    (p,) = track(docs)
    assert [(s["stage"], s["date"], s["doc_id"]) for s in p["stages"]] == [
        ("签约", "2023-01-10", "a"), ("开工", "2023-09-01", "b"), ("投产", "2024-12-01", "c")]
    assert (p["first_reported"], p["last_reported"], p["latest_stage"]) == ("2023-01-10", "2024-12-01", "投产")
    assert p["docs"] == ["b", "a", "c"]


# -- figures ----------------------------------------------------------------------------------
def test_figure_facts_with_dates_and_the_latest_investment():
    t1 = f"{NAME}总投资12亿元。"
    t2 = f"{NAME}总投资追加至15亿元，年产值8亿元。"
    s1 = money(t1, "12亿元", 1.2e9)
    d1 = Doc(t1, (Span(NAME, "PROJECT", 0, len(NAME)), s1), id="old", published="2022-05-01", facts=(
        {"figure": {"start": s1.start, "end": s1.end}, "metric": "总投资", "subject": {"start": 0, "end": len(NAME)}},))
    s2, s3 = money(t2, "15亿元", 1.5e9), money(t2, "8亿元", 8e8)
    d2 = Doc(t2, (Span(NAME, "PROJECT", 0, len(NAME)), s2, s3), id="new", published="2023-05-01", facts=(
        {"figure": {"start": s2.start, "end": s2.end}, "metric": "总投资", "subject": {"start": 0, "end": len(NAME)}},
        {"figure": {"start": s3.start, "end": s3.end}, "metric": "年产值", "subject": {"start": 0, "end": len(NAME)}}))
    (p,) = track([d1, d2])
    assert [(f["metric"], f["value"], f["published"], f["doc_id"]) for f in p["figures"]] == [
        ("总投资", 1.2e9, "2022-05-01", "old"), ("总投资", 1.5e9, "2023-05-01", "new"), ("年产值", 8e8, "2023-05-01", "new")]
    assert p["investment"] == 1.5e9  # the latest article's, not a sum over articles


def test_end_to_end_on_extracted_text():
    news = [
        {"id": "n1", "text": "伊川县青禾数字经济产业园项目总投资12亿元，今年3月开工建设。", "published": "2024-05-06"},
        {"id": "n2", "text": "青禾数字经济产业园项目一期已于近日正式投产，年产值可达5亿元。", "published": "2024-11-20"},
        {"id": "n3", "text": "青禾数字经济产业园建设项目进展顺利，已建成厂房6栋。", "published": "2024-08-01"},
    ]
    projects = luoyang_nlp.track(news)
    by_name = {(p["key"], p["phase"]): p for p in projects}
    main = by_name[("青禾数字经济产业园", None)]
    assert main["docs"] == ["n1", "n3"] and main["place"] == "伊川县" and main["county"] == "伊川县"
    assert main["investment"] == 1.2e9 and ("开工", "2024-05-06") in [(s["stage"], s["date"]) for s in main["stages"]]
    phase1 = by_name[("青禾数字经济产业园", "一期")]
    assert phase1["docs"] == ["n2"] and phase1["latest_stage"] == "投产"
    assert any(f["metric"] == "年产值" and f["value"] == 5e8 for f in phase1["figures"])


def test_inputs_texts_tuples_and_ids():
    projects = track(["金穗农机装备制造基地项目开工。", ("宜阳县金穗农机装备制造基地项目竣工。", {"id": "t", "published": "2024-09-09"})])
    assert len(projects) == 1 and projects[0]["docs"] == ["0", "t"]
    assert track([]) == []


# -- outputs ----------------------------------------------------------------------------------
def test_json_outputs_round_trip():
    projects = track(project_docs(("青禾数字经济产业园", "伊川县"), ("金穗农机装备制造基地一期", None)))
    arr = json.loads(projects.to_json())
    assert [r["project"] for r in arr] == ["青禾数字经济产业园", "金穗农机装备制造基地一期"]
    lines = projects.to_jsonl().splitlines()
    assert len(lines) == 2 and json.loads(lines[0])["county"] == "伊川县"
    keys = set(arr[0])
    assert {"project", "place", "place_code", "companies", "figures", "stages", "docs", "mentions"} <= keys


def test_dataframes():
    pd = pytest.importorskip("pandas")
    from luoyang_nlp.track import FIGURE_COLUMNS, PROJECT_COLUMNS, STAGE_COLUMNS

    projects = track(project_docs(("青禾数字经济产业园", "伊川县"), ("青禾数字经济产业园", None)))
    df = projects.to_dataframe()
    assert list(df.columns) == list(PROJECT_COLUMNS) and len(df) == 1
    assert df.loc[0, "n_docs"] == 2 and df.loc[0, "county"] == "伊川县"
    stages = projects.to_dataframe("stages")
    assert list(stages.columns) == list(STAGE_COLUMNS) and len(stages) == 2
    assert pd.api.types.is_datetime64_any_dtype(stages["date"]) and set(stages["stage"]) == {"在建"}
    assert list(projects.to_dataframe("figures").columns) == list(FIGURE_COLUMNS)
    with pytest.raises(ValueError):
        projects.to_dataframe("nope")


def test_dataframe_without_pandas_names_the_extra(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"luoyang-nlp\[notebook\]"):
        track(project_docs(("青禾数字经济产业园", None))).to_dataframe()


@pytest.mark.parametrize("bad", [5, None, "某某产业园项目开工。", b"bytes", {"text": "某某产业园项目开工。"}])
def test_track_rejects_what_is_not_a_collection_of_documents(bad):
    with pytest.raises(TypeError, match="iterable of documents"):
        luoyang_nlp.track(bad)


@pytest.mark.parametrize("bad", [[None], [b"bytes"], [float("nan")], [{"text": None}]])
def test_track_names_a_bad_document(bad):
    with pytest.raises(TypeError, match="pipe\\(\\)"):
        luoyang_nlp.track(bad)
