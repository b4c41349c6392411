"""The compiled kernels of the NER model (luoyang_nlp._native) against their numpy twins.

Each kernel must give exactly the numpy result (same float32 sums, same ties), so the model's
output does not depend on whether a C compiler was there at install time.
"""

from __future__ import annotations

import copy
import json
import os
import pickle
import shutil
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from luoyang_nlp import _native
from luoyang_nlp.entities.model import NERModel, Words, default_model, encode, split_chunks

needs_kernels = pytest.mark.skipif(not _native.available(), reason="compiled kernels not built in this install")
FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def model() -> NERModel:
    return default_model()


@pytest.mark.skipif(shutil.which(os.environ.get("CC") or "cc") is None or os.environ.get("LUOYANG_NLP_PURE"),
                    reason="no C compiler here: the package runs its numpy code")
def test_kernels_are_built_where_a_compiler_exists():
    assert _native.available(), "the build hook should have compiled luoyang_nlp/_native/kernels.c"


def _chunks(draw_lens: list[int]) -> tuple[np.ndarray, np.ndarray, int]:
    lens = np.array(draw_lens, dtype=np.int64)
    starts = 2 + np.cumsum(lens + 2) - (lens + 2)
    return starts, lens, int(starts[-1] + lens[-1] + 2)


@needs_kernels
@FAST
@given(lens=st.lists(st.integers(1, 90), min_size=1, max_size=12), seed=st.integers(0, 2**32 - 1),
       ties=st.booleans())
def test_viterbi_kernel_equals_numpy(model, lens, seed, ties):
    rng = np.random.default_rng(seed)
    starts, lens, n = _chunks(lens)
    em = rng.normal(scale=3, size=(n, len(model.labels))).astype(np.float32)
    if ties:  # whole numbers: many equal path scores, broken towards the lowest tag
        em = np.round(em)
    assert np.array_equal(_native.viterbi(em, starts, lens, model._trans), model._viterbi_numpy(em, starts, lens))


@needs_kernels
@pytest.mark.parametrize("starts, lens, error", [
    ([0], [11], IndexError),   # past the last row
    ([-1], [2], IndexError),   # before the first row
])
def test_viterbi_kernel_rejects_chunks_outside_the_rows(model, starts, lens, error):
    em = np.zeros((10, len(model.labels)), dtype=np.float32)
    with pytest.raises(error):
        _native.viterbi(em, np.array(starts), np.array(lens), model._trans)


@needs_kernels
def test_viterbi_kernel_rejects_a_transition_table_of_another_size(model):
    with pytest.raises(ValueError):
        _native.viterbi(np.zeros((4, 3), np.float32), np.array([0]), np.array([4]), model._trans)


@needs_kernels
@pytest.mark.parametrize("n", [0, 1, 2])
def test_viterbi_kernel_on_tiny_inputs(model, n):
    em = np.ones((n, len(model.labels)), dtype=np.float32)
    starts, lens = np.array([0] if n else [], dtype=np.int64), np.array([n] if n else [], dtype=np.int64)
    assert np.array_equal(_native.viterbi(em, starts, lens, model._trans), model._viterbi_numpy(em, starts, lens))


@needs_kernels
@FAST
@given(st.lists(st.sampled_from(["中华人民共和国", "国务院", "办公厅", "北京", "北京市", "张伟", "有限公司", "科技",
                                 "的", "在", "年", "a", "1", "😀", "\x00", "𠀀", "，", "集团", "股份"]), max_size=40))
