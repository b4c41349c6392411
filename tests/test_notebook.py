"""docs/quickstart.ipynb runs top to bottom on the current code, so it never rots.

Refresh its stored outputs after a change with ``python tests/test_notebook.py --write``.
"""

import sys
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parent.parent / "docs" / "quickstart.ipynb"


def execute(path: Path, cwd: Path):
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", record_timing=False,
                   resources={"metadata": {"path": str(cwd)}}).execute()
    return nb


def test_quickstart_notebook_executes(tmp_path):
    pytest.importorskip("nbformat", reason="nbformat not installed (the [test] extra)")
    pytest.importorskip("nbclient", reason="nbclient not installed (the [test] extra)")
    pytest.importorskip("ipykernel", reason="ipykernel not installed (the [test] extra)")
    pytest.importorskip("pandas", reason="pandas not installed (the [notebook] extra)")
    assert NOTEBOOK.exists()
    nb = execute(NOTEBOOK, tmp_path)
    code = [c for c in nb.cells if c.cell_type == "code"]
    outputs = [o for c in code for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    views = [h for h in html if 'class="lyn-doc"' in h]
    assert len(views) >= 3  # the first doc, then two from display()
    assert 'data-label="MONEY"' in views[0] and "qualifier: approx" in views[0]
    tables = [h for h in html if "<table" in h and "dataframe" in h]
    assert any("约140亿元" in t for t in tables)  # to_dataframe of the first doc
    printed = "".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream")
    assert "doc_id,label,text,start,end,value,unit,qualifier,low,high" in printed  # the CLI cell
    assert "约140亿元" in printed


if __name__ == "__main__":  # pragma: no cover - maintainer tool
    if "--write" in sys.argv:
        import nbformat

        nbformat.write(execute(NOTEBOOK, NOTEBOOK.parent), NOTEBOOK)
        print(f"wrote {NOTEBOOK}")
