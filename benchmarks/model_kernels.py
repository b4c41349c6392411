"""The NER model's two inference paths against jieba.cut, in one run: compiled kernels and
numpy (the fallback when the library was not built), per text and batched.

    python benchmarks/model_kernels.py [--times 4] [--rounds 5]

Texts: the dev texts (../shared/gold/dev.jsonl) repeated ``--times``. Prints a markdown table.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--times", type=int, default=4)
    ap.add_argument("--rounds", type=int, default=5)
    a = ap.parse_args()
    import jieba

    from luoyang_nlp import _native
    from luoyang_nlp.entities.model import default_model

    jieba.setLogLevel(60)
    model = default_model()
    pages = list(dict.fromkeys(corpus.build(0.2, source="dev")))  # each dev text once
    docs = pages * a.times
    chars = sum(map(len, docs))
    for d in pages:
        model.predict(d)
        list(jieba.cut(d))
    built = _native.available
    runs = {"predict per text, compiled kernels": [], "predict per text, numpy": [],
            "predict_many over all texts, compiled kernels": [], "predict_many over all texts, numpy": [],
            "jieba.cut": []}
    for _ in range(a.rounds):  # the rows alternate, so load on the machine hits them alike
        for name in runs:
            _native.available = (lambda: False) if name.endswith("numpy") else built
            t = time.perf_counter()
            if name == "jieba.cut":
                for d in docs:
                    list(jieba.cut(d))
            elif name.startswith("predict_many"):
                model.predict_many(docs)
            else:
                for d in docs:
                    model.predict(d)
            runs[name].append(time.perf_counter() - t)
    _native.available = built
    jc = chars / min(runs["jieba.cut"])
    print(f"{len(docs)} texts, {chars:,} chars; compiled kernels built: {built()}; best of {a.rounds}\n")
    print("| what | M chars/s | × jieba.cut |\n|---|---|---|")
    for name, v in runs.items():
        rate = chars / min(v)
        print(f"| {name} | {rate / 1e6:.2f} | {rate / jc:.2f} |")


if __name__ == "__main__":
    main()
