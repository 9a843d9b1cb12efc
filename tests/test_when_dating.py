"""Event dating (`Dater`) on the example document, plus Hijri dates, spans, series and false-positive guards."""

import datetime as dt
from pathlib import Path

import pytest

from marsad.model import Sentence, Story
from marsad.when import Dater, find_dates, parse_base

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "libya-russia-iran.ar.txt"
BASE = dt.date(2025, 4, 28)  # a Monday


def found(text, base=BASE, **kw):
    return [(x.text, x.date, x.precision) for x in find_dates(text, base, **kw)]


def example_stories():
    """The example's 12 lines as sentences; its three stories start at lines 0, 6 and 10."""
    text = EXAMPLE.read_text(encoding="utf-8")
    sents, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            sents.append(Sentence(index=len(sents), story=0, start=pos, end=pos + len(line), text=line))
        pos += len(line) + 1
    assert len(sents) == 12
    bounds = [(0, 6), (6, 10), (10, 12)]
    stories = []
    for k, (a, b) in enumerate(bounds):
        for s in sents[a:b]:
            s.story = k
        stories.append(Story(index=k, start=sents[a].start, end=sents[b - 1].end, sentences=sents[a:b]))
    return text, stories


def verb_span(text, sent, verb):
    i = text.index(verb, sent.start)
    assert i < sent.end
    return (i, i + len(verb))


# ------------------------------------------------------------- the example


def test_example_expressions():
    text = EXAMPLE.read_text(encoding="utf-8")
    got = found(text)
    assert ("اليوم الإثنين", "2025-04-28", "day") in got
    assert ("اليوم الاثنين", "2025-04-28", "day") in got
    assert ("اليوم الأحد", "2025-04-27", "day") in got
    for x in find_dates(text, BASE):
        assert text[x.span[0] : x.span[1]] == x.text


def test_example_stories_are_dated():
    text, stories = example_stories()
    d = Dater(BASE)
    d.prepare(text, stories)
    s = [x for st in stories for x in st.sentences]
    # story 1: استقبل … اليوم الإثنين ; a later sentence without a date takes the story's
    assert d.for_event(0, verb_span(text, s[0], "استقبل")) == ("2025-04-28", "day", "اليوم الإثنين")
    assert d.for_event(1, verb_span(text, s[1], "وبحث")) == ("2025-04-28", "day", "اليوم الإثنين")
    # story 2: التقى … اليوم الاثنين
    assert d.for_event(6, verb_span(text, s[6], "التقى")) == ("2025-04-28", "day", "اليوم الاثنين")
    assert d.for_event(8, verb_span(text, s[8], "ناقش")) == ("2025-04-28", "day", "اليوم الاثنين")
    # story 3: the date is in its second sentence (اليوم الأحد) and governs the first too
    assert d.for_event(10, verb_span(text, s[10], "أعربت")) == ("2025-04-27", "day", "اليوم الأحد")
    assert d.for_event(11, verb_span(text, s[11], "وقالت")) == ("2025-04-27", "day", "اليوم الأحد")


def test_dater_falls_back_to_document_date_then_unknown():
    text = "وأكد الطرفان أهمية استمرار التنسيق."
    st = [Story(0, 0, len(text), [Sentence(0, 0, 0, len(text), text)])]
    d = Dater(BASE)
    d.prepare(text, st)
    assert d.for_event(0, (0, 4)) == ("2025-04-28", "day", None)
    d = Dater(None)
    d.prepare(text, st)
    assert d.for_event(0, (0, 4)) == (None, "unknown", None)


def test_dater_prefers_the_expression_in_the_verbs_clause():
    text = "قال الوزير اليوم الثلاثاء، إن الهجوم وقع أمس الإثنين في المدينة."
    st = [Story(0, 0, len(text), [Sentence(0, 0, 0, len(text), text)])]
    d = Dater(dt.date(2025, 4, 29))
    d.prepare(text, st)
    assert d.for_event(0, verb_span(text, st[0].sentences[0], "قال")) == ("2025-04-29", "day", "اليوم الثلاثاء")
    assert d.for_event(0, verb_span(text, st[0].sentences[0], "وقع")) == ("2025-04-28", "day", "أمس الإثنين")


