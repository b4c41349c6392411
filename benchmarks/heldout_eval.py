"""Score the pipeline on held-out sentences the project wrote (every benchmarks/heldout/*.txt).

A generalisation check beside the seeds gold: none of these sentences, names or figures were
used to build lexicons or rules. Usage:
    python benchmarks/heldout_eval.py [--mistakes] [FILE.txt ...]
Without FILE arguments every *.txt under benchmarks/heldout/ is read (document ids are
prefixed with the file stem so they stay unique).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from luoyang_nlp import Extractor
from luoyang_nlp.evaluate import format_table, score

MARK = re.compile(r"\[([^\[\]|]+)\|([A-Z]+\??)(?:\|([^|\]]*)\|([^|\]]*))?\]")


def parse(path: Path, prefix: str = "h") -> list[dict]:
    docs = []
    blocks = [b for b in path.read_text(encoding="utf-8").split("\n\n")]
    for i, block in enumerate(blocks):
        lines = [ln for ln in block.splitlines() if ln.strip() and not ln.startswith("#")]
        if not lines:
            continue
        meta = {}
        if lines[0].startswith("@published"):
            meta["published"] = lines[0].split()[1]
            lines = lines[1:]
        marked = "\n".join(lines)
        text, spans, pos = [], [], 0
        for m in MARK.finditer(marked):
            text.append(marked[pos:m.start()])
            start = sum(map(len, text))
            surface, label, value, unit = m.groups()
            span = {"start": start, "end": start + len(surface), "label": label.rstrip("?"), "text": surface}
            if label.endswith("?"):
                span["optional"] = True
            if value:
                span["value"] = value if unit == "ISO8601" else float(value)
                span["unit"] = unit
            spans.append(span)
            text.append(surface)
            pos = m.end()
        text.append(marked[pos:])
        docs.append({"id": f"{prefix}{i:02d}", "text": "".join(text), "meta": meta, "spans": spans})
    return docs


def main() -> None:
    files = [Path(a) for a in sys.argv[1:] if not a.startswith("--")]
    if not files:
        files = sorted((Path(__file__).parent / "heldout").glob("*.txt"))
    gold = []
    for path in files:
        prefix = "h" if path.stem == "heldout" else f"{path.stem}:"
        gold.extend(parse(path, prefix))
    ex = Extractor()
    pred = [ex.extract(d["text"], published=d["meta"].get("published"), id=d["id"]).to_dict() for d in gold]
    result = score(gold, pred)
    print(format_table(result))
    if "--mistakes" in sys.argv:
        for d in result["per_doc"]:
            for m in d["mistakes"]:
                s = m.get("pred") or m.get("gold")
                extra = f" gold={m['gold'].get('value')} pred={m['pred'].get('value')}" if m["kind"] == "value" else ""
                print(f"[{d['id']}] {m['kind']:<5} {s['label']:<9} {s['text']!r}{extra}")


if __name__ == "__main__":
    main()
