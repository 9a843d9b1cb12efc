"""The eval scorer on a tiny hand-made gold file (tests/data/eval_gold) and hand-made Event lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad import evaluate as ev
from marsad.model import Actor, Event, Evidence

ROOT = Path(__file__).resolve().parents[1]

GOLD = Path(__file__).parent / "data" / "eval_gold"


def make_event(
    cameo: str,
    quad: int,
    *,
    modality: str = "asserted",
    conf: float = 0.8,
    plover: str | None = None,
    source: Actor | None = None,
    target: Actor | None = None,
) -> Event:
    return Event(
        event_id="e",
        doc_id="d",
        story=0,
        sentence=0,
        date=None,
        date_precision="unknown",
        date_text=None,
        source=source,
        target=target,
        cameo=cameo,
        cameo_root=cameo[:2],
        plover=plover,
        plover_mode=None,
        plover_context=None,
        quad_class=quad,
        goldstein=None,
        modality=modality,
        location=None,
        evidence=Evidence(
            sentence="",
            verb_span=(0, 3),
            source_span=None,
            target_span=None,
            rule="test",
            confidence=conf,
            verb_text="قتل",
        ),
    )


KILL = make_event("1823", 4, plover="ASSAULT")
PROTEST = make_event("141", 3, plover="PROTEST")
MEET = make_event("040", 1, plover="CONSULT")


# ------------------------------------------------------------------ pure scores


def test_eval_score_detection_counts():
    gold = {"a": True, "b": True, "c": False, "d": False}
    pred = {"a": True, "c": True}  # b missing = predicted negative
    s = ev.score_detection(gold, pred)
    assert (s.tp, s.fp, s.fn, s.tn) == (1, 1, 1, 1)
    assert s.precision == 0.5 and s.recall == 0.5 and s.f1 == 0.5


def test_eval_score_detection_ignores_ids_not_in_gold_and_empty():
    assert ev.score_detection({"a": True}, {"a": True, "zzz": True}).f1 == 1.0
    empty = ev.score_detection({}, {})
    assert empty.f1 == 0.0 and empty.precision == 0.0 and empty.n == 0


def test_eval_macro_f1_includes_zero_class_or_not():
    gold = [0, 1, 1, 2, 3, 4]
    pred = [0, 1, 2, 2, 3, 0]
    per = ev.per_class_f1(gold, pred, range(5))
    assert per[1].f1 == pytest.approx(2 / 3)  # tp 1, fn 1
    assert per[4].f1 == 0.0
    assert ev.macro_f1(gold, pred, range(5)) == pytest.approx((2 / 3 + 2 / 3 + 2 / 3 + 1 + 0) / 5)
    assert ev.macro_f1(gold, pred, range(1, 5)) == pytest.approx((2 / 3 + 2 / 3 + 1 + 0) / 4)


def test_eval_accuracy_ties_and_unmatched():
    a = ev.accuracy([({"EGY"}, "egy"), ({"EDU", "CVL"}, "CVL"), ("IRQ", "SYR"), ("AFG", None)])
    assert (a.correct, a.total, a.matched) == (2, 4, 3)
    assert a.value == 0.5


# ------------------------------------------------------------------ events → sentence decisions


def test_eval_detection_counts_only_deeds():
    assert ev.detects([KILL], "ASSAULT")
    assert ev.detects([make_event("1823", 4, plover="ASSAULT", modality="reported")], "ASSAULT")
    for m in ("negated", "intended", "hypothetical"):
        assert not ev.detects([make_event("1823", 4, plover="ASSAULT", modality=m)], "ASSAULT")
    assert not ev.detects([MEET], "ASSAULT")
    assert ev.detects([PROTEST], "PROTEST") and not ev.detects([PROTEST], "ASSAULT")


def test_eval_type_falls_back_to_cameo_roots():
    assert ev.is_type(make_event("190", 4), "ASSAULT")
    assert ev.is_type(make_event("1712", 4), "ASSAULT")
    assert not ev.is_type(make_event("171", 4), "ASSAULT")
    assert ev.is_type(make_event("143", 3), "PROTEST")


def test_eval_sentence_quad_maps_gdelt_to_dataset():
    # GDELT 4 MatConf -> dataset 1; 1 VerCoop -> dataset 4; most confident event wins
    assert ev.sentence_quad([KILL]) == 1
    assert ev.sentence_quad([make_event("051", 1, conf=0.9), make_event("190", 4, conf=0.5)]) == 4
    assert ev.sentence_quad([make_event("070", 2)]) == 2 and ev.sentence_quad([make_event("112", 3)]) == 3
    assert ev.sentence_quad([]) == 0
    assert ev.sentence_quad([make_event("190", 4, modality="negated")]) == 0


def test_eval_match_actor_by_words():
    taliban = Actor("AFGREB", "AFG", "REB", text="حركة طالبان")
    army = Actor("AFGMIL", "AFG", "MIL", text="الجيش الأفغاني")
    gold_words = ev.word_keys(["مسلحون", "حركة", "طالبان"])
    assert ev.match_actor(gold_words, [army, taliban, None]) is taliban
    # no shared word: the first (most confident) actor given is still the system's answer
    assert ev.match_actor(ev.word_keys("البرلمان"), [None, army, taliban]) is army
    assert ev.match_actor(ev.word_keys("البرلمان"), [None, None]) is None


# ------------------------------------------------------------------ tiny gold files


def test_eval_loaders_read_tiny_gold():
    a = ev.load_gsr(GOLD, "assault")
    assert [x.gold for x in a] == [True, True, False, False, False, None]
    spans = {s.id: s for s in ev.load_spans(GOLD, "assault")}
    assert spans["s1"].source.country == {"AFG"} and spans["s1"].source.sector == {"REB"}
    assert spans["s1"].target.country == {"AFG"} and spans["s1"].target.sector == {"MIL"}
    assert spans["s2"].target.country == set()
    t1 = ev.load_spans(GOLD, "protest")[0]
    assert t1.source.sector == {"EDU", "CVL"}  # a tie keeps both
    q = ev.load_quad(GOLD)
    assert [lab for _, lab in q] == [1, 2, 3, 4, 0]
    assert q[3][0] == 'رحب الوزير "بالاتفاق" الجديد.'  # CSV quotes undone
    r = ev.load_relevance(GOLD)
    assert [lab for _, lab in r] == [1, 1, 0] and not r[0][0].endswith("\r")


def fake_coder(batch):
    """Hand-made system output keyed by the tiny gold's ids/texts."""
    by_text = {
        "قتل مسلحون ثلاثة جنود في هجوم.": [KILL],
        "سلمت الحكومة مساعدات غذائية للنازحين.": [make_event("070", 2)],
        "أدان المجلس الهجوم بشدة.": [make_event("111", 3)],
    }
    out = {}
    for sid, text in batch:
        if sid == "a1":
            out[sid] = [KILL]
        elif sid == "a4":  # the threat is intended, not a deed
            out[sid] = [make_event("190", 4, plover="ASSAULT", modality="intended")]
        elif sid == "a5":  # a false positive
            out[sid] = [make_event("190", 4, plover="ASSAULT")]
        elif sid == "p1":
            out[sid] = [PROTEST]
        elif sid == "s1":
            out[sid] = [
                make_event(
                    "1823",
                    4,
                    plover="ASSAULT",
                    source=Actor("AFGREB", "AFG", "REB", text="مسلحون من حركة طالبان"),
                    target=Actor("AFGMIL", "AFG", "MIL", text="ثلاثة جنود أفغان"),
                )
            ]
        elif sid == "s2":
            out[sid] = [make_event("173", 4, plover="COERCE", source=Actor("IRQCOP", "IRQ", "COP", text="الشرطة"))]
        elif sid == "t1":
            out[sid] = [
                make_event(
                    "141", 3, plover="PROTEST", source=Actor("EGYEDU", "EGY", "EDU", text="آلاف الطلاب المصريين")
                )
            ]
        else:
            out[sid] = by_text.get(text, [])
    return out


