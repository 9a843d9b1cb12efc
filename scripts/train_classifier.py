"""Train the sentence classifiers shipped in marsad/models/ and report their cross-validated figures.

    .venv/bin/python scripts/train_classifier.py [--data ../shared/data] [--only quad,relevance,assault,protest]

Development data only (quadclass/*-dev.tsv, gsr-dev/*_gsr-dev.csv).  Every figure printed is 5-fold stratified
cross-validation (seed 0) on that data; the final model is then fitted on all of it.  The .npz files hold hashed
weights, idf and the feature configuration — no vocabulary or text (see docs/notice/classify.md).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marsad.classify import DATASET_TO_GDELT  # noqa: E402
from marsad.evaluate import default_data_dir, load_gsr, load_quad, load_relevance, macro_f1, per_class_f1  # noqa: E402
from marsad.learn import FOLDS, SEED, SPECS, Features, best_threshold, cross_val_proba, fit_model  # noqa: E402


def dedup(items: list[tuple[str, int]]) -> list[tuple[str, int]]:
    seen, out = set(), []
    for t, y in items:
        if t not in seen:
            seen.add(t)
            out.append((t, y))
    return out


def binary_figures(y: np.ndarray, p: np.ndarray) -> dict:
    def prf(t: float) -> dict:
        pred = p >= t
        tp = int((pred & (y == 1)).sum())
        fp = int((pred & (y == 0)).sum())
        fn = int((~pred & (y == 1)).sum())
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        return {
            "threshold": t,
            "precision": round(pr, 4),
            "recall": round(rc, 4),
            "f1": round(2 * pr * rc / (pr + rc) if pr + rc else 0.0, 4),
        }

    t, _ = best_threshold(y, p)
    return {"at_0.5": prf(0.5), "at_best": prf(t)}


def train(name: str, data: Path, out: Path) -> dict:
    spec = SPECS[name]
    if name == "quad":
        items = load_quad(data)
        texts = [t for t, _ in items]
        y = np.array([DATASET_TO_GDELT[lab] for _, lab in items])
        source = "quadclass/ar_annotations_quad_multiclass-dev.tsv (keep_it_local, MIT; UN Parallel Corpus)"
    elif name == "relevance":
        items = dedup(load_relevance(data))
        texts = [t for t, _ in items]
        y = np.array([lab for _, lab in items])
        source = (
            "quadclass/ar_annotations_binary_complete-dev.tsv (keep_it_local, MIT; UN Parallel Corpus), deduplicated"
        )
    else:
        rows = [it for it in load_gsr(data, name) if it.gold is not None]
        texts = [it.text for it in rows]
        y = np.array([int(it.gold) for it in rows])
        source = f"gsr-dev/{name}_gsr-dev.csv (openeventdata/arabic_event_gsr, MIT; text LDC-derived, not shipped); ambiguous dropped"

    t0 = time.time()
    feats = Features(texts, spec.cfg)
    oof = cross_val_proba(spec, texts, y, feats)
    meta: dict = {
        "name": name,
        "data": source,
        "n": len(texts),
        "cv": f"{FOLDS}-fold stratified, seed {SEED}",
        "C": spec.C,
        "class_weight": spec.class_weight,
        "model": spec.model,
    }
    if name == "quad":
        pred = np.argmax(oof, axis=1)  # columns are the sorted GDELT labels 0..4
        meta["labels"] = "GDELT numbering: 0 none, 1 VerCoop, 2 MatCoop, 3 VerConf, 4 MatConf"
        meta["cv_macro_f1_5"] = round(macro_f1(list(y), list(pred), [0, 1, 2, 3, 4]), 4)
        meta["cv_macro_f1_4"] = round(macro_f1(list(y), list(pred), [1, 2, 3, 4]), 4)
        meta["cv_accuracy"] = round(float((pred == y).mean()), 4)
        meta["cv_f1_by_class"] = {
            str(k): round(v.f1, 4) for k, v in per_class_f1(list(y), list(pred), range(5)).items()
        }
    else:
        fig = binary_figures(y, oof)
        meta["cv"] += f"; positives {int(y.sum())}"
        meta["cv_at_0.5"] = fig["at_0.5"]
        meta["cv_at_best"] = fig["at_best"]
        meta["threshold"] = fig["at_best"]["threshold"]
    model = fit_model(spec, texts, y, meta, feats)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{name}.npz"
    model.save(path)
    meta["seconds"] = round(time.time() - t0, 1)
    meta["size_kb"] = round(path.stat().st_size / 1024)
    return meta


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--data",
        type=Path,
        default=None,
        help="shared data folder (default: $MARSAD_SHARED, else ../shared/data next to this checkout)",
    )
    ap.add_argument("--out", type=Path, default=ROOT / "marsad" / "models")
    ap.add_argument("--only", default="quad,relevance,assault,protest")
    args = ap.parse_args(argv)
    data = args.data or default_data_dir() or (ROOT.parent / "shared" / "data")
    if data is None or not Path(data).is_dir():
        print("development data not found: pass --data or set MARSAD_SHARED", file=sys.stderr)
        return 2
    for name in [n.strip() for n in args.only.split(",") if n.strip()]:
        meta = train(name, Path(data), args.out)
        figs = {k: v for k, v in meta.items() if k.startswith("cv") or k in ("n", "threshold", "size_kb", "seconds")}
        print(name, figs, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
