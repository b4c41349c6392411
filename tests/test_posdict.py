"""``posdict.PosDict``: jieba's dictionary in arrays cuts and tags exactly as jieba.posseg."""

from __future__ import annotations

import io

import jieba
import numpy as np
import jieba.posseg as posseg
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from luoyang_nlp.chunks import share_refs
from luoyang_nlp.posdict import _PRESENCE_MASK, PosDict, _key, _keys, _presence_bits
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


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=8), max_size=5))
def test_one_strings_key_is_its_key_in_a_batch(strings):
    assert [_key(s) for s in strings] == _keys(strings).tolist()


def test_strings_with_the_same_bytes_have_different_keys():
    # "ch" is stored as bytes 63 68, "档" (U+6863) as 63 68 too: Python hashes them alike
    assert hash("ch") == hash("档")
    ch, dang = _keys(["ch", "档"]).tolist()
    assert ch != dang
    assert _keys(["档", "ch"]).tolist() == [dang, ch]  # a string's key does not depend on its batch


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


def test_shared_references_are_one_object_per_equal_reference():
    facts = [{"figure": {"start": 6, "end": 7}, "date": {"start": 5, "end": 6}, "metric": "产值"},
             {"figure": {"start": 8, "end": 9}, "date": {"start": 5, "end": 6}, "metric": "产" + "值", "subject": None},
             {"person": {"start": 5, "end": 6}, "position": {"start": 1, "end": 3}}]
    expected = [{k: (dict(v) if isinstance(v, dict) else v) for k, v in f.items()} for f in facts]
    out = share_refs(facts, {})
    assert out == expected  # the same data
    assert out[0]["date"] is out[1]["date"] is out[2]["person"] and out[0]["metric"] is out[1]["metric"]
    assert out[0]["figure"] is not out[1]["figure"]


def test_a_long_text_has_the_facts_of_its_pieces_at_their_positions():
    from luoyang_nlp import Extractor

    ex = Extractor()
    piece = "2023年，甲县完成投资5亿元，同比增长3%。乙公司年产能10万吨。\n"
    ex.chunk_chars = 2 * len(piece)
    one = ex.extract(piece)
    whole = ex.extract(piece * 7)
    assert len(whole.facts) == 7 * len(one.facts) > 0
    for i, f in enumerate(whole.facts):
        shift = (i // len(one.facts)) * len(piece)
        g = one.facts[i % len(one.facts)]
        assert f == {k: ({"start": v["start"] + shift, "end": v["end"] + shift} if isinstance(v, dict) else v)
                     for k, v in g.items()}


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


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET + "签署协议书", max_size=6) | st.sampled_from(["签署", "宁德时代", "档", "洛阳", "投资"]))
def test_get_of_one_word_equals_its_batch_lookup(word):
    pd = _SEG.pos_dict  # merged: ``get`` looks the word up alone, past the presence bits
    assert not pd._extra
    assert pd.get(word, -7) == pd._get_many([word], -7)[0]


def test_presence_bits_are_set_for_every_key():
    keys = _SEG.pos_dict._table[0]
    bits = np.unpackbits(np.frombuffer(_presence_bits(keys), dtype=np.uint8), bitorder="little")
    assert bits[(keys & np.uint64(_PRESENCE_MASK)).astype(np.intp)].all()


@pytest.mark.parametrize("text,words", [
    ("光伏并网户数", ["光伏", "并网", "户数"]),   # 并网: domain_words.tsv, not in jieba's dictionary
    ("规上企业营收", ["规上", "企业", "营收"]),
])
def test_domain_words_are_whole(text, words):
    seg = Segmenter()
    assert [w for w, _ in seg.pos_cut(text)] == words
    assert seg.cut(text) == words
