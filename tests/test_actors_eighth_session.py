"""Actor and event rules added after the eighth session's hand checks of Jawhara FM events (each on real
sentences of the kind the check found wrong)."""

from __future__ import annotations

import pytest
from coding import events, only

from marsad.pipeline import Pipeline


@pytest.fixture(scope="module")
def coder():
    return Pipeline(classifier=None, home_country="TUN")


def test_a_blast_inside_a_factory_is_an_accident(coder):
    text = (
        "أصيب 13 شخصا في انفجار داخل مصنع للمدحرجات الكروية تديره مجموعة شيفلر في بلدة إلتمان التابعة "
        "لولاية بافاريا جنوبي ألمانيا وفق ما أفادت به وكالة رويترز."
    )
    assert [e for e in events(coder, text) if e.cameo_root == "18"] == []
    # a car bomb near a factory is still an attack
    bomb = "قتل خمسة أشخاص في انفجار سيارة مفخخة قرب مصنع للإسمنت في بغداد."
    assert any(e.cameo_root == "18" for e in events(coder, bomb))


def test_a_phrase_after_the_verbs_own_complement_belongs_to_that_complement(coder):
    text = (
        "وأضاف المصدر أن وزراء خارجية الدول الثلاث المجتمعين مؤخرا في العاصمة الجزائرية، اتفقوا على تحديد "
        "قائمة بالمنظمات الإرهابية الموجودة في ليبيا."
    )
    agree = only(events(coder, text), "030")
    assert agree.target is None  # the terrorist groups are listed, not agreed with
    # the verb's own preposition still takes its object
    meet = only(events(coder, "اتفقت الحكومة مع الاتحاد العام التونسي للشغل على الزيادة في الأجور."), "030")
    assert meet.target.code == "TUNLAB"


def test_a_definite_noun_governs_no_genitive_so_the_next_noun_is_the_object(coder):
    call = only(events(coder, "ودعت النقابة وزارة الداخلية إلى تفعيل العمل بمدونة السلوك الخاصة بالأمنيين."), "020")
    assert call.source.sector == "LAB" and call.source.text == "النقابة"
    assert call.target.code == "TUNGOV" and call.target.text == "وزارة الداخلية"
    text = "ودعا المسماري قطر إلى التخلص من علاقاتها مع إيران وجماعة الإخوان."
    call = only(events(coder, text), "020")
    assert call.source.text == "المسماري" and call.target.code == "QAT"


def test_a_states_own_citizens_are_its_civilians(coder):
    text = "ودعت اسبانيا مواطنيها الراغبين في زيارة تونس إلى تجنب الذهاب إلى بنقردان والكاف والقصرين وجندوبة."
    call = only(events(coder, text), "020")
    assert call.source.code == "ESP"
    assert call.target.code == "ESPCVL" and call.target.text == "مواطنيها"
    call = only(events(coder, "ودعت بريطانيا مواطنيها إلى التنسيق مع السلطات الأمنية."), "020")
    assert call.target.code == "GBRCVL"


def test_an_accusing_participle_before_its_object_is_no_accused_person(coder):
    text = (
        "وطالبت النقابة بقانون يجرم العنف ويردع مرتكبيه متهمة وزارة التربية بالتلكؤ في التعامل مع حالات "
        "العنف المسلط على إطار التدريس."
    )
    demand = only(events(coder, text), "100")
    assert demand.target.code == "TUNGOV" and demand.target.text == "وزارة التربية"
    # an accused person is still one
    text = (
        "تمكن أعوان الحرس الوطني بتالة من القاء القبض على عنصر متهم بتقديم العون اللوجستي للعناصر الإرهابية "
        "المتحصنة بجبل الشعانبي."
    )
    arrest = only(events(coder, text), "173")
    assert arrest.target is not None and arrest.target.sector in ("CRM", "REB")