# ------------------------------------------------------------- relative days and weekdays


@pytest.mark.parametrize(
    ("phrase", "date"),
    [
        ("اليوم", "2025-04-28"),
        ("أمس", "2025-04-27"),
        ("البارحة", "2025-04-27"),
        ("أول أمس", "2025-04-26"),
        ("أول من أمس", "2025-04-26"),
        ("غدا", "2025-04-29"),
        ("بعد غد", "2025-04-30"),
        ("الليلة الماضية", "2025-04-27"),
        ("فجر اليوم", "2025-04-28"),
        ("صباح أمس", "2025-04-27"),
        ("منذ ثلاثة أيام", "2025-04-25"),
        ("قبل يومين", "2025-04-26"),
        ("الأحد", "2025-04-27"),  # bare weekday: most recent on or before
        ("الإثنين المقبل", "2025-05-05"),
        ("الإثنين الماضي", "2025-04-21"),
        ("الخميس القادم", "2025-05-01"),
    ],
)
def test_relative_day(phrase, date):
    assert found(phrase) == [(phrase, date, "day")]


def test_today_weekday_in_a_story_filed_next_day_is_the_day_just_past():
    assert found("اليوم الإثنين", dt.date(2025, 4, 29)) == [("اليوم الإثنين", "2025-04-28", "day")]
    assert found("اليوم الأحد", dt.date(2025, 4, 28)) == [("اليوم الأحد", "2025-04-27", "day")]


def test_future_cue_sends_a_bare_weekday_forward():
    assert found("سيعقد المجلس جلسته الخميس", BASE) == [("الخميس", "2025-05-01", "day")]


def test_week_month_year_references():
    assert found("الأسبوع الماضي") == [("الأسبوع الماضي", "2025-04-21", "week")]  # ISO Monday
    assert found("الأسبوع المقبل") == [("الأسبوع المقبل", "2025-05-05", "week")]
    assert found("الشهر الماضي") == [("الشهر الماضي", "2025-03", "month")]
    assert found("أواخر الشهر") == [("أواخر الشهر", "2025-04", "month")]
    assert found("في مارس الماضي") == [("مارس الماضي", "2025-03", "month")]
    assert found("ديسمبر المقبل") == [("ديسمبر المقبل", "2025-12", "month")]
    assert found("في مارس") == [("مارس", "2025-03", "month")]
    assert found("العام الماضي") == [("العام الماضي", "2024", "year")]
    assert found("عام 2011") == [("عام 2011", "2011", "year")]


# ------------------------------------------------------------- explicit dates


def test_three_month_series_and_double_names():
    assert found("15 تشرين الثاني/نوفمبر") == [("15 تشرين الثاني/نوفمبر", "2024-11-15", "day")]
    assert found("في كانون الثاني 2016") == [("كانون الثاني 2016", "2016-01", "month")]
    assert found("18 جانفي 2017") == [("18 جانفي 2017", "2017-01-18", "day")]
    assert found("14 أوت 2016") == [("14 أوت 2016", "2016-08-14", "day")]
    assert found("1 يناير 2020") == [("1 يناير 2020", "2020-01-01", "day")]
    assert found("3 آذار 2019") == [("3 آذار 2019", "2019-03-03", "day")]
    assert found("الأول من أكتوبر 2015") == [("الأول من أكتوبر 2015", "2015-10-01", "day")]


def test_day_month_without_year_takes_the_nearest_year():
    assert found("28 ديسمبر", dt.date(2017, 1, 5)) == [("28 ديسمبر", "2016-12-28", "day")]
    assert found("5 جانفي", dt.date(2016, 12, 28)) == [("5 جانفي", "2017-01-05", "day")]


def test_numeric_dates_western_and_arabic_indic():
    assert found("بتاريخ 18/01/2017") == [("18/01/2017", "2017-01-18", "day")]
    assert found("2017-03-27") == [("2017-03-27", "2017-03-27", "day")]
    assert found("في ١٥/٠٣/٢٠٢٤") == [("١٥/٠٣/٢٠٢٤", "2024-03-15", "day")]
    assert found("في ١٥ مارس ٢٠١٦") == [("١٥ مارس ٢٠١٦", "2016-03-15", "day")]
    assert found("الرقم 80.10.11.11") == []  # a phone number
    assert found("31/02/2017") == []  # no such day


