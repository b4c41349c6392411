"""Generate the words seen at the edges of names in the public NER corpora:

- data/lexicons/rules/left_bounds.tsv: verbs, adverbs, pronouns and other function words that
  end an organisation's name on its left (发现, 提出, 通过). A name found by its head (银行,
  大学, 公司) never reaches back past one: 第一次发现墨西哥银行 names 墨西哥银行.
- data/lexicons/rules/after_person.tsv: two-character verbs and function words written right
  after a person's name (通报, 强调, 认为). A three-character name candidate whose last
  character begins one is the two-character name before the verb: 王芳通报 -> 王芳.

``boundaries.tsv`` is the hand-written core (的, 在, 是 …); this list is the open-ended rest,
learned from evidence rather than written word by word:
- candidates: jieba 0.42.1 dict.txt (MIT) words of 2-4 characters with frequency >= MIN_FREQ
  and a tag of TAGS (verbs, adverbs, prepositions, conjunctions, pronouns, auxiliaries);
- kept only if the public NER training corpora (``../shared/data/ner/*.jsonl``: MSRA, People's
  Daily, CLUENER, Weibo, Resume; the statistical model's training part of them, read as
  scripts/train_ner.py reads them) write it right before an annotated name at least MIN_BEFORE times (发现墨西哥…, 提出法国…)
  and never where a
  cut after it would fall inside or at the end of an annotated person, place or organisation
  name reached by a run of name characters (开发 in 开发区, 控制 in
  疾病预防控制中心, 退役 in 退役军人事务局 are out), and it occurs in no name of the project's
  lexicons (data/lexicons/*.tsv).

For after_person.tsv the same candidates of two characters are kept when the corpora write one
right after a person's name at least MIN_AFTER times and never begin it with a name's last
character (强 of 王志强), and no lexicon name holds it.

Run from the repository root:
    python scripts/gen_name_edges.py [--ner ../shared/data/ner]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

import ahocorasick_rs
import jieba

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import train_ner  # noqa: E402 - the corpora as the model is trained on them
OUT = ROOT / "data" / "lexicons" / "rules" / "left_bounds.tsv"
OUT_AFTER = ROOT / "data" / "lexicons" / "rules" / "after_person.tsv"
TAGS = {"v", "d", "ad", "p", "c", "r", "u", "vd"}
MIN_FREQ = 20
MIN_BEFORE = 2
MIN_AFTER = 3
SEED, HOLDOUT = 11, 0.1  # scripts/train_ner.py's defaults, with which the shipped model was trained
_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-Za-z0-9]+")


def lexicon_names() -> list[str]:
    from luoyang_nlp.entities import default_lexicon_paths
    from luoyang_nlp.entities.lexicon import load_lexicon

    return sorted({n for p in default_lexicon_paths() for e in load_lexicon(p) for n in e.names()})


def candidates() -> list[str]:
    out = []
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
        for line in f:
            w, freq, tag = line.split()
            if 2 <= len(w) <= 4 and tag in TAGS and int(freq) >= MIN_FREQ:
                out.append(w)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ner", type=Path, default=ROOT.parent / "shared" / "data" / "ner")
    a = ap.parse_args()
    words = candidates()
    in_names = ahocorasick_rs.AhoCorasick(words)
    banned = {words[i] for name in lexicon_names() for i, _, _ in in_names.find_matches_as_indexes(name, overlapping=True)}
    seen = [0] * len(words)
    bad = [False] * len(words)
    before = [0] * len(words)  # times written right before a name
    after = [0] * len(words)  # times written right after a person's name
    bad_after = [False] * len(words)  # begun with a person's name's last character
    files = sorted(a.ner.glob("*.jsonl"))
    if not files:
        raise SystemExit(f"no corpora in {a.ner}")
    # the statistical model's training part (its held-out 10 % stays unseen, as in training)
    train, _ = train_ner.split(train_ner.load(files, "org"), SEED, HOLDOUT, set())
    for text, spans, _ in train:
        starts = {s for s, _, _ in spans}
        persons = [(s, e) for s, e, lab in spans if lab == "PERSON"]
        person_ends = {e for _, e in persons}
        for i, ws, we in in_names.find_matches_as_indexes(text, overlapping=True):
            seen[i] += 1
            # a cut after it would split or end a name, which a run of name characters
            # reaches (not past a quote: “发现”号航天飞机)
            if any(s < we <= e and _RUN.fullmatch(text, s, we) for s, e, _ in spans):
                bad[i] = True
            elif we in starts:
                before[i] += 1
            if ws in person_ends:
                after[i] += 1
            if any(s <= ws < e for s, e in persons):
                bad_after[i] = True
    kept = sorted(w for i, w in enumerate(words) if before[i] >= MIN_BEFORE and not bad[i] and w not in banned)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Words that end an organisation's or company's name on its left (发现, 提出, 突然): the open-ended\n"
                "# complement of boundaries.tsv, for names found by their head (not projects, whose names hold\n"
                "# verbs: 改造提升工程). Generated by scripts/gen_name_edges.py from jieba 0.42.1 dict.txt (MIT):\n"
                f"# 2-4 characters, frequency >= {MIN_FREQ}, tags {','.join(sorted(TAGS))}; kept when the public NER\n"
                f"# training corpora ({', '.join(p.stem for p in files)}) write it right before a name >= {MIN_BEFORE}\n"
                "# times and never with a name ending inside or right at its end, and no lexicon name holds it.\n"
                "# Do not edit by hand. Columns: word.\n")
        f.write("word\n")
        for w in kept:
            f.write(w + "\n")
    print(f"{len(kept)} of {len(words)} candidates -> {OUT.relative_to(ROOT)}", file=sys.stderr)
    kept = sorted(w for i, w in enumerate(words)
                  if len(w) == 2 and after[i] >= MIN_AFTER and not bad_after[i] and w not in banned)
    with open(OUT_AFTER, "w", encoding="utf-8") as f:
        f.write("# Two-character verbs and function words written right after a person's name (通报, 强调): a\n"
                "# three-character name candidate whose last character begins one is the two-character name\n"
                "# before it (王芳通报 -> 王芳). The open-ended complement of after_name.tsv's words.\n"
                f"# Generated by scripts/gen_name_edges.py from jieba 0.42.1 dict.txt (MIT): frequency >= {MIN_FREQ}, tags\n"
                f"# {','.join(sorted(TAGS))}; kept when the public NER training corpora write it right after a person's\n"
                f"# name >= {MIN_AFTER} times, never begun by a name's last character, and no lexicon name holds it.\n"
                "# Do not edit by hand. Columns: word.\n")
        f.write("word\n")
        for w in kept:
            f.write(w + "\n")
    print(f"{len(kept)} words -> {OUT_AFTER.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
