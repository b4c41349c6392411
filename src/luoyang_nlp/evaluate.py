"""Score predicted spans against gold spans (the span spec's scoring rules).

Strict: same start, end and label. Relaxed: same label and overlapping offsets (each gold
span matched at most once). Gold spans marked ``optional`` are neither rewarded nor
penalised: they are out of the recall denominator, and a prediction that matches one
(strictly, or by overlap for the relaxed score) is dropped from precision. Figure values
are right when the unit is equal and the relative error is below 1e-6 (strings equal).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from .labels import ENTITY_LABELS, FIGURE_LABELS, LABELS

__all__ = ["score", "score_facts", "format_table", "format_facts", "load_jsonl", "value_matches", "Counts"]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def load_jsonl(path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def value_matches(gold: dict, pred: dict) -> bool:
    """Same unit and value within relative error 1e-6 (or equal text values)."""
    if gold.get("unit") != pred.get("unit"):
        return False
    g, p = gold.get("value"), pred.get("value")
    if isinstance(g, str) or isinstance(p, str):
        return g == p
    if g is None or p is None:
        return g is None and p is None
    if g == p:
        return True
    return math.isfinite(p) and abs(p - g) <= 1e-6 * max(abs(g), 1e-12)


def _key(s: dict) -> tuple[int, int, str]:
    return (s["start"], s["end"], s["label"])


def _overlap(a: dict, b: dict) -> bool:
    return a["label"] == b["label"] and a["start"] < b["end"] and b["start"] < a["end"]


def _neutral(p: dict, opt: Sequence[dict], req: Sequence[dict]) -> bool:
    """SPEC: a predicted span that overlaps an optional gold span and no required gold span of
    its own label is neutral (a shorter or longer guess on a borderline span costs nothing)."""
    return any(g["start"] < p["end"] and p["start"] < g["end"] for g in opt) and not any(_overlap(g, p) for g in req)


def _score_doc(gold: Sequence[dict], pred: Sequence[dict]):
    strict = {l: Counts() for l in LABELS}
    relaxed = {l: Counts() for l in LABELS}
    values = [0, 0]  # right, compared
    mistakes: list[dict] = []
    req = [g for g in gold if not g.get("optional")]
    opt = [g for g in gold if g.get("optional")]
    # strict
    req_keys = {_key(g): g for g in req}
    opt_keys = {_key(g) for g in opt}
    matched = set()
    for p in pred:
        k = _key(p)
        lab = p["label"]
        if lab not in strict:
            continue
        if k in req_keys and k not in matched:
            matched.add(k)
            strict[lab].tp += 1
            g = req_keys[k]
            if lab in FIGURE_LABELS and "value" in g:
                values[1] += 1
                if value_matches(g, p):
                    values[0] += 1
                else:
                    mistakes.append({"kind": "value", "gold": g, "pred": p})
        elif k in opt_keys or _neutral(p, opt, req):
            continue
        else:
            strict[lab].fp += 1
            mistakes.append({"kind": "fp", "pred": p})
    for k, g in req_keys.items():
        if k not in matched:
            strict[g["label"]].fn += 1
            mistakes.append({"kind": "fn", "gold": g})
    # relaxed
    used = [False] * len(req)
    for p in pred:
        lab = p["label"]
        if lab not in relaxed:
            continue
        hit = next((i for i, g in enumerate(req) if not used[i] and _overlap(g, p)), None)
        if hit is not None:
            used[hit] = True
            relaxed[lab].tp += 1
        elif _neutral(p, opt, req):
            continue
        else:
            relaxed[lab].fp += 1
    for i, g in enumerate(req):
        if not used[i]:
            relaxed[g["label"]].fn += 1
    return strict, relaxed, values, mistakes


def score(gold_docs: Iterable[dict], pred_docs: Iterable[dict]) -> dict[str, Any]:
    """Score documents (gold-format dicts) aligned by ``id`` (or by position without ids)."""
    gold_docs = list(gold_docs)
    pred_docs = list(pred_docs)
    strict = {l: Counts() for l in LABELS}
    relaxed = {l: Counts() for l in LABELS}
    values = [0, 0]
    per_doc = []
    for g, p in _align(gold_docs, pred_docs):
        s, r, v, mistakes = _score_doc(g.get("spans", []), p.get("spans", []))
        for l in LABELS:
            strict[l].add(s[l])
            relaxed[l].add(r[l])
        values[0] += v[0]
        values[1] += v[1]
        per_doc.append({"id": g.get("id"), "mistakes": mistakes})
    rows: dict[str, Any] = {}
    for name, group in [*((l, (l,)) for l in LABELS), ("ENTITIES", ENTITY_LABELS), ("FIGURES", FIGURE_LABELS), ("ALL", LABELS)]:
        cs, cr = Counts(), Counts()
        for l in group:
            cs.add(strict[l])
            cr.add(relaxed[l])
        if cs.tp + cs.fp + cs.fn == 0 and name in LABELS:
            continue
        rows[name] = {"strict": cs.as_dict(), "relaxed": cr.as_dict()}
    result = {
        "labels": rows,
        "value_accuracy": round(values[0] / values[1], 4) if values[1] else None,
        "values_compared": values[1],
        "documents": len(gold_docs),
        "per_doc": per_doc,
    }
    if any("facts" in g for g in gold_docs):
        facts = score_facts(gold_docs, pred_docs)
        result["facts"] = {k: v for k, v in facts.items() if k != "per_doc"}
        for d, fd in zip(per_doc, facts["per_doc"]):
            d["fact_mistakes"] = fd["mistakes"]
    return result


# --- facts (span spec, "Facts") -------------------------------------------------------------

def _ref(r: dict | None) -> tuple[int, int] | None:
    return None if r is None else (r["start"], r["end"])


def _align(gold_docs: list[dict], pred_docs: list[dict]):
    by_id = {d.get("id"): d for d in pred_docs}
    for i, g in enumerate(gold_docs):
        gid = g.get("id")
        if gid is not None and gid in by_id:
            yield g, by_id[gid]
        else:
            yield g, (pred_docs[i] if i < len(pred_docs) else {})


def _same_subject(gtext: str, g: dict | None, ptext: str, p: dict | None) -> bool:
    if g is None or p is None:
        return g is None and p is None
    if _ref(g) == _ref(p):
        return True
    return gtext[g["start"]:g["end"]] == ptext[p["start"]:p["end"]]


def score_facts(gold_docs: Iterable[dict], pred_docs: Iterable[dict]) -> dict[str, Any]:
    """Score facts: a figure fact is right when its figure (start, end) and its subject
    match (both null, same offsets, or a mention with the same text); ``metric`` is compared
    as an exact string on facts whose figure matched a gold fact; person facts by
    (person, position) offsets. Optional gold facts, and predictions on figures of optional
    gold spans, are neutral."""
    gold_docs, pred_docs = list(gold_docs), list(pred_docs)
    figure, person = Counts(), Counts()
    metric = [0, 0]
    per_doc = []
    for g, p in _align(gold_docs, pred_docs):
        gtext, ptext = g.get("text", ""), p.get("text", g.get("text", ""))
        gf = [f for f in g.get("facts", ()) if "figure" in f]
        gp = [f for f in g.get("facts", ()) if "person" in f]
        pf = [f for f in p.get("facts", ()) if "figure" in f]
        pp = [f for f in p.get("facts", ()) if "person" in f]
        neutral = {_ref(f["figure"]) for f in gf if f.get("optional")}
        neutral |= {(s["start"], s["end"]) for s in g.get("spans", ()) if s.get("optional")}
        req = [f for f in gf if not f.get("optional")]
        used = [False] * len(req)
        mistakes: list[dict] = []
        for f in pf:
            key = _ref(f["figure"])
            hit = next((i for i, r in enumerate(req) if not used[i] and _ref(r["figure"]) == key), None)
            if hit is None:
                if key not in neutral:
                    figure.fp += 1
                    mistakes.append({"kind": "fp", "pred": f})
                continue
            used[hit] = True
            r = req[hit]
            metric[1] += 1
            if f.get("metric") == r.get("metric"):
                metric[0] += 1
            else:
                mistakes.append({"kind": "metric", "gold": r, "pred": f})
            if _same_subject(gtext, r.get("subject"), ptext, f.get("subject")):
                figure.tp += 1
            else:
                figure.fp += 1
                figure.fn += 1
                mistakes.append({"kind": "subject", "gold": r, "pred": f})
        for i, r in enumerate(req):
            if not used[i]:
                figure.fn += 1
                mistakes.append({"kind": "fn", "gold": r})
        pkey = lambda f: (_ref(f["person"]), _ref(f["position"]))  # noqa: E731
        greq = {pkey(f) for f in gp if not f.get("optional")}
        gopt = {pkey(f) for f in gp if f.get("optional")}
        seen = set()
        for f in pp:
            k = pkey(f)
            if k in greq and k not in seen:
                seen.add(k)
                person.tp += 1
            elif k in gopt or k in seen or _ref(f["person"]) in neutral or _ref(f["position"]) in neutral:
                continue
            else:
                person.fp += 1
                mistakes.append({"kind": "fp", "pred": f})
        for f in gp:
            if not f.get("optional") and pkey(f) not in seen:
                person.fn += 1
                mistakes.append({"kind": "fn", "gold": f})
        per_doc.append({"id": g.get("id"), "mistakes": mistakes})
    return {
        "figure_facts": figure.as_dict(),
        "metric_accuracy": round(metric[0] / metric[1], 4) if metric[1] else None,
        "metrics_compared": metric[1],
        "person_facts": person.as_dict(),
        "per_doc": per_doc,
    }


def format_facts(facts: dict[str, Any]) -> str:
    """Plain-text lines for the fact scores."""
    f, p = facts["figure_facts"], facts["person_facts"]
    ma = facts.get("metric_accuracy")
    row = lambda name, c: (f"{name:<14} P {c['precision']:.3f}  R {c['recall']:.3f}  F1 {c['f1']:.3f}"  # noqa: E731
                           f"   tp {c['tp']} fp {c['fp']} fn {c['fn']}")
    return "\n".join([
        "facts",
        row("figure facts", f),
        f"{'metric':<14} accuracy {ma:.3f} over {facts['metrics_compared']} matched figures" if ma is not None
        else f"{'metric':<14} accuracy n/a (no matched figures)",
        row("person facts", p),
    ])


def format_table(result: dict[str, Any]) -> str:
    """A plain-text table of per-label strict and relaxed P/R/F1."""
    head = f"{'label':<10} {'P':>6} {'R':>6} {'F1':>6}   {'rP':>6} {'rR':>6} {'rF1':>6}   {'tp':>4} {'fp':>4} {'fn':>4}"
    lines = ["strict (P R F1) and relaxed (rP rR rF1)", head, "-" * len(head)]
    for name, row in result["labels"].items():
        if name in ("ENTITIES", "FIGURES", "ALL") and lines[-1] != "-" * len(head):
            lines.append("-" * len(head))
        s, r = row["strict"], row["relaxed"]
        lines.append(
            f"{name:<10} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f}   "
            f"{r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f}   {s['tp']:>4} {s['fp']:>4} {s['fn']:>4}"
        )
    va = result.get("value_accuracy")
    lines.append("")
    lines.append(f"figure value accuracy: {va:.3f} over {result['values_compared']} strictly matched figures"
                 if va is not None else "figure value accuracy: n/a (no strictly matched figures with values)")
    if "facts" in result:
        lines.append("")
        lines.append(format_facts(result["facts"]))
    return "\n".join(lines)
