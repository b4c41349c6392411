"""The statistical NER model (entities/model.py) and its training script.

All sentences here are invented for the tests; ``tests/data/ner_tiny.jsonl`` is an invented
40-sentence sample that the training script fits in a few seconds.
"""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from luoyang_nlp.entities.model import NERModel, Words, default_model, encode, split_chunks
from luoyang_nlp.resources import data_path

ROOT = Path(__file__).resolve().parent.parent
LABELS = {"PERSON", "PLACE", "ORG"}


@pytest.fixture(scope="module")
def model() -> NERModel:
    return default_model()


def check(text: str, spans) -> None:
    last = 0
    for s, e, lab, conf in spans:
        assert 0 <= last <= s < e <= len(text), (text, spans)
        assert lab in LABELS
        assert 0.0 <= conf <= 1.0
        last = e


def test_loads_from_data_path(model):
    assert data_path("models", "ner_crf.npz").is_file()
    assert set(model.types) == LABELS
    assert default_model() is model
    assert data_path("models", "ner_crf.npz").stat().st_size <= 25_000_000


def test_default_model_is_loaded_once_across_threads():
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(default_model())) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(m is seen[0] for m in seen)


@pytest.mark.parametrize("text, expected", [
    ("张伟在北京大学工作。", {("张伟", "PERSON"), ("北京大学", "ORG")}),
    ("李明昨天从上海回到了杭州。", {("李明", "PERSON"), ("上海", "PLACE"), ("杭州", "PLACE")}),
    ("王小红是中国科学院的研究员。", {("王小红", "PERSON"), ("中国科学院", "ORG")}),
    ("他出生在广州，后来搬到了武汉。", {("广州", "PLACE"), ("武汉", "PLACE")}),
])
def test_clear_cases(model, text, expected):
    got = {(text[s:e], lab) for s, e, lab, _ in model.predict(text)}
    assert expected <= got, got


@pytest.mark.parametrize("text", ["", " ", "\x00", "。。。", "\n\n", "a" * 3, "\ud800孤立", "😀张伟😀", "\x01\x02张\x7f"])
def test_odd_inputs(model, text):
    check(text, model.predict(text))


def test_huge_text_offsets(model):
    unit = "张伟在北京大学工作，李明住在上海" + "很" * 400 + "。\n"
    text = unit * 300
    spans = model.predict(text)
    check(text, spans)
    assert sum(1 for s, e, lab, _ in spans if text[s:e] == "张伟" and lab == "PERSON") == 300
    assert {text[s:e] for s, e, _, _ in spans} >= {"张伟", "北京大学"}


def test_predict_many_matches_predict(model):
    texts = ["张伟在北京大学工作。", "", "李明从上海来。" * 50]
    assert model.predict_many(texts) == [model.predict(t) for t in texts]


def test_marginal_confidence_keeps_spans():
    m = NERModel.load()
    text = "张伟在北京大学工作，李明从上海回到了杭州。"
    local = m.predict(text)
    m.confidence = "marginal"
    marginal = m.predict(text)
    assert [x[:3] for x in marginal] == [x[:3] for x in local]
    check(text, marginal)


def test_word_list_has_provenance():
    head = data_path("models", "ner_words.tsv").read_text(encoding="utf-8").splitlines()[:3]
    assert any("scripts/gen_ner_words.py" in line for line in head)


def test_chunks_cover_text():
    text = "第一句。第二句！" + "长" * 400 + "，" + "短" * 10 + "\n末"
    for max_len, clause in ((150, False), (64, True)):
        pieces = split_chunks(text, max_len, clause)
        assert "".join(text[s:e] for s, e in pieces) == text
        assert all(0 < e - s <= max_len for s, e in pieces)


def test_dictionary_codes_mark_words():
    words = Words(data_path("models", "ner_words.tsv"))
    codes = words.codes("我在北京大学")
    assert codes[0] == 0 and all(codes[2:] > 0)
    starts, keys = encode(["北京", "大学"], words)
    assert starts.tolist() == [2, 6] and keys["cp"][0] == 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from("张王李伟明北京上海大学公司市。，\n")), max_size=300))
def test_any_text_gives_valid_spans(text):
    check(text, default_model().predict(text))


def test_training_script_end_to_end(tmp_path):
    spec = importlib.util.spec_from_file_location("train_ner", ROOT / "scripts" / "train_ner.py")
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    out = tmp_path / "ner_crf.npz"
    rc = train.main(["--data", str(ROOT / "tests" / "data" / "ner_tiny.jsonl"), "--out", str(out),
                     "--words", str(data_path("models", "ner_words.tsv")), "--iterations", "30", "--holdout", "0.2"])
    assert rc == 0 and out.is_file()
    m = NERModel.load(out, data_path("models", "ner_words.tsv"))
    text = "赵敏在红星机械厂工作。"
    spans = m.predict(text)
    check(text, spans)
    assert ("赵敏", "PERSON") in {(text[s:e], lab) for s, e, lab, _ in spans}
    assert isinstance(np.load(out)["trans"], np.ndarray)


@pytest.mark.slow
def test_model_loads_from_built_wheel(tmp_path):
    """The wheel carries data/models and the model loads from it (not from the checkout)."""
    import subprocess
    import sys
    import zipfile

    build = subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path)],
                           capture_output=True, text=True, timeout=600)
    wheels = list(tmp_path.glob("*.whl"))
    if build.returncode != 0 or not wheels:
        pytest.skip(f"could not build a wheel here: {build.stderr[-300:]}")
    site = tmp_path / "site"
    zipfile.ZipFile(wheels[0]).extractall(site)
    code = ("import luoyang_nlp.entities.model as m; assert m.__file__.startswith(%r); "
            "print(m.default_model().predict('张伟在北京大学工作。'))" % str(site))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                         env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"}, cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-1000:]
    assert "PERSON" in out.stdout
