"""Optional HanLP back end: a NER model on disk proposes PERSON / PLACE / ORG candidates.

Fusion policy (why HanLP cannot overrule our lexicons, rules or figures): every candidate
this matcher emits carries ``priority=HANLP_PRIORITY``, below every priority the built-in
matchers use, and resolution is greedy by priority. So a HanLP span is kept only where no
candidate of ours overlaps it: lexicon-backed COMPANY/PROJECT/PLACE, rule entities and all
figures win every conflict, and HanLP fills the gaps (names our lexicons and rules miss).
HanLP tags outside ``data/hanlp/tags.tsv`` (dates, money, ...) are dropped, ORGs ending in
``data/hanlp/org_suffixes.tsv`` become COMPANY, and single-character entities are dropped.

Downloads: none, unless the caller passes a pretrained identifier (a name from
``hanlp.pretrained``, e.g. ``MSRA_NER_ELECTRA_SMALL_ZH``, or an http(s) URL) AND
``allow_download=True``. A pretrained identifier already unpacked under ``$HANLP_HOME``
(default ``~/.hanlp``) loads offline. While loading without permission, HanLP's and Hugging
Face's downloaders are switched off, so a model that needs a missing resource fails loudly.

Offsets: the matcher sees the normalised text. Character models get lists of characters
(one chunk per sentence, whitespace never sent), so HanLP's token indices are character
offsets plus the chunk start; multi-task models tokenise themselves and their tokens are
aligned back onto the text by search (an entity on an unaligned token is dropped).

Processes: pickling keeps the model location only, and a spawned worker reloads the model
on first use; forked workers share the loaded model and run torch on one thread (a fork
hook), since a forked child of a process that has run torch's thread pool hangs otherwise.
Each call runs torch with ``threads`` intra-op threads (default 1), restoring the setting.
"""

from __future__ import annotations

import contextlib
import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

from ..candidate import Candidate, Context
from ..resources import data_path, read_tsv

__all__ = ["HanLPMatcher", "HANLP_PRIORITY", "chunk_spans", "align_tokens", "INSTALL_HINT"]

#: Below every built-in matcher (figures use 10, entities >= 0): HanLP only fills gaps.
HANLP_PRIORITY = -100

INSTALL_HINT = "pip install torch==2.13.0 && pip install 'luoyang-nlp[hanlp]'"

_SENTENCE_END = "。！？；!?;\n"
_SOFT_BREAK = "，、,：:"


@lru_cache(maxsize=1)
def tag_labels() -> dict[str, str]:
    """HanLP NER tag -> our label, from ``data/hanlp/tags.tsv``."""
    return {r["tag"]: r["label"] for r in read_tsv(data_path("hanlp", "tags.tsv"))}


@lru_cache(maxsize=1)
def org_suffixes() -> tuple[tuple[str, str], ...]:
    """``(suffix, label)`` pairs, longest suffix first, from ``data/hanlp/org_suffixes.tsv``."""
    rows = read_tsv(data_path("hanlp", "org_suffixes.tsv"))
    return tuple(sorted(((r["suffix"], r["label"]) for r in rows), key=lambda p: -len(p[0])))


def chunk_spans(text: str, max_chars: int = 126) -> list[tuple[int, int]]:
    """Split ``text`` into ``(start, end)`` pieces with no whitespace inside and at most
    ``max_chars`` characters: at sentence ends, then at commas, then hard."""
    pieces: list[tuple[int, int]] = []
    n = len(text)
    i = 0
    while i < n:
        while i < n and text[i].isspace():
            i += 1
        if i >= n:
            break
        j = i
        while j < n and not text[j].isspace() and text[j] not in _SENTENCE_END:
            j += 1
        if j < n and text[j] in _SENTENCE_END and not text[j].isspace():
            j += 1  # keep the sentence mark with its sentence
        s = i
        while j - s > max_chars:  # too long: cut at the last soft break, else hard
            cut = max((k for k in range(s + 1, s + max_chars) if text[k - 1] in _SOFT_BREAK), default=s + max_chars)
            pieces.append((s, cut))
            s = cut
        if j > s:
            pieces.append((s, j))
        i = j
    return pieces


