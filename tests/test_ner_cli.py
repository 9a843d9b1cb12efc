"""`marsad ner --conll`: the format contract (one line per token, blank lines kept, no re-tokenisation)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from marsad.cli import main
from marsad.ner import model_path

pytestmark = pytest.mark.skipif(not model_path().is_file(), reason="marsad/models/ner.crfsuite is not built")

SENT1 = "استقبل الرئيس التونسي قيس سعيد في قصر قرطاج .".split()
SENT2 = ["قال", "مسؤول", "(", "رويترز", ")", "إن", "الوفد", "غادر", "طرابلس", "،", "أمس", "."]


def run_cli(tmp_path: Path, text: str | bytes, capsys) -> tuple[int, str, str]:
    f = tmp_path / "in.conll"
    f.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    code = main(["ner", "--conll", str(f)])
    out = capsys.readouterr()
    return code, out.out, out.err


def parse(out: str) -> list[list[tuple[str, str]]]:
    sents, cur = [], []
    for line in out.split("\n")[:-1]:
        if line == "":
            sents.append(cur)
            cur = []
        else:
            tok, tag = line.split("\t")
            cur.append((tok, tag))
    assert cur == [], "output must end with a blank line"
    return sents


def test_ner_cli_one_line_per_token_and_sentence_breaks(tmp_path, capsys):
    text = "\n".join(SENT1) + "\n\n" + "\n".join(SENT2) + "\n\n"
    code, out, _ = run_cli(tmp_path, text, capsys)
    assert code == 0
    sents = parse(out)
    assert [[t for t, _ in s] for s in sents] == [SENT1, SENT2]
    assert all(tag == "O" or tag[:2] in ("B-", "I-") for s in sents for _, tag in s)
    assert out.count("\n") == len(SENT1) + len(SENT2) + 2


def test_ner_cli_ignores_extra_columns_and_keeps_tokens(tmp_path, capsys):
    # gold tags in column 2, odd tokens (punctuation, clitic-bearing words, digits) kept as they are
    lines = ["وبالجزائر B-LOC", "، O", "2025 O", "«الشروق» O", "U.N. O"]
    code, out, _ = run_cli(tmp_path, "\n".join(lines), capsys)
    assert code == 0
    toks = [line.split("\t")[0] for line in out.splitlines() if line]
    assert toks == ["وبالجزائر", "،", "2025", "«الشروق»", "U.N."]
    assert out.endswith("\n\n")  # trailing sentence without a final blank line is still closed


def test_ner_cli_crlf_bom_and_repeated_blank_lines(tmp_path, capsys):
    text = "\ufeff" + "\r\n".join(SENT1) + "\r\n\r\n\r\n" + "\r\n".join(SENT2) + "\r\n"
    code, out, _ = run_cli(tmp_path, text, capsys)
    assert code == 0
    assert "\r" not in out and "\ufeff" not in out
    assert [[t for t, _ in s] for s in parse(out)] == [SENT1, SENT2]


def test_ner_cli_reads_stdin():
    text = "\n".join(SENT1) + "\n"
    proc = subprocess.run(
        [sys.executable, "-m", "marsad.cli", "ner", "--conll", "-"],
        input=text.encode("utf-8"),
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode("utf-8")
    assert [t for t, _ in parse(out)[0]] == SENT1


@pytest.mark.parametrize("text", ["", "\n\n\n", "\ufeff\r\n", "   \n\t\n"])
def test_ner_cli_empty_input_is_an_input_error(tmp_path, capsys, text):
    code, out, err = run_cli(tmp_path, text, capsys)
    assert code == 2
    assert out == ""
    assert "no tokens found" in err


def test_ner_cli_bad_encoding_and_missing_file(tmp_path, capsys):
    code, _, err = run_cli(tmp_path, "قال\n".encode("cp1256"), capsys)
    assert code == 2 and "UTF-8" in err
    code = main(["ner", "--conll", str(tmp_path / "nope.txt")])
    assert code == 2
    assert "no such file" in capsys.readouterr().err
