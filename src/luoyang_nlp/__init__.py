"""luoyang-nlp: typed spans from Chinese regional economic and government news.

>>> import luoyang_nlp
>>> doc = luoyang_nlp.extract("项目总投资约140亿元。")
>>> doc.figures[0].value
14000000000
"""

from .doc import Doc, Span
from .labels import ENTITY_LABELS, FIGURE_LABELS, LABELS
from . import ledger  # the module, callable as before: luoyang_nlp.ledger(docs); pandas loads on first call
from .pipeline import Extractor, extract
from . import track  # the project tracker package, callable: luoyang_nlp.track(docs)

__version__ = "0.1.0"
__all__ = ["extract", "Extractor", "Doc", "Span", "LABELS", "ENTITY_LABELS", "FIGURE_LABELS",
           "to_dataframe", "figures_table", "ledger", "track", "overview", "__version__"]

_LAZY = {"to_dataframe": "export", "figures_table": "export", "overview": "charts"}


def __getattr__(name: str):
    """Optional helpers load on first use (pandas is not imported by ``import luoyang_nlp``)."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
