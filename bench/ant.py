"""Shared helpers for benchmarks on the ANT corpus (read from ../shared at run time, never committed)."""

from __future__ import annotations

import json
import os
import random
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATEGORIES = ("politic", "internationalNews", "localNews")
_SENT = re.compile(r"[^.!?؟\n]+[.!?؟]*")


def shared_dir() -> Path:
    """../shared, or $MARSAD_SHARED (either the shared directory or its data/ subdirectory)."""
    env = os.environ.get("MARSAD_SHARED")
    if not env:
        return ROOT.parent / "shared"
    p = Path(env)
    return p if (p / "data").is_dir() else p.parent


def corpus_path() -> Path:
    return shared_dir() / "data" / "corpus" / "ant-jawharafm.jsonl"


def documents(categories: tuple[str, ...] = CATEGORIES) -> Iterator[dict]:
    with open(corpus_path(), encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["category"] in categories and d["text"]:
                yield d


def sentences(doc: dict) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each sentence: a crude split on . ! ? ؟ and newlines, trimmed."""
    text = doc["text"]
    for m in _SENT.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s >= 20:
            yield s, e, text[s:e]


def gold_sample(seed: int = 20261129) -> list[tuple[str, int, int]]:
    """The 100 sentences of tests/data/places_gold.jsonl: 70 random sentences of 40–400 characters from the
    politic / internationalNews / localNews categories, plus 10 each containing طرابلس، عمان، الجزائر."""
    rng = random.Random(seed)
    pool, special = [], {"طرابلس": [], "عمان": [], "الجزائر": []}
    for d in documents():
        for s, e, t in sentences(d):
            if not 40 <= e - s <= 400:
                continue
            ref = (d["id"], s, e)
            pool.append(ref)
            for w in special:
                if re.search(rf"(^|[\s،,.(«\"وبلف]){w}($|[\s،,.)»\"])", t):
                    special[w].append(ref)
    picked: list[tuple[str, int, int]] = []
    for w in special:
        for ref in rng.sample(special[w], min(10, len(special[w]))):
            if ref not in picked:
                picked.append(ref)
    rest = [r for r in pool if r not in set(picked)]
    picked += rng.sample(rest, 100 - len(picked))
    return picked


def first_documents(path: str | Path, n: int) -> list:
    """The first `n` documents with text of a JSONL corpus, as marsad Documents (file order)."""
    from marsad.model import Document

    docs = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("text"):
                docs.append(Document(id=row["id"], text=row["text"], date=row.get("date")))
            if len(docs) >= n:
                break
    return docs
