"""Division codes on the gold PLACE spans (issue 14's done-when numbers), and the linking cost.

    python benchmarks/link_eval.py [--gold ../shared/gold/dev.jsonl ../shared/gold/seeds.jsonl]
                                   [--time 5] [--json out.json]

Which gold PLACE spans are divisions, and their expected codes, are decided here on their own,
against the data package's table (data/kb/divisions.tsv) and the lexicons' historical names,
not by the linker: a span is a division when its simplified name is a full name or short form
of the table (or a lexicon name whose canonical is one), and not a short form that the
lexicons know only as another kind of place (中原 the region is not 中原区); a one-character abbreviation (豫) only
where a place of that province is in the document; another single character (洛 in 在洛投资)
where exactly one city or county of the document begins with it. Its expected code is the only
candidate, or the only candidate with itself or a parent among the document's other gold
places that have one candidate (itself first: 新乡 is 新乡市 where 新乡市 is written); otherwise it is ambiguous in the document (no expected code:
coded or not, it is listed).

Reported: (a) the linker on the gold spans themselves (linking alone), (b) end to end, the
predicted PLACE span at the gold offsets. Shares: coded = has a code; wrong = a code other
than the expected one (only where the document leaves one expected code).

``--time N``: extract() over the dev texts and the seeds with linking on and off in the same
run, N rounds, each text on and off back to back in alternating order; prints the median of
the per-round ratios and the linking stage timed alone.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared" / "gold"


def load(paths):
    docs = []
    for p in paths:
        for i, line in enumerate(Path(p).read_text(encoding="utf-8").splitlines()):
            if line.strip():
                d = json.loads(line)
                d["_src"] = f"{Path(p).stem}:{d.get('id', i)}"
                docs.append(d)
    return docs


def expected_codes(doc, names, linker):
    """``{gold index: (candidates, expected code or None)}`` for the PLACE spans that are divisions."""
    table = linker.places.table
    cands = {}
    for i, (s, n) in enumerate(zip(doc["spans"], names)):
        if s["label"] != "PLACE":
            continue
        codes = (table.full.get(n) or (table.short.get(n) if n not in linker.places.blocked else None)
                 or linker.places.aliases.get(n) or ())
        if codes:
            cands[i] = tuple(codes)
    for i, codes in list(cands.items()):  # a one-character abbreviation (豫) counts beside a place of its province
        if len(names[i]) == 1 and not any(j != i and len(c) == 1 and codes[0] in {p for p, _ in table.parents(c[0])}
                                          for j, c in cands.items()):
            del cands[i]
    for i, (s, n) in enumerate(zip(doc["spans"], names)):  # 洛 in 在洛投资: the one city of the text it begins
        if s["label"] == "PLACE" and len(n) == 1 and i not in cands:
            hits = {c[0] for j, c in cands.items() if len(c) == 1 and table.by_code[c[0]].name[0] == n
                    and table.by_code[c[0]].level in ("市", "县区")}
            if len(hits) == 1:
                cands[i] = tuple(hits)
    out = {}
    for i, codes in cands.items():
        if len(codes) == 1:
            out[i] = (codes, codes[0])
            continue
        others = {c[0] for j, c in cands.items() if j != i and len(c) == 1}
        hit = [c for c in codes if c in others or any(p in others for p, _ in table.parents(c))]
        if len(hit) > 1 and sum(c in others for c in hit) == 1:  # the document writes it in full elsewhere
            hit = [c for c in hit if c in others]
        out[i] = (codes, hit[0] if len(hit) == 1 else None)
    return out


def evaluate(docs, ex):
    from luoyang_nlp.doc import Span

    linker = ex.linker
    norm = ex.normaliser
    table = linker.places.table
    stats = {"gold_place": 0, "division": 0, "ambiguous": 0,
             "alone_coded": 0, "alone_wrong": 0, "e2e_coded": 0, "e2e_wrong": 0, "e2e_found": 0}
    listing = {"not_division": {}, "alone_uncoded": [], "alone_wrong": [], "e2e_uncoded": [], "e2e_wrong": [],
               "ambiguous": []}
    for d in docs:
        spans = d["spans"]
        names = [norm(s["text"]).text for s in spans]
        exp = expected_codes(d, names, linker)
        gold = [Span.from_dict(s) for s in spans]
        alone = linker(gold, names)
        pred = {(s.start, s.end): s for s in ex.extract(d["text"]).spans if s.label == "PLACE"}
        for i, s in enumerate(spans):
            if s["label"] != "PLACE":
                continue
            stats["gold_place"] += 1
            if i not in exp:
                listing["not_division"][names[i]] = listing["not_division"].get(names[i], 0) + 1
                continue
            codes, want = exp[i]
            where = f"{d['_src']} {s['start']}:{s['end']} {names[i]}"
            stats["division"] += 1
            if want is None:
                stats["ambiguous"] += 1
                listing["ambiguous"].append(f"{where} candidates={[table.by_code[c].name + ' ' + c for c in codes]} "
                                            f"linked={alone[i].kb_id}")
            got = alone[i].kb_id
            if got:
                stats["alone_coded"] += 1
                if want and got != want:
                    stats["alone_wrong"] += 1
                    listing["alone_wrong"].append(f"{where} got={got} want={want}")
            else:
                listing["alone_uncoded"].append(where)
            p = pred.get((s["start"], s["end"]))
            if p is not None:
                stats["e2e_found"] += 1
            if p is not None and p.kb_id:
                stats["e2e_coded"] += 1
                if want and p.kb_id != want:
                    stats["e2e_wrong"] += 1
                    listing["e2e_wrong"].append(f"{where} got={p.kb_id} want={want}")
            else:
                listing["e2e_uncoded"].append(where + ("" if p is not None else " (span not predicted)"))
    return stats, listing


def timing(texts, rounds):
    import luoyang_nlp

    on, off = luoyang_nlp.Extractor(), luoyang_nlp.Extractor(link=False)
    for ex in (on, off):
        ex.warm_up()
        for t in texts:
            ex.extract(t)
    t_on, t_off = [], []
    clock = time.perf_counter
    for r in range(rounds):  # each text on and off back to back, the order alternating: drift cancels
        a = b = 0.0
        for k, t in enumerate(texts):
            first, second = (on, off) if (r + k) % 2 == 0 else (off, on)
            t0 = clock()
            first.extract(t)
            t1 = clock()
            second.extract(t)
            t2 = clock()
            if first is on:
                a, b = a + t1 - t0, b + t2 - t1
            else:
                a, b = a + t2 - t1, b + t1 - t0
        t_on.append(a)
        t_off.append(b)
    # the linking stage alone, timed inside the same documents
    link_only = []
    docs = [off.extract(t) for t in texts]
    normed = [[on.normaliser(s.text).text for s in d.spans] for d in docs]
    for _ in range(rounds):
        t0 = time.perf_counter()
        for d, n in zip(docs, normed):
            on.linker(d.spans, n)
        link_only.append(time.perf_counter() - t0)
    ratio = statistics.median(a / b for a, b in zip(t_on, t_off))
    return statistics.median(t_on), statistics.median(t_off), statistics.median(link_only), ratio


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", nargs="*", default=[str(SHARED / "dev.jsonl"), str(SHARED / "seeds.jsonl")])
    ap.add_argument("--time", type=int, default=0, help="rounds of the on/off timing (0: skip)")
    ap.add_argument("--json")
    ap.add_argument("--list", action="store_true", help="print every uncoded, wrong and ambiguous span")
    a = ap.parse_args()
    import luoyang_nlp

    docs = load(a.gold)
    ex = luoyang_nlp.Extractor()
    stats, listing = evaluate(docs, ex)
    div = stats["division"] or 1
    unamb = div - stats["ambiguous"] or 1
    print(f"documents: {len(docs)}; gold PLACE spans: {stats['gold_place']}; divisions: {stats['division']} "
          f"(ambiguous in their document: {stats['ambiguous']})")
    print(f"linking alone (gold spans): coded {stats['alone_coded']}/{stats['division']} = "
          f"{stats['alone_coded'] / div:.1%}; wrong {stats['alone_wrong']}/{unamb} = {stats['alone_wrong'] / unamb:.1%}")
    print(f"end to end (predicted span at the gold offsets: {stats['e2e_found']}): coded {stats['e2e_coded']}/"
          f"{stats['division']} = {stats['e2e_coded'] / div:.1%}; wrong {stats['e2e_wrong']}/{unamb} = "
          f"{stats['e2e_wrong'] / unamb:.1%}")
    nd = listing["not_division"]
    print(f"gold PLACE names that are not divisions ({sum(nd.values())}): "
          + " ".join(f"{k}:{v}" for k, v in sorted(nd.items(), key=lambda kv: -kv[1])))
    for key in ("alone_uncoded", "alone_wrong", "ambiguous", "e2e_wrong") + (("e2e_uncoded",) if a.list else ()):
        if listing[key]:
            print(f"-- {key} ({len(listing[key])})")
            for line in listing[key]:
                print("  ", line)
    result = {"stats": stats}
    if a.time:
        texts = [d["text"] for d in docs]
        on, off, alone, ratio = timing(texts, a.time)
        print(f"extract over {len(texts)} texts: link on {on:.3f}s, off {off:.3f}s (medians of {a.time} "
              f"rounds, per text alternating); overhead, median of the per-round ratios: {ratio - 1:+.1%}; the linking stage alone "
              f"{alone * 1000:.1f} ms = {alone / off:.1%} of extract")
        result["timing"] = {"on_s": on, "off_s": off, "overhead": ratio - 1, "link_only_s": alone}
    if a.json:
        Path(a.json).write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
