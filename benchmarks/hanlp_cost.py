"""What the HanLP back end costs: speed and memory, default pipeline vs fused with HanLP.

Needs the [hanlp] extra. With ``--model PATH`` it measures that HanLP NER model; without,
it trains a stand-in of HanLP's own RNN NER at its default size (embed 100, BiLSTM 256)
for one epoch on silver tags from our pipeline (speed and memory depend on the
architecture, not on how well it is trained). Text: the seed pages under /work/shared when
present, else the bundled sample article, repeated to ``--chars``.

    python benchmarks/hanlp_cost.py [--model PATH] [--chars 200000]
"""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def corpus(chars: int) -> list[str]:
    seeds = Path("/work/shared/corpus/seeds")
    if seeds.is_dir():
        texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    else:
        from luoyang_nlp.resources import data_path

        texts = [data_path("examples", "sample_article.txt").read_text(encoding="utf-8")]
    out, n = [], 0
    while n < chars:
        for t in texts:
            out.append(t)
            n += len(t)
    return out


def train_stand_in(texts: list[str], save_dir: str) -> None:
    """One epoch of HanLP's default-size RNN NER on our own PERSON/PLACE/ORG output."""
    from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer

    from luoyang_nlp import Extractor
    from luoyang_nlp.backends.hanlp import chunk_spans

    tag = {"PERSON": "NR", "PLACE": "NS", "ORG": "NT", "COMPANY": "NT"}
    ex = Extractor(figures=False)
    tsv = os.path.join(save_dir, "silver.tsv")
    with open(tsv, "w", encoding="utf-8") as f:
        for text in texts:
            doc = ex.extract(text)
            bio = ["O"] * len(text)
            for s in doc.spans:
                if s.label in tag:
                    bio[s.start] = "B-" + tag[s.label]
                    for i in range(s.start + 1, s.end):
                        bio[i] = "I-" + tag[s.label]
            for a, b in chunk_spans(text):
                for i in range(a, b):
                    f.write(f"{text[i]}\t{bio[i]}\n")
                f.write("\n")
    RNNNamedEntityRecognizer().fit(tsv, tsv, os.path.join(save_dir, "model"), epochs=1, crf=False,
                                   tagging_scheme="BIO", verbose=False, logger=logging.getLogger("bench"))


def chars_per_s(ex, texts: list[str]) -> float:
    ex.extract(texts[0])  # warm
    n = sum(map(len, texts))
    t = time.perf_counter()
    for text in texts:
        ex.extract(text)
    return n / (time.perf_counter() - t)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", help="a HanLP NER model directory (default: train a stand-in)")
    ap.add_argument("--chars", type=int, default=200_000)
    ap.add_argument("--train", metavar="DIR", help=argparse.SUPPRESS)  # internal: train the stand-in
    args = ap.parse_args(argv)
    if args.train:
        train_stand_in(corpus(20_000), args.train)
        return 0

    from luoyang_nlp import Extractor

    texts = corpus(args.chars)
    base = Extractor()
    base.extract(texts[0])
    rss_base = rss_mb()
    v_base = chars_per_s(base, texts)

    tmp = tempfile.TemporaryDirectory()
    model = args.model
    if model is None:  # trained in a child process, so training memory is not counted
        subprocess.run([sys.executable, __file__, "--train", tmp.name], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        model = os.path.join(tmp.name, "model")
    import torch  # noqa: F401  (counted in the back end's memory)
    import hanlp  # noqa: F401

    rss_import = rss_mb()
    from luoyang_nlp.backends.hanlp import HanLPMatcher

    rss_before_load = rss_mb()
    t = time.perf_counter()
    matcher = HanLPMatcher(model)
    load_s = time.perf_counter() - t
    matcher(texts[0])
    rss_model = rss_mb() - rss_before_load
    fused = Extractor(backend="hanlp", hanlp_model=model)
    fused.extract(texts[0])
    rss_fused = rss_mb()
    v_fused = chars_per_s(fused, texts)

    print(f"text: {sum(map(len, texts))} chars in {len(texts)} documents; torch threads {torch.get_num_threads()}")
    print(f"model: {model if args.model else 'stand-in RNN NER (embed 100, BiLSTM 256, HanLP defaults)'}")
    print(f"{'pipeline':<28}{'chars/s':>12}{'RSS MB':>10}")
    print(f"{'default':<28}{v_base:>12,.0f}{rss_base:>10.0f}")
    print(f"{'default + HanLP NER':<28}{v_fused:>12,.0f}{rss_fused:>10.0f}  (two extractors live)")
    hanlp_alone = chars_per_s(type("M", (), {"extract": staticmethod(matcher)})(), texts)
    print(f"{'HanLP NER alone':<28}{hanlp_alone:>12,.0f}")
    print(f"import torch+hanlp: +{rss_import - rss_base:.0f} MB; model load {load_s:.2f} s, "
          f"+{rss_model:.0f} MB for the model after load and first text")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
