from luoyang_nlp.evaluate import score


def span(s, e, label, text="x", **kw):
    return {"start": s, "end": e, "label": label, "text": text, **kw}


def test_strict_relaxed_and_optional():
    gold = [{"id": "d", "spans": [span(0, 2, "PERSON"), span(5, 9, "PLACE"), span(10, 12, "ORG", optional=True),
                                  span(20, 25, "MONEY", value=5.0, unit="CNY")]}]
    pred = [{"id": "d", "spans": [span(0, 2, "PERSON"), span(5, 8, "PLACE"), span(10, 12, "ORG"),
                                  span(20, 25, "MONEY", value=6.0, unit="CNY"), span(30, 31, "PERSON")]}]
    r = score(gold, pred)
    lab = r["labels"]
    assert lab["PERSON"]["strict"]["tp"] == 1 and lab["PERSON"]["strict"]["fp"] == 1
    assert lab["PLACE"]["strict"]["fn"] == 1 and lab["PLACE"]["relaxed"]["tp"] == 1
    assert "ORG" not in lab or lab["ORG"]["strict"]["fp"] == 0
    assert r["value_accuracy"] == 0.0
    assert lab["ENTITIES"]["strict"]["tp"] == 1


def _fp(gold_spans, pred_spans, label):
    lab = score([{"id": "d", "spans": gold_spans}], [{"id": "d", "spans": pred_spans}])["labels"]
    return lab[label]["strict"]["fp"] if label in lab else 0


def test_a_guess_overlapping_an_optional_span_is_neutral():
    # SPEC: a predicted span that overlaps an optional gold span and no required gold span of its
    # own label is neutral, whatever the optional span's label (a shorter or longer guess)
    opt = span(10, 16, "PROJECT", optional=True)
    assert _fp([opt], [span(10, 12, "PLACE")], "PLACE") == 0
    assert _fp([opt], [span(10, 16, "PROJECT")], "PROJECT") == 0
    # … but not when it also overlaps a required gold span of its label, or overlaps nothing
    assert _fp([opt, span(11, 14, "PLACE")], [span(10, 12, "PLACE")], "PLACE") == 1
    assert _fp([opt], [span(20, 22, "PLACE")], "PLACE") == 1
