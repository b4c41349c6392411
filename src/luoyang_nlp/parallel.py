"""Order-preserving multi-process extraction for ``Extractor.pipe``."""

from __future__ import annotations

import itertools
import multiprocessing as mp
from typing import Any, Iterable, Iterator

_worker_extractor = None


def _init(extractor) -> None:
    global _worker_extractor
    _worker_extractor = extractor


def _run(batch: list[Any]) -> list[dict]:
    return [_worker_extractor._extract_item(item).to_dict() for item in batch]


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while True:
        batch = list(itertools.islice(it, size))
        if not batch:
            return
        yield batch


def parallel_pipe(extractor, texts: Iterable[Any], *, n_process: int, batch_size: int):
    from .doc import Doc

    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    ctx = mp.get_context(method)
    with ctx.Pool(n_process, initializer=_init, initargs=(extractor,)) as pool:
        for result in pool.imap(_run, _batches(texts, batch_size)):
            for d in result:
                yield Doc.from_dict(d)
