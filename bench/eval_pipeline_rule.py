"""ASSAULT/PROTEST detection of the pipeline's own combination rule, scored honestly.

The pipeline keeps a violence/protest event from a noun trigger only when the sentence classifier
gives P ≥ its cross-validated threshold, and one from a finite verb when P ≥ a share of it
(`marsad.pipeline.VERB_FACTOR`, 0.7 of it).  The shipped classifiers were trained on gsr-dev, so here the
rule is applied with out-of-fold probabilities (5-fold, the shipped configuration retrained per
fold) to the events of the dictionary-only pipeline.

    python bench/eval_pipeline_rule.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from marsad.classify import SentenceClassifier
from marsad.evaluate import learned_oof, score_detection
from marsad.model import Document
from marsad.pipeline import VERB_FACTOR, Pipeline

ROOTS = {"assault": ("18", "19", "20"), "protest": ("14",)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    args = ap.parse_args()
    pipe = Pipeline(classifier=None)
    clf = SentenceClassifier()
    for kind, roots in ROOTS.items():
        rows = [r for r in csv.DictReader(open(Path(args.data) / "gsr-dev" / f"{kind}_gsr-dev.csv", encoding="utf-8"))]
        rows = [r for r in rows if r["label"] != "ambiguous"]
        gold = {r["id"]: r["label"] == "yes" for r in rows}
        oof = learned_oof(kind, [r["text"] for r in rows], [int(gold[r["id"]]) for r in rows])
        t = clf.threshold(kind)
        dict_only, rule = {}, {}
        for r, p in zip(rows, oof, strict=True):
            evs = [
                e
                for e in pipe.code(Document(id=r["id"], text=r["text"]))
                if e.cameo_root in roots and e.modality in ("asserted", "reported")
            ]
            dict_only[r["id"]] = bool(evs)
            rule[r["id"]] = any(p >= (t if "|noun" in e.evidence.rule else t * VERB_FACTOR) for e in evs)
        for name, pred in (
            ("dictionary", dict_only),
            (f"pipeline rule (noun p≥{t:.2f}, verb p≥{t * VERB_FACTOR:.2f})", rule),
        ):
            s = score_detection(gold, pred)
            print(f"{kind:8s} {name:40s} P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}")


if __name__ == "__main__":
    main()
