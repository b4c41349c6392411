"""to_dataframe / figures_table: pandas tables of spans, loaded lazily."""

import subprocess
import sys

import pytest

import luoyang_nlp
from luoyang_nlp import Doc, Span

pd = pytest.importorskip("pandas", reason="pandas not installed (the [notebook] extra)")


def docs():
    a = Doc("总投资约140亿元，其中一期3亿元", (
        Span("约140亿元", "MONEY", 3, 9, 14000000000, "CNY", "approx"),
        Span("3亿元", "MONEY", 14, 17, 300000000, "CNY"),
    ), id="a", published="2024-10-09")
    b = Doc("2023—2025年占地162亩", (
        Span("2023—2025年", "DATE", 0, 10, "2023", "ISO8601", None, "2023", "2025"),
        Span("162亩", "AREA", 12, 16, 108000.0, "m2"),
    ))
    return [a, b]


def test_one_row_per_span_with_the_documented_columns():
    df = luoyang_nlp.to_dataframe(docs())
    assert list(df.columns) == ["doc_id", "label", "text", "start", "end", "value", "unit", "qualifier", "low", "high",
                                "kb_id", "canonical", "kb_level", "kb_path"]
    assert len(df) == 4
    assert df["doc_id"].tolist() == ["a", "a", 1, 1]  # no id: the document's position
    assert df["label"].tolist() == ["MONEY", "MONEY", "DATE", "AREA"]
    assert df["value"].tolist() == [14000000000, 300000000, "2023", 108000.0]
    assert df.loc[2, "low"] == "2023" and df.loc[2, "high"] == "2025"
    assert df.loc[0, "qualifier"] == "approx"
    assert str(df["start"].dtype) == "int64" and str(df["end"].dtype) == "int64"
    for d in docs():
        for _, row in df[df.doc_id == (d.id if d.id else 1)].iterrows():
            assert d.text[row.start:row.end] == row.text


def test_accepts_a_single_doc_dicts_and_pipe_output_and_empty_input():
    one = luoyang_nlp.to_dataframe(docs()[0])
    assert len(one) == 2
    from_dicts = luoyang_nlp.to_dataframe([d.to_dict() for d in docs()])
    pd.testing.assert_frame_equal(from_dicts, luoyang_nlp.to_dataframe(docs()))
    ex = luoyang_nlp.Extractor()
    piped = luoyang_nlp.to_dataframe(ex.pipe([{"text": "投资约140亿元", "id": "p"}]))
    assert piped[piped.label == "MONEY"]["value"].tolist() == [14000000000]
    empty = luoyang_nlp.to_dataframe([])
    assert empty.empty and "value" in empty.columns
    with pytest.raises(TypeError):
        luoyang_nlp.to_dataframe(["not a doc"])


def test_figures_table_has_numeric_values_and_pivots():
    t = luoyang_nlp.figures_table(docs())
    assert str(t["value"].dtype) == "float64"
    date = t[t.label == "DATE"].iloc[0]
    assert date["iso"] == "2023" and pd.isna(date["value"])
    money = t[t.unit == "CNY"].pivot_table(index="doc_id", columns="label", values="value", aggfunc="sum")
    assert money.loc["a", "MONEY"] == 14300000000.0
    counts = t.pivot_table(index="doc_id", columns="label", values="start", aggfunc="count", fill_value=0)
    assert counts.loc[1, "AREA"] == 1 and counts.loc["a", "AREA"] == 0
    assert t.loc[t.label == "MONEY", "published"].tolist() == ["2024-10-09"] * 2


def test_figures_table_takes_metric_subject_date_stage_from_facts():
    text = "中州产业园总投资20亿元，2024年5月开工"
    doc = Doc(text, (Span("中州产业园", "PROJECT", 0, 5), Span("20亿元", "MONEY", 8, 12, 2000000000, "CNY"),
                     Span("2024年5月", "DATE", 13, 20, "2024-05", "ISO8601")),
              facts=({"figure": {"start": 8, "end": 12}, "metric": "总投资", "subject": {"start": 0, "end": 5},
                      "date": {"start": 13, "end": 20}, "stage": "开工"},))
    t = luoyang_nlp.figures_table([doc])
    cols = ["text", "metric", "subject", "subject_label", "date", "stage"]
    assert t[cols].values.tolist()[0] == ["20亿元", "总投资", "中州产业园", "PROJECT", "2024-05", "开工"]
    assert t[t.label == "DATE"][["metric", "subject", "date"]].isna().all(axis=None)
    plain = luoyang_nlp.figures_table(docs())
    assert plain["metric"].isna().all()


def test_missing_pandas_is_a_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"luoyang-nlp\[notebook\]"):
        luoyang_nlp.to_dataframe(docs())
    with pytest.raises(ImportError, match=r"\[notebook\]"):
        luoyang_nlp.figures_table(docs())


def test_import_does_not_load_pandas():
    code = ("import sys, luoyang_nlp; assert 'pandas' not in sys.modules; "
            "f = luoyang_nlp.to_dataframe; assert 'pandas' not in sys.modules; print(f.__name__)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "to_dataframe"
    with pytest.raises(AttributeError):
        luoyang_nlp.no_such_helper


def test_figures_table_keeps_both_ends_of_a_date_range():
    doc = luoyang_nlp.extract("今年1—9月，全市固定资产投资完成300亿元。", published="2024-10-09")
    row = luoyang_nlp.figures_table([doc]).query("label == 'MONEY'").iloc[0]
    assert (row.date_low, row.date_high) == ("2024-01", "2024-09")
    assert row.metric == "固定资产投资"
