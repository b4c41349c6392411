"""The merge rule: which project mentions are one project (``docs/tracker.md``).

1. Within a document, mentions with the same name key (``names.name_key``: base name and
   phase) are one project: an article names one thing by one name; so is a name written
   without the company that opens it elsewhere in the article (丽珠集团原料药生产基地 …
   原料药生产基地).
2. Across documents, groups with the same key merge when nothing says they differ:
   - their places must not conflict (``places.compatible``: 涧西区 and 洛阳市 agree, 伊川县 and
     涧西区 do not), so the same name in two counties stays two projects;
   - a short base name (fewer than ``LONG_NAME`` characters: 科技馆, 中央公园, 报业大厦) also
     needs positive evidence: the same place (one containing the other) or a shared company;
   - a group that could join two different projects (洛阳市 when there is one in 涧西区 and
     one in 伊川县) joins neither: it is never guessed.
   Phases are part of the key, so 一期 and 二期 (and a name with no phase) stay apart.
Groups are taken most specific place first, then in document order, so the result does not
depend on which article came first except for ties.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .mentions import Mention
from .places import Place, compatible

__all__ = ["Group", "group_mentions", "merge"]


@dataclass
class Group:
    """The mentions of one project in one document."""

    mentions: list[Mention]
    place: Place | None
    companies: set = field(default_factory=set)

    @property
    def key(self):
        """The key of the group's longest-named mention (the one with its company, if any)."""
        return max((m.key for m in self.mentions), key=lambda k: len(k.base))

    @property
    def doc_index(self) -> int:
        return self.mentions[0].doc_index


def group_mentions(mentions: list[Mention]) -> list[Group]:
    """Rule 1: one group per document and name key; its place is the most specific place of
    its mentions (the first written, when two conflict). In a document, a name that is
    another's without the company opening it (原料药生产基地 after 丽珠集团原料药生产基地)
    joins the longer one's group."""
    full = {(m.doc_index, m.bare, m.key.phase): (m.key.base, m.key.phase) for m in mentions if m.bare}
    groups: dict = {}
    for m in mentions:
        base, phase = full.get((m.doc_index, m.key.base, m.key.phase), (m.key.base, m.key.phase))
        k = (m.doc_index, base, phase)
        g = groups.get(k)
        if g is None:
            groups[k] = g = Group([], None)
        g.mentions.append(m)
        g.companies.update(m.companies)
        if m.place is not None and (g.place is None or (compatible(g.place, m.place) and m.place.depth > g.place.depth)):
            g.place = m.place
    return list(groups.values())


@dataclass
class _Cluster:
    groups: list
    places: list
    companies: set

    def add(self, g: Group) -> None:
        self.groups.append(g)
        if g.place is not None:
            self.places.append(g.place)
        self.companies |= g.companies


def _joinable(c: _Cluster, g: Group, long: bool) -> bool:
    if any(compatible(g.place, p) is False for p in c.places):
        return False
    if g.place is not None and c.places:
        return True  # every place agrees
    if long:
        return True
    return bool(g.companies & c.companies)


def merge(groups: list[Group]) -> list[list[Group]]:
    """Rule 2: the groups of each project, projects in order of first mention."""
    by_key: dict = defaultdict(list)
    for g in groups:
        by_key[(g.key.base, g.key.phase)].append(g)
    clusters: list[_Cluster] = []
    for (base, _), gs in by_key.items():
        long = gs[0].key.long
        mine: list[_Cluster] = []
        for g in sorted(gs, key=lambda g: (-(g.place.depth if g.place else 0), g.doc_index)):
            fits = [c for c in mine if _joinable(c, g, long)]
            if len(fits) == 1:
                fits[0].add(g)
            else:
                c = _Cluster([], [], set())
                c.add(g)
                mine.append(c)
        clusters.extend(mine)
    projects = [sorted(c.groups, key=lambda g: g.doc_index) for c in clusters]
    projects.sort(key=lambda gs: (gs[0].doc_index, gs[0].mentions[0].start))
    return projects