def test_a_stated_nationality_gives_the_peoples_country(coder):
    text = (
        "أعلن مكتب مكافحة الهجرة غير الشرعية بالعاصمة الليبية طرابلس ترحيل 200 مهاجر غير شرعي يحملون "
        "الجنسية النيجيرية إلى بلدهم."
    )
    deport = only(events(coder, text), "174")
    assert deport.target.code == "NGACVL"  # not Libyan, though the story is in Tripoli
    text = "تمكن أعوان مركز الأمن الوطني بالنفيضة أمس الخميس من إيقاف شخص يحمل الجنسية المغربية."
    arrest = only(events(coder, text), "173")
    assert arrest.source.code == "TUNCOP" and arrest.target.country == "MAR"


def test_where_the_held_are_is_not_where_the_event_happens(coder):
    text = (
        "نفّذ عدد من الصحفيين والصحفيين المصورين اليوم الجمعة، وقفة احتجاجية أمام مقر وزارة الشؤون الخارجية "
        "للمطالبة بالكشف عن مصير الصحفيين نذير القطاري وسفيان الشواربي المختطفين في ليبيا."
    )
    vigil = only(events(coder, text), "141")
    assert vigil.source.code == "TUNMED"  # Tunisian journalists in Tunis, not Libyan ones
    assert vigil.location is None or vigil.location.country != "LBY"
    # a place after an event's own participants still places it
    text = "نظم عشرات المحتجين في صفاقس وقفة احتجاجية أمام مقر الولاية."
    vigil = only(events(coder, text), "141")
    assert vigil.location is not None and vigil.location.name == "Sfax"
    # nor is it the country of people named with them
    text = "تنظم عائلة الصحفي المختطف في ليبيا نذير القطاري اليوم الأربعاء مسيرة احتجاجية للمطالبة بالكشف عن مصيره."
    march = only(events(coder, text), "141")
    assert march.source.country == "TUN"


def test_the_name_nizar_is_no_form_of_visit(coder):
    text = "وتعرف النشطاء على احد أصدقائهم الذي كان مع المصلين ويدعى نزار."
    assert [e for e in events(coder, text) if e.cameo_root == "04"] == []
    visit = only(events(coder, "زار وزير الخارجية الجزائر أمس."), "042")
    assert visit.source.code == "TUNGOV"


def test_paying_a_price_and_achieving_a_win_are_no_praise_or_inquiry(coder):
    assert events(coder, "ودفعت الجزائر ثمنا كبيرا.") == []
    assert events(coder, "كما حقّق ماكرون فوزا ساحقا في كل من أوتاوا ومونتريال الكندية.") == []
    praise = only(events(coder, "وثمن الوزير جهود الوحدات الأمنية."), "051")
    assert praise.target.sector == "COP"


def test_a_town_hosting_the_displaced_is_no_reception(coder):
    text = "قتل حوالي 90 شخصا عندما ألقت طائرة تابعة للجيش النيجيري قنبلتين في وسط مدينة ران التي تستقبل آلاف النازحين."
    assert [e for e in events(coder, text) if e.cameo_root == "04"] == []
    text = "استقبل رئيس الجمهورية الباجي قايد السبسي وفدا عن المهاجرين التونسيين بفرنسا."
    host = only(events(coder, text), "043")
    assert host.source.code == "TUNGOV"


def test_people_wanted_in_the_accusative_are_criminal_suspects(coder):
    arrest = only(events(coder, "كما تم إيقاف 12 شخصا مفتشا عنهم و3 سيارات."), "173")
    assert arrest.target.sector == "CRM"


def test_the_subject_of_a_verb_after_relative_who_is_not_the_noun_before_it(coder):
    text = "وذكّر بموقفه من استقلال موريتانيا حيث كان اول من طالب باستقلالها بشكل علني."
    demand = only(events(coder, text), "100")
    assert demand.source is None or demand.source.country != "MRT"


