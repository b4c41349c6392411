"""Generate data/lexicons/attested_orgs.tsv: organisation and firm names that jieba's
dictionary lists as names of bodies (tag ``nt``) and that the public NER corpora annotate as an
organisation where they stand on their own.

Such names are often written with common words only (民生银行, 招商银行, 国家体育总局), so the
rules' generic-phrase checks and the fusion policy's V3 would take them for generic phrases
(商业银行, 地方银行); a lexicon entry makes them known names. The evidence decides which
``nt`` words are names: 商业银行 and 国有银行 are ``nt`` too, but the corpora leave them
unannotated.

- candidates: jieba 0.42.1 dict.txt (MIT) words tagged ``nt``, 3-12 characters;
- kept when the statistical model's training part of the corpora (``../shared/data/ner``, read
  as scripts/train_ner.py reads them; the held-out 10 % stays unseen) annotates the word as an
  organisation exactly at least MIN_NAMED times, and at least RATIO times as often as it writes
  it outside every annotated name; a name that ends in no body or firm word (``heads.tsv``,
  ``fusion.tsv`` endings) needs MIN_NAMED_HEADLESS (深发展 yes, 中央财政 no);
- left out: words already in the project's lexicons, the bodies of ``rules/org_bodies.tsv``
  (统计局: the rules compose a body with its place) and sports teams (中国队: the corpora
  annotate them, SPEC.md's labels do not name them);
- label: COMPANY when the name ends in a firm head of ``rules/heads.tsv`` (银行, 公司, 集团),
  else ORG.

Run from the repository root:
    python scripts/gen_attested_names.py [--ner ../shared/data/ner]
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import ahocorasick_rs

from word_evidence import DEFAULT_NER, ROOT, RULES, jieba_entries, lexicon_names, training_part

OUT = ROOT / "data" / "lexicons" / "attested_orgs.tsv"
MIN_NAMED = 3
RATIO = 2.0
#: A name that ends in no body or firm word (中央财政, 深发展) needs this much evidence.
MIN_NAMED_HEADLESS = 10
#: Sports teams (中国队, 巴西队, 中国女篮): the corpora annotate them, SPEC.md's labels do not name them.
TEAM_ENDS = ("队", "篮", "排")
LEVELS = "省市区县镇乡村"


def _rows(name: str) -> list[dict]:
    with open(RULES / name, encoding="utf-8") as f:
        return list(csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t"))


def firm_heads() -> tuple[str, ...]:
    return tuple(r["head"] for r in _rows("heads.tsv") if r["label"] == "COMPANY")


def body_ends() -> tuple[str, ...]:
    """The endings that show a body or a firm: ORG and COMPANY heads of ``heads.tsv`` and the
    name endings of ``fusion.tsv`` (局, 委, 党, 行 …)."""
    heads = [r["head"] for r in _rows("heads.tsv") if r["label"] in ("ORG", "COMPANY")]
    return tuple(heads + [r["word"] for r in _rows("fusion.tsv") if r["kind"] == "suffix" and r["label"] in ("ORG", "COMPANY")])


def bodies() -> set[str]:
    """The bodies of ``rules/org_bodies.tsv``, bare and after a level word (统计局, 市统计局):
    the rules compose them with the place they belong to, a bare one is no name of its own."""
    with open(RULES / "org_bodies.tsv", encoding="utf-8") as f:
        bare = {r["body"] for r in csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t")}
    return bare | {lv + b for lv in LEVELS for b in bare}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ner", type=Path, default=DEFAULT_NER)
    a = ap.parse_args()
    known = lexicon_names(but=OUT) | bodies()
    words = sorted({w for w, _, tag in jieba_entries()
                    if tag == "nt" and 3 <= len(w) <= 12 and w not in known and not w.endswith(TEAM_ENDS)})
    index = {w: i for i, w in enumerate(words)}
    finder = ahocorasick_rs.AhoCorasick(words)
    named = [0] * len(words)
    plain = [0] * len(words)
    docs, corpora = training_part(a.ner)
    for text, spans in docs:
        for s, e, label in spans:
            i = index.get(text[s:e])
            if i is not None and label == "ORG":
                named[i] += 1
        covered = sorted((s, e) for s, e, _ in spans)
        for i, s, e in finder.find_matches_as_indexes(text, overlapping=True):
            if not any(cs <= s and e <= ce for cs, ce in covered):
                plain[i] += 1
    heads, ends = firm_heads(), body_ends()
    rows = [(w, "COMPANY" if w.endswith(heads) else "ORG", named[i], plain[i]) for i, w in enumerate(words)
            if named[i] >= (MIN_NAMED if w.endswith(ends) else MIN_NAMED_HEADLESS) and named[i] >= RATIO * plain[i]]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Organisation and firm names attested in the public NER corpora (label ORG or COMPANY):\n"
                f"# jieba 0.42.1 dict.txt (MIT) words tagged nt, annotated as an organisation at least\n"
                f"# {MIN_NAMED} times ({MIN_NAMED_HEADLESS} without a body or firm ending) and {RATIO:g}x as often as\n"
                "# written outside any name, in the training part of\n"
                f"# {', '.join(corpora)}.\n"
                "# Generated by scripts/gen_attested_names.py; do not edit by hand.\n"
                "# Columns: name, label, canonical, aliases, parent, note (note: annotated/unannotated counts).\n")
        f.write("name\tlabel\tcanonical\taliases\tparent\tnote\n")
        for w, label, n, p in rows:
            f.write(f"{w}\t{label}\t{w}\t\t\tcorpora {n}/{p}\n")
    print(f"{len(rows)} of {len(words)} nt words -> {OUT.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
