"""The batched Viterbi against brute force: the best path of every piece, and the cut at
clause marks equal to decoding with the mark forced to O."""

import itertools

import numpy as np
from hypothesis import given, settings, strategies as st

from luoyang_nlp.entities.viterbi import BREAKS, clause_pieces, decode


def brute(em, trans, forced=()):
    """Best tag sequence by enumeration (positions in ``forced`` must be tag 0)."""
    n, K = em.shape
    best, arg = -np.inf, None
    for path in itertools.product(range(K), repeat=n):
        if any(path[i] != 0 for i in forced):
            continue
        s = em[np.arange(n), path].sum() + sum(trans[a, b] for a, b in zip(path, path[1:]))
        if s > best:
            best, arg = s, path
    return list(arg)


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 6), st.integers(2, 3), st.integers(0, 10_000))
def test_one_piece_is_the_best_path(n, K, seed):
    r = np.random.default_rng(seed)
    em, trans = r.normal(size=(n, K)), r.normal(size=(K, K))
    got = decode(em, trans, np.array([0]), np.array([n]))
    assert list(got) == brute(em, trans)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from("甲乙，、 "), min_size=1, max_size=7), st.integers(0, 10_000))
def test_cut_at_marks_equals_forcing_them_outside(chars, seed):
    r = np.random.default_rng(seed)
    n, K = len(chars), 3
    em, trans = r.normal(size=(n, K)), r.normal(size=(K, K))
    cp = np.array([ord(c) for c in chars], dtype=np.int64)
    ps, pl, after, before, marks = clause_pieces(cp, np.array([0]), np.array([n]))
    got = decode(em, trans, ps, pl, after, before)
    forced = [i for i, c in enumerate(cp) if c in set(BREAKS.tolist())]
    assert list(marks) == forced
    assert list(got) == brute(em, trans, forced)


def test_many_sequences_in_one_batch():
    r = np.random.default_rng(3)
    lens = np.array([4, 1, 3])
    starts = np.array([0, 5, 7])  # a gap at position 4 and 6: outside every sequence
    em, trans = r.normal(size=(10, 3)), r.normal(size=(3, 3))
    got = decode(em, trans, starts, lens)
    for s, n in zip(starts, lens):
        assert list(got[s:s + n]) == brute(em[s:s + n], trans)
    assert got[4] == 0 and got[6] == 0


def test_nothing_to_decode():
    assert decode(np.zeros((3, 2)), np.zeros((2, 2)), np.array([], dtype=np.int64),
                  np.array([], dtype=np.int64)).tolist() == [0, 0, 0]
