"""Person facts: a PERSON linked to the POSITION the text gives them and the ORG, COMPANY or
PLACE of that office: ``[ORG]POSITION(、[ORG]POSITION)* PERSON(、PERSON)*`` chains (市委常委、
副市长王建国), and a name before its title (习近平总书记, 张明任市科技局局长, 任命张明为某委主任,
张明现任某县副县长: the words between in ``facts_cues.tsv`` name_then_title).

A word of standing may stand between an owner and its title and after 、 (某局原局长, 市委副书记、
代市长: ``_STANDING``), several owners may stand before a title (某县某镇党委书记: the nearest is
the office's), a name opening a personnel notice takes the titles after 现任/拟任 (张某，男，…，
现任…), and a list of names shares its title (王某、李某和张某; 王某、李某等市领导)."""

from __future__ import annotations

from typing import Final, Sequence

from ..doc import Span
from .cues import (_APPOINTED_AFTER, _COPULAS, _LIST_CLOSERS, _LIST_SUMMARY, _LIST_TITLES, _NAME_GAP,  # (facts_cues.tsv)
                   _NAME_THEN_TITLE, _PROFILE_TITLE, _STANDING)
from .tables import OWNER_LABELS

__all__ = ["person_facts"]

_NAME_SEPS: Final = ("、",)
#: words of holding an office of two characters (时任, 现任, 曾任: title_before.tsv) before an owner
#: and title that 的 and a name follow (时任某市副市长的张某)
_HELD: Final = frozenset(w for w in _STANDING if len(w) == 2)
_LIST_LEADS: Final = "有是为"  # 市领导有:张三、李四: a list title's verb and colon before its names  # between names listed after one title
# between two titles of one person: 、, nothing or 兼, and a word of standing (市委副书记、代市长)
_TITLE_JOINS: Final = frozenset(sep + w for sep in ("、", "") for w in ("",) + tuple(_STANDING))
_PROFILE_COMMAS: Final = "，,"  # after the name opening a notice, and before its 现任
_SENTENCE_BREAKS: Final = "。！？；;!?\n"
_PROFILE_MAX: Final = 160  # characters from a notice's name to its 现任 (the fields of a 公示 between)


def _title_ends_clause(text: str, e: int) -> bool:
    """Does the title ending at ``e`` end its clause, or an appointment word follow it? (A
    copula before a title, 任命张明为某委主任, links it only so: 张明为市长颁奖 is "for".)"""
    return e >= len(text) or not text[e].isalnum() or text.startswith(_APPOINTED_AFTER, e)


def _core_gap(gap: str) -> str:
    """The words between a name and its title less an honorific and a time word after the
    name and the writer's own firm before the title (赵飞先生|此前|担任, 张伟担任|公司)."""
    m = _NAME_GAP.fullmatch(gap)
    return m.group(1) if m else gap


def _owner_run(labels: list[str], starts: list[int], ends: list[int], text: str, j: int) -> int:
    """The first of the owners written right before the title ``j`` (``j`` when none): the last
    owner ends where the title starts or a word of standing before it (某局原|局长, 市工商联专职|
    副主席), the others each where the next starts (某县|某镇|党委书记; the nearest is the office's)."""
    if j == 0 or labels[j - 1] not in OWNER_LABELS:
        return j
    if ends[j - 1] != starts[j] and text[ends[j - 1]:starts[j]] not in _STANDING:
        return j
    i = j - 1
    while i > 0 and labels[i - 1] in OWNER_LABELS and ends[i - 1] == starts[i]:
        i -= 1
    return i


def _next_title(labels: list[str], starts: list[int], ends: list[int], text: str, j: int) -> int:
    """The title that goes on the chain of the title ``j`` (-1: none): after 、, nothing or 兼,
    with a word of standing (市委副书记、代市长) and owners of its own (某局局长、某县某镇党委书记)."""
    n = len(labels)
    nxt = j + 1
    if nxt >= n or text[ends[j]:starts[nxt]] not in _TITLE_JOINS:
        return -1
    q = nxt
    while q < n and labels[q] in OWNER_LABELS:
        q += 1
    if q >= n or labels[q] != "POSITION" or (q > nxt and _owner_run(labels, starts, ends, text, q) != nxt):
        return -1
    return q


def _names_after(labels: list[str], starts: list[int], ends: list[int], text: str, last: int) -> list[int]:
    """The names right after the title ``last``: 市领导张三、李四…; a byline's names are apart by
    spaces (记者 张三 李四); 和/及 closes a list of several names, or any list after a list title
    (市领导王某和李某)."""
    n = len(labels)
    out: list[int] = []
    p = last + 1
    if p >= n or labels[p] != "PERSON":
        return out
    gap = text[ends[last]:starts[p]]
    listed = text[starts[last]:ends[last]] in _LIST_TITLES
    if listed and gap[:1] in _LIST_LEADS and gap[1:2] in (":", "："):
        gap = gap[2:]  # 市领导有:张三、李四
    if gap.strip(" :：\t") != "" or len(gap) > 3:
        return out
    out.append(p)
    while p + 1 < n and labels[p + 1] == "PERSON":
        gap = text[ends[p]:starts[p + 1]]
        if gap in _LIST_CLOSERS and (len(out) > 1 or listed):
            out.append(p + 1)
            break
        if not (gap in _NAME_SEPS or (gap.strip(" \u3000") == "" and 0 < len(gap) <= 2)):
            break
        p += 1
        out.append(p)
    return out


