"""Charts (``luoyang_nlp.charts``) rendered to files and read back: valid SVG with the
expected bars, markers and labels; the overview page; the executed projects notebook.
All documents are invented."""

import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from luoyang_nlp import Doc, Span, charts
from luoyang_nlp.track import track

SVG = "{http://www.w3.org/2000/svg}"


def _doc(id, published, place, name, amount, value, verb):
    """'<place><name>总投资<amount>，<verb>。' with its spans and the investment fact."""
    text = f"{place}{name}总投资{amount}，{verb}。"
    p0, n0 = 0, len(place)
    m0 = text.index(amount)
    spans = [Span(place, "PLACE", p0, n0), Span(name, "PROJECT", n0, n0 + len(name)),
             Span(amount, "MONEY", m0, m0 + len(amount), value=value, unit="CNY")]
    fact = {"figure": {"start": m0, "end": m0 + len(amount)}, "metric": "总投资",
            "subject": {"start": n0, "end": n0 + len(name)}}
    return Doc(text, tuple(spans), id=id, published=published, facts=(fact,))


DOCS = [
    _doc("a", "2023-02-01", "伊川县", "青禾数字经济产业园项目", "12亿元", 1.2e9, "正式签约"),
    _doc("b", "2023-09-01", "伊川县", "青禾数字经济产业园", "12亿元", 1.2e9, "开工建设"),
    _doc("c", "2024-03-01", "伊川县", "金穗农机装备制造基地", "3亿元", 3e8, "已经投产"),
    _doc("d", "2024-05-01", "宜阳县", "银杏新材料产业园项目", "8亿元", 8e8, "计划年底开工"),
]


def _svg(path: Path) -> ET.Element:
    root = ET.parse(path).getroot()  # raises on anything that is not well-formed XML
    assert root.tag == f"{SVG}svg"
    return root


def _texts(root) -> list[str]:
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


def _gids(root, prefix) -> list[str]:
    return [g.get("id") for g in root.iter(f"{SVG}g") if (g.get("id") or "").startswith(prefix)]


@pytest.fixture(autouse=True)
def _needs_matplotlib():
    pytest.importorskip("matplotlib", reason="matplotlib not installed (the [charts] extra)")


def test_investment_by_county_svg(tmp_path):
    out = tmp_path / "investment.svg"
    charts.investment_chart(track(DOCS)).save(out)
    root = _svg(out)
    assert _gids(root, "lyn-bar-") == ["lyn-bar-0", "lyn-bar-1"]  # two counties
    texts = _texts(root)
    assert "伊川县 (2)" in texts and "宜阳县 (1)" in texts  # projects per county
    assert " 15.00" in texts and " 8.00" in texts  # 12 + 3 亿元 (one figure per project), 8 亿元
    assert any(t.startswith("Investment by county") for t in texts)


def test_bars_are_ordered_and_sized_by_investment(tmp_path):
    out = tmp_path / "i.svg"
    charts.investment_chart(track(DOCS)).save(out)
    root = _svg(out)
    widths = []
    for gid in ("lyn-bar-0", "lyn-bar-1"):
        g = next(g for g in root.iter(f"{SVG}g") if g.get("id") == gid)
        d = next(g.iter(f"{SVG}path")).get("d")
        xs = [float(tok.split()[0]) for tok in d.replace("M", "|").replace("L", "|").replace("z", "").split("|")
              if tok.strip()]
        widths.append(max(xs) - min(xs))
    assert widths[0] / widths[1] == pytest.approx(15 / 8, rel=0.02)


def test_stage_timeline_svg(tmp_path):
    out = tmp_path / "stages.svg"
    charts.stage_chart(track(DOCS)).save(out)
    root = _svg(out)
    markers = _gids(root, "lyn-stage-")
    assert sorted(markers) == sorted(["lyn-stage-0-签约", "lyn-stage-0-开工", "lyn-stage-1-投产", "lyn-stage-2-开工"])
    texts = _texts(root)
    for label in ("青禾数字经济产业园项目", "金穗农机装备制造基地", "银杏新材料产业园项目", "签约", "开工", "投产"):
        assert label in texts
    assert "2024" in "".join(texts)  # a date axis


def test_empty_charts_say_so(tmp_path):
    out = tmp_path / "e.svg"
    charts.investment_chart(track([])).save(out)
    assert "no project investment found" in _texts(_svg(out))
    charts.stage_chart(track([])).save(out)
    assert "no dated project stage found" in _texts(_svg(out))


def test_png_is_written_too(tmp_path):
    out = tmp_path / "i.png"
    charts.investment_chart(track(DOCS)).save(out)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.open = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


def test_overview_shows_and_saves_the_three(tmp_path):
    ov = charts.overview(DOCS, doc="d")
    assert ov.doc.id == "d"
    facts = ov.facts
    assert list(facts.columns) == list(charts.FACT_COLUMNS)
    assert facts.loc[0, "subject"] == "银杏新材料产业园项目" and facts.loc[0, "value"] == 8e8
    files = ov.save(tmp_path / "out")
    assert [f.name for f in files] == ["investment.svg", "stages.svg", "report.html"]
    for f in files[:2]:
        _svg(f)
    page = files[2].read_text(encoding="utf-8")
    parser = _Page()
    parser.feed(page)
    assert parser.tags.count("svg") == 2 and parser.tags.count("table") == 1
    assert "<script" not in page and 'src="http' not in page and "@import" not in page  # offline
    assert "银杏新材料产业园项目" in page and "总投资" in page
    assert ov._repr_html_().count("<svg") == 2 and ov.investment._repr_svg_().startswith("<svg")


def test_overview_picks_the_document_with_most_facts():
    extra = _doc("e", "2024-06-01", "嵩县", "金河体育中心", "2亿元", 2e8, "开工")
    rich = Doc(extra.text, extra.spans, id="e", published=extra.published, facts=extra.facts * 2)
    assert charts.overview(DOCS + [rich]).doc.id == "e"
    assert charts.overview(DOCS, doc=0).doc.id == "a"
    with pytest.raises(KeyError):
        charts.overview(DOCS, doc="zz")


def test_facts_table_html_without_pandas(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    html = charts.facts_table_html(DOCS[0], caption="a")
    assert html.count("<tr>") == 2 and "<td>总投资</td>" in html and "<td>12亿元</td>" in html


def test_missing_matplotlib_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(ImportError, match=r"luoyang-nlp\[charts\]"):
        charts.investment_chart(track(DOCS))


NOTEBOOK = Path(__file__).resolve().parent.parent / "docs" / "projects.ipynb"


def test_projects_notebook_executes_and_keeps_its_charts(tmp_path):
    pytest.importorskip("nbformat", reason="nbformat not installed (the [test] extra)")
    pytest.importorskip("nbclient", reason="nbclient not installed (the [test] extra)")
    pytest.importorskip("ipykernel", reason="ipykernel not installed (the [test] extra)")
    pytest.importorskip("pandas", reason="pandas not installed (the [notebook] extra)")
    import nbformat

    from test_notebook import execute

    stored = nbformat.read(NOTEBOOK, as_version=4)
    for nb in (stored, execute(NOTEBOOK, tmp_path)):  # the saved outputs, and a fresh run
        outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
        assert not [o for o in outputs if o.get("output_type") == "error"]
        html = "".join(o["data"].get("text/html", "") for o in outputs if "data" in o)
        assert html.count("<svg") >= 2 and "lyn-bar-0" in html and "lyn-stage-" in html
        assert "lyn-facts-table" in html or "dataframe" in html
