"""Train the CRF named-entity model `marsad/models/ner.crfsuite` (+ `ner.json`, its metadata).

Commands (from the repo root; need ../shared/data, or MARSAD_SHARED=<path to shared/data>):

    .venv/bin/python scripts/build_ner_gazetteer.py       # run-time name lists  -> marsad/models/ner-gazetteer.tsv
    .venv/bin/python scripts/build_ner_clusters.py        # run-time word clusters -> marsad/models/ner-clusters.tsv
    .venv/bin/python scripts/train_ner.py                 # final models (pass 1 + pass 2): all the ANERcorp training part
    .venv/bin/python scripts/train_ner.py --eval          # dev-split experiment only, writes nothing in marsad/
    .venv/bin/python bench/eval_ner.py [--split last20]   # P/R/F1 + tokens/s on the held-out block split

Retrain whenever `marsad.text.normalize` (the match key), the features in marsad/ner.py or the two tables change:
tests/test_ner_model.py compares the hashes recorded in ner.json and fails until you do.

Data (shared/data/ner, see its SOURCE.md) and licenses:
  * ANERcorp training part (`anercorp-train.txt`, Benajiba 2007) — research-only/unclear terms.  The only
    training data of the shipped model: its weights are derived from it (allowed for this model only; the
    text itself is never shipped).
  * NewsFANE Gold (Alotaibi & Lee, COLING 2014) — CC BY-SA 3.0 Unported.  NewsFANE is ANERcorp re-annotated
    with 45 fine types and clitics split off.  `--newsfane` maps it to PERS/ORG/LOC/MISC (`FANE_MAP`, chosen
    from a token alignment of both corpora: `--show-mapping`) and re-joins its tokens to ANERcorp tokenisation
    by aligning the two texts.  Measured on the block split it does not help (micro F1 0.701 with, 0.704
    without; 405 NewsFANE sentences fall in the dev text and are dropped), so the shipped model does not use
    it and needs no NewsFANE attribution.
  * ANERgazet — research-only.  `--anergazet` adds training-time gazetteer features: +0.9 F1 on the dev split,
    but the model would then need the lists at run time, and they may not be shipped; so it is not used.  The
    run-time name lists come from permissive sources instead (scripts/build_ner_gazetteer.py).

  * Wojood public sample (MIT) — `train.txt` added to training (outermost PERS/ORG/GPE→LOC layer) was
    measured: block split 0.730 -> 0.708 (Wojood marks «مدينة القدس», «جريدة فلسطين», bare «الجيش» as
    entities, ANERcorp does not), while its own test file jumps 0.32 -> 0.81 because the sample's train and
    test come from the same documents.  Not used: the shipped model keeps ANERcorp's conventions.
  * ANT corpus, JawharaFM (shared/data/corpus/ant-jawharafm.jsonl; Apache-2.0 + a citation clause, development use
    only) — self-training was measured: the split's own two-pass model tagged the corpus (37,294 sentences,
    tokenised like the pipeline: paragraphs, `split_sentences`, the tokenizer's regex); sentences of 5–80 tokens
    with a PERS/LOC/ORG entity whose pass-2 Viterbi probability is ≥ p (deduplicated) were sampled (seed 0) and
    spread over the four pass-2 folds of the training part; everything retrained with the defaults.  Block split
    (baseline 0.745: PERS 0.718, LOC 0.836, ORG 0.536): 1k sentences p≥0.9 0.736 (PERS 0.693, LOC 0.828, ORG 0.559);
    3k p≥0.9 0.738 (0.707/0.825/0.550); 6k p≥0.9 0.733 (0.681/0.830/0.556); 2.7k p≥0.98 (all there are) 0.738
    (0.700/0.831/0.540).  `--split last20` (baseline 0.708), 3k p≥0.9: 0.714 (PERS 0.689, LOC 0.830, ORG 0.573).
    Confident pseudo-labels still repeat the model's own mistakes (e.g. وكالة تونس افريقيا للأنباء as two
    LOCs), on Tunisian text unlike ANERcorp's; PERS loses most.  Below the +0.01 bar everywhere: not used.

Model: two CRFs (see marsad/ner.py).  Pass 1 (`ner.crfsuite`): sentence features + document hints.  Pass 2
(`ner-stack.crfsuite`): pass-1 features + pass-1 labels and their agreement across the document window; it is
trained on pass-1 labels of the training text produced by `--folds` (4) models each trained without that
contiguous quarter (stacking), so they are as noisy as at run time.  Training takes 6 CRF fits, two at a time.
Measured on the block split (micro F1 PERS/LOC/ORG, one pass unless said): features v2 0.704; + surface word
and more affixes 0.709; + document hints ±8 sentences 0.720 (±20: 0.716); + gazetteer lookup behind
proclitics 0.730; + pass 2 on all pass-1 features 0.743; + pass 2 on pass-1 features without window context
(faster) 0.745.  On `--split last20` the final tagger gains little: 0.708 (0.696 sentence by sentence) vs 0.704.  c1 0.1/c2 0.005 instead of 0.05/0.01: 0.700.  Pass 1 trained on half the sentences without
document hints (so that `NER.tag` on lone sentences suffers less), one pass: 0.719 as a text (vs 0.730), 0.715
sentence by sentence (vs 0.695); not used.

Name-table sources, measured with `build_ner_gazetteer.py --out T [flags]` + `train_ner.py --eval --gazetteer T` (block
split, final tagger; the shipped table gives 0.745: PERS 0.718, LOC 0.836, ORG 0.536); none is used:
  * plain rebuild from the grown lexicon_src/actors.tsv (15 more ORG phrases): 0.742.
  * + person/organisation names of the compiled actor lexicon (`--lexicon-actors`: UP + actors.tsv, typed by code and
    the actors.tsv note): 0.742 when every word of a person name became PER (PERS 0.695, ORG 0.560: PER now also on
    عربي، ماء، ابن، إسرائيل); 0.745 without name particles and one-word places; 0.742 also without words common in
    the ANT corpus (the current flag; PER on 44 % of dev PERS tokens instead of 35 %, on 2.5 % of O tokens instead
    of 2.2 %; ORG phrases on 30 % of ORG tokens instead of 24 %).  More name coverage does not help: pass 2 and the document hints already find most repeated names.
  * + the place gazetteer marsad/data/gazetteer.tsv.gz (`--places`, small MENA towns, with the first actor variant):
    0.734 (LOC on 5.7 % of O tokens instead of 4.3 %, and on 18 % of PERS tokens).
  * office titles of the compiled agent list (وزير الخارجية، رئيس الوزراء …) as a class TTL, plus a feature on the
    token right after a multi-word table phrase (and after phrase + nationality word): 0.742 with the first actor
    variant; 0.750 with the plain rebuilt table (PERS 0.722, ORG 0.569; --split last20 0.716 vs 0.708):
    below the +0.01 bar set for keeping a change (the 15-phrase rebuild alone moves the block score by -0.003), so
    the feature is not in marsad/ner.py.  On last20 pass 1 alone scored 0.733 there: pass 2 lost 0.017.

Held-out development split (`dev_split`): contiguous blocks, never random.  The ANERcorp training part (3,897
sentences) is cut into blocks of 100 sentences in file order; every 5th block (blocks 4, 9, 14, … counting
from 0, i.e. sentences 400–499, 900–999, …, 3,400–3,499: 700 sentences, 21,983 tokens) is dev, the rest train
(`--split block5`, default).  `--split last20` instead takes the last 20 % (sentences 3,117–3,896; 780
sentences, 25,344 tokens) as dev.  In either case every training sentence whose normalised, space-free text
equals a dev sentence is dropped from training (the corpus repeats articles: 115 / 128 sentences), and with
`--newsfane` so is every NewsFANE sentence that occurs in the dev text (or, not found verbatim, whose
12-character chunks lie mostly there).  Labels are trained as BILOU (`--scheme`, +0.5–1.0 F1 over BIO) and
returned as BIO.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marsad.ner import (  # noqa: E402
    FEATURES_VERSION,
    FeatureExtractor,
    Lexicons,
    feature_fingerprint,
    parse_name_table,
    score_entities,
    shipped_lexicons,
    stack_features,
    stack_model_path,
    to_bilou,
    to_bio,
)
from marsad.text.normalize import normalize  # noqa: E402

MODEL_OUT = ROOT / "marsad" / "models" / "ner.crfsuite"
# Training parameters of the shipped model (bench/eval_ner.py retrains with the same ones).
DEFAULTS = {"c1": 0.05, "c2": 0.01, "iters": 200, "minfreq": 1.0, "scheme": "bilou", "folds": 4}

# NewsFANE fine type -> ANERcorp coarse type (None = O).  Decided by aligning both corpora token by token and
# reading which ANERcorp tag the same words carry (`--show-mapping` prints that table); ANERcorp's guidelines
# treat sports clubs and companies as ORG, nationality words (Group) mostly as O, works/products as MISC.
FANE_MAP: dict[str, str | None] = {
    # persons
    "Politician": "PERS",
    "Athlete": "PERS",
    "Artist": "PERS",
    "Other_PER": "PERS",
    "Religious_PER": "PERS",
    "Scientist": "PERS",
    "Police": "PERS",
    "Businessperson": "PERS",
    "Lawyer": "PERS",
    "Engineer": "PERS",
    # places
    "Nation": "LOC",
    "Population-Center": "LOC",
    "State-or-Province": "LOC",
    "GPE-Cluster": "LOC",
    "Continent": "LOC",
    "Water-Body": "LOC",
    "County-or-District": "LOC",
    "Land-Region-Natural": "LOC",
    # facilities: ANERcorp leaves buildings, roads and airports O (or MISC), so they are dropped
    "Building-Grounds": None,
    "Path": None,
    "Airport": None,
    "Subarea-Facility": None,
    # organisations
    "Government": "ORG",
    "Non-Governmental": "ORG",
    "Media": "ORG",
    "Sports": "ORG",
    "Commercial": "ORG",
    "Educational": "ORG",
    "Medical-Science": "ORG",
    "Religious_ORG": "ORG",
    "Entertainment": "ORG",
    # nationality / ethnic groups: ANERcorp mostly leaves them O
    "Group": None,
    # works, products, vehicles, weapons, software
    "Book": "MISC",
    "Movie": "MISC",
    "Software": "MISC",
    "Land": "MISC",
    "Air": "MISC",
    "Water": "MISC",
    "Hardware": "MISC",
    "Food": "MISC",
    "Drug": "MISC",
    "Projectile": "MISC",
    "Shooting": "MISC",
    "Plant": "MISC",
}

_BIDI = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")

Sentence = tuple[list[str], list[str]]


def shared_dir() -> Path:
    """The shared `data` folder: $MARSAD_SHARED (either shared/ or shared/data), else ../shared/data."""
    env = os.environ.get("MARSAD_SHARED")
    cands = [Path(env), Path(env) / "data"] if env else []
    cands += [ROOT.parent / "shared" / "data", Path("/work/shared/data")]
    for cand in cands:
        if (cand / "ner").is_dir():
            return cand
    raise SystemExit("shared data not found: set MARSAD_SHARED to the shared/data folder")


def clean_token(tok: str) -> str:
    return _BIDI.sub("", tok).strip()


def load_anercorp(path: Path) -> list[Sentence]:
    """`token TAG` lines, blank line between sentences.  The tag is after the LAST whitespace (one line has
    an inner space and RLM marks); tokens that are empty after removing bidi marks are dropped."""
    sents: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if toks:
                sents.append((toks, tags))
                toks, tags = [], []
            continue
        parts = line.rsplit(None, 1)
        if len(parts) != 2:
            continue
        tok = clean_token(parts[0])
        if tok:
            toks.append(tok)
            tags.append(parts[1].strip())
    if toks:
        sents.append((toks, tags))
    return sents


def load_newsfane(path: Path) -> list[Sentence]:
    """UTF-8 with BOM, CRLF, LRM before each token; `token<TAB>TAG`; a lone TAB line ends a sentence."""
    sents: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        if not line.strip():
            if toks:
                sents.append((toks, tags))
                toks, tags = [], []
            continue
        tok, _, tag = line.partition("\t")
        tok = clean_token(tok)
        if tok:
            toks.append(tok)
            tags.append(tag.strip() or "O")
    if toks:
        sents.append((toks, tags))
    return sents


def flat(tokens: list[str]) -> list[str]:
    """Normalised tokens with inner spaces removed (the alignment alphabet)."""
    return [normalize(t).replace(" ", "") for t in tokens]


class Corpus:
    """ANERcorp as one space-free normalised string, with token boundaries and sentence offsets."""

    def __init__(self, sents: list[Sentence]) -> None:
        parts: list[str] = []
        self.bounds: set[int] = {0}
        self.sent_start: list[int] = []
        pos = 0
        for toks, _ in sents:
            self.sent_start.append(pos)
            for f in flat(toks):
                parts.append(f)
                pos += len(f)
                self.bounds.add(pos)
        self.sent_start.append(pos)
        self.text = "".join(parts)

    def occurrences(self, s: str) -> list[int]:
        out, i = [], self.text.find(s)
        while i >= 0 and s:
            out.append(i)
            i = self.text.find(s, i + 1)
        return out


def rejoin(toks: list[str], tags: list[str], at: int, corpus: Corpus) -> Sentence | None:
    """Merge NewsFANE tokens so that each group ends on an ANERcorp token boundary (و + الصادرات ->
    والصادرات).  A group's tag is its first non-O tag (B if that token was B or the group starts with it)."""
    out_t: list[str] = []
    out_g: list[str] = []
    pos = at
    grp_t: list[str] = []
    grp_g: list[str] = []
    for tok, tag, f in zip(toks, tags, flat(toks), strict=True):
        grp_t.append(tok)
        grp_g.append(tag)
        pos += len(f)
        if pos in corpus.bounds:
            tag_out = "O"
            for j, g in enumerate(grp_g):
                if g != "O":
                    tag_out = ("B-" if (g.startswith("B-") or j > 0) else "I-") + g[2:]
                    break
            out_t.append("".join(grp_t))
            out_g.append(tag_out)
            grp_t, grp_g = [], []
    if grp_t:
        return None
    return out_t, out_g


