"""Development evaluation: pure scoring functions, dev-data readers and the runs behind `marsad eval`.

Scoring rules (documented in docs/eval.md):

- Detection (ASSAULT / PROTEST on gsr-dev): positive = label "yes", negative = "easy no" / "difficult no",
  "ambiguous" is not scored.  A sentence is *detected* when the coder returns at least one event of that PLOVER
  type whose modality counts as a deed (`COUNTED_MODALITIES`: asserted, and reported — news reports nearly every
  attack through a speaker, "قالت الشرطة إن ..."; negated / intended / hypothetical events are not deeds).
- Actors (the *_spans-dev.json files): the gold country/sector of the source (target) is the majority of the
  annotators' roles that give one; ties accept any tied value.  The system's actor is the source (target) of the
  sentence's counted events of the gold type whose words overlap the annotators' actor words most (match keys).
  When no actor shares a word with the gold, the most confident event's actor on that side is the answer.
  Accuracy is over gold actors that give a value; a slot the system leaves empty counts as wrong (`matched` reports
  coverage).
- QuadClass: a sentence's class is that of its most confident counted event (GDELT numbering mapped to the
  dataset's), 0 if none; macro-F1 over the 5 labels including 0, and over the 4 event classes.
  Relevance: relevant iff any counted event; F1 of the relevant class.
"""

from __future__ import annotations

import csv
import functools
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import MarsadError
from .model import Actor, Event
from .text.normalize import key, normalize

COUNTED_MODALITIES = frozenset({"asserted", "reported"})
EVENT_TYPES = ("ASSAULT", "PROTEST")
_ROOTS = {"ASSAULT": {"18", "19", "20"}, "PROTEST": {"14"}}
_DATASET_FROM_GDELT = {0: 0, 1: 4, 2: 2, 3: 3, 4: 1}  # same table as marsad.classify.GDELT_TO_DATASET


class EvalDataError(MarsadError):
    """Development data needed by `marsad eval` is missing or malformed."""

    exit_code = 2


# ---------------------------------------------------------------------------------------------------- scores


@dataclass(frozen=True, slots=True)
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def n(self) -> int:
        return self.tp + self.fp + self.fn + self.tn


@dataclass(frozen=True, slots=True)
class Accuracy:
    correct: int = 0
    total: int = 0
    matched: int = 0  # gold items for which a system value was found at all

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0


def score_detection(gold: Mapping[str, bool], pred: Mapping[str, bool]) -> PRF:
    """Binary detection over the ids in `gold`; an id absent from `pred` is a negative prediction."""
    tp = fp = fn = tn = 0
    for sid, g in gold.items():
        p = bool(pred.get(sid, False))
        if g and p:
            tp += 1
        elif g:
            fn += 1
        elif p:
            fp += 1
        else:
            tn += 1
    return PRF(tp, fp, fn, tn)


def per_class_f1(gold: Sequence[int], pred: Sequence[int], labels: Iterable[int]) -> dict[int, PRF]:
    if len(gold) != len(pred):
        raise ValueError("gold and pred differ in length")
    out = {}
    for lab in labels:
        out[lab] = score_detection(
            {str(i): g == lab for i, g in enumerate(gold)}, {str(i): p == lab for i, p in enumerate(pred)}
        )
    return out


def macro_f1(gold: Sequence[int], pred: Sequence[int], labels: Iterable[int]) -> float:
    """Unweighted mean F1 over `labels` (a label never gold nor predicted scores 0, as in scikit-learn)."""
    scores = per_class_f1(gold, pred, labels)
    return sum(s.f1 for s in scores.values()) / len(scores) if scores else 0.0


def accuracy(pairs: Iterable[tuple[set[str] | str, str | None]]) -> Accuracy:
    """(gold, predicted) pairs; gold may be a set of acceptable values (tied annotators). None = nothing found."""
    correct = total = matched = 0
    for gold, pred in pairs:
        ok = gold if isinstance(gold, set) else {gold}
        total += 1
        if pred is not None:
            matched += 1
            correct += pred.upper() in {g.upper() for g in ok}
    return Accuracy(correct, total, matched)


# ---------------------------------------------------------------------------------------------------- events


