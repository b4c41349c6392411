"""Size and headless-Chromium render time of the CLI's HTML report at thousands of documents.

    python benchmarks/html_report.py --docs 3000            # class-styled page (the CLI's)
    python benchmarks/html_report.py --docs 1000 --inline   # the old per-span inline styles

Documents come from ``benchmarks/corpus.py`` (generated, ~1,500 chars each). Render time is
the wall clock of ``chromium --headless --screenshot`` (load, style, layout, paint), minus
the same on an empty page (browser start-up). Needs the Debian ``chromium`` package.
"""

from __future__ import annotations

import argparse
import atexit
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def chromium_seconds(page: Path, binary: str) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        subprocess.run([binary, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp}",
                        "--window-size=1280,2000", f"--screenshot={tmp}/shot.png", "--timeout=120000",
                        page.as_uri()], capture_output=True, timeout=300, check=False)
        return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--inline", action="store_true", help="per-span inline styles (the old page)")
    args = ap.parse_args()
    from corpus import document

    from luoyang_nlp.display import page_head, page_tail, render
    from luoyang_nlp.pipeline import Extractor

    r = random.Random(20241009)
    ex = Extractor()
    t = time.perf_counter()
    docs = list(ex.pipe(document(r, 1500) for _ in range(args.docs)))
    extract_s = time.perf_counter() - t
    out = Path(tempfile.mkdtemp(prefix="luoyang-report-")) / "report.html"
    atexit.register(shutil.rmtree, out.parent, True)
    t = time.perf_counter()
    style = {} if args.inline else {"classes": True}  # --inline also runs on releases before classes
    body = "".join(render(d, title=str(i), **style) + "<hr>\n" for i, d in enumerate(docs))
    out.write_text(page_head("bench") + body + page_tail(), encoding="utf-8")
    write_s = time.perf_counter() - t
    spans = sum(len(d.spans) for d in docs)
    print(f"{args.docs} docs, {spans} spans, extract {extract_s:.1f} s, render+write {write_s:.2f} s, "
          f"{'inline' if args.inline else 'classes'} page {out.stat().st_size / 1e6:.1f} MB")
    binary = next((b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)
    if binary is None:
        print("no chromium: apt-get install chromium")
        return
    empty = out.with_name("empty.html")
    empty.write_text("<!DOCTYPE html><html><body></body></html>", encoding="utf-8")
    base = chromium_seconds(empty, binary)
    total = chromium_seconds(out, binary)
    print(f"chromium headless screenshot: {total:.1f} s ({total - base:.1f} s over an empty page's {base:.1f} s)")


if __name__ == "__main__":
    main()