def test_people_of_no_stated_country_in_a_sentence_about_one_foreign_state_are_its_people(coder):
    text = "قضت محكمة جزائية سعودية بحق ناشط دعا إلى إسقاط نظام الولاية بحق المرأة بالسجن عاما."
    call = only(events(coder, text), "020")
    assert call.source.code == "SAUCVL"  # not the Tunisian outlet's
    text = "أعلنت الشرطة البريطانية صباح اليوم إلقاء القبض على 3 أشخاص على صلة بهجوم مانشستر."
    arrest = only(events(coder, text), "173")
    assert arrest.source.code == "GBRCOP" and arrest.target.country == "GBR"
    # a state's army or spies (which act abroad) do not make the people their own
    text = (
        "ودعا الهمامي خلال أدائه صباح السبت واجب العزاء إلى عائلة الزواري، الحكومة إلى ضرورة التحرك بعد "
        "اغتياله من قبل الموساد الإسرائيلي."
    )
    call = only(events(coder, text), "020")
    assert call.target is not None and call.target.country != "ISR"


def test_forests_are_not_gabon(coder):
    text = "ونفذ أعوان الغابات وقفة احتجاجية أمام مقر المندوبية الجهوية للفلاحة."
    vigil = only(events(coder, text), "141")
    assert vigil.source.country == "TUN"


def test_a_federation_is_the_subject_and_the_next_body_its_object(coder):
    text = (
        "دعت الجامعة الوطنية لمقاولي البناء والأشغال العمومية رئاسة الحكومة إلى اتخاذ إجراءات استثنائية لفائدة القطاع."
    )
    call = only(events(coder, text), "020")
    assert call.source.code == "TUNBUS" and call.target.code == "TUNGOV"
    strike = only(events(coder, "قررت الجامعة العامة للتعليم العالي الدخول في إضراب."), "143")
    assert strike.source.code == "TUNLAB"


def test_an_agreement_named_after_a_place_is_referred_to_not_made(coder):
    text = "وعدت مرشحة اليمين المتطرف مارين لوبان الثلاثاء بتعليق اتفاقات شينغن لحرية تنقل الأفراد."
    assert [e for e in events(coder, text) if e.cameo_root == "03"] == []
    text = "وأكد أبو الغيط أنه من الضروري اعتماد اتفاق الصخيرات أساسا للحل في ليبيا."
    assert [e for e in events(coder, text) if e.cameo_root == "03"] == []


def test_the_genitive_of_operations_is_a_masdar_under_the_support_verb(coder):
    text = "وجاء في تقرير المنظمة أن قوات الأمن المصري ارتكبت عمليات قتل جماعي ممنهج لما لا يقل عن 817 شخصا."
    kill = only(events(coder, text), "180")
    assert kill.source.code == "EGYCOP"  # who committed the killings, not unidentified gunmen


def test_the_genitive_of_a_judged_deed_is_the_target_not_the_judge(coder):
    text = "وثمن في نفس الاطار مصادقة مجلس نواب الشعب السبت على قانون الاستثمار الجديد."
    praise = only(events(coder, text), "051")
    assert praise.target.code == "TUNLEG" and praise.source is None
    # …but what the speaker's side feels or intends stays its own
    text = "كما أكد بالمناسبة حرص الحكومة التونسية على مواصلة التعاون مع الجانب الياباني."
    intent = only(events(coder, text), "030")
    assert intent.source.code == "TUNGOV"


def test_we_in_a_quote_is_the_speaker_not_a_noun_of_the_sentence(coder):
    text = 'وقال مسؤول حكومي قطري تحدث مشترطا عدم نشر اسمه "نجري محادثات مع تركيا وإيران ودول أخرى".'
    talks = [e for e in events(coder, text) if e.cameo == "040"]
    assert any(e.source is not None and e.source.code == "QATGOV" for e in talks)
    assert all(e.source is None or e.source.code == "QATGOV" for e in talks)
    text = (
        'قال رئيس حركة النهضة راشد الغنوشي اليوم الجمعة "نحن نتواصل مع الأشقاء الليبيين ونرفض حسم الخلاف في '
        'ليبيا بالسلاح".'
    )
    reject = only(events(coder, text), "120")
    assert reject.source.code == "TUNPTY"  # not the Libyans


def test_people_wanted_by_justice_are_criminal_suspects_and_a_police_campaign_is_no_cooperation(coder):
    text = (
        "نفذ اعوان مركز الامن العمومي للحرس الوطني بشط مريم، عشية اليوم الثلاثاء، حملة أمنية مكّنت من إيقاف "
        "ثمانية أشخاص مطلوبين للعدالة."
    )
    evs = events(coder, text)
    assert [e for e in evs if e.cameo_root == "06"] == []
    assert only(evs, "173").target.code == "TUNCRM"


