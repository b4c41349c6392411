"""Entity matchers (PERSON, POSITION, PLACE, ORG, COMPANY, PROJECT) from lexicons and rules."""

from __future__ import annotations

from ..candidate import Candidate, Context

__all__ = ["EntityMatcher"]


class EntityMatcher:
    """Placeholder until the lexicons land: finds no entities."""

    name = "entities"

    def __init__(self, lexicons=None, segmenter=None) -> None:
        self.lexicons = list(lexicons or [])
        self.segmenter = segmenter

    def add_entries(self, entries) -> None:
        raise NotImplementedError

    def __call__(self, text: str, ctx: Context) -> list[Candidate]:
        return []