def rows_by(report):
    return {(r.task.split(" ")[0], r.system, r.metric): r for r in report.rows}


def test_eval_run_with_fake_coder():
    rep = ev.run(GOLD, ["assault", "protest", "actors", "quad", "relevance"], coder=fake_coder)
    rows = rows_by(rep)
    a = rows[("ASSAULT", "dictionary", "F1")]
    assert a.value == pytest.approx(2 * 0.5 * 0.5 / 1.0)  # tp a1, fp a5, fn a2; a6 ambiguous unscored
    assert rows[("PROTEST", "dictionary", "F1")].value == 1.0
    # actors: s1 fully right; s2's only event is not ASSAULT, so its source counts as unmatched (wrong)
    assert rows[("ASSAULT", "dictionary", "source country acc")].value == 0.5
    assert rows[("ASSAULT", "dictionary", "target sector acc")].value == 1.0
    assert rows[("PROTEST", "dictionary", "source sector acc")].value == 1.0  # EDU is one of the tied values
    assert rows[("PROTEST", "dictionary", "target country acc")].value == 0.0
    q5 = rows[("QuadClass", "dictionary", "macro-F1 (0-4)")].value
    assert q5 == pytest.approx((1 + 1 + 1 + 0 + 2 / 3) / 5)  # the VerCoop sentence is missed -> 0
    rel = rows[("relevance", "dictionary", "F1")]
    assert rel.value == 1.0
    kinds = sorted(e["kind"] for e in rep.errors["assault_detection"])
    assert kinds == ["false_positive", "miss"]


