"""Entity spans on a gold file: jieba.posseg (nr/ns/nt tags) next to luoyang-nlp, per label,
plus the speed of the EntityMatcher stage alone.

    python benchmarks/entities_vs_jieba.py [../shared/gold/seeds.jsonl] [--mistakes]

jieba's tags map nr -> PERSON, ns -> PLACE, nt -> ORG (it has no COMPANY/POSITION/PROJECT).
Skips (exit 0) when the gold file is absent.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from luoyang_nlp import Extractor
from luoyang_nlp.candidate import Context
from luoyang_nlp.entities import EntityMatcher
from luoyang_nlp.evaluate import load_jsonl, score
from luoyang_nlp.labels import ENTITY_LABELS
from luoyang_nlp.normalise import Normaliser

JIEBA_TAGS = {"nr": "PERSON", "ns": "PLACE", "nt": "ORG"}


def jieba_docs(gold):
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(60)
    out = []
    for g in gold:
        spans, i = [], 0
        for w, tag in pseg.cut(g["text"]):
            lab = JIEBA_TAGS.get(tag)
            if lab:
                spans.append({"start": i, "end": i + len(w), "label": lab, "text": w})
            i += len(w)
        out.append({"id": g.get("id"), "spans": spans})
    return out


def ours(gold):
    ex = Extractor(facts=False)
    return [ex.extract(g["text"], published=(g.get("meta") or {}).get("published"), id=g.get("id")).to_dict()
            for g in gold]


def f1(result, label):
    row = result["labels"].get(label)
    return row["strict"]["f1"] if row else 0.0


def matcher_speed(gold, target=1_000_000):
    norm = Normaliser()
    texts = [norm(g["text"]).text for g in gold]
    reps = target // max(1, sum(map(len, texts))) + 1
    docs = texts * reps
    m = EntityMatcher()
    m(texts[0], Context())
    best = 0.0
    for _ in range(3):
        t0 = time.perf_counter()
        for d in docs:
            m(d, Context())
        best = max(best, sum(map(len, docs)) / (time.perf_counter() - t0))
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    sample = "\n".join(texts) * 10
    t0 = time.perf_counter()
    for _ in jieba.cut(sample):
        pass
    jieba_speed = len(sample) / (time.perf_counter() - t0)
    return sum(map(len, docs)), best, jieba_speed


def main(argv):
    path = Path(next((a for a in argv if not a.startswith("-")), "../shared/gold/seeds.jsonl"))
    if not path.exists():
        print(f"skip: {path} not found")
        return 0
    gold = load_jsonl(path)
    rj, ro = score(gold, jieba_docs(gold)), score(gold, ours(gold))
    print(f"{'label':<10} {'jieba.posseg':>12} {'luoyang-nlp':>12}   (strict F1)")
    for lab in (*ENTITY_LABELS, "ENTITIES"):
        print(f"{lab:<10} {f1(rj, lab):>12.3f} {f1(ro, lab):>12.3f}")
    if "--mistakes" in argv:
        for d in ro["per_doc"]:
            for m in d["mistakes"]:
                sp = m.get("pred") or m.get("gold")
                if m["kind"] in ("fp", "fn") and sp["label"] in ENTITY_LABELS:
                    print(f"[{d['id']}] {m['kind']:<3} {sp['label']:<9} {sp['start']}:{sp['end']} {sp['text']!r}")
    n, speed, jspeed = matcher_speed(gold)
    print(f"\nEntityMatcher alone: {speed / 1e6:.2f} M chars/s on {n} chars of seed text "
          f"(jieba.cut on this machine now: {jspeed / 1e6:.2f} M chars/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
