"""The eval readers and runs on the real development data (skipped when ../shared/data is absent)."""

from __future__ import annotations

import pytest

from marsad import evaluate as ev


def test_eval_dev_readers_match_the_documented_counts(shared):
    a = ev.load_gsr(shared, "assault")
    assert len(a) == 1562 and sum(x.gold is True for x in a) == 152 and sum(x.gold is None for x in a) == 76
    p = ev.load_gsr(shared, "protest")
    assert len(p) == 1306 and sum(x.gold is True for x in p) == 50
    assert len(ev.load_spans(shared, "assault")) == 167 and len(ev.load_spans(shared, "protest")) == 165
    q = ev.load_quad(shared)
    assert len(q) == 4784 and sum(lab == 0 for _, lab in q) == 809 and sum(lab == 3 for _, lab in q) == 700
    r = ev.load_relevance(shared)
    assert len(r) == 9171 and sum(lab for _, lab in r) == 4380


@pytest.mark.slow
def test_eval_dev_assault_with_the_pipeline(shared):
    rep = ev.run(shared, ["assault"])
    row = rep.rows[0]
    assert row.system == "dictionary" and "n 1486" in row.detail
    assert row.value is not None and 0.0 <= row.value <= 1.0
