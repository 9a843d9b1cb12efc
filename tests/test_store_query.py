"""`marsad query`: filters, every export format, and --sql that refuses anything but one read query."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import marsad.store as store
from marsad.cli import main
from marsad.errors import StoreError
from marsad.export import FLAT_COLUMNS
from marsad.model import Document

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "libya-russia-iran.ar.txt"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("query") / "events.duckdb"
    text = EXAMPLE.read_text(encoding="utf-8")
    store.open(path).ingest(
        [
            Document(id="lana", text=text, date="2025-04-28", source="وال"),
            Document(id="wasat", text=text.split("\n", 1)[0], date="2025-04-28", source="الوسط"),
        ]
    )
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    rc = main(["query", *argv])
    out, err = capsys.readouterr()
    return rc, out, err


def test_store_query_jsonl_is_the_event_record(db, capsys):
    rc, out, err = run(capsys, "--db", str(db), "--format", "jsonl")
    assert rc == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and f"{len(rows)} event(s)" in err
    need = {"event_id", "doc_id", "story", "sentence", "date", "date_precision", "source", "target", "cameo"}
    need |= {"cameo_root", "plover", "quad_class", "goldstein", "modality", "location", "evidence"}
    assert all(need | {"mentions", "sources", "articles"} <= set(r) for r in rows)
    # the first sentence is in both articles: its event(s) carry both outlets
    assert any(r["sources"] == 2 and r["articles"] == 2 and r["sentence"] == 0 for r in rows)


def test_store_query_filters(db, capsys):
    def rows(*argv):
        rc, out, _ = run(capsys, "--db", str(db), "--format", "jsonl", *argv)
        assert rc == 0
        return [json.loads(line) for line in out.splitlines()]

    everything = rows()
    lby = rows("--actor", "LBY")
    assert lby and all(any((r[k] or {}).get("code", "").startswith("LBY") for k in ("source", "target")) for r in lby)
    assert all((r["target"] or {}).get("code", "").startswith("IRN") for r in rows("--target", "IRN"))
    assert all((r["source"] or {}).get("code", "").startswith("LBYGOV") for r in rows("--source", "lbygov"))
    c04 = rows("--cameo", "04")
    assert c04 and all(r["cameo"].startswith("04") for r in c04)
    assert {r["event_id"] for r in rows("--plover", "CONSULT")} == {r["event_id"] for r in c04}
    assert rows("--from", "2025-04-29") == []
    assert len(rows("--from", "2025-04-27", "--to", "2025-04-28")) == len(everything)
    assert all(r["date"] <= "2025-04-27" for r in rows("--to", "2025-04-27"))
    tripoli = rows("--place", "tripoli")
    assert tripoli and all("Tripoli" in r["location"]["name"] for r in tripoli)
    assert len(rows("--limit", "2")) == 2


def test_store_query_csv_parquet_plover_table(db, capsys, tmp_path):
    rc, out, _ = run(capsys, "--db", str(db), "--format", "csv", "--cameo", "04")
    assert rc == 0
    table = list(csv.DictReader(io.StringIO(out)))
    assert table and list(table[0]) == FLAT_COLUMNS and all(r["EventRootCode"] == "04" for r in table)

    pq_path = tmp_path / "e.parquet"
    rc, _, _ = run(capsys, "--db", str(db), "--format", "parquet", "-o", str(pq_path))
    import pyarrow.parquet as pq

    t = pq.read_table(pq_path)
    assert rc == 0 and t.column_names == FLAT_COLUMNS and t.num_rows == store.open(db).count()
    assert max(t.column("NumSources").to_pylist()) == 2

    rc, _, err = run(capsys, "--db", str(db), "--format", "parquet")
    assert rc != 0 and "give -o FILE.parquet" in err

    rc, out, _ = run(capsys, "--db", str(db), "--format", "plover", "--plover", "CONSULT")
    events = json.loads(out)
    assert rc == 0 and events and all(e["event_type"] == "CONSULT" for e in events)
    assert {"actor", "recipient", "mode", "context", "date", "location"} <= set(events[0])

    out_txt = tmp_path / "t.txt"
    rc, _, _ = run(capsys, "--db", str(db), "--format", "table", "-o", str(out_txt), "--actor", "IRN")
    assert rc == 0 and "IRN" in out_txt.read_text(encoding="utf-8")


def test_store_query_sql_reads(db, capsys):
    rc, out, _ = run(
        capsys,
        "--db",
        str(db),
        "--format",
        "jsonl",
        "--sql",
        "SELECT source, count(*) AS n FROM articles GROUP BY 1 ORDER BY 1",
    )
    assert rc == 0
    assert [json.loads(x) for x in out.splitlines()] == [{"source": "الوسط", "n": 1}, {"source": "وال", "n": 1}]


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM events",
        "INSERT INTO meta VALUES ('x', 'y')",
        "UPDATE meta SET value = '9'",
        "DROP TABLE events",
        "CREATE TABLE x AS SELECT 1",
        "SELECT 1; DELETE FROM events",
        "SELECT 1; SELECT 2",
        "ATTACH 'other.duckdb' AS o",
        "COPY events TO 'out.csv'",
        "PRAGMA enable_profiling",
        "SET threads = 1",
        "INSTALL httpfs",
        "LOAD json",
        "CALL checkpoint()",
        "EXPORT DATABASE 'dump'",
        "BEGIN TRANSACTION",
    ],
)
def test_store_query_sql_refuses_anything_but_one_read(db, capsys, sql):
    before = store.open(db, read_only=True).stats()
    rc = main(["query", "--db", str(db), "--sql", sql])
    _, err = capsys.readouterr()
    assert rc == StoreError.exit_code
    assert "--sql accepts" in err
    assert store.open(db, read_only=True).stats() == before


def test_store_sql_cannot_reach_other_files(db):
    st = store.open(db, read_only=True)
    with pytest.raises(StoreError, match="query failed"):
        st.sql(f"SELECT * FROM read_text('{EXAMPLE}')")


def test_store_query_reports_link_every_article(db, capsys):
    rc, out, _ = run(capsys, "--db", str(db), "--format", "jsonl", "--reports")
    rows = [json.loads(line) for line in out.splitlines()]
    assert rc == 0 and rows
    for r in rows:
        assert len(r["reports"]) == r["mentions"]
        assert len({x["article"] for x in r["reports"]}) == r["articles"]
        assert len({x["source"] for x in r["reports"]}) == r["sources"]
    both = next(r for r in rows if r["articles"] == 2)
    assert {x["source"] for x in both["reports"]} == {"وال", "الوسط"}


def test_store_records_pages_give_the_same_stream(db):
    st = store.open(db, read_only=True)
    whole = [r["event_id"] for r in st.records()]
    assert [r["event_id"] for r in st.records(chunk=2)] == whole
    assert [r["event_id"] for r in st.records(chunk=3, limit=5)] == whole[:5]
    assert len(set(whole)) == len(whole) == st.count()
