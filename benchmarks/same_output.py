"""Did a speed change keep the output? Save ``extract(...).to_dict()`` of a fixed set of
documents, change the code, compare.

    python benchmarks/same_output.py --save /tmp/before.jsonl
    python benchmarks/same_output.py --compare /tmp/before.jsonl   # exit 1 on any difference

The documents: the dev texts and the seeds (when ../shared is there), generated news with
some traditional pages, and figure-dense generated pages; each also joined into one long text.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402


def documents() -> list[str]:
    docs: list[str] = []
    for source in ("dev", "seeds"):
        docs += _all(source)
    docs += corpus.build(0.3, seed=3, doc_chars=1500)
    docs += corpus.build(0.1, seed=7, doc_chars=1500, narrative_share=0.0)
    docs.append("\n\n".join(docs[:40]))
    return docs


def _all(source: str) -> list[str]:
    if source == "dev":
        if not corpus.SHARED_DEV.is_file():
            return []
        return [json.loads(x)["text"] for x in corpus.SHARED_DEV.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [p.read_text(encoding="utf-8") for p in sorted(corpus.SHARED_SEEDS.glob("*.txt"))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--save")
    g.add_argument("--compare")
    ap.add_argument("--no-model", action="store_true")
    a = ap.parse_args()
    import luoyang_nlp

    ex = luoyang_nlp.Extractor(model=not a.no_model)
    out = [json.dumps(ex.extract(d).to_dict(), ensure_ascii=False, sort_keys=True) for d in documents()]
    if a.save:
        Path(a.save).write_text("\n".join(out) + "\n", encoding="utf-8")
        print(f"saved {len(out)} documents to {a.save}")
        return 0
    before = Path(a.compare).read_text(encoding="utf-8").splitlines()
    diff = [i for i, (x, y) in enumerate(zip(before, out)) if x != y]
    if len(before) != len(out):
        print(f"document count differs: {len(before)} saved, {len(out)} now")
        return 1
    print(f"{len(out)} documents, {len(diff)} differ" + (f": {diff[:20]}" if diff else ""))
    for i in diff[:3]:
        x, y = json.loads(before[i]), json.loads(out[i])
        for key in sorted(set(x) | set(y)):
            if x.get(key) != y.get(key):
                print(f"  doc {i} key {key!r} differs")
    return 1 if diff else 0


if __name__ == "__main__":
    raise SystemExit(main())
