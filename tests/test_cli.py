import json
import subprocess
import sys

import pytest

CLI = [sys.executable, "-m", "luoyang_nlp"]


def run(*args, input=None):
    return subprocess.run([*CLI, *args], input=input, capture_output=True, text=True, timeout=120)


def test_demo_prints_spans():
    r = run("demo")
    assert r.returncode == 0, r.stderr
    assert "MONEY" in r.stdout and "86.5" in r.stdout


def test_extract_stdin_jsonl():
    r = run("extract", "--published", "2024-10-09", input="总投资约140亿元")
    assert r.returncode == 0, r.stderr
    (line,) = r.stdout.splitlines()
    d = json.loads(line)
    assert d["meta"]["published"] == "2024-10-09"
    assert d["spans"][0]["value"] == 14000000000


def test_extract_files_and_unreadable(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("投资5亿元", encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes("投资5亿元".encode("gbk"))
    r = run("extract", str(good), str(bad), str(tmp_path / "missing.txt"))
    assert r.returncode != 0
    assert len(r.stdout.splitlines()) == 1
    assert "b.txt" in r.stderr and "missing.txt" in r.stderr


def test_eval_table_and_json(tmp_path):
    gold = tmp_path / "gold.jsonl"
    doc = {"id": "1", "text": "总投资约140亿元,另有3亿元", "meta": {},
           "spans": [{"start": 3, "end": 9, "label": "MONEY", "text": "约140亿元", "value": 1.4e10, "unit": "CNY"},
                     {"start": 12, "end": 15, "label": "MONEY", "text": "3亿元", "value": 3e8, "unit": "CNY", "optional": True}]}
    gold.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    r = run("eval", str(gold))
    assert r.returncode == 0, r.stderr
    assert "MONEY" in r.stdout and "FIGURES" in r.stdout
    r = run("eval", str(gold), "--json")
    res = json.loads(r.stdout)
    assert res["labels"]["MONEY"]["strict"] == {"tp": 1, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert res["value_accuracy"] == 1.0


def test_bad_published_is_a_clear_error():
    r = run("extract", "--published", "soon", input="x")
    assert r.returncode == 2 and "YYYY-MM-DD" in r.stderr
