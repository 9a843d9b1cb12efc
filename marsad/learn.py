"""Training and cross-validation of the sentence classifiers (development only).

Used by `scripts/train_classifier.py` (which writes `marsad/models/*.npz`) and by `marsad eval` (out-of-fold
probabilities for the "classifier" and "combined" rows, so that no figure is measured on training sentences).
Needs scikit-learn and scipy — dev dependencies, imported inside the functions; the run-time classifier
(`marsad.classify`) needs numpy only.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .classify import FeatureConfig, LinearModel, featurize, weigh
from .errors import MarsadError

SEED = 0
FOLDS = 5


class TrainingDependencyError(MarsadError):
    """scikit-learn/scipy are missing (they are only needed to train or cross-validate classifiers)."""


def _sk():
    try:
        import scipy.sparse as sp
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import StratifiedKFold
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise TrainingDependencyError(
            "training/cross-validating classifiers needs scikit-learn: pip install -e '.[dev]'"
        ) from err
    return sp, LogisticRegression, StratifiedKFold


@dataclass(slots=True)
class Spec:
    """How one classifier is trained."""

    name: str
    cfg: FeatureConfig
    C: float = 1.0
    class_weight: str | None = "balanced"
    # "lr": logistic regression.  "svm": linear SVM whose margins are calibrated (Platt scaling for binary, one
    # softmax temperature for multiclass, fitted on inner 3-fold decisions of the training data) and the calibration
    # folded into the weights, so the run-time model is the same LinearModel.
    model: str = "lr"


class Features:
    """Hashed features of a corpus computed once; matrices for any subset/idf on demand."""

    def __init__(self, texts: list[str], cfg: FeatureConfig) -> None:
        self.n = len(texts)
        self.cfg = cfg
        self.row, self.bucket = featurize(texts, cfg)

    def idf(self, rows: np.ndarray) -> np.ndarray:
        keep = np.isin(self.row, rows)
        # document frequency: count each (row, bucket) pair once
        pairs = np.unique(self.row[keep] * self.cfg.dim + self.bucket[keep])
        df = np.bincount(pairs % self.cfg.dim, minlength=self.cfg.dim)
        return (np.log((1.0 + len(rows)) / (1.0 + df)) + 1.0).astype(np.float32)

    def matrix(self, idf: np.ndarray):
        sp, _, _ = _sk()
        val = weigh(self.row, self.bucket, idf, self.n)
        m = sp.csr_matrix((val, (self.row, self.bucket)), shape=(self.n, self.cfg.dim))
        m.sum_duplicates()  # repeated occurrences add up to tf × idf / norm, exactly as at run time
        return m


# The shipped configurations (scripts/train_classifier.py trains these; `marsad eval` cross-validates them).
SPECS = {
    # quad/relevance: calibrated linear SVM on the same features as assault/protest (which keep logistic regression).
    # 5-fold CV against the earlier LR C=1: relevance F1 at 0.5 0.884 -> 0.897; quad macro-F1 0.553 -> 0.557 (within
    # fold noise).  Sublinear tf, per-block norms, char_wb, raw words, tri-grams, position and cluster features,
    # extra irrelevant sentences, stacking relevance and bias tuning all stayed within ±0.01 on quad.
    "quad": Spec("quad", FeatureConfig(), C=0.1, model="svm"),
    "relevance": Spec("relevance", FeatureConfig(), C=0.5, model="svm"),
    "assault": Spec("assault", FeatureConfig(), C=4.0),
    "protest": Spec("protest", FeatureConfig(), C=4.0),
}


@dataclass(slots=True)
class _Linear:
    """A fitted linear model in run-time form: proba = sigmoid / softmax of X @ coef.T + intercept."""

    coef: np.ndarray  # (k, dim); binary: (1, dim)
    intercept: np.ndarray
    classes: np.ndarray

    def decision(self, X) -> np.ndarray:
        return np.asarray(X @ self.coef.T) + self.intercept

    def proba(self, X) -> np.ndarray:
        z = self.decision(X)
        if z.shape[1] == 1:
            return 1.0 / (1.0 + np.exp(-z[:, 0]))
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)


def _svm(spec: Spec, X, y: np.ndarray) -> _Linear:
    from sklearn.svm import LinearSVC

    m = LinearSVC(C=spec.C, class_weight=spec.class_weight, max_iter=10000).fit(X, y)
    return _Linear(m.coef_.astype(np.float64), m.intercept_.astype(np.float64), m.classes_)


def _calibrate(spec: Spec, X, y: np.ndarray, raw: _Linear) -> _Linear:
    """Scale the SVM margins into probabilities, fitted on inner out-of-fold margins of the training rows."""
    _, LR, SKF = _sk()
    z = np.zeros((len(y), raw.coef.shape[0]))
    for tr, te in SKF(3, shuffle=True, random_state=SEED).split(np.zeros(len(y)), y):
        z[te] = _svm(spec, X[tr], y[tr]).decision(X[te])
    if z.shape[1] == 1:  # Platt: sigmoid(a z + b)
        cal = LR(C=1e4).fit(z, y)
        a, b = float(cal.coef_[0, 0]), float(cal.intercept_[0])
        return _Linear(raw.coef * a, raw.intercept * a + b, raw.classes)
    idx = np.searchsorted(raw.classes, y)
    best = (np.inf, 1.0)
    for a in np.exp(np.linspace(np.log(0.1), np.log(50.0), 120)):  # softmax temperature by log-loss
        s = a * z
        s = s - s.max(axis=1, keepdims=True)
        loss = float(np.mean(np.log(np.exp(s).sum(axis=1)) - s[np.arange(len(y)), idx]))
        best = min(best, (loss, float(a)))
    return _Linear(raw.coef * best[1], raw.intercept * best[1], raw.classes)


def _fit(spec: Spec, X, y: np.ndarray) -> _Linear:
    if spec.model == "svm":
        return _calibrate(spec, X, y, _svm(spec, X, y))
    _, LR, _ = _sk()
    m = LR(C=spec.C, max_iter=5000, class_weight=spec.class_weight).fit(X, y)
    return _Linear(m.coef_.astype(np.float64), m.intercept_.astype(np.float64), m.classes_)


def _proba(model: _Linear, X) -> np.ndarray:
    return model.proba(X)


def cross_val_proba(spec: Spec, texts: list[str], y: np.ndarray, feats: Features | None = None) -> np.ndarray:
    """Out-of-fold probabilities (stratified 5-fold, fixed seed): binary → P(1), multiclass → (n, k) by label.

    Folds are drawn over distinct texts, so a sentence the data repeats (the gsr protest file has 17) is never
    scored by a model trained on its copy; with no repeats the folds are those of a plain stratified split."""
    _, _, SKF = _sk()
    feats = feats or Features(texts, spec.cfg)
    y = np.asarray(y)
    labels = np.unique(y)
    out = np.zeros(len(y)) if len(labels) == 2 else np.zeros((len(y), len(labels)))
    first: dict[str, int] = {}
    group = np.array([first.setdefault(t, len(first)) for t in texts])
    rep = np.array(sorted({g: i for i, g in reversed(list(enumerate(group)))}.values()))  # first row of each text
    for _, te_u in SKF(FOLDS, shuffle=True, random_state=SEED).split(np.zeros(len(rep)), y[rep]):
        te_mask = np.isin(group, group[rep[te_u]])
        tr, te = np.flatnonzero(~te_mask), np.flatnonzero(te_mask)
        X = feats.matrix(feats.idf(tr))
        out[te] = _proba(_fit(spec, X[tr], y[tr]), X[te])
    return out


def best_threshold(y: np.ndarray, p: np.ndarray) -> tuple[float, float]:
    """Threshold maximising F1 on out-of-fold probabilities (an optimistic pick; reported as such)."""
    best = (0.5, 0.0)
    for t in np.arange(0.05, 0.96, 0.01):
        pred = p >= t
        tp = int((pred & (y == 1)).sum())
        fp = int((pred & (y == 0)).sum())
        fn = int((~pred & (y == 1)).sum())
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best[1]:
            best = (round(float(t), 2), f1)
    return best


def fit_model(spec: Spec, texts: list[str], y: np.ndarray, meta: dict, feats: Features | None = None) -> LinearModel:
    """Fit on all of `texts` and pack the weights as a shippable LinearModel (no strings from the texts)."""
    feats = feats or Features(texts, spec.cfg)
    idf = feats.idf(np.arange(len(texts)))
    model = _fit(spec, feats.matrix(idf), np.asarray(y))
    coef = model.coef.astype(np.float32)  # (k, dim); binary: (1, dim)
    return LinearModel(
        name=spec.name,
        cfg=spec.cfg,
        idf=idf,
        weights=coef,
        bias=model.intercept.astype(np.float32),
        classes=model.classes if coef.shape[0] > 1 else np.array([1]),
        meta=meta,
    )
