"""Experiment: a learned event gate for ASSAULT / PROTEST (stacking over the sentence classifier and the rule).

The shipped rule (`pipeline.gate`) keeps a violence or protest event when the sentence classifier's probability
reaches a threshold that depends on one feature of the event (noun trigger or not).  This script measures whether
a small logistic regression over more of the event's evidence (trigger kind, modality, actors found, demonstrative
or generic context, casualty words, ...) and the classifier's log-odds separates the gold's "yes" from its "no"
better.  Nested: out-of-fold classifier probabilities (seed 0) as a feature, then 5-fold CV of the gate model over
several seeds, its threshold picked on inner folds only.

    .venv/bin/python bench/event_gate.py ASSAULT [--data ../shared/data] [--seeds 5]
"""

from __future__ import annotations

import argparse
import math
import pickle
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marsad import evaluate as ev  # noqa: E402
from marsad.classify import SentenceClassifier  # noqa: E402
from marsad.pipeline import gate  # noqa: E402

_DEMONSTRATIVE = {"هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين"}
_CASUALTY = re.compile(r"(قتل|قتيل|مقتل|مصرع|جرح|جريح|اصاب|إصاب|أصيب|اصيب|ضحاي|اعتقل|خطف|اختطف|متظاهر|محتج)")
_GENERIC = re.compile(r"(سلسلة|مسلسل|موجة|ظاهرة|ضد الارهاب|مكافحة|منذ|عام 19|في عام|القرن|تاريخ)")
_NUM = re.compile(r"[0-9٠-٩]|(?:^|\s)(?:عشرات|مئات|آلاف|الاف|ثلاث|اربع|أربع|خمس|ست|سبع|ثمان|تسع|عشر)")


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def features(text: str, evs: list, p: float) -> list[float]:
    """One row per sentence: the classifier's log-odds and the strongest evidence among its events of the type."""
    rules = [e.evidence.rule for e in evs]
    verb = [("|noun" not in r) for r in rules]
    stated = [gate(1.0, r) < 1.0 for r in rules]
    toks = text.split()
    demo = 0.0
    plural_def = 0.0
    first = 1.0
    for e in evs:
        a, _b = e.evidence.verb_span
        before = text[max(0, a - 12) : a].split()
        if before and before[-1] in _DEMONSTRATIVE:
            demo = 1.0
        vt = e.evidence.verb_text or ""
        if vt.startswith(("ال", "وال", "بال", "لل")) and vt.endswith(("ات", "ين")):
            plural_def = 1.0
        first = min(first, a / max(1, len(text)))
    return [
        _logit(p),
        float(any(verb)),
        float(any(stated)),
        float(all(e.modality == "reported" for e in evs)),
        float(any(e.source is not None and "+" not in (e.source.rule or "") for e in evs)),
        float(any(e.target is not None and "+" not in (e.target.rule or "") for e in evs)),
        float(any(e.source is not None for e in evs)),
        float(any(e.target is not None for e in evs)),
        demo,
        plural_def,
        first,
        float(bool(_CASUALTY.search(text))),
        float(bool(_GENERIC.search(text))),
        float(bool(_NUM.search(text))),
        math.log(1 + len(toks)),
        math.log(1 + len(evs)),
        float(any(e.cameo_root == "19" for e in evs)),
        float(any(e.cameo_root == "18" for e in evs)),
    ]


def prf(gold: np.ndarray, pred: np.ndarray) -> tuple[float, int, int, int]:
    tp = int((pred & gold).sum())
    fp = int((pred & ~gold).sum())
    fn = int((~pred & gold).sum())
    return (2 * tp / (2 * tp + fp + fn) if tp else 0.0), tp, fp, fn


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("etype", choices=["ASSAULT", "PROTEST"])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--cache", default=None)
    a = ap.parse_args()
    cache = Path(a.cache or f"/tmp/event_gate_{a.etype}.pkl")
    if cache.exists():
        items, coded, p = pickle.loads(cache.read_bytes())
    else:
        items = [it for it in ev.load_gsr(Path(a.data), a.etype) if it.gold is not None]
        coded = ev.pipeline_coder([(it.id, it.text) for it in items])
        p = ev.learned_oof(a.etype.lower(), [it.text for it in items], [int(bool(it.gold)) for it in items])
        cache.write_bytes(pickle.dumps((items, coded, p)))
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    t = SentenceClassifier().threshold(a.etype.lower())
    gold = np.array([bool(it.gold) for it in items])
    evs = [[e for e in ev.counted(coded.get(it.id, [])) if ev.is_type(e, a.etype)] for it in items]
    has = np.array([bool(x) for x in evs])
    rule = np.array([any(p[i] >= gate(t, e.evidence.rule) for e in evs[i]) for i in range(len(items))])
    f, tp, fp, fn = prf(gold, rule)
    print(f"{a.etype}: {len(items)} sentences, {gold.sum()} yes; dictionary finds the type in {has.sum()}")
    print(f"shipped rule (threshold {t:.2f}): F1 {f:.3f} tp {tp} fp {fp} fn {fn}")
    X = np.array([features(it.text, evs[i], float(p[i])) if evs[i] else [0.0] * 18 for i, it in enumerate(items)])
    idx = np.flatnonzero(has)
    scores = []
    for seed in range(a.seeds):
        pred = np.zeros(len(items), bool)
        skf = StratifiedKFold(5, shuffle=True, random_state=seed)
        for tr, te in skf.split(idx, gold[idx]):
            tr, te = idx[tr], idx[te]
            # threshold from inner out-of-fold scores on the training part only
            inner = np.zeros(len(tr))
            for itr, ite in StratifiedKFold(4, shuffle=True, random_state=seed).split(tr, gold[tr]):
                m = LogisticRegression(C=a.C, class_weight="balanced", max_iter=2000)
                m.fit(X[tr[itr]], gold[tr[itr]])
                inner[ite] = m.predict_proba(X[tr[ite]])[:, 1]
            best = max(np.arange(0.05, 0.96, 0.01), key=lambda th: prf(gold[tr], inner >= th)[0])
            m = LogisticRegression(C=a.C, class_weight="balanced", max_iter=2000).fit(X[tr], gold[tr])
            pred[te] = m.predict_proba(X[te])[:, 1] >= best
        f, tp, fp, fn = prf(gold, pred)
        scores.append(f)
        print(f"  gate model seed {seed}: F1 {f:.3f} tp {tp} fp {fp} fn {fn}")
    print(f"gate model mean F1 {np.mean(scores):.3f} (min {min(scores):.3f}, max {max(scores):.3f})")
    m = LogisticRegression(C=a.C, class_weight="balanced", max_iter=2000).fit(X[idx], gold[idx])
    names = "logit verb stated reported src_named tgt_named src tgt demo plural_def first casualty generic num len nev r19 r18"
    print("coefficients:", " ".join(f"{n}={c:+.2f}" for n, c in zip(names.split(), m.coef_[0], strict=True)))


if __name__ == "__main__":
    main()
