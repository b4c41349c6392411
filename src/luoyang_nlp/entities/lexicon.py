"""Lexicon files: TSV tables of named entities, and the word lists the entity rules use.

A lexicon file has a header row ``name, label, canonical, aliases, parent, note`` (only
``name`` and ``label`` are required; ``aliases`` are ``|``-separated) and ``#`` comment
lines for provenance. See docs/lexicons.md.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from ..labels import ENTITY_LABELS
from ..resources import data_path, read_tsv

__all__ = ["Entry", "load_lexicon", "default_lexicon_paths", "coerce_entries", "RuleWords"]


@dataclass(frozen=True)
class Entry:
    """One named thing: its written ``name``, its label, and other names it goes by."""

    name: str
    label: str
    canonical: str = ""
    aliases: tuple[str, ...] = ()
    parent: str = ""
    note: str = ""

    def names(self) -> tuple[str, ...]:
        return (self.name,) + tuple(a for a in self.aliases if a and a != self.name)


def _check(name: str, label: str, where: str) -> None:
    if not name or not name.strip():
        raise ValueError(f"{where}: empty entity name")
    if label not in ENTITY_LABELS:
        raise ValueError(f"{where}: unknown label {label!r} for {name!r}; use one of {', '.join(ENTITY_LABELS)}")


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))  # zero-width, BOM
_MAX_FIELD = 1000  # characters: longer cells are a broken file (e.g. an unclosed quote), not a name


def _lexicon_text(path: Path) -> str:
    """The file's text: UTF-8 (a BOM is dropped); another encoding is named, with the line."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        from ..inputs import guess_legacy

        guess = guess_legacy(data)
        hint = (f"it looks like {guess[1]}: save it as UTF-8 (e.g. iconv -f {guess[2]} -t utf-8)"
                if guess else "save it as UTF-8")
        raise ValueError(f"{path}:{line}: lexicon is not UTF-8 text (bad byte at offset {exc.start}); {hint}") from None


def _lexicon_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """``(line number, row)`` pairs of a lexicon TSV; its first non-comment line is the header."""
    header: list[str] | None = None
    rows = []
    for lineno, line in enumerate(_lexicon_text(path).splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.translate(_INVISIBLE).strip() for c in line.split("\t")]
        if header is None:
            header = [c.lower() for c in cells]
            if "name" not in header or "label" not in header:
                raise ValueError(f"{path}:{lineno}: lexicon needs a header line with at least 'name' and "
                                 f"'label' columns (tab-separated), got {line[:80]!r}")
            continue
        if len(cells) > len(header) and any(cells[len(header):]):
            raise ValueError(f"{path}:{lineno}: {len(cells)} fields where the header has {len(header)}")
        long = next((c for c in cells if len(c) > _MAX_FIELD), None)
        if long is not None:
            raise ValueError(f"{path}:{lineno}: a field of {len(long)} characters; is a tab or line break missing?")
        rows.append((lineno, dict(zip(header, cells + [""] * (len(header) - len(cells))))))
    if header is None:
        raise ValueError(f"{path}: empty lexicon; it needs a header line 'name<TAB>label' and one entry per line")
    if not rows:
        raise ValueError(f"{path}: lexicon has a header but no entries")
    return rows


