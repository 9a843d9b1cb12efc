"""Experiment: does recall-biased decoding help the NER? (Measured in the eighth session; not used.)

    .venv/bin/python bench/ner_posterior.py [--split block5|last20] [--model DEV_MODEL]

The shipped tagger decodes each pass with Viterbi.  On the held-out block split it is precise but misses entities
(P 0.806, R 0.692), so this script retrains the split's two-pass model (as bench/eval_ner.py does; or takes a model
trained on the split's training part with --model, its "-stack" model beside it), takes the pass-2 marginals of
every label at every token, scales the marginal of O by alpha (alpha < 1 favours entities) and decodes the best
valid BILOU sequence over the log marginals (posterior decoding).  It prints entity micro P/R/F1 (PERS/LOC/ORG)
for Viterbi and for each alpha.  Needs ../shared/data (or MARSAD_SHARED).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_ner  # noqa: E402

from marsad.ner import NER, FeatureExtractor, _load_tagger, score_entities, stack_features, to_bio  # noqa: E402

ALPHAS = (1.0, 0.8, 0.6, 0.5, 0.4, 0.3, 0.2)


def _allowed(a: str, b: str) -> bool:
    """BILOU transition a -> b."""
    pa, ta = (a.split("-", 1) + [""])[:2] if a != "O" else ("O", "")
    pb, tb = (b.split("-", 1) + [""])[:2] if b != "O" else ("O", "")
    if pa in ("B", "I"):
        return pb in ("I", "L") and tb == ta
    return pb in ("O", "B", "U")


def _decoder(labels: list[str]):
    n_lab = len(labels)
    trans = np.array([[0.0 if _allowed(a, b) else -1e9 for b in labels] for a in labels])
    start = np.array([0.0 if lab == "O" or lab[0] in "BU" else -1e9 for lab in labels])
    end = np.array([0.0 if lab == "O" or lab[0] in "LU" else -1e9 for lab in labels])
    i_o = labels.index("O")

    def decode(marg: np.ndarray, alpha: float) -> list[str]:
        lm = np.log(np.maximum(marg, 1e-12))
        lm[:, i_o] += np.log(alpha)
        n = len(marg)
        dp, back = lm[0] + start, np.zeros((n, n_lab), dtype=int)
        for t in range(1, n):
            s = dp[:, None] + trans
            back[t] = s.argmax(0)
            dp = s.max(0) + lm[t]
        path = [int((dp + end).argmax())]
        for t in range(n - 1, 0, -1):
            path.append(int(back[t][path[-1]]))
        return [labels[k] for k in reversed(path)]

    return decode


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="block5", choices=("block5", "last20"))
    ap.add_argument("--model", type=Path, help="a pass-1 model trained on the split's training part")
    args = ap.parse_args(argv)
    train, dev, _ = train_ner.build_sets(train_ner.load_all(None), args.split, use_fane=False)
    model = args.model
    if model is None:
        model = Path(tempfile.mkdtemp()) / "ner-dev.crfsuite"
        p = train_ner.DEFAULTS
        train_ner.train_model(
            train, FeatureExtractor(), model, p["c1"], p["c2"], p["iters"], p["minfreq"], p["scheme"], p["folds"]
        )
    ner = NER(model)
    sents, gold = [t for t, _ in dev], [g for _, g in dev]
    own: list = []
    feats = ner._fx.document(sents, own=own)
    pass1 = [to_bio(_load_tagger(ner._path).tag(f)) for f in feats]
    words = [[ner._fx.word(t) for t in s] for s in sents]
    tagger = _load_tagger(ner._stack)
    labels = list(tagger.labels())
    decode = _decoder(labels)
    viterbi, margs = [], []
    for f in stack_features(own, words, pass1):
        viterbi.append(to_bio(tagger.tag(f)))
        margs.append(np.array([[tagger.marginal(y, t) for y in labels] for t in range(len(f))]))
    rows = [("viterbi", score_entities(gold, viterbi))]
    rows += [(f"alpha {a}", score_entities(gold, [to_bio(decode(m, a)) for m in margs])) for a in ALPHAS]
    for name, r in rows:
        m = r["micro"]
        per = " ".join(f"{t} {r['per_type'][t]['f1']:.3f}" for t in ("PERS", "LOC", "ORG"))
        print(f"{name:10s} P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f}  ({per})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
