"""Ingest into the DuckDB store: idempotence, one event from many outlets, order independence, the
Python API."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_corpus import example_lines

import marsad.store as store
from marsad.model import Document

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "libya-russia-iran.ar.txt"
LINES = example_lines()
CONDOLENCE = LINES[10]  # the Libyan foreign ministry's condolences to Iran (Bandar Abbas)


def _rows(db: Path, table: str, cols: str = "*") -> list[tuple]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(f"SELECT {cols} FROM {table} ORDER BY ALL").fetchall()
    finally:
        con.close()


def _example_doc() -> Document:
    return Document(id="example", text=EXAMPLE.read_text(encoding="utf-8"), date="2025-04-28", source="LANA")


def test_store_reingest_changes_nothing(tmp_path):
    db = tmp_path / "e.duckdb"
    st = store.open(db)
    first = st.ingest([_example_doc()])
    assert first.docs_added == 1 and first.event_mentions > 0
    before = {t: _rows(db, t) for t in ("documents", "articles", "sentences", "mentions", "actors", "events")}
    again = st.ingest([_example_doc()])
    assert (again.docs_added, again.copies_added, again.skipped) == (0, 0, 1)
    after = {t: _rows(db, t) for t in before}
    assert after == before
    assert st.stats()["documents"] == 1 and st.stats()["articles"] == 1


def test_store_same_story_from_two_outlets_is_one_event(tmp_path):
    db = tmp_path / "e.duckdb"
    st = store.open(db)
    a = Document(
        id="wasat-1", text=CONDOLENCE + "\nوقالت الوزارة إنها تتابع الأوضاع.", date="2025-04-27", source="الوسط"
    )
    b = Document(
        id="ahrar-9", text=CONDOLENCE + "\nوذكرت مصادر أن عدد الضحايا ارتفع.", date="2025-04-27", source="الأحرار"
    )
    st.ingest([a])
    alone = st.events()
    assert len(alone) >= 1
    st.ingest([b])
    both = st.events()
    # b's report of the condolences joins a's events instead of adding its own rows
    cond = both[both.cameo.str.startswith("01") & (both.target_country == "IRN")]
    assert len(cond) >= 1
    assert (cond.sources == 2).all() and (cond.articles == 2).all()
    assert len(both) == len(alone)
    ev = st.evidence(cond.event_id.iloc[0])
    assert set(ev.source) == {"الوسط", "الأحرار"}
    assert all("إيران" in s for s in ev.sentence_text)


def test_store_syndicated_copy_counts_as_second_source(tmp_path):
    """A wire story carried verbatim by another outlet: the text is coded once, the copy is an article."""
    db = tmp_path / "e.duckdb"
    st = store.open(db)
    text = EXAMPLE.read_text(encoding="utf-8")
    s1 = st.ingest([Document(id="lana-1", text=text, date="2025-04-28", source="وال")])
    s2 = st.ingest([Document(id="wasat-7", text=text, date="2025-04-28", source="الوسط")])
    assert (s2.docs_added, s2.copies_added) == (0, 1)
    assert st.stats()["documents"] == 1 and st.stats()["articles"] == 2
    df = st.events()
    assert (df.sources == 2).all() and (df.articles == 2).all()
    assert df.mentions.sum() == 2 * s1.event_mentions  # every sentence counts once per copy


def test_store_dedup_window_and_order_independence(tmp_path):
    """Reports one day apart merge, three days apart do not; and the result does not depend on order."""
    docs = [
        Document(id=f"d{i}", text=CONDOLENCE + f"\nوهذا هو التقرير رقم {i}.", date=d, source=src)
        for i, (d, src) in enumerate(
            [("2025-04-27", "الوسط"), ("2025-04-28", "الأحرار"), ("2025-05-01", "الوسط"), ("2025-04-27", "وال")]
        )
    ]
    one, two = tmp_path / "a.duckdb", tmp_path / "b.duckdb"
    store.open(one).ingest(docs, batch=1)
    store.open(two).ingest(list(reversed(docs)), batch=3)
    assert _rows(one, "events", "* EXCLUDE (record, doc_id)") == _rows(two, "events", "* EXCLUDE (record, doc_id)")
    df = store.open(one).events(target="IRN", cameo="01")
    assert len(df) >= 2
    early = df[df.date.astype(str) == "2025-04-27"]
    late = df[df.date.astype(str) == "2025-05-01"]
    assert (early.articles == 3).all() and (early.sources == 3).all()  # 27th (×2) and 28th
    assert (late.articles == 1).all()


def test_store_python_api_filters_return_dataframes(tmp_path):
    db = tmp_path / "e.duckdb"
    with store.open(db) as st:
        st.ingest([_example_doc()])
    with store.open(db, read_only=True) as st:
        df = st.events(actor="LBY", since="2025-01-01")
        assert len(df) > 0
        assert (df.source_code.fillna("").str.startswith("LBY") | df.target_code.fillna("").str.startswith("LBY")).all()
        assert st.events(actor="LBY", since="2025-05-01").empty
        consult = st.events(plover="consult")
        assert len(consult) > 0 and (consult.plover == "CONSULT").all()
        n = st.sql("SELECT count(*) AS n FROM events").n.iloc[0]
        assert n == st.count() == len(st.events())
        recs = list(st.records(cameo="04"))
        assert recs and all(r["cameo"].startswith("04") for r in recs)
        assert {"mentions", "sources", "articles", "evidence", "source", "target"} <= set(recs[0])
        with pytest.raises(Exception, match="read-only"):
            st.ingest([_example_doc()])


def test_store_ingest_cli_reports_added_and_skipped(tmp_path, capsys):
    from marsad.cli import main

    db = tmp_path / "cli.duckdb"
    args = ["ingest", str(EXAMPLE), "--db", str(db), "--date", "2025-04-28", "--no-progress"]
    assert main(args) == 0
    err = capsys.readouterr().err
    assert "1 document(s) added" in err and "0 skipped" in err
    assert main(args) == 0
    err = capsys.readouterr().err
    assert "0 document(s) added" in err and "1 skipped (already stored)" in err
    assert main(["ingest", "--db", str(db)]) == 2  # nothing to ingest: says so
    assert "give at least one INPUT" in capsys.readouterr().err


def test_store_ingest_reports_a_failing_document_and_goes_on(tmp_path):
    from marsad.pipeline import default_pipeline

    class Flaky:
        def process(self, doc):
            if "تعطل" in doc.text:
                raise ValueError("coder bug")
            return default_pipeline().process(doc)

    st = store.open(tmp_path / "f.duckdb")
    bad = Document(id="bad", text=CONDOLENCE + " تعطل", date="2025-04-27")
    seen = []
    stats = st.ingest([bad, _example_doc()], pipeline=Flaky(), on_error=lambda d, e: seen.append(d.id))
    assert seen == ["bad"] and (stats.failed, stats.docs_added) == (1, 1)
    assert st.stats()["documents"] == 1
    again = st.ingest([bad], pipeline=default_pipeline())  # a later run codes it
    assert again.docs_added == 1
    with pytest.raises(ValueError):
        st.ingest([Document(id="bad2", text="تعطل مرة أخرى")], pipeline=Flaky())
