"""Facts measured on GOLD spans: feed each gold document's spans to ``facts.link`` and
score the facts against the gold facts (figure-fact F1, metric accuracy, person-fact F1).

This isolates the linker from span recognition. Usage:
    python benchmarks/facts_on_gold.py [/work/shared/gold/seeds.jsonl] [--mistakes]
Skips (exit 0) when the gold file is absent.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from luoyang_nlp.candidate import Candidate, Context
from luoyang_nlp.doc import Span
from luoyang_nlp.evaluate import format_facts, load_jsonl, score_facts
from luoyang_nlp.facts import link
from luoyang_nlp.normalise import normalise
from luoyang_nlp.pipeline import parse_published
from luoyang_nlp.segment import default_segmenter

DEFAULT = "/work/shared/gold/seeds.jsonl"


def facts_on_gold(doc: dict) -> list[dict]:
    norm = normalise(doc["text"])
    starts = [norm.char_range(i)[0] for i in range(len(norm.text))]
    ends = [norm.char_range(i)[1] for i in range(len(norm.text))]
    import bisect

    chosen, spans = [], []
    for s in doc["spans"]:
        a = bisect.bisect_left(starts, s["start"])
        b = bisect.bisect_right(ends, s["end"])
        if a >= b:
            continue
        chosen.append(Candidate(a, b, s["label"], s.get("value"), s.get("unit"), s.get("qualifier"),
                                s.get("low"), s.get("high")))
        spans.append(Span.from_dict(s))
    pub = parse_published((doc.get("meta") or {}).get("published"))
    return link(norm, chosen, spans, Context(published=pub, extras={"segmenter": default_segmenter()}))


def main(argv: list[str]) -> int:
    path = next((a for a in argv if not a.startswith("--")), DEFAULT)
    if not Path(path).exists():
        print(f"skip: {path} not found")
        return 0
    gold = load_jsonl(path)
    pred = [{"id": g.get("id"), "text": g["text"], "spans": g["spans"], "facts": facts_on_gold(g)} for g in gold]
    result = score_facts(gold, pred)
    print(format_facts(result))
    if "--mistakes" in argv:
        for d, g in zip(result["per_doc"], gold):
            t = g["text"]
            show = lambda r: None if r is None else t[r["start"]:r["end"]]  # noqa: E731
            for m in d["mistakes"]:
                fg = (m.get("gold") or m.get("pred"))
                key = "figure" if "figure" in fg else "person"
                line = f"[{d['id']}] {m['kind']:<7} {key}={show(fg[key])!r}"
                if key == "figure":
                    if m.get("gold"):
                        line += f" gold=({show(m['gold'].get('subject'))!r}, {m['gold'].get('metric')!r})"
                    if m.get("pred"):
                        line += f" pred=({show(m['pred'].get('subject'))!r}, {m['pred'].get('metric')!r})"
                else:
                    line += f" position={show(fg['position'])!r}"
                print(line)
    if "--json" in argv:
        print(json.dumps({k: v for k, v in result.items() if k != "per_doc"}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