def test_eval_run_combined_rows_use_the_classifier_probability():
    def oof(name, texts, labels):
        import numpy as np

        # a1 (dict hit, confident), a2 (dict miss, confident, but no conflict event → not added),
        # a3, a4, a5 (dict false positive, rejected by a low P)
        return {"assault": np.array([0.9, 0.95, 0.01, 0.3, 0.05]), "protest": np.array([0.9, 0.1, 0.2])}[name]

    rep = ev.run(GOLD, ["assault", "protest"], coder=fake_coder, oof=oof, combine=ev.Combine(reject=0.1, add=0.8))
    rows = rows_by(rep)
    comb = next(r for k, r in rows.items() if k[0] == "ASSAULT" and k[1].startswith("combined"))
    assert "tp 1 fp 0 fn 1" in comb.detail


def test_eval_missing_data_is_a_clear_error(tmp_path):
    with pytest.raises(ev.EvalDataError, match="--data"):
        ev.load_gsr(tmp_path, "assault")


def test_eval_cli_exits_nonzero_without_data(tmp_path, capsys):
    from marsad.cli import main

    assert main(["eval", "--data", str(tmp_path / "nowhere")]) != 0
    assert "development data not found" in capsys.readouterr().err


def test_eval_does_not_go_looking_for_a_shared_folder(monkeypatch):
    # run from the repository, whose parent may hold ../shared: the package only uses what it is told
    monkeypatch.delenv("MARSAD_SHARED", raising=False)
    monkeypatch.chdir(ROOT)
    assert ev.default_data_dir() is None


def test_eval_cli_on_tiny_gold(tmp_path, capsys, monkeypatch):
    from marsad.cli import main

    monkeypatch.setattr(ev, "pipeline_coder", fake_coder)
    code = main(
        ["eval", "--data", str(GOLD), "--only", "assault,quad", "--no-classifier", "--json", "--errors", str(tmp_path)]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "ASSAULT detection" in out and "macro-F1 (0-4)" in out
    assert (tmp_path / "assault_detection.jsonl").read_text(encoding="utf-8").count("\n") == 2


def test_eval_run_skips_missing_tasks_unless_asked(tmp_path):
    rep = ev.run(GOLD, ["assault", "ner"], coder=fake_coder, strict=False)
    assert any(n.startswith("ner: skipped") for n in rep.notes)
    with pytest.raises(ev.EvalDataError):
        ev.run(GOLD, ["ner"], coder=fake_coder)
    with pytest.raises(ev.EvalDataError, match="none of the development data"):
        ev.run(tmp_path, ["assault"], coder=fake_coder, strict=False)


def test_eval_keep_event_mirrors_the_pipeline_rule():
    from marsad.pipeline import gate

    noun = make_event("186", 4, plover="ASSAULT")
    noun.evidence.rule = "src:1:اغتيال|noun"
    verb = make_event("186", 4, plover="ASSAULT")
    supported = make_event("173", 4, plover="ASSAULT")
    supported.evidence.rule = "src:2:=القي القبض|support|noun"
    # a bare noun needs the classifier's threshold; a finite verb, or a noun with its support verb, 0.7 of it
    assert gate(0.38, noun.evidence.rule) == 0.38
    assert abs(gate(0.38, verb.evidence.rule) - 0.266) < 1e-9
    assert gate(0.38, supported.evidence.rule) == gate(0.38, verb.evidence.rule)
    assert ev.keep_event(noun, 0.40, 0.38, None) and not ev.keep_event(noun, 0.30, 0.38, None)
    assert ev.keep_event(verb, 0.27, 0.38, None) and not ev.keep_event(verb, 0.26, 0.38, None)
    assert ev.keep_event(supported, 0.27, 0.38, None)
    assert ev.keep_event(noun, 0.10, 0.38, 0.1) and not ev.keep_event(verb, 0.09, 0.38, 0.1)


def test_a_noun_suffered_claimed_or_with_named_victims_is_gated_like_a_verb():
    from marsad.pipeline import gate

    verb = gate(0.38, "src:1:هاجم|vso")
    for rule in (
        "src:1:هاجم|+suffered|noun|+unattributed",  # تعرضت القوات الاميركية لهجوم
        "src:1:هاجم|+agent|noun",  # الهجوم الذي نفذته طالبان
        "src:1:قتل|+victim|noun",  # مقتل 15 مسلحا في اشتباكات
        "src:1:هاجم|+claimed|noun",  # … وتبنته حركة طالبان
    ):
        assert gate(0.38, rule) == verb, rule
    assert gate(0.38, "src:1:هاجم|+role|noun") == 0.38  # a bare noun with a role-filled actor is still a reference