def is_type(ev: Event, etype: str) -> bool:
    """PLOVER type of an event, with the CAMEO roots as fallback (1712 destroy property counts as ASSAULT)."""
    if ev.plover:
        return ev.plover.upper() == etype
    if ev.cameo_root in _ROOTS[etype]:
        return True
    return etype == "ASSAULT" and ev.cameo.startswith("1712")


def counted(events: Iterable[Event], modalities: frozenset[str] = COUNTED_MODALITIES) -> list[Event]:
    return [e for e in events if (e.modality or "asserted") in modalities]


def detects(events: Iterable[Event], etype: str, modalities: frozenset[str] = COUNTED_MODALITIES) -> bool:
    return any(is_type(e, etype) for e in counted(events, modalities))


def sentence_quad(events: Iterable[Event], modalities: frozenset[str] = COUNTED_MODALITIES) -> int:
    """Dataset-numbered QuadClass of a sentence: its most confident counted event's class, 0 if none."""
    best = max(counted(events, modalities), key=lambda e: e.evidence.confidence, default=None)
    return _DATASET_FROM_GDELT.get(best.quad_class, 0) if best else 0


def word_keys(words: Iterable[str] | str) -> set[str]:
    if isinstance(words, str):
        words = re.findall(r"\w+", words)
    return {key(w) for w in words if len(normalize(w)) > 1}


def match_actor(gold_words: set[str], actors: Iterable[Actor | None]) -> Actor | None:
    """The actor whose words share the most match keys with the gold words (ties: the first); when none shares
    a word, the first actor given (the caller orders them by confidence) — it is still the system's answer for
    that slot, e.g. an actor found by coreference under other words."""
    best, best_overlap, first = None, 0, None
    for a in actors:
        if a is None:
            continue
        first = first or a
        ov = len(word_keys(a.text or a.name or "") & gold_words)
        if ov > best_overlap:
            best, best_overlap = a, ov
    return best or first


# ---------------------------------------------------------------------------------------------------- data


@dataclass(slots=True)
class GsrItem:
    id: str
    text: str
    gold: bool | None  # None = ambiguous, not scored


@dataclass(slots=True)
class ActorGold:
    words: set[str]  # match keys of all annotators' actor words
    country: set[str] = field(default_factory=set)  # tied majority values; empty = gold gives none
    sector: set[str] = field(default_factory=set)


@dataclass(slots=True)
class SpanItem:
    id: str
    text: str
    event_type: str
    source: ActorGold
    target: ActorGold


def default_data_dir() -> Path | None:
    """$MARSAD_SHARED (the shared folder or its data/), when it holds the development data.  The package never
    guesses where a checkout keeps ../shared: the data is not shipped, so the user names it (--data or the variable)."""
    env = os.environ.get("MARSAD_SHARED")
    if not env:
        return None
    for c in (Path(env) / "data", Path(env)):
        if (c / "gsr-dev").is_dir() or (c / "quadclass").is_dir():
            return c
    return None


def _need(path: Path) -> Path:
    if not path.exists():
        raise EvalDataError(
            f"{path}: development data not found. Point --data (or MARSAD_SHARED) at the shared data folder that "
            "holds gsr-dev/ and quadclass/; these files are not shipped with marsad."
        )
    return path


_LABELS = {"yes": True, "easy no": False, "difficult no": False, "ambiguous": None}


def load_gsr(data: Path, etype: str) -> list[GsrItem]:
    path = _need(Path(data) / "gsr-dev" / f"{etype.lower()}_gsr-dev.csv")
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            lab = row["label"].strip().lower()
            if lab not in _LABELS:
                raise EvalDataError(f"{path}: unknown label {row['label']!r} for id {row['id']}")
            out.append(GsrItem(row["id"], row["text"], _LABELS[lab]))
    return out


_BAD_ROLE = {"", "NONE", "UNKNOWN", "NULL"}


def _majority(values: list[str]) -> set[str]:
    c = Counter(v for v in values if v.upper() not in _BAD_ROLE)
    if not c:
        return set()
    top = max(c.values())
    return {v for v, n in c.items() if n == top}


def _actor_gold(spans: list[dict], side: str) -> ActorGold:
    words: set[str] = set()
    countries, sectors = [], []
    for s in spans:
        words |= word_keys(s.get(f"{side}_actor") or [])
        role = s.get(f"{side}_role")
        if isinstance(role, dict):
            countries.append(str(role.get("main") or ""))
            sectors.append(str(role.get("role") or ""))
    return ActorGold(words, _majority(countries), _majority(sectors))


