"""CPU time of each pipeline stage run on its own, as a share of ``extract``, beside jieba.cut.

    python benchmarks/stage_shares.py            # the dev texts x2 (../shared/gold/dev.jsonl)
    python benchmarks/stage_shares.py --copies 3 --repeat 7
    python benchmarks/stage_shares.py --dense    # the figure-dense generated documents of run.py

CPU seconds of this process (best of ``--repeat``), less sensitive than wall time to other work
on a shared machine. The stages' sum falls short of ``extract``: timed apart, each stage keeps
its data in the caches, which ``extract`` (all stages per text in turn) does not.
"""

from __future__ import annotations

import argparse
import json
import logging
import time

import jieba

import corpus
import luoyang_nlp
from timing import best
from luoyang_nlp.candidate import Context
from luoyang_nlp.facts import link


def cpu(fn, repeat: int) -> float:
    """Best CPU seconds of ``repeat`` calls of ``fn``."""
    return best(fn, repeat, time.process_time)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=2, help="times the dev texts are repeated")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--dense", action="store_true",
                    help="the figure-dense documents of benchmarks/run.py (0.25 MB) instead of the dev texts")
    a = ap.parse_args()
    jieba.setLogLevel(logging.WARNING)
    if a.dense:
        docs = corpus.build(0.25, seed=7, doc_chars=3000, narrative_share=0.0)
    else:
        docs = [json.loads(line)["text"] for line in corpus.SHARED_DEV.read_text(encoding="utf-8").splitlines()
                if line.strip()] * a.copies
    chars = sum(map(len, docs))
    ex = luoyang_nlp.Extractor().warm_up()
    norms = [ex.normalise(d) for d in docs]

    def ctx():
        return Context(extras={"segmenter": ex.segmenter})

    T = {"extract": cpu(lambda: [ex.extract(d) for d in docs], a.repeat),
         "jieba.cut": cpu(lambda: [list(jieba.cut(d)) for d in docs], a.repeat),
         "normalise": cpu(lambda: [ex.normalise(d) for d in docs], a.repeat)}
    cands = [[] for _ in docs]
    for m in ex.matchers:
        T["match: " + getattr(m, "name", type(m).__name__)] = cpu(lambda m=m: [m(n.text, ctx()) for n in norms], a.repeat)
        for i, n in enumerate(norms):
            cands[i] += m(n.text, ctx())
        model = getattr(m, "statistical_model", None)
        if model is not None:
            T["  of which: statistical model"] = cpu(lambda: [model.predict(n.text) for n in norms], a.repeat)
    T["resolve"] = cpu(lambda: [ex.resolve(c, n) for c, n in zip(cands, norms)], a.repeat)
    chosen = [ex.resolve(c, n) for c, n in zip(cands, norms)]
    T["map back"] = cpu(lambda: [ex.map_back(c, n) for c, n in zip(chosen, norms)], a.repeat)
    spans = [ex.map_back(c, n) for c, n in zip(chosen, norms)]
    T["facts"] = cpu(lambda: [link(n, c, s, ctx()) for n, c, s in zip(norms, chosen, spans)], a.repeat)
    names = [[n.text[c.start:c.end] for c in ch] for n, ch in zip(norms, chosen)]
    T["identity linking"] = cpu(lambda: [ex.linker(s, nm) for s, nm in zip(spans, names)], a.repeat)
    print(f"{len(docs)} documents, {chars:,} chars; CPU ms, best of {a.repeat}")
    print("| what | ms | chars/s | share of extract |\n|---|---:|---:|---:|")
    for k, v in T.items():
        print(f"| {k} | {v * 1000:.1f} | {chars / v / 1e3:,.0f} k | {v / T['extract'] * 100:.1f} % |")


if __name__ == "__main__":
    main()
