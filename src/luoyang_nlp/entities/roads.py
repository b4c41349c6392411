"""Railways and expressways: a short name or a "from A to B" name before a railway or road head
(呼南高铁, 宁洛高速, 栾川至卢氏高速公路). A railway line, works on a road, a road named from A to
B, and a road the text shows being planned or built are PROJECT; an expressway otherwise is a road
in service, a PLACE (SPEC). The works cues live in ``data/lexicons/rules/works_cues.tsv``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..resources import data_path, read_tsv
from .text import HAN, PREV_OK, alternation, han, matches_at

if TYPE_CHECKING:
    from .tables import Tables  # (annotations only: tables imports this module)

__all__ = ["WorksCues", "rails_and_roads", "route_roads"]

# A railway or expressway after its short name, with an optional section (呼南高铁焦洛平段) and
# works or a link road after it (宁洛高速扩容工程, 宁洛二广高速联络线).
# Longer alternatives first: the regex tries them in order.
_RAIL = re.compile(f"(高速铁路|城际铁路|高速公路|高铁|高速|铁路|快速通道|快速路)(?:([{HAN}]{{2,5}}?)段)?"
                   r"((?:改扩建|扩容|扩建|改建|提升改造|改造)?(?:工程|项目)|(?:联络线|连接线)(?:工程|项目)?)?")
# What every _RAIL match begins with (高速铁路 and 高速公路 with 高速): cue words (``Tables._cues``).
_RAIL_STARTS = ("高速", "高铁", "铁路", "城际铁路", "快速通道", "快速路")
# Heads of roads read only in a "from A to B" name (洛阳至栾川快速通道; 王城大道快速路 is a road's part)
_FROM_TO_ONLY = frozenset(("快速通道", "快速路"))
# Characters after the head that make it another word: 高速发展, 高铁站, 铁路局.
_RAIL_NOT_NEXT = {"高速": "发增运推提成度率化路", "高铁": "站", "铁路": "局站运", "高速铁路": "站",
                  "城际铁路": "站", "高速公路": "网", "快速通道": "", "快速路": "网"}
_HANS = re.compile(f"[{HAN}]+")
# A national or provincial road by its number (310国道, G207国道, 国道207线, S249省道), with the
# section written after it (孟津段, 洛宁至栾川段).
_ROUTE = re.compile(r"(?<![0-9A-Za-z])([GS]?[0-9]{2,4}(?:国道|省道)|(?:国道|省道)[GS]?[0-9]{2,4}线?)"
                    f"(?:[{HAN}]{{2,4}}(?:至[{HAN}]{{2,4}})?段)?")
_CLAUSE_END = re.compile(r"[,，。;；!?！？\n]")


class WorksCues:
    """Words showing a road is being planned or built, compiled."""

    def __init__(self) -> None:
        rows = read_tsv(data_path("lexicons", "rules", "works_cues.tsv"))
        after = sorted({r["word"] for r in rows if r["where"] == "after"}, key=len, reverse=True)
        before = sorted({r["word"] for r in rows if r["where"] == "before"}, key=len, reverse=True)
        self.after = re.compile(alternation(after))
        self.before = re.compile(f"(?:{alternation(before)})$")
        route = [r["word"] for r in read_tsv(data_path("lexicons", "rules", "route_works.tsv"))]
        #: works on a numbered road written after it (改线, 南移), with 工程 or 项目 (route_works.tsv)
        self.route = re.compile(f"(?:{alternation(route)})+(?:工程|项目)?|工程|项目")


def rails_and_roads(text: str, T: Tables, lex: list, ok_after: set, place_spans: dict[int, int],
                    heads: list[tuple[int, int]]) -> list[tuple[int, int, str, int, str]]:
    """PROJECT and PLACE candidates for railways and expressways in ``text``. ``heads``: the
    spans of the words of ``_RAIL_STARTS`` in it (``Hits.cues``)."""
    lex_spans = {(x[0], x[1]) for x in lex}
    out = []
    for m in matches_at(_RAIL, text, {s for s, e in heads}):
        ms, me = m.span()
        head = m.group(1)
        if not (m.group(2) or m.group(3)) and text[me:me + 1] and text[me] in _RAIL_NOT_NEXT[head] \
                and not text.startswith("路线", me):
            continue  # 高速发展, 高铁站, 铁路局 (not X高速路线图)
        a = _from_to(text, ms, T)
        if a is not None:  # 栾川至卢氏高速公路: a road named from A to B is being built
            out.append((a, me, "PROJECT", 2, "rail"))
            out.extend(_shared_head(text, a, T))
            continue
        if head in _FROM_TO_ONLY:
            continue
        a = _rail_name(text, ms, ok_after, T)
        if a is None or (a, ms) in lex_spans:
            continue
        if head.startswith("高速") and head != "高速铁路" and not m.group(3):
            a = place_spans.get(a, a) if place_spans.get(a, a) < a else a  # 洛阳西南环城高速
            out.append((a, m.end(1), "PLACE", 2, "rail"))
        else:  # a railway line or works on a road, with its section (呼南高铁焦洛平段)
            out.append((a, me, "PROJECT", 2, "rail"))
    return _being_built(text, out, T)


def route_roads(text: str, T: Tables) -> list[tuple[int, int, str, int, str]]:
    """National and provincial roads by their number: the road with works after it is a
    PROJECT (310国道南移, G207国道某段改线工程), the number alone a PLACE (沿310国道); SPEC:
    roads being built are PROJECT, roads in service PLACE."""
    if "国道" not in text and "省道" not in text:
        return []
    W: WorksCues = T.works_cues
    out = []
    for m in _ROUTE.finditer(text):
        w = W.route.match(text, m.end())
        if w is not None:
            out.append((m.start(), w.end(), "PROJECT", 2, "route"))
            continue
        out.append((m.start(), m.end(1), "PLACE", 2, "route"))
    return out


def _being_built(text: str, found: list, T: Tables) -> list:
    """An expressway the text shows being planned or built (a works cue right after a mention,
    in its clause, or right before it) is a PROJECT, at every mention of its name."""
    W: WorksCues = T.works_cues
    built = set()
    for s, e, label, prio, src in found:
        if label == "PLACE":
            end = _CLAUSE_END.search(text, e, e + 12)
            if W.after.search(text, e, end.start() if end else min(len(text), e + 12)) \
                    or W.before.search(text, max(0, s - 6), s):
                built.add(text[s:e])
    if not built:
        return found
    return [(s, e, "PROJECT" if label == "PLACE" and text[s:e] in built else label, prio, src)
            for s, e, label, prio, src in found]


def _from_to(text: str, ms: int, T: Tables) -> int | None:
    """Start of a "from A to B" name before a road head at ``ms``: 栾川至卢氏, 郑州机场至郑州南站."""
    k = text.rfind("至", max(0, ms - 6), ms)
    if k < 0 or ms - k - 1 < 2 or not _HANS.fullmatch(text, k + 1, ms):
        return None
    a = k
    while a > 0 and k - a < 5 and han(text[a - 1]) and text[a - 1] not in PREV_OK:
        a -= 1
    for w in T.bound_re.finditer(text, max(0, a - 2), k):  # (from before a: 同|意 of 同意 stopped the walk)
        if w.end() > a:
            a = w.end()
    j = max(text.rfind("项目", a, k), text.rfind("工程", a, k))
    if j >= 0:
        a = j + 2  # 省重点项目|洛阳至鲁山高速公路: a project word ends the words before the name
    return a if k - a >= 2 else None


def _shared_head(text: str, a: int, T: Tables) -> list[tuple[int, int, str, int, str]]:
    """The "from A to B" names listed before one that has the head (开封至许昌、周口至南阳高速公路:
    the head is written once, both are roads being built): a PROJECT each, as the last is."""
    out = []
    while a > 3 and text[a - 1] == "、":
        b = a - 1
        s = _from_to(text, b, T)  # (the "A至B" before the 、, as before the head)
        if s is None or text.find("、", s, b) != -1:
            break
        out.append((s, b, "PROJECT", 2, "rail"))
        a = s
    return out


def _rail_name(text: str, ms: int, ok_after: set, T: Tables) -> int | None:
    """Start of the 2-4 character short name before a railway/expressway head at ``ms``.

    The name must stand as a word (a break, boundary word or known span before it) and be
    neither generic (全省高速) nor contain a boundary word (乘坐高铁).
    """
    for L in (4, 3, 2):
        a = ms - L
        if a < 0:
            continue
        name = text[a:ms]
        if not _HANS.fullmatch(name) or T.has_bound(name) or name in T.not_names or name[:2] in T.not_names \
                or name[0] == "第" \
                or not T.strip_generic(name) or name.startswith(T.qualifiers):
            continue
        if (a == 0 or not han(text[a - 1]) or text[a - 1] in PREV_OK or text[a - 1] in T.hard
                or text[max(0, a - 2):a] in T.hard or a in ok_after
                or (L == 2 and text[max(0, a - 2):a] in T.not_names)):  # 距离|京石高速
            return a
    return None
