"""`marsad lexicon check` rejects what a user's edit can get wrong (no raw sources needed)."""

from __future__ import annotations

from marsad.cli import main

HEADER = "# names\tcode\tfrom\tto\tnote\n"


def _src(tmp_path, actors: str = "", agents: str = "", verbs: str = ""):
    src = tmp_path / "src"
    src.mkdir()
    (src / "actors.tsv").write_text(HEADER + actors, encoding="utf-8")
    (src / "agents.tsv").write_text(agents, encoding="utf-8")
    (src / "verbs.tsv").write_text(verbs, encoding="utf-8")
    return src


def check(src, capsys) -> tuple[int, str]:
    code = main(["lexicon", "check", "--src", str(src), "--shared", str(src / "no-shared-here")])
    return code, capsys.readouterr().out


def test_valid_files_pass(tmp_path, capsys):
    src = _src(
        tmp_path,
        actors="عبد الحميد الدبيبة | الدبيبة\tLBYGOV\t2021-03-15\t\tPrime minister, GNU\n",
        agents="وزير\tGOV\ttitle\t2\n",
        verbs="استقبل\t043\t\t\tvisit\thost a visit\n",
    )
    code, out = check(src, capsys)
    assert code == 0 and "ok:" in out


def test_inverted_date_range_is_rejected(tmp_path, capsys):
    src = _src(tmp_path, actors="نوري المالكي\tIRQGOV\t2014-09-08\t2010-12-21\tinverted\n")
    code, out = check(src, capsys)
    assert code == 3 and "inverted date range" in out


def test_unknown_code_and_sector_are_rejected(tmp_path, capsys):
    src = _src(tmp_path, actors="جهة ما\tlbygov\t\t\tlower case\n", agents="حارس\tXYZ\ttitle\t1\n")
    code, out = check(src, capsys)
    assert code == 3 and "unknown code 'lbygov'" in out and "unknown sector 'XYZ'" in out


def test_duplicate_rows_are_rejected(tmp_path, capsys):
    row = "خليفة حفتر\tLBYMIL\t2015-03-02\t\tLNA commander\n"
    src = _src(tmp_path, actors=row + row)
    code, out = check(src, capsys)
    assert code == 3 and "duplicate of line" in out


def test_bad_cameo_code_in_verbs_is_rejected(tmp_path, capsys):
    src = _src(tmp_path, verbs="استقبل\t4x3\t\t\t\tbad code\n")
    code, out = check(src, capsys)
    assert code == 3 and "bad CAMEO code" in out


def test_an_agent_term_listed_twice_with_other_values_is_rejected(tmp_path, capsys):
    src = _src(tmp_path, agents="أعوان الديوانة\tCOP\tgroup\t5\nأعوان الديوانة\tGOV\torg\t6\n")
    code, out = check(src, capsys)
    assert code == 3 and "term listed again" in out


def test_two_agent_spellings_with_one_match_key_are_rejected(tmp_path, capsys):
    # the article and the feminine ending fold away: only one of the two rows could ever be used
    src = _src(tmp_path, agents="تجار الأسلحة\tCRM\tgroup\t4\nتجار أسلحة\tCRM\tgroup\t4\n")
    code, out = check(src, capsys)
    assert code == 3 and "same match key as line 1" in out


def test_build_without_the_raw_sources_is_a_clear_error(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("MARSAD_SHARED", raising=False)
    src = tmp_path / "src"
    src.mkdir()
    code = main(["lexicon", "build", "--src", str(src), "--out", str(tmp_path / "lex.json.gz")])
    assert code != 0 and "--shared" in capsys.readouterr().err
    assert not (tmp_path / "lex.json.gz").exists()
