"""Person facts: a PERSON linked to the POSITION the text gives them and the ORG, COMPANY or
PLACE of that office: ``[ORG]POSITION(、[ORG]POSITION)* PERSON(、PERSON)*`` chains (市委常委、
副市长王建国), and a name before its title (习近平总书记, 张明任市科技局局长)."""

from __future__ import annotations

from typing import Callable, Sequence

from ..candidate import Candidate
from .tables import OWNER_LABELS

__all__ = ["person_facts"]

_NAME_SEPS = ("、",)  # between names listed after one title
_NAME_THEN_TITLE = ("", "任", "担任", "出任", "兼任", "系")  # between a name and the title after it


def person_facts(c: Sequence[Candidate], text: str, ref: Callable[[int | None], dict | None],
                 labels: list[str]) -> list[dict]:
    """Person facts over candidates ``c`` sorted by start (``labels`` their labels);
    ``ref(i)`` makes a span reference."""
    def gap(a: int, b: int) -> str:
        return text[c[a].end:c[b].start]

    out = []
    n = len(c)
    k = 0
    while k < n:
        try:
            k = labels.index("POSITION", k)  # the next title: chains start there
        except ValueError:
            break
        chain = []  # (position, org)
        j = k
        while j < n and c[j].label == "POSITION":
            org = None
            if j > 0 and c[j - 1].label in OWNER_LABELS and c[j - 1].end == c[j].start:
                org = j - 1
            elif chain:
                org = chain[-1][1]
            chain.append((j, org))
            nxt = j + 1
            if nxt < n and c[nxt].label in OWNER_LABELS and nxt + 1 < n \
                    and c[nxt + 1].label == "POSITION" and gap(j, nxt) in ("、", "") \
                    and c[nxt].end == c[nxt + 1].start:
                j = nxt + 1
                continue
            if nxt < n and c[nxt].label == "POSITION" and gap(j, nxt) in ("、", "", "兼"):
                j = nxt
                continue
            break
        last = j
        persons = []
        p = last + 1
        if p < n and c[p].label == "PERSON" and gap(last, p).strip(" :：\t") == "" \
                and len(gap(last, p)) <= 3:
            persons.append(p)
            # 市领导张三、李四…; a byline's names are apart by spaces (记者 张三 李四)
            while p + 1 < n and c[p + 1].label == "PERSON" and (gap(p, p + 1) in _NAME_SEPS or
                                                               (gap(p, p + 1).strip(" \u3000") == "" and 0 < len(gap(p, p + 1)) <= 2)):
                p += 1
                persons.append(p)
        if persons:
            for per in persons:
                for pos, org in chain:
                    out.append({"person": ref(per), "position": ref(pos), "org": ref(org)})
        else:
            # "习近平总书记", "王建国书记", "张明任市科技局局长"
            head = chain[0][1] if chain[0][1] is not None and chain[0][1] == k - 1 else k
            if head > 0 and c[head - 1].label == "PERSON" and gap(head - 1, head) in _NAME_THEN_TITLE:
                for pos, org in chain:
                    out.append({"person": ref(head - 1), "position": ref(pos), "org": ref(org)})
        k = (persons[-1] if persons else last) + 1
    return out