def test_an_officials_statement_is_by_him_and_he_is_the_target_of_its_condemnation(coder):
    text = (
        "عبرت حركة النهضة عن استنكارها الشديد لما نسب من تصريح لوزير الشؤون المحلية والبيئة رياض المؤخر حول "
        "الجزائر وليبيا."
    )
    condemn = only(events(coder, text), "111")
    assert condemn.source.code == "TUNPTY" and condemn.target.code == "TUNGOV"


def test_a_civilian_alone_with_an_arrest_verb_is_the_one_arrested(coder):
    text = "وكان هذا الشاب قد اعتقل يوم 23 مارس الماضي بسبب قيادته بسرعة مفرطة في سوق مزدحمة بمدينة انتورب البلجيكية."
    arrest = only(events(coder, text), "173")
    assert arrest.source is None and arrest.target.code == "BELCVL"
    arrest = only(events(coder, "واعتقلت الشرطة البلجيكية رجلا حاول دهس حشد من الناس."), "173")
    assert arrest.source.code == "BELCOP"


def test_militants_killed_in_a_security_operation_were_killed_by_the_police(coder):
    text = (
        "أسفرت العملية الأمنية التي جدّت اليوم بمنطقة أولاد بوعمران التابعة لمعتمدية القطار من ولاية قفصة عن "
        "مقتل 5 عناصر إرهابية وإصابة أمنيين اثنين."
    )
    kill = only(events(coder, text), "180")
    assert kill.source.code == "TUNCOP" and kill.target.code == "TUNREB"


def test_a_sniper_rifle_is_no_sniper_nor_sniping(coder):
    text = "تمكنت الوحدات العسكرية اليوم من حجز سلاح قناصة نوع SVD ومخزن خاص بها."
    evs = events(coder, text)
    assert [e for e in evs if e.cameo_root == "19"] == []
    seize = only(evs, "1711")
    assert seize.source.code == "TUNMIL" and seize.target is None


def test_a_clause_opened_by_while_holds_no_object_of_the_verb_before_it(coder):
    text = (
        "وقد قررت النيابة العمومية اليوم الأربعاء، فتح تحقيق في هذه الحالة في حين تم إرسال الجثة إلى مستشفى "
        "الجهوي بالقيروان."
    )
    probe = only(events(coder, text), "090")
    assert probe.source.code == "TUNJUD" and probe.target is None


def test_maya_jribi_is_not_the_minister_ghazi_jribi(coder):
    text = "وصرّحت القيادية بالحزب الجمهوري مية الجريبي أن الاجتماع هو الأول بعد انعقاد مؤتمر الجمهوري."
    meeting = only(events(coder, text), "040")
    assert meeting.source.code == "TUNPTY"


def test_counted_dead_with_no_noun_are_the_places_civilians(coder):
    text = (
        "ووقع الانفجار في الإسكندرية بعد ساعات من مقتل 25 على الأقل وإصابة 78 آخرين، في انفجار داخل كنيسة في "
        "مدينة طنطا."
    )
    kill = only(events(coder, text), "180")
    assert kill.target.code == "EGYCVL"
    # no casualties counted: still the place's people, as the gsr-dev annotators code unnamed victims (tenth session;
    # before, the place's country alone)
    strike = only(events(coder, "نفذت إسرائيل ضربة جوية في سورية."), "195")
    assert strike.target.code == "SYRCVL" and "+people" in strike.evidence.rule


def test_those_said_wanted_are_criminal_suspects_beside_terror_suspects(coder):
    text = (
        "وذكرت وزارة الداخلية في بلاغ لها أن تلك الوحدات قامت من جهة أخرى بايقاف 8 عناصر يشتبه في انتمائهم الى "
        "تنظيم ارهابي فضلا عن القبض على 518 شخصا مفتّشا عنهم."
    )
    arrests = [e for e in events(coder, text) if e.cameo == "173"]
    assert any(e.target is not None and e.target.text == "شخصا" and e.target.sector == "CRM" for e in arrests)
    text = "تم إلقاء القبض على عنصر ارهابي مفتش عنه اثر دورية مشتركة بين الجيش والأمن."
    assert only(events(coder, text), "173").target.sector == "REB"  # a wanted terrorist stays one


