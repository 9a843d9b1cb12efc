"""Deduplication rules on hand-made events (places, modality, undated reports), through the real store.

The pipeline's output changes as the coder improves; these tests pin the clustering itself, so they feed
the store fixed events for real Arabic sentences."""

from __future__ import annotations

import pytest

import marsad.store as store
from marsad.model import Actor, Coded, Document, Event, Evidence, Location, event_id

SENTENCE = "التقى وزير الخارجية الليبي نظيره الروسي في طرابلس."
PLACES = {
    "طرابلس": Location(name="Tripoli", country="LBY", geonames_id=2210247, precision="city"),
    "بنغازي": Location(name="Benghazi", country="LBY", geonames_id=88319, precision="city"),
    "ليبيا": Location(name="Libya", country="LBY", geonames_id=2215636, precision="country"),
}


class FixedPipeline:
    """Codes each document as one meeting LBYGOV → RUSGOV; the place is the word after 'في', the
    modality 'negated' when the text has 'لم'."""

    def process(self, doc: Document) -> Coded:
        place = next((loc for word, loc in PLACES.items() if f"في {word}" in doc.text), None)
        modality = "negated" if " لم " in f" {doc.text} " else "asserted"
        ev = Event(
            event_id=event_id(doc.id, 0, "t", "LBYGOV", "RUSGOV", "040"),
            doc_id=doc.id,
            story=0,
            sentence=0,
            date=doc.date,
            date_precision="day" if doc.date else "unknown",
            date_text=None,
            source=Actor("LBYGOV", "LBY", "GOV", text="وزير الخارجية الليبي", span=(6, 26)),
            target=Actor("RUSGOV", "RUS", "GOV", text="نظيره الروسي", span=(27, 39)),
            cameo="040",
            cameo_root="04",
            plover="CONSULT",
            plover_mode=None,
            plover_context=None,
            quad_class=1,
            goldstein=1.0,
            modality=modality,
            location=place,
            evidence=Evidence(doc.text, (0, 5), (6, 26), (27, 39), "t", 0.9, "التقى"),
        )
        return Coded(doc, [], [], [], [ev])


def _events(tmp_path, specs):
    docs = [
        Document(id=f"d{i}", text=f"{text} ({i})", date=date, source=f"outlet{i % 2}")
        for i, (text, date) in enumerate(specs)
    ]
    st = store.open(tmp_path / "d.duckdb")
    st.ingest(docs, pipeline=FixedPipeline())
    return st.events().sort_values(["date", "place_name", "articles"]).reset_index(drop=True)


def test_store_dedup_different_cities_stay_apart_placeless_joins_majority(tmp_path):
    df = _events(
        tmp_path,
        [
            ("التقى الوزيران في طرابلس", "2025-03-01"),
            ("التقى الوزيران في طرابلس", "2025-03-02"),
            ("التقى الوزيران في بنغازي", "2025-03-01"),
            ("التقى الوزيران أمس", "2025-03-01"),  # no place: joins Tripoli (two reports to one)
            ("التقى الوزيران في ليبيا", "2025-03-02"),  # country-level: says too little to split on
        ],
    )
    assert sorted(zip(df.place_name, df.articles, strict=True)) == [("Benghazi", 1), ("Tripoli", 4)]


def test_store_dedup_negation_is_another_event(tmp_path):
    df = _events(tmp_path, [("التقى الوزيران في طرابلس", "2025-03-01"), ("لم يلتق الوزيران في طرابلس", "2025-03-01")])
    assert sorted(df.modality) == ["asserted", "negated"]


@pytest.mark.parametrize("gap,expected", [(1, [2]), (2, [1, 1])])
def test_store_dedup_window_is_one_day(tmp_path, gap, expected):
    df = _events(tmp_path, [("التقى الوزيران", "2025-03-01"), ("التقى الوزيران", f"2025-03-0{1 + gap}")])
    assert list(df.articles) == expected


def test_store_dedup_does_not_chain_daily_reports(tmp_path):
    """A meeting reported every day for six days is not one six-day event: clusters span ≤ 2 days."""
    df = _events(tmp_path, [("التقى الوزيران", f"2025-03-0{d}") for d in range(1, 7)])
    assert list(df.articles) == [2, 2, 2]


def test_store_dedup_undated_reports_stay_in_their_document(tmp_path):
    df = _events(tmp_path, [("التقى الوزيران", None), ("التقى الوزيران", None)])
    assert list(df.articles) == [1, 1]
