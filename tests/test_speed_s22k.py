"""Guards for the first-character and last-character gates put before regex calls (session 22,
helper K): each gate must pass every string the regex could match, so the gated call gives what
the plain call gave. These pass on the tree before the change as well (guards, not fixes)."""
import random

from luoyang_nlp.facts.cues import _ITEM_NUMBER, _LOCATED_DE
from luoyang_nlp.facts.subjects import _ITEM_NUMBER_ENDS
from luoyang_nlp.facts.tables import tables

_ALPHABET = "的位于地处作为总部落户设在来自其中同时此外一二三万亿十百千两0123456789.．（()）　 \t项目公司区县ABab，,、"


def _strings(rng: random.Random, pool: str, count: int = 4000) -> list[str]:
    return ["".join(rng.choice(pool) for _ in range(rng.randint(0, 8))) for _ in range(count)]


def test_connective_gate_passes_every_connective_match():
    t = tables()
    rng = random.Random(22)
    pool = _ALPHABET + "".join(t.connectives)
    for s in _strings(rng, pool) + [w + "，全县" for w in t.connectives]:
        if t.connective_re.match(s) is not None:
            assert s[:1] in t.connective_initials, s


def test_clause_head_gates_pass_every_fullmatch():
    rng = random.Random(7)
    heads = _strings(rng, _ALPHABET) + ["位于伊滨区的", "作为龙头企业的", "的", "1.", "（三）", " 12． ", "(2) "]
    for head in heads:
        if _LOCATED_DE.fullmatch(head):
            assert head[-1:] == "的", head
        if _ITEM_NUMBER.fullmatch(head) and head:
            assert head[-1] in _ITEM_NUMBER_ENDS or head[-1].isspace(), head


def test_zone_finals_cover_every_zone_ending():
    from luoyang_nlp.entities.tables import Tables

    T = Tables([])
    assert T.zone_gated
    for w in T.zone_suffixes:
        assert w[-1] in T.zone_finals