def test_word_codes_kernel_equals_numpy(pieces):
    words = default_model().words
    cp = np.frombuffer("".join(pieces).encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
    assert np.array_equal(words.codes_cp(cp), words.codes_numpy(cp))


@needs_kernels
@FAST
@given(nf=st.integers(1, 20), n=st.integers(0, 200), seed=st.integers(0, 2**32 - 1))
def test_gather_sum_kernel_equals_numpy(nf, n, seed):
    rng = np.random.default_rng(seed)
    table = rng.normal(size=(50, 7)).astype(np.float32)
    idx = rng.integers(0, 50, size=(nf, n))
    assert np.array_equal(_native.gather_sum(table, idx), np.add.reduce(table.take(idx, axis=0), axis=0))


@needs_kernels
def test_gather_sum_kernel_rejects_rows_outside_the_table():
    with pytest.raises(IndexError):
        _native.gather_sum(np.zeros((3, 7), np.float32), np.array([[0, 3]]))


@needs_kernels
def test_emissions_with_and_without_kernels_agree(model, monkeypatch):
    text = "张伟在北京市海淀区会见了华东电力设计院的李明，双方就合作签署协议。" * 3
    chunks = [text[s:e] for s, e in split_chunks(text, model.max_len, model.clause)]
    _, keys = encode(chunks, model.words, model._need)
    fast = model._emissions(keys)
    monkeypatch.setattr(_native, "available", lambda: False)
    assert np.array_equal(fast, model._emissions(keys))


def _numpy_spans(model, texts):
    built = _native.available
    _native.available = lambda: False
    try:
        return model.predict_many(texts)
    finally:
        _native.available = built


@needs_kernels
@FAST
@given(st.lists(st.lists(st.sampled_from(list("张伟在北京市海淀区会见华东电力设计院李明，。、；！?\n 1a")
                                        + ["😀", "\x00", "𠀀", "中华人民共和国", "有限公司", "洛阳", "河南省"]),
                         max_size=120).map("".join), max_size=5))
def test_one_call_pass_equals_numpy(model, texts):
    """predict_many by the one compiled call (tag_chunks) gives the spans of the numpy path:
    astral characters, NUL, long runs without a stop (cut pieces), several texts, empty ones."""
    assert model.predict_many(texts) == _numpy_spans(model, texts)
    assert [model.predict(t) for t in texts] == _numpy_spans(model, texts)


@needs_kernels
def test_one_call_pass_equals_numpy_on_news_like_text(model):
    text = ("洛阳市副市长王建国在宜阳县调研，听取了中铝洛阳铜加工有限公司的汇报。伊滨区投资5.2亿元建设智能装备产业园，"
            "预计年产值15亿元。张伟、李明和河南科技大学的刘芳一同前往。") * 40
    texts = [text, text[:150], "", "北京", text[7:3000]]
    assert model.predict_many(texts) == _numpy_spans(model, texts)
    long = [text * 60, "北京", text * 5]  # over 200k positions: tagged in several calls
    assert model.predict_many(long) == _numpy_spans(model, long)


@needs_kernels
def test_one_call_pass_rejects_chunks_outside_the_text(model):
    block = model._kernel_block()
    src = "北京市".encode("utf-32-le")
    with pytest.raises(IndexError):
        _native.tag_chunks(block, src, 1, np.array([3]))
    with pytest.raises(IndexError):
        _native.tag_chunks(block, src, 0, np.array([2, 0]))
    with pytest.raises(IndexError):
        _native.piece_lengths(block, src, [4])


@needs_kernels
def test_tag_text_equals_the_two_calls_as_its_buffers_grow(model):
    """tag_text (one text, buffers reused per thread) gives what piece_lengths and tag_chunks
    give, for texts shorter and longer than the last one (its buffers grown in between)."""
    block = model._kernel_block()
    unit = "洛阳市副市长王建国在宜阳县调研，听取了中铝洛阳铜加工有限公司的汇报。张伟、李明一同前往\n"
    for text in ["北", unit, unit * 30, "张伟。", unit * 200, "。。", unit[:40] * 3]:
        text = text[:_native.TEXT_MAX]
        src = text.encode("utf-32-le")
        lens = _native.piece_lengths(block, src, [len(text)])
        want_out, want_loc, want_tagged, want_spans = _native.tag_chunks(block, src, 0, lens)
        n, out, loc, tagged, spans = _native.tag_text(block, src, len(text))
        assert (n, tagged, spans) == (len(want_out) // 5, want_tagged, want_spans)
        for a, b in ((0, tagged), (n, n + spans), (2 * n, 2 * n + 3 * spans)):  # the parts written
            assert np.array_equal(out[a:b], want_out[a:b])
        assert np.array_equal(loc[:tagged * block.k], want_loc[:tagged * block.k])


@needs_kernels
def test_tag_text_rejects_what_it_does_not_take(model):
    block = model._kernel_block()
    for text, length in (("", 0), ("北京", 3), ("北" * (_native.TEXT_MAX + 1), _native.TEXT_MAX + 1)):
        with pytest.raises(IndexError):
            _native.tag_text(block, text.encode("utf-32-le"), length)


@needs_kernels
def test_predict_of_one_text_in_threads_and_past_the_buffered_length(model):
    """predict's one-text pass (buffers per thread) gives predict_many's spans, in threads at
    once and for a text longer than tag_text takes."""
    from concurrent.futures import ThreadPoolExecutor

    unit = "洛阳市副市长王建国在宜阳县调研，听取了中铝洛阳铜加工有限公司的汇报。张伟、李明和河南科技大学的刘芳一同前往。"
    texts = [unit[:k] * (1 + k % 7) for k in range(1, len(unit), 3)] * 4
    want = model.predict_many(texts)
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(model.predict, texts)) == want
    long = unit * (_native.TEXT_MAX // len(unit) + 2)
    assert model.predict(long) == model.predict_many([long])[0] == _numpy_spans(model, [long])[0]


@needs_kernels
def test_a_pickled_model_builds_its_kernel_block_again(model):
    model.predict("北京市")
    assert model.__dict__.get("_block") is not None
    with pytest.raises(TypeError):
        pickle.dumps(model._block)
    copy_ = pickle.loads(pickle.dumps(model))
    assert "_block" not in copy_.__dict__
    assert copy_.predict("张伟在北京市海淀区会见了李明。") == model.predict("张伟在北京市海淀区会见了李明。")


def _variant(model, max_len, clause):
    m = copy.copy(model)
    m.max_len, m.clause = max_len, clause
    m.__dict__.pop("_block", None)
    return m


@needs_kernels
@FAST
@given(st.lists(st.text(alphabet=st.sampled_from(list("北京，。！\n ；、”）a:\u3000\x1c\t😀")), max_size=300), max_size=4),
       st.sampled_from([(20, True), (20, False), (7, True), (64, True), (150, False)]))
def test_compiled_pieces_are_the_chunks(model, texts, setting):
    """The compiled chunker cuts texts where split_chunks does (stops, closing marks, long
    pieces cut at a soft break or white space)."""
    m = _variant(model, *setting)
    block = m._kernel_block()
    src = "".join(texts).encode("utf-32-le", "surrogatepass")
    want = [e - s for t in texts for s, e in split_chunks(t, m.max_len, m.clause)]
    assert _native.piece_lengths(block, src, [len(t) for t in texts]).tolist() == want


def test_every_white_space_is_in_the_basic_plane_before_u3001():
    """The compiled chunker's soft breaks hold str.isspace characters up to U+3000 only."""
    assert not any(chr(c).isspace() for c in range(0x3001, 0x110000))


def test_pure_mode_gives_the_same_document():
    """LUOYANG_NLP_PURE=1 turns the kernels off; extract() must not change."""
    texts = ["洛阳市副市长王建国在宜阳县调研，听取了中铝洛阳铜加工有限公司的汇报。",
             "伊滨区投资5.2亿元建设智能装备产业园，预计年产值15亿元。"]
    code = ("import json,sys,luoyang_nlp; from luoyang_nlp import _native; "
            "print(json.dumps([_native.available()] + [luoyang_nlp.extract(t).to_dict() for t in json.loads(sys.argv[1])],"
            " ensure_ascii=False, sort_keys=True))")
    runs = []
    for pure in ("1", ""):
        env = {**os.environ, "LUOYANG_NLP_PURE": pure}
        out = subprocess.run([sys.executable, "-c", code, json.dumps(texts)], capture_output=True, text=True,
                             env=env, timeout=120, check=True).stdout
        runs.append(json.loads(out))
    assert runs[0][0] is False
    assert runs[1][0] is _native.available()
    assert runs[0][1:] == runs[1][1:]
    assert {s["label"] for s in runs[0][1]["spans"]} >= {"PERSON", "PLACE", "COMPANY"}
