"""The conlleval-style entity scorer and BIO chunking (no model needed)."""

from __future__ import annotations

import pytest

from marsad.ner import bio_spans, score_entities


def test_ner_score_bio_spans_follow_conlleval():
    tags = ["B-PERS", "I-PERS", "O", "I-LOC", "I-LOC", "B-LOC", "I-ORG", "O"]
    # an I- after O, or after another type, opens a new chunk; B- always does
    assert bio_spans(tags) == [(0, 2, "PERS"), (3, 5, "LOC"), (5, 6, "LOC"), (6, 7, "ORG")]
    assert bio_spans(["B-ORG", "I-ORG"]) == [(0, 2, "ORG")]
    assert bio_spans([]) == []


def test_ner_score_exact_span_matching():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"], ["B-ORG", "I-ORG", "O", "B-MISC"]]
    pred = [["B-PERS", "O", "O", "B-LOC"], ["B-ORG", "I-ORG", "O", "O"]]
    res = score_entities(gold, pred)
    # PERS span is truncated: no credit; LOC and ORG exact
    assert res["per_type"]["PERS"]["tp"] == 0
    assert res["per_type"]["LOC"]["f1"] == 1.0
    assert res["micro"]["tp"] == 2 and res["micro"]["gold"] == 3 and res["micro"]["pred"] == 3
    assert res["micro"]["precision"] == pytest.approx(2 / 3)
    # MISC is outside the PERS/LOC/ORG micro score but in "all"
    assert res["per_type"]["MISC"]["recall"] == 0.0
    assert res["all"]["gold"] == 4
    assert res["tokens"] == 8 and res["sentences"] == 2


def test_ner_score_rejects_misaligned_input():
    with pytest.raises(ValueError):
        score_entities([["O"]], [["O", "O"]])
    with pytest.raises(ValueError):
        score_entities([["O"]], [])
