"""Every input form of `marsad code` reads into the same documents."""

from __future__ import annotations

import csv
import json

import pyarrow as pa
import pyarrow.parquet as pq

from marsad.cli import main

SENT = "استقبل الرئيس التونسي قيس سعيد وزير الخارجية الجزائري أحمد عطاف في قصر قرطاج."


def _events(capsys) -> list[dict]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_csv_with_text_and_date_columns(tmp_path, capsys):
    f = tmp_path / "docs.csv"
    with open(f, "w", encoding="utf-8", newline="") as out:
        w = csv.DictWriter(out, fieldnames=["id", "date", "source", "text"])
        w.writeheader()
        w.writerow({"id": "c1", "date": "2025-04-28", "source": "TAP", "text": SENT})
    assert main(["code", str(f), "--format", "jsonl"]) == 0
    ev = _events(capsys)
    assert ev and ev[0]["doc_id"] == "c1" and ev[0]["date"] == "2025-04-28" and ev[0]["cameo"] == "043"


def test_parquet_input(tmp_path, capsys):
    f = tmp_path / "docs.parquet"
    pq.write_table(pa.table({"id": ["p1"], "date": ["2025-04-28"], "text": [SENT]}), f)
    assert main(["code", str(f), "--format", "jsonl"]) == 0
    assert _events(capsys)[0]["doc_id"] == "p1"


def test_directory_of_text_files_and_the_date_option(tmp_path, capsys):
    d = tmp_path / "news"
    d.mkdir()
    (d / "a.txt").write_text(SENT, encoding="utf-8")
    (d / "b.txt").write_text("تظاهر مئات المواطنين أمام مقر الولاية في صفاقس اليوم.", encoding="utf-8")
    assert main(["code", str(d), "--date", "2025-04-28", "--format", "jsonl"]) == 0
    ev = _events(capsys)
    assert {e["doc_id"] for e in ev} == {"a", "b"}
    assert all(e["date"] == "2025-04-28" for e in ev)


def test_csv_output_has_gdelt_like_columns(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(SENT, encoding="utf-8")
    assert main(["code", str(f), "--date", "2025-04-28", "--format", "csv"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert rows[0]["Actor1Code"] == "TUNGOV" and rows[0]["Actor2Code"] == "DZAGOV"
    assert (
        rows[0]["EventRootCode"] == "04" and rows[0]["QuadClass"] == "1" and rows[0]["ActionGeo_CountryCode"] == "TUN"
    )
