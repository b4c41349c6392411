"""The project ledger: one row per figure fact, as dicts, a DataFrame and from the CLI."""

from __future__ import annotations

import csv
import io
import json

import pytest

import luoyang_nlp
from luoyang_nlp.ledger import LEDGER_COLUMNS, ledger_rows

TEXT = "2022年，位于孟津区的黄河湾文旅项目总投资18亿元，一期已开工。涧西区智造园占地300亩。"


def _span(text, surface, label, **kw):
    s = text.index(surface)
    return {"start": s, "end": s + len(surface), "label": label, "text": surface, **kw}


def _doc():
    t = TEXT
    spans = [
        _span(t, "2022年", "DATE", value="2022", unit="ISO8601"),
        _span(t, "孟津区", "PLACE"),
        _span(t, "黄河湾文旅项目", "PROJECT"),
        _span(t, "18亿元", "MONEY", value=1.8e9, unit="CNY"),
        _span(t, "涧西区", "PLACE"),
        _span(t, "智造园", "PROJECT"),
        _span(t, "300亩", "AREA", value=200000, unit="m2"),
    ]
    ref = lambda s: {"start": s["start"], "end": s["end"]}  # noqa: E731
    facts = [
        {"figure": ref(spans[3]), "metric": "总投资", "subject": ref(spans[2]), "date": ref(spans[0]), "stage": "开工"},
        {"figure": ref(spans[6]), "metric": "占地", "subject": ref(spans[5]), "date": None},
    ]
    return {"id": "d1", "text": t, "spans": spans, "facts": facts}


def test_rows_from_gold_format_dicts():
    rows = list(ledger_rows(_doc()))
    assert [tuple(r) for r in rows] == [LEDGER_COLUMNS] * 2
    money, area = rows
    assert (money["subject"], money["subject_label"], money["metric"], money["metric_key"]) == \
        ("黄河湾文旅项目", "PROJECT", "总投资", "investment_total")
    assert (money["value"], money["unit"], money["date"], money["stage"], money["figure"]) == \
        (1.8e9, "CNY", "2022", "开工", "18亿元")
    assert money["place"] == "孟津区"  # 位于孟津区的…项目
    # a place written right before the subject's name is its place
    assert (area["subject"], area["place"], area["metric_key"], area["date"], area["stage"]) == \
        ("智造园", "涧西区", "land_area", None, None)


def test_located_place_in_the_same_sentence():
    t = "绿能产业园位于伊川县，总投资9亿元。"
    spans = [_span(t, "绿能产业园", "PROJECT"), _span(t, "伊川县", "PLACE"), _span(t, "9亿元", "MONEY", value=9e8, unit="CNY")]
    facts = [{"figure": {"start": spans[2]["start"], "end": spans[2]["end"]}, "metric": "总投资",
              "subject": {"start": 0, "end": 5}, "date": None}]
    (row,) = ledger_rows({"id": "x", "text": t, "spans": spans, "facts": facts})
    assert row["place"] == "伊川县"


def test_facts_without_a_matching_span_and_docs_without_facts_give_no_rows():
    d = _doc()
    d["facts"].append({"figure": {"start": 0, "end": 1}, "metric": None, "subject": None, "date": None})
    assert len(list(ledger_rows(d))) == 2
    assert list(ledger_rows({"id": "e", "text": "无", "spans": []})) == []
    with pytest.raises(TypeError):
        list(ledger_rows([42]))


def test_dataframe_through_the_package():
    pytest.importorskip("pandas")
    df = luoyang_nlp.ledger([_doc(), _doc()])
    assert list(df.columns) == list(LEDGER_COLUMNS) and len(df) == 4
    assert df[df.metric_key == "investment_total"].value.sum() == pytest.approx(3.6e9)


def test_end_to_end_from_text_and_doc():
    doc = luoyang_nlp.extract("项目总投资约140亿元。", id="t")
    rows = list(ledger_rows(doc))
    assert [(r["doc_id"], r["metric_key"], r["value"], r["qualifier"]) for r in rows] == \
        [("t", "investment_total", 14000000000, "approx")]
    assert list(ledger_rows("项目总投资约140亿元。"))[0]["metric"] == "总投资"


def test_cli_ledger_csv_and_jsonl(tmp_path, capsys):
    from luoyang_nlp.cli import main

    gold = tmp_path / "docs.jsonl"
    gold.write_text(json.dumps(_doc(), ensure_ascii=False) + "\n", encoding="utf-8")
    txt = tmp_path / "a.txt"
    txt.write_text("项目总投资约140亿元。", encoding="utf-8")
    assert main(["ledger", str(gold), str(txt), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["doc_id"], r["metric"], r["subject"]) for r in rows] == \
        [("d1", "总投资", "黄河湾文旅项目"), ("d1", "占地", "智造园"), ("a", "总投资", "")]
    out = tmp_path / "l.jsonl"
    assert main(["ledger", str(gold), "--format", "jsonl", "-o", str(out)]) == 0
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["metric_key"] for x in lines] == ["investment_total", "land_area"]
