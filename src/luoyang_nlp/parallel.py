"""Order-preserving multi-process extraction for ``Extractor.pipe``.

Workers receive ``(text, published, id)`` triples and send back only span tuples and facts
(never the text, which the parent still holds); the parent rebuilds the ``Doc``. At most
``2 * n_process + 2`` batches are in flight, so an endless iterator streams in bounded memory.

Robustness:

- workers start by ``fork`` while the parent has a single thread (they share its warmed
  extractor), else by ``forkserver`` (``spawn`` where there is none), as Python 3.12+ asks
  of a threaded parent; those workers warm their own copy (about 1.5 s each);
- a document that fails (or exceeds ``timeout`` seconds) is handed to ``on_error`` and
  skipped, as in the serial path; without ``on_error`` its exception is raised after every
  earlier document has been yielded, as in the serial path;
- a worker that dies breaks the pool: the batches in flight are retried once, one at a time
  in a fresh pool; a batch that kills a worker again is run document by document, and the
  document that still kills it is reported (``WorkerDied``), the others are kept;
- workers die with the main process: a watchdog thread in each exits when it is gone (the
  fork server then exits too), so a killed run leaves no process holding stdout open.
"""

from __future__ import annotations

import collections
import contextlib
import gc
import itertools
import multiprocessing as mp
import os
import pickle
import signal
import sys
import threading
from typing import Any, Callable, Iterable, Iterator

_worker_extractor = None


class WorkerDied(RuntimeError):
    """A worker process died (killed, out of memory) on this document, in its batch and alone."""


class DocumentError(RuntimeError):
    """A document failed in a worker with an exception that could not be sent back as it was."""


def start_method() -> str:
    """``fork`` while this process has one thread (fast: workers share the warmed extractor;
    safe: no lock can be held by another thread), else ``forkserver`` (``spawn`` without it),
    which Python 3.12+ asks for in a threaded process."""
    methods = mp.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def _gone(pid: int) -> bool:
    """Whether process ``pid`` has exited (a zombie counts as exited)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().rsplit(b")", 1)[1].split()[0] == b"Z"
    except FileNotFoundError:
        return True
    except OSError:  # no /proc: ask the kernel
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except OSError:
            return False
        return False


def _die_with(main_pid: int) -> None:
    """Exit when the main process does. Under forkserver our parent is the fork server,
    which outlives the main process while workers exist, so watch the main process itself."""
    if sys.platform.startswith("linux") and os.getppid() == main_pid:
        try:
            import ctypes

            ctypes.CDLL(None).prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):  # pragma: no cover
            pass

    def watch() -> None:
        import time

        while not _gone(main_pid):
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="luoyang-nlp-parent-watch").start()


def _init(extractor, main_pid: int) -> None:
    global _worker_extractor
    _die_with(main_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    _worker_extractor = extractor


class _Timeout(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds: float | None):
    """Raise ``TimeoutError`` in the block after ``seconds`` (POSIX, main thread only; else no limit).
    The limit is checked between Python bytecodes, so one long C call can overrun it."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise TimeoutError(f"took longer than {seconds:g} s")

    old = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _portable(exc: BaseException) -> BaseException:
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return DocumentError(f"{type(exc).__name__}: {exc}")


def _run(batch: list[tuple[str, Any, Any]], timeout: float | None = None) -> list[tuple]:
    todo = [k for k, job in enumerate(batch) if job[0] is not None]  # None: an item the parent rejected
    done = dict(zip(todo, _worker_extractor._extract_jobs([batch[k] for k in todo], timeout)))
    out = []
    for k in range(len(batch)):
        doc = done.get(k)
        if doc is None:
            out.append(("skip", None))
            continue
        if isinstance(doc, BaseException):  # one bad document must not lose the others
            out.append(("error", _portable(doc)))
            continue
        spans = [(s.start, s.end, s.label, s.value, s.unit, s.qualifier, s.low, s.high, s.kb_id, s.canonical,
                  s.kb_level, s.kb_parents) for s in doc.spans]
        out.append(("ok", (doc.published, spans, doc.facts)))
    return out