def align_tokens(text: str, tokens: Sequence[str], start: int = 0,
                 end: int | None = None) -> list[tuple[int, int] | None]:
    """Character ``(start, end)`` of each token of ``text[start:end]`` found in order, or
    ``None`` for a token that is not a literal substring at the expected place (the cursor
    then stays, so later tokens still align)."""
    out: list[tuple[int, int] | None] = []
    pos = start
    for tok in tokens:
        tok = str(tok)
        if not tok:
            out.append(None)
            continue
        k = text.find(tok, pos, end)
        # A token may only skip whitespace before it; anything else means misalignment.
        if k < 0 or text[pos:k].strip():
            out.append(None)
            continue
        out.append((k, k + len(tok)))
        pos = k + len(tok)
    return out


def _hanlp_home() -> str:
    return os.getenv("HANLP_HOME") or os.path.join(os.path.expanduser("~"), ".hanlp")


def _import_hanlp(model: Any):
    try:
        import hanlp  # noqa: F401
    except ImportError as e:
        raise ImportError(
            f"backend='hanlp' needs the optional HanLP extra, which is not installed "
            f"(hanlp_model={os.fspath(model) if model is not None else None!r}). Install it with: "
            f"{INSTALL_HINT}"
        ) from e
    return hanlp


class _NoDownload(RuntimeError):
    pass


