"""Shared fixtures.  Tests that need the development data in ../shared skip without it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "libya-russia-iran.ar.txt"


def shared_data() -> Path | None:
    env = os.environ.get("MARSAD_SHARED")
    for cand in ([Path(env)] if env else []) + [ROOT.parent / "shared" / "data"]:
        if (cand / "README.md").exists():
            return cand
    return None


@pytest.fixture
def shared() -> Path:
    path = shared_data()
    if path is None:
        pytest.skip("development data (../shared/data or $MARSAD_SHARED) is not present in this clone")
    return path


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example_coded(example_text):
    from marsad.model import Document
    from marsad.pipeline import default_pipeline

    return default_pipeline().process(Document(id="example", text=example_text, date="2025-04-28"))
