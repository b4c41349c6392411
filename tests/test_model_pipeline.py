"""The statistical model through the public API and the CLI: names no lexicon or cue knows
are found with the model and not without it; offsets stay exact; the switch works."""

import json
import pickle
import subprocess
import sys

import pytest

import luoyang_nlp

# (invented text, a name only the model knows, its label)
OPEN_WORLD = [
    ("克林顿总统和希拉克举行会谈。", "希拉克", "PERSON"),
    ("张伟和李娜来到北京。", "李娜", "PERSON"),
    ("邓小平同志在深圳视察。", "邓小平", "PERSON"),
    ("部长会议在维也纳举行。", "维也纳", "PLACE"),
]


@pytest.fixture(scope="module")
def with_model():
    return luoyang_nlp.Extractor()


@pytest.fixture(scope="module")
def rules_only():
    return luoyang_nlp.Extractor(model=False)


def _ents(doc):
    return [(s.text, s.label) for s in doc.spans if s.label in luoyang_nlp.labels.ENTITY_LABELS]


@pytest.mark.parametrize("text,name,label", OPEN_WORLD)
def test_model_finds_what_rules_miss(with_model, rules_only, text, name, label):
    assert (name, label) in _ents(with_model.extract(text))
    assert (name, label) not in _ents(rules_only.extract(text))


def test_rule_conventions_survive_the_model(with_model):
    # a title's place is split off, the person after it kept whole
    ents = _ents(with_model.extract("星河市委书记王小明到伊滨区调研。"))
    assert ("市委书记", "POSITION") in ents and ("王小明", "PERSON") in ents


def test_offsets_exact_on_traditional_text_with_annotations(with_model):
    text = "美國總統克林頓和法國總統希拉克會(huì)晤。"
    doc = with_model.extract(text)
    assert any(s.label == "PERSON" for s in doc.spans)
    for s in doc.spans:
        assert text[s.start:s.end] == s.text


def test_model_argument_is_checked():
    with pytest.raises(TypeError):
        luoyang_nlp.Extractor(model=3.5)


def test_custom_model_object():
    class Fixed:
        def predict(self, text):
            i = text.find("星河")
            return [(i, i + 2, "PLACE", 0.99)] if i >= 0 else []

    ex = luoyang_nlp.Extractor(model=Fixed())
    assert ("星河", "PLACE") in _ents(ex.extract("来到星河"))
    assert _ents(ex.extract("来到月亮")) == []


def test_pickled_extractor_keeps_the_model(with_model):
    text = "克林顿总统和希拉克举行会谈。"
    again = pickle.loads(pickle.dumps(with_model))
    assert again.extract(text).to_dict() == with_model.extract(text).to_dict()


def test_cli_no_model_switch(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("克林顿总统和希拉克举行会谈。", encoding="utf-8")
    run = lambda *a: subprocess.run([sys.executable, "-m", "luoyang_nlp", "extract", str(f), *a],  # noqa: E731
                                    capture_output=True, text=True, check=True).stdout
    names = lambda out: {s["text"] for s in json.loads(out)["spans"] if s["label"] == "PERSON"}  # noqa: E731
    assert "希拉克" in names(run())
    assert "希拉克" not in names(run("--no-model"))


def test_pipe_batches_the_model_with_the_same_output(with_model):
    texts = ["克林顿总统和希拉克举行会谈。", "", "张伟和李娜来到北京。", {"text": "邓小平同志在深圳视察。", "id": "x"},
             "部长会议在维也纳举行。"] * 3
    one = [with_model._extract_item(t).to_dict() for t in texts]
    assert [d.to_dict() for d in with_model.pipe(texts, batch_size=4)] == one


def test_pipe_raises_at_a_bad_item_after_the_documents_before_it(with_model):
    out = []
    with pytest.raises(TypeError):
        for d in with_model.pipe(["张伟来到北京。", "李娜来到上海。", 42, "王小明来了。"], batch_size=8):
            out.append(d.text)
    assert out == ["张伟来到北京。", "李娜来到上海。"]
