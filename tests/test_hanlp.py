"""The optional HanLP back end: errors at construction, no downloads, exact offsets, fusion.

Tests that need HanLP train a tiny character NER model (seconds, CPU) on sentences written
here, save it in a temp dir and load it through ``Extractor(backend="hanlp")``. Without the
``[hanlp]`` extra they are skipped with the reason shown by ``pytest -ra``.
"""

from __future__ import annotations

import os
import pickle
import sys

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from luoyang_nlp import Extractor
from luoyang_nlp.backends.hanlp import HANLP_PRIORITY, HanLPMatcher, align_tokens, chunk_spans

try:  # the extra is optional: tests needing it are skipped, the rest always run
    import hanlp  # noqa: F401

    HAVE_HANLP = True
except ImportError:
    HAVE_HANLP = False

needs_hanlp = pytest.mark.skipif(
    not HAVE_HANLP,
    reason="HanLP extra not installed (pip install torch==2.13.0 && pip install '.[hanlp]'); .ci/run installs it",
)

# Training sentences (written for these tests) and the entities the tiny model must learn.
# Two are deliberately wrong, to show that fusion keeps our figures and lexicon entries:
# "投资5亿元" tagged as an organisation, "宁德时代" (a company) tagged as a place.
TRAIN = [
    ("欧阳明远在洛阳参观了华夏星光科技有限公司", [("欧阳明远", "NR"), ("洛阳", "NS"), ("华夏星光科技有限公司", "NT")]),
    ("司马青云代表河洛文化研究会发言", [("司马青云", "NR"), ("河洛文化研究会", "NT")]),
    ("欧阳明远宣布投资5亿元", [("欧阳明远", "NR"), ("投资5亿元", "NT")]),
    ("宁德时代在洛阳建设基地", [("宁德时代", "NS"), ("洛阳", "NS")]),
    ("今天天气很好", []),
]


def _bio(sentence, ents):
    tags = ["O"] * len(sentence)
    for word, tag in ents:
        a = sentence.index(word)
        tags[a] = "B-" + tag
        for i in range(a + 1, a + len(word)):
            tags[i] = "I-" + tag
    return tags


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    """Train and save a tiny RNN character NER model; returns its directory."""
    if not HAVE_HANLP:
        pytest.skip("HanLP extra not installed")
    import logging

    import torch
    from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer

    root = tmp_path_factory.mktemp("hanlp")
    tsv = root / "train.tsv"
    with tsv.open("w", encoding="utf-8") as f:
        for sentence, ents in TRAIN * 4:
            for ch, tag in zip(sentence, _bio(sentence, ents)):
                f.write(f"{ch}\t{tag}\n")
            f.write("\n")
    save_dir = root / "model"
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # a tiny model: threads only add contention
    torch.manual_seed(1)
    # crf=False: hanlp 2.1.5's RNN tagger passes its CRF constraints where the CRF expects
    # batch_first, so CRF decoding comes out time-major; the softmax head is unaffected.
    RNNNamedEntityRecognizer().fit(
        str(tsv), str(tsv), str(save_dir), batch_size=4, epochs=30, embed=32, rnn_hidden=64,
        drop=0.0, lr=0.02, crf=False, patience=1000, anneal_patience=1000, tagging_scheme="BIO",
        seed=1, verbose=False, logger=logging.getLogger("luoyang_nlp.tests.hanlp"),
    )
    torch.set_num_threads(threads)
    return str(save_dir)


@pytest.fixture(autouse=True)
def _hanlp_home(tmp_path, monkeypatch):
    """Never touch ~/.hanlp in tests."""
    monkeypatch.setenv("HANLP_HOME", str(tmp_path / "hanlp_home"))


def _spans(doc):
    return [(s.label, s.text) for s in doc.spans]


# -- errors at construction (no HanLP needed) ----------------------------------------------

def test_missing_model_is_a_clear_error_naming_the_parameter_and_the_extra():
    with pytest.raises(ValueError, match=r"hanlp_model=PATH.*luoyang-nlp\[hanlp\]"):
        Extractor(backend="hanlp")


def test_missing_path_is_a_clear_error_naming_the_path_and_the_extra(tmp_path):
    missing = tmp_path / "no" / "model"
    with pytest.raises(FileNotFoundError) as err:
        Extractor(backend="hanlp", hanlp_model=missing)
    assert str(missing) in str(err.value) and "luoyang-nlp[hanlp]" in str(err.value)


