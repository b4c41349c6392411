"""Extraction time against text length for adversarial patterns and for news joined into one
text, 1 k -> 1 M characters by doublings; the ratio column should stay near 2 (linear).

    python benchmarks/time_vs_length.py                      # every pattern, 1 k -> 1 M chars
    python benchmarks/time_vs_length.py --max 65536 rates ge # some patterns, shorter
    python benchmarks/time_vs_length.py --single-mb 10       # one 10 MB news text: time, peak RSS

News text comes from ``benchmarks/corpus.py`` (generated). Each time is the best of
``--repeat`` runs on a warmed extractor, in CPU seconds of this process (``process_time``:
other work on a shared machine inflates wall time and would fake a superlinear step); the
10 MB row reports both.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _news(n: int) -> str:
    from corpus import document

    r = random.Random(7)
    parts, size = [], 0
    while size < n:
        d = document(r, 3000)
        parts.append(d)
        size += len(d) + 1
    return "\n".join(parts)[:n]


def _repeat(head: str, unit: str, tail: str = ""):
    return lambda n: (head + unit * ((n - len(head) - len(tail)) // len(unit) + 1))[: n - len(tail)] + tail


PATTERNS = {
    "rates": _repeat("各县区增速分别为", "3.1%、"),
    "ge": _repeat("", "3个"),
    "wanyi": _repeat("五", "万亿", "元"),
    "yue": _repeat("", "约", "5亿元"),
    "news": _news,
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("patterns", nargs="*", default=list(PATTERNS), metavar="PATTERN", help=f"of: {', '.join(PATTERNS)}")
    ap.add_argument("--min", type=int, default=1024)
    ap.add_argument("--max", type=int, default=1 << 20)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--single-mb", type=float, help="time one news text of this many MB (UTF-8) and report peak RSS")
    args = ap.parse_args()

    from luoyang_nlp.pipeline import Extractor

    ex = Extractor().warm_up()
    if args.single_mb:
        text = _news(int(args.single_mb * 1e6 / 3))  # ~3 UTF-8 bytes per Chinese character
        mb = len(text.encode("utf-8")) / 1e6
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        t, c = time.perf_counter(), time.process_time()
        doc = ex.extract(text)
        took, cpu = time.perf_counter() - t, time.process_time() - c
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"news {len(text):,} chars ({mb:.1f} MB UTF-8): {took:.1f} s ({cpu:.1f} s CPU), {len(doc.spans):,} spans, "
              f"peak RSS {peak:.0f} MB (text and extractor loaded: {before:.0f} MB)")
        return
    print(f"{'pattern':<8} {'chars':>9} {'seconds':>9} {'ratio':>6}")
    worst = {}
    for name in args.patterns:
        prev = None
        n = args.min
        while n <= args.max:
            text = PATTERNS[name](n)
            best = min(_time(ex, text) for _ in range(args.repeat))
            ratio = best / prev if prev else float("nan")
            if prev and prev > 0.05:  # ratios of tiny times are noise
                worst[name] = max(worst.get(name, 0), ratio)
            print(f"{name:<8} {len(text):>9,} {best:>9.3f} {ratio:>6.2f}", flush=True)
            prev = best
            n *= 2
    print("worst doubling ratio (times over 0.05 s): " + ", ".join(f"{k} {v:.2f}" for k, v in worst.items()))


def _time(ex, text: str) -> float:
    t = time.process_time()
    ex.extract(text)
    return time.process_time() - t


if __name__ == "__main__":
    main()
