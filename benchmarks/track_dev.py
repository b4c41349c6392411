"""The project tracker on the dev texts and the seeds (``../shared/gold``): one line per
project, then every merge (mentions written differently or in several documents) to check
by hand, then the names kept apart that share a base name (phases, places), also to check.

    python benchmarks/track_dev.py                 # the table and the merges
    python benchmarks/track_dev.py --json out.json # also the records as a JSON array
    python benchmarks/track_dev.py --gold-spans    # the gold spans and facts instead of extraction

Only the texts and ``meta.published`` are read (the extractor finds the spans), unless
``--gold-spans``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"


def load(gold_spans: bool) -> list[dict]:
    items = []
    for name in ("dev", "seeds"):
        path = GOLD / f"{name}.jsonl"
        if not path.exists():
            sys.exit(f"{path} not found (the benchmarks read ../shared/gold)")
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            rid = f"{name}:{r['id']}"
            if gold_spans:
                items.append({**r, "id": rid})
            else:
                items.append({"id": rid, "text": r["text"], "published": (r.get("meta") or {}).get("published")})
    return items


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", help="write the records here as a JSON array")
    ap.add_argument("--gold-spans", action="store_true", help="use the gold spans and facts")
    args = ap.parse_args()

    import luoyang_nlp

    items = load(args.gold_spans)
    t = time.perf_counter()
    projects = luoyang_nlp.track(items)
    secs = time.perf_counter() - t
    mentions = sum(len(p["mentions"]) for p in projects)
    print(f"{len(items)} documents, {mentions} project mentions -> {len(projects)} projects ({secs:.1f} s)\n")
    for p in projects:
        inv = f"{p['investment'] / 1e8:.2f}亿元" if p["investment"] else "-"
        stages = ",".join(f"{s['stage']}{'?' if s['planned'] else ''}@{s['date'] or '?'}" for s in p["stages"]) or "-"
        print(f"{p['project_id']} {p['project']} | phase={p['phase'] or '-'} place={p['place'] or '-'} "
              f"county={p['county'] or '-'} | {inv} | {stages} | figures={len(p['figures'])} | "
              f"companies={'、'.join(p['companies']) or '-'} | docs={','.join(p['docs'])}")

    print("\nMerges (one project from several written names or several documents):")
    n = 0
    for p in projects:
        names = {m["text"] for m in p["mentions"]}
        if len(names) > 1 or p["n_docs"] > 1:
            n += 1
            where = "; ".join(f"{m['doc_id']}:{m['text']}@{m['start']}" for m in p["mentions"])
            print(f"  {p['project_id']} {p['project']} [{p['n_docs']} docs] <- {where}")
    print(f"  ({n} merged projects)")

    print("\nKept apart although the base name is the same (phase or place differ):")
    by_base = defaultdict(list)
    for p in projects:
        by_base[p["key"]].append(p)
    for base, ps in by_base.items():
        if len(ps) > 1:
            print(f"  {base}: " + " | ".join(f"{p['project_id']} {p['project']} phase={p['phase']} place={p['place']} "
                                               f"docs={','.join(p['docs'])}" for p in ps))
    if args.json:
        Path(args.json).write_text(projects.to_json(indent=1), encoding="utf-8")
        print(f"\nwrote {args.json}")


if __name__ == "__main__":
    main()
