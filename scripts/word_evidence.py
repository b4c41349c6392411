"""What the word-list generators read: jieba's dictionary, the public NER corpora as the
statistical model is trained on them, and the project's lexicon names.

Used by ``gen_name_edges.py`` (left_bounds.tsv, after_person.tsv) and ``gen_common_words.py``
(common_words.tsv); run those, not this.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterator

import jieba

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import train_ner  # noqa: E402 - the corpora as the model is trained on them

RULES = ROOT / "data" / "lexicons" / "rules"
DEFAULT_NER = ROOT.parent / "shared" / "data" / "ner"
SEED, HOLDOUT = 11, 0.1  # scripts/train_ner.py's defaults, with which the shipped model was trained
#: jieba's tags of verbs, adverbs and function words
FUNCTION_TAGS = frozenset({"v", "d", "ad", "p", "c", "r", "u", "vd"})


def jieba_entries() -> Iterator[tuple[str, int, str]]:
    """``(word, frequency, tag)`` of every line of jieba's bundled dict.txt."""
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
        for line in f:
            w, freq, tag = line.split()
            yield w, int(freq), tag


def training_part(ner: Path) -> tuple[list[tuple[str, list[tuple[int, int, str]]]], list[str]]:
    """The statistical model's training part of the corpora in ``ner`` (its held-out 10 %
    stays unseen), as ``(folded text, [(start, end, label)])``, and the corpora's names."""
    files = sorted(ner.glob("*.jsonl"))
    if not files:
        raise SystemExit(f"no corpora in {ner}")
    train, _ = train_ner.split(train_ner.load(files, "org"), SEED, HOLDOUT, set())
    return [(text, spans) for text, spans, _ in train], [p.stem for p in files]


def lexicon_names(but: Path | None = None) -> set[str]:
    """Every name and alias of the project's lexicons (data/lexicons/*.tsv), but the file
    ``but`` (a generator's own output)."""
    from luoyang_nlp.entities import default_lexicon_paths
    from luoyang_nlp.entities.lexicon import load_lexicon

    return {n for p in default_lexicon_paths() if but is None or p.resolve() != but.resolve()
            for e in load_lexicon(p) for n in e.names()}
