"""Sentence classifiers: the learned second signal next to the dictionary coder.

Four small linear models, trained by `scripts/train_classifier.py` on development data only:

- `quad`      QuadClass of a sentence, columns in **GDELT numbering** `[0 none, 1 VerCoop, 2 MatCoop, 3 VerConf,
              4 MatConf]` (the training data numbers them differently; see `DATASET_TO_GDELT`).
- `relevance` P(sentence describes a political interaction).
- `assault`   P(sentence reports a PLOVER ASSAULT event).
- `protest`   P(sentence reports a PLOVER PROTEST event).

Features are *hashed* (no vocabulary strings are shipped): word keys (`marsad.text.normalize.key`) as unigrams and
bigrams, plus character n-grams of the normalised text, each hashed into `dim` buckets with a fixed, seedless hash,
weighted by sublinear tf × idf and L2-normalised.  The same `featurize` function produces the training matrix and
the run-time features, so the two cannot drift.  Run time needs numpy only; nothing is loaded at import.
"""

from __future__ import annotations

import json
import re
import zlib
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from .errors import MarsadError
from .model import Event
from .text.normalize import key, normalize

# The keep_it_local QuadClass data numbers classes 1 MatConf, 2 MatCoop, 3 VerConf, 4 VerCoop (0 irrelevant);
# GDELT/CAMEO and marsad's Event.quad_class use 1 VerCoop, 2 MatCoop, 3 VerConf, 4 MatConf.
DATASET_TO_GDELT = {0: 0, 1: 4, 2: 2, 3: 3, 4: 1}
GDELT_TO_DATASET = {v: k for k, v in DATASET_TO_GDELT.items()}
QUAD_NAMES = {0: "none", 1: "VerCoop", 2: "MatCoop", 3: "VerConf", 4: "MatConf"}  # GDELT numbering

MODEL_NAMES = ("quad", "relevance", "assault", "protest")

_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")
_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)
_PRIME = np.uint64(1000003)
_SEP = 0x1F  # unit separator: joins sentences in a batch; n-grams across it are dropped


@dataclass(frozen=True, slots=True)
class FeatureConfig:
    dim: int = 1 << 18
    word_ngrams: int = 2  # 1 = unigrams, 2 = unigrams + bigrams
    char_min: int = 2
    char_max: int = 5

    def to_json(self) -> str:
        return json.dumps({k: getattr(self, k) for k in self.__slots__})

    @classmethod
    def from_json(cls, raw: str) -> FeatureConfig:
        return cls(**json.loads(raw))


class ModelMissingError(MarsadError):
    """A shipped classifier file is missing or unreadable (reinstall, or re-run scripts/train_classifier.py)."""