def _names_before(labels: list[str], starts: list[int], ends: list[int], text: str, p: int) -> list[int]:
    """The name ``p`` and the names listed before it (免去王某、李某的…职务, 王某、李某和张某等市领导):
    apart by 、, the last by 和/及 too."""
    out = [p]
    while p > 0 and labels[p - 1] == "PERSON":
        gap = text[ends[p - 1]:starts[p]]
        if not (gap in _NAME_SEPS or (gap in _LIST_CLOSERS and len(out) == 1)):
            break
        p -= 1
        out.append(p)
    return out


def _opens_sentence(text: str, s: int) -> bool:
    """Does the text at ``s`` open a sentence, a line or a clause (after spaces and bullets)?"""
    i = s - 1
    while i >= 0 and text[i] in " \t\u3000·•-":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_BREAKS or text[i] in "：:，,"


def _profile_name(labels: list[str], starts: list[int], ends: list[int], text: str, head: int) -> int:
    """The name whose personnel notice gives the titles from ``head`` on (-1: none): the name
    opens its sentence and a comma follows it; the notice's fields follow, then a comma and a
    profile word (现任, 拟任) right before ``head``: 张某，男，1976年生，现任某局副局长."""
    s = starts[head]
    word = next((w for w in _PROFILE_TITLE if text.startswith(w, s - len(w))), "")
    if not word or s - len(word) < 1 or text[s - len(word) - 1] not in _PROFILE_COMMAS:
        return -1
    p = head - 1
    while p >= 0 and labels[p] != "PERSON":
        p -= 1
    if p < 0 or s - ends[p] > _PROFILE_MAX or text[ends[p]] not in _PROFILE_COMMAS \
            or not _opens_sentence(text, starts[p]):
        return -1
    if any(ch in _SENTENCE_BREAKS for ch in text[ends[p]:s]):
        return -1
    return p


def _names_of_title(labels: list[str], starts: list[int], ends: list[int], text: str, k: int, head: int,
                    last: int) -> list[int]:
    """The names written before the chain of titles from ``k`` (its owners from ``head``) to
    ``last`` that it belongs to: a name and the words of taking it (张明任某局局长, 习近平总书记,
    免去王某、李某的…职务), a list of names summed up by a list title (王某、李某等市领导), or the
    name opening a personnel notice (张某，…，现任…)."""
    out: list[int] = []
    if head > 0 and labels[head - 1] == "PERSON":
        gap = text[ends[head - 1]:starts[head]]
        if gap not in _NAME_THEN_TITLE and len(gap) > 1:
            gap = _core_gap(gap)
        if gap in _NAME_THEN_TITLE and (gap[-1:] not in _COPULAS or _title_ends_clause(text, ends[last])):
            return _names_before(labels, starts, ends, text, head - 1)
        if head == k and gap in _LIST_SUMMARY and text[starts[k]:ends[k]] in _LIST_TITLES:
            return _names_before(labels, starts, ends, text, head - 1)
    p = _profile_name(labels, starts, ends, text, head)
    if p >= 0:
        out.append(p)
    return out


def person_facts(labels: list[str], starts: list[int], ends: list[int], text: str,
                 spans: Sequence[Span]) -> list[dict]:
    """Person facts over spans sorted by start: their ``labels``, ``starts`` and ``ends`` in
    ``text`` (normalised offsets), and the ``spans`` (original offsets) the facts refer to."""
    def ref(k: int) -> dict:
        return {"start": spans[k].start, "end": spans[k].end}

    out = []
    n = len(labels)
    k = 0
    while k < n:
        try:
            k = labels.index("POSITION", k)  # the next title: chains start there
        except ValueError:
            break
        chain: list[tuple[int, int | None]] = []  # (position, org)
        j = k
        while True:
            org = None
            if _owner_run(labels, starts, ends, text, j) < j:
                org = j - 1
            elif chain:
                org = chain[-1][1]
            chain.append((j, org))
            nxt = _next_title(labels, starts, ends, text, j)
            if nxt < 0:
                break
            j = nxt
        last = j
        persons = _names_after(labels, starts, ends, text, last)
        if not persons and last + 1 < n and labels[last + 1] == "PERSON" and starts[last + 1] == ends[last] + 1 \
                and text[ends[last]] == "的":
            head = _owner_run(labels, starts, ends, text, k)
            if text[starts[head] - 2:starts[head]] in _HELD or text[starts[k] - 2:starts[k]] in _HELD:
                persons = [last + 1]  # 时任洛阳市副市长的张某: the office a person held, then 的 and the name
        if not persons:
            head = _owner_run(labels, starts, ends, text, k)
            persons = _names_of_title(labels, starts, ends, text, k, head, last)
            nxt_k = last + 1
        else:
            nxt_k = persons[-1] + 1
        for per in persons:
            for pos, org in chain:
                out.append({"person": ref(per), "position": ref(pos), "org": None if org is None else ref(org)})
        k = nxt_k
    return out
