"""The shipped lexicons: well-formed, current facts, and coverage of Luoyang's divisions."""

import csv

import pytest

from luoyang_nlp.entities import EntityMatcher, load_lexicon
from luoyang_nlp.entities.lexicon import RuleWords, default_lexicon_paths
from luoyang_nlp.labels import ENTITY_LABELS
from luoyang_nlp.resources import data_path



@pytest.fixture(scope="module")
def entries():
    return {p.name: load_lexicon(p) for p in default_lexicon_paths()}


def test_every_lexicon_has_provenance_and_valid_rows(entries):
    assert {"divisions_cn.tsv", "luoyang_divisions.tsv", "luoyang_towns.tsv", "henan_towns.tsv", "geography.tsv", "companies.tsv",
            "organisations.tsv"} <= set(entries)
    for p in default_lexicon_paths():
        head = p.read_text(encoding="utf-8").splitlines()[:3]
        assert head[0].startswith("#"), f"{p.name} needs a provenance comment"
    for name, rows in entries.items():
        assert rows, name
        for e in rows:
            assert e.label in ENTITY_LABELS and len(e.name) >= 2, (name, e)


def test_national_divisions_cover_all_levels(entries):
    rows = entries["divisions_cn.tsv"]
    levels = {}
    for e in rows:
        levels[e.note] = levels.get(e.note, 0) + 1
    assert levels["province"] == 34
    assert levels["prefecture"] > 330 and levels["county"] > 2800
    names = {e.name for e in rows}
    assert {"河南省", "洛阳市", "偃师区", "孟津区", "郑州市", "广西壮族自治区"} <= names
    assert "偃师市" not in names and "吉利区" not in names  # abolished in 2021


def test_luoyang_is_current(entries):
    rows = {e.name: e for e in entries["luoyang_divisions.tsv"]}
    assert rows["偃师区"].parent == "洛阳市" and "偃师" in rows["偃师区"].aliases
    assert rows["吉利区"].canonical == "孟津区"  # kept as a historical name only
    towns = {e.name: e for e in entries["luoyang_towns.tsv"]}
    assert towns["横水镇"].parent == "孟津区" and towns["白马寺镇"].parent == "洛龙区"
    assert towns["李村街道"].note == "subdistrict" and "李村镇" not in towns
    assert rows["李村镇"].canonical == "李村街道"  # the former name still reads as a place
    assert {e.parent for e in towns.values()} >= {"偃师区", "孟津区"} and "吉利区" not in {e.parent for e in towns.values()}


def test_luoyang_township_coverage_against_the_division_table(entries):
    """The lexicons name (almost) every township of Luoyang (code 4103…) in data/kb/divisions.tsv,
    the national list the linker codes places with."""
    with data_path("kb", "divisions.tsv").open(encoding="utf-8") as f:
        rows = csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t")
        ref = {r["name"] for r in rows if r["code"].startswith("4103") and r["level"] == "乡镇"}
    assert len(ref) > 150
    ours = {e.name for f in ("luoyang_divisions.tsv", "luoyang_towns.tsv") for e in entries[f]}
    covered = len(ref & ours) / len(ref)
    assert covered >= 0.9, f"only {covered:.0%} of Luoyang townships covered"


def test_henan_townships_outside_luoyang_are_listed_once(entries):
    """henan_towns.tsv names the township-level units of Henan outside Luoyang in
    data/kb/divisions.tsv, each name once; a name Luoyang uses too has no single parent."""
    with data_path("kb", "divisions.tsv").open(encoding="utf-8") as f:
        rows = csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t")
        ref = {r["name"] for r in rows if r["code"].startswith("41") and not r["code"].startswith("4103")
               and r["level"] == "乡镇"}
    names = [e.name for e in entries["henan_towns.tsv"]]
    assert len(names) == len(set(names)) and len(ref) > 2000
    assert len(ref & set(names)) / len(ref) >= 0.95
    shared = set(names) & {e.name for e in entries["luoyang_towns.tsv"]}  # 城关镇: in many counties
    assert shared and all(not e.parent for e in entries["henan_towns.tsv"] if e.name in shared)
    assert all(e.label == "PLACE" and e.name.endswith(("镇", "乡", "街道")) for e in entries["henan_towns.tsv"])


def test_company_aliases_are_not_everyday_words(entries):
    words = {"一拖", "航空工业", "河南能源", "科技", "集团"}
    for e in entries["companies.tsv"]:
        assert not words & set(e.names()), e


def test_rule_word_lists_load():
    w = RuleWords()
    assert {"王", "欧阳"} <= w.surnames
    assert {"书记", "董事长", "记者"} <= set(w.titles)
    assert "管委会" in w.bare_bodies and "发改委" in w.bodies
    assert data_path("lexicons", "rules", "heads.tsv").exists()


def test_every_county_level_unit_of_henan_is_found():
    m = EntityMatcher()
    for name in ["洛宁县", "栾川县", "登封市", "新郑市", "济源市", "兰考县", "固始县"]:
        got = [(c.start, c.end, c.label) for c in m(f"在{name}调研")]
        assert got == [(1, 1 + len(name), "PLACE")], name