def load_spans(data: Path, etype: str) -> list[SpanItem]:
    path = _need(Path(data) / "gsr-dev" / f"{etype.lower()}_spans-dev.json")
    rows = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for i, r in enumerate(rows):
        spans = r.get("spans") or []
        out.append(
            SpanItem(
                id=str(r.get("_id") or i),
                text=r["text"],
                event_type=str(r.get("event_type") or etype).upper(),
                source=_actor_gold(spans, "source"),
                target=_actor_gold(spans, "target"),
            )
        )
    return out


def load_tsv_labels(path: Path) -> list[tuple[str, int]]:
    """keep_it_local TSV: header, then sentence<TAB>label; some rows are CSV-quoted; CRLF tolerated."""
    path = _need(path)
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quotechar='"')
        next(reader, None)
        for row in reader:
            if len(row) < 2 or not row[-1].strip():
                continue
            out.append(("\t".join(row[:-1]).strip(), int(row[-1])))
    return out


def load_quad(data: Path) -> list[tuple[str, int]]:
    return load_tsv_labels(Path(data) / "quadclass" / "ar_annotations_quad_multiclass-dev.tsv")


def load_relevance(data: Path) -> list[tuple[str, int]]:
    return load_tsv_labels(Path(data) / "quadclass" / "ar_annotations_binary_complete-dev.tsv")


# ---------------------------------------------------------------------------------------------------- runs

Coder = Callable[[list[tuple[str, str]]], dict[str, list[Event]]]  # [(id, text)] -> id -> events


@dataclass(slots=True)
class Row:
    """One line of the eval table."""

    task: str
    system: str
    metric: str
    value: float | None
    detail: str = ""


@dataclass(slots=True)
class Report:
    rows: list[Row] = field(default_factory=list)
    errors: dict[str, list[dict]] = field(default_factory=dict)  # file stem -> JSONL records
    notes: list[str] = field(default_factory=list)


def event_record(e: Event) -> dict:
    return {
        "cameo": e.cameo,
        "plover": e.plover,
        "quad_class": e.quad_class,
        "modality": e.modality,
        "rule": e.evidence.rule,
        "verb": e.evidence.verb_text,
        "verb_span": e.evidence.verb_span,
        "confidence": e.evidence.confidence,
        "source": (e.source.code, e.source.text) if e.source else None,
        "target": (e.target.code, e.target.text) if e.target else None,
    }


def prf_detail(s: PRF) -> str:
    return f"P {s.precision:.3f} R {s.recall:.3f} (tp {s.tp} fp {s.fp} fn {s.fn}, n {s.n})"


def eval_detection(items: list[GsrItem], coded: Mapping[str, list[Event]], etype: str) -> tuple[PRF, list[dict]]:
    gold = {it.id: it.gold for it in items if it.gold is not None}
    pred = {it.id: detects(coded.get(it.id, []), etype) for it in items if it.gold is not None}
    errs = []
    for it in items:
        if it.gold is None or gold[it.id] == pred[it.id]:
            continue
        errs.append(
            {
                "id": it.id,
                "kind": "miss" if it.gold else "false_positive",
                "event_type": etype,
                "text": it.text,
                "events": [event_record(e) for e in coded.get(it.id, [])],
            }
        )
    return score_detection(gold, pred), errs


def eval_actors(items: list[SpanItem], coded: Mapping[str, list[Event]]) -> tuple[dict[str, Accuracy], list[dict]]:
    pairs: dict[str, list] = {f"{side} {what}": [] for side in ("source", "target") for what in ("country", "sector")}
    errs = []
    for it in items:
        evs = [e for e in counted(coded.get(it.id, [])) if is_type(e, it.event_type)]
        evs.sort(key=lambda e: -e.evidence.confidence)
        for side in ("source", "target"):
            g: ActorGold = getattr(it, side)
            if not (g.country or g.sector):
                continue
            sys_actor = match_actor(g.words, [getattr(e, side) for e in evs])
            for what in ("country", "sector"):
                gv = getattr(g, what)
                if not gv:
                    continue
                pv = getattr(sys_actor, what) if sys_actor else None
                pairs[f"{side} {what}"].append((gv, pv))
                if pv is None or pv.upper() not in {v.upper() for v in gv}:
                    errs.append(
                        {
                            "id": it.id,
                            "field": f"{side} {what}",
                            "gold": sorted(gv),
                            "pred": pv,
                            "actor": (sys_actor.code, sys_actor.text) if sys_actor else None,
                            "text": it.text,
                            "events": [event_record(e) for e in evs],
                        }
                    )
    return {k: accuracy(v) for k, v in pairs.items()}, errs


