"""Projects named in a list of projects without a head: 开工了某某科技精密轴承智能化改造、某某矿业
尾矿综合利用等一批项目. The list's closer (等…项目) says its items are projects; an item ending in
a works word (``rules/project_tails.tsv``: 改造, 制造, 生产 …) after a name that is more than
places, generic and common words and names a firm or park (a known name inside it, a brand and an
industry word opening it, or a firm with 公司 right before it) is a PROJECT (SPEC: named investment
projects), the firm written in it included (the firm's works are the project). Works of a kind
(高标准农田建设、人居环境整治等项目) name none. Items ending in a head are the heads' rule's.
"""

from __future__ import annotations

import re

from .companies import _brand_ok
from .heads import _after_company, _after_works, _common_words_only, _left_edge
from .hits import Hits
from .tables import Tables

__all__ = ["listed_works"]

# The closer of a list of projects: 等项目, 等一批项目, 等8个重点项目, 等一大批重大项目.
_CLOSER = re.compile(r"等(?:一大?批|[0-9一二两三四五六七八九十]{1,3}个)?[\u3400-\u4dbf\u4e00-\u9fff]{0,6}?项目")
_DIGITS = re.compile(r"[0-9]")
_MAX_ITEMS = 8  # items read back from one closer


def listed_works(h: Hits, T: Tables, cands: list, stops: list) -> list[tuple[int, int, str, int, str]]:
    """PROJECT candidates for the head-less items of the lists closed by 等…项目 in ``h.text``.
    ``cands``: the candidates found so far (a firm with 公司 before an item is its own; a
    project head right before the works word keeps its shorter name: 某商业街|开发);
    ``stops``: sorted ends of persons and titles."""
    text = h.text
    if "项目" not in text:
        return []
    k = text.find("等")
    if k == -1:
        return []
    out: list[tuple[int, int, str, int, str]] = []
    while k != -1:
        if k >= 4 and _CLOSER.match(text, k) is not None:
            _items(h, T, k, cands, stops, out)
        k = text.find("等", k + 1)
    return out


def _tail_at(text: str, e: int, T: Tables) -> int:
    """Length of the longest works word of ``project_tails.tsv`` ending at ``e``, or 0."""
    for n in T.project_tail_lens:
        if e >= n and text[e - n:e] in T.project_tails:
            return n
    return 0


def _items(h: Hits, T: Tables, e: int, cands: list, stops: list, out: list) -> None:
    """Read the items of the list whose last item ends at ``e`` (its 等) back to its first."""
    text = h.text
    company_ends = sorted(c[1] for c in cands if c[2] == "COMPANY" and text[c[1] - 2:c[1]] == "公司")
    for _ in range(_MAX_ITEMS):
        n = _tail_at(text, e, T)
        b = e - n  # the name runs left from before its works word (综合|利用 holds a boundary)
        s = _left_edge(h, b, h.known_ends, stops, T, 30, True)
        if n and s < b:
            a = _after_works(text, s, b, T)
            if company_ends:
                a = _after_company(a, b, company_ends)
            if _names_works(h, T, a, b, e, cands):
                out.append((a, e, "PROJECT", 1, "listed"))
        if s < 2 or text[s - 1] != "、":
            return
        e = s - 1


def _names_works(h: Hits, T: Tables, a: int, b: int, e: int, cands: list) -> bool:
    """Whether the item ``text[a:e]`` (its works word from ``b``) names a project: a name part
    of two characters or more past its places, no digit (a capacity: the gold writes the
    figure), more than generic and common words (交通建设, 特色街区打造), no project head
    ending right before the works word (牡丹广场地下商业街|开发 keeps the head's name), and not
    a firm's name as a whole."""
    text = h.text
    p = a
    while p in h.div_by_start and h.div_by_start[p][0] < b:
        p = h.div_by_start[p][0]  # 某县|某镇|生态农业开发: the places before the name
    if b - p < 2 or _DIGITS.search(text, a, e) is not None:
        return False
    rest = text[p:b]
    if len(T.strip_generic(rest)) < 2 or _common_words_only(text, p, b, T):
        return False
    named = False  # a name inside: a firm, a body or a park (某某产业园|中央厨房改造)
    for c in cands:
        if c[1] == b and c[2] == "PROJECT" and c[0] >= a:
            return False
        if c[0] == a and c[1] == e and c[2] == "COMPANY":
            return False
        if (c[0] >= a and c[1] <= b and c[2] in _NAMES) or (c[1] == a and c[2] == "COMPANY"):
            named = True  # (or the firm written with 公司 right before it: 某某有限公司|某某生产)
    return named or _brand_first(text, a, p, e, T)


_NAMES = frozenset(("COMPANY", "ORG", "PROJECT"))


def _brand_first(text: str, a: int, p: int, b: int, T: Tables) -> bool:
    """Does the item text[a:b] (its works word included: 某某|智能制造) open with a firm's short name, a brand of two to four
    characters and an industry word (company_shapes.tsv: 某某新材料, 某某石化), at its start or
    after its places (``p``: 洛宁|某某矿业)? Works of a kind open with none (高标准农田建设,
    农村人居环境整治, 伊河治理)."""
    for m in T.company_shapes.short.finditer(text, a + 2, b):
        k = m.start()
        if k > p + 4:
            break
        for start in (a, p):
            if 2 <= k - start <= 4 and _brand_ok(text[start:k], T):
                return True
    return False
