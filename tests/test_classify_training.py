"""Training back ends (marsad.learn): the logistic path equals scikit-learn's own probabilities, and the calibrated
SVM path packs into the same run-time LinearModel with probabilities that mean something."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("sklearn")

from marsad.classify import FeatureConfig  # noqa: E402
from marsad.learn import Features, Spec, _fit, cross_val_proba, fit_model  # noqa: E402

ATTACKS = [
    "قتل مسلحون ثلاثة جنود في هجوم على نقطة تفتيش للجيش.",
    "هاجم مسلحون قرية وقتلوا عشرة مدنيين وأحرقوا المنازل.",
    "انفجرت سيارة مفخخة في السوق فقتلت خمسة أشخاص.",
    "اختطفت الميليشيات عاملين في منظمة إغاثة وقتلت أحدهم.",
    "قصفت الطائرات مواقع المسلحين وقتلت عددا منهم.",
    "أطلق الجنود النار على المتظاهرين فقتلوا اثنين منهم.",
]
TALKS = [
    "رحب مجلس الأمن بالاتفاق بين الحكومة والمعارضة.",
    "أعرب الوزير عن تأييده للحوار بين الطرفين.",
    "شجع الأمين العام الأطراف على مواصلة المفاوضات.",
    "أكد الرئيس دعمه لعملية السلام في البلاد.",
    "رحبت اللجنة بتعاون الحكومة مع البعثة.",
    "دعا المجلس الأطراف إلى الحوار والتعاون.",
]
PROCEDURAL = [
    "جدول الأعمال المؤقت للجلسة الحادية عشرة بعد الألف.",
    "رسالة مؤرخة 22 كانون الأول موجهة إلى رئيس مجلس الأمن.",
    "إقرار جدول الأعمال.",
    "المرفق الأول من التقرير.",
    "الفقرة 14 أعلاه من القرار.",
    "مذكرة من الأمين العام.",
]
TEXTS = ATTACKS + TALKS + PROCEDURAL
CFG = FeatureConfig(dim=1 << 14)


def test_classify_training_logistic_path_matches_sklearn():
    from sklearn.linear_model import LogisticRegression

    y = np.array([4] * 6 + [1] * 6 + [0] * 6)
    feats = Features(TEXTS, CFG)
    X = feats.matrix(feats.idf(np.arange(len(TEXTS))))
    ours = _fit(Spec("quad", CFG), X, y).proba(X)
    ref = LogisticRegression(C=1.0, max_iter=5000, class_weight="balanced").fit(X, y).predict_proba(X)
    assert np.allclose(ours, ref, atol=1e-6)


@pytest.mark.parametrize("binary", [True, False])
def test_classify_training_svm_is_calibrated_and_ships_as_linear_model(binary):
    y = np.array([1] * 12 + [0] * 6) if binary else np.array([4] * 6 + [1] * 6 + [0] * 6)
    spec = Spec("relevance" if binary else "quad", CFG, C=0.5, model="svm")
    oof = cross_val_proba(spec, TEXTS, y)
    assert oof.shape == ((len(y),) if binary else (len(y), 3))
    assert ((oof >= 0) & (oof <= 1)).all()
    if not binary:
        assert np.allclose(oof.sum(axis=1), 1.0)
    m = fit_model(spec, TEXTS, y, meta={})
    p = m.proba([ATTACKS[0], TALKS[0], PROCEDURAL[0]])
    if binary:
        assert p[0] > 0.5 and p[2] < 0.5  # procedural text is the irrelevant class
    else:
        assert list(m.classes) == [0, 1, 4]
        assert p.argmax(axis=1).tolist() == [2, 1, 0]  # columns follow m.classes: attack, talk, procedure