def eval_quad(items: list[tuple[str, int]], coded: Mapping[str, list[Event]]) -> tuple[list[int], list[int]]:
    gold = [lab for _, lab in items]
    pred = [sentence_quad(coded.get(str(i), [])) for i in range(len(items))]
    return gold, pred


def pipeline_coder(batch: list[tuple[str, str]]) -> dict[str, list[Event]]:
    """Code each (id, sentence) as its own undated Document with the one pipeline."""
    from .model import Document

    p = _dictionary_pipeline()
    return {sid: p.code(Document(id=sid, text=text, date=None)) for sid, text in batch}


@functools.cache
def _dictionary_pipeline():
    """The pipeline without its shipped classifiers: they were trained on this very development
    data, so scoring them here would be in-sample.  The "combined" rows apply out-of-fold
    classifier probabilities to these events instead."""
    from .pipeline import Pipeline

    return Pipeline(classifier=None)


OofFn = Callable[[str, list[str], list[int]], "object"]  # (model name, texts, labels) -> out-of-fold probabilities


def learned_oof(name: str, texts: list[str], labels: list[int]):
    """Out-of-fold probabilities of the shipped classifier's configuration (retrained per fold)."""
    import numpy as np

    from .learn import SPECS, cross_val_proba

    return cross_val_proba(SPECS[name], texts, np.asarray(labels))


@dataclass(slots=True)
class Combine:
    """How the classifier is combined with dictionary events (see docs/eval.md).

    `reject=None` applies the pipeline's own rule (marsad.pipeline._second_signal) with out-of-fold
    probabilities: an event from a noun trigger (`|noun` in its rule) or a finite verb is kept when P(type) reaches
    `pipeline.gate` (the classifier's stored threshold for a bare noun, VERB_FACTOR of it otherwise).  A number keeps every
    dictionary event with P >= it.  `add` (off by default) also detects a sentence with no dictionary event of the type when
    P >= add *and* the coder found a counted conflict event (QuadClass 3/4), so it still has a verb span and a rule.
    """

    reject: float | None = None
    add: float | None = None


def keep_event(e: Event, p: float, threshold: float, reject: float | None) -> bool:
    """Whether the combined rule keeps a dictionary event whose sentence has probability `p`."""
    if reject is not None:
        return p >= reject
    from .pipeline import gate

    return p >= gate(threshold, e.evidence.rule)


def _table_prf(task: str, system: str, s: PRF) -> Row:
    return Row(task, system, "F1", s.f1, prf_detail(s))


def run_detection(data: Path, etype: str, coder: Coder, oof: OofFn | None, combine: Combine, report: Report) -> None:
    items = load_gsr(data, etype)
    coded = coder([(it.id, it.text) for it in items])
    s, errs = eval_detection(items, coded, etype)
    task = f"{etype} detection (gsr-dev)"
    report.rows.append(_table_prf(task, "dictionary", s))
    report.errors[f"{etype.lower()}_detection"] = errs
    if oof is None:
        return
    scored = [it for it in items if it.gold is not None]
    p = oof(etype.lower(), [it.text for it in scored], [int(bool(it.gold)) for it in scored])
    from .classify import SentenceClassifier

    t = SentenceClassifier().threshold(etype.lower())
    gold = {it.id: bool(it.gold) for it in scored}
    cls_pred = {it.id: bool(p[i] >= t) for i, it in enumerate(scored)}
    report.rows.append(_table_prf(task, f"classifier (5-fold CV, p≥{t:.2f})", score_detection(gold, cls_pred)))
    comb = {}
    for i, it in enumerate(scored):
        evs = [e for e in counted(coded.get(it.id, [])) if is_type(e, etype)]
        hit = any(keep_event(e, float(p[i]), t, combine.reject) for e in evs)
        if not hit and not evs and combine.add is not None:
            conflict = any(e.quad_class in (3, 4) for e in counted(coded.get(it.id, [])))
            hit = conflict and p[i] >= combine.add
        comb[it.id] = hit
    rule = "pipeline rule" if combine.reject is None else f"dict ∧ p≥{combine.reject:.2f}"
    if combine.add is not None:
        rule += f", add≥{combine.add:g}"
    report.rows.append(_table_prf(task, f"combined ({rule}, out-of-fold p)", score_detection(gold, comb)))


