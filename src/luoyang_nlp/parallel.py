"""Order-preserving multi-process extraction for ``Extractor.pipe``.

Cheap both ways: workers receive ``(text, published, id)`` triples and send back only
span tuples and facts (never the text, which the parent still holds); the parent
rebuilds the ``Doc``. At most ``2 * n_process + 2`` batches are in flight, so an endless
iterator of documents streams in bounded memory. Under ``fork`` the parent warms the
extractor first (lexicons, compiled rules) and freezes its objects out of the garbage
collector, so workers share that memory copy-on-write instead of loading it again.
"""

from __future__ import annotations

import collections
import gc
import itertools
import multiprocessing as mp
from typing import Any, Iterable, Iterator

_worker_extractor = None


def _init(extractor) -> None:
    global _worker_extractor
    _worker_extractor = extractor


def _run(batch: list[tuple[str, Any, Any]]) -> list[tuple]:
    ex = _worker_extractor
    out = []
    for text, published, id_ in batch:
        doc = ex.extract(text, published=published, id=id_)
        spans = [(s.start, s.end, s.label, s.value, s.unit, s.qualifier, s.low, s.high) for s in doc.spans]
        out.append((doc.published, spans, doc.facts))
    return out


def _batches(items: Iterable[Any], size: int, unpack) -> Iterator[list[tuple]]:
    it = iter(items)
    while True:
        batch = [unpack(item) for item in itertools.islice(it, size)]
        if not batch:
            return
        yield batch


def _rebuild(batch, results, tokenizer):
    from .doc import Doc, Span

    for (text, _, id_), (published, spans, facts) in zip(batch, results):
        yield Doc(text, tuple(Span(text[s:e], lab, s, e, v, u, q, lo, hi) for s, e, lab, v, u, q, lo, hi in spans),
                  id=id_, published=published, facts=tuple(facts), _tokenizer=tokenizer)


def parallel_pipe(extractor, texts: Iterable[Any], *, n_process: int, batch_size: int) -> Iterator:
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    ctx = mp.get_context(method)
    if method == "fork":
        extractor.warm_up()
        gc.freeze()
    window = 2 * n_process + 2
    tokenizer = extractor.segmenter
    # ProcessPoolExecutor, not Pool: a worker that dies raises BrokenProcessPool here
    # instead of being respawned forever.
    pool = ProcessPoolExecutor(n_process, mp_context=ctx, initializer=_init, initargs=(extractor,))
    finished = False
    try:
        pending: collections.deque = collections.deque()
        for batch in _batches(texts, batch_size, extractor._unpack):
            pending.append((batch, pool.submit(_run, batch)))
            if len(pending) >= window:
                b, fut = pending.popleft()
                yield from _rebuild(b, fut.result(), tokenizer)
        while pending:
            b, fut = pending.popleft()
            yield from _rebuild(b, fut.result(), tokenizer)
        finished = True
    finally:
        if not finished:
            # A broken pool or an abandoned generator: waiting for workers can hang
            # (CPython 3.11 joins a manager thread that never wakes), so stop them.
            for proc in list((getattr(pool, "_processes", None) or {}).values()):
                proc.terminate()
        pool.shutdown(wait=finished, cancel_futures=True)
        if method == "fork":
            gc.unfreeze()