def test_organised_crime_is_no_organisation_and_the_speaker_may_be_followed_by_where(coder):
    text = "وفي إطار محاربة التهريب والجريمة المنظمة، أوقفت مفارز للجيش 15 مهربا."
    assert all(e.source is None or e.source.sector != "NGO" for e in events(coder, text))
    kill = only(events(coder, "أعلنت الشرطة في بنغلادش أنها قتلت ثلاثة متشددين أمس السبت."), "180")
    assert kill.source.code == "BGDCOP" and kill.target.code == "BGDREB"


def test_a_deed_called_for_is_intended_not_done(coder):
    text = "دعا حزب المؤتمر من أجل الجمهورية النيابة العمومية الى فتح تحقيق فوري في محتوى التسريب الصوتي."
    probes = [e for e in events(coder, text) if e.cameo == "090"]
    assert probes and all(e.modality == "intended" for e in probes)
    done = only(events(coder, "وقررت النيابة العمومية فتح تحقيق في الحادثة."), "090")
    assert done.modality == "asserted"


def test_bade_farewell_with_its_shadda_is_no_call(coder):
    assert events(coder, 'ودّعت شركة "فيسبوك" الأمريكية سنة 2016 أفضل مما كان متوقعا.') == []
    call = only(events(coder, "ودعت الوزارة المواطنين إلى الحذر."), "020")
    assert call.source.code == "TUNGOV"


def test_the_security_forces_are_police(coder):
    text = "وأعلنت القوات الأمنية العراقية اعتقال خمسة مشتبه بهم."
    assert only(events(coder, text), "173").source.code == "IRQCOP"
    assert only(events(coder, "وقصفت القوات الجوية العراقية مواقع التنظيم."), "194").source.code == "IRQMIL"


def test_an_unlisted_subject_ends_at_its_definite_word_and_a_bare_head_opens_the_object(coder):
    strike = only(events(coder, "وقصفت الطائرات العراقية مواقع تنظيم داعش في الموصل."), "194")
    assert strike.source.code == "IRQMIL" and strike.target.code == "IMGREB"
    # (a noun used as a preposition opens no object: the union's body is still the subject)
    text = "تجتمع اليوم السبت الهيئة الإدارية لقطاع التعليم صلب الاتحاد العام التونسي للشغل للنظر في مطالبها."
    meeting = only(events(coder, text), "040")
    assert meeting.source is not None and meeting.source.code == "TUNLAB"


def test_the_people_are_civilians_but_shaaban_and_a_school_stream_are_not(coder):
    text = "ودعت الكتلة أيضا كافة أطياف الشعب التونسي للاصطفاف ضد الإرهاب حفاظا على أمن تونس وضمانا لمناعتها."
    call = only(events(coder, text), "020")
    assert call.target.code == "TUNCVL"  # not the police: «أمن تونس» is Tunisia's safety
    text = "دعت المحكمة العليا في السعودية إلى تحري رؤية هلال شهر رمضان مساء يوم 29 شعبان."
    assert all(e.target is None or e.target.sector != "CVL" for e in events(coder, text))


def test_taking_up_a_case_is_an_investigation_and_labs_and_lightning_are_no_actors_or_attacks(coder):
    text = "وأكد أن عميد قضاة التحقيق بالقطب القضائي لمكافحة الإرهاب قد تعهد بالملف."
    assert only(events(coder, text), "090").source.code == "TUNJUD"  # not a pledge (030)
    text = "أفاد وزير الصحة أن تونس تجري مشاورات لاقتناء دواء جديد من مخابر عالمية."
    assert all(e.target is None or e.target.sector != "SPY" for e in events(coder, text))
    text = "وقال المسؤول إن 53 شخصا لقوا حتفهم بعدما ضربهم البرق في بيهار."
    assert [e for e in events(coder, text) if e.cameo_root == "18"] == []