def test_missing_extra_is_a_clear_error_naming_the_extra_and_the_path(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "hanlp", None)  # as if HanLP were not installed
    with pytest.raises(ImportError) as err:
        Extractor(backend="hanlp", hanlp_model=tmp_path)
    assert "luoyang-nlp[hanlp]" in str(err.value) and "torch==2.13.0" in str(err.value)
    assert str(tmp_path) in str(err.value)


def test_unknown_backend_is_rejected():
    with pytest.raises(ValueError, match="unknown backend"):
        Extractor(backend="hanlp2")


# -- pure helpers: chunking and token alignment --------------------------------------------

@pytest.mark.parametrize("text, pieces", [
    ("", []),
    ("  \n ", []),
    ("甲乙。丙丁", ["甲乙。", "丙丁"]),
    ("甲 乙\n\n丙", ["甲", "乙", "丙"]),
    ("甲乙！？丙", ["甲乙！", "？", "丙"]),
])
def test_chunks_follow_sentences_and_never_hold_whitespace(text, pieces):
    assert [text[s:e] for s, e in chunk_spans(text)] == pieces


@given(st.text(alphabet="甲乙丙，。 \n、ab1", max_size=300), st.integers(8, 40))
def test_chunks_cover_every_non_space_character_once(text, max_chars):
    spans = chunk_spans(text, max_chars)
    covered = [i for s, e in spans for i in range(s, e)]
    assert covered == sorted(set(covered))
    assert covered == [i for i, ch in enumerate(text) if not ch.isspace()]
    assert all(e - s <= max_chars for s, e in spans)


@pytest.mark.parametrize("text, tokens, expected", [
    ("洛阳市 伊滨区", ["洛阳市", "伊滨区"], [(0, 3), (4, 7)]),
    ("河南洛阳", ["河南", "X", "洛阳"], [(0, 2), None, (2, 4)]),  # unknown token: skipped
    ("河南洛阳", ["洛阳", "河南"], [None, (0, 2)]),  # a token may not jump over text
    ("河南", ["", "河南"], [None, (0, 2)]),
])
def test_align_tokens(text, tokens, expected):
    assert align_tokens(text, tokens) == expected


class FakeMultiTask:
    """Stands in for a HanLP multi-task model: tokenises itself (greedy over a word list),
    returns token-indexed OntoNotes entities, and normalises one token (so it cannot be
    aligned back onto the text and its entity must be dropped)."""

    tasks = {"tok/fine": None, "ner/ontonotes": None}
    words = {"欧阳明远": "PERSON", "洛阳市": "GPE", "宁德时代": "ORG", "2024年": "DATE", "河洛集团": "ORG"}

    def __call__(self, sentences, tasks=None):
        toks, ners = [], []
        for sent in sentences:
            t, e, i = [], [], 0
            while i < len(sent):
                w = next((w for w in self.words if sent.startswith(w, i)), sent[i])
                if self.words.get(w):
                    e.append((w, self.words[w], len(t), len(t) + 1))
                t.append("河洛集团!" if w == "河洛集团" else w)
                i += len(w)
            toks.append(t)
            ners.append(e)
        return {"tok/fine": toks, "ner/ontonotes": ners}


def test_multi_task_tokens_are_aligned_back_to_characters():
    m = HanLPMatcher.from_component(FakeMultiTask(), threads=None)
    text = "2024年，欧阳明远到洛阳市。\n 宁德时代与河洛集团签约"
    got = [(c.label, text[c.start:c.end]) for c in m(text, None)]
    assert got == [("PERSON", "欧阳明远"), ("PLACE", "洛阳市"), ("ORG", "宁德时代")]
    with pytest.raises(TypeError, match="from_component"):
        pickle.dumps(m)


def test_a_component_that_does_no_ner_is_rejected():
    class Tokenizer:
        tasks = {"tok/fine": None}

    with pytest.raises(ValueError, match="without an NER task"):
        HanLPMatcher.from_component(Tokenizer())


# -- with a trained model ------------------------------------------------------------------

