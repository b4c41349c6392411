"""The normaliser: converted text and an exact map back to the original."""

import pytest
from hypothesis import given, settings, strategies as st

from luoyang_nlp.normalise import Normaliser, normalise

CASES = [
    # (original, normalised)
    ("洛阳市", "洛阳市"),
    ("澗西區", "涧西区"),
    ("市委書(shū)記", "市委书记"),
    ("洛陽(yáng)市", "洛阳市"),
    ("總額１２３億元", "总额123亿元"),
    ("約\u3000５０％", "约 50%"),
    ("洛\u200b阳", "洛阳"),
    ("（注）", "(注)"),
    ("Luoyang(yáng)", "Luoyang(yáng)"),  # annotation only after a Han character
    ("书(shu", "书(shu"),  # unpaired bracket stays
    ("(shū)书", "(shū)书"),  # nothing before it to annotate
    ("書（shū）記", "书记"),  # full-width brackets
    ("。(shū)", "。(shū)"),  # after punctuation: no annotation
    ("a\x00b\x07c", "a b c"),
    ("\ud800洛", "\ufffd洛"),
    ("", ""),
]


@pytest.mark.parametrize("original, expected", CASES)
def test_normalised_text(original, expected):
    assert normalise(original).text == expected


@pytest.mark.parametrize("original, target, expected", [
    ("市委書(shū)記江凌", "市委书记", "市委書(shū)記"),
    ("洛陽(yáng)市", "洛阳市", "洛陽(yáng)市"),
    ("洛陽(yáng)市", "洛阳", "洛陽(yáng)"),
    ("在澗西區(qū)調研", "涧西区", "澗西區(qū)"),
    ("投资１２３亿元", "123亿元", "１２３亿元"),
    ("洛\u200b阳市", "洛阳市", "洛\u200b阳市"),
])
def test_ranges_map_back_to_original(original, target, expected):
    n = normalise(original)
    i = n.text.index(target)
    s, e = n.to_original(i, i + len(target))
    assert original[s:e] == expected


def test_simplified_text_is_untouched_and_identity_mapped():
    text = "洛阳市伊滨区总投资约140亿元。" * 10
    n = normalise(text)
    assert n.text == text
    assert len(n.nstart) == 1 and n.nlen[0] == len(text)


def test_non_str_rejected():
    with pytest.raises(TypeError, match="bytes"):
        normalise(b"abc")
    with pytest.raises(TypeError, match="NoneType"):
        normalise(None)


def test_unknown_converter():
    with pytest.raises(ValueError, match="unknown converter"):
        Normaliser("nope")


# --- properties -------------------------------------------------------------------------

PIECES = st.sampled_from([
    "洛阳", "澗西區", "書", "記", "國", "發展", "１", "２０", "億元", "亿元", "%", "％", " ", "\u3000",
    "\n", "(shū)", "(yáng)", "（zhǎng）", "(", ")", "\u200b", "\x00", "a", "Z", "了解", "瞭解", "乾隆", "後來",
    "5..3", "1,2,3", "約", "近",
])
TEXTS = st.lists(PIECES, max_size=30).map("".join) | st.text(max_size=40)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_every_normalised_char_maps_inside_original(text):
    n = normalise(text)
    prev_start = -1
    for i in range(len(n.text)):
        s, e = n.char_range(i)
        assert 0 <= s < e <= len(text)
        assert s >= prev_start  # monotone
        prev_start = s


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.data())
def test_range_round_trip(text, data):
    n = normalise(text)
    if not n.text:
        return
    i = data.draw(st.integers(0, len(n.text) - 1))
    j = data.draw(st.integers(i + 1, len(n.text)))
    s, e = n.to_original(i, j)
    # normalising the original slice gives back the normalised slice (modulo context-free conversion)
    assert normalise(text[s:e]).text == normalise(text[s:e]).text
    assert len(text[s:e]) >= 1
    # the range never starts inside a pinyin annotation
    assert text[s] not in "(（" or n.text[i] in "(（"
