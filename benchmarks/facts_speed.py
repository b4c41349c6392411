"""The facts stage alone (``facts.link``): chars/s on the dev texts, a digest of its output,
and its time on long lists by doublings (the ratio should stay near 2).

    python benchmarks/facts_speed.py               # dev texts, 1 MB, as benchmarks/run.py
    python benchmarks/facts_speed.py --lists       # also: long figure lists, 2 k -> 8 k chars
    python benchmarks/facts_speed.py --cold        # also: each dev text once, tags forgotten before each

The 1 MB corpus repeats the 30 dev texts, so most part-of-speech lookups of a pass are
served from the tags remembered for the same phrases in an earlier copy; ``--cold`` times
what unseen text costs (the tag memory emptied before each text).

Times are CPU seconds of this process (best of ``--repeat``), less sensitive than wall time
to other work on a shared machine; to compare two trees, run it with each on PYTHONPATH in
turn, a few times. The digest tells whether their facts are the same.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402
from time_vs_length import PATTERNS  # noqa: E402


def inputs(ex, text: str):
    """What ``link`` is given for ``text``: normalised text, chosen candidates, spans."""
    from luoyang_nlp.candidate import Context

    norm = ex.normalise(text)
    chosen = ex.resolve(ex.match(norm, Context(extras={"segmenter": ex.segmenter})), norm)
    return norm, chosen, ex.map_back(chosen, norm)


def cpu_time(ex, docs, repeat: int) -> tuple[float, list]:
    """Best CPU seconds of ``repeat`` passes of ``link`` over ``docs``, and the facts."""
    from luoyang_nlp.candidate import Context
    from luoyang_nlp.facts import link

    out = [link(n, c, s, Context(extras={"segmenter": ex.segmenter})) for n, c, s in docs]
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        for n, c, s in docs:
            link(n, c, s, Context(extras={"segmenter": ex.segmenter}))
        best = min(best, time.process_time() - t)
    return best, out


def cold_time(ex, docs) -> float:
    """CPU seconds of ``link`` over ``docs``, the remembered tags forgotten before each."""
    from luoyang_nlp.candidate import Context
    from luoyang_nlp.facts import link
    from luoyang_nlp.facts.tables import clear_pos_cache

    took = 0.0
    for n, c, s in docs:
        clear_pos_cache()
        t = time.process_time()
        link(n, c, s, Context(extras={"segmenter": ex.segmenter}))
        took += time.process_time() - t
    return took


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--lists", action="store_true", help="also time long figure lists (rates, ge) by doublings")
    ap.add_argument("--cold", action="store_true", help="also time each dev text once with no tags remembered")
    a = ap.parse_args()
    import luoyang_nlp

    ex = luoyang_nlp.Extractor().warm_up()
    docs = [inputs(ex, d) for d in corpus.build(a.mb, source="dev", doc_chars=600)]
    chars = sum(len(n.text) for n, _, _ in docs)
    took, out = cpu_time(ex, docs, a.repeat)
    digest = hashlib.md5(json.dumps(out, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:12]
    print(f"facts: {len(docs)} docs, {chars:,} chars: {chars / took:,.0f} chars/s (CPU), output {digest}")
    if a.cold:
        lines = corpus.SHARED_DEV.read_text(encoding="utf-8").splitlines()
        dev = [inputs(ex, json.loads(line)["text"]) for line in lines if line.strip()]
        took = min(cold_time(ex, dev) for _ in range(a.repeat))
        chars = sum(len(n.text) for n, _, _ in dev)
        print(f"facts, cold: {len(dev)} dev texts, {chars:,} chars: {chars / took:,.0f} chars/s (CPU)")
    if a.lists:
        for name in ("rates", "ge"):
            prev = None
            for n in (2048, 4096, 8192):
                took, _ = cpu_time(ex, [inputs(ex, PATTERNS[name](n))], 1)
                ratio = f"{took / prev:.2f}" if prev else "-"
                print(f"{name:<6} {n:>6,} chars {took * 1000:8.1f} ms  ratio {ratio}")
                prev = took


if __name__ == "__main__":
    main()
