"""read_tsv reads what csv.DictReader (tab-separated, no quoting) reads: the tables are parsed
by hand for speed, so the two are compared on generated tables and on every shipped one."""

from __future__ import annotations

import csv

import pytest
from hypothesis import given, settings, strategies as st

from luoyang_nlp.resources import data_dir, read_tsv


def reference(path):
    with open(path, encoding="utf-8", newline="") as f:
        lines = [ln for ln in f if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k is not None} for row in reader]


cells = st.text(alphabet="ab 甲乙\"'", max_size=4)
rows = st.lists(cells, min_size=1, max_size=5).map("\t".join)
tables = st.tuples(st.lists(st.sampled_from(["word", "kind", "note", "x"]), min_size=1, max_size=4, unique=True),
                   st.lists(st.one_of(rows, st.just("# a comment"), st.just("")), max_size=8),
                   st.sampled_from(["\n", "\r\n"]))


@settings(max_examples=200, deadline=None)
@given(tables)
def test_read_tsv_is_the_csv_reading(tmp_path_factory, table):
    header, body, eol = table
    path = tmp_path_factory.mktemp("t") / "t.tsv"
    path.write_bytes(eol.join(["# head", "\t".join(header), *body]).encode("utf-8") + eol.encode())
    assert read_tsv(path) == reference(path)


@pytest.mark.parametrize("path", sorted(data_dir().rglob("*.tsv")), ids=lambda p: p.name)
def test_every_shipped_table_reads_the_same(path):
    assert read_tsv(path) == reference(path)
