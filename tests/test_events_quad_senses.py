"""Event senses that decide a sentence's QuadClass: policy actions are material cooperation, voiced concern is
verbal conflict (not CAMEO 012, whose root GDELT counts as verbal cooperation)."""

import pytest

from marsad.model import Document
from marsad.pipeline import Pipeline


@pytest.fixture(scope="module")
def coder():
    return Pipeline(classifier=None)


def codes(coder, text):
    return {e.cameo: e for e in coder.code(Document(id="t", text=text, date=None))}


def test_establishing_a_programme_in_the_accusative_is_material_cooperation(coder):
    evs = codes(coder, "وأنشأت إحدى الدول برنامجا متعدد الأوجه للتنوع والتماسك الاجتماعي في عام 2010.")
    assert "060" in evs and evs["060"].quad_class == 2


def test_enacting_legislation_is_material_cooperation(coder):
    evs = codes(coder, "وأصدرت جميع الدول التي زارتها اللجنة تشريعات تسند إلى سلطاتها الاختصاصات اللازمة.")
    assert "060" in evs


def test_deep_concern_is_disapproval_a_verbal_conflict(coder):
    evs = codes(coder, "وأعربت الحكومة عن بالغ قلقها إزاء استمرار أعمال العنف في المنطقة.")
    assert "110" in evs and evs["110"].quad_class == 3
    assert "012" not in evs


def test_putting_someone_under_house_arrest_is_no_policy_programme(coder):
    text = "والذي يخول لوزير الداخلية أن يضع تحت الإقامة الجبرية أي شخص يعتبر نشاطه خطيرا على الأمن والنظامين العامين."
    assert "060" not in codes(coder, text)


def test_price_and_round_of_sixteen_are_not_praise_and_a_call_for_tenders_is_no_request():
    from marsad.model import Document
    from marsad.pipeline import Pipeline

    p = Pipeline(classifier=None)

    def codes(text):
        return [e.cameo for e in p.code(Document(id="t", text=text, date="2017-02-12"))]

    assert codes("وتأهل المنتخب إلى ثمن النهائي بعد فوزه على مصر.") == []
    assert codes("وأطلقت الوزارة طلب عروض لإنجاز المشروع.") == []
    assert "051" in codes("وثمن الوزير جهود الوحدات الأمنية.")


def test_a_police_unit_taking_up_a_case_investigates_and_an_airport_hosts_no_visit():
    from marsad.model import Document
    from marsad.pipeline import Pipeline

    p = Pipeline(classifier=None)

    def codes(text):
        return [e.cameo for e in p.code(Document(id="t", text=text, date="2017-02-12"))]

    assert codes("وتعهدت فرقة الشرطة العدلية بقصر هلال بالبحث في الحادثة.") == ["090"]
    assert "033" in codes("وتعهد الوزير بتقديم الدعم للجهة.")
    assert codes("وستعود البعثة ضمن رحلة يستقبلها مطار تونس قرطاج الدولي.") == []
    assert codes("ودخل السجناء في إضراب جوع احتجاجا على ظروفهم.")[0] == "142"


def test_destroying_buildings_is_destroying_property_but_not_destroying_an_economy(coder):
    evs = codes(coder, "دمرت القوات الإسرائيلية عشرة منازل في رفح.")
    assert "1712" in evs and evs["1712"].plover == "ASSAULT"
    assert codes(coder, "وأكد الوزير أن الحرب دمرت الاقتصاد الوطني.") == {}


def test_arson_of_a_car_is_destroying_property_but_burning_tyres_is_a_protest(coder):
    assert "1712" in codes(coder, "أضرم مجهولون النار في سيارة رئيس البلدية.")
    evs = codes(coder, "وأحرق المتظاهرون الإطارات المطاطية وسط العاصمة.")
    assert "1712" not in evs and "141" in evs


def test_a_raid_spelled_dahama_and_a_levantine_arrest_of_counted_people(coder):
    evs = codes(coder, "ودهمت قوى الأمن الداخلي مخزن السلاح وأوقفت خمسة أشخاص.")
    assert {"171", "173"} <= set(evs)
    assert "173" in codes(coder, "وأوقفت الشرطة خمسة أشخاص.")
    assert codes(coder, "وأوقفت الحكومة العمل بالاتفاق.") == {}


def test_disarming_a_militia_is_demobilisation_material_cooperation(coder):
    evs = codes(coder, "وبدأت عملية نزع سلاح الميليشيات في الجنوب.")
    assert "0873" in evs and evs["0873"].quad_class == 2


def test_looting_herds_is_seizing_property_but_looting_public_money_is_embezzlement(coder):
    assert "171" in codes(coder, "وقد دمرت أكشاك السوق تدميرا تاما ونهبت المواشي.")
    assert codes(coder, "وتحاسب كلّ من نهب المال العام واستولى عليه.") == {}


def test_paying_the_price_is_not_praise(coder):
    assert codes(coder, "وقال إنه سيأتي يوم تدفع فيه اسرائيل ثمن جرائمها.") == {}
    assert "051" in codes(coder, "وثمن الوزير جهود الوحدات الأمنية.")


def test_claiming_an_operation_is_a_claim_but_adopting_an_approach_is_not(coder):
    assert "015" in codes(coder, "وقد تبنت طالبان باكستان عملية اسقاط المروحية.")
    assert "015" in codes(coder, "استهدف هجوم انتحاري موكبا عسكريا في كابول وتبنته حركة طالبان.")
    assert codes(coder, "بحجة أن ترجمتها تبنت نهجا متطرفا.") == {}


def test_an_airport_named_before_the_verb_hosts_no_visit():
    from marsad.pipeline import Pipeline

    coder = Pipeline(classifier=None)
    text = "يذكر أن مطار النفيضة قد استقبل اليوم رحلة سياحية قادمة من بروكسال على متنها 180 سائحا."
    assert codes(coder, text) == {}
