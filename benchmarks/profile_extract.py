"""Where ``extract`` spends its time: cProfile over benchmark documents, top functions.

    python benchmarks/profile_extract.py [--docs 300] [--source dev|generated] [--top 25] [--sort tottime|cumtime]
    python benchmarks/profile_extract.py --big 200000   # one long text, for superlinear spots

Prints each hot function with its share of the total, so a regression points at a line.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--big", type=int, default=0, help="profile one text of this many characters instead")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--source", default="dev", choices=["dev", "generated", "seeds"],
                    help="dev: the texts of ../shared/gold/dev.jsonl, as benchmarks/run.py")
    ap.add_argument("--sort", default="tottime", choices=["tottime", "cumtime"])
    a = ap.parse_args()
    import luoyang_nlp

    ex = luoyang_nlp.Extractor().warm_up()
    docs = corpus.build(5, source=a.source, doc_chars=1500)[: a.docs]
    if a.big:
        big = "\n\n".join(docs)
        while len(big) < a.big:
            big += "\n\n" + big
        docs = [big[: a.big]]
    chars = sum(map(len, docs))
    t0 = time.perf_counter()
    for d in docs:
        ex.extract(d)
    plain = time.perf_counter() - t0
    prof = cProfile.Profile()
    prof.enable()
    for d in docs:
        ex.extract(d)
    prof.disable()
    st = pstats.Stats(prof, stream=io.StringIO())
    total = st.total_tt
    print(f"{len(docs)} docs, {chars:,} chars: {chars / plain:,.0f} chars/s unprofiled; profiled total {total:.2f} s")
    rows = sorted(st.stats.items(), key=lambda kv: kv[1][2 if a.sort == "tottime" else 3], reverse=True)
    print(f"{'share':>6} {'tottime':>8} {'cumtime':>8} {'calls':>9}  function")
    for (file, line, fn), (cc, nc, tt, ct, _) in rows[: a.top]:
        where = f"{Path(file).parent.name}/{Path(file).name}:{line}" if line else file
        share = (tt if a.sort == "tottime" else ct) / total * 100
        print(f"{share:5.1f}% {tt:8.3f} {ct:8.3f} {nc:9d}  {fn} ({where})")


if __name__ == "__main__":
    main()
