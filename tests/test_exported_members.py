"""The public surface is small and pinned: a change here is an API change."""

from __future__ import annotations

import subprocess
import sys

import marsad


def test_public_names_are_pinned():
    assert sorted(marsad.__all__) == sorted(["Document", "Event", "Pipeline", "code", "open", "__version__"])
    for name in marsad.__all__:
        assert getattr(marsad, name) is not None


def test_import_loads_no_lexicon_or_model():
    # nothing happens at import time: no data loading, no heavy libraries
    code = (
        "import sys, marsad; "
        "heavy = [m for m in ('duckdb', 'pycrfsuite', 'numpy', 'marsad.lexicon.load', 'marsad.pipeline') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""


def test_open_returns_a_store(tmp_path):
    with marsad.open(str(tmp_path / "events.duckdb")) as store:
        assert store.events().empty
