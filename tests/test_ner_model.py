"""The shipped NER model matches the feature code and tables it was trained with; optional rebuild check."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.ner import FEATURES_VERSION, feature_fingerprint, model_path, stack_model_path

ROOT = Path(__file__).resolve().parents[1]
MODELS = ROOT / "marsad" / "models"


def test_ner_model_is_shipped_small_and_in_step_with_its_tables():
    model = model_path()
    assert model.is_file(), "marsad/models/ner.crfsuite missing: run scripts/train_ner.py"
    stack = stack_model_path(model)
    assert stack.is_file(), "marsad/models/ner-stack.crfsuite (pass 2) missing: run scripts/train_ner.py"
    assert model.stat().st_size + stack.stat().st_size <= 20 * 1024 * 1024
    meta = json.loads(model.with_suffix(".json").read_text(encoding="utf-8"))
    assert meta["stack_model"] == stack.name
    assert meta["features"] == FEATURES_VERSION, "features changed since training: retrain the NER model"
    # normalize/key changes shift the features too
    assert meta["feature_fingerprint"] == feature_fingerprint(), (
        "the match key or NER features changed since the model was trained: run scripts/train_ner.py"
    )
    for name, digest in meta["tables"].items():
        assert hashlib.sha256((MODELS / name).read_bytes()).hexdigest() == digest, f"{name} changed: retrain"
    assert not meta["data"][1:] or "CC BY-SA" in meta["data"][1]


def test_ner_model_ships_no_raw_research_data():
    # only the model, its metadata and the permissively licensed feature tables
    names = {p.name for p in MODELS.glob("ner*")}
    assert names <= {"ner.crfsuite", "ner-stack.crfsuite", "ner.json", "ner-gazetteer.tsv", "ner-clusters.tsv"}


@pytest.mark.slow
def test_ner_model_dev_split_score(shared):
    """Retrain on the block split and check the dev score has not regressed (needs ../shared; minutes)."""
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "eval_ner.py"), "--json"], capture_output=True, text=True, check=True
    )
    res = json.loads(proc.stdout)
    assert res["scores"]["micro"]["f1"] >= 0.72
    assert res["speed"]["tokens_per_s"] >= 5000
