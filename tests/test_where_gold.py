"""Place precision/recall on the 100 hand-labelled ANT sentences (text read from ../shared)."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_where_gold_precision_recall(shared):
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import eval_places
    finally:
        sys.path.pop(0)
    r = eval_places.evaluate()
    assert r["gold_places"] >= 140
    assert r["precision"] >= 0.9
    assert r["recall"] >= 0.85
    for name in ("طرابلس", "عمان", "الجزائر"):
        ok, total = map(int, r["ambiguous_resolved"][name].split("/"))
        assert total >= 5 and ok == total, (name, r["ambiguous_resolved"][name])


@pytest.mark.slow
def test_where_heldout_precision_recall(shared):
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import eval_places
    finally:
        sys.path.pop(0)
    r = eval_places.evaluate(gold_path=eval_places.HELDOUT)
    assert r["gold_places"] >= 130
    assert r["precision"] >= 0.9
    assert r["recall"] >= 0.85


def test_where_gold_file_is_ids_and_offsets_only():
    import json

    rows = [
        json.loads(x) for x in (ROOT / "tests" / "data" / "places_gold.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert len(rows) == 100
    for r in rows:
        assert set(r) == {"n", "doc", "start", "end", "sha1", "places"}  # no sentence text is stored
        for p in r["places"]:
            assert set(p) == {"span", "surface", "country", "kind"}
            assert len(p["surface"]) < 40
