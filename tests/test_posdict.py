"""``posdict.PosDict``: jieba's dictionary in arrays cuts and tags exactly as jieba.posseg."""

from __future__ import annotations

import io

import jieba
import jieba.posseg as posseg
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from luoyang_nlp.chunks import shift_refs
from luoyang_nlp.posdict import PosDict, _key, _keys
from luoyang_nlp.segment import Segmenter

ADDED = [("伊滨区", None, "ns"), ("宁德时代", None, "nt"), ("洛钼", 5, None), ("AB12", None, "eng"),
         ("中州时代新能源", None, None), ("滨区", 0, "ns")]


@pytest.fixture(scope="module")
def pair():
    """A PosDict and a jieba tokenizer with the same words added, in the same order."""
    tok = jieba.Tokenizer()
    tok.initialize()
    pd = PosDict(tok.get_dict_file())
    tags = posseg.POSTokenizer(tok)
    for w, f, t in ADDED:
        tok.add_word(w, f, t)
        pd.add_word(w, f, t)
        if t:
            tags.word_tag_tab[w] = t
    return pd, tok, tags


ALPHABET = "洛阳市伊滨区宁德时代新能源中州钼业档案总投资亿元年产能增长的了在和与及滨区" + "abcchAB12 .%-#&+_\r\n，。、（）"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_pos_cut_equals_jieba_posseg(pair, text):
    pd, _, tags = pair
    assert list(pd.pos_cut(text)) == [(p.word, p.flag) for p in tags.cut(text, HMM=False)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_cut_without_hmm_equals_jiebas(pair, text):
    pd, tok, _ = pair
    assert list(pd._cut_no_hmm(text)) == list(tok.cut(text, HMM=False))


@pytest.mark.parametrize("word", [w for w, _, _ in ADDED] + ["洛阳", "洛", "档", "ch", "c", "AB", "不在词典里的词"])
def test_frequencies_and_total_equal_jiebas(pair, word):
    pd, tok, _ = pair
    assert pd.get(word) == tok.FREQ.get(word)
    assert pd.total == tok.total


def test_strings_with_the_same_bytes_have_different_keys():
    # "ch" is stored as bytes 63 68, "档" (U+6863) as 63 68 too: Python hashes them alike
    assert hash("ch") == hash("档")
    assert _key("ch") != _key("档")
    assert _keys(["ch", "档"]).tolist() == [_key("ch"), _key("档")]


def _dictionary(text: str) -> io.BytesIO:
    return io.BytesIO(text.encode("utf-8"))


@pytest.mark.parametrize("lines, word, freq, tag", [
    ("洛阳 10 ns\n洛阳市 5 ns\n", "洛阳市", 5, "ns"),
    ("洛阳 10 ns\n洛阳市 5\n", "洛阳市", 5, "x"),           # a line without a tag
    ("洛阳 10 ns\n洛阳 7 n\n", "洛阳", 7, "n"),             # a repeated word: its last line
    ("洛阳市 5 ns\n\n", "洛", 0, "x"),                    # a first character: frequency 0, no tag
    ("洛阳市 5 ns\n", "洛阳", None, "x"),                   # longer prefixes are not kept: no cut asks
    ("AB12 5 eng\n", "AB", 0, "x"),                         # ... except runs of ASCII

])
def test_dictionary_lines(lines, word, freq, tag):
    pd = PosDict(_dictionary(lines))
    assert (pd.get(word), pd.tag(word)) == (freq, tag)


def test_a_bad_dictionary_line_is_named():
    with pytest.raises(ValueError, match="洛阳 ten"):
        PosDict(_dictionary("洛阳市 5 ns\n洛阳 ten\n"))


def test_segmenter_words_added_before_and_after_loading_agree_with_jieba():
    seg = Segmenter()
    seg.add_word("伊滨区", None, "ns")
    before = seg.pos_cut("伊滨区宁德时代新能源")  # loads the dictionary
    seg.add_word("宁德时代", None, "nt")
    tags = posseg.POSTokenizer(seg.tokenizer)  # jieba's tokenizer, loaded with both words
    for w, _, t in seg._words:
        if t:
            tags.word_tag_tab[w] = t
    text = "伊滨区宁德时代新能源"
    assert seg.pos_cut(text) == [(p.word, p.flag) for p in tags.cut(text, HMM=False)]
    assert ("宁德时代", "nt") in seg.pos_cut(text) and ("宁德时代", "nt") not in before


@pytest.mark.parametrize("fact, offset, expected", [
    ({"figure": {"start": 1, "end": 3}, "metric": "总投资"}, 10, {"figure": {"start": 11, "end": 13}, "metric": "总投资"}),
    ({"people": [{"start": 0, "end": 2}, {"start": 3, "end": 5}]}, 5,
     {"people": [{"start": 5, "end": 7}, {"start": 8, "end": 10}]}),
    ({"subject": None, "date": {"start": 0, "end": 4}}, 0, {"subject": None, "date": {"start": 0, "end": 4}}),
])
def test_shift_refs(fact, offset, expected):
    assert shift_refs(fact, offset) == expected
    assert shift_refs(fact, offset, {}) == expected


def test_shared_shift_gives_one_object_per_equal_reference():
    shared: dict = {}
    a = shift_refs({"figure": {"start": 1, "end": 2}, "date": {"start": 0, "end": 1}, "metric": "产值"}, 5, shared)
    b = shift_refs({"figure": {"start": 3, "end": 4}, "date": {"start": 0, "end": 1}, "metric": "产值"}, 5, shared)
    assert a["date"] is b["date"] and a["metric"] is b["metric"]
    assert a["figure"] is not b["figure"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET + "签署又增加到", min_size=1, max_size=8))
def test_one_word_tag_is_the_tag_of_a_one_word_cut(text):
    from luoyang_nlp.candidate import Context
    from luoyang_nlp.facts.tables import clear_pos_cache, one_word_tag, pos_cut

    ctx = Context(extras={"segmenter": _SEG})
    clear_pos_cache()
    first = one_word_tag(text, ctx)  # nothing remembered: may answer without cutting
    cut = pos_cut(text, ctx)
    assert first == (cut[0][1] if len(cut) == 1 else None)
    assert one_word_tag(text, ctx) == first  # and from the remembered cut


_SEG = Segmenter()
_SEG.add_word("宁德时代", None, "nt")


@pytest.mark.parametrize("text, is_word", [("签署", True), ("宁德时代", True), ("签署协议书吧", False), ("档", True),
                                           ("ch", False), ("", False)])
def test_is_word(text, is_word):
    assert _SEG.is_word(text) is is_word
