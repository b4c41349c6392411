"""Batched Viterbi decoding for the character CRF, in numpy.

The cost of a numpy Viterbi is the Python loop over positions: each step is a handful of
array calls whatever the batch size. So the pieces decoded together are made short and many:
a sentence is cut at clause marks (，、；： and spaces), which no name crosses. The mark itself
is tagged O and the cut is exact for that constraint: a piece that follows a mark starts with
the transition out of O, a piece that precedes one ends with the transition into O. All pieces
of a call are decoded in one batch, longest first, so the live rows are always a prefix.
"""

from __future__ import annotations

import numpy as np

__all__ = ["decode", "clause_pieces", "BREAKS"]

#: Code points at which a sequence is cut (tagged O): ，,、；;：: and whitespace.
BREAKS = np.array(sorted(map(ord, "，,、；;：: \t\n\r\u3000")), dtype=np.int64)


def clause_pieces(cp: np.ndarray, starts: np.ndarray, lens: np.ndarray):
    """Cut each sequence ``[start, start + len)`` of the code point array ``cp`` at clause
    marks. Returns ``(piece_starts, piece_lens, after_break, before_break, marks)``: the
    pieces, whether each begins right after / ends right before a mark, and the marks'
    positions (tagged O)."""
    ends = starts + lens
    inside = np.zeros(len(cp) + 1, dtype=np.int64)
    np.add.at(inside, starts, 1)
    np.add.at(inside, ends, -1)
    inside = np.cumsum(inside[:-1]) > 0
    marks = np.nonzero(inside & np.isin(cp, BREAKS))[0]
    # piece boundaries: sequence starts/ends and both sides of every mark
    cuts_s = np.concatenate([starts, marks + 1])
    cuts_e = np.concatenate([ends, marks])
    cuts_s.sort()
    cuts_e.sort()
    keep = cuts_e > cuts_s  # empty pieces (two marks in a row, a mark at an edge) drop out
    ps, pe = cuts_s[keep], cuts_e[keep]
    is_mark = np.zeros(len(cp) + 1, dtype=bool)
    is_mark[marks] = True
    after = is_mark[np.maximum(ps - 1, 0)] & (ps > 0)
    before = is_mark[pe]
    return ps, pe - ps, after, before, marks


def decode(em: np.ndarray, trans: np.ndarray, starts: np.ndarray, lens: np.ndarray,
           after: np.ndarray | None = None, before: np.ndarray | None = None, outside: int = 0) -> np.ndarray:
    """Best tag of every position of ``em`` (positions outside the pieces get ``outside``).

    ``em``: (n, K) emission scores; ``trans``: (K, K) from -> to; ``starts``/``lens``: the
    pieces; ``after``/``before``: pieces that begin after / end before a forced ``outside``
    tag, which adds the transition from / to it.
    """
    tags = np.full(len(em), outside, dtype=np.int64)
    if not len(starts):
        return tags
    K = em.shape[1]
    order = np.argsort(-lens, kind="stable")
    st, ln = starts[order], lens[order]
    b, T = len(order), int(ln[0])
    steps = np.arange(T)
    valid = steps[None, :] < ln[:, None]
    pos = np.where(valid, st[:, None] + steps[None, :], 0)
    e = em[pos]  # (b, T, K)
    if after is not None:
        e[after[order], 0] += trans[outside]
    if before is not None:
        rows = np.nonzero(before[order])[0]
        e[rows, ln[rows] - 1] += trans[:, outside]
    nlive = valid.sum(axis=0)  # rows alive at each step (a prefix: longest first)
    trans_t = np.ascontiguousarray(trans.T)[None]  # (1, to, from)
    score = e[:, 0].copy()
    back = np.zeros((T, b, K), dtype=np.int8)
    for t in range(1, T):
        n = int(nlive[t])
        cand = score[:n, None, :] + trans_t  # (n, to, from)
        back[t, :n] = cand.argmax(axis=2)
        score[:n] = cand.max(axis=2) + e[:n, t]
    cur = score.argmax(axis=1)
    path = np.empty((b, T), dtype=np.int64)
    rows = np.arange(b)
    for t in range(T - 1, -1, -1):
        n = int(nlive[t])
        path[:n, t] = cur[:n]
        if t:
            cur[:n] = back[t, rows[:n], cur[:n]]
    tags[pos[valid]] = path[valid]
    return tags
