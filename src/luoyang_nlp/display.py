"""Visual views of a ``Doc``: an HTML rendering for notebooks and a displaCy "manual" dict.

A notebook fragment is self-contained (inline styles, one scoped ``<style>`` block for hover
effects); pages (``render_page``, the CLI's ``--format html``) use CSS classes instead. It
escapes every piece of the caller's text, and reads well on light and dark notebook themes:
text keeps the theme's own colour, highlights are translucent tints, and label tags are
white on a colour dark enough for contrast on either background.
"""

from __future__ import annotations

import hashlib
import html
import math
from typing import Any, Iterable

from .labels import LABELS

__all__ = ["LABEL_COLOURS", "render", "render_page", "to_displacy", "displacy_options"]

# Tag colours: every one keeps white text at a WCAG contrast of at least 4.5 (tested).
LABEL_COLOURS: dict[str, str] = {
    "PERSON": "#c0392b",
    "POSITION": "#a23b72",
    "PLACE": "#1e7b34",
    "ORG": "#1f5fa8",
    "COMPANY": "#6f42c1",
    "PROJECT": "#a85300",
    "MONEY": "#7f6500",
    "ENERGY": "#a5361b",
    "POWER": "#6a4f9a",
    "AREA": "#2b7566",
    "LENGTH": "#0f6a88",
    "MASS": "#5f5f25",
    "PERCENT": "#b0305f",
    "COUNT": "#56626e",
    "DATE": "#3d54a0",
    "DURATION": "#774c29",
}

_TINT_ALPHA = 0.2  # highlight background opacity: a tint on white, a glow on near-black