# ------------------------------------------------------------- Hijri


def test_hijri_dates():
    assert found("العاشر من رمضان 1446") == [("العاشر من رمضان 1446", "2025-03-10", "day")]
    assert found("15 شوال 1445 هـ") == [("15 شوال 1445 هـ", "2024-04-24", "day")]
    # no year: the Hijri year of the base date (2025-04-28 is in 1446; 2024-01-01 in 1445)
    assert found("العاشر من رمضان") == [("العاشر من رمضان", "2025-03-10", "day")]
    assert found("العاشر من رمضان", dt.date(2024, 1, 1)) == [("العاشر من رمضان", "2024-03-20", "day")]
    assert found("شهر رمضان 1446") == [("شهر رمضان 1446", "2025-03", "month")]
    assert found("مدينة العاشر من رمضان") == []  # an Egyptian city
    assert found("قال بن رمضان") == []  # a surname


# ------------------------------------------------------------- spans on unnormalised text


def test_spans_survive_diacritics_tatweel_and_presentation_forms():
    for text, expr in [
        ("سيصل الوفد غداً إلى تونس", "غداً"),
        ("قال اليـوم الأحـد إن", "اليـوم الأحـد"),
        ("وصل أمسِ الأحدَ", "أمسِ الأحدَ"),
        ("\u200fقال ﺍﻟﻴﻮﻡ الأحد", "ﺍﻟﻴﻮﻡ الأحد"),
    ]:
        got = find_dates(text, BASE)
        assert [x.text for x in got] == [expr], text
        s, e = got[0].span
        assert text[s:e] == expr
        assert s == text.index(expr)


def test_clitics_are_outside_the_span():
    assert found("وأمس الأحد") == [("أمس الأحد", "2025-04-27", "day")]
    assert found("بالأمس") == [("الأمس", "2025-04-27", "day")]


# ------------------------------------------------------------- not dates


@pytest.mark.parametrize(
    "text",
    [
        "يمارس الوزير مهامه",
        "مارس الضغط على الحكومة",
        "قال المدير العام الحالي للشركة",
        "بمناسبة اليوم العالمي للمرأة",
        "في ذكرى يوم الأرض",
        "اتفق الاثنان وبين الاثنين خلاف",
        "في أمسّ الحاجة إلى الدعم",
        "التقى مايكل بالوفد",
        "السوق الأسبوعية في سوق الأحد",
        "أداء صلاة الجمعة",
        "في النصف الثاني من رمضان",
        "سجلت 2015 إصابة",
    ],
)
def test_not_a_date(text):
    assert found(text) == []


# ------------------------------------------------------------- no base date


def test_without_base_relative_expressions_are_left_out():
    text = "قال اليوم إن الاجتماع عقد في 18 جانفي 2017"
    assert found(text, None) == [("18 جانفي 2017", "2017-01-18", "day")]
    kept = found(text, None, keep_unresolved=True)
    assert kept == [("اليوم", "", "unknown"), ("18 جانفي 2017", "2017-01-18", "day")]


def test_parse_base():
    assert parse_base("2025-04-28") == BASE
    assert parse_base("2025-04-28T10:00:00+01:00") == BASE
    assert parse_base(None) is None
    with pytest.raises(ValueError):
        parse_base("28/04/2025")


def test_story_date_prefers_the_relative_dateline_over_a_quoted_date():
    text = (
        "قررت المحكمة، وفق المرسوم المؤرخ في 14 مارس 2011، اليوم الخميس تأجيل القضية. "
        "وأضاف المصدر أن الجلسة القادمة ستكون مفتوحة."
    )
    cut = text.index("وأضاف")
    s0 = Sentence(0, 0, 0, cut - 1, text[: cut - 1])
    s1 = Sentence(1, 0, cut, len(text), text[cut:])
    d = Dater(dt.date(2017, 3, 16))
    d.prepare(text, [Story(0, 0, len(text), [s0, s1])])
    assert d.for_event(1, verb_span(text, s1, "وأضاف")) == ("2017-03-16", "day", "اليوم الخميس")
