"""The timing helper the benchmarks share. It imports nothing of the project: a benchmark
that puts ``src/`` on the path to import the library (ner_model.py) must not decide, by
being imported, which package another benchmark times (run.py times the installed one)."""

from __future__ import annotations

import time


def best(fn, repeat: int, clock=time.perf_counter) -> float:
    """Best seconds of ``repeat`` calls of ``fn`` on ``clock`` (wall time by default)."""
    out = float("inf")
    for _ in range(repeat):
        t0 = clock()
        fn()
        out = min(out, clock() - t0)
    return out


def interleaved(runs: dict, repeat: int, clock=time.perf_counter, rounds: list | None = None) -> dict:
    """Best seconds of each of ``runs`` (name -> function) over ``repeat`` rounds, each round
    calling every function once in turn: a change of load on the machine hits them alike.
    With ``rounds``, each round's seconds (name -> seconds) are appended to it."""
    out = {name: float("inf") for name in runs}
    for _ in range(repeat):
        took = {name: best(fn, 1, clock) for name, fn in runs.items()}
        for name, t in took.items():
            out[name] = min(out[name], t)
        if rounds is not None:
            rounds.append(took)
    return out
