"""Long robustness run: a million generated hostile inputs through ``extract``.

Uses the generators and the invariant of ``tests/test_fuzz.py`` (random Unicode, number
soup, nested brackets, huge digit runs, annotation look-alikes, traditional text, mutated
news) and adds what a test must not assert: time. An input fails when ``check`` raises,
when it runs past ``--hang`` seconds (SIGALRM), or when it stays slower than
``--budget-ms`` + ``--us-per-char`` × length on a second try (so a load spike on a shared
machine is not a finding). Input *i* is generated from ``Random(seed * 10**9 + i)``, so
every failure is reproducible by its index.

    taskset -c 1 python benchmarks/fuzz.py --n 1000000 --report /tmp/fuzz.json
    python benchmarks/fuzz.py --replay 123456 --family number_soup
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from test_fuzz import GENERATORS, check  # noqa: E402


class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang("no answer within the hang limit")


def make_input(seed: int, i: int, families: list[str]) -> tuple[str, str]:
    family = families[i % len(families)]
    return family, GENERATORS[family](random.Random(seed * 10**9 + i))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--hang", type=int, default=10, help="seconds before an input counts as a hang")
    ap.add_argument("--budget-ms", type=float, default=100.0, help="fixed time allowed per input")
    ap.add_argument("--us-per-char", type=float, default=200.0,
                    help="extra time allowed per character (5 k chars/s: ~20x under the pipeline's speed)")
    ap.add_argument("--report", help="write the summary JSON here")
    ap.add_argument("--replay", type=int, help="run only input number REPLAY and show it")
    ap.add_argument("--family", choices=sorted(GENERATORS), help="restrict to one family")
    ap.add_argument("--start", type=int, default=0, help="first input index (to split a run)")
    a = ap.parse_args()
    families = [a.family] if a.family else sorted(GENERATORS)

    if a.replay is not None:
        family, text = make_input(a.seed, a.replay, families)
        print(family, repr(text))
        check(text)
        print("ok")
        return

    signal.signal(signal.SIGALRM, _alarm)
    check("预热：项目总投资约140亿元。")  # load everything lazy before timing
    counts = collections.Counter()
    chars = collections.Counter()
    failures: dict[str, list] = collections.defaultdict(list)
    worst = (0.0, None)  # seconds per char over inputs >= 100 chars
    slowest = (0.0, None)
    t_start = time.perf_counter()
    for i in range(a.start, a.start + a.n):
        family, text = make_input(a.seed, i, families)
        counts[family] += 1
        chars[family] += len(text)
        limit = a.budget_ms / 1e3 + a.us_per_char / 1e6 * len(text)
        err = None
        for attempt in (1, 2):
            signal.alarm(a.hang)
            t0 = time.perf_counter()
            try:
                check(text)
            except Hang as e:
                err = f"Hang: {e}"
            except Exception as e:  # noqa: BLE001 - every exception is a finding
                err = f"{type(e).__name__}: {str(e)[:200]}"
            finally:
                signal.alarm(0)
            dt = time.perf_counter() - t0
            if err or dt <= limit:
                break
        if not err and dt > limit:
            err = f"Slow: {dt:.3f} s for {len(text)} chars (limit {limit:.3f} s)"
        if dt > slowest[0]:
            slowest = (dt, {"index": i, "family": family, "chars": len(text), "seconds": dt})
        if len(text) >= 100 and dt / len(text) > worst[0]:
            worst = (dt / len(text), {"index": i, "family": family, "chars": len(text), "us_per_char": dt / len(text) * 1e6})
        if err:
            print(f"FAIL #{i} {family}: {err[:160]} | {text[:120]!r}", flush=True)
            key = f"{family} | {err.split(':')[0]}"
            if len(failures[key]) < 5:
                failures[key].append({"index": i, "error": err, "input": text[:500]})
            else:
                failures[key].append({"index": i})
        if (i + 1) % 50_000 == 0:
            el = time.perf_counter() - t_start
            nfail = sum(len(v) for v in failures.values())
            print(f"{i + 1:>9,} inputs  {el:7.0f} s  {(i + 1) / el:6.0f}/s  failures {nfail}", flush=True)
    elapsed = time.perf_counter() - t_start
    summary = {
        "inputs": a.n, "seed": a.seed, "seconds": round(elapsed, 1), "inputs_per_s": round(a.n / elapsed),
        "per_family": {f: {"inputs": counts[f], "chars": chars[f]} for f in families},
        "failures": {k: {"count": len(v), "examples": [x for x in v if "error" in x]} for k, v in failures.items()},
        "slowest_input": slowest[1], "worst_time_per_char": worst[1],
        "limits": {"hang_s": a.hang, "budget_ms": a.budget_ms, "us_per_char": a.us_per_char},
    }
    out = json.dumps(summary, ensure_ascii=False, indent=1)
    print(out)
    if a.report:
        Path(a.report).write_text(out, encoding="utf-8")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
