"""Character classes and word alternations shared by the entity rule modules."""

from __future__ import annotations

import re
from typing import Iterable

__all__ = ["HAN", "bisect_ints", "han", "PREV_OK", "alternation", "matches_at", "SAYS_WORDS", "ROAD_WORDS", "AVENUE_WORDS"]

# Words that rules' patterns begin with: cue words of the automaton pass (``Tables._cues``), so
# the patterns are tried only where the words are. Each pattern is built from its tuple.
# persons: names before saying, and before 同志 and the post of a personnel notice (某某同志任…,
# 某某同志不再担任…), which may open its sentence with no title before the name
SAYS_WORDS = ("介绍", "表示", "指出", "强调", "说", "认为", "主持", "致辞",
              "同志任", "同志拟", "同志不再", "同志兼", "同志挂职", "同志为")
ROAD_WORDS = ("大道", "大街", "路", "街")  # rules: a road in an address or crossing
AVENUE_WORDS = ("大道", "大街")  # rules: an avenue standing on its own

#: Han characters as a regex class body: CJK, Ext-A and compatibility ideographs, the same
#: ranges as ``normalise._HAN``.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


def bisect_ints(a: list[int], x: int) -> int:
    """``bisect.bisect_left(a, x)`` for a sorted list of ints, as a compiled loop (the module
    call costs ~900 instructions through mypyc's generic call)."""
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def han(ch: str) -> bool:
    """Is ``ch`` a Han character (the ranges of ``HAN``)?"""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


#: Characters after which a name may begin (a list mark, a preposition).
#: what a list title (市领导) is written with before the names it introduces: 出席的市领导有:张三、李四
LIST_LEADS = ("有:", "是:", "为:")
PREV_OK = frozenset("、和与及向对给让被将由请跟同陪随为在")


def matches_at(pattern: re.Pattern, text: str, starts: Iterable[int]) -> list[re.Match]:
    """The matches of ``pattern.finditer(text)``, for a pattern never empty, when every match
    begins at one of ``starts``: tried there only, in order, each after the end of the last."""
    out = []
    end = 0
    for k in sorted(starts):
        if k >= end:
            m = pattern.match(text, k)
            if m:
                out.append(m)
                end = m.end()
    return out


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, the longest where several match at one place, as
    ``"|".join`` of the words longest first does, but written as a trie (科(?:技园|技|学)):
    Python's ``re`` tries the alternatives of a flat list one by one at every position, so
    a list of hundreds of words costs hundreds of tests per character."""
    trie: dict = {}
    for w in words:
        if not w:
            raise ValueError("empty word in an alternation")
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}  # a word ends here
    return _branches(trie, top=True)


def _branches(node: dict, top: bool = False) -> str:
    """The trie below ``node`` as a regex: longer words first, a word ending here last.
    Below the top, one-character endings share a class ([园区]): a class at the top would
    hide from ``re`` the first characters it uses to skip ahead."""
    longer = []
    last = []  # characters after which only the end of a word comes
    for c in sorted(k for k in node if k):
        child = node[c]
        if not top and list(child) == [""]:
            last.append(c)
        else:
            longer.append(re.escape(c) + _branches(child))
    if len(last) == 1:
        longer.append(re.escape(last[0]))
    elif last:
        longer.append("[" + "".join(re.escape(c) for c in last) + "]")
    alts = longer + ([""] if "" in node else [])
    if not alts:
        return ""
    if len(alts) == 1:
        return alts[0]
    return "(?:" + "|".join(alts) + ")"
