"""Train the NER model (data/models/ner_crf.npz) from ../shared/data/ner/*.jsonl.

Each corpus is shuffled with ``--seed`` and split 90/10; the model is trained on the 90 %
of every corpus with python-crfsuite (L-BFGS) and exported to the numpy tables that
``luoyang_nlp.entities.model`` runs. The held-out 10 % of each corpus is then tagged by the
exported numpy model and strict span F1 is printed per corpus and label.

Label mapping (see docs/model.md): the corpora's ``label`` field (already mapped to SPEC.md
labels) gives PERSON, PLACE, ORG; COMPANY (CLUENER only) is trained as ORG, because MSRA,
People's Daily, Weibo and Resume mark companies as ORG too (``--company separate`` trains
it as its own type instead, for comparison). CLUENER scene is PLACE; CLUENER texts with a
whole postal address are left out. Every other span (POSITION, nominal mentions, books,
games …) is O.

The corpora annotate differently, so features get a shared copy and a per-corpus copy
(domain adaptation); MSRA and People's Daily (``--target``) share one copy, and the
shipped weights are shared + that copy.

Text is folded 1:1 the way the pipeline normalises (full-width -> half-width, OpenCC t2s).

    pip install -e '.[train]'
    python scripts/gen_ner_words.py        # only when the lexicons or jieba change
    python scripts/train_ner.py            # ~8 CPU minutes; the defaults reproduce the shipped model
    python scripts/train_ner.py --eval-only --dev ../shared/gold/dev.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
from luoyang_nlp.entities.model import (  # noqa: E402
    B_OFFS, D_OFFS, N_DCODES, U_OFFS, NERModel, Words, encode, split_chunks)
from luoyang_nlp.normalise import _load_converter, _map_chars  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "ner"
DEFAULT_OUT = ROOT / "data" / "models" / "ner_crf.npz"
DEFAULT_WORDS = ROOT / "data" / "models" / "ner_words.tsv"
SCORED = ("PERSON", "PLACE", "ORG")

_t2s = None


def fold(text: str) -> str:
    """Length-preserving normalisation: the pipeline's character map, then OpenCC t2s
    (per character where a phrase conversion would change the length)."""
    global _t2s
    if _t2s is None:
        _t2s = _load_converter("opencc")
    text = _map_chars(text)
    out = _t2s(text)
    if len(out) != len(text):
        out = "".join(c2 if len(c2 := _t2s(c)) == 1 else c for c in text)
    return out


def simple_address(text: str) -> bool:
    """A CLUENER address that is one place name (北京, 海淀区), not a whole postal address."""
    return len(text) <= 6 and not any(c.isdigit() for c in text)


def load(paths: list[Path], company: str, address: str = "simple", scene: str = "place",
         ) -> dict[str, list[tuple[str, list[tuple[int, int, str]]]]]:
    """Corpus name -> [(folded text, [(start, end, type)])].

    CLUENER ``address`` marks whole addresses as one span, where SPEC.md and MSRA/People's
    Daily split 江苏/如皋市/城西乡: with ``address="simple"`` a text whose address spans are
    not all single place names is left out. CLUENER ``scene`` (西湖, 黄山, scenic areas) is
    PLACE with ``scene="place"`` (MSRA marks such names LOC), else O."""
    corpora: dict[str, list] = {}
    for p in paths:
        docs = []
        for line in p.open(encoding="utf-8"):
            if not line.strip():
                continue
            d = json.loads(line)
            spans, skip = [], False
            for s in d["spans"]:
                lab, src = s.get("label"), s.get("source_label")
                if d.get("source") == "cluener":
                    if src == "address" and address == "simple" and not simple_address(s["text"]):
                        skip = True
                    if src == "scene" and scene == "place":
                        lab = "PLACE"
                if lab == "COMPANY" and company == "org":
                    lab = "ORG"
                if lab in ("PERSON", "PLACE", "ORG", "COMPANY"):
                    spans.append((s["start"], s["end"], lab))
            if not skip:
                docs.append((fold(d["text"]), spans))
        corpora[p.stem] = docs
    return corpora


def split(corpora, seed: int, holdout: float, target: set[str]):
    """Seeded 90/10 split of each corpus; training texts carry their domain: ``N`` for the
    target corpora (the shipped weights), ``D<i>`` for each other corpus."""
    train, test = [], {}
    for i, (name, docs) in enumerate(corpora.items()):
        idx = list(range(len(docs)))
        random.Random(f"{seed}:{name}").shuffle(idx)
        k = max(1, round(len(docs) * holdout)) if holdout > 0 and len(docs) > 1 else 0
        dom = "N" if name in target or not target else f"D{i}"
        test[name] = [docs[i] for i in idx[:k]]
        train += [(*docs[i], dom) for i in idx[k:]]
    return train, test


def bio(n: int, spans, types) -> list[str]:
    tags = ["O"] * n
    for s, e, lab in sorted(spans):
        if lab not in types or s < 0 or e > n or any(t != "O" for t in tags[s:e]):
            continue  # nested or overlapping spans: keep the first
        tags[s] = "B-" + lab
        for i in range(s + 1, e):
            tags[i] = "I-" + lab
    return tags


def sequences(docs, types, max_len: int, clause: bool):
    """Chunks as the runtime cuts them, with their BIO tags and domain."""
    for text, spans, *dom in docs:
        dom = dom[0] if dom else ""
        text = text.replace("\x00", " ")
        tags = bio(len(text), spans, types)
        for s, e in split_chunks(text, max_len, clause):
            t = tags[s:e]
            if t and t[0].startswith("I-"):
                t[0] = "B-" + t[0][2:]
            yield text[s:e], t, dom


EXTRA = {"T": "tri", "C": "cd", "E": "dd"}  # optional single-position templates


def attributes(chunks: list[str], words: Words, extra: str = "", domains: list[str] | None = None):
    """Per chunk, per character: the crfsuite attribute strings of ``model.py``'s features.
    With ``domains`` (one per chunk), every attribute also gets a copy prefixed by the chunk's
    domain ("frustratingly easy" domain adaptation: shared weights plus per-corpus ones)."""
    starts, keys = encode(chunks, words)
    cp, bi, sk, dc = (keys[k].tolist() for k in ("cp", "bi", "sk", "dc"))
    more = [(t, keys[EXTRA[t]].tolist()) for t in extra]
    for ci, (st, ch) in enumerate(zip(starts.tolist(), chunks)):
        dom = domains[ci] if domains else ""
        seq = []
        for i in range(st, st + len(ch)):
            f = ["b", f"S:{sk[i]}"]
            f += [f"U{o}:{cp[i + o]}" for o in U_OFFS]
            f += [f"B{o}:{bi[i + o]}" for o in B_OFFS]
            f += [f"D{o}:{dc[i + o]}" for o in D_OFFS]
            f += [f"{t}:{v[i]}" for t, v in more]
            if domains:
                f += [f"{dom}|{a}" for a in f]
            seq.append(f)
        yield seq


def export(model_file: Path, out: Path, types: tuple[str, ...], chunking: tuple[int, int] = (150, 0)) -> None:
    """crfsuite weights -> dense numpy tables (see NERModel)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_file))
    info = tagger.info()
    labels = ["O"] + [f"{p}-{t}" for t in types for p in ("B", "I")]
    li = {lab: i for i, lab in enumerate(labels)}
    k = len(labels)
    feats = defaultdict(dict)  # template -> key -> weights
    bias = np.zeros(k, np.float32)
    for (attr, lab), w in info.state_features.items():
        if lab not in li:
            continue
        dom, bar, rest = attr.partition("|")
        if bar:  # a domain copy: the target domain's weights add to the shared ones
            if dom != "N":
                continue
            attr = rest
        if attr == "b":
            bias[li[lab]] += w
            continue
        tpl, _, key = attr.partition(":")
        feats[tpl].setdefault(int(key), np.zeros(k, np.float32))[li[lab]] += w

    def table(prefix, offs):
        keys = sorted({key for o in offs for key in feats.get(f"{prefix}{o}", {})})
        row = {key: r for r, key in enumerate(keys)}
        w = np.zeros((len(keys) + 1, len(offs), k), np.float32)
        for j, o in enumerate(offs):
            for key, vec in feats.get(f"{prefix}{o}", {}).items():
                w[row[key], j] = vec
        return np.array(keys, dtype=np.int64), w

    u_keys, wu = table("U", U_OFFS)
    b_keys, wb = table("B", B_OFFS)
    keyed = {}
    for t in "STC":
        if t == "S" or feats.get(f"{t}"):
            keys_, w_ = table(t, ("",))
            keyed[f"{t.lower()}_keys"], keyed[f"w{t.lower()}"] = keys_, w_[:, 0].astype(np.float16)
    if feats.get("E"):
        we = np.zeros((N_DCODES * N_DCODES, k), np.float32)
        for key, vec in feats["E"].items():
            we[key] = vec
        keyed["we"] = we.astype(np.float16)
    wd = np.zeros((N_DCODES, len(D_OFFS), k), np.float32)
    for j, o in enumerate(D_OFFS):
        for key, vec in feats.get(f"D{o}", {}).items():
            wd[key, j] = vec
    trans = np.zeros((k, k), np.float32)
    for (a, b), w in info.transitions.items():
        if a in li and b in li:
            trans[li[a], li[b]] = w
    out.parent.mkdir(parents=True, exist_ok=True)
    f16 = np.float16
    np.savez_compressed(
        out, labels=np.array(labels), types=np.array(types), u_keys=u_keys, wu=wu.astype(f16),
        b_keys=b_keys, wb=wb.astype(f16), wd=wd.astype(f16), bias=bias, trans=trans,
        chunking=np.array(chunking, dtype=np.int64), **keyed)


