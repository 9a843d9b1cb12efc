"""The bundled example, coded with document date 2025-04-28 (issue: end-to-end coder)."""

from __future__ import annotations


def _dyad(e):
    return (e.source.country if e.source else None, e.target.country if e.target else None)


def test_both_meetings_are_consult_events_between_libya_and_russia(example_coded):
    consult = [
        e
        for e in example_coded.events
        if e.cameo_root == "04" and set(_dyad(e)) == {"LBY", "RUS"} and e.modality == "asserted"
    ]
    leads = {(e.story, e.sentence) for e in consult}
    assert (0, 0) in leads  # استقبل … : host a visit
    assert (1, 6) in leads  # التقى …
    host = next(e for e in consult if e.sentence == 0)
    assert host.cameo == "043" and host.plover == "CONSULT" and host.plover_mode == "visit"
    assert host.source.code == "LBYGOV" and host.target.code == "RUSGOV"
    assert all(e.date == "2025-04-28" for e in consult)


def test_meetings_are_located_in_tripoli_libya(example_coded):
    lead = next(e for e in example_coded.events if e.sentence == 0)
    assert lead.location is not None
    assert lead.location.country == "LBY" and lead.location.precision == "city"


def test_statements_of_intent_are_agree_events_including_military(example_coded):
    agree = [e for e in example_coded.events if e.cameo_root == "03" and set(_dyad(e)) == {"LBY", "RUS"}]
    assert len({e.sentence for e in agree}) >= 2
    assert any(e.cameo == "0312" and e.plover_context == "military" for e in agree)


def test_chief_of_staff_attends_as_libyan_military(example_coded):
    attend = [e for e in example_coded.events if e.sentence == 5 and e.cameo_root == "04"]
    assert attend and attend[0].source.code == "LBYMIL"


def test_condolences_to_iran_dated_the_sunday_before(example_coded):
    cond = [e for e in example_coded.events if e.story == 2 and e.cameo == "018"]
    assert cond, "no condolence event in the third story"
    first = cond[0]
    assert first.source.code == "LBYGOV" and first.target.country == "IRN"
    assert all(e.date == "2025-04-27" for e in cond)


def test_evidence_spans_point_at_the_words(example_coded, example_text):
    for e in example_coded.events:
        vs, ve = e.evidence.verb_span
        assert example_text[vs:ve] == e.evidence.verb_text
        if e.source is not None and e.source.span is not None and e.evidence.source_span:
            s, t = e.source.span
            assert example_text[s:t].strip() == e.source.text.strip()
    lead = next(e for e in example_coded.events if e.sentence == 0)
    assert lead.evidence.verb_text == "استقبل"
    assert "المجلس الرئاسي" in lead.source.text
    assert "بوزارة الخارجية الروسية" in lead.target.text


def test_nothing_is_coded_from_the_explosion_aside(example_coded):
    # "ضحايا الانفجار الذي وقع في ميناء … بندر عباس" reports an accident, not an attack by anyone
    assert not [e for e in example_coded.events if e.cameo_root in ("18", "19", "20")]


def test_public_api_codes_text(example_text):
    import marsad

    events = marsad.code(example_text, date="2025-04-28")
    assert any(e.cameo == "018" for e in events)
    assert {e.event_id for e in events} == {e.event_id for e in marsad.code(example_text, date="2025-04-28")}


def test_every_event_of_the_example_names_both_sides(example_coded):
    # the talks the two delegations held ("كما ناقش اللقاء …") are theirs: no event is left without its dyad
    assert len(example_coded.events) == 13
    assert all(set(_dyad(e)) <= {"LBY", "RUS", "IRN"} and None not in _dyad(e) for e in example_coded.events)