def _rgba(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _esc(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _fmt(v: Any) -> str:
    """A value for people: thousands separators, no float noise."""
    if isinstance(v, bool) or v is None:
        return str(v)
    if isinstance(v, int):
        return f"{v:,}"
    if isinstance(v, float):
        if not math.isfinite(v):
            return str(v)
        return f"{v:,.12g}" if abs(v) < 1e16 else f"{v:.6g}"
    return str(v)


def _ref(ref: Any) -> tuple[int, int] | None:
    """A fact's span reference ``{"start", "end"}`` as a tuple, or None."""
    if isinstance(ref, dict) and isinstance(ref.get("start"), int) and isinstance(ref.get("end"), int):
        return ref["start"], ref["end"]
    return None


# Keys of a fact that point at the span the fact is "about" (hover source) and at related spans.
_PRIMARY_KEYS = ("figure", "person")
_RELATED_KEYS = ("subject", "date", "position", "org")


def _primary(fact: dict) -> tuple[str | None, tuple[int, int] | None]:
    """The key and reference of the span a fact is about (its figure or person)."""
    for key in _PRIMARY_KEYS:
        ref = _ref(fact.get(key))
        if ref:
            return key, ref
    return None, None


def _span_tooltip(span) -> list[str]:
    lines = [span.label]
    if span.value is not None:
        lines.append(f"value: {_fmt(span.value)}" + (f" {span.unit}" if span.unit else ""))
    elif span.unit:
        lines.append(f"unit: {span.unit}")
    if span.low is not None or span.high is not None:
        lines.append(f"range: {_fmt(span.low)} – {_fmt(span.high)}")
    if span.qualifier:
        lines.append(f"qualifier: {span.qualifier}")
    return lines


def _fact_lines(fact: dict, text_at) -> list[str]:
    lines = []
    if fact.get("metric"):
        lines.append(f"metric: {fact['metric']}")
    for key in _RELATED_KEYS:
        ref = _ref(fact.get(key))
        if ref:
            lines.append(f"{key}: {text_at(ref)}")
        elif key == "subject" and key in fact:  # an explicit "belongs to no named thing"
            lines.append("subject: —")
    if fact.get("stage"):
        lines.append(f"stage: {fact['stage']}")
    return lines


def render(doc, *, title: str | None = None, classes: bool = False) -> str:
    """The document as an HTML fragment: highlighted text, legend, and facts when present.

    ``classes=True`` styles spans by CSS class (``lyn-l-MONEY`` …) instead of inline styles,
    for pages opened with ``page_head()``, whose stylesheet defines them: a page of thousands
    of documents is then several times smaller and lays out fast."""
    text = doc.text
    uid = "lyn-" + hashlib.sha1(
        repr((text, [s.to_dict() for s in doc.spans], list(doc.facts))).encode("utf-8")
    ).hexdigest()[:10]

    def text_at(ref: tuple[int, int]) -> str:
        s, e = ref
        return text[s:e] if 0 <= s < e <= len(text) else "?"

    # Fact wiring: which spans a hover on each primary span should light up.
    by_pos = {(s.start, s.end): s for s in doc.spans}
    primary_of: dict[tuple[int, int], list[int]] = {}
    related_of: dict[tuple[int, int], list[int]] = {}
    for i, fact in enumerate(doc.facts):
        if not isinstance(fact, dict):
            continue
        for key in _PRIMARY_KEYS:
            ref = _ref(fact.get(key))
            if ref in by_pos:
                primary_of.setdefault(ref, []).append(i)
        for key in _RELATED_KEYS:
            ref = _ref(fact.get(key))
            if ref in by_pos:
                related_of.setdefault(ref, []).append(i)

    parts: list[str] = []
    cursor = 0
    hidden = 0
    for span in doc.spans:
        if span.start < cursor:  # overlapping spans (only in hand-built Docs) cannot nest here
            hidden += 1
            continue
        parts.append(_esc(text[cursor:span.start]))
        colour = LABEL_COLOURS.get(span.label, "#666666")
        tip = _span_tooltip(span)
        attrs = [f'class="lyn-span"', f'data-label="{_esc(span.label)}"']
        key = (span.start, span.end)
        if key in primary_of:
            ids = primary_of[key]
            attrs.append(f'data-fact="{" ".join(f"f{i}" for i in ids)}"')
            for i in ids:
                tip.extend(_fact_lines(doc.facts[i], text_at))
        if key in related_of:
            ids = related_of[key]
            attrs.append(f'data-related="{" ".join(f"f{i}" for i in ids)}"')
            for i in ids:  # the other direction: what the text says about this span
                role, src = _primary(doc.facts[i])
                if src and src != key:
                    tip.append(f"← {doc.facts[i].get('metric') or role}: {text_at(src)}")
        if classes:
            attrs[0] = f'class="lyn-span {_label_class(span.label)}"'
            parts.append(f'<mark {" ".join(attrs)} title="{_esc(chr(10).join(tip))}">{_esc(span.text)}'
                         f'<span class="lyn-tag">{_esc(span.label)}</span></mark>')
        else:
            style = _mark_style(colour)
            parts.append(
                f'<mark {" ".join(attrs)} title="{_esc(chr(10).join(tip))}" style="{style}">'
                f"{_esc(span.text)}"
                f'<span class="lyn-tag" style="{_tag_style(colour)}">{_esc(span.label)}</span></mark>'
            )
        cursor = span.end
    parts.append(_esc(text[cursor:]))

    present = [lab for lab in LABELS if any(s.label == lab for s in doc.spans)]
    counts = {lab: sum(1 for s in doc.spans if s.label == lab) for lab in present}
    if classes:
        legend = "".join(f'<span class="lyn-key"><span class="lyn-swatch {_label_class(lab)}"></span>'
                         f"{_esc(lab)} ({counts[lab]})</span>" for lab in present) or "<em>no spans</em>"
    else:
        legend = "".join(
            f'<span style="display:inline-block;margin:0 0.6em 0.2em 0;white-space:nowrap">'
            f'<span style="display:inline-block;width:0.8em;height:0.8em;border-radius:0.2em;'
            f'vertical-align:middle;margin-right:0.3em;background:{LABEL_COLOURS[lab]}"></span>'
            f"{_esc(lab)} ({counts[lab]})</span>"
            for lab in present
        ) or "<em>no spans</em>"

    rules = [] if classes else [f"#{uid} mark.lyn-span:hover{{filter:brightness(1.15);}}"]
    wired = {i for ids in primary_of.values() for i in ids} & {i for ids in related_of.values() for i in ids}
    for i in sorted(wired):
        rules.append(
            f'#{uid}:has([data-fact~="f{i}"]:hover) [data-related~="f{i}"]'
            "{outline:2px dashed currentColor;outline-offset:1px;}"
        )

    if title is None and doc.id is not None:
        title = str(doc.id)
    meta = []
    if title is not None:
        meta.append(f"<strong>{_esc(title)}</strong>")
    if doc.published:
        meta.append(f"published {_esc(doc.published)}")
    meta.append(f"{len(text)} chars, {len(doc.spans)} spans" + (f", {len(doc.facts)} facts" if doc.facts else ""))
    head = f'<div style="opacity:0.75;font-size:0.85em;margin-bottom:0.3em">{" · ".join(meta)}</div>'

    footer = ""
    if hidden:
        footer += (f'<div style="opacity:0.75;font-size:0.85em">{hidden} overlapping span(s) '
                   "not highlighted</div>")
    if doc.facts:
        footer += _facts_table(doc.facts, text_at, classes)

    if classes:
        style = f"<style>{''.join(rules)}</style>" if rules else ""
        return (f'<div id="{uid}" class="lyn-doc">{style}<div class="lyn-meta">{" · ".join(meta)}</div>'
                f'<div class="lyn-legend">{legend}</div><div class="lyn-text">{"".join(parts)}</div>'
                f"{footer}</div>")
    return (
        f'<div id="{uid}" class="lyn-doc" style="color:inherit;background:transparent;'
        'font-family:inherit;max-width:60em">'
        f"<style>{''.join(rules)}</style>"
        f"{head}"
        f'<div class="lyn-legend" style="font-size:0.8em;margin-bottom:0.4em">{legend}</div>'
        f'<div class="lyn-text" style="white-space:pre-wrap;line-height:1.9">{"".join(parts)}</div>'
        f"{footer}</div>"
    )


def _facts_table(facts: Iterable[dict], text_at, classes: bool = False) -> str:
    rows = []
    for fact in facts:
        if not isinstance(fact, dict):
            continue
        _, primary = _primary(fact)
        cells = [text_at(primary) if primary else "—", fact.get("metric") or ""]
        related = []
        for key in _RELATED_KEYS:
            ref = _ref(fact.get(key))
            if ref:
                related.append(f"{key}: {text_at(ref)}")
            elif key == "subject" and key in fact:
                related.append("subject: —")
        cells.append("; ".join(related))
        cells.append(fact.get("stage") or "")
        td = "<td>" if classes else '<td style="padding:0.1em 0.6em">'
        rows.append("<tr>" + "".join(f"{td}{_esc(c)}</td>" for c in cells) + "</tr>")
    th = "<th>" if classes else '<th style="text-align:left;padding:0.1em 0.6em">'
    head = "".join(f"{th}{h}</th>" for h in ("span", "metric", "linked to", "stage"))
    if classes:
        return (f'<details class="lyn-facts"><summary>{len(rows)} facts</summary><table>'
                f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></details>")
    return (f'<details style="margin-top:0.5em;font-size:0.85em"><summary>{len(rows)} facts</summary>'
            f'<table style="border-collapse:collapse;color:inherit;background:transparent">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></details>")


def render_page(docs: Iterable, *, title: str = "luoyang-nlp") -> str:
    """A complete HTML page with every document (``prefers-color-scheme`` aware)."""
    return page_head(title) + "".join(render(d, classes=True) + "<hr>" for d in docs) + page_tail()


def _label_class(label: str) -> str:
    return "lyn-l-" + "".join(c for c in label if c.isalnum() or c in "-_")


def _mark_style(colour: str) -> str:
    return (f"background:{_rgba(colour, _TINT_ALPHA)};border-bottom:2px solid {colour};"
            "color:inherit;padding:0 .15em;border-radius:.25em")


def _tag_style(colour: str) -> str:
    return (f"background:{colour};color:#fff;font:600 .62em sans-serif;padding:0 .35em;"
            "margin-left:.25em;border-radius:.25em;vertical-align:middle;user-select:none")


def page_css() -> str:
    """The stylesheet of ``render(doc, classes=True)`` fragments: one rule per label.
    ``content-visibility:auto`` lets the browser skip laying out documents off screen."""
    rules = [
        ".lyn-doc{content-visibility:auto;contain-intrinsic-size:auto 30em;max-width:60em}",
        ".lyn-meta{opacity:.75;font-size:.85em;margin-bottom:.3em}",
        ".lyn-legend{font-size:.8em;margin-bottom:.4em}",
        ".lyn-key{display:inline-block;margin:0 .6em .2em 0;white-space:nowrap}",
        ".lyn-swatch{display:inline-block;width:.8em;height:.8em;border-radius:.2em;vertical-align:middle;"
        "margin-right:.3em}",
        ".lyn-text{white-space:pre-wrap;line-height:1.9}",
        ".lyn-facts{margin-top:.5em;font-size:.85em}.lyn-facts table{border-collapse:collapse}"
        ".lyn-facts td,.lyn-facts th{text-align:left;padding:.1em .6em}",
        "mark.lyn-span{color:inherit;padding:0 .15em;border-radius:.25em;border-bottom:2px solid #666;"
        "background:rgba(102,102,102,.2)}",
        "mark.lyn-span:hover{filter:brightness(1.15)}",
        ".lyn-tag{color:#fff;background:#666;font:600 .62em sans-serif;padding:0 .35em;margin-left:.25em;"
        "border-radius:.25em;vertical-align:middle;user-select:none}",
    ]
    for label, colour in LABEL_COLOURS.items():
        c = _label_class(label)
        rules.append(f"mark.{c}{{background:{_rgba(colour, _TINT_ALPHA)};border-bottom-color:{colour}}}"
                     f".{c} .lyn-tag,.lyn-swatch.{c}{{background:{colour}}}")
    return "".join(rules)


def page_head(title: str = "luoyang-nlp") -> str:
    """Opening of a standalone page (``lang="zh-CN"``, so Chinese shows in Chinese glyphs);
    stream ``render(doc)`` or ``render(doc, classes=True)`` fragments after it."""
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        '<meta name="color-scheme" content="light dark">'
        f"<title>{_esc(title)}</title>"
        "<style>body{font-family:system-ui,sans-serif;margin:2em auto;max-width:62em;padding:0 1em;"
        "background:#ffffff;color:#1b1b1b}"
        "@media (prefers-color-scheme: dark){body{background:#161616;color:#e6e6e6}}"
        "hr{border:0;border-top:1px solid rgba(128,128,128,0.4);margin:1.5em 0}"
        f"{page_css()}</style>"
        "</head><body>\n"
    )


def page_tail() -> str:
    return "</body></html>\n"


def to_displacy(doc) -> dict[str, Any]:
    """displaCy's "manual" entity format: ``displacy.render(d, style="ent", manual=True)``."""
    return {
        "text": doc.text,
        "ents": [{"start": s.start, "end": s.end, "label": s.label} for s in doc.spans],
        "title": doc.id,
    }


def displacy_options() -> dict[str, Any]:
    """``options=`` for displaCy with our label colours."""
    return {"ents": list(LABELS), "colors": {lab: _rgba(c, 0.35) for lab, c in LABEL_COLOURS.items()}}

