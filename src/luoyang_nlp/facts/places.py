"""The administrative level of a place name, for words that stand for a place of a given
level (全市, 我市 -> a 市; 全省, 我省 -> a 省; 全区, 该区 -> a 区).

A name's level is the last character of its canonical name in the division lexicons
(``data/lexicons/divisions_cn.tsv``, ``luoyang_divisions.tsv``: 南阳 -> 南阳市 -> 市,
孟津 -> 孟津区 -> 区, 河南 -> 河南省 -> 省); a name the lexicons do not know has the level
its own last character gives (经开区 -> 区, 漯河市 -> 市), or none.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

__all__ = ["level_of", "is_division", "LEVELS"]

LEVELS: Final = frozenset("省市县区镇乡村")
_FILES: Final = ("divisions_cn.tsv", "luoyang_divisions.tsv")
# more territories a place name may be, by name or alias: counties by their short names (长垣),
# zones (济源示范区, 高新区), towns and subdistricts
_TERRITORY_FILES: Final = ("henan_counties_short.tsv", "henan_zones.tsv", "zones.tsv", "luoyang_towns.tsv",
                           "henan_towns.tsv")


@lru_cache(maxsize=1)
def _canonical() -> dict[str, str]:
    from ..resources import data_path, read_tsv

    out: dict[str, str] = {}
    for name in _FILES:
        path = data_path("lexicons", name)
        if not path.exists():  # pragma: no cover - data files ship with the package
            continue
        for row in read_tsv(path):
            canon = row.get("canonical") or row.get("name") or ""
            if not canon or canon[-1] not in LEVELS:
                continue
            for alias in [row.get("name", "")] + (row.get("aliases") or "").split("|"):
                if alias and alias not in out:
                    out[alias] = canon
    return out


def level_of(name: str) -> str | None:
    """``市`` for 南阳 / 南阳市, ``区`` for 孟津 / 经开区, ``省`` for 河南; ``None`` when unknown."""
    canon = _canonical().get(name)
    if canon:
        return canon[-1]
    return name[-1] if len(name) >= 2 and name[-1] in LEVELS else None


@lru_cache(maxsize=1)
def _territories() -> frozenset[str]:
    """The names and aliases of ``_TERRITORY_FILES``."""
    from ..resources import data_path, read_tsv

    out: set[str] = set()
    for name in _TERRITORY_FILES:
        path = data_path("lexicons", name)
        if not path.exists():  # pragma: no cover - data files ship with the package
            continue
        for row in read_tsv(path):
            out.update(a for a in [row.get("name", "")] + (row.get("aliases") or "").split("|") if a)
    return frozenset(out)


@lru_cache(maxsize=1)
def _zone_heads() -> tuple[str, ...]:
    """The heads of PLACE names in ``lexicons/rules/heads.tsv`` (高新区, 示范区, 新区 …): a
    name ending with one is a zone the entity rules found (南阳高新区)."""
    from ..resources import data_path, read_tsv

    return tuple(r["head"] for r in read_tsv(data_path("lexicons", "rules", "heads.tsv")) if r["label"] == "PLACE")


def is_division(name: str) -> bool:
    """A territory of its own: an administrative division, a county by its short name, a
    town or a zone the lexicons know or the zone heads name (漯河市, 孟津, 长垣, 济源示范区,
    南阳高新区); not a region of a firm (中国区) nor a country (巴西)."""
    return name in _canonical() or name in _territories() or name.endswith(_zone_heads())