def run_actors(data: Path, coder: Coder, report: Report) -> None:
    for etype in EVENT_TYPES:
        items = load_spans(data, etype)
        coded = coder([(it.id, it.text) for it in items])
        accs, errs = eval_actors(items, coded)
        report.errors[f"{etype.lower()}_actors"] = errs
        for name, a in accs.items():
            report.rows.append(
                Row(
                    f"{etype} actors (spans-dev)",
                    "dictionary",
                    f"{name} acc",
                    a.value if a.total else None,
                    f"{a.correct}/{a.total} (system gave a value for {a.matched})",
                )
            )


def run_quad(data: Path, coder: Coder, oof: OofFn | None, report: Report) -> None:
    import numpy as np

    from .classify import DATASET_TO_GDELT

    items = load_quad(data)
    coded = coder([(str(i), t) for i, (t, _) in enumerate(items)])
    gold, pred = eval_quad(items, coded)
    task = "QuadClass (quadclass-dev)"

    def rows(system: str, pr: list[int]) -> None:
        m5, m4 = macro_f1(gold, pr, range(5)), macro_f1(gold, pr, range(1, 5))
        per = per_class_f1(gold, pr, range(5))
        detail = "per class (dataset numbering) " + " ".join(f"{k}:{v.f1:.2f}" for k, v in per.items())
        report.rows.append(Row(task, system, "macro-F1 (0-4)", m5, detail))
        report.rows.append(Row(task, system, "macro-F1 (1-4)", m4, ""))

    rows("dictionary", pred)
    report.errors["quad"] = [
        {
            "index": i,
            "gold": g,
            "pred": p,
            "text": items[i][0],
            "events": [event_record(e) for e in coded.get(str(i), [])],
        }
        for i, (g, p) in enumerate(zip(gold, pred, strict=True))
        if g != p
    ]
    if oof is None:
        return
    to_ds = np.array([0, 4, 2, 3, 1])  # GDELT column -> dataset label
    proba = oof("quad", [t for t, _ in items], [DATASET_TO_GDELT[g] for g in gold])
    cls = [int(to_ds[j]) for j in np.argmax(proba, axis=1)]
    rows("classifier (5-fold CV)", cls)
    # what the shipped pipeline does (Pipeline._second_signal): every event's confidence becomes the mean of the
    # rule's and the classifier's P(its QuadClass), so the most confident event is the one both believe
    ranked = []
    for i in range(len(items)):
        evs = counted(coded.get(str(i), []))
        best = max(evs, key=lambda e: e.evidence.confidence + float(proba[i][e.quad_class]), default=None)
        ranked.append(int(to_ds[best.quad_class]) if best is not None else 0)
    rows("pipeline (events ranked with out-of-fold p)", ranked)
    rows("combined (dictionary, else classifier)", [p if p else c for p, c in zip(pred, cls, strict=True)])


def run_relevance(data: Path, coder: Coder, oof: OofFn | None, report: Report) -> None:
    items = load_relevance(data)
    coded = coder([(str(i), t) for i, (t, _) in enumerate(items)])
    gold = {str(i): bool(lab) for i, (_, lab) in enumerate(items)}
    pred = {str(i): bool(counted(coded.get(str(i), []))) for i in range(len(items))}
    task = "relevance (quadclass-dev)"
    report.rows.append(_table_prf(task, "dictionary", score_detection(gold, pred)))
    if oof is None:
        return
    # the binary file repeats some sentences: cross-validate each distinct sentence once (no leak across folds)
    first: dict[str, int] = {}
    for t, lab in items:
        first.setdefault(t, lab)
    texts = list(first)
    pu = oof("relevance", texts, [first[t] for t in texts])
    p_of = dict(zip(texts, pu, strict=True))
    cls = {str(i): bool(p_of[t] >= 0.5) for i, (t, _) in enumerate(items)}
    report.rows.append(_table_prf(task, "classifier (5-fold CV, p≥0.5)", score_detection(gold, cls)))
    comb = {k: pred[k] or cls[k] for k in gold}
    report.rows.append(_table_prf(task, "combined (either)", score_detection(gold, comb)))


