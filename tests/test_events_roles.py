"""Empty slots of protest and violence events filled by role; verb agreement; informants; phrase heads."""

import pytest

from marsad.model import Document
from marsad.pipeline import Pipeline


@pytest.fixture(scope="module")
def coder():
    return Pipeline(classifier=None)


def events(coder, text):
    return coder.code(Document(id="t", text=text, date="2025-04-28"))


def test_protest_noun_takes_the_protesters_and_the_authority_they_face(coder):
    evs = events(coder, "واندلعت أمس مظاهرات شارك فيها مئات الطلاب أمام مقر الحكومة في الخرطوم.")
    demo = next(e for e in evs if e.cameo == "141")
    assert demo.source.sector == "EDU" and demo.source.country == "SDN"
    assert demo.target.code == "SDNGOV"
    assert "+role" in demo.evidence.rule


def test_sit_in_in_the_accusative_is_a_protest_by_the_workers(coder):
    evs = events(coder, "ونفذ عمال المصنع اعتصاما أمام مقر الوزارة في تونس للمطالبة بصرف أجورهم.")
    sit_in = next(e for e in evs if e.cameo == "141")
    assert sit_in.source.code == "TUNLAB"


def test_the_informant_is_not_the_attacker(coder):
    evs = events(coder, "وقال مصدر أمني إن تفجيرا استهدف أمس سوقا شعبية في الموصل أسفر عن مقتل ثلاثة مدنيين.")
    assert evs and all(e.source is None or e.source.sector != "COP" for e in evs)
    assert any(e.target is not None and e.target.code == "IRQCVL" for e in evs)


def test_plural_verb_has_its_subject_before_and_its_object_after(coder):
    evs = events(coder, "وأعلنت الشرطة الباكستانية أن مسلحين مجهولين خطفوا امس القنصل الافغاني في بيشاور.")
    kidnap = next(e for e in evs if e.cameo == "181")
    assert kidnap.source.sector == "UAF"
    assert kidnap.target.code == "AFGGOV"


def test_first_word_of_a_two_word_trigger_alone_is_no_event(coder):
    # "اعمال شغب" is a riot; "الأعمال المهنية" (vocational work) is not
    assert events(coder, "وأوضح أن تحسين الأعمال المهنية في المركز من أولويات الوزارة.") == []
