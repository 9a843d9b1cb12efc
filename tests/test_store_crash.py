"""Two processes on one store file: a reader queries while a writer ingests, and an ingest killed with
SIGKILL mid-way, then re-run, leaves exactly the rows of a clean run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_corpus import make_corpus

import marsad.store as store
from marsad.errors import StoreError

N_DOCS = int(os.environ.get("MARSAD_CRASH_DOCS", "600"))  # short documents (3 sentences each)
BATCH = 30
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
HANG_AT = 3  # the victim is killed inside the transaction of its third batch


def _ingest(corpus: Path, db: Path, **hooks: float) -> subprocess.Popen:
    """A real `marsad ingest` process; hooks (see hooked_ingest.py) pause it after commits or hang it
    inside a transaction, so that the test never races the machine's speed."""
    args = ["ingest", str(corpus), "--db", str(db), "--batch", str(BATCH), "--no-progress"]
    if hooks:
        cmd = [sys.executable, str(HERE / "hooked_ingest.py"), *args]
        env = os.environ | {f"MARSAD_TEST_{k.upper()}": str(v) for k, v in hooks.items()}
    else:
        cmd, env = [sys.executable, "-m", "marsad.cli", *args], None
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _count(db: Path) -> int | None:
    try:
        return store.open(db, read_only=True).stats()["documents"]
    except StoreError:
        return None  # not created yet


def _snapshot(db: Path) -> dict[str, list]:
    """Every row of every table, minus the ingest timestamps."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for (table,) in con.execute("SELECT table_name FROM information_schema.tables ORDER BY 1").fetchall():
            cols = [c for (c,) in con.execute(f"SELECT name FROM pragma_table_info('{table}')").fetchall()]
            cols = [c for c in cols if c != "ingested_at"]
            sel = ", ".join(f'"{c}"' for c in cols)
            out[table] = con.execute(f"SELECT {sel} FROM {table} ORDER BY ALL").fetchall()
        return out
    finally:
        con.close()


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """A clean ingest observed by a reader, and (at the same time) an ingest killed with SIGKILL while
    its third batch is written but not committed."""
    tmp = tmp_path_factory.mktemp("crash")
    corpus = make_corpus(tmp / "corpus.jsonl", N_DOCS)
    clean, victim = tmp / "clean.duckdb", tmp / "victim.duckdb"
    writer = _ingest(corpus, clean, pause=0.1)
    doomed = _ingest(corpus, victim, hang_at=HANG_AT)
    line = doomed.stdout.readline()  # blocks until the victim is inside the transaction (or died)
    killed_at = None
    if line.startswith("in transaction"):
        os.kill(doomed.pid, signal.SIGKILL)
        killed_at = int(line.split()[-1])
    doomed.communicate()
    reads: list[int] = []  # documents seen by the reader while the writer was running
    while writer.poll() is None:
        n = _count(clean)
        if n is not None and writer.poll() is None:
            reads.append(n)
        time.sleep(0.05)
    out, err = writer.communicate()
    assert writer.returncode == 0, err
    return dict(corpus=corpus, clean=clean, victim=victim, reads=reads, killed_at=killed_at, rc=doomed.returncode)


def test_store_reader_queries_while_writer_ingests(runs):
    reads = runs["reads"]
    assert len(reads) >= 3, reads
    assert reads == sorted(reads)  # committed batches only ever add
    assert any(0 < n < N_DOCS for n in reads), reads  # a read landed mid-ingest
    assert all(n % BATCH == 0 for n in reads), reads  # and saw whole batches, never half of one


def test_store_kill9_then_rerun_equals_clean_run(runs):
    assert runs["killed_at"] == HANG_AT and runs["rc"] == -signal.SIGKILL, "the victim was not killed mid-batch"
    survived = store.open(runs["victim"]).stats()["documents"]
    assert survived == (HANG_AT - 1) * BATCH  # the committed batches survive, the half-written one is gone
    proc = _ingest(runs["corpus"], runs["victim"])
    _, err = proc.communicate()
    assert proc.returncode == 0, err
    assert f"{survived} skipped" in err
    assert _snapshot(runs["victim"]) == _snapshot(runs["clean"])


@pytest.mark.slow
def test_store_two_concurrent_ingests_equal_one_clean_run(tmp_path):
    corpus = make_corpus(tmp_path / "c.jsonl", 150)
    shared, clean = tmp_path / "shared.duckdb", tmp_path / "clean.duckdb"
    store.open(shared).close()  # both writers find the schema made
    procs = [_ingest(corpus, shared) for _ in range(2)]
    errs = [p.communicate()[1] for p in procs]
    assert all(p.returncode == 0 for p in procs), errs
    added = [int(e.split(" document(s) added")[0].rsplit(" ", 1)[-1]) for e in errs]
    assert sum(added) == 150  # each text stored (and counted) by exactly one of them
    proc = _ingest(corpus, clean)
    assert proc.wait() == 0
    assert _snapshot(shared) == _snapshot(clean)