_WOJOOD_MAP = {"PERS": "PERS", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}


def load_conll_outer(path: Path) -> list[tuple[list[str], list[str]]]:
    """Wojood-style nested `token TAG [TAG…]` lines (column k = nesting depth k) flattened to the outermost
    PERS/ORG/LOC entity: a mappable span is kept unless it lies inside another mappable span, so a GPE or ORG
    nested in an unmapped OCC/NORP/EVENT/FAC span (`المندوب الدائم للمغرب`) is still gold."""
    sents, rows = [], []
    for line in _need(path).read_text(encoding="utf-8").splitlines() + [""]:
        cols = line.split()
        if cols:
            rows.append(cols)
            continue
        if not rows:
            continue
        toks, tags = [r[0] for r in rows], ["O"] * len(rows)
        for depth in range(1, max(len(r) for r in rows)):
            start, typ = -1, ""
            for i, r in enumerate(rows + [["", "O"]]):
                bio, _, t = (r[depth] if len(r) > depth else "O").partition("-")
                if typ and (bio != "I" or t != typ or i == len(rows)):  # the open span ends before i
                    mapped = _WOJOOD_MAP.get(typ)
                    if mapped and all(g == "O" for g in tags[start:i]):  # not inside an outer kept span
                        tags[start:i] = [f"B-{mapped}"] + [f"I-{mapped}"] * (i - start - 1)
                    typ = ""
                if bio == "B" or (bio == "I" and not typ):
                    start, typ = i, t
        sents.append((toks, tags))
        rows = []
    return sents


def run_ner(data: Path, report: Report) -> None:
    try:
        from .ner import NER, score_entities
    except ImportError:
        report.notes.append("NER: marsad.ner (NER, score_entities) is not available; row skipped.")
        return
    sents = load_conll_outer(Path(data) / "ner" / "wojood-sample" / "test.txt")
    ner = NER()
    pred = ner.tag_document([toks for toks, _ in sents])  # the file as one text, as `marsad ner --conll`
    res = score_entities([g for _, g in sents], pred)
    m = res["micro"]
    report.rows.append(
        Row(
            "NER (Wojood sample test, GPE→LOC)",
            "CRF",
            "micro-F1 PERS/ORG/LOC",
            m["f1"],
            f"P {m['precision']:.3f} R {m['recall']:.3f} (gold {m['gold']}, pred {m['pred']})",
        )
    )
    report.notes.append(
        "NER: cross-corpus check of the shipped model on the Wojood public test file (not used in training); "
        "the in-domain held-out figure comes from `bench/eval_ner.py`."
    )


TASKS = ("assault", "protest", "actors", "quad", "relevance", "ner")


def run(
    data: Path,
    only: Iterable[str] = TASKS,
    coder: Coder | None = None,
    oof: OofFn | None = None,
    combine: Combine | None = None,
    strict: bool = True,
) -> Report:
    """Every development evaluation in `only`; `coder` defaults to the pipeline, `oof=None` skips classifier rows.

    With `strict=False` a task whose data files are missing is skipped with a note (at least one must run)."""
    coder = coder or pipeline_coder
    combine = combine or Combine()
    report = Report()
    only = list(only)
    unknown = [t for t in only if t not in TASKS]
    if unknown:
        raise EvalDataError(f"unknown evaluation {', '.join(unknown)}; choose from {', '.join(TASKS)}.")
    ran = 0
    for task in only:
        try:
            if task in ("assault", "protest"):
                run_detection(data, task.upper(), coder, oof, combine, report)
            elif task == "actors":
                run_actors(data, coder, report)
            elif task == "quad":
                run_quad(data, coder, oof, report)
            elif task == "relevance":
                run_relevance(data, coder, oof, report)
            elif task == "ner":
                run_ner(data, report)
            ran += 1
        except EvalDataError as err:
            if strict:
                raise
            report.notes.append(f"{task}: skipped ({err})")
    if only and not ran:
        raise EvalDataError(f"{data}: none of the development data files were found; pass --data or set MARSAD_SHARED.")
    return report
