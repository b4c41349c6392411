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

__all__ = ["score", "format_table", "load_jsonl", "value_matches", "Counts"]


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
        elif k in opt_keys:
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
        elif any(_overlap(g, p) for g in opt):
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
    by_id = {d.get("id"): d for d in pred_docs}
    strict = {l: Counts() for l in LABELS}
    relaxed = {l: Counts() for l in LABELS}
    values = [0, 0]
    per_doc = []
    for i, g in enumerate(gold_docs):
        p = by_id.get(g.get("id")) if g.get("id") is not None and g.get("id") in by_id else (
            pred_docs[i] if i < len(pred_docs) else {"spans": []})
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
    return result


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
        lines.append(result["facts_table"] if "facts_table" in result else json.dumps(result["facts"]))
    return "\n".join(lines)
