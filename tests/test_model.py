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


# --- the fast inference paths against plain references ------------------------------------

NEWS = ("新华社北京3月5日电 国务院总理李强在人民大会堂作政府工作报告，河南省洛阳市伊滨区"
        "与中国科学院签约，投资约140亿元建设新能源项目。记者王建国、张伟报道；"
        "“我们要把洛阳建设好！”他说，上海证券交易所和深圳市腾讯计算机系统有限公司也参加了会议。")


def test_hash_index_matches_a_dict():
    from luoyang_nlp.entities.model import HashIndex

    rng = np.random.default_rng(7)
    keys = np.unique(np.concatenate([rng.integers(-2**62, 2**62, 3000), np.arange(0, 600), [0, 1, -1]]))
    vals = rng.integers(0, 1000, len(keys))
    index = HashIndex(keys, vals)
    table = dict(zip(keys.tolist(), vals.tolist()))
    del table[-1]  # all ones marks an empty slot: never found
    q = np.concatenate([keys, rng.integers(-2**62, 2**62, 3000), np.arange(-50, 700)])
    got = index.get(q, -7)
    assert got.dtype == np.int32
    assert got.tolist() == [table.get(x, -7) for x in q.tolist()]
    assert index.get(np.zeros(0, dtype=np.int64)).tolist() == []
    small = HashIndex(keys, vals % 100)  # values stored as int8
    assert small.get(q, -7).tolist() == [table[x] % 100 if x in table else -7 for x in q.tolist()]


def test_emissions_match_the_per_template_sums(model):
    texts = [NEWS, "张", "😀张伟😀在𠀀北京", "\x01\x02张\x7f"]
    for text in texts:
        chunks = [text[s:e] for s, e in split_chunks(text, model.max_len, model.clause)]
        _, keys = encode(chunks, model.words)
        assert np.array_equal(model._emissions(keys), model._emissions_reference(keys))


def _viterbi_reference(em, trans, starts, lens):
    tags = np.zeros(len(em), dtype=np.int64)
    for s, n in zip(starts.tolist(), lens.tolist()):
        score, back = em[s].copy(), []
        for t in range(1, n):
            cand = score[:, None] + trans
            back.append(cand.argmax(axis=0))
            score = cand.max(axis=0) + em[s + t]
        cur = int(score.argmax())
        for t in range(n - 1, -1, -1):
            tags[s + t] = cur
            if t:
                cur = int(back[t - 1][cur])
    return tags


def test_viterbi_matches_a_per_chunk_reference(model):
    rng = np.random.default_rng(3)
    k = len(model.labels)
    for trial in range(20):
        lens = rng.integers(1, 70, rng.integers(1, 30))
        starts = 2 + np.cumsum(lens + 2) - (lens + 2)
        em = rng.normal(size=(int(starts[-1] + lens[-1] + 2), k)).astype(np.float32)
        if trial % 2:  # ties
            em = np.round(em)
        want = _viterbi_reference(em, model._trans, starts, lens)
        assert np.array_equal(model._viterbi(em, starts, lens), want)  # compiled, when built
        assert np.array_equal(model._viterbi_numpy(em, starts, lens), want)


def _plain_codes(table: dict[str, int], text: str) -> list[int]:
    """Dictionary codes by a plain scan: longer words last, ties: the later."""
    want = [0] * len(text)
    for n in range(2, Words.MAXLEN + 1):
        for s in range(len(text) - n + 1):
            c = table.get(text[s:s + n])
            if c:
                for i in range(n):
                    want[s + i] = 1 + 3 * (c - 1) + (0 if i == 0 else 2 if i == n - 1 else 1)
    return want


def test_word_codes_match_a_plain_scan():
    from luoyang_nlp.entities.model import CLASSES

    path = data_path("models", "ner_words.tsv")
    words = Words(path)
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            w, c = line.split("\t")
            if 2 <= len(w) <= Words.MAXLEN:
                table[w] = CLASSES.index(c) + 1
    for text in (NEWS, "中华人民共和国国务院办公厅", "北京", "a", ""):
        want = _plain_codes(table, text)
        assert words.codes(text).tolist() == want, text  # compiled, when built
        assert words.codes_numpy(np.array([ord(c) for c in text], dtype=np.int64)).tolist() == want, text


@settings(max_examples=40, deadline=None)
@given(st.dictionaries(st.text("甲乙丙丁", min_size=1, max_size=18), st.integers(0, 3), max_size=30),
       st.text("甲乙丙丁。", max_size=40))
def test_word_codes_of_any_word_list(tmp_path_factory, entries, text):
    """Words of every length (1 to past MAXLEN), words that are prefixes of others, an empty
    list: the index built from the list codes as the plain scan does."""
    from luoyang_nlp.entities.model import CLASSES

    path = tmp_path_factory.mktemp("words") / "words.tsv"
    path.write_text("# test list\n" + "".join(f"{w}\t{CLASSES[c]}\n" for w, c in entries.items()), encoding="utf-8")
    table = {w: c + 1 for w, c in entries.items() if 2 <= len(w) <= Words.MAXLEN}
    words = Words(path)
    want = _plain_codes(table, text)
    assert words.codes_numpy(np.array([ord(c) for c in text], dtype=np.int64)).tolist() == want


def _spans_reference(tags, p):
    out, i, n = [], 0, len(tags)
    while i < n:
        if tags[i] == 0:
            i += 1
            continue
        typ, j = (tags[i] + 1) // 2, i + 1
        while j < n and tags[j] != 0 and (tags[j] + 1) // 2 == typ and tags[j] % 2 == 0:
            j += 1
        out.append((i, j, int(typ - 1), round(float(min(p[i:j])), 4)))
        i = j
    return out


def test_spans_match_a_plain_scan():
    rng = np.random.default_rng(5)
    for _ in range(300):
        n = int(rng.integers(1, 40))
        tags = rng.integers(0, 7, n) * (rng.random(n) < 0.6)
        p = rng.random(n).astype(np.float32)
        got = NERModel._spans(tags, p)
        assert [x[:3] for x in got] == [x[:3] for x in _spans_reference(tags, p)]
        assert all(abs(a[3] - b[3]) <= 2e-4 for a, b in zip(got, _spans_reference(tags, p)))  # float32 rounding


def test_batched_and_marginal_paths_agree_on_news(model):
    texts = [NEWS, NEWS[:40], "", NEWS * 3]
    assert model.predict_many(texts) == [model.predict(t) for t in texts]
    m = NERModel.load()
    m.confidence = "marginal"
    assert [[x[:3] for x in spans] for spans in m.predict_many(texts)] == \
        [[x[:3] for x in spans] for spans in model.predict_many(texts)]
