"""Person names and ordinary words are not places; real places named like ordinary words need evidence."""

import pytest

from marsad.where import find_places


@pytest.mark.parametrize(
    "text",
    [
        "أعربت الوزارة عن خالص تعازيها لأسر الضحايا.",  # خالص is also Khalis, Iraq
        "وقال عبد الله اللافي إن المجلس يدعم الحوار.",
        "استقبل الأمير بندر بن سلطان الوفد.",  # بندر as a first name
        "تراجعت نسبة النمو في سنة 2016 بشكل ملحوظ.",  # سنة is listed for Sanandaj
        "ناقش الطرفان تطورات المشهد السياسي في البلاد.",  # المشهد vs Mashhad
        "ووجهت السلطات المغربية تهمة تهديد الأمن إلى الموقوفين.",  # السلطات vs Settat
        "قال القيادي في حركة نداء تونس إن الحزب سيشارك في الانتخابات البلدية.",  # a party
        "قدمت الدولة الدعم المالي للمؤسسات الصغرى.",  # المالي is not Mali
        "وقال متحدث باسم الشرطة الهندية إن التحقيق متواصل.",  # an adjective, not Al Hindiyah
        "نشرت الصحيفة صور الضحايا على صفحتها الأولى.",  # صور: pictures, not Tyre
        "وأضاف أن الأمل في التوصل إلى حل ما زال قائما وأن السلام ممكن.",
        "وتنتشر عناصر تنظيم القاعدة في بلاد المغرب الإسلامي بالجبال.",
    ],
)
def test_where_not_a_place(text):
    assert [p.text for p in find_places(text)] == []


def test_where_abdullah_is_a_person_but_the_city_after_him_is_a_place():
    got = [(p.text, p.country) for p in find_places("التقى الملك عبد الله الثاني الوفد في الرياض.")]
    assert got == [("الرياض", "SAU")]


@pytest.mark.parametrize(
    "text,name,country",
    [
        ("استهدفت غارة إسرائيلية مبنى في مدينة صور جنوب لبنان.", "صور", "LBN"),
        ("قتل جنديان فرنسيان في هجوم شمال مالي.", "مالي", "MLI"),
        ("تمكنت الوحدات الأمنية بمعتمدية جمال من ولاية المنستير من إيقاف مشتبه به.", "جمال", "TUN"),
    ],
)
def test_where_ordinary_word_place_with_evidence(text, name, country):
    assert (name, country) in [(p.text, p.country) for p in find_places(text)]


def test_where_street_named_after_a_city_is_not_the_city():
    got = [p.text for p in find_places("تعطلت حركة المترو قرب محطة برشلونة وسط العاصمة.")]
    assert "برشلونة" not in got
