import pickle

import pytest
from hypothesis import given, settings, strategies as st

import luoyang_nlp
from luoyang_nlp import Extractor, extract


@pytest.mark.parametrize("bad", [None, b"bytes", 12, ["a"]])
def test_non_str_raises_type_error_naming_type(bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        extract(bad)


def test_empty_text_gives_empty_doc():
    doc = extract("")
    assert doc.text == "" and doc.spans == ()


@pytest.mark.parametrize("text", ["\x00\x01\x02亿元", "\ud800\udfff约5亿元", "((((((", "投资(5亿元", "】】约5亿元【"])
def test_odd_input_does_not_crash(text):
    doc = extract(text)
    for s in doc.spans:
        assert text[s.start:s.end] == s.text


def test_published_is_validated():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        extract("x", published="yesterday")
    assert extract("x", published="2024-10-09").published == "2024-10-09"


def test_extractor_pickles_and_pipe_preserves_order():
    ex = pickle.loads(pickle.dumps(Extractor()))
    texts = [f"第{i}笔投资{i + 1}亿元" for i in range(40)]
    docs = list(ex.pipe(texts, n_process=2, batch_size=7))
    assert [d.text for d in docs] == texts
    assert [d.figures[0].value for d in docs] == [(i + 1) * 10**8 for i in range(40)]
    assert docs == list(ex.pipe(texts))


def test_pipe_accepts_dicts_and_tuples():
    ex = Extractor()
    a, b = ex.pipe([{"text": "投资5亿元", "id": "a", "published": "2024-01-02"}, ("投资6亿元", {"id": "b"})])
    assert (a.id, a.published, b.id) == ("a", "2024-01-02", "b")
    with pytest.raises(TypeError):
        list(ex.pipe([3]))


def test_jieba_writes_no_cache_file(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    doc = Extractor().extract("洛阳市伊滨区")
    assert [t[0] for t in doc.tokens]  # segmentation happened
    assert list(tmp_path.iterdir()) == []


def test_tokens_index_original_text():
    text = "洛陽(yáng)市發展"
    doc = extract(text)
    assert "".join(t[0] for t in doc.tokens) == text
    for t, s, e in doc.tokens:
        assert text[s:e] == t


ALPHABET = st.sampled_from(list("洛阳市澗西區投資约約億亿元万萬0123456789１２.,%％ \n()（）") + ["(shū)", "(yáng)", "\u200b", "5..3", "1,2,3亿"])


@settings(max_examples=200, deadline=None)
@given(st.lists(ALPHABET, max_size=40).map("".join) | st.text(max_size=60))
def test_offset_invariant_on_random_text(text):
    doc = extract(text)
    for s in doc.spans:
        assert text[s.start:s.end] == s.text
        assert not s.text[0].isspace() and not s.text[-1].isspace()


def test_two_megabytes_in_one_call():
    # 2 MB of UTF-8 (0.7 M characters) in one call; one figure per ~120 characters.
    # (benchmarks/run.py shows the cost stays linear up to 10 MB.)
    chunk = "洛阳市伊滨区在建项目进展顺利，各方面工作有序推进，企业生产经营稳定，" * 3 + "总投资约140亿元。"
    n = 2_000_000 // 3
    text = (chunk * (n // len(chunk) + 1))[:n]
    doc = extract(text)
    assert len(doc.figures) >= n // len(chunk) - 1
    assert all(text[s.start:s.end] == s.text for s in doc.figures[-3:])


def test_pipe_streams_an_endless_iterator_in_order():
    import itertools

    texts = (f"投资{i + 1}亿元" for i in itertools.count())
    docs = list(itertools.islice(Extractor().pipe(texts, n_process=2, batch_size=3), 50))
    assert [d.figures[0].value for d in docs] == [(i + 1) * 10**8 for i in range(50)]


def test_pipe_rejects_bad_items_in_the_parent():
    with pytest.raises(TypeError, match="int"):
        list(Extractor().pipe(["投资1亿元", 3], n_process=2))
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        list(Extractor().pipe([{"text": "x", "published": "soon"}], n_process=2))


# --- overlap resolution -------------------------------------------------------------------

from luoyang_nlp.candidate import Candidate  # noqa: E402
from luoyang_nlp.resolve import resolve  # noqa: E402


def _c(s, e, label="ORG", priority=0):
    return Candidate(s, e, label, priority=priority)


@pytest.mark.parametrize("cands, expected", [
    ([_c(0, 2), _c(0, 4)], [(0, 4)]),                       # longest wins
    ([_c(0, 5), _c(3, 6, priority=10)], [(3, 6)]),          # priority beats length
    ([_c(4, 6), _c(0, 2), _c(2, 4)], [(0, 2), (2, 4), (4, 6)]),  # adjacent kept, text order
    ([_c(1, 3), _c(0, 2), _c(2, 4)], [(0, 2), (2, 4)]),     # equal length: earlier start first
    ([_c(-1, 2), _c(3, 99), _c(4, 4), _c(5, 3)], []),       # out of range / empty dropped
    ([_c(5, 8)], [(5, 6)]),                                 # whitespace trimmed
    ([_c(6, 8)], []),                                       # whitespace only
])
def test_resolve_table(cands, expected):
    text = "洛阳市委书记  "
    assert [(c.start, c.end) for c in resolve(cands, text)] == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 8), st.integers(0, 2)), max_size=40))
