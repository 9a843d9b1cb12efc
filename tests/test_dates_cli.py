"""`marsad dates`: one JSON object a line, spans into the input, clear errors."""

import io
import json
from pathlib import Path

from marsad.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "libya-russia-iran.ar.txt"
SENT = "وقالت الوزارة في بيان لها اليوم الأحد، إنها تتقدم بتعازيها، بعد لقاء 15 تشرين الثاني/نوفمبر 2024."


def rows(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_text_argument(capsys):
    assert main(["dates", "--date", "2025-04-28", SENT]) == 0
    out = capsys.readouterr().out
    assert "اليوم الأحد" in out  # ensure_ascii=False: Arabic is printed as is
    got = rows(out)
    assert got == [
        {"text": "اليوم الأحد", "span": [26, 37], "date": "2025-04-27", "precision": "day"},
        {"text": "15 تشرين الثاني/نوفمبر 2024", "span": [69, 96], "date": "2024-11-15", "precision": "day"},
    ]
    for r in got:
        assert SENT[r["span"][0] : r["span"][1]] == r["text"]
    assert set(got[0]) == {"text", "span", "date", "precision"}


def test_file_argument_in_text_order(capsys):
    assert main(["dates", "--date", "2025-04-28", str(EXAMPLE)]) == 0
    got = rows(capsys.readouterr().out)
    text = EXAMPLE.read_text(encoding="utf-8")
    assert [r["span"][0] for r in got] == sorted(r["span"][0] for r in got)
    assert [(r["text"], r["date"]) for r in got if r["text"] != "اليوم"] == [
        ("اليوم الإثنين", "2025-04-28"),
        ("اليوم الاثنين", "2025-04-28"),
        ("اليوم الأحد", "2025-04-27"),
    ]
    for r in got:
        assert text[r["span"][0] : r["span"][1]] == r["text"]


def test_stdin(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("التقى الوفد أمس الخميس"))
    assert main(["dates", "--date", "2017-01-20", "-"]) == 0
    assert rows(capsys.readouterr().out) == [
        {"text": "أمس الخميس", "span": [12, 22], "date": "2017-01-19", "precision": "day"}
    ]


def test_bad_date_is_a_clear_error(capsys):
    assert main(["dates", "--date", "2025-02-30", SENT]) == 2
    err = capsys.readouterr().err
    assert "2025-02-30" in err and "YYYY-MM-DD" in err


def test_without_date_only_absolute_expressions(capsys):
    assert main(["dates", SENT]) == 0
    assert [r["text"] for r in rows(capsys.readouterr().out)] == ["15 تشرين الثاني/نوفمبر 2024"]


def test_help_has_an_example(capsys):
    try:
        main(["dates", "--help"])
    except SystemExit:
        pass
    assert "marsad dates --date" in capsys.readouterr().out