def score(model: NERModel, docs, types) -> dict[str, Counter]:
    """Strict span counts per label: tp, fp, fn."""
    preds = model.predict_many([t for t, _ in docs])
    c: dict[str, Counter] = defaultdict(Counter)
    for (text, gold), pred in zip(docs, preds):
        g = {(s, e, lab) for s, e, lab in gold if lab in types}
        p = {(s, e, lab) for s, e, lab, _ in pred}
        for lab in types:
            gl = {x for x in g if x[2] == lab}
            pl = {x for x in p if x[2] == lab}
            c[lab].update(tp=len(gl & pl), fp=len(pl - gl), fn=len(gl - pl))
    return c


def f1(c: Counter) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(name: str, counts: dict[str, Counter], labels) -> float:
    tot = Counter()
    for lab in SCORED:
        tot.update(counts.get(lab, Counter()))
    p, r, f = f1(tot)
    parts = [f"{lab} {f1(counts[lab])[2]:.3f}" for lab in labels if counts.get(lab) and sum(counts[lab].values())]
    print(f"{name:<22} PER/LOC/ORG P {p:.3f} R {r:.3f} F1 {f:.3f} | " + " ".join(parts))
    return f


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", nargs="+", type=Path, default=[DEFAULT_DATA], help="jsonl files or directories")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--words", type=Path, default=DEFAULT_WORDS)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--holdout", type=float, default=0.1)
    ap.add_argument("--iterations", type=int, default=250)
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--extra", default="", help="optional templates: T trigram, C char+dict, E dict pair "
                    "(measured no better; not in the shipped model)")
    ap.add_argument("--address", choices=("simple", "all"), default="simple", help="CLUENER address spans")
    ap.add_argument("--scene", choices=("place", "o"), default="place", help="CLUENER scene spans")
    ap.add_argument("--target", nargs="*", default=["msra_trainpart", "peoples_daily_dev"],
                    help="corpora whose annotation style the shipped weights follow (domain adaptation); "
                         "none: one shared set of weights")
    ap.add_argument("--exclude", nargs="*", default=[], help="corpora (file stems) to leave out")
    ap.add_argument("--chunk", choices=("clause", "sentence"), default="clause",
                    help="sequence unit (clauses decode faster; stored in the model file)")
    ap.add_argument("--max-len", type=int, default=64, help="longest sequence, in characters")
    ap.add_argument("--company", choices=("org", "separate"), default="org")
    ap.add_argument("--eval-only", action="store_true", help="score the existing --out model")
    ap.add_argument("--dev", type=Path, help="also score a gold file of the project (SPEC.md labels)")
    args = ap.parse_args(argv)

    types = ("PERSON", "PLACE", "ORG") + (("COMPANY",) if args.company == "separate" else ())
    paths = sorted(q for p in args.data for q in (p.glob("*.jsonl") if p.is_dir() else [p]))
    t0 = time.time()
    corpora = load(paths, args.company, args.address, args.scene)
    corpora = {k: v for k, v in corpora.items() if k not in args.exclude}
    target = set(args.target) & set(corpora)  # no target corpus present: shared weights only
    train, test = split(corpora, args.seed, args.holdout, target)
    words = Words(args.words)
    print(f"{len(train)} training texts ({sum(len(t) for t, _, _ in train)} chars), loaded in {time.time() - t0:.1f}s")

    if not args.eval_only:
        import pycrfsuite

        t0 = time.time()
        trainer = pycrfsuite.Trainer(verbose=False)
        seqs = list(sequences(train, types, args.max_len, args.chunk == "clause"))
        for i in range(0, len(seqs), 5000):
            block = seqs[i:i + 5000]
            doms = [d for _, _, d in block] if target else None
            for xseq, (_, yseq, _) in zip(attributes([c for c, _, _ in block], words, args.extra, doms), block):
                trainer.append(xseq, yseq)
        trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                            "feature.possible_transitions": True})
        args.out.parent.mkdir(parents=True, exist_ok=True)
        crf_file = args.out.with_suffix(".crfsuite.tmp")
        print(f"features built in {time.time() - t0:.1f}s; training ({args.iterations} iterations) …", flush=True)
        t0 = time.time()
        trainer.train(str(crf_file))
        print(f"trained in {time.time() - t0:.1f}s", flush=True)
        export(crf_file, args.out, types, (args.max_len, int(args.chunk == "clause")))
        crf_file.unlink()
        print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")

    model = NERModel.load(args.out, args.words)
    t_eval = time.time()
    for name, docs in test.items():
        if docs:
            report(f"held-out {name}", score(model, docs, types), types)
    if args.dev:
        docs = []
        for line in args.dev.open(encoding="utf-8"):
            d = json.loads(line)
            text = fold(d["text"])  # 1:1, so gold offsets stay valid
            spans = [(s["start"], s["end"], "ORG" if s["label"] == "COMPANY" and args.company == "org" else s["label"])
                     for s in d.get("spans", []) if s["label"] in ("PERSON", "PLACE", "ORG", "COMPANY")]
            docs.append((text, spans))
        report(f"dev {args.dev.name}", score(model, docs, types), types)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
