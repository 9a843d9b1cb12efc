"""The example document: Tripoli is Tripoli, Libya; Bandar Abbas is in Iran; events are located."""

from marsad.text.segment import segment
from marsad.where import Locator, find_places


def test_where_example_places(example_text):
    got = find_places(example_text)
    by_text = {}
    for p in got:
        by_text.setdefault(p.text, set()).add((p.name, p.country, p.geonames_id))
    assert by_text["طرابلس"] == {("Tripoli", "LBY", 2210247)}
    assert by_text["بندر عباس"] == {("Bandar Abbas", "IRN", 141681)}
    assert ("Moscow", "RUS", 524901) in by_text["موسكو"]
    # no person name, no ordinary word
    texts = {p.text for p in got}
    assert not texts & {"عبد الله", "الله", "خالص", "بندر", "المشهد", "مدينة", "بيانٍ", "بين"}
    for p in got:
        assert example_text[p.span[0] : p.span[1]] == p.text


def test_where_example_meetings_located_in_tripoli(example_text):
    stories = segment(example_text)
    loc = Locator()
    loc.prepare(example_text, stories)
    sents = [s for st in stories for s in st.sentences]
    first = sents[0]  # استقبل النائب … بالعاصمة طرابلس
    verb = example_text.index("استقبل")
    got = loc.for_event(first.index, (verb, verb + len("استقبل")))
    assert (got.name, got.country, got.precision, got.text) == ("Tripoli", "LBY", "city", "طرابلس")
    second_meeting = next(s for s in sents if s.text.startswith("التقى"))
    verb = second_meeting.start
    got = loc.for_event(second_meeting.index, (verb, verb + 5))
    assert (got.name, got.country, got.geonames_id) == ("Tripoli", "LBY", 2210247)
    assert example_text[got.span[0] : got.span[1]] == "طرابلس"


def test_where_locator_falls_back_to_story_main_place(example_text):
    stories = segment(example_text)
    loc = Locator()
    loc.prepare(example_text, stories)
    s = next(s for st in stories for s in st.sentences if s.text.startswith("وأكد الطرفان"))
    got = loc.for_event(s.index, (s.start, s.start + 4))  # no place in the sentence itself
    assert (got.name, got.country) == ("Tripoli", "LBY")
    assert [p.text for p in loc.places(s.index)] == []


def test_where_locator_condolence_stays_in_libya(example_text):
    stories = segment(example_text)
    loc = Locator()
    loc.prepare(example_text, stories)
    s = next(s for st in stories for s in st.sentences if s.text.startswith("أعربت"))
    got = loc.for_event(s.index, (s.start, s.start + 5))
    # the statement is Libya's (في ليبيا); the explosion's Bandar Abbas is a foreign city in a relative clause
    assert (got.country, got.precision) == ("LBY", "country")
    assert "بندر عباس" in [p.text for p in loc.places(s.index)]


def test_where_locator_without_places():
    from marsad.model import Sentence, Story

    text = "وأكد الطرفان أهمية استمرار التنسيق."
    story = Story(0, 0, len(text), [Sentence(0, 0, 0, len(text), text)])
    loc = Locator()
    loc.prepare(text, [story])
    assert loc.for_event(0, (0, 4)) is None


def _one_story(text):
    from marsad.text.segment import segment

    return segment(text)


def test_where_locator_dateline_is_the_story_place():
    text = "طرابلس 12 مارس 2017 (وات) - قال المتحدث إن الوفد سيزور بنغازي غدا. وأكد أن بنغازي تستعد للزيارة."
    stories = _one_story(text)
    loc = Locator()
    loc.prepare(text, stories)
    last = stories[-1].sentences[-1]
    got = loc.for_event(last.index, (last.start, last.start + 3))  # وأكد: no governed place
    assert (got.name, got.country, got.span) == ("Tripoli", "LBY", (0, 6))


def test_where_locator_main_place_is_the_most_frequent_city():
    text = "قال المتحدث إن الوفد سيزور بنغازي غدا. وأكد أن بنغازي تستعد للزيارة ثم طرابلس."
    stories = _one_story(text)
    loc = Locator()
    loc.prepare(text, stories)
    first = stories[0].sentences[0]
    got = loc.for_event(first.index, (0, 3))
    assert (got.name, got.precision) == ("Benghazi", "city")
