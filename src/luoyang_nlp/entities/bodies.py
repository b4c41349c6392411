"""Government bodies found by their place in the text (ORG): bodies in a list of bodies
(财政局、统计局、生态环境分局等) and an office written right after its body (市委宣传部网信办).
The heads live in ``data/lexicons/rules/body_parts.tsv``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..resources import data_path, read_tsv
from .text import HAN, alternation

if TYPE_CHECKING:
    from .tables import Tables  # (annotations only: tables imports this module)

__all__ = ["BodyParts", "body_lists", "sub_offices", "resident_offices"]

# What may follow a listed body or an office: a list mark, 等, a break.
_AFTER = f"(?=[、和及与等,，。;；:：\\s)]|$)"


class BodyParts:
    """The body heads, compiled."""

    def __init__(self) -> None:
        rows = read_tsv(data_path("lexicons", "rules", "body_parts.tsv"))
        lists = sorted({r["head"] for r in rows if r["kind"] == "list"}, key=len, reverse=True)
        subs = sorted({r["head"] for r in rows if r["kind"] == "sub"}, key=len, reverse=True)
        alt = alternation(lists)
        # an item after a list mark: 、财政局(、|等|,)
        self.item_after = re.compile(f"、([{HAN}]{{1,9}}?(?:{alt})){_AFTER}")
        # the item before the first list mark: the run of letters before 、
        self.item_before = re.compile(f"([{HAN}]{{1,12}}(?:{alt}))$")
        self.sub_heads = tuple(subs)
        self.sub = re.compile(f"[{HAN}]{{1,8}}?(?:{alternation(subs)})")
        resident = sorted({r["head"] for r in rows if r["kind"] == "resident"}, key=len, reverse=True)
        # an office resident in another place: 驻 + the place + at most a field word + the office
        self.resident = re.compile(f"驻[{HAN}]{{1,4}}?(?:招商|经济贸易|经贸|经济|商务|投资|贸易)?(?:{alternation(resident)})") if resident else None


def body_lists(text: str, T: Tables, known_ends: set) -> list[tuple[int, int, str, int, str]]:
    """ORG candidates for the bodies of a list of two or more: every item after a 、 that ends
    in a body head, and the item before the first 、 cut at its left boundary (区直部门党政办公室
    -> 党政办公室). An item that ends where a known body ends is left to it (市委、市政府)."""
    if "、" not in text:
        return []  # no list mark: no list (every item_after match begins with one)
    B: BodyParts = T.body_parts
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []  # the items of the current list
    last = -1
    for m in B.item_after.finditer(text):
        a, b = m.span(1)
        if m.start() != last:  # a new list begins
            _flush(run, out)
            run = []
            first = _first_item(text, m.start(), T)
            if first is not None:
                run.append(first)
        run.append((a, b))
        last = b
    _flush(run, out)
    return [(a, b, "ORG", 1, "body-list") for a, b in out if b not in known_ends]


def _flush(run: list, out: list) -> None:
    if len(run) >= 2:
        out.extend(run)


def _first_item(text: str, k: int, T: Tables) -> tuple[int, int] | None:
    """The item before the first 、 of a list at ``k``, cut after the last boundary word."""
    f = T.body_parts.item_before.search(text, max(0, k - 14), k)
    if not f:
        return None
    s = f.start()
    for w in T.bound_re.finditer(text, s, k):
        if w.group() in T.hard:
            s = w.end()
    return (s, k) if k - s >= 3 else None


def sub_offices(text: str, orgs: list, title_end_at: dict[int, int], T: Tables) -> list[tuple[int, int, str, int, str]]:
    """An office right after its body is part of its name: (s, e) ORG + 网信办 before a break,
    a list mark or a title, not one whose head begins a title (刑警支队长: 支队长).
    ``title_end_at``: title start -> the end of the longest title there."""
    out = []
    n = len(text)
    for s, e in orgs:
        m = T.body_parts.sub.match(text, e)
        if not m:
            continue
        b = m.end()
        if T.has_bound(text, e, b):
            continue
        if text[b - 2:b] in T.func_not_names or text[e:e + 2] in T.func_not_names:
            continue  # 某法院依法|判处, 某局严格|督办: a verb, not an office (联络处, 金融办)
        if b not in title_end_at and any(title_end_at.get(a, 0) > b for a in range(b - _head_len(m.group(), T), b)):
            continue  # 刑警支队长刘某: the head begins the title 支队长 (not 办公室|主任)
        # a name of three characters or more before the head stands on its own (金融办发布),
        # and so does one before a head of two or more (刑侦大队, 某某派出所: nouns, where 办 and
        # 处 are verbs too); a short one needs a break or a title after it (网信办主任)
        head = _head_len(m.group(), T)
        if m.end() - e - head >= 3 or head >= 2 or b >= n or b in title_end_at \
                or re.match(_AFTER, text[b:b + 1]):
            out.append((s, b, "ORG", 2, "body+office"))
    return out


def _head_len(office: str, T: Tables) -> int:
    return next((len(h) for h in T.body_parts.sub_heads if office.endswith(h)), 0)


def resident_offices(text: str, place_spans: dict[int, int], org_spans: list[tuple[int, int]],
                     T) -> list[tuple[int, int, str, int, str]]:
    """A body's office in another place (驻深圳招商联络处, 某市驻上海办事处): one ORG from 驻, or from
    the place or body it belongs to written right before 驻 (as 某市政府驻某地联络处 is one name);
    the place after 驻 must be a known one (驻村工作队 is none). ``place_spans``: end -> start;
    ``org_spans``: the ORG candidates so far."""
    R = T.body_parts.resident
    if R is None or "驻" not in text:
        return []
    starts = set(place_spans.values())
    out = []
    k = text.find("驻")
    while k != -1:
        m = R.match(text, k)
        if m is not None and k + 1 in starts:
            a = k
            while a in place_spans:  # 洛阳市|驻…, 洛阳市栾川县|驻…
                a = place_spans[a]
            a = min([s for s, e in org_spans if e == k] + [a])  # 某特区政府|驻…
            out.append((a, m.end(), "ORG", 2, "resident"))
        k = text.find("驻", k + 1)
    return out
