"""Bad input: a clear message and the right exit code, never a traceback."""

import json

from marsad.cli import main

SENT = "استقبل الرئيس التونسي قيس سعيد وزير الخارجية الجزائري أحمد عطاف في قصر قرطاج."


def test_binary_file_is_refused_with_a_message(tmp_path, capsys):
    f = tmp_path / "x.txt"
    f.write_bytes(bytes(range(256)) * 4)
    assert main(["code", str(f), "--format", "jsonl"]) == 2
    assert "binary" in capsys.readouterr().err


def test_cp1256_text_is_decoded_with_a_note(tmp_path, capsys):
    f = tmp_path / "win.txt"
    f.write_bytes(SENT.encode("cp1256"))
    assert main(["code", str(f), "--format", "jsonl", "--date", "2025-04-28"]) == 0
    out = capsys.readouterr()
    assert "cp1256" in out.err
    assert '"cameo": "043"' in out.out


def test_empty_file_is_refused(tmp_path, capsys):
    f = tmp_path / "empty.txt"
    f.write_text("  \n", encoding="utf-8")
    assert main(["code", str(f)]) == 2
    assert "empty" in capsys.readouterr().err


def test_malformed_jsonl_line_is_named_and_the_rest_is_coded(tmp_path, capsys):
    f = tmp_path / "docs.jsonl"
    rows = [json.dumps({"id": "a", "text": SENT, "date": "2025-04-28"}, ensure_ascii=False), "{not json", ""]
    rows.append(json.dumps({"id": "c", "text": SENT, "date": "2025-04-29"}, ensure_ascii=False))
    f.write_text("\n".join(rows), encoding="utf-8")
    assert main(["code", str(f), "--format", "jsonl"]) == 1
    out = capsys.readouterr()
    assert "docs.jsonl:2" in out.err
    docs = {json.loads(line)["doc_id"] for line in out.out.splitlines()}
    assert docs == {"a", "c"}


def test_english_text_gives_no_events_and_no_crash(tmp_path, capsys):
    f = tmp_path / "en.txt"
    f.write_text("The minister met the delegation in Tripoli on Monday.", encoding="utf-8")
    assert main(["code", str(f), "--format", "jsonl"]) == 0
    out = capsys.readouterr()
    assert out.out == ""
    assert "no Arabic" in out.err


def test_missing_file_and_bad_date(tmp_path, capsys):
    assert main(["code", str(tmp_path / "nope.txt")]) == 2
    assert "no such file" in capsys.readouterr().err
    f = tmp_path / "a.txt"
    f.write_text(SENT, encoding="utf-8")
    assert main(["code", str(f), "--date", "28/04/2025"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_html_input_is_stripped(tmp_path, capsys):
    f = tmp_path / "page.txt"
    f.write_text(f"<html><body><p>{SENT}</p><script>var x=1;</script></body></html>", encoding="utf-8")
    assert main(["code", str(f), "--format", "jsonl", "--date", "2025-04-28"]) == 0
    out = capsys.readouterr()
    assert "HTML" in out.err and '"043"' in out.out and "script" not in out.out
