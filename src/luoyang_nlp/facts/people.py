"""Person facts: a PERSON linked to the POSITION the text gives them and the ORG, COMPANY or
PLACE of that office: ``[ORG]POSITION(、[ORG]POSITION)* PERSON(、PERSON)*`` chains (市委常委、
副市长王建国), and a name before its title (习近平总书记, 张明任市科技局局长, 任命张明为某委主任,
张明现任某县副县长: the words between in ``facts_cues.tsv`` name_then_title)."""

from __future__ import annotations

from typing import Final, Sequence

from ..doc import Span
from .cues import _APPOINTED_AFTER, _COPULAS, _NAME_GAP, _NAME_THEN_TITLE  # (facts_cues.tsv)
from .tables import OWNER_LABELS

__all__ = ["person_facts"]

_NAME_SEPS: Final = ("、",)  # between names listed after one title


def _title_ends_clause(text: str, e: int) -> bool:
    """Does the title ending at ``e`` end its clause, or an appointment word follow it? (A
    copula before a title, 任命张明为某委主任, links it only so: 张明为市长颁奖 is "for".)"""
    return e >= len(text) or not text[e].isalnum() or text.startswith(_APPOINTED_AFTER, e)


def _core_gap(gap: str) -> str:
    """The words between a name and its title less an honorific and a time word after the
    name and the writer's own firm before the title (赵飞先生|此前|担任, 张伟担任|公司)."""
    m = _NAME_GAP.fullmatch(gap)
    return m.group(1) if m else gap


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
        while j < n and labels[j] == "POSITION":
            org = None
            if j > 0 and labels[j - 1] in OWNER_LABELS and ends[j - 1] == starts[j]:
                org = j - 1
            elif chain:
                org = chain[-1][1]
            chain.append((j, org))
            nxt = j + 1
            if nxt < n and labels[nxt] in OWNER_LABELS and nxt + 1 < n \
                    and labels[nxt + 1] == "POSITION" and text[ends[j]:starts[nxt]] in ("、", "") \
                    and ends[nxt] == starts[nxt + 1]:
                j = nxt + 1
                continue
            if nxt < n and labels[nxt] == "POSITION" and text[ends[j]:starts[nxt]] in ("、", "", "兼"):
                j = nxt
                continue
            break
        last = j
        persons = []
        p = last + 1
        if p < n and labels[p] == "PERSON":
            gap = text[ends[last]:starts[p]]
            if gap.strip(" :：\t") == "" and len(gap) <= 3:
                persons.append(p)
                # 市领导张三、李四…; a byline's names are apart by spaces (记者 张三 李四)
                while p + 1 < n and labels[p + 1] == "PERSON":
                    gap = text[ends[p]:starts[p + 1]]
                    if not (gap in _NAME_SEPS or (gap.strip(" \u3000") == "" and 0 < len(gap) <= 2)):
                        break
                    p += 1
                    persons.append(p)
        if persons:
            for per in persons:
                for pos, org in chain:
                    out.append({"person": ref(per), "position": ref(pos), "org": None if org is None else ref(org)})
        else:
            # "习近平总书记", "王建国书记", "张明任市科技局局长"
            head = chain[0][1] if chain[0][1] is not None and chain[0][1] == k - 1 else k
            gap = text[ends[head - 1]:starts[head]] if head > 0 else ""
            if gap not in _NAME_THEN_TITLE and len(gap) > 1:
                gap = _core_gap(gap)
            if head > 0 and labels[head - 1] == "PERSON" and gap in _NAME_THEN_TITLE \
                    and (gap[-1:] not in _COPULAS or _title_ends_clause(text, ends[last])):
                for pos, org in chain:
                    out.append({"person": ref(head - 1), "position": ref(pos), "org": None if org is None else ref(org)})
        k = (persons[-1] if persons else last) + 1
    return out
