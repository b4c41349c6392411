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


def test_ten_megabytes_runs():
    text = ("洛阳市伊滨区项目总投资约140亿元。" * 600_000)[: 10_000_000]
    doc = extract(text)
    assert len(doc.figures) >= 500_000
