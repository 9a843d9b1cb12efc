"""Build `marsad/models/ner-clusters.tsv`: distributional word clusters used as NER features.

    .venv/bin/python scripts/build_ner_clusters.py

Source: the unlabelled ANT v1.1 JawharaFM news corpus (shared/data/corpus/ant-jawharafm.jsonl; Apache-2.0 with a
citation clause — see docs/notice/ner.md).  No research-only data goes into this table.

Method: words are the project's match key (`key`).  Each key with frequency >= MIN_FREQ gets a vector of PPMI
co-occurrence counts with the CONTEXT most frequent keys one position to the left and to the right (kept
apart), reduced by truncated SVD and L2-normalised; k-means then groups them at two granularities (K_COARSE and
K_FINE clusters).  Words that keep the same company (given names, foreign surnames, cities, verbs of speech)
land together, which lets the CRF generalise from names it saw to names it did not.  Deterministic (fixed seeds).
Output: `key<TAB>coarse<TAB>fine`, sorted by key.

Measured and not used (2026-11-29): `--quadclass --min-freq 3` (the UN sentences of quadclass/ added, 22,431 keys
instead of 14,812; 69 % of the ANERcorp entity tokens had a cluster before) gave the block split 0.744 micro F1
against 0.745 (`scripts/train_ner.py --eval --clusters FILE`): more coverage from other text does not help.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_ner import shared_dir  # noqa: E402

from marsad.text.normalize import key, normalize  # noqa: E402

OUT = ROOT / "marsad" / "models" / "ner-clusters.tsv"
MIN_FREQ = 5
CONTEXT = 3000
DIMS = 100
K_COARSE = 64
K_FINE = 512
_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)


def sentences(path: Path):
    for line in path.open(encoding="utf-8"):
        doc = json.loads(line)
        text = normalize((doc.get("title") or "") + "\n" + (doc.get("text") or ""))
        for para in re.split(r"[\n.!?؟]+", text):
            toks = _TOKEN.findall(para)
            if len(toks) >= 3:
                yield [key(t, normalized=True) if not t.isdigit() else "<num>" for t in toks]


def quadclass_sentences(data: Path):
    """The UN sentences of the QuadClass data (MIT): text column of both TSV files, each sentence once."""
    seen: set[str] = set()
    for name in ("ar_annotations_binary_complete-dev.tsv", "ar_annotations_quad_multiclass-dev.tsv"):
        for line in (data / "quadclass" / name).open(encoding="utf-8"):
            text = line.split("\t", 1)[0]
            if text in seen or text == "ar":
                continue
            seen.add(text)
            toks = _TOKEN.findall(normalize(text))
            if len(toks) >= 3:
                yield [key(t, normalized=True) if not t.isdigit() else "<num>" for t in toks]


def main(argv: list[str] | None = None) -> int:
    import argparse

    from scipy.sparse import coo_matrix
    from sklearn.cluster import KMeans
    from sklearn.decomposition import TruncatedSVD

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--min-freq", type=int, default=MIN_FREQ)
    ap.add_argument("--quadclass", action="store_true", help="experiment: add the UN sentences of quadclass/ (MIT)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    out = args.out
    sents = list(sentences(shared_dir() / "corpus" / "ant-jawharafm.jsonl"))
    if args.quadclass:
        sents += list(quadclass_sentences(shared_dir()))
    freq = Counter(w for s in sents for w in s)
    vocab = sorted(w for w, c in freq.items() if c >= args.min_freq)
    vid = {w: i for i, w in enumerate(vocab)}
    ctx = [w for w, _ in freq.most_common(CONTEXT)]
    cid = {w: i for i, w in enumerate(ctx)}
    rows, cols = [], []
    for s in sents:
        padded = ["<s>"] + s + ["</s>"]
        for i in range(1, len(padded) - 1):
            w = padded[i]
            if w not in vid:
                continue
            left, right = padded[i - 1], padded[i + 1]
            if left in cid:
                rows.append(vid[w])
                cols.append(cid[left])
            if right in cid:
                rows.append(vid[w])
                cols.append(CONTEXT + cid[right])
    m = coo_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(len(vocab), 2 * CONTEXT)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    rs = np.asarray(m.sum(axis=1)).ravel()
    cs = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    cs = cs / cs.sum()
    m = m.tocoo()
    pmi = np.log(m.data * 1.0 / (rs[m.row] / total) / cs[m.col] / total)
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape).tocsr()
    vec = TruncatedSVD(n_components=DIMS, random_state=0).fit_transform(ppmi)
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    coarse = KMeans(n_clusters=K_COARSE, n_init=3, random_state=0).fit_predict(vec)
    fine = KMeans(n_clusters=K_FINE, n_init=1, random_state=0).fit_predict(vec)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("# marsad NER word clusters (key, coarse, fine) from ANT v1.1 JawharaFM; see docs/notice/ner.md\n")
        for w, c, f in zip(vocab, coarse, fine, strict=True):
            if "\t" in w or not w.strip():
                continue
            fh.write(f"{w}\t{c}\t{f}\n")
    print(f"{len(vocab)} keys from {len(sents)} sentences -> {out} ({out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
