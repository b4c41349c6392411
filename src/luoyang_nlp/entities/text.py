"""Character classes shared by the entity rule modules."""

from __future__ import annotations

__all__ = ["HAN", "han", "PREV_OK"]

#: Han characters as a regex class body: CJK, Ext-A and compatibility ideographs, the same
#: ranges as ``normalise._HAN``.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


def han(ch: str) -> bool:
    """Is ``ch`` a Han character (the ranges of ``HAN``)?"""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


#: Characters after which a name may begin (a list mark, a preposition).
PREV_OK = frozenset("、和与及向对给让被将由请跟同陪随为在")
