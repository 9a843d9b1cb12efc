"""The Wojood nested-NER reader used by `marsad eval` (outermost PERS/ORG/LOC layer; no shared data needed)."""

from __future__ import annotations

from marsad.evaluate import load_conll_outer

NESTED = """\
المندوب B-OCC
الدائم I-OCC
للمغرب I-OCC B-GPE
لدى I-OCC
منظمة I-OCC B-ORG
التعاون I-OCC I-ORG
الإسلامي I-OCC I-ORG
. O

جامعة B-ORG B-ORG
بيرزيت I-ORG I-ORG B-GPE
في O
قرية B-GPE
المجدل I-GPE
$#$ O
"""


def test_ner_wojood_reader_keeps_entities_nested_in_unmapped_spans(tmp_path):
    path = tmp_path / "test.txt"
    path.write_text(NESTED, encoding="utf-8")
    (t1, g1), (t2, g2) = load_conll_outer(path)
    assert t1[2] == "للمغرب" and len(t1) == len(g1) == 8
    # OCC is not scored, but the GPE and ORG inside it are
    assert g1 == ["O", "O", "B-LOC", "O", "B-ORG", "I-ORG", "I-ORG", "O"]
    # an ORG holding a GPE is one ORG (outermost); GPE maps to LOC; the segment marker stays a token
    assert g2 == ["B-ORG", "I-ORG", "O", "B-LOC", "I-LOC", "O"]
