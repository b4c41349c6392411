"""``luoyang-nlp track`` end to end, on invented articles."""

import json
import subprocess
import sys

import pytest

from luoyang_nlp.cli import main

NEWS = [
    {"id": "n1", "text": "伊川县青禾数字经济产业园项目总投资12亿元，今年3月开工建设。", "published": "2024-05-06"},
    {"id": "n2", "text": "青禾数字经济产业园建设项目进展顺利，一号厂房已封顶。", "published": "2024-08-01"},
    {"id": "n3", "text": "宜阳县金穗农机装备制造基地项目计划年底开工，总投资8亿元。", "published": "2024-06-10"},
]


def _write(tmp_path, records=NEWS):
    src = tmp_path / "news.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return src


def test_track_jsonl_and_json(tmp_path, capsys):
    src = _write(tmp_path)
    assert main(["track", str(src)]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [(r["key"], r["docs"]) for r in lines] == [("青禾数字经济产业园", ["n1", "n2"]), ("金穗农机装备制造基地", ["n3"])]
    assert [s["stage"] for s in lines[0]["stages"]] == ["开工", "在建"]
    out = tmp_path / "p.json"
    assert main(["track", str(src), "--format", "json", "-o", str(out)]) == 0
    arr = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(arr, list) and arr[1]["county"] == "宜阳县" and arr[1]["investment"] == 800000000
    assert arr[1]["stages"][0]["planned"] is True


def test_track_reads_text_files_and_stdin_with_a_date(tmp_path):
    txt = tmp_path / "a.txt"
    txt.write_text("栾川县银杏文旅小镇建设项目集中签约，投资3.5亿元。", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "luoyang_nlp", "track", str(txt), "--published", "2024-07-01"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    (rec,) = [json.loads(x) for x in r.stdout.splitlines()]
    assert [(s["stage"], s["date"], s["doc_id"]) for s in rec["stages"]] == [("签约", "2024-07-01", "a")]
    assert rec["place"] == "栾川县"


def test_track_uses_records_with_spans_as_they_are(tmp_path, capsys):
    rec = {"id": "g", "text": "金河体育中心开工。", "meta": {"published": "2024-01-01"},
           "spans": [{"start": 0, "end": 6, "label": "PROJECT", "text": "金河体育中心"}]}
    src = _write(tmp_path, [rec])
    assert main(["track", str(src)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["stages"][0]["stage"] == "开工"


def test_track_html_report_has_the_charts(tmp_path):
    pytest.importorskip("matplotlib", reason="matplotlib not installed (the [charts] extra)")
    src = _write(tmp_path)
    out = tmp_path / "report.html"
    assert main(["track", str(src), "--format", "html", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.count("<svg") == 2 and "<script" not in page and 'src="http' not in page
    assert "伊川县 (1)" in page and "宜阳县 (1)" in page  # the investment bars' labels
    assert "<td>青禾数字经济产业园建设项目</td>" in page and "lyn-projects" in page  # the longer of two names


def test_track_html_without_matplotlib_names_the_extra(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    src = _write(tmp_path)
    assert main(["track", str(src), "--format", "html"]) == 2
    assert 'luoyang-nlp[charts]' in capsys.readouterr().err


def test_extract_html_charts_flag(tmp_path, capsys, monkeypatch):
    pytest.importorskip("matplotlib", reason="matplotlib not installed (the [charts] extra)")
    src = _write(tmp_path)
    out = tmp_path / "x.html"
    assert main(["extract", str(src), "--format", "html", "--charts", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.count("<svg") == 2 and page.count('class="lyn-facts-table"') == 2  # n2 has no figure
    assert page.rstrip().endswith("</html>")
    assert main(["extract", str(src), "--charts"]) == 2  # only with --format html
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    assert main(["extract", str(src), "--format", "html", "--charts"]) == 2
    assert "luoyang-nlp[charts]" in capsys.readouterr().err
