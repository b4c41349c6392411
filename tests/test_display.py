"""The notebook view (Doc._repr_html_) and the displaCy dict, on hand-built and extracted Docs."""

import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import luoyang_nlp
from luoyang_nlp import LABELS, Doc, Span
from luoyang_nlp.display import LABEL_COLOURS, displacy_options, render, render_page


class _Reader(HTMLParser):
    """Visible text (without label tags and <style>), marks with their attributes, scripts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.marks, self.tags = [], [], []
        self._skip = []  # stack of booleans: inside a label tag or a style element
        self._in_text = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if tag == "mark":
            self.marks.append(a)
        skip = tag == "style" or (tag == "span" and a.get("class") == "lyn-tag")
        if tag == "div" and a.get("class") == "lyn-text":
            self._in_text += 1
        elif tag == "div" and self._in_text:
            self._in_text += 1
        self._skip.append(skip)

    def handle_endtag(self, tag):
        if self._skip:
            self._skip.pop()
        if tag == "div" and self._in_text:
            self._in_text -= 1

    def handle_data(self, data):
        if self._in_text and not any(self._skip):
            self.text.append(data)


def read(html):
    r = _Reader()
    r.feed(html)
    r.close()
    return r


def money_doc():
    text = "项目<b>总投资约140亿元</b>，另有3至5亿元。"
    return Doc(text, (
        Span("约140亿元", "MONEY", 8, 14, 14000000000, "CNY", "approx"),
        Span("3至5亿元", "MONEY", 21, 26, 300000000, "CNY", None, 300000000, 500000000),
    ), id="m1", published="2024-10-09")


def test_text_is_shown_whole_and_in_order_with_one_mark_per_span():
    doc = money_doc()
    r = read(doc._repr_html_())
    assert "".join(r.text) == doc.text
    assert [m["data-label"] for m in r.marks] == ["MONEY", "MONEY"]


def test_markup_in_the_input_stays_text():
    text = '<script>alert("x")</script> & 投资5亿元 <img src=x onerror=1>'
    start = text.index("5亿元")
    doc = Doc(text, (Span("5亿元", "MONEY", start, start + 3, 500000000, "CNY"),), id="<i>id</i>")
    out = doc._repr_html_()
    assert "<script" not in out and "<img" not in out and "<i>" not in out
    assert "&lt;script&gt;" in out and "&lt;i&gt;id&lt;/i&gt;" in out
    r = read(out)
    assert "script" not in r.tags and "img" not in r.tags
    assert "".join(r.text) == text


def test_tooltip_carries_label_value_unit_qualifier_and_range():
    marks = read(money_doc()._repr_html_()).marks
    assert marks[0]["title"].splitlines() == ["MONEY", "value: 14,000,000,000 CNY", "qualifier: approx"]
    assert "range: 300,000,000 – 500,000,000" in marks[1]["title"].splitlines()
    date = Doc("2024年10月9日", (Span("2024年10月9日", "DATE", 0, 10, "2024-10-09", "ISO8601"),))
    assert read(date._repr_html_()).marks[0]["title"].splitlines() == ["DATE", "value: 2024-10-09 ISO8601"]


def test_legend_lists_the_labels_present_with_counts():
    text = "江凌在洛阳宣布投资5亿元"
    doc = Doc(text, (Span("江凌", "PERSON", 0, 2), Span("洛阳", "PLACE", 3, 5),
                     Span("5亿元", "MONEY", 9, 12, 500000000, "CNY")))
    legend = re.search(r'class="lyn-legend"[^>]*>(.*?)</div>', doc._repr_html_()).group(1)
    legend_text = re.sub(r"<[^>]+>", " ", legend)
    assert legend_text.split() == ["PERSON", "(1)", "PLACE", "(1)", "MONEY", "(1)"]
    assert "no spans" in Doc("没有数字")._repr_html_()


def _luminance(hex_colour):
    def lin(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)


def test_readable_on_light_and_dark_themes():
    assert set(LABEL_COLOURS) == set(LABELS)
    for label, colour in LABEL_COLOURS.items():
        # white label text on the tag colour: WCAG AA for normal text
        assert 1.05 / (_luminance(colour) + 0.05) >= 4.5, label
    out = money_doc()._repr_html_()
    # the text keeps the theme's colour; highlights are translucent tints, never opaque fills
    assert 'class="lyn-doc" style="color:inherit' in out
    for m in read(out).marks:
        assert "color:inherit" in m["style"]
        alpha = float(re.search(r"background:rgba\(\d+,\d+,\d+,([\d.]+)\)", m["style"]).group(1))
        assert 0 < alpha <= 0.3
    page = render_page([money_doc()])
    assert "prefers-color-scheme: dark" in page and 'content="light dark"' in page


def test_facts_link_figure_to_subject_on_hover():
    text = "中州新材料产业园总投资20亿元，占地300亩。"
    spans = (Span("中州新材料产业园", "PROJECT", 0, 8), Span("20亿元", "MONEY", 11, 15, 2000000000, "CNY"),
             Span("300亩", "AREA", 18, 22, 200000.0, "m2"))
    facts = ({"figure": {"start": 11, "end": 15}, "metric": "总投资", "subject": {"start": 0, "end": 8}},
             {"figure": {"start": 18, "end": 22}, "metric": "占地", "subject": None})
    out = Doc(text, spans, facts=facts)._repr_html_()
    marks = {m["data-label"]: m for m in read(out).marks}
    assert marks["MONEY"]["data-fact"] == "f0" and marks["AREA"]["data-fact"] == "f1"
    assert marks["PROJECT"]["data-related"] == "f0"
    assert "metric: 总投资" in marks["MONEY"]["title"] and "subject: 中州新材料产业园" in marks["MONEY"]["title"]
    assert "subject: —" in marks["AREA"]["title"]
    assert "← 总投资: 20亿元" in marks["PROJECT"]["title"]
    uid = re.search(r'<div id="(lyn-[0-9a-f]+)"', out).group(1)
    assert f'#{uid}:has([data-fact~="f0"]:hover) [data-related~="f0"]' in out
    assert "2 facts" in out and "占地" in out


def test_person_facts_link_both_ways():
    text = "市委书记江凌出席"
    doc = Doc(text, (Span("市委书记", "POSITION", 0, 4), Span("江凌", "PERSON", 4, 6)),
              facts=({"person": {"start": 4, "end": 6}, "position": {"start": 0, "end": 4}, "org": None},))
    marks = {m["data-label"]: m for m in read(doc._repr_html_()).marks}
    assert marks["PERSON"]["data-fact"] == "f0" and marks["POSITION"]["data-related"] == "f0"
    assert marks["PERSON"]["title"].splitlines() == ["PERSON", "position: 市委书记"]
    assert marks["POSITION"]["title"].splitlines() == ["POSITION", "← person: 江凌"]


def test_without_facts_and_with_broken_fact_refs():
    doc = money_doc()
    assert "data-fact" not in doc._repr_html_() and "facts</summary>" not in doc._repr_html_()
    broken = Doc(doc.text, doc.spans, facts=({"figure": {"start": 0, "end": 1}, "subject": {"start": 99, "end": 120}},
                                             "not a dict", {"figure": None}))
    out = broken._repr_html_()
    r = read(out)
    assert "".join(r.text) == doc.text
    assert all("data-fact" not in m and "data-related" not in m for m in r.marks)
    assert ":has(" not in out and "3 facts" in out


def test_overlapping_hand_built_spans_keep_the_text_intact():
    text = "洛阳中州产业园"
    doc = Doc(text, (Span("洛阳中州产业园", "PROJECT", 0, 7), Span("洛阳", "PLACE", 0, 2)))
    out = doc._repr_html_()
    assert "".join(read(out).text) == text
    assert "1 overlapping span(s) not highlighted" in out


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("投资亿元<>&\"' \n\tab😀")), min_size=1, max_size=40), st.data())
def test_property_visible_text_is_the_input(text, data):
    cuts = sorted(data.draw(st.sets(st.integers(0, len(text)), max_size=6)))
    spans = []
    for s, e in zip(cuts[::2], cuts[1::2]):
        if s < e:
            spans.append(Span(text[s:e], data.draw(st.sampled_from(LABELS)), s, e))
    doc = Doc(text, tuple(spans))
    r = read(render(doc))
    assert "".join(r.text) == text
    assert len(r.marks) == len(spans)


def test_extracted_doc_renders_its_figures():
    doc = luoyang_nlp.extract("总投资约140亿元。", id="x")
    marks = read(doc._repr_html_()).marks
    assert [m["data-label"] for m in marks] == ["MONEY"]
    assert "qualifier: approx" in marks[0]["title"]


def test_to_displacy_manual_dict():
    doc = money_doc()
    d = doc.to_displacy()
    assert d == {"text": doc.text, "title": "m1",
                 "ents": [{"start": 8, "end": 14, "label": "MONEY"}, {"start": 21, "end": 26, "label": "MONEY"}]}
    for e in d["ents"]:
        assert d["text"][e["start"]:e["end"]] in ("约140亿元", "3至5亿元")
    opts = displacy_options()
    assert set(opts["colors"]) == set(LABELS) and opts["ents"] == list(LABELS)


def test_displacy_renders_our_dict_when_spacy_is_installed():
    displacy = pytest.importorskip("spacy.displacy", reason="spaCy not installed (optional)")
    out = displacy.render(money_doc().to_displacy(), style="ent", manual=True, options=displacy_options())
    assert "约140亿元" in out and "MONEY" in out
