"""Experiment: train the ASSAULT/PROTEST sentence classifiers on the annotators' votes? (Eighth session; not used.)

    .venv/bin/python bench/gsr_soft_labels.py PROTEST [hard soft amb+]

A gsr-dev sentence is "yes" only when every annotator accepted it (accept = total); "difficult no" and "ambiguous"
sentences have some accepts too.  The shipped classifiers learn yes vs no.  This script compares, in 5-fold CV over
the scored sentences (three fold seeds, ambiguous sentences only ever in training folds), three ways to train:
  hard  the shipped way (yes = 1, easy/difficult no = 0, ambiguous left out), class-balanced LR;
  soft  every sentence twice, as a positive weighted accept/total and a negative weighted reject/total, positives
        reweighted to balance the classes (the model learns P(an annotator accepts));
  amb+  ambiguous sentences (one reject, majority accept) added as positives.
For each it prints the classifier's best-threshold F1 and the best "combined" F1 of the pipeline rule
(marsad.pipeline.gate over the dictionary events) with thresholds searched on the same folds — both optimistic picks,
used only to compare the three.  Needs ../shared/data.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marsad import evaluate as ev  # noqa: E402
from marsad.learn import FOLDS, SPECS, Features, _sk, best_threshold  # noqa: E402
from marsad.pipeline import gate  # noqa: E402


def main(argv: list[str]) -> int:
    etype = argv[0] if argv else "PROTEST"
    modes = argv[1:] or ["hard", "soft", "amb+"]
    data = ev.default_data_dir() or ROOT.parent / "shared" / "data"
    rows = list(csv.DictReader(open(data / f"gsr-dev/{etype.lower()}_gsr-dev.csv", encoding="utf-8")))
    texts = [r["text"] for r in rows]
    acc = np.array([int(r["accept"]) for r in rows])
    rej = np.array([int(r["reject"]) for r in rows])
    scored = np.array([r["label"] != "ambiguous" for r in rows])
    y = np.array([r["label"] == "yes" for r in rows]).astype(int)
    items = ev.load_gsr(data, etype)
    coded = ev.pipeline_coder([(it.id, it.text) for it in items])
    feats = Features(texts, SPECS[etype.lower()].cfg)
    sp, LR, SKF = _sk()
    first: dict[str, int] = {}
    group = np.array([first.setdefault(t, len(first)) for t in texts])
    reps: dict[int, int] = {}
    for i in np.flatnonzero(scored):
        reps.setdefault(int(group[i]), int(i))
    rep = np.array(sorted(reps.values()))

    def cv(mode: str, C: float, seed: int) -> np.ndarray:
        out = np.zeros(len(texts))
        for _, te_u in SKF(FOLDS, shuffle=True, random_state=seed).split(np.zeros(len(rep)), y[rep]):
            te_mask = np.isin(group, group[rep[te_u]])
            tr = np.flatnonzero(~te_mask & scored) if mode == "hard" else np.flatnonzero(~te_mask)
            te = np.flatnonzero(te_mask & scored)
            X = feats.matrix(feats.idf(tr))
            if mode == "soft":
                Xa = sp.vstack([X[tr], X[tr]])
                ya = np.r_[np.ones(len(tr)), np.zeros(len(tr))]
                tot = (acc[tr] + rej[tr]).clip(1)
                w = np.r_[acc[tr] / tot, rej[tr] / tot]
                w[ya == 1] *= w[ya == 0].sum() / w[ya == 1].sum()
                keep = w > 0
                m = LR(C=C, max_iter=5000).fit(Xa[keep], ya[keep], sample_weight=w[keep])
            else:
                yy = (y | ~scored).astype(int) if mode == "amb+" else y
                m = LR(C=C, max_iter=5000, class_weight="balanced").fit(X[tr], yy[tr])
            out[te] = m.predict_proba(X[te])[:, 1]
        return out

    def combined(p: np.ndarray, t: float) -> float:
        tp = fp = fn = 0
        for i, it in enumerate(items):
            if not scored[i]:
                continue
            evs = [e for e in ev.counted(coded.get(it.id, [])) if ev.is_type(e, etype)]
            hit = any(p[i] >= gate(t, e.evidence.rule) for e in evs)
            tp += hit and y[i] == 1
            fp += hit and y[i] == 0
            fn += y[i] == 1 and not hit
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    for mode in modes:
        for C in (1.0, 4.0, 16.0):
            res = []
            for seed in (0, 1, 2):
                p = cv(mode, C, seed)
                _, f = best_threshold(y[scored], p[scored])
                res.append((f, max(combined(p, t) for t in np.arange(0.05, 0.9, 0.01))))
            r = np.array(res)
            print(
                f"{mode:5s} C={C:<4g} classifier F1 {r[:, 0].mean():.3f}  combined F1 {r[:, 1].mean():.3f}", flush=True
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
