"""Speed and accuracy of the raw NER model (luoyang_nlp.entities.model), before any fusion.

    python benchmarks/ner_model.py [../shared/gold/dev.jsonl] [--mb 1] [--repeat 3]

Speed: the texts of the gold file, normalised as the pipeline does, repeated to ``--mb``
MB; model chars/s called per text (as a pipeline does), by ``predict_many`` on 64 texts a
call (as ``Extractor.pipe`` does) and on all texts in one call, and
jieba.cut chars/s on the same texts in the same run (best of ``--repeat``). Accuracy: strict
span P/R/F1 per label against the gold PERSON/PLACE/ORG/COMPANY spans (COMPANY scored as ORG,
since the model's ORG covers companies), offsets mapped back to the original text.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from luoyang_nlp.entities.model import default_model  # noqa: E402
from luoyang_nlp.normalise import normalise  # noqa: E402
from timing import best  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "gold" / "dev.jsonl"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    if not args.gold.is_file():
        print(f"skipped: {args.gold} not found")
        return 0
    docs = [json.loads(line) for line in args.gold.open(encoding="utf-8") if line.strip()]
    norms = [normalise(d["text"]) for d in docs]
    t0 = time.perf_counter()
    model = default_model()
    load_s = time.perf_counter() - t0

    # accuracy
    counts: dict[str, Counter] = {lab: Counter() for lab in ("PERSON", "PLACE", "ORG")}
    for d, n, pred in zip(docs, norms, model.predict_many([n.text for n in norms])):
        gold = {(s["start"], s["end"], "ORG" if s["label"] == "COMPANY" else s["label"])
                for s in d.get("spans", []) if s["label"] in ("PERSON", "PLACE", "ORG", "COMPANY")}
        got = {(*n.to_original(s, e), lab) for s, e, lab, _ in pred}
        for lab, c in counts.items():
            g, p = {x for x in gold if x[2] == lab}, {x for x in got if x[2] == lab}
            c.update(tp=len(g & p), fp=len(p - g), fn=len(g - p))
    total = sum(counts.values(), Counter())
    print(f"raw model on {args.gold.name} ({len(docs)} texts), strict spans:")
    print("| label | P | R | F1 | gold |\n|---|---|---|---|---|")
    for lab, c in [*counts.items(), ("all", total)]:
        p = c["tp"] / max(1, c["tp"] + c["fp"])
        r = c["tp"] / max(1, c["tp"] + c["fn"])
        print(f"| {lab} | {p:.3f} | {r:.3f} | {2 * p * r / max(1e-9, p + r):.3f} | {c['tp'] + c['fn']} |")

    # speed
    texts = [n.text for n in norms]
    size = sum(len(t.encode("utf-8")) for t in texts)
    texts = texts * max(1, round(args.mb * 1e6 / size))
    chars = sum(map(len, texts))
    model.predict_many(texts[:5])
    per_doc = best(lambda: [model.predict(t) for t in texts], args.repeat)
    many = best(lambda: model.predict_many(texts), args.repeat)
    many64 = best(lambda: [model.predict_many(texts[i:i + 64]) for i in range(0, len(texts), 64)], args.repeat)
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    jb = best(lambda: [list(jieba.cut(t)) for t in texts], args.repeat)
    print(f"\nspeed on {chars} chars ({len(texts)} texts), best of {args.repeat}; model load {load_s:.2f} s")
    print("| what | M chars/s | x jieba.cut |\n|---|---|---|")
    for name, sec in (("model.predict per text", per_doc), ("model.predict_many, 64 texts a call", many64),
                      ("model.predict_many, all texts", many), ("jieba.cut", jb)):
        print(f"| {name} | {chars / sec / 1e6:.2f} | {jb / sec:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
