"""Sentence classifiers: shipped hashed models load lazily, give sane probabilities, and featurise stably."""

from __future__ import annotations

import subprocess
import sys
from importlib import resources

import numpy as np
import pytest

from marsad import classify
from marsad.classify import DATASET_TO_GDELT, GDELT_TO_DATASET, FeatureConfig, SentenceClassifier, featurize

ATTACK = "قتل مسلحون ثلاثة جنود وأصابوا خمسة آخرين في هجوم بسيارة مفخخة على نقطة تفتيش للجيش."
DEMO = "تظاهر آلاف العمال أمام مقر الحكومة احتجاجا على تأخر صرف الرواتب ورفعوا لافتات تطالب بالإصلاح."
MEET = "استقبل وزير الخارجية نظيره الروسي وبحث معه سبل تعزيز التعاون الاقتصادي بين البلدين."
PROCEDURAL = "جدول الأعمال المؤقت للجلسة الحادية عشرة بعد الألف."


def test_classify_quad_mapping_is_a_permutation():
    assert DATASET_TO_GDELT == {0: 0, 1: 4, 2: 2, 3: 3, 4: 1}
    assert all(GDELT_TO_DATASET[DATASET_TO_GDELT[k]] == k for k in range(5))


def test_classify_import_loads_nothing():
    code = (
        "import sys, marsad.classify as c; "
        "assert c.load_model.cache_info().currsize == 0; "
        "assert 'sklearn' not in sys.modules and 'scipy' not in sys.modules, 'run time must not import sklearn'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_classify_featurize_is_deterministic_and_folds_orthography():
    cfg = FeatureConfig(dim=1 << 16)
    a = featurize([ATTACK, MEET], cfg)
    b = featurize([ATTACK, MEET], cfg)
    assert all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))
    # diacritics, alef and ta-marbuta variants share a match key -> identical features
    _, k1 = featurize(["قُتِلَ جنديٌّ في إدلب"], cfg)
    _, k2 = featurize(["قتل جندي في ادلب"], cfg)
    assert np.array_equal(np.sort(k1), np.sort(k2))
    # rows stay apart: the batch result equals the one-by-one result
    row, bucket = a
    single = featurize([MEET], cfg)[1]
    assert np.array_equal(np.sort(bucket[row == 1]), np.sort(single))
    assert row.max() == 1 and len(featurize([], cfg)[0]) == 0


def have_models() -> bool:
    return all((resources.files("marsad") / "models" / f"{n}.npz").is_file() for n in classify.MODEL_NAMES)


needs_models = pytest.mark.skipif(
    not have_models(), reason="marsad/models/*.npz not built (scripts/train_classifier.py)"
)


@needs_models
def test_classify_probabilities_shapes_and_order():
    clf = SentenceClassifier()
    texts = [ATTACK, DEMO, MEET, PROCEDURAL]
    q = clf.quad_proba(texts)
    assert q.shape == (4, 5) and np.allclose(q.sum(axis=1), 1.0, atol=1e-4)
    for f in (clf.assault_proba, clf.protest_proba, clf.relevance_proba):
        p = f(texts)
        assert p.shape == (4,) and ((p >= 0) & (p <= 1)).all()
    assert clf.assault_proba([ATTACK])[0] > clf.assault_proba([MEET])[0]
    assert clf.protest_proba([DEMO])[0] > clf.protest_proba([MEET])[0]
    assert q[0, 4] > q[0, 1]  # the attack is more MatConf (GDELT 4) than VerCoop
    assert clf.quad_proba([]).shape == (0, 5)


@needs_models
def test_classify_models_carry_cv_figures_and_no_text():
    clf = SentenceClassifier()
    for name in classify.MODEL_NAMES:
        info = clf.info(name)
        assert info["cv"].startswith("5-fold")
        assert 0 < clf.threshold(name) < 1
    with np.load(resources.files("marsad") / "models" / "assault.npz", allow_pickle=False) as z:
        strings = [k for k in z.files if z[k].dtype.kind == "U"]
        assert sorted(strings) == ["cfg", "meta"]  # weights are hashed: no vocabulary is shipped
        assert "قتل" not in str(z["meta"]) and "قتل" not in str(z["cfg"])


@needs_models
def test_classify_all_proba_equals_single_calls():
    clf = SentenceClassifier()
    texts = [ATTACK, DEMO, MEET]
    both = clf.all_proba(texts)
    assert np.allclose(both["quad"], clf.quad_proba(texts))
    assert np.allclose(both["assault"], clf.assault_proba(texts))
    assert np.allclose(both["protest"], clf.protest_proba(texts))
    assert np.allclose(both["relevance"], clf.relevance_proba(texts))


@needs_models
def test_classify_apply_to_events_confirms_and_rejects_with_a_trace():
    from marsad.classify import apply_to_events
    from marsad.model import Event, Evidence

    def event(sent: int, plover: str) -> Event:
        return Event(
            event_id="e",
            doc_id="d",
            story=0,
            sentence=sent,
            date=None,
            date_precision="unknown",
            date_text=None,
            source=None,
            target=None,
            cameo="190",
            cameo_root="19",
            plover=plover,
            plover_mode=None,
            plover_context=None,
            quad_class=4,
            goldstein=None,
            modality="asserted",
            location=None,
            evidence=Evidence(
                sentence="", verb_span=(0, 3), source_span=None, target_span=None, rule="r1", confidence=0.8
            ),
        )

    evs = [event(0, "ASSAULT"), event(1, "ASSAULT"), event(1, "CONSULT")]
    kept, rejected = apply_to_events(evs, {0: ATTACK, 1: MEET}, reject={"ASSAULT": 0.3})
    p_attack = SentenceClassifier().assault_proba([ATTACK])[0]
    p_meet = SentenceClassifier().assault_proba([MEET])[0]
    assert p_attack >= 0.3 > p_meet
    assert [e.sentence for e in kept] == [0, 1] and kept[1].plover == "CONSULT"
    assert kept[0].evidence.rule.startswith("r1|clf=") and kept[0].evidence.confidence == round((0.8 + p_attack) / 2, 3)
    assert len(rejected) == 1 and rejected[0].evidence.rule.startswith("r1|clf=")
    assert kept[1].evidence.rule == "r1"


@pytest.mark.slow
@needs_models
def test_classify_shipped_assault_model_is_reproducible(shared):
    """Integrity: refitting the shipped configuration on gsr-dev gives the committed weights (float16 tolerance)."""
    from marsad.evaluate import load_gsr
    from marsad.learn import SPECS, fit_model

    rows = [it for it in load_gsr(shared, "assault") if it.gold is not None]
    m = fit_model(SPECS["assault"], [it.text for it in rows], np.array([int(it.gold) for it in rows]), meta={})
    shipped = classify.load_model("assault")
    assert shipped.cfg == m.cfg
    assert np.allclose(shipped.weights, m.weights.astype(np.float16).astype(np.float32), atol=1e-3)
    assert np.allclose(shipped.bias, m.bias, atol=1e-4)