def test_resolve_keeps_a_maximal_non_overlapping_set(raw):
    text = "洛阳市伊滨区" * 6
    cands = [_c(s, min(s + n, len(text)), priority=p) for s, n, p in raw]
    kept = resolve(cands, text)
    for a, b in zip(kept, kept[1:]):
        assert a.end <= b.start
    taken = {i for c in kept for i in range(c.start, c.end)}
    for c in cands:  # every dropped candidate overlaps a kept one
        assert c in kept or any(i in taken for i in range(c.start, c.end))


def _resolve_by_the_policy(cands, text):
    """The policy as written in resolve.py's docstring, one candidate at a time."""
    from luoyang_nlp.labels import LABELS

    ok = [c for c in cands if 0 <= c.start < c.end <= len(text)]
    ranked = sorted(ok, key=lambda c: (-c.priority, c.start - c.end, c.start, LABELS.index(c.label)))
    kept = []
    for c in ranked:
        if all(c.end <= k.start or k.end <= c.start for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 8), st.integers(0, 2),
                          st.sampled_from(["ORG", "PLACE", "MONEY"]), st.sampled_from(["a", "b"])), max_size=40))
def test_resolve_follows_the_policy_in_groups(raw):
    text = "洛阳市伊滨区" * 6  # no spaces: nothing is trimmed
    cands = [Candidate(s, min(s + n, len(text)), label, priority=p, source=src) for s, n, p, label, src in raw]
    assert resolve(cands, text) == _resolve_by_the_policy(cands, text)


# A dying worker is retried, then reported: tests/test_robust.py::test_a_document_that_kills_its_worker_*


# --- segmenter ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "洛阳市伊滨区新建12座变电站和5条生产线",
    "年产60GWh锂电池，iPhone 15 与 C919 在 2024.10 亮相",
    "总投资约140亿元\r\n其中 一期 3.5 亿元",
    "",
])
def test_pos_cut_matches_jieba_posseg(text):
    import jieba.posseg as posseg

    from luoyang_nlp.segment import Segmenter

    seg = Segmenter()
    seg.add_word("伊滨区", None, "ns")
    expected = [(p.word, p.flag) for p in posseg.POSTokenizer(seg.tokenizer).cut(text, HMM=False)]
    assert seg.pos_cut(text) == expected


def test_one_pass_dictionary_equals_jiebas():
    import jieba

    from luoyang_nlp.segment import _read_dictionary

    tok = jieba.Tokenizer()
    assert _read_dictionary(tok.get_dict_file())[:2] == tok.gen_pfdict(tok.get_dict_file())


class _Fussy:
    """A caller's matcher that fails on one text (a stage error in the middle of a batch)."""

    def __call__(self, text, ctx):
        if "坏" in text:
            raise RuntimeError("a bad text")
        return []


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_stage_error_costs_its_document_only(n_process):
    ex = Extractor(model=False)
    ex.matchers.append(_Fussy())
    items = [{"id": str(i), "text": f"投资{i + 1}亿元" + ("坏" if i in (2, 5) else "")} for i in range(8)]
    errors = []
    docs = list(ex.pipe(items, n_process=n_process, batch_size=4, on_error=lambda i, e: errors.append((i, str(e)))))
    assert [d.id for d in docs] == ["0", "1", "3", "4", "6", "7"]
    assert [d.figures[0].value for d in docs] == [int(d.id) * 10**8 + 10**8 for d in docs]
    assert errors == [("2", "a bad text"), ("5", "a bad text")]
    seen = []
    with pytest.raises(RuntimeError, match="a bad text"):
        for d in ex.pipe(items, batch_size=8):
            seen.append(d.id)
    assert seen == ["0", "1"]  # the documents before it, then the error at its place


@pytest.mark.parametrize("texts", [
    ["洛阳市委书记王建国在伊滨区调研。", "", "項目總投資約140億元。", "投资5亿元。" * 3000, "约" * 50],
    ["前三季度累计投资95亿元，同比上升6.1%。", "某某公司年产能60GWh。"],
])
def test_pipe_stage_by_stage_gives_what_extract_gives(texts):
    ex = Extractor()
    assert [d.to_dict() for d in ex.pipe(texts, batch_size=3)] == [ex.extract(t).to_dict() for t in texts]


@pytest.mark.parametrize("enabled", [True, False])
def test_pipe_and_extract_leave_the_garbage_collector_as_they_found_it(enabled):
    import gc

    ex = Extractor(model=False)
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        docs = list(ex.pipe(["投资5亿元", "投资6亿元", 7], on_error=lambda i, e: None))
        assert gc.isenabled() is enabled and len(docs) == 2
        # extract pauses the collector for one text, and restores it after an error too
        during = []
        ex.matchers.append(lambda text, ctx: during.append(gc.isenabled()) or [])
        assert ex.extract("投资5亿元").figures and during == [False] and gc.isenabled() is enabled
        with pytest.raises(TypeError):
            ex.extract(7)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