@needs_hanlp
def test_hanlp_alone_proposes_mapped_labels_with_exact_offsets(tiny_model):
    ex = Extractor(backend="hanlp", hanlp_model=tiny_model, entities=False, figures=False)
    text = "欧阳明远在洛阳参观了华夏星光科技有限公司。司马青云代表河洛文化研究会发言"
    doc = ex.extract(text)
    assert _spans(doc) == [("PERSON", "欧阳明远"), ("PLACE", "洛阳"), ("COMPANY", "华夏星光科技有限公司"),
                           ("PERSON", "司马青云"), ("ORG", "河洛文化研究会")]
    assert all(text[s.start:s.end] == s.text for s in doc.spans)


@needs_hanlp
def test_offsets_are_exact_through_traditional_pinyin_and_whitespace(tiny_model):
    ex = Extractor(backend="hanlp", hanlp_model=tiny_model, entities=False, figures=False)
    text = "  歐陽明(míng)遠在洛陽參觀了華夏星光科技有限公司\n\n 司馬青雲代表河洛文化研究會發言"
    doc = ex.extract(text)
    assert _spans(doc) == [("PERSON", "歐陽明(míng)遠"), ("PLACE", "洛陽"), ("COMPANY", "華夏星光科技有限公司"),
                           ("PERSON", "司馬青雲"), ("ORG", "河洛文化研究會")]
    assert all(text[s.start:s.end] == s.text for s in doc.spans)


@needs_hanlp
def test_figures_are_always_ours(tiny_model):
    # The model tags "投资5亿元" as an organisation; the figure rule wins the overlap.
    ex = Extractor(backend="hanlp", hanlp_model=tiny_model, entities=False)
    doc = ex.extract("欧阳明远宣布投资５亿元")
    assert _spans(doc) == [("PERSON", "欧阳明远"), ("MONEY", "５亿元")]
    assert doc.figures[0].value == 5 * 10**8


@needs_hanlp
def test_raw_tags_outside_the_tables_are_dropped_and_priority_is_low(tiny_model):
    m = HanLPMatcher(tiny_model)
    cands = m("欧阳明远宣布投资5亿元")
    assert {(c.label, c.source) for c in cands} == {("PERSON", "hanlp:NR"), ("ORG", "hanlp:NT")}
    assert all(c.priority == HANLP_PRIORITY < 0 for c in cands)


@needs_hanlp
def test_inference_threads_are_set_for_the_call_and_restored(tiny_model):
    import torch

    before = torch.get_num_threads()
    seen = []

    class Spy:  # wraps the real component to see torch's thread count during prediction
        def __init__(self, inner):
            self.inner = inner

        def __call__(self, batch):
            seen.append(torch.get_num_threads())
            return self.inner(batch)

    Spy.__name__ = "SpyNER"
    m = HanLPMatcher.from_component(Spy(HanLPMatcher(tiny_model).component), threads=1)
    assert [c.label for c in m("司马青云发言", None)] == ["PERSON"]
    assert seen == [1] and torch.get_num_threads() == before


FUSION_TEXTS = [
    "欧阳明远在洛阳参观了华夏星光科技有限公司",
    "宁德时代在洛阳建设基地",
    "欧阳明远宣布投资5亿元，司马青云代表河洛文化研究会发言。",
    "洛阳市委书记欧阳明远到宁德时代洛阳基地调研，项目总投资约140亿元。",
    "今天天气很好",
]


@needs_hanlp
@pytest.mark.parametrize("text", FUSION_TEXTS)
def test_fusion_keeps_all_of_ours_and_adds_hanlp_only_in_gaps(tiny_model, text):
    """Fused output == our default output + HanLP spans that overlap none of ours."""
    ours = Extractor().extract(text).spans
    hanlp_only = Extractor(backend="hanlp", hanlp_model=tiny_model, entities=False, figures=False).extract(text).spans
    fused = Extractor(backend="hanlp", hanlp_model=tiny_model).extract(text).spans
    gaps = [h for h in hanlp_only if not any(h.start < o.end and o.start < h.end for o in ours)]
    assert sorted(fused, key=lambda s: s.start) == sorted(list(ours) + gaps, key=lambda s: s.start)


