"""The command line, end to end in subprocesses (and in-process where a terminal is faked)."""

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from luoyang_nlp import cli

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


def docs_of(stdout):
    return [json.loads(line) for line in stdout.splitlines()]


def make_tree(root):
    """A directory with text and JSON Lines files at two levels, plus things to ignore."""
    root.mkdir()
    (root / "sub").mkdir()
    (root / ".hidden").mkdir()
    (root / "a.txt").write_text("一期总投资约140亿元", encoding="utf-8")
    (root / "sub" / "b.jsonl").write_text(
        json.dumps({"text": "追加投资5亿元", "id": "b-1", "published": "2024-10-09"}, ensure_ascii=False) + "\n\n"
        + json.dumps({"text": "另筹3亿元", "meta": {"published": "2023-01-02"}}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    (root / "notes.md").write_text("不读这个文件，投资9亿元", encoding="utf-8")
    (root / ".hidden" / "c.txt").write_text("隐藏目录投资9亿元", encoding="utf-8")
    return root


def test_extract_directory_recursively_txt_and_jsonl(tmp_path):
    root = make_tree(tmp_path / "in")
    r = run("extract", str(root), "--published", "2020-05-06")
    assert r.returncode == 0, r.stderr
    docs = docs_of(r.stdout)
    assert [d["id"] for d in docs] == ["a", "b-1", "sub/b:3"]
    assert [d["meta"].get("published") for d in docs] == ["2020-05-06", "2024-10-09", "2023-01-02"]
    assert [[s["value"] for s in d["spans"] if s["label"] == "MONEY"] for d in docs] == [
        [14000000000], [500000000], [300000000]]
    for d in docs:
        for s in d["spans"]:
            assert d["text"][s["start"]:s["end"]] == s["text"]


def test_bad_records_are_reported_and_the_rest_is_kept(tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_text('{"text": "投资5亿元", "id": "ok1"}\n{broken\n["a list"]\n{"text": 7}\n'
                 '{"text": "投资6亿元", "published": "someday"}\n{"text": "投资7亿元", "id": "ok2"}\n',
                 encoding="utf-8")
    r = run("extract", str(f))
    assert r.returncode == 1
    assert [d["id"] for d in docs_of(r.stdout)] == ["ok1", "ok2"]
    errors = r.stderr.splitlines()
    assert [e.split(": ")[1] for e in errors] == [f"{f}:2", f"{f}:3", f"{f}:4", f"{f}:5"]
    assert "invalid JSON" in errors[0] and '"text"' in errors[1] and "YYYY-MM-DD" in errors[3]


def test_gbk_input_is_detected_and_decoded_on_request(tmp_path):
    text = "洛阳项目总投资约140亿元"
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(text.encode("gbk"))
    good = tmp_path / "good.txt"
    good.write_text("投资5亿元", encoding="utf-8")
    r = run("extract", str(gbk), str(good))
    assert r.returncode == 1
    assert [d["id"] for d in docs_of(r.stdout)] == ["good"]
    assert "gbk.txt" in r.stderr and "GBK" in r.stderr and "--encoding gbk" in r.stderr
    for enc in ("gbk", "auto"):
        r = run("extract", str(gbk), "--encoding", enc)
        assert r.returncode == 0, r.stderr
        (d,) = docs_of(r.stdout)
        assert d["text"] == text
        (money,) = [s for s in d["spans"] if s["label"] == "MONEY"]
        assert (money["start"], money["end"], money["value"]) == (7, 13, 14000000000)


def test_big5_input_is_told_apart_from_gbk(tmp_path):
    text = "洛陽市重點項目集中開工，總投資約86.5億元，涵蓋新能源、高端裝備等領域。"
    big5 = tmp_path / "big5.txt"
    big5.write_bytes(text.encode("big5"))
    r = run("extract", str(big5))
    assert r.returncode == 1 and "Big5" in r.stderr and "--encoding big5" in r.stderr and "GBK" not in r.stderr
    for enc in ("big5", "auto"):
        (d,) = docs_of(run("extract", str(big5), "--encoding", enc).stdout)
        assert d["text"] == text
        assert [s["text"] for s in d["spans"] if s["label"] == "MONEY"] == ["約86.5億元"]


def test_undecodable_non_chinese_bytes_and_unknown_encoding(tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes([0xff, 0xfe, 0xfd, 0x80]) * 5)
    r = run("extract", str(junk))
    assert r.returncode == 1 and "junk.txt" in r.stderr and "--encoding" in r.stderr and "GBK" not in r.stderr
    r = run("extract", str(junk), "--encoding", "no-such-codec")
    assert r.returncode == 2 and "no-such-codec" in r.stderr


def test_utf8_bom_is_dropped(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeff投资5亿元".encode("utf-8"))
    (d,) = docs_of(run("extract", str(f)).stdout)
    assert d["text"] == "投资5亿元" and d["spans"][0]["start"] == 2


def test_stdin_jsonl_and_dash(tmp_path):
    lines = "\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in ("投资5亿元", "投资6亿元"))
    r = run("extract", "--input-format", "jsonl", input=lines)
    assert r.returncode == 0, r.stderr
    assert [d["id"] for d in docs_of(r.stdout)] == ["1", "2"]
    f = tmp_path / "x.txt"
    f.write_text("投资7亿元", encoding="utf-8")
    r = run("extract", str(f), "-", input="投资8亿元")
    assert [d["text"] for d in docs_of(r.stdout)] == ["投资7亿元", "投资8亿元"]


def test_csv_format_one_row_per_span(tmp_path):
    root = make_tree(tmp_path / "in")
    r = run("extract", str(root), "--format", "csv")
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert list(rows[0]) == ["doc_id", "label", "text", "start", "end", "value", "unit", "qualifier", "low", "high",
                             "kb_id", "canonical", "kb_level", "kb_path"]
    money = [(x["doc_id"], x["text"], x["value"], x["unit"], x["qualifier"]) for x in rows if x["label"] == "MONEY"]
    assert money == [("a", "约140亿元", "14000000000", "CNY", "approx"), ("b-1", "5亿元", "500000000", "CNY", ""),
                     ("sub/b:3", "3亿元", "300000000", "CNY", "")]


def test_csv_quotes_newlines_and_commas(tmp_path):
    r = run("extract", "--format", "csv", input='他说,"投资"\n5亿元')
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [x["text"] for x in rows if x["label"] == "MONEY"] == ["5亿元"]


def test_html_format_is_one_escaped_page(tmp_path):
    out = tmp_path / "view.html"
    r = run("extract", "--format", "html", "-o", str(out), input="<script>alert(1)</script>投资约140亿元")
    assert r.returncode == 0, r.stderr and r.stdout == ""
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert 'data-label="MONEY"' in page and "qualifier: approx" in page


def test_processes_give_the_same_output(tmp_path):
    f = tmp_path / "many.jsonl"
    f.write_text("\n".join(json.dumps({"text": f"第{i}批投资约{i + 1}亿元", "id": str(i)}, ensure_ascii=False)
                           for i in range(40)), encoding="utf-8")
    one = run("extract", str(f))
    two = run("extract", str(f), "--processes", "2", "--batch-size", "7")
    assert one.returncode == two.returncode == 0, two.stderr
    assert two.stdout == one.stdout and len(docs_of(one.stdout)) == 40
    assert run("extract", str(f), "--processes", "0").returncode == 2


def _run_on_pty(*args):
    """Run the CLI with stderr on a pseudo-terminal; returns (stdout, stderr as the terminal saw it)."""
    import pty

    master, slave = pty.openpty()
    try:
        p = subprocess.run([*CLI, *args], stdout=subprocess.PIPE, stderr=slave, timeout=120)
    finally:
        os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(master)
    return p.returncode, p.stdout.decode(), seen.decode(errors="replace")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="no pseudo-terminals on this platform")
def test_progress_bar_only_on_a_terminal_and_not_with_quiet(tmp_path):
    pytest.importorskip("tqdm", reason="tqdm not installed (the [progress] extra)")
    root = make_tree(tmp_path / "in")
    rc, out, term = _run_on_pty("extract", str(root))
    assert rc == 0 and len(docs_of(out)) == 3
    assert "3/3" in term and "doc" in term and "100%" in term
    rc, out, term = _run_on_pty("extract", str(root), "--quiet")
    assert rc == 0 and len(docs_of(out)) == 3 and term.strip() == ""
    r = run("extract", str(root))  # stderr is a pipe: no bar
    assert r.returncode == 0 and r.stderr == ""


class _TTY(io.StringIO):
    def isatty(self):
        return True


def test_without_tqdm_the_run_is_plain(tmp_path, monkeypatch, capsys):
    f = tmp_path / "a.txt"
    f.write_text("投资5亿元", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "tqdm", None)
    fake = _TTY()
    monkeypatch.setattr(sys, "stderr", fake)
    assert cli.main(["extract", str(f)]) == 0
    (d,) = docs_of(capsys.readouterr().out)
    assert d["spans"][0]["value"] == 500000000
    assert fake.getvalue() == ""


def test_a_new_subcommand_is_one_decorated_function(monkeypatch, capsys):
    monkeypatch.setattr(cli, "COMMANDS", list(cli.COMMANDS))

    @cli.command
    def _add_hello(sub):
        h = sub.add_parser("hello")
        h.set_defaults(func=lambda args: print("hi") or 0)

    assert cli.main(["hello"]) == 0 and capsys.readouterr().out == "hi\n"
    parser = cli.build_parser()
    for name in ("demo", "extract", "eval", "hello"):
        assert parser.parse_args([name] if name != "eval" else [name, "g.jsonl"]).command == name


def test_empty_directory_and_bad_records_under_processes(tmp_path):
    (tmp_path / "empty").mkdir()
    r = run("extract", str(tmp_path / "empty"))
    assert r.returncode == 1 and "no .txt or .jsonl files" in r.stderr and r.stdout == ""
    f = tmp_path / "m.jsonl"
    f.write_text('{"text": "投资5亿元", "id": "a"}\n{oops\n{"text": "投资6亿元", "id": "b"}\n', encoding="utf-8")
    r = run("extract", str(f), "--processes", "2")
    assert r.returncode == 1 and f"{f}:2: invalid JSON" in r.stderr
    assert [d["id"] for d in docs_of(r.stdout)] == ["a", "b"]


def test_jsonl_text_may_hold_unicode_line_separators(tmp_path):
    text = "第一段\u2028投资5亿元\x85另有\x0c3亿元"
    f = tmp_path / "seps.jsonl"
    f.write_text(json.dumps({"text": text, "id": "s"}, ensure_ascii=False) + "\r\n", encoding="utf-8")
    r = run("extract", str(f))
    assert r.returncode == 0, r.stderr
    (d,) = docs_of(r.stdout)
    assert d["text"] == text
    assert [s["text"] for s in d["spans"] if s["label"] == "MONEY"] == ["5亿元", "3亿元"]
