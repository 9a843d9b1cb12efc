"""`marsad places`: one JSON object a line, spans into the input."""

import json

from marsad.cli import main

SENT = "استقبل النائب اليوم بالعاصمة طرابلس وفدا من روسيا"


def rows(out):
    return [json.loads(line) for line in out.splitlines()]


def test_where_cli_text(capsys):
    assert main(["places", SENT]) == 0
    out = capsys.readouterr().out
    assert "طرابلس" in out  # ensure_ascii=False
    got = rows(out)
    assert got[0] == {
        "text": "طرابلس",
        "span": [29, 35],
        "name": "Tripoli",
        "country": "LBY",
        "lat": 32.8874,
        "lon": 13.1873,
        "geonames_id": 2210247,
        "kind": "city",
    }
    assert [(r["text"], r["country"], r["kind"]) for r in got] == [
        ("طرابلس", "LBY", "city"),
        ("روسيا", "RUS", "country"),
    ]
    for r in got:
        assert SENT[r["span"][0] : r["span"][1]] == r["text"]


def test_where_cli_file_in_text_order(capsys, tmp_path):
    f = tmp_path / "story.txt"
    text = "قتل شخصان في اشتباكات بمدينة طرابلس شمال لبنان.\nوقع انفجار في ميناء مدينة بندر عباس.\n"
    f.write_text(text, encoding="utf-8")
    assert main(["places", str(f)]) == 0
    got = rows(capsys.readouterr().out)
    assert [r["span"][0] for r in got] == sorted(r["span"][0] for r in got)
    assert [(r["text"], r["country"]) for r in got] == [("طرابلس", "LBN"), ("لبنان", "LBN"), ("بندر عباس", "IRN")]


def test_where_cli_country_option(capsys):
    assert main(["places", "--country", "lbn", "تجمع المحتجون أمام مقر الحكومة في طرابلس."]) == 0
    assert rows(capsys.readouterr().out)[0]["country"] == "LBN"


def test_where_cli_no_places_prints_nothing(capsys):
    assert main(["places", "أعربت الوزارة عن خالص تعازيها."]) == 0
    assert capsys.readouterr().out == ""
