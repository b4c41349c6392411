"""Instructions of ``extract`` on figure-dense 600-character documents, one at a time and joined.

    CG=1 PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out \\
        python benchmarks/callgrind_dense.py
    callgrind_annotate --inclusive=yes /tmp/cg.out.1   # the documents one at a time
    callgrind_annotate --inclusive=yes /tmp/cg.out.2   # the same documents joined 6 by 6

The first 60 documents of ``run.py``'s figure-dense row (``corpus.build(0.5, seed=7,
doc_chars=600, narrative_share=0.0)``); a warm-up pass over both sets, then each set counted
once (``callgrind_control -z`` / ``-d``), so loading costs are left out. Instructions do not
depend on the machine's load, as time does; time on short documents also depends on IPC,
which callgrind does not show (see docs/performance.md, twenty-third session).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import jieba  # noqa: E402

import corpus  # noqa: E402
import luoyang_nlp  # noqa: E402


def _callgrind(flag: str) -> None:
    if os.environ.get("CG"):
        subprocess.run(["callgrind_control", flag, str(os.getpid())], capture_output=True)


def main() -> None:
    jieba.setLogLevel(logging.WARNING)
    dense = corpus.build(0.5, seed=7, doc_chars=600, narrative_share=0.0)[:60]
    joined = ["\n".join(dense[i:i + 6]) for i in range(0, 60, 6)]
    ex = luoyang_nlp.Extractor()
    for t in dense + joined:
        ex.extract(t)
    for texts in (dense, joined):
        _callgrind("-z")
        for t in texts:
            ex.extract(t)
        _callgrind("-d")
    print(f"{sum(map(len, dense)):,} chars in {len(dense)} documents, then in {len(joined)}", file=sys.stderr)


if __name__ == "__main__":
    main()