def _mix(h: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads polynomial hashes evenly over the buckets."""
    with np.errstate(over="ignore"):
        h = h ^ (h >> np.uint64(30))
        h = h * np.uint64(0xBF58476D1CE4E5B9)
        h = h ^ (h >> np.uint64(27))
        h = h * np.uint64(0x94D049BB133111EB)
        return h ^ (h >> np.uint64(31))


@cache
def _word_hash(word: str) -> int:
    # crc32 of the match key is stable across processes (unlike hash()); cached because words repeat a lot.
    return zlib.crc32(key(word, normalized=True).encode("utf-8"))


def _prepare(text: str) -> tuple[str, list[int]]:
    norm = _DIGITS.sub("0", normalize(text))
    words = _WORD.findall(norm)
    return " " + " ".join(words) + " ", [_word_hash(w) for w in words]


def featurize(texts: list[str], cfg: FeatureConfig) -> tuple[np.ndarray, np.ndarray]:
    """Hashed bag of features as occurrences: (row, bucket) pairs, one pair per feature occurrence.

    No sorting or de-duplication is needed at run time: `weigh` gives each occurrence its idf, and a feature that
    occurs c times simply contributes c times (raw tf).
    """
    # Each feature's raw hash goes to `raw`; they are mixed into buckets in one go at the end (elementwise, so the
    # same buckets as mixing each kind apart, with far fewer small numpy calls per batch).
    rows: list[np.ndarray] = []
    raw: list[np.ndarray] = []
    dim = np.uint64(cfg.dim)
    prepared = [_prepare(t) for t in texts]

    # Word key n-grams.
    lengths = np.fromiter((len(h) for _, h in prepared), dtype=np.int64, count=len(prepared))
    wh = np.fromiter((x for _, h in prepared for x in h), dtype=np.uint64, count=int(lengths.sum()))
    wrow = np.repeat(np.arange(len(prepared), dtype=np.int64), lengths)
    with np.errstate(over="ignore"):
        rows.append(wrow)
        raw.append(wh ^ np.uint64(0x5555))
        if cfg.word_ngrams >= 2 and len(wh) > 1:
            same = wrow[1:] == wrow[:-1]
            bi = wh[:-1] * _PRIME + wh[1:]
            rows.append(wrow[1:][same])
            raw.append(bi[same] ^ np.uint64(0xAAAA))

    # Character n-grams over the padded, normalised word sequence of all texts joined by a separator.
    joined = chr(_SEP).join(s for s, _ in prepared)
    cp = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    is_sep = cp == _SEP
    crow = np.cumsum(is_sep)  # row of each character (a separator counts towards the next row)
    seps = np.concatenate(([0], crow))
    h = np.zeros(len(cp), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for n in range(1, cfg.char_max + 1):
            if len(cp) < n:
                break
            # h[p] = hash of cp[p : p + n]
            h = h[: len(cp) - n + 1] * _PRIME + cp[n - 1 :]
            if n < cfg.char_min:
                continue
            ok = (seps[n:] - seps[: len(cp) - n + 1]) == 0
            rows.append(crow[: len(cp) - n + 1][ok])
            raw.append(h[ok] + np.uint64(n))

    buckets = _mix(np.concatenate(raw)) % dim
    return np.concatenate(rows).astype(np.int64), buckets.astype(np.int64)


# The last featurize call: the pipeline asks the assault, protest and quad models (one configuration) about the
# same sentences one after the other, and the features are most of the cost.
_last: tuple[tuple[FeatureConfig, tuple[str, ...]], tuple[np.ndarray, np.ndarray]] | None = None


def _features(texts: list[str], cfg: FeatureConfig) -> tuple[np.ndarray, np.ndarray]:
    """`featurize`, reusing the previous result for the same texts and configuration."""
    global _last
    k = (cfg, tuple(texts))
    last = _last  # one read: another thread may replace it
    if last is not None and last[0] == k:
        return last[1]
    feats = featurize(texts, cfg)
    _last = (k, feats)
    return feats


def weigh(row: np.ndarray, bucket: np.ndarray, idf: np.ndarray, n_rows: int) -> np.ndarray:
    """Value of each occurrence: idf / the row's norm, so that summing a row's occurrences of a bucket gives
    tf × idf, L2-normalised over occurrences (√Σ idf² — equal to the usual L2 norm when no feature repeats)."""
    val = idf[bucket].astype(np.float64)
    norm = np.sqrt(np.bincount(row, weights=val * val, minlength=n_rows))
    norm[norm == 0] = 1.0
    return val / norm[row]


@dataclass(slots=True)
class LinearModel:
    """Hashed-feature logistic regression (binary: one weight column; multiclass: softmax over columns)."""

    name: str
    cfg: FeatureConfig
    idf: np.ndarray  # (dim,)
    weights: np.ndarray  # (k, dim)
    bias: np.ndarray  # (k,)
    classes: np.ndarray  # (k,) labels of the columns; binary models have k == 1 and class 1
    meta: dict

    def decision(self, texts: list[str], feats: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray:
        """Linear scores; `feats` = featurize(texts, self.cfg) when the caller already has them."""
        row, bucket = feats if feats is not None else _features(texts, self.cfg)
        val = weigh(row, bucket, self.idf, len(texts))
        out = np.empty((len(texts), self.weights.shape[0]), dtype=np.float64)
        for j, w in enumerate(self.weights):  # weights are (k, dim): one contiguous row per class
            out[:, j] = np.bincount(row, weights=val * w[bucket], minlength=len(texts)) + self.bias[j]
        return out

    def proba(self, texts: list[str], feats: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray:
        if not texts:
            return np.zeros((0, len(self.classes)) if len(self.classes) > 1 else (0,), dtype=np.float32)
        z = self.decision(texts, feats)
        if z.shape[1] == 1:
            return (1.0 / (1.0 + np.exp(-z[:, 0]))).astype(np.float32)
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return (e / e.sum(axis=1, keepdims=True)).astype(np.float32)

    def save(self, path) -> None:
        np.savez_compressed(
            path,
            cfg=np.array(self.cfg.to_json()),
            idf=self.idf.astype(np.float16),
            weights=self.weights.astype(np.float16),
            bias=self.bias.astype(np.float32),
            classes=self.classes.astype(np.int64),
            meta=np.array(json.dumps(self.meta, ensure_ascii=False)),
        )

    @classmethod
    def load(cls, name: str, fh) -> LinearModel:
        with np.load(fh, allow_pickle=False) as z:
            return cls(
                name=name,
                cfg=FeatureConfig.from_json(str(z["cfg"])),
                idf=z["idf"].astype(np.float32),
                weights=z["weights"].astype(np.float32),
                bias=z["bias"],
                classes=z["classes"],
                meta=json.loads(str(z["meta"])),
            )


@cache
def load_model(name: str) -> LinearModel:
    """The shipped model `name` (one of MODEL_NAMES), loaded once per process."""
    if name not in MODEL_NAMES:
        raise ModelMissingError(f"unknown classifier {name!r}; choose one of {', '.join(MODEL_NAMES)}.")
    ref = resources.files("marsad") / "models" / f"{name}.npz"
    try:
        with ref.open("rb") as fh:
            return LinearModel.load(name, fh)
    except (FileNotFoundError, OSError, KeyError, ValueError) as err:
        raise ModelMissingError(
            f"classifier model marsad/models/{name}.npz is missing or unreadable ({err}); reinstall marsad or "
            "re-run `python scripts/train_classifier.py` with the development data."
        ) from err


class SentenceClassifier:
    """Probabilities for batches of sentences. Cheap to construct; models load on first use and are shared."""

    def quad_proba(self, texts: list[str], _feats=None) -> np.ndarray:
        """(n, 5) probabilities; column j is GDELT QuadClass j (0 = no political event)."""
        m = load_model("quad")
        p = m.proba(texts, _feats)
        out = np.zeros((len(texts), 5), dtype=np.float32)
        for j, c in enumerate(m.classes):  # model columns are stored in GDELT numbering already
            out[:, int(c)] = p[:, j]
        return out

    def quad_class(self, texts: list[str]) -> np.ndarray:
        """Most probable GDELT QuadClass per sentence (0 = none)."""
        return self.quad_proba(texts).argmax(axis=1)

    def relevance_proba(self, texts: list[str]) -> np.ndarray:
        return load_model("relevance").proba(texts)

    def assault_proba(self, texts: list[str]) -> np.ndarray:
        return load_model("assault").proba(texts)

    def protest_proba(self, texts: list[str]) -> np.ndarray:
        return load_model("protest").proba(texts)

    def all_proba(self, texts: list[str]) -> dict[str, np.ndarray]:
        """All four models at once; features are computed once when the models share a configuration."""
        models = {n: load_model(n) for n in MODEL_NAMES}
        cache: dict[FeatureConfig, tuple] = {}
        out = {}
        for n, m in models.items():
            if texts and m.cfg not in cache:
                cache[m.cfg] = featurize(texts, m.cfg)
            feats = cache.get(m.cfg)
            out[n] = self.quad_proba(texts, feats) if n == "quad" else m.proba(texts, feats)
        return out

    def threshold(self, name: str) -> float:
        """Decision threshold chosen by cross-validation at training time (0.5 if none was stored)."""
        return float(load_model(name).meta.get("threshold", 0.5))

    def info(self, name: str) -> dict:
        """Training metadata of a model: data, cross-validated figures, threshold."""
        return dict(load_model(name).meta)


# PLOVER types the binary classifiers speak for.
_TYPE_MODELS = {"ASSAULT": "assault", "PROTEST": "protest"}


def apply_to_events(
    events: list[Event],
    sentences: dict[int, str],
    clf: SentenceClassifier | None = None,
    reject: dict[str, float] | None = None,
) -> tuple[list[Event], list[Event]]:
    """Confirm or reject dictionary ASSAULT/PROTEST events with the sentence classifiers (a helper for the pipeline).

    `sentences` maps Event.sentence → sentence text.  Each ASSAULT/PROTEST event gets P(type) of its sentence:
    below the threshold (`reject[type]`, default the model's stored one) it goes to the rejected list; otherwise it is
    kept with `evidence.confidence` = mean(rule confidence, P) and `|clf=P` appended to `evidence.rule`, so the
    event still explains itself (verb span + rule id + the classifier's say).  Other events pass unchanged.
    Returns (kept, rejected).  The classifier runs once per call, on the distinct sentences concerned.
    """
    clf = clf or SentenceClassifier()
    want: dict[str, list[int]] = {}
    for e in events:
        name = _TYPE_MODELS.get((e.plover or "").upper())
        if name and e.sentence in sentences and e.sentence not in want.setdefault(name, []):
            want[name].append(e.sentence)
    probs: dict[tuple[str, int], float] = {}
    for name, idx in want.items():
        p = load_model(name).proba([sentences[i] for i in idx])
        probs.update({(name, i): float(x) for i, x in zip(idx, p, strict=True)})
    kept: list[Event] = []
    rejected: list[Event] = []
    for e in events:
        name = _TYPE_MODELS.get((e.plover or "").upper())
        if not name or (name, e.sentence) not in probs:
            kept.append(e)
            continue
        p = probs[(name, e.sentence)]
        t = (reject or {}).get(e.plover.upper(), clf.threshold(name))
        e.evidence.rule += f"|clf={p:.2f}"
        if p < t:
            rejected.append(e)
            continue
        e.evidence.confidence = round((e.evidence.confidence + p) / 2, 3)
        kept.append(e)
    return kept, rejected