@needs_hanlp
def test_lexicon_entry_beats_hanlp_label(tiny_model):
    # The model calls 宁德时代 a PLACE; a lexicon entry says COMPANY, and the lexicon wins.
    ex = Extractor(backend="hanlp", hanlp_model=tiny_model)
    try:
        ex.add_entries([("宁德时代", "COMPANY")])
    except NotImplementedError:
        pytest.skip("EntityMatcher.add_entries is not implemented yet")
    doc = ex.extract("宁德时代在洛阳建设基地")
    assert ("COMPANY", "宁德时代") in _spans(doc)
    assert ("PLACE", "宁德时代") not in _spans(doc)


@needs_hanlp
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet="欧阳明远洛陽華夏公司(míng)５亿元 \n，。\u200b\x00", max_size=80))
def test_offsets_hold_on_any_input(tiny_model, text):
    ex = _fused(tiny_model)
    doc = ex.extract(text)
    for s in doc.spans:
        assert text[s.start:s.end] == s.text and s.text.strip() == s.text


_FUSED: dict = {}


def _fused(path):
    if path not in _FUSED:
        _FUSED[path] = Extractor(backend="hanlp", hanlp_model=path)
    return _FUSED[path]


@needs_hanlp
def test_pickles_without_the_model_and_reloads_in_workers(tiny_model):
    ex = _fused(tiny_model)
    texts = [FUSION_TEXTS[i % len(FUSION_TEXTS)] for i in range(12)]
    expected = list(ex.pipe(texts))
    clone = pickle.loads(pickle.dumps(ex))
    matcher = clone.matchers[-1]
    assert isinstance(matcher, HanLPMatcher) and matcher._component is None
    assert len(pickle.dumps(ex)) < 200_000  # the model itself never travels
    assert list(clone.pipe(texts)) == expected
    assert list(ex.pipe(texts, n_process=2, batch_size=3)) == expected


# -- downloads: never without consent; HANLP_HOME respected ---------------------------------

@needs_hanlp
def test_pretrained_identifier_is_not_downloaded_without_consent(tmp_path, monkeypatch):
    home = tmp_path / "hanlp_home"
    monkeypatch.setenv("HANLP_HOME", str(home))
    with pytest.raises(FileNotFoundError, match="allow_download=True") as err:
        Extractor(backend="hanlp", hanlp_model="MSRA_NER_ELECTRA_SMALL_ZH")
    assert str(home) in str(err.value)
    assert not home.exists()  # nothing created, nothing fetched


@needs_hanlp
def test_pretrained_identifier_already_under_hanlp_home_loads_offline(tiny_model, tmp_path, monkeypatch):
    import shutil

    import hanlp.pretrained
    from hanlp.utils import io_util

    home = tmp_path / "models"
    monkeypatch.setenv("HANLP_HOME", str(home))
    url = hanlp.pretrained.ALL["MSRA_NER_ELECTRA_SMALL_ZH"]
    local, _ = io_util.split_if_compressed(io_util.path_from_url(url, str(home)))
    shutil.copytree(tiny_model, local)  # stands in for an earlier download
    m = HanLPMatcher("MSRA_NER_ELECTRA_SMALL_ZH")
    assert m.path == local
    assert [(c.label, c.start, c.end) for c in m("司马青云发言")][:1] == [("PERSON", 0, 4)]


@needs_hanlp
def test_loading_without_consent_cannot_download(tmp_path):
    # While a model loads without allow_download, HanLP's downloader refuses and the
    # Hugging Face hub is offline; both are restored afterwards.
    import huggingface_hub.constants as hf
    from hanlp.utils import io_util

    from luoyang_nlp.backends.hanlp import _offline

    download, hf_offline = io_util.download, hf.HF_HUB_OFFLINE
    with _offline(False):
        with pytest.raises(RuntimeError, match="allow_download=True"):
            io_util.get_resource("https://example.invalid/hanlp/model.zip", save_dir=str(tmp_path))
        assert hf.HF_HUB_OFFLINE is True and os.environ["HF_HUB_OFFLINE"] == "1"
    assert io_util.download is download and hf.HF_HUB_OFFLINE == hf_offline
    assert not list(tmp_path.rglob("*.zip"))


@needs_hanlp
def test_a_model_that_is_not_ner_is_rejected(tmp_path):
    with pytest.raises(ValueError, match=str(tmp_path)):
        HanLPMatcher(tmp_path)  # an empty directory is no HanLP model
