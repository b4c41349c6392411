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


# --- ranges, numbers, grouping, metadata --------------------------------------------------

RANGE_TEXT = "今年1—9月，甲项目完成投资3至5亿元，工期8个月；乙项目年产值9亿元。"


def _range_doc(**extra):
    t = RANGE_TEXT
    spans = [
        _span(t, "今年1—9月", "DATE", value="2024-01", unit="ISO8601", low="2024-01", high="2024-09"),
        _span(t, "甲项目", "PROJECT"),
        _span(t, "3至5亿元", "MONEY", value=3e8, unit="CNY", low=3e8, high=5e8),
        _span(t, "8个月", "DURATION", value="P8M", unit="ISO8601"),
        _span(t, "乙项目", "PROJECT"),
        _span(t, "9亿元", "MONEY", value=9e8, unit="CNY"),
    ]
    ref = lambda s: {"start": s["start"], "end": s["end"]}  # noqa: E731
    facts = [
        {"figure": ref(spans[2]), "metric": "完成投资", "subject": ref(spans[1]), "date": ref(spans[0])},
        {"figure": ref(spans[3]), "metric": "工期", "subject": ref(spans[1]), "date": None},
        {"figure": ref(spans[5]), "metric": "年产值", "subject": ref(spans[4]), "date": ref(spans[0])},
    ]
    return {"id": "r1", "text": t, "spans": spans, "facts": facts, **extra}


def test_date_ranges_keep_both_ends_and_values_are_floats():
    money, duration, output = ledger_rows(_range_doc())
    assert (money["date"], money["date_low"], money["date_high"]) == ("2024-01", "2024-01", "2024-09")
    assert (money["value"], money["low"], money["high"]) == (3e8, 3e8, 5e8)
    assert isinstance(money["value"], float)
    # a duration: no float, the ISO text beside it
    assert (duration["value"], duration["value_exact"], duration["date_low"]) == (None, "P8M", None)
    assert output["date_high"] == "2024-09"


def test_value_column_sums_with_durations_present():
    pytest.importorskip("pandas")
    df = luoyang_nlp.ledger(_range_doc())
    assert str(df.value.dtype) == "float64"
    assert df.value.sum() == pytest.approx(1.2e9)  # NaN for the duration is skipped
    assert df.value_exact.tolist()[1] == "P8M"


def test_grouping_never_adds_different_measures():
    pytest.importorskip("pandas")
    g = luoyang_nlp.ledger([_range_doc(), _doc()], by="subject")
    assert list(g.columns) == ["subject", "metric_key", "unit", "total", "facts", "docs", "metrics"]
    rows = {(r.subject, r.metric_key): r.total for r in g.itertuples()}
    assert rows[("甲项目", "investment_completed")] == pytest.approx(3e8)
    assert rows[("乙项目", "output_value_annual")] == pytest.approx(9e8)
    assert rows[("黄河湾文旅项目", "investment_total")] == pytest.approx(1.8e9)
    # the duration (no number) and measures are never mixed into one total
    assert ("甲项目", "construction_period") not in rows
    assert not g.duplicated(["subject", "metric_key", "unit"]).any()
    assert g.total.sum() == pytest.approx(3e8 + 9e8 + 1.8e9 + 2e5)  # money, and the area of 智造园 apart
    by_two = luoyang_nlp.ledger([_range_doc(), _doc()], by=["doc_id", "subject"])
    assert set(by_two.doc_id) == {"r1", "d1"}


def test_grouping_rejects_bad_columns():
    pytest.importorskip("pandas")
    with pytest.raises(KeyError, match="no column"):
        luoyang_nlp.ledger(_doc(), by="nope")
    with pytest.raises(TypeError):
        luoyang_nlp.ledger(_doc(), by=3)


def test_metadata_of_records_is_on_every_row():
    rec = _range_doc(url="https://example.com/a", source="示例报", meta={"published": "2024-10-09", "page": 3},
                     value="clash")
    rows = list(ledger_rows(rec))
    assert len(rows) == 3
    for r in rows:
        assert (r["url"], r["source"], r["page"], r["published"]) == ("https://example.com/a", "示例报", 3, "2024-10-09")
        assert r["meta_value"] == "clash" and isinstance(r["value"], (float, type(None)))


@pytest.mark.parametrize("n_process", [1, 2])
def test_metadata_goes_through_pipe(n_process):
    items = [{"id": "a", "text": "项目总投资约140亿元。", "url": "https://example.com/a", "source": "甲报"},
             ("项目总投资8亿元。", {"id": "b", "url": "https://example.com/b", "published": "2024-10-09"}),
             "项目总投资2亿元。"]
    docs = list(luoyang_nlp.Extractor().pipe(items, n_process=n_process, batch_size=1))
    assert [d.meta for d in docs] == [{"url": "https://example.com/a", "source": "甲报"},
                                      {"url": "https://example.com/b"}, {}]
    rows = list(ledger_rows(docs))
    assert [(r["doc_id"], r.get("url"), r["published"]) for r in rows] == \
        [("a", "https://example.com/a", None), ("b", "https://example.com/b", "2024-10-09"), (2, None, None)]
    # Doc.to_dict keeps the metadata under meta, and from_dict reads it back
    again = luoyang_nlp.Doc.from_dict(docs[0].to_dict())
    assert again.meta == {"url": "https://example.com/a", "source": "甲报"}


def test_cli_ledger_carries_record_keys(tmp_path, capsys):
    from luoyang_nlp.cli import main

    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "x", "text": "项目总投资8亿元。", "url": "https://example.com/x",
                               "source": "乙报", "tags": ["a", "b"]}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["ledger", str(src), "--format", "csv"]) == 0
    (row,) = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert (row["doc_id"], row["url"], row["source"], json.loads(row["tags"])) == \
        ("x", "https://example.com/x", "乙报", ["a", "b"])
    assert main(["extract", str(src)]) == 0
    out = json.loads(capsys.readouterr().out.splitlines()[0])
    assert out["meta"]["url"] == "https://example.com/x"


def test_import_gives_the_module_which_stays_callable():
    import types

    import luoyang_nlp.ledger as mod

    assert isinstance(mod, types.ModuleType) and mod is luoyang_nlp.ledger
    assert callable(mod) and hasattr(mod, "ledger_rows")
    pytest.importorskip("pandas")
    assert len(mod(_doc())) == 2 and len(luoyang_nlp.ledger(_doc())) == 2


def test_bad_input_is_a_clear_error():
    with pytest.raises(TypeError, match="ledger expects"):
        list(ledger_rows(42))
    with pytest.raises(TypeError, match="text"):
        list(ledger_rows({"id": "x", "text": 5}))


def test_ledger_cli_neutralises_formulas_and_never_overwrites_an_input(tmp_path):
    import json as _json
    import subprocess as _sp
    import sys as _sys

    src = tmp_path / "in.jsonl"
    src.write_text(_json.dumps({"id": "=1+1", "text": "星河区今年固定资产投资完成12亿元。",
                                "published": "2024-10-09"}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    run = _sp.run([_sys.executable, "-m", "luoyang_nlp", "ledger", str(src), "-o", str(out)],
                  capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    body = out.read_text(encoding="utf-8")
    assert "'=1+1" in body and ",=1+1" not in body
    before = src.read_bytes()
    run = _sp.run([_sys.executable, "-m", "luoyang_nlp", "ledger", str(src), "-o", str(src)],
                  capture_output=True, text=True)
    assert run.returncode == 2 and src.read_bytes() == before
