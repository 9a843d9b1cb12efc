"""The committed lexicon artifact is exactly what the compiler makes from the sources."""

from __future__ import annotations

from pathlib import Path

from marsad.lexicon.build import OUT, build

ROOT = Path(__file__).resolve().parents[1]


def test_lexicon_rebuild_matches_the_committed_artifact(shared, tmp_path):
    out = tmp_path / "lexicon.json.gz"
    build(shared, ROOT / "lexicon_src", out)
    assert out.read_bytes() == OUT.read_bytes(), "run `marsad lexicon build` and commit the artifact"


def test_compiled_lexicon_loads_and_has_the_tables():
    from marsad.lexicon import load

    lex = load()
    assert lex.countries and lex.actors and lex.agents and lex.verb_entries
    assert lex.cameo_info("043")[:3] == ("CONSULT", "visit", None)
    assert lex.cameo_info("190")[0] == "ASSAULT"