def load_lexicon(path: str | os.PathLike) -> list[Entry]:
    """Entries of one lexicon TSV file; every error is a ``ValueError`` naming ``file:line``."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"lexicon file not found: {path}")
    out = []
    for lineno, r in _lexicon_rows(path):
        name, label = r.get("name", ""), r.get("label", "").upper()
        _check(name, label, f"{path}:{lineno}")
        aliases = tuple(a.strip() for a in r.get("aliases", "").split("|") if a.strip())
        out.append(Entry(name.strip(), label, r.get("canonical", "") or name.strip(), aliases,
                         r.get("parent", ""), r.get("note", "")))
    return out


def default_lexicon_paths() -> list[Path]:
    """The lexicons shipped with the package (``data/lexicons/*.tsv``, not ``rules/``)."""
    return sorted(data_path("lexicons").glob("*.tsv"))


def coerce_entries(entries: Iterable[Any]) -> list[Entry]:
    """Accept ``Entry``, ``(name, label)``, ``(name, label, aliases)`` or dicts with those keys."""
    if isinstance(entries, (str, bytes, dict, Entry)):
        entries = [entries]
    out = []
    for e in entries:
        if isinstance(e, Entry):
            _check(e.name, e.label, "entry")
            out.append(e)
            continue
        if isinstance(e, dict):
            name, label, aliases = e.get("name", ""), e.get("label", ""), e.get("aliases", ())
        elif isinstance(e, (tuple, list)) and 2 <= len(e) <= 3:
            name, label = e[0], e[1]
            aliases = e[2] if len(e) == 3 else ()
        else:
            raise TypeError(f"entries must be (name, label[, aliases]) tuples or dicts, got {e!r}")
        if not isinstance(name, str) or not isinstance(label, str):
            raise TypeError(f"entry name and label must be str, got {e!r}")
        if aliases is None:
            aliases = ()
        if isinstance(aliases, str):
            aliases = aliases.split("|")
        if not isinstance(aliases, (list, tuple, set, frozenset)) or not all(isinstance(a, str) for a in aliases):
            raise TypeError(f"entry aliases must be a '|'-separated str or a list of str, got {e!r}")
        name = name.translate(_INVISIBLE)
        aliases = [a.translate(_INVISIBLE) for a in aliases]
        label = label.upper()
        _check(name, label, "entry")
        out.append(Entry(name.strip(), label, name.strip(), tuple(a.strip() for a in aliases if a and a.strip())))
    return out


@lru_cache(maxsize=1)
def common_words() -> tuple[frozenset, frozenset]:
    """``rules/common_words.tsv`` (generated: common words that are no name), read once for the
    rules and the fusion policy: all its words, and those that are verbs or function words."""
    rows = read_tsv(data_path("lexicons", "rules", "common_words.tsv"))
    return frozenset(r["word"] for r in rows), frozenset(r["word"] for r in rows if r["func"] == "1")


class RuleWords:
    """Word lists under ``data/lexicons/rules/`` (surnames, titles, government bodies), read once."""

    def __init__(self) -> None:
        rules = data_path("lexicons", "rules")
        rows = read_tsv(rules / "surnames.tsv")
        self.surnames = frozenset(r["surname"] for r in rows if r.get("rare") != "1")
        self.rare_surnames = frozenset(r["surname"] for r in rows if r.get("rare") == "1")
        self.compound_surnames = frozenset(s for s in self.surnames if len(s) > 1)
        pos = read_tsv(rules / "positions.tsv")
        self.titles = tuple(r["title"] for r in pos)
        self.party_titles = tuple(r["title"] for r in pos if r.get("party") == "1")
        #: party organs that compose with those titles (市委书记, 村党总支书记)
        self.party_prefixes = tuple(r["prefix"] for r in read_tsv(rules / "party_prefixes.tsv"))
        bylines = read_tsv(rules / "bylines.tsv")
        self.byline_titles = frozenset(r["title"] for r in bylines)
        self.list_titles = frozenset(r["title"] for r in bylines if r["kind"] == "list")
        #: roles that are a POSITION only with a name (律师, 法官, 负责人), also after a body's name
        self.named_titles = frozenset(r["title"] for r in bylines if r["kind"] == "named")
        self.titles += tuple(sorted(self.byline_titles - set(self.titles)))
        bodies = read_tsv(rules / "org_bodies.tsv")
        self.bodies = tuple(r["body"] for r in bodies)
        self.bare_bodies = tuple(r["body"] for r in bodies if r.get("bare") == "1")