def parallel_pipe(extractor, items: Iterable[Any], *, n_process: int, batch_size: int,
                  prepare: Callable[[Any], tuple], on_error: Callable[[Any, BaseException], None] | None = None,
                  timeout: float | None = None) -> Iterator:
    """Docs of ``items`` in order. ``prepare(item)`` gives ``(text, published, id, meta)``; an
    item it rejects, and a document that fails, go to ``on_error(id, exc)`` (raised without it)."""
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from .doc import Doc, Span

    method = start_method()
    if method == "fork":  # workers share the warmed extractor copy-on-write
        extractor.warm_up()
        gc.freeze()
    tokenizer = extractor.segmenter
    window = 2 * n_process + 2
    deferred: list[BaseException] = []  # an invalid item without on_error: raised in order

    def new_pool():
        # chosen again each time: a pool that replaces a broken one starts while the old
        # pool's threads still run, and forking a threaded process can deadlock the child
        ctx = mp.get_context(start_method())
        if ctx.get_start_method() == "forkserver":
            ctx.set_forkserver_preload(["luoyang_nlp.pipeline"])
        return ProcessPoolExecutor(n_process, mp_context=ctx, initializer=_init, initargs=(extractor, os.getpid()))

    def batches() -> Iterator[list[tuple]]:
        it = iter(items)
        while not deferred:
            batch, seen = [], 0
            for item in itertools.islice(it, batch_size):
                seen += 1
                try:
                    batch.append(prepare(item))
                except Exception as exc:
                    if on_error is None:
                        deferred.append(exc)
                        break
                    batch.append((None, exc, _item_id(item), None))  # reported in its place
            if batch:
                yield batch
            if not seen:
                return

    def rebuild(batch, results) -> Iterator:
        for (text, pub, id_, meta), (status, payload) in zip(batch, results):
            if text is None:  # an item prepare() rejected
                status, payload = "error", pub
            if status == "error":
                if on_error is None:
                    raise payload
                on_error(id_, payload)
                continue
            published, spans, facts = payload
            doc = Doc(text, tuple(Span(text[x[0]:x[1]], x[2], *x[:2], *x[3:]) for x in spans),
                      id=id_, published=published, facts=tuple(facts), _tokenizer=tokenizer)
            doc.meta = meta
            yield doc

    def submit(p, batch):
        try:
            return p.submit(_run, [(t, None if t is None else pub, i) for t, pub, i, _ in batch], timeout)
        except BrokenProcessPool as exc:  # the pool broke since the last result: retried below
            fut: Future = Future()
            fut.set_exception(exc)
            return fut

    pool = new_pool()
    finished = False
    try:
        pending: collections.deque = collections.deque()

        def drain_one() -> Iterator:
            nonlocal pool
            batch, fut = pending.popleft()
            try:
                results = fut.result()
            except BrokenProcessPool:
                # every batch in flight failed with the pool; retry them alone, in order
                redo = [(batch, fut)] + list(pending)
                pending.clear()
                _stop(pool)
                pool = new_pool()
                for b, f in redo:
                    res = None
                    if f.done() and not f.cancelled() and f.exception() is None:
                        res = f.result()
                    if res is None:
                        try:
                            res = submit(pool, b).result()
                        except BrokenProcessPool:
                            # it killed a worker again: run its documents one by one, so
                            # only the one that kills is reported
                            _stop(pool)
                            pool = new_pool()
                            res = []
                            for one in b:
                                try:
                                    res.extend(submit(pool, [one]).result())
                                except BrokenProcessPool:
                                    _stop(pool)
                                    pool = new_pool()
                                    res.append(("error", WorkerDied(
                                        "a worker process died on this document (tried 3 times)")))
                    yield from rebuild(b, res)
                return
            yield from rebuild(batch, results)

        for batch in batches():
            pending.append((batch, submit(pool, batch)))
            if len(pending) >= window:
                yield from drain_one()
        while pending:
            yield from drain_one()
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            _stop(pool)
        if method == "fork":
            gc.unfreeze()
    if deferred:
        raise deferred[0]


#: pools stopped early (broken or abandoned); their manager thread can block interpreter exit
#: (CPython 3.11 joins it at exit, and after a worker died it may never wake), so the CLI,
#: when this is non-zero, ends with ``os._exit`` once its output is flushed
abandoned_pools = 0


def _stop(pool) -> None:
    """Stop a pool now: waiting for workers can hang (CPython 3.11 joins a manager thread that
    never wakes after a worker died), so terminate them first."""
    global abandoned_pools
    abandoned_pools += 1
    for proc in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(Exception):
            proc.terminate()
    with contextlib.suppress(Exception):
        pool.shutdown(wait=False, cancel_futures=True)


def _item_id(item: Any) -> Any:
    if isinstance(item, dict):
        return item.get("id")
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], dict):
        return item[1].get("id")
    return None
