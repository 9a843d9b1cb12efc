"""Schema versions: an older store is migrated (v1 → v2 keeps every row and rebuilds the counts), a newer
one or a foreign DuckDB file is refused with a message saying what to do."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

import marsad.store as store
from marsad.cli import main
from marsad.errors import StoreError
from marsad.model import Document

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "libya-russia-iran.ar.txt"


def _make_v1(path: Path) -> list[tuple]:
    """A v2 store taken back to the v1 layout (no `articles` table; v1 counted one source per document)."""
    text = EXAMPLE.read_text(encoding="utf-8")
    store.open(path).ingest(
        [
            Document(id="a", text=text, date="2025-04-28", source="وال"),
            Document(id="b", text=text.split("\n", 1)[0], date="2025-04-28", source="الوسط"),
        ]
    )
    con = duckdb.connect(str(path))
    events = con.execute("SELECT * EXCLUDE (record) FROM events ORDER BY ALL").fetchall()
    con.execute("DROP TABLE articles")
    con.execute("UPDATE events SET sources = 1, articles = 1")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()
    return events


def _version(path: Path) -> int:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return int(con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])
    finally:
        con.close()


def test_store_migrates_v1_to_current(tmp_path):
    db = tmp_path / "old.duckdb"
    expected = _make_v1(db)
    assert _version(db) == 1
    st = store.open(db)  # writable open migrates
    assert _version(db) == store.SCHEMA_VERSION
    assert st.stats()["articles"] == 2
    con = duckdb.connect(str(db), read_only=True)
    got = con.execute("SELECT * EXCLUDE (record) FROM events ORDER BY ALL").fetchall()
    con.close()
    assert got == expected  # the same events, with the counts v1 had lost rebuilt
    assert st.events().sources.max() == 2


def test_store_readonly_open_of_old_store_says_how_to_migrate(tmp_path, capsys):
    db = tmp_path / "old.duckdb"
    _make_v1(db)
    with pytest.raises(StoreError, match="--migrate"):
        store.open(db, read_only=True)
    assert main(["query", "--db", str(db), "--actor", "LBY"]) == StoreError.exit_code
    assert f"marsad ingest --db {db} --migrate" in capsys.readouterr().err
    assert main(["ingest", "--db", str(db), "--migrate"]) == 0
    assert _version(db) == store.SCHEMA_VERSION
    assert len(store.open(db, read_only=True).events(actor="LBY")) > 0


def test_store_refuses_newer_schema(tmp_path):
    db = tmp_path / "new.duckdb"
    store.open(db)
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    for ro in (False, True):
        with pytest.raises(StoreError, match="schema version 99 is newer"):
            store.open(db, read_only=ro)


def test_store_refuses_foreign_or_missing_files(tmp_path):
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE t AS SELECT 1 AS x")
    con.close()
    with pytest.raises(StoreError, match="not a marsad store"):
        store.open(other)
    with pytest.raises(StoreError, match="no such store"):
        store.open(tmp_path / "missing.duckdb", read_only=True)
    junk = tmp_path / "junk.duckdb"
    junk.write_text("not a database", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot open"):
        store.open(junk)