def map_fane(tags: list[str]) -> list[str]:
    out: list[str] = []
    for t in tags:
        if t == "O" or "-" not in t:
            out.append("O")
            continue
        prefix, typ = t[:1], t[2:]
        coarse = FANE_MAP.get(typ)
        if coarse is None:
            out.append("O")
        else:
            # after a dropped type, an I- of a kept type must restart the chunk
            out.append(("B-" if prefix == "B" or not out or out[-1][2:] != coarse else "I-") + coarse)
    return out


def dev_split(n: int, scheme: str) -> set[int]:
    if scheme == "last20":
        return set(range(int(0.8 * n), n))
    if scheme == "block5":
        return {i for i in range(n) if (i // 100) % 5 == 4}
    raise ValueError(scheme)


def dev_mask(corpus: Corpus, dev: set[int]) -> bytearray:
    mask = bytearray(len(corpus.text))
    for i in dev:
        a, b = corpus.sent_start[i], corpus.sent_start[i + 1]
        mask[a:b] = b"\x01" * (b - a)
    return mask


def touches_dev(s: str, corpus: Corpus, mask: bytearray, dev_texts: set[str]) -> bool:
    """A sentence is dev material if it equals a dev sentence, if any occurrence lies in the dev region, or
    (not found verbatim) if half of its 12-character chunks are found only in the dev region."""
    if s in dev_texts:
        return True
    occ = corpus.occurrences(s)
    if occ:
        return any(any(mask[o : o + len(s)]) for o in occ)
    chunks = [s[i : i + 12] for i in range(0, max(len(s) - 11, 1), 12)]
    hits = 0
    for c in chunks:
        o = corpus.occurrences(c)
        if o and all(mask[x] for x in o):
            hits += 1
    return hits * 2 >= len(chunks)


def load_all(args) -> dict:
    data = shared_dir() / "ner"
    aner = load_anercorp(data / "anercorp-train.txt")
    corpus = Corpus(aner)
    fane_raw = load_newsfane(data / "newsfane" / "NewsFANE_Gold_2014_170K-dev.txt")
    fane: list[tuple[Sentence, str]] = []  # (rejoined+mapped sentence, space-free text)
    unlocated = 0
    for toks, tags in fane_raw:
        s = "".join(flat(toks))
        occ = corpus.occurrences(s)
        joined = rejoin(toks, tags, occ[0], corpus) if occ else None
        if joined is None:
            unlocated += 1
            continue  # 2 % of sentences, mostly number-format differences: not worth a fuzzy aligner
        fane.append(((joined[0], map_fane(joined[1])), s))
    return {"aner": aner, "corpus": corpus, "fane": fane, "fane_raw": fane_raw, "unlocated": unlocated}


def load_gazetteer(data: Path) -> dict[str, str]:
    gz: dict[str, set[str]] = {}
    for typ, fn in (
        ("LOC", "AlignedLocGazetteer.txt"),
        ("ORG", "AlignedOrgGazetteer.txt"),
        ("PERS", "AlignedPersGazetteer.txt"),
    ):
        for line in (data / "anergazet" / fn).read_text(encoding="utf-8").splitlines():
            w = normalize(clean_token(line))
            if not w or w.startswith(("====", "****")):
                continue
            for part in w.split():
                gz.setdefault(part, set()).add(typ)
    return {k: ",".join(sorted(v)) for k, v in gz.items()}


def build_sets(d: dict, scheme: str | None, use_fane: bool) -> tuple[list[Sentence], list[Sentence], dict]:
    aner, corpus = d["aner"], d["corpus"]
    if scheme is None:
        train = list(aner) + ([s for s, _ in d["fane"]] if use_fane else [])
        return train, [], {"train_sents": len(train)}
    dev_idx = dev_split(len(aner), scheme)
    dev = [aner[i] for i in sorted(dev_idx)]
    dev_texts = {"".join(flat(aner[i][0])) for i in dev_idx}
    mask = dev_mask(corpus, dev_idx)
    train: list[Sentence] = []
    dropped_aner = 0
    for i, s in enumerate(aner):
        if i in dev_idx:
            continue
        if "".join(flat(s[0])) in dev_texts:
            dropped_aner += 1
            continue
        train.append(s)
    dropped_fane = 0
    if use_fane:
        for s, text in d["fane"]:
            if touches_dev(text, corpus, mask, dev_texts):
                dropped_fane += 1
                continue
            train.append(s)
    info = {
        "scheme": scheme,
        "dev_sents": len(dev),
        "dev_tokens": sum(len(t) for t, _ in dev),
        "train_sents": len(train),
        "train_tokens": sum(len(t) for t, _ in train),
        "dropped_aner_repeats": dropped_aner,
        "dropped_fane_in_dev": dropped_fane,
    }
    return train, dev, info


Feats = list[list[list[str]]]
_JOBS: list[tuple[Feats, list[list[str]], str, dict]] = []  # read by forked workers (no pickling)


def _train_job(i: int) -> str:
    import pycrfsuite

    feats, tags, out, p = _JOBS[i]
    trainer = pycrfsuite.Trainer(verbose=False)
    for f, t in zip(feats, tags, strict=True):
        trainer.append(f, to_bilou(t) if p["scheme"] == "bilou" else t)
    trainer.set_params(
        {
            "c1": p["c1"],
            "c2": p["c2"],
            "max_iterations": p["iters"],
            "feature.minfreq": p["minfreq"],
            "feature.possible_transitions": True,
        }
    )
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    trainer.train(out)
    return out


def _train_all(jobs: list[tuple[Feats, list[list[str]], str, dict]]) -> None:
    """Train independent models two at a time (fork: the workers read the features from `_JOBS`)."""
    import multiprocessing as mp

    _JOBS[:] = jobs
    try:
        if len(jobs) > 1 and "fork" in mp.get_all_start_methods():
            with mp.get_context("fork").Pool(min(2, len(jobs))) as pool:
                pool.map(_train_job, range(len(jobs)))
        else:
            for i in range(len(jobs)):
                _train_job(i)
    finally:
        _JOBS.clear()


def _tag(model: Path | str, feats: Feats) -> list[list[str]]:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    return [to_bio(tagger.tag(f)) for f in feats]


def train_model(
    train: list[Sentence],
    fx: FeatureExtractor,
    out: Path,
    c1: float,
    c2: float,
    iters: int,
    minfreq: float,
    scheme: str = "bio",
    folds: int = 4,
) -> float:
    """Train pass 1 into `out` and, if folds > 1, pass 2 into `stack_model_path(out)`: pass 2 learns from
    pass-1 labels of the training text made by `folds` models that each did not see that part
    (contiguous parts, so a repeated name in one document is not seen by its own fold's model)."""
    t0 = time.time()
    p = {"c1": c1, "c2": c2, "iters": iters, "minfreq": minfreq, "scheme": scheme}
    own: list = []
    feats = fx.document([t for t, _ in train], own=own)
    tags = [g for _, g in train]
    stack = stack_model_path(out)
    stack.unlink(missing_ok=True)
    jobs = [(feats, tags, str(out), p)]
    n = len(train)
    cuts = [n * i // folds for i in range(folds + 1)] if folds > 1 else []
    for i in range(len(cuts) - 1):
        keep = [j for j in range(n) if not cuts[i] <= j < cuts[i + 1]]
        fold_out = str(out.with_name(f"{out.stem}.fold{i}{out.suffix}"))
        jobs.append(([feats[j] for j in keep], [tags[j] for j in keep], fold_out, p))
    _train_all(jobs)
    if folds > 1:
        tags1: list[list[str]] = []
        for i in range(folds):
            tags1 += _tag(jobs[i + 1][2], feats[cuts[i] : cuts[i + 1]])
            Path(jobs[i + 1][2]).unlink()
        words = [[fx.word(t) for t in toks] for toks, _ in train]
        _train_all([(stack_features(own, words, tags1), tags, str(stack), p)])
    return time.time() - t0


def evaluate(model: Path, dev: list[Sentence], fx: FeatureExtractor) -> dict:
    """Scores of pass 1 alone ("pass1") and of the full tagger; dev sentences are one document stream."""
    own: list = []
    feats = fx.document([t for t, _ in dev], own=own)
    tags1 = _tag(model, feats)
    gold = [g for _, g in dev]
    res = {"pass1": score_entities(gold, tags1)}
    stack = stack_model_path(model)
    if stack.is_file():
        words = [[fx.word(t) for t in toks] for toks, _ in dev]
        res["final"] = score_entities(gold, _tag(stack, stack_features(own, words, tags1)))
    else:
        res["final"] = res["pass1"]
    return res


def show_mapping(d: dict) -> None:
    """Print, for each NewsFANE fine type, the ANERcorp tags of the same (aligned) tokens."""
    aner, corpus = d["aner"], d["corpus"]
    by_pos: dict[int, str] = {}
    pos = 0
    for toks, tags in aner:
        for f, t in zip(flat(toks), tags, strict=True):
            by_pos[pos] = t
            pos += len(f)
    table: dict[str, Counter] = {}
    for toks, tags in d["fane_raw"]:
        s = "".join(flat(toks))
        occ = corpus.occurrences(s)
        if not occ:
            continue
        p = occ[0]
        for f, t in zip(flat(toks), tags, strict=True):
            if t.startswith("B-") and p in by_pos:
                table.setdefault(t[2:], Counter())[by_pos[p][2:] or "O"] += 1
            p += len(f)
    for typ, c in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{typ:22s} -> {FANE_MAP.get(typ)!s:5s}  aligned ANERcorp: {dict(c.most_common(4))}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", action="store_true", help="train on the dev split's training part and score on dev")
    ap.add_argument("--split", default="block5", choices=("block5", "last20"))
    ap.add_argument("--newsfane", action="store_true", help="add NewsFANE (mapped, re-joined) to training")
    ap.add_argument("--anergazet", action="store_true", help="training-time ANERgazet features (experiments only)")
    ap.add_argument("--no-lexicons", action="store_true", help="ablation: no shipped gazetteer/cluster features")
    ap.add_argument("--c1", type=float, default=DEFAULTS["c1"])
    ap.add_argument("--c2", type=float, default=DEFAULTS["c2"])
    ap.add_argument("--iters", type=int, default=DEFAULTS["iters"])
    ap.add_argument("--minfreq", type=float, default=DEFAULTS["minfreq"])
    ap.add_argument("--scheme", default=DEFAULTS["scheme"], choices=("bio", "bilou"), help="label scheme to train on")
    ap.add_argument("--folds", type=int, default=DEFAULTS["folds"], help="pass-2 cross-validation folds (1: no pass 2)")
    ap.add_argument("--out", type=Path, default=None, help="model path (default: marsad/models/ner.crfsuite)")
    ap.add_argument("--show-mapping", action="store_true")
    ap.add_argument("--clusters", type=Path, help="experiments: a word-cluster table other than the shipped one")
    ap.add_argument("--gazetteer", type=Path, help="experiments: a name table other than the shipped one")
    args = ap.parse_args(argv)

    d = load_all(args)
    if args.show_mapping:
        show_mapping(d)
        return 0
    gz = load_gazetteer(shared_dir() / "ner") if args.anergazet else None
    lex = shipped_lexicons() if not args.no_lexicons else Lexicons({}, {}, {})
    if args.clusters:
        clusters = {}
        for ln in args.clusters.read_text(encoding="utf-8").splitlines():
            if ln and not ln.startswith("#"):
                k, c, f = ln.split("\t")
                clusters[k] = (c, f)
        lex = Lexicons(lex.words, lex.phrases, clusters)
    if args.gazetteer:
        lines = [ln for ln in args.gazetteer.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
        words, phrases = parse_name_table(lines)
        lex = Lexicons(words, phrases, lex.clusters)
    fx = FeatureExtractor(lex, gz)
    if args.eval:
        train, dev, info = build_sets(d, args.split, args.newsfane)
        out = args.out or Path("/tmp/marsad-ner-dev.crfsuite")
        secs = train_model(train, fx, out, args.c1, args.c2, args.iters, args.minfreq, args.scheme, args.folds)
        res = evaluate(out, dev, fx)
        info.update(train_seconds=round(secs, 1), model_bytes=out.stat().st_size, newsfane_unlocated=d["unlocated"])
        if stack_model_path(out).is_file():
            info["stack_model_bytes"] = stack_model_path(out).stat().st_size
        print(json.dumps({"info": info, "args": vars(args) | {"out": str(out)}, "scores": res}, indent=1, default=str))
        return 0
    if args.anergazet and args.out is None:
        raise SystemExit("--anergazet models need the research-only lists at run time; give --out outside marsad/")
    train, _, info = build_sets(d, None, args.newsfane)
    out = args.out or MODEL_OUT
    secs = train_model(train, fx, out, args.c1, args.c2, args.iters, args.minfreq, args.scheme, args.folds)
    meta = {
        "model": out.name,
        "features": FEATURES_VERSION,
        "feature_fingerprint": feature_fingerprint(),
        "tables": table_hashes(),
        "train_sentences": len(train),
        "train_tokens": sum(len(t) for t, _ in train),
        "data": ["ANERcorp train part"] + (["NewsFANE (CC BY-SA 3.0)"] if args.newsfane else []),
        "stack_model": stack_model_path(out).name if stack_model_path(out).is_file() else None,
        "params": {
            "c1": args.c1,
            "c2": args.c2,
            "iters": args.iters,
            "minfreq": args.minfreq,
            "scheme": args.scheme,
            "folds": args.folds,
        },
    }
    out.with_suffix(".json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(info | {"train_seconds": round(secs, 1), "model": str(out), "bytes": out.stat().st_size}))
    return 0


def table_hashes() -> dict[str, str]:
    """sha256 of the feature tables the model was trained with: the model is only valid with these."""
    import hashlib

    return {
        name: hashlib.sha256((MODEL_OUT.parent / name).read_bytes()).hexdigest()
        for name in ("ner-gazetteer.tsv", "ner-clusters.tsv")
    }


if __name__ == "__main__":
    sys.exit(main())