@contextlib.contextmanager
def _offline(allowed: bool):
    """Switch off HanLP's and Hugging Face's downloaders unless downloading is allowed."""
    if allowed:
        yield
        return
    import hanlp.utils.io_util as io_util

    def refuse(url, *args, **kwargs):
        raise _NoDownload(
            f"loading this HanLP model needs {url}, which is not on disk; luoyang-nlp does not "
            f"download unless you pass a pretrained identifier with allow_download=True"
        )

    saved_download = io_util.download
    io_util.download = refuse
    hf_constants = None
    try:
        import huggingface_hub.constants as hf_constants
    except Exception:  # pragma: no cover - huggingface_hub is a HanLP dependency
        pass
    saved_hf = getattr(hf_constants, "HF_HUB_OFFLINE", None)
    if hf_constants is not None:
        hf_constants.HF_HUB_OFFLINE = True
    saved_env = {k: os.environ.get(k) for k in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")}
    os.environ.update({k: "1" for k in saved_env})
    try:
        yield
    finally:
        io_util.download = saved_download
        if hf_constants is not None:
            hf_constants.HF_HUB_OFFLINE = saved_hf
        for k, v in saved_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


_FORK_HOOK = False


def _fork_safe_torch() -> None:
    """Make forked workers (``pipe(n_process=...)``) safe: a child of a process whose torch
    thread pool has run hangs in its first parallel op unless it drops to one thread (one
    per worker is also what avoids oversubscribing the cores)."""
    global _FORK_HOOK
    if _FORK_HOOK or not hasattr(os, "register_at_fork"):
        return
    try:
        import torch
    except ImportError:  # a component that does not run on torch
        return

    os.register_at_fork(after_in_child=lambda: torch.set_num_threads(1))
    _FORK_HOOK = True


@contextlib.contextmanager
def _torch_threads(n: int | None):
    """Run torch with ``n`` intra-op threads, restoring the caller's setting after."""
    if n is None:
        yield
        return
    import torch

    before = torch.get_num_threads()
    if before != n:
        torch.set_num_threads(n)
    try:
        yield
    finally:
        if before != n:
            torch.set_num_threads(before)


class HanLPMatcher:
    """Candidates from a HanLP NER model (a single NER component or a multi-task model).

    ``model`` is a path to a HanLP model saved on disk (a directory with ``config.json``,
    as written by ``component.save``/``fit`` or unpacked from HanLP's downloads), or a
    pretrained identifier (``MSRA_NER_ELECTRA_SMALL_ZH``, a URL): that is looked up under
    ``$HANLP_HOME`` and downloaded only when ``allow_download=True``. Errors (no extra, no
    model, not an NER model) are raised here, at construction.
    """

    name = "hanlp"

    def __init__(self, model: str | os.PathLike | None = None, *, allow_download: bool = False,
                 priority: int = HANLP_PRIORITY, max_chars: int = 126, batch_size: int = 32,
                 threads: int | None = 1) -> None:
        if model is None or (isinstance(model, str) and not model.strip()):
            raise ValueError(
                "backend='hanlp' needs hanlp_model=PATH: the directory of a HanLP NER model on disk "
                "(or a pretrained identifier such as 'MSRA_NER_ELECTRA_SMALL_ZH' together with "
                f"allow_download=True); the back end also needs the HanLP extra: {INSTALL_HINT}"
            )
        if not isinstance(model, (str, os.PathLike)):
            raise TypeError(f"hanlp_model must be a path or an identifier, got {type(model).__name__}")
        self._configure(os.fspath(model), allow_download, priority, max_chars, batch_size, threads)
        self.path = self._locate()
        self._load()

    def _configure(self, model, allow_download, priority, max_chars, batch_size, threads) -> None:
        if max_chars < 8:
            raise ValueError("max_chars must be >= 8")
        self.model = model
        self.allow_download = bool(allow_download)
        self.priority = int(priority)
        self.max_chars = int(max_chars)
        self.batch_size = max(1, int(batch_size))
        self.threads = None if threads is None else max(1, int(threads))
        self.path = model
        self._lock = threading.Lock()
        self._component = None
        self._kind = ""
        self._ner_keys: list[str] = []
        self._reloadable = True

    @classmethod
    def from_component(cls, component, *, priority: int = HANLP_PRIORITY, max_chars: int = 126,
                       batch_size: int = 32, threads: int | None = 1) -> "HanLPMatcher":
        """Wrap a HanLP component already loaded in this process (not reloadable after
        pickling: pass a path to ``HanLPMatcher`` for multi-process use)."""
        self = cls.__new__(cls)
        self._configure(f"<{type(component).__name__}>", False, priority, max_chars, batch_size, threads)
        self._adopt(component)
        self._reloadable = False
        return self

    # -- locating and loading ----------------------------------------------------------
    def _locate(self) -> str:
        """The local path of the model, downloading only when allowed."""
        if os.path.exists(self.model):
            _import_hanlp(self.model)
            return os.path.abspath(self.model)
        looks_like_path = os.sep in self.model or self.model.startswith((".", "~")) or (
            os.altsep is not None and os.altsep in self.model)
        is_url = self.model.startswith(("http://", "https://"))
        if looks_like_path and not is_url:
            raise FileNotFoundError(
                f"hanlp_model={self.model!r}: no such file or directory. Pass the directory of a "
                f"HanLP model saved on disk (it holds config.json); the back end needs the HanLP "
                f"extra: {INSTALL_HINT}"
            )
        hanlp = _import_hanlp(self.model)
        import hanlp.pretrained
        from hanlp.utils import io_util

        url = hanlp.pretrained.ALL.get(self.model, self.model)
        if not url.startswith(("http://", "https://")):
            raise FileNotFoundError(
                f"hanlp_model={self.model!r} is neither an existing path nor a HanLP pretrained "
                f"identifier (see hanlp.pretrained, e.g. 'MSRA_NER_ELECTRA_SMALL_ZH')"
            )
        home = _hanlp_home()
        base, anchor = (url.split("#", 1) + [""])[:2]
        local, _compressed = io_util.split_if_compressed(io_util.path_from_url(base, home))
        if anchor:
            local = os.path.join(local, anchor.lstrip("/"))
        if os.path.isdir(local):
            return local
        if not self.allow_download:
            raise FileNotFoundError(
                f"HanLP model {self.model!r} is not on disk (looked in {local}, under HANLP_HOME="
                f"{home}); pass allow_download=True to download it from {base}, or pass the path "
                f"of a model you downloaded"
            )
        return io_util.get_resource(url, save_dir=home)

    def _load(self) -> None:
        hanlp = _import_hanlp(self.model)
        try:
            with _offline(self.allow_download):
                component = hanlp.load(self.path, verbose=False)
        except _NoDownload as e:
            raise FileNotFoundError(f"hanlp_model={self.model!r}: {e}") from None
        except Exception as e:
            raise ValueError(f"hanlp_model={self.model!r} ({self.path}) could not be loaded as a HanLP model: {e}") from e
        self._adopt(component)

    def _adopt(self, component) -> None:
        """Check that ``component`` does NER and note how to feed it."""
        tasks = getattr(component, "tasks", None)
        if isinstance(tasks, dict):
            keys = [k for k in tasks if k.startswith("ner")]
            if not keys:
                raise ValueError(f"hanlp_model={self.model!r} is a multi-task model without an NER task (tasks: {sorted(tasks)})")
            self._kind, self._ner_keys = "mtl", keys
        else:
            cls = type(component).__name__
            if "NER" not in cls.upper() and "NAMEDENTITY" not in cls.upper():
                raise ValueError(f"hanlp_model={self.model!r} is a {cls}, not a HanLP NER model")
            self._kind = "chars"
        _fork_safe_torch()
        self._component = component

    @property
    def component(self):
        """The loaded HanLP component (reloaded lazily after unpickling)."""
        if self._component is None:
            with self._lock:
                if self._component is None:
                    self._load()
        return self._component

    def __getstate__(self):
        if not self._reloadable:
            raise TypeError("a HanLPMatcher built with from_component() cannot be pickled (its model "
                            "cannot be reloaded elsewhere); build it from a model path instead")
        state = self.__dict__.copy()
        state.pop("_lock", None)
        state["_component"] = None
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()

    # -- prediction --------------------------------------------------------------------
    def entities(self, text: str) -> list[tuple[int, int, str]]:
        """Raw HanLP entities ``(start, end, tag)`` over ``text``, in character offsets."""
        pieces = chunk_spans(text, self.max_chars)
        if not pieces:
            return []
        comp = self.component
        out: list[tuple[int, int, str]] = []
        with _torch_threads(self.threads):
            for b in range(0, len(pieces), self.batch_size):
                out.extend(self._batch_entities(comp, text, pieces[b:b + self.batch_size]))
        return out

    def _batch_entities(self, comp, text: str, batch: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        if self._kind == "mtl":
            return self._mtl_entities(comp, text, batch)
        out: list[tuple[int, int, str]] = []
        results = comp([list(text[s:e]) for s, e in batch])
        for (s, e), ents in zip(batch, results):
            for ent in ents or ():
                _, tag, i, j = ent[:4]
                if 0 <= i < j <= e - s:
                    out.append((s + i, s + j, str(tag)))
        return out

    def _mtl_entities(self, comp, text: str, batch: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        doc = comp([text[s:e] for s, e in batch], tasks=self._ner_keys)
        tok_keys = [k for k in doc if k.startswith("tok")]
        tok_key = "tok/fine" if "tok/fine" in tok_keys else (tok_keys[0] if tok_keys else None)
        if tok_key is None:
            return []
        out = []
        for n, (s, e) in enumerate(batch):
            offsets = align_tokens(text, doc[tok_key][n], s, e)
            for key in (k for k in doc if k.startswith("ner")):
                for ent in doc[key][n] or ():
                    _, tag, i, j = ent[:4]
                    if not 0 <= i < j <= len(offsets):
                        continue
                    first, last = offsets[i], offsets[j - 1]
                    if first is None or last is None:
                        continue
                    out.append((first[0], last[1], str(tag)))
        return out

    def __call__(self, text: str, ctx: Context | None = None) -> list[Candidate]:
        labels = tag_labels()
        cands: list[Candidate] = []
        seen: set[tuple[int, int]] = set()
        for s, e, tag in self.entities(text):
            label = labels.get(tag)
            if label is None:
                continue
            while s < e and not text[s].isalnum():  # no punctuation at the edges
                s += 1
            while e > s and not text[e - 1].isalnum():
                e -= 1
            if e - s < 2 or (s, e) in seen:
                continue
            if label == "ORG":
                name = text[s:e]
                label = next((lab for suf, lab in org_suffixes() if name.endswith(suf)), label)
            seen.add((s, e))
            cands.append(Candidate(s, e, label, priority=self.priority, source=f"hanlp:{tag}"))
        return cands

    def __repr__(self) -> str:
        return f"HanLPMatcher({self.model!r}, allow_download={self.allow_download})"
