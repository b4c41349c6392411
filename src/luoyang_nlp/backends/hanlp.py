"""Optional HanLP back end (placeholder)."""

from __future__ import annotations


class HanLPMatcher:
    def __init__(self, model=None, *, allow_download: bool = False) -> None:
        raise NotImplementedError("the HanLP back end is not available yet")
