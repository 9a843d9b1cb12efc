"""The shipped CRF model on real Arabic news sentences.  Asserts only robust behaviour."""

from __future__ import annotations

import subprocess
import sys

import pytest

from marsad.ner import NER, bio_spans, model_path


@pytest.fixture(scope="module")
def ner() -> NER:
    if not model_path().is_file():
        pytest.skip("marsad/models/ner.crfsuite is not built")
    return NER()


def spans_text(tokens: list[str], tags: list[str]) -> dict[str, str]:
    return {" ".join(tokens[s:e]): t for s, e, t in bio_spans(tags)}


def test_ner_tagging_tunisian_president(ner: NER):
    toks = "استقبل الرئيس التونسي قيس سعيد وزير الخارجية الجزائري أحمد عطاف في قصر قرطاج".split()
    tags = ner.tag(toks)
    assert len(tags) == len(toks)
    ents = spans_text(toks, tags)
    assert ents.get("قيس سعيد") == "PERS"
    assert ents.get("أحمد عطاف") == "PERS"
    # the verb and the titles are not entities
    assert tags[0] == "O" and tags[1] == "O" and tags[5] == "O"


def test_ner_tagging_libya_example(ner: NER):
    toks = (
        "التقى نائب رئيس المجلس الرئاسي عبد الله اللافي في طرابلس اليوم الاثنين "
        "وفدا من وزارة الخارجية الروسية برئاسة ألكسندر كينشاك"
    ).split()
    ents = spans_text(toks, ner.tag(toks))
    assert ents.get("طرابلس") == "LOC"
    assert any(t == "PERS" and "عبد الله" in s for s, t in ents.items())
    assert ents.get("ألكسندر كينشاك") == "PERS"
    assert "وزارة" not in " ".join(s for s, t in ents.items() if t == "PERS")


def test_ner_tagging_condolences_to_iran(ner: NER):
    toks = "وأعربت وزارة الخارجية الليبية عن تعازيها لإيران إثر الانفجار الذي وقع في ميناء بندر عباس .".split()
    ents = spans_text(toks, ner.tag(toks))
    assert ents.get("لإيران") == "LOC"  # clitic-bearing token tagged whole
    assert ents.get("بندر عباس") == "LOC"


def test_ner_tagging_countries_and_capitals(ner: NER):
    toks = "وصل وزير الخارجية المصري إلى موسكو قادما من باريس في جولة تشمل ألمانيا وإيطاليا .".split()
    tags = ner.tag(toks)
    ents = spans_text(toks, tags)
    for place in ("موسكو", "باريس", "ألمانيا"):
        assert ents.get(place) == "LOC", (place, tags)
    assert tags[-1] == "O"


def test_ner_tagging_entities_and_edge_cases(ner: NER):
    toks = "وقال المتحدث باسم الأمم المتحدة ستيفان دوجاريك إن الأمين العام أنطونيو غوتيريش يتابع الوضع في غزة".split()
    ents = ner.entities(toks)
    assert all(0 <= s < e <= len(toks) and t in ("PERS", "ORG", "LOC", "MISC") for s, e, t in ents)
    found = {" ".join(toks[s:e]): t for s, e, t in ents}
    assert found.get("الأمم المتحدة") == "ORG"
    assert found.get("أنطونيو غوتيريش") == "PERS"
    assert found.get("غزة") == "LOC"
    assert ner.tag([]) == []
    assert ner.tag(["."]) == ["O"]
    # punctuation-only and Latin tokens are tagged, never dropped
    assert len(ner.tag(["(", "AFP", ")", "،"])) == 4


def test_ner_tagging_no_model_load_at_import():
    # a fresh interpreter: importing marsad.ner loads no model, no tables and not even pycrfsuite
    code = (
        "import sys, marsad.ner as m; "
        "assert m._load_tagger.cache_info().currsize == 0; "
        "assert m.shipped_lexicons.cache_info().currsize == 0; "
        "assert 'pycrfsuite' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_ner_tagging_document_context_agrees(ner: NER):
    # the bare surname is announced by «الرئيس الروسي بوريس» two sentences earlier: tagged PERS there too
    doc = [
        "وقال الرئيس الروسي بوريس يلتسين إن بلاده ستدعم الاتفاق .".split(),
        "وأضاف أن الحكومة ستعرض الاتفاق على البرلمان الأسبوع المقبل .".split(),
        "وكان يلتسين قد التقى نظيره الأمريكي بيل كلينتون في موسكو .".split(),
    ]
    tags = ner.tag_document(doc)
    assert [len(t) for t in tags] == [len(s) for s in doc]
    assert spans_text(doc[0], tags[0]).get("بوريس يلتسين") == "PERS"
    assert spans_text(doc[2], tags[2]).get("يلتسين") == "PERS"
    assert spans_text(doc[2], tags[2]).get("موسكو") == "LOC"
    # empty sentences are kept in place
    assert ner.tag_document([[], doc[1], []])[0] == [] and ner.tag_document([]) == []


def test_ner_tagging_single_pass_window_still_finds_the_name_after_a_title(ner: NER):
    # the pipeline asks about windows of a few words after a title with the first CRF pass only
    toks = "وزير الخارجية الجزائري أحمد عطاف في".split()
    ents = {" ".join(toks[s:e]): k for s, e, k in ner.entities(toks, single_pass=True)}
    assert ents.get("أحمد عطاف") == "PERS"
