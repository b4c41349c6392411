"""Instructions per character of ``extract`` and of ``jieba.cut`` on the same text, counted by
valgrind's callgrind: a measure that does not move with the load of a shared machine.

    python benchmarks/instructions.py              # the figure-dense documents of run.py
    python benchmarks/instructions.py --news       # the dev texts (../shared/gold/dev.jsonl)
    python benchmarks/instructions.py --docs 40

Wall time on a shared host moved by 30 % between runs of the same code, more than most
changes it was meant to judge. Instruction counts repeat to a fraction of a percent, so an
A/B of two trees (two venvs: ``--python``) is read from them (the children run with
``PYTHONHASHSEED=0``: with random string hashes a tree's count moved by about 1 %). They are no timing: each of
the counted runs warms up on 20 documents first, and a run of the warm-up alone is
subtracted, so imports, table loading and first-call costs are left out. Nor do they show
memory stalls: extract executes fewer instructions per character than jieba.cut on the
figure-dense text and still takes about as long (its code and tables spread wider than
jieba's loop; docs/performance.md). Needs ``valgrind`` on the PATH; the two tools' runs go
on in parallel (about three minutes for 80 documents).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import corpus

WARM = 20  # documents run before counting (the same in the subtracted run)

_CHILD = r"""
import json, logging, sys
docs = json.load(open(sys.argv[1], encoding="utf-8"))
tool, n = sys.argv[2], int(sys.argv[3])
if tool == "jieba":
    import jieba
    jieba.setLogLevel(logging.WARNING)
    run = lambda t: list(jieba.cut(t))
else:
    from luoyang_nlp import Extractor
    run = Extractor().extract
for t in docs[:{warm}]:
    run(t)
for _ in range(2):
    for t in docs[{warm}:{warm} + n]:
        run(t)
""".replace("{warm}", str(WARM))

_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def count(python: str, docs_file: str, tool: str, n: int) -> int:
    """Instructions of the child process for ``tool`` on ``n`` documents (twice), after the warm-up."""
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", python, "-c", _CHILD, docs_file, tool, str(n)]
    # string hashing is randomised per process, and with it the order of sets and the length of
    # dictionary probes: counts of one tree moved by about 1 % between runs without a fixed seed
    env = dict(os.environ, PYTHONHASHSEED="0")
    r = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env)
    m = _COLLECTED.search(r.stderr)
    if r.returncode != 0 or m is None:
        raise RuntimeError(f"{tool}: valgrind failed ({r.returncode}): {r.stderr[-500:]}")
    return int(m.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--news", action="store_true", help="the dev texts instead of the figure-dense documents")
    ap.add_argument("--docs", type=int, default=80, help="documents counted (each run twice)")
    ap.add_argument("--python", default=sys.executable, help="the interpreter whose luoyang_nlp and jieba are counted")
    a = ap.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed: instruction counts need it (apt install valgrind)")
    docs = corpus.build(0.3, source="dev", doc_chars=600) if a.news else \
        corpus.build(0.5, seed=7, doc_chars=600, narrative_share=0.0)
    if len(docs) < WARM + a.docs:
        sys.exit(f"only {len(docs)} documents: at most --docs {len(docs) - WARM}")
    counted = docs[WARM:WARM + a.docs]
    chars = 2 * sum(map(len, counted))
    with tempfile.TemporaryDirectory(prefix="luoyang-instr-") as tmp:
        path = os.path.join(tmp, "docs.json")
        Path(path).write_text(json.dumps(docs, ensure_ascii=False), encoding="utf-8")
        jobs = [(tool, n) for tool in ("extract", "jieba") for n in (0, a.docs)]
        with ThreadPoolExecutor(max_workers=2) as pool:
            got = dict(zip(jobs, pool.map(lambda job: count(a.python, path, *job), jobs)))
    per_char = {tool: (got[(tool, a.docs)] - got[(tool, 0)]) / chars for tool in ("extract", "jieba")}
    print(f"{'news (dev texts)' if a.news else 'figure-dense documents'}: {a.docs} documents x2, {chars} characters")
    for tool, v in per_char.items():
        print(f"  {tool:8s} {v:8.0f} instructions per character")
    print(f"  jieba.cut / extract: {per_char['jieba'] / per_char['extract']:.2f} (above 1: extract executes fewer)")


if __name__ == "__main__":
    main()
