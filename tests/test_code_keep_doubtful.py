"""`marsad code --keep-doubtful` keeps the violence events the sentence classifier rejects by default."""

import json

from marsad.cli import main

TEXT = "وهاجم تنظيم القاعدة امس مقرا للجيش اليمني في مأرب.\n"


def _code(tmp_path, capsys, *extra):
    src = tmp_path / "story.txt"
    src.write_text(TEXT, encoding="utf-8")
    assert main(["code", str(src), "--date", "2008-01-01", "--format", "jsonl", *extra]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def test_a_plain_attack_report_the_classifier_doubts_is_kept_on_request(tmp_path, capsys):
    default = _code(tmp_path, capsys)
    kept = _code(tmp_path, capsys, "--keep-doubtful")
    assert not any(e["cameo"].startswith("19") for e in default)  # the classifier gives it P 0.20
    attack = next(e for e in kept if e["cameo"] == "190")
    assert attack["source"]["code"] == "IMGREB" and attack["target"]["sector"] == "MIL"
