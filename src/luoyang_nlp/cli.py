"""Command line: ``luoyang-nlp demo | extract | eval``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

__all__ = ["main"]


def _sample_text() -> str:
    from .resources import data_path

    return data_path("examples", "sample_article.txt").read_text(encoding="utf-8")


def _cmd_demo(args: argparse.Namespace) -> int:
    from .pipeline import Extractor

    text = _sample_text()
    doc = Extractor().extract(text, published="2024-10-09", id="sample")
    if args.json:
        print(json.dumps(doc.to_dict(), ensure_ascii=False))
        return 0
    print(f"sample article: {len(text)} chars, {len(doc.spans)} spans\n")
    for s in doc.spans:
        extra = ""
        if s.value is not None:
            extra = f"  value={s.value!r} unit={s.unit}" + (f" qualifier={s.qualifier}" if s.qualifier else "")
        print(f"{s.start:>5}:{s.end:<5} {s.label:<9} {s.text}{extra}")
    return 0


def _cmd_extract(args: argparse.Namespace) -> int:
    from .pipeline import Extractor

    ex = Extractor()
    status = 0
    for name, text in _safe_inputs(args.files):
        if text is None:
            status = 1
            continue
        doc = ex.extract(text, published=args.published, id=Path(name).stem if name != "<stdin>" else None)
        sys.stdout.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
    return status


def _safe_inputs(files: Sequence[str]):
    if not files:
        yield "<stdin>", sys.stdin.read()
        return
    for name in files:
        try:
            yield name, Path(name).read_text(encoding="utf-8")
        except UnicodeDecodeError:
            print(f"luoyang-nlp: {name}: not UTF-8 text", file=sys.stderr)
            yield name, None
        except OSError as exc:
            print(f"luoyang-nlp: {name}: {exc.strerror or exc}", file=sys.stderr)
            yield name, None


def _cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import format_table, load_jsonl, score

    gold = load_jsonl(args.gold)
    if args.pred:
        pred = load_jsonl(args.pred)
    else:
        from .pipeline import Extractor

        ex = Extractor()
        pred = [ex.extract(g["text"], published=(g.get("meta") or {}).get("published"), id=g.get("id")).to_dict()
                for g in gold]
    result = score(gold, pred)
    if args.json:
        if not args.mistakes:
            result = {k: v for k, v in result.items() if k != "per_doc"}
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(format_table(result))
        if args.mistakes:
            for d in result["per_doc"]:
                for m in d["mistakes"]:
                    s = m.get("pred") or m.get("gold")
                    print(f"[{d['id']}] {m['kind']:<5} {s['label']:<9} {s['start']}:{s['end']} {s['text']!r}"
                          + (f" gold={m['gold'].get('value')} pred={m['pred'].get('value')}" if m["kind"] == "value" else ""))
    return 0


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    p = argparse.ArgumentParser(prog="luoyang-nlp", description="Typed spans from Chinese regional economic news.")
    p.add_argument("--version", action="version", version=f"luoyang-nlp {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    d = sub.add_parser("demo", help="extract from the bundled sample article and print the spans")
    d.add_argument("--json", action="store_true", help="print the Doc as JSON instead of a table")
    d.set_defaults(func=_cmd_demo)

    e = sub.add_parser("extract", help="extract spans from files (or stdin) as JSON Lines")
    e.add_argument("files", nargs="*", help="UTF-8 text files; stdin when none")
    e.add_argument("--published", help="publication date YYYY-MM-DD, resolves 今年, 9日 …")
    e.set_defaults(func=_cmd_extract)

    v = sub.add_parser("eval", help="score against a gold JSON Lines file")
    v.add_argument("gold", help="gold JSON Lines (span spec format)")
    v.add_argument("--pred", help="predictions JSON Lines; without it the extractor runs on the gold texts")
    v.add_argument("--json", action="store_true", help="print the scores as JSON")
    v.add_argument("--mistakes", action="store_true", help="also list false positives, misses and wrong values")
    v.set_defaults(func=_cmd_eval)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (ValueError, TypeError, OSError) as exc:
        print(f"luoyang-nlp: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # pragma: no cover
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
